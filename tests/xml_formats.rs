//! Feeds and sitemap are well-formed XML and carry what their formats require: Atom (RFC 4287
//! §4.1: feed id/title/updated/author/self link; entry id/title/updated/link) and the sitemap
//! protocol (urlset namespace, absolute `loc`, W3C-date `lastmod`). Escaping is tested with
//! hostile titles.

use crate::common;

use roxmltree::{Document, Node};

use common::{news_site, read, write};
use sahifa::{BuildOptions, build};

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn child<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|c| c.has_tag_name((ATOM, name)))
}

fn is_rfc3339(s: &str) -> bool {
    s.len() >= 20 && s.as_bytes()[10] == b'T' && (s.ends_with('Z') || s[19..].contains(['+', '-']))
}

fn check_atom(text: &str) -> usize {
    let doc = Document::parse(text).unwrap_or_else(|e| panic!("not well-formed: {e}\n{text}"));
    let feed = doc.root_element();
    assert!(feed.has_tag_name((ATOM, "feed")));
    for required in ["id", "title", "updated"] {
        assert!(child(feed, required).is_some(), "feed without {required}");
    }
    assert!(is_rfc3339(child(feed, "updated").unwrap().text().unwrap()));
    assert!(
        child(feed, "author")
            .and_then(|a| child(a, "name"))
            .is_some(),
        "feed author"
    );
    assert!(
        feed.children()
            .any(|c| c.has_tag_name((ATOM, "link")) && c.attribute("rel") == Some("self"))
    );
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.has_tag_name((ATOM, "entry")))
        .collect();
    for entry in &entries {
        for required in ["id", "title", "updated", "link"] {
            assert!(
                child(*entry, required).is_some(),
                "entry without {required}"
            );
        }
        assert!(is_rfc3339(
            child(*entry, "updated").unwrap().text().unwrap()
        ));
        assert!(
            child(*entry, "id")
                .unwrap()
                .text()
                .unwrap()
                .starts_with("https://")
        );
    }
    entries.len()
}

#[test]
fn feeds_and_sitemap_follow_their_formats() {
    let site = news_site();
    write(
        site.path(),
        "content/articles/hostile.md",
        "---\ntitle: \"]]> </title><script>alert(1)</script> & بوتين\"\ndate: 2024-12-01T10:00:00+03:00\nsummary: \"<b>x</b> ]]>\"\n---\nبوتين.\n",
    );
    // Undated: on the site, but no feed entry (it would be dated 1970).
    write(
        site.path(),
        "content/articles/undated.md",
        "---\ntitle: \"بوتين بلا تاريخ\"\n---\nبوتين.\n",
    );
    build(&BuildOptions {
        root: site.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap();

    let site_feed = read(site.path(), "public/feed.xml");
    assert_eq!(check_atom(&site_feed), 4);
    assert!(
        site.path()
            .join("public/articles/undated/index.html")
            .is_file()
    );
    assert!(!site_feed.contains("بلا تاريخ") && !site_feed.contains("1970"));
    let doc = Document::parse(&site_feed).unwrap();
    let first_title = doc
        .descendants()
        .find(|n| n.has_tag_name((ATOM, "entry")))
        .and_then(|e| child(e, "title"))
        .unwrap();
    assert_eq!(
        first_title.text(),
        Some("]]> </title><script>alert(1)</script> & بوتين"),
        "escaped, not interpreted"
    );
    assert_eq!(
        check_atom(&read(site.path(), "public/entities/putin/feed.xml")),
        4
    );
    // Egypt is in the registry but no article names it (مصرنا is another word): by default it
    // gets no page and no feed, and the sitemap does not list it.
    assert!(!site.path().join("public/entities/egypt").exists());
    assert!(!read(site.path(), "public/sitemap.xml").contains("/entities/egypt/"));

    let sitemap = read(site.path(), "public/sitemap.xml");
    let doc = Document::parse(&sitemap).unwrap();
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    assert!(doc.root_element().has_tag_name((ns, "urlset")));
    let urls: Vec<_> = doc
        .root_element()
        .children()
        .filter(|c| c.is_element())
        .collect();
    assert!(urls.len() > 10);
    for url in urls {
        assert!(url.has_tag_name((ns, "url")));
        let loc = url
            .children()
            .find(|c| c.has_tag_name((ns, "loc")))
            .unwrap()
            .text()
            .unwrap();
        assert!(loc.starts_with("https://example.github.io/sub/"), "{loc}");
        assert!(loc.is_ascii(), "percent-encoded: {loc}");
        if let Some(lastmod) = url.children().find(|c| c.has_tag_name((ns, "lastmod"))) {
            let d = lastmod.text().unwrap();
            assert!(
                d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-',
                "{d}"
            );
        }
    }
    assert!(!sitemap.contains("404.html"));

    // Pages announce their feeds.
    let home = read(site.path(), "public/index.html");
    assert!(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""));
    let putin = read(site.path(), "public/entities/putin/index.html");
    assert!(putin.contains("href=\"/sub/entities/putin/feed.xml\""));
    // JSON-LD cannot be closed by a title.
    let hostile = read(site.path(), "public/articles/hostile/index.html");
    let script = hostile
        .split("application/ld+json\">")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    assert!(!script.contains('<'), "{script}");
    assert!(hostile.contains("\"@type\":\"NewsArticle\""));
    assert!(putin.contains("\"sameAs\":\"https://www.wikidata.org/wiki/Q7747\""));
    assert!(hostile.contains(
        "<link rel=\"canonical\" href=\"https://example.github.io/sub/articles/hostile/\">"
    ));
}

#[test]
fn github_pages_files() {
    let site = news_site();
    write(
        site.path(),
        "config.yaml",
        &format!("{}cname: news.example.org\n", common::CONFIG),
    );
    let report = build(&BuildOptions {
        root: site.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap();
    assert!(site.path().join("public/.nojekyll").is_file());
    assert_eq!(read(site.path(), "public/CNAME"), "news.example.org\n");
    assert!(
        read(site.path(), "public/robots.txt")
            .contains("Sitemap: https://example.github.io/sub/sitemap.xml")
    );
    // The custom domain serves the site at its root: links under /sub/ would break there.
    let elsewhere = |report: &sahifa::BuildReport| {
        report
            .warnings
            .iter()
            .filter(|w| {
                w.message
                    .starts_with("cname `news.example.org` is not where base_url")
            })
            .map(|w| (w.line, w.help.clone().unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    let warned = elsewhere(&report);
    assert_eq!(warned.len(), 1, "{:?}", report.warnings);
    assert_eq!(warned[0].0, Some(5));
    assert!(
        warned[0]
            .1
            .contains("base_url: \"https://news.example.org/\"")
    );
    let report = build(&BuildOptions {
        root: site.path().to_path_buf(),
        base_url: Some("https://News.example.org/".into()),
        ..Default::default()
    })
    .unwrap();
    assert!(elsewhere(&report).is_empty(), "{:?}", report.warnings);
}

#[test]
fn entity_pages_all_publishes_unnamed_entities_with_an_empty_feed() {
    let site = news_site();
    let config = format!("{}entity_pages: all\n", common::CONFIG);
    write(site.path(), "config.yaml", &config);
    build(&BuildOptions {
        root: site.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(
        check_atom(&read(site.path(), "public/entities/egypt/feed.xml")),
        0
    );
    let page = read(site.path(), "public/entities/egypt/index.html");
    assert!(page.contains("لا توجد مقالات تذكر هذا الكيان بعد"));
    assert!(read(site.path(), "public/sitemap.xml").contains("/sub/entities/egypt/"));
    assert!(read(site.path(), "public/places/index.html").contains("/sub/entities/egypt/"));
}
