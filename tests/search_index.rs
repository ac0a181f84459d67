//! The search index Sahifa writes, read back the way Pagefind's browser code reads it: the
//! query word stemmed, looked up in the word index, each hit's page and weight. Compared with
//! the index Pagefind makes by reading the rendered HTML pages itself (how Sahifa indexed until
//! the records), so the records lose nothing that a search finds or ranks by.

use crate::common;

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use common::{news_site, tree};
use sahifa::{BuildOptions, build};

/// Per stemmed word, per page URL: the highest weight the word has on that page (Pagefind
/// ranks by it: 24 per unit, a title `<h1>` is 7 × 24).
type Hits = HashMap<String, BTreeMap<String, u8>>;

/// A bundle's files after gunzip, without Pagefind's `pagefind_dcd` signature.
fn unpack(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    assert!(out.starts_with(b"pagefind_dcd"), "a Pagefind file");
    out.split_off(12)
}

/// Reads the word index of a bundle (`pagefind/` files by path, relative to the bundle).
fn hits(bundle: &HashMap<String, Vec<u8>>) -> Hits {
    let meta_file = bundle
        .iter()
        .find(|(p, _)| p.ends_with(".pf_meta"))
        .map(|(_, b)| unpack(b))
        .expect("a pf_meta file");
    let mut d = minicbor::Decoder::new(&meta_file);
    d.array().unwrap();
    d.str().unwrap(); // version
    let pages = d.array().unwrap().unwrap();
    let mut urls = Vec::new();
    for _ in 0..pages {
        d.array().unwrap();
        let hash = d.str().unwrap().to_string();
        d.skip().unwrap();
        d.skip().unwrap();
        let fragment = unpack(&bundle[&format!("fragment/{hash}.pf_fragment")]);
        let json: serde_json::Value = serde_json::from_slice(&fragment).unwrap();
        urls.push(json["url"].as_str().unwrap().to_string());
    }
    let mut hits = Hits::new();
    for (path, bytes) in bundle {
        if !path.ends_with(".pf_index") {
            continue;
        }
        let index = unpack(bytes);
        let mut d = minicbor::Decoder::new(&index);
        d.array().unwrap();
        let words = d.array().unwrap().unwrap();
        for _ in 0..words {
            d.array().unwrap();
            let word = d.str().unwrap().to_string();
            let entry = hits.entry(word).or_default();
            let pages = d.array().unwrap().unwrap();
            let mut page = 0;
            for _ in 0..pages {
                d.array().unwrap();
                page += d.u64().unwrap() as usize; // delta-encoded
                let mut weight = 24u8; // until the first weight marker
                let mut best = 0u8;
                let locs = d.array().unwrap().unwrap();
                let mut marker = false;
                for _ in 0..locs {
                    let loc = d.i64().unwrap();
                    if loc < 0 {
                        weight = (-loc - 1) as u8;
                        marker = true;
                    } else {
                        best = best.max(weight);
                        marker = false;
                    }
                }
                assert!(!marker, "a weight marker is followed by a position");
                d.skip().unwrap(); // meta_locs
                let seen = entry.entry(urls[page].clone()).or_default();
                *seen = (*seen).max(best);
            }
            d.skip().unwrap(); // diacritic variants
        }
    }
    hits
}

fn stem(word: &str) -> String {
    pagefind_stem::Stemmer::create(pagefind_stem::Algorithm::Arabic)
        .stem(word)
        .into_owned()
}

/// The bundle Sahifa wrote into `out`, by path inside `pagefind/`.
fn written_bundle(out: &Path) -> HashMap<String, Vec<u8>> {
    tree(&out.join("pagefind"))
        .into_iter()
        .map(|(p, b)| (p.to_string_lossy().replace('\\', "/"), b))
        .collect()
}

/// The bundle Pagefind makes from the rendered article and entity pages in `out`.
fn bundle_from_html(out: &Path) -> HashMap<String, Vec<u8>> {
    let mut pages: Vec<(String, String)> = tree(out)
        .into_iter()
        .map(|(p, b)| (p.to_string_lossy().replace('\\', "/"), b))
        .filter(|(p, _)| {
            let parts: Vec<&str> = p.split('/').collect();
            matches!(parts.as_slice(), ["articles" | "entities", _, "index.html"])
        })
        .map(|(p, b)| (p, String::from_utf8(b).unwrap()))
        .collect();
    pages.sort();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let config = pagefind::options::PagefindServiceConfig::builder()
            .force_language("ar".into())
            .build();
        let mut index = pagefind::api::PagefindIndex::new(Some(config)).unwrap();
        for (path, html) in pages {
            index.add_html_file(Some(path), None, html).await.unwrap();
        }
        index
            .get_files()
            .await
            .unwrap()
            .into_iter()
            .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
            .collect()
    })
}

/// The news site, with an article under an Arabic slug (its URL is percent-encoded), built.
fn built_news_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let site = news_site();
    common::write(
        site.path(),
        "content/articles/لقاء-القاهرة.md",
        "---\ntitle: \"لقاء القاهرة\"\ndate: 2024-11-02\n---\nوصل بيزشكيان إلى القاهرة في زيارة رسمية.\n",
    );
    let out = site.path().join("public");
    build(&BuildOptions {
        root: site.path().to_path_buf(),
        output: Some(out.clone()),
        ..Default::default()
    })
    .unwrap();
    (site, out)
}

const PEZESHKIAN: &str = "/entities/pezeshkian/";

/// Both spellings of Pezeshkian's name find his page: بزشكيان as its title (the weight of an
/// `<h1>`), بيزشكيان as one of its other names; no article weighs either more.
#[test]
fn both_spellings_find_the_entity_page() {
    let (_site, out) = built_news_site();
    let hits = hits(&written_bundle(&out));
    for (query, weight) in [("بزشكيان", 7 * 24), ("بيزشكيان", 24)] {
        let found = hits
            .get(&stem(query))
            .unwrap_or_else(|| panic!("«{query}» is in the index"));
        let entity = found
            .get(PEZESHKIAN)
            .unwrap_or_else(|| panic!("«{query}» finds {PEZESHKIAN}: {found:?}"));
        assert_eq!(*entity, weight, "«{query}» on {PEZESHKIAN}");
        for (url, other) in found {
            assert!(other <= entity, "«{query}»: {url} weighs {other}");
        }
    }
}

/// For names, places and words of the articles, the index finds the same pages with the same
/// top weight as Pagefind reading the HTML.
#[test]
fn the_records_find_what_the_html_found() {
    let (_site, out) = built_news_site();
    let ours = hits(&written_bundle(&out));
    let html = hits(&bundle_from_html(&out));
    let queries = [
        "بيزشكيان",
        "بزشكيان",
        "بوتين",
        "فلاديمير",
        "موسكو",
        "طهران",
        "روسيا",
        "إيران",
        "رئيسي",
        "عشق",
        "العلاقات",
        "الإخباري",
        "شريكان",
        "المنطقة",
        "Putin",
        "عاصمة",
        "وكالة",
        "القاهرة",
        "رسمية",
    ];
    for query in queries {
        let word = if query.is_ascii() {
            query.to_lowercase()
        } else {
            stem(query)
        };
        assert!(
            html.contains_key(&word),
            "«{query}» ({word}) is in the HTML's index"
        );
        assert_eq!(ours.get(&word), html.get(&word), "«{query}» ({word})");
    }
}

/// Pagefind's own bundle for the records Sahifa made of the same site (`add_custom_record`,
/// how Sahifa indexed before it wrote the format itself), by path inside `pagefind/`.
fn bundle_from_records(root: &Path) -> HashMap<String, Vec<u8>> {
    let site = sahifa::analyse_site(&BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    })
    .unwrap();
    let view =
        sahifa::render::SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
    let records = sahifa::search::site_records(&view).unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let config = pagefind::options::PagefindServiceConfig::builder()
            .force_language("ar".into())
            .build();
        let mut index = pagefind::api::PagefindIndex::new(Some(config)).unwrap();
        for record in records {
            let meta = BTreeMap::from([("title".to_string(), record.title)]);
            index
                .add_custom_record(
                    record.url,
                    record.content,
                    "ar".into(),
                    Some(meta),
                    None,
                    None,
                )
                .await
                .unwrap();
        }
        index
            .get_files()
            .await
            .unwrap()
            .into_iter()
            .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
            .collect()
    })
}

/// The bundle Sahifa writes is the one Pagefind writes for the same records, file for file:
/// the same names (content hashes), the same words, positions, weights and fragments once
/// decompressed (only the gzip level differs), the same browser files byte for byte.
#[test]
fn the_bundle_is_pagefinds_for_the_same_records() {
    let (site, out) = built_news_site();
    let ours = written_bundle(&out);
    let theirs = bundle_from_records(site.path());
    let mut names: Vec<&String> = ours.keys().collect();
    names.sort();
    let mut expected: Vec<&String> = theirs.keys().collect();
    expected.sort();
    assert_eq!(names, expected, "the same files");
    for (name, bytes) in &theirs {
        let compressed = [".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter"]
            .iter()
            .any(|ext| name.ends_with(ext));
        if compressed {
            assert!(
                unpack(&ours[name]) == unpack(bytes),
                "{name} differs once decompressed"
            );
        } else {
            assert!(ours[name] == *bytes, "{name} differs");
        }
    }
}

/// Builds `root` into `out` and returns the report.
fn build_into(root: &Path, out: &str) -> sahifa::BuildReport {
    build(&BuildOptions {
        root: root.to_path_buf(),
        output: Some(root.join(out)),
        ..Default::default()
    })
    .unwrap()
}

fn same_output(a: &Path, b: &Path) {
    let (a, b) = (tree(a), tree(b));
    let names =
        |t: &[(std::path::PathBuf, Vec<u8>)]| t.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a), names(&b), "the same files");
    for ((path, x), (_, y)) in a.iter().zip(&b) {
        assert!(x == y, "{} differs", path.display());
    }
}

/// The cache changes nothing but the time: a build from a full cache, one with the cache
/// deleted and one with its pack damaged or cut short write byte-identical sites; an
/// unchanged site is digested from the cache only, and a damaged pack is made again.
#[test]
fn cached_and_uncached_builds_are_identical() {
    let site = news_site();
    let root = site.path();
    let cache = root.join(sahifa::search::CACHE_DIR);
    let cold = build_into(root, "cold");
    assert!(cold.search.pages >= 8, "{:?}", cold.search);
    assert_eq!(
        (cold.search.digested, cold.search.cached),
        (cold.search.pages, 0)
    );

    let warm = build_into(root, "warm");
    assert_eq!(
        (warm.search.digested, warm.search.cached),
        (0, cold.search.pages)
    );
    same_output(&root.join("cold"), &root.join("warm"));

    let packs: Vec<std::path::PathBuf> = walkdir::WalkDir::new(&cache)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    assert_eq!(packs.len(), 1, "one pack file: {packs:?}");
    let pack = &packs[0];
    let intact = std::fs::read(pack).unwrap();
    let mut flipped = intact.clone();
    flipped[intact.len() / 2] ^= 0x55;
    for (damage, bytes) in [
        ("one byte changed", flipped),
        ("cut short", intact[..intact.len() - 100].to_vec()),
    ] {
        std::fs::write(pack, bytes).unwrap();
        let repaired = build_into(root, "repaired");
        assert_eq!(
            (repaired.search.digested, repaired.search.cached),
            (cold.search.pages, 0),
            "{damage}: every page is made again"
        );
        same_output(&root.join("cold"), &root.join("repaired"));
        // Entries are written as pages are digested, in parallel, so their order varies:
        // the pack made again holds the same entries (the same length), and serves them.
        assert_eq!(
            std::fs::read(pack).unwrap().len(),
            intact.len(),
            "{damage}: the pack is made again"
        );
        std::fs::remove_dir_all(root.join("repaired")).unwrap();
        let served = build_into(root, "repaired");
        assert_eq!(
            (served.search.digested, served.search.cached),
            (0, cold.search.pages),
            "{damage}: the pack made again serves every page"
        );
        std::fs::remove_dir_all(root.join("repaired")).unwrap();
    }

    std::fs::remove_dir_all(&cache).unwrap();
    let again = build_into(root, "again");
    assert_eq!(again.search.digested, cold.search.pages);
    same_output(&root.join("cold"), &root.join("again"));
}

/// After one article's text is edited, only that article is digested again, the rest comes
/// from the cache, and the bundle is a cold build's.
#[test]
fn an_edit_digests_only_the_edited_article() {
    let site = news_site();
    let root = site.path();
    let first = build_into(root, "first");
    common::write(
        root,
        "content/articles/tehran-visit.md",
        "---\ntitle: \"بوتين في طهران\"\ndate: 2022-07-19\n---\nزار بوتين طهران والتقى رئيسي. شريكين رئيسيين في المنطقة، وتحدثا عن الطاقة.\n",
    );
    let edited = build_into(root, "edited");
    assert_eq!(edited.search.pages, first.search.pages);
    assert_eq!(
        (edited.search.digested, edited.search.cached),
        (1, first.search.pages - 1)
    );
    let hits = hits(&written_bundle(&root.join("edited")));
    assert!(
        hits.contains_key(&stem("الطاقة")),
        "the new word is in the index"
    );

    std::fs::remove_dir_all(root.join(sahifa::search::CACHE_DIR)).unwrap();
    build_into(root, "cold");
    same_output(&root.join("cold"), &root.join("edited"));
}

/// A query for an entity's full name ranks its page first: the name is the page's title, so
/// it weighs most there; articles name it in their text. (Ranking by Pagefind's own code in
/// a browser: `tests/browser/run.mjs`, SEARCHES.)
#[test]
fn the_entity_page_ranks_first_for_its_name() {
    let (_site, out) = built_news_site();
    let hits = hits(&written_bundle(&out));
    for (query, page) in [
        ("فلاديمير", "/entities/putin/"),
        ("مسعود", PEZESHKIAN),
        ("بزشكيان", PEZESHKIAN),
    ] {
        let found = &hits[&stem(query)];
        let top = found[page];
        for (url, weight) in found {
            assert!(
                url == page || *weight < top,
                "«{query}»: {url} weighs {weight}, {page} {top}"
            );
        }
    }
}
