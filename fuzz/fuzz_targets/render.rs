//! A Markdown body through the analysis and the renderer with entity links: never a panic;
//! with raw HTML escaped (the default), never a link inside a link, inside code or inside an
//! attribute, never a bare `<`, and the text a reader sees is the text without links.

#![no_main]

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use sahifa::analyse::{Matcher, analyse_article};
use sahifa::config::LinkPolicy;
use sahifa::load::Entity;
use sahifa::load::document::parse_article;
use sahifa::load::slug::SlugStrategy;
use sahifa::render::markdown::{LinkSettings, render_body};

static REGISTRY: LazyLock<(Vec<Entity>, Matcher)> = LazyLock::new(|| {
    let entities = common::entities();
    let matcher = common::matcher(&entities);
    (entities, matcher)
});

static TARGETS: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    REGISTRY
        .0
        .iter()
        .map(|e| (format!("/sub/entities/{}/", e.id), e.kind.key()))
        .collect()
});

fuzz_target!(|data: &[u8]| {
    let Some((&flags, body)) = data.split_first() else {
        return;
    };
    let body = String::from_utf8_lossy(body);
    let (entities, matcher) = &*REGISTRY;
    let _ = entities;
    let text = format!("---\ntitle: \"بوتين في موسكو\"\n---\n{body}");
    let Ok((article, _)) = parse_article(
        Path::new("content/articles/fuzz.md"),
        text,
        SlugStrategy::FileName,
    ) else {
        return;
    };
    let mut declared = HashSet::new();
    if flags & 0x10 != 0 {
        declared.insert(7); // ebrahim-raisi, as if the front matter listed him
    }
    let analysis = analyse_article(&article, matcher, &declared);
    for m in &analysis.body_mentions {
        assert!(m.file_offset <= article.text.len());
        assert!(article.text.is_char_boundary(m.file_offset));
    }
    let settings = LinkSettings {
        policy: match flags & 3 {
            0 => LinkPolicy::First,
            1 => LinkPolicy::FirstPerSection,
            _ => LinkPolicy::All,
        },
        in_headings: flags & 4 != 0,
        unsafe_html: flags & 8 != 0,
        targets: &TARGETS,
        base_path: if flags & 16 != 0 { "/repo/" } else { "/" },
    };
    let linked = render_body(article.body(), &analysis.body_mentions, &settings);
    if settings.unsafe_html {
        // Raw HTML is the author's: it may nest links itself. Only "no panic" holds here.
        return;
    }
    if let Err(problem) = common::check_links(&linked, true) {
        panic!("{problem}\n{linked}");
    }
    let plain = render_body(article.body(), &[], &settings);
    // `<bdi>` is stripped too: a link on a Latin alias cuts the surrounding isolate (a known
    // bug, tests/properties.rs `linking_keeps_latin_isolates_whole`); the text must not change.
    assert_eq!(
        common::strip_links(&linked),
        common::strip_links(&plain),
        "linking changed the text"
    );
});
