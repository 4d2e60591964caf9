//! Signing in, creating an account and signing out in a browser. Sign-in
//! goes through the same checks as the API's login (the failed-login
//! limits, the audit rows), then starts a session whose token only the
//! browser's `HttpOnly` cookie holds.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::PageError;
use super::session::{
    MaybeSigned, Signed, anonymous_form_ok, anonymous_form_token, safe_next, set_cookie,
};
use super::view::{Layout, html};
use crate::auth::accounts::{self, Registration};
use crate::auth::web_sessions::COOKIE;
use crate::error::ApiError;
use crate::http::AppState;
use crate::http::principal::Client;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    layout: Layout,
    next: String,
    email: String,
    error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// The sign-in form (a signed-in browser goes on to the dashboard).
pub async fn login_form(
    State(state): State<AppState>,
    MaybeSigned(signed): MaybeSigned,
    headers: HeaderMap,
    Query(q): Query<NextQuery>,
) -> Response {
    if signed.is_some() {
        return Redirect::to(&safe_next(q.next.as_deref())).into_response();
    }
    let next = safe_next(q.next.as_deref());
    login_page(&state, &headers, next, String::new(), None, StatusCode::OK)
}

fn login_page(
    state: &AppState,
    headers: &HeaderMap,
    next: String,
    email: String,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let (csrf, cookie) = anonymous_form_token(headers, state.auth.secure_cookies);
    let page = LoginPage {
        layout: Layout::anonymous("Sign in", csrf),
        next,
        email,
        error,
    };
    with_cookie(status, html(page.render()), cookie)
}

fn with_cookie(
    status: StatusCode,
    mut response: Response,
    cookie: Option<axum::http::HeaderValue>,
) -> Response {
    *response.status_mut() = status;
    if let Some(c) = cookie {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    response.extensions_mut().insert(crate::error::Enveloped);
    response
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf_token: String,
    next: Option<String>,
}

/// Longest email a form may send back into the page (the address itself
/// is at most 254 bytes; a longer one is refused by the domain).
const MAX_EMAIL_CHARS: usize = 320;

/// Largest sign-in or registration form: room for every field at its
/// longest (a 1,024-character password, a 254-byte email, two 200-character
/// names), percent-encoded, many times over.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

/// Checks the credentials; on success the session cookie is set and the
/// browser goes where it was headed.
pub async fn login(
    State(state): State<AppState>,
    Client(ctx): Client,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let next = safe_next(form.next.as_deref());
    let email: String = form.email.chars().take(MAX_EMAIL_CHARS).collect();
    if !anonymous_form_ok(&headers, &form.csrf_token) {
        let e = "This form has expired. Please try again.".to_owned();
        return login_page(
            &state,
            &headers,
            next,
            email,
            Some(e),
            StatusCode::FORBIDDEN,
        );
    }
    match accounts::login_web(&state.pool, &state.auth, &ctx, &email, form.password).await {
        Ok((_, token)) => signed_in(&state, token, &next),
        Err(e) => {
            let e = ApiError::from(e);
            let status = e.status();
            let message = match &e {
                ApiError::Internal(_) => "Something went wrong; please try again.".to_owned(),
                other => capitalised(&other.to_string()),
            };
            if let ApiError::Internal(cause) = &e {
                tracing::error!(error = format!("{cause:#}"), "sign-in failed");
            }
            login_page(&state, &headers, next, email, Some(message), status)
        }
    }
}

/// Sets the session cookie and goes on to `next`.
fn signed_in(state: &AppState, token: String, next: &str) -> Response {
    let cookie = set_cookie(
        COOKIE,
        &token,
        state.auth.web_session_ttl,
        "Lax",
        state.auth.secure_cookies,
    );
    let mut r = Redirect::to(next).into_response();
    r.headers_mut().append(header::SET_COOKIE, cookie);
    r
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => {
            let mut out: String = first.to_uppercase().collect();
            out.push_str(c.as_str());
            if !out.ends_with('.') {
                out.push('.');
            }
            out
        }
        None => String::new(),
    }
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    layout: Layout,
    email: String,
    full_name: String,
    organization: String,
    error: Option<String>,
}

/// The registration form.
pub async fn register_form(
    State(state): State<AppState>,
    MaybeSigned(signed): MaybeSigned,
    headers: HeaderMap,
) -> Response {
    if signed.is_some() {
        return Redirect::to("/").into_response();
    }
    register_page(
        &state,
        &headers,
        RegisterForm::default(),
        None,
        StatusCode::OK,
    )
}

fn register_page(
    state: &AppState,
    headers: &HeaderMap,
    form: RegisterForm,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let (csrf, cookie) = anonymous_form_token(headers, state.auth.secure_cookies);
    let page = RegisterPage {
        layout: Layout::anonymous("Create an account", csrf),
        email: form.email,
        full_name: form.full_name,
        organization: form.organization,
        error,
    };
    with_cookie(status, html(page.render()), cookie)
}

#[derive(Debug, Default, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    organization: String,
    #[serde(default)]
    csrf_token: String,
}

/// Creates the account and signs the browser in.
pub async fn register(
    State(state): State<AppState>,
    Client(ctx): Client,
    headers: HeaderMap,
    Form(mut form): Form<RegisterForm>,
) -> Response {
    form.email = form.email.chars().take(MAX_EMAIL_CHARS).collect();
    let password = std::mem::take(&mut form.password);
    if !anonymous_form_ok(&headers, &form.csrf_token) {
        let e = "This form has expired. Please try again.".to_owned();
        return register_page(&state, &headers, form, Some(e), StatusCode::FORBIDDEN);
    }
    let registration = Registration {
        email: form.email.clone(),
        password: password.clone(),
        full_name: Some(form.full_name.clone()),
        organization: Some(form.organization.clone()),
        avatar_url: None,
    };
    let created = accounts::register(&state.pool, &state.auth, &ctx, registration).await;
    if let Err(e) = created {
        let e = ApiError::from(e);
        let status = e.status();
        let message = match &e {
            ApiError::Internal(_) => "Something went wrong; please try again.".to_owned(),
            other => capitalised(&other.to_string()),
        };
        return register_page(&state, &headers, form, Some(message), status);
    }
    match accounts::login_web(&state.pool, &state.auth, &ctx, &form.email, password).await {
        Ok((_, token)) => signed_in(&state, token, "/?welcome=1"),
        Err(_) => Redirect::to("/login").into_response(),
    }
}

#[derive(Template)]
#[template(path = "logout.html")]
struct LogoutPage {
    layout: Layout,
}

/// Asks before signing out (signing out changes state, so it is a form).
pub async fn logout_form(signed: Signed) -> Result<Response, PageError> {
    let page = LogoutPage {
        layout: Layout::signed(&signed, "", "Sign out"),
    };
    Ok(html(page.render()))
}

#[derive(Debug, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    csrf_token: String,
}

/// Ends the session: revoked in the database, the cookie removed.
pub async fn logout(
    State(state): State<AppState>,
    signed: Signed,
    Form(form): Form<TokenForm>,
) -> Result<Response, PageError> {
    signed.check_form(&form.csrf_token)?;
    accounts::logout_web(&state.pool, &signed.context, signed.token()).await?;
    let cookie = set_cookie(
        COOKIE,
        "",
        std::time::Duration::ZERO,
        "Lax",
        state.auth.secure_cookies,
    );
    let mut r = Redirect::to("/login").into_response();
    r.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(r)
}
