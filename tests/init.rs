//! `sahifa init` writes a site that publishes as is: it builds and checks with the binary a user
//! installs, git leaves its output out, its workflow installs the pinned release instead of
//! compiling, and its README says the steps. `.ci/run` lints the generated workflow.

use std::path::Path;

use crate::common::{ok, read_file as read};
use std::process::Command;

fn sahifa(cwd: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sahifa"));
    c.current_dir(cwd);
    c
}

#[test]
fn init_writes_gitignore_workflow_and_readme_and_the_site_builds_and_checks() {
    let dir = tempfile::tempdir().unwrap();
    ok(sahifa(dir.path())
        .args(["init", "صحيفتي"])
        .output()
        .unwrap());
    let site = dir.path().join("صحيفتي");

    let gitignore = read(&site.join(".gitignore"));
    for line in ["public/", ".sahifa-cache/"] {
        assert!(gitignore.lines().any(|l| l == line), "{line}:\n{gitignore}");
    }

    let workflow = read(&site.join(".github/workflows/pages.yml"));
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        workflow.contains(&format!("SAHIFA_VERSION: \"{version}\"")),
        "{workflow}"
    );
    assert!(
        workflow.contains(env!("CARGO_PKG_REPOSITORY")),
        "{workflow}"
    );
    assert!(!workflow.contains("@VERSION@") && !workflow.contains("@REPOSITORY@"));
    assert!(workflow.contains("sahifa-installer.sh"), "{workflow}");
    assert!(workflow.contains("cargo install --git"), "{workflow}");
    assert!(workflow.contains("actions/cache@"), "{workflow}");
    // The build cache is kept between runs, so a rebuild re-indexes only what changed.
    assert!(workflow.contains("path: .sahifa-cache"), "{workflow}");
    // A compiled Sahifa is cached under its source's commit: a default branch that moved is
    // compiled again, not restored as it was.
    assert!(
        workflow.contains(
            "key: sahifa-${{ runner.os }}-${{ env.SAHIFA_VERSION }}-${{ steps.source.outputs.sha }}"
        ),
        "{workflow}"
    );
    assert!(workflow.contains("sahifa build --base-url"), "{workflow}");
    assert!(
        workflow.contains("sahifa check --base-url \"$BASE_URL/\" --warn-body-links"),
        "{workflow}"
    );
    // The failure the issue saw: a workflow that compiles Sahifa from the site's own repository.
    assert!(!workflow.contains("cargo run"), "{workflow}");
    assert!(!workflow.contains("cargo build"), "{workflow}");

    let readme = read(&site.join("README.md"));
    assert!(readme.contains("خمس خطوات"), "{readme}");
    assert!(readme.contains("five steps"), "{readme}");
    // Five numbered steps in each language, no sixth.
    for step in ["1. ", "5. "] {
        assert_eq!(
            readme.lines().filter(|l| l.starts_with(step)).count(),
            2,
            "{step}"
        );
    }
    assert!(!readme.lines().any(|l| l.starts_with("6. ")), "{readme}");
    assert!(!readme.contains("@REPOSITORY@") && !readme.contains("@VERSION@"));

    // Built and checked the way a user does: inside the site, no --root.
    let built = ok(sahifa(&site).arg("build").output().unwrap());
    assert!(built.contains("1 article, 6 entities"), "{built}");
    assert!(site.join("public/index.html").is_file());
    let checked = ok(sahifa(&site)
        .args(["check", "--base-url", "https://user.github.io/my-site/"])
        .output()
        .unwrap());
    assert!(checked.contains("all resolve"), "{checked}");

    // git leaves the output out: after a build, only sources are there to commit.
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(&site)
            .output()
            .expect("git is needed by this test")
    };
    ok(git(&["init", "-q"]));
    let status = ok(git(&["status", "--porcelain", "--untracked-files=all"]));
    assert!(!status.contains("public/"), "{status}");
    assert!(status.contains("config.yaml"), "{status}");
    assert!(status.contains(".github/workflows/pages.yml"), "{status}");
}

#[test]
fn init_dir_is_taken_inside_root() {
    let cwd = tempfile::tempdir().unwrap();
    let root = tempfile::tempdir().unwrap();
    let out = ok(sahifa(cwd.path())
        .arg("--root")
        .arg(root.path())
        .args(["init", "أخبار"])
        .output()
        .unwrap());
    assert!(root.path().join("أخبار/config.yaml").is_file(), "{out}");
    assert!(!cwd.path().join("أخبار").exists());
    // An absolute DIR is used as it is, whatever --root says.
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("site");
    ok(sahifa(cwd.path())
        .arg("--root")
        .arg(root.path())
        .arg("init")
        .arg(&target)
        .output()
        .unwrap());
    assert!(target.join("config.yaml").is_file());
    // The printed next step names the folder that was created.
    assert!(
        out.contains(&root.path().join("أخبار").display().to_string()),
        "{out}"
    );
}

/// A fresh clone of a new GitHub repository (`.git`, a README, a licence, a .gitignore) is
/// where many sites start: `sahifa init .` fills it, keeps every file that was there, and the
/// site builds. A folder that is a site already is refused, untouched.
#[test]
fn init_fills_a_fresh_clone_and_keeps_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let clone = dir.path().join("repo");
    std::fs::create_dir_all(clone.join(".git")).unwrap();
    std::fs::write(clone.join("README.md"), "# مستودعي\n").unwrap();
    std::fs::write(clone.join("LICENSE"), "MIT\n").unwrap();
    std::fs::write(clone.join(".gitignore"), "*.log\n").unwrap();
    let out = ok(sahifa(&clone).args(["init", "."]).output().unwrap());
    assert!(out.contains("kept") && out.contains(".gitignore"), "{out}");
    // Its README was kept, so the publishing steps are printed, not promised in it.
    assert!(
        out.contains("Settings → Pages → Source") && !out.contains("steps in its README"),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(clone.join("README.md")).unwrap(),
        "# مستودعي\n"
    );
    assert_eq!(
        std::fs::read_to_string(clone.join(".gitignore")).unwrap(),
        "*.log\n"
    );
    assert!(
        clone.join("config.yaml").is_file() && clone.join(".github/workflows/pages.yml").is_file()
    );
    ok(sahifa(&clone).arg("build").output().unwrap());
    assert!(clone.join("public/index.html").is_file());

    let config = std::fs::read_to_string(clone.join("config.yaml")).unwrap();
    assert!(
        config.contains("base_url: \"https://example.github.io/repo/\""),
        "the folder is the repository: {config}"
    );
    let again = sahifa(&clone).args(["init", "."]).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds `config.yaml`"));
    assert_eq!(
        std::fs::read_to_string(clone.join("config.yaml")).unwrap(),
        config
    );
}

/// A clone that publishes with another tool (a Jekyll workflow, its own `pages.yml`) is told so:
/// its workflow would publish something else, or race the site's, and the steps printed would
/// wait for a run that never comes. The path to `cd` into is quoted when it holds a space.
#[test]
fn init_warns_of_a_workflow_that_publishes_without_sahifa() {
    let dir = tempfile::tempdir().unwrap();
    let clone = dir.path().join("My Site");
    let workflows = clone.join(".github/workflows");
    std::fs::create_dir_all(&workflows).unwrap();
    let jekyll = "name: Jekyll\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/deploy-pages@v4\n";
    std::fs::write(workflows.join("pages.yml"), jekyll).unwrap();
    std::fs::write(workflows.join("tests.yml"), "name: tests\non: push\n").unwrap();
    let out = sahifa(dir.path())
        .args(["init", "My Site"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .contains("pages.yml: warning: this workflow publishes to GitHub Pages without Sahifa"),
        "{stderr}"
    );
    assert!(!stderr.contains("tests.yml"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Now run: cd 'My Site' && sahifa build"),
        "{stdout}"
    );
    assert_eq!(
        std::fs::read_to_string(workflows.join("pages.yml")).unwrap(),
        jekyll
    );
}

/// Articles imported before there is a site (`sahifa import` in an empty folder) are told
/// where they went and how to make the site, and `init .` then builds it around them without
/// the sample article; a `content/` of another generator's is still refused.
#[test]
fn init_after_import_makes_the_site_around_the_imported_articles() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("a.txt"),
        "قال الرئيس إن الاقتصاد بخير وإن الأسعار ستنخفض.\n",
    )
    .unwrap();
    let out = sahifa(root)
        .args(["import", "a.txt", "--date", "2024-01-01"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no site here yet") && stderr.contains("sahifa init ."),
        "{stderr}"
    );
    let out = ok(sahifa(root).args(["init", "."]).output().unwrap());
    assert!(out.contains("skipped the sample article"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("already in the folder") && l.contains("a.txt")),
        "{out}"
    );
    let articles: Vec<_> = std::fs::read_dir(root.join("content/articles"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        articles.len(),
        1,
        "no sample beside the import: {articles:?}"
    );
    ok(sahifa(root).arg("build").output().unwrap());
    assert!(root.join("public/index.html").is_file());

    let hugo = dir.path().join("hugo");
    std::fs::create_dir_all(hugo.join("content/posts")).unwrap();
    let out = sahifa(&hugo).args(["init", "."]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds `content`"));
}

/// `init` in a folder that already has files overwrites none and says what it found there,
/// as Hugo and Zola say what they did: each file it would have written that was there is
/// kept, and the folder's other entries are named as left alone.
#[test]
fn init_in_a_folder_with_files_names_what_it_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("site");
    std::fs::create_dir_all(folder.join("notes")).unwrap();
    std::fs::write(folder.join("notes.txt"), "ملاحظاتي\n").unwrap();
    std::fs::write(folder.join("README.md"), "# x\n").unwrap();
    // A folder init writes into (its workflow) is not one it left as it was.
    std::fs::create_dir_all(folder.join(".github")).unwrap();
    let out = ok(sahifa(dir.path()).args(["init", "site"]).output().unwrap());
    assert!(out.contains("kept site/README.md"), "{out}");
    assert!(
        out.contains("already in the folder, left as it was: notes/, notes.txt (nothing overwritten or removed)"),
        "{out}"
    );
    assert!(!out.contains("skipped the sample"), "{out}");
    assert_eq!(read(&folder.join("notes.txt")), "ملاحظاتي\n");
    assert_eq!(read(&folder.join("README.md")), "# x\n");
    // An empty content/ holds no articles: the sample goes into it, and no line says it was
    // skipped.
    std::fs::create_dir_all(dir.path().join("empty/content")).unwrap();
    let out = ok(sahifa(dir.path()).args(["init", "empty"]).output().unwrap());
    assert!(!out.contains("skipped the sample"), "{out}");
    assert!(
        dir.path()
            .join("empty/content/articles/putin-raisi-moscow.md")
            .is_file()
    );
    // A new folder had nothing to leave alone: no such line.
    let out = ok(sahifa(dir.path()).args(["init", "new"]).output().unwrap());
    assert!(!out.contains("left as it was"), "{out}");
}

/// A clean build of a site made by `init`, with real articles by other outlets imported and
/// discovery at init's default, writes nothing to standard error: a debugging line left in a
/// rule (as once «DBG …») or a stray warning would reach every user's terminal and CI log.
#[test]
fn a_clean_build_of_an_init_site_with_real_articles_writes_nothing_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    ok(sahifa(dir.path()).args(["init", "site"]).output().unwrap());
    let site = dir.path().join("site");
    let articles = site.join("content/articles");
    for entry in std::fs::read_dir(&articles).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let mut copied = 0;
    for entry in std::fs::read_dir(&eval).unwrap() {
        let path = entry.unwrap().path();
        let article = path
            .file_stem()
            .and_then(|s| s.to_str())
            .is_some_and(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()));
        if article && path.extension().is_some_and(|e| e == "md") {
            std::fs::copy(&path, articles.join(path.file_name().unwrap())).unwrap();
            copied += 1;
        }
    }
    assert!(copied >= 5, "{copied} articles in {}", eval.display());
    for args in [&["build"][..], &["mentions", "--json"][..]] {
        let out = sahifa(&site).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?} wrote to stderr:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(site.join("public/index.html").is_file());
}
