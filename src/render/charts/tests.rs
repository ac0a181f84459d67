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
    let svg = co_mention_graph("فلاديمير بوتين", "person", &companions, Numerals::Latin);
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    assert!(svg.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
    assert!(svg.contains("stroke-width=\"6.0\""), "{svg}");
    assert!(svg.contains("stroke-width=\"2.2\""));
    assert!(svg.contains(">روسيا</text>"), "{svg}");
    assert!(svg.contains("يُذكر مع: روسيا (4)، "), "{svg}");
    let arabic = co_mention_graph("فلاديمير بوتين", "person", &companions, Numerals::Arabic);
    assert!(arabic.contains("يُذكر مع: روسيا (٤)، "), "{arabic}");
    assert!(co_mention_graph("x", "place", &[], Numerals::Latin).is_empty());
}

/// Twelve neighbours with names of every length: no two label boxes intersect, no label
/// box meets an edge or the entity's box, and everything is inside the drawing.
#[test]
fn graph_labels_overlap_neither_each_other_nor_the_edges() {
    let names = [
        "روسيا",
        "إيران",
        "مسعود بزشكيان",
        "إبراهيم رئيسي",
        "موسكو",
        "طهران",
        "منظمة شنغهاي للتعاون",
        "الأمم المتحدة",
        "عشق آباد",
        "الوكالة الدولية للطاقة الذرية",
        "سوريا",
        "الصين",
    ];
    for name in [
        "فلاديمير بوتين",
        "مصر",
        "منظمة الأمم المتحدة للتربية والعلم والثقافة",
    ] {
        let labels: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{n} ({})", 12 - i))
            .collect();
        let layout = graph_layout(name, &labels);
        assert_eq!(layout.labels.len(), 12);
        let inside = |b: &LabelBox| {
            b.x0 >= 0.0 && b.y0 >= 0.0 && b.x1 <= layout.width && b.y1 <= layout.height
        };
        assert!(inside(&layout.centre));
        for (i, a) in layout.labels.iter().enumerate() {
            assert!(inside(a), "{} outside the drawing", labels[i]);
            assert!(!a.intersects(&layout.centre), "{} on the entity", labels[i]);
            for (j, b) in layout.labels.iter().enumerate().skip(i + 1) {
                assert!(!a.intersects(b), "{} and {} overlap", labels[i], labels[j]);
            }
            for (j, &(from, to)) in layout.edges.iter().enumerate() {
                assert!(
                    !a.crosses(from, to),
                    "{} on the edge to {}",
                    labels[i],
                    labels[j]
                );
            }
            // The box is not smaller than its text: 0.6 em a letter, 1.5 em a line.
            let lines = label_lines(&labels[i]);
            let longest = lines.iter().map(|l| l.chars().count()).max().unwrap();
            assert!(a.x1 - a.x0 >= longest as f64 * LABEL_FONT * 0.6);
            assert!(a.y1 - a.y0 >= lines.len() as f64 * LABEL_FONT * 1.5);
        }
        for &(from, _) in &layout.edges {
            let c = layout.centre;
            let on_border = (from.0 - c.x0).abs() < 0.01
                || (from.0 - c.x1).abs() < 0.01
                || (from.1 - c.y0).abs() < 0.01
                || (from.1 - c.y1).abs() < 0.01;
            assert!(on_border, "edges start at the entity's box: {from:?}");
        }
    }
}

#[test]
fn long_labels_wrap_at_a_space_and_are_cut_past_two_lines() {
    assert_eq!(label_lines("روسيا"), ["روسيا"]);
    assert_eq!(
        label_lines("منظمة شنغهاي للتعاون"),
        ["منظمة شنغهاي", "للتعاون"]
    );
    assert_eq!(
        label_lines("الوكالة الدولية للطاقة الذرية"),
        ["الوكالة الدولية", "للطاقة الذرية"]
    );
    let long = label_lines("منظمة الأمم المتحدة للتربية والعلم والثقافة");
    assert_eq!(long.len(), 2);
    assert!(
        long[1].ends_with('…') && long[1].chars().count() == LINE_CHARS,
        "{long:?}"
    );
}

#[test]
fn box_geometry() {
    let b = LabelBox::around(0.0, 0.0, 10.0, 10.0);
    assert!(b.crosses((-20.0, 0.0), (20.0, 0.0)));
    assert!(b.crosses((0.0, 0.0), (1.0, 1.0)));
    assert!(!b.crosses((-20.0, 6.0), (20.0, 6.0)));
    assert!(!b.crosses((6.0, -20.0), (20.0, 6.0)));
    assert!(b.intersects(&LabelBox::around(9.0, 9.0, 10.0, 10.0)));
    assert!(!b.intersects(&LabelBox::around(10.0, 0.0, 10.0, 10.0)));
}

fn dates(list: &[&str]) -> Vec<Date> {
    list.iter().map(|d| Date::parse(d).unwrap()).collect()
}

/// The year labels of a timeline, in drawing order.
fn labels(svg: &str) -> Vec<&str> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| t.split('>').nth(1)?.split('<').next())
        .collect()
}

#[test]
fn timeline_counts_months_and_fills_gaps() {
    let dates = dates(&["2023-12-08", "2024-01-02", "2024-01-20", "2024-03-01"]);
    let chart = timeline("روسيا", dates.iter(), Numerals::Latin, "ar");
    assert_eq!(
        chart.svg.matches("<rect").count(),
        4,
        "Dec, Jan, Feb (empty), Mar"
    );
    assert!(chart.svg.contains("2024-01: 2"));
    assert_eq!(
        labels(&chart.svg),
        ["2024"],
        "the label sits on January only"
    );
    assert!(chart.caption.contains("في كل شهر"), "{}", chart.caption);
    assert!(
        timeline("x", [].iter(), Numerals::Latin, "ar")
            .svg
            .is_empty()
    );
}

/// Putin's page listed five articles and its chart showed three: the chart kept the
/// last 36 months. Now every article counts, drawn by year when the span is long.
#[test]
fn timeline_covers_the_whole_span_of_the_articles() {
    let dates = dates(&[
        "2018-05-01",
        "2019-07-01",
        "2022-02-24",
        "2024-06-01",
        "2024-06-09",
    ]);
    let chart = timeline("فلاديمير بوتين", dates.iter(), Numerals::Latin, "ar");
    assert_eq!(chart.svg.matches("<rect").count(), 7, "2018 to 2024");
    for year in ["2018: 1", "2019: 1", "2022: 1", "2024: 2"] {
        assert!(chart.svg.contains(year), "{year} missing: {}", chart.svg);
    }
    assert!(chart.caption.contains("في كل سنة"), "{}", chart.caption);
    assert!(
        chart.caption.contains("من 2018 إلى 2024"),
        "{}",
        chart.caption
    );
}

#[test]
fn year_label_is_on_january_not_on_the_first_month() {
    let spanning = dates(&["2022-02-24", "2022-03-02", "2023-02-01"]);
    let svg = timeline("أوكرانيا", spanning.iter(), Numerals::Latin, "ar").svg;
    assert_eq!(labels(&svg), ["2023"], "no 2022 under February 2022: {svg}");
    // A span inside one year with no January: its year, centred under all the bars.
    let within = dates(&["2022-02-24", "2022-05-02"]);
    let svg = timeline("أوكرانيا", within.iter(), Numerals::Arabic, "ar").svg;
    assert_eq!(labels(&svg), ["٢٠٢٢"]);
    assert!(svg.contains("x=\"200.0\""), "centred: {svg}");
}
