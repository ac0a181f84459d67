//! People named without a title before them: the subject of a verb of saying (وكتب رالف
//! فوغل في مقالة، أكدت حنان بلخي، حرص …), a name with its title after a comma (جون سميث، مدير
//! البرنامج), an appointee before the office; the full names of a list (بينهم: ليلى علوي،
//! محمود حميدة، أحمد مجدي …) are read in `people_lists.rs`. All want a full name — two name
//! words at least, none of them a word the site uses as an ordinary one — and a clear end
//! after it.

use super::discover::{Found, Scan};
use super::lexicon::{
    is_definite, is_function_or_verb, is_letter, is_listed, is_role_word, readings,
};
use super::speech::SPEECH_VERBS;
pub(super) use super::speech::is_speech_verb;
use super::tokens::Sep;
use super::triggers::trigger_at;
use super::word_shapes::looks_like_verb_with_object;
use crate::load::EntityKind;

/// Words after which a list of people follows (ضمّ، بينهم، منهم، أمثال), normalised.
const LIST_CUES: &[&str] = &[
    "ضم",
    "ضمت",
    "يضم",
    "تضم",
    "بينهم",
    "بينهن",
    "منهم",
    "منهن",
    "امثال",
    "ابرزهم",
    "وهم",
];

/// Verbs and verbal nouns of electing and appointing (انتخب، تم انتخاب، بتعيين), normalised,
/// after which a name and the office in the accusative follow (انتخاب مهدي محسن ياغي نائبا
/// لرئيس البلدية، عيّن فلان وزيرا).
const APPOINTING: &[&str] = &[
    "انتخاب",
    "انتخب",
    "تعيين",
    "عين",
    "اختيار",
    "اختار",
    "تسميه",
    "سمي",
    // إعفاء فلان – المدير التنفيذي: a dismissal lists names as an appointment does.
    "اعفاء",
];

/// Words that may follow a name right after a verb of saying: where, when, what was said (في
/// مقالة، خلال اللقاء، إن …).
const AFTER_SUBJECT: &[&str] = &[
    "في",
    "خلال",
    "ان",
    "انه",
    "انها",
    "امام",
    "عبر",
    "لدي",
    "امس",
    "اليوم",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
];

/// Whether `word` (normalised) may follow a name right after a verb of saying: one of
/// [`AFTER_SUBJECT`], or a preposition of place or time after و (وفي الدقيقة 32، وخلال
/// اللقاء), which opens the next phrase.
pub(super) fn after_subject(word: &str) -> bool {
    AFTER_SUBJECT.contains(&word)
        || word
            .strip_prefix('و')
            .is_some_and(|w| ["في", "خلال", "امام", "عبر"].contains(&w))
}

/// The words a rule of this module starts from (see [`super::triggers::is_cue_form`]): the
/// tables the rules themselves read, so that a word added to one is a cue too.
pub(super) const CUE_WORDS: [&[&str]; 9] = [
    SPEECH_VERBS,
    super::given_names::DEMANDING,
    LIST_CUES,
    APPOINTING,
    DEPUTY_PRONOUNS,
    BY_WAY_OF,
    super::players::SCORING_VERBS,
    super::players::LEADING_WORDS,
    super::players::INSTEAD,
];

/// عنه/عنها of «وينوب عنه»: the deputy's name follows ([`Scan::deputy_at`]).
const DEPUTY_PRONOUNS: &[&str] = &["عنه", "عنها"];

/// عبر, and طريق of «عن طريق»: a scorer's name follows ([`Scan::by_way_of_at`]).
const BY_WAY_OF: &[&str] = &[VIA, WAY];
pub(super) const VIA: &str = "عبر";
pub(super) const WAY: &str = "طريق";

/// Most words of a name before a title in apposition.
const MAX_WORDS_BEFORE_TITLE: usize = 4;

/// Most items read in one list.
pub(super) const MAX_LIST_ITEMS: usize = 30;

pub(super) fn is_appointing(word: &str) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 2 && APPOINTING.contains(&w.as_ref()))
}

fn is_list_cue(word: &str) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 1 && LIST_CUES.contains(&w.as_ref()))
}

use super::players::is_leading_word;
pub(super) use super::players::is_scoring_verb;

impl Scan<'_> {
    /// Every person this run names without a title: after a verb of saying, and in lists.
    pub(super) fn people_without_titles(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let sports = std::cell::OnceCell::new();
        for i in 0..self.tokens().len() {
            let t = &self.tokens()[i];
            if t.sep == Sep::Break && !t.comma() {
                out.extend(self.appointed_in_a_list(i));
                out.extend(self.unannounced_list(i));
                out.extend(self.named_before_office(i));
                out.extend(self.line_up(i));
                out.extend(self.labelled_sheet(i));
            } else if t.norm.starts_with('و') && self.appointing_before(i) {
                out.extend(self.next_appointee(i));
            }
            if t.sep == Sep::Break && !out.iter().any(|f| f.tokens.start == i) {
                out.extend(self.appointee_before_office(i));
            }
            out.extend(self.named_before_construct_title(i));
            if t.cue() {
                out.extend(self.representative_before(i));
            }
            // A chain another rule read already (a list after its cue) is one sighting.
            if !out.iter().any(|f| f.tokens.end > i && f.tokens.start <= i) {
                out.extend(self.chain_of_given_names(i));
            }
            if t.mention == Some(EntityKind::Place) {
                out.extend(self.office_holder_of_listed_country(i));
            }
            if self.demonym_as_noun_at(i) {
                if sports.get_or_init(|| self.is_sports_report()) == &true {
                    out.extend(self.player_after(i + 1));
                } else {
                    // ترأسها العراقي حكمت البيضاني، ذهبت للسعودي محمد سلمان: a demonym standing
                    // for a person, read only with the lists' given and family name.
                    out.extend(self.given_and_family_name_at(i + 1).map(person));
                }
            }
            out.extend(self.medallists_at(i));
            // The rule rejects almost every word at one look-up: asked before the overlap.
            if let Some(found) = self.unannounced_full_name_at(i)
                && !out.iter().any(|f| f.tokens.contains(&i))
            {
                out.push(found);
            }
            // Every rule below starts from a verb of saying, a list's cue or a title.
            if !self.tokens()[i].cue() {
                continue;
            }
            let word = &self.tokens()[i].norm;
            if is_speech_verb(word) {
                out.extend(self.subject_after(i + 1));
                out.extend(self.byline_at(i));
            } else if super::given_names::is_demanding(word) {
                out.extend(self.demanded_by(i));
            }
            if is_scoring_verb(word) && sports.get_or_init(|| self.is_sports_report()) == &true {
                out.extend(self.scorer_after(i));
            }
            if is_leading_word(word)
                && self
                    .token(i + 1)
                    .is_some_and(|n| super::name_lists::is_given_name(&n.norm))
                && sports.get_or_init(|| self.is_sports_report()) == &true
            {
                out.extend(self.player_after(i + 1));
            }
            out.extend(self.players_after_action(i));
            out.extend(self.credited(i));
            out.extend(self.each_of(i));
            out.extend(self.quoted_source(i));
            out.extend(self.according_to(i));
            if is_appointing(word) {
                out.extend(self.appointed_after(i + 1));
            }
            out.extend(self.took_office_after(i));
            // وينوب عنه محمد سيدو، …: the deputy, named like a subject.
            if self.deputy_at(i) {
                out.extend(self.subject_after(i + 1));
            }
            // عبر فريد الملالي، عن طريق سفيان بايازيد: the scorer, in a sports report; not
            // a noun in ة (عن طريق ضربة جزاء نفذها …), the way it was scored.
            let way = self.by_way_of_at(i) && self.token(i + 1).is_some_and(|t| !t.ta_marbuta());
            if way && sports.get_or_init(|| self.is_sports_report()) == &true {
                out.extend(self.subject_after(i + 1));
            }
            if self.instead_of_him_at(i) && sports.get_or_init(|| self.is_sports_report()) == &true
            {
                out.extend(self.player_after(i + 2));
            }
            let cue = is_list_cue(word)
                || trigger_at(self.tokens(), i).is_some_and(|t| t.kind == EntityKind::Person);
            if cue {
                out.extend(self.listed_people(i + 1));
            }
            out.extend(self.listed_after_plural_role(i));
            if !out.iter().any(|f| f.tokens.contains(&(i + 1))) {
                out.extend(self.relative_after_kin(i));
            }
            if self.tokens()[i].comma()
                && trigger_at(self.tokens(), i).is_some_and(|t| t.kind == EntityKind::Person)
            {
                out.extend(self.name_before_apposition(i));
            }
            if self.tokens()[i].sep == Sep::Space
                && self.tokens()[i].article()
                && trigger_at(self.tokens(), i).is_some_and(|t| t.kind == EntityKind::Person)
            {
                out.extend(self.name_before_definite_title(i));
            }
            if self.tokens()[i].sep == Sep::Quote
                && trigger_at(self.tokens(), i).is_some_and(|t| t.kind == EntityKind::Person)
            {
                out.extend(self.quoted_name_before_title(i));
            }
        }
        out
    }

    /// A full name right after a verb of saying, ending at punctuation, at the end of the run,
    /// before a role (مديرة صندوق النقد) or before in/during/that (في، خلال، إن).
    fn subject_after(&self, j: usize) -> Option<Found> {
        self.subject_words_after(j)
            .filter(|found| !self.has_adjective_of_relation(&found.tokens))
    }

    /// A word after the first of `range` is a plural adjective of relation (ناشطون محليون)
    /// or one in ية after a plural in ات، ون، ين (جماعات حقوقية): the subject of the verb is a
    /// group described, not a person named. A family name in ية after a given name stays
    /// (محمد عطية).
    fn has_adjective_of_relation(&self, range: &std::ops::Range<usize>) -> bool {
        let plural_first = ["ات", "ون", "ين"]
            .iter()
            .any(|e| self.tokens()[range.start].norm.ends_with(e));
        (range.start + 1..range.end).any(|k| {
            let w = &self.tokens()[k].norm;
            let plural = super::word_shapes::is_plural_of_relation(w);
            !self.tokens()[k].article()
                && (plural || (plural_first && w.ends_with("يه")))
                && !super::name_lists::is_given_name(w)
        })
    }

    fn subject_words_after(&self, j: usize) -> Option<Found> {
        // أكد "بونيت تالوار"، سفير …: the name may be quoted.
        let t = self
            .token(j)
            .filter(|t| t.sep == Sep::Space || t.sep == Sep::Quote)?;
        if t.mention.is_some() || trigger_at(self.tokens(), j).is_some() {
            return None;
        }
        let Some(range) = self
            .name_from(j, EntityKind::Person)
            .filter(|r| self.full_name_words(r) >= 2)
        else {
            // وأكد خالد العمري على …: a common given name and a family name say where it ends.
            return self.given_and_family_name_at(j).map(person);
        };
        let ends = match self.token(range.end) {
            None => true,
            Some(next) => {
                next.sep != Sep::Space
                    || after_subject(&next.norm)
                    || trigger_at(self.tokens(), range.end)
                        .is_some_and(|t| t.kind == EntityKind::Person)
            }
        };
        if ends {
            return Some(person(range));
        }
        // وحذر هشام البدوي من …: no end the rule knows, but the lists say the name is whole
        // (and may take a family name the reading above stopped before: أحمد محمد | الزعبي).
        self.given_and_family_name_at(j)
            .filter(|r| r.start == range.start && r.end >= range.end)
            .map(person)
    }

    /// Token `i` is عنه or عنها after ينوب or تنوب (with و): the deputy's name follows.
    fn deputy_at(&self, i: usize) -> bool {
        let t = &self.tokens()[i];
        DEPUTY_PRONOUNS.contains(&t.norm.as_str())
            && t.sep == Sep::Space
            && i > 0
            && readings(&self.tokens()[i - 1].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 1 && ["ينوب", "تنوب"].contains(&w.as_ref()))
    }

    /// A full name right after a verb of electing or appointing and right before the office
    /// in the accusative (انتخاب مهدي محسن ياغي نائبا، وانتخب علي صبحي رباح نائبا للرئيس).
    fn appointed_after(&self, j: usize) -> Option<Found> {
        let t = self.token(j).filter(|t| t.sep == Sep::Space)?;
        if t.mention.is_some() || trigger_at(self.tokens(), j).is_some() {
            return None;
        }
        let range = self.name_from(j, EntityKind::Person)?;
        let office = self.office_or_dash_follows(range.end);
        (office && self.full_name_words(&range) >= 2).then(|| person(range))
    }

    /// Token `i` is an office in the accusative, singular or dual (وزيرا، أمينا، وزيرين).
    pub(super) fn office_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|n| {
            n.sep == Sep::Space && super::appointments::is_accusative_office(&n.norm)
        })
    }

    /// The next appointments of a list whose verb came before (وعيّن …، ومولاي ولد محمد
    /// الأقظف أمينا عاما، ومحمد ولد عثمان وبا عيستا يحيى وزيرين مستشارين): a clause opening
    /// with و and a full name — or names joined by و — right before an office in the
    /// accusative.
    fn appointed_in_a_list(&self, i: usize) -> Vec<Found> {
        let mut out = Vec::new();
        let mut end = i;
        while out.len() < MAX_LIST_ITEMS
            && let Some(range) = self.conjoined_name_at(end)
        {
            end = range.end;
            out.push(Found {
                conjoined: true,
                ..person(range)
            });
            if self.office_follows_in_a_list(end) {
                return out;
            }
        }
        Vec::new()
    }

    /// The rest of token `i` after و may open a name: three letters at least, or two that
    /// are a given name (ومي) or go on with a bare name word (وبا عيستا يحيى). «وفد البرلمان»
    /// is a word and its complement, not و + فد.
    pub(super) fn and_before_a_name_s_rest(&self, i: usize, rest: &str) -> bool {
        rest.chars().count() >= 3
            || super::name_lists::is_given_name(rest)
            || (rest.chars().count() == 2
                && self.joined(i + 1)
                && !self.tokens()[i + 1].article()
                && self.name_word(i + 1))
    }

    /// A full name at token `i`, which carries و (ومحمد ولد عثمان، وبا عيستا يحيى): the rest
    /// of that word is a name's first word, name words follow it, and the next word in و ends
    /// it.
    pub(super) fn conjoined_name_at(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let t = self.token(i).filter(|t| t.mention.is_none())?;
        let rest = t.norm.strip_prefix('و')?;
        // وعين، وقال: a verb, title or kind word is what the clause opens with, not a name;
        // والحسين الوردي: a given name with the article is one.
        let definite_given = self.definite_given_at(i, rest);
        // وعلي written with ي: the name, though its normal form is «and on».
        let homograph = t.homograph_after_and();
        let first_name = !t.cue()
            && (homograph || !is_listed(&t.norm))
            && self.and_before_a_name_s_rest(i, rest)
            && rest.chars().all(is_letter)
            && (definite_given
                || homograph
                || (!is_definite(rest)
                    && !is_role_word(rest)
                    && !is_function_or_verb(rest)
                    && self.lex.is_bare_name_word(rest)));
        if !(first_name && self.joined(i + 1)) {
            return None;
        }
        // وماهر القاسمي، وسعد الدين العثماني: family names with the article end the name. After
        // عبد the definite word is the given name's own (وعبد الرحيم جبيرة).
        let from = if rest == "عبد" { i + 2 } else { i + 1 };
        let family = (from..i + 1 + super::discover::MAX_WORDS)
            .take_while(|&k| {
                (self.joined(k)
                    && self.tokens()[k].article()
                    && self.lex.is_family_name_word(&self.tokens()[k].norm))
                    // وعبد الكبير الوادي: a doubted place as the family name.
                    || (k == from && self.doubted_place_at(k))
            })
            .last();
        // ومحمد الأمين ولد بوبات: unless a particle of lineage carries the name on.
        let lineage = |k: usize| {
            self.joined(k) && super::boundaries::LINEAGE.contains(&self.tokens()[k].norm.as_str())
        };
        if let Some(last) = family.filter(|&last| !lineage(last + 1)) {
            return Some(i..last + 1);
        }
        // … ونبيل بوزيان سفيرا: an office in the accusative ends the name too; ولد, a
        // Mauritanian «son of» (ومحمد سالم ولد إبراهيم فال), is no «and».
        let tail = self.name_from(from, EntityKind::Person)?;
        let end = (tail.start + 1..tail.end)
            .find(|&k| (self.tokens()[k].norm.starts_with('و') && !lineage(k)) || self.office_at(k))
            .unwrap_or(tail.end);
        let range = i..end;
        (self.full_name_words(&range) >= 2).then_some(range)
    }

    /// A full name opening its clause, then a comma and the person's title in apposition (جون
    /// سميث، مدير البرنامج، إن …; `title` is the title's first token): the name fills the
    /// clause from its start to the comma. A clause opening with و and a word that is no given
    /// name starts with a verb or a noun, not the name (واختار وليد الركراكي، مدرب المنتخب).
    fn name_before_apposition(&self, title: usize) -> Option<Found> {
        let start =
            (title.saturating_sub(MAX_WORDS_BEFORE_TITLE)..title.saturating_sub(1)).find(|&k| {
                (self
                    .token(k)
                    .is_some_and(|t| t.sep == Sep::Break && !t.comma())
                    || self.after_clause_opener(k)
                    || self.given_name_after_verb(k))
                    && !self.and_before_no_given_name(k)
                    && !looks_like_verb_with_object(&self.tokens()[k].norm)
                    && self.name_from(k, EntityKind::Person) == Some(k..title)
            })?;
        let range = start..title;
        (self.full_name_words(&range) >= 2).then(|| person(range))
    }

    /// Token `k` is a common given name right after a listed verb or preposition in the same
    /// clause (أجرى طاهر الغرباوي، مدير المديرية، …؛ بحضور أيمن هلهول، رئيس اللجنة): the
    /// verb's subject or object, whose title follows it in apposition. Also after a demonym
    /// standing as a noun (وأعرب الجزائري مراد سنون، مدرب النصر): the nationality is said
    /// before the name as a title is, and the name is no more than the words up to the comma.
    fn given_name_after_verb(&self, k: usize) -> bool {
        k > 0
            && self.listed_given_name_at(k)
            && self.tokens()[k].sep == Sep::Space
            && !self.tokens()[k].norm.starts_with('و')
            && {
                let before = self.tokens()[k - 1].norm.as_str();
                // علي as written is the name, not على (عنتر علي سالم): normalised they are one.
                (is_function_or_verb(before) && !self.tokens()[k - 1].homograph_name())
                    || looks_like_verb_with_object(before)
                    || PRESENCE.contains(&before)
                    || self.demonym_as_noun_at(k - 1)
            }
    }

    /// Token `k` follows, in the same sentence, a word that opens a clause whose subject comes
    /// next: «that» (مؤكدًا أن طارق عامر، محافظ البنك المركزي، …) or «each of» (على كل من
    /// هشام عكاشة، رئيس مجلس إدارة البنك الأهلي، …). The name then starts at `k` as it would
    /// at a clause's start.
    fn after_clause_opener(&self, k: usize) -> bool {
        if self.token(k).is_none_or(|t| t.sep != Sep::Space) || k == 0 {
            return false;
        }
        let before = &self.tokens()[k - 1].norm;
        let that = super::lexicon::readings(before)
            .iter()
            .any(|(_, rest)| rest.as_ref() == "ان");
        let each_of = before == "من"
            && k >= 2
            && self.tokens()[k - 1].sep == Sep::Space
            && ["كل", "لكل", "وكل"].contains(&self.tokens()[k - 2].norm.as_str());
        that || each_of
    }

    /// A full name filling its clause, or a list's item, right before a definite title in
    /// apposition with no comma between (، وليد الركراكي المدرب الجديد للمنتخب; `title` is the
    /// title's token): the name starts at the clause's or the item's start.
    fn name_before_definite_title(&self, title: usize) -> Option<Found> {
        // إعلان الندوة الصحافية: a definite title in ة after a definite word in ة agrees with it,
        // an adjective (the press conference), not a woman's title after her name.
        let agrees = self.token(title).is_some_and(|t| t.ta_marbuta())
            && title > 0
            && self
                .token(title - 1)
                .is_some_and(|p| p.article() && p.ta_marbuta());
        if agrees {
            return None;
        }
        let start =
            (title.saturating_sub(MAX_WORDS_BEFORE_TITLE)..title.saturating_sub(1)).find(|&k| {
                self.token(k).is_some_and(|t| t.sep == Sep::Break)
                    && !self.and_before_no_given_name(k)
                    && self.name_from(k, EntityKind::Person) == Some(k..title)
            })?;
        let range = start..title;
        (self.full_name_words(&range) >= 2).then(|| person(range))
    }

    /// A full name in quotes right before its title (كان "رياض المالكي" وزير خارجية فلسطين
    /// أول المغادرين; `title` is the title's first token).
    fn quoted_name_before_title(&self, title: usize) -> Option<Found> {
        // فيلم "مسافرو الحرب" للمخرج …: a work, and للمخرج says whose.
        if self.tokens()[title].norm.starts_with("لل") {
            return None;
        }
        let r = self.words.quoted.iter().find(|r| r.end == title)?.clone();
        let whole = self.name_from(r.start, EntityKind::Person) == Some(r.clone());
        (whole && self.full_name_words(&r) >= 2).then(|| person(r))
    }

    /// Words of a name that are not particles (عبد، بن).
    pub(super) fn full_name_words(&self, range: &std::ops::Range<usize>) -> usize {
        range
            .clone()
            .filter(|&i| !super::lexicon::is_particle(&self.tokens()[i].norm))
            .count()
    }
}

pub(super) fn person(tokens: std::ops::Range<usize>) -> Found {
    Found {
        tokens,
        kind: Some(EntityKind::Person),
        strong: true,
        open: false,
        alias: None,
        conjoined: false,
    }
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "people_shapes_tests.rs"]
mod shapes_tests;

#[cfg(test)]
#[path = "people_quoted_tests.rs"]
mod quoted_tests;

/// Nouns of attendance or lead with ب, normalised, after which a person is named as after a
/// verb (بحضور فلان، رئيس …؛ برئاسة فلان، مدير …).
const PRESENCE: &[&str] = &["بحضور", "برئاسه", "بمشاركه", "بقياده", "وبحضور", "وبرئاسه"];
