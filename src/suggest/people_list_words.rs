//! The words the list rules of `people_lists.rs` start from and stop at: dual and plural
//! titles of several people, kin words, plural offices of several countries. Apart from the
//! rules because they are data a reviewer reads and grows, where the rules read a list's shape.

use super::lexicon::readings;

/// Kin words in و between two items of a list of people (فلان وزوجته فلانة، فلان ونجله
/// فلان), normalised.
pub(super) const KIN_AFTER_AND: &[&str] = &[
    "وزوجته",
    "وزوجها",
    "ونجله",
    "ونجلها",
    "وشقيقه",
    "وشقيقها",
    "وابنه",
    "وابنها",
    "وابنته",
    "وابنتها",
    "وشقيقته",
    "وشقيقتها",
];

/// Dual and plural role nouns with the article (النائبين، النقباء), normalised: a complete
/// title of several people, whose names may follow at once (بحضور النائبين فلان وفلان). Not
/// الأعضاء, an adjective after a plural as often (الدول الأعضاء حسن النية).
pub(super) const PLURAL_ROLES: &[&str] = &[
    "النائبين",
    "النائبان",
    "الوزيرين",
    "الوزيران",
    "العضوين",
    "العضوان",
    "النقيبين",
    "النقيبان",
    "السفيرين",
    "السفيران",
    "النقباء",
    "السفراء",
    // Plurals of a trade or a plight, as complete a title of several people (اعتقال النشطاء
    // جهاد عبدو، وسالم قطش، وعز الدين زعول؛ الإفراج عن الأسرى فلان وفلان).
    "النشطاء",
    "الناشطين",
    "الناشطون",
    "الناشطات",
    "الاسري",
    "الاسيرين",
    "الاسيران",
    "المعتقلين",
    "المعتقلون",
    "الصحفيين",
    "الصحافيين",
    "الاعلاميين",
    "المحامين",
    "الفنانين",
    "الفنانون",
    "الفنانات",
    "اللاعبين",
    "اللاعبون",
];

/// Dual and plural role nouns in construct form (أعضاء، عضوي، نقيبي، نائبي، نواب), normalised:
/// their complement comes first (أعضاء المجلس البلدي:، نقيبي عمال بلديتي طرابلس والميناء),
/// then the names. Not رئيسي («main», and a surname) nor the accusative نائبا، عضوا (one man
/// named to an office).
pub(super) const PLURAL_ROLES_IN_CONSTRUCT: &[&str] = &[
    "اعضاء",
    "عضوي",
    "نقيبي",
    "نقباء",
    "نائبي",
    "نواب",
    "سفراء",
    "سفيري",
    "رؤساء",
];

/// Plural titles of office holders of several countries (وزراء خارجية الأردن فلان، ومصر
/// فلان …), normalised, with the article or without.
pub(super) const OFFICE_HOLDERS_OF_COUNTRIES: &[&str] = &[
    "وزراء",
    "الوزراء",
    "رؤساء",
    "الرؤساء",
    "سفراء",
    "السفراء",
    "قادة",
    "القادة",
    "زعماء",
    "الزعماء",
];

/// The words the rules of `people_lists.rs` start from (see [`super::triggers::is_cue_form`]).
pub(super) const CUE_WORDS: [&[&str]; 3] =
    [PLURAL_ROLES, PLURAL_ROLES_IN_CONSTRUCT, KIN_BEFORE_NAME];

/// Kin words with a pronoun, normalised, that a relative's full name follows wherever they
/// stand (وشقيقه محمود الشامي، نجله خالد العمري، وزوجته سلوى المصري): a kinship is a person's.
pub(super) const KIN_BEFORE_NAME: &[&str] = &[
    "زوجته",
    "زوجها",
    "نجله",
    "نجلها",
    "شقيقه",
    "شقيقها",
    "شقيقته",
    "شقيقتها",
    "ابنه",
    "ابنها",
    "ابنته",
    "ابنتها",
    "والده",
    "والدته",
];

/// Some reading of `word`, bare or after one clitic (والنائبين), is one of `roles`.
pub(super) fn is_role_of(word: &str, roles: &[&str]) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 1 && roles.contains(&w.as_ref()))
}

/// A dual or plural role noun (النائبين، أعضاء، عضوي), bare or after one clitic: a title of
/// several people, never a name's first word (استقبل الرئيس عضوي المجلس الدستوري).
pub(super) fn is_plural_role(word: &str) -> bool {
    is_role_of(word, PLURAL_ROLES) || is_role_of(word, PLURAL_ROLES_IN_CONSTRUCT)
}
