//! Lead images: a fixture site with a JPEG beside its article and a PNG under `static/`, of
//! sizes above and below the largest width, made here with the `image` crate. Checks the
//! files written, `srcset`, `width`/`height`, the figure, `og:image`, JSON-LD, the cards on
//! the home and section pages, and that a second build takes everything from the cache.

use crate::common;

use std::path::Path;

use common::{read, site};
use image::{ImageFormat, Rgb, RgbImage};
use sahifa::load::image::content_hash;
use sahifa::{BuildOptions, build, check};

const CONFIG: &str = "title: \"صحيفة الصور\"\nbase_url: \"https://example.org/\"\nsearch: false\n";

/// A gradient (so encoders have real work), saved as `format`.
fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| {
        Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 128])
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    img.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

fn write_bytes(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

struct Fixture {
    dir: tempfile::TempDir,
    jpeg: String,
    png: String,
}

fn illustrated_site() -> Fixture {
    let dir = site(&[
        ("config.yaml", CONFIG),
        (
            "content/articles/economy/qamh.md",
            "---\ntitle: \"ارتفاع أسعار القمح في القاهرة\"\ndate: 2024-03-01\nimage:\n  src: images/field.jpg\n  alt: \"حقل قمح قبيل الحصاد\"\n  caption: \"حقل قمح في دلتا النيل\"\n  credit: \"تصوير: سلمى يوسف\"\n---\nارتفعت أسعار القمح في القاهرة.\n\n![رسم بياني للأسعار](https://example.org/chart.svg)\n",
        ),
        (
            "content/articles/economy/naft.md",
            "---\ntitle: \"النفط يصعد\"\ndate: 2024-03-09\nimage: {src: images/map.png, alt: \"خريطة حقول النفط\"}\n---\nصعد النفط.\n",
        ),
        (
            "content/articles/economy/dollar.md",
            "---\ntitle: \"الدولار يتراجع\"\ndate: 2024-03-05\n---\nتراجع الدولار.\n",
        ),
    ]);
    let jpeg = picture(2000, 1000, ImageFormat::Jpeg);
    let png = picture(700, 500, ImageFormat::Png);
    write_bytes(
        dir.path(),
        "content/articles/economy/images/field.jpg",
        &jpeg,
    );
    write_bytes(dir.path(), "static/images/map.png", &png);
    write_bytes(
        dir.path(),
        "static/chart.svg",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"/>",
    );
    Fixture {
        dir,
        jpeg: content_hash(&jpeg),
        png: content_hash(&png),
    }
}

fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    }
}

fn dimensions(out: &Path, rel: &str) -> (u32, u32) {
    image::image_dimensions(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn images_are_resized_never_upscaled_and_written_as_webp_and_original() {
    let f = illustrated_site();
    build(&options(f.dir.path())).unwrap();
    let out = f.dir.path().join("public");
    let (j, p) = (&f.jpeg, &f.png);
    // The 2000 px JPEG: three widths, the widest capped at 1440; lossy WebP and JPEG.
    for ext in ["jpg", "webp"] {
        assert_eq!(
            dimensions(&out, &format!("images/{j}-480.{ext}")),
            (480, 240)
        );
        assert_eq!(
            dimensions(&out, &format!("images/{j}-960.{ext}")),
            (960, 480)
        );
        assert_eq!(
            dimensions(&out, &format!("images/{j}-1440.{ext}")),
            (1440, 720)
        );
        assert!(!out.join(format!("images/{j}-2000.{ext}")).exists());
    }
    // A photograph's WebP is lossy (a `VP8 ` chunk; `VP8L` is lossless) and smaller than the
    // JPEG at every width.
    for width in [480, 960, 1440] {
        let webp = std::fs::read(out.join(format!("images/{j}-{width}.webp"))).unwrap();
        let jpeg = std::fs::read(out.join(format!("images/{j}-{width}.jpg"))).unwrap();
        assert_eq!(&webp[12..16], b"VP8 ", "lossy WebP at {width}");
        assert!(
            webp.len() < jpeg.len(),
            "{width} px: WebP {} bytes, JPEG {} bytes",
            webp.len(),
            jpeg.len()
        );
    }
    // The 700 px PNG: 480 and its own width, never 960; WebP and PNG.
    for ext in ["png", "webp"] {
        assert_eq!(
            dimensions(&out, &format!("images/{p}-480.{ext}")),
            (480, 343)
        );
        assert_eq!(
            dimensions(&out, &format!("images/{p}-700.{ext}")),
            (700, 500)
        );
        assert!(!out.join(format!("images/{p}-960.{ext}")).exists());
    }
    let webp = std::fs::read(out.join(format!("images/{p}-700.webp"))).unwrap();
    assert_eq!(image::guess_format(&webp).unwrap(), ImageFormat::WebP);
    // Artwork's WebP is lossless: its flat colours and edges come back exactly.
    assert_eq!(&webp[12..16], b"VP8L");
    let decoded = image::load_from_memory(&webp).unwrap().to_rgb8();
    let original = image::load_from_memory(&picture(700, 500, ImageFormat::Png))
        .unwrap()
        .to_rgb8();
    assert!(decoded == original, "lossless WebP of the 700 px PNG");
}

#[test]
fn the_article_shows_a_figure_with_srcset_size_caption_credit_and_og_image() {
    let f = illustrated_site();
    build(&options(f.dir.path())).unwrap();
    let out = f.dir.path().join("public");
    let (j, p) = (&f.jpeg, &f.png);
    let article = read(&out, "articles/qamh/index.html");
    let srcset = format!(
        "srcset=\"/images/{j}-480.jpg 480w, /images/{j}-960.jpg 960w, /images/{j}-1440.jpg 1440w\""
    );
    assert!(article.contains(&srcset), "{article}");
    assert!(article.contains(&format!("src=\"/images/{j}-960.jpg\"")));
    assert!(article.contains("width=\"1440\" height=\"720\" alt=\"حقل قمح قبيل الحصاد\""));
    assert!(article.contains("<figure class=\"lead-image\">"));
    assert!(article.contains(
        "<figcaption>حقل قمح في دلتا النيل <span class=\"credit\">تصوير: سلمى يوسف</span></figcaption>"
    ));
    // The lead image is loaded at once: it is the first thing seen.
    let figure = &article[article.find("<figure").unwrap()..article.find("</figure>").unwrap()];
    assert!(figure.contains("fetchpriority=\"high\"") && !figure.contains("loading=\"lazy\""));
    // WebP first, for the browsers that take it; the JPEG for the others.
    assert!(figure.contains(&format!(
        "<source type=\"image/webp\" srcset=\"/images/{j}-480.webp 480w, /images/{j}-960.webp 960w, /images/{j}-1440.webp 1440w\""
    )));
    assert!(figure.find("image/webp").unwrap() < figure.find(".jpg").unwrap());
    assert!(article.contains(&format!(
        "<meta property=\"og:image\" content=\"https://example.org/images/{j}-1440.jpg\">"
    )));
    assert!(article.contains("<meta property=\"og:image:alt\" content=\"حقل قمح قبيل الحصاد\">"));
    assert!(article.contains(&format!(
        "\"image\":{{\"@type\":\"ImageObject\",\"caption\":\"حقل قمح في دلتا النيل\",\"creditText\":\"تصوير: سلمى يوسف\",\"height\":720,\"url\":\"https://example.org/images/{j}-1440.jpg\",\"width\":1440}}"
    )));
    // Markdown images in the body keep working.
    assert!(
        article.contains("<img src=\"https://example.org/chart.svg\" alt=\"رسم بياني للأسعار\"")
    );
    // The PNG offers WebP first.
    let naft = read(&out, "articles/naft/index.html");
    assert!(naft.contains(&format!(
        "<source type=\"image/webp\" srcset=\"/images/{p}-480.webp 480w, /images/{p}-700.webp 700w\""
    )));
    assert!(naft.contains("width=\"700\" height=\"500\""));
    assert!(
        !naft.contains("<figcaption>"),
        "no caption, no credit: no figcaption"
    );
    // An article without an image has no figure and no og:image.
    let dollar = read(&out, "articles/dollar/index.html");
    assert!(!dollar.contains("<figure") && !dollar.contains("og:image"));
    check(&options(f.dir.path())).expect("every image link resolves");
}

#[test]
fn home_and_section_cards_show_the_images_lazily_below_the_first() {
    let f = illustrated_site();
    build(&options(f.dir.path())).unwrap();
    let out = f.dir.path().join("public");
    let home = read(&out, "index.html");
    let latest = &home[home.find("class=\"story-grid\"").unwrap()..];
    let latest = &latest[..latest.find("</section>").unwrap()];
    // Newest first: النفط (with image, eager), الدولار (none), القمح (image, lazy).
    let naft = latest.find("النفط يصعد").unwrap();
    let qamh = latest.find("ارتفاع أسعار القمح").unwrap();
    assert!(latest[naft..qamh].contains(&format!("/images/{}-700.png", f.png)));
    assert!(latest[naft..qamh].contains("fetchpriority=\"high\""));
    assert!(latest[qamh..].contains(&format!("/images/{}-960.jpg", f.jpeg)));
    assert!(latest[qamh..].contains("loading=\"lazy\""));
    assert_eq!(latest.matches("<img").count(), 2);
    let section = read(&out, "sections/economy/index.html");
    assert!(section.contains("alt=\"حقل قمح قبيل الحصاد\" decoding=\"async\" loading=\"lazy\""));
    assert!(section.contains("alt=\"خريطة حقول النفط\""));
}

#[test]
fn a_second_build_resizes_nothing_and_writes_the_same_files() {
    let f = illustrated_site();
    let first = build(&options(f.dir.path())).unwrap();
    assert_eq!((first.images.resized, first.images.cached), (2, 0));
    let out = f.dir.path().join("public");
    let file = format!("images/{}-1440.jpg", f.jpeg);
    let before = std::fs::read(out.join(&file)).unwrap();
    assert!(f.dir.path().join(".sahifa-cache/images").is_dir());
    let second = build(&options(f.dir.path())).unwrap();
    assert_eq!((second.images.resized, second.images.cached), (0, 2));
    assert_eq!(std::fs::read(out.join(&file)).unwrap(), before);
    // A changed image is a new hash: resized again, under a new name.
    write_bytes(
        f.dir.path(),
        "static/images/map.png",
        &picture(600, 300, ImageFormat::Png),
    );
    let third = build(&options(f.dir.path())).unwrap();
    assert_eq!((third.images.resized, third.images.cached), (1, 1));
    // Deleting the cache is safe: the next build makes it again.
    std::fs::remove_dir_all(f.dir.path().join(".sahifa-cache")).unwrap();
    let fourth = build(&options(f.dir.path())).unwrap();
    assert_eq!((fourth.images.resized, fourth.images.cached), (2, 0));
    assert_eq!(std::fs::read(out.join(&file)).unwrap(), before);
}

/// A cached variant that is empty or not the format it is named for (a power cut after the
/// rename, a disk error, a hand edit) is a miss, made again: it used to be published as is,
/// a 0-byte image the browser shows as broken.
#[test]
fn a_damaged_cache_entry_is_made_again_not_published() {
    let f = illustrated_site();
    build(&options(f.dir.path())).unwrap();
    let out = f.dir.path().join("public");
    let file = format!("images/{}-1440.jpg", f.jpeg);
    let good = std::fs::read(out.join(&file)).unwrap();
    let cache = f.dir.path().join(".sahifa-cache/images");
    let mut damaged = 0;
    for entry in walkdir::WalkDir::new(&cache) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            // Every other file empty, the rest another format's bytes.
            let bytes: &[u8] = if damaged % 2 == 0 { b"" } else { b"GIF89a" };
            std::fs::write(entry.path(), bytes).unwrap();
            damaged += 1;
        }
    }
    assert!(damaged >= 4, "{damaged} cache files");
    let second = build(&options(f.dir.path())).unwrap();
    assert_eq!((second.images.resized, second.images.cached), (2, 0));
    assert_eq!(std::fs::read(out.join(&file)).unwrap(), good);
    assert_eq!(
        dimensions(&out, &format!("images/{}-480.webp", f.jpeg)).0,
        480
    );
}

/// Issue 17: an author's file may give a photo (`photo:` like an article's `image:`): it is
/// resized like a lead image and shown on the author's page with its alt text; a photo
/// without `alt` is an error at its key, reported with the file's name.
#[test]
fn an_author_photo_is_resized_and_shown_on_the_author_page() {
    let f = illustrated_site();
    let portrait = picture(800, 800, ImageFormat::Jpeg);
    write_bytes(f.dir.path(), "content/authors/images/salma.jpg", &portrait);
    write_bytes(
        f.dir.path(),
        "content/authors/salma.md",
        "---\nname: سلمى يوسف\nrole: مراسلة في القاهرة\nphoto:\n  src: images/salma.jpg\n  alt: \"صورة سلمى يوسف\"\n---\nتكتب عن الاقتصاد.\n".as_bytes(),
    );
    build(&options(f.dir.path())).unwrap();
    let out = f.dir.path().join("public");
    let page = read(&out, "authors/salma/index.html");
    let hash = content_hash(&portrait);
    assert!(page.contains("class=\"author-photo\""), "{page}");
    assert!(page.contains("alt=\"صورة سلمى يوسف\""), "{page}");
    assert!(
        page.contains(&format!("/images/{hash}-480.webp 480w")),
        "{page}"
    );
    assert_eq!(
        dimensions(&out, &format!("images/{hash}-480.jpg")),
        (480, 480)
    );

    write_bytes(
        f.dir.path(),
        "content/authors/salma.md",
        "---\nname: سلمى يوسف\nphoto:\n  src: images/salma.jpg\n---\n".as_bytes(),
    );
    let err = build(&options(f.dir.path())).unwrap_err().to_string();
    assert!(err.contains("content/authors/salma.md:3:"), "{err}");
    assert!(err.contains("under `photo:`"), "{err}");
}

/// A picture in the body from a file beside the article is published like a lead image
/// (resized, WebP first, under the site's path), its alt text kept; a relative picture that
/// names no usable file is a warning at its line and column, and URLs stay as written.
#[test]
fn a_body_picture_beside_the_article_is_resized_and_served_under_the_site_path() {
    let dir = site(&[
        (
            "config.yaml",
            "title: \"صحيفة\"\nbase_url: \"https://example.org/repo/\"\nsearch: false\n",
        ),
        (
            "content/articles/gaza.md",
            "---\ntitle: \"خريطة غزة\"\ndate: 2024-03-01\n---\nنشرت الوزارة خريطة.\n\n\
             ![خريطة «غزة» *الجديدة*](images/gaza.png)\n\n\
             ![صورة مفقودة](images/missing.jpg)\n\n![خارجية](https://example.org/x.svg)\n",
        ),
    ]);
    let png = picture(1600, 800, ImageFormat::Png);
    let h = content_hash(&png);
    write_bytes(dir.path(), "content/articles/images/gaza.png", &png);
    let report = build(&options(dir.path())).unwrap();
    let out = dir.path().join("public");
    for width in [480, 960, 1440] {
        assert_eq!(
            dimensions(&out, &format!("images/{h}-{width}.webp")),
            (width, width / 2)
        );
        assert!(out.join(format!("images/{h}-{width}.png")).is_file());
    }
    let article = read(&out, "articles/gaza/index.html");
    assert!(
        article.contains(&format!(
            "<picture><source type=\"image/webp\" srcset=\"/repo/images/{h}-480.webp 480w, \
             /repo/images/{h}-960.webp 960w, /repo/images/{h}-1440.webp 1440w\""
        )),
        "{article}"
    );
    assert!(article.contains(&format!(
        "<img src=\"/repo/images/{h}-960.png\" srcset=\"/repo/images/{h}-480.png 480w"
    )));
    assert!(article.contains(
        "width=\"1440\" height=\"720\" alt=\"خريطة «غزة» الجديدة\" loading=\"lazy\" decoding=\"async\"></picture>"
    ));
    assert!(
        !article.contains("images/gaza.png"),
        "the written path is replaced"
    );
    assert!(article.contains("<img src=\"https://example.org/x.svg\" alt=\"خارجية\""));
    let missing: Vec<String> = report
        .warnings
        .iter()
        .filter(|w| w.message.contains("images/missing.jpg"))
        .map(|w| format!("{}:{:?}:{:?}", w.path.display(), w.line, w.column))
        .collect();
    assert_eq!(missing, ["content/articles/gaza.md:Some(9):Some(1)"]);
}

/// A page bundle as Hugo and Zola write it (`gaza-aid/index.md`, its pictures beside it) is
/// the article `gaza-aid`, in the section of the folder above it, its picture published.
#[test]
fn a_page_bundle_is_named_by_its_folder_and_publishes_its_pictures() {
    let dir = site(&[
        ("config.yaml", CONFIG),
        (
            "content/articles/economy/gaza-aid/index.md",
            "---\ntitle: \"قافلة مساعدات\"\ndate: 2024-03-01\n---\nدخلت القافلة.\n\n![شاحنات المساعدات عند المعبر](trucks.png)\n",
        ),
    ]);
    let png = picture(800, 400, ImageFormat::Png);
    let h = content_hash(&png);
    write_bytes(
        dir.path(),
        "content/articles/economy/gaza-aid/trucks.png",
        &png,
    );
    build(&options(dir.path())).unwrap();
    let out = dir.path().join("public");
    let article = read(&out, "articles/gaza-aid/index.html");
    assert!(
        article.contains(&format!("/images/{h}-800.webp 800w")),
        "{article}"
    );
    assert!(!out.join("articles/index").exists());
    assert!(out.join("sections/economy/index.html").is_file());
    assert!(!out.join("sections/gaza-aid").exists());
}

/// Under `serve`, a picture saved alone (the article untouched) is published again: a body
/// picture beside its article, a lead image under `static/`, and a picture the body named
/// before it existed. The article's page then shows the new file, as a full build would.
#[test]
fn serve_republishes_a_picture_changed_alone() {
    use sahifa::incremental::{LiveSite, classify};
    let dir = site(&[
        ("config.yaml", CONFIG),
        (
            "content/articles/gaza.md",
            "---\ntitle: \"خريطة غزة\"\ndate: 2024-03-01\nimage: {src: images/lead.png, alt: \"ميناء غزة\"}\n---\nنشرت الوزارة خريطة.\n\n\
             ![خريطة غزة](images/gaza.png)\n\n![خريطة رفح](images/rafah.png)\n",
        ),
        (
            "content/articles/other.md",
            "---\ntitle: \"خبر آخر\"\ndate: 2024-03-02\n---\nصورة لم تصل بعد.\n\n![الميناء](images/port.png)\n",
        ),
    ]);
    let root = dir.path();
    write_bytes(
        root,
        "content/articles/images/gaza.png",
        &picture(800, 400, ImageFormat::Png),
    );
    write_bytes(
        root,
        "static/images/lead.png",
        &picture(600, 400, ImageFormat::Png),
    );
    let live_out = root.join("live");
    let (mut live, _) = LiveSite::new(BuildOptions {
        root: root.to_path_buf(),
        output: Some(live_out.clone()),
        ..Default::default()
    })
    .unwrap();
    let changed = |rel: &str| classify(root, &live_out, &root.join(rel)).unwrap();

    let body = picture(900, 300, ImageFormat::Png);
    write_bytes(root, "content/articles/images/gaza.png", &body);
    let lead = picture(640, 320, ImageFormat::Png);
    write_bytes(root, "static/images/lead.png", &lead);
    let rafah = picture(500, 500, ImageFormat::Png);
    write_bytes(root, "content/articles/images/rafah.png", &rafah);
    let applied = live
        .apply(&[
            changed("content/articles/images/gaza.png"),
            changed("static/images/lead.png"),
            changed("content/articles/images/rafah.png"),
        ])
        .unwrap();
    assert!(!applied.full && applied.pages > 0, "{applied:?}");
    let page = read(&live_out, "articles/gaza/index.html");
    for hash in [
        content_hash(&body),
        content_hash(&lead),
        content_hash(&rafah),
    ] {
        assert!(page.contains(&format!("images/{hash}-")), "{hash}: {page}");
        assert!(
            live_out.join(format!("images/{hash}-480.webp")).is_file(),
            "{hash}"
        );
    }
    build(&BuildOptions {
        root: root.to_path_buf(),
        output: Some(root.join("full")),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(page, read(&root.join("full"), "articles/gaza/index.html"));

    // A picture only one article named, saved alone after it was warned about.
    let port = picture(700, 350, ImageFormat::Png);
    write_bytes(root, "content/articles/images/port.png", &port);
    live.apply(&[changed("content/articles/images/port.png")])
        .unwrap();
    let other = read(&live_out, "articles/other/index.html");
    assert!(
        other.contains(&format!("images/{}-", content_hash(&port))),
        "{other}"
    );
}

/// A picture written from the site's root (`/images/x.jpg`, a file of `static/`) is checked
/// with the body's links: a missing one is warned of at its line and column, as a relative
/// one is; one `static/` holds is not.
#[test]
fn a_root_relative_picture_that_static_lacks_is_warned_of() {
    let dir = site(&[
        (
            "config.yaml",
            "title: \"صحيفة\"\nbase_url: \"https://example.org/repo/\"\nsearch: false\n",
        ),
        (
            "content/articles/gaza.md",
            "---\ntitle: \"خريطة غزة\"\ndate: 2024-03-01\n---\nنشرت الوزارة خريطة.\n\n\
             ![شعار](/images/logo.png)\n\n![صورة مفقودة](/images/missing.jpg)\n",
        ),
    ]);
    write_bytes(
        dir.path(),
        "static/images/logo.png",
        &picture(40, 40, ImageFormat::Png),
    );
    let report = build(&options(dir.path())).unwrap();
    let warned: Vec<String> = report
        .warnings
        .iter()
        .filter(|w| w.message.contains("images/"))
        .map(|w| {
            format!(
                "{}:{:?}:{:?} {}",
                w.path.display(),
                w.line,
                w.column,
                w.message
            )
        })
        .collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(
        warned[0].starts_with("content/articles/gaza.md:Some(9):Some(")
            && warned[0].contains("/repo/images/missing.jpg"),
        "{warned:?}"
    );
}
