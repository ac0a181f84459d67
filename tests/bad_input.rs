//! The bad-input catalogue: every folder under `tests/bad_input/` is a small site with one
//! problem, and its `expect.yaml` says what `sahifa build` must do with it.
//!
//! Each case is copied into a temporary folder that already holds a previous output
//! (`public/marker.html`), then built with the real binary. Checked for every case: the exit
//! code, every expected substring of stderr, and that nothing panicked. A failing build must
//! leave the whole site folder — sources and the previous `public/` — byte for byte as it was;
//! a successful one must replace `public/` and leave the sources alone. Either may add entries
//! to Sahifa's own build cache, `.sahifa-cache/` (content-addressed work kept for the next
//! build, safe to delete); nothing there may be changed or removed.
//!
//! `expect.yaml`:
//!
//! ```yaml
//! outcome: error         # error | ok | warning (warning: exit 0 and a warning on stderr)
//! exit_code: 1           # 0 ok, 1 content or template errors, 2 usage/config
//! messages: [...]        # substrings stderr must contain
//! forbidden: [...]       # substrings stderr must not contain
//! stdout: [...]          # substrings stdout must contain
//! output: {file: [...]}  # output files (under public/) and substrings each must contain
//! absent: [...]          # output files that must not exist
//! known_bug: "…"         # the expectation is the right behaviour, not yet today's
//! note: "…"              # why the expectation is what it is
//! ```
//!
//! A case marked `known_bug` that does not meet its expectation is listed, not failed; one that
//! meets it fails the test until the marker is removed, so a fix is never left unrecorded.
//! Inputs git cannot hold (invalid UTF-8 made on purpose, 20 MB, symbolic links, a file
//! nobody may read) are made by [`generate`], keyed by case name.
//!
//! `BAD_INPUT_CASE=name` runs one case (`a,b` several); `BAD_INPUT_VERBOSE=1` prints every case's stderr.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

const CASES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad_input");
const EXPECT_FILE: &str = "expect.yaml";
const MARKER: &str = "public/marker.html";
const MARKER_TEXT: &str = "<!doctype html>\n<p>النسخة السابقة من الموقع</p>\n";
/// Far above the slowest case (the 20 MB article: about 4 s in a debug build).
const TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    outcome: Outcome,
    exit_code: i32,
    #[serde(default)]
    messages: Vec<String>,
    #[serde(default)]
    forbidden: Vec<String>,
    #[serde(default)]
    stdout: Vec<String>,
    #[serde(default)]
    output: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    absent: Vec<String>,
    known_bug: Option<String>,
    /// Documentation only.
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Outcome {
    Error,
    Ok,
    Warning,
}

/// Cases whose bad file is made here rather than stored in git.
const GENERATED: &[&str] = &[
    "not-utf8-windows-1256",
    "template-not-utf8",
    "config-not-utf8",
    "huge-article-20mb",
    "symlink-loop",
    "dangling-symlink",
    "unreadable-file",
    "file-names-differ-in-case",
    "file-name-not-utf8",
    "static-symlink",
    "static-dangling-symlink",
    "static-file-name-not-utf8",
];

/// "قمة في طهران" and "زار بوتين طهران." in Windows-1256.
const CP1256_TITLE: &[u8] = b"\xde\xe3\xc9 \xdd\xed \xd8\xe5\xd1\xc7\xe4";
const CP1256_BODY: &[u8] = b"\xd2\xc7\xd1 \xc8\xe6\xca\xed\xe4 \xd8\xe5\xd1\xc7\xe4.";
/// "الخبر" in Windows-1256.
const CP1256_NEWS: &[u8] = b"\xc7\xe1\xce\xc8\xd1";

/// Adds the files git cannot store for `case`. `Err` means the case cannot run here (why).
fn generate(case: &str, root: &Path) -> Result<(), String> {
    match case {
        "not-utf8-windows-1256" => {
            let text = [
                b"---\ntitle: \"".as_slice(),
                CP1256_TITLE,
                b"\"\ndate: 2022-07-19\n---\n",
                CP1256_BODY,
                b"\n",
            ]
            .concat();
            write(root, "content/articles/cp1256.md", &text);
        }
        "template-not-utf8" => {
            let text = [
                b"{% extends \"base.html\" %}\n{% block content %}\n<h1>".as_slice(),
                CP1256_NEWS,
                b"</h1>\n{{ article.content | safe }}\n{% endblock content %}\n",
            ]
            .concat();
            write(root, "templates/article.html", &text);
        }
        "config-not-utf8" => {
            let text = [
                b"title: \"".as_slice(),
                CP1256_NEWS,
                b"\"\nbase_url: \"https://example.github.io/site/\"\n",
            ]
            .concat();
            write(root, "config.yaml", &text);
        }
        "huge-article-20mb" => {
            let paragraph = "استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني في موسكو، وبحث \
                             الجانبان العلاقات الثنائية والتعاون الاقتصادي بين البلدين.\n\n";
            let mut text =
                String::from("---\ntitle: \"محضر الجلسة الكاملة\"\ndate: 2023-12-08\n---\n");
            while text.len() < 20 * 1024 * 1024 {
                text.push_str(paragraph);
            }
            write(root, "content/articles/huge.md", text.as_bytes());
        }
        "symlink-loop" => {
            fs::create_dir_all(root.join("content/articles/loop")).unwrap();
            symlink("..", &root.join("content/articles/loop/back"))?;
        }
        "dangling-symlink" => symlink("missing.md", &root.join("content/articles/gone.md"))?,
        "unreadable-file" => make_unreadable(&root.join("content/articles/locked.md"))?,
        "file-names-differ-in-case" => two_names_differing_in_case(root)?,
        "file-name-not-utf8" => not_utf8_file_name(root, "content/articles", ".md")?,
        "static-symlink" => {
            fs::create_dir_all(root.join("static/css")).unwrap();
            symlink("../../shared.css", &root.join("static/css/shared.css"))?;
        }
        "static-dangling-symlink" => {
            fs::create_dir_all(root.join("static")).unwrap();
            symlink("missing.css", &root.join("static/gone.css"))?;
        }
        "static-file-name-not-utf8" => not_utf8_file_name(root, "static", ".css")?,
        _ => {}
    }
    Ok(())
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) -> Result<(), String> {
    std::os::unix::fs::symlink(target, link).map_err(|e| format!("cannot make the link: {e}"))
}

#[cfg(not(unix))]
fn symlink(_: &str, _: &Path) -> Result<(), String> {
    Err("symbolic links are only made on Unix".into())
}

/// `Gaza.md` and `gaza.md`, which only a case-sensitive file system can hold apart.
fn two_names_differing_in_case(root: &Path) -> Result<(), String> {
    let dir = root.join("content/articles");
    write(
        root,
        "content/articles/Gaza.md",
        "---\ntitle: هدنة في غزة\ndate: 2024-01-10\n---\nأعلنت هدنة في غزة.\n".as_bytes(),
    );
    write(
        root,
        "content/articles/gaza.md",
        "---\ntitle: قصف على غزة\ndate: 2024-01-12\n---\nتجدد القصف على غزة.\n".as_bytes(),
    );
    let names = fs::read_dir(&dir).map_err(|e| e.to_string())?.count();
    if names < 3 {
        return Err("the file system folds case: Gaza.md and gaza.md are one file".into());
    }
    Ok(())
}

/// A file named "القمة" in Windows-1256 (then `ext`) in `dir`, a name only a Unix file
/// system holds: an article, or a static file.
#[cfg(unix)]
fn not_utf8_file_name(root: &Path, dir: &str, ext: &str) -> Result<(), String> {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let name = [b"\xc7\xe1\xde\xe3\xc9".as_slice(), ext.as_bytes()].concat();
    fs::create_dir_all(root.join(dir)).unwrap();
    let path = root.join(dir).join(OsStr::from_bytes(&name));
    fs::write(
        &path,
        "---\ntitle: \"القمة\"\ndate: 2024-01-10\n---\nانعقدت القمة.\n",
    )
    .map_err(|e| format!("the file system refuses a name that is not UTF-8: {e}"))
}

#[cfg(not(unix))]
fn not_utf8_file_name(_: &Path, _: &str, _: &str) -> Result<(), String> {
    Err("only Unix file systems hold names that are not UTF-8".into())
}

/// `locked.md`, a Markdown file reading fails on. Not as root: mode 000 (Permission denied).
/// As root (CI), which mode bits do not stop: on Linux, a link to `/proc/self/mem`, a regular
/// file whose first page is never mapped, so reading it fails with an I/O error for anyone.
#[cfg(unix)]
fn make_unreadable(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    fs::write(path, "---\ntitle: \"خبر مقفل\"\n---\nنص لا يقرأ.\n").unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(path).is_err() {
        return Ok(());
    }
    fs::remove_file(path).unwrap();
    const UNREADABLE_AS_ROOT: &str = "/proc/self/mem";
    if !Path::new(UNREADABLE_AS_ROOT).is_file() {
        return Err(
            "running as root (or with CAP_DAC_OVERRIDE) without /proc/self/mem: nothing \
             here is unreadable"
                .into(),
        );
    }
    symlink(UNREADABLE_AS_ROOT, path)?;
    if fs::read(path).is_ok() {
        return Err("/proc/self/mem can be read from its start: nothing is unreadable".into());
    }
    Ok(())
}

#[cfg(not(unix))]
fn make_unreadable(_: &Path) -> Result<(), String> {
    Err("chmod 000 is Unix only".into())
}

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// Copies a case folder, without its `expect.yaml`.
fn copy_site(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == EXPECT_FILE {
            continue;
        }
        let (src, dst) = (entry.path(), to.join(&name));
        if entry.file_type().unwrap().is_dir() {
            copy_site(&src, &dst);
        } else {
            fs::copy(&src, &dst).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        }
    }
}

/// One entry of a folder snapshot.
#[derive(Debug, PartialEq, Eq)]
enum Node {
    Dir,
    File(Vec<u8>),
    Link(PathBuf),
    Unreadable,
}

/// Every path under `root` (symbolic links not followed) with what it holds.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Node> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(root).min_depth(1).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        let rel = entry.path().strip_prefix(root).unwrap().to_path_buf();
        let kind = entry.file_type();
        let node = if kind.is_dir() {
            Node::Dir
        } else if kind.is_symlink() {
            fs::read_link(entry.path()).map_or(Node::Unreadable, Node::Link)
        } else {
            fs::read(entry.path()).map_or(Node::Unreadable, Node::File)
        };
        out.insert(rel, node);
    }
    out
}

/// Paths that differ between two snapshots, outside `public/` unless `with_output`; entries
/// created in the build cache `.sahifa-cache/` are not changes.
fn changes(
    before: &BTreeMap<PathBuf, Node>,
    after: &BTreeMap<PathBuf, Node>,
    with_output: bool,
) -> Vec<String> {
    let keep = |p: &&PathBuf| with_output || !p.starts_with("public");
    let mut out = Vec::new();
    for (path, node) in before.iter().filter(|(p, _)| keep(p)) {
        match after.get(path) {
            None => out.push(format!("{} removed", path.display())),
            Some(n) if n != node => out.push(format!("{} changed", path.display())),
            Some(_) => {}
        }
    }
    for path in after.keys().filter(keep) {
        if !before.contains_key(path) && !path.starts_with(".sahifa-cache") {
            out.push(format!("{} created", path.display()));
        }
    }
    const SHOWN: usize = 6;
    if out.len() > SHOWN {
        let more = out.len() - SHOWN;
        out.truncate(SHOWN);
        out.push(format!("and {more} more"));
    }
    out
}

struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

/// `sahifa build --root <root>`, killed after [`TIMEOUT`]. Output goes to files in `logs` (a
/// pipe could fill and block the child while we wait for it).
fn build(root: &Path, logs: &Path) -> Result<Run, String> {
    let (out_path, err_path) = (logs.join("stdout"), logs.join("stderr"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .arg("build")
        .arg("--root")
        .arg(root)
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).unwrap())
        .stderr(fs::File::create(&err_path).unwrap())
        .spawn()
        .map_err(|e| format!("cannot start sahifa: {e}"))?;
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "still running after {} s; killed",
                TIMEOUT.as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let read = |p: &Path| String::from_utf8_lossy(&fs::read(p).unwrap()).into_owned();
    Ok(Run {
        status,
        stdout: read(&out_path),
        stderr: read(&err_path),
    })
}

/// What went wrong with an `expect.yaml` itself.
fn validate(expect: &Expect) -> Vec<String> {
    let mut problems = Vec::new();
    let code_fits = match expect.outcome {
        Outcome::Ok | Outcome::Warning => expect.exit_code == 0,
        Outcome::Error => matches!(expect.exit_code, 1 | 2),
    };
    if !code_fits {
        problems.push(format!(
            "expect.yaml: exit_code {} does not fit outcome {:?}",
            expect.exit_code, expect.outcome
        ));
    }
    if expect.outcome != Outcome::Ok && expect.messages.is_empty() {
        problems.push("expect.yaml: an error or warning case needs `messages`".into());
    }
    if expect.outcome == Outcome::Error && !(expect.output.is_empty() && expect.absent.is_empty()) {
        problems.push("expect.yaml: `output` and `absent` are for cases that build".into());
    }
    problems
}

enum Verdict {
    Pass,
    /// The problems found, and stderr.
    Fail(Vec<String>, String),
    Skip(String),
}

/// Runs one case.
fn run_case(dir: &Path, expect: &Expect, verbose: bool) -> Verdict {
    let case = dir.file_name().unwrap().to_string_lossy();
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_site(dir, &root);
    if let Err(why) = generate(&case, &root) {
        return Verdict::Skip(why);
    }
    // The previous output, as an earlier `sahifa build` left it (marked as Sahifa's).
    write(&root, MARKER, MARKER_TEXT.as_bytes());
    write(
        &root,
        "public/.sahifa-output",
        sahifa::write::MARK_TEXT.as_bytes(),
    );
    let before = snapshot(&root);

    let run = match build(&root, tmp.path()) {
        Ok(run) => run,
        Err(e) => return Verdict::Fail(vec![e], String::new()),
    };
    let after = snapshot(&root);
    if verbose {
        let _ = writeln!(
            std::io::stderr(),
            "── {case}: {}\n{}",
            run.status,
            run.stderr
        );
    }

    let mut problems = Vec::new();
    match run.status.code() {
        Some(code) if code == expect.exit_code => {}
        Some(code) => problems.push(format!("exit code {code}, expected {}", expect.exit_code)),
        None => problems.push(format!("killed by a signal ({})", run.status)),
    }
    if run.stderr.contains("panicked") {
        problems.push("panicked".into());
    }
    for m in &expect.messages {
        if !run.stderr.contains(m.as_str()) {
            problems.push(format!("stderr lacks «{m}»"));
        }
    }
    for m in &expect.forbidden {
        if run.stderr.contains(m.as_str()) {
            problems.push(format!("stderr contains «{m}»"));
        }
    }
    for m in &expect.stdout {
        if !run.stdout.contains(m.as_str()) {
            problems.push(format!("stdout lacks «{m}»"));
        }
    }
    let (must, must_not): (&[&str], &[&str]) = match expect.outcome {
        Outcome::Error => (&["error:"], &[]),
        Outcome::Warning => (&["warning:"], &["error:"]),
        Outcome::Ok => (&[], &["warning:", "error:"]),
    };
    for word in must {
        if !run.stderr.contains(word) {
            problems.push(format!("stderr has no «{word}»"));
        }
    }
    for word in must_not {
        if run.stderr.contains(word) {
            problems.push(format!("stderr has «{word}»"));
        }
    }

    if expect.outcome == Outcome::Error {
        if after.get(Path::new(MARKER)) != Some(&Node::File(MARKER_TEXT.into())) {
            problems.push(format!("{MARKER} is gone or changed"));
        }
        let changed = changes(&before, &after, true);
        if !changed.is_empty() {
            problems.push(format!(
                "a failed build changed the site: {}",
                changed.join(", ")
            ));
        }
    } else {
        let changed = changes(&before, &after, false);
        if !changed.is_empty() {
            problems.push(format!(
                "the build changed the sources: {}",
                changed.join(", ")
            ));
        }
        if after.contains_key(Path::new(MARKER)) {
            problems.push(format!("{MARKER} survived: public/ was not replaced"));
        }
        if !matches!(
            after.get(Path::new("public/index.html")),
            Some(Node::File(_))
        ) {
            problems.push("public/index.html was not written".into());
        }
        for (file, subs) in &expect.output {
            let path = Path::new("public").join(file);
            match after.get(&path) {
                Some(Node::File(bytes)) => {
                    let text = String::from_utf8_lossy(bytes);
                    for s in subs.iter().filter(|s| !text.contains(s.as_str())) {
                        problems.push(format!("{} lacks «{s}»", path.display()));
                    }
                }
                _ => problems.push(format!("{} was not written", path.display())),
            }
        }
        for file in &expect.absent {
            if after.contains_key(&Path::new("public").join(file)) {
                problems.push(format!("public/{file} should not exist"));
            }
        }
    }
    if problems.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail(problems, run.stderr)
    }
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines()
        .map(|l| format!("{prefix}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn case_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(CASES_DIR)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn bad_input_catalogue() {
    let dirs = case_dirs();
    assert!(dirs.len() >= 30, "only {} cases in {CASES_DIR}", dirs.len());
    for name in GENERATED {
        assert!(
            Path::new(CASES_DIR).join(name).is_dir(),
            "generated case `{name}` has no folder in {CASES_DIR}"
        );
    }
    let only = std::env::var("BAD_INPUT_CASE").ok();
    let verbose = std::env::var_os("BAD_INPUT_VERBOSE").is_some();

    let mut failures = Vec::new();
    let mut known = Vec::new();
    let mut fixed = Vec::new();
    let mut skipped = Vec::new();
    let mut passed = 0;
    let mut ran = 0;
    for dir in &dirs {
        let case = dir.file_name().unwrap().to_string_lossy().into_owned();
        if only
            .as_ref()
            .is_some_and(|o| !o.split(',').any(|c| c == case))
        {
            continue;
        }
        ran += 1;
        let text = fs::read_to_string(dir.join(EXPECT_FILE)).unwrap_or_default();
        let expect: Expect = match serde_yaml::from_str(&text) {
            Ok(e) => e,
            Err(e) => {
                failures.push(format!("{case}: {EXPECT_FILE}: {e}"));
                continue;
            }
        };
        let invalid = validate(&expect);
        if !invalid.is_empty() {
            failures.push(format!("{case}: {}", invalid.join("; ")));
            continue;
        }
        let (problems, stderr) = match run_case(dir, &expect, verbose) {
            Verdict::Skip(why) => {
                skipped.push(format!("{case}: {why}"));
                continue;
            }
            Verdict::Pass => (Vec::new(), String::new()),
            Verdict::Fail(problems, stderr) => (problems, stderr),
        };
        let mut details = problems
            .iter()
            .map(|p| format!("    - {p}"))
            .collect::<Vec<_>>()
            .join("\n");
        let stderr = match stderr.trim_end() {
            "" => "\n    stderr: (empty)".to_string(),
            text => format!("\n    stderr:\n{}", indent(text, "      ")),
        };
        match (&expect.known_bug, problems.is_empty()) {
            (None, true) => passed += 1,
            (None, false) => failures.push(format!("{case}:\n{details}{stderr}")),
            (Some(bug), false) => {
                if verbose {
                    details.push_str(&stderr);
                }
                known.push(format!("{case}: {bug}\n{details}"));
            }
            (Some(bug), true) => fixed.push(format!(
                "{case}: now meets its expectation; remove `known_bug: {bug:?}` from its {EXPECT_FILE}"
            )),
        }
    }

    assert!(ran > 0, "no case is named {only:?}");
    // Written to stderr directly, not through eprintln!, so that the list shows in a normal
    // `cargo test` run (the test harness captures only the print macros of passing tests).
    let mut report = format!(
        "\nbad input: {ran} cases: {passed} pass, {} known bugs, {} skipped, {} failing\n",
        known.len(),
        skipped.len(),
        failures.len() + fixed.len()
    );
    for (title, list) in [("known bugs", &known), ("skipped", &skipped)] {
        if !list.is_empty() {
            report.push_str(&format!("{title}:\n"));
            for item in list {
                report.push_str(&format!("  {item}\n"));
            }
        }
    }
    let _ = std::io::stderr().write_all(report.as_bytes());
    assert!(
        failures.is_empty() && fixed.is_empty(),
        "{} bad-input cases do not match their {EXPECT_FILE}:\n\n{}\n",
        failures.len() + fixed.len(),
        failures
            .iter()
            .chain(&fixed)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}
