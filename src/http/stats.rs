//! `GET /v1/stats`: the caller's live documents counted by status and by
//! file type, and created per day over a window (by default the seed's
//! "last 7 days": since the start of the UTC day 7 days ago). Both counts
//! are index-only scans (`idx_documents_user_status_type`,
//! `idx_documents_user_created`), never a read of the documents themselves.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::PgConnection;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::audit::{self, Entry};
use crate::auth::permission::DocumentRead;
use crate::documents::STATUSES;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::ApiQuery;
use crate::http::principal::{Authorized, Client};

/// The seed's "documents created in the last 7 days".
const DEFAULT_DAYS: i32 = 7;
/// The longest window: a year (and a leap day).
const MAX_DAYS: i32 = 366;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(stats))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct StatsParams {
    /// Days back from today (UTC) for `per_day`: 0 to 366, default 7 (the
    /// window starts at 00:00 UTC that many days ago and includes today).
    pub days: Option<i32>,
}

/// Documents created on one UTC day.
#[derive(Debug, Serialize, ToSchema)]
pub struct DayCount {
    pub date: NaiveDate,
    pub count: i64,
}

/// The caller's activity.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatsOut {
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
    pub per_day: Vec<DayCount>,
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

/// The window's first day and its documents per day (days without any are
/// absent here).
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

/// The caller's documents by status, by file type, and per day (permission
/// `document.read`). Audited as `stats`.
#[utoipa::path(get, path = "/v1/stats", tag = "search", params(StatsParams),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The caller's activity", body = StatsOut),
        (status = 422, description = "days out of range", body = ErrorEnvelope),
    ))]
async fn stats(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    ApiQuery(q): ApiQuery<StatsParams>,
) -> Result<Json<StatsOut>, ApiError> {
    let days = q.days.unwrap_or(DEFAULT_DAYS);
    if !(0..=MAX_DAYS).contains(&days) {
        return Err(ApiError::field(
            "days",
            "out_of_range",
            format!("days must be between 0 and {MAX_DAYS}"),
        ));
    }
    let mut tx = state.pool.begin().await?;
    let rows = counts(&mut tx, p.user_id).await?;
    let (since, today, daily) = per_day(&mut tx, p.user_id, days).await?;
    audit::record(
        &mut tx,
        &ctx,
        Entry::new(Some(p.user_id), "stats", "document", None).new_values(json!({"days": days})),
    )
    .await?;
    tx.commit().await?;

    let mut by_status: BTreeMap<String, i64> =
        STATUSES.iter().map(|s| ((*s).to_owned(), 0)).collect();
    let mut by_file_type = BTreeMap::new();
    let mut total = 0;
    for (status, file_type, n) in rows {
        total += n;
        *by_status
            .entry(status.unwrap_or_else(|| "pending".into()))
            .or_insert(0) += n;
        *by_file_type
            .entry(file_type.unwrap_or_else(|| "unknown".into()))
            .or_insert(0) += n;
    }
    let daily: BTreeMap<NaiveDate, i64> = daily.into_iter().collect();
    let per_day = since
        .iter_days()
        .take_while(|d| *d <= today)
        .map(|date| DayCount {
            date,
            count: daily.get(&date).copied().unwrap_or(0),
        })
        .collect();
    Ok(Json(StatsOut {
        total,
        by_status,
        by_file_type,
        days,
        since,
        per_day,
    }))
}
