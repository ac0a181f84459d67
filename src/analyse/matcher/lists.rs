//! Divisions listed after their plural kind word: «ولايات الخرطوم والنيل الأبيض وكسلا» lists
//! the state the gazetteer names «ولاية النيل الأبيض», and «محافظات القاهرة والشرقية» the
//! governorate «محافظة الشرقية». Those names are listed only with their kind word because
//! alone they are ordinary words or another place (the river, «the eastern»); after the plural
//! kind word, in its list, the kind word stands for each of them. The governor's title stands
//! for the kind word as surely (محافظ الغربية: the governorate «محافظة الغربية»).
//!
//! Among the divisions, only names of the registry and the gazetteer count, never discovered
//! ones: the discovered names change between the two analyses of a build, and a mention found
//! here must not depend on them (see [`super::carry`]).
//!
//! Discovered one-word places in a list parted by commas are confirmed along it
//! ([`Matcher::confirm_listed_places`]): that only changes the evidence of mentions already
//! found, as a cue would.

use rustc_hash::FxHashMap;

use super::names::CLITICS;
use super::{Evidence, Matcher, Mention, PatternKind, word_start};
use crate::analyse::normalize::is_word_char;
use crate::load::{Entity, EntityKind, Origin};

/// Plural kinds of division and the singular their members' names open with (normalised).
/// محافظ (a governor) is here too: his governorate follows him as the members follow the
/// plural (محافظ الغربية); as the adjective «conservative» it follows its noun and stands
/// before no division's name. والي is left out: normalised it is also وإلى «and to».
const PLURAL_KINDS: &[(&str, &str)] = &[
    ("ولايات", "ولايه"),
    ("محافظات", "محافظه"),
    ("محافظ", "محافظه"),
];

/// Most members read in one list.
const MAX_MEMBERS: usize = 12;

/// Most words of one member without its kind word (النيل الأبيض، صلاح الدين).
const MAX_MEMBER_WORDS: usize = 3;

/// A candidate as [`Matcher::find`] sorts them: word start, name start, end, pattern.
pub(super) type Candidate = (usize, usize, usize, usize);

/// The names of divisions that open with a singular kind word, by the rest of the name
/// (normalised, «النيل الابيض» for «ولاية النيل الأبيض») and that kind word: their pattern.
pub(super) fn divisions(
    keys: &[String],
    patterns: &[super::Pattern],
    entities: &[Entity],
) -> FxHashMap<(String, &'static str), usize> {
    let mut out = FxHashMap::default();
    for (p, (key, pattern)) in keys.iter().zip(patterns).enumerate() {
        let place = pattern.kind == PatternKind::Name
            && !pattern.ambiguous
            && !pattern.lam_form
            && pattern.entities.iter().all(|&e| {
                entities[e].kind == EntityKind::Place && entities[e].origin != Origin::Discovered
            });
        if !place {
            continue;
        }
        for &(_, singular) in PLURAL_KINDS {
            if let Some(rest) = key.strip_prefix(singular).and_then(|r| r.strip_prefix(' ')) {
                out.insert((rest.to_string(), singular), p);
            }
        }
    }
    out
}

impl Matcher {
    /// The members of every list after a plural kind of division in `t` (normalised) that
    /// are a division's name without its kind word; `found` are the other candidates, whose
    /// known places keep a list going (الخرطوم … وكسلا).
    pub(super) fn listed_divisions(&self, t: &str, found: &[Candidate]) -> Vec<Candidate> {
        let mut out = Vec::new();
        if self.divisions.is_empty() {
            return out;
        }
        for &(plural, singular) in PLURAL_KINDS {
            for (at, _) in t.match_indices(plural) {
                let end = at + plural.len();
                let whole = !t[end..].starts_with(is_word_char)
                    && (word_start(t, at) == at || CLITICS.contains(&&t[word_start(t, at)..at]));
                if whole {
                    self.members(t, end, singular, found, &mut out);
                }
            }
        }
        out
    }

    /// The list's members from `pos` (right after the plural kind word): the first, then each
    /// after و, a comma allowed before it. A division's name wins over a known place it starts
    /// with (والنيل الأبيض: the state, not the Nile); a known place is passed over, anything
    /// else ends the list.
    fn members(
        &self,
        t: &str,
        mut pos: usize,
        singular: &'static str,
        found: &[Candidate],
        out: &mut Vec<Candidate>,
    ) {
        // An unknown one-word member passed over (والشمالية): the next must be known.
        let mut skipped = false;
        for k in 0..MAX_MEMBERS {
            let rest = t[pos..].trim_start_matches(' ');
            let rest = if k > 0 {
                rest.strip_prefix('،')
                    .unwrap_or(rest)
                    .trim_start_matches(' ')
            } else {
                rest
            };
            let start = t.len() - rest.len();
            if rest.is_empty() || (k > 0 && !rest.starts_with('و')) {
                return;
            }
            let name_start = if k > 0 {
                start + 'و'.len_utf8()
            } else {
                start
            };
            if let Some((end, pattern)) = self.division_at(t, name_start, singular) {
                out.push((start, name_start, end, pattern));
                pos = end;
                skipped = false;
                continue;
            }
            let known = found
                .iter()
                .filter(|c| c.0 == start && self.is_place_name(c.3))
                .map(|c| c.2)
                .max();
            if let Some(known_end) = known {
                pos = known_end;
                skipped = false;
                continue;
            }
            // ولايات الخرطوم والشمالية والنيل الأبيض: a member the registry lacks, one word
            // between two others, does not end the list (and is not linked here).
            let word_end = name_start
                + t[name_start..]
                    .find(|c: char| !is_word_char(c))
                    .unwrap_or(t.len() - name_start);
            if skipped || k == 0 || word_end == name_start || !t[word_end..].starts_with(" و") {
                return;
            }
            skipped = true;
            pos = word_end;
        }
    }

    /// The longest division named from `at` without its kind word: its end and pattern.
    fn division_at(&self, t: &str, at: usize, singular: &'static str) -> Option<(usize, usize)> {
        let mut ends = Vec::new();
        let mut i = at;
        while ends.len() < MAX_MEMBER_WORDS {
            let len = t[i..]
                .find(|c: char| !is_word_char(c))
                .unwrap_or(t.len() - i);
            if len == 0 {
                break;
            }
            ends.push(i + len);
            if !t[i + len..].starts_with(' ') {
                break;
            }
            i += len + 1;
        }
        ends.into_iter().rev().find_map(|end| {
            self.divisions
                .get(&(t[at..end].to_string(), singular))
                .map(|&p| (end, p))
        })
    }

    /// Pattern `p` is a place's name (not a demonym or a blocked phrase).
    fn is_place_name(&self, p: usize) -> bool {
        let pattern = &self.patterns[p];
        pattern.kind == PatternKind::Name
            && pattern
                .entities
                .iter()
                .all(|&e| self.kinds[e] == EntityKind::Place)
    }
}

impl Matcher {
    /// Discovered one-word places in a list parted by commas or by و (ومنها عويسيان،
    /// البهادرية، الفيه، وأبو الجوزي; عمداء بلديات الجميل والمنشية ووازن والقلعة): discovery
    /// took each as a place from that list, and the list confirms them here as a cue would,
    /// each by its confirmed neighbour, left or right, along the list — as far as it goes, where
    /// coordination alone confirms one neighbour. Only discovered places: a known name with a
    /// common sense keeps needing its own evidence («مصر، صور الدمار …»).
    pub(super) fn confirm_listed_places(
        &self,
        text: &str,
        mentions: &mut [Mention],
        joined: &[bool],
        common_word: &[bool],
    ) {
        let listed = |ms: &[Mention], first: usize, second: usize| {
            let (a, b) = (&ms[first], &ms[second]);
            a.end <= b.start && {
                let gap = &text[a.end..b.start];
                let commas = gap.chars().filter(|&c| c == '،' || c == ',').count();
                let parted = commas == 1
                    && gap
                        .chars()
                        .all(|c| c.is_whitespace() || c == '،' || c == ',');
                let conjoined =
                    commas == 0 && joined[second] && gap.chars().all(char::is_whitespace);
                parted || conjoined
            }
        };
        let confirmed = |m: &Mention| {
            m.evidence.confirmed_in_place() || matches!(m.evidence, Evidence::Coordinated(_))
        };
        let place = |m: &Mention| self.kinds[m.entity] == EntityKind::Place;
        // Each pass confirms one more item on each side of a confirmed one.
        for _ in 0..mentions.len() {
            let mut changed = false;
            for i in 0..mentions.len() {
                let m = &mentions[i];
                if m.evidence != Evidence::Unconfirmed
                    || !m.candidates.is_empty()
                    || common_word[i]
                    || !self.discovered_place[m.entity]
                {
                    continue;
                }
                let partner = [i.checked_sub(1), Some(i + 1)]
                    .into_iter()
                    .flatten()
                    .filter(|&j| j < mentions.len())
                    .find(|&j| {
                        let (first, second) = if j < i { (j, i) } else { (i, j) };
                        listed(mentions, first, second)
                            && confirmed(&mentions[j])
                            && place(&mentions[j])
                    });
                if let Some(j) = partner {
                    mentions[i].evidence = Evidence::Coordinated(mentions[j].entity as u32);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }
}
