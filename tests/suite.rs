//! The integration tests, one binary: fixture sites built end to end, the real CLI run, the
//! output checked. One binary rather than one per file because each test binary links the whole
//! library (about 250 MB with debug info): thirty of them filled the CI machine's disk.
//! Run one file's tests with `cargo test --test suite <file>::`, e.g. `cargo test --test suite serve::`.

mod common;

mod archive;
mod bad_input;
mod build_site;
mod check;
mod countries;
mod crawl;
mod data_loss;
mod discovery;
mod discovery_phrases;
mod errors_and_cli;
mod eval;
mod gazetteer;
mod gazetteer_communes;
mod gazetteer_divisions;
mod gazetteer_homonyms;
mod gazetteer_institutions;
mod gazetteer_towns;
mod gold_linking;
mod images;
mod import_archives;
mod incremental;
mod incremental_discovery;
mod incremental_refusals;
mod init;
mod injection;
mod install;
mod migrate;
mod pages;
mod properties;
mod readme;
mod repo_site;
mod search_index;
mod sections;
mod serve;
mod suggest;
mod theme;
mod xml_formats;
