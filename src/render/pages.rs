//! What goes on each page: builds the template context of every kind of page from the
//! content, the analysis and the site graph.

use std::cell::RefCell;

use tera::Context;

use super::context::*;
use super::dates::{display_date, display_hijri};
use super::listings::{Listing, paged_dir};
use super::markdown::{LinkSettings, render_body};
use super::menu::standalone_dir;
use super::urls::Urls;
use super::view::{Page, SiteView, type_dir};
use super::{feeds, structured};
use crate::analyse::ArticleAnalysis;
use crate::config::EntityPages;
use crate::error::Diagnostic;
use crate::load::{Article, Entity, EntityKind};

impl<'a> SiteView<'a> {
    /// Every page of the site, in a fixed order.
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = vec![Page::Home, Page::Entities, Page::NotFound];
        if self.config.search {
            pages.push(Page::Search);
        }
        pages.extend(self.kinds_present().into_iter().map(Page::TypeIndex));
        pages.extend(self.term_kinds_present().into_iter().map(Page::Terms));
        pages.extend(self.listing_pages());
        pages.extend((0..self.content.pages.len()).map(Page::Standalone));
        // Newest first, not storage order: incremental rebuilds reorder storage.
        pages.extend(self.graph.chronological.iter().map(|&i| Page::Article(i)));
        for (e, list) in self.graph.entity_articles.iter().enumerate() {
            if self.has_page(e) {
                pages.extend((1..=self.page_count(list.len())).map(|n| Page::Entity(e, n)));
            }
        }
        pages
    }

    /// Every page of every list (archive, years, months).
    pub fn listing_pages(&self) -> Vec<Page> {
        self.listings()
            .into_iter()
            .flat_map(|l| (1..=self.listing_page_count(l)).map(move |n| Page::List(l, n)))
            .collect()
    }

    /// Whether entity `e` is published (see [`EntityPages`]).
    /// A gazetteer entity is published only when an article names it: neither `all` nor an
    /// adjective (الأمريكي) is reason enough to publish a thousand places no one wrote about.
    pub fn has_page(&self, e: usize) -> bool {
        let named = !self.graph.entity_articles[e].is_empty();
        match self.content.entities[e].origin {
            crate::load::Origin::Registry => {
                self.config.entity_pages == EntityPages::All
                    || named
                    || !self.graph.demonym_articles[e].is_empty()
            }
            crate::load::Origin::Gazetteer | crate::load::Origin::Discovered => named,
        }
    }

    /// The published entities, in registry order.
    pub fn published_entities(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.content.entities.len()).filter(|&e| self.has_page(e))
    }

    pub(super) fn page_count(&self, items: usize) -> usize {
        items
            .div_ceil(self.config.pagination.entity_articles)
            .max(1)
    }

    pub(super) fn kinds_present(&self) -> Vec<EntityKind> {
        EntityKind::ALL
            .into_iter()
            .filter(|k| {
                self.published_entities()
                    .any(|e| self.content.entities[e].kind == *k)
            })
            .collect()
    }

    /// Output path (relative to the output root), template name and context of a page.
    /// Fails only when an article's text, released after analysis, cannot be read back.
    pub fn page_context(&self, page: Page) -> Result<(String, &'static str, Context), Diagnostic> {
        let mut ctx = Context::new();
        let dir = self.page_dir(page);
        let (template, title, description, section) = match page {
            Page::Home => {
                ctx.insert("latest", &self.latest());
                ctx.insert("front_sections", &self.front_sections());
                ctx.insert("top_entities", &self.top_entities());
                (
                    "index.html",
                    self.config.title.clone(),
                    self.config.description.clone(),
                    "",
                )
            }
            Page::Article(i) => {
                let a = &self.content.articles[i];
                let article = self.article_context(i)?;
                let title = article.title.clone();
                let summary = self.analyses[i].summary.clone();
                ctx.insert("article", &article);
                let mut crumbs = vec![self.home_crumb()];
                if let Some(s) = self.graph.terms.article_section[i] {
                    let section = Listing::Section(s);
                    crumbs.push(self.crumb(
                        &self.content.terms.sections[s].name,
                        &self.listing_dir(section),
                    ));
                }
                crumbs.push(self.crumb(&title, &Urls::article_dir(&a.slug)));
                ctx.insert("breadcrumbs", &crumbs);
                ("article.html", title, summary, "")
            }
            Page::Entity(e, n) => {
                let entity = &self.content.entities[e];
                ctx.insert("entity", &self.entity_context(e, n == 1));
                ctx.insert("articles", &self.entity_articles(e, n));
                ctx.insert("pagination", &self.pagination(e, n));
                ctx.insert(
                    "breadcrumbs",
                    &[
                        self.home_crumb(),
                        self.crumb(entity.kind.label_plural(), &type_dir(entity.kind)),
                        self.crumb(entity.name(), &Urls::entity_dir(&entity.id)),
                    ],
                );
                let title = if n > 1 {
                    let page = super::dates::digits(&n.to_string(), self.config.numerals);
                    format!("{} — صفحة {page}", entity.name())
                } else {
                    entity.name().to_string()
                };
                let description = first_line(&entity.description);
                ("entity.html", title, description, entity.kind.index_slug())
            }
            Page::TypeIndex(kind) => {
                ctx.insert(
                    "entity_type",
                    &TypeContext {
                        key: kind.key(),
                        label: kind.label(),
                        label_plural: kind.label_plural(),
                    },
                );
                ctx.insert("entities", &self.entities_of(kind));
                ctx.insert(
                    "breadcrumbs",
                    &[
                        self.home_crumb(),
                        self.crumb(kind.label_plural(), &type_dir(kind)),
                    ],
                );
                (
                    "type_index.html",
                    kind.label_plural().to_string(),
                    String::new(),
                    kind.index_slug(),
                )
            }
            Page::Entities => {
                let groups: Vec<TypeGroup> = self
                    .kinds_present()
                    .into_iter()
                    .map(|k| TypeGroup {
                        key: k.key(),
                        label_plural: k.label_plural(),
                        url: self.urls.url(&type_dir(k)),
                        entities: self.entities_of(k),
                    })
                    .collect();
                ctx.insert("groups", &groups);
                ctx.insert(
                    "breadcrumbs",
                    &[self.home_crumb(), self.crumb("الكيانات", "entities/")],
                );
                (
                    "entities.html",
                    "الكيانات".to_string(),
                    String::new(),
                    "entities",
                )
            }
            Page::Terms(kind) => {
                ctx.insert("term_index", &self.term_index(kind));
                ctx.insert(
                    "breadcrumbs",
                    &[self.home_crumb(), self.term_index_crumb(kind)],
                );
                (
                    "terms.html",
                    kind.title().to_string(),
                    self.term_index_description(kind),
                    "",
                )
            }
            Page::List(listing, n) => {
                let (template, title, description, crumbs) =
                    self.listing_page(listing, n, &mut ctx);
                ctx.insert("breadcrumbs", &crumbs);
                let active = match listing {
                    Listing::Section(s) => self.section_nav_key(s),
                    _ => "archive",
                };
                (template, title, description, active)
            }
            Page::Standalone(p) => {
                let doc = &self.content.pages[p];
                let site_links = RefCell::new(Vec::new());
                let settings = LinkSettings {
                    policy: self.config.linking.policy,
                    in_headings: false,
                    unsafe_html: self.config.unsafe_html,
                    targets: &self.entity_targets,
                    base_path: self.urls.base_path(),
                    pictures: &[],
                    site_links: Some(&site_links),
                };
                ctx.insert("body", &render_body(&doc.body, &[], &settings));
                self.note_site_links(page, site_links.take());
                ctx.insert(
                    "breadcrumbs",
                    &[
                        self.home_crumb(),
                        self.crumb(&doc.title, &standalone_dir(&doc.slug)),
                    ],
                );
                let description = if doc.description.is_empty() {
                    super::menu::plain_first_paragraph(&doc.body)
                } else {
                    doc.description.clone()
                };
                (
                    "page.html",
                    doc.title.clone(),
                    description,
                    doc.slug.as_str(),
                )
            }
            Page::Search => {
                ctx.insert(
                    "breadcrumbs",
                    &[self.home_crumb(), self.crumb("البحث", "search/")],
                );
                ("search.html", "البحث".to_string(), String::new(), "search")
            }
            Page::NotFound => (
                "404.html",
                "الصفحة غير موجودة".to_string(),
                String::new(),
                "",
            ),
        };
        let description = self.description_or_default(page, &title, description);
        if !ctx.contains_key("breadcrumbs") {
            ctx.insert("breadcrumbs", &Vec::<Crumb>::new());
        }
        let url = self.urls.url(&dir);
        ctx.insert("nav", &self.nav(section, &url));
        ctx.insert("footer_links", &self.footer_links(&url));
        let canonical = if page == Page::NotFound {
            String::new()
        } else {
            self.urls.absolute(&dir)
        };
        let json_ld = structured::json_ld(self, page, &canonical);
        ctx.insert(
            "page",
            &PageContext {
                kind: kind_name(page),
                title,
                url: self.urls.url(&dir),
                description,
                canonical,
                feeds: self.feeds(page),
                json_ld,
                image: match page {
                    Page::Article(i) => self.article_image(i),
                    _ => None,
                },
            },
        );
        let path = if dir.ends_with(".html") {
            dir
        } else {
            format!("{dir}index.html")
        };
        Ok((path, template, ctx))
    }

    /// The output directory of a page (`articles/x/`), or its file for the 404 page.
    pub fn page_dir(&self, page: Page) -> String {
        match page {
            Page::Home => String::new(),
            Page::Article(i) => Urls::article_dir(&self.content.articles[i].slug),
            Page::Entity(e, n) => Urls::entity_page_dir(&self.content.entities[e].id, n),
            Page::TypeIndex(kind) => type_dir(kind),
            Page::Entities => "entities/".to_string(),
            Page::NotFound => "404.html".to_string(),
            Page::Search => "search/".to_string(),
            Page::List(listing, n) => paged_dir(&self.listing_dir(listing), n),
            Page::Standalone(p) => standalone_dir(&self.content.pages[p].slug),
            Page::Terms(kind) => kind.dir().to_string(),
        }
    }

    /// Feeds announced with `<link rel="alternate">`: the site's, and an entity's own.
    fn feeds(&self, page: Page) -> Vec<FeedLink> {
        let mut feeds = vec![FeedLink {
            title: self.config.title.clone(),
            url: self.urls.url(feeds::SITE_FEED),
        }];
        if let Page::Entity(e, _) = page {
            let entity = &self.content.entities[e];
            feeds.push(FeedLink {
                title: format!("{} — {}", entity.name(), self.config.title),
                url: self.urls.url(&feeds::entity_feed_path(&entity.id)),
            });
        }
        if let Page::List(listing, _) = page
            && listing.has_feed()
        {
            feeds.push(FeedLink {
                title: format!("{} — {}", self.listing_title(listing), self.config.title),
                url: self.urls.url(&self.listing_feed_path(listing)),
            });
        }
        feeds
    }

    fn home_crumb(&self) -> Crumb {
        self.crumb("الرئيسية", "")
    }

    pub(super) fn crumb(&self, label: &str, dir: &str) -> Crumb {
        Crumb {
            label: label.to_string(),
            url: self.urls.url(dir),
        }
    }

    /// The URL of the published entity whose mention covers the whole `source` value (after
    /// trimming), so the outlet an article comes from links to its page.
    fn source_url(&self, a: &Article, analysis: &ArticleAnalysis) -> String {
        let source = a.meta.source.as_deref().unwrap_or("");
        let whole = source.trim();
        analysis
            .source_mentions
            .iter()
            .find(|m| source.get(m.start..m.end).is_some_and(|s| s == whole))
            .filter(|m| self.has_page(m.entity))
            .map(|m| self.entity_targets[m.entity].0.clone())
            .unwrap_or_default()
    }

    pub(super) fn dates(&self, a: &Article) -> (String, String) {
        match &a.date {
            Some(d) => (d.iso_date(), self.display(d)),
            None => (String::new(), String::new()),
        }
    }

    /// The date as readers see it: Gregorian, and the Hijri date beside it when `hijri` is on.
    pub(super) fn display(&self, d: &crate::load::Date) -> String {
        let gregorian = display_date(d, self.config.numerals, &self.config.language);
        match self
            .config
            .hijri
            .then(|| display_hijri(d, self.config.numerals))
            .flatten()
        {
            Some(hijri) => format!("{gregorian} · {hijri}"),
            None => gregorian,
        }
    }

    pub(super) fn article_url(&self, a: &Article) -> String {
        self.urls.url(&Urls::article_dir(&a.slug))
    }

    pub(super) fn entity_url(&self, e: &Entity) -> String {
        self.urls.url(&Urls::entity_dir(&e.id))
    }

    fn article_context(&self, i: usize) -> Result<ArticleContext, Diagnostic> {
        let a = &self.content.articles[i];
        let analysis = &self.analyses[i];
        let pictures: Vec<(String, ImageContext)> = a
            .body_images
            .iter()
            .map(|b| (b.written.clone(), self.image_context(&b.image)))
            .collect();
        let site_links = RefCell::new(Vec::new());
        let settings = LinkSettings {
            policy: self.config.linking.policy,
            in_headings: self.config.linking.in_headings,
            unsafe_html: self.config.unsafe_html,
            targets: &self.entity_targets,
            base_path: self.urls.base_path(),
            pictures: &pictures,
            site_links: Some(&site_links),
        };
        let (date, date_display) = self.dates(a);
        let body = self.content.article_body(i)?;
        Ok(ArticleContext {
            title: a.meta.title.clone().unwrap_or_default(),
            date,
            date_display,
            archive_url: self.month_url(a.date.as_ref()),
            source: a.meta.source.clone().unwrap_or_default(),
            source_url: self.source_url(a, analysis),
            // A standfirst only when the editor wrote one: the derived summary repeats the
            // first paragraph, which the reader is about to see anyway.
            summary: a.meta.summary.clone().unwrap_or_default(),
            url: self.article_url(a),
            content: {
                let html = render_body(&body, &analysis.body_mentions, &settings);
                self.note_site_links(Page::Article(i), site_links.take());
                html
            },
            reading_minutes: analysis.word_count.div_ceil(200).max(1),
            section: self.graph.terms.article_section[i]
                .map(|s| self.term_link(Listing::Section(s)))
                .unwrap_or_default(),
            author: self.graph.terms.article_authors[i]
                .first()
                .map(|&x| self.term_link(Listing::Author(x)))
                .unwrap_or_default(),
            author_role: self.graph.terms.article_authors[i]
                .first()
                .map(|&x| self.content.terms.authors[x].role.clone())
                .unwrap_or_default(),
            authors: self.bylines(&self.graph.terms.article_authors[i]),
            tags: self.graph.terms.article_tags[i]
                .iter()
                .map(|&t| self.term_link(Listing::Tag(t)))
                .collect(),
            entity_groups: self.entity_groups(i),
            related: self.graph.related[i]
                .iter()
                .map(|&(r, shared)| self.article_link(r, shared))
                .collect(),
            image: self.article_image(i),
        })
    }

    /// The article's authors as its byline names them (see [`Byline::joiner`]).
    fn bylines(&self, authors: &[usize]) -> Vec<Byline> {
        authors
            .iter()
            .enumerate()
            .map(|(k, &x)| {
                let link = self.term_link(Listing::Author(x));
                Byline {
                    name: link.name,
                    url: link.url,
                    role: self.content.terms.authors[x].role.clone(),
                    joiner: match k {
                        0 => "",
                        _ if k + 1 < authors.len() => "، ",
                        _ => " و",
                    },
                }
            })
            .collect()
    }

    fn entity_groups(&self, article: usize) -> Vec<EntityGroup> {
        EntityKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let mut entities: Vec<EntityRef> = self.graph.article_entities[article]
                    .iter()
                    .filter(|(e, _)| self.content.entities[*e].kind == kind)
                    .map(|&(e, mentions)| {
                        let entity = &self.content.entities[e];
                        EntityRef {
                            id: entity.id.clone(),
                            name: entity.name().to_string(),
                            url: self.entity_url(entity),
                            mentions,
                        }
                    })
                    .collect();
                entities.sort_by(|a, b| {
                    b.mentions
                        .cmp(&a.mentions)
                        .then_with(|| a.name.cmp(&b.name))
                });
                (!entities.is_empty()).then_some(EntityGroup {
                    kind: kind.key(),
                    label: kind.label_plural(),
                    entities,
                })
            })
            .collect()
    }

    pub(super) fn article_link(&self, i: usize, shared: u32) -> ArticleLink {
        let a = &self.content.articles[i];
        let (date, date_display) = self.dates(a);
        ArticleLink {
            title: a.meta.title.clone().unwrap_or_default(),
            url: self.article_url(a),
            date,
            date_display,
            shared,
        }
    }

    fn latest(&self) -> Vec<ArticleSummary> {
        self.graph
            .chronological
            .iter()
            .take(self.config.home.latest)
            .map(|&i| self.article_summary(i))
            .collect()
    }

    fn top_entities(&self) -> Vec<EntitySummary> {
        let mut list: Vec<(usize, &Entity)> = self
            .content
            .entities
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.graph.entity_articles[*i].is_empty())
            .collect();
        list.sort_by(|a, b| {
            let count = |i: usize| self.graph.entity_articles[i].len();
            count(b.0)
                .cmp(&count(a.0))
                .then_with(|| a.1.id.cmp(&b.1.id))
        });
        list.into_iter()
            .take(self.config.home.top_entities)
            .map(|(i, e)| self.entity_summary(i, e))
            .collect()
    }
}

fn kind_name(page: Page) -> &'static str {
    match page {
        Page::Home => "home",
        Page::Article(_) => "article",
        Page::Entity(..) => "entity",
        Page::TypeIndex(_) => "type_index",
        Page::Entities => "entities",
        Page::NotFound => "not_found",
        Page::Search => "search",
        Page::List(..) => "archive",
        Page::Standalone(_) => "page",
        Page::Terms(_) => "terms",
    }
}

fn first_line(markdown: &str) -> String {
    markdown
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string()
}
