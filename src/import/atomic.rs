//! Writing one file so that a crash never leaves half of it and, unless asked, an existing
//! file is never replaced: a hidden temporary file beside it, synced, then moved into place.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::ImportError;
use super::files::io_error;

/// Writes a hidden temporary file next to `dest`, syncs it, then moves it into place.
pub fn write_atomically(dest: &Path, contents: &[u8], force: bool) -> Result<(), ImportError> {
    let tmp = temp_path(dest);
    let result = write_synced(&tmp, contents).and_then(|()| publish(&tmp, dest, force));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn temp_path(dest: &Path) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

fn write_synced(tmp: &Path, contents: &[u8]) -> Result<(), ImportError> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(tmp)
        .map_err(io_error(tmp))?;
    file.write_all(contents).map_err(io_error(tmp))?;
    file.sync_all().map_err(io_error(tmp))
}

/// Moves the temporary file to `dest`. Without `force`, a hard link makes "create only if
/// absent" atomic, so a file that appeared meanwhile is still never replaced.
fn publish(tmp: &Path, dest: &Path, force: bool) -> Result<(), ImportError> {
    if !force {
        match fs::hard_link(tmp, dest) {
            Ok(()) => {
                fs::remove_file(tmp).map_err(io_error(tmp))?;
                sync_parent(dest);
                return Ok(());
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err(ImportError::Exists {
                    path: dest.to_path_buf(),
                });
            }
            // No hard links on this file system: check, then rename.
            Err(_) if fs::symlink_metadata(dest).is_ok() => {
                return Err(ImportError::Exists {
                    path: dest.to_path_buf(),
                });
            }
            Err(_) => {}
        }
    }
    fs::rename(tmp, dest).map_err(io_error(dest))?;
    sync_parent(dest);
    Ok(())
}

/// Best effort: persist the directory entry too (not possible on every platform).
pub fn sync_parent(path: &Path) {
    if let Some(dir) = path.parent().and_then(|d| fs::File::open(d).ok()) {
        let _ = dir.sync_all();
    }
}
