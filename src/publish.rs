//! The last steps of every build, written once: render pages, index them for search, produce
//! the feeds, sitemap and publishing files, copy the static files — into any [`Output`].
//!
//! `sahifa build` publishes into a staging folder, `sahifa check` into memory, and `serve`
//! into a staging folder (full rebuilds, template edits) or into the live output folder
//! (incremental rebuilds, which publish only the pages a change touched). All of them go
//! through [`publish`], so what one of them produces, every other one produces the same way.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::error::Result;
use crate::render::{self, Page, SiteView, Templates};
use crate::search;
use crate::write::{self, Output};

/// Pages rendered and then written per round: bounds the memory held by rendered pages
/// (a 100,000-article site renders 2.7 GB) while keeping every core busy in each stage. At
/// 2,048 a 1,000-article build peaked at 72 MiB against 38 MiB when each page was written as
/// soon as rendered; at 256 it peaks at 37 MiB, with the same CPU time.
const PAGES_PER_ROUND: usize = 256;

/// What to publish.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Everything, into an empty output: every page, the search index, every feed, the
    /// sitemap, robots.txt, `.nojekyll`/`CNAME`, and the static files.
    Everything,
    /// What an edit touched, into an output that already holds the rest: these pages, and
    /// the feeds of these entities with the site feed and the sitemap. The search index is
    /// left for a [`Scope::SearchIndex`] that follows, so `serve` can show the edited page
    /// first and refresh the index (which covers every page) after.
    Touched {
        pages: &'a [Page],
        feed_entities: &'a [usize],
    },
    /// Only the search index, made again from the site's text.
    SearchIndex,
}

/// What a publication did, with the time of each stage.
#[derive(Debug, Clone, Default)]
pub struct Published {
    pub pages: usize,
    /// The links into the site that article and page bodies wrote (as rendered).
    pub site_links: Vec<(Page, String)>,
    pub bytes: u64,
    pub render: Duration,
    pub search: Duration,
    pub write: Duration,
    /// Resizing and writing lead images.
    pub images: Duration,
    pub image_stats: write::images::ImageStats,
    /// Pages of the search index, and how many were digested or came from the cache.
    pub search_stats: search::SearchStats,
}

/// Publishes `scope` of the site into `output`. `root` is the site folder (for its static
/// files). Stops at the first stage that fails; every error of that stage is reported.
///
/// The search index is made while the pages are rendered and written: it reads only the
/// site's text, and the pages leave a core idle while the disk takes their files and in
/// their serial steps, which the index fills (its own merging is serial too).
pub fn publish(
    view: &SiteView<'_>,
    templates: &Templates,
    root: &Path,
    output: &dyn Output,
    scope: Scope<'_>,
) -> Result<Published> {
    let (pages, index) = rayon::join(
        || publish_pages(view, templates, root, output, scope),
        || publish_search_index(view, root, output, scope),
    );
    let mut published = pages?;
    (published.search_stats, published.search) = index?;
    publish_files(view, root, output, scope, &mut published)?;
    Ok(published)
}

/// The stages of [`publish`] that read the article analyses: pages, feeds and sitemap,
/// lead images.
fn publish_pages(
    view: &SiteView<'_>,
    templates: &Templates,
    root: &Path,
    output: &dyn Output,
    scope: Scope<'_>,
) -> Result<Published> {
    let mut published = Published::default();
    let all_pages;
    let pages = match scope {
        Scope::Everything => {
            all_pages = view.pages();
            &all_pages[..]
        }
        Scope::Touched { pages, .. } => pages,
        Scope::SearchIndex => &[],
    };
    render_and_write(view, templates, pages, output, &mut published)?;
    published.site_links = view.take_site_links();

    let files = timed(&mut published.render, || match scope {
        Scope::Everything => render::crawlers::crawler_files(view),
        Scope::Touched { feed_entities, .. } => {
            render::crawlers::files_touched_by_articles(view, feed_entities)
        }
        Scope::SearchIndex => Vec::new(),
    });
    timed(&mut published.write, || {
        write::write_files(
            output,
            files.iter().map(|(p, t)| (p.as_str(), t.as_bytes())),
        )
    })?;

    published.image_stats = timed(&mut published.images, || {
        let images = lead_images(view, scope);
        write::images::publish_images(root, images.into_iter(), output)
    })?;
    Ok(published)
}

/// The search index of every page (not for [`Scope::Touched`], whose index follows in a
/// [`Scope::SearchIndex`]), with the time it took.
fn publish_search_index(
    view: &SiteView<'_>,
    root: &Path,
    output: &dyn Output,
    scope: Scope<'_>,
) -> Result<(search::SearchStats, Duration)> {
    let mut took = Duration::ZERO;
    if !view.config.search || matches!(scope, Scope::Touched { .. }) {
        return Ok((search::SearchStats::default(), took));
    }
    let stats = timed(&mut took, || search::publish_index(view, root, output))?;
    Ok((stats, took))
}

/// The files of publishing and the site's static files, after every generated page and the
/// search index, so that a static file that would replace one of them is found.
fn publish_files(
    view: &SiteView<'_>,
    root: &Path,
    output: &dyn Output,
    scope: Scope<'_>,
    published: &mut Published,
) -> Result<()> {
    if matches!(scope, Scope::Everything) {
        timed(&mut published.write, || {
            let publishing = render::crawlers::publishing_files(view.config);
            write::write_files(output, publishing.iter().map(|(p, b)| (p.as_str(), &b[..])))?;
            let statics = write::static_files(root, &view.config.theme)?;
            write_redirects(view, output, &statics)?;
            // Last: everything generated is in the output, so a static file that would replace
            // one of them is found (the output started empty).
            write::copy_static_files(root, statics, output)
        })?;
    }
    Ok(())
}

/// The pages of the articles' old addresses, after every generated page and file (so one
/// that would replace them is found) and before the static files (which then may not
/// replace a redirect either).
/// A static file that a redirect's folder would clash with (`static/style.css` and the alias
/// `/style.css/`) is an error here too: `copy_static` sees only files, not folders.
fn write_redirects(
    view: &SiteView<'_>,
    output: &dyn Output,
    statics: &[render::templates::StaticFile],
) -> Result<()> {
    let redirects = render::redirects::redirect_pages(view);
    let static_rels: std::collections::HashSet<&str> =
        statics.iter().map(|f| f.rel.as_str()).collect();
    // The site's own files are written in lower case (slugs, folders, feeds): an alias that
    // differs from one only in case is the same file on macOS and Windows.
    let exists = |rel: &str| static_rels.contains(rel) || output.read(rel).is_some();
    let taken = |rel: &str| {
        let lower = rel.to_lowercase();
        if exists(rel) {
            Some(rel.to_string())
        } else {
            (lower != rel && exists(&lower)).then_some(lower)
        }
    };
    let clashes = render::redirects::clashes(&redirects, &taken);
    if !clashes.is_empty() {
        return Err(crate::error::Error::Content(clashes));
    }
    write::write_files(
        output,
        redirects
            .iter()
            .map(|r| (r.file.as_str(), r.html.as_bytes())),
    )
}

/// The images `scope` needs, lead images and body pictures: every article's, or those of
/// the articles it touched (an edited article may name a new image; the others are in the
/// output already).
fn lead_images<'v>(
    view: &'v SiteView<'_>,
    scope: Scope<'_>,
) -> Vec<&'v crate::load::image::LeadImage> {
    let articles = &view.content.articles;
    let authors = &view.content.terms.authors;
    let article_images =
        |a: &'v crate::load::Article| a.image.iter().chain(a.body_images.iter().map(|b| &b.image));
    match scope {
        Scope::Everything => articles
            .iter()
            .flat_map(article_images)
            .chain(authors.iter().filter_map(|a| a.photo.as_ref()))
            .collect(),
        Scope::Touched { pages, .. } => pages
            .iter()
            .flat_map(|p| -> Vec<&'v crate::load::image::LeadImage> {
                match p {
                    Page::Article(i) => article_images(&articles[*i]).collect(),
                    Page::List(crate::render::Listing::Author(a), _) => authors
                        .get(*a)
                        .and_then(|t| t.photo.as_ref())
                        .into_iter()
                        .collect(),
                    _ => Vec::new(),
                }
            })
            .collect(),
        Scope::SearchIndex => Vec::new(),
    }
}

/// Renders `pages` in rounds, each rendered in parallel and then written in parallel, so the
/// two stages are timed apart and memory stays bounded. Every page is rendered even after a
/// failure, so all template errors are reported together; nothing more is written after one.
fn render_and_write(
    view: &SiteView<'_>,
    templates: &Templates,
    pages: &[Page],
    output: &dyn Output,
    published: &mut Published,
) -> Result<()> {
    let mut failures = render::Failures::default();
    for round in pages.chunks(PAGES_PER_ROUND) {
        let rendered = timed(&mut published.render, || {
            render::render_pages(view, templates, round, &mut failures)
        });
        if !failures.is_empty() {
            continue;
        }
        published.pages += rendered.len();
        published.bytes += rendered.iter().map(|p| p.html.len() as u64).sum::<u64>();
        timed(&mut published.write, || {
            write::write_pages(output, &rendered, |page, rel, e| {
                failures.write(view, page, rel, e)
            })
        });
    }
    failures.into_result()
}

/// Runs one stage of a publication and adds its time to `total` (a stage may run once per
/// round, so the times add up).
fn timed<T>(total: &mut Duration, stage: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = stage();
    *total += started.elapsed();
    out
}
