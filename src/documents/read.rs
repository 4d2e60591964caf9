//! Reading documents: one with its content, the list, the original file,
//! the latest results; each read audited, its row committed (with other
//! reads' rows, see `audit::group`) before the read is answered.
//! The live status for event streams is read unaudited (it carries only
//! the status).

use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::files::{self, StoredFile};
use super::results::{self, ResultRow};
use super::store::{self, Browse, Document, ListFilter};
use super::{Error, Result, StatusEvent, content};
use crate::audit::Actor;
use crate::audit::group::Writer;
use crate::db::replica::Route;

/// One document with what is shown alongside it.
#[derive(Debug, Clone)]
pub struct Full {
    pub document: Document,
    pub content: String,
    /// The stored original, for uploads.
    pub file: Option<StoredFile>,
}

/// One of the actor's live documents, with its content and original.
pub async fn one(pool: &PgPool, audit: &Writer, actor: &Actor, id: Uuid) -> Result<Full> {
    // One statement: no transaction to open and commit around it.
    let row = store::owned_with_file(pool, actor.user_id, id).await?;
    audit
        .record(&actor.context, actor.entry("read", "document", Some(id)))
        .await?;
    let file = row.file();
    Ok(Full {
        document: row.document,
        content: row.content.unwrap_or_default(),
        file,
    })
}

/// The actor's live documents, newest first: `filter.limit` of them at
/// most. Audited as a `list` with the filters and how many rows were shown
/// (`shown`, the page size: one more row may be fetched to tell whether
/// another page follows).
pub async fn list(
    route: &Route,
    audit: &Writer,
    actor: &Actor,
    filter: &ListFilter,
    shown: usize,
) -> Result<Vec<Document>> {
    // On the replica when `route` says so; the audit row, on the primary.
    let rows = route
        .run(|pool| async move {
            let mut conn = pool.acquire().await?;
            store::list(&mut conn, actor.user_id, filter).await
        })
        .await?;
    let entry = actor.entry("list", "document", None).new_values(json!({
        "status": filter.status, "file_type": filter.file_type, "returned": rows.len().min(shown),
    }));
    audit.record(&actor.context, entry).await?;
    Ok(rows)
}

/// The stored original of one of the actor's live documents; `NotFound`
/// for a document created from JSON. Audited as a read of the file (the
/// bytes are streamed by the caller with [`files::stream`]).
pub async fn file(pool: &PgPool, audit: &Writer, actor: &Actor, id: Uuid) -> Result<StoredFile> {
    let mut tx = pool.begin().await?;
    let doc = store::owned(&mut tx, actor.user_id, id, false).await?;
    let stored = files::of_document(&mut tx, id).await?.ok_or_else(|| {
        Error::NotFound(if doc.source.as_deref() != Some("api") {
            "this document's original file was removed by an erasure; its redacted text remains"
                .into()
        } else {
            "this document was created from JSON and has no original file".into()
        })
    })?;
    let entry = actor
        .entry("read", "document", Some(id))
        .new_values(json!({"part": "file"}));
    tx.commit().await?;
    audit.record(&actor.context, entry).await?;
    Ok(stored)
}

/// The latest processing result; `NotFound` before the first run ends.
pub async fn results(pool: &PgPool, audit: &Writer, actor: &Actor, id: Uuid) -> Result<ResultRow> {
    let mut tx = pool.begin().await?;
    store::owned(&mut tx, actor.user_id, id, false).await?;
    let row = results::latest(&mut tx, actor.user_id, id)
        .await?
        .ok_or_else(|| Error::NotFound("this document has no results yet".into()))?;
    let entry = actor
        .entry("read", "document", Some(id))
        .new_values(json!({"part": "results"}));
    tx.commit().await?;
    audit.record(&actor.context, entry).await?;
    Ok(row)
}

/// The live document's current status, unaudited; `NotFound` when it is
/// gone (deleted, purged, or never the account's).
pub async fn status(pool: &PgPool, user_id: Uuid, id: Uuid) -> Result<StatusEvent> {
    let mut conn = pool.acquire().await?;
    let doc = store::owned(&mut conn, user_id, id, false).await?;
    Ok(StatusEvent {
        id,
        user_id,
        status: doc.status(),
        error: doc.processing_error,
    })
}

/// A page of the actor's documents as the web list shows them, and how
/// many match; audited as a `list` with its filters.
pub async fn browse(
    pool: &PgPool,
    audit: &Writer,
    actor: &Actor,
    b: &Browse,
) -> Result<(Vec<Document>, i64)> {
    let mut tx = pool.begin().await?;
    let (rows, total) = store::browse(&mut tx, actor.user_id, b).await?;
    let entry = actor.entry("list", "document", None).new_values(json!({
        "status": b.status, "file_type": b.file_type, "language": b.language,
        "pii_risk": b.risk, "deleted": b.deleted, "sort": b.sort.as_str(),
        "returned": rows.len(),
    }));
    tx.commit().await?;
    audit.record(&actor.context, entry).await?;
    Ok((rows, total))
}

/// Everything a document's page shows: the document (live, or deleted and
/// still restorable), its content, original and latest result. Audited as
/// one read.
#[derive(Debug, Clone)]
pub struct Page {
    pub document: Document,
    pub content: String,
    pub file: Option<StoredFile>,
    pub result: Option<ResultRow>,
}

pub async fn page(pool: &PgPool, audit: &Writer, actor: &Actor, id: Uuid) -> Result<Page> {
    let mut tx = pool.begin().await?;
    let document = match store::owned(&mut tx, actor.user_id, id, false).await {
        Err(Error::NotFound(_)) => store::owned(&mut tx, actor.user_id, id, true).await?,
        other => other?,
    };
    let text = content::get(&mut tx, actor.user_id, id).await?;
    let file = files::of_document(&mut tx, id).await?;
    let result = results::latest(&mut tx, actor.user_id, id).await?;
    let entry = actor
        .entry("read", "document", Some(id))
        .new_values(json!({"part": "page"}));
    tx.commit().await?;
    audit.record(&actor.context, entry).await?;
    Ok(Page {
        document,
        content: text.unwrap_or_default(),
        file,
        result,
    })
}

/// One of the actor's documents without its content, unaudited (the
/// status row a live list refreshes; it shows nothing the list did not).
pub async fn summary(pool: &PgPool, user_id: Uuid, id: Uuid) -> Result<Document> {
    let mut conn = pool.acquire().await?;
    store::owned(&mut conn, user_id, id, false).await
}
