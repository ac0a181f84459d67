//! The file side of the importer: reading with a UTF-8 check, never overwriting an article
//! unless asked, and writing through a temporary file so a crash never leaves half a file.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{ImportError, ImportOptions, ImportReport, import_text, to_article_file};

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> ImportError + '_ {
    move |source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Imports one text file into `out_dir/<stem>.md`. Refuses to overwrite without `force`, and
/// writes through a temporary file renamed into place, so a crash never leaves half a file.
pub fn import_file(
    src: &Path,
    out_dir: &Path,
    opts: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    opts.validate()?;
    let written = output_path(src, out_dir)?;
    let bytes = fs::read(src).map_err(io_error(src))?;
    let text = decode_utf8(src, &bytes)?;
    let article = import_text(text, opts);
    if article.body.is_empty() {
        return Err(ImportError::Empty {
            path: src.to_path_buf(),
        });
    }
    fs::create_dir_all(out_dir).map_err(io_error(out_dir))?;
    if !opts.force && fs::symlink_metadata(&written).is_ok() {
        return Err(ImportError::Exists { path: written });
    }
    write_atomically(&written, to_article_file(&article).as_bytes(), opts.force)?;
    Ok(ImportReport {
        source: src.to_path_buf(),
        written,
        article,
    })
}

fn output_path(src: &Path, out_dir: &Path) -> Result<PathBuf, ImportError> {
    let stem = src.file_stem().ok_or_else(|| ImportError::Io {
        path: src.to_path_buf(),
        source: io::Error::new(io::ErrorKind::InvalidInput, "not a file name"),
    })?;
    let mut name = stem.to_os_string();
    name.push(".md");
    Ok(out_dir.join(name))
}

/// The text without a decoding guess: a bad byte is reported with its offset and line.
fn decode_utf8<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, ImportError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        ImportError::NotUtf8 {
            path: path.to_path_buf(),
            offset,
            line: bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1,
        }
    })
}

/// Writes a hidden temporary file next to `dest`, syncs it, then moves it into place.
pub(super) fn write_atomically(
    dest: &Path,
    contents: &[u8],
    force: bool,
) -> Result<(), ImportError> {
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
fn sync_parent(path: &Path) {
    if let Some(dir) = path.parent().and_then(|d| fs::File::open(d).ok()) {
        let _ = dir.sync_all();
    }
}

/// Imports files and directories (a directory means its `*.txt` files, sorted by name).
/// Goes on past errors so one bad file does not hide the others; returns both lists.
pub fn import_paths(
    paths: &[PathBuf],
    out_dir: &Path,
    opts: &ImportOptions,
) -> (Vec<ImportReport>, Vec<ImportError>) {
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    if let Err(e) = opts.validate() {
        return (reports, vec![e]);
    }
    let mut claimed: HashMap<PathBuf, PathBuf> = HashMap::new();
    for path in paths {
        let files = match expand(path) {
            Ok(files) => files,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        for file in files {
            match claim_output(&mut claimed, &file, out_dir)
                .and_then(|()| import_file(&file, out_dir, opts))
            {
                Ok(report) => reports.push(report),
                Err(e) => errors.push(e),
            }
        }
    }
    (reports, errors)
}

/// Two sources with the same stem would write the same article; the second is refused.
fn claim_output(
    claimed: &mut HashMap<PathBuf, PathBuf>,
    src: &Path,
    out_dir: &Path,
) -> Result<(), ImportError> {
    let written = output_path(src, out_dir)?;
    match claimed.get(&written) {
        Some(other) => Err(ImportError::SameOutput {
            path: src.to_path_buf(),
            other: other.clone(),
            written,
        }),
        None => {
            claimed.insert(written, src.to_path_buf());
            Ok(())
        }
    }
}

/// A file stands for itself; a directory for its `*.txt` files, sorted by name.
fn expand(path: &Path) -> Result<Vec<PathBuf>, ImportError> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in fs::read_dir(path).map_err(io_error(path))? {
        let entry = entry.map_err(io_error(path))?;
        let file = entry.path();
        let is_txt = file
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        if is_txt && file.is_file() {
            files.push(file);
        }
    }
    if files.is_empty() {
        return Err(ImportError::Io {
            path: path.to_path_buf(),
            source: io::Error::new(io::ErrorKind::NotFound, "no .txt files in this directory"),
        });
    }
    files.sort();
    Ok(files)
}
