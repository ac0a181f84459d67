//! Counting: every occurrence of every candidate name in the site, once each.

use std::collections::HashMap;

use super::lexicon::{Lexicon, is_particle, readings};
use super::tokens::{Sep, Words};
use super::{Doc, Evidence, Position};
use crate::load::EntityKind;

/// One counted occurrence.
#[derive(Debug, Clone)]
pub(super) struct Occurrence {
    pub pos: Position,
    pub len: usize,
    /// Clitic letters before the name in the first word.
    pub clitic: usize,
}

/// Counts every occurrence of every key in the site, left to right, longest key first; a
/// word is counted once. A person's surname alone counts for the full name when no other
/// candidate ends with it.
pub(super) fn count_all(
    docs: &[Doc],
    keys: &[(Vec<String>, Evidence)],
    lex: &Lexicon,
) -> Vec<Vec<Occurrence>> {
    let index = KeyIndex::new(keys, lex);
    let mut out = vec![Vec::new(); keys.len()];
    for (d, doc) in docs.iter().enumerate() {
        for (r, words) in doc.words.iter().enumerate() {
            let mut i = 0;
            while i < words.tokens.len() {
                let Some((k, len, clitic)) = index.hit(words, i) else {
                    i += 1;
                    continue;
                };
                let pos = Position {
                    doc: d,
                    run: r,
                    token: i,
                };
                if let Some(list) = out.get_mut(k) {
                    list.push(Occurrence { pos, len, clitic });
                }
                i += len;
            }
        }
    }
    out
}

/// The keys by first word (longest first), and the surnames that stand for a full name.
struct KeyIndex<'k> {
    keys: &'k [(Vec<String>, Evidence)],
    by_first: HashMap<&'k str, Vec<usize>>,
    surnames: HashMap<&'k str, usize>,
}

impl<'k> KeyIndex<'k> {
    fn new(keys: &'k [(Vec<String>, Evidence)], lex: &Lexicon) -> Self {
        let surnames = surnames(keys, lex);
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, (key, _)) in keys.iter().enumerate() {
            let Some(first) = key.first() else { continue };
            // A surname on its own is counted for the full name, not as a name of its own.
            if key.len() == 1 && surnames.contains_key(first.as_str()) {
                continue;
            }
            by_first.entry(first.as_str()).or_default().push(i);
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(keys[i].0.len()));
        }
        KeyIndex {
            keys,
            by_first,
            surnames,
        }
    }

    /// The key occurring at token `i` — the longest full name, else a surname — as (key
    /// index, words, clitic letters).
    fn hit(&self, words: &Words, i: usize) -> Option<(usize, usize, usize)> {
        let token = words.tokens.get(i).filter(|t| t.mention.is_none())?;
        let readings = readings(&token.norm);
        let full = readings.iter().find_map(|(clitic, w)| {
            self.by_first.get(w.as_ref())?.iter().find_map(|&k| {
                let (key, ev) = &self.keys[k];
                let places_inside = ev.kind() == Some(EntityKind::Organization);
                matches_at(words, i, key, places_inside).then_some((k, key.len(), *clitic))
            })
        });
        full.or_else(|| {
            readings
                .iter()
                .find_map(|(clitic, w)| Some((*self.surnames.get(w.as_ref())?, 1, *clitic)))
        })
    }
}

/// Whether the rest of `key` follows token `i` (whose first word already matched), with no
/// registered mention inside (but a place's, when `places_inside`: بنك دبي الإسلامي) and only
/// spaces between its words.
fn matches_at(words: &Words, i: usize, key: &[String], places_inside: bool) -> bool {
    let tokens = &words.tokens;
    key.iter().enumerate().skip(1).all(|(k, w)| {
        tokens.get(i + k).is_some_and(|t| {
            let free =
                t.mention.is_none() || (places_inside && t.mention == Some(EntityKind::Place));
            (t.sep == Sep::Space || t.after_initial) && free && t.norm == *w
        })
    })
}

/// Surname → key, for multi-word names hinted as people whose last word is a name word
/// (ترامب) or a definite surname (البرهان) claimed by no other candidate.
pub(super) fn surnames<'k>(
    keys: &'k [(Vec<String>, Evidence)],
    lex: &Lexicon,
) -> HashMap<&'k str, usize> {
    let mut claims: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (key, ev)) in keys.iter().enumerate() {
        let Some(last) = key.last().filter(|_| key.len() >= 2) else {
            continue;
        };
        let name_like = lex.is_name_word(last) || lex.is_definite_name_word(last);
        let compound = super::discover::is_compound_end(last);
        if ev.kind() == Some(EntityKind::Person) && name_like && !is_particle(last) && !compound {
            claims.entry(last.as_str()).or_default().push(i);
        }
    }
    claims
        .into_iter()
        .filter(|(_, ks)| ks.len() == 1)
        .map(|(w, ks)| (w, ks[0]))
        .collect()
}
