//! Who a browser is: the session cookie, read by the [`Signed`] extractor
//! (every page but sign-in and registration needs it), and the form tokens
//! that keep other sites from submitting our forms: tied to the session for
//! a signed-in browser, a double-submitted cookie before sign-in.

use std::time::Duration;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};

use super::PageError;
use crate::audit::{Actor, RequestContext};
use crate::auth::Principal;
use crate::auth::tokens::{random_token, same_secret};
use crate::auth::web_sessions::{self, COOKIE};
use crate::http::AppState;
use crate::http::principal::{Client, rate_limit};

/// The cookie holding the form token of a browser not signed in yet.
pub const FORM_COOKIE: &str = "oc_form";
/// How long a sign-in or registration form stays usable.
const FORM_COOKIE_SECS: u64 = 3600;

/// The value of cookie `name`, if the request sent it.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty())
}

/// A `Set-Cookie` value: `HttpOnly`, for the whole site, `Secure` when the
/// service is reached over TLS; `max_age` 0 removes the cookie.
pub fn set_cookie(
    name: &str,
    value: &str,
    max_age: Duration,
    same_site: &str,
    secure: bool,
) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!(
        "{name}={value}; Path=/; HttpOnly; SameSite={same_site}; Max-Age={}{secure}",
        max_age.as_secs()
    );
    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static(""))
}

/// A signed-in browser.
#[derive(Debug, Clone)]
pub struct Signed {
    pub principal: Principal,
    pub email: String,
    /// The session token from the cookie.
    token: String,
    /// The request's side of audit rows.
    pub context: RequestContext,
}

impl Signed {
    /// The token every form of this session carries.
    pub fn csrf(&self) -> String {
        web_sessions::csrf_token(&self.token)
    }

    /// Refuses a form that does not carry this session's token.
    pub fn check_form(&self, sent: &str) -> Result<(), PageError> {
        if web_sessions::csrf_matches(&self.token, sent) {
            Ok(())
        } else {
            Err(PageError::forbidden(
                "this form has expired or was not sent from this site; reload the page and try again",
            ))
        }
    }

    pub fn actor(&self) -> Actor {
        self.principal.actor(self.context.clone())
    }

    pub fn token(&self) -> &str {
        &self.token
    }
}

impl FromRequestParts<AppState> for Signed {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let next = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".into());
        let sign_in = || PageError::SignIn { next: next.clone() };
        let token = cookie(&parts.headers, COOKIE)
            .ok_or_else(sign_in)?
            .to_owned();
        let signed = web_sessions::resolve(&state.pool, &token)
            .await?
            .ok_or_else(sign_in)?;
        rate_limit(state, &signed.principal)?;
        crate::http::consistency::note_caller(parts, signed.principal.user_id);
        let Client(context) = Client::from_request_parts(parts, state).await?;
        Ok(Self {
            principal: signed.principal,
            email: signed.email,
            token,
            context,
        })
    }
}

/// A browser maybe signed in: the sign-in and registration pages send one
/// that is on to the dashboard.
#[derive(Debug, Clone)]
pub struct MaybeSigned(pub Option<Signed>);

impl FromRequestParts<AppState> for MaybeSigned {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        match Signed::from_request_parts(parts, state).await {
            Ok(s) => Ok(Self(Some(s))),
            Err(PageError::SignIn { .. }) => Ok(Self(None)),
            Err(e) => Err(e),
        }
    }
}

/// The form token of a browser not signed in: the one its cookie holds, or
/// a new one with the cookie that must go out with the page.
pub fn anonymous_form_token(headers: &HeaderMap, secure: bool) -> (String, Option<HeaderValue>) {
    if let Some(existing) = cookie(headers, FORM_COOKIE)
        && existing.len() == 43
    {
        return (existing.to_owned(), None);
    }
    let (token, _) = random_token();
    let set = set_cookie(
        FORM_COOKIE,
        &token,
        Duration::from_secs(FORM_COOKIE_SECS),
        "Strict",
        secure,
    );
    (token, Some(set))
}

/// Whether a sign-in or registration form carries the token of the cookie
/// sent with it (a page of another site can send neither).
pub fn anonymous_form_ok(headers: &HeaderMap, sent: &str) -> bool {
    cookie(headers, FORM_COOKIE).is_some_and(|c| same_secret(c, sent))
}

/// Where to go after signing in: a path of this site, never elsewhere.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_owned(),
        _ => "/".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_by_name() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; oc_session=xyz; b=2"),
        );
        assert_eq!(cookie(&h, "oc_session"), Some("xyz"));
        assert_eq!(cookie(&h, "missing"), None);
    }

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next(Some("/documents?page=2")), "/documents?page=2");
        for bad in ["https://evil.example", "//evil.example", "/\\evil", ""] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
