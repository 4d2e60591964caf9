//! A document with chosen kinds of personal data hidden, from the entities
//! its latest run found: its extracted text with `[TYPE]` placeholders
//! ([`redacted`]), or its original's pages as a PDF of pictures with the
//! entities' texts covered by black boxes ([`redacted_pdf`], drawn in the
//! extraction sandbox: the original is hostile until proven otherwise).

use std::collections::HashSet;

use opencomplai_analyze::{Entity, EntityType};
use opencomplai_extract::FileType;
use serde_json::json;
use sqlx::{PgConnection, PgPool};
use tokio::sync::Semaphore;
use uuid::Uuid;

use super::files;
use super::results;
use super::store;
use super::{Error, Result};
use crate::audit::Actor;
use crate::jobs::pipeline::ENTITIES_COVER;
use crate::sandbox::{Failure, Sandbox};
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
    let (entities, text) = latest_entities(&mut tx, actor.user_id, id).await?;
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

/// The entities and the extracted text of the document's latest result:
/// `NotFound` before its first result, `Conflict` when that result has no
/// entity analysis.
async fn latest_entities(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<(Vec<Entity>, String)> {
    let row = results::latest(conn, user_id, id)
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
    if !covers(row.analysis_results.as_ref(), &text) {
        return Err(Error::Conflict(
            "this document's text is longer than its personal-data analysis covered; \
             reprocess it to redact all of it"
                .into(),
        ));
    }
    Ok((entities, text))
}

/// Whether the entities of a result whose `analysis_results` is `analysis`
/// cover all of `text`: by the coverage it records, or (a result from
/// before it did) by the analysis not having stopped early.
fn covers(analysis: Option<&serde_json::Value>, text: &str) -> bool {
    let Some(a) = analysis else {
        return false;
    };
    match a[ENTITIES_COVER].as_u64() {
        Some(covered) => {
            let covered = usize::try_from(covered).unwrap_or(usize::MAX);
            // Counting stops as soon as the text is known to be longer.
            text.chars().nth(covered).is_none()
        }
        None => a["truncated"].as_bool() == Some(false),
    }
}

/// The sandbox that redacts originals, the OCR languages the extraction
/// read them with, and how many redactions may run at once.
#[derive(Debug)]
pub struct Redactor {
    sandbox: Sandbox,
    ocr_languages: String,
    permits: Semaphore,
}

impl Redactor {
    pub fn new(sandbox: Sandbox, ocr_languages: String, at_once: usize) -> Self {
        Self {
            sandbox,
            ocr_languages,
            permits: Semaphore::new(at_once.max(1)),
        }
    }
}

/// An original redacted as a PDF, and what was done.
#[derive(Debug, Clone)]
pub struct RedactedPdf {
    pub pdf: Vec<u8>,
    pub types: Vec<EntityType>,
    pub pages: u32,
    /// Places covered.
    pub covered: usize,
    /// Entity texts of the chosen types found on no page (OCR that read a
    /// page differently, text drawn in a picture): worth a look.
    pub missed: usize,
}

/// The original of one of the actor's live documents, a PDF or an image,
/// as a PDF of its pages with every text of an entity of `types` that the
/// latest run found covered. `Invalid` for other types of document,
/// `Conflict` when that run has no entity analysis. Audited as a read of
/// the redacted PDF, with the types.
pub async fn redacted_pdf(
    pool: &PgPool,
    actor: &Actor,
    redactor: &Redactor,
    id: Uuid,
    types: Vec<EntityType>,
) -> Result<RedactedPdf> {
    let mut tx = pool.begin().await?;
    let doc = store::owned(&mut tx, actor.user_id, id, false).await?;
    let file_type = doc
        .file_type
        .as_deref()
        .and_then(FileType::parse)
        .filter(|t| t.has_pictures())
        .ok_or_else(|| no_pages(id, doc.file_type.as_deref()))?;
    let stored = files::of_document(&mut tx, id)
        .await?
        .ok_or_else(|| Error::NotFound("this document has no original file".into()))?;
    let (entities, _) = latest_entities(&mut tx, actor.user_id, id).await?;
    let mut seen = HashSet::new();
    let targets: Vec<String> = entities
        .into_iter()
        .filter(|e| types.contains(&e.entity_type))
        .map(|e| e.text)
        .filter(|t| seen.insert(t.clone()))
        .collect();
    let names: Vec<&str> = types.iter().map(|t| t.as_str()).collect();
    let entry = actor
        .entry("read", "document", Some(id))
        .new_values(json!({"part": "redacted.pdf", "types": names}));
    actor.record(&mut tx, entry).await?;
    // No transaction is held across reading the original and drawing it.
    tx.commit().await?;
    let bytes = files::read_all(pool, &stored).await?;
    let _permit = redactor
        .permits
        .acquire()
        .await
        .map_err(|_| Error::Unavailable("the service is stopping".into()))?;
    match redactor
        .sandbox
        .redact(file_type, bytes, &targets, &redactor.ocr_languages)
        .await
    {
        Ok(r) => Ok(RedactedPdf {
            pdf: r.pdf,
            types,
            pages: r.pages,
            covered: r.covered,
            missed: r.missed,
        }),
        Err(Failure::File(why)) => {
            Err(Invalid::new(format!("the original could not be redacted: {why}")).into())
        }
        Err(Failure::System(why)) => {
            tracing::warn!(document_id = %id, error = %why, "a document could not be redacted");
            Err(Error::Unavailable(
                "the document could not be redacted just now; try again".into(),
            ))
        }
    }
}

/// Why a document of `file_type` (none: text sent as JSON) has no redacted
/// PDF.
fn no_pages(id: Uuid, file_type: Option<&str>) -> Invalid {
    let what = file_type.map_or("text sent as JSON".to_owned(), |t| {
        format!("a {} file", t.to_uppercase())
    });
    Invalid::field(
        "id",
        "not_a_pdf_or_image",
        format!(
            "this document is {what}: only PDFs and images are redacted as a PDF; \
             GET /v1/documents/{id}/redacted gives the redacted text"
        ),
    )
}
