//! Changing a document: its editable fields, soft deletion and restore, and
//! another processing run. Each is one transaction with its audit row.

use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;

use super::quota::{self, Quota};
use super::status::{self, Transition};
use super::store::{self, Document, Edit};
use super::{Error, Result, fields, holds};
use crate::audit::Actor;
use crate::queue;

/// A PATCH: absent fields stay; `Some(None)` clears a clearable one.
#[derive(Debug, Clone, Default)]
pub struct Patch {
    pub title: Option<String>,
    pub description: Option<Option<String>>,
    /// Replaces the whole object.
    pub metadata: Option<Value>,
    pub external_id: Option<Option<String>>,
}

/// Applies `patch`; audited with the fields that changed (nothing is
/// written when nothing changes).
pub async fn edit(pool: &PgPool, actor: &Actor, id: Uuid, patch: Patch) -> Result<Document> {
    let mut tx = pool.begin().await?;
    let before = store::owned(&mut tx, actor.user_id, id, false).await?;
    let edit = Edit {
        title: patch
            .title
            .as_deref()
            .map(fields::title)
            .transpose()?
            .unwrap_or_else(|| before.title.clone()),
        description: match patch.description {
            Some(d) => fields::description(d)?,
            None => before.description.clone(),
        },
        metadata: match patch.metadata {
            Some(m) => fields::metadata(Some(m))?,
            None => before.metadata.clone().unwrap_or_else(|| json!({})),
        },
        external_id: match patch.external_id {
            Some(e) => fields::external_id(e)?,
            None => before.external_id.clone(),
        },
    };
    let unchanged = edit.title == before.title
        && edit.description == before.description
        && Some(&edit.metadata) == before.metadata.as_ref()
        && edit.external_id == before.external_id;
    if unchanged {
        return Ok(before);
    }
    let after = store::update(&mut tx, actor.user_id, id, &edit).await?;
    let entry = actor
        .entry("update", "document", Some(id))
        .changes(&before.editable(), &after.editable());
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(after)
}

/// Soft delete: hidden at once, purged after the retention period; refused
/// (409) while a legal hold names the document.
pub async fn delete(pool: &PgPool, actor: &Actor, id: Uuid) -> Result<()> {
    let mut tx = pool.begin().await?;
    store::owned(&mut tx, actor.user_id, id, false).await?;
    store::lock(&mut tx, actor.user_id, id).await?;
    holds::refuse_if_held(&mut tx, id, "deleted").await?;
    store::set_deleted(&mut tx, actor.user_id, id, true).await?;
    actor
        .record(&mut tx, actor.entry("delete", "document", Some(id)))
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Undoes a soft delete (before the purge). A run skipped while the
/// document was deleted is queued again, so a restored document never sits
/// in `pending` with nothing to move it.
pub async fn restore(
    pool: &PgPool,
    actor: &Actor,
    id: Uuid,
    max_attempts: u32,
) -> Result<Document> {
    let mut tx = pool.begin().await?;
    let deleted = store::owned(&mut tx, actor.user_id, id, true).await?;
    let doc = store::set_deleted(&mut tx, actor.user_id, id, false).await?;
    if !deleted.status().is_final() && !queue::active(&mut tx, id).await? {
        queue::enqueue(&mut tx, actor.user_id, id, max_attempts).await?;
    }
    actor
        .record(&mut tx, actor.entry("restore", "document", Some(id)))
        .await?;
    tx.commit().await?;
    Ok(doc)
}

/// Queues another processing run: `Conflict` while one is queued or
/// running, or while a legal hold names the document (a run could turn it
/// into other content).
pub async fn reprocess(
    pool: &PgPool,
    actor: &Actor,
    id: Uuid,
    quota: Quota,
    max_attempts: u32,
) -> Result<Document> {
    let mut tx = pool.begin().await?;
    store::owned(&mut tx, actor.user_id, id, false).await?;
    store::lock(&mut tx, actor.user_id, id).await?;
    holds::refuse_if_held(&mut tx, id, "reprocessed").await?;
    quota::admit_reprocess(&mut tx, actor.user_id, quota).await?;
    if queue::active(&mut tx, id).await? {
        return Err(Error::Conflict(
            "this document is already queued or processing".into(),
        ));
    }
    let doc = status::transition(&mut tx, actor.user_id, id, Transition::Reprocess)
        .await?
        .ok_or_else(Error::no_such_document)?;
    queue::enqueue(&mut tx, actor.user_id, id, max_attempts).await?;
    actor
        .record(&mut tx, actor.entry("reprocess", "document", Some(id)))
        .await?;
    tx.commit().await?;
    Ok(doc)
}
