use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::*;
use crate::analyse::Matcher;

fn names_of(e: &Entry) -> impl Iterator<Item = &String> {
    std::iter::once(&e.name).chain(&e.aliases)
}

/// `gazetteer.json` is what the binary embeds: it must be the merge of `cldr.json`,
/// `geonames.json` and `curated.yaml` as committed. After editing either, regenerate it with
/// `SAHIFA_WRITE_GAZETTEER=1 cargo test --lib load::gazetteer`.
#[test]
fn the_embedded_file_is_the_merge_of_the_sources() {
    let merged = merge(CLDR_JSON, GEONAMES_JSON, CURATED_YAML).expect("the sources merge");
    let json = to_json(&merged);
    if std::env::var_os("SAHIFA_WRITE_GAZETTEER").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/gazetteer/gazetteer.json");
        std::fs::write(path, &json).unwrap();
        return;
    }
    assert!(
        json == GAZETTEER_JSON,
        "data/gazetteer/gazetteer.json is stale: run \
         SAHIFA_WRITE_GAZETTEER=1 cargo test --lib load::gazetteer"
    );
    assert_eq!(gazetteer().unwrap(), &merged);
}

#[test]
fn the_embedded_data_merges_without_problems() {
    let g = gazetteer().expect("the gazetteer parses");
    assert_eq!(problems(g), Vec::<String>::new());
    assert!(!g.cldr_version.is_empty());
}

#[test]
fn every_entry_compiles_into_the_matcher() {
    if let Err(errors) = Matcher::build(&entities().unwrap()) {
        let messages: Vec<String> = errors
            .iter()
            .map(|d| format!("{}: {}", d.path.display(), d.message))
            .collect();
        panic!("{} problems:\n{}", messages.len(), messages.join("\n"));
    }
}

#[test]
fn no_two_entries_share_a_name_unless_both_mark_it_ambiguous() {
    let g = gazetteer().unwrap();
    let mut claims: HashMap<String, Vec<(&str, bool)>> = HashMap::new();
    for e in &g.entries {
        let ambiguous: HashSet<String> = e.ambiguous.iter().map(|a| normalize_name(a)).collect();
        for n in names_of(e) {
            let key = normalize_name(n);
            let marked = ambiguous.contains(&key);
            claims.entry(key).or_default().push((&e.id, marked));
        }
    }
    let shared: Vec<String> = claims
        .iter()
        .filter(|(_, c)| c.len() > 1 && c.iter().any(|(_, marked)| !marked))
        .map(|(k, c)| format!("{k}: {c:?}"))
        .collect();
    assert_eq!(shared, Vec::<String>::new());
    // The known pairs are there, and shared.
    assert_eq!(claims[&normalize_name("طرابلس")].len(), 2);
    assert_eq!(claims[&normalize_name("عمان")].len(), 2);
}

/// Two towns that share a name (الإسكندرية in Egypt and in Iraq) both take the town's cue
/// words: «مدينة» tells a town from a country (مدينة عمان is not Oman) but not one town from
/// another, and a cue only one of them lists would hand it every «مدينة الإسكندرية», even in
/// an article on Babil.
#[test]
fn towns_that_share_a_name_share_the_town_cues() {
    const TOWN_CUES: [&str; 2] = ["مدينة", "بلدة"];
    let g = gazetteer().unwrap();
    let mut towns: HashMap<String, Vec<&Entry>> = HashMap::new();
    for e in g.entries.iter().filter(|e| e.class == Class::City) {
        for a in &e.ambiguous {
            towns.entry(normalize_name(a)).or_default().push(e);
        }
    }
    let mut wrong = Vec::new();
    for (name, sharers) in towns.iter().filter(|(_, s)| s.len() > 1) {
        for cue in TOWN_CUES {
            let with: Vec<&str> = sharers
                .iter()
                .filter(|e| e.cues.iter().any(|c| c == cue))
                .map(|e| e.id.as_str())
                .collect();
            if !with.is_empty() && with.len() < sharers.len() {
                wrong.push(format!("{name}: only {with:?} has the cue {cue}"));
            }
        }
    }
    wrong.sort();
    assert_eq!(wrong, Vec::<String>::new());
}

#[test]
fn every_demonym_differs_from_every_name() {
    let g = gazetteer().unwrap();
    let names: HashSet<String> = g
        .entries
        .iter()
        .flat_map(names_of)
        .map(|n| normalize_name(n))
        .collect();
    let clashes: Vec<(&str, &String)> = g
        .entries
        .iter()
        .flat_map(|e| e.demonyms.iter().map(move |d| (e.id.as_str(), d)))
        .filter(|(_, d)| names.contains(&normalize_name(d)))
        .collect();
    assert_eq!(clashes, Vec::<(&str, &String)>::new());
}

#[test]
fn a_demonym_expands_to_its_regular_forms_but_never_to_a_name() {
    let g = gazetteer().unwrap();
    let find = |id: &str| g.entries.iter().find(|e| e.id == id).unwrap();
    let egypt = &find("egypt").demonyms;
    for form in [
        "مصري",
        "مصرية",
        "مصريون",
        "مصريين",
        "المصري",
        "المصرية",
        "المصريون",
        "المصريين",
    ] {
        assert!(egypt.contains(&form.to_string()), "{form} in {egypt:?}");
    }
    // سورية is one of Syria's names: the adjective form is left out, its ال form is kept.
    let syria = &find("syria").demonyms;
    assert!(!syria.contains(&"سورية".to_string()), "{syria:?}");
    assert!(syria.contains(&"السورية".to_string()), "{syria:?}");
    assert!(find("russia").demonyms.contains(&"الروس".to_string()));
}

#[test]
fn curated_amendments_replace_names_and_extend_lists() {
    let g = gazetteer().unwrap();
    let find = |id: &str| g.entries.iter().find(|e| e.id == id);
    let saudi = find("saudi-arabia").unwrap();
    assert_eq!(saudi.name, "السعودية");
    assert!(
        saudi
            .aliases
            .contains(&"المملكة العربية السعودية".to_string())
    );
    assert_eq!(saudi.class, Class::Country);
    // CLDR's zone name سمراء (Samara) is a common word: replaced, not kept as an alias.
    let samara = find("samara").unwrap();
    assert_eq!((samara.name.as_str(), samara.aliases.len()), ("سامارا", 0));
    // Dropped zone cities are gone.
    assert!(find("nome").is_none() && find("truk").is_none());
}

#[test]
fn descriptions_come_from_class_and_containment() {
    let all = entities().unwrap();
    let find = |id: &str| all.iter().find(|e| e.id == id).unwrap();
    assert_eq!(find("cairo").description, "عاصمة مصر.");
    assert_eq!(find("alexandria").description, "مدينة في مصر.");
    assert_eq!(find("egypt").description, "دولة في شمال أفريقيا.");
    assert_eq!(find("who").description, "هيئة تتبع الأمم المتحدة.");
    assert_eq!(find("nato").kind, EntityKind::Organization);
    assert_eq!(find("gaza-strip").kind, EntityKind::Place);
    assert!(all.iter().all(|e| e.origin == Origin::Gazetteer));
}

#[test]
fn every_reviewed_homograph_is_marked_as_reviewed() {
    let g = gazetteer().unwrap();
    let ambiguous: HashSet<String> = g
        .entries
        .iter()
        .flat_map(|e| &e.ambiguous)
        .map(|a| normalize_name(a))
        .collect();
    // A town dropped in review (`drop: true` in curated.yaml) must be gone.
    let towns: serde_json::Value = serde_json::from_str(GEONAMES_JSON).unwrap();
    let town_ids: HashSet<&str> = towns["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["id"].as_str())
        .collect();
    let town_names: HashSet<&str> = g
        .entries
        .iter()
        .filter(|e| town_ids.contains(e.id.as_str()))
        .map(|e| e.name.as_str())
        .collect();
    let review = include_str!("../../../data/gazetteer/homographs.tsv");
    let mut wrong = Vec::new();
    for line in review.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (name, decision) = (cols.next().unwrap(), cols.next().unwrap_or(""));
        let marked = ambiguous.contains(&normalize_name(name));
        match decision {
            "ambiguous" if !marked => {
                wrong.push(format!("{name} is reviewed ambiguous, not marked"))
            }
            "name" if marked => wrong.push(format!("{name} is reviewed a name, marked ambiguous")),
            "dropped" if town_names.contains(name) => wrong.push(format!(
                "{name} is reviewed dropped, but a GeoNames town has it"
            )),
            "ambiguous" | "name" | "dropped" => {}
            other => wrong.push(format!("{name}: unknown decision `{other}`")),
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}

fn registry_entity(id: &str, name: &str, aliases: &[&str]) -> Entity {
    Entity {
        path: PathBuf::from(format!("content/entities/{id}.md")),
        id: id.into(),
        kind: EntityKind::Place,
        meta: EntityMeta {
            id: Some(id.into()),
            kind: Some(EntityKind::Place),
            name: Some(name.into()),
            name_en: None,
            wikidata: None,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            ambiguous: vec![],
            cues: vec![],
            cue_words: vec![],
            demonyms: vec![],
            not: vec![],
            context: vec![],
            country: None,
            allow_short: false,
        },
        description: String::new(),
        text: String::new(),
        origin: Origin::Registry,
        confirmed_by: vec![],
        country: None,
    }
}

#[test]
fn the_registry_wins_by_id_by_name_and_by_alias() {
    let gazetteer = &entities().unwrap();
    let registry = vec![
        // Same id: the registry's Egypt replaces the gazetteer's.
        registry_entity("egypt", "جمهورية مصر", &[]),
        // Another id, the gazetteer's name: the gazetteer's Russia is dropped.
        registry_entity("روسيا", "روسيا", &[]),
        // An alias only: the gazetteer's United States stays, without أمريكا.
        registry_entity("america-magazine", "مجلة أمريكا", &["أمريكا"]),
    ];
    let all = layer(registry, gazetteer);
    assert_eq!(all[0].origin, Origin::Registry);
    assert_eq!(all.iter().filter(|e| e.id == "egypt").count(), 1);
    assert_eq!(
        all.iter().find(|e| e.id == "egypt").unwrap().origin,
        Origin::Registry
    );
    assert!(all.iter().all(|e| e.id != "russia"));
    let us = all.iter().find(|e| e.id == "united-states").unwrap();
    assert!(!us.meta.aliases.contains(&"أمريكا".to_string()));
    assert!(us.meta.aliases.contains(&"أميركا".to_string()));
    assert_eq!(all.len(), gazetteer.len() - 2 + 3);
    Matcher::build(&all).expect("the layered site compiles");
}

#[test]
fn off_means_the_registry_alone() {
    let registry = vec![registry_entity("x", "س", &[])];
    assert_eq!(with_registry(registry.clone(), false).unwrap().len(), 1);
    assert!(with_registry(registry, true).unwrap().len() > 500);
}

#[test]
fn parsing_the_gazetteer_is_fast() {
    // What a build does: read the embedded JSON and make entities. The budget is 20 ms on top
    // of a release build (with the matcher); a debug test build is far slower, so this only
    // guards against an order-of-magnitude regression.
    let started = std::time::Instant::now();
    let g: Gazetteer = serde_json::from_str(GAZETTEER_JSON).unwrap();
    let entities = to_entities(&g.entries, |_| true);
    assert!(entities.len() > 800);
    assert!(started.elapsed() < std::time::Duration::from_millis(2000));
}

#[test]
fn geonames_towns_come_in_under_the_cldr_and_curated_names() {
    let g = gazetteer().unwrap();
    let find = |id: &str| g.entries.iter().find(|e| e.id == id);
    let named = |name: &str| -> Vec<&str> {
        let key = normalize_name(name);
        g.entries
            .iter()
            .filter(|e| names_of(e).any(|n| normalize_name(n) == key))
            .map(|e| e.id.as_str())
            .collect()
    };
    assert!(!g.geonames_version.is_empty());
    // Towns news names, with the spelling Arabic news uses and their containing country.
    for (name, id, country) in [
        ("الأحساء", "al-hufuf", "saudi-arabia"),
        ("جازان", "jizan", "saudi-arabia"),
        ("بعقوبة", "baqubah", "iraq"),
        ("الوكرة", "al-wakrah", "qatar"),
        ("نزوى", "nizwa", "oman"),
        ("جبيل", "byblos", "lebanon"),
        ("قنا", "qina", "egypt"),
    ] {
        assert_eq!(named(name), [id], "{name}");
        assert_eq!(find(id).unwrap().contained_in.as_deref(), Some(country));
    }
    // A town CLDR or the curated file already has is not added twice (GeoNames' ترطوس).
    assert_eq!(named("طرطوس"), ["tartus"]);
    assert!(find("tartus-sy").is_none());
    // A town written like an adjective is left out, so the adjective stays India's.
    assert!(find("al-hindiyah").is_none());
    assert!(
        find("india")
            .unwrap()
            .demonyms
            .contains(&"الهندية".to_string())
    );
    // Word-like towns are ambiguous (العين "the eye"), or dropped (المدينة "the city").
    assert!(
        find("al-ain-city")
            .unwrap()
            .ambiguous
            .contains(&"العين".to_string())
    );
    assert!(find("al-madinah").is_none());
    // A club named like its town shares the name when both mark it ambiguous: the town is
    // kept beside the club, not left out as written like another entry.
    for id in ["ar-rayyan", "al-rayyan-sc"] {
        let e = find(id).unwrap();
        assert!(e.ambiguous.contains(&"الريان".to_string()), "{id}");
    }
    let towns = g.entries.iter().filter(|e| e.class == Class::City).count();
    assert!(towns > 1_200, "{towns} cities");
}

/// A bank named with its country and an adjective is «البنك <adjective>» later in an article:
/// an ambiguous alias, linked only where the article has the full name.
#[test]
fn a_bank_of_a_country_has_its_short_form() {
    let kuwait = |w: &str| w == "الكويت";
    assert_eq!(
        bank_short_form("بنك الكويت التجاري", kuwait).as_deref(),
        Some("البنك التجاري")
    );
    assert_eq!(
        bank_short_form("مصرف الكويت الإسلامي", kuwait).as_deref(),
        Some("المصرف الإسلامي")
    );
    // Not a place in the middle (بنك التنمية الأفريقي), nor another head, nor two words.
    assert_eq!(bank_short_form("بنك التنمية الأفريقي", kuwait), None);
    assert_eq!(bank_short_form("شركة الكويت الوطنية", kuwait), None);
    assert_eq!(bank_short_form("بنك الكويت", kuwait), None);
    let nbk = entities()
        .unwrap()
        .into_iter()
        .find(|e| e.id == "nbk")
        .unwrap();
    assert!(nbk.meta.ambiguous.iter().any(|a| a == "البنك الوطني"));
}

/// «قضت المحكمة بعقوبة حبسية» is ب + عقوبة «with a penalty» in every court report (fresh set
/// 11): Baqubah is linked only with a cue or with Iraq or Diyala named.
#[test]
fn baqubah_waits_for_a_cue_or_iraq() {
    let g = gazetteer().unwrap();
    let e = g.entries.iter().find(|e| e.id == "baqubah").unwrap();
    assert!(e.ambiguous.contains(&"بعقوبة".to_string()));
    assert!(e.confirmed_by.contains(&"iraq".to_string()));
}

/// A division from GeoNames' admin codes is a region, an Algerian commune (no GeoNames id) a
/// city; a one-word name waits for its province (`geonames.py`, `divisions.py`).
#[test]
fn divisions_are_regions_and_communes_wait_for_their_wilaya() {
    let g = gazetteer().unwrap();
    let find = |id: &str| g.entries.iter().find(|e| e.id == id).unwrap();
    assert_eq!(find("wadi-ad-dawasir").class, Class::Region);
    assert_eq!(
        find("wadi-ad-dawasir").contained_in.as_deref(),
        Some("saudi-arabia")
    );
    let bethioua = find("bethioua");
    assert_eq!(bethioua.class, Class::City);
    assert_eq!(bethioua.ambiguous, ["بطيوة"]);
    assert_eq!(bethioua.confirmed_by, ["oran"]);
    // A town's fields stay as they were: a GeoNames town without `class` is a city.
    let merged = merge(
        CLDR_JSON,
        r#"{"version":"t","entries":[
{"id":"x-town","name":"تاونة","name_en":"X","in":"egypt","population":1,"geonames":1},
{"id":"x-division","class":"region","name":"دقسمة","name_en":"Y","in":"egypt","geonames":2},
{"id":"x-commune","name":"قمونة","name_en":"Z","in":"algeria","commune":"31000"},
{"id":"x-phrase","name":"عين الزيتون","name_en":"W","in":"algeria","commune":"31001","confirmed_by":["algeria"]}]}"#,
        "entries: []\n",
    )
    .unwrap();
    let class = |id: &str| merged.entries.iter().find(|e| e.id == id).unwrap().class;
    assert_eq!(class("x-town"), Class::City);
    assert_eq!(class("x-division"), Class::Region);
    assert_eq!(class("x-commune"), Class::City);
    // Confirmers without a cue still make the name wait for them.
    let phrase = merged.entries.iter().find(|e| e.id == "x-phrase").unwrap();
    assert_eq!(phrase.ambiguous, ["عين الزيتون"]);
    assert!(phrase.cues.is_empty());
}

/// A word that reads as a clitic + a one-word name but is an ordinary word (بنوك «banks», not
/// ب + نوك; كحولي «alcoholic», not ك + حولي) is never linked: each one reviewed as a `word` in
/// `clitic_homographs.tsv` (listed by `scripts/gazetteer/clitic_homographs.py`) is a `not`
/// phrase of its entry, and the matcher finds nothing in it; one reviewed as a `name` is not.
#[test]
fn every_reviewed_clitic_homograph_is_never_linked() {
    let g = gazetteer().unwrap();
    let blocked: HashSet<&str> = g
        .entries
        .iter()
        .flat_map(|e| &e.not)
        .map(String::as_str)
        .collect();
    let matcher = Matcher::build(&entities().unwrap()).unwrap();
    let review = include_str!("../../../data/gazetteer/clitic_homographs.tsv");
    let mut wrong = Vec::new();
    for line in review.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (form, decision) = (cols.next().unwrap(), cols.next().unwrap_or(""));
        match decision {
            "word" => {
                let found = matcher.find(&format!("وقال إن {form} كثيرة هنا."));
                if !blocked.contains(form) || !found.is_empty() {
                    wrong.push(format!("{form} is reviewed a word, but is linked"));
                }
            }
            "name" if blocked.contains(form) => {
                wrong.push(format!("{form} is reviewed a name, but is a `not` phrase"))
            }
            "name" => {}
            other => wrong.push(format!("{form}: unknown decision `{other}`")),
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}
