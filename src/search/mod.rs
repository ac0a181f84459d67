//! Full-text search, built into `sahifa build` with the `pagefind` crate used as a library
//! (nobody has to install the Pagefind binary). A stage of its own after render: it turns the
//! site's [`Record`]s (articles and entity pages as plain text, made from the Markdown) into the
//! files of the search bundle, with Pagefind's Arabic stemming, so an entity's other names
//! (بيزشكيان) find its page. The index and Pagefind's UI files go to `pagefind/` in the output.

mod records;

use std::collections::BTreeMap;
use std::path::Path;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::error::{Diagnostic, Error, Result};

pub use records::{Record, site_records};

/// Folder of the search bundle in the output.
pub const BUNDLE_DIR: &str = "pagefind";

/// Indexes the given records (in this order) and returns the bundle's files, with paths
/// relative to the output (`pagefind/…`).
///
/// Pagefind gets only the primary language subtag (`ar` of `ar-EG`): it names files after the
/// language it is given (so a value like `../../esc` would put them outside the output) and
/// panics on a long one. Without a usable subtag it indexes without language rules (`und`).
pub fn build_index(language: &str, records: Vec<Record>) -> Result<Vec<(String, Vec<u8>)>> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io(Path::new("search index"), e))?;
    let files = runtime.block_on(async {
        let language = crate::config::primary_language(language).unwrap_or_else(|| "und".into());
        let config = PagefindServiceConfig::builder()
            .force_language(language.clone())
            .build();
        let mut index = PagefindIndex::new(Some(config)).map_err(search_error)?;
        for record in records {
            let meta = BTreeMap::from([("title".to_string(), record.title)]);
            index
                .add_custom_record(
                    record.url,
                    record.content,
                    language.clone(),
                    Some(meta),
                    None,
                    None,
                )
                .await
                .map_err(search_error)?;
        }
        index.get_files().await.map_err(search_error)
    })?;
    Ok(files
        .into_iter()
        .map(|file| {
            let rel = format!(
                "{BUNDLE_DIR}/{}",
                file.filename.to_string_lossy().replace('\\', "/")
            );
            (rel, file.contents)
        })
        .collect())
}

fn search_error(e: anyhow::Error) -> Error {
    Error::Content(vec![Diagnostic::new(
        BUNDLE_DIR,
        format!("building the search index failed: {e}"),
    )])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_page() -> Vec<Record> {
        vec![Record {
            url: "/articles/a/".into(),
            title: "بوتين في موسكو".into(),
            content: "بوتين في موسكو. استقبل الرئيس الروسي نظيره الإيراني.".into(),
        }]
    }

    /// Whatever the language setting says, the bundle stays in `pagefind/` and Pagefind does
    /// not panic: it only ever sees a 2–3 letter subtag.
    #[test]
    fn the_language_never_becomes_a_path_or_a_panic() {
        for language in [
            "../../../../esc",
            "ar-EG-u-ca-islamic-umalqura-nu-arab",
            "arabic-language-of-the-egyptian-press-and-more",
        ] {
            let files = build_index(language, one_page()).unwrap();
            assert!(!files.is_empty());
            for (path, _) in &files {
                assert!(
                    path.starts_with("pagefind/") && !path.contains(".."),
                    "{language}: {path}"
                );
            }
        }
    }
}
