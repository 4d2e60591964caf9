//! The `document_embeddings` rows (migration 0023): one per window of a
//! document's text, with the account, every statement filtered by it.

use sqlx::PgPool;
use uuid::Uuid;

use super::Chunk;
use super::vector::{signature, to_bytes};

/// Replaces the document's vectors of `model` with `chunks` of `text`, in
/// one transaction; nothing when the document is gone or its content no
/// longer starts with `text` (an erasure covered values in it, or a newer
/// run replaced it, while this was embedded). Returns whether it stored.
pub async fn replace(
    pool: &PgPool,
    user_id: Uuid,
    document_id: Uuid,
    model: &str,
    text: &str,
    chunks: &[Chunk],
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // The document's row, locked: an erasure or deletion waits, and one
    // that came first leaves nothing (or other text) to embed.
    let embedded: String = text
        .chars()
        .take(chunks.iter().map(|c| c.char_end).max().unwrap_or(0))
        .collect();
    let live: Option<Uuid> = sqlx::query_scalar(
        "select id from documents
         where id = $1 and user_id = $2 and starts_with(coalesce(content, ''), $3)
         for share",
    )
    .bind(document_id)
    .bind(user_id)
    .bind(&embedded)
    .fetch_optional(&mut *tx)
    .await?;
    if live.is_none() {
        return Ok(false);
    }
    sqlx::query(
        "delete from document_embeddings where document_id = $1 and user_id = $2 and model = $3",
    )
    .bind(document_id)
    .bind(user_id)
    .bind(model)
    .execute(&mut *tx)
    .await?;
    let n = chunks.len();
    let mut numbers = Vec::with_capacity(n);
    let mut starts = Vec::with_capacity(n);
    let mut ends = Vec::with_capacity(n);
    let mut vectors = Vec::with_capacity(n);
    let mut signatures = Vec::with_capacity(n);
    for (i, c) in chunks.iter().enumerate() {
        numbers.push(i32::try_from(i).unwrap_or(i32::MAX));
        starts.push(i32::try_from(c.char_start).unwrap_or(i32::MAX));
        ends.push(i32::try_from(c.char_end).unwrap_or(i32::MAX));
        vectors.push(to_bytes(&c.vector));
        signatures.push(signature(&c.vector));
    }
    sqlx::query(
        "insert into document_embeddings
             (document_id, user_id, chunk, model, char_start, char_end, embedding, signature,
              created_at)
         select $1, $2, c.chunk, $3, c.char_start, c.char_end, c.embedding,
                c.signature::bit(384),
                -- The insert's time, not the transaction's: searches of a
                -- large account find rows by it (search::signatures).
                clock_timestamp() at time zone 'utc'
         from unnest($4::int[], $5::int[], $6::int[], $7::bytea[], $8::text[])
              as c(chunk, char_start, char_end, embedding, signature)",
    )
    .bind(document_id)
    .bind(user_id)
    .bind(model)
    .bind(&numbers)
    .bind(&starts)
    .bind(&ends)
    .bind(&vectors)
    .bind(&signatures)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Forgets the document's vectors (its text changed under them: a person's
/// values covered by an erasure).
pub async fn forget(
    conn: &mut sqlx::PgConnection,
    user_id: Uuid,
    document_id: Uuid,
) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("delete from document_embeddings where document_id = $1 and user_id = $2")
            .bind(document_id)
            .bind(user_id)
            .execute(conn)
            .await?
            .rows_affected(),
    )
}
