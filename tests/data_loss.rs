//! Nothing a user owns is ever deleted, overwritten or escaped from.
//!
//! Every case runs the real binary in a temporary folder that holds, beside the site, files of
//! the user's that must survive (`home/`, `userdir/`, `notes.txt`), and compares the whole
//! folder before and after: a refused build changes nothing at all, anywhere; an accepted one
//! changes only its own output folder. No case may panic (exit code 101) or leave a staging
//! folder behind.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{news_site, tree, write};

const USER_FILE: &str = "ملاحظات المحرر — لا تحذف\n";

/// A temporary folder with the news site under `site/` and the user's own files beside it.
struct World {
    dir: tempfile::TempDir,
}

impl World {
    fn new() -> World {
        let site = news_site();
        let dir = tempfile::tempdir().unwrap();
        copy_dir(site.path(), &dir.path().join("site"));
        write(dir.path(), "home/letter.txt", USER_FILE);
        write(dir.path(), "home/photos/a.jpg", "jpeg bytes");
        write(dir.path(), "userdir/draft.md", USER_FILE);
        write(dir.path(), "notes.txt", USER_FILE);
        World { dir }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    fn set_config(&self, extra: &str) {
        let config = fs::read_to_string(self.root().join("config.yaml")).unwrap();
        fs::write(
            self.root().join("config.yaml"),
            format!("{config}{extra}\n"),
        )
        .unwrap();
    }

    /// Runs `sahifa` with `args` from the site folder.
    fn sahifa(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_sahifa"))
            .args(args)
            .current_dir(self.root())
            .output()
            .unwrap()
    }

    fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        tree(self.dir.path())
    }

    /// No staging folder (`.X.staging-N`, `.X.staging-N.old`) anywhere in the world.
    fn assert_no_leftovers(&self) {
        for entry in walkdir::WalkDir::new(self.dir.path()) {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(!name.contains(".staging-"), "leftover {name}");
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for (rel, bytes) in tree(from) {
        let path = to.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The build is refused with exit 2, says why naming the setting, and nothing changed.
fn assert_refused(world: &World, args: &[&str], setting: &str) {
    let before = world.snapshot();
    let out = world.sahifa(args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(err.contains(setting), "{args:?} names {setting}: {err}");
    assert!(err.contains("help:"), "{args:?} says what to do: {err}");
    assert!(
        world.snapshot() == before,
        "{args:?} changed files although refused: {err}"
    );
    world.assert_no_leftovers();
}

#[test]
fn output_dir_naming_the_sources_or_their_parents_is_refused() {
    let world = World::new();
    let root = world.root();
    let cases = [
        "public/../content".to_string(),
        root.display().to_string(),
        root.join("content").display().to_string(),
        "../site".to_string(),
        "./".to_string(),
        "content/articles".to_string(),
        "templates/out".to_string(),
        "config.yaml".to_string(),
        "..".to_string(),
    ];
    for case in &cases {
        let world = World::new();
        world.set_config(&format!("output_dir: \"{case}\""));
        assert_refused(&world, &["build"], "output_dir");
        let root_flag = world.root().display().to_string();
        assert_refused(&world, &["--root", &root_flag, "build"], "output_dir");
    }
}

#[test]
fn output_naming_a_folder_or_file_of_the_user_is_refused() {
    for case in ["../home", "../userdir", "../notes.txt"] {
        let world = World::new();
        assert_refused(&world, &["build", "--output", case], "--output");
        world.set_config(&format!("output_dir: \"{case}\""));
        assert_refused(&world, &["build"], "output_dir");
    }
}

#[test]
fn output_folders_sahifa_may_use_are_accepted() {
    let world = World::new();
    // New, empty, and one Sahifa wrote before (marked): all fine, and only it changes.
    let empty = world.dir.path().join("empty");
    fs::create_dir_all(&empty).unwrap();
    for case in ["public", "../fresh/out", "../empty", "../empty"] {
        let out = world.sahifa(&["build", "--output", case]);
        assert!(out.status.success(), "{case}: {}", stderr(&out));
    }
    assert!(empty.join(".sahifa-output").is_file());
    assert!(empty.join("index.html").is_file());
    assert_eq!(
        fs::read_to_string(world.dir.path().join("home/letter.txt")).unwrap(),
        USER_FILE
    );
    world.assert_no_leftovers();
}

#[test]
fn missing_or_broken_content_folder_keeps_the_previous_output() {
    for breakage in ["no content", "articles is a file"] {
        let world = World::new();
        assert!(world.sahifa(&["build"]).status.success());
        match breakage {
            "no content" => fs::remove_dir_all(world.root().join("content")).unwrap(),
            _ => {
                fs::remove_dir_all(world.root().join("content/articles")).unwrap();
                fs::write(world.root().join("content/articles"), "x").unwrap();
            }
        }
        let before = world.snapshot();
        let out = world.sahifa(&["build"]);
        assert!(!out.status.success(), "{breakage}: exit 0");
        assert_ne!(out.status.code(), Some(101), "{breakage}: panic");
        assert!(stderr(&out).contains("content"), "{}", stderr(&out));
        assert!(world.snapshot() == before, "{breakage}: output replaced");
    }
}

#[test]
fn a_site_with_no_articles_builds_and_says_so() {
    let world = World::new();
    for entry in fs::read_dir(world.root().join("content/articles")).unwrap() {
        fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let out = world.sahifa(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("no articles"), "{}", stderr(&out));
}

#[test]
fn language_values_never_write_outside_the_output_nor_panic() {
    let long = format!("ar-{}", "abcdefgh-".repeat(6).trim_end_matches('-'));
    for language in ["../../../../esc", "../x", long.as_str(), "ar/../../y"] {
        let world = World::new();
        world.set_config(&format!("language: \"{language}\""));
        let before: Vec<PathBuf> = world.snapshot().into_iter().map(|(p, _)| p).collect();
        let out = world.sahifa(&["build"]);
        assert_ne!(out.status.code(), Some(101), "{language}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
        let after: Vec<PathBuf> = world.snapshot().into_iter().map(|(p, _)| p).collect();
        let outside: Vec<&PathBuf> = after
            .iter()
            .filter(|p| !before.contains(p) && !p.starts_with("site/public"))
            .collect();
        assert!(outside.is_empty(), "{language}: wrote {outside:?}");
        world.assert_no_leftovers();
    }
}

/// A site large enough that a debug build takes a while, so it can be interrupted.
fn big_world() -> World {
    let world = World::new();
    let body = "استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي في موسكو، \
                وبحثا العلاقات بين روسيا وإيران.\n\n"
        .repeat(20);
    for i in 0..250 {
        write(
            &world.root(),
            &format!("content/articles/n{i:04}.md"),
            &format!("---\ntitle: \"خبر رقم {i}\"\ndate: 2023-05-01\n---\n{body}"),
        );
    }
    world
}

/// Starts a build and waits until its staging folder exists; `None` if the build ended first.
fn start_build_and_wait_for_staging(world: &World) -> Option<std::process::Child> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .arg("build")
        .current_dir(world.root())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        let staging = fs::read_dir(world.root())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains(".staging-"));
        if staging {
            // Let it write some pages: not long, since an idle machine writes the whole
            // site in about 150 ms and the build would end before the signal.
            std::thread::sleep(Duration::from_millis(15));
            return Some(child);
        }
        if child.try_wait().unwrap().is_some() {
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

fn staging_folders(root: &Path) -> Vec<String> {
    fs::read_dir(root)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".staging-"))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_killed_build_leaves_a_folder_the_next_build_removes() {
    let world = big_world();
    assert!(world.sahifa(&["build"]).status.success());
    let previous = tree(&world.root().join("public"));
    let mut child = start_build_and_wait_for_staging(&world).expect("build too fast to kill");
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();
    assert_eq!(staging_folders(&world.root()).len(), 1, "SIGKILL leaves it");
    assert!(
        tree(&world.root().join("public")) == previous,
        "output kept"
    );

    let out = world.sahifa(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let left = staging_folders(&world.root());
    let contents: Vec<_> = left
        .iter()
        .map(|name| {
            let dir = world.root().join(name);
            let files: Vec<_> = fs::read_dir(&dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| (e.file_name(), fs::metadata(e.path()).map(|m| m.len()).ok()))
                .collect();
            (name.clone(), files)
        })
        .collect();
    assert!(left.is_empty(), "removed by the next build: {contents:?}");
}

/// Ctrl-C while a build writes: exit 130, no staging folder left, the previous output as it
/// was. A build that ends before the signal lands (a loaded machine can let it finish in the
/// pause that lets it write some pages) is started again, up to three times: only an
/// interrupted build is checked, and one always is.
#[cfg(unix)]
#[test]
fn ctrl_c_during_a_build_removes_its_staging_folder() {
    let world = big_world();
    assert!(world.sahifa(&["build"]).status.success());
    let mut previous = tree(&world.root().join("public"));
    for _ in 0..3 {
        let child = start_build_and_wait_for_staging(&world).expect("build too fast to interrupt");
        let pid = child.id().to_string();
        let signalled = Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success();
        let out = child.wait_with_output().unwrap();
        if !signalled || out.status.code() == Some(0) {
            // Done before the signal: nothing was interrupted; its output is the previous
            // one for the next try.
            previous = tree(&world.root().join("public"));
            continue;
        }
        assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
        let left = staging_folders(&world.root());
        assert!(
            left.is_empty(),
            "Ctrl-C cleans up: {left:?} left, stderr: {}",
            stderr(&out)
        );
        assert!(
            tree(&world.root().join("public")) == previous,
            "output kept"
        );
        return;
    }
    panic!("three builds ended before Ctrl-C reached them");
}

/// `sahifa … | head -1`: the reader goes away after one line.
fn first_line_then_close(world: &World, args: &[&str]) -> Output {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(args)
        .current_dir(world.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // The reader (and the pipe) is dropped here.
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let world = World::new();
    // Enough output that the pipe closes while the command still prints.
    for i in 0..200 {
        write(
            &world.root(),
            &format!("content/articles/m{i:03}.md"),
            "---\ntitle: خبر\ndate: 2024-01-01\n---\nقال بوتين في موسكو إن روسيا وإيران شريكان.\n",
        );
    }
    let raw = world.dir.path().join("raw");
    for i in 0..50 {
        write(
            &raw,
            &format!("{i:03}.txt"),
            "قمة في موسكو\nاستقبل الرئيس فلاديمير بوتين نظيره في موسكو أمس.\n",
        );
    }
    let raw_arg = raw.display().to_string();
    let commands: [&[&str]; 3] = [
        &["mentions"],
        &["entities", "suggest", "--limit", "500"],
        &[
            "import",
            &raw_arg,
            "--date",
            "2024-01-01",
            "--out",
            "../imported",
        ],
    ];
    for args in commands {
        let out = first_line_then_close(&world, args);
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}

/// A page whose name the file system refuses (over 255 bytes: 200 Arabic letters) is reported
/// against the article that named it, not the hidden staging path, and the output is kept.
#[test]
fn a_name_too_long_for_the_file_system_names_the_article() {
    let world = World::new();
    assert!(world.sahifa(&["build"]).status.success());
    let previous = tree(&world.root().join("public"));
    let slug = "خبر".repeat(70);
    write(
        &world.root(),
        "content/articles/long.md",
        &format!("---\ntitle: خبر طويل\ndate: 2024-01-01\nslug: {slug}\n---\nقال بوتين.\n"),
    );
    let out = world.sahifa(&["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("content/articles/long.md"), "{err}");
    assert!(err.contains("shorter"), "says what to do: {err}");
    assert!(!err.contains(".staging-"), "no staging path: {err}");
    assert!(
        tree(&world.root().join("public")) == previous,
        "output kept"
    );
    world.assert_no_leftovers();
}
