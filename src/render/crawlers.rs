//! Files for crawlers and hosts rather than readers: `sitemap.xml`, `robots.txt`, and what
//! GitHub Pages expects (`.nojekyll`, and `CNAME` for a custom domain); with the feeds, the
//! set of generated non-HTML files a build publishes.

use rayon::prelude::*;

use super::feeds::{SITE_FEED, element, entity_feed, entity_feed_path, listing_feed, site_feed};
use super::view::{Page, SiteView};
use crate::config::Config;
use crate::load::{Article, Date};

/// Every generated XML/text file: (output path, contents).
pub fn crawler_files(site: &SiteView<'_>) -> Vec<(String, String)> {
    let all: Vec<usize> = site.published_entities().collect();
    let mut files = files_touched_by_articles(site, &all);
    files.push(("robots.txt".to_string(), robots(site)));
    files
}

/// The site feed, the sitemap and the feeds of `entities`: what an edited article can change.
pub fn files_touched_by_articles(site: &SiteView<'_>, entities: &[usize]) -> Vec<(String, String)> {
    // In parallel: a site has thousands of entity feeds, and the sitemap of a large archive
    // is itself a big string.
    let ((feed, map), mut files) = rayon::join(
        || rayon::join(|| site_feed(site), || sitemap(site)),
        || {
            entities
                .par_iter()
                .map(|&e| {
                    let path = entity_feed_path(&site.content.entities[e].id);
                    (path, entity_feed(site, e))
                })
                .collect::<Vec<_>>()
        },
    );
    files.push((SITE_FEED.to_string(), feed));
    files.push(("sitemap.xml".to_string(), map));
    // Every section, author and tag feed: an edit can change any of their entries' titles or
    // order, and each is small (20 entries).
    files.par_extend(
        site.listings()
            .into_par_iter()
            .filter(|l| l.has_feed())
            .map(|l| (site.listing_feed_path(l), listing_feed(site, l))),
    );
    files
}

/// Every HTML page but the 404, with absolute percent-encoded URLs and the date of the newest
/// article shown on it as `lastmod`.
fn sitemap(site: &SiteView<'_>) -> String {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in site.pages() {
        if matches!(page, Page::NotFound | Page::Search) {
            continue;
        }
        x.push_str("  <url>\n");
        element(
            &mut x,
            "    ",
            "loc",
            &site.urls.absolute(&site.page_dir(page)),
        );
        if let Some(date) = lastmod(site, page) {
            element(&mut x, "    ", "lastmod", &date.iso_date());
        }
        x.push_str("  </url>\n");
    }
    x.push_str("</urlset>\n");
    x
}

fn lastmod<'a>(site: &'a SiteView<'_>, page: Page) -> Option<&'a Date> {
    let newest = |list: &[usize]| {
        list.iter()
            .find_map(|&a| site.content.articles[a].date.as_ref())
    };
    match page {
        Page::Article(i) => updated_or_date(&site.content.articles[i]),
        Page::Entity(e, n) => {
            let per_page = site.config.pagination.entity_articles;
            let list = &site.graph.entity_articles[e];
            newest(list.get((n - 1) * per_page..).unwrap_or(&[]))
        }
        Page::Home | Page::Entities | Page::TypeIndex(_) | Page::Terms(_) => {
            newest(&site.graph.chronological)
        }
        Page::List(listing, n) => {
            let per_page = site.listing_per_page(listing);
            let list = site.listing_articles(listing);
            newest(list.get((n - 1) * per_page..).unwrap_or(&[]))
        }
        Page::NotFound | Page::Search | Page::Standalone(_) => None,
    }
}

fn updated_or_date(a: &Article) -> Option<&Date> {
    a.date.as_ref()
}

fn robots(site: &SiteView<'_>) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        site.urls.absolute("sitemap.xml")
    )
}

/// What GitHub Pages expects: `.nojekyll` (serve files as they are, without Jekyll) and
/// `CNAME` when a custom domain is configured.
pub fn publishing_files(config: &Config) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![(".nojekyll".to_string(), Vec::new())];
    if let Some(cname) = config
        .cname
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        files.push(("CNAME".to_string(), format!("{cname}\n").into_bytes()));
    }
    files
}
