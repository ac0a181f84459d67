//! Clubs named like their town (نادي زاخو، فريق دهوك، لفريق الرياض): most clubs outside the
//! capitals' giants are called by their town's name alone, so in a sports report the word of
//! a club before a known town names the club. Discovery makes it «نادي» and the town's name
//! (see `discovery::town_clubs`), and the linker tells the club from the town mention by
//! mention.

use super::discover::{Found, Scan};
use super::lexicon::readings;
use super::matches::CLUB_WORDS;
use super::tokens::Sep;
use crate::load::EntityKind;

/// Words of a team that are as often a town's public or a guard, normalised.
const NOT_OF_THE_TEAM_ALONE: &[&str] = &["جمهور", "جماهير", "حارس"];

/// Most words of a town's name after the club's word (عين الدفلى، أم درمان، خميس مشيط).
const MAX_TOWN_WORDS: usize = 3;

impl Scan<'_> {
    /// Every club of this run named as a word of a club and a known place, in a sports report
    /// only: elsewhere «نادي دبي» may be a social club and «فريق الرياض» a team of officials.
    pub(super) fn clubs_named_like_towns(&self) -> Vec<Found> {
        if !self.is_sports_report() {
            return Vec::new();
        }
        (0..self.tokens().len())
            .filter_map(|i| self.club_named_like_a_town_at(i))
            .collect()
    }

    /// The club whose word is token `i`, with the known place right after it.
    fn club_named_like_a_town_at(&self, i: usize) -> Option<Found> {
        let t = self.token(i).filter(|t| t.mention.is_none())?;
        // Or a word of the team's own (هز شباك الرياض، مدرب دهوك، ضيفه الشارقة), but for the
        // crowd and the keeper: a town's public (جمهور عمان at a concert) and a guard (حارس
        // دمشق القديمة) as often.
        let club_word = readings(&t.norm).iter().any(|(clitic, w)| {
            *clitic <= 2
                && (CLUB_WORDS.contains(&w.as_ref())
                    || (crate::text::cue_words::is_team_word(w.as_ref())
                        && !NOT_OF_THE_TEAM_ALONE.contains(&w.as_ref())))
        });
        if !club_word {
            return None;
        }
        // The town as the linker marked it, or by its name: a word of a team before a town
        // unlinks the town's every mention in the article (the team is named, not the town).
        let marked = |k: usize| {
            self.token(k)
                .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Place))
        };
        let spaced = |k: usize| {
            self.token(k)
                .is_some_and(|n| n.sep == Sep::Space && n.mention.is_none())
        };
        let named = |end: usize| {
            let words: Vec<&str> = (i + 1..end)
                .map(|k| self.tokens()[k].norm.as_str())
                .collect();
            self.lex.is_registered_place(&words.join(" "))
        };
        let end = (i + 2..=i + 1 + MAX_TOWN_WORDS)
            .take_while(|&end| marked(end - 1) || spaced(end - 1))
            .filter(|&end| (i + 1..end).all(marked) || ((i + 1..end).all(spaced) && named(end)))
            .last()?;
        Some(Found::organization(i..end, true, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::discovered_with;
    use crate::load::EntityKind;

    fn clubs(bodies: &[&str]) -> Vec<String> {
        discovered_with(bodies, true)
            .into_iter()
            .filter(|(_, kind)| *kind == EntityKind::Organization)
            .map(|(name, _)| name)
            .collect()
    }

    /// In a sports report a club's word before a known town names the town's club, called
    /// «نادي» and the town's name whichever word the report used.
    #[test]
    fn a_club_word_before_a_town_in_a_sports_report_is_the_town_s_club() {
        let found = clubs(&[
            "حقق فريق الطلبة فوزا مهما على فريق دهوك في الدوري، وسجل اللاعب هدفين في الشوط الأول. وفاز نادي زاخو على ضيفه بهدف دون رد في المباراة.",
        ]);
        for name in ["نادي دهوك", "نادي زاخو"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
    }

    /// A word of the team's own before a known town names its club too (هز شباك الرياض،
    /// مدرب دهوك، ضيفه الشارقة), still «نادي» and the town; the box office is no club.
    #[test]
    fn a_word_of_the_team_before_a_town_is_the_town_s_club() {
        let found = clubs(&[
            "تفوق فريق الهلال على ضيفه الرياض بهدفين في المباراة، وتمكن المهاجم من هز شباك الرياض في الشوط الأول. \
             وقال مدرب دهوك إن فريقه سيعود في الدوري، ونفدت التذاكر من شباك التذاكر قبل المباراة.",
        ]);
        for name in ["نادي الرياض", "نادي دهوك"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|f| f.contains("شباك") || f.contains("مدرب") || f.contains("التذاكر")),
            "{found:?}"
        );
    }

    /// A word of the team before a country or a nationality is the national side (نظيره
    /// الأردني، لاعبو مصر): no club and no organisation of those words; the crowd and the
    /// keeper name no club (جمهور عمان at a concert, حارس دمشق القديمة).
    #[test]
    fn a_word_of_the_team_before_no_town_names_nothing() {
        let found = clubs(&[
            "تغلب المنتخب السعودي على نظيره الأردني بهدفين في المباراة، وسجل اللاعب هدفين في الشوط \
             الأول، وهز المهاجم شباك قطر واحتفل لاعبو مصر بالفوز في البطولة. وفي المساء أحيا \
             المطرب حفلا أمام جمهور عمان، واعتدى المشجعون على حارس دمشق القديمة.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    /// Outside a sports report the words name no club: a social club, a team of officials.
    #[test]
    fn a_club_word_before_a_town_elsewhere_is_no_club() {
        let found = clubs(&["وأقام نادي دبي للصحافة ندوة حضرها فريق الرياض المكلف بملف الاستثمار."]);
        assert!(
            !found.iter().any(|f| f == "نادي دبي" || f == "نادي الرياض"),
            "{found:?}"
        );
    }
}
