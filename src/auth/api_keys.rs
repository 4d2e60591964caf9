//! API keys: `sk_live_` and 32 random bytes (43 URL-safe characters). Only a
//! SHA-256 of the key is stored (keys are random, so a fast hash is enough and
//! lookups stay indexed); `prefix` keeps the first 10 characters, which is all
//! the seed's `varchar(10)` holds, so people can tell keys apart.

use chrono::NaiveDateTime;
use serde_json::json;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::tokens::{random_token, sha256_hex};
use super::{Error, Permission, Result};
use crate::audit::Actor;
use crate::validation::{FieldIssue, Invalid};

pub const KEY_PREFIX: &str = "sk_live_";
const VISIBLE: usize = 10;

/// A freshly made key: the secret (shown once) and what is stored.
pub struct NewKey {
    pub secret: String,
    pub hash: String,
    pub prefix: String,
}

pub fn generate() -> NewKey {
    let (random, _) = random_token();
    let secret = format!("{KEY_PREFIX}{random}");
    NewKey {
        hash: hash(&secret),
        prefix: secret[..VISIBLE].to_owned(),
        secret,
    }
}

/// The permissions a new key asks for, checked against the closed set and
/// against what its creator holds (a key never grants more than its owner);
/// duplicates are dropped, and at least one is required.
pub fn parse_permissions(
    requested: &[String],
    held: &[Permission],
) -> Result<Vec<Permission>, Invalid> {
    let mut issues = Vec::new();
    let mut first_problem: Option<String> = None;
    let mut out = Vec::new();
    for (i, name) in requested.iter().enumerate() {
        let (issue, problem) = match Permission::parse(name) {
            None => (
                "unknown_permission",
                format!(
                    "unknown permission `{name}`; use one of {}",
                    Permission::ALL.map(Permission::as_str).join(", ")
                ),
            ),
            Some(p) if !held.contains(&p) => (
                "not_held",
                format!("permission `{name}` is not yours to give"),
            ),
            Some(p) => {
                if !out.contains(&p) {
                    out.push(p);
                }
                continue;
            }
        };
        first_problem.get_or_insert(problem);
        issues.push(FieldIssue {
            field: format!("permissions[{i}]"),
            issue: issue.into(),
        });
    }
    if let Some(message) = first_problem {
        return Err(Invalid {
            message,
            details: issues,
        });
    }
    if out.is_empty() {
        return Err(Invalid::field(
            "permissions",
            "empty",
            "a key needs at least one permission",
        ));
    }
    Ok(out)
}

pub fn hash(secret: &str) -> String {
    sha256_hex(secret)
}

/// A stored key, as its owner may see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiKey {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    pub prefix: Option<String>,
    pub permissions: Option<Vec<String>>,
    pub last_used_at: Option<NaiveDateTime>,
    pub created_at: Option<NaiveDateTime>,
    pub expires_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

const COLUMNS: &str =
    "id, user_id, name, prefix, permissions, last_used_at, created_at, expires_at, revoked_at";

pub async fn insert(
    conn: &mut PgConnection,
    user_id: Uuid,
    name: &str,
    permissions: &[Permission],
    expires_at: Option<NaiveDateTime>,
    key: &NewKey,
) -> Result<ApiKey, sqlx::Error> {
    let perms: Vec<&str> = permissions.iter().map(|p| p.as_str()).collect();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into api_keys (user_id, name, key_hash, prefix, permissions, expires_at)
         values ($1, $2, $3, $4, $5, $6) returning {COLUMNS}"
    )))
    .bind(user_id)
    .bind(name)
    .bind(&key.hash)
    .bind(&key.prefix)
    .bind(perms)
    .bind(expires_at)
    .fetch_one(conn)
    .await
}

/// `user_id`'s keys, newest first, after the keyset position `before`.
pub async fn list(
    conn: &mut PgConnection,
    user_id: Uuid,
    before: Option<(NaiveDateTime, Uuid)>,
    limit: i64,
) -> Result<Vec<ApiKey>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from api_keys
         where user_id = $1 and ($2::timestamp is null or (created_at, id) < ($2, $3))
         order by created_at desc, id desc limit $4"
    )))
    .bind(user_id)
    .bind(before.map(|b| b.0))
    .bind(before.map(|b| b.1))
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// Revokes one of `user_id`'s keys; `None` when there is no such key of theirs.
/// Revoking twice keeps the first revocation time.
pub async fn revoke(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<Option<(ApiKey, bool)>, sqlx::Error> {
    let before: Option<ApiKey> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from api_keys where id = $1 and user_id = $2 for update"
    )))
    .bind(id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(before) = before else {
        return Ok(None);
    };
    if before.revoked_at.is_some() {
        return Ok(Some((before, false)));
    }
    let after: ApiKey = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update api_keys set revoked_at = (now() at time zone 'utc') where id = $1 returning {COLUMNS}"
    )))
    .bind(id)
    .fetch_one(conn)
    .await?;
    Ok(Some((after, true)))
}

/// Longest key name, in characters.
pub const MAX_NAME: usize = 100;

/// A key to create.
#[derive(Debug, Clone)]
pub struct KeyRequest {
    pub name: String,
    pub permissions: Vec<String>,
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Creates a key for the actor, who holds `held`: a key never grants more
/// than its owner. Returns the stored key and its secret (shown once).
/// Audited without the secret.
pub async fn create(
    pool: &PgPool,
    actor: &Actor,
    held: &[Permission],
    request: KeyRequest,
) -> Result<(ApiKey, String)> {
    let name = request.name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(Invalid::field("name", "invalid", "name must be 1 to 100 characters").into());
    }
    if name.contains('\0') {
        return Err(crate::validation::no_nul("name").into());
    }
    if request.permissions.len() > Permission::ALL.len() {
        return Err(Invalid::field(
            "permissions",
            "too_many",
            format!("at most {} permissions, each once", Permission::ALL.len()),
        )
        .into());
    }
    let permissions = parse_permissions(&request.permissions, held)?;
    if request
        .expires_at
        .is_some_and(|at| at <= chrono::Utc::now())
    {
        return Err(
            Invalid::field("expires_at", "in_past", "expires_at must be in the future").into(),
        );
    }
    let key = generate();
    let mut tx = pool.begin().await?;
    let expires_at = request.expires_at.map(|at| at.naive_utc());
    let stored = insert(&mut tx, actor.user_id, name, &permissions, expires_at, &key).await?;
    let entry = actor
        .entry("create", "api_key", Some(stored.id))
        .new_values(json!({
            "name": stored.name,
            "prefix": stored.prefix,
            "permissions": stored.permissions,
            "expires_at": request.expires_at,
        }));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok((stored, key.secret))
}

/// The actor's keys, newest first, never the secrets.
pub async fn page(
    pool: &PgPool,
    user_id: Uuid,
    before: Option<(NaiveDateTime, Uuid)>,
    limit: i64,
) -> Result<Vec<ApiKey>> {
    let mut conn = pool.acquire().await?;
    Ok(list(&mut conn, user_id, before, limit).await?)
}

/// Revokes the actor's key `id` (`NotFound` for anything that is not the
/// id of a key of theirs); revoking again changes and audits nothing.
pub async fn revoke_key(pool: &PgPool, actor: &Actor, id: &str) -> Result<()> {
    let not_found = || Error::NotFound("no such API key".into());
    let id = Uuid::parse_str(id).map_err(|_| not_found())?;
    let mut tx = pool.begin().await?;
    let (key, changed) = revoke(&mut tx, actor.user_id, id)
        .await?
        .ok_or_else(not_found)?;
    if changed {
        let entry = actor
            .entry("revoke", "api_key", Some(key.id))
            .new_values(json!({"revoked_at": key.revoked_at.map(|t| t.and_utc())}));
        actor.record(&mut tx, entry).await?;
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_long_url_safe_and_stored_only_as_a_hash() {
        let k = generate();
        assert!(k.secret.starts_with("sk_live_"));
        let random = &k.secret[KEY_PREFIX.len()..];
        assert!(random.len() >= 43, "32 bytes need 43 base64 characters");
        assert!(
            random
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_eq!(k.prefix.len(), 10);
        assert!(k.secret.starts_with(&k.prefix));
        assert_eq!(k.hash.len(), 64);
        assert!(!k.hash.contains(random));
        assert_ne!(generate().secret, k.secret);
    }
}
