//! The output folder rule: the output folder belongs to Sahifa, or Sahifa does not touch it.
//!
//! A build replaces its output folder as a whole, so a wrong `output_dir` or `--output` would
//! delete whatever folder it names. Before anything is written, the configured path is
//! resolved to a real path (symbolic links and `..` resolved) and refused when it is:
//!
//! - the site root, or a folder that contains it;
//! - `content/`, `templates/`, `themes/` or `static/` of the site, or anything inside them;
//! - an existing file (the configuration file among them);
//! - an existing folder that is not empty and that Sahifa did not create.
//!
//! Sahifa marks every folder it creates with [`MARK_FILE`]; an output written by an earlier
//! version (no mark yet) is recognised by what every Sahifa output holds (see
//! [`is_unmarked_sahifa_output`]). An empty folder may be used.

use std::fs;
use std::io::ErrorKind;
use std::path::{Component, Path, PathBuf};

use crate::error::{Diagnostic, Error, Result};

/// The file that marks a folder as Sahifa's output (and a staging folder as Sahifa's).
pub const MARK_FILE: &str = ".sahifa-output";

/// What the mark file says, for a person who finds it.
pub const MARK_TEXT: &str = "This folder is the output of Sahifa (sahifa build). Sahifa \
deletes and replaces it on every build: do not keep anything of your own here.\n";

/// How every mark Sahifa writes begins: a file of that name with other words (an empty one
/// made by hand) does not make a folder Sahifa's.
const MARK_OPENING: &str = "This folder is the output of Sahifa";

/// Whether `dir` holds Sahifa's mark: the file, with the words Sahifa writes in it.
pub fn is_marked(dir: &Path) -> bool {
    use std::io::Read as _;
    let mut opening = [0u8; MARK_OPENING.len()];
    fs::File::open(dir.join(MARK_FILE))
        .and_then(|mut f| f.read_exact(&mut opening))
        .is_ok_and(|()| opening == MARK_OPENING.as_bytes())
}

/// The site folders an output may never be in or equal to.
const PROTECTED: [&str; 4] = ["content", "templates", "themes", "static"];

/// Where the output path came from, so a refusal names what to change.
#[derive(Debug, Clone)]
pub enum OutputSetting {
    /// `output_dir` in the configuration file: the diagnostic points at that key.
    ConfigKey(Diagnostic),
    /// The `--output` flag.
    Flag,
}

impl OutputSetting {
    fn refuse(&self, shown: &Path, why: String) -> Error {
        let (diagnostic, what) = match self {
            OutputSetting::ConfigKey(at) => (at.clone(), "`output_dir`"),
            OutputSetting::Flag => (Diagnostic::new("--output", ""), "`--output`"),
        };
        Error::Config(Diagnostic {
            message: format!("the output folder `{}` {why}", shown.display()),
            help: Some(format!(
                "set {what} to a folder of its own, such as `public`: a new or empty folder, or \
                 one an earlier `sahifa build` wrote (it holds a `{MARK_FILE}` file)"
            )),
            ..diagnostic
        })
    }
}

/// Resolves the output folder of the site at `root` and checks it against the rule above.
/// `configured` is relative to `root` unless absolute. Returns the real path to write to.
pub fn checked_output_dir(
    root: &Path,
    configured: &Path,
    setting: &OutputSetting,
) -> Result<PathBuf> {
    if configured.components().next() == Some(std::path::Component::Normal("~".as_ref())) {
        // A shell would expand it; a config file does not, and a folder named `~` in the site
        // invites `rm -rf ~` when someone cleans it up.
        return Err(setting.refuse(
            configured,
            "starts with `~`, which is not the home folder here: Sahifa does not expand it as a \
             shell does (in YAML a bare `~` is also an empty value)"
                .into(),
        ));
    }
    let root_real = fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
    let joined = if configured.is_absolute() {
        configured.to_path_buf()
    } else {
        root_real.join(configured)
    };
    let output = real_path(&joined).map_err(|e| Error::io(&joined, e))?;
    let refuse = |why: String| -> Result<PathBuf> { Err(setting.refuse(configured, why)) };

    if output.parent().is_none() {
        return refuse(
            "would overwrite the site's sources: it is the root of the file system".into(),
        );
    }
    if root_real.starts_with(&output) {
        return refuse(if root_real == output {
            "would overwrite the site's sources: it is the site's own folder".into()
        } else {
            "would overwrite the site's sources: it contains the site's own folder".into()
        });
    }
    for name in PROTECTED {
        let dir = root_real.join(name);
        let dir = fs::canonicalize(&dir).unwrap_or(dir);
        if output.starts_with(&dir) {
            return refuse(format!(
                "would overwrite the site's sources: it is the site's `{name}/` folder or inside it"
            ));
        }
    }
    if output == root_real.join(crate::config::CONFIG_FILE) {
        return refuse("would overwrite the site's sources: it is the configuration file".into());
    }
    match check_replaceable(&output) {
        Ok(()) => Ok(output),
        Err(why) => refuse(why),
    }
}

/// Whether Sahifa may replace `output` as a whole: it does not exist, is an empty folder, or
/// is a folder Sahifa wrote. `Err` says why not.
pub fn check_replaceable(output: &Path) -> std::result::Result<(), String> {
    let meta = match fs::symlink_metadata(output) {
        Ok(meta) => meta,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(format!("cannot be read ({e})")),
    };
    if !meta.is_dir() {
        return Err(if meta.file_type().is_symlink() {
            "is a symbolic link, not a folder: Sahifa will not replace it".into()
        } else {
            "is an existing file, not a folder: Sahifa will not replace it".into()
        });
    }
    if is_marked(output) || is_unmarked_sahifa_output(output) {
        return Ok(());
    }
    match fs::read_dir(output).map(|mut entries| entries.next().is_none()) {
        Ok(true) => Ok(()),
        Ok(false) => Err(format!(
            "holds files Sahifa did not write (it has no `{MARK_FILE}` file written by \
             Sahifa), and a build would delete them"
        )),
        Err(e) => Err(format!("cannot be read ({e})")),
    }
}

/// An output of a Sahifa version from before the mark: it has the files every build writes
/// and its home page names Sahifa as its generator.
fn is_unmarked_sahifa_output(dir: &Path) -> bool {
    let has = |name: &str| dir.join(name).is_file();
    if !(has(".nojekyll") && has("404.html") && has("sitemap.xml")) {
        return false;
    }
    fs::read_to_string(dir.join("index.html"))
        .is_ok_and(|html| html.contains("<meta name=\"generator\" content=\"Sahifa "))
}

/// `path` made absolute with every symbolic link and `..` resolved, even where it does not
/// exist yet: the longest existing prefix is canonicalised, the rest applied by hand (a
/// component that does not exist cannot be a link, so `..` after it simply goes back up).
fn real_path(path: &Path) -> std::io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut real = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => real.push(component),
            Component::CurDir => {}
            Component::ParentDir => {
                real.pop();
            }
            Component::Normal(name) => {
                real.push(name);
                match fs::canonicalize(&real) {
                    Ok(resolved) => real = resolved,
                    Err(e) if e.kind() == ErrorKind::NotFound => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        for dir in ["content/articles", "templates", "static"] {
            fs::create_dir_all(root.join(dir)).unwrap();
        }
        fs::write(root.join("config.yaml"), "title: x\n").unwrap();
        fs::write(root.join("content/articles/a.md"), "مقال").unwrap();
        tmp
    }

    fn check(root: &Path, configured: &str) -> std::result::Result<PathBuf, String> {
        checked_output_dir(root, Path::new(configured), &OutputSetting::Flag)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn refuses_sources_and_their_parents() {
        let tmp = site();
        let root = tmp.path().join("site");
        let root_abs = root.display().to_string();
        let content_abs = root.join("content").display().to_string();
        for bad in [
            ".",
            "..",
            "/",
            "public/../content",
            "content",
            "content/articles/out",
            "templates",
            "static/x",
            "config.yaml",
            "../site",
            root_abs.as_str(),
            content_abs.as_str(),
        ] {
            let err = check(&root, bad).expect_err(bad);
            assert!(
                err.contains("would overwrite the site's sources"),
                "{bad}: {err}"
            );
        }
        assert!(root.join("content/articles/a.md").is_file());
    }

    /// `~` is a shell's, not a path: `output_dir: ~/site` made a folder named `~` in the site.
    #[test]
    fn refuses_a_tilde_it_would_not_expand() {
        let tmp = site();
        let root = tmp.path().join("site");
        for bad in ["~", "~/out", "~/"] {
            let err = check(&root, bad).expect_err(bad);
            assert!(err.contains("not the home folder"), "{bad}: {err}");
        }
        assert!(!root.join("~").exists());
        assert!(check(&root, "out~").is_ok() && check(&root, "a/~").is_ok());
    }

    #[test]
    fn refuses_a_folder_of_the_user_and_a_file() {
        let tmp = site();
        let root = tmp.path().join("site");
        fs::create_dir_all(tmp.path().join("home")).unwrap();
        fs::write(tmp.path().join("home/notes.txt"), "ملاحظات").unwrap();
        fs::write(tmp.path().join("notes.txt"), "x").unwrap();
        assert!(
            check(&root, "../home")
                .unwrap_err()
                .contains("did not write")
        );
        assert!(
            check(&root, "../notes.txt")
                .unwrap_err()
                .contains("existing file")
        );
    }

    #[test]
    fn refuses_through_a_symbolic_link() {
        #[cfg(unix)]
        {
            let tmp = site();
            let root = tmp.path().join("site");
            std::os::unix::fs::symlink(root.join("content"), tmp.path().join("link")).unwrap();
            assert!(check(&root, "../link").is_err());
            assert!(check(&root, "../link/../../site/content").is_err());
        }
    }

    #[test]
    fn accepts_new_empty_marked_and_earlier_outputs() {
        let tmp = site();
        let root = tmp.path().join("site");
        assert_eq!(check(&root, "public").unwrap(), root.join("public"));
        assert!(check(&root, "../elsewhere/out").is_ok());
        fs::create_dir_all(root.join("empty")).unwrap();
        assert!(check(&root, "empty").is_ok());
        fs::create_dir_all(root.join("marked")).unwrap();
        fs::write(root.join("marked").join(MARK_FILE), MARK_TEXT).unwrap();
        fs::write(root.join("marked/index.html"), "x").unwrap();
        assert!(check(&root, "marked").is_ok());

        let old = root.join("old");
        fs::create_dir_all(&old).unwrap();
        for f in [".nojekyll", "404.html", "sitemap.xml"] {
            fs::write(old.join(f), "").unwrap();
        }
        fs::write(old.join("index.html"), "<p>x</p>").unwrap();
        assert!(check(&root, "old").is_err(), "no generator line: not ours");
        fs::write(
            old.join("index.html"),
            "<meta name=\"generator\" content=\"Sahifa 0.1.0\">",
        )
        .unwrap();
        assert!(check(&root, "old").is_ok());
    }

    /// A mark file someone made by hand (empty, or with other words) is not Sahifa's mark: the
    /// folder's other files would be deleted by a build that took it for its output.
    #[test]
    fn a_mark_made_by_hand_does_not_make_a_folder_sahifas() {
        let tmp = site();
        let root = tmp.path().join("site");
        let victim = root.join("victim");
        fs::create_dir_all(&victim).unwrap();
        fs::write(victim.join("a.txt"), "مقال لم يحفظ في مكان آخر").unwrap();
        for mark in ["", "x", "previous build\n"] {
            fs::write(victim.join(MARK_FILE), mark).unwrap();
            let err = check(&root, "victim").unwrap_err().to_string();
            assert!(err.contains("holds files Sahifa did not write"), "{err}");
        }
        fs::write(victim.join(MARK_FILE), MARK_TEXT).unwrap();
        assert!(check(&root, "victim").is_ok());
    }
}
