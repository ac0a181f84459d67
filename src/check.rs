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
    pub problems: Vec<Diagnostic>,
}

/// Checks the links in every HTML and XML file of `files` (output-relative path → bytes).
pub fn check_links(
    files: &BTreeMap<String, Vec<u8>>,
    base_url: &str,
    base_path: &str,
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
                report.problems.push(
                    Diagnostic::new(path, problem)
                        .with_help("fix the link or the page it points to"),
                );
            }
        }
    }
    report
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
    let url = match url.strip_prefix(origin).filter(|_| !origin.is_empty()) {
        Some(rest) if rest.starts_with('/') => rest,
        _ => url,
    };
    if url.contains("://")
        || url.starts_with("mailto:")
        || url.starts_with("tel:")
        || url.starts_with("data:")
    {
        return None;
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
                return Some(format!(
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
    let rel = percent_decode_str(&rel).decode_utf8_lossy().into_owned();
    let Some(target) = resolve(files, &rel) else {
        return Some(format!(
            "`{url}` points to nothing in the site (no file `{rel}`)"
        ));
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

/// The file a site-relative path serves, as a static server would: `dir/` → `dir/index.html`.
fn resolve<'f>(files: &'f BTreeMap<String, Vec<u8>>, rel: &str) -> Option<&'f str> {
    let candidates = if rel.is_empty() || rel.ends_with('/') {
        vec![format!("{rel}index.html")]
    } else {
        vec![rel.to_string(), format!("{rel}/index.html")]
    };
    candidates
        .iter()
        .find_map(|c| files.get_key_value(c.as_str()).map(|(k, _)| k.as_str()))
}

/// The ids a fragment can point to, however the attribute is quoted.
fn ids_in(html: &str) -> HashSet<String> {
    attribute_values(html, &["id"]).into_iter().collect()
}
