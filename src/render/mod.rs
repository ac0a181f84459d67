//! Stage 4 — render: Markdown bodies with entity links, then every page through Tera, in
//! parallel. Each page depends only on shared read-only data, so the output is the same
//! whatever the number of threads. Rendering returns pages; writing them is the write stage's.

mod bidi;
pub mod charts;
pub mod context;
pub mod crawlers;
pub mod dates;
mod descriptions;
mod entity_pages;
pub mod feeds;
mod images;
pub mod listings;
pub mod markdown;
pub mod menu;
pub mod pages;
pub mod redirects;
pub mod structured;
pub mod templates;
mod term_index;
pub mod urls;
pub mod view;

use std::collections::BTreeMap;

use rayon::prelude::*;

pub use listings::Listing;
pub use templates::Templates;
pub use view::{Page, SiteView};

use crate::error::{Diagnostic, Error, Result};

/// One rendered page: which page, its output path, its HTML.
#[derive(Debug)]
pub struct RenderedPage {
    pub page: Page,
    pub path: String,
    pub html: Vec<u8>,
}

/// Renders `pages` in parallel. Pages that fail are left out and their errors added to
/// `failures`: the same error raised by many pages (an unknown variable in `article.html`) is
/// reported once, with the first page that hit it.
pub fn render_pages(
    view: &SiteView<'_>,
    templates: &Templates,
    pages: &[Page],
    failures: &mut Failures,
) -> Vec<RenderedPage> {
    let results: Vec<std::result::Result<RenderedPage, Diagnostic>> = pages
        .par_iter()
        .map(|&page| {
            let (path, template, ctx) = view.page_context(page)?;
            // Rendered to bytes: the page goes to disk as bytes, so Tera need not re-validate
            // it as a String (that was 5% of a 10k-article build).
            let html = templates.render_page(template, &ctx, &path)?;
            Ok(RenderedPage { page, path, html })
        })
        .collect();
    let mut rendered = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(page) => rendered.push(page),
            Err(d) => failures.render(d),
        }
    }
    rendered
}

/// The problems of a publication, grouped so that one cause is reported once.
#[derive(Debug, Default)]
pub struct Failures {
    render: BTreeMap<(String, Option<usize>, String), Diagnostic>,
    /// Keyed by cause: a full disk is one message with a count, not one per page.
    write: BTreeMap<String, (Diagnostic, usize)>,
}

impl Failures {
    pub fn is_empty(&self) -> bool {
        self.render.is_empty() && self.write.is_empty()
    }

    fn render(&mut self, d: Diagnostic) {
        let key = (d.path.display().to_string(), d.line, d.message.clone());
        self.render.entry(key).or_insert(d);
    }

    /// Records that writing page `page` (output path `rel`) failed with `error`. A name too
    /// long for the file system is reported per page, against the file that named the page.
    pub fn write(&mut self, view: &SiteView<'_>, page: Page, rel: &str, error: Error) {
        let source = match &error {
            Error::Io { source, .. } => Some(source),
            _ => None,
        };
        let too_long = source.is_some_and(|e| e.kind() == std::io::ErrorKind::InvalidFilename);
        let reason = source.map_or_else(|| error.to_string(), |e| e.to_string());
        let origin = match page {
            Page::Article(i) => view.content.articles.get(i).map(|a| a.path.clone()),
            Page::Entity(e, _) => view.content.entities.get(e).map(|x| x.path.clone()),
            _ => None,
        };
        let diagnostic = Diagnostic::new(
            origin.unwrap_or_else(|| rel.into()),
            format!("cannot write its page `{rel}`: {reason}"),
        )
        .with_help(if too_long {
            "the page's URL is too long for the file system: give the file a shorter name or set a shorter `slug:`"
        } else {
            "check that the output folder's disk has free space and that you may write there, then build again"
        });
        let kind = if too_long {
            format!("name:{rel}")
        } else {
            source.map_or_else(|| "other".into(), |e| format!("{:?}", e.kind()))
        };
        self.write
            .entry(kind)
            .and_modify(|(_, more)| *more += 1)
            .or_insert((diagnostic, 0));
    }

    /// `Ok` when nothing failed, else every problem in one error.
    pub fn into_result(self) -> Result<()> {
        if self.is_empty() {
            return Ok(());
        }
        let mut errors: Vec<Diagnostic> = self.render.into_values().collect();
        errors.extend(self.write.into_values().map(|(mut d, more)| {
            if more > 0 {
                d.message
                    .push_str(&format!(" (and {more} more files, for the same reason)"));
            }
            d
        }));
        Err(Error::Content(errors))
    }
}
