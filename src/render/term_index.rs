//! The index of each kind of term — `/sections/`, `/authors/`, `/tags/` — every section,
//! author or tag with its article count.
//!
//! Why: a reader (or a crawler) on one author's page should reach the others, and a URL
//! trimmed to `/authors/` should not be a 404; Hugo and Zola give every taxonomy such a page.
//! A kind with no term has no index, so a site without authors keeps the pages it had.

use serde::Serialize;

use super::context::{Crumb, ImageContext};
use super::dates::digits;
use super::view::{Listing, SiteView, TermKind};
use crate::load::Term;

/// One term on its kind's index.
#[derive(Debug, Clone, Serialize)]
pub struct TermSummary {
    pub name: String,
    pub url: String,
    /// Articles in the term's list.
    pub count: usize,
    /// An author's role; empty otherwise.
    pub role: String,
    /// An author's photo; none otherwise.
    pub photo: Option<ImageContext>,
}

/// What `terms.html` knows about the index it shows.
#[derive(Debug, Clone, Serialize)]
pub struct TermIndexContext {
    /// `sections`, `authors` or `tags`.
    pub kind: &'static str,
    pub title: &'static str,
    pub terms: Vec<TermSummary>,
}

impl TermKind {
    pub const ALL: [TermKind; 3] = [TermKind::Sections, TermKind::Authors, TermKind::Tags];

    /// The index's output directory, under which each term's own list lives.
    pub fn dir(self) -> &'static str {
        match self {
            TermKind::Sections => "sections/",
            TermKind::Authors => "authors/",
            TermKind::Tags => "tags/",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TermKind::Sections => "sections",
            TermKind::Authors => "authors",
            TermKind::Tags => "tags",
        }
    }

    /// The index's heading, also the breadcrumb that leads back to it from a term's list.
    pub fn title(self) -> &'static str {
        match self {
            TermKind::Sections => "الأقسام",
            TermKind::Authors => "الكتّاب",
            TermKind::Tags => "الوسوم",
        }
    }

    /// The list of the kind's `i`-th term.
    fn listing(self, i: usize) -> Listing {
        match self {
            TermKind::Sections => Listing::Section(i),
            TermKind::Authors => Listing::Author(i),
            TermKind::Tags => Listing::Tag(i),
        }
    }

    /// The kind a term's list belongs to; none for the archive's lists.
    pub fn of(listing: Listing) -> Option<TermKind> {
        match listing {
            Listing::Section(_) => Some(TermKind::Sections),
            Listing::Author(_) => Some(TermKind::Authors),
            Listing::Tag(_) => Some(TermKind::Tags),
            Listing::Archive | Listing::Year(_) | Listing::Month(..) => None,
        }
    }
}

impl SiteView<'_> {
    /// The kinds of term the site has at least one of, in menu order.
    pub fn term_kinds_present(&self) -> Vec<TermKind> {
        TermKind::ALL
            .into_iter()
            .filter(|&k| !self.terms_of(k).is_empty())
            .collect()
    }

    fn terms_of(&self, kind: TermKind) -> &[Term] {
        let terms = &self.content.terms;
        match kind {
            TermKind::Sections => &terms.sections,
            TermKind::Authors => &terms.authors,
            TermKind::Tags => &terms.tags,
        }
    }

    /// The breadcrumb of a kind's index, for the pages of its terms.
    pub(super) fn term_index_crumb(&self, kind: TermKind) -> Crumb {
        self.crumb(kind.title(), kind.dir())
    }

    /// The context of a kind's index, in the terms' own order (sections by weight, authors
    /// and tags by name): an index is for finding a name, not a ranking.
    pub(super) fn term_index(&self, kind: TermKind) -> TermIndexContext {
        let terms = self
            .terms_of(kind)
            .iter()
            .enumerate()
            .map(|(i, term)| {
                let listing = kind.listing(i);
                TermSummary {
                    name: term.name.clone(),
                    url: self.urls.url(&self.listing_dir(listing)),
                    count: self.listing_articles(listing).len(),
                    role: term.role.clone(),
                    photo: match kind {
                        TermKind::Authors => self.author_photo(i),
                        _ => None,
                    },
                }
            })
            .collect();
        TermIndexContext {
            kind: kind.key(),
            title: kind.title(),
            terms,
        }
    }

    /// The index's meta description: how many terms, and of which site.
    pub(super) fn term_index_description(&self, kind: TermKind) -> String {
        let count = self.terms_of(kind).len();
        let site = &self.config.title;
        let text = match kind {
            TermKind::Sections => format!("أقسام {site} ({count})، وعدد المقالات في كل قسم."),
            TermKind::Authors => format!("كتّاب {site} ({count})، وعدد مقالات كل منهم."),
            TermKind::Tags => format!("وسوم مقالات {site} ({count})، وعدد المقالات بكل وسم."),
        };
        digits(&text, self.config.numerals)
    }
}
