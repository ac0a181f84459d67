//! The site as rendering sees it ([`SiteView`]) and the list of its pages ([`Page`]).
//!
//! Kept apart from `pages` (what goes on each page), `feeds` and `structured` so that all three
//! can read the view without importing each other: `pages` uses the feeds' paths and the
//! structured data, and they only need this.

use super::urls::Urls;
use crate::analyse::ArticleAnalysis;
use crate::config::Config;
use crate::link::SiteGraph;
use crate::load::{Content, EntityKind};

/// Everything a page needs, shared read-only by all rendering threads.
pub struct SiteView<'a> {
    pub config: &'a Config,
    pub content: &'a Content,
    pub analyses: &'a [ArticleAnalysis],
    pub graph: &'a SiteGraph,
    pub urls: Urls,
    /// Per entity: URL and type key, used for links in article bodies.
    pub entity_targets: Vec<(String, &'static str)>,
    /// The links into the site that article and page bodies write, noted while they render
    /// (see [`SiteView::take_site_links`]).
    site_links: std::sync::Mutex<Vec<(Page, String)>>,
}

/// One page to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Article(usize),
    /// An entity and the 1-based page of its article list.
    Entity(usize, usize),
    TypeIndex(EntityKind),
    Entities,
    NotFound,
    /// The search page (when `search` is on).
    Search,
    /// A list of articles (the archive, a year, a month, a section, an author, a tag) and
    /// the 1-based page of it.
    List(Listing, usize),
    /// A page of `content/pages/` (index into `content.pages`).
    Standalone(usize),
    /// The index of every section, author or tag.
    Terms(TermKind),
}

/// A kind of term that has an index page of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    Sections,
    Authors,
    Tags,
}

/// A list of articles with its own pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Listing {
    /// Every article, newest first (undated ones last).
    Archive,
    /// The articles dated in a year.
    Year(i32),
    /// The articles dated in a month (1–12) of a year.
    Month(i32, u32),
    /// A section's articles (index into `content.terms.sections`).
    Section(usize),
    /// An author's articles (index into `content.terms.authors`).
    Author(usize),
    /// A tag's articles (index into `content.terms.tags`).
    Tag(usize),
}

impl Listing {
    /// The lists that have their own Atom feed: sections, authors and tags (the archive's is
    /// the site feed).
    pub fn has_feed(self) -> bool {
        matches!(
            self,
            Listing::Section(_) | Listing::Author(_) | Listing::Tag(_)
        )
    }
}

impl<'a> SiteView<'a> {
    pub fn new(
        config: &'a Config,
        content: &'a Content,
        analyses: &'a [ArticleAnalysis],
        graph: &'a SiteGraph,
    ) -> Self {
        let urls = Urls::new(&config.base_url, &config.base_path());
        let entity_targets = content
            .entities
            .iter()
            .map(|e| (urls.url(&Urls::entity_dir(&e.id)), e.kind.key()))
            .collect();
        SiteView {
            config,
            content,
            analyses,
            graph,
            urls,
            entity_targets,
            site_links: Default::default(),
        }
    }

    /// Notes the links into the site that `page`'s body wrote.
    pub(super) fn note_site_links(&self, page: Page, links: Vec<String>) {
        if links.is_empty() {
            return;
        }
        let mut noted = self.site_links.lock().unwrap_or_else(|e| e.into_inner());
        noted.extend(links.into_iter().map(|url| (page, url)));
    }

    /// The links into the site that the bodies rendered so far wrote, by page, in page order.
    pub fn take_site_links(&self) -> Vec<(Page, String)> {
        let mut noted = self.site_links.lock().unwrap_or_else(|e| e.into_inner());
        let mut links = std::mem::take(&mut *noted);
        links.sort_by_key(|(page, _)| page_order(*page));
        links
    }
}

/// Articles by index, then pages by index: the order their files are in a site.
fn page_order(page: Page) -> (u8, usize) {
    match page {
        Page::Article(i) => (0, i),
        Page::Standalone(i) => (1, i),
        _ => (2, 0),
    }
}

/// The folder of an entity type's index page (`people/`, `places/` …).
pub(super) fn type_dir(kind: EntityKind) -> String {
    format!("{}/", kind.index_slug())
}
