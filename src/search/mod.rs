//! Full-text search, built into `sahifa build`: a stage of its own after render that turns
//! the site's [`Record`]s (articles and entity pages as plain text, made from the Markdown)
//! into a Pagefind bundle in `pagefind/` — Pagefind 1.6's file format and browser code, with
//! its Arabic stemming, so an entity's other names (بيزشكيان) find its page.
//!
//! Why Sahifa writes the format itself instead of calling Pagefind's indexer: Pagefind works
//! one page at a time under one lock and holds every page until the end (5–6 × the rest of
//! the build, 3.5 GiB at 10,000 articles; docs/benchmarks.md). Here pages are digested in
//! parallel ([`tokens`], [`page`]), in rounds whose fragments are written as soon as they are
//! named, so only the index itself ([`index`]) stays in memory; and each page's share is
//! kept in a build cache ([`cache`]), so a rebuild digests only the pages that changed.
//! Pagefind itself provides the browser files ([`files`]).

mod cache;
mod cbor;
mod files;
mod index;
mod json;
mod packed;
mod page;
mod records;
mod tokens;
mod words;

use std::collections::HashSet;
use std::path::Path;

use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Result};
use crate::render::{Page, SiteView};
use crate::write::Output;

pub use cache::CACHE_DIR;
pub use records::{Record, site_records};

/// Folder of the search bundle in the output.
pub const BUNDLE_DIR: &str = "pagefind";

/// Pages digested (or taken from the cache) at a time: enough to keep every core busy,
/// few enough that a round's fragments are a small part of the memory.
const ROUND: usize = 1024;

/// What the search stage did, for `--timings` and the tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SearchStats {
    /// Pages in the index.
    pub pages: usize,
    /// Pages tokenised, stemmed and compressed in this build.
    pub digested: usize,
    /// Pages whose share came whole from the cache.
    pub cached: usize,
}

/// Writes the search bundle of every searchable page into `output` (`pagefind/…`), using
/// and refreshing the cache under `root`. Every page whose record cannot be made is reported
/// (nothing more is written after the first).
///
/// The language is the primary subtag of the site's (`ar` of `ar-EG`): files are named after
/// it, so a value like `../../esc` must never reach a path; without a usable subtag the index
/// has no language rules (`und`).
pub fn publish_index(view: &SiteView<'_>, root: &Path, output: &dyn Output) -> Result<SearchStats> {
    let language =
        crate::config::primary_language(&view.config.language).unwrap_or_else(|| "und".into());
    let rules = tokens::Language::new(&language);
    let cache = cache::Cache::open(root, &language);
    let mut index = index::Index::new(&language);
    let mut stats = SearchStats::default();
    let mut written: HashSet<String> = HashSet::new();
    let mut used = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    for round in records::searchable_pages(view).chunks(ROUND) {
        let shares: Vec<std::result::Result<Share<'_>, Diagnostic>> = round
            .par_iter()
            .map(|(url, page)| share(view, url, *page, &rules, &cache))
            .collect();
        let mut fragments = Vec::new();
        for share in shares {
            match share {
                Err(d) => problems.push(d),
                Ok(_) if !problems.is_empty() => {}
                Ok(share) => {
                    if share.cached {
                        stats.cached += 1;
                    } else {
                        stats.digested += 1;
                    }
                    let Some(page) = share.page else { continue };
                    used.push(share.key);
                    if let Some(name) = index.add(&page) {
                        fragments.push((
                            format!("{BUNDLE_DIR}/fragment/{name}.pf_fragment"),
                            page.fragment,
                        ));
                    }
                }
            }
        }
        fragments
            .par_iter()
            .try_for_each(|(path, bytes)| output.write_hashed(path, bytes))?;
        written.extend(fragments.into_iter().map(|(path, _)| path));
    }
    if !problems.is_empty() {
        return Err(Error::Content(problems));
    }
    stats.pages = index.page_count();
    let finished = index.finish(&|hash| cache.file(hash));
    written.extend(finish(&finished, &language, output)?);
    output.prune_folder(BUNDLE_DIR, &written)?;
    let files: Vec<(&str, &[u8])> = finished
        .files
        .iter()
        .map(|f| (f.hash.as_str(), &f.bytes[..]))
        .collect();
    cache.save(&used, &files);
    Ok(stats)
}

/// One page's share of the bundle, from the cache or made now.
struct Share<'a> {
    key: cache::Key,
    /// `None` for a page without a word.
    page: Option<page::IndexedPage<'a>>,
    cached: bool,
}

/// An article found in the cache by its file ([`cache::Cache::article_key`]) is taken as it
/// is, without making its record; any other page's record is made and looked up by its hash.
fn share<'c>(
    view: &SiteView<'_>,
    url: &str,
    page: Page,
    language: &tokens::Language,
    cache: &'c cache::Cache,
) -> std::result::Result<Share<'c>, Diagnostic> {
    let file_key = match page {
        Page::Article(i) => Some(cache::Cache::article_key(
            url,
            view.content.text_fingerprint(i),
        )),
        _ => None,
    };
    if let Some(page) = file_key.as_ref().and_then(|key| cache.get(key)) {
        return Ok(Share {
            key: file_key.unwrap_or_default(),
            page: Some(page),
            cached: true,
        });
    }
    let record = records::page_record(view, url, page)?;
    let key = file_key.unwrap_or_else(|| cache::Cache::key(&record));
    if file_key.is_none()
        && let Some(page) = cache.get(&key)
    {
        return Ok(Share {
            key,
            page: Some(page),
            cached: true,
        });
    }
    let page = page::index_page(&record, language);
    if let Some(page) = &page {
        cache.put(&key, page);
    }
    Ok(Share {
        key,
        page,
        cached: false,
    })
}

/// Writes the word index, the metadata, the entry file and Pagefind's browser files; returns
/// their paths. A site without a searchable word gets an entry without a language (as
/// Pagefind writes it) and no stemmer.
fn finish(finished: &index::Finished, language: &str, output: &dyn Output) -> Result<Vec<String>> {
    let assets = files::browser_assets(language)?;
    let wasm = format!("wasm.{language}.pagefind");
    let has_pages = finished.page_count > 0;
    let entry = files::entry_json(
        language,
        &finished.meta_hash,
        has_pages && assets.iter().any(|(name, _)| *name == wasm),
        finished.page_count,
        has_pages,
    );
    let index_files = if has_pages { &finished.files[..] } else { &[] };
    let hashed: Vec<(String, &[u8])> = index_files
        .iter()
        .map(|f| (format!("{BUNDLE_DIR}/{}", f.path), &f.bytes[..]))
        .collect();
    hashed
        .par_iter()
        .try_for_each(|(path, bytes)| output.write_hashed(path, bytes))?;
    let mut all: Vec<(String, &[u8])> = Vec::new();
    for (name, bytes) in assets.iter() {
        if has_pages || *name != wasm {
            all.push((format!("{BUNDLE_DIR}/{name}"), bytes));
        }
    }
    all.push((
        format!("{BUNDLE_DIR}/pagefind-entry.json"),
        entry.as_bytes(),
    ));
    all.par_iter()
        .try_for_each(|(path, bytes)| output.write(path, bytes))?;
    Ok(all
        .into_iter()
        .chain(hashed)
        .map(|(path, _)| path)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::MemoryOutput;

    /// Whatever the language setting says, the bundle stays in `pagefind/`: files are named
    /// after a 2–3 letter subtag only.
    #[test]
    fn the_language_never_becomes_a_path() {
        for (language, subtag) in [
            ("../../../../esc", "und"),
            ("ar-EG-u-ca-islamic-umalqura-nu-arab", "ar"),
            ("arabic-language-of-the-egyptian-press-and-more", "und"),
        ] {
            assert_eq!(
                crate::config::primary_language(language).unwrap_or_else(|| "und".into()),
                subtag
            );
        }
        let output = MemoryOutput::default();
        let finished = index::Index::new("und").finish(&|_| None);
        let paths = finish(&finished, "und", &output).unwrap();
        assert!(
            paths
                .iter()
                .all(|p| p.starts_with("pagefind/") && !p.contains(".."))
        );
    }
}
