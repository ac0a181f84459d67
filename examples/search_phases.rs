//! Times the search stage's phases on a site, in one process (docs/benchmarks.md, "Search
//! from records"): making the records, giving them to Pagefind, Pagefind writing the bundle;
//! then the same records split into 2 shards indexed on 2 threads (Pagefind's multi-index);
//! then a floor: every word of the records stemmed with Pagefind's Arabic Snowball stemmer and
//! the records' text gzipped at level 6, both in parallel, with no index built.
//!
//!     cargo run --release --example search_phases -- SITE_ROOT [RUNS]

use std::time::{Duration, Instant};

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use sahifa::render::SiteView;
use sahifa::search::{Record, site_records};
use sahifa::{BuildOptions, analyse_site};

fn main() {
    let mut args = std::env::args().skip(1);
    let root = args.next().expect("a site root");
    let runs: usize = args
        .next()
        .map_or(5, |n| n.parse().expect("a number of runs"));
    let site = analyse_site(&BuildOptions {
        root: root.into(),
        ..Default::default()
    })
    .expect("the site analyses");
    let view = SiteView::new(&site.config, &site.content, &site.analyses, &site.graph);
    let mut phases: [Vec<Duration>; 5] = Default::default();
    for _ in 0..runs {
        let t = Instant::now();
        let records = site_records(&view).expect("records");
        phases[0].push(t.elapsed());
        let (add, files) = index(records.clone());
        phases[1].push(add);
        phases[2].push(files);
        let t = Instant::now();
        let half = records.len() / 2;
        let (a, b) = records.split_at(half);
        std::thread::scope(|s| {
            let a = s.spawn(|| index(a.to_vec()));
            let b = s.spawn(|| index(b.to_vec()));
            a.join().unwrap();
            b.join().unwrap();
        });
        phases[3].push(t.elapsed());
        let t = Instant::now();
        floor(&records);
        phases[4].push(t.elapsed());
    }
    let names = [
        "records (parallel)",
        "add_custom_record, all",
        "get_files (build + gzip)",
        "2 shards on 2 threads, add + get_files",
        "floor: stem every word + gzip -6 (rayon)",
    ];
    for (name, mut times) in names.into_iter().zip(phases) {
        times.sort();
        println!(
            "{name:42} median {:8.1} ms  (min {:.1}, max {:.1})",
            ms(times[times.len() / 2]),
            ms(times[0]),
            ms(times[times.len() - 1])
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// One Pagefind index of `records`: (time to add them, time to get the bundle's files).
fn index(records: Vec<Record>) -> (Duration, Duration) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder()
            .force_language("ar".into())
            .build();
        let mut index = PagefindIndex::new(Some(config)).unwrap();
        let t = Instant::now();
        for r in records {
            let meta = [("title".to_string(), r.title)].into_iter().collect();
            index
                .add_custom_record(r.url, r.content, "ar".into(), Some(meta), None, None)
                .await
                .unwrap();
        }
        let add = t.elapsed();
        let t = Instant::now();
        let files = index.get_files().await.unwrap();
        assert!(!files.is_empty());
        (add, t.elapsed())
    })
}

/// The work no indexer can skip: stemming every word, compressing the text once.
fn floor(records: &[Record]) {
    use rayon::prelude::*;
    use std::io::Write;
    let (stems, bytes): (usize, usize) = records
        .par_iter()
        .map(|r| {
            let stemmer = pagefind_stem::Stemmer::create(pagefind_stem::Algorithm::Arabic);
            let stems = r
                .content
                .split_whitespace()
                .map(|w| stemmer.stem(&w.to_lowercase()).len())
                .sum::<usize>();
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
            gz.write_all(r.content.as_bytes()).unwrap();
            (stems, gz.finish().unwrap().len())
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    assert!(stems > 0 && bytes > 0);
}
