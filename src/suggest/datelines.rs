//! The source a dateline names at the head of an article: the news agency or outlet in
//! parentheses after the place (and date) the report was filed from, set off from the text by
//! a dash or a colon — «بنغازي 21 أبريل 2024 (الأنباء الليبية) - عقد …»، «أربيل (كوردستان 24)-
//! أعلنت …»، «بيروت - (د ب أ) : بدأ …». Agencies' reports open so in every Arab country, and
//! nothing else does: a place, numbers and a month's name, then a short name in parentheses
//! and a dash, as the first words of the first paragraph.

use super::discover::{Found, Scan};
use super::lexicon::is_listed;
use crate::load::EntityKind;

/// Most words before the parentheses: a place of two words, a day, a month, a year.
const MAX_DATELINE_WORDS: usize = 6;

/// Most words of the source's name (د ب أ، وكالة الأنباء الليبية).
const MAX_SOURCE_WORDS: usize = 4;

impl Scan<'_> {
    /// The source of the dateline that opens the article's first run, if it opens so.
    pub(super) fn dateline_source(&self) -> Option<Found> {
        if !self
            .article
            .first()
            .is_some_and(|first| std::ptr::eq(first, self.words))
        {
            return None;
        }
        let r = self.words.parenthesised.first()?.clone();
        if r.is_empty() || r.start > MAX_DATELINE_WORDS || r.len() > MAX_SOURCE_WORDS {
            return None;
        }
        let before = &self.tokens()[..r.start];
        let placed = before
            .first()
            .is_some_and(|t| t.mention == Some(EntityKind::Place));
        let dateline_words = before.iter().all(|t| {
            t.mention == Some(EntityKind::Place)
                || t.norm.chars().all(|c| c.is_numeric())
                || is_listed(&t.norm)
        });
        let set_off = self.token(r.end).is_some_and(|t| t.after_parenthesis());
        let named = self.tokens()[r.clone()]
            .iter()
            .all(|t| t.mention.is_none() && !t.tanween())
            && !self.tokens()[r.clone()]
                .iter()
                .all(|t| t.norm.chars().all(|c| c.is_numeric()));
        (placed && dateline_words && set_off && named).then(|| Found::organization(r, true, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::discovered_with;
    use crate::load::EntityKind;

    fn organizations(bodies: &[&str]) -> Vec<String> {
        discovered_with(bodies, true)
            .into_iter()
            .filter(|(_, kind)| *kind == EntityKind::Organization)
            .map(|(name, _)| name)
            .collect()
    }

    /// The agency or outlet in parentheses after the dateline's place and date is a body;
    /// parentheses later in the text, or not set off by a dash or colon, name none.
    #[test]
    fn the_source_of_a_dateline_is_a_body() {
        let found = organizations(&[
            "بنغازي 21 أبريل 2024 (الأنباء الليبية) - عقد وزير الداخلية اجتماعا موسعا.",
            "أربيل (كوردستان 24)- أعلنت الدائرة الإعلامية نتائج الانتخابات.",
            "بيروت - (د ب أ) : بدأ مجلس النواب جلسته.",
        ]);
        for name in ["الأنباء الليبية", "كوردستان 24", "د ب أ"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        let none = organizations(&[
            "القاهرة (الأحد) وصل الوفد إلى المطار.",
            "وقال الوزير في القاهرة (مساء أمس) - كما نقلت الصحف - إن الاتفاق قريب.",
        ]);
        assert!(none.is_empty(), "{none:?}");
    }
}
