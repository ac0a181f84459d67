//! Evidence from the sentence for an ambiguous name (issue 13, part 2): a name is the subject
//! or object of a speech or action verb right before it (قال رئيسي، زار صور، أعلنت حماس), or is
//! coordinated with a name of the same kind (بوتين ورئيسي، مصر وسورية). Never when the word reads
//! as a common noun or adjective: heading a construct (جدة الطفل، صور الأقمار) or agreeing with
//! an indefinite noun before it (شريك رئيسي، دور رئيسي).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::word_start;
use crate::analyse::normalize::{is_word_char, normalize_name};

/// Verbs after which the next word is their subject or object: speech and meeting verbs,
/// masculine and feminine, past and present. Verbs whose object is as often a thing as a name
/// (نقل، نشر، أظهر: نقل صور) are left out.
pub(super) const VERBS: &[&str] = &[
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "أكد",
    "أكدت",
    "يؤكد",
    "تؤكد",
    "أضاف",
    "أضافت",
    "دعا",
    "دعت",
    "يدعو",
    "تدعو",
    "التقى",
    "التقت",
    "يلتقي",
    "تلتقي",
    "استقبل",
    "استقبلت",
    "يستقبل",
    "تستقبل",
    "زار",
    "زارت",
    "يزور",
    "تزور",
    "أعلن",
    "أعلنت",
    "يعلن",
    "تعلن",
    "أوضح",
    "أوضحت",
    "اعتبر",
    "اعتبرت",
    "شدد",
    "شددت",
    "أشار",
    "أشارت",
    "أشاد",
    "أشادت",
    "طالب",
    "طالبت",
    "رحب",
    "رحبت",
    "أدان",
    "أدانت",
    "نفى",
    "نفت",
    "حذر",
    "حذرت",
    "اتهم",
    "اتهمت",
    "هاجم",
    "هاجمت",
    "ندد",
    "نددت",
    "أعرب",
    "أعربت",
    "رجح",
    "رجحت",
    "أخبر",
    "أخبرت",
    "صرح",
    "صرحت",
    "وصف",
    "وصفت",
    "انتقد",
    "انتقدت",
    "هدد",
    "هددت",
];

/// The verbs of [`VERBS`] whose object may be a place (زار صور، يزور حماة). The others — speech,
/// stance, meeting — have a person or a body as subject or object: «قالت السفيرة» is the
/// ambassador speaking, not the Syrian town of as-Safira.
const PLACE_VERBS: &[&str] = &["زار", "زارت", "يزور", "تزور"];

/// Whether the verb at `index` in [`VERBS`] can take a place as the word after it.
pub(super) fn verb_takes_place(index: u16) -> bool {
    VERBS
        .get(usize::from(index))
        .is_some_and(|verb| PLACE_VERBS.contains(verb))
}

/// Words before a name that are not a noun it could agree with.
const PARTICLES: &[&str] = &[
    "في", "من", "إلى", "على", "عن", "مع", "بين", "أن", "إن", "لكن", "ثم", "قد", "لقد", "بعد",
    "قبل", "عند", "لدى", "حتى", "أو", "أم", "لا", "لم", "لن", "ما", "يا", "هل", "كما", "منذ", "نحو",
    "ضد", "عبر", "دون",
];

/// Normalised verb → its index in [`VERBS`].
fn verbs() -> &'static HashMap<String, u16> {
    static VERB_INDEX: OnceLock<HashMap<String, u16>> = OnceLock::new();
    VERB_INDEX.get_or_init(|| {
        VERBS
            .iter()
            .enumerate()
            .map(|(i, v)| (normalize_name(v), i as u16))
            .collect()
    })
}

/// The word before `pos` in normalised `t`, skipping spaces and quotes but not sentence
/// punctuation (a verb in the previous sentence is no evidence).
pub(super) fn previous_word(t: &str, pos: usize) -> &str {
    let before = t[..pos].trim_end_matches(|c: char| {
        !is_word_char(c) && !matches!(c, '.' | '،' | '؛' | ':' | '!' | '?' | '؟' | ',' | ';')
    });
    if before.ends_with(|c: char| !is_word_char(c)) {
        return "";
    }
    &before[word_start(before, before.len())..]
}

/// The verb right before `pos` (it may carry و or ف: وقال).
pub(super) fn verb_before(t: &str, pos: usize) -> Option<u16> {
    let word = previous_word(t, pos);
    let verbs = verbs();
    verbs.get(word).copied().or_else(|| {
        let bare = word.strip_prefix('و').or_else(|| word.strip_prefix('ف'))?;
        verbs.get(bare).copied()
    })
}

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

/// Whether the normalised `word` is one of `words`, which are normalised once into `forms`
/// (this runs for every ambiguous candidate).
fn listed(forms: &'static OnceLock<Vec<String>>, words: &[&str], word: &str) -> bool {
    forms
        .get_or_init(|| words.iter().map(|w| normalize_name(w)).collect())
        .iter()
        .any(|w| w == word)
}

/// Whether the name `t[name_start..end]` has several words and the article (المجلس الرئاسي):
/// a noun and its adjective already, so a definite word after it is another adjective of the
/// body or the verb's object (المجلس الرئاسي الجديد), never the second term of a construct.
pub(super) fn is_multiword_definite(t: &str, name_start: usize, end: usize) -> bool {
    let name = &t[name_start..end];
    name.contains(' ') && is_definite(name)
}

/// Whether the normalised `word` is one of [`PARTICLES`], perhaps after و or ف and then ل,
/// ب or ك (فإن، وإن، لأن، بأن، كأن، فمن): the clitics change no particle into a noun, and «X
/// فإن رئيسي» must not read رئيسي as the adjective of فإن.
fn is_particle(word: &str) -> bool {
    static PARTICLE_FORMS: OnceLock<Vec<String>> = OnceLock::new();
    let listed_alone = |w: &str| listed(&PARTICLE_FORMS, PARTICLES, w);
    let after_preposition = |w: &str| {
        listed_alone(w)
            || ["ل", "ب", "ك"]
                .iter()
                .any(|c| w.strip_prefix(c).is_some_and(listed_alone))
    };
    after_preposition(word)
        || ["و", "ف"]
            .iter()
            .any(|c| word.strip_prefix(c).is_some_and(after_preposition))
}

/// Whether a (normalised) word has the article, after any clitic: الحلة، بالحلة، للحلة.
fn is_definite(word: &str) -> bool {
    let bare = ["و", "ف"]
        .iter()
        .find_map(|c| {
            word.strip_prefix(c)
                .filter(|w| w.starts_with(['ا', 'ب', 'ك', 'ل']))
        })
        .unwrap_or(word);
    let bare = ["ب", "ك"]
        .iter()
        .find_map(|c| bare.strip_prefix(c).filter(|w| w.starts_with("ال")))
        .unwrap_or(bare);
    bare.starts_with("ال") || bare.starts_with("لل")
}

/// Whether a name shaped like a feminine nisba adjective (سورية، قيصرية، عالية: indefinite,
/// ending in ية) stands where an adjective cannot: with a preposition clitic (لسورية، بسورية),
/// right after a preposition or particle (على سورية، أن سورية), or opening its clause
/// («سورية تدين …»). An adjective follows the noun it agrees with (قوات سورية، ولادة قيصرية)
/// and never carries a preposition.
pub(super) fn feminine_nisba_in_noun_place(
    t: &str,
    word_start: usize,
    name_start: usize,
    end: usize,
) -> bool {
    let name = &t[name_start..end];
    if !name.ends_with("يه") || name.starts_with("ال") || name.contains(' ') {
        return false;
    }
    if heads_construct(t, end) {
        return false;
    }
    let clitic = &t[word_start..name_start];
    if clitic.contains(['ب', 'ك', 'ل']) {
        return true;
    }
    if !clitic.is_empty() {
        return false;
    }
    let word = previous_word(t, word_start);
    let opens_clause = word.is_empty() && !t[..word_start].trim_end().ends_with(is_word_char);
    opens_clause || is_particle(word)
}

/// Whether a name written as a definite feminine nisba adjective (السعودية, the country's
/// name and its adjective alike) follows a definite noun that is feminine as written (ending in
/// ة) or a plural in ات: the word then agrees with it as its adjective (العلاقات السعودية
/// الأمريكية، الحكومة السعودية، العاصمة السعودية). A masculine noun cannot take it (زار ولي
/// العهد السعودية), nor can a name with a clitic (بالسعودية، والسعودية). After another
/// adjective the words cannot tell an adjective from a name in apposition (المدينة الساحلية
/// اللاذقية), and the name stands.
pub(super) fn definite_nisba_after_feminine_noun(
    t: &str,
    word_start: usize,
    name_start: usize,
    end: usize,
) -> bool {
    let name = &t[name_start..end];
    if word_start != name_start
        || !name.starts_with("ال")
        || !name.ends_with("يه")
        || name.contains(' ')
    {
        return false;
    }
    // A dash pairs two names (مباراة الجزائر - السعودية), an adjective follows its noun.
    if t[..word_start]
        .trim_end_matches(' ')
        .ends_with(['-', '–', '—'])
    {
        return false;
    }
    // The noun may carry a conjunction and a preposition (وبالرواية السعودية).
    let word = strip_noun_clitics(previous_word(t, word_start));
    // After another adjective (المدينة الساحلية اللاذقية) the name may stand in apposition to
    // the noun: a town's name is no adjective, and the words alone cannot tell which it is.
    // A word in ـاية is a noun (الرواية، الولاية، الرعاية), not a nisba adjective.
    let adjective_before =
        (word.ends_with("يه") && !word.ends_with("ايه")) || word.ends_with("يات");
    // المصافي العربية السعودية: after العربية the nisba completes «Saudi Arabian», the
    // adjective of a body; the country itself is «المملكة العربية السعودية», a longer name
    // matched before this one.
    let arab_pair = word == "العربيه";
    // للرياضة: ل before the article elides its alef (الهيئة العامة للرياضة السعودية).
    (word.starts_with("ال") || word.starts_with("لل"))
        && word.chars().count() > 3
        && (word.ends_with('ه') || word.ends_with("ات") || super::agreement::is_broken_plural(word))
        && (!adjective_before
            || arab_pair
            || super::agreement::second_adjective_of_a_noun(t, word_start))
}

/// A definite noun without the و/ف and the ب/ك/ل before its article (وبالرواية → الرواية);
/// any other word as it is.
pub(super) fn strip_noun_clitics(word: &str) -> &str {
    let rest = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .filter(|r| r.starts_with("ال") || r.starts_with(['ب', 'ك', 'ل']))
        .unwrap_or(word);
    match rest.strip_prefix(['ب', 'ك', 'ل']) {
        Some(r) if r.starts_with("ال") && r.chars().count() > 3 => r,
        _ => rest,
    }
}

/// Whether a masculine nisba word (رئيسي، مالي) follows an indefinite masculine noun it can
/// agree with (دور رئيسي، دعم مالي): then it is the adjective. A feminine noun before it
/// (زيارة رئيسي) cannot agree with it, so that is a construct with the name.
///
/// A word that opens its clause (after a comma, a full stop or at the start) is read as a verb
/// whose subject is the name (وأخيراً، نقل رئيسي تحيات …): past verbs and nouns look alike.
pub(super) fn agrees_with_noun_before(t: &str, word_start: usize, name: &str) -> bool {
    // المجلس الرئاسي after يدعم: a name of several words with the article agrees with no
    // indefinite noun (the adjective of one is indefinite too).
    if !name.ends_with('ي')
        || verb_before(t, word_start).is_some()
        || is_multiword_definite(name, 0, name.len())
    {
        return false;
    }
    let word = previous_word(t, word_start);
    if word.is_empty() {
        return false;
    }
    // في استقبال المنسي: a definite word cannot qualify a bare indefinite noun, so it is the
    // noun's complement (a name); only a noun made definite by a pronoun takes it (دورها
    // الرئيسي).
    if name.starts_with("ال") && !ends_in_pronoun(word) {
        return false;
    }
    let word_at = t[..word_start].rfind(word).unwrap_or(0);
    let opens_clause = !t[..word_at]
        .trim_end_matches(' ')
        .ends_with(|c: char| is_word_char(c));
    let word = word
        .strip_prefix('و')
        .filter(|w| w.chars().count() > 2)
        .unwrap_or(word);
    !opens_clause
        && !word.starts_with("ال")
        && !word.ends_with('ه')
        && !word.ends_with("ات")
        && !is_particle(word)
}

/// Kinds of province (normalised) a town is placed in (واطويل في ولاية الحوض الغربي); also
/// what `suggest` reads to find such towns.
pub(crate) const PROVINCES: &[&str] = &["ولايه", "محافظه", "اقليم", "مقاطعه"];

/// What follows `end` is «في» and a kind of province, or that kind with ب (بولاية), a comma
/// allowed before: the name before it lies in that province.
pub(super) fn province_after(t: &str, end: usize) -> bool {
    let rest = t[end..].trim_start_matches(' ');
    let rest = rest
        .strip_prefix('،')
        .unwrap_or(rest)
        .trim_start_matches(' ');
    let kind = rest
        .strip_prefix("في ")
        .map(|r| r.trim_start_matches(' '))
        .or_else(|| rest.strip_prefix('ب'));
    kind.is_some_and(|k| {
        PROVINCES.iter().any(|p| {
            k.strip_prefix(p)
                .is_some_and(|after| !after.starts_with(is_word_char))
        })
    })
}

/// Words (normalised) that carry a lineage on: «X بن Y» names X, son of Y.
pub(super) const LINEAGE_WORDS: &[&str] = &["بن", "بنت", "ابن"];

/// The word after `end` in normalised `t`, only spaces between, is بن, بنت or ابن: the name
/// before it is the given name of a longer one (محمود بن مشعل آل سعيد).
pub(super) fn lineage_after(t: &str, end: usize) -> bool {
    let rest = t[end..].trim_start_matches(' ');
    LINEAGE_WORDS.iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|after| after.starts_with(' '))
    })
}

/// A noun made definite by an attached pronoun (دورها، برنامجهم، وفدنا), normalised.
fn ends_in_pronoun(word: &str) -> bool {
    ["ه", "ها", "هم", "هما", "هن", "نا", "كم", "ك"]
        .iter()
        .any(|p| word.ends_with(p))
}

/// Tests' view of a sentence: `text` normalised, and where `word` starts and ends in it.
#[cfg(test)]
pub(super) fn at(text: &str, word: &str) -> (String, usize, usize) {
    let t = crate::analyse::normalize::normalize(text).text;
    let n = normalize_name(word);
    let s = t.find(&n).unwrap();
    let e = s + n.len();
    (t, s, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::normalize::normalize;

    #[test]
    fn a_province_after_a_name_places_it() {
        for (text, name) in [
            ("وتامرت في ولاية الساحل", "تامرت"),
            ("وكرمسين، في ولاية الواحات", "كرمسين"),
            ("وبيرام بولاية النهر", "بيرام"),
            ("وبيرام في محافظة النهر", "بيرام"),
        ] {
            let (t, _, e) = at(text, name);
            assert!(province_after(&t, e), "{text}");
        }
        for (text, name) in [
            ("وتامرت في ولايته الثانية", "تامرت"),
            ("وتامرت في الولاية", "تامرت"),
            ("وتامرت بولايات عدة", "تامرت"),
        ] {
            let (t, _, e) = at(text, name);
            assert!(!province_after(&t, e), "{text}");
        }
    }

    #[test]
    fn a_verb_right_before_is_evidence() {
        let (t, s, _) = at("وقال رئيسي إن العلاقات جيدة", "رئيسي");
        assert_eq!(verb_before(&t, s).map(|i| VERBS[i as usize]), Some("قال"));
        let (t, s, _) = at("أعلنت «حماس» الهدنة", "حماس");
        assert!(verb_before(&t, s).is_some());
        let (t, s, _) = at("قال. رئيسي", "رئيسي");
        assert_eq!(verb_before(&t, s), None, "not across a sentence end");
        let (t, s, _) = at("نقل صور الدمار", "صور");
        assert_eq!(verb_before(&t, s), None);
    }

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

    #[test]
    fn a_definite_feminine_noun_before_makes_the_name_its_adjective() {
        for (text, adjective) in [
            ("وتطرق إلى العلاقات السعودية الأمريكية", true),
            ("وأعلنت الحكومة السعودية أمس", true),
            ("في العاصمة السعودية الرياض", true),
            ("وزار ولي العهد السعودية", false),
            ("ووصل الوفد إلى السعودية", false),
            ("بين مصر والسعودية", false),
            ("أعلنت السعودية أمس", false),
            ("في المدينة الساحلية السعودية", false),
            // A second adjective of a noun that is no kind of place (a broken plural too).
            ("في خدمة المواهب المسرحية السعودية", true),
            ("وشاركت الأندية الرياضية السعودية", true),
            ("في الدولة الخليجية السعودية", false),
            // A broken plural takes the feminine adjective too; ل elides the article's alef.
            ("وتابع الأفلام السعودية في المهرجان", true),
            ("وشارك في المجالس السعودية الكبرى", true),
            ("وأكدت الهيئة العامة للرياضة السعودية أن", true),
            ("وزار الرئيس السعودية أمس", false),
            ("وتقام مباراة الجزائر - السعودية غدا", false),
            ("وتقام مباراة الإمارات – السعودية غدا", false),
            ("انخفضت أرباح شركة الأسمدة العربية السعودية", true),
            // A noun in ـاية is no adjective: the name after it is its adjective in turn.
            ("ندوة عن الرواية السعودية ونشأتها", true),
            ("احتفاء وبالرواية السعودية ضيفا", true),
        ] {
            let t = normalize(text).text;
            let n = normalize_name("السعودية");
            let s = t.find(&n).unwrap();
            let w = if t[..s].ends_with('و') {
                s - 'و'.len_utf8()
            } else {
                s
            };
            assert_eq!(
                definite_nisba_after_feminine_noun(&t, w, s, s + n.len()),
                adjective,
                "{text}"
            );
        }
    }

    #[test]
    fn an_indefinite_masculine_noun_before_is_agreement() {
        for (text, agrees) in [
            ("ولعب دور رئيسي", true),
            ("الشركة شريك رئيسي", true),
            ("وأخيراً ، نقل رئيسي من جانبه تحياته", false),
            ("فدعا رئيسي مجدداً", false),
            ("حصلت على دعم مالي", true),
            ("وتأتي زيارة رئيسي إلى موسكو", false),
            ("قال رئيسي", false),
            ("مع رئيسي", false),
            ("الرئيس الإيراني رئيسي", false),
            // A particle with its clitics is still no noun (فإن، لأن، بأن).
            ("وبحسب التقرير فإن رئيسي سيزور موسكو", false),
            ("وذلك لأن رئيسي رفض العرض", false),
            ("وأعلن بأن رئيسي سيزور موسكو", false),
            ("للبلدين فدور رئيسي", true),
        ] {
            let name = if text.contains("مالي") {
                "مالي"
            } else {
                "رئيسي"
            };
            let t = normalize(text).text;
            let s = t.rfind(name).unwrap();
            assert_eq!(agrees_with_noun_before(&t, s, name), agrees, "{text}");
        }
    }

    #[test]
    fn a_definite_name_of_several_words_is_no_adjective_and_heads_no_construct() {
        // يساند المجلس الأعلى: the body after a word that reads as a noun (the verb is unlisted).
        let t = normalize("وقال إنه يساند المجلس الأعلى في عمله").text;
        let s = t.find("المجلس").unwrap();
        assert!(!agrees_with_noun_before(&t, s, "المجلس الاعلي"));
        let (t, s, e) = at("ان المجلس الاعلي الجديد سيجتمع", "المجلس الاعلي");
        assert!(is_multiword_definite(&t, s, e));
        // A one-word name before a common adjective is still a common noun (الحلة الجديدة).
        let (t, s, e) = at("خرج بالحلة الجديدة", "الحلة");
        assert!(!is_multiword_definite(&t, s, e));
        let (t, s, e) = at("زار مجلس الامن", "مجلس الامن");
        assert!(!is_multiword_definite(&t, s, e), "without the article");
    }
}
