//! The phrase an organisation's head governs (وزارة التضامن الاجتماعي، جهاز أبوظبي للاستثمار،
//! هيئة كهرباء ومياه دبي، جامعة الملك عبدالعزيز), read as a small grammar of the construct
//! (the shapes of its words are told in `org_shapes.rs`, and what it asks of single words in
//! `org_phrase_words.rs`).

use super::discover::Scan;
use super::lexicon::{is_common_noun, is_definite, is_function_or_verb, is_listed};
use super::local::is_toponym_head;
use super::org_descriptions::{
    is_active_participle, is_meeting_adjective, names_an_event, participle_complement,
    starts_next_item,
};
use super::org_phrase_words::{
    ALLEGIANCE, STANDING, follows_a_demonym_in_a_name, is_plain_feminine_noun,
};
pub(super) use super::org_shapes::{
    COMPASS_QUARTERS, NAMESAKE_TITLES, is_name_adjective, is_tafiil, lam_reading,
};
use super::org_shapes::{
    HONOURED_NAMESAKES, NAMED_FOR_RULERS, NUMBERED_HEADS, SCHOOL, SCHOOL_NAMESAKES, is_admin_noun,
    is_kunya, is_mufaala, looks_participle, plural_with_pronoun,
};
use super::title_complement::is_place_back_reference;
use super::tokens::Sep;
use super::triggers::{definite_head_at, trigger_at};
use super::word_lists::{is_function_word, is_listed_verb};
use super::word_shapes::is_verbal_noun_of_a_derived_form;
use crate::load::EntityKind;

/// What a side wins, draws or loses, with the article, normalised (حقق فريق تشرين الفوز، نال
/// نادي الوحدة اللقب): after a body's name it is the verb's object.
const WON_OR_LOST: &[&str] = &[
    "الفوز",
    "التعادل",
    "الانتصار",
    "الخساره",
    "الهزيمه",
    "اللقب",
    "الصداره",
    "التاهل",
];

/// Most tokens in the phrase after an organisation's head.
pub(super) const MAX_ORG_PHRASE: usize = 7;

/// What [`Scan::org_phrase`] found.
#[derive(Debug, Default)]
pub(super) struct Phrase {
    /// One past its last token.
    pub end: usize,
    /// It names a registered place (بنك دبي الإسلامي): a demonym after it is then an
    /// adjective of the body, not its country.
    pub has_place: bool,
    /// Definite adjectives of relation in it (الانتقالي الجنوبي).
    pub adjectives: usize,
    /// It has a complement with ل (للاستثمار، لكرة القدم).
    pub complement: bool,
    /// It names the person the body is named for, with his title (مدرسة الشهيد محمد بوضياف):
    /// that says which one as surely as a place does.
    pub namesake: bool,
}

impl Scan<'_> {
    /// The phrase an organisation's head governs, from token `j`, as a small grammar of the
    /// construct: nouns without the article (كهرباء ومياه، تجار، بلديات) until a word that
    /// can end the name — a definite word, a registered place or a bare name (دبي، صور،
    /// إعمار) — then definite adjectives and nouns (المالي والاقتصادي) and complements with
    /// ل (للاستثمار، لكرة القدم، لجمعيات منتجي الأفلام). It stops at a verb, a listed word,
    /// a registered person or body, punctuation, or a bare word after a complete phrase (an
    /// apposition: هيئة كهرباء ومياه دبي ديوا). `after_definite`: the phrase follows a
    /// definite head and its adjectives may start it. A bare name may have up to `bare_words`
    /// words (شركة وول ستريت جورنال); one inside a title, so that the person's name after the
    /// body stays whole (رئيس شركة أرامكو أمين الناصر).
    pub(super) fn org_phrase(
        &self,
        j: usize,
        after_definite: bool,
        bare_words: usize,
    ) -> Option<Phrase> {
        let mut phrase = Phrase::default();
        let mut open = !after_definite; // still wants a word that can end the name
        let mut last_place = false;
        let mut last_name = false;
        let mut bare_run = 0;
        let mut in_complement = false;
        let mut i = j;
        while i < j + MAX_ORG_PHRASE {
            let Some(t) = self.token(i) else { break };
            let first = i == j;
            if !(t.sep == Sep::Space || (first && t.sep == Sep::Quote && !after_definite)) {
                break;
            }
            let w = t.norm.as_str();
            let after_name = std::mem::take(&mut last_name);
            // شركة المصافي العربية السعودية: a country's name that is also the feminine
            // demonym, after a definite word of the name, is the name's adjective (the linker
            // read it as the country).
            let adjective_place = t.mention == Some(EntityKind::Place)
                && !open
                && t.article()
                && i > j
                && self
                    .token(i - 1)
                    .is_some_and(|p| p.article() && p.mention.is_none())
                && self.lex.is_place_demonym(w)
                && self
                    .token(i + 1)
                    .is_none_or(|n| n.mention != Some(EntityKind::Place));
            if adjective_place {
                phrase.end = i + 1;
                i += 1;
                continue;
            }
            if let Some(kind) = t.mention {
                let continues_place = (last_place || after_name) && kind == EntityKind::Place;
                let after_lam = lam_reading(w).is_some() && !self.lex.is_registered_place(w);
                // غرفة التجارة والصناعة | لصفاقس، المجلس الجماعي | لطنجة: the place a chamber or
                // council serves, after ل, completes its name.
                let served = kind == EntityKind::Place
                    && i > j
                    && !phrase.has_place
                    && after_lam
                    && self.token(i - 1).is_some_and(|p| {
                        let word = p.norm.strip_prefix('و').unwrap_or(&p.norm);
                        is_definite(word)
                            && p.mention.is_none()
                            && !self.lex.is_registered_place(word)
                    })
                    && self.serving_head_before(j);
                // مستشفى الدكتور سليمان فقيه | بجدة: a place after ب behind a person's name says
                // where the body is, not whose name it bears.
                let located = phrase.namesake && after_name && w.starts_with('ب');
                if kind != EntityKind::Place || !(open || continues_place || served) || located {
                    break;
                }
                phrase.complement |= served;
                i += 1;
                while self
                    .token(i)
                    .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Place))
                    && !self.starts_new_place(i)
                {
                    i += 1;
                }
                (open, last_place, phrase.has_place, phrase.end) = (false, true, true, i);
                continue;
            }
            let after_place = std::mem::take(&mut last_place);
            // مستشفى 222 لأمراض النساء والولادة: a number right after a hospital's head is the
            // first word of its name when a ل complement says what it treats (not مستشفى 100
            // سرير, a count of beds).
            let numbered = first
                && w.chars().all(char::is_numeric)
                && j > 0
                && self
                    .head_word(j - 1)
                    .is_some_and(|h| NUMBERED_HEADS.contains(&h.as_str()))
                && self
                    .token(i + 1)
                    .is_some_and(|n| n.sep == Sep::Space && lam_reading(&n.norm).is_some());
            if numbered {
                (open, phrase.end) = (false, i + 1);
                i += 1;
                continue;
            }
            // جامعة الملك عبدالعزيز: the ruler's title as the first word, and his name next.
            let head = j.checked_sub(1).and_then(|h| self.head_word(h));
            let school = head.as_deref() == Some(SCHOOL);
            let named_for_ruler = school
                || head
                    .as_deref()
                    .is_some_and(|h| NAMED_FOR_RULERS.contains(&h));
            // مستشفى الدكتور عمر نور الدائم، مدرسة الشهيد محمد بوضياف: those heads are named
            // after a doctor or a martyr with his title too; a school only after some titles.
            let ruler = first
                && if school {
                    SCHOOL_NAMESAKES.contains(&w)
                } else {
                    NAMESAKE_TITLES.contains(&w)
                        || (named_for_ruler && HONOURED_NAMESAKES.contains(&w))
                };
            // مجلس الشيخ خليفة: the ruler's own gathering or office, not a body's name.
            if ruler && !named_for_ruler {
                break;
            }
            if ruler && self.name_word(i + 1) {
                (open, last_name, bare_run, phrase.end) = (false, true, 0, i + 1);
                phrase.namesake = true;
                i += 1;
                continue;
            }
            // A title ends the phrase (بلدية صور | المهندس حسن دبوق), but not as its first word
            // (مجلس النواب).
            // So does the rank الفريق before a name (عضو مجلس السيادة الفريق مالك عقار), which
            // alone is no trigger: it is «the team» as often.
            let title =
                i > j && (trigger_at(self.tokens(), i).is_some() || self.rank_before_a_name(i));
            // أمانة منطقة القصيم: an administrative place noun before the place it names.
            // اتحاد بلديات قضاء بنت جبيل: after a bare plural (بلديات) too, whose towns it says.
            let after_plural = i > j
                && self
                    .token(i - 1)
                    .is_some_and(|p| !p.article() && p.mention.is_none() && p.norm.ends_with("ات"));
            let admin = (open || after_plural)
                && !t.article()
                && is_admin_noun(w)
                && self.token(i + 1).is_some_and(|n| {
                    n.sep == Sep::Space && (n.mention == Some(EntityKind::Place) || n.article())
                });
            if admin {
                // The place it names is still wanted.
                open = true;
                i += 1;
                continue;
            }
            // جامعة جنوب الوادي، شركة غرب الدلتا: a quarter as the name's first word governs
            // the definite word after it, known place or not (الوادي is a town too, and a
            // registered word ends a name below).
            let quarter_of = first
                && COMPASS_QUARTERS.contains(&w)
                && self.token(i + 1).is_some_and(|n| {
                    n.sep == Sep::Space
                        && n.article()
                        && n.mention.is_none_or(|k| k == EntityKind::Place)
                        && !is_listed(&n.norm)
                });
            if quarter_of {
                // The quarter and its word name a region (the south of the valley): a place,
                // and الوادي is no demonym to cut off.
                (open, phrase.has_place, phrase.end) = (false, true, i + 2);
                i += 2;
                continue;
            }
            // محكمة جنايات شمال القاهرة، مديرية تربية جنوب الخليل: after a bare word of the
            // name a quarter of the compass and a place say which one; after a definite word
            // (مستشفى الشفاء | شمال غزة) they say where it is.
            let quarter = i > j
                && COMPASS_QUARTERS.contains(&w)
                && self
                    .token(i - 1)
                    .is_some_and(|p| !p.article() && p.mention.is_none())
                && self
                    .token(i + 1)
                    .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Place));
            if quarter {
                open = true;
                i += 1;
                continue;
            }
            // جامعة أم القرى، مستشفى أبو الريش: a kunya before a definite word opens the name
            // (أم is not «or» there); the definite word ends it.
            let kunya = open
                && !t.article()
                && is_kunya(w)
                && self
                    .token(i + 1)
                    .is_some_and(|n| n.sep == Sep::Space && n.article() && n.mention.is_none());
            if kunya {
                i += 1;
                continue;
            }
            // بلدية الخليل، جامعة القدس: a registered place with the article that the linker left
            // unconfirmed (الخليل is also «the close friend») is the place the body serves.
            if open && t.article() && i == j && self.lex.is_registered_place(w) {
                (open, last_place, phrase.has_place, phrase.end) = (false, true, true, i + 1);
                i += 1;
                continue;
            }
            // A listed verbal noun مفاعلة still names the body's purpose (هيئة مكافحة الفساد);
            // a common noun right after the head governs a definite word or a place in the
            // name (محكمة أمن الدولة، مجلس وزراء الخارجية العرب، شركة نفط الكويت), a second
            // noun joined by و between them (غرفة تجارة وصناعة دبي).
            let governing = first
                && !t.article()
                && (is_common_noun(w) || is_tafiil(w))
                && self.governs_from(i + 1);
            let purpose = !t.article() && (is_mufaala(w) || governing);
            let general =
                (i > j && self.general_adjective_at(i)) || self.chamber_adjective_at(j, i);
            // المؤسسة العامة لنقل وتوزيع الكهرباء: after ل a past verb's letters are its
            // verbal noun (نقل «transport»), the body's purpose; ل before a verb takes the
            // present (ليقول، لتعلن).
            // Only a verb of three letters, none a long vowel (قال's noun is قول), and only as
            // the name's first complement (الهيئة العامة للطيران المدني | لنقل المسافرين: a
            // purpose after a complete name).
            let lam_verbal_noun = i > j
                && !phrase.complement
                && lam_reading(w).is_some_and(|rest| {
                    is_listed_verb(&rest)
                        && rest.chars().count() == 3
                        && !rest.starts_with(['ي', 'ت', 'ا'])
                        && rest.chars().nth(1) != Some('ا')
                });
            if t.tanween()
                || (is_listed(w) && !purpose && !general)
                || (is_function_or_verb(w) && !lam_verbal_noun)
                || title
                || plural_with_pronoun(w)
            {
                break;
            }
            if governing {
                // The name stays open for the word governed; a joined noun comes first.
                i += if self.joined_common_noun(i + 1) { 2 } else { 1 };
                continue;
            }
            let lam_rest = lam_reading(w);
            // حركة أمل | الحليفة لحزب الله: a word of allegiance describes the body's ties, and
            // agreeing with the head it shows the one bare word between them is a name (أمل
            // «hope» would otherwise govern it).
            if i > j
                && STANDING.contains(&w)
                && self
                    .token(i - 1)
                    .is_some_and(|p| p.article() || p.norm.starts_with("وال"))
            {
                break;
            }
            if ALLEGIANCE.contains(&w) {
                if i == j + 1 && self.token(j).is_some_and(|n| !n.article()) {
                    phrase.end = i;
                }
                break;
            }
            // مجلس وزراء الخارجية العرب | التحضيري للقمة: an adjective of a meeting describes
            // the session, not the body.
            if t.article() && i > j && is_meeting_adjective(w) {
                break;
            }
            // حقق فريق تشرين | الفوز على ضيفه: what a side wins or draws, after the name, is the
            // verb's object, no word of a body's name.
            if t.article() && i > j && WON_OR_LOST.contains(&w) {
                break;
            }
            // موانئ دبي العالمية | الاتفاقيتين الخاصتين: a definite feminine dual is the
            // verb's object, no word of a body's name.
            if t.article() && i > j && w.ends_with("تين") && w.chars().count() >= 7 {
                break;
            }
            // لرئيس مجلس النواب | الكتل: a state's chamber is whole in its two words; after
            // them only an adjective (الأردني، الموقر) is of its name, a noun is the object.
            if t.article()
                && i == j + 1
                && !after_definite
                && self.national_chamber_before(i)
                && !is_name_adjective(t)
                && !looks_participle(w)
            {
                break;
            }
            // وزارة الصحة | الحصيلة، وزارة التعليم العالي | النتائج: a ministry is named by its
            // one definite field; after it only adjectives (العامة، المائية، العالي) are of its
            // name, and a definite noun is the object of the verb the ministry is the subject
            // of.
            if t.article()
                && i > j
                && !after_definite
                && self.token(i - 1).is_some_and(|p| p.article())
                && self.ministry_head_before(j)
                && self
                    .token(j)
                    .is_some_and(|f| f.article() && f.mention.is_none())
                && !self.adjective_of_a_ministry_s_field(t)
            {
                break;
            }
            // مجلس الأمة الكويتي | الميزانية، وزارة الصحة الكويتية | الميزانية: a country's
            // demonym ends the name; after it only another (الكويتية الصينية) or one of the
            // adjectives bodies take after it (هيئة البترول المصرية العامة) is of the name, and
            // a definite noun is the verb's object.
            if t.article()
                && self.after_a_demonym(i)
                && !self.lex.is_place_demonym(w)
                && !follows_a_demonym_in_a_name(w)
            {
                break;
            }
            if t.article() {
                let adjective = is_name_adjective(t) || self.chamber_adjective_at(j, i);
                // Only an adjective continues after a registered word or a place, and a
                // participle after a definite word ends the name.
                let after_definite_word = i > j && self.token(i - 1).is_some_and(|p| p.article());
                // A plural noun in ات after a definite word is the next phrase's (ديوان
                // المحاسبة | الجهات الحكومية): a definite noun governs no other.
                // هيئة التدريس | البالغ عددهم، مجلس الجامعة | الواردة في: a participle with
                // its own complement describes what the name has named.
                let governing_participle = is_active_participle(w)
                    && self
                        .token(i + 1)
                        .is_some_and(|n| participle_complement(&n.norm));
                let describes = phrase.end == i
                    && after_definite_word
                    && (looks_participle(w) || w.ends_with("ات") || governing_participle);
                // A noun after two adjectives of the name is the verb's object (الجيش الوطني
                // الليبي | السيطرة); after one it may still be the name's (مجلس وزراء
                // الخارجية العرب, where الخارجية is a noun).
                let after_adjectives = phrase.end == i
                    && i >= j + 2
                    && (i - 2..i).all(|k| self.token(k).is_some_and(is_name_adjective))
                    && !self.general_adjective_at(i);
                // جبهة الخلاص الوطني | السلطة: a feminine noun cannot describe the masculine
                // noun and adjective before it; it is the verb's object.
                let object_after_an_adjective = phrase.end == i
                    && i >= j + 2
                    && self
                        .token(i - 1)
                        .is_some_and(|p| is_name_adjective(p) && p.norm.ends_with('ي'))
                    && self
                        .token(i - 2)
                        .is_some_and(|p| p.article() && !is_name_adjective(p))
                    && is_plain_feminine_noun(w);
                if (!adjective
                    && (self.lex.is_registered(w)
                        || after_place
                        || describes
                        || after_adjectives
                        || object_after_an_adjective))
                    || self.object_after_a_complement(j, i)
                {
                    break;
                }
                if adjective && (after_definite || !open) {
                    phrase.adjectives += 1;
                }
                (open, phrase.end) = (false, i + 1);
            } else if let Some(rest) = w
                .strip_prefix('و')
                .filter(|r| is_definite(r) && !t.and_hamza())
            {
                // (وإلقائه is و and a verbal noun in إ, which normalises like the article: it
                // ends the name below, as any word after و that is not definite does.)
                // الاتحاد الجزائري لكرة القدم | والغرفة التجارية: a body's definite head after و
                // opens the next body of a list.
                if open
                    || is_listed(rest)
                    || starts_next_item(rest)
                    || definite_head_at(self.tokens(), i)
                {
                    break;
                }
                phrase.end = i + 1;
            } else if let Some(rest) = lam_rest.as_deref() {
                // After a place only a definite complement belongs to the name (جهاز أبوظبي
                // للاستثمار); an indefinite one is a purpose (شبكة مستشفيات القدس | لضمان …).
                let purpose = after_place && !is_definite(rest);
                // وزارة الزراعة | لتسويق الإنتاج: after a ministry and the one definite noun it
                // governs, a derived verbal noun with ل is what it does there, not its field
                // (الهيئة العامة لتنظيم الاتصالات، جمعية الإحسان لتنمية المجتمع keep theirs).
                let purpose = purpose
                    || (i == j + 1
                        && !after_definite
                        && self.ministry_head_before(j)
                        && self.token(j).is_some_and(|n| {
                            n.article()
                                && !is_name_adjective(n)
                                && !n.norm.ends_with('ي')
                                && !n.norm.ends_with("يه")
                        })
                        && !is_definite(rest)
                        && is_verbal_noun_of_a_derived_form(rest));
                // رئيس المجلس البلدي | للمدينة: «of the city» points back to the town the
                // story is about; the body is named no better for it.
                if open
                    || (is_listed(rest) && !lam_verbal_noun)
                    || (is_function_or_verb(rest) && !lam_verbal_noun)
                    || (is_place_back_reference(rest) && !self.definite_word_at(i + 1))
                    || (self.deputy_s_remit(j, rest)
                        && (phrase.has_place || (j..i).any(|k| self.name_word(k))))
                    || (self.undersecretary_s_remit(j, rest)
                        && (j + 1..i).all(|k| {
                            self.token(k)
                                .is_some_and(|t| self.adjective_of_a_ministry_s_field(t))
                        }))
                    || names_an_event(rest)
                    || purpose
                    || self.purpose_or_time_at(i, rest)
                    || self.repeats_a_word_of(j..i, rest)
                    || self.another_body_at(i)
                {
                    break;
                }
                phrase.complement = true;
                if is_definite(rest) {
                    phrase.end = i + 1;
                } else {
                    (open, in_complement) = (true, true);
                }
            } else if after_name
                && bare_run < bare_words
                && self.name_word(i)
                && !w.starts_with('و')
                // بلدية ترهونة | محمد علي: after the one word of a town a body serves, a common
                // given name opens the next person's name.
                && !(bare_run >= 1
                    && !phrase.namesake
                    && self.serving_head_before(j)
                    && self.listed_given_name_at(i))
            {
                // A name of several bare words (ريال مدريد، وول ستريت جورنال).
                (last_name, bare_run, phrase.end) = (true, bare_run + 1, i + 1);
            } else if open && self.lex.is_registered_place(w) {
                // A place the linker left unconfirmed (عمّان without الأردن) still ends a name.
                (open, last_place, phrase.has_place, phrase.end) = (false, true, true, i + 1);
            } else if open
                && is_toponym_head(w)
                && let Some(end) = self
                    .toponym_end(i)
                    .filter(|&e| e <= i + 3)
                    .or_else(|| self.toponym_name_after_a_head(i))
                && !self.token(i + 1).is_some_and(|n| n.article())
            {
                // بلدية رأس أسطا | محمد حيدر: a town named on a common noun takes one name
                // after it, and a name after that is the next person's (رئيس بلدية … محمد).
                (open, last_place, phrase.has_place, phrase.end) = (false, true, true, end);
                i = end;
                continue;
            } else if open
                && is_toponym_head(w)
                && self
                    .token(i + 1)
                    .is_none_or(|n| n.sep != Sep::Space || is_function_word(&n.norm))
            {
                // محكمة كفر | في: a common noun's toponym with no name after it names nothing
                // (the body was «كفر»).
                break;
            } else if self.construct_noun(i) {
                // كهرباء ومياه دبي: a second noun joined by و, when a place or a definite word
                // completes them both.
                let joined_noun = after_name
                    && w.starts_with('و')
                    && self.token(i + 1).is_some_and(|n| {
                        n.sep == Sep::Space && (n.article() || n.mention == Some(EntityKind::Place))
                    });
                if joined_noun {
                    open = true;
                }
                if !open {
                    break;
                }
                if self.name_word(i) && !w.starts_with('و') && !in_complement {
                    (open, last_name, bare_run, phrase.end) = (false, true, 1, i + 1);
                }
            } else {
                break;
            }
            i += 1;
        }
        // مدرب فريق باب سويقة خالد بن يحيى: a phrase that ends on a name's particle ran into a
        // person's name; it ends before the given name that opens that name.
        if phrase.end > j + 1 && self.is_particle_at(phrase.end - 1) {
            phrase.end -= 1;
            if phrase.end > j + 1
                && super::name_lists::is_given_name(&self.tokens()[phrase.end - 1].norm)
            {
                phrase.end -= 1;
            }
        }
        (phrase.end > j).then_some(phrase)
    }
}
