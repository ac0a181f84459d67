//! Dates and numbers as Arabic readers expect them.

use crate::config::Numerals;
use crate::load::Date;

/// Gregorian month names as used by most Arabic news sites (Egypt, the Gulf, the Maghreb
/// press in Arabic). The Levantine names (كانون الثاني …) could be a later option.
const MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// `19 يناير 2022` (or `١٩ يناير ٢٠٢٢` with Arabic-Indic numerals).
pub fn display_date(date: &Date, numerals: Numerals) -> String {
    let month = MONTHS[(date.month as usize).clamp(1, 12) - 1];
    digits(&format!("{} {} {}", date.day, month, date.year), numerals)
}

/// Rewrites ASCII digits in the configured numeral system.
pub fn digits(text: &str, numerals: Numerals) -> String {
    match numerals {
        Numerals::Latin => text.to_string(),
        Numerals::Arabic => text
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
                _ => c,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_dates() {
        let d = Date::parse("2022-01-19").unwrap();
        assert_eq!(display_date(&d, Numerals::Latin), "19 يناير 2022");
        assert_eq!(display_date(&d, Numerals::Arabic), "١٩ يناير ٢٠٢٢");
        let d = Date::parse("2024-10-11T08:00:00+03:00").unwrap();
        assert_eq!(display_date(&d, Numerals::Latin), "11 أكتوبر 2024");
    }
}
