//! Sections, authors and tags: a fixture site with sections by folder and by front matter,
//! an author with a file and one without, tags; and a site without any of them, which keeps
//! the pages it had.

use crate::common;

use std::path::Path;

use common::{news_site, read, site};
use sahifa::{BuildOptions, build, check};

const CONFIG: &str = "title: \"صحيفة الأقسام\"\nbase_url: \"https://example.org/\"\nsearch: false\npagination:\n  lists: 2\n";

fn newsroom() -> tempfile::TempDir {
    site(&[
        ("config.yaml", CONFIG),
        (
            "content/sections/economy.md",
            "---\nname: اقتصاد\nweight: 2\n---\nالأسواق والأسعار والعملات.\n",
        ),
        (
            "content/sections/politics.md",
            "---\nname: سياسة\nweight: 1\n---\n",
        ),
        (
            "content/authors/salma.md",
            "---\nname: سلمى يوسف\nrole: مراسلة في القاهرة\n---\nتكتب عن الاقتصاد منذ عشر سنين.\n",
        ),
        (
            "content/articles/economy/qamh.md",
            "---\ntitle: \"ارتفاع أسعار القمح\"\ndate: 2024-03-01\nauthor: salma\ntags: [القمح, الأسعار]\n---\nارتفعت أسعار القمح.\n",
        ),
        (
            "content/articles/economy/dollar.md",
            "---\ntitle: \"الدولار يتراجع\"\ndate: 2024-03-05\nauthor: سلمى يوسف\ntags: [الأسعار]\n---\nتراجع الدولار.\n",
        ),
        (
            "content/articles/economy/naft.md",
            "---\ntitle: \"النفط يصعد\"\ndate: 2024-03-09\n---\nصعد النفط.\n",
        ),
        (
            "content/articles/qimma.md",
            "---\ntitle: \"قمة عربية في الرياض\"\ndate: 2024-03-10\nsection: politics\nauthor: أحمد علي\n---\nانعقدت القمة.\n",
        ),
        (
            "content/articles/sport/kura.md",
            "---\ntitle: \"فوز المنتخب\"\ndate: 2024-03-11\nsection: رياضة\n---\nفاز المنتخب.\n",
        ),
    ])
}

fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    }
}

#[test]
fn sections_by_folder_and_front_matter_have_pages_feeds_menu_and_breadcrumbs() {
    let dir = newsroom();
    build(&options(dir.path())).unwrap();
    let out = dir.path().join("public");
    // The folder gives `economy`; `section:` overrides the folder `sport/`.
    let economy = read(&out, "sections/economy/index.html");
    assert!(economy.contains("<h1 id=\"listing-heading\" class=\"page-title\">اقتصاد</h1>"));
    assert!(economy.contains("الأسواق والأسعار والعملات."));
    assert!(economy.contains("عدد المقالات: 3"));
    // Two a page, newest first.
    assert!(economy.find("النفط يصعد").unwrap() < economy.find("الدولار يتراجع").unwrap());
    assert!(!economy.contains("ارتفاع أسعار القمح"));
    assert!(read(&out, "sections/economy/page/2/index.html").contains("ارتفاع أسعار القمح"));
    assert!(read(&out, "sections/رياضة/index.html").contains("فوز المنتخب"));
    assert!(!out.join("sections/sport").exists());
    // A section without a file is named by its id.
    assert!(read(&out, "sections/رياضة/index.html").contains("class=\"page-title\">رياضة</h1>"));
    // Menu: sections first, by weight: رياضة (no file, 0), سياسة (1), اقتصاد (2).
    let home = read(&out, "index.html");
    let nav = &home[home.find("class=\"site-nav\"").unwrap()..];
    let pos = |name: &str| nav.find(&format!(">{name}</a>")).unwrap_or(usize::MAX);
    assert!(
        pos("رياضة") < pos("سياسة") && pos("سياسة") < pos("اقتصاد"),
        "{nav}"
    );
    assert!(pos("اقتصاد") < pos("الأرشيف"));
    // The page of a section marks its own menu item.
    assert!(economy.contains("href=\"/sections/economy/\" aria-current=\"page\">اقتصاد</a>"));
    // Breadcrumbs and kicker on an article.
    let article = read(&out, "articles/dollar/index.html");
    assert!(
        article.contains("<li><a href=\"/sections/economy/\">اقتصاد</a></li>"),
        "{article}"
    );
    assert!(article.contains("<p class=\"kicker\"><a href=\"/sections/economy/\">اقتصاد</a></p>"));
    // A feed per section, announced on its page.
    let feed = read(&out, "sections/economy/feed.xml");
    roxmltree::Document::parse(&feed).unwrap();
    assert!(feed.contains("<title>اقتصاد — صحيفة الأقسام</title>"));
    assert_eq!(feed.matches("<entry>").count(), 3);
    assert!(economy.contains("href=\"/sections/economy/feed.xml\""));
    // The front page: each section's lead story, in the sections' order.
    let front = &home[home.find("class=\"front-sections\"").unwrap()..];
    assert!(front.find("فوز المنتخب").unwrap() < front.find("قمة عربية في الرياض").unwrap());
    assert!(front.find("قمة عربية في الرياض").unwrap() < front.find("النفط يصعد").unwrap());
    assert!(front.contains("<a href=\"/articles/dollar/\">الدولار يتراجع</a>"));
    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/sections/economy/page/2/</loc>"));
    check(&options(dir.path())).expect("every section page is linked");
}

#[test]
fn authors_with_and_without_a_file_and_tags_have_pages() {
    let dir = newsroom();
    build(&options(dir.path())).unwrap();
    let out = dir.path().join("public");
    // `author: salma` (the id) and `author: سلمى يوسف` (the name) are one author.
    let salma = read(&out, "authors/salma/index.html");
    assert!(salma.contains("class=\"page-title\">سلمى يوسف</h1>"));
    assert!(salma.contains("مراسلة في القاهرة"));
    assert!(salma.contains("تكتب عن الاقتصاد منذ عشر سنين."));
    assert!(salma.contains("الدولار يتراجع") && salma.contains("ارتفاع أسعار القمح"));
    // Without a file: the page is at the name's Arabic slug.
    let ahmad = read(&out, "authors/أحمد-علي/index.html");
    assert!(ahmad.contains("قمة عربية في الرياض"));
    // The byline links the author's page; JSON-LD names a Person with that URL.
    let article = read(&out, "articles/qamh/index.html");
    assert!(
        article.contains("بقلم <a href=\"/authors/salma/\" rel=\"author\">سلمى يوسف</a>، <span class=\"role\">مراسلة في القاهرة</span>"),
        "{article}"
    );
    assert!(article.contains(
        r#""author":{"@type":"Person","name":"سلمى يوسف","url":"https://example.org/authors/salma/"}"#
    ), "{article}");
    // Tags: linked from the article, a page each, with a feed.
    assert!(article.contains(
        "href=\"/tags/%D8%A7%D9%84%D8%A3%D8%B3%D8%B9%D8%A7%D8%B1/\" rel=\"tag\">الأسعار</a>"
    ));
    let tag = read(&out, "tags/الأسعار/index.html");
    assert!(tag.contains("الوسم: الأسعار"));
    assert!(tag.contains("الدولار يتراجع") && tag.contains("ارتفاع أسعار القمح"));
    assert!(read(&out, "tags/الأسعار/feed.xml").contains("<entry>"));
    assert!(
        read(&out, "authors/salma/feed.xml").contains("<title>سلمى يوسف — صحيفة الأقسام</title>")
    );
}

#[test]
fn sections_authors_and_tags_each_have_an_index_that_the_lists_lead_back_to() {
    let dir = newsroom();
    build(&options(dir.path())).unwrap();
    let out = dir.path().join("public");
    let authors = read(&out, "authors/index.html");
    assert!(
        authors.contains("class=\"page-title\">الكتّاب</h1>"),
        "{authors}"
    );
    // By name: أحمد علي before سلمى يوسف, each with the count of their list.
    let ahmad = authors.find(">أحمد علي</a>").expect("أحمد علي is listed");
    let salma = authors.find(">سلمى يوسف</a>").expect("سلمى يوسف is listed");
    assert!(ahmad < salma);
    assert!(authors.contains(
        "<a href=\"/authors/salma/\">سلمى يوسف</a> <span class=\"role\">مراسلة في القاهرة</span>"
    ));
    assert!(authors[salma..].contains("عدد المقالات: 2"));
    assert!(authors[ahmad..salma].contains("عدد المقالات: 1"));
    // Sections by weight, as in the menu; tags by name.
    let sections = read(&out, "sections/index.html");
    let pos = |name: &str| sections.find(&format!(">{name}</a>")).unwrap_or(usize::MAX);
    assert!(
        pos("رياضة") < pos("سياسة") && pos("سياسة") < pos("اقتصاد"),
        "{sections}"
    );
    assert!(sections[pos("اقتصاد")..].contains("عدد المقالات: 3"));
    let tags = read(&out, "tags/index.html");
    assert!(
        tags.contains(">الأسعار</a>") && tags.contains(">القمح</a>"),
        "{tags}"
    );
    // An author's list leads back to the index in its breadcrumbs.
    let list = read(&out, "authors/salma/index.html");
    let crumbs = &list[list.find("breadcrumb").unwrap()..];
    assert!(
        crumbs.contains("<a href=\"/authors/\">الكتّاب</a>"),
        "{crumbs}"
    );
    assert!(read(&out, "sitemap.xml").contains("<loc>https://example.org/authors/</loc>"));
    check(&options(dir.path())).expect("every index links resolve");
}

#[test]
fn a_site_without_sections_authors_or_tags_looks_as_before() {
    let dir = news_site();
    build(&options(dir.path())).unwrap();
    let out = dir.path().join("public");
    for folder in ["sections", "authors", "tags"] {
        assert!(!out.join(folder).exists(), "{folder}");
    }
    let home = read(&out, "index.html");
    assert!(!home.contains("front-sections"));
    let nav = &home[home.find("class=\"site-nav\"").unwrap()..home.find("</nav>").unwrap()];
    // The menu starts with the entity types, as before.
    assert!(
        nav.find("شخصيات").unwrap() < nav.find("الأرشيف").unwrap(),
        "{nav}"
    );
    let article = read(&out, "articles/moscow-summit/index.html");
    assert!(!article.contains("class=\"kicker\""));
    assert!(!article.contains("class=\"byline\""));
    assert!(!article.contains("article-tags"));
}

#[test]
fn a_misspelt_section_is_reported_and_a_bad_one_refused() {
    let dir = newsroom();
    common::write(
        dir.path(),
        "content/articles/x.md",
        "---\ntitle: \"خبر\"\nsection: econmy\n---\nنص.\n",
    );
    let report = build(&options(dir.path())).unwrap();
    let warning = report
        .warnings
        .iter()
        .find(|w| w.message.contains("econmy"))
        .expect("a warning");
    assert_eq!(warning.help.as_deref(), Some("did you mean `economy`?"));
    assert_eq!(warning.line, Some(3));
    common::write(
        dir.path(),
        "content/articles/x.md",
        "---\ntitle: \"خبر\"\nsection: \"اقتصاد/محلي\"\n---\nنص.\n",
    );
    let err = build(&options(dir.path())).unwrap_err().to_string();
    assert!(err.contains("content/articles/x.md:3:1"), "{err}");
    assert!(
        err.contains("the section `اقتصاد/محلي` cannot be used in a URL"),
        "{err}"
    );
}

#[test]
fn a_section_spelt_in_another_letter_case_is_the_same_section() {
    let dir = newsroom();
    common::write(
        dir.path(),
        "content/articles/sukkar.md",
        "---\ntitle: \"أسعار السكر\"\ndate: 2024-03-12\nsection: Economy\n---\nارتفعت أسعار السكر.\n",
    );
    let report = build(&options(dir.path())).unwrap();
    let out = dir.path().join("public");
    // On macOS and Windows, sections/Economy/ would be sections/economy/: one section.
    assert!(!out.join("sections/Economy").exists());
    assert!(read(&out, "sections/economy/index.html").contains("عدد المقالات: 4"));
    assert!(
        !report
            .warnings
            .iter()
            .any(|w| w.message.contains("Economy")),
        "{:?}",
        report.warnings
    );
}

/// A co-written article (`authors:` as Hugo writes it, or `author:` as a list) is on each
/// author's page; the byline names them all, joined as Arabic joins a list (، then و), each
/// role in parentheses (after a comma it would read as one more author); JSON-LD gives one
/// Person each.
#[test]
fn an_article_by_several_authors_is_on_each_authors_page() {
    let dir = site(&[
        ("config.yaml", CONFIG),
        (
            "content/authors/salma.md",
            "---\nname: سلمى يوسف\nrole: مراسلة في القاهرة\n---\n",
        ),
        (
            "content/articles/qamh.md",
            "---\ntitle: \"ارتفاع أسعار القمح\"\ndate: 2024-03-01\n\
             authors: [salma, أحمد علي, \" خالد حسن \", salma]\n---\nارتفعت أسعار القمح.\n",
        ),
        (
            "content/articles/dollar.md",
            "---\ntitle: \"الدولار يتراجع\"\ndate: 2024-03-05\nauthor: [أحمد علي]\n---\nتراجع الدولار.\n",
        ),
    ]);
    let report = build(&options(dir.path())).unwrap();
    assert!(
        report
            .warnings
            .iter()
            .all(|w| !w.message.contains("author")),
        "{:?}",
        report.warnings
    );
    let out = dir.path().join("public");
    let article = read(&out, "articles/qamh/index.html");
    assert!(
        article.contains(
            "بقلم <a href=\"/authors/salma/\" rel=\"author\">سلمى يوسف</a> (<span class=\"role\">مراسلة في القاهرة</span>)، \
             <a href=\"/authors/%D8%A3%D8%AD%D9%85%D8%AF-%D8%B9%D9%84%D9%8A/\" rel=\"author\">أحمد علي</a> \
             و<a href=\"/authors/%D8%AE%D8%A7%D9%84%D8%AF-%D8%AD%D8%B3%D9%86/\" rel=\"author\">خالد حسن</a></li>"
        ),
        "{article}"
    );
    assert!(
        article.contains(r#""author":[{"@type":"Person","name":"سلمى يوسف","url":"https://example.org/authors/salma/"},{"@type":"Person","name":"أحمد علي""#),
        "{article}"
    );
    for (page, titles) in [
        ("authors/salma/index.html", &["ارتفاع أسعار القمح"][..]),
        (
            "authors/أحمد-علي/index.html",
            &["ارتفاع أسعار القمح", "الدولار يتراجع"][..],
        ),
        ("authors/خالد-حسن/index.html", &["ارتفاع أسعار القمح"][..]),
    ] {
        let html = read(&out, page);
        for title in titles {
            assert!(html.contains(title), "{page} lacks {title}");
        }
    }
    // One author still reads as before.
    let dollar = read(&out, "articles/dollar/index.html");
    assert!(
        dollar.contains("rel=\"author\">أحمد علي</a></li>"),
        "{dollar}"
    );
}

/// Two tags that share an address are one page: the build says so where the second is
/// written, unless they are one tag spelt two ways (غزة، غزه؛ Gaza، gaza); a tag with nothing
/// to make an address from is warned of, not dropped without a word.
#[test]
fn tags_that_share_an_address_or_have_none_are_warned_of() {
    let dir = site(&[
        ("config.yaml", CONFIG),
        (
            "content/articles/a.md",
            "---\ntitle: \"أ\"\ndate: 2024-03-01\ntags: [\"C++\", \"غزة\", \"Gaza\"]\n---\nنص.\n",
        ),
        (
            "content/articles/b.md",
            "---\ntitle: \"ب\"\ndate: 2024-03-02\ntags: [\"C#\", \"غزه\", \"gaza\", \"++\"]\n---\nنص.\n",
        ),
    ]);
    let report = build(&options(dir.path())).unwrap();
    let warned: Vec<String> = report
        .warnings
        .iter()
        .filter(|d| d.message.contains("tag"))
        .map(|d| d.as_warning().to_string())
        .collect();
    assert_eq!(warned.len(), 2, "{warned:#?}");
    assert!(
        warned[0].starts_with(
            "content/articles/b.md:4:9: warning: the tag `C#` has the address of the tag `C++` (`tags/c/`)"
        ),
        "{warned:#?}"
    );
    assert!(
        warned[1].starts_with("content/articles/b.md:4:30: warning: the tag `++` has no letter"),
        "{warned:#?}"
    );
}
