//! The site's articles as the candidate finder reads them: each article's body as text runs,
//! and the words of each run — held for the whole site when it is small, made again a round
//! of articles at a time when it is large.
//!
//! The finder reads the site several times (the vocabulary, the rules, the recurrence of the
//! names the rules want, the count), and each pass needs the one before it over the whole
//! site. Holding every word costs about 32 bytes a word: 0.6 GiB at 10,000 articles, 5 GiB
//! more than the build without discovery at 100,000 (docs/benchmarks.md), more than a
//! GitHub runner has. Past [`SMALL_SITE_UP_TO`] bytes of text the words are therefore made
//! again for each pass and dropped after each round, which costs a tokenisation per pass but
//! bounds the memory; below it nothing is made twice. Either way every pass sees the same
//! words in the same order, so the candidates are the same (a test builds both).

use rayon::prelude::*;

use super::tokens::{MentionSpan, Words, tokenize};
use crate::analyse::ArticleAnalysis;
use crate::analyse::runs::{Run, Segment, Segments};
use crate::load::{Article, Entity};

/// Bytes of Markdown bodies up to which a site is small: every article's words are held for
/// all the passes (about 16,000 articles of 8 KB, ~0.5 GiB of words), and discovery's first
/// analysis keeps its matches for the second ([`crate::discovery::FirstPass`]).
const SMALL_SITE_UP_TO: usize = 128 << 20;

/// Whether `articles` (their bodies held) make a large site, one whose words discovery makes
/// again for each pass rather than hold (see the module's comment).
pub fn is_large_site(articles: &[Article]) -> bool {
    body_bytes(articles) > SMALL_SITE_UP_TO
}

fn body_bytes(articles: &[Article]) -> usize {
    articles.iter().map(|a| a.body().len()).sum()
}

/// Articles tokenised at a time when the words are not held: enough for both cores to
/// share, few enough that a round's words are a few megabytes.
const ROUND: usize = 512;

/// One article's body, as runs of words.
pub(super) struct Doc<'a> {
    pub article: &'a Article,
    pub runs: Vec<Run>,
    /// The registry mentions of each run, which the words record (see [`tokenize`]).
    mentions: Vec<Vec<MentionSpan>>,
    /// The words of each run: empty between the rounds of a large site (see [`Docs`]).
    pub words: Vec<Words>,
    /// Lines and columns of the file, made for the first example shown (see
    /// [`super::examples`]).
    lines: std::sync::OnceLock<crate::text::LineIndex<'a>>,
}

impl<'a> Doc<'a> {
    fn new(article: &'a Article, analysis: &ArticleAnalysis, entities: &[Entity]) -> Self {
        let runs: Vec<Run> = Segments::new(article.body())
            .filter_map(|s| match s {
                Segment::Run(r) => Some(r),
                Segment::Event(_) => None,
            })
            .collect();
        let mut mentions: Vec<Vec<MentionSpan>> = vec![Vec::new(); runs.len()];
        for b in &analysis.body_mentions {
            let kind = entities.get(b.mention.entity).map(|e| e.kind);
            if let (Some(list), Some(kind)) = (mentions.get_mut(b.run), kind) {
                list.push((b.mention.start..b.mention.end, kind));
            }
        }
        Doc {
            article,
            runs,
            mentions,
            words: Vec::new(),
            lines: std::sync::OnceLock::new(),
        }
    }

    fn read_words(&mut self) {
        self.words = self
            .runs
            .iter()
            .zip(&self.mentions)
            .map(|(r, m)| tokenize(&r.text, m))
            .collect();
    }

    fn forget_words(&mut self) {
        self.words = Vec::new();
    }

    /// Line and column in the file of a byte offset of the file's text.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        self.lines
            .get_or_init(|| crate::text::LineIndex::new(&self.article.text))
            .line_col(byte)
    }
}

/// The site's articles, each with its runs, and their words for a pass ([`Docs::in_rounds`]).
pub(super) struct Docs<'a> {
    docs: Vec<Doc<'a>>,
    /// The words are held for every pass (a small site), made in [`Docs::with_limit`].
    held: bool,
    /// Articles per round when they are not.
    round: usize,
}

impl<'a> Docs<'a> {
    pub fn new(articles: &'a [Article], analyses: &[ArticleAnalysis], entities: &[Entity]) -> Self {
        Self::with_limit(articles, analyses, entities, SMALL_SITE_UP_TO, ROUND)
    }

    /// [`Docs::new`] with the limit of a small site's text and the round's size as given (tests read a
    /// small site both ways).
    pub fn with_limit(
        articles: &'a [Article],
        analyses: &[ArticleAnalysis],
        entities: &[Entity],
        keep_up_to: usize,
        round: usize,
    ) -> Self {
        let mut docs: Vec<Doc> = articles
            .par_iter()
            .zip(analyses)
            .map(|(article, analysis)| Doc::new(article, analysis, entities))
            .collect();
        let keep = body_bytes(articles) <= keep_up_to;
        if keep {
            docs.par_iter_mut().for_each(Doc::read_words);
        }
        let round = if keep {
            docs.len().max(1)
        } else {
            round.max(1)
        };
        Docs {
            docs,
            held: keep,
            round,
        }
    }

    fn held(&self) -> bool {
        self.held
    }

    /// Calls `pass` on each round of articles, in site order, with their words; the first
    /// argument is the index of the round's first article in the site.
    pub fn in_rounds(&mut self, mut pass: impl FnMut(usize, &[Doc<'a>])) {
        let held = self.held();
        for (k, round) in self.docs.chunks_mut(self.round).enumerate() {
            if !held {
                round.par_iter_mut().for_each(Doc::read_words);
            }
            pass(k * self.round, round);
            if !held {
                round.par_iter_mut().for_each(Doc::forget_words);
            }
        }
    }

    /// The articles with their runs; their words only when the site's are held.
    pub fn all(&self) -> &[Doc<'a>] {
        &self.docs
    }

    /// The words of every run, when the site's are held (tests that change them).
    #[cfg(test)]
    pub fn held_words_mut(&mut self) -> impl Iterator<Item = &mut Words> {
        self.docs.iter_mut().flat_map(|d| &mut d.words)
    }

    /// Each article's runs' text, for [`super::introduced_candidates_in`].
    pub fn into_run_texts(self) -> Vec<Vec<String>> {
        self.docs
            .into_par_iter()
            .map(|doc| doc.runs.into_iter().map(|run| run.text).collect())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Scope, candidates_of};
    use super::*;
    use crate::{BuildOptions, analyse_site};

    /// The evaluation's real articles (tests/eval), with the gazetteer alone (discovery off:
    /// the candidates are the test's), and made-up ones whose
    /// names recur across articles, so that a round boundary falls between a name's sightings.
    fn site() -> (tempfile::TempDir, crate::AnalysedSite) {
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path();
        let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for (from, to) in [("tests/eval", "content/articles")] {
            std::fs::create_dir_all(root.join(to)).expect("folder");
            for entry in std::fs::read_dir(here.join(from)).expect("texts") {
                let path = entry.expect("entry").path();
                let name = path.file_name().expect("name");
                if path.extension().is_some_and(|e| e == "md") && name != "SOURCES.md" {
                    std::fs::copy(&path, root.join(to).join(name)).expect("copy");
                }
            }
        }
        let bodies = [
            "قال وزير المالية خالد بن سعيد العتيبي إن «صندوق التنمية الوطني» (صتو) سيموّل المشروع.",
            "وأكد العتيبي أن صندوق التنمية الوطني بدأ العمل، فيما قالت رئيسة الدائرة هبة زعيتر إن الخطة جاهزة.",
            "واستقبل الرئيس عبد المجيد تبون السفيرة د. آمنة المكي، ثم التقى مدرب ريال مدريد كارلو أنشيلوتي.",
            "وقال تبون إن شركة غازبروم وقعت مع وزارة الطاقة والمناجم اتفاقاً في مدينة البتراء.",
        ];
        for (i, body) in bodies.iter().enumerate() {
            let text = format!("---\ntitle: خبر\nslug: made-{i}\n---\n\n{body}\n");
            std::fs::write(root.join(format!("content/articles/made-{i}.md")), text)
                .expect("article");
        }
        std::fs::write(
            root.join("config.yaml"),
            "title: t\nbase_url: https://example.org/\ndiscovery: off\n",
        )
        .expect("config");
        let options = BuildOptions {
            root: root.to_path_buf(),
            ..Default::default()
        };
        let site = analyse_site(&options).expect("site");
        (dir, site)
    }

    #[test]
    fn a_site_read_in_rounds_gives_the_candidates_of_one_held_whole() {
        let (_dir, site) = site();
        let (articles, analyses) = (&site.content.articles, &site.analyses);
        let entities = &site.content.entities;
        for scope in [Scope::All, Scope::Introduced] {
            let mut held = Docs::new(articles, analyses, entities);
            assert!(held.held());
            let whole = candidates_of(&mut held, entities, scope);
            assert!(whole.len() > 10, "{whole:?}");
            // A round as large as the site, too: its words are still made for each pass.
            for round in [1, 2, 3, articles.len()] {
                let mut rounds = Docs::with_limit(articles, analyses, entities, 0, round);
                assert!(!rounds.held());
                assert!(rounds.all().iter().all(|d| d.words.is_empty()));
                let read = candidates_of(&mut rounds, entities, scope);
                assert_eq!(read, whole, "{scope:?}, rounds of {round}");
            }
        }
    }
}
