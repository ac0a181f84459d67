//! The staging folder a build writes into: created beside the target, marked and locked while
//! the build runs, swapped in whole when it succeeds and removed when it does not — so a
//! failed or killed build never leaves a half-written site, and never touches the old one.

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, RwLock};

use super::{MARK_FILE, MARK_TEXT, Output, checked_relative, folder};
use crate::error::{Error, Result};

/// A staging directory that becomes the output on [`Staging::commit`], or disappears.
///
/// It is created beside the target (same file system, so the swap is two renames), named
/// `.<target>.staging-<pid>`, marked with [`MARK_FILE`] and locked with a lock file inside it
/// for as long as this value lives. A build killed before it could clean up (SIGKILL, a power
/// cut) leaves its staging folder behind; the next build removes every marked staging folder of
/// the same target whose lock nobody holds any more ([`remove_leftovers`]).
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    /// Held (locked) while the staging folder is in use; closed before the swap.
    lock: Option<fs::File>,
    committed: bool,
    /// Folders of the staging folder already created by this build.
    ///
    /// Why: `create_dir_all` on a folder that exists is a failed `mkdir` and a `stat`, each
    /// taking the parent's lock; the search bundle writes ~2,000 fragments into one folder, and
    /// those calls were a tenth of its time (docs/benchmarks.md).
    made: Mutex<HashSet<PathBuf>>,
    /// Whether there is an output to replace: a first build looks for no old files.
    replaces: bool,
}

/// The lock file inside a staging folder (removed before the folder becomes the output).
const LOCK_FILE: &str = ".sahifa-staging.lock";

/// Staging folders of builds in progress in this process, so an interrupted build (Ctrl-C)
/// can remove its own: see [`abandon_staging`].
static LIVE_STAGING: Mutex<Vec<(PathBuf, PathBuf)>> = Mutex::new(Vec::new());

/// Writers hold this for reading while they write one file; [`abandon_staging`] takes it for
/// writing, so no file is being written (and no folder re-created) while it removes them.
static WRITE_GATE: RwLock<()> = RwLock::new(());

/// Removes the staging folders of every build in progress in this process and returns with
/// the write gate held for good: call it from an interrupt handler just before exiting, so a
/// Ctrl-C never leaves a staging folder behind. Never returns the gate: nothing may be written
/// after it.
pub fn abandon_staging() {
    let gate = WRITE_GATE.write().unwrap_or_else(|e| e.into_inner());
    let live = std::mem::take(&mut *LIVE_STAGING.lock().unwrap_or_else(|e| e.into_inner()));
    for (dir, target) in live {
        clean_up_interrupted(&dir, &target);
    }
    std::mem::forget(gate);
}

impl Staging {
    /// Creates an empty, marked and locked staging directory beside `target`, after removing
    /// the staging folders that killed builds of the same target left behind.
    pub fn new(target: &Path) -> Result<Staging> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        remove_leftovers(parent, &name);
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if folder::is_marked(&dir) {
            fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        } else if dir.exists() {
            return Err(Error::io(
                &dir,
                std::io::Error::other("a folder of that name exists and is not Sahifa's"),
            ));
        }
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        LIVE_STAGING
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((dir.clone(), target.to_path_buf()));
        let mut staging = Staging {
            target: target.to_path_buf(),
            dir,
            lock: None,
            committed: false,
            made: Mutex::new(HashSet::new()),
            replaces: target.is_dir(),
        };
        let lock_path = staging.dir.join(LOCK_FILE);
        let lock = fs::File::create(&lock_path).map_err(|e| Error::io(&lock_path, e))?;
        lock.try_lock().map_err(|e| {
            Error::io(
                &lock_path,
                std::io::Error::other(format!("cannot lock: {e}")),
            )
        })?;
        staging.lock = Some(lock);
        staging.write(MARK_FILE, MARK_TEXT.as_bytes())?;
        Ok(staging)
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes one file, `rel` being a `/`-separated path inside the output. A path that would
    /// leave the staging folder (`..`, an absolute path, a drive prefix) is refused, whatever
    /// produced it.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.dir.join(checked_relative(rel)?);
        let _gate = WRITE_GATE.read().unwrap_or_else(|e| e.into_inner());
        if let Some(parent) = path.parent() {
            self.make_folder(parent)?;
        }
        let file = fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
        let mut w = std::io::BufWriter::new(file);
        w.write_all(bytes)
            .and_then(|_| w.flush())
            .map_err(|e| Error::io(&path, e))
    }

    /// Creates `folder` (and its parents) unless this build already has.
    fn make_folder(&self, folder: &Path) -> Result<()> {
        let made = || self.made.lock().unwrap_or_else(|e| e.into_inner());
        if made().contains(folder) {
            return Ok(());
        }
        fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
        made().insert(folder.to_path_buf());
        Ok(())
    }

    /// Replaces the target with the staged output in two renames: the old output is renamed
    /// aside, the new one renamed in, then the old one removed. Between the two renames the
    /// target is briefly absent; the swap is not atomic, but it never mixes two builds. The
    /// target is checked again here, since this is the step that deletes it.
    pub fn commit(mut self) -> Result<()> {
        if let Err(why) = folder::check_replaceable(&self.target) {
            return Err(Error::io(
                &self.target,
                std::io::Error::other(format!("not replaced: {why}")),
            ));
        }
        let old = old_output_of(&self.dir);
        let lock_path = self.dir.join(LOCK_FILE);
        let _ = fs::remove_file(&lock_path);
        self.lock = None;
        let had_old = self.target.exists();
        if had_old {
            fs::rename(&self.target, &old).map_err(|e| Error::io(&self.target, e))?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.target) {
            if had_old {
                let _ = fs::rename(&old, &self.target);
            }
            return Err(Error::io(&self.target, e));
        }
        self.committed = true;
        forget_live(&self.dir);
        if had_old {
            match remove_marked(&old) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(Error::io(&old, e));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            self.lock = None;
            let _ = remove_marked(&self.dir);
            forget_live(&self.dir);
        }
    }
}

fn forget_live(dir: &Path) {
    let mut live = LIVE_STAGING.lock().unwrap_or_else(|e| e.into_inner());
    live.retain(|(d, _)| d != dir);
}

/// The folder a committing build moves the previous output to (`<staging>.old`).
fn old_output_of(dir: &Path) -> PathBuf {
    let mut name = dir.file_name().unwrap_or_default().to_os_string();
    name.push(".old");
    dir.with_file_name(name)
}

/// Undoes what an interrupted build left of staging folder `dir` for output `target`: an
/// interruption between the swap's two renames leaves the previous output as `<dir>.old` and
/// no `target`, so it is put back; after the swap it is only removed; `dir` is removed.
fn clean_up_interrupted(dir: &Path, target: &Path) {
    let old = old_output_of(dir);
    if old.is_dir() {
        if target.exists() {
            let _ = remove_marked(&old);
        } else {
            let _ = fs::rename(&old, target);
        }
    }
    let _ = remove_marked(dir);
}

impl Output for Staging {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        Staging::write(self, rel, bytes)
    }

    fn read(&self, rel: &str) -> Option<Vec<u8>> {
        fs::read(self.dir.join(checked_relative(rel).ok()?)).ok()
    }

    fn exists(&self, rel: &str) -> bool {
        checked_relative(rel).is_ok_and(|r| self.dir.join(r).is_file())
    }

    /// A content-named file (the search index's fragments and chunks) that the output being
    /// replaced holds with these very bytes is hard-linked from it instead of written anew.
    ///
    /// Why: a rebuild writes the same few thousand fragments again, and creating their inodes
    /// was most of a cached build's search time (docs/benchmarks.md). The old output is
    /// removed when the new one is swapped in (or kept whole if the build fails), so the new
    /// output never shares a file with anything that outlives the build; the build cache is
    /// never linked from.
    fn write_hashed(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let relative = checked_relative(rel)?;
        let previous = self.target.join(relative);
        let same = self.replaces
            && fs::symlink_metadata(&previous)
                .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
            && fs::read(&previous).is_ok_and(|old| old == bytes);
        if same {
            let path = self.dir.join(relative);
            let _gate = WRITE_GATE.read().unwrap_or_else(|e| e.into_inner());
            if let Some(parent) = path.parent() {
                self.make_folder(parent)?;
            }
            if fs::hard_link(&previous, &path).is_ok() {
                return Ok(());
            }
        }
        Staging::write(self, rel, bytes)
    }
}

/// Removes the staging folders (`.<name>.staging-<pid>`, and `….old` copies of a previous
/// output being swapped out) that builds of the same target left in `parent` when they were
/// killed: only folders that carry Sahifa's mark and whose lock nobody holds. A folder in use
/// by a running build is locked and stays; anything unmarked is never touched.
pub fn remove_leftovers(parent: &Path, name: &str) {
    let prefix = format!(".{name}.staging-");
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let pid = rest.strip_suffix(".old").unwrap_or(rest);
        if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let dir = entry.path();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if !is_dir || !(folder::is_marked(&dir) || is_unfinished_staging(&dir)) {
            continue;
        }
        // An `.old` folder is the previous output of a build that was swapping; its staging
        // sibling (if still there) holds the lock.
        let owner = parent.join(format!("{prefix}{pid}"));
        if !held_by_a_running_build(&owner) {
            let _ = remove_marked(&dir);
        }
    }
}

/// Removes a folder Sahifa made, its mark last: a build killed while removing it leaves a
/// folder still marked, which the next build removes, instead of an unmarked one nobody may.
fn remove_marked(dir: &Path) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)?.flatten() {
        if entry.file_name() == MARK_FILE {
            continue;
        }
        // Whatever one entry does, the others are removed and the folder after them: an
        // error is the final removal's to report.
        let _ = if entry.file_type().is_ok_and(|t| t.is_dir()) {
            fs::remove_dir_all(entry.path())
        } else {
            fs::remove_file(entry.path())
        };
    }
    fs::remove_dir_all(dir)
}

/// Whether `dir` is a staging folder its build was killed in while making it, before the mark
/// was whole: it holds nothing but an empty lock file and part of the mark's text, so removing
/// it loses nothing of anyone's.
fn is_unfinished_staging(dir: &Path) -> bool {
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().all(|entry| {
        let Ok(bytes) = fs::read(entry.path()) else {
            return false;
        };
        match entry.file_name().to_str() {
            Some(LOCK_FILE) => bytes.is_empty(),
            Some(MARK_FILE) => MARK_TEXT.as_bytes().starts_with(&bytes),
            _ => false,
        }
    })
}

/// Whether a running build holds the lock of the staging folder `dir`.
fn held_by_a_running_build(dir: &Path) -> bool {
    let Ok(file) = fs::OpenOptions::new().write(true).open(dir.join(LOCK_FILE)) else {
        return false;
    };
    match file.try_lock() {
        Ok(()) => false,
        Err(fs::TryLockError::WouldBlock) => true,
        Err(fs::TryLockError::Error(_)) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_drop_discards() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        fs::create_dir_all(&target).unwrap();
        fs::write(target.join(MARK_FILE), MARK_TEXT).unwrap();
        fs::write(target.join("stale.html"), "old").unwrap();

        let failed = Staging::new(&target).unwrap();
        failed.write("a/index.html", b"half").unwrap();
        drop(failed);
        assert_eq!(
            fs::read_to_string(target.join("stale.html")).unwrap(),
            "old"
        );
        assert_eq!(
            fs::read_dir(tmp.path()).unwrap().count(),
            1,
            "staging removed"
        );

        let ok = Staging::new(&target).unwrap();
        ok.write("a/index.html", "جديد".as_bytes()).unwrap();
        ok.commit().unwrap();
        assert!(!target.join("stale.html").exists());
        assert_eq!(
            fs::read_to_string(target.join("a/index.html")).unwrap(),
            "جديد"
        );
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    /// A content-named file the previous output holds with the same bytes is linked from it
    /// (one inode fewer to create); one whose bytes differ, or that is a symbolic link there,
    /// is written anew; the previous output is left as it was until the swap, after which
    /// nothing of the new output is shared.
    #[cfg(unix)]
    #[test]
    fn content_named_files_are_linked_from_the_previous_output_only_when_identical() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        let fragment = "pagefind/fragment/ar_1234567.pf_fragment";
        let first = Staging::new(&target).unwrap();
        first.write_hashed(fragment, "بزشكيان".as_bytes()).unwrap();
        first
            .write_hashed("pagefind/index/ar_a.pf_index", b"old")
            .unwrap();
        fs::write(tmp.path().join("elsewhere"), b"same").unwrap();
        std::os::unix::fs::symlink(
            tmp.path().join("elsewhere"),
            first.path().join("pagefind/index/ar_b.pf_index"),
        )
        .unwrap();
        first.commit().unwrap();

        let second = Staging::new(&target).unwrap();
        second.write_hashed(fragment, "بزشكيان".as_bytes()).unwrap();
        second
            .write_hashed("pagefind/index/ar_a.pf_index", b"new")
            .unwrap();
        second
            .write_hashed("pagefind/index/ar_b.pf_index", b"same")
            .unwrap();
        let inode = |root: &Path, rel: &str| fs::symlink_metadata(root.join(rel)).unwrap().ino();
        assert_eq!(inode(second.path(), fragment), inode(&target, fragment));
        let changed = "pagefind/index/ar_a.pf_index";
        assert_ne!(inode(second.path(), changed), inode(&target, changed));
        assert_eq!(fs::read(target.join(changed)).unwrap(), b"old");
        let symlinked = "pagefind/index/ar_b.pf_index";
        assert!(
            fs::symlink_metadata(second.path().join(symlinked))
                .unwrap()
                .is_file()
        );
        second.commit().unwrap();
        assert_eq!(
            fs::read(target.join(fragment)).unwrap(),
            "بزشكيان".as_bytes()
        );
        assert_eq!(fs::metadata(target.join(fragment)).unwrap().nlink(), 1);
        assert_eq!(fs::read(target.join(changed)).unwrap(), b"new");
        assert_eq!(fs::read(tmp.path().join("elsewhere")).unwrap(), b"same");
    }

    /// Ctrl-C between the swap's two renames: the previous output, moved aside, is put back;
    /// after the swap, the moved-aside one is removed and the new output kept.
    #[test]
    fn an_interrupted_swap_puts_the_previous_output_back() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        let dir = tmp.path().join(".public.staging-4242");
        let old = old_output_of(&dir);
        for (path, page) in [(&dir, "جديد"), (&old, "قديم")] {
            fs::create_dir_all(path.join("articles")).unwrap();
            fs::write(path.join(MARK_FILE), MARK_TEXT).unwrap();
            fs::write(path.join("articles/index.html"), page).unwrap();
        }
        clean_up_interrupted(&dir, &target);
        assert_eq!(
            fs::read_to_string(target.join("articles/index.html")).unwrap(),
            "قديم"
        );
        assert!(!dir.exists() && !old.exists());

        // After the second rename: the new output stays, the previous one goes.
        fs::create_dir_all(&old).unwrap();
        fs::write(old.join(MARK_FILE), MARK_TEXT).unwrap();
        clean_up_interrupted(&dir, &target);
        assert!(target.join("articles/index.html").is_file());
        assert!(!old.exists());
    }

    #[test]
    fn leftovers_of_killed_builds_are_removed_and_live_or_foreign_ones_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        // A killed build: marked, lock file present but not held.
        let dead = tmp.path().join(".public.staging-999999");
        fs::create_dir_all(dead.join("articles")).unwrap();
        fs::write(dead.join(MARK_FILE), MARK_TEXT).unwrap();
        fs::write(dead.join(LOCK_FILE), "").unwrap();
        let dead_old = tmp.path().join(".public.staging-999998.old");
        fs::create_dir_all(&dead_old).unwrap();
        fs::write(dead_old.join(MARK_FILE), MARK_TEXT).unwrap();
        // Killed while making its staging folder: an empty lock, part of the mark.
        let unfinished = tmp.path().join(".public.staging-999997");
        fs::create_dir_all(&unfinished).unwrap();
        fs::write(unfinished.join(LOCK_FILE), "").unwrap();
        fs::write(unfinished.join(MARK_FILE), &MARK_TEXT[..10]).unwrap();
        // The same with a file of someone's: not Sahifa's to remove.
        let touched = tmp.path().join(".public.staging-999996");
        fs::create_dir_all(&touched).unwrap();
        fs::write(touched.join(MARK_FILE), "").unwrap();
        fs::write(touched.join("notes.txt"), "لي").unwrap();
        // Not Sahifa's: same shape of name, no mark.
        let foreign = tmp.path().join(".public.staging-424242");
        fs::create_dir_all(&foreign).unwrap();
        fs::write(foreign.join("keep.txt"), "لي").unwrap();
        // A build in progress (this process holds its lock).
        let live = Staging::new(&tmp.path().join("other")).unwrap();
        let live_dir = live.path().to_path_buf();
        let renamed_live = tmp.path().join(".public.staging-777777");
        fs::rename(&live_dir, &renamed_live).unwrap();

        let staging = Staging::new(&target).unwrap();
        assert!(!dead.exists(), "killed build's staging removed");
        assert!(!dead_old.exists(), "killed swap's old output removed");
        assert!(
            !unfinished.exists(),
            "a staging folder killed while made removed"
        );
        assert!(
            touched.join("notes.txt").is_file(),
            "a folder with others' files kept"
        );
        assert!(foreign.join("keep.txt").is_file(), "unmarked folder kept");
        assert!(renamed_live.is_dir(), "a locked staging folder is kept");
        drop(staging);
        fs::rename(&renamed_live, &live_dir).unwrap();
        drop(live);
        assert!(!live_dir.exists());
    }

    #[test]
    fn nothing_is_written_outside_the_staging_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let staging = Staging::new(&tmp.path().join("public")).unwrap();
        for bad in ["../escape.html", "/etc/x", "a/../../b", "", "./a/../.."] {
            assert!(staging.write(bad, b"x").is_err(), "{bad}");
        }
        assert!(!tmp.path().join("escape.html").exists());
        staging.write("pagefind/ar_1.pf_meta", b"ok").unwrap();
    }

    #[test]
    fn commit_refuses_a_target_that_became_foreign() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        let staging = Staging::new(&target).unwrap();
        fs::create_dir_all(&target).unwrap();
        fs::write(target.join("mine.txt"), "ملفي").unwrap();
        assert!(staging.commit().is_err());
        assert_eq!(fs::read_to_string(target.join("mine.txt")).unwrap(), "ملفي");
        assert_eq!(
            fs::read_dir(tmp.path()).unwrap().count(),
            1,
            "staging removed"
        );
    }
}
