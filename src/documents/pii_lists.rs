//! Each account's allow- and deny-lists for the analyzer: texts never to
//! report as personal data, and texts always to report with a type. They
//! apply to documents processed after they are set.

use opencomplai_analyze::{DenyEntry, EntityType, Options};
use serde_json::{Value, json};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::Result;
use crate::audit::Actor;
use crate::validation::Invalid;

/// At most this many entries in each list, each at most this many characters.
pub const MAX_ENTRIES: usize = 1000;
pub const MAX_TERM_CHARS: usize = 200;

/// An account's two lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lists {
    pub allow: Vec<String>,
    pub deny: Vec<DenyEntry>,
}

/// A deny-list entry as sent: the text and the name of its type.
#[derive(Debug, Clone)]
pub struct DenyInput {
    pub text: String,
    pub entity_type: String,
}

async fn get(conn: &mut PgConnection, user_id: Uuid) -> Result<Lists, sqlx::Error> {
    let row: Option<(Value, Value)> =
        sqlx::query_as("select allow_list, deny_list from account_pii_lists where user_id = $1")
            .bind(user_id)
            .fetch_optional(conn)
            .await?;
    let Some((allow, deny)) = row else {
        return Ok(Lists::default());
    };
    // Written only by `replace` from checked values; anything else is
    // ignored rather than stopping processing. Lists saved before entries
    // were composed are composed here, as the text they are compared with.
    let mut lists = Lists {
        allow: serde_json::from_value(allow).unwrap_or_default(),
        deny: serde_json::from_value(deny).unwrap_or_default(),
    };
    lists
        .allow
        .iter_mut()
        .for_each(opencomplai_extract::compose);
    lists
        .deny
        .iter_mut()
        .for_each(|d| opencomplai_extract::compose(&mut d.text));
    Ok(lists)
}

/// The account's lists (empty when never set), audited as a read.
pub async fn read(pool: &PgPool, actor: &Actor) -> Result<Lists> {
    let mut tx = pool.begin().await?;
    let lists = get(&mut tx, actor.user_id).await?;
    let entry = actor.entry("read", "pii_lists", Some(actor.user_id));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(lists)
}

fn term(field: &str, raw: &str) -> Result<String, Invalid> {
    // Composed, as the extracted text it is compared with.
    let composed = opencomplai_extract::nfc(raw.trim());
    let t = composed.as_ref();
    if t.is_empty() || t.chars().count() > MAX_TERM_CHARS || t.contains('\0') {
        return Err(Invalid::field(
            field,
            "invalid",
            format!("entries must be 1 to {MAX_TERM_CHARS} characters, without NUL"),
        ));
    }
    Ok(t.to_owned())
}

/// Checks both lists: at most [`MAX_ENTRIES`] each, every entry 1 to
/// [`MAX_TERM_CHARS`] characters (trimmed), known entity types.
pub fn check(allow: &[String], deny: &[DenyInput]) -> Result<Lists, Invalid> {
    for (field, n) in [("allow_list", allow.len()), ("deny_list", deny.len())] {
        if n > MAX_ENTRIES {
            return Err(Invalid::field(
                field,
                "too_many",
                format!("at most {MAX_ENTRIES} entries"),
            ));
        }
    }
    let allow = allow
        .iter()
        .map(|t| term("allow_list", t))
        .collect::<Result<Vec<_>, _>>()?;
    let deny = deny
        .iter()
        .map(|d| {
            let entity_type = d.entity_type.parse::<EntityType>().map_err(|_| {
                Invalid::field(
                    "deny_list",
                    "unknown_type",
                    format!("unknown entity type {:?}", d.entity_type),
                )
            })?;
            Ok(DenyEntry {
                text: term("deny_list", &d.text)?,
                entity_type,
            })
        })
        .collect::<Result<Vec<_>, Invalid>>()?;
    Ok(Lists { allow, deny })
}

/// Replaces the account's lists with checked ones; audited with the entry
/// counts, never the entries.
pub async fn replace(pool: &PgPool, actor: &Actor, lists: &Lists) -> Result<()> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "insert into account_pii_lists (user_id, allow_list, deny_list) values ($1, $2, $3)
         on conflict (user_id) do update
           set allow_list = excluded.allow_list, deny_list = excluded.deny_list,
               updated_at = now() at time zone 'utc'",
    )
    .bind(actor.user_id)
    .bind(json!(lists.allow))
    .bind(json!(lists.deny))
    .execute(&mut *tx)
    .await?;
    let entry = actor
        .entry("update", "pii_lists", Some(actor.user_id))
        .new_values(json!({
            "allow_list_entries": lists.allow.len(),
            "deny_list_entries": lists.deny.len(),
        }));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}

/// The analyzer options for the account's documents.
pub async fn options(conn: &mut PgConnection, user_id: Uuid) -> Result<Options, sqlx::Error> {
    let lists = get(conn, user_id).await?;
    Ok(Options {
        allow_list: lists.allow,
        deny_list: lists.deny,
        ..Options::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_composed_as_the_text_they_are_compared_with() {
        let lists = check(
            &["  Mu\u{308}ller ".to_owned()],
            &[DenyInput {
                text: "Bra\u{308}uer GmbH".to_owned(),
                entity_type: "ORGANIZATION".to_owned(),
            }],
        )
        .expect("valid");
        assert_eq!(lists.allow, vec!["Müller".to_owned()]);
        assert_eq!(lists.deny[0].text, "Bräuer GmbH");
    }
}
