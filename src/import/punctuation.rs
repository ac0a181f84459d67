//! Spaces scrapers leave before Arabic punctuation (`الأربعاء ، وأشاد`, `البلاد .`). Kept, they
//! let the browser break the line before the mark, so a `،` or a `.` starts a line on its own.

/// Marks that attach to the word before them: Arabic comma, semicolon and question mark, the
/// full stop and the exclamation mark.
const ATTACHING: &[char] = &['،', '؛', '؟', '.', '!'];

/// `line` with the spaces before each attaching mark removed, and how many marks moved. A mark
/// moves only when it ends a word (space, end of line, closing quote or another mark after it),
/// so ` .5` and ` ...` at the start of a line are left alone.
pub fn attach_punctuation(line: &str) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut moved = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() && !out.is_empty() {
            let run_end = (i..chars.len())
                .find(|&j| !chars[j].is_whitespace())
                .unwrap_or(chars.len());
            if run_end < chars.len() && attaches(&chars, run_end) {
                moved += 1;
                i = run_end;
                continue;
            }
            out.extend(&chars[i..run_end]);
            i = run_end;
            continue;
        }
        out.push(c);
        i += 1;
    }
    (out, moved)
}

/// The mark at `at` ends a word: what follows it is a space, the end, a closer or a mark.
fn attaches(chars: &[char], at: usize) -> bool {
    if !ATTACHING.contains(&chars[at]) {
        return false;
    }
    let next = chars[at + 1..].iter().find(|c| !ATTACHING.contains(c));
    next.is_none_or(|c| c.is_whitespace() || "”»\"')]".contains(*c))
}

#[cfg(test)]
mod tests {
    use super::attach_punctuation;

    #[test]
    fn spaces_before_arabic_marks_are_removed() {
        let (line, moved) = attach_punctuation(
            "استضاف الرئيس الروسي نظيره الإيراني الأربعاء ، وأشاد بتعاون البلدين .",
        );
        assert_eq!(
            line,
            "استضاف الرئيس الروسي نظيره الإيراني الأربعاء، وأشاد بتعاون البلدين."
        );
        assert_eq!(moved, 2);
        assert_eq!(attach_punctuation("هل يزور طهران ؟").0, "هل يزور طهران؟");
        assert_eq!(attach_punctuation("روسيا ؛ إيران").0, "روسيا؛ إيران");
        assert_eq!(attach_punctuation("قال «نعم» .").0, "قال «نعم».");
        assert_eq!(attach_punctuation("وهكذا ...").0, "وهكذا...");
    }

    #[test]
    fn marks_that_do_not_end_a_word_stay() {
        for line in [
            "زادت 3.5 مليار",
            "نسبة .5 في المئة",
            ". نقطة في أول السطر",
            "الأربعاء، وأشاد",
            "بلا علامات",
            "",
        ] {
            assert_eq!(attach_punctuation(line), (line.to_string(), 0), "{line}");
        }
    }
}
