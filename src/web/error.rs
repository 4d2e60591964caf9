//! What a page answers when it cannot show what was asked: a page of its
//! own with the reason in words (never internals), or a way to sign in.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::error::{ApiError, Enveloped};
use crate::telemetry::current_request_id;

/// A failed page request.
#[derive(Debug)]
pub enum PageError {
    /// Not signed in (or the session ended): to the sign-in page, then back.
    SignIn { next: String },
    /// Anything the API would answer with an error, shown as a page.
    Api(ApiError),
}

impl PageError {
    pub fn not_found() -> Self {
        Self::Api(ApiError::NotFound("there is no such page".into()))
    }

    pub fn forbidden(message: &str) -> Self {
        Self::Api(ApiError::Forbidden(message.to_owned()))
    }

    /// The words a person reads for this error.
    pub fn message(&self) -> String {
        match self {
            Self::SignIn { .. } => "please sign in".into(),
            Self::Api(ApiError::Internal(_)) => {
                "something went wrong on our side; it has been logged".into()
            }
            Self::Api(e) => e.to_string(),
        }
    }
}

impl<E: Into<ApiError>> From<E> for PageError {
    fn from(e: E) -> Self {
        Self::Api(e.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: super::view::Layout,
    status: u16,
    title: &'static str,
    message: String,
    request_id: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        if let Self::SignIn { next } = &self {
            let to = format!("/login?next={}", urlencode(next));
            return Redirect::to(&to).into_response();
        }
        let message = self.message();
        let Self::Api(e) = self else {
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        };
        if let ApiError::Internal(cause) = &e {
            tracing::error!(error = format!("{cause:#}"), "page failed");
        }
        let status = e.status();
        let title = match status {
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::FORBIDDEN => "Not allowed",
            StatusCode::CONFLICT => "Not now",
            StatusCode::TOO_MANY_REQUESTS => "Too many requests",
            StatusCode::SERVICE_UNAVAILABLE => "Unavailable",
            s if s.is_client_error() => "Cannot do that",
            _ => "Something went wrong",
        };
        let page = ErrorPage {
            layout: super::view::Layout::anonymous(title, String::new()),
            status: status.as_u16(),
            title,
            message,
            request_id: current_request_id()
                .map(|id| id.to_string())
                .unwrap_or_default(),
        };
        let mut response = (status, super::view::html(page.render())).into_response();
        // The body is the final answer: the API's envelope must not replace it.
        response.extensions_mut().insert(Enveloped);
        response
    }
}

/// `s` for a URL query value.
pub fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
