//! Reading a source file (article, entity, template) as UTF-8, and positions in its text.
//!
//! Written once so the full build, an incremental rebuild under `serve` and the template
//! loader report a badly encoded file the same way: file, line and column of the first byte
//! that is not UTF-8, and what to do about it.

use std::path::Path;

use crate::error::Diagnostic;

/// Reads `root/rel` as UTF-8 text. `noun` names the file in messages (`file`, `template`).
///
/// A file that cannot be read, or that is not UTF-8, gives one diagnostic at `rel` (the path
/// the user knows); a bad byte is located by line and column in the text before it. A leading
/// byte-order mark is kept: see [`without_bom`].
pub fn read_utf8(root: &Path, rel: &Path, noun: &str) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(root.join(rel))
        .map_err(|e| Diagnostic::new(rel, format!("cannot read the {noun}: {e}")))?;
    // Checked with SIMD first: an article is read back at analysis, render and search, and
    // std's check of Arabic text (no ASCII fast path for it) was 4 % of a build's instructions.
    // The text is copied once rather than taken without a second check: that needs `unsafe`.
    if let Ok(text) = simdutf8::basic::from_utf8(&bytes) {
        return Ok(text.to_owned());
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        let (line, col) = line_col(&before, valid);
        Diagnostic::new(rel, format!("the {noun} is not valid UTF-8 text"))
            .at(line, col)
            .with_help(
                "save the file as UTF-8 (it may be in Windows-1256 or another legacy encoding)",
            )
    })
}

/// The text without a leading byte-order mark, which editors on Windows add to UTF-8 files:
/// it is an encoding mark, not content, and would otherwise hide the `---` of front matter.
pub fn without_bom(mut text: String) -> String {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

/// 1-based line and column (in Unicode scalar values) of a byte offset in `text`.
///
/// Columns count characters, not bytes, because that is what an editor shows: the ز of
/// `في موسكو` is column 4, not 7. An offset inside a character is floored to its start, so
/// any offset is safe.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let byte = floor_char_boundary(text, byte.min(text.len()));
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Bytes between two checkpoints of a [`LineIndex`]: what one lookup reads at most.
const CHECKPOINT_BYTES: usize = 1024;

/// [`line_col`] for many offsets of one text, each read from the nearest checkpoint before it
/// instead of from the text's start: an article pasted as one 4 MB line names a thousand
/// names, and each must not cost a pass over the megabytes before it. It holds no text, so
/// that it can live beside a text read back and owned by the same value.
#[derive(Debug)]
pub struct LineIndex {
    /// (byte offset, line, column) every [`CHECKPOINT_BYTES`] or so, on character boundaries.
    checkpoints: Vec<(usize, usize, usize)>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut checkpoints = vec![(0, 1, 1)];
        let (mut line, mut col, mut next) = (1, 1, CHECKPOINT_BYTES);
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, line, col));
                next = i + CHECKPOINT_BYTES;
            }
            (line, col) = if c == '\n' {
                (line + 1, 1)
            } else {
                (line, col + 1)
            };
        }
        LineIndex { checkpoints }
    }

    /// What [`line_col`] gives for `byte` of `text`, the text the index was made of.
    pub fn line_col(&self, text: &str, byte: usize) -> (usize, usize) {
        let byte = floor_char_boundary(text, byte.min(text.len()));
        let k = self.checkpoints.partition_point(|&(b, _, _)| b <= byte);
        let (from, mut line, mut col) = self
            .checkpoints
            .get(k.saturating_sub(1))
            .copied()
            .unwrap_or((0, 1, 1));
        let from = floor_char_boundary(text, from.min(byte));
        for c in text[from..byte].chars() {
            (line, col) = if c == '\n' {
                (line + 1, 1)
            } else {
                (line, col + 1)
            };
        }
        (line, col)
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_index_answers_as_line_col_at_every_offset() {
        let line = "قال الرئيس في موسكو إن التعاون سيستمر، وأضاف: «نعم». ".repeat(40);
        let text = format!("{line}\n\nسطر ثان\n{line}\n");
        let index = LineIndex::new(&text);
        assert!(index.checkpoints.len() > 4, "checkpoints are taken");
        for byte in 0..=text.len() + 2 {
            assert_eq!(
                index.line_col(&text, byte),
                line_col(&text, byte),
                "at byte {byte}"
            );
        }
        assert_eq!(LineIndex::new("").line_col("", 5), (1, 1));
    }

    #[test]
    fn line_col_counts_arabic_characters_not_bytes() {
        let text = "سطر\nفي موسكو";
        let byte = text.find("موسكو").unwrap();
        assert_eq!(line_col(text, byte), (2, 4));
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(
            line_col(text, 1),
            (1, 1),
            "inside a character: floor to its start"
        );
    }

    #[test]
    fn a_bad_byte_is_reported_at_its_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = "---\ntitle: قمة\n---\nفي موس".as_bytes().to_vec();
        bytes.push(0xE3); // Windows-1256 ك
        std::fs::write(dir.path().join("a.md"), bytes).unwrap();
        let d = read_utf8(dir.path(), Path::new("a.md"), "file").unwrap_err();
        assert_eq!((d.line, d.column), (Some(4), Some(7)));
        assert!(d.message.contains("not valid UTF-8"), "{}", d.message);
        assert!(d.help.is_some());
    }

    #[test]
    fn only_a_leading_bom_is_dropped() {
        assert_eq!(without_bom("\u{feff}خبر\u{feff}".into()), "خبر\u{feff}");
        assert_eq!(without_bom("خبر".into()), "خبر");
    }
}
