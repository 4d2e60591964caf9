//! Notifications, pushed by PostgreSQL: every status change sends
//! `NOTIFY document_status` in the transaction that makes it
//! (`documents::status`), every queued run `NOTIFY opencomplai_jobs`
//! (`queue`), and one listener per process fans them out to Server-Sent
//! Event streams (a broadcast channel) and wakes idle workers (a watch
//! counter).

use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgListener};
use tokio::sync::{broadcast, watch};

use crate::db::replica::Fences;
use crate::documents::status::{STATUS_CHANNEL, StatusEvent};
use crate::queue::JOBS_CHANNEL;
use crate::shutdown::stopping;

/// Where notifications land inside this process.
#[derive(Debug)]
pub struct Hub {
    pub status: broadcast::Sender<StatusEvent>,
    /// Bumped on every job notification (and after a reconnect).
    pub jobs: watch::Sender<u64>,
    /// Accounts whose documents changed, kept from the read replica until
    /// it has replayed the change (`db::replica`; disabled without one).
    pub fences: Fences,
}

impl Default for Hub {
    fn default() -> Self {
        Self {
            status: broadcast::channel(1024).0,
            jobs: watch::channel(0).0,
            fences: Fences::disabled(),
        }
    }
}

impl Hub {
    fn bump_jobs(&self) {
        self.jobs.send_modify(|n| *n = n.wrapping_add(1));
    }
}

/// Listens on a connection of its own made with `options` until
/// `shutdown` turns true; reconnects after losing the server.
pub async fn listen(options: PgConnectOptions, hub: Arc<Hub>, mut shutdown: watch::Receiver<bool>) {
    // A pool of one, for its reconnecting: the listener's session must
    // be its own, and the main pool may sit behind a transaction pooler.
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .max_lifetime(None)
        .idle_timeout(None)
        .connect_lazy_with(options);
    {
        loop {
            let listener = async {
                let mut l = PgListener::connect_with(&pool).await?;
                l.listen_all([STATUS_CHANNEL, JOBS_CHANNEL]).await?;
                Ok::<_, sqlx::Error>(l)
            };
            let mut listener = tokio::select! {
                l = listener => match l {
                    Ok(l) => l,
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot listen for notifications yet; workers poll meanwhile");
                        tokio::select! {
                            _ = tokio::time::sleep(Duration::from_secs(2)) => continue,
                            _ = stopping(&mut shutdown) => return,
                        }
                    }
                },
                _ = stopping(&mut shutdown) => return,
            };
            // Anything queued while we were not listening is found by a poll.
            hub.bump_jobs();
            loop {
                tokio::select! {
                    message = listener.try_recv() => match message {
                        Ok(Some(n)) if n.channel() == JOBS_CHANNEL => hub.bump_jobs(),
                        Ok(Some(n)) => {
                            if let Ok(event) = serde_json::from_str::<StatusEvent>(n.payload()) {
                                // Fenced before anyone hears of it: a client
                                // told over an event stream reads it back.
                                hub.fences.changed(event.user_id);
                                let _ = hub.status.send(event);
                            }
                        }
                        Ok(None) => {
                            tracing::warn!("notification connection lost; reconnecting");
                            hub.bump_jobs();
                        }
                        Err(e) => {
                            tracing::warn!(error = %e, "notification listener failed; reconnecting");
                            break;
                        }
                    },
                    _ = stopping(&mut shutdown) => return,
                }
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
}
