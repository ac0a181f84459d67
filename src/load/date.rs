//! Article dates: a calendar date, or an RFC 3339 date-time, kept as written for feeds.
//!
//! The value goes verbatim into Atom feeds and JSON-LD, so anything accepted here must be a
//! real instant: a date-time with hour 25 or offset +99:00 would be copied into files that
//! feed readers and search engines then reject or misread.

use std::fmt;

/// A date from front matter. Ordering compares the calendar date, then the original text (so
/// two articles of the same day with times sort by time when written in the same zone).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// The value as written, trimmed (`2022-01-19` or `2022-01-19T10:00:00+03:00`), with the
    /// separator written `T` and a final `z` as `Z`: Atom (RFC 4287 §3.3) requires upper case,
    /// and feeds and JSON-LD copy this text.
    pub raw: String,
}

/// Why a date was refused, and where in the value (0-based, in characters from the start of
/// the value as given, leading spaces included) so a message can point at the bad part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub column: usize,
    pub message: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Date {
    /// Accepts `YYYY-MM-DD`, or an RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS[.frac]` then `Z` or
    /// `±HH:MM` (`t`, `z` and a space for `T` are allowed, as RFC 3339 allows them). Hours run
    /// 00–23, minutes 00–59, seconds 00–60 (a leap second), offsets up to ±23:59.
    ///
    /// The seconds and the offset may be left out, as Hugo and Zola write dates
    /// (`2024-03-01T10:00:00`, `2024-03-01 10:00`): such a time is read as UTC, and `raw` gets
    /// the missing `:00` and `Z`, so feeds and JSON-LD still receive a complete RFC 3339 value.
    ///
    /// The one parser for dates in Sahifa: front matter and `sahifa import --date` both use it.
    ///
    /// Arabic-Indic (٠–٩) and Persian (۰–۹) digits are read as 0–9: an Arabic keyboard types
    /// them, and the date is written with 0–9 into feeds and JSON-LD.
    pub fn parse(raw: &str) -> Result<Date, DateError> {
        let lead = raw.chars().take_while(|c| c.is_whitespace()).count();
        let value = raw.trim();
        let chars: Vec<char> = value.chars().map(western_digit).collect();
        let fail = |at: usize, message: String| DateError {
            column: lead + at,
            message,
        };
        let (year, month, day) = calendar_date(&chars).map_err(|(at, m)| fail(at, m))?;
        let raw = if chars.len() > 10 {
            let time = date_time_rest(&chars).map_err(|(at, m)| fail(at, m))?;
            completed(canonical(&chars), time)
        } else {
            canonical(&chars)
        };
        Ok(Date {
            year,
            month,
            day,
            raw,
        })
    }

    /// `YYYY-MM-DD`, for `<time datetime>` and sitemaps.
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso_date())
    }
}

/// The accepted value with an upper-case `T` separator and `Z`.
fn canonical(chars: &[char]) -> String {
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match (i, c) {
            (10, 't' | ' ') => 'T',
            (_, 'z') => 'Z',
            _ => c,
        })
        .collect()
}

/// What a date-time left out, for [`completed`] to add.
#[derive(Debug, Clone, Copy)]
struct TimeShape {
    /// Where the seconds would go (after `HH:MM`), if they were left out.
    seconds_missing_at: Option<usize>,
    /// No `Z` nor offset: the time is read as UTC.
    offset_missing: bool,
}

/// The canonical text with the seconds (`:00`) and the offset (`Z`) a date-time left out.
fn completed(canonical: String, time: TimeShape) -> String {
    let mut chars: Vec<char> = canonical.chars().collect();
    if let Some(at) = time.seconds_missing_at {
        chars.splice(at..at, [':', '0', '0']);
    }
    if time.offset_missing {
        chars.push('Z');
    }
    chars.into_iter().collect()
}

/// The digit 0–9 an Arabic-Indic or Persian digit stands for; any other character as it is.
fn western_digit(c: char) -> char {
    match c {
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        _ => c,
    }
}

/// A problem at a character index of the value.
type Problem = (usize, String);

/// The `YYYY-MM-DD` at the start of `chars`.
fn calendar_date(chars: &[char]) -> Result<(i32, u32, u32), Problem> {
    let shape_ok = chars.len() >= 10
        && chars[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape_ok {
        let hint = if chars.iter().any(|c| c.is_numeric() && !c.is_ascii_digit()) {
            " with the digits 0-9 or ٠-٩"
        } else {
            ""
        };
        return Err((0, format!("expected YYYY-MM-DD{hint}")));
    }
    let year = number(&chars[0..4]);
    let month = number(&chars[5..7]);
    let day = number(&chars[8..10]);
    if year == 0 {
        return Err((0, "there is no year 0".into()));
    }
    if !(1..=12).contains(&month) {
        return Err((5, format!("there is no month {month}")));
    }
    if day == 0 || day > days_in_month(year, month) {
        return Err((8, format!("month {month} of {year} has no day {day}")));
    }
    Ok((year as i32, month, day))
}

/// Everything after the date: `THH:MM[:SS[.frac]][Z|±HH:MM]`, checked field by field.
fn date_time_rest(chars: &[char]) -> Result<TimeShape, Problem> {
    if !matches!(chars[10], 'T' | 't' | ' ') {
        return Err((
            10,
            "unexpected text after the date (a time starts with `T`)".into(),
        ));
    }
    let hour = two_digits(chars, 11, "the hour")?;
    if hour > 23 {
        return Err((
            11,
            format!("there is no hour {hour} (hours run from 00 to 23)"),
        ));
    }
    separator(chars, 13, ':', "`:` and the minutes after the hour")?;
    let minute = two_digits(chars, 14, "the minutes")?;
    if minute > 59 {
        return Err((
            14,
            format!("there is no minute {minute} (minutes run from 00 to 59)"),
        ));
    }
    if !matches!(chars.get(16), Some(':')) {
        let offset_missing = utc_offset(chars, 16)?;
        return Ok(TimeShape {
            seconds_missing_at: Some(16),
            offset_missing,
        });
    }
    let second = two_digits(chars, 17, "the seconds")?;
    if second > 60 {
        return Err((
            17,
            format!("there is no second {second} (seconds run from 00 to 60)"),
        ));
    }
    let mut at = 19;
    if chars.get(at) == Some(&'.') {
        let digits = chars[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits == 0 {
            return Err((at + 1, "expected digits after the decimal point".into()));
        }
        at += 1 + digits;
    }
    let offset_missing = utc_offset(chars, at)?;
    Ok(TimeShape {
        seconds_missing_at: None,
        offset_missing,
    })
}

/// `Z` or `±HH:MM` at `at`, and nothing after it; or nothing at all (UTC), which is true.
fn utc_offset(chars: &[char], at: usize) -> Result<bool, Problem> {
    let end = match chars.get(at) {
        None => return Ok(true),
        Some('Z' | 'z') => at + 1,
        Some('+' | '-') => {
            let hours = two_digits(chars, at + 1, "the offset hours")?;
            separator(chars, at + 3, ':', "`:` in the UTC offset (+03:00)")?;
            let minutes = two_digits(chars, at + 4, "the offset minutes")?;
            if hours > 23 || minutes > 59 {
                let written: String = chars[at..at + 6].iter().collect();
                return Err((
                    at,
                    format!(
                        "the UTC offset {written} is out of range (hours 00 to 23, minutes 00 to 59)"
                    ),
                ));
            }
            at + 6
        }
        Some(_) => {
            return Err((
                at,
                "unexpected text after the time: end it with `Z` (UTC), an offset such as \
                 `+03:00`, or nothing (read as UTC)"
                    .into(),
            ));
        }
    };
    if end < chars.len() {
        return Err((end, "unexpected text after the UTC offset".into()));
    }
    Ok(false)
}

/// Two ASCII digits at `at`, or a problem naming `what` was expected there.
fn two_digits(chars: &[char], at: usize, what: &str) -> Result<u32, Problem> {
    match chars.get(at..at + 2) {
        Some(pair) if pair.iter().all(char::is_ascii_digit) => Ok(number(pair)),
        _ => Err((at, format!("expected two digits for {what}"))),
    }
}

fn separator(chars: &[char], at: usize, want: char, what: &str) -> Result<(), Problem> {
    if chars.get(at) == Some(&want) {
        Ok(())
    } else {
        Err((at, format!("expected {what}")))
    }
}

/// The value of ASCII digits (the caller has checked they are digits; at most four).
fn number(digits: &[char]) -> u32 {
    digits
        .iter()
        .fold(0, |n, c| n * 10 + c.to_digit(10).unwrap_or(0))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_at(raw: &str) -> (usize, String) {
        let e = Date::parse(raw).expect_err(raw);
        (e.column, e.message)
    }

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Date::parse("2022-01-19").unwrap().iso_date(), "2022-01-19");
        assert_eq!(Date::parse("2015-01-01T06:55:00+03:00").unwrap().day, 1);
        assert_eq!(Date::parse("2024-02-29").unwrap().month, 2);
        for bad in [
            "2023-02-29",
            "2022-13-01",
            "19-01-2022",
            "2022/01/19",
            "2022-01-19x",
            "0000-01-01",
            "",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn accepts_rfc3339_date_times() {
        for ok in [
            "2024-01-01T00:00:00Z",
            "2024-01-01T23:59:59+03:00",
            "2016-12-31T23:59:60Z",
            "2024-01-01T10:00:00.123456-05:30",
            "2024-01-01t10:00:00z",
            "2024-01-01 10:00:00+00:00",
            "2024-01-01T10:00:00+23:59",
            "2024-01-01T10:00:00-00:00",
        ] {
            let d = Date::parse(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert_eq!(d.raw.to_lowercase(), ok.to_lowercase().replace(' ', "t"));
        }
        let d = Date::parse("2024-01-01t10:00:00z").unwrap();
        assert_eq!(
            d.raw, "2024-01-01T10:00:00Z",
            "upper case, as Atom requires"
        );
        let d = Date::parse(" 2024-01-01 10:00:00+03:00 ").unwrap();
        assert_eq!(d.raw, "2024-01-01T10:00:00+03:00");
    }

    /// Hugo and Zola write local times without an offset, some without seconds: read as UTC,
    /// completed so that feeds get a full RFC 3339 value.
    #[test]
    fn a_time_without_offset_or_seconds_is_utc() {
        for (written, raw) in [
            ("2024-03-01T10:00:00", "2024-03-01T10:00:00Z"),
            ("2024-03-01 10:00", "2024-03-01T10:00:00Z"),
            ("2024-03-01T10:00:00.5", "2024-03-01T10:00:00.5Z"),
            ("2024-03-01T10:00+03:00", "2024-03-01T10:00:00+03:00"),
            ("٢٠٢٤-٠٣-٠١ ١٠:٠٠", "2024-03-01T10:00:00Z"),
        ] {
            let d = Date::parse(written).unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!((d.raw.as_str(), d.day), (raw, 1), "{written}");
        }
    }

    #[test]
    fn points_at_the_bad_part_of_a_date_time() {
        let cases = [
            ("2024-01-01T25:61:00+99:00", 11, "hour 25"),
            ("2024-01-01T24:00:00Z", 11, "hour 24"),
            ("2024-01-01T10:61:00Z", 14, "minute 61"),
            ("2024-01-01T10:00:61Z", 17, "second 61"),
            ("2024-01-01T10:00:00+24:00", 19, "+24:00 is out of range"),
            ("2024-01-01T10:00:00+03:60", 19, "+03:60 is out of range"),
            (
                "2024-01-01T10:00:00 UTC",
                19,
                "unexpected text after the time",
            ),
            ("2024-01-01T10:00junk", 16, "unexpected text after the time"),
            ("2024-01-01 10:0", 14, "two digits for the minutes"),
            ("2024-01-01T10:00:", 17, "two digits for the seconds"),
            ("2024-01-01T1:00:00Z", 11, "two digits for the hour"),
            (
                "2024-01-01T10:00:00.Z",
                20,
                "digits after the decimal point",
            ),
            ("2024-01-01T10:00:00+0300", 22, "`:` in the UTC offset"),
            ("2024-01-01T10:00:00Z junk", 20, "after the UTC offset"),
            ("2024-01-01X10:00:00Z", 10, "after the date"),
            ("2024-13-01", 5, "no month 13"),
            ("2023-02-29", 8, "no day 29"),
            ("  2024-01-01T25:00:00Z", 13, "hour 25"),
        ];
        for (raw, column, words) in cases {
            let (at, message) = error_at(raw);
            assert_eq!(at, column, "{raw}: {message}");
            assert!(message.contains(words), "{raw}: {message}");
        }
    }

    #[test]
    fn other_digits_get_a_hint() {
        let (at, message) = error_at("२०२२-०१-१९");
        assert_eq!(at, 0);
        assert!(message.contains("0-9"), "{message}");
    }

    #[test]
    fn never_panics_on_odd_text() {
        for raw in [
            "2024-01-01T",
            "2024-01-01T1",
            "2024-01-01T10:00:00+",
            "2024-01-01T10:00:00+03:0",
            "2024-01-01Tسا:عة:00Z",
            "2024-01-01\u{200F}",
        ] {
            assert!(Date::parse(raw).is_err(), "{raw}");
        }
    }

    /// `date: ٢٠٢٢-٠١-١٩`, as an Arabic keyboard types it, is 2022-01-19, written with 0–9.
    #[test]
    fn arabic_indic_digits_are_read() {
        let d = Date::parse("٢٠٢٢-٠١-١٩").unwrap();
        assert_eq!(
            (d.year, d.month, d.day, d.raw.as_str()),
            (2022, 1, 19, "2022-01-19")
        );
        assert_eq!(
            Date::parse("۲۰۲۲-۰۱-۱۹T10:00:00+03:00").unwrap().raw,
            "2022-01-19T10:00:00+03:00"
        );
        assert!(
            Date::parse("٢٠٢٢-٠٢-٣٠")
                .unwrap_err()
                .message
                .contains("no day 30")
        );
    }
}
