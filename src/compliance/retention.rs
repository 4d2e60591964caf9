//! Retention rules as an account manages them: made, listed, removed, and
//! tried without effect (a dry run lists what a rule would remove now, and
//! what a hold keeps). `documents::retention` applies them periodically.

use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use crate::audit::Actor;
use crate::documents::retention::{Covered, Due, Rule, due_under};
use crate::documents::{Error, Result};
use crate::validation::Invalid;

/// Most rules per account.
pub const MAX_RULES: i64 = 100;
/// Documents a dry run lists at most.
pub const DRY_RUN_ROWS: i64 = 1_000;

/// A rule to make.
#[derive(Debug, Clone, Default)]
pub struct NewRule {
    pub name: String,
    pub file_type: Option<String>,
    /// One metadata field and the value it must hold.
    pub metadata: Option<(String, String)>,
    /// `created` or `updated`.
    pub age_basis: String,
    pub keep_days: i32,
    /// `soft_delete` or `purge`.
    pub action: String,
}

fn check(new: &NewRule) -> Result<(), Invalid> {
    let nul = new.name.contains('\0')
        || new.file_type.as_deref().is_some_and(|t| t.contains('\0'))
        || new
            .metadata
            .as_ref()
            .is_some_and(|(k, v)| k.contains('\0') || v.contains('\0'));
    if nul {
        return Err(crate::validation::no_nul("rule"));
    }
    let name = new.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(Invalid::field(
            "name",
            "invalid",
            "name must be 1 to 200 characters",
        ));
    }
    if let Some(t) = &new.file_type
        && opencomplai_extract::FileType::parse(t).is_none()
    {
        return Err(Invalid::field(
            "file_type",
            "invalid",
            format!(
                "file_type must be one of {}",
                opencomplai_extract::FileType::ALL
                    .map(|t| t.as_str())
                    .join(", ")
            ),
        ));
    }
    if let Some((k, v)) = &new.metadata
        && (k.is_empty() || k.chars().count() > 200 || v.is_empty() || v.chars().count() > 1000)
    {
        return Err(Invalid::field(
            "metadata",
            "invalid",
            "metadata must name one field (1 to 200 characters) and a text value (1 to 1,000)",
        ));
    }
    if !matches!(new.age_basis.as_str(), "created" | "updated") {
        return Err(Invalid::field(
            "age_basis",
            "invalid",
            "age_basis must be created or updated",
        ));
    }
    if !(0..=36_500).contains(&new.keep_days) {
        return Err(Invalid::field(
            "keep_days",
            "out_of_range",
            "keep_days must be between 0 and 36500",
        ));
    }
    if !matches!(new.action.as_str(), "soft_delete" | "purge") {
        return Err(Invalid::field(
            "action",
            "invalid",
            "action must be soft_delete or purge",
        ));
    }
    Ok(())
}

const COLUMNS: &str = "id, user_id, name, file_type, metadata_key, metadata_value, age_basis, \
    keep_days, action, created_at";

/// Makes a rule for the actor's documents; audited with the whole rule.
pub async fn create(pool: &PgPool, actor: &Actor, new: NewRule) -> Result<Rule> {
    check(&new)?;
    let mut tx = pool.begin().await?;
    let count: i64 = sqlx::query_scalar("select count(*) from retention_rules where user_id = $1")
        .bind(actor.user_id)
        .fetch_one(&mut *tx)
        .await?;
    if count >= MAX_RULES {
        return Err(Invalid::new(format!(
            "an account has at most {MAX_RULES} retention rules"
        ))
        .into());
    }
    let (key, value) = new.metadata.clone().unzip();
    let rule: Rule = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into retention_rules (user_id, name, file_type, metadata_key, metadata_value,
             age_basis, keep_days, action)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning {COLUMNS}"
    )))
    .bind(actor.user_id)
    .bind(new.name.trim())
    .bind(&new.file_type)
    .bind(&key)
    .bind(&value)
    .bind(&new.age_basis)
    .bind(new.keep_days)
    .bind(&new.action)
    .fetch_one(&mut *tx)
    .await?;
    let entry = actor
        .entry("create", "retention_rule", Some(rule.id))
        .new_values(json!(rule));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(rule)
}

/// The actor's rules, oldest first.
pub async fn list(pool: &PgPool, actor: &Actor) -> Result<Vec<Rule>> {
    let mut conn = pool.acquire().await?;
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from retention_rules where user_id = $1 order by created_at, id"
    )))
    .bind(actor.user_id)
    .fetch_all(&mut *conn)
    .await?)
}

async fn one(pool: &PgPool, actor: &Actor, id: Uuid) -> Result<Rule> {
    let mut conn = pool.acquire().await?;
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from retention_rules where id = $1 and user_id = $2"
    )))
    .bind(id)
    .bind(actor.user_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| Error::NotFound("no such retention rule".into()))
}

/// Removes one of the actor's rules; audited with what it was.
pub async fn delete(pool: &PgPool, actor: &Actor, id: Uuid) -> Result<()> {
    let rule = one(pool, actor, id).await?;
    let mut tx = pool.begin().await?;
    sqlx::query("delete from retention_rules where id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let entry = actor
        .entry("delete", "retention_rule", Some(id))
        .new_values(json!(rule));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}

/// What a rule would do now: the documents it would remove, and those a
/// legal hold keeps from it. Changes nothing.
#[derive(Debug, Clone)]
pub struct DryRun {
    pub rule: Rule,
    pub would_remove: Vec<Due>,
    pub held: Vec<Due>,
}

pub async fn dry_run(pool: &PgPool, actor: &Actor, id: Uuid) -> Result<DryRun> {
    let rule = one(pool, actor, id).await?;
    let mut tx = pool.begin().await?;
    let due = due_under(&mut tx, &rule, Covered::All, DRY_RUN_ROWS).await?;
    let (held, would_remove): (Vec<Due>, Vec<Due>) =
        due.into_iter().partition(|d| d.held_by.is_some());
    let entry = actor
        .entry("dry_run", "retention_rule", Some(id))
        .new_values(json!({"would_remove": would_remove.len(), "held": held.len()}));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(DryRun {
        rule,
        would_remove,
        held,
    })
}
