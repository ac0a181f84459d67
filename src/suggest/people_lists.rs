//! People named in lists with no title each: after a cue (بينهم، وهم، النواب:) items
//! separated by commas or joined by و, each read by the first reading that ends where an item
//! may (a name, a name in و, a common given name and its family name, or — beside enough of
//! those — a short item between commas), and lists with no cue, three full names at least
//! opening a clause. Apart from `people.rs` because a list is read by its shape, item after
//! item, where the rules there read one name after one cue.

use super::discover::{Found, MAX_SKIPPED, Scan};
use super::lexicon::{is_function_or_verb, is_letter, is_listed, readings};
use super::name_lists::is_given_name;
use super::people::{MAX_LIST_ITEMS, after_subject, person};
pub(super) use super::people_list_words::{CUE_WORDS, is_plural_role};
use super::people_list_words::{
    KIN_AFTER_AND, KIN_BEFORE_NAME, OFFICE_HOLDERS_OF_COUNTRIES, PLURAL_ROLES,
    PLURAL_ROLES_IN_CONSTRUCT, is_role_of,
};
use super::tokens::Sep;
use super::triggers::trigger_at;
use super::word_lists::is_role_word;
use crate::load::EntityKind;

/// Most words back from a country of such a list to the plural title.
const COUNTRY_LIST_REACH: usize = 30;

/// Prepositions a plural title's complement may hold (النائبين في البرلمان، السفراء لدى …).
const IN_A_COMPLEMENT: &[&str] = &["في", "لدي", "عن"];

/// Full names a list with no cue before it must hold: every item one, and three of them.
const MIN_UNANNOUNCED_NAMES: usize = 3;

/// Most words of the phrase after a list's item that says its place (لحراسة المرمى).
const MAX_ROLE_WORDS: usize = 3;

/// Full names a list must hold, at least, for its items to be read as people.
pub(super) const MIN_LISTED_NAMES: usize = 3;

impl Scan<'_> {
    /// A relative's full name right after a kin word with a pronoun (at token `i`, bare or
    /// after و): «واعتقلت الشرطة فلانًا وشقيقه محمود الشامي». Two name words at least.
    pub(super) fn relative_after_kin(&self, i: usize) -> Option<Found> {
        let kin = readings(&self.tokens()[i].norm)
            .iter()
            .any(|(clitic, w)| *clitic <= 1 && KIN_BEFORE_NAME.contains(&w.as_ref()));
        if !kin || !self.token(i + 1).is_some_and(|t| t.sep == Sep::Space) {
            return None;
        }
        let range = self.name_from(i + 1, EntityKind::Person)?;
        (self.full_name_words(&range) >= 2).then(|| person(range))
    }

    /// The people named after a dual or plural role noun at token `i` and its complement
    /// (بحضور النائبين طه ناجي وجميل عبود وتوفيق سلطان، …؛ أعضاء المجلس البلدي: فلان، فلان
    /// وفلان، نقيب …؛ نقيبي عمال بلديتي طرابلس والميناء عمر دلال وأحمد المرسلي ورؤساء المصالح):
    /// the complement is up to [`MAX_SKIPPED`] words joined by spaces, none a common given name,
    /// verb or function word, closed by a colon, by a comma after two words of it (أعضاء مجلس
    /// إدارة المصرف، رضا قرقاب، وعلي عمران) or by the first word where the list reads (see
    /// [`Scan::role_list_at`]). A noun in construct form wants one word of complement at least.
    pub(super) fn listed_after_plural_role(&self, i: usize) -> Vec<Found> {
        let word = &self.tokens()[i].norm;
        let complete = is_role_of(word, PLURAL_ROLES);
        if !complete && !is_role_of(word, PLURAL_ROLES_IN_CONSTRUCT) {
            return Vec::new();
        }
        for p in i + 1..=i + 1 + MAX_SKIPPED {
            let Some(t) = self.token(p) else {
                break;
            };
            let colon = t.after_colon() && p > i + 1;
            // أعضاء مجلس إدارة المصرف المركزي، رضا قرقاب، وفاخر …: a comma closes a construct
            // noun's complement as a colon does.
            let comma = t.comma() && p > i + 2 && !complete;
            if t.sep != Sep::Space && !colon && !comma {
                break;
            }
            if (complete || p > i + 1)
                && let Some(list) = self.role_list_from(p, complete && p == i + 1)
            {
                return list;
            }
            let complement = t.mention != Some(EntityKind::Person)
                && t.norm.chars().all(is_letter)
                && !is_given_name(&t.norm)
                && (IN_A_COMPLEMENT.contains(&t.norm.as_str()) || !is_function_or_verb(&t.norm));
            if colon || comma || !complement {
                break;
            }
        }
        Vec::new()
    }

    /// A country of a list after a plural title, and the name of its office holder (يعقد
    /// وزراء خارجية الأردن أيمن الصفدي، ومصر سامح شكري، وفرنسا جان إيف لودريان): token `i` is
    /// the first country, after the title and its field, or one set off by a comma with the
    /// title several tokens before it in the run, and a full name follows at once.
    pub(super) fn office_holder_of_listed_country(&self, i: usize) -> Option<Found> {
        let t = self.token(i)?;
        if t.mention != Some(EntityKind::Place) || !self.joined(i + 1) {
            return None;
        }
        let holders = |k: usize| {
            readings(&self.tokens()[k].norm).iter().any(|(clitic, w)| {
                *clitic <= 1 && OFFICE_HOLDERS_OF_COUNTRIES.contains(&w.as_ref())
            })
        };
        // وزراء خارجية الأردن أيمن الصفدي: the first country, right after the title and its
        // field.
        let first = i >= 2
            && t.sep == Sep::Space
            && self
                .token(i - 1)
                .is_some_and(|f| f.sep == Sep::Space && !f.article() && f.mention.is_none())
            && holders(i - 2);
        let listed = t.comma() && (i.saturating_sub(COUNTRY_LIST_REACH)..i).any(holders);
        if !(first || listed) {
            return None;
        }
        let range = self
            .name_from(i + 1, EntityKind::Person)
            .filter(|r| self.full_name_words(r) >= 2)?;
        let ends = self
            .token(range.end)
            .is_none_or(|n| n.sep != Sep::Space || n.norm.starts_with('و'));
        ends.then(|| person(range))
    }

    /// Token `k` opens an item with a common given name, after the list's و or a preposition
    /// or not (ومحمد، لأشرف، يوسف), one written in two words included (وعبد الرحمن, listed as
    /// عبدالرحمن).
    pub(super) fn item_opens_with_given_name(&self, k: usize) -> bool {
        let first = self.without_and(k);
        let compound = first == "عبد"
            && self
                .token(k + 1)
                .is_some_and(|n| n.sep == Sep::Space && is_given_name(&format!("عبد{}", n.norm)));
        is_given_name(first) || compound || self.given_name_after_preposition_at(k)
    }

    /// The list a plural title announces, from token `p`: two full names at least, the first
    /// and half of them opening with a common given name, set off by commas or joined by و, and ending at
    /// punctuation, at a word in و that opens no name (ورؤساء المصالح), at a preposition that
    /// carries the clause on, or at a comma before the next person's title (، نقيب …، المدير
    /// العام …) or what goes on with the clause (، وعدد من …). None where an item stops in the
    /// middle of a phrase.
    pub(super) fn role_list_at(&self, p: usize) -> Option<Vec<Found>> {
        self.role_list_from(p, false)
    }

    /// As [`Self::role_list_at`]; with `first_any`, the first name need not open with a
    /// common given name (بحضور النائبين سجيع عطية وأسعد درغام: a complete plural title says
    /// names follow, and half of them must still open so).
    fn role_list_from(&self, p: usize, first_any: bool) -> Option<Vec<Found>> {
        let first = self.token(p)?;
        let and_given = self.and_given_name_at(p);
        // لأشرف الجابري: the first item after a preposition, which stays out of the name.
        let after_preposition = self.given_name_after_preposition_at(p);
        let given = is_given_name(&first.norm) || after_preposition || and_given;
        if !(given || first_any) || first.mention.is_some() || first.cue() {
            return None;
        }
        let full = |r: std::ops::Range<usize>| self.full_name_words(&r) >= 2;
        let mut out: Vec<Found> = Vec::new();
        let mut start = p;
        let mut conjoined = and_given;
        while out.len() < MAX_LIST_ITEMS {
            let range = if conjoined {
                self.conjoined_name_at(start)
                    .or_else(|| self.conjoined_item_between_names(start))
            } else if start == p && after_preposition {
                self.name_reaching_from(p, EntityKind::Person, true)
                    .filter(|r| full(r.clone()))
            } else {
                self.name_from(start, EntityKind::Person)
                    .filter(|r| full(r.clone()) && !self.tokens()[r.start].cue())
                    // ، ومحمد تامر: an item after a comma may carry the list's و too.
                    .or_else(|| self.conjoined_name_at(start).filter(|_| start > p))
                    .or_else(|| self.given_name_item_at(start))
            }?;
            let end = range.end;
            out.push(if conjoined || (start == p && after_preposition) {
                Found {
                    conjoined: true,
                    ..person(range)
                }
            } else {
                self.list_item(out.len(), range)
            });
            let Some(next) = self.token(end) else {
                break;
            };
            if next.comma() {
                // ، نقيب اتحاد …: the next person's title; his name is the title's to read.
                // ، وعدد من الفعاليات: و and a word that is no given name go on with the clause.
                let title =
                    trigger_at(self.tokens(), end).is_some_and(|t| t.kind == EntityKind::Person);
                let goes_on = self.sentence_goes_on(end) || self.and_before_no_given_name(end);
                if title || (goes_on && out.len() >= 2) {
                    break;
                }
                (start, conjoined) = (end, false);
            } else if next.sep == Sep::Space && next.norm.starts_with('و') {
                if self.conjoined_name_at(end).is_none()
                    && self.conjoined_item_between_names(end).is_none()
                {
                    break;
                }
                (start, conjoined) = (end, true);
            } else if next.sep == Sep::Break
                || self.clause_goes_on_at(end)
                // … وعبد الرحمن كوناتي اصطدمت بدفاع ثابت: the clause's verb after the list.
                || (out.len() >= 2 && super::word_shapes::looks_like_derived_verb(&next.norm))
            {
                break;
            } else {
                return None;
            }
        }
        // Half the names at least open with a common given name, with or without the list's و.
        let given = out
            .iter()
            .filter(|f| self.item_opens_with_given_name(f.tokens.start))
            .count();
        (out.len() >= 2 && 2 * given >= out.len()).then_some(out)
    }

    /// The names of a list separated by commas, starting at token `j` (after ضمّ، بينهم:, a
    /// plural title): read only when three items at least are full names, every item is a
    /// name and the list ends at punctuation or a word in و (وغيرهم). A one-word item (لبلبة)
    /// keeps the list going but is not taken.
    pub(super) fn listed_people(&self, j: usize) -> Vec<Found> {
        let mut items = Vec::new();
        // Items read only by their shape between commas (see `short_item_at`).
        let mut loose = 0;
        let mut start = self.after_each_of(j);
        for _ in 0..MAX_LIST_ITEMS {
            // ، والمخرج تامر العشري: an item's own title (definite, complete) before its name.
            if let Some(title) =
                trigger_at(self.tokens(), start).filter(|t| t.kind == EntityKind::Person && !t.open)
            {
                start += title.len;
            }
            // ومحمد خالد: an item joined by و is read without it where the site writes the
            // given name bare too (محمد), which makes ومحمد a clitic and a word, no name word.
            // فادي كرم، نزيه متى: a name whose last word is also an ordinary one is read up to
            // the comma. Each reading is tried in turn until one ends where an item may.
            let readings: [&dyn Fn() -> Option<std::ops::Range<usize>>; 4] = [
                &|| self.name_from(start, EntityKind::Person),
                &|| self.conjoined_name_at(start),
                &|| self.given_name_item_at(start),
                &|| self.short_item_at(start),
            ];
            let Some((reading, range, (last, skip))) =
                readings.iter().enumerate().find_map(|(n, read)| {
                    let range = read()?;
                    let end = self.list_item_end(range.end)?;
                    Some((n, range, end))
                })
            else {
                // وهم: فلان، وفلان، وفلان، 3 سنوات …: the sentence goes on after the names'
                // last comma with what is said of them.
                if self.sentence_goes_on(start) && items.len() >= MIN_LISTED_NAMES {
                    break;
                }
                return Vec::new();
            };
            if reading == 3 {
                loose += 1;
            }
            let end = range.end;
            items.push(range);
            if last {
                break;
            }
            start = end + skip;
        }
        let full: Vec<Found> = items
            .into_iter()
            .enumerate()
            .filter(|(_, r)| self.full_name_words(r) >= 2)
            .map(|(n, r)| self.list_item(n, r))
            .collect();
        // نجاة صليبا، نزيه متى: names no reader takes are taken for the list's sake only where
        // the names read as such outnumber them.
        if full.len() >= MIN_LISTED_NAMES && loose * 2 <= full.len() - loose {
            full
        } else {
            Vec::new()
        }
    }

    /// An item of two or three words of letters closed by a comma or the list's end (نجاة
    /// صليبا، نزيه متى), the first no function word, verb, title or known name: a name by the
    /// list's shape alone, which [`Scan::listed_people`] takes only beside enough names it reads
    /// as names.
    fn short_item_at(&self, j: usize) -> Option<std::ops::Range<usize>> {
        let first = self
            .token(j)
            .filter(|t| !t.article() && t.sep != Sep::Space)?;
        if is_function_or_verb(&first.norm) || is_listed(&first.norm) || first.cue() {
            return None;
        }
        self.closed_item(j, j)
    }

    /// The item from token `j` to the next comma or the list's end, of two or three words,
    /// each from `checked` on a plain word of letters (no known name, tanween or title); None
    /// when the item is longer or a word is not so.
    fn closed_item(&self, j: usize, checked: usize) -> Option<std::ops::Range<usize>> {
        let end = (j + 1..j + 4)
            .find(|&k| self.token(k).is_none_or(|t| t.sep != Sep::Space))
            .filter(|&end| end > j + 1)?;
        let closed = self
            .token(end)
            .is_none_or(|t| t.comma() || t.sep == Sep::Break);
        let words = (checked..end).all(|k| {
            let t = &self.tokens()[k];
            t.mention.is_none()
                && !t.tanween()
                && t.norm.chars().count() >= 2
                && t.norm.chars().all(is_letter)
                && trigger_at(self.tokens(), k).is_none()
        });
        (closed && words).then_some(j..end)
    }

    /// How a list's item ending before token `end` ends, if it may end there: `(last, skip)`
    /// — the list ends with it (punctuation, the clause's end, a word in و that opens no
    /// name), and how many words after it are no part of the next item: a kin word in و
    /// (فلان وزوجته فلانة), the item's place in a squad (فلان لحراسة المرمى، فلان في الدفاع) or
    /// its town after a slash (فلان/جنين).
    /// None where the item would stop in the middle of a phrase.
    fn list_item_end(&self, end: usize) -> Option<(bool, usize)> {
        // محمود السعدي/جنين، وديع أبو رموز/القدس: the item's town after a slash.
        if self
            .token(end)
            .is_some_and(|t| t.after_slash() && t.mention == Some(EntityKind::Place))
        {
            let (last, _) = self.list_item_end_at(end + 1)?;
            return Some((last, 1));
        }
        if let Some(role) = self.role_in_list_at(end) {
            let (last, _) = self.list_item_end_at(end + role)?;
            return Some((last, role));
        }
        self.list_item_end_at(end)
            .map(|(last, kin)| (last, usize::from(kin)))
    }

    /// [`Scan::list_item_end`] with no role phrase: `(last, kin)`.
    fn list_item_end_at(&self, end: usize) -> Option<(bool, bool)> {
        let next = self.token(end);
        // بينهم فلان وفلان وفلان: the next item may be joined by و alone.
        let joined_item = next.is_some_and(|n| n.sep == Sep::Space && n.norm.starts_with('و'))
            && self.conjoined_name_at(end).is_some();
        // حسين فهمي وزوجته لقاء الخميسي: a kin word in و joins the next item.
        let kin =
            next.is_some_and(|n| n.sep == Sep::Space && KIN_AFTER_AND.contains(&n.norm.as_str()));
        let more = next.is_some_and(|n| n.comma()) || joined_item || kin;
        let last = !joined_item
            && !kin
            && next.is_none_or(|n| {
                (n.sep == Sep::Break && !n.comma())
                    || (n.sep == Sep::Space && n.norm.starts_with('و'))
            });
        (more || last).then_some((last, kin))
    }

    /// The words of a phrase at token `k` that says an item's place in a squad or its group
    /// (لحراسة المرمى، في الدفاع، في خط الوسط): في or a word in ل, and up to
    /// [`MAX_ROLE_WORDS`] words in all of letters no name covers, up to a comma or the
    /// clause's end. None where no such phrase stands there.
    fn role_in_list_at(&self, k: usize) -> Option<usize> {
        let first = self.token(k).filter(|t| t.sep == Sep::Space)?;
        let opens = first.norm == "في"
            || (first.norm.starts_with('ل')
                && !first.norm.starts_with("لل")
                && first.norm.chars().count() >= 4
                && !is_listed(&first.norm));
        if !opens {
            return None;
        }
        let len = (1..=MAX_ROLE_WORDS)
            .find(|&n| self.token(k + n).is_none_or(|t| t.sep != Sep::Space))?;
        (k..k + len)
            .all(|w| {
                let t = &self.tokens()[w];
                t.mention.is_none() && t.norm.chars().all(is_letter)
            })
            .then_some(len)
    }

    /// Token `k` opens a clause after a comma that goes on with what is said of the names
    /// before (، 3 سنوات …، بعد انسحاب …): a number, a function word, a verb, or a word of
    /// where and when.
    fn sentence_goes_on(&self, k: usize) -> bool {
        self.token(k).is_some_and(|t| {
            t.comma()
                && (t.norm.starts_with(|c: char| c.is_ascii_digit())
                    || is_function_or_verb(&t.norm)
                    || after_subject(&t.norm))
        })
    }

    /// Token `j`, or the token after «كل من» there (تضم كل من فلان، وفلان): where a list's
    /// first item starts.
    fn after_each_of(&self, j: usize) -> usize {
        let each_of = self.token(j).is_some_and(|t| t.norm == "كل")
            && self
                .token(j + 1)
                .is_some_and(|t| t.sep == Sep::Space && t.norm == "من");
        if each_of { j + 2 } else { j }
    }

    /// An item of a list joined by و at token `i`, a name word and one more plain word, that
    /// the items around it make a name (وكرار جمعة وعلي سامي، وأحمد عيد وقاسم سبت): its second
    /// word may be one the site writes as a word (الجمعة «Friday», العيد «the feast»), as a
    /// family name between commas may ([`Scan::given_name_item_at`]). Only where the next
    /// token goes on with the list (a name or a common given name in و: وأحمد عيد وقاسم سبت,
    /// both family names words of the site) or ends it (a comma, punctuation).
    fn conjoined_item_between_names(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let t = self
            .token(i)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none() && !t.cue())?;
        let rest = t.norm.strip_prefix('و')?;
        let first = !is_listed(&t.norm)
            && !is_function_or_verb(rest)
            && !is_role_word(rest)
            && rest.chars().all(is_letter)
            && (is_given_name(rest) || self.lex.is_bare_name_word(rest));
        let second = self.joined(i + 1)
            && self.token(i + 1).is_some_and(|t| {
                t.mention.is_none()
                    && !t.article()
                    && !t.tanween()
                    && !t.cue()
                    && t.norm.chars().count() >= 2
                    && t.norm.chars().all(is_letter)
                    && !is_function_or_verb(&t.norm)
            })
            && trigger_at(self.tokens(), i + 1).is_none();
        let closed = self.token(i + 2).is_none_or(|n| {
            n.comma()
                || n.sep == Sep::Break
                || (n.sep == Sep::Space
                    && n.norm.starts_with('و')
                    && (self.conjoined_name_at(i + 2).is_some() || self.and_given_name_at(i + 2)))
        });
        (first && second && closed).then_some(i..i + 2)
    }

    /// An item of a list between commas that opens with a common given name and has one or
    /// two words more (فادي كرم، أمين شري، نزيه متى): its family name may be a word the site
    /// knows otherwise (كرم «generosity», متى «when»), which the commas around it, not its
    /// words, make a name's.
    fn given_name_item_at(&self, j: usize) -> Option<std::ops::Range<usize>> {
        if !self.listed_given_name_at(j) || trigger_at(self.tokens(), j).is_some() {
            return None;
        }
        self.closed_item(j, j + 1)
    }

    /// A clause that opens with a list of full names and nothing before it (حكيم زياش، يونس
    /// بلهندة، يوسف العربي من أبرز اللاعبين): no cue says people follow, so every item must be
    /// a full name, there must be [`MIN_UNANNOUNCED_NAMES`] of them, and the list must end at
    /// the clause's end, a word in و or a function word.
    pub(super) fn unannounced_list(&self, j: usize) -> Vec<Found> {
        let mut items = Vec::new();
        let mut start = j;
        for _ in 0..MAX_LIST_ITEMS {
            let Some(range) = self
                .name_from(start, EntityKind::Person)
                .filter(|r| self.full_name_words(r) >= 2)
            else {
                // هيبت الحلبوسي، عامر عبد الجبار، سالم العيساوي، بعد انسحاب …: the sentence goes
                // on after the names' last comma.
                if self.sentence_goes_on(start) && items.len() >= MIN_UNANNOUNCED_NAMES {
                    break;
                }
                return Vec::new();
            };
            // سيناريو فلان، تصوير فلان: an item opening with a word a rule starts from (a
            // work, a title) is that word and a name, and the list is credits, not names.
            if self.tokens()[range.start].cue() {
                return Vec::new();
            }
            let next = self.token(range.end);
            let more = next.is_some_and(|n| n.comma());
            let last = next.is_none_or(|n| {
                (n.sep == Sep::Break && !n.comma())
                    || (n.sep == Sep::Space
                        && (n.norm.starts_with('و') || is_function_or_verb(&n.norm)))
            });
            if !(more || last) {
                return Vec::new();
            }
            start = range.end;
            items.push(range);
            if last {
                break;
            }
        }
        if items.len() < MIN_UNANNOUNCED_NAMES {
            return Vec::new();
        }
        items
            .into_iter()
            .enumerate()
            .map(|(n, r)| self.list_item(n, r))
            .collect()
    }

    /// The person of a list's `n`th item: بينهم فلان، وفلان، وفلان: an item after the first
    /// may open with the list's و, which is no part of the name (وعادل), unless the word is a
    /// given name in و (وليد، وائل).
    pub(super) fn list_item(&self, n: usize, r: std::ops::Range<usize>) -> Found {
        let first = &self.tokens()[r.start].norm;
        let conjoined = n > 0
            && (self.conjoined_name_at(r.start).is_some()
                || (first.starts_with('و')
                    && first.chars().count() >= 4
                    && !super::name_lists::is_given_name(first)));
        Found {
            conjoined,
            ..person(r)
        }
    }
}

#[cfg(test)]
#[path = "people_lists_tests.rs"]
mod tests;
