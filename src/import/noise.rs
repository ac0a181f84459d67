//! Scraper noise: lines of a scraped page that are not the article (time codes of a video
//! player, stray markers), dropped and reported; and photo captions with an agency credit,
//! which are not the article's running text but name its people and places, so the importer
//! keeps them apart.

/// Photo captions are short; a long paragraph ending in `(رويترز)` is text, not a caption.
const CAPTION_MAX_WORDS: usize = 16;
/// Stray Latin markers such as `MISS 3` are a word or three.
const MARKER_MAX_WORDS: usize = 3;
/// Agency credits (normalised: no spaces or dots, bare alef, lower case) that mark a caption.
const AGENCY_CREDITS: &str = "افب رويترز الاناضول اناضول ابا دبا اب وام واس سانا ارنا ايرنا شينخوا \
    الفرنسية فرانسبرس اسوشيتدبرس تاس سبوتنيك غيتي جيتي afp reuters ap epa dpa getty gettyimages \
    anadolu xinhua tass wam spa sana irna";

/// Why a line is scraper noise, if it is.
pub(super) fn noise_reason(line: &str) -> Option<&'static str> {
    if is_time_code(line) {
        Some("time code")
    } else if is_latin_marker(line) {
        Some("stray marker")
    } else {
        None
    }
}

pub(super) fn is_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '\u{660}'..='\u{669}' | '\u{6f0}'..='\u{6f9}')
}

/// `02 : 00`, `1:23:45`: a video player's time stamp left in the text.
fn is_time_code(line: &str) -> bool {
    let groups: Vec<&str> = line.split(':').map(str::trim).collect();
    let all_digits = |g: &str, min: usize, max: usize| {
        let n = g.chars().count();
        (min..=max).contains(&n) && g.chars().all(is_digit)
    };
    (2..=3).contains(&groups.len())
        && all_digits(groups[0], 1, 3)
        && groups[1..].iter().all(|g| all_digits(g, 2, 2))
}

/// `MISS 3`: a short line of Latin capitals and digits, with no Arabic.
fn is_latin_marker(line: &str) -> bool {
    line.split_whitespace().count() <= MARKER_MAX_WORDS
        && line.chars().any(|c| c.is_ascii_uppercase())
        && line
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " \t-_#.:/".contains(c))
        && !line.chars().any(|c| c.is_ascii_lowercase())
}

/// `مصافحة بين بوتين ورئيسي في موسكو أمس (أ ف ب)`: a short line ending with an agency credit.
pub(super) fn is_photo_caption(line: &str) -> bool {
    let Some(inner) = line.strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else {
        return false;
    };
    line.split_whitespace().count() <= CAPTION_MAX_WORDS && is_agency_credit(&inner[open + 1..])
}

/// `أ ف ب`, `أ.ف.ب`, `AFP`, `رويترز - أرشيف`: a known agency, alone or with a note.
fn is_agency_credit(credit: &str) -> bool {
    credit
        .split(['/', '-', '،', ',', '|', '–'])
        .map(normalise_credit)
        .any(|c| AGENCY_CREDITS.split_whitespace().any(|a| a == c))
}

fn normalise_credit(part: &str) -> String {
    part.chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '\u{640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_codes_are_noise() {
        for line in ["02 : 00", "02:00", "1:23:45", "1 : 23 : 45", "٠٢ : ٠٠"] {
            assert_eq!(noise_reason(line), Some("time code"), "{line}");
        }
        for line in ["2018", "20 عاما", "02 : 0", "12:345", ":", "1:2:3:4"] {
            assert_eq!(noise_reason(line), None, "{line}");
        }
    }

    #[test]
    fn latin_markers_are_noise() {
        assert_eq!(noise_reason("MISS 3"), Some("stray marker"));
        assert_eq!(noise_reason("VIDEO"), Some("stray marker"));
        assert_eq!(noise_reason("Miss 3"), None);
        assert_eq!(noise_reason("MISS 3 في"), None);
        assert_eq!(noise_reason("A B C D"), None);
    }

    #[test]
    fn photo_captions_with_agency_credit_are_noise() {
        for line in [
            "مصافحة بين بوتين ورئيسي في موسكو أمس (أ ف ب)",
            "بوتين ورئيسي في الكرملين (رويترز)",
            "بوتين ورئيسي في الكرملين (AFP)",
            "بوتين ورئيسي في الكرملين (أ.ف.ب)",
            "بوتين ورئيسي في الكرملين (الأناضول)",
            "بوتين ورئيسي في الكرملين (رويترز - أرشيف)",
        ] {
            assert!(is_photo_caption(line), "{line}");
            assert_eq!(noise_reason(line), None, "{line}");
        }
    }

    #[test]
    fn long_paragraph_or_other_parentheses_are_not_captions() {
        let long = "أشاد الرئيس الروسي فلاديمير بوتين بتطور العلاقات بين موسكو وطهران خلال استقباله نظيره الإيراني إبراهيم رئيسي في الكرملين أمس (أ ف ب)";
        assert!(!is_photo_caption(long));
        assert!(!is_photo_caption("مصافحة بين بوتين ورئيسي (أرشيف)"));
        assert!(!is_photo_caption("مصافحة بين بوتين ورئيسي (أ ف ب"));
    }
}
