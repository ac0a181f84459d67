//! `sahifa serve`: build, serve the output under the site's base path, watch the sources and
//! rebuild incrementally, telling open pages to reload. A content error never stops the
//! server: it is printed, shown over the last good page, and cleared by the next good build.
//!
//! The modules follow a request: [`connections`] accepts it (limits, timeouts), [`guard`]
//! decides whether it is answered at all (host, method), [`http`] routes it and [`files`]
//! picks the file; [`watch`] rebuilds the output on the side.

pub mod connections;
pub mod files;
pub mod guard;
pub mod http;
pub mod state;
pub mod watch;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::path::Path;
use std::sync::{Arc, RwLock};

use tokio::sync::broadcast;

use crate::BuildOptions;
use crate::config::Config;
use crate::error::{Diagnostic, Error, Result};
use state::ServerState;

/// Port tried first, as Zola does.
pub const DEFAULT_PORT: u16 = 1111;

/// Where the preview is built, relative to the site root: a folder of Sahifa's own build
/// cache, never `output_dir`. Why: the preview's pages carry the preview's address
/// (`http://127.0.0.1:1111/…` in canonical links, feeds, the sitemap); written into
/// `public/`, they stayed there after Ctrl-C and an editor who uploads `public/` by hand
/// published them. Hugo's server keeps them in memory for the same reason.
pub const PREVIEW_DIR: &str = ".sahifa-cache/serve";

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
    let url = format!("{}{base_path}", origin_to_open(options.bind, port));
    let mut build = options.build.clone();
    build.base_url = Some(url.clone());
    build.output = Some(build.root.join(PREVIEW_DIR));

    let output = crate::output_dir(&build, &config)?;
    let (events, _) = broadcast::channel(16);
    let state = Arc::new(ServerState {
        output: output.clone(),
        address: SocketAddr::new(options.bind, port),
        base_path,
        error: RwLock::new(None),
        events,
    });
    // Watching starts before the first build, so a save made during it is not missed.
    let watching = watch::start(&build.root)?;
    let live = watch::first_build(&build, &state);
    if !options.bind.is_loopback() {
        println!(
            "Warning: serving on {} — other machines on the network can see this preview.",
            options.bind
        );
    }
    println!("Serving {url}  (Ctrl-C to stop; `sahifa build` writes the site to publish)");
    if options.open {
        open_browser(&url);
    }
    watch::rebuild_on_changes(watching, &output, build, live, Arc::clone(&state));
    run_http(listener, state)
}

/// The origin to print and to open: the address listened on, or loopback when listening on
/// every address (`0.0.0.0` is not an address a browser can open everywhere).
fn origin_to_open(bind: IpAddr, port: u16) -> String {
    match bind {
        IpAddr::V4(ip) if ip.is_unspecified() => format!("http://{}:{port}", Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => format!("http://[{}]:{port}", Ipv6Addr::LOCALHOST),
        IpAddr::V6(ip) => format!("http://[{ip}]:{port}"),
        IpAddr::V4(ip) => format!("http://{ip}:{port}"),
    }
}

/// Binds the port asked for with `--port`, or fails: who names a port means that one (a
/// bookmark, a proxy, a second site's preview); without `--port`, the default or the first
/// free one after it (as Hugo does).
fn bind(ip: IpAddr, port: Option<u16>) -> Result<(TcpListener, u16)> {
    if let Some(port) = port {
        return TcpListener::bind(SocketAddr::new(ip, port))
            .map(|listener| (listener, port))
            .map_err(|e| {
                Error::Config(
                    Diagnostic::new("--port", format!("port {port} cannot be used: {e}"))
                        .with_help(
                            "stop the program using it, pass another --port, or leave --port \
                             out to serve on the first free port from 1111",
                        ),
                )
            });
    }
    let first = DEFAULT_PORT;
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
        connections::serve_connections(listener, http::router(state), async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
        Ok(())
    })
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
