//! Names read as quantities: a demonym counted after a number, spelt as its country (19 سوريا
//! «19 Syrians»), and a commodity measured after its name (حمص 2 كغ «chickpeas, 2 kg»). The
//! name then counts or weighs something; it names no place.

/// The digits of `s` (Western or Arabic-Indic) as a number, if `s` is only digits.
fn number(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    s.chars().try_fold(0u32, |n, c| {
        let d = c.to_digit(10).or_else(|| {
            ('\u{0660}'..='\u{0669}')
                .contains(&c)
                .then(|| c as u32 - 0x0660)
        })?;
        n.checked_mul(10)?.checked_add(d)
    })
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c)
}

/// Whether the one-word name from `name_start` to `end` (no clitic) ending in يا follows a
/// number from 11 to 999 (digits, Western or Arabic-Indic, and one space): the counted noun,
/// a demonym in the accusative singular the numbers from eleven take, which is spelt as the
/// country is (أحالت السلطات 19 سوريا إلى المحكمة «19 Syrians»، مقتل 12 روسيا). A year is
/// four digits (منذ 2014 روسيا …), a ranking has its dot or dash (1- السعودية) or goes on
/// with a comma or another number (93 سوريا، 94 لبنان؛ فاز لبنان 85 سوريا 78).
pub(super) fn counted_nisba_after_a_number(
    t: &str,
    word_start: usize,
    name_start: usize,
    end: usize,
) -> bool {
    let name = &t[name_start..end];
    if word_start != name_start || name.contains(' ') || !name.ends_with("يا") {
        return false;
    }
    let Some(before) = t[..word_start].strip_suffix(' ') else {
        return false;
    };
    let after = t[end..].trim_start_matches(' ');
    if after.starts_with(['،', ',']) || after.starts_with(is_digit) {
        return false;
    }
    let digits = &before[before.trim_end_matches(is_digit).len()..];
    // The number stands alone: no letter, digit or dot, dash or slash joined to it.
    let alone = before[..before.len() - digits.len()]
        .chars()
        .next_back()
        .is_none_or(|c| c == ' ' || c == '(');
    alone && digits.chars().count() <= 3 && number(digits).is_some_and(|n| (11..=999).contains(&n))
}

/// Units a commodity is measured in (normalised), as a ration's list gives them (العدس 2 كغ،
/// الزيت 4 ليتر).
const UNITS: &[&str] = &[
    "كغ",
    "كلغ",
    "كجم",
    "كيلو",
    "كيلوغرام",
    "كيلوجرام",
    "غ",
    "غرام",
    "جرام",
    "لتر",
    "ليتر",
    "طن",
    "اطنان",
    "كيس",
    "علبه",
    "ربطه",
];

/// Whether the one-word name from `name_start` to `end`, written without a clitic as an item
/// of a list (a comma or a colon before it), is followed by a number and a unit (السكر 3 كغ،
/// حمص 2 كغ: chickpeas, 2 kg): the commodity, not the town. A place a preposition governs
/// (ودخلت إلى حمص 200 طن) is no item of such a list.
pub(super) fn measured_item_of_a_list(
    t: &str,
    word_start: usize,
    name_start: usize,
    end: usize,
) -> bool {
    if word_start != name_start || t[name_start..end].contains(' ') {
        return false;
    }
    let listed = t[..word_start]
        .trim_end_matches(' ')
        .ends_with(['،', ',', ':']);
    let mut words = t[end..].split(' ');
    listed
        && words.next() == Some("")
        && words.next().and_then(number).is_some()
        && words
            .next()
            .is_some_and(|unit| UNITS.contains(&unit.trim_end_matches(['،', ',', '.', '؛'])))
}
