//! Carrying mentions found with one matcher over to a matcher with more names.
//!
//! Discovery analyses the site with the registry and gazetteer, then adds the names it found
//! (new entities, and new spellings of known people) and builds the matcher again. In a text
//! where none of the added names occurs, even as part of a word, the new matcher finds the
//! same candidates as the old one (the automaton reports every occurrence of every key, and
//! the added keys occur nowhere), and every rule after that depends only on those candidates,
//! the text and the per-entity data of the entities involved, which adding names does not
//! change: so the mentions are the same, but for the index of the pattern that matched. The
//! text need not be analysed again.

use std::collections::HashMap;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

use super::{Matcher, Mention};
use crate::analyse::normalize::for_each_normalized_char;

/// How mentions found by an older matcher read in a newer one (see the module doc).
#[derive(Debug, Clone)]
pub struct Carried {
    /// Pattern index in the older matcher → the same pattern's index in the newer one; `None`
    /// when the newer matcher has no identical pattern (its key is then among `changed`).
    patterns: Vec<Option<u32>>,
    /// The keys of patterns that are new or differ in the newer matcher; `None` when none do.
    /// A DFA stepped byte by byte over the normalised text as it is made (see
    /// [`Carried::touches`]), with no prefilter: in Arabic every other byte is a lead byte
    /// (0xD8, 0xD9), so a prefilter's rare byte is common and only restarts the search.
    changed: Option<DFA>,
}

impl Carried {
    /// How the mentions of `old` read in `new`; `None` when a known entity's cues, kind or
    /// confirming entities differ (every text must then be analysed again). An added entity
    /// that confirms a known one (a discovered league a club lists as its context) changes
    /// nothing where its names do not occur: it is named only there, or in front matter that
    /// declares it, and an article whose declarations differ is analysed again anyway.
    pub fn between(old: &Matcher, new: &Matcher) -> Option<Carried> {
        let known = old.kinds.len();
        let same_entities = new.kinds.len() >= known
            && old.kinds[..] == new.kinds[..known]
            && old.cues[..] == new.cues[..known]
            && old.supporters[..]
                == new.supporters[..known]
                    .iter()
                    .map(|s| s.iter().copied().filter(|&e| e < known).collect::<Vec<_>>())
                    .collect::<Vec<_>>()[..];
        if !same_entities {
            return None;
        }
        let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
        for (k, key) in new.keys.iter().enumerate() {
            by_key.entry(key.as_str()).or_default().push(k);
        }
        let mut taken = vec![false; new.keys.len()];
        let mut changed: Vec<&str> = Vec::new();
        let mut patterns = Vec::with_capacity(old.keys.len());
        for (j, key) in old.keys.iter().enumerate() {
            let same = by_key.get(key.as_str()).and_then(|ks| {
                ks.iter()
                    .copied()
                    .find(|&k| !taken[k] && new.patterns[k] == old.patterns[j])
            });
            match same {
                Some(k) => taken[k] = true,
                None => changed.push(key),
            }
            patterns.push(same.and_then(|k| u32::try_from(k).ok()));
        }
        changed.extend(
            new.keys
                .iter()
                .zip(&taken)
                .filter(|(_, taken)| !**taken)
                .map(|(key, _)| key.as_str()),
        );
        let changed = if changed.is_empty() {
            None
        } else {
            Some(
                DFA::builder()
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(&changed)
                    .ok()?,
            )
        };
        Some(Carried { patterns, changed })
    }

    /// Whether a key that is new or different in the newer matcher occurs in `text`,
    /// anywhere, even inside a word: the text's mentions must then be found again.
    ///
    /// Every text of a site with discovery on is asked, so the normalised text is not built:
    /// its characters go through the automaton as they come.
    pub fn touches(&self, text: &str) -> bool {
        let Some(dfa) = &self.changed else {
            return false;
        };
        // No start state: search again rather than carry (never the case for an unanchored
        // search with standard semantics).
        let Ok(mut state) = dfa.start_state(Anchored::No) else {
            return true;
        };
        // An empty key occurs in every text.
        let mut found = dfa.is_special(state) && dfa.is_match(state);
        let mut utf8 = [0u8; 4];
        for_each_normalized_char(text, |c| {
            if found {
                return;
            }
            for &byte in c.encode_utf8(&mut utf8).as_bytes() {
                state = dfa.next_state(Anchored::No, state, byte);
                if dfa.is_special(state) && dfa.is_match(state) {
                    found = true;
                    return;
                }
            }
        });
        found
    }

    /// Gives a mention the index the newer matcher has for its pattern, for a text it does not
    /// [`touch`](Self::touches); `None` if the pattern changed (no such text can hold it).
    pub fn carry(&self, m: &mut Mention) -> Option<()> {
        m.pattern = (*self.patterns.get(m.pattern as usize)?)?;
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::matcher::tests::entity;
    use crate::load::{Entity, EntityKind};

    fn place(id: &str, name: &str) -> Entity {
        let mut e = entity(id, name, &[], &[], &[]);
        e.kind = EntityKind::Place;
        e.meta.kind = Some(EntityKind::Place);
        e
    }

    /// A registry, and the same with a person's new spelling and a discovered organisation
    /// whose short form is ambiguous, as discovery adds them.
    fn before_and_after() -> (Matcher, Matcher) {
        let old_entities = vec![
            entity("putin", "فلاديمير بوتين", &["بوتين"], &[], &[]),
            place("egypt", "مصر"),
            entity(
                "raisi",
                "إبراهيم رئيسي",
                &["رئيسي"],
                &["رئيسي"],
                &["الرئيس"],
            ),
        ];
        let mut new_entities = old_entities.clone();
        new_entities[0].meta.aliases.push("فلاديمير بوتن".into());
        let mut ministry = entity(
            "ministry",
            "وزارة التضامن الاجتماعي",
            &["وزارة التضامن"],
            &["وزارة التضامن"],
            &[],
        );
        ministry.kind = EntityKind::Organization;
        new_entities.push(ministry);
        (
            Matcher::build(&old_entities).unwrap(),
            Matcher::build(&new_entities).unwrap(),
        )
    }

    #[test]
    fn a_text_without_the_added_names_keeps_its_mentions() {
        let (old, new) = before_and_after();
        let carried = Carried::between(&old, &new).unwrap();
        for quiet in [
            "قال بوتين إن مصر شريك، وزار فلاديمير بوتين القاهرة، والتقى الرئيس رئيسي.",
            "وقالت الوزارة إن التضامن واجب، وفي مصر شريك رئيسي.",
        ] {
            assert!(!carried.touches(quiet), "{quiet}");
            let moved: Vec<Mention> = old
                .find(quiet)
                .into_iter()
                .map(|mut m| carried.carry(&mut m).map(|()| m).unwrap())
                .collect();
            assert_eq!(moved, new.find(quiet), "{quiet}");
        }
    }

    #[test]
    fn a_text_with_an_added_name_is_touched() {
        let (old, new) = before_and_after();
        let carried = Carried::between(&old, &new).unwrap();
        for loud in [
            "وقالت وزارة التضامن الاجتماعي",
            "بيان لوزارة التضامن",
            "قال فلاديمير بوتن",
            "قال فلاديمير بوتنوف",
        ] {
            assert!(carried.touches(loud), "{loud}");
        }
    }

    #[test]
    fn a_changed_cue_carries_nothing() {
        let old_entities = vec![entity("hamas", "حماس", &[], &["حماس"], &[])];
        let mut new_entities = old_entities.clone();
        new_entities[0].meta.cues.push("حركة".into());
        let old = Matcher::build(&old_entities).unwrap();
        let new = Matcher::build(&new_entities).unwrap();
        assert!(Carried::between(&old, &new).is_none());
    }
}
