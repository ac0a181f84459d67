//! Incremental rebuilds must give exactly the output of a full build of the same content.

use crate::common;

use std::path::{Path, PathBuf};

use common::{news_site, tree, write};
use sahifa::incremental::{ChangeKind, LiveSite};
use sahifa::{BuildOptions, build};

pub(super) fn options(root: &Path, out: &str) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        output: Some(root.join(out)),
        ..Default::default()
    }
}

/// Applies `change` incrementally and compares with a fresh full build.
fn assert_same_as_full_build(
    root: &Path,
    live: &mut LiveSite,
    changes: &[ChangeKind],
) -> sahifa::incremental::Applied {
    let applied = live.apply(changes).unwrap();
    // `serve` shows the edited pages first, then makes the search index again.
    live.refresh_search().unwrap();
    build(&options(root, "full")).unwrap();
    // The whole output, search index included.
    let (inc, full) = (tree(&root.join("live")), tree(&root.join("full")));
    let names = |t: &[(PathBuf, Vec<u8>)]| t.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&inc), names(&full), "same files");
    for ((path, a), (_, b)) in inc.iter().zip(&full) {
        assert!(
            a == b,
            "{} differs after {changes:?}:\n--- incremental\n{}\n--- full\n{}",
            path.display(),
            String::from_utf8_lossy(a),
            String::from_utf8_lossy(b)
        );
    }
    applied
}

/// The search bundle's files of an output folder.
fn search_index(out: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    tree(out)
        .into_iter()
        .filter(|(p, _)| p.starts_with("pagefind"))
        .collect()
}

pub(super) fn article(name: &str) -> ChangeKind {
    ChangeKind::Article(PathBuf::from(format!("content/articles/{name}.md")))
}

#[test]
fn edits_additions_deletions_match_a_full_build() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();

    // Edit: new title and text, Moscow dropped, Tehran added.
    write(
        root,
        "content/articles/moscow-summit.md",
        "---\ntitle: \"قمة معدّلة\"\ndate: 2022-01-19\n---\nاستقبل فلاديمير بوتين إبراهيم رئيسي في طهران، وتحدثا عن روسيا وإيران.\n",
    );
    let applied = assert_same_as_full_build(root, &mut live, &[article("moscow-summit")]);
    assert!(!applied.full && applied.pages > 0);

    // Date change reorders every list the article is in.
    write(
        root,
        "content/articles/tehran-visit.md",
        "---\ntitle: \"بوتين في طهران\"\ndate: 2025-03-01\n---\nزار بوتين طهران والتقى رئيسي.\n",
    );
    assert_same_as_full_build(root, &mut live, &[article("tehran-visit")]);

    // Addition, with enough articles to paginate Putin's page further.
    for n in 0..3 {
        write(
            root,
            &format!("content/articles/new-{n}.md"),
            &format!(
                "---\ntitle: \"خبر {n}\"\ndate: 2023-0{}-01\n---\nقال بوتين في موسكو إن روسيا ومصر.\n",
                n + 1
            ),
        );
        assert_same_as_full_build(root, &mut live, &[article(&format!("new-{n}"))]);
    }

    // A plain text edit of the oldest article (last page of Putin's list): only that page and
    // page 1 of each entity change.
    write(
        root,
        "content/articles/moscow-summit.md",
        "---\ntitle: \"قمة معدّلة\"\ndate: 2022-01-19\n---\nاستقبل فلاديمير بوتين إبراهيم رئيسي في طهران، وتحدثا طويلاً عن روسيا وإيران.\n",
    );
    assert_same_as_full_build(root, &mut live, &[article("moscow-summit")]);

    // Slug change moves the page.
    write(
        root,
        "content/articles/new-1.md",
        "---\ntitle: \"خبر 1\"\nslug: renamed\ndate: 2023-02-01\n---\nقال بوتين في موسكو.\n",
    );
    assert_same_as_full_build(root, &mut live, &[article("new-1")]);
    assert!(!root.join("live/articles/new-1").exists());

    // Deletions, including one that empties pagination pages; and a draft disappears too.
    std::fs::remove_file(root.join("content/articles/new-0.md")).unwrap();
    let applied = assert_same_as_full_build(root, &mut live, &[article("new-0")]);
    assert!(applied.removed >= 1);
    write(
        root,
        "content/articles/new-2.md",
        "---\ntitle: \"خبر 2\"\ndraft: true\n---\nبوتين.\n",
    );
    assert_same_as_full_build(root, &mut live, &[article("new-2")]);
    std::fs::remove_file(root.join("content/articles/ashgabat.md")).unwrap();
    assert_same_as_full_build(root, &mut live, &[article("ashgabat")]);
}

#[test]
fn a_broken_article_keeps_the_old_state_and_files() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let before = tree(&root.join("live"));
    write(
        root,
        "content/articles/ashgabat.md",
        "---\ntitle: \"غير مغلق\ndate: 2024-10-11\n---\nنص\n",
    );
    let err = live.apply(&[article("ashgabat")]).unwrap_err();
    assert!(
        err.to_string().contains("content/articles/ashgabat.md:"),
        "{err}"
    );
    assert_eq!(tree(&root.join("live")), before);
    // Fixing it works from the kept state.
    write(
        root,
        "content/articles/ashgabat.md",
        "---\ntitle: \"لقاء عشق آباد\"\ndate: 2024-10-11\n---\nالتقى بوتين ومسعود بيزشكيان.\n",
    );
    assert_same_as_full_build(root, &mut live, &[article("ashgabat")]);
}

#[test]
fn templates_entities_config_and_static_files() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    write(
        root,
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<p>مفقود</p>{% endblock content %}",
    );
    let applied = assert_same_as_full_build(
        root,
        &mut live,
        &[ChangeKind::Template("templates/404.html".into())],
    );
    assert!(applied.full);
    write(
        root,
        "content/entities/egypt.md",
        "---\ntype: place\nname: مصر\naliases: [جمهورية مصر العربية]\n---\nدولة.\n",
    );
    assert_same_as_full_build(
        root,
        &mut live,
        &[ChangeKind::Entity("content/entities/egypt.md".into())],
    );
    // A new alias that occurs in an article, and a renamed entity: only what shows them changes.
    write(
        root,
        "content/entities/putin.md",
        "---\ntype: person\nname: فلاديمير فلاديميروفيتش بوتين\nname_en: Vladimir Putin\nwikidata: Q7747\naliases: [بوتين, فلاديمير بوتين]\n---\nرئيس روسيا.\n",
    );
    let applied = assert_same_as_full_build(
        root,
        &mut live,
        &[ChangeKind::Entity("content/entities/putin.md".into())],
    );
    assert!(!applied.full, "patched, not rebuilt");
    write(
        root,
        "content/entities/tehran.md",
        "---\ntype: place\nname: طهران\naliases: [زار]\n---\nعاصمة إيران.\n",
    );
    let applied = assert_same_as_full_build(
        root,
        &mut live,
        &[ChangeKind::Entity("content/entities/tehran.md".into())],
    );
    assert!(!applied.full);
    // A new entity changes the indices: everything is rebuilt, still the same output.
    write(
        root,
        "content/entities/ashgabat.md",
        "---\ntype: place\nname: عشق آباد\n---\nعاصمة تركمانستان.\n",
    );
    let applied = assert_same_as_full_build(
        root,
        &mut live,
        &[ChangeKind::Entity("content/entities/ashgabat.md".into())],
    );
    assert!(applied.full);
    write(root, "static/extra.css", "body{}");
    let applied = live
        .apply(&[ChangeKind::Static("extra.css".into())])
        .unwrap();
    assert!(applied.css_only);
    assert_eq!(
        std::fs::read_to_string(root.join("live/extra.css")).unwrap(),
        "body{}"
    );
    std::fs::remove_file(root.join("static/extra.css")).unwrap();
    live.apply(&[ChangeKind::Static("extra.css".into())])
        .unwrap();
    assert!(!root.join("live/extra.css").exists());
}

/// A static file named in a legacy encoding, added while `serve` runs, is refused as the full
/// build refuses it; it was published under a name of U+FFFDs (`�����.css`).
#[cfg(unix)]
#[test]
fn an_entity_gets_its_page_when_first_named_and_loses_it_when_no_longer_named() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    assert!(
        !root.join("live/entities/egypt").exists(),
        "no article names مصر"
    );

    write(
        root,
        "content/articles/cairo.md",
        "---\ntitle: \"زيارة\"\ndate: 2024-11-01\n---\nوصل الوفد إلى مصر أمس.\n",
    );
    assert_same_as_full_build(root, &mut live, &[article("cairo")]);
    assert!(root.join("live/entities/egypt/index.html").is_file());
    assert!(root.join("live/entities/egypt/feed.xml").is_file());

    write(
        root,
        "content/articles/cairo.md",
        "---\ntitle: \"زيارة\"\ndate: 2024-11-01\n---\nوصل الوفد أمس.\n",
    );
    assert_same_as_full_build(root, &mut live, &[article("cairo")]);
    assert!(!root.join("live/entities/egypt").exists());
}

/// A template edit under `serve` publishes everything again, search index included: it used
/// to swap in a staged copy without one, so `pagefind/` vanished from the preview.
#[test]
fn a_template_edit_keeps_the_search_index() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let index_of = |dir: &str| search_index(&root.join(dir));
    let before = index_of("live");
    assert!(before.len() > 10, "the first build has a search index");
    write(
        root,
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<p>الصفحة غير موجودة</p>{% endblock content %}",
    );
    live.apply(&[ChangeKind::Template("templates/404.html".into())])
        .unwrap();
    build(&options(root, "full")).unwrap();
    assert!(
        index_of("live") == index_of("full"),
        "the search index after a template edit is a fresh build's"
    );
}

/// A static file with a generated page's path, added while `serve` runs, is refused like in a
/// full build; removing it leaves the generated page in place.
#[test]
fn a_static_file_never_replaces_or_removes_a_generated_page() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let home = std::fs::read(root.join("live/index.html")).unwrap();
    write(root, "static/index.html", "<p>صفحة قديمة</p>");
    let err = live
        .apply(&[ChangeKind::Static("index.html".into())])
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("static/index.html would replace the generated file index.html"),
        "{err}"
    );
    assert_eq!(std::fs::read(root.join("live/index.html")).unwrap(), home);
    std::fs::remove_file(root.join("static/index.html")).unwrap();
    live.apply(&[ChangeKind::Static("index.html".into())])
        .unwrap();
    assert_eq!(std::fs::read(root.join("live/index.html")).unwrap(), home);
}

#[test]
fn sections_tags_and_pages_stay_as_a_full_build_makes_them() {
    let site = news_site();
    let root = site.path();
    write(
        root,
        "content/sections/politics.md",
        "---\nname: سياسة\n---\n",
    );
    write(
        root,
        "content/articles/politics/liqa.md",
        "---\ntitle: \"لقاء في عشق آباد\"\ndate: 2024-10-12\nauthor: سلمى يوسف\ntags: [قمم]\n---\nالتقى بوتين ومسعود بيزشكيان.\n",
    );
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    // A new date and title within the same section, author and tag: patched, not rebuilt.
    write(
        root,
        "content/articles/politics/liqa.md",
        "---\ntitle: \"لقاء جديد في عشق آباد\"\ndate: 2021-05-02\nauthor: سلمى يوسف\ntags: [قمم]\n---\nالتقى بوتين ومسعود بيزشكيان.\n",
    );
    let applied = assert_same_as_full_build(
        root,
        &mut live,
        &[ChangeKind::Article(
            "content/articles/politics/liqa.md".into(),
        )],
    );
    assert!(!applied.full, "{applied:?}");
    // Another tag: the tag pages, menu-less but listed, change: everything is rebuilt.
    write(
        root,
        "content/articles/politics/liqa.md",
        "---\ntitle: \"لقاء جديد في عشق آباد\"\ndate: 2021-05-02\nauthor: سلمى يوسف\ntags: [دبلوماسية]\n---\nالتقى بوتين ومسعود بيزشكيان.\n",
    );
    let applied = assert_same_as_full_build(
        root,
        &mut live,
        &[ChangeKind::Article(
            "content/articles/politics/liqa.md".into(),
        )],
    );
    assert!(applied.full);
    // A page added under content/pages/.
    write(
        root,
        "content/pages/about.md",
        "---\ntitle: من نحن\n---\nصحيفة.\n",
    );
    let applied = assert_same_as_full_build(
        root,
        &mut live,
        &[ChangeKind::Structure("content/pages/about.md".into())],
    );
    assert!(applied.full);
}

/// An edit that moves nothing re-renders the archive pages that show the article, not the
/// whole archive (some 900 pages at 10,000 articles: half a second of every save); one that
/// re-dates it renders them all again. Both give a full build's output.
#[test]
fn a_text_edit_renders_only_the_archive_pages_that_show_the_article() {
    let site = news_site();
    let root = site.path();
    let config = std::fs::read_to_string(root.join("config.yaml")).unwrap();
    write(
        root,
        "config.yaml",
        &config.replace("pagination:\n", "pagination:\n  archive: 1\n"),
    );
    for n in 1..=9 {
        write(
            root,
            &format!("content/articles/day-{n}.md"),
            &format!("---\ntitle: \"يوم {n}\"\ndate: 2021-0{n}-0{n}\n---\nقال بوتين في موسكو.\n"),
        );
    }
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let archive_pages = walk_index_pages(&root.join("live/archive"));
    assert!(archive_pages >= 30, "{archive_pages} archive pages");

    write(
        root,
        "content/articles/day-5.md",
        "---\ntitle: \"يوم 5، معدّل\"\ndate: 2021-05-05\n---\nقال بوتين في موسكو كلاماً جديداً.\n",
    );
    let text_edit = assert_same_as_full_build(root, &mut live, &[article("day-5")]);
    write(
        root,
        "content/articles/day-5.md",
        "---\ntitle: \"يوم 5، معدّل\"\ndate: 2021-08-20\n---\nقال بوتين في موسكو كلاماً جديداً.\n",
    );
    let re_dated = assert_same_as_full_build(root, &mut live, &[article("day-5")]);
    assert!(
        re_dated.pages >= archive_pages,
        "a re-dated article shifts the archive: {} pages rendered",
        re_dated.pages
    );
    assert!(
        text_edit.pages + archive_pages - 3 <= re_dated.pages,
        "a text edit rendered {} pages, a re-dating {} (archive: {archive_pages} pages)",
        text_edit.pages,
        re_dated.pages
    );
}

/// The `index.html` files under `dir`: one per list page.
fn walk_index_pages(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "index.html")
        .count()
}

/// `serve` gives up a search refresh when the writer saves again: the index left behind is
/// still the previous one, whole (its entry file names only files that exist), it stays
/// stale, and the next refresh makes a full build's index.
#[test]
fn an_interrupted_search_refresh_leaves_the_previous_index_whole() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let index_of = |dir: &str| search_index(&root.join(dir));
    let before = index_of("live");
    write(
        root,
        "content/articles/ashgabat.md",
        "---\ntitle: \"لقاء عشق آباد\"\ndate: 2024-10-11\n---\nالتقى بوتين ومسعود بيزشكيان في عشق آباد وتحدثا عن تركمانستان.\n",
    );
    live.apply(&[article("ashgabat")]).unwrap();
    assert!(live.search_is_stale());
    let writes = std::sync::atomic::AtomicUsize::new(0);
    // Interrupted after a few files: part of the new index is written, not its entry.
    let interrupted = || writes.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 3;
    assert!(!live.refresh_search_unless(&interrupted).unwrap());
    assert!(live.search_is_stale(), "still to be made again");
    let after = index_of("live");
    let entry = |files: &[(PathBuf, Vec<u8>)]| {
        files
            .iter()
            .find(|(p, _)| p.ends_with("pagefind-entry.json"))
            .map(|(_, b)| b.clone())
    };
    assert_eq!(
        entry(&after),
        entry(&before),
        "the entry is the previous one"
    );
    for (path, _) in &before {
        assert!(
            after.iter().any(|(p, _)| p == path),
            "{} of the previous index is still there",
            path.display()
        );
    }
    assert!(live.refresh_search_unless(&|| false).unwrap());
    build(&options(root, "full")).unwrap();
    assert!(
        index_of("live") == index_of("full"),
        "then a fresh build's index"
    );
}

/// A text edit that keeps an entity's counts and companions re-renders page 1 of its pages
/// (the timeline) and the page that shows the article, not all of them: an entity named in
/// thousands of articles has hundreds of pages. The pages left alone keep their files.
#[cfg(unix)]
#[test]
fn a_text_edit_renders_only_the_entity_pages_that_show_the_article() {
    use std::os::unix::fs::MetadataExt;
    let site = news_site();
    let root = site.path();
    for n in 1..=9 {
        write(
            root,
            &format!("content/articles/day-{n}.md"),
            &format!("---\ntitle: \"يوم {n}\"\ndate: 2021-0{n}-0{n}\n---\nقال بوتين كلاماً.\n"),
        );
    }
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let putin = root.join("live/entities/putin");
    let inodes = || {
        let mut pages: Vec<(PathBuf, u64)> = walkdir::WalkDir::new(&putin)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_name() == "index.html")
            .map(|e| (e.path().to_path_buf(), e.metadata().unwrap().ino()))
            .collect();
        pages.sort();
        pages
    };
    let before = inodes();
    assert!(before.len() >= 6, "{} pages of Putin", before.len());

    write(
        root,
        "content/articles/day-5.md",
        "---\ntitle: \"يوم 5\"\ndate: 2021-05-05\n---\nقال بوتين كلاماً جديداً.\n",
    );
    assert_same_as_full_build(root, &mut live, &[article("day-5")]);
    let after = inodes();
    let rendered: Vec<&PathBuf> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a)
        .map(|(b, _)| &b.0)
        .collect();
    assert!(
        rendered.len() <= 2,
        "only page 1 and the article's page are rendered again: {rendered:?}"
    );

    // A second mention of Putin changes his counts: every page shows them.
    write(
        root,
        "content/articles/day-5.md",
        "---\ntitle: \"يوم 5\"\ndate: 2021-05-05\n---\nقال بوتين كلاماً جديداً، وكرر بوتين ذلك.\n",
    );
    assert_same_as_full_build(root, &mut live, &[article("day-5")]);
    let again = inodes();
    assert!(after.iter().zip(&again).all(|(a, b)| a != b), "every page");
}

#[test]
fn an_edit_moving_an_article_with_aliases_moves_its_redirects_too() {
    let site = news_site();
    let root = site.path();
    let with_alias = |slug: &str, title: &str| {
        format!(
            "---\ntitle: \"{title}\"\nslug: {slug}\ndate: 2023-02-01\naliases: [/old/story/]\n---\nقال بوتين في موسكو.\n"
        )
    };
    write(
        root,
        "content/articles/moved.md",
        &with_alias("first", "خبر"),
    );
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    // The redirect names the article's address and title: both change with the article.
    write(
        root,
        "content/articles/moved.md",
        &with_alias("second", "خبر"),
    );
    assert_same_as_full_build(root, &mut live, &[article("moved")]);
    write(
        root,
        "content/articles/moved.md",
        &with_alias("second", "خبر معدّل"),
    );
    assert_same_as_full_build(root, &mut live, &[article("moved")]);
}
