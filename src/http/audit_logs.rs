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

use crate::audit::{self, Filter, Row, chain};
use crate::auth::permission::AuditRead;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::ApiQuery;
use crate::http::pagination::{self, Page, utc};
use crate::http::principal::{Authorized, Client};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(verify))
        .routes(routes!(public_key))
}

/// Longest `action` or `resource_type` filter: the columns' own width.
const MAX_NAME_FILTER: usize = 50;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditParams {
    /// e.g. `create`, `read`, `update`, `delete`, `login`, `login_failed`, `revoke`.
    /// At most 50 characters.
    #[param(max_length = 50)]
    pub action: Option<String>,
    /// e.g. `user`, `api_key`, `document`. At most 50 characters.
    #[param(max_length = 50)]
    pub resource_type: Option<String>,
    pub resource_id: Option<Uuid>,
    /// RFC 3339; entries at or after it.
    pub since: Option<DateTime<Utc>>,
    /// RFC 3339; entries before it.
    pub until: Option<DateTime<Utc>>,
    /// 1 to 100, default 50.
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(schema_with = crate::http::pagination::cursor_schema)]
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
    Client(ctx): Client,
    ApiQuery(q): ApiQuery<AuditParams>,
) -> Result<Json<Page<AuditLogOut>>, ApiError> {
    let limit = pagination::limit(q.limit)?;
    for (field, value) in [("action", &q.action), ("resource_type", &q.resource_type)] {
        if value
            .as_ref()
            .is_some_and(|v| v.chars().count() > MAX_NAME_FILTER)
        {
            return Err(ApiError::field(
                field,
                "too_long",
                format!("{field} must be at most {MAX_NAME_FILTER} characters"),
            ));
        }
    }
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
    let shown = usize::try_from(limit).unwrap_or(0);
    let rows = audit::read(&state.pool, &p.actor(ctx), &filter, shown).await?;
    Ok(Json(pagination::page(
        rows,
        limit,
        |r| (r.created_at.unwrap_or_default(), r.id),
        AuditLogOut::from,
    )))
}

/// The published half of the key that signs the audit chain's checkpoints
/// and erasure receipts.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicKeyOut {
    /// Always `Ed25519`.
    pub algorithm: &'static str,
    /// Base64 of the 32-byte public key.
    pub public_key: String,
    /// The first 16 hex digits of its SHA-256, as checkpoints name it.
    pub key_id: String,
}

/// The public key that verifies the audit trail's checkpoints and erasure
/// receipts (anyone may have it).
#[utoipa::path(get, path = "/v1/audit-logs/public-key", tag = "audit",
    responses((status = 200, description = "The public key", body = PublicKeyOut)))]
async fn public_key(State(state): State<AppState>) -> Json<PublicKeyOut> {
    let key = state.signing.public();
    Json(PublicKeyOut {
        algorithm: "Ed25519",
        public_key: key.to_base64(),
        key_id: key.key_id(),
    })
}

/// Checks the whole audit trail: every sealed row against its digest and
/// its place in the hash chain, every signed checkpoint, and the newest
/// checkpoint this service remembers; names the first row that was edited,
/// deleted, inserted or moved (administrators only; audited as `verify`).
#[utoipa::path(get, path = "/v1/audit-logs/verify", tag = "audit",
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The verification report (`ok` false names the problems)", body = chain::Report),
        (status = 403, description = "Not an administrator, or the key lacks audit.read", body = ErrorEnvelope),
    ))]
async fn verify(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<AuditRead>,
    Client(ctx): Client,
) -> Result<Json<chain::Report>, ApiError> {
    if !p.is_admin {
        return Err(ApiError::Forbidden(
            "verifying the whole audit trail is for administrators".into(),
        ));
    }
    let report = chain::verify_audited(
        &state.pool,
        &p.actor(ctx),
        &state.signing.public(),
        &state.config.data_dir,
    )
    .await?;
    Ok(Json(report))
}
