//! Stage 5 — write: owns the output folder. The output is built in a fresh directory next to
//! the target and swapped in only when the whole build succeeded, so a failed build never
//! leaves a half-written or mixed site, and files of deleted pages never survive; the target
//! itself is only ever one Sahifa may replace ([`folder`]).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, RwLock};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::render::{Page, RenderedPage, templates};

pub mod folder;
pub mod images;

pub use folder::{MARK_FILE, MARK_TEXT, OutputSetting, checked_output_dir};

/// Where a publication's files go: a staging folder for `build`, memory for `check`, the
/// live output folder for `serve`'s incremental rebuilds.
pub trait Output: Sync {
    /// Stores one file, `rel` being a `/`-separated path inside the output.
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()>;

    /// A file written earlier (the search index is made from the rendered pages).
    fn read(&self, rel: &str) -> Option<Vec<u8>>;

    /// Stores a file whose name is a hash of its content (the search index's): an output that
    /// already holds a file of that name holds these bytes, and may keep it.
    fn write_hashed(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.write(rel, bytes)
    }

    /// Removes the files of folder `dir` that are not in `keep` (output paths, `dir/…`), once
    /// the folder's new files are written. Outputs that start empty have nothing to remove;
    /// one that holds an older copy removes what is gone (an older search index's files).
    fn prune_folder(&self, _dir: &str, _keep: &std::collections::HashSet<String>) -> Result<()> {
        Ok(())
    }
}

impl Output for Staging {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        Staging::write(self, rel, bytes)
    }

    fn read(&self, rel: &str) -> Option<Vec<u8>> {
        fs::read(self.dir.join(checked_relative(rel).ok()?)).ok()
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
        let same = fs::symlink_metadata(&previous)
            .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
            && fs::read(&previous).is_ok_and(|old| old == bytes);
        if same {
            let path = self.dir.join(relative);
            let _gate = WRITE_GATE.read().unwrap_or_else(|e| e.into_inner());
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            if fs::hard_link(&previous, &path).is_ok() {
                return Ok(());
            }
        }
        Staging::write(self, rel, bytes)
    }
}

/// Writes `files` (output path, bytes) in parallel; the first error is returned.
pub fn write_files<'a, O: Output + ?Sized>(
    output: &O,
    files: impl Iterator<Item = (&'a str, &'a [u8])>,
) -> Result<()> {
    let files: Vec<(&str, &[u8])> = files.collect();
    files
        .par_iter()
        .try_for_each(|(path, bytes)| output.write(path, bytes))
}

/// Writes rendered pages in parallel; calls `failed` for each page that could not be written
/// (all are attempted, so every distinct cause can be reported).
pub fn write_pages(
    output: &dyn Output,
    pages: &[RenderedPage],
    mut failed: impl FnMut(Page, &str, Error),
) {
    let errors: Vec<(usize, Error)> = pages
        .par_iter()
        .enumerate()
        .filter_map(|(i, p)| output.write(&p.path, &p.html).err().map(|e| (i, e)))
        .collect();
    for (i, e) in errors {
        failed(pages[i].page, &pages[i].path, e);
    }
}

/// Theme static files, then the site's `static/` (which wins on a name clash). A static file
/// that would replace a file already in `output` — which starts empty, so a generated one — is
/// an error: see [`templates::static_clashes`].
pub fn copy_static(root: &Path, theme: &str, output: &dyn Output) -> Result<()> {
    let mut files = templates::theme_static_files(root, theme)?;
    files.extend(templates::read_static_dir(&root.join("static"))?);
    let clashes = templates::static_clashes(&files, root, &|rel| output.read(rel).is_some());
    if !clashes.is_empty() {
        return Err(Error::Content(clashes));
    }
    for file in files {
        output.write(&file.rel, &file.bytes)?;
    }
    Ok(())
}

/// Writes into an existing output folder: `serve`'s incremental rebuilds, which replace a few
/// pages of a site already built (and staged) as a whole while the server reads them. Each
/// file is replaced whole (see [`replace_file`]), so a reader never gets a half-written page.
#[derive(Debug)]
pub struct DirOutput {
    pub dir: PathBuf,
}

impl Output for DirOutput {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.dir.join(checked_relative(rel)?);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        replace_file(&path, bytes)
    }

    fn read(&self, rel: &str) -> Option<Vec<u8>> {
        fs::read(self.dir.join(checked_relative(rel).ok()?)).ok()
    }

    /// `serve`'s refresh of the search index rewrites only the fragments and chunks that
    /// changed: the others are in the folder under the same name already.
    fn write_hashed(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        if self.dir.join(checked_relative(rel)?).is_file() {
            return Ok(());
        }
        self.write(rel, bytes)
    }

    /// Removes the files of `dir` not in `keep` (an older search index's fragments), so the
    /// folder ends as a fresh build would leave it.
    fn prune_folder(&self, dir: &str, keep: &std::collections::HashSet<String>) -> Result<()> {
        let keep: std::collections::HashSet<PathBuf> =
            keep.iter().map(|p| self.dir.join(p)).collect();
        let root = self.dir.join(checked_relative(dir)?);
        for entry in walkdir::WalkDir::new(&root)
            .contents_first(true)
            .into_iter()
            .flatten()
        {
            let path = entry.path();
            if entry.file_type().is_file() && !keep.contains(path) {
                fs::remove_file(path).map_err(|e| Error::io(path, e))?;
            } else if entry.file_type().is_dir() {
                // Only empty folders go; `remove_dir` fails on the others, as it should.
                let _ = fs::remove_dir(path);
            }
        }
        Ok(())
    }
}

/// Prefix of the temporary files [`replace_file`] writes: a dot-name of Sahifa's own.
pub const TEMP_PREFIX: &str = ".sahifa-write-";

/// Writes `bytes` to a temporary file beside `path` (same folder, so the same file system) and
/// renames it over `path`: a reader opens either the old file or the new one, never one being
/// truncated and rewritten. The temporary file is removed if anything fails. Its name does not
/// repeat the target's, so a target name near the file-name length limit still works.
pub fn replace_file(path: &Path, bytes: &[u8]) -> Result<()> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let temp = path.with_file_name(format!(
        "{TEMP_PREFIX}{}-{}.tmp",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let written = fs::write(&temp, bytes).and_then(|()| fs::rename(&temp, path));
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(Error::io(path, e));
    }
    Ok(())
}

/// Keeps the whole site in memory, so `sahifa check` renders everything and writes nothing.
#[derive(Debug, Default)]
pub struct MemoryOutput {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemoryOutput {
    /// A copy of one stored file.
    pub fn get(&self, rel: &str) -> Option<Vec<u8>> {
        self.files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(rel)
            .cloned()
    }

    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Output for MemoryOutput {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        checked_relative(rel)?;
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files.insert(rel.to_string(), bytes.to_vec());
        Ok(())
    }

    fn read(&self, rel: &str) -> Option<Vec<u8>> {
        self.get(rel)
    }
}

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
}

/// The lock file inside a staging folder (removed before the folder becomes the output).
const LOCK_FILE: &str = ".sahifa-staging.lock";

/// Staging folders of builds in progress in this process, so an interrupted build (Ctrl-C)
/// can remove its own: see [`abandon_staging`].
static LIVE_STAGING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

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
    for dir in live {
        let _ = fs::remove_dir_all(&dir);
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
        if dir.join(MARK_FILE).is_file() {
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
            .push(dir.clone());
        let mut staging = Staging {
            target: target.to_path_buf(),
            dir,
            lock: None,
            committed: false,
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
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let file = fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
        let mut w = std::io::BufWriter::new(file);
        w.write_all(bytes)
            .and_then(|_| w.flush())
            .map_err(|e| Error::io(&path, e))
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
        let old = self.dir.with_file_name(format!(
            "{}.old",
            self.dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
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
            match fs::remove_dir_all(&old) {
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
            let _ = fs::remove_dir_all(&self.dir);
            forget_live(&self.dir);
        }
    }
}

fn forget_live(dir: &Path) {
    let mut live = LIVE_STAGING.lock().unwrap_or_else(|e| e.into_inner());
    live.retain(|d| d != dir);
}

/// `rel` as a relative path made only of normal components, or an error.
fn checked_relative(rel: &str) -> Result<&Path> {
    let path = Path::new(rel);
    let inside = !rel.is_empty()
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    if inside {
        Ok(path)
    } else {
        Err(Error::io(
            path,
            std::io::Error::other("refusing to write outside the output folder"),
        ))
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
        if !is_dir || !dir.join(MARK_FILE).is_file() {
            continue;
        }
        // An `.old` folder is the previous output of a build that was swapping; its staging
        // sibling (if still there) holds the lock.
        let owner = parent.join(format!("{prefix}{pid}"));
        if !held_by_a_running_build(&owner) {
            let _ = fs::remove_dir_all(&dir);
        }
    }
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

    #[test]
    fn dir_output_replaces_files_whole_and_leaves_no_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        let out = DirOutput {
            dir: tmp.path().to_path_buf(),
        };
        out.write("مقالات/قمة/index.html", "قديم".as_bytes())
            .unwrap();
        let page = tmp.path().join("مقالات/قمة/index.html");
        let before = fs::metadata(&page).unwrap();
        out.write("مقالات/قمة/index.html", "جديد".as_bytes())
            .unwrap();
        assert_eq!(fs::read_to_string(&page).unwrap(), "جديد");
        // A new file took the old one's place (rename), rather than the old one rewritten.
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            assert_ne!(fs::metadata(&page).unwrap().ino(), before.ino());
        }
        let _ = before;
        let names: Vec<_> = fs::read_dir(page.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["index.html"]);
        // A failed write leaves the old file and no temporary one.
        let blocked = tmp.path().join("blocked");
        fs::create_dir_all(blocked.join("index.html")).unwrap();
        assert!(out.write("blocked/index.html", b"x").is_err());
        assert_eq!(fs::read_dir(&blocked).unwrap().count(), 1);
    }
}
