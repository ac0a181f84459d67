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
