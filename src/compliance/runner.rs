//! Runs subject requests in the background of `serve`: one at a time per
//! process, woken at once when a request is made (and every few seconds
//! in case another process made it), each under a lease so a request whose
//! process died is taken up again. A request that keeps failing for a
//! passing reason is tried five times, then ends as failed.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::{Notify, watch};
use uuid::Uuid;

use super::access::{self, RunError};
use super::erasure;
use super::requests::{self, SubjectRequest};
use crate::audit::keys::SigningKeys;

/// How long a request is held before another process may take it up; kept
/// current as the search through the account goes.
pub const LEASE: Duration = Duration::from_secs(300);
/// How often the runner looks for requests made elsewhere.
const POLL: Duration = Duration::from_secs(5);
/// Attempts before a request ends as failed.
const MAX_ATTEMPTS: i32 = 5;

/// The background runner, shared with the handlers that wake it.
#[derive(Debug)]
pub struct Runner {
    pool: PgPool,
    keys: Arc<SigningKeys>,
    /// The service's data directory (its newest audit checkpoint).
    data_dir: PathBuf,
    /// Where access archives are written before they are stored.
    tmp_dir: PathBuf,
    wake: Notify,
    /// Bumped whenever a request ends, for handlers waiting on one.
    ended: watch::Sender<u64>,
}

impl Runner {
    pub fn new(pool: PgPool, keys: Arc<SigningKeys>, data_dir: &std::path::Path) -> Self {
        Self {
            pool,
            keys,
            data_dir: data_dir.to_path_buf(),
            tmp_dir: data_dir.join("subject-requests"),
            wake: Notify::new(),
            ended: watch::channel(0).0,
        }
    }

    /// Asks the runner to look for work now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Changes whenever a request ends.
    pub fn ended(&self) -> watch::Receiver<u64> {
        self.ended.subscribe()
    }

    /// Takes up requests until `shutdown`.
    pub async fn run(self: Arc<Self>, mut shutdown: watch::Receiver<bool>) {
        loop {
            match requests::claim(&self.pool, None, LEASE).await {
                Ok(Some(r)) => {
                    tokio::select! {
                        () = self.one(r) => {}
                        // The lease runs out and the request is taken up
                        // again after a restart.
                        _ = crate::shutdown::stopping(&mut shutdown) => return,
                    }
                    continue;
                }
                Ok(None) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "cannot look for subject requests; will try again")
                }
            }
            tokio::select! {
                () = self.wake.notified() => {}
                _ = tokio::time::sleep(POLL) => {}
                _ = crate::shutdown::stopping(&mut shutdown) => return,
            }
        }
    }

    async fn one(&self, r: SubjectRequest) {
        let id: Uuid = r.id;
        let lease = requests::Lease::of(&r);
        let started = std::time::Instant::now();
        let outcome = if r.attempts > MAX_ATTEMPTS {
            // Each attempt ended with its process (a crash, a kill, a
            // restart) before it could say why: stop taking it up.
            Err(RunError::Fail(format!(
                "gave up after {MAX_ATTEMPTS} attempts: the process handling it stopped each time; see the service's log"
            )))
        } else {
            match r.kind.as_str() {
                "access" => access::run(&self.pool, &r, &self.tmp_dir, LEASE).await,
                "erasure" => erasure::run(&self.pool, &self.keys, &self.data_dir, &r, LEASE).await,
                other => Err(RunError::Fail(format!("unknown kind of request {other:?}"))),
            }
        };
        let ended = match outcome {
            Ok(()) => {
                tracing::info!(request = %id, kind = %r.kind, elapsed_ms = started.elapsed().as_millis() as u64, "subject request completed");
                true
            }
            Err(RunError::Retry(e)) if r.attempts < MAX_ATTEMPTS => {
                let delay = Duration::from_secs(15 * u64::try_from(r.attempts).unwrap_or(1));
                tracing::warn!(request = %id, attempt = r.attempts, error = %e, "subject request will be tried again");
                if let Err(e) = requests::retry_later(&self.pool, lease, delay, &e).await {
                    tracing::warn!(request = %id, error = %e, "cannot note the retry");
                }
                false
            }
            Err(RunError::Lost) => {
                tracing::warn!(request = %id, attempt = r.attempts, "subject request taken over by another process after this one's lease ran out; this one stops");
                false
            }
            Err(RunError::Retry(e) | RunError::Fail(e)) => {
                tracing::warn!(request = %id, error = %e, "subject request failed");
                if let Err(e) = requests::fail(&self.pool, lease, &e).await {
                    tracing::warn!(request = %id, error = %e, "cannot record the failure");
                }
                if r.kind == "erasure"
                    && let Err(e) = erasure::forget_failed(&self.pool, &r).await
                {
                    tracing::warn!(request = %id, error = %e, "cannot forget a failed erasure's values");
                }
                true
            }
        };
        if ended {
            self.ended.send_modify(|n| *n = n.wrapping_add(1));
        }
    }
}
