//! Why a document operation was refused or failed.

use crate::validation::Invalid;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input: a field out of bounds, an empty file.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No such document of this account (or not in the state asked for).
    #[error("{0}")]
    NotFound(String),
    /// The document is in a state that forbids this now.
    #[error("{0}")]
    Conflict(String),
    /// An upload over the configured limit.
    #[error("{0}")]
    TooLarge(String),
    /// A file of a type nothing here can read.
    #[error("{0}")]
    UnsupportedType(String),
    /// Over one of the account's quotas: storage (no retry time) or a
    /// daily one (retry after `retry_after_secs`).
    #[error("{message}")]
    Quota {
        message: String,
        retry_after_secs: Option<u64>,
    },
    /// Something this service needs is briefly out of reach: retryable.
    #[error("{0}")]
    Unavailable(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl Error {
    pub(crate) fn no_such_document() -> Self {
        Self::NotFound("no such document".into())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
