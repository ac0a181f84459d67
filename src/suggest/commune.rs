//! A commune read as a territory, not as its council: «بلدية X» is the body when it acts or has
//! a head (قالت بلدية X، رئيس بلدية X), but the place X where the text says what is in it or
//! whose it is (600 وحدة ببلدية السانيا، الحي التابع لبلدية حاسي بونيف، قاطني بلدية وادي
//! تليلات، تحتضن بلدية بئر الجير 690 مسكنا، تليها بلدية بطيوة ب 358 وحدة). Algerian housing
//! news names communes so.

use super::discover::Scan;
use super::lexicon::readings;
use super::tokens::Sep;

/// The commune, normalised (بلدية).
const COMMUNE: &str = "بلديه";

/// Words before «بلدية» (normalised, بـ/لـ read off) that make it the territory: of belonging
/// (التابعة لبلدية), of its people (قاطني بلدية، سكان بلدية), of hosting (تحتضن بلدية).
const TERRITORY_BEFORE: &[&str] = &[
    "التابعه",
    "التابع",
    "التابعتين",
    "بالنسبه",
    "قاطني",
    "ساكني",
    "سكان",
    "اهالي",
    "تحتضن",
    "احتضنت",
    "يحتضن",
];

/// Dwellings counted after a commune's name (normalised): «بلدية بطيوة ب 358 وحدة» says what
/// is in the commune, as «358 وحدة ببلدية بطيوة» does.
const DWELLINGS: &[&str] = &[
    "وحده",
    "وحدات",
    "مسكن",
    "مساكن",
    "سكن",
    "سكنات",
    "شقه",
    "شقق",
];

/// Most words of a commune's name before the count of its dwellings.
const MAX_NAME_WORDS: usize = 3;

/// A token of digits alone (Latin or Arabic-Indic).
fn is_number(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
}

impl Scan<'_> {
    /// Right after the name that follows «بلدية» at token `i`, «ب» (or «بواقع») and a count of
    /// dwellings (بلدية بطيوة ب 358 وحدة، بلدية بئر الجير بواقع 690 مسكنا).
    fn dwellings_counted_after(&self, i: usize) -> bool {
        (i + 2..=i + 1 + MAX_NAME_WORDS).any(|k| {
            let by = self
                .token(k)
                .is_some_and(|t| t.sep == Sep::Space && (t.norm == "ب" || t.norm == "بواقع"));
            let count = self.token(k + 1).is_some_and(|t| is_number(&t.norm));
            let dwelling = self.token(k + 2).is_some_and(|t| {
                readings(&t.norm).iter().any(|(_, w)| {
                    DWELLINGS.contains(&w.as_ref())
                        || w.strip_suffix('ا').is_some_and(|w| DWELLINGS.contains(&w))
                })
            });
            let name_between =
                (i + 1..k).all(|n| self.token(n).is_some_and(|t| t.sep == Sep::Space));
            by && count && dwelling && name_between
        })
    }

    /// Token `i` is «بلدية» read as the commune's territory (see the module doc): written with
    /// بـ «in» (ببلدية، وببلدية), or after a word of belonging, people or hosting, or right
    /// after a counted noun (500 سكن بلدية قديل).
    pub(super) fn commune_as_territory_at(&self, i: usize) -> bool {
        let Some(t) = self.token(i).filter(|t| t.ta_marbuta()) else {
            return false;
        };
        let in_it = t
            .norm
            .strip_suffix(COMMUNE)
            .is_some_and(|clitic| ["ب", "وب", "فب"].contains(&clitic));
        if in_it {
            return true;
        }
        let bare_or_of = t
            .norm
            .strip_suffix(COMMUNE)
            .is_some_and(|clitic| ["", "ل", "ول"].contains(&clitic));
        if !bare_or_of || t.sep != Sep::Space || i == 0 {
            return false;
        }
        let before = &self.tokens()[i - 1].norm;
        let belonging = readings(before)
            .iter()
            .any(|(_, w)| TERRITORY_BEFORE.contains(&w.as_ref()));
        let counted = i >= 2
            && self.tokens()[i - 1].sep == Sep::Space
            && self.tokens()[i - 2]
                .norm
                .chars()
                .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c));
        belonging || counted || self.dwellings_counted_after(i)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::discovered;
    use crate::load::EntityKind;

    fn has(found: &[(String, EntityKind)], name: &str, kind: EntityKind) -> bool {
        found.iter().any(|(n, k)| n == name && *k == kind)
    }

    #[test]
    fn a_commune_with_what_is_in_it_is_the_place() {
        for text in [
            "ستوزع 400 شقة جديدة ببلدية عين الورد قبل الصيف.",
            "وتقع الشقق في حي النخيل التابع لبلدية عين الورد شرق الولاية.",
            "وخصصت الشقق لفائدة قاطني بلدية عين الورد وحدهم.",
            "وستوزع 400 شقة و 300 سكن بلدية عين الورد قبل الصيف.",
            "وتليها بلدية عين الورد ب 358 وحدة موزعة بين قريتين.",
            "وتحصلت بلدية عين الورد بواقع 690 مسكنا على الحصة الأكبر.",
        ] {
            let found = discovered(&[text]);
            assert!(
                has(&found, "عين الورد", EntityKind::Place),
                "{text}: {found:?}"
            );
            assert!(
                !found.iter().any(|(n, _)| n.contains("بلدية")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_commune_that_acts_or_has_a_head_stays_the_body() {
        let found = discovered(&[
            "وقالت بلدية عين الورد إن الأشغال ستنتهي قريبا، وتكفلت بلدية عين الورد ب 3 مشاريع.",
        ]);
        assert!(
            has(&found, "بلدية عين الورد", EntityKind::Organization),
            "{found:?}"
        );
        assert!(!has(&found, "عين الورد", EntityKind::Place), "{found:?}");
    }
}
