//! What a person does with their account: register, log in, confirm the
//! email address, read, change and delete the profile. Each operation is
//! one transaction with its audit row; the HTTP API and the web pages call
//! these same functions.

use std::time::Duration;

use serde_json::{Map, Value, json};
use sqlx::PgPool;
use uuid::Uuid;

use super::users::{self, NewUser, ProfilePatch, User};
use super::{AuthServices, Error, Result, lockout, password, web_sessions};
use crate::audit::{self, Actor, Entry, RequestContext};
use crate::validation::Invalid;

/// Longest name and organisation, in characters.
pub const MAX_NAME: usize = 200;

/// A trimmed optional text field: empty means absent; too long is refused.
pub fn text(field: &str, value: Option<String>) -> Result<Option<String>, Invalid> {
    let Some(v) = value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if v.chars().count() > MAX_NAME {
        return Err(Invalid::field(
            field,
            "too_long",
            format!("{field} must be at most {MAX_NAME} characters"),
        ));
    }
    Ok(Some(v))
}

/// An optional http(s) URL field: empty means absent.
pub fn url(field: &str, value: Option<String>) -> Result<Option<String>, Invalid> {
    match value.filter(|v| !v.trim().is_empty()) {
        Some(v) => users::validate_url(field, &v).map(Some),
        None => Ok(None),
    }
}

/// A registration.
#[derive(Debug, Clone)]
pub struct Registration {
    pub email: String,
    pub password: String,
    pub full_name: Option<String>,
    pub organization: Option<String>,
    pub avatar_url: Option<String>,
}

/// Creates an account and mails (or logs) a verification token. Input is
/// checked first, then the address's registration limit, and only then is
/// the password hashed. The mail
/// goes out in the background: a slow mail server must not hold up (or
/// time out) a registration that has already been committed.
pub async fn register(
    pool: &PgPool,
    services: &AuthServices,
    ctx: &RequestContext,
    r: Registration,
) -> Result<User> {
    let email = users::normalize_email(&r.email)?;
    password::check_policy(&r.password, &email)?;
    let full_name = text("full_name", r.full_name)?;
    let organization = text("organization", r.organization)?;
    let avatar_url = url("avatar_url", r.avatar_url)?;
    let limit = services.login_limits.registrations_per_hour;
    services
        .registrations
        .hit(
            &format!("register:{}", lockout::address(ctx.ip_address)),
            limit,
            Duration::from_secs(3600),
        )
        .map_err(|wait| Error::RateLimited {
            message: format!("at most {limit} accounts may be created per hour from one address"),
            retry_after_secs: wait.0,
        })?;
    let hash = password::hash(r.password).await?;

    let mut tx = pool.begin().await?;
    let user = users::insert(
        &mut tx,
        NewUser {
            email: &email,
            password_hash: &hash,
            full_name: full_name.as_deref(),
            organization: organization.as_deref(),
            avatar_url: avatar_url.as_deref(),
            is_admin: false,
        },
    )
    .await?;
    let entry = Entry::new(Some(user.id), "create", "user", Some(user.id))
        .new_values(Value::Object(user.profile()));
    audit::record(&mut tx, ctx, entry).await?;
    let token =
        users::create_verification_token(&mut tx, user.id, services.email_token_ttl).await?;
    tx.commit().await?;

    let mailer = services.mailer.clone();
    let (to, body) = (user.email.clone(), verification_mail(services, &token));
    tokio::spawn(async move {
        mailer
            .send(&to, "Confirm your OpenComplai email address", body)
            .await;
    });
    Ok(user)
}

fn verification_mail(services: &AuthServices, token: &str) -> String {
    let base = &services.public_url;
    format!(
        "Welcome to OpenComplai.\n\nConfirm this address with the token below (valid for {} hours):\n\n    {token}\n\n\
         for example:\n\n    curl -X POST {base}/v1/auth/verify-email -H 'Content-Type: application/json' -d '{{\"token\": \"{token}\"}}'\n",
        services.email_token_ttl.as_secs() / 3600
    )
}

/// A new login session (API).
#[derive(Debug, Clone)]
pub struct Login {
    pub user_id: Uuid,
    /// The signed session token.
    pub token: String,
    pub expires_in: Duration,
}

/// Checks `email` and `password` and issues a session token for the API.
pub async fn login(
    pool: &PgPool,
    services: &AuthServices,
    ctx: &RequestContext,
    email: &str,
    password: String,
) -> Result<Login> {
    let user = check_password(pool, services, ctx, email, password, None).await?;
    Ok(Login {
        user_id: user.id,
        token: services.sessions.issue(user.id)?,
        expires_in: services.sessions.ttl,
    })
}

/// Checks `email` and `password` and starts a browser session; returns the
/// account and the session's token (for its cookie).
pub async fn login_web(
    pool: &PgPool,
    services: &AuthServices,
    ctx: &RequestContext,
    email: &str,
    password: String,
) -> Result<(User, String)> {
    let user = check_password(pool, services, ctx, email, password, Some("browser")).await?;
    let token = web_sessions::start(pool, user.id, services.web_session_ttl, ctx).await?;
    Ok((user, token))
}

/// Ends a browser session; audited as a `logout` of its account.
pub async fn logout_web(pool: &PgPool, ctx: &RequestContext, token: &str) -> Result<()> {
    if let Some(user_id) = web_sessions::end(pool, token).await? {
        let mut conn = pool.acquire().await?;
        let entry = Entry::new(Some(user_id), "logout", "user", Some(user_id));
        audit::record(&mut conn, ctx, entry).await?;
    }
    Ok(())
}

/// The password check behind every sign-in. The email and password are
/// bounded and checked first (422), so nothing a client sends reaches the
/// limiter, argon2, the database or the audit trail unmeasured. Every
/// attempt is then counted, per client address and per account, before the
/// (slow) hash check, so parallel guesses cannot slip past the limit; a
/// success gives its count back. The hash is checked holding no database
/// connection. Failures are audited with their reason, a success as
/// `login` (with `via` when it is not the API); of the attempts refused
/// while a key is locked, only the first is audited.
async fn check_password(
    pool: &PgPool,
    services: &AuthServices,
    ctx: &RequestContext,
    email: &str,
    password: String,
    via: Option<&str>,
) -> Result<User> {
    let email = users::normalize_email(email)?;
    password::check_length(&password)?;
    let limits = &services.login_limits;
    let lockout = &services.login_failures;
    let account_key = lockout::key("account", &email);
    let address_key = lockout::address_key(ctx.ip_address);

    let attempt = lockout
        .attempt(address_key, limits.per_address)
        .and_then(|address| {
            lockout
                .attempt(account_key, limits.per_account)
                .map(|_| address)
                .inspect_err(|_| lockout.refund(address))
        });
    let failed = |user_id: Option<Uuid>, reason: &'static str| {
        Entry::new(user_id, "login_failed", "user", user_id)
            .new_values(json!({"email": email, "reason": reason}))
    };
    let address = match attempt {
        Ok(address) => address,
        Err(refused) => {
            // Only the first refusal of a lock costs a look-up and a row.
            if refused.first {
                let mut conn = pool.acquire().await?;
                let user_id = users::by_email(&mut conn, &email).await?.map(|u| u.id);
                audit::record(&mut conn, ctx, failed(user_id, "rate_limited")).await?;
            }
            return Err(Error::RateLimited {
                message: "too many failed logins; try again later".into(),
                retry_after_secs: refused.retry_after.0,
            });
        }
    };
    let user = {
        let mut conn = pool.acquire().await?;
        users::by_email(&mut conn, &email).await?
    };
    let user_id = user.as_ref().map(|u| u.id);

    // The hash check runs whether or not the account exists, so both answers
    // take the same time.
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let matches = password::verify(password, stored).await?;
    let mut conn = pool.acquire().await?;
    let Some(user) = user.filter(|_| matches) else {
        audit::record(&mut conn, ctx, failed(user_id, "invalid_credentials")).await?;
        return Err(Error::unauthorized("invalid email or password"));
    };
    if user.deleted_at.is_some() {
        audit::record(&mut conn, ctx, failed(user_id, "account_deleted")).await?;
        return Err(Error::unauthorized("this account has been deleted"));
    }
    if user.is_active == Some(false) {
        audit::record(&mut conn, ctx, failed(user_id, "account_disabled")).await?;
        return Err(Error::Forbidden("this account is disabled".into()));
    }
    lockout.refund(address);
    lockout.succeeded(account_key);
    let mut entry = Entry::new(Some(user.id), "login", "user", Some(user.id));
    if let Some(via) = via {
        entry = entry.new_values(json!({ "via": via }));
    }
    audit::record(&mut conn, ctx, entry).await?;
    Ok(user)
}

fn json_map(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// Spends a verification token and marks its account verified; refused
/// (`Invalid`) when the token is unknown, used or expired.
pub async fn verify_email(pool: &PgPool, ctx: &RequestContext, token: &str) -> Result<User> {
    let mut tx = pool.begin().await?;
    let user_id = users::verify_email(&mut tx, token.trim()).await?;
    let user = users::by_id(&mut tx, user_id)
        .await?
        .ok_or_else(|| Error::NotFound("no such account".into()))?;
    let entry = Entry::new(Some(user_id), "update", "user", Some(user_id)).changes(
        &json_map(json!({"email_verified": false})),
        &json_map(json!({"email_verified": true})),
    );
    audit::record(&mut tx, ctx, entry).await?;
    tx.commit().await?;
    Ok(user)
}

/// The id of the account with `email`, deleted or not (for an
/// administrator filtering the audit trail); `None` when there is none.
pub async fn find_id(pool: &PgPool, email: &str) -> Result<Option<Uuid>> {
    let mut conn = pool.acquire().await?;
    let user = users::by_email(&mut conn, &email.trim().to_lowercase()).await?;
    Ok(user.map(|u| u.id))
}

/// The actor's own account, audited as a read of personal data.
pub async fn me(pool: &PgPool, actor: &Actor) -> Result<User> {
    let mut tx = pool.begin().await?;
    let user = users::by_id(&mut tx, actor.user_id)
        .await?
        .ok_or_else(|| Error::NotFound("no such account".into()))?;
    let entry = actor.entry("read", "user", Some(actor.user_id));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(user)
}

/// A profile change as sent: absent fields stay, `Some(None)` clears.
#[derive(Debug, Clone, Default)]
pub struct ProfileChange {
    pub full_name: Option<Option<String>>,
    pub organization: Option<Option<String>>,
    pub avatar_url: Option<Option<String>>,
}

/// Changes the actor's profile; audited with the fields that changed.
pub async fn update_profile(pool: &PgPool, actor: &Actor, change: ProfileChange) -> Result<User> {
    let patch = ProfilePatch {
        full_name: change.full_name.map(|v| text("full_name", v)).transpose()?,
        organization: change
            .organization
            .map(|v| text("organization", v))
            .transpose()?,
        avatar_url: change
            .avatar_url
            .map(|v| url("avatar_url", v))
            .transpose()?,
    };
    let mut tx = pool.begin().await?;
    let (before, after) = users::update_profile(&mut tx, actor.user_id, patch).await?;
    let entry = actor
        .entry("update", "user", Some(actor.user_id))
        .changes(&before.profile(), &after.profile());
    if entry
        .new_values
        .as_ref()
        .is_some_and(|v| v.as_object().is_some_and(|m| !m.is_empty()))
    {
        actor.record(&mut tx, entry).await?;
    }
    tx.commit().await?;
    Ok(after)
}

/// Changes the actor's password after checking the current one, then ends
/// every browser session of the account (the caller starts a new one for
/// the browser that asked). Audited without either password.
pub async fn change_password(
    pool: &PgPool,
    actor: &Actor,
    current: String,
    new: String,
) -> Result<()> {
    let mut conn = pool.acquire().await?;
    let user = users::by_id(&mut conn, actor.user_id)
        .await?
        .ok_or_else(|| Error::NotFound("no such account".into()))?;
    drop(conn);
    if !password::verify(current, Some(user.password_hash.clone())).await? {
        return Err(Invalid::field(
            "current_password",
            "wrong",
            "the current password is not right",
        )
        .into());
    }
    password::check_policy(&new, &user.email)?;
    let hash = password::hash(new).await?;
    let mut tx = pool.begin().await?;
    users::set_password(&mut tx, actor.user_id, &hash).await?;
    let entry = actor
        .entry("update", "user", Some(actor.user_id))
        .new_values(json!({"password_changed": true}));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    web_sessions::end_all(pool, actor.user_id).await?;
    Ok(())
}

/// Soft-deletes the actor's account: no more logins; its sessions and keys
/// stop working at once.
pub async fn delete(pool: &PgPool, actor: &Actor) -> Result<()> {
    let mut tx = pool.begin().await?;
    users::soft_delete(&mut tx, actor.user_id).await?;
    let entry = actor.entry("delete", "user", Some(actor.user_id));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}
