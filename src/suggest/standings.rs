//! A team's standing and matches in a league report, around a club named bare by an ordinary
//! word: its points (الفيصلي 40 نقطة، رصيد الفتح عند 12 نقطة), its tally (رصيد البقعة 16 نقطة،
//! رفع الوحدات رصيده), the lead of a table (يستعيد الاتحاد صدارة الترتيب), its rank with its
//! points or after a verb of holding it (المنشية في المركز الرابع برصيد 36 نقطة، يحتل الأهلي
//! المركز الثالث), a match that ended in its favour, brought it together with another or was
//! against another (انتهت لصالح الزوراء، جمع الزوراء مع القوة الجوية، الأهلي ضد الترجي، تعادل
//! الرائد والتعاون), a guest and its host (يحل الهلال ضيفا على النصر), and the other side of a
//! known club's result or match (فاز الزمالك على X). Only a side of the league is named so:
//! each is one weak sign, as those of [`super::matches`]. And a score line, a paragraph that is
//! only a result (الاتحاد 2 × 0 الأهلي، أتلتيك بلباو 1 - 0 ديبورتيفو ألافيس), names both sides at
//! once.

use super::club_words::is_not_a_club;
use super::discover::{Found, Scan};
use super::lexicon::{is_definite, is_function_or_verb, readings};
use super::local::{reads_as, sports_word};
use super::matches::TEAM;
use super::tokens::Sep;
use crate::load::EntityKind;
use crate::text::match_words::{
    AGAINST, AS_GUEST, BROUGHT_TOGETHER, ENDED_FOR, HOLDS, LEAD, MATCH_NOUNS, OWN_TALLY, PAIRS,
    PAST_RESULTS, POINTS, RANK_WORD, RANKS, RESULTS_OF_A_SIDE, RESULTS_OF_ITS_SIDE, TALLY, VERSUS,
};

/// Words between a team and its points (رصيد الفتح عند 12 نقطة، ارتفع الأهلي إلى 20 نقطة),
/// normalised.
const POINTS_AT: &[&str] = &["عند", "الي"];

/// «The point», before the number of a team's points (عند النقطة 8), normalised.
const THE_POINT: &str = "النقطه";

/// Most words between a rank and the points that make it a team's (في المركز الرابع برصيد).
const RANK_TO_POINTS: usize = 4;

/// Most words of a stage between a team and its rank (أنهى البطائح الدور التمهيدي بالمركز).
const RANK_AFTER_STAGE: usize = 2;

/// What a team leads, as a word after صدارة, without the article (صدارة الترتيب، بصدارة
/// الدوري، صدارة المجموعة), normalised.
const TABLES: &[&str] = &["ترتيب", "دوري", "مجموعه", "بطوله"];

/// Most words of one side of a score line (ديبورتيفو ألافيس، بروسيا دورتموند).
const MAX_SIDE_WORDS: usize = 3;

/// A token of digits (40، ٤٠).
fn is_number(word: &str) -> bool {
    !word.is_empty() && word.chars().all(char::is_numeric)
}

impl Scan<'_> {
    /// The signs of the table around the club at token `i` (see the module), each once.
    pub(super) fn standing_signs(&self, i: usize) -> usize {
        let word = |k: usize| self.token(k).map(|t| t.norm.as_str());
        let spaced = |k: usize| self.token(k).is_some_and(|t| t.sep == Sep::Space);
        // الفيصلي 40 نقطة، رصيد الفتح عند 12 نقطة، رصيد النجم عند النقطة 8.
        let at = i + 1 + usize::from(word(i + 1).is_some_and(|w| POINTS_AT.contains(&w)));
        let points = (at..at + 2).all(spaced)
            && ((word(at).is_some_and(is_number)
                && word(at + 1).is_some_and(|w| POINTS.contains(&w)))
                || (word(at) == Some(THE_POINT) && word(at + 1).is_some_and(is_number)));
        let own_tally = spaced(i + 1) && word(i + 1).is_some_and(|w| OWN_TALLY.contains(&w));
        // رصيد البقعة 16 نقطة, with its points: «رصيد» alone is also a bank's balance.
        let tally = i > 0 && spaced(i) && word(i - 1) == Some(TALLY) && points;
        // يستعيد الاتحاد صدارة الترتيب: the lead of a table, not of anything else.
        let lead = spaced(i + 1)
            && word(i + 1).is_some_and(|w| LEAD.contains(&w))
            && word(i + 2).is_some_and(|w| TABLES.contains(&w.strip_prefix("ال").unwrap_or(w)));
        // المنشية في المركز الرابع برصيد 36 نقطة: a rank with points is a team's; a runner's
        // (العداء في المركز الأول) has a time.
        // أنهى البطائح الدور التمهيدي بالمركز الرابع برصيد 24 نقطة: the stage may come between.
        let rank = (i + 1..=i + 1 + RANK_AFTER_STAGE).any(|k| {
            (i + 1..k).all(|s| word(s).is_some_and(is_not_a_club))
                && (i + 1..k + 2).all(spaced)
                && self.rank_at(k).is_some_and(|end| {
                    (end..end + RANK_TO_POINTS)
                        .filter_map(word)
                        .any(|w| w == "برصيد" || POINTS.contains(&w))
                })
        });
        // انتهت (المباراة) لصالح الزوراء: the match ended in the club's favour.
        let ended = |k: usize| spaced(k + 1) && word(k).is_some_and(|w| ENDED_FOR[0].contains(&w));
        let won = i >= 2
            && spaced(i)
            && word(i - 1).is_some_and(|w| ENDED_FOR[1].contains(&w))
            && (ended(i - 2) || (i >= 3 && ended(i - 3)));
        // يحل الهلال ضيفا على النصر: both the guest and the host.
        let guest = spaced(i + 1)
            && spaced(i + 2)
            && word(i + 1) == Some(AS_GUEST[0])
            && word(i + 2) == Some(AS_GUEST[1]);
        let host = i >= 2
            && spaced(i)
            && spaced(i - 1)
            && word(i - 2) == Some(AS_GUEST[0])
            && word(i - 1) == Some(AS_GUEST[1]);
        // ويحتل الأهلي المركز الثالث، يتصدر الهلال الترتيب: the team between the verb and
        // its place.
        let holds = i > 0
            && spaced(i)
            && word(i - 1).is_some_and(|w| reads_as(w, HOLDS[0]))
            && spaced(i + 1)
            && word(i + 1).is_some_and(|w| HOLDS[1].contains(&w));
        [
            points || own_tally,
            tally,
            lead,
            rank || holds,
            won,
            guest || host,
        ]
        .into_iter()
        .filter(|s| *s)
        .count()
    }

    /// The rank in the table at token `k` (في المركز، بالمركز، على مركزه): the token after it.
    fn rank_at(&self, k: usize) -> Option<usize> {
        let word = |k: usize| self.token(k).map(|t| t.norm.as_str());
        match (word(k)?, word(k + 1)) {
            (RANK_WORD, _) => Some(k + 1),
            (first, Some(second)) if RANKS.contains(&[first, second]) => Some(k + 2),
            _ => None,
        }
    }

    /// The club at token `i` is the first side of a match that brought it together with another
    /// (الذي جمع الزوراء مع القوة الجوية), or of one against another (يلعب الأهلي ضد الترجي).
    pub(super) fn brought_together(&self, i: usize) -> bool {
        let word = |k: usize| self.spaced_word(k);
        let brought = i > 0
            && word(i).is_some()
            && BROUGHT_TOGETHER.contains(&self.tokens()[i - 1].norm.as_str())
            && word(i + 1) == Some("مع");
        (brought || word(i + 1) == Some(VERSUS)) && self.is_bare_club_at(i + 2)
    }

    /// The club at token `i` is the other side of a match named before it: after a noun of the
    /// match with the team's pronoun and مع، أمام or ضد (مواجهته مع القوة الجوية، مباراته أمام
    /// النجم), or after the first side of one (جمع الزوراء مع، الأهلي ضد).
    pub(super) fn opponent_at(&self, i: usize) -> bool {
        let word = |k: usize| self.spaced_word(k);
        if i < 2 || word(i).is_none() || !self.is_bare_club_at(i) {
            return false;
        }
        let against = word(i - 1).is_some_and(|w| AGAINST.contains(&w) || w == VERSUS);
        let match_noun = self
            .token(i - 2)
            .is_some_and(|t| MATCH_NOUNS.contains(&t.norm.as_str()));
        (against && (match_noun || (word(i - 1).is_some() && self.brought_together(i - 2))))
            || self.beaten_by_its_side(i)
    }

    /// The club at token `i` is the other side of a result named as a noun with the winner's
    /// pronoun, a word of the team between (بفوزه على مضيفه الشارقة، خسارته أمام الرائد).
    fn beaten_by_its_side(&self, i: usize) -> bool {
        let team = i >= 3 && self.spaced_word(i - 1).is_some_and(|w| TEAM.contains(&w));
        let against = if team { i - 2 } else { i - 1 };
        let noun = against.checked_sub(1).and_then(|k| self.token(k));
        self.spaced_word(against)
            .is_some_and(|w| AGAINST.contains(&w))
            && noun.is_some_and(|t| {
                readings(&t.norm)
                    .iter()
                    .any(|(clitic, w)| *clitic <= 2 && RESULTS_OF_ITS_SIDE.contains(&w.as_ref()))
            })
    }

    /// The second of two sides the club at token `i` is the first of (تعادل الرائد والتعاون،
    /// في مباراة الهلال والنصر): its token range, its و included.
    pub(super) fn paired_with(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let before = i.checked_sub(1).and_then(|k| self.token(k))?;
        let pair = self.spaced_word(i).is_some()
            && readings(&before.norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 2 && PAIRS.contains(&w.as_ref()));
        let second = self.spaced_word(i + 1)?.strip_prefix('و')?;
        let named = is_definite(second)
            && second.chars().count() >= 4
            && second.chars().all(char::is_alphabetic)
            && !is_not_a_club(second);
        (pair && named && self.is_bare_club_at(i)).then(|| {
            let adjective = self.spaced_word(i + 2).is_some_and(|w| {
                is_definite(w) && super::lexicon::looks_adjectival(w) && sports_word(w).is_none()
            }) && self.token(i + 2).is_some_and(|t| t.mention.is_none());
            i + 1..i + 2 + usize::from(adjective)
        })
    }

    /// The other side of a match whose first side is a known club (فاز الهلال على الرائد،
    /// بعد فوز الترجي على نظيره النجم، مواجهة الترجي والنجم): the club named bare after على، مع،
    /// أمام or ضد where a verb or noun of a result stands before the known club, or after و where
    /// a word of a match does. One weak sign each, as the other side of [`Scan::match_sides`].
    pub(super) fn sides_after_known_clubs(&self) -> Vec<Found> {
        let known = |k: usize| {
            self.token(k)
                .is_some_and(|t| t.mention == Some(EntityKind::Organization))
        };
        let mut out = Vec::new();
        for m in 1..self.tokens().len() {
            if !known(m) || known(m - 1) || self.tokens()[m].sep != Sep::Space {
                continue;
            }
            let before = self.tokens()[m - 1].norm.as_str();
            let stem = before.strip_prefix("ال").unwrap_or(before);
            let result = reads_as(before, PAST_RESULTS)
                || reads_as(before, RESULTS_OF_A_SIDE)
                || RESULTS_OF_A_SIDE.contains(&stem);
            let pair = reads_as(before, PAIRS) || PAIRS.contains(&stem);
            let mut end = m + 1;
            while known(end) && self.tokens()[end].sep == Sep::Space {
                end += 1;
            }
            let Some(next) = self.spaced_word(end) else {
                continue;
            };
            if result && (AGAINST.contains(&next) || next == VERSUS) {
                let team = self.spaced_word(end + 1).is_some_and(|w| reads_as(w, TEAM));
                let other = end + 1 + usize::from(team);
                if self.spaced_word(other).is_some() && self.is_bare_club_at(other) {
                    out.push(found_side(self.club_extent(other), false));
                }
            } else if pair
                && next.strip_prefix('و').is_some_and(|w| {
                    is_definite(w)
                        && w.chars().count() >= 4
                        && w.chars().all(char::is_alphabetic)
                        && !is_not_a_club(w)
                        && sports_word(w).is_none()
                })
                && self.token(end).is_some_and(|t| t.mention.is_none())
            {
                out.push(found_side(end..end + 1, true));
            }
        }
        out
    }

    /// Both sides of a score line: a run that is only a name, two numbers and a name
    /// (الاتحاد 2 × 0 الأهلي). Nothing else is written so, and each side stands named once.
    pub(super) fn score_line(&self) -> Vec<Found> {
        let tokens = self.tokens();
        let Some(k) = tokens.iter().position(|t| is_number(&t.norm)) else {
            return Vec::new();
        };
        let two_numbers = tokens.get(k + 1).is_some_and(|t| is_number(&t.norm))
            && !tokens[k + 2..].iter().any(|t| is_number(&t.norm));
        if !two_numbers {
            return Vec::new();
        }
        let sides = [0..k, k + 2..tokens.len()];
        // Both sides or none: «النتيجة 2 - 1 للأهلي» is a sentence, not a score line.
        if !sides
            .iter()
            .all(|side| self.is_side_of_a_score(side.clone()))
        {
            return Vec::new();
        }
        sides
            .into_iter()
            .map(|side| Found {
                tokens: side,
                kind: Some(EntityKind::Organization),
                strong: true,
                open: false,
                alias: None,
                conjoined: false,
            })
            .collect()
    }

    /// Tokens `side` may name a team on a score line: one to three words a space joins, none
    /// a number, a registered name, a function word or a verb; one word must be a club named
    /// bare, or every word a word of a name.
    fn is_side_of_a_score(&self, side: std::ops::Range<usize>) -> bool {
        let len = side.len();
        if !(1..=MAX_SIDE_WORDS).contains(&len) {
            return false;
        }
        let words_ok = side.clone().all(|k| {
            let t = &self.tokens()[k];
            (k == side.start || t.sep == Sep::Space)
                && t.mention.is_none()
                && t.norm.chars().all(char::is_alphabetic)
                && !is_function_or_verb(&t.norm)
                && sports_word(&t.norm).is_none()
        });
        words_ok
            && if len == 1 {
                self.is_bare_club_at(side.start) || self.name_word(side.start)
            } else {
                side.clone().all(|k| self.name_word(k))
            }
    }
}

/// One side of a match over `tokens`, weak; `conjoined` when its first token carries و.
fn found_side(tokens: std::ops::Range<usize>, conjoined: bool) -> Found {
    Found {
        tokens,
        kind: Some(EntityKind::Organization),
        strong: false,
        open: false,
        alias: None,
        conjoined,
    }
}

#[cfg(test)]
#[path = "standings_tests.rs"]
mod tests;
