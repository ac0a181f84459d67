//! Pointing at the right place: where a front matter key or value sits in a file, and what a
//! YAML parser error means in words a writer can act on.

use std::path::Path;

use super::line_col;
use crate::error::Diagnostic;

/// 1-based line and column of `key:` at the start of a line of `text`.
pub fn key_position(text: &str, key: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let is_key = line
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'));
        if is_key {
            return Some(line_col(text, offset));
        }
        offset += line.len();
    }
    None
}

/// Every position of `key:` at the start of a line (for duplicate keys).
pub fn key_positions(text: &str, key: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
        {
            out.push(line_col(text, offset));
        }
        offset += line.len();
    }
    out
}

/// Position of `value` written under `key` (on the key's line, as in `aliases: [a, b]`, or on
/// a `- value` line after it); the key's own position if the value is not found.
///
/// A match standing alone as a list item wins over one inside a longer word, so the alias
/// `و` in `aliases: [الوفد, و]` is found at its own place, not inside الوفد.
pub fn value_position(text: &str, key: &str, value: &str) -> Option<(usize, usize)> {
    let (key_line, _) = key_position(text, key)?;
    let lines_from_key = || {
        let mut offset = 0;
        text.split_inclusive('\n')
            .enumerate()
            .map(move |(n, line)| {
                let start = offset;
                offset += line.len();
                (n, start, line)
            })
            .filter(move |(n, _, _)| n + 1 >= key_line)
    };
    let whole_item =
        lines_from_key().find_map(|(_, start, line)| find_item(line, value).map(|i| start + i));
    let anywhere =
        || lines_from_key().find_map(|(_, start, line)| line.find(value).map(|i| start + i));
    match whole_item.or_else(anywhere) {
        Some(at) => Some(line_col(text, at)),
        None => key_position(text, key),
    }
}

/// Byte offset of `value` in `line` where it is a whole YAML item: after `[`, `,`, `:`, `-`,
/// a quote or a space, and before `]`, `,`, a quote, a space, `#` or the line's end.
fn find_item(line: &str, value: &str) -> Option<usize> {
    if value.is_empty() {
        return None;
    }
    line.match_indices(value).map(|(i, _)| i).find(|&i| {
        let before = line[..i].chars().next_back();
        let after = line[i + value.len()..].chars().next();
        let opens = before
            .is_none_or(|c| matches!(c, '[' | ',' | ':' | '-' | '"' | '\'') || c.is_whitespace());
        let closes =
            after.is_none_or(|c| matches!(c, ']' | ',' | '"' | '\'' | '#') || c.is_whitespace());
        opens && closes
    })
}

/// Line and column where the value of `key:` starts on the key's line (after the opening
/// quote, if the value is quoted), so an error inside the value can point at its character.
pub fn value_start(text: &str, key: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key)
            && let Some(after_colon) = rest.trim_start().strip_prefix(':')
        {
            let value = after_colon.trim_start();
            if value.trim().is_empty() {
                return None;
            }
            let quote = usize::from(value.starts_with(['"', '\'']));
            let at = offset + (line.len() - value.len()) + quote;
            return Some(line_col(text, at));
        }
        offset += line.len();
    }
    None
}

/// The top-level keys of a YAML mapping written more than once: a diagnostic at each later
/// line, and the text with those later keys' lines (the key and the indented lines under it)
/// left blank. serde stops at the first repeated key; parsing the rest finds every other error
/// of the file in the same run, and the line numbers stay those of the file.
pub fn without_repeated_keys(
    path: &Path,
    text: &str,
    line_offset: usize,
) -> (String, Vec<Diagnostic>) {
    let mut seen: Vec<&str> = Vec::new();
    let mut repeated = Vec::new();
    let mut kept = String::with_capacity(text.len());
    let mut blanking = false;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let top_level = !line.starts_with([' ', '\t', '#', '-', '\n', '\r']) && !line.is_empty();
        if top_level {
            let key = top_level_key(line);
            blanking = key.is_some_and(|k| seen.contains(&k));
            match key {
                Some(key) if blanking => repeated.push(
                    Diagnostic::new(path, format!("the key `{key}` is written twice"))
                        .at(i + 1 + line_offset, 1)
                        .with_help(format!("keep one `{key}:` line")),
                ),
                Some(key) => seen.push(key),
                None => {}
            }
        }
        if blanking {
            kept.push_str(if line.ends_with('\n') { "\n" } else { "" });
        } else {
            kept.push_str(line);
        }
    }
    (kept, repeated)
}

/// The key of a top-level `key: value` line, unquoted (`"title": …` → title).
fn top_level_key(line: &str) -> Option<&str> {
    let (key, _) = line.split_once(':')?;
    let key = key.trim().trim_matches(['"', '\'']);
    (!key.is_empty()).then_some(key)
}

/// A serde_yaml error as a diagnostic. `text` is the YAML (front matter or config) and
/// `line_offset` the number of file lines before it.
pub fn yaml_diagnostic(
    path: &Path,
    err: &serde_yaml::Error,
    text: &str,
    line_offset: usize,
) -> Diagnostic {
    let full = err.to_string();
    let (message, _) = split_location(&full);
    let origin = full.find(", while ").map(|i| &full[i + 2..]);
    let at = |(l, c): (usize, usize)| (l + line_offset, c);
    let location = err.location().map(|l| (l.line(), l.column()));

    if let Some(clause) = origin.filter(|c| c.starts_with("while scanning a quoted scalar")) {
        let (_, start) = split_location(clause);
        let d = Diagnostic::new(path, "this quoted value is never closed");
        return with_location(d, start.or(location).map(at)).with_help(
            "add the closing quote (\" or ') at the end of the value, on the same line",
        );
    }
    if let Some(clause) =
        origin.filter(|c| c.contains("flow sequence") || c.contains("flow mapping"))
    {
        let (_, start) = split_location(clause);
        let (what, close) = if clause.contains("sequence") {
            ("list `[`", "]")
        } else {
            ("mapping `{`", "}")
        };
        let d = Diagnostic::new(path, format!("this {what} is never closed"));
        return with_location(d, start.or(location).map(at)).with_help(format!(
            "close it with `{close}`, and separate its items with commas"
        ));
    }
    if message.contains("cannot start any token") {
        let tab = location.and_then(|(l, _)| tab_in_line(text, l));
        if let Some((line, col)) = tab {
            return Diagnostic::new(path, "a tab character is used to indent")
                .at(line + line_offset, col)
                .with_help("YAML indents with spaces only: replace the tab with spaces");
        }
    }
    if let Some(key) = message
        .strip_prefix("duplicate field `")
        .and_then(|r| r.split('`').next())
    {
        let second = key_positions(text, key).get(1).copied();
        let d = Diagnostic::new(path, format!("the key `{key}` is written twice"));
        return with_location(d, second.or(location).map(at))
            .with_help(format!("keep one `{key}:` line"));
    }
    if let Some(found) = message
        .strip_prefix("invalid type: ")
        .filter(|m| m.contains("expected struct"))
    {
        let found = found.split(',').next().unwrap_or("something else");
        let d = Diagnostic::new(path, format!("expected `key: value` lines, found {found}"));
        return with_location(d, location.map(at))
            .with_help("write one setting per line, such as `title: \"…\"`");
    }
    if let Some(help) = wrong_shape_help(message) {
        let message = in_plain_words(message);
        return with_location(Diagnostic::new(path, message), location.map(at)).with_help(help);
    }
    with_location(Diagnostic::new(path, message), location.map(at))
        .with_help(suggestion(message).unwrap_or_else(|| yaml_help(message).to_string()))
}

/// For a value of the wrong shape (`author: [سلمى, علي]` where one name is expected): what
/// the key takes, instead of advice on YAML syntax the line does not need.
fn wrong_shape_help(message: &str) -> Option<String> {
    let (key, rest) = message.split_once(": invalid type: ")?;
    if key.contains(' ') {
        return None;
    }
    let (found, expected) = rest.split_once(", expected ")?;
    if let Some(list) = key
        .strip_suffix(']')
        .and_then(|k| k.split_once('['))
        .map(|(k, _)| k)
    {
        return Some(list_item_help(list, found));
    }
    let help = match (found, expected) {
        ("sequence", "a string") => {
            format!("`{key}` takes one value, not a list: write `{key}: …` with one value")
        }
        (_, "a string") => format!("`{key}` takes text: write it in quotes, `{key}: \"…\"`"),
        (_, "a boolean") => format!("`{key}` takes `true` or `false`"),
        (_, expected) => format!(
            "`{key}` takes {}, not {}",
            plain_type(expected),
            with_article(found)
        ),
    };
    Some(help)
}

/// What serde calls a Rust type (`usize`, `f64`), said as a writer of YAML reads it.
fn plain_type(expected: &str) -> &str {
    match expected {
        "usize" | "u8" | "u16" | "u32" | "u64" => "a whole number (0, 1, 2 …)",
        "isize" | "i8" | "i16" | "i32" | "i64" => "a whole number",
        "f32" | "f64" => "a number",
        other => other,
    }
}

/// serde's message with the Rust type it expected said in plain words (`expected usize` →
/// `expected a whole number (0, 1, 2 …)`).
fn in_plain_words(message: &str) -> String {
    match message.rsplit_once(", expected ") {
        Some((head, expected)) => format!("{head}, expected {}", plain_type(expected)),
        None => message.to_string(),
    }
}

/// For an item of a list that is not text (`tags: [a, [b]]` is `tags[1]`): `tags[1]: …` is
/// no YAML a writer can use, so the help names the list and what one of its items is.
fn list_item_help(list: &str, found: &str) -> String {
    // An article's `aliases` are old addresses and an entity's are names: no example there.
    let (item, example) = match list {
        "tags" | "categories" => ("tag", Some("[سياسة, اقتصاد]")),
        "author" | "authors" => ("name", Some("[سلمى يوسف, أحمد علي]")),
        "aliases" => ("alias", None),
        "entities" | "ids" => ("id", Some("[cairo, egypt]")),
        "ambiguous" | "not" | "cues" | "context" | "demonyms" => ("name", None),
        _ => ("item", None),
    };
    let example = example
        .map(|e| format!(", such as `{list}: {e}`"))
        .unwrap_or_default();
    format!(
        "each item of `{list}` is one {item}, not {}: write each {item} as a string{example}",
        with_article(found)
    )
}

/// serde's name of a kind of value with its indefinite article: «an integer `5`», «a map».
fn with_article(found: &str) -> String {
    let vowel = found.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {found}", if vowel { "an" } else { "a" })
}

/// "did you mean `person`?" for serde's unknown variant or field, when one of the expected
/// names is a plausible typo of what was written (`type: persn`, `nmae:`).
fn suggestion(message: &str) -> Option<String> {
    let message = strip_field_path(message);
    let rest = message
        .strip_prefix("unknown variant `")
        .or_else(|| message.strip_prefix("unknown field `"))?;
    let (written, expected) = rest.split_once('`')?;
    let expected: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    super::did_you_mean::closest(written, &expected).map(|s| format!("did you mean `{s}`?"))
}

/// serde_yaml puts the field's path before a nested message (`type: unknown variant …`).
fn strip_field_path(message: &str) -> &str {
    match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') && rest.starts_with("unknown ") => rest,
        _ => message,
    }
}

fn with_location(d: Diagnostic, location: Option<(usize, usize)>) -> Diagnostic {
    match location {
        Some((l, c)) => d.at(l, c),
        None => d,
    }
}

/// The help for an unknown key no known key is near (`colour:`): the same wherever it is found.
pub const UNKNOWN_KEY_HELP: &str = "remove the key or correct its spelling";

fn yaml_help(message: &str) -> &'static str {
    let message = strip_field_path(message);
    if message.starts_with("unknown field") {
        UNKNOWN_KEY_HELP
    } else if message.starts_with("unknown variant") {
        "write one of the values listed"
    } else if message.starts_with("invalid type") {
        "check the value's kind: text, a number, true/false, or a [list]"
    } else {
        "check the YAML syntax of this line; quote values that contain `:` or start with a special character"
    }
}

/// Splits serde_yaml's "… at line L column C" into the message and the location.
fn split_location(text: &str) -> (&str, Option<(usize, usize)>) {
    let Some(i) = text.find(" at line ") else {
        return (text, None);
    };
    let rest = &text[i + " at line ".len()..];
    let mut words = rest.split([' ', ',']);
    let line = words.next().and_then(|w| w.parse().ok());
    let column = match (words.next(), words.next()) {
        (Some("column"), Some(c)) => c.parse().ok(),
        _ => None,
    };
    (&text[..i], line.zip(column))
}

/// The first tab in line `line` (1-based) of `text`, as (line, column).
fn tab_in_line(text: &str, line: usize) -> Option<(usize, usize)> {
    let content = text.lines().nth(line.checked_sub(1)?)?;
    content
        .chars()
        .position(|c| c == '\t')
        .map(|i| (line, i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key written twice is reported at each later line, and blanked with the lines under it
    /// so the rest parses: the file keeps its line numbers.
    #[test]
    fn repeated_keys_are_reported_and_left_out() {
        let text = "title: بوتين\ntags:\n  - روسيا\ntitle: مكرر\ndate: 2024-13-45\ntags:\n  - إيران\n\"title\": ثالث\n";
        let (kept, repeated) = without_repeated_keys(Path::new("a.md"), text, 1);
        assert_eq!(
            kept,
            "title: بوتين\ntags:\n  - روسيا\n\ndate: 2024-13-45\n\n\n\n"
        );
        let at: Vec<_> = repeated
            .iter()
            .map(|d| (d.message.as_str(), d.line))
            .collect();
        assert_eq!(
            at,
            [
                ("the key `title` is written twice", Some(5)),
                ("the key `tags` is written twice", Some(7)),
                ("the key `title` is written twice", Some(9)),
            ]
        );
        let (same, none) = without_repeated_keys(Path::new("a.md"), "a: 1\nb:\n  a: 2\n", 0);
        assert_eq!((same.as_str(), none.len()), ("a: 1\nb:\n  a: 2\n", 0));
    }

    fn diag(yaml: &str) -> Diagnostic {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Meta {
            title: Option<String>,
            tags: Option<Vec<String>>,
            date: Option<String>,
        }
        let err = serde_yaml::from_str::<Meta>(yaml).unwrap_err();
        yaml_diagnostic(Path::new("a.md"), &err, yaml, 1)
    }

    #[test]
    fn unclosed_quote_points_at_the_opening_quote() {
        let d = diag("title: \"بوتين في موسكو\ndate: 2022-01-19\n");
        assert_eq!((d.line, d.column), (Some(2), Some(8)), "{d}");
        assert!(d.message.contains("quoted value is never closed"));
    }

    #[test]
    fn unclosed_list_and_tabs_and_duplicates() {
        let d = diag("title: x\ntags: [روسيا, إيران\n");
        assert!(d.message.contains("list `[` is never closed"), "{d}");
        assert_eq!(d.line, Some(3));
        let d = diag("title: x\ntags:\n\t- روسيا\n");
        assert!(d.message.contains("tab"), "{d}");
        assert_eq!(d.line, Some(4));
        let d = diag("title: a\ndate: 2022-01-01\ntitle: b\n");
        assert!(d.message.contains("written twice"), "{d}");
        assert_eq!(d.line, Some(4));
        let d = diag("- a\n- b\n");
        assert!(d.message.contains("expected `key: value` lines"), "{d}");
        assert!(d.help.is_some());
    }

    #[test]
    fn values_and_keys_are_found() {
        let text = "---\nname: روسيا\naliases: [الاتحاد الروسي, روسيا الاتحادية]\nids:\n  - x\n";
        assert_eq!(key_position(text, "aliases"), Some((3, 1)));
        assert_eq!(
            value_position(text, "aliases", "روسيا الاتحادية"),
            Some((3, 27))
        );
        assert_eq!(value_position(text, "ids", "x"), Some((5, 5)));
        assert_eq!(key_position(text, "nope"), None);
    }

    #[test]
    fn value_position_prefers_a_whole_item() {
        let text = "---\nname: حزب الوفد\naliases: [الوفد, و]\n---\n";
        assert_eq!(value_position(text, "aliases", "و"), Some((3, 18)));
        assert_eq!(value_position(text, "aliases", "الوفد"), Some((3, 11)));
        let listed = "---\naliases:\n  - الوفد\n  - و\n---\n";
        assert_eq!(value_position(listed, "aliases", "و"), Some((4, 5)));
    }

    #[test]
    fn value_start_skips_spaces_and_the_opening_quote() {
        let text = "---\ntitle: عنوان\ndate:   \"2024-01-01\"\nupdated: 2024-02-01\n---\n";
        assert_eq!(value_start(text, "date"), Some((3, 10)));
        assert_eq!(value_start(text, "updated"), Some((4, 10)));
        assert_eq!(value_start(text, "slug"), None);
    }
}
