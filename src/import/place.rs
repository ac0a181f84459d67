//! Where a post sat in the archive, and what that says: its section (the folder under the
//! posts root, `posts/economy/x.md` → `economy`), the address the old generator published it
//! at (Hugo's and Zola's `/posts/economy/x/`, Jekyll's `/2024/01/02/x.html`), and whether it
//! is a page (`about.md`, `about/_index.md`) rather than an article. An archive moved without
//! these loses its sections and every link others made to it.

use std::path::{Component, Path, PathBuf};

use serde_yaml::{Mapping, Value};

/// Folders that hold all of a site's posts, not one section of them.
/// (`news` too: a news site's archive is all news, its sections are the folders inside.)
const POSTS_ROOTS: &[&str] = &[
    "posts", "post", "blog", "articles", "article", "news", "_posts", "_drafts",
];
/// Jekyll's folders of posts; anything else of a Jekyll site is a page.
const JEKYLL_POSTS: &[&str] = &["_posts", "_drafts"];
/// Hugo's and Zola's configuration files, beside `content/`.
const HUGO_CONFIGS: &[&str] = &[
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.yml",
    "config.json",
];

/// The generator an archive came from, as far as its folders tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generator {
    /// A `content/` folder: Hugo or Zola, which both publish a file at its path.
    Hugo,
    /// A folder with `_posts/` or `_config.yml`.
    Jekyll,
    /// A folder of posts without its site around it: no address can be inferred.
    Unknown,
}

/// A post's place in its archive.
#[derive(Debug, Clone)]
pub struct Place {
    pub generator: Generator,
    /// The site's root: Hugo's `content/`, Jekyll's site folder, or the folder imported.
    root: PathBuf,
    /// The folders from the root to the post (a bundle's own folder left out), as written.
    pub dirs: Vec<String>,
    /// An `_index.md` beside other posts or folders: the list page of a section, not a page.
    pub lists_posts: bool,
    /// The post lies in the root itself (`content/_index.md`, Jekyll's `index.md`).
    pub at_top: bool,
}

impl Place {
    /// The place of `src`, found under `imported` (the folder given to `sahifa import`, or the
    /// file itself).
    pub fn of(src: &Path, imported: &Path) -> Place {
        let (generator, root) = site_root(src, imported);
        let folder_file = src
            .file_name()
            .is_some_and(|n| n == "index.md" || n == "_index.md");
        let mut dirs: Vec<String> = src
            .parent()
            .and_then(|p| p.strip_prefix(&root).ok())
            .map(|rel| {
                rel.components()
                    .filter_map(|c| match c {
                        Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        if folder_file {
            dirs.pop();
        }
        let is_list = src.file_name().is_some_and(|n| n == "_index.md");
        Place {
            generator,
            dirs,
            lists_posts: is_list && src.parent().is_some_and(holds_posts),
            at_top: src.parent() == Some(root.as_path()),
            root,
        }
    }

    /// The section an `_index.md` is the list page of: its own folder's.
    pub fn listed_section(&self, src: &Path) -> Option<String> {
        let folder = src.parent()?.file_name()?.to_string_lossy().into_owned();
        let mut dirs = self.dirs.clone();
        dirs.push(folder);
        Place {
            dirs,
            ..self.clone()
        }
        .section()
    }

    /// The section its folder gives: the first folder under the posts root that is neither
    /// a posts root itself nor a year (`posts/2024/x.md` has none), and can be a URL segment.
    pub fn section(&self) -> Option<String> {
        self.dirs
            .iter()
            .find(|d| !is_posts_root(d) && !d.chars().all(|c| c.is_ascii_digit()))
            .filter(|d| crate::load::document::validate_slug(d).is_ok())
            .cloned()
    }

    /// Whether it lies where a site keeps its pages, not its posts: outside Jekyll's
    /// `_posts/`, or at the top of Hugo's `content/` (`about.md`, `about/_index.md`).
    pub fn is_page_place(&self) -> bool {
        match self.generator {
            Generator::Jekyll => !self.dirs.iter().any(|d| JEKYLL_POSTS.contains(&d.as_str())),
            Generator::Hugo => self.dirs.is_empty() && !self.lists_posts,
            Generator::Unknown => false,
        }
    }

    /// The address the old generator published the post at by default (`file_name` is the
    /// post's name as written, a Jekyll post's day included), when its folders
    /// make it certain: Hugo and Zola publish `content/posts/x.md` at `/posts/x/` (unless
    /// the site's configuration sets `permalinks`); Jekyll a `_posts/2024-01-02-x.md` at
    /// `/<categories>/2024/01/02/x.html` (unless `_config.yml` sets `permalink`). `Err` says
    /// why none is given.
    pub fn default_address(
        &self,
        front: &Mapping,
        file_name: &str,
        day: Option<&str>,
    ) -> Result<Option<String>, String> {
        let slug = front
            .get("slug")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or(file_name);
        match self.generator {
            Generator::Unknown => Ok(None),
            Generator::Hugo => {
                if let Some(config) = self.sets_permalinks(HUGO_CONFIGS, "permalinks") {
                    return Err(format!("{config} sets `permalinks`"));
                }
                let mut path: Vec<String> = self.dirs.iter().map(|d| url_case(d)).collect();
                path.push(url_case(slug));
                Ok(Some(format!("/{}/", path.join("/"))))
            }
            Generator::Jekyll => {
                let in_posts = self.dirs.iter().any(|d| d == "_posts");
                let Some(day) = day.filter(|_| in_posts) else {
                    return Ok(None);
                };
                if let Some(config) = self.sets_permalinks(&["_config.yml"], "permalink") {
                    return Err(format!("{config} sets `permalink`"));
                }
                // Jekyll's `:title` is the file's name without its day.
                let slug = match super::posts::jekyll_parts(slug) {
                    Some((_, title)) => title,
                    None => slug,
                };
                let mut path = self.jekyll_categories(front);
                path.extend(day.split('-').map(String::from));
                Ok(Some(format!("/{}/{}.html", path.join("/"), url_case(slug))))
            }
        }
    }

    /// Jekyll's categories, as its URLs hold them (lower case): the folders above `_posts/`,
    /// then `categories:` (a list, or words separated by spaces) and `category:`.
    fn jekyll_categories(&self, front: &Mapping) -> Vec<String> {
        let mut found: Vec<String> = self
            .dirs
            .iter()
            .take_while(|d| *d != "_posts")
            .cloned()
            .collect();
        for key in ["categories", "category"] {
            match front.get(key) {
                Some(Value::String(s)) => found.extend(s.split_whitespace().map(String::from)),
                Some(Value::Sequence(items)) => {
                    found.extend(items.iter().filter_map(Value::as_str).map(String::from))
                }
                _ => {}
            }
        }
        let mut seen = std::collections::HashSet::new();
        found
            .into_iter()
            .map(|c| c.to_lowercase())
            .filter(|c| seen.insert(c.clone()))
            .collect()
    }

    /// The configuration file beside the root that mentions `key`, if any.
    fn sets_permalinks(&self, names: &[&str], key: &str) -> Option<String> {
        let site = match self.generator {
            Generator::Hugo => self.root.parent()?,
            _ => &self.root,
        };
        names.iter().find_map(|name| {
            let text = std::fs::read_to_string(site.join(name)).ok()?;
            let sets = text.lines().any(|l| {
                let l = l
                    .trim_start()
                    .trim_start_matches('[')
                    .trim_start_matches('"');
                l.starts_with(key) && !l.starts_with('#')
            });
            sets.then(|| name.to_string())
        })
    }
}

/// Whether `folder` holds a post besides its `_index.md`, or a folder (of posts).
fn holds_posts(folder: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    entries.filter_map(Result::ok).any(|e| {
        let name = e.file_name().to_string_lossy().into_owned();
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        !name.starts_with('.') && (is_dir || (name.ends_with(".md") && name != "_index.md"))
    })
}

fn is_posts_root(folder: &str) -> bool {
    POSTS_ROOTS.contains(&folder.to_ascii_lowercase().as_str())
}

/// A path segment as Hugo and Jekyll write it in a URL: Latin letters in lower case.
fn url_case(segment: &str) -> String {
    segment.to_lowercase()
}

/// The site's root and generator: the imported folder when it holds `_posts/` or
/// `_config.yml` (Jekyll); else the nearest `content/` above the post (Hugo, Zola); else the
/// nearest `_posts/`'s folder (Jekyll); else the imported folder.
fn site_root(src: &Path, imported: &Path) -> (Generator, PathBuf) {
    let ancestors: Vec<&Path> = src.ancestors().skip(1).collect();
    let folder = if imported.is_dir() {
        imported
    } else {
        imported.parent().unwrap_or(imported)
    };
    let jekyll_site = |f: &Path| f.join("_posts").is_dir() || f.join("_config.yml").is_file();
    if ancestors.contains(&folder) && jekyll_site(folder) {
        return (Generator::Jekyll, folder.to_path_buf());
    }
    if let Some(content) = ancestors
        .iter()
        .find(|a| a.file_name().is_some_and(|n| n == "content"))
    {
        return (Generator::Hugo, content.to_path_buf());
    }
    if let Some(posts) = ancestors.iter().find(|a| {
        a.file_name()
            .is_some_and(|n| n == "_posts" || n == "_drafts")
    }) && let Some(site) = posts.parent()
    {
        return (Generator::Jekyll, site.to_path_buf());
    }
    (Generator::Unknown, folder.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(src: &str) -> Place {
        Place::of(Path::new(src), Path::new("/nowhere/imported"))
    }

    #[test]
    fn the_folder_under_the_posts_root_is_the_section() {
        let p = place("old/content/posts/economy/wheat/index.md");
        assert_eq!(p.generator, Generator::Hugo);
        assert_eq!(p.dirs, ["posts", "economy"]);
        assert_eq!(p.section().as_deref(), Some("economy"));
        assert_eq!(place("old/content/posts/x.md").section(), None);
        assert_eq!(place("old/content/posts/2024/x.md").section(), None);
        assert_eq!(
            place("old/content/سياسة/x.md").section().as_deref(),
            Some("سياسة")
        );
        assert_eq!(place("old/content/world news/x.md").section(), None);
        assert_eq!(
            place("site/_posts/economy/2024-01-02-x.md")
                .section()
                .as_deref(),
            Some("economy")
        );
    }

    #[test]
    fn pages_are_outside_the_posts() {
        assert!(place("old/content/about.md").is_page_place());
        assert!(place("old/content/about/_index.md").is_page_place());
        assert!(place("old/content/about/index.md").is_page_place());
        assert!(!place("old/content/posts/x/index.md").is_page_place());
        assert!(!place("old/content/news/x/index.md").is_page_place());
        assert!(!place("old/content/economy/x.md").is_page_place());
        assert!(
            !place("old/posts/x.md").is_page_place(),
            "no site around it"
        );
    }

    #[test]
    fn default_addresses_of_hugo_and_jekyll() {
        let none = Mapping::new();
        let hugo = place("old/content/posts/Economy/wheat/index.md");
        assert_eq!(
            hugo.default_address(&none, "wheat", None)
                .unwrap()
                .as_deref(),
            Some("/posts/economy/wheat/")
        );
        let jekyll = place("site/_posts/2024-01-02-story.md");
        assert_eq!(
            jekyll
                .default_address(&none, "2024-01-02-story", Some("2024-01-02"))
                .unwrap()
                .as_deref(),
            Some("/2024/01/02/story.html")
        );
        let categorised: Mapping =
            serde_yaml::from_str("categories: أخبار سياسة\nslug: Gaza").unwrap();
        assert_eq!(
            jekyll
                .default_address(&categorised, "story", Some("2024-01-02"))
                .unwrap()
                .as_deref(),
            Some("/أخبار/سياسة/2024/01/02/gaza.html")
        );
        assert_eq!(
            place("old/posts/x.md").default_address(&none, "x", None),
            Ok(None)
        );
        // Hugo keeps the day in a file's name: it is part of the address.
        assert_eq!(
            place("old/content/posts/2019-05-20-x.md")
                .default_address(&none, "2019-05-20-x", None)
                .unwrap()
                .as_deref(),
            Some("/posts/2019-05-20-x/")
        );
    }
}
