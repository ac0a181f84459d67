//! Evidence from the sentence for an ambiguous name (issue 13, part 2): a name is the subject
//! or object of a speech or action verb right before it (قال رئيسي، زار صور، أعلنت حماس), or is
//! coordinated with a name of the same kind (بوتين ورئيسي، مصر وسورية). Never when the word reads
//! as a common noun or adjective: heading a construct (جدة الطفل، صور الأقمار) or agreeing with
//! an indefinite noun before it (شريك رئيسي، دور رئيسي).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::construct::{heads_construct, is_multiword_definite};
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

/// Whether the normalised `word` is one of `words`, which are normalised once into `forms`
/// (this runs for every ambiguous candidate).
pub(super) fn listed(forms: &'static OnceLock<Vec<String>>, words: &[&str], word: &str) -> bool {
    forms
        .get_or_init(|| words.iter().map(|w| normalize_name(w)).collect())
        .iter()
        .any(|w| w == word)
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
pub(super) fn is_definite(word: &str) -> bool {
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
