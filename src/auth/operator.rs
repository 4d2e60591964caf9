//! Operator actions run from the command line (`user create`, `api-key
//! create`), audited like their HTTP counterparts with `opencomplai-cli` as
//! the user agent. Refusals come back as the domain's own sentences.

use chrono::{DateTime, Utc};
use serde_json::json;
use sqlx::PgPool;

use super::api_keys::{self, KeyRequest};
use super::users::{self, NewUser};
use super::{Permission, password};
use crate::audit::{self, Actor, Entry, RequestContext};

fn cli_context() -> RequestContext {
    RequestContext {
        user_agent: Some("opencomplai-cli".into()),
        ..RequestContext::default()
    }
}

/// Creates an account; returns its id. The email counts as verified, since
/// an operator vouches for it.
pub async fn create_user(
    pool: &PgPool,
    email: &str,
    password: &str,
    admin: bool,
) -> anyhow::Result<uuid::Uuid> {
    let email = users::normalize_email(email)?;
    password::check_policy(password, &email)?;
    let hash = password::hash(password.to_owned()).await?;
    let mut tx = pool.begin().await?;
    let user = users::insert(
        &mut tx,
        NewUser {
            email: &email,
            password_hash: &hash,
            full_name: None,
            organization: None,
            avatar_url: None,
            is_admin: admin,
        },
    )
    .await?;
    users::mark_verified(&mut tx, user.id).await?;
    let mut values = user.profile();
    values.insert("is_admin".into(), json!(admin));
    let entry =
        Entry::new(Some(user.id), "create", "user", Some(user.id)).new_values(values.into());
    audit::record(&mut tx, &cli_context(), entry).await?;
    tx.commit().await?;
    Ok(user.id)
}

/// Creates an API key for the account with `email`; returns the secret.
pub async fn create_api_key(
    pool: &PgPool,
    email: &str,
    name: &str,
    permissions: &[String],
    expires_at: Option<DateTime<Utc>>,
) -> anyhow::Result<String> {
    let email = users::normalize_email(email)?;
    // Refused before the account is looked up, as it always was.
    api_keys::parse_permissions(permissions, &Permission::ALL)?;
    if expires_at.is_some_and(|at| at <= Utc::now()) {
        anyhow::bail!("--expires-at must be in the future");
    }
    let mut conn = pool.acquire().await?;
    let user = users::by_email(&mut conn, &email)
        .await?
        .filter(|u| u.deleted_at.is_none())
        .ok_or_else(|| anyhow::anyhow!("no account with email {email}"))?;
    drop(conn);
    // An operator acts for the account, which holds every permission.
    let request = KeyRequest {
        name: name.to_owned(),
        permissions: permissions.to_vec(),
        expires_at,
    };
    let actor = Actor::new(user.id, cli_context());
    let (_, secret) = api_keys::create(pool, &actor, &Permission::ALL, request).await?;
    Ok(secret)
}
