//! Stage 4 — render: Markdown bodies with entity links, then every page through Tera, in
//! parallel. Each page depends only on shared read-only data, so the output is the same
//! whatever the number of threads.

mod bidi;
pub mod charts;
pub mod context;
pub mod dates;
mod entity_pages;
pub mod feeds;
pub mod markdown;
pub mod pages;
pub mod search;
pub mod structured;
pub mod templates;
pub mod urls;

use std::collections::BTreeMap;

use rayon::prelude::*;

pub use pages::{Page, Site};
pub use templates::Templates;

use crate::error::{Diagnostic, Error, Result};
use crate::write::Output;

/// Counts of what was rendered.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderStats {
    pub pages: usize,
    pub bytes: u64,
}

/// Renders every page of `site` into `output`. All template errors are collected; the same
/// error raised by many pages (an unknown variable in `article.html`) is reported once, with
/// the first page that hit it.
pub fn render_site(
    site: &Site<'_>,
    templates: &Templates,
    output: &dyn Output,
) -> Result<RenderStats> {
    render_pages(site, templates, &site.pages(), output)
}

/// Renders the given pages, in parallel, into `output`.
pub fn render_pages(
    site: &Site<'_>,
    templates: &Templates,
    pages: &[Page],
    output: &dyn Output,
) -> Result<RenderStats> {
    let results: Vec<std::result::Result<u64, Diagnostic>> = pages
        .par_iter()
        .map(|&page| {
            let (path, template, ctx) = site.build(page)?;
            // Rendered to bytes: the page goes to disk as bytes, so Tera need not re-validate
            // it as a String (that was 5% of a 10k-article build).
            let html = templates.render_page(template, &ctx, &path)?;
            output
                .write(&path, &html)
                .map_err(|e| Diagnostic::new(&path, e.to_string()))?;
            Ok(html.len() as u64)
        })
        .collect();
    let mut stats = RenderStats::default();
    let mut errors: BTreeMap<(String, Option<usize>, String), Diagnostic> = BTreeMap::new();
    for result in results {
        match result {
            Ok(bytes) => {
                stats.pages += 1;
                stats.bytes += bytes;
            }
            Err(d) => {
                let key = (d.path.display().to_string(), d.line, d.message.clone());
                errors.entry(key).or_insert(d);
            }
        }
    }
    if errors.is_empty() {
        Ok(stats)
    } else {
        Err(Error::Content(errors.into_values().collect()))
    }
}
