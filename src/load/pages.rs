//! Pages that are not articles (من نحن، اتصل بنا، سياسة الخصوصية): `content/pages/<slug>.md`,
//! published at `/<slug>/` with the `page.html` template. They have no date, no entities and
//! no place in the archive; the menu (`menu:` in config.yaml) or the footer links them.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::document::validate_slug;
use super::frontmatter;
use crate::error::Diagnostic;
use crate::text::locate;

pub const PAGES_DIR: &str = "content/pages";

/// First path segments Sahifa writes itself: a page there would replace generated pages or
/// mix with them. `page` too, kept for paginated home pages.
pub const RESERVED_SLUGS: &[&str] = &[
    "articles",
    "entities",
    "archive",
    "sections",
    "authors",
    "tags",
    "people",
    "places",
    "organizations",
    "events",
    "search",
    "pagefind",
    "page",
    "fonts",
];

/// A page: its URL segment, title and Markdown body.
#[derive(Debug, Clone)]
pub struct StandalonePage {
    pub path: PathBuf,
    pub slug: String,
    pub title: String,
    /// For the meta description; empty when front matter has none.
    pub description: String,
    pub body: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageMeta {
    title: Option<String>,
    slug: Option<String>,
    #[serde(default)]
    description: String,
}

/// Parses `content/pages/<file>.md`; every problem of the file is reported together.
pub fn parse_page(rel: &Path, text: &str) -> Result<StandalonePage, Vec<Diagnostic>> {
    let (meta, body): (PageMeta, &str) = frontmatter::parse(rel, text, "page", "title")?;
    let mut errors = Vec::new();
    let title = meta.title.as_deref().map(str::trim).unwrap_or_default();
    if title.is_empty() {
        errors.push(
            Diagnostic::new(rel, "the page has no `title`")
                .at(1, 1)
                .with_help("add `title: …` (من نحن، اتصل بنا …)"),
        );
    }
    let stem = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let slug = meta.slug.as_deref().map_or(stem, |s| s.trim().to_string());
    let at = || {
        if meta.slug.is_some() {
            locate::key_position(text, "slug").unwrap_or((1, 1))
        } else {
            (1, 1)
        }
    };
    if let Err(msg) = validate_slug(&slug) {
        let (line, col) = at();
        errors.push(
            Diagnostic::new(
                rel,
                format!("the slug `{slug}` cannot be used in a URL: {msg}"),
            )
            .at(line, col)
            .with_help("set `slug:` to letters, digits and `-` (Arabic letters are fine)"),
        );
    } else if RESERVED_SLUGS.contains(&super::folded_key(&slug).as_str()) {
        let (line, col) = at();
        errors.push(
            Diagnostic::new(
                rel,
                format!("the slug `{slug}` is a folder Sahifa writes its own pages into"),
            )
            .at(line, col)
            .with_help(format!(
                "choose another `slug:`; these are taken: {}",
                RESERVED_SLUGS.join(", ")
            )),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(StandalonePage {
        path: rel.to_path_buf(),
        slug,
        title: title.to_string(),
        description: meta.description.trim().to_string(),
        body: body.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_with_an_arabic_slug() {
        let p = parse_page(
            Path::new("content/pages/about.md"),
            "---\ntitle: من نحن\nslug: من-نحن\n---\nصحيفة مستقلة.\n",
        )
        .unwrap();
        assert_eq!((p.slug.as_str(), p.title.as_str()), ("من-نحن", "من نحن"));
        assert_eq!(p.body, "صحيفة مستقلة.\n");
    }

    #[test]
    fn a_reserved_slug_and_a_missing_title_are_both_reported() {
        let errs = parse_page(
            Path::new("content/pages/x.md"),
            "---\nslug: Archive\n---\nنص.\n",
        )
        .unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(
            errs[1]
                .message
                .contains("`Archive` is a folder Sahifa writes")
        );
        assert_eq!((errs[1].line, errs[1].column), (Some(2), Some(1)));
    }
}
