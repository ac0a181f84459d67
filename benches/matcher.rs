//! Matching throughput: one core, a registry of 10,000 entities and 30,000 aliases, over the
//! bodies of a generated Arabic corpus. Run with `benches/matcher.sh` (it makes the corpus), or
//! `cargo bench --bench matcher -- CORPUS_DIR` (`--no-gazetteer` leaves the built-in gazetteer
//! out).

use std::path::PathBuf;
use std::time::Instant;

use sahifa::analyse::Matcher;
use sahifa::load::{load_content, slug::SlugStrategy};

/// Aliases the registry is padded to, as the benchmark's definition asks.
const TARGET_ALIASES: usize = 30_000;
const ROUNDS: usize = 5;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("SAHIFA_BENCH_CORPUS").map(PathBuf::from))
        .expect("usage: cargo bench --bench matcher -- CORPUS_DIR (made by benches/matcher.sh)");
    let mut content = load_content(&dir, false, SlugStrategy::FileName).expect("corpus loads");
    pad_aliases(&mut content.entities);
    // Every site has the gazetteer under its registry unless `gazetteer: false`.
    let gazetteer = !std::env::args().any(|a| a == "--no-gazetteer");
    let registry = std::mem::take(&mut content.entities);
    content.entities =
        sahifa::load::gazetteer::with_registry(registry, gazetteer).expect("gazetteer loads");
    let aliases: usize = content.entities.iter().map(|e| e.meta.aliases.len()).sum();

    let started = Instant::now();
    let matcher = Matcher::build(&content.entities).expect("registry compiles");
    let build_time = started.elapsed();

    let bodies: Vec<&str> = content.articles.iter().map(|a| a.body()).collect();
    let bytes: usize = bodies.iter().map(|b| b.len()).sum();
    let mut rates = Vec::new();
    let mut mentions = 0;
    for _ in 0..ROUNDS {
        let t = Instant::now();
        mentions = bodies.iter().map(|b| matcher.find(b).len()).sum::<usize>();
        rates.push(bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    println!(
        "registry{}: {} entities, {} aliases (+{} names); automaton built in {:.0} ms",
        if gazetteer { " + gazetteer" } else { "" },
        content.entities.len(),
        aliases,
        content.entities.len(),
        build_time.as_secs_f64() * 1e3
    );
    println!(
        "text: {} articles, {:.1} MB; {} mentions per pass",
        bodies.len(),
        bytes as f64 / 1e6,
        mentions
    );
    println!(
        "matching, 1 thread: median {:.1} MB/s (min {:.1}, max {:.1}) over {ROUNDS} passes",
        rates[ROUNDS / 2],
        rates[0],
        rates[ROUNDS - 1]
    );
}

/// Adds distinct two-word aliases (name + a second word) until the registry has
/// [`TARGET_ALIASES`] aliases; they rarely occur in the text but make the automaton as large as
/// a real 30,000-alias registry.
fn pad_aliases(entities: &mut [sahifa::load::Entity]) {
    const SECOND: [&str; 6] = ["الأول", "الثاني", "الجديد", "الكبير", "الشرقي", "الغربي"];
    let mut total: usize = entities.iter().map(|e| e.meta.aliases.len()).sum();
    'outer: for word in SECOND {
        for e in entities.iter_mut() {
            if total >= TARGET_ALIASES {
                break 'outer;
            }
            let alias = format!("{} {word}", e.name());
            e.meta.aliases.push(alias);
            total += 1;
        }
    }
}
