//! The sides of a match named by names no dictionary holds (غينت، سانت ترون، أندرلخت): a
//! report on a foreign league writes its clubs as transliterations, with no kind word and no
//! article, where [`super::matches`] looks for clubs named by ordinary words. The shape of a
//! result says both are clubs: a verb or noun of the result or a match (تغلب، فوز، لقاء),
//! perhaps a word of the team (فريقه), the first side, على، مع or أمام, the second side, and
//! then the score or the end of the clause.

use std::ops::Range;

use super::discover::{Found, Scan};
use super::lexicon::readings;
use super::matches::TEAM;
use super::tokens::Sep;
use crate::load::EntityKind;
use crate::text::match_words::{AGAINST, PAST_RESULTS, RESULTS_OF_A_SIDE};

/// The most words a transliterated club's name has here (سانت جيلواز، كلوب بروج، ريد ستار
/// بلغراد).
const MOST_WORDS: usize = 3;

/// The team words with the pronoun of the player the sentence is about (انتصار فريقه سانت
/// ترون), normalised: besides [`TEAM`], which the rules on clubs named by ordinary words read.
const OWN_TEAM_WORDS: &[&str] = &["فريقه", "فريقها", "ناديه", "ناديها"];

/// A match named as a noun before its first side (مباراة غينت أمام غنك، لقاء X أمام Y),
/// normalised. «لقاء» is also a meeting of people, so it takes only أمام (see
/// [`Scan::named_sides`]).
const MATCHES: &[&str] = &["مباراه", "مواجهه", "لقاء"];

/// The score after the second side (بنتيجة 2-0، بهدفين، بثلاثية), normalised.
const SCORES: &[&str] = &[
    "بنتيجه",
    "بهدف",
    "بهدفين",
    "بثنائيه",
    "بثلاثيه",
    "برباعيه",
    "بخماسيه",
];

/// Words of a team sport, normalised, read with or without the article (القدم only with it:
/// bare, it is also «presented»; see [`Scan::names_a_team_sport`]).
const TEAM_SPORT: &[&str] = &[
    "هدف",
    "هدفا",
    "هدفين",
    "اهداف",
    "هدفه",
    "فريق",
    "فريقه",
    "فريقها",
    "القدم",
];

/// What opens a result before its first side.
#[derive(Clone, Copy, PartialEq)]
enum Opening {
    /// A verb or noun of the result (تغلب، فوز، خسارة).
    Result,
    /// A noun of the match (لقاء، مباراة).
    Match,
}

impl Scan<'_> {
    /// Both sides of each result this run names with name words (see the module), when a
    /// word of the team or the score stands there too: a duel of two players or a debate won
    /// has neither, and a weak sign would never add up (a club of name words is taken only on
    /// strong evidence, see `discovery::is_confident`).
    pub(super) fn named_sides(&self) -> Vec<Found> {
        if !self.is_sports_report() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for k in 0..self.tokens().len() {
            let Some(opening) = self.opening_at(k) else {
                continue;
            };
            let team_before = self.team_word_at(k + 1);
            let first_at = k + 1 + usize::from(team_before);
            let Some(first) = self.side_from(first_at) else {
                continue;
            };
            let against = first.end;
            let preposition = self.spaced_word(against);
            let takes = match opening {
                Opening::Result => preposition.is_some_and(|w| AGAINST.contains(&w)),
                Opening::Match => preposition == Some("امام"),
            };
            if !takes {
                continue;
            }
            let team_after = self.team_word_at(against + 1);
            let Some(second) = self.side_from(against + 1 + usize::from(team_after)) else {
                continue;
            };
            let Some(scored) = self.clause_ends_at(second.end) else {
                continue;
            };
            if !(team_before || team_after || scored && self.names_a_team_sport()) {
                continue;
            }
            out.extend([first, second].map(|tokens| Found {
                tokens,
                kind: Some(EntityKind::Organization),
                strong: true,
                open: false,
                alias: None,
                conjoined: false,
            }));
        }
        out
    }

    /// Token `k` opens a result or a match (see [`Opening`]), with or without و or ف.
    fn opening_at(&self, k: usize) -> Option<Opening> {
        let token = self.token(k)?;
        let reads = readings(&token.norm);
        let any = |list: &[&str]| {
            reads.iter().any(|(clitic, w)| {
                *clitic <= 2 && {
                    let w = w.strip_prefix("ال").unwrap_or(w);
                    list.contains(&w)
                }
            })
        };
        if any(PAST_RESULTS) || any(RESULTS_OF_A_SIDE) {
            Some(Opening::Result)
        } else if any(MATCHES) {
            Some(Opening::Match)
        } else {
            None
        }
    }

    /// Some word of the article is a goal or a team (هدفا، الأهداف، فريقه، كرة القدم): a
    /// score between two names is then a match of clubs, not a tennis player's or a
    /// boxer's.
    fn names_a_team_sport(&self) -> bool {
        self.article.iter().flat_map(|w| &w.tokens).any(|t| {
            readings(&t.norm).iter().any(|(clitic, w)| {
                *clitic <= 2
                    && (TEAM_SPORT.contains(&w.as_ref())
                        || w.strip_prefix("ال")
                            .is_some_and(|w| TEAM_SPORT.contains(&w)))
            })
        })
    }

    /// Token `k` is a word of the team ([`TEAM`] or [`OWN_TEAM_WORDS`]), after a space.
    fn team_word_at(&self, k: usize) -> bool {
        self.spaced_word(k)
            .is_some_and(|w| TEAM.contains(&w) || OWN_TEAM_WORDS.contains(&w))
    }

    /// The side's name words from token `k`: one to [`MOST_WORDS`] name words joined by
    /// spaces, none of them a registered mention.
    fn side_from(&self, k: usize) -> Option<Range<usize>> {
        let words = (k..)
            .take(MOST_WORDS + 1)
            .take_while(|&i| self.joined(i) && self.name_word(i))
            .count();
        (1..=MOST_WORDS).contains(&words).then_some(k..k + words)
    }

    /// Where the second side ends at token `k`: `Some(true)` before a score (بنتيجة، a
    /// number), `Some(false)` at the end of the clause (a comma, a full stop, the run's end)
    /// or before في, `None` where the name would run on into other words.
    fn clause_ends_at(&self, k: usize) -> Option<bool> {
        let Some(token) = self.token(k) else {
            return Some(false);
        };
        if token.sep != Sep::Space {
            return Some(token.norm.starts_with(|c: char| c.is_ascii_digit()));
        }
        if token.norm.starts_with(|c: char| c.is_ascii_digit()) || SCORES.contains(&&*token.norm) {
            return Some(true);
        }
        (token.norm == "في").then_some(false)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::discovered;
    use crate::load::EntityKind;

    fn clubs(bodies: &[&str]) -> Vec<String> {
        let mut found: Vec<String> = discovered(bodies)
            .into_iter()
            .filter(|(_, kind)| *kind == EntityKind::Organization)
            .map(|(name, _)| name)
            .collect();
        found.sort();
        found
    }

    /// A result with the score, or with a word of the team, names both sides at once.
    #[test]
    fn both_sides_of_a_result_with_its_score_are_clubs() {
        let found = clubs(&[
            "وفي الدوري البلجيكي لكرة القدم، تغلب أندرلخت على كلوب بروج بنتيجة 3-1 في المباراة.",
        ]);
        assert_eq!(found, ["أندرلخت", "كلوب بروج"]);
        let found = clubs(&[
            "وفي الدوري البلجيكي لكرة القدم، ساهم اللاعب في انتصار فريقه سانت ترون على ميشلين \
             بنتيجة 2ـ0، وسجل الهدف الأول.",
        ]);
        assert_eq!(found, ["سانت ترون", "ميشلين"]);
        let found = clubs(&[
            "وفي الدوري البلجيكي لكرة القدم، سجل اللاعب هدفين في لقاء فريقه غينت أمام غنك، \
             والذي حسمه التعادل.",
        ]);
        assert_eq!(found, ["غنك", "غينت"]);
    }

    /// Without the score or a word of the team, a result names no club, however often (two
    /// players or two debaters are beaten so too). «لقاء» with مع is a meeting of people; a
    /// result outside a sports report names no club; nor does a name that runs on past the
    /// clause.
    #[test]
    fn a_bare_result_a_meeting_or_no_sports_report_names_no_club() {
        let found = clubs(&[
            "وفي الدوري البلجيكي لكرة القدم، سجل اللاعب هدفا في لقاء سانت غلواز أمام سيركل بريج، \
             ولم ينجح في التهديف منذ شهر.",
            "وفي الجولة التالية من الدوري لكرة القدم، فاز سانت غلواز على سيركل بريج، وتصدر \
             الترتيب.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = clubs(&[
            "وفي بطولة ويمبلدون للتنس، تغلب نادال على فيدرر بنتيجة 6-3 في المباراة النهائية، \
             وتوج اللاعب باللقب.",
            "وفي الدوري البلجيكي لكرة القدم، عقد لقاء بوتين مع أردوغان بنتيجة 2-0 أمس.",
            "وقال الوزير إن المفاوضات انتهت، وتغلب كيسنجر على بريجنسكي بنتيجة 3-1 في النقاش.",
            "وفي الدوري البلجيكي لكرة القدم، تغلب أندرلخت على كلوب بروج ستاندار لييج الشهير.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
