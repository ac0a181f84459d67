//! Bad input fails the build with file:line, reports every problem, and leaves the previous
//! output untouched; the CLI's exit codes; determinism across thread counts; `init`.

use crate::common;

use std::process::Command;

use common::{news_site, tree, write};
use sahifa::{BuildOptions, Error, build};

fn sahifa() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sahifa"))
}

#[test]
fn bad_front_matter_fails_with_file_line_and_keeps_public() {
    let site = news_site();
    let status = sahifa()
        .args(["build", "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    assert!(status.status.success());
    let before = tree(&site.path().join("public"));

    write(
        site.path(),
        "content/articles/broken.md",
        "---\ntitle: \"عنوان غير مغلق\ndate: 2022-01-19\n---\nنص\n",
    );
    write(
        site.path(),
        "content/articles/no-title.md",
        "---\ndate: 2022-01-19\n---\nنص\n",
    );
    let out = sahifa()
        .args(["build", "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("content/articles/broken.md:"), "{stderr}");
    assert!(
        stderr.contains("content/articles/no-title.md:1:1: error: the article has no `title`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 problems found"),
        "all errors of the run: {stderr}"
    );
    assert_eq!(
        tree(&site.path().join("public")),
        before,
        "previous output untouched"
    );
}

#[test]
fn unknown_template_variable_names_the_template_and_line() {
    let site = news_site();
    build(&BuildOptions {
        root: site.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap();
    let before = tree(&site.path().join("public"));
    write(
        site.path(),
        "templates/article.html",
        "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ article.title }}</h1>\n<p>{{ article.no_such_field }}</p>\n{% endblock content %}\n",
    );
    let err = build(&BuildOptions {
        root: site.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap_err();
    let Error::Content(list) = &err else {
        panic!("{err}")
    };
    assert_eq!(list.len(), 1, "reported once, not once per article: {err}");
    assert_eq!(list[0].path, std::path::Path::new("templates/article.html"));
    assert_eq!(list[0].line, Some(4), "{err}");
    assert_eq!(tree(&site.path().join("public")), before);
}

#[test]
fn template_syntax_error_is_reported() {
    let site = news_site();
    write(
        site.path(),
        "templates/index.html",
        "{% extends \"base.html\" %}\n{% block content %}{% if %}{% endblock content %}\n",
    );
    let err = build(&BuildOptions {
        root: site.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap_err();
    assert_eq!(err.exit_code(), 1);
    let d = &err.diagnostics()[0];
    assert_eq!(d.path, std::path::Path::new("templates/index.html"));
    assert_eq!(d.line, Some(2), "{err}");
}

#[test]
fn config_errors_exit_2() {
    let site = news_site();
    write(
        site.path(),
        "config.yaml",
        "title: x\nbase_url: \"example.com\"\n",
    );
    let out = sahifa()
        .args(["build", "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid base_url"));
    let out = sahifa()
        .args(["build", "--root"])
        .arg(site.path().join("missing"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// An error reported to a reader that has gone (`sahifa build 2>&1 | head -1`) still exits 2:
/// printing to a closed stderr once panicked (exit 101). The read end is closed before the
/// build gets to its error (it reads the site first), so each round writes into a closed pipe.
#[test]
fn an_error_written_to_a_closed_stderr_still_exits_2() {
    let site = news_site();
    write(
        site.path(),
        "config.yaml",
        "title: x\nbase_url: \"example.com\"\n",
    );
    for _ in 0..5 {
        let mut child = sahifa()
            .args(["build", "--root"])
            .arg(site.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stderr.take());
        assert_eq!(child.wait().unwrap().code(), Some(2));
    }
}

#[test]
fn output_inside_content_is_refused() {
    let site = news_site();
    let err = build(&BuildOptions {
        root: site.path().to_path_buf(),
        output: Some("content/out".into()),
        ..Default::default()
    })
    .unwrap_err();
    assert!(err.to_string().contains("would overwrite"), "{err}");
}

#[test]
fn duplicate_names_and_slugs_name_both_files() {
    let site = news_site();
    write(
        site.path(),
        "content/entities/putin2.md",
        "---\ntype: person\nname: بوتين\n---\n",
    );
    write(
        site.path(),
        "content/articles/dup.md",
        "---\ntitle: x\nslug: ashgabat\n---\n",
    );
    let err = build(&BuildOptions {
        root: site.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("article slug `ashgabat`"), "{text}");
    let err2 = {
        std::fs::remove_file(site.path().join("content/articles/dup.md")).unwrap();
        build(&BuildOptions {
            root: site.path().to_path_buf(),
            ..Default::default()
        })
        .unwrap_err()
    };
    assert!(err2.to_string().contains("putin.md"), "{err2}");
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let site = news_site();
    let mut trees = Vec::new();
    for threads in ["1", "2", "8"] {
        let out = site.path().join(format!("out-{threads}"));
        let status = sahifa()
            .env("RAYON_NUM_THREADS", threads)
            .args(["build", "--root"])
            .arg(site.path())
            .arg("--output")
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success());
        trees.push(tree(&out));
    }
    assert!(trees[0].len() > 10);
    assert_eq!(trees[0], trees[1]);
    assert_eq!(trees[0], trees[2]);
}

#[test]
fn init_creates_a_site_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("جديد");
    let out = sahifa().arg("init").arg(&site).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = sahifa()
        .args(["build", "--root"])
        .arg(&site)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("1 article, 6 entities"), "{stdout}");
    let html = std::fs::read_to_string(site.join("public/articles/putin-raisi-moscow/index.html"))
        .unwrap();
    assert!(html.contains("/my-site/entities/vladimir-putin/"));
    // init refuses a non-empty folder.
    assert!(!sahifa().arg("init").arg(&site).status().unwrap().success());
}

#[test]
fn import_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("seed.txt");
    std::fs::write(&input, "بوتين يستقبل رئيسي ويُشيد بالعلاقات الثنائية\n\n02 : 00\n\nأشاد الرئيس الروسي فلاديمير بوتين بتطور العلاقات.\n").unwrap();
    let run = |force: bool| {
        let mut c = sahifa();
        c.arg("import")
            .arg(&input)
            .arg("--out")
            .arg(dir.path().join("articles"))
            .args(["--date", "2023-12-08"]);
        if force {
            c.arg("--force");
        }
        c.output().unwrap()
    };
    let first = run(false);
    assert!(first.status.success());
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(
        stdout.contains("02 : 00"),
        "the dropped line is reported: {stdout}"
    );
    let name = "2023-12-08-بوتين-يستقبل-رئيسي-ويشيد-بالعلاقات-الثنائية.md";
    let text = std::fs::read_to_string(dir.path().join("articles").join(name)).unwrap();
    assert!(
        text.contains("title: بوتين يستقبل رئيسي ويُشيد بالعلاقات الثنائية"),
        "{text}"
    );
    assert!(text.contains("date: 2023-12-08"));
    assert!(!text.contains("02 : 00"));
    // Dated: no warning about dates.
    assert!(!String::from_utf8_lossy(&first.stderr).contains("no publication date"));
    let second = run(false);
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("--force"));
    assert!(run(true).status.success());
}

#[test]
fn import_without_date_warns_for_each_article_and_names_files_by_title() {
    let dir = tempfile::tempdir().unwrap();
    let raw = dir.path().join("raw");
    std::fs::create_dir_all(&raw).unwrap();
    std::fs::write(
        raw.join("004_6f0a9217f2707c77.txt"),
        "في إطار تعزيز العلاقات الثنائية بين روسيا وإيران ، دعا الرئيس الروسي فلاديمير بوتين الرئيس الإيراني مسعود بيزشكيان للقيام بزيارة رسمية إلى موسكو .\n\nوقال بوتين إن التعاون بين البلدين يشهد نمواً ملحوظاً.\n",
    )
    .unwrap();
    std::fs::write(
        raw.join("000_fa9047c7da30c20c.txt"),
        "بوتين يستقبل رئيسي\nاستضاف الرئيس الروسي فلاديمير بوتين نظيره الإيراني في موسكو.\n",
    )
    .unwrap();
    let out = sahifa()
        .arg("import")
        .arg(&raw)
        .arg("--out")
        .arg(dir.path().join("articles"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("warning: no publication date").count(),
        2,
        "{stderr}"
    );
    assert!(stderr.contains("--date YYYY-MM-DD"), "{stderr}");
    // Readable names from the titles, not the scraper's hash names.
    let article = dir
        .path()
        .join("articles/في-إطار-تعزيز-العلاقات-الثنائية.md");
    let text = std::fs::read_to_string(&article).unwrap();
    assert!(dir.path().join("articles/بوتين-يستقبل-رئيسي.md").is_file());
    // The title is not repeated at the start of the text, and no mark is left after a space.
    assert!(text.contains("\n\nدعا الرئيس الروسي"), "{text}");
    assert!(text.contains("إلى موسكو.\n"), "{text}");
    assert!(!text.contains(" ،") && !text.contains(" ."), "{text}");
}

/// The newcomer's path: an undated import warns and advises `--date … --force`; doing so
/// leaves one article, the dated one, and says which file it replaced.
#[test]
fn import_again_with_a_date_and_force_replaces_the_undated_article() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("one.txt");
    std::fs::write(
        &input,
        "بوتين يستقبل رئيسي\nاستضاف الرئيس الروسي فلاديمير بوتين نظيره الإيراني في موسكو.\n",
    )
    .unwrap();
    let articles = dir.path().join("articles");
    let run = |args: &[&str]| {
        sahifa()
            .arg("import")
            .arg(&input)
            .arg("--out")
            .arg(&articles)
            .args(args)
            .output()
            .unwrap()
    };
    let undated = run(&[]);
    assert!(undated.status.success());
    let stderr = String::from_utf8_lossy(&undated.stderr);
    assert!(stderr.contains("--date YYYY-MM-DD --force"), "{stderr}");
    let refused = run(&["--date", "2023-11-01"]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("already imported as"), "{stderr}");
    let forced = run(&["--date", "2023-11-01", "--force"]);
    assert!(forced.status.success());
    assert!(String::from_utf8_lossy(&forced.stdout).contains("replaces"));
    let names: Vec<String> = std::fs::read_dir(&articles)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["2023-11-01-بوتين-يستقبل-رئيسي.md"]);
}

#[test]
fn build_names_the_entities_that_get_no_page() {
    let site = news_site();
    let out = sahifa()
        .args(["build", "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    // مصرنا is another word: no article names مصر.
    assert!(
        stdout.contains("1 entity is named in no article and gets no page (egypt)"),
        "{stdout}"
    );
    assert!(stdout.contains("entity_pages: all"), "{stdout}");
}
