//! The site-level half of link checking: `sahifa check`, which publishes the whole site in
//! memory and verifies every link, and the warnings a build gives for the links bodies write
//! to nothing (both report a link where the editor wrote it). [`crate::check`] holds the
//! checks themselves, on output files.

use crate::error::Diagnostic;
use crate::error::{self, Error, Result};
use crate::publish::{Scope, publish};
use crate::render::{self, SiteView};
use crate::write::{self, MemoryOutput};
use crate::{AnalysedSite, BuildOptions, analyse_site, load_templates, text};

/// What `sahifa check` fails on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BodyLinks {
    /// A dead link an author wrote in a body fails the check, as any other.
    #[default]
    Fail,
    /// Reported as a warning: the check the publishing workflow runs, where one mistyped link
    /// in an old article must not hold back today's news (as `build` publishes anyway), while
    /// a link the theme or a template breaks still stops it.
    Warn,
}

/// [`check_with`] failing on every dead link.
pub fn check(options: &BuildOptions) -> Result<CheckReport> {
    check_with(options, BodyLinks::Fail)
}

/// Publishes the whole site in memory — pages, search index, feeds, sitemap, static files —
/// and checks that every internal link, anchor, asset, feed and sitemap entry resolves;
/// `body_links` says whether a dead link written in a body fails it. Writes nothing.
pub fn check_with(options: &BuildOptions, body_links: BodyLinks) -> Result<CheckReport> {
    let site = analyse_site(options)?;
    let templates = load_templates(options, &site.config)?;
    let memory = MemoryOutput::default();
    let view = SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
    let published = publish(&view, &templates, &options.root, &memory, Scope::Everything)?;
    let files = memory.into_files();
    let page_file = |page| page_file(&view, page);
    let sources: std::collections::HashMap<String, render::Page> = (0..site.content.articles.len())
        .map(render::view::Page::Article)
        .chain((0..site.content.pages.len()).map(render::view::Page::Standalone))
        .map(|page| (page_file(page), page))
        .collect();
    let written = |file: &str, url: &str| match *sources.get(file)? {
        render::Page::Article(i) => Some(written_in_article(&site, i, url)),
        render::Page::Standalone(p) => Some(written_in_page(&site, &options.root, p, url)),
        _ => None,
    };
    let links = crate::check::check_links(
        &files,
        &site.config.base_url,
        &site.config.base_path(),
        &written,
    );
    let pages: Vec<String> = view.pages().into_iter().map(page_file).collect();
    let mut problems = links.problems;
    let mut warnings = site.warnings.clone();
    let dead_body_links = match body_links {
        BodyLinks::Fail => 0,
        BodyLinks::Warn => links.authored.len(),
    };
    match body_links {
        BodyLinks::Fail => problems.extend(links.authored),
        BodyLinks::Warn => warnings.extend(links.authored),
    }
    problems.extend(crate::check::unreachable_pages(
        &files,
        &pages,
        &site.config.base_url,
        &site.config.base_path(),
    ));
    if !problems.is_empty() {
        return Err(Error::Content(problems));
    }
    Ok(CheckReport {
        pages: published.pages,
        files: files.len(),
        links: links.checked,
        dead_body_links,
        warnings,
    })
}

/// The output file of `page` (its folder's `index.html`, or the file a page is named as).
fn page_file(view: &SiteView<'_>, page: render::Page) -> String {
    let dir = view.page_dir(page);
    if dir.ends_with(".html") {
        dir
    } else {
        format!("{dir}index.html")
    }
}

/// The links that article and page bodies write to no file of the built site, as warnings
/// at the line and column where each is written. A warning, not an error: `check` fails on
/// them, but one mistyped link in an old article must not hold back today's news.
pub(crate) fn dead_body_links(
    site: &AnalysedSite,
    view: &SiteView<'_>,
    links: &[(render::Page, String)],
    output: &dyn write::Output,
) -> Vec<error::Diagnostic> {
    let pages: Vec<(String, String)> = links
        .iter()
        .map(|(page, url)| (page_file(view, *page), url.clone()))
        .collect();
    let exists = |rel: &str| output.exists(rel);
    let (base_url, base_path) = (&site.config.base_url, site.config.base_path());
    crate::check::dead_links(&pages, base_url, &base_path, &exists)
        .into_iter()
        .map(|(i, problem)| {
            let (page, url) = &links[i];
            let diagnostic = match *page {
                render::Page::Article(a) => match written_in_article(site, a, url) {
                    crate::check::Written::At(file, line, column) => {
                        error::Diagnostic::new(file, problem).at(line, column)
                    }
                    crate::check::Written::From(file) => error::Diagnostic::new(file, problem),
                },
                render::Page::Standalone(p) => {
                    error::Diagnostic::new(site.content.pages[p].path.clone(), problem)
                }
                _ => error::Diagnostic::new(pages[i].0.clone(), problem),
            };
            diagnostic.with_help(
                "fix the link or the page it points to (`sahifa check` also checks anchors)",
            )
        })
        .collect()
}

/// Where article `i` writes the link rendered as `url`: its line and column in the Markdown
/// when the body holds it as written, else the article's file (a link its template made).
fn written_in_article(site: &AnalysedSite, i: usize, url: &str) -> crate::check::Written {
    let article = &site.content.articles[i];
    let Ok(body) = site.content.article_body(i) else {
        return crate::check::Written::From(article.path.clone());
    };
    let found =
        crate::check::written_link(&body, url, &site.config.base_url, &site.config.base_path());
    match found {
        Some(at) => {
            let (body_line, body_col) = text::line_col(&article.text, article.body_range.start);
            let (line, col) = text::line_col(&body, at);
            let col = if line == 1 { body_col + col - 1 } else { col };
            crate::check::Written::At(article.path.clone(), body_line + line - 1, col)
        }
        None => crate::check::Written::From(article.path.clone()),
    }
}

/// Where page `p` (`content/pages/`) writes the link rendered as `url`: its line and column in
/// the file, read again (a page keeps its body, not the file's text), else the page's file.
fn written_in_page(
    site: &AnalysedSite,
    root: &std::path::Path,
    p: usize,
    url: &str,
) -> crate::check::Written {
    let page = &site.content.pages[p];
    let text = std::fs::read_to_string(root.join(&page.path)).unwrap_or_default();
    let found =
        crate::check::written_link(&text, url, &site.config.base_url, &site.config.base_path());
    match found {
        Some(at) => {
            let (line, col) = text::line_col(&text, at);
            crate::check::Written::At(page.path.clone(), line, col)
        }
        None => crate::check::Written::From(page.path.clone()),
    }
}

/// What `check` verified.
#[derive(Debug, Clone)]
pub struct CheckReport {
    pub pages: usize,
    pub files: usize,
    pub links: usize,
    /// Dead links written in bodies, among `warnings` ([`BodyLinks::Warn`]).
    pub dead_body_links: usize,
    pub warnings: Vec<Diagnostic>,
}
