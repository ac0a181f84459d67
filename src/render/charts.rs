//! Small inline SVG charts for entity pages, drawn at build time (no JavaScript): the entity
//! and its most frequent companions, and its mentions month by month.
//!
//! Both are images with a text alternative (`<title>`/`<desc>`); the same facts are listed in
//! the page as text for readers who cannot see them.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::load::Date;
use crate::text::escape_html;

/// Companions drawn around the entity.
const GRAPH_COMPANIONS: usize = 8;
/// Months shown on the timeline (the most recent ones).
const TIMELINE_MONTHS: usize = 36;

/// One companion of the entity: its name, type key (for the colour) and shared articles.
pub struct Companion<'a> {
    pub name: &'a str,
    pub kind: &'static str,
    pub count: u32,
}

/// A radial co-mention graph: the entity in the middle, companions around it, each edge as
/// thick as the number of articles naming both.
pub fn co_mention_graph(name: &str, kind: &str, companions: &[Companion<'_>]) -> String {
    if companions.is_empty() {
        return String::new();
    }
    let shown = &companions[..companions.len().min(GRAPH_COMPANIONS)];
    let max = shown.iter().map(|c| c.count).max().unwrap_or(1).max(1) as f64;
    let (cx, cy, radius) = (200.0, 170.0, 120.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart co-mention-graph\" viewBox=\"0 0 400 340\" role=\"img\" aria-labelledby=\"graph-title graph-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    svg.push_str("<title id=\"graph-title\">");
    escape_html(&format!("{name} ومن يُذكر معه"), &mut svg);
    svg.push_str("</title><desc id=\"graph-desc\">");
    let described: Vec<String> = shown
        .iter()
        .map(|c| format!("{} ({})", c.name, c.count))
        .collect();
    escape_html(&format!("يُذكر مع: {}", described.join("، ")), &mut svg);
    svg.push_str("</desc>");
    let points: Vec<(f64, f64)> = (0..shown.len())
        .map(|i| {
            let angle = -std::f64::consts::FRAC_PI_2
                + i as f64 * std::f64::consts::TAU / shown.len() as f64;
            (cx + radius * angle.cos(), cy + radius * angle.sin())
        })
        .collect();
    for (c, (x, y)) in shown.iter().zip(&points) {
        let width = 1.0 + 5.0 * f64::from(c.count) / max;
        let _ = write!(
            svg,
            "<line x1=\"{cx:.1}\" y1=\"{cy:.1}\" x2=\"{x:.1}\" y2=\"{y:.1}\" class=\"edge\" stroke-width=\"{width:.1}\"/>"
        );
    }
    for (c, (x, y)) in shown.iter().zip(&points) {
        node(
            &mut svg,
            *x,
            *y,
            9.0,
            c.kind,
            c.name,
            &format!("{}", c.count),
        );
    }
    node(&mut svg, cx, cy, 16.0, kind, name, "");
    svg.push_str("</svg>");
    svg
}

fn node(svg: &mut String, x: f64, y: f64, r: f64, kind: &str, label: &str, count: &str) {
    let _ = write!(
        svg,
        "<g class=\"node\" data-type=\"{kind}\"><circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\"/>"
    );
    let label_y = if y > 170.0 { y + r + 16.0 } else { y - r - 6.0 };
    let _ = write!(
        svg,
        "<text x=\"{x:.1}\" y=\"{label_y:.1}\" text-anchor=\"middle\" direction=\"rtl\">"
    );
    escape_html(label, svg);
    if !count.is_empty() {
        let _ = write!(svg, " ({count})");
    }
    svg.push_str("</text></g>");
}

/// Mentions per month (articles naming the entity, by publication month), as bars.
pub fn timeline<'a>(name: &str, dates: impl Iterator<Item = &'a Date>) -> String {
    let mut months: BTreeMap<(i32, u32), u32> = BTreeMap::new();
    for d in dates {
        *months.entry((d.year, d.month)).or_default() += 1;
    }
    let (Some(&first), Some(&last)) = (months.keys().next(), months.keys().next_back()) else {
        return String::new();
    };
    let mut axis = Vec::new();
    let mut m = first;
    while m <= last {
        axis.push(m);
        m = if m.1 == 12 {
            (m.0 + 1, 1)
        } else {
            (m.0, m.1 + 1)
        };
    }
    let axis = &axis[axis.len().saturating_sub(TIMELINE_MONTHS)..];
    let max = axis
        .iter()
        .filter_map(|m| months.get(m))
        .max()
        .copied()
        .unwrap_or(1)
        .max(1) as f64;
    let (width, height, base) = (400.0, 140.0, 110.0);
    let step = width / axis.len() as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart timeline\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    svg.push_str("<title id=\"timeline-title\">");
    escape_html(&format!("ذكر {name} شهراً بشهر"), &mut svg);
    svg.push_str("</title><desc id=\"timeline-desc\">");
    let described: Vec<String> = axis
        .iter()
        .filter_map(|m| months.get(m).map(|n| format!("{}-{:02}: {n}", m.0, m.1)))
        .collect();
    escape_html(&described.join("، "), &mut svg);
    svg.push_str("</desc>");
    // Right to left: the oldest month at the right edge, as Arabic readers scan.
    for (i, m) in axis.iter().enumerate() {
        let count = months.get(m).copied().unwrap_or(0);
        let h = (base - 10.0) * f64::from(count) / max;
        let x = width - (i as f64 + 1.0) * step;
        let _ = write!(
            svg,
            "<rect class=\"bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\"/>",
            x + step * 0.15,
            base - h,
            step * 0.7
        );
        if m.1 == 1 || i == 0 {
            let label_x = (x + step / 2.0).clamp(20.0, width - 20.0);
            let _ = write!(
                svg,
                "<text x=\"{label_x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                base + 20.0,
                m.0
            );
        }
    }
    let _ = write!(
        svg,
        "<line class=\"axis\" x1=\"0\" y1=\"{base}\" x2=\"{width}\" y2=\"{base}\"/>"
    );
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_escapes_names_and_scales_edges() {
        let companions = [
            Companion {
                name: "روسيا",
                kind: "place",
                count: 4,
            },
            Companion {
                name: "<b>&</b>",
                kind: "person",
                count: 1,
            },
        ];
        let svg = co_mention_graph("فلاديمير بوتين", "person", &companions);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
        assert!(svg.contains("stroke-width=\"6.0\""), "{svg}");
        assert!(svg.contains("stroke-width=\"2.2\""));
        assert!(co_mention_graph("x", "place", &[]).is_empty());
    }

    #[test]
    fn timeline_counts_months_and_fills_gaps() {
        let dates: Vec<Date> = ["2023-12-08", "2024-01-02", "2024-01-20", "2024-03-01"]
            .iter()
            .map(|d| Date::parse(d).unwrap())
            .collect();
        let svg = timeline("روسيا", dates.iter());
        assert_eq!(
            svg.matches("<rect").count(),
            4,
            "Dec, Jan, Feb (empty), Mar"
        );
        assert!(svg.contains("2024-01: 2"));
        assert!(svg.contains(">2024</text>"));
        assert!(timeline("x", [].iter()).is_empty());
    }
}
