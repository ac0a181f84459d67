//! Towns listed each with its province: «… واطويل في ولاية الحوض الغربي، ومال في ولاية
//! البراكنة، وومبو بولاية غيدي ماغه». A bare name joined by «، و» and followed by «في ولاية»
//! (or «بولاية», «في محافظة» …) is a place inside that province; three such members in a run
//! at least make the list, since a clause may have the same shape with a noun (وعمل في ولاية
//! …، والأمن في ولاية … مستقر). Definite words, words with a pronoun suffix (وشركاءها) and
//! plurals in ات are nouns far more often than towns there, and are no member.

use super::discover::{Found, Scan};
use super::lexicon::{is_function_or_verb, looks_verbal, readings};
use super::tokens::Sep;
use super::triggers::trigger_at;
use crate::analyse::matcher::PROVINCES;
use crate::load::EntityKind;

/// Members a list needs.
const MIN_MEMBERS: usize = 3;

/// Endings of a noun with a pronoun suffix or of a plural of things (normalised): no town's.
const NOUN_ENDINGS: &[&str] = &["ها", "هم", "هما", "هن", "كم", "ات"];

impl Scan<'_> {
    /// The towns of this run placed each in its province (see the module doc).
    pub(super) fn placed_towns(&self) -> Vec<Found> {
        let members: Vec<Found> = (0..self.tokens().len())
            .filter_map(|i| self.placed_town_before(i))
            .collect();
        if members.len() < MIN_MEMBERS {
            return Vec::new();
        }
        members
    }

    /// The town right before the province's kind word at token `i` («، وX في ولاية» or «،
    /// وX بولاية»): one or two words, the first after a comma and و.
    fn placed_town_before(&self, i: usize) -> Option<Found> {
        let kind = self.tokens().get(i).filter(|t| t.cue())?;
        let with_ba = readings(&kind.norm)
            .iter()
            .any(|(n, w)| *n == 1 && kind.norm.starts_with('ب') && PROVINCES.contains(&w.as_ref()));
        if !(with_ba || PROVINCES.contains(&kind.norm.as_str())) {
            return None;
        }
        // The town ends before «في» (or before the kind word itself when it carries ب).
        let last = if with_ba {
            i.checked_sub(1)?
        } else {
            let fi = i.checked_sub(1)?;
            let t = self.token(fi)?;
            (t.norm == "في" && kind.sep == Sep::Space)
                .then_some(fi)?
                .checked_sub(1)?
        };
        for first in [last, last.checked_sub(1)?] {
            let head = self.token(first)?;
            if !(head.comma() && head.norm.starts_with('و')) {
                continue;
            }
            let words_ok = (first..=last).all(|k| self.placed_town_word(k, k == first));
            let joined =
                (first + 1..=last).all(|k| self.token(k).is_some_and(|t| t.sep == Sep::Space));
            return (words_ok && joined).then(|| Found {
                tokens: first..last + 1,
                kind: Some(EntityKind::Place),
                strong: true,
                open: false,
                alias: None,
                conjoined: true,
            });
        }
        None
    }

    /// Token `k` may be a word of a listed town's name (the first without its و): a bare name
    /// word, no mention, function word, verb, title or kind word, no noun ending.
    fn placed_town_word(&self, k: usize, first: bool) -> bool {
        let Some(t) = self.token(k) else {
            return false;
        };
        let word = if first {
            t.norm.strip_prefix('و').unwrap_or(&t.norm)
        } else {
            t.norm.as_str()
        };
        word.chars().count() >= 2
            && t.mention.is_none()
            && !t.tanween()
            && !word.starts_with("ال")
            && !NOUN_ENDINGS.iter().any(|e| word.ends_with(e))
            && !is_function_or_verb(word)
            && !looks_verbal(word)
            && trigger_at(self.tokens(), k).is_none()
            && self.lex.is_bare_name_word(word)
    }
}
