//! The `documents` row and the statements on it that the operations share:
//! insert, look up one of an account's documents, list, edit, soft delete,
//! and lock. Lists never select `content` (it is TOASTed and can be large).

use chrono::NaiveDateTime;
use serde_json::{Map, Value, json};
use sqlx::PgConnection;
use uuid::Uuid;

use super::{Error, ProcessingStatus, Result};

/// A document without its content.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Document {
    pub id: Uuid,
    pub user_id: Uuid,
    pub title: String,
    pub description: Option<String>,
    pub file_type: Option<String>,
    pub file_size_bytes: Option<i32>,
    pub processing_status: Option<ProcessingStatus>,
    pub processing_error: Option<String>,
    pub processing_started_at: Option<NaiveDateTime>,
    pub processing_completed_at: Option<NaiveDateTime>,
    pub source: Option<String>,
    pub external_id: Option<String>,
    pub metadata: Option<Value>,
    pub language_code: Option<String>,
    pub created_at: Option<NaiveDateTime>,
    pub updated_at: Option<NaiveDateTime>,
    pub deleted_at: Option<NaiveDateTime>,
}

pub(super) const COLUMNS: &str = "id, user_id, title, description, file_type, file_size_bytes, \
    processing_status, processing_error, processing_started_at, processing_completed_at, source, \
    external_id, metadata, language_code, created_at, updated_at, deleted_at";

impl Document {
    /// The status; a row written before the column had its default counts
    /// as `pending`.
    pub fn status(&self) -> ProcessingStatus {
        self.processing_status.unwrap_or(ProcessingStatus::Pending)
    }

    /// The fields a PATCH can change, for audit diffs.
    pub fn editable(&self) -> Map<String, Value> {
        match json!({
            "title": self.title,
            "description": self.description,
            "metadata": self.metadata,
            "external_id": self.external_id,
        }) {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }
}

/// A new document's fields.
pub(super) struct NewDocument<'a> {
    pub user_id: Uuid,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub file_type: Option<&'a str>,
    pub file_size_bytes: Option<i32>,
    pub source: &'a str,
    pub external_id: Option<&'a str>,
    pub metadata: &'a Value,
}

pub(super) async fn insert(
    conn: &mut PgConnection,
    new: NewDocument<'_>,
) -> Result<Document, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into documents (user_id, title, description, file_type, file_size_bytes, source,
                                external_id, metadata, processing_status)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning {COLUMNS}"
    )))
    .bind(new.user_id)
    .bind(new.title)
    .bind(new.description)
    .bind(new.file_type)
    .bind(new.file_size_bytes)
    .bind(new.source)
    .bind(new.external_id)
    .bind(new.metadata)
    .bind(ProcessingStatus::Pending)
    .fetch_one(conn)
    .await
}

/// `user_id`'s document `id`, deleted or not (`deleted` decides), or
/// `NotFound`.
pub(super) async fn owned(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
    deleted: bool,
) -> Result<Document> {
    let row: Option<Document> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from documents where id = $1 and user_id = $2
         and (deleted_at is not null) = $3"
    )))
    .bind(id)
    .bind(user_id)
    .bind(deleted)
    .fetch_optional(conn)
    .await?;
    row.ok_or_else(Error::no_such_document)
}

/// Locks the document's row until the transaction ends, so two requests
/// deciding on its processing take turns.
pub(super) async fn lock(conn: &mut PgConnection, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("select id from documents where id = $1 for update")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub(super) async fn content(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("select content from documents where id = $1")
        .bind(id)
        .fetch_one(conn)
        .await
}

/// Filters and position of a list.
#[derive(Debug, Default, Clone)]
pub struct ListFilter {
    pub status: Option<ProcessingStatus>,
    pub file_type: Option<String>,
    pub created_after: Option<NaiveDateTime>,
    pub created_before: Option<NaiveDateTime>,
    /// Keyset: documents strictly older than this (created_at, id).
    pub before: Option<(NaiveDateTime, Uuid)>,
    pub limit: i64,
}

/// The account's live documents, newest first.
pub(super) async fn list(
    conn: &mut PgConnection,
    user_id: Uuid,
    f: &ListFilter,
) -> Result<Vec<Document>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from documents
         where user_id = $1 and deleted_at is null
           and ($2::text is null or processing_status = $2)
           and ($3::text is null or file_type = $3)
           and ($4::timestamp is null or created_at >= $4)
           and ($5::timestamp is null or created_at < $5)
           and ($6::timestamp is null or (created_at, id) < ($6, $7))
         order by created_at desc, id desc
         limit $8"
    )))
    .bind(user_id)
    .bind(f.status)
    .bind(f.file_type.as_deref())
    .bind(f.created_after)
    .bind(f.created_before)
    .bind(f.before.map(|b| b.0))
    .bind(f.before.map(|b| b.1))
    .bind(f.limit)
    .fetch_all(conn)
    .await
}

/// The editable fields after a PATCH.
pub(super) struct Edit {
    pub title: String,
    pub description: Option<String>,
    pub metadata: Value,
    pub external_id: Option<String>,
}

pub(super) async fn update(
    conn: &mut PgConnection,
    id: Uuid,
    e: &Edit,
) -> Result<Document, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update documents set title = $2, description = $3, metadata = $4, external_id = $5
         where id = $1 returning {COLUMNS}"
    )))
    .bind(id)
    .bind(&e.title)
    .bind(&e.description)
    .bind(&e.metadata)
    .bind(&e.external_id)
    .fetch_one(conn)
    .await
}

/// Sets or clears `deleted_at`.
pub(super) async fn set_deleted(
    conn: &mut PgConnection,
    id: Uuid,
    deleted: bool,
) -> Result<Document, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update documents set deleted_at = case when $2 then now() at time zone 'utc' end
         where id = $1 returning {COLUMNS}"
    )))
    .bind(id)
    .bind(deleted)
    .fetch_one(conn)
    .await
}
