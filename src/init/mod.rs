//! `sahifa init DIR`: a new site that builds at once with the built-in theme, and publishes as
//! is: a `.gitignore` that keeps the output out of git, a GitHub Pages workflow that installs a
//! released Sahifa instead of compiling one, and a README (Arabic and English) with the steps.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Result};

const CONFIG: &str = r#"# إعدادات الموقع — site settings (see docs/configuration.md)
title: "صحيفتي"
description: "أخبار ومقالات"
# Where the site is published, with its sub-path; every URL is derived from it. The Pages
# workflow sets it itself; this value serves builds on your machine.
base_url: "https://example.github.io/my-site/"
language: ar
direction: rtl
theme: default
output_dir: public
# People and organisations found in the text: auto (linked, with a page) | suggest | off
discovery: auto
linking:
  policy: first        # first | first_per_section | all
  in_headings: false
pagination:
  entity_articles: 20
  archive: 50          # /archive/, a year, a month
  lists: 20            # a section, an author, a tag
"#;

const ARTICLE: &str = r#"---
title: "بوتين يستقبل رئيسي في موسكو"
date: 2022-01-19
source: "مثال"
---
استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي في موسكو، وبحثا العلاقات بين روسيا وإيران.

## العلاقات الثنائية

وقال رئيسي إن طهران مستعدة لتوسيع التعاون مع روسيا.
"#;

const ENTITIES: &[(&str, &str)] = &[
    (
        "vladimir-putin.md",
        "---\ntype: person\nname: فلاديمير بوتين\nname_en: Vladimir Putin\naliases: [بوتين]\n---\nرئيس روسيا.\n",
    ),
    (
        "ebrahim-raisi.md",
        "---\ntype: person\nname: إبراهيم رئيسي\nname_en: Ebrahim Raisi\naliases: [رئيسي]\nambiguous: [رئيسي]\ncues: [الرئيس]\n---\nرئيس إيران من 2021 إلى 2024.\n",
    ),
    (
        "russia.md",
        "---\ntype: place\nname: روسيا\nname_en: Russia\ndemonyms: [الروسي, الروسية]\n---\nدولة في أوروبا الشرقية وشمال آسيا.\n",
    ),
    (
        "iran.md",
        "---\ntype: place\nname: إيران\nname_en: Iran\ndemonyms: [الإيراني, الإيرانية]\n---\nدولة في غرب آسيا.\n",
    ),
    (
        "moscow.md",
        "---\ntype: place\nname: موسكو\nname_en: Moscow\n---\nعاصمة روسيا.\n",
    ),
    (
        "tehran.md",
        "---\ntype: place\nname: طهران\nname_en: Tehran\n---\nعاصمة إيران.\n",
    ),
];

/// The workflow a site publishes itself with; `@VERSION@` and `@REPOSITORY@` are filled in from
/// this build of Sahifa, so a site pins the version that created it.
const PAGES_WORKFLOW: &str = include_str!("pages.yml");
const GITIGNORE: &str = include_str!("gitignore");
const README: &str = include_str!("README.md");

/// The five steps of publishing on GitHub Pages, from the README `init` writes: printed when
/// the folder had a README of its own, which was kept.
pub fn publishing_steps() -> &'static str {
    const START: &str = "## Publish on GitHub Pages in five steps\n";
    README
        .split_once(START)
        .and_then(|(_, rest)| rest.split_once("\n## "))
        .map_or("", |(steps, _)| steps.trim())
}

/// The release a new site's workflow installs: the version of the running binary.
const VERSION: &str = env!("CARGO_PKG_VERSION");
/// Where releases are published (Cargo.toml's `repository`).
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// Fills the version and repository into a template written for sites.
fn pinned(template: &str) -> String {
    template
        .replace("@VERSION@", VERSION)
        .replace("@REPOSITORY@", REPOSITORY)
}

/// The folder `sahifa --root ROOT init DIR` creates: a relative DIR is taken inside ROOT, like
/// every other path the commands take; an absolute one is used as it is.
pub fn site_dir(root: &Path, dir: &Path) -> PathBuf {
    let joined = if dir.is_absolute() {
        dir.to_path_buf()
    } else {
        root.join(dir)
    };
    // `.` parts say nothing: `sahifa init .` reports `config.yaml`, not `././config.yaml`.
    let clean: PathBuf = joined
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect();
    if clean.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        clean
    }
}

/// What `init` did: the files it wrote, and those it found already there and left alone.
#[derive(Debug, Default)]
pub struct Initialised {
    pub created: Vec<PathBuf>,
    pub kept: Vec<PathBuf>,
    /// Workflows already in the folder that publish to GitHub Pages without Sahifa (a kept
    /// `pages.yml`, a Jekyll or Hugo one): they would publish something else, or race the
    /// site's own workflow.
    pub foreign_workflows: Vec<PathBuf>,
    /// What the folder held before, at its top level (`.git`, `notes.txt`), other than the
    /// files in `kept`: left as it was, and said so, as a newcomer who ran `init` in a folder
    /// with files wants to know that nothing of theirs was touched.
    pub already_there: Vec<PathBuf>,
    /// The sample article and entities were not written: `content/` already held articles
    /// (imported before `init`), which are the site.
    pub sample_skipped: bool,
}

/// The configuration of a site made in `dir`: its `base_url` names the folder when the folder
/// could be a GitHub repository's name (`news` → `https://example.github.io/news/`), since
/// Pages serves the site under the repository's name.
fn config_for(dir: &Path) -> String {
    let name = dir
        .canonicalize()
        .ok()
        .or_else(|| Some(dir.to_path_buf()))
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let repo_like = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if repo_like {
        CONFIG.replace("/my-site/", &format!("/{name}/"))
    } else {
        CONFIG.to_string()
    }
}

/// Creates a site in `dir`: a new or empty folder, or one that holds no site yet, such as a
/// fresh clone of a repository (`.git`, a `README.md`, a `LICENSE`). Nothing is overwritten:
/// a file the site would have that is already there (the clone's `README.md`, `.gitignore`)
/// is kept and reported. A folder that already holds a site (`config.yaml`, or a `content/`
/// with more than Sahifa's folders) is refused; one whose `content/` holds articles imported
/// before `init` gets the rest of a site around them, without the sample article.
pub fn init_site(dir: &Path) -> Result<Initialised> {
    let content = dir.join("content");
    let has_content = fs::symlink_metadata(&content).is_ok();
    let taken = if fs::symlink_metadata(dir.join("config.yaml")).is_ok() {
        Some("config.yaml")
    } else if has_content && !holds_only_sahifa_folders(&content) {
        Some("content")
    } else {
        None
    };
    if let Some(taken) = taken {
        return Err(Error::Config(
            Diagnostic::new(dir, format!("the folder already holds `{taken}`"))
                .with_help("it looks like a site already; choose a new folder, or build this one with `sahifa build`"),
        ));
    }
    // Articles imported before `init` are the site; an empty `content/` gets the sample.
    let has_articles =
        fs::read_dir(content.join("articles")).is_ok_and(|mut entries| entries.next().is_some());
    let before = top_level_entries(dir);
    let mut files = vec![
        (dir.join("config.yaml"), config_for(dir)),
        (dir.join(".gitignore"), GITIGNORE.to_string()),
        (
            dir.join(".github/workflows/pages.yml"),
            pinned(PAGES_WORKFLOW),
        ),
        (dir.join("README.md"), pinned(README)),
    ];
    if !has_articles {
        files.push((
            dir.join("content/articles/putin-raisi-moscow.md"),
            ARTICLE.to_string(),
        ));
        files.extend(
            ENTITIES
                .iter()
                .map(|(name, text)| (dir.join("content/entities").join(name), text.to_string())),
        );
    }
    let mut done = Initialised {
        sample_skipped: has_articles,
        ..Initialised::default()
    };
    for (path, text) in files {
        if fs::symlink_metadata(&path).is_ok() {
            done.kept.push(path);
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
        done.created.push(path);
    }
    for extra in ["static", "templates"] {
        fs::create_dir_all(dir.join(extra)).map_err(|e| Error::io(dir, e))?;
    }
    done.foreign_workflows = foreign_workflows(&dir.join(".github/workflows"));
    // A folder init wrote into (`.github/` given its workflow) was not left as it was.
    done.already_there = before
        .into_iter()
        .filter(|p| !done.kept.contains(p) && !done.created.iter().any(|c| c.starts_with(p)))
        .collect();
    Ok(done)
}

/// The entries at the top of `dir`, sorted; none when it does not exist yet.
fn top_level_entries(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    found.sort();
    found
}

/// Whether `content/` holds nothing but Sahifa's own folders (what `sahifa import` writes
/// before there is a site): another generator's content (`posts/`, `_index.md`) is refused.
fn holds_only_sahifa_folders(content: &Path) -> bool {
    const OWN: [&str; 5] = ["articles", "entities", "pages", "sections", "authors"];
    fs::read_dir(content).is_ok_and(|entries| {
        entries.filter_map(|e| e.ok()).all(|e| {
            let name = e.file_name();
            e.path().is_dir() && OWN.iter().any(|own| name == *own)
        })
    })
}

/// The workflows of `folder` that deploy to GitHub Pages and never run Sahifa.
fn foreign_workflows(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yml" || x == "yaml"))
        .filter(|p| {
            let text = fs::read_to_string(p).unwrap_or_default();
            let publishes = text.contains("deploy-pages") || text.contains("gh-pages");
            publishes && !text.contains("sahifa")
        })
        .collect();
    found.sort();
    found
}
