//! `sahifa serve`: build, serve the output under the site's base path, watch the sources and
//! rebuild incrementally, telling open pages to reload. A content error never stops the
//! server: it is printed, shown over the last good page, and cleared by the next good build.

pub mod files;
pub mod http;

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock, mpsc};
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use tokio::sync::broadcast;

use crate::BuildOptions;
use crate::config::Config;
use crate::error::{Diagnostic, Error, Result};
use crate::incremental::{ChangeKind, LiveSite, classify, describe};
use http::{LiveEvent, ServerState};

/// Port tried first, as Zola does.
pub const DEFAULT_PORT: u16 = 1111;
/// Editors save in bursts (write, rename, chmod): events closer than this are one change.
const DEBOUNCE: Duration = Duration::from_millis(30);

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub build: BuildOptions,
    pub bind: IpAddr,
    /// `None`: 1111, or the next free port.
    pub port: Option<u16>,
    pub open: bool,
}

/// Runs until interrupted (Ctrl-C).
pub fn serve(options: ServeOptions) -> Result<()> {
    let config = Config::load(&options.build.root)?;
    let (listener, port) = bind(options.bind, options.port)?;
    let base_path = config.base_path();
    let host = match options.bind {
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let url = format!("http://{host}:{port}{base_path}");
    let mut build = options.build.clone();
    build.base_url = Some(url.clone());

    let output = crate::output_dir(&build, &config)?;
    let (events, _) = broadcast::channel(16);
    let state = Arc::new(ServerState {
        output: output.clone(),
        base_path,
        error: RwLock::new(None),
        events,
    });
    let live = match LiveSite::new(build.clone()) {
        Ok((live, report)) => {
            println!(
                "Built {} pages in {} ms",
                report.pages,
                report.elapsed.as_millis()
            );
            Some(live)
        }
        Err(e) => {
            report_error(&state, &e);
            None
        }
    };
    if !options.bind.is_loopback() {
        println!(
            "Warning: serving on {} — other machines on the network can see this preview.",
            options.bind
        );
    }
    println!("Serving {} at {url}  (Ctrl-C to stop)", output.display());
    if options.open {
        open_browser(&url);
    }
    let root = build.root.clone();
    let _watcher = watch(&root, &output, build, live, Arc::clone(&state))?;
    run_http(listener, state)
}

/// Binds the requested port, or the first free one after it.
fn bind(ip: IpAddr, port: Option<u16>) -> Result<(TcpListener, u16)> {
    let first = port.unwrap_or(DEFAULT_PORT);
    for candidate in first..first.saturating_add(50) {
        if let Ok(listener) = TcpListener::bind(SocketAddr::new(ip, candidate)) {
            if candidate != first {
                println!("Port {first} is in use; serving on port {candidate} instead.");
            }
            return Ok((listener, candidate));
        }
    }
    Err(Error::Config(
        Diagnostic::new(
            "--port",
            format!("no free port from {first} to {}", first.saturating_add(49)),
        )
        .with_help("pass another --port"),
    ))
}

fn run_http(listener: TcpListener, state: Arc<ServerState>) -> Result<()> {
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::io(Path::new("socket"), e))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::io(Path::new("tokio runtime"), e))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)
            .map_err(|e| Error::io(Path::new("socket"), e))?;
        axum::serve(listener, http::router(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| Error::io(Path::new("http server"), e))
    })
}

/// Watches the sources; each burst of events becomes one rebuild on a thread of its own.
fn watch(
    root: &Path,
    output: &Path,
    build: BuildOptions,
    live: Option<LiveSite>,
    state: Arc<ServerState>,
) -> Result<RecommendedWatcher> {
    let (tx, rx) = mpsc::channel::<notify::Event>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reading a file is an event too (inotify's OPEN): our own rebuilds read the sources,
        // and must not trigger themselves.
        if let Ok(event) = event
            && !matches!(event.kind, EventKind::Access(_))
        {
            let _ = tx.send(event);
        }
    })
    .map_err(|e| watch_error(root, e))?;
    for dir in ["content", "templates", "themes", "static"] {
        let path = root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| watch_error(&path, e))?;
        }
    }
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(|e| watch_error(root, e))?;
    let (root, output) = (absolute(root), absolute(output));
    std::thread::spawn(move || rebuild_loop(rx, &root, &output, build, live, &state));
    Ok(watcher)
}

/// The next burst of events: waits for one, then takes the others until [`DEBOUNCE`] passes
/// without a new one.
fn next_burst(rx: &mpsc::Receiver<notify::Event>) -> Option<Vec<PathBuf>> {
    let first = rx.recv().ok()?;
    let mut paths = first.paths;
    while let Ok(event) = rx.recv_timeout(DEBOUNCE) {
        paths.extend(event.paths);
    }
    Some(paths)
}

fn rebuild_loop(
    rx: mpsc::Receiver<notify::Event>,
    root: &Path,
    output: &Path,
    build: BuildOptions,
    mut live: Option<LiveSite>,
    state: &ServerState,
) {
    while let Some(paths) = next_burst(&rx) {
        let mut changes: Vec<ChangeKind> = paths
            .iter()
            .filter_map(|p| classify(root, output, &absolute(p)))
            .collect();
        changes.sort();
        changes.dedup();
        if changes.is_empty() {
            continue;
        }
        let names: Vec<String> = changes
            .iter()
            .map(|c| describe(c).display().to_string())
            .collect();
        let result = match live.as_mut() {
            Some(site) => site
                .apply(&changes)
                .map(|a| (a.pages, a.css_only, a.elapsed)),
            None => LiveSite::new(build.clone()).map(|(site, report)| {
                live = Some(site);
                (report.pages, false, report.elapsed)
            }),
        };
        match result {
            Ok((pages, css_only, elapsed)) => {
                println!(
                    "Changed {}: rebuilt {pages} pages in {} ms",
                    names.join(", "),
                    elapsed.as_millis()
                );
                if let Ok(mut error) = state.error.write() {
                    *error = None;
                }
                let _ = state.events.send(if css_only {
                    LiveEvent::Css
                } else {
                    LiveEvent::Reload
                });
            }
            Err(e) => report_error(state, &e),
        }
    }
}

fn report_error(state: &ServerState, error: &Error) {
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

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener).arg(url).spawn().is_err() {
        println!("Could not open a browser; visit {url}");
    }
}
