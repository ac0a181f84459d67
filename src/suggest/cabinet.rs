//! A cabinet's line-up, each portfolio before its minister and the word «وزراء» with a colon
//! over it all (ووزراء: المال ياسين جابر، الثقافة غسان سلامة، الاقتصاد والتجارة عامر البساط).
//! The portfolio is definite words (and their و-joined complements: وشؤون التكنولوجيا); the
//! first word after them that is not definite opens the minister's name, which must end the
//! item. Lebanese cabinet communiqués are written so.

use super::discover::{Found, Scan};
use super::lexicon::{is_definite, readings};
use super::people::person;
use super::tokens::Sep;
use crate::load::EntityKind;

/// The word over the list, normalised (وزراء، ووزراء، الوزراء).
const MINISTERS: &[&str] = &["وزراء", "الوزراء"];

/// Most words of one portfolio (المهجرين وشؤون التكنولوجيا والذكاء الاصطناعي is five).
const MAX_PORTFOLIO_WORDS: usize = 6;

/// Most words of a minister's name (دجو عيسى الخوري).
const MAX_NAME_WORDS: usize = 4;

/// Most items read after the label.
const MAX_ITEMS: usize = 40;

/// Fewest ministers named for the list to be read: one portfolio and a name could be a
/// sentence (الوزراء: الحكومة قررت …).
const MIN_MINISTERS: usize = 3;

impl Scan<'_> {
    /// The ministers of a cabinet's line-up under «وزراء:» (see the module).
    pub(super) fn cabinet_line_up(&self) -> Vec<Found> {
        let mut out = Vec::new();
        for i in 0..self.tokens().len() {
            // The colon first: it is cheaper than reading the word (this runs at every word).
            if !self.token(i + 1).is_some_and(|t| t.after_colon()) {
                continue;
            }
            let label = readings(&self.tokens()[i].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 1 && MINISTERS.contains(&w.as_ref()));
            if label {
                out.extend(self.ministers_from(i + 1));
            }
        }
        out
    }

    /// The ministers of the items from token `j` on, each «portfolio name،», until an item
    /// that is not so (والأمين العام لمجلس الوزراء …) or the clause's end.
    fn ministers_from(&self, mut j: usize) -> Vec<Found> {
        let mut names = Vec::new();
        for _ in 0..MAX_ITEMS {
            let Some(name) = self.minister_of_item(j) else {
                break;
            };
            let next = self.token(name.end);
            names.push(name.clone());
            if !next.is_some_and(|n| n.comma()) {
                break;
            }
            j = name.end;
        }
        if names.len() < MIN_MINISTERS {
            return Vec::new();
        }
        names.into_iter().map(person).collect()
    }

    /// Token `k` continues a portfolio: definite (العامة), و and a definite word (والنقل), or
    /// و and a noun whose complement is definite (وشؤون التكنولوجيا) — not a given name in و
    /// (وليد) before a bare family name.
    fn portfolio_word_at(&self, k: usize) -> bool {
        let Some(t) = self
            .token(k)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none())
        else {
            return false;
        };
        let conjoined = |w: &str| {
            readings(w)
                .iter()
                .any(|(clitic, rest)| *clitic == 1 && t.norm.starts_with('و') && is_definite(rest))
        };
        t.article()
            || conjoined(&t.norm)
            || (t.norm.starts_with('و')
                && self
                    .token(k + 1)
                    .is_some_and(|n| n.sep == Sep::Space && n.article()))
    }

    /// The minister's name in the item at token `j`: past the portfolio's words, a full name
    /// that ends the item (a comma, the clause's end or a word in و after it).
    fn minister_of_item(&self, j: usize) -> Option<std::ops::Range<usize>> {
        let first = self.token(j)?;
        if !first.article() {
            return None;
        }
        let mut k = j + 1;
        while k - j < MAX_PORTFOLIO_WORDS && self.portfolio_word_at(k) {
            k += 1;
        }
        if !self.joined(k) {
            return None;
        }
        let mut name = self.name_from(k, EntityKind::Person)?;
        // حنين السيد، شارل الحاج: a family name that is also a title ends the item, and the
        // list says it is the name's.
        while name.len() < MAX_NAME_WORDS
            && self.joined(name.end)
            && self.token(name.end).is_some_and(|t| t.article())
            && self
                .token(name.end + 1)
                .is_none_or(|n| n.comma() || n.sep == Sep::Break)
        {
            name.end += 1;
        }
        let ends = self.token(name.end).is_none_or(|n| {
            n.comma() || (n.sep == Sep::Break) || (n.sep == Sep::Space && n.norm.starts_with('و'))
        });
        (ends && self.full_name_words(&name) >= 2).then_some(name)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::people;

    #[test]
    fn each_portfolio_before_its_minister() {
        let found = people(&[
            "ترأس رئيس الحكومة اجتماعا حضره ووزراء: المال سمير داود، الثقافة نبيل حمدان، \
             الاقتصاد والتجارة رامي عطية، الشؤون الاجتماعية وشؤون المهجرين هالة نصر، العدل جورج الحاج، \
             والأمين العام للمجلس.",
        ]);
        for name in [
            "سمير داود",
            "نبيل حمدان",
            "رامي عطية",
            "هالة نصر",
            "جورج الحاج",
        ] {
            assert!(found.contains(&name.to_string()), "{name}: {found:?}");
        }
    }

    /// Two items are no line-up, and a label that is no cabinet's opens none.
    #[test]
    fn two_items_or_another_label_make_no_list() {
        let found = people(&[
            "وحضر الاجتماع ووزراء: المال كنان داود، الثقافة وسام حمدان.",
            "وأعلنت الحكومة أسماء الفائزين: المال كنان داود، الثقافة وسام حمدان، الدفاع شهاب عطية.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
