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
    let results: Vec<std::result::Result<u64, PageFailure>> = pages
        .par_iter()
        .map(|&page| {
            let (path, template, ctx) = site
                .build(page)
                .map_err(|d| PageFailure::Render(Box::new(d)))?;
            // render_to a byte buffer: the page goes to disk as bytes, so Tera need not
            // re-validate it as a String (that was 5% of a 10k-article build).
            let mut html = Vec::with_capacity(32 * 1024);
            templates
                .tera
                .render_to(template, &ctx, &mut html)
                .map_err(|e| PageFailure::Render(Box::new(templates.diagnostic(&e, &path))))?;
            output
                .write(&path, &html)
                .map_err(|e| PageFailure::write(site, page, &path, e))?;
            Ok(html.len() as u64)
        })
        .collect();
    let mut stats = RenderStats::default();
    let mut errors: BTreeMap<(String, Option<usize>, String), Diagnostic> = BTreeMap::new();
    let mut write_errors: BTreeMap<String, (Diagnostic, usize)> = BTreeMap::new();
    for result in results {
        match result {
            Ok(bytes) => {
                stats.pages += 1;
                stats.bytes += bytes;
            }
            Err(PageFailure::Render(d)) => {
                let key = (d.path.display().to_string(), d.line, d.message.clone());
                errors.entry(key).or_insert(*d);
            }
            Err(PageFailure::Write { diagnostic, kind }) => {
                write_errors
                    .entry(kind)
                    .and_modify(|(_, more)| *more += 1)
                    .or_insert((*diagnostic, 0));
            }
        }
    }
    let mut errors: Vec<Diagnostic> = errors.into_values().collect();
    errors.extend(write_errors.into_values().map(|(mut d, more)| {
        if more > 0 {
            d.message
                .push_str(&format!(" (and {more} more files, for the same reason)"));
        }
        d
    }));
    if errors.is_empty() {
        Ok(stats)
    } else {
        Err(Error::Content(errors))
    }
}

/// Why one page was not produced.
enum PageFailure {
    /// Its context or template failed: reported once per distinct message.
    Render(Box<Diagnostic>),
    /// Writing it failed. Failures of one kind (a full disk) are reported once with a count;
    /// a name too long is reported per page, against the file that gave the page its name.
    Write {
        diagnostic: Box<Diagnostic>,
        kind: String,
    },
}

impl PageFailure {
    fn write(site: &Site<'_>, page: Page, rel: &str, error: Error) -> PageFailure {
        let source = match &error {
            Error::Io { source, .. } => Some(source),
            _ => None,
        };
        let too_long = source.is_some_and(|e| e.kind() == std::io::ErrorKind::InvalidFilename);
        let reason = source.map_or_else(|| error.to_string(), |e| e.to_string());
        let origin = match page {
            Page::Article(i) => site.content.articles.get(i).map(|a| a.path.clone()),
            Page::Entity(e, _) => site.content.entities.get(e).map(|x| x.path.clone()),
            _ => None,
        };
        let mut diagnostic = Diagnostic::new(
            origin.unwrap_or_else(|| rel.into()),
            format!("cannot write its page `{rel}`: {reason}"),
        );
        diagnostic.help = Some(if too_long {
            "the page's URL is too long for the file system: give the file a shorter name or set a shorter `slug:`".into()
        } else {
            "check that the output folder's disk has free space and that you may write there, then build again".into()
        });
        let kind = if too_long {
            format!("name:{rel}")
        } else {
            source.map_or_else(|| "other".into(), |e| format!("{:?}", e.kind()))
        };
        PageFailure::Write {
            diagnostic: Box::new(diagnostic),
            kind,
        }
    }
}
