//! Markdown escaping: the body must render to exactly the words of the source, whatever
//! Markdown syntax they happen to contain.

/// Characters with a Markdown meaning anywhere in a line; escaped so the text renders as is.
/// Beyond CommonMark this covers the extensions pulldown-cmark offers (tables, strikethrough,
/// math, super/subscript), so the body stays literal whichever ones the renderer enables.
const INLINE_SPECIAL: &[char] = &['\\', '*', '_', '`', '[', ']', '<', '>', '|', '~', '$', '^'];
/// Characters that start a block (heading, list, metadata, definition) at a paragraph's start.
const BLOCK_START_SPECIAL: &[char] = &['#', '-', '+', ':'];

/// Escapes a paragraph so Markdown renders exactly its text: inline syntax everywhere, block
/// markers (`#`, `-`, `+`, `:`, `1.`, `1)`) at its start.
pub fn escape_paragraph(text: &str) -> String {
    let escaped = escape_inline(text);
    if escaped.starts_with(BLOCK_START_SPECIAL) {
        return format!("\\{escaped}");
    }
    let digits = escaped.bytes().take_while(u8::is_ascii_digit).count();
    match escaped.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => {
            format!("{}\\{}", &escaped[..digits], &escaped[digits..])
        }
        _ => escaped,
    }
}

/// Heading text: inline escapes plus `#` (closing sequence) and `{` (heading attributes).
pub(super) fn escape_heading(text: &str) -> String {
    escape_inline(text).replace('#', "\\#").replace('{', "\\{")
}

/// Backslash-escapes inline Markdown characters, and `&` where it would start an entity.
pub(super) fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (at, c) in text.char_indices() {
        let entity = c == '&' && starts_entity(&text[at + 1..]);
        if entity || INLINE_SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `#123;`, `#x1F;` or `name;` after an `&`.
fn starts_entity(rest: &str) -> bool {
    let Some(end) = rest.find(';') else {
        return false;
    };
    let name = &rest[..end];
    if let Some(num) = name.strip_prefix('#') {
        let hex = num.strip_prefix(['x', 'X']);
        match hex {
            Some(h) => (1..=6).contains(&h.len()) && h.chars().all(|c| c.is_ascii_hexdigit()),
            None => (1..=7).contains(&num.len()) && num.chars().all(|c| c.is_ascii_digit()),
        }
    } else {
        name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.len() <= 32
            && name.chars().all(|c| c.is_ascii_alphanumeric())
    }
}
