//! The site's articles as the candidate finder reads them: each article's body as text runs,
//! and the words of each run — held for the whole site when it is small, made again a round
//! of articles at a time when it is large.
//!
//! The finder reads the site several times (the vocabulary, the rules, the recurrence of the
//! names the rules want, the count, the examples), and each pass needs the one before it over
//! the whole site. Holding every word costs about 32 bytes a word: 0.6 GiB at 10,000 articles,
//! 5 GiB more than the build without discovery at 100,000 (docs/benchmarks.md), more than a
//! GitHub runner has; the runs' text is as large as the bodies again. Past
//! [`SMALL_SITE_UP_TO`] bytes of text the runs and words are therefore made again for each
//! pass and dropped after each round, which costs a Markdown parse and a tokenisation per pass
//! but bounds the memory; below it nothing is made twice. Either way every pass sees the same
//! words in the same order, so the candidates are the same (a test builds both).

use std::borrow::Cow;

use rayon::prelude::*;

use super::tokens::{MentionSpan, Words, tokenize};
use crate::analyse::ArticleAnalysis;
use crate::analyse::runs::{Run, run_texts, runs_of};
use crate::error::Diagnostic;
use crate::load::{Article, Content, Entity};
use crate::text::LineIndex;

/// Bytes of Markdown bodies up to which a site is small: every article's runs and words are
/// held for all the passes (about 16,000 articles of 8 KB, ~0.5 GiB of words), and discovery's
/// first analysis keeps its matches for the second ([`crate::discovery::FirstPass`]).
const SMALL_SITE_UP_TO: usize = 128 << 20;

/// Whether `articles` (their bodies held or released) make a large site, one whose runs and words
/// discovery makes again for each pass rather than hold (see the module's comment).
pub fn is_large_site(articles: &[Article]) -> bool {
    body_bytes(articles) > small_site_up_to()
}

/// [`SMALL_SITE_UP_TO`]; a test may lower it on its own thread, so that a small site of real
/// articles takes the large site's path from load to pages.
fn small_site_up_to() -> usize {
    #[cfg(test)]
    if let Some(limit) = tests::LIMIT.with(std::cell::Cell::get) {
        return limit;
    }
    SMALL_SITE_UP_TO
}

/// The bytes of the bodies, held or released (see [`crate::load::Texts`]).
fn body_bytes(articles: &[Article]) -> usize {
    articles.iter().map(|a| a.body_range.len()).sum()
}

/// Articles read at a time when the words are not held: enough for both cores to share, few
/// enough that a round's words are a few megabytes.
const ROUND: usize = 512;

/// One article's body, as runs of words.
pub(super) struct Doc<'a> {
    /// Its index in the site.
    index: usize,
    pub article: &'a Article,
    /// Its first analysis, whose registry mentions the words record (see [`tokenize`]).
    analysis: &'a ArticleAnalysis,
    /// The article's whole file: borrowed from the site while its texts are held, read back
    /// for each round of a large site whose build released them (see
    /// [`crate::load::Texts::Released`]); empty between the rounds.
    text: Cow<'a, str>,
    /// The body's runs: empty between the rounds of a large site (see [`Docs`]).
    pub runs: Vec<Run>,
    /// The words of each run: empty between the rounds of a large site.
    pub words: Vec<Words>,
    /// Lines and columns of `text`, made for the first example shown (see
    /// [`super::examples`]).
    lines: std::sync::OnceLock<LineIndex>,
}

impl<'a> Doc<'a> {
    fn new(index: usize, article: &'a Article, analysis: &'a ArticleAnalysis) -> Self {
        Doc {
            index,
            article,
            analysis,
            text: Cow::Borrowed(""),
            runs: Vec::new(),
            words: Vec::new(),
            lines: std::sync::OnceLock::new(),
        }
    }

    /// The Markdown body, while the article is read.
    pub fn body(&self) -> &str {
        self.text
            .get(self.article.body_range.clone())
            .unwrap_or_default()
    }

    /// Reads the article's file, and its runs. A file that cannot be read back (changed or
    /// gone since the site was loaded) is read as empty, and why is put in `errors`: discovery
    /// then fails with it, rather than find names in a site with an article missing.
    fn read_runs(&mut self, content: &'a Content, errors: &ReadErrors) {
        if self.text.is_empty() {
            self.text = match content.article_text(self.index) {
                Ok(text) => text,
                Err(error) => {
                    errors.add(self.index, error);
                    Cow::Borrowed("")
                }
            };
        }
        if self.runs.is_empty() {
            self.runs = runs_of(self.body());
        }
    }

    fn read_words(&mut self, content: &'a Content, errors: &ReadErrors) {
        self.read_runs(content, errors);
        let entities = &content.entities;
        let mentions = self.mentions(entities);
        self.words = self
            .runs
            .iter()
            .zip(&mentions)
            .map(|(r, m)| tokenize(&r.text, m))
            .collect();
    }

    /// The registry mentions of each run, with their kinds.
    fn mentions(&self, entities: &[Entity]) -> Vec<Vec<MentionSpan>> {
        let mut mentions: Vec<Vec<MentionSpan>> = vec![Vec::new(); self.runs.len()];
        for b in &self.analysis.body_mentions {
            let kind = entities.get(b.mention.entity).map(|e| e.kind);
            if let (Some(list), Some(kind)) = (mentions.get_mut(b.run), kind) {
                list.push((b.mention.start..b.mention.end, kind));
            }
        }
        mentions
    }

    fn forget(&mut self) {
        self.text = Cow::Borrowed("");
        self.runs = Vec::new();
        self.words = Vec::new();
        self.lines = std::sync::OnceLock::new();
    }

    /// Line and column in the file of a byte offset of the file's text.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        self.lines
            .get_or_init(|| LineIndex::new(&self.text))
            .line_col(&self.text, byte)
    }
}

/// What a pass reads of each article.
#[derive(Clone, Copy)]
enum Reading {
    Runs,
    Words,
}

/// The site's articles, with their runs and words for a pass ([`Docs::in_rounds`]).
pub(super) struct Docs<'a> {
    docs: Vec<Doc<'a>>,
    content: &'a Content,
    /// The runs and words are held for every pass (a small site), made in
    /// [`Docs::with_limit`].
    held: bool,
    /// Articles per round when they are not.
    round: usize,
    errors: ReadErrors,
}

/// The files a pass could not read back, by article (see [`Doc::read_runs`]).
#[derive(Default)]
struct ReadErrors(std::sync::Mutex<Vec<(usize, Diagnostic)>>);

impl ReadErrors {
    fn add(&self, article: usize, error: Diagnostic) {
        if let Ok(mut errors) = self.0.lock() {
            errors.push((article, error));
        }
    }

    /// One error per article, in site order.
    fn into_sorted(self) -> Vec<Diagnostic> {
        let mut errors = self.0.into_inner().unwrap_or_default();
        errors.sort_by_key(|(article, _)| *article);
        errors.dedup_by_key(|(article, _)| *article);
        errors.into_iter().map(|(_, error)| error).collect()
    }
}

impl<'a> Docs<'a> {
    /// The articles of `content`, with `analyses` (index-aligned) and the mentions they
    /// record pointing into its entities.
    pub fn new(content: &'a Content, analyses: &'a [ArticleAnalysis]) -> Self {
        Self::with_limit(content, analyses, small_site_up_to(), ROUND)
    }

    /// [`Docs::new`] with the limit of a small site's text and the round's size as given (tests read a
    /// small site both ways).
    pub fn with_limit(
        content: &'a Content,
        analyses: &'a [ArticleAnalysis],
        keep_up_to: usize,
        round: usize,
    ) -> Self {
        let articles = &content.articles;
        let mut docs: Vec<Doc> = articles
            .iter()
            .zip(analyses)
            .enumerate()
            .map(|(i, (article, analysis))| Doc::new(i, article, analysis))
            .collect();
        let held = body_bytes(articles) <= keep_up_to;
        let errors = ReadErrors::default();
        if held {
            docs.par_iter_mut()
                .for_each(|d| d.read_words(content, &errors));
        }
        let round = if held {
            docs.len().max(1)
        } else {
            round.max(1)
        };
        Docs {
            docs,
            content,
            held,
            round,
            errors,
        }
    }

    #[cfg(test)]
    fn held(&self) -> bool {
        self.held
    }

    /// Calls `pass` on each round of articles, in site order, with their runs and words; the
    /// first argument is the index of the round's first article in the site.
    pub fn in_rounds(&mut self, pass: impl FnMut(usize, &[Doc<'a>])) {
        self.rounds(Reading::Words, pass);
    }

    /// [`Docs::in_rounds`] with the runs alone (their words may be empty).
    pub fn runs_in_rounds(&mut self, pass: impl FnMut(usize, &[Doc<'a>])) {
        self.rounds(Reading::Runs, pass);
    }

    fn rounds(&mut self, reading: Reading, mut pass: impl FnMut(usize, &[Doc<'a>])) {
        let (held, content, errors) = (self.held, self.content, &self.errors);
        for (k, round) in self.docs.chunks_mut(self.round).enumerate() {
            if !held {
                round.par_iter_mut().for_each(|d| match reading {
                    Reading::Runs => d.read_runs(content, errors),
                    Reading::Words => d.read_words(content, errors),
                });
            }
            pass(k * self.round, round);
            if !held {
                round.par_iter_mut().for_each(Doc::forget);
            }
        }
    }

    /// The articles; their runs and words only when the site's are held.
    #[cfg(test)]
    pub fn all(&self) -> &[Doc<'a>] {
        &self.docs
    }

    /// The words of every run, when the site's are held (tests that change them).
    #[cfg(test)]
    pub fn held_words_mut(&mut self) -> impl Iterator<Item = &mut Words> {
        self.docs.iter_mut().flat_map(|d| &mut d.words)
    }

    /// Each article's runs' text, for [`super::introduced_candidates_in`]: held when the
    /// site's were, made again article by article when not. Every file a pass could not read
    /// back instead, if there was one.
    pub fn into_body_runs(self) -> Result<BodyRuns, Vec<Diagnostic>> {
        let errors = self.errors.into_sorted();
        if !errors.is_empty() {
            return Err(errors);
        }
        if !self.held {
            return Ok(BodyRuns::MadeAgain);
        }
        Ok(BodyRuns::Held(
            self.docs
                .into_par_iter()
                .map(|doc| doc.runs.into_iter().map(|run| run.text).collect())
                .collect(),
        ))
    }
}

/// Each article's body as the text of its runs ([`runs_of`]), for what discovery checks after
/// the candidates (the acronyms of known bodies, the texts a discovered name touches): held
/// from the candidate finder on a small site, parsed again from the article on a large one,
/// which holds no runs (see the module's comment).
#[derive(Debug, Default)]
pub enum BodyRuns {
    Held(Vec<Vec<String>>),
    #[default]
    MadeAgain,
}

impl BodyRuns {
    /// The run texts of article `i`, whose body `body` gives when they are not held (or not
    /// for it); its error when it cannot (a released text that cannot be read back).
    pub fn of<B: AsRef<str>, E>(
        &self,
        i: usize,
        body: impl FnOnce() -> Result<B, E>,
    ) -> Result<Cow<'_, [String]>, E> {
        if let BodyRuns::Held(runs) = self
            && let Some(runs) = runs.get(i)
        {
            return Ok(Cow::Borrowed(runs.as_slice()));
        }
        Ok(Cow::Owned(run_texts(body()?.as_ref())))
    }

    /// Whether the runs are for `n` articles.
    pub fn fit(&self, n: usize) -> bool {
        match self {
            BodyRuns::Held(runs) => runs.len() == n,
            BodyRuns::MadeAgain => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Scope, candidates_of};
    use super::*;
    use crate::{BuildOptions, analyse_site};

    thread_local! {
        /// The limit of a small site on this test's thread, when it is not [`SMALL_SITE_UP_TO`].
        pub(super) static LIMIT: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
    }

    /// The evaluation's real articles (tests/eval), with the gazetteer alone (discovery off:
    /// the candidates are the test's), and made-up ones whose
    /// names recur across articles, so that a round boundary falls between a name's sightings.
    fn site() -> (tempfile::TempDir, crate::AnalysedSite) {
        let dir = site_folder("off");
        let options = BuildOptions {
            root: dir.path().to_path_buf(),
            ..Default::default()
        };
        let site = analyse_site(&options).expect("site");
        (dir, site)
    }

    fn site_folder(discovery: &str) -> tempfile::TempDir {
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
            "وحذرت منظمة الصحة العالمية (OMS) من انتشار المرض في مدينة البتراء.",
        ];
        for (i, body) in bodies.iter().enumerate() {
            let text = format!("---\ntitle: خبر\nslug: made-{i}\n---\n\n{body}\n");
            std::fs::write(root.join(format!("content/articles/made-{i}.md")), text)
                .expect("article");
        }
        std::fs::write(
            root.join("config.yaml"),
            format!("title: t\nbase_url: https://example.org/\ndiscovery: {discovery}\n"),
        )
        .expect("config");
        dir
    }

    /// The whole analysis with discovery on, as `build` makes it (texts released after load
    /// and read back for discovery) and as the other commands do (texts held), is the same
    /// when the site takes the large site's path: there the first pass holds no runs, and
    /// which articles a discovered name touches is read from the bodies read back.
    #[test]
    fn a_site_analysed_as_a_large_one_links_the_same() {
        let dir = site_folder("auto");
        let options = BuildOptions {
            root: dir.path().to_path_buf(),
            ..Default::default()
        };
        for release in [true, false] {
            let analyse = |limit: Option<usize>| {
                LIMIT.with(|l| l.set(limit));
                let config = crate::load_config(&options).expect("config");
                let site = crate::analyse_site_with(&options, config, release).expect("site");
                LIMIT.with(|l| l.set(None));
                site
            };
            let small = analyse(None);
            let large = analyse(Some(0));
            let discovered = |site: &crate::AnalysedSite| {
                site.content
                    .entities
                    .iter()
                    .filter(|e| e.origin == crate::load::Origin::Discovered)
                    .count()
            };
            assert!(discovered(&small) > 10, "{}", discovered(&small));
            let oms = |site: &crate::AnalysedSite| {
                site.content
                    .entities
                    .iter()
                    .any(|e| e.meta.aliases.iter().any(|a| a == "OMS"))
            };
            assert!(oms(&small), "a known body's acronym read in its body");
            assert_eq!(small.content.entities, large.content.entities);
            assert_eq!(small.analyses, large.analyses, "texts released: {release}");
        }
    }

    /// A large site's file gone between the load and a round of the finder is an error naming
    /// it, not an article left out of the candidates.
    #[test]
    fn a_file_gone_before_its_round_is_an_error() {
        let dir = site_folder("off");
        let root = dir.path();
        let content = crate::load::load_content_with(
            root,
            false,
            Default::default(),
            crate::load::Texts::Released,
        )
        .expect("content");
        let matcher = crate::analyse::Matcher::build(&content.entities).expect("matcher");
        let declared = vec![Default::default(); content.articles.len()];
        let (analyses, _) =
            crate::analyse::analyse_content(&content, &matcher, &declared, false).expect("read");
        let gone = content.articles[2].path.clone();
        std::fs::remove_file(root.join(&gone)).expect("remove");
        let mut docs = Docs::with_limit(&content, &analyses, 0, 2);
        candidates_of(&mut docs, &content.entities, Scope::Introduced);
        let errors = docs.into_body_runs().expect_err("a file is gone");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].to_string().contains(&gone.display().to_string()),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn a_site_read_in_rounds_gives_the_candidates_of_one_held_whole() {
        let (_dir, site) = site();
        let (articles, analyses) = (&site.content.articles, &site.analyses);
        let entities = &site.content.entities;
        for scope in [Scope::All, Scope::Introduced] {
            let mut held = Docs::new(&site.content, analyses);
            assert!(held.held());
            let whole = candidates_of(&mut held, entities, scope);
            assert!(whole.len() > 10, "{whole:?}");
            let held_runs = held.into_body_runs().expect("nothing read back");
            assert!(matches!(held_runs, BodyRuns::Held(_)));
            // A round as large as the site, too: its words are still made for each pass.
            for round in [1, 2, 3, articles.len()] {
                let mut rounds = Docs::with_limit(&site.content, analyses, 0, round);
                assert!(!rounds.held());
                let empty = |docs: &Docs| {
                    docs.all()
                        .iter()
                        .all(|d| d.words.is_empty() && d.runs.is_empty())
                };
                assert!(empty(&rounds));
                let read = candidates_of(&mut rounds, entities, scope);
                assert_eq!(read, whole, "{scope:?}, rounds of {round}");
                assert!(empty(&rounds), "nothing is held after the passes");
                let made = rounds.into_body_runs().expect("nothing read back");
                for (i, article) in articles.iter().enumerate() {
                    let body = || Ok::<_, ()>(article.body());
                    assert_eq!(made.of(i, body), held_runs.of(i, || Err::<&str, ()>(())));
                }
            }
        }
    }
}
