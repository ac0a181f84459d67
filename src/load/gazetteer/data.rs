//! Reading the two data files and merging them: `cldr.json` (generated from Unicode CLDR by
//! `scripts/gazetteer/generate.mjs`) amended and extended by `curated.yaml` (reviewed by hand).

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::text::normalize::normalize_name;

/// What a gazetteer entry is; decides its entity type and its generated description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    Country,
    /// A dependency, an observer state, a territory not a UN member.
    Territory,
    Region,
    City,
    /// A disputed or occupied place (الضفة الغربية، القرم).
    Disputed,
    /// A sea, strait, canal or river.
    Water,
    /// A building or site (آيا صوفيا).
    Landmark,
    Organization,
}

impl Class {
    pub const ALL: [Class; 8] = [
        Class::Country,
        Class::Territory,
        Class::Region,
        Class::City,
        Class::Disputed,
        Class::Water,
        Class::Landmark,
        Class::Organization,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Class::Country => "country",
            Class::Territory => "territory",
            Class::Region => "region",
            Class::City => "city",
            Class::Disputed => "disputed",
            Class::Water => "water",
            Class::Landmark => "landmark",
            Class::Organization => "organization",
        }
    }
}

/// One entry as either file writes it; every field but `id` is optional so that a curated
/// entry can amend a CLDR one with a single field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: String,
    class: Option<Class>,
    name: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    ambiguous: Vec<String>,
    #[serde(default)]
    cues: Vec<String>,
    #[serde(default)]
    confirmed_by: Vec<String>,
    #[serde(default)]
    demonym: OneOrMany,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    not: Vec<String>,
    name_en: Option<String>,
    wikidata: Option<String>,
    #[serde(rename = "in")]
    contained_in: Option<String>,
    #[serde(default)]
    capital: bool,
    description: Option<String>,
    #[serde(default)]
    drop: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl Default for OneOrMany {
    fn default() -> Self {
        OneOrMany::Many(Vec::new())
    }
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Deserialize)]
struct CldrFile {
    cldr_version: String,
    entries: Vec<RawEntry>,
}

#[derive(Deserialize)]
struct CuratedFile {
    entries: Vec<RawEntry>,
}

/// A merged gazetteer entry, as `gazetteer.json` stores it (empty fields left out).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Entry {
    pub id: String,
    pub class: Class,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ambiguous: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub confirmed_by: Vec<String>,
    /// Every adjective form, expanded from the curated masculine singular.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demonyms: Vec<String>,
    /// Phrases containing a name in another sense (صلاة المغرب): never linked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    #[serde(rename = "in", default, skip_serializing_if = "Option::is_none")]
    pub contained_in: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub capital: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The merged gazetteer and the CLDR version it was generated from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Gazetteer {
    pub cldr_version: String,
    pub entries: Vec<Entry>,
}

/// Parses both files and applies the curated amendments to the CLDR entries.
pub fn merge(cldr_json: &str, curated_yaml: &str) -> Result<Gazetteer, String> {
    let cldr: CldrFile =
        serde_json::from_str(cldr_json).map_err(|e| format!("data/gazetteer/cldr.json: {e}"))?;
    let curated: CuratedFile = serde_yaml::from_str(curated_yaml)
        .map_err(|e| format!("data/gazetteer/curated.yaml: {e}"))?;
    let mut raw: Vec<Option<RawEntry>> = cldr.entries.into_iter().map(Some).collect();
    let mut position: HashMap<String, usize> = raw
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.as_ref().map(|e| (e.id.clone(), i)))
        .collect();
    for amendment in curated.entries {
        match position.get(&amendment.id) {
            Some(&i) if amendment.drop => raw[i] = None,
            Some(&i) => {
                if let Some(entry) = raw[i].as_mut() {
                    amend(entry, amendment);
                }
            }
            None if amendment.drop => {
                return Err(format!(
                    "curated.yaml drops `{}`, which is not in cldr.json",
                    amendment.id
                ));
            }
            None => {
                position.insert(amendment.id.clone(), raw.len());
                raw.push(Some(amendment));
            }
        }
    }
    let mut entries = raw
        .into_iter()
        .flatten()
        .map(finish)
        .collect::<Result<Vec<_>, _>>()?;
    expand_demonyms(&mut entries);
    Ok(Gazetteer {
        cldr_version: cldr.cldr_version,
        entries,
    })
}

/// A curated amendment: its `name` replaces CLDR's (which stays only if listed as an alias),
/// its lists extend CLDR's, its other fields replace CLDR's.
fn amend(entry: &mut RawEntry, with: RawEntry) {
    if with.name.is_some() {
        entry.name = with.name;
    }
    entry.class = with.class.or(entry.class);
    entry.aliases.extend(with.aliases);
    entry.ambiguous.extend(with.ambiguous);
    entry.cues.extend(with.cues);
    entry.confirmed_by.extend(with.confirmed_by);
    let mut demonym = std::mem::take(&mut entry.demonym).into_vec();
    demonym.extend(with.demonym.into_vec());
    entry.demonym = OneOrMany::Many(demonym);
    entry.demonyms.extend(with.demonyms);
    entry.not.extend(with.not);
    entry.name_en = with.name_en.or(entry.name_en.take());
    entry.wikidata = with.wikidata.or(entry.wikidata.take());
    entry.contained_in = with.contained_in.or(entry.contained_in.take());
    entry.capital |= with.capital;
    entry.description = with.description.or(entry.description.take());
}

fn finish(raw: RawEntry) -> Result<Entry, String> {
    let name = raw
        .name
        .ok_or_else(|| format!("gazetteer entry `{}` has no name", raw.id))?;
    let class = raw
        .class
        .ok_or_else(|| format!("gazetteer entry `{}` has no class", raw.id))?;
    let name_key = normalize_name(&name);
    let mut seen = HashSet::from([name_key]);
    let aliases = raw
        .aliases
        .into_iter()
        .filter(|a| seen.insert(normalize_name(a)))
        .collect();
    let mut demonyms = raw.demonym.into_vec();
    demonyms.extend(raw.demonyms);
    Ok(Entry {
        id: raw.id,
        class,
        name,
        aliases,
        ambiguous: raw.ambiguous,
        cues: raw.cues,
        confirmed_by: raw.confirmed_by,
        demonyms,
        not: raw.not,
        name_en: raw.name_en,
        wikidata: raw.wikidata,
        contained_in: raw.contained_in,
        capital: raw.capital,
        description: raw.description,
    })
}

/// Each curated demonym (مصري, the masculine singular) becomes its eight regular forms: مصري
/// مصرية مصريون مصريين and the same with ال. A multi-word one (كوري جنوبي) and the irregular
/// forms in `demonyms` are taken as written. A regular form written like any entry's name is
/// left out (سورية is Syria's name as much as the adjective): a demonym never hides a name.
fn expand_demonyms(entries: &mut [Entry]) {
    let names: HashSet<String> = entries
        .iter()
        .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
        .map(|n| normalize_name(n))
        .collect();
    for entry in entries.iter_mut() {
        let mut forms = Vec::new();
        let mut seen = HashSet::new();
        for demonym in std::mem::take(&mut entry.demonyms) {
            let regular = demonym.ends_with('ي') && !demonym.contains(' ');
            let expanded = if regular {
                regular_forms(&demonym)
                    .into_iter()
                    .filter(|f| !names.contains(&normalize_name(f)))
                    .collect()
            } else {
                vec![demonym]
            };
            for form in expanded {
                if seen.insert(normalize_name(&form)) {
                    forms.push(form);
                }
            }
        }
        entry.demonyms = forms;
    }
}

/// مصري → مصري مصرية مصريون مصريين المصري المصرية المصريون المصريين.
fn regular_forms(masculine: &str) -> Vec<String> {
    let bare = [
        masculine.to_string(),
        format!("{masculine}ة"),
        format!("{masculine}ون"),
        format!("{masculine}ين"),
    ];
    let with_article = bare.clone().map(|f| format!("ال{f}"));
    bare.into_iter().chain(with_article).collect()
}

/// Problems in the merged data that would make an entry unusable or wrong: an id that is not
/// a URL segment or is used twice, a containment or confirmation naming no entry, an
/// ambiguous name that is not a name of the entry. Checked by the tests, not at every build.
pub fn problems(gazetteer: &Gazetteer) -> Vec<String> {
    let ids: HashSet<&str> = gazetteer.entries.iter().map(|e| e.id.as_str()).collect();
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for e in &gazetteer.entries {
        if !seen.insert(e.id.as_str()) {
            out.push(format!("`{}` is used by two entries", e.id));
        }
        if !e
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            out.push(format!("`{}` is not an ASCII slug", e.id));
        }
        for target in e.contained_in.iter().chain(&e.confirmed_by) {
            if !ids.contains(target.as_str()) {
                out.push(format!(
                    "`{}` refers to `{target}`, which is no entry",
                    e.id
                ));
            }
        }
        let names: HashSet<String> = std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|n| normalize_name(n))
            .collect();
        for a in &e.ambiguous {
            if !names.contains(&normalize_name(a)) {
                out.push(format!(
                    "`{}` marks `{a}` ambiguous but has no such name",
                    e.id
                ));
            }
        }
    }
    out
}

/// The merged gazetteer as `gazetteer.json` stores it: one entry per line, so that a change to
/// the sources shows as a readable diff.
pub fn to_json(gazetteer: &Gazetteer) -> String {
    let entries: Vec<String> = gazetteer
        .entries
        .iter()
        .map(|e| serde_json::to_string(e).unwrap_or_default())
        .collect();
    format!(
        "{{\"cldr_version\":{},\"entries\":[\n{}\n]}}\n",
        serde_json::to_string(&gazetteer.cldr_version).unwrap_or_default(),
        entries.join(",\n")
    )
}
