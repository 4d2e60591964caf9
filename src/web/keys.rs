//! `/keys`: the account's API keys; create one (its secret shown once, with
//! a copy button) and revoke.

use askama::Template;
use axum::Form;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use uuid::Uuid;

use super::PageError;
use super::documents::form_pairs;
use super::session::Signed;
use super::view::{Layout, When, html, when};
use crate::auth::Permission;
use crate::auth::api_keys::{self, KeyRequest};
use crate::error::ApiError;
use crate::http::AppState;

/// Keys listed (the API pages through more).
const LISTED: i64 = 200;

struct KeyLine {
    id: Uuid,
    name: String,
    prefix: String,
    permissions: String,
    created: When,
    last_used: When,
    expires: When,
    revoked: bool,
}

#[derive(Template)]
#[template(path = "keys.html")]
struct KeysPage {
    layout: Layout,
    created: Option<String>,
    error: Option<String>,
    name: String,
    permissions: Vec<(&'static str, &'static str)>,
    keys: Vec<KeyLine>,
}

fn permission_words(p: Permission) -> &'static str {
    match p {
        Permission::DocumentRead => "read documents, their results and search",
        Permission::DocumentCreate => "upload and create documents",
        Permission::DocumentUpdate => "change documents, reprocess, set PII lists",
        Permission::DocumentDelete => "delete and restore documents",
        Permission::AuditRead => "read the audit trail",
        Permission::ComplianceManage => "legal holds, retention rules, subject access and erasure",
        Permission::WebhookManage => "webhook endpoints and their delivery logs",
    }
}

async fn render(
    state: &AppState,
    signed: &Signed,
    created: Option<String>,
    error: Option<String>,
    name: String,
    notice: Option<&str>,
) -> Result<Response, PageError> {
    let keys = api_keys::page(&state.pool, signed.principal.user_id, None, LISTED)
        .await?
        .into_iter()
        .map(|k| KeyLine {
            id: k.id,
            name: k.name,
            prefix: k.prefix.unwrap_or_default(),
            permissions: k.permissions.unwrap_or_default().join(", "),
            created: when(k.created_at),
            last_used: when(k.last_used_at),
            expires: when(k.expires_at),
            revoked: k.revoked_at.is_some(),
        })
        .collect();
    let status = if error.is_some() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    let page = KeysPage {
        layout: Layout::signed(signed, "keys", "API keys").with_notice(notice),
        created,
        error,
        name,
        permissions: Permission::ALL
            .into_iter()
            .map(|p| (p.as_str(), permission_words(p)))
            .collect(),
        keys,
    };
    let mut r = html(page.render());
    *r.status_mut() = status;
    r.extensions_mut().insert(crate::error::Enveloped);
    Ok(r)
}

#[derive(Debug, Deserialize)]
pub struct KeysQuery {
    done: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Query(q): Query<KeysQuery>,
) -> Result<Response, PageError> {
    let notice = (q.done.as_deref() == Some("revoked")).then_some("The key was revoked.");
    render(&state, &signed, None, None, String::new(), notice).await
}

/// Creates a key and shows its secret once (the answer to the POST itself,
/// so the secret is in no URL and no history entry).
pub async fn create(
    State(state): State<AppState>,
    signed: Signed,
    body: Bytes,
) -> Result<Response, PageError> {
    let pairs = form_pairs(&body);
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    signed.check_form(&field("csrf_token"))?;
    let name = field("name");
    let expires_at = NaiveDate::parse_from_str(&field("expires"), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(23, 59, 59))
        .map(|t| t.and_utc());
    let request = KeyRequest {
        name: name.clone(),
        permissions: pairs
            .iter()
            .filter(|(k, _)| k == "permissions")
            .map(|(_, v)| v.clone())
            .take(20)
            .collect(),
        expires_at,
    };
    let held = signed.principal.permissions();
    match api_keys::create(&state.pool, &signed.actor(), &held, request).await {
        Ok((_, secret)) => render(&state, &signed, Some(secret), None, String::new(), None).await,
        Err(crate::auth::Error::Invalid(e)) => {
            render(&state, &signed, None, Some(e.message), name, None).await
        }
        Err(e) => Err(ApiError::from(e).into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    csrf_token: String,
}

pub async fn revoke(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<TokenForm>,
) -> Result<Response, PageError> {
    signed.check_form(&form.csrf_token)?;
    api_keys::revoke_key(&state.pool, &signed.actor(), &id).await?;
    Ok(Redirect::to("/keys?done=revoked").into_response())
}
