//! The one API error type. Every failure a client sees is an `ApiError`
//! rendered as the envelope of the HTTP contract, with a stable `code`;
//! internal details are logged, never sent. Each domain's own error is
//! mapped to it here, in one place.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::telemetry::current_request_id;
pub use crate::validation::FieldIssue;
use crate::validation::Invalid;
use crate::{auth, documents, search, webhooks};

/// The error envelope: `{"error": {...}}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorEnvelope {
    pub error: ErrorBody,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// Stable machine-readable code, e.g. `validation_failed`.
    pub code: &'static str,
    /// Human-readable explanation.
    pub message: String,
    /// The request's `X-Request-Id`.
    pub request_id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<FieldIssue>,
}

/// Every error an API handler can answer with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{message}")]
    Validation {
        message: String,
        details: Vec<FieldIssue>,
    },
    #[error("{0}")]
    Unauthorized(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    MethodNotAllowed(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PayloadTooLarge(String),
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{message}")]
    RateLimited {
        message: String,
        retry_after_secs: u64,
    },
    #[error("{0}")]
    Unavailable(String),
    /// The cause is logged; the client only learns that something broke.
    #[error("internal error: {0:#}")]
    Internal(anyhow::Error),
}

impl ApiError {
    pub fn validation(message: impl Into<String>) -> Self {
        Self::Validation {
            message: message.into(),
            details: Vec::new(),
        }
    }

    pub fn field(field: &str, issue: &str, message: impl Into<String>) -> Self {
        Self::Validation {
            message: message.into(),
            details: vec![FieldIssue {
                field: field.to_owned(),
                issue: issue.to_owned(),
            }],
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::Validation { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code clients switch on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Validation { .. } => "validation_failed",
            Self::Unauthorized(_) => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound(_) => "not_found",
            Self::MethodNotAllowed(_) => "method_not_allowed",
            Self::Conflict(_) => "conflict",
            Self::PayloadTooLarge(_) => "payload_too_large",
            Self::UnsupportedMediaType(_) => "unsupported_media_type",
            Self::RateLimited { .. } => "rate_limited",
            Self::Unavailable(_) => "unavailable",
            Self::Internal(_) => "internal",
        }
    }

    /// The envelope for a bare status produced outside our handlers (by the
    /// router or a middleware), so those answers have the same shape.
    pub fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => Self::NotFound("no such resource".into()),
            StatusCode::METHOD_NOT_ALLOWED => {
                Self::MethodNotAllowed("this method is not allowed on this path".into())
            }
            StatusCode::PAYLOAD_TOO_LARGE => {
                Self::PayloadTooLarge("the request body is larger than the limit".into())
            }
            StatusCode::UNSUPPORTED_MEDIA_TYPE => {
                Self::UnsupportedMediaType("unsupported content type".into())
            }
            StatusCode::UNAUTHORIZED => Self::Unauthorized("authentication required".into()),
            StatusCode::FORBIDDEN => Self::Forbidden("not permitted".into()),
            StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => {
                Self::Unavailable("the request could not be completed in time; retry".into())
            }
            StatusCode::TOO_MANY_REQUESTS => Self::RateLimited {
                message: "too many requests".into(),
                retry_after_secs: 1,
            },
            s if s.is_client_error() => Self::validation(
                s.canonical_reason()
                    .unwrap_or("the request is not valid")
                    .to_owned(),
            ),
            _ => Self::Internal(anyhow::anyhow!("unexpected status {status}")),
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Io(_)
            | sqlx::Error::Tls(_) => {
                tracing::warn!(error = %e, "database unavailable");
                Self::Unavailable("the database is unavailable; retry shortly".into())
            }
            sqlx::Error::Database(db)
                if db
                    .code()
                    .is_some_and(|c| c.starts_with("57P") || c.starts_with("08")) =>
            {
                tracing::warn!(error = %e, "database shutting down or starting");
                Self::Unavailable("the database is unavailable; retry shortly".into())
            }
            _ => Self::Internal(e.into()),
        }
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        Self::Internal(e)
    }
}

impl From<Invalid> for ApiError {
    fn from(e: Invalid) -> Self {
        Self::Validation {
            message: e.message,
            details: e.details,
        }
    }
}

impl From<documents::Error> for ApiError {
    fn from(e: documents::Error) -> Self {
        use documents::Error as E;
        match e {
            E::Invalid(e) => e.into(),
            E::NotFound(m) => Self::NotFound(m),
            E::Conflict(m) => Self::Conflict(m),
            E::TooLarge(m) => Self::PayloadTooLarge(m),
            E::Quota {
                message,
                retry_after_secs: None,
            } => Self::PayloadTooLarge(message),
            E::Quota {
                message,
                retry_after_secs: Some(retry_after_secs),
            } => Self::RateLimited {
                message,
                retry_after_secs,
            },
            E::UnsupportedType(m) => Self::UnsupportedMediaType(m),
            E::Unavailable(m) => Self::Unavailable(m),
            E::Database(e) => e.into(),
        }
    }
}

impl From<auth::Error> for ApiError {
    fn from(e: auth::Error) -> Self {
        use auth::Error as E;
        match e {
            E::Invalid(e) => e.into(),
            E::Conflict(m) => Self::Conflict(m),
            E::NotFound(m) => Self::NotFound(m),
            E::Unauthorized(m) => Self::Unauthorized(m),
            E::Forbidden(m) => Self::Forbidden(m),
            E::RateLimited {
                message,
                retry_after_secs,
            } => Self::RateLimited {
                message,
                retry_after_secs,
            },
            E::Database(e) => e.into(),
            E::Internal(e) => Self::Internal(e),
        }
    }
}

impl From<search::Error> for ApiError {
    fn from(e: search::Error) -> Self {
        match e {
            search::Error::Invalid(e) => e.into(),
            e @ search::Error::TooSlow => Self::Unavailable(e.to_string()),
            search::Error::Unavailable(e) => Self::Unavailable(e.0),
            search::Error::Database(e) => e.into(),
        }
    }
}

impl From<webhooks::Error> for ApiError {
    fn from(e: webhooks::Error) -> Self {
        use webhooks::Error as E;
        match e {
            E::Invalid(e) => e.into(),
            E::NotFound(m) => Self::NotFound(m),
            E::Conflict(m) => Self::Conflict(m),
            E::Database(e) => e.into(),
        }
    }
}

/// Marks a response whose body is already the envelope, so the outer
/// middleware leaves it alone.
#[derive(Clone, Copy)]
pub struct Enveloped;

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let Self::Internal(cause) = &self {
            tracing::error!(error = format!("{cause:#}"), "internal error");
        }
        let status = self.status();
        let retry_after = match &self {
            Self::RateLimited {
                retry_after_secs, ..
            } => Some(*retry_after_secs),
            Self::Unavailable(_) => Some(1),
            _ => None,
        };
        let challenge = matches!(self, Self::Unauthorized(_));
        let code = self.code();
        let (message, details) = match self {
            Self::Validation { message, details } => (message, details),
            Self::Internal(_) => ("an internal error occurred".to_owned(), Vec::new()),
            other => (other.to_string(), Vec::new()),
        };
        let body = ErrorEnvelope {
            error: ErrorBody {
                code,
                message,
                request_id: current_request_id()
                    .map(|id| id.to_string())
                    .unwrap_or_default(),
                details,
            },
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(secs) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if challenge {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response.extensions_mut().insert(Enveloped);
        response
    }
}
