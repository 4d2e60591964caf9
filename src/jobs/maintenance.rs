//! Periodic upkeep under `serve`: retention (the rules and the purge of
//! soft-deleted documents), expired subject access archives, expired
//! idempotency keys, the sweep of uploads abandoned mid-way, the audit
//! trail's partitions for the coming months, and the sealer that chains new
//! audit rows a moment after they commit.

use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::watch;

use crate::audit::keys::SigningKeys;
use crate::audit::{chain, partitions};
use crate::documents::{files, idempotency, retention};

/// How often the sealer looks for new audit rows: how far the chain may
/// run behind the trail.
pub const SEAL_EVERY: Duration = Duration::from_millis(250);

/// Seals new audit rows every [`SEAL_EVERY`] until `shutdown`, and once
/// more on the way out.
pub async fn seal(
    pool: PgPool,
    keys: std::sync::Arc<SigningKeys>,
    data_dir: std::path::PathBuf,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let stopping = tokio::select! {
            _ = tokio::time::sleep(SEAL_EVERY) => false,
            _ = crate::shutdown::stopping(&mut shutdown) => true,
        };
        match chain::seal_pending(&pool, &keys, Some(&data_dir)).await {
            Ok(s) if s.rows > 0 => {
                tracing::debug!(rows = s.rows, up_to = s.up_to, "sealed audit rows")
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "sealing the audit trail failed; will try again"),
        }
        if stopping {
            return;
        }
    }
}

/// Runs the purge, the key expiry, the sweep and the making of audit
/// partitions every `interval` until `shutdown`.
pub async fn run(
    pool: PgPool,
    retention_days: u32,
    interval: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        match retention::apply_rules(&pool).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "applied retention rules"),
            Err(e) => tracing::warn!(error = %e, "applying retention rules failed; will try again"),
        }
        match retention::purge_due(&pool, retention_days).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(purged = n, retention_days, "purged soft-deleted documents"),
            Err(e) => tracing::warn!(error = %e, "purge failed; will try again"),
        }
        match crate::compliance::requests::expire_archives(&pool).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "removed expired subject access archives"),
            Err(e) => tracing::warn!(error = %e, "removing expired archives failed"),
        }
        match idempotency::purge_expired(&pool).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "forgot expired idempotency keys"),
            Err(e) => tracing::warn!(error = %e, "forgetting expired idempotency keys failed"),
        }
        match files::sweep_abandoned(&pool).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "removed abandoned partial uploads"),
            Err(e) => tracing::warn!(error = %e, "sweeping partial uploads failed"),
        }
        // A look at the catalog when nothing is missing, so every pass
        // (hourly by default) rather than once a day: a month is never
        // left without its partition for long after one failed.
        match partitions::ensure(&pool).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(made = n, "made audit_logs partitions for the coming months"),
            Err(e) => {
                tracing::warn!(error = %e, "making audit_logs partitions failed; will try again")
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = crate::shutdown::stopping(&mut shutdown) => return,
        }
    }
}
