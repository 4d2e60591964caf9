//! Documents that arrived by themselves (the consume folder, mail), found
//! by the key their importer gave them: `external_id`, unique per account
//! and origin (migration 0017), written with the document itself.

use sqlx::PgPool;
use uuid::Uuid;

use super::create::Origin;
use super::{Error, Result};

/// The name of the unique index on arrival keys (migration 0017).
const KEY_INDEX: &str = "documents_arrival_key";

/// The account's document of `origin` with arrival key `key`, deleted or
/// not: one deleted by its owner is not brought back by the next pass.
pub async fn by_key(
    pool: &PgPool,
    user_id: Uuid,
    origin: Origin,
    key: &str,
) -> Result<Option<Uuid>> {
    Ok(sqlx::query_scalar(
        "select id from documents where user_id = $1 and source = $2 and external_id = $3",
    )
    .bind(user_id)
    .bind(origin.as_str())
    .bind(key)
    .fetch_optional(pool)
    .await?)
}

/// Whether `error` is another pass (another instance, a concurrent import)
/// having committed the same key first.
pub fn is_taken(error: &Error) -> bool {
    match error {
        Error::Database(sqlx::Error::Database(db)) => db.constraint() == Some(KEY_INDEX),
        _ => false,
    }
}
