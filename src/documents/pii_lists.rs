//! Each account's allow- and deny-lists for the analyzer: texts never to
//! report as personal data, and texts always to report with a type.

use opencomplai_analyze::{DenyEntry, Options};
use serde_json::Value;
use sqlx::PgConnection;
use uuid::Uuid;

/// At most this many entries in each list, each at most this many characters.
pub const MAX_ENTRIES: usize = 1000;
pub const MAX_TERM_CHARS: usize = 200;

/// The account's lists (empty when never set).
pub async fn get(
    conn: &mut PgConnection,
    user_id: Uuid,
) -> Result<(Vec<String>, Vec<DenyEntry>), sqlx::Error> {
    let row: Option<(Value, Value)> =
        sqlx::query_as("select allow_list, deny_list from account_pii_lists where user_id = $1")
            .bind(user_id)
            .fetch_optional(conn)
            .await?;
    let Some((allow, deny)) = row else {
        return Ok((Vec::new(), Vec::new()));
    };
    // Written only by `put` from checked values; anything else is ignored
    // rather than stopping processing.
    Ok((
        serde_json::from_value(allow).unwrap_or_default(),
        serde_json::from_value(deny).unwrap_or_default(),
    ))
}

/// Replaces the account's lists.
pub async fn put(
    conn: &mut PgConnection,
    user_id: Uuid,
    allow: &[String],
    deny: &[DenyEntry],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into account_pii_lists (user_id, allow_list, deny_list) values ($1, $2, $3)
         on conflict (user_id) do update
           set allow_list = excluded.allow_list, deny_list = excluded.deny_list,
               updated_at = now() at time zone 'utc'",
    )
    .bind(user_id)
    .bind(serde_json::json!(allow))
    .bind(serde_json::json!(deny))
    .execute(conn)
    .await?;
    Ok(())
}

/// The analyzer options for the account's documents.
pub async fn options(conn: &mut PgConnection, user_id: Uuid) -> Result<Options, sqlx::Error> {
    let (allow_list, deny_list) = get(conn, user_id).await?;
    Ok(Options {
        allow_list,
        deny_list,
        ..Options::default()
    })
}
