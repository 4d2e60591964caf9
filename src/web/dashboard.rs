//! `/`: the dashboard, or the way to sign in.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use uuid::Uuid;

use super::PageError;
use super::session::MaybeSigned;
use super::view::{Layout, When, day_chart, html, when};
use crate::documents::{Document, ProcessingStatus, stats};
use crate::http::AppState;

/// Days the chart covers.
const CHART_DAYS: i32 = 29;
/// Documents listed under risk and failures.
const LISTED: i64 = 8;

/// A document in a dashboard list.
struct Line {
    id: Uuid,
    title: String,
    risk: String,
    error: String,
    created: When,
}

impl From<Document> for Line {
    fn from(d: Document) -> Self {
        Self {
            id: d.id,
            title: d.title,
            risk: d.pii_risk.unwrap_or_default(),
            error: d.processing_error.unwrap_or_default(),
            created: when(d.created_at),
        }
    }
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    layout: Layout,
    welcome: bool,
    total: i64,
    by_status: Vec<(String, i64)>,
    by_type: Vec<(String, i64)>,
    days: i32,
    since: NaiveDate,
    chart: String,
    per_day: Vec<(NaiveDate, i64)>,
    riskiest: Vec<Line>,
    failures: Vec<Line>,
}

#[derive(Debug, Deserialize)]
pub struct DashboardQuery {
    welcome: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    MaybeSigned(signed): MaybeSigned,
    Query(q): Query<DashboardQuery>,
) -> Result<Response, PageError> {
    let Some(signed) = signed else {
        return Ok(Redirect::to("/login").into_response());
    };
    let d = stats::dashboard(&state.pool, &signed.actor(), CHART_DAYS, LISTED).await?;
    let page = DashboardPage {
        layout: Layout::signed(&signed, "dashboard", "Dashboard"),
        welcome: q.welcome.is_some() || d.stats.total == 0,
        total: d.stats.total,
        by_status: ProcessingStatus::ALL
            .iter()
            .map(|s| {
                let n = d.stats.by_status.get(s.as_str()).copied().unwrap_or(0);
                (s.as_str().to_owned(), n)
            })
            .collect(),
        by_type: d.stats.by_file_type.into_iter().collect(),
        days: d.stats.days + 1,
        since: d.stats.since,
        chart: day_chart(&d.stats.per_day),
        per_day: d.stats.per_day,
        riskiest: d.riskiest.into_iter().map(Line::from).collect(),
        failures: d.failures.into_iter().map(Line::from).collect(),
    };
    Ok(html(page.render()))
}
