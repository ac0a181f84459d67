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

/// Whether the name whose word starts at byte `word_start` of `t` follows a kind of movement,
/// with only spaces or an opening quote between (وجماعة "الحوثي"): a discovered person's
/// surname there names the movement his family leads, not him.
pub(super) fn after_a_movement(t: &str, word_start: usize) -> bool {
    word_before(&t[..word_start]).is_some_and(|(word, _)| names_a_movement(word))
}

/// The given name right before the name whose word starts at byte `word_start` of `t`, only
/// spaces between: a common given name (perhaps with و) or the divine name of a compound of
/// عبد written apart, that `own` (a word of the person's own name) does not hold. A
/// discovered person's surname there is another person's (عبدالوهاب المسيري beside هاني
/// المسيري; عبد الوهاب المسيري), not his. Returns the given name's byte range in `t`, for the
/// caller to tell the name علي from the preposition على, which normalises alike.
pub(super) fn other_given_name_before(
    t: &str,
    word_start: usize,
    own: impl Fn(&str) -> bool,
) -> Option<std::ops::Range<usize>> {
    let trimmed = t[..word_start].strip_suffix(' ')?.trim_end_matches(' ');
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()?
        .0;
    let word = &trimmed[start..];
    if own(word) {
        return None;
    }
    let given = |w: &str| crate::suggest::is_given_name(w) && !own(w);
    // عبد الوهاب: a divine name after عبد, written apart.
    let after_abd = word.starts_with("ال")
        && trimmed[..start]
            .strip_suffix(' ')
            .and_then(word_before)
            .is_some_and(|(w, _)| w == "عبد");
    (given(word) || word.strip_prefix('و').is_some_and(given) || after_abd)
        .then_some(start..trimmed.len())
}

/// Kinds of movement named after their founder or his family (جماعة "الحوثي"، حركة فلان),
/// normalised: a person's name right after one is the movement's.
const MOVEMENT_KINDS: &[&str] = &["جماعه", "حركه", "تيار"];

/// A kind of movement, as written or after a clitic (وجماعة).
fn names_a_movement(word: &str) -> bool {
    MOVEMENT_KINDS.contains(&word)
        || CLITICS.iter().any(|c| {
            word.strip_prefix(c)
                .is_some_and(|w| MOVEMENT_KINDS.contains(&w))
        })
}

/// Kinds of event, work or project that take a place's name in quotes as their own (مهرجان
/// "القدس" السينمائي، مشروع "السليمانية"، عملية "غزة"), normalised.
const TAKE_A_QUOTED_NAME: &[&str] = &[
    "مهرجان",
    "جائزه",
    "مسابقه",
    "مشروع",
    "حمله",
    "عمليه",
    "برنامج",
    "فيلم",
    "مبادره",
    "مؤتمر",
    "معرض",
    "ملتقي",
];

/// Whether the place name from `word_start` to `end` of the normalised text `t` stands alone
/// between quotes right after a kind of event or work (مهرجان "القدس" السينمائي): the quotes
/// make it the festival's or the project's name, which a link to the town would misread.
pub(super) fn quoted_name_of_an_event(t: &str, word_start: usize, end: usize) -> bool {
    let before = t[..word_start].trim_end_matches(' ');
    let after = t[end..].trim_start_matches(' ');
    let opened = before.ends_with(['"', '«', '“']);
    let closed = after.starts_with(['"', '»', '”']);
    opened
        && closed
        && word_before(before).is_some_and(|(kind, _)| {
            TAKE_A_QUOTED_NAME.contains(&kind)
                || CLITICS.iter().any(|c| {
                    kind.strip_prefix(c)
                        .is_some_and(|k| TAKE_A_QUOTED_NAME.contains(&k))
                })
        })
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

/// Whether `alias` of the pattern's entities is the name of a venue discovery found named for
/// a king, a prince or a sultan (الملك عبد الله الثاني of a stadium): without the evidence of
/// its kind word it yields to the ruler's own name inside it. Not a gazetteer town (الشيخ
/// عثمان keeps its name), nor a sheikh's or an imam's name: towns bear those (الشيخ زويد).
pub(super) fn names_a_ruler_s_venue(
    alias: &str,
    of: &[usize],
    entities: &[crate::load::Entity],
) -> bool {
    use crate::load::{EntityKind, Origin};
    let alias = crate::text::normalize::normalize_name(alias);
    let words: Vec<&str> = alias.split(' ').collect();
    !of.is_empty()
        && of.iter().all(|&e| {
            entities
                .get(e)
                .is_some_and(|e| e.kind == EntityKind::Place && e.origin == Origin::Discovered)
        })
        && !words
            .first()
            .is_some_and(|w| ["الشيخ", "الشيخه", "الامام"].contains(w))
        && crate::text::named_after::names_a_ruler(&words)
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

    fn quoted_event(text: &str, name: &str) -> bool {
        let t = normalize(text).text;
        let n = normalize(name).text;
        let at = t.find(&n).unwrap();
        quoted_name_of_an_event(&t, at, at + n.len())
    }

    #[test]
    fn a_place_in_quotes_after_a_festival_or_a_project_is_its_name() {
        assert!(quoted_event(
            "اختتمت الدورة السادسة من مهرجان \"القدس\" السينمائي",
            "القدس"
        ));
        assert!(quoted_event("ضمن مشروع «السليمانية» السكني", "السليمانية"));
        assert!(quoted_event("أطلق الجيش عملية \"غزة\" فجرا", "غزة"));
        // Without quotes, or with more inside them, the town is named.
        assert!(!quoted_event("مهرجان القاهرة السينمائي الدولي", "القاهرة"));
        assert!(!quoted_event("مهرجان \"ليالي القاهرة\" الغنائي", "القاهرة"));
        assert!(!quoted_event("وصل الوفد إلى \"غزة\" أمس", "غزة"));
    }

    #[test]
    fn a_surname_after_a_movement_is_the_movement_s() {
        let t = normalize("بين نظام الرئيس وجماعة \"الحوثي\" التي استولت").text;
        assert!(after_a_movement(&t, t.find("الحوثي").unwrap()));
        let t = normalize("برئاسة محمد علي الحوثي").text;
        assert!(!after_a_movement(&t, t.find("الحوثي").unwrap()));
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
