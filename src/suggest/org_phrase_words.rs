//! What the phrase grammar of `org_phrase.rs` asks of single words and short runs: whether a
//! word governs, joins, starts a new place or another body, and a club named after «نادي».
//! The grammar walks the phrase; these answer its questions one token at a time.

use super::discover::{Found, Scan};
use super::lexicon::{is_common_noun, is_definite, is_function_or_verb, is_listed, looks_verbal};
use super::org_shapes::is_mufaala;
use super::tokens::Sep;
use super::triggers::{definite_head_at, needs_a_place, serves_a_place, trigger_at};
use crate::load::EntityKind;

impl Scan<'_> {
    /// Token `i` is a definite word across a space (للمنطقة | الاقتصادية: an adjective that
    /// makes the kind of place a named one).
    pub(super) fn definite_word_at(&self, i: usize) -> bool {
        self.token(i)
            .is_some_and(|n| n.sep == Sep::Space && n.article())
    }

    /// The head before the phrase at token `j` (with or without the article) names a body
    /// by the place it serves or must name one (مجلس، بلدية، غرفة).
    pub(super) fn serving_head_before(&self, j: usize) -> bool {
        let Some(head) = j.checked_sub(1).and_then(|h| self.head_word(h)) else {
            return false;
        };
        let head = head.strip_prefix("ال").unwrap_or(&head);
        needs_a_place(head) || serves_a_place(head)
    }

    /// Token `k` (or the one after it, past a noun joined by و) is a definite word or a
    /// place: what a common noun after a head governs.
    pub(super) fn governs_from(&self, k: usize) -> bool {
        let governed = |k: usize| {
            self.token(k).is_some_and(|n| {
                n.sep == Sep::Space && (n.article() || n.mention == Some(EntityKind::Place))
            })
        };
        governed(k) || (self.joined_common_noun(k) && governed(k + 1))
    }

    /// Token `k` is و and a noun without the article (وصناعة).
    pub(super) fn joined_common_noun(&self, k: usize) -> bool {
        self.token(k).is_some_and(|n| {
            n.sep == Sep::Space
                && n.mention.is_none()
                && n.norm.strip_prefix('و').is_some_and(|r| {
                    r.chars().count() >= 3
                        && !is_definite(r)
                        && !is_function_or_verb(r)
                        && (is_common_noun(r) || !is_listed(r))
                })
        })
    }

    /// Token `i` follows a definite demonym of a registered place (الكويتي، المصرية) that
    /// no mention took: a word of the nisba's shape (in ي or ية), not a place's own name
    /// the registry holds (جامعة الخليل الوطنية: الخليل is Hebron).
    pub(super) fn after_a_demonym(&self, i: usize) -> bool {
        i > 0
            && self.token(i - 1).is_some_and(|p| {
                p.article()
                    && p.mention.is_none()
                    && (p.norm.ends_with('ي') || p.norm.ends_with("يه"))
                    && self.lex.is_registered_place_demonym(&p.norm)
            })
    }

    /// العام at token `i` is the adjective «general» of a name (مديرية الأمن العام), not «the
    /// year» of a date after it (أعلنت الوزارة العام الماضي): no word of time follows.
    pub(super) fn general_adjective_at(&self, i: usize) -> bool {
        const OF_TIME: &[&str] = &[
            "الماضي",
            "المقبل",
            "الجاري",
            "الحالي",
            "المنصرم",
            "القادم",
            "الدراسي",
            "المالي",
        ];
        self.token(i).is_some_and(|t| t.norm == "العام")
            && !self
                .token(i + 1)
                .is_some_and(|n| n.sep == Sep::Space && OF_TIME.contains(&n.norm.as_str()))
    }

    /// A noun without the article inside an organisation's phrase (كهرباء، ومياه، تجار،
    /// منتجي): letters only, no verb, function word or listed word, not an accusative. A plural in
    /// ات (مستشفيات) or a verbal noun مفاعلة is a noun whatever its participle-like shape.
    pub(super) fn construct_noun(&self, i: usize) -> bool {
        let Some(t) = self.token(i) else { return false };
        let w = t.norm.strip_prefix('و').unwrap_or(&t.norm);
        w.chars().count() >= 2
            && t.norm.chars().all(char::is_alphabetic)
            && (!is_listed(w) || is_mufaala(w))
            && !is_function_or_verb(w)
            && !self.lex.is_accusative_form(w)
            && (!looks_verbal(w) || is_mufaala(w) || w.ends_with("ات"))
            && !super::word_shapes::looks_like_derived_present(w)
    }

    /// The definite word `rest` of a ل complement is already a word of the phrase in `words`
    /// (وكيل وزارة التراث والسياحة | للتراث): the complement names an office's portfolio
    /// inside the body, not the body.
    pub(super) fn repeats_a_word_of(&self, words: std::ops::Range<usize>, rest: &str) -> bool {
        is_definite(rest)
            && words.into_iter().any(|k| {
                self.token(k)
                    .is_some_and(|t| t.norm.strip_prefix('و').unwrap_or(&t.norm) == rest)
            })
    }

    /// Token `i` of a run of place tokens begins a place of its own: the matcher found two
    /// mentions side by side (بنك الإمارات دبي الوطني), told apart by a token that is a
    /// registered name on its own.
    pub(super) fn starts_new_place(&self, i: usize) -> bool {
        self.token(i)
            .is_some_and(|t| self.lex.is_registered(&t.norm))
    }
}

impl Scan<'_> {
    /// Token `i` is the rank «الفريق» with a common given name right after it (الفريق مالك
    /// عقار): an officer's title, not «the team» (الفريق الوطني).
    pub(super) fn rank_before_a_name(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| t.norm == "الفريق")
            && self.token(i + 1).is_some_and(|n| {
                n.sep == Sep::Space
                    && n.mention.is_none()
                    && super::given_names::is_given_name(&n.norm)
            })
    }

    /// Token `i`, a ل complement, is the head of another body (مجلس السياسة النقدية | للبنك
    /// المركزي الموريتاني، المكتب السياسي | لحركة حماس): the body whose council or office the
    /// phrase names, found on its own, so a reader is sent to the bank, not to a name that
    /// holds it and loses its country.
    pub(super) fn another_body_at(&self, i: usize) -> bool {
        trigger_at(self.tokens(), i).is_some_and(|t| t.kind == EntityKind::Organization)
            || definite_head_at(self.tokens(), i)
    }

    /// نادي إنتر ميامي (الأمريكي): a club of bare names (a town among them) is called by them
    /// alone, as its fans and the sports pages say, so the head and a trailing adjective of its
    /// country (الأمريكي، الإسباني) stay out. One word (نادي باريس, the creditors) or a definite name (نادي
    /// الأسير، نادي الضباط) keeps the head: such a body is named with it. فريق («team») is
    /// never part of a club's name: in a sports report, فريق مكابي حيفا is مكابي حيفا.
    pub(super) fn club_named_after_nadi(&self, head: &str, j: usize, end: usize) -> Option<Found> {
        if head != "نادي" && !(head == "فريق" && self.is_sports_report()) {
            return None;
        }
        let mut last = end;
        while last > j + 1
            && self.token(last - 1).is_some_and(|t| {
                t.article()
                    && t.mention != Some(EntityKind::Place)
                    && (t.norm.ends_with('ي') || self.lex.is_place_demonym(&t.norm))
            })
        {
            last -= 1;
        }
        let bare_names = (j..last).all(|i| {
            self.token(i).is_some_and(|t| {
                !t.article()
                    && !t.norm.starts_with('و')
                    && (t.mention.is_some() || self.name_word(i))
            })
        });
        let words = (j..last).filter(|&i| self.starts_word(i, j)).count();
        (bare_names && words >= 2).then(|| Found::organization(j..last, true, None))
    }
}

#[cfg(test)]
#[path = "org_phrase_tests.rs"]
mod tests;

/// Words of a body's standing after a definite word of its name, normalised: which side of
/// power it is on (حزب التقدم والاشتراكية المعارض، حزب المؤتمر الشعبي العام الحاكم) or what the
/// state made of it (المحظورة، المنحل). Not المعارضة: «the opposition», a noun a name governs
/// (جبهة أحزاب المعارضة).
pub(super) const STANDING: &[&str] = &[
    "المعارض",
    "الحاكم",
    "المحظور",
    "المحظوره",
    "المنحل",
    "المنحله",
];

/// Adjectives of allegiance after a body's name, both genders, normalised: they say whose
/// side it is on (الحليفة لحزب الله، الموالية للحكومة، التابعة للوزارة), never part of a name.
pub(super) const ALLEGIANCE: &[&str] = &[
    "الحليف",
    "الحليفه",
    "الموالي",
    "المواليه",
    "التابع",
    "التابعه",
    "المقرب",
    "المقربه",
    "المدعوم",
    "المدعومه",
];

/// A definite feminine noun in ة (normalised ه), not an adjective of relation (ية), a
/// participle (م…) or an adjective a body's name takes (العامة، العليا): السلطة، الحكومة.
pub(super) fn is_plain_feminine_noun(word: &str) -> bool {
    word.strip_prefix("ال").is_some_and(|stem| {
        stem.ends_with('ه')
            && !stem.ends_with("يه")
            && !stem.starts_with('م')
            && stem.chars().count() >= 4
            && !follows_a_demonym_in_a_name(word)
            && !["الجديده", "الحره", "الكبيره", "الصغيره"].contains(&word)
    })
}

/// Adjectives a body's name takes after its country's demonym (وكالة الأنباء السورية الرسمية،
/// الهيئة المصرية العامة للكتاب، المحكمة الدستورية العليا، الشركة الوطنية), normalised.
pub(super) fn follows_a_demonym_in_a_name(word: &str) -> bool {
    matches!(
        word,
        "الرسمي"
            | "الرسميه"
            | "العام"
            | "العامه"
            | "العليا"
            | "الوطني"
            | "الوطنيه"
            | "الاهلي"
            | "الاهليه"
            | "المستقل"
            | "المستقله"
            | "المتحده"
            | "الدولي"
            | "الدوليه"
            | "الكبري"
    )
}
