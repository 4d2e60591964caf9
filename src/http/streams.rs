//! What every event stream (API and web) shares: a place among the
//! account's `event_streams_per_account`, taken before the stream opens
//! (429 past the cap), and an end as soon as the credential that opened it
//! stops being valid (a revoked or expired key, a signed-out session, a
//! deleted or disabled account).

use std::future::Future;
use std::time::Duration;

use futures_util::{Stream, StreamExt};
use uuid::Uuid;

use crate::auth::concurrent::Slot;
use crate::error::ApiError;
use crate::http::AppState;

/// How often an open stream checks that its credential still holds.
pub const RECHECK_EVERY: Duration = Duration::from_secs(5);

/// A place for one more of `account`'s streams, or 429.
pub fn place(state: &AppState, account: Uuid) -> Result<Slot, ApiError> {
    let streams = &state.auth.event_streams;
    streams.take(account).ok_or_else(|| ApiError::RateLimited {
        message: format!(
            "at most {} event streams may be open at once per account; close one first",
            streams.cap()
        ),
        retry_after_secs: RECHECK_EVERY.as_secs(),
    })
}

/// `events`, holding `slot` while it runs, and ending once `still_valid`
/// (asked every [`RECHECK_EVERY`]) answers `Some(false)`; `None` (the
/// database could not tell just now) keeps the stream open.
pub fn guarded<S, F, Fut>(events: S, slot: Slot, still_valid: F) -> impl Stream<Item = S::Item>
where
    S: Stream,
    F: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = Option<bool>> + Send,
{
    let revoked = async move {
        let mut tick = tokio::time::interval(RECHECK_EVERY);
        tick.tick().await;
        loop {
            tick.tick().await;
            if still_valid().await == Some(false) {
                return;
            }
        }
    };
    events.take_until(revoked).map(move |e| {
        let _held = &slot;
        e
    })
}
