//! Reading documents over HTTP: the list, one document, its original file
//! (streamed) and its latest results.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use chrono::{DateTime, Utc};
use opencomplai_extract::FileType;
use serde::Deserialize;
use utoipa::IntoParams;

use super::{DocumentOut, ResultOut};
use crate::auth::permission::DocumentRead;
use crate::documents::{self, ListFilter, ProcessingStatus, files, read};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::consistency::ReadRoute;
use crate::http::extract::ApiQuery;
use crate::http::pagination::{self, Page};
use crate::http::principal::{Authorized, Client};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// `pending`, `processing`, `completed` or `failed`.
    #[param(schema_with = status_schema)]
    pub status: Option<String>,
    /// One of the file types the service reads (`txt`, `pdf`, `docx`, …);
    /// anything else is refused (422) before it reaches the audit trail.
    #[param(schema_with = file_type_schema)]
    pub file_type: Option<String>,
    pub created_after: Option<DateTime<Utc>>,
    pub created_before: Option<DateTime<Utc>>,
    /// 1 to 100, default 50.
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(schema_with = crate::http::pagination::cursor_schema)]
    pub cursor: Option<String>,
}

/// The caller's live documents, newest first, without `content`.
#[utoipa::path(get, path = "/v1/documents", tag = "documents", params(ListParams),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "A page of documents", body = Page<DocumentOut>),
        (status = 422, description = "An unknown status or file type, a bad date, limit or cursor", body = ErrorEnvelope),
    ))]
pub(super) async fn list(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    ReadRoute(route): ReadRoute,
    ApiQuery(q): ApiQuery<ListParams>,
) -> Result<Json<Page<DocumentOut>>, ApiError> {
    let status = q
        .status
        .as_deref()
        .map(|s| {
            ProcessingStatus::parse(s)
                .ok_or_else(|| ApiError::field("status", "invalid", ProcessingStatus::expected()))
        })
        .transpose()?;
    let limit = pagination::limit(q.limit)?;
    let file_type = q.file_type.as_deref().map(file_type).transpose()?;
    let filter = ListFilter {
        status,
        file_type,
        created_after: q.created_after.map(|t| t.naive_utc()),
        created_before: q.created_before.map(|t| t.naive_utc()),
        before: q.cursor.as_deref().map(pagination::decode).transpose()?,
        limit: limit + 1,
    };
    let shown = usize::try_from(limit).unwrap_or(0);
    let rows = read::list(&route, &state.audit, &p.actor(ctx), &filter, shown).await?;
    Ok(Json(pagination::page(
        rows,
        limit,
        |d| (d.created_at.unwrap_or_default(), d.id),
        DocumentOut::from,
    )))
}

/// The OpenAPI schema of a `status` filter: one of the processing states.
pub(crate) fn status_schema() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .enum_values(Some(ProcessingStatus::ALL.map(ProcessingStatus::as_str)))
        .build()
}

/// The OpenAPI schema of a `file_type` filter: one of the known types.
pub(crate) fn file_type_schema() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .enum_values(Some(FileType::ALL.map(FileType::as_str)))
        .build()
}

/// A `file_type` filter: a known type, or a refusal naming them (the value
/// is audited with the list, so an unbounded one must not get that far).
fn file_type(raw: &str) -> Result<String, ApiError> {
    FileType::parse(raw)
        .map(|t| t.as_str().to_owned())
        .ok_or_else(|| {
            let known: Vec<&str> = FileType::ALL.map(FileType::as_str).to_vec();
            ApiError::field(
                "file_type",
                "invalid",
                format!("file_type must be one of {}", known.join(", ")),
            )
        })
}

/// One document with its `content`. Audited as a read.
#[utoipa::path(get, path = "/v1/documents/{id}", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The document", body = DocumentOut),
        (status = 404, description = "No such document of yours", body = ErrorEnvelope),
    ))]
pub(super) async fn get_one(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<DocumentOut>, ApiError> {
    let id = documents::parse_id(&id)?;
    let full = read::one(&state.pool, &state.audit, &p.actor(ctx), id).await?;
    let mut out = DocumentOut::from(full.document);
    out.content = Some(full.content);
    if let Some(f) = full.file {
        out.sha256 = f.sha256;
        out.file_size_bytes = Some(f.size_bytes);
    }
    Ok(Json(out))
}

/// The original bytes, streamed, with their content type.
#[utoipa::path(get, path = "/v1/documents/{id}/file", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The original file, with the media type of its kind (`application/pdf`, `image/png`, …; `application/octet-stream` when none fits)", content_type = "*/*"),
        (status = 404, description = "No such document, or it was created from JSON", body = ErrorEnvelope),
    ))]
pub(super) async fn file(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = documents::parse_id(&id)?;
    let stored = read::file(&state.pool, &state.audit, &p.actor(ctx), id).await?;
    let name = stored
        .file_name
        .clone()
        .unwrap_or_else(|| "document".into());
    let content_type = stored
        .content_type
        .clone()
        .unwrap_or_else(|| "application/octet-stream".into());
    let length = stored.size_bytes;
    let body = Body::from_stream(files::stream(state.pool.clone(), stored));
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    if let Ok(v) = HeaderValue::from_str(&crate::http::attachment(&name)) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    Ok(response)
}

/// The latest processing result. Audited as a read.
#[utoipa::path(get, path = "/v1/documents/{id}/results", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The latest result", body = ResultOut),
        (status = 404, description = "No such document, or not processed yet", body = ErrorEnvelope),
    ))]
pub(super) async fn results(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<ResultOut>, ApiError> {
    let id = documents::parse_id(&id)?;
    let row = read::results(&state.pool, &state.audit, &p.actor(ctx), id).await?;
    Ok(Json(row.into()))
}
