//! People listed after «كل من» or «كلا من» (وتضم اللجنة كلا من فلان، فلان وفلان; غياب كل من
//! فلان وفلان، بسبب الإصابة): full names set off by commas or joined by و, what each did said
//! after it (فلان عن طريق ضربة جزاء بالدقيقة 21، وفلان), the list ending the clause.

use super::discover::{Found, Scan};
use super::given_names::is_given_name;
use super::lexicon::readings;
use super::people::person;
use super::tokens::Sep;

/// «Each of» before a list of names (كل من، كلا من), normalised.
pub(super) const EACH: &[&str] = &["كل", "كلا"];

/// Most words of what a list's item did, said after its name (عن طريق ضربة جزاء بالدقيقة 21).
const MAX_DETAIL_WORDS: usize = 8;

/// Most names read in one list.
const MAX_ITEMS: usize = 30;

/// Titles that stand inside a name before its last words (كريم الحاج سالم), normalised: an
/// item ending with one has not ended.
const MIDDLE_TITLES: &[&str] = &["الحاج", "الحاجه", "الشيخ", "السيد"];

impl Scan<'_> {
    /// The people listed after «كل من» or «كلا من» (وتضم اللجنة كلا من فلان، فلان وفلان): full
    /// names set off by commas or joined by و, two at least, one opening with a common given
    /// name, the list ending the clause.
    pub(super) fn each_of(&self, i: usize) -> Vec<Found> {
        // بكل من: the ب of «enter the match with each of» is a clitic, not part of كل.
        let each = readings(&self.tokens()[i].norm)
            .iter()
            .any(|(clitic, w)| *clitic <= 1 && EACH.contains(&w.as_ref()));
        let cue = each
            && self
                .token(i + 1)
                .is_some_and(|t| t.sep == Sep::Space && t.norm == "من");
        if !cue {
            return Vec::new();
        }
        let mut out: Vec<Found> = Vec::new();
        let mut start = i + 2;
        let mut conjoined = false;
        while out.len() < MAX_ITEMS {
            let name = if conjoined {
                self.conjoined_name_at(start)
            } else {
                self.name_from(start, crate::load::EntityKind::Person)
                    .filter(|r| self.full_name_words(r) >= 2)
            };
            let Some(name) = name else {
                // An item not read as a full name (a player named by his surname, العزوزي; a
                // given name that is also a title, أمير ريتشاردون) keeps the list going when
                // it is a few plain words set off by commas, and is not taken.
                if let Some(next) = self.unread_item(start).filter(|_| !conjoined) {
                    start = next;
                    continue;
                }
                // فلان وفلان، مع وضعهم تحت المراقبة / ، بسبب الإصابة: after two names read,
                // what follows a comma and is no name closes the list; so does an item in و
                // this reader cannot cut (وعبد الكبير الوادي, a place's word in it): the names
                // before it stand.
                if out.len() >= 2 {
                    break;
                }
                return Vec::new();
            };
            start = name.end;
            // كلا من فلان، وفلان: an item after a comma may open with the list's و too.
            out.push(if conjoined {
                Found {
                    conjoined,
                    ..person(name)
                }
            } else {
                self.list_item(out.len(), name)
            });
            // فلان عن طريق ضربة جزاء بالدقيقة 21، وفلان بالدقيقة 62: what an item did is
            // said after its name, up to the comma before the next item in و.
            if let Some(next) = self.detail_before_next_item(start) {
                (start, conjoined) = (next, true);
                continue;
            }
            match self.token(start) {
                Some(t) if t.comma() => conjoined = false,
                Some(t) if t.sep == Sep::Space && t.norm.starts_with('و') => conjoined = true,
                // فلان وفلان بالدقيقة 62.: the last item's detail ends the list.
                Some(_) if out.len() >= 2 && self.detail_ends_the_list(start) => break,
                // فلان وفلان مع وضعهم …: a preposition after the last name ends the list.
                Some(_) if out.len() >= 2 && self.clause_goes_on_at(start) => break,
                // فلان وفلان وشادي الخطيب تقضي بـ …: after three full names, the last closed by
                // a family name with the article, the clause's verb goes on.
                Some(_)
                    if out.len() >= 3
                        && self.tokens()[start - 1].article()
                        && !MIDDLE_TITLES.contains(&self.tokens()[start - 1].norm.as_str()) =>
                {
                    break;
                }
                Some(t) if t.sep == Sep::Space => return Vec::new(),
                _ => break,
            }
        }
        let given = out
            .iter()
            .any(|f| is_given_name(self.without_and(f.tokens.start)));
        if out.len() < 2 || !given {
            return Vec::new();
        }
        out
    }

    /// Token `k`, right after a list's item, opens what the item did (عن طريق ضربة جزاء،
    /// بالدقيقة 21، في الشوط الثاني): a preposition of [`Scan::clause_goes_on_at`] or a word
    /// in بال.
    fn opens_a_detail(&self, k: usize) -> bool {
        self.clause_goes_on_at(k)
            || self
                .token(k)
                .is_some_and(|t| t.sep == Sep::Space && t.norm.starts_with("بال"))
    }

    /// The first token of the next item when a detail opens at token `k` and runs, within
    /// [`MAX_DETAIL_WORDS`], to a full name in و, after a comma or not (، وعلاء عبد الزهرة;
    /// بالدقيقة 10 وأحمد خالد).
    fn detail_before_next_item(&self, k: usize) -> Option<usize> {
        if !self.opens_a_detail(k) {
            return None;
        }
        let next = (k + 1..k + 1 + MAX_DETAIL_WORDS)
            .take_while(|&n| self.token(n).is_some())
            .find(|&n| {
                self.token(n).is_some_and(|t| {
                    t.sep != Sep::Space
                        || (t.norm.starts_with('و')
                            && self
                                .conjoined_name_at(n)
                                .is_some_and(|r| self.full_name_words(&r) >= 2))
                })
            })?;
        self.token(next)
            .is_some_and(|t| (t.comma() || t.sep == Sep::Space) && t.norm.starts_with('و'))
            .then_some(next)
            .filter(|&n| self.conjoined_name_at(n).is_some())
    }

    /// A detail opens at token `k` and a punctuation mark or the run's end closes it within
    /// [`MAX_DETAIL_WORDS`] (بالدقيقة 62.، بالدقيقة 62، فيما …): after the last item (no
    /// name in و follows), the list's end.
    fn detail_ends_the_list(&self, k: usize) -> bool {
        self.opens_a_detail(k)
            && (k + 1..=k + 1 + MAX_DETAIL_WORDS)
                .any(|n| self.token(n).is_none_or(|t| t.sep != Sep::Space))
    }

    /// The token after an item of one to three plain words starting at `i` and ending at a
    /// comma (، العزوزي، / ، أمير ريتشاردون،): letters only, no verb or function word, no
    /// mention; `None` for anything else.
    fn unread_item(&self, i: usize) -> Option<usize> {
        for k in i..i + 3 {
            let t = self.token(k)?;
            let plain = t.mention.is_none()
                && t.norm.chars().count() >= 2
                && t.norm.chars().all(super::lexicon::is_letter)
                && !super::lexicon::is_function_or_verb(&t.norm);
            if !plain || (k > i && t.sep != Sep::Space) {
                return None;
            }
            if self.token(k + 1).is_some_and(|n| n.comma()) {
                return Some(k + 1);
            }
        }
        None
    }
}
