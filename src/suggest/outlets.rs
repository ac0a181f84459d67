//! News outlets named with a loanword of the trade after their name (شفق نيوز، الفرات نيوز،
//! عمون نيوز، جيروزاليم بوست، الجزيرة نت): the loanword says the two words are a medium's
//! name, whatever the word before it is elsewhere — الفرات is a river, شفق «dusk», and a
//! verb of speech before them (ذكرت شفق نيوز) would otherwise make a person of them.

use super::discover::{Found, Scan};
use super::lexicon::{is_function_or_verb, readings};
use super::speech::is_speech_verb;
use super::tokens::Sep;
use super::word_shapes::{looks_adjectival, looks_possessed};
use crate::load::EntityKind;

/// Kinds of news medium whose name may be a single definite word (صحيفة الأيام، وكالة
/// الأخبار، مجلة العربي), normalised.
const MEDIUM_HEADS: &[&str] = &["صحيفه", "جريده", "وكاله", "مجله", "اذاعه"];

/// Definite words after a kind of medium that say what it covers, not which one it is
/// (وكالة الأنباء، صحيفة الحزب، مجلة الجامعة), normalised.
const GENERIC_COMPLEMENTS: &[&str] = &[
    "الانباء",
    "الاعلام",
    "الصحافه",
    "الحزب",
    "الجامعه",
    "الحكومه",
    "الدوله",
    "النظام",
    "الحركه",
    "الجماعه",
    "الوزاره",
    "الجيش",
    "المدرسه",
    "الطلاب",
    "الطفل",
    "الاطفال",
    "المراه",
];

/// «That» after a medium's name, what it reported following (قالت صحيفة الأيام إن …),
/// normalised.
const THAT: &[&str] = &["ان", "انه", "انها"];

/// Words before a medium that say it reported what follows (حسب صحيفة …، تابعته صحيفة …،
/// نقلت وكالة …), normalised; verbs of saying count too ([`is_speech_verb`]).
const REPORTED_BY: &[&str] = &[
    "حسب",
    "بحسب",
    "وفق",
    "وفقا",
    "تابعته",
    "تابعتها",
    "نقلت",
    "نقلته",
    "نقلتها",
    "نشرت",
    "نشرته",
    "نشرتها",
    "اوردت",
    "اوردته",
    "اوردتها",
    "عن",
];

/// «لـ» written apart, normalised: «to» before a quoted outlet (لـ«المدى»).
const TO: &str = "ل";

/// «That» after what someone told an outlet, with the ب of أفاد بأن too (أفاد لـ"العربي
/// الجديد" بأنه …), normalised.
const TOLD_THAT: &[&str] = &["ان", "انه", "انها", "بان", "بانه", "بانها"];

/// A correspondent (normalised), whose outlet is the quoted name right after the word (وأفاد
/// مراسل "العربي الجديد" بأن …، مراسلة «الشرق الأوسط»): no person or place is quoted there.
const CORRESPONDENTS: &[&str] = &["مراسل", "مراسله", "مراسلو", "مراسلي"];

/// Most words of an outlet's quoted name after «لـ».
const MAX_TOLD_WORDS: usize = 3;

/// Loanwords that end a news outlet's name (normalised): news, press, post, times, online,
/// net. Each is a transliteration no Arabic word is written like, so none ends anything else.
const OUTLET_TAILS: &[&str] = &["نيوز", "برس", "بوست", "تايمز", "اونلاين", "نت"];

/// «News» as an adjective with the article (الإخباري، الإخبارية), normalised. After a bare word
/// it agrees with nothing, so the two are a name (عروبة الإخباري، عمون الإخبارية); after a
/// definite word it is a description (الموجز الإخباري، النشرة الإخبارية) unless the pair
/// opens a byline (النجاح الإخباري - قال …).
const NEWS_ADJECTIVES: &[&str] = &["الاخباري", "الاخباريه"];

impl Scan<'_> {
    /// Every outlet this run names as one word and a loanword of [`OUTLET_TAILS`].
    pub(super) fn outlets(&self) -> Vec<Found> {
        (1..self.tokens().len())
            .filter_map(|tail| self.outlet_ending_at(tail))
            .collect()
    }

    /// Every outlet quoted right after «لـ» and followed by what it was told (وقال المفتش
    /// لـ«المدى» إن …، وأكدت مصادر مطلعة لـ”فلاش بريس” أن …): someone speaks to a paper or an
    /// agency, which only a source's quoted name can be there. One to three words that no
    /// known name covers. So is every outlet quoted right after a correspondent
    /// ([`CORRESPONDENTS`]).
    pub(super) fn told_outlets(&self) -> Vec<Found> {
        self.words
            .quoted
            .iter()
            .filter(|r| (1..=MAX_TOLD_WORDS).contains(&r.len()))
            .filter(|r| {
                let Some(before) = r.start.checked_sub(1).map(|b| &self.tokens()[b]) else {
                    return false;
                };
                let told = before.norm == TO
                    && self
                        .token(r.end)
                        .is_some_and(|n| TOLD_THAT.contains(&n.norm.as_str()));
                let correspondent = readings(&before.norm)
                    .iter()
                    .any(|(clitic, w)| *clitic <= 1 && CORRESPONDENTS.contains(&w.as_ref()));
                // مراسل «مستقل»: a single bare word after a correspondent is what he is, not
                // whom he works for; an outlet's name there has the article or two words.
                let named = r.len() >= 2 || self.tokens()[r.start].article();
                (told || (correspondent && named))
                    && self.tokens()[(*r).clone()].iter().all(|t| {
                        t.mention.is_none() && !t.tanween() && !is_function_or_verb(&t.norm)
                    })
            })
            .map(|r| Found::organization(r.clone(), true, None))
            .collect()
    }

    /// Every medium this run names by its kind and one definite word where the sentence says
    /// it reported (see [`Scan::medium_at`]).
    pub(super) fn media(&self) -> Vec<Found> {
        (0..self.tokens().len().saturating_sub(1))
            .filter(|&i| self.tokens()[i].cue())
            .filter_map(|i| self.medium_at(i))
            .collect()
    }

    /// A kind of medium at token `i` and one definite word after it that names it (تابعته
    /// صحيفة المرصد، حسب وكالة الأخبار، وقالت صحيفة الأيام إن …, لصحيفة الوطن): the word
    /// is no adjective, demonym or generic complement (وكالة الأنباء، صحيفة الحزب), the name
    /// ends there, and the sentence says the medium reported — a verb of saying or
    /// reporting, حسب or عن before it, a ل before its kind (told the paper), or إن/أن after
    /// it. Why: the gazetteer knows the big outlets; a local paper or agency named by one
    /// word was found by no rule, since one definite word after most heads is a description.
    fn medium_at(&self, i: usize) -> Option<Found> {
        let head = &self.tokens()[i];
        if !head.ta_marbuta() {
            return None;
        }
        let clitics = readings(&head.norm);
        let (clitic, _) = clitics
            .iter()
            .find(|(_, w)| MEDIUM_HEADS.contains(&w.as_ref()))?;
        let told = head.norm.starts_with('ل') || head.norm.starts_with("ول");
        self.token(i + 1).filter(|n| {
            n.sep == Sep::Space
                && n.article()
                && n.mention.is_none()
                && n.norm.chars().all(char::is_alphabetic)
                && n.norm.chars().count() >= 4
                && !looks_adjectival(&n.norm)
                && !n.norm.ends_with('ي')
                && !is_function_or_verb(&n.norm)
                && !GENERIC_COMPLEMENTS.contains(&n.norm.as_str())
                && !self.lex.is_place_demonym(&n.norm)
        })?;
        let after = self.token(i + 2);
        let said_after =
            after.is_some_and(|n| n.sep == Sep::Space && THAT.contains(&n.norm.as_str()));
        let ends = said_after || after.is_none_or(|n| n.sep == Sep::Break);
        let said_before = (*clitic == 0 || told)
            && i > 0
            && head.sep == Sep::Space
            && self
                .token(i - 1)
                .is_some_and(|p| REPORTED_BY.contains(&p.norm.as_str()) || is_speech_verb(&p.norm));
        (ends && (said_before || said_after || told))
            .then(|| Found::organization(i..i + 2, true, None))
    }

    /// The outlet whose loanword is token `tail`: the word right before it, across a space,
    /// is its name when it is no function word or verb, no number and no person's or
    /// organisation's known name (a known place's is: الفرات نيوز). A name the site already
    /// knows whole (سكاي نيوز عربية، فرانس برس) is not found again.
    fn outlet_ending_at(&self, tail: usize) -> Option<Found> {
        let t = self
            .token(tail)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none())?;
        let news_adjective = NEWS_ADJECTIVES.contains(&t.norm.as_str());
        if !OUTLET_TAILS.contains(&t.norm.as_str()) && !news_adjective {
            return None;
        }
        let name = self.token(tail - 1)?;
        if news_adjective && name.article() && !self.opens_a_byline(tail - 1, tail) {
            return None;
        }
        let known_other = matches!(
            name.mention,
            Some(EntityKind::Person | EntityKind::Organization)
        );
        let word = name.norm.chars().all(char::is_alphabetic)
            && name.norm.chars().count() >= 2
            && !name.tanween()
            && !is_function_or_verb(&name.norm)
            // رسالته الإخبارية «its newsletter»: a noun with a pronoun is no outlet's name.
            && !looks_possessed(&name.norm);
        (word && !known_other).then(|| Found::organization(tail - 1..tail + 1, true, None))
    }

    /// Tokens `first..=last` open the run and a dash follows them (النجاح الإخباري - قال …):
    /// the outlet's byline before its report.
    fn opens_a_byline(&self, first: usize, last: usize) -> bool {
        first == 0 && self.token(last + 1).is_some_and(|t| t.after_hyphen())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::discovered_with;
    use crate::load::EntityKind;

    fn found(bodies: &[&str]) -> Vec<(String, EntityKind)> {
        discovered_with(bodies, true)
    }

    fn found_words(bodies: &[&str]) -> Vec<String> {
        found(bodies).into_iter().map(|(n, _)| n).collect()
    }

    /// A word and a loanword of the trade are an outlet, even when the word is a known place
    /// (الفرات) or a verb of speech stands before them.
    #[test]
    fn a_name_and_a_loanword_of_the_trade_are_an_outlet() {
        let found = found(&[
            "وقال محافظ البصرة لوكالة {الفرات نيوز} إن الاجتماع بحث ملف الطاقة.",
            "وذكرت شفق نيوز أن الفريق فاز على ضيفه.",
            "وقالت عمون نيوز إن الحكومة قدمت استقالتها، ونشرت جيروزاليم بوست تقريرا.",
        ]);
        for name in ["الفرات نيوز", "شفق نيوز", "عمون نيوز", "جيروزاليم بوست"]
        {
            assert!(
                found
                    .iter()
                    .any(|(n, k)| n == name && *k == EntityKind::Organization),
                "«{name}» not an organisation in {found:?}"
            );
        }
        assert!(
            !found.iter().any(|(_, k)| *k == EntityKind::Person),
            "{found:?}"
        );
    }

    /// A quoted name someone told something (لـ«المدى» إن، لـ"الشروق" بأنه) or a
    /// correspondent works for (مراسل «الأيام») is an outlet.
    #[test]
    fn a_quoted_name_told_or_reported_from_is_an_outlet() {
        let found = found(&[
            "وقال المفتش لـ«المدى» إن البعثات وصلت، وأفاد مراسل «الأيام» بأن القصف توقف.",
            "وقال المحامي لـ\"الشروق\" بأنه رفض تسليم الأغراض.",
        ]);
        let quoted_words = found_words(&["وقضت المحكمة بسجن مراسل «مستقل» لمدة عام."]);
        assert!(quoted_words.is_empty(), "{quoted_words:?}");
        for name in ["المدى", "الأيام", "الشروق"] {
            assert!(
                found
                    .iter()
                    .any(|(n, k)| n == name && *k == EntityKind::Organization),
                "«{name}» not an organisation in {found:?}"
            );
        }
    }

    /// ل before an outlet's name with the article elides its alef (للصحوة نت): the name is
    /// «الصحوة نت», without the preposition.
    #[test]
    fn a_preposition_before_an_outlet_is_no_part_of_it() {
        let found = found(&["وثمن رئيس الحزب، في تصريح للصحوة نت، اليوم، الجهود المبذولة."]);
        assert!(
            found
                .iter()
                .any(|(n, k)| n == "الصحوة نت" && *k == EntityKind::Organization),
            "{found:?}"
        );
        assert!(!found.iter().any(|(n, _)| n.starts_with("لل")), "{found:?}");
    }

    /// «News» as an adjective after a bare word names an outlet (عروبة الإخباري، عمون
    /// الإخبارية); after a definite word only at the head of a byline (النجاح الإخباري -);
    /// elsewhere that is a description (الموجز الإخباري، النشرة الإخبارية، التقرير
    /// الإخباري), and so it is after a noun with a pronoun (رسالته الإخبارية).
    #[test]
    fn a_news_adjective_after_a_bare_word_or_in_a_byline_names_an_outlet() {
        let found = found(&[
            "عروبة الإخباري – استقبل الوزير سفير اليابان، وقالت عمون الإخبارية إن اللقاء مثمر.",
            "النجاح الإخباري - قال المحافظ إن البنوك تضررت.",
            "وقال الموجز الإخباري إن الحكومة اجتمعت. ونشرت النشرة الإخبارية التقرير الإخباري \
             كاملا.",
            "التقرير الإخباري نشر أمس.",
            "أصدر المركز رسالتة الإخبارية الأولى، ونشرت الجمعية نشرتها الإخبارية.",
        ]);
        let mut names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        names.sort();
        assert_eq!(
            names,
            ["النجاح الإخباري", "عروبة الإخباري", "عمون الإخبارية"],
            "{found:?}"
        );
        assert!(
            found.iter().all(|(_, k)| *k == EntityKind::Organization),
            "{found:?}"
        );
    }

    /// No outlet without a name before the loanword: a function word, a number, or nothing.
    #[test]
    fn a_loanword_alone_names_no_outlet() {
        let found = found(&[
            "وقال إن نيوز الصباح لم تصدر. وأضاف في 2024 نيوز جديدة.",
            "نيوز ثم برس في أول السطر.",
        ]);
        assert!(
            !found
                .iter()
                .any(|(n, _)| n.ends_with("نيوز") || n.ends_with("برس")),
            "{found:?}"
        );
    }

    /// A paper, an agency or a radio named by its kind and one definite word is an outlet
    /// where the sentence says it reported (تابعته صحيفة المرصد، حسب وكالة الأخبار، قالت
    /// صحيفة الأيام إن، قال لصحيفة الوطن); the kind with a description (وكالة الأنباء
    /// الرسمية، صحيفة الحزب، مجلة الجامعة، الصحيفة الأمريكية، صحيفة محلية) names none.
    #[test]
    fn a_medium_named_by_one_word_where_it_reported() {
        let found = found(&[
            "وقال بيان صحفي تابعته صحيفة المرصد إن اللقاء كان مثمرا.",
            "وبرئ المتهمون نهائيا، حسب وكالة الاخبار.",
            "وقالت صحيفة الأيام إن اللقاء مهم، وقال الوزير لصحيفة الوطن إن الأمر انتهى.",
            "ونقلت وكالة الأنباء الرسمية عن مصدر. وذكرت صحيفة الحزب أن الاجتماع تأجل. وقالت \
             صحيفة محلية إن الطريق أغلق. وحسب مجلة الجامعة، زاد عدد الطلاب. وقالت الصحيفة \
             الأمريكية إن المفاوضات تعثرت.",
        ]);
        for name in ["صحيفة المرصد", "وكالة الاخبار", "صحيفة الأيام", "صحيفة الوطن"]
        {
            assert!(
                found
                    .iter()
                    .any(|(n, k)| n == name && *k == EntityKind::Organization),
                "«{name}» not an organisation in {found:?}"
            );
        }
        assert_eq!(found.len(), 4, "{found:?}");
    }

    /// A quoted name right after «لـ» and before «إن» or «أن» is the outlet a source spoke to
    /// (لـ«المدى» إن، لـ"الشارع المغاربي" أن); a quote without «لـ», or with no «إن» after it,
    /// names none.
    #[test]
    fn the_outlet_a_source_spoke_to() {
        let bodies = found(&[
            "وقال مفتش الآثار شامل الرميض لـ«المدى» إن البعثات وصلت.",
            "وأكد مصدر مسؤول لـ\"الشارع المغاربي\" أن الاتفاق قريب.",
        ]);
        for name in ["المدى", "الشارع المغاربي"] {
            assert!(
                bodies
                    .iter()
                    .any(|(n, k)| n == name && *k == EntityKind::Organization),
                "«{name}» not in {bodies:?}"
            );
        }
        let none = found(&[
            "ووصف الوزير المشروع بـ«المدى» البعيد للتنمية.",
            "وقال إن «المدى» أن يطول.",
        ]);
        assert!(!none.iter().any(|(n, _)| n == "المدى"), "{none:?}");
    }
}
