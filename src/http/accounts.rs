//! Accounts over HTTP: register, log in, verify an email address, and the
//! caller's own profile (`/v1/me`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::Tier;
use crate::auth::accounts::{self, ProfileChange, Registration};
use crate::auth::users::User;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, double_option};
use crate::http::pagination::utc;
use crate::http::principal::{Authenticated, Client, Session};

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
    /// An email address, at most 254 bytes.
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    /// At least 12 and at most 1,024 characters; not the email; not a
    /// well-known password.
    #[schema(min_length = 12, max_length = 1024)]
    pub password: String,
    #[schema(max_length = 200)]
    pub full_name: Option<String>,
    #[schema(max_length = 200)]
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

/// Create an account. A verification link is mailed (or logged).
#[utoipa::path(post, path = "/v1/auth/register", tag = "accounts", request_body = RegisterIn,
    responses(
        (status = 201, description = "Account created", body = UserOut),
        (status = 409, description = "Email already registered", body = ErrorEnvelope),
        (status = 413, description = "The body is larger than `max_body_bytes`", body = ErrorEnvelope),
        (status = 422, description = "Invalid or over-long email, weak or over-long password, or bad field", body = ErrorEnvelope),
        (status = 429, description = "Too many registrations from this address (`registrations_per_address_per_hour`); see `Retry-After`", body = ErrorEnvelope),
    ))]
async fn register(
    State(state): State<AppState>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<RegisterIn>,
) -> Result<(StatusCode, Json<UserOut>), ApiError> {
    let registration = Registration {
        email: body.email,
        password: body.password,
        full_name: body.full_name,
        organization: body.organization,
        avatar_url: body.avatar_url,
    };
    let user = accounts::register(&state.pool, &state.auth, &ctx, registration).await?;
    Ok((StatusCode::CREATED, Json(user.into())))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct LoginIn {
    /// An email address, at most 254 bytes; anything else is refused (422)
    /// before it is counted, looked up or audited.
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    /// At most 1,024 characters.
    #[schema(max_length = 1024)]
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
        (status = 413, description = "The body is larger than `max_body_bytes`", body = ErrorEnvelope),
        (status = 422, description = "Not an email address, or an over-long email or password", body = ErrorEnvelope),
        (status = 429, description = "Too many failed attempts: locked, for longer after each further failure; see `Retry-After`", body = ErrorEnvelope),
    ))]
async fn login(
    State(state): State<AppState>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<LoginIn>,
) -> Result<Json<TokenOut>, ApiError> {
    let login = accounts::login(&state.pool, &state.auth, &ctx, &body.email, body.password).await?;
    Ok(Json(TokenOut {
        access_token: login.token,
        token_type: "Bearer",
        expires_in: login.expires_in.as_secs(),
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
    let user = accounts::verify_email(&state.pool, &ctx, &body.token).await?;
    Ok(Json(user.into()))
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
    let user = accounts::me(&state.pool, &p.actor(ctx)).await?;
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
    let change = ProfileChange {
        full_name: body.full_name,
        organization: body.organization,
        avatar_url: body.avatar_url,
    };
    let user = accounts::update_profile(&state.pool, &p.actor(ctx), change).await?;
    Ok(Json(user.into()))
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
    accounts::delete(&state.pool, &p.actor(ctx)).await?;
    Ok(StatusCode::NO_CONTENT)
}
