//! Authorization as types. A handler names what it needs in its signature:
//! `Authenticated` (any valid credential), `Session` (a login session, not an
//! API key), or `Authorized<P>` (a credential holding permission `P`). Each
//! also applies the account's per-tier request limit. `Client` carries the
//! request's address, user agent and id for the audit trail.

use std::marker::PhantomData;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::extract::Request;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::audit::RequestContext;
use crate::auth::authenticate::authenticate;
use crate::auth::permission::RequiredPermission;
use crate::auth::{Credential, Principal, Tier};
use crate::error::ApiError;
use crate::http::AppState;
use crate::http::request_id::RequestId;

/// `/v1` routes anyone may call; every other `/v1` route must run one of
/// the authorization extractors below.
pub const PUBLIC_PATHS: &[&str] = &[
    "/v1/auth/register",
    "/v1/auth/login",
    "/v1/auth/verify-email",
    "/v1/audit-logs/public-key",
];

/// Raised by every authorization extractor; checked after each `/v1` request.
#[derive(Debug, Clone, Default)]
struct AuthChecked(Arc<AtomicBool>);

/// Middleware: a non-public `/v1` route that answered without running an
/// authorization extractor is a bug; it answers 500 instead of leaking.
pub async fn require_authorization(mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    if !path.starts_with("/v1/") || PUBLIC_PATHS.contains(&path.as_str()) {
        return next.run(req).await;
    }
    let checked = AuthChecked::default();
    req.extensions_mut().insert(checked.clone());
    let response = next.run(req).await;
    // Refusals made before any handler ran (404, 405, 413, timeouts) are
    // fine; a success from a handler that never checked credentials is not.
    let served = response.status().is_success() || response.status().is_redirection();
    if served && !checked.0.load(Ordering::SeqCst) {
        tracing::error!(
            path,
            "a /v1 route answered without an authorization extractor"
        );
        return ApiError::Internal(anyhow::anyhow!(
            "route {path} has no authorization extractor"
        ))
        .into_response();
    }
    response
}

/// Any valid session or API key.
#[derive(Debug, Clone)]
pub struct Authenticated(pub Principal);

/// A login session (JWT); API keys are refused with 403.
#[derive(Debug, Clone)]
pub struct Session(pub Principal);

/// A credential holding permission `P`; one lacking it is refused with 403.
#[derive(Debug, Clone)]
pub struct Authorized<P>(pub Principal, pub PhantomData<P>);

/// The presented credential: `Authorization: Bearer …` or `X-API-Key: …`.
pub fn credential(headers: &HeaderMap) -> Result<&str, ApiError> {
    if let Some(value) = headers.get(header::AUTHORIZATION) {
        let value = value
            .to_str()
            .map_err(|_| ApiError::Unauthorized("the Authorization header is malformed".into()))?;
        let (scheme, token) = value.trim().split_once(' ').unwrap_or((value, ""));
        if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
            return Err(ApiError::Unauthorized(
                "use `Authorization: Bearer <token or API key>`".into(),
            ));
        }
        return Ok(token.trim());
    }
    if let Some(value) = headers.get("x-api-key") {
        return value
            .to_str()
            .map(str::trim)
            .map_err(|_| ApiError::Unauthorized("the X-API-Key header is malformed".into()));
    }
    Err(ApiError::Unauthorized("authentication required".into()))
}

fn per_minute(state: &AppState, tier: Tier) -> u32 {
    match tier {
        Tier::Free => state.config.rate_limit_free_per_minute,
        Tier::Pro => state.config.rate_limit_pro_per_minute,
        Tier::Enterprise => state.config.rate_limit_enterprise_per_minute,
    }
}

/// Counts one request against the account's per-tier limit.
pub fn rate_limit(state: &AppState, principal: &Principal) -> Result<(), ApiError> {
    let key = format!("requests:{}", principal.user_id);
    let limit = per_minute(state, principal.tier);
    state
        .auth
        .requests
        .hit(&key, limit, Duration::from_secs(60))
        .map_err(|wait| ApiError::RateLimited {
            message: format!(
                "the {} tier allows {limit} requests per minute",
                principal.tier.as_str()
            ),
            retry_after_secs: wait.0,
        })
}

async fn principal(parts: &mut Parts, state: &AppState) -> Result<Principal, ApiError> {
    if let Some(checked) = parts.extensions.get::<AuthChecked>() {
        checked.0.store(true, Ordering::SeqCst);
    }
    if let Some(known) = parts.extensions.get::<Principal>() {
        return Ok(known.clone());
    }
    let token = credential(&parts.headers)?;
    let principal = authenticate(&state.pool, &state.auth.sessions, token).await?;
    rate_limit(state, &principal)?;
    parts.extensions.insert(principal.clone());
    crate::http::consistency::note_caller(parts, principal.user_id);
    Ok(principal)
}

impl FromRequestParts<AppState> for Authenticated {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        principal(parts, state).await.map(Self)
    }
}

impl FromRequestParts<AppState> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let p = principal(parts, state).await?;
        match p.credential {
            Credential::Session => Ok(Self(p)),
            Credential::ApiKey { .. } => Err(ApiError::Forbidden(
                "this needs a login session; API keys cannot manage the account".into(),
            )),
        }
    }
}

impl<P: RequiredPermission> FromRequestParts<AppState> for Authorized<P> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let p = principal(parts, state).await?;
        if !p.has(P::PERMISSION) {
            return Err(ApiError::Forbidden(format!(
                "this API key lacks the `{}` permission",
                P::PERMISSION.as_str()
            )));
        }
        Ok(Self(p, PhantomData))
    }
}

/// The request's side of an audit row.
#[derive(Debug, Clone)]
pub struct Client(pub RequestContext);

impl FromRequestParts<AppState> for Client {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let ip =
            peer.map(|peer| client_address(peer, &parts.headers, &state.config.trusted_proxies));
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(512).collect());
        let request_id = parts.extensions.get::<RequestId>().map(|r| r.0);
        Ok(Self(RequestContext {
            ip_address: ip,
            user_agent,
            request_id,
        }))
    }
}

/// The peer address, unless the peer is a trusted proxy: then the nearest
/// untrusted address in `X-Forwarded-For`, read from the right.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let canonical = |ip: IpAddr| ip.to_canonical();
    if !trusted.iter().any(|t| canonical(*t) == canonical(peer)) {
        return canonical(peer);
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .map(canonical)
        .find(|ip| !trusted.iter().any(|t| canonical(*t) == *ip))
        .unwrap_or(canonical(peer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "203.0.113.9, 10.0.0.2".parse().expect("header"),
        );
        let proxy: IpAddr = "10.0.0.1".parse().expect("ip");
        let inner: IpAddr = "10.0.0.2".parse().expect("ip");
        assert_eq!(
            client_address(proxy, &headers, &[]),
            proxy,
            "untrusted peer: header ignored"
        );
        assert_eq!(
            client_address(proxy, &headers, &[proxy, inner]),
            "203.0.113.9".parse::<IpAddr>().expect("ip")
        );
        assert_eq!(client_address(proxy, &headers, &[proxy]), inner);
    }
}
