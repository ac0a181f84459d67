//! The ways a newsroom sorts its articles besides the entities they name: sections (سياسة،
//! اقتصاد), authors and tags. Each is a list of [`Term`]s with a name and a page.
//!
//! - A **section** comes from `section:` in front matter, or else from the article's first
//!   folder under `content/articles/` (`economy/x.md` → `economy`). Its name and order come
//!   from `content/sections/<id>.md` (`name:`, `weight:`); without that file the id is the
//!   name. Folders named only by digits (`2024/`) are how archives are filed, not sections.
//! - An **author** comes from `author:`. It names a file `content/authors/<id>.md` (by id or
//!   by its `name:`), or else it is a name alone, whose page is at its Arabic slug.
//! - A **tag** comes from `tags:`; its page is at the tag's Arabic slug, its name as first
//!   written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::document::{Article, validate_slug};
use super::folded_key;
use super::frontmatter;
use super::image::{self, ImageMeta, LeadImage};
use super::slug::arabic_slug;
use crate::error::Diagnostic;
use crate::text::did_you_mean::closest;
use crate::text::locate;

pub const SECTIONS_DIR: &str = "content/sections";
pub const AUTHORS_DIR: &str = "content/authors";

/// A section, an author or a tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The URL segment.
    pub id: String,
    /// The name readers see.
    pub name: String,
    /// Order among sections (lower first); 0 for authors and tags.
    pub weight: i64,
    /// An author's role (مراسل في القاهرة); empty for sections and tags.
    pub role: String,
    /// Markdown: a section's description or an author's bio (the file's body).
    pub description: String,
    /// The file that describes it, when there is one.
    pub path: Option<PathBuf>,
    /// An author's photo (`photo:` in `content/authors/<id>.md`, like an article's `image:`).
    pub photo: Option<LeadImage>,
}

impl Term {
    /// A term no file describes: named by articles alone (a section's folder, an author's
    /// name, a tag), with nothing else to say.
    pub fn without_file(id: String, name: String) -> Term {
        Term {
            id,
            name,
            weight: 0,
            role: String::new(),
            description: String::new(),
            path: None,
            photo: None,
        }
    }
}

/// The sections, authors and tags of a site, each list in display order.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    /// By weight, then id.
    pub sections: Vec<Term>,
    /// By name.
    pub authors: Vec<Term>,
    /// By name.
    pub tags: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionMeta {
    name: Option<String>,
    #[serde(default)]
    weight: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthorMeta {
    name: Option<String>,
    #[serde(default)]
    role: String,
    photo: Option<ImageMeta>,
}

/// Parses `content/sections/<id>.md`.
pub fn parse_section(rel: &Path, text: &str) -> Result<Term, Vec<Diagnostic>> {
    let (meta, body): (SectionMeta, &str) = frontmatter::parse(rel, text, "file", "name")?;
    let term = Term {
        id: file_id(rel)?,
        name: named(rel, meta.name)?,
        weight: meta.weight,
        role: String::new(),
        description: body.trim().to_string(),
        path: Some(rel.to_path_buf()),
        photo: None,
    };
    Ok(term)
}

/// Parses `content/authors/<id>.md`; its `photo:` is found and measured under `root` as an
/// article's lead image is, so a missing file or `alt` is reported with the other errors.
pub fn parse_author(root: &Path, rel: &Path, text: &str) -> Result<Term, Vec<Diagnostic>> {
    let (meta, body): (AuthorMeta, &str) = frontmatter::parse(rel, text, "file", "name")?;
    let photo = match &meta.photo {
        Some(photo) => Some(image::resolve(root, rel, text, "photo", photo)?),
        None => None,
    };
    Ok(Term {
        id: file_id(rel)?,
        name: named(rel, meta.name)?,
        weight: 0,
        role: meta.role.trim().to_string(),
        description: body.trim().to_string(),
        path: Some(rel.to_path_buf()),
        photo,
    })
}

fn file_id(rel: &Path) -> Result<String, Vec<Diagnostic>> {
    let id = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    validate_slug(&id).map_err(|msg| {
        vec![
            Diagnostic::new(
                rel,
                format!("the file name `{id}` cannot be used in a URL: {msg}"),
            )
            .with_help("rename the file with letters, digits and `-` (Arabic letters are fine)"),
        ]
    })?;
    Ok(id)
}

fn named(rel: &Path, name: Option<String>) -> Result<String, Vec<Diagnostic>> {
    match name.as_deref().map(str::trim) {
        Some(n) if !n.is_empty() => Ok(n.to_string()),
        _ => Err(vec![
            Diagnostic::new(rel, "the file has no `name`")
                .at(1, 1)
                .with_help("add `name: …` with the name readers see (in Arabic)"),
        ]),
    }
}

/// The sections: every declared one (even without articles yet), then every id articles use
/// that no file declares, named by its id. Warns about an undeclared id a typo away from a
/// declared one (`econmy` for `economy`), since it would silently start a section of its own,
/// and about an undeclared Latin id (`health`), which would name the section in the menu.
pub fn collect_sections(
    declared: Vec<Term>,
    articles: &[Article],
    warnings: &mut Vec<Diagnostic>,
) -> Vec<Term> {
    let mut sections = declared;
    let declared_ids: Vec<String> = sections.iter().map(|s| s.id.clone()).collect();
    let ids: Vec<&str> = declared_ids.iter().map(String::as_str).collect();
    for a in articles {
        let Some(id) = &a.section else { continue };
        if sections.iter().any(|s| folded_key(&s.id) == folded_key(id)) {
            continue;
        }
        let (line, col) = locate::key_position(&a.text, "section").unwrap_or((1, 1));
        if let Some(near) = closest(id, &ids) {
            warnings.push(
                Diagnostic::new(&a.path, format!("the section `{id}` has no file in {SECTIONS_DIR}/ and starts a section of its own"))
                    .at(line, col)
                    .with_help(format!("did you mean `{near}`?")),
            );
        } else if id.is_ascii() && id.chars().any(|c| c.is_ascii_alphabetic()) {
            // `section: health` with no file: the menu and the section's page would show
            // «health» on an Arabic site, with nothing to say why.
            warnings.push(
                Diagnostic::new(&a.path, format!("the section `{id}` has no file in {SECTIONS_DIR}/, so its menu entry and page are named `{id}`"))
                    .at(line, col)
                    .with_help(format!("create {SECTIONS_DIR}/{id}.md with the name readers should see: `name: \"…\"`")),
            );
        }
        sections.push(Term::without_file(id.clone(), id.clone()));
    }
    sections.sort_by(|a, b| a.weight.cmp(&b.weight).then_with(|| a.id.cmp(&b.id)));
    sections
}

/// The authors: every file in `content/authors/`, then every name articles give that no file
/// describes (by id or by name). Warns about a name a typo away from a file's id (`salmaa`
/// for `salma`): it would silently start a second author page, as a misspelt section would.
pub fn collect_authors(
    files: Vec<Term>,
    articles: &[Article],
    warnings: &mut Vec<Diagnostic>,
) -> Vec<Term> {
    let file_ids: Vec<String> = files.iter().map(|t| t.id.clone()).collect();
    let file_ids: Vec<&str> = file_ids.iter().map(String::as_str).collect();
    let mut authors = files;
    for (article, name) in articles
        .iter()
        .flat_map(|a| a.meta.authors.iter().map(move |n| (a, n)))
    {
        if author_of(name, &authors[..file_ids.len()]).is_some() {
            continue;
        }
        if let Some(near) = closest(name.trim(), &file_ids) {
            warnings.push(author_typo_warning(article, name, near));
        }
        if author_of(name, &authors).is_some() {
            continue;
        }
        let id = arabic_slug(name);
        if id.is_empty() || validate_slug(&id).is_err() {
            continue;
        }
        authors.push(Term::without_file(id, name.to_string()));
    }
    authors.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    authors
}

/// `author: salmaa` where `content/authors/salma.md` exists, at the name in the article.
fn author_typo_warning(article: &Article, name: &str, near: &str) -> Diagnostic {
    let name = name.trim();
    let (line, col) = ["author", "authors"]
        .iter()
        .find_map(|key| locate::key_position(&article.text, key).map(|_| *key))
        .and_then(|key| locate::value_position(&article.text, key, name))
        .unwrap_or((1, 1));
    Diagnostic::new(
        &article.path,
        format!(
            "the author `{name}` has no file in {AUTHORS_DIR}/ and gets an author page of its own"
        ),
    )
    .at(line, col)
    .with_help(format!("did you mean `{near}`?"))
}

/// The author `name` (from front matter) refers to: a file's id or name, or a name alone
/// (matched by its slug, so «محمد  علي» and «محمد علي» are one author, then by its letters
/// folded as names are matched, so «سلمي يوسف» is «سلمى يوسف»).
pub fn author_of(name: &str, authors: &[Term]) -> Option<usize> {
    let name = name.trim();
    let slug = arabic_slug(name);
    authors
        .iter()
        .position(|t| t.id == name || t.name == name)
        .or_else(|| {
            authors
                .iter()
                .position(|t| folded_key(&t.id) == folded_key(name))
        })
        .or_else(|| {
            authors
                .iter()
                .position(|t| !slug.is_empty() && folded_key(&t.id) == folded_key(&slug))
        })
        .or_else(|| {
            // Spelt with another form of a letter (سلمي for سلمى, احمد for أحمد, tashkeel):
            // one author, as the matcher reads names, not a second page.
            let folded = crate::text::normalize::normalize_name(name);
            authors.iter().position(|t| {
                !folded.is_empty() && crate::text::normalize::normalize_name(&t.name) == folded
            })
        })
}

/// The tags of every article, one term per slug, named as first written (articles in path
/// order), sorted by name.
pub fn collect_tags(articles: &[Article], warnings: &mut Vec<Diagnostic>) -> Vec<Term> {
    let mut by_id: HashMap<String, Term> = HashMap::new();
    for a in articles {
        for tag in &a.meta.tags {
            let id = arabic_slug(tag);
            if id.is_empty() || validate_slug(&id).is_err() {
                warnings.push(
                    tag_warning(a, tag, format!("the tag `{}` has no letter or digit to make its address from, and is left out", tag.trim()))
                        .with_help("write the tag with letters or digits (Arabic letters are fine)"),
                );
                continue;
            }
            let term = by_id
                .entry(id.clone())
                .or_insert_with(|| Term::without_file(id, tag.trim().to_string()));
            if !same_tag_name(&term.name, tag) {
                warnings.push(
                    tag_warning(a, tag, format!(
                        "the tag `{}` has the address of the tag `{}` (`tags/{}/`): one page lists both, named `{}`",
                        tag.trim(), term.name, term.id, term.name
                    ))
                    .with_help("write the two tags alike if they are one; otherwise rename one (C++ and C# both become `c`)"),
                );
            }
        }
    }
    let mut tags: Vec<Term> = by_id.into_values().collect();
    tags.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    tags
}

/// Two spellings of one tag: the same once letter case, spacing and the forms of a letter
/// (أ/ا، ى/ي، tashkeel) are set aside, as names are matched (`غزة`, `غزه`, `Gaza`, `gaza`).
fn same_tag_name(a: &str, b: &str) -> bool {
    let fold = |s: &str| crate::text::normalize::normalize_name(s).to_lowercase();
    fold(a) == fold(b)
}

/// A warning about `tag` at its place in the article's front matter.
fn tag_warning(article: &Article, tag: &str, message: String) -> Diagnostic {
    let (line, col) = locate::value_position(&article.text, "tags", tag.trim())
        .or_else(|| locate::key_position(&article.text, "tags"))
        .unwrap_or((1, 1));
    Diagnostic::new(&article.path, message).at(line, col)
}

/// What of an article decides which section, author and tag pages list it: an edit that
/// changes it changes lists, the menu or the home page, and `serve` rebuilds everything.
pub fn membership(a: &Article) -> (Option<String>, Vec<String>, Vec<String>) {
    (
        a.section.clone(),
        a.meta.authors.iter().map(|n| arabic_slug(n)).collect(),
        a.meta.tags.iter().map(|t| arabic_slug(t)).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_author_spelt_with_another_form_of_a_letter_is_the_same_author() {
        let salma = Term::without_file("salma".into(), "سلمى يوسف".into());
        let authors = [salma];
        for name in ["salma", "سلمى يوسف", "سلمي يوسف", "سَلمى  يوسف"] {
            assert_eq!(author_of(name, &authors), Some(0), "{name}");
        }
        assert_eq!(author_of("سلمان يوسف", &authors), None);
    }

    /// `section: health` with no `content/sections/health.md` names the menu entry «health»:
    /// a warning, once per section, at the first article's `section:`; an Arabic id
    /// (رياضة) names itself and a declared one has its file.
    #[test]
    fn a_latin_section_id_without_a_file_is_a_warning() {
        let article = |name: &str, section: &str| {
            let text = format!("---\ntitle: عنوان\nsection: {section}\n---\nنص.\n");
            let rel = PathBuf::from(format!("content/articles/{name}.md"));
            super::super::document::parse_article(&rel, text, Default::default())
                .expect("article")
                .0
        };
        let economy = Term::without_file("economy".into(), "اقتصاد".into());
        let articles = [
            article("a", "health"),
            article("b", "health"),
            article("c", "رياضة"),
            article("d", "economy"),
        ];
        let mut warnings = Vec::new();
        let sections = collect_sections(vec![economy], &articles, &mut warnings);
        assert_eq!(sections.len(), 3);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let w = &warnings[0];
        assert!(w.message.contains("`health`"), "{w:?}");
        assert!(w.path.ends_with("a.md"), "{w:?}");
        assert_eq!((w.line, w.column), (Some(3), Some(1)));
        assert!(
            w.help
                .as_deref()
                .is_some_and(|h| h.contains("content/sections/health.md")),
            "{w:?}"
        );
    }

    #[test]
    fn an_author_a_typo_away_from_a_file_id_is_a_warning() {
        let salma = Term::without_file("salma".into(), "سلمى يوسف".into());
        let article = |name: &str, author: &str| {
            let text = format!("---\ntitle: عنوان\nauthor: {author}\n---\nنص.\n");
            let rel = PathBuf::from(format!("content/articles/{name}.md"));
            super::super::document::parse_article(&rel, text, Default::default())
                .expect("article")
                .0
        };
        let articles = [
            article("a", "salmaa"),
            article("b", "salma"),
            article("c", "[خالد حسن, salmaa]"),
        ];
        let mut warnings = Vec::new();
        let authors = collect_authors(vec![salma], &articles, &mut warnings);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        let w = &warnings[0];
        assert!(w.message.contains("`salmaa`"), "{w}");
        assert_eq!(w.help.as_deref(), Some("did you mean `salma`?"));
        assert_eq!((w.line, w.column), (Some(3), Some(9)));
        assert_eq!((warnings[1].line, warnings[1].column), (Some(3), Some(20)));
        // Still its own page (the warning says so), and a far name is no typo.
        assert_eq!(authors.len(), 3);
    }

    #[test]
    fn a_folder_is_a_section_but_a_year_folder_is_not() {
        let s = |p: &str| super::super::document::folder_section(Path::new(p));
        assert_eq!(
            s("content/articles/economy/x.md").as_deref(),
            Some("economy")
        );
        assert_eq!(
            s("content/articles/اقتصاد/2024/x.md").as_deref(),
            Some("اقتصاد")
        );
        assert_eq!(s("content/articles/x.md"), None);
        assert_eq!(s("content/articles/2024/x.md"), None);
        // A page bundle's own folder is the article, not a section.
        assert_eq!(s("content/articles/gaza-aid/index.md"), None);
        assert_eq!(
            s("content/articles/economy/gaza-aid/index.md").as_deref(),
            Some("economy")
        );
        assert_eq!(s("content/articles/economy/index.md").as_deref(), None);
    }

    #[test]
    fn front_matter_section_wins_and_is_checked() {
        let rel = Path::new("content/articles/economy/x.md");
        assert_eq!(
            super::super::document::article_section(rel, "", Some("رياضة"))
                .unwrap()
                .as_deref(),
            Some("رياضة")
        );
        let text = "---\ntitle: خبر\nsection: \"a/b\"\n---\n";
        let err = super::super::document::article_section(rel, text, Some("a/b")).unwrap_err();
        assert_eq!((err.line, err.column), (Some(3), Some(1)));
        assert_eq!(
            super::super::document::article_section(rel, "", Some(" "))
                .unwrap()
                .as_deref(),
            Some("economy")
        );
    }

    #[test]
    fn section_and_author_files() {
        let s = parse_section(
            Path::new("content/sections/economy.md"),
            "---\nname: اقتصاد\nweight: 2\n---\nالأسواق والأسعار.\n",
        )
        .unwrap();
        assert_eq!(
            (s.id.as_str(), s.name.as_str(), s.weight),
            ("economy", "اقتصاد", 2)
        );
        assert_eq!(s.description, "الأسواق والأسعار.");
        let err = parse_section(
            Path::new("content/sections/x.md"),
            "---\nnmae: اقتصاد\n---\n",
        )
        .unwrap_err();
        assert!(err[0].message.contains("nmae"), "{err:?}");
        let a = parse_author(
            Path::new("."),
            Path::new("content/authors/salma.md"),
            "---\nname: سلمى يوسف\nrole: مراسلة في القاهرة\n---\n",
        )
        .unwrap();
        assert_eq!(a.role, "مراسلة في القاهرة");
        assert!(
            parse_author(
                Path::new("."),
                Path::new("content/authors/x.md"),
                "---\nrole: x\n---\n"
            )
            .is_err()
        );
    }

    #[test]
    fn authors_match_by_id_name_or_slug() {
        let authors = vec![Term::without_file("salma".into(), "سلمى يوسف".into())];
        assert_eq!(author_of("salma", &authors), Some(0));
        assert_eq!(author_of("سلمى يوسف", &authors), Some(0));
        assert_eq!(author_of("أحمد", &authors), None);
    }
}
