//! The meta description of a page that has none of its own.
//!
//! Why: search engines and link previews show the description under the title; without one
//! they show whatever text comes first (the menu). Every page type gets a sentence that
//! says what the page holds, so pages do not all share the site's one description either.

use super::dates::digits;
use super::view::{Page, SiteView};

impl SiteView<'_> {
    /// `own`: the description the page has (the site's on the home page, an article's
    /// summary, an entity's first line…); a sentence for `page` when it is empty.
    pub(super) fn description_or_default(&self, page: Page, title: &str, own: String) -> String {
        if own.trim().is_empty() {
            digits(&self.default_description(page, title), self.config.numerals)
        } else {
            own
        }
    }

    /// A sentence for `page` (titled `title`), with ASCII digits.
    fn default_description(&self, page: Page, title: &str) -> String {
        let site = &self.config.title;
        match page {
            Page::Home => format!(
                "{site}: آخر الأخبار، ومن تذكرهم من أشخاص وأماكن ومنظمات (عدد المقالات: {}).",
                self.graph.chronological.len()
            ),
            Page::Article(_) => format!("{title} — مقال في {site}."),
            Page::Entity(e, n) => {
                let entity = &self.content.entities[e];
                let count = self.graph.entity_articles[e].len();
                let page = if n > 1 {
                    format!("، صفحة {n}")
                } else {
                    String::new()
                };
                format!(
                    "{} {} في {site}: المقالات التي تذكره ومن يُذكر معه (عدد المقالات: {count}){page}.",
                    entity.kind.label(),
                    entity.name()
                )
            }
            Page::TypeIndex(kind) => format!(
                "{} في مقالات {site}، مرتبة بعدد المقالات التي تذكر كلاً منها.",
                kind.label_plural()
            ),
            Page::Entities => format!(
                "من تذكرهم مقالات {site}: {}، مرتبين بعدد المقالات.",
                self.kinds_present()
                    .iter()
                    .map(|k| k.label_plural())
                    .collect::<Vec<_>>()
                    .join(" و")
            ),
            Page::Search => format!("ابحث في مقالات {site} وفي من تذكرهم."),
            Page::NotFound => format!("الصفحة المطلوبة غير موجودة في {site}."),
            Page::List(..) | Page::Standalone(_) | Page::Terms(_) => format!("{title} — {site}."),
        }
    }
}
