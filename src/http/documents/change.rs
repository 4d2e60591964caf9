//! Changing documents over HTTP: edit, soft delete, restore, reprocess.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{DocumentOut, DocumentPatch};
use crate::auth::permission::{DocumentDelete, DocumentUpdate};
use crate::documents;
use crate::documents::change::{self, Patch};
use crate::documents::quota::Quota;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::ApiJson;
use crate::http::principal::{Authorized, Client};

/// Change `title`, `description`, `metadata` or `external_id`.
#[utoipa::path(patch, path = "/v1/documents/{id}", tag = "documents", request_body = DocumentPatch,
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The updated document", body = DocumentOut),
        (status = 404, description = "No such document of yours", body = ErrorEnvelope),
    ))]
pub(super) async fn patch(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentUpdate>,
    Client(ctx): Client,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DocumentPatch>,
) -> Result<Json<DocumentOut>, ApiError> {
    let id = documents::parse_id(&id)?;
    let patch = Patch {
        title: body.title,
        description: body.description,
        metadata: body.metadata,
        external_id: body.external_id,
    };
    let doc = change::edit(&state.pool, &p.actor(ctx), id, patch).await?;
    Ok(Json(doc.into()))
}

/// Soft-delete: hidden at once, purged after the retention period.
#[utoipa::path(delete, path = "/v1/documents/{id}", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such document of yours", body = ErrorEnvelope),
    ))]
pub(super) async fn delete(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentDelete>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = documents::parse_id(&id)?;
    change::delete(&state.pool, &p.actor(ctx), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Undo a soft delete (before the purge).
#[utoipa::path(post, path = "/v1/documents/{id}/restore", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "Restored", body = DocumentOut),
        (status = 404, description = "No such deleted document of yours", body = ErrorEnvelope),
    ))]
pub(super) async fn restore(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentDelete>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<DocumentOut>, ApiError> {
    let id = documents::parse_id(&id)?;
    let max_attempts = state.config.job_max_attempts;
    let doc = change::restore(&state.pool, &p.actor(ctx), id, max_attempts).await?;
    Ok(Json(doc.into()))
}

/// Queue the document for processing again.
#[utoipa::path(post, path = "/v1/documents/{id}/reprocess", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 202, description = "Queued", body = DocumentOut),
        (status = 409, description = "Already queued or processing", body = ErrorEnvelope),
        (status = 429, description = "Over the account's reprocessing runs per day (`Retry-After`: the next UTC day), or the request rate", body = ErrorEnvelope),
    ))]
pub(super) async fn reprocess(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentUpdate>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = documents::parse_id(&id)?;
    let max_attempts = state.config.job_max_attempts;
    let quota = Quota::of(&state.config, p.tier);
    let doc = change::reprocess(&state.pool, &p.actor(ctx), id, quota, max_attempts).await?;
    Ok((StatusCode::ACCEPTED, Json(DocumentOut::from(doc))).into_response())
}
