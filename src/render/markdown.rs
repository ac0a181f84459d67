//! Markdown bodies to HTML, with entity links inserted into the text.
//!
//! The body is walked with the same [`Segments`] as in the analysis, so the mentions found
//! there land on the same text runs. Links are only ever written into text runs, never into
//! code, existing links, image alt text or raw HTML, and (unless configured) not into headings.

use std::cell::RefCell;
use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event};

pub use super::bidi::escape_text;
use super::bidi::{LinkSpan, write_linked};
use super::context::ImageContext;
use crate::analyse::BodyMention;
use crate::analyse::runs::{Run, Segment, Segments};
use crate::config::LinkPolicy;
use crate::text::escape::escape_html;

/// Where entity links point and how they are chosen.
pub struct LinkSettings<'a> {
    pub policy: LinkPolicy,
    pub in_headings: bool,
    pub unsafe_html: bool,
    /// Per entity: (URL, type key for `data-type`).
    pub targets: &'a [(String, &'static str)],
    /// The site's path (`/repo/`): a root-relative link or image the author wrote
    /// (`/about/`, `/images/map.png`) is taken inside it, as the page's own links are.
    pub base_path: &'a str,
    /// The body's pictures made from files of the site, by the path the Markdown writes
    /// (see [`crate::load::body_images`]): written as a lead image is, in its sizes.
    pub pictures: &'a [(String, ImageContext)],
    /// Where to note the body's links into the site (as rendered, base path included), so the
    /// build can say which of them point to nothing without parsing the body again.
    pub site_links: Option<&'a RefCell<Vec<String>>>,
}

/// Renders `markdown` to HTML, linking the given mentions (sorted by run, then position).
pub fn render_body(
    markdown: &str,
    mentions: &[BodyMention],
    settings: &LinkSettings<'_>,
) -> String {
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    let mut linker = Linker {
        settings,
        mentions,
        next: 0,
        linked: HashSet::new(),
        section: 0,
    };
    let mut run_index = 0;
    let mut guard = Guard {
        base_path: settings.base_path,
        pictures: settings.pictures,
        site_links: settings.site_links,
        ..Guard::default()
    };
    let events = Segments::new(markdown).filter_map(|segment| match segment {
        Segment::Run(run) => {
            let index = run_index;
            run_index += 1;
            if guard.image_depth > 0 {
                // Alt text: pulldown-cmark escapes it itself; plain text, no links.
                linker.skip_run(index);
                if guard.alt_text(&run.text) {
                    return None;
                }
                return Some(Event::Text(CowStr::from(run.text)));
            }
            Some(Event::InlineHtml(CowStr::from(
                linker.run_html(index, &run),
            )))
        }
        Segment::Event(event) => guard.check(event, settings.unsafe_html),
    });
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Keeps author Markdown from producing active content: `javascript:`/`vbscript:`/`data:`
/// link targets become `#`, heading attributes (`{onclick=…}`) are dropped unless raw HTML is
/// allowed, and a link nested in a link (pulldown-cmark lets `[<https://a>](https://b)` through)
/// loses its inner tags.
#[derive(Default)]
struct Guard<'a> {
    /// For each open link: whether its tags were kept.
    links: Vec<bool>,
    image_depth: u32,
    base_path: &'a str,
    pictures: &'a [(String, ImageContext)],
    /// The picture being written (its index in `pictures`) and its alt text so far.
    picture: Option<(usize, String)>,
    site_links: Option<&'a RefCell<Vec<String>>>,
}

impl Guard<'_> {
    /// Text inside an image: kept for the alt of the picture being written (`true`), else
    /// left to pulldown-cmark.
    fn alt_text(&mut self, text: &str) -> bool {
        match &mut self.picture {
            Some((_, alt)) => {
                alt.push_str(text);
                true
            }
            None => false,
        }
    }

    fn check<'e>(&mut self, event: Event<'e>, unsafe_html: bool) -> Option<Event<'e>> {
        use pulldown_cmark::{Tag, TagEnd};
        if self.picture.is_some() {
            return self.inside_picture(event);
        }
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let keep = self.links.is_empty() && self.image_depth == 0;
                self.links.push(keep);
                let dest_url = if is_script_url(&dest_url, false) {
                    CowStr::from("#")
                } else {
                    under_base_path(dest_url, self.base_path)
                };
                if let Some(found) = self.site_links.filter(|_| is_into_the_site(&dest_url)) {
                    found.borrow_mut().push(dest_url.to_string());
                }
                keep.then_some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Link) => self
                .links
                .pop()
                .unwrap_or(true)
                .then_some(Event::End(TagEnd::Link)),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                self.image_depth += 1;
                if let Some(i) = self
                    .pictures
                    .iter()
                    .position(|(w, _)| *w == *dest_url.trim())
                {
                    self.picture = Some((i, String::new()));
                    return None;
                }
                let dest_url = if is_script_url(&dest_url, true) {
                    CowStr::from("")
                } else {
                    under_base_path(dest_url, self.base_path)
                };
                // `/images/x.jpg` names a file of `static/`, which only the output shows: checked
                // with the body's links (a relative path is checked when the article loads).
                let root_relative = dest_url.starts_with('/') && !dest_url.starts_with("//");
                if let Some(found) = self.site_links.filter(|_| root_relative) {
                    found.borrow_mut().push(dest_url.to_string());
                }
                Some(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Image) => {
                self.image_depth = self.image_depth.saturating_sub(1);
                Some(Event::End(TagEnd::Image))
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) if !unsafe_html => {
                let _ = attrs;
                Some(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs: Vec::new(),
                }))
            }
            other => raw_html_policy(other, unsafe_html),
        }
    }
}

impl Guard<'_> {
    /// An event inside a picture's alt text: text is kept for `alt`, markup dropped (as
    /// pulldown-cmark does for an image), and the image's end writes the picture.
    fn inside_picture<'e>(&mut self, event: Event<'e>) -> Option<Event<'e>> {
        use pulldown_cmark::{Tag, TagEnd};
        match event {
            Event::Text(t) | Event::Code(t) => {
                self.alt_text(&t);
            }
            Event::SoftBreak | Event::HardBreak => {
                self.alt_text(" ");
            }
            Event::Start(Tag::Image { .. }) => self.image_depth += 1,
            Event::End(TagEnd::Image) => {
                self.image_depth = self.image_depth.saturating_sub(1);
                if self.image_depth == 0 {
                    let (i, alt) = self.picture.take()?;
                    let html = picture_html(&self.pictures[i].1, alt.trim());
                    return Some(Event::InlineHtml(CowStr::from(html)));
                }
            }
            _ => {}
        }
        None
    }
}

/// A body picture, as the theme's `ui.picture` writes a lead image: WebP first when there is a
/// WebP copy, the width of the article column, loaded when scrolled near.
fn picture_html(image: &ImageContext, alt: &str) -> String {
    const SIZES: &str = "(min-width: 60em) 50rem, 100vw";
    let escaped = |text: &str| {
        let mut out = String::with_capacity(text.len());
        escape_html(text, &mut out);
        out
    };
    let webp = if image.webp_srcset.is_empty() {
        String::new()
    } else {
        format!(
            "<source type=\"image/webp\" srcset=\"{}\" sizes=\"{SIZES}\">",
            escaped(&image.webp_srcset)
        )
    };
    format!(
        "<picture>{webp}<img src=\"{}\" srcset=\"{}\" sizes=\"{SIZES}\" width=\"{}\" \
         height=\"{}\" alt=\"{}\" loading=\"lazy\" decoding=\"async\"></picture>",
        escaped(&image.src),
        escaped(&image.srcset),
        image.width,
        image.height,
        escaped(alt)
    )
}

/// A root-relative URL (`/about/`) inside the site's path (`/repo/about/`): authors write
/// links as the site's own root sees them, and on GitHub Pages the site lives under
/// `/repo/`. A URL already under the path, a protocol-relative one (`//host/…`) and every
/// other kind are left as written.
fn under_base_path<'e>(url: CowStr<'e>, base_path: &str) -> CowStr<'e> {
    let root_relative = url.starts_with('/') && !url.starts_with("//");
    let inside = url.starts_with(base_path) || *url == *base_path.trim_end_matches('/');
    if !root_relative || base_path.len() <= 1 || inside {
        return url;
    }
    CowStr::from(format!("{}{url}", base_path.trim_end_matches('/')))
}

/// Whether a link's target is a page or file of the site (root-relative or relative), not
/// another site, an address scheme (`mailto:`) or a place on the same page (`#notes`).
fn is_into_the_site(url: &str) -> bool {
    !(url.is_empty()
        || url.starts_with(['#', '?'])
        || url.starts_with("//")
        || crate::check::names_a_scheme(url))
}

/// Whether a URL would run script: its scheme (ignoring case, whitespace and control
/// characters, as browsers do) is `javascript`, `vbscript` or `data` (`data:image/…` is
/// allowed for images).
fn is_script_url(url: &str, image: bool) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let Some(colon) = cleaned.find(':') else {
        return false;
    };
    if cleaned[..colon].contains(['/', '?', '#']) {
        return false;
    }
    match &cleaned[..colon] {
        "javascript" | "vbscript" => true,
        "data" => !(image && cleaned[colon + 1..].starts_with("image/")),
        _ => false,
    }
}

/// Raw HTML in a body is passed through only when the site allows it. Otherwise it is shown as
/// text, except comments (such as `<!--more-->`), which are dropped.
fn raw_html_policy(event: Event<'_>, unsafe_html: bool) -> Option<Event<'_>> {
    match event {
        Event::Html(h) | Event::InlineHtml(h) if !unsafe_html => {
            if h.trim_start().starts_with("<!--") {
                None
            } else {
                Some(Event::Text(h))
            }
        }
        other => Some(other),
    }
}

struct Linker<'a> {
    settings: &'a LinkSettings<'a>,
    mentions: &'a [BodyMention],
    next: usize,
    linked: HashSet<usize>,
    section: u32,
}

impl Linker<'_> {
    /// Passes over the mentions of a run that gets no links (image alt text).
    fn skip_run(&mut self, index: usize) {
        while self.mentions.get(self.next).is_some_and(|m| m.run == index) {
            self.next += 1;
        }
    }

    fn run_html(&mut self, index: usize, run: &Run) -> String {
        if self.settings.policy == LinkPolicy::FirstPerSection
            && run.context.section != self.section
        {
            self.section = run.context.section;
            self.linked.clear();
        }
        let linkable =
            !run.context.in_link && (self.settings.in_headings || !run.context.in_heading);
        let mut links = Vec::new();
        let mut pos = 0;
        while let Some(bm) = self.mentions.get(self.next).filter(|m| m.run == index) {
            self.next += 1;
            let m = &bm.mention;
            let in_bounds = run.text.get(m.start..m.end).is_some();
            if !in_bounds || !linkable || m.start < pos || !self.should_link(m.entity) {
                continue;
            }
            links.push(LinkSpan {
                range: linked_span(&run.text, m),
                target: &self.settings.targets[m.entity],
            });
            pos = m.end;
        }
        let mut out = String::with_capacity(run.text.len() + 64);
        write_linked(&run.text, &links, &mut out);
        out
    }

    fn should_link(&mut self, entity: usize) -> bool {
        match self.settings.policy {
            LinkPolicy::All => true,
            LinkPolicy::First | LinkPolicy::FirstPerSection => self.linked.insert(entity),
        }
    }
}

/// The part of a mention a link covers: the name, without the clitic before it (ب|الرياض،
/// و|روسيا), so the link reads as the entity's name. A name whose alef the clitic elided (ل +
/// لمجلس for «للمجلس») keeps the whole word: its rest alone is no name.
fn linked_span(text: &str, m: &crate::analyse::Mention) -> std::ops::Range<usize> {
    let clitic = text.get(m.start..m.name_start).unwrap_or("");
    let name = text.get(m.name_start..m.end).unwrap_or("");
    let elided = clitic.ends_with('ل') && name.starts_with('ل');
    if clitic.is_empty() || elided || name.is_empty() {
        m.start..m.end
    } else {
        m.name_start..m.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::{Evidence, Mention};

    fn mention(run: usize, text: &str, word: &str, entity: usize) -> BodyMention {
        let start = text.find(word).unwrap();
        BodyMention {
            run,
            mention: Mention {
                entity,
                candidates: Vec::new(),
                start,
                name_start: start,
                end: start + word.len(),
                pattern: 0,
                evidence: Evidence::Unambiguous,
                dateline: false,
            },
            file_offset: 0,
            in_heading: false,
        }
    }

    fn targets() -> Vec<(String, &'static str)> {
        vec![
            ("/r/entities/russia/".into(), "place"),
            ("/r/entities/putin/".into(), "person"),
        ]
    }

    fn settings<'a>(targets: &'a [(String, &'static str)], policy: LinkPolicy) -> LinkSettings<'a> {
        LinkSettings {
            policy,
            in_headings: false,
            unsafe_html: false,
            targets,
            base_path: "/",
            pictures: &[],
            site_links: None,
        }
    }

    /// An author's root-relative link or image (`/about/`) is taken inside the site's path
    /// on GitHub Pages (`/repo/about/`); other URLs, and one already under the path, stay.
    #[test]
    fn root_relative_links_and_images_are_taken_under_the_base_path() {
        let md = "[من نحن](/about/) ![خريطة](/img/map.png) [هنا](/repo/x/) [خارج](https://a.example/b) \
                  [نسبي](../x/) [بروتوكول](//cdn.example/x) [مرساة](#h)";
        let mut settings = settings(&[], LinkPolicy::First);
        settings.base_path = "/repo/";
        let html = render_body(md, &[], &settings);
        for want in [
            "href=\"/repo/about/\"",
            "src=\"/repo/img/map.png\"",
            "href=\"/repo/x/\"",
            "href=\"https://a.example/b\"",
            "href=\"../x/\"",
            "href=\"//cdn.example/x\"",
            "href=\"#h\"",
        ] {
            assert!(html.contains(want), "{want} in {html}");
        }
        settings.base_path = "/";
        assert!(render_body(md, &[], &settings).contains("href=\"/about/\""));
    }

    /// The clitic stays outside the link (ب|الرياض), but an elided alef keeps the whole word.
    #[test]
    fn a_link_leaves_the_clitic_outside() {
        let md = "وصل بالرياض ثم للمجلس";
        let mut ms = vec![mention(0, md, "بالرياض", 0), mention(0, md, "للمجلس", 0)];
        ms[0].mention.name_start = ms[0].mention.start + "ب".len();
        ms[1].mention.name_start = ms[1].mention.start + "ل".len();
        let t = targets();
        let html = render_body(md, &ms, &settings(&t, LinkPolicy::All));
        assert!(html.contains("وصل ب<a "), "{html}");
        assert!(html.contains(">الرياض</a>"), "{html}");
        assert!(html.contains(">للمجلس</a>"), "{html}");
    }

    #[test]
    fn links_first_mention_only_by_default() {
        let md = "وروسيا ثم روسيا";
        let ms = [mention(0, md, "وروسيا", 0), mention(0, md, "روسيا", 0)];
        // the second "روسيا" is at the end
        let mut ms = ms.to_vec();
        ms[1].mention.start = md.rfind("روسيا").unwrap();
        ms[1].mention.end = md.len();
        let t = targets();
        let html = render_body(md, &ms, &settings(&t, LinkPolicy::First));
        assert_eq!(
            html,
            "<p><a class=\"entity-link\" data-type=\"place\" href=\"/r/entities/russia/\">وروسيا</a> ثم روسيا</p>\n"
        );
        let html = render_body(md, &ms, &settings(&t, LinkPolicy::All));
        assert_eq!(html.matches("<a ").count(), 2);
    }

    #[test]
    fn never_links_in_headings_links_or_code() {
        let md = "## روسيا\n\n[روسيا](https://x.org) `روسيا`\n\nروسيا\n";
        // Runs: heading, link text, " ", last paragraph.
        let ms: Vec<BodyMention> = [0, 1, 3]
            .iter()
            .map(|&i| mention(i, "روسيا", "روسيا", 0))
            .collect();
        let t = targets();
        let html = render_body(md, &ms, &settings(&t, LinkPolicy::All));
        assert_eq!(html.matches("entity-link").count(), 1, "{html}");
        assert!(html.contains("<p><a class=\"entity-link\""), "{html}");
        assert!(html.contains("<code>روسيا</code>"));
    }

    #[test]
    fn raw_html_is_escaped_unless_allowed_and_comments_dropped() {
        let md = "نص <script>alert(1)</script>\n\n<!--more-->\n\nتتمة\n";
        let t = targets();
        let html = render_body(md, &[], &settings(&t, LinkPolicy::First));
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("more"));
        let mut s = settings(&t, LinkPolicy::First);
        s.unsafe_html = true;
        assert!(render_body(md, &[], &s).contains("<script>"));
    }

    #[test]
    fn latin_runs_are_isolated() {
        let mut out = String::new();
        escape_text("وكالة IRNA، ثم AFP.", &mut out);
        assert_eq!(out, "وكالة <bdi>IRNA</bdi>، ثم <bdi>AFP</bdi>.");
        out.clear();
        escape_text("عام 2018 <b>", &mut out);
        assert_eq!(out, "عام 2018 &lt;<bdi>b</bdi>&gt;");
    }

    #[test]
    fn links_into_the_site_are_noted_as_rendered_and_others_are_not() {
        let noted = RefCell::new(Vec::new());
        let mut settings = settings(&[], LinkPolicy::First);
        settings.base_path = "/repo/";
        settings.site_links = Some(&noted);
        let md = "[أ](/about/) [ب](../x/) [ج](https://example.org/) [د](#notes) [هـ](mailto:a@b.c) [و](javascript:alert(1)) ![ز](/map.png) ![ح](map.png)";
        render_body(md, &[], &settings);
        // A root-relative picture is a file of static/ only the output shows; a relative one
        // is checked when the article loads.
        assert_eq!(
            noted.into_inner(),
            ["/repo/about/", "../x/", "/repo/map.png"]
        );
    }
}
