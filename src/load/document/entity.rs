//! Entity files — the registry in `content/entities/` — parsed from front matter + body, and
//! the entity type the gazetteer and discovery fill in too. Apart from articles because an
//! entity is not news but a name the linker looks for: its keys are strict (an unknown one is
//! an error), and its file is checked for what would make linking go wrong (an id that
//! cannot be a URL, an ambiguous name that is no alias, a name of one letter).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{file_stem, key_position, parse_yaml, split_or_report, validate_slug};
use crate::error::Diagnostic;
use crate::text::cue_words::CueWords;
use crate::text::locate;
use crate::text::normalize::{MIN_NAME_LETTERS, letter_count, normalize_name};

/// The kinds of entity a page can be about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Place,
    #[serde(alias = "organisation", alias = "org")]
    Organization,
    Event,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Place,
        EntityKind::Organization,
        EntityKind::Event,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Event => "event",
        }
    }

    /// Path segment of the type's index page.
    pub fn index_slug(self) -> &'static str {
        match self {
            EntityKind::Person => "people",
            EntityKind::Place => "places",
            EntityKind::Organization => "organizations",
            EntityKind::Event => "events",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "شخصية",
            EntityKind::Place => "مكان",
            EntityKind::Organization => "منظمة",
            EntityKind::Event => "حدث",
        }
    }

    pub fn label_plural(self) -> &'static str {
        match self {
            EntityKind::Person => "شخصيات",
            EntityKind::Place => "أماكن",
            EntityKind::Organization => "منظمات",
            EntityKind::Event => "أحداث",
        }
    }
}

/// A person, place, organisation or event: from the registry in `content/entities/`, or from
/// the built-in gazetteer ([`crate::load::gazetteer`]) when the registry does not have it.
/// Comparable, so `serve` can tell whether a build would link other entities than its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub path: PathBuf,
    pub id: String,
    pub kind: EntityKind,
    pub meta: EntityMeta,
    /// Markdown description.
    pub description: String,
    /// The whole file, to point at an alias in registry messages (empty for the gazetteer).
    pub text: String,
    pub origin: Origin,
    /// Ids of entities whose unambiguous name in an article confirms this entity's ambiguous
    /// names there too (عمّان with الأردن). Only the gazetteer sets it.
    pub confirmed_by: Vec<String>,
    /// The country (or territory) a gazetteer place lies in, itself for a country: which
    /// country an article is about, for the state bodies it names bare (see
    /// `discovery::national`). Set by the gazetteer and on the bodies discovery so names.
    pub country: Option<String>,
}

/// Where an entity comes from: the site's own registry always wins over the gazetteer, and
/// both over discovery (a name found in the text that neither knows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Registry,
    Gazetteer,
    Discovered,
}

impl Origin {
    pub fn key(self) -> &'static str {
        match self {
            Origin::Registry => "registry",
            Origin::Gazetteer => "gazetteer",
            Origin::Discovered => "discovered",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityMeta {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<EntityKind>,
    pub name: Option<String>,
    pub name_en: Option<String>,
    pub wikidata: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Aliases that are also ordinary words; linked only with evidence (see `analyse`).
    #[serde(default)]
    pub ambiguous: Vec<String>,
    /// Words that, right before an ambiguous alias, confirm it (الرئيس، حركة).
    #[serde(default)]
    pub cues: Vec<String>,
    /// Built-in lists of cues, by name (`[titles]`): what discovery gives the entities it
    /// finds, so an accepted file names the list instead of copying a hundred words.
    #[serde(default)]
    pub cue_words: Vec<CueWords>,
    /// Adjectives derived from the name (الروسي). Never linked as the name.
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// Lets the name and aliases have a single letter once normalised. Off by default: a
    /// one-letter alias (و) would link an ordinary word everywhere (see docs/linking.md).
    #[serde(default)]
    pub allow_short: bool,
    /// Phrases that contain a name in another sense (صلاة المغرب, مسقط رأسه): found so that
    /// the name inside them is not, and never linked or counted.
    #[serde(default)]
    pub not: Vec<String>,
    /// Phrases whose presence in an article confirms the entity's ambiguous names (a club's
    /// league, «الدوري السعودي», for الهلال): a topic is evidence no single sentence gives.
    /// Found like names so their words are not, and never linked or counted.
    #[serde(default)]
    pub context: Vec<String>,
    /// The id of the country (or a place of the site) the entity belongs to (`jordan`): its
    /// ambiguous names are linked where an article names that country or a place in it. What
    /// `entities accept` writes for a state body discovery named after its country (مجلس
    /// النواب الأردني, whose bare name every country's parliament shares).
    #[serde(default)]
    pub country: Option<String>,
}

impl Entity {
    pub fn name(&self) -> &str {
        self.meta.name.as_deref().unwrap_or(&self.id)
    }
}

/// Parses an entity file. The id defaults to the file name (which may be Arabic).
pub fn parse_entity(rel: &Path, text: String) -> Result<Entity, Vec<Diagnostic>> {
    let (yaml, body_range, yaml_line) = split_or_report(rel, &text)?;
    let (yaml, repeated) = locate::without_repeated_keys(rel, yaml, yaml_line);
    let meta: EntityMeta = parse_yaml(rel, &yaml, yaml_line, &repeated)?;
    let mut errors = repeated;
    let id = meta
        .id
        .clone()
        .unwrap_or_else(|| file_stem(rel))
        .trim()
        .to_string();
    if let Err(msg) = validate_slug(&id) {
        let (l, c) = if meta.id.is_some() {
            key_position(&text, "id")
        } else {
            (1, 1)
        };
        errors.push(
            Diagnostic::new(
                rel,
                format!("the entity id `{id}` cannot be used in a URL: {msg}"),
            )
            .at(l, c)
            .with_help("use letters, digits and `-`, e.g. `vladimir-putin`"),
        );
    }
    let kind = meta.kind;
    if kind.is_none() {
        errors.push(
            Diagnostic::new(rel, "the entity has no `type`")
                .at(1, 1)
                .with_help("add `type: person`, `place`, `organization` or `event`"),
        );
    }
    if meta.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        errors.push(
            Diagnostic::new(rel, "the entity has no `name`")
                .at(1, 1)
                .with_help("add `name: …` with the Arabic name shown as the page title"),
        );
    }
    for amb in &meta.ambiguous {
        if !meta.aliases.contains(amb) && meta.name.as_ref() != Some(amb) {
            let (l, c) = key_position(&text, "ambiguous");
            errors.push(
                Diagnostic::new(
                    rel,
                    format!("`{amb}` is marked ambiguous but is not an alias"),
                )
                .at(l, c)
                .with_help("add it to `aliases` too, or remove it from `ambiguous`"),
            );
        }
    }
    if !meta.allow_short {
        errors.extend(short_names(rel, &text, &meta));
    }
    match (kind, errors.is_empty()) {
        (Some(kind), true) => Ok(Entity {
            path: rel.to_path_buf(),
            id,
            kind,
            description: text[body_range].trim().to_string(),
            meta,
            text,
            origin: Origin::Registry,
            confirmed_by: Vec::new(),
            country: None,
        }),
        _ => Err(errors),
    }
}

/// Names, aliases and demonyms with fewer than [`MIN_NAME_LETTERS`] letters once normalised
/// as the matcher normalises them (tashkeel and tatweel dropped): `و` alone is the conjunction
/// «and» and would be linked everywhere. Checked here, with the other problems of the file, so
/// one run reports them all; `allow_short: true` lifts the rule for one entity.
fn short_names(rel: &Path, text: &str, meta: &EntityMeta) -> Vec<Diagnostic> {
    let name = meta.name.iter().map(|n| ("name", n));
    let aliases = meta.aliases.iter().map(|a| ("aliases", a));
    let demonyms = meta.demonyms.iter().map(|d| ("demonyms", d));
    name.chain(aliases)
        .chain(demonyms)
        .filter_map(|(key, value)| {
            let letters = letter_count(&normalize_name(value));
            if letters >= MIN_NAME_LETTERS {
                return None;
            }
            let what = match key {
                "name" => "name",
                "aliases" => "alias",
                _ => "demonym",
            };
            let (message, help) = if letters == 0 {
                (
                    format!("the {what} `{value}` has no letters once normalised"),
                    "remove it, or write the name with its letters",
                )
            } else {
                (
                    format!("the {what} `{value}` has fewer than two letters once normalised"),
                    "a one-letter name matches ordinary words (و is «and»): write the name in \
                     full, or add `allow_short: true` to the entity if it really is one letter",
                )
            };
            let (line, col) = locate::value_position(text, key, value).unwrap_or((1, 1));
            Some(Diagnostic::new(rel, message).at(line, col).with_help(help))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_entity_type_suggests_the_nearest() {
        let errs = parse_entity(
            Path::new("e.md"),
            "---\ntype: persn\nname: فلاديمير بوتين\n---\n".into(),
        )
        .unwrap_err();
        assert_eq!(
            errs[0].help.as_deref(),
            Some("did you mean `person`?"),
            "{errs:?}"
        );
        assert_eq!(errs[0].line, Some(2));
        let errs = parse_entity(
            Path::new("e.md"),
            "---\ntype: person\nnmae: فلاديمير بوتين\n---\n".into(),
        )
        .unwrap_err();
        assert_eq!(
            errs[0].help.as_deref(),
            Some("did you mean `name`?"),
            "{errs:?}"
        );
    }

    #[test]
    fn entity_defaults_id_to_arabic_file_name() {
        let e = parse_entity(
            Path::new("content/entities/فلاديمير-بوتين.md"),
            "---\nname: فلاديمير بوتين\ntype: person\naliases: [بوتين]\n---\nرئيس روسيا.\n".into(),
        )
        .unwrap();
        assert_eq!(e.id, "فلاديمير-بوتين");
        assert_eq!(e.kind, EntityKind::Person);
        assert_eq!(e.description, "رئيس روسيا.");
    }

    #[test]
    fn entity_errors() {
        let errs = parse_entity(
            Path::new("content/entities/x.md"),
            "---\nid: a/b\nname: سعد\naliases: [عمر]\nambiguous: [صقر]\n---\n".into(),
        )
        .unwrap_err();
        assert_eq!(errs.len(), 3, "{errs:?}");
        let errs = parse_entity(
            Path::new("e.md"),
            "---\ntype: planet\nname: x\n---\n".into(),
        )
        .unwrap_err();
        assert!(errs[0].message.contains("planet"), "{:?}", errs[0]);
    }

    #[test]
    fn one_letter_names_are_reported_with_the_other_problems() {
        let errs = parse_entity(
            Path::new("content/entities/wafd.md"),
            "---\nname: حزب الوفد\naliases: [الوفد, و, \"قَـ\"]\n---\n".into(),
        )
        .unwrap_err();
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(errs[0].message.contains("no `type`"), "{errs:?}");
        assert!(
            errs[1]
                .message
                .contains("alias `و` has fewer than two letters")
        );
        assert_eq!((errs[1].line, errs[1].column), (Some(3), Some(18)));
        assert!(
            errs[2]
                .message
                .contains("alias `قَـ` has fewer than two letters")
        );
        let allowed = parse_entity(
            Path::new("content/entities/qaf.md"),
            "---\ntype: organization\nname: ق\nallow_short: true\n---\n".into(),
        );
        assert!(allowed.is_ok(), "{allowed:?}");
    }
}
