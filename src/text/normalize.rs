//! Arabic orthographic normalisation, for matching only.
//!
//! The reader always sees the original text; normalisation decides whether two spellings are
//! the same name. Every normalised byte keeps the byte offset of the original character it came
//! from, so a match in normalised text maps back to an exact span of the original.

use unicode_normalization::UnicodeNormalization;

use super::invisible::{SOFT_HYPHEN, ZWNJ, is_invisible};

/// Normalised text plus the map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// `origin[i]` is the original byte offset of the character that produced normalised byte
    /// `i`; `origin[text.len()]` is the original length. Length is `text.len() + 1`.
    origin: Vec<usize>,
}

impl Normalized {
    /// Original byte offset where the normalised byte offset `i` starts.
    pub fn original_start(&self, i: usize) -> usize {
        self.origin[i]
    }

    /// Whether normalised offset `i` falls inside the expansion of one original character (a
    /// ligature such as ﷺ becomes several words): a match may not start or end there, or its
    /// span in the original would be empty or cut the character.
    pub fn inside_expansion(&self, i: usize) -> bool {
        if i == 0 || i >= self.text.len() {
            return false;
        }
        let previous = self.text[..i]
            .char_indices()
            .next_back()
            .map_or(0, |(p, _)| p);
        self.origin[previous] == self.origin[i]
    }

    /// Original byte offset just past a match ending at normalised offset `i`. Diacritics that
    /// follow the last letter belong to it, so they stay inside the span.
    pub fn original_end(&self, i: usize) -> usize {
        self.origin[i]
    }
}

/// Normalises `input` for matching:
/// - tashkeel (U+064B–U+065F, U+0670) and tatweel (U+0640) are dropped;
/// - أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی ک → ي ك, ىء (typed for ئ) → ئ;
/// - presentation forms and ligatures are decomposed (NFKC), Latin is lower-cased;
/// - any run of whitespace, ZWNJ or underscores (a hashtag's spaces) becomes one space; other
///   invisible marks (ZWJ, ZWSP, bidi controls, BOM) are dropped.
pub fn normalize(input: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(input.len()),
        origin: Vec::with_capacity(input.len() + 1),
    };
    fold_text(input, |c, offset| {
        out.text.push(c);
        match c.len_utf8() {
            2 => out.origin.extend_from_slice(&[offset, offset]),
            len => out.origin.extend(std::iter::repeat_n(offset, len)),
        }
    });
    out.origin.push(input.len());
    out
}

/// The text [`normalize`] gives, without the offsets back to the original: for deciding
/// whether a name occurs at all, where a match need not be located.
pub fn normalized_text(input: &str) -> String {
    let mut text = String::with_capacity(input.len());
    fold_text(input, |c, _| text.push(c));
    text
}

/// Each character of the text [`normalize`] gives, in order, without building it: for
/// looking for names in a text once, where a copy of it would be the larger cost.
pub fn for_each_normalized_char(input: &str, mut each: impl FnMut(char)) {
    fold_text(input, |c, _| each(c));
}

/// Normalises a name from the registry: as [`normalize`], trimmed. Without the map back to
/// the original, which a name does not need (a build normalises every name of the registry
/// and the gazetteer, twice).
pub fn normalize_name(name: &str) -> String {
    let mut text = String::with_capacity(name.len());
    fold_text(name, |c, _| text.push(c));
    let end = text.trim_end().len();
    text.truncate(end);
    match text.len() - text.trim_start().len() {
        0 => text,
        start => text[start..].to_string(),
    }
}

/// The work of [`normalize`]: each character of the normal form, with the byte offset of the
/// original character it comes from, in order.
#[inline]
fn fold_text(input: &str, mut emit: impl FnMut(char, usize)) {
    let mut last_was_space = false;
    let mut chars = input.char_indices();
    while let Some((offset, c)) = chars.next() {
        // Fast path: a plain Arabic letter (most of the text) stays as it is.
        if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
            && !matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة')
        {
            last_was_space = false;
            emit(c, offset);
            continue;
        }
        // شاطىء، الموانىء: ى and ء typed for ئ at a word's end (the keyboard's older habit) is
        // the same letter, so «الموانىء» and «الموانئ» are one name.
        if c == 'ى' && input[offset + c.len_utf8()..].starts_with('ء') {
            chars.next();
            last_was_space = false;
            emit('ئ', offset);
            continue;
        }
        let mut push = |c: char| {
            let is_space = c == ' ';
            if is_space && last_was_space {
                return;
            }
            last_was_space = is_space;
            emit(c, offset);
        };
        if needs_compatibility_decomposition(c) {
            for d in c.nfkc() {
                if let Some(f) = fold(d) {
                    push(f);
                }
            }
        } else if let Some(f) = fold(c) {
            push(f);
        }
    }
}

/// Tashkeel and tatweel: part of the letter they follow, dropped for matching.
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// One character's normal form, or `None` when it is ignored for matching.
fn fold(c: char) -> Option<char> {
    // Fast path: most characters are plain Arabic letters or ASCII, which need no lookup in
    // Unicode's case tables.
    if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
        && !matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة')
    {
        return Some(c);
    }
    Some(match c {
        c if is_mark(c) => return None,
        // #منظمة_الصحة_العالمية: a hashtag joins a name's words with underscores.
        ZWNJ | '_' => ' ',
        c if is_invisible(c) || c == SOFT_HYPHEN => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        c if c.is_whitespace() => ' ',
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    })
}

/// Only characters outside ASCII and the basic Arabic block can change under NFKC in ways that
/// matter here (presentation forms, ligatures such as ﻻ, full-width Latin); skipping the rest
/// keeps normalisation cheap.
fn needs_compatibility_decomposition(c: char) -> bool {
    !(c.is_ascii() || ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// Whether `c` can be part of a word: a name never starts or ends next to one of these.
///
/// `char::is_alphanumeric`, with ASCII and the Arabic letters and digits answered without its
/// Unicode table lookup: the matcher asks for every character of every article, and the
/// lookup was half of its time.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' => false,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Fewest letters a name may have once normalised, unless its entity says `allow_short`.
/// One letter is almost always a word of its own in Arabic: و (and), ب (with), ف (so), ك (as).
pub const MIN_NAME_LETTERS: usize = 2;

/// Letters and digits in a normalised name (tashkeel and tatweel are already gone), which is
/// what the matcher really compares: قَـ is one letter.
pub fn letter_count(normalized: &str) -> usize {
    normalized.chars().filter(|&c| is_word_char(c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_letter_variants_and_drops_marks() {
        let cases = [
            ("إبراهيم رئيسي", "ابراهيم رئيسي"),
            ("أردوغان", "اردوغان"),
            ("آية الله", "ايه الله"),
            ("ٱلقدس", "القدس"),
            ("مُصْطَفَى", "مصطفي"),
            ("بوتـــين", "بوتين"),
            ("الجمهوريّة", "الجمهوريه"),
            ("پزشکیان", "پزشكيان"),
            ("\u{FEFB}", "لا"),
            ("فلاديمير \t\n بوتين", "فلاديمير بوتين"),
            ("عشق\u{200C}آباد", "عشق اباد"),
            ("بو\u{200F}تين", "بوتين"),
            ("IRNA", "irna"),
            ("#منظمة_الصحة__العالمية", "#منظمه الصحه العالميه"),
            ("هيئة الموانىء البحرية", "هيئه الموانئ البحريه"),
            ("الطوارىء", "الطوارئ"),
            ("مستشفى", "مستشفي"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input).text, want, "{input}");
        }
    }

    #[test]
    fn the_text_alone_is_the_text_of_the_full_form() {
        for input in [
            "قال بوتينُ:  «روسيا»\n\tوالصين",
            "عشق\u{200C}آباد \u{FEFB} ﷺ IRNA",
            "شاطىء البحر",
            "",
        ] {
            assert_eq!(normalized_text(input), normalize(input).text, "{input}");
        }
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let input = "قال بوتينُ: «روسيا»";
        let n = normalize(input);
        let s = n.text.find("بوتين").unwrap();
        let e = s + "بوتين".len();
        assert_eq!(&input[n.original_start(s)..n.original_end(e)], "بوتينُ");
        let s = n.text.find("روسيا").unwrap();
        assert_eq!(
            &input[n.original_start(s)..n.original_end(s + "روسيا".len())],
            "روسيا"
        );
    }

    #[test]
    fn a_hamza_typed_after_maqsura_maps_back_whole() {
        let input = "هيئة الموانىء، الطوارىء";
        let n = normalize(input);
        for word in ["الموانىء", "الطوارىء"] {
            let folded = normalize_name(word);
            let s = n.text.find(&folded).unwrap();
            let e = s + folded.len();
            assert_eq!(&input[n.original_start(s)..n.original_end(e)], word);
        }
    }

    #[test]
    fn end_of_text_maps_to_original_length() {
        let input = "موسكوَ";
        let n = normalize(input);
        assert_eq!(n.original_end(n.text.len()), input.len());
    }

    #[test]
    fn a_name_is_normalised_like_text_and_trimmed() {
        for name in [
            " إبراهيم  رئيسي\u{200F} ",
            "\u{200B}\u{FEFB}",
            "\t\n",
            "",
            "ﷺ",
            "\u{00A0}الأمم المتحدة\u{00A0}",
        ] {
            assert_eq!(
                normalize_name(name),
                normalize(name).text.trim(),
                "{name:?}"
            );
        }
    }

    #[test]
    fn word_characters_are_the_alphanumeric_ones() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn letters_are_counted_after_normalisation() {
        assert_eq!(letter_count(&normalize_name("و")), 1);
        assert_eq!(letter_count(&normalize_name("قَـ")), 1);
        assert_eq!(letter_count(&normalize_name("ـوَـ")), 1);
        assert_eq!(
            letter_count(&normalize_name("ﻻ")),
            2,
            "the lam-alif ligature is two letters"
        );
        assert_eq!(letter_count(&normalize_name("UN")), 2);
        assert_eq!(letter_count(&normalize_name("بوتين")), 5);
    }
}
