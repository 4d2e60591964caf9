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

/// Queues a processing run of `document_id` of account `user_id`, on the
/// caller's transaction:
/// after the account's own queued jobs, and in turn with other accounts'.
pub async fn enqueue(
    conn: &mut PgConnection,
    user_id: Uuid,
    document_id: Uuid,
    max_attempts: u32,
) -> Result<Uuid, sqlx::Error> {
    let id = sqlx::query_scalar(
        "insert into jobs (document_id, max_attempts, user_id, fair_at)
         select d.id, $2, d.user_id,
                greatest(now() at time zone 'utc',
                         (select j.fair_at from jobs j
                          where j.user_id = d.user_id and j.state in ('queued', 'running')
                          order by j.fair_at desc limit 1)
                         + $3 * interval '1 second')
         from documents d where d.id = $1 and d.user_id = $4
         returning id",
    )
    .bind(document_id)
    .bind(i32::try_from(max_attempts).unwrap_or(i32::MAX))
    .bind(FAIR_SPACING_SECS)
    .bind(user_id)
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
    /// The document's account.
    pub user_id: Uuid,
    pub attempts: i32,
    pub max_attempts: i32,
    pub lease_token: Uuid,
    /// Its place on the queue's virtual clock.
    pub fair_at: Option<chrono::NaiveDateTime>,
    /// Its document was marked `processing` when it was claimed: the
    /// document's account and file type.
    #[sqlx(skip)]
    pub started: Option<(Uuid, Option<String>)>,
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
    let mut tx = pool.begin().await?;
    relaxed_commit(&mut tx).await?;
    let mut jobs = claim_many(&mut tx, worker, lease, caps, 1).await?;
    tx.commit().await?;
    Ok(jobs.pop())
}

/// Documents larger than this are claimed one at a time: a batch of them
/// would keep other workers idle while one works through it.
const SMALL_FILE_BYTES: i64 = 256 * 1024;

/// Claims up to `max` due jobs at once, on the caller's transaction, in
/// the order [`claim`] would take them one by one and within each
/// account's cap; a job for a large document is taken alone (first, or not
/// at all).
pub async fn claim_many(
    conn: &mut PgConnection,
    worker: &str,
    lease: Duration,
    caps: RunningCaps,
    max: i64,
) -> Result<Vec<Claimed>, sqlx::Error> {
    sqlx::query_as(
        "with due as (
             -- The head of the queue, through its indexes: the cost of a
             -- claim does not grow with the queue's length.
             (select q.id from jobs q
              where q.state = 'queued' and q.run_at <= now() at time zone 'utc'
              order by q.fair_at limit $7 * 4 + 64)
             union all
             (select e.id from jobs e
              where e.state = 'running' and e.leased_until < now() at time zone 'utc'
              order by e.leased_until limit $7 * 4 + 64)
         ),
         -- How many more jobs each account at the head may run now: its
         -- tier's cap (an expired paid tier counts as free) less those
         -- running under a live lease.
         room as (
             select u.id as user_id,
                    case
                      when u.tier in ('pro', 'enterprise')
                           and u.subscription_expires_at is not null
                           and u.subscription_expires_at <= now() at time zone 'utc'
                        then $4
                      when u.tier = 'pro' then $5
                      when u.tier = 'enterprise' then $6
                      else $4
                    end
                    - (select count(*) from jobs r
                       where r.user_id = u.id and r.state = 'running'
                         and r.leased_until >= now() at time zone 'utc') as slots
             from users u
             where u.id in (select h.user_id from jobs h where h.id in (select id from due))
         ),
         candidates as (
             select j.id, j.user_id, j.fair_at, room.slots,
                    -- The account the job's statements name (jobs queued
                    -- before 0014 carry none: their document's).
                    coalesce(j.user_id, d.user_id, '00000000-0000-0000-0000-000000000000'::uuid)
                      as owner,
                    case when coalesce(d.file_size_bytes, 0) > $8 then $7 else 1 end as weight
             from jobs j
             left join documents d on d.id = j.document_id
             left join room on room.user_id = j.user_id
             where j.id in (select id from due)
               and ((j.state = 'queued' and j.run_at <= now() at time zone 'utc')
                    or (j.state = 'running' and j.leased_until < now() at time zone 'utc'))
               and ($4 = 2147483647 and $5 = 2147483647 and $6 = 2147483647
                    or j.user_id is null
                    or room.slots > 0)
             order by j.fair_at
             limit $7
             for update of j skip locked
         ),
         ranked as (
             select c.id, c.user_id, c.owner, c.slots,
                    row_number() over (partition by c.user_id order by c.fair_at) as in_account,
                    row_number() over (order by c.fair_at) as place,
                    sum(c.weight) over (order by c.fair_at rows unbounded preceding) as load
             from candidates c
         ),
         next as (
             select r.id, r.owner from ranked r
             where (r.place = 1 or r.load <= $7)
               and ($4 = 2147483647 and $5 = 2147483647 and $6 = 2147483647
                    or r.user_id is null
                    or r.in_account <= r.slots)
         )
         update jobs j set state = 'running', attempts = j.attempts + 1, lease_token = $1,
                leased_until = (now() at time zone 'utc') + $2 * interval '1 millisecond',
                worker = $3, updated_at = now() at time zone 'utc'
         from next where j.id = next.id
         returning j.id, j.document_id, next.owner as user_id, j.attempts, j.max_attempts,
                   j.lease_token, j.fair_at",
    )
    .bind(Uuid::new_v4())
    .bind(lease.as_millis() as f64)
    .bind(worker)
    .bind(cap(caps.free))
    .bind(cap(caps.pro))
    .bind(cap(caps.enterprise))
    .bind(max.max(1))
    .bind(SMALL_FILE_BYTES)
    .fetch_all(conn)
    .await
    .map(|mut jobs: Vec<Claimed>| {
        jobs.sort_by_key(|j| j.fair_at);
        jobs
    })
}

/// Lets the caller's transaction commit without waiting for the disk.
/// For the queue's own bookkeeping and processing outcomes only, never for
/// what a client was told is stored: should the database crash before the
/// write reaches the disk, the job is still leased, runs out and is done
/// again; nothing accepted is lost.
pub async fn relaxed_commit(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    sqlx::query("set local synchronous_commit = off")
        .execute(conn)
        .await?;
    Ok(())
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

/// [`finish`] if the job is still this worker's (its lease token, still
/// running), in one statement whose row lock, like [`still_ours`]'s, holds
/// off any other change of the job until the transaction ends: false, and
/// nothing changed, when it is not.
pub async fn finish_if_ours(
    conn: &mut PgConnection,
    job: &Claimed,
    end: End,
    error: Option<&str>,
) -> Result<bool, sqlx::Error> {
    let row: Option<Uuid> = sqlx::query_scalar(
        "update jobs set state = $2, last_error = $3, lease_token = null, leased_until = null,
                updated_at = now() at time zone 'utc'
         where id = $1 and lease_token = $4 and state = 'running' returning id",
    )
    .bind(job.id)
    .bind(end.as_str())
    .bind(error)
    .bind(job.lease_token)
    .fetch_optional(conn)
    .await?;
    Ok(row.is_some())
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

/// Puts a claimed job that was not begun back in the queue, due now, its
/// attempt not counted.
pub async fn hand_back(conn: &mut PgConnection, job: &Claimed) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update jobs set state = 'queued', lease_token = null, leased_until = null,
                attempts = greatest(attempts - 1, 0), run_at = now() at time zone 'utc',
                updated_at = now() at time zone 'utc'
         where id = $1",
    )
    .bind(job.id)
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
