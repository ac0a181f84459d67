//! The pages an article's old addresses (`aliases:`) are published as: a page that sends the
//! reader on at once (`meta refresh`, as Hugo and Zola write theirs), names the article as the
//! canonical address for search engines, is kept out of their index (`noindex`), and shows a
//! link for a browser that does not follow the refresh.

use super::view::{Page, SiteView};
use crate::error::Diagnostic;
use crate::load::aliases::redirect_file;
use crate::text::escape_html;
use crate::text::locate::value_position;

/// One redirect page: where it goes in the output, its HTML, and the article it is for.
pub struct Redirect {
    pub file: String,
    pub html: String,
    pub article: std::path::PathBuf,
    pub alias: String,
    /// Line and column of the alias in the article's front matter, for the clash messages.
    pub position: Option<(usize, usize)>,
}

/// The redirect page of every alias of every published article. The aliases were checked at
/// load; one that cannot be published is left out.
pub fn redirect_pages(site: &SiteView<'_>) -> Vec<Redirect> {
    let mut pages = Vec::new();
    for (i, article) in site.content.articles.iter().enumerate() {
        if article.meta.aliases.is_empty() {
            continue;
        }
        let target = site.urls.absolute(&site.page_dir(Page::Article(i)));
        let title = article.meta.title.as_deref().unwrap_or_default();
        for alias in &article.meta.aliases {
            if let Ok(file) = redirect_file(alias) {
                pages.push(Redirect {
                    file,
                    html: redirect_page(&target, title, &site.config.language),
                    article: article.path.clone(),
                    alias: alias.clone(),
                    position: value_position(&article.text, "aliases", alias),
                });
            }
        }
    }
    pages
}

/// The page sending the reader to `target`.
fn redirect_page(target: &str, title: &str, language: &str) -> String {
    let escaped = |s: &str| {
        let mut out = String::new();
        escape_html(s, &mut out);
        out
    };
    let (url, title, language) = (escaped(target), escaped(title), escaped(language));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{language}\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n<link rel=\"canonical\" href=\"{url}\">\n\
         <meta name=\"robots\" content=\"noindex\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={url}\">\n</head>\n\
         <body>\n<p>انتقل هذا المقال إلى <a href=\"{url}\">{title}</a>.</p>\n</body>\n</html>\n"
    )
}

/// Errors for redirects that would replace a page or file the build made (`taken`), or that
/// two aliases share. A redirect clashes too when a folder it needs is a file (`/feed.xml/`
/// is `feed.xml/index.html`), or when its own file is a folder another redirect needs; and
/// two files differing only in letter case are one on macOS and Windows. Without these
/// checks the writing failed with a bare "File exists" naming no article.
///
/// `taken` answers with the name of the site's own file a path would be (which may differ
/// in letter case), or `None`.
pub fn clashes(redirects: &[Redirect], taken: &dyn Fn(&str) -> Option<String>) -> Vec<Diagnostic> {
    let folded = |file: &str| file.to_lowercase();
    let folders: std::collections::HashMap<String, &Redirect> = redirects
        .iter()
        .flat_map(|r| folders_of(&r.file).map(move |dir| (folded(dir), r)))
        .collect();
    let mut seen: std::collections::HashMap<String, &Redirect> = std::collections::HashMap::new();
    let mut errors = Vec::new();
    for r in redirects {
        if let Some(file) = std::iter::once(r.file.as_str())
            .chain(folders_of(&r.file))
            .find_map(taken)
        {
            errors.push(
                r.diagnostic(format!(
                    "alias `{}` would replace the site's own `{file}`",
                    r.alias
                ))
                .with_help("an alias is an old address no page of the site has now: remove it"),
            );
        } else if let Some(other) = seen
            .insert(folded(&r.file), r)
            .or_else(|| folders.get(&folded(&r.file)).copied())
        {
            errors.push(
                r.diagnostic(format!(
                    "alias `{}` is also an alias of {} (or a folder of one)",
                    r.alias,
                    other.article.display()
                ))
                .with_help("an old address can lead to one article only: keep it in one of them"),
            );
        }
    }
    errors
}

impl Redirect {
    /// An error about this alias, at its place in the front matter when it was found there.
    fn diagnostic(&self, message: String) -> Diagnostic {
        let diagnostic = Diagnostic::new(&self.article, message);
        match self.position {
            Some((line, column)) => diagnostic.at(line, column),
            None => diagnostic,
        }
    }
}

/// The folders above an output file: `a/b/index.html` → `a`, `a/b`.
fn folders_of(file: &str) -> impl Iterator<Item = &str> {
    file.match_indices('/').map(move |(i, _)| &file[..i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redirect(file: &str, article: &str) -> Redirect {
        Redirect {
            file: file.into(),
            html: String::new(),
            article: article.into(),
            alias: format!("/{file}"),
            position: None,
        }
    }

    #[test]
    fn a_redirect_through_a_file_or_over_a_folder_clashes() {
        let generated =
            |rel: &str| matches!(rel, "feed.xml" | "style.css").then(|| rel.to_string());
        let one = |r: Vec<Redirect>| clashes(&r, &generated).len();
        assert_eq!(one(vec![redirect("feed.xml/index.html", "a.md")]), 1);
        assert_eq!(one(vec![redirect("style.css/index.html", "a.md")]), 1);
        assert_eq!(
            one(vec![
                redirect("old/x.html", "a.md"),
                redirect("old/x.html/y.html", "b.md")
            ]),
            1
        );
        assert_eq!(
            one(vec![
                redirect("old/x.html/y.html", "b.md"),
                redirect("old/x.html", "a.md")
            ]),
            1
        );
        assert_eq!(
            one(vec![
                redirect("Old/index.html", "a.md"),
                redirect("old/index.html", "b.md")
            ]),
            1
        );
        assert_eq!(
            one(vec![
                redirect("old/a/index.html", "a.md"),
                redirect("old/b/index.html", "b.md")
            ]),
            0
        );
    }
}
