//! A country's demonym as evidence for a town it confirms, between towns that share a name: an
//! article on Libya that calls its people and bodies «الليبي» but never writes «ليبيا» still
//! places its bare «طرابلس». A town named like a common word still needs stronger evidence.

use std::collections::{HashMap, HashSet};

use super::{Evidence, Mention};

/// The entities whose demonym the article uses (الليبي → Libya).
pub(super) fn nations_by_demonym(runs: &[Vec<Mention>]) -> HashSet<usize> {
    runs.iter()
        .flatten()
        .filter(|m| m.evidence == Evidence::Demonym)
        .map(|m| m.entity)
        .collect()
}

/// The one candidate a nation of `nations` confirms, with that nation: none when two
/// candidates are confirmed so (an article on Libya and Lebanon leaves «طرابلس» alone).
fn confirmed_by_demonym(
    candidates: &[usize],
    supporters: &[Vec<usize>],
    nations: &HashSet<usize>,
) -> Option<(usize, usize)> {
    let mut found = candidates.iter().filter_map(|&e| {
        let by = supporters.get(e)?.iter().find(|s| nations.contains(s))?;
        Some((e, *by))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The candidate confirmed by related entities (its `confirmed_by`) the article names, or else
/// by the one whose demonym it uses (see [`confirmed_by_demonym`]), as related evidence.
/// Only `admissible` candidates are taken (a body of the article's own country, see
/// [`super::resolve`]). Between candidates the article's names confirm, the one they confirm most often (its
/// country named three times against another's once); none on a tie: an article on Bahrain's
/// parliament that names Egypt once and Jordan once has said neither is its country, unless
/// its demonyms say one.
pub(super) fn related(
    candidates: &[usize],
    supporters: &[Vec<usize>],
    times: &HashMap<usize, usize>,
    nations: &HashSet<usize>,
    admissible: &dyn Fn(usize) -> bool,
) -> Option<(usize, Evidence)> {
    let support = |e: usize| -> Option<(usize, usize, usize)> {
        let of = supporters.get(e)?;
        let by = *of.iter().find(|s| times.contains_key(s))?;
        let count = of.iter().filter_map(|s| times.get(s)).sum();
        Some((e, by, count))
    };
    let mut supported = candidates
        .iter()
        .filter(|&&e| admissible(e))
        .filter_map(|&e| support(e));
    let best = supported.next().map(|first| {
        supported.fold((first, false), |(best, tied), next| {
            match next.2.cmp(&best.2) {
                std::cmp::Ordering::Greater => (next, false),
                std::cmp::Ordering::Equal => (best, true),
                std::cmp::Ordering::Less => (best, tied),
            }
        })
    });
    let untied = match best {
        Some(((e, by, _), false)) => Some((e, by)),
        _ => None,
    };
    untied
        // Only between places that share the name: a town named like a common word (مآرب
        // «aims», لحج «for the Hajj») is no likelier for an adjective of its country.
        .or_else(|| {
            (candidates.len() > 1)
                .then(|| confirmed_by_demonym(candidates, supporters, nations))
                .flatten()
                .filter(|&(e, _)| admissible(e))
        })
        .map(|(e, by)| (e, Evidence::RelatedInArticle(by as u32)))
}
