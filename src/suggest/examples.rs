//! Example sentences: where a name occurs, and the sentence around it.

use std::ops::Range;

use super::Doc;
use super::Example;
use crate::analyse::runs::Run;

/// Longest example sentence, in words; longer ones are cut around the name.
pub(super) const MAX_SENTENCE_WORDS: usize = 40;

/// Where `span` of `run` is in the file, with its `sentence` (from [`sentence_around`]).
pub(super) fn example(doc: &Doc, run: &Run, span: Range<usize>, sentence: String) -> Example {
    let article = doc.article;
    // A run with Markdown escapes is not the file text: find the name in its source.
    let offset = if run.exact {
        run.source.start + span.start
    } else {
        let name = run.text.get(span.clone()).unwrap_or("");
        let source = doc.body().get(run.source.clone()).unwrap_or("");
        run.source.start + source.find(name).unwrap_or(0)
    };
    let (line, column) = doc.line_col(article.body_range.start + offset);
    Example {
        file: article.path.display().to_string(),
        line,
        column,
        sentence,
    }
}

/// Bytes read on each side of a name for its sentence: [`MAX_SENTENCE_WORDS`] words and more,
/// so a paragraph of megabytes (an article pasted as one line) is not read whole for each of
/// its names.
const SENTENCE_WINDOW: usize = 4096;

/// The sentence of `text` containing `span`, cut to [`MAX_SENTENCE_WORDS`] around it, with
/// runs of whitespace (soft line breaks included) shown as one space.
pub(super) fn sentence_around(text: &str, span: Range<usize>) -> String {
    let lo = floor_boundary(text, span.start.saturating_sub(SENTENCE_WINDOW));
    let hi = floor_boundary(text, span.end.saturating_add(SENTENCE_WINDOW));
    match text.get(lo..hi) {
        Some(window) if span.start >= lo && span.end <= hi => {
            sentence_in(window, span.start - lo..span.end - lo)
        }
        _ => String::new(),
    }
}

/// The largest character boundary of `text` at or before `i` (clamped to its length).
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// [`sentence_around`] within `text` whole.
pub(super) fn sentence_in(text: &str, span: Range<usize>) -> String {
    let ends = sentence_ends(text);
    let start = ends
        .iter()
        .rev()
        .find(|&&e| e <= span.start)
        .copied()
        .unwrap_or(0);
    let end = ends
        .iter()
        .find(|&&e| e >= span.end)
        .copied()
        .unwrap_or(text.len());
    let (Some(before), Some(name), Some(after)) = (
        text.get(start..span.start),
        text.get(span.clone()),
        text.get(span.end..end),
    ) else {
        return String::new();
    };
    let room = MAX_SENTENCE_WORDS.saturating_sub(name.split_whitespace().count()) / 2;
    let cut_before = last_words_start(before, room);
    let cut_after = first_words_end(after, room);
    let from = start + cut_before.unwrap_or(0);
    let to = span.end + cut_after.unwrap_or(after.len());
    let shown = text.get(from..to).unwrap_or(name);
    let mut out = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    if cut_before.is_some() {
        out.insert_str(0, "… ");
    }
    if cut_after.is_some() {
        out.push_str(" …");
    }
    out
}

/// Where the last `n` words of `text` start, when it has more than `n`.
fn last_words_start(text: &str, n: usize) -> Option<usize> {
    let starts = word_starts(text);
    (starts.len() > n).then(|| starts.get(starts.len() - n).copied().unwrap_or(text.len()))
}

/// Where the first `n` words of `text` end, when it has more than `n`.
fn first_words_end(text: &str, n: usize) -> Option<usize> {
    let ends = word_ends(text);
    (ends.len() > n).then(|| {
        n.checked_sub(1)
            .and_then(|k| ends.get(k))
            .copied()
            .unwrap_or(0)
    })
}

/// Byte offsets just after each sentence end: . ! ? ؟ ؛ followed by a space or the end of
/// the text (so 2.5 is not an end). Line breaks are not ends: paragraphs may be hard-wrapped.
fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|&(_, n)| n.is_whitespace());
        let end = matches!(c, '.' | '!' | '?' | '؟' | '؛') && next_is_space;
        if end {
            ends.push(i + c.len_utf8());
        }
    }
    ends
}

/// Byte offsets where the words of `text` start.
fn word_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev_space = true;
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() && prev_space {
            out.push(i);
        }
        prev_space = c.is_whitespace();
    }
    out
}

/// Byte offsets where the words of `text` end.
fn word_ends(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() && in_word {
            out.push(i);
        }
        in_word = !c.is_whitespace();
    }
    if in_word {
        out.push(text.len());
    }
    out
}
