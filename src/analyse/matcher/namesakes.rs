//! A known person's name inside the name of what is named after them (مطار الملكة علياء،
//! جامعة الملك سعود، شارع جمال عبد الناصر، مستشفى كمال عدوان): the words name the airport,
//! the university, the street, not the person, and a link there would send a reader looking
//! for the hospital to a biography. Discovery already finds no person there; this keeps the
//! matcher from linking a registered or discovered one.

use super::is_word_char;
use super::names::CLITICS;
use crate::text::named_after::{NAMED_AFTER_SOMEONE, NAMESAKE_TITLES, ONLY_WITH_A_TITLE};

/// Whether the name whose word starts at byte `word_start` of the normalised text `t` follows
/// a kind of venue or body named after someone, with only spaces or an opening quote between
/// and perhaps a ruler's title (مطار الملكة علياء، ملعب "الأمير عبد الله الفيصل").
pub(super) fn inside_a_namesake(t: &str, word_start: usize) -> bool {
    let Some((word, before)) = word_before(&t[..word_start]) else {
        return false;
    };
    if NAMESAKE_TITLES.contains(&word) {
        return word_before(before).is_some_and(|(kind, _)| names_after_someone(kind, true));
    }
    names_after_someone(word, false)
}

/// The word ending `text` after spaces and opening quotes, and what comes before it; `None`
/// when other punctuation stands there (a comma ends the name that came before).
fn word_before(text: &str) -> Option<(&str, &str)> {
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || "\"«“'".contains(c));
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map(|(i, _)| i)?;
    Some((&trimmed[start..], &trimmed[..start]))
}

/// A kind of venue or body named after someone, as written or after a clitic (بمطار، وجامعة);
/// those also used for what is someone's own only with a title between.
fn names_after_someone(word: &str, titled: bool) -> bool {
    let kind =
        |w: &str| NAMED_AFTER_SOMEONE.contains(&w) && (titled || !ONLY_WITH_A_TITLE.contains(&w));
    kind(word)
        || CLITICS
            .iter()
            .any(|c| word.strip_prefix(c).is_some_and(&kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::normalize;

    fn inside(text: &str, name: &str) -> bool {
        let t = normalize(text).text;
        let at = t.find(&normalize(name).text).unwrap();
        inside_a_namesake(&t, at)
    }

    #[test]
    fn a_name_after_a_venue_or_a_body_named_for_someone_is_theirs() {
        assert!(inside("هبطت الطائرة في مطار الملكة علياء الدولي", "علياء"));
        assert!(inside("تخرج في جامعة الملك سعود", "الملك سعود"));
        assert!(inside("أغلق شارع جمال عبد الناصر", "جمال عبد الناصر"));
        assert!(inside("قصف بمستشفى كمال عدوان", "كمال عدوان"));
        assert!(inside(
            "على ملعب \"الأمير عبد الله الفيصل\"",
            "عبد الله الفيصل"
        ));
        assert!(inside("مؤسسة الشيخ عيد الخيرية", "عيد"));
    }

    #[test]
    fn the_person_elsewhere_is_the_person() {
        assert!(!inside("قال الملك سلمان إن", "سلمان"));
        assert!(!inside("زار الملعب محمد صلاح", "محمد صلاح"));
        assert!(!inside("قدم برنامج عمرو أديب", "عمرو أديب"));
        assert!(!inside("رئيس الجامعة، محمد سامي", "محمد سامي"));
        assert!(!inside("مبادرة ترامب للسلام", "ترامب"));
        assert!(!inside("محمد صلاح", "محمد صلاح"));
    }
}
