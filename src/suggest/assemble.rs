//! What each counted name becomes: the spelling shown, its count and example sentences, read
//! from the articles' runs a round at a time as the words are (see [`super::docs`]): a large
//! site holds no runs between its passes.

use rayon::prelude::*;

use super::count::Occurrence;
use super::docs::{Doc, Docs};
use super::examples::{example, sentence_around};
use super::{Evidence, Example, MAX_EXAMPLES, Suggestion, shown_name};

/// The suggestion of each key that is `wanted`, from its `occurrences` (each key's in site
/// order, as [`super::count::count_all`] gives them); `None` for the others, and for a key
/// none of whose occurrences is the full name (all were surnames alone).
pub(super) fn assemble_all(
    docs: &mut Docs,
    keys: &[(Vec<String>, Evidence)],
    occurrences: &[Vec<Occurrence>],
    wanted: &[bool],
) -> Vec<Option<Suggestion>> {
    debug_assert!(
        occurrences
            .iter()
            .all(|o| o.windows(2).all(|w| w[0].pos.doc <= w[1].pos.doc)),
        "each key's occurrences in site order"
    );
    let mut drafts: Vec<Draft> = keys.iter().map(|_| Draft::default()).collect();
    // Each key's next occurrence to read.
    let mut next = vec![0usize; keys.len()];
    docs.runs_in_rounds(|first, round| {
        let end = first + round.len();
        drafts
            .par_iter_mut()
            .zip(next.par_iter_mut())
            .zip(keys.par_iter())
            .zip(occurrences.par_iter())
            .zip(wanted.par_iter())
            .filter(|(_, wanted)| **wanted)
            .for_each(|((((draft, next), (key, _)), occurrences), _)| {
                while let Some(occ) = occurrences.get(*next).filter(|o| o.pos.doc < end) {
                    if let Some(doc) = occ.pos.doc.checked_sub(first).and_then(|d| round.get(d)) {
                        draft.read(doc, key, occ);
                    }
                    *next += 1;
                }
            });
    });
    drafts
        .into_iter()
        .zip(keys)
        .zip(occurrences)
        .zip(wanted)
        .map(|(((draft, (_, ev)), occurrences), wanted)| {
            wanted
                .then(|| draft.finish(ev, occurrences.len()))
                .flatten()
        })
        .collect()
}

/// A suggestion being read from its occurrences.
#[derive(Default)]
struct Draft {
    /// Each full spelling with (occurrences without a clitic, all occurrences).
    surfaces: Vec<(String, (usize, usize))>,
    examples: Vec<Example>,
}

impl Draft {
    /// Reads the occurrence `occ` of `key` in `doc`.
    fn read(&mut self, doc: &Doc, key: &[String], occ: &Occurrence) {
        let Some(run) = doc.runs.get(occ.pos.run) else {
            return;
        };
        let span = occ.span.clone();
        let Some(text) = run.text.get(span.clone()) else {
            return;
        };
        if occ.len == key.len() {
            let surface = shown_name::with_elided_alef(key, shown_name::shown_words(text));
            let weight = (usize::from(occ.clitic == 0), 1);
            match self.surfaces.iter_mut().find(|(s, _)| *s == surface) {
                Some((_, n)) => *n = (n.0 + weight.0, n.1 + 1),
                None => self.surfaces.push((surface, weight)),
            }
        }
        if self.examples.len() < MAX_EXAMPLES {
            let sentence = sentence_around(&run.text, span.clone());
            if !self.examples.iter().any(|e| e.sentence == sentence) {
                self.examples.push(example(doc, run, span, sentence));
            }
        }
    }

    /// The suggestion of `count` occurrences. The name shown is the most carefully spelled,
    /// then the most frequent full spelling, preferring occurrences without a clitic (whose
    /// cut is sure); the first of them on a tie (as max_by_key would take the last): a page is
    /// titled «وزارة الإسكان» when the site also writes it so, even if more often «وزاره
    /// الاسكان» — a hamza or a ta marbuta is left out in haste, rarely added.
    fn finish(self, ev: &Evidence, count: usize) -> Option<Suggestion> {
        let mut best: Option<(String, (usize, usize, usize))> = None;
        for (surface, (bare, all)) in self.surfaces {
            let n = (shown_name::careful_letters(&surface), bare, all);
            if best.as_ref().is_none_or(|(_, m)| n > *m) {
                best = Some((surface, n));
            }
        }
        let name = best?.0;
        Some(Suggestion {
            id: crate::load::slug::arabic_slug(&name),
            name,
            count,
            kind_hint: ev.kind(),
            examples: self.examples,
        })
    }
}
