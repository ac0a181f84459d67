//! The preview server: the built files under the site's base path, a server-sent-events stream
//! that tells pages to reload, and the live-reload script injected into HTML responses only
//! (the files on disk stay exactly what `build` writes).

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use super::files::{Resolution, content_type, resolve};
use super::state::{LiveEvent, ServerState};

/// Path of the event stream, under the base path.
pub const EVENTS: &str = "__sahifa/events";

pub fn router(state: Arc<ServerState>) -> Router {
    let events = format!("{}{EVENTS}", state.base_path);
    Router::new()
        .route(&events, get(events_stream))
        .fallback(serve_file)
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            super::guard::guard,
        ))
        .with_state(state)
}

async fn events_stream(State(state): State<Arc<ServerState>>) -> impl IntoResponse {
    let stream = BroadcastStream::new(state.events.subscribe()).filter_map(|event| {
        let event = match event.ok()? {
            LiveEvent::Reload => Event::default().event("reload").data("reload"),
            LiveEvent::Css => Event::default().event("css").data("css"),
            LiveEvent::Error(message) => Event::default()
                .event("failure")
                .data(message.replace('\n', "\u{2028}")),
        };
        Some(Ok::<_, std::convert::Infallible>(event))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn serve_file(State(state): State<Arc<ServerState>>, request: Request) -> Response {
    let raw = request.uri().path().to_string();
    match resolve(&state.output, &state.base_path, &raw) {
        Resolution::File(path) => file_response(&state, &path, StatusCode::OK),
        Resolution::Redirect(to) => Response::builder()
            .status(StatusCode::MOVED_PERMANENTLY)
            .header(header::LOCATION, to)
            .body(Body::empty())
            .unwrap_or_default(),
        // Temporary: the base path changes with the configuration.
        Resolution::OutsideBase(to) => Response::builder()
            .status(StatusCode::FOUND)
            .header(header::LOCATION, to)
            .body(Body::empty())
            .unwrap_or_default(),
        Resolution::NotFound => {
            let page = state.output.join("404.html");
            if page.is_file() {
                file_response(&state, &page, StatusCode::NOT_FOUND)
            } else {
                (
                    StatusCode::NOT_FOUND,
                    format!("Not found. This site lives under {}", state.base_path),
                )
                    .into_response()
            }
        }
        Resolution::BadRequest => (StatusCode::BAD_REQUEST, "bad request path").into_response(),
    }
}

fn file_response(state: &ServerState, path: &std::path::Path, status: StatusCode) -> Response {
    let Ok(bytes) = std::fs::read(path) else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let kind = content_type(path);
    let body = if kind.starts_with("text/html") {
        let error = state.error.read().map(|e| e.clone()).unwrap_or(None);
        inject(
            &String::from_utf8_lossy(&bytes),
            &state.base_path,
            error.as_deref(),
        )
        .into_bytes()
    } else {
        bytes
    };
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, kind)
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from(body))
        .unwrap_or_default()
}

/// Adds the live-reload script (and the error overlay when the last build failed) before
/// `</body>`.
pub fn inject(html: &str, base_path: &str, error: Option<&str>) -> String {
    let mut extra = String::new();
    if let Some(message) = error {
        extra.push_str(&overlay(message));
    }
    extra.push_str(&format!(
        "<script>{}</script>",
        SCRIPT.replace("__EVENTS__", &format!("{base_path}{EVENTS}"))
    ));
    match html.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &html[..i], &html[i..]),
        None => format!("{html}{extra}"),
    }
}

fn overlay(message: &str) -> String {
    let mut escaped = String::new();
    crate::text::escape_html(message, &mut escaped);
    format!(
        "<div id=\"sahifa-error\" role=\"alert\" dir=\"ltr\" style=\"position:fixed;inset:1rem;z-index:2147483647;overflow:auto;background:#1e1e1e;color:#ffd7d7;border:3px solid #e33;padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap\"><strong>Sahifa: the last change did not build. The page below is the last good version.</strong>\n\n{escaped}</div>"
    )
}

/// Reloads on `reload`, swaps stylesheets on `css`, shows the overlay on `failure`.
const SCRIPT: &str = r#"(function(){var es=new EventSource("__EVENTS__");es.addEventListener("reload",function(){location.reload()});es.addEventListener("css",function(){document.querySelectorAll('link[rel="stylesheet"]').forEach(function(l){var u=new URL(l.href);u.searchParams.set("sahifa",Date.now());l.href=u.toString()})});es.addEventListener("failure",function(e){var d=document.getElementById("sahifa-error");if(!d){d=document.createElement("div");d.id="sahifa-error";d.setAttribute("role","alert");d.dir="ltr";d.style.cssText="position:fixed;inset:1rem;z-index:2147483647;overflow:auto;background:#1e1e1e;color:#ffd7d7;border:3px solid #e33;padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap";document.body.appendChild(d)}d.textContent="Sahifa: the last change did not build. The page below is the last good version.\n\n"+e.data.split("\u2028").join("\n")})})();"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_before_body_end_and_escapes_the_error() {
        let html = "<html><body><p>x</p></body></html>";
        let out = inject(html, "/sub/", Some("a.md:1:1: <script>bad</script>"));
        assert!(out.ends_with("</body></html>"));
        assert!(out.contains("new EventSource(\"/sub/__sahifa/events\")"));
        assert!(out.contains("&lt;script&gt;bad"));
        assert!(!inject(html, "/", None).contains("sahifa-error\" role"));
    }
}
