//! Article texts let go after analysis and read back one at a time for rendering.
//!
//! Why: a 100,000-article archive is ~800 MB of Markdown. Analysis keeps only offsets into each
//! text, so holding every text until its page is rendered doubled a build's memory for no
//! gain: a one-shot build drops them and re-reads each file (usually from the page cache) when
//! its page is rendered. A fingerprint taken at load time proves the file read back is the one
//! analysed; an edit in between is an error, never a page with links in the wrong places.
//! `serve` keeps the texts: it re-renders pages after every edit.

use std::borrow::Cow;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{Article, Content, read_text};
use crate::error::Diagnostic;

/// What is needed to read released texts back.
#[derive(Debug)]
pub struct Released {
    root: PathBuf,
    /// Per article: the fingerprint of the text that was analysed.
    fingerprints: Vec<Fingerprint>,
}

/// Length and 64-bit hash of a text: enough to tell an edited file (not an adversary).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint(usize, u64);

impl Fingerprint {
    fn of(text: &str) -> Self {
        let mut hasher = rustc_hash::FxHasher::default();
        hasher.write(text.as_bytes());
        Fingerprint(text.len(), hasher.finish())
    }
}

impl Content {
    /// Runs `last_use` on every article (in parallel, with its index), dropping each text as
    /// soon as its article is done; [`Content::article_body`] reads it back, from `root` (the
    /// site root the article paths are relative to). Done this way, not after the whole pass,
    /// the texts and what is computed from them (the analyses) never all coexist, which is
    /// what keeps a 100,000-article build under 2 GiB.
    pub fn release_article_texts_after<T: Send>(
        &mut self,
        root: &Path,
        last_use: impl Fn(usize, &Article) -> T + Sync,
    ) -> Vec<T> {
        let (results, fingerprints) = self
            .articles
            .par_iter_mut()
            .enumerate()
            .map(|(i, article)| {
                let result = last_use(i, article);
                let fingerprint = Fingerprint::of(&article.text);
                article.text = String::new();
                (result, fingerprint)
            })
            .unzip();
        self.released = Some(Released {
            root: root.to_path_buf(),
            fingerprints,
        });
        results
    }

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

    /// Whether [`Content::release_article_texts_after`] has run: `Article::text` is then empty.
    pub fn texts_released(&self) -> bool {
        self.released.is_some()
    }

    /// The Markdown body of article `i`: borrowed while the texts are held, read back from
    /// its file (and checked against what was analysed) once they are released.
    pub fn article_body(&self, i: usize) -> Result<Cow<'_, str>, Diagnostic> {
        let article = &self.articles[i];
        let Some(released) = &self.released else {
            return Ok(Cow::Borrowed(article.body()));
        };
        let changed = || {
            Diagnostic::new(
                &article.path,
                "the file changed while the site was being built",
            )
            .with_help("build again once the file is saved")
        };
        let mut text = read_text(&released.root, &article.path)
            .map_err(|errors| errors.into_iter().next().unwrap_or_else(changed))?;
        let range = &article.body_range;
        let same = Fingerprint::of(&text) == released.fingerprints[i]
            && text.is_char_boundary(range.start)
            && text.is_char_boundary(range.end);
        if !same {
            return Err(changed());
        }
        text.truncate(range.end);
        text.drain(..range.start);
        Ok(Cow::Owned(text))
    }
}

#[cfg(test)]
mod tests {
    use crate::load::load_content;
    use crate::load::slug::SlugStrategy;

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

    #[test]
    fn a_released_body_reads_back_the_same() {
        let dir = site_with("وصل الرئيس إلى دمشق.\n");
        let mut content = load_content(dir.path(), false, SlugStrategy::FileName).unwrap();
        let held = content.article_body(0).unwrap().into_owned();
        content.release_article_texts_after(dir.path(), |_, _| ());
        assert!(content.texts_released());
        assert!(content.articles[0].text.is_empty());
        assert_eq!(content.article_body(0).unwrap(), held);
        assert_eq!(held, "وصل الرئيس إلى دمشق.\n");
    }

    /// The fingerprint is the same whether the text is held or released, and changes with it.
    #[test]
    fn the_fingerprint_does_not_depend_on_release() {
        let dir = site_with("وصل الرئيس إلى دمشق.\n");
        let mut content = load_content(dir.path(), false, SlugStrategy::FileName).unwrap();
        let held = content.text_fingerprint(0);
        content.release_article_texts_after(dir.path(), |_, _| ());
        assert_eq!(content.text_fingerprint(0), held);
        let other = site_with("وصل الرئيس إلى بيروت.\n");
        let other = load_content(other.path(), false, SlugStrategy::FileName).unwrap();
        assert_ne!(other.text_fingerprint(0), held);
    }

    #[test]
    fn a_file_edited_after_analysis_is_an_error_not_a_wrong_page() {
        let dir = site_with("وصل الرئيس إلى دمشق.\n");
        let mut content = load_content(dir.path(), false, SlugStrategy::FileName).unwrap();
        content.release_article_texts_after(dir.path(), |_, _| ());
        let file = dir.path().join("content/articles/a.md");
        std::fs::write(&file, "---\ntitle: «خبر»\n---\nوصل الرئيس إلى بيروت.\n").unwrap();
        let error = content.article_body(0).unwrap_err();
        assert!(error.message.contains("changed"), "{error:?}");
        std::fs::remove_file(&file).unwrap();
        let error = content.article_body(0).unwrap_err();
        assert!(error.message.contains("cannot read"), "{error:?}");
    }
}
