//! `sahifa serve` over real HTTP: pages under the base path, live rebuilds of edits and
//! deletions, the error overlay over the last good page, and refused traversal.

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Server, free_port, http_get, news_site, wait_for_port, write};

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
    let preview = std::fs::read_to_string(root.join(".sahifa-cache/serve/index.html")).unwrap();
    assert!(!preview.contains("EventSource"), "never in the files");
    assert!(
        !root.join("public").exists(),
        "the preview, with the preview's address in every page, is not the output to publish"
    );
    assert_eq!(http_get(port, "/sub/articles/ashgabat/").0, 200);
    // Was 404; outside the base path is now redirected into it (issue 16, see
    // `requests_outside_the_base_path_are_sent_into_it`).
    assert_eq!(http_get(port, "/").0, 302, "outside the base path");

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

/// A port named with `--port` that another program holds is an error that says so, not a
/// preview on another port the user did not ask for (a newcomer's `-p 18432` served 18433).
#[test]
fn a_port_asked_for_and_taken_is_an_error() {
    let site = news_site();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let out = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("port {port} cannot be used")) && err.contains("--port"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Hardening (issue 12): which requests are answered, idle connections, atomic pages, folders
// created after start, the redirect into the base path (issue 16).

/// Sends `request` as written and reads the whole answer: (status, head, body).
fn raw(port: u16, request: &str) -> (u16, String, String) {
    use std::io::Read;
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (status, head.to_string(), body.to_string())
}

/// A GET with `Host: host` (HTTP/1.1, connection closed after the answer).
fn get_with_host(port: u16, path: &str, host: &str) -> (u16, String, String) {
    raw(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    )
}

fn start_bound(root: &std::path::Path, port: u16, bind: &str) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args([
            "serve",
            "--bind",
            bind,
            "--port",
            &port.to_string(),
            "--root",
        ])
        .arg(root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_port(port);
    Server(child)
}

#[test]
fn only_the_hosts_of_the_preview_are_answered() {
    let site = news_site();
    let port = free_port();
    let _server = start(site.path(), port);

    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("LocalHost:{port}"),
        format!("[::1]:{port}"),
        "localhost".to_string(),
    ] {
        let (status, _, body) = get_with_host(port, "/sub/", &host);
        assert_eq!(status, 200, "Host: {host}");
        assert!(body.contains("صحيفة الاختبار"), "Host: {host}");
    }
    // DNS names (what rebinding uses), another port, an address we do not listen on.
    for host in [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        "127.0.0.1:1".to_string(),
        format!("192.168.1.20:{port}"),
        format!("user@127.0.0.1:{port}"),
    ] {
        let (status, _, body) = get_with_host(port, "/sub/", &host);
        assert_eq!(status, 421, "Host: {host}");
        assert!(!body.contains("صحيفة"), "Host: {host}: no page content");
        assert!(
            body.contains("127.0.0.1"),
            "Host: {host}: says where: {body}"
        );
    }
    // The live-reload stream too.
    let (status, _, _) = get_with_host(port, "/sub/__sahifa/events", "evil.example");
    assert_eq!(status, 421, "event stream");
    // An absolute-form request names its host in the request line.
    let (status, _, _) = raw(
        port,
        &format!(
            "GET http://evil.example:{port}/sub/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert_eq!(status, 421, "absolute-form");
    // HTTP/1.1 requires Host; HTTP/1.0 does not.
    let (status, _, _) = raw(port, "GET /sub/ HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 400, "missing Host on HTTP/1.1");
    let (status, _, _) = raw(port, "GET /sub/ HTTP/1.0\r\n\r\n");
    assert_eq!(status, 200, "HTTP/1.0 without Host");
    let (status, _, _) = raw(
        port,
        &format!(
            "GET /sub/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
        ),
    );
    assert_eq!(status, 400, "two Host headers");
}

#[test]
fn bound_to_every_address_ip_literals_are_answered_but_dns_names_are_not() {
    let site = news_site();
    let port = free_port();
    let _server = start_bound(site.path(), port, "0.0.0.0");
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("192.168.1.20:{port}"),
        format!("[fe80::1]:{port}"),
    ] {
        assert_eq!(get_with_host(port, "/sub/", &host).0, 200, "Host: {host}");
    }
    for host in [
        format!("evil.example:{port}"),
        format!("my-laptop.local:{port}"),
        "192.168.1.20:1".to_string(),
    ] {
        assert_eq!(get_with_host(port, "/sub/", &host).0, 421, "Host: {host}");
    }
}

#[test]
fn methods_other_than_get_and_head_are_refused() {
    let site = news_site();
    let port = free_port();
    let _server = start(site.path(), port);
    for method in [
        "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND",
    ] {
        for path in ["/sub/", "/sub/articles/ashgabat/", "/sub/__sahifa/events"] {
            let (status, head, _) = raw(
                port,
                &format!(
                    "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                ),
            );
            assert_eq!(status, 405, "{method} {path}");
            assert!(
                head.to_ascii_lowercase().contains("\r\nallow: get, head"),
                "{method} {path}: {head}"
            );
        }
    }
    let (status, head, body) = raw(
        port,
        &format!("HEAD /sub/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"),
    );
    assert_eq!(status, 200, "{head}");
    assert!(body.is_empty(), "HEAD has no body");
}

/// Connects within `timeout`, or `None`.
fn connect_within(port: u16, timeout: Duration) -> Option<TcpStream> {
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    TcpStream::connect_timeout(&addr, timeout).ok()
}

/// A GET that gives up after `timeout`: (status, body), or `None`.
fn get_within(port: u16, path: &str, timeout: Duration) -> Option<(u16, String)> {
    use std::io::Read;
    let mut stream = connect_within(port, timeout)?;
    stream.set_read_timeout(Some(timeout)).ok()?;
    stream.set_write_timeout(Some(timeout)).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).ok()?;
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n")?.1.to_string();
    Some((status, body))
}

/// The server runs with a file limit of 256 (as a small `ulimit -n` would leave it); 400 idle
/// sockets would exhaust it. A normal request must still be answered at once, an idle socket
/// is closed after a few seconds, and the long-lived live-reload stream keeps working.
#[cfg(unix)]
#[test]
fn idle_connections_cannot_starve_the_server() {
    let site = news_site();
    let root = site.path();
    let port = free_port();
    let child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -n 256 && exec \"$0\" serve --port \"$1\" --root \"$2\"")
        .arg(env!("CARGO_BIN_EXE_sahifa"))
        .arg(port.to_string())
        .arg(root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_port(port);
    let _server = Server(child);

    // The live-reload stream, opened before the flood.
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        events,
        "GET /sub/__sahifa/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut events = BufReader::new(events);
    let mut line = String::new();
    events.read_line(&mut line).unwrap();
    assert!(line.contains("200"), "{line}");

    let flood_started = Instant::now();
    // Connections the server is slow to accept time out (its backlog is full); keep trying.
    let (mut idle, mut failures) = (Vec::new(), 0);
    while idle.len() < 400 && failures < 5 && flood_started.elapsed() < Duration::from_secs(20) {
        match connect_within(port, Duration::from_secs(1)) {
            Some(stream) => {
                idle.push(stream);
                failures = 0;
            }
            None => failures += 1,
        }
    }
    assert!(idle.len() > 256, "only {} connections opened", idle.len());
    let started = Instant::now();
    let answer = get_within(port, "/sub/articles/ashgabat/", Duration::from_secs(3));
    assert!(
        matches!(&answer, Some((200, body)) if body.contains("عشق آباد")),
        "after {} idle connections: {answer:?}",
        idle.len()
    );
    assert!(started.elapsed() < Duration::from_secs(3));

    // A socket that sends nothing is closed by the server after a few seconds.
    let mut quiet = connect_within(port, Duration::from_secs(2)).expect("connects");
    quiet
        .set_read_timeout(Some(Duration::from_secs(12)))
        .unwrap();
    let opened = Instant::now();
    let mut buf = [0u8; 16];
    let closed = matches!(std::io::Read::read(&mut quiet, &mut buf), Ok(0) | Err(_))
        && opened.elapsed() < Duration::from_secs(11);
    assert!(
        closed,
        "idle socket still open after {:?}",
        opened.elapsed()
    );
    drop(idle);

    // The stream opened before the flood outlived the idle timeout and still announces reloads.
    write(
        root,
        "content/articles/ashgabat.md",
        "---\ntitle: \"لقاء\"\ndate: 2024-10-11\n---\nبوتين.\n",
    );
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut seen = String::new();
    while Instant::now() < deadline && !seen.contains("event: reload") {
        line.clear();
        if events.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        seen.push_str(&line);
    }
    assert!(seen.contains("event: reload"), "{seen}");
}

/// A long article, so that writing its page takes long enough for a reader to meet it.
fn long_article(round: usize) -> String {
    let paragraph = "التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بيزشكيان في عشق آباد، وبحثا العلاقات الثنائية بين روسيا وإيران والتعاون في مجالات الطاقة والنقل والتجارة.\n\n";
    format!(
        "---\ntitle: \"لقاء عشق آباد\"\ndate: 2024-10-11\n---\nالنسخة رقم {round}.\n\n{}",
        paragraph.repeat(1500)
    )
}

#[test]
fn a_page_being_rewritten_is_never_served_half_written() {
    let site = news_site();
    let root = site.path().to_path_buf();
    write(&root, "content/articles/ashgabat.md", &long_article(0));
    let port = free_port();
    let _server = start(&root, port);
    let path = "/sub/articles/ashgabat/";
    assert_eq!(http_get(port, path).0, 200);

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let editor = {
        let (stop, root) = (stop.clone(), root.clone());
        std::thread::spawn(move || {
            let mut round = 1;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                write(&root, "content/articles/ashgabat.md", &long_article(round));
                round += 1;
                std::thread::sleep(Duration::from_millis(60));
            }
            round
        })
    };
    let started = Instant::now();
    let (mut fetches, mut bad) = (0, Vec::new());
    while started.elapsed() < Duration::from_secs(10) {
        let (status, body) = http_get(port, path);
        fetches += 1;
        if status == 200 && !body.trim_end().ends_with("</html>") {
            bad.push(body.len());
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let rounds = editor.join().unwrap();
    assert!(fetches > 200, "only {fetches} fetches");
    assert!(
        bad.is_empty(),
        "{} of {fetches} fetches during {rounds} edits got a 200 with a half-written page (lengths {:?})",
        bad.len(),
        &bad[..bad.len().min(10)]
    );
}

#[test]
fn a_templates_folder_created_after_start_is_watched() {
    let site = news_site();
    let root = site.path();
    assert!(!root.join("templates").exists());
    let port = free_port();
    let _server = start(root, port);
    assert_eq!(http_get(port, "/sub/articles/ashgabat/").0, 200);
    std::thread::sleep(Duration::from_millis(300));
    write(
        root,
        "templates/article.html",
        "{% extends \"base.html\" %}{% block content %}<p id=\"override\">قالب الموقع: {{ article.title }}</p>{% endblock %}",
    );
    let (_, body) = poll(port, "/sub/articles/ashgabat/", |_, b| {
        b.contains("قالب الموقع")
    });
    assert!(
        body.contains("<p id=\"override\">قالب الموقع: لقاء عشق آباد</p>"),
        "the new templates/ folder was not watched"
    );
    // And a later edit inside it is seen too.
    write(
        root,
        "templates/article.html",
        "{% extends \"base.html\" %}{% block content %}<p id=\"override\">قالب معدل: {{ article.title }}</p>{% endblock %}",
    );
    let (_, body) = poll(port, "/sub/articles/ashgabat/", |_, b| {
        b.contains("قالب معدل")
    });
    assert!(body.contains("قالب معدل"));
}

#[test]
fn requests_outside_the_base_path_are_sent_into_it() {
    let site = news_site();
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let _server = Server(child);
    let mut printed = String::new();
    while !printed.contains("Serving") {
        if out.read_line(&mut printed).unwrap() == 0 {
            break;
        }
    }
    let url = printed
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address printed: {printed}"));
    assert_eq!(url, format!("http://127.0.0.1:{port}/sub/"));
    assert_eq!(http_get(port, "/sub/").0, 200, "the printed address opens");

    for (path, to) in [
        ("/", "/sub/"),
        ("/index.html", "/sub/index.html"),
        ("/articles/ashgabat/", "/sub/articles/ashgabat/"),
    ] {
        let (status, head, _) = get_with_host(port, path, &format!("127.0.0.1:{port}"));
        assert!(status == 302 || status == 301, "{path}: {status}");
        assert!(
            head.to_ascii_lowercase()
                .contains(&format!("\r\nlocation: {to}\r\n")),
            "{path}: {head}"
        );
    }
    // Inside the base path a missing page is still the 404 page; outside it too, so a link
    // that forgot the base path fails in preview as it will once published.
    assert_eq!(http_get(port, "/sub/no/such/page/").0, 404);
    assert_eq!(http_get(port, "/no/such/page/").0, 404);
}

/// A rebuild that fails in any way — here a language tag long enough to make the search
/// indexer panic (issue 12; once `language` is validated at load it is an ordinary error) —
/// is shown over the page, and the next change is rebuilt: the rebuild thread survives.
#[test]
fn a_failed_rebuild_of_any_kind_leaves_the_server_rebuilding() {
    let site = news_site();
    let root = site.path();
    let port = free_port();
    let _server = start(root, port);
    let page = "/sub/articles/tehran-visit/";
    assert_eq!(http_get(port, page).0, 200);

    let long_language = format!("{}language: \"ar-{}\"\n", common::CONFIG, "x".repeat(60));
    write(root, "config.yaml", &long_language);
    let (status, body) = poll(port, page, |_, b| b.contains("<div id=\"sahifa-error\""));
    assert_eq!(status, 200, "the last good page is still served");
    assert!(
        body.contains("<div id=\"sahifa-error\""),
        "the failure is shown"
    );

    write(root, "config.yaml", common::CONFIG);
    write(
        root,
        "content/articles/tehran-visit.md",
        "---\ntitle: \"بوتين في طهران\"\ndate: 2022-07-19\n---\nنص بعد الإصلاح عن زيارة طهران.\n",
    );
    let (_, body) = poll(port, page, |_, b| {
        b.contains("نص بعد الإصلاح") && !b.contains("<div id=\"sahifa-error\"")
    });
    assert!(body.contains("نص بعد الإصلاح"), "the next change was rebuilt");
    assert!(
        !body.contains("<div id=\"sahifa-error\""),
        "and the overlay cleared"
    );
}

/// After a save the page is served first; the search index, made again once the sources are
/// quiet, follows, and ends as a fresh build's (a save during the refresh interrupts it).
#[test]
fn the_search_index_follows_the_edits_once_the_sources_are_quiet() {
    let site = news_site();
    let root = site.path();
    let port = free_port();
    let _server = start(root, port);
    let entry = "/sub/pagefind/pagefind-entry.json";
    let (status, before) = http_get(port, entry);
    assert_eq!(status, 200);
    for (n, word) in ["تركمانستان", "قرغيزستان"].iter().enumerate() {
        write(
            root,
            "content/articles/ashgabat.md",
            &format!(
                "---\ntitle: \"لقاء عشق آباد\"\ndate: 2024-10-11\n---\nالتقى بوتين ومسعود بيزشكيان في عشق آباد. {word} {n}\n"
            ),
        );
        let (_, page) = poll(port, "/sub/articles/ashgabat/", |_, b| b.contains(word));
        assert!(page.contains(word), "the edit is served");
    }
    let (_, after) = poll(port, entry, |s, b| s == 200 && b != before);
    assert_ne!(after, before, "the index was made again");
    // Once quiet, the served index is the one a full build of the same sources makes.
    std::thread::sleep(Duration::from_millis(1500));
    sahifa::build(&sahifa::BuildOptions {
        root: root.to_path_buf(),
        output: Some(root.join("full")),
        ..Default::default()
    })
    .unwrap();
    let index = |dir: &str| {
        common::tree(&root.join(dir))
            .into_iter()
            .filter(|(p, _)| p.starts_with("pagefind"))
            .collect::<Vec<_>>()
    };
    assert!(
        index(".sahifa-cache/serve") == index("full"),
        "a fresh build's index"
    );
}

/// `serve` prints what `build` warns about, at the first build and after an edit: a key the
/// article's front matter does not know must not pass unnoticed because the site was only
/// previewed.
#[test]
fn warnings_are_printed_at_start_and_after_an_edit() {
    let site = news_site();
    let root = site.path();
    let port = free_port();
    let log = root.join("serve.log");
    let child = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(root)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    wait_for_port(port);
    let _server = Server(child);
    // What stderr holds once it says `what`, or after 10 s.
    let printed = |what: &str| {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = std::fs::read_to_string(&log).unwrap();
            if text.contains(what) || Instant::now() > deadline {
                return text;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    let text = printed("description");
    assert!(
        text.contains("warning: the site has no `description`"),
        "{text}"
    );
    write(
        root,
        "content/articles/ashgabat.md",
        "---\ntitle: \"لقاء عشق آباد\"\ndate: 2024-10-11\nmood: calm\n---\nنص جديد عن بوتين.\n",
    );
    poll(port, "/sub/articles/ashgabat/", |_, b| {
        b.contains("نص جديد")
    });
    let text = printed("`mood`");
    assert!(
        text.contains("ashgabat.md:4:1: warning: unknown front matter key `mood` is ignored"),
        "{text}"
    );
}

/// A new article's minister, whom no page names yet, gets a page without a restart: the edit
/// is served at once, and discovery catches up once the sources are quiet.
#[test]
fn a_name_a_new_article_brings_gets_its_page_once_the_sources_are_quiet() {
    let site = common::fixture_copy("discovery_site");
    let root = site.path();
    let port = free_port();
    let _server = start(root, port);
    let entity = "/my-site/entities/علاء-فاروق/";
    assert_eq!(http_get(port, entity).0, 404);
    write(
        root,
        "content/articles/agriculture.md",
        "---\ntitle: \"خطة الزراعة\"\ndate: 2024-03-05\n---\nقال وزير الزراعة علاء فاروق إن الموسم \
         القادم سيشهد زيادة في المساحات المزروعة.\n\nوأضاف فاروق أن الوزارة ستدعم المزارعين.\n",
    );
    let (status, page) = poll(port, "/my-site/articles/agriculture/", |s, _| s == 200);
    assert_eq!(status, 200, "the edit is served");
    let (status, page_of_name) = poll(port, entity, |s, _| s == 200);
    assert_eq!(status, 200, "discovery caught up: {page}");
    assert!(page_of_name.contains("خطة الزراعة"));
    let (_, article) = http_get(port, "/my-site/articles/agriculture/");
    // The link's address is percent-encoded: علاء-فاروق.
    let href = "entities/%D8%B9%D9%84%D8%A7%D8%A1-%D9%81%D8%A7%D8%B1%D9%88%D9%82/";
    assert!(article.contains(href), "the article links the name");
}
