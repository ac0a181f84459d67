//! Paginated lists of articles that are not about an entity: the archive (all articles, a
//! year, a month). Each is a [`Listing`]; its pages are `Page::List(listing, n)`.
//!
//! Every article is on at least one archive page, and every archive page is reachable from
//! `/archive/` by the pager, so no article depends on being recent or naming an entity to be
//! found by a reader (or a crawler) following links from the home page.

use serde::Serialize;

use super::context::{ArticleSummary, Crumb, PageLink, Pagination};
use super::dates::{digits, month_name};
use super::entity_pages::page_window;
use super::pages::SiteView;

/// A list of articles with its own pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Listing {
    /// Every article, newest first (undated ones last).
    Archive,
    /// The articles dated in a year.
    Year(i32),
    /// The articles dated in a month (1–12) of a year.
    Month(i32, u32),
}

/// What `archive.html` knows about the list it shows.
#[derive(Debug, Clone, Serialize)]
pub struct ListingContext {
    /// `archive`, `year` or `month`.
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
        lists
    }

    /// The articles of a list, newest first.
    pub fn listing_articles(&self, listing: Listing) -> &[usize] {
        match listing {
            Listing::Archive => &self.graph.chronological,
            Listing::Year(y) => self.graph.archive_articles(y, None),
            Listing::Month(y, m) => self.graph.archive_articles(y, Some(m)),
        }
    }

    /// Articles per page of a list (`pagination.archive`).
    pub fn listing_per_page(&self, listing: Listing) -> usize {
        match listing {
            Listing::Archive | Listing::Year(_) | Listing::Month(..) => {
                self.config.pagination.archive
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
        }
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
            Listing::Month(y, m) => n(format!("أرشيف {} {y}", month_name(m))),
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
                month_name(m)
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
            crumbs.push(self.crumb(month_name(m), &self.listing_dir(Listing::Month(y, m))));
        }
        let title = if n > 1 {
            digits(&format!("{heading} — صفحة {n}"), self.config.numerals)
        } else {
            heading
        };
        let description = self.listing_description(listing, all.len());
        ("archive.html", title, description, crumbs)
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
                        label: month_name(*m).to_string(),
                        url: self.urls.url(&self.listing_dir(Listing::Month(y.year, *m))),
                        count: list.len(),
                        current: year == Some(y.year) && month == Some(*m),
                    })
                    .collect(),
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
        }
    }
}

/// A pager for page `current` of `total`, with `url(n)` the URL of page `n`.
pub(super) fn pager(current: usize, total: usize, url: impl Fn(usize) -> String) -> Pagination {
    Pagination {
        current,
        total,
        prev_url: if current > 1 {
            url(current - 1)
        } else {
            String::new()
        },
        next_url: if current < total {
            url(current + 1)
        } else {
            String::new()
        },
        pages: page_window(current, total)
            .into_iter()
            .map(|(n, gap_before)| PageLink {
                number: n,
                url: url(n),
                current: n == current,
                gap_before,
            })
            .collect(),
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
