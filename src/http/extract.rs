//! Extractors whose rejections speak the error envelope.

use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::http::AppState;

/// `axum::Json`, but a malformed, mistyped, oversized (over
/// `max_body_bytes`) or wrongly labelled body answers with the envelope:
/// 422, 413 or 415.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        json_with_bytes(req, state)
            .await
            .map(|(value, _)| Self(value))
    }
}

/// As [`ApiJson`], with the body's bytes as they came (to fingerprint a
/// keyed request, say).
pub async fn json_with_bytes<T: DeserializeOwned>(
    req: Request,
    state: &AppState,
) -> Result<(T, axum::body::Bytes), ApiError> {
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|m| {
            let m = m.trim().to_ascii_lowercase();
            m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
        })
        .unwrap_or(false);
    if !is_json {
        return Err(ApiError::UnsupportedMediaType(
            "expected a JSON body with `Content-Type: application/json`".into(),
        ));
    }
    let limit = state.config.max_body_bytes;
    let bytes = axum::body::to_bytes(req.into_body(), limit)
        .await
        .map_err(|e| {
            let inner = e.into_inner();
            if inner.is::<http_body_util::LengthLimitError>()
                || inner
                    .source()
                    .is_some_and(|s| s.is::<http_body_util::LengthLimitError>())
            {
                ApiError::PayloadTooLarge(format!(
                    "the request body is larger than the {limit}-byte limit"
                ))
            } else {
                ApiError::validation("the request body could not be read")
            }
        })?;
    let value = serde_json::from_slice(&bytes).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Syntax | Category::Eof | Category::Io => ApiError::field(
                "body",
                "malformed_json",
                format!("the body is not valid JSON: {e}"),
            ),
            Category::Data => ApiError::field(
                "body",
                "invalid",
                format!("the body is not as expected: {e}"),
            ),
        }
    })?;
    Ok((value, bytes))
}

/// Whether the request carries a multipart form (an upload).
pub fn is_multipart(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"))
}

/// `axum::extract::Query`, but a bad query string is a 422 envelope naming
/// the problem.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Self(value)),
            Err(QueryRejection::FailedToDeserializeQueryString(e)) => Err(ApiError::field(
                "query",
                "invalid",
                format!("the query string is not valid: {}", e.body_text()),
            )),
            Err(other) => Err(ApiError::validation(other.body_text())),
        }
    }
}

/// Deserialises a field that may be absent (`None`), `null` (`Some(None)`)
/// or a value (`Some(Some(v))`), for PATCH bodies.
pub fn double_option<'de, T, D>(de: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    serde::Deserialize::deserialize(de).map(Some)
}
