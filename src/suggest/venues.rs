//! Venues named with their kind word (ملعب علي عمار، متحف البحرين الوطني، شارع رفيفان المجالي،
//! جسر السراجي، برج الرماح), and the stadiums named for a ruler without it: which words after
//! a venue's kind word are its name.

use super::boundaries::{LINEAGE, is_compound_end, is_definite_given_name};
use super::discover::{Found, Scan};
use super::given_names::is_given_name;
use super::lexicon::{is_function_or_verb, is_role_word, looks_adjectival};
use super::local::{found, reads_as};
use super::org_phrase::NAMESAKE_TITLES;
use super::place_after::SHEIKH;
use super::place_lists::KUNYAS;
use super::tokens::Sep;
use super::triggers::{is_place_kind, opens_a_trigger, trigger_at};
use super::word_lists::{is_particle, is_time_word};
use crate::load::EntityKind;

/// Kinds of venue that are part of the venue's name (ملعب علي عمار، متحف البحرين الوطني،
/// شارع رفيفان المجالي، جسر السراجي), unlike مدينة or محافظة before a town, normalised.
pub(crate) const FACILITY_HEADS: &[&str] = &[
    "ملعب",
    "استاد",
    "ستاد",
    "متحف",
    "معبد",
    "مسجد",
    "جامع",
    "كنيسه",
    "حي",
    "قلعه",
    "حصن",
    "شارع",
    "جسر",
    "برج",
    "حديقه",
    "صاله",
    THEATRE,
];

/// Parks and halls, named for a person (صالة حسن مصطفى) or a ruler (حديقة الملك عبدالله),
/// normalised: before anything else they are as often a kind of room or garden (صالة الانتظار،
/// صالة أفراح، حديقة الحيوان، حديقة منزل الرئيس) or a figure of speech (حديقة واشنطن الخلفية).
const NAMED_FOR_SOMEONE_HEADS: &[&str] = &["حديقه", "صاله"];

/// Kinds of stadium, normalised. Like an airport, a stadium is named for a ruler without its
/// kind word (ملعب الأمير محمد بن فهد → الأمير محمد بن فهد; see [`Scan::named_for_a_ruler`]):
/// the sets' stadiums are written so, and «ملعب الأمير» alone is no name.
const STADIUMS: &[&str] = &["ملعب", "استاد", "ستاد"];

/// «City», then «sporting» after its namesake: a Gulf sports city (ستاد مدينة الملك عبدالله
/// الرياضية), normalised.
const SPORTS_CITY: (&str, &str) = ("مدينه", "الرياضيه");

/// Venues named only after a known place (قلعة الرستاق، حصن صحار، مسرح ميامي) or, for the
/// feminine قلعة, a bare word that cannot be its adjective (قلعة نخل): «قلعة» is as often a
/// figure of speech before a definite word (قلعة الصمود) or has an adjective after it (قلعة
/// قديمة), and «مسرح» an art or a scene (مسرح الطفل، مسرح الجريمة، مسرح العمليات).
const KNOWN_PLACE_HEADS: &[&str] = &["قلعه", "حصن", THEATRE];

/// Streets and bridges, named as often for a common noun as for a name (شارع الجيش، جسر
/// السراجي): after them a definite word is read by [`Scan::street_named_for_a_noun`], never
/// as the other venues' definite name (شارع المدينة، شارع الملك of شارع الملك فهد).
const STREET_HEADS: &[&str] = &["شارع", "جسر"];

/// Of [`STREET_HEADS`], those named by a definite word only if it is a family's or place's
/// nisba (جسر السراجي): «جسر» is a figure of speech before an abstract noun (جسر التواصل).
const NISBA_ONLY_HEADS: &[&str] = &["جسر"];

/// Towers, named after the kind word by one definite name (برج الرماح، برج القاهرة): «برج» is
/// also a sign of the zodiac (برج الحمل) and opens towns' names (برج البراجنة: a known
/// place, its kind word inside it), normalised.
const TOWER_HEADS: &[&str] = &["برج"];

/// The signs of the zodiac after «برج», normalised: a horoscope's words, no tower.
const ZODIAC: &[&str] = &[
    "الحمل",
    "الثور",
    "الجوزاء",
    "السرطان",
    "الاسد",
    "السنبله",
    "العذراء",
    "الميزان",
    "العقرب",
    "القوس",
    "الجدي",
    "الدلو",
    "الحوت",
];

/// Venues whose name after the kind word must be a definite name (حي السفارات، حي الشيخ
/// جراح): حي is also «alive» and «living» before an indefinite word (حي يرزق، كائن حي).
const DEFINITE_ONLY_HEADS: &[&str] = &["حي"];

/// Churches, monasteries and cathedrals, named for a saint after «مار» (كنيسة مار الياس، دير
/// مار مارون، كاتدرائية مار جرجس), normalised. The saint's name is one word whatever its shape
/// (الياس normalises like a definite word); «دير» alone opens towns (دير الزور), so it is a
/// venue's kind only before «مار».
pub(super) const SAINTS_HOUSES: &[&str] = &["كنيسه", "دير", "كاتدرائيه"];

/// «Saint» in the Syriac title Levantine churches are named with, normalised.
const SAINT: &str = "مار";

/// «Theatre», normalised (see [`Scan::venue_at`]).
const THEATRE: &str = "مسرح";

/// «On», normalised (على and the name علي are one word once normalised; the theatre's kind
/// word after it settles which).
const ON: &str = "علي";

/// Most definite adjectives after a venue's name (ملعب الشعب الدولي، متحف البحرين الوطني).
const MAX_VENUE_ADJECTIVES: usize = 2;

/// Normalised words name a saint's church or monastery: its kind word, then «مار» (see
/// [`SAINTS_HOUSES`]). Such a venue may be as long as any other.
pub(crate) fn is_saint_s_house(words: &[&str]) -> bool {
    words.len() >= 3 && SAINTS_HOUSES.contains(&words[0]) && words[1] == SAINT
}

/// A normalised word is a venue's kind (see [`FACILITY_HEADS`]).
pub(crate) fn is_facility_head(word: &str) -> bool {
    FACILITY_HEADS.contains(&word)
}

/// Words for one who has died (المغفور له، المرحوم، الراحل), normalised: after a venue's kind
/// word they open the phrase naming whom it is named for, never the venue's name itself.
const LATE: &[&str] = &[
    "المغفور",
    "المرحوم",
    "المرحومه",
    "الراحل",
    "الراحله",
    "الفقيد",
];

/// «Mosque» as a congregation's (جامع الزيتونة), normalised: also a collector (جامع القمامة)
/// and «comprehensive» (كتاب جامع), so a mosque only where the article speaks of worship.
const JAMI: &str = "جامع";

/// Stems of the words of worship (الصلاة، المصلين، خطبة، الأوقاف، المسجد، المساجد، الجوامع،
/// الشؤون الدينية، القرآن), normalised: an article with one speaks of mosques.
const WORSHIP_STEMS: &[&str] = &[
    "صلا",
    "مصلي",
    "خطب",
    "اوقاف",
    "مسجد",
    "مساجد",
    "جوامع",
    "دينيه",
    "قران",
];

/// «The martyr», normalised: a street is named for one with the word before his name (شارع
/// الشهيد أحمد بوقرة), as for an officer with his rank.
const MARTYR: &[&str] = &["الشهيد", "الشهيده"];

impl Scan<'_> {
    /// Token `k` ends a compound given name (الدين، الإسلام; not الله, which after a venue's
    /// name is as often a prayer) after the bare word before it.
    fn compound_end_at(&self, k: usize) -> bool {
        self.token(k).is_some_and(|t| {
            t.sep == Sep::Space
                && t.mention.is_none()
                && is_compound_end(&t.norm)
                && t.norm != "الله"
        }) && self
            .token(k - 1)
            .is_some_and(|p| !p.article() && p.mention.is_none())
    }

    /// A church or monastery named for a saint at token `head` (see [`SAINTS_HOUSES`]): the
    /// kind word, «مار», the saint's one word, and a definite adjective of relation (دير مار
    /// مارون العاصي). Why: the saint's name read alone was a person's surname (شربل مارون),
    /// and «الياس» cut «كنيسة مار» short.
    pub(super) fn saint_s_house_at(&self, head: usize) -> Option<Found> {
        let saint_named = self
            .token(head + 1)
            .is_some_and(|t| t.sep == Sep::Space && t.norm == SAINT)
            && self.token(head + 2).is_some_and(|t| {
                t.sep == Sep::Space
                    && t.mention.is_none()
                    && t.norm.chars().count() >= 3
                    && t.norm.chars().all(super::lexicon::is_letter)
                    && !is_function_or_verb(&t.norm)
            });
        if !saint_named {
            return None;
        }
        let mut end = head + 3;
        if self.venue_adjective_at(end) {
            end += 1;
        }
        Some(found(head..end, EntityKind::Place))
    }

    /// A venue with its kind word, its name and its adjectives (ملعب الشعب الدولي).
    pub(super) fn venue_at(&self, head: usize) -> Option<Found> {
        // استاد المغفور له الشيخ فلان: «the late» is no stadium's name.
        if self
            .token(head + 1)
            .is_some_and(|t| t.sep == Sep::Space && LATE.contains(&t.norm.as_str()))
        {
            return None;
        }
        // ملعب الأمير محمد بن فهد، استاد محمد الخامس: named for a ruler, as an airport is.
        if reads_as(&self.tokens()[head].norm, STADIUMS)
            && let Some(found) = self
                .sports_city_after(head + 1)
                .or_else(|| self.named_for_a_ruler(head + 1))
        {
            return Some(found);
        }
        if reads_as(&self.tokens()[head].norm, NAMED_FOR_SOMEONE_HEADS) {
            return self.park_or_hall_at(head);
        }
        let unagreeing = self.unagreeing_name_after(head);
        if reads_as(&self.tokens()[head].norm, KNOWN_PLACE_HEADS)
            && !unagreeing
            && !self
                .token(head + 1)
                .is_some_and(|t| t.sep == Sep::Space && t.mention == Some(EntityKind::Place))
        {
            return None;
        }
        if reads_as(&self.tokens()[head].norm, TOWER_HEADS) && !self.tower_name_after(head) {
            return None;
        }
        if reads_as(&self.tokens()[head].norm, DEFINITE_ONLY_HEADS)
            && !self
                .token(head + 1)
                .is_some_and(|t| t.article() || t.mention.is_some())
        {
            return None;
        }
        // حي الشيخ جراح: a quarter named for a sheikh, the title with it.
        if reads_as(&self.tokens()[head].norm, DEFINITE_ONLY_HEADS)
            && self
                .token(head + 1)
                .is_some_and(|t| t.mention.is_none() && t.norm == SHEIKH)
        {
            let named = self.named_for_a_sheikh(head + 1)?;
            return Some(found(head..named.tokens.end, EntityKind::Place));
        }
        // شارع العقيد لطفي، شارع الشهيد أحمد بوقرة، مسجد الشيخ زايد، جامع الإمام عزان بن قيس:
        // a venue named for a person with his title; the title with no name after it names
        // none (مسجد الملك is never cut from مسجد الملك فهد).
        if let Some(titled) = self.titled_namesake_after(head) {
            return titled.map(|end| found(head..end, EntityKind::Place));
        }
        // جامع القمامة، جامع التحف، كتاب جامع الأحاديث: جامع is a collector or «comprehensive»
        // as often as a mosque, which only an article about worship makes it.
        if reads_as(&self.tokens()[head].norm, &[JAMI]) && !self.speaks_of_worship() {
            return None;
        }
        let street = reads_as(&self.tokens()[head].norm, STREET_HEADS)
            && self.token(head + 1).is_some_and(|t| t.article());
        let mut end = if street {
            self.street_named_for_a_noun(head).then(|| {
                self.definite_given_name_and_surname(head + 1)
                    .unwrap_or(head + 2)
            })?
        } else {
            self.named_after(head + 1)?
        };
        // قلعة صلاح الدين، مسجد نور الدين: a compound given name's second word is the name's.
        if self.compound_end_at(end) {
            end += 1;
        }
        // ملعب سانتياغو برنابيو: a stadium named for a man whose given name is a known
        // place's (Santiago) goes on with his family name.
        end = self.stadium_name_past_a_place(head, end);
        // كنيسة قديمة، معبد صغير: one bare word is as often an adjective of the kind word as a
        // name, and nothing tells them apart; a definite name (حي السفارات), a known place
        // (متحف البحرين) or two bare words (ملعب علي عمار) is a name.
        let lone_bare = end == head + 2
            && self
                .token(head + 1)
                .is_some_and(|t| !t.article() && t.mention.is_none());
        // …but a bare word with a definite adjective after it is a name (استاد خليفة الدولي):
        // an adjective of the kind word would be indefinite like it (ملعب كبير).
        if lone_bare && !self.venue_adjective_at(end) && !unagreeing {
            return None;
        }
        let named_end = end;
        for _ in 0..MAX_VENUE_ADJECTIVES {
            if !self.venue_adjective_at(end) {
                break;
            }
            end += 1;
        }
        // مسرح المحيط الهادئ، مسرح غزة: a theatre of war or of events before a place; a
        // building only with «على» before it (عرض على مسرح ميامي) or its adjective after it
        // (مسرح جرش الجنوبي، مسرح قرطاج الأثري).
        let described = (named_end..end).any(|k| !is_time_word(&self.tokens()[k].norm));
        if reads_as(&self.tokens()[head].norm, &[THEATRE])
            && !described
            && !self.on_the_stage_of(head)
        {
            return None;
        }
        Some(found(head..end, EntityKind::Place))
    }

    /// Where a stadium's name read as a known place alone (`head + 1`, ending at `end`)
    /// ends when bare name words follow it — none a given name, whose man the sentence may go
    /// on to name, nor a word with a clitic: up to two.
    fn stadium_name_past_a_place(&self, head: usize, end: usize) -> usize {
        let place_alone = end == head + 2
            && self
                .token(head + 1)
                .is_some_and(|t| t.mention == Some(EntityKind::Place));
        if !place_alone || !reads_as(&self.tokens()[head].norm, STADIUMS) {
            return end;
        }
        let goes_on = |i: usize| {
            self.joined(i)
                && self.name_word(i)
                && !is_given_name(&self.tokens()[i].norm)
                && !self.lex.has_known_clitic(&self.tokens()[i].norm)
        };
        let mut past = end;
        while past < end + 2 && goes_on(past) {
            past += 1;
        }
        past
    }

    /// «على» stands right before the theatre's kind word at token `head`: a show is on its
    /// stage.
    fn on_the_stage_of(&self, head: usize) -> bool {
        head > 0 && self.tokens()[head].sep == Sep::Space && self.tokens()[head - 1].norm == ON
    }

    /// A park or hall at token `head` (see [`NAMED_FOR_SOMEONE_HEADS`]) and what names it: a
    /// ruler with his name, or a person's name of two words at least opening with a common
    /// given name or a kunya (صالة حسن مصطفى، حديقة محمد علي، صالة أبو يوسف النجار).
    fn park_or_hall_at(&self, head: usize) -> Option<Found> {
        let next = self.token(head + 1).filter(|t| t.sep == Sep::Space)?;
        let end = if NAMESAKE_TITLES.contains(&next.norm.as_str()) {
            self.named_for_a_ruler(head + 1)?.tokens.end
        } else if next.article()
            || next.mention.is_some()
            || !(is_given_name(&next.norm) || KUNYAS.contains(&next.norm.as_str()))
        {
            // حديقة واشنطن الخلفية، صالة فندق شيراتون، حديقة جميلة: a place or a bare word
            // after them is as often a figure of speech, a building or an adjective.
            return None;
        } else {
            // A person's name, read as a person's (its definite family name included).
            self.name_from(head + 1, EntityKind::Person)
                .map(|r| r.end)
                .filter(|&end| end >= head + 3)?
        };
        Some(found(head..end, EntityKind::Place))
    }

    /// The article speaks of worship (see [`WORSHIP_STEMS`]).
    fn speaks_of_worship(&self) -> bool {
        self.article
            .iter()
            .flat_map(|w| &w.tokens)
            .any(|t| WORSHIP_STEMS.iter().any(|stem| t.norm.contains(stem)))
    }

    /// After a venue's kind word at token `head`, a person's complete title (العقيد،
    /// الدكتور، الملك، الشيخ، الإمام) or «the martyr»: `Some(Some(end))` with the end of the name after it,
    /// `Some(None)` when no name follows, `None` when no title stands there.
    fn titled_namesake_after(&self, head: usize) -> Option<Option<usize>> {
        let t = self
            .token(head + 1)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none())?;
        let title_len = if MARTYR.contains(&t.norm.as_str()) {
            1
        } else {
            trigger_at(self.tokens(), head + 1)
                .filter(|tr| tr.kind == EntityKind::Person && !tr.open)?
                .len
        };
        let start = head + 1 + title_len;
        let joined = self.token(start).is_some_and(|n| n.sep == Sep::Space);
        // شارع العقيد لطفي وشارع …: a word in و that is no given name (وليد) opens the next
        // item, not the name's next word.
        let next_item = |k: usize| {
            self.token(k).is_some_and(|n| {
                n.norm.starts_with('و')
                    && !is_given_name(&n.norm)
                    && !LINEAGE.contains(&n.norm.as_str())
            })
        };
        Some(
            joined
                .then(|| self.name_from(start, EntityKind::Person))
                .flatten()
                .filter(|r| r.start == start)
                .map(|r| (start + 1..r.end).find(|&k| next_item(k)).unwrap_or(r.end)),
        )
    }

    /// A sports city named for a ruler from token `j`, right after a stadium's kind word
    /// (ملعب مدينة الملك عبدالله الرياضية → مدينة الملك عبدالله الرياضية): named as the ruler's
    /// stadiums are, without the stadium's kind word, but with its own.
    fn sports_city_after(&self, j: usize) -> Option<Found> {
        let word_at = |k: usize, word: &str| {
            self.token(k)
                .is_some_and(|t| t.sep == Sep::Space && t.mention.is_none() && t.norm == word)
        };
        if !word_at(j, SPORTS_CITY.0) {
            return None;
        }
        let end = self.named_for_a_ruler(j + 1)?.tokens.end;
        // The namesake's reading may take الرياضية for his family name.
        let taken = end > j + 2 && self.token(end - 1).is_some_and(|t| t.norm == SPORTS_CITY.1);
        if taken {
            return Some(found(j..end, EntityKind::Place));
        }
        word_at(end, SPORTS_CITY.1).then(|| found(j..end + 1, EntityKind::Place))
    }

    /// The word after the tower's kind word at token `head` (see [`TOWER_HEADS`]) names it:
    /// a definite name word, no sign of the zodiac, and no known place holds the kind word.
    fn tower_name_after(&self, head: usize) -> bool {
        self.tokens()[head].mention.is_none()
            && self.token(head + 1).is_some_and(|t| {
                t.sep == Sep::Space
                    && t.mention.is_none()
                    && t.article()
                    && !ZODIAC.contains(&t.norm.as_str())
            })
    }

    /// The word after the street's kind word at token `head` (see [`STREET_HEADS`]) is a
    /// definite common noun that may name it (شارع الجيش): no title (no trigger opens with
    /// it), no kind of place, no adjective, no function word or verb.
    fn street_named_for_a_noun(&self, head: usize) -> bool {
        let nisba_only = reads_as(&self.tokens()[head].norm, NISBA_ONLY_HEADS);
        self.token(head + 1).is_some_and(|t| {
            let w = t.norm.as_str();
            t.sep == Sep::Space
                && t.mention.is_none()
                && w.chars().all(char::is_alphabetic)
                && w.strip_prefix("ال").is_some_and(|stem| {
                    stem.chars().count() >= 3 && !is_place_kind(stem) && !opens_a_trigger(w)
                })
                && (!nisba_only || (w.ends_with('ي') && self.lex.is_definite_name_word(w)))
                && (nisba_only || !looks_adjectival(w))
                && !is_function_or_verb(w)
                && !is_role_word(w)
        })
    }

    /// After a feminine kind word (قلعة، كنيسة, written with ة), one bare name word that
    /// cannot agree with it as its adjective (قلعة نخل): an adjective of it would end in ة, ى
    /// or اء (قلعة قديمة، قلعة كبرى، قلعة حمراء).
    fn unagreeing_name_after(&self, head: usize) -> bool {
        let feminine = self.tokens()[head].ta_marbuta();
        let bare = self.token(head + 1).is_some_and(|t| {
            t.sep == Sep::Space
                && !t.article()
                && t.mention.is_none()
                && !t.tanween()
                && !["ه", "ي", "اء"].iter().any(|e| t.norm.ends_with(e))
        });
        feminine && bare && self.name_word(head + 1) && self.named_after(head + 1) == Some(head + 2)
    }

    /// A definite adjective of relation after a venue's name (الدولي، الوطنية).
    fn venue_adjective_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.sep == Sep::Space
                && t.mention.is_none()
                && t.article()
                && (t.norm.ends_with('ي') || t.norm.ends_with("يه"))
        })
    }
}

impl Scan<'_> {
    /// The end of a person's name from token `j` that opens with a given name written with the
    /// article and goes on with a bare surname (ملعب الشاذلي زويتن، شارع الحبيب بورقيبة، شارع
    /// الطاهر بن عاشور): the person a ground or a street is named for, whole, where one
    /// definite word alone (ملعب القبائل، شارع الرشيد) is the name.
    pub(super) fn definite_given_name_and_surname(&self, j: usize) -> Option<usize> {
        let given = self
            .token(j)
            .is_some_and(|t| t.article() && is_definite_given_name(&t.norm));
        if !given {
            return None;
        }
        let particle = self
            .token(j + 1)
            .is_some_and(|t| t.sep == Sep::Space && is_particle(&t.norm));
        if !particle {
            return self.venue_surname_at(j + 1).then_some(j + 2);
        }
        // بن عبد الملك: a forebear's compound name; not read here (the street keeps its
        // first word, شارع الوليد, rather than end on عبد).
        if self.token(j + 2).is_some_and(|t| t.norm == "عبد") {
            return None;
        }
        self.venue_surname_at(j + 2).then_some(j + 3)
    }

    /// Token `k` is a surname after a definite given name in a venue's name, and the name ends
    /// there: a bare name word that is no adverb or adjective in the accusative (شارع الرشيد |
    /// صباحا، خاليا), no verb of the present (ملعب الحسن | يستضيف، يحتاج، سيفتح), no participle
    /// in م (ممتلئ) or adjective فاعل (جاهز) and no short noun (رمز) unless the lists know it as
    /// a name (ثامر، شاكر، مبارك), and punctuation, a preposition or a word with a clitic follows.
    fn venue_surname_at(&self, k: usize) -> bool {
        let Some(t) = self
            .token(k)
            .filter(|_| self.joined(k) && self.name_word(k))
        else {
            return false;
        };
        let w = t.norm.as_str();
        let letters: Vec<char> = w.chars().collect();
        let listed_name =
            super::name_lists::is_given_name(w) || super::given_names::is_common_family_name(w);
        let word_shaped = letters.len() < 4
            || (letters.len() == 4 && letters[1] == 'ا')
            || (letters.len() >= 4 && letters[0] == 'م')
            || w.starts_with('ي')
            || w.starts_with("سي")
            || w.starts_with("ست");
        !w.ends_with('ا')
            && !t.tanween()
            && !is_time_word(w)
            && !super::lexicon::is_function_or_verb(w)
            && !super::lexicon::is_listed(w)
            && (listed_name || !word_shaped)
            && self.ends_a_venue_s_name(k + 1)
    }

    /// Nothing of the name goes on at token `k`: the text ends, punctuation stands before it,
    /// or it is a listed word (قرب، وسط، أمس), a word with a clitic (بالعاصمة) or a place.
    fn ends_a_venue_s_name(&self, k: usize) -> bool {
        self.token(k).is_none_or(|t| {
            let clitic = ['ب', 'ل', 'و', 'ف', 'ك'].iter().any(|c| {
                t.norm.starts_with(*c) && t.norm.chars().count() >= 4 && !self.name_word(k)
            });
            t.sep != Sep::Space
                || super::lexicon::is_listed(&t.norm)
                || clitic
                || t.mention == Some(EntityKind::Place)
        })
    }
}

#[cfg(test)]
#[path = "venues_tests.rs"]
mod tests;
