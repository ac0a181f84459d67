//! The sides of a match in a sports report. A club named bare by an ordinary word (التعاون
//! «cooperation», الرائد «pioneer», الشمال «north») is found where only a team stands: the
//! winner of «فاز X على Y»، «تعادل X مع Y»، «حقق X فوزه», a title's «X يتغلب على Y», the side
//! after على or مع there, and a team's place in the table (X صاحب المركز، X الوصيف، بفارق
//! نقطة عن X). Each is one weak sign: discovery takes the club once the site gives two (see
//! `discovery::is_confident`), and it is linked only where a word of its team or such a shape
//! confirms it in the article (the matcher's `Evidence::InPlay`).

use std::ops::Range;

use super::discover::{Found, Scan};
use super::lexicon::{is_function_or_verb, looks_adjectival, readings};
use super::local::sports_word;
use super::people::is_scoring_verb;
use super::tokens::Sep;
use super::triggers::trigger_at;
use crate::load::EntityKind;
use crate::text::match_words::{
    ACHIEVED, AGAINST, PAST_RESULTS, PRESENT_RESULTS, RESULT_NOUNS, RESULTS_OF_A_SIDE, TABLE_GAPS,
    VENUE,
};

/// The dual of a club's kind word, normalised: two clubs follow (ناديا الشرطة والقوة الجوية).
const DUAL_CLUBS: &[&str] = &["ناديا", "فريقا"];

/// A team's goals before its name after a verb of scoring (سجل هدفي الشرطة، هدف الحدود،
/// أهداف الكرخ), normalised.
const GOALS: &[&str] = &["هدف", "هدفي", "اهداف"];

/// A team's place in the table right after its name (الخليج صاحب المركز السادس، التعاون الوصيف).
const TABLE_PLACES: &[&str] = &["المتصدر", "متصدر", "الوصيف", "وصيف"];

/// How many points or goals, in words, before the gap's noun (بفارق خمس نقاط عن X), normalised.
const GAP_COUNTS: &[&str] = &[
    "ثلاث",
    "اربع",
    "خمس",
    "ست",
    "سبع",
    "ثماني",
    "ثمان",
    "تسع",
    "عشر",
];

/// The goal or net a side defends, before its name (حارس مرمى الزوراء، هز شباك النصر),
/// normalised.
const GOAL_OF: &[&str] = &["مرمي", "شباك"];

/// The word, with or without a clitic (وتغلب، ليفوز), is one of `list`.
fn is_one_of(word: &str, list: &[&str]) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 2 && list.contains(&w.as_ref()))
}

/// Most words of a quoted name after its kind word (فريق "باب سويقة"، موقع «إكس»).
const MAX_QUOTED_WORDS: usize = 3;

/// Words for a platform before its quoted name (موقع «إكس»، منصة «تيك توك»).
const PLATFORMS: &[&str] = &["موقع", "منصه", "تطبيق"];

/// Words for a club (normalised): before its quoted name in a sports report (فريق "باب
/// سويقة"), before a town it is named for (`town_clubs`), and never a body's head of their own.
pub(super) const CLUB_WORDS: &[&str] = &["فريق", "نادي"];

/// Words of a team between a verb of a result and the team, or between على and the other
/// side (فاز فريق التعاون على نظيره الرائد), normalised.
pub(super) const TEAM: &[&str] = &["فريق", "نادي", "نظيره", "ضيفه", "مضيفه", "مستضيفه"];

/// «Its counterpart», normalised: in a match report, the other side.
const COUNTERPARTS: &[&str] = &["نظيره", "نظيرها"];

impl Scan<'_> {
    /// Token `i` is «its counterpart» (نظيره، ونظيرها) in a sports report: the other side of a
    /// match, whose name is a club's.
    pub(super) fn counterpart_side_at(&self, i: usize) -> bool {
        readings(&self.tokens()[i].norm)
            .iter()
            .any(|(clitic, w)| *clitic <= 1 && COUNTERPARTS.contains(&w.as_ref()))
            && self.is_sports_report()
    }

    /// Every side of a match this run names by the shape of the match (see the module), once
    /// per sign: «بفارق نقطة عن التعاون الوصيف» gives the table twice (a gap and a place), and
    /// «حقق فريق التعاون فوزا على نظيره الرائد» a word of the team and a result for each side.
    pub(super) fn match_sides(&self) -> Vec<Found> {
        if !self.tokens().iter().any(|t| t.article()) || !self.is_sports_report() {
            return Vec::new();
        }
        let mut out: Vec<Found> = Vec::new();
        let sided = self.sided_words();
        for i in 0..self.tokens().len() {
            if !self.is_bare_club_at(i) {
                continue;
            }
            let result = self.result_around(i);
            let signs = usize::from(result.is_some())
                + usize::from(self.table_place_after(i))
                + usize::from(self.table_gap_before(i))
                + usize::from(self.goals_of_before(i))
                + usize::from(self.goal_of_before(i))
                + usize::from(self.beaten_after_win(i))
                + self.standing_signs(i)
                + usize::from(self.brought_together(i))
                + usize::from(self.paired_with(i).is_some());
            let other = result.flatten().filter(|&j| self.is_bare_club_at(j));
            // فريق القاسم من تحقيق الفوز على فريق النفط: both sides named as teams in one
            // result leave no other reading (a team of work has no opponent named so).
            let teams = other.is_some_and(|j| self.club_word_before(i) && self.club_word_before(j));
            // ويمتلك الفيصلي 40 نقطة، في حين يبلغ رصيد البقعة 16: two clubs each named as a
            // side in one paragraph are a league's, not two nouns of the game.
            let league = sided.len() >= 2 && sided.contains(&self.tokens()[i].norm.as_str());
            // مواجهته مع القوة الجوية: the other side, with the adjective of its name.
            if self.opponent_at(i) {
                out.push(Found {
                    strong: league,
                    ..side(i).with_tokens(self.club_extent(i))
                });
            }
            // تعادل الرائد والتعاون: the second side, after its و.
            if let Some(second) = self.paired_with(i) {
                out.push(Found {
                    strong: league,
                    conjoined: true,
                    ..side(second.start).with_tokens(second)
                });
            }
            if league && signs == 0 && !self.opponent_at(i) {
                out.push(Found {
                    strong: true,
                    ..side(i)
                });
            }
            // بفارق نقطة عن التعاون الوصيف: two signs at one place leave no other reading,
            // and stand for a club the site names once.
            let both = Found {
                strong: signs >= 2 || teams || league,
                ..side(i)
            };
            out.extend(std::iter::repeat_n(both, signs));
            if let Some(j) = other {
                out.push(Found {
                    strong: teams,
                    ..side(j)
                });
            }
        }
        out.extend(self.dual_clubs());
        out.extend(self.sides_after_known_clubs());
        out
    }

    /// The words of this run named as a side (see [`Scan::match_sides`]) or after a word of
    /// the team (مضيفه الصريح), each once.
    fn sided_words(&self) -> Vec<&str> {
        let mut words: Vec<&str> = (0..self.tokens().len())
            .filter(|&i| self.is_bare_club_at(i))
            .filter(|&i| {
                self.result_around(i).is_some()
                    || self.table_place_after(i)
                    || self.table_gap_before(i)
                    || self.goals_of_before(i)
                    || self.goal_of_before(i)
                    || self.beaten_after_win(i)
                    || self.standing_signs(i) > 0
                    || self.brought_together(i)
                    || self.opponent_at(i)
                    || self.paired_with(i).is_some()
                    || self.team_word_before(i)
            })
            .map(|i| self.tokens()[i].norm.as_str())
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    }

    /// A word of the team stands right before token `i` (فريق البقعة، مضيفه الصريح).
    fn team_word_before(&self, i: usize) -> bool {
        i > 0 && self.tokens()[i].sep == Sep::Space && is_one_of(&self.tokens()[i - 1].norm, TEAM)
    }

    /// «ناديا X وY» (the dual of نادي, فريقا of فريق): the two clubs it names, each with its
    /// kind word before it, as «نادي X» would be (حقق ناديا الشرطة والقوة الجوية الفوز).
    fn dual_clubs(&self) -> Vec<Found> {
        let mut out = Vec::new();
        for i in 0..self.tokens().len() {
            if !is_one_of(&self.tokens()[i].norm, DUAL_CLUBS) || !self.joined(i + 1) {
                continue;
            }
            if !self.is_bare_club_at(i + 1) {
                continue;
            }
            let first = self.club_extent(i + 1);
            let second_at = first.end;
            let after_wa = self
                .token(second_at)
                .filter(|_| self.joined(second_at))
                .and_then(|t| t.norm.strip_prefix('و'));
            let bare = after_wa.is_some_and(|w| {
                w.starts_with("ال")
                    && w.chars().count() >= 4
                    && w.chars().all(char::is_alphabetic)
                    && sports_word(w).is_none()
            });
            // فريقا الحسين وشباب الأردن: the second named with a club's head.
            let headed = after_wa
                .filter(|w| super::local::is_club_head(w))
                .and_then(|_| self.named_after(second_at + 1))
                .map(|end| second_at..end);
            let second = match headed {
                Some(range) => range,
                None if bare => self.club_extent(second_at),
                None => continue,
            };
            out.push(Found {
                strong: true,
                ..side(first.start).with_tokens(first)
            });
            out.push(Found {
                strong: true,
                conjoined: true,
                ..side(second.start).with_tokens(second)
            });
        }
        out
    }

    /// The club at token `i` and a definite adjective of its name after it (القوة الجوية).
    pub(super) fn club_extent(&self, i: usize) -> std::ops::Range<usize> {
        let adjective = self.joined(i + 1)
            && self.token(i + 1).is_some_and(|t| {
                t.article() && looks_adjectival(&t.norm) && sports_word(&t.norm).is_none()
            });
        i..i + 1 + usize::from(adjective)
    }

    /// The word فريق stands right before token `i` (فريق النفط).
    fn club_word_before(&self, i: usize) -> bool {
        i > 0
            && self.tokens()[i].sep == Sep::Space
            && readings(&self.tokens()[i - 1].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 2 && w.as_ref() == "فريق")
    }

    /// Token `i` is the side beaten in a win named by its noun (من الفوز على الحدود، انتصارا
    /// على الرائد) or by a verb of the result whose subject the verb holds (عندما فاز على
    /// الزوراء، وخسر أمام الرائد): على or أمام after a word of the result.
    fn beaten_after_win(&self, i: usize) -> bool {
        let word = |k: usize| self.spaced_word(k);
        i >= 2
            && word(i).is_some()
            && word(i - 1).is_some_and(|w| w == "علي" || w == "امام")
            && self.tokens()[i - 1].sep == Sep::Space
            && self.token(i - 2).is_some_and(|t| {
                let w = t.norm.strip_prefix("ال").unwrap_or(&t.norm);
                ["فوز", "انتصار"].iter().any(|n| w.starts_with(n))
                    || is_one_of(&t.norm, PAST_RESULTS)
            })
    }

    /// Token `i` is the club whose goals a scorer scored (وسجل هدفي الشرطة كل من …، سجل هدف
    /// الحدود اللاعب فلان): the goals are a team's, not a player's.
    fn goals_of_before(&self, i: usize) -> bool {
        i >= 2
            && self.tokens()[i].sep == Sep::Space
            && self.tokens()[i - 1].sep == Sep::Space
            && GOALS.contains(&self.tokens()[i - 1].norm.as_str())
            && is_scoring_verb(&self.tokens()[i - 2].norm)
    }

    /// The goal or net of token `i` stands right before it (حارس مرمى الزوراء، هز شباك
    /// النصر): what defends a goal is a side. A title there is the player, not the side
    /// (مرمى الحارس علاء كاطع).
    fn goal_of_before(&self, i: usize) -> bool {
        i >= 1
            && self.tokens()[i].sep == Sep::Space
            && is_one_of(&self.tokens()[i - 1].norm, GOAL_OF)
            && trigger_at(self.tokens(), i).is_none()
    }

    /// Names set off by quotes right after a word naming what they are: a club after فريق or
    /// نادي in a sports report (فريق "باب سويقة"), a platform after موقع، منصة or تطبيق
    /// (على موقع «إكس»). The quotes show a name; the word before says its kind.
    pub(super) fn quoted_after_kind(&self) -> Vec<Found> {
        let mut out = Vec::new();
        for r in &self.words.quoted {
            let Some(before) = r.start.checked_sub(1).and_then(|k| self.token(k)) else {
                continue;
            };
            let named = (1..=MAX_QUOTED_WORDS).contains(&r.len())
                && r.clone().all(|k| {
                    self.token(k).is_some_and(|t| {
                        !t.tanween()
                            && t.mention.is_none()
                            && t.norm.chars().all(char::is_alphabetic)
                            && !is_function_or_verb(&t.norm)
                    })
                });
            if !named {
                continue;
            }
            // One word: a name, or for a club one definite word (فريق "الرمال"); a platform
            // named by a definite word is the site of a body (موقع «الوزارة»).
            let one_name = r.len() > 1 || self.name_word(r.start);
            let platform = is_one_of(&before.norm, PLATFORMS) && one_name;
            let club = is_one_of(&before.norm, CLUB_WORDS)
                && (one_name || self.is_bare_club_at(r.start))
                && self.is_sports_report();
            if platform || club {
                out.push(Found {
                    tokens: r.clone(),
                    strong: true,
                    ..side(r.start)
                });
            }
        }
        out
    }

    /// A short quoted name opening at token `k` (right after the words before it): one to
    /// three words, each a word of a name, no mention, no function word or verb; one word
    /// must be a name word (a definite word in quotes is as often a quoted term).
    pub(super) fn quoted_name_at(&self, k: usize) -> Option<Range<usize>> {
        let r = self.words.quoted.iter().find(|r| r.start == k)?;
        let named = (1..=MAX_QUOTED_WORDS).contains(&r.len())
            && r.clone().all(|i| {
                self.token(i).is_some_and(|t| {
                    !t.tanween()
                        && t.mention.is_none()
                        && t.norm.chars().all(char::is_alphabetic)
                        && !is_function_or_verb(&t.norm)
                })
            })
            && (r.len() > 1 || self.name_word(r.start));
        named.then(|| r.clone())
    }

    /// The normalised word at token `k` when it is in the clause of the word before it.
    pub(super) fn spaced_word(&self, k: usize) -> Option<&str> {
        self.token(k)
            .filter(|t| t.sep == Sep::Space)
            .map(|t| t.norm.as_str())
    }

    /// Token `i` is the team of a result: after a verb of a result (a word of the team may stand
    /// between) with على، مع or أمام next (فاز X على، فاز فريق X على)، after حقق with a word of
    /// the result next (حقق X فوزه), or opening its clause before such a verb in the present (X
    /// يتغلب على). Returns the other side after the preposition, past a word of the team (على
    /// نظيره Y), if there is one: `Some(None)` is a result without it.
    fn result_around(&self, i: usize) -> Option<Option<usize>> {
        let team_before = i > 0
            && self.tokens()[i].sep == Sep::Space
            && is_one_of(&self.tokens()[i - 1].norm, TEAM);
        let verb_at = if team_before {
            i.checked_sub(2)
        } else {
            i.checked_sub(1)
        };
        let chained = self.tokens()[i].sep == Sep::Space
            && (!team_before || self.tokens()[i - 1].sep == Sep::Space);
        let verb = verb_at
            .filter(|_| chained)
            .and_then(|k| self.token(k))
            .map(|t| t.norm.as_str());
        let opens = self.tokens()[i].sep == Sep::Break;
        let result_noun = |k: usize| {
            self.spaced_word(k).is_some_and(|w| {
                let w = w.strip_prefix("ال").unwrap_or(w);
                RESULT_NOUNS.iter().any(|n| w.starts_with(n))
            })
        };
        if verb.is_some_and(|w| is_one_of(w, PAST_RESULTS)) {
            return self.against_at(i + 1).map(Some);
        }
        // بعد فوز الهلال على النصر: the result as a noun, the side it is of, the other side.
        let noun_before = !team_before
            && chained
            && verb.is_some_and(|w| {
                is_one_of(w, RESULTS_OF_A_SIDE)
                    || w.strip_prefix("ال")
                        .is_some_and(|n| RESULTS_OF_A_SIDE.contains(&n))
            });
        if noun_before {
            return self.against_at(i + 1).map(Some);
        }
        // تمكن فريق X من تحقيق الفوز على فريق Y: the team, then what it achieved.
        let from = usize::from(self.spaced_word(i + 1) == Some("من"));
        if team_before
            && self
                .spaced_word(i + 1 + from)
                .is_some_and(|w| is_one_of(w, ACHIEVED))
            && result_noun(i + 2 + from)
        {
            return Some(
                self.against_at(i + 3 + from)
                    .or_else(|| self.against_at(i + 4 + from)),
            );
        }
        if verb.is_some_and(|w| is_one_of(w, ACHIEVED)) && result_noun(i + 1) {
            return Some(self.against_at(i + 2).or_else(|| self.against_at(i + 3)));
        }
        let after = self.spaced_word(i + 1);
        if opens && !team_before && after.is_some_and(|w| is_one_of(w, PRESENT_RESULTS)) {
            return self.against_at(i + 2).map(Some);
        }
        if opens
            && !team_before
            && after.is_some_and(|w| is_one_of(w, ACHIEVED))
            && result_noun(i + 2)
        {
            return Some(self.against_at(i + 3).or_else(|| self.against_at(i + 4)));
        }
        None
    }

    /// Token `k` is على، مع or أمام: the token of the other side after it, past a word of the
    /// team (على نظيره الرائد).
    fn against_at(&self, k: usize) -> Option<usize> {
        let k = self.past_venue(k);
        let w = self.spaced_word(k)?;
        if !AGAINST.contains(&w) {
            return None;
        }
        let team = self.spaced_word(k + 1).is_some_and(|n| is_one_of(n, TEAM));
        Some(if team { k + 2 } else { k + 1 })
    }

    /// The token after where a side played, from token `k` (على أرضه وأمام جمهوره، خارج
    /// أرضه): `k` itself when no such phrase starts there.
    fn past_venue(&self, mut k: usize) -> usize {
        for _ in 0..2 {
            let phrase = self.spaced_word(k).is_some_and(|w| VENUE[0].contains(&w))
                && self
                    .spaced_word(k + 1)
                    .is_some_and(|w| VENUE[1].contains(&w));
            if !phrase {
                break;
            }
            k += 2;
        }
        k
    }

    /// Token `i` has its place in the table after it (X صاحب المركز، X الوصيف).
    fn table_place_after(&self, i: usize) -> bool {
        self.spaced_word(i + 1)
            .is_some_and(|w| TABLE_PLACES.contains(&w))
            || (self.spaced_word(i + 1) == Some("صاحب")
                && self.spaced_word(i + 2) == Some("المركز"))
    }

    /// Token `i` has a gap in the table before it (بفارق نقطة عن X، بفارق 3 نقاط عن X).
    fn table_gap_before(&self, i: usize) -> bool {
        let word = |k: usize| self.token(k).map(|t| t.norm.as_str());
        i >= 3
            && word(i - 1) == Some("عن")
            && (i.saturating_sub(4)..i - 1).any(|k| {
                word(k) == Some("بفارق")
                    && word(k + 1).is_some_and(|w| {
                        TABLE_GAPS.contains(&w)
                            || ((w.chars().all(char::is_numeric) || GAP_COUNTS.contains(&w))
                                && word(k + 2).is_some_and(|u| TABLE_GAPS.contains(&u)))
                    })
            })
    }
}

impl Found {
    /// The same finding over `tokens`.
    fn with_tokens(self, tokens: std::ops::Range<usize>) -> Found {
        Found { tokens, ..self }
    }
}

/// One side of a match at token `i`: weak, as every sign of a club named by an ordinary word.
fn side(i: usize) -> Found {
    Found {
        tokens: i..i + 1,
        kind: Some(EntityKind::Organization),
        strong: false,
        open: false,
        alias: None,
        conjoined: false,
    }
}

#[cfg(test)]
#[path = "matches_tests.rs"]
mod tests;
