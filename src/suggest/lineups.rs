//! Players in a match report, named with no title: a team's line-up after «بتشكيل مكون من:»
//! or «التشكيلة:», the names separated by dashes or commas (دبشي – بن رمضان – العبيدي …), and
//! the player after a noun of the game's actions (تمريرة من فلان، أهداف فلان وفلان). One word
//! would never do on its own; the line-up word or the action before the name and a report of
//! a match around it say they are people.

use super::discover::{Found, Scan};
use super::lexicon::{is_function_or_verb, is_letter, is_listed, is_role_word, readings};
use super::people::person;
use super::tokens::Sep;

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

/// Nouns of a match's actions before the player who made them (تمريرة ذكية من فلان، بتسديدة
/// فلان، بفضل أهداف فلان وفلان), or who suffered them (تدخل على فلان), normalised; any may
/// carry a clitic.
const ACTION_NOUNS: &[&str] = &[
    "تمريره",
    "تسديده",
    "عرضيه",
    "راسيه",
    "اهداف",
    "تدخل",
    // بهدف رابع من توقيع فلان: the goal's author.
    "توقيع",
];

/// Verbs of scoring with the goal as their object pronoun (بهدف التعادل الذي أحرزه فلان، بهدف
/// ثان سجله فلان), and أهدى of an own goal (أهدى فلان التعاون هدفا), normalised: the player
/// follows.
const SCORED_IT: &[&str] = &["سجله", "سجلها", "احرزه", "احرزها", "اهدي"];

/// The prepositions between an action's noun and the player: من of who made it, على of who
/// suffered it (a foul), normalised.
const ACTION_PREPOSITIONS: &[&str] = &["من", "علي"];

/// The words a rule of this module starts from (see [`super::triggers::is_cue_form`]).
pub(super) const CUE_WORDS: [&[&str]; 2] = [ACTION_NOUNS, SCORED_IT];

/// Most words between an action's noun and «من» before the player (تمريرة ذكية من).
const MAX_BEFORE_FROM: usize = 2;

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
            .is_some_and(|t| t.sep == Sep::Break && !t.comma());
        if !opens_list || !self.line_up_word_before(i) || !self.is_sports_report() {
            return Vec::new();
        }
        let mut players = Vec::new();
        let mut start = i;
        loop {
            let end = (start + 1..self.tokens().len())
                .find(|&k| self.tokens()[k].sep != Sep::Space || self.tokens()[k].after_hyphen())
                .unwrap_or(self.tokens().len());
            // … – يوسف البلايلي وياسين الخنيسي: the last two players joined by و.
            let items = match self.two_players_joined(start, end) {
                Some(second) => [Some(start..second), Some(second..end)],
                None => [Some(start..end), None],
            };
            for item in items.into_iter().flatten() {
                if item.len() > MAX_PLAYER_WORDS || !item.clone().all(|k| self.player_word(k)) {
                    return Vec::new();
                }
                players.push(item);
            }
            if players.len() > MAX_PLAYERS {
                return Vec::new();
            }
            match self.token(end) {
                Some(next) if next.after_hyphen() || next.comma() => start = end,
                _ => break,
            }
        }
        if players.len() < MIN_PLAYERS {
            return Vec::new();
        }
        players.into_iter().map(person).collect()
    }

    /// The token in و where a second player's name starts inside the line-up item `start..end`
    /// (يوسف البلايلي وياسين الخنيسي), the second name running to the item's end; None when
    /// the item is one name.
    fn two_players_joined(&self, start: usize, end: usize) -> Option<usize> {
        (start + 2..end)
            .find(|&k| self.tokens()[k].norm.starts_with('و'))
            .filter(|&k| self.conjoined_name_at(k).is_some_and(|r| r.end == end))
    }

    /// The players named after a noun of a match's action at token `i`, in a sports report:
    /// right after it (أهداف أبو بكر دياكيتي) or after «من» (تمريرة ذكية من سالم الدوسري), a
    /// full name, and the next ones joined to it by و.
    pub(super) fn players_after_action(&self, i: usize) -> Vec<Found> {
        let scored_it = !self.tokens()[i].ta_marbuta()
            && readings(&self.tokens()[i].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 1 && SCORED_IT.contains(&w.as_ref()));
        if scored_it {
            return match self.is_sports_report() {
                true => self.player_after(i + 1).into_iter().collect(),
                false => Vec::new(),
            };
        }
        let action = readings(&self.tokens()[i].norm)
            .iter()
            .any(|(clitic, w)| *clitic <= 1 && ACTION_NOUNS.contains(&w.as_ref()));
        if !action || !self.is_sports_report() {
            return Vec::new();
        }
        let from = (i + 1..=i + 1 + MAX_BEFORE_FROM)
            .take_while(|&k| self.token(k).is_some_and(|t| t.sep == Sep::Space))
            .find(|&k| ACTION_PREPOSITIONS.contains(&self.tokens()[k].norm.as_str()));
        let Some(first) = self.player_after(from.map_or(i + 1, |k| k + 1)) else {
            return Vec::new();
        };
        let mut end = first.tokens.end;
        let mut out = vec![first];
        while let Some(next) = self.conjoined_name_at(end) {
            end = next.end;
            out.push(Found {
                conjoined: true,
                ..person(next)
            });
        }
        out
    }

    /// Token `i` is عبر, or طريق after عن: «by way of», before a scorer's name.
    pub(super) fn by_way_of_at(&self, i: usize) -> bool {
        let w = self.tokens()[i].norm.as_str();
        w == super::people::VIA
            || (w == super::people::WAY
                && i > 0
                && self.tokens()[i].sep == Sep::Space
                && self.tokens()[i - 1].norm == "عن")
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

#[cfg(test)]
#[path = "lineups_tests.rs"]
mod tests;
