//! A document's extracted text with chosen kinds of personal data replaced
//! by `[TYPE]` placeholders, from the entities its latest run found.

use opencomplai_analyze::{Entity, EntityType};
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::results;
use super::store;
use super::{Error, Result};
use crate::audit::Actor;
use crate::validation::Invalid;

/// The entity types named in `list` (comma-separated); all of them when
/// `list` is absent or blank.
pub fn parse_types(list: Option<&str>) -> Result<Vec<EntityType>, Invalid> {
    match list.map(str::trim) {
        None | Some("") => Ok(EntityType::ALL.to_vec()),
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| {
                t.parse::<EntityType>().map_err(|_| {
                    Invalid::field(
                        "types",
                        "unknown_type",
                        format!(
                            "unknown entity type {t:?}; known: {}",
                            EntityType::ALL.map(EntityType::as_str).join(", ")
                        ),
                    )
                })
            })
            .collect(),
    }
}

/// The redacted text and what was masked.
#[derive(Debug, Clone)]
pub struct Redacted {
    pub types: Vec<EntityType>,
    /// Entities masked.
    pub count: usize,
    pub text: String,
}

/// The latest extracted text of one of the actor's live documents with
/// `types` masked; `Conflict` when that run has no entity analysis.
/// Audited as a read of the redacted text, with the types.
pub async fn redacted(
    pool: &PgPool,
    actor: &Actor,
    id: Uuid,
    types: Vec<EntityType>,
) -> Result<Redacted> {
    let mut tx = pool.begin().await?;
    store::owned(&mut tx, actor.user_id, id, false).await?;
    let row = results::latest(&mut tx, id)
        .await?
        .ok_or_else(|| Error::NotFound("this document has no results yet".into()))?;
    let entities: Vec<Entity> = row
        .extracted_entities
        .and_then(|v| serde_json::from_value(v).ok())
        .ok_or_else(|| {
            Error::Conflict(
                "this document's latest result has no entity analysis; reprocess it first".into(),
            )
        })?;
    let text = row.extracted_text.unwrap_or_default();
    let count = entities
        .iter()
        .filter(|e| types.contains(&e.entity_type))
        .count();
    let masked = opencomplai_analyze::redact(&text, &entities, &types);
    let names: Vec<&str> = types.iter().map(|t| t.as_str()).collect();
    let entry = actor
        .entry("read", "document", Some(id))
        .new_values(json!({"part": "redacted", "types": names}));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Redacted {
        types,
        count,
        text: masked,
    })
}
