//! What the database shows about the service's health at one moment: the
//! processing queue (depth by state, age of the oldest waiting job, runs
//! whose worker stopped answering), the audit trail's sealing lag, and the
//! connection pool. Read on each scrape of `/metrics` and by
//! `opencomplai status`. Every query reads a partial index of what is
//! waiting (queued and running jobs, unsealed audit rows), so a scrape costs
//! in proportion to the backlog, never to the documents kept, and the
//! counts stop at [`COUNT_CAP`].

use std::fmt::Write as _;

use sqlx::PgPool;

use super::{gauge, header};

/// Counts stop here: a scrape must stay cheap however long a backlog grows.
pub const COUNT_CAP: i64 = 1_000_000;

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
    /// Audit rows waiting for the sealer (written within the last
    /// `LATE_COMMIT`, which is what it seals).
    pub audit_unsealed: i64,
    /// Seconds since the oldest of them was written.
    pub audit_oldest_unsealed_secs: f64,
    /// Unsealed rows older than that: the sealer leaves them for
    /// verification to name (inserted behind the service's back).
    pub audit_unsealable: i64,
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
        let (jobs_queued, jobs_due): (i64, i64) = sqlx::query_as(
            "select count(*), count(*) filter (where run_at <= now() at time zone 'utc')
             from (select run_at from jobs where state = 'queued' limit $1) q",
        )
        .bind(COUNT_CAP)
        .fetch_one(&mut *tx)
        .await?;
        // On idx_jobs_queued_created (0021): its first entry.
        let oldest_queued_secs: Option<f64> = sqlx::query_scalar(
            "select extract(epoch from (now() at time zone 'utc') - min(created_at))::float8
             from jobs where state = 'queued'",
        )
        .fetch_one(&mut *tx)
        .await?;
        let (jobs_running, jobs_stale): (i64, i64) = sqlx::query_as(
            "select count(*), count(*) filter (where leased_until < now() at time zone 'utc')
             from (select leased_until from jobs where state = 'running' limit $1) r",
        )
        .bind(COUNT_CAP)
        .fetch_one(&mut *tx)
        .await?;
        let (audit_unsealed, audit_unsealable, audit_oldest): (i64, i64, Option<f64>) =
            sqlx::query_as(
                "select count(*) filter (where created_at >= since),
                        count(*) filter (where created_at < since),
                        extract(epoch from (now() at time zone 'utc')
                            - min(created_at) filter (where created_at >= since))::float8
                 from (select created_at,
                              (now() at time zone 'utc') - $2 * interval '1 second' as since
                       from audit_logs where chain_seq is null limit $1) u",
            )
            .bind(COUNT_CAP)
            .bind(crate::audit::chain::LATE_COMMIT.as_secs_f64())
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
            audit_unsealable,
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
            "Processing jobs by state (each counted up to 1,000,000).",
        );
        for (state, n) in [("queued", self.jobs_queued), ("running", self.jobs_running)] {
            let _ = writeln!(out, "opencomplai_jobs{{state=\"{state}\"}} {n}");
        }
        gauge(
            out,
            "opencomplai_jobs_due",
            "Queued jobs due now (the others wait for a retry's back-off).",
            self.jobs_due as f64,
        );
        gauge(
            out,
            "opencomplai_jobs_stale",
            "Running jobs past their lease: their worker stopped; another takes them over.",
            self.jobs_stale as f64,
        );
        gauge(
            out,
            "opencomplai_jobs_oldest_queued_seconds",
            "Age of the oldest queued job (0 when none waits).",
            self.oldest_queued_secs,
        );
        gauge(
            out,
            "opencomplai_audit_unsealed_rows",
            "Audit rows waiting to be sealed into the hash chain.",
            self.audit_unsealed as f64,
        );
        gauge(
            out,
            "opencomplai_audit_sealing_lag_seconds",
            "Age of the oldest audit row waiting to be sealed (0 when none waits).",
            self.audit_oldest_unsealed_secs,
        );
        gauge(
            out,
            "opencomplai_audit_unsealable_rows",
            "Unsealed audit rows older than any commit takes: not written by the service; audit verify names them.",
            self.audit_unsealable as f64,
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
