//! Phrases after an organisation's head that read as a body's name but describe something
//! else, by their grammar: the head as the object of a verbal noun (تنظيم حركة البيع), a
//! verbal-noun head with its own object (تنظيم ندوات), a government named by its place alone
//! (حكومة مملكة البحرين: the place), an organ of a body already named (مجلس الجامعة), and bare
//! words that no name ends or consists of (سوق بو | ثمانية، فضائية تتسم); and the words that
//! end a name's phrase by describing instead (an adjective of a meeting: التحضيري للقمة; a ل
//! complement of purpose or time: للحفاظ على، للفترة المقبلة; a court's chamber), moved here from
//! `org_phrase.rs`; and what describes a body right after its head (شركة حديثة التأسيس).

use std::ops::Range;

use super::discover::Scan;
use super::given_names::is_given_name;
use super::lexicon::{is_common_noun, is_definite, is_listed};
use super::org_phrase::is_tafiil;
use super::org_shapes::{
    CHAMBER_ADJECTIVES, CHAMBERED_HEADS, is_name_adjective, lam_reading, looks_participle,
};
use super::org_words::{MINISTRY_HEADS, NATIONAL_CHAMBERS};
use super::tokens::Sep;
use super::triggers::{is_body_head, is_person_title};
use crate::load::EntityKind;

/// Heads that are also nouns of motion or arrangement (حركة «movement, traffic»), normalised:
/// right after a verbal noun they are its object (تنظيم حركة المرور، تسهيل حركة التجارة).
const MOTION_HEADS: &[&str] = &["حركه"];

/// Heads that are also a device (جهاز «apparatus»), normalised: a bare word after them is the
/// device's make or kind (جهاز كمبيوتر، جهاز آيفون); a body is named with a definite word or a
/// place (جهاز الأمن، جهاز أبوظبي للاستثمار).
const DEVICE_HEADS: &[&str] = &["جهاز"];

/// A market (سوق), normalised: named without a place it is a marketplace, a place (سوق طوي
/// الحارة); a body only as an exchange named by its place (سوق دبي المالي).
const MARKET_HEADS: &[&str] = &["سوق"];

/// A market's phrase names no place: a marketplace, not an exchange (see [`MARKET_HEADS`]).
pub(super) fn marketplace(head: &str, has_place: bool) -> bool {
    MARKET_HEADS.contains(&head) && !has_place
}

/// The government of a place, normalised: «حكومة مملكة البحرين» names the country's
/// government, a description the place inside stands for.
const GOVERNMENT_HEADS: &[&str] = &["حكومه"];

/// Institutions that are no body's head but have organs of their own (مجلس الكلية، مجلس
/// المدرسة، مجلس القسم), normalised.
const INSTITUTIONS: &[&str] = &["كليه", "مدرسه", "قسم", "مركز"];

/// Words that open a name and need the word after them (أبو، بن، أم …), normalised: a name
/// never ends with one (سوق بو | ثمانية: the number word stopped the phrase).
const UNFINISHED_ENDINGS: &[&str] = &["ابو", "بو", "ام", "بن", "ابن", "بنت", "ولد", "عبد"];

/// Honorifics of a group (السادة), normalised: after و they start the next item of a list of
/// those present (مجلس الجامعة والسادة أعضاء مجلس النواب), never a word of the body's name.
const GROUP_HONORIFICS: &[&str] = &["الساده", "السيدات"];

impl Scan<'_> {
    /// The head at token `trigger` is the object of a verbal noun تفعيل right before it, with
    /// its clitics (وتنظيم حركة البيع والشراء، لتسهيل حركة الشاحنات): a motion, not a movement.
    pub(super) fn head_is_an_object(&self, trigger: usize, head: &str) -> bool {
        MOTION_HEADS.contains(&head)
            && trigger > 0
            && self.tokens()[trigger].sep == Sep::Space
            && self.token(trigger - 1).is_some_and(|p| {
                p.mention.is_none()
                    && (is_tafiil(&self.strip_first(&p.norm).1)
                        || super::lexicon::clitic_readings(&p.norm)
                            .iter()
                            .any(|(_, rest)| is_tafiil(rest)))
            })
    }

    /// A head shaped like a verbal noun تفعيل (تنظيم) names a body only before a known name or
    /// a quoted one (تنظيم داعش، تنظيم «أنصار الشريعة»); before anything else it is the action
    /// with its object (في تنظيم النشاط التجاري، تنظيم ندوات).
    pub(super) fn verbal_noun_with_object(&self, head: &str, j: usize) -> bool {
        is_tafiil(head)
            && !self
                .token(j)
                .is_some_and(|t| t.mention.is_some() || t.sep == Sep::Quote)
    }

    /// The phrase `j..end` after a government's head is a place alone (حكومة مملكة البحرين،
    /// لحكومة بورتسودان), or its kind and the place (حكومة ولاية الخرطوم): the place's
    /// government, which the place names.
    pub(super) fn government_of_a_place(&self, head: &str, j: usize, end: usize) -> bool {
        let kind = self
            .token(j)
            .is_some_and(|t| t.mention.is_none() && super::triggers::is_place_kind(&t.norm));
        let j = j + usize::from(kind);
        GOVERNMENT_HEADS.contains(&head)
            && end > j
            && (j..end).all(|k| {
                self.token(k)
                    .is_some_and(|t| t.mention == Some(EntityKind::Place))
            })
    }

    /// The phrase `j..end` after a committee's head ends with a place noun that points back
    /// to the place the story is about (لجنة أمن الولاية، لجنة أمن المحافظة): the organ of
    /// whichever place that is, which two articles on two places would merge into one body.
    pub(super) fn organ_of_the_place(&self, at: usize, j: usize, end: usize) -> bool {
        let Some(head) = self.head_word(at) else {
            return false;
        };
        let head = head.strip_prefix("ال").unwrap_or(&head);
        COMMITTEE_HEADS.contains(&head)
            && end > j
            && self.token(end - 1).is_some_and(|t| {
                t.mention.is_none() && super::title_complement::is_place_back_reference(&t.norm)
            })
    }

    /// The one definite word after a head is itself a kind of body or institution (مجلس
    /// الجامعة، مجلس الأمانة، مجلس الكلية): the organ of the one the article is about, not a
    /// name.
    pub(super) fn organ_of_a_body(&self, j: usize) -> bool {
        self.token(j).is_some_and(|t| {
            t.article()
                && t.mention.is_none()
                && t.norm
                    .strip_prefix("ال")
                    .is_some_and(|w| is_body_head(w) || INSTITUTIONS.contains(&w))
        })
    }

    /// Bare words `j..end` after the head at `head` that make no name: a device's make
    /// (جهاز كمبيوتر), a verb of the present (فضائية تتسم), a name cut before the word its
    /// kunya needs (سوق بو), or a nisba adjective with another agreeing with it (مجلس رئاسي
    /// جديدين: a new presidential council, indefinite).
    pub(super) fn bare_words_no_name(&self, head: &str, j: usize, end: usize) -> bool {
        let norm = |k: usize| self.token(k).map_or("", |t| t.norm.as_str());
        let last = norm(end.saturating_sub(1));
        let first = norm(j);
        let present_verb = end == j + 1
            && (first.starts_with("تت") || first.starts_with("يت"))
            && first.chars().count() >= 4;
        // مجمع طبي متكامل، مركز تجاري متطور: a participle in م describes the kind as well.
        let second = norm(j + 1);
        let participle = second.starts_with('م') && second.chars().count() >= 5;
        let agreeing_adjectives = end >= j + 2
            && first.ends_with('ي')
            && (["ي", "ين", "ان", "ون", "يه"]
                .iter()
                .any(|e| second.ends_with(e))
                || participle);
        // لجنة تفتيش، لجنة متابعة: a committee's task, an indefinite verbal noun; a committee
        // is named by its remit with the article (لجنة التحقيق الدولية).
        let task = end == j + 1
            && COMMITTEE_HEADS.contains(&head.strip_prefix("ال").unwrap_or(head))
            && (is_tafiil(first) || super::org_shapes::is_mufaala(first));
        DEVICE_HEADS.contains(&head)
            || present_verb
            || task
            || UNFINISHED_ENDINGS.contains(&last)
            || agreeing_adjectives
    }
}

impl Scan<'_> {
    /// A quoted name after a body's phrase that is the holder of a title: it opens with a
    /// title (د.، الدكتور), or the head itself follows one and the name opens with a common
    /// given name (مدير دائرة الهندسة "جبر الكسيح"); the head's chief before a name that is
    /// no given name is the body's (رئيس شركة تحليلات البيانات «ريدين»).
    pub(super) fn quoted_title_holder(&self, trigger: usize, name: &Range<usize>) -> bool {
        let title = |k: usize| {
            self.token(k)
                .is_some_and(|t| is_person_title(&self.strip_first(&t.norm).1))
        };
        let given = self
            .token(name.start)
            .is_some_and(|t| is_given_name(&t.norm));
        title(name.start) || (trigger > 0 && title(trigger - 1) && given)
    }

    /// A quoted name of bare name words only at token `k` ("بشير منتوري"): a body's own name
    /// after the description of its kind headed at token `head`; not a title holder's, nor a programme's (جائزة
    /// الإبداع has a common and a definite word).
    pub(super) fn quoted_proper_name_at(&self, head: usize, k: usize) -> Option<Range<usize>> {
        let name = self.quoted_name_at(k)?;
        let proper =
            name.clone().all(|i| self.name_word(i)) && !self.quoted_title_holder(head, &name);
        proper.then_some(name)
    }

    /// Bare words from token `j` that open with a common given name (طلعت مصطفى): a person's
    /// name, which the body named after him keeps its head with.
    pub(super) fn named_after_a_person(&self, j: usize, words: usize) -> bool {
        words >= 2 && self.token(j).is_some_and(|t| is_given_name(&t.norm))
    }
}

/// Levels of court that sit in every province (الجنايات، الاستئناف، الابتدائية …), normalised:
/// «محكمة الجنايات» alone is whichever criminal court the story is in, not one body; the
/// seat makes it one (محكمة جنايات القاهرة). A country has one court of cassation (محكمة
/// التمييز، محكمة النقض), which its one word names.
const COURTS_OF_MANY_SEATS: &[&str] = &[
    "الجنايات",
    "الجنح",
    "الاستئناف",
    "الابتدائيه",
    "البدايه",
    "الصلح",
    "الاسره",
    "الاحداث",
];

/// A court's one word is a level that sits in every province (see [`COURTS_OF_MANY_SEATS`]).
pub(super) fn court_of_many_seats(head: &str, word: &str) -> bool {
    head == "محكمه" && COURTS_OF_MANY_SEATS.contains(&word)
}

/// Nouns of an event, normalised: a committee or body «for» one named after ل (اللجنة العليا
/// لمهرجان شرم الشيخ …، اللجنة المنظمة لبطولة …) is the event's organiser for a season, not a
/// standing body; a body's field is definite and often plural (الهيئة العامة للمعارض).
const EVENT_NOUNS: &[&str] = &[
    "مهرجان",
    "مؤتمر",
    "بطوله",
    "معرض",
    "ملتقي",
    "مسابقه",
    "قمه",
    "دوره",
    "انتخابات",
];

/// The rest of a ل complement is an event named after it (لمهرجان …).
pub(super) fn names_an_event(rest: &str) -> bool {
    EVENT_NOUNS.contains(&rest)
}

impl Scan<'_> {
    /// A seat at token `k`: ب and a place (بالرباط، بالدار البيضاء), or في and a place
    /// (محكمة الصلح في حيفا), linked or registered (an ambiguous الرباط the article did not
    /// confirm is still a place after a court).
    pub(super) fn seat_at(&self, k: usize) -> bool {
        let place = |t: &super::tokens::Token, name: &str| {
            t.mention == Some(EntityKind::Place) || self.lex.is_registered_place(name)
        };
        self.token(k).is_some_and(|t| {
            t.sep == Sep::Space
                && (t.norm.strip_prefix('ب').is_some_and(|rest| place(t, rest))
                    || (t.norm == "في"
                        && self
                            .token(k + 1)
                            .is_some_and(|n| n.sep == Sep::Space && place(n, &n.norm))))
        })
    }

    /// The token after the seat at token `k` ([`Self::seat_at`]): past ب and the place, or في
    /// and the place, the place's further words included (بالدار البيضاء).
    pub(super) fn past_seat(&self, k: usize) -> usize {
        let place = if self.tokens()[k].norm == "في" {
            k + 1
        } else {
            k
        };
        self.past_known_place(place)
    }

    /// A department's phrase ending at `end` before في or ب and a body (دائرة العلاقات العامة
    /// والإعلام | في بلدية خان يونس): a unit of that body, which every body has, not a name.
    pub(super) fn department_of_a_body(&self, head: &str, end: usize) -> bool {
        if !["اداره", "دائره", "قسم"].contains(&head) {
            return false;
        }
        let body_at = |k: usize, strip_b: bool| {
            self.token(k).is_some_and(|t| {
                t.sep == Sep::Space
                    && (t.mention == Some(EntityKind::Organization)
                        || (if strip_b {
                            t.norm.strip_prefix('ب').is_some_and(is_body_head)
                        } else {
                            is_body_head(&self.strip_first(&t.norm).1)
                        }))
            })
        };
        let fi = self
            .token(end)
            .is_some_and(|t| t.sep == Sep::Space && t.norm == "في");
        (fi && body_at(end + 1, false)) || body_at(end, true)
    }
}

/// A committee, normalised (لجنة).
const COMMITTEE_HEADS: &[&str] = &["لجنه"];

/// Adjectives that make a committee a standing body of a nation or of the world, not one of
/// a parliament's or a government's (اللجنة الوطنية …، اللجنة الأولمبية الدولية), normalised.
const STANDING_COMMITTEE_ADJECTIVES: &[&str] = &["الوطنيه", "الدوليه", "الاولمبيه"];

impl Scan<'_> {
    /// The body headed at token `at` is a committee named by its remit alone — fields joined
    /// by و (لجنة الزراعة والسياحة، لجنة الأشغال العامة والنقل والطاقة والمياه) or a task, ل
    /// before an indefinite noun (اللجنة العليا لتهيئة البيئة لعودة المواطنين) — the phrase
    /// from `j` to `end` holding no name, no place or body and no demonym: every parliament
    /// and government has such committees, and the phrase describes one. A committee of one
    /// field (لجنة الانتخابات المركزية، اللجنة العليا للانتخابات) or named with a nation, a
    /// body or a name (اللجنة الوطنية اللبنانية لليونسكو) is a body of its own.
    pub(super) fn committee_by_its_remit(&self, at: usize, j: usize, end: usize) -> bool {
        let Some(head) = self.head_word(at) else {
            return false;
        };
        // اللجنة: a definite head comes with its article.
        let head = head.strip_prefix("ال").unwrap_or(&head);
        let remit = (j..end).any(|k| {
            self.token(k).is_some_and(|t| {
                t.norm.starts_with("وال")
                    || (t.norm.starts_with('ل')
                        && !t.norm.starts_with("لل")
                        && super::lexicon::looks_prepositional(&t.norm))
            })
        });
        COMMITTEE_HEADS.contains(&head)
            && remit
            && (j..end).all(|k| {
                self.token(k).is_some_and(|t| {
                    let bare = t.norm.strip_prefix('و').unwrap_or(&t.norm);
                    // لتهيئة، لعودة: ل before a feminine noun, the remit's purpose.
                    let name = self.name_word(k) && !super::lexicon::looks_prepositional(bare);
                    t.mention.is_none()
                        && !name
                        && !self.lex.is_registered(&t.norm)
                        && !self.lex.is_place_demonym(bare)
                        && !STANDING_COMMITTEE_ADJECTIVES.contains(&bare)
                })
            })
    }
}

/// و and an honorific of a group (والسادة) or a person's title (والدكتور): the next item of
/// a list, not a word joined to a body's name (see [`GROUP_HONORIFICS`]).
pub(super) fn starts_next_item(rest: &str) -> bool {
    GROUP_HONORIFICS.contains(&rest) || is_person_title(rest)
}

/// A definite active participle فاعل of the first form (البالغ، الواردة), normalised.
pub(super) fn is_active_participle(word: &str) -> bool {
    let Some(stem) = word.strip_prefix("ال") else {
        return false;
    };
    let stem = stem.strip_suffix('ه').unwrap_or(stem);
    let letters: Vec<char> = stem.chars().collect();
    letters.len() == 4 && letters[1] == 'ا' && letters[3] != 'ي'
}

/// A word a participle governs (هيئة التدريس البالغ | عددهم، الواردة | في المادة): a
/// preposition, or a noun with a pronoun suffix that refers back to the body.
pub(super) fn participle_complement(word: &str) -> bool {
    ["في", "علي", "من", "الي", "عن", "لدي"].contains(&word)
        || ["هم", "ها", "هما", "هن"]
            .iter()
            .any(|e| word.ends_with(e) && word.chars().count() > e.chars().count() + 2)
}

/// Words after a verbal noun with ل that make it a purpose, normalised: its object (للحفاظ
/// على، للكشف عن), its partner (للتعاون مع) or its scope (المجلس المحلي | للتعاون فيما يخدم
/// المصلحة، بما), or what it is against (محكمة النقض | للتظلم ضد الحكم).
const PURPOSE_OBJECTS: &[&str] = &["علي", "عن", "مع", "فيما", "بما", "ضد"];

/// Adjectives of a meeting, as written: after a body's name they describe a session of it
/// (مجلس وزراء الخارجية العرب التحضيري للقمة، الاجتماع الطارئ), never the body.
const MEETING_ADJECTIVES: &[&str] = &[
    "التحضيري",
    "التحضيرية",
    "الطارئ",
    "الطارئة",
    "الاستثنائي",
    "الاستثنائية",
    "الختامي",
    "الختامية",
    "التشاوري",
    "التشاورية",
];

static MEETING_ADJECTIVE_NORMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    MEETING_ADJECTIVES
        .iter()
        .map(|w| crate::text::normalize::normalize_name(w))
        .collect()
});

/// A normalised word is an adjective of a meeting (see [`MEETING_ADJECTIVES`]).
pub(super) fn is_meeting_adjective(word: &str) -> bool {
    MEETING_ADJECTIVE_NORMS.iter().any(|m| m == word)
}

/// Nouns of time a ل complement names a period with, not a body's field (هيئة استثمار البصرة
/// للفترة المقبلة، للعام الحالي، عمدة بلدية نواذيبو للمرة الثانية), normalised.
const TIME_NOUNS: &[&str] = &[
    "المره",
    "الفتره",
    "المرحله",
    "العام",
    "السنه",
    "الموسم",
    "الشهر",
    "الاسبوع",
];

impl Scan<'_> {
    /// The two words before token `i` name a state's chamber (مجلس النواب، لمجلس الوزراء).
    pub(super) fn national_chamber_before(&self, i: usize) -> bool {
        let (Some(head), Some(field)) = (
            i.checked_sub(2).and_then(|h| self.token(h)),
            i.checked_sub(1).and_then(|f| self.token(f)),
        ) else {
            return false;
        };
        super::lexicon::readings(&head.norm).iter().any(|(_, h)| {
            NATIONAL_CHAMBERS
                .iter()
                .any(|c| c.split_once(' ') == Some((h.as_ref(), field.norm.as_str())))
        })
    }

    /// The head before token `j` is a ministry's (وزارة، بوزارة): a body of one field, which
    /// a charity or an agency is not (جمعية الإحسان لتنمية المجتمع is one name).
    pub(super) fn ministry_head_before(&self, j: usize) -> bool {
        j.checked_sub(1)
            .and_then(|h| self.token(h))
            .is_some_and(|h| {
                super::lexicon::readings(&h.norm)
                    .iter()
                    .any(|(_, w)| MINISTRY_HEADS.contains(&w.as_ref()))
            })
    }

    /// A definite word after a ministry's field that is an adjective of it: a nisba (الخارجية
    /// | المصرية، التعليم | العالي), «general» (الأمن العام), an elative or a colour (الاقتصاد
    /// الأخضر), or a participle agreeing in ة (التنمية المستدامة); not a body's head in ى,
    /// which only looks like a nisba once normalised (المستشفى).
    pub(super) fn adjective_of_a_ministry_s_field(&self, t: &super::tokens::Token) -> bool {
        let Some(stem) = t.norm.strip_prefix("ال") else {
            return false;
        };
        let elative = stem.chars().count() == 4 && stem.starts_with('ا');
        !is_body_head(stem)
            && (is_name_adjective(t)
                || ["العام", "العامه"].contains(&t.norm.as_str())
                || elative
                || (looks_participle(&t.norm) && t.ta_marbuta()))
    }

    /// Token `i`, definite, follows a definite ل complement that ends the phrase so far, and
    /// is a noun, not an adjective of it (شركة الدلتا للكهرباء | العقد، الهيئة العامة للكهرباء
    /// | الاتفاقية): the object of the verb the body is the subject of. A noun is a built-in
    /// common noun (اتفاقية, in ي as an adjective is), or a word with no adjective's shape (no
    /// ي or ة ending, no participle's م, no elative's ا, not فعيل or فاعل: الأحمر، الأوسط،
    /// الكريم go on).
    pub(super) fn object_after_a_complement(&self, j: usize, i: usize) -> bool {
        let after_complement = i > j
            && self.token(i - 1).is_some_and(|p| {
                lam_reading(&p.norm).is_some_and(|rest| is_definite(&rest) && !is_listed(&rest))
            });
        let Some(t) = self.token(i).filter(|t| t.article()) else {
            return false;
        };
        let stem = t.norm.strip_prefix("ال").unwrap_or(&t.norm);
        let letters: Vec<char> = stem.chars().collect();
        let elative = letters.len() == 4 && letters[0] == 'ا';
        // فعيل and فاعل, the commonest adjectives without an ending (الكريم، الشريف، العاجل).
        let plain_adjective = letters.len() == 4 && (letters[2] == 'ي' || letters[1] == 'ا');
        let noun = (is_common_noun(stem) && !elative && !stem.ends_with('ي'))
            || !(is_name_adjective(t)
                || looks_participle(&t.norm)
                || t.ta_marbuta()
                || elative
                || plain_adjective
                || stem.ends_with('ي'));
        after_complement && noun
    }

    /// A ل complement read as `rest`, after the body whose head is token `j - 1`, is the remit
    /// of a deputy's office (نائب رئيس الجامعة للشؤون الأكاديمية، مساعد رئيس جامعة عمان
    /// الأهلية للشؤون الخارجية): «affairs» after a deputy's or an assistant's title over the
    /// body's head say what the deputy does, not what the body is called.
    pub(super) fn deputy_s_remit(&self, j: usize, rest: &str) -> bool {
        let reads_as = |k: usize, words: &[&str]| {
            self.token(k).is_some_and(|t| {
                super::lexicon::readings(&t.norm)
                    .iter()
                    .any(|(_, w)| words.contains(&w.as_ref()))
            })
        };
        AFFAIRS.contains(&rest)
            && j >= 3
            && reads_as(j - 2, &["رئيس", "مدير"])
            && reads_as(j - 3, DEPUTIES)
    }

    /// A ل complement read as `rest` after a ministry's field, under an undersecretary's title
    /// (وكيل وزارة الصحة للشؤون الصحية): his remit, as a deputy's is ([`Scan::deputy_s_remit`]);
    /// the ministry is whole in its field.
    pub(super) fn undersecretary_s_remit(&self, j: usize, rest: &str) -> bool {
        AFFAIRS.contains(&rest)
            && self.ministry_head_before(j)
            && j.checked_sub(2)
                .and_then(|k| self.token(k))
                .is_some_and(|t| {
                    super::lexicon::readings(&t.norm)
                        .iter()
                        .any(|(_, w)| UNDERSECRETARIES.contains(&w.as_ref()))
                })
    }

    /// Token `i`, a ل complement read as `rest`, says what for or when, not what the body is:
    /// a verbal noun of purpose before على or عن (وزارة التراث والسياحة | للحفاظ على المباني),
    /// or a period (للفترة المقبلة).
    pub(super) fn purpose_or_time_at(&self, i: usize, rest: &str) -> bool {
        let purpose = self
            .token(i + 1)
            .is_some_and(|n| n.sep == Sep::Space && PURPOSE_OBJECTS.contains(&n.norm.as_str()));
        purpose || TIME_NOUNS.contains(&rest)
    }
}

impl Scan<'_> {
    /// What follows the head at token `j` describes the body instead of naming it: an
    /// adjective in ة with its definite complement (شركة حديثة التأسيس، شركة متعددة
    /// الجنسيات), or where the body is, after ب (مستشفى ببلدية قديل، مصنع بمدينة …).
    pub(super) fn describes_the_body_at(&self, j: usize) -> bool {
        let Some(t) = self
            .token(j)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none())
        else {
            return false;
        };
        let definite_next = self
            .token(j + 1)
            .is_some_and(|n| n.sep == Sep::Space && n.article());
        let where_it_is = t.norm.strip_prefix('ب').is_some_and(|rest| {
            super::triggers::is_place_kind(rest) || super::triggers::serves_a_place(rest)
        });
        (t.ta_marbuta() && !t.article() && looks_like_an_adjective(&t.norm) && definite_next)
            || where_it_is
    }

    /// Token `i` is a court's rank or its chamber's ordinal (الكبرى، الرابعة) after the
    /// name a judicial head at `j - 1` opened (its first word, or a later one) (see [`CHAMBERED_HEADS`]).
    pub(super) fn chamber_adjective_at(&self, j: usize, i: usize) -> bool {
        i >= j
            && CHAMBER_ADJECTIVES.contains(&self.tokens()[i].norm.as_str())
            && j.checked_sub(1)
                .and_then(|h| self.head_word(h))
                .is_some_and(|h| CHAMBERED_HEADS.contains(&h.as_str()))
    }
}

/// Shaped like an adjective in ة, normalised: فعيلة (حديثة، كبيرة) or a participle in مت
/// (متعددة، متخصصة) — never a noun of the body's field (صناعة، تنمية).
fn looks_like_an_adjective(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('ه') else {
        return false;
    };
    let letters: Vec<char> = stem.chars().collect();
    (letters.len() == 4 && letters[2] == 'ي' && !word.starts_with('ت'))
        || (letters.len() >= 5 && word.starts_with("مت"))
}

#[cfg(test)]
#[path = "org_descriptions_tests.rs"]
mod tests;

/// «Affairs» with the article or in construct, both spellings of the hamza (normalised).
const AFFAIRS: &[&str] = &["الشؤون", "شؤون", "الشئون", "شئون"];

/// Titles of a deputy or an assistant over a body's head (normalised), whose office has a
/// remit: نائب رئيس، مساعد مدير.
const DEPUTIES: &[&str] = &["نائب", "نائبه", "مساعد", "مساعده"];

/// An undersecretary (وكيل) of a ministry, normalised, who holds a remit of his own in it.
const UNDERSECRETARIES: &[&str] = &["وكيل", "وكيله"];
