//! `POST /v1/documents`: a JSON text, or a multipart upload whose file is
//! streamed into the database as it arrives.

use axum::Json;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::Value;

use super::{CreatedOut, DocumentIn, DocumentOut, UnpackedOut};
use crate::audit::Actor;
use crate::auth::permission::DocumentCreate;
use crate::documents::archive::{self, Unpacked};
use crate::documents::create::{self, Intake, Text, UploadFields, Uploaded};
use crate::documents::files::{self, Archives, Kind, Staged};
use crate::documents::idempotency::{self, Answer, Key, Keyed, Made};
use crate::documents::{self, Document, ProcessingStatus};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{is_multipart, json_with_bytes};
use crate::http::principal::{Authorized, Client};
use crate::validation::Invalid;

/// Form fields other than the file are read whole, up to this size.
const MAX_FORM_FIELD_BYTES: usize = 64 * 1024;

fn to_answer(status: StatusCode, out: &impl serde::Serialize) -> Answer {
    Answer {
        status: status.as_u16(),
        body: serde_json::to_value(out).unwrap_or(Value::Null),
    }
}

fn respond(answer: Answer, replayed: bool) -> Response {
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::ACCEPTED);
    let mut response = (status, Json(answer.body)).into_response();
    if replayed {
        response
            .headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    response
}

fn made(made: Made<Answer>) -> Response {
    match made {
        Made::New(answer) => respond(answer, false),
        Made::Replay(answer) => respond(answer, true),
    }
}

fn text_answer(doc: &Document) -> Answer {
    let mut out = DocumentOut::from(doc.clone());
    out.processing_status = ProcessingStatus::Pending;
    to_answer(StatusCode::ACCEPTED, &out)
}

fn upload_out(made: &Uploaded) -> DocumentOut {
    let mut out = DocumentOut::from(made.document.clone());
    out.file_size_bytes = i64::try_from(made.size).ok();
    out.sha256 = Some(made.sha256.clone());
    out.duplicate_of = made.duplicate_of;
    out.duplicate = made.existing;
    if !made.existing {
        out.processing_status = ProcessingStatus::Pending;
    }
    out
}

fn upload_answer(made: &Uploaded) -> Answer {
    let status = if made.existing {
        StatusCode::OK
    } else {
        StatusCode::ACCEPTED
    };
    to_answer(status, &upload_out(made))
}

fn archive_answer(made: &Unpacked) -> Answer {
    to_answer(StatusCode::ACCEPTED, &UnpackedOut::from(made))
}

/// The request's `Idempotency-Key`, if it sent one.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<Key>, ApiError> {
    match headers.get(idempotency::HEADER) {
        None => Ok(None),
        Some(value) => Ok(Some(Key::parse(value.as_bytes())?)),
    }
}

/// Hand in a document: JSON `{title, content, ...}` or a multipart upload
/// (`file`, optional `title`, `description`, `metadata`). Answers 202; the
/// document is processed in the background. A file you already hold (same
/// SHA-256, live document) is answered 200 with that document and
/// `duplicate: true`, creating nothing (unless the service allows
/// duplicates). A ZIP archive is unpacked into one document per file read
/// here (202 with `documents` and `skipped`). With an `Idempotency-Key`,
/// a retry gets the first answer back and creates nothing.
#[utoipa::path(post, path = "/v1/documents", tag = "documents", request_body(content(
        (DocumentIn = "application/json"),
        (UploadForm = "multipart/form-data"))),
    params(
        ("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, pattern = r"^[\x20-\x7e]+$",
            description = "1 to 255 printable ASCII characters. A request sent again with the same key by the same account within 24 hours gets the first accepted answer back (status and body, header `Idempotent-Replayed: true`) and creates nothing; the same key with another request is refused (422). Refused requests are not remembered."),
    ),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "An identical file you already hold: that document, with `duplicate: true`; nothing created", body = DocumentOut),
        (status = 202, description = "Accepted, processing queued: the document, or for a ZIP archive the documents made of it and the files passed over", body = CreatedOut),
        (status = 409, description = "A request with this Idempotency-Key is in progress", body = ErrorEnvelope),
        (status = 413, description = "Over the upload limit, over the account's storage quota, or a ZIP archive unpacking to more than 500 MB", body = ErrorEnvelope),
        (status = 429, description = "Over the account's documents per day (`Retry-After`: the next UTC day), or the request rate", body = ErrorEnvelope),
        (status = 415, description = "Unsupported file type", body = ErrorEnvelope),
        (status = 422, description = "Invalid field, empty file, a bad ZIP archive, a bad Idempotency-Key or one used for another request", body = ErrorEnvelope),
    ))]
pub(super) async fn create(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentCreate>,
    Client(ctx): Client,
    request: Request,
) -> Result<Response, ApiError> {
    let actor = p.actor(ctx);
    let intake = Intake::of(&state.config, p.tier);
    let key = idempotency_key(request.headers())?;
    if is_multipart(request.headers()) {
        let multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|e| {
                ApiError::validation(format!(
                    "the multipart body is not valid: {}",
                    e.body_text()
                ))
            })?;
        return upload(&state, &actor, intake, key, multipart).await;
    }
    let (body, raw) = json_with_bytes::<DocumentIn>(request, &state).await?;
    let text = Text {
        title: body.title,
        content: body.content,
        description: body.description,
        metadata: body.metadata,
        external_id: body.external_id,
    };
    let keyed_request = key.map(|k| idempotency::Request::new(k, &[b"json", &raw]));
    let keyed = keyed_request.as_ref().map(|request| Keyed {
        request,
        render: &text_answer,
    });
    let result = create::text(&state.pool, &actor, text, intake, keyed.as_ref()).await?;
    Ok(made(map_made(result, text_answer)))
}

fn map_made<T>(made: Made<T>, render: fn(&T) -> Answer) -> Made<Answer> {
    match made {
        Made::New(t) => Made::New(render(&t)),
        Made::Replay(a) => Made::Replay(a),
    }
}

/// The fields of a multipart upload.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct UploadForm {
    /// The file: one of the types the service reads (detected from its
    /// bytes and name), not empty, at most `max_upload_bytes`; or a ZIP
    /// archive of such files, unpacked into one document each.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// Default: the file's name. 1 to 500 characters, not blank. Not for a
    /// ZIP archive, whose documents are titled by their file names.
    #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
    title: Option<String>,
    /// At most 10,000 characters.
    #[schema(max_length = 10000)]
    description: Option<String>,
    /// A JSON object, as text (for a ZIP archive, given to each document,
    /// with `archive` and `archive_path` added).
    metadata: Option<String>,
}

/// Reads the form: the `file` is staged as it streams in, the other fields
/// are kept; then the document is created (or, for a ZIP archive, the
/// documents). A file staged before a later field is refused is given up.
async fn upload(
    state: &AppState,
    actor: &Actor,
    intake: Intake,
    key: Option<Key>,
    mut multipart: Multipart,
) -> Result<Response, ApiError> {
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
    let keyed_request = key.map(|k| fingerprint(k, &file, &form));
    let pool = &state.pool;
    let result = match file.kind {
        Kind::Zip => {
            let keyed = keyed_request.as_ref().map(|request| Keyed {
                request,
                render: &archive_answer,
            });
            let result = archive::unpack(pool, actor, &file, form, intake, keyed.as_ref()).await?;
            map_made(result, archive_answer)
        }
        Kind::Document(_) => {
            let keyed = keyed_request.as_ref().map(|request| Keyed {
                request,
                render: &upload_answer,
            });
            let result = create::upload(pool, actor, &file, form, intake, keyed.as_ref()).await?;
            map_made(result, upload_answer)
        }
    };
    Ok(made(result))
}

/// A keyed upload's fingerprint: the file's SHA-256, its name and the
/// other fields.
fn fingerprint(key: Key, file: &Staged, form: &UploadFields) -> idempotency::Request {
    let optional = |v: &Option<String>| format!("{v:?}");
    let metadata = form
        .metadata
        .as_ref()
        .map(|m| m.to_string())
        .unwrap_or_default();
    idempotency::Request::new(
        key,
        &[
            b"multipart",
            file.sha256.as_bytes(),
            optional(&form.file_name).as_bytes(),
            optional(&form.title).as_bytes(),
            optional(&form.description).as_bytes(),
            if form.metadata.is_some() {
                b"metadata"
            } else {
                b""
            },
            metadata.as_bytes(),
        ],
    )
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
                *staged = Some(
                    files::stage(
                        &state.pool,
                        actor.user_id,
                        name,
                        stream,
                        max,
                        Archives::Accept,
                    )
                    .await?,
                );
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
