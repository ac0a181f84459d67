//! Where a place's name is a part of another name, so that the text names something else: a
//! news outlet named for its town («مصر اليوم»، الشارقة 24:), a person's lineage (ابن سيناء),
//! the bodies and teams a dual head names (جامعتي نينوى والنور، بلديتا (بيت لاهيا)، فريقا
//! الرمثا), a body's legal form after it (قطر الخيرية), or a direction only it can take
//! (بمدرسة الرفاع الغربي). The place is then not linked; the whole name is another entity.

use super::sentence::{LINEAGE_WORDS, previous_word};
use crate::text::normalize::is_word_char;

/// What follows a town's or a country's name in a news outlet's name, normalised (مصر اليوم،
/// الشارقة 24، عمان نت، بغداد بوست، الغد برس، عدن الغد، الخليج أونلاين).
const OUTLET_WORDS: &[&str] = &[
    "اليوم",
    "24",
    "٢٤",
    "نيوز",
    "نت",
    "بوست",
    "برس",
    "تايمز",
    "انفو",
    "الغد",
    "اونلاين",
    "الان",
];

/// Whether the place from `word_start` to `end` of the normalised text `t` opens an outlet's
/// name: one of [`OUTLET_WORDS`] right after it, and the two alone between quotes («لـ"الشارقة
/// 24"») or brackets, or opening a line as its source («بغداد اليوم - متابعة»، «الشارقة 24:»). Unquoted
/// in a sentence the words are the place and an adverb (وصل الوفد إلى بغداد اليوم).
pub(super) fn names_an_outlet(t: &str, word_start: usize, end: usize) -> bool {
    let after = t[end..].trim_start_matches(' ');
    let Some(rest) = OUTLET_WORDS.iter().find_map(|w| {
        after
            .strip_prefix(w)
            .filter(|rest| !rest.starts_with(is_word_char))
    }) else {
        return false;
    };
    let rest = rest.trim_start_matches(' ');
    let before = t[..word_start].trim_end_matches(' ');
    // Quotes or brackets round the two alone (أربيل (كوردستان 24)- names the outlet so).
    let quoted = (before.ends_with(['"', '«', '“']) && rest.starts_with(['"', '»', '”']))
        || (before.ends_with('(') && rest.starts_with(')'));
    let opens_line = before.is_empty() || before.ends_with('\n');
    let source = opens_line && (rest.is_empty() || rest.starts_with([':', '-', '–', '—', '\n']));
    quoted || source
}

/// Whether the word right before `word_start` is بن، بنت or ابن: the place's name after it is
/// a part of a person's name (a quarter named «ابن سيناء» is named for the man, not Sinai).
pub(super) fn after_a_lineage_word(t: &str, word_start: usize) -> bool {
    LINEAGE_WORDS.contains(&previous_word(t, word_start))
}

/// Kinds of body (normalised) whose dual in construct names two bodies by their towns
/// (جامعتا/جامعتي نينوى والنور، بلديتا (بيت لاهيا) و(جباليا)).
const BODY_KINDS: &[&str] = &[
    "جامعه",
    "بلديه",
    "مدرسه",
    "كليه",
    "شركه",
    "وزاره",
    "جمعيه",
    "مؤسسه",
    "هيئه",
    "منظمه",
    "محكمه",
    "مديريه",
    "قناه",
    "صحيفه",
    "وكاله",
];

/// Duals in construct of kinds of team or body that end in no ة (فريقا الرمثا وذات راس،
/// ناديا الشرطة والقوة الجوية), normalised. Not منتخبا / منتخبي: a national side is its
/// country's (منتخبا إيران وهونج كونج name the two countries), as «منتخب مصر» links Egypt.
const MASCULINE_DUALS: &[&str] = &[
    "فريقا",
    "فريقي",
    "ناديا",
    "مستشفيا",
    "مستشفيي",
    "معهدا",
    "معهدي",
];

/// `word` (normalised, perhaps with و, ف, ب or ل) is the dual in construct of a kind of body or
/// team: بلديتا، جامعتي، فريقا، وناديا.
fn dual_of_a_body(word: &str) -> bool {
    // فريقا begins with ف: the word as written is read first.
    let bare = word.strip_prefix(['و', 'ف']);
    [Some(word), bare]
        .into_iter()
        .flatten()
        .flat_map(|w| [Some(w), w.strip_prefix(['ب', 'ل'])])
        .flatten()
        .any(dual_shape)
}

fn dual_shape(word: &str) -> bool {
    MASCULINE_DUALS.contains(&word)
        || BODY_KINDS
            .iter()
            .any(|kind| crate::text::cue_words::is_dual_in_construct(word, kind))
}

/// Whether the place at `word_start` (its name from `name_start`) is named by a dual head of a
/// kind of body or team: right after it (جامعتي نينوى، فريقا الرمثا) or joined by و to the
/// first of the two, a few words on (بلديتا (بيت لاهيا) و(جباليا النزلة)). The towns name the
/// bodies or the clubs there, not the places.
pub(super) fn named_by_a_dual_head(t: &str, word_start: usize, name_start: usize) -> bool {
    let word = previous_word(t, word_start);
    if dual_of_a_body(word) {
        return true;
    }
    let joined = &t[word_start..name_start] == "و" || word == "و";
    if !joined {
        return false;
    }
    let mut pos = word_start;
    for _ in 0..5 {
        let word = previous_word(t, pos);
        if word.is_empty() {
            return false;
        }
        if dual_of_a_body(word) {
            return true;
        }
        pos = word.as_ptr() as usize - t.as_ptr() as usize;
    }
    false
}

/// Definite adjectives that name a body's legal form (قطر الخيرية «Qatar Charity»، دبي القابضة
/// «Dubai Holding»), normalised: no place is charitable or holding, so the town before one
/// opens a body's name.
const BODY_FORMS: &[&str] = &["الخيريه", "القابضه"];

/// Words of a development's name after its town (دبي مول، دبي هيلز), normalised: a mall or an
/// estate, no part of the town.
const DEVELOPMENT_WORDS: &[&str] = &["مول", "هيلز", "بلازا", "تاور", "تاورز"];

/// Whether one of [`BODY_FORMS`] or [`DEVELOPMENT_WORDS`] follows the place ending at `end`:
/// the place opens a body's name (وقطر الخيرية) or a development's (زوار دبي مول).
pub(super) fn opens_a_body_s_name(t: &str, end: usize) -> bool {
    let after = t[end..].trim_start_matches(' ');
    BODY_FORMS.iter().chain(DEVELOPMENT_WORDS).any(|form| {
        after
            .strip_prefix(form)
            .is_some_and(|rest| !rest.starts_with(is_word_char))
    })
}

/// Whether the word before `word_start` is one of `heads`, bare or after one clitic (معرض،
/// بمعرض، لمركز).
fn head_before(t: &str, word_start: usize, heads: &[&str]) -> bool {
    let word = previous_word(t, word_start);
    heads.contains(&word)
        || word
            .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .is_some_and(|rest| heads.contains(&rest))
}

/// Kinds of event and gathering named after their town (معرض القاهرة الدولي للكتاب، منتدى دبي
/// العالمي، أسبوع لندن الدولي للطاقة), normalised.
const EVENT_HEADS: &[&str] = &[
    "معرض",
    "منتدي",
    "مهرجان",
    "مؤتمر",
    "ملتقي",
    "اسبوع",
    "ماراثون",
    "بينالي",
    "صالون",
];

/// «International» and «world» after the town of an event, normalised.
const WORLDWIDE: &[&str] = &["الدولي", "العالمي"];

/// Whether the place from `word_start` to `end` stands between an event's kind (with or
/// without a clitic) and «international» or «world» (معرض القاهرة الدولي للكتاب): the town is
/// the event's name, and the fair's news is not the town's.
pub(super) fn names_an_event(t: &str, word_start: usize, end: usize) -> bool {
    let after = t[end..].strip_prefix(' ').unwrap_or("");
    head_before(t, word_start, EVENT_HEADS)
        && WORLDWIDE.iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|rest| !rest.starts_with(is_word_char))
        })
}

/// Heads of research bodies named after their town (مركز صنعاء للدراسات الاستراتيجية، معهد
/// واشنطن لسياسة الشرق الأدنى), normalised.
const RESEARCH_HEADS: &[&str] = &["مركز", "معهد"];

/// Whether the place from `word_start` to `end` stands between a research body's head (with
/// or without a clitic) and its field after ل (مركز صنعاء للدراسات، معهد واشنطن لسياسة …): the town is the body's
/// name, and the centre's news is not the town's.
pub(super) fn names_a_research_body(t: &str, word_start: usize, end: usize) -> bool {
    let after = t[end..].strip_prefix(' ').unwrap_or("");
    let field = after.split(|c: char| !is_word_char(c)).next().unwrap_or("");
    head_before(t, word_start, RESEARCH_HEADS)
        && field.starts_with('ل')
        && field.chars().count() >= 4
}

/// Heads of bodies that are no clubs, normalised (بنك، مصرف، شركة، مستشفى، مدرسة، جامعة): a
/// club's name after one is the body's adjective or name (البنك الأهلي, the National Bank;
/// شركة النصر; مستشفى الهلال), not the club.
const NON_CLUB_HEADS: &[&str] = &["بنك", "مصرف", "شركه", "مستشفي", "مدرسه", "جامعه"];

/// Whether the word before `word_start` is one of [`NON_CLUB_HEADS`], bare, with the article,
/// or with a clitic before either (للبنك، وبنك، بالمصرف).
pub(super) fn after_a_non_club_head(t: &str, word_start: usize) -> bool {
    let word = previous_word(t, word_start);
    let bare = word
        .strip_prefix(['و', 'ف', 'ب', 'ك', 'ل'])
        .filter(|rest| rest.chars().count() >= 3)
        .into_iter()
        .chain([word]);
    bare.flat_map(|w| {
        [
            w,
            w.strip_prefix("ال").unwrap_or(w),
            w.strip_prefix('ل').unwrap_or(w),
        ]
    })
    .any(|w| NON_CLUB_HEADS.contains(&w))
}

/// Masculine adjectives of direction, normalised: after a place they name its part, a place
/// of its own (الرفاع الغربي, West Riffa, is no part of الرفاع's name in the gazetteer).
const MASCULINE_DIRECTIONS: &[&str] = &["الشرقي", "الغربي", "الشمالي", "الجنوبي", "الاوسط"];

/// Whether the place from `word_start` to `end` has a masculine adjective of direction after it
/// while the noun before it is feminine (بمدرسة الرفاع الغربي): the adjective cannot agree with
/// that noun, so it qualifies the place, and the two name another place (a longer name in the
/// gazetteer is matched before this one). After a masculine noun the adjective may be the
/// noun's (ريف حلب الشمالي: Aleppo's northern countryside, Aleppo named).
pub(super) fn part_named_by_a_direction(t: &str, word_start: usize, end: usize) -> bool {
    let after = t[end..].trim_start_matches(' ');
    let direction = MASCULINE_DIRECTIONS.iter().any(|d| {
        after
            .strip_prefix(d)
            .is_some_and(|rest| !rest.starts_with(is_word_char))
    });
    let noun = previous_word(t, word_start);
    direction && noun.chars().count() > 3 && noun.ends_with('ه')
}

/// Kinds of quarter or street (normalised) that take a country's name as their own (منطقة
/// الجزائر in Basra, حي الكويت، شارع لبنان، ساحة فلسطين). Not مدينة: مدينة الكويت is the
/// country's capital, which the gazetteer names whole.
const QUARTERS_NAMED_FOR_COUNTRIES: &[&str] = &["منطقه", "حي", "شارع", "ساحه", "ميدان", "محله"];

/// Whether the word before `word_start` is a kind of quarter or street, with or without و, ف,
/// ب or ل (بمنطقة، وشارع): a country's name right after it names the quarter.
pub(super) fn after_a_quarter_word(t: &str, word_start: usize) -> bool {
    let word = previous_word(t, word_start);
    let word = word
        .strip_prefix(['و', 'ف'])
        .filter(|r| QUARTERS_NAMED_FOR_COUNTRIES.iter().any(|q| r.ends_with(q)))
        .unwrap_or(word);
    let word = word
        .strip_prefix(['ب', 'ل'])
        .filter(|r| QUARTERS_NAMED_FOR_COUNTRIES.contains(r))
        .unwrap_or(word);
    QUARTERS_NAMED_FOR_COUNTRIES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::normalize;

    fn at(text: &str, name: &str) -> (String, usize, usize) {
        let t = normalize(text).text;
        let n = normalize(name).text;
        let start = t.find(&n).unwrap();
        (t, start, start + n.len())
    }

    fn outlet(text: &str, name: &str) -> bool {
        let (t, start, end) = at(text, name);
        names_an_outlet(&t, start, end)
    }

    #[test]
    fn a_place_with_an_outlet_word_in_quotes_or_as_a_source_line_is_the_outlet() {
        assert!(outlet("وقال في تصريح إلى \"مصر اليوم\" إن", "مصر"));
        assert!(outlet(
            "في تصريحات خاصة لـ\"الشارقة 24\"، إلى أن",
            "الشارقة"
        ));
        assert!(outlet("الشارقة 24:", "الشارقة"));
        assert!(outlet("أربيل (دبي 24)- أعلنت الشرطة", "دبي"));
        assert!(!outlet("أعلنت (دبي) اليوم", "دبي"));
        assert!(outlet("بغداد اليوم - متابعة", "بغداد"));
        assert!(outlet("حسب ما نقل موقع «عمان نت» عن", "عمان"));
        assert!(outlet("وقال لصحيفة \"عدن الغد\" إن", "عدن"));
        // In a sentence the place stands, and «اليوم» is its adverb.
        assert!(!outlet("وصل الوفد إلى بغداد اليوم قادما من عمان", "بغداد"));
        assert!(!outlet("بغداد اليوم مدينة آمنة", "بغداد"));
        assert!(!outlet("وصل إلى \"بغداد\" اليوم", "بغداد"));
        assert!(!outlet("\"القاهرة 2025\"", "القاهرة"));
    }

    #[test]
    fn a_place_after_a_lineage_word_is_a_name_s_part() {
        let (t, start, _) = at("المناطق الممتدة من ابن سيناء حتى منطقة حلة", "سيناء");
        assert!(after_a_lineage_word(&t, start));
        let (t, start, _) = at("عاد الجنود إلى سيناء", "سيناء");
        assert!(!after_a_lineage_word(&t, start));
    }

    #[test]
    fn a_place_before_a_body_s_legal_form_opens_the_body_s_name() {
        let (t, _, end) = at("بين مؤسسة حمد الطبية وقطر الخيرية لخدمة", "قطر");
        assert!(opens_a_body_s_name(&t, end));
        let (t, _, end) = at("وأعلنت دبي القابضة عن", "دبي");
        assert!(opens_a_body_s_name(&t, end));
        let (t, _, end) = at("زار الوفد قطر الشقيقة", "قطر");
        assert!(!opens_a_body_s_name(&t, end));
    }

    #[test]
    fn a_masculine_direction_after_a_place_a_feminine_noun_heads_is_another_place() {
        let direction = |text: &str, name: &str| {
            let (t, start, end) = at(text, name);
            part_named_by_a_direction(&t, start, end)
        };
        assert!(direction("بمدرسة الرفاع الغربي الابتدائية للبنات", "الرفاع"));
        // The adjective of a masculine noun before, or none: the place is named.
        assert!(!direction("في ريف حلب الشمالي", "حلب"));
        assert!(!direction("في مدينة الموصل القديمة", "الموصل"));
        assert!(!direction("على حدود لبنان الجنوبية", "لبنان"));
    }

    fn dual(text: &str, name: &str) -> bool {
        let t = normalize(text).text;
        let n = normalize(name).text;
        let found = t.find(&n).unwrap();
        // A clitic و right before the name is the word's, as the matcher reads it.
        let word_start = if t[..found].ends_with('و') {
            found - 'و'.len_utf8()
        } else {
            found
        };
        named_by_a_dual_head(&t, word_start, found)
    }

    #[test]
    fn places_after_the_dual_of_a_body_or_a_team_name_the_bodies() {
        assert!(dual("نظمت جامعتي نينوى والنور مؤتمرا", "نينوى"));
        assert!(dual(
            "تشترك فيه بلديّتا (بيت لاهيا) و(جباليا النّزلة)",
            "بيت لاهيا"
        ));
        assert!(dual(
            "تشترك فيه بلديّتا (بيت لاهيا) و(جباليا النّزلة)",
            "جباليا"
        ));
        assert!(dual("ويلعب غدا فريقا الرمثا وذات راس", "الرمثا"));
        assert!(dual("التقى فريقا الوحدات والرمثا", "الرمثا"));
        // A place's own dual, or a singular body, names the places.
        assert!(!dual("زار مدينتي نابلس وجنين", "نابلس"));
        assert!(!dual("زار محافظتي البصرة وميسان", "ميسان"));
        assert!(!dual("وصل الوفد إلى نينوى والبصرة", "البصرة"));
        assert!(!dual("افتتحت الجامعة فرعا في نينوى", "نينوى"));
    }

    /// The two national sides of a dual are their countries', as one side is (منتخب مصر).
    #[test]
    fn the_dual_of_a_national_side_names_the_countries() {
        assert!(!dual("وتضم المجموعة منتخبا إيران وهونج كونج", "إيران"));
        assert!(!dual("وتضم المجموعة منتخبا إيران وهونج كونج", "هونج كونج"));
        assert!(!dual("فاز على منتخبي الأردن والعراق", "الأردن"));
    }
}
