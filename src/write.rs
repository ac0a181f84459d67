//! Stage 5 — write: owns the output folder. The output is built in a fresh directory next to
//! the target and swapped in only when the whole build succeeded, so a failed build never
//! leaves a half-written or mixed site, and files of deleted pages never survive; the target
//! itself is only ever one Sahifa may replace ([`folder`]).

use std::fs;
use std::path::{Path, PathBuf};

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::render::{Page, RenderedPage, templates};

pub mod folder;
pub mod images;
mod staging;

pub use folder::{MARK_FILE, MARK_TEXT, OutputSetting, checked_output_dir};
pub use staging::{Staging, abandon_staging, remove_leftovers};

/// Where a publication's files go: a staging folder for `build`, memory for `check`, the
/// live output folder for `serve`'s incremental rebuilds.
pub trait Output: Sync {
    /// Stores one file, `rel` being a `/`-separated path inside the output.
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()>;

    /// A file written earlier (the search index is made from the rendered pages).
    fn read(&self, rel: &str) -> Option<Vec<u8>>;

    /// Whether a file was written at `rel` (the build checks the links bodies write).
    fn exists(&self, rel: &str) -> bool {
        self.read(rel).is_some()
    }

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
    copy_static_files(root, static_files(root, theme)?, output)
}

/// The theme's static files, then the site's (which win on a name clash).
pub fn static_files(root: &Path, theme: &str) -> Result<Vec<templates::StaticFile>> {
    let mut files = templates::theme_static_files(root, theme)?;
    files.extend(templates::read_static_dir(root, &root.join("static"))?);
    Ok(files)
}

/// [`copy_static`] with the files read already.
pub fn copy_static_files(
    root: &Path,
    files: Vec<templates::StaticFile>,
    output: &dyn Output,
) -> Result<()> {
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

    fn exists(&self, rel: &str) -> bool {
        checked_relative(rel).is_ok_and(|r| self.dir.join(r).is_file())
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

/// `rel` as a relative path made only of normal components, or an error.
pub(crate) fn checked_relative(rel: &str) -> Result<&Path> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
