//! The words that make a person's name part of a place's or body's name (مطار الملكة علياء،
//! جامعة الملك سعود، شارع جمال عبد الناصر): discovery reads them so as not to find the person
//! there, the matcher so as not to link a known person there. One list for both.

/// Kinds of venue and institution named after a person, with or without a title between
/// (مطار الملكة علياء، جامعة الملك سعود، مدينة الملك عبدالله الاقتصادية، مستشفى كمال عدوان),
/// normalised.
pub const NAMED_AFTER_SOMEONE: &[&str] = &[
    "مطار",
    "ملعب",
    "استاد",
    "ستاد",
    "شارع",
    "جامعه",
    "مستشفي",
    "مدينه",
    "مركز",
    "قاعه",
    "جسر",
    "ميناء",
    "مسجد",
    "جامع",
    "مدرسه",
    "جائزه",
    "كليه",
    "معهد",
    "ميدان",
    "قصر",
    "مجمع",
    "مركب",
    "حي",
    "قاعده",
    "مؤسسه",
    "صندوق",
    "برنامج",
    "مبادره",
    // دوري كأس الأمير محمد بن سلمان: a competition named after its patron (not بطولة, also
    // «starring»: بطولة الفنانة ريم أحمد).
    "كاس",
    "دوري",
];

/// Those of [`NAMED_AFTER_SOMEONE`] that also stand before a person's bare name for what is
/// theirs rather than named after them (برنامج عمرو أديب، مبادرة ترامب، صندوق فلان): only
/// with a ruler's title between ([`NAMESAKE_TITLES`]) do they name a namesake.
pub const ONLY_WITH_A_TITLE: &[&str] = &["مؤسسه", "صندوق", "برنامج", "مبادره", "دوري"];

/// Titles of rulers a body is named after (جامعة الملك عبدالعزيز، مستشفى الأمير سلطان، مؤسسة
/// الشيخ عيد الخيرية), normalised: the person's name after one belongs to the body's name.
pub const NAMESAKE_TITLES: &[&str] = &[
    "الملك",
    "الملكه",
    "الامير",
    "الاميره",
    "الشيخ",
    "الشيخه",
    "الامام",
    "السلطان",
];

/// Ordinals of sovereigns that follow their given name (محمد الخامس، عبدالله الثاني),
/// normalised; الأول is left out: after a name it is as often «came first».
pub const REGNAL_ORDINALS: &[&str] = &[
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];

/// The normalised `words` name a ruler: a ruler's title first (الملك خالد، الأمير محمد بن
/// فهد) or a given name and a sovereign's ordinal (محمد الخامس). A place so named (an airport,
/// a stadium) is his namesake, and is linked only after its kind word.
pub fn names_a_ruler(words: &[&str]) -> bool {
    match words {
        [title, _, ..] if NAMESAKE_TITLES.contains(title) => true,
        [_, ordinal] => REGNAL_ORDINALS.contains(ordinal),
        _ => false,
    }
}
