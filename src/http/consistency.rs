//! Read-your-writes with the read replica (`db::replica`), at the HTTP
//! edge: a write by an identified account leaves a fence for it (and
//! answers `X-OpenComplai-Consistency` with the primary's position), and
//! [`ReadRoute`] sends a read to the replica only past the caller's fences
//! and the position it sent back, if any.

use std::sync::{Arc, OnceLock};

use axum::extract::{FromRequestParts, Request, State};
use axum::http::HeaderValue;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use uuid::Uuid;

use crate::auth::Principal;
use crate::db::replica::{CONSISTENCY_HEADER, Lsn, Reads, Route};
use crate::http::AppState;

/// Who made a write request, filled in by whichever extractor identified
/// the caller ([`note_caller`]), read by [`fence_writes`] afterwards.
#[derive(Debug, Clone, Default)]
struct Caller(Arc<OnceLock<Uuid>>);

/// Tells [`fence_writes`] who this request's caller is.
pub fn note_caller(parts: &Parts, account: Uuid) {
    if let Some(caller) = parts.extensions.get::<Caller>() {
        let _ = caller.0.set(account);
    }
}

/// Middleware: after a request that may write (any method but GET, HEAD,
/// OPTIONS, TRACE) by an identified account, fences the account's reads
/// from the replica until it has replayed the primary's position now, and
/// answers with that position. Nothing without a replica.
pub async fn fence_writes(State(reads): State<Reads>, mut req: Request, next: Next) -> Response {
    if !reads.has_replica() || req.method().is_safe() {
        return next.run(req).await;
    }
    let caller = Caller::default();
    req.extensions_mut().insert(caller.clone());
    let mut response = next.run(req).await;
    if let Some(account) = caller.0.get()
        && let Some(lsn) = reads.wrote(*account).await
        && let Ok(value) = HeaderValue::from_str(&lsn.to_string())
    {
        response.headers_mut().insert(CONSISTENCY_HEADER, value);
    }
    response
}

/// Where this request's read goes (search, the list, stats). Put it after
/// the authorization extractor in a handler's arguments: with the caller
/// unknown, the read stays on the primary.
#[derive(Debug, Clone)]
pub struct ReadRoute(pub Route);

impl FromRequestParts<AppState> for ReadRoute {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let reads = &state.reads;
        let Some(account) = parts.extensions.get::<Principal>().map(|p| p.user_id) else {
            return Ok(Self(reads.primary()));
        };
        // A position the client sent back; one that does not parse could
        // be anything, so the primary answers.
        let token = match parts.headers.get(CONSISTENCY_HEADER) {
            None => None,
            Some(value) => match value.to_str().ok().and_then(Lsn::parse) {
                Some(lsn) => Some(lsn),
                None => return Ok(Self(reads.primary())),
            },
        };
        Ok(Self(reads.route(Some(account), token).await))
    }
}
