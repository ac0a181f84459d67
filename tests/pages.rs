//! Pages that are not articles (`content/pages/`) and the `menu:` of config.yaml: the pages
//! at `/<slug>/`, the menu in the header and footer, and every page linked from somewhere.

use crate::common;

use std::path::Path;

use common::{read, site};
use sahifa::{BuildOptions, build, check};

fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    }
}

const ARTICLE: &str = "---\ntitle: \"خبر اليوم\"\ndate: 2024-05-01\n---\nنص الخبر.\n";

#[test]
fn pages_are_published_and_the_menu_names_them_or_the_footer_does() {
    let dir = site(&[
        (
            "config.yaml",
            "title: \"صحيفة\"\nbase_url: \"https://example.org/repo/\"\nsearch: false\nmenu:\n  - label: من نحن\n    page: about\n  - label: الأرشيف\n    url: /archive/\n  - label: المصدر\n    url: https://github.com/sahifa/sahifa\n",
        ),
        ("content/articles/khabar.md", ARTICLE),
        (
            "content/pages/about.md",
            "---\ntitle: من نحن\ndescription: صحيفة مستقلة تغطي أخبار المنطقة.\n---\nنحن **صحيفة** مستقلة.\n",
        ),
        (
            "content/pages/privacy.md",
            "---\ntitle: سياسة الخصوصية\nslug: الخصوصية\n---\nلا نجمع **بيانات** القراء.\n",
        ),
    ]);
    build(&options(dir.path())).unwrap();
    let out = dir.path().join("public");
    let about = read(&out, "about/index.html");
    assert!(about.contains("<h1 id=\"page-heading\" class=\"page-title\">من نحن</h1>"));
    assert!(about.contains("نحن <strong>صحيفة</strong> مستقلة."));
    assert!(
        about.contains("<meta name=\"description\" content=\"صحيفة مستقلة تغطي أخبار المنطقة.\">")
    );
    let privacy = read(&out, "الخصوصية/index.html");
    assert!(privacy.contains("لا نجمع <strong>بيانات</strong> القراء."));
    // Without `description:`, the first paragraph as plain text.
    assert!(privacy.contains("<meta name=\"description\" content=\"لا نجمع بيانات القراء.\">"));
    // The header's menu is config's, in its order, under the base path; current item marked.
    let nav_of = |html: &str| {
        let start = html.find("class=\"site-nav\"").unwrap();
        html[start..start + html[start..].find("</nav>").unwrap()].to_string()
    };
    let nav = nav_of(&about);
    assert!(
        nav.contains("<a href=\"/repo/about/\" aria-current=\"page\">من نحن</a>"),
        "{nav}"
    );
    assert!(
        nav.contains("<a href=\"/repo/archive/\">الأرشيف</a>"),
        "{nav}"
    );
    assert!(nav.contains("<a href=\"https://github.com/sahifa/sahifa\">المصدر</a>"));
    assert!(
        !nav.contains("كل الكيانات"),
        "the menu replaces the automatic one"
    );
    let archive = read(&out, "archive/index.html");
    assert!(
        nav_of(&archive).contains("<a href=\"/repo/archive/\" aria-current=\"page\">الأرشيف</a>")
    );
    // The footer: the menu's items, then the page the menu does not name.
    let home = read(&out, "index.html");
    let footer = &home[home.find("<footer").unwrap()..];
    assert!(footer.contains("<a href=\"/repo/about/\">من نحن</a>"));
    assert!(
        footer.contains(
            "<a href=\"/repo/%D8%A7%D9%84%D8%AE%D8%B5%D9%88%D8%B5%D9%8A%D8%A9/\">سياسة الخصوصية</a>"
        ),
        "{footer}"
    );
    assert_eq!(
        footer.matches("/repo/archive/").count(),
        1,
        "no second archive link"
    );
    assert!(read(&out, "sitemap.xml").contains("<loc>https://example.org/repo/about/</loc>"));
    check(&options(dir.path())).expect("no page is an orphan");
}

#[test]
fn without_a_menu_every_page_is_in_the_footer() {
    let dir = site(&[
        ("config.yaml", "title: \"صحيفة\"\nsearch: false\n"),
        ("content/articles/khabar.md", ARTICLE),
        (
            "content/pages/contact.md",
            "---\ntitle: اتصل بنا\n---\nراسلونا.\n",
        ),
    ]);
    build(&options(dir.path())).unwrap();
    let home = read(&dir.path().join("public"), "index.html");
    assert!(home.contains("<a href=\"/contact/\">اتصل بنا</a>"));
    // The automatic menu stays.
    assert!(home.contains(">الأرشيف</a>"));
}

#[test]
fn a_menu_page_that_does_not_exist_and_a_reserved_slug_are_errors() {
    let dir = site(&[
        (
            "config.yaml",
            "title: \"صحيفة\"\nmenu:\n  - label: من نحن\n    page: about\n",
        ),
        ("content/articles/khabar.md", ARTICLE),
        ("content/pages/tags.md", "---\ntitle: الوسوم\n---\nنص.\n"),
    ]);
    let err = build(&options(dir.path())).unwrap_err().to_string();
    assert!(err.contains("content/pages/tags.md:1:1"), "{err}");
    assert!(
        err.contains("the slug `tags` is a folder Sahifa writes its own pages into"),
        "{err}"
    );
    common::write(
        dir.path(),
        "content/pages/tags.md",
        "---\ntitle: الوسوم\nslug: wusum\n---\nنص.\n",
    );
    let err = build(&options(dir.path())).unwrap_err().to_string();
    assert!(err.contains("config.yaml:4:11"), "{err}");
    assert!(
        err.contains("the menu names the page `about`, which content/pages/ does not have"),
        "{err}"
    );
    assert!(err.contains("the pages are: wusum"), "{err}");
    common::write(
        dir.path(),
        "config.yaml",
        "title: \"صحيفة\"\nmenu:\n  - label: من نحن\n",
    );
    let err = build(&options(dir.path())).unwrap_err().to_string();
    assert!(err.contains("neither `url` nor `page`"), "{err}");
}
