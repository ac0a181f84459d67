//! News outlets named with a loanword of the trade after their name (شفق نيوز، الفرات نيوز،
//! عمون نيوز، جيروزاليم بوست، الجزيرة نت): the loanword says the two words are a medium's
//! name, whatever the word before it is elsewhere — الفرات is a river, شفق «dusk», and a
//! verb of speech before them (ذكرت شفق نيوز) would otherwise make a person of them.

use super::discover::{Found, Scan};
use super::lexicon::is_function_or_verb;
use super::tokens::Sep;
use crate::load::EntityKind;

/// Loanwords that end a news outlet's name (normalised): news, press, post, times, online,
/// net. Each is a transliteration no Arabic word is written like, so none ends anything else.
const OUTLET_TAILS: &[&str] = &["نيوز", "برس", "بوست", "تايمز", "اونلاين", "نت"];

impl Scan<'_> {
    /// Every outlet this run names as one word and a loanword of [`OUTLET_TAILS`].
    pub(super) fn outlets(&self) -> Vec<Found> {
        (1..self.tokens().len())
            .filter_map(|tail| self.outlet_ending_at(tail))
            .collect()
    }

    /// The outlet whose loanword is token `tail`: the word right before it, across a space,
    /// is its name when it is no function word or verb, no number and no person's or
    /// organisation's known name (a known place's is: الفرات نيوز). A name the site already
    /// knows whole (سكاي نيوز عربية، فرانس برس) is not found again.
    fn outlet_ending_at(&self, tail: usize) -> Option<Found> {
        let t = self
            .token(tail)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none())?;
        if !OUTLET_TAILS.contains(&t.norm.as_str()) {
            return None;
        }
        let name = self.token(tail - 1)?;
        let known_other = matches!(
            name.mention,
            Some(EntityKind::Person | EntityKind::Organization)
        );
        let word = name.norm.chars().all(char::is_alphabetic)
            && name.norm.chars().count() >= 2
            && !name.tanween
            && !is_function_or_verb(&name.norm);
        (word && !known_other).then(|| Found::organization(tail - 1..tail + 1, true, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::discovered_with;
    use crate::load::EntityKind;

    fn found(bodies: &[&str]) -> Vec<(String, EntityKind)> {
        discovered_with(bodies, true)
    }

    /// A word and a loanword of the trade are an outlet, even when the word is a known place
    /// (الفرات) or a verb of speech stands before them.
    #[test]
    fn a_name_and_a_loanword_of_the_trade_are_an_outlet() {
        let found = found(&[
            "وقال محافظ البصرة لوكالة {الفرات نيوز} إن الاجتماع بحث ملف الطاقة.",
            "وذكرت شفق نيوز أن الفريق فاز على ضيفه.",
            "وقالت عمون نيوز إن الحكومة قدمت استقالتها، ونشرت جيروزاليم بوست تقريرا.",
        ]);
        for name in ["الفرات نيوز", "شفق نيوز", "عمون نيوز", "جيروزاليم بوست"]
        {
            assert!(
                found
                    .iter()
                    .any(|(n, k)| n == name && *k == EntityKind::Organization),
                "«{name}» not an organisation in {found:?}"
            );
        }
        assert!(
            !found.iter().any(|(_, k)| *k == EntityKind::Person),
            "{found:?}"
        );
    }

    /// No outlet without a name before the loanword: a function word, a number, or nothing.
    #[test]
    fn a_loanword_alone_names_no_outlet() {
        let found = found(&[
            "وقال إن نيوز الصباح لم تصدر. وأضاف في 2024 نيوز جديدة.",
            "نيوز ثم برس في أول السطر.",
        ]);
        assert!(
            !found
                .iter()
                .any(|(n, _)| n.ends_with("نيوز") || n.ends_with("برس")),
            "{found:?}"
        );
    }
}
