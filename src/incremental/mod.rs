//! Incremental rebuilds for `sahifa serve`: the built site stays in memory and a change redoes
//! only what it touches.
//!
//! - An edited, added or deleted **article** is re-read and re-analysed alone; the site graph
//!   is patched (its entities' article lists, co-mentions, the related lists near it), and only
//!   the pages that show it are re-rendered: the article, the pages of the entities it mentions
//!   or used to mention, the articles whose related lists change, the home and index pages,
//!   the site feed, the sitemap and the entities' feeds. A deleted article's folder is removed.
//! - A **template** change re-renders every page (pages share `base.html`), staged and swapped.
//! - A **static** file is copied (or removed) alone.
//! - The **config**, the **registry** and a **theme's** static files rebuild everything.
//!
//! A change that fails (bad front matter, template error) leaves the state and the served
//! files as they were, and returns the error for the terminal and the browser overlay.

pub mod changes;
mod interrupt;
mod touched;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use changes::{ChangeKind, classify};
use interrupt::{Interruptible, is_interruption};
use touched::{Snapshot, Touched};

use crate::analyse::{ArticleAnalysis, analyse_article};
use crate::error::{Diagnostic, Error, Result};
use crate::load::{self, Article, folded_key};
use crate::publish::{Scope, publish};
use crate::render::templates::static_name_not_utf8;
use crate::render::urls::Urls;
use crate::render::{Listing, Page, SiteView};
use crate::write::{DirOutput, Output};
use crate::{BuildOptions, BuildReport, BuiltSite, build_keeping_state};

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

/// What one round of changes did.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    /// Pages rendered again.
    pub pages: usize,
    /// Files or folders removed from the output.
    pub removed: usize,
    /// Everything was rebuilt.
    pub full: bool,
    /// Only stylesheets changed: the browser can swap them without reloading.
    pub css_only: bool,
    pub elapsed: Duration,
}

/// A site built once and kept up to date.
pub struct LiveSite {
    options: BuildOptions,
    built: BuiltSite,
    /// Pages changed since the search index was last made (see [`LiveSite::refresh_search`]).
    search_stale: bool,
}

impl LiveSite {
    /// Builds the whole site (staged, as `sahifa build` does) and keeps its state.
    pub fn new(options: BuildOptions) -> Result<(LiveSite, BuildReport)> {
        let (report, built) = build_keeping_state(&options)?;
        Ok((
            LiveSite {
                options,
                built,
                search_stale: false,
            },
            report,
        ))
    }

    pub fn output(&self) -> &Path {
        &self.built.output
    }

    pub fn base_path(&self) -> String {
        self.built.site.config.base_path()
    }

    /// Applies a batch of changes. On error nothing of the state changes.
    pub fn apply(&mut self, changes: &[ChangeKind]) -> Result<Applied> {
        let started = Instant::now();
        let changes: BTreeSet<&ChangeKind> = changes.iter().collect();
        let needs_full = changes.iter().any(|c| {
            matches!(
                c,
                ChangeKind::Config | ChangeKind::Theme(_) | ChangeKind::Structure(_)
            )
        });
        let registry = changes.iter().any(|c| matches!(c, ChangeKind::Entity(_)));
        let others = changes.iter().any(|c| !matches!(c, ChangeKind::Entity(_)));
        let mut applied = if needs_full {
            self.rebuild_all()?
        } else if registry && !others {
            match self.update_registry()? {
                Some(applied) => applied,
                None => self.rebuild_all()?,
            }
        } else if registry {
            self.rebuild_all()?
        } else if changes.iter().any(|c| matches!(c, ChangeKind::Template(_))) {
            self.rerender_all()?
        } else if changes
            .iter()
            .any(|c| matches!(c, ChangeKind::Static(rel) if may_be_generated(rel)))
            || self.moves_between_lists(&changes)?
        {
            // A full build checks static files against the generated ones (an added
            // static/index.html is an error, a removed one gives the home page back).
            self.rebuild_all()?
        } else {
            let mut applied = Applied {
                css_only: !changes.is_empty(),
                ..Applied::default()
            };
            for change in &changes {
                match change {
                    ChangeKind::Article(rel) => {
                        applied.css_only = false;
                        let (pages, removed) = self.update_article(rel)?;
                        applied.pages += pages;
                        applied.removed += removed;
                    }
                    ChangeKind::Static(rel) => {
                        applied.css_only &= rel.extension().is_some_and(|e| e == "css");
                        self.copy_static_file(rel)?;
                    }
                    _ => {}
                }
            }
            applied
        };
        applied.elapsed = started.elapsed();
        Ok(applied)
    }

    /// The registry changed but kept its entities (aliases, names, descriptions edited):
    /// re-analyse with the new names and re-render only the articles whose mentions changed and
    /// the pages that show them. `None` when the change is too wide for that (an entity added or
    /// removed, or a renamed entity named in many articles): the caller rebuilds everything.
    fn update_registry(&mut self) -> Result<Option<Applied>> {
        let site = &self.built.site;
        let entities = load::gazetteer::with_registry(
            load::load_entities(&self.options.root)?,
            site.config.gazetteer,
        )
        .map_err(|d| Error::Content(vec![d]))?;
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
            let (pages, removed) = self.write_touched(touched, before)?;
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
        let (pages, _) = self.write_touched(touched, before)?;
        applied.pages += pages;
        Ok(Some(applied))
    }

    fn rebuild_all(&mut self) -> Result<Applied> {
        let (report, built) = build_keeping_state(&self.options)?;
        self.built = built;
        Ok(Applied {
            pages: report.pages,
            full: true,
            ..Applied::default()
        })
    }

    /// Templates changed: reload them and publish everything into a staged copy, as a build.
    fn rerender_all(&mut self) -> Result<Applied> {
        let templates = crate::load_templates(&self.options, &self.built.site.config)?;
        let staging = crate::write::Staging::new(&self.built.output)?;
        let site = &self.built.site;
        let view = SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
        let published = publish(
            &view,
            &templates,
            &self.options.root,
            &staging,
            Scope::Everything,
        )?;
        staging.commit()?;
        self.built.templates = templates;
        Ok(Applied {
            pages: published.pages,
            full: true,
            ..Applied::default()
        })
    }

    /// Makes the search index again from the pages in the output, after edits published
    /// with [`Scope::Touched`] (which leaves it as it was).
    pub fn refresh_search(&mut self) -> Result<()> {
        self.refresh_search_unless(&|| false).map(|_| ())
    }

    /// [`LiveSite::refresh_search`], given up as soon as `interrupted` says so (checked before
    /// each file it writes): `serve` drops a refresh when the writer saves again, so the new
    /// edit is served at once and the index is made after it. The index stays stale and the
    /// files already written are harmless: fragments and chunks are named by their content,
    /// and the entry file that points to them is written last. `Ok(false)` when interrupted.
    pub fn refresh_search_unless(
        &mut self,
        interrupted: &(dyn Fn() -> bool + Sync),
    ) -> Result<bool> {
        if !std::mem::take(&mut self.search_stale) {
            return Ok(true);
        }
        let site = &self.built.site;
        let view = SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
        let out = Interruptible {
            inner: DirOutput {
                dir: self.built.output.clone(),
            },
            interrupted,
        };
        let published = publish(
            &view,
            &self.built.templates,
            &self.options.root,
            &out,
            Scope::SearchIndex,
        );
        match published {
            Ok(_) => Ok(true),
            Err(e) => {
                self.search_stale = true;
                if is_interruption(&e) && interrupted() {
                    Ok(false)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Whether pages were published since the search index was last made.
    pub fn search_is_stale(&self) -> bool {
        self.search_stale
    }

    fn copy_static_file(&self, rel: &Path) -> Result<()> {
        let source = self.options.root.join("static").join(rel);
        let target = self.built.output.join(rel);
        if source.is_file() {
            let Some(name) = rel.to_str() else {
                let shown = Path::new("static").join(rel);
                return Err(Error::Content(vec![static_name_not_utf8(shown)]));
            };
            let bytes = fs::read(&source).map_err(|e| Error::io(&source, e))?;
            DirOutput {
                dir: self.built.output.clone(),
            }
            .write(name, &bytes)
        } else {
            remove_path(&target);
            Ok(())
        }
    }

    /// Re-reads one article and patches the state; returns (pages rendered, paths removed).
    fn update_article(&mut self, rel: &Path) -> Result<(usize, usize)> {
        let fresh = self.read_article(rel)?;
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
            (None, None) => return Ok((0, 0)),
        };
        self.write_touched(touched, before)
    }

    /// Whether an article change moves it into or out of a section, an author's or a tag's
    /// list: those lists, the menu and the home page change, so everything is rebuilt.
    fn moves_between_lists(&self, changes: &BTreeSet<&ChangeKind>) -> Result<bool> {
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
                .map(load::terms::membership);
            let after = self
                .read_article(rel)?
                .as_ref()
                .map(load::terms::membership);
            let empty = (None, None, Vec::new());
            if before.unwrap_or_else(|| empty.clone()) != after.unwrap_or(empty) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The article at `rel` as it is now on disk; `None` if it was deleted or became a draft.
    fn read_article(&self, rel: &Path) -> Result<Option<Article>> {
        let path = self.options.root.join(rel);
        if !path.is_file() {
            return Ok(None);
        }
        let text = crate::text::read_utf8(&self.options.root, rel, "file")
            .map(crate::text::without_bom)
            .map_err(|d| Error::Content(vec![d]))?;
        let config = &self.built.site.config;
        let (article, _warnings) =
            load::parse_article_with_image(&self.options.root, rel, text, config.article_slugs)
                .map_err(Error::Content)?;
        let include = !article.meta.draft || self.options.drafts || config.drafts;
        Ok(include.then_some(article))
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

    /// Renders the touched pages and feeds, and removes what no longer exists.
    fn write_touched(&mut self, touched: Touched, before: Snapshot) -> Result<(usize, usize)> {
        let site = &self.built.site;
        let view = SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
        let out = DirOutput {
            dir: self.built.output.clone(),
        };
        let mut pages: Vec<Page> = vec![Page::Home, Page::Entities];
        pages.extend(touched.kinds(site).into_iter().map(Page::TypeIndex));
        // The indexes of sections, authors and tags show each one's article count.
        pages.extend(view.term_kinds_present().into_iter().map(Page::Terms));
        // The archive's pages that show the article or shifted (see
        // `Snapshot::archive_pages_to_render`), and the pages of its section, author and tags
        // (its title or summary may have changed). An edit that moves it between those lists rebuilds everything instead.
        let lists = touched.changed.map(|i| {
            let terms = &site.graph.terms;
            let mut lists: Vec<Listing> = Vec::new();
            lists.extend(terms.article_section[i].map(Listing::Section));
            lists.extend(terms.article_author[i].map(Listing::Author));
            lists.extend(terms.article_tags[i].iter().map(|&t| Listing::Tag(t)));
            lists
        });
        pages.extend(before.archive_pages_to_render(site, touched.changed));
        pages.extend(view.listing_pages().into_iter().filter(|page| match page {
            Page::List(Listing::Archive | Listing::Year(_) | Listing::Month(..), _) => false,
            Page::List(list, _) => lists.as_ref().is_some_and(|l| l.contains(list)),
            _ => false,
        }));
        pages.extend(
            touched
                .articles
                .iter()
                .copied()
                .filter(|&a| a < site.content.articles.len())
                .map(Page::Article),
        );
        for &e in touched.entities.iter().filter(|&&e| view.has_page(e)) {
            pages.extend(
                before
                    .entity_pages_to_render(site, e, touched.changed)
                    .into_iter()
                    .map(|n| Page::Entity(e, n)),
            );
        }
        let (entities, unpublished): (Vec<usize>, Vec<usize>) =
            touched.entities.iter().partition(|&&e| view.has_page(e));
        let published = publish(
            &view,
            &self.built.templates,
            &self.options.root,
            &out,
            Scope::Touched {
                pages: &pages,
                feed_entities: &entities,
            },
        )?;
        self.search_stale = true;
        // An entity no article names any more loses its folder (pages and feed).
        let unpublished = unpublished
            .into_iter()
            .map(|e| Urls::entity_dir(&site.content.entities[e].id));
        let mut removed = 0;
        for dir in before
            .stale_paths(site, &touched)
            .into_iter()
            .chain(unpublished)
        {
            if remove_path(&self.built.output.join(dir)) {
                removed += 1;
            }
        }
        Ok((published.pages, removed))
    }
}

/// Removes a file or a folder; true if something was there.
fn remove_path(path: &Path) -> bool {
    if path.is_dir() {
        fs::remove_dir_all(path).is_ok()
    } else {
        fs::remove_file(path).is_ok()
    }
}

/// The source folder of a change, for messages.
pub fn describe(change: &ChangeKind) -> PathBuf {
    match change {
        ChangeKind::Article(p)
        | ChangeKind::Entity(p)
        | ChangeKind::Template(p)
        | ChangeKind::Structure(p)
        | ChangeKind::Theme(p) => p.clone(),
        ChangeKind::Static(p) => Path::new("static").join(p),
        ChangeKind::Config => PathBuf::from("config.yaml"),
    }
}

/// Whether a static file at `rel` could have the path of a generated file: pages (`.html`),
/// feeds and the sitemap (`.xml`), `robots.txt`, `CNAME`, `.nojekyll` and the search bundle.
/// Such a change takes a full build, which refuses a clash; other static files are copied alone.
fn may_be_generated(rel: &Path) -> bool {
    let named = |n: &str| rel.file_name().is_some_and(|f| f == n);
    rel.extension()
        .is_some_and(|e| e == "html" || e == "xml" || e == "txt")
        || named("CNAME")
        || named(".nojekyll")
        || rel.starts_with(crate::search::BUNDLE_DIR)
}
