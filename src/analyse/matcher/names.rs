//! Where the registry's normalised names occur in normalised text, word by word.
//!
//! A mention starts at a word start or after a clitic (و ف ب ك ل and their pairs) and ends
//! where the next character is not part of a word (rules 1 and 2 in `matcher.rs`). So instead
//! of running every byte of the text through an automaton of all names — which also reports
//! every name found inside a longer word (قم in يقوم، مالي in الشمالي), only to throw it away —
//! each name is stored under each of its prefixes that ends before a non-word character
//! (فلاديمير، then فلاديمير بوتين), and the text is read from each possible start: one more word
//! at a time is looked up until no name goes on. That is about one hash lookup per word and
//! clitic reading, however many names the registry and the gazetteer hold, and building it is
//! one insertion per prefix (no automaton to compile at every build).
//!
//! The few names that begin with a character that is not part of a word («(داعش)») cannot be
//! read from a word start; a small automaton finds them the old way.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;

use super::word_start;
use crate::analyse::normalize::is_word_char;

/// Proclitics that may stand before a name: conjunction (و ف), preposition (ب ك ل), or both.
pub(super) const CLITICS: &[&str] = &["و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"];

/// One occurrence of a key: the start of its word, the start of the key (after any clitic
/// letters), its end, and its pattern. Whether the letters before it are a clitic the pattern
/// accepts is for the matcher to decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Occurrence {
    pub word_start: usize,
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

/// What is known about one prefix of the keys.
#[derive(Debug, Clone, Default)]
struct Prefix {
    /// The patterns whose whole key is this prefix, in pattern order.
    patterns: Vec<u32>,
    /// Whether a longer key begins with this prefix: then the next cut is looked up too.
    continues: bool,
}

/// The keys of a registry, indexed by their prefixes (see the module's documentation).
#[derive(Debug, Clone)]
pub(super) struct NameIndex {
    prefixes: FxHashMap<Box<str>, Prefix>,
    /// Keys beginning with a non-word character, and their patterns; `None` when there are none.
    odd: Option<(AhoCorasick, Vec<u32>)>,
}

impl NameIndex {
    /// Indexes `keys` (normalised names; key `i` is pattern `i`).
    pub fn build(keys: &[String]) -> Result<NameIndex, aho_corasick::BuildError> {
        let mut prefixes: FxHashMap<Box<str>, Prefix> = FxHashMap::default();
        prefixes.reserve(keys.len() * 3 / 2);
        let mut odd_keys = Vec::new();
        let mut odd_patterns = Vec::new();
        for (pattern, key) in keys.iter().enumerate() {
            let pattern = pattern as u32;
            if !key.starts_with(is_word_char) {
                if !key.is_empty() {
                    odd_keys.push(key.as_str());
                    odd_patterns.push(pattern);
                }
                continue;
            }
            for (i, c) in key.char_indices().skip(1) {
                if !is_word_char(c) {
                    let prefix = prefixes.entry(key[..i].into()).or_default();
                    prefix.continues = true;
                }
            }
            let whole = prefixes.entry(key.as_str().into()).or_default();
            whole.patterns.push(pattern);
        }
        let odd = if odd_keys.is_empty() {
            None
        } else {
            let automaton = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&odd_keys)?;
            Some((automaton, odd_patterns))
        };
        Ok(NameIndex { prefixes, odd })
    }

    /// Every occurrence in `t` of a key that starts at a word start or after clitic letters
    /// ([`CLITICS`]) and ends before a non-word character or at the end, in no set order.
    pub fn occurrences(&self, t: &str) -> Vec<Occurrence> {
        let mut found = Vec::new();
        // Where a key may end: before each non-word character, and at the end of the text.
        let mut cuts = Vec::with_capacity(t.len() / 8);
        let mut starts = Vec::with_capacity(t.len() / 8);
        let mut in_word = false;
        for (i, c) in t.char_indices() {
            let word = is_word_char(c);
            if word && !in_word {
                starts.push(i);
            } else if !word {
                cuts.push(i);
            }
            in_word = word;
        }
        cuts.push(t.len());
        let mut next_cut = 0;
        for &word_start in &starts {
            while cuts[next_cut] < word_start {
                next_cut += 1;
            }
            let rest = &t[word_start..cuts[next_cut]];
            self.read_from(t, word_start, word_start, &cuts[next_cut..], &mut found);
            // Every clitic begins with one of these letters; most words begin with another.
            if !rest.starts_with(['و', 'ف', 'ب', 'ك', 'ل']) {
                continue;
            }
            for clitic in CLITICS {
                if rest.len() > clitic.len() && rest.starts_with(clitic) {
                    let start = word_start + clitic.len();
                    self.read_from(t, word_start, start, &cuts[next_cut..], &mut found);
                }
            }
        }
        if let Some((automaton, patterns)) = &self.odd {
            self.odd_occurrences(t, automaton, patterns, &mut found);
        }
        found
    }

    /// The keys starting at `start`: `t[start..cut]` for each cut in turn, while some key goes
    /// on past the prefix read so far.
    fn read_from(
        &self,
        t: &str,
        word_start: usize,
        start: usize,
        cuts: &[usize],
        found: &mut Vec<Occurrence>,
    ) {
        for &end in cuts {
            let Some(prefix) = self.prefixes.get(&t[start..end]) else {
                return;
            };
            found.extend(prefix.patterns.iter().map(|&p| Occurrence {
                word_start,
                start,
                end,
                pattern: p as usize,
            }));
            if !prefix.continues {
                return;
            }
        }
    }

    /// The keys that begin with a non-word character, found anywhere and kept where they end
    /// before a non-word character and the letters before them are none or a clitic's.
    fn odd_occurrences(
        &self,
        t: &str,
        automaton: &AhoCorasick,
        patterns: &[u32],
        found: &mut Vec<Occurrence>,
    ) {
        for m in automaton.find_overlapping_iter(t) {
            let (start, end) = (m.start(), m.end());
            if t[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let word_start = word_start(t, start);
            let letters = &t[word_start..start];
            if letters.is_empty() || CLITICS.contains(&letters) {
                found.push(Occurrence {
                    word_start,
                    start,
                    end,
                    pattern: patterns[m.pattern().as_usize()] as usize,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The search this index replaces: every overlapping occurrence of every key, kept where it
    /// ends before a non-word character and the letters before it in its word are none or a
    /// clitic's.
    fn by_automaton(keys: &[String], t: &str) -> Vec<Occurrence> {
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(keys)
            .unwrap();
        let mut found = Vec::new();
        for m in automaton.find_overlapping_iter(t) {
            let (start, end) = (m.start(), m.end());
            if t[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let word_start = word_start(t, start);
            let letters = &t[word_start..start];
            if letters.is_empty() || CLITICS.contains(&letters) {
                found.push(Occurrence {
                    word_start,
                    start,
                    end,
                    pattern: m.pattern().as_usize(),
                });
            }
        }
        found.sort();
        found
    }

    fn by_index(keys: &[String], t: &str) -> Vec<Occurrence> {
        let mut found = NameIndex::build(keys).unwrap().occurrences(t);
        found.sort();
        found
    }

    fn keys(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn names_are_found_from_word_starts_and_after_clitics() {
        let keys = keys(&[
            "بوتين",
            "فلاديمير بوتين",
            "فلاديمير",
            "لكرملين",
            "الكرملين",
            "مصر",
        ]);
        let t = "وقال فلاديمير بوتين للكرملين، وبمصر مصرنا ومصر";
        let found = by_index(&keys, t);
        let texts: Vec<&str> = found.iter().map(|o| &t[o.start..o.end]).collect();
        assert_eq!(
            texts,
            ["فلاديمير", "فلاديمير بوتين", "بوتين", "لكرملين", "مصر", "مصر"]
        );
        assert_eq!(found, by_automaton(&keys, t));
    }

    #[test]
    fn keys_that_begin_or_end_with_punctuation() {
        let keys = keys(&["(داعش)", "أ.ف.ب.", "ش.م.م", "داعش"]);
        for t in [
            "قال (داعش) إن",
            "و(داعش)",
            "(أ.ف.ب.) و أ.ف.ب.",
            "شركة ش.م.م، وش.م.مx",
        ] {
            assert_eq!(by_index(&keys, t), by_automaton(&keys, t), "{t}");
        }
    }

    /// Text and keys from a few Arabic letters (the clitic ones among them), spaces and
    /// punctuation, so that keys overlap, share prefixes and sit inside longer words often.
    fn arabic(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(vec!['و', 'ب', 'ل', 'ا', 'م', 'ص', 'ر', ' ', '،', '.', '(']),
            0..max,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #[test]
        fn finds_what_the_automaton_found(
            keys in proptest::collection::vec(arabic(7), 1..12),
            text in arabic(60),
        ) {
            let keys: Vec<String> = keys.into_iter().filter(|k| !k.is_empty()).collect();
            prop_assume!(!keys.is_empty());
            prop_assert_eq!(by_index(&keys, &text), by_automaton(&keys, &text));
        }
    }
}
