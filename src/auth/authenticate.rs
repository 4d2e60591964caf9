//! Turning a presented credential (session JWT or API key) into a
//! `Principal`, re-reading the account on every request so that a deleted or
//! disabled account, or a revoked key, stops working at once.

use chrono::{NaiveDateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use super::api_keys::{self, KEY_PREFIX};
use super::tokens::SessionKeys;
use super::{Credential, Permission, Principal, Tier};
use super::{Error, Result};

/// `last_used_at` is written at most this often per key.
const LAST_USED_EVERY_SECS: i64 = 60;

#[derive(sqlx::FromRow)]
struct Account {
    id: Uuid,
    is_active: Option<bool>,
    is_admin: bool,
    deleted_at: Option<NaiveDateTime>,
    tier: Option<String>,
    subscription_expires_at: Option<NaiveDateTime>,
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    key_id: Uuid,
    permissions: Option<Vec<String>>,
    expires_at: Option<NaiveDateTime>,
    revoked_at: Option<NaiveDateTime>,
    last_used_at: Option<NaiveDateTime>,
    #[sqlx(flatten)]
    account: Account,
}

/// Checks the account behind a credential and builds the principal.
fn admit(account: Account, credential: Credential) -> Result<Principal> {
    if account.deleted_at.is_some() {
        return Err(Error::unauthorized("this account has been deleted"));
    }
    if account.is_active == Some(false) {
        return Err(Error::Forbidden("this account is disabled".into()));
    }
    let now = Utc::now().naive_utc();
    Ok(Principal {
        user_id: account.id,
        is_admin: account.is_admin,
        tier: Tier::effective(
            account.tier.as_deref(),
            account.subscription_expires_at,
            now,
        ),
        credential,
    })
}

/// Resolves `token` (the part after `Bearer `, or an `X-API-Key` value).
pub async fn authenticate(pool: &PgPool, keys: &SessionKeys, token: &str) -> Result<Principal> {
    if token.starts_with(KEY_PREFIX) {
        return by_api_key(pool, token).await;
    }
    let user_id = keys
        .verify(token)
        .ok_or_else(|| Error::unauthorized("the session token is invalid or expired"))?;
    let account: Account = sqlx::query_as(
        "select id, is_active, is_admin, deleted_at, tier, subscription_expires_at from users where id = $1",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?
    .ok_or_else(|| Error::unauthorized("the session token is invalid or expired"))?;
    admit(account, Credential::Session)
}

async fn by_api_key(pool: &PgPool, key: &str) -> Result<Principal> {
    let row: KeyRow = sqlx::query_as(
        "select k.id as key_id, k.permissions, k.expires_at, k.revoked_at, k.last_used_at,
                u.id, u.is_active, u.is_admin, u.deleted_at, u.tier, u.subscription_expires_at
         from api_keys k join users u on u.id = k.user_id
         where k.key_hash = $1",
    )
    .bind(api_keys::hash(key))
    .fetch_optional(pool)
    .await?
    .ok_or_else(|| Error::unauthorized("the API key is not valid"))?;
    let now = Utc::now().naive_utc();
    if row.revoked_at.is_some() {
        return Err(Error::unauthorized("the API key has been revoked"));
    }
    if row.expires_at.is_some_and(|at| at <= now) {
        return Err(Error::unauthorized("the API key has expired"));
    }
    let permissions = row
        .permissions
        .unwrap_or_default()
        .iter()
        .filter_map(|p| Permission::parse(p))
        .collect();
    let stale = row
        .last_used_at
        .is_none_or(|at| (now - at).num_seconds() >= LAST_USED_EVERY_SECS);
    if stale {
        sqlx::query(
            "update api_keys set last_used_at = (now() at time zone 'utc')
             where id = $1 and (last_used_at is null
                                or last_used_at < (now() at time zone 'utc') - interval '1 minute')",
        )
        .bind(row.key_id)
        .execute(pool)
        .await?;
    }
    admit(
        row.account,
        Credential::ApiKey {
            id: row.key_id,
            permissions,
        },
    )
}
