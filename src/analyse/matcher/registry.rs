//! Compiling the entity registry into search patterns, with the checks that keep it sound:
//! a name that normalises to nothing, or a name claimed by two entities without both marking
//! it ambiguous, is an error naming the files involved.

use std::collections::HashSet;

use rustc_hash::FxHashMap;

use super::vowels::{self, Vowelled};
use super::{Pattern, PatternKind};
use crate::analyse::normalize::{MIN_NAME_LETTERS, is_word_char, letter_count, normalize_name};
use crate::error::Diagnostic;
use crate::load::{Entity, EntityKind};
use crate::text::locate;

/// Normalised search keys and their patterns (index-aligned), plus the problems found.
#[derive(Default)]
pub(super) struct Compiled {
    pub keys: Vec<String>,
    pub patterns: Vec<Pattern>,
    pub errors: Vec<Diagnostic>,
    /// (entity, witness): a `context` phrase of `entity` that is also the name of `witness`
    /// (a league with its own page): a mention of `witness` confirms `entity`.
    pub named_witnesses: Vec<(usize, usize)>,
    /// Normalised key → its patterns (the plain one and, for ال-names, the لل twin).
    index: FxHashMap<String, Vec<usize>>,
}

impl Compiled {
    pub fn from_entities(entities: &[Entity]) -> Compiled {
        let mut c = Compiled::default();
        for (entity_index, entity) in entities.iter().enumerate() {
            let ambiguous: HashSet<String> = entity
                .meta
                .ambiguous
                .iter()
                .map(|a| normalize_name(a))
                .collect();
            let names = std::iter::once(entity.name())
                .chain(entity.meta.aliases.iter().map(String::as_str));
            for alias in names {
                let key = normalize_name(alias);
                c.add(
                    entities,
                    entity_index,
                    alias,
                    key.clone(),
                    ambiguous.contains(&key),
                    PatternKind::Name,
                );
            }
            // An `ambiguous` entry written with marks (عَمّان) tells how the entity's name is
            // vowelled even where its name is written bare.
            for spelled in &entity.meta.ambiguous {
                if let Some(twins) = c.index.get(&normalize_name(spelled)).cloned() {
                    c.note_spelling(&twins, entity_index, spelled);
                }
            }
        }
        // Demonyms last, so a demonym that equals a name is reported against the demonym.
        for (entity_index, entity) in entities.iter().enumerate() {
            for demonym in &entity.meta.demonyms {
                c.add(
                    entities,
                    entity_index,
                    demonym,
                    normalize_name(demonym),
                    false,
                    PatternKind::Demonym,
                );
            }
        }
        for (entity_index, entity) in entities.iter().enumerate() {
            for phrase in &entity.meta.not {
                c.add_blocker(entities, entity_index, phrase);
            }
        }
        for (entity_index, entity) in entities.iter().enumerate() {
            for phrase in &entity.meta.context {
                c.add_witness(entity_index, phrase);
            }
        }
        c
    }

    /// A `context` phrase: found like a name, it confirms the ambiguous names of every entity
    /// that lists it (a league confirms each of its clubs), and is itself dropped. A phrase
    /// that is already a name, demonym or `not` phrase stays that: the text means it so; a
    /// name (the league's own page, or a league discovery found) still confirms the entity
    /// through the named one, which becomes one of its supporters.
    fn add_witness(&mut self, entity: usize, phrase: &str) {
        let Some(existing) = self.add_phrase(entity, phrase, PatternKind::Witness) else {
            return;
        };
        let pattern = &mut self.patterns[existing];
        match pattern.kind {
            PatternKind::Witness if !pattern.entities.contains(&entity) => {
                pattern.entities.push(entity);
            }
            PatternKind::Name if !pattern.ambiguous => {
                for &named in &pattern.entities {
                    if named != entity {
                        self.named_witnesses.push((entity, named));
                    }
                }
            }
            _ => {}
        }
    }

    /// A `not` phrase: matched like a name so that the name inside it is not, then dropped.
    /// Written like a name or demonym of any entity, it is an error (one of the two is wrong).
    fn add_blocker(&mut self, entities: &[Entity], entity: usize, phrase: &str) {
        let Some(existing) = self.add_phrase(entity, phrase, PatternKind::Blocker) else {
            return;
        };
        if self.patterns[existing].kind == PatternKind::Blocker {
            // Two entities listing one phrase: it is neither's.
            if !self.patterns[existing].entities.contains(&entity) {
                self.patterns[existing].entities.push(entity);
            }
            return;
        }
        let here = &entities[entity];
        // Discovery writes its own `not` phrases (a surname before بن): one that is somebody's
        // name is simply not a blocker; only an editor's file is told of the clash.
        if here.origin == crate::load::Origin::Discovered {
            return;
        }
        let other = &entities[self.patterns[existing].entities[0]].path;
        let d = Diagnostic::new(
            &here.path,
            format!(
                "`{phrase}` is listed under `not` but is also a name or demonym (in {})",
                other.display()
            ),
        )
        .with_help("remove it from `not`, or from the names");
        self.errors
            .push(match locate::value_position(&here.text, "not", phrase) {
                Some((line, col)) => d.at(line, col),
                None => d,
            });
    }

    /// A phrase of `entity` (`not` or `context`, as `kind`) as a new pattern: found like a
    /// name, but with no ل-form twin. When its key is already a pattern's (a name, a demonym
    /// or a phrase added before), nothing is added and that pattern's index is returned for
    /// the caller to settle. A phrase with no letters once normalised is dropped. (Names and
    /// demonyms are compiled first and never leave such a key in the index, so dropping it
    /// first misses no conflict.)
    fn add_phrase(&mut self, entity: usize, phrase: &str, kind: PatternKind) -> Option<usize> {
        let key = normalize_name(phrase);
        if !key.chars().any(is_word_char) {
            return None;
        }
        if let Some(twins) = self.index.get(&key) {
            return Some(twins[0]);
        }
        self.index.insert(key.clone(), vec![self.patterns.len()]);
        self.keys.push(key);
        self.patterns.push(Pattern {
            entities: vec![entity],
            alias: phrase.to_string(),
            ambiguous: false,
            lam_form: false,
            kind,
            vowelled: Vec::new(),
        });
        None
    }

    fn add(
        &mut self,
        entities: &[Entity],
        entity: usize,
        alias: &str,
        key: String,
        ambiguous: bool,
        kind: PatternKind,
    ) {
        if !key.chars().any(is_word_char) {
            self.errors.push(
                located(
                    &entities[entity],
                    alias,
                    kind,
                    format!("the alias `{alias}` has no letters once normalised"),
                )
                .with_help("remove it, or write the name with its letters"),
            );
            return;
        }
        // Loaded entities were checked with their file (load::document); this keeps the
        // matcher's own invariant for registries built in code.
        if letter_count(&key) < MIN_NAME_LETTERS && !entities[entity].meta.allow_short {
            let what = if kind == PatternKind::Demonym {
                "demonym"
            } else {
                "alias"
            };
            self.errors.push(
                located(
                    &entities[entity],
                    alias,
                    kind,
                    format!("the {what} `{alias}` has fewer than two letters once normalised"),
                )
                .with_help(
                    "a one-letter name matches ordinary words (و is «and»): write the name in \
                     full, or add `allow_short: true` to the entity if it really is one letter",
                ),
            );
            return;
        }
        if let Some(twins) = self.index.get(&key).cloned() {
            self.share(entities, &twins, entity, alias, ambiguous, kind);
            return;
        }
        let spelled = |lam_form| {
            vowels::spelling(entity, alias, lam_form)
                .into_iter()
                .filter(|_| kind == PatternKind::Name)
                .collect::<Vec<Vowelled>>()
        };
        let pattern = Pattern {
            entities: vec![entity],
            alias: alias.to_string(),
            ambiguous,
            lam_form: false,
            kind,
            vowelled: spelled(false),
        };
        let mut twins = Vec::new();
        if let Some(rest) = key.strip_prefix("ال") {
            twins.push(self.patterns.len());
            self.keys.push(format!("ل{rest}"));
            self.patterns.push(Pattern {
                lam_form: true,
                vowelled: spelled(true),
                ..pattern.clone()
            });
        }
        twins.push(self.patterns.len());
        self.keys.push(key.clone());
        self.patterns.push(pattern);
        self.index.insert(key, twins);
    }

    /// A key seen before: the same entity repeating itself is harmless; two entities may share
    /// a name only if both mark it ambiguous (the context then decides, see `resolve_ambiguity`).
    fn share(
        &mut self,
        entities: &[Entity],
        twins: &[usize],
        entity: usize,
        alias: &str,
        ambiguous: bool,
        kind: PatternKind,
    ) {
        let existing = &self.patterns[twins[0]];
        if existing.entities.contains(&entity) {
            if kind == PatternKind::Name {
                self.note_spelling(twins, entity, alias);
            }
            return;
        }
        let other = &entities[existing.entities[0]].path;
        let here = &entities[entity];
        if kind == PatternKind::Demonym || existing.kind == PatternKind::Demonym {
            self.errors.push(
                located(
                    here,
                    alias,
                    kind,
                    format!(
                        "`{alias}` is both a name and a demonym (also in {})",
                        other.display()
                    ),
                )
                .with_help("a demonym (الروسي) must not be written like any entity's name"),
            );
        } else if ambiguous && existing.ambiguous {
            for &p in twins {
                self.patterns[p].entities.push(entity);
            }
            self.note_spelling(twins, entity, alias);
        } else if ambiguous
            && is_club_of_town(here, existing.entities.iter().map(|&e| &entities[e]))
        {
            // نادي زاخو shares زاخو with the town, which keeps it unambiguous: the linker
            // gives it to the club only where a match or the article says so.
            for &p in twins {
                self.patterns[p].entities.push(entity);
            }
        } else {
            self.errors.push(
                located(here, alias, kind, format!("the name `{alias}` is also claimed by {}", other.display()))
                    .with_help("list it under `ambiguous` in both files to let the context decide, or keep it in one file only"),
            );
        }
    }
}

impl Compiled {
    /// Records `spelled`, one of `entity`'s spellings of the key of `twins`, if it is written
    /// with marks: they decide between the entities that share the key ([`vowels`]). Only on
    /// name patterns the entity is one of.
    fn note_spelling(&mut self, twins: &[usize], entity: usize, spelled: &str) {
        for &p in twins {
            let pattern = &mut self.patterns[p];
            if pattern.kind != PatternKind::Name || !pattern.entities.contains(&entity) {
                continue;
            }
            if let Some(v) = vowels::spelling(entity, spelled, pattern.lam_form) {
                vowels::note(pattern, v);
            }
        }
    }
}

/// A diagnostic about `alias` of `entity`, at the line where the file writes it.
fn located(entity: &Entity, alias: &str, kind: PatternKind, message: String) -> Diagnostic {
    let key = if kind == PatternKind::Demonym {
        "demonyms"
    } else if entity.meta.name.as_deref() == Some(alias) {
        "name"
    } else {
        "aliases"
    };
    let d = Diagnostic::new(&entity.path, message);
    match locate::value_position(&entity.text, key, alias) {
        Some((line, col)) => d.at(line, col),
        None => d,
    }
}

/// A club discovery named like its town (`discovery::town_clubs`: discovered, an organisation
/// whose cues are the words of a team) beside the places that hold the name.
fn is_club_of_town<'e>(club: &Entity, holders: impl Iterator<Item = &'e Entity>) -> bool {
    club.origin == crate::load::Origin::Discovered
        && club.kind == EntityKind::Organization
        && club
            .meta
            .cue_words
            .contains(&crate::text::cue_words::CueWords::Teams)
        && holders.into_iter().all(|e| e.kind == EntityKind::Place)
}
