//! What one change touched in the site graph, and the output as it was before: the two halves
//! of "re-render only what changed".

use std::collections::{BTreeMap, BTreeSet};

use crate::BuiltSite;
use crate::link::{self, SiteGraph};
use crate::load::{self, Article};
use crate::render::{Listing, Page};

/// What an article change touched: entities whose pages change, and articles whose pages change.
#[derive(Debug, Default)]
pub(super) struct Touched {
    pub(super) entities: BTreeSet<usize>,
    pub(super) articles: BTreeSet<usize>,
    /// The edited or added article (its index after the change).
    pub(super) changed: Option<usize>,
}

impl Touched {
    /// Takes article `i` out of the graph's entity lists, remembering what it touched.
    pub(super) fn detach(&mut self, g: &mut SiteGraph, i: usize) {
        for &(e, count) in &g.article_entities[i] {
            self.entities.insert(e);
            g.entity_mentions[e] = g.entity_mentions[e].saturating_sub(count);
            g.entity_articles[e].retain(|&a| a != i);
        }
        for (e, list) in g.demonym_articles.iter_mut().enumerate() {
            if let Some(pos) = list.iter().position(|&a| a == i) {
                list.remove(pos);
                self.entities.insert(e);
            }
        }
        g.article_entities[i].clear();
        for (a, list) in g.related.iter().enumerate() {
            if list.iter().any(|&(r, _)| r == i) {
                self.articles.insert(a);
            }
        }
        self.articles.insert(i);
    }

    /// Puts article `i` (already in `site.content`/`site.analyses`) into the graph.
    pub(super) fn attach(&mut self, site: &mut crate::AnalysedSite, i: usize) {
        let counts = site.analyses[i].entity_counts();
        for &(e, count) in &counts {
            self.entities.insert(e);
            site.graph.entity_mentions[e] += count;
        }
        site.graph.article_entities[i] = counts;
        let articles = &site.content.articles;
        for &(e, _) in &site.graph.article_entities[i] {
            insert_sorted(&mut site.graph.entity_articles[e], i, articles);
        }
        for &(e, _) in &site.analyses[i].demonyms {
            self.entities.insert(e);
            insert_sorted(&mut site.graph.demonym_articles[e], i, articles);
        }
        self.articles.insert(i);
        self.changed = Some(i);
        self.finish(site, Some(i));
    }

    /// Refreshes the chronology, co-mentions of the touched entities, and related lists near
    /// the change; articles whose related list changed are added to the touched set.
    pub(super) fn finish(&mut self, site: &mut crate::AnalysedSite, changed: Option<usize>) {
        let g = &mut site.graph;
        let articles = &site.content.articles;
        g.chronological = link::chronological_order(articles);
        g.calendar = link::calendar(articles, &g.chronological);
        g.terms = link::term_lists(articles, &site.content.terms, &g.chronological);
        for &e in &self.entities {
            g.co_mentions[e] = link::co_mentions_of(e, &g.article_entities, &g.entity_articles);
        }
        let rank = link::ranks(&g.chronological, articles.len());
        let idf = link::idf_weights(&g.entity_articles, articles.len());
        let mut candidates: BTreeSet<usize> = self.articles.clone();
        if let Some(i) = changed {
            for &(e, _) in &g.article_entities[i] {
                candidates.extend(
                    link::nearest_in_time(&g.entity_articles[e], &rank, rank[i])
                        .iter()
                        .copied(),
                );
            }
        }
        for a in candidates {
            if a >= articles.len() {
                continue;
            }
            let fresh = link::related_of(a, &rank, &g.article_entities, &g.entity_articles, &idf);
            if fresh != g.related[a] {
                g.related[a] = fresh;
                self.articles.insert(a);
            }
        }
    }

    /// Entity types whose index pages show a changed count.
    pub(super) fn kinds(&self, site: &crate::AnalysedSite) -> BTreeSet<load::EntityKind> {
        self.entities
            .iter()
            .map(|&e| site.content.entities[e].kind)
            .collect()
    }
}

/// What the output looked like before a change: to remove what the change made stale.
pub(super) struct Snapshot {
    article_dir: Option<String>,
    /// Page counts of every entity before the change.
    entity_pages: Vec<(usize, usize)>,
    /// The folders of every list page (archive, years, months) before the change: a list
    /// the change emptied (the last article of a month re-dated) is removed.
    listing_dirs: BTreeSet<String>,
    /// The articles of the archive, of each year and of each month, in order, before the
    /// change: an edit that moves nothing re-renders only the pages that show the article.
    archive_lists: Vec<(Listing, Vec<usize>)>,
    /// What the pages of each entity the article named showed before the change.
    entities: BTreeMap<usize, EntityState>,
}

/// What an entity's pages show besides the slice of its article list: counts, companions and
/// the articles using its demonym (on every page), and the list itself.
#[derive(Debug, PartialEq)]
struct EntityState {
    articles: Vec<usize>,
    mentions: u32,
    co_mentions: Vec<(usize, u32)>,
    demonym_articles: Vec<usize>,
}

impl EntityState {
    fn of(g: &SiteGraph, e: usize) -> EntityState {
        EntityState {
            articles: g.entity_articles[e].clone(),
            mentions: g.entity_mentions[e],
            co_mentions: g.co_mentions[e].clone(),
            demonym_articles: g.demonym_articles[e].clone(),
        }
    }

    /// Whether every page of the entity shows the same side column and pager as before.
    fn same_frame(&self, now: &EntityState) -> bool {
        self.articles.len() == now.articles.len()
            && self.mentions == now.mentions
            && self.co_mentions == now.co_mentions
            && self.demonym_articles == now.demonym_articles
    }
}

impl Snapshot {
    pub(super) fn of(built: &BuiltSite, index: Option<usize>) -> Snapshot {
        let site = &built.site;
        let per_page = site.config.pagination.entity_articles;
        let article_dir =
            index.map(|i| crate::render::urls::Urls::article_dir(&site.content.articles[i].slug));
        let entity_pages = site
            .graph
            .entity_articles
            .iter()
            .enumerate()
            .map(|(e, list)| (e, list.len().div_ceil(per_page).max(1)))
            .collect();
        let g = &site.graph;
        let entities = index
            .map(|i| {
                let named = g.article_entities[i].iter().map(|&(e, _)| e);
                let demonym =
                    (0..g.demonym_articles.len()).filter(|&e| g.demonym_articles[e].contains(&i));
                named
                    .chain(demonym)
                    .map(|e| (e, EntityState::of(g, e)))
                    .collect()
            })
            .unwrap_or_default();
        Snapshot {
            article_dir,
            entity_pages,
            entities,
            listing_dirs: listing_dirs(site),
            archive_lists: archive_lists(site),
        }
    }

    /// The archive's pages (archive, years, months) the change makes different: when every
    /// list keeps its articles in the same order, only the pages that show the changed
    /// article (its title, summary or link may be new); otherwise every page, since each
    /// shows the calendar's counts and a re-dated article shifts every later page.
    ///
    /// Why: at 10,000 articles the archive has some 900 pages, and rendering them all made
    /// every save in `serve` wait half a second for pages that had not changed.
    pub(super) fn archive_pages_to_render(
        &self,
        site: &crate::AnalysedSite,
        changed: Option<usize>,
    ) -> Vec<Page> {
        let view =
            crate::render::SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
        let now = archive_lists(site);
        let same_shape = now.len() == self.archive_lists.len()
            && now
                .iter()
                .zip(&self.archive_lists)
                .all(|((l, a), (m, b))| l == m && a.len() == b.len());
        let mut pages = Vec::new();
        for (i, (listing, articles)) in now.iter().enumerate() {
            let per_page = view.listing_per_page(*listing).max(1);
            let count = view.listing_page_count(*listing);
            for n in 1..=count {
                let shown = articles.chunks(per_page).nth(n - 1).unwrap_or_default();
                let before = self.archive_lists[..]
                    .get(i)
                    .and_then(|(_, b)| b.chunks(per_page).nth(n - 1))
                    .unwrap_or_default();
                let differs =
                    !same_shape || shown != before || changed.is_some_and(|c| shown.contains(&c));
                if differs {
                    pages.push(Page::List(*listing, n));
                }
            }
        }
        pages
    }

    /// The pages of entity `e` the change makes different. Each page shows the entity's
    /// counts, companions and demonym articles (the side column and the default description
    /// are on every page, issue 17): when those changed, or the entity was not named by the
    /// article before, every page; otherwise page 1 (its timeline has every article's date)
    /// and the pages whose slice of the list changed or shows the changed article.
    ///
    /// Why: an entity named in thousands of articles has hundreds of pages, and rendering
    /// them all made each save in `serve` wait for pages that had not changed.
    pub(super) fn entity_pages_to_render(
        &self,
        site: &crate::AnalysedSite,
        e: usize,
        changed: Option<usize>,
    ) -> Vec<usize> {
        let per_page = site.config.pagination.entity_articles.max(1);
        let now = EntityState::of(&site.graph, e);
        let count = now.articles.len().div_ceil(per_page).max(1);
        let before = self.entities.get(&e);
        let shows_changed = |list: &[usize]| changed.is_some_and(|c| list.contains(&c));
        let whole =
            before.is_none_or(|b| !b.same_frame(&now)) || shows_changed(&now.demonym_articles);
        if whole {
            return (1..=count).collect();
        }
        let before = before.map_or(&[][..], |b| &b.articles[..]);
        (1..=count)
            .filter(|&n| {
                let slice = now.articles.chunks(per_page).nth(n - 1).unwrap_or_default();
                let old = before.chunks(per_page).nth(n - 1).unwrap_or_default();
                n == 1 || slice != old || shows_changed(slice)
            })
            .collect()
    }

    /// The old article folder if its slug changed or it was deleted, and entity page folders
    /// beyond the new page count.
    pub(super) fn stale_paths(&self, site: &crate::AnalysedSite, touched: &Touched) -> Vec<String> {
        use crate::render::urls::Urls;
        let mut stale = Vec::new();
        if let Some(dir) = &self.article_dir {
            let still_used = site
                .content
                .articles
                .iter()
                .any(|a| &Urls::article_dir(&a.slug) == dir);
            if !still_used {
                stale.push(dir.clone());
            }
        }
        let now = listing_dirs(site);
        stale.extend(self.listing_dirs.difference(&now).cloned());
        let per_page = site.config.pagination.entity_articles;
        for &e in &touched.entities {
            let old = self.entity_pages.get(e).map_or(1, |p| p.1);
            let new = site.graph.entity_articles[e]
                .len()
                .div_ceil(per_page)
                .max(1);
            for n in new + 1..=old {
                stale.push(Urls::entity_page_dir(&site.content.entities[e].id, n));
            }
        }
        stale
    }
}

/// The articles of every archive list (the archive, each year, each month), in order.
fn archive_lists(site: &crate::AnalysedSite) -> Vec<(Listing, Vec<usize>)> {
    let view =
        crate::render::SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
    view.listings()
        .into_iter()
        .filter(|l| matches!(l, Listing::Archive | Listing::Year(_) | Listing::Month(..)))
        .map(|l| (l, view.listing_articles(l).to_vec()))
        .collect()
}

/// The output folders of every list page of `site`.
fn listing_dirs(site: &crate::AnalysedSite) -> BTreeSet<String> {
    let view =
        crate::render::SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
    view.listing_pages()
        .into_iter()
        .map(|page| view.page_dir(page))
        .collect()
}

/// Inserts article `i` into `list` (kept newest first) unless it is there.
fn insert_sorted(list: &mut Vec<usize>, i: usize, articles: &[Article]) {
    if list.contains(&i) {
        return;
    }
    let pos = list.partition_point(|&a| link::newer_first(&articles[a], &articles[i]).is_lt());
    list.insert(pos, i);
}
