//! The site's vocabulary, counted over every article for the lexicon (see [`super::lexicon`]):
//! how often each word occurs, which words carry tanween, and which definite words stand where
//! a family name does. Apart from the lexicon, which judges words, because this reads the
//! whole site once, in parallel.

// Fx hashing: counted for every word of the site.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rayon::prelude::*;

use super::Docs;
use super::interned::Word;
use super::lexicon::{self, Vocabulary, is_particle};
use super::name_lists::is_given_name;
use super::tokens;
use super::word_lists;

/// How often the site writes each normalised word, the words it writes with tanween at
/// least once, and how often each is a family name (see [`Vocabulary::name_uses`]): counted
/// per article in parallel, borrowing the words, then merged.
pub(super) fn vocabulary(docs: &mut Docs) -> Vocabulary {
    // Counted by word number (a hash of four bytes), turned into text once per distinct word.
    type Counts = (HashMap<Word, usize>, HashSet<Word>, HashMap<Word, usize>);
    let merge = |a: Counts, b: Counts| {
        let (mut large, small) = if a.0.len() >= b.0.len() {
            (a, b)
        } else {
            (b, a)
        };
        for (w, n) in small.0 {
            *large.0.entry(w).or_default() += n;
        }
        large.1.extend(small.1);
        for (w, n) in small.2 {
            *large.2.entry(w).or_default() += n;
        }
        large
    };
    let mut site = Counts::default();
    docs.in_rounds(|_, round| {
        let counts = round
            .par_iter()
            .map(|doc| {
                let mut counts: Counts = Default::default();
                for words in &doc.words {
                    for (i, t) in words.tokens.iter().enumerate() {
                        *counts.0.entry(t.norm).or_default() += 1;
                        if t.tanween() {
                            counts.1.insert(t.norm);
                        }
                        if family_name_at(&words.tokens, i) {
                            *counts.2.entry(t.norm).or_default() += 1;
                        }
                    }
                }
                counts
            })
            .reduce(Counts::default, merge);
        site = merge(std::mem::take(&mut site), counts);
    });
    let (counts, tanween, name_uses) = site;
    let text = |counts: HashMap<Word, usize>| {
        counts
            .into_iter()
            .map(|(w, n)| (w.to_string(), n))
            .collect()
    };
    Vocabulary {
        counts: text(counts),
        tanween: tanween.into_iter().map(|w| w.to_string()).collect(),
        name_uses: text(name_uses),
    }
}

/// Token `i` is a family name by its place: a definite word, the third of a name or later,
/// right after a common given name (written so: على is no علي) that follows another or a
/// name's particle (محمد عثمان العوض، عبد الله بن حمد العطية), and no noun of the lists. The
/// given names are looked up only before a definite word.
fn family_name_at(tokens: &[tokens::Token], i: usize) -> bool {
    let Some(t) = tokens
        .get(i)
        .filter(|t| t.article() && t.sep == tokens::Sep::Space)
    else {
        return false;
    };
    let (Some(b), Some(a)) = (
        i.checked_sub(1).and_then(|k| tokens.get(k)),
        i.checked_sub(2).and_then(|k| tokens.get(k)),
    ) else {
        return false;
    };
    let given = |t: &tokens::Token| {
        !t.article()
            && is_given_name(&t.norm)
            && (t.homograph_name() || !lexicon::is_function_or_verb(&t.norm))
    };
    let bare = t.norm.strip_prefix("ال").unwrap_or(&t.norm);
    b.sep == tokens::Sep::Space
        && given(b)
        && (given(a) || is_particle(&a.norm))
        && !lexicon::is_listed(bare)
        && !word_lists::is_common_noun(bare)
}

#[cfg(test)]
#[path = "vocabulary_tests.rs"]
mod tests;
