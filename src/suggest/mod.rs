//! `sahifa entities suggest`: names that look like entities but are not in the registry,
//! ranked by how often the site uses them, with example sentences, so that an editor can grow
//! `content/entities/`.
//!
//! Three rules find candidates in the article bodies (titles repeat the lead sentence in news,
//! so they would only double the counts):
//! 1. **after a title or kind word** (`triggers.rs`) — الرئيس، المتحدث باسم X، وزير الخارجية،
//!    وكالة، حركة، مدينة، العاصمة … — skipping demonyms and role complements (الرئيس الروسي،
//!    المتحدث باسم الكرملين) and bodies named inside the title, then 1–4 name words (and a
//!    second full name joined by و); an organisation's head takes the phrase it governs
//!    (`organizations.rs`: وزارة التضامن الاجتماعي، الاتحاد الجزائري لكرة القدم) and a short
//!    name in parentheses after it; the trigger also hints at the kind;
//! 2. **short quoted spans** («…» “…” "…") of name words that are quoted at least twice;
//! 3. **recurring sequences** of 2–4 name words: words that are neither on the built-in lists
//!    nor used by the site as ordinary words (`lexicon.rs`), nor shaped like adjectives, verbs
//!    or accusatives, and that do not merely add context to a name a trigger found.
//!
//! Candidates are merged by normal form (spelling variants, a leading clitic), anything the
//! registry already knows — or that contains a registered name — is dropped, and then every
//! occurrence in the site is counted (`count.rs`); a person's surname alone counts for the
//! full name (دونالد ترامب … ترامب). A name of two words or more after a title stands even
//! when seen once; anything else needs two occurrences. Words inside registered mentions are
//! never part of a suggestion.

mod appointments;
mod assemble;
mod boundaries;
mod bylines;
mod cabinet;
mod candidates;
mod chains;
mod club_words;
mod commune;
mod count;
mod datelines;
mod definite_names;
mod delegations;
mod discover;
mod docs;
mod each_of;
mod examples;
mod given_names;
mod interned;
mod known;
mod leagues;
mod lexicon;
mod lineups;
mod local;
mod matches;
mod name_lists;
mod name_parts;
mod named_sides;
mod org_definite;
mod org_descriptions;
mod org_phrase;
mod org_phrase_words;
mod org_quoted;
mod org_shapes;
mod org_words;
mod organizations;
mod outlets;
mod people;
mod people_list_words;
mod people_lists;
mod place_after;
mod place_lists;
mod placed;
mod players;
mod representatives;
mod shown_name;
mod speech;
mod standings;
#[cfg(test)]
mod test_site;
mod title_complement;
mod titled;
mod tokens;
mod town_clubs;
mod triggers;
mod venues;
mod vocabulary;
mod word_lists;
mod word_shapes;

// Fx hashing: these are looked up for every word of the site (the site's own text).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use rayon::prelude::*;
use serde::{Serialize, Serializer};

use crate::AnalysedSite;
use crate::analyse::ArticleAnalysis;
use crate::load::{Content, Entity, EntityKind};
pub(crate) use count::{COMPOUND_SURNAME_OPENERS, COMPOUND_SURNAME_TAILS};
use count::{Occurrence, compound_surnames, count_all, surnames};
use discover::{Found, MAX_WORDS, Scan};
pub(crate) use docs::{BodyRuns, is_large_site};
use docs::{Doc, Docs};
pub(crate) use given_names::is_given_name;
use known::{is_accusative_phrase, is_known, places_named_like_words, registered_names};
use lexicon::{Lexicon, is_definite, is_particle};
pub(crate) use local::club_short_form;
pub(crate) use local::is_toponym_with_kunya;
pub(crate) use org_words::{NATIONAL_CHAMBERS, is_numbered_body};
pub(crate) use place_after::{is_city_of_a_kind, is_place_facility};
use tokens::Words;
pub(crate) use triggers::{is_body_head, serves_a_place};
pub(crate) use venues::{is_facility_head, is_saint_s_house};
use vocabulary::vocabulary;

/// Example sentences kept per suggestion.
const MAX_EXAMPLES: usize = 3;

/// A name the registry does not know yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// The name as the site most often writes it (without a leading clitic).
    pub name: String,
    /// The id the name gets as a discovered entity (its slug): what `sahifa entities accept`
    /// and `reject` take, and what `content/discovery-rejected.txt` lists.
    pub id: String,
    /// Occurrences in article bodies, surname-only occurrences of a person included.
    pub count: usize,
    /// The kind suggested by the words before it (الرئيس → person, وكالة → organisation,
    /// مدينة → place), when any.
    #[serde(serialize_with = "kind_key")]
    pub kind_hint: Option<EntityKind>,
    /// Up to three occurrences, in site order.
    pub examples: Vec<Example>,
}

/// Where a suggested name occurs. Line and column are 1-based (columns in Unicode scalars).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Example {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub sentence: String,
}

/// Serialises a kind as its key (`person`, `place`, `organization`, `event`).
fn kind_key<S: Serializer>(kind: &Option<EntityKind>, s: S) -> Result<S::Ok, S::Error> {
    kind.map(EntityKind::key).serialize(s)
}

/// Suggestions for an analysed site, most frequent first (then by first appearance).
pub fn suggest(site: &AnalysedSite) -> Vec<Suggestion> {
    suggest_in(&site.content, &site.analyses)
}

/// [`suggest`] without the names the editor rejected (their ids in
/// `content/discovery-rejected.txt`): a rejected name must not come back under
/// `discovery: suggest` either.
pub fn suggest_unrejected(
    site: &AnalysedSite,
    rejected: &std::collections::HashSet<String>,
) -> Vec<Suggestion> {
    let mut suggestions = suggest(site);
    suggestions.retain(|s| !rejected.contains(&s.id));
    suggestions
}

/// As [`suggest`], from the parts: `analyses` index-aligned with the articles of `content`,
/// their mentions pointing into its entities.
pub fn suggest_in(content: &Content, analyses: &[ArticleAnalysis]) -> Vec<Suggestion> {
    candidates_in(content, analyses)
        .into_iter()
        .map(|c| c.suggestion)
        .collect()
}

/// A suggestion with the evidence behind it, for deciding whether to link it without an
/// editor (see `crate::discovery`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub suggestion: Suggestion,
    /// Occurrences right after a title or kind word of the suggested kind.
    pub triggered: usize,
    /// Found once with evidence enough on its own: two name words or more after a title
    /// (the first not ending in ة), an organisation's kind word with two definite words or a
    /// bare name after it.
    pub strong: bool,
    /// The last word stands alone for this person's full name elsewhere in the site: a name
    /// word, not an ordinary word of the site, claimed by no other candidate.
    pub surname_links: bool,
    /// Short names or acronyms written in parentheses right after the name (حماس، PIF), as
    /// written, most frequent first.
    pub aliases: Vec<String>,
    /// The articles that write the name (indexes, in site order): discovery names a state
    /// body after the country of each (see `discovery::national`).
    pub articles: Vec<usize>,
}

/// [`suggest_in`] with the evidence of each suggestion, in the same order. Its callers hold
/// the site's texts ([`crate::analyse_site`]), so nothing is read back.
pub fn candidates_in(content: &Content, analyses: &[ArticleAnalysis]) -> Vec<Candidate> {
    candidates_with(content, analyses, Scope::All).0
}

/// [`candidates_in`] for discovery, which links only names a title or head word introduced:
/// quoted spans and recurring sequences are counted only where they decide how a person's
/// name is cut ([`candidates::leading_other_name`]), which saves most of the work on a large site.
///
/// Also returns the text runs of each article's body, as the analysis reads them (see
/// [`crate::analyse::runs`]): discovery checks them for the names it adds without parsing the
/// Markdown again, where they were held.
///
/// A large site's files are read back for each pass: every one that could not be (changed or
/// gone since the site was loaded) is the error.
pub fn introduced_candidates_in(
    content: &Content,
    analyses: &[ArticleAnalysis],
) -> Result<(Vec<Candidate>, BodyRuns), Vec<crate::error::Diagnostic>> {
    let (candidates, docs) = candidates_with(content, analyses, Scope::Introduced);
    Ok((candidates, docs.into_body_runs()?))
}

/// Which candidates to find.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Everything `sahifa entities suggest` lists.
    All,
    /// Names after a title or head word (with a kind), for discovery.
    Introduced,
}

/// The candidates, and the articles as read for them.
fn candidates_with<'a>(
    content: &'a Content,
    analyses: &'a [ArticleAnalysis],
    scope: Scope,
) -> (Vec<Candidate>, Docs<'a>) {
    let mut docs = Docs::new(content, analyses);
    (candidates_of(&mut docs, &content.entities, scope), docs)
}

/// The candidates of the articles read as `docs`.
fn candidates_of(docs: &mut Docs, entities: &[Entity], scope: Scope) -> Vec<Candidate> {
    let places = registered_names(entities.iter().filter(|e| e.kind == EntityKind::Place));
    let lex = Lexicon::from_vocabulary(vocabulary(docs), registered_names(entities.iter()))
        .with_places(places)
        .with_places_named_like_words(places_named_like_words(entities));
    let candidates = candidates::without_extensions(candidates::discover_all(docs, &lex, scope));
    let keys: Vec<(Vec<String>, Evidence)> = candidates
        .into_iter()
        .filter(|(_, ev)| scope == Scope::All || !ev.kinds.is_empty())
        .filter(|(key, ev)| {
            ev.worth_counting() && !is_known(key, ev, &lex) && !is_accusative_phrase(key, &lex)
        })
        .collect();
    let occurrences = count_all(docs, &keys, &lex);
    let surnames: HashSet<usize> = surnames(&keys, &lex)
        .into_values()
        .flatten()
        .chain(compound_surnames(&keys).into_values())
        .collect();
    let wanted: Vec<bool> = keys
        .iter()
        .zip(&occurrences)
        .map(|((_, ev), occ)| ev.strong || occ.len() >= 2)
        .collect();
    let suggestions = assemble::assemble_all(docs, &keys, &occurrences, &wanted);
    let mut out: Vec<(Position, Candidate)> = keys
        .iter()
        .enumerate()
        .zip(occurrences)
        .zip(suggestions)
        .filter_map(|(((k, (key, ev)), occ), suggestion)| {
            let first = occ.first()?.pos;
            let suggestion = suggestion?;
            let triggered = ev
                .kinds
                .iter()
                .filter(|kind| Some(**kind) == suggestion.kind_hint)
                .count();
            Some((
                first,
                Candidate {
                    suggestion,
                    triggered,
                    strong: ev.strong,
                    // The surname alone must be in the text: a last word that only ever follows
                    // the first name (رشيد، بدوي) may be an ordinary word or another person.
                    surname_links: surnames.contains(&k) && occ.iter().any(|o| o.len < key.len()),
                    aliases: ev.aliases_by_frequency(),
                    articles: articles_of(&occ),
                },
            ))
        })
        .collect();
    out.sort_by(|a, b| {
        b.1.suggestion
            .count
            .cmp(&a.1.suggestion.count)
            .then(a.0.cmp(&b.0))
    });
    out.into_iter().map(|(_, c)| c).collect()
}

/// The articles of `occurrences`, each once, in site order.
fn articles_of(occurrences: &[Occurrence]) -> Vec<usize> {
    let mut articles: Vec<usize> = occurrences.iter().map(|o| o.pos.doc).collect();
    articles.sort_unstable();
    articles.dedup();
    articles
}

/// Where an occurrence starts: article, run, token — also the order of first appearance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Position {
    doc: usize,
    run: usize,
    token: usize,
}

/// What the rules found for one normalised name.
#[derive(Debug, Clone, Default)]
struct Evidence {
    /// Kinds hinted by triggers, one per triggered occurrence.
    kinds: Vec<EntityKind>,
    strong: bool,
    quoted: usize,
    repeated: usize,
    first: Option<Position>,
    /// Parenthesised short names after it, as written (see [`Candidate::aliases`]).
    aliases: Vec<String>,
    /// Seen as a person's name after a title (see [`known::is_known`]).
    titled: bool,
}

impl Evidence {
    /// Records an occurrence at `pos`, keeping the earliest.
    fn seen_at(&mut self, pos: Position) {
        self.first = Some(self.first.map_or(pos, |f| f.min(pos)));
    }

    /// Enough to count the name's occurrences at all (the final threshold comes later).
    fn worth_counting(&self) -> bool {
        self.strong || !self.kinds.is_empty() || self.quoted >= 2 || self.repeated >= 2
    }

    /// The parenthesised short names, most frequent first (then first seen).
    fn aliases_by_frequency(&self) -> Vec<String> {
        let mut out: Vec<(usize, &String)> = Vec::new();
        for a in &self.aliases {
            match out.iter_mut().find(|(_, b)| *b == a) {
                Some((n, _)) => *n += 1,
                None => out.push((1, a)),
            }
        }
        out.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
        out.into_iter().map(|(_, a)| a.clone()).collect()
    }

    /// The most frequent hinted kind (the first hinted on a tie). One pass: a name a site
    /// writes after a title thousands of times has thousands of hints.
    fn kind(&self) -> Option<EntityKind> {
        // (kind, hints), in the order of their first hint.
        let mut tally: Vec<(EntityKind, usize)> = Vec::new();
        for k in &self.kinds {
            match tally.iter_mut().find(|(t, _)| t == k) {
                Some((_, n)) => *n += 1,
                None => tally.push((*k, 1)),
            }
        }
        let mut best: Option<(EntityKind, usize)> = None;
        for (k, n) in tally {
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((k, n));
            }
        }
        best.map(|(k, _)| k)
    }
}

/// The text of tokens `r` of a run, as written, words separated by one space.
fn surface(text: &str, words: &Words, r: &Range<usize>) -> Option<String> {
    let first = words.tokens.get(r.start)?;
    let last = words.tokens.get(r.end.checked_sub(1)?)?;
    let text = text.get(first.span().start..last.span().end)?;
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The normal form of a candidate: its words normalised, a clitic on the first one removed.
fn key_of(scan: &Scan, range: &Range<usize>) -> Vec<String> {
    let tokens = &scan.words.tokens;
    let mut key: Vec<String> = tokens
        .get(range.clone())
        .unwrap_or_default()
        .iter()
        .map(|t| t.norm.to_string())
        .collect();
    if let Some(first) = key.first_mut() {
        *first = scan.strip_first(first).1;
    }
    key
}

#[cfg(test)]
mod tests;
