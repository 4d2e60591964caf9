//! An account's activity: live documents counted by status and by file
//! type, and created per day over a window (by default the seed's "last 7
//! days": since the start of the UTC day 7 days ago). Both counts are
//! index-only scans (`idx_documents_user_status_type`,
//! `idx_documents_user_created`), never a read of the documents themselves.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::json;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::{ProcessingStatus, Result};
use crate::audit::Actor;
use crate::audit::group::Writer;
use crate::db::replica::Route;
use crate::validation::Invalid;

/// The seed's "documents created in the last 7 days".
pub const DEFAULT_DAYS: i32 = 7;
/// The longest window: a year (and a leap day).
pub const MAX_DAYS: i32 = 366;

/// The counts.
#[derive(Debug, Clone)]
pub struct Stats {
    /// Live (not deleted) documents.
    pub total: i64,
    /// Every status, zero included.
    pub by_status: BTreeMap<String, i64>,
    /// File types present (`unknown` for none).
    pub by_file_type: BTreeMap<String, i64>,
    pub days: i32,
    /// First day of the window (UTC).
    pub since: NaiveDate,
    /// One entry per day from `since` to today, oldest first, zero included.
    pub per_day: Vec<(NaiveDate, i64)>,
}

/// Counts by status and file type, from the index alone.
async fn counts(
    conn: &mut PgConnection,
    user_id: Uuid,
) -> Result<Vec<(Option<String>, Option<String>, i64)>, sqlx::Error> {
    sqlx::query_as(
        "select processing_status, file_type, count(*) from documents
         where user_id = $1 and deleted_at is null
         group by processing_status, file_type",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await
}

/// The window's first day, today, and its documents per day (days without
/// any are absent here).
async fn per_day(
    conn: &mut PgConnection,
    user_id: Uuid,
    days: i32,
) -> Result<(NaiveDate, NaiveDate, Vec<(NaiveDate, i64)>), sqlx::Error> {
    let (since, today): (NaiveDate, NaiveDate) = sqlx::query_as(
        "select (now() at time zone 'utc')::date - $1, (now() at time zone 'utc')::date",
    )
    .bind(days)
    .fetch_one(&mut *conn)
    .await?;
    let rows = sqlx::query_as(
        "select created_at::date as day, count(*) from documents
         where user_id = $1 and deleted_at is null and created_at >= $2::date
         group by 1 order by 1",
    )
    .bind(user_id)
    .bind(since)
    .fetch_all(conn)
    .await?;
    Ok((since, today, rows))
}

/// `days` back for the per-day counts: 0 to [`MAX_DAYS`], default
/// [`DEFAULT_DAYS`].
pub fn window(days: Option<i32>) -> Result<i32, Invalid> {
    let days = days.unwrap_or(DEFAULT_DAYS);
    if !(0..=MAX_DAYS).contains(&days) {
        return Err(Invalid::field(
            "days",
            "out_of_range",
            format!("days must be between 0 and {MAX_DAYS}"),
        ));
    }
    Ok(days)
}

/// The actor's counts over a window of `days` (checked by [`window`]).
/// Audited as `stats`.
pub async fn of(route: &Route, audit: &Writer, actor: &Actor, days: i32) -> Result<Stats> {
    // One transaction, so both counts see the same documents; on the
    // replica when `route` says so, the audit row on the primary.
    let (rows, (since, today, daily)) = route
        .run(|pool| async move {
            let mut tx = pool.begin().await?;
            let rows = counts(&mut tx, actor.user_id).await?;
            let daily = per_day(&mut tx, actor.user_id, days).await?;
            tx.commit().await?;
            Ok::<_, sqlx::Error>((rows, daily))
        })
        .await?;
    let entry = actor
        .entry("stats", "document", None)
        .new_values(json!({"days": days}));
    audit.record(&actor.context, entry).await?;

    Ok(assemble(rows, since, today, daily, days))
}

/// The counts in their final shape: every status (zero included), file
/// types, and one entry per day of the window.
fn assemble(
    rows: Vec<(Option<String>, Option<String>, i64)>,
    since: NaiveDate,
    today: NaiveDate,
    daily: Vec<(NaiveDate, i64)>,
    days: i32,
) -> Stats {
    let mut by_status: BTreeMap<String, i64> = ProcessingStatus::ALL
        .iter()
        .map(|s| (s.as_str().to_owned(), 0))
        .collect();
    let mut by_file_type = BTreeMap::new();
    let mut total = 0;
    for (status, file_type, n) in rows {
        total += n;
        *by_status
            .entry(status.unwrap_or_else(|| ProcessingStatus::Pending.as_str().into()))
            .or_insert(0) += n;
        *by_file_type
            .entry(file_type.unwrap_or_else(|| "unknown".into()))
            .or_insert(0) += n;
    }
    let daily: BTreeMap<NaiveDate, i64> = daily.into_iter().collect();
    let per_day = since
        .iter_days()
        .take_while(|d| *d <= today)
        .map(|date| (date, daily.get(&date).copied().unwrap_or(0)))
        .collect();
    Stats {
        total,
        by_status,
        by_file_type,
        days,
        since,
        per_day,
    }
}

/// The dashboard: the counts, the riskiest documents and the latest
/// failures, read in one transaction and audited once (`stats`, with the
/// view named).
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub stats: Stats,
    pub riskiest: Vec<super::Document>,
    pub failures: Vec<super::Document>,
}

pub async fn dashboard(pool: &PgPool, actor: &Actor, days: i32, rows: i64) -> Result<Dashboard> {
    let mut tx = pool.begin().await?;
    let counted = counts(&mut tx, actor.user_id).await?;
    let (since, today, daily) = per_day(&mut tx, actor.user_id, days).await?;
    let riskiest = super::store::riskiest(&mut tx, actor.user_id, rows).await?;
    let failures = super::store::recent_failures(&mut tx, actor.user_id, rows).await?;
    let entry = actor
        .entry("stats", "document", None)
        .new_values(json!({"days": days, "view": "dashboard"}));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Dashboard {
        stats: assemble(counted, since, today, daily, days),
        riskiest,
        failures,
    })
}
