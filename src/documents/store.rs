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
    /// The latest analysis's personal-data risk: `none` … `high`.
    pub pii_risk: Option<String>,
    pub created_at: Option<NaiveDateTime>,
    pub updated_at: Option<NaiveDateTime>,
    pub deleted_at: Option<NaiveDateTime>,
}

pub(super) const COLUMNS: &str = "id, user_id, title, description, file_type, file_size_bytes, \
    processing_status, processing_error, processing_started_at, processing_completed_at, source, \
    external_id, metadata, language_code, pii_risk, created_at, updated_at, deleted_at";

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

/// One live document with its content and its stored original, as one
/// statement (one snapshot, one round trip: the audited read of a document
/// is the service's commonest request).
#[derive(sqlx::FromRow)]
pub(super) struct WithFile {
    #[sqlx(flatten)]
    pub document: Document,
    pub content: Option<String>,
    f_id: Option<Uuid>,
    f_file_name: Option<String>,
    f_content_type: Option<String>,
    f_size_bytes: Option<i64>,
    f_sha256: Option<String>,
    f_chunk_count: Option<i32>,
}

impl WithFile {
    /// The stored original, when the document has one.
    pub fn file(&self) -> Option<super::files::StoredFile> {
        Some(super::files::StoredFile {
            id: self.f_id?,
            file_name: self.f_file_name.clone(),
            content_type: self.f_content_type.clone(),
            size_bytes: self.f_size_bytes?,
            sha256: self.f_sha256.clone(),
            chunk_count: self.f_chunk_count?,
        })
    }
}

/// `user_id`'s live document `id` with its content and latest stored
/// original (see [`super::files::of_document`]), or `NotFound`.
pub(super) async fn owned_with_file<'c, E>(conn: E, user_id: Uuid, id: Uuid) -> Result<WithFile>
where
    E: sqlx::PgExecutor<'c>,
{
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "select {COLUMNS}, content, f_id, f_file_name, f_content_type, f_size_bytes, f_sha256,
                    f_chunk_count
             from documents left join lateral (
                 select id as f_id, file_name as f_file_name, content_type as f_content_type,
                        size_bytes as f_size_bytes, sha256 as f_sha256, chunk_count as f_chunk_count
                 from document_files
                 where document_id = documents.id and state = 'stored'
                 order by created_at desc limit 1) f on true
             where documents.id = $1 and documents.user_id = $2 and documents.deleted_at is null"
        )
    });
    let row: Option<WithFile> = sqlx::query_as(sqlx::AssertSqlSafe(SQL.as_str()))
        .bind(id)
        .bind(user_id)
        .fetch_optional(conn)
        .await?;
    row.ok_or_else(Error::no_such_document)
}

/// Document `id` of account `user_id`, deleted or not.
pub(super) async fn owned_any(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<Document> {
    let row: Option<Document> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from documents where id = $1 and user_id = $2"
    )))
    .bind(id)
    .bind(user_id)
    .fetch_optional(conn)
    .await?;
    row.ok_or_else(Error::no_such_document)
}

/// Locks the document's row until the transaction ends, so two requests
/// deciding on its processing take turns.
pub(super) async fn lock(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<(), sqlx::Error> {
    sqlx::query("select id from documents where id = $1 and user_id = $2 for update")
        .bind(id)
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub(super) async fn content(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("select content from documents where id = $1 and user_id = $2")
        .bind(id)
        .bind(user_id)
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
    user_id: Uuid,
    id: Uuid,
    e: &Edit,
) -> Result<Document, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update documents set title = $2, description = $3, metadata = $4, external_id = $5
         where id = $1 and user_id = $6 returning {COLUMNS}"
    )))
    .bind(id)
    .bind(&e.title)
    .bind(&e.description)
    .bind(&e.metadata)
    .bind(&e.external_id)
    .bind(user_id)
    .fetch_one(conn)
    .await
}

/// Sets or clears `deleted_at`.
pub(super) async fn set_deleted(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
    deleted: bool,
) -> Result<Document, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update documents set deleted_at = case when $2 then now() at time zone 'utc' end
         where id = $1 and user_id = $3 returning {COLUMNS}"
    )))
    .bind(id)
    .bind(deleted)
    .bind(user_id)
    .fetch_one(conn)
    .await
}

/// How a browsed list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Newest,
    Oldest,
    Title,
    /// Highest personal-data risk first.
    Risk,
    Status,
}

impl Sort {
    pub const ALL: [Self; 5] = [
        Self::Newest,
        Self::Oldest,
        Self::Title,
        Self::Risk,
        Self::Status,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Oldest => "oldest",
            Self::Title => "title",
            Self::Risk => "risk",
            Self::Status => "status",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    fn order_by(self) -> &'static str {
        match self {
            Self::Newest => "created_at desc, id desc",
            Self::Oldest => "created_at asc, id asc",
            Self::Title => "lower(title) asc, id asc",
            // As `idx_documents_user_risk_rank` (migration 0010) orders.
            Self::Risk => {
                "(case pii_risk when 'high' then 4 when 'medium' then 3 when 'low' then 2
                       when 'none' then 1 else 0 end) desc, created_at desc, id desc"
            }
            Self::Status => "processing_status asc, created_at desc, id desc",
        }
    }
}

/// A page of a browsed list: filters, order, position.
#[derive(Debug, Clone, Default)]
pub struct Browse {
    pub status: Option<ProcessingStatus>,
    pub file_type: Option<String>,
    pub language: Option<String>,
    pub risk: Option<String>,
    pub created_after: Option<NaiveDateTime>,
    pub created_before: Option<NaiveDateTime>,
    /// The deleted documents (still restorable) instead of the live ones.
    pub deleted: bool,
    pub sort: Sort,
    pub offset: i64,
    pub limit: i64,
}

const BROWSE_FILTERS: &str = "user_id = $1
           and ($2::text is null or processing_status = $2)
           and ($3::text is null or file_type = $3)
           and ($4::text is null or language_code = $4)
           and ($5::text is null or pii_risk = $5)
           and ($6::timestamp is null or created_at >= $6)
           and ($7::timestamp is null or created_at < $7)";

/// One page of the account's documents as `b` asks, and how many match.
pub(super) async fn browse(
    conn: &mut PgConnection,
    user_id: Uuid,
    b: &Browse,
) -> Result<(Vec<Document>, i64), sqlx::Error> {
    // Written out rather than bound, so the planner sees which partial
    // index applies.
    let live = if b.deleted {
        "deleted_at is not null"
    } else {
        "deleted_at is null"
    };
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from documents where {BROWSE_FILTERS} and {live}
         order by {} limit $8 offset $9",
        b.sort.order_by()
    )))
    .bind(user_id)
    .bind(b.status)
    .bind(b.file_type.as_deref())
    .bind(b.language.as_deref())
    .bind(b.risk.as_deref())
    .bind(b.created_after)
    .bind(b.created_before)
    .bind(b.limit)
    .bind(b.offset)
    .fetch_all(&mut *conn)
    .await?;
    let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select count(*) from documents where {BROWSE_FILTERS} and {live}"
    )))
    .bind(user_id)
    .bind(b.status)
    .bind(b.file_type.as_deref())
    .bind(b.language.as_deref())
    .bind(b.risk.as_deref())
    .bind(b.created_after)
    .bind(b.created_before)
    .fetch_one(conn)
    .await?;
    Ok((rows, total))
}

/// The account's live documents of the highest personal-data risk
/// (`high`, then `medium`), newest first within a level: each level read in
/// index order, so an account of many risky documents costs no sort.
pub(super) async fn riskiest(
    conn: &mut PgConnection,
    user_id: Uuid,
    limit: i64,
) -> Result<Vec<Document>, sqlx::Error> {
    let mut out: Vec<Document> = Vec::new();
    for level in ["high", "medium"] {
        let left = limit - out.len() as i64;
        if left <= 0 {
            break;
        }
        let rows: Vec<Document> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "select {COLUMNS} from documents
             where user_id = $1 and deleted_at is null and pii_risk = $2
             order by created_at desc limit $3"
        )))
        .bind(user_id)
        .bind(level)
        .bind(left)
        .fetch_all(&mut *conn)
        .await?;
        out.extend(rows);
    }
    Ok(out)
}

/// The account's live documents that failed most recently.
pub(super) async fn recent_failures(
    conn: &mut PgConnection,
    user_id: Uuid,
    limit: i64,
) -> Result<Vec<Document>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from documents
         where user_id = $1 and deleted_at is null and processing_status = $2
         order by processing_completed_at desc nulls last, id desc limit $3"
    )))
    .bind(user_id)
    .bind(ProcessingStatus::Failed)
    .bind(limit)
    .fetch_all(conn)
    .await
}
