//! The default theme on fixture sites (issue 17, "Theme"): what each page type shows, the
//! meta descriptions, one search box, the digits, the entity pages' side column, the CSS.

use crate::common;

use std::path::Path;

use common::{news_site, read};
use sahifa::{BuildOptions, build};

fn build_into(root: &Path) -> sahifa::BuildReport {
    build(&BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    })
    .unwrap()
}

/// The `<aside>` of an entity page, or "" when it has none.
fn side_column(html: &str) -> &str {
    html.split_once("<aside class=\"sidebar co-mentions\"")
        .and_then(|(_, rest)| rest.split_once("</aside>"))
        .map_or("", |(aside, _)| aside)
}

#[test]
fn entity_pages_after_the_first_keep_the_side_column() {
    let site = news_site();
    build_into(site.path());
    let page1 = read(site.path(), "public/entities/putin/index.html");
    let page2 = read(site.path(), "public/entities/putin/page/2/index.html");
    for (n, html) in [(1, &page1), (2, &page2)] {
        let aside = side_column(html);
        assert!(aside.contains("يُذكر معه"), "page {n}: {html}");
        assert!(aside.contains("/sub/entities/russia/"), "page {n}: {aside}");
        assert!(aside.contains("co-mention-graph"), "page {n}: {aside}");
    }
    // The timeline stays on page 1, with the articles it describes.
    assert!(page1.contains("class=\"chart timeline\""));
    assert!(!page2.contains("class=\"chart timeline\""));
}

/// The `content` of the page's `<meta name="description">`.
fn meta_description(html: &str) -> &str {
    html.split_once("<meta name=\"description\" content=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or("", |(content, _)| content)
}

#[test]
fn every_page_type_has_a_description_when_the_site_has_none() {
    let site = news_site();
    let report = build_into(site.path());
    let pages = [
        (
            "index.html",
            "صحيفة الاختبار: آخر الأخبار، ومن تذكرهم من أشخاص وأماكن ومنظمات (عدد المقالات: 3).",
        ),
        ("entities/index.html", "من تذكرهم مقالات صحيفة الاختبار"),
        ("people/index.html", "شخصيات في مقالات صحيفة الاختبار"),
        ("entities/putin/index.html", "رئيس روسيا."),
        ("entities/putin/page/2/index.html", "رئيس روسيا."),
        ("archive/index.html", "كل ما نشرته صحيفة الاختبار"),
        ("search/index.html", "ابحث في مقالات صحيفة الاختبار"),
        ("404.html", "لم نعثر على الصفحة المطلوبة."),
    ];
    for (file, expected) in pages {
        let html = read(site.path(), &format!("public/{file}"));
        assert!(
            meta_description(&html).contains(expected),
            "{file}: «{}»",
            meta_description(&html)
        );
    }
    let warning = report
        .warnings
        .iter()
        .find(|w| w.message.contains("`description`"))
        .expect("a warning about the missing description");
    assert!(warning.path.ends_with("config.yaml"), "{warning}");
}

#[test]
fn an_entity_without_description_gets_a_sentence_and_a_described_site_no_warning() {
    let site = news_site();
    common::write(
        site.path(),
        "config.yaml",
        &format!(
            "{}description: \"أخبار العلاقات الروسية الإيرانية\"\n",
            common::CONFIG
        ),
    );
    common::write(
        site.path(),
        "content/entities/russia.md",
        "---\ntype: place\nname: روسيا\n---\n",
    );
    let report = build_into(site.path());
    assert!(
        !report
            .warnings
            .iter()
            .any(|w| w.message.contains("description")),
        "{:?}",
        report.warnings
    );
    let home = read(site.path(), "public/index.html");
    assert_eq!(meta_description(&home), "أخبار العلاقات الروسية الإيرانية");
    let russia = read(site.path(), "public/entities/russia/index.html");
    assert!(
        meta_description(&russia).starts_with(
            "مكان روسيا في صحيفة الاختبار: المقالات التي تذكره ومن يُذكر معه (عدد المقالات: 2)"
        ),
        "{}",
        meta_description(&russia)
    );
}

#[test]
fn the_search_page_has_one_search_box() {
    let site = news_site();
    build_into(site.path());
    let search = read(site.path(), "public/search/index.html");
    assert_eq!(search.matches("role=\"search\"").count(), 0, "{search}");
    assert!(!search.contains("site-search-q"));
    assert_eq!(search.matches("id=\"search\"").count(), 1, "Pagefind's box");
    // Every other page keeps the header's box.
    for file in [
        "index.html",
        "entities/putin/index.html",
        "archive/index.html",
    ] {
        let html = read(site.path(), &format!("public/{file}"));
        assert_eq!(html.matches("id=\"site-search-q\"").count(), 1, "{file}");
    }
}

/// The declarations of the first rule for `selector` in `css` (at the top level, else
/// indented inside a media block).
fn css_block<'a>(css: &'a str, selector: &str) -> &'a str {
    let start = css
        .find(&format!("\n{selector} {{"))
        .or_else(|| css.find(&format!("\n  {selector} {{")))
        .unwrap_or_else(|| panic!("no rule for {selector}"));
    let rest = &css[start..];
    &rest[..rest.find('}').unwrap()]
}

fn theme_css() -> String {
    let site = news_site();
    build_into(site.path());
    read(site.path(), "public/style.css")
}

#[test]
fn footer_links_are_at_least_24_px_targets() {
    let css = theme_css();
    let rule = css_block(&css, ".footer-links a");
    assert!(rule.contains("min-block-size: 24px"), "{rule}");
    assert!(rule.contains("min-inline-size: 24px"), "{rule}");
    assert!(rule.contains("display: inline-flex"), "{rule}");
}

#[test]
fn the_masthead_is_compact_on_narrow_screens() {
    let css = theme_css();
    let narrow = css
        .split("@media (max-width: 30em) {")
        .nth(1)
        .expect("a ≤ 480 px block")
        .split("\n}\n")
        .next()
        .unwrap();
    for (selector, must) in [
        (".site-title", "font-size: 2rem"),
        (".masthead", "padding-block: 0.5rem 0.25rem"),
        (".site-tagline", "white-space: nowrap"),
        (".site-nav ul", "flex-wrap: nowrap"),
        (".site-nav ul", "overflow-x: auto"),
        (".site-nav a", "white-space: nowrap"),
    ] {
        assert!(
            css_block(narrow, selector).contains(must),
            "{selector}: {must}"
        );
    }
}

/// With `numerals: arabic`, every number the theme prints is in Arabic-Indic digits: the
/// counts, the pager, the graph and timeline labels, not only the dates (ranks ١٢٣ sat beside
/// counts written 5).
#[test]
fn one_digit_style_per_page_following_numerals() {
    let site = news_site();
    common::write(
        site.path(),
        "config.yaml",
        &format!("{}numerals: arabic\n", common::CONFIG),
    );
    build_into(site.path());
    let putin = read(site.path(), "public/entities/putin/index.html");
    assert!(putin.contains("data-numerals=\"arabic\""));
    assert!(putin.contains("<dd>٣</dd>"), "article count: {putin}");
    assert!(!putin.contains("<dd>3</dd>"));
    assert!(putin.contains("الصفحة ١ من ٢"), "pager status");
    assert!(
        putin.contains("<span class=\"visually-hidden\">الصفحة </span>٢</a>"),
        "pager link"
    );
    assert!(putin.contains("مقالات مشتركة: ٢"), "co-mention count");
    assert!(putin.contains("روسيا (٢)، "), "graph description: {putin}");
    assert!(putin.contains(">٢٠٢٤</text>"), "timeline year");
    let page2 = read(site.path(), "public/entities/putin/page/2/index.html");
    assert!(
        page2.contains("<title>فلاديمير بوتين — صفحة ٢ |"),
        "page title"
    );
    let home = read(site.path(), "public/index.html");
    assert!(home.contains("عدد المقالات: ٣"), "{home}");
    // Every number after `label` (at least one) is in Arabic-Indic digits.
    let arabic_after = |page: &str, label: &str| {
        let counts: Vec<char> = page
            .split(label)
            .skip(1)
            .filter_map(|s| s.chars().next())
            .collect();
        !counts.is_empty() && counts.iter().all(|c| ('٠'..='٩').contains(c))
    };
    let people = read(site.path(), "public/people/index.html");
    assert!(
        arabic_after(&people, "عدد الكيانات: "),
        "type index: {people}"
    );
    let article = read(site.path(), "public/articles/ashgabat/index.html");
    assert!(
        arabic_after(&article, "كيانات مشتركة: "),
        "related articles' shared count: {article}"
    );
    // Latin sites keep Latin digits everywhere, ranks included.
    let latin = news_site();
    build_into(latin.path());
    let putin = read(latin.path(), "public/entities/putin/index.html");
    assert!(putin.contains("data-numerals=\"latin\""));
    assert!(putin.contains("<dd>3</dd>") && putin.contains("الصفحة 1 من 2"));
    let css = read(latin.path(), "public/style.css");
    assert!(css_block(&css, ".ranked-list li::before").contains("content: counter(rank);"));
    assert!(
        css_block(&css, "[data-numerals=\"arabic\"] .ranked-list li::before")
            .contains("counter(rank, arabic-indic)")
    );
}

/// Latin digits are drawn by the body font (its Latin subset, for digits only), not by
/// whatever sans font the system falls back to.
#[test]
fn latin_digits_come_from_the_body_font() {
    let site = news_site();
    build_into(site.path());
    let css = read(site.path(), "public/style.css");
    let faces: Vec<&str> = css.split("@font-face {").skip(1).collect();
    let digits_face = faces
        .iter()
        .find(|f| f.contains("U+0030-003A"))
        .expect("a face for the digits");
    assert!(digits_face.contains("font-family: \"Noto Naskh Arabic\""));
    let file = digits_face
        .split("url(\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap();
    let font = std::fs::read(site.path().join("public").join(file)).unwrap();
    assert!(font.starts_with(b"wOF2"), "{file} is a WOFF2 font");
    assert!(
        css_block(&css, ":root").contains("--font-text: \"Noto Naskh Arabic\""),
        "the body font is Naskh"
    );
}

/// The text the search index holds for the page at `url` (root-relative, without the base
/// path: the search script adds it), read from Pagefind's fragments.
fn indexed_text(out: &Path, url: &str) -> String {
    use std::io::Read;
    for entry in std::fs::read_dir(out.join("pagefind/fragment")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let mut json = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut json)
            .unwrap();
        let fragment: serde_json::Value =
            serde_json::from_slice(json.strip_prefix(b"pagefind_dcd").unwrap()).unwrap();
        if fragment["url"] == url {
            return fragment["content"].as_str().unwrap().to_string();
        }
    }
    panic!("no fragment for {url}")
}

/// An entity found by search reads as a sentence, not as a list of its fields.
#[test]
fn entity_search_results_are_a_sentence() {
    let site = news_site();
    build_into(site.path());
    let text = indexed_text(&site.path().join("public"), "/entities/putin/");
    assert!(
        text.contains(
            "اسم فلاديمير بوتين (شخصية) ورد في 3 من المقالات، ويُكتب أيضاً: بوتين، وبالإنجليزية: Vladimir Putin."
        ),
        "{text}"
    );
    assert!(!text.contains("الأسماء الأخرى"), "{text}");
    let pezeshkian = indexed_text(&site.path().join("public"), "/entities/pezeshkian/");
    assert!(
        pezeshkian.contains("ورد في مقال واحد، ويُكتب أيضاً: بزشكيان، بيزشكيان، مسعود بيزشكيان."),
        "{pezeshkian}"
    );
}

/// An article whose first paragraph is its dateline (as imported scraped text keeps it) is
/// described by what it says, not by where it comes from; the dateline stays in the page.
#[test]
fn a_dateline_is_not_the_article_description() {
    let site = news_site();
    common::write(
        site.path(),
        "content/articles/gambia.md",
        "---\ntitle: \"اتفاق في بانجول\"\ndate: 2024-02-01\n---\nغامبيا – سبأنت\n\n\
         وقع البلدان اتفاقا للتعاون في مجال الصيد البحري.\n",
    );
    build_into(site.path());
    let page = read(site.path(), "public/articles/gambia/index.html");
    assert!(
        meta_description(&page).starts_with("وقع البلدان اتفاقا"),
        "«{}»",
        meta_description(&page)
    );
    // The place and the agency may be linked (سبأنت is the Yemeni agency's alias): the
    // dateline's words stay, tags aside.
    let text: String = page
        .split('<')
        .map(|part| part.split_once('>').map_or(part, |(_, after)| after))
        .collect();
    assert!(
        text.contains("غامبيا – سبأنت"),
        "the dateline stays in the page"
    );
    let feed = read(site.path(), "public/feed.xml");
    assert!(!feed.contains("<description>غامبيا – سبأنت"), "{feed}");
}
