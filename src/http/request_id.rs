//! Request ids: a valid incoming `X-Request-Id` (a UUID, since the id is
//! stored in `audit_logs.request_id`) is kept, anything else replaced by a
//! new one. The id is visible to the whole request (`telemetry`), so
//! errors and logs carry it without being handed it.

use std::time::Instant;

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::Instrument;
use uuid::Uuid;

use crate::error::{ApiError, Enveloped};
use crate::telemetry::with_request_id;

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
static SERVER_TIMING: HeaderName = HeaderName::from_static("server-timing");

/// The request id as a typed request extension, for handlers that want it.
#[derive(Debug, Clone, Copy)]
pub struct RequestId(pub Uuid);

fn incoming_id(req: &Request) -> Option<Uuid> {
    let value = req.headers().get(&X_REQUEST_ID)?.to_str().ok()?;
    Uuid::parse_str(value.trim()).ok()
}

/// The longest path a log line repeats, in bytes: a client's path (up to
/// the 64 KiB a URI may be) is its own, and the log must stay bounded.
const MAX_LOGGED_PATH: usize = 256;

/// `path` cut to [`MAX_LOGGED_PATH`] bytes at a character boundary, with
/// `…` when cut.
fn logged_path(path: &str) -> std::borrow::Cow<'_, str> {
    if path.len() <= MAX_LOGGED_PATH {
        return path.into();
    }
    let mut end = MAX_LOGGED_PATH;
    while !path.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &path[..end]).into()
}

/// The outermost middleware: assigns the id, opens the request's span, logs
/// the outcome, and turns any bare error status produced below our handlers
/// (router 404/405, body limit 413, timeout) into the error envelope.
pub async fn middleware(mut req: Request, next: Next) -> Response {
    let id = incoming_id(&req).unwrap_or_else(Uuid::now_v7);
    req.extensions_mut().insert(RequestId(id));
    let span = tracing::info_span!(
        "request",
        request_id = %id,
        method = %req.method(),
        path = %logged_path(req.uri().path()),
    );
    let started = Instant::now();
    // The route's template, never the path itself: a label per document
    // id would grow without end.
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .cloned();
    let method = req.method().clone();
    with_request_id(id, async move {
        let mut response = next.run(req).await;
        let status = response.status();
        if status.is_client_error() || status.is_server_error() {
            response = ensure_envelope(response);
        }
        let status = response.status();
        let took = started.elapsed();
        crate::metrics::registry().request(
            method.as_str(),
            route.as_ref().map(|m| m.as_str()),
            status.as_u16(),
            took,
        );
        let millis = took.as_secs_f64() * 1000.0;
        if status.is_server_error() {
            tracing::warn!(status = status.as_u16(), millis, "request failed");
        } else {
            tracing::info!(status = status.as_u16(), millis, "request served");
        }
        if let Ok(value) = HeaderValue::from_str(&id.to_string()) {
            response.headers_mut().insert(X_REQUEST_ID.clone(), value);
        }
        // How long the server spent until the answer began (a stream's body
        // may go on after): for browsers' developer tools and for
        // `bench/pages.sh`.
        if let Ok(value) = HeaderValue::from_str(&format!("app;dur={millis:.2}")) {
            response.headers_mut().insert(SERVER_TIMING.clone(), value);
        }
        response
    })
    .instrument(span)
    .await
}

fn ensure_envelope(response: Response) -> Response {
    if response.extensions().get::<Enveloped>().is_some() {
        return response;
    }
    let (parts, _body) = response.into_parts();
    let mut fresh = ApiError::from_status(parts.status).into_response();
    // Keep headers that carry meaning for the client, such as `Allow` on 405.
    for name in [header::ALLOW, header::RETRY_AFTER, header::WWW_AUTHENTICATE] {
        if let Some(v) = parts.headers.get(&name) {
            fresh.headers_mut().insert(name, v.clone());
        }
    }
    fresh
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_path_is_cut_for_the_log() {
        assert_eq!(logged_path("/v1/documents"), "/v1/documents");
        let long = format!("/v1/{}", "é".repeat(40_000));
        let shown = logged_path(&long);
        assert!(
            shown.len() <= MAX_LOGGED_PATH + "…".len(),
            "{}",
            shown.len()
        );
        assert!(shown.ends_with('…'));
    }
}
