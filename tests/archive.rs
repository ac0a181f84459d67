//! The archive: every article reachable from the home page by links (a 300-article site
//! crawled on disk), year and month pages linked from each article's date, and `check`
//! refusing a site where a template leaves the archive unlinked.

use crate::common;

use std::collections::{BTreeSet, VecDeque};
use std::path::Path;

use common::{read, site, write};
use percent_encoding::percent_decode_str;
use sahifa::{BuildOptions, build, check};

const ARTICLES: usize = 300;

/// A site of `count` articles naming no entity (so no entity page links them), dated one
/// every five days from January 2021, and two undated ones.
fn big_site(count: usize, config: &str) -> tempfile::TempDir {
    let dir = site(&[("config.yaml", config)]);
    for n in 0..count {
        let day = n * 5;
        let (year, rest) = (2021 + day / 360, day % 360);
        let (month, dom) = (rest / 30 + 1, rest % 30 + 1);
        write(
            dir.path(),
            &format!("content/articles/khabar-{n:03}.md"),
            &format!(
                "---\ntitle: \"خبر اقتصادي رقم {n}\"\ndate: {year}-{month:02}-{dom:02}\n---\nارتفعت أسعار القمح في الأسواق المحلية للمرة {n}.\n"
            ),
        );
    }
    for n in 0..2 {
        write(
            dir.path(),
            &format!("content/articles/bila-tarikh-{n}.md"),
            "---\ntitle: \"مقال بلا تاريخ\"\n---\nنص قصير عن الطقس.\n",
        );
    }
    dir
}

const CONFIG: &str =
    "title: \"صحيفة الأرشيف\"\nbase_url: \"https://example.org/sub/\"\nsearch: false\n";

fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    }
}

/// Output paths of the HTML pages reached from `index.html` by following `href`s.
fn crawl(out: &Path, base_path: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::from(["index.html".to_string()]);
    let mut queue = VecDeque::from(["index.html".to_string()]);
    while let Some(page) = queue.pop_front() {
        let html = read(out, &page);
        let mut rest = html.as_str();
        while let Some(i) = rest.find("href=\"") {
            let after = &rest[i + 6..];
            let end = after.find('"').unwrap();
            let href = after[..end].split('#').next().unwrap();
            rest = &after[end..];
            let href = href.strip_prefix("https://example.org").unwrap_or(href);
            let Some(rel) = href.strip_prefix(base_path) else {
                continue;
            };
            let rel = percent_decode_str(rel).decode_utf8().unwrap().into_owned();
            let file = if rel.is_empty() || rel.ends_with('/') {
                format!("{rel}index.html")
            } else {
                rel
            };
            if file.ends_with(".html") && out.join(&file).is_file() && seen.insert(file.clone()) {
                queue.push_back(file);
            }
        }
    }
    seen
}

#[test]
fn every_article_of_a_300_article_site_is_reachable_from_the_home_page() {
    let dir = big_site(ARTICLES, CONFIG);
    let report = build(&options(dir.path())).unwrap();
    assert_eq!(report.articles, ARTICLES + 2);
    let out = dir.path().join("public");
    let reached = crawl(&out, "/sub/");
    let articles: Vec<String> = std::fs::read_dir(out.join("articles"))
        .unwrap()
        .map(|e| {
            format!(
                "articles/{}/index.html",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    assert_eq!(articles.len(), ARTICLES + 2);
    let lost: Vec<&String> = articles.iter().filter(|a| !reached.contains(*a)).collect();
    assert!(
        lost.is_empty(),
        "{} articles unreachable: {lost:?}",
        lost.len()
    );
    // 302 articles at 50 a page: 7 pages, the last with the undated articles at its end.
    assert!(reached.contains("archive/page/7/index.html"));
    assert!(!out.join("archive/page/8").exists());
    let last = read(&out, "archive/page/7/index.html");
    assert!(
        last.contains("مقال بلا تاريخ"),
        "undated articles close the archive"
    );
    // The sitemap lists every archive page.
    let sitemap = read(&out, "sitemap.xml");
    for page in [
        "archive/",
        "archive/page/7/",
        "archive/2021/",
        "archive/2021/01/",
    ] {
        assert!(
            sitemap.contains(&format!("<loc>https://example.org/sub/{page}</loc>")),
            "{page}"
        );
    }
    check(&options(dir.path())).expect("a site reachable from home passes check");
}

#[test]
fn an_article_date_links_to_its_month_and_the_month_to_its_year() {
    let dir = big_site(12, &format!("{CONFIG}pagination:\n  archive: 2\n"));
    build(&options(dir.path())).unwrap();
    let out = dir.path().join("public");
    // Article 7 is dated day 35: 2021-02-06.
    let article = read(&out, "articles/khabar-007/index.html");
    assert!(
        article.contains(r#"<a class="archive-link" href="/sub/archive/2021/02/"><time datetime="2021-02-06">6 فبراير 2021</time></a>"#),
        "{article}"
    );
    let month = read(&out, "archive/2021/02/index.html");
    assert!(
        month.contains("<h1 id=\"listing-heading\" class=\"page-title\">أرشيف فبراير 2021</h1>")
    );
    // Newest first, two a page: February has articles 6..=11 (days 30–55), so page 1 shows
    // 11 and 10, and page 3 shows 7 and 6.
    assert!(month.contains("خبر اقتصادي رقم 11") && month.contains("خبر اقتصادي رقم 10"));
    assert!(!month.contains("خبر اقتصادي رقم 9<"));
    let page3 = read(&out, "archive/2021/02/page/3/index.html");
    assert!(page3.contains("خبر اقتصادي رقم 7<") && page3.contains("خبر اقتصادي رقم 6<"));
    // Breadcrumbs lead from a month to its year and to the archive.
    assert!(
        month.contains(r#"<a href="/sub/archive/2021/">2021</a>"#),
        "{month}"
    );
    assert!(month.contains(r#"<a href="/sub/archive/">الأرشيف</a>"#));
    // The archive lists every year with its months.
    let archive = read(&out, "archive/index.html");
    assert!(archive.contains(r#"href="/sub/archive/2021/01/">يناير"#));
    assert!(archive.contains(r#"href="/sub/archive/2021/02/">فبراير"#));
    // Every page has a description, even without the site's.
    assert!(
        month.contains(r#"<meta name="description" content="المقالات المنشورة في فبراير 2021: 6."#)
    );
}

#[test]
fn check_reports_the_archive_when_templates_leave_it_unlinked() {
    let dir = big_site(30, CONFIG);
    // A theme written before archives existed: its header, footer and article page link
    // neither the archive nor a month.
    write(
        dir.path(),
        "templates/partials/site_header.html",
        "<header><a href=\"{{ url(path=\"\") }}\">{{ site.title }}</a></header>\n",
    );
    write(
        dir.path(),
        "templates/partials/site_footer.html",
        "<footer><p>{{ site.title }}</p></footer>\n",
    );
    write(
        dir.path(),
        "templates/article.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ article.title }}</h1>{{ article.content | safe }}{% endblock content %}\n",
    );
    let err = check(&options(dir.path())).expect_err("the archive is an orphan");
    let text = err.to_string();
    let problems = match &err {
        sahifa::Error::Content(list) => list.clone(),
        other => panic!("{other}"),
    };
    assert_eq!(
        problems[0].path,
        Path::new("archive/index.html"),
        "{text}: {problems:?}"
    );
    // The archive's own pages link each other (breadcrumbs, calendar), but none of them is
    // reached from the home page: the archive, the first of them, is reported first.
    assert!(
        problems[0]
            .message
            .contains("cannot be reached from the home page"),
        "{problems:?}"
    );
    // The ten articles beyond the home page's 20 are lost with it.
    assert!(
        problems
            .iter()
            .any(|d| d.path == Path::new("articles/khabar-000/index.html")),
        "{problems:?}"
    );
}

/// A site whose `language` names a Levantine or Maghrebi country shows that country's month
/// names (CLDR's), on the article, the month's archive page and its title; `ar` keeps يناير.
#[test]
fn month_names_follow_the_site_s_language() {
    for (language, january) in [
        ("ar-LB", "كانون الثاني"),
        ("ar-TN", "جانفي"),
        ("ar", "يناير"),
    ] {
        let config = format!("{CONFIG}language: \"{language}\"\n");
        let dir = big_site(3, &config);
        build(&options(dir.path())).unwrap();
        let out = dir.path().join("public");
        let article = read(&out, "articles/khabar-000/index.html");
        assert!(
            article.contains(&format!("1 {january} 2021")),
            "{language}: {article}"
        );
        let month = read(&out, "archive/2021/01/index.html");
        assert!(
            month.contains(&format!("<title>أرشيف {january} 2021")),
            "{language}: {month}"
        );
    }
}
