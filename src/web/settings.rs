//! `/settings`: the profile, the password, and the account's lists of
//! texts never or always reported as personal data.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use opencomplai_analyze::EntityType;
use serde::Deserialize;

use super::PageError;
use super::session::{Signed, set_cookie};
use super::view::{Layout, html};
use crate::auth::accounts::{self, ProfileChange};
use crate::auth::web_sessions::{self, COOKIE};
use crate::documents::pii_lists::{self, DenyInput};
use crate::error::ApiError;
use crate::http::AppState;

#[derive(Template)]
#[template(path = "settings.html")]
struct SettingsPage {
    layout: Layout,
    error: Option<String>,
    email: String,
    verified: bool,
    full_name: String,
    organization: String,
    allow: String,
    deny: String,
    types: String,
}

#[derive(Debug, Deserialize)]
pub struct SettingsQuery {
    done: Option<String>,
}

fn notice(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "profile" => Some("The profile was saved."),
        "password" => Some("The password was changed; other browsers were signed out."),
        "lists" => Some("The lists were saved."),
        _ => None,
    }
}

/// The page, with the lists as stored or (after a refused save) as sent.
async fn render(
    state: &AppState,
    signed: &Signed,
    notice_text: Option<&str>,
    error: Option<String>,
    lists_sent: Option<(String, String)>,
) -> Result<Response, PageError> {
    let actor = signed.actor();
    let user = accounts::me(&state.pool, &actor).await?;
    let (allow, deny) = match lists_sent {
        Some(sent) => sent,
        None => {
            let lists = pii_lists::read(&state.pool, &actor).await?;
            (
                lists.allow.join("\n"),
                lists
                    .deny
                    .iter()
                    .map(|d| format!("{}: {}", d.entity_type.as_str(), d.text))
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        }
    };
    let status = if error.is_some() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    let page = SettingsPage {
        layout: Layout::signed(signed, "settings", "Settings").with_notice(notice_text),
        error,
        email: user.email,
        verified: user.email_verified.unwrap_or(false),
        full_name: user.full_name.unwrap_or_default(),
        organization: user.organization.unwrap_or_default(),
        allow,
        deny,
        types: EntityType::ALL.map(EntityType::as_str).join(", "),
    };
    let mut r = html(page.render());
    *r.status_mut() = status;
    r.extensions_mut().insert(crate::error::Enveloped);
    Ok(r)
}

pub async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Query(q): Query<SettingsQuery>,
) -> Result<Response, PageError> {
    render(&state, &signed, notice(q.done.as_deref()), None, None).await
}

/// A refusal in words, or the error page for anything else.
fn refusal(e: crate::auth::Error) -> Result<String, PageError> {
    match e {
        crate::auth::Error::Invalid(i) => Ok(i.message),
        other => Err(ApiError::from(other).into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    organization: String,
}

pub async fn profile(
    State(state): State<AppState>,
    signed: Signed,
    Form(form): Form<ProfileForm>,
) -> Result<Response, PageError> {
    signed.check_form(&form.csrf_token)?;
    let change = ProfileChange {
        full_name: Some(Some(form.full_name)),
        organization: Some(Some(form.organization)),
        avatar_url: None,
    };
    match accounts::update_profile(&state.pool, &signed.actor(), change).await {
        Ok(_) => Ok(Redirect::to("/settings?done=profile").into_response()),
        Err(e) => render(&state, &signed, None, Some(refusal(e)?), None).await,
    }
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// Changes the password; this browser gets a fresh session, the others are
/// signed out.
pub async fn password(
    State(state): State<AppState>,
    signed: Signed,
    Form(form): Form<PasswordForm>,
) -> Result<Response, PageError> {
    signed.check_form(&form.csrf_token)?;
    let changed = accounts::change_password(
        &state.pool,
        &signed.actor(),
        form.current_password,
        form.new_password,
    )
    .await;
    if let Err(e) = changed {
        return render(&state, &signed, None, Some(refusal(e)?), None).await;
    }
    let token = web_sessions::start(
        &state.pool,
        signed.principal.user_id,
        state.auth.web_session_ttl,
        &signed.context,
    )
    .await?;
    let mut r = Redirect::to("/settings?done=password").into_response();
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            COOKIE,
            &token,
            state.auth.web_session_ttl,
            "Lax",
            state.auth.secure_cookies,
        ),
    );
    Ok(r)
}

#[derive(Debug, Deserialize)]
pub struct ListsForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    allow_list: String,
    #[serde(default)]
    deny_list: String,
}

/// The deny-list's lines (`TYPE: text`) as entries; a line without a type
/// keeps its text as the type, for the check to refuse by name.
fn deny_lines(text: &str) -> Vec<DenyInput> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once(':') {
            Some((t, rest)) => DenyInput {
                entity_type: t.trim().to_uppercase(),
                text: rest.trim().to_owned(),
            },
            None => DenyInput {
                entity_type: l.to_owned(),
                text: String::new(),
            },
        })
        .collect()
}

pub async fn pii_lists(
    State(state): State<AppState>,
    signed: Signed,
    Form(form): Form<ListsForm>,
) -> Result<Response, PageError> {
    signed.check_form(&form.csrf_token)?;
    let allow: Vec<String> = form
        .allow_list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    let deny = deny_lines(&form.deny_list);
    match pii_lists::check(&allow, &deny) {
        Ok(lists) => {
            pii_lists::replace(&state.pool, &signed.actor(), &lists).await?;
            Ok(Redirect::to("/settings?done=lists").into_response())
        }
        Err(e) => {
            let sent = (form.allow_list, form.deny_list);
            render(&state, &signed, None, Some(e.message), Some(sent)).await
        }
    }
}
