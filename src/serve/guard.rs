//! Which requests the preview answers at all, decided before any file is looked at.
//!
//! - **DNS rebinding.** A page on `evil.example` can point its own name at `127.0.0.1` and then
//!   read the preview — drafts included — from the user's own browser. Such requests still say
//!   `Host: evil.example`, so only the names of the preview itself are answered (`421`
//!   otherwise): the address it listens on, `localhost`, `127.0.0.1`, `[::1]`, with the
//!   listening port if a port is given. Bound to every address or a network one (`--bind`),
//!   any IP literal is accepted (other machines use this machine's address), but still no DNS
//!   name other than `localhost`, which is what rebinding needs. HTTP/1.1 without a `Host` is
//!   malformed (`400`).
//! - **Read-only.** Only GET and HEAD (`405` with `Allow: GET, HEAD` otherwise).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::uri::Authority;
use axum::http::{HeaderValue, Method, StatusCode, Version, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::state::ServerState;

/// Axum middleware in front of every route: files and the live-reload stream alike.
pub async fn guard(
    State(state): State<Arc<ServerState>>,
    request: Request,
    next: Next,
) -> Response {
    if let Err(refusal) = check(&request, state.address) {
        return refusal.into_response(state.address);
    }
    next.run(request).await
}

/// Why a request is not answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No `Host` on HTTP/1.1, several, or one that is not text.
    BadHost,
    /// A host that is not this preview's.
    ForeignHost,
    /// Anything but GET and HEAD.
    Method,
}

/// The host and method checks, in that order: a foreign site learns nothing, not even which
/// methods exist.
pub fn check(request: &Request, address: SocketAddr) -> Result<(), Refusal> {
    let mut hosts = request.headers().get_all(header::HOST).iter();
    let host = match (hosts.next(), hosts.next()) {
        (Some(_), Some(_)) => return Err(Refusal::BadHost),
        (Some(value), None) => Some(value.to_str().map_err(|_| Refusal::BadHost)?),
        (None, _) => None,
    };
    // An absolute-form request (`GET http://evil.example/ HTTP/1.1`) names its host there.
    let named = request.uri().authority().map(Authority::as_str);
    if named.is_none() && host.is_none() && request.version() >= Version::HTTP_11 {
        return Err(Refusal::BadHost);
    }
    if named
        .into_iter()
        .chain(host)
        .any(|name| !host_allowed(name, address))
    {
        return Err(Refusal::ForeignHost);
    }
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return Err(Refusal::Method);
    }
    Ok(())
}

/// Whether `host` (a `Host` header: name or IP literal, optional port) names this preview.
pub fn host_allowed(host: &str, address: SocketAddr) -> bool {
    // `Authority` also accepts `user@host` and an empty port (`host:`), which a Host header
    // never carries.
    let Ok(authority) = host.parse::<Authority>() else {
        return false;
    };
    if host.contains('@')
        || host.ends_with(':')
        || authority.port_u16().is_some_and(|p| p != address.port())
    {
        return false;
    }
    let name = authority.host();
    if name.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let literal = name
        .strip_prefix('[')
        .and_then(|n| n.strip_suffix(']'))
        .unwrap_or(name);
    let Ok(ip) = literal.parse::<IpAddr>() else {
        // A DNS name: exactly what rebinding uses.
        return false;
    };
    let listening = address.ip();
    ip.is_loopback() || ip == listening || listening.is_unspecified() || !listening.is_loopback()
}

impl Refusal {
    fn into_response(self, address: SocketAddr) -> Response {
        match self {
            Refusal::BadHost => (
                StatusCode::BAD_REQUEST,
                "400 Bad Request: exactly one Host header is required.\n",
            )
                .into_response(),
            Refusal::ForeignHost => (
                StatusCode::MISDIRECTED_REQUEST,
                format!(
                    "421 Misdirected Request: this Sahifa preview answers only at {}.\n",
                    where_to_open(address)
                ),
            )
                .into_response(),
            Refusal::Method => {
                let mut response = (
                    StatusCode::METHOD_NOT_ALLOWED,
                    "405 Method Not Allowed: the preview is read-only (GET and HEAD).\n",
                )
                    .into_response();
                response
                    .headers_mut()
                    .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
                response
            }
        }
    }
}

/// The addresses to tell a refused client about.
fn where_to_open(address: SocketAddr) -> String {
    let port = address.port();
    match address.ip() {
        ip if ip.is_unspecified() => {
            format!("this machine's IP address, port {port}, or http://localhost:{port}/")
        }
        IpAddr::V6(ip) => format!("http://[{ip}]:{port}/ or http://localhost:{port}/"),
        IpAddr::V4(ip) => format!("http://{ip}:{port}/ or http://localhost:{port}/"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: &str, uri: &str, version: Version, hosts: &[&str]) -> Request {
        let mut builder = Request::builder().method(method).uri(uri).version(version);
        for host in hosts {
            builder = builder.header(header::HOST, *host);
        }
        builder.body(axum::body::Body::empty()).unwrap()
    }

    #[test]
    fn hosts_on_loopback() {
        let address: SocketAddr = "127.0.0.1:1111".parse().unwrap();
        for host in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LOCALHOST",
            "[::1]:1111",
            "127.0.0.1",
        ] {
            assert!(host_allowed(host, address), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example:1111",
            "127.0.0.1.nip.io",
            "127.0.0.1:2222",
            "10.0.0.5:1111",
            "user@127.0.0.1:1111",
            "",
            "localhost:",
            "[::1",
            "صحيفة.example",
        ] {
            assert!(!host_allowed(host, address), "{host}");
        }
    }

    #[test]
    fn hosts_on_every_address_or_a_network_one() {
        for bind in ["0.0.0.0:1111", "[::]:1111", "192.168.1.20:1111"] {
            let address: SocketAddr = bind.parse().unwrap();
            for host in [
                "192.168.1.20:1111",
                "[fe80::1]:1111",
                "localhost",
                "127.0.0.1",
            ] {
                assert!(host_allowed(host, address), "{bind} {host}");
            }
            for host in ["evil.example:1111", "laptop.local", "192.168.1.20:1"] {
                assert!(!host_allowed(host, address), "{bind} {host}");
            }
        }
    }

    #[test]
    fn checks_host_then_method() {
        let address: SocketAddr = "127.0.0.1:1111".parse().unwrap();
        let h11 = Version::HTTP_11;
        let ok = request("GET", "/", h11, &["localhost:1111"]);
        assert_eq!(check(&ok, address), Ok(()));
        let head = request("HEAD", "/", h11, &["localhost:1111"]);
        assert_eq!(check(&head, address), Ok(()));
        let post = request("POST", "/", h11, &["localhost:1111"]);
        assert_eq!(check(&post, address), Err(Refusal::Method));
        let foreign_post = request("POST", "/", h11, &["evil.example"]);
        assert_eq!(check(&foreign_post, address), Err(Refusal::ForeignHost));
        let missing = request("GET", "/", h11, &[]);
        assert_eq!(check(&missing, address), Err(Refusal::BadHost));
        let old = request("GET", "/", Version::HTTP_10, &[]);
        assert_eq!(check(&old, address), Ok(()));
        let two = request("GET", "/", h11, &["localhost:1111", "evil.example"]);
        assert_eq!(check(&two, address), Err(Refusal::BadHost));
        let absolute = request("GET", "http://evil.example/", h11, &["localhost:1111"]);
        assert_eq!(check(&absolute, address), Err(Refusal::ForeignHost));
    }
}
