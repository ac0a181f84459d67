//! Lead images resized to a few widths and written into the output, in parallel, with every
//! variant kept in a build cache so a rebuild with unchanged images resizes nothing.
//!
//! The cache lives in `.sahifa-cache/images/<key>/` at the site root, `<key>` being Sahifa's
//! version and the widths: a new version (maybe a better encoder) or other widths start a new
//! folder instead of serving stale files. Files are named by the source's content hash, so an
//! edited image misses the cache by itself. The folder is safe to delete at any time; failing
//! to write it never fails a build (a read-only checkout still builds, only slower).

use std::collections::BTreeMap;
use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat};
use rayon::prelude::*;

use super::Output;
use crate::error::{Diagnostic, Error, Result};
use crate::load::image::{Format, LeadImage, Variant, WIDTHS};

/// The cache folder, relative to the site root (also listed in the `.gitignore` of `init`).
pub const CACHE_DIR: &str = ".sahifa-cache/images";

/// JPEG quality of resized photographs: visually lossless at news sizes, about a third of
/// quality 100's bytes.
const JPEG_QUALITY: u8 = 82;

/// How many images were resized and how many came whole from the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImageStats {
    pub resized: usize,
    pub cached: usize,
}

/// Writes every variant of `images` (duplicates, the same file used by two articles, are
/// made once) into `output`. Every image is attempted; all failures are reported together.
pub fn publish_images<'a>(
    root: &Path,
    images: impl Iterator<Item = &'a LeadImage>,
    output: &dyn Output,
) -> Result<ImageStats> {
    let unique: BTreeMap<&str, &LeadImage> = images.map(|i| (i.hash.as_str(), i)).collect();
    let cache = root.join(CACHE_DIR).join(cache_key());
    let results: Vec<std::result::Result<bool, Diagnostic>> = unique
        .into_par_iter()
        .map(|(_, image)| publish_one(root, &cache, image, output))
        .collect();
    let mut stats = ImageStats::default();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(true) => stats.resized += 1,
            Ok(false) => stats.cached += 1,
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(stats)
    } else {
        Err(Error::Content(errors))
    }
}

/// `<version>-<widths>`: the part of the cache key that is not the image itself.
fn cache_key() -> String {
    let widths: Vec<String> = WIDTHS.iter().map(u32::to_string).collect();
    format!("{}-w{}", env!("CARGO_PKG_VERSION"), widths.join("-"))
}

/// Writes one image's variants; `true` if it had to be resized (some variant not cached).
fn publish_one(
    root: &Path,
    cache: &Path,
    image: &LeadImage,
    output: &dyn Output,
) -> std::result::Result<bool, Diagnostic> {
    let variants = image.variants();
    let cached: Option<Vec<Vec<u8>>> = variants
        .iter()
        .map(|v| fs::read(cache_file(cache, v)).ok())
        .collect();
    let (files, resized) = match cached {
        Some(files) => (files, false),
        None => (resize_all(root, image, &variants)?, true),
    };
    for (variant, bytes) in variants.iter().zip(&files) {
        output.write(&variant.path, bytes).map_err(|e| {
            Diagnostic::new(
                &image.source,
                format!("cannot write `{}`: {e}", variant.path),
            )
        })?;
        if resized {
            store_in_cache(cache, variant, bytes);
        }
    }
    Ok(resized)
}

/// Decodes the source once and encodes every variant.
fn resize_all(
    root: &Path,
    image: &LeadImage,
    variants: &[Variant],
) -> std::result::Result<Vec<Vec<u8>>, Diagnostic> {
    let failed = |what: String| {
        Diagnostic::new(&image.source, what)
            .with_help("open the file in an image editor and save it again as JPEG or PNG")
    };
    let bytes = fs::read(root.join(&image.source))
        .map_err(|e| failed(format!("cannot read the image: {e}")))?;
    let decoded = image::load_from_memory(&bytes)
        .map_err(|e| failed(format!("cannot decode the image: {e}")))?;
    variants
        .iter()
        .map(|v| {
            encode(&resized(&decoded, v), v.format)
                .map_err(|e| failed(format!("cannot encode `{}`: {e}", v.path)))
        })
        .collect()
}

/// The image at the variant's size (the original itself when the size is the same).
fn resized(decoded: &DynamicImage, v: &Variant) -> DynamicImage {
    if decoded.width() == v.width && decoded.height() == v.height {
        decoded.clone()
    } else {
        // Lanczos3: the sharpest of the crate's filters when shrinking, which keeps Arabic
        // lettering in maps and charts legible.
        decoded.resize_exact(v.width, v.height, FilterType::Lanczos3)
    }
}

fn encode(img: &DynamicImage, format: Format) -> image::ImageResult<Vec<u8>> {
    let mut out = Cursor::new(Vec::new());
    match format {
        Format::Jpeg => {
            // JPEG has no alpha channel.
            let rgb = DynamicImage::ImageRgb8(img.to_rgb8());
            let encoder =
                image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
            rgb.write_with_encoder(encoder)?;
        }
        Format::Png => img.write_to(&mut out, ImageFormat::Png)?,
        Format::WebP => {
            // The WebP encoder takes 8-bit RGB(A) only.
            let rgba = DynamicImage::ImageRgba8(img.to_rgba8());
            rgba.write_to(&mut out, ImageFormat::WebP)?
        }
    }
    Ok(out.into_inner())
}

fn cache_file(cache: &Path, v: &Variant) -> PathBuf {
    let name = v.path.rsplit('/').next().unwrap_or(&v.path);
    cache.join(name)
}

/// Best effort: written to a temporary name and renamed, so a build stopped halfway never
/// leaves a truncated file that a later build would serve.
fn store_in_cache(cache: &Path, v: &Variant, bytes: &[u8]) {
    let target = cache_file(cache, v);
    let temporary = target.with_extension(format!("{}.part", std::process::id()));
    let stored = fs::create_dir_all(cache)
        .and_then(|()| fs::write(&temporary, bytes))
        .and_then(|()| fs::rename(&temporary, &target));
    if stored.is_err() {
        let _ = fs::remove_file(&temporary);
    }
}
