//! The byline that opens an article: «كتب – فلان» or «كتبت: فلانة», the writer's full name
//! set off from the verb by a dash or a colon, and ending the run or before the و of the
//! colleagues who wrote with them (ومراسلو الولايات).

use super::discover::{Found, Scan};
use super::people::person;
use super::tokens::Sep;
use super::triggers::trigger_at;

/// The verbs of a byline, normalised (كتب، كتبت).
const BYLINE_VERBS: &[&str] = &["كتب", "كتبت"];

impl Scan<'_> {
    /// The writer named by a byline at token `i`: the verb opens its run, a dash or a colon
    /// follows it, then a full name that ends the run, a clause, or stops before a word in و.
    pub(super) fn byline_at(&self, i: usize) -> Option<Found> {
        let verb = self.token(i)?;
        if verb.sep != Sep::Break || !BYLINE_VERBS.contains(&verb.norm.as_str()) {
            return None;
        }
        let first = self.token(i + 1)?;
        let set_off = first.after_hyphen() || (first.sep == Sep::Break && !first.comma());
        if !set_off || first.mention.is_some() || trigger_at(self.tokens(), i + 1).is_some() {
            return None;
        }
        let range = self.name_from(i + 1, crate::load::EntityKind::Person)?;
        // كتب – فلان ومراسلو الولايات: the name stops at the و of the others.
        let end = (range.start + 1..range.end)
            .find(|&k| self.tokens()[k].norm.starts_with('و'))
            .unwrap_or(range.end);
        let range = range.start..end;
        let ends = self
            .token(end)
            .is_none_or(|n| n.sep != Sep::Space || n.norm.starts_with('و'));
        (ends && self.full_name_words(&range) >= 2).then(|| person(range))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::people;

    /// A byline's verb, a dash or a colon, and the writer's full name; the colleagues after
    /// و are not part of it. Without the dash the verb is read as any verb of saying, and a
    /// dash after it mid-paragraph is no byline.
    #[test]
    fn the_writer_of_a_byline() {
        let found = people(&[
            "كتب – سعيد بن ناصر الهاشمي ومراسلو المحافظات:\n\nتواصلت الأعمال في المشروع.",
            "كتبت: ليلى منصور الطائي\n\nافتتح المعرض أبوابه أمس.",
            "وفي الصباح كتب – وهو غاضب – رسالة طويلة.",
        ]);
        for name in ["سعيد بن ناصر الهاشمي", "ليلى منصور الطائي"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|f| f.contains("مراسلو") || f.contains("غاضب") || f.contains("رسالة")),
            "{found:?}"
        );
    }
}
