//! Browser sessions: a random token in an `HttpOnly`, `SameSite=Lax`
//! cookie, of which only a SHA-256 is stored (`web_sessions`), so neither
//! the table nor a backup of it signs anyone in. Signing out revokes the
//! row at once. Every request re-reads the account, as API credentials do,
//! so a deleted or disabled account's sessions stop working immediately.
//!
//! Forms are protected against cross-site requests by a token derived from
//! the session's secret (`csrf_token`): a page that can read it was served
//! to the session's owner, and nothing needs storing.

use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use super::tokens::{random_token, same_secret, sha256_hex};
use super::{Credential, Error, Principal, Result, Tier};
use crate::audit::RequestContext;

/// The cookie holding the session token.
pub const COOKIE: &str = "oc_session";

/// Starts a session for `user_id`; returns the token for the cookie.
pub async fn start(
    pool: &PgPool,
    user_id: Uuid,
    ttl: Duration,
    ctx: &RequestContext,
) -> Result<String> {
    let (token, hash) = random_token();
    let expires = Utc::now().naive_utc()
        + chrono::Duration::from_std(ttl).unwrap_or(chrono::Duration::hours(8));
    sqlx::query(
        "insert into web_sessions (user_id, token_hash, expires_at, ip_address, user_agent)
         values ($1, $2, $3, $4, $5)",
    )
    .bind(user_id)
    .bind(hash)
    .bind(expires)
    .bind(ctx.ip_address.map(ipnet::IpNet::from))
    .bind(ctx.user_agent.as_deref())
    .execute(pool)
    .await?;
    Ok(token)
}

#[derive(sqlx::FromRow)]
struct Row {
    user_id: Uuid,
    email: String,
    is_active: Option<bool>,
    is_admin: bool,
    deleted_at: Option<NaiveDateTime>,
    tier: Option<String>,
    subscription_expires_at: Option<NaiveDateTime>,
}

/// Who a live session signs in.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub principal: Principal,
    pub email: String,
}

/// The account behind a live session token; `None` for an unknown,
/// expired or revoked one, or an account that is gone or disabled.
pub async fn resolve(pool: &PgPool, token: &str) -> Result<Option<SignedIn>> {
    let row: Option<Row> = sqlx::query_as(
        "select u.id as user_id, u.email, u.is_active, u.is_admin, u.deleted_at, u.tier,
                u.subscription_expires_at
         from web_sessions s join users u on u.id = s.user_id
         where s.token_hash = $1 and s.revoked_at is null
           and s.expires_at > (now() at time zone 'utc')",
    )
    .bind(sha256_hex(token))
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    if row.deleted_at.is_some() || row.is_active == Some(false) {
        return Ok(None);
    }
    Ok(Some(SignedIn {
        principal: Principal {
            user_id: row.user_id,
            is_admin: row.is_admin,
            tier: Tier::effective(
                row.tier.as_deref(),
                row.subscription_expires_at,
                Utc::now().naive_utc(),
            ),
            credential: Credential::Session,
        },
        email: row.email,
    }))
}

/// Ends the session with this token; returns its account when it was live.
pub async fn end(pool: &PgPool, token: &str) -> Result<Option<Uuid>> {
    Ok(sqlx::query_scalar(
        "update web_sessions set revoked_at = now() at time zone 'utc'
         where token_hash = $1 and revoked_at is null returning user_id",
    )
    .bind(sha256_hex(token))
    .fetch_optional(pool)
    .await?)
}

/// Ends every session of `user_id` (after a password change, say).
pub async fn end_all(pool: &PgPool, user_id: Uuid) -> Result<u64, Error> {
    let done = sqlx::query(
        "update web_sessions set revoked_at = now() at time zone 'utc'
         where user_id = $1 and revoked_at is null",
    )
    .bind(user_id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// The form token of the session holding `token`.
pub fn csrf_token(token: &str) -> String {
    sha256_hex(&format!("opencomplai-csrf:{token}"))
}

/// Whether `sent` is the form token of the session holding `token`,
/// compared in constant time.
pub fn csrf_matches(token: &str, sent: &str) -> bool {
    same_secret(&csrf_token(token), sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_token_belongs_to_its_session() {
        let (a, _) = random_token();
        let (b, _) = random_token();
        let t = csrf_token(&a);
        assert!(csrf_matches(&a, &t));
        assert!(!csrf_matches(&b, &t));
        assert!(!csrf_matches(&a, ""));
        assert!(!csrf_matches(&a, &t[..10]));
    }
}
