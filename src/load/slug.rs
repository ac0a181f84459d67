//! Article slugs: the last segment of an article's URL when front matter sets none.
//!
//! Zola and Hugo transliterate Arabic titles into Latin (or drop the letters altogether); an
//! Arabic reader gets a URL she cannot read. Sahifa can keep the Arabic letters instead: the
//! browser shows them as Arabic, and they are percent-encoded only on the wire.

use unicode_normalization::UnicodeNormalization;

pub use crate::config::SlugStrategy;

/// Slug of `title` under [`SlugStrategy::ArabicTitle`]; empty if the title has no letters.
pub fn arabic_slug(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    let mut pending_dash = false;
    for c in title.nfc() {
        // ZWNJ separates the words of a name written without a space (عشق‌آباد).
        if c == '\u{200C}' {
            pending_dash = true;
            continue;
        }
        if is_mark_or_invisible(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.extend(c.to_lowercase());
        } else {
            pending_dash = true;
        }
    }
    slug
}

/// Tashkeel, tatweel, other combining marks and zero-width or bidi controls: never in a slug.
fn is_mark_or_invisible(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
        || matches!(c, '\u{0300}'..='\u{036F}')
        || c.is_control()
        || crate::text::is_invisible(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_slugs() {
        let cases = [
            (
                "بوتين يستقبل رئيسي ويُشيد بالعلاقات الثنائية",
                "بوتين-يستقبل-رئيسي-ويشيد-بالعلاقات-الثنائية",
            ),
            (
                "اتفاق بين بوتين و الرئيس الإيراني",
                "اتفاق-بين-بوتين-و-الرئيس-الإيراني",
            ),
            ("قمة «موسكو»: 20 عاماً", "قمة-موسكو-20-عاما"),
            ("لقاء عشق\u{200C}آباد", "لقاء-عشق-آباد"),
            ("بوتـــين في “طهران”", "بوتين-في-طهران"),
            ("IRNA تنشر / Breaking", "irna-تنشر-breaking"),
            ("٢٠٢٤ عام", "٢٠٢٤-عام"),
            ("\u{202E}عنوان\u{202C}", "عنوان"),
            ("؟!…", ""),
        ];
        for (title, want) in cases {
            assert_eq!(arabic_slug(title), want, "{title}");
        }
    }

    #[test]
    fn slugs_are_valid_url_segments() {
        for title in ["../../etc/passwd", "a/b\\c", "  ", "ـــ", "x?y#z%"] {
            let s = arabic_slug(title);
            assert!(
                s.is_empty() || super::super::document::validate_slug(&s).is_ok(),
                "{title} → {s}"
            );
        }
    }
}
