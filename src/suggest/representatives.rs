//! A person who stands for another at a ceremony, as Lebanese and Jordanian papers list the
//! guests: «حضره حسين الصمد ممثلا النائب جهاد الصمد، سايد بو عقل ممثلا النائب جان عبيد». The
//! representative has no title of his own; «ممثلا» after his name, and a title or a known
//! name after it, show the words before it are a name.

use std::ops::Range;

use super::discover::{Found, Scan};
use super::lexicon::readings;
use super::people::person;
use super::tokens::Sep;
use super::triggers::trigger_at;
use crate::load::EntityKind;

/// «Representing», normalised, in the accusative of state (ممثلا، ممثلة، ممثلين).
const REPRESENTING: &[&str] = &["ممثلا", "ممثله", "ممثلين"];

/// Verbs and nouns of attending (normalised) after which a guest's name opens (حضره فلان
/// ممثلا …، بحضور فلان ممثلا …).
const ATTENDING: &[&str] = &["حضره", "حضرها", "حضر", "حضرت", "بحضور", "وحضور"];

/// Most words of a representative's name.
const MAX_NAME_WORDS: usize = 5;

/// The words a rule of this file starts from (see `triggers::CUE_WORDS`).
pub(super) const CUE_WORDS: [&[&str]; 1] = [REPRESENTING];

impl Scan<'_> {
    /// The representative's name ending right before token `i` when it is «ممثلا» and a title
    /// or a known name follows it: a full name of two words or more that opens its clause
    /// (after a comma or a full stop) or follows a word of attending.
    pub(super) fn representative_before(&self, i: usize) -> Option<Found> {
        let t = self.token(i).filter(|t| t.sep == Sep::Space)?;
        if !REPRESENTING.contains(&t.norm.as_str()) || !self.principal_after(i + 1) {
            return None;
        }
        let start = (i.saturating_sub(MAX_NAME_WORDS)..i.saturating_sub(1)).find(|&k| {
            self.opens_a_guest_s_name(k) && self.name_from(k, EntityKind::Person) == Some(k..i)
        })?;
        let range: Range<usize> = start..i;
        (self.full_name_words(&range) >= 2).then(|| person(range))
    }

    /// Token `k` may open a guest's name: its clause starts there (a comma or a full stop
    /// before it) or a word of attending stands right before it.
    fn opens_a_guest_s_name(&self, k: usize) -> bool {
        let Some(t) = self.token(k).filter(|t| t.mention.is_none()) else {
            return false;
        };
        match t.sep {
            Sep::Break => !t.cue() && trigger_at(self.tokens(), k).is_none(),
            Sep::Space => k > 0 && ATTENDING.contains(&self.tokens()[k - 1].norm.as_str()),
            Sep::Quote => false,
        }
    }

    /// Token `j` is the one represented: a person's title (ممثلا النائب، ممثلة وزير التربية) or a
    /// known name, with عن or a clitic allowed before it (ممثلا عن الرئيس، ممثلا لوزير).
    fn principal_after(&self, j: usize) -> bool {
        let j = match self.token(j) {
            Some(t) if t.sep == Sep::Space && t.norm == "عن" => j + 1,
            _ => j,
        };
        self.token(j).is_some_and(|t| {
            t.sep == Sep::Space
                && (t.mention.is_some()
                    || trigger_at(self.tokens(), j).is_some_and(|m| m.kind == EntityKind::Person)
                    || readings(&t.norm)
                        .iter()
                        .any(|(_, w)| super::triggers::is_person_title(w)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::people;

    /// Each guest who stands for someone is named before «ممثلا», after a comma or a verb of
    /// attending; «ممثلا» before no title, or words that are no name, give no one.
    #[test]
    fn a_guest_named_before_representing_a_title() {
        let found = people(&[
            "في احتفال حضره حسين الصمد ممثلا النائب جهاد الصمد، سايد بو عقل ممثلا النائب جان عبيد، والعقيد خالد الحسيني.",
            "وجرى الحفل بحضور سامر عازر ممثلا عن وزير الثقافة، وعدد من المدعوين.",
            "وكان الفيلم ممثلا للبلاد في المهرجان، ويبقى الفريق الأول ممثلا وحيدا للعرب.",
        ]);
        for name in ["حسين الصمد", "سايد بو عقل", "سامر عازر"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|f| f.contains("الفيلم") || f.contains("الفريق") || f.contains("ممثلا")),
            "{found:?}"
        );
    }
}
