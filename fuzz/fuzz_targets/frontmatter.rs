//! Front matter splitting and article / entity parsing on arbitrary bytes: never a panic, and
//! the split's parts are where it says they are.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use sahifa::load::document::{parse_article, parse_entity};
use sahifa::load::frontmatter::split;
use sahifa::text::line_col;
use sahifa::load::slug::SlugStrategy;

fn check(text: &str) {
    if let Ok(s) = split(text) {
        assert!(s.body_offset <= text.len());
        assert_eq!(
            &text[s.body_offset..],
            s.body,
            "body is the rest of the file"
        );
        let yaml_start = s.yaml.as_ptr() as usize - text.as_ptr() as usize;
        assert!(
            yaml_start + s.yaml.len() <= s.body_offset,
            "yaml before body"
        );
        assert!(s.body_line >= 3, "fence, fence, body: line {}", s.body_line);
        let (line, col) = line_col(text, s.body_offset);
        assert!(line >= 1 && col >= 1);
    }
    for at in [
        0,
        text.len() / 3,
        text.len() / 2,
        text.len(),
        text.len() + 7,
    ] {
        let (line, col) = line_col(text, at);
        assert!(line >= 1 && col >= 1);
    }
    for slugs in [SlugStrategy::FileName, SlugStrategy::ArabicTitle] {
        if let Ok((article, _warnings)) = parse_article(
            Path::new("content/articles/fuzz.md"),
            text.to_string(),
            slugs,
        ) {
            assert!(!article.slug.is_empty());
            assert!(sahifa::load::document::validate_slug(&article.slug).is_ok());
            let _ = article.body();
            if let Some(d) = &article.date {
                let _ = (d.to_string(), d.iso_date());
            }
        }
    }
    if let Ok(entity) = parse_entity(Path::new("content/entities/fuzz.md"), text.to_string()) {
        assert!(sahifa::load::document::validate_slug(&entity.id).is_ok());
        let _ = entity.name();
    }
}

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        // Valid UTF-8: as is, and with a fence before it so the YAML parser is reached more
        // often than the fuzzer would find `---\n` by itself.
        Ok(text) => {
            check(text);
            check(&format!("---\n{text}"));
        }
        // Anything else as the loader would never give it, but a lossy decode might.
        Err(_) => {
            let lossy = String::from_utf8_lossy(data);
            check(&lossy);
            check(&format!("---\r\n{lossy}"));
        }
    }
});
