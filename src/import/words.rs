//! Broken words: a scraped text sometimes splits a word after its first letter (`إ لا`).
//! The letter is joined back only where it cannot be a word of its own.

use super::noise::is_digit;

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{621}'..='\u{63a}' | '\u{641}'..='\u{64a}' | '\u{671}'..='\u{6d3}')
}

/// Tashkeel and other marks that sit on a letter.
fn is_arabic_mark(c: char) -> bool {
    ('\u{64b}'..='\u{65f}').contains(&c) || c == '\u{670}'
}

pub(super) fn arabic_letter_count(s: &str) -> usize {
    s.chars().filter(|&c| is_arabic_letter(c)).count()
}

/// A token that is one Arabic letter (with its marks) and nothing else.
fn lone_letter(token: &str) -> Option<char> {
    let mut letters = token.chars().filter(|c| !is_arabic_mark(*c));
    match (letters.next(), letters.next()) {
        (Some(c), None) if is_arabic_letter(c) => Some(c),
        _ => None,
    }
}

/// One letter in a token that also holds punctuation, like `(أ` in `(أ ف ب)`: part of an
/// abbreviation, or a number: both make a following lone letter a word of its own.
fn blocks_join(token: &str) -> bool {
    arabic_letter_count(token) == 1 || token.chars().any(is_digit)
}

/// Whether the lone letter at `i` is the broken-off start of the next word (`إ لا`).
/// Not `و` (written apart on purpose), not letters that never start a word, not inside
/// letter abbreviations such as `أ ف ب`, not unit letters after a number.
fn is_broken_start(tokens: &[&str], i: usize) -> bool {
    let Some(letter) = lone_letter(tokens[i]) else {
        return false;
    };
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let starts_word = next.chars().next().is_some_and(is_arabic_letter);
    let prev_ok = i == 0 || !blocks_join(tokens[i - 1]);
    !"وةىءؤئ".contains(letter) && starts_word && arabic_letter_count(next) >= 2 && prev_ok
}

/// Joins a lone letter to the word it was split from; returns the line and one `a b → ab`
/// description per repair.
pub(super) fn repair_broken_words(line: &str) -> (String, Vec<String>) {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    if !(0..tokens.len()).any(|i| is_broken_start(&tokens, i)) {
        return (line.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(line.len());
    let mut fixes = Vec::new();
    let mut rest = line;
    for i in 0..tokens.len() {
        let start = rest.find(tokens[i]).unwrap_or(0);
        let gap = &rest[..start];
        let joined = i > 0 && is_broken_start(&tokens, i - 1);
        if joined {
            let (letter, word) = (tokens[i - 1], tokens[i]);
            fixes.push(format!("{letter} {word} → {letter}{word}"));
        } else {
            out.push_str(gap);
        }
        out.push_str(tokens[i]);
        rest = &rest[start + tokens[i].len()..];
    }
    out.push_str(rest);
    (out, fixes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_space_after_a_lone_letter_is_repaired() {
        let line = "“نشهد هذا العام زيادة في التجارة المتبادلة بين البلدين، وعلى الرغم من أنها لم تتعاف بالكامل من الانخفاض الذي شهدته العام الماضي، إ لا أن الاتجاهات الحالية تشير إلى تحسن ملحوظ”.";
        let (fixed, fixes) = repair_broken_words(line);
        assert_eq!(fixed, line.replace("إ لا", "إلا"));
        assert_eq!(fixes, vec!["إ لا → إلا"]);
    }

    #[test]
    fn waw_abbreviations_numbers_and_tatweel_are_left_alone() {
        for line in [
            "اتفاق بين بوتين و الرئيس الإيراني",
            "مصافحة بين بوتين ورئيسي في موسكو أمس (أ ف ب) في الكرملين",
            "وأوضح رئيسي أنه لن تكون هناك حدود لـ “توسيع وتطوير العلاقات”",
            "يبلغ طوله 20 م تقريبا",
            "الجمهوري ة الإسلامية",
        ] {
            assert_eq!(
                repair_broken_words(line),
                (line.to_string(), Vec::new()),
                "{line}"
            );
        }
    }

    #[test]
    fn lone_letter_with_tashkeel_is_repaired() {
        let (fixed, fixes) = repair_broken_words("قال إِ لا أن");
        assert_eq!(fixed, "قال إِلا أن");
        assert_eq!(fixes.len(), 1);
    }
}
