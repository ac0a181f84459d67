//! The menu in the header and the links in the footer, and the pages that are not articles
//! (`content/pages/`), which the menu or the footer link.

use super::context::NavItem;
use super::listings::Listing;
use super::view::{SiteView, type_dir};
use crate::config::MenuItem;

impl SiteView<'_> {
    /// The header's menu: `menu:` from config.yaml, or the automatic one (sections, entity
    /// types, the archive, every entity, search). `section` is the current page's key in the
    /// automatic menu, `current_url` its URL (an item is current when it is the page or one of
    /// its folders: `/archive/` on `/archive/2024/`).
    pub(super) fn nav(&self, section: &str, current_url: &str) -> Vec<NavItem> {
        if self.config.menu.is_empty() {
            self.automatic_nav(section)
        } else {
            self.config
                .menu
                .iter()
                .map(|item| self.menu_item(item, current_url))
                .collect()
        }
    }

    /// Links of the footer besides its fixed ones: the `menu:` items, then every page the
    /// menu does not name (so no page depends on a template to be found).
    pub(super) fn footer_links(&self, current_url: &str) -> Vec<NavItem> {
        // The footer always links these itself.
        let fixed = [
            self.urls.url(""),
            self.urls.url("archive/"),
            self.urls.url("entities/"),
        ];
        let mut links: Vec<NavItem> = self
            .config
            .menu
            .iter()
            .map(|item| self.menu_item(item, current_url))
            .filter(|item| !fixed.contains(&item.url))
            .collect();
        let named = |slug: &str| {
            self.config
                .menu
                .iter()
                .any(|m| m.page.as_deref() == Some(slug))
        };
        links.extend(
            self.content
                .pages
                .iter()
                .filter(|p| !named(&p.slug))
                .map(|p| {
                    let url = self.urls.url(&standalone_dir(&p.slug));
                    NavItem {
                        label: p.title.clone(),
                        active: url == current_url,
                        url,
                    }
                }),
        );
        links
    }

    fn menu_item(&self, item: &MenuItem, current_url: &str) -> NavItem {
        let url = match (&item.page, &item.url) {
            (Some(page), _) => self.urls.url(&standalone_dir(page)),
            (None, Some(url)) => match url.strip_prefix('/') {
                Some(rel) if !url.starts_with("//") => self.urls.url(rel),
                _ => url.clone(),
            },
            (None, None) => String::new(),
        };
        let home = self.urls.url("");
        let active = url == current_url
            || (url != home && url.ends_with('/') && current_url.starts_with(&url));
        NavItem {
            label: item.label.trim().to_string(),
            url,
            active,
        }
    }

    /// The `active` key of a section's menu item: its list's folder, unique among menu items.
    pub(super) fn section_nav_key(&self, s: usize) -> &str {
        &self.content.terms.sections[s].id
    }

    /// The automatic menu, used when `menu:` is not set.
    fn automatic_nav(&self, section: &str) -> Vec<NavItem> {
        // Sections first, in their order: a newspaper's menu is its sections.
        let mut items: Vec<NavItem> = self
            .content
            .terms
            .sections
            .iter()
            .enumerate()
            .map(|(s, term)| NavItem {
                label: term.name.clone(),
                url: self.urls.url(&self.listing_dir(Listing::Section(s))),
                active: section == term.id,
            })
            .collect();
        items.extend(self.kinds_present().into_iter().map(|k| NavItem {
            label: k.label_plural().to_string(),
            url: self.urls.url(&type_dir(k)),
            active: section == k.index_slug(),
        }));
        items.push(NavItem {
            label: "الأرشيف".into(),
            url: self.urls.url("archive/"),
            active: section == "archive",
        });
        items.push(NavItem {
            label: "كل الكيانات".into(),
            url: self.urls.url("entities/"),
            active: section == "entities",
        });
        if self.config.search {
            items.push(NavItem {
                label: "البحث".into(),
                url: self.urls.url("search/"),
                active: section == "search",
            });
        }
        items
    }
}

/// The meta description of a page without `description:`: its first paragraph as plain text
/// (no `**` or link syntax), cut at about 30 words.
pub fn plain_first_paragraph(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut text = String::new();
    let mut inside = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Paragraph) => inside = true,
            Event::End(TagEnd::Paragraph) if !text.trim().is_empty() => break,
            Event::Text(t) | Event::Code(t) if inside => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak if inside => text.push(' '),
            _ => {}
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words.iter().take(30).copied().collect::<Vec<_>>().join(" ");
    if words.len() > 30 {
        out.push('…');
    }
    out
}

/// The output folder of a page of `content/pages/`: `/<slug>/`.
pub fn standalone_dir(slug: &str) -> String {
    format!("{slug}/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_is_plain_text() {
        let md = "## من نحن\n\nنحن **صحيفة** [مستقلة](https://example.org)\nفي القاهرة.\n\nفقرة ثانية.\n";
        assert_eq!(plain_first_paragraph(md), "نحن صحيفة مستقلة في القاهرة.");
    }
}
