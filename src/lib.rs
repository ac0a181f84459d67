//! Sahifa: a static site generator for Arabic news.
//!
//! The build is a one-way pipeline, one module per stage:
//! [`load`] → [`analyse`] → [`link`] → [`render`] → [`write`]. [`build`] runs them all;
//! [`analyse_site`] stops before rendering (for audits and checks).

pub mod analyse;
pub mod audit;
pub mod check;
pub mod config;
pub mod error;
pub mod import;
pub mod incremental;
pub mod init;
pub mod link;
pub mod load;
pub mod render;
pub mod serve;
pub mod suggest;
pub mod write;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use config::Config;
pub use error::{Diagnostic, Error, Result};

use analyse::{ArticleAnalysis, Matcher};
use link::SiteGraph;
use load::Content;
use rayon::prelude::*;
use render::{Site, Templates};
use write::{MemoryOutput, Output, Staging};

/// What to build and how.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site's root folder (where `config.yaml` is).
    pub root: PathBuf,
    /// Overrides `output_dir` from the configuration.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` for this build only.
    pub base_url: Option<String>,
    /// Include draft articles.
    pub drafts: bool,
}

/// Wall time of each pipeline stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub load: Duration,
    pub analyse: Duration,
    pub link: Duration,
    pub render: Duration,
    /// Building the search index (zero when search is off).
    pub search: Duration,
    pub write: Duration,
}

/// What a build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub output: PathBuf,
    pub articles: usize,
    /// Entities of the site's registry.
    pub entities: usize,
    /// Gazetteer entities published (named by an article).
    pub gazetteer_pages: usize,
    /// Ids of the entities that got no page (`entity_pages: mentioned` and no article names
    /// them), so the command can say why a registry entry is missing from the site.
    pub unpublished: Vec<String>,
    pub mentions: usize,
    pub pages: usize,
    pub bytes: u64,
    pub warnings: Vec<Diagnostic>,
    pub timings: Timings,
    pub elapsed: Duration,
}

/// A loaded and analysed site: everything but the rendered pages.
pub struct AnalysedSite {
    pub config: Config,
    pub content: Content,
    /// The compiled registry, kept for incremental re-analysis.
    pub matcher: Matcher,
    pub analyses: Vec<ArticleAnalysis>,
    pub graph: SiteGraph,
    pub warnings: Vec<Diagnostic>,
    pub timings: Timings,
}

/// Runs load → analyse → link.
pub fn analyse_site(options: &BuildOptions) -> Result<AnalysedSite> {
    analyse_site_with(options, false)
}

/// [`analyse_site`]; with `release_texts`, each article's text is dropped once analysed (see
/// [`Content::release_article_texts_after`]).
fn analyse_site_with(options: &BuildOptions, release_texts: bool) -> Result<AnalysedSite> {
    let mut config = Config::load(&options.root)?;
    if let Some(url) = &options.base_url {
        config::base_path_of(url).map_err(|msg| {
            Error::Config(
                Diagnostic::new("--base-url", format!("invalid base URL `{url}`: {msg}"))
                    .with_help("use a full URL such as https://user.github.io/repo/"),
            )
        })?;
        config.base_url = url.clone();
    }
    let mut timings = Timings::default();

    let t = Instant::now();
    let mut content = load::load_content(
        &options.root,
        options.drafts || config.drafts,
        config.article_slugs,
    )?;
    content.entities =
        load::gazetteer::with_registry(std::mem::take(&mut content.entities), config.gazetteer)
            .map_err(|d| Error::Content(vec![d]))?;
    let matcher = Matcher::build(&content.entities).map_err(Error::Content)?;
    timings.load = t.elapsed();

    let t = Instant::now();
    let (declared, mut warnings) =
        declared_entities(&content, config.linking.front_matter_evidence);
    let analyses = if release_texts {
        let none = HashSet::new();
        content.release_article_texts_after(&options.root, |i, article| {
            analyse::analyse_article(article, &matcher, declared.get(i).unwrap_or(&none))
        })
    } else {
        analyse::analyse_articles(&content.articles, &matcher, &declared)
    };
    timings.analyse = t.elapsed();

    let t = Instant::now();
    let graph = link::build_graph(&content.articles, &analyses, content.entities.len());
    timings.link = t.elapsed();

    warnings.splice(0..0, content.warnings.iter().cloned());
    Ok(AnalysedSite {
        config,
        content,
        matcher,
        analyses,
        graph,
        warnings,
        timings,
    })
}

/// Builds the site into its output folder, replacing the previous output only on success.
///
/// Article texts are released after analysis and read back page by page (see
/// [`Content::release_article_texts_after`]): a one-shot build needs only offsets into them.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    run_build(options, true).map(|(report, _)| report)
}

/// A built site kept in memory, so `serve` can rebuild only what a change touches.
pub struct BuiltSite {
    pub site: AnalysedSite,
    pub templates: Templates,
    pub output: PathBuf,
}

/// [`build`], also returning everything it computed (article texts included).
pub fn build_keeping_state(options: &BuildOptions) -> Result<(BuildReport, BuiltSite)> {
    run_build(options, false)
}

fn run_build(options: &BuildOptions, release_texts: bool) -> Result<(BuildReport, BuiltSite)> {
    let started = Instant::now();
    let mut site = analyse_site_with(options, release_texts)?;
    let output = output_dir(options, &site.config)?;
    let mut timings = site.timings;

    let t = Instant::now();
    let templates = load_templates(options, &site.config)?;
    let staging = Staging::new(&output)?;
    let view = Site::new(&site.config, &site.content, &site.analyses, &site.graph);
    let stats = render::render_site(&view, &templates, &staging)?;
    timings.render = t.elapsed();

    let t = Instant::now();
    if site.config.search {
        let pages = searchable_pages(&view, |path| std::fs::read(staging.path().join(path)).ok());
        render::search::build_index(&site.config.language, pages, &staging)?;
    }
    timings.search = t.elapsed();

    let t = Instant::now();
    write_publishing_files(&view, &staging)?;
    copy_static(&options.root, &site.config.theme, &staging)?;
    staging.commit()?;
    timings.write = t.elapsed();

    let report = BuildReport {
        output: output.clone(),
        articles: site.content.articles.len(),
        entities: site
            .content
            .entities
            .iter()
            .filter(|e| e.origin == load::Origin::Registry)
            .count(),
        gazetteer_pages: view
            .published_entities()
            .filter(|&e| site.content.entities[e].origin == load::Origin::Gazetteer)
            .count(),
        unpublished: (0..site.content.entities.len())
            .filter(|&e| {
                !view.has_page(e) && site.content.entities[e].origin == load::Origin::Registry
            })
            .map(|e| site.content.entities[e].id.clone())
            .collect(),
        mentions: site
            .analyses
            .iter()
            .map(|a| a.body_mentions.len() + a.title_mentions.len())
            .sum(),
        pages: stats.pages,
        bytes: stats.bytes,
        warnings: std::mem::take(&mut site.warnings),
        timings,
        elapsed: started.elapsed(),
    };
    Ok((
        report,
        BuiltSite {
            site,
            templates,
            output,
        },
    ))
}

/// Renders the whole site in memory — pages, feeds, sitemap, static files — and checks that
/// every internal link, anchor, asset, feed and sitemap entry resolves. Writes nothing.
pub fn check(options: &BuildOptions) -> Result<CheckReport> {
    let site = analyse_site(options)?;
    let templates = load_templates(options, &site.config)?;
    let memory = MemoryOutput::default();
    let view = Site::new(&site.config, &site.content, &site.analyses, &site.graph);
    let stats = render::render_site(&view, &templates, &memory)?;
    if site.config.search {
        let pages = searchable_pages(&view, |path| memory.get(path));
        render::search::build_index(&site.config.language, pages, &memory)?;
    }
    write_publishing_files(&view, &memory)?;
    copy_static(&options.root, &site.config.theme, &memory)?;
    let files = memory.into_files();
    let links = check::check_links(&files, &site.config.base_url, &site.config.base_path());
    if !links.problems.is_empty() {
        return Err(Error::Content(links.problems));
    }
    Ok(CheckReport {
        pages: stats.pages,
        files: files.len(),
        links: links.checked,
        warnings: site.warnings,
    })
}

/// What `check` verified.
#[derive(Debug, Clone)]
pub struct CheckReport {
    pub pages: usize,
    pub files: usize,
    pub links: usize,
    pub warnings: Vec<Diagnostic>,
}

/// The pages the search index covers: every article and the first page of every entity,
/// read back from the staged output.
fn searchable_pages(
    site: &Site<'_>,
    read: impl Fn(&str) -> Option<Vec<u8>>,
) -> Vec<(String, Vec<u8>)> {
    let articles = (0..site.content.articles.len()).map(render::Page::Article);
    let entities = site
        .published_entities()
        .map(|e| render::Page::Entity(e, 1));
    articles
        .chain(entities)
        .filter_map(|page| {
            let path = format!("{}index.html", site.page_dir(page));
            read(&path).map(|html| (path, html))
        })
        .collect()
}

/// The theme's templates with the site's overrides and the site-wide variables.
pub(crate) fn load_templates(options: &BuildOptions, config: &Config) -> Result<Templates> {
    let mut templates = Templates::load(&options.root, config)?;
    let globals = templates.tera.global_context();
    globals.insert("site", &site_context(config));
    globals.insert(
        "generator",
        &format!("Sahifa {}", env!("CARGO_PKG_VERSION")),
    );
    Ok(templates)
}

fn site_context(config: &Config) -> render::context::SiteContext {
    render::context::SiteContext {
        title: config.title.clone(),
        description: config.description.clone(),
        language: config.language.clone(),
        direction: config.direction.clone(),
        base_url: config.base_url_with_slash(),
        base_path: config.base_path(),
        locale: if config.language == "ar" {
            "ar_AR".into()
        } else {
            config.language.replace('-', "_")
        },
    }
}

/// The output folder, refused when it would overwrite the site's own sources.
pub(crate) fn output_dir(options: &BuildOptions, config: &Config) -> Result<PathBuf> {
    let rel = options
        .output
        .clone()
        .unwrap_or_else(|| config.output_dir.clone());
    let output = if rel.is_absolute() {
        rel.clone()
    } else {
        options.root.join(&rel)
    };
    let normal = |p: &Path| {
        p.components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect::<PathBuf>()
    };
    let (out, root) = (normal(&output), normal(&options.root));
    let protected = ["content", "templates", "static", "themes"].map(|d| root.join(d));
    if root.starts_with(&out) || protected.iter().any(|p| out.starts_with(p)) {
        return Err(Error::Config(
            config
                .diagnostic_at(
                    "output_dir",
                    format!(
                        "the output folder `{}` would overwrite the site's sources",
                        rel.display()
                    ),
                )
                .with_help("set `output_dir` to a folder of its own, such as `public`"),
        ));
    }
    Ok(output)
}

/// Feeds, sitemap, robots.txt, and what GitHub Pages expects: `.nojekyll` (serve files as they
/// are, without Jekyll) and `CNAME` when a custom domain is configured.
pub fn write_publishing_files(site: &Site<'_>, staging: &dyn Output) -> Result<()> {
    render::feeds::crawler_files(site)
        .par_iter()
        .try_for_each(|(path, text)| staging.write(path, text.as_bytes()))?;
    staging.write(".nojekyll", b"")?;
    if let Some(cname) = site
        .config
        .cname
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        staging.write("CNAME", format!("{cname}\n").as_bytes())?;
    }
    Ok(())
}

/// Theme static files, then the site's `static/` (which wins on a name clash).
pub fn copy_static(root: &Path, theme: &str, staging: &dyn Output) -> Result<()> {
    let mut files = render::templates::theme_static_files(root, theme)?;
    files.extend(render::templates::read_static_dir(&root.join("static"))?);
    for file in files {
        staging.write(&file.rel, &file.bytes)?;
    }
    Ok(())
}

/// Per article, the registry entities its front matter lists; unknown ids are warnings.
pub(crate) fn declared_entities(
    content: &Content,
    enabled: bool,
) -> (Vec<HashSet<usize>>, Vec<Diagnostic>) {
    let index = entity_index(content);
    let mut warnings = Vec::new();
    let declared = content
        .articles
        .iter()
        .map(|a| declared_for(a, &index, enabled, &mut warnings))
        .collect();
    (declared, warnings)
}

/// Entity id → index in `content.entities`.
pub fn entity_index(content: &Content) -> HashMap<String, usize> {
    content
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect()
}

/// The entities one article's front matter lists (as evidence only when `enabled`).
pub fn declared_for(
    article: &load::Article,
    index: &HashMap<String, usize>,
    enabled: bool,
    warnings: &mut Vec<Diagnostic>,
) -> HashSet<usize> {
    let mut set = HashSet::new();
    for id in article
        .meta
        .entities
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        match index.get(id) {
            Some(&i) if enabled => {
                set.insert(i);
            }
            Some(_) => {}
            None => warnings.push(
                {
                    let (line, col) = load::locate::value_position(&article.text, "entities", id)
                        .unwrap_or((1, 1));
                    Diagnostic::new(
                        &article.path,
                        format!("`entities` names `{id}`, which is not in content/entities/"),
                    )
                    .at(line, col)
                }
                .with_help(format!("create content/entities/{id}.md, or fix the id")),
            ),
        }
    }
    set
}
