//! Sahifa: a static site generator for Arabic news.
//!
//! The build is a one-way pipeline, one module per stage:
//! [`load`] → [`analyse`] → [`link`] → [`render`] → [`search`] → [`write`]. [`build`] runs
//! them all; [`analyse_site`] stops before rendering (for audits and checks). The last three
//! stages run through [`publish::publish`] only, whoever builds: `build`, `check`, `serve`.

pub mod analyse;
pub mod check;
pub mod config;
pub mod discovery;
pub mod error;
pub mod import;
pub mod incremental;
pub mod init;
pub mod link;
pub mod load;
pub mod mentions;
pub mod publish;
pub mod render;
pub mod search;
pub mod serve;
pub mod suggest;
pub mod text;
mod verify;
pub mod write;

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub use config::Config;
pub use error::{Diagnostic, Error, Result, eprint_line};
pub(crate) use verify::dead_body_links;
pub use verify::{BodyLinks, CheckReport, check, check_with};

use analyse::{ArticleAnalysis, Matcher};
use link::SiteGraph;
use load::{Content, Entity};
use publish::Scope;
use rayon::prelude::*;
use render::{SiteView, Templates};
use write::Staging;

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
    /// Building the search index (zero when search is off). It runs alongside `render` and
    /// `write`, so the stages add up to more than the build.
    pub search: Duration,
    pub write: Duration,
    /// Resizing (or taking from the cache) and writing lead images.
    pub images: Duration,
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
    /// Discovered entities published (see [`discovery`]).
    pub discovered_pages: usize,
    /// Ids of the entities that got no page (`entity_pages: mentioned` and no article names
    /// them), so the command can say why a registry entry is missing from the site.
    pub unpublished: Vec<String>,
    pub mentions: usize,
    pub pages: usize,
    pub bytes: u64,
    /// Lead images resized in this build, and those taken whole from the cache.
    pub images: write::images::ImageStats,
    /// Pages of the search index, and how many were digested or taken from the cache.
    pub search: search::SearchStats,
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
    analyse_site_with(options, load_config(options)?, false)
}

/// The site's configuration, with `--base-url` applied.
fn load_config(options: &BuildOptions) -> Result<Config> {
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
    Ok(config)
}

/// [`analyse_site`]; with `release_texts`, each article's body is let go as soon as it is
/// loaded and read back where a stage needs it (see [`load::Texts::Released`]).
fn analyse_site_with(
    options: &BuildOptions,
    config: Config,
    release_texts: bool,
) -> Result<AnalysedSite> {
    let mut timings = Timings::default();

    let t = Instant::now();
    let (content, first) = load_site(options, &config, release_texts)?;
    let matcher = Matcher::build(&content.entities).map_err(Error::Content)?;
    timings.load = t.elapsed();

    let t = Instant::now();
    let (declared, mut warnings) =
        analyse::declared_entities(&content, config.linking.front_matter_evidence);
    // Discovery analysed every article once already: what no discovered name touches stands,
    // whole articles and, in the others, the texts it is not in.
    let carried = match first {
        Some(first) => first.carry(
            &content.articles,
            |i| content.article_body(i),
            &matcher,
            &declared,
        ),
        None => (0..content.articles.len())
            .map(|_| discovery::Carry::Nothing)
            .collect(),
    };
    let none = HashSet::new();
    // Each body is read (back, when released) only where the first pass does not stand whole.
    let analyse = |(i, carry): (usize, discovery::Carry)| {
        let mut carry = match carry {
            discovery::Carry::Whole(analysis) => return Ok(analysis),
            texts => texts,
        };
        let body = content.article_body(i)?;
        let declared = declared.get(i).unwrap_or(&none);
        let article = &content.articles[i];
        let found = |k: usize| carry.take_matches(k);
        Ok(analyse::analyse_body_with(article, &body, &matcher, declared, found, false).0)
    };
    let analyses: Vec<std::result::Result<ArticleAnalysis, Diagnostic>> =
        carried.into_par_iter().enumerate().map(analyse).collect();
    let analyses = load::all_or_every_error(analyses).map_err(Error::Content)?;
    timings.analyse = t.elapsed();

    let t = Instant::now();
    let graph = link::build_graph(
        &content.articles,
        &content.terms,
        &analyses,
        content.entities.len(),
    );
    timings.link = t.elapsed();

    warnings.splice(0..0, content.warnings.iter().cloned());
    warnings.extend(missing_description(&config));
    warnings.extend(base_url_without_host(&config));
    warnings.extend(cname_elsewhere(&config));
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

/// The load stage: articles, pages and terms, the registry over the gazetteer and, with
/// `discovery: auto`, the entities discovery adds, with discovery's first analysis (which
/// the analysis reuses). One path, so `serve` can ask what a build would link (see
/// [`entities_a_build_links`]) exactly as a build finds it.
fn load_site(
    options: &BuildOptions,
    config: &Config,
    release_texts: bool,
) -> Result<(Content, Option<discovery::FirstPass>)> {
    let texts = if release_texts {
        load::Texts::Released
    } else {
        load::Texts::Held
    };
    let mut content = load::load_content_with(
        &options.root,
        options.drafts || config.drafts,
        config.article_slugs,
        texts,
    )?;
    content.entities =
        load::gazetteer::with_registry(std::mem::take(&mut content.entities), config.gazetteer)
            .map_err(Error::Content)?;
    menu_pages_exist(config, &content)?;
    if config.discovery != config::Discovery::Auto {
        return Ok((content, None));
    }
    // Discovery reads every body several times: a small site's are held again for it alone,
    // a large site's read back article by article in each of its passes (held together, they
    // would be a third of the build's peak memory at 100,000 articles).
    let (found, first) = if suggest::is_large_site(&content.articles) {
        discover_entities(&options.root, config, &content, true)?
    } else {
        content
            .with_texts_read_back(|content| {
                discover_entities(&options.root, config, content, false)
            })
            .map_err(Error::Content)??
    };
    for (i, alias) in found.variants {
        if let Some(e) = content.entities.get_mut(i) {
            e.meta.aliases.push(alias);
        }
    }
    content.entities.extend(found.entities);
    Ok((content, Some(first)))
}

/// Every entity a build of the site as it is on disk now would link: registry, gazetteer and
/// discovered (with the spellings discovery adds to known ones). `serve` patches an edited
/// article with the names of its last full build, then asks this at a quiet moment and
/// rebuilds when the answer differs: a new article's people get their pages without a restart.
pub fn entities_a_build_links(options: &BuildOptions) -> Result<Vec<Entity>> {
    let config = load_config(options)?;
    Ok(load_site(options, &config, true)?.0.entities)
}

/// The people and organisations discovery links (see [`discovery`]): the site is analysed
/// once with the registry and gazetteer alone, so that the candidates found are the names
/// they do not know, then the confident ones become entities after theirs. That first
/// analysis is returned too: it stands for every article no discovered name touches.
/// `large`: the site is large ([`suggest::is_large_site`]).
fn discover_entities(
    root: &std::path::Path,
    config: &Config,
    content: &Content,
    large: bool,
) -> Result<(discovery::Discovered, discovery::FirstPass)> {
    let rejected = discovery::rejected_ids(root)?;
    let known = Matcher::build(&content.entities).map_err(Error::Content)?;
    let (declared, _) = analyse::declared_entities(content, config.linking.front_matter_evidence);
    // A large site's matches would hold as much memory as its texts: its articles that a
    // discovered name touches are analysed anew instead of text by text.
    let (analyses, matches) =
        analyse::analyse_content(content, &known, &declared, !large).map_err(Error::Content)?;
    let mut found = discovery::discover(content, &analyses, &rejected).map_err(Error::Content)?;
    let runs = std::mem::take(&mut found.body_runs);
    Ok((
        found,
        discovery::FirstPass::new(known, (analyses, matches), declared, runs),
    ))
}

/// [`analyse_site`] with `discovery: auto` whatever the configuration says: what
/// `sahifa entities accept` and `reject` choose from.
pub fn analyse_site_discovering(options: &BuildOptions) -> Result<AnalysedSite> {
    let mut config = load_config(options)?;
    config.discovery = config::Discovery::Auto;
    analyse_site_with(options, config, false)
}

/// A warning when the site has no `description`: pages then fall back to a sentence of
/// their own, but the home page's is generic and link previews say little about the site.
fn missing_description(config: &Config) -> Option<Diagnostic> {
    config.description.trim().is_empty().then(|| {
        config
            .diagnostic_at("description", "the site has no `description`")
            .with_help(
                "add `description: \"…\"` to config.yaml: one sentence on what the site covers, \
                 shown by search engines and link previews (pages without one get a default)",
            )
    })
}

/// A warning when `base_url` is a path alone (`/repo/`): the pages work, but feeds, the
/// sitemap, `og:url` and canonical links need a full address, and get a path.
fn base_url_without_host(config: &Config) -> Option<Diagnostic> {
    config.base_url.trim().starts_with('/').then(|| {
        config
            .diagnostic_at(
                "base_url",
                format!("base_url `{}` has no host", config.base_url.trim()),
            )
            .with_help(
                "feeds, the sitemap and link previews need the full address the site is \
                 published at, such as https://user.github.io/repo/; a path alone is enough \
                 only for a preview",
            )
    })
}

/// A warning when `cname` names another address than `base_url`: GitHub Pages serves a site
/// with a custom domain at its root (`https://news.example.com/`), where links made for
/// `https://user.github.io/repo/` (all under `/repo/`) lead nowhere.
fn cname_elsewhere(config: &Config) -> Option<Diagnostic> {
    let cname = config.cname.as_deref()?.trim().to_ascii_lowercase();
    let base = config.base_url.trim();
    let rest = base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    if host == cname && path.trim_matches('/').is_empty() {
        return None;
    }
    Some(
        config
            .diagnostic_at(
                "cname",
                format!("cname `{cname}` is not where base_url `{base}` says the site is"),
            )
            .with_help(format!(
                "with a custom domain GitHub Pages serves the site at https://{cname}/: set `base_url: \"https://{cname}/\"`, or remove `cname` to publish at base_url"
            )),
    )
}

/// Every `page:` of `menu:` names a page of `content/pages/`: a menu link to nothing would
/// pass unnoticed until a reader clicked it.
fn menu_pages_exist(config: &Config, content: &Content) -> Result<()> {
    let slugs: Vec<&str> = content.pages.iter().map(|p| p.slug.as_str()).collect();
    let problems: Vec<Diagnostic> = config
        .menu
        .iter()
        .filter_map(|item| item.page.as_deref())
        .filter(|page| !slugs.contains(page))
        .map(|page| {
            let help = match slugs.as_slice() {
                [] => "create the page in content/pages/, or use `url:` instead".to_string(),
                some => format!("the pages are: {}", some.join(", ")),
            };
            let message =
                format!("the menu names the page `{page}`, which content/pages/ does not have");
            // At the `page: …` line itself, below `menu:`.
            match text::locate::value_position(&config.source, "menu", page) {
                Some((line, col)) => Diagnostic::new(&config.file, message).at(line, col),
                None => config.diagnostic_at("menu", message),
            }
            .with_help(help)
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Content(problems))
    }
}

/// Builds the site into its output folder, replacing the previous output only on success.
///
/// Article bodies are let go at load and read back by each stage that needs them (see
/// [`load::Texts::Released`]): a one-shot build needs only offsets into them.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    run_build(options, ArticleTexts::Release).map(|(report, _)| report)
}

/// Whether a build keeps every article's text in memory after analysing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ArticleTexts {
    /// Bodies let go at load and read back by each stage (one-shot builds).
    Release,
    /// Kept, for `serve`'s incremental rebuilds.
    Keep,
}

/// A built site kept in memory, so `serve` can rebuild only what a change touches.
pub struct BuiltSite {
    pub site: AnalysedSite,
    pub templates: Templates,
    pub output: PathBuf,
}

/// [`build`], also returning everything it computed (article texts included).
pub fn build_keeping_state(options: &BuildOptions) -> Result<(BuildReport, BuiltSite)> {
    run_build(options, ArticleTexts::Keep)
}

fn run_build(options: &BuildOptions, texts: ArticleTexts) -> Result<(BuildReport, BuiltSite)> {
    let started = Instant::now();
    let config = load_config(options)?;
    // Checked before anything is read or written: a wrong output folder is refused at once.
    let output = output_dir(options, &config)?;
    let mut site = analyse_site_with(options, config, texts == ArticleTexts::Release)?;
    let mut timings = site.timings;

    let t = Instant::now();
    let templates = load_templates(options, &site.config)?;
    timings.load += t.elapsed();
    let staging = Staging::new(&output)?;
    let view = SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
    let published = publish::publish(
        &view,
        &templates,
        &options.root,
        &staging,
        Scope::Everything,
    )?;
    let mentions = site
        .analyses
        .iter()
        .map(|a| a.body_mentions.len() + a.title_mentions.len())
        .sum();
    let dead_links = dead_body_links(&site, &view, &published.site_links, &staging);
    let t = Instant::now();
    staging.commit()?;
    timings.render = published.render;
    timings.search = published.search;
    timings.write = published.write + t.elapsed();
    timings.images = published.images;

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
        discovered_pages: view
            .published_entities()
            .filter(|&e| site.content.entities[e].origin == load::Origin::Discovered)
            .count(),
        unpublished: (0..site.content.entities.len())
            .filter(|&e| {
                !view.has_page(e) && site.content.entities[e].origin == load::Origin::Registry
            })
            .map(|e| site.content.entities[e].id.clone())
            .collect(),
        mentions,
        pages: published.pages,
        bytes: published.bytes,
        images: published.image_stats,
        search: published.search_stats,
        warnings: std::mem::take(&mut site.warnings)
            .into_iter()
            .chain(dead_links)
            .collect(),
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

/// The theme's templates with the site's overrides and the site-wide variables.
pub(crate) fn load_templates(options: &BuildOptions, config: &Config) -> Result<Templates> {
    let mut templates = Templates::load(
        &options.root,
        &config.theme,
        &config.base_path(),
        &|message| config.diagnostic_at("theme", message),
    )?;
    templates.register_digits(config.numerals);
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
        numerals: match config.numerals {
            config::Numerals::Latin => "latin",
            config::Numerals::Arabic => "arabic",
        },
    }
}

/// The output folder (`--output`, else `output_dir`), resolved to a real path and refused
/// unless it is Sahifa's to replace (see [`write::folder`]).
pub(crate) fn output_dir(options: &BuildOptions, config: &Config) -> Result<PathBuf> {
    match &options.output {
        Some(flag) => write::checked_output_dir(&options.root, flag, &write::OutputSetting::Flag),
        None => write::checked_output_dir(
            &options.root,
            &config.output_dir,
            &write::OutputSetting::ConfigKey(config.diagnostic_at("output_dir", "")),
        ),
    }
}
