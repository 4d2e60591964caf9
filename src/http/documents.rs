//! Documents over HTTP: create (JSON or a streamed multipart upload), list,
//! read, change, delete and restore, the original file, the latest results,
//! reprocessing, and a live stream of status changes.

use std::convert::Infallible;
use std::time::Duration;

use axum::Json;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use futures_util::{Stream, StreamExt, TryStreamExt};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::audit::{self, Entry, RequestContext};
use crate::auth::permission::{DocumentCreate, DocumentDelete, DocumentRead, DocumentUpdate};
use crate::documents::{self, Document, Edit, ListFilter, NewDocument, ResultRow, STATUSES, files};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, ApiQuery, double_option, is_multipart};
use crate::http::pagination::{self, Page, utc};
use crate::http::principal::{Authorized, Client};
use crate::jobs::{
    self,
    events::{StatusEvent, notify_status},
};

const MAX_TITLE: usize = 500;
/// How often an event stream re-reads the status in case a notification was lost.
const RESYNC_EVERY: Duration = Duration::from_secs(5);
const MAX_DESCRIPTION: usize = 10_000;
const MAX_EXTERNAL_ID: usize = 500;
const MAX_METADATA_BYTES: usize = 64 * 1024;
const MAX_FORM_FIELD_BYTES: usize = 64 * 1024;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(get_one, patch, delete))
        .routes(routes!(restore))
        .routes(routes!(file))
        .routes(routes!(results))
        .routes(routes!(reprocess))
        .routes(routes!(events))
}

/// A document as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentOut {
    pub id: Uuid,
    pub title: String,
    pub description: Option<String>,
    /// Present on a single document, absent from lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    pub file_type: Option<String>,
    pub file_size_bytes: Option<i64>,
    /// SHA-256 of the original, for uploads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// `pending`, `processing`, `completed` or `failed`.
    pub processing_status: String,
    pub processing_error: Option<String>,
    pub processing_started_at: Option<DateTime<Utc>>,
    pub processing_completed_at: Option<DateTime<Utc>>,
    /// `api` or `upload`.
    pub source: Option<String>,
    pub external_id: Option<String>,
    pub metadata: Value,
    pub language_code: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    pub updated_at: Option<DateTime<Utc>>,
    /// On creation: an earlier live document of yours with the identical file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<Uuid>,
}

impl From<Document> for DocumentOut {
    fn from(d: Document) -> Self {
        Self {
            id: d.id,
            title: d.title,
            description: d.description,
            content: None,
            file_type: d.file_type,
            file_size_bytes: d.file_size_bytes.map(i64::from),
            sha256: None,
            processing_status: d.processing_status.unwrap_or_else(|| "pending".into()),
            processing_error: d.processing_error,
            processing_started_at: d.processing_started_at.map(utc),
            processing_completed_at: d.processing_completed_at.map(utc),
            source: d.source,
            external_id: d.external_id,
            metadata: d.metadata.unwrap_or_else(|| json!({})),
            language_code: d.language_code,
            created_at: d.created_at.map(utc),
            updated_at: d.updated_at.map(utc),
            duplicate_of: None,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentIn {
    pub title: String,
    pub content: String,
    pub description: Option<String>,
    /// A JSON object of your own fields.
    pub metadata: Option<Value>,
    pub external_id: Option<String>,
}

pub(crate) fn parse_id(raw: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(raw).map_err(|_| ApiError::NotFound("no such document".into()))
}

fn title(raw: &str) -> Result<String, ApiError> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(ApiError::field("title", "empty", "title must not be empty"));
    }
    if t.chars().count() > MAX_TITLE {
        return Err(ApiError::field(
            "title",
            "too_long",
            "title must be at most 500 characters",
        ));
    }
    Ok(t.to_owned())
}

fn bounded(field: &str, value: Option<String>, max: usize) -> Result<Option<String>, ApiError> {
    match value {
        Some(v) if v.chars().count() > max => Err(ApiError::field(
            field,
            "too_long",
            format!("{field} must be at most {max} characters"),
        )),
        other => Ok(other),
    }
}

fn metadata(value: Option<Value>) -> Result<Value, ApiError> {
    match value {
        None | Some(Value::Null) => Ok(json!({})),
        Some(Value::Object(m)) => {
            if serde_json::to_vec(&m).map_or(0, |v| v.len()) > MAX_METADATA_BYTES {
                return Err(ApiError::field(
                    "metadata",
                    "too_large",
                    "metadata must be at most 64 KiB",
                ));
            }
            Ok(Value::Object(m))
        }
        Some(_) => Err(ApiError::field(
            "metadata",
            "not_an_object",
            "metadata must be a JSON object",
        )),
    }
}

fn created(mut out: DocumentOut) -> Response {
    out.processing_status = "pending".into();
    (StatusCode::ACCEPTED, Json(out)).into_response()
}

/// Hand in a document: JSON `{title, content, ...}` or a multipart upload
/// (`file`, optional `title`, `description`, `metadata`). Answers 202; the
/// document is processed in the background.
#[utoipa::path(post, path = "/v1/documents", tag = "documents", request_body(content(
        (DocumentIn = "application/json"),
        (Value = "multipart/form-data"))),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 202, description = "Accepted, processing queued", body = DocumentOut),
        (status = 413, description = "Over the upload limit", body = ErrorEnvelope),
        (status = 415, description = "Unsupported file type", body = ErrorEnvelope),
        (status = 422, description = "Invalid field or empty file", body = ErrorEnvelope),
    ))]
async fn create(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentCreate>,
    Client(ctx): Client,
    request: Request,
) -> Result<Response, ApiError> {
    if is_multipart(request.headers()) {
        let multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|e| {
                ApiError::validation(format!(
                    "the multipart body is not valid: {}",
                    e.body_text()
                ))
            })?;
        return upload(&state, p.user_id, &ctx, multipart)
            .await
            .map(created);
    }
    let ApiJson(body) = ApiJson::<DocumentIn>::from_request(request, &state).await?;
    let title = title(&body.title)?;
    let description = bounded("description", body.description, MAX_DESCRIPTION)?;
    let external_id = bounded("external_id", body.external_id, MAX_EXTERNAL_ID)?;
    let metadata = metadata(body.metadata)?;
    if body.content.trim().is_empty() {
        return Err(ApiError::field(
            "content",
            "empty",
            "content must not be empty",
        ));
    }
    let mut tx = state.pool.begin().await?;
    let doc = documents::insert(
        &mut tx,
        NewDocument {
            user_id: p.user_id,
            title: &title,
            description: description.as_deref(),
            file_type: Some("txt"),
            file_size_bytes: i32::try_from(body.content.len()).ok(),
            source: "api",
            external_id: external_id.as_deref(),
            metadata: &metadata,
        },
    )
    .await?;
    documents::set_content(&mut tx, doc.id, &body.content).await?;
    jobs::enqueue(&mut tx, doc.id, state.config.job_max_attempts).await?;
    let entry = Entry::new(Some(p.user_id), "create", "document", Some(doc.id))
        .new_values(json!({"title": doc.title, "source": "api", "file_type": "txt"}));
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    Ok(created(doc.into()))
}

/// Streams the `file` field into the database, then commits the document,
/// its file and its job together.
async fn upload(
    state: &AppState,
    user_id: Uuid,
    ctx: &RequestContext,
    mut multipart: Multipart,
) -> Result<DocumentOut, ApiError> {
    let mut staged: Option<files::Staged> = None;
    let result = read_and_commit(state, user_id, ctx, &mut multipart, &mut staged).await;
    // The one place a staged file is given up: whatever failed after it was
    // stored (a later field, validation, the commit) leaves nothing behind.
    if let (Err(_), Some(file)) = (&result, &staged) {
        let _ = files::discard(&state.pool, file.id).await;
    }
    result
}

async fn read_and_commit(
    state: &AppState,
    user_id: Uuid,
    ctx: &RequestContext,
    multipart: &mut Multipart,
    staged: &mut Option<files::Staged>,
) -> Result<DocumentOut, ApiError> {
    let (mut file_name, mut title_field, mut description, mut meta) = (None, None, None, None);
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" if staged.is_none() => {
                file_name = field.file_name().map(sanitize_file_name);
                let stream = field.map_err(multipart_error).boxed();
                let max = state.config.max_upload_bytes;
                *staged = Some(
                    files::stage(&state.pool, user_id, file_name.as_deref(), stream, max).await?,
                );
            }
            "file" => {
                return Err(ApiError::field(
                    "file",
                    "repeated",
                    "send one file per request",
                ));
            }
            "title" => title_field = Some(small_text(field, "title").await?),
            "description" => description = Some(small_text(field, "description").await?),
            "metadata" => {
                let text = small_text(field, "metadata").await?;
                let value: Value = serde_json::from_str(&text).map_err(|_| {
                    ApiError::field("metadata", "invalid_json", "metadata must be a JSON object")
                })?;
                meta = Some(value);
            }
            other => {
                return Err(ApiError::field(
                    other,
                    "unknown_field",
                    format!("unknown form field `{other}`"),
                ));
            }
        }
    }
    let Some(file) = staged.as_ref() else {
        return Err(ApiError::field(
            "file",
            "missing",
            "a `file` field is required",
        ));
    };
    let title = title(
        title_field
            .as_deref()
            .or(file_name.as_deref())
            .unwrap_or("untitled"),
    )?;
    let description = bounded("description", description, MAX_DESCRIPTION)?;
    let metadata = metadata(meta)?;
    commit_upload(
        state,
        user_id,
        ctx,
        file,
        &title,
        description.as_deref(),
        &metadata,
    )
    .await
}

async fn commit_upload(
    state: &AppState,
    user_id: Uuid,
    ctx: &RequestContext,
    file: &files::Staged,
    title: &str,
    description: Option<&str>,
    metadata: &Value,
) -> Result<DocumentOut, ApiError> {
    let mut tx = state.pool.begin().await?;
    let duplicate_of = files::duplicate_of(&mut tx, user_id, &file.sha256).await?;
    let doc = documents::insert(
        &mut tx,
        NewDocument {
            user_id,
            title,
            description,
            file_type: Some(file.file_type.as_str()),
            file_size_bytes: i32::try_from(file.size).ok(),
            source: "upload",
            external_id: None,
            metadata,
        },
    )
    .await?;
    files::attach(&mut tx, file.id, doc.id).await?;
    jobs::enqueue(&mut tx, doc.id, state.config.job_max_attempts).await?;
    let entry = Entry::new(Some(user_id), "create", "document", Some(doc.id)).new_values(json!({
        "title": doc.title,
        "source": "upload",
        "file_type": file.file_type.as_str(),
        "size_bytes": file.size,
        "sha256": file.sha256,
        "duplicate_of": duplicate_of,
    }));
    audit::record(&mut tx, ctx, entry).await?;
    tx.commit().await?;
    let mut out = DocumentOut::from(doc);
    out.file_size_bytes = i64::try_from(file.size).ok();
    out.sha256 = Some(file.sha256.clone());
    out.duplicate_of = duplicate_of;
    Ok(out)
}

/// A form field other than the file, read in pieces and capped, so a huge
/// "description" cannot fill memory.
async fn small_text(
    mut field: axum::extract::multipart::Field<'_>,
    name: &str,
) -> Result<String, ApiError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        if bytes.len() + chunk.len() > MAX_FORM_FIELD_BYTES {
            return Err(ApiError::field(
                name,
                "too_large",
                format!("{name} must be at most 64 KiB"),
            ));
        }
        bytes.extend_from_slice(&chunk);
    }
    String::from_utf8(bytes)
        .map_err(|_| ApiError::field(name, "not_utf8", format!("{name} must be UTF-8 text")))
}

fn multipart_error(e: axum::extract::multipart::MultipartError) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::PayloadTooLarge("the upload is larger than the limit".into())
    } else {
        ApiError::validation(format!(
            "the multipart body is not valid: {}",
            e.body_text()
        ))
    }
}

/// A file name safe to store and to echo in `Content-Disposition`.
fn sanitize_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(255)
        .collect();
    if clean.trim().is_empty() {
        "upload".into()
    } else {
        clean
    }
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ListParams {
    /// `pending`, `processing`, `completed` or `failed`.
    pub status: Option<String>,
    /// e.g. `txt`, `md`, `html`, `csv`, `json`.
    pub file_type: Option<String>,
    pub created_after: Option<DateTime<Utc>>,
    pub created_before: Option<DateTime<Utc>>,
    /// 1 to 100, default 50.
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

/// The caller's live documents, newest first, without `content`.
#[utoipa::path(get, path = "/v1/documents", tag = "documents", params(ListParams),
    security(("bearer" = []), ("api_key" = [])),
    responses((status = 200, description = "A page of documents", body = Page<DocumentOut>)))]
async fn list(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    ApiQuery(q): ApiQuery<ListParams>,
) -> Result<Json<Page<DocumentOut>>, ApiError> {
    if let Some(s) = q.status.as_deref()
        && !STATUSES.contains(&s)
    {
        return Err(ApiError::field(
            "status",
            "invalid",
            "status must be pending, processing, completed or failed",
        ));
    }
    let limit = pagination::limit(q.limit)?;
    let filter = ListFilter {
        status: q.status.clone(),
        file_type: q.file_type.clone(),
        created_after: q.created_after.map(|t| t.naive_utc()),
        created_before: q.created_before.map(|t| t.naive_utc()),
        before: q.cursor.as_deref().map(pagination::decode).transpose()?,
        limit: limit + 1,
    };
    let mut tx = state.pool.begin().await?;
    let rows = documents::list(&mut tx, p.user_id, &filter).await?;
    let entry = Entry::new(Some(p.user_id), "list", "document", None).new_values(json!({
        "status": q.status, "file_type": q.file_type, "returned": rows.len().min(usize::try_from(limit).unwrap_or(0)),
    }));
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    Ok(Json(pagination::page(
        rows,
        limit,
        |d| (d.created_at.unwrap_or_default(), d.id),
        DocumentOut::from,
    )))
}

/// One document with its `content`. Audited as a read.
#[utoipa::path(get, path = "/v1/documents/{id}", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The document", body = DocumentOut),
        (status = 404, description = "No such document of yours", body = ErrorEnvelope),
    ))]
async fn get_one(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<DocumentOut>, ApiError> {
    let id = parse_id(&id)?;
    let mut tx = state.pool.begin().await?;
    let doc = documents::owned(&mut tx, p.user_id, id, false).await?;
    let content = documents::content(&mut tx, id).await?;
    let file = files::of_document(&mut tx, id).await?;
    audit::record(
        &mut tx,
        &ctx,
        Entry::new(Some(p.user_id), "read", "document", Some(id)),
    )
    .await?;
    tx.commit().await?;
    let mut out = DocumentOut::from(doc);
    out.content = Some(content.unwrap_or_default());
    if let Some(f) = file {
        out.sha256 = f.sha256;
        out.file_size_bytes = Some(f.size_bytes);
    }
    Ok(Json(out))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentPatch {
    pub title: Option<String>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub description: Option<Option<String>>,
    /// Replaces the whole object.
    pub metadata: Option<Value>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub external_id: Option<Option<String>>,
}

/// Change `title`, `description`, `metadata` or `external_id`.
#[utoipa::path(patch, path = "/v1/documents/{id}", tag = "documents", request_body = DocumentPatch,
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The updated document", body = DocumentOut),
        (status = 404, description = "No such document of yours", body = ErrorEnvelope),
    ))]
async fn patch(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentUpdate>,
    Client(ctx): Client,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DocumentPatch>,
) -> Result<Json<DocumentOut>, ApiError> {
    let id = parse_id(&id)?;
    let mut tx = state.pool.begin().await?;
    let before = documents::owned(&mut tx, p.user_id, id, false).await?;
    let edit = Edit {
        title: body
            .title
            .as_deref()
            .map(title)
            .transpose()?
            .unwrap_or_else(|| before.title.clone()),
        description: match body.description {
            Some(d) => bounded("description", d, MAX_DESCRIPTION)?,
            None => before.description.clone(),
        },
        metadata: match body.metadata {
            Some(m) => metadata(Some(m))?,
            None => before.metadata.clone().unwrap_or_else(|| json!({})),
        },
        external_id: match body.external_id {
            Some(e) => bounded("external_id", e, MAX_EXTERNAL_ID)?,
            None => before.external_id.clone(),
        },
    };
    let unchanged = edit.title == before.title
        && edit.description == before.description
        && Some(&edit.metadata) == before.metadata.as_ref()
        && edit.external_id == before.external_id;
    if unchanged {
        return Ok(Json(before.into()));
    }
    let after = documents::update(&mut tx, id, &edit).await?;
    let entry = Entry::new(Some(p.user_id), "update", "document", Some(id))
        .changes(&before.editable(), &after.editable());
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    Ok(Json(after.into()))
}

/// Soft-delete: hidden at once, purged after the retention period.
#[utoipa::path(delete, path = "/v1/documents/{id}", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such document of yours", body = ErrorEnvelope),
    ))]
async fn delete(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentDelete>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = parse_id(&id)?;
    let mut tx = state.pool.begin().await?;
    documents::owned(&mut tx, p.user_id, id, false).await?;
    documents::set_deleted(&mut tx, id, true).await?;
    audit::record(
        &mut tx,
        &ctx,
        Entry::new(Some(p.user_id), "delete", "document", Some(id)),
    )
    .await?;
    tx.commit().await?;
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
async fn restore(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentDelete>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<DocumentOut>, ApiError> {
    let id = parse_id(&id)?;
    let mut tx = state.pool.begin().await?;
    let deleted = documents::owned(&mut tx, p.user_id, id, true).await?;
    let doc = documents::set_deleted(&mut tx, id, false).await?;
    // A run skipped while the document was deleted is queued again, so a
    // restored document never sits in `pending` with nothing to move it.
    let settled = matches!(
        deleted.processing_status.as_deref(),
        Some("completed" | "failed")
    );
    if !settled && !jobs::active(&mut tx, id).await? {
        jobs::enqueue(&mut tx, id, state.config.job_max_attempts).await?;
    }
    audit::record(
        &mut tx,
        &ctx,
        Entry::new(Some(p.user_id), "restore", "document", Some(id)),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(doc.into()))
}

/// The original bytes, streamed, with their content type.
#[utoipa::path(get, path = "/v1/documents/{id}/file", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The original file", content_type = "application/octet-stream"),
        (status = 404, description = "No such document, or it was created from JSON", body = ErrorEnvelope),
    ))]
async fn file(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let mut tx = state.pool.begin().await?;
    documents::owned(&mut tx, p.user_id, id, false).await?;
    let stored = files::of_document(&mut tx, id).await?.ok_or_else(|| {
        ApiError::NotFound("this document was created from JSON and has no original file".into())
    })?;
    let entry = Entry::new(Some(p.user_id), "read", "document", Some(id))
        .new_values(json!({"part": "file"}));
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    let name = stored
        .file_name
        .clone()
        .unwrap_or_else(|| "document".into());
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
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
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    Ok(response)
}

/// One processing run's results.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultOut {
    pub id: Uuid,
    pub document_id: Uuid,
    pub extracted_text: Option<String>,
    pub extracted_metadata: Option<Value>,
    pub extracted_entities: Option<Value>,
    /// `[{"source": "table 1", "rows": [[...]]}]`
    pub extracted_tables: Option<Value>,
    pub extracted_images: Option<Value>,
    pub analysis_results: Option<Value>,
    pub sentiment_score: Option<f64>,
    pub language_detected: Option<String>,
    pub processing_time_ms: Option<i32>,
    pub token_count: Option<i32>,
    pub model_version: Option<String>,
    pub confidence_score: Option<f64>,
    pub quality_notes: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
}

impl From<ResultRow> for ResultOut {
    fn from(r: ResultRow) -> Self {
        Self {
            id: r.id,
            document_id: r.document_id,
            extracted_text: r.extracted_text,
            extracted_metadata: r.extracted_metadata,
            extracted_entities: r.extracted_entities,
            extracted_tables: r.extracted_tables,
            extracted_images: r.extracted_images,
            analysis_results: r.analysis_results,
            sentiment_score: r.sentiment_score,
            language_detected: r.language_detected,
            processing_time_ms: r.processing_time_ms,
            token_count: r.token_count,
            model_version: r.model_version,
            confidence_score: r.confidence_score,
            quality_notes: r.quality_notes,
            created_at: r.created_at.map(utc),
        }
    }
}

/// The latest processing result. Audited as a read.
#[utoipa::path(get, path = "/v1/documents/{id}/results", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The latest result", body = ResultOut),
        (status = 404, description = "No such document, or not processed yet", body = ErrorEnvelope),
    ))]
async fn results(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<ResultOut>, ApiError> {
    let id = parse_id(&id)?;
    let mut tx = state.pool.begin().await?;
    documents::owned(&mut tx, p.user_id, id, false).await?;
    let row = documents::latest_result(&mut tx, id)
        .await?
        .ok_or_else(|| ApiError::NotFound("this document has no results yet".into()))?;
    let entry = Entry::new(Some(p.user_id), "read", "document", Some(id))
        .new_values(json!({"part": "results"}));
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    Ok(Json(row.into()))
}

/// Queue the document for processing again.
#[utoipa::path(post, path = "/v1/documents/{id}/reprocess", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 202, description = "Queued", body = DocumentOut),
        (status = 409, description = "Already queued or processing", body = ErrorEnvelope),
    ))]
async fn reprocess(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentUpdate>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let mut tx = state.pool.begin().await?;
    documents::owned(&mut tx, p.user_id, id, false).await?;
    sqlx::query("select id from documents where id = $1 for update")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if jobs::active(&mut tx, id).await? {
        return Err(ApiError::Conflict(
            "this document is already queued or processing".into(),
        ));
    }
    let doc: Document = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update documents set processing_status = 'pending', processing_error = null,
                processing_started_at = null, processing_completed_at = null
         where id = $1 returning {}",
        documents::COLUMNS
    )))
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    jobs::enqueue(&mut tx, id, state.config.job_max_attempts).await?;
    notify_status(
        &mut tx,
        &StatusEvent {
            id,
            user_id: p.user_id,
            status: "pending".into(),
            error: None,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        &ctx,
        Entry::new(Some(p.user_id), "reprocess", "document", Some(id)),
    )
    .await?;
    tx.commit().await?;
    Ok((StatusCode::ACCEPTED, Json(DocumentOut::from(doc))).into_response())
}

/// Server-Sent Events: `status` events (`{"id","status","error"}`) as the
/// document moves; the stream ends at `completed` or `failed`.
#[utoipa::path(get, path = "/v1/documents/{id}/events", tag = "documents",
    params(("id" = Uuid, Path, description = "The document's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "An event stream", content_type = "text/event-stream"),
        (status = 404, description = "No such document of yours", body = ErrorEnvelope),
    ))]
async fn events(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Path(id): Path<String>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let id = parse_id(&id)?;
    // Subscribe before reading the current state, so no change falls between.
    let rx = state.hub.status.subscribe();
    let mut conn = state.pool.acquire().await?;
    let doc = documents::owned(&mut conn, p.user_id, id, false).await?;
    drop(conn);
    let first = StatusEvent {
        id,
        user_id: p.user_id,
        status: doc.processing_status.unwrap_or_else(|| "pending".into()),
        error: doc.processing_error,
    };
    let pool = state.pool.clone();
    let user_id = p.user_id;
    // State: the first event still to send, the receiver, the last status sent.
    let stream = futures_util::stream::unfold(
        (Some(first), rx, String::new()),
        move |(first, mut rx, last)| {
            let pool = pool.clone();
            async move {
                if last == "completed" || last == "failed" {
                    return None;
                }
                let event = match first {
                    Some(e) => e,
                    None => next_status(&mut rx, &pool, user_id, id, &last).await?,
                };
                let data = json!({"id": event.id, "status": event.status, "error": event.error});
                let sse = Event::default().event("status").data(data.to_string());
                Some((Ok(sse), (None, rx, event.status)))
            }
        },
    );
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

/// The next status change of document `id`, or `None` when the document is
/// gone (the stream then ends).
async fn next_status(
    rx: &mut tokio::sync::broadcast::Receiver<StatusEvent>,
    pool: &sqlx::PgPool,
    user_id: Uuid,
    id: Uuid,
    last: &str,
) -> Option<StatusEvent> {
    // Notifications can be missed (a slow reader, the listener reconnecting
    // after a database restart): every few seconds the truth is read instead.
    let mut tick = tokio::time::interval(RESYNC_EVERY);
    tick.tick().await;
    loop {
        tokio::select! {
            received = rx.recv() => match received {
                Ok(e) if e.id == id => return Some(e),
                Ok(_) => {}
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                    if let Some(e) = current(pool, user_id, id).await? {
                        return Some(e);
                    }
                }
                Err(_) => return None,
            },
            _ = tick.tick() => {
                if let Some(e) = current(pool, user_id, id).await?
                    && e.status != last
                {
                    return Some(e);
                }
            }
        }
    }
}

/// The document's current status: `None` ends the stream (it is gone),
/// `Some(None)` means the database could not be asked right now.
async fn current(pool: &sqlx::PgPool, user_id: Uuid, id: Uuid) -> Option<Option<StatusEvent>> {
    let Ok(mut conn) = pool.acquire().await else {
        return Some(None);
    };
    match documents::owned(&mut conn, user_id, id, false).await {
        Ok(doc) => Some(Some(StatusEvent {
            id,
            user_id,
            status: doc.processing_status.unwrap_or_default(),
            error: doc.processing_error,
        })),
        Err(ApiError::NotFound(_)) => None,
        Err(_) => Some(None),
    }
}
