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

/// libwebp quality of photographs' WebP copies. WebP's scale is not JPEG's: at 78 the copies
/// look like the JPEG at quality 82 and weigh about half as much (docs/decisions.md).
const WEBP_QUALITY: f32 = 78.0;

/// How a source's WebP copies are encoded: lossy for photographs (a JPEG, or a WebP that was
/// lossy already), lossless for artwork (a PNG, or a lossless WebP), whose flat colours and
/// sharp edges lossy coding would blur while lossless coding shrinks them anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WebPMode {
    Lossy,
    Lossless,
}

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

/// `<version>-<widths>-<encoders>`: the part of the cache key that is not the image itself
/// (a change of quality must not serve files encoded at the old one).
fn cache_key() -> String {
    let widths: Vec<String> = WIDTHS.iter().map(u32::to_string).collect();
    format!(
        "{}-w{}-j{JPEG_QUALITY}-wq{WEBP_QUALITY}",
        env!("CARGO_PKG_VERSION"),
        widths.join("-")
    )
}

/// Writes one image's variants; `true` if it had to be resized (some variant not cached).
fn publish_one(
    root: &Path,
    cache: &Path,
    image: &LeadImage,
    output: &dyn Output,
) -> std::result::Result<bool, Diagnostic> {
    let variants = image.variants();
    let cached: Option<Vec<Vec<u8>>> = variants.iter().map(|v| read_cached(cache, v)).collect();
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
    let mode = webp_mode(image.format, &bytes);
    variants
        .iter()
        .map(|v| {
            encode(&resized(&decoded, v), v.format, mode)
                .map_err(|e| failed(format!("cannot encode `{}`: {e}", v.path)))
        })
        .collect()
}

/// Lossy for photographs, lossless for artwork (see [`WebPMode`]).
fn webp_mode(source: Format, bytes: &[u8]) -> WebPMode {
    match source {
        Format::Jpeg => WebPMode::Lossy,
        Format::Png => WebPMode::Lossless,
        Format::WebP if webp_is_lossless(bytes) => WebPMode::Lossless,
        Format::WebP => WebPMode::Lossy,
    }
}

/// Whether a WebP file holds a lossless bitstream: its image chunk is `VP8L` (lossy is
/// `VP8 `). Chunks follow the 12-byte RIFF header, each an id, a little-endian size and its
/// data padded to an even length; an extended file (`VP8X`) puts other chunks first.
fn webp_is_lossless(bytes: &[u8]) -> bool {
    let mut at = 12;
    while let Some(header) = bytes.get(at..at + 8) {
        match &header[..4] {
            b"VP8L" => return true,
            b"VP8 " => return false,
            _ => {}
        }
        let size = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
        at = at
            .saturating_add(8)
            .saturating_add(size)
            .saturating_add(size % 2);
    }
    false
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

fn encode(img: &DynamicImage, format: Format, mode: WebPMode) -> Result<Vec<u8>, String> {
    match (format, mode) {
        (Format::WebP, WebPMode::Lossy) => encode_lossy_webp(img),
        _ => encode_with_image_crate(img, format).map_err(|e| e.to_string()),
    }
}

/// libwebp's lossy encoder, with the alpha channel kept only when the image has one.
fn encode_lossy_webp(img: &DynamicImage) -> Result<Vec<u8>, String> {
    let (width, height) = (img.width(), img.height());
    let encoded = if img.color().has_alpha() {
        let rgba = img.to_rgba8();
        webp::Encoder::from_rgba(rgba.as_raw(), width, height).encode_simple(false, WEBP_QUALITY)
    } else {
        let rgb = img.to_rgb8();
        webp::Encoder::from_rgb(rgb.as_raw(), width, height).encode_simple(false, WEBP_QUALITY)
    };
    encoded
        .map(|memory| memory.to_vec())
        .map_err(|e| format!("libwebp: {e:?}"))
}

fn encode_with_image_crate(img: &DynamicImage, format: Format) -> image::ImageResult<Vec<u8>> {
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
            // The crate's (lossless) WebP encoder takes 8-bit RGB(A) only.
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

/// The cached bytes of `v`, if they are an image of its format and size. The rename in
/// [`store_in_cache`] keeps a stopped build from leaving half a file, but not a power cut
/// (the name can reach the disk before the data) or a damaged disk; a bad entry is a miss.
fn read_cached(cache: &Path, v: &Variant) -> Option<Vec<u8>> {
    let bytes = fs::read(cache_file(cache, v)).ok()?;
    let format = match v.format {
        Format::Jpeg => ImageFormat::Jpeg,
        Format::Png => ImageFormat::Png,
        Format::WebP => ImageFormat::WebP,
    };
    let size = image::ImageReader::with_format(Cursor::new(&bytes), format)
        .into_dimensions()
        .ok()?;
    (size == (v.width, v.height)).then_some(bytes)
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

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    /// A photograph stand-in: a gradient with a fine pattern over it.
    fn photo(width: u32, height: u32) -> DynamicImage {
        DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
            let grain = ((x * 7919 + y * 104_729) % 23) as u8;
            Rgb([
                (x * 200 / width) as u8 + grain,
                (y * 200 / height) as u8,
                90 + grain,
            ])
        }))
    }

    #[test]
    fn tells_lossless_from_lossy_webp_simple_and_extended() {
        let img = photo(64, 48);
        let lossy = encode(&img, Format::WebP, WebPMode::Lossy).unwrap();
        let lossless = encode(&img, Format::WebP, WebPMode::Lossless).unwrap();
        assert!(!webp_is_lossless(&lossy));
        assert!(webp_is_lossless(&lossless));
        // With alpha, libwebp writes the extended form: VP8X, ALPH, then VP8.
        let translucent = DynamicImage::ImageRgba8(RgbaImage::from_fn(64, 48, |x, _| {
            Rgba([200, 10, 10, (x * 4) as u8])
        }));
        let extended = encode(&translucent, Format::WebP, WebPMode::Lossy).unwrap();
        assert_eq!(&extended[12..16], b"VP8X");
        assert!(!webp_is_lossless(&extended));
        assert_eq!(webp_mode(Format::WebP, &extended), WebPMode::Lossy);
        assert_eq!(webp_mode(Format::WebP, &lossless), WebPMode::Lossless);
        assert_eq!(webp_mode(Format::Jpeg, &[]), WebPMode::Lossy);
        assert_eq!(webp_mode(Format::Png, &lossy), WebPMode::Lossless);
        // Cut or garbage files end the walk without a panic.
        for n in [0, 5, 12, 16, 19, 30] {
            let _ = webp_is_lossless(&lossy[..n.min(lossy.len())]);
        }
        assert!(!webp_is_lossless(
            b"RIFF\xff\xff\xff\xffWEBPXXXX\xff\xff\xff\xff"
        ));
    }

    #[test]
    fn lossy_webp_keeps_the_alpha_channel_and_the_size() {
        let translucent = DynamicImage::ImageRgba8(RgbaImage::from_fn(40, 30, |x, _| {
            Rgba([10, 120, 200, if x < 20 { 0 } else { 255 }])
        }));
        let bytes = encode(&translucent, Format::WebP, WebPMode::Lossy).unwrap();
        let back = image::load_from_memory(&bytes).unwrap();
        assert_eq!((back.width(), back.height()), (40, 30));
        let rgba = back.to_rgba8();
        assert_eq!(rgba.get_pixel(5, 5)[3], 0);
        assert_eq!(rgba.get_pixel(35, 5)[3], 255);
    }

    #[test]
    fn a_photograph_weighs_less_as_lossy_webp_than_as_jpeg() {
        let img = photo(960, 640);
        let jpeg = encode(&img, Format::Jpeg, WebPMode::Lossy).unwrap();
        let webp = encode(&img, Format::WebP, WebPMode::Lossy).unwrap();
        assert!(
            webp.len() < jpeg.len(),
            "WebP {} bytes, JPEG {} bytes",
            webp.len(),
            jpeg.len()
        );
    }
}
