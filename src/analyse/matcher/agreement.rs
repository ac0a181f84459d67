//! Agreement of a feminine nisba adjective with the noun before it, beyond a noun in ة or ات
//! (see `sentence::definite_nisba_after_feminine_noun`): a broken plural (الأفلام السعودية)
//! and a second adjective of a noun that is no kind of place (المواهب المسرحية السعودية); and
//! a club named like an adjective after an adjective of scope (العربي والإفريقي); and a
//! masculine one after a definite noun such adjectives qualify (الدوري الأفريقي).

use super::sentence::{previous_word, strip_noun_clitics};

/// Whether the definite `word` has the shape of a broken plural, which takes a feminine
/// singular adjective (المبادئ الناصرية، الأفلام السعودية): مفاعل / فعائل / أفاعل
/// (المواكب، الشعائر), مفاعيل (المشاريع) or أفعال (الأفلام، الأديان).
pub(super) fn is_broken_plural(word: &str) -> bool {
    let Some(stem) = word.strip_prefix("ال") else {
        return false;
    };
    let letters: Vec<char> = stem.chars().collect();
    matches!(
        letters.as_slice(),
        [_, _, 'ا', _, _] | [_, _, 'ا', _, 'ي', _] | ['ا', _, _, 'ا', _]
    )
}

/// Definite kinds of place (normalised) that take a town's name in apposition after their
/// adjective (المدينة الساحلية اللاذقية).
const PLACE_KINDS: &[&str] = &[
    "المدينه",
    "البلده",
    "القريه",
    "العاصمه",
    "الدوله",
    "المملكه",
    "المحافظه",
    "الولايه",
    "المنطقه",
    "الجزيره",
    "الاماره",
    "الجمهوريه",
];

/// Whether the nisba adjective before `word_start` (المسرحية) follows a definite noun
/// that is no kind of place (المواهب المسرحية السعودية، الأندية الرياضية السعودية): the
/// word after it is the noun's second adjective, not a town in apposition, which only a kind of
/// place takes. The noun may be a broken plural (المواهب): the adjective's ة already shows the
/// agreement.
pub(super) fn second_adjective_of_a_noun(t: &str, word_start: usize) -> bool {
    let adjective = previous_word(t, word_start);
    let at = (adjective.as_ptr() as usize).saturating_sub(t.as_ptr() as usize);
    let noun = strip_noun_clitics(previous_word(t, at.min(t.len())));
    noun.starts_with("ال") && noun.chars().count() > 3 && !PLACE_KINDS.contains(&noun)
}

/// Definite adjectives of scope (normalised) that a club's name shaped like one follows as a
/// second adjective (على الصعيدين العربي والإفريقي: Arab and African, not Club Africain).
const SCOPE_ADJECTIVES: &[&str] = &[
    "العربي",
    "المحلي",
    "الدولي",
    "القاري",
    "العالمي",
    "الاقليمي",
    "الوطني",
    "الاوروبي",
    "الاسيوي",
    "الافريقي",
    "الخليجي",
];

/// Whether the definite masculine nisba from `name_start` to `end` is joined by و to an
/// adjective of scope before it (العربي والإفريقي): a second adjective of the same noun.
pub(super) fn second_adjective_of_scope(
    t: &str,
    word_start: usize,
    name_start: usize,
    end: usize,
) -> bool {
    let name = &t[name_start..end];
    &t[word_start..name_start] == "و"
        && name.starts_with("ال")
        && name.ends_with('ي')
        && !name.contains(' ')
        && SCOPE_ADJECTIVES.contains(&previous_word(t, word_start))
}

/// Definite masculine nouns (normalised) that a nisba adjective commonly qualifies in news
/// (الدوري الأفريقي، المنتخب المصري): a club or family name shaped like that
/// adjective right after one of them is the adjective. Titles are left out on purpose: after
/// الوزير a nisba may be the surname of the minister the article names.
const NOUNS_QUALIFIED_BY_NISBA: &[&str] = &[
    "الدوري",
    "الاتحاد",
    "المنتخب",
    "الفريق",
    "الجانب",
    "الطرف",
    "الشعب",
    "الجيش",
    "الاقتصاد",
    "السوق",
    "الموقف",
    "الوفد",
    "الشريك",
    "القطاع",
    "التراث",
    "الشباب",
    "الشارع",
    "الاعلام",
    "المجتمع",
    "الملف",
    "المشروع",
    "الحوار",
    "الامن",
    "القضاء",
    "العالم",
    "الوطن",
    "البرلمان",
    "النظام",
    "الجمهور",
    "الموسم",
];

/// Whether the one-word definite masculine nisba `name` at `word_start` follows a definite
/// noun it qualifies (بطولة الدوري الأفريقي، مع المنتخب المصري): the adjective, not the club.
pub(super) fn definite_adjective_of_a_noun(t: &str, word_start: usize, name: &str) -> bool {
    name.starts_with("ال")
        && name.ends_with('ي')
        && !name.contains(' ')
        && NOUNS_QUALIFIED_BY_NISBA.contains(&strip_noun_clitics(previous_word(t, word_start)))
}
