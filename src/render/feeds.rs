//! Files for crawlers and feed readers: Atom feeds (the site's and one per entity),
//! `sitemap.xml` and `robots.txt`. Written as XML by hand with strict escaping: the formats are
//! small and fixed, and a template engine would only add ways to produce invalid XML.

use rayon::prelude::*;

use super::pages::{Page, Site};
use super::urls::Urls;
use crate::load::{Article, Date};

/// Entries in a feed.
const FEED_ENTRIES: usize = 20;

/// Output path of the site feed and of an entity's feed.
pub const SITE_FEED: &str = "feed.xml";

pub fn entity_feed_path(id: &str) -> String {
    format!("{}feed.xml", Urls::entity_dir(id))
}

/// Every generated XML/text file: (output path, contents).
pub fn crawler_files(site: &Site<'_>) -> Vec<(String, String)> {
    let all: Vec<usize> = site.published_entities().collect();
    let mut files = files_touched_by_articles(site, &all);
    files.push(("robots.txt".to_string(), robots(site)));
    files
}

/// The site feed, the sitemap and the feeds of `entities`: what an edited article can change.
pub fn files_touched_by_articles(site: &Site<'_>, entities: &[usize]) -> Vec<(String, String)> {
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
    files
}

fn site_feed(site: &Site<'_>) -> String {
    let articles: Vec<usize> = site
        .graph
        .chronological
        .iter()
        .take(FEED_ENTRIES)
        .copied()
        .collect();
    atom(site, &site.config.title, SITE_FEED, "", &articles)
}

fn entity_feed(site: &Site<'_>, e: usize) -> String {
    let entity = &site.content.entities[e];
    let articles: Vec<usize> = site.graph.entity_articles[e]
        .iter()
        .take(FEED_ENTRIES)
        .copied()
        .collect();
    let title = format!("{} — {}", entity.name(), site.config.title);
    atom(
        site,
        &title,
        &entity_feed_path(&entity.id),
        &Urls::entity_dir(&entity.id),
        &articles,
    )
}

/// An Atom 1.0 document (RFC 4287): feed id, title, updated, author, self and alternate links;
/// each entry with id, title, updated, link and summary.
fn atom(
    site: &Site<'_>,
    title: &str,
    self_path: &str,
    alternate_dir: &str,
    articles: &[usize],
) -> String {
    let updated = articles.first().map_or_else(
        || "1970-01-01T00:00:00Z".to_string(),
        |&a| timestamp(&site.content.articles[a].date),
    );
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"",
    );
    x.push_str(&esc(&site.config.language));
    x.push_str("\">\n");
    element(&mut x, "  ", "title", title);
    element(&mut x, "  ", "id", &site.urls.absolute(self_path));
    element(&mut x, "  ", "updated", &updated);
    x.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        esc(&site.urls.absolute(self_path))
    ));
    x.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        esc(&site.urls.absolute(alternate_dir))
    ));
    x.push_str("  <author>\n");
    element(&mut x, "    ", "name", &site.config.title);
    x.push_str("  </author>\n");
    element(&mut x, "  ", "generator", "Sahifa");
    for &i in articles {
        let a = &site.content.articles[i];
        let url = site.urls.absolute(&Urls::article_dir(&a.slug));
        x.push_str("  <entry>\n");
        element(
            &mut x,
            "    ",
            "title",
            a.meta.title.as_deref().unwrap_or(""),
        );
        element(&mut x, "    ", "id", &url);
        element(&mut x, "    ", "updated", &timestamp(&a.date));
        x.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            esc(&url)
        ));
        let summary = &site.analyses[i].summary;
        if !summary.is_empty() {
            element(&mut x, "    ", "summary", summary);
        }
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

/// Every HTML page but the 404, with absolute percent-encoded URLs and the date of the newest
/// article shown on it as `lastmod`.
fn sitemap(site: &Site<'_>) -> String {
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

fn lastmod<'a>(site: &'a Site<'_>, page: Page) -> Option<&'a Date> {
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
        Page::Home | Page::Entities | Page::TypeIndex(_) => newest(&site.graph.chronological),
        Page::NotFound | Page::Search => None,
    }
}

fn updated_or_date(a: &Article) -> Option<&Date> {
    a.date.as_ref()
}

fn robots(site: &Site<'_>) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        site.urls.absolute("sitemap.xml")
    )
}

/// RFC 3339 time of an article: as written when it has a time, else midnight UTC.
fn timestamp(date: &Option<Date>) -> String {
    match date {
        Some(d) if d.raw.len() > 10 && d.raw.as_bytes()[10] == b'T' => d.raw.clone(),
        Some(d) => format!("{}T00:00:00Z", d.iso_date()),
        None => "1970-01-01T00:00:00Z".to_string(),
    }
}

fn element(out: &mut String, indent: &str, name: &str, text: &str) {
    out.push_str(&format!("{indent}<{name}>{}</{name}>\n", esc(text)));
}

/// XML escaping; characters XML 1.0 forbids (most C0 controls) are dropped.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            esc("]]> <b> & \"x\" \u{1}"),
            "]]&gt; &lt;b&gt; &amp; &quot;x&quot; "
        );
    }

    #[test]
    fn timestamps() {
        let d = Date::parse("2022-01-19").ok();
        assert_eq!(timestamp(&d), "2022-01-19T00:00:00Z");
        let d = Date::parse("2015-01-01T06:55:00+03:00").ok();
        assert_eq!(timestamp(&d), "2015-01-01T06:55:00+03:00");
    }
}
