//! Retention: soft-deleted documents older than the configured number of
//! days are purged with their originals, results and jobs (by cascade), in
//! audited batches (the built-in rule every account has); and each
//! account's own rules (`retention_rules`, managed in
//! `compliance::retention`) soft-delete or purge what they cover. Legal
//! holds win over both. One instance applies them at a time;
//! `jobs::maintenance` runs them periodically.

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
            "select d.id, d.user_id, d.title from documents d
             where d.deleted_at < (now() at time zone 'utc') - $1 * interval '1 day'
               and not exists (
                   select 1 from legal_hold_documents m join legal_holds h on h.id = m.hold_id
                   where m.document_id = d.id and h.released_at is null)
             order by d.deleted_at limit $2 for update of d skip locked",
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
            sqlx::query("delete from documents where id = $1 and user_id = $2")
                .bind(id)
                .bind(user_id)
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

/// A retention rule: which of an account's live documents it covers, how
/// long they are kept, and what happens then.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Rule {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    pub file_type: Option<String>,
    pub metadata_key: Option<String>,
    pub metadata_value: Option<String>,
    /// `created` or `updated`: the age is counted from this.
    pub age_basis: String,
    pub keep_days: i32,
    /// `soft_delete` or `purge`.
    pub action: String,
    pub created_at: chrono::NaiveDateTime,
}

/// A document a rule covers now.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Due {
    pub id: Uuid,
    pub title: String,
    pub created_at: chrono::NaiveDateTime,
    /// The active hold that keeps it, by name: holds win over rules.
    pub held_by: Option<String>,
}

/// Which documents a rule's query returns.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Covered {
    /// All it covers, held ones included (and named): a dry run.
    All,
    /// Only those no active hold keeps, locked for removal (rows another
    /// transaction holds, such as a hold being created, are skipped).
    RemovableLocked,
}

/// The live documents `rule` covers now.
pub async fn due_under(
    conn: &mut sqlx::PgConnection,
    rule: &Rule,
    covered: Covered,
    limit: i64,
) -> Result<Vec<Due>, sqlx::Error> {
    let (unheld, lock) = match covered {
        Covered::All => ("", ""),
        Covered::RemovableLocked => (
            "and not exists (select 1 from legal_hold_documents m
                             join legal_holds h on h.id = m.hold_id
                             where m.document_id = d.id and h.released_at is null)",
            "for update of d skip locked",
        ),
    };
    let sql = format!(
        "select d.id, d.title, d.created_at,
                (select h.name from legal_hold_documents m join legal_holds h on h.id = m.hold_id
                 where m.document_id = d.id and h.released_at is null limit 1) as held_by
         from documents d
         where d.user_id = $1 and d.deleted_at is null
           and ($2::text is null or d.file_type = $2)
           and ($3::text is null or d.metadata ->> $3 = $4)
           and (case when $5 = 'updated' then coalesce(d.updated_at, d.created_at)
                     else d.created_at end)
               < (now() at time zone 'utc') - $6 * interval '1 day'
           {unheld}
         order by d.created_at limit $7 {lock}"
    );
    // Only the two fixed fragments above are spliced in.
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(rule.user_id)
        .bind(rule.file_type.as_deref())
        .bind(rule.metadata_key.as_deref())
        .bind(rule.metadata_value.as_deref())
        .bind(&rule.age_basis)
        .bind(f64::from(rule.keep_days))
        .bind(limit)
        .fetch_all(conn)
        .await
}

/// Any number; all instances agree on it.
const RULES_LOCK: i64 = 0x006f_6372_756c_6573;

/// Applies every account's rules: what each covers and no hold keeps is
/// soft-deleted or purged, each in its own audited row (user agent
/// `opencomplai-retention`, with the rule). Returns how many documents
/// went. One instance applies them at a time.
pub async fn apply_rules(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let rules: Vec<Rule> = sqlx::query_as(
        "select id, user_id, name, file_type, metadata_key, metadata_value, age_basis,
                keep_days, action, created_at
         from retention_rules order by created_at",
    )
    .fetch_all(pool)
    .await?;
    let ctx = RequestContext {
        user_agent: Some("opencomplai-retention".into()),
        ..RequestContext::default()
    };
    let mut removed = 0;
    for rule in rules {
        loop {
            let mut tx = pool.begin().await?;
            let locked: bool = sqlx::query_scalar("select pg_try_advisory_xact_lock($1)")
                .bind(RULES_LOCK)
                .fetch_one(&mut *tx)
                .await?;
            if !locked {
                return Ok(removed);
            }
            let due = due_under(&mut tx, &rule, Covered::RemovableLocked, BATCH).await?;
            for d in &due {
                let (action, sql) = if rule.action == "purge" {
                    (
                        "purge",
                        "delete from documents where id = $1 and user_id = $2",
                    )
                } else {
                    (
                        "delete",
                        "update documents set deleted_at = now() at time zone 'utc'
                         where id = $1 and user_id = $2",
                    )
                };
                let entry = Entry::new(Some(rule.user_id), action, "document", Some(d.id))
                    .new_values(json!({
                        "title": d.title, "retention_rule": rule.id, "rule": rule.name,
                        "keep_days": rule.keep_days, "age_basis": rule.age_basis,
                    }));
                audit::record(&mut tx, &ctx, entry).await?;
                sqlx::query(sql)
                    .bind(d.id)
                    .bind(rule.user_id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            removed += due.len() as u64;
            if (due.len() as i64) < BATCH {
                break;
            }
        }
    }
    Ok(removed)
}
