//! The web app: server-rendered pages (askama templates, checked when the
//! binary is built) for people rather than programs, on the same origin as
//! the API and calling the same domain operations. A session cookie signs a
//! browser in; every state-changing form carries a token tied to that
//! session; every page goes out with a strict Content-Security-Policy (no
//! inline script or style), `frame-ancestors 'none'` and a referrer policy.
//! The pages read without JavaScript; `assets/app.js` adds live status,
//! drag-and-drop uploads with progress, and local times.

mod assets;
mod audit;
mod auth;
mod dashboard;
mod documents;
mod error;
mod events;
mod keys;
mod search;
mod session;
mod settings;
mod view;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};

use crate::http::AppState;

pub use error::PageError;

/// Every page route and the assets.
pub fn router() -> Router<AppState> {
    let pages = Router::new()
        .route("/", get(dashboard::page))
        .route(
            "/login",
            get(auth::login_form)
                .post(auth::login)
                .layer(DefaultBodyLimit::max(auth::MAX_FORM_BYTES)),
        )
        .route(
            "/register",
            get(auth::register_form)
                .post(auth::register)
                .layer(DefaultBodyLimit::max(auth::MAX_FORM_BYTES)),
        )
        .route("/logout", get(auth::logout_form).post(auth::logout))
        .route("/documents", get(documents::list::page))
        .route("/documents/upload", post(documents::upload::upload))
        .route("/documents/bulk", post(documents::list::bulk))
        .route("/documents/{id}", get(documents::one::page))
        .route("/documents/{id}/row", get(documents::list::row))
        .route("/documents/{id}/action", post(documents::one::action))
        .route("/documents/{id}/file", get(documents::one::file))
        .route(
            "/documents/{id}/redacted.txt",
            get(documents::one::redacted),
        )
        .route(
            "/documents/{id}/pages/{page}",
            get(documents::one::page_image),
        )
        .route("/events", get(events::stream))
        .route("/search", get(search::page))
        .route("/audit", get(audit::page))
        .route("/audit.csv", get(audit::csv))
        .route("/keys", get(keys::page).post(keys::create))
        .route("/keys/{id}/revoke", post(keys::revoke))
        .route("/settings", get(settings::page))
        .route("/settings/profile", post(settings::profile))
        .route("/settings/password", post(settings::password))
        .route("/settings/pii-lists", post(settings::pii_lists))
        .layer(middleware::from_fn(security_headers));
    pages.merge(assets::router())
}

static CSP: HeaderValue = HeaderValue::from_static(
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
);

/// The headers every page carries: no script, style or frame from
/// anywhere else, no framing of ours, no referrer leaving the site, no
/// guessing of content types, and pages never cached by shared caches.
async fn security_headers(req: axum::extract::Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, CSP.clone());
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
    response
}
