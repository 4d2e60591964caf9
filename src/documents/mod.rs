//! Documents: rows, the caller's list, changes, soft deletion and restore,
//! results, and storing extracted text where search can reach it.

pub mod files;
pub mod pii_lists;
pub mod retention;

use chrono::NaiveDateTime;
use serde_json::{Map, Value, json};
use sqlx::{PgConnection, Postgres, Transaction};
use uuid::Uuid;

use crate::error::ApiError;

/// The processing states of the seed, in order.
pub const STATUSES: [&str; 4] = ["pending", "processing", "completed", "failed"];

/// A document without its content (lists never select it: it is TOASTed).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Document {
    pub id: Uuid,
    pub user_id: Uuid,
    pub title: String,
    pub description: Option<String>,
    pub file_type: Option<String>,
    pub file_size_bytes: Option<i32>,
    pub processing_status: Option<String>,
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

pub const COLUMNS: &str = "id, user_id, title, description, file_type, file_size_bytes, \
    processing_status, processing_error, processing_started_at, processing_completed_at, source, \
    external_id, metadata, language_code, created_at, updated_at, deleted_at";

impl Document {
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
pub struct NewDocument<'a> {
    pub user_id: Uuid,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub file_type: Option<&'a str>,
    pub file_size_bytes: Option<i32>,
    pub source: &'a str,
    pub external_id: Option<&'a str>,
    pub metadata: &'a Value,
}

pub async fn insert(
    conn: &mut PgConnection,
    new: NewDocument<'_>,
) -> Result<Document, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into documents (user_id, title, description, file_type, file_size_bytes, source,
                                external_id, metadata, processing_status)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 'pending') returning {COLUMNS}"
    )))
    .bind(new.user_id)
    .bind(new.title)
    .bind(new.description)
    .bind(new.file_type)
    .bind(new.file_size_bytes)
    .bind(new.source)
    .bind(new.external_id)
    .bind(new.metadata)
    .fetch_one(conn)
    .await
}

/// `user_id`'s document `id`, deleted or not (`deleted` decides), or 404.
pub async fn owned(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
    deleted: bool,
) -> Result<Document, ApiError> {
    let row: Option<Document> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from documents where id = $1 and user_id = $2
         and (deleted_at is not null) = $3"
    )))
    .bind(id)
    .bind(user_id)
    .bind(deleted)
    .fetch_optional(conn)
    .await?;
    row.ok_or_else(|| ApiError::NotFound("no such document".into()))
}

pub async fn content(conn: &mut PgConnection, id: Uuid) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("select content from documents where id = $1")
        .bind(id)
        .fetch_one(conn)
        .await
}

/// Filters and position of a list.
#[derive(Debug, Default)]
pub struct ListFilter {
    pub status: Option<String>,
    pub file_type: Option<String>,
    pub created_after: Option<NaiveDateTime>,
    pub created_before: Option<NaiveDateTime>,
    pub before: Option<(NaiveDateTime, Uuid)>,
    pub limit: i64,
}

/// The caller's live documents, newest first.
pub async fn list(
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
    .bind(f.status.as_deref())
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
pub struct Edit {
    pub title: String,
    pub description: Option<String>,
    pub metadata: Value,
    pub external_id: Option<String>,
}

pub async fn update(conn: &mut PgConnection, id: Uuid, e: &Edit) -> Result<Document, sqlx::Error> {
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
pub async fn set_deleted(
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

/// PostgreSQL's "string is too long for tsvector" (program_limit_exceeded).
const TSVECTOR_TOO_LONG: &str = "54000";

/// Stores `text` as the document's content, which the generated
/// `search_vector` indexes. A text whose distinct words overflow a tsvector
/// (1 MB) is cut, halving until it fits; the full text stays in
/// `processing_results.extracted_text`. Returns a note when it was cut.
pub async fn set_content(
    tx: &mut Transaction<'_, Postgres>,
    id: Uuid,
    text: &str,
) -> Result<Option<String>, sqlx::Error> {
    let mut len = text.len();
    loop {
        let mut cut = len;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut savepoint = sqlx::Connection::begin(&mut **tx).await?;
        let result = sqlx::query("update documents set content = $2 where id = $1")
            .bind(id)
            .bind(&text[..cut])
            .execute(&mut *savepoint)
            .await;
        match result {
            Ok(_) => {
                savepoint.commit().await?;
                return Ok((cut < text.len()).then(|| {
                    format!(
                        "searchable content cut to {cut} of {} bytes: its words overflow PostgreSQL's 1 MB tsvector",
                        text.len()
                    )
                }));
            }
            Err(sqlx::Error::Database(e))
                if e.code().as_deref() == Some(TSVECTOR_TOO_LONG) && cut > 1024 =>
            {
                savepoint.rollback().await?;
                len = cut / 2;
            }
            Err(e) => return Err(e),
        }
    }
}

/// One run's results, as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ResultRow {
    pub id: Uuid,
    pub document_id: Uuid,
    pub extracted_text: Option<String>,
    pub extracted_metadata: Option<Value>,
    pub extracted_entities: Option<Value>,
    pub extracted_tables: Option<Value>,
    pub extracted_images: Option<Value>,
    pub analysis_results: Option<Value>,
    pub sentiment_score: Option<f64>,
    pub language_detected: Option<String>,
    pub processing_time_ms: Option<i32>,
    pub token_count: Option<i32>,
    pub model_version: Option<String>,
    pub confidence_score: Option<f64>,
    pub quality_notes: Option<String>,
    pub created_at: Option<NaiveDateTime>,
}

/// The latest processing result of a document.
pub async fn latest_result(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<ResultRow>, sqlx::Error> {
    sqlx::query_as(
        "select id, document_id, extracted_text, extracted_metadata, extracted_entities,
                extracted_tables, extracted_images, analysis_results,
                sentiment_score::float8 as sentiment_score, language_detected, processing_time_ms,
                token_count, model_version, confidence_score::float8 as confidence_score,
                quality_notes, created_at
         from processing_results where document_id = $1
         order by created_at desc, id desc limit 1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await
}
