//! Organisations after their head word: the phrase a head governs (وزارة التضامن الاجتماعي،
//! جهاز أبوظبي للاستثمار، هيئة كهرباء ومياه دبي), and a short name in parentheses after it
//! (حماس، PIF). The phrase itself is read in `org_phrase.rs`; a head with the article and its
//! adjectives (الاتحاد الجزائري لكرة القدم) in `org_definite.rs`.

use std::ops::Range;

use super::discover::{Found, MAX_OTHER_WORDS, Scan};
use super::given_names::is_common_adjective_of_relation;
use super::lexicon::{clitic_readings, is_function_or_verb, is_listed};
use super::matches::CLUB_WORDS;
use super::org_descriptions::{court_of_many_seats, marketplace};
use super::org_phrase::{is_name_adjective, is_tafiil};
use super::org_phrase_words::ALLEGIANCE;
use super::org_words::{
    BANK_HEADS, COMPANY, DEPARTMENT_HEADS, MINISTRY_HEADS, MOVEMENT_HEADS, NAMED_WITHOUT_HEAD,
    NATIONAL_CHAMBERS, NATIONS_ADJECTIVES, SCHOOL_HEADS, is_board_of_a_body, is_generic_complement,
    is_mafaail, is_no_body_field,
};
use super::tokens::Sep;
use super::triggers::{
    definite_head_at, is_body_head, names_with_one_word, needs_a_place, needs_a_proper_name,
    serves_a_place, trigger_at,
};
use crate::load::EntityKind;

impl Found {
    pub(super) fn organization(
        tokens: Range<usize>,
        strong: bool,
        alias: Option<Range<usize>>,
    ) -> Self {
        Found {
            tokens,
            kind: Some(EntityKind::Organization),
            strong,
            open: false,
            alias,
            conjoined: false,
        }
    }
}

/// Who holds a power, after سلطة «power, authority» (normalised): «سلطة الاحتلال، سلطة
/// الدولة، سلطة القانون» are the power of the occupation, the state, the law, where «سلطة
/// النقد» or «سلطة المياه» is an authority named for its field.
const HOLDERS_OF_POWER: &[&str] = &[
    "الاحتلال",
    "الدوله",
    "القانون",
    "الشعب",
    "الامر",
    "الحكومه",
    "الرئيس",
    "الاب",
    "الاسره",
    "العائله",
    "الاغلبيه",
    "المال",
];

/// What a body is, written in parentheses after its name (الهيئة العامة للإحصاء (حكومي)،
/// جامعة … (خاصة)), normalised: a description, never the body's short name.
const BODY_DESCRIPTIONS: &[&str] = &[
    "حكومي",
    "حكوميه",
    "رسمي",
    "رسميه",
    "خاص",
    "خاصه",
    "اهلي",
    "اهليه",
    "مستقل",
    "مستقله",
    "دولي",
    "دوليه",
    "محلي",
    "محليه",
    "اتحادي",
    "اتحاديه",
];

impl Scan<'_> {
    /// «بين» (between, with or without و) stands right before token `i`: two parties follow.
    fn between_before(&self, i: usize) -> bool {
        i > 0
            && self.tokens()[i].sep == Sep::Space
            && ["بين", "وبين"].contains(&self.tokens()[i - 1].norm.as_str())
    }

    /// Token `k` is a person's title, or one abbreviated to a letter and a full stop (د.، م.،
    /// أ.) before a name.
    pub(super) fn opens_with_a_person_s_title(&self, k: usize) -> bool {
        let abbreviated = self
            .token(k)
            .is_some_and(|t| ["د", "م", "ا"].contains(&t.norm.as_str()))
            && self.token(k + 1).is_some_and(|n| n.after_initial());
        abbreviated || trigger_at(self.tokens(), k).is_some_and(|t| t.kind == EntityKind::Person)
    }

    /// An organisation after its head word (وكالة، حزب، وزارة، شركة …): a bare or quoted name
    /// alone (شركة غازبروم → غازبروم، وكالة «إرنا»), a name in parentheses (وكالة أنباء
    /// (سبوتنيك)), or the head with the phrase it governs ([`Scan::org_phrase`]: وزارة
    /// التضامن الاجتماعي، جهاز أبوظبي للاستثمار، هيئة كهرباء ومياه دبي), without a trailing
    /// demonym of a registered country (حزب الله اللبناني → حزب الله). A parenthesised short
    /// name right after the phrase is its alias (حركة المقاومة الإسلامية (حماس)).
    pub(super) fn organization_after(&self, trigger: usize, j: usize) -> Option<Found> {
        let head = self.head_word(trigger)?;
        // وتنظيم حركة البيع، في تنظيم النشاط التجاري: a verbal noun and its object.
        if self.head_is_an_object(trigger, &head) || self.verbal_noun_with_object(&head, j) {
            return None;
        }
        // هيئة تنظيم الاتصالات: تفعيل after a head is what that body does; before a kind of
        // place (تنظيم منطقة العارضية), what is done to the place.
        let kind_at = |k: usize| trigger_at(self.tokens(), k).map(|t| t.kind);
        if is_tafiil(&head)
            && ((trigger > 0
                && self.tokens()[trigger].sep == Sep::Space
                && kind_at(trigger - 1) == Some(EntityKind::Organization))
                || kind_at(j) == Some(EntityKind::Place))
        {
            return None;
        }
        let t = self.token(j)?;
        // سلطة الاحتلال، سلطة الدولة المركزية: the power of whoever holds it, not an authority
        // named for its field (سلطة النقد الفلسطينية، سلطة الطيران المدني).
        if head == "سلطه" && HOLDERS_OF_POWER.contains(&t.norm.as_str()) {
            return None;
        }
        // ديوان النائب، مكتب الوزير: the office of whoever holds the title, no body's name;
        // one whose title goes on with an adjective or a remit is (مكتب النائب العام، مكتب
        // المفوض السامي لحقوق الإنسان، مكتب الممثل التجاري).
        if ["ديوان", "مكتب"].contains(&head.as_str())
            && t.sep == Sep::Space
            && t.article()
            && super::triggers::is_person_title(&t.norm)
            && self.token(j + 1).is_none_or(|n| {
                n.sep != Sep::Space
                    || !(n.norm == "العام"
                        || n.norm.starts_with('ل')
                        || (n.article() && (n.norm.ends_with('ي') || n.norm.ends_with("يه"))))
            })
        {
            return None;
        }
        if t.sep == Sep::Break {
            let r = self.parenthesised_at(j)?;
            return Some(Found::organization(r, true, None));
        }
        // فريق الوداد الرياضي، فريق الاتحاد، نادي الزوراء: the club is named without the team
        // or the word club, found on its own (`local`).
        let club = self.sporting_club_end(j).is_some()
            || (CLUB_WORDS.contains(&head.as_str())
                && self.club_after_team_word(trigger).is_some());
        if club && self.is_sports_report() {
            return None;
        }
        // لجنة المجلس الانتقالي …: the body named is the inner one, found on its own. A party
        // is named with its head (حزب التحالف الشعبي التقدمي، حزب التجمع الوطني للأحرار): the
        // inner phrase is its name, and the party's page the one every mention belongs to.
        if definite_head_at(self.tokens(), j)
            && let Some(inner) = self.definite_organization_at(j)
        {
            return (head == "حزب" && inner.tokens.start == j)
                .then(|| Found::organization(trigger..inner.tokens.end, true, inner.alias));
        }
        // مجلس بلدية الرام: the council of a body that serves a place is named with both heads.
        if head == "مجلس"
            && let Some(inner) = trigger_at(self.tokens(), j)
            && inner.kind == EntityKind::Organization
            && self.head_word(j).is_some_and(|h| serves_a_place(&h))
        {
            let body = self.organization_after(j, j + inner.len)?;
            return (body.tokens.start == j)
                .then(|| Found::organization(trigger..body.tokens.end, true, body.alias));
        }
        // مجلس إدارته، مجلس إدارتها: the board of what the pronoun refers to (a club, a
        // company named before), not a body's name; «مجلس إدارتها محمد» was one.
        if self.describes_the_body_at(j) || self.possessed_noun_at(j) {
            return None;
        }
        let phrase = self.org_phrase(j, false, MAX_OTHER_WORDS)?;
        let first = self.token(j)?;
        let bare_first = !first.article() && first.mention.is_none() && self.name_word(j);
        // لجنة تسيرية للمستشفى، لجنة فنية للمتابعة: an indefinite adjective of relation right
        // after the head, then what the body serves after ل: a kind of committee set up for
        // it, not a body's name.
        let indefinite_kind = first.sep == Sep::Space
            && !first.article()
            && first.mention.is_none()
            && first.ta_marbuta()
            && first.norm.ends_with("يه")
            && self
                .token(j + 1)
                .is_some_and(|n| n.sep == Sep::Space && n.norm.starts_with("لل"));
        // مؤسسة خيرية كبرى، شركة أجنبية، هيئة قضائية أردنية: an indefinite adjective of
        // relation that Arabic writes often on its own, right after the head, says what kind
        // of body is meant; what follows describes it further, and no name is given.
        // The list holds every frequent word in ي, nouns in construct too (هيئة محامي
        // دارفور، لجنة أهالي المعتقلين، جماعة سيدي علال): the word is the adjective only when
        // no definite word, known name or name word governed by it follows, and another
        // adjective or the phrase's end does.
        let kind_adjective = first.sep == Sep::Space
            && !first.article()
            && first.mention.is_none()
            && is_common_adjective_of_relation(&first.norm)
            && !self.lex.is_registered_place(&first.norm)
            && self.token(j + 1).is_none_or(|n| {
                n.sep != Sep::Space
                    || (!n.article() && (n.norm.ends_with('ي') || n.norm.ends_with("يه")))
                    || !(n.article() || n.mention.is_some() || self.name_word(j + 1))
            });
        if indefinite_kind || kind_adjective {
            return None;
        }
        if needs_a_proper_name(&head) && !(bare_first || first.mention.is_some()) {
            return None;
        }
        // حكومة الوفاق الوطني، حكومة الوحدة الوطنية: a government named for the nation.
        let national = self
            .token(phrase.end.saturating_sub(1))
            .is_some_and(|t| ["الوطني", "الوطنيه"].contains(&t.norm.as_str()));
        // مدرسة بنين «a boys' school»: a school's place is one the linker confirmed, since the
        // word after مدرسة is as often its pupils, which may spell a place (بنين, Benin).
        let school_unplaced = SCHOOL_HEADS.contains(&head.as_str())
            && !phrase.namesake
            && !(j..phrase.end).any(|k| {
                self.token(k)
                    .is_some_and(|t| t.mention == Some(EntityKind::Place))
            });
        if (needs_a_place(&head) && !phrase.has_place && !phrase.namesake && !national)
            || marketplace(&head, phrase.has_place)
            || school_unplaced
        {
            return None;
        }
        let mut end = phrase.end;
        // لقاء بين لجنة اختيار النصوص والشعراء المتأهلين: after بين the first و opens the other
        // party, unless one opens after the phrase (بين وزارة التراث والثقافة وهيئة الآثار).
        if self.between_before(trigger)
            && self.token(end).is_none_or(|n| !n.norm.starts_with('و'))
            && let Some(k) = (j + 1..end).find(|&k| {
                let t = &self.tokens()[k];
                t.sep == Sep::Space && t.norm.starts_with('و') && t.mention.is_none()
            })
        {
            end = k;
        }
        // وكالة الأنباء السورية الرسمية: «official» after the country describes the body.
        if end > j + 2
            && self
                .token(end - 1)
                .is_some_and(|t| ["الرسميه", "الرسمي"].contains(&t.norm.as_str()))
            && self.lex.is_place_demonym(&self.tokens()[end - 2].norm)
        {
            end -= 1;
        }
        // وزارة الخارجية المصرية / العراقية، مجلس الأمة الكويتي: a ministry or a state's chamber
        // is named alike in every country, so the country its demonym adds is what tells two
        // apart; it stays in the name. Cut off, the chamber would be given the country the
        // rest of the article leans to (a visit to Riyadh made Kuwait's parliament Saudi).
        let ministry = MINISTRY_HEADS.contains(&head.as_str())
            || self.a_state_chamber_then_demonym(&head, j, end);
        if !phrase.has_place && !ministry {
            // (Not a country's name read as a place: cut off, it would be linked as one.)
            while end > j + 1
                && self.tokens()[end - 1].mention.is_none()
                && self.lex.is_place_demonym(&self.tokens()[end - 1].norm)
                && !self.after_an_adjective_of_relation(end - 1)
            {
                end -= 1;
            }
            // وكالة الأنباء الألمانية، دار الأوبرا المصرية: without its demonym the name is a
            // generic noun (the news agency) the head cannot name alone; the demonym stays.
            let generic_rest = end == j + 1
                && self.tokens()[j].article()
                && !names_with_one_word(&head)
                && !needs_a_place(&head);
            if generic_rest && end < phrase.end {
                end += 1;
            }
        }
        // لشركة تحليلات البيانات «ريدين»: a description of the body, then its name in quotes.
        // مدير دائرة الهندسة "د. جبر الكسيح": a quoted name that opens with a person's title
        // (د. م. أ. الدكتور) is the office's holder, found as a person, not the body's name.
        if !phrase.has_place
            && let Some(name) = self.quoted_name_at(end)
            && !self.opens_with_a_person_s_title(name.start)
        {
            // ومدير دائرة الهندسة "د. جبر الكسيح": the holder of the title, a person.
            if self.quoted_title_holder(trigger, &name) {
                return None;
            }
            return Some(Found::organization(name, true, None));
        }
        // بلدية الرام - الجوبانية: the place's name goes on past a hyphen.
        let end = self.past_hyphen(end);
        if let Some(club) = self.club_named_after_nadi(&head, j, end) {
            return Some(club);
        }
        // دار الأوبرا المصرية، دار الكتب الوطنية: a house is an institution by its adjective of
        // relation; without one it is as often a home's name (دار الأمل للأيتام).
        if head == "دار" && !(j..end).any(|k| self.token(k).is_some_and(is_name_adjective)) {
            return None;
        }
        // جهاز التنفس الاصطناعي، لجنة تحكيم المهرجان: a device and a jury, never a body.
        if is_no_body_field(&self.tokens()[j].norm) {
            return None;
        }
        // عضو مجلس الإدارة العماري محمد: a board of the body just named, and what follows it
        // is its member's name, not more of a name.
        if end > j + 1 && is_board_of_a_body(&self.tokens()[j].norm) {
            return None;
        }
        let words = (j..end).filter(|&i| self.starts_word(i, j)).count();
        let alias = self.parenthesised_at(end);
        let all_bare = (j..end).all(|i| {
            self.token(i)
                .is_some_and(|t| !t.article() && t.mention.is_none() && self.name_word(i))
        });
        if all_bare {
            // جهاز كمبيوتر، فضائية تتسم، سوق بو | ثمانية، مجلس رئاسي جديدين: no name.
            if self.bare_words_no_name(&head, j, end) {
                return None;
            }
            // A middle initial next (معهد دونالد ج. ترامب): the words are a person's name
            // inside the body's name, and the cut would make the first name a body.
            if self.token(end).is_some_and(|t| t.norm.chars().count() == 1) {
                return None;
            }
            // بلدية حزين، مجلس بلبل، جامعة بيرزيت: the bare word is the place the body
            // serves, so the body is named with its head.
            // مجموعة طلعت مصطفى: a body named after a person keeps its head; alone the
            // words are the person.
            if serves_a_place(&head) || self.named_after_a_person(j, words) {
                // مستشفى ميداني، مجلس بلدي: an indefinite nisba is the kind of body, not
                // the place it serves.
                let nisba = words == 1 && ["ي", "يه"].iter().any(|e| first.norm.ends_with(e));
                return Some(Found::organization(trigger..end, !nisba, alias));
            }
            // معهد محمد | سلامة (the next word an ordinary one of the site): a lone given name
            // is a person's, never the name of a body, unless quoted as one (وكالة «تسنيم»).
            if words == 1
                && first.sep != Sep::Quote
                && super::given_names::is_given_name(&first.norm)
            {
                return None;
            }
            // A lone plural of the pattern مفاعل (بإذاعة مقاطع، بإنشاء مدارس): the head is a
            // verbal noun with its object, not a body with its name.
            if words == 1 && is_mafaail(&first.norm) {
                return None;
            }
            // لجنة مسابقات فلان: a lone sound feminine plural is the panel's remit, a common
            // noun (competitions, services), unless quoted or known as a name (اتصالات).
            if words == 1
                && first.sep != Sep::Quote
                && first.norm.ends_with("ات")
                && first.norm.chars().count() >= 5
                && !self.lex.is_registered(&first.norm)
            {
                return None;
            }
            // A lone word in ي is more often an adjective (بنك استثماري) than a name.
            let adjective = words == 1 && first.norm.ends_with('ي');
            return Some(Found::organization(j..end, !adjective, alias));
        }
        // كتلة الوفاء للمقاومة: a parliamentary bloc is named without its kind word.
        if NAMED_WITHOUT_HEAD.contains(&head.as_str()) && words >= 2 {
            return Some(Found::organization(j..end, true, alias));
        }
        // شرطة دبي: a head bound to a place is named by the place alone; so is a bank
        // (مصرف لبنان، بنك المغرب: a country's central bank, بنك مصر) or a company.
        // A company only where the place ends its phrase (شركة فيلادلفيا، | شركة الخليج العربي
        // إنتاجا): before a complement or an adjective (شركة مصر للتأمين، شركة مصر الوحيدة)
        // the name is longer, or the place is the company's country.
        let bank_of_a_place = BANK_HEADS.contains(&head.as_str())
            && phrase.has_place
            && (head != COMPANY || self.place_ends_the_company_s_name(end));
        let one_word = words == 1
            && (names_with_one_word(&head)
                || (needs_a_place(&head) && phrase.has_place)
                || bank_of_a_place
                || self.allied_movement(&head, end))
            && !is_generic_complement(&self.tokens()[j].norm)
            && !self.organ_of_a_body(j)
            // محكمة الاستئناف | بالرباط: a court that sits in every province is one body
            // with its seat after ب (which the place's link shows, as the seat of a body is).
            && (!court_of_many_seats(&head, &self.tokens()[j].norm) || self.seat_at(end));
        // حكومة مملكة البحرين: the place's government, named by the place; دائرة العلاقات
        // العامة في بلدية …: a unit of a body; لجنة الزراعة: a committee by its remit.
        let description = self.government_of_a_place(&head, j, end)
            || self.department_of_a_body(&head, end)
            || self.committee_by_its_remit(trigger, j, end)
            || self.organ_of_the_place(trigger, j, end);
        let strong = (words >= 2 || one_word) && !description;
        // حزب «العدالة والتنمية»: the quotes hold the name, which the text then writes without
        // the head (as «الأصالة والمعاصرة» is); a name across the quote would never recur. One
        // quoted word (حزب «النور») stays unfound: alone it is an ordinary word (light). A team
        // in quotes is a club only in a sports report (`matches`), not here.
        if words >= 2 && !CLUB_WORDS.contains(&head.as_str()) && self.quoted_whole(j, end) {
            return Some(Found::organization(j..end, strong, alias));
        }
        // المحكمة الابتدائية بتونس … بالمنستير: two courts, each named with its seat.
        if words == 1 && court_of_many_seats(&head, &self.tokens()[j].norm) && self.seat_at(end) {
            return Some(Found::organization(
                trigger..self.past_seat(end),
                strong,
                alias,
            ));
        }
        Some(Found::organization(trigger..end, strong, alias))
    }

    /// The word at token `end`, after a company's head and a place, leaves the place as the
    /// company's whole name: none in the phrase, the next item in و, or the verb's object (a
    /// word with tanween or in the accusative). Before a preposition or إن the place is as
    /// often the company's country (مدير مكتب شركة قطر في لندن، وقالت شركة لبنان إن …).
    fn place_ends_the_company_s_name(&self, end: usize) -> bool {
        self.token(end)
            .is_none_or(|n| n.sep != Sep::Space || n.norm.starts_with('و') || n.tanween())
            || self.accusative_at(end)
    }

    /// Tokens `j..end` are exactly the words of one pair of quotes.
    fn quoted_whole(&self, j: usize, end: usize) -> bool {
        self.tokens()[j].sep == Sep::Quote && self.words.quoted.contains(&(j..end))
    }

    /// The word before token `i` is a demonym too, or an adjective of a group of nations
    /// (العربية، الخليجية): the two are one compound (المصافي العربية السعودية، الشركة
    /// الكويتية الصينية), not a country added to the name.
    fn after_an_adjective_of_relation(&self, i: usize) -> bool {
        i > 0
            && self.token(i - 1).is_some_and(|p| {
                p.article()
                    && p.mention.is_none()
                    && (NATIONS_ADJECTIVES.contains(&p.norm.as_str())
                        || self.lex.is_place_demonym(&p.norm))
            })
    }

    /// A movement named by its head and one common noun (حركة أمل «hope»), confirmed as a body
    /// by a word of allegiance right after the name (حركة أمل الحليفة لحزب الله، تيار المستقبل
    /// is two words anyway): only a body has allies. Without it, «حركة أمل» may be a movement
    /// of hope, so the name stays a suggestion.
    fn allied_movement(&self, head: &str, end: usize) -> bool {
        MOVEMENT_HEADS.contains(&head)
            && self.token(end).is_some_and(|t| {
                t.sep == Sep::Space && t.mention.is_none() && ALLEGIANCE.contains(&t.norm.as_str())
            })
    }

    /// A department after its head's title, named by its field and the place it serves (مدير
    /// إدارة المسرح بالشارقة، رئيس دائرة الثقافة بالشارقة) from token `j`, the head: one definite
    /// word, then ب and a registered place. Without the title, إدارة is as often «managing»
    /// (إدارة الأزمة بالعراق), and without the place the field is as often a sector of
    /// anything.
    pub(super) fn department_after_title(&self, j: usize) -> Option<Found> {
        let head = self.token(j).filter(|t| t.sep == Sep::Space)?;
        if !DEPARTMENT_HEADS.contains(&head.norm.as_str()) {
            return None;
        }
        let field = self.token(j + 1)?;
        let named = field.sep == Sep::Space
            && field.article()
            && field.mention.is_none()
            && !is_function_or_verb(&field.norm)
            && !is_generic_complement(&field.norm);
        let place = self.token(j + 2).is_some_and(|p| {
            p.sep == Sep::Space
                && p.mention == Some(EntityKind::Place)
                && p.norm.strip_prefix('ب').is_some_and(|rest| {
                    // بالشارقة: ب before a place with the article, or a registered place.
                    (rest.starts_with("ال") && rest.chars().count() >= 4)
                        || self.lex.is_registered_place(rest)
                })
        });
        (named && place).then(|| Found::organization(j..j + 2, true, None))
    }

    /// The head word at token `i` without a clitic (لوزارة → وزارة), even when the word with
    /// its clitic looks like a name the site never wrote (بغرفة → غرفة: the trigger was read
    /// so, and the head's own rules must be too).
    pub(super) fn head_word(&self, i: usize) -> Option<String> {
        let t = self.token(i)?;
        let (stripped, word) = self.strip_first(&t.norm);
        if stripped == 0 && !is_body_head(&word) {
            let head = clitic_readings(&t.norm)
                .into_iter()
                .find_map(|(_, rest)| is_body_head(&rest).then(|| rest.into_owned()));
            if let Some(head) = head {
                return Some(head);
            }
        }
        Some(word)
    }

    /// Token `i` begins a word of a phrase starting at `j` (the later tokens of one
    /// multi-word place mention do not).
    pub(super) fn starts_word(&self, i: usize, j: usize) -> bool {
        i == j
            || !(self
                .token(i)
                .is_some_and(|t| t.mention == Some(EntityKind::Place))
                && self
                    .token(i - 1)
                    .is_some_and(|t| t.mention == Some(EntityKind::Place)))
    }

    /// A span in parentheses at token `i` of one to three name words (حماس، PIF).
    pub(super) fn parenthesised_at(&self, i: usize) -> Option<Range<usize>> {
        let r = self.words.parenthesised.iter().find(|r| r.start == i)?;
        let letters = |k: usize| {
            self.token(k)
                .is_some_and(|t| t.mention.is_none() && t.norm.chars().all(char::is_alphabetic))
        };
        let words = r.len() <= 3
            && r.clone().all(|k| {
                letters(k)
                    && self
                        .token(k)
                        .is_some_and(|t| t.norm.chars().count() >= 2 && !is_listed(&t.norm))
            });
        // (د ب أ)، (أ ف ب): an Arabic acronym written as its letters apart.
        let spelt = (2..=3).contains(&r.len())
            && r.clone()
                .all(|k| letters(k) && self.token(k).is_some_and(|t| t.norm.chars().count() == 1));
        // الهيئة العامة للإحصاء (حكومي): what kind of body it is, no short name of it.
        let described = r.len() == 1
            && self
                .token(r.start)
                .is_some_and(|t| BODY_DESCRIPTIONS.contains(&t.norm.as_str()));
        ((words && !described) || spelt).then(|| r.clone())
    }

    /// Whether the phrase after `head` (tokens `j..end`) is a state's chamber and one
    /// registered demonym (مجلس الأمة الكويتي، مجلس النواب الأردني).
    fn a_state_chamber_then_demonym(&self, head: &str, j: usize, end: usize) -> bool {
        if end < j + 2 {
            return false;
        }
        let demonym = &self.tokens()[end - 1];
        if demonym.mention.is_some() || !self.lex.is_registered_place_demonym(&demonym.norm) {
            return false;
        }
        let mut chamber = head.to_string();
        for t in &self.tokens()[j..end - 1] {
            chamber.push(' ');
            chamber.push_str(&t.norm);
        }
        NATIONAL_CHAMBERS.contains(&chamber.as_str())
    }
}

#[cfg(test)]
#[path = "organizations_tests.rs"]
pub(in crate::suggest) mod tests;

#[cfg(test)]
#[path = "org_heads_tests.rs"]
mod heads_tests;

#[cfg(test)]
#[path = "org_context_tests.rs"]
mod context_tests;

#[cfg(test)]
#[path = "org_organs_tests.rs"]
mod organs_tests;

#[cfg(test)]
#[path = "organizations_named_tests.rs"]
mod named_tests;
