//! The HTTP layer: the router, its middleware stack, and the OpenAPI
//! document generated from the handlers themselves. Handlers parse the
//! request, check who asks, call the domain (`documents`, `search`, `auth`,
//! `audit`, `webhooks`) and shape the answer; they hold no SQL and no
//! business rules.

pub mod accounts;
pub mod api_keys;
pub mod audit_logs;
pub mod consistency;
pub mod documents;
pub mod extract;
pub mod health;
pub mod holds;
pub mod metrics;
pub mod openapi;
pub mod pagination;
pub mod pii;
pub mod principal;
pub mod request_id;
pub mod retention;
pub mod schema;
pub mod search;
pub mod stats;
pub mod streams;
pub mod subjects;
pub mod webhooks;

use std::sync::Arc;

use crate::db::Pool;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::{Extension, Router};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;
use utoipa_axum::router::OpenApiRouter;

use crate::auth::AuthServices;
use crate::config::Config;
use crate::error::ApiError;
use crate::jobs::events::Hub;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    /// Where search, the document list and stats read: the primary, or a
    /// replica fresh enough for the caller (`db::replica`).
    pub reads: crate::db::replica::Reads,
    pub config: Arc<Config>,
    pub auth: Arc<AuthServices>,
    /// Status notifications from PostgreSQL, for event streams.
    pub hub: Arc<Hub>,
    /// The key that signs audit checkpoints and erasure receipts.
    pub signing: Arc<crate::audit::keys::SigningKeys>,
    /// Originals' pages drawn as pictures, for the web app.
    pub pictures: Arc<crate::documents::pictures::Pictures>,
    /// Runs subject access requests and erasures in the background.
    pub subjects: Arc<crate::compliance::runner::Runner>,
    /// Originals redacted as PDFs.
    pub redactor: Arc<crate::documents::redaction::Redactor>,
    /// Writes the audit rows of reads, many to a commit.
    pub audit: crate::audit::group::Writer,
    /// The model that embeds queries for search by meaning.
    pub embeddings: crate::embeddings::Embeddings,
}

/// Every route with its OpenAPI description, before middleware.
pub fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(openapi::base())
        .merge(health::router())
        .merge(metrics::router())
        .merge(openapi::router())
        .merge(accounts::router())
        .merge(api_keys::router())
        .merge(audit_logs::router())
        .merge(documents::router())
        .merge(holds::router())
        .merge(retention::router())
        .merge(pii::router())
        .merge(search::router())
        .merge(stats::router())
        .merge(subjects::router())
        .merge(webhooks::router())
}

/// The complete application: routes, the API page, and the middleware stack.
pub fn app(state: AppState) -> Router {
    let (router, api) = api_router().split_for_parts();
    let config = Arc::clone(&state.config);
    let reads = state.reads.clone();
    router
        .merge(openapi::docs_router())
        .merge(crate::web::router())
        .layer(Extension(openapi::Spec::new(&api)))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
        .layer(
            // Outermost first: the request id wraps everything, so even a
            // panic, a timeout or an oversized body answers with the envelope.
            ServiceBuilder::new()
                .layer(middleware::from_fn(request_id::middleware))
                .layer(middleware::from_fn(principal::require_authorization))
                .layer(middleware::from_fn_with_state(
                    reads,
                    consistency::fence_writes,
                ))
                .layer(CatchPanicLayer::custom(on_panic))
                .layer(middleware::from_fn_with_state(
                    Timeouts::of(&config),
                    request_timeout,
                ))
                // JSON bodies are held to `max_body_bytes` by `ApiJson`; only
                // uploads may be as large as `max_upload_bytes` (plus the
                // multipart framing), and they stream.
                // A body that stops arriving (an upload trickled to hold a
                // connection; uploads skip the request timeout) is dropped.
                .layer(RequestBodyTimeoutLayer::new(config.body_read_timeout()))
                .layer(RequestBodyLimitLayer::new(upload_limit(&config)))
                .layer(DefaultBodyLimit::max(upload_limit(&config))),
        )
}

/// How long a request may run.
#[derive(Debug, Clone, Copy)]
struct Timeouts {
    /// Any request: `request_timeout_secs`.
    request: std::time::Duration,
    /// A redacted PDF: drawing and reading every page of a long scan takes
    /// longer than any other request, and runs in the sandbox under its own
    /// limit (`extract_timeout_secs`), so it gets that on top.
    redaction: std::time::Duration,
}

impl Timeouts {
    fn of(config: &Config) -> Self {
        let request = config.request_timeout();
        Self {
            request,
            redaction: request
                .saturating_add(std::time::Duration::from_secs(config.extract_timeout_secs)),
        }
    }
}

/// Abandons a request that runs past its limit ([`Timeouts`]) with 503.
/// Multipart uploads are exempt: a large file over a slow link may take
/// far longer, and it streams, holding little memory meanwhile.
async fn request_timeout(
    axum::extract::State(limits): axum::extract::State<Timeouts>,
    req: axum::extract::Request,
    next: middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    if extract::is_multipart(req.headers()) {
        return next.run(req).await;
    }
    let limit = if req.uri().path().ends_with("/redacted.pdf") {
        limits.redaction
    } else {
        limits.request
    };
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => ApiError::Unavailable(format!(
            "the request took longer than {} s and was abandoned; retry",
            limit.as_secs()
        ))
        .into_response(),
    }
}

/// The largest body any request may have: an upload at the limit, plus room
/// for the multipart framing and form fields.
fn upload_limit(config: &Config) -> usize {
    let upload = usize::try_from(config.max_upload_bytes).unwrap_or(usize::MAX);
    upload
        .saturating_add(1024 * 1024)
        .max(config.max_body_bytes)
}

async fn not_found() -> ApiError {
    ApiError::NotFound("no such route".into())
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed("this method is not allowed on this path".into())
}

fn on_panic(_: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    use axum::response::IntoResponse;
    ApiError::Internal(anyhow::anyhow!("a request handler panicked")).into_response()
}

/// `Content-Disposition: attachment` naming `name`: an ASCII fallback and
/// the exact name percent-encoded (RFC 6266).
pub fn attachment(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}
