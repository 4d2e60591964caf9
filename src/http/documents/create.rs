//! `POST /v1/documents`: a JSON text, or a multipart upload whose file is
//! streamed into the database as it arrives.

use axum::Json;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::Value;

use super::{DocumentIn, DocumentOut};
use crate::audit::Actor;
use crate::auth::permission::DocumentCreate;
use crate::documents::create::{self, Text, UploadFields};
use crate::documents::files::{self, Staged};
use crate::documents::quota::Quota;
use crate::documents::{self, ProcessingStatus};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, is_multipart};
use crate::http::principal::{Authorized, Client};
use crate::validation::Invalid;

/// Form fields other than the file are read whole, up to this size.
const MAX_FORM_FIELD_BYTES: usize = 64 * 1024;

fn accepted(mut out: DocumentOut) -> Response {
    out.processing_status = ProcessingStatus::Pending;
    (StatusCode::ACCEPTED, Json(out)).into_response()
}

/// Hand in a document: JSON `{title, content, ...}` or a multipart upload
/// (`file`, optional `title`, `description`, `metadata`). Answers 202; the
/// document is processed in the background.
#[utoipa::path(post, path = "/v1/documents", tag = "documents", request_body(content(
        (DocumentIn = "application/json"),
        (UploadForm = "multipart/form-data"))),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 202, description = "Accepted, processing queued", body = DocumentOut),
        (status = 413, description = "Over the upload limit, or over the account's storage quota", body = ErrorEnvelope),
        (status = 429, description = "Over the account's documents per day (`Retry-After`: the next UTC day), or the request rate", body = ErrorEnvelope),
        (status = 415, description = "Unsupported file type", body = ErrorEnvelope),
        (status = 422, description = "Invalid field or empty file", body = ErrorEnvelope),
    ))]
pub(super) async fn create(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentCreate>,
    Client(ctx): Client,
    request: Request,
) -> Result<Response, ApiError> {
    let actor = p.actor(ctx);
    let max_attempts = state.config.job_max_attempts;
    let quota = Quota::of(&state.config, p.tier);
    if is_multipart(request.headers()) {
        let multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|e| {
                ApiError::validation(format!(
                    "the multipart body is not valid: {}",
                    e.body_text()
                ))
            })?;
        return upload(&state, &actor, quota, multipart).await.map(accepted);
    }
    let ApiJson(body) = ApiJson::<DocumentIn>::from_request(request, &state).await?;
    let text = Text {
        title: body.title,
        content: body.content,
        description: body.description,
        metadata: body.metadata,
        external_id: body.external_id,
    };
    let doc = create::text(&state.pool, &actor, text, quota, max_attempts).await?;
    Ok(accepted(doc.into()))
}

/// The fields of a multipart upload.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct UploadForm {
    /// The file: one of the types the service reads (detected from its
    /// bytes and name), not empty, at most `max_upload_bytes`.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// Default: the file's name. 1 to 500 characters, not blank.
    #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
    title: Option<String>,
    /// At most 10,000 characters.
    #[schema(max_length = 10000)]
    description: Option<String>,
    /// A JSON object, as text.
    metadata: Option<String>,
}

/// Reads the form: the `file` is staged as it streams in, the other fields
/// are kept; then the document is created. A file staged before a later
/// field is refused is given up.
async fn upload(
    state: &AppState,
    actor: &Actor,
    quota: Quota,
    mut multipart: Multipart,
) -> Result<DocumentOut, ApiError> {
    let mut staged: Option<Staged> = None;
    let form = match read_form(state, actor, &mut multipart, &mut staged).await {
        Ok(form) => form,
        Err(e) => {
            if let Some(file) = &staged {
                create::discard(&state.pool, file).await;
            }
            return Err(e);
        }
    };
    let Some(file) = staged else {
        return Err(ApiError::field(
            "file",
            "missing",
            "a `file` field is required",
        ));
    };
    let max_attempts = state.config.job_max_attempts;
    let made = create::upload(&state.pool, actor, &file, form, quota, max_attempts).await?;
    let mut out = DocumentOut::from(made.document);
    out.file_size_bytes = i64::try_from(made.size).ok();
    out.sha256 = Some(made.sha256);
    out.duplicate_of = made.duplicate_of;
    Ok(out)
}

async fn read_form(
    state: &AppState,
    actor: &Actor,
    multipart: &mut Multipart,
    staged: &mut Option<Staged>,
) -> Result<UploadFields, ApiError> {
    let mut form = UploadFields::default();
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" if staged.is_none() => {
                form.file_name = field.file_name().map(files::clean_name);
                let stream = field.map_err(multipart_error).boxed();
                let max = state.config.max_upload_bytes;
                let name = form.file_name.as_deref();
                *staged = Some(files::stage(&state.pool, actor.user_id, name, stream, max).await?);
            }
            "file" => {
                return Err(ApiError::field(
                    "file",
                    "repeated",
                    "send one file per request",
                ));
            }
            "title" => form.title = Some(small_text(field, "title").await?),
            "description" => form.description = Some(small_text(field, "description").await?),
            "metadata" => {
                let text = small_text(field, "metadata").await?;
                let value: Value = serde_json::from_str(&text).map_err(|_| {
                    ApiError::field("metadata", "invalid_json", "metadata must be a JSON object")
                })?;
                form.metadata = Some(value);
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
    Ok(form)
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

/// A broken or oversized multipart body, in the domain's words (the file
/// stream reports through `documents::Error`).
fn multipart_error(e: axum::extract::multipart::MultipartError) -> documents::Error {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        documents::Error::TooLarge("the upload is larger than the limit".into())
    } else {
        Invalid::new(format!(
            "the multipart body is not valid: {}",
            e.body_text()
        ))
        .into()
    }
}
