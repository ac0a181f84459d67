//! Article bodies let go as soon as each file is loaded, and read back for each stage that
//! needs them (analysis, discovery, rendering, the search records).
//!
//! Why: a 100,000-article archive is ~800 MB of Markdown. Holding every text from load until
//! its analysis made the text the largest part of a build's peak memory (1.75 GiB at 100,000
//! articles, of which ~0.8 GB the files), for no gain: each stage reads one article at a time.
//! A one-shot build keeps only each article's front matter (small, and what load's and the
//! front-matter warnings' positions are found in) and re-reads the file, usually from the
//! page cache, where its body is needed. A fingerprint taken at load time proves the file read
//! back is the one loaded; an edit in between is an error naming the file, never a page
//! analysed from one version of the file and linked in another. `serve` keeps the texts: it
//! re-renders pages after every edit.

use std::borrow::Cow;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{Article, Content, read_text};
use crate::error::Diagnostic;

/// Whether loading keeps each article's whole file in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    /// Kept whole: `Article::text` is the file (commands that report positions in bodies,
    /// and `serve`).
    Held,
    /// Only the front matter is kept; bodies are read back ([`Content::article_body`]).
    Released,
}

/// What is needed to read released texts back.
#[derive(Debug)]
pub struct Released {
    root: PathBuf,
    /// Per article: the fingerprint of the text that was loaded.
    fingerprints: Vec<Fingerprint>,
}

impl Released {
    pub(super) fn new(root: &Path) -> Self {
        Released {
            root: root.to_path_buf(),
            fingerprints: Vec::new(),
        }
    }

    /// Records the fingerprint of the next article kept.
    pub(super) fn push(&mut self, fingerprint: Fingerprint) {
        self.fingerprints.push(fingerprint);
    }
}

/// Length and 64-bit hash of a text: enough to tell an edited file (not an adversary).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Fingerprint(usize, u64);

impl Fingerprint {
    fn of(text: &str) -> Self {
        let mut hasher = rustc_hash::FxHasher::default();
        hasher.write(text.as_bytes());
        Fingerprint(text.len(), hasher.finish())
    }
}

/// Drops the body of a loaded article, keeping its front matter (everything before
/// `body_range`), and returns the fingerprint of the whole file.
pub(super) fn keep_front_matter(article: &mut Article) -> Fingerprint {
    let fingerprint = Fingerprint::of(&article.text);
    article.text = front_matter(article).to_string();
    fingerprint
}

/// The part of the held text before the body (all of it once the body is dropped).
fn front_matter(article: &Article) -> &str {
    let end = article.body_range.start.min(article.text.len());
    article.text.get(..end).unwrap_or_default()
}

impl Content {
    /// The length and 64-bit hash of article `i`'s file as it was loaded, held or released:
    /// what a build cache can know an unchanged article by without reading its file again
    /// (the same check [`Content::article_body`] trusts to tell an edited file).
    pub fn text_fingerprint(&self, i: usize) -> [u8; 16] {
        let Fingerprint(len, hash) = match &self.released {
            Some(released) => released.fingerprints[i],
            None => Fingerprint::of(&self.articles[i].text),
        };
        let mut bytes = [0; 16];
        bytes[..8].copy_from_slice(&(len as u64).to_le_bytes());
        bytes[8..].copy_from_slice(&hash.to_le_bytes());
        bytes
    }

    /// Whether the article bodies were let go at load ([`Texts::Released`]): `Article::text`
    /// is then only the front matter.
    pub fn texts_released(&self) -> bool {
        self.released.is_some()
    }

    /// The whole file of article `i` (front matter and body): borrowed while the texts are
    /// held, read back from its file (and checked against what was loaded) once they are
    /// released.
    pub fn article_text(&self, i: usize) -> Result<Cow<'_, str>, Diagnostic> {
        let article = &self.articles[i];
        match &self.released {
            None => Ok(Cow::Borrowed(&article.text)),
            Some(released) => read_back(released, article, i).map(Cow::Owned),
        }
    }

    /// The Markdown body of article `i`: borrowed while the texts are held, read back from
    /// its file (and checked against what was loaded) once they are released.
    pub fn article_body(&self, i: usize) -> Result<Cow<'_, str>, Diagnostic> {
        let article = &self.articles[i];
        let Some(released) = &self.released else {
            return Ok(Cow::Borrowed(article.body()));
        };
        let mut text = read_back(released, article, i)?;
        let range = &article.body_range;
        text.truncate(range.end);
        text.drain(..range.start);
        Ok(Cow::Owned(text))
    }

    /// Runs `stage` with every article's whole text held again (read back in parallel and
    /// checked), then lets the bodies go again: for a stage that reads every body together,
    /// such as discovery's first pass. Every file that cannot be read back, or changed since
    /// it was loaded, is reported, and `stage` does not run.
    pub fn with_texts_read_back<T>(
        &mut self,
        stage: impl FnOnce(&Content) -> T,
    ) -> Result<T, Vec<Diagnostic>> {
        let Some(released) = self.released.take() else {
            return Ok(stage(self));
        };
        let texts: Vec<Result<String, Diagnostic>> = self
            .articles
            .par_iter()
            .enumerate()
            .map(|(i, article)| read_back(&released, article, i))
            .collect();
        let texts = match all_or_every_error(texts) {
            Ok(texts) => texts,
            Err(errors) => {
                self.released = Some(released);
                return Err(errors);
            }
        };
        for (article, text) in self.articles.iter_mut().zip(texts) {
            article.text = text;
        }
        let out = stage(self);
        self.articles.par_iter_mut().for_each(|article| {
            article.text = front_matter(article).to_string();
        });
        self.released = Some(released);
        Ok(out)
    }
}

/// Article `i`'s whole file read back, if it is the file that was loaded.
fn read_back(released: &Released, article: &Article, i: usize) -> Result<String, Diagnostic> {
    let changed = || {
        Diagnostic::new(
            &article.path,
            "the file changed while the site was being built",
        )
        .with_help("build again once the file is saved")
    };
    let text = read_text(&released.root, &article.path)
        .map_err(|errors| errors.into_iter().next().unwrap_or_else(changed))?;
    let range = &article.body_range;
    let same = released.fingerprints.get(i) == Some(&Fingerprint::of(&text))
        && text.is_char_boundary(range.start)
        && text.is_char_boundary(range.end);
    if same { Ok(text) } else { Err(changed()) }
}

/// Every value, or every error (in order) if there is one.
pub fn all_or_every_error<T>(
    results: Vec<Result<T, Diagnostic>>,
) -> Result<Vec<T>, Vec<Diagnostic>> {
    let mut values = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(values)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::Texts;
    use crate::load::slug::SlugStrategy;
    use crate::load::{load_content, load_content_with};

    fn site_with(body: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("content/articles");
        std::fs::create_dir_all(&articles).unwrap();
        std::fs::write(
            articles.join("a.md"),
            format!("\u{feff}---\ntitle: «خبر»\n---\n{body}"),
        )
        .unwrap();
        dir
    }

    fn released(dir: &tempfile::TempDir) -> crate::load::Content {
        load_content_with(dir.path(), false, SlugStrategy::FileName, Texts::Released).unwrap()
    }

    /// Loading lets each body go at once (the build's peak memory at 100,000 articles was
    /// the bodies held from load to analysis) and keeps the front matter, where load's and
    /// the front-matter warnings' positions are found.
    #[test]
    fn a_released_load_keeps_only_the_front_matter_and_reads_the_body_back() {
        let dir = site_with("وصل الرئيس إلى دمشق.\n");
        let held = load_content(dir.path(), false, SlugStrategy::FileName).unwrap();
        let content = released(&dir);
        assert!(content.texts_released() && !held.texts_released());
        assert_eq!(content.articles[0].text, "---\ntitle: «خبر»\n---\n");
        assert_eq!(content.articles[0].body(), "");
        assert_eq!(
            content.article_body(0).unwrap(),
            held.article_body(0).unwrap()
        );
        assert_eq!(content.article_body(0).unwrap(), "وصل الرئيس إلى دمشق.\n");
    }

    /// A draft left out does not shift the fingerprints: each article is checked against its
    /// own file.
    #[test]
    fn drafts_left_out_keep_the_fingerprints_in_step() {
        let dir = site_with("وصل الرئيس إلى دمشق.\n");
        std::fs::write(
            dir.path().join("content/articles/0-draft.md"),
            "---\ntitle: مسودة\ndraft: true\n---\nنص لم ينشر بعد.\n",
        )
        .unwrap();
        let content = released(&dir);
        assert_eq!(content.articles.len(), 1);
        assert_eq!(content.article_body(0).unwrap(), "وصل الرئيس إلى دمشق.\n");
    }

    /// The fingerprint is the same whether the text is held or released, and changes with it.
    #[test]
    fn the_fingerprint_does_not_depend_on_release() {
        let dir = site_with("وصل الرئيس إلى دمشق.\n");
        let held = load_content(dir.path(), false, SlugStrategy::FileName).unwrap();
        assert_eq!(released(&dir).text_fingerprint(0), held.text_fingerprint(0));
        let other = site_with("وصل الرئيس إلى بيروت.\n");
        assert_ne!(
            released(&other).text_fingerprint(0),
            held.text_fingerprint(0)
        );
    }

    #[test]
    fn a_file_edited_after_load_is_an_error_not_a_wrong_page() {
        let dir = site_with("وصل الرئيس إلى دمشق.\n");
        let content = released(&dir);
        let file = dir.path().join("content/articles/a.md");
        std::fs::write(&file, "---\ntitle: «خبر»\n---\nوصل الرئيس إلى بيروت.\n").unwrap();
        let error = content.article_body(0).unwrap_err();
        assert!(error.message.contains("changed"), "{error:?}");
        assert_eq!(error.path, std::path::Path::new("content/articles/a.md"));
        std::fs::remove_file(&file).unwrap();
        let error = content.article_body(0).unwrap_err();
        assert!(error.message.contains("cannot read"), "{error:?}");
    }

    /// A stage that reads every body together (discovery) gets the whole texts, which are let
    /// go again after it; an edited file stops it before it runs.
    #[test]
    fn texts_read_back_for_a_stage_are_whole_then_released_again() {
        let dir = site_with("وصل الرئيس إلى دمشق.\n");
        let mut content = released(&dir);
        let body = content
            .with_texts_read_back(|c| c.articles[0].body().to_string())
            .unwrap();
        assert_eq!(body, "وصل الرئيس إلى دمشق.\n");
        assert_eq!(content.articles[0].text, "---\ntitle: «خبر»\n---\n");
        assert!(content.texts_released());

        let file = dir.path().join("content/articles/a.md");
        std::fs::write(&file, "---\ntitle: «خبر»\n---\nوصل الرئيس إلى بيروت.\n").unwrap();
        let mut ran = false;
        let errors = content.with_texts_read_back(|_| ran = true).unwrap_err();
        assert!(!ran);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("changed"), "{errors:?}");
        assert!(content.texts_released());
    }
}
