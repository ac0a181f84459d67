//! Stage 5 — write: the output is built in a fresh directory next to the target and swapped
//! in only when the whole build succeeded, so a failed build never leaves a half-written or
//! mixed site, and files of deleted pages never survive.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Error, Result};

/// Where rendered files go: a staging directory for `build`, memory for `check`.
pub trait Output: Sync {
    /// Stores one file, `rel` being a `/`-separated path inside the output.
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()>;
}

impl Output for Staging {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        Staging::write(self, rel, bytes)
    }
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
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        replace_file(&path, bytes)
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
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files.insert(rel.to_string(), bytes.to_vec());
        Ok(())
    }
}

/// A staging directory that becomes the output on [`Staging::commit`], or disappears.
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl Staging {
    /// Creates an empty staging directory beside `target` (same file system, so the final
    /// rename is atomic).
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
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Staging {
            target: target.to_path_buf(),
            dir,
            committed: false,
        })
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes one file, `rel` being a `/`-separated path inside the output.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let file = fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
        let mut w = std::io::BufWriter::new(file);
        w.write_all(bytes)
            .and_then(|_| w.flush())
            .map_err(|e| Error::io(&path, e))
    }

    /// Replaces the target with the staged output: the old output is renamed aside, the new
    /// one renamed in, then the old one removed.
    pub fn commit(mut self) -> Result<()> {
        let old = self.dir.with_file_name(format!(
            "{}.old",
            self.dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
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
        if had_old {
            fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
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
