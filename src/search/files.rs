//! How the bundle's files are encoded and named, and Pagefind's own browser files.
//!
//! Encoding and names follow Pagefind 1.6 (MIT, © CloudCannon): index files are gzipped
//! with the `pagefind_dcd` signature its browser code checks, and named by a prefix of the
//! SHA-1 of their uncompressed content, so a file's name changes exactly when its content
//! does (browsers may cache them for good).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use flate2::{Compress, Compression, FlushCompress, Status};
use serde::Serialize;
use sha1::{Digest, Sha1};

use super::tokens::INCLUDE_CHARACTERS;
use crate::error::{Diagnostic, Error, Result};

/// The Pagefind release whose file format and browser code the bundle has.
pub const PAGEFIND_VERSION: &str = "1.6.0";

/// Signature before the content of every compressed file (Pagefind's browser code checks it).
const SIGNATURE: &[u8] = b"pagefind_dcd";

/// Gzip level of fragments: one file per page, compressed again for every page that
/// changes. Pagefind uses 9, the slowest (17 % of the build's time in its profile); level 1
/// makes them ~5 % larger for a fraction of the time. The browser decompresses any level.
pub const GZIP_LEVEL: u32 = 1;

/// Gzip level of the word index's chunks and metadata: what every query fetches, few files,
/// and compressed only when their content changes (the cache keeps them by content hash),
/// so they are worth a smaller file. Measured on the 1,000-article benchmark's chunks
/// (4.0 MB; docs/benchmarks.md, 2026-12-01): level 4 is 1.78 MB in 73 ms of CPU, level 6
/// 1.74 MB in 138 ms (zlib-rs switches to its slow match finder there), Pagefind's 9
/// 1.71 MB in 416 ms, level 1 2.38 MB. Level 6 was the largest single item of a cold
/// build's search profile; 4 costs half as much for 2 % more bytes.
pub const INDEX_GZIP_LEVEL: u32 = 4;

/// Files Pagefind writes that are not its browser code: the index, rewritten here.
fn is_index_file(name: &str) -> bool {
    name == "pagefind-entry.json"
        || name.ends_with(".pf_meta")
        || ["index/", "fragment/", "filter/"]
            .iter()
            .any(|dir| name.starts_with(dir))
}

/// The gzip header flate2 writes: no name, no time, the level's hint (4 for the fastest,
/// 0 for the middle ones), unknown system (255).
fn gzip_header(level: u32) -> [u8; 10] {
    [
        0x1f,
        0x8b,
        8,
        0,
        0,
        0,
        0,
        0,
        if level <= 1 { 4 } else { 0 },
        255,
    ]
}

thread_local! {
    /// One deflate state per thread, reset for each file.
    ///
    /// Why not a `GzEncoder` per file: each new encoder allocates its ~300 KB of tables,
    /// fresh pages from the kernel every time, and clearing those pages was the largest single
    /// item of a cold build's search profile (docs/benchmarks.md).
    static DEFLATE: std::cell::RefCell<Vec<(u32, Compress)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `SIGNATURE` + `bytes`, gzipped at `level`.
pub fn gzip(bytes: &[u8], level: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(10 + bytes.len() / 2 + 64);
    out.extend_from_slice(&gzip_header(level));
    DEFLATE.with_borrow_mut(|states| {
        let at = match states.iter().position(|(l, _)| *l == level) {
            Some(at) => at,
            None => {
                states.push((level, Compress::new(Compression::new(level), false)));
                states.len() - 1
            }
        };
        let deflate = &mut states[at].1;
        deflate.reset();
        deflate_into(deflate, SIGNATURE, FlushCompress::None, &mut out);
        deflate_into(deflate, bytes, FlushCompress::Finish, &mut out);
    });
    let mut crc = crc32fast::Hasher::new();
    crc.update(SIGNATURE);
    crc.update(bytes);
    out.extend_from_slice(&crc.finalize().to_le_bytes());
    out.extend_from_slice(&((SIGNATURE.len() + bytes.len()) as u32).to_le_bytes());
    out
}

/// Feeds `input` to the deflate state, growing `out` as needed; with `Finish`, until the
/// stream is closed.
fn deflate_into(deflate: &mut Compress, mut input: &[u8], flush: FlushCompress, out: &mut Vec<u8>) {
    loop {
        if out.capacity() - out.len() < 64 {
            out.reserve(out.capacity().max(256));
        }
        let before = deflate.total_in();
        let status = deflate
            .compress_vec(input, out, flush)
            .expect("deflating into memory");
        input = &input[(deflate.total_in() - before) as usize..];
        let done = match flush {
            FlushCompress::Finish => status == Status::StreamEnd,
            _ => input.is_empty(),
        };
        if done {
            return;
        }
    }
}

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

    /// The deflate state is reused: every file is whole gzip (signature, then the bytes),
    /// whatever was compressed before it on the thread.
    #[test]
    fn every_file_is_whole_gzip() {
        use std::io::Read;
        let long = "اسم مسعود بزشكيان (شخصية) ورد في 3 من المقالات. ".repeat(2000);
        let texts = [long.as_str(), "", "موسكو", long.as_str()];
        for (text, level) in texts.iter().flat_map(|t| [(t, 1), (t, 6)]) {
            let mut unpacked = Vec::new();
            flate2::read::GzDecoder::new(&gzip(text.as_bytes(), level)[..])
                .read_to_end(&mut unpacked)
                .unwrap();
            assert_eq!(unpacked, [SIGNATURE, text.as_bytes()].concat());
        }
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
