//! Article dates: a calendar date with an optional time, kept as written for feeds.

use std::fmt;

/// A date from front matter. Ordering compares the calendar date, then the original text (so
/// two articles of the same day with times sort by time when written in the same zone).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// The value as written (`2022-01-19` or `2022-01-19T10:00:00+03:00`).
    pub raw: String,
}

impl Date {
    /// Accepts `YYYY-MM-DD`, optionally followed by `T` or a space and a time.
    pub fn parse(raw: &str) -> Result<Date, String> {
        let raw = raw.trim();
        let date_part = raw.get(..10).ok_or("too short for YYYY-MM-DD")?;
        let rest = &raw[10..];
        if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
            return Err("unexpected text after the date".into());
        }
        let b = date_part.as_bytes();
        if b[4] != b'-' || b[7] != b'-' {
            return Err("expected YYYY-MM-DD".into());
        }
        let num = |s: &str| {
            s.parse::<u32>()
                .map_err(|_| format!("`{s}` is not a number"))
        };
        let year = num(&date_part[..4])?;
        let month = num(&date_part[5..7])?;
        let day = num(&date_part[8..10])?;
        if !(1..=12).contains(&month) {
            return Err(format!("there is no month {month}"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!("month {month} of {year} has no day {day}"));
        }
        Ok(Date {
            year: year as i32,
            month,
            day,
            raw: raw.to_string(),
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
            "٢٠٢٢-٠١-١٩",
            "2022-01-19x",
            "",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }
}
