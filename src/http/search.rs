//! `GET /v1/search`: ranked search over the caller's live documents
//! (`crate::search` does the work), with highlighted snippets, the list
//! filters and keyset pagination.

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::permission::DocumentRead;
use crate::documents::ProcessingStatus;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::consistency::ReadRoute;
use crate::http::extract::ApiQuery;
use crate::http::pagination::utc;
use crate::http::principal::{Authorized, Client};
use crate::search::{self, Cursor, FilterInput, Filters, Mode, Page, Request, snippet};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(search))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// What to look for, as in a web search engine: words (all must match,
    /// in any form: "invoices" finds "invoice"), `"quoted phrases"`, `or`,
    /// `-excluded` words. The last word also matches as a prefix while it is
    /// typed (no space after it). At most 1000 characters.
    #[param(max_length = 1000)]
    pub q: Option<String>,
    /// `auto` (default: `fulltext`, then `fuzzy` when that finds nothing),
    /// `fulltext`, `fuzzy` (misspelled and partial words and titles),
    /// `semantic` (by meaning: documents about what the query says, in
    /// other words too; 503 when the server has no embedding model) or
    /// `hybrid` (`auto` and `semantic` fused by reciprocal rank, at most
    /// 200 results; `auto` alone, saying so in `mode`, without a model).
    #[param(schema_with = mode_schema)]
    pub mode: Option<String>,
    /// `pending`, `processing`, `completed` or `failed`.
    #[param(schema_with = crate::http::documents::read::status_schema)]
    pub status: Option<String>,
    /// One of the file types the service reads (`pdf`, `docx`, `txt`, …).
    #[param(schema_with = crate::http::documents::read::file_type_schema)]
    pub file_type: Option<String>,
    /// Detected language, e.g. `en` or `pt-BR`.
    #[param(pattern = "^[a-z]{2}(-[A-Z]{2})?$")]
    pub language: Option<String>,
    pub created_after: Option<DateTime<Utc>>,
    pub created_before: Option<DateTime<Utc>>,
    /// A JSON object: documents whose metadata contains it, e.g. `{"dept":"legal"}`.
    pub metadata: Option<String>,
    /// 1 to 100, default 20.
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

/// The OpenAPI schema of `mode`.
fn mode_schema() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .enum_values(Some(["auto", "fulltext", "fuzzy", "semantic", "hybrid"]))
        .build()
}

/// One match.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHit {
    pub id: Uuid,
    pub title: String,
    /// Relevance in [0, 1): higher is better; results come best first. In
    /// `semantic` mode the cosine similarity of the query and the
    /// document's closest passage; in `hybrid` the fused score.
    pub rank: f32,
    pub file_type: Option<String>,
    /// `pending`, `processing`, `completed` or `failed`.
    pub processing_status: Option<ProcessingStatus>,
    pub created_at: Option<DateTime<Utc>>,
    /// A passage of the content around the matches, as HTML: the text is
    /// escaped and matched words are wrapped in `<mark>`. A match by
    /// meaning shows the start of its closest passage, unmarked.
    pub snippet: String,
}

/// A page of results.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchPage {
    pub items: Vec<SearchHit>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// The mode that produced these results: `fulltext`, `fuzzy`,
    /// `semantic` or `hybrid`.
    pub mode: String,
    /// True when more than 500 documents hold the query's words: 501 of
    /// them were examined (those of one slice of the account when it alone
    /// holds that many), phrases and exclusions checked among them, and the
    /// matches ranked; add words or a filter to narrow it.
    pub capped: bool,
}

/// Ranked search over the caller's live documents (permission
/// `document.read`). At most 501 documents holding the query's words are
/// examined and ranked per search (`capped` says when more held them).
#[utoipa::path(get, path = "/v1/search", tag = "search", params(SearchParams),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "A page of results, best first", body = SearchPage),
        (status = 422, description = "No searchable words, or an invalid parameter", body = ErrorEnvelope),
        (status = 503, description = "`mode=semantic` on a server without the embedding model, or the search took too long", body = ErrorEnvelope),
    ))]
async fn search(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    ReadRoute(route): ReadRoute,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<SearchPage>, ApiError> {
    let query = search::query::parse(params.q.as_deref())?;
    let requested = Mode::parse_requested(params.mode.as_deref())?;
    let filters = Filters::parse(FilterInput {
        status: params.status.as_deref(),
        file_type: params.file_type.as_deref(),
        language: params.language.as_deref(),
        created_after: params.created_after.map(|t| t.naive_utc()),
        created_before: params.created_before.map(|t| t.naive_utc()),
        metadata: params.metadata.as_deref(),
    })?;
    let limit = search::limit(params.limit)?;
    let after = params.cursor.as_deref().map(Cursor::decode).transpose()?;
    let request = Request {
        user_id: p.user_id,
        query,
        filters,
        after,
        limit,
    };
    let page = search::search(
        &route,
        &state.audit,
        &state.embeddings,
        &p.actor(ctx),
        &request,
        requested,
    )
    .await?;
    Ok(Json(page.into()))
}

impl From<Page> for SearchPage {
    fn from(page: Page) -> Self {
        Self {
            items: page
                .hits
                .into_iter()
                .map(|h| SearchHit {
                    id: h.id,
                    title: h.title,
                    rank: h.rank,
                    file_type: h.file_type,
                    processing_status: h.processing_status,
                    created_at: h.created_at.map(utc),
                    snippet: snippet::html(h.snippet.as_deref().unwrap_or_default()),
                })
                .collect(),
            next_cursor: page.next.map(|c| c.encode()),
            mode: page.mode.as_str().to_owned(),
            capped: page.capped,
        }
    }
}
