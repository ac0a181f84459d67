//! Appointments named in a decree's style: after a verb of appointing, the next appointees in
//! clauses of و before their office (عيّن فلان وزيرا للداخلية وفلان وزيرا للخارجية)، and a
//! paragraph that opens with a name, a comma and the office (محمد ولد السالك، واليا لنواكشوط
//! الجنوبية). The office in the accusative right after the name is what says a person stands
//! there. Also the offices around a name: taken (تسلم فلان حقيبة، تكليف فلان بتشكيل), in
//! construct after it (بحضور فلان وزير الثقافة), and the second holder of a dual title
//! (وزيري النقل فلان، والزراعة فلان).

use super::discover::{Found, Scan};
use super::lexicon::{is_listed_verb, is_role_word, readings};
use super::people::{is_appointing, person};
use super::tokens::Sep;
use super::triggers::trigger_at;
use crate::load::EntityKind;

/// Verbs and verbal nouns of taking or being charged with an office (تولى، تسلم، شغل، تقلد،
/// كلف، تكليف), normalised; any may carry و or ف. The office noun right after the name
/// ([`OFFICE_NOUNS`]) says the name is a person's.
const TAKING_OFFICE: &[&str] = &[
    "تولي",
    "يتولي",
    "تسلم",
    "يتسلم",
    "استلم",
    "يستلم",
    "شغل",
    "يشغل",
    "تقلد",
    "يتقلد",
    "كلف",
    "يكلف",
    "تكليف",
];

/// What is taken or charged, right after the name (تسلم فلان حقيبة الاتصال، شغل فلان منصب
/// المندوب، تكليف فلان بتشكيل الحكومة), normalised.
const OFFICE_NOUNS: &[&str] = &[
    "منصب",
    "حقيبه",
    "حقيبتي",
    "رئاسه",
    "مهام",
    "بمهام",
    "بمهمه",
    "بتشكيل",
    "برئاسه",
    "بتسيير",
    "باداره",
    "القيام",
    "بالقيام",
];

/// Nouns after which the people present are named (بحضور فلان وزير الثقافة، بمشاركة …، بمعية
/// فلان والي القيروان، برفقة …), normalised; any may carry ب or وب.
const PRESENCE: &[&str] = &["حضور", "مشاركه", "معيه", "رفقه"];

/// Days and «yesterday», «today», normalised: a verb's subject or object may follow them
/// (استقبل الرئيس صباح أمس أيمن الصفدي وزير الخارجية).
const DAYS: &[&str] = &[
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

/// الفريق, normalised: a general's rank before a name, and «the team» as often.
const RANK_LIKE_TEAM: &str = "الفريق";

/// The words a rule of this module starts from (see [`super::triggers::is_cue_form`]).
pub(super) const CUE_WORDS: [&[&str]; 1] = [TAKING_OFFICE];

impl Scan<'_> {
    /// The office follows at token `i`: in the accusative (وزيرا)، after a comma (محمد ولد
    /// السالك، واليا لنواكشوط) or as «في منصب» (تعيين نزار بركة في منصب وزير الاقتصاد).
    pub(super) fn office_follows(&self, i: usize) -> bool {
        let word_at = |k: usize, word: &str| {
            self.token(k)
                .is_some_and(|t| t.sep == Sep::Space && t.norm == word)
        };
        self.office_at(i)
            || self
                .token(i)
                .is_some_and(|t| t.comma() && is_accusative_office(&t.norm))
            || (word_at(i, "في") && word_at(i + 1, "منصب"))
    }

    /// As [`Self::office_follows`] for a clause in و opening its paragraph with no verb of its
    /// own: «في منصب» names an office there only in an article that appoints someone somewhere
    /// (a decree's list whose verb came earlier); elsewhere the clause's first word is its verb
    /// (وبقي الوضع في منصب رئيس الحكومة معلقا).
    pub(super) fn office_follows_in_a_list(&self, i: usize) -> bool {
        self.office_at(i)
            || self
                .token(i)
                .is_some_and(|t| t.comma() && is_accusative_office(&t.norm))
            || (self.office_follows(i) && self.article_appoints())
    }

    /// A verb or verbal noun of appointing stands anywhere in the article.
    fn article_appoints(&self) -> bool {
        self.article
            .iter()
            .flat_map(|run| &run.tokens)
            .any(|t| t.cue() && is_appointing(&t.norm))
    }

    /// As [`Self::office_follows`], or a dash before token `i`: after a verb of appointing, a
    /// decree lists each name, a dash and the post or the town (تعيين فلان – مديرا لعطبرة،
    /// وفلان – الدامر).
    pub(super) fn office_or_dash_follows(&self, i: usize) -> bool {
        self.office_follows(i) || self.token(i).is_some_and(|t| t.after_hyphen())
    }

    /// A verb or verbal noun of appointing stands before token `i` in its run (كما عيّن …،
    /// ونص القرار على تعيين …): the clauses in و after it may name the next appointees.
    pub(super) fn appointing_before(&self, i: usize) -> bool {
        let first = self.first_appointing.get_or_init(|| {
            self.tokens()
                .iter()
                .position(|t| t.cue() && is_appointing(&t.norm))
        });
        first.is_some_and(|j| j < i)
    }

    /// The next appointee of a decree, in a clause that opens with و anywhere after the verb
    /// (عيّن فلان وزيرا للداخلية وسعد الدين العثماني وزيرا للخارجية، وإدريس الضحاك أمينا
    /// عاما): a full name right before its office.
    pub(super) fn next_appointee(&self, i: usize) -> Option<Found> {
        let range = self.conjoined_name_at(i)?;
        self.office_or_dash_follows(range.end).then(|| Found {
            conjoined: true,
            ..person(range)
        })
    }

    /// A full name opening its paragraph or sentence, then a comma and its office in the
    /// accusative, or «تم تعيينه» and the office (محمد ولد السالك، واليا لنواكشوط الجنوبية): a
    /// list of appointments whose verb came in an earlier paragraph.
    pub(super) fn named_before_office(&self, i: usize) -> Option<Found> {
        if self.token(i)?.mention.is_some() || trigger_at(self.tokens(), i).is_some() {
            return None;
        }
        let range = self.name_from(i, EntityKind::Person)?;
        let k = range.end;
        let comma_office = self.token(k).is_some_and(|t| {
            t.comma()
                && (is_accusative_office(&t.norm)
                    // عبد الرحمن ولد خطري، تم تعيينه واليا: the appointment, then the office.
                    || (t.norm == "تم"
                        && self
                            .token(k + 1)
                            .is_some_and(|n| ["تعيينه", "تعيينها"].contains(&n.norm.as_str()))
                        && self.office_at(k + 2)))
        });
        (comma_office && self.full_name_words(&range) >= 2).then(|| person(range))
    }

    /// In an article that appoints, a full name opening a sentence or an item of a list (after
    /// a colon, comma or full stop) right before its office in the accusative: a decree's list
    /// with no verb of its own (وهم: فلان نائبا أول، فلان نائباً ثانيا. فلان محافظا لبيروت).
    pub(super) fn appointee_before_office(&self, i: usize) -> Option<Found> {
        let t = self.token(i)?;
        // وعين فلان وزيرا: a clause that opens with a verb (the appointing one, or any a rule
        // starts from) names its appointee after it, as `next_appointee` reads it.
        if t.sep != Sep::Break
            || t.mention.is_some()
            || t.cue()
            || is_listed_verb(&t.norm)
            || trigger_at(self.tokens(), i).is_some()
        {
            return None;
        }
        let range = self.name_from(i, EntityKind::Person)?;
        let named = self.full_name_words(&range) >= 2 && self.office_at(range.end);
        (named && self.article_appoints()).then(|| person(range))
    }
}

impl Scan<'_> {
    /// The second holder of a dual title, after the first one's name and a comma: و, the
    /// second office's definite complement and a full name (بحضور وزيري الحكم المحلي فلان،
    /// والإسكان والتعمير فلان،).
    pub(super) fn second_of_a_dual_title(&self, end: usize) -> Option<Found> {
        let t = self
            .token(end)
            .filter(|t| t.comma() && t.mention.is_none())?;
        if !t.norm.starts_with("وال") {
            return None;
        }
        // والإسكان والتعمير: definite words, each may carry و.
        let definite = |n: &super::tokens::Token| {
            super::lexicon::clitic_readings(&n.norm)
                .iter()
                .any(|(_, rest)| super::lexicon::is_definite(rest))
                || n.article()
        };
        let start = (end + 1..end + super::discover::MAX_SKIPPED).find(|&k| {
            self.token(k)
                .is_none_or(|n| n.sep != Sep::Space || !definite(n))
        })?;
        let n = self.token(start).filter(|n| n.sep == Sep::Space)?;
        if n.mention.is_some() || trigger_at(self.tokens(), start).is_some() {
            return None;
        }
        let range = self.name_from(start, EntityKind::Person)?;
        let words = range.clone().filter(|&i| !self.is_particle_at(i)).count();
        let ends = self.token(range.end).is_none_or(|n| n.sep != Sep::Space);
        (words >= 2 && ends).then(|| super::people::person(range))
    }

    /// A full name right after a verb of taking or being charged with an office at token `i`
    /// and right before the office (وتسلم فلان حقيبة الاتصال، شغل فلان منصب المندوب، تكليف
    /// فلان بتشكيل الحكومة).
    pub(super) fn took_office_after(&self, i: usize) -> Option<Found> {
        let taking = readings(&self.tokens()[i].norm)
            .iter()
            .any(|(clitic, w)| *clitic <= 1 && TAKING_OFFICE.contains(&w.as_ref()));
        if !taking {
            return None;
        }
        // كلف الحوثيون فلانا القيام بمهام …: the verb's subject, one definite word, may come
        // first.
        let subject = self.token(i + 1).is_some_and(|t| {
            t.sep == Sep::Space && t.article() && trigger_at(self.tokens(), i + 1).is_none()
        });
        let j = i + 1 + usize::from(subject);
        let t = self.token(j).filter(|t| t.sep == Sep::Space)?;
        if t.mention.is_some() || trigger_at(self.tokens(), j).is_some() {
            return None;
        }
        let range = self.name_from(j, EntityKind::Person)?;
        // تكليف فلان بتشكيل الحكومة: the name stops at the office, which a name run may take.
        let range = range.start
            ..(range.start + 1..range.end)
                .find(|&k| OFFICE_NOUNS.contains(&self.tokens()[k].norm.as_str()))
                .unwrap_or(range.end);
        let office = self
            .token(range.end)
            .is_some_and(|n| n.sep == Sep::Space && OFFICE_NOUNS.contains(&n.norm.as_str()));
        (office && self.full_name_words(&range) >= 2).then(|| person(range))
    }

    /// Token `i`, opening a sentence, is a common given name or follows a title abbreviated to
    /// a letter (ود.درية شرف الدين وزيرة الإعلام): a sentence opens with a verb far more often
    /// than with a name (طرد الحكم مدافع الضيوف), so something else must say a name starts.
    fn name_opens_sentence_at(&self, i: usize) -> bool {
        let abbreviation = i > 0
            && ["د", "ود", "م", "وم", "ا", "وا"].contains(&self.tokens()[i - 1].norm.as_str());
        abbreviation
            || self
                .token(i)
                .is_some_and(|t| super::name_lists::is_given_name(&t.norm))
    }

    /// Token `k` is a year in digits after its month or another time word (ديسمبر 2024، عام
    /// 2024).
    fn year_of_a_date_at(&self, k: usize) -> bool {
        let t = &self.tokens()[k];
        t.norm.len() == 4
            && t.norm.bytes().all(|b| b.is_ascii_digit())
            && k > 0
            && t.sep == Sep::Space
            && super::word_lists::is_time_word(&self.tokens()[k - 1].norm)
    }

    /// A full name opening its clause or list item, or joined by و, or right after the verb
    /// that opens the clause, right before a title in construct form and its complement, in
    /// apposition with no comma between (بحضور فلان وزير الثقافة، وفلان محافظ جرش، افتتح فلان
    /// رئيس الجمهورية): the title names the office of the name before it.
    pub(super) fn named_before_construct_title(&self, i: usize) -> Option<Found> {
        let t = self.token(i).filter(|t| t.mention.is_none())?;
        // This runs at every word; the name is read only if a title may follow it.
        if !self.open_person_title_from(i) {
            return None;
        }
        // The word before is read only when it may be one (this runs at every word).
        let after_presence = t.sep == Sep::Space
            && i > 0
            && PRESENCE
                .iter()
                .any(|p| self.tokens()[i - 1].norm.ends_with(p))
            && readings(&self.tokens()[i - 1].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 2 && PRESENCE.contains(&w.as_ref()));
        // افتتح فلان رئيس الجمهورية المعرض: a clause that opens with a verb the lexicon
        // knows has its subject right after it.
        let after_opening_verb = t.sep == Sep::Space
            && i > 0
            && self.tokens()[i - 1].sep == Sep::Break
            && !self.tokens()[i - 1].comma()
            && readings(&self.tokens()[i - 1].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 1 && is_listed_verb(w));
        // استقبل الفريق سيف الشعفار وكيل الوزارة: الفريق is a rank here (and «the team»
        // elsewhere); the office in construct after the name says which.
        // Read only when the word ends as الفريق does (a reading is the word's end, or its end
        // after an alef given back to ل).
        let after_rank = t.sep == Sep::Space
            && i > 0
            && self.tokens()[i - 1]
                .norm
                .ends_with(&RANK_LIKE_TEAM['ا'.len_utf8()..])
            && readings(&self.tokens()[i - 1].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 1 && w.as_ref() == RANK_LIKE_TEAM);
        // استقبل الرئيس أمس أيمن الصفدي وزير الخارجية: the day a clause names before its
        // subject or object. Why: a name there was read by no rule, though the title after it
        // says what it is as surely as after a verb.
        // أدى اليوم الاثنين 16 ديسمبر 2024 فلان وزير الفلاحة زيارة: a date's year after its
        // month stands there as the day does, before a common given name (a clause opening
        // with the date goes on with its verb: وفي سبتمبر 2024 شغل منصب وزير المالية).
        let after_day = t.sep == Sep::Space
            && i > 0
            && self.tokens()[i - 1].sep == Sep::Space
            && (DAYS.contains(&self.tokens()[i - 1].norm.as_str())
                || (self.year_of_a_date_at(i - 1) && opens_with_a_given_name(&t.norm)));
        // بحضور فلان، رئيس المجلس، وفلان عضو المجلس: an item after a comma may open with the
        // و of the list, which is no part of the name.
        // A sentence that opens with و opens with a verb far more often (وطرد الحكم مدافع
        // الضيوف): only a comma makes it a list's item.
        let conjoined_item = t.sep == Sep::Break && t.comma() && t.norm.starts_with('و');
        let (range, conjoined) = if conjoined_item && let Some(range) = self.conjoined_name_at(i) {
            (range, true)
        } else if (t.sep == Sep::Break && (t.comma() || self.name_opens_sentence_at(i)))
            || after_presence
            || after_opening_verb
            || after_rank
            || after_day
        {
            (self.name_from(i, EntityKind::Person)?, false)
        } else if t.sep == Sep::Space && t.norm.starts_with('و') {
            (self.conjoined_name_at(i)?, true)
        } else {
            return None;
        };
        let title = trigger_at(self.tokens(), range.end)?;
        let construct = self.token(range.end).is_some_and(|n| n.sep == Sep::Space)
            && title.kind == EntityKind::Person
            && title.open
            && self
                .token(range.end + title.len)
                .is_some_and(|n| n.sep == Sep::Space && n.mention != Some(EntityKind::Person));
        let words = self.full_name_words(&range);
        (construct && (2..=4).contains(&words)).then(|| Found {
            conjoined,
            ..person(range)
        })
    }
}

/// A dual title (وزيري), with or without a clitic: two offices and two names follow.
pub(super) fn is_dual_title(word: &str) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 2 && w.as_ref() == "وزيري")
}

/// A common given name, or one of the compounds news writes joined (عزالدين، عبدالله,
/// normalised).
fn opens_with_a_given_name(word: &str) -> bool {
    super::name_lists::is_given_name(word)
        || ["الدين", "الله"]
            .iter()
            .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// An office in the accusative, singular or dual, normalised (وزيرا، واليا، أمينا، وزيرين),
/// or Tunisia's delegate (تعيين فلان معتمدا للغريبة), whose word is no title elsewhere (وكيل
/// معتمد «accredited»): only a verb of appointing before the name reads it so.
pub(super) fn is_accusative_office(word: &str) -> bool {
    [word.strip_suffix('ا'), word.strip_suffix("ين")]
        .into_iter()
        .flatten()
        .any(|w| is_role_word(w) || w == DELEGATE)
}

/// Tunisia's delegate, normalised (see `suggest::delegations`).
const DELEGATE: &str = "معتمد";

#[cfg(test)]
#[path = "appointees_tests.rs"]
mod appointees_tests;

#[cfg(test)]
mod tests {
    use super::super::test_site::people;

    /// الفريق before a full name and the office in construct is a rank, the name a person's.
    #[test]
    fn the_name_after_the_rank_al_fariq_and_before_an_office() {
        let found = people(&["واستقبل الفريق سالم عبدالله الكتبي وكيل وزارة الداخلية بمكتبه أمس."]);
        assert!(
            found.iter().any(|f| f == "سالم عبدالله الكتبي"),
            "{found:?}"
        );
        let found = people(&["وتغلب الفريق على منافسه في الدقيقة الأخيرة."]);
        assert!(found.is_empty(), "{found:?}");
    }

    /// A full name after a day (أمس، اليوم، الأحد) and before a title in construct is the
    /// person the clause names; a title right after the day has no name before it.
    #[test]
    fn the_name_after_a_day_and_before_an_office() {
        let found = people(&[
            "واستقبل نائب رئيس الوزراء بمكتبه صباح أمس أيمن الصفدي وزير الخارجية وشؤون المغتربين.",
            "والتقى المحافظ اليوم سامر الخطيب مدير التربية في المدينة.",
            "وأعلن أمس وزير المالية أن الميزانية متوازنة.",
            "ووصل الوفد الخميس إلى العاصمة لبحث التعاون.",
        ]);
        for name in ["أيمن الصفدي", "سامر الخطيب"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        assert_eq!(found.len(), 2, "{found:?}");
    }

    /// A paragraph that opens with a verb the lexicon knows, then a full name and a title in
    /// construct: the name is the verb's subject, without the verb (افتتح فلان رئيس الجمهورية).
    #[test]
    fn the_subject_between_the_opening_verb_and_a_title() {
        let found = people(&["افتتح سامر الحلبي رئيس الجمهورية صباح اليوم المعرض الدولي."]);
        assert!(found.iter().any(|f| f == "سامر الحلبي"), "{found:?}");
        assert!(!found.iter().any(|f| f.contains("افتتح")), "{found:?}");
        // Inside a clause the verb is not the paragraph's first word: nothing is read there.
        let found = people(&["وقال مصدر إن المعرض افتتح أبوابه وزير الثقافة."]);
        assert!(found.is_empty(), "{found:?}");
    }

    /// A full name between a verb of taking an office and the office (حقيبة، منصب، بتشكيل) is
    /// a person's; without the office after it, or with one word, nothing is taken.
    #[test]
    fn the_name_between_taking_and_the_office() {
        let found = people(&[
            "وتسلم كريم الزهراني حقيبة الزراعة بعد التعديل، وشغل نادر السالمي منصب المستشار.",
            "وأعلنت الرئاسة تكليف رامي سليمان بتشكيل الحكومة الجديدة.",
            "وتسلم فريق الحرس الكأس، وتولى سامر الدعوة إلى الحوار.",
            "وكلف المجلس وائل الحمدان القيام بمهام المدير.",
        ]);
        for name in [
            "كريم الزهراني",
            "نادر السالمي",
            "رامي سليمان",
            "وائل الحمدان",
        ] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|f| f.contains("سامر") || f.contains("الحرس")),
            "{found:?}"
        );
    }

    /// A full name right before a title in construct form and its complement, opening an
    /// item or joined by و, is the holder of that office; a single word there is not taken.
    #[test]
    fn a_name_before_its_office_in_construct() {
        let found = people(&[
            "وجرى الافتتاح بحضور سلمى الراشد وزيرة الثقافة وفادي الخوري محافظ المدينة.",
            "وحضر الحفل كذلك هالة وزيرة السياحة.",
            "واجتمع المجلس بحضور كمال العتيبي، رئيس اللجنة، ونبيل الحداد عضو اللجنة.",
        ]);
        for name in ["سلمى الراشد", "فادي الخوري", "نبيل الحداد"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|f| f.contains("وزير") || f.contains("هالة") || f.starts_with('و')),
            "{found:?}"
        );
    }

    /// «In the company of» (بمعية، برفقة) names the people present as بحضور does, and a
    /// date's year stands before a clause's subject as a day does; the office in construct
    /// after the name says it is a person's.
    #[test]
    fn a_name_after_bimaiyat_or_a_date_and_before_an_office() {
        let found = people(&[
            "وأشرف الوزير بمعية ذاكر البرقاوي رئيس البلدية على اجتماع حول وضعية المركب.",
            "أدى اليوم الاثنين 16 ديسمبر 2024 عزالدين بن الشيخ وزير الفلاحة زيارة عمل إلى الولاية.",
        ]);
        for name in ["ذاكر البرقاوي", "عزالدين بن الشيخ"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        // A clause that opens with the date goes on with its verb, no name.
        let found = people(&[
            "وقال في ديسمبر 2024 الماضي رئيس البلدية إن المشروع انتهى.",
            "وفي سبتمبر 2024 شغل منصب وزير المالية، وفي مارس 2024 تولى منصب وزير الداخلية.",
            "وفي مايو 2024 خاطب الملك رئيس الحكومة.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
