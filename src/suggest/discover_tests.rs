//! Names after their kind word, on made-up local news, through the public pipeline.

use super::super::test_site::discovered;
use crate::load::EntityKind;

/// A place's definite name after its kind word keeps the direction after it: two provinces
/// that differ only in it (ولاية الجبل الشرقي، ولاية الجبل الغربي) are two places, not one
/// «الحوض».
#[test]
fn a_direction_completes_a_place_after_its_kind_word() {
    let found = discovered(&["وزار الوزير ولاية الجبل الشرقي، ثم توجه إلى ولاية الجبل الغربي أمس."]);
    let places: Vec<&str> = found
        .iter()
        .filter(|(_, k)| *k == EntityKind::Place)
        .map(|(n, _)| n.as_str())
        .collect();
    for name in ["الجبل الشرقي", "الجبل الغربي"] {
        assert!(places.contains(&name), "«{name}» not in {places:?}");
    }
    assert!(!places.contains(&"الجبل"), "{places:?}");
}

/// A و written apart from the next word (as some Maghreb outlets write a ministry's long name)
/// joins two complements of a title; the name after the comma is the minister's.
#[test]
fn a_detached_waw_joins_the_complements_of_a_title() {
    let found =
        discovered(&["وأشرف وزير السكن و العمران و المدينة، كمال بن يوسف، على توزيع المفاتيح."]);
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "كمال بن يوسف" && *k == EntityKind::Person),
        "{found:?}"
    );
}

/// A presenter, a reciter or a professional player is named after that word as after any
/// title (الإعلامية فلانة، القارئ فلان، المحترف فلان); the adjective of a campaign (الحملة
/// الإعلامية) before an ordinary word names no one.
#[test]
fn presenters_reciters_and_professionals_are_titles() {
    let found = discovered(&[
        "وقدمت الحفل الإعلامية ريما الحسيني، ثم تلا القارئ صالح المنيعي آيات من القرآن.",
        "ويضم الفريق المحترف كريم الدوسري في خط الوسط.",
        "وبدأت الحملة الإعلامية الواسعة في المدارس.",
    ]);
    let people: Vec<&str> = found
        .iter()
        .filter(|(_, k)| *k == EntityKind::Person)
        .map(|(n, _)| n.as_str())
        .collect();
    for name in ["ريما الحسيني", "صالح المنيعي", "كريم الدوسري"] {
        assert!(people.contains(&name), "«{name}» not in {people:?}");
    }
    assert!(
        !found.iter().any(|(n, _)| n.contains("الواسعة")),
        "{found:?}"
    );
}

/// An official (مسؤول) is a title in construct form; the office's field and where it is —
/// «في» and a kind of place before a known place — come before the name. An official with
/// a demonym or an adjective and no name after names no one.
#[test]
fn an_official_of_a_field_in_a_region() {
    let found = super::super::test_site::discovered_with(
        &[
            "وأشار مسؤول النشاط الثقافي في محافظة البصرة سامي العبادي إلى أن المعرض سيستمر.",
            "وقال مسؤول محلي إن الطريق أغلق، وذكر مسؤول أمني أن التحقيق مستمر.",
        ],
        true,
    );
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "سامي العبادي" && *k == EntityKind::Person),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.contains("محلي") || n.contains("أمني") || n.contains("النشاط")),
        "{found:?}"
    );
}

/// After «د.» a first name in ة is a woman's (د. عائشة السالمي), seen once as any full name
/// after a title; without the abbreviation a noun in ة (حالة) opens no name.
#[test]
fn a_womans_name_in_ta_after_the_doctors_abbreviation() {
    let found = discovered(&[
        "وافتتحت المعرض د. عائشة السالمي أمس.",
        "وأعلن الرئيس حالة طوارئ عامة.",
    ]);
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "عائشة السالمي" && *k == EntityKind::Person),
        "{found:?}"
    );
    assert!(!found.iter().any(|(n, _)| n.contains("حالة")), "{found:?}");
}
