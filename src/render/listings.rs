//! Paginated lists of articles that are not about an entity: the archive (all articles, a
//! year, a month), and each section, author and tag. Each is a [`Listing`]; its pages are
//! `Page::List(listing, n)`.
//!
//! Every article is on at least one archive page, and every archive page is reachable from
//! `/archive/` by the pager, so no article depends on being recent or naming an entity to be
//! found by a reader (or a crawler) following links from the home page.

use serde::Serialize;

use super::context::{ArticleSummary, Crumb, Pagination};
use super::dates::{digits, month_name};
use super::entity_pages::pager;
use super::view::SiteView;

/// Headlines under a section's lead story on the home page.
const FRONT_SECTION_MORE: usize = 3;

pub use super::view::Listing;

/// What `list.html` knows about the section, author or tag it lists.
#[derive(Debug, Clone, Serialize)]
pub struct TermContext {
    pub id: String,
    pub name: String,
    /// An author's role; empty otherwise.
    pub role: String,
    /// The section's description or the author's bio, as HTML (safe).
    pub description: String,
    pub url: String,
    pub feed_url: String,
    /// An author's photo (`photo:` in their file); none otherwise.
    pub photo: Option<super::context::ImageContext>,
}

/// What `archive.html` knows about the list it shows.
#[derive(Debug, Clone, Serialize)]
pub struct ListingContext {
    /// `archive`, `year`, `month`, `section`, `author` or `tag`.
    pub kind: &'static str,
    /// The heading (`أرشيف أكتوبر 2024`), without the page number.
    pub title: String,
    /// URL of the list's first page.
    pub url: String,
    /// Articles in the whole list (not only on this page).
    pub count: usize,
}

/// A year of the archive, with its months, for the archive's calendar.
#[derive(Debug, Clone, Serialize)]
pub struct YearLink {
    pub label: String,
    pub url: String,
    pub count: usize,
    pub current: bool,
    pub months: Vec<MonthLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MonthLink {
    /// The month's name alone (`أكتوبر`).
    pub label: String,
    pub url: String,
    pub count: usize,
    pub current: bool,
}

/// Output directory of page `n` (1-based) of a list whose first page is `dir`.
pub fn paged_dir(dir: &str, n: usize) -> String {
    if n <= 1 {
        dir.to_string()
    } else {
        format!("{dir}page/{n}/")
    }
}

impl SiteView<'_> {
    /// Every list the site has, in a fixed order: the archive, then each year (newest first)
    /// followed by its months.
    pub fn listings(&self) -> Vec<Listing> {
        let mut lists = vec![Listing::Archive];
        for year in &self.graph.calendar {
            lists.push(Listing::Year(year.year));
            lists.extend(
                year.months
                    .iter()
                    .map(|(m, _)| Listing::Month(year.year, *m)),
            );
        }
        let terms = &self.content.terms;
        lists.extend((0..terms.sections.len()).map(Listing::Section));
        lists.extend((0..terms.authors.len()).map(Listing::Author));
        lists.extend((0..terms.tags.len()).map(Listing::Tag));
        lists
    }

    /// The articles of a list, newest first.
    pub fn listing_articles(&self, listing: Listing) -> &[usize] {
        match listing {
            Listing::Archive => &self.graph.chronological,
            Listing::Year(y) => self.graph.archive_articles(y, None),
            Listing::Month(y, m) => self.graph.archive_articles(y, Some(m)),
            Listing::Section(s) => &self.graph.terms.sections[s],
            Listing::Author(a) => &self.graph.terms.authors[a],
            Listing::Tag(t) => &self.graph.terms.tags[t],
        }
    }

    /// The section, author or tag a list is about.
    fn listing_term(&self, listing: Listing) -> Option<&crate::load::Term> {
        let terms = &self.content.terms;
        match listing {
            Listing::Section(s) => terms.sections.get(s),
            Listing::Author(a) => terms.authors.get(a),
            Listing::Tag(t) => terms.tags.get(t),
            _ => None,
        }
    }

    /// Articles per page of a list (`pagination.archive`).
    pub fn listing_per_page(&self, listing: Listing) -> usize {
        match listing {
            Listing::Archive | Listing::Year(_) | Listing::Month(..) => {
                self.config.pagination.archive
            }
            Listing::Section(_) | Listing::Author(_) | Listing::Tag(_) => {
                self.config.pagination.lists
            }
        }
    }

    /// Pages of a list: at least one, so an empty archive still has its page.
    pub fn listing_page_count(&self, listing: Listing) -> usize {
        self.listing_articles(listing)
            .len()
            .div_ceil(self.listing_per_page(listing))
            .max(1)
    }

    /// The output directory of a list's first page.
    pub fn listing_dir(&self, listing: Listing) -> String {
        match listing {
            Listing::Archive => "archive/".to_string(),
            Listing::Year(y) => format!("archive/{y}/"),
            Listing::Month(y, m) => format!("archive/{y}/{m:02}/"),
            Listing::Section(s) => format!("sections/{}/", self.content.terms.sections[s].id),
            Listing::Author(a) => format!("authors/{}/", self.content.terms.authors[a].id),
            Listing::Tag(t) => format!("tags/{}/", self.content.terms.tags[t].id),
        }
    }

    /// Output path of a list's Atom feed.
    pub fn listing_feed_path(&self, listing: Listing) -> String {
        format!("{}feed.xml", self.listing_dir(listing))
    }

    /// The URL of the month page an article's date links to (empty when it has no date).
    pub(super) fn month_url(&self, date: Option<&crate::load::Date>) -> String {
        date.map_or_else(String::new, |d| {
            self.urls
                .url(&self.listing_dir(Listing::Month(d.year, d.month)))
        })
    }

    /// The list's heading: `الأرشيف`, `أرشيف 2024`, `أرشيف أكتوبر 2024`.
    pub fn listing_title(&self, listing: Listing) -> String {
        let n = |text: String| digits(&text, self.config.numerals);
        match listing {
            Listing::Archive => "الأرشيف".to_string(),
            Listing::Year(y) => n(format!("أرشيف {y}")),
            Listing::Month(y, m) => n(format!(
                "أرشيف {} {y}",
                month_name(&self.config.language, m)
            )),
            Listing::Tag(t) => format!("الوسم: {}", self.content.terms.tags[t].name),
            Listing::Section(_) | Listing::Author(_) => self
                .listing_term(listing)
                .map(|t| t.name.clone())
                .unwrap_or_default(),
        }
    }

    /// A sentence for the page's meta description: every list page has one, even when the
    /// site sets no `description`.
    fn listing_description(&self, listing: Listing, count: usize) -> String {
        let n = |text: String| digits(&text, self.config.numerals);
        match listing {
            Listing::Archive => n(format!(
                "كل ما نشرته {}، من الأحدث إلى الأقدم: {count} مقالاً.",
                self.config.title
            )),
            Listing::Year(y) => n(format!("المقالات المنشورة في عام {y}: {count}.")),
            Listing::Month(y, m) => n(format!(
                "المقالات المنشورة في {} {y}: {count}.",
                month_name(&self.config.language, m)
            )),
            Listing::Section(s) => n(format!(
                "أخبار قسم {} في {}: {count} مقالاً، الأحدث أولاً.",
                self.content.terms.sections[s].name, self.config.title
            )),
            Listing::Author(a) => n(format!(
                "مقالات {} في {}: {count}.",
                self.content.terms.authors[a].name, self.config.title
            )),
            Listing::Tag(t) => n(format!(
                "المقالات الموسومة «{}» في {}: {count}.",
                self.content.terms.tags[t].name, self.config.title
            )),
        }
    }

    /// Template, title, description and breadcrumbs of page `n` of a list; fills `ctx`.
    pub(super) fn listing_page(
        &self,
        listing: Listing,
        n: usize,
        ctx: &mut tera::Context,
    ) -> (&'static str, String, String, Vec<Crumb>) {
        let all = self.listing_articles(listing);
        let per_page = self.listing_per_page(listing);
        let shown: Vec<ArticleSummary> = all
            .iter()
            .skip((n - 1) * per_page)
            .take(per_page)
            .map(|&i| self.article_summary(i))
            .collect();
        let heading = self.listing_title(listing);
        let (kind, current_year, current_month) = match listing {
            Listing::Archive => ("archive", None, None),
            Listing::Year(y) => ("year", Some(y), None),
            Listing::Month(y, m) => ("month", Some(y), Some(m)),
            Listing::Section(_) => ("section", None, None),
            Listing::Author(_) => ("author", None, None),
            Listing::Tag(_) => ("tag", None, None),
        };
        ctx.insert(
            "listing",
            &ListingContext {
                kind,
                title: heading.clone(),
                url: self.urls.url(&self.listing_dir(listing)),
                count: all.len(),
            },
        );
        ctx.insert("articles", &shown);
        ctx.insert("pagination", &self.listing_pagination(listing, n));
        let title = if n > 1 {
            digits(&format!("{heading} — صفحة {n}"), self.config.numerals)
        } else {
            heading.clone()
        };
        let description = self.listing_description(listing, all.len());
        if let Some(term) = self.listing_term(listing) {
            ctx.insert("term", &self.term_context(listing, term));
            let mut crumbs = vec![self.crumb("الرئيسية", "")];
            crumbs.extend(super::view::TermKind::of(listing).map(|k| self.term_index_crumb(k)));
            crumbs.push(self.crumb(&heading, &self.listing_dir(listing)));
            return ("list.html", title, description, crumbs);
        }
        ctx.insert(
            "calendar",
            &self.calendar_links(current_year, current_month),
        );
        let mut crumbs = vec![self.crumb("الرئيسية", ""), self.crumb("الأرشيف", "archive/")];
        if let Some(y) = current_year {
            let label = digits(&y.to_string(), self.config.numerals);
            crumbs.push(self.crumb(&label, &self.listing_dir(Listing::Year(y))));
        }
        if let (Some(y), Some(m)) = (current_year, current_month) {
            crumbs.push(self.crumb(
                month_name(&self.config.language, m),
                &self.listing_dir(Listing::Month(y, m)),
            ));
        }
        ("archive.html", title, description, crumbs)
    }

    fn term_context(&self, listing: Listing, term: &crate::load::Term) -> TermContext {
        let settings = super::markdown::LinkSettings {
            policy: self.config.linking.policy,
            in_headings: false,
            unsafe_html: self.config.unsafe_html,
            targets: &self.entity_targets,
            base_path: self.urls.base_path(),
            pictures: &[],
            site_links: None,
        };
        TermContext {
            id: term.id.clone(),
            name: term.name.clone(),
            role: term.role.clone(),
            description: if term.description.is_empty() {
                String::new()
            } else {
                super::markdown::render_body(&term.description, &[], &settings)
            },
            url: self.urls.url(&self.listing_dir(listing)),
            feed_url: self.urls.url(&self.listing_feed_path(listing)),
            photo: match listing {
                Listing::Author(a) => self.author_photo(a),
                _ => None,
            },
        }
    }

    /// A link to the list of a section, author or tag: its name and URL.
    pub(super) fn term_link(&self, listing: Listing) -> super::context::TermLink {
        super::context::TermLink {
            name: self
                .listing_term(listing)
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            url: self.urls.url(&self.listing_dir(listing)),
        }
    }

    /// The pager of a list: first, last, the current page ± 2, previous and next.
    pub(super) fn listing_pagination(&self, listing: Listing, current: usize) -> Pagination {
        let total = self.listing_page_count(listing);
        let dir = self.listing_dir(listing);
        let url = |n: usize| self.urls.url(&paged_dir(&dir, n));
        pager(current, total, url)
    }

    /// Every year of the archive with its months; `year`/`month` mark the page's own.
    fn calendar_links(&self, year: Option<i32>, month: Option<u32>) -> Vec<YearLink> {
        let n = |v: String| digits(&v, self.config.numerals);
        self.graph
            .calendar
            .iter()
            .map(|y| YearLink {
                label: n(y.year.to_string()),
                url: self.urls.url(&self.listing_dir(Listing::Year(y.year))),
                count: y.articles.len(),
                current: year == Some(y.year) && month.is_none(),
                months: y
                    .months
                    .iter()
                    .map(|(m, list)| MonthLink {
                        label: month_name(&self.config.language, *m).to_string(),
                        url: self.urls.url(&self.listing_dir(Listing::Month(y.year, *m))),
                        count: list.len(),
                        current: year == Some(y.year) && month == Some(*m),
                    })
                    .collect(),
            })
            .collect()
    }

    /// The home page's front page: each section with articles, in the sections' order, with
    /// its newest article as the lead and the next three headlines. Empty without sections,
    /// so a site that has none keeps the home page it had.
    pub(super) fn front_sections(&self) -> Vec<super::context::FrontSection> {
        self.content
            .terms
            .sections
            .iter()
            .enumerate()
            .filter_map(|(s, term)| {
                let list = &self.graph.terms.sections[s];
                let (&lead, rest) = list.split_first()?;
                Some(super::context::FrontSection {
                    name: term.name.clone(),
                    url: self.urls.url(&self.listing_dir(Listing::Section(s))),
                    lead: self.article_summary(lead),
                    more: rest
                        .iter()
                        .take(FRONT_SECTION_MORE)
                        .map(|&i| self.article_summary(i))
                        .collect(),
                })
            })
            .collect()
    }

    /// An article as a teaser in a list: headline, date and summary.
    pub(super) fn article_summary(&self, i: usize) -> ArticleSummary {
        let a = &self.content.articles[i];
        let (date, date_display) = self.dates(a);
        ArticleSummary {
            title: a.meta.title.clone().unwrap_or_default(),
            url: self.article_url(a),
            date,
            date_display,
            summary: self.analyses[i].summary.clone(),
            image: self.article_image(i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_pages_live_under_page() {
        assert_eq!(paged_dir("archive/", 1), "archive/");
        assert_eq!(paged_dir("archive/2024/10/", 3), "archive/2024/10/page/3/");
    }
}
