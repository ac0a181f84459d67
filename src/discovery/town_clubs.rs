//! Clubs named like their town (نادي زاخو، فريق دهوك), found by `suggest::town_clubs` in
//! sports reports. Such a club shares its town's name, which the town holds unambiguously; the
//! club takes it as an ambiguous alias, and the linker gives each mention to the club where a
//! word of its team or the shape of a match says so, or where the article names the club —
//! and to the town everywhere else.

use std::collections::HashMap;

use crate::load::{Entity, EntityKind};
use crate::suggest::Candidate;
use crate::text::cue_words::{CueWords, is_team_word};
use crate::text::normalize::normalize_name;

/// The names of the site's places that are no country (normalised) with the name as the
/// place's page writes it: a country's side is its national team, never a club.
pub(super) fn towns(entities: &[Entity]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let places = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.country.as_deref() != Some(e.id.as_str()));
    for e in places {
        for name in std::iter::once(e.name()).chain(e.meta.aliases.iter().map(String::as_str)) {
            out.entry(normalize_name(name))
                .or_insert_with(|| name.to_string());
        }
    }
    out
}

/// The club a candidate names when it is a club's word and a town's name (فريق دهوك): «نادي»
/// and the town's name as its page, the town's name its ambiguous alias.
pub(super) fn club_of(c: &Candidate, towns: &HashMap<String, String>) -> Option<Entity> {
    // Whatever kind the votes gave it: «فريق» is also a general's rank (الفريق), so a
    // club's word and a town may have been read as a title before a name too.
    let norm = normalize_name(&c.suggestion.name);
    let (head, town) = norm.split_once(' ')?;
    // A club's word or a word of the team's own (نادي زاخو، شباك الرياض).
    let club_word = team_word_head(head).is_some();
    let town = towns.get(town).filter(|_| club_word)?;
    let name = format!("نادي {town}");
    Some(super::entity::discovered_entity(
        EntityKind::Organization,
        name,
        super::entity::Names {
            aliases: vec![town.clone()],
            ambiguous: vec![town.clone()],
            cues: Vec::new(),
            cue_words: vec![CueWords::Teams],
            not: Vec::new(),
        },
    ))
}

/// The word of a team `head` is (normalised), with or without و، ف، ل or ب.
fn team_word_head(head: &str) -> Option<&str> {
    [
        head,
        head.strip_prefix(['و', 'ف', 'ل', 'ب']).unwrap_or(head),
    ]
    .into_iter()
    .find(|w| is_team_word(w))
}

/// A candidate that opens with a word of the team's own other than a club's (شباك، مدرب،
/// نظيره …) is only ever a club named like its town: where its place is no town of the site
/// (نظيره الأردني، لاعبو مصر: a country's side, a nationality) it names nothing.
pub(super) fn is_team_word_before_no_town(c: &Candidate) -> bool {
    let norm = normalize_name(&c.suggestion.name);
    norm.split_once(' ')
        .and_then(|(head, _)| team_word_head(head))
        .is_some_and(|w| !matches!(w, "نادي" | "فريق"))
}
