//! Documents over HTTP: create (JSON or a streamed multipart upload), list,
//! read, change, delete and restore, the original file, the latest results,
//! reprocessing, and a live stream of status changes. The wire types live
//! here; each concern's handlers in a file of their own.

mod change;
mod create;
mod events;
pub(crate) mod read;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::documents::archive::Unpacked;
use crate::documents::results::ResultRow;
use crate::documents::{Document, ProcessingStatus};
use crate::http::AppState;
use crate::http::extract::double_option;
use crate::http::pagination::utc;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create::create, read::list))
        .routes(routes!(read::get_one, change::patch, change::delete))
        .routes(routes!(change::restore))
        .routes(routes!(read::file))
        .routes(routes!(read::results))
        .routes(routes!(change::reprocess))
        .routes(routes!(events::events))
}

/// A document as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentOut {
    pub id: Uuid,
    pub title: String,
    pub description: Option<String>,
    /// Present on a single document, absent from lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    pub file_type: Option<String>,
    pub file_size_bytes: Option<i64>,
    /// SHA-256 of the original, for uploads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// `pending`, `processing`, `completed` or `failed`.
    pub processing_status: ProcessingStatus,
    pub processing_error: Option<String>,
    pub processing_started_at: Option<DateTime<Utc>>,
    pub processing_completed_at: Option<DateTime<Utc>>,
    /// `api` or `upload`.
    pub source: Option<String>,
    pub external_id: Option<String>,
    pub metadata: Value,
    pub language_code: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    pub updated_at: Option<DateTime<Utc>>,
    /// On creation, when duplicates are allowed: an earlier live document
    /// of yours with the identical file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<Uuid>,
    /// On creation: `true` when this is your earlier document holding the
    /// identical file, answered instead of a new one (status 200).
    pub duplicate: bool,
}

/// A ZIP archive as unpacked: the documents made of it, and the files
/// passed over.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnpackedOut {
    /// The archive's file name.
    pub archive: String,
    /// One per file read here, each with `archive` and `archive_path` in
    /// its metadata.
    pub documents: Vec<DocumentOut>,
    pub skipped: Vec<SkippedOut>,
}

/// A file of an archive that became no document.
#[derive(Debug, Serialize, ToSchema)]
pub struct SkippedOut {
    /// Its path in the archive.
    pub path: String,
    /// `unsupported_type`, `empty`, `too_large`, `duplicate` or `unreadable`.
    pub reason: &'static str,
    pub message: String,
    /// For a duplicate of a document you hold: that document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<Uuid>,
}

/// What `POST /v1/documents` accepted: one document, or a ZIP archive's.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum CreatedOut {
    Document(Box<DocumentOut>),
    Archive(UnpackedOut),
}

impl From<&Unpacked> for UnpackedOut {
    fn from(u: &Unpacked) -> Self {
        Self {
            archive: u.archive.clone(),
            documents: u
                .documents
                .iter()
                .map(|d| {
                    let mut out = DocumentOut::from(d.document.clone());
                    out.processing_status = ProcessingStatus::Pending;
                    out.file_size_bytes = i64::try_from(d.size).ok();
                    out.sha256 = Some(d.sha256.clone());
                    out.duplicate_of = d.duplicate_of;
                    out
                })
                .collect(),
            skipped: u
                .skipped
                .iter()
                .map(|s| SkippedOut {
                    path: s.path.clone(),
                    reason: s.reason.as_str(),
                    message: s.message.clone(),
                    duplicate_of: s.duplicate_of,
                })
                .collect(),
        }
    }
}

impl From<Document> for DocumentOut {
    fn from(d: Document) -> Self {
        Self {
            processing_status: d.status(),
            id: d.id,
            title: d.title,
            description: d.description,
            content: None,
            file_type: d.file_type,
            file_size_bytes: d.file_size_bytes.map(i64::from),
            sha256: None,
            processing_error: d.processing_error,
            processing_started_at: d.processing_started_at.map(utc),
            processing_completed_at: d.processing_completed_at.map(utc),
            source: d.source,
            external_id: d.external_id,
            metadata: d.metadata.unwrap_or_else(|| json!({})),
            language_code: d.language_code,
            created_at: d.created_at.map(utc),
            updated_at: d.updated_at.map(utc),
            duplicate_of: None,
            duplicate: false,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentIn {
    /// Not only white space; at most 500 characters once trimmed.
    #[schema(
        min_length = 1,
        max_length = 500,
        pattern = r"^[^\u0000]*\S[^\u0000]*$"
    )]
    pub title: String,
    /// The text; not only white space, without NUL.
    #[schema(min_length = 1, pattern = r"^[^\u0000]*\S[^\u0000]*$")]
    pub content: String,
    /// At most 10,000 characters, without NUL.
    #[schema(max_length = 10000, pattern = r"^[^\u0000]*$")]
    pub description: Option<String>,
    /// A JSON object of your own fields (at most 64 KiB, nested at most 16
    /// deep).
    #[schema(value_type = Option<Object>)]
    pub metadata: Option<Value>,
    /// At most 500 characters, without NUL.
    #[schema(max_length = 500, pattern = r"^[^\u0000]*$")]
    pub external_id: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentPatch {
    /// Not only white space; at most 500 characters once trimmed.
    #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
    pub title: Option<String>,
    /// `null` clears it. At most 10,000 characters.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>, max_length = 10000)]
    pub description: Option<Option<String>>,
    /// Replaces the whole object (at most 64 KiB, nested at most 16 deep).
    #[schema(value_type = Option<Object>)]
    pub metadata: Option<Value>,
    /// `null` clears it. At most 500 characters.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>, max_length = 500)]
    pub external_id: Option<Option<String>>,
}

/// One processing run's results.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultOut {
    pub id: Uuid,
    pub document_id: Uuid,
    pub extracted_text: Option<String>,
    pub extracted_metadata: Option<Value>,
    pub extracted_entities: Option<Value>,
    /// `[{"source": "table 1", "rows": [[...]]}]`
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
    pub created_at: Option<DateTime<Utc>>,
}

impl From<ResultRow> for ResultOut {
    fn from(r: ResultRow) -> Self {
        Self {
            id: r.id,
            document_id: r.document_id,
            extracted_text: r.extracted_text,
            extracted_metadata: r.extracted_metadata,
            extracted_entities: r.extracted_entities,
            extracted_tables: r.extracted_tables,
            extracted_images: r.extracted_images,
            analysis_results: r.analysis_results,
            sentiment_score: r.sentiment_score,
            language_detected: r.language_detected,
            processing_time_ms: r.processing_time_ms,
            token_count: r.token_count,
            model_version: r.model_version,
            confidence_score: r.confidence_score,
            quality_notes: r.quality_notes,
            created_at: r.created_at.map(utc),
        }
    }
}
