//! What the HTTP side and the rebuild side of `serve` share: the state every handler reads,
//! and the events a rebuild sends to open pages. Its own module so that [`super::guard`],
//! [`super::http`] and [`super::watch`] all depend on it and not on each other.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::RwLock;

use tokio::sync::broadcast;

/// What the browser is told after a rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveEvent {
    Reload,
    /// Only stylesheets changed: swap them without reloading.
    Css,
    /// The build failed: show this message over the last good page.
    Error(String),
}

/// Shared between the HTTP handlers and the rebuild thread.
pub struct ServerState {
    pub output: PathBuf,
    /// Where the server listens: the only host (with `localhost`) it answers to.
    pub address: SocketAddr,
    pub base_path: String,
    pub error: RwLock<Option<String>>,
    pub events: broadcast::Sender<LiveEvent>,
}
