//! The processing queue, in PostgreSQL: a job row per run, claimed with
//! `FOR UPDATE SKIP LOCKED` under a lease that a heartbeat renews; a job
//! whose lease runs out (its worker died) is claimed again. Enqueuing sends
//! `NOTIFY opencomplai_jobs` so idle workers wake at once. Documents queue
//! their runs here; `jobs` claims and runs them.

use std::time::Duration;

use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

/// Workers listen here for new work.
pub const JOBS_CHANNEL: &str = "opencomplai_jobs";

/// How far apart an account's queued jobs are placed on the queue's
/// virtual clock: far more than any real gap between two accounts' uploads,
/// so accounts with work queued are taken in turn, a job each.
const FAIR_SPACING_SECS: f64 = 3600.0;

/// Queues a processing run of `document_id`, on the caller's transaction:
/// after the account's own queued jobs, and in turn with other accounts'.
pub async fn enqueue(
    conn: &mut PgConnection,
    document_id: Uuid,
    max_attempts: u32,
) -> Result<Uuid, sqlx::Error> {
    let id = sqlx::query_scalar(
        "insert into jobs (document_id, max_attempts, user_id, fair_at)
         select d.id, $2, d.user_id,
                greatest(now() at time zone 'utc',
                         (select max(j.fair_at) from jobs j
                          where j.user_id = d.user_id and j.state in ('queued', 'running'))
                         + $3 * interval '1 second')
         from documents d where d.id = $1
         returning id",
    )
    .bind(document_id)
    .bind(i32::try_from(max_attempts).unwrap_or(i32::MAX))
    .bind(FAIR_SPACING_SECS)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("select pg_notify($1, '')")
        .bind(JOBS_CHANNEL)
        .execute(conn)
        .await?;
    Ok(id)
}

/// Whether the document has a run queued or in progress.
pub async fn active(conn: &mut PgConnection, document_id: Uuid) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("select exists(select 1 from jobs where document_id = $1 and state in ('queued', 'running'))")
        .bind(document_id)
        .fetch_one(conn)
        .await
}

/// A job this worker holds until `lease_token` is no longer the job's.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub id: Uuid,
    pub document_id: Uuid,
    pub attempts: i32,
    pub max_attempts: i32,
    pub lease_token: Uuid,
}

/// Claims the next due job: queued and due, or running with an expired
/// lease; among them the earliest place on the virtual clock, so accounts
/// take turns.
pub async fn claim(
    pool: &PgPool,
    worker: &str,
    lease: Duration,
) -> Result<Option<Claimed>, sqlx::Error> {
    claim_within(pool, worker, lease, RunningCaps::NONE).await
}

/// How many jobs of one account may run at once, by the account's tier in
/// force; 0: no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunningCaps {
    pub free: u32,
    pub pro: u32,
    pub enterprise: u32,
}

impl RunningCaps {
    pub const NONE: Self = Self {
        free: 0,
        pro: 0,
        enterprise: 0,
    };
}

fn cap(n: u32) -> i32 {
    if n == 0 {
        i32::MAX
    } else {
        i32::try_from(n).unwrap_or(i32::MAX)
    }
}

/// [`claim`], passing over the jobs of accounts that already run as many
/// as their tier allows (a job whose lease ran out counts no longer).
pub async fn claim_within(
    pool: &PgPool,
    worker: &str,
    lease: Duration,
    caps: RunningCaps,
) -> Result<Option<Claimed>, sqlx::Error> {
    sqlx::query_as(
        "with next as (
             select j.id from jobs j
             where ((j.state = 'queued' and j.run_at <= now() at time zone 'utc')
                    or (j.state = 'running' and j.leased_until < now() at time zone 'utc'))
               and ($4 = 2147483647 and $5 = 2147483647 and $6 = 2147483647
                    or j.user_id is null
                    or (select count(*) from jobs r
                        where r.user_id = j.user_id and r.state = 'running'
                          and r.leased_until >= now() at time zone 'utc')
                       < (select case
                                   when u.tier in ('pro', 'enterprise')
                                        and u.subscription_expires_at is not null
                                        and u.subscription_expires_at <= now() at time zone 'utc'
                                     then $4
                                   when u.tier = 'pro' then $5
                                   when u.tier = 'enterprise' then $6
                                   else $4
                                 end
                          from users u where u.id = j.user_id))
             order by j.fair_at
             limit 1
             for update of j skip locked
         )
         update jobs j set state = 'running', attempts = j.attempts + 1, lease_token = $1,
                leased_until = (now() at time zone 'utc') + $2 * interval '1 millisecond',
                worker = $3, updated_at = now() at time zone 'utc'
         from next where j.id = next.id
         returning j.id, j.document_id, j.attempts, j.max_attempts, j.lease_token",
    )
    .bind(Uuid::new_v4())
    .bind(lease.as_millis() as f64)
    .bind(worker)
    .bind(cap(caps.free))
    .bind(cap(caps.pro))
    .bind(cap(caps.enterprise))
    .fetch_optional(pool)
    .await
}

/// Extends the lease; false when the job is no longer ours.
pub async fn heartbeat(pool: &PgPool, job: &Claimed, lease: Duration) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "update jobs set leased_until = (now() at time zone 'utc') + $3 * interval '1 millisecond'
         where id = $1 and lease_token = $2 and state = 'running'",
    )
    .bind(job.id)
    .bind(job.lease_token)
    .bind(lease.as_millis() as f64)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Locks the job if this worker still holds it (inside the finishing
/// transaction), so a worker whose lease was taken over writes nothing.
pub async fn still_ours(conn: &mut PgConnection, job: &Claimed) -> Result<bool, sqlx::Error> {
    let row: Option<Uuid> = sqlx::query_scalar(
        "select id from jobs where id = $1 and lease_token = $2 and state = 'running' for update",
    )
    .bind(job.id)
    .bind(job.lease_token)
    .fetch_optional(conn)
    .await?;
    Ok(row.is_some())
}

/// How a job ended, as stored in `jobs.state`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Its run is over (the document completed, or was gone).
    Done,
    /// Its document failed.
    Failed,
}

impl End {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Failed => "failed",
        }
    }
}

/// Marks the job finished.
pub async fn finish(
    conn: &mut PgConnection,
    job: &Claimed,
    end: End,
    error: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update jobs set state = $2, last_error = $3, lease_token = null, leased_until = null,
                updated_at = now() at time zone 'utc'
         where id = $1",
    )
    .bind(job.id)
    .bind(end.as_str())
    .bind(error)
    .execute(conn)
    .await?;
    Ok(())
}

/// Puts the job back in the queue to run after `delay`.
pub async fn requeue(
    conn: &mut PgConnection,
    job: &Claimed,
    error: &str,
    delay: Duration,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update jobs set state = 'queued', last_error = $2, lease_token = null, leased_until = null,
                run_at = (now() at time zone 'utc') + $3 * interval '1 millisecond',
                updated_at = now() at time zone 'utc'
         where id = $1",
    )
    .bind(job.id)
    .bind(error)
    .bind(delay.as_millis() as f64)
    .execute(conn)
    .await?;
    Ok(())
}

/// Exponential backoff: 2 s, 4 s, 8 s, ... at most 10 minutes.
pub fn backoff(attempt: i32) -> Duration {
    let exp = u32::try_from(attempt.clamp(1, 20) - 1).unwrap_or(0);
    Duration::from_secs(2u64.saturating_pow(exp + 1)).min(Duration::from_secs(600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), Duration::from_secs(2));
        assert_eq!(backoff(2), Duration::from_secs(4));
        assert_eq!(backoff(5), Duration::from_secs(32));
        assert_eq!(backoff(30), Duration::from_secs(600));
    }
}
