//! Common given and family names (`data/names/`, from egy-names: docs/names.md) as evidence
//! that a cue's name has been read whole: «وأكد خالد العمري على ضرورة …» names خالد العمري
//! though «على» is no end the verb's rule knows, because خالد is a common given name and
//! العمري reads as a family name. The lists never make a word a name on their own: a verb of
//! saying or a person already named must announce it.

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use super::discover::{Found, Scan};
use super::lexicon::{
    is_definite, is_function_or_verb, is_letter, is_listed, is_particle, is_role_word,
};
use super::people::{after_subject, person};
use super::tokens::Sep;
use super::triggers::trigger_at;
use super::word_lists::{is_function_word, is_time_word};
use crate::load::EntityKind;
use crate::text::normalize::normalize_name;

pub(super) const GIVEN_NAMES: &str = include_str!("../../data/names/given.txt");
const FAMILY_NAMES: &str = include_str!("../../data/names/family.txt");
/// Words in ي that Arabic writes often on their own (وطني، عسكري، إقليمي), from wordfreq
/// (`scripts/names/common_words.py`): with the article after a given name, an adjective.
const COMMON_IN_YA: &str = include_str!("../../data/names/common_in_ya.txt");

/// The names of a list file, normalised: every line but comments and class headers.
fn names_of(file: &str) -> HashSet<String> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(normalize_name)
        .collect()
}

/// The given names of [`GIVEN_NAMES`], every class.
static GIVEN: LazyLock<HashSet<String>> = LazyLock::new(|| names_of(GIVEN_NAMES));

/// The family names of [`FAMILY_NAMES`].
static FAMILY: LazyLock<HashSet<String>> = LazyLock::new(|| names_of(FAMILY_NAMES));

/// Second words of compound given names (normalised): «أحمد جمال الدين» goes on past جمال.
const COMPOUND_ENDS: &[&str] = &["الدين", "الله", "الاسلام"];

/// Given names that are months (normalised): «رمضان الكريم، رمضان مبارك» is the month.
const MONTH_GIVEN_NAMES: &[&str] = &["رمضان"];

/// Kunyas before a child's name (normalised): «أم محمد الخطيب» names the mother.
const KUNYAS: &[&str] = &["ام", "ابي", "ابو", "ابن", "بنت"];

/// Kinds of venue, event and work named after someone (normalised), besides the kinds
/// [`Scan::names_a_venue_before`] knows: a name after them is theirs (صالة سعيد الغامدي،
/// محطة محمد نجيب، منحة خالد العتيبي، فيلم ناجي العلي), not a mention of the person.
const NAMED_FOR_SOMEONE: &[&str] = &[
    "صاله",
    "مسرح",
    "مدرج",
    "محطه",
    "سوق",
    "مهرجان",
    "منحه",
    "دوره",
    "مسابقه",
    "صيدليه",
    "مطعم",
    "قريه",
    "ساحه",
    "نفق",
    "ثانويه",
    "متوسطه",
    "فيلم",
    "مسلسل",
    "كاس",
    "بطوله",
    "مكتبه",
    "مخبز",
    "عياده",
    "مختبر",
    "حديقه",
    "منتزه",
    "روضه",
    "مقهي",
    "فندق",
    "برج",
    "عماره",
];

/// The words of [`COMMON_IN_YA`], normalised.
static COMMON_ADJECTIVE: LazyLock<HashSet<String>> = LazyLock::new(|| names_of(COMMON_IN_YA));

/// An indefinite adjective of relation Arabic writes often on its own, masculine or feminine
/// (خيري، خيرية، أجنبية، قضائية، سكني), and no given name (سامي، زكية): right after a body's
/// head it says what kind of body is meant (مؤسسة خيرية كبرى، شركة أجنبية), not its name.
/// The feminine is judged as written: خيري is a given name, خيرية an adjective.
pub(super) fn is_common_adjective_of_relation(word: &str) -> bool {
    let stem = word
        .strip_suffix('ه')
        .filter(|s| s.ends_with('ي'))
        .unwrap_or(word);
    COMMON_ADJECTIVE.contains(stem) && !is_given_name(word)
}

/// A word that opens a name: a common given name, or one written with عبد joined (عبدالله،
/// عبدالرزاق).
pub(crate) fn is_given_name(word: &str) -> bool {
    GIVEN.contains(word) || (word.starts_with("عبد") && word.chars().count() >= 6)
}

/// Given names news writes far more often as ordinary words (عيد، جمعة، عطية، صباح), from
/// `scripts/names/egy_names.py`'s reviewed ORDINARY set: read as names only after a title and
/// before or after a name (see [`Scan::ordinary_given_name_at`]).
const ORDINARY_GIVEN_NAMES: &str = include_str!("../../data/names/ordinary_given.txt");

/// The words of [`ORDINARY_GIVEN_NAMES`], normalised.
static ORDINARY_GIVEN: LazyLock<HashSet<String>> = LazyLock::new(|| names_of(ORDINARY_GIVEN_NAMES));

/// A given name news writes far more often as an ordinary word (عيد، جمعة), normalised.
pub(super) fn is_ordinary_given_name(word: &str) -> bool {
    ORDINARY_GIVEN.contains(word)
}

/// A common family name of the source (البدوي، الشافعي، حجازي).
pub(super) fn is_common_family_name(word: &str) -> bool {
    FAMILY.contains(word)
}

/// Verbs of demanding and appealing before their subject (طالب فلان بـ، ناشدت فلانة),
/// normalised: a subject read only with the lists' evidence ([`Scan::demanded_by`]), since
/// طالب is «a student» too.
pub(super) const DEMANDING: &[&str] = &["طالب", "طالبت", "يطالب", "تطالب", "ناشد", "ناشدت"];

/// Token `word` is a verb of [`DEMANDING`], with و or ف perhaps.
pub(super) fn is_demanding(word: &str) -> bool {
    super::lexicon::readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 1 && DEMANDING.contains(&w.as_ref()))
}

/// «That» after a speech verb's subject (قال الوزير فلان إن، أكد فلان أنه، أوضح بأن),
/// normalised: what follows is the report, so the name before it is complete.
const REPORTED_THAT: &[&str] = &["ان", "انه", "انها", "بان", "بانه", "بانها"];

impl Scan<'_> {
    /// The subject right after a verb of demanding at token `i` (وطالب حسن البدوي بضرورة …):
    /// a common given name and a family name, read whole.
    pub(super) fn demanded_by(&self, i: usize) -> Option<Found> {
        self.token(i + 1).filter(|t| t.sep == Sep::Space)?;
        self.given_and_family_name_at(i + 1).map(person)
    }

    /// A common given name at token `j` and a family name after it, perhaps a father's given
    /// name between (خالد العمري، أحمد محمد الزعبي), read whole: the word after it neither
    /// goes on with the name nor is a word the lists call a name. None when the end is in
    /// doubt — precision first, every false link is a wrong page.
    pub(super) fn given_and_family_name_at(&self, j: usize) -> Option<Range<usize>> {
        if !self.listed_given_name_at(j) || trigger_at(self.tokens(), j).is_some() {
            return None;
        }
        self.family_name_after(j, j + 1)
    }

    /// A common given name and a family name at token `i` with no title, verb or list to
    /// announce them (وحضر اللقاء ماجد الزغلامي ونواف العتيبي): read whole as
    /// [`Self::given_and_family_name_at`] reads a subject, when the family name is no word
    /// Arabic writes often on its own ([`COMMON_IN_YA`]: «أمل الوطني» is a national hope) nor
    /// God's name (نصر الله، رضا الله), the given name no month (رمضان الكريم), the name
    /// surely opens at the given name ([`Self::opens_an_unannounced_name`]) and surely ends
    /// after the family name: no compound's second word, given name or family name follows
    /// across a space (أحمد جمال | الدين، محمد أحمد حسن | الشمري; not لمس عماد الرايحي |
    /// الكرة). Why: no cue announces most names in news
    /// (a list of board members, a goal scorer, a guest), and a given name with a rare family
    /// name is a person far more often than anything else; where the name's ends are in doubt
    /// nothing is read rather than a name cut short.
    pub(super) fn unannounced_full_name_at(&self, i: usize) -> Option<Found> {
        let t = self.token(i).filter(|t| t.sep != Sep::Quote)?;
        // Asked at every word: the look-up of the given name first. With و (أمين الحربي
        // وسعيد الكعبي) the name is the next item of what comes before, whatever that is.
        let and_given = !is_given_name(&t.norm)
            && t.norm
                .strip_prefix('و')
                .is_some_and(|rest| is_given_name(rest) && !MONTH_GIVEN_NAMES.contains(&rest));
        let abd = self.separate_abd_given_name_at(i);
        if !(is_given_name(&t.norm) || and_given || abd)
            || MONTH_GIVEN_NAMES.contains(&t.norm.as_str())
            || (!and_given && !self.opens_an_unannounced_name(i))
        {
            return None;
        }
        let found = if and_given {
            self.conjoined_given_and_family_name_at(i)?
        } else if abd {
            person(self.family_name_after(i, i + 2)?)
        } else {
            person(self.given_and_family_name_at(i)?)
        };
        let range = found.tokens.clone();
        if self.tokens()[range.start + 1..range.end]
            .iter()
            .any(|w| w.norm == "الله")
        {
            return None;
        }
        let goes_on = self.token(range.end).is_some_and(|n| {
            n.sep == Sep::Space
                && !n.norm.starts_with('و')
                && (COMPOUND_ENDS.contains(&n.norm.as_str())
                    || is_given_name(&n.norm)
                    || (n.article() && self.lex.is_family_name_word(&n.norm)))
                // نعمة الصباغ الذي …: a relative pronoun, not a name's word.
                && !is_function_or_verb(&n.norm)
        });
        let last = &self.tokens()[range.end - 1];
        let adjective = last.article()
            && last
                .norm
                .strip_prefix("ال")
                .is_some_and(|stem| COMMON_ADJECTIVE.contains(stem) && !is_given_name(stem));
        (!adjective && !goes_on).then_some(found)
    }

    /// Tokens `i` and `i + 1` are a compound given name written in two words (عبد العزيز،
    /// عبد الرزاق), one the lists hold written as one (عبدالعزيز): Arabic news writes it both
    /// ways, and only the joined one was read without a cue.
    fn separate_abd_given_name_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| t.norm == "عبد")
            && self.joined(i + 1)
            && self.divine_name_after_abd(i + 1)
            && self.tokens()[i + 1].article()
            && is_given_name(&format!("عبد{}", self.tokens()[i + 1].norm))
    }

    /// The family name, or a father's and a family name, from token `j` after a given name
    /// that opens at token `i` (عبد الرزاق | البستاني، عبد العزيز | محمد الشمري): the whole
    /// name, unless more of a name follows.
    fn family_name_after(&self, i: usize, j: usize) -> Option<Range<usize>> {
        let father =
            self.joined(j) && self.listed_given_name_at(j) && self.family_name_word_at(j + 1);
        let end = if father {
            j + 2
        } else if self.family_name_word_at(j) {
            j + 1
        } else {
            return None;
        };
        (!self.name_goes_on_at(end)).then_some(i..end)
    }

    /// Token `i` opens a name no cue announces: the run starts there, or punctuation stands
    /// before it, or a word that is neither part of a name (a particle, a given name, a
    /// person, عبد's second word: عبد الله | سعيد الكعبي; a kunya: أم محمد الخطيب) nor a kind
    /// of place, venue or work named after someone (صالة، محطة، منحة، مهرجان، فيلم …). A bare
    /// word no list knows may stand before it: a verb or a noun (لمس عماد الرايحي، أبناء باسم
    /// السبكي) far more often than a given name the lists lack (كنان | سعيد الشيباني).
    fn opens_an_unannounced_name(&self, i: usize) -> bool {
        if i == 0 || self.tokens()[i].sep != Sep::Space {
            return true;
        }
        let before = &self.tokens()[i - 1];
        let stem = before.norm.strip_prefix('و').unwrap_or(&before.norm);
        let after_abd = i >= 2 && self.tokens()[i - 2].norm == "عبد" && before.article();
        !(self.is_particle_at(i - 1)
            || is_given_name(&before.norm)
            || before.mention == Some(crate::load::EntityKind::Person)
            || before.norm == "الله"
            || after_abd
            || KUNYAS.contains(&stem)
            || NAMED_FOR_SOMEONE.contains(&stem)
            || self.names_a_venue_before(i))
    }

    /// A given name that is also an ordinary word (صباح «morning», عيد «feast») and a family
    /// name after it, right after a title (ولي العهد الشيخ صباح الخالد، المهندس عيد العتيبي):
    /// read only there, where a name is announced, since «صباح الأحد» is the morning (its
    /// second word is no family name). Why: whether the site's own text writes such a word as
    /// a name word depends on what else it writes (العيد in another article made عيد an
    /// ordinary word), so a name read right on a small site was lost as the site grew.
    pub(super) fn ordinary_given_name_at(&self, j: usize) -> Option<Range<usize>> {
        (self.ordinary_given_at(j)
            && self.family_name_word_at(j + 1)
            && !self.name_goes_on_at(j + 2))
        .then_some(j..j + 2)
    }

    /// A common given name and, as the father's or family name, a given name that is also an
    /// ordinary word (الوزير أحمد عيد، النائب فاطمة عوض), right after a title: with a family
    /// name after both (أحمد عيد العتيبي), or ending the clause (no noun phrase goes on: «سلطان
    /// عودة الطلاب» is a return). For the reason of [`Self::ordinary_given_name_at`]. Not علي
    /// (Egypt's على: أكد المحافظ علي عودة الحياة), nor a time word second (الأمير خالد صباح
    /// اليوم: the morning).
    pub(super) fn given_and_ordinary_name_at(&self, j: usize) -> Option<Range<usize>> {
        let given = self.listed_given_name_at(j) && !is_function_or_verb(&self.tokens()[j].norm);
        if given && self.preposition_as_father_s_name_at(j + 1) {
            return (!self.name_goes_on_at(j + 3)).then_some(j..j + 3);
        }
        let opens =
            given && self.ordinary_given_at(j + 1) && !is_time_word(&self.tokens()[j + 1].norm);
        if !opens {
            return None;
        }
        // علوان شرف الدين: the ordinary word opens a compound (شرف الدين), read whole elsewhere.
        if self
            .token(j + 2)
            .is_some_and(|t| t.sep == Sep::Space && COMPOUND_ENDS.contains(&t.norm.as_str()))
        {
            return None;
        }
        if self.family_name_word_at(j + 2) {
            return (!self.name_goes_on_at(j + 3)).then_some(j..j + 3);
        }
        self.name_clause_ends_at(j + 2).then_some(j..j + 2)
    }

    /// Token `i` is a given name that is also a preposition (خلف «behind») between a given
    /// name and a family name with the article (مدير صحة البصرة عباس خلف التميمي): a father's
    /// name, since «behind» would govern a noun, and a family name is none. Not before a
    /// country's demonym (اللاعب محمد خلف السعودي): «behind the Saudi» reads as well.
    fn preposition_as_father_s_name_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.sep == Sep::Space
                && t.mention.is_none()
                && is_ordinary_given_name(&t.norm)
                && is_function_word(&t.norm)
        }) && self
            .token(i + 1)
            .is_some_and(|t| t.article() && !self.lex.is_place_demonym(&t.norm))
            && self.family_name_word_at(i + 1)
    }

    /// The name's clause ends before token `i`: nothing follows across a space but the next
    /// title in و (… مهند العاني ونائب رئيس الجامعة) or the «that» a speech verb's report
    /// opens with (قال رئيس مجلس النواب مازن القاضي إن …), which no object noun takes.
    fn name_clause_ends_at(&self, i: usize) -> bool {
        self.token(i).is_none_or(|n| {
            n.sep != Sep::Space
                || REPORTED_THAT.contains(&n.norm.as_str())
                || (n.norm.starts_with('و')
                    && trigger_at(self.tokens(), i).is_some_and(|t| t.kind == EntityKind::Person))
        })
    }

    /// A common given name and a family name right after a title, the name ending the clause
    /// or followed by the next title in و (ووزير الحكم المحلي مجدي الصالح، والرئيس التنفيذي
    /// مهند العاني ونائب …): the family name is read by its shape alone — a bare word shaped
    /// like a name, or with the article a given name's or one of relation in ي that is no
    /// common adjective, listed word or demonym — not by what else the site writes (الصالحة
    /// «fit», «عاني كثيرا» in other articles). Why: the site's vocabulary grows with the site,
    /// and a name read on a small one was lost on a larger one.
    pub(super) fn titled_given_and_family_name_at(&self, j: usize) -> Option<Range<usize>> {
        // Not علي, which Egypt writes for على (أكد الوزير علي ضرورة …).
        if !(self.listed_given_name_at(j)
            && self.joined(j + 1)
            && !is_function_or_verb(&self.tokens()[j].norm))
        {
            return None;
        }
        let family = self.token(j + 1)?;
        // A title after the given name opens the next person's name (الوزير أحمد | المستشار
        // فلان) or is the verb's object (استقبل الأمير فيصل السفيرَ.), unless a speech verb's
        // «that» follows it: then it is the family's (قال … مازن القاضي إن).
        let title_ending_the_clause = family.article()
            && trigger_at(self.tokens(), j + 1)
                .is_some_and(|t| t.kind == EntityKind::Person && t.len == 1)
            && self
                .token(j + 2)
                .is_some_and(|n| n.sep == Sep::Space && REPORTED_THAT.contains(&n.norm.as_str()));
        if family.mention.is_some()
            || (trigger_at(self.tokens(), j + 1).is_some() && !title_ending_the_clause)
        {
            return None;
        }
        let shaped = if family.article() {
            // A family name with the article is a given name's (الصالح) or one of relation in
            // ي that Arabic does not write often on its own (العاني; not الرسمي): an object
            // ending the clause (الحضور، الاتفاق، الأبطال) is neither.
            let w = family.norm.as_str();
            w.strip_prefix("ال").is_some_and(|stem| {
                stem.chars().count() >= 3
                    && stem.chars().all(is_letter)
                    && (is_given_name(stem)
                        || is_common_family_name(w)
                        || (stem.ends_with('ي') && !COMMON_ADJECTIVE.contains(stem)))
            }) && !family.tanween()
                && !is_listed(w)
                && !self.lex.is_registered(w)
        } else {
            self.given_name_shape(j + 1)
        };
        (shaped && self.name_clause_ends_at(j + 2)).then_some(j..j + 2)
    }

    /// Token `i` is a given name of [`ORDINARY_GIVEN`] across a space, bare, and no word of
    /// the lists but a time word (صباح) nor of the registry (والي is a governor, سعودي a
    /// demonym).
    fn ordinary_given_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.sep == Sep::Space
                && !t.article()
                && t.mention.is_none()
                && !t.tanween()
                && is_ordinary_given_name(&t.norm)
                && (!is_listed(&t.norm) || is_time_word(&t.norm))
                && !is_function_or_verb(&t.norm)
                && !self.lex.is_registered(&t.norm)
        })
    }

    /// The same after و, which joins it to a person just named (الدكتور أحمد الزعبي ومحمود
    /// العلي): the rest of token `i` is the given name.
    pub(super) fn conjoined_given_and_family_name_at(&self, i: usize) -> Option<Found> {
        let t = self
            .token(i)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none() && !t.tanween() && !t.cue())?;
        let rest = t.norm.strip_prefix('و')?;
        // وزير، وسام: a listed word as written is itself, not و + a name.
        if is_listed(&t.norm) || !is_given_name(rest) || is_function_or_verb(rest) {
            return None;
        }
        let end = if self.family_name_word_at(i + 1) {
            i + 2
        } else {
            return None;
        };
        (!self.name_goes_on_at(end)).then(|| Found {
            conjoined: true,
            ..person(i..end)
        })
    }

    /// Token `i` reads as a family name after a given name: letters only, no listed, role,
    /// function or time word, no particle, verb, accusative or other entity; and a family
    /// name of the list, a given name (a father's: محمد صلاح، طارق منصور), or with the article
    /// a given name's (العلي، المسعود) or an adjective of relation in ي that names no place
    /// the site knows and is no broken plural (العمري، الزعبي; not المصري، الأهالي). Not the
    /// site's vocabulary alone: a small site has not yet written الحكومة or الأطراف bare.
    pub(super) fn family_name_word_at(&self, i: usize) -> bool {
        let Some(t) = self
            .token(i)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none() && !t.tanween())
        else {
            return false;
        };
        let w = t.norm.as_str();
        let plain = w.chars().count() >= 3
            && w.chars().all(is_letter)
            && !is_listed(w)
            && !is_particle(w)
            && !is_role_word(w)
            && (t.homograph_name() || !is_function_or_verb(w))
            && !after_subject(w)
            && trigger_at(self.tokens(), i).is_none()
            && !self.accusative_at(i)
            && !self.prepositional_at(i);
        if !plain || is_common_family_name(w) {
            return plain;
        }
        let Some(stem) = w.strip_prefix("ال").filter(|_| t.article()) else {
            return self.given_name_shape(i) && is_given_name(w);
        };
        if !is_definite(w) || stem.chars().count() < 3 {
            return false;
        }
        (is_given_name(stem) && self.lex.is_family_name_word(w))
            || (stem.ends_with('ي')
                && !is_broken_plural_in_i(stem)
                && !self.names_a_place(w, stem)
                && !self.adjective_written_bare(stem))
    }

    /// Definite `word` (`stem` without its article) is a registered demonym or an adjective
    /// of relation to a registered place (المصري، اللبناني): a place's, not a family's. Only
    /// places count: a discovered person's given name (عمر of عمر حداد) makes العمري no
    /// adjective.
    fn names_a_place(&self, word: &str, stem: &str) -> bool {
        let base = stem.strip_suffix('ي').unwrap_or(stem);
        self.lex.is_registered(word)
            || [
                base.to_string(),
                format!("{base}ا"),
                format!("{base}يا"),
                format!("ال{base}"),
                format!("ال{base}يه"),
            ]
            .iter()
            .any(|n| self.lex.is_registered_place(n))
    }

    /// The site writes `stem` (the word without its article) bare, and not as a name: an
    /// adjective (حكومي beside الحكومي), not a given name (علي beside العلي).
    fn adjective_written_bare(&self, stem: &str) -> bool {
        self.lex.seen(stem) && !is_given_name(stem) && !self.lex.is_bare_name_word(stem)
    }

    /// The word at `end` would go on with a name that ends before it: a name word, a
    /// particle (عبد، بن), a given name or a family name of the list, across a space; not
    /// a word in و, which opens the next item.
    fn name_goes_on_at(&self, end: usize) -> bool {
        self.token(end).is_some_and(|t| {
            // وسامر الخطيب: a word in و after a full name is the next item, not more of it.
            let next_item = t.norm.starts_with('و') && !is_given_name(&t.norm);
            t.sep == Sep::Space
                && !next_item
                && (self.name_word(end)
                    || is_particle(&t.norm)
                    // على: the preposition normalises to the name علي.
                    || (is_given_name(&t.norm) && (t.homograph_name() || !is_function_or_verb(&t.norm)))
                    || is_common_family_name(&t.norm))
        })
    }
}

/// A broken plural ending in ي, أفاعل or مفاعل (أهالي، أراضي، مباني، أغاني), not an adjective
/// of relation: five letters with ا third.
pub(super) fn is_broken_plural_in_i(stem: &str) -> bool {
    let letters: Vec<char> = stem.chars().collect();
    letters.len() == 5 && letters[2] == 'ا'
}

#[cfg(test)]
#[path = "given_names_tests.rs"]
mod tests;
