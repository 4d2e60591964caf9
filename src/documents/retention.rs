//! Retention: soft-deleted documents older than the configured number of
//! days are purged with their originals, results and jobs (by cascade), in
//! audited batches. One instance purges at a time; `jobs::maintenance` runs
//! it periodically.

use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use crate::audit::{self, Entry, RequestContext};

/// Any number; all instances agree on it.
const PURGE_LOCK: i64 = 0x006f_6370_7572_6765;
const BATCH: i64 = 100;

/// Purges what is due now; returns how many documents went.
pub async fn purge_due(pool: &PgPool, retention_days: u32) -> Result<u64, sqlx::Error> {
    let mut purged = 0;
    loop {
        let mut tx = pool.begin().await?;
        let locked: bool = sqlx::query_scalar("select pg_try_advisory_xact_lock($1)")
            .bind(PURGE_LOCK)
            .fetch_one(&mut *tx)
            .await?;
        if !locked {
            return Ok(purged);
        }
        let due: Vec<(Uuid, Uuid, String)> = sqlx::query_as(
            "select id, user_id, title from documents
             where deleted_at < (now() at time zone 'utc') - $1 * interval '1 day'
             order by deleted_at limit $2 for update skip locked",
        )
        .bind(f64::from(retention_days))
        .bind(BATCH)
        .fetch_all(&mut *tx)
        .await?;
        let ctx = RequestContext {
            user_agent: Some("opencomplai-retention".into()),
            ..RequestContext::default()
        };
        for (id, user_id, title) in &due {
            let entry = Entry::new(Some(*user_id), "purge", "document", Some(*id))
                .new_values(json!({"title": title, "retention_days": retention_days}));
            audit::record(&mut tx, &ctx, entry).await?;
            sqlx::query("delete from documents where id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        purged += due.len() as u64;
        if (due.len() as i64) < BATCH {
            return Ok(purged);
        }
    }
}
