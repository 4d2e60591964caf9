//! Requests made for one person, over HTTP: subject access
//! (`/v1/subject-requests`: find everything about them, download it as a
//! ZIP) and erasure (`/v1/erasures`: delete or redact it, with a signed
//! receipt). Both run in the background and are followed like a document
//! (`GET …/{id}`, `…/{id}/events`). Permission `compliance.manage`.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::time::Duration;

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use futures_util::Stream;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::authenticate::authenticate;
use crate::auth::permission::{ComplianceManage, Permission};
use crate::compliance::erasure::{self, Mode, Options};
use crate::compliance::requests::{self, RequestKind, SubjectRequest};
use crate::compliance::subjects;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, ApiQuery};
use crate::http::pagination::{self, Page, utc};
use crate::http::principal::{Authorized, Client, credential};
use crate::http::streams;
use crate::validation::Invalid;

/// How long `POST /v1/erasures` waits for the receipt before answering 202.
const ERASURE_WAIT: Duration = Duration::from_secs(20);
/// Most per-document choices one erasure may carry.
const MAX_CHOICES: usize = 10_000;
/// How often an event stream reads the request's state.
const EVENT_POLL: Duration = Duration::from_millis(500);

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_access, list_access))
        .routes(routes!(get_access))
        .routes(routes!(archive))
        .routes(routes!(access_events))
        .routes(routes!(create_erasure, list_erasures))
        .routes(routes!(get_erasure))
        .routes(routes!(receipt))
        .routes(routes!(erasure_events))
}

/// One value that identifies the person.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IdentifierIn {
    /// `EMAIL`, `PHONE`, `IBAN`, `PERSON` (a name) or `OTHER`; guessed
    /// from the value when absent.
    #[serde(rename = "type")]
    #[schema(schema_with = identifier_type_schema)]
    pub kind: Option<String>,
    /// 3 to 200 characters, without NUL; a PERSON or OTHER value at least
    /// 5, a PHONE or IBAN at least 5 digits or letters.
    #[schema(min_length = 3, max_length = 200, pattern = r"^[^\u0000]*$")]
    pub value: String,
}

fn identifiers(raw: Vec<IdentifierIn>) -> Result<Vec<subjects::Identifier>, Invalid> {
    let raw: Vec<(Option<String>, String)> = raw.into_iter().map(|i| (i.kind, i.value)).collect();
    subjects::parse(&raw)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccessIn {
    /// Up to 20 values identifying the person (an email address, phone
    /// numbers, an IBAN, their name...). A document mentioning any of them
    /// is theirs.
    #[schema(min_items = 1, max_items = 20)]
    pub identifiers: Vec<IdentifierIn>,
}

/// An identifier's type, or `null` to have it guessed from the value.
fn identifier_type_schema() -> utoipa::openapi::Object {
    crate::http::schema::one_of_or_null(&["EMAIL", "PHONE", "IBAN", "PERSON", "OTHER"])
}

/// How an erasure treats a document.
fn erasure_mode_schema() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .enum_values(Some(["delete", "redact"]))
        .build()
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentChoice {
    pub id: Uuid,
    /// `delete` or `redact`.
    #[schema(schema_with = erasure_mode_schema)]
    pub mode: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ErasureIn {
    /// As for a subject access request.
    #[schema(min_items = 1, max_items = 20)]
    pub identifiers: Vec<IdentifierIn>,
    /// Required: `delete` (each document that mentions the person goes,
    /// with its original, text, results and search entries) or `redact`
    /// (the person's values are covered in the stored text and results,
    /// the original is removed, the rest stays).
    #[schema(schema_with = erasure_mode_schema, required = true)]
    pub mode: Option<String>,
    /// Choices for particular documents, overriding `mode` (at most
    /// 10,000).
    #[serde(default)]
    #[schema(max_items = 10000)]
    pub documents: Vec<DocumentChoice>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Progress {
    pub documents_scanned: i32,
    /// The account's documents (deleted ones included), once known.
    pub documents_total: Option<i32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArchiveOut {
    pub size_bytes: i64,
    pub sha256: Option<String>,
    pub expires_at: Option<DateTime<Utc>>,
    /// Where to download it.
    pub url: String,
}

/// A subject access request or an erasure.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubjectRequestOut {
    pub id: Uuid,
    /// `access` or `erasure`.
    pub kind: String,
    /// `pending`, `processing`, `completed` or `failed`.
    pub status: String,
    /// Why it failed (or, while it is tried again, why the last attempt
    /// did not finish).
    pub error: Option<String>,
    /// As given; once an erasure completes, only each value's type and
    /// salted hash.
    #[schema(value_type = Vec<Object>)]
    pub identifiers: Value,
    /// An erasure's choices.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Object)]
    pub options: Option<Value>,
    pub progress: Progress,
    /// Access: how many documents mention the person, and which.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents_found: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<i64>,
    /// Access: documents with no extracted text yet (queued, processing,
    /// failed), of which only the title, description, external id and
    /// metadata were searched; the manifest lists them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents_without_text: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_ids: Option<Vec<Uuid>>,
    /// Access: the ZIP, once built and while kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archive: Option<ArchiveOut>,
    /// Access: why the archive is no longer kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archive_removed: Option<String>,
    /// Erasure: the signed receipt, once completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Object)]
    pub receipt: Option<Value>,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
}

impl SubjectRequestOut {
    fn of(r: SubjectRequest) -> Self {
        let completed = r.status == "completed";
        let access = r.kind == "access";
        let result = r.result.clone().unwrap_or(Value::Null);
        let count = |k: &str| result[k].as_i64();
        Self {
            id: r.id,
            status: r.status.clone(),
            error: r.error.clone(),
            identifiers: r.identifiers.clone(),
            options: (!access).then(|| {
                let mut o = r.options.clone();
                if let Some(m) = o.as_object_mut() {
                    m.remove("salt");
                }
                o
            }),
            progress: Progress {
                documents_scanned: r.documents_scanned,
                documents_total: r.documents_total,
            },
            documents_found: access.then(|| count("documents_found")).flatten(),
            occurrences: access.then(|| count("occurrences")).flatten(),
            documents_without_text: access.then(|| count("documents_without_text")).flatten(),
            document_ids: access
                .then(|| serde_json::from_value(result["document_ids"].clone()).ok())
                .flatten(),
            archive: match (access && completed, r.archive_chunks, r.archive_size_bytes) {
                (true, Some(_), Some(size)) => Some(ArchiveOut {
                    size_bytes: size,
                    sha256: r.archive_sha256.clone(),
                    expires_at: r.archive_expires_at.map(utc),
                    url: format!("/v1/subject-requests/{}/archive", r.id),
                }),
                _ => None,
            },
            archive_removed: result["archive_removed"].as_str().map(str::to_owned),
            receipt: (!access && completed).then(|| result.clone()),
            kind: r.kind,
            created_at: utc(r.created_at),
            started_at: r.started_at.map(utc),
            completed_at: r.completed_at.map(utc),
        }
    }
}

fn parse_id(raw: &str, kind: RequestKind) -> Result<Uuid, ApiError> {
    Uuid::parse_str(raw).map_err(|_| {
        ApiError::NotFound(match kind {
            RequestKind::Access => "no such subject access request".into(),
            RequestKind::Erasure => "no such erasure".into(),
        })
    })
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

async fn list_of(
    state: &AppState,
    actor: &crate::audit::Actor,
    kind: RequestKind,
    q: ListParams,
) -> Result<Page<SubjectRequestOut>, ApiError> {
    let limit = pagination::limit(q.limit)?;
    let before = q.cursor.as_deref().map(pagination::decode).transpose()?;
    let rows = requests::list(&state.pool, actor, kind, before, limit + 1).await?;
    Ok(pagination::page(
        rows,
        limit,
        |r| (r.created_at, r.id),
        SubjectRequestOut::of,
    ))
}

/// Find everything the account holds about one person (GDPR Art. 15/20):
/// every document (deleted ones not yet purged included) whose text,
/// entities or title mention any of the values, however they are written
/// there (any case; phone numbers and IBANs with or without spaces). Runs
/// in the background: follow it with `GET /v1/subject-requests/{id}` or
/// its `events`; when `completed`, download the ZIP from `archive.url`.
#[utoipa::path(post, path = "/v1/subject-requests", tag = "compliance", request_body = AccessIn,
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 202, description = "The request, pending", body = SubjectRequestOut),
        (status = 422, description = "No identifiers, too many, or a value too short or long", body = ErrorEnvelope),
    ))]
async fn create_access(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<AccessIn>,
) -> Result<(StatusCode, Json<SubjectRequestOut>), ApiError> {
    let ids = identifiers(body.identifiers)?;
    subjects::Matcher::new(&ids)?;
    let r = requests::create(
        &state.pool,
        &p.actor(ctx),
        RequestKind::Access,
        &ids,
        json!({}),
    )
    .await?;
    state.subjects.wake();
    Ok((StatusCode::ACCEPTED, Json(SubjectRequestOut::of(r))))
}

/// Your subject access requests, newest first.
#[utoipa::path(get, path = "/v1/subject-requests", tag = "compliance", params(ListParams),
    security(("bearer" = []), ("api_key" = [])),
    responses((status = 200, description = "A page of requests", body = Page<SubjectRequestOut>)))]
async fn list_access(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    ApiQuery(q): ApiQuery<ListParams>,
) -> Result<Json<Page<SubjectRequestOut>>, ApiError> {
    Ok(Json(
        list_of(&state, &p.actor(ctx), RequestKind::Access, q).await?,
    ))
}

/// One subject access request: its status, progress and archive.
#[utoipa::path(get, path = "/v1/subject-requests/{id}", tag = "compliance",
    params(("id" = Uuid, Path, description = "The request's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The request", body = SubjectRequestOut),
        (status = 404, description = "No such request of yours", body = ErrorEnvelope),
    ))]
async fn get_access(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<SubjectRequestOut>, ApiError> {
    let id = parse_id(&id, RequestKind::Access)?;
    let r = requests::one(&state.pool, &p.actor(ctx), RequestKind::Access, id).await?;
    Ok(Json(SubjectRequestOut::of(r)))
}

/// The ZIP of a completed request: `manifest.json`, `manifest.html`,
/// `originals/` and `text/`. Audited as an export.
#[utoipa::path(get, path = "/v1/subject-requests/{id}/archive", tag = "compliance",
    params(("id" = Uuid, Path, description = "The request's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The archive", content_type = "application/zip"),
        (status = 404, description = "No such request, or its archive is no longer kept", body = ErrorEnvelope),
        (status = 409, description = "Not built yet, or the request failed", body = ErrorEnvelope),
    ))]
async fn archive(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id, RequestKind::Access)?;
    let (r, chunks) = requests::archive(&state.pool, &p.actor(ctx), id).await?;
    let pool = state.pool.clone();
    let stream = futures_util::stream::unfold(0, move |seq| {
        let pool = pool.clone();
        async move {
            if seq >= chunks {
                return None;
            }
            let chunk = requests::chunk(&pool, id, seq)
                .await
                .map(bytes::Bytes::from);
            Some((chunk, seq + 1))
        }
    });
    let mut response = Response::new(Body::from_stream(stream));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/zip"),
    );
    if let Ok(v) = HeaderValue::from_str(&crate::http::attachment(&format!(
        "subject-access-{id}.zip"
    ))) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    if let Some(size) = r.archive_size_bytes {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    }
    Ok(response)
}

/// The state of `id` every [`EVENT_POLL`] as Server-Sent Events, one
/// `status` event per change, until it is final.
/// Held like a document's stream: one of the account's
/// `event_streams_per_account`, ended when the credential that opened it
/// no longer holds.
async fn events_of(
    state: AppState,
    token: String,
    user_id: Uuid,
    kind: RequestKind,
    id: Uuid,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let first = requests::status(&state.pool, user_id, kind, id).await?;
    let slot = streams::place(&state, user_id)?;
    let (check_pool, auth) = (state.pool.clone(), std::sync::Arc::clone(&state.auth));
    let still_valid = move || {
        let (pool, auth, token) = (
            check_pool.clone(),
            std::sync::Arc::clone(&auth),
            token.clone(),
        );
        async move {
            match authenticate(&pool, &auth.sessions, &token).await {
                Ok(_) => Some(true),
                Err(crate::auth::Error::Database(_)) => None,
                Err(_) => Some(false),
            }
        }
    };
    let pool = state.pool.clone();
    let stream = futures_util::stream::unfold(
        (Some(first), None::<(String, i32)>, false),
        move |(next, last, ended)| {
            let pool = pool.clone();
            async move {
                if ended {
                    return None;
                }
                let mut next = next;
                loop {
                    let r = match next.take() {
                        Some(r) => r,
                        None => {
                            tokio::time::sleep(EVENT_POLL).await;
                            match requests::status(&pool, user_id, kind, id).await {
                                Ok(r) => r,
                                Err(crate::documents::Error::NotFound(_)) => return None,
                                Err(_) => continue,
                            }
                        }
                    };
                    let key = (r.status.clone(), r.documents_scanned);
                    if last.as_ref() == Some(&key) {
                        continue;
                    }
                    let data = json!({
                        "id": r.id, "status": r.status, "error": r.error,
                        "documents_scanned": r.documents_scanned,
                        "documents_total": r.documents_total,
                    });
                    let event = Event::default().event("status").data(data.to_string());
                    let ended = r.is_final();
                    return Some((Ok(event), (None, Some(key), ended)));
                }
            }
        },
    );
    let stream = streams::guarded(stream, slot, still_valid);
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

/// Server-Sent Events: `status` events (`{"id","status","error",
/// "documents_scanned","documents_total"}`) as the request moves; the
/// stream ends at `completed` or `failed`.
#[utoipa::path(get, path = "/v1/subject-requests/{id}/events", tag = "compliance",
    params(("id" = Uuid, Path, description = "The request's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "An event stream", content_type = "text/event-stream"),
        (status = 404, description = "No such request of yours", body = ErrorEnvelope),
        (status = 429, description = "The account already holds its most event streams open (`event_streams_per_account`); see `Retry-After`", body = ErrorEnvelope),
    ))]
async fn access_events(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let id = parse_id(&id, RequestKind::Access)?;
    let token = credential(&headers)?.to_owned();
    events_of(state, token, p.user_id, RequestKind::Access, id).await
}

/// Erase one person (GDPR Art. 17): every document that mentions them is
/// deleted or has their values redacted (`mode`, and per document in
/// `documents`); documents under a legal hold are skipped and listed;
/// audit rows that held the values are emptied (the chain still verifies,
/// the erasure's own row names them); access archives that held them are
/// removed. Answers 201 with the signed receipt when done within 20
/// seconds, else 202: follow `GET /v1/erasures/{id}`.
#[utoipa::path(post, path = "/v1/erasures", tag = "compliance", request_body = ErasureIn,
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 201, description = "Done: the erasure with its receipt", body = SubjectRequestOut),
        (status = 202, description = "Still running: follow it", body = SubjectRequestOut),
        (status = 403, description = "An API key without `compliance.manage` and `document.delete`", body = ErrorEnvelope),
        (status = 422, description = "Bad identifiers, no mode, or an unknown document", body = ErrorEnvelope),
    ))]
async fn create_erasure(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<ErasureIn>,
) -> Result<(StatusCode, Json<SubjectRequestOut>), ApiError> {
    // An erasure deletes documents: a key needs that permission too.
    if !p.has(Permission::DocumentDelete) {
        return Err(ApiError::Forbidden(
            "an erasure deletes documents: this API key needs `document.delete` as well as `compliance.manage`"
                .into(),
        ));
    }
    let ids = identifiers(body.identifiers)?;
    subjects::Matcher::new(&ids)?;
    let mode = match body.mode.as_deref() {
        None => {
            return Err(Invalid::field(
                "mode",
                "required",
                "choose mode: delete (whole documents) or redact (the person's values only)",
            )
            .into());
        }
        Some(m) => Mode::parse(m)
            .ok_or_else(|| Invalid::field("mode", "invalid", "mode must be delete or redact"))?,
    };
    if body.documents.len() > MAX_CHOICES {
        return Err(Invalid::field(
            "documents",
            "too_many",
            format!("at most {MAX_CHOICES} per-document choices"),
        )
        .into());
    }
    let mut choices = BTreeMap::new();
    for (i, c) in body.documents.iter().enumerate() {
        let m = Mode::parse(&c.mode).ok_or_else(|| {
            Invalid::field(
                &format!("documents[{i}].mode"),
                "invalid",
                "mode must be delete or redact",
            )
        })?;
        choices.insert(c.id, m);
    }
    let named: Vec<Uuid> = choices.keys().copied().collect();
    if let Some(unknown) = erasure::unknown_document(&state.pool, p.user_id, &named).await? {
        return Err(Invalid::field(
            "documents",
            "not_found",
            format!("there is no document {unknown} of yours"),
        )
        .into());
    }
    let options = serde_json::to_value(Options::new(mode, choices)).unwrap_or_default();
    let mut ended = state.subjects.ended();
    let r = requests::create(
        &state.pool,
        &p.actor(ctx),
        RequestKind::Erasure,
        &ids,
        options,
    )
    .await?;
    state.subjects.wake();
    let deadline = tokio::time::Instant::now() + ERASURE_WAIT;
    let mut now = r;
    while !now.is_final() {
        if tokio::time::timeout_at(deadline, ended.changed())
            .await
            .is_err()
        {
            break;
        }
        now = requests::status(&state.pool, p.user_id, RequestKind::Erasure, now.id).await?;
    }
    let code = if now.is_final() {
        StatusCode::CREATED
    } else {
        StatusCode::ACCEPTED
    };
    Ok((code, Json(SubjectRequestOut::of(now))))
}

/// Your erasures, newest first.
#[utoipa::path(get, path = "/v1/erasures", tag = "compliance", params(ListParams),
    security(("bearer" = []), ("api_key" = [])),
    responses((status = 200, description = "A page of erasures", body = Page<SubjectRequestOut>)))]
async fn list_erasures(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    ApiQuery(q): ApiQuery<ListParams>,
) -> Result<Json<Page<SubjectRequestOut>>, ApiError> {
    Ok(Json(
        list_of(&state, &p.actor(ctx), RequestKind::Erasure, q).await?,
    ))
}

/// One erasure: its status, and its receipt once completed.
#[utoipa::path(get, path = "/v1/erasures/{id}", tag = "compliance",
    params(("id" = Uuid, Path, description = "The erasure's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The erasure", body = SubjectRequestOut),
        (status = 404, description = "No such erasure of yours", body = ErrorEnvelope),
    ))]
async fn get_erasure(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<SubjectRequestOut>, ApiError> {
    let id = parse_id(&id, RequestKind::Erasure)?;
    let r = requests::one(&state.pool, &p.actor(ctx), RequestKind::Erasure, id).await?;
    Ok(Json(SubjectRequestOut::of(r)))
}

/// The signed receipt alone, as a file to keep or hand over
/// (`opencomplai erasure verify` checks it).
#[utoipa::path(get, path = "/v1/erasures/{id}/receipt", tag = "compliance",
    params(("id" = Uuid, Path, description = "The erasure's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The signed receipt", content_type = "application/json"),
        (status = 404, description = "No such erasure of yours", body = ErrorEnvelope),
        (status = 409, description = "Not completed yet", body = ErrorEnvelope),
    ))]
async fn receipt(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id, RequestKind::Erasure)?;
    let r = requests::one(&state.pool, &p.actor(ctx), RequestKind::Erasure, id).await?;
    let signed = match (r.status.as_str(), r.result) {
        ("completed", Some(v)) => v,
        ("failed", _) => {
            return Err(ApiError::Conflict(
                "this erasure failed and has no receipt".into(),
            ));
        }
        _ => {
            return Err(ApiError::Conflict(
                "this erasure is not completed yet; follow its status".into(),
            ));
        }
    };
    let body = serde_json::to_string_pretty(&signed).unwrap_or_default() + "\n";
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if let Ok(v) = HeaderValue::from_str(&crate::http::attachment(&format!(
        "erasure-receipt-{id}.json"
    ))) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

/// Server-Sent Events of an erasure, as for a subject access request.
#[utoipa::path(get, path = "/v1/erasures/{id}/events", tag = "compliance",
    params(("id" = Uuid, Path, description = "The erasure's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "An event stream", content_type = "text/event-stream"),
        (status = 404, description = "No such erasure of yours", body = ErrorEnvelope),
        (status = 429, description = "The account already holds its most event streams open (`event_streams_per_account`); see `Retry-After`", body = ErrorEnvelope),
    ))]
async fn erasure_events(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let id = parse_id(&id, RequestKind::Erasure)?;
    let token = credential(&headers)?.to_owned();
    events_of(state, token, p.user_id, RequestKind::Erasure, id).await
}
