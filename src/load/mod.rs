//! Stage 1 — load: walk `content/`, read every file in parallel, parse front matter.
//!
//! Every problem in every file is collected; the caller gets either all the content or all
//! the problems, never a partial site.

pub mod aliases;
pub mod body_images;
pub mod date;
pub mod document;
pub mod frontmatter;
pub mod gazetteer;
pub mod image;
pub mod pages;
mod release;
pub mod slug;
pub mod terms;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

pub use date::Date;
pub use document::{Article, Entity, EntityKind, Origin};
pub use release::{Texts, all_or_every_error};
pub use terms::{Term, Terms};

use crate::error::{Diagnostic, Error, Result};

pub const ARTICLES_DIR: &str = "content/articles";
pub const ENTITIES_DIR: &str = "content/entities";

/// Everything found in `content/`, sorted by path so that every later stage is deterministic.
#[derive(Debug, Default)]
pub struct Content {
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    /// Sections, authors and tags.
    pub terms: Terms,
    /// Pages that are not articles (`content/pages/`), by path.
    pub pages: Vec<pages::StandalonePage>,
    /// Problems that do not stop the build (unknown keys, skipped drafts …).
    pub warnings: Vec<Diagnostic>,
    /// Set when the article bodies were let go at load (see [`release`]).
    released: Option<release::Released>,
}

/// Loads articles and entities under `root`, holding every article's whole text. Drafts are
/// dropped unless `include_drafts`.
pub fn load_content(
    root: &Path,
    include_drafts: bool,
    slugs: slug::SlugStrategy,
) -> Result<Content> {
    load_content_with(root, include_drafts, slugs, Texts::Held)
}

/// [`load_content`]; with [`Texts::Released`], each article's body is let go as soon as its
/// file is parsed (see [`release`]).
pub fn load_content_with(
    root: &Path,
    include_drafts: bool,
    slugs: slug::SlugStrategy,
    texts: Texts,
) -> Result<Content> {
    let mut errors = content_folder_problems(root);
    if !errors.is_empty() {
        return Err(Error::Content(errors));
    }
    let mut content = Content::default();
    let article_files = markdown_files(root, ARTICLES_DIR, &mut errors);
    let entity_files = markdown_files(root, ENTITIES_DIR, &mut errors);
    let section_files = markdown_files(root, terms::SECTIONS_DIR, &mut errors);
    let author_files = markdown_files(root, terms::AUTHORS_DIR, &mut errors);
    let read_terms = |files: &[PathBuf],
                      parse: fn(&Path, &str) -> std::result::Result<Term, Vec<Diagnostic>>,
                      errors: &mut Vec<Diagnostic>| {
        let mut list = Vec::new();
        for rel in files {
            match read_text(root, rel).and_then(|t| parse(rel, &t)) {
                Ok(term) => list.push(term),
                Err(e) => errors.extend(e),
            }
        }
        list
    };
    let declared_sections = read_terms(&section_files, terms::parse_section, &mut errors);
    let mut author_terms = Vec::new();
    for rel in &author_files {
        match read_text(root, rel).and_then(|t| terms::parse_author(root, rel, &t)) {
            Ok(term) => author_terms.push(term),
            Err(e) => errors.extend(e),
        }
    }
    let page_files = markdown_files(root, pages::PAGES_DIR, &mut errors);
    for rel in &page_files {
        match read_text(root, rel).and_then(|t| pages::parse_page(rel, &t)) {
            Ok(page) => content.pages.push(page),
            Err(e) => errors.extend(e),
        }
    }

    let articles: Vec<_> = article_files
        .par_iter()
        .map(|rel| {
            let (mut article, warnings) =
                read_text(root, rel).and_then(|t| parse_article_with_image(root, rel, t, slugs))?;
            let fingerprint =
                (texts == Texts::Released).then(|| release::keep_front_matter(&mut article));
            Ok::<_, Vec<Diagnostic>>((article, warnings, fingerprint))
        })
        .collect();
    let entities: Vec<_> = entity_files
        .par_iter()
        .map(|rel| read_text(root, rel).and_then(|t| document::parse_entity(rel, t)))
        .collect();

    let mut released = (texts == Texts::Released).then(|| release::Released::new(root));
    for result in articles {
        match result {
            Ok((article, warnings, fingerprint)) => {
                content.warnings.extend(warnings);
                if include_drafts || !article.meta.draft {
                    content.articles.push(article);
                    if let (Some(released), Some(fingerprint)) = (&mut released, fingerprint) {
                        released.push(fingerprint);
                    }
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
    // Section and author files differing only in letter case would share a folder on macOS
    // and Windows.
    for (list, what) in [
        (&declared_sections, "section id"),
        (&author_terms, "author id"),
    ] {
        errors.extend(duplicates(
            list.iter()
                .filter_map(|t| t.path.as_ref().map(|p| (&t.id, p, ""))),
            "id",
            what,
        ));
    }
    content.terms = Terms {
        sections: terms::collect_sections(
            declared_sections,
            &content.articles,
            &mut content.warnings,
        ),
        authors: terms::collect_authors(author_terms, &content.articles, &mut content.warnings),
        tags: terms::collect_tags(&content.articles, &mut content.warnings),
    };
    errors.extend(duplicates(
        content.pages.iter().map(|p| (&p.slug, &p.path, "")),
        "slug",
        "page slug",
    ));
    if article_files.is_empty() && errors.is_empty() {
        content.warnings.push(
            Diagnostic::new(ARTICLES_DIR, "the site has no articles: the build has only empty lists")
                .with_help("put articles (.md files) in content/articles/, or import some with `sahifa import`"),
        );
    }
    content.released = released;
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(Error::Content(errors))
    }
}

/// A site without `content/`, or whose `content/articles`, `content/entities` (or sections,
/// authors, pages) is not a folder, is refused: building it would swap an empty site over the previous output.
fn content_folder_problems(root: &Path) -> Vec<Diagnostic> {
    let content = root.join("content");
    if !content.is_dir() {
        let what = if content.exists() {
            "`content` is not a folder"
        } else {
            "the site has no `content/` folder"
        };
        return vec![Diagnostic::new("content", format!("{what}, so there is nothing to build")).with_help(
            "create content/articles/ with your articles in it (`sahifa init DIR` makes a site to start from), or pass --root to point at the site",
        )];
    }
    [
        ARTICLES_DIR,
        ENTITIES_DIR,
        terms::SECTIONS_DIR,
        terms::AUTHORS_DIR,
        pages::PAGES_DIR,
    ]
    .into_iter()
    .filter(|dir| root.join(dir).exists() && !root.join(dir).is_dir())
    .map(|dir| {
        Diagnostic::new(dir, format!("`{dir}` is a file, not a folder"))
            .with_help(format!("make {dir} a folder of .md files"))
    })
    .collect()
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
/// Parses an article and finds its lead image and body images (which need the site root).
/// The image is checked once the rest of the front matter parses.
pub fn parse_article_with_image(
    root: &Path,
    rel: &Path,
    text: String,
    slugs: slug::SlugStrategy,
) -> std::result::Result<(Article, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (mut article, mut warnings) = document::parse_article(rel, text, slugs)?;
    if let Some(meta) = &article.meta.image {
        article.image = Some(image::resolve(root, rel, &article.text, "image", meta)?);
    }
    let pictures = body_images::body_images(root, rel, &article.text, article.body_range.start);
    article.body_images = pictures.shown;
    article.missing_pictures = pictures.missing;
    warnings.extend(pictures.warnings);
    Ok((article, warnings))
}

fn read_text(root: &Path, rel: &Path) -> std::result::Result<String, Vec<Diagnostic>> {
    crate::text::read_utf8(root, rel, "file")
        .map(crate::text::without_bom)
        .map_err(|d| vec![d])
}

/// A file claiming a key, and where it writes it (if it does).
type Claim<'a> = (&'a PathBuf, Option<(usize, usize)>);

/// Reports every key claimed by more than one file: each later claimant is reported at its
/// `key:` line and names the first. Files that set the key explicitly count as later, since the
/// explicit value is the one to change.
///
/// Keys are compared folded (see [`folded_key`]): `Gaza` and `gaza` become `articles/Gaza/` and
/// `articles/gaza/`, one folder on macOS and Windows, where one page would silently replace
/// the other.
fn duplicates<'a>(
    items: impl Iterator<Item = (&'a String, &'a PathBuf, &'a str)>,
    key_name: &str,
    what: &str,
) -> Vec<Diagnostic> {
    let mut seen: HashMap<String, Vec<(&str, Claim)>> = HashMap::new();
    for (key, path, text) in items {
        let front = text.split("\n---").next().unwrap_or(text);
        seen.entry(folded_key(key)).or_default().push((
            key.as_str(),
            (path, crate::text::locate::key_position(front, key_name)),
        ));
    }
    let mut out = Vec::new();
    for mut claims in seen.into_values().filter(|c| c.len() > 1) {
        claims.sort_by_key(|(_, (path, at))| (at.is_some(), (*path).clone()));
        let (first_key, (first_path, _)) = claims[0];
        let first = first_path.display();
        for (key, (path, at)) in &claims[1..] {
            let (line, col) = at.unwrap_or((1, 1));
            let d = if *key == first_key {
                Diagnostic::new(*path, format!("{what} `{key}` is also used by {first}"))
                    .with_help(format!("give each file its own {what}"))
            } else {
                Diagnostic::new(
                    *path,
                    format!(
                        "{what} `{key}` differs only in letter case from `{first_key}` in \
                         {first}: on macOS and Windows both would be written to one folder"
                    ),
                )
                .with_help(format!(
                    "give each file its own {what}, different in more than letter case"
                ))
            };
            out.push(d.at(line, col));
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// A key as a case-insensitive file system sees it: lower-cased and in NFC, since macOS also
/// treats the composed and decomposed spellings of a letter as one name.
pub fn folded_key(key: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    key.nfc().flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(list: &[(&str, &str, &str)]) -> Vec<Diagnostic> {
        let owned: Vec<(String, PathBuf, String)> = list
            .iter()
            .map(|(k, p, t)| (k.to_string(), PathBuf::from(p), t.to_string()))
            .collect();
        duplicates(
            owned.iter().map(|(k, p, t)| (k, p, t.as_str())),
            "slug",
            "article slug",
        )
    }

    #[test]
    fn slugs_differing_only_in_case_collide() {
        let errors = claims(&[
            (
                "gaza",
                "content/articles/gaza-1.md",
                "---\nslug: gaza\n---\n",
            ),
            (
                "Gaza",
                "content/articles/gaza-2.md",
                "---\ntitle: غزة\nslug: Gaza\n---\n",
            ),
            ("غزة", "content/articles/ghaza.md", "---\n---\n"),
        ]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].path, Path::new("content/articles/gaza-2.md"));
        assert_eq!(errors[0].line, Some(3));
        assert!(
            errors[0]
                .message
                .contains("`Gaza` differs only in letter case from `gaza`"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn composed_and_decomposed_spellings_collide() {
        // آ written as one code point (U+0622) and as ا + madda (U+0627 U+0653).
        let errors = claims(&[
            ("آسيا", "content/articles/a.md", ""),
            ("\u{0627}\u{0653}سيا", "content/articles/b.md", ""),
        ]);
        assert_eq!(errors.len(), 1, "{errors:?}");
    }
}
