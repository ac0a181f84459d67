//! A newsroom moves its archive from Hugo or Zola: `sahifa init`, then `sahifa import` of the
//! old content folder, then `build` and `check`. Titles, dates, tags (Hugo's categories and
//! Zola's taxonomies too), authors and the old addresses (`aliases`) must survive; every
//! key without a counterpart is reported; the body is kept as written.

use std::path::Path;

use crate::common::{ok, read_file as read};
use std::process::{Command, Output};

fn sahifa(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .current_dir(cwd)
        .args(args)
        .output()
        .unwrap()
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_hugo_and_a_zola_archive_are_imported_with_their_tags_authors_and_old_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old");
    write(
        &old,
        "hugo/content/posts/cairo-wheat.md",
        "---\ntitle: \"ارتفاع أسعار القمح في القاهرة\"\ndate: 2024-03-01T10:00:00+02:00\n\
         categories: [\"أسواق\"]\nauthor: \"سلمى يوسف\"\naliases: [\"/old/cairo-wheat.html\", \"/2024/03/wheat/\"]\n\
         weight: 3\n---\n\nارتفعت أسعار القمح في القاهرة، وقال وزير التموين إن الحكومة تراقب السوق.\n",
    );
    write(
        &old,
        "hugo/content/posts/_index.md",
        "---\ntitle: الأخبار\n---\n",
    );
    write(&old, "hugo/content/posts/README.md", "# ملاحظات المحرر\n");
    write(
        &old,
        "zola/content/news/tunis-vote/index.md",
        "+++\ntitle = \"انتخابات بلدية في تونس\"\ndate = 2024-06-01\n[taxonomies]\ntags = [\"سياسة\"]\n\
         authors = [\"أحمد علي\"]\n[extra]\nimage = \"vote.jpg\"\n+++\n\nجرت الانتخابات البلدية في تونس وصفاقس.\n",
    );
    ok(sahifa(dir.path(), &["init", "site"]));
    let site = dir.path().join("site");
    for sample in std::fs::read_dir(site.join("content/articles")).unwrap() {
        std::fs::remove_file(sample.unwrap().path()).unwrap();
    }
    let said = ok(sahifa(
        &site,
        &["import", "../old/hugo/content", "../old/zola/content"],
    ));
    assert!(said.contains("dropped (no Sahifa key): weight"), "{said}");
    assert!(said.contains("dropped (no Sahifa key): extra"), "{said}");
    let mut imported: Vec<String> = std::fs::read_dir(site.join("content/articles"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    imported.sort();
    assert_eq!(
        imported,
        ["cairo-wheat.md", "tunis-vote.md"],
        "README and _index left out"
    );

    let built = sahifa(&site, &["build"]);
    let warnings = String::from_utf8_lossy(&built.stderr).into_owned();
    ok(built);
    assert!(!warnings.contains("front matter key"), "{warnings}");
    ok(sahifa(&site, &["check"]));
    let out = site.join("public");
    let article = read(&out.join("articles/cairo-wheat/index.html"));
    assert!(article.contains("سلمى يوسف"), "the author's byline");
    assert!(
        out.join("tags/أسواق/index.html").is_file(),
        "categories become tags"
    );
    assert!(
        out.join("tags/سياسة/index.html").is_file(),
        "Zola's taxonomies too"
    );
    assert!(out.join("authors/أحمد-علي/index.html").is_file());
    for old_address in ["old/cairo-wheat.html", "2024/03/wheat/index.html"] {
        let redirect = read(&out.join(old_address));
        assert!(
            redirect.contains("<link rel=\"canonical\" href=\"https://")
                && redirect.contains("articles/cairo-wheat/\">")
                && redirect.contains("http-equiv=\"refresh\"")
                && redirect.contains("noindex"),
            "{redirect}"
        );
    }
    let sitemap = read(&out.join("sitemap.xml"));
    assert!(
        !sitemap.contains("old/cairo-wheat"),
        "a redirect is no page of the site"
    );
}

/// A Zola post copied in by hand, not imported: its taxonomies are read, and one Sahifa has
/// no counterpart for is a warning naming it, not silence.
#[test]
fn hand_copied_zola_taxonomies_are_read_or_reported() {
    let dir = tempfile::tempdir().unwrap();
    ok(sahifa(dir.path(), &["init", "site"]));
    let site = dir.path().join("site");
    write(
        &site,
        "content/articles/vote.md",
        "---\ntitle: انتخابات\ndate: 2024-06-01\ntaxonomies:\n  tags: [سياسة]\n  series: [الانتخابات]\n\
         aliases: /old/vote/\n---\nجرت الانتخابات.\n",
    );
    let built = sahifa(&site, &["build"]);
    let stderr = String::from_utf8_lossy(&built.stderr).into_owned();
    ok(built);
    assert!(
        stderr.contains("content/articles/vote.md:6:3: warning: taxonomy `series` is ignored"),
        "{stderr}"
    );
    assert!(site.join("public/tags/سياسة/index.html").is_file());
    assert!(site.join("public/old/vote/index.html").is_file());
    // An old address that is a page of the site now is refused with its file.
    write(
        &site,
        "content/articles/vote.md",
        "---\ntitle: انتخابات\ndate: 2024-06-01\naliases: [/tags/, \"/../x\"]\n---\nجرت الانتخابات.\n",
    );
    let refused = sahifa(&site, &["build"]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr
            .contains("content/articles/vote.md:4:20: error: alias `/../x`: the alias holds `..`"),
        "{stderr}"
    );
    // One differing from a page of the site only in case is that page on macOS and Windows.
    write(
        &site,
        "content/articles/vote.md",
        "---\ntitle: انتخابات\ndate: 2024-06-01\ntags: [سياسة]\naliases: [/Tags/]\n---\nجرت الانتخابات.\n",
    );
    let refused = sahifa(&site, &["build"]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains(
            "content/articles/vote.md:5:11: error: alias `/Tags/` would replace the site's own \
             `tags/index.html`"
        ),
        "{stderr}"
    );
}

/// An alias two articles share is reported at its place in the front matter (the editor
/// goes to the line), not at the file alone.
#[test]
fn an_alias_two_articles_share_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    ok(sahifa(dir.path(), &["init", "site"]));
    let site = dir.path().join("site");
    for (name, title) in [("a", "أول"), ("b", "ثان")] {
        write(
            &site,
            &format!("content/articles/{name}.md"),
            &format!(
                "---\ntitle: {title}\ndate: 2024-06-01\naliases:\n  - /old/{name}/\n  - /old/shared/\n---\nنص.\n"
            ),
        );
    }
    let refused = sahifa(&site, &["build"]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains(
            "content/articles/b.md:6:5: error: alias `/old/shared/` is also an alias of \
             content/articles/a.md"
        ),
        "{stderr}"
    );
}

/// A Hugo page bundle (`posts/flood/index.md` with its picture beside it) stays a bundle:
/// the picture the post shows is copied with it, and the build finds it. It was written as
/// `flood.md` alone, the picture dropped without a word.
#[test]
fn a_page_bundle_is_imported_with_its_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old");
    write(
        &old,
        "posts/flood/index.md",
        "---\ntitle: فيضانات في درنة\ndate: 2024-09-11\n---\n\nغمرت المياه الأحياء.\n\n\
         ![السيول في الوادي](photo.png)\n",
    );
    let mut png = std::io::Cursor::new(Vec::new());
    image::RgbImage::from_pixel(40, 30, image::Rgb([20, 90, 160]))
        .write_to(&mut png, image::ImageFormat::Png)
        .unwrap();
    let png = png.into_inner();
    std::fs::write(old.join("posts/flood/photo.png"), &png).unwrap();
    write(&old, "posts/flood/data.csv", "a,b\n");
    ok(sahifa(dir.path(), &["init", "site"]));
    let site = dir.path().join("site");
    let said = ok(sahifa(&site, &["import", "../old/posts"]));
    let articles = site.join("content/articles");
    assert!(articles.join("flood/index.md").is_file(), "{said}");
    assert!(!articles.join("flood.md").exists(), "{said}");
    assert_eq!(
        std::fs::read(articles.join("flood/photo.png")).unwrap(),
        png
    );
    assert!(said.contains("picture of the bundle copied"), "{said}");
    assert!(
        said.contains("left behind (neither a picture nor a post)") && said.contains("data.csv"),
        "{said}"
    );
    let built = sahifa(&site, &["build"]);
    let stderr = String::from_utf8_lossy(&built.stderr).into_owned();
    ok(built);
    assert!(!stderr.contains("photo.png"), "{stderr}");
    let page = read(&site.join("public/articles/flood/index.html"));
    assert!(page.contains("/images/"), "{page}");
    // Nothing is overwritten: the article, nor a picture that is not the bundle's.
    let again = sahifa(&site, &["import", "../old/posts"]);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already exists"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    std::fs::write(articles.join("flood/photo.png"), b"the editor's own").unwrap();
    let forced = sahifa(&site, &["import", "--force", "../old/posts"]);
    assert!(!forced.status.success());
    assert_eq!(
        std::fs::read(articles.join("flood/photo.png")).unwrap(),
        b"the editor's own"
    );
}
