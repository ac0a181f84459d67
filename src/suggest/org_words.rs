//! The words the organisation rules (`organizations.rs`) read a head and its phrase by:
//! state bodies named by common nouns, heads of each kind, and the complements that make a
//! phrase a description rather than a name. Normalised unless said otherwise.

use crate::text::normalize::normalize_name;

/// State bodies named by common nouns alone, the same words in every country (رئاسة
/// الجمهورية، الديوان الملكي، البنك المركزي; civil defence, called الحماية المدنية in Algeria
/// and Tunisia and الوقاية المدنية in Morocco), as written. A country's demonym after one
/// belongs to it (البنك المركزي المصري).
const STATE_BODIES: &[&str] = &[
    "البنك المركزي",
    "رئاسة الجمهورية",
    "رئاسة الوزراء",
    "رئاسة الحكومة",
    "ديوان رئيس الجمهورية",
    "ديوان رئاسة الجمهورية",
    "الديوان الملكي",
    "الديوان الأميري",
    "الديوان السلطاني",
    "الديوان الملكي الهاشمي",
    "المجلس الرئاسي",
    "الدفاع المدني",
    "الحماية المدنية",
    "الوقاية المدنية",
];

/// National institutions named by their head and one word (مجلس النواب، ديوان المحاسبة),
/// normalised. A list, not every «مجلس ال…»: مجلس السلام (a board of peace) or مجلس
/// الإدارة is no state's chamber.
pub(crate) const NATIONAL_CHAMBERS: &[&str] = &[
    "مجلس النواب",
    "مجلس الشيوخ",
    "مجلس الشعب",
    "مجلس الامه",
    "مجلس الشوري",
    "مجلس المستشارين",
    "مجلس الاعيان",
    "مجلس الدوله",
    "مجلس الوزراء",
    "ديوان المحاسبه",
    "ديوان المظالم",
];

/// Bodies named by common nouns and their ordinal (المنطقة العسكرية السابعة, an army's region
/// in Yemen or Egypt): without the ordinal, «the military zone» of any story.
const NUMBERED_BODIES: &[&str] = &["المنطقة العسكرية"];

pub(super) static NUMBERED_BODY_WORDS: std::sync::LazyLock<Vec<Vec<String>>> =
    std::sync::LazyLock::new(|| normalised_words(NUMBERED_BODIES));

/// Each phrase of `list` as its normalised words, for matching token by token.
fn normalised_words(list: &[&str]) -> Vec<Vec<String>> {
    list.iter()
        .map(|b| b.split(' ').map(normalize_name).collect())
        .collect()
}

/// The words of a name (as written) are a body of [`NUMBERED_BODIES`] and its ordinal.
pub(crate) fn is_numbered_body(words: &[&str]) -> bool {
    let Some((last, name)) = words.split_last() else {
        return false;
    };
    NUMBERED_BODY_WORDS.iter().any(|body| {
        name.len() == body.len()
            && name.iter().zip(body).all(|(w, b)| normalize_name(w) == *b)
            && super::org_shapes::is_ordinal(&normalize_name(last))
    })
}

/// Definite heads that with a country's demonym name one body (الخطوط الأردنية، الخطوط الجوية
/// القطرية، الجيش اللبناني، الإذاعة الجزائرية، التلفزيون المصري، القوات المسلحة الأردنية، الشرطة
/// الفلسطينية),
/// normalised; see [`DEMONYM_HEAD_SECOND_WORDS`] for the word between. Not الحكومة: «الحكومة
/// المصرية» describes the government of the day as often as it names a body.
pub(super) const DEMONYM_HEADS: &[&str] = &[
    "الخطوط",
    "الجيش",
    "الشرطه",
    "الاذاعه",
    "التلفزيون",
    "التليفزيون",
    "القوات",
    "الهلال",
    "الصليب",
];

/// The word that stands between a head of [`DEMONYM_HEADS`] and the demonym (normalised):
/// optional after الخطوط (الخطوط الجوية القطرية), required after القوات, whose plural alone
/// is any country's troops (القوات المسلحة المصرية), and after the crescent and the cross,
/// each country's society of the Red Crescent or Red Cross (الهلال الأحمر القطري، الصليب
/// الأحمر اللبناني; «الهلال السعودي» is a club). After المسلحة, «الملكية» names the
/// kingdom's forces as a demonym would (القوات المسلحة الملكية).
pub(super) const DEMONYM_HEAD_SECOND_WORDS: &[(&str, &str, bool)] = &[
    ("الخطوط", "الجويه", false),
    ("القوات", "المسلحه", true),
    ("الهلال", "الاحمر", true),
    ("الصليب", "الاحمر", true),
];

/// The normalised words of a name open with a head of [`DEMONYM_HEADS`] and the second word
/// it requires (الهلال الاحمر، القوات المسلحه): the pair is the name's, whatever the head word
/// names alone.
pub(super) fn opens_with_head_and_second_word(words: &[String]) -> bool {
    DEMONYM_HEAD_SECOND_WORDS
        .iter()
        .any(|(head, second, required)| {
            *required
                && words.first().is_some_and(|w| w == head)
                && words.get(1).is_some_and(|w| w == second)
        })
}

/// «Royal» after the armed forces (normalised): Morocco's and Jordan's name themselves so.
pub(super) const ROYAL: &str = "الملكيه";

pub(super) static STATE_BODY_WORDS: std::sync::LazyLock<Vec<Vec<String>>> =
    std::sync::LazyLock::new(|| normalised_words(STATE_BODIES));

/// The first words of [`STATE_BODY_WORDS`] and the heads of [`DEMONYM_HEADS`], each also
/// without its article's alef (للتلفزيون is ل + التلفزيون): a word that ends with none of them
/// opens no state body, asked of every word of the site in one look-up per suffix instead of
/// a comparison per head.
pub(super) static STATE_BODY_OPENERS: std::sync::LazyLock<rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| {
        STATE_BODY_WORDS
            .iter()
            .map(|words| words[0].as_str())
            .chain(DEMONYM_HEADS.iter().copied())
            .flat_map(|head| [Some(head), head.strip_prefix('ا')])
            .flatten()
            .map(str::to_string)
            .collect()
    });

/// The last four bytes of every word of [`STATE_BODY_OPENERS`] (two Arabic letters): a word
/// that ends otherwise opens no state body, told by one look-up of a number.
static STATE_BODY_ENDINGS: std::sync::LazyLock<rustc_hash::FxHashSet<u32>> =
    std::sync::LazyLock::new(|| {
        STATE_BODY_OPENERS
            .iter()
            .filter_map(|w| last_four_bytes(w))
            .collect()
    });

/// The last four bytes of `word` as one number, if it has four.
fn last_four_bytes(word: &str) -> Option<u32> {
    let tail = word.as_bytes().last_chunk::<4>()?;
    Some(u32::from_le_bytes(*tail))
}

/// Token text `word` ends with a word of [`STATE_BODY_OPENERS`] after at most two letters:
/// the clitics [`super::lexicon::readings`] takes off (وللتلفزيون is و + ل + التلفزيون with
/// its alef elided), or nothing. Asked of every word of a site, so only those three suffixes,
/// and only when the word ends as one of them does.
pub(super) fn may_open_a_state_body(word: &str) -> bool {
    let ends_as_one = last_four_bytes(word).is_some_and(|e| STATE_BODY_ENDINGS.contains(&e));
    ends_as_one
        && word
            .char_indices()
            .take(3)
            .any(|(at, _)| STATE_BODY_OPENERS.contains(&word[at..]))
}

/// Heads of a department named after a title (مدير إدارة المسرح بالشارقة), normalised.
pub(super) const DEPARTMENT_HEADS: &[&str] = &["اداره", "دائره"];

/// Kinds of body whose name is the phrase after the kind word alone (كتلة الوفاء للمقاومة →
/// الوفاء للمقاومة), as the bloc calls itself, normalised.
pub(super) const NAMED_WITHOUT_HEAD: &[&str] = &["كتله"];

/// Kinds of body, and of event, that, definite after ل, point back to one the article has
/// named (الجمعية العمومية للبنك، المجلس التنفيذي للشركة، اللجنة العليا للمهرجان: the
/// festival's organising committee, whichever festival the article is about), normalised.
pub(super) const BODIES_POINTED_BACK_TO: &[&str] = &[
    "بنك",
    "مصرف",
    "شركه",
    "مجموعه",
    "نادي",
    "مؤسسه",
    "جامعه",
    "صندوق",
    "هيئه",
    "مهرجان",
    "مؤتمر",
    "ملتقي",
    "معرض",
    "بطوله",
    "مسابقه",
];

/// A broken plural of the patterns مَفاعِل and مَفاعيل (مقاطع، مدارس، مشاريع): a common noun,
/// hardly ever the name of a body.
pub(super) fn is_mafaail(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    letters.first() == Some(&'م')
        && letters.get(2) == Some(&'ا')
        && (letters.len() == 5 || (letters.len() == 6 && letters[4] == 'ي'))
}

/// A word after a head that makes the phrase a description however it is written (مجلس
/// الإدارة، مجلس الرقابة، هيئة التحرير), among them the place nouns that point back to a place already
/// named (أمانة المنطقة، بلدية المدينة، مجلس المحافظة: "the region's", not a name). Not the
/// cabinet (مجلس الوزراء): a named state body, which discovery names after each article's
/// country as it does a parliament (`discovery::national`), so no page merges two cabinets.
pub(super) fn is_generic_complement(word: &str) -> bool {
    is_board_of_a_body(word)
        || [
            "المراقبه",
            "الرقابه",
            "العزاء",
            "الاباء",
            "العائله",
            "المنطقه",
            "المدينه",
            "المحافظه",
            "البلده",
            "القريه",
        ]
        .contains(&word)
}

/// The words of [`is_generic_complement`] that make a board or an office of the body already
/// named (مجلس الإدارة، مجلس الأمناء، مجلس العمداء of a university، هيئة التحرير), not of a place: words after them are
/// never more of a name (مجلس الإدارة العماري محمد: a member), where those after a place noun
/// may be (أمانة المنطقة الشرقية), and those after «oversight» name the state's auditors (هيئة
/// الرقابة الإدارية، ديوان الرقابة المالية).
pub(super) fn is_board_of_a_body(word: &str) -> bool {
    ["الاداره", "التحرير", "الامناء", "العمداء"].contains(&word)
}

/// Words after a head that make it a thing or a panel, not a body (جهاز التنفس «respirator»,
/// لجنة تحكيم / التحكيم «jury» of a festival or contest), normalised.
pub(super) fn is_no_body_field(word: &str) -> bool {
    ["التنفس", "تحكيم", "التحكيم"].contains(&word)
}

/// Adjectives of a group of nations, normalised: before a country's demonym they make one
/// compound with it (العربية السعودية).
pub(super) const NATIONS_ADJECTIVES: &[&str] = &["العربي", "العربيه", "الخليجي", "الخليجيه"];

/// Heads of a country's ministry, normalised: its name is the same in every country (وزارة
/// الخارجية), so a demonym after it is kept (وزارة الخارجية المصرية).
pub(super) const MINISTRY_HEADS: &[&str] = &["وزاره"];

/// Heads of a political or armed movement, normalised: named by one common noun when a word
/// of allegiance follows (see [`Scan::allied_movement`]).
pub(super) const MOVEMENT_HEADS: &[&str] = &["حركه", "تيار", "جبهه", "تنظيم", "جماعه"];

/// Heads of a school, normalised: named by a place the linker confirmed (see
/// [`Scan::organization_after`]).
pub(super) const SCHOOL_HEADS: &[&str] = &["مدرسه"];

/// Heads of banks and companies, normalised: one named by a place alone is a name (مصرف
/// لبنان، شركة فيلادلفيا، شركة الخليج العربي), where «حكومة لبنان» is a description; read
/// as the place, the company linked Philadelphia and the Gulf.
pub(super) const BANK_HEADS: &[&str] = &["مصرف", "بنك", COMPANY];

/// «Company», normalised: named by a place alone only where the place ends its phrase (see
/// [`Scan::organization_after`]).
pub(super) const COMPANY: &str = "شركه";

#[cfg(test)]
mod tests {
    use super::may_open_a_state_body;

    /// The prefilter lets through every word a clitic reading may open a state body with, and
    /// nothing where the head is inside a longer word.
    #[test]
    fn a_state_body_opens_after_two_clitic_letters_at_most() {
        for word in [
            "التلفزيون",
            "والتلفزيون",
            "للتلفزيون",
            "وللتلفزيون",
            "رئاسه",
            "لرئاسه",
            "ولرئاسه",
            "الديوان",
            "والديوان",
            "وبالتلفزيون",
        ] {
            assert!(may_open_a_state_body(word), "{word}");
        }
        // Further in, no reading takes the letters before it off (two words run together).
        for word in ["تلفزيونات", "بالتلفزيونيه", "شاشهالتلفزيون", "وفيالديوان"]
        {
            assert!(!may_open_a_state_body(word), "{word}");
        }
    }

    /// The endings' look-up holds every opener: each has two letters at least, and each, bare
    /// or after و and ل, passes.
    #[test]
    fn every_opener_passes_the_endings_look_up() {
        for opener in super::STATE_BODY_OPENERS.iter() {
            assert!(opener.len() >= 4, "{opener}");
            for word in [opener.clone(), format!("و{opener}"), format!("ول{opener}")] {
                assert!(may_open_a_state_body(&word), "{word}");
            }
        }
    }
}
