//! Stage 3 — link: the site graph. Pure data, no HTML.
//!
//! Article ↔ entity (who is mentioned where), entity ↔ entity (co-mentions) and
//! article ↔ article (related by shared entities). Every list is sorted with a full tie-break
//! so the output does not depend on thread scheduling.

use std::cmp::Reverse;
use std::collections::HashMap;

use rayon::prelude::*;

use crate::analyse::ArticleAnalysis;
use crate::load::slug::arabic_slug;
use crate::load::terms::author_of;
use crate::load::{Article, Terms, folded_key};

/// Companions kept per entity.
const CO_MENTIONS_KEPT: usize = 12;
/// Related articles kept per article.
const RELATED_KEPT: usize = 5;
/// For a popular entity, only this many of its articles nearest in time are considered as
/// related candidates: relatedness through روسيا (in most articles) says little, and comparing
/// all pairs would be quadratic.
const RELATED_WINDOW: usize = 64;

#[derive(Debug, Clone, Default)]
pub struct SiteGraph {
    /// Article indices, newest first (undated last, then by slug).
    pub chronological: Vec<usize>,
    /// Per article: (entity, mentions), sorted by entity index.
    pub article_entities: Vec<Vec<(usize, u32)>>,
    /// Per entity: articles that mention it, newest first.
    pub entity_articles: Vec<Vec<usize>>,
    /// Per entity: total mentions across the site.
    pub entity_mentions: Vec<u32>,
    /// Per entity: (other entity, number of articles naming both), most frequent first.
    pub co_mentions: Vec<Vec<(usize, u32)>>,
    /// Per article: (other article, entities in common), most related first.
    pub related: Vec<Vec<(usize, u32)>>,
    /// Per entity: articles that use its demonym (الروسي) without naming it, newest first.
    pub demonym_articles: Vec<Vec<usize>>,
    /// The dated articles by year and month, newest year first (see [`calendar`]).
    pub calendar: Vec<YearArchive>,
    /// Articles per section, author and tag (see [`term_lists`]).
    pub terms: TermLists,
}

/// Which articles each section, author and tag lists (index-aligned with
/// [`crate::load::Terms`]), and the reverse: each article's section, author and tags.
#[derive(Debug, Clone, Default)]
pub struct TermLists {
    /// Per section: its articles, newest first.
    pub sections: Vec<Vec<usize>>,
    pub authors: Vec<Vec<usize>>,
    pub tags: Vec<Vec<usize>>,
    /// Per article: its section, its authors, its tags (in the order written).
    pub article_section: Vec<Option<usize>>,
    pub article_authors: Vec<Vec<usize>>,
    pub article_tags: Vec<Vec<usize>>,
}

/// Sorts every article into its section, author and tags. Lists follow `chronological`, so
/// each is newest first. Ids are compared folded (`Economy` is `economy`): two spellings would
/// be one folder on macOS and Windows.
pub fn term_lists(articles: &[Article], terms: &Terms, chronological: &[usize]) -> TermLists {
    let index = |list: &[crate::load::Term]| -> HashMap<String, usize> {
        list.iter()
            .enumerate()
            .map(|(i, t)| (folded_key(&t.id), i))
            .collect()
    };
    let (sections, tags) = (index(&terms.sections), index(&terms.tags));
    let mut lists = TermLists {
        sections: vec![Vec::new(); terms.sections.len()],
        authors: vec![Vec::new(); terms.authors.len()],
        tags: vec![Vec::new(); terms.tags.len()],
        article_section: vec![None; articles.len()],
        article_authors: vec![Vec::new(); articles.len()],
        article_tags: vec![Vec::new(); articles.len()],
    };
    for &i in chronological {
        let a = &articles[i];
        if let Some(&s) = a
            .section
            .as_ref()
            .and_then(|id| sections.get(&folded_key(id)))
        {
            lists.sections[s].push(i);
            lists.article_section[i] = Some(s);
        }
        for au in a
            .meta
            .authors
            .iter()
            .filter_map(|n| author_of(n, &terms.authors))
        {
            if !lists.article_authors[i].contains(&au) {
                lists.authors[au].push(i);
                lists.article_authors[i].push(au);
            }
        }
        for tag in &a.meta.tags {
            if let Some(&t) = tags.get(&folded_key(&arabic_slug(tag)))
                && !lists.article_tags[i].contains(&t)
            {
                lists.tags[t].push(i);
                lists.article_tags[i].push(t);
            }
        }
    }
    lists
}

/// One year of the archive: its articles and its months, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct YearArchive {
    pub year: i32,
    /// Every article dated in the year, newest first.
    pub articles: Vec<usize>,
    /// (month 1–12, its articles newest first), latest month first; only months with articles.
    pub months: Vec<(u32, Vec<usize>)>,
}

impl SiteGraph {
    /// The articles of `year` (all of them, or those of `month`), newest first; empty when the
    /// archive has no such year or month.
    pub fn archive_articles(&self, year: i32, month: Option<u32>) -> &[usize] {
        let Some(y) = self.calendar.iter().find(|y| y.year == year) else {
            return &[];
        };
        match month {
            None => &y.articles,
            Some(m) => y
                .months
                .iter()
                .find(|(n, _)| *n == m)
                .map_or(&[], |(_, list)| list.as_slice()),
        }
    }
}

/// Groups `chronological` (newest first) by year and month. Undated articles have no place in
/// the calendar; the full archive list (`/archive/`) still shows them, last.
pub fn calendar(articles: &[Article], chronological: &[usize]) -> Vec<YearArchive> {
    let mut years: Vec<YearArchive> = Vec::new();
    for &i in chronological {
        let Some(date) = &articles[i].date else {
            continue;
        };
        if years.last().is_none_or(|y| y.year != date.year) {
            years.push(YearArchive {
                year: date.year,
                ..YearArchive::default()
            });
        }
        let year = years.last_mut().expect("pushed above");
        year.articles.push(i);
        if year.months.last().is_none_or(|(m, _)| *m != date.month) {
            year.months.push((date.month, Vec::new()));
        }
        year.months.last_mut().expect("pushed above").1.push(i);
    }
    years
}

/// Builds the graph from the analyses (index-aligned with `articles`).
pub fn build_graph(
    articles: &[Article],
    terms: &Terms,
    analyses: &[ArticleAnalysis],
    entity_count: usize,
) -> SiteGraph {
    let chronological = chronological_order(articles);
    let article_entities: Vec<Vec<(usize, u32)>> =
        analyses.par_iter().map(|a| a.entity_counts()).collect();

    let mut entity_articles = vec![Vec::new(); entity_count];
    let mut entity_mentions = vec![0u32; entity_count];
    let mut demonym_articles = vec![Vec::new(); entity_count];
    for &article in &chronological {
        for &(entity, count) in &article_entities[article] {
            entity_articles[entity].push(article);
            entity_mentions[entity] += count;
        }
        for &(entity, _) in &analyses[article].demonyms {
            demonym_articles[entity].push(article);
        }
    }
    let co_mentions = co_mentions(&article_entities, entity_count);
    let related = related_articles(&chronological, &article_entities, &entity_articles);
    let calendar = calendar(articles, &chronological);
    let terms = term_lists(articles, terms, &chronological);
    SiteGraph {
        calendar,
        terms,
        chronological,
        article_entities,
        entity_articles,
        entity_mentions,
        co_mentions,
        related,
        demonym_articles,
    }
}

pub fn chronological_order(articles: &[Article]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&a, &b| newer_first(&articles[a], &articles[b]));
    order
}

/// The order of every article list: newest first, undated last, then by slug.
pub fn newer_first(x: &Article, y: &Article) -> std::cmp::Ordering {
    y.date.cmp(&x.date).then_with(|| x.slug.cmp(&y.slug))
}

fn co_mentions(
    article_entities: &[Vec<(usize, u32)>],
    entity_count: usize,
) -> Vec<Vec<(usize, u32)>> {
    let mut pairs: Vec<HashMap<usize, u32>> = vec![HashMap::new(); entity_count];
    for entities in article_entities {
        for (i, &(a, _)) in entities.iter().enumerate() {
            for &(b, _) in &entities[i + 1..] {
                *pairs[a].entry(b).or_default() += 1;
                *pairs[b].entry(a).or_default() += 1;
            }
        }
    }
    pairs.into_par_iter().map(top_companions).collect()
}

/// Related articles scored by the entities they share, each weighted by its rarity (a shared
/// rare name says more than a shared روسيا). Candidates come only from each entity's articles
/// nearest in time, so the cost is linear in the number of articles.
fn related_articles(
    chronological: &[usize],
    article_entities: &[Vec<(usize, u32)>],
    entity_articles: &[Vec<usize>],
) -> Vec<Vec<(usize, u32)>> {
    let rank = ranks(chronological, article_entities.len());
    let idf = idf_weights(entity_articles, article_entities.len());
    (0..article_entities.len())
        .into_par_iter()
        .map(|article| related_of(article, &rank, article_entities, entity_articles, &idf))
        .collect()
}

/// Position of each article in chronological order (0 = newest).
pub fn ranks(chronological: &[usize], n: usize) -> Vec<usize> {
    let mut rank = vec![0usize; n];
    for (r, &a) in chronological.iter().enumerate() {
        if let Some(slot) = rank.get_mut(a) {
            *slot = r;
        }
    }
    rank
}

/// How much sharing each entity says about two articles: ln((N+1)/(df+1)).
pub fn idf_weights(entity_articles: &[Vec<usize>], n: usize) -> Vec<f64> {
    entity_articles
        .iter()
        .map(|list| ((n as f64 + 1.0) / (list.len() as f64 + 1.0)).ln())
        .collect()
}

/// The articles most related to `article` (see [`build_graph`]).
pub fn related_of(
    article: usize,
    rank: &[usize],
    article_entities: &[Vec<(usize, u32)>],
    entity_articles: &[Vec<usize>],
    idf: &[f64],
) -> Vec<(usize, u32)> {
    let mut scores: HashMap<usize, (f64, u32)> = HashMap::new();
    for &(entity, _) in &article_entities[article] {
        let list = &entity_articles[entity];
        for &other in nearest_in_time(list, rank, rank[article]) {
            if other != article {
                let s = scores.entry(other).or_default();
                s.0 += idf[entity];
                s.1 += 1;
            }
        }
    }
    let mut list: Vec<(usize, f64, u32)> =
        scores.into_iter().map(|(a, (w, c))| (a, w, c)).collect();
    list.sort_by(|x, y| {
        y.1.total_cmp(&x.1)
            .then(y.2.cmp(&x.2))
            .then(
                rank[x.0]
                    .abs_diff(rank[article])
                    .cmp(&rank[y.0].abs_diff(rank[article])),
            )
            .then(rank[x.0].cmp(&rank[y.0]))
    });
    // Not `into_iter().take().collect()`: that reuses `list`'s allocation in place, and
    // 100,000 articles would each keep room for hundreds of candidates (~1 GB in all).
    let mut kept = Vec::with_capacity(RELATED_KEPT.min(list.len()));
    kept.extend(list.iter().take(RELATED_KEPT).map(|&(a, _, c)| (a, c)));
    kept
}

/// The companions of one entity, counted from its articles (used to refresh a few entities
/// after an edit without recounting the whole site).
pub fn co_mentions_of(
    entity: usize,
    article_entities: &[Vec<(usize, u32)>],
    entity_articles: &[Vec<usize>],
) -> Vec<(usize, u32)> {
    let mut counts: HashMap<usize, u32> = HashMap::new();
    for &article in &entity_articles[entity] {
        for &(other, _) in &article_entities[article] {
            if other != entity {
                *counts.entry(other).or_default() += 1;
            }
        }
    }
    top_companions(counts)
}

fn top_companions(counts: HashMap<usize, u32>) -> Vec<(usize, u32)> {
    let mut list: Vec<(usize, u32)> = counts.into_iter().collect();
    list.sort_by_key(|&(e, n)| (Reverse(n), e));
    list.truncate(CO_MENTIONS_KEPT);
    list.shrink_to_fit();
    list
}

/// The slice of `list` (articles sorted newest first) within the window around `rank`.
pub fn nearest_in_time<'a>(list: &'a [usize], rank: &[usize], own_rank: usize) -> &'a [usize] {
    if list.len() <= RELATED_WINDOW {
        return list;
    }
    let pos = list.partition_point(|&a| rank[a] < own_rank);
    let start = pos
        .saturating_sub(RELATED_WINDOW / 2)
        .min(list.len() - RELATED_WINDOW);
    &list[start..start + RELATED_WINDOW]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn co_mentions_count_articles_naming_both() {
        let ae = vec![
            vec![(0, 3), (1, 1)],
            vec![(0, 1), (1, 2), (2, 1)],
            vec![(0, 1)],
        ];
        let co = co_mentions(&ae, 3);
        assert_eq!(co[0], vec![(1, 2), (2, 1)]);
        assert_eq!(co[2], vec![(0, 1), (1, 1)]);
    }

    #[test]
    fn related_prefers_rare_shared_entities() {
        // Entity 0 is everywhere, entity 1 only in articles 0 and 2.
        let ae = vec![
            vec![(0, 1), (1, 1)],
            vec![(0, 1)],
            vec![(0, 1), (1, 1)],
            vec![(0, 1)],
        ];
        let chrono = vec![0, 1, 2, 3];
        let ea = vec![vec![0, 1, 2, 3], vec![0, 2], vec![]];
        let rel = related_articles(&chrono, &ae, &ea);
        assert_eq!(rel[0][0], (2, 2));
        assert_eq!(rel[2][0], (0, 2));
        assert!(
            rel[0].iter().all(|&(a, _)| a != 0),
            "never related to itself"
        );
    }

    fn dated(slug: &str, date: Option<&str>) -> Article {
        Article {
            path: format!("content/articles/{slug}.md").into(),
            slug: slug.into(),
            meta: serde_yaml::from_str("title: خبر").unwrap(),
            date: date.map(|d| crate::load::Date::parse(d).unwrap()),
            section: None,
            image: None,
            body_images: Vec::new(),
            missing_pictures: Vec::new(),
            text: String::new(),
            body_range: 0..0,
        }
    }

    #[test]
    fn calendar_groups_by_year_and_month_newest_first() {
        let articles = vec![
            dated("a", Some("2024-10-11")),
            dated("b", None),
            dated("c", Some("2022-01-19")),
            dated("d", Some("2024-10-01")),
            dated("e", Some("2024-02-29")),
        ];
        let chrono = chronological_order(&articles);
        let cal = calendar(&articles, &chrono);
        assert_eq!(cal.len(), 2);
        assert_eq!(cal[0].year, 2024);
        assert_eq!(cal[0].articles, vec![0, 3, 4]);
        assert_eq!(cal[0].months, vec![(10, vec![0, 3]), (2, vec![4])]);
        assert_eq!(cal[1].months, vec![(1, vec![2])]);
        let graph = SiteGraph {
            calendar: cal,
            ..SiteGraph::default()
        };
        assert_eq!(graph.archive_articles(2024, Some(2)), &[4]);
        assert!(graph.archive_articles(2023, None).is_empty());
        assert!(graph.archive_articles(2024, Some(3)).is_empty());
    }

    #[test]
    fn window_is_bounded() {
        let list: Vec<usize> = (0..1000).collect();
        let rank: Vec<usize> = (0..1000).collect();
        let w = nearest_in_time(&list, &rank, 500);
        assert_eq!(w.len(), RELATED_WINDOW);
        assert!(w.contains(&500));
        assert_eq!(nearest_in_time(&list, &rank, 999).last(), Some(&999));
        assert_eq!(nearest_in_time(&list, &rank, 0)[0], 0);
    }
}
