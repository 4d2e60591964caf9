//! What the database shows about the service's health at one moment: the
//! processing queue (depth by state, age of the oldest waiting job, runs
//! whose worker stopped answering), the audit trail's sealing lag, and the
//! connection pool. Read on each scrape of `/metrics` and by
//! `opencomplai status`; every query runs on a partial index, so a scrape
//! costs the same at a million documents as at ten.

use std::fmt::Write as _;

use sqlx::PgPool;

use super::{gauge, header};

/// The figures, as read.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub jobs_queued: i64,
    /// Queued and due now (not waiting for a retry's back-off).
    pub jobs_due: i64,
    pub jobs_running: i64,
    /// Running past their lease: their worker stopped; they are taken again.
    pub jobs_stale: i64,
    /// Seconds since the oldest queued job was queued.
    pub oldest_queued_secs: f64,
    /// Audit rows not yet sealed into the hash chain.
    pub audit_unsealed: i64,
    /// Seconds since the oldest unsealed audit row was written.
    pub audit_oldest_unsealed_secs: f64,
    /// Connections the pool holds, and of those idle; the largest it may hold.
    pub pool_connections: u32,
    pub pool_idle: u32,
    pub pool_max: u32,
}

impl Snapshot {
    /// Reads the figures (three short queries in one read-only transaction).
    pub async fn read(pool: &PgPool) -> Result<Self, sqlx::Error> {
        let mut tx = pool.begin().await?;
        sqlx::query("set local statement_timeout = '5s'")
            .execute(&mut *tx)
            .await?;
        let (jobs_queued, jobs_due, oldest_queued_secs): (i64, i64, Option<f64>) = sqlx::query_as(
            "select count(*),
                        count(*) filter (where run_at <= now() at time zone 'utc'),
                        extract(epoch from (now() at time zone 'utc') - min(created_at))::float8
                 from jobs where state = 'queued'",
        )
        .fetch_one(&mut *tx)
        .await?;
        let (jobs_running, jobs_stale): (i64, i64) = sqlx::query_as(
            "select count(*),
                    count(*) filter (where leased_until < now() at time zone 'utc')
             from jobs where state = 'running'",
        )
        .fetch_one(&mut *tx)
        .await?;
        let (audit_unsealed, audit_oldest): (i64, Option<f64>) = sqlx::query_as(
            "select count(*),
                    extract(epoch from (now() at time zone 'utc') - min(created_at))::float8
             from audit_logs where chain_seq is null",
        )
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        let size = pool.size();
        let idle = u32::try_from(pool.num_idle()).unwrap_or(u32::MAX);
        Ok(Self {
            jobs_queued,
            jobs_due,
            jobs_running,
            jobs_stale,
            oldest_queued_secs: oldest_queued_secs.unwrap_or(0.0).max(0.0),
            audit_unsealed,
            audit_oldest_unsealed_secs: audit_oldest.unwrap_or(0.0).max(0.0),
            pool_connections: size,
            pool_idle: idle.min(size),
            pool_max: pool.options().get_max_connections(),
        })
    }

    /// The figures in the text format.
    pub fn render(&self, out: &mut String) {
        header(
            out,
            "opencomplai_jobs",
            "gauge",
            "Processing jobs by state: queued (of which due now), running (of which past their lease).",
        );
        for (state, n) in [
            ("queued", self.jobs_queued),
            ("due", self.jobs_due),
            ("running", self.jobs_running),
            ("stale", self.jobs_stale),
        ] {
            let _ = writeln!(out, "opencomplai_jobs{{state=\"{state}\"}} {n}");
        }
        gauge(
            out,
            "opencomplai_jobs_oldest_queued_seconds",
            "Age of the oldest queued job (0 when none waits).",
            self.oldest_queued_secs,
        );
        gauge(
            out,
            "opencomplai_audit_unsealed_rows",
            "Audit rows not yet sealed into the hash chain.",
            self.audit_unsealed as f64,
        );
        gauge(
            out,
            "opencomplai_audit_sealing_lag_seconds",
            "Age of the oldest unsealed audit row (0 when all are sealed).",
            self.audit_oldest_unsealed_secs,
        );
        header(
            out,
            "opencomplai_db_pool_connections",
            "gauge",
            "Database connections of this process's pool: in use, idle, and the most it may open.",
        );
        let in_use = self.pool_connections.saturating_sub(self.pool_idle);
        for (state, n) in [
            ("in_use", in_use),
            ("idle", self.pool_idle),
            ("max", self.pool_max),
        ] {
            let _ = writeln!(
                out,
                "opencomplai_db_pool_connections{{state=\"{state}\"}} {n}"
            );
        }
    }
}
