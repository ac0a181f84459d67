//! The tokenizer's one pass over a word, its shortcuts against the full tests, and quotes.

use super::*;

/// Words for the one-pass reader: tanween on several letters, shadda and sukun, tatweel (one
/// word of it alone), hamzas, alef maqsura, ta marbuta, Latin and digits, and the ones that take
/// `normalize_name`'s full path (a ligature, Arabic-Indic digits, an invisible mark inside a
/// name, Persian kaf).
const WORDS: &[&str] = &[
    "الموانىء",
    "شاطىءُ",
    "عاملاً",
    "حاسمٌ",
    "بيتٍ",
    "شكرًا",
    "مُحَمَّد",
    "قَمَرْ",
    "رئيـــس",
    "Ahmed",
    "مرحبا",
    "ـبلدةُ",
    "ﻻعب",
    "٢٠٢٤م",
    "بو\u{200F}تين",
    "إبراهيم",
    "أردوغان",
    "آية",
    "ٱلله",
    "مصطفى",
    "الرئاسة",
    "مُحَمَّدٌ",
    "OPEC",
    "Ooredoo",
    "G20",
    "٢٠٢٤",
    "کابل",
    "ـــ",
];

/// The one pass over a word learns what the word's characters say: tanween (fathatan,
/// dammatan, kasratan, not the other marks nor tatweel), its first and last letters past
/// marks, and its end.
#[test]
fn a_word_is_read_in_one_pass() {
    let mut folded = String::new();
    for word in WORDS {
        let read = scan_word(&format!("{word} ،"), 0, &mut folded);
        assert_eq!(read.end, word.len(), "{word}");
        let tanween = word.contains(['\u{064B}', '\u{064C}', '\u{064D}']);
        assert_eq!(read.tanween, tanween, "{word}");
        let letters: Vec<char> = word.chars().filter(|&c| !is_mark(c)).collect();
        assert_eq!(read.first, letters.first().copied(), "{word}");
        assert_eq!(read.last, letters.last().copied(), "{word}");
    }
    assert!(scan_word("عاملاً", 0, &mut folded).tanween);
    assert!(!scan_word("مُحَمَّد", 0, &mut folded).tanween);
    assert_eq!(scan_word("ـبلدةُ", 0, &mut folded).last, Some('ة'));
}

/// The normal form folded on the way is [`normalize_name`]'s, for plain words (hamzas,
/// alef maqsura, ta marbuta, marks, tatweel, capitals) and for the ones that take its full
/// path (a ligature, Arabic-Indic digits, an invisible mark inside a name, Persian kaf).
#[test]
fn the_folded_form_is_normalisations() {
    let mut folded = String::new();
    for word in WORDS {
        let read = scan_word(word, 0, &mut folded);
        assert_eq!(read.norm, normalize_name(word), "{word}");
    }
    let kept = scan_word("بيروت", 0, &mut folded);
    assert_eq!(kept.norm, "بيروت");
}

/// The shortcuts of `is_token_char` (Arabic letters, ASCII, common punctuation, marks)
/// answer as the full test does, for every character of the Basic Multilingual Plane.
#[test]
fn word_characters_are_what_the_full_test_says() {
    let full = |c: char| {
        is_word_char(c)
            || matches!(c,
                '\u{0610}'..='\u{061A}'
                | '\u{064B}'..='\u{065F}'
                | '\u{0670}'
                | '\u{06D6}'..='\u{06ED}')
            || (c != ZWNJ && (is_invisible(c) || c == SOFT_HYPHEN))
    };
    for c in (0..=0xFFFF).filter_map(char::from_u32) {
        assert_eq!(is_token_char(c), full(c), "U+{:04X}", c as u32);
    }
}

/// Two-byte characters and ASCII are decoded by hand, the rest by the standard library:
/// every character of a mixed text comes out as `char_indices` gives it.
#[test]
fn characters_are_decoded_as_the_standard_library_decodes_them() {
    let text = "قال «Ali» 2024: ﻻ 😀 ü\u{200C}ب\u{0301}ـ٣ — کابل";
    let mut i = 0;
    let mut decoded = Vec::new();
    while i < text.len() {
        let (c, width) = char_at(text, i);
        decoded.push((i, c));
        i += width;
    }
    assert_eq!(decoded, text.char_indices().collect::<Vec<_>>());
}

/// Quotes and parentheses are paired the same whether a gap of one space is read or not.
#[test]
fn quotes_and_parentheses_across_single_spaces() {
    let words = tokenize("قال «محمد علي» إن حركة المقاومة (حماس) وافقت", &[]);
    let quoted: Vec<_> = words.quoted.clone();
    assert_eq!(quoted, vec![1..3]);
    assert_eq!(words.parenthesised, vec![6..7]);
}

/// A hashtag's underscore joins its words as a space would (#منظمة_الصحة_العالمية); a
/// hyphen still breaks a name.
#[test]
fn a_hashtags_underscore_is_a_space() {
    let words = tokenize("بالتعاون مع #منظمة_الصحة_العالمية و #درعا-القنيطرة", &[]);
    let seps: Vec<_> = words.tokens.iter().map(|t| t.sep).collect();
    assert_eq!(
        seps,
        vec![
            Sep::Break,
            Sep::Space,
            Sep::Break,
            Sep::Space,
            Sep::Space,
            Sep::Space,
            Sep::Break,
            Sep::Break
        ]
    );
}

/// A site's millions of tokens are all held at once (see [`super::interned`]): 32 bytes each,
/// not the 48 they took with their own copy of their word and a byte per flag.
#[test]
fn a_token_takes_32_bytes() {
    assert!(std::mem::size_of::<Token>() <= 32);
}
