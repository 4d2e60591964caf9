//! Whether a document is frozen by a legal hold: while an active hold names
//! it, nothing deletes, purges, erases or reprocesses it; a request to is
//! refused naming the hold (and migration 0012's trigger refuses a purge
//! from anywhere). Holds themselves are made and released in
//! `compliance::holds`.

use sqlx::PgConnection;
use uuid::Uuid;

use super::{Error, Result};

/// The active hold on document `id`, if any: its id and name.
pub async fn active_on(conn: &mut PgConnection, id: Uuid) -> Result<Option<(Uuid, String)>> {
    Ok(sqlx::query_as(
        "select h.id, h.name from legal_hold_documents m join legal_holds h on h.id = m.hold_id
         where m.document_id = $1 and h.released_at is null
         order by h.created_at limit 1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

/// Refuses (409, naming the hold) when document `id` is held.
pub async fn refuse_if_held(conn: &mut PgConnection, id: Uuid, what: &str) -> Result<()> {
    match active_on(conn, id).await? {
        Some((hold, name)) => Err(Error::Conflict(format!(
            "this document is under legal hold \"{name}\" ({hold}): it cannot be {what} until the hold is released"
        ))),
        None => Ok(()),
    }
}
