//! The title of an imported text: its headline when the first line reads as one, else the
//! first clause of its first paragraph, cut to a few words; and what reads as a sub-heading.

use super::*;

/// A first line up to this long, without closing punctuation, reads as a headline.
const HEADLINE_MAX_WORDS: usize = 14;
/// A middle line up to this long, without closing punctuation, reads as a sub-heading.
const HEADING_MAX_WORDS: usize = 7;
/// A derived title is cut to at most this many words.
const TITLE_MAX_WORDS: usize = 12;

/// Characters that end a sentence or clause; a line ending in one is not a heading or headline.
const CLOSING_PUNCTUATION: &[char] = &['.', '؟', '?', '!', ':', '،', '؛', '…', ',', ';'];
/// Characters that may follow the final punctuation (closing quotes and brackets).
const TRAILING_CLOSERS: &[char] = &['”', '»', '"', '\'', '’', ')', ']', '}'];
/// Where the first sentence of a paragraph ends, for a derived title.
const CLAUSE_ENDS: &[char] = &['.', '،', '؛', ':', '؟', '?', '!', ';', ','];

/// Takes the headline as title, or derives one from the first sentence. A derived title that
/// is the whole first clause is taken out of the text: the title is shown right above it, and
/// the home page's card would otherwise repeat the same words under it.
pub(super) fn take_title(
    lines: &[Line],
    notes: &mut Vec<ImportNote>,
) -> (String, TitleSource, Vec<Line>) {
    match lines.split_first() {
        Some((first, rest)) if !rest.is_empty() && is_headline(&first.text) => {
            notes.push(note(first.no, NoteKind::Headline, &first.text));
            (first.text.clone(), TitleSource::Headline, rest.to_vec())
        }
        Some((first, rest)) => {
            let title = derive_title(&first.text);
            let remainder = after_title(&first.text, &title);
            let mut body = Vec::with_capacity(lines.len());
            let text = match remainder {
                // Only when some text is left, so an article is never emptied into its title.
                Some(remainder) if !remainder.is_empty() || !rest.is_empty() => {
                    if !remainder.is_empty() {
                        body.push(Line {
                            no: first.no,
                            text: remainder.to_string(),
                            caption: false,
                        });
                    }
                    "derived from the first sentence, which was taken out of the text; revise it"
                }
                _ => {
                    body.push(first.clone());
                    "derived from the first sentence; revise it"
                }
            };
            body.extend_from_slice(rest);
            notes.push(note(first.no, NoteKind::DerivedTitle, text));
            (title, TitleSource::Derived, body)
        }
        None => (String::new(), TitleSource::Derived, Vec::new()),
    }
}

/// The paragraph after its first clause when `title` is that whole clause, without the
/// clause's closing mark; `None` when the title is only part of it (cut at twelve words).
fn after_title<'a>(paragraph: &'a str, title: &str) -> Option<&'a str> {
    let clause = first_clause(paragraph);
    if title.is_empty() || trim_title(clause) != title {
        return None;
    }
    let rest = &paragraph[clause.len()..];
    // A lead-in (`وأضاف:`) introduces what follows; without it the quotation has no speaker.
    if rest.starts_with(':') {
        return None;
    }
    let rest = rest.trim_start_matches(|c: char| {
        CLAUSE_ENDS.contains(&c) || c.is_whitespace() || is_invisible_format(c)
    });
    Some(rest)
}

/// Short, with letters, and not ending like a sentence.
pub(super) fn is_headline(text: &str) -> bool {
    text.split_whitespace().count() <= HEADLINE_MAX_WORDS
        && text.chars().any(char::is_alphabetic)
        && !ends_with_closing_punctuation(text)
}

/// A sub-heading: a short middle line that does not end like a sentence, does not lead in to
/// a quote (`:`) and is not itself a quotation.
pub(super) fn is_heading(text: &str) -> bool {
    text.split_whitespace().count() <= HEADING_MAX_WORDS
        && text.chars().any(char::is_alphabetic)
        && !ends_with_closing_punctuation(text)
        && !text.starts_with(OPENING_QUOTES)
}

/// Looks through closing quotes, brackets and invisible direction marks to the last sign.
fn ends_with_closing_punctuation(text: &str) -> bool {
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || TRAILING_CLOSERS.contains(&c) || is_invisible_format(c)
    })
    .ends_with(CLOSING_PUNCTUATION)
}

/// Direction marks and zero-width characters scrapers leave at line ends (the one list,
/// [`crate::text::invisible`]).
fn is_invisible_format(c: char) -> bool {
    crate::text::is_invisible(c)
}

/// The first clause of a paragraph, at most [`TITLE_MAX_WORDS`] words, end punctuation removed.
pub(super) fn derive_title(paragraph: &str) -> String {
    let clause = first_clause(paragraph);
    let title = trim_title(first_words(clause, TITLE_MAX_WORDS));
    if title.is_empty() {
        trim_title(first_words(paragraph, TITLE_MAX_WORDS)).to_string()
    } else {
        title.to_string()
    }
}

/// Text up to the first clause end; `.` `,` `:` between digits (`3.5`, `1,000`) do not count.
fn first_clause(text: &str) -> &str {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !CLAUSE_ENDS.contains(&c) {
            continue;
        }
        let digit_at =
            |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|p| is_digit(p.1));
        let numeric =
            matches!(c, '.' | ',' | ':') && digit_at(k.checked_sub(1)) && digit_at(Some(k + 1));
        if !numeric {
            return &text[..at];
        }
    }
    text
}

/// The text up to the end of its `n`-th word, spacing kept.
fn first_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    return &text[..at];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

fn trim_title(title: &str) -> &str {
    title.trim().trim_end_matches(|c: char| {
        c.is_whitespace()
            || CLAUSE_ENDS.contains(&c)
            || "-–—…".contains(c)
            || is_invisible_format(c)
    })
}
