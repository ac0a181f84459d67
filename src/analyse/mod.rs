//! Stage 2 — analyse: find every mention of every registry entity in every article.
//!
//! Runs in parallel over articles with one shared [`Matcher`]. The output is data only
//! (mentions with their positions, excerpts, a plain-text summary); the renderer later
//! replays the same text runs to insert links.

pub mod declared;
pub mod matcher;
/// Normalisation lives in [`crate::text`] (loading counts an alias's letters with it too); the
/// name stays here for the matcher, which is its main user.
pub use crate::text::normalize;
pub mod runs;

use std::collections::HashSet;

use pulldown_cmark::{Event, Tag, TagEnd};
use rayon::prelude::*;

pub use declared::{declared_entities, declared_for, entity_index};
pub use matcher::{Evidence, Matcher, Mention};
use runs::{Segment, Segments};

use crate::error::Diagnostic;
use crate::load::{Article, Content};

/// Words kept on each side of a mention in an excerpt.
const EXCERPT_WORDS: usize = 12;
/// Words in a summary derived from the first paragraph.
const SUMMARY_WORDS: usize = 40;

/// A mention in the body, located in its run and in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyMention {
    /// Index of the text run (see [`runs::Segments`]).
    pub run: usize,
    pub mention: Mention,
    /// Byte offset of the mention in the article file.
    pub file_offset: usize,
    pub in_heading: bool,
}

/// Text shown around a mention on an entity page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Excerpt {
    pub before: String,
    pub matched: String,
    pub after: String,
}

/// What the analysis learned about one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleAnalysis {
    /// Mentions in the title (counted, never linked).
    pub title_mentions: Vec<Mention>,
    /// Mentions in the front matter's `source` (`موقع مصرنا الإخباري`): counted, so the
    /// outlet's page lists the article, and the source is linked when one covers it whole.
    pub source_mentions: Vec<Mention>,
    /// Mentions in the body, in document order.
    pub body_mentions: Vec<BodyMention>,
    /// For each entity mentioned, the excerpt around its first mention in the body.
    pub excerpts: Vec<(usize, Excerpt)>,
    /// Entities referred to only by a demonym adjective here (الروسي), with counts: a weaker
    /// signal shown on entity pages, never a mention.
    pub demonyms: Vec<(usize, u32)>,
    /// Plain-text summary: front matter `summary`, else the start of the first paragraph.
    pub summary: String,
    pub word_count: usize,
}

impl ArticleAnalysis {
    /// Entities mentioned anywhere in the article, with their number of mentions, sorted by id.
    pub fn entity_counts(&self) -> Vec<(usize, u32)> {
        let mut counts: std::collections::BTreeMap<usize, u32> = Default::default();
        let all = self
            .title_mentions
            .iter()
            .chain(&self.source_mentions)
            .chain(self.body_mentions.iter().map(|b| &b.mention));
        for m in all {
            *counts.entry(m.entity).or_default() += 1;
        }
        counts.into_iter().collect()
    }
}

/// Analyses every article in parallel; the result is index-aligned with `articles`.
///
/// `declared[i]` holds the entities article *i*'s front matter says it is about; they count as
/// evidence for ambiguous aliases (an editor's statement), never as mentions.
pub fn analyse_articles(
    articles: &[Article],
    matcher: &Matcher,
    declared: &[HashSet<usize>],
) -> Vec<ArticleAnalysis> {
    let none = HashSet::new();
    articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| analyse_article(a, matcher, declared.get(i).unwrap_or(&none)))
        .collect()
}

/// [`analyse_articles`] of a site whose texts may be released (see
/// [`crate::load::Texts::Released`]): each body is read back where it is not held, so that a
/// large site's are never all in memory at once; with `keep`, each article's [`TextMatches`]
/// too (else none). Every file that cannot be read back is reported.
pub fn analyse_content(
    content: &Content,
    matcher: &Matcher,
    declared: &[HashSet<usize>],
    keep: bool,
) -> Result<(Vec<ArticleAnalysis>, Vec<TextMatches>), Vec<Diagnostic>> {
    let none = HashSet::new();
    let analysed: Vec<Result<(ArticleAnalysis, Option<TextMatches>), Diagnostic>> = content
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            let body = content.article_body(i)?;
            let declared = declared.get(i).unwrap_or(&none);
            Ok(analyse_body_with(
                a,
                &body,
                matcher,
                declared,
                |_| None,
                keep,
            ))
        })
        .collect();
    let analysed = crate::load::all_or_every_error(analysed)?;
    let (analyses, matches): (Vec<ArticleAnalysis>, Vec<Option<TextMatches>>) =
        analysed.into_iter().unzip();
    let matches = if keep {
        matches.into_iter().map(Option::unwrap_or_default).collect()
    } else {
        Vec::new()
    };
    Ok((analyses, matches))
}

/// Finds the mentions, excerpts and summary of one article whose text is held.
pub fn analyse_article(
    article: &Article,
    matcher: &Matcher,
    declared: &HashSet<usize>,
) -> ArticleAnalysis {
    analyse_body(article, article.body(), matcher, declared)
}

/// [`analyse_article`] with the article's Markdown body given: read back from its file when
/// the texts were let go at load ([`crate::load::Content::article_body`]).
pub fn analyse_body(
    article: &Article,
    body: &str,
    matcher: &Matcher,
    declared: &HashSet<usize>,
) -> ArticleAnalysis {
    analyse_body_with(article, body, matcher, declared, |_| None, false).0
}

/// What the matcher finds in each text an analysis searches, before the article-level rules
/// (ambiguity, demonyms): the title's, the source's, then each body run's (see
/// [`runs::Segments`]; a picture's alt text finds nothing). [`Matcher::find`] reads one text
/// alone, so a text's matches hold in another analysis of the same article.
pub type TextMatches = Vec<Vec<Mention>>;

/// [`analyse_body`] where `found(k)` gives the matches of text `k` (numbered as in
/// [`TextMatches`]) when they are known already — found by another matcher that finds the
/// same in that text (see [`matcher::Carried`]) — and `None` for a text to search. With `keep`,
/// the matches of every text are returned too.
pub fn analyse_body_with(
    article: &Article,
    body: &str,
    matcher: &Matcher,
    declared: &HashSet<usize>,
    mut found: impl FnMut(usize) -> Option<Vec<Mention>>,
    keep: bool,
) -> (ArticleAnalysis, Option<TextMatches>) {
    let title = article.meta.title.as_deref().unwrap_or("");
    let body_offset = article.body_range.start;

    let source = article.meta.source.as_deref().unwrap_or("");
    let mut find = |k: usize, text: &str| found(k).unwrap_or_else(|| matcher.find(text));
    let mut all_runs: Vec<Vec<Mention>> = vec![find(0, title), find(1, source)];
    let mut run_info = Vec::new();
    let mut word_count = 0;
    let mut first_paragraph: Option<String> = None;
    let mut paragraph: Option<String> = None;
    for segment in Segments::new(body) {
        match segment {
            Segment::Run(run) => {
                word_count += run.text.split_whitespace().count();
                if let Some(p) = paragraph.as_mut() {
                    p.push_str(&run.text);
                }
                // A picture's alt text names no one (it describes the picture): its run is
                // kept, so run numbers stay those of the renderer, with no mentions.
                all_runs.push(if run.context.in_image {
                    Vec::new()
                } else {
                    find(all_runs.len(), &run.text)
                });
                run_info.push(run);
            }
            Segment::Event(Event::Start(Tag::Paragraph)) if first_paragraph.is_none() => {
                paragraph = Some(String::new())
            }
            Segment::Event(Event::Code(code)) => {
                if let Some(p) = paragraph.as_mut() {
                    p.push_str(&code);
                }
            }
            Segment::Event(Event::End(TagEnd::Paragraph)) => {
                if let Some(p) = paragraph
                    .take()
                    .filter(|p| !p.trim().is_empty() && !is_dateline(p))
                {
                    first_paragraph.get_or_insert(p);
                }
            }
            Segment::Event(_) => {}
        }
    }
    let matches = keep.then(|| all_runs.clone());
    matcher.resolve_ambiguity(&mut all_runs, declared);
    let demonyms = take_demonyms(&mut all_runs);
    let mut runs_iter = all_runs.into_iter();
    let title_mentions = runs_iter.next().unwrap_or_default();
    let source_mentions = runs_iter.next().unwrap_or_default();

    let mut body_mentions = Vec::new();
    let mut excerpts: Vec<(usize, Excerpt)> = Vec::new();
    for (index, (mentions, run)) in runs_iter.zip(&run_info).enumerate() {
        for m in mentions {
            if !excerpts.iter().any(|(e, _)| *e == m.entity) {
                excerpts.push((m.entity, excerpt(&run.text, m.start, m.end)));
            }

            body_mentions.push(BodyMention {
                run: index,
                file_offset: body_offset + run.source_offset(m.start),
                in_heading: run.context.in_heading,
                mention: m,
            });
        }
    }
    excerpts.sort_by_key(|(e, _)| *e);
    // Kept for the whole build, for every article: no spare capacity.
    body_mentions.shrink_to_fit();
    excerpts.shrink_to_fit();
    let summary = match article
        .meta
        .summary
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(s) => s.to_string(),
        None => first_words(first_paragraph.as_deref().unwrap_or(""), SUMMARY_WORDS),
    };
    let analysis = ArticleAnalysis {
        title_mentions,
        source_mentions,
        body_mentions,
        demonyms,
        excerpts,
        summary,
        word_count,
    };
    (analysis, matches)
}

/// Removes demonym matches from the runs and counts them per entity, leaving out entities the
/// article also names (there the name is the stronger signal).
fn take_demonyms(runs: &mut [Vec<Mention>]) -> Vec<(usize, u32)> {
    let mut counts: std::collections::BTreeMap<usize, u32> = Default::default();
    for run in runs.iter_mut() {
        run.retain(|m| {
            let is_demonym = m.evidence == Evidence::Demonym;
            if is_demonym {
                *counts.entry(m.entity).or_default() += 1;
            }
            !is_demonym
        });
    }
    let named: HashSet<usize> = runs.iter().flatten().map(|m| m.entity).collect();
    counts
        .into_iter()
        .filter(|(e, _)| !named.contains(e))
        .collect()
}

/// A dateline or byline alone as a paragraph (غامبيا – سبأنت، الرؤية- مريم البادية): a place or
/// an outlet and a source on either side of a spaced dash, a few words, no sentence's end. It
/// says where the story comes from, not what it says, so the derived summary (the page's
/// description, the feed's) starts after it. A hyphen inside a word (كوفيد-19) is no dash.
fn is_dateline(paragraph: &str) -> bool {
    let text = paragraph.trim();
    let spaced_dash = ['–', '—', '-']
        .iter()
        .any(|d| text.contains(&format!(" {d}")) || text.contains(&format!("{d} ")));
    text.split_whitespace().count() <= 6
        && spaced_dash
        && !text.ends_with(['.', '؟', '?', '!', '،', ':'])
}

/// Up to `n` words of `text`, with an ellipsis when cut.
fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        out.push('…');
    }
    out
}

/// The words around `text[start..end]`.
fn excerpt(text: &str, start: usize, end: usize) -> Excerpt {
    let before: Vec<&str> = text[..start].split_whitespace().collect();
    let after: Vec<&str> = text[end..].split_whitespace().collect();
    let mut b = before[before.len().saturating_sub(EXCERPT_WORDS)..].join(" ");
    if before.len() > EXCERPT_WORDS {
        b.insert(0, '…');
    }
    let mut a = after[..after.len().min(EXCERPT_WORDS)].join(" ");
    if after.len() > EXCERPT_WORDS {
        a.push('…');
    }
    let space_before = text[..start].ends_with(char::is_whitespace) && !b.is_empty();
    let space_after = text[end..].starts_with(char::is_whitespace) && !a.is_empty();
    let mut before = if space_before { format!("{b} ") } else { b };
    let mut after = if space_after { format!(" {a}") } else { a };
    // Kept for the whole build, one per entity per article (~800,000 at 100,000 articles):
    // the room `…` and the spaces grew them by is given back.
    before.shrink_to_fit();
    after.shrink_to_fit();
    Excerpt {
        before,
        matched: text[start..end].to_string(),
        after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_keeps_words_around_the_mention() {
        let text = "قال الرئيس الروسي فلاديمير بوتين إن العلاقات جيدة";
        let s = text.find("فلاديمير").unwrap();
        let e = text.find(" إن").unwrap();
        let x = excerpt(text, s, e);
        assert_eq!(x.before, "قال الرئيس الروسي ");
        assert_eq!(x.matched, "فلاديمير بوتين");
        assert_eq!(x.after, " إن العلاقات جيدة");
    }

    /// Every body mention of every article is kept for the whole build (7.2 million at
    /// 100,000 articles): each byte here is ~7 MB of a build's peak memory there.
    #[test]
    fn a_body_mention_stays_small() {
        assert!(std::mem::size_of::<BodyMention>() <= 96);
    }

    #[test]
    fn an_excerpt_holds_no_spare_room() {
        let text = "قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع الصين جيدة جدا وإن البلدين \
                    يعملان معا في كل المجالات الاقتصادية والسياسية والعسكرية منذ سنوات طويلة";
        let s = text.find("فلاديمير").unwrap();
        let x = excerpt(text, s, s + "فلاديمير بوتين".len());
        assert!(x.after.ends_with('…'), "{}", x.after);
        assert_eq!(x.after.capacity(), x.after.len());
        assert_eq!(x.before.capacity(), x.before.len());
    }

    #[test]
    fn a_dateline_is_no_summary() {
        for line in [
            "غامبيا – سبأنت",
            "الرؤية- مريم البادية",
            "القاهرة - «الخليج»",
        ] {
            assert!(is_dateline(line), "{line}");
        }
        for line in [
            "كوفيد-19 ينتشر",
            "قال الوزير – في مؤتمر صحفي – إن الأسعار سترتفع هذا الشهر بنسبة كبيرة.",
            "الرياض - الوزارة تعلن.",
            "ارتفعت الأسعار اليوم",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }

    #[test]
    fn summary_cuts_on_words() {
        assert_eq!(first_words("أ ب ج د", 2), "أ ب…");
        assert_eq!(first_words("أ ب", 5), "أ ب");
        assert_eq!(first_words("", 5), "");
    }
}
