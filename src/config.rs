//! `config.yaml`: the site's settings. Parsed strictly so that a typo in a key is caught at
//! once (with its line) instead of silently falling back to a default.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Diagnostic, Error, Result};
use crate::text::locate;

/// Name of the configuration file at the root of a site.
pub const CONFIG_FILE: &str = "config.yaml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub title: String,
    pub description: String,
    /// Where the site is published, including any sub-path (`https://user.github.io/repo/`).
    /// Every URL in the output is derived from this one value.
    pub base_url: String,
    pub language: String,
    pub direction: String,
    pub theme: String,
    /// Output directory, relative to the site root.
    pub output_dir: PathBuf,
    /// Allow raw HTML from Markdown bodies into pages. Off by default: it is escaped.
    pub unsafe_html: bool,
    /// Digits used in dates and counts shown to readers.
    pub numerals: Numerals,
    pub linking: LinkingConfig,
    pub pagination: PaginationConfig,
    pub home: HomeConfig,
    /// Build draft articles too (they are skipped by default).
    pub drafts: bool,
    /// Custom domain for GitHub Pages: written to `CNAME` in the output.
    pub cname: Option<String>,
    /// URL segment of articles without `slug:`: `file_name` or `arabic_title`.
    pub article_slugs: SlugStrategy,
    /// Build the full-text search index (Pagefind) and the search page.
    pub search: bool,
    /// Show the Hijri (Umm al-Qura) date beside the Gregorian one.
    pub hijri: bool,
    /// Which registry entities get a page: `mentioned` (by at least one article) or `all`.
    pub entity_pages: EntityPages,
    /// Link the built-in gazetteer's countries, cities, regions and organisations too (see
    /// docs/gazetteer.md); the site's registry always wins over it.
    pub gazetteer: bool,
    /// What to do with the people and organisations found in the text that no registry or
    /// gazetteer names (see docs/linking.md): `suggest` by default, so that a site built
    /// before discovery existed links exactly what it did; `sahifa init` writes `auto`.
    pub discovery: Discovery,
    /// The header's menu, in order; empty for the automatic one (sections, entity types, the
    /// archive). The footer lists it too, with every page it does not name.
    pub menu: Vec<MenuItem>,
    /// The file and its text, to point at a key in later messages.
    #[serde(skip)]
    pub file: PathBuf,
    #[serde(skip)]
    pub source: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "صحيفة".into(),
            description: String::new(),
            base_url: "/".into(),
            language: "ar".into(),
            direction: "rtl".into(),
            theme: "default".into(),
            output_dir: PathBuf::from("public"),
            unsafe_html: false,
            numerals: Numerals::Latin,
            linking: LinkingConfig::default(),
            pagination: PaginationConfig::default(),
            home: HomeConfig::default(),
            drafts: false,
            cname: None,
            article_slugs: Default::default(),
            search: true,
            hijri: false,
            entity_pages: EntityPages::Mentioned,
            gazetteer: true,
            discovery: Discovery::Suggest,
            menu: Vec::new(),
            file: PathBuf::from(CONFIG_FILE),
            source: String::new(),
        }
    }
}

/// One entry of `menu:`: a label and either a `url` or a `page` (a file of `content/pages/`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuItem {
    pub label: String,
    /// A full URL (`https://…`), or a path in the site (`/archive/`), which gets the base path.
    pub url: Option<String>,
    /// The slug of a page in `content/pages/` (`about`).
    pub page: Option<String>,
}

/// `discovery:` — whether names found in the text are linked without an editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Discovery {
    /// Confident people and organisations are linked and get pages, marked as found
    /// automatically; the rest is listed by `sahifa entities suggest`.
    Auto,
    /// Listed by `sahifa entities suggest`, never linked.
    Suggest,
    /// Neither linked nor listed.
    Off,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Numerals {
    /// 0-9, as most Arabic news sites print them.
    Latin,
    /// ٠-٩ (Arabic-Indic digits).
    Arabic,
}

/// Which registry entities get a page (and a feed, a sitemap entry, a place in the indexes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityPages {
    /// Entities at least one article names (or refers to by a demonym), as Hugo and Zola
    /// publish only the taxonomy terms some page uses: a registry of 2,000 names for 1,000
    /// articles would otherwise publish 800 empty pages.
    Mentioned,
    /// Every entity in `content/entities`, mentioned or not.
    All,
}

/// Which mentions of an entity become links in an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkPolicy {
    /// Only the first mention of each entity in the article (the newspaper convention).
    First,
    /// The first mention in each section (sections start at headings).
    FirstPerSection,
    /// Every mention.
    All,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LinkingConfig {
    pub policy: LinkPolicy,
    /// Whether mentions inside headings may become links.
    pub in_headings: bool,
    /// Whether the entities an article's front matter lists confirm its ambiguous aliases
    /// (رئيسي in an article declared to be about Raisi).
    pub front_matter_evidence: bool,
}

impl Default for LinkingConfig {
    fn default() -> Self {
        LinkingConfig {
            policy: LinkPolicy::First,
            in_headings: false,
            front_matter_evidence: true,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PaginationConfig {
    /// Articles listed on one page of an entity.
    pub entity_articles: usize,
    /// Articles listed on one page of the archive (`/archive/`, a year, a month). Larger than
    /// the other lists: the archive is read by scanning headlines, and fewer pages means
    /// fewer clicks to reach an old article.
    pub archive: usize,
    /// Articles listed on one page of a section, an author or a tag.
    pub lists: usize,
}

impl Default for PaginationConfig {
    fn default() -> Self {
        PaginationConfig {
            entity_articles: 20,
            archive: 50,
            lists: 20,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HomeConfig {
    pub latest: usize,
    pub top_entities: usize,
}

impl Default for HomeConfig {
    fn default() -> Self {
        HomeConfig {
            latest: 20,
            top_entities: 24,
        }
    }
}

/// The keys `config.yaml` may have at its top level: [`Config`]'s fields (a unit test holds
/// the two equal).
const TOP_LEVEL_KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "direction",
    "theme",
    "output_dir",
    "unsafe_html",
    "numerals",
    "linking",
    "pagination",
    "home",
    "drafts",
    "cname",
    "article_slugs",
    "search",
    "hijri",
    "entity_pages",
    "gazetteer",
    "discovery",
    "menu",
];

/// Every top-level key of the configuration text that Sahifa does not know, each at its
/// line with the nearest known key (letter case aside: `Title`, `Base_URL`): serde stops at the first, and a newcomer's typos come
/// in pairs (`titel:`, `outptu_dir:`). Empty when the text is not a mapping.
fn unknown_top_level_keys(path: &Path, text: &str) -> Vec<Diagnostic> {
    let Ok(serde_yaml::Value::Mapping(map)) = serde_yaml::from_str::<serde_yaml::Value>(text)
    else {
        return Vec::new();
    };
    map.keys()
        .filter_map(|k| k.as_str())
        .filter(|k| !TOP_LEVEL_KEYS.contains(k))
        .map(|key| {
            // Worded as serde words the one unknown key it reports when it is the only
            // problem, help included: the same typo reads the same alone or among others.
            let expected: Vec<String> = TOP_LEVEL_KEYS.iter().map(|k| format!("`{k}`")).collect();
            let message = format!(
                "unknown field `{key}`, expected one of {}",
                expected.join(", ")
            );
            let d = Diagnostic::new(path, message);
            let d = match locate::key_position(text, key) {
                Some((line, col)) => d.at(line, col),
                None => d,
            };
            match crate::text::did_you_mean::closest(key, TOP_LEVEL_KEYS) {
                Some(known) => d.with_help(format!("did you mean `{known}`?")),
                None => d.with_help(locate::UNKNOWN_KEY_HELP),
            }
        })
        .collect()
}

impl Config {
    /// Reads `config.yaml` from the site root. A missing file is an error: a folder without
    /// it is probably not a Sahifa site, and building there would be a surprise.
    pub fn load(site_root: &Path) -> Result<Config> {
        let path = site_root.join(CONFIG_FILE);
        if let Err(e) = std::fs::metadata(&path) {
            return Err(Error::Config(
                Diagnostic::new(&path, format!("cannot read the site configuration: {e}"))
                    .with_help(
                        "run `sahifa init DIR` to create a site, or pass --root to point at one",
                    ),
            ));
        }
        // The file is there: a bad byte is located and explained, not blamed on a missing site.
        let text = crate::text::read_utf8(site_root, Path::new(CONFIG_FILE), "configuration file")
            .map_err(|d| {
                Error::Config(Diagnostic {
                    path: path.clone(),
                    ..d
                })
            })?;
        Config::parse(&path, &text)
    }

    /// Parses configuration text; `path` is only used in messages.
    pub fn parse(path: &Path, text: &str) -> Result<Config> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (once, repeated) = locate::without_repeated_keys(path, text, 0);
        let mut config: Config = if text.trim().is_empty() {
            Config::default()
        } else {
            serde_yaml::from_str(&once).map_err(|e| {
                // serde names the first unknown key or wrong value only; each setting tried
                // alone finds them all.
                let mut every = repeated.clone();
                let values = values::every_problem(path, &once);
                if values.len() > 1 {
                    every.extend(values);
                } else {
                    every.push(locate::yaml_diagnostic(path, &e, &once, 0));
                }
                match every.len() {
                    1 => Error::Config(every.remove(0)),
                    _ => Error::ConfigValues(every),
                }
            })?
        };
        config.file = path.to_path_buf();
        config.source = text.to_string();
        let invalid = config.validate().err();
        let mut every = repeated;
        every.extend(invalid.iter().flat_map(Error::diagnostics).cloned());
        match (every.len(), invalid) {
            (0, _) => Ok(config),
            (1, Some(invalid)) => Err(invalid),
            (1, None) => Err(Error::Config(every.remove(0))),
            _ => Err(Error::ConfigValues(every)),
        }
    }

    /// A diagnostic about the setting `key` (dotted for nested keys), at its line when the
    /// configuration file has it.
    pub fn diagnostic_at(&self, key: &str, message: impl Into<String>) -> Diagnostic {
        let last = key.rsplit('.').next().unwrap_or(key);
        let indented = self.source.lines().position(|l| {
            l.trim_start()
                .strip_prefix(last)
                .is_some_and(|r| r.trim_start().starts_with(':'))
        });
        let d = Diagnostic::new(&self.file, message);
        match indented {
            Some(line) => {
                let col = self
                    .source
                    .lines()
                    .nth(line)
                    .map_or(0, |l| l.chars().take_while(|c| c.is_whitespace()).count());
                d.at(line + 1, col + 1)
            }
            None => d,
        }
    }

    /// Checks every value whose type alone does not make it safe; all problems are reported
    /// together.
    fn validate(&self) -> Result<()> {
        let mut problems = self.problems();
        match problems.len() {
            0 => Ok(()),
            1 => Err(Error::Config(problems.remove(0))),
            _ => Err(Error::ConfigValues(problems)),
        }
    }

    /// What [`Config::validate`] finds, sorted by line.
    fn problems(&self) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        if let Err(msg) = base_path_of(&self.base_url) {
            problems.push(
                self.diagnostic_at(
                    "base_url",
                    format!("invalid base_url `{}`: {msg}", self.base_url),
                )
                .with_help(
                    "use a full URL such as https://user.github.io/repo/ or a path such as /",
                ),
            );
        }
        for (key, value, default) in [
            ("entity_articles", self.pagination.entity_articles, 20),
            ("archive", self.pagination.archive, 50),
            ("lists", self.pagination.lists, 20),
        ] {
            if value == 0 {
                let dotted = format!("pagination.{key}");
                problems.push(
                    self.diagnostic_at(&dotted, format!("{dotted} must be at least 1"))
                        .with_help(format!("the default is {default}")),
                );
            }
        }
        if let Err(msg) = check_language(&self.language) {
            problems.push(
                self.diagnostic_at(
                    "language",
                    format!("invalid language `{}`: {msg}", self.language),
                )
                .with_help(
                    "write a language tag such as `ar` or `ar-EG` (the language, then \
                     optionally a region); see docs/configuration.md",
                ),
            );
        }
        if !matches!(self.direction.as_str(), "rtl" | "ltr") {
            problems.push(
                self.diagnostic_at(
                    "direction",
                    format!(
                        "invalid direction `{}`: it must be `rtl` or `ltr`",
                        self.direction
                    ),
                )
                .with_help("`rtl` for Arabic (the default), `ltr` for a left-to-right language"),
            );
        }
        if let Some(cname) = self
            .cname
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            && let Err(msg) = check_host_name(cname)
        {
            problems.push(
                self.diagnostic_at("cname", format!("invalid cname `{cname}`: {msg}"))
                    .with_help(
                        "write the host name alone, e.g. `cname: news.example.com` (GitHub \
                         Pages reads it from the CNAME file)",
                    ),
            );
        }
        for item in &self.menu {
            let problem = match (&item.url, &item.page) {
                _ if item.label.trim().is_empty() => Some("a menu item has an empty `label`"),
                (Some(_), Some(_)) => Some("a menu item has both `url` and `page`"),
                (None, None) => Some("a menu item has neither `url` nor `page`"),
                _ => None,
            };
            if let Some(problem) = problem {
                problems.push(
                    self.diagnostic_at("menu", format!("{problem} (`{}`)", item.label))
                        .with_help("write each item as `- {label: من نحن, page: about}` or `- {label: …, url: /archive/}`"),
                );
            }
        }
        problems.sort_by_key(|d| d.line);
        problems
    }

    /// The path part of `base_url`, always starting and ending with `/` (`/repo/`, or `/`).
    pub fn base_path(&self) -> String {
        base_path_of(&self.base_url).unwrap_or_else(|_| "/".into())
    }

    /// `base_url` with a trailing slash, used for absolute URLs (feeds, canonical links).
    pub fn base_url_with_slash(&self) -> String {
        if self.base_url.ends_with('/') {
            self.base_url.clone()
        } else {
            format!("{}/", self.base_url)
        }
    }
}

/// Checks that `language` is a well-formed BCP 47 tag (`ar`, `ar-EG`, `ar-u-nu-arab`). The
/// value goes into every page's `lang` attribute and, through its first subtag, to the search
/// indexer, which once used it as a file name (`../../esc` wrote outside the output).
pub fn check_language(language: &str) -> std::result::Result<(), String> {
    if language.is_empty() {
        return Err("it is empty".into());
    }
    icu_locale_core::Locale::try_from_str(language)
        .map(|_| ())
        .map_err(|e| format!("not a BCP 47 language tag ({e})"))
}

/// The language subtag of `language` (`ar` for `ar-EG`), lower-cased, if it is 2–3 ASCII
/// letters; the only part of the setting that tools outside Sahifa (the search indexer) see.
pub fn primary_language(language: &str) -> Option<String> {
    let first = language.split(['-', '_']).next()?;
    ((2..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| first.to_ascii_lowercase())
}

/// Checks a custom domain as GitHub Pages expects it in `CNAME`: a bare host name of ASCII
/// letters, digits, hyphens and dots, labels of 1–63 characters, 253 in all.
pub fn check_host_name(host: &str) -> std::result::Result<(), String> {
    if host.contains("://") {
        return Err("it is a URL, not a host name".into());
    }
    if host.chars().any(char::is_whitespace) {
        return Err("it contains spaces".into());
    }
    if host.contains('/') {
        return Err("it has a path after the host name".into());
    }
    if host.contains(':') {
        return Err("it has a port (`:`)".into());
    }
    if !host.is_ascii() {
        return Err(
            "it has non-ASCII letters: write an internationalised domain in its `xn--` \
             (punycode) form"
                .into(),
        );
    }
    if let Some(c) = host
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '.'))
    {
        return Err(format!(
            "`{c}` is not allowed in a host name (letters, digits, hyphens and dots only)"
        ));
    }
    if host.len() > 253 {
        return Err(format!(
            "it is {} characters long; a host name may have at most 253",
            host.len()
        ));
    }
    for label in host.split('.') {
        if label.is_empty() {
            return Err(
                "it has an empty label (a dot at the start or the end, or two in a row)".into(),
            );
        }
        if label.len() > 63 {
            return Err(format!(
                "the label `{label}` is {} characters long; a label may have at most 63",
                label.len()
            ));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(format!("the label `{label}` starts or ends with a hyphen"));
        }
    }
    Ok(())
}

/// Extracts the path of a base URL, or says why it is not one.
///
/// Accepts `http(s)://host[:port][/path]` and a bare absolute path (`/`, `/repo/`).
pub fn base_path_of(base_url: &str) -> std::result::Result<String, String> {
    let url = base_url.trim();
    if url.is_empty() {
        return Err("it is empty".into());
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("it contains spaces or control characters".into());
    }
    let path = if let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    {
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        if host.is_empty() {
            return Err("the host name is missing".into());
        }
        if path.contains(['?', '#']) || host.contains(['?', '#', '@']) {
            return Err("a base URL cannot have a query, fragment or user name".into());
        }
        path
    } else if url.starts_with('/') {
        url
    } else {
        return Err("it must start with https://, http:// or /".into());
    };
    if path.split('/').any(|seg| seg == "..") {
        return Err("it must not contain `..`".into());
    }
    let mut p = String::from("/");
    p.push_str(path.trim_matches('/'));
    if !p.ends_with('/') {
        p.push('/');
    }
    Ok(p)
}

/// How an article without `slug:` gets its URL segment (`article_slugs:`). Declared here,
/// with the setting, so the configuration needs nothing from `load`; [`crate::load::slug`]
/// applies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlugStrategy {
    /// The file name without `.md` (stable when the title is edited).
    #[default]
    FileName,
    /// The title, with Arabic letters kept: diacritics and tatweel removed, every run of
    /// spaces and punctuation turned into one `-`, Latin lower-cased.
    ArabicTitle,
}

mod values;

#[cfg(test)]
mod tests;
