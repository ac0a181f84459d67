//! Text runs to HTML: escaping, `<bdi>` isolates around Latin runs, and entity links, nested
//! so that a link never cuts an isolate it lies in.
//!
//! Why isolates: in right-to-left text, `Putin 2024` or `U.S.` written bare lets the bidi
//! algorithm move the digits and dots to the wrong side. Why the nesting rule: a link on the
//! Latin alias `Putin` inside `Putin 2024` used to split the isolate into `<bdi>Putin</bdi>
//! 2024`, and the year jumped to the other side of the name the moment it was linked.

use std::cmp::Ordering;
use std::ops::Range;

use crate::text::escape_html;

/// An entity link over a byte range of a run, and where it points: (URL, type key).
pub struct LinkSpan<'a> {
    pub range: Range<usize>,
    pub target: &'a (String, &'static str),
}

/// Escapes `text` for HTML and isolates its Latin runs in `<bdi>`.
pub fn escape_text(text: &str, out: &mut String) {
    write_linked(text, &[], out);
}

/// Escapes `text`, isolating its Latin runs and wrapping `links` (sorted, disjoint) in
/// `<a class="entity-link">`. A link inside an isolate stays inside it; an isolate a link
/// only partly covers is cut at the link's edges, so the tags always nest.
pub fn write_linked(text: &str, links: &[LinkSpan<'_>], out: &mut String) {
    let isolates = cut_where_links_cross(latin_runs(text), links);
    let mut marks: Vec<Mark> = Vec::with_capacity(2 * (isolates.len() + links.len()));
    for range in &isolates {
        marks.push(Mark::new(range.clone(), true, None));
        marks.push(Mark::new(range.clone(), false, None));
    }
    for (i, link) in links.iter().enumerate() {
        marks.push(Mark::new(link.range.clone(), true, Some(i)));
        marks.push(Mark::new(link.range.clone(), false, Some(i)));
    }
    marks.sort_by(Mark::order);
    let mut pos = 0;
    for mark in &marks {
        escape_html(&text[pos..mark.at], out);
        pos = mark.at;
        match (mark.open, mark.link) {
            (true, None) => out.push_str("<bdi>"),
            (false, None) => out.push_str("</bdi>"),
            (true, Some(i)) => {
                let (url, kind) = links[i].target;
                out.push_str("<a class=\"entity-link\" data-type=\"");
                out.push_str(kind);
                out.push_str("\" href=\"");
                escape_html(url, out);
                out.push_str("\">");
            }
            (false, Some(_)) => out.push_str("</a>"),
        }
    }
    escape_html(&text[pos..], out);
}

/// Byte ranges of the Latin runs of `text`: from an ASCII letter over letters, digits and the
/// punctuation found inside names and figures (`IRNA news`, `U.S.`, `Putin 2024`), trailing
/// punctuation and spaces left out.
fn latin_runs(text: &str) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut from = 0;
    while let Some(rel) = text[from..].find(|c: char| c.is_ascii_alphabetic()) {
        let start = from + rel;
        let latin = &text[start..];
        let len = latin
            .char_indices()
            .take_while(|&(_, c)| {
                c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '\'' | '&')
            })
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = latin[..len].trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        runs.push(start..start + word.len());
        from = start + word.len();
    }
    runs
}

/// Cuts each isolate at the edges of the links that cross it (start inside, end outside or
/// the reverse). Links wholly inside an isolate, or wholly around it, leave it whole.
fn cut_where_links_cross(isolates: Vec<Range<usize>>, links: &[LinkSpan<'_>]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(isolates.len());
    for isolate in isolates {
        let mut cuts: Vec<usize> = links
            .iter()
            .map(|l| &l.range)
            .filter(|l| !(isolate.start <= l.start && l.end <= isolate.end))
            .flat_map(|l| [l.start, l.end])
            .filter(|&p| isolate.start < p && p < isolate.end)
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        let mut from = isolate.start;
        for cut in cuts {
            out.push(from..cut);
            from = cut;
        }
        out.push(from..isolate.end);
    }
    out
}

/// An opening or closing tag at a byte position: of an isolate (`link: None`) or a link.
struct Mark {
    at: usize,
    open: bool,
    range: Range<usize>,
    link: Option<usize>,
}

impl Mark {
    fn new(range: Range<usize>, open: bool, link: Option<usize>) -> Self {
        let at = if open { range.start } else { range.end };
        Mark {
            at,
            open,
            range,
            link,
        }
    }

    /// Document order with proper nesting: at one position, closing tags before opening ones;
    /// the outer element opens first (the longer range; a link around an isolate of the same
    /// text) and closes last.
    fn order(x: &Mark, y: &Mark) -> Ordering {
        x.at.cmp(&y.at).then(x.open.cmp(&y.open)).then_with(|| {
            if x.open {
                (y.range.end.cmp(&x.range.end)).then(x.link.is_none().cmp(&y.link.is_none()))
            } else {
                (y.range.start.cmp(&x.range.start)).then(y.link.is_none().cmp(&x.link.is_none()))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linked(text: &str, words: &[&str]) -> String {
        let target = ("/e/".to_string(), "person");
        let links: Vec<LinkSpan> = words
            .iter()
            .map(|w| {
                let start = text.find(w).unwrap();
                LinkSpan {
                    range: start..start + w.len(),
                    target: &target,
                }
            })
            .collect();
        let mut out = String::new();
        write_linked(text, &links, &mut out);
        out.replace(
            " class=\"entity-link\" data-type=\"person\" href=\"/e/\"",
            "",
        )
    }

    #[test]
    fn latin_runs_are_isolated_and_links_nest_with_them() {
        let a = "<a>";
        let cases: &[(&str, &[&str], &str)] = &[
            (
                "وكالة IRNA، ثم AFP.",
                &[],
                "وكالة <bdi>IRNA</bdi>، ثم <bdi>AFP</bdi>.",
            ),
            ("عام 2018 <b>", &[], "عام 2018 &lt;<bdi>b</bdi>&gt;"),
            // The link on Putin stays inside the isolate of "Putin 2024".
            (
                "قال Putin 2024 إن",
                &["Putin"],
                "قال <bdi><a>Putin</a> 2024</bdi> إن",
            ),
            (
                "وكالة IRNA news اليوم",
                &["IRNA"],
                "وكالة <bdi><a>IRNA</a> news</bdi> اليوم",
            ),
            // A link exactly over an isolate wraps it.
            (
                "زار Putin موسكو",
                &["Putin"],
                "زار <a><bdi>Putin</bdi></a> موسكو",
            ),
            // A link around Arabic and Latin text holds the isolate.
            (
                "شركة Gazprom الروسية",
                &["شركة Gazprom"],
                "<a>شركة <bdi>Gazprom</bdi></a> الروسية",
            ),
            // A link crossing an isolate's edge cuts it there.
            (
                "مع شركة Gazprom Neft اليوم",
                &["شركة Gazprom"],
                "مع <a>شركة <bdi>Gazprom</bdi></a><bdi> Neft</bdi> اليوم",
            ),
            (
                "بوتين وروسيا",
                &["بوتين", "روسيا"],
                "<a>بوتين</a> و<a>روسيا</a>",
            ),
        ];
        for (text, words, want) in cases {
            assert_eq!(linked(text, words).replace("<a>", a), *want, "{text}");
        }
    }
}
