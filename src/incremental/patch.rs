//! Patching the kept site for one edit: an article re-read and re-analysed alone, then taken
//! out of the site graph and put back ([`Touched`] records what that touched); a registry
//! edit that keeps every entity re-analysed with the new names, article by article. What is
//! rendered and written after a patch, and when everything is rebuilt instead, is the parent
//! module's.

use std::collections::BTreeSet;
use std::path::Path;

use super::touched::{Snapshot, Touched};
use super::{Applied, ChangeKind, LiveSite};
use crate::analyse::{ArticleAnalysis, analyse_article};
use crate::error::{Diagnostic, Error, Result};
use crate::load::{self, Article, folded_key};

/// Beyond this many articles to patch, a registry change rebuilds everything instead.
///
/// Why 200: the patch path works article by article, each re-rendering its own page and the
/// pages that show it (20–30 pages, 40–60 ms per edit on the 10,000-article corpus of
/// docs/benchmarks.md, "Preview latency"), while a full rebuild renders every page in parallel
/// (4.3 s for that corpus's 15,296 pages when a template changes). 200 articles at 40–60 ms is
/// 8–12 s: past that, patching no longer beats rebuilding a news site of that size, and a
/// registry edit that renames someone named in hundreds of articles is rare enough that a full
/// rebuild is the safer path. The figure is not measured at the limit itself; on a small site
/// (1,000 articles build in about 0.4 s) the break-even is far lower, so a bound relative to
/// the site's size would fit better.
const MAX_ARTICLES_PATCHED: usize = 200;

impl LiveSite {
    /// The registry changed but kept its entities (aliases, names, descriptions edited):
    /// re-analyse with the new names and re-render only the articles whose mentions changed and
    /// the pages that show them. `None` when the change is too wide for that (an entity added or
    /// removed, or a renamed entity named in many articles): the caller rebuilds everything.
    pub(super) fn update_registry(&mut self) -> Result<Option<Applied>> {
        let site = &self.built.site;
        let entities = load::gazetteer::with_registry(
            load::load_entities(&self.options.root)?,
            site.config.gazetteer,
        )
        .map_err(Error::Content)?;
        let same_ids = entities.len() == site.content.entities.len()
            && entities
                .iter()
                .zip(&site.content.entities)
                .all(|(a, b)| a.id == b.id && a.kind == b.kind);
        if !same_ids {
            return Ok(None);
        }
        let matcher = crate::analyse::Matcher::build(&entities).map_err(Error::Content)?;
        let edited: Vec<usize> = (0..entities.len())
            .filter(|&e| entities[e].text != site.content.entities[e].text)
            .collect();
        let shown_in: usize = edited
            .iter()
            .map(|&e| site.graph.entity_articles[e].len())
            .sum();
        let (declared, _) = crate::analyse::declared_entities(
            &site.content,
            site.config.linking.front_matter_evidence,
        );
        let fresh = crate::analyse::analyse_articles(&site.content.articles, &matcher, &declared);
        let relinked: Vec<usize> = (0..fresh.len())
            .filter(|&i| fresh[i] != site.analyses[i])
            .collect();
        if relinked.len() + shown_in > MAX_ARTICLES_PATCHED {
            return Ok(None);
        }
        let site = &mut self.built.site;
        site.content.entities = entities;
        site.matcher = matcher;
        let mut applied = Applied::default();
        let mut fresh: Vec<Option<ArticleAnalysis>> = fresh.into_iter().map(Some).collect();
        for &i in &relinked {
            let before = Snapshot::of(&self.built, Some(i));
            let site = &mut self.built.site;
            let mut touched = Touched::default();
            touched.detach(&mut site.graph, i);
            site.analyses[i] = fresh[i].take().unwrap_or_default();
            touched.attach(site, i);
            let (pages, removed, _) = self.write_touched(touched, before)?;
            applied.pages += pages;
            applied.removed += removed;
        }
        // An edited entity's own pages (all of them: its name is on each), the articles listing
        // it by name, and page 1 of its companions (their co-mention lists show its name).
        let mut touched = Touched::default();
        let mut companions = BTreeSet::new();
        let graph = &self.built.site.graph;
        for &e in &edited {
            touched.entities.insert(e);
            touched
                .articles
                .extend(graph.entity_articles[e].iter().copied());
            companions.extend(
                graph.co_mentions[e]
                    .iter()
                    .map(|&(o, _)| o)
                    .filter(|o| !edited.contains(o)),
            );
        }
        touched.entities.extend(companions.iter().copied());
        let before = Snapshot::of(&self.built, None);
        let (pages, _, _) = self.write_touched(touched, before)?;
        applied.pages += pages;
        Ok(Some(applied))
    }

    /// Re-reads one article and patches the state; returns (pages rendered, paths removed,
    /// the article's warnings).
    pub(super) fn update_article(&mut self, rel: &Path) -> Result<(usize, usize, Vec<Diagnostic>)> {
        let (fresh, warnings) = self.read_article(rel)?;
        let site = &self.built.site;
        let index = site.content.articles.iter().position(|a| a.path == rel);
        if let Some(new) = &fresh {
            let clash = site
                .content
                .articles
                .iter()
                .find(|a| folded_key(&a.slug) == folded_key(&new.slug) && a.path != rel);
            if let Some(other) = clash {
                let how = if other.slug == new.slug {
                    "is also used by".to_string()
                } else {
                    format!("differs only in letter case from `{}` in", other.slug)
                };
                return Err(Error::Content(vec![
                    Diagnostic::new(
                        rel,
                        format!("article slug `{}` {how} {}", new.slug, other.path.display()),
                    )
                    .with_help("give each file its own article slug"),
                ]));
            }
        }
        let fresh = fresh.map(|article| {
            let analysis = self.analyse(&article);
            (article, analysis)
        });
        let mut watched: BTreeSet<usize> = index
            .map(|i| {
                self.built.site.graph.article_entities[i]
                    .iter()
                    .map(|x| x.0)
                    .collect()
            })
            .unwrap_or_default();
        if let Some((_, analysis)) = &fresh {
            watched.extend(analysis.entity_counts().iter().map(|x| x.0));
        }
        let before = Snapshot::of(&self.built, index);
        let touched = match (index, fresh) {
            (Some(i), Some((article, analysis))) => self.replace_article(i, article, analysis),
            (None, Some((article, analysis))) => self.add_article(article, analysis),
            (Some(i), None) => self.remove_article(i),
            (None, None) => return Ok((0, 0, warnings)),
        };
        let (pages, removed, dead) = self.write_touched(touched, before)?;
        Ok((pages, removed, warnings.into_iter().chain(dead).collect()))
    }

    /// Whether an article change moves it into or out of a section, an author's or a tag's
    /// list: those lists, the menu and the home page change, so everything is rebuilt.
    pub(super) fn moves_between_lists(&self, changes: &BTreeSet<&ChangeKind>) -> Result<bool> {
        // An article's old addresses (`aliases:`) are pages of their own, written by a full
        // build only: a change to them rebuilds everything too, and so does a change to what
        // their pages show (the article's address and title), or they would lead to a page
        // the edit removed.
        let lists = |a: &Article| {
            let redirected =
                (!a.meta.aliases.is_empty()).then(|| (a.slug.clone(), a.meta.title.clone()));
            (
                load::terms::membership(a),
                a.meta.aliases.clone(),
                redirected,
            )
        };
        for change in changes {
            let ChangeKind::Article(rel) = change else {
                continue;
            };
            let before = self
                .built
                .site
                .content
                .articles
                .iter()
                .find(|a| a.path == *rel)
                .map(lists);
            let after = self.read_article(rel)?.0.as_ref().map(lists);
            let empty = ((None, Vec::new(), Vec::new()), Vec::new(), None);
            if before.unwrap_or_else(|| empty.clone()) != after.unwrap_or(empty) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The article at `rel` as it is now on disk (`None` if it was deleted or became a
    /// draft), and what a build would warn about in it.
    fn read_article(&self, rel: &Path) -> Result<(Option<Article>, Vec<Diagnostic>)> {
        let path = self.options.root.join(rel);
        if !path.is_file() {
            return Ok((None, Vec::new()));
        }
        let text = crate::text::read_utf8(&self.options.root, rel, "file")
            .map(crate::text::without_bom)
            .map_err(|d| Error::Content(vec![d]))?;
        let config = &self.built.site.config;
        let (article, warnings) =
            load::parse_article_with_image(&self.options.root, rel, text, config.article_slugs)
                .map_err(Error::Content)?;
        let include = !article.meta.draft || self.options.drafts || config.drafts;
        Ok((include.then_some(article), warnings))
    }

    fn analyse(&self, article: &Article) -> ArticleAnalysis {
        let site = &self.built.site;
        let index = crate::analyse::entity_index(&site.content);
        let declared = crate::analyse::declared_for(
            article,
            &index,
            site.config.linking.front_matter_evidence,
            &mut Vec::new(),
        );
        analyse_article(article, &site.matcher, &declared)
    }

    fn replace_article(
        &mut self,
        i: usize,
        article: Article,
        analysis: ArticleAnalysis,
    ) -> Touched {
        let site = &mut self.built.site;
        let mut touched = Touched::default();
        touched.detach(&mut site.graph, i);
        site.content.articles[i] = article;
        site.analyses[i] = analysis;
        touched.attach(site, i);
        touched
    }

    fn add_article(&mut self, article: Article, analysis: ArticleAnalysis) -> Touched {
        let site = &mut self.built.site;
        site.content.articles.push(article);
        site.analyses.push(analysis);
        site.graph.article_entities.push(Vec::new());
        site.graph.related.push(Vec::new());
        let i = site.content.articles.len() - 1;
        let mut touched = Touched::default();
        touched.attach(site, i);
        touched
    }

    /// Removes article `i` by moving the last article into its slot and renaming every
    /// reference to the last index.
    fn remove_article(&mut self, i: usize) -> Touched {
        let site = &mut self.built.site;
        let mut touched = Touched::default();
        touched.detach(&mut site.graph, i);
        let last = site.content.articles.len() - 1;
        site.content.articles.swap_remove(i);
        site.analyses.swap_remove(i);
        let g = &mut site.graph;
        for list in g.related.iter_mut() {
            list.retain(|&(a, _)| a != i);
        }
        g.article_entities.swap_remove(i);
        g.related.swap_remove(i);
        let rename = |a: &mut usize| {
            if *a == last {
                *a = i;
            }
        };
        for list in g
            .entity_articles
            .iter_mut()
            .chain(g.demonym_articles.iter_mut())
        {
            list.iter_mut().for_each(rename);
        }
        for list in g.related.iter_mut() {
            list.iter_mut().for_each(|(a, _)| rename(a));
        }
        touched.articles = touched
            .articles
            .iter()
            .filter(|&&a| a != i)
            .map(|&a| if a == last { i } else { a })
            .collect();
        touched.finish(site, None);
        touched
    }
}
