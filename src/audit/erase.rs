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

/// The rows of `user_id`'s trail whose payload mentions the person
/// (`mentions` is asked of every string in it), oldest first, leaving out
/// rows about the documents in `keep` (under a legal hold).
pub async fn rows_mentioning(
    pool: &PgPool,
    user_id: Uuid,
    keep: &[Uuid],
    mentions: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Vec<Uuid>, sqlx::Error> {
    let mut rows = sqlx::query_as::<_, (Uuid, Option<Value>, Option<Value>)>(
        "select id, old_values, new_values from audit_logs
         where user_id = $1 and erased_at is null
           and (old_values is not null or new_values is not null)
           and (resource_id is null or resource_id <> all($2))
         order by created_at, id",
    )
    .bind(user_id)
    .bind(keep)
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
        chain::seal_pending(pool, keys, None).await?;
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
