//! API keys: `sk_live_` and 32 random bytes (43 URL-safe characters). Only a
//! SHA-256 of the key is stored (keys are random, so a fast hash is enough and
//! lookups stay indexed); `prefix` keeps the first 10 characters, which is all
//! the seed's `varchar(10)` holds, so people can tell keys apart.

use chrono::NaiveDateTime;
use sqlx::PgConnection;
use uuid::Uuid;

use super::Permission;
use super::tokens::{random_token, sha256_hex};
use crate::error::{ApiError, FieldIssue};

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
) -> Result<Vec<Permission>, ApiError> {
    let mut issues = Vec::new();
    let mut first_problem: Option<String> = None;
    let mut out = Vec::new();
    for (i, name) in requested.iter().enumerate() {
        let (issue, problem) = match Permission::parse(name) {
            None => (
                "unknown_permission",
                format!(
                    "unknown permission `{name}`; use document.read, document.create, \
                     document.update, document.delete or audit.read"
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
        return Err(ApiError::Validation {
            message,
            details: issues,
        });
    }
    if out.is_empty() {
        return Err(ApiError::field(
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
