//! API keys over HTTP: create (the key is shown once), list, revoke. Keys are
//! managed from a login session only, so a key can never mint another.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::api_keys::{self, ApiKey, KeyRequest};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, ApiQuery};
use crate::http::pagination::{self, Page, utc};
use crate::http::principal::{Client, Session};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(revoke))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyIn {
    /// 1 to 100 characters, not only white space.
    #[schema(min_length = 1, max_length = 100, pattern = r"\S")]
    pub name: String,
    /// At least one of `document.read`, `document.create`,
    /// `document.update`, `document.delete`, `audit.read`,
    /// `compliance.manage`, `webhook.manage`, each one you hold yourself.
    #[schema(schema_with = crate::http::schema::permissions)]
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
    let request = KeyRequest {
        name: body.name,
        permissions: body.permissions,
        expires_at: body.expires_at,
    };
    let (stored, key) =
        api_keys::create(&state.pool, &p.actor(ctx), &p.permissions(), request).await?;
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
            key,
        }),
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// 1 to 100, default 50.
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(schema_with = crate::http::pagination::cursor_schema)]
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
    let rows = api_keys::page(&state.pool, p.user_id, before, limit + 1).await?;
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
    api_keys::revoke_key(&state.pool, &p.actor(ctx), &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
