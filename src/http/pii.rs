//! Personal data: the account's allow- and deny-lists the analyzer
//! respects, and a document's text with chosen entity types masked.

use axum::Json;
use axum::extract::{Path, State};
use opencomplai_analyze::{DenyEntry, Entity, EntityType};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::audit::{self, Entry};
use crate::auth::permission::{DocumentRead, DocumentUpdate};
use crate::documents::{self, pii_lists};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, ApiQuery};
use crate::http::principal::{Authorized, Client};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_lists, put_lists))
        .routes(routes!(redacted))
}

/// A text always reported, with the entity type to report it as.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DenyEntryIo {
    pub text: String,
    /// EMAIL, PHONE, CREDIT_CARD, IBAN, IP_ADDRESS, URL, US_SSN, DATE,
    /// MONEY, PERSON, ORGANIZATION or LOCATION.
    #[serde(rename = "type")]
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
    pub allow_list: Vec<String>,
    /// Texts always reported wherever they occur, as whole words.
    #[serde(default)]
    pub deny_list: Vec<DenyEntryIo>,
}

impl PiiLists {
    fn of(allow: Vec<String>, deny: Vec<DenyEntry>) -> Self {
        Self {
            allow_list: allow,
            deny_list: deny
                .into_iter()
                .map(|d| DenyEntryIo {
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
    let mut tx = state.pool.begin().await?;
    let (allow, deny) = pii_lists::get(&mut tx, p.user_id).await?;
    let entry = Entry::new(Some(p.user_id), "read", "pii_lists", Some(p.user_id));
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    Ok(Json(PiiLists::of(allow, deny)))
}

fn term(field: &str, raw: &str) -> Result<String, ApiError> {
    let t = raw.trim();
    if t.is_empty() || t.chars().count() > pii_lists::MAX_TERM_CHARS || t.contains('\0') {
        return Err(ApiError::field(
            field,
            "invalid",
            format!(
                "entries must be 1 to {} characters, without NUL",
                pii_lists::MAX_TERM_CHARS
            ),
        ));
    }
    Ok(t.to_owned())
}

/// Replaces the account's allow- and deny-lists (at most 1,000 entries
/// each). Audited with the number of entries, not the entries themselves
/// (they may be personal data).
#[utoipa::path(put, path = "/v1/pii-lists", tag = "personal data",
    request_body = PiiLists,
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The lists as stored", body = PiiLists),
        (status = 422, description = "Too many entries, an empty one, or an unknown type", body = ErrorEnvelope),
    ))]
async fn put_lists(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentUpdate>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<PiiLists>,
) -> Result<Json<PiiLists>, ApiError> {
    for (field, n) in [
        ("allow_list", body.allow_list.len()),
        ("deny_list", body.deny_list.len()),
    ] {
        if n > pii_lists::MAX_ENTRIES {
            return Err(ApiError::field(
                field,
                "too_many",
                format!("at most {} entries", pii_lists::MAX_ENTRIES),
            ));
        }
    }
    let allow = body
        .allow_list
        .iter()
        .map(|t| term("allow_list", t))
        .collect::<Result<Vec<_>, _>>()?;
    let deny = body
        .deny_list
        .iter()
        .map(|d| {
            let entity_type = d.entity_type.parse::<EntityType>().map_err(|_| {
                ApiError::field(
                    "deny_list",
                    "unknown_type",
                    format!("unknown entity type {:?}", d.entity_type),
                )
            })?;
            Ok(DenyEntry {
                text: term("deny_list", &d.text)?,
                entity_type,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let mut tx = state.pool.begin().await?;
    pii_lists::put(&mut tx, p.user_id, &allow, &deny).await?;
    let entry = Entry::new(Some(p.user_id), "update", "pii_lists", Some(p.user_id))
        .new_values(json!({"allow_list_entries": allow.len(), "deny_list_entries": deny.len()}));
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    Ok(Json(PiiLists::of(allow, deny)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct RedactQuery {
    /// Comma-separated entity types to mask (e.g. `EMAIL,PHONE`); all
    /// types when absent.
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
        (status = 409, description = "The document's latest result has no analysis", body = ErrorEnvelope),
        (status = 422, description = "An unknown entity type", body = ErrorEnvelope),
    ))]
async fn redacted(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<DocumentRead>,
    Client(ctx): Client,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<RedactQuery>,
) -> Result<Json<Redacted>, ApiError> {
    let id = crate::http::documents::parse_id(&id)?;
    let types: Vec<EntityType> = match q.types.as_deref().map(str::trim) {
        None | Some("") => EntityType::ALL.to_vec(),
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| {
                t.parse::<EntityType>().map_err(|_| {
                    ApiError::field(
                        "types",
                        "unknown_type",
                        format!(
                            "unknown entity type {t:?}; known: {}",
                            EntityType::ALL.map(EntityType::as_str).join(", ")
                        ),
                    )
                })
            })
            .collect::<Result<_, _>>()?,
    };
    let mut tx = state.pool.begin().await?;
    documents::owned(&mut tx, p.user_id, id, false).await?;
    let row = documents::latest_result(&mut tx, id)
        .await?
        .ok_or_else(|| ApiError::NotFound("this document has no results yet".into()))?;
    let entities: Vec<Entity> = row
        .extracted_entities
        .and_then(|v| serde_json::from_value(v).ok())
        .ok_or_else(|| {
            ApiError::Conflict(
                "this document's latest result has no entity analysis; reprocess it first".into(),
            )
        })?;
    let text = row.extracted_text.unwrap_or_default();
    let redacted = entities
        .iter()
        .filter(|e| types.contains(&e.entity_type))
        .count();
    let masked = opencomplai_analyze::redact(&text, &entities, &types);
    let names: Vec<String> = types.iter().map(|t| t.as_str().to_owned()).collect();
    let entry = Entry::new(Some(p.user_id), "read", "document", Some(id))
        .new_values(json!({"part": "redacted", "types": names}));
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    Ok(Json(Redacted {
        document_id: id,
        types: names,
        redacted,
        text: masked,
    }))
}
