//! Which candidates discovery links without an editor: a person by a full name or two
//! titles, an organisation by a strong phrase that is no description (وكالة الأنباء الرسمية،
//! المستشفى الحكومي), a place by its kind word and a short name. Apart from `mod.rs`, which
//! turns the confident candidates into entities, because this is the one place the
//! thresholds live.

use std::collections::HashSet;

use crate::load::{Entity, EntityKind};
use crate::suggest::{
    Candidate, is_city_of_a_kind, is_facility_head, is_place_facility, is_saint_s_house,
    is_toponym_with_kunya, serves_a_place,
};
use crate::text::normalize::normalize_name;

use super::names::entity_keys;

/// Times a one-word person's name must follow a title before it is linked (الرئيس تبون).
const MIN_TITLED: usize = 2;

/// Kind words whose phrase is more often a description than a name (فريق العمل المشترك).
const GENERIC_HEADS: &[&str] = &["فريق", "مجموعه", "جماعه"];

/// Last words that make an organisation's phrase a description (وكالة الأنباء الرسمية).
const DESCRIPTIVE_TAILS: &[&str] = &[
    "الرسميه",
    "الرسمي",
    "المحليه",
    "المحلي",
    "الحكوميه",
    "الحكومي",
    "الجديده",
    "الجديد",
    "المعنيه",
    "المختصه",
    "الكبري",
    // Of the wilaya: every wilaya has one (المجلس الشعبي الولائي), as المحلي says.
    "الولائي",
    "الولائيه",
];

/// Titles that open a place's name only as an airport's namesake (مطار الملك خالد), normalised.
const NAMESAKES: &[&str] = &["الملك", "الامير", "الشيخ", "الامام", "السلطان"];

/// Titles besides a ruler's that a venue's namesake keeps (شارع الرئيس المختار ولد داداه،
/// شارع الشهيد أحمد بوقرة، شارع العقيد عميروش), normalised.
const VENUE_NAMESAKES: &[&str] = &[
    "الرئيس",
    "الزعيم",
    "الشهيد",
    "الشهيده",
    "العقيد",
    "الدكتور",
    "المجاهد",
];

/// A sports city named for a ruler (مدينة الملك عبدالله الرياضية، مدينة الأمير فيصل بن فهد
/// الرياضية), normalised words: found only after a stadium's kind word, and as long as the
/// ruler's name.
fn is_sports_city(words: &[&str]) -> bool {
    words.len() <= 6
        && words.first() == Some(&"مدينه")
        && words.get(1).is_some_and(|w| NAMESAKES.contains(w))
        && words.last() == Some(&"الرياضيه")
}

/// Whether a candidate is sure enough to be linked without an editor (see the module doc).
pub fn is_confident(c: &Candidate) -> bool {
    let norm = normalize_name(&c.suggestion.name);
    // The words, without a hyphen between two halves (بعلبك - الهرمل).
    let words: Vec<&str> = norm.split(' ').filter(|w| *w != "-").collect();
    match c.suggestion.kind_hint {
        Some(EntityKind::Person) => {
            let one_word_in_ta = words.len() == 1 && written_in_ta(&c.suggestion.name);
            c.strong || (c.triggered >= MIN_TITLED && !one_word_in_ta)
        }
        Some(EntityKind::Organization) => {
            (c.strong && !descriptive(&words))
                || (is_bare_club(&words) && c.triggered >= MIN_TEAM_WORDS)
        }
        // A place the gazetteer lacks, named after its kind (مدينة البتراء، مخيم زمزم، منطقة
        // جبل عامل): the kind word says what it is.
        // Two words at most: a longer run after the kind word is more often a body's name
        // that starts with the place (مقاطعة سامتر تين كورت, a county's youth court).
        // A venue is named with its kind word and may be longer (ملعب علي عمار، متحف البحرين
        // الوطني), and so is an airport or a port named for its place (مطار عدن الدولي).
        Some(EntityKind::Place) => {
            let venue = words
                .first()
                .is_some_and(|w| is_facility_head(w) || is_place_facility(w))
                || is_city_of_a_kind(&words)
                || is_saint_s_house(&words);
            // مطار الإمام علي العسكري: an airport named for a person, read only after مطار.
            let namesake = words.first().is_some_and(|w| NAMESAKES.contains(w));
            // جامع الإمام عزان بن قيس، شارع الشهيد أحمد بن بلة: a venue named for a titled
            // person is as long as his name.
            let titled_namesake = venue
                && words
                    .get(1)
                    .is_some_and(|w| NAMESAKES.contains(w) || VENUE_NAMESAKES.contains(w));
            c.strong
                && c.triggered >= 1
                && (words.len() <= 2
                    || ((venue || namesake) && words.len() <= 4)
                    || (titled_namesake && words.len() <= 6)
                    || is_toponym_with_kunya(&words)
                    || is_sports_city(&words))
        }
        _ => false,
    }
}

/// Times a club named by one definite word must follow a word of its team before it is linked
/// (لاعب الاتحاد … فريق الاتحاد): once may be a noun of the game the lists lack.
const MIN_TEAM_WORDS: usize = 2;

/// An organisation of one definite word: only a club after a word of its team is found so
/// (لاعب الاتحاد), and the word is as often an ordinary one (union, victory).
pub(super) fn is_bare_club(words: &[&str]) -> bool {
    matches!(words, [w] if w.starts_with("ال"))
}

/// Ends in ة (ه once normalised): a noun or a feminine adjective far more often than a name.
fn ends_in_ta(word: &str) -> bool {
    word.ends_with('ه')
}

/// A name as written ends in ة (حالة), not in ه (طه، عبدالله), which normalisation merges.
fn written_in_ta(name: &str) -> bool {
    name.trim_end_matches(|c: char| matches!(c, '\u{064B}'..='\u{065F}' | '\u{0640}'))
        .ends_with('ة')
}

/// A court named with its rank last (المحكمة الجنائية الكبرى، محكمة الجنايات الكبرى): الكبرى
/// is the court's degree there, not the size a description gives (الشركات الكبرى).
fn ranked_court(words: &[&str]) -> bool {
    words
        .first()
        .is_some_and(|w| ["محكمه", "المحكمه"].contains(w))
        && words.last() == Some(&"الكبري")
}

/// An organisation's phrase headed by a generic kind word before a definite word (فريق العمل
/// المشترك; مجموعة أرزان المالية, with a name after the kind word, is a name), ending in a descriptive adjective
/// (وكالة الأنباء الرسمية), or a bare name after the kind word (neither word definite)
/// that ends in ة: an adjective agreeing with a feminine kind word (شركة ناشئة، مؤسسة عملاقة).
fn descriptive(words: &[&str]) -> bool {
    let headed = words
        .get(1)
        .is_some_and(|w| w.starts_with("ال") || w.starts_with("وال"));
    (words.first().is_some_and(|w| GENERIC_HEADS.contains(w)) && headed)
        || (words.len() > 1
            && words.last().is_some_and(|w| DESCRIPTIVE_TAILS.contains(w))
            && !ranked_court(words))
        || (words.len() <= 2
            && !headed
            && !words.first().is_some_and(|w| w.starts_with("ال"))
            && words.last().is_some_and(|w| ends_in_ta(w)))
}

/// «Governmental» after a body's head names no body (المستشفى الحكومي، المدارس الحكومية)
/// unless a known place stands between them: then it is the public one of that place, and
/// that is its name (مستشفى السلط الحكومي، مستشفى الكرك الحكومي).
const GOVERNMENT_TAILS: &[&str] = &["الحكومي", "الحكوميه"];

/// A strong organisation's candidate made descriptive only by a tail of
/// [`GOVERNMENT_TAILS`], with a word of `places` (normalised one-word place names) before it.
pub(super) fn is_placed_government_body(c: &Candidate, places: &HashSet<String>) -> bool {
    let norm = normalize_name(&c.suggestion.name);
    let words: Vec<&str> = norm.split(' ').collect();
    c.strong
        && c.suggestion.kind_hint == Some(EntityKind::Organization)
        && words.len() >= 3
        && words.last().is_some_and(|w| GOVERNMENT_TAILS.contains(w))
        && !descriptive(&words[..words.len() - 1])
        && words[1..words.len() - 1]
            .iter()
            .any(|w| places.contains(*w))
}

/// A strong organisation's candidate of two words, a head that serves a place (بلدية، جامعة،
/// مستشفى …) and a word of `places` (normalised one-word place names): بلدية غزة is Gaza's
/// council by that name. `descriptive` reads a bare last word in ة as an adjective agreeing
/// with the head (شركة ناشئة); a known place so written (غزة، جدة) is none.
pub(super) fn is_body_of_a_known_place(c: &Candidate, places: &HashSet<String>) -> bool {
    let norm = normalize_name(&c.suggestion.name);
    c.strong
        && c.suggestion.kind_hint == Some(EntityKind::Organization)
        && matches!(norm.split(' ').collect::<Vec<_>>()[..],
            [head, place] if serves_a_place(head) && places.contains(place))
}

/// The one-word names and aliases of the places among `entities`, normalised.
pub(super) fn place_names(entities: &[Entity]) -> HashSet<String> {
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
        .flat_map(entity_keys)
        .filter(|n| !n.contains(' '))
        .collect()
}

/// A body's name of one word shaped like a verbal noun of the derived forms, normalised:
/// تفعيل (تأسيس)، تفاعل (تعاون)، افتعال (اجتماع)، استفعال (استقلال). It is an ordinary word
/// everywhere but after the body's head, so it needs that head before each mention, as an
/// ambiguous name needs its cue.
pub(super) fn is_verbal_noun_name(words: &[&str]) -> bool {
    let [word] = words else { return false };
    let l: Vec<char> = word.chars().collect();
    match l.len() {
        5 => l[0] == 'ت' && (l[3] == 'ي' || l[2] == 'ا'),
        6 => l[0] == 'ا' && l[4] == 'ا',
        7 => word.starts_with("است") && l[5] == 'ا',
        _ => false,
    }
}
