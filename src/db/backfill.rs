//! Data migrations (step 2 of docs/migrations.md): rows stored before an
//! expanding migration brought to the new shape in batches, each its own
//! short transaction keyed on the primary key, right after the schema's
//! migrations and as the owner. A finished one is recorded in
//! `schema_backfills` and not looked at again.

use sqlx::PgPool;
use uuid::Uuid;

/// Rows a batch fills: a short transaction, a few thousand row locks.
const BATCH: i64 = 5000;

/// `processing_results.user_id` (migration 0022) for the results stored
/// before it: each row gets its document's account.
const RESULTS_ACCOUNT: &str = "0022_processing_results_user_id";

/// `document_embeddings.signature` (migration 0024) for the windows
/// embedded before it: each window's sign bits, from its stored vector.
const WINDOW_SIGNATURES: &str = "0024_document_embeddings_signature";

/// Runs every backfill not yet finished; the rows filled.
pub async fn run(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let mut total = 0;
    for name in [RESULTS_ACCOUNT, WINDOW_SIGNATURES] {
        let done: bool =
            sqlx::query_scalar("select exists(select 1 from schema_backfills where name = $1)")
                .bind(name)
                .fetch_one(pool)
                .await?;
        if done {
            continue;
        }
        let filled = if name == RESULTS_ACCOUNT {
            results_account(pool).await?
        } else {
            window_signatures(pool).await?
        };
        sqlx::query(
            "insert into schema_backfills (name, rows_filled) values ($1, $2) on conflict (name) do nothing",
        )
        .bind(name)
        .bind(i64::try_from(filled).unwrap_or(i64::MAX))
        .execute(pool)
        .await?;
        if filled > 0 {
            tracing::info!(backfill = name, rows = filled, "rows filled in");
        }
        total += filled;
    }
    Ok(total)
}

/// Fills `processing_results.user_id` from the documents, `BATCH` rows at
/// a time in primary-key order. Resumable: a stopped run leaves the rows
/// it reached filled, and the next starts over from the first still empty.
async fn results_account(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let mut after = Uuid::nil();
    let mut filled = 0;
    loop {
        let (last, count): (Option<Uuid>, i64) = sqlx::query_as(
            "with batch as (
                 select r.id from processing_results r
                 where r.id > $1 and r.user_id is null order by r.id limit $2
             ), filled as (
                 update processing_results r set user_id = d.user_id
                 from batch b, documents d
                 where r.id = b.id and d.id = r.document_id
                 returning r.id
             )
             select (select b.id from batch b order by b.id desc limit 1),
                    (select count(*) from filled)",
        )
        .bind(after)
        .bind(BATCH)
        .fetch_one(pool)
        .await?;
        filled += u64::try_from(count).unwrap_or(0);
        match last {
            Some(id) => after = id,
            None => return Ok(filled),
        }
    }
}

/// Fills `document_embeddings.signature` from each row's vector (bit `i`
/// is the sign bit of float `i`: the top bit of its last little-endian
/// byte, as `embeddings::vector::signature` computes it), `BATCH` rows at
/// a time in primary-key order; resumable like `results_account`.
async fn window_signatures(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let mut after: (Uuid, Uuid, String, i32) = (Uuid::nil(), Uuid::nil(), String::new(), -1);
    let mut filled = 0;
    loop {
        let last: Option<(Uuid, Uuid, String, i32, i64)> = sqlx::query_as(
            "with batch as (
                 select user_id, document_id, model, chunk from document_embeddings
                 where (user_id, document_id, model, chunk) > ($1, $2, $3, $4)
                 order by user_id, document_id, model, chunk limit $5
             ), filled as (
                 update document_embeddings e set signature = (
                     select string_agg((get_byte(e.embedding, i * 4 + 3) >> 7)::text, '' order by i)
                     from generate_series(0, octet_length(e.embedding) / 4 - 1) as i
                 )::bit(384)
                 from batch b
                 where e.user_id = b.user_id and e.document_id = b.document_id
                   and e.model = b.model and e.chunk = b.chunk and e.signature is null
                 returning 1
             )
             select b.user_id, b.document_id, b.model, b.chunk, (select count(*) from filled)
             from batch b order by b.user_id desc, b.document_id desc, b.model desc, b.chunk desc
             limit 1",
        )
        .bind(after.0)
        .bind(after.1)
        .bind(&after.2)
        .bind(after.3)
        .bind(BATCH)
        .fetch_optional(pool)
        .await?;
        match last {
            Some((user, document, model, chunk, count)) => {
                filled += u64::try_from(count).unwrap_or(0);
                after = (user, document, model, chunk);
            }
            None => return Ok(filled),
        }
    }
}
