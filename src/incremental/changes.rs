//! File-system events reduced to what they mean for the site (after Zola's `fs_utils`): the
//! watcher only has to say *which file*; this says *what kind of change* it is, and drops the
//! temporary and swap files editors write next to the real ones.

use std::path::{Component, Path, PathBuf};

/// What a changed path means for the build.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeKind {
    /// `content/articles/…md` (relative path): re-analyse and re-render that article.
    Article(PathBuf),
    /// Any other file under `content/articles/` (relative path): a picture beside an article,
    /// re-read with the articles that show it.
    ArticleFile(PathBuf),
    /// `content/entities/…`: the registry changed.
    Entity(PathBuf),
    /// The site's `templates/` or the theme's templates.
    Template(PathBuf),
    /// `static/…` (relative to `static/`): copy one file.
    Static(PathBuf),
    /// A theme's static files.
    Theme(PathBuf),
    /// `config.yaml`: rebuild everything.
    Config,
    /// `content/sections/`, `content/authors/` or `content/pages/`: names in the menu and on
    /// many pages, so everything is rebuilt. Also the ids the editor rejected
    /// (`content/discovery-rejected.txt`): a rejected entity leaves every page naming it.
    Structure(PathBuf),
}

/// Classifies `path` (absolute, or relative to the site root); `None` for files that do not
/// affect the site (editor temp files, the output folder, anything else).
pub fn classify(root: &Path, output: &Path, path: &Path) -> Option<ChangeKind> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    if is_editor_temp_file(rel)
        || path.starts_with(output)
        || rel.starts_with(output.strip_prefix(root).unwrap_or(output))
    {
        return None;
    }
    // Lossy, not dropped: a name that is not UTF-8 must reach the handler that reports it
    // (dropped, `static/<bad>/x.css` read as `static/x.css`, and a bad article was ignored).
    let normal: Vec<&std::ffi::OsStr> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s),
            _ => None,
        })
        .collect();
    let lossy: Vec<std::borrow::Cow<str>> = normal.iter().map(|s| s.to_string_lossy()).collect();
    let parts: Vec<&str> = lossy.iter().map(AsRef::as_ref).collect();
    if rel == Path::new(crate::discovery::REJECTED_FILE) {
        return Some(ChangeKind::Structure(rel.to_path_buf()));
    }
    match parts.as_slice() {
        ["config.yaml"] => Some(ChangeKind::Config),
        ["content", "articles", .., last] if last.ends_with(".md") && !last.starts_with('_') => {
            Some(ChangeKind::Article(rel.to_path_buf()))
        }
        ["content", "articles", .., last] if is_picture(last) => {
            Some(ChangeKind::ArticleFile(rel.to_path_buf()))
        }
        ["content", "entities", .., last] if last.ends_with(".md") => {
            Some(ChangeKind::Entity(rel.to_path_buf()))
        }
        ["content", "sections" | "authors" | "pages", .., last] if last.ends_with(".md") => {
            Some(ChangeKind::Structure(rel.to_path_buf()))
        }
        ["templates", ..] => Some(ChangeKind::Template(rel.to_path_buf())),
        ["themes", _, "templates", ..] => Some(ChangeKind::Template(rel.to_path_buf())),
        ["themes", ..] => Some(ChangeKind::Theme(rel.to_path_buf())),
        ["static", rest @ ..] if !rest.is_empty() => {
            Some(ChangeKind::Static(normal[1..].iter().collect()))
        }
        _ => None,
    }
}

/// A picture an article may show (the formats Sahifa publishes, and SVG, copied as is); any
/// other file beside the articles (a `sed -i` temporary, notes) means nothing to the site.
fn is_picture(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, ext)| {
        ["jpg", "jpeg", "png", "webp", "gif", "svg", "avif"]
            .iter()
            .any(|e| ext.eq_ignore_ascii_case(e))
    })
}

/// Vim's `.swp`/`.swx` and its `4913` probe, Emacs' `#x#` and `.#x`, backups ending in `~`,
/// `.tmp` files and other dotfiles.
fn is_editor_temp_file(rel: &Path) -> bool {
    let Some(name) = rel.file_name().map(|n| n.to_string_lossy()) else {
        return true;
    };
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name == "4913"
        || [".swp", ".swx", ".swo", ".tmp", ".bak", ".crdownload"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_paths() {
        let root = Path::new("/site");
        let out = Path::new("/site/public");
        let cases: &[(&str, Option<ChangeKind>)] = &[
            ("/site/config.yaml", Some(ChangeKind::Config)),
            (
                "/site/content/articles/قمة.md",
                Some(ChangeKind::Article("content/articles/قمة.md".into())),
            ),
            (
                "/site/content/articles/2024/x.md",
                Some(ChangeKind::Article("content/articles/2024/x.md".into())),
            ),
            (
                "/site/content/entities/putin.md",
                Some(ChangeKind::Entity("content/entities/putin.md".into())),
            ),
            (
                "/site/templates/article.html",
                Some(ChangeKind::Template("templates/article.html".into())),
            ),
            (
                "/site/themes/default/templates/base.html",
                Some(ChangeKind::Template(
                    "themes/default/templates/base.html".into(),
                )),
            ),
            (
                "/site/themes/default/static/style.css",
                Some(ChangeKind::Theme("themes/default/static/style.css".into())),
            ),
            (
                "/site/static/img/logo.svg",
                Some(ChangeKind::Static("img/logo.svg".into())),
            ),
            (
                "/site/content/discovery-rejected.txt",
                Some(ChangeKind::Structure(
                    "content/discovery-rejected.txt".into(),
                )),
            ),
            (
                "/site/content/articles/2024/قمة/خريطة.png",
                Some(ChangeKind::ArticleFile(
                    "content/articles/2024/قمة/خريطة.png".into(),
                )),
            ),
            ("/site/content/other.txt", None),
            ("/site/content/articles/sedSPthnU", None),
            ("/site/content/articles/notes.txt", None),
            ("/site/content/articles/.x.md.swp", None),
            ("/site/content/articles/x.md~", None),
            ("/site/content/articles/4913", None),
            ("/site/content/articles/#x.md#", None),
            ("/site/content/articles/_index.md", None),
            ("/site/public/index.html", None),
            ("/site/README.md", None),
        ];
        for (path, want) in cases {
            assert_eq!(&classify(root, out, Path::new(path)), want, "{path}");
        }
    }

    /// A component that is not UTF-8 is kept: it was dropped, so `static/<bad>/x.css` became
    /// `static/x.css` (whose output copy was then removed) and a bad article went unreported.
    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_are_kept() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let (root, out) = (Path::new("/site"), Path::new("/site/public"));
        let bad = OsStr::from_bytes(b"\xc7\xe1\xde\xe3\xc9");
        let nested = root.join("static").join(bad).join("x.css");
        assert_eq!(
            classify(root, out, &nested),
            Some(ChangeKind::Static(Path::new(bad).join("x.css")))
        );
        let article = root.join("content/articles").join(bad).with_extension("md");
        assert_eq!(
            classify(root, out, &article),
            Some(ChangeKind::Article(
                article.strip_prefix(root).unwrap().to_path_buf()
            ))
        );
    }
}
