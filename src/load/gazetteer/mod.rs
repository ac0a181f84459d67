//! The built-in gazetteer: the world's countries, territories, regions, capitals and major
//! cities, disputed places, seas and the main international organisations, so that a site
//! links them before anyone writes a registry (see `docs/gazetteer.md`).
//!
//! The data is embedded in the binary (no network, no file to install) and parsed once per
//! process. It sits *under* the site's registry: a registry entity with the same id, or one
//! that claims the gazetteer entry's name, replaces it; an alias or demonym the registry claims
//! is taken from the gazetteer entry ([`with_registry`]).

mod data;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::OnceLock;

pub use data::{Class, Entry, Gazetteer, merge, problems, to_json};

use super::document::{Entity, EntityKind, EntityMeta, Origin};
use crate::error::Diagnostic;
use crate::text::normalize::normalize_name;

/// The three sources, merged by `data::merge` into `gazetteer.json`; only the tests read them
/// (they check that the embedded file is their merge).
#[cfg(test)]
const CLDR_JSON: &str = include_str!("../../../data/gazetteer/cldr.json");
#[cfg(test)]
const GEONAMES_JSON: &str = include_str!("../../../data/gazetteer/geonames.json");
#[cfg(test)]
const CURATED_YAML: &str = include_str!("../../../data/gazetteer/curated.yaml");
/// What the binary embeds: the merged entries, demonyms expanded, as compact JSON. Reading it
/// takes about a millisecond; parsing and merging the YAML at every build took ten.
const GAZETTEER_JSON: &str = include_str!("../../../data/gazetteer/gazetteer.json");

/// The merged gazetteer, parsed on first use (a `serve` session rebuilds many times).
pub fn gazetteer() -> Result<&'static Gazetteer, Diagnostic> {
    static PARSED: OnceLock<Result<Gazetteer, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            serde_json::from_str(GAZETTEER_JSON)
                .map_err(|e| format!("data/gazetteer/gazetteer.json: {e}"))
        })
        .as_ref()
        .map_err(|msg| {
            Diagnostic::new(
                "data/gazetteer",
                format!("the built-in gazetteer is broken: {msg}"),
            )
            .with_help(
                "this is a bug in Sahifa; `gazetteer: false` in config.yaml builds without it",
            )
        })
}

/// Whether the gazetteer entry `id` is a region (الخليج، المغرب العربي): a region's demonym
/// (خليجي) names no nation, so no national side either; a team word before it names a club.
pub fn is_region(id: &str) -> bool {
    gazetteer().is_ok_and(|g| {
        g.entries
            .iter()
            .any(|e| e.id == id && e.class == Class::Region)
    })
}

/// The gazetteer as entities, in data order.
pub fn entities() -> Result<Vec<Entity>, Diagnostic> {
    Ok(to_entities(&gazetteer()?.entries, |_| true))
}

/// The site's entities: the registry first (its order and indices unchanged), then, when
/// `enabled`, every gazetteer entity the registry does not replace, without the aliases and
/// demonyms the registry claims. Only the entities kept are made, straight from the parsed
/// data: a build spends its gazetteer time here and in the matcher (issue 13: ≤ 20 ms).
/// A registry entity's `country:` is resolved here, once every place is known: an id no
/// place of the site has is an error of its file.
pub fn with_registry(registry: Vec<Entity>, enabled: bool) -> Result<Vec<Entity>, Vec<Diagnostic>> {
    let mut all = if enabled {
        let claimed = Claimed::by(&registry);
        let entries = &gazetteer().map_err(|d| vec![d])?.entries;
        let kept = to_entities(entries, |e| claimed.leaves(&e.id, &e.name));
        claimed.add_under(registry, kept)
    } else {
        registry
    };
    let problems = give_registry_countries(&mut all);
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(problems)
    }
}

/// [`with_registry`] over any gazetteer (the tests use small ones).
pub fn layer(registry: Vec<Entity>, gazetteer: &[Entity]) -> Vec<Entity> {
    let claimed = Claimed::by(&registry);
    let kept = gazetteer
        .iter()
        .filter(|g| claimed.leaves(&g.id, g.name()))
        .cloned()
        .collect();
    let mut all = claimed.add_under(registry, kept);
    give_registry_countries(&mut all);
    all
}

/// Gives each registry entity that names its `country:` that country, and the country and
/// its places as confirmers of its ambiguous names (as a gazetteer town has). Returns a
/// problem for each `country:` that names no place of the site.
fn give_registry_countries(entities: &mut [Entity]) -> Vec<Diagnostic> {
    let places: HashSet<String> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
        .map(|e| e.id.clone())
        .collect();
    let mut problems = Vec::new();
    let mut with_country = Vec::new();
    for (i, e) in entities.iter_mut().enumerate() {
        let Some(country) = e.meta.country.clone() else {
            continue;
        };
        if places.contains(&country) {
            e.country = Some(country);
            with_country.push(i);
        } else {
            let at = e
                .text
                .lines()
                .position(|l| l.trim_start().starts_with("country:"));
            let d = Diagnostic::new(&e.path, format!("country: no place of the site has the id `{country}`"))
                .with_help("write the id of a country of the gazetteer (`jordan`, `iraq`; docs/gazetteer.md) or of a place in content/entities/");
            problems.push(match at {
                Some(line) => d.at(line + 1, 1),
                None => d,
            });
        }
    }
    for i in with_country {
        let country = entities[i].country.clone().unwrap_or_default();
        let confirmers = places_of_country(entities, &country);
        entities[i].confirmed_by = confirmers;
    }
    problems
}

/// The id `country` and the ids of the places in it whose name is not also a word: who
/// confirms the ambiguous names of a body of that country (مجلس النواب of Jordan's parliament
/// by الأردن، إربد …), as a town is confirmed by its country's places.
pub fn places_of_country(entities: &[Entity], country: &str) -> Vec<String> {
    let inside = entities.iter().filter(|e| {
        e.kind == EntityKind::Place
            && e.id != country
            && e.country.as_deref() == Some(country)
            && std::iter::once(e.name())
                .chain(e.meta.aliases.iter().map(String::as_str))
                .any(|n| !e.meta.ambiguous.iter().any(|a| a == n))
    });
    std::iter::once(country.to_string())
        .chain(inside.map(|e| e.id.clone()))
        .collect()
}

/// What the registry takes from the gazetteer: its ids, and every normalised name, alias and
/// demonym.
struct Claimed {
    ids: HashSet<String>,
    keys: HashSet<String>,
}

impl Claimed {
    fn by(registry: &[Entity]) -> Claimed {
        Claimed {
            ids: registry.iter().map(|e| e.id.clone()).collect(),
            keys: registry.iter().flat_map(all_keys).collect(),
        }
    }

    /// Whether a gazetteer entity with this id and name stays (the registry has neither).
    fn leaves(&self, id: &str, name: &str) -> bool {
        !self.ids.contains(id) && !self.keys.contains(&normalize_name(name))
    }

    /// The registry, then the gazetteer entities kept, each without the names the registry
    /// claims.
    fn add_under(&self, registry: Vec<Entity>, mut kept: Vec<Entity>) -> Vec<Entity> {
        if !self.keys.is_empty() {
            for g in &mut kept {
                let free = |s: &String| !self.keys.contains(&normalize_name(s));
                g.meta.aliases.retain(free);
                g.meta.ambiguous.retain(free);
                g.meta.demonyms.retain(free);
                g.meta.not.retain(free);
            }
        }
        let mut all = registry;
        all.extend(kept);
        all
    }
}

/// Every normalised name, alias and demonym of an entity.
fn all_keys(e: &Entity) -> impl Iterator<Item = String> + '_ {
    std::iter::once(e.name())
        .chain(e.meta.aliases.iter().map(String::as_str))
        .chain(e.meta.demonyms.iter().map(String::as_str))
        .chain(e.meta.not.iter().map(String::as_str))
        .map(normalize_name)
}

/// The entries `keep` accepts, as entities (a description names the containing entry, which
/// may be any).
fn to_entities(entries: &[Entry], keep: impl Fn(&Entry) -> bool) -> Vec<Entity> {
    let by_id: HashMap<&str, &Entry> = entries.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut places_in: HashMap<&str, Vec<&str>> = HashMap::new();
    for e in entries
        .iter()
        .filter(|e| e.class != Class::Organization && has_a_plain_name(e))
    {
        if let Some(parent) = e.contained_in.as_deref() {
            places_in.entry(parent).or_default().push(e.id.as_str());
        }
    }
    entries
        .iter()
        .filter(|e| keep(e))
        .map(|e| {
            let parent = e
                .contained_in
                .as_deref()
                .and_then(|p| by_id.get(p).copied());
            let mut entity = to_entity(e, parent);
            entity.confirmed_by = confirmers(e, &places_in);
            if e.class != Class::Organization {
                entity.country = country_of(e, &by_id);
            }
            entity
        })
        .collect()
}

/// The country or territory `e` lies in (itself for one), up its chain of containment;
/// `None` for a region or a sea above countries. The chain is bounded: data with a loop
/// (which the data test forbids) would otherwise never end.
fn country_of(e: &Entry, by_id: &HashMap<&str, &Entry>) -> Option<String> {
    let mut at = e;
    for _ in 0..8 {
        if matches!(at.class, Class::Country | Class::Territory) {
            return Some(at.id.clone());
        }
        at = by_id.get(at.contained_in.as_deref()?)?;
    }
    None
}

/// Who confirms an entry's ambiguous names: its `confirmed_by`, and the places inside each of
/// them. A town whose name is a word rare in its country's news is confirmed by the country
/// (جنين by the West Bank), and as surely by another of its towns (نابلس, in an article on
/// the West Bank that never names it): the article is about that country either way.
/// Whether an entry can confirm another: only an unambiguous name does (a village named only
/// by a phrase of words, كفر قدوم, would add hundreds of confirmers that never confirm).
fn has_a_plain_name(e: &Entry) -> bool {
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .any(|n| !e.ambiguous.contains(n))
}

/// A set keeps the order-preserving dedup linear: a village confirmed by its country has every
/// place of that country (hundreds in the West Bank) among its confirmers.
fn confirmers(e: &Entry, places_in: &HashMap<&str, Vec<&str>>) -> Vec<String> {
    let mut out = e.confirmed_by.clone();
    let mut seen: HashSet<&str> = e.confirmed_by.iter().map(String::as_str).collect();
    let inside = e
        .confirmed_by
        .iter()
        .flat_map(|c| places_in.get(c.as_str()).into_iter().flatten())
        .filter(|id| **id != e.id);
    for id in inside {
        if seen.insert(id) {
            out.push((*id).to_string());
        }
    }
    out
}

fn to_entity(e: &Entry, parent: Option<&Entry>) -> Entity {
    let kind = if e.class == Class::Organization {
        EntityKind::Organization
    } else {
        EntityKind::Place
    };
    let (mut aliases, mut ambiguous) = (e.aliases.clone(), e.ambiguous.clone());
    // بنك الكويت الوطني … «البنك الوطني»: ambiguous, so linked only where the article has the
    // full name (another country's national bank is «البنك الوطني» at home).
    if kind == EntityKind::Organization
        && let Some(short) =
            parent.and_then(|p| bank_short_form(&e.name, |w| w == normalize_name(&p.name)))
    {
        aliases.push(short.clone());
        ambiguous.push(short);
    }
    if kind == EntityKind::Place
        && let Some(bare) = without_final_hamza(&e.name)
    {
        aliases.push(bare.clone());
        ambiguous.push(bare);
    }
    if kind == EntityKind::Place
        && let Some(joined) = kafr_joined(&e.name)
    {
        aliases.push(joined);
    }
    Entity {
        path: PathBuf::from(format!("gazetteer/{}", e.id)),
        id: e.id.clone(),
        kind,
        meta: EntityMeta {
            id: Some(e.id.clone()),
            kind: Some(kind),
            name: Some(e.name.clone()),
            name_en: e.name_en.clone(),
            wikidata: e.wikidata.clone(),
            aliases,
            ambiguous,
            cues: e.cues.clone(),
            cue_words: Vec::new(),
            demonyms: e.demonyms.clone(),
            not: e.not.clone(),
            context: e.context.clone(),
            country: None,
            allow_short: false,
        },
        description: e.description.clone().unwrap_or_else(|| describe(e, parent)),
        text: String::new(),
        origin: Origin::Gazetteer,
        confirmed_by: e.confirmed_by.clone(),
        country: None,
    }
}

/// A place's name ending in «اء» as news often writes it, the final hamza dropped (المخاء →
/// المخا، كربلاء → كربلا، صنعاء → صنعا). Ambiguous, so linked only with evidence: the bare
/// form may be another word or name (سامرا is also a given name).
fn without_final_hamza(name: &str) -> Option<String> {
    let stem = name.strip_suffix("اء")?;
    // At least two letters before the ending (not «ماء» alone).
    let last_word = stem.rsplit(' ').next().unwrap_or(stem);
    (last_word.chars().count() >= 2).then(|| format!("{stem}ا"))
}

/// A town «كفر ال…» as the Egyptian press often writes it, the two words joined (كفر الشيخ →
/// كفرالشيخ، كفر الدوار → كفرالدوار): no other word is spelled so.
fn kafr_joined(name: &str) -> Option<String> {
    let rest = name.strip_prefix("كفر ال")?;
    (!rest.contains(' ') && rest.chars().count() >= 2).then(|| format!("كفرال{rest}"))
}

/// The short form an article uses for a bank named «بنك|مصرف <place> <adjective>» after naming
/// it in full: the head with the article and the adjective (بنك الكويت الوطني → البنك الوطني،
/// مصرف أبوظبي الإسلامي → المصرف الإسلامي). `is_place` says whether the normalised middle word
/// is the place (the bank's country, or a place the site knows).
pub(crate) fn bank_short_form(name: &str, is_place: impl Fn(&str) -> bool) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [head, place, adjective] = words.as_slice() else {
        return None;
    };
    let head = match normalize_name(head).as_str() {
        "بنك" => "البنك",
        "مصرف" => "المصرف",
        _ => return None,
    };
    let adjective_norm = normalize_name(adjective);
    (is_place(&normalize_name(place))
        && adjective_norm.starts_with("ال")
        && adjective_norm.ends_with('ي'))
    .then(|| format!("{head} {adjective}"))
}

/// A one-sentence Arabic description from the class and the containing entry: «عاصمة مصر.»,
/// «مدينة في روسيا.», «دولة في شمال أفريقيا.».
fn describe(e: &Entry, parent: Option<&Entry>) -> String {
    let within = |what: &str| match parent {
        Some(p) => format!("{what} في {}.", p.name),
        None => format!("{what}."),
    };
    match e.class {
        Class::City if e.capital => match parent {
            Some(p) => format!("عاصمة {}.", p.name),
            None => "عاصمة.".into(),
        },
        Class::City => within("مدينة"),
        Class::Country => within("دولة"),
        Class::Territory => within("إقليم"),
        Class::Region | Class::Disputed => within("منطقة"),
        Class::Water => within("مسطح مائي"),
        Class::Landmark => within("معلم"),
        Class::Organization => match parent {
            Some(p) => format!("هيئة تتبع {}.", p.name),
            None => "منظمة دولية.".into(),
        },
    }
}

#[cfg(test)]
mod tests;
