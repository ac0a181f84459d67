//! A team's line-up in a match report: after «بتشكيل مكون من:» or «التشكيلة:», the players'
//! names separated by dashes or commas (دبشي – بن رمضان – العبيدي …), most of them a family
//! name alone. No title stands before any of them, and one word would never do on its own;
//! the line-up word before the list and a report of a match around it say they are people.

use super::discover::{Found, Scan};
use super::lexicon::{is_function_or_verb, is_letter, is_listed, is_role_word, readings};
use super::tokens::Sep;
use crate::load::EntityKind;

/// Words that announce a line-up (تشكيل، التشكيلة، تشكيلته), normalised; any may carry a
/// clitic (بتشكيل).
const LINE_UP_WORDS: &[&str] = &[
    "تشكيل",
    "التشكيل",
    "تشكيله",
    "التشكيله",
    "تشكيلته",
    "تشكيلتها",
];

/// How far before the list the line-up word may stand (بتشكيل مكون من:).
const CUE_WINDOW: usize = 4;

/// Fewest players a line-up lists: fewer is some other list.
const MIN_PLAYERS: usize = 5;

/// Most players read in one line-up (eleven, and the substitutes).
const MAX_PLAYERS: usize = 18;

/// Most words of one player's name (معز الحاج علي).
const MAX_PLAYER_WORDS: usize = 3;

impl Scan<'_> {
    /// The players of a line-up whose list starts at token `i` (the first word after the
    /// colon): every item between dashes or commas a name of one to three words, five items
    /// at least, in a sports report, with a line-up word just before the list.
    pub(super) fn line_up(&self, i: usize) -> Vec<Found> {
        let opens_list = self
            .token(i)
            .is_some_and(|t| t.sep == Sep::Break && !t.comma);
        if !opens_list || !self.line_up_word_before(i) || !self.is_sports_report() {
            return Vec::new();
        }
        let mut players = Vec::new();
        let mut start = i;
        loop {
            let end = (start + 1..self.tokens().len())
                .find(|&k| self.tokens()[k].sep != Sep::Space || self.tokens()[k].after_hyphen)
                .unwrap_or(self.tokens().len());
            if end - start > MAX_PLAYER_WORDS || !(start..end).all(|k| self.player_word(k)) {
                return Vec::new();
            }
            players.push(start..end);
            if players.len() > MAX_PLAYERS {
                return Vec::new();
            }
            match self.token(end) {
                Some(next) if next.after_hyphen || next.comma => start = end,
                _ => break,
            }
        }
        if players.len() < MIN_PLAYERS {
            return Vec::new();
        }
        players.into_iter().map(player).collect()
    }

    /// A line-up word stands among the few words before token `i`.
    fn line_up_word_before(&self, i: usize) -> bool {
        self.tokens()[i.saturating_sub(CUE_WINDOW)..i]
            .iter()
            .any(|t| {
                readings(&t.norm)
                    .iter()
                    .any(|(clitic, w)| *clitic <= 1 && LINE_UP_WORDS.contains(&w.as_ref()))
            })
    }

    /// Token `k` may be a word of a player's name: letters only, no mention, and not a word
    /// of the lists (a function word, verb, role or common noun).
    fn player_word(&self, k: usize) -> bool {
        let t = &self.tokens()[k];
        t.mention.is_none()
            && t.norm.chars().all(is_letter)
            && !is_listed(&t.norm)
            && !is_function_or_verb(&t.norm)
            && !is_role_word(&t.norm)
    }
}

fn player(tokens: std::ops::Range<usize>) -> Found {
    Found {
        tokens,
        kind: Some(EntityKind::Person),
        strong: true,
        open: false,
        alias: None,
        conjoined: false,
    }
}

#[cfg(test)]
#[path = "lineups_tests.rs"]
mod tests;
