//! Originals, kept inside the database so a `pg_dump` holds them: streamed
//! in as 1 MiB chunks (never the whole file in memory), hashed with SHA-256
//! on the way, and streamed out the same way.

use std::pin::Pin;

use bytes::Bytes;
use futures_util::Stream;
use sha2::{Digest, Sha256};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::{Error, Result};
use crate::auth::tokens::hex;
use crate::validation::Invalid;
use opencomplai_extract::{FileType, archive};

/// Bytes per stored chunk.
pub const CHUNK_BYTES: usize = 1024 * 1024;
/// Bytes looked at to decide a file's type.
pub const SNIFF_BYTES: usize = 8 * 1024;

/// A stream of upload bytes (a multipart field, say).
pub type ByteStream<'a> = Pin<Box<dyn Stream<Item = Result<Bytes>> + Send + 'a>>;

/// A file name safe to store and to echo in `Content-Disposition`: its
/// last path part, without control characters or quotes, at most 255
/// characters; `upload` when nothing is left.
pub fn clean_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(255)
        .collect();
    if clean.trim().is_empty() {
        "upload".into()
    } else {
        clean
    }
}

/// A file written to the database, not yet attached to a document.
#[derive(Debug, Clone)]
pub struct Staged {
    pub id: Uuid,
    pub kind: Kind,
    pub size: u64,
    pub sha256: String,
}

/// What a staged file is: a document of a type read here, or a ZIP archive
/// of documents to unpack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Document(FileType),
    Zip,
}

/// Whether `stage` takes a ZIP archive (the API unpacks one) or refuses it
/// as of a type not read here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Archives {
    Accept,
    Refuse,
}

fn unsupported() -> Error {
    Error::UnsupportedType(format!(
        "this file type is not supported; accepted: {}, and ZIP archives of them through the API",
        FileType::ALL.map(FileType::as_str).join(", ")
    ))
}

/// Streams `body` into the database for `user_id`. Decides the type from the
/// first bytes before storing anything (`UnsupportedType` if nothing here
/// reads it, or if it is a ZIP archive and `archives` refuses them), and
/// stops with `TooLarge` once `max_bytes` is passed; on any failure the
/// partial file is removed.
pub async fn stage(
    pool: &PgPool,
    user_id: Uuid,
    file_name: Option<&str>,
    mut body: ByteStream<'_>,
    max_bytes: u64,
    archives: Archives,
) -> Result<Staged> {
    use futures_util::StreamExt;

    let mut buffer: Vec<u8> = Vec::with_capacity(SNIFF_BYTES);
    let mut ended = false;
    while buffer.len() < SNIFF_BYTES {
        match body.next().await {
            Some(chunk) => buffer.extend_from_slice(&chunk?),
            None => {
                ended = true;
                break;
            }
        }
    }
    if buffer.is_empty() {
        return Err(Invalid::field("file", "empty", "the file is empty").into());
    }
    let head = &buffer[..buffer.len().min(SNIFF_BYTES)];
    let kind = match opencomplai_extract::detect(head, file_name) {
        Some(file_type) => Kind::Document(file_type),
        None if archives == Archives::Accept && archive::looks_like_zip(head) => Kind::Zip,
        None => return Err(unsupported()),
    };
    let mime = match kind {
        Kind::Document(t) => t.mime(),
        Kind::Zip => "application/zip",
    };
    if ended && buffer.len() as u64 <= max_bytes {
        return stage_small(pool, user_id, file_name, kind, mime, buffer).await;
    }
    let id: Uuid = sqlx::query_scalar(
        "insert into document_files (user_id, file_name, content_type) values ($1, $2, $3) returning id",
    )
    .bind(user_id)
    .bind(file_name)
    .bind(mime)
    .fetch_one(pool)
    .await?;
    let result = write_chunks(pool, id, buffer, ended, body, max_bytes).await;
    match result {
        Ok((size, sha256)) => Ok(Staged {
            id,
            kind,
            size,
            sha256,
        }),
        Err(e) => {
            if let Err(cleanup) = discard(pool, id).await {
                tracing::warn!(file_id = %id, error = %cleanup, "could not remove a partial upload");
            }
            Err(e)
        }
    }
}

/// A file that arrived whole within the first read: staged in one
/// transaction that does not wait for the disk. The document's own
/// transaction, which commits synchronously after it, flushes the log up to
/// its commit and so this staging with it; a staging lost in a crash before
/// that was never promised to anyone.
async fn stage_small(
    pool: &PgPool,
    user_id: Uuid,
    file_name: Option<&str>,
    kind: Kind,
    mime: &str,
    bytes: Vec<u8>,
) -> Result<Staged> {
    let sha256 = hex(&Sha256::digest(&bytes));
    let size = bytes.len() as u64;
    let mut tx = pool.begin().await?;
    sqlx::query("set local synchronous_commit = off")
        .execute(&mut *tx)
        .await?;
    let id: Uuid = sqlx::query_scalar(
        "insert into document_files (user_id, file_name, content_type, size_bytes, sha256, chunk_count)
         values ($1, $2, $3, $4, $5, 1) returning id",
    )
    .bind(user_id)
    .bind(file_name)
    .bind(mime)
    .bind(i64::try_from(size).unwrap_or(i64::MAX))
    .bind(&sha256)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("insert into document_file_chunks (file_id, seq, data) values ($1, 0, $2)")
        .bind(id)
        .bind(&bytes)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Staged {
        id,
        kind,
        size,
        sha256,
    })
}

async fn write_chunks(
    pool: &PgPool,
    id: Uuid,
    mut buffer: Vec<u8>,
    mut ended: bool,
    mut body: ByteStream<'_>,
    max_bytes: u64,
) -> Result<(u64, String)> {
    use futures_util::StreamExt;

    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    let mut seq: i32 = 0;
    loop {
        while !ended && buffer.len() < CHUNK_BYTES {
            match body.next().await {
                Some(chunk) => buffer.extend_from_slice(&chunk?),
                None => ended = true,
            }
        }
        let take = buffer.len().min(CHUNK_BYTES);
        if take == 0 {
            break;
        }
        let rest = buffer.split_off(take);
        size += take as u64;
        if size > max_bytes {
            return Err(Error::TooLarge(format!(
                "the file is larger than the {max_bytes}-byte upload limit"
            )));
        }
        hasher.update(&buffer);
        sqlx::query("insert into document_file_chunks (file_id, seq, data) values ($1, $2, $3)")
            .bind(id)
            .bind(seq)
            .bind(&buffer)
            .execute(pool)
            .await?;
        seq += 1;
        buffer = rest;
        if ended && buffer.is_empty() {
            break;
        }
    }
    let sha256 = hex(&hasher.finalize());
    sqlx::query(
        "update document_files set size_bytes = $2, sha256 = $3, chunk_count = $4 where id = $1",
    )
    .bind(id)
    .bind(i64::try_from(size).unwrap_or(i64::MAX))
    .bind(&sha256)
    .bind(seq)
    .execute(pool)
    .await?;
    Ok((size, sha256))
}

/// A staged file's bytes in memory (bounded by the upload limit): an
/// archive, to unpack.
pub async fn read_staged(pool: &PgPool, file: &Staged) -> Result<Vec<u8>, sqlx::Error> {
    use futures_util::TryStreamExt;

    let mut out = Vec::with_capacity(usize::try_from(file.size).unwrap_or(0));
    let mut chunks = sqlx::query_scalar::<_, Vec<u8>>(
        "select data from document_file_chunks where file_id = $1 order by seq",
    )
    .bind(file.id)
    .fetch(pool);
    while let Some(chunk) = chunks.try_next().await? {
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

/// Removes a staged file and its chunks.
pub async fn discard(pool: &PgPool, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("delete from document_files where id = $1 and state = 'uploading'")
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Attaches a staged file to its document (in the document's transaction).
pub async fn attach(
    conn: &mut PgConnection,
    file_id: Uuid,
    document_id: Uuid,
) -> Result<(), sqlx::Error> {
    let done =
        sqlx::query("update document_files set document_id = $2, state = 'stored' where id = $1")
            .bind(file_id)
            .bind(document_id)
            .execute(conn)
            .await?;
    // A staging lost in a crash between its commit and this one: the
    // document must not be created without its original.
    if done.rows_affected() != 1 {
        return Err(sqlx::Error::RowNotFound);
    }
    Ok(())
}

/// A live document of `user_id` already holding a file with this hash.
pub async fn duplicate_of(
    conn: &mut PgConnection,
    user_id: Uuid,
    sha256: &str,
) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar(
        "select d.id from document_files f join documents d on d.id = f.document_id
         where f.user_id = $1 and f.sha256 = $2 and f.state = 'stored' and d.deleted_at is null
         order by d.created_at limit 1",
    )
    .bind(user_id)
    .bind(sha256)
    .fetch_optional(conn)
    .await
}

/// A document's stored original.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredFile {
    pub id: Uuid,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub size_bytes: i64,
    pub sha256: Option<String>,
    pub chunk_count: i32,
}

pub async fn of_document(
    conn: &mut PgConnection,
    document_id: Uuid,
) -> Result<Option<StoredFile>, sqlx::Error> {
    sqlx::query_as(
        "select id, file_name, content_type, size_bytes, sha256, chunk_count from document_files
         where document_id = $1 and state = 'stored' order by created_at desc limit 1",
    )
    .bind(document_id)
    .fetch_optional(conn)
    .await
}

/// The whole file in memory, for extraction (bounded by the upload limit).
pub async fn read_all(pool: &PgPool, file: &StoredFile) -> Result<Vec<u8>, sqlx::Error> {
    let mut out = Vec::with_capacity(usize::try_from(file.size_bytes).unwrap_or(0));
    for seq in 0..file.chunk_count {
        let chunk: Vec<u8> = sqlx::query_scalar(
            "select data from document_file_chunks where file_id = $1 and seq = $2",
        )
        .bind(file.id)
        .bind(seq)
        .fetch_one(pool)
        .await?;
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

/// The file as a stream of chunks, one query per chunk, so serving a large
/// original holds one chunk in memory at a time.
pub fn stream(
    pool: PgPool,
    file: StoredFile,
) -> impl Stream<Item = Result<Bytes, sqlx::Error>> + Send {
    futures_util::stream::unfold(0, move |seq| {
        let pool = pool.clone();
        let file_id = file.id;
        let count = file.chunk_count;
        async move {
            if seq >= count {
                return None;
            }
            let chunk = sqlx::query_scalar::<_, Vec<u8>>(
                "select data from document_file_chunks where file_id = $1 and seq = $2",
            )
            .bind(file_id)
            .bind(seq)
            .fetch_one(&pool)
            .await
            .map(Bytes::from);
            Some((chunk, seq + 1))
        }
    })
}

/// Removes uploads abandoned mid-way (a crash between staging and commit).
pub async fn sweep_abandoned(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "delete from document_files where state = 'uploading'
         and created_at < (now() at time zone 'utc') - interval '1 day'",
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
