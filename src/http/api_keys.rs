//! API keys over HTTP: create (the key is shown once), list, revoke. Keys are
//! managed from a login session only, so a key can never mint another.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::audit::{self, Entry};
use crate::auth::api_keys::{self, ApiKey};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, ApiQuery};
use crate::http::pagination::{self, Page, utc};
use crate::http::principal::{Client, Session};

const MAX_NAME: usize = 100;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(revoke))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyIn {
    pub name: String,
    /// From `document.read`, `document.create`, `document.update`,
    /// `document.delete`, `audit.read`.
    pub permissions: Vec<String>,
    /// RFC 3339; the key stops working then.
    pub expires_at: Option<DateTime<Utc>>,
}

/// A key as listed: never the secret.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKeyOut {
    pub id: Uuid,
    pub name: String,
    /// The key's first characters, to tell keys apart.
    pub prefix: Option<String>,
    pub permissions: Vec<String>,
    pub expires_at: Option<DateTime<Utc>>,
    pub created_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<ApiKey> for ApiKeyOut {
    fn from(k: ApiKey) -> Self {
        Self {
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            permissions: k.permissions.unwrap_or_default(),
            expires_at: k.expires_at.map(utc),
            created_at: k.created_at.map(utc),
            last_used_at: k.last_used_at.map(utc),
            revoked_at: k.revoked_at.map(utc),
        }
    }
}

/// The answer to creation: the only time `key` is shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKeyCreated {
    pub id: Uuid,
    pub name: String,
    pub prefix: Option<String>,
    pub permissions: Vec<String>,
    pub expires_at: Option<DateTime<Utc>>,
    pub created_at: Option<DateTime<Utc>>,
    /// The full secret. Store it now: it cannot be shown again.
    pub key: String,
}

/// Create a key. The response holds the key; only its hash is kept.
#[utoipa::path(post, path = "/v1/api-keys", tag = "api keys", request_body = ApiKeyIn,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Created; `key` is shown this once", body = ApiKeyCreated),
        (status = 422, description = "Unknown permission, bad name or past expiry", body = ErrorEnvelope),
    ))]
async fn create(
    State(state): State<AppState>,
    Session(p): Session,
    Client(ctx): Client,
    ApiJson(body): ApiJson<ApiKeyIn>,
) -> Result<(StatusCode, Json<ApiKeyCreated>), ApiError> {
    let name = body.name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(ApiError::field(
            "name",
            "invalid",
            "name must be 1 to 100 characters",
        ));
    }
    let permissions = api_keys::parse_permissions(&body.permissions, &p.permissions())?;
    let expires_at = body.expires_at.map(|at| at.naive_utc());
    if body.expires_at.is_some_and(|at| at <= Utc::now()) {
        return Err(ApiError::field(
            "expires_at",
            "in_past",
            "expires_at must be in the future",
        ));
    }
    let key = api_keys::generate();
    let mut tx = state.pool.begin().await?;
    let stored = api_keys::insert(&mut tx, p.user_id, name, &permissions, expires_at, &key).await?;
    let entry =
        Entry::new(Some(p.user_id), "create", "api_key", Some(stored.id)).new_values(json!({
            "name": stored.name,
            "prefix": stored.prefix,
            "permissions": stored.permissions,
            "expires_at": body.expires_at,
        }));
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    let out = ApiKeyOut::from(stored);
    Ok((
        StatusCode::CREATED,
        Json(ApiKeyCreated {
            id: out.id,
            name: out.name,
            prefix: out.prefix,
            permissions: out.permissions,
            expires_at: out.expires_at,
            created_at: out.created_at,
            key: key.secret,
        }),
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ListParams {
    /// 1 to 100, default 50.
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

/// The caller's keys, newest first, revoked ones included (never the secret).
#[utoipa::path(get, path = "/v1/api-keys", tag = "api keys", params(ListParams),
    security(("bearer" = [])),
    responses((status = 200, description = "A page of keys", body = Page<ApiKeyOut>)))]
async fn list(
    State(state): State<AppState>,
    Session(p): Session,
    ApiQuery(q): ApiQuery<ListParams>,
) -> Result<Json<Page<ApiKeyOut>>, ApiError> {
    let limit = pagination::limit(q.limit)?;
    let before = q.cursor.as_deref().map(pagination::decode).transpose()?;
    let mut conn = state.pool.acquire().await?;
    let rows = api_keys::list(&mut conn, p.user_id, before, limit + 1).await?;
    Ok(Json(pagination::page(
        rows,
        limit,
        |k| (k.created_at.unwrap_or_default(), k.id),
        ApiKeyOut::from,
    )))
}

/// Revoke a key: it stops working at once. Revoking again changes nothing.
#[utoipa::path(delete, path = "/v1/api-keys/{id}", tag = "api keys",
    params(("id" = Uuid, Path, description = "The key's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, description = "No such key of yours", body = ErrorEnvelope),
    ))]
async fn revoke(
    State(state): State<AppState>,
    Session(p): Session,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let not_found = || ApiError::NotFound("no such API key".into());
    let id = Uuid::parse_str(&id).map_err(|_| not_found())?;
    let mut tx = state.pool.begin().await?;
    let (key, changed) = api_keys::revoke(&mut tx, p.user_id, id)
        .await?
        .ok_or_else(not_found)?;
    if changed {
        let entry = Entry::new(Some(p.user_id), "revoke", "api_key", Some(key.id))
            .new_values(json!({"revoked_at": key.revoked_at.map(utc)}));
        audit::record(&mut tx, &ctx, entry).await?;
    }
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
