//! The audit trail over HTTP: `GET /v1/audit-logs`, newest first, filtered
//! and paginated. A user sees entries they caused and entries about their
//! account; an administrator sees everyone's.

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::audit::{self, Filter, Row};
use crate::auth::permission::AuditRead;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::ApiQuery;
use crate::http::pagination::{self, Page, utc};
use crate::http::principal::Authorized;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct AuditParams {
    /// e.g. `create`, `read`, `update`, `delete`, `login`, `login_failed`, `revoke`.
    pub action: Option<String>,
    /// e.g. `user`, `api_key`, `document`.
    pub resource_type: Option<String>,
    pub resource_id: Option<Uuid>,
    /// RFC 3339; entries at or after it.
    pub since: Option<DateTime<Utc>>,
    /// RFC 3339; entries before it.
    pub until: Option<DateTime<Utc>>,
    /// 1 to 100, default 50.
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditLogOut {
    pub id: Uuid,
    pub user_id: Option<Uuid>,
    pub action: String,
    pub resource_type: String,
    pub resource_id: Option<Uuid>,
    pub old_values: Option<serde_json::Value>,
    pub new_values: Option<serde_json::Value>,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<Uuid>,
    pub created_at: Option<DateTime<Utc>>,
}

impl From<Row> for AuditLogOut {
    fn from(r: Row) -> Self {
        Self {
            id: r.id,
            user_id: r.user_id,
            action: r.action,
            resource_type: r.resource_type,
            resource_id: r.resource_id,
            old_values: r.old_values,
            new_values: r.new_values,
            ip_address: r.ip_address.map(|n| n.addr().to_string()),
            user_agent: r.user_agent,
            request_id: r.request_id,
            created_at: r.created_at.map(utc),
        }
    }
}

/// Audit entries, newest first (permission `audit.read`).
#[utoipa::path(get, path = "/v1/audit-logs", tag = "audit", params(AuditParams),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "A page of entries", body = Page<AuditLogOut>),
        (status = 403, description = "The key lacks audit.read", body = ErrorEnvelope),
    ))]
async fn list(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<AuditRead>,
    ApiQuery(q): ApiQuery<AuditParams>,
) -> Result<Json<Page<AuditLogOut>>, ApiError> {
    let limit = pagination::limit(q.limit)?;
    let filter = Filter {
        viewer: (!p.is_admin).then_some(p.user_id),
        user_id: None,
        action: q.action,
        resource_type: q.resource_type,
        resource_id: q.resource_id,
        since: q.since.map(|t| t.naive_utc()),
        until: q.until.map(|t| t.naive_utc()),
        before: q.cursor.as_deref().map(pagination::decode).transpose()?,
        limit: limit + 1,
    };
    let rows = audit::list(&state.pool, &filter).await?;
    Ok(Json(pagination::page(
        rows,
        limit,
        |r| (r.created_at.unwrap_or_default(), r.id),
        AuditLogOut::from,
    )))
}
