//! Periodic upkeep under `serve`: the retention purge of soft-deleted
//! documents and the sweep of uploads abandoned mid-way.

use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::watch;

use crate::documents::{files, retention};

/// Runs the purge and the sweep every `interval` until `shutdown`.
pub async fn run(
    pool: PgPool,
    retention_days: u32,
    interval: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        match retention::purge_due(&pool, retention_days).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(purged = n, retention_days, "purged soft-deleted documents"),
            Err(e) => tracing::warn!(error = %e, "purge failed; will try again"),
        }
        match files::sweep_abandoned(&pool).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "removed abandoned partial uploads"),
            Err(e) => tracing::warn!(error = %e, "sweeping partial uploads failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = crate::shutdown::stopping(&mut shutdown) => return,
        }
    }
}
