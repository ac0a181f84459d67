//! Bodies named in quotes or parentheses: a list of quoted names most of which open with a
//! body's head (شركات «…» و«…»), and a medium glossed by its name in parentheses (الإذاعة
//! الرسمية (صوت فلسطين)): the quotes and parentheses say where the name is.

use std::ops::Range;

use super::discover::{Found, MAX_OTHER_WORDS, Scan};
use super::lexicon::{is_function_or_verb, readings};
use super::org_phrase::{MAX_ORG_PHRASE, is_name_adjective};
use super::tokens::Sep;
use super::triggers::trigger_at;
use super::word_shapes::looks_adjectival;
use crate::load::EntityKind;

/// Quoted names a list must hold, at least, to be read as a list of bodies.
const MIN_QUOTED_LIST: usize = 3;
/// Quoted names of such a list that must open with an organisation's head.
const MIN_HEADED_IN_LIST: usize = 2;

/// Media with the article before a name in parentheses (الإذاعة الرسمية (صوت فلسطين)),
/// normalised.
const MEDIA: &[&str] = &[
    "الاذاعه",
    "القناه",
    "الصحيفه",
    "الوكاله",
    "التلفزيون",
    "الفضائيه",
];

/// Most adjectives between a medium and its name in parentheses (الإذاعة الرسمية).
const MAX_MEDIA_ADJECTIVES: usize = 2;

/// «Holding», normalised: the last word of a holding company's name (الفوارس القابضة), an
/// adjective that describes nothing but a company.
const HOLDING: &str = "القابضه";

impl Scan<'_> {
    /// A holding company named in quotes ("الفوارس القابضة"): one word of a name and
    /// «holding», which only a company is. The name without «holding» is its alias, as the
    /// article goes on calling it ("الفوارس"). A word in ة or a plural in ات (الإدارة
    /// القابضة، الشركات القابضة) is the holding form itself, no company's name.
    pub(super) fn quoted_holdings(&self) -> Vec<Found> {
        self.words
            .quoted
            .iter()
            .filter(|r| r.len() == 2 && self.tokens()[r.end - 1].norm == HOLDING)
            .filter(|r| {
                self.token(r.start).is_some_and(|t| {
                    t.mention.is_none()
                        && !t.tanween()
                        && !t.norm.ends_with("ات")
                        && !t.norm.ends_with('ه')
                        && !looks_adjectival(&t.norm)
                        && t.norm.chars().all(char::is_alphabetic)
                        && !is_function_or_verb(&t.norm)
                        && trigger_at(self.tokens(), r.start).is_none()
                })
            })
            .map(|r| Found::organization(r.clone(), true, Some(r.start..r.end - 1)))
            .collect()
    }

    /// A body named in parentheses after its description, a medium with the article and at
    /// most two adjectives (الإذاعة الرسمية (صوت فلسطين)، الوكالة الرسمية (وفا)): the
    /// description says what the name is.
    pub(super) fn glossed_media(&self) -> Vec<Found> {
        self.words
            .parenthesised
            .iter()
            .filter(|r| (1..=MAX_OTHER_WORDS).contains(&r.len()))
            .filter(|r| {
                let first_bare = self.token(r.start).is_some_and(|t| !t.article());
                first_bare
                    && (r.start..r.end).all(|k| {
                        self.token(k).is_some_and(|t| {
                            !t.tanween()
                                && t.norm.chars().all(char::is_alphabetic)
                                && !is_function_or_verb(&t.norm)
                        })
                    })
            })
            .filter(|r| {
                let adjectives = (1..=MAX_MEDIA_ADJECTIVES)
                    .take_while(|&n| {
                        r.start > n
                            && self
                                .token(r.start - n)
                                .is_some_and(|t| is_name_adjective(t) && t.sep == Sep::Space)
                    })
                    .count();
                let head = r.start.checked_sub(adjectives + 1);
                head.and_then(|h| self.token(h)).is_some_and(|t| {
                    readings(&t.norm)
                        .iter()
                        .any(|(clitic, w)| *clitic <= 2 && MEDIA.contains(&w.as_ref()))
                })
            })
            .map(|r| Found::organization(r.clone(), true, None))
            .collect()
    }

    /// The names of a list of quoted bodies, each set off by quotes and joined by ، and و
    /// («هيئة كهرباء وماء دبي - ديوا»، و«مجموعة تيكوم»، و«سالك»، و«تاكسي دبي» و«باركن»): when
    /// the list has [`MIN_QUOTED_LIST`] names and [`MIN_HEADED_IN_LIST`] of them open with an
    /// organisation's head, every name is a body — a company's brand alone (سالك) as well. A
    /// short name after a dash inside the quotes is the body's alias (ديوا).
    pub(super) fn quoted_bodies(&self) -> Vec<Found> {
        let spans = &self.words.quoted;
        let mut out = Vec::new();
        let mut k = 0;
        while k < spans.len() {
            let mut end = k + 1;
            while end < spans.len() && self.adjacent_quotes(&spans[end - 1], &spans[end]) {
                end += 1;
            }
            let list = &spans[k..end];
            let headed = list
                .iter()
                .filter(|r| {
                    trigger_at(self.tokens(), r.start)
                        .is_some_and(|t| t.kind == EntityKind::Organization)
                })
                .count();
            if list.len() >= MIN_QUOTED_LIST && headed >= MIN_HEADED_IN_LIST {
                out.extend(list.iter().filter_map(|r| self.quoted_body(r)));
            }
            k = end;
        }
        out
    }

    /// Two quoted spans with nothing but punctuation and at most a lone و between them.
    pub(super) fn adjacent_quotes(&self, a: &Range<usize>, b: &Range<usize>) -> bool {
        match b.start - a.end.min(b.start) {
            0 => true,
            1 => self.token(a.end).is_some_and(|t| t.norm == "و"),
            _ => false,
        }
    }

    /// One quoted body of a list: its name up to a dash, and the short name after the dash.
    pub(super) fn quoted_body(&self, r: &Range<usize>) -> Option<Found> {
        let dash = (r.start + 1..r.end).find(|&i| self.tokens()[i].after_hyphen());
        let name = r.start..dash.unwrap_or(r.end);
        let alias = dash
            .map(|d| d..r.end)
            .filter(|a| a.len() <= MAX_OTHER_WORDS);
        let words_ok = name.clone().all(|i| {
            self.token(i).is_some_and(|t| {
                t.mention.is_none_or(|m| m == EntityKind::Place)
                    && !is_function_or_verb(&t.norm)
                    && t.norm.chars().all(char::is_alphabetic)
            })
        });
        // "مستشفى ببلدية قديل يتسع ل240 سرير": a project described, not a body named.
        let head_len = trigger_at(self.tokens(), name.start).map_or(1, |t| t.len);
        let described = self.describes_the_body_at(name.start + head_len);
        (words_ok && !described && name.len() <= MAX_ORG_PHRASE)
            .then(|| Found::organization(name, true, alias))
    }
}

#[cfg(test)]
#[path = "org_quoted_tests.rs"]
mod tests;
