//! The one list of invisible characters: characters that take no room on screen but are
//! there in the text, so two strings that look the same can differ.
//!
//! Arabic text copied from news sites, word processors and social media carries them: right-
//! to-left marks around Latin names, bidi isolates and embeddings, zero-width spaces and
//! joiners, a byte-order mark pasted mid-line. Each stage decides what to do
//! with them (a slug rejects them, matching ignores them, the importer trims them from line
//! ends), but they all ask the same question, answered here.

/// Characters that render as nothing (or only steer the direction of what follows):
///
/// - U+200B–U+200F: zero-width space, zero-width non-joiner (ZWNJ), zero-width joiner, and the
///   left-to-right and right-to-left marks;
/// - U+202A–U+202E: bidi embeddings and overrides (U+202E can reverse a file name on screen);
/// - U+2066–U+2069: bidi isolates;
/// - U+061C: the Arabic letter mark;
/// - U+FEFF: the byte-order mark, also a zero-width no-break space when not at the start.
///
/// ZWNJ is in the list, but it is the one that carries meaning: in Persian and Urdu names
/// (عشق‌آباد) it separates two parts of a word the way a space would. Callers that read words
/// (normalisation, tokens) treat it as a space before asking this question.
/// Control characters (`char::is_control`) are not here: they are not text at all, and the
/// callers that care reject them separately. Nor is the soft hyphen ([`SOFT_HYPHEN`]).
pub const INVISIBLE: &[(char, char)] = &[
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2066}', '\u{2069}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{FEFF}', '\u{FEFF}'),
];

/// The zero-width non-joiner, which separates words in Persian names (see [`INVISIBLE`]).
pub const ZWNJ: char = '\u{200C}';

/// The soft hyphen (U+00AD) is not in [`INVISIBLE`]: it is a hyphenation hint that shows as a
/// hyphen where a line breaks. Matching ignores it like the invisible characters, but a slug
/// made from a title keeps treating it as a word break (changing that would move URLs).
pub const SOFT_HYPHEN: char = '\u{00AD}';

/// Whether `c` is in [`INVISIBLE`].
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_and_the_test_agree() {
        for &(first, last) in INVISIBLE {
            for c in first..=last {
                assert!(is_invisible(c), "U+{:04X}", c as u32);
            }
            for c in [
                char::from_u32(first as u32 - 1),
                char::from_u32(last as u32 + 1),
            ] {
                let c = c.unwrap();
                let listed = INVISIBLE.iter().any(|&(a, b)| (a..=b).contains(&c));
                assert_eq!(is_invisible(c), listed, "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn arabic_letters_and_spaces_are_visible() {
        assert!(!"بوتين في موسكو".chars().any(is_invisible));
        assert!("بو\u{200F}تين".chars().any(is_invisible));
        assert!(
            "\u{2067}بوتين\u{2069}"
                .chars()
                .all(|c| is_invisible(c) || c.is_alphabetic())
        );
    }
}
