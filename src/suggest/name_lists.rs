//! People named in lists that a cue announces but that give them no title each: a match
//! sheet's line-ups under a label and a colon, written with spaces alone between the players
//! (النادي الصفاقسي: عبد الرؤوف الرطولي محمد بوزيدي (هاشم عباس 67د) …), and the credits of a
//! production after the work each did (إعداد فلان، مونتاج فلان، تصوير فلان، فلان، وإخراج فلان).
//!
//! Nothing but the list's shape separates the names there, so a list of common given names
//! (`data/names/given.txt`) says where a name starts: a given name after two words of a name
//! opens the next one, as a family name with the article closes one. It is evidence inside a
//! list a cue announced, never a reason to link a word on its own.

use std::ops::Range;

use super::boundaries::is_compound_end;
use super::discover::{Found, Scan};
use super::lexicon::{
    is_function_or_verb, is_letter, is_listed, is_particle, is_role_word, looks_adjectival,
    looks_prepositional, readings,
};
use super::people::person;
use super::tokens::Sep;

/// Works of a production before the name of who did them (إخراج، مونتاج، تصوير), normalised;
/// any may carry و (وإخراج). بطولة is left out: in sport it is a tournament, often named after
/// someone.
const CREDITS: &[&str] = &[
    "اخراج",
    "اعداد",
    "مونتاج",
    "تصوير",
    "سينوغرافيا",
    "تاليف",
    "الحان",
    "غناء",
    "اشراف",
    "سيناريو",
    "ديكور",
    "تعليق",
    "تصميم",
    "موسيقي",
    // ومن أداء فلان، فلانة: the cast of a play or a song.
    "اداء",
    // تحكيم فلان بمساعدة فلان وفلان: a match's referee and his assistants.
    "تحكيم",
    "مساعده",
];

/// «His saying» after the source a report quotes (نقلت الوكالة عن فلان قوله), normalised.
const SAYING: &[&str] = &["قوله", "قولها", "تاكيده", "تاكيدها"];

/// «According to» before a source (بحسب فلان، حسب فلان), normalised; any may carry و.
const ACCORDING: &[&str] = &["حسب", "بحسب"];

/// The words a rule of this module starts from (see [`super::triggers::is_cue_form`]).
pub(super) const CUE_WORDS: [&[&str]; 4] = [CREDITS, super::each_of::EACH, SAYING, ACCORDING];

/// Most words between «عن» and «قوله» (the name, particles included).
const MAX_QUOTED_SOURCE: usize = 5;

/// Labels of a match sheet's parts without the article (الأهداف: فلان في الدقيقة 20،
/// الإنذارات:، التشكيلة:، الحكام:، البدلاء:), normalised: they announce players or officials,
/// and an article with one is a match report, however few of the report's words it uses.
const SHEET_LABELS: &[&str] = &[
    "اهداف",
    "انذارات",
    "تشكيله",
    "حكام",
    "بدلاء",
    "احتياط",
    "تغييرات",
    "تبديلات",
    "هدافون",
    "طرد",
];

/// First words of a team's name over its line-up (النادي الإفريقي:، المنتخب الوطني:، شباب
/// بلوزداد:), normalised, without the article.
const TEAM_LABELS: &[&str] = &[
    "نادي",
    "فريق",
    "منتخب",
    "اتحاد",
    "شباب",
    "شبيبه",
    "مولوديه",
    "وفاق",
    "اولمبيك",
];

/// «Sporting», which ends a Maghreb club's name (الملعب التونسي الرياضي:), normalised.
const SPORTING: &[&str] = &["الرياضي", "الرياضيه"];

/// Most words of a label before the colon of a match sheet (النادي الصفاقسي:، الإنذارات:).
const MAX_LABEL_WORDS: usize = 3;

/// Fewest names a labelled list must hold, and fewest of them opening with a given name.
const MIN_SHEET_NAMES: usize = 3;
const MIN_SHEET_GIVEN: usize = 2;

/// Most names read in one list.
const MAX_ITEMS: usize = 30;

/// Most words of one name in these lists, particles (بن، عبد) not counted.
const MAX_NAME_WORDS: usize = 3;

pub(super) use super::given_names::is_given_name;

/// A word of [`SHEET_LABELS`], with or without the article.
fn is_sheet_label(word: &str) -> bool {
    SHEET_LABELS.contains(&word.strip_prefix("ال").unwrap_or(word))
}

fn is_credit(word: &str) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 1 && CREDITS.contains(&w.as_ref()))
}

impl Scan<'_> {
    /// The names of a match sheet's list at token `i`, the first word after a short label
    /// and its colon at the start of the paragraph (النجم الساحلي: أيمن المثلوثي أيمن عبد
    /// النور رضوان الفالحي …), in a sports report: the words up to the first that is no
    /// name's, minutes (67د) and parentheses between them, cut into names at given names and
    /// family names with the article. Three names at least, two of them opening with a given
    /// name; a stretch that cannot be cut surely drops the whole list.
    pub(super) fn labelled_sheet(&self, i: usize) -> Vec<Found> {
        let labelled = self.token(i).is_some_and(|t| t.after_colon())
            && (1..=MAX_LABEL_WORDS).contains(&i)
            && (1..i).all(|k| self.tokens()[k].sep == Sep::Space)
            && (0..i).all(|k| self.label_word(k))
            && self.label_announces_players(i);
        if !labelled || !(self.is_sports_report() || self.has_sheet_label()) {
            return Vec::new();
        }
        let mut items = Vec::new();
        for chunk in self.name_chunks(i) {
            let Some(names) = self.cut_into_names(chunk) else {
                return Vec::new();
            };
            items.extend(names);
            if items.len() > MAX_ITEMS {
                return Vec::new();
            }
        }
        let full: Vec<Range<usize>> = items
            .into_iter()
            .filter(|r| self.full_name_words(r) >= 2)
            .collect();
        let given = full
            .iter()
            .filter(|r| is_given_name(self.without_and(r.start)))
            .count();
        if full.len() < MIN_SHEET_NAMES || given < MIN_SHEET_GIVEN || 2 * given < full.len() {
            return Vec::new();
        }
        full.into_iter()
            .map(|r| Found {
                conjoined: self.without_and(r.start).len() < self.tokens()[r.start].norm.len(),
                ..person(r)
            })
            .collect()
    }

    /// The word at token `k` without the conjunction و that joins it to the name before
    /// (ورضوان → رضوان); a name that starts with و (وليد، وائل) is itself.
    pub(super) fn without_and(&self, k: usize) -> &str {
        let w = self.tokens()[k].norm.as_str();
        match w.strip_prefix('و') {
            Some(rest) if !is_given_name(w) && rest.chars().count() >= 2 => rest,
            _ => w,
        }
    }

    /// The source a report quotes, between «عن» and «قوله» at token `i` (ونقلت الوكالة عن فلان
    /// قوله إن …): a full name opening with a common given name fills the gap — the source may
    /// as well be a description (عن شهود عيان قولهم، عن مصدر مطلع قوله).
    pub(super) fn quoted_source(&self, i: usize) -> Option<Found> {
        if !SAYING.contains(&self.tokens()[i].norm.as_str()) {
            return None;
        }
        let from = (i.saturating_sub(MAX_QUOTED_SOURCE + 1)..i.saturating_sub(2))
            .rev()
            .take_while(|&k| (k + 1..=i).all(|m| self.tokens()[m].sep == Sep::Space))
            .find(|&k| ["عن", "وعن"].contains(&self.tokens()[k].norm.as_str()))?;
        // قوله may read as one more name word: the name runs up to it.
        let named = self.name_from(from + 1, crate::load::EntityKind::Person)?;
        let range = from + 1..i;
        let given = is_given_name(&self.tokens()[from + 1].norm) && self.list_word(from + 1);
        (given && named.end >= i && self.plain_full_name(&range)).then(|| person(range))
    }

    /// Two name words or more, and any with the article a name of relation (سامي الحمادي, not
    /// جمال المكان): where only the name's shape says it is one.
    fn plain_full_name(&self, range: &Range<usize>) -> bool {
        self.full_name_words(range) >= 2
            && range.clone().all(|k| {
                let t = &self.tokens()[k];
                !t.article() || is_compound_end(&t.norm) || self.surname_with_article(k)
            })
    }

    /// The source after «بحسب» or «حسب» at token `i` (وبحسب فلان، فإن …): a full name opening
    /// with a common given name — «according to» takes reports and bodies as often (بحسب مصادر
    /// مطلعة) — and ending the clause.
    pub(super) fn according_to(&self, i: usize) -> Option<Found> {
        let according = readings(&self.tokens()[i].norm)
            .iter()
            .any(|(clitic, w)| *clitic <= 2 && ACCORDING.contains(&w.as_ref()));
        let first = self.token(i + 1).filter(|t| t.sep == Sep::Space)?;
        if !according || !is_given_name(&first.norm) || !self.list_word(i + 1) {
            return None;
        }
        let range = self.name_from(i + 1, crate::load::EntityKind::Person)?;
        let ends = self.token(range.end).is_none_or(|t| t.sep == Sep::Break);
        (ends && self.plain_full_name(&range)).then(|| person(range))
    }

    /// Token `k` carries و before a word that is no common given name (وتلا القرآن، وأكد):
    /// at a clause's start that is «and» and a verb more often than a name.
    pub(super) fn and_before_no_given_name(&self, k: usize) -> bool {
        let w = self.tokens()[k].norm.as_str();
        w.starts_with('و') && !is_given_name(w) && !is_given_name(self.without_and(k))
    }

    /// Token `k` is a preposition that carries the clause on after a list (مع، في، على، من،
    /// عن، بعد، خلال), or the negation of its verb (الفرص التي أتيحت لفلان وفلان وفلان لم
    /// تستغل): the list has ended.
    pub(super) fn clause_goes_on_at(&self, k: usize) -> bool {
        self.token(k).is_some_and(|t| {
            ["مع", "في", "علي", "من", "عن", "بعد", "خلال", "لم", "لن"].contains(&t.norm.as_str())
        })
    }

    /// The people credited after a work of a production at token `i` (مونتاج أيمن محفوظ،
    /// وتصميم وإخراج سالي أحمد، تصوير محمد فاروق، مايكل سعيد، بمساعدة فلان وفلان): each a name
    /// of two or three words opening with a given name (see [`Scan::credited_name`]); the names
    /// after it set off by commas, or joined by و, go on the same work.
    pub(super) fn credited(&self, i: usize) -> Vec<Found> {
        if !is_credit(&self.tokens()[i].norm) {
            return Vec::new();
        }
        // وتصميم وإخراج، بطولة الفنانة: further works and a title before the name.
        let mut j = i + 1;
        while self.token(j).is_some_and(|t| {
            t.sep == Sep::Space && (is_credit(&t.norm) || (t.article() && is_role_word(&t.norm)))
        }) {
            j += 1;
        }
        if self.token(j).is_none_or(|t| t.sep != Sep::Space) {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut start = j;
        let mut conjoined = false;
        while out.len() < MAX_ITEMS
            && let Some(name) = self.credited_name(start, conjoined)
        {
            start = name.end;
            out.push(Found {
                conjoined,
                ..person(name)
            });
            let Some(next) = self.token(start) else {
                break;
            };
            conjoined = next.sep == Sep::Space && next.norm.starts_with('و');
            if !next.comma() && !conjoined {
                break;
            }
        }
        out
    }

    /// A credited name at token `j` (after its و when `conjoined`): a given name, then name
    /// words — a family name with the article closes it — two or three in all, then a clear
    /// end: punctuation, a word in و, a title or a preposition's phrase (بمساعدة).
    fn credited_name(&self, j: usize, conjoined: bool) -> Option<Range<usize>> {
        let first = self.token(j)?;
        let given = if conjoined {
            first.norm.strip_prefix('و').is_some_and(is_given_name)
        } else {
            is_given_name(&first.norm) && self.list_word(j)
        };
        if !given || first.mention.is_some() {
            return None;
        }
        let mut end = j + 1;
        while self.full_name_words(&(j..end)) < MAX_NAME_WORDS {
            let Some(t) = self.token(end).filter(|t| t.sep == Sep::Space) else {
                break;
            };
            let prev = &self.tokens()[end - 1];
            let after_particle = end - 1 > j && is_particle(&self.tokens()[end - 2].norm);
            if prev.article() && !is_compound_end(&prev.norm) && !after_particle {
                break;
            }
            let fits = self.list_word(end)
                && !t.norm.starts_with('و')
                && (is_particle(&t.norm)
                    || is_given_name(&t.norm)
                    || (after_particle || is_particle(&prev.norm))
                    || if t.article() {
                        self.surname_with_article(end)
                    } else {
                        // تعليق خالد هلال: a surname another article writes as a common noun
                        // (الهلال) is still the family name right after the given name.
                        self.name_word(end) || self.family_name_after_given(j, end)
                    });
            if !fits {
                break;
            }
            end += 1;
        }
        let range = j..end;
        let ends = self.token(end).is_none_or(|t| {
            t.sep != Sep::Space
                || t.norm.starts_with('و')
                || is_role_word(&t.norm)
                || looks_prepositional(&t.norm)
                // من إخراج محمد خان بعد مشاركته: a preposition opens the next phrase.
                || ["بعد", "قبل", "في", "عن", "مع", "من", "الذي", "التي"].contains(&t.norm.as_str())
        });
        ((2..=MAX_NAME_WORDS).contains(&self.full_name_words(&range)) && ends).then_some(range)
    }

    /// Token `k`, with the article, may be a family name after a credited given name: a name
    /// of relation in ي (الخولي، الجديدي), never a word of the lists or an adjective. Any other
    /// definite word is what the work shows (تصوير جمال المكان، تصوير نور الشمس).
    fn surname_with_article(&self, k: usize) -> bool {
        let t = &self.tokens()[k];
        t.norm.ends_with('ي') && !looks_adjectival(&t.norm) && !is_listed(&t.norm)
    }

    /// A paragraph of the article opens with a label of a match sheet and its colon.
    fn has_sheet_label(&self) -> bool {
        self.article.iter().any(|run| {
            run.tokens.first().is_some_and(|t| is_sheet_label(&t.norm))
                && run.tokens.get(1).is_some_and(|t| t.after_colon())
        })
    }

    /// The label before token `i` announces people: a part of a match sheet (الأهداف،
    /// التشكيلة), or a team — a known body (النجم الساحلي), a team's first word (النادي،
    /// المنتخب) or a Maghreb club's «sporting» (الترجي الرياضي). Another label (الملاحظات:،
    /// أبرز اللقطات:) is followed by what happened, not by names.
    fn label_announces_players(&self, i: usize) -> bool {
        let label = &self.tokens()[..i];
        let bare = |w: &str| w.strip_prefix("ال").unwrap_or(w).to_string();
        let team_first = label
            .first()
            .is_some_and(|t| TEAM_LABELS.contains(&bare(&t.norm).as_str()));
        let sporting = label
            .last()
            .is_some_and(|t| SPORTING.contains(&t.norm.as_str()));
        team_first
            || sporting
            || label.iter().any(|t| {
                is_sheet_label(&t.norm) || t.mention == Some(crate::load::EntityKind::Organization)
            })
    }

    /// Token `k` is a word a label may hold: letters, no function word or verb.
    fn label_word(&self, k: usize) -> bool {
        let t = &self.tokens()[k];
        t.norm.chars().all(is_letter) && !is_function_or_verb(&t.norm)
    }

    /// Token `k` may be a word of a listed name: letters only, no mention, and not a word of
    /// the built-in lists (a function word, verb, title or common noun).
    fn list_word(&self, k: usize) -> bool {
        let t = &self.tokens()[k];
        // علي spelt with ي is the name, not the preposition على.
        let listed = !t.homograph_name() && (is_listed(&t.norm) || is_function_or_verb(&t.norm));
        t.mention.is_none() && t.norm.chars().all(is_letter) && !listed && !is_role_word(&t.norm)
    }

    /// The stretches of name words from token `i` joined by spaces, split at punctuation and
    /// at minutes (هاشم عباس 67د); they end at the first other word.
    fn name_chunks(&self, i: usize) -> Vec<Range<usize>> {
        let minute = |k: usize| self.tokens()[k].norm.chars().any(char::is_numeric);
        let mut chunks = Vec::new();
        let mut start = i;
        let mut k = i;
        while k < self.tokens().len() {
            let t = &self.tokens()[k];
            if k > start && t.sep != Sep::Space {
                chunks.push(start..k);
                start = k;
            }
            if minute(k) {
                if k > start {
                    chunks.push(start..k);
                }
                start = k + 1;
            } else if !self.list_word(k) {
                break;
            }
            k += 1;
        }
        if k > start {
            chunks.push(start..k);
        }
        chunks
    }

    /// Cuts a stretch of name words into names: a family name with the article closes one
    /// (أيمن المثلوثي | إيفرسون بيريرا), a given name after two words of a name opens the next
    /// (كريم بن عمر | هيثم مرابط), and four bare words no given name cuts are two names of
    /// two. `None` when a name would run longer: the stretch is no list of names.
    fn cut_into_names(&self, chunk: Range<usize>) -> Option<Vec<Range<usize>>> {
        let mut names = Vec::new();
        let mut start = chunk.start;
        for k in chunk.start + 1..chunk.end {
            let prev = &self.tokens()[k - 1].norm;
            let after_particle = k - 1 > start && is_particle(&self.tokens()[k - 2].norm);
            let closed =
                self.tokens()[k - 1].article() && !is_compound_end(prev) && !after_particle;
            let w = self.tokens()[k].norm.as_str();
            // ورضوان العباسي: و joins the next name to the list.
            let joined = self.without_and(k) != w && is_given_name(self.without_and(k));
            let opens = joined
                || (is_given_name(w)
                    && !is_particle(prev)
                    && self.full_name_words(&(start..k)) >= 2);
            if closed || opens {
                names.push(start..k);
                start = k;
            }
        }
        names.push(start..chunk.end);
        let mut out = Vec::new();
        for name in names {
            let words = self.full_name_words(&name);
            let bare = name.clone().all(|k| !is_particle(&self.tokens()[k].norm));
            if words == 2 * 2 && bare {
                out.push(name.start..name.start + 2);
                out.push(name.start + 2..name.end);
            } else if words > MAX_NAME_WORDS {
                return None;
            } else {
                out.push(name);
            }
        }
        Some(out)
    }
}

#[cfg(test)]
#[path = "name_lists_tests.rs"]
mod tests;
