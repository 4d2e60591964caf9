//! The stylesheet and the script, compiled into the binary and served with
//! their content hash in the URL, so browsers may keep them for a year and
//! still get a new version the moment it ships.

use std::sync::LazyLock;

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sha2::{Digest, Sha256};

use crate::http::AppState;

const CSS: &str = include_str!("../../assets/app.css");
const JS: &str = include_str!("../../assets/app.js");
const ICON: &str = include_str!("../../assets/icon.svg");

struct Asset {
    body: &'static str,
    content_type: &'static str,
    /// `/assets/<hash>/<name>`.
    url: String,
}

fn asset(name: &str, body: &'static str, content_type: &'static str) -> Asset {
    let hash = Sha256::digest(body.as_bytes());
    let short: String = hash[..6].iter().map(|b| format!("{b:02x}")).collect();
    Asset {
        body,
        content_type,
        url: format!("/assets/{short}/{name}"),
    }
}

static STYLE: LazyLock<Asset> = LazyLock::new(|| asset("app.css", CSS, "text/css; charset=utf-8"));
static SCRIPT: LazyLock<Asset> =
    LazyLock::new(|| asset("app.js", JS, "text/javascript; charset=utf-8"));
static FAVICON: LazyLock<Asset> = LazyLock::new(|| asset("icon.svg", ICON, "image/svg+xml"));

/// Where pages find the stylesheet.
pub fn css_url() -> &'static str {
    &STYLE.url
}

/// Where pages find the script.
pub fn js_url() -> &'static str {
    &SCRIPT.url
}

/// Where pages find the icon.
pub fn icon_url() -> &'static str {
    &FAVICON.url
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/assets/{hash}/{name}", get(serve))
        .route("/favicon.ico", get(favicon))
}

/// Browsers ask for `/favicon.ico` whatever a page says.
async fn favicon() -> Response {
    respond(&FAVICON)
}

async fn serve(Path((hash, name)): Path<(String, String)>) -> Response {
    let url = format!("/assets/{hash}/{name}");
    match [&*STYLE, &*SCRIPT, &*FAVICON]
        .into_iter()
        .find(|a| a.url == url)
    {
        Some(asset) => respond(asset),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The asset, cacheable for a year: its URL changes with its content.
fn respond(asset: &Asset) -> Response {
    let mut response = asset.body.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}
