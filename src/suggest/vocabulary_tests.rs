//! A site's vocabulary across articles (`vocabulary`, `Lexicon::seen_as_a_noun`): a family
//! name one article writes with the article leaves the bare name a name in another.

use super::super::test_site::discovered_with;
use crate::load::EntityKind;

/// Whether `name` is discovered as a person in a site of `bodies` (the gazetteer on: a byline
/// needs its place known).
fn person_in(bodies: &[&str], name: &str) -> bool {
    discovered_with(bodies, true)
        .iter()
        .any(|(n, k)| n == name && *k == EntityKind::Person)
}

/// The engineer of another outlet's report, «محمد عثمان العوض».
const ENGINEER: &str =
    "وقف المهندس إبراهيم مصطفى على القنوات يرافقه المهندس محمد عثمان العوض مدير إدارة الري.";

/// A family name another article writes with the article after a given name (محمد عثمان
/// العوض) leaves a byline's bare one a name: on one site of two outlets' reports, «فاطمة عوض»
/// was lost because the other report's engineer was «العوض».
#[test]
fn a_family_name_with_the_article_elsewhere_keeps_a_byline() {
    let byline = "الخرطوم – فاطمة عوض\n\nأعلنت وزارة الزراعة اليوم عن خطة جديدة لري المحاصيل.";
    assert!(person_in(&[byline, ENGINEER], "فاطمة عوض"));
}

/// The same for a name's first word (plain_words): «عوض دهيش» after «من» in a byline stays
/// a name beside another report's «محمد عثمان العوض».
#[test]
fn a_family_name_with_the_article_elsewhere_keeps_a_first_name() {
    let byline = "صلالة ـ من عوض دهيش :\n\nافتتح محافظ ظفار اليوم مشروعا جديدا للمياه في المدينة.";
    assert!(person_in(&[byline, ENGINEER], "عوض دهيش"));
}

/// Only a family name by its place — the third word of a name or later, after a given name
/// written as one — is spared from making its bare word ordinary: the preposition «على» is no
/// given name «علي» (بالقبض على الشقيق), and a name's second word may be a noun (أحمد
/// الطبيب). In both sites the person named before the noun keeps his name, cut before it.
#[test]
fn only_a_family_name_by_its_place_spares_its_bare_word() {
    assert!(person_in(
        &[
            "وقال أحمد سالم شقيق الضحية إن العائلة تنتظر نتائج التحقيق.",
            "وأعلنت الشرطة القبض على الشقيق الأكبر للمتهم أمس.",
        ],
        "أحمد سالم"
    ));
    let found = discovered_with(
        &[
            "ويعد مجدي يعقوب طبيب القلب الأشهر في العالم العربي.",
            "وقال أحمد الطبيب إن المستشفى يحتاج إلى أجهزة جديدة.",
        ],
        true,
    );
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.contains("طبيب القلب") || n == "مجدي يعقوب طبيب"),
        "{found:?}"
    );
}
