//! How a suggested name is spelled on its page: of the spellings the site uses, one space
//! between words, no tatweel, the alef an elided article lost given back, and the most careful
//! spelling (hamza and ta marbuta written) preferred.

use crate::text::normalize::normalize_name;

/// The words of a name as a page shows them: one space between them, no tatweel (a
/// scrape's «الحمايــة المدنية» stretches letters for the line's width, and the page's title
/// is «الحماية المدنية»; the matcher ignores tatweel, so the name still finds the text), and
/// «ىء» typed for «ئ» written as the letter (هيئة الموانىء → الموانئ; the normal form
/// already reads them as one).
pub(super) fn shown_words(text: &str) -> String {
    let words = text.split_whitespace();
    if !text.contains('\u{0640}') && !text.contains("ىء") {
        return words.collect::<Vec<_>>().join(" ");
    }
    words
        .map(|w| w.replace('\u{0640}', "").replace("ىء", "ئ"))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The letters a hasty spelling drops (hamza on its seat, ta marbuta written ه): the more of
/// them, the more careful the spelling of the same normalised name.
pub(super) fn careful_letters(surface: &str) -> usize {
    surface
        .chars()
        .filter(|c| matches!(c, 'أ' | 'إ' | 'آ' | 'ؤ' | 'ئ' | 'ة'))
        .count()
}

/// A name read with its article after ل, which elides the alef (للمجلس الأعلى للآثار is ل +
/// المجلس الأعلى للآثار): the text after the clitic starts «لمجلس», and the name is shown with
/// the alef given back, «المجلس …», as the site writes it without the preposition.
pub(super) fn with_elided_alef(key: &[String], surface: String) -> String {
    let definite = key.first().is_some_and(|w| w.starts_with("ال"));
    let first = surface
        .split(' ')
        .next()
        .map(normalize_name)
        .unwrap_or_default();
    if definite && first.starts_with('ل') && !first.starts_with("ال") {
        format!("ا{surface}")
    } else {
        surface
    }
}
