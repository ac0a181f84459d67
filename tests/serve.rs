//! `sahifa serve` over real HTTP: pages under the base path, live rebuilds of edits and
//! deletions, the error overlay over the last good page, and refused traversal.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{free_port, http_get, news_site, wait_for_port, write};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(root: &std::path::Path, port: u16) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_port(port);
    Server(child)
}

/// Polls `path` until `done(status, body)` holds (at most 15 s); returns the last answer.
fn poll(port: u16, path: &str, done: impl Fn(u16, &str) -> bool) -> (u16, String) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (status, body) = http_get(port, path);
        if done(status, &body) || Instant::now() > deadline {
            return (status, body);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn serves_rebuilds_and_reports_errors() {
    let site = news_site();
    let root = site.path();
    let port = free_port();
    let _server = start(root, port);

    let (status, home) = http_get(port, "/sub/");
    assert_eq!(status, 200);
    assert!(
        home.contains("new EventSource(\"/sub/__sahifa/events\")"),
        "live reload script injected"
    );
    assert!(
        home.contains(&format!("http://127.0.0.1:{port}/sub/")),
        "absolute URLs point at the preview"
    );
    assert!(
        !std::fs::read_to_string(root.join("public/index.html"))
            .unwrap()
            .contains("EventSource"),
        "never in the files"
    );
    assert_eq!(http_get(port, "/sub/articles/ashgabat/").0, 200);
    assert_eq!(http_get(port, "/").0, 404, "outside the base path");

    // An edited article's new text is served after the rebuild.
    write(
        root,
        "content/articles/ashgabat.md",
        "---\ntitle: \"لقاء عشق آباد\"\ndate: 2024-10-11\n---\nنص جديد تماماً عن بوتين.\n",
    );
    let (_, body) = poll(port, "/sub/articles/ashgabat/", |_, b| {
        b.contains("نص جديد تماماً")
    });
    assert!(body.contains("نص جديد تماماً"));

    // A broken front matter: overlay on the last good page, which keeps being served.
    write(
        root,
        "content/articles/tehran-visit.md",
        "---\ntitle: \"غير مغلق\ndate: 2022-07-19\n---\nنص\n",
    );
    let (status, body) = poll(port, "/sub/articles/tehran-visit/", |_, b| {
        b.contains("<div id=\"sahifa-error\"")
    });
    assert_eq!(status, 200);
    assert!(body.contains("<div id=\"sahifa-error\""), "overlay shown");
    assert!(
        body.contains("content/articles/tehran-visit.md:"),
        "error names the file"
    );
    assert!(body.contains("بوتين في طهران"), "old page still served");
    // Fixing it clears the overlay.
    write(
        root,
        "content/articles/tehran-visit.md",
        "---\ntitle: \"بوتين في طهران\"\ndate: 2022-07-19\n---\nزار بوتين طهران.\n",
    );
    let (_, body) = poll(port, "/sub/articles/tehran-visit/", |_, b| {
        !b.contains("<div id=\"sahifa-error\"")
    });
    assert!(!body.contains("<div id=\"sahifa-error\""));

    // A deleted article answers 404 and is gone from its entities' pages.
    std::fs::remove_file(root.join("content/articles/ashgabat.md")).unwrap();
    let (status, _) = poll(port, "/sub/articles/ashgabat/", |s, _| s == 404);
    assert_eq!(status, 404);
    let (_, putin) = http_get(port, "/sub/entities/putin/");
    assert!(
        !putin.contains("لقاء عشق آباد"),
        "gone from the entity page"
    );

    // Traversal is refused.
    for path in [
        "/sub/../config.yaml",
        "/sub/%2e%2e/config.yaml",
        "/sub/..%2fconfig.yaml",
        "/sub/%2E%2E%2Fconfig.yaml",
    ] {
        let (status, _) = http_get(port, path);
        assert!(status == 400 || status == 404, "{path}: {status}");
    }
}

#[test]
fn the_event_stream_announces_reloads() {
    let site = news_site();
    let root = site.path();
    let port = free_port();
    let _server = start(root, port);
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET /sub/__sahifa/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert!(line.contains("200"), "{line}");
    std::thread::sleep(Duration::from_millis(200));
    write(
        root,
        "content/articles/ashgabat.md",
        "---\ntitle: \"لقاء\"\ndate: 2024-10-11\n---\nبوتين.\n",
    );
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut seen = String::new();
    while Instant::now() < deadline && !seen.contains("event: reload") {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        seen.push_str(&line);
    }
    assert!(seen.contains("event: reload"), "{seen}");
}

#[test]
fn the_next_port_is_used_when_taken() {
    let site = news_site();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut text = String::new();
    for _ in 0..3 {
        out.read_line(&mut text).unwrap();
    }
    let _server = Server(child);
    assert!(text.contains(&format!("Port {port} is in use")), "{text}");
}
