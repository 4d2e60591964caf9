//! `GET /v1/stats`: the caller's live documents counted by status and by
//! file type, and created per day over a window (`documents::stats`).

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::permission::DocumentRead;
use crate::documents::stats;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::consistency::ReadRoute;
use crate::http::extract::ApiQuery;
use crate::http::principal::{Authorized, Client};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(stats))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatsParams {
    /// Days back from today (UTC) for `per_day`: 0 to 366, default 7 (the
    /// window starts at 00:00 UTC that many days ago and includes today).
    #[param(minimum = 0, maximum = 366)]
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
    ReadRoute(route): ReadRoute,
    ApiQuery(q): ApiQuery<StatsParams>,
) -> Result<Json<StatsOut>, ApiError> {
    let days = stats::window(q.days)?;
    let s = stats::of(&route, &state.audit, &p.actor(ctx), days).await?;
    Ok(Json(StatsOut {
        total: s.total,
        by_status: s.by_status,
        by_file_type: s.by_file_type,
        days: s.days,
        since: s.since,
        per_day: s
            .per_day
            .into_iter()
            .map(|(date, count)| DayCount { date, count })
            .collect(),
    }))
}
