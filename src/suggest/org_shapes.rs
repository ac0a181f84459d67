//! The shapes of the words in an organisation's phrase (see `org_phrase.rs`): a complement
//! with ل, a definite adjective of a name, participles and verbal nouns, administrative
//! place nouns and kunyas, each told from its letters.

use super::lexicon::{clitic_readings, is_listed};
use super::tokens::Token;

/// ل (or لل, وب …) before a word: the rest, when the word is read so (للاستثمار → الاستثمار،
/// لكرة → كرة).
pub(super) fn lam_reading(word: &str) -> Option<String> {
    clitic_readings(word)
        .into_iter()
        .find(|(n, rest)| {
            let clitic: String = word.chars().take(*n).collect();
            clitic.ends_with('ل') && rest.chars().count() >= 3
        })
        .map(|(_, rest)| rest.into_owned())
}

/// A definite adjective that makes a body's name (الجزائري، الانتقالي، المركزي، العامة،
/// العليا), masculine plurals of relation included (صندوق السفراء الأميركيين لصون التراث).
pub(super) fn is_name_adjective(t: &Token) -> bool {
    let w = t.norm.as_str();
    t.article()
        && !is_listed(w)
        && (w.ends_with('ي')
            || ["يه", "يين", "يون"].iter().any(|e| w.ends_with(e))
            || ["العام", "العامه", "العليا"].contains(&w))
}

/// A definite participle (المدعوم، المحمول، المعنية): after a definite word of the phrase it
/// describes the body or thing (المجلس الانتقالي الجنوبي المدعوم إماراتيًا، جهاز الكمبيوتر
/// المحمول) rather than naming it.
pub(super) fn looks_participle(word: &str) -> bool {
    word.strip_prefix("الم")
        .is_some_and(|stem| stem.chars().count() >= 3)
}

/// A verbal noun of the form مُفاعَلة (مراجعة، مكافحة، متابعة، مساعدة): shaped like the
/// participles [`super::lexicon::looks_verbal`] turns away, but after a body's head it is the action the body
/// is for (لجنة مراجعة المجاعة، هيئة مكافحة الفساد).
pub(super) fn is_mufaala(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    letters.len() == 6 && letters[0] == 'م' && letters[2] == 'ا' && letters[5] == 'ه'
}

/// A verbal noun of the form تَفْعيل (تنظيم، تطوير، تنمية): after a body's head it is what
/// the body does and governs the word after it (هيئة تنظيم الاتصالات، هيئة تطوير الرياض),
/// though some are listed (تنظيم is also a head).
pub(super) fn is_tafiil(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    letters.len() == 5 && letters[0] == 'ت' && letters[3] == 'ي'
}

/// Quarters of the compass (normalised) that, before a place, pick out one body of a kind the
/// place has several of (محكمة جنايات شمال القاهرة).
pub(super) const COMPASS_QUARTERS: &[&str] = &["شمال", "جنوب", "شرق", "غرب", "وسط"];

/// Heads of bodies named after a ruler (جامعة الملك سعود، صندوق الملك عبدالله), normalised;
/// not مجلس or ديوان, where «مجلس الشيخ محمد» is the sheikh's own gathering.
pub(super) const NAMED_FOR_RULERS: &[&str] =
    &["جامعه", "مستشفي", "مؤسسه", "صندوق", "اكاديميه", "معهد"];

/// A school (normalised), named for a ruler or a martyr with his title (مدرسة الملك فهد، مدرسة
/// الشهيد محمد بوضياف), not for a doctor, sheikh or imam, whose «مدرسة» is as often his school
/// of thought (مدرسة الدكتور طه حسين النقدية، مدرسة الإمام محمد عبده).
pub(super) const SCHOOL: &str = "مدرسه";

/// The titles a school is named with (see [`SCHOOL`]), normalised.
pub(super) const SCHOOL_NAMESAKES: &[&str] =
    &["الملك", "الامير", "السلطان", "الشهيد", "الشهيده", "المجاهد"];

/// Titles besides a ruler's that the bodies of [`NAMED_FOR_RULERS`] are named with (مستشفى
/// الدكتور عمر نور الدائم، مدرسة الشهيد محمد بوضياف), normalised: a doctor, a martyr, a fighter
/// of the independence war, a scholar.
pub(super) const HONOURED_NAMESAKES: &[&str] = &[
    "الدكتور",
    "الدكتوره",
    "الشهيد",
    "الشهيده",
    "المجاهد",
    "العلامه",
];

pub(super) use crate::text::named_after::NAMESAKE_TITLES;

/// Place nouns of administration that may stand inside a body's name before the place they
/// name (أمانة منطقة القصيم، مجلس محافظة بغداد، مجلس ناحية المعبطلي، اتحاد بلديات قضاء بنت
/// جبيل).
pub(super) fn is_admin_noun(word: &str) -> bool {
    [
        "قضاء",
        "منطقه",
        "محافظه",
        "ولايه",
        "مدينه",
        "اقليم",
        "ناحيه",
        "بلده",
        "قريه",
    ]
    .contains(&word)
}

/// A plural in ات with a pronoun suffix (بلدياتها، مؤسساتهم، شركاتنا), normalised: it refers
/// back to something named before (اتحاد بلدياتها «the union of its municipalities»), and no
/// body's name holds one.
pub(super) fn plural_with_pronoun(word: &str) -> bool {
    ["اتها", "اتهم", "اتهما", "اتنا"]
        .iter()
        .any(|e| word.ends_with(e) && word.chars().count() > e.chars().count() + 1)
}

/// The first word of a kunya (أم، أبو), normalised: before a definite word it begins a name
/// (أم القرى، أبو الريش), which bodies take as theirs.
pub(super) fn is_kunya(word: &str) -> bool {
    ["ام", "ابو"].contains(&word)
}

/// Heads of the judiciary (normalised, bare and definite) whose name goes on with the court's
/// rank and its chamber's ordinal (المحكمة الكبرى الجنائية الرابعة، محكمة الاستئناف العليا
/// الأولى، محكمة الجنايات الكبرى): those adjectives are on the time and number words, which
/// end any other body's name (الشركة الأولى في المنطقة).
pub(super) const CHAMBERED_HEADS: &[&str] =
    &["محكمه", "المحكمه", "نيابه", "النيابه", "دائره", "الدائره"];

/// The rank and ordinal adjectives of a court or chamber (see [`CHAMBERED_HEADS`]), normalised.
pub(super) const CHAMBER_ADJECTIVES: &[&str] = &[
    "الكبري",
    "الصغري",
    "الاولي",
    "الثانيه",
    "الثالثه",
    "الرابعه",
    "الخامسه",
    "السادسه",
    "السابعه",
    "الثامنه",
    "التاسعه",
    "العاشره",
];

/// A feminine ordinal with the article, normalised (الأولى … العاشرة; see
/// [`CHAMBER_ADJECTIVES`], whose first two are ranks).
pub(super) fn is_ordinal(word: &str) -> bool {
    CHAMBER_ADJECTIVES[2..].contains(&word)
}

/// Heads (normalised) whose name may open with a number (مستشفى 57357، مستشفى 222 لأمراض
/// النساء والولادة).
pub(super) const NUMBERED_HEADS: &[&str] = &["مستشفي"];
