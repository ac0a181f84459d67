//! Stage 1 — load: walk `content/`, read every file in parallel, parse front matter.
//!
//! Every problem in every file is collected; the caller gets either all the content or all
//! the problems, never a partial site.

pub mod date;
pub mod document;
pub mod frontmatter;
pub mod gazetteer;
pub mod locate;
mod release;
pub mod slug;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

pub use date::Date;
pub use document::{Article, Entity, EntityKind, Origin};

use crate::error::{Diagnostic, Error, Result};

pub const ARTICLES_DIR: &str = "content/articles";
pub const ENTITIES_DIR: &str = "content/entities";

/// Everything found in `content/`, sorted by path so that every later stage is deterministic.
#[derive(Debug, Default)]
pub struct Content {
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    /// Problems that do not stop the build (unknown keys, skipped drafts …).
    pub warnings: Vec<Diagnostic>,
    /// Set once the article texts are dropped after analysis (see [`release`]).
    released: Option<release::Released>,
}

/// Loads articles and entities under `root`. Drafts are dropped unless `include_drafts`.
pub fn load_content(
    root: &Path,
    include_drafts: bool,
    slugs: slug::SlugStrategy,
) -> Result<Content> {
    let mut errors = Vec::new();
    let article_files = markdown_files(root, ARTICLES_DIR, &mut errors);
    let entity_files = markdown_files(root, ENTITIES_DIR, &mut errors);

    let articles: Vec<_> = article_files
        .par_iter()
        .map(|rel| read_text(root, rel).and_then(|t| document::parse_article(rel, t, slugs)))
        .collect();
    let entities: Vec<_> = entity_files
        .par_iter()
        .map(|rel| read_text(root, rel).and_then(|t| document::parse_entity(rel, t)))
        .collect();

    let mut content = Content::default();
    for result in articles {
        match result {
            Ok((article, warnings)) => {
                content.warnings.extend(warnings);
                if include_drafts || !article.meta.draft {
                    content.articles.push(article);
                }
            }
            Err(e) => errors.extend(e),
        }
    }
    for result in entities {
        match result {
            Ok(entity) => content.entities.push(entity),
            Err(e) => errors.extend(e),
        }
    }
    errors.extend(duplicates(
        content
            .articles
            .iter()
            .map(|a| (&a.slug, &a.path, a.text.as_str())),
        "slug",
        "article slug",
    ));
    errors.extend(duplicates(
        content
            .entities
            .iter()
            .map(|e| (&e.id, &e.path, e.text.as_str())),
        "id",
        "entity id",
    ));
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(Error::Content(errors))
    }
}

/// Loads only the entity registry (for `serve`, when just an entity file changed).
pub fn load_entities(root: &Path) -> Result<Vec<Entity>> {
    let mut errors = Vec::new();
    let files = markdown_files(root, ENTITIES_DIR, &mut errors);
    let mut entities = Vec::new();
    for rel in &files {
        match read_text(root, rel).and_then(|t| document::parse_entity(rel, t)) {
            Ok(entity) => entities.push(entity),
            Err(e) => errors.extend(e),
        }
    }
    errors.extend(duplicates(
        entities.iter().map(|e| (&e.id, &e.path, e.text.as_str())),
        "id",
        "entity id",
    ));
    if errors.is_empty() {
        Ok(entities)
    } else {
        Err(Error::Content(errors))
    }
}

/// `*.md` files under `root/dir`, relative to `root`, sorted. Files starting with `_` or `.`
/// (section files of other generators, editors' temporary files) are skipped.
fn markdown_files(root: &Path, dir: &str, errors: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let base = root.join(dir);
    if !base.exists() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for entry in WalkDir::new(&base).follow_links(true).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map(|p| relative(root, p))
                    .unwrap_or_else(|| PathBuf::from(dir));
                let what = if e.loop_ancestor().is_some() {
                    "a symbolic link loop".to_string()
                } else {
                    e.to_string()
                };
                errors.push(
                    Diagnostic::new(path, format!("cannot read the folder: {what}"))
                        .with_help("remove or fix the link"),
                );
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy();
        let is_md = entry.file_type().is_file() && name.ends_with(".md");
        if is_md && !name.starts_with(['_', '.']) {
            files.push(relative(root, entry.path()));
        }
    }
    files
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Reads a file as UTF-8 without a BOM, or explains what is wrong with it.
fn read_text(root: &Path, rel: &Path) -> std::result::Result<String, Vec<Diagnostic>> {
    let bytes = std::fs::read(root.join(rel))
        .map_err(|e| vec![Diagnostic::new(rel, format!("cannot read the file: {e}"))])?;
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(text)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(&e.as_bytes()[..valid]);
            let (line, col) = frontmatter::line_col(&text, valid);
            Err(vec![
                Diagnostic::new(rel, "the file is not valid UTF-8 text")
                    .at(line, col)
                    .with_help("save the file as UTF-8 (it may be in Windows-1256 or another legacy encoding)"),
            ])
        }
    }
}

/// A file claiming a key, and where it writes it (if it does).
type Claim<'a> = (&'a PathBuf, Option<(usize, usize)>);

/// Reports every key claimed by more than one file: each later claimant is reported at its
/// `key:` line and names the first. Files that set the key explicitly count as later, since the
/// explicit value is the one to change.
fn duplicates<'a>(
    items: impl Iterator<Item = (&'a String, &'a PathBuf, &'a str)>,
    key_name: &str,
    what: &str,
) -> Vec<Diagnostic> {
    let mut seen: HashMap<&str, Vec<Claim>> = HashMap::new();
    for (key, path, text) in items {
        let front = text.split("\n---").next().unwrap_or(text);
        seen.entry(key.as_str())
            .or_default()
            .push((path, locate::key_position(front, key_name)));
    }
    let mut out = Vec::new();
    for (key, mut claims) in seen.into_iter().filter(|(_, c)| c.len() > 1) {
        claims.sort_by_key(|(path, at)| (at.is_some(), (*path).clone()));
        let first = claims[0].0.display().to_string();
        for (path, at) in &claims[1..] {
            let (line, col) = at.unwrap_or((1, 1));
            out.push(
                Diagnostic::new(*path, format!("{what} `{key}` is also used by {first}"))
                    .at(line, col)
                    .with_help(format!("give each file its own {what}")),
            );
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}
