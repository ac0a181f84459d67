//! The entity pages' data: the entity with its charts, its article list page by page, and
//! the summaries used by the type indexes.

use super::charts;
use super::context::*;
use super::markdown::{LinkSettings, render_body};
use super::urls::Urls;
use super::view::SiteView;
use super::view::type_dir;
use crate::load::{Entity, EntityKind};

impl SiteView<'_> {
    /// `charts`: draw the timeline (page 1 only; later pages list articles). The side column
    /// (companions and their graph) is on every page, so page 2 on does not leave it empty.
    pub(super) fn entity_context(&self, e: usize, charts: bool) -> EntityContext {
        let entity = &self.content.entities[e];
        let wikidata = entity.meta.wikidata.clone().unwrap_or_default();
        let settings = LinkSettings {
            policy: self.config.linking.policy,
            in_headings: false,
            unsafe_html: self.config.unsafe_html,
            targets: &self.entity_targets,
            base_path: self.urls.base_path(),
            pictures: &[],
            site_links: None,
        };
        let timeline = if charts {
            let dates = self.graph.entity_articles[e]
                .iter()
                .filter_map(|&a| self.content.articles[a].date.as_ref());
            charts::timeline(
                entity.name(),
                dates,
                self.config.numerals,
                &self.config.language,
            )
        } else {
            charts::Timeline {
                svg: String::new(),
                caption: String::new(),
            }
        };
        EntityContext {
            id: entity.id.clone(),
            name: entity.name().to_string(),
            name_en: entity.meta.name_en.clone().unwrap_or_default(),
            kind: entity.kind.key(),
            type_label: entity.kind.label(),
            type_url: self.urls.url(&type_dir(entity.kind)),
            url: self.entity_url(entity),
            description: render_body(&entity.description, &[], &settings),
            discovered: entity.origin == crate::load::Origin::Discovered,
            aliases: entity.meta.aliases.clone(),
            wikidata_url: if wikidata.is_empty() {
                String::new()
            } else {
                format!("https://www.wikidata.org/wiki/{wikidata}")
            },
            wikidata,
            article_count: self.graph.entity_articles[e].len(),
            mention_count: self.graph.entity_mentions[e],
            demonyms: entity.meta.demonyms.clone(),
            demonym_articles: self.graph.demonym_articles[e]
                .iter()
                .take(10)
                .map(|&a| self.article_link(a, 0))
                .collect(),
            demonym_article_count: self.graph.demonym_articles[e].len(),
            graph_svg: self.graph_svg(e),
            timeline_svg: timeline.svg,
            timeline_caption: timeline.caption,
            co_mentions: self.graph.co_mentions[e]
                .iter()
                .map(|&(o, count)| {
                    let other = &self.content.entities[o];
                    CoMention {
                        name: other.name().to_string(),
                        url: self.entity_url(other),
                        type_label: other.kind.label(),
                        count,
                    }
                })
                .collect(),
        }
    }

    pub(super) fn graph_svg(&self, e: usize) -> String {
        let entity = &self.content.entities[e];
        let companions: Vec<charts::Companion<'_>> = self.graph.co_mentions[e]
            .iter()
            .map(|&(o, count)| {
                let other = &self.content.entities[o];
                charts::Companion {
                    name: other.name(),
                    kind: other.kind.key(),
                    count,
                }
            })
            .collect();
        charts::co_mention_graph(
            entity.name(),
            entity.kind.key(),
            &companions,
            self.config.numerals,
        )
    }

    pub(super) fn entity_articles(&self, e: usize, page: usize) -> Vec<MentionListItem> {
        let per_page = self.config.pagination.entity_articles;
        self.graph.entity_articles[e]
            .iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .map(|&i| {
                let a = &self.content.articles[i];
                let (date, date_display) = self.dates(a);
                let excerpt = self.analyses[i]
                    .excerpts
                    .iter()
                    .find(|(x, _)| *x == e)
                    .map(|(_, x)| x.clone())
                    .unwrap_or_default();
                MentionListItem {
                    title: a.meta.title.clone().unwrap_or_default(),
                    url: self.article_url(a),
                    date,
                    date_display,
                    excerpt_before: excerpt.before,
                    excerpt_match: excerpt.matched,
                    excerpt_after: excerpt.after,
                }
            })
            .collect()
    }

    pub(super) fn pagination(&self, e: usize, current: usize) -> Pagination {
        let entity = &self.content.entities[e];
        let total = self.page_count(self.graph.entity_articles[e].len());
        pager(current, total, |n| {
            self.urls.url(&Urls::entity_page_dir(&entity.id, n))
        })
    }

    pub(super) fn entities_of(&self, kind: EntityKind) -> Vec<EntitySummary> {
        let mut list: Vec<EntitySummary> = self
            .content
            .entities
            .iter()
            .enumerate()
            .filter(|&(i, e)| e.kind == kind && self.has_page(i))
            .map(|(i, e)| self.entity_summary(i, e))
            .collect();
        list.sort_by(|a, b| {
            b.article_count
                .cmp(&a.article_count)
                .then_with(|| a.name.cmp(&b.name))
        });
        list
    }

    pub(super) fn entity_summary(&self, i: usize, e: &Entity) -> EntitySummary {
        EntitySummary {
            name: e.name().to_string(),
            name_en: e.meta.name_en.clone().unwrap_or_default(),
            url: self.entity_url(e),
            article_count: self.graph.entity_articles[i].len(),
            type_label: e.kind.label(),
        }
    }
}

/// How many page numbers the pager shows on each side of the current page.
const PAGER_RADIUS: usize = 2;

/// The page numbers a pager lists: the first, the last, and the current one with
/// [`PAGER_RADIUS`] neighbours, each with whether a gap ("…") comes before it.
///
/// Why a window: an entity named in 80,000 articles has 4,000 pages, and listing every page
/// on every page made the output grow with the square of the archive (2.2 GB for one entity
/// at 100,000 articles). A window keeps each page's pager a constant size.
pub(super) fn page_window(current: usize, total: usize) -> Vec<(usize, bool)> {
    let near = current.saturating_sub(PAGER_RADIUS).max(1)..=(current + PAGER_RADIUS).min(total);
    let mut numbers: Vec<usize> = std::iter::once(1)
        .chain(near)
        .chain(std::iter::once(total))
        .filter(|&n| (1..=total).contains(&n))
        .collect();
    numbers.dedup();
    // A gap of a single page shows that page: "1 2 3" reads better than "1 … 3".
    let mut filled: Vec<usize> = Vec::with_capacity(numbers.len() + 2);
    for n in numbers {
        if filled.last().is_some_and(|&last| n == last + 2) {
            filled.push(n - 1);
        }
        filled.push(n);
    }
    let mut previous = 0;
    filled
        .into_iter()
        .map(|n| {
            let gap_before = n > previous + 1;
            previous = n;
            (n, gap_before)
        })
        .collect()
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
    use super::page_window;

    /// Renders a window the way a reader sees it: "…" for a gap, brackets round the current page.
    fn shown(current: usize, total: usize) -> String {
        page_window(current, total)
            .into_iter()
            .map(|(n, gap)| {
                let number = if n == current {
                    format!("[{n}]")
                } else {
                    n.to_string()
                };
                if gap { format!("… {number}") } else { number }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn pager_window_shows_first_last_and_neighbours() {
        let cases = [
            (1, 1, "[1]"),
            (1, 2, "[1] 2"),
            (2, 2, "1 [2]"),
            (1, 5, "[1] 2 3 4 5"),
            (3, 5, "1 2 [3] 4 5"),
            (5, 5, "1 2 3 4 [5]"),
            (6, 6, "1 … 4 5 [6]"),
            (1, 6, "[1] 2 3 … 6"),
            (4, 7, "1 2 3 [4] 5 6 7"),
            (1, 4024, "[1] 2 3 … 4024"),
            (4, 4024, "1 2 3 [4] 5 6 … 4024"),
            (2000, 4024, "1 … 1998 1999 [2000] 2001 2002 … 4024"),
            (4024, 4024, "1 … 4022 4023 [4024]"),
        ];
        for (current, total, expected) in cases {
            assert_eq!(shown(current, total), expected, "page {current} of {total}");
        }
    }

    #[test]
    fn pager_size_does_not_grow_with_the_page_count() {
        for total in [10, 1_000, 100_000] {
            for current in [1, total / 2, total] {
                assert!(page_window(current, total).len() <= 2 * super::PAGER_RADIUS + 5);
            }
        }
    }
}
