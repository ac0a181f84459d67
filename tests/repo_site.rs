//! The repository's own site (the five source articles and their registry), built end to end.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sahifa::{BuildOptions, analyse_site, build};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Mentions per entity id, per article file stem prefix (000 … 004).
fn mention_counts() -> BTreeMap<(String, String), usize> {
    let site = analyse_site(&BuildOptions {
        root: repo(),
        ..Default::default()
    })
    .unwrap();
    let mut counts = BTreeMap::new();
    for (article, analysis) in site.content.articles.iter().zip(&site.analyses) {
        let prefix = article.slug[..3].to_string();
        let all = analysis
            .title_mentions
            .iter()
            .chain(analysis.body_mentions.iter().map(|b| &b.mention));
        for m in all {
            *counts
                .entry((site.content.entities[m.entity].id.clone(), prefix.clone()))
                .or_insert(0) += 1;
        }
    }
    counts
}

/// Expected counts were taken independently of Sahifa: every word of the title and body, with
/// tashkeel and tatweel removed, equal to the name with an optional clitic (و ف ب ك ل وب وك ول فب
/// فك فل) — a Python one-off over content/articles. Two corrections from reading the text:
/// «اتفاق إيران النووي» in 000 is the nuclear deal (one fewer Iran), and «الجمهورية العربية
/// السورية» in 001 is Syria (one more).
#[test]
fn every_mention_of_the_main_names_is_found() {
    let counts = mention_counts();
    let expected: &[(&str, [usize; 5])] = &[
        ("vladimir-putin", [5, 10, 4, 8, 5]),
        ("ebrahim-raisi", [8, 13, 1, 8, 0]),
        ("masoud-pezeshkian", [0, 0, 5, 0, 4]),
        ("moscow", [2, 8, 5, 8, 4]),
        ("tehran", [2, 3, 3, 4, 1]),
        ("russia", [9, 7, 3, 1, 8]),
        ("iran", [10, 7, 5, 2, 11]),
        ("syria", [4, 5, 2, 1, 2]),
    ];
    let mut mismatches = Vec::new();
    for (id, per_article) in expected {
        for (i, want) in per_article.iter().enumerate() {
            let got = counts
                .get(&(id.to_string(), format!("00{i}")))
                .copied()
                .unwrap_or(0);
            if got != *want {
                mismatches.push(format!("{id} in 00{i}: found {got}, expected {want}"));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn builds_every_page_rtl() {
    let out = tempfile::tempdir().unwrap();
    let report = build(&BuildOptions {
        root: repo(),
        output: Some(out.path().join("public")),
        ..Default::default()
    })
    .unwrap();
    let public = out.path().join("public");
    assert_eq!(report.articles, 5);
    let entity_files = std::fs::read_dir(repo().join("content/entities"))
        .unwrap()
        .count();
    assert_eq!(report.entities, entity_files);

    let mut pages = Vec::new();
    collect_html(&public, &mut pages);
    let articles = pages
        .iter()
        .filter(|p| p.starts_with(public.join("articles")))
        .count();
    assert_eq!(articles, 5);
    // Every entity an article names (or refers to by a demonym) has a page; the others, none
    // (`entity_pages: mentioned`, the default).
    let site = analyse_site(&BuildOptions {
        root: repo(),
        ..Default::default()
    })
    .unwrap();
    let mut unpublished = Vec::new();
    for (e, entity) in site.content.entities.iter().enumerate() {
        let registry = entity.origin == sahifa::load::Origin::Registry;
        // A gazetteer entity needs an article that names it; an adjective is not enough.
        let named = !site.graph.entity_articles[e].is_empty()
            || (registry && !site.graph.demonym_articles[e].is_empty());
        let page = public.join("entities").join(&entity.id).join("index.html");
        assert_eq!(page.is_file(), named, "page for {}", entity.id);
        if !named && registry {
            unpublished.push(entity.id.as_str());
        }
    }
    assert!(
        unpublished.len() < 5,
        "most of the registry is named: {unpublished:?}"
    );
    for p in [
        "index.html",
        "404.html",
        "entities/index.html",
        "people/index.html",
        "places/index.html",
        "organizations/index.html",
    ] {
        assert!(public.join(p).is_file(), "missing {p}");
    }
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        assert!(
            html.contains("<html lang=\"ar\" dir=\"rtl\""),
            "{} is not RTL Arabic",
            page.display()
        );
        assert!(html.starts_with("<!DOCTYPE html>"), "{}", page.display());
    }
    assert_eq!(report.pages, pages.len());
}

#[test]
fn mentions_never_inside_another_word() {
    let site = analyse_site(&BuildOptions {
        root: repo(),
        ..Default::default()
    })
    .unwrap();
    for (article, analysis) in site.content.articles.iter().zip(&site.analyses) {
        for bm in &analysis.body_mentions {
            let text = &article.text;
            let at = bm.file_offset;
            let len = bm.mention.end - bm.mention.start;
            let Some(surface) = text.get(at..at + len) else {
                continue;
            };
            let before = text[..at].chars().next_back();
            let after = text[at + len..].chars().next();
            assert!(
                before.is_none_or(|c| !c.is_alphanumeric()),
                "{}: `{surface}` starts inside a word",
                article.path.display()
            );
            assert!(
                after.is_none_or(|c| !c.is_alphanumeric()),
                "{}: `{surface}` ends inside a word",
                article.path.display()
            );
        }
    }
}

fn collect_html(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_html(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}

/// The repository's `templates/` overrides the theme file of the same name: every page of the
/// repository's site carries its footer (the about text and the link to the sources), which
/// the theme's footer does not have.
#[test]
fn the_sites_own_footer_overrides_the_themes() {
    const ABOUT: &str = "هذا موقع صحيفة نفسها";
    let theme_footer =
        std::fs::read_to_string(repo().join("themes/default/templates/partials/site_footer.html"))
            .unwrap();
    assert!(
        !theme_footer.contains(ABOUT),
        "the text is the override's own"
    );
    let out = tempfile::tempdir().unwrap();
    build(&BuildOptions {
        root: repo(),
        output: Some(out.path().join("public")),
        ..Default::default()
    })
    .unwrap();
    let mut pages = Vec::new();
    collect_html(&out.path().join("public"), &mut pages);
    assert!(pages.len() > 10);
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        assert!(
            html.contains(ABOUT),
            "{} lacks the site's footer",
            page.display()
        );
        assert!(
            html.contains("href=\"https://github.com/sahifa/sahifa\""),
            "{}",
            page.display()
        );
    }
}

/// The repository's site uses the news structure: its five articles in the politics section,
/// tagged, in the archive, and an about page the footer links.
#[test]
fn uses_sections_tags_archive_and_an_about_page() {
    let out = tempfile::tempdir().unwrap();
    build(&BuildOptions {
        root: repo(),
        output: Some(out.path().join("public")),
        ..Default::default()
    })
    .unwrap();
    let public = out.path().join("public");
    let read = |rel: &str| std::fs::read_to_string(public.join(rel)).unwrap();
    let politics = read("sections/politics/index.html");
    assert!(politics.contains("class=\"page-title\">سياسة</h1>"));
    assert!(politics.contains("عدد المقالات: 5"));
    let tag = read("tags/العلاقات-الروسية-الإيرانية/index.html");
    assert!(tag.contains("عدد المقالات: 5"));
    let about = read("about/index.html");
    assert!(about.contains("class=\"page-title\">من نحن</h1>"));
    let home = read("index.html");
    assert!(home.contains("href=\"/sahifa/about/\">من نحن</a>"));
    assert!(home.contains("class=\"front-sections\""));
    assert!(read("archive/2022/01/index.html").contains("القمة الروسية الإيرانية"));
    let article = read("articles/001_16c2f99763671591/index.html");
    // The source names an outlet of the registry: linked to its page (issue 13).
    assert!(article.contains(
        "المصدر: <bdi class=\"source\"><a href=\"/sahifa/entities/misrna/\">موقع مصرنا الإخباري</a></bdi>"
    ));
}
