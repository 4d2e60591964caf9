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

/// Runs every backfill not yet finished; the rows filled.
pub async fn run(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let done: bool =
        sqlx::query_scalar("select exists(select 1 from schema_backfills where name = $1)")
            .bind(RESULTS_ACCOUNT)
            .fetch_one(pool)
            .await?;
    if done {
        return Ok(0);
    }
    let filled = results_account(pool).await?;
    sqlx::query(
        "insert into schema_backfills (name, rows_filled) values ($1, $2) on conflict (name) do nothing",
    )
    .bind(RESULTS_ACCOUNT)
    .bind(i64::try_from(filled).unwrap_or(i64::MAX))
    .execute(pool)
    .await?;
    if filled > 0 {
        tracing::info!(rows = filled, "processing_results.user_id filled in");
    }
    Ok(filled)
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
