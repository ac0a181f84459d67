//! An article's lead image (`image:` in front matter): found on disk, measured and hashed at
//! load time, so that rendering knows every variant's name and size before any is made, and
//! a missing file or a missing `alt` is reported with the article's other problems.
//!
//! The variants themselves are made by [`crate::write::images`]; both sides agree through
//! [`LeadImage::variants`].

use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::error::Diagnostic;
use crate::text::line_col;

/// Widths (CSS pixels) an image is resized to; an image narrower than the largest is also
/// served at its own width, and never enlarged. 480 fills a phone, 960 a phone at 2× or the
/// article column, 1440 the column at 2×.
pub const WIDTHS: [u32; 3] = [480, 960, 1440];

/// Folder of the output that holds every image variant.
pub const OUTPUT_DIR: &str = "images";

/// `image:` as written in front matter. Every field is optional here so that each missing
/// one is reported with its own message and position.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ImageMeta {
    pub src: Option<String>,
    pub alt: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
}

/// The formats Sahifa reads and writes (the `image` crate is built with these codecs only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
    WebP,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::WebP => "webp",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::WebP => "image/webp",
        }
    }

    fn from_image(format: image::ImageFormat) -> Option<Format> {
        match format {
            image::ImageFormat::Jpeg => Some(Format::Jpeg),
            image::ImageFormat::Png => Some(Format::Png),
            image::ImageFormat::WebP => Some(Format::WebP),
            _ => None,
        }
    }
}

/// A lead image found and measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadImage {
    /// The file, relative to the site root (as shown in messages).
    pub source: PathBuf,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    /// First 16 hex digits of the SHA-256 of the file: names the variants, so a changed
    /// image gets new URLs (no stale copy in a browser cache) and the build cache a new key.
    pub hash: String,
    pub width: u32,
    pub height: u32,
    pub format: Format,
}

/// One resized copy of an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    /// Path inside the output (`images/<hash>-<width>.<ext>`).
    pub path: String,
}

impl LeadImage {
    /// The widths this image is served at: each of [`WIDTHS`] below its own width, then its
    /// own width capped at the largest (never upscaled).
    pub fn widths(&self) -> Vec<u32> {
        let widest = self.width.min(WIDTHS[WIDTHS.len() - 1]);
        let mut widths: Vec<u32> = WIDTHS.into_iter().filter(|&w| w < widest).collect();
        widths.push(widest);
        widths
    }

    /// Formats written: WebP, then the original's for browsers without WebP (a WebP source
    /// gets WebP only). Photographs (JPEG) get lossy WebP, about half the bytes of the JPEG at
    /// the same width; artwork (PNG) gets lossless WebP (see docs/decisions.md).
    pub fn formats(&self) -> Vec<Format> {
        match self.format {
            Format::WebP => vec![Format::WebP],
            other => vec![Format::WebP, other],
        }
    }

    /// Every file the image yields, WebP first, narrowest first within a format.
    pub fn variants(&self) -> Vec<Variant> {
        let mut out = Vec::new();
        for format in self.formats() {
            for width in self.widths() {
                out.push(Variant {
                    width,
                    height: self.height_at(width),
                    format,
                    path: format!("{OUTPUT_DIR}/{}-{width}.{}", self.hash, format.extension()),
                });
            }
        }
        out
    }

    /// The height at `width`, keeping the aspect ratio (at least 1 pixel).
    pub fn height_at(&self, width: u32) -> u32 {
        let h = (u64::from(self.height) * u64::from(width) + u64::from(self.width) / 2)
            / u64::from(self.width.max(1));
        u32::try_from(h).unwrap_or(u32::MAX).max(1)
    }
}

/// Finds, reads and measures the lead image an article's front matter names. `rel` is the
/// article's path relative to `root`, `text` its whole file (to point at the keys). Every
/// problem is returned, each at its key.
pub fn resolve(
    root: &Path,
    rel: &Path,
    text: &str,
    field: &str,
    meta: &ImageMeta,
) -> Result<LeadImage, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let at = |key: &str| {
        nested_key_position(text, field, key)
            .or_else(|| crate::text::locate::key_position(text, field))
            .unwrap_or((1, 1))
    };
    let alt = meta.alt.as_deref().map(str::trim).unwrap_or("");
    if alt.is_empty() {
        let (line, col) = at("alt");
        errors.push(
            Diagnostic::new(rel, "the image has no `alt` text")
                .at(line, col)
                .with_help(format!(
                    "add `alt: …` under `{field}:` saying what the picture shows, for readers \
                     who cannot see it (e.g. alt: \"خريطة تبيّن موقع دمشق\")"
                )),
        );
    }
    let src = meta.src.as_deref().map(str::trim).unwrap_or("");
    let found = if src.is_empty() {
        let (line, col) = at("src");
        errors.push(
            Diagnostic::new(rel, "the image has no `src`")
                .at(line, col)
                .with_help(format!("add `src: images/photo.jpg` under `{field}:` (next to the file or under `static/`)")),
        );
        None
    } else {
        match find_file(root, rel, src) {
            Ok(path) => Some(path),
            Err((message, outside)) => {
                let (line, col) = at("src");
                let folder = rel.parent().unwrap_or(Path::new("")).display();
                let help = if outside {
                    // `content/articles/https://…` would be no place to put a file.
                    let name = src
                        .rsplit(['/', '\\'])
                        .find(|s| !s.is_empty())
                        .unwrap_or("photo.jpg");
                    format!(
                        "copy the image into the site, as `{folder}/images/{name}`, and set `src: images/{name}`"
                    )
                } else {
                    format!("put the file at `{folder}/{src}` or `static/{src}`, or fix `src`")
                };
                errors.push(Diagnostic::new(rel, message).at(line, col).with_help(help));
                None
            }
        }
    };
    let measured = found.and_then(|source| match measure(root, &source) {
        Ok(m) => Some((source, m)),
        Err(message) => {
            let (line, col) = at("src");
            errors.push(
                Diagnostic::new(rel, message)
                    .at(line, col)
                    .with_help("use a JPEG, PNG or WebP file"),
            );
            None
        }
    });
    match measured {
        Some((source, (hash, width, height, format))) if errors.is_empty() => Ok(LeadImage {
            source,
            alt: alt.to_string(),
            caption: trimmed(&meta.caption),
            credit: trimmed(&meta.credit),
            hash,
            width,
            height,
            format,
        }),
        _ => Err(errors),
    }
}

fn trimmed(value: &Option<String>) -> String {
    value.as_deref().map(str::trim).unwrap_or("").to_string()
}

/// The image file, relative to `root`: next to the article first, then under `static/`.
/// A URL, an absolute path or a path leaving the site are refused: Sahifa reads only the
/// site's own files and never downloads. The error says whether `src` points outside the site.
pub(super) fn find_file(root: &Path, rel: &Path, src: &str) -> Result<PathBuf, (String, bool)> {
    let relative = Path::new(src);
    let leaves = relative
        .components()
        .any(|c| !matches!(c, std::path::Component::Normal(_)));
    if src.contains("://") || leaves {
        return Err((
            format!(
                "the image `{src}` is not a path inside the site (no URL, no leading `/`, no `..`)"
            ),
            true,
        ));
    }
    let beside = rel.parent().unwrap_or(Path::new("")).join(relative);
    let in_static = Path::new("static").join(relative);
    [beside, in_static]
        .into_iter()
        .find(|candidate| root.join(candidate).is_file())
        .ok_or_else(|| (format!("the image file `{src}` does not exist"), false))
}

/// Hash, width, height and format of the file at `root/source`, reading only the header for
/// the size.
pub(super) fn measure(root: &Path, source: &Path) -> Result<(String, u32, u32, Format), String> {
    let bytes = std::fs::read(root.join(source))
        .map_err(|e| format!("cannot read the image `{}`: {e}", source.display()))?;
    let unsupported = || format!("`{}` is not a JPEG, PNG or WebP image", source.display());
    let format = image::guess_format(&bytes)
        .ok()
        .and_then(Format::from_image)
        .ok_or_else(unsupported)?;
    let reader = image::ImageReader::with_format(
        std::io::Cursor::new(&bytes),
        match format {
            Format::Jpeg => image::ImageFormat::Jpeg,
            Format::Png => image::ImageFormat::Png,
            Format::WebP => image::ImageFormat::WebP,
        },
    );
    let (width, height) = reader
        .into_dimensions()
        .map_err(|e| format!("cannot read the image `{}`: {e}", source.display()))?;
    if width == 0 || height == 0 {
        return Err(format!("the image `{}` has no pixels", source.display()));
    }
    Ok((content_hash(&bytes), width, height, format))
}

/// First 16 hex digits of the SHA-256 of `bytes`.
pub fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// 1-based line and column of `key:` inside the mapping under the top-level `parent:` key,
/// written either as a block (indented lines) or inline (`image: {src: …, alt: …}`).
fn nested_key_position(text: &str, parent: &str, key: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    let mut inside = false;
    for line in text.split_inclusive('\n') {
        let top_level = !line.starts_with([' ', '\t']) && !line.trim().is_empty();
        if top_level {
            if inside {
                return None;
            }
            inside = line
                .strip_prefix(parent)
                .is_some_and(|rest| rest.trim_start().starts_with(':'));
            if inside {
                let after_parent = parent.len();
                if let Some(i) = key_in_line(&line[after_parent..], key) {
                    return Some(line_col(text, offset + after_parent + i));
                }
            }
        } else if inside && let Some(i) = key_in_line(line, key) {
            return Some(line_col(text, offset + i));
        }
        offset += line.len();
    }
    None
}

/// Byte offset of `key:` in `line` where it starts a mapping entry (after the line's start,
/// `{`, `,` or spaces).
fn key_in_line(line: &str, key: &str) -> Option<usize> {
    line.match_indices(key).map(|(i, _)| i).find(|&i| {
        let before_ok = line[..i]
            .chars()
            .next_back()
            .is_none_or(|c| c == '{' || c == ',' || c.is_whitespace());
        let after_ok = line[i + key.len()..].trim_start().starts_with(':');
        before_ok && after_ok
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(width: u32, height: u32, format: Format) -> LeadImage {
        LeadImage {
            source: PathBuf::from("content/articles/x.png"),
            alt: "خريطة".into(),
            caption: String::new(),
            credit: String::new(),
            hash: "0123456789abcdef".into(),
            width,
            height,
            format,
        }
    }

    #[test]
    fn never_upscaled_and_capped_at_the_largest_width() {
        assert_eq!(image(300, 200, Format::Jpeg).widths(), vec![300]);
        assert_eq!(
            image(1200, 800, Format::Jpeg).widths(),
            vec![480, 960, 1200]
        );
        assert_eq!(
            image(4000, 3000, Format::Jpeg).widths(),
            vec![480, 960, 1440]
        );
        assert_eq!(image(960, 10, Format::Jpeg).widths(), vec![480, 960]);
    }

    #[test]
    fn variants_keep_the_aspect_ratio_and_are_named_by_hash() {
        let v = image(1200, 800, Format::Png).variants();
        assert_eq!(v.len(), 6);
        assert_eq!(v[0].path, "images/0123456789abcdef-480.webp");
        assert_eq!((v[0].width, v[0].height), (480, 320));
        assert_eq!(v[5].path, "images/0123456789abcdef-1200.png");
        assert_eq!(image(1000, 1, Format::Jpeg).height_at(480), 1);
    }

    #[test]
    fn webp_first_then_the_original_format() {
        let both = |f| image(1200, 800, f).formats();
        assert_eq!(both(Format::Jpeg), vec![Format::WebP, Format::Jpeg]);
        assert_eq!(both(Format::Png), vec![Format::WebP, Format::Png]);
        assert_eq!(both(Format::WebP), vec![Format::WebP]);
        let v = image(1200, 800, Format::Jpeg).variants();
        assert_eq!(v.len(), 6);
        assert_eq!(v[0].path, "images/0123456789abcdef-480.webp");
        assert_eq!(v[5].path, "images/0123456789abcdef-1200.jpg");
    }

    #[test]
    fn finds_nested_keys_in_block_and_inline_form() {
        let block = "---\ntitle: عنوان\nimage:\n  src: a.jpg\n  alt: خريطة\nalt: x\n---\n";
        assert_eq!(nested_key_position(block, "image", "alt"), Some((5, 3)));
        assert_eq!(nested_key_position(block, "image", "credit"), None);
        let inline = "---\nimage: {src: صورة.jpg, alt: \"\"}\n---\n";
        assert_eq!(nested_key_position(inline, "image", "alt"), Some((2, 24)));
        assert_eq!(nested_key_position(inline, "image", "src"), Some((2, 9)));
    }
}
