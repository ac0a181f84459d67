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
//! - A **registry** edit that keeps every entity (names, aliases, descriptions edited)
//!   re-analyses the articles and re-renders those whose mentions change and the pages that
//!   show the edited entities; one that adds or removes an entity, or touches too many
//!   articles, rebuilds everything.
//! - The **config** and a **theme's** static files rebuild everything.
//!
//! A change that fails (bad front matter, template error) leaves the state and the served
//! files as they were, and returns the error for the terminal and the browser overlay.
//!
//! This module decides what a batch of changes takes ([`LiveSite::apply`]) and writes the
//! output: the pages a patch touched, full rebuilds, the search index, static files. `patch`
//! changes the kept state for an article or registry edit, `touched` says what a patch
//! touched and what the output held before it, [`changes`] classifies file events, and
//! `interrupt` lets a new save cut a search refresh short.

pub mod changes;
mod interrupt;
mod patch;
mod touched;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use changes::{ChangeKind, classify};
use interrupt::{Interruptible, is_interruption};
use touched::{Snapshot, Touched};

use crate::error::{Diagnostic, Error, Result};
use crate::load::Entity;
use crate::publish::{Scope, publish};
use crate::render::templates::static_name_not_utf8;
use crate::render::urls::Urls;
use crate::render::{Listing, Page, SiteView};
use crate::write::{DirOutput, Output};
use crate::{BuildOptions, BuildReport, BuiltSite, build_keeping_state};

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
    /// What a build would warn about in what was read again (an unknown section in an
    /// edited article; every warning of the site after a full rebuild).
    pub warnings: Vec<Diagnostic>,
}

/// A site built once and kept up to date.
pub struct LiveSite {
    options: BuildOptions,
    built: BuiltSite,
    /// Pages changed since the search index was last made (see [`LiveSite::refresh_search`]).
    search_stale: bool,
    /// An edit was patched in with the entities of the last full build, where a build now
    /// might discover others (see [`LiveSite::catch_up_discovery`]).
    discovery_stale: bool,
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
                discovery_stale: false,
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
        let pictured = self.articles_showing_changed_files(changes);
        let changes: BTreeSet<&ChangeKind> = changes.iter().chain(&pictured).collect();
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
                        let (pages, removed, warnings) = self.update_article(rel)?;
                        applied.pages += pages;
                        applied.removed += removed;
                        applied.warnings.extend(warnings);
                    }
                    ChangeKind::ArticleFile(_) => applied.css_only = false,
                    ChangeKind::Static(rel) => {
                        applied.css_only &= rel.extension().is_some_and(|e| e == "css");
                        self.copy_static_file(rel)?;
                    }
                    _ => {}
                }
            }
            applied
        };
        let patched_text = changes.iter().any(|c| {
            matches!(
                c,
                ChangeKind::Article(_) | ChangeKind::ArticleFile(_) | ChangeKind::Entity(_)
            )
        });
        self.discovery_stale = if applied.full {
            false
        } else {
            self.discovery_stale || (patched_text && self.discovers())
        };
        applied.elapsed = started.elapsed();
        Ok(applied)
    }

    /// Whether the site links what discovery finds (`discovery: auto`).
    fn discovers(&self) -> bool {
        self.built.site.config.discovery == crate::config::Discovery::Auto
    }

    /// The options the site is built with.
    pub fn options(&self) -> &BuildOptions {
        &self.options
    }

    /// Whether an edit was patched in with the names discovered at the last full build:
    /// discovery weighs every article together, so a new article's names (or a name an edit
    /// removed from its last article) change what a full build links.
    pub fn discovery_is_stale(&self) -> bool {
        self.discovery_stale
    }

    /// Catches up with discovery after patched edits: `entities` is what a build of the site as
    /// it is on disk links ([`crate::entities_a_build_links`], asked while nothing else
    /// changed). The same as the pages link: nothing to do (`None`); otherwise everything is
    /// rebuilt, as a restart of `serve` would.
    pub fn catch_up_discovery(&mut self, entities: &[Entity]) -> Result<Option<Applied>> {
        self.discovery_stale = false;
        if same_entities(entities, &self.built.site.content.entities) {
            return Ok(None);
        }
        let started = Instant::now();
        let mut applied = self.rebuild_all()?;
        applied.elapsed = started.elapsed();
        Ok(Some(applied))
    }

    /// The articles to re-read because a file they show changed: a picture beside them
    /// (`content/articles/…`) or under `static/`, as their lead image or in their body. An
    /// article that names a picture not there before (it was only warned about) is found by
    /// the paths it wrote that named no file: the articles of the picture's folder and of the
    /// folders above it with one that ends in the picture's file name. Read from memory, so a
    /// save in a folder of 10,000 articles reads none of their texts.
    ///
    /// Why: the picture is measured and hashed when the article is read; without this, serve
    /// kept the old variants until the article itself was saved.
    fn articles_showing_changed_files(&self, changes: &[ChangeKind]) -> Vec<ChangeKind> {
        let content = &self.built.site.content;
        let mut shown: BTreeSet<PathBuf> = BTreeSet::new();
        for change in changes {
            let file = match change {
                ChangeKind::ArticleFile(rel) => rel.clone(),
                ChangeKind::Static(rel) => Path::new("static").join(rel),
                _ => continue,
            };
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
            for article in &content.articles {
                let shows = article
                    .image
                    .iter()
                    .chain(article.body_images.iter().map(|b| &b.image))
                    .any(|image| image.source == file);
                let may_name = matches!(change, ChangeKind::ArticleFile(_))
                    && article
                        .path
                        .parent()
                        .is_some_and(|dir| file.starts_with(dir))
                    && name.as_deref().is_some_and(|name| {
                        article
                            .missing_pictures
                            .iter()
                            .any(|written| written.rsplit('/').next() == Some(name))
                    });
                if shows || may_name {
                    shown.insert(article.path.clone());
                }
            }
        }
        shown.into_iter().map(ChangeKind::Article).collect()
    }

    fn rebuild_all(&mut self) -> Result<Applied> {
        let (report, built) = build_keeping_state(&self.options)?;
        self.built = built;
        Ok(Applied {
            pages: report.pages,
            full: true,
            warnings: report.warnings,
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

    /// Renders the touched pages and feeds, and removes what no longer exists. Returns the
    /// pages rendered, the paths removed, and a warning for each dead link the rendered
    /// bodies write (as a build gives them).
    fn write_touched(
        &mut self,
        touched: Touched,
        before: Snapshot,
    ) -> Result<(usize, usize, Vec<Diagnostic>)> {
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
            lists.extend(terms.article_authors[i].iter().map(|&a| Listing::Author(a)));
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
        let dead = crate::dead_body_links(site, &view, &published.site_links, &out);
        Ok((published.pages, removed, dead))
    }
}

/// Removes a file or a folder; true if something was there.
/// The same entities in any order: discovery lists its names most frequent first, then by
/// where they first occur, which an edit moves without changing any name or page.
fn same_entities(a: &[Entity], b: &[Entity]) -> bool {
    fn by_id(list: &[Entity]) -> Vec<&Entity> {
        let mut sorted: Vec<&Entity> = list.iter().collect();
        sorted.sort_by(|x, y| x.id.cmp(&y.id));
        sorted
    }
    a.len() == b.len() && by_id(a) == by_id(b)
}

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
        | ChangeKind::ArticleFile(p)
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
