//! The words of a sports report that are no club's name: the game's own nouns after a word
//! of the team (لاعب الوسط، فريق التحكيم، هدف التعادل) and a player's positions. Apart from
//! `local.rs`, which reads the clubs, because these lists grow with every league read.

/// Definite words after a word of the team that are the game's own nouns, not a club (لاعب
/// الوسط، مدرب الحراس، جماهير الفريق، فريق الخصم), normalised.
pub(super) const NOT_A_CLUB: &[&str] = &[
    "الفريق",
    "المنتخب",
    "الخصم",
    "المنافس",
    "الضيف",
    "المضيف",
    "الوسط",
    "الدفاع",
    "الهجوم",
    "الحراس",
    "الحارس",
    "الارتكاز",
    "الكره",
    "اللياقه",
    "البدلاء",
    "الشباب",
    "الناشئين",
    "الاحتياط",
    "العمل",
    "الانقاذ",
    "البحث",
    "الطوارئ",
    "المباراه",
    "الموسم",
    "البطوله",
    "التوالي",
    "اللاعب",
    "اللقب",
    // Both sides or both teams (لاعبي الفريقين، جماهير الناديين), the goal (حارس المرمى).
    "الفريقين",
    "الناديين",
    "المنتخبين",
    "الطرفين",
    "المرمي",
    // Teams that are no club (فريق التحكيم، فريق التحقيق، الجهاز الفني، الفريق الطبي).
    "التحكيم",
    "الحكام",
    "التحقيق",
    "الاسعاف",
    "الجهاز",
    "الطبي",
    "الفني",
    "الاداري",
    "الهداف",
    // Kinds of goal (أضاف هدف الحسم، سجل هدف التعادل، هدف الشرف).
    "الحسم",
    "التعادل",
    "الفوز",
    "السبق",
    "الشرف",
    "التقدم",
    "الانتصار",
    "الامان",
    // Stages of a competition (أنهى البطائح الدور التمهيدي بالمركز الرابع).
    "الدور",
    "التمهيدي",
    "الذهاب",
    "الاياب",
    "الجوله",
    "المرحله",
    // «Amounting to» before a tally (بالرصيد ذاته البالغ 25 نقطة).
    "البالغ",
    "البالغه",
    // The box office and the stands (شباك التذاكر، شباك المدرجات).
    "التذاكر",
    "المدرجات",
];

/// A player's position, normalised: after his name and a comma it is an apposition, and the
/// definite word after it his club (see `Scan::club_after_team_word`).
pub(super) const POSITIONS: &[&str] = &["لاعب", "مدافع", "مهاجم", "حارس", "ظهير"];

/// A normalised definite word is a noun of the game (see [`NOT_A_CLUB`]), never a club
/// named bare. (Not a title: الرائد «major» is a club too.)
pub(super) fn is_not_a_club(word: &str) -> bool {
    NOT_A_CLUB.contains(&word)
}
