//! The preview server's accept loop. `axum::serve` has no timeouts and no limit, so a few
//! hundred sockets that never send anything held the server's file descriptors until it could
//! not accept a real request any more. Here, with hyper's own HTTP/1 connection builder:
//!
//! - a socket must send its first byte within [`IDLE_TIMEOUT`], and hyper closes a connection
//!   whose request head has not arrived within [`IDLE_TIMEOUT`] (which also ends keep-alive
//!   connections left idle between requests);
//! - at most [`connection_limit`] connections are open at once, well below the process's file
//!   limit;
//! - when the limit is reached, the oldest connection that has not sent a byte yet is closed to
//!   make room, so a flood of silent sockets never keeps a real browser out;
//! - a response being streamed (the live-reload stream) has no timeout: it is long-lived by
//!   design.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot};

/// How long a connection may stay silent: before its first byte, while its request head
/// arrives, and between two requests on a kept-alive connection.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(5);
/// Never more connections than this, whatever the file limit allows: a preview has one reader.
const MAX_CONNECTIONS: usize = 512;
/// File descriptors kept for everything else: the files being served, the watcher, rebuilds.
const RESERVED_DESCRIPTORS: usize = 64;

/// Accepts and serves connections until `shutdown` completes.
pub async fn serve_connections(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()>,
) {
    let gate = Arc::new(Gate::new(connection_limit()));
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => return,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of descriptors (EMFILE) or a socket error: make room and try again
                // shortly rather than spinning or giving up.
                if !is_connection_error(&e) {
                    gate.close_oldest_silent();
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                continue;
            }
        };
        // No room even after closing a silent socket: every connection is busy, drop this one.
        let Some(slot) = gate.admit().await else {
            continue;
        };
        let (gate, router) = (Arc::clone(&gate), router.clone());
        tokio::spawn(async move {
            let _slot = slot;
            if gate.first_byte(&stream).await {
                serve_one(stream, router).await;
            }
        });
    }
}

/// One HTTP/1 connection, with the request-head timeout that also closes idle keep-alives.
async fn serve_one(stream: TcpStream, router: Router) {
    let service = TowerToHyperService::new(router);
    let _ = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(IDLE_TIMEOUT)
        .serve_connection(TokioIo::new(stream), service)
        .await;
}

/// Half the descriptors the process may open (less a reserve), at most [`MAX_CONNECTIONS`]:
/// each connection may hold a second descriptor while it reads the file it serves.
pub fn connection_limit() -> usize {
    let descriptors = open_file_limit().unwrap_or(1024);
    (descriptors.saturating_sub(RESERVED_DESCRIPTORS) / 2).clamp(16, MAX_CONNECTIONS)
}

#[cfg(unix)]
fn open_file_limit() -> Option<usize> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes into the struct it is given, which outlives the call.
    let read = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0;
    read.then(|| usize::try_from(limit.rlim_cur).unwrap_or(usize::MAX))
}

#[cfg(not(unix))]
fn open_file_limit() -> Option<usize> {
    None
}

fn is_connection_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    matches!(
        e.kind(),
        ConnectionRefused | ConnectionAborted | ConnectionReset
    )
}

/// The connection slots, and the connections that have not spoken yet (oldest first), each with
/// the sender that closes it.
struct Gate {
    slots: Arc<Semaphore>,
    silent: Mutex<BTreeMap<u64, oneshot::Sender<()>>>,
    next_id: AtomicU64,
}

impl Gate {
    fn new(limit: usize) -> Gate {
        Gate {
            slots: Arc::new(Semaphore::new(limit)),
            silent: Mutex::new(BTreeMap::new()),
            next_id: AtomicU64::new(0),
        }
    }

    /// A slot for a new connection: a free one, or the one freed by closing the oldest silent
    /// connection; `None` when every open connection is busy.
    async fn admit(&self) -> Option<OwnedSemaphorePermit> {
        if let Ok(slot) = Arc::clone(&self.slots).try_acquire_owned() {
            return Some(slot);
        }
        if !self.close_oldest_silent() {
            return None;
        }
        // The closed connection's task gives its slot back as soon as it wakes.
        let freed = Arc::clone(&self.slots).acquire_owned();
        tokio::time::timeout(Duration::from_secs(1), freed)
            .await
            .ok()?
            .ok()
    }

    /// Tells the oldest connection still waiting for its first byte to close; false if none is.
    fn close_oldest_silent(&self) -> bool {
        let mut silent = self.silent.lock().unwrap_or_else(|e| e.into_inner());
        while let Some((_, close)) = silent.pop_first() {
            if close.send(()).is_ok() {
                return true;
            }
        }
        false
    }

    /// Waits for the connection's first byte (without consuming it). False if the peer closes,
    /// stays silent past [`IDLE_TIMEOUT`], or is closed to make room.
    async fn first_byte(&self, stream: &TcpStream) -> bool {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (close, closed) = oneshot::channel();
        self.silent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, close);
        let mut byte = [0u8; 1];
        let spoke = tokio::select! {
            peeked = tokio::time::timeout(IDLE_TIMEOUT, stream.peek(&mut byte)) => {
                matches!(peeked, Ok(Ok(n)) if n > 0)
            }
            _ = closed => false,
        };
        self.silent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
        spoke
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_stays_well_below_the_file_limit() {
        let limit = connection_limit();
        assert!((16..=MAX_CONNECTIONS).contains(&limit), "{limit}");
        if let Some(files) = open_file_limit() {
            assert!(
                limit * 2 + RESERVED_DESCRIPTORS <= files.max(96),
                "{limit} of {files}"
            );
        }
    }

    #[tokio::test]
    async fn a_full_gate_closes_the_oldest_silent_connection_to_admit_a_new_one() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let gate = Arc::new(Gate::new(2));
        let mut waiting = Vec::new();
        for _ in 0..2 {
            let _client = tokio::net::TcpStream::connect(address).await.unwrap();
            let (server_side, _) = listener.accept().await.unwrap();
            let slot = gate.admit().await.expect("room for two");
            let gate = Arc::clone(&gate);
            waiting.push((
                _client,
                tokio::spawn(async move {
                    let _slot = slot;
                    gate.first_byte(&server_side).await
                }),
            ));
            tokio::task::yield_now().await;
        }
        // Full: admitting a third closes the oldest silent one, which reports it never spoke.
        let third = tokio::time::timeout(Duration::from_secs(2), gate.admit()).await;
        assert!(matches!(third, Ok(Some(_))), "third connection admitted");
        let (_, oldest) = waiting.remove(0);
        assert!(
            !oldest.await.unwrap(),
            "the oldest silent connection was closed"
        );
        assert!(!waiting[0].1.is_finished(), "the newer one still waits");
    }
}
