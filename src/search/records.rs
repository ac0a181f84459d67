//! The search index's input, made from what Sahifa already knows instead of from rendered HTML:
//! one record per searchable page (every article, the first page of every entity) with its
//! URL, title and plain text, the headings marked with the weights Pagefind gives them in HTML.
//!
//! Why not the rendered pages: Pagefind parsed every page's HTML again (half of the index
//! time, and it cannot run in parallel behind Pagefind's lock). The text is Markdown we parse
//! anyway, so the records are made here in parallel, and are the same whether the pages were
//! just rendered (`build`) or are already on disk (`serve`'s refresh).
//!
//! What Pagefind read in the HTML and a record leaves out: raw HTML written in the Markdown,
//! an entity page's chart and its caption, an article's date and reading-time line, and the
//! sub-results Pagefind made from heading `id`s. An entity's type, English name and other
//! names are one sentence here (see [`entity_sentence`]), not the page's list of fields. Themes' `data-pagefind-*` attributes no longer
//! choose what is indexed. `tests/search_index.rs` checks that queries find the same pages with
//! the same weights as Pagefind reading the HTML.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};
use rayon::prelude::*;

use crate::analyse::runs::{Segment, Segments};
use crate::config::Numerals;
use crate::error::{Diagnostic, Error, Result};
use crate::load::Entity;
use crate::render::dates::digits;
use crate::render::{Page, SiteView};

/// One page as the index sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Root-relative URL as Pagefind writes it for a page at this path (`/articles/x/`).
    pub url: String,
    /// Shown as the result's title.
    pub title: String,
    /// Plain text with Pagefind's weight markers around headings.
    pub content: String,
}

/// Pagefind's weight for a heading of each level (its HTML parser's `h1` = 7 … `h6` = 2), so a
/// name in a title ranks as it did when Pagefind read the page: the entity page, whose `<h1>`
/// is the name, comes first for the name.
fn heading_weight(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 7,
        HeadingLevel::H2 => 6,
        HeadingLevel::H3 => 5,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 3,
        HeadingLevel::H6 => 2,
    }
}

/// The characters Pagefind percent-encodes in a page's URL besides every non-ASCII byte (its
/// `PATH_ENCODE_SET`): the record's URL must be the one Pagefind gave the page, or a result
/// would link to a different address than the page's own.
const PATH_ENCODE_SET: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// The records of every searchable page, made in parallel and sorted by URL (the index
/// depends on the order). Every article whose text cannot be read is reported.
pub fn site_records(view: &SiteView<'_>) -> Result<Vec<Record>> {
    let results: Vec<std::result::Result<Record, Diagnostic>> = searchable_pages(view)
        .par_iter()
        .map(|(url, page)| page_record(view, url, *page))
        .collect();
    let mut records = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(record) => records.push(record),
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(Error::Content(problems));
    }
    Ok(records)
}

/// Every searchable page (every article, the first page of every entity) with its URL,
/// sorted by URL: the order of the index, so the same site always gives the same files.
pub fn searchable_pages(view: &SiteView<'_>) -> Vec<(String, Page)> {
    let articles = (0..view.content.articles.len()).map(Page::Article);
    let entities = view.published_entities().map(|e| Page::Entity(e, 1));
    let mut pages: Vec<(String, Page)> = articles
        .chain(entities)
        .map(|page| (page_url(&view.page_dir(page)), page))
        .collect();
    pages.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    pages
}

/// The record of one of the [`searchable_pages`], at the URL that gave it.
pub fn page_record(
    view: &SiteView<'_>,
    url: &str,
    page: Page,
) -> std::result::Result<Record, Diagnostic> {
    let url = url.to_string();
    match page {
        Page::Article(i) => {
            let article = &view.content.articles[i];
            let body = view.content.article_body(i)?;
            let title = article.meta.title.clone().unwrap_or_default();
            let mut text = Text::default();
            text.heading(7, &title);
            text.block(article.meta.summary.as_deref().unwrap_or_default());
            if let Some(source) = &article.meta.source {
                text.block(&format!("المصدر: {source}"));
            }
            text.markdown(&body);
            Ok(text.into_record(url, title))
        }
        Page::Entity(e, _) => {
            let entity = &view.content.entities[e];
            let mut text = Text::default();
            text.heading(7, entity.name());
            text.block(&entity_sentence(
                entity,
                view.graph.entity_articles[e].len(),
                view.config.numerals,
            ));
            text.markdown(&entity.description);
            Ok(text.into_record(url, entity.name().to_string()))
        }
        _ => unreachable!("only articles and entity pages are searchable"),
    }
}

/// What a search result says about an entity, as one sentence: «اسم فلاديمير بوتين (شخصية)
/// ورد في 3 من المقالات، ويُكتب أيضاً: بوتين، وبالإنجليزية: Vladimir Putin.»
///
/// Why: the result's excerpt is taken from this text, and the fields one after another
/// (type, name, English name, «الأسماء الأخرى», aliases) read as a list, not as news. The
/// other names stay in it, at the weight of body text, so they still find the page.
fn entity_sentence(entity: &Entity, articles: usize, numerals: Numerals) -> String {
    let count = match articles {
        0 => "لم يرد بعد في أي مقال".to_string(),
        1 => "ورد في مقال واحد".to_string(),
        2 => "ورد في مقالين".to_string(),
        n => digits(&format!("ورد في {n} من المقالات"), numerals),
    };
    let mut sentence = format!("اسم {} ({}) {count}", entity.name(), entity.kind.label());
    if !entity.meta.aliases.is_empty() {
        sentence.push_str("، ويُكتب أيضاً: ");
        sentence.push_str(&entity.meta.aliases.join("، "));
    }
    if let Some(en) = entity
        .meta
        .name_en
        .as_deref()
        .filter(|n| !n.trim().is_empty())
    {
        sentence.push_str("، وبالإنجليزية: ");
        sentence.push_str(en);
    }
    sentence
}

/// The URL Pagefind gives a page in folder `dir` (`articles/x/` → `/articles/x/`).
fn page_url(dir: &str) -> String {
    format!("/{}", utf8_percent_encode(dir, PATH_ENCODE_SET))
}

/// A record's text as Pagefind's HTML reader would have produced it: blocks end with a full
/// stop unless they end in punctuation already (so excerpts read as sentences), headings are
/// wrapped in weight markers.
#[derive(Default)]
struct Text {
    out: String,
}

impl Text {
    fn heading(&mut self, weight: u8, text: &str) {
        self.open_heading(weight);
        self.push(text);
        self.close_heading();
    }

    fn open_heading(&mut self, weight: u8) {
        self.out
            .push_str(&format!(" ___PAGEFIND_AUTO_WEIGHT___{weight} "));
    }

    fn close_heading(&mut self) {
        self.end_block();
        self.out.push_str(" ___END_PAGEFIND_WEIGHT___ ");
    }

    fn block(&mut self, text: &str) {
        self.push(text);
        self.end_block();
    }

    /// Text as written by an author: whitespace-only pieces and Pagefind's own markers are
    /// not passed on (an author cannot change the weights by writing a marker).
    fn push(&mut self, text: &str) {
        // A byte search for `_` first: searching every piece of text for `___` was a tenth
        // of making the records.
        if text.as_bytes().contains(&b'_') && text.contains("___") {
            self.out.push_str(&text.replace("___", "_ _ _"));
        } else {
            self.out.push_str(text);
        }
    }

    fn end_block(&mut self) {
        let trimmed = self.out.trim_end();
        let last = trimmed.chars().next_back();
        // Pagefind adds the full stop after a letter, digit, quote, `)`, `$` or `*`.
        if last.is_some_and(|c| c.is_alphanumeric() || "_'\")$*".contains(c)) {
            self.out.truncate(trimmed.len());
            self.out.push('.');
        }
        self.out.push(' ');
    }

    /// A Markdown body's text: prose, code and alt text, headings weighted, raw HTML left out.
    fn markdown(&mut self, markdown: &str) {
        for segment in Segments::new(markdown) {
            match segment {
                Segment::Run(run) => self.push(&run.text),
                Segment::Event(Event::Text(text) | Event::Code(text)) => self.push(&text),
                Segment::Event(Event::SoftBreak | Event::HardBreak) => self.out.push(' '),
                Segment::Event(Event::Start(Tag::Heading { level, .. })) => {
                    self.open_heading(heading_weight(level))
                }
                Segment::Event(Event::End(TagEnd::Heading(_))) => self.close_heading(),
                Segment::Event(Event::End(
                    TagEnd::Paragraph
                    | TagEnd::Item
                    | TagEnd::CodeBlock
                    | TagEnd::TableCell
                    | TagEnd::BlockQuote(_),
                )) => self.end_block(),
                _ => {}
            }
        }
    }

    fn into_record(self, url: String, title: String) -> Record {
        Record {
            url,
            title,
            content: self.out,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(markdown: &str) -> String {
        let mut text = Text::default();
        text.markdown(markdown);
        text.out
    }

    #[test]
    fn headings_are_weighted_and_blocks_end_as_sentences() {
        let out = text_of("## لقاء عشق آباد\n\nالتقى بوتين ومسعود بيزشكيان\n\n- روسيا\n- إيران\n");
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>().join(" "),
            "___PAGEFIND_AUTO_WEIGHT___6 لقاء عشق آباد. ___END_PAGEFIND_WEIGHT___ \
             التقى بوتين ومسعود بيزشكيان. روسيا. إيران."
        );
    }

    #[test]
    fn raw_html_and_markers_written_by_authors_do_not_reach_the_index() {
        let out = text_of("نص <script>alert('بوتين')</script> ___PAGEFIND_WEIGHT___9 آخر\n");
        assert!(!out.contains("alert"), "{out}");
        assert!(!out.contains("___PAGEFIND_WEIGHT___"), "{out}");
        assert!(out.contains("نص") && out.contains("آخر"), "{out}");
    }

    #[test]
    fn urls_are_pagefinds() {
        assert_eq!(page_url("articles/x/"), "/articles/x/");
        assert_eq!(
            page_url("articles/لقاء عشق/"),
            "/articles/%D9%84%D9%82%D8%A7%D8%A1%20%D8%B9%D8%B4%D9%82/"
        );
    }
}
