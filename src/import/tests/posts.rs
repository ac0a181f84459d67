//! Posts of Hugo and Zola imported as articles: the body kept as written, the front matter
//! mapped to Sahifa's keys, every key without a counterpart reported with its line.

use super::*;

const HUGO: &str = "---\ntitle: \"ارتفاع أسعار القمح في القاهرة\"\ndate: 2024-03-01T10:00:00+02:00\n\
lastmod: 2024-03-02\ndescription: \"الأسعار ترتفع\"\ntags: [\"اقتصاد\", \"قمح\"]\n\
categories: [\"أسواق\", \"اقتصاد\"]\nauthor: \"سلمى يوسف\"\naliases: [\"/old/wheat.html\"]\n\
weight: 3\n---\n\nارتفعت أسعار القمح.\n\n{{< figure src=\"/img/wheat.jpg\" >}}\n";

const ZOLA: &str = "+++\ntitle = \"انتخابات بلدية في تونس\"\ndate = 2024-06-01\n\
updated = 2024-06-02T08:00:00Z\ndraft = true\n[taxonomies]\ntags = [\"سياسة\"]\n\
authors = [\"أحمد علي\"]\n[extra]\nimage = \"vote.jpg\"\n+++\n\nجرت الانتخابات في تونس.\n";

fn post(text: &str, src: &str) -> ImportedArticle {
    crate::import::posts::import_post(text, Path::new(src), &ImportOptions::default()).unwrap()
}

#[test]
fn a_hugo_post_keeps_its_keys_body_and_name() {
    assert!(crate::import::posts::is_post(HUGO) && !crate::import::posts::is_post("عنوان\n\nنص."));
    let a = post(HUGO, "content/posts/cairo-wheat.md");
    assert_eq!(a.title, "ارتفاع أسعار القمح في القاهرة");
    assert_eq!(a.date.as_deref(), Some("2024-03-01T10:00:00+02:00"));
    assert_eq!(
        a.body,
        "ارتفعت أسعار القمح.\n\n{{< figure src=\"/img/wheat.jpg\" >}}"
    );
    assert_eq!(
        article_file_name(&a, Path::new("content/posts/cairo-wheat.md"), false),
        "cairo-wheat.md"
    );
    let file = to_article_file(&a);
    assert!(
        file.starts_with(
            "---\ntitle: ارتفاع أسعار القمح في القاهرة\ndate: 2024-03-01T10:00:00+02:00\n\
             updated: 2024-03-02\nsummary: الأسعار ترتفع\nauthor:\n- سلمى يوسف\ntags:\n- اقتصاد\n\
             - قمح\n- أسواق\naliases:\n- /old/wheat.html\n- /posts/cairo-wheat/\n---\n\nارتفعت"
        ),
        "{file}"
    );
    assert_eq!(
        notes(&a),
        [
            (
                0,
                NoteKind::Address,
                "/posts/cairo-wheat/ (the old generator's default address)"
            ),
            (7, NoteKind::Kept, "categories: added to the tags"),
            (9, NoteKind::Address, "/old/wheat.html (from `aliases`)"),
            (10, dropped("no Sahifa key"), "weight"),
            (
                15,
                NoteKind::Shortcode,
                "{{< figure src=\"/img/wheat.jpg\" >}}"
            ),
        ]
    );
    // What Sahifa writes, Sahifa reads: the article loads with every key.
    let (article, warnings) = crate::load::document::parse_article(
        Path::new("content/articles/cairo-wheat.md"),
        file,
        crate::load::slug::SlugStrategy::default(),
    )
    .unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(article.meta.tags, ["اقتصاد", "قمح", "أسواق"]);
    assert_eq!(
        article.meta.aliases,
        ["/old/wheat.html", "/posts/cairo-wheat/"]
    );
}

#[test]
fn a_zola_post_with_toml_front_matter_and_taxonomies() {
    let a = post(ZOLA, "content/news/tunis-vote/index.md");
    assert_eq!(a.title, "انتخابات بلدية في تونس");
    assert_eq!(a.date.as_deref(), Some("2024-06-01"));
    assert_eq!(a.file_stem.as_deref(), Some("tunis-vote"));
    let file = to_article_file(&a);
    assert!(
        file.contains(
            "updated: 2024-06-02T08:00:00Z\ndraft: true\nauthor:\n- أحمد علي\ntags:\n- سياسة\n\
             aliases:\n- /news/tunis-vote/\n---"
        ),
        "{file}"
    );
    assert_eq!(
        notes(&a),
        [
            (
                0,
                NoteKind::Address,
                "/news/tunis-vote/ (the old generator's default address)"
            ),
            (9, dropped("no Sahifa key"), "extra")
        ]
    );
}

#[test]
fn a_post_without_a_date_takes_the_one_given_and_a_bad_one_is_reported() {
    let opts = ImportOptions {
        date: Some("2024-01-05".into()),
        ..ImportOptions::default()
    };
    let a =
        crate::import::posts::import_post("---\ntitle: خبر\n---\nنص.\n", Path::new("x.md"), &opts)
            .unwrap();
    assert_eq!(a.date.as_deref(), Some("2024-01-05"));
    let a = post("---\ntitle: خبر\ndate: أمس\n---\nنص.\n", "x.md");
    assert_eq!(a.date, None);
    assert_eq!(notes(&a), [(3, dropped("date"), "أمس")]);
    // Jekyll's date-times are read; an `updated` Sahifa cannot read is dropped, at its line,
    // rather than written into an article the build refuses.
    let a = post(
        "---\ntitle: خبر\ndate: 2024-01-02 10:00:00 +0300\nlastmod: أمس\n---\nنص.\n",
        "x.md",
    );
    assert_eq!(a.date.as_deref(), Some("2024-01-02T10:00:00+03:00"));
    assert_eq!(notes(&a), [(4, dropped("updated"), "أمس")]);
    assert!(!a.front.contains_key("updated"));
    // No title: the file's name, and a note to revise it.
    let a = post("---\ndate: 2024-01-05\n---\nنص.\n", "posts/gaza-aid.md");
    assert_eq!(a.title, "gaza-aid");
    assert_eq!(a.title_source, TitleSource::FrontMatter);
}

#[test]
fn broken_front_matter_is_an_error_with_its_line() {
    for (text, line) in [
        ("---\ntitle: خبر\nلا نهاية\n", 1),
        ("---\ntitle: [خبر\ndate: 2024\n---\nنص.\n", 3),
        ("+++\ntitle = \"خبر\"\ndate = \n+++\nنص.\n", 3),
        ("+++\ntitle = \"خبر\"\n= bad\n+++\nنص.\n", 3),
        ("+++\n= bad\n+++\nنص.\n", 2),
    ] {
        let err =
            crate::import::posts::import_post(text, Path::new("p.md"), &ImportOptions::default())
                .unwrap_err()
                .to_string();
        assert!(
            err.starts_with(&format!("p.md:{line}: ")),
            "{text:?}: {err}"
        );
    }
}

#[test]
fn a_web_page_is_refused_not_imported_as_text() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("wp.html");
    fs::write(
        &page,
        "<!DOCTYPE html><html lang=\"ar\"><head><title>خبر</title></head><body><p>نص.</p></body></html>",
    )
    .unwrap();
    let err = import_file(&page, &tmp.path().join("out"), &ImportOptions::default()).unwrap_err();
    assert!(matches!(err, ImportError::Html { .. }), "{err}");
    assert!(!tmp.path().join("out").exists(), "nothing written");
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        cases: 512,
        failure_persistence: None,
        ..Default::default()
    })]

    /// Any text that opens like a post gives an article or an error naming the file, never a
    /// panic; and what is written back is front matter Sahifa reads.
    #[test]
    fn any_post_imports_or_is_refused_without_panic(
        fence in proptest::sample::select(vec!["---", "+++"]),
        front in "(title|date|tags|aliases|taxonomies|extra|author|draft)?[ :=\\[\\]{}\"'\\-\n]{0,3}[ء-ي a-z0-9:\\-\n\\[\\]\"=]{0,40}",
        close in proptest::option::of(proptest::sample::select(vec!["---", "+++", "..."])),
        body in "[ء-ي {}<>%\n]{0,30}",
    ) {
        let text = format!("{fence}\n{front}\n{}\n{body}", close.unwrap_or(""));
        if let Ok(a) = crate::import::posts::import_post(&text, Path::new("p.md"), &ImportOptions::default()) {
            let file = to_article_file(&a);
            let parsed: Result<serde_yaml::Value, _> = serde_yaml::from_str(
                file.strip_prefix("---\n").and_then(|r| r.split_once("\n---\n")).map_or("", |(f, _)| f),
            );
            proptest::prop_assert!(parsed.is_ok(), "{file}");
        }
    }
}

/// A Jekyll post is dated by its file name when its front matter is not, and keeps the slug
/// its URL was made from, without the day.
#[test]
fn a_jekyll_post_takes_its_day_from_its_name() {
    let src = "_posts/2024-01-02-gaza-aid.md";
    let a = post("---\ntitle: المساعدات تصل غزة\n---\nنص.\n", src);
    assert_eq!(a.date.as_deref(), Some("2024-01-02"));
    assert_eq!(article_file_name(&a, Path::new(src), false), "gaza-aid.md");
    // The front matter's own date wins.
    let a = post("---\ntitle: خبر\ndate: 2024-01-05\n---\nنص.\n", src);
    assert_eq!(a.date.as_deref(), Some("2024-01-05"));
    // A name that only starts with digits is no Jekyll name.
    let a = post("---\ntitle: خبر\n---\nنص.\n", "posts/2024-report.md");
    assert_eq!(a.date, None);
    assert_eq!(a.file_stem.as_deref(), Some("2024-report"));
}

/// A post of Jekyll's `_drafts/` is imported as a draft (and said to be); one whose front
/// matter already says `draft` keeps its own, and a `_drafts` folder of another archive is
/// no Jekyll draft.
#[test]
fn a_jekyll_draft_is_imported_as_a_draft() {
    let text = "---\ntitle: مسودة عن الانتخابات\n---\nنص لم ينشر بعد.\n";
    let a = post(text, "site/_drafts/elections.md");
    assert!(!a.page);
    assert_eq!(a.front.get("draft"), Some(&serde_yaml::Value::Bool(true)));
    assert!(
        a.notes.iter().any(|n| n.text.contains("_drafts/")),
        "{:?}",
        a.notes
    );
    assert!(to_article_file(&a).contains("\ndraft: true\n"));
    assert_eq!(a.front.get("section"), None, "`_drafts` is no section");
    let own = post(
        "---\ntitle: مسودة\ndraft: false\n---\nنص.\n",
        "site/_drafts/elections.md",
    );
    assert_eq!(
        own.front.get("draft"),
        Some(&serde_yaml::Value::Bool(false))
    );
    let hugo = post(text, "content/_drafts/elections.md");
    assert_eq!(hugo.front.get("draft"), None);
    let published = post(text, "site/_posts/2024-01-02-elections.md");
    assert_eq!(published.front.get("draft"), None);
}

/// A page whose front matter says `draft: true` is left out, with the reason; one that says
/// `draft: false` is imported without the key, which a page of Sahifa's has not.
#[test]
fn a_draft_page_is_left_out_and_no_page_keeps_draft() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("content/articles");
    let src = tmp.path().join("about.md");
    let page = "---\ntitle: من نحن\nlayout: page\ndraft: true\n---\nموقع إخباري مستقل.\n";
    fs::write(&src, page).expect("write page");
    let err = import_file(&src, &out, &ImportOptions::default()).unwrap_err();
    match err {
        ImportError::NotImported { reason, .. } => assert!(reason.contains("draft"), "{reason}"),
        other => panic!("expected NotImported, got {other:?}"),
    }
    assert!(!tmp.path().join("content/pages").exists());

    fs::write(&src, page.replace("draft: true", "draft: false")).expect("write page");
    let report = import_file(&src, &out, &ImportOptions::default()).expect("import page");
    assert_eq!(report.written, tmp.path().join("content/pages/about.md"));
    let written = fs::read_to_string(&report.written).expect("read back");
    assert!(!written.contains("draft"), "{written}");
    crate::load::pages::parse_page(Path::new("pages/about.md"), &written).expect("a valid page");
}
