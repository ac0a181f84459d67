//! The held-out evaluation of entity finding (issues 13 and 14): fifteen Arabic texts by the
//! US government (public domain, 17 U.S.C. §105; tests/eval/SOURCES.md) with a gold list made
//! by reading (tests/eval/gold.tsv; conventions in tests/eval/gold.spec and docs/quality.md).
//!
//! Each test builds the texts as a site with an empty registry using the real binary
//! (`sahifa mentions --json`) in one configuration, prints recall by type and the precision of
//! everything linked, and asserts floors a little under the values measured when the set was
//! made (2026-11-30, main at c91ab34), so a regression fails. Raise the floors when the
//! linker improves.
//!
//! A found mention is correct when the gold has a mention of the same type at the same file,
//! line and column (the name's first letter, after any clitic) and the entity is the gold's:
//! its name equals one of the gold's canonical names after normalisation, or, for a
//! discovered entity, one contains the other word for word, unless its name ends with one
//! country's demonym and the gold's names say another (مجلس النواب اللبناني is not the gold's
//! مجلس النواب العراقي|مجلس النواب), and a body named with its country's demonym is the
//! gold's named with the country in brackets. Mentions in titles are not
//! scored. Recall counts top-level gold names; a name nested in a longer one (القدس الشرقية in
//! شبكة مستشفيات القدس الشرقية) is not required, but linking it is not a false positive.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const TYPES: [&str; 3] = ["person", "place", "organization"];

struct GoldMention {
    kind: String,
    canonical: Vec<String>,
    top_level: bool,
}

type Position = (String, usize, usize);

/// Gold mentions by position: a place nested in an organisation may start where it starts.
fn gold() -> BTreeMap<Position, Vec<GoldMention>> {
    let text = include_str!("eval/gold.tsv");
    let mut gold = BTreeMap::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 7, "bad gold line: {line}");
        let position = (
            f[0].to_string(),
            f[1].parse().unwrap(),
            f[2].parse().unwrap(),
        );
        let mention = GoldMention {
            kind: f[4].to_string(),
            canonical: f[5].split('|').map(normalise).collect(),
            top_level: f[6] == "top",
        };
        let here: &mut Vec<GoldMention> = gold.entry(position).or_default();
        assert!(
            here.iter().all(|g| g.kind != mention.kind),
            "duplicate: {line}"
        );
        here.push(mention);
    }
    gold
}

/// For comparing names: tashkeel and tatweel dropped, hamza seats, ى and ة folded,
/// punctuation as spaces, Latin lower-cased.
fn normalise(name: &str) -> String {
    let folded: String = name
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect::<String>()
        .to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The texts of tests/eval built as a site whose config.yaml ends with `settings`; every
/// mention `sahifa mentions --json` reports.
fn found_mentions(settings: &str) -> Vec<serde_json::Value> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("content/articles");
    fs::create_dir_all(&articles).unwrap();
    let mut texts = 0;
    for entry in fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.len() == 5 && name.ends_with(".md") && name[..2].chars().all(|c| c.is_ascii_digit())
        {
            fs::copy(&path, articles.join(&name)).unwrap();
            texts += 1;
        }
    }
    assert!(texts >= 12, "only {texts} texts in tests/eval");
    fs::write(
        dir.path().join("config.yaml"),
        format!("title: \"تقييم\"\nbase_url: \"https://example.org/\"\n{settings}\n"),
    )
    .unwrap();
    common::mentions_json(dir.path())
}

#[derive(Default)]
struct Score {
    needed: BTreeMap<String, usize>,
    found: BTreeMap<String, usize>,
    correct: usize,
    linked: usize,
    errors: Vec<String>,
}

impl Score {
    fn recall(&self, kind: &str) -> f64 {
        let needed = self.needed.get(kind).copied().unwrap_or(0);
        let found = self.found.get(kind).copied().unwrap_or(0);
        found as f64 / needed.max(1) as f64
    }

    fn recall_all(&self) -> f64 {
        let needed: usize = self.needed.values().sum();
        let found: usize = self.found.values().sum();
        found as f64 / needed.max(1) as f64
    }

    fn precision(&self) -> f64 {
        if self.linked == 0 {
            1.0
        } else {
            self.correct as f64 / self.linked as f64
        }
    }
}

fn str_field<'a>(record: &'a serde_json::Value, key: &str) -> &'a str {
    record[key].as_str().unwrap_or("")
}

fn is_the_gold_entity(record: &serde_json::Value, gold: &GoldMention) -> bool {
    let name = normalise(str_field(record, "name"));
    if gold.canonical.contains(&name) {
        return true;
    }
    let discovered = str_field(record, "origin") == "discovered";
    let padded = format!(" {name} ");
    if !discovered || of_another_country(&name, &gold.canonical) {
        return false;
    }
    gold.canonical
        .iter()
        .any(|c| same_body_of_country(&name, c))
        || gold.canonical.iter().any(|c| {
            let c = format!(" {c} ");
            padded.contains(&c) || c.contains(&padded)
        })
}

/// Country names (normalised, without the article, one word) → the gazetteer's ids.
fn countries() -> &'static BTreeMap<String, BTreeSet<String>> {
    static COUNTRIES: std::sync::OnceLock<BTreeMap<String, BTreeSet<String>>> =
        std::sync::OnceLock::new();
    COUNTRIES.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer/gazetteer.json");
        let data: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for e in data["entries"].as_array().unwrap() {
            if e["class"] != "country" {
                continue;
            }
            let aliases = e["aliases"].as_array().into_iter().flatten();
            for n in std::iter::once(&e["name"]).chain(aliases) {
                let n = normalise(n.as_str().unwrap_or(""));
                if n.contains(' ') {
                    continue;
                }
                let bare = n.strip_prefix("ال").unwrap_or(&n).to_string();
                out.entry(bare)
                    .or_default()
                    .insert(e["id"].as_str().unwrap_or("").to_string());
            }
        }
        out
    })
}

/// The gazetteer's countries a normalised word names: the country (العراق، سوريا) or its
/// demonym with the article (العراقي، السوريه).
fn countries_in(word: &str) -> BTreeSet<String> {
    let bare = word.strip_prefix("ال").unwrap_or(word);
    let mut named = countries().get(bare).cloned().unwrap_or_default();
    let stem = word
        .strip_prefix("ال")
        .and_then(|w| w.strip_suffix("يه").or_else(|| w.strip_suffix('ي')));
    if let Some(stem) = stem.filter(|s| s.chars().count() >= 3) {
        for (name, ids) in countries() {
            if name.starts_with(stem) {
                named.extend(ids.iter().cloned());
            }
        }
    }
    named
}

/// A discovered body named after one country (مجلس النواب اللبناني) where the gold names
/// another (مجلس النواب العراقي|مجلس النواب, or «وزارة الطاقة (سوريا)»): containing the gold's
/// bare name does not make it the same body.
fn of_another_country(name: &str, canonical: &[String]) -> bool {
    let ours = countries_in(name.rsplit(' ').next().unwrap_or(""));
    if ours.is_empty() {
        return false;
    }
    let theirs: BTreeSet<String> = canonical
        .iter()
        .flat_map(|c| c.split(' ').skip(1).flat_map(countries_in))
        .collect();
    !theirs.is_empty() && ours.is_disjoint(&theirs)
}

/// The same body and country, one named with the demonym, the other with the country in
/// brackets (وزارة الطاقة والمياه اللبنانية, the gold's «وزارة الطاقة والمياه (لبنان)»).
fn same_body_of_country(name: &str, canonical: &str) -> bool {
    fn split(n: &str) -> (Vec<&str>, BTreeSet<String>) {
        let words: Vec<&str> = n.split(' ').collect();
        let kept: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|&(i, w)| i == 0 || countries_in(w).is_empty())
            .map(|(_, w)| *w)
            .collect();
        let lands: BTreeSet<String> = words.iter().skip(1).flat_map(|w| countries_in(w)).collect();
        (kept, lands)
    }
    let ((a, ours), (b, theirs)) = (split(name), split(canonical));
    a == b && !ours.is_disjoint(&theirs)
}

fn score(gold: &BTreeMap<Position, Vec<GoldMention>>, found: &[serde_json::Value]) -> Score {
    let mut s = Score::default();
    for g in gold.values().flatten().filter(|g| g.top_level) {
        *s.needed.entry(g.kind.clone()).or_default() += 1;
    }
    let mut hit: BTreeSet<Position> = BTreeSet::new();
    let found_at: BTreeSet<Position> = found.iter().map(position_of).collect();
    for record in found {
        if record["in_title"].as_bool() == Some(true) || record["in_source"].as_bool() == Some(true)
        {
            continue;
        }
        s.linked += 1;
        let position = position_of(record);
        let (line, column) = (position.1, position.2);
        let kind = str_field(record, "type");
        let described = format!(
            "{}:{line}:{column} «{}» → {} ({kind}, {})",
            position.0,
            str_field(record, "surface"),
            str_field(record, "name"),
            str_field(record, "origin")
        );
        let same_type = gold
            .get(&position)
            .and_then(|here| here.iter().find(|g| g.kind == kind));
        match same_type {
            Some(g) if is_the_gold_entity(record, g) => {
                s.correct += 1;
                if g.top_level && hit.insert(position.clone()) {
                    *s.found.entry(g.kind.clone()).or_default() += 1;
                }
            }
            Some(_) => s.errors.push(format!("wrong entity: {described}")),
            None => s.errors.push(format!("false positive: {described}")),
        }
    }
    for (position, here) in gold {
        for g in here.iter().filter(|g| g.top_level) {
            if !found_at.contains(position) {
                s.errors.push(format!(
                    "missed: {}:{}:{} ({})",
                    position.0, position.1, position.2, g.kind
                ));
            }
        }
    }
    s
}

/// File name, line and the column of the name's first letter (the JSON's column is the
/// clitic's).
fn position_of(record: &serde_json::Value) -> Position {
    let file = str_field(record, "file")
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let clitic = str_field(record, "clitic").chars().count();
    let line = record["line"].as_u64().unwrap() as usize;
    let column = record["column"].as_u64().unwrap() as usize + clitic;
    (file, line, column)
}

fn report(configuration: &str, s: &Score) {
    println!("== {configuration}");
    for kind in TYPES {
        println!(
            "recall {kind:<13} {:>3}/{:<3} = {:.3}",
            s.found.get(kind).copied().unwrap_or(0),
            s.needed.get(kind).copied().unwrap_or(0),
            s.recall(kind)
        );
    }
    println!("recall all           = {:.3}", s.recall_all());
    println!(
        "precision     {:>3}/{:<3} = {:.3}",
        s.correct,
        s.linked,
        s.precision()
    );
    for e in &s.errors {
        println!("{e}");
    }
}

fn evaluate(configuration: &str, settings: &str) -> Score {
    let gold = gold();
    assert!(gold.values().flatten().count() > 150, "gold list loaded");
    let s = score(&gold, &found_mentions(settings));
    report(configuration, &s);
    s
}

/// Without the gazetteer and discovery an empty registry links nothing: the baseline the
/// other two are measured against, and a check that `gazetteer: false` still turns it off.
#[test]
fn empty_registry_without_gazetteer_or_discovery_links_nothing() {
    let s = evaluate(
        "empty registry, gazetteer: false, discovery: off",
        "gazetteer: false\ndiscovery: off",
    );
    assert_eq!(s.linked, 0, "{:?}", s.errors);
}

/// Measured 2026-11-30: place 75/89 = 0.843, organisation 5/35 = 0.143, person 0/25,
/// precision 84/84 = 1.000; with the curated US institutions (الكونغرس، وزارة الخارجية
/// الأمريكية، الوكالة الأمريكية للتنمية الدولية …) and القوات المسلحة السودانية: organisation
/// 15/35 = 0.429, precision 94/94; after the seventh session (Darfur's states, branch s7-ev):
/// place 79/89 = 0.888, precision 97/97.
#[test]
fn gazetteer_alone_finds_places_and_international_bodies() {
    let s = evaluate("gazetteer only, discovery: off", "discovery: off");
    assert!(
        s.recall("place") >= 0.86,
        "place recall {:.3}",
        s.recall("place")
    );
    assert!(
        s.recall("organization") >= 0.40,
        "organisation recall {:.3}",
        s.recall("organization")
    );
    assert!(s.precision() >= 0.97, "precision {:.3}", s.precision());
}

/// Measured 2026-11-30: person 12/25 = 0.480, place 75/89 = 0.843, organisation 6/35 =
/// 0.171, all 93/149 = 0.624, precision 98/98 = 1.000; after the organisation heads of issue
/// 14 (main at 387d2c9): person 11/25 = 0.440, organisation 16/35 = 0.457, all 102/149 =
/// 0.685, precision 107/110 = 0.973; after people without a title (verbs of saying, lists,
/// apposition, middle initials), discovered places after their kind word, the US institutions
/// and the ل + ال fix (branch s3-recall): person 18/25 = 0.720, place 78/89 = 0.876,
/// organisation 29/35 = 0.829, all 125/149 = 0.839, precision 127/127 = 1.000; after the
/// rules for local news (venues with their kind word: معبد الأسود المجنّحة; branch s4-recall):
/// place 79/89 = 0.888, all 126/149 = 0.846, precision 128/128 = 1.000; on main before
/// session 5 and after its rules (branch s5-recall): person 18/25 = 0.720, place 82/89 =
/// 0.921, organisation 29/35 = 0.829, all 129/149 = 0.866, precision 131/131 = 1.000; the same
/// after the sixth session (clubs, companies and media in the gazetteer, surnames ambiguous);
/// after the seventh (branch s7-ev): place 83/89 = 0.933, all 130/149 = 0.872, precision
/// 131/131. Session 47: organisation 27/35 = 0.771, precision 129/130, as the score now
/// counts a body of another country as wrong: text 08's «لوزارة الخارجية» (the State
/// Department) is linked to Sudan's ministry, which containing the gold's bare name had
/// credited.
#[test]
fn gazetteer_and_discovery_find_people_too() {
    let s = evaluate("gazetteer + discovery: auto", "discovery: auto");
    assert!(
        s.recall("person") >= 0.70,
        "person recall {:.3}",
        s.recall("person")
    );
    assert!(
        s.recall("place") >= 0.92,
        "place recall {:.3}",
        s.recall("place")
    );
    assert!(
        s.recall("organization") >= 0.77,
        "organisation recall {:.3}",
        s.recall("organization")
    );
    assert!(s.recall_all() >= 0.85, "recall {:.3}", s.recall_all());
    assert!(s.precision() >= 0.98, "precision {:.3}", s.precision());
}
