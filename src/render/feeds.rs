//! Atom feeds for feed readers: the site's and one per entity. Written as XML by hand with
//! strict escaping: the format is small and fixed, and a template engine would only add ways
//! to produce invalid XML.

use super::urls::Urls;
use super::view::SiteView;
use crate::load::Date;

/// Entries in a feed.
const FEED_ENTRIES: usize = 20;

/// Output path of the site feed and of an entity's feed.
pub const SITE_FEED: &str = "feed.xml";

pub fn entity_feed_path(id: &str) -> String {
    format!("{}feed.xml", Urls::entity_dir(id))
}

pub(super) fn site_feed(site: &SiteView<'_>) -> String {
    let articles: Vec<usize> = site
        .graph
        .chronological
        .iter()
        .take(FEED_ENTRIES)
        .copied()
        .collect();
    atom(site, &site.config.title, SITE_FEED, "", &articles)
}

pub(super) fn entity_feed(site: &SiteView<'_>, e: usize) -> String {
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

/// The feed of a section, an author or a tag: its newest articles.
pub(super) fn listing_feed(site: &SiteView<'_>, listing: super::listings::Listing) -> String {
    let articles: Vec<usize> = site
        .listing_articles(listing)
        .iter()
        .take(FEED_ENTRIES)
        .copied()
        .collect();
    let title = format!("{} — {}", site.listing_title(listing), site.config.title);
    atom(
        site,
        &title,
        &site.listing_feed_path(listing),
        &site.listing_dir(listing),
        &articles,
    )
}

/// An Atom 1.0 document (RFC 4287): feed id, title, updated, author, self and alternate links;
/// each entry with id, title, updated, link and summary.
fn atom(
    site: &SiteView<'_>,
    title: &str,
    self_path: &str,
    alternate_dir: &str,
    articles: &[usize],
) -> String {
    // An undated article has no time to give a reader's feed (it would say 1970): it stays
    // on the site, not in feeds; its build warned about it.
    let articles: Vec<usize> = articles
        .iter()
        .copied()
        .filter(|&a| site.content.articles[a].date.is_some())
        .collect();
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
    for &i in &articles {
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

/// RFC 3339 time of an article: as written when it has a time, else midnight UTC.
fn timestamp(date: &Option<Date>) -> String {
    match date {
        Some(d) if d.raw.len() > 10 && d.raw.as_bytes()[10] == b'T' => d.raw.clone(),
        Some(d) => format!("{}T00:00:00Z", d.iso_date()),
        None => "1970-01-01T00:00:00Z".to_string(),
    }
}

pub(super) fn element(out: &mut String, indent: &str, name: &str, text: &str) {
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
