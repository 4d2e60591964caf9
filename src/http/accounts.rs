//! Accounts over HTTP: register, log in, verify an email address, and the
//! caller's own profile (`/v1/me`).

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::audit::{self, Entry};
use crate::auth::users::{self, NewUser, ProfilePatch, User};
use crate::auth::{Tier, password};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, double_option};
use crate::http::pagination::utc;
use crate::http::principal::{Authenticated, Client, Session};

const MAX_NAME: usize = 200;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(register))
        .routes(routes!(login))
        .routes(routes!(verify_email))
        .routes(routes!(get_me, patch_me, delete_me))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterIn {
    pub email: String,
    /// At least 12 characters; not the email; not a well-known password.
    pub password: String,
    pub full_name: Option<String>,
    pub organization: Option<String>,
    /// An http(s) URL.
    pub avatar_url: Option<String>,
}

/// An account as its owner sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserOut {
    pub id: Uuid,
    pub email: String,
    pub full_name: Option<String>,
    pub organization: Option<String>,
    pub avatar_url: Option<String>,
    pub is_active: bool,
    pub email_verified: bool,
    pub email_verified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The stored tier.
    pub tier: String,
    /// The tier in force: an expired paid subscription counts as free.
    pub effective_tier: Tier,
    pub subscription_expires_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl From<User> for UserOut {
    fn from(u: User) -> Self {
        Self {
            effective_tier: u.effective_tier(),
            id: u.id,
            email: u.email,
            full_name: u.full_name,
            organization: u.organization,
            avatar_url: u.avatar_url,
            is_active: u.is_active.unwrap_or(true),
            email_verified: u.email_verified.unwrap_or(false),
            email_verified_at: u.email_verified_at.map(utc),
            tier: u.tier.unwrap_or_else(|| "free".into()),
            subscription_expires_at: u.subscription_expires_at.map(utc),
            created_at: u.created_at.map(utc),
            updated_at: u.updated_at.map(utc),
        }
    }
}

/// A trimmed optional text field: empty means absent; too long is a 422.
fn text(field: &str, value: Option<String>) -> Result<Option<String>, ApiError> {
    let Some(v) = value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if v.chars().count() > MAX_NAME {
        return Err(ApiError::field(
            field,
            "too_long",
            format!("{field} must be at most {MAX_NAME} characters"),
        ));
    }
    Ok(Some(v))
}

fn url(field: &str, value: Option<String>) -> Result<Option<String>, ApiError> {
    match value.filter(|v| !v.trim().is_empty()) {
        Some(v) => users::validate_url(field, &v).map(Some),
        None => Ok(None),
    }
}

/// Create an account. A verification link is mailed (or logged).
#[utoipa::path(post, path = "/v1/auth/register", tag = "accounts", request_body = RegisterIn,
    responses(
        (status = 201, description = "Account created", body = UserOut),
        (status = 409, description = "Email already registered", body = ErrorEnvelope),
        (status = 422, description = "Invalid email, weak password or bad field", body = ErrorEnvelope),
    ))]
async fn register(
    State(state): State<AppState>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<RegisterIn>,
) -> Result<(StatusCode, Json<UserOut>), ApiError> {
    let email = users::normalize_email(&body.email)?;
    password::check_policy(&body.password, &email)?;
    let full_name = text("full_name", body.full_name)?;
    let organization = text("organization", body.organization)?;
    let avatar_url = url("avatar_url", body.avatar_url)?;
    let hash = password::hash(body.password).await?;

    let mut tx = state.pool.begin().await?;
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
        .new_values(serde_json::Value::Object(user.profile()));
    audit::record(&mut tx, &ctx, entry).await?;
    let ttl = Duration::from_secs(state.config.email_token_ttl_secs);
    let token = users::create_verification_token(&mut tx, user.id, ttl).await?;
    tx.commit().await?;

    // Mail goes out in the background: a slow mail server must not hold up
    // (or time out) a registration that has already been committed.
    let mail_state = state.clone();
    let to = user.email.clone();
    tokio::spawn(async move { send_verification(&mail_state, &to, &token).await });
    Ok((StatusCode::CREATED, Json(user.into())))
}

async fn send_verification(state: &AppState, to: &str, token: &str) {
    let base = state.config.public_url();
    let body = format!(
        "Welcome to OpenComplai.\n\nConfirm this address with the token below (valid for {} hours):\n\n    {token}\n\n\
         for example:\n\n    curl -X POST {base}/v1/auth/verify-email -H 'Content-Type: application/json' -d '{{\"token\": \"{token}\"}}'\n",
        state.config.email_token_ttl_secs / 3600
    );
    state
        .auth
        .mailer
        .send(to, "Confirm your OpenComplai email address", body)
        .await;
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct LoginIn {
    pub email: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenOut {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the token expires.
    pub expires_in: u64,
}

/// Exchange email and password for a session token.
#[utoipa::path(post, path = "/v1/auth/login", tag = "accounts", request_body = LoginIn,
    responses(
        (status = 200, description = "Logged in", body = TokenOut),
        (status = 401, description = "Wrong email or password", body = ErrorEnvelope),
        (status = 403, description = "The account is disabled", body = ErrorEnvelope),
        (status = 429, description = "Too many failed attempts", body = ErrorEnvelope),
    ))]
async fn login(
    State(state): State<AppState>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<LoginIn>,
) -> Result<Json<TokenOut>, ApiError> {
    let email = body.email.trim().to_lowercase();
    let window = Duration::from_secs(state.config.login_failure_window_secs);
    let account_key = format!("login:account:{email}");
    let address_key = format!(
        "login:address:{}",
        ctx.ip_address.map(|ip| ip.to_string()).unwrap_or_default()
    );
    let limiter = &state.auth.login_failures;

    let mut conn = state.pool.acquire().await?;
    let user = users::by_email(&mut conn, &email).await?;
    let user_id = user.as_ref().map(|u| u.id);
    let failed = |reason: &'static str| {
        Entry::new(user_id, "login_failed", "user", user_id)
            .new_values(json!({"email": email, "reason": reason}))
    };

    // Every attempt is counted before the (slow) hash check, so parallel
    // guesses cannot slip past the limit; a success gives its count back.
    let blocked = limiter
        .hit(
            &account_key,
            state.config.login_max_failures_per_account,
            window,
        )
        .and_then(|()| {
            limiter
                .hit(
                    &address_key,
                    state.config.login_max_failures_per_address,
                    window,
                )
                .inspect_err(|_| limiter.refund(&account_key))
        });
    if let Err(wait) = blocked {
        audit::record(&mut conn, &ctx, failed("rate_limited")).await?;
        return Err(ApiError::RateLimited {
            message: "too many failed logins; try again later".into(),
            retry_after_secs: wait.0,
        });
    }

    // The hash check runs whether or not the account exists, so both answers
    // take the same time.
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let matches = password::verify(body.password, stored).await?;
    let Some(user) = user.filter(|_| matches) else {
        audit::record(&mut conn, &ctx, failed("invalid_credentials")).await?;
        return Err(ApiError::Unauthorized("invalid email or password".into()));
    };
    if user.deleted_at.is_some() {
        audit::record(&mut conn, &ctx, failed("account_deleted")).await?;
        return Err(ApiError::Unauthorized(
            "this account has been deleted".into(),
        ));
    }
    if user.is_active == Some(false) {
        audit::record(&mut conn, &ctx, failed("account_disabled")).await?;
        return Err(ApiError::Forbidden("this account is disabled".into()));
    }
    limiter.refund(&address_key);
    limiter.clear(&account_key);
    let token = state.auth.sessions.issue(user.id)?;
    audit::record(
        &mut conn,
        &ctx,
        Entry::new(Some(user.id), "login", "user", Some(user.id)),
    )
    .await?;
    Ok(Json(TokenOut {
        access_token: token,
        token_type: "Bearer",
        expires_in: state.auth.sessions.ttl.as_secs(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct VerifyIn {
    /// The token from the verification mail.
    pub token: String,
}

/// Confirm an email address with the mailed token (single use, expiring).
#[utoipa::path(post, path = "/v1/auth/verify-email", tag = "accounts", request_body = VerifyIn,
    responses(
        (status = 200, description = "Email verified", body = UserOut),
        (status = 422, description = "Unknown, used or expired token", body = ErrorEnvelope),
    ))]
async fn verify_email(
    State(state): State<AppState>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<VerifyIn>,
) -> Result<Json<UserOut>, ApiError> {
    let mut tx = state.pool.begin().await?;
    let user_id = users::verify_email(&mut tx, body.token.trim()).await?;
    let user = users::by_id(&mut tx, user_id)
        .await?
        .ok_or_else(|| ApiError::NotFound("no such account".into()))?;
    let entry = Entry::new(Some(user_id), "update", "user", Some(user_id)).changes(
        &json_map(json!({"email_verified": false})),
        &json_map(json!({"email_verified": true})),
    );
    audit::record(&mut tx, &ctx, entry).await?;
    tx.commit().await?;
    Ok(Json(user.into()))
}

fn json_map(v: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
    match v {
        serde_json::Value::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}

/// The caller's profile. Audited as a read of personal data.
#[utoipa::path(get, path = "/v1/me", tag = "accounts",
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The profile", body = UserOut),
        (status = 401, description = "No valid credential", body = ErrorEnvelope),
    ))]
async fn get_me(
    State(state): State<AppState>,
    Authenticated(p): Authenticated,
    Client(ctx): Client,
) -> Result<Json<UserOut>, ApiError> {
    let mut tx = state.pool.begin().await?;
    let user = users::by_id(&mut tx, p.user_id)
        .await?
        .ok_or_else(|| ApiError::NotFound("no such account".into()))?;
    audit::record(
        &mut tx,
        &ctx,
        Entry::new(Some(p.user_id), "read", "user", Some(p.user_id)),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(user.into()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MePatch {
    /// `null` clears it.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub full_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub organization: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub avatar_url: Option<Option<String>>,
}

/// Change the profile (login session only). Audited with the changed fields.
#[utoipa::path(patch, path = "/v1/me", tag = "accounts", request_body = MePatch,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The updated profile", body = UserOut),
        (status = 422, description = "Invalid field", body = ErrorEnvelope),
    ))]
async fn patch_me(
    State(state): State<AppState>,
    Session(p): Session,
    Client(ctx): Client,
    ApiJson(body): ApiJson<MePatch>,
) -> Result<Json<UserOut>, ApiError> {
    let patch = ProfilePatch {
        full_name: body.full_name.map(|v| text("full_name", v)).transpose()?,
        organization: body
            .organization
            .map(|v| text("organization", v))
            .transpose()?,
        avatar_url: body.avatar_url.map(|v| url("avatar_url", v)).transpose()?,
    };
    let mut tx = state.pool.begin().await?;
    let (before, after) = users::update_profile(&mut tx, p.user_id, patch).await?;
    let entry = Entry::new(Some(p.user_id), "update", "user", Some(p.user_id))
        .changes(&before.profile(), &after.profile());
    if entry
        .new_values
        .as_ref()
        .is_some_and(|v| v.as_object().is_some_and(|m| !m.is_empty()))
    {
        audit::record(&mut tx, &ctx, entry).await?;
    }
    tx.commit().await?;
    Ok(Json(after.into()))
}

/// Delete the account (soft): it can no longer log in and its keys stop working.
#[utoipa::path(delete, path = "/v1/me", tag = "accounts",
    security(("bearer" = [])),
    responses((status = 204, description = "Deleted")))]
async fn delete_me(
    State(state): State<AppState>,
    Session(p): Session,
    Client(ctx): Client,
) -> Result<StatusCode, ApiError> {
    let mut tx = state.pool.begin().await?;
    users::soft_delete(&mut tx, p.user_id).await?;
    audit::record(
        &mut tx,
        &ctx,
        Entry::new(Some(p.user_id), "delete", "user", Some(p.user_id)),
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
