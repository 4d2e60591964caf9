//! Handing in a document: a text given as JSON, or a file uploaded and
//! staged by `files` (a ZIP archive of files is unpacked by `archive`).
//! Either way the document, its content or file, its processing job, its
//! audit row and the answer to a keyed request (`idempotency`) are
//! committed together: an accepted document is never lost and never
//! unaudited. An identical file the account already holds is answered
//! with that document, unless the service allows duplicates.

use serde_json::{Value, json};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::files::{self, Kind, Staged};
use super::idempotency::{self, Keyed, Made};
use super::quota::{self, Quota};
use super::store::{self, Document, NewDocument};
use super::{Error, Result, content, fields};
use crate::audit::Actor;
use crate::auth::Tier;
use crate::config::Config;
use crate::queue;
use crate::validation::Invalid;
use opencomplai_extract::FileType;

/// How one account's documents are admitted: its quota, the processing
/// attempts, the upload limit and whether identical files are kept twice.
#[derive(Debug, Clone, Copy)]
pub struct Intake {
    pub quota: Quota,
    pub max_attempts: u32,
    pub max_upload_bytes: u64,
    /// Keep an identical file again as a new document (flagged with
    /// `duplicate_of`) instead of answering with the earlier one.
    pub allow_duplicates: bool,
}

impl Intake {
    pub fn of(config: &Config, tier: Tier) -> Self {
        Self {
            quota: Quota::of(config, tier),
            max_attempts: config.job_max_attempts,
            max_upload_bytes: config.max_upload_bytes,
            allow_duplicates: config.allow_duplicates,
        }
    }
}

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
    intake: Intake,
    keyed: Option<&Keyed<'_, Document>>,
) -> Result<Made<Document>> {
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
    if let Some(answer) = idempotency::begin(&mut tx, actor.user_id, keyed).await? {
        return Ok(Made::Replay(answer));
    }
    quota::admit_document(
        &mut tx,
        actor.user_id,
        intake.quota,
        input.content.len() as u64,
    )
    .await?;
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
    content::set(&mut tx, doc.user_id, doc.id, &input.content).await?;
    queue::enqueue(&mut tx, doc.user_id, doc.id, intake.max_attempts).await?;
    let entry = actor
        .entry("create", "document", Some(doc.id))
        .new_values(json!({"title": doc.title, "source": "api", "file_type": "txt"}));
    actor.record(&mut tx, entry).await?;
    idempotency::finish(&mut tx, actor.user_id, keyed, &doc).await?;
    tx.commit().await?;
    Ok(Made::New(doc))
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
    /// An earlier live document of the account with the identical file,
    /// kept again because duplicates are allowed.
    pub duplicate_of: Option<Uuid>,
    /// Nothing was created: `document` is the account's earlier live
    /// document with the identical file.
    pub existing: bool,
}

/// Creates a document (source `upload`, or the importer's origin) for the
/// staged `file` and queues its processing, or answers with the account's
/// earlier live document holding the identical file (unless duplicates are
/// allowed). The staged file is discarded unless it became a new
/// document's: nothing of a refused, repeated or replayed upload stays
/// behind.
pub async fn upload(
    pool: &PgPool,
    actor: &Actor,
    file: &Staged,
    form: UploadFields,
    intake: Intake,
    keyed: Option<&Keyed<'_, Uploaded>>,
) -> Result<Made<Uploaded>> {
    let result = commit_upload(pool, actor, file, form, intake, keyed).await;
    let kept = matches!(&result, Ok(Made::New(u)) if !u.existing);
    if !kept {
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
    intake: Intake,
    keyed: Option<&Keyed<'_, Uploaded>>,
) -> Result<Made<Uploaded>> {
    let Kind::Document(file_type) = file.kind else {
        return Err(Error::UnsupportedType(
            "a ZIP archive is unpacked, not kept as one document".into(),
        ));
    };
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
    if let Some(answer) = idempotency::begin(&mut tx, actor.user_id, keyed).await? {
        return Ok(Made::Replay(answer));
    }
    let earlier = files::duplicate_of(&mut tx, actor.user_id, &file.sha256).await?;
    if let Some(earlier) = earlier.filter(|_| !intake.allow_duplicates) {
        let made = answer_with_earlier(&mut tx, actor, file, earlier).await?;
        idempotency::finish(&mut tx, actor.user_id, keyed, &made).await?;
        tx.commit().await?;
        return Ok(Made::New(made));
    }
    let new = NewFile {
        file,
        file_type,
        title: &title,
        description: description.as_deref(),
        metadata: &metadata,
        duplicate_of: earlier,
        source,
        external_id: external_id.as_deref(),
    };
    let doc = insert_file(&mut tx, actor, intake, new).await?;
    let made = Uploaded {
        document: doc,
        size: file.size,
        sha256: file.sha256.clone(),
        duplicate_of: earlier,
        existing: false,
    };
    idempotency::finish(&mut tx, actor.user_id, keyed, &made).await?;
    tx.commit().await?;
    Ok(Made::New(made))
}

/// The account's earlier document answers an identical upload. Showing it
/// is a read of it, audited as one, with what was sent.
pub(super) async fn answer_with_earlier(
    conn: &mut PgConnection,
    actor: &Actor,
    file: &Staged,
    earlier: Uuid,
) -> Result<Uploaded> {
    let document = store::owned(conn, actor.user_id, earlier, false).await?;
    let entry = actor
        .entry("read", "document", Some(earlier))
        .new_values(json!({
            "duplicate_upload": true,
            "size_bytes": file.size,
            "sha256": file.sha256,
        }));
    actor.record(conn, entry).await?;
    Ok(Uploaded {
        size: file.size,
        sha256: file.sha256.clone(),
        document,
        duplicate_of: None,
        existing: true,
    })
}

/// A staged file about to become a document.
pub(super) struct NewFile<'a> {
    pub file: &'a Staged,
    pub file_type: FileType,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub metadata: &'a Value,
    pub duplicate_of: Option<Uuid>,
    /// The document's `source` and its importer's key.
    pub source: &'a str,
    pub external_id: Option<&'a str>,
}

/// Admits, inserts, attaches, queues and audits one uploaded document in
/// the caller's transaction.
pub(super) async fn insert_file(
    conn: &mut PgConnection,
    actor: &Actor,
    intake: Intake,
    new: NewFile<'_>,
) -> Result<Document> {
    let file = new.file;
    quota::admit_document(conn, actor.user_id, intake.quota, file.size).await?;
    let doc = store::insert(
        conn,
        NewDocument {
            user_id: actor.user_id,
            title: new.title,
            description: new.description,
            file_type: Some(new.file_type.as_str()),
            file_size_bytes: i32::try_from(file.size).ok(),
            source: new.source,
            external_id: new.external_id,
            metadata: new.metadata,
        },
    )
    .await?;
    files::attach(conn, file.id, doc.id).await?;
    queue::enqueue(conn, doc.user_id, doc.id, intake.max_attempts).await?;
    let entry = actor
        .entry("create", "document", Some(doc.id))
        .new_values(json!({
            "title": doc.title,
            "source": new.source,
            "file_type": new.file_type.as_str(),
            "size_bytes": file.size,
            "sha256": file.sha256,
            "duplicate_of": new.duplicate_of,
        }));
    actor.record(conn, entry).await?;
    Ok(doc)
}
