//! A ZIP archive handed in as one upload: unpacked into one document per
//! file of a type read here, under the extractor's limits for ZIP
//! containers (entries, bytes inflated), which refuse the whole archive.
//! Each file is staged like an upload of its own; then every document, its
//! job, its audit row and the keyed answer are committed in one
//! transaction, and the files that became no document are given up. What
//! was passed over is named, with why.

use bytes::Bytes;
use serde_json::{Map, Value};
use sqlx::PgPool;
use tokio::sync::mpsc;
use uuid::Uuid;

use super::create::{self, Intake, NewFile, UploadFields, Uploaded};
use super::files::{self, Archives, Kind, Staged};
use super::idempotency::{self, Keyed, Made};
use super::{Error, Result, fields};
use crate::audit::Actor;
use crate::validation::Invalid;
use opencomplai_extract::archive::{self as zip, ArchiveError, Member, MemberContent};

/// The longest archive path kept in a document's metadata.
const MAX_PATH_CHARS: usize = 1000;
/// Members read ahead of the one being staged.
const READ_AHEAD: usize = 2;

/// Why a file of an archive became no document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    Unsupported,
    Empty,
    TooLarge,
    Duplicate,
    Unreadable,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unsupported => "unsupported_type",
            Self::Empty => "empty",
            Self::TooLarge => "too_large",
            Self::Duplicate => "duplicate",
            Self::Unreadable => "unreadable",
        }
    }
}

/// A file of the archive passed over.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub path: String,
    pub reason: SkipReason,
    pub message: String,
    /// For a duplicate: the account's document already holding the file.
    pub duplicate_of: Option<Uuid>,
}

/// What an archive became.
#[derive(Debug, Clone)]
pub struct Unpacked {
    /// The archive's file name.
    pub archive: String,
    pub documents: Vec<Uploaded>,
    pub skipped: Vec<Skipped>,
}

/// A member's path as kept: no control characters, no leading `/`,
/// bounded.
fn clean_path(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim_start_matches('/')
        .chars()
        .take(MAX_PATH_CHARS)
        .collect()
}

fn refused(e: ArchiveError) -> Error {
    match e {
        ArchiveError::TooLarge => Error::TooLarge(format!("the ZIP archive was refused: {e}")),
        ArchiveError::NotZip | ArchiveError::TooManyEntries(_) => Invalid::field(
            "file",
            "bad_archive",
            format!("the ZIP archive was refused: {e}"),
        )
        .into(),
    }
}

/// Unpacks the staged ZIP `zip_file` into documents. The archive itself is
/// never kept; a refused archive leaves nothing behind.
pub async fn unpack(
    pool: &PgPool,
    actor: &Actor,
    zip_file: &Staged,
    form: UploadFields,
    intake: Intake,
    keyed: Option<&Keyed<'_, Unpacked>>,
) -> Result<Made<Unpacked>> {
    let mut staged: Vec<(String, Staged)> = Vec::new();
    let result = unpack_staged(pool, actor, zip_file, form, intake, keyed, &mut staged).await;
    create::discard(pool, zip_file).await;
    let kept: Vec<Uuid> = match &result {
        Ok(Made::New(u)) => u.documents.iter().map(|d| d.document.id).collect(),
        _ => Vec::new(),
    };
    for (_, file) in &staged {
        if !kept.contains(&file.id) {
            create::discard(pool, file).await;
        }
    }
    result
}

async fn unpack_staged(
    pool: &PgPool,
    actor: &Actor,
    zip_file: &Staged,
    form: UploadFields,
    intake: Intake,
    keyed: Option<&Keyed<'_, Unpacked>>,
    staged: &mut Vec<(String, Staged)>,
) -> Result<Made<Unpacked>> {
    if form.title.is_some() {
        return Err(Invalid::field(
            "title",
            "not_for_archives",
            "the documents of a ZIP archive are titled by their file names; send no title",
        )
        .into());
    }
    let archive_name = form
        .file_name
        .clone()
        .unwrap_or_else(|| "upload.zip".into());
    let description = fields::description(form.description)?;
    let base = match fields::metadata(form.metadata)? {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    let mut skipped = Vec::new();
    read_members(pool, actor, zip_file, intake, staged, &mut skipped).await?;

    let mut tx = pool.begin().await?;
    if let Some(answer) = idempotency::begin(&mut tx, actor.user_id, keyed).await? {
        return Ok(Made::Replay(answer));
    }
    let mut documents = Vec::new();
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for (path, file) in staged.iter() {
        let Kind::Document(file_type) = file.kind else {
            continue;
        };
        let again = seen.iter().find(|(_, sha)| *sha == file.sha256);
        if let Some((first, _)) = again
            && !intake.allow_duplicates
        {
            skipped.push(Skipped {
                path: path.clone(),
                reason: SkipReason::Duplicate,
                message: format!("the same file as {first} in this archive"),
                duplicate_of: None,
            });
            continue;
        }
        seen.push((path, &file.sha256));
        let earlier = files::duplicate_of(&mut tx, actor.user_id, &file.sha256).await?;
        if let Some(earlier) = earlier.filter(|_| !intake.allow_duplicates) {
            skipped.push(Skipped {
                path: path.clone(),
                reason: SkipReason::Duplicate,
                message: "a document of yours already holds this file".into(),
                duplicate_of: Some(earlier),
            });
            continue;
        }
        let mut metadata = base.clone();
        metadata.insert("archive".into(), Value::String(archive_name.clone()));
        metadata.insert("archive_path".into(), Value::String(path.clone()));
        let metadata = fields::metadata(Some(Value::Object(metadata)))?;
        let title = fields::title(&files::clean_name(path))?;
        let new = NewFile {
            file,
            file_type,
            title: &title,
            description: description.as_deref(),
            metadata: &metadata,
            duplicate_of: earlier,
            source: "upload",
            external_id: None,
        };
        let document = create::insert_file(&mut tx, actor, intake, new).await?;
        documents.push(Uploaded {
            document,
            size: file.size,
            sha256: file.sha256.clone(),
            duplicate_of: earlier,
            existing: false,
        });
    }
    let made = Unpacked {
        archive: archive_name,
        documents,
        skipped,
    };
    idempotency::finish(&mut tx, actor.user_id, keyed, &made).await?;
    tx.commit().await?;
    Ok(Made::New(made))
}

/// Reads the archive's members on a blocking thread, a couple ahead, and
/// stages each as an upload of its own; what cannot be a document is
/// noted in `skipped`.
async fn read_members(
    pool: &PgPool,
    actor: &Actor,
    zip_file: &Staged,
    intake: Intake,
    staged: &mut Vec<(String, Staged)>,
    skipped: &mut Vec<Skipped>,
) -> Result<()> {
    let bytes = files::read_staged(pool, zip_file).await?;
    let max = intake.max_upload_bytes;
    let (sender, mut members) = mpsc::channel::<Member>(READ_AHEAD);
    let reader = tokio::task::spawn_blocking(move || {
        zip::unpack(&bytes, max, |member| sender.blocking_send(member).is_ok())
    });
    while let Some(member) = members.recv().await {
        let path = clean_path(&member.path);
        let skip = |reason: SkipReason, message: String| Skipped {
            path: path.clone(),
            reason,
            message,
            duplicate_of: None,
        };
        let bytes = match member.content {
            MemberContent::Bytes(b) => b,
            MemberContent::TooLarge => {
                skipped.push(skip(
                    SkipReason::TooLarge,
                    format!("larger than the {max}-byte upload limit"),
                ));
                continue;
            }
            MemberContent::Unreadable(why) => {
                let why: String = why.chars().take(200).collect();
                skipped.push(skip(
                    SkipReason::Unreadable,
                    format!("could not be read: {why}"),
                ));
                continue;
            }
        };
        let name = files::clean_name(&path);
        let stream = Box::pin(futures_util::stream::once(async move {
            Ok::<_, Error>(Bytes::from(bytes))
        }));
        match files::stage(
            pool,
            actor.user_id,
            Some(&name),
            stream,
            max,
            Archives::Refuse,
        )
        .await
        {
            Ok(file) => staged.push((path, file)),
            Err(Error::Invalid(_)) => {
                skipped.push(skip(SkipReason::Empty, "the file is empty".into()))
            }
            Err(Error::UnsupportedType(_)) => skipped.push(skip(
                SkipReason::Unsupported,
                "a file of a type not read here".into(),
            )),
            Err(Error::TooLarge(m)) => skipped.push(skip(SkipReason::TooLarge, m)),
            Err(e) => return Err(e),
        }
    }
    match reader.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(refused(e)),
        Err(e) => Err(Error::Unavailable(format!(
            "the archive could not be read: {e}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archive_paths_are_cleaned_and_bounded() {
        assert_eq!(clean_path("/a/b\u{7}.pdf"), "a/b.pdf");
        assert_eq!(
            clean_path(&"x".repeat(5000)).chars().count(),
            MAX_PATH_CHARS
        );
    }
}
