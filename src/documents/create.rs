//! Handing in a document: a text given as JSON, or a file uploaded and
//! staged by `files`. Either way the document, its content or file, its
//! processing job and its audit row are committed together: an accepted
//! document is never lost and never unaudited.

use serde_json::{Value, json};
use sqlx::PgPool;

use super::files::{self, Staged};
use super::quota::{self, Quota};
use super::store::{self, Document, NewDocument};
use super::{Result, content, fields};
use crate::audit::Actor;
use crate::queue;
use crate::validation::Invalid;

/// A document given as text.
#[derive(Debug, Clone)]
pub struct Text {
    pub title: String,
    pub content: String,
    pub description: Option<String>,
    pub metadata: Option<Value>,
    pub external_id: Option<String>,
}

/// Creates a document from `input` (source `api`, type `txt`) and queues its
/// processing.
pub async fn text(
    pool: &PgPool,
    actor: &Actor,
    input: Text,
    quota: Quota,
    max_attempts: u32,
) -> Result<Document> {
    let title = fields::title(&input.title)?;
    let description = fields::description(input.description)?;
    let external_id = fields::external_id(input.external_id)?;
    let metadata = fields::metadata(input.metadata)?;
    if input.content.trim().is_empty() {
        return Err(Invalid::field("content", "empty", "content must not be empty").into());
    }
    if input.content.contains('\0') {
        return Err(crate::validation::no_nul("content").into());
    }
    let mut tx = pool.begin().await?;
    quota::admit_document(&mut tx, actor.user_id, quota, input.content.len() as u64).await?;
    let doc = store::insert(
        &mut tx,
        NewDocument {
            user_id: actor.user_id,
            title: &title,
            description: description.as_deref(),
            file_type: Some("txt"),
            file_size_bytes: i32::try_from(input.content.len()).ok(),
            source: "api",
            external_id: external_id.as_deref(),
            metadata: &metadata,
        },
    )
    .await?;
    content::set(&mut tx, doc.id, &input.content).await?;
    queue::enqueue(&mut tx, doc.id, max_attempts).await?;
    let entry = actor
        .entry("create", "document", Some(doc.id))
        .new_values(json!({"title": doc.title, "source": "api", "file_type": "txt"}));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(doc)
}

/// The form fields sent with an uploaded file.
#[derive(Debug, Clone, Default)]
pub struct UploadFields {
    /// Default: the file's name.
    pub title: Option<String>,
    pub file_name: Option<String>,
    pub description: Option<String>,
    pub metadata: Option<Value>,
    /// How the file arrived; an upload unless an importer says otherwise.
    pub origin: Origin,
    /// An importer's key for the file (unique per account and origin for
    /// `consume` and `mail`: migration 0017).
    pub external_id: Option<String>,
}

/// How a file arrived: the document's `source`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Origin {
    #[default]
    Upload,
    /// Taken from the consume folder.
    Consume,
    /// A message (or its attachment) from an mbox or IMAP.
    Mail,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Upload => "upload",
            Self::Consume => "consume",
            Self::Mail => "mail",
        }
    }
}

/// An uploaded document as created.
#[derive(Debug, Clone)]
pub struct Uploaded {
    pub document: Document,
    pub size: u64,
    pub sha256: String,
    /// An earlier live document of the account with the identical file.
    pub duplicate_of: Option<uuid::Uuid>,
}

/// Creates a document (source `upload`, or the importer's origin) for the
/// staged `file` and queues its processing. Whatever fails, the staged file
/// is discarded: nothing of a refused upload stays behind.
pub async fn upload(
    pool: &PgPool,
    actor: &Actor,
    file: &Staged,
    form: UploadFields,
    quota: Quota,
    max_attempts: u32,
) -> Result<Uploaded> {
    let result = commit_upload(pool, actor, file, form, quota, max_attempts).await;
    if result.is_err() {
        discard(pool, file).await;
    }
    result
}

/// Gives up a staged file whose document will not be created (a later form
/// field was refused, say).
pub async fn discard(pool: &PgPool, file: &Staged) {
    if let Err(e) = files::discard(pool, file.id).await {
        tracing::warn!(file_id = %file.id, error = %e, "could not remove a refused upload");
    }
}

async fn commit_upload(
    pool: &PgPool,
    actor: &Actor,
    file: &Staged,
    form: UploadFields,
    quota: Quota,
    max_attempts: u32,
) -> Result<Uploaded> {
    let title = fields::title(
        form.title
            .as_deref()
            .or(form.file_name.as_deref())
            .unwrap_or("untitled"),
    )?;
    let description = fields::description(form.description)?;
    let metadata = fields::metadata(form.metadata)?;
    let external_id = fields::external_id(form.external_id)?;
    let source = form.origin.as_str();
    let mut tx = pool.begin().await?;
    quota::admit_document(&mut tx, actor.user_id, quota, file.size).await?;
    let duplicate_of = files::duplicate_of(&mut tx, actor.user_id, &file.sha256).await?;
    let doc = store::insert(
        &mut tx,
        NewDocument {
            user_id: actor.user_id,
            title: &title,
            description: description.as_deref(),
            file_type: Some(file.file_type.as_str()),
            file_size_bytes: i32::try_from(file.size).ok(),
            source,
            external_id: external_id.as_deref(),
            metadata: &metadata,
        },
    )
    .await?;
    files::attach(&mut tx, file.id, doc.id).await?;
    queue::enqueue(&mut tx, doc.id, max_attempts).await?;
    let entry = actor
        .entry("create", "document", Some(doc.id))
        .new_values(json!({
            "title": doc.title,
            "source": source,
            "file_type": file.file_type.as_str(),
            "size_bytes": file.size,
            "sha256": file.sha256,
            "duplicate_of": duplicate_of,
        }));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Uploaded {
        document: doc,
        size: file.size,
        sha256: file.sha256.clone(),
        duplicate_of,
    })
}
