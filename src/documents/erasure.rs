//! Erasing a person from one document, for `compliance::erasure`: either
//! the whole document at once (original, text, results, jobs, its search
//! entries and words, no soft delete and no restore), or the person's
//! values covered in place: title, description, metadata, content and
//! every result (text, entities, metadata, tables, images, analysis) with
//! the same number of characters of `█`, so every offset stays true, the
//! original removed (its bytes cannot be redacted in general), and the
//! vectors of search by meaning (computed from the uncovered text) removed.
//! A whole document's vectors go with it (`on delete cascade`). A run
//! still queued or under way is stopped first, so it cannot write the
//! values back. The caller checks holds and writes the audit rows.

use serde_json::Value;
use sqlx::PgConnection;
use uuid::Uuid;

use super::status::{self, Transition};
use super::store;
use super::{Error, Result};

/// What covers a person's values.
pub trait Cover {
    /// `text` with every value covered by as many `█` as it has
    /// characters, and how many places were covered.
    fn cover(&self, text: &str) -> (String, usize);
    /// Whether an entity the analyzer found (by its text) is one of the
    /// values, even when the text alone would not say so.
    fn is_theirs(&self, entity_text: &str) -> bool;
}

/// The character covering a value.
pub const COVER: char = '█';

/// What covering one document did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Covered {
    /// Places covered, over every field and result.
    pub places: usize,
    pub original_removed: bool,
    /// A run was queued or under way and was stopped.
    pub run_stopped: bool,
}

/// Locks one of the account's documents (deleted ones too) for an
/// erasure; `NotFound` when it is gone.
pub async fn lock_owned(conn: &mut PgConnection, user_id: Uuid, id: Uuid) -> Result<()> {
    let found: Option<Uuid> =
        sqlx::query_scalar("select id from documents where id = $1 and user_id = $2 for update")
            .bind(id)
            .bind(user_id)
            .fetch_optional(conn)
            .await?;
    found.map(|_| ()).ok_or_else(Error::no_such_document)
}

/// Deletes the document and everything derived from it now. The word-list
/// trigger forgets its words in the same transaction; the hold trigger
/// refuses a held one (check first for a readable answer).
pub async fn delete_now(conn: &mut PgConnection, user_id: Uuid, id: Uuid) -> Result<()> {
    sqlx::query("delete from documents where id = $1 and user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Stops a queued or running run of the document: the job ends as
/// failed (a worker still holding it finds it no longer its own and
/// writes nothing), and a document not yet final fails with `why`.
async fn stop_run(conn: &mut PgConnection, user_id: Uuid, id: Uuid, why: &str) -> Result<bool> {
    let stopped = sqlx::query(
        "update jobs set state = 'failed', last_error = $2, lease_token = null,
                leased_until = null, updated_at = now() at time zone 'utc'
         where document_id = $1 and state in ('queued', 'running')",
    )
    .bind(id)
    .bind(why)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        > 0;
    let doc = store::owned_any(conn, user_id, id).await?;
    if !doc.status().is_final() {
        status::transition(conn, user_id, id, Transition::Fail { error: why }).await?;
        return Ok(true);
    }
    Ok(stopped)
}

/// Covers `value`'s strings (not its keys), counting the places.
fn cover_json(value: &mut Value, by: &(dyn Cover + Sync), places: &mut usize) {
    match value {
        Value::String(s) => {
            let (covered, n) = by.cover(s);
            if n > 0 {
                *s = covered;
                *places += n;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| cover_json(v, by, places)),
        Value::Object(map) => map.values_mut().for_each(|v| cover_json(v, by, places)),
        _ => {}
    }
}

/// Covers characters `start..end` of `text` (entity offsets count chars).
fn cover_chars(text: &str, spans: &[(usize, usize)]) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            if spans.iter().any(|&(s, e)| s <= i && i < e) && !c.is_whitespace() {
                COVER
            } else {
                c
            }
        })
        .collect()
}

/// An analysis's entities with the person's covered; the spans (in chars)
/// of those the text alone might not show (an entity the analyzer
/// joined across a line, say).
fn cover_entities(
    entities: &mut Value,
    by: &(dyn Cover + Sync),
    places: &mut usize,
) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    if let Value::Array(items) = entities {
        for e in items.iter_mut() {
            let theirs = e["text"].as_str().is_some_and(|t| by.is_theirs(t));
            if theirs {
                if let (Some(s), Some(end)) = (e["start"].as_u64(), e["end"].as_u64()) {
                    spans.push((s as usize, end as usize));
                }
                if let Some(t) = e["text"].as_str() {
                    let n = t.chars().count();
                    e["text"] = Value::String(
                        t.chars()
                            .map(|c| if c.is_whitespace() { c } else { COVER })
                            .take(n)
                            .collect(),
                    );
                    *places += 1;
                }
            } else {
                cover_json(e, by, places);
            }
        }
    } else {
        cover_json(entities, by, places);
    }
    spans
}

/// One result row's parts, as stored.
type ResultParts = (
    Uuid,
    Option<String>,
    Option<Value>,
    Option<Value>,
    Option<Value>,
    Option<Value>,
    Option<Value>,
    Option<String>,
);

/// Covers the person's values in document `id` of account `user_id` and
/// every result of it, removes its original, and stops a run in progress
/// (`why` says so).
pub async fn cover(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
    by: &(dyn Cover + Sync),
    why: &str,
) -> Result<Covered> {
    let mut out = Covered {
        run_stopped: stop_run(conn, user_id, id, why).await?,
        ..Covered::default()
    };
    let results: Vec<ResultParts> = sqlx::query_as(
        "select id, extracted_text, extracted_metadata, extracted_entities, extracted_tables,
                extracted_images, analysis_results, quality_notes
         from processing_results where document_id = $1 and user_id = $2
         order by created_at, id",
    )
    .bind(id)
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    // The spans of the person's entities in the latest result's text, which
    // the document's content is (or begins with).
    let mut content_spans = Vec::new();
    for (rid, text, mut meta, mut entities, mut tables, mut images, mut analysis, notes) in results
    {
        let mut spans = Vec::new();
        if let Some(e) = entities.as_mut() {
            spans = cover_entities(e, by, &mut out.places);
        }
        let text = text.map(|t| {
            let (covered, n) = by.cover(&t);
            out.places += n;
            if spans.is_empty() {
                covered
            } else {
                cover_chars(&covered, &spans)
            }
        });
        for part in [&mut meta, &mut tables, &mut images, &mut analysis] {
            if let Some(v) = part.as_mut() {
                cover_json(v, by, &mut out.places);
            }
        }
        let notes = notes.map(|n| {
            let (covered, k) = by.cover(&n);
            out.places += k;
            covered
        });
        sqlx::query(
            "update processing_results set extracted_text = $2, extracted_metadata = $3,
                    extracted_entities = $4, extracted_tables = $5, extracted_images = $6,
                    analysis_results = $7, quality_notes = $8
             where id = $1 and user_id = $9",
        )
        .bind(rid)
        .bind(text)
        .bind(meta)
        .bind(entities)
        .bind(tables)
        .bind(images)
        .bind(analysis)
        .bind(notes)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
        content_spans = spans;
    }
    let (title, description, content, mut metadata, external_id): (
        String,
        Option<String>,
        Option<String>,
        Option<Value>,
        Option<String>,
    ) = sqlx::query_as(
        "select title, description, content, metadata, external_id from documents
         where id = $1 and user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_one(&mut *conn)
    .await?;
    let mut one = |s: &str| {
        let (covered, n) = by.cover(s);
        out.places += n;
        covered
    };
    let title = one(&title);
    let description = description.as_deref().map(&mut one);
    let external_id = external_id.as_deref().map(&mut one);
    let content = content.as_deref().map(|c| {
        let covered = one(c);
        if content_spans.is_empty() {
            covered
        } else {
            cover_chars(&covered, &content_spans)
        }
    });
    if let Some(m) = metadata.as_mut() {
        cover_json(m, by, &mut out.places);
    }
    sqlx::query(
        "update documents set title = $2, description = $3, content = $4, metadata = $5,
                external_id = $6
         where id = $1 and user_id = $7",
    )
    .bind(id)
    .bind(title)
    .bind(description)
    .bind(content)
    .bind(metadata)
    .bind(external_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    out.original_removed =
        sqlx::query("delete from document_files where document_id = $1 and user_id = $2")
            .bind(id)
            .bind(user_id)
            .execute(&mut *conn)
            .await?
            .rows_affected()
            > 0;
    // The vectors for search by meaning were computed from the uncovered
    // text: they go too (a reprocess computes them from the covered one).
    crate::embeddings::store::forget(conn, user_id, id).await?;
    Ok(out)
}
