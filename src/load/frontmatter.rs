//! Splitting a content file into YAML front matter and Markdown body.
//!
//! The splitter ([`split`]) is kept apart from the typed parsing so it can be tested (and
//! fuzzed) on its own: it must never panic and must report where the front matter starts and
//! ends. `parse` is the typed reading the simpler files share (sections, authors, pages);
//! articles and entities, whose messages say more, are read in [`super::document`].

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::Diagnostic;
use crate::text::locate::yaml_diagnostic;

/// A file split into its parts. `body_line` is the 1-based line where the body starts, so
/// positions found in the body can be reported as positions in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    pub body: &'a str,
    /// Byte offset of the body in the text given to [`split`].
    pub body_offset: usize,
    pub body_line: usize,
}

/// Why a file could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with a `---` line.
    Missing,
    /// The opening `---` has no closing `---` line.
    Unclosed,
}

/// Splits `---\n<yaml>\n---\n<body>`. Accepts CRLF line endings and a leading BOM (the
/// caller strips it). The closing fence may also be `...`, as YAML allows.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let mut lines = LineIter::new(text);
    match lines.next() {
        Some((_, line)) if is_fence(line) => {}
        _ => return Err(SplitError::Missing),
    }
    let yaml_start = lines.pos;
    let mut line_no = 1;
    while let Some((start, line)) = lines.next() {
        line_no += 1;
        if is_fence(line) || line.trim_end() == "..." {
            return Ok(Split {
                yaml: &text[yaml_start..start],
                body: &text[lines.pos..],
                body_offset: lines.pos,
                body_line: line_no + 1,
            });
        }
    }
    Err(SplitError::Unclosed)
}

/// The front matter of a section's, author's or page's file read as `T`, and the body. A file
/// without front matter (or with one not closed) is reported naming `what` it is and the
/// `first_key` it starts with.
pub(super) fn parse<'t, T: DeserializeOwned>(
    rel: &Path,
    text: &'t str,
    what: &str,
    first_key: &str,
) -> Result<(T, &'t str), Vec<Diagnostic>> {
    let split = split(text).map_err(|_| {
        vec![
            Diagnostic::new(
                rel,
                format!("the {what} has no front matter between two `---` lines"),
            )
            .at(1, 1)
            .with_help(format!(
                "start the file with `---`, then `{first_key}: …`, then another `---`"
            )),
        ]
    })?;
    let yaml = non_empty_yaml(split.yaml);
    let meta = serde_yaml::from_str(yaml).map_err(|e| vec![yaml_diagnostic(rel, &e, yaml, 1)])?;
    Ok((meta, split.body))
}

/// serde_yaml reads an empty document as `null`, which no struct accepts; `{}` reads as a map.
pub(super) fn non_empty_yaml(yaml: &str) -> &str {
    if yaml.trim().is_empty() { "{}" } else { yaml }
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Iterates lines with their byte offsets, without the line terminator.
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> LineIter<'a> {
    fn new(text: &'a str) -> Self {
        LineIter { text, pos: 0 }
    }
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let rest = &self.text[start..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        Some((start, line.strip_suffix('\r').unwrap_or(line)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lf_and_crlf() {
        for text in [
            "---\ntitle: x\n---\nbody\n",
            "---\r\ntitle: x\r\n---\r\nbody\r\n",
        ] {
            let s = split(text).unwrap();
            assert_eq!(s.yaml.trim_end(), "title: x");
            assert_eq!(s.body.trim_end(), "body");
            assert_eq!(s.body_line, 4);
            assert_eq!(&text[s.body_offset..], s.body);
        }
    }

    #[test]
    fn empty_front_matter_and_body() {
        let s = split("---\n---\n").unwrap();
        assert_eq!(s.yaml, "");
        assert_eq!(s.body, "");
    }

    #[test]
    fn parse_names_the_file_and_its_first_key_and_reads_an_empty_front_matter() {
        #[derive(serde::Deserialize)]
        struct Meta {
            name: Option<String>,
        }
        let rel = Path::new("content/sections/economy.md");
        for text in ["name: x\n", "---\nname: x\n"] {
            let errors = parse::<Meta>(rel, text, "file", "name").err().unwrap();
            assert_eq!(
                errors[0].message,
                "the file has no front matter between two `---` lines"
            );
            assert_eq!(
                errors[0].help.as_deref(),
                Some("start the file with `---`, then `name: …`, then another `---`")
            );
        }
        let (meta, body) = parse::<Meta>(rel, "---\n---\nbody\n", "file", "name").unwrap();
        assert_eq!((meta.name, body), (None, "body\n"));
    }

    #[test]
    fn missing_and_unclosed() {
        assert_eq!(split("title: x\n"), Err(SplitError::Missing));
        assert_eq!(split(""), Err(SplitError::Missing));
        assert_eq!(split("---\ntitle: x\n"), Err(SplitError::Unclosed));
        assert_eq!(split("----\n---\n"), Err(SplitError::Missing));
    }
}
