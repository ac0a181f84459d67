//! Dates and numbers as Arabic readers expect them: the month names of the site's country
//! (CLDR's), Hijri dates from ICU4X, Latin or Arabic-Indic digits.

use icu_calendar::Date as IcuDate;
use icu_calendar::cal::Hijri;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::config::Numerals;
use crate::load::Date;

/// Hijri month names, in the order ICU4X numbers the months (1 = محرّم).
const HIJRI_MONTHS: [&str; 12] = [
    "محرّم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوّال",
    "ذو القعدة",
    "ذو الحجة",
];

/// The Hijri date of `date`, converted by ICU4X with the Umm al-Qura calendar (the one Saudi
/// Arabia publishes; other countries' sightings may differ by a day): `16 جمادى الآخرة 1443 هـ`.
///
/// `None` before 1 Muharram 1 AH (July 622 CE): the calendar starts at the Hijra, and ICU4X
/// counts earlier years in another era whose year number, printed with «هـ», would be false.
pub fn display_hijri(date: &Date, numerals: Numerals) -> Option<String> {
    let month = u8::try_from(date.month).ok()?;
    let day = u8::try_from(date.day).ok()?;
    let iso = IcuDate::try_new_iso(date.year, month, day).ok()?;
    let hijri = iso.to_calendar(Hijri::new_umm_al_qura());
    if hijri.year().extended_year() < 1 {
        return None;
    }
    let name = HIJRI_MONTHS.get(usize::from(hijri.month().ordinal).checked_sub(1)?)?;
    let text = format!(
        "{} {name} {} هـ",
        hijri.day_of_month().0,
        hijri.era_year().year
    );
    Some(digits(&text, numerals))
}

/// Gregorian month names by Arabic locale, from Unicode CLDR (`data/months.json`, written by
/// `scripts/gazetteer/generate.mjs`): «يناير» in Egypt and the Gulf, «كانون الثاني» in the
/// Levant and Iraq, «جانفي» in Tunisia and Algeria, «يوليوز» in Morocco. Names typed from
/// memory would miss a country's spelling (ar-MR «شتمبر»).
#[derive(serde::Deserialize)]
struct MonthData {
    locales: HashMap<String, [String; 12]>,
}

fn month_data() -> &'static HashMap<String, [String; 12]> {
    static DATA: OnceLock<HashMap<String, [String; 12]>> = OnceLock::new();
    DATA.get_or_init(|| {
        // Part of the binary, read whole by a unit test: no site's input can make this fail.
        serde_json::from_str::<MonthData>(include_str!("../../data/months.json"))
            .expect("data/months.json is well formed")
            .locales
    })
}

/// The month names of the site's `language` (a BCP 47 tag): its language and region's
/// (`ar-LB`, `ar-lb-u-nu-arab` → ar-LB), else CLDR's `ar` (يناير …).
pub fn month_names(language: &str) -> &'static [String; 12] {
    let data = month_data();
    let region = language
        .split(['-', '_'])
        .nth(1)
        .unwrap_or_default()
        .to_ascii_uppercase();
    let arabic = language.to_ascii_lowercase().starts_with("ar");
    data.get(&format!("ar-{region}"))
        .filter(|_| arabic)
        .unwrap_or(&data["ar"])
}

/// The Gregorian month's name in `language` (1 = يناير); out-of-range numbers are clamped.
pub fn month_name(language: &str, month: u32) -> &'static str {
    &month_names(language)[(month as usize).clamp(1, 12) - 1]
}

/// `19 يناير 2022` (or `١٩ يناير ٢٠٢٢` with Arabic-Indic numerals; `19 كانون الثاني 2022` in
/// `ar-LB`).
pub fn display_date(date: &Date, numerals: Numerals, language: &str) -> String {
    let month = month_name(language, date.month);
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
    fn hijri_dates_from_icu() {
        // Known Umm al-Qura dates: 1 Ramadan 1445 = 2024-03-11; 1 Muharram 1446 = 2024-07-07.
        let d = Date::parse("2024-03-11").unwrap();
        assert_eq!(
            display_hijri(&d, Numerals::Latin).unwrap(),
            "1 رمضان 1445 هـ"
        );
        let d = Date::parse("2024-07-07").unwrap();
        assert_eq!(
            display_hijri(&d, Numerals::Arabic).unwrap(),
            "١ محرّم ١٤٤٦ هـ"
        );
        let d = Date::parse("2022-01-19").unwrap();
        assert_eq!(
            display_hijri(&d, Numerals::Latin).unwrap(),
            "16 جمادى الآخرة 1443 هـ"
        );
    }

    #[test]
    fn no_hijri_date_before_the_hijra() {
        let d = Date::parse("0600-05-01").unwrap();
        assert_eq!(display_hijri(&d, Numerals::Latin), None);
        let d = Date::parse("0622-07-01").unwrap();
        assert_eq!(
            display_hijri(&d, Numerals::Latin),
            None,
            "two weeks before 1 AH"
        );
        // The first day of the calendar: 1 Muharram 1 AH = 19 July 622 in ICU4X's proleptic
        // Gregorian (16 July in the Julian calendar of the time).
        let first = (1..=31)
            .map(|day| Date::parse(&format!("0622-07-{day:02}")).unwrap())
            .find_map(|d| display_hijri(&d, Numerals::Latin));
        assert_eq!(first.as_deref(), Some("1 محرّم 1 هـ"));
        let d = Date::parse("2024-05-01").unwrap();
        assert_eq!(
            display_hijri(&d, Numerals::Latin).as_deref(),
            Some("22 شوّال 1445 هـ")
        );
    }

    #[test]
    fn arabic_dates() {
        let d = Date::parse("2022-01-19").unwrap();
        assert_eq!(display_date(&d, Numerals::Latin, "ar"), "19 يناير 2022");
        assert_eq!(display_date(&d, Numerals::Arabic, "ar"), "١٩ يناير ٢٠٢٢");
        let d = Date::parse("2024-10-11T08:00:00+03:00").unwrap();
        assert_eq!(display_date(&d, Numerals::Latin, "ar"), "11 أكتوبر 2024");
    }

    /// The month names follow the site's `language` as CLDR writes them per country.
    #[test]
    fn month_names_follow_the_language_s_region() {
        let d = Date::parse("2022-01-19").unwrap();
        assert_eq!(
            display_date(&d, Numerals::Latin, "ar-LB"),
            "19 كانون الثاني 2022"
        );
        assert_eq!(display_date(&d, Numerals::Latin, "ar-tn"), "19 جانفي 2022");
        assert_eq!(month_name("ar-MA", 7), "يوليوز");
        assert_eq!(month_name("ar-IQ-u-nu-arab", 4), "نيسان");
        assert_eq!(month_name("ar-EG", 8), "أغسطس");
        assert_eq!(month_name("ar", 12), "ديسمبر");
        assert_eq!(
            month_name("ar-XX", 5),
            "مايو",
            "an unknown region falls back to ar"
        );
        assert_eq!(
            month_name("en-LB", 5),
            "مايو",
            "only Arabic tags choose a country"
        );
        assert_eq!(
            month_data().len(),
            10,
            "every Arabic locale of data/months.json loads"
        );
    }
}
