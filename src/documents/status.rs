//! A document's processing status, and the one way it changes: a
//! [`Transition`] applied by [`transition`] ([`start_many`] applies `Start`
//! to a worker's whole claim), which updates the row and sends `NOTIFY
//! document_status` from the same statement, so every change that commits
//! is announced and nothing is announced that did not commit. A final
//! status also queues the account's webhook deliveries
//! (`webhooks::enqueue`) in that transaction.
//!
//! `pending → processing → completed | failed` are the seed's values
//! (`processing_status_valid`); a failed attempt that will be retried goes
//! back to `pending` with a note, and reprocessing starts over at `pending`.

use serde::{Deserialize, Serialize};
use sqlx::postgres::{PgArgumentBuffer, PgTypeInfo, PgValueRef};
use sqlx::{PgConnection, Postgres};
use utoipa::ToSchema;
use uuid::Uuid;

use super::store::{COLUMNS, Document};

/// The processing states of the seed, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ProcessingStatus {
    Pending,
    Processing,
    Completed,
    Failed,
}

impl ProcessingStatus {
    pub const ALL: [Self; 4] = [
        Self::Pending,
        Self::Processing,
        Self::Completed,
        Self::Failed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Processing => "processing",
            Self::Completed => "completed",
            Self::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// A run has ended here; nothing moves the document on by itself.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Completed | Self::Failed)
    }

    /// The sentence for a filter value that is none of these.
    pub fn expected() -> &'static str {
        "status must be pending, processing, completed or failed"
    }
}

impl std::fmt::Display for ProcessingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

// Stored as the seed's `varchar` (checked by `processing_status_valid`),
// read and written through its text form.
impl sqlx::Type<Postgres> for ProcessingStatus {
    fn type_info() -> PgTypeInfo {
        <String as sqlx::Type<Postgres>>::type_info()
    }

    fn compatible(ty: &PgTypeInfo) -> bool {
        <String as sqlx::Type<Postgres>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, Postgres> for ProcessingStatus {
    fn decode(value: PgValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let text = <&str as sqlx::Decode<Postgres>>::decode(value)?;
        Self::parse(text).ok_or_else(|| format!("unknown processing status {text:?}").into())
    }
}

impl sqlx::Encode<'_, Postgres> for ProcessingStatus {
    fn encode_by_ref(
        &self,
        buf: &mut PgArgumentBuffer,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        <&str as sqlx::Encode<Postgres>>::encode(self.as_str(), buf)
    }
}

/// The channel status changes are announced on.
pub const STATUS_CHANNEL: &str = "document_status";
/// NOTIFY payloads are capped at 8000 bytes; errors are cut well below.
const MAX_ERROR_CHARS: usize = 1000;

/// One status change of one document, as announced.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct StatusEvent {
    pub id: Uuid,
    pub user_id: Uuid,
    pub status: ProcessingStatus,
    pub error: Option<String>,
}

impl StatusEvent {
    pub fn is_final(&self) -> bool {
        self.status.is_final()
    }
}

/// A change of processing status.
#[derive(Debug, Clone, Copy)]
pub enum Transition<'a> {
    /// A worker took the run up: `processing`, started now. Applies only to
    /// a live (not deleted) document.
    Start,
    /// The run succeeded: `completed`, with the file type (kept when the
    /// document already had one), the language found, the personal-data
    /// risk (`none`, `low`, `medium`, `high`; absent without an analysis)
    /// and the searchable content, written by the same statement (each
    /// update of the row computes its `search_vector` and its indexes
    /// again: once is enough). Run it through `content::Fitting`.
    Complete {
        file_type: &'a str,
        language: Option<&'a str>,
        pii_risk: Option<&'a str>,
        content: &'a str,
    },
    /// The run failed for good: `failed`, with the reason.
    Fail { error: &'a str },
    /// An attempt failed and another will follow: back to `pending`, the
    /// note saying why and when.
    Retry { note: &'a str },
    /// Its owner asked for another run: `pending`, every trace of the last
    /// run's outcome cleared.
    Reprocess,
}

impl Transition<'_> {
    pub fn status(&self) -> ProcessingStatus {
        match self {
            Self::Start => ProcessingStatus::Processing,
            Self::Complete { .. } => ProcessingStatus::Completed,
            Self::Fail { .. } => ProcessingStatus::Failed,
            Self::Retry { .. } | Self::Reprocess => ProcessingStatus::Pending,
        }
    }

    fn error(&self) -> Option<&str> {
        match self {
            Self::Fail { error } => Some(error),
            Self::Retry { note } => Some(note),
            _ => None,
        }
    }
}

/// Applies `change` to document `id` of account `user_id` and announces
/// it, on the caller's transaction; the document as it is after. `None`
/// when there is no such document (for `Start`: no live one), and then
/// nothing is announced. The update and its `NOTIFY` are one statement.
pub async fn transition(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
    change: Transition<'_>,
) -> Result<Option<Document>, sqlx::Error> {
    let status = change.status();
    // Each variant's update and how many parameters it numbers ($1 to
    // $params, bound in that order below); the announcement's channel and
    // error follow them. The payload's keys are `StatusEvent`'s (a test,
    // `a_status_change_announces_a_status_event_the_listener_can_read`,
    // parses one).
    let (update, params) = match change {
        Transition::Start => (
            "update documents set processing_status = $2, processing_error = null,
                    processing_started_at = now() at time zone 'utc', processing_completed_at = null
             where id = $1 and user_id = $3 and deleted_at is null",
            3,
        ),
        Transition::Complete { .. } => (
            "update documents set processing_status = $2, processing_error = null,
                    processing_completed_at = now() at time zone 'utc',
                    file_type = coalesce(file_type, $3), language_code = $4, pii_risk = $5,
                    content = $7
             where id = $1 and user_id = $6",
            7,
        ),
        Transition::Fail { .. } => (
            "update documents set processing_status = $2, processing_error = $3,
                    processing_completed_at = now() at time zone 'utc'
             where id = $1 and user_id = $4",
            4,
        ),
        Transition::Retry { .. } => (
            "update documents set processing_status = $2, processing_error = $3
             where id = $1 and user_id = $4",
            4,
        ),
        Transition::Reprocess => (
            "update documents set processing_status = $2, processing_error = null,
                    processing_started_at = null, processing_completed_at = null
             where id = $1 and user_id = $3",
            3,
        ),
    };
    let (channel, error) = (params + 1, params + 2);
    let announce = announcing(&format!("${channel}"), "$2", &format!("${error}"));
    let sql = format!("with moved as ({update} returning {COLUMNS}) {announce}");
    let query = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .bind(status);
    let query = match change {
        Transition::Start | Transition::Reprocess => query.bind(user_id),
        Transition::Complete {
            file_type,
            language,
            pii_risk,
            content,
        } => query
            .bind(file_type)
            .bind(language)
            .bind(pii_risk)
            .bind(user_id)
            .bind(content),
        Transition::Fail { error } => query.bind(error).bind(user_id),
        Transition::Retry { note } => query.bind(note).bind(user_id),
    };
    let moved: Option<Document> = query
        .bind(STATUS_CHANNEL)
        .bind(change.error())
        .fetch_optional(&mut *conn)
        .await?;
    // A final status tells the account's webhooks, in this transaction.
    if let Some(m) = &moved
        && let Some(hook) = crate::webhooks::Event::of_status(status)
    {
        crate::webhooks::enqueue(conn, m.user_id, id, hook).await?;
    }
    Ok(moved)
}

/// The rows of a `moved` (the documents an update returned), each
/// announced on the channel bound at `channel` with a `StatusEvent` payload
/// (the listener parses it as one): `status` and `error` are the SQL of
/// the status bound and of the error (cut to [`MAX_ERROR_CHARS`]).
fn announcing(channel: &str, status: &str, error: &str) -> String {
    format!(
        "select moved.* from moved
         cross join lateral (select pg_notify({channel}, json_build_object(
             'id', moved.id, 'user_id', moved.user_id, 'status', {status}::text,
             'error', left({error}::text, {MAX_ERROR_CHARS}))::text)) announced"
    )
}

/// [`Transition::Start`] for several documents at once (a worker's claim):
/// one statement marks every live one of `docs` (document, account)
/// `processing` and announces each; the documents that moved, in no
/// particular order. A document deleted since is left out, unannounced.
pub async fn start_many(
    conn: &mut PgConnection,
    docs: &[(Uuid, Uuid)],
) -> Result<Vec<Document>, sqlx::Error> {
    if docs.is_empty() {
        return Ok(Vec::new());
    }
    let (ids, owners): (Vec<Uuid>, Vec<Uuid>) = docs.iter().copied().unzip();
    // (The pairs' columns are named apart from the document's, so the
    // returned columns need no qualifier.)
    let announce = announcing("$4", "$3", "null");
    let sql = format!(
        "with moved as (
             update documents d set processing_status = $3, processing_error = null,
                    processing_started_at = now() at time zone 'utc', processing_completed_at = null
             from unnest($1::uuid[], $2::uuid[]) as s(doc, owner)
             where d.id = s.doc and d.user_id = s.owner and d.deleted_at is null
             returning {COLUMNS})
         {announce}"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(ids)
        .bind(owners)
        .bind(ProcessingStatus::Processing)
        .bind(STATUS_CHANNEL)
        .fetch_all(conn)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_through_their_names() {
        for s in ProcessingStatus::ALL {
            assert_eq!(ProcessingStatus::parse(s.as_str()), Some(s));
            assert_eq!(
                serde_json::to_value(s).expect("json"),
                serde_json::json!(s.as_str())
            );
        }
        assert_eq!(ProcessingStatus::parse("done"), None);
        assert!(ProcessingStatus::Failed.is_final());
        assert!(!ProcessingStatus::Pending.is_final());
    }
}
