//! The data each template sees. These structs are the theme contract documented in
//! `docs/templates.md`; renaming a field breaks themes.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct SiteContext {
    pub title: String,
    pub description: String,
    pub language: String,
    pub direction: String,
    pub base_url: String,
    pub base_path: String,
    /// Open Graph locale (`ar_AR`).
    pub locale: String,
    /// `latin` or `arabic`: the digits of the site (`numerals`), for styles that print
    /// numbers themselves (list ranks).
    pub numerals: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct NavItem {
    pub label: String,
    pub url: String,
    pub active: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageContext {
    pub kind: &'static str,
    pub title: String,
    pub url: String,
    pub description: String,
    /// Absolute URL of the page (empty on the 404 page).
    pub canonical: String,
    pub feeds: Vec<FeedLink>,
    /// JSON-LD for the page, already safe to print inside `<script>` (empty if none).
    pub json_ld: String,
    /// The page's picture for link previews (`og:image`): an article's lead image.
    pub image: Option<ImageContext>,
}

/// A lead image, resized at build time (see `docs/templates.md`).
#[derive(Debug, Clone, Serialize)]
pub struct ImageContext {
    /// The fallback file (a middle width, in the original format).
    pub src: String,
    /// `url 480w, url 960w, …` in the original format.
    pub srcset: String,
    /// The same widths as WebP; empty when no WebP copy is made (JPEG sources).
    pub webp_srcset: String,
    /// MIME type of `src`/`srcset`.
    pub mime: &'static str,
    /// Size of the largest variant: for `width`/`height`, which fix the aspect ratio.
    pub width: u32,
    pub height: u32,
    /// Absolute URL of the largest variant (`og:image`, JSON-LD).
    pub absolute: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeedLink {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Crumb {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleContext {
    pub title: String,
    pub date: String,
    pub date_display: String,
    /// The archive page of the article's month, which its date links to (empty if undated).
    pub archive_url: String,
    pub source: String,
    /// The page of the entity the source names in full (an outlet in the registry), or empty.
    pub source_url: String,
    pub summary: String,
    pub url: String,
    pub content: String,
    pub reading_minutes: usize,
    /// The article's section (`name` empty when it has none).
    pub section: TermLink,
    /// The first author (`name` empty when front matter names none), with their role: what
    /// themes written for one byline read.
    pub author: TermLink,
    pub author_role: String,
    /// Every author, in the order the front matter gives them.
    pub authors: Vec<Byline>,
    pub tags: Vec<TermLink>,
    pub entity_groups: Vec<EntityGroup>,
    pub related: Vec<ArticleLink>,
    pub image: Option<ImageContext>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntityGroup {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub label: &'static str,
    pub entities: Vec<EntityRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntityRef {
    pub id: String,
    pub name: String,
    pub url: String,
    pub mentions: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleLink {
    pub title: String,
    pub url: String,
    pub date: String,
    pub date_display: String,
    pub shared: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntityContext {
    pub id: String,
    pub name: String,
    pub name_en: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub type_label: &'static str,
    pub type_url: String,
    pub url: String,
    pub description: String,
    /// Found in the text by discovery, not written by the editor: the page says so.
    pub discovered: bool,
    pub aliases: Vec<String>,
    pub wikidata: String,
    pub wikidata_url: String,
    pub article_count: usize,
    pub mention_count: u32,
    pub co_mentions: Vec<CoMention>,
    /// The entity's demonyms (الروسي، الروسية).
    pub demonyms: Vec<String>,
    /// Articles that use a demonym without naming the entity (newest first, at most 10), and
    /// how many there are in all.
    pub demonym_articles: Vec<ArticleLink>,
    pub demonym_article_count: usize,
    /// Inline SVG (safe HTML): the entity and its companions (on every page of the entity).
    pub graph_svg: String,
    /// Inline SVG (safe HTML): articles per month (per year over a long span); empty on
    /// pages after the first.
    pub timeline_svg: String,
    /// The timeline's caption: what a bar counts and the span covered.
    pub timeline_caption: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CoMention {
    pub name: String,
    pub url: String,
    pub type_label: &'static str,
    pub count: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct MentionListItem {
    pub title: String,
    pub url: String,
    pub date: String,
    pub date_display: String,
    pub excerpt_before: String,
    pub excerpt_match: String,
    pub excerpt_after: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    pub prev_url: String,
    pub next_url: String,
    pub pages: Vec<PageLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
    /// Pages are skipped between the previous link and this one (the pager shows "…").
    pub gap_before: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TypeContext {
    pub key: &'static str,
    pub label: &'static str,
    pub label_plural: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntitySummary {
    pub name: String,
    pub name_en: String,
    pub url: String,
    pub article_count: usize,
    pub type_label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct TypeGroup {
    pub key: &'static str,
    pub label_plural: &'static str,
    pub url: String,
    pub entities: Vec<EntitySummary>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleSummary {
    pub title: String,
    pub url: String,
    pub date: String,
    pub date_display: String,
    pub summary: String,
    pub image: Option<ImageContext>,
}

/// A section, author or tag, as linked from an article or the menu.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TermLink {
    pub name: String,
    pub url: String,
}

/// One author of an article: their page and their role (empty when their file gives none).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Byline {
    pub name: String,
    pub url: String,
    pub role: String,
    /// What joins this name to the one before, as Arabic joins a list: nothing for the
    /// first, «، » between, « و» before the last. (The theme puts the roles of several
    /// authors in parentheses: after a comma a role would read as one more author.)
    pub joiner: &'static str,
}

/// A section on the home page: its lead story and the next headlines.
#[derive(Debug, Clone, Serialize)]
pub struct FrontSection {
    pub name: String,
    pub url: String,
    pub lead: ArticleSummary,
    pub more: Vec<ArticleSummary>,
}
