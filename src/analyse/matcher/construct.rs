//! Whether an ambiguous name stands as the head of a construct or a predicate, so as the
//! common word it is spelt like (جدة الطفل، صور الأقمار، تركت جدة أطفالها، الضفة الأخرى، أنا
//! جدة): read from the words right around it, before the article's evidence, which never
//! overrides it.

use std::sync::OnceLock;

use super::sentence::{is_definite, listed, previous_word};
use super::word_start;
use crate::analyse::normalize::is_word_char;

/// Definite words of time that follow a place as an adverb, not as the second term of a
/// construct (وصل حماة اليوم، في عدن الخميس).
const TIME_WORDS: &[&str] = &[
    "اليوم",
    "الليلة",
    "الآن",
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "صباح",
    "مساء",
];

/// Definite adjectives news puts after a city (حمص القديمة، صنعاء القديمة، القدس المحتلة): a
/// definite adjective cannot follow the bare common word (صور قديمة, not صور القديمة), so after
/// one the word is the name.
const ADJECTIVES: &[&str] = &[
    "القديمة",
    "القديم",
    "الجديدة",
    "الجديد",
    "الكبرى",
    "الكبير",
    "الكبيرة",
    "الصغرى",
    "الصغيرة",
    "الحديثة",
    "العتيقة",
    "المحتلة",
    "المحاصرة",
    "المحررة",
    "المنكوبة",
];

/// Words of order after a definite noun (الضفة الأخرى «the other bank»): a name is «the
/// other» of nothing (a bare one may be: تعز الأولى, the first Taiz of a list).
const ORDER_WORDS: &[&str] = &["الأخرى", "الآخر", "المقابلة", "المقابل", "الأولى", "الثانية"];

/// Quantifier nouns that after a noun are the second term of its construct (جدة أحد الضحايا،
/// صور بعض المواقع): a name is not followed by them.
const CONSTRUCT_QUANTIFIERS: &[&str] = &["أحد", "إحدى", "بعض"];

/// Whether the name ending at `end` heads a construct: the next word is definite and neither
/// a nisba adjective (جدة الطفل، صور الأقمار; but صور اللبنانية is the city), another common
/// adjective of places (حمص القديمة) nor a word of time (حماة اليوم); or it is a quantifier
/// (جدة أحد الضحايا). A name with the article heads no construct: a definite word after it
/// that is no common adjective is the verb's object (وافتتح الوداد التسجيل).
pub(super) fn heads_construct(t: &str, end: usize) -> bool {
    let rest = t[end..].trim_start_matches(' ');
    let next = &rest[..rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())];
    static ADJECTIVE_FORMS: OnceLock<Vec<String>> = OnceLock::new();
    static TIME_FORMS: OnceLock<Vec<String>> = OnceLock::new();
    static QUANTIFIER_FORMS: OnceLock<Vec<String>> = OnceLock::new();
    static ORDER_FORMS: OnceLock<Vec<String>> = OnceLock::new();
    if listed(&ORDER_FORMS, ORDER_WORDS, next) && is_definite(&t[word_start(t, end)..end]) {
        return true;
    }
    // A definite name before a definite word that is no common adjective (الحلة الجديدة is
    // «the new outfit»): the verb's object, not a construct.
    if next.starts_with("ال")
        && is_definite(&t[word_start(t, end)..end])
        && !listed(&ADJECTIVE_FORMS, ADJECTIVES, next)
    {
        return false;
    }
    let nisba = next.ends_with('ي') || next.ends_with("يه");
    // «الحلة الجديدة» is «the new outfit»: only a bare name shows itself by a definite adjective.
    let adjective =
        listed(&ADJECTIVE_FORMS, ADJECTIVES, next) && !is_definite(&t[word_start(t, end)..end]);
    let exempt = nisba || listed(&TIME_FORMS, TIME_WORDS, next) || adjective;
    (next.starts_with("ال") && !exempt)
        || listed(&QUANTIFIER_FORMS, CONSTRUCT_QUANTIFIERS, next)
        || is_possessed_noun(next)
}

/// Whether the word at `word_start` follows a pronoun of the first or second person (أنا جدة
/// لعشرين طفلا): the predicate of «I am», a common noun; a speaker is no place.
pub(super) fn after_a_speaker_s_pronoun(t: &str, word_start: usize) -> bool {
    matches!(
        previous_word(t, word_start),
        "انا" | "نحن" | "انت" | "انتم" | "انتن"
    )
}

/// Kin (normalised) that a grandmother's or a guardian's word governs with a pronoun (جدة
/// أطفالها، حماة أبنائهم).
const KIN: &[&str] = &[
    "اطفال",
    "احفاد",
    "ابناء",
    "اولاد",
    "بنات",
    "حفيد",
    "حفيدت",
    "ابن",
    "ابنت",
    "زوج",
];

/// A word of kin with a possessive pronoun (أطفالها، أحفادهم), the second term of a construct
/// as a definite word is (تركت جدة أطفالها: their grandmother). Only kin: a town is as often
/// the subject before its object with a pronoun (استقبلت جدة ضيوفها، فتحت الرباط أبوابها).
fn is_possessed_noun(word: &str) -> bool {
    ["ها", "هم", "هن", "هما"].iter().any(|suffix| {
        word.strip_suffix(suffix)
            .is_some_and(|stem| KIN.contains(&stem))
    })
}

/// Whether the name `t[name_start..end]` has several words and the article (المجلس الرئاسي):
/// a noun and its adjective already, so a definite word after it is another adjective of the
/// body or the verb's object (المجلس الرئاسي الجديد), never the second term of a construct.
pub(super) fn is_multiword_definite(t: &str, name_start: usize, end: usize) -> bool {
    let name = &t[name_start..end];
    name.contains(' ') && is_definite(name)
}

#[cfg(test)]
mod tests {
    use super::super::sentence::at;
    use super::*;

    #[test]
    fn a_definite_word_after_makes_a_construct() {
        let (t, _, e) = at("قالت جدة الطفل", "جدة");
        assert!(heads_construct(&t, e));
        let (t, _, e) = at("زار صور اللبنانية", "صور");
        assert!(!heads_construct(&t, e));
        let (t, _, e) = at("زار صور أمس", "صور");
        assert!(!heads_construct(&t, e));
        let (t, _, e) = at("وقالت جدة أحد الضحايا", "جدة");
        assert!(heads_construct(&t, e), "a quantifier after it");
        let (t, _, e) = at("عرضت صور بعض المواقع", "صور");
        assert!(heads_construct(&t, e));
        let (t, _, e) = at("وقالت إنها تركت جدة أطفالها في المخيم", "جدة");
        assert!(
            heads_construct(&t, e),
            "a noun with a possessive pronoun after it"
        );
        let (t, _, e) = at("وعلى الضفة الأخرى، أعادت الشركات", "الضفة");
        assert!(heads_construct(&t, e), "«the other bank»");
        let (t, _, e) = at("واستقبلت جدة ضيوفها في المهرجان", "جدة");
        assert!(!heads_construct(&t, e), "a town's object with a pronoun");
        let (t, s, _) = at("قالت: أنا جدة لعشرين طفلا", "جدة");
        assert!(after_a_speaker_s_pronoun(&t, s));
        let (t, s, _) = at("وصلت إلى جدة أمس", "جدة");
        assert!(!after_a_speaker_s_pronoun(&t, s));
        let (t, _, e) = at("وافتتح الوداد التسجيل في الدقيقة 15", "الوداد");
        assert!(
            !heads_construct(&t, e),
            "a definite name heads no construct"
        );
    }
}
