//! Divisions of the Arab world from GeoNames (admin1–3) and Algeria's communes end to end, with
//! an empty registry (docs/gazetteer.md, *Divisions and communes*): linked where the article
//! names them as places, and never where the same letters are a person's name or a phrase.

use crate::common;

use common::linked_entities;

const CONFIG: &str = "title: \"صحيفتي\"\nbase_url: \"https://example.github.io/my-site/\"\n";

fn entities_of(body: &str) -> Vec<String> {
    linked_entities(CONFIG, body)
}

fn has(found: &[String], id: &str) -> bool {
    found.iter().any(|e| e == id)
}

#[test]
fn communes_of_oran_are_linked_with_their_wilaya_named() {
    let found = entities_of(
        "وأعلن والي وهران توزيع 1000 مسكن ببطيوة و900 وحدة بمسرغين، إلى جانب مستشفى بوادي تليلات وآخر ببئر الجير.",
    );
    for id in [
        "oran",
        "bethioua",
        "messerghin",
        "oued-tlelat",
        "bir-el-djir",
    ] {
        assert!(has(&found, id), "{id} in {found:?}");
    }
}

#[test]
fn a_one_word_commune_waits_for_its_wilaya() {
    let found = entities_of("وتم توزيع 1000 مسكن ببطيوة و900 وحدة بمسرغين في الجزائر.");
    assert!(!has(&found, "bethioua"), "{found:?}");
    assert!(!has(&found, "messerghin"), "{found:?}");
}

#[test]
fn a_surname_shaped_like_a_commune_stays_a_person() {
    // المساعيد and بوعلام are Algerian communes, and a Jordanian judge's and an Algerian
    // player's names: neither is in the gazetteer (family shape, بو).
    let found = entities_of(
        "وتلا رئيس المحكمة القاضي العسكري موفق المساعيد وقائع الدعوى. وقال اللاعب بوعلام مصمودي في وهران إن الفريق جاهز.",
    );
    assert!(
        !found
            .iter()
            .any(|e| e.starts_with("el-messaid") || e.starts_with("boualem")),
        "{found:?}"
    );
}

#[test]
fn gulf_and_saudi_districts_are_linked() {
    let found = entities_of(
        "وافتتحت البلدية مركزا صحيا في جليب الشيوخ، وأعلنت محافظة وادي الدواسر بدء المشروع.",
    );
    for id in ["jalib-ash-shuyukh", "wadi-ad-dawasir"] {
        assert!(has(&found, id), "{id} in {found:?}");
    }
}

#[test]
fn a_division_the_curated_file_names_in_full_is_not_linked_bare() {
    // «منطقة الحدود الشمالية» is Saudi Arabia's; bare, «the northern borders» of any country.
    let found = entities_of("وقال المسؤول في السعودية إن الوضع على الحدود الشمالية لإسرائيل متوتر.");
    assert!(!found.iter().any(|e| e.contains("hudud")), "{found:?}");
}

#[test]
fn a_division_of_a_small_state_is_confirmed_by_its_country_s_places() {
    // Lebanon's districts are named bare; جبيل (Byblos) confirms Lebanon.
    let found = entities_of("وتأتي الانتخابات البلدية في قضائي جبيل وكسروان في إطار المهلة.");
    assert!(has(&found, "caza-du-kesrouane"), "{found:?}");
    // Alone, with no place of Lebanon, the name waits.
    let found = entities_of("وقال الشاعر إن كسروان جميلة.");
    assert!(!has(&found, "caza-du-kesrouane"), "{found:?}");
}

#[test]
fn a_commune_named_by_a_common_phrase_waits_for_algeria() {
    // عين الزيتون is an Algerian commune and «an olive spring» anywhere.
    let found = entities_of("وزار الوفد قرية عين الزيتون في الضفة الغربية.");
    assert!(
        !found.iter().any(|e| e.starts_with("ain-zitoun")),
        "{found:?}"
    );
}
