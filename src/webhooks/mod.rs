//! Webhooks: an account's endpoints (`endpoints`), told when one of its
//! documents reaches `completed` or `failed`. The status change queues a
//! delivery per subscribed endpoint in its own transaction ([`enqueue`]);
//! the deliverer (`deliver`) sends each one signed as Standard Webhooks
//! describes (`signature`), retries it with back-off and logs every
//! attempt (`deliveries`).

pub mod deliver;
pub mod deliveries;
pub mod endpoints;
pub mod signature;
pub mod target;

use sqlx::PgConnection;
use uuid::Uuid;

use crate::documents::status::ProcessingStatus;
use crate::validation::Invalid;

/// What an endpoint can be told about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    DocumentCompleted,
    DocumentFailed,
}

impl Event {
    pub const ALL: [Self; 2] = [Self::DocumentCompleted, Self::DocumentFailed];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::DocumentCompleted => "document.completed",
            Self::DocumentFailed => "document.failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == s)
    }

    /// The event a status change announces, if any: only final ones do.
    pub fn of_status(status: ProcessingStatus) -> Option<Self> {
        match status {
            ProcessingStatus::Completed => Some(Self::DocumentCompleted),
            ProcessingStatus::Failed => Some(Self::DocumentFailed),
            ProcessingStatus::Pending | ProcessingStatus::Processing => None,
        }
    }
}

/// Why a webhook operation was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Queues `event` about `document_id` for each enabled endpoint of
/// `user_id` subscribed to it, on the caller's transaction (the status
/// change's), so a delivery exists exactly when the change commits. One
/// indexed lookup when the account has no endpoints; a deleted account's
/// endpoints are told nothing more.
pub async fn enqueue(
    conn: &mut PgConnection,
    user_id: Uuid,
    document_id: Uuid,
    event: Event,
) -> Result<u64, sqlx::Error> {
    let queued = sqlx::query(
        "insert into webhook_deliveries (endpoint_id, user_id, event, document_id, next_attempt_at)
         select id, user_id, $3, $2, now() at time zone 'utc'
         from webhook_endpoints
         where user_id = $1 and enabled and $3 = any(events)
           and exists (select 1 from users u where u.id = $1 and u.deleted_at is null)",
    )
    .bind(user_id)
    .bind(document_id)
    .bind(event.as_str())
    .execute(conn)
    .await?
    .rows_affected();
    Ok(queued)
}
