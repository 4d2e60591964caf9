//! Personal data: the account's allow- and deny-lists the analyzer
//! respects, and a document with chosen entity types masked: its text, or
//! its original's pages as a PDF.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use opencomplai_analyze::DenyEntry;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::permission::DocumentRead;
use crate::documents::pii_lists::{self, DenyInput, Lists};
use crate::documents::{self, redaction};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, ApiQuery};
use crate::http::principal::{Authorized, Client, Session};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_lists, put_lists))
        .routes(routes!(redacted))
        .routes(routes!(redacted_pdf))
}

/// A text always reported, with the entity type to report it as.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DenyEntryIo {
    /// 1 to 200 characters, not only white space, without NUL.
    #[schema(schema_with = crate::http::schema::term)]
    pub text: String,
    /// EMAIL, PHONE, CREDIT_CARD, IBAN, IP_ADDRESS, URL, US_SSN, DATE,
    /// MONEY, PERSON, ORGANIZATION, LOCATION, DE_TAX_ID, FR_NIR, ES_NIF,
    /// ES_NIE, IT_FISCAL_CODE, NL_BSN, UK_NINO, PASSPORT or ADDRESS.
    #[serde(rename = "type")]
    #[schema(schema_with = crate::http::schema::entity_type)]
    pub entity_type: String,
}

/// The account's lists; they apply to documents processed from now on
/// (reprocess a document to apply them to it).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PiiLists {
    /// Entity texts never reported (compared case-insensitively with the
    /// whole entity text).
    #[serde(default)]
    #[schema(schema_with = crate::http::schema::allow_list)]
    pub allow_list: Vec<String>,
    /// Texts always reported wherever they occur, as whole words.
    #[serde(default)]
    #[schema(max_items = 1000)]
    pub deny_list: Vec<DenyEntryIo>,
}

impl PiiLists {
    fn of(lists: Lists) -> Self {
        Self {
            allow_list: lists.allow,
            deny_list: lists
                .deny
                .into_iter()
                .map(|d: DenyEntry| DenyEntryIo {
                    text: d.text,
                    entity_type: d.entity_type.as_str().to_owned(),
                })
                .collect(),
        }
    }
}

/// The account's allow- and deny-lists. Audited as a read.
#[utoipa::path(get, path = "/v1/pii-lists", tag = "personal data",
    security(("bearer" = []), ("api_key" = [])),
    responses((status = 200, description = "The lists", body = PiiLists)))]
async fn get_lists(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
) -> Result<Json<PiiLists>, ApiError> {
    let lists = pii_lists::read(&state.pool, &p.actor(ctx)).await?;
    Ok(Json(PiiLists::of(lists)))
}

/// Replaces the account's allow- and deny-lists (at most 1,000 entries
/// each): an account setting, so a login session only, as for the profile
/// (an API key, whatever its permissions, could otherwise hide personal
/// data from every future analysis). Audited with the number of entries,
/// not the entries themselves (they may be personal data).
#[utoipa::path(put, path = "/v1/pii-lists", tag = "personal data",
    request_body = PiiLists,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The lists as stored", body = PiiLists),
        (status = 403, description = "An API key: only a login session changes the account's settings", body = ErrorEnvelope),
        (status = 422, description = "Too many entries, an empty one, or an unknown type", body = ErrorEnvelope),
    ))]
async fn put_lists(
    State(state): State<AppState>,
    Session(p): Session,
    Client(ctx): Client,
    ApiJson(body): ApiJson<PiiLists>,
) -> Result<Json<PiiLists>, ApiError> {
    let deny: Vec<DenyInput> = body
        .deny_list
        .into_iter()
        .map(|d| DenyInput {
            text: d.text,
            entity_type: d.entity_type,
        })
        .collect();
    let lists = pii_lists::check(&body.allow_list, &deny)?;
    pii_lists::replace(&state.pool, &p.actor(ctx), &lists).await?;
    Ok(Json(PiiLists::of(lists)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct RedactQuery {
    /// Comma-separated entity types to mask (e.g. `EMAIL,PHONE`); all
    /// types when absent.
    #[param(schema_with = crate::http::schema::entity_type_list)]
    pub types: Option<String>,
}

/// A document's text with entities masked.
#[derive(Debug, Serialize, ToSchema)]
pub struct Redacted {
    pub document_id: Uuid,
    /// The types masked.
    pub types: Vec<String>,
    /// How many entities were masked.
    pub redacted: usize,
    /// The extracted text with each masked entity replaced by `[TYPE]`.
    pub text: String,
}

/// The latest extracted text with the chosen entity types replaced by
/// type-labelled placeholders such as `[EMAIL]`. Audited as a read.
#[utoipa::path(get, path = "/v1/documents/{id}/redacted", tag = "personal data",
    params(("id" = Uuid, Path, description = "The document's id"), RedactQuery),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The redacted text", body = Redacted),
        (status = 404, description = "No such document, or not processed yet", body = ErrorEnvelope),
        (status = 409, description = "The document's latest result has no entity analysis, or one that does not cover the whole text (a result from before personal data was looked for past the analyzer's 2,000,000 characters): reprocess it", body = ErrorEnvelope),
        (status = 422, description = "An unknown entity type", body = ErrorEnvelope),
    ))]
async fn redacted(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<RedactQuery>,
) -> Result<Json<Redacted>, ApiError> {
    let id = documents::parse_id(&id)?;
    let types = redaction::parse_types(q.types.as_deref())?;
    let r = redaction::redacted(&state.pool, &p.actor(ctx), id, types).await?;
    Ok(Json(Redacted {
        document_id: id,
        types: r.types.iter().map(|t| t.as_str().to_owned()).collect(),
        redacted: r.count,
        text: r.text,
    }))
}

/// The original's pages as a PDF of pictures, with every text of an entity
/// of the chosen types covered by a black box and absent from its
/// invisible text layer (the page's other words, for search and copying).
/// PDFs and images only; pages without a text layer and images are read
/// with OCR, as the extraction read them. `x-redaction-missed` counts the
/// entity texts found on no page: when it is not 0, look at the pages.
/// Audited as a read.
#[utoipa::path(get, path = "/v1/documents/{id}/redacted.pdf", tag = "personal data",
    params(("id" = Uuid, Path, description = "The document's id"), RedactQuery),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The redacted PDF", content_type = "application/pdf",
            headers(
                ("x-redaction-covered" = usize, description = "Places covered"),
                ("x-redaction-missed" = usize, description = "Entity texts of the chosen types found on no page"),
            )),
        (status = 404, description = "No such document, or not processed yet", body = ErrorEnvelope),
        (status = 409, description = "The document's latest result has no entity analysis, or one that does not cover the whole text: reprocess it", body = ErrorEnvelope),
        (status = 422, description = "An unknown entity type, a document that is not a PDF or an image, or an original that cannot be redacted", body = ErrorEnvelope),
        (status = 503, description = "The redaction could not run just now; retry", body = ErrorEnvelope),
    ))]
async fn redacted_pdf(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<RedactQuery>,
) -> Result<Response, ApiError> {
    let id = documents::parse_id(&id)?;
    let types = redaction::parse_types(q.types.as_deref())?;
    let r = redaction::redacted_pdf(&state.pool, &p.actor(ctx), &state.redactor, id, types).await?;
    let mut response = r.pdf.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    // Named by the id, not the original's name: a file name can hold the
    // very personal data that was covered.
    if let Ok(v) = HeaderValue::from_str(&crate::http::attachment(&format!("redacted-{id}.pdf"))) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert("x-redaction-covered", HeaderValue::from(r.covered));
    h.insert("x-redaction-missed", HeaderValue::from(r.missed));
    Ok(response)
}
