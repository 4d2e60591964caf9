//! A document's searchable content: `documents.content`, which the seed's
//! generated `search_vector` indexes.

use sqlx::{PgConnection, Postgres, Transaction};
use uuid::Uuid;

/// PostgreSQL's "string is too long for tsvector" (program_limit_exceeded).
const TSVECTOR_TOO_LONG: &str = "54000";

/// Stores `text` as the document's content. A text whose distinct words
/// overflow a tsvector (1 MB) is cut, halving until it fits; the full text
/// stays in `processing_results.extracted_text`. Returns a note when it was
/// cut.
pub async fn set(
    tx: &mut Transaction<'_, Postgres>,
    user_id: Uuid,
    id: Uuid,
    text: &str,
) -> Result<Option<String>, sqlx::Error> {
    let mut len = text.len();
    loop {
        let mut cut = len;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut savepoint = sqlx::Connection::begin(&mut **tx).await?;
        let result =
            sqlx::query("update documents set content = $2 where id = $1 and user_id = $3")
                .bind(id)
                .bind(&text[..cut])
                .bind(user_id)
                .execute(&mut *savepoint)
                .await;
        match result {
            Ok(_) => {
                savepoint.commit().await?;
                return Ok((cut < text.len()).then(|| {
                    format!(
                        "searchable content cut to {cut} of {} bytes: its words overflow PostgreSQL's 1 MB tsvector",
                        text.len()
                    )
                }));
            }
            Err(sqlx::Error::Database(e))
                if e.code().as_deref() == Some(TSVECTOR_TOO_LONG) && cut > 1024 =>
            {
                savepoint.rollback().await?;
                len = cut / 2;
            }
            Err(e) => return Err(e),
        }
    }
}

/// The content of document `id` of account `user_id` (the text given, or
/// the text extracted).
pub async fn get(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<Option<String>, sqlx::Error> {
    super::store::content(conn, user_id, id).await
}
