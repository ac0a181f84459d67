//! `sahifa check`: every internal link, anchor, asset, feed and sitemap entry of the rendered
//! site must resolve to a file of the site. Works on the in-memory output, so nothing is
//! written; the same function checks a built folder in tests.

use std::collections::{BTreeMap, HashSet};

use lol_html::{HtmlRewriter, Settings, element};
use percent_encoding::percent_decode_str;

use crate::error::Diagnostic;

/// The result of checking links.
#[derive(Debug, Default)]
pub struct LinkReport {
    pub checked: usize,
    /// Broken links a template made, or whose source the site cannot name.
    pub problems: Vec<Diagnostic>,
    /// Broken links an author wrote in a body, at their line and column ([`Written::At`]):
    /// `sahifa check --warn-body-links` reports them without failing.
    pub authored: Vec<Diagnostic>,
}

/// Where a link of an output page was written, as [`check_links`] asks the site: an editor
/// cannot find `articles/14/index.html` in the sources.
pub enum Written {
    /// At this line and column of a source file (the link as written in the Markdown).
    At(std::path::PathBuf, usize, usize),
    /// Somewhere in this source file, by way of a template (a link the body does not hold
    /// as written).
    From(std::path::PathBuf),
}

/// Checks the links in every HTML and XML file of `files` (output-relative path → bytes).
/// `written` names the source of a broken link (page, URL as rendered), when the site knows it.
pub fn check_links(
    files: &BTreeMap<String, Vec<u8>>,
    base_url: &str,
    base_path: &str,
    written: &dyn Fn(&str, &str) -> Option<Written>,
) -> LinkReport {
    let origin = origin_of(base_url);
    let mut ids_cache: BTreeMap<&str, HashSet<String>> = BTreeMap::new();
    let mut report = LinkReport::default();
    for (path, bytes) in files {
        let is_markup = path.ends_with(".html") || path.ends_with(".xml");
        if !is_markup {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        for url in extract_urls(&text) {
            report.checked += 1;
            if let Some(problem) = check_one(files, &mut ids_cache, path, &url, &origin, base_path)
            {
                let source = written(path, &url);
                let authored = matches!(source, Some(Written::At(..)));
                let diagnostic = match source {
                    Some(Written::At(file, line, column)) => {
                        Diagnostic::new(file, problem).at(line, column)
                    }
                    Some(Written::From(file)) => {
                        Diagnostic::new(path, format!("{problem}, from {}", file.display()))
                    }
                    None => Diagnostic::new(path, problem),
                };
                let diagnostic = diagnostic.with_help("fix the link or the page it points to");
                if authored {
                    report.authored.push(diagnostic);
                } else {
                    report.problems.push(diagnostic);
                }
            }
        }
    }
    report
}

/// The byte offset in `body` (Markdown) where the link rendered as `url` is written: the URL
/// as rendered, or without the site's base path that absolute links are given
/// (`/site/x/` is written `/x/`), percent-encoded or not, standing as a whole link target
/// (after `(`, `<`, a quote, `=` or a space, and before `)`, `>`, a quote, a space, `#`…).
pub fn written_link(body: &str, url: &str, base_url: &str, base_path: &str) -> Option<usize> {
    let origin = origin_of(base_url);
    let local = match url
        .strip_prefix(origin.as_str())
        .filter(|_| !origin.is_empty())
    {
        Some(rest) if rest.starts_with('/') => rest,
        _ => url,
    };
    let unprefixed = local
        .strip_prefix(base_path.trim_end_matches('/'))
        .filter(|rest| rest.starts_with('/') && base_path.len() > 1);
    let mut candidates = vec![url.to_string(), local.to_string()];
    candidates.extend(unprefixed.map(String::from));
    let decoded: Vec<String> = candidates
        .iter()
        .map(|c| percent_decode_str(c).decode_utf8_lossy().into_owned())
        .collect();
    candidates.extend(decoded);
    let bounded = |at: usize, len: usize| {
        let before = body[..at].chars().next_back();
        let after = body[at + len..].chars().next();
        before.is_some_and(|c| matches!(c, '(' | '<' | '"' | '\'' | '=') || c.is_whitespace())
            && after.is_none_or(|c| {
                matches!(c, ')' | '>' | '"' | '\'' | '#' | '?') || c.is_whitespace()
            })
    };
    candidates.iter().filter(|c| !c.is_empty()).find_map(|c| {
        body.match_indices(c.as_str())
            .map(|(i, _)| i)
            .find(|&i| bounded(i, c.len()))
    })
}

/// `scheme://host` of a base URL (empty for a bare path).
fn origin_of(base_url: &str) -> String {
    match base_url.find("://") {
        Some(i) => {
            let end = base_url[i + 3..]
                .find('/')
                .map_or(base_url.len(), |j| i + 3 + j);
            base_url[..end].to_string()
        }
        None => String::new(),
    }
}

/// URLs in `href` and `src` attributes, and in the sitemap's `<loc>` elements.
///
/// Attributes are read by an HTML parser, not searched for `href="`: Sahifa's own templates
/// quote with `"`, but a site's templates may write `href='…'` or `href=…`, and those links
/// must be checked too.
fn extract_urls(text: &str) -> Vec<String> {
    let mut urls = attribute_values(text, &["href", "src"]);
    let mut rest = text;
    while let Some(i) = rest.find("<loc>") {
        let after = &rest[i + "<loc>".len()..];
        let Some(end) = after.find("</loc>") else {
            break;
        };
        urls.push(after[..end].replace("&amp;", "&"));
        rest = &after[end..];
    }
    urls
}

/// The values of the attributes `names` on every element, in document order, however they are
/// quoted. `&amp;` is decoded (the only entity Sahifa's URLs and ids carry); the parser
/// (`lol_html`, already used by the search indexer) streams and never fails on bad markup
/// (non-strict mode), so a page always yields the attributes it has.
fn attribute_values(html: &str, names: &[&str]) -> Vec<String> {
    let mut values = Vec::new();
    let selector = names
        .iter()
        .map(|n| format!("[{n}]"))
        .collect::<Vec<_>>()
        .join(", ");
    {
        let mut rewriter = HtmlRewriter::new(
            Settings::new()
                .append_element_content_handler(element!(selector, |el| {
                    for name in names {
                        if let Some(value) = el.get_attribute(name) {
                            values.push(value.replace("&amp;", "&"));
                        }
                    }
                    Ok(())
                }))
                .with_strict(false),
            |_: &[u8]| {},
        );
        // Errors are a handler's (ours never fails) or a memory limit (none is set).
        let _ = rewriter
            .write(html.as_bytes())
            .and_then(|()| rewriter.end());
    }
    values
}

fn check_one<'f>(
    files: &'f BTreeMap<String, Vec<u8>>,
    ids_cache: &mut BTreeMap<&'f str, HashSet<String>>,
    page: &str,
    url: &str,
    origin: &str,
    base_path: &str,
) -> Option<String> {
    let (rel, fragment) = match target_of(page, url, origin, base_path) {
        Target::Elsewhere => return None,
        Target::Outside(problem) => return Some(problem),
        Target::Site { rel, fragment } => (rel, fragment),
    };
    let Some(target) = resolve(&rel, |c| files.contains_key(c))
        .and_then(|c| files.get_key_value(c.as_str()).map(|(k, _)| k.as_str()))
    else {
        return Some(nothing_there(url, &rel));
    };
    let fragment = fragment.filter(|f| !f.is_empty())?;
    let fragment = percent_decode_str(fragment)
        .decode_utf8_lossy()
        .into_owned();
    let ids = ids_cache
        .entry(target)
        .or_insert_with(|| ids_in(&String::from_utf8_lossy(&files[target])));
    (!ids.contains(&fragment))
        .then(|| format!("`{url}`: no element with id `{fragment}` on {target}"))
}

/// The links of `links` (the output file of the page that writes it, the URL as rendered)
/// that point to no file of the site, each with what is wrong, by index in `links`. Only
/// whether the file exists is asked (`exists`, an output path): the build uses this for the
/// links authors wrote in bodies, without reading the pages back; `check` verifies anchors too.
pub fn dead_links(
    links: &[(String, String)],
    base_url: &str,
    base_path: &str,
    exists: &dyn Fn(&str) -> bool,
) -> Vec<(usize, String)> {
    let origin = origin_of(base_url);
    let mut dead = Vec::new();
    for (i, (page, url)) in links.iter().enumerate() {
        let problem = match target_of(page, url, &origin, base_path) {
            Target::Elsewhere => None,
            Target::Outside(problem) => Some(problem),
            Target::Site { rel, .. } => resolve(&rel, exists)
                .is_none()
                .then(|| nothing_there(url, &rel)),
        };
        dead.extend(problem.map(|p| (i, p)));
    }
    dead
}

fn nothing_there(url: &str, rel: &str) -> String {
    format!("`{url}` points to nothing in the site (no file `{rel}`)")
}

/// Where a link leads, seen from the site.
enum Target<'u> {
    /// Another site or an address scheme: not checked.
    Elsewhere,
    /// A path of the site's output (percent-decoded, relative to its root) and a fragment.
    Site {
        rel: String,
        fragment: Option<&'u str>,
    },
    /// A root-relative link outside the site's base path: what is wrong.
    Outside(String),
}

/// Whether a URL starts with a scheme (`https:`, `mailto:`, `tel:` …): a colon before any
/// `/`, `?` or `#`, as browsers read it. Such a link leaves the site.
pub fn names_a_scheme(url: &str) -> bool {
    url.find(':')
        .is_some_and(|colon| !url[..colon].contains(['/', '?', '#']))
}

/// Where `url`, written on output page `page`, leads.
fn target_of<'u>(page: &str, url: &'u str, origin: &str, base_path: &str) -> Target<'u> {
    let url = match url.strip_prefix(origin).filter(|_| !origin.is_empty()) {
        Some(rest) if rest.starts_with('/') => rest,
        _ => url,
    };
    if names_a_scheme(url) || url.starts_with("//") {
        return Target::Elsewhere;
    }
    let (path_part, fragment) = match url.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (url, None),
    };
    let path_part = path_part.split('?').next().unwrap_or("");
    let rel = if path_part.is_empty() {
        page.to_string()
    } else if let Some(abs) = path_part.strip_prefix('/') {
        match format!("/{abs}").strip_prefix(base_path) {
            Some(r) => r.to_string(),
            None => {
                return Target::Outside(format!(
                    "`{url}` is outside the site's base path `{base_path}`"
                ));
            }
        }
    } else {
        let dir = page.rsplit_once('/').map_or("", |(d, _)| d);
        if dir.is_empty() {
            path_part.to_string()
        } else {
            format!("{dir}/{path_part}")
        }
    };
    let rel = percent_decode_str(&rel).decode_utf8_lossy();
    match without_dot_segments(&rel) {
        Some(rel) => Target::Site { rel, fragment },
        None => Target::Outside(format!("`{url}` climbs above the site's root")),
    }
}

/// `rel` with `.` and `..` segments resolved as a browser does (`articles/x/../y/` →
/// `articles/y/`), or `None` when `..` climbs above the root.
fn without_dot_segments(rel: &str) -> Option<String> {
    if !rel.split('/').any(|s| s == "." || s == "..") {
        return Some(rel.to_string());
    }
    let mut kept: Vec<&str> = Vec::new();
    let segments: Vec<&str> = rel.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *segment {
            "." => {}
            ".." => {
                kept.pop()?;
            }
            s => kept.push(s),
        }
        // A path ending in `.` or `..` names a folder: keep its trailing slash.
        if last && matches!(*segment, "." | "..") {
            kept.push("");
        }
    }
    Some(kept.join("/"))
}

/// The file a site-relative path serves, as a static server would: `dir/` → `dir/index.html`.
fn resolve(rel: &str, exists: impl Fn(&str) -> bool) -> Option<String> {
    let candidates = if rel.is_empty() || rel.ends_with('/') {
        vec![format!("{rel}index.html")]
    } else {
        vec![rel.to_string(), format!("{rel}/index.html")]
    };
    candidates.into_iter().find(|c| exists(c))
}

/// The ids a fragment can point to, however the attribute is quoted.
fn ids_in(html: &str) -> HashSet<String> {
    attribute_values(html, &["id"]).into_iter().collect()
}

/// Unreachable pages reported one by one; beyond this, one message counts the rest.
const UNREACHABLE_REPORTED: usize = 20;

/// The generated pages (`pages`, output paths of HTML files, indexes first) that a reader starting at the
/// home page cannot reach by following links: a page only the sitemap lists is invisible to
/// readers and to most crawlers. The 404 page and the search page are exempt (one is reached
/// by mistake, the other by the search form). Static files the user wrote are not checked:
/// a verification file for a search console is meant to be linked from nowhere.
pub fn unreachable_pages(
    files: &BTreeMap<String, Vec<u8>>,
    pages: &[String],
    base_url: &str,
    base_path: &str,
) -> Vec<Diagnostic> {
    let origin = origin_of(base_url);
    let generated: HashSet<&str> = pages.iter().map(String::as_str).collect();
    let mut linked_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut reached: HashSet<&str> = HashSet::from(["index.html"]);
    let mut queue = vec!["index.html"];
    let links_of = |page: &str| -> Vec<&str> {
        let Some(bytes) = files.get(page) else {
            return Vec::new();
        };
        extract_urls(&String::from_utf8_lossy(bytes))
            .iter()
            .filter_map(|url| match target_of(page, url, &origin, base_path) {
                Target::Site { rel, .. } => resolve(&rel, |c| files.contains_key(c)),
                Target::Elsewhere | Target::Outside(_) => None,
            })
            .filter_map(|rel| files.get_key_value(rel.as_str()).map(|(k, _)| k.as_str()))
            .filter(|target| generated.contains(target))
            .collect()
    };
    while let Some(page) = queue.pop() {
        for target in links_of(page) {
            if reached.insert(target) {
                queue.push(target);
            }
        }
    }
    let unreached = pages
        .iter()
        .map(String::as_str)
        .filter(|p| !reached.contains(p));
    for page in unreached {
        for target in links_of(page) {
            if target != page {
                linked_from.entry(target).or_insert(page);
            }
        }
    }
    // In the site's own order (indexes before what they index), pages no page links to first:
    // linking those, or the first index, is usually what brings the others back.
    let mut lost: Vec<&str> = pages
        .iter()
        .map(String::as_str)
        .filter(|p| !reached.contains(p) && !matches!(*p, "404.html" | "search/index.html"))
        .collect();
    lost.sort_by_key(|p| linked_from.contains_key(p));
    let mut problems: Vec<Diagnostic> = lost
        .iter()
        .take(UNREACHABLE_REPORTED)
        .map(|&page| {
            let message = match linked_from.get(page) {
                None => "no page links to this page, so readers following links from the \
                         home page never reach it"
                    .to_string(),
                Some(from) => format!(
                    "this page cannot be reached from the home page: only pages that are \
                     unreachable themselves link to it (such as {from})"
                ),
            };
            Diagnostic::new(page, message).with_help(
                "link it from a page readers reach: the default theme links /archive/ from the \
                 menu and the footer; a template that replaces them should keep that link",
            )
        })
        .collect();
    if lost.len() > UNREACHABLE_REPORTED {
        let more = lost.len() - UNREACHABLE_REPORTED;
        problems.push(
            Diagnostic::new(
                lost[UNREACHABLE_REPORTED],
                format!("and {more} more pages cannot be reached from the home page"),
            )
            .with_help("the pages above are usually the ones to link; the rest follow from them"),
        );
    }
    problems
}

#[cfg(test)]
mod orphan_tests {
    use super::*;

    fn site(pages: &[(&str, &str)]) -> (BTreeMap<String, Vec<u8>>, Vec<String>) {
        let files = pages
            .iter()
            .map(|(p, html)| (p.to_string(), html.as_bytes().to_vec()))
            .collect();
        (files, pages.iter().map(|(p, _)| p.to_string()).collect())
    }

    #[test]
    fn a_link_is_found_as_written_in_the_markdown() {
        let body = "نص.\n\n[رابط](/no-such-page/) و![صورة](pics/a%20b.png)\n\n[x]: /ref/\n";
        let at = |url: &str| written_link(body, url, "https://e.org/site/", "/site/");
        assert_eq!(at("/site/no-such-page/"), body.find("/no-such-page/"));
        assert_eq!(at("https://e.org/site/ref/"), body.find("/ref/"));
        assert_eq!(at("pics/a%20b.png"), body.find("pics/"));
        // Inside a longer link it is not the link.
        assert_eq!(at("/page/"), None);
        assert_eq!(at("/site/other/"), None);
    }

    #[test]
    fn a_page_no_page_links_to_is_reported_first() {
        let (files, pages) = site(&[
            (
                "index.html",
                r#"<a href="/articles/%D9%82%D9%85%D8%A9/">قمة</a>"#,
            ),
            ("articles/قمة/index.html", r#"<a href="/">الرئيسية</a>"#),
            (
                "archive/index.html",
                r#"<a href="/archive/page/2/">التالي</a>"#,
            ),
            (
                "archive/page/2/index.html",
                r#"<a href="/archive/">السابق</a>"#,
            ),
            ("من-نحن/index.html", r#"<a href="/">الرئيسية</a>"#),
            ("404.html", ""),
            ("search/index.html", ""),
        ]);
        let problems = unreachable_pages(&files, &pages, "https://example.org/", "/");
        let paths: Vec<_> = problems
            .iter()
            .map(|d| d.path.display().to_string())
            .collect();
        assert_eq!(
            paths,
            [
                "من-نحن/index.html",
                "archive/index.html",
                "archive/page/2/index.html"
            ]
        );
        assert!(
            problems[0]
                .message
                .starts_with("no page links to this page")
        );
        assert!(problems[2].message.contains("such as archive/index.html"));
    }

    #[test]
    fn a_site_linked_from_home_has_none() {
        let (files, pages) = site(&[
            // Outside the base path: not a link to the site's archive.
            ("index.html", r#"<a href="/archive/">أرشيف</a>"#),
            ("archive/index.html", r#"<a href="../">الرئيسية</a>"#),
        ]);
        assert_eq!(
            unreachable_pages(&files, &pages, "https://example.org/sub/", "/sub/").len(),
            1
        );
        let (files, pages) = site(&[
            (
                "index.html",
                r#"<a href="https://example.org/sub/archive/">أرشيف</a>"#,
            ),
            ("archive/index.html", r#"<a href="../">الرئيسية</a>"#),
        ]);
        assert!(unreachable_pages(&files, &pages, "https://example.org/sub/", "/sub/").is_empty());
    }
}

#[cfg(test)]
mod dead_link_tests {
    use super::*;

    fn dead(links: &[(&str, &str)], files: &[&str]) -> Vec<(usize, String)> {
        let links: Vec<(String, String)> = links
            .iter()
            .map(|(p, u)| (p.to_string(), u.to_string()))
            .collect();
        let exists = |rel: &str| files.contains(&rel);
        dead_links(&links, "https://example.org/repo/", "/repo/", &exists)
    }

    #[test]
    fn a_link_to_no_file_is_dead_and_one_to_a_page_or_file_is_not() {
        let files = ["articles/a/index.html", "about/index.html", "style.css"];
        let page = "articles/b/index.html";
        let found = dead(
            &[
                (page, "/repo/about/"),
                (page, "/repo/about"),
                (page, "/repo/style.css"),
                (page, "https://example.org/repo/about/#team"),
                (page, "/repo/no/such/"),
            ],
            &files,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 4);
        assert!(found[0].1.contains("no/such/"), "{}", found[0].1);
    }

    #[test]
    fn relative_links_climb_folders_as_a_browser_reads_them() {
        let files = ["articles/a/index.html"];
        let page = "articles/b/index.html";
        let found = dead(
            &[
                (page, "../a/"),
                (page, "./../a/index.html"),
                (page, "../../articles/a/"),
                (page, "../c/"),
                (page, "../../../../etc/passwd"),
            ],
            &files,
        );
        let dead: Vec<usize> = found.iter().map(|(i, _)| *i).collect();
        assert_eq!(dead, [3, 4], "{found:?}");
        assert!(
            found[1].1.contains("above the site's root"),
            "{}",
            found[1].1
        );
    }

    #[test]
    fn other_sites_schemes_and_anchors_are_not_checked() {
        let page = "articles/b/index.html";
        let found = dead(
            &[
                (page, "https://elsewhere.example/x/"),
                (page, "//cdn.example/x.js"),
                (page, "mailto:desk@example.org"),
                (page, "tel:+9611234567"),
                (page, "whatsapp:send?text=x"),
            ],
            &[],
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_root_relative_link_outside_the_base_path_is_dead() {
        let found = dead(&[("index.html", "/elsewhere/")], &["elsewhere/index.html"]);
        assert_eq!(found.len(), 1);
        assert!(found[0].1.contains("outside the site's base path"));
    }
}
