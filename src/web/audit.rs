//! `/audit`: the audit trail, filtered by action, resource, account
//! (administrators: any account) and date, newest first; and the same
//! selection as CSV.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use uuid::Uuid;

use super::PageError;
use super::error::urlencode;
use super::session::Signed;
use super::view::{Layout, When, compact, html, when};
use crate::audit::{self, Filter, Row};
use crate::auth::accounts;
use crate::http::AppState;
use crate::http::pagination;

/// Entries per page.
const PAGE_ROWS: i64 = 50;
/// Most rows in one CSV export.
const MAX_EXPORT_ROWS: i64 = 10_000;

/// The actions and resources written today, for the filter menus.
const ACTIONS: &[&str] = &[
    "create",
    "read",
    "update",
    "delete",
    "restore",
    "reprocess",
    "list",
    "search",
    "stats",
    "login",
    "login_failed",
    "logout",
    "revoke",
    "purge",
    "export",
];
const RESOURCES: &[&str] = &["document", "user", "api_key", "pii_lists", "audit_log"];

#[derive(Debug, Default, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    resource_type: String,
    #[serde(default)]
    resource_id: String,
    #[serde(default)]
    user: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    cursor: Option<String>,
}

struct Line {
    at: When,
    who: String,
    action: String,
    resource_type: String,
    resource_short: String,
    link: Option<String>,
    details: String,
    ip: String,
    request_short: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    layout: Layout,
    is_admin: bool,
    actions: &'static [&'static str],
    resources: &'static [&'static str],
    action: String,
    resource_type: String,
    resource_id: String,
    user: String,
    from: String,
    to: String,
    csv: String,
    error: Option<String>,
    rows: Vec<Line>,
    next: Option<String>,
}

fn date(s: &str) -> Option<chrono::NaiveDateTime> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
}

/// The filter a query asks for, as this viewer may have it.
async fn filter(
    state: &AppState,
    signed: &Signed,
    q: &AuditQuery,
    limit: i64,
) -> Result<(Filter, Option<String>), PageError> {
    let known = |v: &str, list: &[&str]| list.contains(&v).then(|| v.to_owned());
    let mut error = None;
    let user_id = if signed.principal.is_admin && !q.user.trim().is_empty() {
        let found =
            accounts::find_id(&state.pool, &q.user.chars().take(320).collect::<String>()).await?;
        if found.is_none() {
            error = Some("There is no account with that email.".to_owned());
        }
        Some(found.unwrap_or(Uuid::nil()))
    } else {
        None
    };
    let filter = Filter {
        viewer: (!signed.principal.is_admin).then_some(signed.principal.user_id),
        user_id,
        action: known(&q.action, ACTIONS),
        resource_type: known(&q.resource_type, RESOURCES),
        resource_id: Uuid::parse_str(&q.resource_id).ok(),
        since: date(&q.from),
        until: date(&q.to).map(|d| d + chrono::Duration::days(1)),
        before: q.cursor.as_deref().and_then(|c| pagination::decode(c).ok()),
        limit,
    };
    Ok((filter, error))
}

/// The query string of a filter (without the cursor).
fn query_string(q: &AuditQuery) -> String {
    [
        ("action", &q.action),
        ("resource_type", &q.resource_type),
        ("resource_id", &q.resource_id),
        ("user", &q.user),
        ("from", &q.from),
        ("to", &q.to),
    ]
    .iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| format!("{k}={}", urlencode(v)))
    .collect::<Vec<_>>()
    .join("&")
}

fn details(row: &Row) -> String {
    let (old, new) = (
        compact(row.old_values.as_ref()),
        compact(row.new_values.as_ref()),
    );
    match (old.is_empty(), new.is_empty()) {
        (true, _) => new,
        (false, true) => old,
        (false, false) => format!("{old} → {new}"),
    }
}

pub async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Query(q): Query<AuditQuery>,
) -> Result<Response, PageError> {
    let (filter, error) = filter(&state, &signed, &q, PAGE_ROWS + 1).await?;
    let mut rows = audit::read(&state.pool, &signed.actor(), &filter, PAGE_ROWS as usize).await?;
    let more = rows.len() as i64 > PAGE_ROWS;
    rows.truncate(PAGE_ROWS as usize);
    let qs = query_string(&q);
    let next = if more {
        rows.last().map(|r| {
            let cursor = pagination::encode(r.created_at.unwrap_or_default(), r.id);
            format!("/audit?{qs}&cursor={cursor}")
        })
    } else {
        None
    };
    let me = signed.principal.user_id;
    let lines = rows
        .into_iter()
        .map(|r| {
            let short = r
                .resource_id
                .map(|id| id.to_string()[..8].to_owned())
                .unwrap_or_default();
            let link = match (r.resource_type.as_str(), r.resource_id) {
                ("document", Some(id)) => Some(format!("/documents/{id}")),
                _ => None,
            };
            Line {
                at: when(r.created_at),
                who: match (r.user_id, &r.user_email) {
                    (Some(id), _) if id == me => "you".into(),
                    (_, Some(email)) => email.clone(),
                    (Some(id), None) => id.to_string(),
                    (None, None) => "nobody signed in".into(),
                },
                details: details(&r),
                action: r.action,
                resource_type: r.resource_type,
                resource_short: short,
                link,
                ip: r
                    .ip_address
                    .map(|n| n.addr().to_string())
                    .unwrap_or_default(),
                // The random end of the id: its start is a timestamp, the
                // same for requests made together.
                request_short: r
                    .request_id
                    .map(|id| id.to_string()[24..].to_owned())
                    .unwrap_or_default(),
            }
        })
        .collect();
    let page = AuditPage {
        layout: Layout::signed(&signed, "audit", "Audit trail"),
        is_admin: signed.principal.is_admin,
        actions: ACTIONS,
        resources: RESOURCES,
        action: q.action.clone(),
        resource_type: q.resource_type.clone(),
        resource_id: q.resource_id.clone(),
        user: q.user.clone(),
        from: q.from.clone(),
        to: q.to.clone(),
        csv: format!("/audit.csv?{qs}"),
        error,
        rows: lines,
        next,
    };
    Ok(html(page.render()))
}

/// A CSV cell: quoted when it must be, and never read as a formula by a
/// spreadsheet (a leading `=`, `+`, `-`, `@` gets an apostrophe).
fn cell(value: &str) -> String {
    let mut v = value.to_owned();
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        v.insert(0, '\'');
    }
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// What the filter selects, as CSV (at most 10,000 rows, newest first);
/// the export is itself audited.
pub async fn csv(
    State(state): State<AppState>,
    signed: Signed,
    Query(q): Query<AuditQuery>,
) -> Result<Response, PageError> {
    let (mut filter, _) = filter(&state, &signed, &q, MAX_EXPORT_ROWS).await?;
    filter.before = None;
    let rows = audit::export(&state.pool, &signed.actor(), &filter).await?;
    let mut out = String::from(
        "created_at,user_id,user_email,action,resource_type,resource_id,ip_address,user_agent,request_id,old_values,new_values\n",
    );
    for r in rows {
        let fields = [
            r.created_at
                .map(|t| t.and_utc().to_rfc3339())
                .unwrap_or_default(),
            r.user_id.map(|u| u.to_string()).unwrap_or_default(),
            r.user_email.unwrap_or_default(),
            r.action,
            r.resource_type,
            r.resource_id.map(|u| u.to_string()).unwrap_or_default(),
            r.ip_address
                .map(|n| n.addr().to_string())
                .unwrap_or_default(),
            r.user_agent.unwrap_or_default(),
            r.request_id.map(|u| u.to_string()).unwrap_or_default(),
            r.old_values.map(|v| v.to_string()).unwrap_or_default(),
            r.new_values.map(|v| v.to_string()).unwrap_or_default(),
        ];
        let line: Vec<String> = fields.iter().map(|f| cell(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    let mut response = out.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"audit-trail.csv\""),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-1"), "'-1");
    }
}
