//! How the bundle's files are encoded and named, and Pagefind's own browser files.
//!
//! Encoding and names follow Pagefind 1.6 (MIT, © CloudCannon): index files are gzipped
//! with the `pagefind_dcd` signature its browser code checks, and named by a prefix of the
//! SHA-1 of their uncompressed content, so a file's name changes exactly when its content
//! does (browsers may cache them for good).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use libdeflater::{CompressionLvl, Compressor};
use serde::Serialize;
use sha1::{Digest, Sha1};

use super::tokens::INCLUDE_CHARACTERS;
use crate::error::{Diagnostic, Error, Result};

/// The Pagefind release whose file format and browser code the bundle has.
pub const PAGEFIND_VERSION: &str = "1.6.0";

/// Signature before the content of every compressed file (Pagefind's browser code checks it).
const SIGNATURE: &[u8] = b"pagefind_dcd";

/// Gzip level of fragments (libdeflate's scale): one file per page, compressed again for
/// every page that changes. Measured on the 1,000-article benchmark's fragments (8.7 MB,
/// docs/benchmarks.md, 2026-12-01 sixth session): level 1 is 2.96 MB in 63 ms of CPU —
/// 28 % smaller than zlib-rs's level 1 (static Huffman codes, which suit Arabic UTF-8
/// badly) for the same time, 4 % above Pagefind's level 9 (2.70 MB in 257 ms with zlib).
pub const GZIP_LEVEL: i32 = 1;

/// Gzip level of the word index's chunks and metadata (libdeflate's scale), compressed only
/// when their content changes (the cache keeps them by content hash). On the 10,000-article
/// benchmark's chunks (37.5 MB): level 1 is 17.0 MB in 200 ms of CPU, level 5 15.95 MB in
/// 404 ms; the 7 % more bytes are paid back many times by chunks half Pagefind's size
/// ([`super::index`]), so a query still fetches less than before (docs/benchmarks.md).
pub const INDEX_GZIP_LEVEL: i32 = 1;

/// Files Pagefind writes that are not its browser code: the index, rewritten here.
fn is_index_file(name: &str) -> bool {
    name == "pagefind-entry.json"
        || name.ends_with(".pf_meta")
        || ["index/", "fragment/", "filter/"]
            .iter()
            .any(|dir| name.starts_with(dir))
}

/// What a thread compresses with: one compressor per level, and the buffers a file is
/// staged in (the signature and content together, then the compressed bytes).
#[derive(Default)]
struct Deflate {
    compressors: Vec<(i32, Compressor)>,
    input: Vec<u8>,
    output: Vec<u8>,
}

thread_local! {
    /// Reused for every file of the thread.
    ///
    /// Why not a compressor and buffers per file: a compressor allocates its tables (hundreds
    /// of KB), and a zeroed output buffer of libdeflate's bound is fresh pages from the
    /// kernel every time; clearing such pages was the largest single item of a cold build's
    /// search profile once (docs/benchmarks.md).
    static DEFLATE: std::cell::RefCell<Deflate> = std::cell::RefCell::new(Deflate::default());
}

/// `SIGNATURE` + `bytes`, gzipped at `level` (libdeflate's 1–12; out of range is clamped).
///
/// Why libdeflate: it compresses whole buffers (every file here is one), and per CPU second
/// gives smaller files than zlib at the levels a build can afford (docs/decisions.md).
pub fn gzip(bytes: &[u8], level: i32) -> Vec<u8> {
    DEFLATE.with_borrow_mut(|deflate| {
        let Deflate {
            compressors,
            input,
            output,
        } = deflate;
        let at = match compressors.iter().position(|(l, _)| *l == level) {
            Some(at) => at,
            None => {
                let clamped = CompressionLvl::new(level.clamp(1, 12))
                    .unwrap_or_else(|_| CompressionLvl::default());
                compressors.push((level, Compressor::new(clamped)));
                compressors.len() - 1
            }
        };
        let compressor = &mut compressors[at].1;
        input.clear();
        input.extend_from_slice(SIGNATURE);
        input.extend_from_slice(bytes);
        let bound = compressor.gzip_compress_bound(input.len());
        if output.len() < bound {
            output.resize(bound, 0);
        }
        let len = compressor
            .gzip_compress(input, output)
            .expect("the bound libdeflate gives is enough");
        let compressed = output[..len].to_vec();
        // A rare large file must not keep its buffers for the rest of the build.
        if input.capacity() > STAGING_KEPT {
            *input = Vec::new();
            *output = Vec::new();
        }
        compressed
    })
}

/// Bytes of staging buffers a thread keeps between files: more than any fragment or index
/// chunk Pagefind's chunk size gives (tens of KB).
const STAGING_KEPT: usize = 1 << 20;

/// Pagefind's content hash: the SHA-1 in hexadecimal, each byte without a leading zero
/// (its `{:x?}`), so names match Pagefind's for the same content.
pub fn content_hash(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(40);
    for b in Sha1::digest(bytes) {
        let _ = write!(out, "{b:x}");
    }
    out
}

/// `pagefind-entry.json`: where the browser code finds the index of each language (none
/// without `has_pages`, as Pagefind writes it for a site without a searchable word).
pub fn entry_json(
    language: &str,
    meta_hash: &str,
    wasm: bool,
    page_count: usize,
    has_pages: bool,
) -> String {
    #[derive(Serialize)]
    struct Entry<'a> {
        version: &'a str,
        languages: std::collections::BTreeMap<&'a str, Language<'a>>,
        include_characters: &'a [char],
    }
    #[derive(Serialize)]
    struct Language<'a> {
        hash: &'a str,
        wasm: Option<&'a str>,
        page_count: usize,
    }
    serde_json::to_string(&Entry {
        version: PAGEFIND_VERSION,
        languages: has_pages
            .then_some((
                language,
                Language {
                    hash: meta_hash,
                    wasm: wasm.then_some(language),
                    page_count,
                },
            ))
            .into_iter()
            .collect(),
        include_characters: &INCLUDE_CHARACTERS,
    })
    .expect("the entry serialises")
}

/// Pagefind's browser files for `language` (scripts, styles, the WebAssembly of its
/// stemmer), paths relative to the bundle.
pub type Assets = Arc<Vec<(String, Vec<u8>)>>;

/// The browser files, taken from the `pagefind` crate, which embeds them but has no API to
/// read them: it is asked for the bundle of a one-word index, and everything but that index
/// is kept. Made once per language and process (`serve` refreshes reuse them).
pub fn browser_assets(language: &str) -> Result<Assets> {
    static MADE: Mutex<Option<HashMap<String, Assets>>> = Mutex::new(None);
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    let made = made.get_or_insert_with(HashMap::new);
    if let Some(assets) = made.get(language) {
        return Ok(Arc::clone(assets));
    }
    let assets: Assets = Arc::new(
        pagefind_bundle(language)?
            .into_iter()
            .filter(|(name, _)| !is_index_file(name))
            .collect(),
    );
    made.insert(language.to_string(), Arc::clone(&assets));
    Ok(assets)
}

fn pagefind_bundle(language: &str) -> Result<Vec<(String, Vec<u8>)>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| Error::io(std::path::Path::new("search index"), e))?;
    let files = runtime.block_on(async {
        let config = pagefind::options::PagefindServiceConfig::builder()
            .force_language(language.to_string())
            .build();
        let mut index = pagefind::api::PagefindIndex::new(Some(config)).map_err(assets_error)?;
        index
            .add_custom_record(
                "/".into(),
                "sahifa".into(),
                language.into(),
                None,
                None,
                None,
            )
            .await
            .map_err(assets_error)?;
        index.get_files().await.map_err(assets_error)
    })?;
    Ok(files
        .into_iter()
        .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
        .collect())
}

fn assets_error(e: anyhow::Error) -> Error {
    Error::Content(vec![Diagnostic::new(
        super::BUNDLE_DIR,
        format!("taking Pagefind's browser files failed: {e}"),
    )])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compressor is reused: every file is whole gzip (signature, then the bytes),
    /// whatever was compressed before it on the thread, at any level.
    #[test]
    fn every_file_is_whole_gzip() {
        use std::io::Read;
        let long = "اسم مسعود بزشكيان (شخصية) ورد في 3 من المقالات. ".repeat(2000);
        let texts = [long.as_str(), "", "موسكو", long.as_str()];
        for (text, level) in texts
            .iter()
            .flat_map(|t| [(t, GZIP_LEVEL), (t, INDEX_GZIP_LEVEL), (t, 0), (t, 99)])
        {
            let mut unpacked = Vec::new();
            flate2::read::GzDecoder::new(&gzip(text.as_bytes(), level)[..])
                .read_to_end(&mut unpacked)
                .unwrap();
            assert_eq!(unpacked, [SIGNATURE, text.as_bytes()].concat());
        }
    }

    /// A fragment — a few KB of Arabic news as JSON — costs a query less than a tenth more
    /// than at Pagefind's level 9 (6 % here); zlib-rs's level 1 made it 35–55 % larger
    /// (static Huffman codes).
    #[test]
    fn an_arabic_fragment_is_nearly_as_small_as_at_pagefinds_level() {
        use std::io::Write;
        let article = include_str!("../../content/articles/000_fa9047c7da30c20c.md");
        let json = serde_json::to_string(&serde_json::json!({
            "url": "/articles/000_fa9047c7da30c20c/",
            "content": article,
            "word_count": article.split_whitespace().count(),
        }))
        .unwrap();
        let mut pagefinds = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
        pagefinds.write_all(SIGNATURE).unwrap();
        pagefinds.write_all(json.as_bytes()).unwrap();
        let pagefinds = pagefinds.finish().unwrap().len();
        let ours = gzip(json.as_bytes(), GZIP_LEVEL).len();
        assert!(
            ours * 10 <= pagefinds * 11,
            "{ours} bytes against Pagefind's {pagefinds}"
        );
    }

    #[test]
    fn hashes_drop_leading_zeros_as_pagefind_does() {
        // SHA-1 of "abc" is a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d.
        assert_eq!(
            content_hash(b"abc"),
            "a9993e36476816aba3e25717850c26c9cd0d89d"
        );
    }

    #[test]
    fn the_arabic_assets_have_the_stemmer_and_no_index() {
        let assets = browser_assets("ar").unwrap();
        let names: Vec<&str> = assets.iter().map(|(n, _)| n.as_str()).collect();
        for name in [
            "pagefind.js",
            "pagefind-ui.js",
            "pagefind-ui.css",
            "wasm.ar.pagefind",
        ] {
            assert!(names.contains(&name), "{name} in {names:?}");
        }
        assert!(names.iter().all(|n| !is_index_file(n)), "{names:?}");
    }
}
