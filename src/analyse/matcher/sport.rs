//! What a sports report says of a name around it: a word of its team before it (شباك
//! الرياض، مدرب الكويت), its place in the league table after it (صاحب المركز، الوصيف), a gap in
//! the table before it (بفارق نقطة عن …). Any of them makes the name a team, not the place it
//! is named like.

use super::sentence::previous_word;
use crate::analyse::normalize::is_word_char;

/// Words of a team before a club's or side's name, normalised (شباك الرياض، مرمى مصر،
/// لمهاجمي الرياض، مدرب الكويت، ضيفه الشارقة): the name after them is the team. Words that
/// also head a place's name in other news (دفاع، جار، جماهير، أمام) are not among them.
const TEAM_WORDS: &[&str] = &[
    "شباك",
    "مرمي",
    "مهاجم",
    "مهاجمي",
    "لاعب",
    "لاعبو",
    "لاعبي",
    "حارس",
    "مدرب",
    "ضيفه",
    "مضيفه",
    "نظيره",
    "فريق",
];

/// Whether a word of a team stands right before `pos`, with or without و، ف، ل or ب.
pub(super) fn team_word_before(t: &str, pos: usize) -> bool {
    let word = previous_word(t, pos);
    let bare = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    [word, bare, bare.strip_prefix(['ل', 'ب']).unwrap_or(bare)]
        .iter()
        .any(|w| TEAM_WORDS.contains(w))
}

/// A team's place in the league table right after its name, normalised (الخليج صاحب المركز
/// السادس، الفتح المتصدر، الشباب الوصيف): the name before is the club, not the place.
const TABLE_PLACES: &[&str] = &["صاحب المركز", "المتصدر", "متصدر", "الوصيف", "وصيف"];

/// Whether the words right after `end` give a team's place in the table (see [`TABLE_PLACES`]).
pub(super) fn table_place_after(t: &str, end: usize) -> bool {
    let rest = t[end..].trim_start_matches(' ');
    TABLE_PLACES.iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|after| !after.starts_with(is_word_char))
    })
}

/// What a gap in the league table is counted in, normalised (بفارق نقطة، بفارق ثلاث نقاط،
/// بفارق الأهداف): «بفارق <gap> عن X» puts X in the table, so X is a team.
const TABLE_GAPS: &[&str] = &["نقطه", "نقطتين", "نقاط", "الاهداف", "هدف", "هدفين", "اهداف"];

/// Whether the words right before `pos` are a gap in the league table and «عن» (بفارق نقطة عن
/// الرمال، بفارق الأهداف عن الرمال، بفارق 3 نقاط عن الرمال): the name after is a team. A gap in
/// time or money (بفارق ساعة عن، بفارق كبير عن) says nothing of the kind.
pub(super) fn table_gap_before(t: &str, pos: usize) -> bool {
    let Some(before) = t[..pos].trim_end_matches(' ').strip_suffix("عن") else {
        return false;
    };
    if before.ends_with(is_word_char) {
        return false;
    }
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let gap =
        |w: &[&str]| matches!(w, [unit, .., head] if TABLE_GAPS.contains(unit) && *head == "بفارق");
    gap(&words[..words.len().min(2)]) || gap(&words)
}

#[cfg(test)]
mod tests {
    use super::super::sentence::at;
    use super::*;

    #[test]
    fn a_place_in_the_table_after_a_name_makes_it_a_team() {
        let (t, _, e) = at("وكذلك الرمال صاحب المركز الخامس", "الرمال");
        assert!(table_place_after(&t, e));
        let (t, _, e) = at("بفارق نقطة عن الرمال الوصيف", "الرمال");
        assert!(table_place_after(&t, e));
        let (t, _, e) = at("زار الرمال صاحبه", "الرمال");
        assert!(!table_place_after(&t, e), "a word that only begins so");
        let (t, _, e) = at("زار الرمال أمس", "الرمال");
        assert!(!table_place_after(&t, e));
    }

    #[test]
    fn a_gap_in_the_table_before_a_name_makes_it_a_team() {
        for text in [
            "تأخر الفريق بفارق نقطة عن الرمال",
            "تراجع بفارق الأهداف عن الرمال الذي فاز أمس",
            "ابتعد بفارق 3 نقاط عن الرمال",
        ] {
            let (t, s, _) = at(text, "الرمال");
            assert!(table_gap_before(&t, s), "{text}");
        }
        for text in [
            "وصل القطار بفارق ساعة عن الرمال",
            "تقدم بفارق كبير عن الرمال",
            "سافر نقاط عن الرمال",
            "بفارق نقطة عنه الرمال",
        ] {
            let (t, s, _) = at(text, "الرمال");
            assert!(!table_gap_before(&t, s), "{text}");
        }
    }
}
