//! Markdown escaping: what the outlet wrote renders literally, and no input panics.

use super::*;

// ---- Markdown escaping

#[test]
fn square_brackets_stay_visible() {
    let line = "وطلب بوتين من رئيسي نقل أطيب تحياته إلى المرشد الأعلى آية الله علي خامنئي. وأضاف بوتين “أنا على اتصال دائم بكم [إيران] لمناقشة القضايا الدولية”.";
    let md = escape_paragraph(line);
    assert!(md.contains("بكم \\[إيران\\] لمناقشة"));
    assert_eq!(rendered_blocks(&md), vec![line]);
}

#[test]
fn block_markers_at_paragraph_start_are_escaped() {
    assert_eq!(escape_paragraph("# نص"), "\\# نص");
    assert_eq!(escape_paragraph("- نص"), "\\- نص");
    assert_eq!(escape_paragraph("+ نص"), "\\+ نص");
    assert_eq!(escape_paragraph("> نص"), "\\> نص");
    assert_eq!(escape_paragraph("12. نص"), "12\\. نص");
    assert_eq!(escape_paragraph("3) نص"), "3\\) نص");
    assert_eq!(escape_paragraph("نص - نص # نص"), "نص - نص # نص");
}

#[test]
fn inline_syntax_is_escaped_everywhere() {
    assert_eq!(
        escape_paragraph("a\\b *c* _d_ `e` [f] <g> h|i"),
        "a\\\\b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\<g\\> h\\|i"
    );
}

#[test]
fn ampersand_is_escaped_only_before_an_entity() {
    assert_eq!(escape_paragraph("R&D و & وحدها"), "R&D و & وحدها");
    assert_eq!(
        escape_paragraph("&amp; &#1575; &#x627;"),
        "\\&amp; \\&#1575; \\&#x627;"
    );
}

const TRICKY: &[&str] = &[
    "# ليس عنواناً",
    "## ليس عنواناً ##",
    "- ليس قائمة",
    "+ ليس قائمة",
    "* ليس قائمة",
    "1. ليس قائمة",
    "2) ليس قائمة",
    "> ليس اقتباساً",
    "*مائل* و _مائل_ و **غامق** و __غامق__",
    "`شيفرة` و ``شيفرة``",
    "[رابط](http://example.com) و ![صورة](a.png) و [[ويكي]]",
    "[^1]: حاشية و [^1]",
    "<b>وسم</b> و <http://example.com> و <!-- تعليق -->",
    "عمود | عمود",
    "~~مشطوب~~ و ~سفلي~ و ^علوي^",
    "$x$ و 100$ و $$y$$",
    "&amp; و &#1575; و &#x627; و R&D و & وحدها و &nbsp",
    "نهاية بشرطة مائلة \\",
    "\\[مهرب\\] و \\* و \\\\",
    "---",
    "***",
    "___",
    "+++",
    "===",
    ": تعريف",
    "    مسافات بادئة",
    "- [ ] مهمة",
    "> [!NOTE] تنبيه",
    "عنوان {#id .class}",
    "عنوان #",
];

#[test]
fn tricky_paragraphs_render_literally() {
    for line in TRICKY {
        let md = escape_paragraph(line.trim());
        assert_eq!(rendered_blocks(&md), vec![line.trim()], "{md}");
        let after = format!("فقرة أولى.\n\n{md}");
        assert_eq!(
            rendered_blocks(&after),
            vec!["فقرة أولى.", line.trim()],
            "{after}"
        );
    }
}

#[test]
fn tricky_headings_render_literally() {
    for line in TRICKY {
        let md = format!("فقرة.\n\n## {}\n\nفقرة.", escape_heading(line.trim()));
        assert_eq!(
            rendered_blocks(&md),
            vec!["فقرة.", line.trim(), "فقرة."],
            "{md}"
        );
    }
}

// ---- robustness

#[test]
fn degenerate_inputs_never_panic() {
    let binary: String = String::from_utf8_lossy(&(0u8..=255).collect::<Vec<u8>>()).into_owned();
    for raw in [
        "",
        "\u{feff}",
        " \t \r\n \n\n",
        "02 : 00\nMISS 3\n(رويترز)",
        "كلمة",
        ":",
        "إ",
        "إ لا",
        "موقع:",
        "\0\u{1}\u{7f}",
        "\u{200f}.\u{200f}",
        binary.as_str(),
    ] {
        let a = import(raw);
        let _ = to_article_file(&a);
    }
    assert_eq!(import("").body, "");
    assert_eq!(import("02 : 00\n\nMISS 3").body, "");
    assert_eq!(import("كلمة").title, "كلمة");
}

#[test]
fn random_inputs_never_panic_and_keep_invariants() {
    let alphabet: Vec<char> =
        "اإأوبلة ىَُِّـ \n\r\t:.،؛()#&;*[]-+1234567890MISۀ“”«»\"\u{feff}\u{200f}\0"
            .chars()
            .collect();
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for _ in 0..3000 {
        let len = next() % 80;
        let raw: String = (0..len)
            .map(|_| alphabet[next() % alphabet.len()])
            .collect();
        let a = import(&raw);
        let line_count = raw.split(['\n', '\r']).count();
        assert!(
            a.notes.windows(2).all(|w| w[0].line <= w[1].line),
            "{raw:?}"
        );
        assert!(
            a.notes.iter().all(|n| (1..=line_count).contains(&n.line)),
            "{raw:?}"
        );
        let file = to_article_file(&a);
        let yaml = file
            .strip_prefix("---\n")
            .and_then(|f| f.split_once("---\n\n"))
            .map(|(y, _)| y)
            .unwrap_or_default();
        let map: serde_yaml::Mapping = serde_yaml::from_str(yaml).expect("front matter parses");
        assert_eq!(
            map.get("title").and_then(|v| v.as_str()),
            Some(a.title.as_str())
        );
    }
}
