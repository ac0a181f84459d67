//! A newsroom imports its Hugo or Jekyll archive (`tests/old_archives/`): the archive's
//! structure must survive, not only its posts' keys. The folder under the posts root is the
//! section, the old addresses (the front matter's and the generator's default) redirect to
//! the articles, the lead image (`featured_image`, `cover.image`, Jekyll's `image`) is kept,
//! and the pages (`about/_index.md`, `contact.md`, `layout: page`) are pages, not news.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{fixture_copy, ok, read_file as read};

fn sahifa(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .current_dir(cwd)
        .args(args)
        .output()
        .unwrap()
}

/// A new site beside the copied archives, without its sample articles.
fn new_site(dir: &Path) -> std::path::PathBuf {
    ok(sahifa(dir, &["init", "site"]));
    let site = dir.join("site");
    for sample in std::fs::read_dir(site.join("content/articles")).unwrap() {
        std::fs::remove_file(sample.unwrap().path()).unwrap();
    }
    site
}

/// The redirect page at `old` (a file of the output) leads to the article `slug`.
fn redirects(out: &Path, old: &str, slug: &str) {
    let page = read(&out.join(old));
    assert!(
        page.contains("http-equiv=\"refresh\"") && page.contains(&format!("articles/{slug}/\">")),
        "{old}: {page}"
    );
}

#[test]
fn a_hugo_archive_keeps_its_sections_old_addresses_images_and_pages() {
    let dir = fixture_copy("old_archives");
    let site = new_site(dir.path());
    let said = ok(sahifa(&site, &["import", "../hugo/content"]));
    for line in [
        "kept: section: economy (its folder)",
        "old address kept (redirect): /posts/economy/wheat-prices/ (the old generator's default address)",
        "line 4: old address kept (redirect): /siyasa/vote-2024/ (from `url`)",
        "featured_image → image: cover.png; its alt text is the title",
        "cover → image: images/ballot.png (a file of the old site's root: copy it to static/images/ballot.png)",
        "content/pages/about.md (a page of the site, not an article)",
        "content/pages/contact.md (a page of the site, not an article)",
        "posts/_index.md not imported: the list page of a folder of posts",
        "the list page of section `economy`: its name and description written to",
    ] {
        assert!(said.contains(line), "{line}\n{said}");
    }
    let wheat = read(&site.join("content/articles/wheat-prices/index.md"));
    assert!(
        wheat.contains(
            "section: economy\nimage:\n  src: cover.png\n  alt: ارتفاع أسعار القمح في الأسواق\n"
        ),
        "{wheat}"
    );
    let council = read(&site.join("content/articles/council.md"));
    assert!(
        council.contains("section: local\n") && !council.contains("section: politics"),
        "the front matter's section wins: {council}"
    );
    assert_eq!(
        read(&site.join("content/sections/economy.md")),
        "---\nname: اقتصاد\n---\n\nأخبار الأسواق والأسعار.\n"
    );
    let about = read(&site.join("content/pages/about.md"));
    assert!(
        about.starts_with("---\ntitle: من نحن\ndescription:"),
        "{about}"
    );

    // The old site's static files are the editor's to copy, as the report says.
    let static_images = site.join("static/images");
    std::fs::create_dir_all(&static_images).unwrap();
    std::fs::copy(
        dir.path().join("hugo/static/images/ballot.png"),
        static_images.join("ballot.png"),
    )
    .unwrap();
    let built = sahifa(&site, &["build"]);
    let warnings = String::from_utf8_lossy(&built.stderr).into_owned();
    ok(built);
    assert!(!warnings.contains("front matter key"), "{warnings}");
    assert!(!warnings.contains("no publication date"), "{warnings}");
    ok(sahifa(&site, &["check"]));
    let out = site.join("public");
    redirects(
        &out,
        "posts/economy/wheat-prices/index.html",
        "wheat-prices",
    );
    redirects(&out, "2024/03/wheat/index.html", "wheat-prices");
    redirects(&out, "siyasa/vote-2024/index.html", "vote");
    redirects(&out, "posts/politics/council/index.html", "council");
    let economy = read(&out.join("sections/economy/index.html"));
    assert!(
        economy.contains("اقتصاد") && economy.contains("ارتفاع أسعار القمح في الأسواق"),
        "{economy}"
    );
    assert!(
        read(&out.join("sections/politics/index.html"))
            .contains("الناخبون يتوجهون إلى صناديق الاقتراع")
    );
    let article = read(&out.join("articles/wheat-prices/index.html"));
    assert!(
        article.contains("alt=\"ارتفاع أسعار القمح في الأسواق\""),
        "the lead image is published"
    );
    assert!(read(&out.join("articles/vote/index.html")).contains("alt=\"صندوق اقتراع شفاف\""));
    assert!(read(&out.join("about/index.html")).contains("تنشر أخبار المدينة منذ عشر سنوات"));
    assert!(out.join("contact/index.html").is_file());
    assert!(
        !out.join("articles/about").exists() && !out.join("articles/contact").exists(),
        "pages are not news"
    );
}

#[test]
fn a_jekyll_archive_keeps_its_permalinks_default_addresses_and_pages() {
    let dir = fixture_copy("old_archives");
    let site = new_site(dir.path());
    let imported = sahifa(&site, &["import", "../jekyll"]);
    let import_warnings = String::from_utf8_lossy(&imported.stderr).into_owned();
    let said = ok(imported);
    assert!(
        !import_warnings.contains("ceasefire-talks"),
        "a draft is dated when it is published: {import_warnings}"
    );
    for line in [
        "old address kept (redirect): /أخبار/2024/01/02/gaza-aid.html (the old generator's default address)",
        "line 5: old address kept (redirect): /news/rain-story/ (from `permalink`)",
        "old address kept (redirect): /economy/2024/03/04/bread.html",
        "kept: section: economy (its folder)",
        "image → image: assets/aid.png (a file of the old site's root: copy it to static/assets/aid.png)",
        "content/pages/about.md (a page of the site, not an article)",
        "kept: old address /about-us/: the page's slug",
        "index.md not imported: the old site's home or 404 page",
        "kept: draft: true (it lies in _drafts/)",
        "ads.md not imported: a draft page: never published, so not imported",
    ] {
        assert!(said.contains(line), "{line}\n{said}");
    }
    assert!(
        !said.contains("rain-story/ (the old generator"),
        "a permalink replaces the default address: {said}"
    );
    assert_eq!(
        read(&site.join("content/pages/about.md")),
        "---\ntitle: من نحن\nslug: about-us\n---\n\nمدونة إخبارية يكتبها فريق صغير من الصحفيين المستقلين.\n"
    );
    let draft = read(&site.join("content/articles/ceasefire-talks.md"));
    assert!(
        draft.contains("title: محادثات الهدنة تتعثر")
            && draft.contains("\ndraft: true\n")
            && !draft.contains("section:"),
        "{draft}"
    );
    assert!(
        !site.join("content/pages/ads.md").exists(),
        "a draft page is left out"
    );
    let assets = site.join("static/assets");
    std::fs::create_dir_all(&assets).unwrap();
    std::fs::copy(
        dir.path().join("jekyll/assets/aid.png"),
        assets.join("aid.png"),
    )
    .unwrap();
    let built = sahifa(&site, &["build"]);
    let warnings = String::from_utf8_lossy(&built.stderr).into_owned();
    ok(built);
    assert!(!warnings.contains("no publication date"), "{warnings}");
    ok(sahifa(&site, &["check"]));
    let out = site.join("public");
    redirects(&out, "news/rain-story/index.html", "rain");
    redirects(&out, "أخبار/2024/01/02/gaza-aid.html", "gaza-aid");
    redirects(&out, "economy/2024/03/04/bread.html", "bread");
    assert!(read(&out.join("sections/economy/index.html")).contains("سعر الخبز يستقر"));
    assert!(read(&out.join("about-us/index.html")).contains("فريق صغير من الصحفيين"));
    assert!(!out.join("articles/about").exists(), "a page is not news");
    assert!(
        !out.join("articles/ceasefire-talks").exists(),
        "a draft is not published"
    );
    assert!(!read(&out.join("index.html")).contains("محادثات الهدنة"));
}
