//! People chained by و to a person another rule has found, with no title of their own: the
//! accused of a trial listed before the one a title names (محمود الخضيري وسعد الكتاتني وصبحي
//! صالح ومصطفى النجار والمحامي منتصر الزيات), or the members after the first one a plural title
//! names (النواب ثامر السويط وبدر الداهوم وخالد العتيبي).
//!
//! A chain is read only where the person beside it is already found, and each of its items
//! must open with a common given name (`data/names/given.txt`) followed by one to three
//! name words and a clear end: the given names say where each item starts, the found person
//! that the words are people. A word in و that is no given name (ووزير، وأعضاء) ends the chain.
//!
//! With no found person beside it, a chain is read by its shape alone: three full names at
//! least, every one opening with a common given name ([`Scan::chain_of_given_names`]).

use std::ops::Range;

use super::discover::{Found, Scan};
use super::given_names::is_given_name;
use super::lexicon::{is_function_or_verb, is_letter, is_listed, is_role_word};
use super::people::{after_subject, person};
use super::people_lists::MIN_LISTED_NAMES;
use super::tokens::Sep;
use super::triggers::trigger_at;
use crate::load::EntityKind;

/// Most name words after an item's given name (أحمد محمد عبد الزعبي is four words).
const MAX_WORDS_AFTER_GIVEN: usize = 3;

/// Most items read on either side of the found person.
const MAX_ITEMS: usize = 12;

/// Most words of a title between a chain's و and the found person it names (والمحامي فلان،
/// ووزير الخارجية فلان).
const MAX_TITLE_WORDS: usize = 3;

impl Scan<'_> {
    /// The people chained by و before and after each strong person of `found` (see the module
    /// comment), none overlapping what `found` already holds.
    pub(super) fn chained_people(&self, found: &[Found]) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        for f in found {
            if f.kind != Some(EntityKind::Person) || !f.strong {
                continue;
            }
            let items = self
                .chained_after(f.tokens.end)
                .into_iter()
                .chain(self.chained_before(f));
            for item in items {
                let free = |o: &Found| {
                    o.tokens.end <= item.tokens.start || o.tokens.start >= item.tokens.end
                };
                if found.iter().all(free) && out.iter().all(free) {
                    out.push(item);
                }
            }
        }
        out
    }

    /// The items after a person whose name ends at token `end`: each a word in و whose rest is
    /// a given name, then its name words (وبدر الداهوم وخالد العتيبي).
    fn chained_after(&self, end: usize) -> Vec<Found> {
        let mut out = Vec::new();
        let mut at = end;
        while out.len() < MAX_ITEMS
            && let Some(item) = self.chain_item_at(at, true)
        {
            at = item.end;
            out.push(Found {
                conjoined: true,
                ..person(item)
            });
        }
        out
    }

    /// The items before person `f`, read backwards from the و that joins it (its own first
    /// word's, or its title's: والمحامي منتصر الزيات) to the chain's first item, which opens its
    /// clause or follows a verb or preposition (في القضية، محمود الخضيري وسعد الكتاتني …).
    fn chained_before(&self, f: &Found) -> Vec<Found> {
        let Some(mut end) = self.and_before(f) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        while out.len() < MAX_ITEMS {
            let lowest = end.saturating_sub(MAX_WORDS_AFTER_GIVEN + 1);
            let Some((start, conjoined)) = (lowest..end.saturating_sub(1)).rev().find_map(|g| {
                if self.chain_item_at(g, true).is_some_and(|r| r.end == end) {
                    Some((g, true))
                } else if self.chain_opens_at(g)
                    && self.chain_item_at(g, false).is_some_and(|r| r.end == end)
                {
                    Some((g, false))
                } else {
                    None
                }
            }) else {
                break;
            };
            out.push(Found {
                conjoined,
                ..person(start..end)
            });
            if !conjoined {
                break;
            }
            end = start;
        }
        out
    }

    /// Where the item before person `f` would end: at `f`'s first token when that carries
    /// the chain's و, or at the title in و right before `f` (والمحامي، ووزير الخارجية).
    fn and_before(&self, f: &Found) -> Option<usize> {
        let start = f.tokens.start;
        if f.conjoined {
            return Some(start);
        }
        (start.saturating_sub(MAX_TITLE_WORDS)..start).find(|&t| {
            self.tokens()[t].sep == Sep::Space
                && self.tokens()[t].norm.starts_with('و')
                && trigger_at(self.tokens(), t)
                    .is_some_and(|tr| tr.kind == EntityKind::Person && t + tr.len == start)
        })
    }

    /// Token `g` may open a chain's first item: it opens its clause, or follows a verb, a
    /// function word or a person's title (حكم على محمود الخضيري …، النائبان فلان …).
    fn chain_opens_at(&self, g: usize) -> bool {
        let t = &self.tokens()[g];
        if t.sep != Sep::Space || g == 0 {
            return true;
        }
        let before = &self.tokens()[g - 1];
        is_function_or_verb(&before.norm)
            || (before.cue() && trigger_at(self.tokens(), g - 1).is_none())
    }

    /// One item of a chain at token `g`: a common given name (after و when `conjoined`), then
    /// one to [`MAX_WORDS_AFTER_GIVEN`] name words, then a clear end — the run's end,
    /// punctuation, the next word in و, a verb or function word, a title, a word with tanween.
    fn chain_item_at(&self, g: usize, conjoined: bool) -> Option<Range<usize>> {
        let t = self
            .token(g)
            .filter(|t| t.mention.is_none() && !t.tanween() && !t.article())?;
        // رضا قرقاب، وفاخر مفتاح بوفرنة: a comma may stand before the و.
        if conjoined && t.sep != Sep::Space && !t.comma() {
            return None;
        }
        let given = if conjoined {
            // ووزير، وسام: a listed word as written is itself, not و + a name.
            if is_listed(&t.norm) {
                return None;
            }
            t.norm.strip_prefix('و')?
        } else {
            t.norm.as_str()
        };
        if !is_given_name(given)
            || is_function_or_verb(given)
            || trigger_at(self.tokens(), g).is_some()
        {
            return None;
        }
        let mut end = g + 1;
        let mut definite_last = false;
        while end <= g + MAX_WORDS_AFTER_GIVEN && self.chain_name_word(end) {
            end += 1;
            // وماهر القاسمي: a family name with the article ends the name.
            if self.tokens()[end - 1].article() {
                definite_last = true;
                break;
            }
        }
        // محمد علي، وسعيد الحظ من يحضر …: after a comma a new clause may open with a word
        // that is also a given name; the item must end where a list's item does.
        let clean_end = !t.comma()
            || self
                .token(end)
                .is_none_or(|n| n.sep != Sep::Space || n.norm.starts_with('و'));
        (end > g + 1 && clean_end && (definite_last || self.chain_ends_at(end))).then_some(g..end)
    }

    /// Token `k` reads as a word of a name after a given name in a chain: a family name by
    /// the lists' reading, or a word of letters on no list that the site uses as a name's
    /// (with the article: as a family name's, الداهوم).
    fn chain_name_word(&self, k: usize) -> bool {
        let Some(t) = self
            .token(k)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none() && !t.tanween())
        else {
            return false;
        };
        let w = t.norm.as_str();
        if w.starts_with('و') && is_given_name(w.strip_prefix('و').unwrap_or(w)) {
            return false;
        }
        if self.family_name_word_at(k) {
            return true;
        }
        let plain = w.chars().count() >= 3
            && w.chars().all(is_letter)
            && !is_listed(w)
            && !is_role_word(w)
            && !is_function_or_verb(w)
            && !after_subject(w)
            && trigger_at(self.tokens(), k).is_none()
            && !self.accusative_at(k);
        // حسن النية، أمل الجماهير: a noun in ة or a broken plural after the article is the
        // phrase's, not a family's.
        plain
            && if t.article() {
                !t.ta_marbuta() && !looks_broken_plural(w) && self.lex.is_family_name_word(w)
            } else {
                self.lex.is_bare_name_word(w) && !w.starts_with('و') && !looks_accusative(w)
            }
    }

    /// A chain's item may end before token `k`: nothing, punctuation, a word in و (the next
    /// item, or the sentence going on), a verb or function word, a title, a word with tanween.
    fn chain_ends_at(&self, k: usize) -> bool {
        self.token(k).is_none_or(|n| {
            n.sep != Sep::Space
                || n.norm.starts_with('و')
                || n.tanween()
                || looks_accusative(&n.norm)
                || is_function_or_verb(&n.norm)
                || after_subject(&n.norm)
                || trigger_at(self.tokens(), k).is_some()
        })
    }
}

/// A long word in ا written without its tanween (استجوابا، اجتماعا): a verbal noun in the
/// accusative, which a name's word after a given name rarely is (names in ا are short: رضا).
fn looks_accusative(word: &str) -> bool {
    word.ends_with('ا') && word.chars().count() >= 6
}

/// A definite word of the broken plurals' shapes, ا third in five letters or more (الجماهير،
/// المواطنين، الشوارع): a family name with the article (الداهوم) rarely has it; one that does
/// ends in ي (العبادي) and is read by the lists' rule.
fn looks_broken_plural(word: &str) -> bool {
    let stem: Vec<char> = word.strip_prefix("ال").unwrap_or(word).chars().collect();
    stem.len() >= 5 && stem[2] == 'ا'
}

impl Scan<'_> {
    /// Three full names at least, each opening with a common given name, joined by و or set
    /// off by commas, from token `i` wherever the clause stands (بالإضافة إلى المحليين محمد
    /// ناجي ومشعل المطيري ومحمد العوفي): such a chain is a list of people by its shape alone.
    /// Token `i` must open the chain: the word before it is no common given name.
    pub(super) fn chain_of_given_names(&self, i: usize) -> Vec<Found> {
        // وحيدر محمد: an item's و opens the chain whatever stands before it; the list it
        // belongs to stopped short (at an item no rule reads: وسيد مجيد فاضل).
        let and_given = self.and_given_name_at(i);
        let opens =
            (self.listed_given_name_at(i) || self.given_name_after_preposition_at(i) || and_given)
                && (i == 0
                    || self.tokens()[i].sep != Sep::Space
                    || and_given
                    || !is_given_name(self.without_and(i - 1)));
        if !opens {
            return Vec::new();
        }
        let Some(list) = self.role_list_at(i) else {
            return Vec::new();
        };
        let every_name_given = list.iter().all(|f| {
            self.item_opens_with_given_name(f.tokens.start) && self.full_name_words(&f.tokens) >= 2
        });
        if list.len() >= MIN_LISTED_NAMES && every_name_given {
            list
        } else {
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::people;

    /// The accused listed before the one a title names, and the members after the one a
    /// plural title names, are people; each item opens with a common given name.
    #[test]
    fn people_chained_to_a_named_one_are_people() {
        let found = people(&[
            "وصدر الحكم على عدد من المتهمين في تلك القضية، محمود الخضيري وسعد الكتاتني وصبحي \
             صالح ومصطفى النجار والمحامي منتصر الزيات.",
            "وقدم النواب ثامر السويط وبدر الداهوم وخالد العتيبي استجوابا إلى رئيس الحكومة.",
        ]);
        for name in [
            "محمود الخضيري",
            "سعد الكتاتني",
            "صبحي صالح",
            "مصطفى النجار",
            "منتصر الزيات",
            "ثامر السويط",
            "بدر الداهوم",
            "خالد العتيبي",
        ] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
    }

    /// The clause's verb right after the last name ends the chain (… وعبد الرحمن كوناتي
    /// اصطدمت بدفاع ثابت), as a preposition does.
    #[test]
    fn a_chain_ends_at_the_clause_s_verb() {
        let found = people(&[
            "ولكن الفرص التي أتيحت لأشرف الجابري ويوسف بلايلي وأحمد بوعصيدة وعبد الرحمن كوناتي \
             اصطدمت بدفاع ثابت.",
        ]);
        for name in [
            "أشرف الجابري",
            "يوسف بلايلي",
            "أحمد بوعصيدة",
            "عبد الرحمن كوناتي",
        ] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
    }

    /// A word in و that is no given name, or a given name with ordinary words after it, ends
    /// the chain: no person is made of them.
    #[test]
    fn a_chain_ends_at_what_is_no_name() {
        let found = people(&[
            "واستقبل الوزير خالد العتيبي ووفد الغرفة التجارية في مكتبه.",
            "وحضر اللقاء النائب ثامر السويط وأمل الجماهير كبير في النتائج.",
            "وقال المحامي منتصر الزيات وحسن النية مطلوب من الجميع.",
        ]);
        for junk in ["وفد", "امل", "أمل", "حسن", "الجماهير", "النية"] {
            assert!(
                !found.iter().any(|f| f.contains(junk)),
                "«{junk}» taken in {found:?}"
            );
        }
    }

    /// A comma may stand before each item's و (وليد السناني، ويوسف الحسني، على …); a comma
    /// before a word in و that is no given name still ends the chain, and after a comma the
    /// item must end as a list's item does (وسعيد الحظ من يحضر opens a clause).
    #[test]
    fn a_comma_may_stand_before_the_and_of_an_item() {
        let found = people(&[
            "وأطلع عنتر المغربي برفقة المهندس محسن حاصل، وعضو المجلس المحلي بالمديرية وليد \
             السناني، ويوسف الحسني، على مستوى الأعمال.",
            "واستقبل الوزير خالد العتيبي، ووفد الغرفة التجارية في مكتبه.",
            "وحضر الوزير محمد علي، وسعيد الحظ من يحضر الحفل.",
        ]);
        for name in ["وليد السناني", "يوسف الحسني"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|f| f.contains("وفد") || f.contains("الحظ")),
            "{found:?}"
        );
    }
}
