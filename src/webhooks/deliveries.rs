//! The delivery log and its queue: what the deliverer claims and records,
//! what an endpoint's owner lists and re-queues. A delivery is `pending`
//! (due at `next_attempt_at`), `delivered` (a 2xx came back) or `failed`
//! (every attempt of its round failed); each attempt is a row of its own.

use std::time::Duration;

use chrono::NaiveDateTime;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::endpoints::not_found;
use super::{Error, Result};
use crate::audit::Actor;

/// Attempts in one round before a delivery is `failed`.
pub const MAX_ATTEMPTS: i32 = 8;

/// The wait after attempt n (1-based) is the base (`webhook_retry_base_ms`,
/// 5 s by default) times `BACKOFF[n - 1]`: 5 s, 30 s, 2 min, 10 min, 1 h,
/// 2 h, 4 h, as Svix and Stripe space theirs: soon for a blip, hours for
/// an outage.
const BACKOFF: [u32; 7] = [1, 6, 24, 120, 720, 1440, 2880];

/// The wait before the attempt after attempt `made` (1-based) failed.
pub fn backoff(base: Duration, made: i32) -> Duration {
    let step = usize::try_from(made.max(1) - 1)
        .unwrap_or(0)
        .min(BACKOFF.len() - 1);
    base.saturating_mul(BACKOFF[step])
}

/// Attempts listed with each delivery, newest first.
pub const LISTED_ATTEMPTS: i64 = 20;

/// A delivery as its endpoint's owner sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Delivery {
    pub id: Uuid,
    pub endpoint_id: Uuid,
    pub event: String,
    pub document_id: Uuid,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub delivered_at: Option<NaiveDateTime>,
}

const COLUMNS: &str = "d.id, d.endpoint_id, d.event, d.document_id, d.status, d.attempts, \
    d.next_attempt_at, d.created_at, d.delivered_at";

/// One attempt to send a delivery.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Attempt {
    pub delivery_id: Uuid,
    pub attempted_at: NaiveDateTime,
    pub status_code: Option<i32>,
    pub error: Option<String>,
    pub duration_ms: i32,
}

/// Endpoint `endpoint_id`'s deliveries (it must be `user_id`'s), newest
/// first, each with its latest [`LISTED_ATTEMPTS`] attempts.
pub async fn list(
    pool: &PgPool,
    user_id: Uuid,
    endpoint_id: Uuid,
    before: Option<(NaiveDateTime, Uuid)>,
    limit: i64,
) -> Result<Vec<(Delivery, Vec<Attempt>)>> {
    let mut conn = pool.acquire().await?;
    let owned: Option<Uuid> =
        sqlx::query_scalar("select id from webhook_endpoints where id = $1 and user_id = $2")
            .bind(endpoint_id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    if owned.is_none() {
        return Err(not_found());
    }
    let rows: Vec<Delivery> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from webhook_deliveries d
         where d.endpoint_id = $1 and ($2::timestamp is null or (d.created_at, d.id) < ($2, $3))
         order by d.created_at desc, d.id desc limit $4"
    )))
    .bind(endpoint_id)
    .bind(before.map(|b| b.0))
    .bind(before.map(|b| b.1))
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<Uuid> = rows.iter().map(|d| d.id).collect();
    let attempts: Vec<Attempt> = sqlx::query_as(
        "select a.delivery_id, a.attempted_at, a.status_code, a.error, a.duration_ms
         from unnest($1::uuid[]) as wanted(id)
         cross join lateral (
             select * from webhook_attempts a where a.delivery_id = wanted.id
             order by a.attempted_at desc limit $2
         ) a",
    )
    .bind(&ids)
    .bind(LISTED_ATTEMPTS)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|d| {
            let mine = attempts
                .iter()
                .filter(|a| a.delivery_id == d.id)
                .cloned()
                .collect();
            (d, mine)
        })
        .collect())
}

/// Queues delivery `delivery_id` of the actor's endpoint `endpoint_id`
/// again, now, for a new round of attempts; 409 while it is pending.
/// Audited.
pub async fn retry(
    pool: &PgPool,
    actor: &Actor,
    endpoint_id: Uuid,
    delivery_id: Uuid,
) -> Result<Delivery> {
    let mut tx = pool.begin().await?;
    let found: Option<Delivery> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from webhook_deliveries d
         join webhook_endpoints e on e.id = d.endpoint_id
         where d.id = $1 and d.endpoint_id = $2 and e.user_id = $3
         for update of d"
    )))
    .bind(delivery_id)
    .bind(endpoint_id)
    .bind(actor.user_id)
    .fetch_optional(&mut *tx)
    .await?;
    let before = found.ok_or_else(|| Error::NotFound("no such delivery".into()))?;
    if before.status == "pending" {
        return Err(Error::Conflict(
            "the delivery is still pending; it will be attempted again by itself".into(),
        ));
    }
    let after: Delivery = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update webhook_deliveries d set status = 'pending', attempts = 0,
                next_attempt_at = now() at time zone 'utc'
         where d.id = $1 returning {COLUMNS}"
    )))
    .bind(delivery_id)
    .fetch_one(&mut *tx)
    .await?;
    let entry = actor
        .entry("retry", "webhook_delivery", Some(delivery_id))
        .new_values(json!({
            "webhook_id": endpoint_id,
            "previous_status": before.status,
        }));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(after)
}

/// A delivery claimed for sending, with what sending it takes.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub id: Uuid,
    pub endpoint_id: Uuid,
    pub event: String,
    pub document_id: Uuid,
    /// This attempt's number in its round (1-based).
    pub attempts: i32,
    pub created_at: NaiveDateTime,
    pub url: String,
    pub secret: String,
    pub title: Option<String>,
    pub file_type: Option<String>,
    pub processing_error: Option<String>,
}

/// Claims up to `limit` due deliveries of enabled endpoints, counting the
/// attempt and leasing each for `lease` (a deliverer that dies leaves it
/// due again when the lease ends). `for update skip locked`: instances
/// sharing the database never claim the same one. Commits at once: no
/// transaction is held while receivers answer.
pub async fn claim(
    pool: &PgPool,
    limit: i64,
    lease: Duration,
) -> Result<Vec<Claimed>, sqlx::Error> {
    let lease_ms = i64::try_from(lease.as_millis()).unwrap_or(i64::MAX);
    sqlx::query_as(
        "with due as (
             select d.id from webhook_deliveries d
             join webhook_endpoints e on e.id = d.endpoint_id
             where d.status = 'pending' and d.next_attempt_at <= now() at time zone 'utc'
               and e.enabled
             order by d.next_attempt_at
             limit $1
             for update of d skip locked
         ), claimed as (
             update webhook_deliveries d
             set attempts = d.attempts + 1,
                 next_attempt_at = now() at time zone 'utc' + make_interval(secs => $2::float8 / 1000)
             from due where d.id = due.id
             returning d.id, d.user_id, d.endpoint_id, d.event, d.document_id, d.attempts,
                       d.created_at
         )
         select c.id, c.endpoint_id, c.event, c.document_id, c.attempts, c.created_at, e.url, e.secret,
                doc.title, doc.file_type, doc.processing_error
         from claimed c
         join webhook_endpoints e on e.id = c.endpoint_id
         left join documents doc on doc.id = c.document_id and doc.user_id = c.user_id",
    )
    .bind(limit)
    .bind(lease_ms)
    .fetch_all(pool)
    .await
}

/// How one attempt went.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status_code: Option<u16>,
    /// Why it did not count as delivered; `None` on a 2xx.
    pub error: Option<String>,
    pub duration: Duration,
}

impl Outcome {
    pub fn delivered(&self) -> bool {
        self.error.is_none()
    }
}

/// Longest error text kept for an attempt, in characters.
pub const MAX_ERROR: usize = 1000;

/// Logs the attempt and moves the delivery on: `delivered`, due again
/// after the back-off, or `failed` after [`MAX_ATTEMPTS`].
pub async fn record(
    pool: &PgPool,
    claimed: &Claimed,
    outcome: &Outcome,
    retry_base: Duration,
) -> Result<(), sqlx::Error> {
    let error: Option<String> = outcome
        .error
        .as_ref()
        .map(|e| e.replace('\0', "").chars().take(MAX_ERROR).collect());
    let duration_ms = i32::try_from(outcome.duration.as_millis()).unwrap_or(i32::MAX);
    let wait_ms =
        i64::try_from(backoff(retry_base, claimed.attempts).as_millis()).unwrap_or(i64::MAX);
    let mut tx = pool.begin().await?;
    sqlx::query(
        "insert into webhook_attempts (delivery_id, status_code, error, duration_ms)
         values ($1, $2, $3, $4)",
    )
    .bind(claimed.id)
    .bind(outcome.status_code.map(i32::from))
    .bind(&error)
    .bind(duration_ms)
    .execute(&mut *tx)
    .await?;
    // Only while this attempt's claim stands: a manual retry in between
    // started a new round, which this outcome does not end.
    sqlx::query(
        "update webhook_deliveries set
             status = case when $2 then 'delivered'
                           when attempts >= $3 then 'failed'
                           else 'pending' end,
             delivered_at = case when $2 then now() at time zone 'utc' end,
             next_attempt_at = case when $2 or attempts >= $3 then null
                                    else now() at time zone 'utc' + make_interval(secs => $4::float8 / 1000) end
         where id = $1 and status = 'pending' and attempts = $5",
    )
    .bind(claimed.id)
    .bind(outcome.delivered())
    .bind(MAX_ATTEMPTS)
    .bind(wait_ms)
    .bind(claimed.attempts)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// When the next pending delivery of an enabled endpoint is due, if any.
pub async fn next_due(pool: &PgPool) -> Result<Option<NaiveDateTime>, sqlx::Error> {
    sqlx::query_scalar(
        "select min(d.next_attempt_at) from webhook_deliveries d
         join webhook_endpoints e on e.id = d.endpoint_id
         where d.status = 'pending' and e.enabled",
    )
    .fetch_one(pool)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_grows_from_the_base_and_stops_growing() {
        let base = Duration::from_secs(5);
        let waits: Vec<u64> = (1..=MAX_ATTEMPTS)
            .map(|n| backoff(base, n).as_secs())
            .collect();
        assert_eq!(waits, [5, 30, 120, 600, 3600, 7200, 14400, 14400]);
    }
}
