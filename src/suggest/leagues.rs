//! Football leagues named by their country's demonym (الدوري البلجيكي، الدوري الإنجليزي
//! الممتاز، الدوري السعودي للمحترفين) and the continents' champions leagues (دوري أبطال
//! أوروبا): a sports page names one in nearly every report, and no head of an organisation
//! introduces it.

use super::discover::{Found, Scan};
use super::lexicon::readings;
use super::tokens::Sep;
use crate::load::EntityKind;

/// «The league», normalised.
const LEAGUE: &str = "الدوري";

/// «League», without the article, normalised: before «أبطال» and a continent.
const LEAGUE_BARE: &str = "دوري";

/// «Champions», normalised.
const CHAMPIONS: &str = "ابطال";

/// Words after the demonym that belong to a league's name (الممتاز، للمحترفين، الاحترافي),
/// normalised.
const LEAGUE_TAILS: &[&str] = &["الممتاز", "للمحترفين", "الاحترافي"];

/// «League» with or without the article (normalised), the first word of a league's name: a
/// clitic before it is the preposition (بدوري أبطال إفريقيا), not the name's.
pub(super) fn is_league_word(word: &str) -> bool {
    word == LEAGUE || word == LEAGUE_BARE
}

impl Scan<'_> {
    /// A league at token `i`: «الدوري» (with a clitic or not) and a country's demonym, with the
    /// words of its name that follow (الدوري المصري الممتاز); or «دوري أبطال» and a
    /// registered place (دوري أبطال أوروبا). «الدوري المحلي» (the local league) names none.
    pub(super) fn league_at(&self, i: usize) -> Option<Found> {
        let t = self.token(i).filter(|t| t.mention.is_none())?;
        // Read only when the word ends as «دوري» does (this runs at every word).
        if !t.norm.ends_with(LEAGUE_BARE) {
            return None;
        }
        let reads = |w: &str| readings(&t.norm).iter().any(|(_, r)| r.as_ref() == w);
        let spaced = |k: usize| self.token(k).filter(|n| n.sep == Sep::Space);
        if reads(LEAGUE_BARE) && spaced(i + 1).is_some_and(|n| n.norm == CHAMPIONS) {
            let place = spaced(i + 2).is_some_and(|n| n.mention == Some(EntityKind::Place));
            return place.then(|| Found::organization(i..i + 3, true, None));
        }
        if !reads(LEAGUE) && !reads(LEAGUE_BARE) {
            return None;
        }
        let demonym = spaced(i + 1).is_some_and(|n| {
            (n.mention.is_none() || self.lex.is_registered(&n.norm))
                && self.lex.is_place_demonym(&n.norm)
        });
        if !demonym {
            return None;
        }
        let mut end = i + 2;
        while spaced(end).is_some_and(|n| LEAGUE_TAILS.contains(&n.norm.as_str())) {
            end += 1;
        }
        Some(Found::organization(i..end, true, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site;
    use crate::load::EntityKind;

    /// The organisations discovered in a site of `bodies`, gazetteer on (it knows the
    /// demonyms and the continents).
    fn bodies(bodies: &[&str]) -> Vec<String> {
        test_site::discovered_with(bodies, true)
            .into_iter()
            .filter(|(_, kind)| *kind == EntityKind::Organization)
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn a_league_is_named_by_its_country_s_demonym() {
        let found = bodies(&[
            "وعاد المهاجم لهز الشباك في الدوري البلجيكي، فيما يتصدر الفريق الدوري الإنجليزي \
             الممتاز، ويلعب الثالث في الدوري السعودي للمحترفين وفي دوري أبطال أوروبا.",
        ]);
        for name in [
            "الدوري البلجيكي",
            "الدوري الإنجليزي الممتاز",
            "الدوري السعودي للمحترفين",
            "دوري أبطال أوروبا",
        ] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
    }

    #[test]
    fn a_league_without_a_country_names_none() {
        let found = bodies(&[
            "وانطلق الدوري المحلي للشركات في المدينة، وفاز الفريق بالدوري الأول للمدارس وببطولة \
             دوري الأحياء.",
        ]);
        assert!(!found.iter().any(|f| f.contains("دوري")), "{found:?}");
    }

    /// بدوري أبطال إفريقيا: the league is named without the preposition before it.
    #[test]
    fn a_clitic_before_a_champions_league_is_not_its_name_s() {
        let found = bodies(&["وجاء ذلك بعد تتويج الأهلي بدوري أبطال إفريقيا للمرة الثانية عشرة."]);
        assert!(found.iter().any(|f| f == "دوري أبطال إفريقيا"), "{found:?}");
        assert!(!found.iter().any(|f| f.starts_with("بدوري")), "{found:?}");
    }
}
