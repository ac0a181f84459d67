//! Places listed after a word that introduces examples of a plural place word: «ليغذي
//! مناطق جنوب القضاء، ومنها عويسيان، البهادرية، الفيه، وأبو الجوزي». The plural (مناطق،
//! قرى، مدن، أحياء، بلدات، نواحي، أقضية …) says what the list holds, «ومنها» (منها، أبرزها،
//! بينها) that its items follow; each item is a place, whatever its shape — a bare name,
//! a definite name shaped like an adjective of relation (البهادرية), or أبو and a name.
//!
//! Precision: the plural must stand in the same clause a few words before, the list must
//! hold two places at least (a known place counts), one of them not a lone definite word (a
//! list of definite words may be one of things: منها الخدمات والمرافق), and an item must be a
//! name by the lexicon's tests (no listed or site-common word, no plural of things).

use super::discover::{Found, Scan};
use super::lexicon::{is_definite, looks_adjectival, readings};
use super::local::{is_definite_common_noun, is_toponym_head};
use super::place_after::DIRECTIONS;
use super::tokens::Sep;
use super::triggers::trigger_at;
use super::word_shapes::looks_like_plural_past_verb;
use crate::load::EntityKind;
use crate::text::cue_words::{DUAL_ENDINGS, DUAL_PLACE_KINDS, is_dual_of_place_kind};

/// Words that introduce examples of what was named before (normalised, without their و):
/// «of them», «the foremost of them», «among them». Not مثل «like»: it compares as often as
/// it lists (ومن المدن التي زارها مثل سامي وأحمد: people).
const INTRODUCERS: &[&str] = &["منها", "ابرزها", "بينها"];

/// «New» after a town's name, normalised: a new town named after the old one (المنيا الجديدة).
const NEW: &[&str] = &["الجديده", "الجديد"];

/// «Quarter» (حي الأندلس), normalised: in a list of places, an item with its name.
const NEIGHBOURHOOD: &str = "حي";

/// Quarters after a town's name in a list of municipalities, normalised: Libya's and the
/// Maghreb's split towns (الزاوية المركز، الزاوية الغرب، طرابلس المركز), beside the adjectives
/// of direction ([`super::place_after::DIRECTIONS`]: الزاوية الجنوبية). In a list they belong
/// to the item; they never prove it a name.
const QUARTERS: &[&str] = &["المركز", "الغرب", "الشرق", "الشمال", "الجنوب", "الكبري"];

/// Plural kinds of place whose examples may follow (normalised, indefinite and definite).
const PLURAL_PLACES: &[&str] = &[
    "محليات",
    "المحليات",
    "بلديات",
    "البلديات",
    "مقاطعات",
    "المقاطعات",
    "مناطق",
    "المناطق",
    "قري",
    "القري",
    "مدن",
    "المدن",
    "احياء",
    "الاحياء",
    "بلدات",
    "البلدات",
    "نواحي",
    "النواحي",
    "اقضيه",
    "الاقضيه",
    "مديريات",
    "المديريات",
    "محافظات",
    "المحافظات",
    "ولايات",
    "الولايات",
    // The Maghreb's hamlets (بلديات ودواوير): a kind, never an item.
    "دواوير",
    "الدواوير",
];

/// Duals in construct of kinds of place that end in no ة, normalised, in the oblique case
/// only (حقلي مسلة والسرير، مخيمي جنين ونور شمس): حقلا and موقعا are also «a field» and «a
/// site» in the accusative. Not قضائي, also «judicial», which [`super::local`] reads before a
/// known place only.
const MASCULINE_DUAL_PLACES: &[&str] = &["حقلي", "مخيمي", "موقعي", "حوضي"];

/// Pronouns joined to a noun's end (أهلها، شوارعهم), normalised: no place's name of a pair.
const PRONOUN_SUFFIXES: &[&str] = &["ها", "هم", "هما", "كم", "هن"];

/// The words this rule starts from, for [`super::triggers::is_cue_form`].
pub(super) const CUE_WORDS: [&[&str]; 1] = [INTRODUCERS];

/// Most words between the plural and the word that introduces the list.
const MAX_GAP: usize = 8;

/// Most adjectives between the plural and a parenthesis or colon that opens the list
/// (المحليات المستهدفة، الولايات الست التالية).
const MAX_ADJECTIVES: usize = 2;

/// Most items read in one list: a Libyan or Algerian story may list twenty municipalities.
const MAX_ITEMS: usize = 24;

/// Places a list must hold (known ones included).
const MIN_ITEMS: usize = 2;

/// New places a list governed by its plural kind must hold (see
/// [`Scan::governs_a_list_of_places_at`]).
const MIN_GOVERNED_ITEMS: usize = 3;

/// First words of a place's name that need a name after them: a kunya (أبو الجوزي، أبو
/// الخصيب، أم قصر), which in a list of places is the place's, not a person's, and a tribe's
/// «sons of», the Maghreb's commonest town name (بني دوالة، بني ملال).
pub(super) const KUNYAS: &[&str] = &["ابو", "ام", "بني"];

impl Scan<'_> {
    /// The token after the known place that starts at token `i`, its further words included
    /// (a place the matcher found in several words, each marked), up to a word in و, which
    /// opens the list's next item.
    pub(super) fn past_known_place(&self, i: usize) -> usize {
        let mut end = i + 1;
        while self
            .token(end)
            .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Place))
            && !self.token(end).is_some_and(|n| n.norm.starts_with('و'))
        {
            end += 1;
        }
        end
    }

    /// Every list of places after an introducing word, or opened by a parenthesis or colon
    /// right after a plural kind of place, in this run (see the module doc).
    pub(super) fn exemplified_places(&self) -> Vec<Found> {
        let introduced = (0..self.tokens().len())
            .filter(|&i| self.introduces_places_at(i))
            .flat_map(|i| self.exemplified_after(i + 1, false));
        let punctuated = (0..self.tokens().len())
            .filter(|&i| self.opens_a_list_of_places_at(i))
            .flat_map(|i| self.exemplified_after(i, true));
        // The plural's complement is a place as surely as the item after a colon: a first
        // word the lexicon doubts (الجميل beside «الجميلة» elsewhere) may be passed over.
        let governed = (0..self.tokens().len())
            .filter(|&i| self.governs_a_list_of_places_at(i))
            .map(|i| self.places_listed_from(i + 1, false, true).0)
            .filter(|items| items.len() >= MIN_GOVERNED_ITEMS)
            .flatten();
        let dual = (0..self.tokens().len())
            .filter(|&i| self.is_dual_place_at(i) && self.opens_a_pair_of_places(i + 1))
            .filter_map(|i| {
                let (found, items, end) = self.places_listed_after(i + 1, false);
                (items == 2 && self.is_a_pair_of_places(&found, end)).then_some(found)
            })
            .flatten();
        introduced
            .chain(punctuated)
            .chain(governed)
            .chain(dual)
            .collect()
    }

    /// The new places `found` after a dual kind of place, the pair ending before token `end`,
    /// are two places indeed: one of the pair is known, no new one carries a pronoun (مدينتي
    /// حلب وأهلها «my city Aleppo and its people»), and the pair ends the phrase — at a comma or
    /// the sentence's end, a time word or a number (مدينتي جبلة وصلنفة، بهدف …; حقلي مسلة
    /// والسرير 97%) — not before a word it may be read with (مدينتي حلب وعشت فيها).
    fn is_a_pair_of_places(&self, found: &[Found], end: usize) -> bool {
        let known = found.len() < 2;
        let no_pronoun = found.iter().all(|f| {
            f.tokens.clone().all(|k| {
                self.token(k)
                    .is_some_and(|t| !PRONOUN_SUFFIXES.iter().any(|p| t.norm.ends_with(p)))
            })
        });
        // Not an adverb in the accusative (وفرحت كثيرا): a verb may stand before it.
        let ends = self.token(end).is_none_or(|n| {
            n.sep != Sep::Space
                || (super::word_lists::is_time_word(&n.norm) && !n.norm.ends_with('ا'))
                || n.norm.chars().all(|c| c.is_ascii_digit())
        });
        known && no_pronoun && ends
    }

    /// Token `i` may open the pair a dual kind of place names: a known place, or a bare word.
    /// مدينتي is also «my city», and a definite word after it its adjective (زرت مدينتي الجميلة
    /// وأهلها); the pair's second item may be definite (حقلي مسلة والسرير).
    fn opens_a_pair_of_places(&self, i: usize) -> bool {
        self.token(i)
            .is_some_and(|t| t.mention == Some(EntityKind::Place) || !t.article())
    }

    /// Token `i` is the dual in construct of a kind of place (مدينتي، وبقريتي، حقلي), a
    /// name joined to it by a space: its complement is two places, no more, no fewer.
    fn is_dual_place_at(&self, i: usize) -> bool {
        // Asked at every word: the ending first.
        let Some(t) = self.token(i) else {
            return false;
        };
        // The kind's stem before the dual's ending, whatever clitics precede it: a few
        // comparisons, and most words (التي among them) fail the first.
        let shaped = DUAL_ENDINGS
            .iter()
            .find_map(|ending| t.norm.strip_suffix(ending))
            .is_some_and(|stem| {
                DUAL_PLACE_KINDS
                    .iter()
                    .any(|kind| kind.strip_suffix('ه').is_some_and(|k| stem.ends_with(k)))
            })
            || MASCULINE_DUAL_PLACES.iter().any(|d| t.norm.ends_with(d));
        shaped
            && self.token(i + 1).is_some_and(|n| n.sep == Sep::Space)
            && readings(&t.norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 2 && is_dual_place_kind(w))
    }

    /// Token `i` is an indefinite plural kind of place in construct with the list that follows
    /// (عمداء بلديات الجميل والمنشية ووازن، مدن يفرن وجادو ونالوت): its complement is the
    /// places themselves. One complement alone is often no list of places (مدن المملكة), so
    /// [`MIN_GOVERNED_ITEMS`] new names at least.
    fn governs_a_list_of_places_at(&self, i: usize) -> bool {
        // Asked at every word: the cheap tests first (a space after it, a plural ending it).
        self.token(i + 1).is_some_and(|n| n.sep == Sep::Space)
            && self.token(i).is_some_and(|t| {
                PLURAL_PLACES.iter().any(|p| t.norm.ends_with(p))
                    && readings(&t.norm).iter().any(|(clitic, w)| {
                        *clitic <= 2 && !is_definite(w) && PLURAL_PLACES.contains(&w.as_ref())
                    })
            })
    }

    /// Token `i` is the first word after an opening parenthesis or a colon that follows a
    /// plural kind of place and at most [`MAX_ADJECTIVES`] adjectives of it (بالمحليات
    /// المستهدفة (الخرطوم، بحري …)، البلديات التالية: براقي، الحراش).
    fn opens_a_list_of_places_at(&self, i: usize) -> bool {
        let Some(t) = self.token(i) else {
            return false;
        };
        if !(t.after_open_parenthesis() || t.after_colon()) {
            return false;
        }
        // The plural, then its adjectives joined to it by spaces, just before the list.
        (1..=MAX_ADJECTIVES + 1)
            .take_while(|&back| {
                back == 1
                    || (i + 1)
                        .checked_sub(back)
                        .and_then(|k| self.token(k))
                        .is_some_and(|n| n.sep == Sep::Space)
            })
            .filter_map(|back| i.checked_sub(back))
            .any(|k| self.is_plural_place_at(k))
    }

    /// Token `i` is منها (or أبرزها, بينها, with or without و) after a plural kind of
    /// place in the same clause, at most [`MAX_GAP`] words before (commas allowed).
    fn introduces_places_at(&self, i: usize) -> bool {
        let Some(t) = self.tokens().get(i).filter(|t| t.cue()) else {
            return false;
        };
        let word = t.norm.strip_prefix('و').unwrap_or(&t.norm);
        if !INTRODUCERS.contains(&word) {
            return false;
        }
        let mut k = i;
        for _ in 0..MAX_GAP {
            let Some(cur) = self.token(k) else {
                return false;
            };
            if cur.sep == Sep::Break && !cur.comma() {
                return false;
            }
            let Some(before) = k.checked_sub(1) else {
                return false;
            };
            k = before;
            if self.is_plural_place_at(k) {
                return true;
            }
        }
        false
    }

    /// Token `next` is a name that completes a kunya (أبو الجوزي، أبو الخصيب): a bare name word
    /// or a definite name, joined to it by a space.
    pub(super) fn kunya_name_after(&self, next: usize) -> bool {
        self.token(next).is_some_and(|n| {
            n.sep == Sep::Space
                && n.mention.is_none()
                && !n.norm.starts_with('و')
                && (self.name_word(next)
                    || (n.article() && self.lex.is_definite_name_word(&n.norm)))
        })
    }

    /// Token `i` is a plural kind of place, with or without a clitic.
    pub(super) fn is_plural_place_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            readings(&t.norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 2 && PLURAL_PLACES.contains(&w.as_ref()))
        })
    }

    /// The places listed from token `j`: the first, then each after a comma or و; a known
    /// place counts and keeps the list going; the first word that is no name ends it, unless
    /// an item follows it.
    /// `punctuated`: the first item follows the parenthesis or colon that opened the list.
    fn exemplified_after(&self, j: usize, punctuated: bool) -> Vec<Found> {
        self.places_listed_after(j, punctuated).0
    }

    /// [`Self::places_listed_from`] where only a list opened by punctuation may pass over a
    /// doubted first word.
    fn places_listed_after(&self, j: usize, punctuated: bool) -> (Vec<Found>, usize, usize) {
        self.places_listed_from(j, punctuated, punctuated)
    }

    /// [`Self::exemplified_after`]'s places, how many items the list holds, known places
    /// included (none when the list is no list of places), and the token after it.
    /// `doubted_first`: a first word the lexicon doubts may be passed over, as a later one
    /// may (the list's opening makes its first item a place).
    fn places_listed_from(
        &self,
        j: usize,
        punctuated: bool,
        doubted_first: bool,
    ) -> (Vec<Found>, usize, usize) {
        let mut out = Vec::new();
        let mut items = 0;
        // A list of definite words alone may be one of things (منها الخدمات والمرافق): one item
        // at least must be known, bare, a kunya's or on a common noun.
        let mut not_all_definite = false;
        // Words doubted in a row; a long list of places (three at least) bears two.
        let mut skipped = 0;
        let mut i = j;
        for k in 0..MAX_ITEMS {
            let Some(t) = self.token(i) else { break };
            // من بينها: بني دوالة، بني زمنزر: the introducing word may end in a colon.
            let separated = if k == 0 {
                t.sep == Sep::Space || punctuated || t.after_colon()
            } else {
                t.comma() || (t.sep == Sep::Space && t.norm.starts_with('و'))
            };
            if !separated {
                break;
            }
            if t.mention == Some(EntityKind::Place) {
                items += 1;
                not_all_definite = true;
                i = self.past_quarter(self.past_new(self.past_known_place(i)));
                continue;
            }
            if t.mention.is_some() {
                break;
            }
            // ومناطق أخرى، وقرى …: a kind of place ends the list (وادي is a name's head); one
            // kind word and its name (وحي الأندلس) is an item, which its own rule takes.
            if self.is_plural_place_at(i) {
                break;
            }
            if k > 0
                && let Some(end) = self.kind_and_name_end(i)
            {
                items += 1;
                not_all_definite = true;
                i = end;
                continue;
            }
            if trigger_at(self.tokens(), i).is_some() {
                break;
            }
            let after_waw = t.norm.strip_prefix('و').unwrap_or_default();
            let conjoined = k > 0
                && t.norm.starts_with('و')
                && !is_toponym_head(&t.norm)
                && (!(t.comma() && self.name_word(i)) || KUNYAS.contains(&after_waw));
            let Some(end) = self.exemplified_place_at(i, conjoined) else {
                // عويسيان، البهادرية، الفيه، وأبو الجوزي: one word the lexicon doubts (فيه is
                // also «in it»), between two items and followed by a comma or و, does not end
                // the list; it is not taken either.
                let goes_on = self
                    .token(i + 1)
                    .is_some_and(|n| n.comma() || (n.sep == Sep::Space && n.norm.starts_with('و')));
                // عبر بلديات: الشعبة، بولهيلات …: after the kind and its colon, the first item
                // may be the doubted word too.
                let bearable = if items >= MIN_GOVERNED_ITEMS { 2 } else { 1 };
                if (k > 0 || doubted_first) && skipped < bearable && goes_on {
                    skipped += 1;
                    i += 1;
                    continue;
                }
                break;
            };
            skipped = 0;
            items += 1;
            let word = if conjoined {
                after_waw
            } else {
                t.norm.as_str()
            };
            // After a plural kind and a colon or parenthesis (بمدن: الشروق والعبور) the kind
            // is written: a definite item is a place, unless shaped like an adjective of the
            // kind (المناطق (المتضررة، المنكوبة)).
            let participle = word
                .strip_prefix("ال")
                .is_some_and(|stem| stem.starts_with('م') && stem.chars().count() >= 5);
            not_all_definite |=
                !is_definite(word) || (punctuated && !looks_adjectival(word) && !participle);
            out.push(Found {
                tokens: i..end,
                kind: Some(EntityKind::Place),
                strong: true,
                open: false,
                alias: None,
                conjoined,
            });
            i = end;
        }
        if items < MIN_ITEMS || !not_all_definite {
            return (Vec::new(), 0, i);
        }
        (out, items, i)
    }

    /// Token `k` if it is no «new» after a town's name, else the token after it: المنيا
    /// الجديدة، القاهرة الجديدة are towns of their own, named with the adjective.
    fn past_new(&self, k: usize) -> usize {
        let new = self
            .token(k)
            .is_some_and(|t| t.sep == Sep::Space && NEW.contains(&t.norm.as_str()));
        if new { k + 1 } else { k }
    }

    /// The end of a kind of place or quarter and the name after it (ومدينة نالوت، وحي
    /// الأندلس), an item of a list of places that the kind word's own rule takes, if token `i`
    /// opens one. The name may be a known place's (الأندلس).
    fn kind_and_name_end(&self, i: usize) -> Option<usize> {
        let t = self.token(i)?;
        let quarter = readings(&t.norm)
            .iter()
            .any(|(clitic, w)| *clitic <= 1 && w == NEIGHBOURHOOD);
        let kind = quarter
            || trigger_at(self.tokens(), i)
                .is_some_and(|tr| tr.kind == EntityKind::Place && tr.len == 1);
        if !kind {
            return None;
        }
        let next = self.token(i + 1).filter(|n| n.sep == Sep::Space)?;
        if next.mention == Some(EntityKind::Place) {
            Some(self.past_known_place(i + 1))
        } else if quarter {
            // حي is also «alive» before a bare word (حي يرزق): a definite name only.
            (next.article() && self.lex.is_definite_name_word(&next.norm)).then_some(i + 2)
        } else {
            self.toponym_end(i)
        }
    }

    /// Token `k` if it is no quarter of a town (see [`QUARTERS`]), else the token after it.
    fn past_quarter(&self, k: usize) -> usize {
        let direction = self.token(k).is_some_and(|t| {
            t.sep == Sep::Space && t.mention.is_none() && DIRECTIONS.contains(&t.norm.as_str())
        });
        if direction || self.quarter_noun_at(k) {
            k + 1
        } else {
            k
        }
    }

    /// Token `k` is a noun of [`QUARTERS`] joined by a space to the word before: no common
    /// noun takes one bare after it (الزاوية المركز), as one takes an adjective (المناطق
    /// الشرقية).
    fn quarter_noun_at(&self, k: usize) -> bool {
        self.token(k).is_some_and(|t| {
            t.sep == Sep::Space && t.mention.is_none() && QUARTERS.contains(&t.norm.as_str())
        })
    }

    /// One place of such a list at token `i` (its و first when `conjoined`): a definite name
    /// (البهادرية), a name on a common noun (بيت فجار), a kunya and its name (أبو الجوزي), or
    /// one or two bare name words (عويسيان). Returns its end.
    fn exemplified_place_at(&self, i: usize, conjoined: bool) -> Option<usize> {
        let t = self.token(i)?;
        let word = if conjoined {
            t.norm.strip_prefix('و')?
        } else {
            t.norm.as_str()
        };
        let joined_name_after = |next: usize| self.kunya_name_after(next);
        // و6 أكتوبر، و15 مايو: in a list of towns, a town named for a date keeps the list
        // going (discovery then leaves out a name with digits).
        let date_named = !word.is_empty()
            && word.chars().all(|c| c.is_ascii_digit())
            && self
                .token(i + 1)
                .is_some_and(|n| n.sep == Sep::Space && super::word_lists::is_time_word(&n.norm));
        if date_named && i > 0 {
            return Some(i + 2);
        }
        if is_definite(word) {
            // المنيا الجديدة: «new» after the word says it is a town's name.
            // المنيا الجديدة، الزاوية المركز: «new» or a town's quarter after the word says it is
            // a town's name.
            let name = (self.lex.is_definite_name_word(word) && !is_definite_common_noun(word))
                || self.past_new(i + 1) > i + 1
                || self.quarter_noun_at(i + 1);
            return name.then(|| self.past_quarter(self.past_new(i + 1)));
        }
        if KUNYAS.contains(&word) {
            return joined_name_after(i + 1).then_some(i + 2);
        }
        if is_toponym_head(word) {
            return self.toponym_end(i);
        }
        if !self.lex.is_bare_name_word(word) || t.tanween() {
            return None;
        }
        // وهراوة شاركوا في الاجتماع: a verb in the plural after the list is no second word.
        let second = self.token(i + 1).is_some_and(|n| {
            n.sep == Sep::Space && !n.article() && !looks_like_plural_past_verb(&n.norm)
        }) && joined_name_after(i + 1);
        Some(if second { i + 2 } else { i + 1 })
    }
}

/// `word` (normalised, without clitics) is the dual in construct of a kind of place (see
/// [`DUAL_PLACE_KINDS`] and [`MASCULINE_DUAL_PLACES`]).
fn is_dual_place_kind(word: &str) -> bool {
    MASCULINE_DUAL_PLACES.contains(&word)
        || DUAL_PLACE_KINDS
            .iter()
            .any(|kind| is_dual_of_place_kind(word, kind))
}

#[cfg(test)]
#[path = "place_lists_tests.rs"]
mod tests;
