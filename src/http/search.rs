//! `GET /v1/search`: ranked search over the caller's live documents, with
//! highlighted snippets, the list filters and keyset pagination; full-text
//! (`websearch_to_tsquery` syntax, the last word also as a prefix), fuzzy
//! (misspelled and partial words, titles), or full-text falling back to
//! fuzzy. Audited as a `search` of documents, with the query.

pub mod engine;
pub mod query;

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::audit::{self, Entry};
use crate::auth::permission::DocumentRead;
use crate::documents::STATUSES;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::ApiQuery;
use crate::http::pagination::utc;
use crate::http::principal::{Authorized, Client};
use engine::{Cursor, Filters, Mode, Outcome, Request};

/// Results per page unless `limit` says otherwise.
const DEFAULT_LIMIT: i64 = 20;
const MAX_LIMIT: i64 = 100;
const MAX_METADATA_FILTER_BYTES: usize = 4096;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(search))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct SearchParams {
    /// What to look for, as in a web search engine: words (all must match,
    /// in any form: "invoices" finds "invoice"), `"quoted phrases"`, `or`,
    /// `-excluded` words. The last word also matches as a prefix while it is
    /// typed (no space after it). At most 1000 characters.
    pub q: Option<String>,
    /// `auto` (default: `fulltext`, then `fuzzy` when that finds nothing),
    /// `fulltext`, or `fuzzy` (misspelled and partial words and titles).
    pub mode: Option<String>,
    /// `pending`, `processing`, `completed` or `failed`.
    pub status: Option<String>,
    /// e.g. `pdf`, `docx`, `txt`.
    pub file_type: Option<String>,
    /// Detected language, e.g. `en` or `pt-BR`.
    pub language: Option<String>,
    pub created_after: Option<DateTime<Utc>>,
    pub created_before: Option<DateTime<Utc>>,
    /// A JSON object: documents whose metadata contains it, e.g. `{"dept":"legal"}`.
    pub metadata: Option<String>,
    /// 1 to 100, default 20.
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

/// One match.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHit {
    pub id: Uuid,
    pub title: String,
    /// Relevance in [0, 1): higher is better; results come best first.
    pub rank: f32,
    pub file_type: Option<String>,
    pub processing_status: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    /// A passage of the content around the matches, as HTML: the text is
    /// escaped and matched words are wrapped in `<mark>`.
    pub snippet: String,
}

/// A page of results.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchPage {
    pub items: Vec<SearchHit>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// The mode that produced these results: `fulltext` or `fuzzy`.
    pub mode: String,
    /// True when more than 500 documents hold the query's words: 501 of
    /// them were examined (those of one slice of the account when it alone
    /// holds that many), phrases and exclusions checked among them, and the
    /// matches ranked; add words or a filter to narrow it.
    pub capped: bool,
}

fn requested_mode(raw: Option<&str>) -> Result<Option<Mode>, ApiError> {
    match raw.unwrap_or("auto") {
        "auto" => Ok(None),
        "fulltext" => Ok(Some(Mode::Fulltext)),
        "fuzzy" => Ok(Some(Mode::Fuzzy)),
        _ => Err(ApiError::field(
            "mode",
            "invalid",
            "mode must be auto, fulltext or fuzzy",
        )),
    }
}

fn filters(p: &SearchParams) -> Result<Filters, ApiError> {
    if let Some(s) = p.status.as_deref()
        && !STATUSES.contains(&s)
    {
        return Err(ApiError::field(
            "status",
            "invalid",
            "status must be pending, processing, completed or failed",
        ));
    }
    if let Some(l) = p.language.as_deref() {
        let (lang, region) = l.split_once('-').unwrap_or((l, "AA"));
        let valid = lang.len() == 2
            && lang.bytes().all(|b| b.is_ascii_lowercase())
            && region.len() == 2
            && region.bytes().all(|b| b.is_ascii_uppercase());
        if !valid {
            return Err(ApiError::field(
                "language",
                "invalid",
                "language must be a code like en or pt-BR",
            ));
        }
    }
    let metadata = match p.metadata.as_deref() {
        None => None,
        Some(m) if m.len() > MAX_METADATA_FILTER_BYTES => {
            return Err(ApiError::field(
                "metadata",
                "too_large",
                "metadata must be at most 4 KiB",
            ));
        }
        // PostgreSQL's jsonb cannot hold U+0000: refuse it here rather
        // than fail in the database.
        Some(m) if m.contains("\\u0000") || m.contains('\0') => {
            return Err(ApiError::field(
                "metadata",
                "invalid",
                "metadata must not contain NUL characters",
            ));
        }
        Some(m) => match serde_json::from_str::<Value>(m) {
            Ok(v @ Value::Object(_)) => Some(v),
            _ => {
                return Err(ApiError::field(
                    "metadata",
                    "not_an_object",
                    "metadata must be a JSON object, e.g. {\"dept\":\"legal\"}",
                ));
            }
        },
    };
    if let Some(t) = &p.file_type
        && opencomplai_extract::FileType::parse(t).is_none()
    {
        return Err(ApiError::field(
            "file_type",
            "invalid",
            format!(
                "file_type must be one of {}",
                opencomplai_extract::FileType::ALL
                    .map(|t| t.as_str())
                    .join(", ")
            ),
        ));
    }
    Ok(Filters {
        status: p.status.clone(),
        file_type: p.file_type.clone(),
        language: p.language.clone(),
        created_after: p.created_after.map(|t| t.naive_utc()),
        created_before: p.created_before.map(|t| t.naive_utc()),
        metadata,
    })
}

fn no_words() -> ApiError {
    ApiError::field(
        "q",
        "no_searchable_words",
        "q has nothing to search for: it holds no words, only very common words \
         (like \"the\" or \"and\"), or only exclusions (-word)",
    )
}

/// Ranked search over the caller's live documents (permission
/// `document.read`). At most 501 documents holding the query's words are
/// examined and ranked per search (`capped` says when more held them).
#[utoipa::path(get, path = "/v1/search", tag = "search", params(SearchParams),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "A page of results, best first", body = SearchPage),
        (status = 422, description = "No searchable words, or an invalid parameter", body = ErrorEnvelope),
    ))]
async fn search(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<SearchPage>, ApiError> {
    let query = query::parse(params.q.as_deref())?;
    let requested = requested_mode(params.mode.as_deref())?;
    let filters = filters(&params)?;
    let limit = match params.limit {
        None => DEFAULT_LIMIT,
        Some(n) if (1..=MAX_LIMIT).contains(&n) => n,
        Some(_) => {
            return Err(ApiError::field(
                "limit",
                "out_of_range",
                "limit must be between 1 and 100",
            ));
        }
    };
    let after = params.cursor.as_deref().map(Cursor::decode).transpose()?;
    if let (Some(c), Some(m)) = (after, requested)
        && c.mode != m
    {
        return Err(ApiError::field(
            "cursor",
            "invalid",
            "this cursor belongs to a search in another mode",
        ));
    }
    let request = Request {
        user_id: p.user_id,
        query,
        filters,
        after,
        limit,
    };

    let mut tx = state.pool.begin().await?;
    engine::prepare(&mut tx).await.map_err(timeout)?;
    // A next page continues in the mode of the first.
    let mode = after.map(|c| c.mode).or(requested);
    let (used, outcome) = match mode {
        Some(Mode::Fuzzy) => (Mode::Fuzzy, fuzzy(&mut tx, &request).await?),
        Some(Mode::Fulltext) => (Mode::Fulltext, fulltext(&mut tx, &request).await?),
        None => {
            let exact = fulltext(&mut tx, &request).await?;
            // Fuzzy only when the words are nowhere: when a phrase or an
            // exclusion removed every examined document but more held the
            // words (`capped`), fuzzy matches would hide that.
            if !exact.hits.is_empty() || exact.capped() {
                (Mode::Fulltext, exact)
            } else {
                match similar(&mut tx, &request).await? {
                    Some(similar) => (Mode::Fuzzy, similar),
                    // Nothing in the query can match approximately (only
                    // one-letter words, say): the empty answer stands.
                    None => (Mode::Fulltext, exact),
                }
            }
        }
    };
    let returned = outcome.hits.len().min(usize::try_from(limit).unwrap_or(0));
    let f = &request.filters;
    let entry = Entry::new(Some(p.user_id), "search", "document", None).new_values(json!({
        "q": request.query.text,
        "mode": used.as_str(),
        "status": f.status, "file_type": f.file_type, "language": f.language,
        "created_after": params.created_after, "created_before": params.created_before,
        "metadata": f.metadata,
        "returned": returned,
    }));
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    Ok(Json(page(outcome, limit, used)))
}

async fn fulltext(conn: &mut sqlx::PgConnection, request: &Request) -> Result<Outcome, ApiError> {
    let tsquery = engine::tsquery(conn, request.user_id, &request.query)
        .await
        .map_err(timeout)?
        .ok_or_else(no_words)?;
    engine::run(conn, request, Mode::Fulltext, &tsquery)
        .await
        .map_err(timeout)
}

async fn fuzzy(conn: &mut sqlx::PgConnection, request: &Request) -> Result<Outcome, ApiError> {
    similar(conn, request).await?.ok_or_else(no_words)
}

/// The fuzzy search, or `None` when no word of the query is one to match
/// approximately.
async fn similar(
    conn: &mut sqlx::PgConnection,
    request: &Request,
) -> Result<Option<Outcome>, ApiError> {
    let Some(tsquery) = engine::fuzzy_tsquery(conn, request.user_id, &request.query)
        .await
        .map_err(timeout)?
    else {
        return Ok(None);
    };
    engine::run(conn, request, Mode::Fuzzy, &tsquery)
        .await
        .map(Some)
        .map_err(timeout)
}

/// A search cut short by `statement_timeout` is retryable, not a bug.
fn timeout(e: sqlx::Error) -> ApiError {
    if let sqlx::Error::Database(db) = &e
        && db.code().as_deref() == Some("57014")
    {
        return ApiError::Unavailable(
            "the search took too long; add words or filters to narrow it".into(),
        );
    }
    e.into()
}

fn page(outcome: Outcome, limit: i64, mode: Mode) -> SearchPage {
    let capped = outcome.capped();
    let mut rows = outcome.hits;
    let more = rows.len() as i64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    let next_cursor = if more {
        rows.last().map(|h| {
            Cursor {
                mode,
                rank: h.rank,
                id: h.id,
            }
            .encode()
        })
    } else {
        None
    };
    SearchPage {
        items: rows
            .into_iter()
            .map(|h| SearchHit {
                id: h.id,
                title: h.title,
                rank: h.rank,
                file_type: h.file_type,
                processing_status: h.processing_status,
                created_at: h.created_at.map(utc),
                snippet: engine::snippet_html(h.snippet.as_deref().unwrap_or_default()),
            })
            .collect(),
        next_cursor,
        mode: mode.as_str().to_owned(),
        capped,
    }
}
