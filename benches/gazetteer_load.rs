//! What loading the built-in gazetteer costs a build, step by step (issue 13: ≤ 20 ms): parsing
//! the embedded data, making its entities and layering them under a site's registry, and compiling
//! the matcher with and without them. Each step runs once, as in a build (the data is parsed
//! once per process), so run it several times:
//! `cargo bench --bench gazetteer_load -- SITE_DIR` (default: the repository's own site).

use std::path::PathBuf;
use std::time::Instant;

use sahifa::analyse::Matcher;
use sahifa::load::{gazetteer, load_content, slug::SlugStrategy};

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    let content = load_content(&dir, false, SlugStrategy::FileName).expect("site loads");
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1e3;

    let t = Instant::now();
    gazetteer::gazetteer().expect("gazetteer parses");
    let parse = ms(t);
    let t = Instant::now();
    let layered = gazetteer::with_registry(content.entities.clone(), true).expect("layers");
    let layer = ms(t);
    let t = Instant::now();
    let matcher = Matcher::build(&layered).expect("compiles");
    let build = ms(t);
    let t = Instant::now();
    let registry_only = Matcher::build(&content.entities).expect("compiles");
    let build_registry = ms(t);
    drop((matcher, registry_only));
    println!(
        "registry {} entities, {} with the gazetteer; parse {parse:.2} ms, entities and \
         layering {layer:.2} ms, matcher {build:.2} ms (registry alone {build_registry:.2} ms); \
         the gazetteer adds {:.2} ms",
        content.entities.len(),
        layered.len(),
        parse + layer + build - build_registry
    );
}
