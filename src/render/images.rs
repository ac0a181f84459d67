//! What templates see of a lead image: ready-made `srcset` lists, the fallback file, and the
//! size of the largest variant for `width`/`height` (which only fix the aspect ratio, so the
//! browser reserves the space before the file arrives: no layout shift).

use super::context::ImageContext;
use super::view::SiteView;
use crate::load::image::{Format, LeadImage};

impl SiteView<'_> {
    /// The lead image of article `i`, if it has one.
    pub(super) fn article_image(&self, i: usize) -> Option<ImageContext> {
        self.content.articles[i]
            .image
            .as_ref()
            .map(|img| self.image_context(img))
    }

    /// The photo of author `a`, if their file gives one.
    pub(super) fn author_photo(&self, a: usize) -> Option<ImageContext> {
        self.content.terms.authors[a]
            .photo
            .as_ref()
            .map(|img| self.image_context(img))
    }

    pub(super) fn image_context(&self, img: &LeadImage) -> ImageContext {
        let variants = img.variants();
        let srcset = |format: Format| {
            variants
                .iter()
                .filter(|v| v.format == format)
                .map(|v| format!("{} {}w", self.urls.url(&v.path), v.width))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let fallback: Vec<_> = variants.iter().filter(|v| v.format == img.format).collect();
        // The middle width as `src`: what a browser without `srcset` (or a feed reader) shows.
        let middle = fallback[(fallback.len() - 1) / 2];
        let largest = fallback[fallback.len() - 1];
        let webp_srcset = if img.format == Format::WebP {
            String::new()
        } else {
            srcset(Format::WebP)
        };
        ImageContext {
            src: self.urls.url(&middle.path),
            srcset: srcset(img.format),
            webp_srcset,
            mime: img.format.mime(),
            width: largest.width,
            height: largest.height,
            absolute: self.urls.absolute(&largest.path),
            alt: img.alt.clone(),
            caption: img.caption.clone(),
            credit: img.credit.clone(),
        }
    }
}
