//! Players of a match report named without a title: after a verb of the match (سجل، أضاف،
//! سدد …) or after the demonym that stands for them (من السنغالي ساديو ماني), each name cut
//! before what the player did (هدف، كرة) or where the ball went; and athletes named with the
//! medal they won.

use super::discover::Found;
use super::discover::Scan;
use super::given_names::is_given_name;
use super::lexicon::{clitic_readings, is_definite, is_function_or_verb, is_listed, readings};
use super::people::{after_subject, person};
use super::tokens::Sep;
use super::triggers::trigger_at;
use crate::load::EntityKind;

/// What a player scores, indefinite (سجل فلان هدف الفوز، أحرز فلان هدفا، ثنائية), normalised:
/// it ends the name after a verb of a match report.
const SCORED: &[&str] = &[
    "هدف",
    "هدفا",
    "هدفين",
    "هدفان",
    // سجل هدفي الشرطة كل من فلان: the two goals of a team, not a player.
    "هدفي",
    "اهداف",
    "ثنائيه",
    "ثلاثيه",
    "هاتريك",
    // سدد فلان كرة قوية: the ball he struck.
    "كره",
];

/// Verbs of a match report before the player who acted (ليضيف جلال الداودي الهدف الثاني،
/// يتمكن فلان من تقليص الفارق، ترجمهما فلان لهدفين), normalised; read only in a sports report.
pub(super) const SCORING_VERBS: &[&str] = &[
    "سجل",
    "يسجل",
    "اضاف",
    "يضيف",
    "احرز",
    "يحرز",
    "عادل",
    "يعادل",
    "قلص",
    "يقلص",
    "ترجم",
    "ترجمها",
    "ترجمهما",
    "يترجم",
    "تمكن",
    "يتمكن",
    "اهدر",
    "يهدر",
    "سدد",
    "يسدد",
    "افتتح",
    "يفتتح",
    "توغل",
    "يتوغل",
    "مرر",
    "يمرر",
    "تصدي",
    "يتصدي",
    "راوغ",
    "يراوغ",
    "انفرد",
    "ينفرد",
    // بعد طرد فلان في الدقيقة: the player sent off.
    "طرد",
    // ليحل زهير فاضل بديلا له: the substitute who came on.
    "حل",
    "يحل",
];

/// «Instead», before the pronoun of the player replaced: the substitute's name follows
/// (وشارك بدلا منه ترافيس موتيابا), normalised; read only in a sports report.
pub(super) const INSTEAD: &[&str] = &["بدلا", "بديلا"];

/// «In his place» after a substitute's name (ليحل فلان مكانه), normalised: it ends the name.
const IN_HIS_PLACE: &[&str] = &["مكانه", "مكانها"];

/// The pronoun after [`INSTEAD`] (منه، عنه، له), normalised.
const OF_HIM: &[&str] = &["منه", "منها", "عنه", "عنها", "له", "لها"];

/// Words of a match report before the player who put his side ahead or scored, that are as
/// often before a club named like a person's words (تقدم حرس الحدود، نجح غزل المحلة، هدف زد):
/// read only before a common given name (وتقدم علي رضا جهانبخش بهدف، نجح محمد الخميسي في
/// تسجيل الهدف، بفضل هدف صالح الشهري), normalised.
pub(super) const LEADING_WORDS: &[&str] = &["تقدم", "يتقدم", "نجح", "ينجح", "هدف"];

/// Some reading of `word` with at most one clitic is one of [`LEADING_WORDS`].
pub(super) fn is_leading_word(word: &str) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 1 && LEADING_WORDS.contains(&w.as_ref()))
}

pub(super) fn is_scoring_verb(word: &str) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 1 && SCORING_VERBS.contains(&w.as_ref()))
}

/// «For it» or «for them» after a verb of scoring (سجل له، أحرز لها), normalised: the side
/// the goal counted for, which the player's name follows.
const FOR_IT: &[&str] = &["له", "لها", "لهم"];

impl Scan<'_> {
    /// Token `i` is «instead» before the pronoun of the player replaced (بدلا منه، بديلا
    /// عنه): the substitute is named right after.
    pub(super) fn instead_of_him_at(&self, i: usize) -> bool {
        INSTEAD.contains(&self.tokens()[i].norm.as_str())
            && self
                .token(i + 1)
                .is_some_and(|t| t.sep == Sep::Space && OF_HIM.contains(&t.norm.as_str()))
    }

    /// Token `i` is a masculine demonym standing for the player it names (كرة عرضية من
    /// السنغالي ساديو ماني، وسجل البرازيلي ماركوس ليوناردو): definite, with no definite noun
    /// before it that it would describe (المنتخب السنغالي، الحارس البرازيلي — a title's
    /// demonym is read with the title).
    pub(super) fn demonym_as_noun_at(&self, i: usize) -> bool {
        let Some(t) = self.token(i).filter(|t| t.mention.is_none()) else {
            return false;
        };
        // The ending first: most words with an article are no demonym, and the word before is
        // then not read with each clitic.
        if !t.norm.ends_with('ي') {
            return false;
        }
        // للسعودي محمد سلمان، والبرازيلي فلان: after a preposition or و the demonym is a noun
        // (an adjective takes no clitic of its own).
        if !t.article() {
            return clitic_readings(&t.norm)
                .iter()
                .any(|(_, rest)| is_definite(rest) && self.lex.is_place_demonym(rest));
        }
        let before_noun = || {
            i > 0
                && t.sep == Sep::Space
                // The noun as written (المنتخب) or after its clitic (للمنتخب): `readings`,
                // for `clitic_readings` leaves out the word as written.
                && self.token(i - 1).is_some_and(|p| {
                    readings(&p.norm)
                        .iter()
                        .any(|(_, rest)| is_definite(rest))
                })
        };
        self.lex.is_place_demonym(&t.norm) && !before_noun()
    }

    /// The player after the verb of scoring at token `i`, past «for it» (سجل له محمد
    /// الدوسري هدفا عكسيا: the side the goal counted for, then the player who scored it).
    pub(super) fn scorer_after(&self, i: usize) -> Option<Found> {
        let for_it = self
            .token(i + 1)
            .is_some_and(|t| t.sep == Sep::Space && FOR_IT.contains(&t.norm.as_str()));
        self.player_after(i + 1 + usize::from(for_it))
    }

    /// A player's full name right after a verb of a match report, ending at punctuation, a
    /// definite word (الهدف) or a preposition (من، في، ل…).
    pub(super) fn player_after(&self, j: usize) -> Option<Found> {
        let t = self.token(j).filter(|t| t.sep == Sep::Space)?;
        if t.mention.is_some()
            || t.article()
            || trigger_at(self.tokens(), j).is_some()
            || SCORED.contains(&t.norm.as_str())
        {
            return None;
        }
        let range = self.name_from(j, EntityKind::Person)?;
        // ترجمهما يحيى جبران لهدفين، سجل كريستيانو رونالدو هدف النصر: a word of the match
        // (هدفين، هدف) is what the player did.
        let scored = |k: usize| {
            let w = self.tokens()[k].norm.as_str();
            super::local::sports_word(w).is_some()
                || SCORED.contains(&w)
                || INSTEAD.contains(&w)
                || IN_HIS_PLACE.contains(&w)
        };
        let range = range.start
            ..(range.start + 1..range.end)
                .find(|&k| scored(k))
                .unwrap_or(range.end);
        if self.full_name_words(&range) < 2 {
            return None;
        }
        let ends = self.token(range.end).is_none_or(|n| {
            n.sep != Sep::Space
                || n.article()
                || after_subject(&n.norm)
                || super::local::sports_word(&n.norm).is_some()
                || SCORED.contains(&n.norm.as_str())
                // تمريرة من فلان على الجهة اليمنى، بعد تدخل على فلان: a preposition of the pitch.
                || ["من", "مم", "علي", "عن", "الي", "مع"].contains(&n.norm.as_str())
                // وسجل فلان مرة أخرى، وعاد فلان مجددا: the player did it again.
                || ["مره", "مجددا"].contains(&n.norm.as_str())
                // ليحل فلان بديلا له: what the player came on as.
                || INSTEAD.contains(&n.norm.as_str())
                || IN_HIS_PLACE.contains(&n.norm.as_str())
                // منذ وصول السويسري مارسيل كولر مدرب القلعة الحمراء: his title, in apposition.
                || trigger_at(self.tokens(), range.end).is_some_and(|t| t.kind == EntityKind::Person)
                // من سالم الدوسري توغل …، أهداف فلان وفلان: the next action, the next player.
                || is_scoring_verb(&n.norm)
                // تقدم فلان بهدف: the goal he scored.
                || is_leading_word(&n.norm)
                || n.norm.starts_with('و')
                // توغل متعب الحربي لمنطقة الجزاء: where the player went.
                || super::lexicon::looks_prepositional(&n.norm)
                // وفرض المغربي طارق تيسودالي نفسه نجما، وعاد فلان ليسجل: a word no name
                // holds, a pronoun or a verb (with the ل of purpose).
                || (!n.homograph_name() && is_function_or_verb(&n.norm))
                || clitic_readings(&n.norm)
                    .iter()
                    .any(|(_, rest)| super::lexicon::is_listed_verb(rest))
        });
        ends.then(|| person(range))
    }
}

/// Medals, normalised, without a clitic: won by the athlete named right before them (نال فوزي
/// زريق فضية رمي الرمح) or in construct after them (وذهبية ياسين القنيشي).
const MEDALS: &[&str] = &[
    "ذهبيه",
    "فضيه",
    "برونزيه",
    "ذهبيتين",
    "فضيتين",
    "برونزيتين",
    "الميداليه",
    "ميداليه",
];

/// Verbs of winning a medal, normalised, without a clitic (نال، حصد، أحرز، اقتلعت).
const WON: &[&str] = &[
    "نال",
    "نالت",
    "حصد",
    "حصدت",
    "احرز",
    "احرزت",
    "اقتلع",
    "اقتلعت",
    "انتزع",
    "انتزعت",
    "خطف",
    "خطفت",
    "حقق",
    "حققت",
    "ظفر",
    "ظفرت",
];

impl Scan<'_> {
    /// A common given name and a family name right before token `end`, the given name alone
    /// or after و (ووجدي البوكحيلي): what follows is the caller's to read.
    fn given_and_family_name_before(&self, end: usize) -> Option<Found> {
        let j = end.checked_sub(2)?;
        if !self.family_name_word_at(j + 1) || !self.joined(j + 1) {
            return None;
        }
        if self.listed_given_name_at(j) && trigger_at(self.tokens(), j).is_none() {
            return Some(person(j..end));
        }
        let t = self.token(j).filter(|t| !t.cue() && !is_listed(&t.norm))?;
        let rest = t.norm.strip_prefix('و')?;
        (is_given_name(rest) && !is_function_or_verb(rest)).then(|| Found {
            conjoined: true,
            ..person(j..end)
        })
    }

    /// Two or three name words between a verb of winning and token `end` (نال فوزي زريق |
    /// فضية، اقتلعت مروى البراهمي | برونزية): the verb's subject, whatever the lists say of
    /// the words.
    fn winner_before(&self, end: usize) -> Option<Found> {
        (2..=3).find_map(|words| {
            let j = end.checked_sub(words)?;
            let verb = self.token(j.checked_sub(1)?)?;
            let won = readings(&verb.norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 1 && WON.contains(&w.as_ref()));
            let named = (j..end).all(|k| {
                // A bare name word, or after the first a family name (البراهمي).
                (self.joined(k) && self.name_word(k) && !self.tokens()[k].article())
                    || (k > j && self.family_name_word_at(k))
            });
            (won && named && trigger_at(self.tokens(), j).is_none()).then(|| person(j..end))
        })
    }

    /// Token `i` is a medal (see [`MEDALS`]), with or without و or ب.
    fn medal_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            readings(&t.norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 1 && MEDALS.contains(&w.as_ref()))
        })
    }

    /// The athletes named with the medal at token `i`: a common given name and a family name
    /// right before it (اقتلعت مروى البراهمي برونزية، ووجدي البوكحيلي فضية) or in construct
    /// after it (وذهبية ياسين القنيشي). Read with the lists' names only: «فرصة ذهبية» is an
    /// adjective, and no given name stands before it.
    pub(super) fn medallists_at(&self, i: usize) -> Vec<Found> {
        if !self.medal_at(i) {
            return Vec::new();
        }
        let mut out = Vec::new();
        let spaced = self.token(i).is_some_and(|t| t.sep == Sep::Space);
        if spaced
            && let Some(named) = self
                .given_and_family_name_before(i)
                .or_else(|| self.winner_before(i))
        {
            out.push(named);
        }
        if let Some(r) = self.given_and_family_name_at(i + 1)
            && self.token(i + 1).is_some_and(|t| t.sep == Sep::Space)
        {
            out.push(person(r));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::people;

    /// «For it» between a verb of scoring and the player (سجل له محمد الدوسري) is the side
    /// the goal counted for; the player's name follows it.
    /// An athlete is named before the medal won (نال فوزي زريق فضية) or after it in construct
    /// (وذهبية ياسين القنيشي), or after the title of a champion (البطل وليد كتيلة); a medal as
    /// an adjective (فرصة ذهبية) names nobody.
    #[test]
    fn athletes_around_their_medals() {
        let found = people(&[
            "كما نال فوزي زريق فضية رمي الرمح، ووجدي البوكحيلي فضية سباق 5000م، فيما اقتلعت \
             مروى البراهمي برونزية دفع الجلة.",
            "وحصد العداء ذهبية دفع الجلة وذهبية ياسين القنيشي في نفس الاختصاص.",
            "ومن الأسماء البطل وليد كتيلة الذي أحرز ذهبية السباق، وتوج البطل بالكأس.",
            "وأضاع المنتخب فرصة ذهبية للتأهل، وقال المدرب إن الفريق تعلم الدرس.",
            "وحقق المنتخب نتائج طيبة وفضية واحدة، ونال إعجاب الجمهور ذهبية المشاركة.",
        ]);
        for name in [
            "فوزي زريق",
            "وجدي البوكحيلي",
            "مروى البراهمي",
            "ياسين القنيشي",
        ] {
            assert!(found.iter().any(|n| n == name), "{name}: {found:?}");
        }
        assert_eq!(found.len(), 5, "{found:?}");
    }

    #[test]
    fn the_scorer_after_for_it() {
        let found = people(&[
            "فاز فريق الرائد على ضيفه بهدف دون رد في المباراة التي جرت مساء أمس ضمن الجولة \
             العاشرة من الدوري، بعدما سجل له محمد الدوسري، مدافع التعاون، هدفا عكسيا في الشوط \
             الأول.",
        ]);
        assert_eq!(found, ["محمد الدوسري"], "{found:?}");
    }
}
