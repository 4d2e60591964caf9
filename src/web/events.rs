//! `GET /events`: the signed-in account's status changes as Server-Sent
//! Events, one stream for a whole page (a list of fifty documents needs one
//! connection, not fifty). Carries only ids and statuses; not audited, as
//! the API's per-document stream is not. Counted against the account's
//! event streams, and ended when the session is signed out.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use serde_json::json;
use tokio::sync::broadcast;

use super::PageError;
use super::session::Signed;
use crate::auth::web_sessions;
use crate::http::AppState;
use crate::http::streams;

pub async fn stream(
    State(state): State<AppState>,
    signed: Signed,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, PageError> {
    let user_id = signed.principal.user_id;
    let slot = streams::place(&state, user_id).map_err(PageError::Api)?;
    let (pool, token) = (state.pool.clone(), signed.token().to_owned());
    let still_valid = move || {
        let (pool, token) = (pool.clone(), token.clone());
        async move {
            match web_sessions::resolve(&pool, &token).await {
                Ok(found) => Some(found.is_some()),
                Err(_) => None,
            }
        }
    };
    let rx = state.hub.status.subscribe();
    let events = futures_util::stream::unfold(rx, move |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(e) if e.user_id == user_id => {
                    let data = json!({"id": e.id, "status": e.status, "error": e.error});
                    let event = Event::default().event("status").data(data.to_string());
                    return Some((Ok(event), rx));
                }
                Ok(_) => {}
                // Missed some: tell the page to look again.
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    let event = Event::default().event("resync").data("{}");
                    return Some((Ok(event), rx));
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    let events = streams::guarded(events, slot, still_valid);
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}
