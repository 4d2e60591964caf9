//! Why an identity operation was refused or failed.

use crate::validation::Invalid;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input: an invalid email, a weak password, an unknown permission.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// The email is already registered.
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    NotFound(String),
    /// No, a wrong, an expired or a revoked credential.
    #[error("{0}")]
    Unauthorized(String),
    /// A valid credential that may not do this (a disabled account, a key
    /// lacking a permission, a key where a session is needed).
    #[error("{0}")]
    Forbidden(String),
    /// Too many attempts: try again after this many seconds.
    #[error("{message}")]
    RateLimited {
        message: String,
        retry_after_secs: u64,
    },
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// Hashing, signing or a task failed: a bug or a broken machine.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl Error {
    pub(crate) fn unauthorized(message: &str) -> Self {
        Self::Unauthorized(message.to_owned())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
