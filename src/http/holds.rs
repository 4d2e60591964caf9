//! Legal holds over HTTP: create (from document ids and/or a search), list,
//! read, release with a reason. Permission `compliance.manage`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::permission::ComplianceManage;
use crate::compliance::holds::{self, Hold, NewHold};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, ApiQuery};
use crate::http::pagination::{self, Page, utc};
use crate::http::principal::{Authorized, Client};
use crate::search::{self, FilterInput, Filters, Request};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(get_one, release))
}

/// The search a hold is made from: the same words and filters as
/// `/v1/search` (full text), all its matches held.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HoldSearch {
    /// Words, as for `/v1/search`; at most 1000 characters.
    #[schema(max_length = 1000)]
    pub q: String,
    #[schema(schema_with = crate::http::schema::status_or_null)]
    pub status: Option<String>,
    #[schema(schema_with = crate::http::schema::file_type_or_null)]
    pub file_type: Option<String>,
    /// e.g. `en` or `pt-BR`.
    #[schema(pattern = "^[a-z]{2}(-[A-Z]{2})?$")]
    pub language: Option<String>,
    pub created_after: Option<DateTime<Utc>>,
    pub created_before: Option<DateTime<Utc>>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HoldIn {
    /// 1 to 200 characters, not only white space.
    #[schema(min_length = 1, max_length = 200, pattern = r"\S")]
    pub name: String,
    /// Why: the matter, the case number. 1 to 2,000 characters, not only
    /// white space.
    #[schema(min_length = 1, max_length = 2000, pattern = r"\S")]
    pub reason: String,
    /// Documents of yours to hold (up to 10,000).
    #[serde(default)]
    #[schema(max_items = 10000)]
    pub document_ids: Vec<Uuid>,
    /// And/or every document this search finds now (up to 10,000).
    pub search: Option<HoldSearch>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HoldOut {
    pub id: Uuid,
    pub name: String,
    pub reason: String,
    /// The search the hold was made from, if any.
    pub query: Option<Value>,
    /// `active` or `released`.
    pub status: &'static str,
    pub document_count: i64,
    /// On creation and on a single hold: the held documents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_ids: Option<Vec<Uuid>>,
    pub created_at: DateTime<Utc>,
    pub released_at: Option<DateTime<Utc>>,
    pub release_reason: Option<String>,
}

impl HoldOut {
    fn of(h: Hold, ids: Option<Vec<Uuid>>) -> Self {
        Self {
            id: h.id,
            name: h.name,
            reason: h.reason,
            query: h.query,
            status: if h.released_at.is_some() {
                "released"
            } else {
                "active"
            },
            document_count: h.document_count,
            document_ids: ids,
            created_at: utc(h.created_at),
            released_at: h.released_at.map(utc),
            release_reason: h.release_reason,
        }
    }
}

fn parse_id(raw: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(raw).map_err(|_| ApiError::NotFound("no such legal hold".into()))
}

/// Place a legal hold: its documents cannot be deleted, purged, erased or
/// reprocessed until it is released (409 naming the hold).
#[utoipa::path(post, path = "/v1/legal-holds", tag = "compliance", request_body = HoldIn,
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 201, description = "The hold, with the documents it holds", body = HoldOut),
        (status = 422, description = "No documents named, an unknown document, or a bad search", body = ErrorEnvelope),
    ))]
async fn create(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<HoldIn>,
) -> Result<(StatusCode, Json<HoldOut>), ApiError> {
    let search = match body.search {
        None => None,
        Some(s) => {
            let request = Request {
                user_id: p.user_id,
                query: search::query::parse(Some(&s.q))?,
                filters: Filters::parse(FilterInput {
                    status: s.status.as_deref(),
                    file_type: s.file_type.as_deref(),
                    language: s.language.as_deref(),
                    created_after: s.created_after.map(|t| t.naive_utc()),
                    created_before: s.created_before.map(|t| t.naive_utc()),
                    metadata: None,
                })?,
                after: None,
                limit: search::MAX_LIMIT,
            };
            Some((request, serde_json::to_value(&s).unwrap_or_default()))
        }
    };
    let new = NewHold {
        name: body.name,
        reason: body.reason,
        document_ids: body.document_ids,
        search,
    };
    let (hold, ids) = holds::create(&state.pool, &p.actor(ctx), new).await?;
    Ok((StatusCode::CREATED, Json(HoldOut::of(hold, Some(ids)))))
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

/// Your legal holds, newest first, active and released.
#[utoipa::path(get, path = "/v1/legal-holds", tag = "compliance", params(ListParams),
    security(("bearer" = []), ("api_key" = [])),
    responses((status = 200, description = "A page of holds", body = Page<HoldOut>)))]
async fn list(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    ApiQuery(q): ApiQuery<ListParams>,
) -> Result<Json<Page<HoldOut>>, ApiError> {
    let limit = pagination::limit(q.limit)?;
    let before = q.cursor.as_deref().map(pagination::decode).transpose()?;
    let rows = holds::list(&state.pool, &p.actor(ctx), before, limit + 1).await?;
    Ok(Json(pagination::page(
        rows,
        limit,
        |h| (h.created_at, h.id),
        |h| HoldOut::of(h, None),
    )))
}

/// One legal hold with the documents it holds.
#[utoipa::path(get, path = "/v1/legal-holds/{id}", tag = "compliance",
    params(("id" = Uuid, Path, description = "The hold's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The hold", body = HoldOut),
        (status = 404, description = "No such hold of yours", body = ErrorEnvelope),
    ))]
async fn get_one(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<HoldOut>, ApiError> {
    let id = parse_id(&id)?;
    let (hold, ids) = holds::one(&state.pool, &p.actor(ctx), id).await?;
    Ok(Json(HoldOut::of(hold, Some(ids))))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReleaseIn {
    /// Why the hold ends. 1 to 2,000 characters; required (checked after
    /// the hold is found to be yours, so another account's hold is a 404
    /// whatever the body says).
    #[serde(default)]
    #[schema(required = true)]
    #[schema(min_length = 1, max_length = 2000, pattern = r"\S")]
    pub reason: String,
}

/// Release a legal hold (with a reason): its documents are free again
/// unless another hold names them. The hold stays on record.
#[utoipa::path(delete, path = "/v1/legal-holds/{id}", tag = "compliance", request_body = ReleaseIn,
    params(("id" = Uuid, Path, description = "The hold's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The released hold", body = HoldOut),
        (status = 404, description = "No such hold of yours", body = ErrorEnvelope),
        (status = 409, description = "Released already", body = ErrorEnvelope),
        (status = 422, description = "No reason given", body = ErrorEnvelope),
    ))]
async fn release(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ReleaseIn>,
) -> Result<Json<HoldOut>, ApiError> {
    let id = parse_id(&id)?;
    let hold = holds::release(&state.pool, &p.actor(ctx), id, &body.reason).await?;
    Ok(Json(HoldOut::of(hold, None)))
}
