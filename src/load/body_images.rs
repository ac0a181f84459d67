//! Images an article's body shows from files of the site (`![خريطة](images/map.png)`), the
//! way Hugo's page bundles and Zola's colocated assets work: a file beside the article (or
//! under `static/`) is measured at load, published in the sizes of a lead image, and the
//! body's `<img>` points at those.
//!
//! Why at load: rendering must know each image's variants and size before any is made (as
//! for the lead image), and a picture that cannot be published is reported with the
//! article's other problems. A URL, a root-relative path (`/images/x.png`, already a file
//! of `static/`) and a path with `..` are left as written.

use std::path::Path;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::image::{LeadImage, find_file, measure};
use crate::error::Diagnostic;
use crate::text::line_col;

/// An image of the body made from a file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyImage {
    /// The path as the Markdown writes it: what the renderer replaces.
    pub written: String,
    /// The file, measured; its `alt` is the body's own and is left empty here.
    pub image: LeadImage,
}

/// What an article's body shows from files of the site.
#[derive(Debug, Default)]
pub struct BodyPictures {
    /// The pictures found and measured, one per distinct path.
    pub shown: Vec<BodyImage>,
    /// The paths as written of the pictures that could not be published: `serve` re-reads the
    /// article when a file of that name appears, without searching every article's text.
    pub missing: Vec<String>,
    /// A warning for each of those, and for each picture without alt text.
    pub warnings: Vec<Diagnostic>,
}

/// The body images of the article at `rel` whose `text` holds the body at `body_start`, and
/// a warning for each relative image path that names no publishable file (it would show as a
/// broken picture). One entry per distinct path.
pub fn body_images(root: &Path, rel: &Path, text: &str, body_start: usize) -> BodyPictures {
    let mut pictures = BodyPictures::default();
    let body = text.get(body_start..).unwrap_or_default();
    if !body.contains("![") {
        return pictures;
    }
    // The picture being read: its path as written, where it starts, its alt text so far.
    let mut open: Option<(String, usize, String)> = None;
    for (event, range) in Parser::new(body).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) if open.is_none() => {
                open = Some((dest_url.trim().to_string(), range.start, String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, alt)) = &mut open {
                    alt.push_str(&t);
                }
            }
            Event::End(TagEnd::Image) => {
                let Some((written, start, alt)) = open.take() else {
                    continue;
                };
                if !is_site_path(&written) {
                    continue;
                }
                let at = line_col(text, body_start + start);
                if alt.trim().is_empty() {
                    pictures.warnings.push(no_alt(rel, &written, at));
                }
                if pictures.shown.iter().any(|i| i.written == written) {
                    continue;
                }
                match publishable(root, rel, &written) {
                    Ok(image) => pictures.shown.push(BodyImage { written, image }),
                    Err(message) => {
                        let warning = unpublishable(rel, &written, &message, at);
                        pictures.warnings.push(warning);
                        if !pictures.missing.contains(&written) {
                            pictures.missing.push(written);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    pictures
}

/// The picture's file beside the article (or under `static/`), measured.
fn publishable(root: &Path, rel: &Path, written: &str) -> Result<LeadImage, String> {
    let path = without_dot_slash(written);
    let source = find_file(root, rel, path).map_err(|(message, _)| message)?;
    let (hash, width, height, format) = measure(root, &source)?;
    Ok(LeadImage {
        source,
        alt: String::new(),
        caption: String::new(),
        credit: String::new(),
        hash,
        width,
        height,
        format,
    })
}

fn unpublishable(
    rel: &Path,
    written: &str,
    message: &str,
    (line, col): (usize, usize),
) -> Diagnostic {
    let folder = rel.parent().unwrap_or(Path::new("")).display();
    let path = without_dot_slash(written);
    Diagnostic::new(rel, format!("{message}: the picture would be broken"))
        .at(line, col)
        .with_help(format!(
            "put a JPEG, PNG or WebP file at `{folder}/{path}` or `static/{path}`, or fix the path"
        ))
}

fn no_alt(rel: &Path, written: &str, (line, col): (usize, usize)) -> Diagnostic {
    Diagnostic::new(rel, format!("the picture `{written}` has no alt text"))
        .at(line, col)
        .with_help(format!(
            "say what it shows between the brackets, for readers who cannot see it: \
             ![خريطة تبيّن موقع المدينة]({written})"
        ))
}

/// `./images/x.png` is `images/x.png`, as Hugo and browsers read it.
fn without_dot_slash(path: &str) -> &str {
    let mut path = path;
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    path
}

/// A path the site's files can answer: relative, inside the folder, not a URL or an anchor.
fn is_site_path(url: &str) -> bool {
    let scheme = url
        .split_once(':')
        .is_some_and(|(head, _)| !head.contains('/'));
    !(url.is_empty()
        || url.starts_with(['/', '#', '?'])
        || scheme
        || url.contains('?')
        || url.contains('#')
        || Path::new(without_dot_slash(url))
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_))))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG_1X1: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
        0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x60,
        0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01, 0xE9, 0xFA, 0xDC, 0xD8, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/articles/images")).unwrap();
        std::fs::create_dir_all(dir.path().join("static/maps")).unwrap();
        std::fs::write(dir.path().join("content/articles/images/gaza.png"), PNG_1X1).unwrap();
        std::fs::write(dir.path().join("static/maps/sudan.png"), PNG_1X1).unwrap();
        std::fs::write(
            dir.path().join("content/articles/images/anim.gif"),
            b"GIF89a",
        )
        .unwrap();
        dir
    }

    #[test]
    fn a_file_beside_the_article_or_in_static_is_measured_once() {
        let dir = site();
        let text = "---\ntitle: x\n---\n\
            ![خريطة غزة](images/gaza.png) ثم ![مرة أخرى](images/gaza.png)\n\n\
            ![السودان](maps/sudan.png)\n";
        let start = text.find("![").unwrap();
        let rel = Path::new("content/articles/gaza.md");
        let BodyPictures {
            shown: images,
            missing,
            warnings,
        } = body_images(dir.path(), rel, text, start);
        assert!(missing.is_empty(), "{missing:?}");
        assert!(warnings.is_empty(), "{warnings:?}");
        let written: Vec<&str> = images.iter().map(|i| i.written.as_str()).collect();
        assert_eq!(written, ["images/gaza.png", "maps/sudan.png"]);
        assert_eq!(
            images[1].image.source,
            Path::new("static/maps/sudan.png").to_path_buf()
        );
        assert_eq!((images[0].image.width, images[0].image.height), (1, 1));
    }

    #[test]
    fn urls_root_paths_and_parents_are_left_as_written() {
        let dir = site();
        let text = "![a](https://example.org/x.png) ![b](/maps/sudan.png) \
                    ![c](../articles/images/gaza.png) ![d](data:image/png;base64,AAAA) ![e](#x)";
        let BodyPictures {
            shown: images,
            missing,
            warnings,
        } = body_images(dir.path(), Path::new("content/articles/a.md"), text, 0);
        assert!(missing.is_empty(), "{missing:?}");
        assert!(
            images.is_empty() && warnings.is_empty(),
            "{images:?} {warnings:?}"
        );
    }

    #[test]
    fn a_missing_or_unsupported_file_is_a_warning_at_its_place() {
        let dir = site();
        let text =
            "---\ntitle: x\n---\nنص\n\n![صورة](images/missing.jpg) و![متحركة](images/anim.gif)\n";
        let start = text.find("نص").unwrap();
        let BodyPictures {
            shown: images,
            missing,
            warnings,
        } = body_images(dir.path(), Path::new("content/articles/a.md"), text, start);
        assert!(images.is_empty());
        assert_eq!(missing, ["images/missing.jpg", "images/anim.gif"]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!((warnings[0].line, warnings[0].column), (Some(6), Some(1)));
        assert!(warnings[0].message.contains("images/missing.jpg"));
        assert!(warnings[1].message.contains("not a JPEG, PNG or WebP"));
    }

    #[test]
    fn a_dot_slash_path_is_the_same_file_and_a_picture_without_alt_is_a_warning() {
        let dir = site();
        let text = "![](./images/gaza.png)\n\n![ ](images/gaza.png)\n\n![خريطة](https://example.org/x.png)\n";
        let BodyPictures {
            shown: images,
            missing,
            warnings,
        } = body_images(dir.path(), Path::new("content/articles/a.md"), text, 0);
        assert!(missing.is_empty(), "{missing:?}");
        let written: Vec<&str> = images.iter().map(|i| i.written.as_str()).collect();
        assert_eq!(written, ["./images/gaza.png", "images/gaza.png"]);
        let lines: Vec<(Option<usize>, &str)> = warnings
            .iter()
            .map(|w| (w.line, w.message.as_str()))
            .collect();
        assert_eq!(
            lines,
            [
                (Some(1), "the picture `./images/gaza.png` has no alt text"),
                (Some(3), "the picture `images/gaza.png` has no alt text"),
            ]
        );
    }
}
