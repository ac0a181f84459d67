//! The repository's site served by a plain static server (Python's http.server), under a
//! sub-path and at the root, crawled from the home page over real HTTP: no broken internal
//! link, no page unreachable from home, every sitemap and feed URL answering 200.

use std::collections::{BTreeSet, VecDeque};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use sahifa::{BuildOptions, build};

use crate::common;
use common::{Server, free_port, http_get as get, wait_for_port};

fn serve(dir: &Path, port: u16) -> Server {
    let child = Command::new("python3")
        .args([
            "-m",
            "http.server",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--directory",
        ])
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3 is needed for this test");
    wait_for_port(port);
    Server(child)
}

fn urls_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (open, close) in [("href=\"", "\""), ("src=\"", "\""), ("<loc>", "</loc>")] {
        let mut rest = text;
        while let Some(i) = rest.find(open) {
            let after = &rest[i + open.len()..];
            let Some(end) = after.find(close) else { break };
            out.push(after[..end].replace("&amp;", "&"));
            rest = &after[end..];
        }
    }
    out
}

/// The path of an internal URL, or None for external ones.
fn internal_path(url: &str, origin: &str, page: &str) -> Option<String> {
    let url = url.split('#').next().unwrap_or("");
    if let Some(rest) = url.strip_prefix(origin) {
        return Some(rest.to_string());
    }
    if url.contains("://") || url.starts_with("mailto:") || url.is_empty() {
        return None;
    }
    if url.starts_with('/') {
        return Some(url.to_string());
    }
    let dir = &page[..page.rfind('/').map_or(0, |i| i + 1)];
    Some(format!("{dir}{url}"))
}

fn html_pages(dir: &Path, base: &Path, out: &mut BTreeSet<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            html_pages(&path, base, out);
        } else if path.extension().is_some_and(|e| e == "html")
            && path.file_name().is_some_and(|n| n != "404.html")
        {
            out.insert(path.strip_prefix(base).unwrap().to_path_buf());
        }
    }
}

fn crawl_site(sub_path: &str) {
    let port = free_port();
    let tmp = tempfile::tempdir().unwrap();
    let serve_root = tmp.path().join("srv");
    let site_dir = serve_root.join(sub_path.trim_matches('/'));
    let origin = format!("http://127.0.0.1:{port}");
    let base_url = format!("{origin}{sub_path}");
    build(&BuildOptions {
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        output: Some(site_dir.clone()),
        base_url: Some(base_url.clone()),
        ..Default::default()
    })
    .unwrap();
    let _server = serve(&serve_root, port);

    let mut queue = VecDeque::from([sub_path.to_string()]);
    let mut seen = BTreeSet::from([sub_path.to_string()]);
    let mut broken = Vec::new();
    let mut pages_found = BTreeSet::new();
    while let Some(path) = queue.pop_front() {
        let (status, body) = get(port, &path);
        if status != 200 {
            broken.push(format!("{path}: HTTP {status}"));
            continue;
        }
        let local = percent_encoding::percent_decode_str(&path)
            .decode_utf8_lossy()
            .into_owned();
        let Some(rel) = local.strip_prefix(sub_path) else {
            broken.push(format!("{path}: outside {sub_path}"));
            continue;
        };
        let is_page = rel.is_empty() || rel.ends_with('/') || rel.ends_with(".html");
        if !is_page {
            continue;
        }
        pages_found.insert(PathBuf::from(if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        }));
        for url in urls_in(&body) {
            if let Some(next) = internal_path(&url, &origin, &path)
                && seen.insert(next.clone())
            {
                queue.push_back(next);
            }
        }
    }
    assert!(
        broken.is_empty(),
        "broken internal links under {sub_path}:\n{}",
        broken.join("\n")
    );

    let mut all_pages = BTreeSet::new();
    html_pages(&site_dir, &site_dir, &mut all_pages);
    let unreachable: Vec<_> = all_pages.difference(&pages_found).collect();
    assert!(
        unreachable.is_empty(),
        "pages unreachable from home: {unreachable:?}"
    );
    assert!(all_pages.len() > 50);

    let (status, sitemap) = get(port, &format!("{sub_path}sitemap.xml"));
    assert_eq!(status, 200);
    let mut feeds = vec![format!("{sub_path}feed.xml")];
    for loc in urls_in(&sitemap) {
        let path = internal_path(&loc, &origin, sub_path).expect("sitemap URLs are the site's");
        assert_eq!(get(port, &path).0, 200, "sitemap entry {loc}");
        let entity_page = path.contains("/entities/")
            && !path.ends_with("/entities/")
            && !path.contains("/page/");
        if entity_page {
            feeds.push(format!("{path}feed.xml"));
        }
    }
    for feed in &feeds {
        let (status, body) = get(port, feed);
        assert_eq!(status, 200, "{feed}");
        for url in urls_in(&body) {
            let path = internal_path(&url, &origin, feed).unwrap();
            assert_eq!(get(port, &path).0, 200, "{url} in {feed}");
        }
    }
    let (status, robots) = get(port, &format!("{sub_path}robots.txt"));
    assert_eq!(status, 200);
    assert!(robots.contains(&format!("Sitemap: {base_url}sitemap.xml")));
}

#[test]
fn crawl_under_a_sub_path() {
    crawl_site("/some/sub/path/");
}

#[test]
fn crawl_at_the_root() {
    crawl_site("/");
}
