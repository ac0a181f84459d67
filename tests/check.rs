//! `sahifa check`: renders everything in memory and verifies every internal link.

use crate::common;

use common::{news_site, write};
use sahifa::{BuildOptions, check};

fn options(root: &std::path::Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    }
}

#[test]
fn a_clean_site_passes_and_nothing_is_written() {
    let site = news_site();
    let report = check(&options(site.path())).unwrap();
    assert!(report.pages > 10);
    assert!(report.links > 100, "links checked: {}", report.links);
    assert!(!site.path().join("public").exists(), "check writes nothing");
}

#[test]
fn broken_links_and_anchors_are_reported_with_their_page() {
    let site = news_site();
    write(
        site.path(),
        "content/articles/links.md",
        "---\ntitle: \"روابط\"\n---\n[مفقود](/sub/articles/missing/) و[خارج](/articles/ashgabat/) و[مرساة](/sub/articles/ashgabat/#no-such-id) و[جيد](/sub/articles/ashgabat/) و[خارجي](https://example.org/x)\n",
    );
    let err = check(&options(site.path())).unwrap_err();
    let problems = err.diagnostics();
    let text = err.to_string();
    // `/articles/ashgabat/` is the author's root-relative link: taken under `/sub/`, it works.
    assert_eq!(problems.len(), 2, "{text}");
    // Named where the editor wrote them, not by the output page (`articles/links/index.html`).
    assert!(
        problems
            .iter()
            .all(|d| d.path == std::path::Path::new("content/articles/links.md")),
        "{text}"
    );
    assert!(
        text.contains("content/articles/links.md:4:9: error: `/sub/articles/missing/` points"),
        "{text}"
    );
    assert!(text.contains("no element with id `no-such-id`"), "{text}");
}

/// A broken link an article's page has that its Markdown does not hold as written (its
/// template made it) is named by the page, and the article it is the page of.
#[test]
fn a_broken_link_from_an_article_template_names_the_article() {
    let site = news_site();
    write(
        site.path(),
        "templates/article.html",
        "{% extends \"base.html\" %}{% block content %}<a href=\"/sub/nowhere/\">x</a>{% endblock content %}",
    );
    let text = check(&options(site.path())).unwrap_err().to_string();
    assert!(
        text.contains(
            "articles/tehran-visit/index.html: error: `/sub/nowhere/` points to nothing in the \
             site (no file `nowhere/`), from content/articles/tehran-visit.md"
        ),
        "{text}"
    );
}

/// A link a template writes by hand outside the base path (instead of `url(path=…)`) is
/// reported: on GitHub Pages it would leave the site.
#[test]
fn a_template_link_outside_the_base_path_is_reported() {
    let site = news_site();
    write(
        site.path(),
        "templates/type_index.html",
        "{% extends \"base.html\" %}{% block content %}<a href=\"/articles/ashgabat/\">x</a>{% endblock content %}",
    );
    let text = check(&options(site.path())).unwrap_err().to_string();
    assert!(text.contains("outside the site's base path"), "{text}");
}

#[test]
fn check_reports_unknown_template_variables() {
    let site = news_site();
    write(
        site.path(),
        "templates/type_index.html",
        "{% extends \"base.html\" %}{% block content %}{{ nope }}{% endblock content %}",
    );
    let err = check(&options(site.path())).unwrap_err();
    assert_eq!(
        err.diagnostics()[0].path,
        std::path::Path::new("templates/type_index.html")
    );
}

#[test]
fn the_cli_exits_non_zero_on_a_broken_link() {
    let site = news_site();
    write(
        site.path(),
        "content/articles/bad.md",
        "---\ntitle: x\n---\n[x](/sub/nowhere/)\n",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["check", "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("content/articles/bad.md:4:5: error: `/sub/nowhere/`"),
        "{stderr}"
    );
}

/// `check` refuses a static file with a generated file's path, as `build` does.
#[test]
fn a_static_file_replacing_a_generated_one_is_reported() {
    let site = news_site();
    write(site.path(), "static/sitemap.xml", "<urlset/>");
    write(
        site.path(),
        "static/articles/ashgabat/index.html",
        "<p>نسخة قديمة</p>",
    );
    let err = check(&options(site.path())).unwrap_err();
    let text = err.to_string();
    assert_eq!(err.diagnostics().len(), 2, "{text}");
    assert!(
        text.contains("static/sitemap.xml would replace the generated file sitemap.xml"),
        "{text}"
    );
    assert!(
        text.contains("would replace the generated file articles/ashgabat/index.html"),
        "{text}"
    );
}

/// Links in a user's template are checked however their attribute is written: in single
/// quotes or unquoted (the check used to see only `href="…"`), and an `id='…'` is a target.
#[test]
fn links_in_single_quotes_or_unquoted_are_checked() {
    let site = news_site();
    write(
        site.path(),
        "templates/type_index.html",
        "{% extends \"base.html\" %}{% block content %}\
         <p id='fahras'>فهرس</p>\
         <a href='/sub/أخبار-مفقودة/'>أخبار</a> \
         <a href=/sub/articles/missing/>مفقود</a> \
         <a href='#fahras'>إلى الفهرس</a> \
         <img src='/sub/no-such-image.png' alt='صورة'>\
         {% endblock content %}",
    );
    let err = check(&options(site.path())).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("`/sub/أخبار-مفقودة/` points to nothing"),
        "{text}"
    );
    assert!(
        text.contains("`/sub/articles/missing/` points to nothing"),
        "{text}"
    );
    assert!(
        text.contains("`/sub/no-such-image.png` points to nothing"),
        "{text}"
    );
    assert!(
        !text.contains("fahras"),
        "an id in single quotes is found: {text}"
    );
}

/// `build` publishes a site whose body links point to nothing, and warns about each at the
/// line and column the editor wrote it; links that work (relative ones climbing folders
/// included) and links to other sites raise nothing. `check` fails on the same site.
#[test]
fn build_warns_of_each_dead_body_link_where_it_is_written() {
    let site = news_site();
    write(
        site.path(),
        "content/articles/links.md",
        "---\ntitle: \"روابط\"\n---\nنص.\n\n[مفقود](/articles/missing/) و[نسبي](../ashgabat/) و[جيد](/articles/ashgabat/) و[خارجي](https://example.org/x)\nو[نسبي مكسور](../gone/)\n",
    );
    write(
        site.path(),
        "content/pages/about.md",
        "---\ntitle: \"من نحن\"\n---\n[الأرشيف القديم](/old-archive/)\n",
    );
    let report = sahifa::build(&options(site.path())).expect("a dead link does not stop a build");
    let dead: Vec<String> = report
        .warnings
        .iter()
        .filter(|d| d.message.contains("points to nothing"))
        .map(|d| d.as_warning().to_string())
        .collect();
    assert_eq!(dead.len(), 3, "{dead:#?}");
    assert!(
        dead[0].starts_with("content/articles/links.md:6:9: warning: `/sub/articles/missing/`"),
        "{dead:#?}"
    );
    assert!(
        dead[1].starts_with("content/articles/links.md:7:15: warning: `../gone/`"),
        "{dead:#?}"
    );
    assert!(
        dead[2].starts_with("content/pages/about.md: warning: `/sub/old-archive/`"),
        "{dead:#?}"
    );
    assert!(
        site.path()
            .join("public/articles/links/index.html")
            .is_file()
    );
    let err = check(&options(site.path())).unwrap_err().to_string();
    assert!(err.contains("`../gone/` points to nothing"), "{err}");
    assert!(!err.contains("`../ashgabat/`"), "{err}");
}

/// `check --warn-body-links` (what the workflow `sahifa init` writes runs before publishing)
/// warns of a dead link an article or a page writes, at its line and column, and passes;
/// a link the theme or a template breaks still fails it.
#[test]
fn with_body_links_warned_only_a_template_link_fails_the_check() {
    let site = news_site();
    write(
        site.path(),
        "content/articles/links.md",
        "---\ntitle: \"روابط\"\n---\nنص.\n\n[مفقود](/articles/missing/) و[جيد](/articles/ashgabat/)\n",
    );
    write(
        site.path(),
        "content/pages/about.md",
        "---\ntitle: \"من نحن\"\n---\nعن الموقع.\n\n[الأرشيف القديم](/old-archive/)\n",
    );
    let options = options(site.path());
    let report = sahifa::check_with(&options, sahifa::BodyLinks::Warn).expect("only warned");
    assert_eq!(report.dead_body_links, 2);
    let warned: Vec<String> = report
        .warnings
        .iter()
        .map(|d| d.as_warning().to_string())
        .collect();
    let at = |prefix: &str| warned.iter().any(|w| w.starts_with(prefix));
    assert!(
        at("content/articles/links.md:6:9: warning: `/sub/articles/missing/`"),
        "{warned:#?}"
    );
    assert!(
        at("content/pages/about.md:6:18: warning: `/sub/old-archive/`"),
        "{warned:#?}"
    );
    let err = check(&options).unwrap_err().to_string();
    assert!(err.contains("content/pages/about.md:6:18: error"), "{err}");

    write(
        site.path(),
        "templates/article.html",
        "{% extends \"base.html\" %}{% block content %}<a href=\"/sub/nowhere/\">x</a>{% endblock content %}",
    );
    let err = sahifa::check_with(&options, sahifa::BodyLinks::Warn)
        .unwrap_err()
        .to_string();
    assert!(err.contains("`/sub/nowhere/` points to nothing"), "{err}");
    assert!(!err.contains("/sub/old-archive/"), "{err}");
}
