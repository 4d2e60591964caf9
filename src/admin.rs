//! Operator actions run from the command line (`user create`, `api-key
//! create`), audited like their HTTP counterparts with `opencomplai-cli` as
//! the user agent.

use chrono::{DateTime, Utc};
use serde_json::json;
use sqlx::PgPool;

use crate::audit::{self, Entry, RequestContext};
use crate::auth::api_keys;
use crate::auth::users::{self, NewUser};
use crate::auth::{Permission, password};
use crate::error::ApiError;

fn cli_context() -> RequestContext {
    RequestContext {
        user_agent: Some("opencomplai-cli".into()),
        ..RequestContext::default()
    }
}

/// Why an operator action was refused, in words for a terminal.
fn explain(e: ApiError) -> anyhow::Error {
    match e {
        ApiError::Validation { message, .. } => anyhow::anyhow!(message),
        ApiError::Internal(e) => e,
        other => anyhow::anyhow!(other.to_string()),
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
    let email = users::normalize_email(email).map_err(explain)?;
    password::check_policy(password, &email).map_err(explain)?;
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
    .await
    .map_err(explain)?;
    sqlx::query("update users set email_verified = true, email_verified_at = now() at time zone 'utc' where id = $1")
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
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
    let email = users::normalize_email(email).map_err(explain)?;
    // An operator acts for the account, which holds every permission.
    let parsed = api_keys::parse_permissions(permissions, &Permission::ALL).map_err(explain)?;
    if expires_at.is_some_and(|at| at <= Utc::now()) {
        anyhow::bail!("--expires-at must be in the future");
    }
    let mut tx = pool.begin().await?;
    let user = users::by_email(&mut tx, &email)
        .await?
        .filter(|u| u.deleted_at.is_none())
        .ok_or_else(|| anyhow::anyhow!("no account with email {email}"))?;
    let key = api_keys::generate();
    let stored = api_keys::insert(
        &mut tx,
        user.id,
        name,
        &parsed,
        expires_at.map(|t| t.naive_utc()),
        &key,
    )
    .await?;
    let entry = Entry::new(Some(user.id), "create", "api_key", Some(stored.id)).new_values(json!({
        "name": stored.name,
        "prefix": stored.prefix,
        "permissions": stored.permissions,
        "expires_at": expires_at,
    }));
    audit::record(&mut tx, &cli_context(), entry).await?;
    tx.commit().await?;
    Ok(key.secret)
}
