//! Which files changed: the watcher over the site's source folders, the bursts of events it
//! gives and what they mean for the site. Apart from the rebuilding, which needs only the
//! changes: here is what keeps watching right for a whole session, new source folders watched
//! as they appear, a folder that appears standing for the files inside it, and a burst of
//! events from one save taken as one change.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use super::{absolute, watch_error};
use crate::error::Result;
use crate::incremental::{ChangeKind, classify};

/// Editors save in bursts (write, rename, chmod): events closer than this are one change.
const DEBOUNCE: Duration = Duration::from_millis(30);
/// The folders whose files make the site, watched recursively.
const SOURCE_DIRS: [&str; 4] = ["content", "templates", "themes", "static"];

/// The watcher and the source folders it watches.
pub(super) struct Sources {
    watcher: RecommendedWatcher,
    pub(super) root: PathBuf,
    watched: BTreeSet<PathBuf>,
}

impl Sources {
    /// Watches the site root on its own and each source folder that exists, recursively.
    pub(super) fn new(watcher: RecommendedWatcher, root: &Path) -> Result<Sources> {
        let mut sources = Sources {
            watcher,
            root: absolute(root),
            watched: BTreeSet::new(),
        };
        sources
            .watcher
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| watch_error(root, e))?;
        sources.watch_new_folders()?;
        Ok(sources)
    }

    /// Watches each source folder that exists and is not watched yet; forgets the ones that
    /// disappeared, so that they are watched again if they come back.
    pub(super) fn watch_new_folders(&mut self) -> Result<()> {
        for dir in SOURCE_DIRS {
            let path = self.root.join(dir);
            let exists = path.is_dir();
            if exists && !self.watched.contains(&path) {
                self.watcher
                    .watch(&path, RecursiveMode::Recursive)
                    .map_err(|e| watch_error(&path, e))?;
                self.watched.insert(path);
            } else if !exists && self.watched.remove(&path) {
                let _ = self.watcher.unwatch(&path);
            }
        }
        Ok(())
    }
}

/// What waiting for the sources gave.
pub(super) enum Burst {
    /// The paths of a burst of events.
    Paths(Vec<PathBuf>),
    /// Nothing happened for the time asked.
    Quiet,
    /// The watcher is gone.
    Closed,
}

/// The next burst of events: waits for one (at most `quiet`, when given), then takes the
/// others until [`DEBOUNCE`] passes without a new one.
pub(super) fn next_burst(rx: &mpsc::Receiver<notify::Event>, quiet: Option<Duration>) -> Burst {
    let first = match quiet {
        None => rx.recv().map_err(|_| Burst::Closed),
        Some(wait) => rx.recv_timeout(wait).map_err(|e| match e {
            mpsc::RecvTimeoutError::Timeout => Burst::Quiet,
            mpsc::RecvTimeoutError::Disconnected => Burst::Closed,
        }),
    };
    let mut paths = match first {
        Ok(event) => event.paths,
        Err(burst) => return burst,
    };
    while let Ok(event) = rx.recv_timeout(DEBOUNCE) {
        paths.extend(event.paths);
    }
    Burst::Paths(paths)
}

/// `paths` with each existing source folder replaced by the files under it (hidden entries
/// and the output folder left out): a folder made or moved in brings files no event may have
/// named. Other folders (the root itself, `target/`, …) are never walked.
pub(super) fn files_of_folders(paths: Vec<PathBuf>, root: &Path, output: &Path) -> Vec<PathBuf> {
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        if !(path.is_dir() && in_source_folder(root, &path)) {
            files.push(path);
            continue;
        }
        let walk = walkdir::WalkDir::new(&path)
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !(e.file_name().to_string_lossy().starts_with('.')
                        || absolute(e.path()).starts_with(output))
            })
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file());
        files.extend(walk.map(walkdir::DirEntry::into_path));
    }
    files
}

/// Whether `path` is a source folder or inside one.
fn in_source_folder(root: &Path, path: &Path) -> bool {
    absolute(path)
        .strip_prefix(root)
        .ok()
        .and_then(|rel| rel.components().next())
        .is_some_and(|first| SOURCE_DIRS.iter().any(|d| first.as_os_str() == *d))
}

/// What the changed paths mean for the site, each once.
pub(super) fn site_changes(root: &Path, output: &Path, paths: &[PathBuf]) -> Vec<ChangeKind> {
    let mut changes: Vec<ChangeKind> = paths
        .iter()
        .filter_map(|p| classify(root, output, &absolute(p)))
        .collect();
    changes.sort();
    changes.dedup();
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_folder_stands_for_the_files_inside_it() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in [
            "templates/article.html",
            "templates/partials/card.html",
            "templates/.hidden/x.html",
            "public/index.html",
        ] {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let output = root.join("public");
        let gone = root.join("content/articles/محذوف.md");
        let mut files = files_of_folders(vec![root.join("templates"), gone.clone()], root, &output);
        files.sort();
        assert_eq!(
            files,
            [
                gone,
                root.join("templates/article.html"),
                root.join("templates/partials/card.html")
            ]
        );
        let changes = site_changes(
            root,
            &output,
            &files_of_folders(vec![root.join("templates/partials")], root, &output),
        );
        assert_eq!(
            changes,
            [ChangeKind::Template("templates/partials/card.html".into())]
        );
        // The root, or a folder outside the sources, is never walked.
        let root_only = files_of_folders(vec![root.into(), output.clone()], root, &output);
        assert_eq!(root_only, [root.to_path_buf(), output.clone()]);
    }
}
