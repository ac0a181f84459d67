//! Discovery: people and organisations that neither the registry nor the gazetteer knows,
//! found in the text by the candidate finder of [`crate::suggest`] and, with
//! `discovery: auto`, linked like registry entities (`Origin::Discovered`).
//!
//! Precision comes first — a wrong link on a newsroom's site is worse than a missing one —
//! so only three kinds of candidate are linked ([`is_confident`]):
//! - a **person** named after a title or role (الرئيس، وزير الخارجية، المتحدث باسم …) with two
//!   name words or more (مصطفى مدبولي), or after a title in two places at least (الرئيس تبون);
//! - an **organisation** whose kind word (حزب، منظمة، شركة، وكالة …) heads a phrase of two
//!   definite words (حزب العدالة والتنمية) or a bare name (شركة غازبروم);
//! - a **place** of one or two words named after its kind (مدينة البتراء، مخيم زمزم).
//!
//! Everything else stays a suggestion. A discovered entity's id is the Arabic slug of its
//! name ([`crate::load::slug::arabic_slug`]), so the same text gives the same ids and `sahifa entities accept`
//! can write it to `content/entities/` under the same id: its URL does not change. Ids the
//! editor rejects (`content/discovery-rejected.txt`) never come back.
//!
//! This module owns the choice (which candidates become entities and with which names);
//! `entity` builds each entity from its candidate (its id, short forms, surname and cues);
//! `confidence` the thresholds a candidate must pass to be linked; `names` owns the names themselves (spelling variants, short forms,
//! which names two entities may share), `editor` the editor's accept and reject, and
//! [`FirstPass`] the first analysis that the second reuses.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::analyse::ArticleAnalysis;
use crate::error::Diagnostic;
use crate::load::{Content, Entity, EntityKind};
use crate::suggest::{BodyRuns, Candidate, introduced_candidates_in, is_body_head};
use crate::text::normalize::normalize_name;

mod confidence;
mod editor;
mod entity;
mod first_pass;
mod names;
mod national;
mod town_clubs;
pub use confidence::is_confident;
use confidence::{is_body_of_a_known_place, is_placed_government_body, place_names};
pub use editor::{accept, reject, rejected_ids};
use entity::to_entity;
pub use first_pass::{Carry, FirstPass};
use names::{
    Sharing, ShortForms, entity_keys, note_short_form, only_a_short_form, parenthesised_acronym,
    short_forms,
};
pub use names::{is_longer_form, is_variant};

/// The editor's list of rejected ids, one per line (`#` starts a comment), relative to the
/// site's root.
pub const REJECTED_FILE: &str = "content/discovery-rejected.txt";

/// Where accepted entities are written, relative to the site's root.
const ENTITIES_DIR: &str = "content/entities";

/// What discovery adds to a site: new entities, and spellings of entities the site already
/// has (سيرغي لافروف for سيرجي لافروف) as (index into the known entities, alias).
#[derive(Debug, Default)]
pub struct Discovered {
    pub entities: Vec<Entity>,
    pub variants: Vec<(usize, String)>,
    /// Each article's body as text runs, as the candidates left them (for [`FirstPass`]).
    pub body_runs: BodyRuns,
}

/// The confident candidates of an analysed site as entities, after `entities` (registry and
/// gazetteer, which always win): none has an id, name or alias of theirs, none is rejected.
/// A person's name that is a spelling variant of a known person's (or of a person discovered
/// before it) becomes that person's alias instead ([`is_variant`]). In the suggestion order
/// (most frequent first), so the result is the same for the same input.
pub fn discover(
    content: &Content,
    analyses: &[ArticleAnalysis],
    rejected: &HashSet<String>,
) -> Result<Discovered, Vec<Diagnostic>> {
    let entities = &content.entities;
    let mut ids: HashSet<String> = entities.iter().map(|e| e.id.clone()).collect();
    let mut names: HashSet<String> = entities.iter().flat_map(entity_keys).collect();
    let mut sharing = Sharing::default();
    entities.iter().for_each(|e| sharing.add(e));
    let mut out = Discovered::default();
    // The articles each discovered person was seen in (by the candidate's examples).
    let mut files_of: HashMap<String, HashSet<String>> = HashMap::new();
    // Known people by the words of their names: a variant shares all its words but one.
    let mut people_by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let names = std::iter::once(e.name()).chain(e.meta.aliases.iter().map(String::as_str));
        let words: HashSet<String> = names
            .flat_map(|n| {
                normalize_name(n)
                    .split(' ')
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .collect();
        for w in words {
            people_by_word.entry(w).or_default().push(i);
        }
    }
    let (candidates, body_runs) = introduced_candidates_in(content, analyses)?;
    out.body_runs = body_runs;
    // Clubs named like their town keep the town's name as an alias the town also holds (see
    // `town_clubs`): one entity per club, whichever word of a club the site wrote.
    let towns = town_clubs::towns(entities);
    let (clubs, candidates): (Vec<Candidate>, Vec<Candidate>) = candidates
        .into_iter()
        .partition(|c| town_clubs::club_of(c, &towns).is_some());
    let candidates: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| !town_clubs::is_team_word_before_no_town(c))
        .collect();
    for club in clubs.iter().filter_map(|c| town_clubs::club_of(c, &towns)) {
        let key = normalize_name(club.name());
        if rejected.contains(&club.id) || ids.contains(&club.id) || names.contains(&key) {
            continue;
        }
        ids.insert(club.id.clone());
        names.insert(key);
        sharing.add(&club);
        out.entities.push(club);
    }
    for (i, acronym) in acronyms_of_known_bodies(content, analyses, &out.body_runs)? {
        if names.insert(normalize_name(&acronym)) {
            out.variants.push((i, acronym));
        }
    }
    let given = given_names(&candidates, entities);
    let places = place_names(entities);
    let confident: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| {
            (is_confident(c)
                || is_placed_government_body(c, &places)
                || is_body_of_a_known_place(c, &places))
                && !is_given_name_alone(c, &given)
        })
        .collect();
    // حزب «العدالة والتنمية» … حزب العدالة والتنمية: the name in quotes after its head is the
    // headed body's, an alias of it, not a body of its own.
    let headed = headed_names(&confident);
    let mut quoted_names: Vec<(String, String)> = Vec::new();
    let countries = national::Countries::new(entities);
    let place_lands = national::place_lands(entities);
    // One word of a body's name that is a known name (a place, a demonym): only one-word
    // names can be, so only those are kept (the set grows while entities are admitted).
    let known_words: HashSet<String> = names.iter().filter(|n| !n.contains(' ')).cloned().collect();
    let named = |w: &str| known_words.contains(w) || countries.is_demonym(w);
    // وزارة التضامن is the short form of وزارة التضامن الاجتماعي, not a body of its own. The
    // short form of a body named with its country's demonym (وزارة الصحة العراقية) is still
    // another country's body in an article on that country.
    // Each short form of a body with the articles of the bodies it is short for: a confident
    // name no article writes beside a longer one (مجلس الوزراء in one article, «مجلس الوزراء
    // بالكويت» in none) is a body of its own — a country's cabinet, another university's
    // court — and was lost site-wide when one article wrote a longer name. A facility's short
    // form (مطار عدن of مطار عدن الدولي) is the same place everywhere.
    let mut short: ShortForms = HashMap::new();
    let mut short_of_unnamed_country: ShortForms = HashMap::new();
    let mut facility_short: HashSet<String> = HashSet::new();
    // The countries whose demonym the site writes after a national body (وزارة الصحة العراقية).
    let mut named_after: HashMap<String, Vec<String>> = HashMap::new();
    for c in &confident {
        // مطار عدن is the short form of مطار عدن الدولي.
        if c.suggestion.kind_hint == Some(EntityKind::Place) {
            let words: Vec<&str> = c.suggestion.name.split_whitespace().collect();
            // The same place's short form wherever it stands: one airport, one page.
            facility_short.extend(
                short_forms(EntityKind::Place, &words, &names)
                    .iter()
                    .map(|s| normalize_name(s)),
            );
            continue;
        }
        if c.suggestion.kind_hint != Some(EntityKind::Organization) {
            continue;
        }
        let words: Vec<&str> = c.suggestion.name.split_whitespace().collect();
        let norm = normalize_name(&c.suggestion.name);
        let norm_words: Vec<&str> = norm.split(' ').collect();
        let of_a_country = countries.named_by_demonym(&norm_words, named);
        if let Some(country) = of_a_country {
            let stem = norm_words[..norm_words.len() - 1].join(" ");
            let list = named_after.entry(stem).or_default();
            if !list.iter().any(|c| c == country) {
                list.push(country.to_string());
            }
        }
        let of_a_country = of_a_country.is_some();
        for s in short_forms(EntityKind::Organization, &words, &names) {
            let s = normalize_name(&s);
            if !of_a_country {
                note_short_form(&mut short_of_unnamed_country, s.clone(), c);
            }
            note_short_form(&mut short, s, c);
        }
    }
    for c in &confident {
        if only_a_short_form(&short_of_unnamed_country, c) {
            continue;
        }
        if let Some(bodies) =
            national::bodies(c, analyses, &countries, &named_after, &names, &named)
        {
            // Rejecting the bare name (مجلس-الوزراء) rejects the body of every country.
            if rejected.contains(&c.suggestion.id) {
                continue;
            }
            for entity in bodies {
                let key = normalize_name(entity.name());
                if !(rejected.contains(&entity.id)
                    || ids.contains(&entity.id)
                    || names.contains(&key))
                {
                    admit(entity, &mut ids, &mut names, &mut sharing, &mut out);
                }
            }
            continue;
        }
        if facility_short.contains(&normalize_name(&c.suggestion.name))
            || only_a_short_form(&short, c)
        {
            continue;
        }
        if let Some(full) = headed.get(&normalize_name(&c.suggestion.name)) {
            quoted_names.push((full.clone(), c.suggestion.name.clone()));
            continue;
        }
        let Some(mut entity) = to_entity(c, &names) else {
            continue;
        };
        national::give_its_country(&mut entity, &countries, &named);
        national::give_its_land(&mut entity, &countries, &place_lands);
        let key = normalize_name(entity.name());
        if rejected.contains(&entity.id) || ids.contains(&entity.id) || names.contains(&key) {
            continue;
        }
        if entity.kind == EntityKind::Person {
            let person_variant = |e: &Entity| e.kind == EntityKind::Person && is_variant(&key, e);
            let sharing_a_word = key
                .split(' ')
                .filter_map(|w| people_by_word.get(w))
                .flatten();
            if let Some(&i) = sharing_a_word
                .into_iter()
                .find(|&&i| entities.get(i).is_some_and(person_variant))
            {
                out.variants.push((i, entity.name().to_string()));
                names.insert(key);
                continue;
            }
            if let Some(e) = out.entities.iter_mut().find(|e| person_variant(e)) {
                e.meta.aliases.push(entity.name().to_string());
                names.insert(key);
                continue;
            }
            // فيصل بن فرحان بن عبدالله beside فيصل بن فرحان: one person, one page.
            let longer_known =
                |e: &Entity| e.kind == EntityKind::Person && is_longer_form(&key, e, false);
            if let Some(i) = entities.iter().position(longer_known) {
                out.variants.push((i, entity.name().to_string()));
                names.insert(key);
                continue;
            }
            let files: HashSet<&str> = c
                .suggestion
                .examples
                .iter()
                .map(|x| x.file.as_str())
                .collect();
            let longer_found = |e: &&mut Entity| {
                let same_article = files_of.get(&e.id).is_some_and(|f: &HashSet<String>| {
                    f.iter().any(|f| files.contains(f.as_str()))
                });
                e.kind == EntityKind::Person && is_longer_form(&key, e, same_article)
            };
            if let Some(e) = out.entities.iter_mut().find(longer_found) {
                if let Some(f) = files_of.get_mut(&e.id) {
                    f.extend(files.iter().map(|s| s.to_string()));
                }
                e.meta.aliases.push(entity.name().to_string());
                names.insert(key);
                continue;
            }
            files_of.insert(
                entity.id.clone(),
                files.iter().map(|s| s.to_string()).collect(),
            );
        }
        admit(entity, &mut ids, &mut names, &mut sharing, &mut out);
    }
    for (full, name) in quoted_names {
        let key = normalize_name(&full);
        if !names.insert(normalize_name(&name)) {
            continue;
        }
        if let Some(e) = out
            .entities
            .iter_mut()
            .find(|e| normalize_name(e.name()) == key)
        {
            e.meta.aliases.push(name);
        } else if let Some(i) = entities.iter().position(|e| entity_keys(e).contains(&key)) {
            out.variants.push((i, name));
        }
    }
    confirm_towns_by_their_bodies(&mut out.entities);
    Ok(out)
}

/// A one-word town discovery found is confirmed in an article that names a body serving it
/// (بلدية القاع … لمزارعي القاع): the article is about that town, whose name alone is linked
/// only after a kind of place otherwise.
fn confirm_towns_by_their_bodies(found: &mut [Entity]) {
    let bodies: Vec<(String, String)> = found
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .filter_map(|e| {
            let norm = normalize_name(e.name());
            let (head, place) = norm.split_once(' ')?;
            (crate::suggest::serves_a_place(head) && !place.contains(' '))
                .then(|| (place.to_string(), e.id.clone()))
        })
        .collect();
    for town in found.iter_mut().filter(|e| e.kind == EntityKind::Place) {
        let key = normalize_name(town.name());
        for (_, id) in bodies.iter().filter(|(place, _)| *place == key) {
            if !town.confirmed_by.contains(id) {
                town.confirmed_by.push(id.clone());
            }
        }
    }
}

/// The confident organisations' names without their head word (العدالة والتنمية of حزب
/// العدالة والتنمية), normalised, with the full name as written.
fn headed_names(confident: &[Candidate]) -> HashMap<String, String> {
    confident
        .iter()
        .filter(|c| c.suggestion.kind_hint == Some(EntityKind::Organization))
        .filter_map(|c| {
            let norm = normalize_name(&c.suggestion.name);
            let (head, rest) = norm.split_once(' ')?;
            // بلدية القاع … القاع: the word after a head that serves a place is the place,
            // not the body's short name.
            (is_body_head(head) && !crate::suggest::serves_a_place(head))
                .then(|| (rest.to_string(), c.suggestion.name.clone()))
        })
        .collect()
}

/// Adds a new entity to what discovery found: its aliases that another entity holds are
/// dropped unless every holder marks them ambiguous (the article then decides).
fn admit(
    mut entity: Entity,
    ids: &mut HashSet<String>,
    names: &mut HashSet<String>,
    sharing: &mut Sharing,
    out: &mut Discovered,
) {
    let key = normalize_name(entity.name());
    share_with_another_country_s_body(&mut entity, names, sharing, out);
    let ambiguous = entity.meta.ambiguous.clone();
    entity.meta.aliases.retain(|a| {
        let n = normalize_name(a);
        n != key && (!names.contains(&n) || (ambiguous.contains(a) && sharing.may_share(&n)))
    });
    // The name itself stays ambiguous where `to_entity` made it so (a one-word place).
    entity
        .meta
        .ambiguous
        .retain(|a| entity.meta.aliases.contains(a) || normalize_name(a) == key);
    ids.insert(entity.id.clone());
    names.extend(entity_keys(&entity));
    sharing.add(&entity);
    out.entities.push(entity);
}

/// Two countries' bodies named alike (وزارة الصحة of Morocco and of Gaza, each found in its
/// own article): the bare name both hold becomes ambiguous in both, each confirmed by its own
/// country's places, whichever was admitted first. Left to its first holder, the other body
/// kept only the name Sahifa made for it (وزارة الصحة الفلسطينية), which no article writes, or
/// the first holder's bare name was linked in the other country's article.
fn share_with_another_country_s_body(
    entity: &mut Entity,
    names: &HashSet<String>,
    sharing: &mut Sharing,
    out: &mut Discovered,
) {
    let Some(country) = entity.country.clone() else {
        return;
    };
    if entity.confirmed_by.is_empty() {
        return;
    }
    for alias in entity.meta.aliases.clone() {
        let key = normalize_name(&alias);
        if !names.contains(&key) {
            continue;
        }
        let holder = out.entities.iter_mut().find(|h| {
            h.kind == entity.kind
                && h.country.as_ref().is_some_and(|c| *c != country)
                && !h.confirmed_by.is_empty()
                && h.meta.aliases.iter().any(|a| normalize_name(a) == key)
        });
        let Some(holder) = holder else { continue };
        for e in [&mut *holder, &mut *entity] {
            if let Some(a) = e.meta.aliases.iter().find(|a| normalize_name(a) == key)
                && !e.meta.ambiguous.contains(a)
            {
                let a = a.clone();
                e.meta.ambiguous.push(a);
            }
        }
        sharing.make_ambiguous(&key);
    }
}

/// A Latin acronym in parentheses right after a body the site already has (منظمة الصحة
/// العالمية (WHO)): (index of the entity, acronym), for the acronym to be its alias as it is
/// for a discovered body. In article and text order, so the result is the same for the same
/// input.
fn acronyms_of_known_bodies(
    content: &Content,
    analyses: &[ArticleAnalysis],
    body_runs: &BodyRuns,
) -> Result<Vec<(usize, String)>, Vec<Diagnostic>> {
    let entities = &content.entities;
    let is_body = |entity: usize| {
        entities
            .get(entity)
            .is_some_and(|e| e.kind == EntityKind::Organization)
    };
    let per_article: Vec<Result<Vec<(usize, String)>, Diagnostic>> = analyses
        .par_iter()
        .enumerate()
        .map(|(i, analysis)| {
            let bodies = || {
                analysis
                    .body_mentions
                    .iter()
                    .filter(|bm| is_body(bm.mention.entity))
            };
            if bodies().next().is_none() {
                return Ok(Vec::new());
            }
            let runs = body_runs.of(i, || content.article_body(i))?;
            Ok(bodies()
                .filter_map(|bm| {
                    let m = &bm.mention;
                    let rest = runs.get(bm.run).and_then(|run| run.get(m.end..))?;
                    parenthesised_acronym(rest).map(|acronym| (m.entity, acronym.to_string()))
                })
                .collect())
        })
        .collect();
    let per_article = crate::load::all_or_every_error(per_article)?;
    Ok(per_article.into_iter().flatten().collect())
}

/// The first words of the people's names the site has or finds with two words or more
/// (محمد of محمد الصانع، محمد ساليو): given names, normalised.
fn given_names(candidates: &[Candidate], entities: &[Entity]) -> HashSet<String> {
    let found = candidates
        .iter()
        .filter(|c| c.suggestion.kind_hint == Some(EntityKind::Person))
        .map(|c| normalize_name(&c.suggestion.name));
    let known = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| normalize_name(e.name()));
    found
        .chain(known)
        .filter_map(|name| {
            let mut words = name.split(' ');
            let first = words.next()?.to_string();
            words.next().map(|_| first)
        })
        .collect()
}

/// A one-word person who is only a given name other people of the site also bear (الشيخ
/// محمد | العبدالله, cut before a family name with the article): linking every «محمد» of
/// the site to one page would be wrong far more often than right.
fn is_given_name_alone(c: &Candidate, given: &HashSet<String>) -> bool {
    if c.suggestion.kind_hint != Some(EntityKind::Person) {
        return false;
    }
    let name = normalize_name(&c.suggestion.name);
    !name.contains(' ') && given.contains(&name)
}

#[cfg(test)]
mod tests;
