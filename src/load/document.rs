//! The two kinds of content file, parsed from front matter + body: articles here, entities in
//! [`entity`]; and what both need, splitting off the front matter, reading its YAML and the
//! rules a slug or an id follows to be a URL segment.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::date::Date;
use super::frontmatter::{self, SplitError, non_empty_yaml};
use super::slug::{SlugStrategy, arabic_slug};
use crate::error::Diagnostic;
use crate::text::locate::{self, yaml_diagnostic};

pub use entity::{Entity, EntityKind, EntityMeta, Origin, parse_entity};

/// A news article: front matter plus Markdown body.
#[derive(Debug, Clone)]
pub struct Article {
    /// Path relative to the site root, as shown in messages.
    pub path: PathBuf,
    /// The last path segment of the article's URL.
    pub slug: String,
    pub meta: ArticleMeta,
    pub date: Option<Date>,
    /// The section's id, from `section:` or the article's folder (see [`super::terms`]).
    pub section: Option<String>,
    /// The lead image, found and measured (see [`super::image`]); set by
    /// [`super::parse_article_with_image`], which knows the site root.
    pub image: Option<super::image::LeadImage>,
    /// The pictures the body shows from files of the site (see [`super::body_images`]);
    /// set with [`Article::image`].
    pub body_images: Vec<super::body_images::BodyImage>,
    /// The pictures the body names as written that could not be published (warned about).
    pub missing_pictures: Vec<String>,
    /// The whole file, kept so positions in the body can be reported as file:line:col.
    /// Only the front matter when the texts are released at load ([`super::Texts`], one-shot
    /// builds): read the body with [`super::Content::article_body`] there.
    pub text: String,
    pub body_range: Range<usize>,
}

impl Article {
    /// The Markdown after the front matter (empty when the text is released).
    pub fn body(&self) -> &str {
        self.text.get(self.body_range.clone()).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub date: Option<String>,
    pub updated: Option<String>,
    pub slug: Option<String>,
    pub source: Option<String>,
    pub source_url: Option<String>,
    pub summary: Option<String>,
    /// The bylines, in the order written: `author:` (or Hugo's `authors:`) as one name or a
    /// list of names. One string is one name, never split: «فلان، القاهرة» is a byline with
    /// a place, not two authors; an item of a list is split at «،» (see `keys::name_list`).
    #[serde(
        default,
        rename = "author",
        alias = "authors",
        deserialize_with = "keys::name_list"
    )]
    pub authors: Vec<String>,
    /// The section's id; without it, the article's folder under `content/articles/`.
    pub section: Option<String>,
    /// The lead image: `{src, alt, caption, credit}`.
    pub image: Option<super::image::ImageMeta>,
    #[serde(default)]
    pub draft: bool,
    /// A list, or one string (`tags: دبلوماسية`, `tags: سياسة، اقتصاد`): see [`tag_list`].
    #[serde(default, deserialize_with = "keys::tag_list")]
    pub tags: Vec<String>,
    /// Entities an editor (or a corpus generator) says the article mentions. Never used to
    /// skip detection; `sahifa` only compares it with what it found.
    #[serde(default)]
    pub entities: Vec<String>,
    /// Old addresses of the article (Hugo's and Zola's `aliases`): each is published as a
    /// page that redirects to it (see [`super::aliases`]).
    #[serde(default, deserialize_with = "keys::path_list")]
    pub aliases: Vec<String>,
    /// Zola's taxonomies: `tags` and `categories` join the tags, `authors` the authors, and
    /// `entities` is the same list as `entities:`; any other is reported as ignored.
    #[serde(default)]
    pub taxonomies: BTreeMap<String, serde_yaml::Value>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_yaml::Value>,
}

/// The front matter `yaml` (its repeated keys already left out and reported in `repeated`) as
/// `T`; a syntax error is reported after the repeated keys, so one run shows both.
fn parse_yaml<T: serde::de::DeserializeOwned>(
    rel: &Path,
    yaml: &str,
    yaml_line: usize,
    repeated: &[Diagnostic],
) -> Result<T, Vec<Diagnostic>> {
    serde_yaml::from_str(non_empty_yaml(yaml)).map_err(|e| {
        let mut all = repeated.to_vec();
        all.push(yaml_diagnostic(rel, &e, yaml, yaml_line));
        all
    })
}

/// Parses an article file. `rel` is the path shown in messages.
pub fn parse_article(
    rel: &Path,
    text: String,
    slugs: SlugStrategy,
) -> Result<(Article, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (yaml, body_range, yaml_line) = split_or_report(rel, &text)?;
    let (yaml, repeated) = locate::without_repeated_keys(rel, yaml, yaml_line);
    let mut meta: ArticleMeta = parse_yaml(rel, &yaml, yaml_line, &repeated)?;
    let (mut errors, mut warnings) = keys::unknown_key_diagnostics(rel, &text, &meta.extra);
    errors.splice(0..0, repeated);
    warnings.extend(keys::merge_taxonomies(rel, &text, &mut meta));
    errors.extend(keys::alias_errors(rel, &text, &meta.aliases));
    let title = meta.title.as_deref().map(str::trim).unwrap_or("");
    if title.is_empty() {
        // `title:` written with nothing after it is shown where it is written.
        let (line, col) = key_position(&text, "title");
        errors.push(
            Diagnostic::new(rel, "the article has no `title`")
                .at(line, col)
                .with_help("add `title: …` to the front matter"),
        );
    }
    if text
        .get(body_range.clone())
        .is_some_and(|b| b.trim().is_empty())
    {
        let (line, _) = crate::text::line_col(&text, body_range.start);
        warnings.push(
            Diagnostic::new(rel, "the article has no text after its front matter")
                .at(line, 1)
                .with_help("write the article's text below the closing `---`; a page with a title alone is published as it is"),
        );
    }
    let date = meta
        .date
        .as_deref()
        .and_then(|raw| checked_date(rel, &text, "date", raw, &mut errors));
    if !meta.draft && meta.date.as_deref().is_none_or(|d| d.trim().is_empty()) {
        warnings.push(
            Diagnostic::new(rel, "the article has no `date`")
                .at(1, 1)
                .with_help(
                    "add `date: 2024-05-01` (or with a time, 2024-05-01T09:30:00+03:00): without \
                     it the article is listed after every dated one (on the home page and \
                     at the end of /archive/), in no year or month of the archive, and is \
                     left out of feeds",
                ),
        );
    }
    if let Some(raw) = meta.updated.as_deref() {
        checked_date(rel, &text, "updated", raw, &mut errors);
    }
    let slug = match (&meta.slug, slugs) {
        (Some(s), _) => s.trim().to_string(),
        (None, SlugStrategy::ArabicTitle) if !arabic_slug(title).is_empty() => arabic_slug(title),
        (None, _) => file_stem(&bundle_path(rel)),
    };
    if let Err(msg) = validate_slug(&slug) {
        let (l, c) = if meta.slug.is_some() {
            key_position(&text, "slug")
        } else {
            (1, 1)
        };
        errors.push(
            Diagnostic::new(
                rel,
                format!("the slug `{slug}` cannot be used in a URL: {msg}"),
            )
            .at(l, c)
            .with_help("set `slug:` to letters, digits and `-` (Arabic letters are fine)"),
        );
    }
    let section = article_section(rel, &text, meta.section.as_deref())
        .map_err(|d| errors.push(d))
        .ok()
        .flatten();
    if meta.entities.iter().any(|e| e.trim().is_empty()) {
        warnings.push(Diagnostic::new(rel, "an empty id in `entities` is ignored"));
    }
    if !errors.is_empty() {
        errors.sort_by_key(|d| d.line);
        return Err(errors);
    }
    let article = Article {
        path: rel.to_path_buf(),
        slug,
        meta,
        date,
        section,
        image: None,
        body_images: Vec::new(),
        missing_pictures: Vec::new(),
        text,
        body_range,
    };
    Ok((article, warnings))
}

/// Parses the date under `key`, or records an error pointing at the bad part of the value
/// (the hour of `2024-01-01T25:00:00Z`, not just the line).
fn checked_date(
    rel: &Path,
    text: &str,
    key: &str,
    raw: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<Date> {
    let err = match Date::parse(raw) {
        Ok(date) => return Some(date),
        Err(err) => err,
    };
    let (line, col) = match locate::value_start(text, key) {
        Some((line, col)) => (line, col + err.column),
        None => key_position(text, key),
    };
    errors.push(
        Diagnostic::new(rel, format!("invalid date `{}`: {err}", raw.trim()))
            .at(line, col)
            .with_help("write dates as YYYY-MM-DD or RFC 3339 (2022-01-19T10:00:00+03:00)"),
    );
    None
}

/// Returns the YAML text, the body's byte range and the number of lines before the YAML.
fn split_or_report<'t>(
    rel: &Path,
    text: &'t str,
) -> Result<(&'t str, Range<usize>, usize), Vec<Diagnostic>> {
    match frontmatter::split(text) {
        Ok(s) => Ok((s.yaml, s.body_offset..text.len(), 1)),
        // Zola's TOML front matter: the post is another generator's, which the importer reads.
        Err(SplitError::Missing) if text.trim_start_matches('\u{feff}').starts_with("+++") => {
            Err(vec![
                Diagnostic::new(rel, "the front matter is TOML (`+++`, as Zola writes it)")
                    .at(1, 1)
                    .with_help(
                        "Sahifa reads YAML between `---` lines: `sahifa import FILE --force` \
                         rewrites a Zola or Hugo post as an article of this site",
                    ),
            ])
        }
        Err(SplitError::Missing) => Err(vec![
            Diagnostic::new(rel, "the file has no front matter")
                .at(1, 1)
                .with_help(
                    "start the file with a `---` line, then `title: …`, then another `---` line",
                ),
        ]),
        Err(SplitError::Unclosed) => Err(vec![
            Diagnostic::new(rel, "the front matter is not closed")
                .at(1, 1)
                .with_help("add a `---` line after the last front matter key"),
        ]),
    }
}

fn file_stem(rel: &Path) -> String {
    rel.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Line and column of `key:` at the start of a front matter line, for messages about values.
fn key_position(text: &str, key: &str) -> (usize, usize) {
    locate::key_position(text, key).unwrap_or((1, 1))
}

/// A slug becomes one path segment: no separators, no `..`, no invisible characters (which
/// would make two different-looking URLs or a spoofed one), no whitespace.
pub fn validate_slug(slug: &str) -> Result<(), String> {
    if slug.is_empty() {
        return Err("it is empty".into());
    }
    if slug.contains(['/', '\\']) {
        return Err("it contains `/` or `\\`".into());
    }
    if slug == "." || slug == ".." || slug.starts_with('.') {
        return Err("it starts with `.`".into());
    }
    if let Some(c) = slug.chars().find(|c| c.is_whitespace()) {
        return Err(format!("it contains whitespace (U+{:04X})", c as u32));
    }
    if slug.contains(char::REPLACEMENT_CHARACTER) {
        // What `to_string_lossy` makes of a file name that is not UTF-8 (Latin-1 or
        // Windows-1256 bytes): published, it would be a URL of `%EF%BF%BD`s.
        return Err(
            "it contains U+FFFD, the replacement character: is the file name in an \
             encoding other than UTF-8? Rename the file"
                .into(),
        );
    }
    if let Some(c) = slug.chars().find(|&c| is_invisible(c)) {
        return Err(format!(
            "it contains the invisible character U+{:04X}",
            c as u32
        ));
    }
    if slug.contains(['?', '#', '%', '"', '<', '>', '\'', '`']) {
        return Err("it contains one of ? # % \" < > ' `".into());
    }
    Ok(())
}

/// Control characters and the invisible ones ([`crate::text::invisible`]): never in a slug.
pub fn is_invisible(c: char) -> bool {
    c.is_control() || crate::text::is_invisible(c)
}

/// The section id an article's front matter or folder gives it, checked: `Err` when the
/// front matter's value cannot be a URL segment.
pub fn article_section(
    rel: &Path,
    text: &str,
    declared: Option<&str>,
) -> Result<Option<String>, Diagnostic> {
    if let Some(value) = declared.map(str::trim).filter(|v| !v.is_empty()) {
        return match validate_slug(value) {
            Ok(()) => Ok(Some(value.to_string())),
            Err(msg) => {
                let (line, col) = locate::key_position(text, "section").unwrap_or((1, 1));
                Err(Diagnostic::new(
                    rel,
                    format!("the section `{value}` cannot be used in a URL: {msg}"),
                )
                .at(line, col)
                .with_help(
                    "write the section's id: letters, digits and `-`, e.g. `economy` or `اقتصاد`",
                ))
            }
        };
    }
    Ok(folder_section(rel))
}

/// An article written as a page bundle, `gaza-aid/index.md` with its pictures beside it (as
/// in Hugo and Zola), stands for its folder: `gaza-aid` names it, and the folder is no
/// section. Any other file stands for itself.
fn bundle_path(rel: &Path) -> std::borrow::Cow<'_, Path> {
    let is_index = rel.file_name().is_some_and(|n| n == "index.md");
    match rel.parent() {
        Some(folder) if is_index && folder != Path::new(super::ARTICLES_DIR) => folder.into(),
        _ => rel.into(),
    }
}

/// `content/articles/economy/2024/x.md` → `economy`; no folder, or a folder named by digits
/// alone (a year), → none. A page bundle's own folder is not a section ([`bundle_path`]).
pub(super) fn folder_section(rel: &Path) -> Option<String> {
    let rel = bundle_path(rel);
    let inside = rel.strip_prefix(super::ARTICLES_DIR).ok()?;
    let mut parts = inside.components();
    let first = parts.next()?.as_os_str().to_str()?;
    parts.next()?;
    let is_year_like = first.chars().all(|c| c.is_ascii_digit());
    (!is_year_like && validate_slug(first).is_ok()).then(|| first.to_string())
}

mod entity;
mod keys;
#[cfg(test)]
mod tests;
