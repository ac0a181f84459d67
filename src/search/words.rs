//! One whitespace-separated word as Pagefind indexes it: normalised (lower case, letters,
//! digits and connector punctuation), diacritics removed (the written form kept as a variant),
//! stemmed in the page's language, and split when it is a compound (hyphenated, camelCase,
//! dotted, with an emoji) or a katakana run. [`super::tokens`] walks a page's words and
//! memoises what this module returns for each.
//!
//! A port of Pagefind 1.6's `fossick/splitting.rs` (MIT, © CloudCannon), step by step: a
//! query stemmed by Pagefind's browser code must meet exactly these words.

use convert_case::{Case, Casing};
use pagefind_stem::{Algorithm, Stemmer};
use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Characters Pagefind keeps inside words besides letters and digits (Unicode's connector
/// punctuation, its `WORD_SYMBOLS`); also written into `pagefind-entry.json`.
pub const INCLUDE_CHARACTERS: [char; 10] = ['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿'];

const MAX_KATAKANA_SUFFIX_CHARS: usize = 16;
const MAX_DOTTED_TAIL_CHARS: usize = 64;

static EMOJI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("\\p{Emoji}").expect("a valid pattern"));

/// Pagefind's stemmer for a language tag (its primary subtag), none for a language it cannot
/// stem.
pub fn stemmer(language: &str) -> Option<Stemmer> {
    let algorithm = match language.split('-').next().unwrap_or_default() {
        "ar" => Algorithm::Arabic,
        "hy" => Algorithm::Armenian,
        "eu" => Algorithm::Basque,
        "ca" => Algorithm::Catalan,
        "da" => Algorithm::Danish,
        "nl" => Algorithm::Dutch,
        "en" => Algorithm::English,
        "eo" => Algorithm::Esperanto,
        "et" => Algorithm::Estonian,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "hi" => Algorithm::Hindi,
        "hu" => Algorithm::Hungarian,
        "id" => Algorithm::Indonesian,
        "ga" => Algorithm::Irish,
        "it" => Algorithm::Italian,
        "lt" => Algorithm::Lithuanian,
        "nb" | "nn" | "no" => Algorithm::Norwegian,
        "ne" => Algorithm::Nepali,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "sr" => Algorithm::Serbian,
        "pl" => Algorithm::Polish,
        "es" => Algorithm::Spanish,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        "yi" => Algorithm::Yiddish,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct IndexableWord {
    pub(super) stemmed: String,
    pub(super) is_compound_part: bool,
    pub(super) original: Option<String>,
}

/// The normalised and stemmed word, the suffixes of a katakana word, and for a compound
/// (hyphenated, camelCase, with an emoji) its parts.
pub(super) fn indexable_words(raw: &str, stemmer: Option<&Stemmer>) -> Vec<IndexableWord> {
    let mut results = Vec::new();
    let normalized = normalize_word(raw);
    if !normalized.is_empty() {
        results.push(stem_word(&normalized, stemmer, false));
    }
    for suffix in katakana_suffixes(raw) {
        let stripped = normalize_diacritics(suffix);
        results.push(IndexableWord {
            stemmed: stripped.clone().unwrap_or_else(|| suffix.to_string()),
            original: stripped.map(|_| suffix.to_string()),
            is_compound_part: true,
        });
    }
    let possibly_compound =
        raw.chars().any(|c| !is_alphanumeric(c)) || raw.chars().skip(1).any(is_uppercase);
    if !possibly_compound {
        return results;
    }
    let (parts, emoji) = discrete_words(raw);
    if !normalized.is_empty()
        && (parts.contains(char::is_whitespace) || !normalized.starts_with(&parts))
    {
        for part in parts.split_whitespace().filter(|w| w.len() > 1) {
            let stripped = normalize_diacritics(part);
            let base = stripped.as_deref().unwrap_or(part);
            results.push(IndexableWord {
                stemmed: match stemmer {
                    Some(stemmer) => stemmer.stem(base).into_owned(),
                    None => base.to_string(),
                },
                original: stripped.map(|_| part.to_string()),
                is_compound_part: true,
            });
        }
    }
    results.extend(emoji.into_iter().map(|e| IndexableWord {
        stemmed: e,
        original: None,
        is_compound_part: false,
    }));
    results
}

/// `is_python_build` of `sysconfig.is_python_build`: the compound tails after each dot.
pub(super) fn dotted_tails(
    raw: &str,
    stemmer: Option<&Stemmer>,
    existing: &[IndexableWord],
) -> Vec<IndexableWord> {
    let mut tails: Vec<IndexableWord> = Vec::new();
    if !raw.contains('.') {
        return tails;
    }
    for (i, _) in raw.match_indices('.') {
        let rest = &raw[i + 1..];
        let tail = match rest.char_indices().nth(MAX_DOTTED_TAIL_CHARS) {
            Some((end, _)) => &rest[..end],
            None => rest,
        };
        let compound = tail.chars().any(|c| !c.is_alphanumeric())
            || tail.chars().skip(1).any(char::is_uppercase);
        if !compound {
            continue; // a plain tail is indexed already, as the last compound part
        }
        let normalized = normalize_word(tail);
        if normalized.chars().count() < 2 {
            continue;
        }
        let word = stem_word(&normalized, stemmer, true);
        let seen = existing
            .iter()
            .chain(&tails)
            .any(|w| w.stemmed == word.stemmed);
        if !seen {
            tails.push(word);
        }
    }
    tails
}

/// Lower case, letters, digits and [`INCLUDE_CHARACTERS`] only.
fn normalize_word(raw: &str) -> String {
    let mut normalized = String::with_capacity(raw.len());
    for mut c in raw.chars() {
        if is_plain_arabic_letter(c) {
            normalized.push(c);
        } else if c.is_alphanumeric() || INCLUDE_CHARACTERS.contains(&c) {
            c.make_ascii_lowercase();
            if c.is_uppercase() {
                normalized.extend(c.to_lowercase());
            } else {
                normalized.push(c);
            }
        }
    }
    normalized
}

/// The Arabic letters that are alphabetic, have no case, no decomposition and are no
/// combining mark (all but آ أ ؤ إ ئ, which decompose to a letter and a hamza or madda):
/// most characters of Arabic text, answered without Unicode's tables.
///
/// Why: a word met for the first time is checked character by character against those
/// tables (a binary search each), a third of what a new word cost before stemming.
fn is_plain_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}' | '\u{0627}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

fn is_alphanumeric(c: char) -> bool {
    is_plain_arabic_letter(c) || c.is_alphanumeric()
}

fn is_uppercase(c: char) -> bool {
    !is_plain_arabic_letter(c) && c.is_uppercase()
}

fn stem_word(normalized: &str, stemmer: Option<&Stemmer>, is_compound_part: bool) -> IndexableWord {
    let stripped = normalize_diacritics(normalized);
    let base = stripped.as_deref().unwrap_or(normalized);
    IndexableWord {
        stemmed: match stemmer {
            Some(stemmer) => stemmer.stem(base).into_owned(),
            None => base.to_string(),
        },
        original: stripped.map(|_| normalized.to_string()),
        is_compound_part,
    }
}

/// True for the characters ICU leaves in an unsegmented run: katakana and their marks.
fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

/// Every suffix of a katakana word (Pagefind's way to find parts of katakana compounds).
fn katakana_suffixes(word: &str) -> Vec<&str> {
    if word.chars().count() < 3 || !word.chars().all(is_katakana) {
        return Vec::new();
    }
    let mut suffixes: Vec<&str> = Vec::new();
    for (i, _) in word.char_indices().skip(1) {
        let rest = &word[i..];
        let suffix = match rest.char_indices().nth(MAX_KATAKANA_SUFFIX_CHARS) {
            Some((end, _)) => &rest[..end],
            None => rest,
        };
        if suffix.chars().count() >= 2 && !suffixes.contains(&suffix) {
            suffixes.push(suffix);
        }
    }
    suffixes
}

/// The word without combining marks (Arabic harakat, Latin accents), if that changes it:
/// «ويُكتب» is indexed as «ويكتب», as the browser strips them from the query. Kana voiced
/// sound marks are kept and recomposed, as they tell words apart.
fn normalize_diacritics(word: &str) -> Option<String> {
    if word.is_ascii() || !has_decomposition(word) {
        return None;
    }
    let stripped: String = word
        .nfd()
        .filter(|c| {
            !unicode_normalization::char::is_combining_mark(*c)
                || matches!(*c, '\u{3099}' | '\u{309A}')
        })
        .collect();
    let normalized = if stripped
        .chars()
        .any(|c| matches!(c, '\u{3099}' | '\u{309A}'))
    {
        stripped.nfc().collect::<String>()
    } else {
        stripped
    };
    (normalized != word).then_some(normalized)
}

fn has_decomposition(word: &str) -> bool {
    word.chars().any(|c| {
        if is_plain_arabic_letter(c) {
            return false;
        }
        unicode_normalization::char::is_combining_mark(c) || {
            let mut decomposes = false;
            unicode_normalization::char::decompose_canonical(c, |part| {
                decomposes = decomposes || part != c;
            });
            decomposes
        }
    })
}

/// A compound's parts, lower case, one space apart, and the emoji it contains.
fn discrete_words(s: &str) -> (String, Vec<String>) {
    let words = s
        .replace(|c: char| c.is_ascii_punctuation(), " ")
        .to_case(Case::Lower)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let emoji = if EMOJI.is_match(s) {
        s.graphemes(true)
            .filter(|g| emojis::get(g).is_some())
            .map(str::to_string)
            .collect()
    } else {
        Vec::new()
    };
    (words, emoji)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The letters answered without Unicode's tables are what the tables say: alphabetic,
    /// without case, decomposition or combining mark; and the five that decompose are not
    /// among them.
    #[test]
    fn plain_arabic_letters_are_what_unicode_says() {
        let plain: Vec<char> = ('\u{0600}'..='\u{06FF}')
            .filter(|&c| is_plain_arabic_letter(c))
            .collect();
        assert_eq!(plain.len(), 1 + 20 + 10);
        for c in plain {
            let mut parts = Vec::new();
            unicode_normalization::char::decompose_canonical(c, |p| parts.push(p));
            assert!(c.is_alphanumeric() && !c.is_uppercase() && !c.is_lowercase());
            assert!(!unicode_normalization::char::is_combining_mark(c), "{c}");
            assert_eq!(parts, [c], "{c}");
        }
        for c in ['آ', 'أ', 'ؤ', 'إ', 'ئ'] {
            assert!(!is_plain_arabic_letter(c));
            assert_eq!(
                normalize_diacritics(&format!("{c}ب"))
                    .as_deref()
                    .map(|s| s.chars().count()),
                Some(2)
            );
        }
    }
}
