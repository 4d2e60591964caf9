//! Accounts: creation, lookup, profile changes, soft deletion, and email
//! verification tokens. Every function takes the caller's connection so the
//! change and its audit row share one transaction.

use chrono::{NaiveDateTime, Utc};
use serde_json::{Map, Value, json};
use sqlx::PgConnection;
use uuid::Uuid;

use super::Tier;
use super::tokens::{random_token, sha256_hex};
use super::{Error, Result};
use crate::validation::Invalid;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub password_hash: String,
    pub full_name: Option<String>,
    pub organization: Option<String>,
    pub avatar_url: Option<String>,
    pub is_active: Option<bool>,
    pub is_admin: bool,
    pub email_verified: Option<bool>,
    pub email_verified_at: Option<NaiveDateTime>,
    pub tier: Option<String>,
    pub subscription_expires_at: Option<NaiveDateTime>,
    pub created_at: Option<NaiveDateTime>,
    pub updated_at: Option<NaiveDateTime>,
    pub deleted_at: Option<NaiveDateTime>,
}

impl User {
    pub fn effective_tier(&self) -> Tier {
        Tier::effective(
            self.tier.as_deref(),
            self.subscription_expires_at,
            Utc::now().naive_utc(),
        )
    }

    /// The profile fields, for audit `old_values`/`new_values` (never the hash).
    pub fn profile(&self) -> Map<String, Value> {
        let Value::Object(map) = json!({
            "email": self.email,
            "full_name": self.full_name,
            "organization": self.organization,
            "avatar_url": self.avatar_url,
        }) else {
            return Map::new();
        };
        map
    }
}

const COLUMNS: &str = "id, email, password_hash, full_name, organization, avatar_url, is_active, \
    is_admin, email_verified, email_verified_at, tier, subscription_expires_at, created_at, \
    updated_at, deleted_at";

/// The longest email address (RFC 5321's path limit less the brackets).
pub const MAX_EMAIL_BYTES: usize = 254;

/// A valid, normalised email: trimmed, lower-cased, one `@`, a dotted domain.
pub fn normalize_email(raw: &str) -> Result<String, Invalid> {
    let invalid = || Invalid::field("email", "invalid", "email is not a valid address");
    // Measured before anything is copied: a megabyte sent as an email costs
    // nothing more than this comparison.
    if raw.trim().len() > MAX_EMAIL_BYTES {
        return Err(invalid());
    }
    let email = raw.trim().to_lowercase();
    if email.is_empty() || email.len() > MAX_EMAIL_BYTES {
        return Err(invalid());
    }
    let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    if !local_ok || labels.len() < 2 || !labels.iter().all(|l| label_ok(l)) {
        return Err(invalid());
    }
    Ok(email)
}

/// An absolute http(s) URL, or an error naming the field.
pub fn validate_url(field: &str, raw: &str) -> Result<String, Invalid> {
    let invalid = || {
        Invalid::field(
            field,
            "invalid",
            format!("{field} must be an http or https URL"),
        )
    };
    let url = url::Url::parse(raw.trim()).map_err(|_| invalid())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() || raw.len() > 2048 {
        return Err(invalid());
    }
    Ok(url.to_string())
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub full_name: Option<&'a str>,
    pub organization: Option<&'a str>,
    pub avatar_url: Option<&'a str>,
    pub is_admin: bool,
}

pub async fn insert(conn: &mut PgConnection, new: NewUser<'_>) -> Result<User> {
    let result = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into users (email, password_hash, full_name, organization, avatar_url, is_admin)
         values ($1, $2, $3, $4, $5, $6) returning {COLUMNS}"
    )))
    .bind(new.email)
    .bind(new.password_hash)
    .bind(new.full_name)
    .bind(new.organization)
    .bind(new.avatar_url)
    .bind(new.is_admin)
    .fetch_one(conn)
    .await;
    match result {
        Ok(user) => Ok(user),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(Error::Conflict(
            "an account with this email already exists".into(),
        )),
        Err(e) => Err(e.into()),
    }
}

/// Any account with this email, deleted or not.
pub async fn by_email(conn: &mut PgConnection, email: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from users where email = $1"
    )))
    .bind(email)
    .fetch_optional(conn)
    .await
}

pub async fn by_id(conn: &mut PgConnection, id: Uuid) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from users where id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// A profile change; `Some(None)` clears a field.
#[derive(Debug, Default)]
pub struct ProfilePatch {
    pub full_name: Option<Option<String>>,
    pub organization: Option<Option<String>>,
    pub avatar_url: Option<Option<String>>,
}

/// Applies `patch` to a live account, returning it before and after.
pub async fn update_profile(
    conn: &mut PgConnection,
    id: Uuid,
    patch: ProfilePatch,
) -> Result<(User, User)> {
    let before: User = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from users where id = $1 and deleted_at is null for update"
    )))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| Error::NotFound("no such account".into()))?;
    let full_name = patch.full_name.unwrap_or(before.full_name.clone());
    let organization = patch.organization.unwrap_or(before.organization.clone());
    let avatar_url = patch.avatar_url.unwrap_or(before.avatar_url.clone());
    if full_name == before.full_name
        && organization == before.organization
        && avatar_url == before.avatar_url
    {
        return Ok((before.clone(), before));
    }
    let after: User = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update users set full_name = $2, organization = $3, avatar_url = $4
         where id = $1 returning {COLUMNS}"
    )))
    .bind(id)
    .bind(full_name)
    .bind(organization)
    .bind(avatar_url)
    .fetch_one(conn)
    .await?;
    Ok((before, after))
}

/// Soft-deletes a live account; its sessions and keys stop working at once
/// because every request re-reads the account.
pub async fn soft_delete(conn: &mut PgConnection, id: Uuid) -> Result<()> {
    let done = sqlx::query(
        "update users set deleted_at = (now() at time zone 'utc') where id = $1 and deleted_at is null",
    )
    .bind(id)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound("no such account".into()));
    }
    Ok(())
}

/// Creates a verification token for `user_id`, valid for `ttl`; returns it.
pub async fn create_verification_token(
    conn: &mut PgConnection,
    user_id: Uuid,
    ttl: std::time::Duration,
) -> Result<String, sqlx::Error> {
    let (token, hash) = random_token();
    let expires = Utc::now().naive_utc()
        + chrono::Duration::from_std(ttl).unwrap_or(chrono::Duration::days(1));
    sqlx::query("insert into email_verification_tokens (token_hash, user_id, expires_at) values ($1, $2, $3)")
        .bind(hash)
        .bind(user_id)
        .bind(expires)
        .execute(conn)
        .await?;
    Ok(token)
}

/// Spends a verification token and marks its account verified; returns the
/// account's id. An unknown, used or expired token is a 422.
pub async fn verify_email(conn: &mut PgConnection, token: &str) -> Result<Uuid> {
    let user_id: Option<Uuid> = sqlx::query_scalar(
        "update email_verification_tokens t set used_at = (now() at time zone 'utc')
         from users u
         where t.token_hash = $1 and t.used_at is null
           and t.expires_at > (now() at time zone 'utc')
           and u.id = t.user_id and u.deleted_at is null
         returning t.user_id",
    )
    .bind(sha256_hex(token))
    .fetch_optional(&mut *conn)
    .await?;
    let user_id = user_id.ok_or_else(|| {
        Invalid::field(
            "token",
            "invalid",
            "the verification token is unknown, used or expired",
        )
    })?;
    sqlx::query(
        "update users set email_verified = true,
             email_verified_at = coalesce(email_verified_at, now() at time zone 'utc')
         where id = $1",
    )
    .bind(user_id)
    .execute(conn)
    .await?;
    Ok(user_id)
}

/// Marks the account's email verified (an operator vouched for it).
pub async fn mark_verified(conn: &mut PgConnection, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update users set email_verified = true, email_verified_at = now() at time zone 'utc'
         where id = $1",
    )
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Replaces the account's password hash.
pub async fn set_password(
    conn: &mut PgConnection,
    id: Uuid,
    hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("update users set password_hash = $2 where id = $1")
        .bind(id)
        .bind(hash)
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_bad_ones_rejected() {
        assert_eq!(
            normalize_email("  Ada.Lovelace@Example.ORG ")
                .ok()
                .as_deref(),
            Some("ada.lovelace@example.org")
        );
        for bad in [
            "",
            "ada",
            "ada@",
            "@example.org",
            "ada@example",
            "ada@@example.org",
            "a b@example.org",
            "ada@-x.org",
            ".ada@example.org",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn only_http_urls_are_accepted() {
        assert!(validate_url("avatar_url", "https://example.org/a.png").is_ok());
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org/a",
            "not a url",
            "/relative.png",
        ] {
            assert!(validate_url("avatar_url", bad).is_err(), "{bad}");
        }
    }
}
