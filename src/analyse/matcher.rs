//! Finding names from the registry in Arabic text.
//!
//! An index of every normalised alias by its word prefixes ([`names`]) finds the candidate
//! occurrences, reading the text word by word; the Arabic rules then decide which are mentions:
//! 1. a name ends at a word boundary (إيران never inside الإيرانية, مصر never inside مصرنا);
//! 2. it starts at a word boundary, or after a clitic prefix (و ف ب ك ل and their pairs), or —
//!    for a name with the article ال — after ل with the alef elided (للكرملين);
//! 3. among overlapping candidates the leftmost word wins, then the longest name (فلاديمير
//!    بوتين is one mention, not two), so a name that itself begins with a clitic letter
//!    (بوتين، فرنسا، واشنطن) is always tried whole before any stripping;
//! 4. an ambiguous alias (رئيسي "main", حماس "enthusiasm") counts only with evidence: a cue word
//!    right before it (الرئيس رئيسي، حركة «حماس») or an unambiguous name of the same entity
//!    elsewhere in the same article ([`resolve_ambiguity`]).

use std::collections::HashSet;

use super::normalize::{Normalized, is_word_char, normalize, normalize_name};

mod agreement;
mod carry;
mod construct;
mod cues;
mod demonyms;
mod evidence;
mod gazetteer_spans;
mod inside_names;
mod lists;
mod names;
mod namesakes;
mod neighbours;
mod quantities;
mod registry;
mod resolve;
mod sentence;
mod sources;
mod sport;
mod vowels;
use crate::error::Diagnostic;
use crate::load::{Entity, EntityKind, Origin};
pub use carry::Carried;
pub use evidence::Evidence;
use names::{CLITICS, NameIndex, Occurrence};
pub use resolve::resolve_ambiguity;
pub(crate) use sentence::PROVINCES;
/// Before a name whose article lost its alef (ل + الكرملين → للكرملين) only ل may stand.
const LAM_CLITICS: &[&str] = &["ل", "ول", "فل"];

/// One mention of an entity in a piece of text. Offsets are bytes in that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub entity: usize,
    /// For a name several entities share (all marking it ambiguous): every one of them, so
    /// [`resolve_ambiguity`] can pick the one the article is about. Empty otherwise.
    pub candidates: Vec<usize>,
    /// Start of the whole word, clitics included: the span a link covers.
    pub start: usize,
    /// Start of the name itself, after any clitic.
    pub name_start: usize,
    pub end: usize,
    /// Index of the registry alias that matched; [`Matcher::alias`] gives its text. An index,
    /// not a copy: a 100,000-article site has millions of mentions.
    pub pattern: u32,
    pub evidence: Evidence,
    /// A place opening its paragraph as a dateline (الكويت - …، دهوك (شفق نيوز)/): where the
    /// story is filed, which says the article's country before any other name does.
    pub dateline: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Pattern {
    /// The entity (or, for a name several entities share as ambiguous, all of them).
    entities: Vec<usize>,
    alias: String,
    ambiguous: bool,
    /// The pattern is an ال-name with its alef elided; it needs a ل clitic before it.
    lam_form: bool,
    kind: PatternKind,
    /// Per entity, its spellings of the key written with marks ([`vowels`]): empty for most.
    vowelled: Vec<vowels::Vowelled>,
}

/// What a pattern's key is of its entities: one kind each, since a key found in a text can
/// be read only one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PatternKind {
    /// A name or alias: a mention.
    Name,
    /// A demonym adjective (الروسي): found so it is never mistaken for part of a name, and
    /// counted as a weaker signal, but never linked.
    Demonym,
    /// A `not` phrase, which contains a name in another sense (صلاة المغرب): the names of
    /// the entities that list it are not found inside it (another entity's still are), and
    /// it is itself dropped.
    Blocker,
    /// A `context` phrase (a club's league): it confirms the ambiguous names of its entities
    /// in the article, and is itself dropped.
    Witness,
}

/// The compiled registry: built once per build, shared by every article (it is `Sync`).
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Where each pattern's key may occur ([`names`]).
    names: NameIndex,
    patterns: Vec<Pattern>,
    /// The normalised search key of each pattern (see [`Carried`]).
    keys: Vec<String>,
    /// Normalised cue words per entity.
    cues: Vec<Vec<String>>,
    /// Per entity, the entities whose unambiguous mention confirms its ambiguous names.
    supporters: Vec<Vec<usize>>,
    /// Per entity, the country it is in (a town's, a national body's; a country's own index),
    /// as an article naming it speaks of that country (see [`resolve::resolve_with`]).
    lands: Vec<Option<usize>>,
    /// Per pattern, its alias is a body's short form that leaves out the words placing it
    /// (مجلس النواب of «مجلس النواب اللبناني»): its land was inferred, not written, so the
    /// mention says nothing of the article's country ([`short_of_its_land`]).
    unplaced: Vec<bool>,
    /// Per entity, an organisation (see [`resolve::Lands::bodies`]).
    body: Vec<bool>,
    /// Per pattern, the name of places named for a ruler (الملك عبد الله الثاني of a stadium):
    /// without the evidence of its kind word it yields to the ruler's name inside it.
    ruler_place: Vec<bool>,
    /// Per entity, its type: coordination confirms only names of the same kind.
    kinds: Vec<EntityKind>,
    /// Per entity, a person discovered in the site's text: its ambiguous name is a surname
    /// (مدبولي), which discovery took only where the site never writes it as a word, so a
    /// definite word after it is the verb's object (هنأت زعيتر الفائزين), not a construct.
    discovered_person: Vec<bool>,
    /// Per entity, a place discovered in the site's text (see [`Evidence::InProvince`]).
    discovered_place: Vec<bool>,
    /// Per entity, an organisation the gazetteer or discovery names (not the editor): its link
    /// takes the kind word written before it ([`gazetteer_spans::body_kind_word_before`]).
    found_body: Vec<bool>,
    /// Per entity, one of the built-in gazetteer's: a place's aliases with a province's kind
    /// word (منطقة عسير، محافظة الجوف) link only the name after it ([`kind_word_before_name`]),
    /// and a body's name is left to discovery when a name's adjective follows it
    /// ([`Matcher::longer_name_follows`]).
    gazetteer: Vec<bool>,
    /// The keys of gazetteer places' patterns, with their entities: what a province's name
    /// without its kind word names ([`gazetteer_spans::kind_word_before_name`]).
    place_keys: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// Per discovered person, the normalised words of the name and aliases: a given name
    /// among them before the surname is the person's own (see
    /// [`namesakes::after_another_given_name`]); empty for every other entity.
    own_name_words: Vec<Vec<String>>,
    /// Per entity, a club: an organisation whose name a word of its team confirms (cue فريق).
    club: Vec<bool>,
    /// Per entity, a place with demonyms: a country (or a region named like its people), whose
    /// team is its national side.
    nation: Vec<bool>,
    /// Names of divisions with their kind word, by the rest and the kind word ([`lists`]).
    divisions: rustc_hash::FxHashMap<(String, &'static str), usize>,
}

impl Matcher {
    /// Compiles the aliases of `entities`. A name that normalises to nothing, or one claimed by
    /// two entities without both marking it ambiguous, is reported with the files involved.
    pub fn build(entities: &[Entity]) -> Result<Matcher, Vec<Diagnostic>> {
        let compiled = registry::Compiled::from_entities(entities);
        if !compiled.errors.is_empty() {
            return Err(compiled.errors);
        }
        let names = NameIndex::build(&compiled.keys).map_err(|e| {
            vec![Diagnostic::new(
                "content/entities",
                format!("cannot compile the names: {e}"),
            )]
        })?;
        let cues: Vec<Vec<String>> = entities
            .iter()
            .map(|e| {
                e.meta
                    .cue_words
                    .iter()
                    .flat_map(|list| list.words())
                    .chain(e.meta.cues.iter().map(String::as_str))
                    .map(normalize_name)
                    .filter(|c| !c.is_empty())
                    .collect()
            })
            .collect();
        let index: rustc_hash::FxHashMap<&str, usize> = entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut supporters: Vec<Vec<usize>> = entities
            .iter()
            .map(|e| {
                e.confirmed_by
                    .iter()
                    .filter_map(|id| index.get(id.as_str()).copied())
                    .collect()
            })
            .collect();
        for &(entity, witness) in &compiled.named_witnesses {
            if !supporters[entity].contains(&witness) {
                supporters[entity].push(witness);
            }
        }
        let lands = entities
            .iter()
            .map(|e| e.country.as_deref().and_then(|c| index.get(c).copied()))
            .collect();
        let unplaced = compiled
            .patterns
            .iter()
            .map(|p| resolve::short_of_its_land(&p.alias, &p.entities, entities))
            .collect();
        let ruler_place = compiled
            .patterns
            .iter()
            .map(|p| namesakes::names_a_ruler_s_venue(&p.alias, &p.entities, entities))
            .collect();
        let club = entities
            .iter()
            .zip(&cues)
            .map(|(e, cues)| e.kind == EntityKind::Organization && cues.iter().any(|c| c == "فريق"))
            .collect();
        let divisions = lists::divisions(&compiled.keys, &compiled.patterns, entities);
        let place_keys = gazetteer_spans::place_keys(&compiled.keys, &compiled.patterns, entities);
        Ok(Matcher {
            divisions,
            names,
            patterns: compiled.patterns,
            keys: compiled.keys,
            cues,
            supporters,
            lands,
            unplaced,
            ruler_place,
            body: entities
                .iter()
                .map(|e| e.kind == EntityKind::Organization)
                .collect(),
            kinds: entities.iter().map(|e| e.kind).collect(),
            club,
            discovered_person: entities
                .iter()
                .map(|e| e.kind == EntityKind::Person && e.origin == Origin::Discovered)
                .collect(),
            discovered_place: entities
                .iter()
                .map(|e| e.kind == EntityKind::Place && e.origin == Origin::Discovered)
                .collect(),
            found_body: entities
                .iter()
                .map(|e| e.kind == EntityKind::Organization && e.origin != Origin::Registry)
                .collect(),
            gazetteer: entities
                .iter()
                .map(|e| e.origin == Origin::Gazetteer)
                .collect(),
            place_keys,
            own_name_words: entities
                .iter()
                .map(|e| {
                    if e.kind != EntityKind::Person || e.origin != Origin::Discovered {
                        return Vec::new();
                    }
                    std::iter::once(e.name())
                        .chain(e.meta.aliases.iter().map(String::as_str))
                        .flat_map(|n| {
                            normalize_name(n)
                                .split(' ')
                                .map(str::to_string)
                                .collect::<Vec<_>>()
                        })
                        .collect()
                })
                .collect(),
            // الخليج has demonyms (خليجي) but is a region: «ضيفه الخليج» is the club.
            nation: entities
                .iter()
                .map(|e| {
                    e.kind == EntityKind::Place
                        && !e.meta.demonyms.is_empty()
                        && !(e.origin == Origin::Gazetteer
                            && crate::load::gazetteer::is_region(&e.id))
                })
                .collect(),
        })
    }

    /// [`resolve_ambiguity`], also accepting an ambiguous name when an entity in its
    /// `confirmed_by` is named unambiguously in the article.
    pub fn resolve_ambiguity(&self, runs: &mut [Vec<Mention>], named_elsewhere: &HashSet<usize>) {
        let lands = resolve::Lands {
            of_entity: &self.lands,
            unplaced: &self.unplaced,
            bodies: &self.body,
        };
        resolve::resolve_with(runs, named_elsewhere, &self.supporters, lands);
    }

    /// Every mention in `text`, in order, without overlaps. Ambiguous aliases come back with
    /// [`Evidence::Cue`] or [`Evidence::Unconfirmed`]; see [`resolve_ambiguity`].
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let norm = normalize(text);
        let t = norm.text.as_str();
        let mut candidates: Vec<(usize, usize, usize, usize)> = self
            .names
            .occurrences(t)
            .into_iter()
            .filter(|o| self.clitic_fits(&norm, o))
            .map(|o| (o.word_start, o.start, o.end, o.pattern))
            .collect(); // word start, name start, end, pattern
        let listed = self.listed_divisions(t, &candidates);
        candidates.extend(listed);
        // Leftmost word first, then the longest name (the same key twice: pattern order).
        candidates.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.2.cmp(&a.2))
                .then(a.1.cmp(&b.1))
                .then(a.3.cmp(&b.3))
        });
        let mut mentions = Vec::new();
        // Per mention: joined to the one before by و, and whether it reads as a common word.
        let mut joined = Vec::new();
        let mut heads = Vec::new();
        let mut taken_until = 0;
        // `not` phrases met so far (end, pattern): each hides only its own entities' names.
        let mut blockers: Vec<(usize, usize)> = Vec::new();
        for &(word_start, name_start, end, p) in &candidates {
            if word_start < taken_until {
                continue;
            }
            let pattern = &self.patterns[p];
            if pattern.kind == PatternKind::Blocker {
                blockers.push((end, p));
                continue;
            }
            if self.blocked(&blockers, word_start, p) {
                continue;
            }
            // والدمام وجدة: و and Jeddah, a town of the list's land, not Oujda.
            if self.and_another_place_of_the_list(
                t,
                (word_start, name_start, end),
                &pattern.entities,
            ) {
                continue;
            }
            let taken_before = taken_until;
            taken_until = end;
            if self.longer_name_follows(t, (name_start, end), &pattern.entities, &candidates) {
                continue;
            }
            if pattern
                .entities
                .iter()
                .all(|&e| self.kinds[e] == EntityKind::Person)
                && namesakes::inside_a_namesake(t, word_start)
            {
                continue;
            }
            // وجماعة "الحوثي": the movement, not the discovered person of that surname.
            if pattern.entities.iter().all(|&e| self.discovered_person[e])
                && namesakes::after_a_movement(t, word_start)
            {
                continue;
            }
            // عبدالوهاب المسيري beside the discovered هاني المسيري: another person's name.
            if pattern.ambiguous
                && pattern.entities.iter().all(|&e| self.discovered_person[e])
                && !t[name_start..end].contains(' ')
                && let Some(given) = namesakes::other_given_name_before(t, word_start, |w| {
                    pattern
                        .entities
                        .iter()
                        .any(|&e| self.own_name_words[e].iter().any(|o| o == w))
                })
                // تدخل على عمر: the preposition, written with ى, is no name.
                && !text[norm.original_start(given.start)..norm.original_end(given.end)]
                    .trim_end()
                    .ends_with('ى')
            {
                continue;
            }
            // مهرجان "القدس" السينمائي: the festival's name, not the town; «مصر اليوم» the
            // outlet's, ابن سيناء a man's, جامعتي نينوى والنور the universities'.
            if pattern
                .entities
                .iter()
                .all(|&e| self.kinds[e] == EntityKind::Place)
                && (namesakes::quoted_name_of_an_event(t, word_start, end)
                    || inside_names::names_an_outlet(t, word_start, end)
                    || inside_names::after_a_lineage_word(t, word_start)
                    || inside_names::named_by_a_dual_head(t, word_start, name_start)
                    || inside_names::opens_a_body_s_name(t, end)
                    || inside_names::names_an_event(t, word_start, end)
                    || inside_names::names_a_research_body(t, word_start, end)
                    || inside_names::part_named_by_a_direction(t, word_start, end))
            {
                continue;
            }
            // السكر 3 كغ، حمص 2 كغ: an item of a list of rations measured in kilos, the
            // commodity (chickpeas), not the town nor a club named like it; never a country
            // (الدول المانحة، سوريا 100 طن).
            if pattern
                .entities
                .iter()
                .any(|&e| self.kinds[e] == EntityKind::Place)
                && pattern.entities.iter().all(|&e| self.lands[e] != Some(e))
                && quantities::measured_item_of_a_list(t, word_start, name_start, end)
            {
                continue;
            }
            // منطقة الجزائر وسط البصرة، شارع لبنان: a quarter or a street named for a country,
            // not the country.
            if word_start == name_start
                && pattern.entities.iter().all(|&e| self.lands[e] == Some(e))
                && inside_names::after_a_quarter_word(t, word_start)
            {
                continue;
            }
            // البنك الأهلي، شركة النصر: an ambiguous club's name after the head of another kind
            // of body is that body's adjective or name, whatever else the article confirms.
            if pattern.ambiguous
                && pattern
                    .entities
                    .iter()
                    .all(|&e| self.kinds[e] == EntityKind::Organization)
                && inside_names::after_a_non_club_head(t, word_start)
            {
                continue;
            }
            // الصعيدين العربي والإفريقي: a name shaped like an adjective, after another one.
            if pattern.ambiguous
                && agreement::second_adjective_of_scope(t, word_start, name_start, end)
            {
                continue;
            }
            // عمّان with its shadda is not Oman's name (see [`vowels`]).
            let shared_by_places = self.shared_by_places(pattern);
            let Some((narrowed, spelled)) = vowels::narrow(pattern, text, &norm, name_start, end)
            else {
                continue;
            };
            let pattern = &*narrowed;
            let witness = pattern.kind == PatternKind::Witness;
            let (entity, evidence) = if witness {
                (pattern.entities[0], Evidence::Witness)
            } else {
                // Marks that spell one of the places sharing the name say a name stands here.
                match self.evidence(t, word_start, name_start, end, pattern) {
                    (e, Evidence::Unconfirmed) if spelled && shared_by_places => {
                        (e, Evidence::Vowelled)
                    }
                    found => found,
                }
            };
            // جلالة الملك عبد الله الثاني: a place named for a ruler, with no kind word before
            // it, is the ruler; the words are left to his own shorter name inside them.
            if evidence == Evidence::Unconfirmed && self.ruler_place[p] {
                taken_until = taken_before;
                continue;
            }
            joined.push(&t[word_start..name_start] == "و");
            heads.push(
                pattern.ambiguous
                    && !pattern.entities.iter().all(|&e| self.discovered_person[e])
                    && !shared_by_places
                    && (construct::heads_construct(t, end)
                        || construct::after_a_speaker_s_pronoun(t, word_start))
                    && !construct::is_multiword_definite(t, name_start, end),
            );
            // بمنطقة عسير: the province's name is عسير; its kind word (and the clitic before
            // it) stays outside the link, as a discovered province's does.
            let name = &t[name_start..end];
            let (word_start, name_start) = match gazetteer_spans::kind_word_before_name(
                name,
                &pattern.entities,
                self,
            )
            .or_else(|| gazetteer_spans::quarter_word_before_name(name, &pattern.entities, self))
            {
                Some(len) => (name_start + len, name_start + len),
                None => (word_start, name_start),
            };
            // شركة سوناطراك، نادي الزهراء: a body's link takes the kind word written before it.
            let (word_start, name_start) = self
                .body_kind_word_before(
                    (text, &norm),
                    (word_start, name_start, end),
                    taken_before,
                    &pattern.entities,
                )
                .unwrap_or((word_start, name_start));
            let start = norm.original_start(word_start);
            let name_start_orig = norm.original_start(name_start);
            // A cue only one of the sharers has (مدينة عمان: Amman's, not Oman's) says whose
            // name it is; one they all have (لاعبو المولودية) only that a name stands there.
            let whose = (matches!(evidence, Evidence::Cue(_))
                && self.cue_is_specific(t, (word_start, end), pattern, entity))
                || evidence == Evidence::ClubNamedLikeATown;
            mentions.push(Mention {
                entity,
                candidates: if (pattern.entities.len() > 1 && !whose) || witness {
                    pattern.entities.clone()
                } else {
                    Vec::new()
                },
                start,
                name_start: name_start_orig,
                end: norm.original_end(end),
                pattern: p as u32,
                evidence,
                dateline: pattern
                    .entities
                    .iter()
                    .all(|&e| self.kinds[e] == EntityKind::Place)
                    && sport::opens_a_dateline(t, word_start, end),
            });
        }
        let common_word = neighbours::constructs(text, &mut mentions, &heads);
        self.confirm_coordinated(text, &mut mentions, &joined, &common_word);
        mentions
    }

    /// Whether an occurrence may be a mention: the letters before it in its word are none or a
    /// clitic (only ل and its pairs before an ال-name with its alef elided), and neither end
    /// falls inside the expansion of one original character.
    /// Whether a `not` phrase around `word_start` hides pattern `p`: only when every entity
    /// of `p` lists it. «مصالح مصر العليا» is not Upper Egypt, but «مصر» in it is still Egypt.
    fn blocked(&self, blockers: &[(usize, usize)], word_start: usize, p: usize) -> bool {
        blockers.iter().any(|&(end, blocker)| {
            word_start < end
                && self.patterns[p]
                    .entities
                    .iter()
                    .all(|e| self.patterns[blocker].entities.contains(e))
        })
    }

    fn clitic_fits(&self, norm: &Normalized, o: &Occurrence) -> bool {
        if norm.inside_expansion(o.word_start) || norm.inside_expansion(o.end) {
            return false;
        }
        let prefix = &norm.text[o.word_start..o.start];
        if self.patterns[o.pattern].lam_form {
            LAM_CLITICS.contains(&prefix)
        } else {
            prefix.is_empty() || CLITICS.contains(&prefix)
        }
    }

    /// The verb that confirmed an ambiguous mention ([`Evidence::AfterVerb`]).
    pub fn verb(&self, index: u16) -> &'static str {
        sentence::VERBS
            .get(usize::from(index))
            .copied()
            .unwrap_or("")
    }

    /// The registry alias (or name) of a mention, as written in the registry.
    pub fn alias(&self, m: &Mention) -> &str {
        self.patterns
            .get(m.pattern as usize)
            .map_or("", |p| p.alias.as_str())
    }
}

impl Mention {
    /// The clitic prefix that was stripped, as written in `text` (the text the mention was
    /// found in).
    pub fn clitic<'t>(&self, text: &'t str) -> Option<&'t str> {
        (self.name_start > self.start)
            .then(|| text.get(self.start..self.name_start))
            .flatten()
    }
}

/// Byte offset where the word containing (or ending at) `pos` starts.
fn word_start(t: &str, pos: usize) -> usize {
    t[..pos]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map_or(pos, |(i, _)| i)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_evidence;
#[cfg(test)]
mod tests_places;
#[cfg(test)]
mod tests_spans;
