//! `GET /metrics`: the Prometheus text exposition of this process's
//! counters and the database's health figures (`crate::metrics`). Open by
//! default, as the default listen address is loopback; with
//! `metrics_token` set, a scraper must send it as a bearer token.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::metrics::{self, snapshot::Snapshot};

/// How long a scrape waits for the database's figures.
const SNAPSHOT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// The content type of the text format.
const TEXT_FORMAT: &str = "text/plain; version=0.0.4; charset=utf-8";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(scrape))
}

/// Prometheus metrics in the text format: HTTP requests by method, route
/// template and status (counts and latency histograms); processing jobs by
/// state and the age of the oldest queued one; pipeline stage durations;
/// extraction failures by reason; database pool connections; the audit
/// trail's sealing lag. No credentials are needed unless the service sets
/// `metrics_token`; then `Authorization: Bearer <token>`.
#[utoipa::path(get, path = "/metrics", tag = "operations",
    responses(
        (status = 200, description = "The metrics, in the Prometheus text format 0.0.4",
            content_type = "text/plain; version=0.0.4; charset=utf-8", body = String),
        (status = 401, description = "`metrics_token` is set and the request's bearer token is missing or wrong", body = ErrorEnvelope),
    ))]
async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some(token) = state.config.metrics_token.as_ref().map(|t| t.expose())
        && !token.is_empty()
        && !bearer_matches(&headers, token)
    {
        let mut response = ApiError::Unauthorized(
            "this service's metrics need its metrics token as a bearer token".into(),
        )
        .into_response();
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"metrics\""),
        );
        return Ok(response);
    }
    // The database's figures within a short time, or without them: the
    // process's own counters matter most when the database is in trouble.
    let snapshot = match tokio::time::timeout(SNAPSHOT_TIMEOUT, Snapshot::read(&state.pool)).await {
        Ok(Ok(s)) => Some(s),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "metrics: the database's figures could not be read");
            None
        }
        Err(_) => {
            tracing::warn!("metrics: the database's figures took too long");
            None
        }
    };
    let mut out = String::with_capacity(16 * 1024);
    metrics::gauge(
        &mut out,
        "opencomplai_up",
        "1 while the process serves.",
        1.0,
    );
    metrics::header(
        &mut out,
        "opencomplai_build_info",
        "gauge",
        "The running version.",
    );
    out.push_str(&format!(
        "opencomplai_build_info{{version=\"{}\"}} 1\n",
        env!("CARGO_PKG_VERSION")
    ));
    metrics::gauge(
        &mut out,
        "opencomplai_db_snapshot_ok",
        "1 when this scrape read the database's figures (queue, audit), 0 when it could not in time.",
        if snapshot.is_some() { 1.0 } else { 0.0 },
    );
    if let Some(snapshot) = snapshot {
        snapshot.render(&mut out);
    }
    metrics::registry().render(&mut out);
    Ok(([(header::CONTENT_TYPE, TEXT_FORMAT)], out).into_response())
}

/// Whether `Authorization` is `Bearer <token>`, compared by digest so the
/// time taken says nothing about how much of it matched.
fn bearer_matches(headers: &HeaderMap, token: &str) -> bool {
    let Some((scheme, given)) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
    else {
        return false;
    };
    scheme.eq_ignore_ascii_case("bearer")
        && Sha256::digest(given.trim().as_bytes()) == Sha256::digest(token.trim().as_bytes())
}
