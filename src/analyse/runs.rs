//! Text runs: the pieces of an article's Markdown where names may be found.
//!
//! pulldown-cmark splits text into many events (at soft breaks, escapes, entities). A name can
//! span such a split (فلاديمير⏎بوتين), so consecutive text events are joined into one run.
//! Both the analysis and the renderer walk the same [`Segments`] over the same parser, so run
//! number *n* is the same piece of text in both passes.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Where a run sits in the document, which decides whether its mentions may become links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RunContext {
    pub in_heading: bool,
    /// Inside an existing link or an image's alt text.
    pub in_link: bool,
    /// Inside an image's alt text: it describes a picture, the article does not name anyone
    /// there, so nothing in it counts as a mention.
    pub in_image: bool,
    /// Sections start at headings; used by the first-per-section link policy.
    pub section: u32,
}

/// A joined run of text.
#[derive(Debug, Clone)]
pub struct Run {
    pub text: String,
    /// Byte range of the run in the Markdown source.
    pub source: Range<usize>,
    /// Whether `text` is exactly `source` (no escapes or entities), so that offsets in the run
    /// are offsets in the file.
    pub exact: bool,
    /// Only for inexact runs: each joined event as (offset in `text`, offset in the source,
    /// whether that piece is verbatim), to map positions back through escapes.
    pub pieces: Vec<(usize, usize, bool)>,
    pub context: RunContext,
}

impl Run {
    /// The source byte offset of byte `offset` of `text`: exact inside verbatim pieces, the
    /// start of the piece inside an escape or entity.
    pub fn source_offset(&self, offset: usize) -> usize {
        if self.exact {
            return self.source.start + offset;
        }
        let i = self
            .pieces
            .partition_point(|p| p.0 <= offset)
            .saturating_sub(1);
        match self.pieces.get(i) {
            Some(&(text_start, source_start, true)) => source_start + (offset - text_start),
            Some(&(_, source_start, false)) => source_start,
            None => self.source.start,
        }
    }
}

/// What the walk yields: an event to pass through unchanged, or a run of text.
#[derive(Debug)]
pub enum Segment<'a> {
    Event(Event<'a>),
    Run(Run),
}

/// The runs of `markdown`, in order, without the events between them: what the analysis
/// searches, numbered as its body mentions' `run`.
pub fn runs_of(markdown: &str) -> Vec<Run> {
    Segments::new(markdown)
        .filter_map(|s| match s {
            Segment::Run(r) => Some(r),
            Segment::Event(_) => None,
        })
        .collect()
}

/// The text of each of [`runs_of`]'s runs: what discovery checks for the names it adds.
pub fn run_texts(markdown: &str) -> Vec<String> {
    runs_of(markdown).into_iter().map(|run| run.text).collect()
}

/// The Markdown extensions Sahifa enables everywhere.
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Walks `markdown`, yielding runs and pass-through events.
pub struct Segments<'a> {
    source: &'a str,
    parser: pulldown_cmark::OffsetIter<'a, pulldown_cmark::DefaultBrokenLinkCallback>,
    pending: Option<(Event<'a>, Range<usize>)>,
    code_depth: u32,
    link_depth: u32,
    image_depth: u32,
    /// Open raw HTML `<a>` elements (`قال <a href="/x">روسيا</a>`): their text is link text.
    html_link_depth: u32,
    /// Open raw HTML elements whose content is not prose (`<script>`, `<style>`, `<textarea>`).
    raw_text_depth: u32,
    in_heading: bool,
    section: u32,
}

impl<'a> Segments<'a> {
    pub fn new(markdown: &'a str) -> Self {
        Segments {
            source: markdown,
            parser: Parser::new_ext(markdown, parser_options()).into_offset_iter(),
            pending: None,
            code_depth: 0,
            link_depth: 0,
            image_depth: 0,
            html_link_depth: 0,
            raw_text_depth: 0,
            in_heading: false,
            section: 0,
        }
    }

    fn next_event(&mut self) -> Option<(Event<'a>, Range<usize>)> {
        self.pending.take().or_else(|| self.parser.next())
    }

    fn track(&mut self, event: &Event<'a>) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => self.code_depth += 1,
            Event::End(TagEnd::CodeBlock) => self.code_depth = self.code_depth.saturating_sub(1),
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => self.link_depth += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => {
                self.link_depth = self.link_depth.saturating_sub(1)
            }
            _ => {}
        }
        match event {
            Event::Start(Tag::Image { .. }) => self.image_depth += 1,
            Event::End(TagEnd::Image) => self.image_depth = self.image_depth.saturating_sub(1),
            Event::Start(Tag::Heading { .. }) => {
                self.in_heading = true;
                self.section += 1;
            }
            Event::End(TagEnd::Heading(_)) => self.in_heading = false,
            Event::InlineHtml(html) => match html_tag(html) {
                Some((false, name)) if name.eq_ignore_ascii_case("a") => self.html_link_depth += 1,
                Some((true, name)) if name.eq_ignore_ascii_case("a") => {
                    self.html_link_depth = self.html_link_depth.saturating_sub(1)
                }
                Some((false, name)) if is_raw_text_element(name) => self.raw_text_depth += 1,
                Some((true, name)) if is_raw_text_element(name) => {
                    self.raw_text_depth = self.raw_text_depth.saturating_sub(1)
                }
                _ => {}
            },
            _ => {}
        }
    }

    fn context(&self) -> RunContext {
        RunContext {
            in_heading: self.in_heading,
            in_link: self.link_depth > 0 || self.html_link_depth > 0,
            in_image: self.image_depth > 0,
            section: self.section,
        }
    }
}

impl<'a> Iterator for Segments<'a> {
    type Item = Segment<'a>;

    fn next(&mut self) -> Option<Segment<'a>> {
        let (event, range) = self.next_event()?;
        let joinable = |e: &Event<'_>| matches!(e, Event::Text(_) | Event::SoftBreak);
        if self.raw_text_depth > 0 && joinable(&event) {
            // The content of an inline <script> or <style> is part of the raw HTML: passed on
            // as written (entities undecoded), never searched for names.
            let raw = self.source.get(range).unwrap_or_default();
            return Some(Segment::Event(Event::InlineHtml(raw.into())));
        }
        if self.code_depth > 0 || !joinable(&event) {
            self.track(&event);
            return Some(Segment::Event(event));
        }
        let mut text = String::new();
        let start = range.start;
        let mut end = range.end;
        let mut exact = true;
        let mut pieces = Vec::new();
        let source = self.source;
        let mut push =
            |event: &Event<'_>, range: &Range<usize>, end: &mut usize, text: &mut String| {
                let piece: &str = match event {
                    Event::Text(t) => t,
                    _ => "\n",
                };
                let verbatim = source.get(range.clone()) == Some(piece);
                exact &= (range.start == *end || text.is_empty()) && verbatim;
                pieces.push((text.len(), range.start, verbatim));
                text.push_str(piece);
                *end = range.end;
            };
        push(&event, &range, &mut end, &mut text);
        for (event, range) in self.parser.by_ref() {
            if joinable(&event) {
                push(&event, &range, &mut end, &mut text);
            } else {
                self.pending = Some((event, range));
                break;
            }
        }
        if exact {
            pieces.clear();
        }
        Some(Segment::Run(Run {
            text,
            source: start..end,
            exact,
            pieces,
            context: self.context(),
        }))
    }
}

/// The name of an inline HTML tag and whether it closes (`</a>` → `(true, "a")`); `None` for
/// comments, declarations and self-closing tags.
fn html_tag(html: &str) -> Option<(bool, &str)> {
    let rest = html.trim_start().strip_prefix('<')?;
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let end = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let name = &rest[..end];
    let self_closing = html.trim_end().ends_with("/>");
    (!name.is_empty() && !self_closing).then_some((closing, name))
}

/// Elements whose content is not text a reader sees as prose.
fn is_raw_text_element(name: &str) -> bool {
    ["script", "style", "textarea"]
        .iter()
        .any(|raw| name.eq_ignore_ascii_case(raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(md: &str) -> Vec<Run> {
        runs_of(md)
    }

    #[test]
    fn raw_html_links_mark_their_text_and_scripts_are_not_runs() {
        let r = runs("قال <a href=\"/x\">روسيا</a> و<A HREF=x>إيران</A> ثم <br/> موسكو\n");
        let texts: Vec<(&str, bool)> = r
            .iter()
            .map(|r| (r.text.as_str(), r.context.in_link))
            .collect();
        assert_eq!(
            texts,
            [
                ("قال ", false),
                ("روسيا", true),
                (" و", false),
                ("إيران", true),
                (" ثم ", false),
                (" موسكو", false)
            ]
        );
        let md = "قال <script>var s = \"بوتين\" &amp;&amp; go(1);</script> ثم.\n";
        let texts: Vec<String> = runs(md).into_iter().map(|r| r.text).collect();
        assert_eq!(texts, ["قال ", " ثم."], "no run inside the script");
        let raw: String = Segments::new(md)
            .filter_map(|s| match s {
                Segment::Event(Event::InlineHtml(h)) => Some(h.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(raw, "<script>var s = \"بوتين\" &amp;&amp; go(1);</script>");
    }

    #[test]
    fn joins_text_across_soft_breaks() {
        let r = runs("قال فلاديمير\nبوتين إن روسيا\n");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].text, "قال فلاديمير\nبوتين إن روسيا");
        assert!(r[0].exact);
    }

    #[test]
    fn code_is_not_a_run_and_links_headings_are_marked() {
        let md = "## لقاء موسكو\n\nنص [روسيا](https://x) و`موسكو`\n\n```\nطهران\n```\n";
        let r = runs(md);
        let texts: Vec<&str> = r.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["لقاء موسكو", "نص ", "روسيا", " و"]);
        assert!(r[0].context.in_heading);
        assert_eq!(r[0].context.section, 1);
        assert!(r[2].context.in_link);
        assert!(!r[1].context.in_link);
        assert!(!r[2].context.in_image);
        let r = runs("نص ![خريطة أنقرة](map.png) بعد\n");
        let images: Vec<(&str, bool)> = r
            .iter()
            .map(|r| (r.text.as_str(), r.context.in_image))
            .collect();
        assert_eq!(
            images,
            [("نص ", false), ("خريطة أنقرة", true), (" بعد", false)]
        );
    }

    #[test]
    fn escapes_make_a_run_inexact() {
        let r = runs("بكم \\[إيران\\] لمناقشة");
        assert_eq!(r[0].text, "بكم [إيران] لمناقشة");
        assert!(!r[0].exact);
        let md = "بكم \\[إيران\\] لمناقشة";
        let in_text = r[0].text.find("إيران").unwrap();
        assert_eq!(r[0].source_offset(in_text), md.find("إيران").unwrap());
        let in_text = r[0].text.find("لمناقشة").unwrap();
        assert_eq!(r[0].source_offset(in_text), md.find("لمناقشة").unwrap());
    }
}
