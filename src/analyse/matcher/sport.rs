//! What a sports report says of a name around it: a word of its team before it (شباك
//! الرياض، مدرب الكويت), its place in the league table after it (صاحب المركز، الوصيف), a gap in
//! the table before it (بفارق نقطة عن …). Any of them makes the name a team, not the place it
//! is named like.

use super::sentence::previous_word;
use crate::analyse::normalize::is_word_char;
use crate::text::match_words::{
    ACHIEVED, AGAINST, AS_GUEST, HOLDS, LEAD, OWN_TALLY, PAIRS, PAST_RESULTS, POINTS,
    PRESENT_RESULTS, RANK, RANK_WORD, RANKS, RESULT_NOUNS, RESULTS_OF_A_SIDE, STAGES, TABLE_GAPS,
    TALLY, VENUE, VERSUS,
};
use crate::text::named_after::REGNAL_ORDINALS;

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

/// Words before a town's name that say the town, not the club named like it (في دهوك،
/// بمدينة زاخو، إلى الرياض), normalised: a preposition of place, a kind of place, or a
/// stadium, named after its town more often than after its club (ملعب زاخو الدولي).
const PLACE_WORDS: &[&str] = &[
    "في",
    "الي",
    "من",
    "قرب",
    "داخل",
    "مدينه",
    "محافظه",
    "ولايه",
    "بلده",
    "منطقه",
    "ملعب",
    "استاد",
    "ستاد",
];

/// Words of [`PLACE_WORDS`] that show the town even in a report that calls a club by its name
/// (في دمشق، بمدينة حلب): not من or إلى, which a transfer or a goal takes too (انتقل من حلب
/// إلى الوحدة), normalised.
const TOWN_WORDS: &[&str] = &["في", "مدينه", "محافظه", "ولايه", "بلده", "منطقه"];

/// Whether a word of [`TOWN_WORDS`] stands right before `pos`, with or without و، ف، ل or ب.
pub(super) fn town_word_before(t: &str, pos: usize) -> bool {
    word_of_before(t, pos, TOWN_WORDS)
}

/// Whether a word of [`PLACE_WORDS`] stands right before `pos`, with or without و، ف، ل or ب.
pub(super) fn place_word_before(t: &str, pos: usize) -> bool {
    word_of_before(t, pos, PLACE_WORDS)
}

/// Whether a word of `list` stands right before `pos`, with or without و، ف، ل or ب.
fn word_of_before(t: &str, pos: usize, list: &[&str]) -> bool {
    let word = previous_word(t, pos);
    let bare = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    [word, bare, bare.strip_prefix(['ل', 'ب']).unwrap_or(bare)]
        .iter()
        .any(|w| list.contains(w))
}

/// Whether the name `t[start..end]` opens its text as a dateline's place (دهوك (شفق نيوز)/،
/// الرياض - واس): nothing before it, and the source's parenthesis or a dash after it.
pub(super) fn opens_a_dateline(t: &str, start: usize, end: usize) -> bool {
    t[..start].trim().is_empty()
        && t[end..]
            .trim_start()
            .starts_with(['(', '-', '–', '—', '/', ':'])
}

/// The dual of a club's kind word, normalised (حقق ناديا الشرطة والقوة الجوية الفوز).
const DUAL_CLUBS: &[&str] = &["ناديا", "فريقا"];

/// A team's goals, normalised, after a verb of scoring (سجل هدفي الشرطة، سجل هدف الحدود).
const GOALS: &[&str] = &["هدف", "هدفي", "اهداف"];

/// Verbs of scoring before a team's goals, normalised.
const SCORING: &[&str] = &["سجل", "احرز"];

/// The word before `word`, a slice of `t`.
fn word_before<'a>(t: &'a str, word: &str) -> &'a str {
    let start = (word.as_ptr() as usize).saturating_sub(t.as_ptr() as usize);
    previous_word(t, start.min(t.len()))
}

/// Whether the name at `pos` is named as a side by the words before it: the dual of a club's
/// kind word (ناديا الشرطة), a team's goals after a verb of scoring (وسجل هدفي الشرطة), or a
/// win's noun and على or أمام (من الفوز على الحدود، انتصارا أمام الرائد).
pub(super) fn named_as_a_side(t: &str, pos: usize) -> bool {
    let word = previous_word(t, pos);
    if word.is_empty() {
        return false;
    }
    if reads_as(word, DUAL_CLUBS) {
        return true;
    }
    if GOALS.contains(&word) {
        let before = word_before(t, word);
        return !before.is_empty() && reads_as(before, SCORING);
    }
    // فاز الوصل على أرضه وأمام جمهوره على الظفرة: where the first side played comes between.
    let before = before_venue(t, word_before(t, word));
    // بفوزه على الوحدة: the result with the winner's pronoun, after a clitic.
    let bare = before.strip_prefix(['و', 'ب', 'ل']).unwrap_or(before);
    let win = bare.strip_prefix("ال").unwrap_or(bare);
    if ["علي", "امام"].contains(&word)
        && !before.is_empty()
        && ["فوز", "انتصار"].iter().any(|n| win.starts_with(n))
    {
        return true;
    }
    // فاز الهلال على النصر، بعد فوز الهلال على النصر: the other side of a one-word side's
    // result.
    let result = if before.is_empty() {
        ""
    } else {
        word_before(t, before)
    };
    let noun = result.strip_prefix("ال").unwrap_or(result);
    (AGAINST.contains(&word) || word == VERSUS)
        && !result.is_empty()
        && (reads_as(result, PAST_RESULTS)
            || reads_as(noun, RESULTS_OF_A_SIDE)
            || [noun.strip_prefix('ب'), noun.strip_prefix('ل')]
                .into_iter()
                .flatten()
                .any(|n| RESULTS_OF_A_SIDE.contains(&n)))
}

/// The word before where a side played, from `word` backwards (فاز الوصل | على أرضه وأمام
/// جمهوره): `word` itself when it ends no such phrase (see [`VENUE`]).
fn before_venue<'a>(t: &'a str, mut word: &'a str) -> &'a str {
    for _ in 0..2 {
        if !VENUE[1].contains(&word) {
            break;
        }
        let preposition = word_before(t, word);
        if !VENUE[0].contains(&preposition) {
            break;
        }
        word = word_before(t, preposition);
    }
    word
}

/// The word after where a side played, from `word` on (وفوز البطائح | خارج أرضه | على الوحدة):
/// `word` itself when it opens no such phrase (see [`VENUE`]).
fn after_venue<'a>(t: &'a str, mut word: &'a str) -> &'a str {
    for _ in 0..2 {
        if !VENUE[0].contains(&word) {
            break;
        }
        let place = word_after(t, word);
        if !VENUE[1].contains(&place) {
            break;
        }
        word = word_after(t, place);
    }
    word
}

/// The word after `word`, a slice of `t`, if only spaces stand between.
fn word_after<'a>(t: &'a str, word: &str) -> &'a str {
    let end = (word.as_ptr() as usize).saturating_sub(t.as_ptr() as usize) + word.len();
    next_word(t, end.min(t.len()))
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

/// Whether the words around the name between `start` and `end` give a team's standing in
/// the league (see `crate::text::match_words`): its points after it (الفيصلي 40 نقطة), its
/// tally before it with its points (رصيد البقعة 16 نقطة) or after it with its pronoun (رفع الوحدات
/// رصيده), the lead after it (الاتحاد صدارة الترتيب) or its rank (المنشية في المركز الرابع).
pub(super) fn standing_around(t: &str, start: usize, end: usize) -> bool {
    let number = |w: &str| !w.is_empty() && w.chars().all(char::is_numeric);
    let after = next_word(t, end);
    let after_end = end + t[end..].find(after).unwrap_or(0) + after.len();
    let second = next_word(t, after_end);
    // رصيد الفتح عند 12 نقطة، عند النقطة 12: the points after عند or إلى.
    let second_end = after_end + t[after_end..].find(second).unwrap_or(0) + second.len();
    let third = next_word(t, second_end);
    let points_at = ["عند", "الي"].contains(&after)
        && ((number(second) && POINTS.contains(&third)) || (second == "النقطه" && number(third)));
    (number(after) && POINTS.contains(&second))
        || points_at
        || OWN_TALLY.contains(&after)
        || LEAD.contains(&after)
        || rank_after(t, end)
        || (previous_word(t, start) == TALLY && number(after) && POINTS.contains(&second))
        || (after == AS_GUEST[0] && second == AS_GUEST[1])
        || (reads_as(previous_word(t, start), HOLDS[0]) && HOLDS[1].contains(&after))
        || paired_after(t, start, after)
        || host_after_guest(t, start)
}

/// The team's rank follows `end`, past the stage it finished (بقي المنشية في المركز الرابع،
/// أنهى البطائح الدور التمهيدي بالمركز الرابع، يحافظ الجزيرة على مركزه السادس).
fn rank_after(t: &str, end: usize) -> bool {
    let mut word = next_word(t, end);
    for _ in 0..2 {
        if !STAGES.contains(&word) {
            break;
        }
        word = word_after(t, word);
    }
    if word.is_empty() {
        return false;
    }
    let second = word_after(t, word);
    // على مركزه السادس, not على مركزها التجاري: with the pronoun, the rank is an ordinal.
    let ordinal = || {
        let third = word_after(t, second);
        REGNAL_ORDINALS.contains(&third) || ["الاول", "الاخير"].contains(&third)
    };
    word == RANK_WORD
        || [word, second] == RANK
        || (RANKS.contains(&[word, second]) && !second.is_empty() && ordinal())
}

/// The name at `start` is the first of two sides joined by و after a word of a match (تعادل
/// الرائد والتعاون، في مباراة الهلال والنصر; `after` is the word right after the name).
fn paired_after(t: &str, start: usize, after: &str) -> bool {
    let before = previous_word(t, start);
    let bare = before.strip_prefix("ال").unwrap_or(before);
    let pair = [Some(bare), bare.strip_prefix(['و', 'ب', 'ل'])]
        .into_iter()
        .flatten()
        .any(|w| PAIRS.contains(&w));
    pair && after.starts_with("وال")
}

/// The name at `start` is the host of a side that came as a guest (ضيفا على النصر).
fn host_after_guest(t: &str, start: usize) -> bool {
    let before = previous_word(t, start);
    !before.is_empty() && before == AS_GUEST[1] && word_before(t, before) == AS_GUEST[0]
}

/// The word right after `end`, if only spaces stand between.
fn next_word(t: &str, end: usize) -> &str {
    let rest = t[end..].trim_start_matches(' ');
    &rest[..rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())]
}

/// `word` is one of `list`, alone or after و or ف, a verb in the present also after ل (وتغلب،
/// فتعادل، ليفوز; فاز itself begins with ف).
fn reads_as(word: &str, list: &[&str]) -> bool {
    let bare = [word.strip_prefix('و'), word.strip_prefix('ف')];
    std::iter::once(word)
        .chain(bare.into_iter().flatten())
        .flat_map(|w| [Some(w), w.strip_prefix('ل').filter(|r| r.starts_with('ي'))])
        .flatten()
        .any(|w| list.contains(&w))
}

/// Whether the name between `start` and `end` is a side of a result: after a verb of a
/// result with على، مع or أمام next (فاز التعاون على، تعادل الرائد مع), after «حقق» with a
/// word of the result next (حقق الشمال فوزه), or opening its clause before such a verb in the
/// present (التعاون يتغلب على، الشمال يحقق انتصارا). «حقق التعاون مع» says nothing: only a
/// result noun follows a team there.
pub(super) fn result_around(t: &str, start: usize, end: usize) -> bool {
    let before = previous_word(t, start);
    let after = next_word(t, end);
    let after = if after.is_empty() {
        after
    } else {
        after_venue(t, after)
    };
    let against = |w: &str| AGAINST.contains(&w);
    let result = |w: &str| RESULT_NOUNS.iter().any(|n| w.starts_with(n));
    if reads_as(before, PAST_RESULTS) {
        return against(after);
    }
    // بعد فوز الهلال على النصر: the result as a noun before the side it is of.
    let noun = before.strip_prefix("ال").unwrap_or(before);
    if reads_as(noun, RESULTS_OF_A_SIDE)
        || [noun.strip_prefix('ب'), noun.strip_prefix('ل')]
            .into_iter()
            .flatten()
            .any(|n| RESULTS_OF_A_SIDE.contains(&n))
    {
        return against(after);
    }
    if reads_as(before, ACHIEVED) {
        return result(after);
    }
    if !before.is_empty() || after.is_empty() {
        return false;
    }
    let after_verb = next_word(t, end + t[end..].find(after).unwrap_or(0) + after.len());
    (reads_as(after, PRESENT_RESULTS) && against(after_verb))
        || (reads_as(after, ACHIEVED) && result(after_verb))
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
    fn a_result_around_a_name_makes_it_a_side() {
        for text in [
            "وفاز الرمال على ضيفه بهدفين",
            "تعادل الرمال مع الساحل",
            "وخسر الرمال أمام الساحل",
            "حقق الرمال فوزه الثالث",
            "الرمال يتغلب على الساحل",
            "وفي الجولة الأخيرة، الرمال يحقق انتصارا ثمينا",
            "بعد فوز الرمال على الساحل",
            "وجاءت خسارة الرمال أمام الساحل",
            "وفوز الرمال خارج أرضه على الساحل",
            "فاز الرمال على أرضه وأمام جمهوره على الساحل",
        ] {
            let (t, s, e) = at(text, "الرمال");
            assert!(result_around(&t, s, e), "{text}");
        }
        for text in [
            "حقق الرمال مع الساحل نتائج طيبة",
            "فاز الرمال بالجائزة",
            "زار الرمال على عجل",
            "وقال إن الرمال يتغلب على الساحل",
            "الرمال يحقق أرباحا",
            "بعد فوز الرمال بالجائزة",
        ] {
            let (t, s, e) = at(text, "الرمال");
            assert!(!result_around(&t, s, e), "{text}");
        }
    }

    #[test]
    fn the_words_before_a_side_name_it() {
        for text in [
            "حقق ناديا الرمال والساحل الفوز",
            "وسجل هدفي الرمال كل من فلان",
            "فيما سجل هدف الرمال اللاعب فلان",
            "وتمكن البطل من الفوز على الرمال بهدفين",
            "وفاز الساحل على الرمال بهدفين",
            "بعد فوز الساحل على الرمال",
            "فيما فاز الساحل على أرضه وأمام جمهوره على الرمال",
            "ونجح الساحل بفوزه على الرمال",
        ] {
            let (t, s, _) = at(text, "الرمال");
            assert!(named_as_a_side(&t, s), "{text}");
        }
        for text in [
            "وكان هدف الرمال واضحا",
            "وأصر على الرمال",
            "ويقع الفندق على الرمال",
            "واعتمد الساحل على الرمال",
            "وحافظ على أرضه وعلى الرمال",
        ] {
            let (t, s, _) = at(text, "الرمال");
            assert!(!named_as_a_side(&t, s), "{text}");
        }
    }

    #[test]
    fn a_standing_around_a_name_makes_it_a_side() {
        for text in [
            "ويمتلك الرمال 40 نقطة",
            "يبلغ رصيد الرمال 16 نقطة",
            "ورفع الرمال رصيده إلى 39 نقطة",
            "يستعيد الرمال صدارة الترتيب",
            "وبقي الرمال في المركز الرابع",
            "ويحل الرمال ضيفا على الساحل",
            "ويحتل الرمال المركز الثالث",
            "وتجمد رصيد الرمال عند 12 نقطة",
            "ويحل الساحل ضيفا على الرمال",
            "وانتهت مباراة الرمال والساحل بالتعادل",
            "فيما أنهى الرمال الدور التمهيدي بالمركز الرابع",
            "وليحافظ الرمال على مركزه السادس",
            "بفارق النقطة عن الساحل، وحل الرمال بالمركز السابع",
        ] {
            let (t, s, e) = at(text, "الرمال");
            assert!(standing_around(&t, s, e), "{text}");
        }
        for text in [
            "ويمتلك الرمال 40 دينارا",
            "يبلغ رصيد الرمال في البنك",
            "وبقي الرمال في المدينة",
            "وأنهى الرمال الدور المطلوب منه",
            "وحافظ الرمال على مركزها التجاري",
        ] {
            let (t, s, e) = at(text, "الرمال");
            assert!(!standing_around(&t, s, e), "{text}");
        }
    }

    #[test]
    fn a_gap_in_the_table_before_a_name_makes_it_a_team() {
        for text in [
            "تأخر الفريق بفارق نقطة عن الرمال",
            "تراجع بفارق الأهداف عن الرمال الذي فاز أمس",
            "ابتعد بفارق 3 نقاط عن الرمال",
            "بفارق النقطة عن الرمال بالمركز السابع",
            "بفارق خمس نقاط عن الرمال",
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
