//! `GET /v1/documents/{id}/events`: Server-Sent Events of one document's
//! status, first the current one, then each change, until it is final.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use serde_json::json;
use tokio::sync::broadcast;
use uuid::Uuid;

use crate::auth::authenticate::authenticate;
use crate::auth::permission::DocumentRead;
use crate::db::Pool;
use crate::documents::{self, StatusEvent, read};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::principal::{Authorized, credential};
use crate::http::streams;

/// How often an event stream re-reads the status in case a notification was lost.
const RESYNC_EVERY: Duration = Duration::from_secs(5);

/// Server-Sent Events: `status` events (`{"id","status","error"}`) as the
/// document moves; the stream ends at `completed` or `failed`, or within
/// seconds of the credential that opened it being revoked. An account may
/// hold `event_streams_per_account` streams (8 by default) open at once.
#[utoipa::path(get, path = "/v1/documents/{id}/events", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "An event stream", content_type = "text/event-stream"),
        (status = 404, description = "No such document of yours", body = ErrorEnvelope),
        (status = 429, description = "The account already holds its most event streams open (`event_streams_per_account`); see `Retry-After`", body = ErrorEnvelope),
    ))]
pub(super) async fn events(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let id = documents::parse_id(&id)?;
    let slot = streams::place(&state, p.user_id)?;
    let token = credential(&headers)?.to_owned();
    // Subscribe before reading the current state, so no change falls between.
    let rx = state.hub.status.subscribe();
    let first = read::status(&state.pool, p.user_id, id).await?;
    let (pool, auth) = (state.pool.clone(), Arc::clone(&state.auth));
    let still_valid = move || {
        let (pool, auth, token) = (pool.clone(), Arc::clone(&auth), token.clone());
        async move {
            match authenticate(&pool, &auth.sessions, &token).await {
                Ok(_) => Some(true),
                Err(crate::auth::Error::Database(_)) => None,
                Err(_) => Some(false),
            }
        }
    };
    let events = streams::guarded(
        status_stream(state.pool.clone(), rx, first),
        slot,
        still_valid,
    );
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

/// The events of `first`'s document: `first`, then each change until a
/// final status (or the document is gone).
pub(crate) fn status_stream(
    pool: Pool,
    rx: broadcast::Receiver<StatusEvent>,
    first: StatusEvent,
) -> impl Stream<Item = Result<Event, Infallible>> {
    let (user_id, id) = (first.user_id, first.id);
    // State: the event still to send first, the receiver, the last sent.
    futures_util::stream::unfold(
        (Some(first), rx, None::<StatusEvent>),
        move |(first, mut rx, last)| {
            let pool = pool.clone();
            async move {
                if last.as_ref().is_some_and(StatusEvent::is_final) {
                    return None;
                }
                let event = match first {
                    Some(e) => e,
                    None => next_status(&mut rx, &pool, user_id, id, last.as_ref()).await?,
                };
                let data = json!({"id": event.id, "status": event.status, "error": event.error});
                let sse = Event::default().event("status").data(data.to_string());
                Some((Ok(sse), (None, rx, Some(event))))
            }
        },
    )
}

/// The next status change of document `id`, or `None` when the document is
/// gone (the stream then ends).
async fn next_status(
    rx: &mut broadcast::Receiver<StatusEvent>,
    pool: &Pool,
    user_id: Uuid,
    id: Uuid,
    last: Option<&StatusEvent>,
) -> Option<StatusEvent> {
    // Notifications can be missed (a slow reader, the listener reconnecting
    // after a database restart): every few seconds the truth is read instead.
    let mut tick = tokio::time::interval(RESYNC_EVERY);
    tick.tick().await;
    loop {
        tokio::select! {
            received = rx.recv() => match received {
                Ok(e) if e.id == id => return Some(e),
                Ok(_) => {}
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    if let Some(e) = current(pool, user_id, id).await? {
                        return Some(e);
                    }
                }
                Err(_) => return None,
            },
            _ = tick.tick() => {
                if let Some(e) = current(pool, user_id, id).await?
                    && Some(e.status) != last.map(|l| l.status)
                {
                    return Some(e);
                }
            }
        }
    }
}

/// The document's current status: `None` ends the stream (it is gone),
/// `Some(None)` means the database could not be asked right now.
async fn current(pool: &Pool, user_id: Uuid, id: Uuid) -> Option<Option<StatusEvent>> {
    match read::status(pool, user_id, id).await {
        Ok(e) => Some(Some(e)),
        Err(documents::Error::NotFound(_)) => None,
        Err(_) => Some(None),
    }
}
