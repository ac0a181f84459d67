//! An article's old addresses (`aliases:`, as Hugo and Zola write them): each becomes a page
//! of the output that sends the reader, and search engines, to the article. A newsroom moving
//! its archive keeps every link others made to it.
//!
//! The address is read here, at load, so a bad one is reported with the article's other
//! problems: it must stay inside the output (no `..`), and name a page, not a folder of the
//! site's own (`articles/x/` is the article's own page).

use percent_encoding::percent_decode_str;

/// The file of the output an alias is published as: `/old/x.html` → `old/x.html`,
/// `/2019/05/x/` and `/2019/05/x` → `2019/05/x/index.html`. The address is percent-decoded
/// (`/%D8%A7/` is the folder `ا`), and taken from the site's root: an alias names the old
/// site's path, not one under today's `base_url`.
pub fn redirect_file(alias: &str) -> Result<String, String> {
    let path = alias.trim();
    let path = path
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_start_matches('/');
    if path.contains("://") || alias.trim().starts_with("//") {
        return Err("an alias is a path of this site (`/old/page/`), not a full URL".into());
    }
    let decoded = percent_decode_str(path)
        .decode_utf8()
        .map_err(|_| "the alias is not valid UTF-8 once percent-decoded".to_string())?;
    let segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();
    if segments.is_empty() {
        return Err("the alias is the site's root: it would replace the home page".into());
    }
    if let Some(bad) = segments
        .iter()
        .find(|s| **s == "." || **s == ".." || s.contains('\\') || s.chars().any(char::is_control))
    {
        return Err(format!(
            "the alias holds `{bad}`: it must stay inside the site"
        ));
    }
    if let Some(bad) = segments.iter().find(|s| !portable(s)) {
        return Err(format!(
            "the alias holds `{bad}`, which Windows cannot name a file or folder (`<>:\"|*`, \
             or a trailing `.` or space): the site would build nowhere but on Linux and macOS"
        ));
    }
    let joined = segments.join("/");
    let names_a_file = segments.last().is_some_and(|last| {
        last.rsplit_once('.')
            .is_some_and(|(_, ext)| matches!(ext.to_ascii_lowercase().as_str(), "html" | "htm"))
    });
    Ok(if names_a_file && !decoded.ends_with('/') {
        joined
    } else {
        format!("{joined}/index.html")
    })
}

/// Whether a path segment can name a file or folder on Windows as well (a `:` there even
/// writes into a hidden stream of another file instead).
fn portable(segment: &str) -> bool {
    !segment.contains(['<', '>', ':', '"', '|', '*']) && !segment.ends_with(['.', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alias_names_a_page_inside_the_output() {
        assert_eq!(redirect_file("/old/x.html").unwrap(), "old/x.html");
        assert_eq!(
            redirect_file("/2019/05/x/").unwrap(),
            "2019/05/x/index.html"
        );
        assert_eq!(redirect_file("2019/05/x").unwrap(), "2019/05/x/index.html");
        assert_eq!(redirect_file("/news?id=7").unwrap(), "news/index.html");
        assert_eq!(
            redirect_file("/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/").unwrap(),
            "أخبار/index.html"
        );
        for bad in [
            "/",
            "",
            "/../etc/x.html",
            "/a/./b",
            "https://example.org/x",
            "//evil/x",
            "/a:b/",
            "/x*y.html",
            "/dot./",
            "/ /",
            "/p%3Cq%3E.html",
        ] {
            assert!(redirect_file(bad).is_err(), "{bad}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::redirect_file;

    proptest::proptest! {
        /// Whatever an alias says, its page stays inside the output: no `..`, no absolute path.
        #[test]
        fn an_alias_never_leaves_the_output(alias in "[./\\\\%a-zA-Z0-9ء-ي:?#]{0,40}") {
            if let Ok(file) = redirect_file(&alias) {
                proptest::prop_assert!(!file.starts_with('/'), "{file}");
                proptest::prop_assert!(file.split('/').all(|s| !s.is_empty() && s != ".." && s != "."), "{file}");
                proptest::prop_assert!(!file.contains('\\'), "{file}");
            }
        }
    }
}
