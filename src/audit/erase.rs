//! Erasure in the audit trail. The trail keeps every row, but a row whose
//! payload held a person's values (a title in a create, a changed field)
//! may have that payload replaced by a tombstone once the row is sealed:
//! the chain covers a digest of the content, not the content, so it still
//! verifies, and the erasure's own row (action `erase`, sealed before the
//! rows are emptied) names every place it emptied so a verifier can tell an
//! erasure from tampering.

use std::time::Duration;

use futures_util::TryStreamExt;
use serde_json::Value;
use sqlx::PgPool;
use uuid::Uuid;

use super::chain;
use super::keys::SigningKeys;

/// The sealed rows of `user_id`'s trail (rows the account caused, and rows
/// others caused about its documents) whose payload mentions the person
/// (`mentions` is asked of every string in it), oldest first. Rows about a
/// document under an active legal hold, and about the holds themselves,
/// are kept: a hold preserves the record of what happened to it.
pub async fn rows_mentioning(
    pool: &PgPool,
    user_id: Uuid,
    mentions: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Vec<Uuid>, sqlx::Error> {
    let mut rows = sqlx::query_as::<_, (Uuid, Option<Value>, Option<Value>)>(
        "with held as (
             select m.document_id from legal_hold_documents m
             join legal_holds h on h.id = m.hold_id
             where h.user_id = $1 and h.released_at is null
         )
         select a.id, a.old_values, a.new_values from audit_logs a
         where (a.user_id = $1
                or a.resource_id in (select id from documents where user_id = $1))
           and a.erased_at is null and a.chain_seq is not null
           and (a.old_values is not null or a.new_values is not null)
           and a.resource_type <> 'legal_hold'
           and (a.resource_id is null or a.resource_id not in (select document_id from held))
         order by a.created_at, a.id",
    )
    .bind(user_id)
    .fetch(pool);
    let mut out = Vec::new();
    while let Some((id, old, new)) = rows.try_next().await? {
        if [old, new].iter().flatten().any(|v| any_string(v, mentions)) {
            out.push(id);
        }
    }
    Ok(out)
}

fn any_string(v: &Value, mentions: &(dyn Fn(&str) -> bool + Sync)) -> bool {
    match v {
        Value::String(s) => mentions(s),
        Value::Array(items) => items.iter().any(|v| any_string(v, mentions)),
        Value::Object(map) => map
            .iter()
            .any(|(k, v)| mentions(k) || any_string(v, mentions)),
        _ => false,
    }
}

/// Waits until the rows `ids` are sealed (sealing them itself when the
/// sealer is not running), for at most `within`. Their places, or `None`
/// when some are still unsealed.
pub async fn sealed_places(
    pool: &PgPool,
    keys: &SigningKeys,
    data_dir: &std::path::Path,
    ids: &[Uuid],
    within: Duration,
) -> Result<Option<Vec<i64>>, sqlx::Error> {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let places: Vec<Option<i64>> =
            sqlx::query_scalar("select chain_seq from audit_logs where id = any($1)")
                .bind(ids)
                .fetch_all(pool)
                .await?;
        if places.iter().all(Option::is_some) {
            let mut places: Vec<i64> = places.into_iter().flatten().collect();
            places.sort_unstable();
            return Ok(Some(places));
        }
        if tokio::time::Instant::now() >= deadline {
            return Ok(None);
        }
        chain::seal_pending(pool, keys, Some(data_dir)).await?;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Empties the payload, address and user agent of the sealed rows at
/// `places` (the migration's trigger allows exactly this, once). The number
/// of rows emptied.
pub async fn tombstone(pool: &PgPool, places: &[i64]) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "update audit_logs set
                old_values = case when old_values is null then null else '{\"erased\": true}'::jsonb end,
                new_values = case when new_values is null then null else '{\"erased\": true}'::jsonb end,
                ip_address = null, user_agent = null,
                erased_at = now() at time zone 'utc'
         where chain_seq = any($1) and erased_at is null",
    )
    .bind(places)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
