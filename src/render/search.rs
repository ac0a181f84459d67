//! Full-text search, built into `sahifa build` with the `pagefind` crate used as a library
//! (nobody has to install the Pagefind binary). Articles and entity pages are indexed — their
//! `data-pagefind-body` regions — with Pagefind's Arabic stemming, so an entity's other names
//! (بيزشكيان) find its page. The index and Pagefind's UI files go to `pagefind/` in the output.

use std::path::Path;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::error::{Diagnostic, Error, Result};
use crate::write::Output;

/// Folder of the search bundle in the output.
pub const BUNDLE_DIR: &str = "pagefind";

/// Indexes the given pages (output-relative path, HTML) and writes the bundle to `output`.
/// Returns the number of pages indexed.
///
/// Pagefind gets only the primary language subtag (`ar` of `ar-EG`): it names files after the
/// language it is given (so a value like `../../esc` would put them outside the output) and
/// panics on a long one. Without a usable subtag it indexes without language rules (`und`).
pub fn build_index(
    language: &str,
    pages: Vec<(String, Vec<u8>)>,
    output: &dyn Output,
) -> Result<usize> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io(Path::new("search index"), e))?;
    let files = runtime.block_on(async {
        let language = crate::config::primary_language(language).unwrap_or_else(|| "und".into());
        let config = PagefindServiceConfig::builder()
            .force_language(language)
            .build();
        let mut index = PagefindIndex::new(Some(config)).map_err(search_error)?;
        let count = pages.len();
        for (path, html) in pages {
            let html = String::from_utf8(html).unwrap_or_default();
            index
                .add_html_file(Some(path), None, html)
                .await
                .map_err(search_error)?;
        }
        index
            .get_files()
            .await
            .map(|files| (count, files))
            .map_err(search_error)
    })?;
    let (count, files) = files;
    for file in files {
        let rel = format!(
            "{BUNDLE_DIR}/{}",
            file.filename.to_string_lossy().replace('\\', "/")
        );
        output.write(&rel, &file.contents)?;
    }
    Ok(count)
}

fn search_error(e: anyhow::Error) -> Error {
    Error::Content(vec![Diagnostic::new(
        BUNDLE_DIR,
        format!("building the search index failed: {e}"),
    )])
}
