//! Small inline SVG charts for entity pages, drawn at build time (no JavaScript): the entity
//! and its most frequent companions, and its mentions month by month.
//!
//! Both are images with a text alternative (`<title>`/`<desc>`); the same facts are listed in
//! the page as text for readers who cannot see them.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::dates::{digits, month_name};
use crate::config::Numerals;
use crate::load::Date;
use crate::text::escape_html;

/// Companions drawn around the entity.
const GRAPH_COMPANIONS: usize = 12;
/// The graph's label size in SVG units (the theme's CSS sets the same).
const LABEL_FONT: f64 = 20.0;
/// Radius of a companion's circle.
const NODE_RADIUS: f64 = 9.0;
/// Space kept between a label and its circle, and around the drawing.
const GAP: f64 = 4.0;

/// One companion of the entity: its name, type key (for the colour) and shared articles.
pub struct Companion<'a> {
    pub name: &'a str,
    pub kind: &'static str,
    pub count: u32,
}

/// An axis-aligned box in SVG units: where a label's text is drawn (with its halo).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl LabelBox {
    fn around(cx: f64, cy: f64, width: f64, height: f64) -> LabelBox {
        LabelBox {
            x0: cx - width / 2.0,
            y0: cy - height / 2.0,
            x1: cx + width / 2.0,
            y1: cy + height / 2.0,
        }
    }

    fn centre(&self) -> (f64, f64) {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }

    pub fn intersects(&self, other: &LabelBox) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    /// Whether the segment from `a` to `b` passes through the box (Liang–Barsky clipping).
    pub fn crosses(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
                if t0 > t1 {
                    return false;
                }
            }
        }
        true
    }
}

/// Where everything of the co-mention graph goes, before it is written as SVG.
pub struct GraphLayout {
    /// The drawing's extent: `viewBox` is `0 0 width height`.
    pub width: f64,
    pub height: f64,
    /// The entity's box in the middle, its name inside.
    pub centre: LabelBox,
    /// Each companion's circle centre and label box, in the order given.
    pub nodes: Vec<(f64, f64)>,
    pub labels: Vec<LabelBox>,
    /// Each edge, from the entity's box to a companion's circle.
    pub edges: Vec<((f64, f64), (f64, f64))>,
}

/// A label's box size: a generous estimate of the text's width (Naskh letters and digits
/// average about half an em; 0.6 em each leaves room), plus the halo the CSS strokes round it.
///
/// Measured: Noto Naskh Arabic's isolated letter forms advance 0.47–0.59 em a character over
/// names such as «منظمة شنغهاي للتعاون»; joined forms are narrower.
fn label_size(text: &str) -> (f64, f64) {
    let lines = label_lines(text);
    let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let width = longest as f64 * LABEL_FONT * 0.6 + 2.0 * GAP;
    (width, lines.len() as f64 * LABEL_FONT * LINE_HEIGHT + GAP)
}

/// Height of a label line, in ems.
const LINE_HEIGHT: f64 = 1.5;
/// Characters on a label line before it wraps.
const LINE_CHARS: usize = 15;

/// A label as drawn: on one line, or wrapped at the space nearest the middle onto two (the
/// graph is scaled down to a side column, and every unit of width shrinks its text), the
/// second cut with «…» past [`LINE_CHARS`]; the full names are in the text alternative and
/// in the list under the graph.
fn label_lines(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= LINE_CHARS {
        return vec![text.to_string()];
    }
    let middle = chars.len() / 2;
    let split = chars
        .iter()
        .enumerate()
        .filter(|(i, c)| **c == ' ' && *i <= LINE_CHARS)
        .min_by_key(|(i, _)| i.abs_diff(middle))
        .map(|(i, _)| i);
    let (first, rest): (String, Vec<char>) = match split {
        Some(i) => (chars[..i].iter().collect(), chars[i + 1..].to_vec()),
        None => (
            chars[..LINE_CHARS].iter().collect(),
            chars[LINE_CHARS..].to_vec(),
        ),
    };
    let second: String = if rest.len() > LINE_CHARS {
        rest[..LINE_CHARS - 1].iter().chain(['…'].iter()).collect()
    } else {
        rest.iter().collect()
    };
    vec![first, second]
}

/// Lays the graph out so that no two labels overlap and no label touches an edge.
///
/// Why this holds: companions sit on a ring round the entity, and each label is put
/// outward of its circle (beyond it on the axes it points along), so every label lies outside
/// the ring, where no edge goes; a label that would overlap one placed before it moves
/// further out, step by step, until it is clear. The entity's own name sits inside its box,
/// where the edges start.
pub fn graph_layout(name: &str, labels: &[String]) -> GraphLayout {
    let (name_w, name_h) = label_size(name);
    let centre_half = (name_w / 2.0 + GAP, name_h / 2.0 + GAP);
    let radius = (centre_half.0 + NODE_RADIUS + 3.0 * GAP).max(90.0);
    let nodes: Vec<(f64, f64)> = (0..labels.len())
        .map(|i| {
            let angle = -std::f64::consts::FRAC_PI_2
                + i as f64 * std::f64::consts::TAU / labels.len() as f64;
            (radius * angle.cos(), radius * angle.sin())
        })
        .collect();
    let mut placed: Vec<LabelBox> = Vec::with_capacity(labels.len());
    for (label, &(x, y)) in labels.iter().zip(&nodes) {
        let (w, h) = label_size(label);
        let (ux, uy) = (x / radius, y / radius);
        // Along each axis the node points along clearly, the box goes beyond the circle.
        let side = |u: f64| {
            if u > 0.35 {
                1.0
            } else if u < -0.35 {
                -1.0
            } else {
                0.0
            }
        };
        let (sx, sy) = (side(ux), side(uy));
        let mut offset = NODE_RADIUS + GAP;
        let mut candidate = LabelBox::around(x, y, w, h);
        for _ in 0..400 {
            candidate = LabelBox::around(
                x + sx * (offset + w / 2.0),
                y + sy * (offset + h / 2.0),
                w,
                h,
            );
            if !placed.iter().any(|p| p.intersects(&candidate)) {
                break;
            }
            offset += GAP;
        }
        placed.push(candidate);
    }
    let centre = LabelBox::around(0.0, 0.0, 2.0 * centre_half.0, 2.0 * centre_half.1);
    // The drawing's extent, then everything moved so it starts at (GAP, GAP).
    let mut extent = centre;
    for b in &placed {
        extent.x0 = extent.x0.min(b.x0);
        extent.y0 = extent.y0.min(b.y0);
        extent.x1 = extent.x1.max(b.x1);
        extent.y1 = extent.y1.max(b.y1);
    }
    for &(x, y) in &nodes {
        extent.x0 = extent.x0.min(x - NODE_RADIUS);
        extent.y0 = extent.y0.min(y - NODE_RADIUS);
        extent.x1 = extent.x1.max(x + NODE_RADIUS);
        extent.y1 = extent.y1.max(y + NODE_RADIUS);
    }
    let (dx, dy) = (GAP - extent.x0, GAP - extent.y0);
    let shift = |b: LabelBox| LabelBox {
        x0: b.x0 + dx,
        y0: b.y0 + dy,
        x1: b.x1 + dx,
        y1: b.y1 + dy,
    };
    let nodes: Vec<(f64, f64)> = nodes.iter().map(|&(x, y)| (x + dx, y + dy)).collect();
    let centre = shift(centre);
    let (cx, cy) = centre.centre();
    let edges = nodes
        .iter()
        .map(|&(x, y)| {
            // From the edge of the entity's box, so no edge runs under its name.
            let (ex, ey) = (x - cx, y - cy);
            let t = (centre_half.0 / ex.abs().max(1e-9)).min(centre_half.1 / ey.abs().max(1e-9));
            ((cx + ex * t, cy + ey * t), (x, y))
        })
        .collect();
    GraphLayout {
        width: extent.x1 - extent.x0 + 2.0 * GAP,
        height: extent.y1 - extent.y0 + 2.0 * GAP,
        centre,
        nodes,
        labels: placed.into_iter().map(shift).collect(),
        edges,
    }
}

/// A companion with the articles it shares with the entity (`روسيا (4)`), for the text
/// alternative; the drawn label is the name alone, as the edge's width shows the count and
/// the list under the graph gives it: four characters fewer a label keep the text larger when
/// the graph is scaled down to a 19rem side column.
fn companion_with_count(c: &Companion<'_>, numerals: Numerals) -> String {
    format!("{} ({})", c.name, digits(&c.count.to_string(), numerals))
}

/// A radial co-mention graph: the entity in the middle, companions around it, each edge as
/// thick as the number of articles naming both; labels laid out by [`graph_layout`].
pub fn co_mention_graph(
    name: &str,
    kind: &str,
    companions: &[Companion<'_>],
    numerals: Numerals,
) -> String {
    if companions.is_empty() {
        return String::new();
    }
    let shown = &companions[..companions.len().min(GRAPH_COMPANIONS)];
    let max = shown.iter().map(|c| c.count).max().unwrap_or(1).max(1) as f64;
    let labels: Vec<String> = shown.iter().map(|c| c.name.to_string()).collect();
    let layout = graph_layout(name, &labels);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart co-mention-graph\" viewBox=\"0 0 {:.0} {:.0}\" role=\"img\" aria-labelledby=\"graph-title graph-desc\" xmlns=\"http://www.w3.org/2000/svg\">",
        layout.width.ceil(),
        layout.height.ceil()
    );
    svg.push_str("<title id=\"graph-title\">");
    escape_html(&format!("{name} ومن يُذكر معه"), &mut svg);
    svg.push_str("</title><desc id=\"graph-desc\">");
    let described: Vec<String> = shown
        .iter()
        .map(|c| companion_with_count(c, numerals))
        .collect();
    escape_html(&format!("يُذكر مع: {}", described.join("، ")), &mut svg);
    svg.push_str("</desc>");
    for (c, (from, to)) in shown.iter().zip(&layout.edges) {
        let width = 1.0 + 5.0 * f64::from(c.count) / max;
        let _ = write!(
            svg,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" class=\"edge\" stroke-width=\"{width:.1}\"/>",
            from.0, from.1, to.0, to.1
        );
    }
    for ((c, &(x, y)), (label, b)) in shown
        .iter()
        .zip(&layout.nodes)
        .zip(labels.iter().zip(&layout.labels))
    {
        let _ = write!(
            svg,
            "<g class=\"node\" data-type=\"{}\"><circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{NODE_RADIUS}\"/>",
            c.kind
        );
        label_text(&mut svg, b, label);
        svg.push_str("</g>");
    }
    let b = layout.centre;
    let _ = write!(
        svg,
        "<g class=\"node centre\" data-type=\"{kind}\"><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"{GAP}\"/>",
        b.x0,
        b.y0,
        b.x1 - b.x0,
        b.y1 - b.y0
    );
    label_text(&mut svg, &b, name);
    svg.push_str("</g></svg>");
    svg
}

/// A label centred in its box (`dominant-baseline: central` puts the middle of the text on y).
fn label_text(svg: &mut String, b: &LabelBox, text: &str) {
    let (x, y) = b.centre();
    let lines = label_lines(text);
    let first = y - (lines.len() as f64 - 1.0) / 2.0 * LABEL_FONT * LINE_HEIGHT;
    let _ = write!(
        svg,
        "<text x=\"{x:.1}\" y=\"{first:.1}\" text-anchor=\"middle\" dominant-baseline=\"central\" direction=\"rtl\">"
    );
    if lines.len() == 1 {
        escape_html(text, svg);
    } else {
        for (i, line) in lines.iter().enumerate() {
            let line_y = first + i as f64 * LABEL_FONT * LINE_HEIGHT;
            let _ = write!(svg, "<tspan x=\"{x:.1}\" y=\"{line_y:.1}\">");
            escape_html(line, svg);
            svg.push_str("</tspan>");
        }
    }
    svg.push_str("</text>");
}

/// Longest span drawn month by month; a longer one is drawn year by year so the chart still
/// covers every article (bars narrower than this many months per 400 px would be unreadable).
const TIMELINE_MAX_MONTHS: usize = 48;

/// The timeline chart and the caption that says what one bar counts.
pub struct Timeline {
    /// Inline SVG (empty when no article is dated).
    pub svg: String,
    /// The figure's caption: the bar unit (month or year) and the span covered.
    pub caption: String,
}

/// One bar of the timeline: a month (`month` 1–12) or a whole year (`month` 0).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Bucket {
    year: i32,
    month: u32,
}

impl Bucket {
    fn key(self) -> String {
        if self.month == 0 {
            self.year.to_string()
        } else {
            format!("{}-{:02}", self.year, self.month)
        }
    }
}

/// Articles naming the entity by publication month, as bars over the whole span of its
/// articles: month by month up to [`TIMELINE_MAX_MONTHS`], year by year beyond, so no article
/// is left out of the chart (an older version kept the last 36 months and said nothing).
pub fn timeline<'a>(
    name: &str,
    dates: impl Iterator<Item = &'a Date>,
    numerals: Numerals,
    language: &str,
) -> Timeline {
    let mut months: BTreeMap<(i32, u32), u32> = BTreeMap::new();
    for d in dates {
        *months.entry((d.year, d.month)).or_default() += 1;
    }
    let (Some(&first), Some(&last)) = (months.keys().next(), months.keys().next_back()) else {
        return Timeline {
            svg: String::new(),
            caption: String::new(),
        };
    };
    let span = (last.0 - first.0) as i64 * 12 + i64::from(last.1) - i64::from(first.1) + 1;
    let by_year = span > TIMELINE_MAX_MONTHS as i64;
    let mut counts: BTreeMap<Bucket, u32> = BTreeMap::new();
    for (&(year, month), &n) in &months {
        let month = if by_year { 0 } else { month };
        *counts.entry(Bucket { year, month }).or_default() += n;
    }
    let axis = bucket_axis(first, last, by_year);
    let n = |text: String| digits(&text, numerals);
    let caption = if by_year {
        n(format!(
            "عدد المقالات التي تذكر {name} في كل سنة، من {} إلى {}",
            first.0, last.0
        ))
    } else {
        n(format!(
            "عدد المقالات التي تذكر {name} في كل شهر، من {} {} إلى {} {}",
            month_name(language, first.1),
            first.0,
            month_name(language, last.1),
            last.0
        ))
    };
    let svg = timeline_svg(name, &axis, &counts, numerals);
    Timeline { svg, caption }
}

/// Every bucket from `first` to `last`, empty ones included, so gaps show as gaps.
fn bucket_axis(first: (i32, u32), last: (i32, u32), by_year: bool) -> Vec<Bucket> {
    if by_year {
        return (first.0..=last.0)
            .map(|year| Bucket { year, month: 0 })
            .collect();
    }
    let mut axis = Vec::new();
    let mut m = first;
    while m <= last {
        axis.push(Bucket {
            year: m.0,
            month: m.1,
        });
        m = if m.1 == 12 {
            (m.0 + 1, 1)
        } else {
            (m.0, m.1 + 1)
        };
    }
    axis
}

/// Where a year label goes, as bar indexes: under each January when drawn by month (the
/// label marks where the year starts, so not under a February that happens to come first);
/// a span inside one year with no January gets its year centred under all its bars. Drawn by
/// year, every year is labelled, or every second, fifth… year when they would crowd.
fn year_labels(axis: &[Bucket]) -> Vec<(f64, i32)> {
    if axis.first().is_some_and(|b| b.month == 0) {
        let stride: i32 = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .find(|&s| axis.len().div_ceil(s as usize) <= 10)
            .unwrap_or(100);
        return axis
            .iter()
            .enumerate()
            .filter(|(_, b)| b.year.rem_euclid(stride) == 0 || axis.len() <= 10)
            .map(|(i, b)| (i as f64, b.year))
            .collect();
    }
    let januaries: Vec<(f64, i32)> = axis
        .iter()
        .enumerate()
        .filter(|(_, b)| b.month == 1)
        .map(|(i, b)| (i as f64, b.year))
        .collect();
    if januaries.is_empty()
        && let Some(b) = axis.first()
    {
        return vec![((axis.len() as f64 - 1.0) / 2.0, b.year)];
    }
    januaries
}

fn timeline_svg(
    name: &str,
    axis: &[Bucket],
    counts: &BTreeMap<Bucket, u32>,
    numerals: Numerals,
) -> String {
    let max = counts.values().max().copied().unwrap_or(1).max(1) as f64;
    let (width, height, base) = (400.0, 140.0, 110.0);
    let step = width / axis.len() as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart timeline\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    svg.push_str("<title id=\"timeline-title\">");
    let unit = if axis.first().is_some_and(|b| b.month == 0) {
        "سنة بسنة"
    } else {
        "شهراً بشهر"
    };
    escape_html(&format!("ذكر {name} {unit}"), &mut svg);
    svg.push_str("</title><desc id=\"timeline-desc\">");
    let described: Vec<String> = axis
        .iter()
        .filter_map(|b| counts.get(b).map(|n| format!("{}: {n}", b.key())))
        .collect();
    escape_html(&digits(&described.join("، "), numerals), &mut svg);
    svg.push_str("</desc>");
    // Right to left: the oldest bar at the right edge, as Arabic readers scan.
    let bar_x = |i: f64| width - (i + 1.0) * step;
    for (i, b) in axis.iter().enumerate() {
        let count = counts.get(b).copied().unwrap_or(0);
        let h = (base - 10.0) * f64::from(count) / max;
        let x = bar_x(i as f64);
        let _ = write!(
            svg,
            "<rect class=\"bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\"/>",
            x + step * 0.15,
            base - h,
            step * 0.7
        );
    }
    for (i, year) in year_labels(axis) {
        let label_x = (bar_x(i) + step / 2.0).clamp(20.0, width - 20.0);
        let _ = write!(
            svg,
            "<text x=\"{label_x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            base + 20.0,
            digits(&year.to_string(), numerals)
        );
    }
    let _ = write!(
        svg,
        "<line class=\"axis\" x1=\"0\" y1=\"{base}\" x2=\"{width}\" y2=\"{base}\"/>"
    );
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests;
