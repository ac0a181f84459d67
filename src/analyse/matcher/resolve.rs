//! Which ambiguous mentions stand, once the whole article is read: the article-level half of
//! the rules for ambiguous names (the sentence-level half is in [`super::sentence`]), after
//! [`super::Matcher::find`] has marked each mention with its [`Evidence`].

use std::collections::HashSet;

use super::demonyms;
use super::{Evidence, Mention};

/// Applies the article-level rule for ambiguous aliases: an unconfirmed one stands when its
/// entity (or, for a shared name, one of its entities — the first in registry order) is named
/// unambiguously somewhere in the article, title included, or in `named_elsewhere` (the
/// front matter's list); otherwise it is dropped. `runs` are the mention lists of all the
/// article's text runs.
pub fn resolve_ambiguity(runs: &mut [Vec<Mention>], named_elsewhere: &HashSet<usize>) {
    resolve_with(runs, named_elsewhere, &[], &[]);
}

pub(super) fn resolve_with(
    runs: &mut [Vec<Mention>],
    named_elsewhere: &HashSet<usize>,
    supporters: &[Vec<usize>],
    lands: &[Option<usize>],
) {
    let mut named: HashSet<usize> = named_elsewhere.clone();
    let mut nations = demonyms::nations_by_demonym(runs);
    let teams: HashSet<usize> = runs
        .iter()
        .flatten()
        .filter(|m| m.evidence == Evidence::NamesATeam)
        .map(|m| m.entity)
        .collect();
    for m in runs.iter().flatten() {
        if m.evidence == Evidence::Witness {
            named.extend(&m.candidates);
        }
        // A cue on a shared name says a name stands there, not which entity's.
        let shared_cue = matches!(m.evidence, Evidence::Cue(_)) && !m.candidates.is_empty();
        let confirmed =
            m.evidence.confirmed_in_place() || matches!(m.evidence, Evidence::Coordinated(_));
        // A news source's common word is the paper there only (see Evidence::NewsSource).
        if confirmed && !shared_cue && m.evidence != Evidence::NewsSource {
            named.insert(m.entity);
        }
    }
    // What the article names for sure places it in their countries, as a demonym does: a
    // name towns of two countries share is the one in the country of the article's Lebanese
    // committee or Lebanese town (طرابلس beside «اللجنة الوطنية اللبنانية»، «قائمقام بشري»).
    nations.extend(
        named
            .iter()
            .filter_map(|&e| lands.get(e).copied().flatten()),
    );
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
                let chosen = choose(&m.candidates, supporters, &named, &nations);
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
            match choose(candidates, supporters, &named, &nations) {
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
    named: &HashSet<usize>,
    nations: &HashSet<usize>,
) -> Option<(usize, Evidence)> {
    candidates
        .iter()
        .find(|e| named.contains(e))
        .map(|&e| (e, Evidence::NamedInArticle))
        .or_else(|| demonyms::related(candidates, supporters, named, nations))
}
