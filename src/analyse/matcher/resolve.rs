//! Which ambiguous mentions stand, once the whole article is read: the article-level half of
//! the rules for ambiguous names (the sentence-level half is in [`super::sentence`]), after
//! [`super::Matcher::find`] has marked each mention with its [`Evidence`].

use std::collections::{HashMap, HashSet};

use crate::load::{Entity, EntityKind};
use crate::text::normalize::normalize_name;

use super::demonyms;
use super::{Evidence, Mention};

/// Applies the article-level rule for ambiguous aliases: an unconfirmed one stands when its
/// entity (or, for a shared name, one of its entities — the first in registry order) is named
/// unambiguously somewhere in the article, title included, or in `named_elsewhere` (the
/// front matter's list); otherwise it is dropped. `runs` are the mention lists of all the
/// article's text runs.
pub fn resolve_ambiguity(runs: &mut [Vec<Mention>], named_elsewhere: &HashSet<usize>) {
    resolve_with(runs, named_elsewhere, &[], Lands::default());
}

/// Where the entities an article names are (see [`Matcher`](super::Matcher)'s fields of the
/// same names): per entity its country, and per pattern whether its alias leaves the
/// country unsaid.
#[derive(Clone, Copy, Default)]
pub(super) struct Lands<'a> {
    pub of_entity: &'a [Option<usize>],
    pub unplaced: &'a [bool],
    /// Per entity, an organisation: a body of one country among bodies of the same name in
    /// others is the article's only when that country is the one the article names most.
    pub bodies: &'a [bool],
}

impl Lands<'_> {
    /// The country a mention places the article in, if its words say it.
    fn said_by(&self, m: &Mention) -> Option<usize> {
        let unsaid = self
            .unplaced
            .get(m.pattern as usize)
            .copied()
            .unwrap_or(false);
        if unsaid {
            return None;
        }
        self.of_entity.get(m.entity).copied().flatten()
    }
}

pub(super) fn resolve_with(
    runs: &mut [Vec<Mention>],
    named_elsewhere: &HashSet<usize>,
    supporters: &[Vec<usize>],
    lands: Lands<'_>,
) {
    // What the article names for sure places it in their countries, as a demonym does: a
    // name towns of two countries share is the one in the country of the article's Lebanese
    // committee or Lebanese town (طرابلس beside «اللجنة الوطنية اللبنانية»، «قائمقام بشري»);
    // a body's short form whose country was only inferred says nothing ([`Lands::said_by`]).
    let mut placed: HashSet<usize> = named_elsewhere
        .iter()
        .filter_map(|&e| lands.of_entity.get(e).copied().flatten())
        .collect();
    let mut named: HashSet<usize> = named_elsewhere.clone();
    // How often the article names each entity for sure: between two bodies or towns its
    // names confirm, the one of the country it names most.
    let mut times: HashMap<usize, usize> = named_elsewhere.iter().map(|&e| (e, 1)).collect();
    // How often the article's sure names say each country, and how often its demonyms do.
    let mut countries: HashMap<usize, usize> = HashMap::new();
    let mut peoples: HashMap<usize, usize> = HashMap::new();
    let mut nations = demonyms::nations_by_demonym(runs);
    let teams: HashSet<usize> = runs
        .iter()
        .flatten()
        .filter(|m| m.evidence == Evidence::NamesATeam)
        .map(|m| m.entity)
        .collect();
    for m in runs.iter().flatten() {
        if m.evidence == Evidence::Demonym {
            *peoples.entry(m.entity).or_default() += 1;
        }
        if m.evidence == Evidence::Witness {
            named.extend(&m.candidates);
            for &e in &m.candidates {
                *times.entry(e).or_default() += 1;
            }
            placed.extend(
                m.candidates
                    .iter()
                    .filter_map(|&e| lands.of_entity.get(e).copied().flatten()),
            );
        }
        // A cue on a shared name says a name stands there, not which entity's.
        let shared_cue = matches!(m.evidence, Evidence::Cue(_)) && !m.candidates.is_empty();
        let confirmed =
            m.evidence.confirmed_in_place() || matches!(m.evidence, Evidence::Coordinated(_));
        // A news source's common word is the paper there only (see Evidence::NewsSource).
        if confirmed && !shared_cue && m.evidence != Evidence::NewsSource {
            named.insert(m.entity);
            *times.entry(m.entity).or_default() += 1;
            placed.extend(lands.said_by(m));
            if let Some(land) = lands.said_by(m) {
                *countries.entry(land).or_default() += 1;
            }
        }
    }
    nations.extend(placed);
    // Demonyms only when no name says a country (الأردنيين in a story that names no place):
    // beside places they are more often the nationality of the people a story is about
    // (متهمون صينيون in a report of Dubai's police).
    // The dateline's country first: a story filed in Kuwait about Iraq names Iraq more often.
    let dateline = runs
        .iter()
        .flatten()
        .find(|m| m.dateline)
        .and_then(|m| lands.said_by(m));
    let main_country = if dateline.is_some() {
        dateline
    } else if countries.is_empty() {
        unique_most(&peoples)
    } else {
        unique_most(&countries)
    };
    // A body with a land is the article's only in the country it names most (see
    // [`Lands::bodies`]); a town's name is confirmed by any place of its country.
    let admissible = |e: usize| {
        !lands.bodies.get(e).copied().unwrap_or(false)
            || lands
                .of_entity
                .get(e)
                .copied()
                .flatten()
                .is_none_or(|land| Some(land) == main_country)
    };
    for run in runs.iter_mut() {
        run.retain_mut(|m| {
            if matches!(
                m.evidence,
                Evidence::Adjectival
                    | Evidence::HeadsConstruct
                    | Evidence::StartsALineage
                    | Evidence::Witness
                    | Evidence::NamesANationalSide
            ) || (teams.contains(&m.entity) && m.evidence != Evidence::PlaceWord)
            {
                return false;
            }
            // A cue shows a name several entities share is a name, not whose: it goes to the
            // one the article names (لاعبو المولودية in a report on مولودية وهران), or else to
            // the one its `confirmed_by` names (بمدينة الإسكندرية beside محافظة بابل: Iraq's
            // town), and is dropped when the article names none of them.
            if matches!(m.evidence, Evidence::Cue(_))
                && !m.candidates.is_empty()
                && !named.contains(&m.entity)
            {
                let chosen = choose(&m.candidates, supporters, &times, &nations, &admissible);
                let Some((entity, evidence)) = chosen else {
                    return false;
                };
                m.entity = entity;
                m.evidence = evidence;
                return true;
            }
            // كاد زاخو أن يقلص الفارق: the club where the article names the club.
            if m.evidence == Evidence::TownOrClub {
                if let Some(&club) = m
                    .candidates
                    .iter()
                    .find(|&&c| c != m.entity && named.contains(&c))
                {
                    m.entity = club;
                    m.evidence = Evidence::NamedInArticle;
                }
                return true;
            }
            if m.evidence != Evidence::Unconfirmed {
                return true;
            }
            let candidates = if m.candidates.is_empty() {
                std::slice::from_ref(&m.entity)
            } else {
                m.candidates.as_slice()
            };
            match choose(candidates, supporters, &times, &nations, &admissible) {
                Some((entity, evidence)) => {
                    m.entity = entity;
                    m.evidence = evidence;
                    true
                }
                None => false,
            }
        });
    }
}

/// Which of `candidates` a name is, from the article: the first it names elsewhere, else one
/// related to what it names (its `confirmed_by`, a nation by its demonym); `None` if neither.
fn choose(
    candidates: &[usize],
    supporters: &[Vec<usize>],
    times: &HashMap<usize, usize>,
    nations: &HashSet<usize>,
    admissible: &dyn Fn(usize) -> bool,
) -> Option<(usize, Evidence)> {
    candidates
        .iter()
        .find(|e| times.contains_key(e))
        .map(|&e| (e, Evidence::NamedInArticle))
        .or_else(|| demonyms::related(candidates, supporters, times, nations, admissible))
}

/// The key with the highest count, if no other has it too.
fn unique_most(counts: &HashMap<usize, usize>) -> Option<usize> {
    let most = counts.values().copied().max()?;
    let mut top = counts.iter().filter(|&(_, &n)| n == most);
    let (&key, _) = top.next()?;
    top.next().is_none().then_some(key)
}

/// Whether `alias` is an organisation's short form that drops the end of its name (مجلس
/// النواب for «مجلس النواب اللبناني»، الدفاع المدني for «الدفاع المدني اللبناني»), for every
/// entity of the pattern that has a land. Discovery named such a body after the country of
/// other articles; an article that writes only the short form has not said which country it
/// is on, and taking the body's land as its own chains one guess into the next (Iraq's
/// parliament linked to Lebanon's because the article's civil defence had been Lebanon's).
pub(super) fn short_of_its_land(alias: &str, of: &[usize], entities: &[Entity]) -> bool {
    let alias = normalize_name(alias);
    let mut placed = of
        .iter()
        .filter_map(|&e| entities.get(e))
        .filter(|e| e.country.is_some())
        .peekable();
    placed.peek().is_some()
        && placed.all(|e| {
            let name = normalize_name(e.name());
            e.kind == EntityKind::Organization
                && name.len() > alias.len()
                && name.starts_with(&alias)
                && name[alias.len()..].starts_with(' ')
        })
}
