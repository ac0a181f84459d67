//! Watching the sources and rebuilding on a thread of its own. Two things keep that thread
//! useful for the whole session:
//!
//! - **Folders created after start are watched.** The source folders (`content/`,
//!   `templates/`, `themes/`, `static/`) are watched recursively when they exist, the site root
//!   on its own; each burst of events re-checks which source folders exist and watches the new
//!   ones. A folder that appears (made, or moved in) counts as all the files inside it, since
//!   they may have been written before its watch began (see [`sources`]).
//! - **A rebuild that panics does not end the thread.** The panic (a bug, in Sahifa or in a
//!   crate it calls) is caught around that one rebuild, reported like any failed build
//!   (terminal and overlay), and the in-memory site, which it may have left half-updated, is
//!   dropped: the next change rebuilds everything.
//! - **A save is served before the search index is made again.** The index covers every
//!   page, so it is refreshed only once the sources have been quiet for [`SEARCH_QUIET`], and
//!   a change arriving during the refresh interrupts it: the writer never waits for it.
//! - **Discovery catches up after the save is served.** An edit is patched in with the names
//!   of the last full build; once the sources are quiet, a thread asks what a build of the site
//!   on disk would link ([`crate::entities_a_build_links`]), and when that differs (a new
//!   article names a new minister) the site is rebuilt. An answer about files edited since is
//!   dropped and asked again (see [`discovery`]).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use notify::EventKind;

use super::state::{LiveEvent, ServerState};
use crate::BuildOptions;
use crate::error::{Diagnostic, Error, Result};
use crate::incremental::{ChangeKind, LiveSite, describe};
use discovery::DiscoveryQuestion;
use sources::{Burst, Sources, files_of_folders, next_burst, site_changes};

mod discovery;
mod sources;

/// The search index is made again once the sources have been quiet this long after a
/// rebuild, not right after it: covering every page, it takes seconds on a large site, and
/// a writer who saves again meanwhile must not wait for it (a new change also interrupts it).
const SEARCH_QUIET: Duration = Duration::from_millis(500);

/// The sources being watched, with the events seen since: made before the first build, so a
/// file saved while it runs (seconds, on a large site) is rebuilt after it instead of missed.
pub struct Watching {
    sources: Sources,
    rx: mpsc::Receiver<notify::Event>,
    /// Counts the events sent, so a search refresh can tell that a change came in meanwhile.
    events: Arc<AtomicU64>,
}

/// Starts watching the sources under `root`; the events wait in [`Watching`] until
/// [`rebuild_on_changes`] takes them.
pub fn start(root: &Path) -> Result<Watching> {
    let (tx, rx) = mpsc::channel::<notify::Event>();
    let events = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&events);
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reading a file is an event too (inotify's OPEN): our own rebuilds read the sources,
        // and must not trigger themselves.
        if let Ok(event) = event
            && !matches!(event.kind, EventKind::Access(_))
        {
            counter.fetch_add(1, Ordering::SeqCst);
            let _ = tx.send(event);
        }
    })
    .map_err(|e| watch_error(root, e))?;
    let sources = Sources::new(watcher, root)?;
    Ok(Watching {
        sources,
        rx,
        events,
    })
}

/// Rebuilds `live` on each change `watching` sees (those made during the first build
/// included), on a thread that owns the watcher and runs as long as the process.
pub fn rebuild_on_changes(
    watching: Watching,
    output: &Path,
    build: BuildOptions,
    live: Option<LiveSite>,
    state: std::sync::Arc<ServerState>,
) {
    let Watching {
        mut sources,
        rx,
        events,
    } = watching;
    let output = absolute(output);
    std::thread::spawn(move || {
        let mut rebuilder = Rebuilder {
            build,
            live,
            state: &state,
            search_failed: false,
            discovery: None,
        };
        loop {
            let quiet = rebuilder.catching_up().then_some(SEARCH_QUIET);
            let paths = match next_burst(&rx, quiet) {
                Burst::Paths(paths) => paths,
                Burst::Quiet => {
                    if rebuilder.search_pending() {
                        rebuilder.refresh_search(&events);
                    }
                    rebuilder.catch_up_discovery(&events);
                    continue;
                }
                Burst::Closed => break,
            };
            if let Err(e) = sources.watch_new_folders() {
                eprintln!("{e}");
            }
            let paths = files_of_folders(paths, &sources.root, &output);
            let changes = site_changes(&sources.root, &output, &paths);
            if !changes.is_empty() {
                rebuilder.rebuild(&changes);
            }
        }
    });
}

/// The rebuild side: the in-memory site, rebuilt from scratch when there is none.
struct Rebuilder<'a> {
    build: BuildOptions,
    live: Option<LiveSite>,
    state: &'a ServerState,
    /// The last search refresh failed (reported): not tried again until the next rebuild.
    search_failed: bool,
    /// Discovery asked about the site on disk, on a thread of its own.
    discovery: Option<DiscoveryQuestion>,
}

/// What a successful rebuild did, for the terminal and the browser.
#[derive(Debug, Clone)]
struct Rebuilt {
    pages: usize,
    css_only: bool,
    elapsed: Duration,
    warnings: Vec<Diagnostic>,
}

impl Rebuilder<'_> {
    /// Applies one burst of changes and reports the result; never panics.
    fn rebuild(&mut self, changes: &[ChangeKind]) {
        let build = self.build.clone();
        let result = self.guarded(|live| apply(live, &build, changes));
        self.search_failed = false;
        self.announce(changes, result);
    }

    /// Whether work waits for a quiet moment: the search index, or discovery's catching up.
    fn catching_up(&self) -> bool {
        self.search_pending()
            || self.discovery.is_some()
            || self.live.as_ref().is_some_and(LiveSite::discovery_is_stale)
    }

    /// Whether the search index waits to be made again (see [`SEARCH_QUIET`]).
    fn search_pending(&self) -> bool {
        !self.search_failed && self.live.as_ref().is_some_and(LiveSite::search_is_stale)
    }

    /// Makes the search index again, unless an event comes in meanwhile: the change is then
    /// applied first, and the refresh waits for the next quiet moment.
    fn refresh_search(&mut self, events: &AtomicU64) {
        let seen = events.load(Ordering::SeqCst);
        let interrupted = || events.load(Ordering::SeqCst) != seen;
        let refreshed = self.guarded(|live| {
            live.as_mut()
                .map_or(Ok(true), |l| l.refresh_search_unless(&interrupted))
        });
        if let Err(e) = refreshed {
            self.search_failed = true;
            report_error(self.state, &e);
        }
    }

    /// Runs `step`, turning a panic into [`Error::Internal`] and dropping the in-memory site
    /// the panic may have left inconsistent.
    fn guarded<T>(&mut self, step: impl FnOnce(&mut Option<LiveSite>) -> Result<T>) -> Result<T> {
        let live = &mut self.live;
        match catch_unwind(AssertUnwindSafe(|| step(live))) {
            Ok(result) => result,
            Err(payload) => {
                self.live = None;
                Err(Error::Internal {
                    during: "rebuilding after a change".into(),
                    message: panic_message(payload.as_ref()),
                })
            }
        }
    }

    fn announce(&self, changes: &[ChangeKind], result: Result<Rebuilt>) {
        match result {
            Ok(done) => {
                // As `sahifa build` prints them: a typo such as `section: sprots` must not
                // pass unnoticed because the site was previewed rather than built.
                Diagnostic::eprint_warnings(&done.warnings);
                let names: Vec<String> = changes
                    .iter()
                    .map(|c| describe(c).display().to_string())
                    .collect();
                println!(
                    "Changed {}: rebuilt {} pages in {} ms",
                    names.join(", "),
                    done.pages,
                    done.elapsed.as_millis()
                );
                if let Ok(mut error) = self.state.error.write() {
                    *error = None;
                }
                let _ = self.state.events.send(if done.css_only {
                    LiveEvent::Css
                } else {
                    LiveEvent::Reload
                });
            }
            Err(e) => report_error(self.state, &e),
        }
    }
}

/// One rebuild: the changes applied to the in-memory site, or a full build when there is none.
fn apply(
    live: &mut Option<LiveSite>,
    build: &BuildOptions,
    changes: &[ChangeKind],
) -> Result<Rebuilt> {
    if let Some(site) = live.as_mut() {
        let applied = site.apply(changes)?;
        return Ok(Rebuilt {
            pages: applied.pages,
            css_only: applied.css_only,
            elapsed: applied.elapsed,
            warnings: applied.warnings,
        });
    }
    let (site, report) = LiveSite::new(build.clone())?;
    *live = Some(site);
    Ok(Rebuilt {
        pages: report.pages,
        css_only: false,
        elapsed: report.elapsed,
        warnings: report.warnings,
    })
}

/// The first build, with the same protection as the rebuilds: a panic is reported and the
/// server starts anyway, with the next change building everything.
pub fn first_build(build: &BuildOptions, state: &ServerState) -> Option<LiveSite> {
    let result = catch_unwind(AssertUnwindSafe(|| LiveSite::new(build.clone())));
    let built = result.unwrap_or_else(|payload| {
        Err(Error::Internal {
            during: "building the site".into(),
            message: panic_message(payload.as_ref()),
        })
    });
    match built {
        Ok((live, report)) => {
            Diagnostic::eprint_warnings(&report.warnings);
            println!(
                "Built {} pages in {} ms",
                report.pages,
                report.elapsed.as_millis()
            );
            Some(live)
        }
        Err(e) => {
            report_error(state, &e);
            None
        }
    }
}

/// The text a panic was raised with.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// Prints the error and shows it over the pages open in the browser.
pub fn report_error(state: &ServerState, error: &Error) {
    let message = error.to_string();
    eprintln!("{message}");
    if let Ok(mut slot) = state.error.write() {
        *slot = Some(message.clone());
    }
    let _ = state.events.send(LiveEvent::Error(message));
}

fn watch_error(path: &Path, e: notify::Error) -> Error {
    Error::io(path, std::io::Error::other(e.to_string()))
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::RwLock;
    use tokio::sync::broadcast;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let files = [
            (
                "config.yaml",
                "title: \"صحيفة\"\nbase_url: \"https://example.org/\"\n",
            ),
            (
                "content/articles/qimma.md",
                "---\ntitle: \"قمة في موسكو\"\ndate: 2022-01-19\n---\nاستقبل بوتين نظيره في موسكو.\n",
            ),
            (
                "content/entities/putin.md",
                "---\ntype: person\nname: فلاديمير بوتين\naliases: [بوتين]\n---\nرئيس روسيا.\n",
            ),
        ];
        for (rel, text) in files {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    #[test]
    fn a_panicking_rebuild_is_reported_and_the_next_change_rebuilds_everything() {
        let dir = site();
        let build = BuildOptions {
            root: dir.path().to_path_buf(),
            ..Default::default()
        };
        let (events, mut seen) = broadcast::channel(16);
        let state = ServerState {
            output: dir.path().join("public"),
            address: "127.0.0.1:1111".parse().unwrap(),
            base_path: "/".into(),
            error: RwLock::new(None),
            events,
        };
        let live = first_build(&build, &state);
        assert!(live.is_some());
        let mut rebuilder = Rebuilder {
            build,
            live,
            state: &state,
            search_failed: false,
            discovery: None,
        };

        // A rebuild that panics (as one inside a third-party crate would).
        let result: Result<Rebuilt> = rebuilder.guarded(|_| panic!("index overflow in a crate"));
        let change = ChangeKind::Article("content/articles/qimma.md".into());
        rebuilder.announce(std::slice::from_ref(&change), result);
        assert!(
            rebuilder.live.is_none(),
            "possibly inconsistent state dropped"
        );
        let shown = state.error.read().unwrap().clone().unwrap_or_default();
        assert!(shown.contains("internal error"), "{shown}");
        assert!(shown.contains("index overflow in a crate"), "{shown}");
        assert!(matches!(seen.try_recv(), Ok(LiveEvent::Error(m)) if m == shown));

        // The next change is rebuilt, in full, and clears the overlay.
        std::fs::write(
            dir.path().join("content/articles/qimma.md"),
            "---\ntitle: \"قمة جديدة\"\ndate: 2022-01-19\n---\nنص جديد عن بوتين.\n",
        )
        .unwrap();
        rebuilder.rebuild(&[change]);
        assert!(rebuilder.live.is_some(), "rebuilt from scratch");
        assert_eq!(*state.error.read().unwrap(), None);
        assert!(matches!(seen.try_recv(), Ok(LiveEvent::Reload)));
        let page =
            std::fs::read_to_string(dir.path().join("public/articles/qimma/index.html")).unwrap();
        assert!(page.contains("نص جديد"), "new text written");
    }
}
