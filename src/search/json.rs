//! A page's fragment written as JSON by hand, byte for byte what `serde_json` writes for
//! Pagefind's fragment struct.
//!
//! Why by hand: the fragment carries the page's whole text (the browser cuts excerpts from
//! it), so escaping that text is most of the fragment's cost. `serde_json` looks every byte
//! up in a table (~9 instructions a byte, 78 M instructions at 1,000 articles, measured with
//! cachegrind); Arabic text almost never holds a byte JSON escapes, so eight bytes are tested
//! at a time here and only a word that holds one is looked at byte by byte. The tests hold
//! the output to `serde_json`'s.

/// Pagefind's fragment for one page: `url`, `content`, `word_count`, no filters, the title as
/// the only meta field, no anchors (field order is Pagefind's).
pub fn fragment_json(url: &str, content: &str, word_count: usize, title: &str) -> String {
    let mut out = String::with_capacity(content.len() + title.len() + url.len() + 96);
    out.push_str("{\"url\":");
    push_json_string(&mut out, url);
    out.push_str(",\"content\":");
    push_json_string(&mut out, content);
    out.push_str(",\"word_count\":");
    out.push_str(&word_count.to_string());
    out.push_str(",\"filters\":{},\"meta\":{\"title\":");
    push_json_string(&mut out, title);
    out.push_str("},\"anchors\":[]}");
    out
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `w` is one JSON must escape: below 0x20, `"` or `\`.
/// (Exact: the "has a byte below n" test has no false positive for n ≤ 128.)
fn needs_escape(w: u64) -> bool {
    let below_space = w.wrapping_sub(ONES * 0x20) & !w;
    let quote = w ^ (ONES * u64::from(b'"'));
    let backslash = w ^ (ONES * u64::from(b'\\'));
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x;
    (below_space | zero_in(quote) | zero_in(backslash)) & HIGHS != 0
}

/// `s` as a JSON string, escaped as `serde_json` escapes it: `\"`, `\\`, `\b \f \n \r \t`,
/// other control characters as `\u00XX`; everything else (DEL and non-ASCII too) as it is.
pub fn push_json_string(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    out.push('"');
    let mut clean_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if i + 8 <= bytes.len() {
            let word = u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or([0; 8]));
            if !needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(bytes.len());
        for (j, &b) in bytes.iter().enumerate().take(end).skip(i) {
            if let Some(escape) = escape_of(b) {
                // `j` is an ASCII byte, so both slices end on character boundaries.
                out.push_str(&s[clean_from..j]);
                escape.push_to(out);
                clean_from = j + 1;
            }
        }
        i = end;
    }
    out.push_str(&s[clean_from..]);
    out.push('"');
}

enum Escape {
    Short(char),
    Unicode(u8),
}

impl Escape {
    fn push_to(&self, out: &mut String) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.push('\\');
        match *self {
            Escape::Short(c) => out.push(c),
            Escape::Unicode(b) => {
                out.push_str("u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xF)]));
            }
        }
    }
}

fn escape_of(b: u8) -> Option<Escape> {
    Some(match b {
        b'"' => Escape::Short('"'),
        b'\\' => Escape::Short('\\'),
        0x08 => Escape::Short('b'),
        0x0C => Escape::Short('f'),
        b'\n' => Escape::Short('n'),
        b'\r' => Escape::Short('r'),
        b'\t' => Escape::Short('t'),
        0..0x20 => Escape::Unicode(b),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// The struct the fragment was serialised from before (Pagefind's field order).
    #[derive(Serialize)]
    struct Fragment<'a> {
        url: &'a str,
        content: &'a str,
        word_count: usize,
        filters: BTreeMap<String, Vec<String>>,
        meta: BTreeMap<&'a str, String>,
        anchors: Vec<String>,
    }

    fn by_serde(url: &str, content: &str, word_count: usize, title: &str) -> String {
        serde_json::to_string(&Fragment {
            url,
            content,
            word_count,
            filters: BTreeMap::new(),
            meta: BTreeMap::from([("title", title.to_string())]),
            anchors: Vec::new(),
        })
        .unwrap()
    }

    #[test]
    fn every_ascii_byte_is_escaped_as_serde_json_escapes_it() {
        let all: String = (0u8..128).map(char::from).collect();
        for text in [
            all.clone(),
            format!("وصل الرئيس «إلى» دمشق.{all}“قال” \u{200F}"),
            format!("{all}{all}ab"),
            String::new(),
            "\"".into(),
            "a\\".into(),
            "1234567\"".into(),
            "12345678\n".into(),
            "🙂 تجربة 🙂\u{7f}".into(),
        ] {
            assert_eq!(
                fragment_json("/articles/x/", &text, 3, &text),
                by_serde("/articles/x/", &text, 3, &text),
                "{text:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn any_text_gives_serde_jsons_bytes(
            content in "(\\PC|[\\x00-\\x1f\"\\\\]){0,80}",
            title in "\\PC{0,20}",
            count in 0usize..100_000,
        ) {
            prop_assert_eq!(
                fragment_json("/a/%D8%A8/", &content, count, &title),
                by_serde("/a/%D8%A8/", &content, count, &title)
            );
        }
    }
}
