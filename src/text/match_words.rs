//! The words of a match report that both the matcher (to confirm a club named by an ordinary
//! word where it stands) and discovery (to find such clubs) read: the verbs and nouns of a
//! result and the prepositions of the other side, normalised. One list for both, so a word
//! added for one is read by the other.

/// Verbs of a result in the past, normalised: the team after them played (فاز الهلال على …).
pub const PAST_RESULTS: &[&str] = &[
    "فاز",
    "تغلب",
    "تعادل",
    "هزم",
    "خسر",
    "تفوق",
    "اكتسح",
    "سحق",
    "انتصر",
];

/// The same in the present, as a title writes them after the team (التعاون يتغلب على الرائد).
pub const PRESENT_RESULTS: &[&str] = &[
    "يفوز",
    "يتغلب",
    "يتعادل",
    "يهزم",
    "يخسر",
    "يتفوق",
    "يكتسح",
    "يسحق",
    "ينتصر",
];

/// «Achieved», before a team and a word of its result (حقق الشمال فوزه الثاني، تمكن فريق X
/// من تحقيق الفوز).
pub const ACHIEVED: &[&str] = &["حقق", "يحقق", "تحقيق"];

/// What a result is called, as a word begins (فوزا، فوزه، انتصارا، تعادلا).
pub const RESULT_NOUNS: &[&str] = &["فوز", "انتصار", "تعادل"];

/// The prepositions of the other side after a result (على، مع، أمام), normalised.
pub const AGAINST: &[&str] = &["علي", "مع", "امام"];

/// A team's points in the table, normalised, after its name and a number (ويمتلك الفيصلي 40
/// نقطة): only a side of the league has points so counted.
pub const POINTS: &[&str] = &["نقطه", "نقاط", "نقطتين"];

/// A team's tally in the table, normalised: before its name (رصيد البقعة 16 نقطة).
pub const TALLY: &str = "رصيد";

/// The same with the team's own pronoun, right after its name (ورفع الوحدات رصيده إلى 39
/// نقطة، ليرتفع الأهلي بنقاطه إلى 20), normalised.
pub const OWN_TALLY: &[&str] = &["رصيده", "بنقاطه", "برصيده"];

/// The lead of the table right after a team (يستعيد الاتحاد صدارة الترتيب، انفرد الجزيرة
/// بصدارة الدوري), normalised.
pub const LEAD: &[&str] = &["صداره", "بصداره"];

/// A team's rank right after its name (بقي المنشية في المركز الرابع), normalised, as words.
pub const RANK: [&str; 2] = ["في", "المركز"];

/// A team's rank as two words (في المركز الرابع، يحافظ على مركزه السادس), normalised; «بالمركز»
/// is the one word of the first.
pub const RANKS: &[[&str; 2]] = &[RANK, ["علي", "مركزه"], ["علي", "مركزها"]];

/// A team's rank as one word (أنهى الدور بالمركز الرابع), normalised.
pub const RANK_WORD: &str = "بالمركز";

/// The stage of a competition a team finished, between it and its rank (أنهى البطائح الدور
/// التمهيدي بالمركز الرابع), normalised.
pub const STAGES: &[&str] = &["الدور", "التمهيدي", "الذهاب", "الاياب", "الجوله", "المرحله"];

/// What a gap in the league table is counted in, normalised (بفارق نقطة، بفارق النقطة، بفارق
/// ثلاث نقاط، بفارق الأهداف): «بفارق <gap> عن X» puts X in the table, so X is a team.
pub const TABLE_GAPS: &[&str] = &[
    "نقطه",
    "النقطه",
    "نقطتين",
    "نقاط",
    "الاهداف",
    "هدف",
    "هدفين",
    "اهداف",
];

/// «Brought together», before the first side of a match and مع before the second (الكلاسيكو
/// الذي جمع الزوراء مع القوة الجوية), normalised.
pub const BROUGHT_TOGETHER: &[&str] = &["جمع", "جمعت"];

/// «Ended in favour of», before the winner (انتهت لصالح الزوراء), normalised.
pub const ENDED_FOR: [&[&str]; 2] = [&["انتهت", "وانتهت", "انتهي", "وانتهي"], &["لصالح"]];

/// «Against», between the two sides of a match (يلعب الأهلي ضد الترجي), normalised.
pub const VERSUS: &str = "ضد";

/// A match with the team's own pronoun, before مع، أمام or ضد and the other side (مواجهته مع
/// القوة الجوية، مباراته أمام النجم، لقائه مع), normalised.
pub const MATCH_NOUNS: &[&str] = &["مواجهته", "مباراته", "لقائه", "مواجهتها", "مباراتها"];

/// A result as a noun before the side it is of, normalised, with على، مع or أمام and the other
/// side after (بعد فوز الهلال على النصر، خسارة الرائد أمام الشباب، تعادل الفتح مع الخليج).
pub const RESULTS_OF_A_SIDE: &[&str] = &["فوز", "خساره", "هزيمه", "انتصار", "تعادل"];

/// Words before the first of two sides joined by و (تعادل الرائد والتعاون، في مباراة الهلال
/// والنصر، قبل مواجهة الترجي والنجم، ديربي الوداد والرجاء), normalised.
pub const PAIRS: &[&str] = &["تعادل", "مباراه", "مواجهه", "ديربي", "كلاسيكو"];

/// «As a guest», between a side and the host (يحل الهلال ضيفا على النصر), normalised.
pub const AS_GUEST: [&str; 2] = ["ضيفا", "علي"];

/// Verbs of a place in the table before the team (يحتل الأهلي المركز الثالث، يتصدر الهلال
/// الترتيب، تذيل الرائد جدول الدوري), normalised, and what they hold after it.
pub const HOLDS: [&[&str]; 2] = [
    &["يحتل", "احتل", "يتصدر", "تصدر", "يتذيل", "تذيل"],
    &["المركز", "المرتبه", "الصداره", "الترتيب", "جدول", "ترتيب"],
];

/// Where a side played, between it and على (فاز الوصل على أرضه وأمام جمهوره على الظفرة، فوز
/// البطائح خارج أرضه على الوحدة): a preposition, then the team's ground or crowd, normalised.
pub const VENUE: [&[&str]; 2] = [
    &["علي", "خارج", "امام", "وامام", "وسط", "بين"],
    &[
        "ارضه",
        "ارضها",
        "ملعبه",
        "ملعبها",
        "جمهوره",
        "جمهورها",
        "جماهيره",
        "جماهيرها",
    ],
];

/// A result or a match as a noun with the side's pronoun, before على، مع or أمام and the other
/// side (بفوزه على مضيفه الشارقة، خسارته أمام الرائد), normalised, without a clitic.
pub const RESULTS_OF_ITS_SIDE: &[&str] = &[
    "فوزه",
    "فوزها",
    "انتصاره",
    "انتصارها",
    "تغلبه",
    "تغلبها",
    "خسارته",
    "خسارتها",
    "هزيمته",
    "هزيمتها",
    "تعادله",
    "تعادلها",
];
