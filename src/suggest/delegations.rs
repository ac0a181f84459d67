//! Tunisia's delegations and their heads: «معتمد» is the delegate who governs a delegation
//! (معتمدية), and the word after it in the construct is the delegation, a place, often with
//! the delegate's full name after it (معتمد الغريبة فؤاد الهرابي، معتمد بئر علي بن خليفة أحمد
//! نجاحي، معتمدي الغريبة والصخيرة، معتمدية الصخيرة). The same word is an adjective,
//! «accredited», after an indefinite noun (وكيل معتمد، مختبر معتمد دوليا): there it is read
//! only when a full name follows the place, which no accredited thing has.

use std::ops::Range;

use super::discover::{Found, Scan};
use super::lexicon::{is_definite, is_function_or_verb, is_particle, readings};
use super::people::person;
use super::place_after::place;
use super::title_complement::is_place_back_reference;
use super::tokens::Sep;
use crate::load::EntityKind;

/// The delegate, one or two of them, and the delegation, normalised.
const DELEGATE: &str = "معتمد";
const DELEGATES: &str = "معتمدي";
const DELEGATION: &str = "معتمديه";

/// Most words of a delegation's name (بئر علي بن خليفة).
const MAX_PLACE_WORDS: usize = 4;

/// Most words of the delegate's name after it.
const MAX_PERSON_WORDS: usize = 4;

/// The word is `form`, alone or after و، ب or ل.
fn is_form(word: &str, form: &str) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 1 && w.as_ref() == form)
}

/// Shaped like a verb in the imperfect, with or without و or ف (ويشرف، يزور): the delegate
/// is its subject, and no noun stands before «معتمد».
fn is_imperfect_verb(word: &str) -> bool {
    let rest = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    rest.starts_with('ي') && rest.chars().count() >= 4
}

impl Scan<'_> {
    /// The delegations and delegates this run names (see the module).
    pub(super) fn delegations(&self) -> Vec<Found> {
        let mut out = Vec::new();
        for i in 0..self.tokens().len() {
            let word = &self.tokens()[i].norm;
            // Every form read below ends in «معتمد…»: most words of a site are passed over
            // without reading them with and without a clitic three times (this runs at every word).
            if !word.contains(DELEGATE) {
                continue;
            }
            if is_form(word, DELEGATE) {
                out.extend(self.delegate_of(i));
            } else if is_form(word, DELEGATION) {
                out.extend(self.place_after_delegate(i + 1).map(|r| place(r.0)));
            } else if is_form(word, DELEGATES) {
                out.extend(self.two_delegations(i + 1));
            }
        }
        out
    }

    /// «معتمد X» at token `i`: the delegation X and the delegate's name after it, if any.
    fn delegate_of(&self, i: usize) -> Vec<Found> {
        let Some((place_words, person_words)) = self.place_after_delegate(i + 1) else {
            return Vec::new();
        };
        // وكيل معتمد، مختبر معتمد: an adjective after an indefinite noun, unless a delegate's
        // name says it is the title.
        let adjective = self.tokens()[i].sep == Sep::Space
            && i > 0
            && !self.tokens()[i - 1].article()
            && !is_function_or_verb(&self.tokens()[i - 1].norm)
            && !is_imperfect_verb(&self.tokens()[i - 1].norm);
        if adjective && person_words.is_none() {
            return Vec::new();
        }
        let mut out = vec![place(place_words)];
        out.extend(person_words.map(person));
        out
    }

    /// «معتمدي X وY» from token `j`: two delegations of one word each, the second with its و.
    fn two_delegations(&self, j: usize) -> Vec<Found> {
        let Some((first, None)) = self.place_after_delegate(j) else {
            return Vec::new();
        };
        let second = self.token(first.end).filter(|t| {
            t.sep == Sep::Space
                && t.mention.is_none()
                && readings(&t.norm)
                    .iter()
                    .any(|(clitic, w)| *clitic == 1 && t.norm.starts_with('و') && is_definite(w))
        });
        let mut out = vec![place(first.clone())];
        if second.is_some() {
            out.push(Found {
                conjoined: true,
                ..place(first.end..first.end + 1)
            });
        }
        out
    }

    /// The delegation's name from token `j`, and the delegate's full name after it if one
    /// follows. A definite word is the whole name (الغريبة، المحرس); a name of bare words
    /// (بئر علي بن خليفة) runs to the longest split that leaves a full name of two words or
    /// more after it, or to a word that ends the phrase (على، في، a comma).
    fn place_after_delegate(&self, j: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
        let first = self
            .token(j)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none() && !t.tanween())?;
        if is_function_or_verb(&first.norm) || first.norm.starts_with('ل') && !first.article() {
            return None;
        }
        if first.article() {
            // معتمد المنطقة، معتمد الجهة: a kind of place with the article is the one the
            // sentence speaks of, no delegation's name.
            if is_place_back_reference(&first.norm) {
                return None;
            }
            let place = j..j + 1;
            let who = self.delegate_name_at(j + 1);
            return Some((place, who));
        }
        let bare = |k: usize| {
            self.joined(k)
                && self.token(k).is_some_and(|t| {
                    !t.article()
                        && !t.tanween()
                        && (t.homograph_name() || !is_function_or_verb(&t.norm))
                })
        };
        let mut end = j + 1;
        while end - j < MAX_PLACE_WORDS && bare(end) {
            end += 1;
        }
        // The longest place that leaves a full name after it.
        for split in (j + 1..=end).rev() {
            let particle = |k: usize| self.token(k).is_some_and(|t| is_particle(&t.norm));
            if particle(split - 1) || particle(split) {
                continue;
            }
            if let Some(who) = self.delegate_name_at(split) {
                return Some((j..split, Some(who)));
            }
        }
        let last = self.token(end - 1)?;
        (!is_particle(&last.norm)).then_some((j..end, None))
    }

    /// A full name at token `k` right after the delegation, where the name's own boundaries
    /// end it.
    fn delegate_name_at(&self, k: usize) -> Option<Range<usize>> {
        if !self.joined(k) {
            return None;
        }
        let name = self.name_from(k, EntityKind::Person)?;
        (2..=MAX_PERSON_WORDS)
            .contains(&self.full_name_words(&name))
            .then_some(name)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::discovered;
    use crate::load::EntityKind;

    fn names(bodies: &[&str], kind: EntityKind) -> Vec<String> {
        discovered(bodies)
            .into_iter()
            .filter(|(_, k)| *k == kind)
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn the_delegation_and_its_delegate() {
        let bodies = [
            "وتم نقل معتمد القلعة سامي الورتاني الى مكان آخر، ويشرف معتمد عين زرقة على \
             المنطقة بالنيابة، ويزور معتمد بئر علي على الدوام المكان.",
            "وزار معتمد عين زرقة منير البحري يوم الاثنين المدرسة، وتحدث إلى معتمدية الرمادة.",
            "ولم يباشر معتمدي الغريبة والسبيخة مهامهما، وزار معتمد بئر علي بن خليفة أحمد نجاحي.",
        ];
        let places = names(&bodies, EntityKind::Place);
        for name in [
            "القلعة",
            "عين زرقة",
            "الرمادة",
            "الغريبة",
            "السبيخة",
            "بئر علي",
        ] {
            assert!(places.contains(&name.to_string()), "{name}: {places:?}");
        }
        let people = names(&bodies, EntityKind::Person);
        for name in ["سامي الورتاني", "منير البحري", "أحمد نجاحي"] {
            assert!(people.contains(&name.to_string()), "{name}: {people:?}");
        }
    }

    /// «Accredited» after a noun names no place.
    #[test]
    fn accredited_is_no_delegate() {
        let found = discovered(&[
            "وافتتح وكيل معتمد فرعا جديدا، وحصل مختبر معتمد دوليا على الشهادة.",
            "واشترى الزبائن من موزع معتمد الشركة أجهزة جديدة.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
