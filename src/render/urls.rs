//! URLs and output paths of every page, derived from `base_path` alone.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Characters kept as they are in a path: unreserved ones and `/`.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b'/');

/// Percent-encodes a path (Arabic slugs become `%D8%A8…`, which every browser shows as Arabic).
pub fn encode_path(path: &str) -> String {
    utf8_percent_encode(path, PATH).to_string()
}

/// Builds URLs under the site's base path.
#[derive(Debug, Clone)]
pub struct Urls {
    base_path: String,
    /// `scheme://host` of `base_url`, empty when the base URL is a bare path.
    origin: String,
}

impl Urls {
    /// `base_url` is the configured value (`https://user.github.io/repo/` or `/repo/`);
    /// `base_path` its path part.
    pub fn new(base_url: &str, base_path: &str) -> Self {
        let origin = base_url
            .find("://")
            .map(|i| {
                let rest = &base_url[i + 3..];
                let host_end = rest.find('/').map_or(base_url.len(), |j| i + 3 + j);
                base_url[..host_end].to_string()
            })
            .unwrap_or_default();
        Urls {
            base_path: base_path.to_string(),
            origin,
        }
    }

    /// The site's path (`/` or `/repo/`).
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// Absolute URL (for feeds, sitemaps, canonical links); a bare path when the site's
    /// `base_url` has no host.
    pub fn absolute(&self, rel: &str) -> String {
        format!("{}{}", self.origin, self.url(rel))
    }

    /// URL of an output-relative directory or file (`articles/x/` → `/repo/articles/x/`).
    pub fn url(&self, rel: &str) -> String {
        format!("{}{}", self.base_path, encode_path(rel))
    }

    pub fn article_dir(slug: &str) -> String {
        format!("articles/{slug}/")
    }

    pub fn entity_dir(id: &str) -> String {
        format!("entities/{id}/")
    }

    /// Page `n` (1-based) of an entity's article list.
    pub fn entity_page_dir(id: &str, n: usize) -> String {
        if n <= 1 {
            Self::entity_dir(id)
        } else {
            format!("entities/{id}/page/{n}/")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_under_a_sub_path() {
        let u = Urls::new("https://user.github.io/repo", "/repo/");
        assert_eq!(
            u.absolute("feed.xml"),
            "https://user.github.io/repo/feed.xml"
        );
        assert_eq!(Urls::new("/", "/").absolute("a/"), "/a/");
        assert_eq!(
            u.url(&Urls::article_dir("putin-raisi")),
            "/repo/articles/putin-raisi/"
        );
        assert_eq!(
            u.url(&Urls::entity_dir("روسيا")),
            "/repo/entities/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7/"
        );
        assert_eq!(
            u.url(&Urls::entity_page_dir("iran", 2)),
            "/repo/entities/iran/page/2/"
        );
        assert_eq!(Urls::new("/", "/").url(""), "/");
        assert_eq!(encode_path("a b?c#d"), "a%20b%3Fc%23d");
    }
}
