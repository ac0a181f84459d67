//! Fixture sites written into temporary folders.

#![allow(dead_code)]

pub mod html;

use std::fs;
use std::path::{Path, PathBuf};

/// The entity ids linked in one article with this `body`, on a site with this `config` and
/// no registry (the gazetteer and discovery as the config says), in order of mention.
pub fn linked_entities(config: &str, body: &str) -> Vec<String> {
    let dir = site(&[
        ("config.yaml", config),
        (
            "content/articles/a.md",
            &format!("---\ntitle: \"مقال\"\ndate: 2025-01-01\n---\n{body}\n"),
        ),
    ]);
    let options = sahifa::BuildOptions {
        root: dir.path().to_path_buf(),
        ..Default::default()
    };
    let analysed = sahifa::analyse_site(&options).unwrap();
    sahifa::mentions::records(&analysed)
        .into_iter()
        .map(|r| r.entity)
        .collect()
}

/// Writes `files` (path, text) under a new temporary folder.
pub fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        write(dir.path(), path, text);
    }
    dir
}

/// The fixture site `tests/<name>` copied into a new temporary folder.
pub fn fixture_copy(name: &str) -> tempfile::TempDir {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name);
    let dir = tempfile::tempdir().unwrap();
    for (rel, bytes) in tree(&source) {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    dir
}

pub fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

pub fn read(root: &Path, rel: &str) -> String {
    fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The records of `sahifa mentions --json` on the site at `root`, from the real binary;
/// panics with its stderr when it fails.
pub fn mentions_json(root: &Path) -> Vec<serde_json::Value> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["mentions", "--json", "--root"])
        .arg(root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json.as_array().expect("an array of mentions").clone()
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            out.push((
                entry.path().strip_prefix(dir).unwrap().to_path_buf(),
                fs::read(entry.path()).unwrap(),
            ));
        }
    }
    out
}

pub const CONFIG: &str = "title: \"صحيفة الاختبار\"\nbase_url: \"https://example.github.io/sub/\"\npagination:\n  entity_articles: 2\n";

/// A small news site: three dated articles, one draft, five entities.
pub fn news_site() -> tempfile::TempDir {
    site(&[
        ("config.yaml", CONFIG),
        (
            "content/articles/moscow-summit.md",
            "---\ntitle: \"قمة في موسكو\"\ndate: 2022-01-19\nsource: وكالة\n---\nاستقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي في موسكو.\n\nوقال بوتين إن روسيا وإيران شريكان، وأكد رئيسي ذلك.\n\n## لقاء موسكو\n\nوفي موسكو أيضاً `روسيا` في الشيفرة و[إيران](https://example.org).\n",
        ),
        (
            "content/articles/tehran-visit.md",
            "---\ntitle: \"بوتين في طهران\"\ndate: 2022-07-19\n---\nزار بوتين طهران والتقى رئيسي. شريكين رئيسيين في المنطقة.\n",
        ),
        (
            "content/articles/ashgabat.md",
            "---\ntitle: \"لقاء عشق آباد\"\ndate: 2024-10-11\n---\nالتقى بوتين ومسعود بيزشكيان في عشق آباد، وبحثا العلاقات بين روسيا وإيران. موقع مصرنا الإخباري نشر الخبر.\n",
        ),
        (
            "content/articles/draft.md",
            "---\ntitle: \"مسودة\"\ndraft: true\n---\nبوتين.\n",
        ),
        (
            "content/entities/putin.md",
            "---\ntype: person\nname: فلاديمير بوتين\nname_en: Vladimir Putin\nwikidata: Q7747\naliases: [بوتين]\n---\nرئيس روسيا.\n",
        ),
        (
            "content/entities/raisi.md",
            "---\ntype: person\nname: إبراهيم رئيسي\naliases: [رئيسي]\nambiguous: [رئيسي]\ncues: [الرئيس]\n---\nرئيس إيران السابق.\n",
        ),
        (
            "content/entities/pezeshkian.md",
            "---\ntype: person\nname: مسعود بزشكيان\naliases: [بزشكيان, بيزشكيان, مسعود بيزشكيان]\n---\nرئيس إيران.\n",
        ),
        (
            "content/entities/russia.md",
            "---\ntype: place\nname: روسيا\n---\nدولة.\n",
        ),
        (
            "content/entities/iran.md",
            "---\ntype: place\nname: إيران\n---\nدولة.\n",
        ),
        (
            "content/entities/moscow.md",
            "---\ntype: place\nname: موسكو\n---\nعاصمة روسيا.\n",
        ),
        (
            "content/entities/tehran.md",
            "---\ntype: place\nname: طهران\n---\nعاصمة إيران.\n",
        ),
        (
            "content/entities/egypt.md",
            "---\ntype: place\nname: مصر\n---\nدولة.\n",
        ),
    ])
}

/// A server process (`sahifa serve`, a static server) killed and reaped when the test ends,
/// whether it passes or fails, so no server outlives its test or holds its port.
pub struct Server(pub std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A minimal HTTP/1.0 GET on loopback: (status, body).
pub fn http_get(port: u16, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// Waits until `port` accepts connections (at most 20 s).
pub fn wait_for_port(port: u16) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "nothing listens on port {port}"
        );
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
}

/// The standard output of a command that must succeed; on failure, its exit code and both
/// outputs.
pub fn ok(out: std::process::Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}\n{}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A file's text, or a panic naming the file.
pub fn read_file(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
