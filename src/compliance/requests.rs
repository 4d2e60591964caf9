//! Subject requests as stored (`subject_requests`): made by an account,
//! processed in the background under a lease (a request whose process died
//! is taken up again), followed by status like a document, listed newest
//! first. Access requests end with a ZIP in `subject_request_chunks`,
//! erasures with a signed receipt.

use std::time::Duration;

use chrono::NaiveDateTime;
use serde_json::{Value, json};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::subjects::{Identifier, Kind};
use crate::audit::Actor;
use crate::documents::{Error, Result};

/// An access request's archive is kept this long after it is built.
pub const ARCHIVE_KEEP_DAYS: i64 = 30;

/// Which right is exercised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKind {
    /// Art. 15/20: everything about the person, handed over as a ZIP.
    Access,
    /// Art. 17: the person's values erased, with a signed receipt.
    Erasure,
}

impl RequestKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Access => "access",
            Self::Erasure => "erasure",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Self::Access => "subject access request",
            Self::Erasure => "erasure",
        }
    }
}

/// A request as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SubjectRequest {
    pub id: Uuid,
    pub user_id: Uuid,
    pub kind: String,
    pub identifiers: Value,
    pub options: Value,
    pub status: String,
    pub error: Option<String>,
    pub result: Option<Value>,
    pub archive_size_bytes: Option<i64>,
    pub archive_sha256: Option<String>,
    pub archive_chunks: Option<i32>,
    pub archive_expires_at: Option<NaiveDateTime>,
    pub documents_scanned: i32,
    pub documents_total: Option<i32>,
    pub attempts: i32,
    pub created_at: NaiveDateTime,
    pub started_at: Option<NaiveDateTime>,
    pub completed_at: Option<NaiveDateTime>,
}

const COLUMNS: &str = "id, user_id, kind, identifiers, options, status, error, result, \
    archive_size_bytes, archive_sha256, archive_chunks, archive_expires_at, documents_scanned, \
    documents_total, attempts, created_at, started_at, completed_at";

impl SubjectRequest {
    /// The identifiers as given (an access request, or an erasure not yet
    /// done); `None` once an erasure replaced them by salted hashes.
    pub fn identifiers(&self) -> Option<Vec<Identifier>> {
        serde_json::from_value(self.identifiers.clone()).ok()
    }

    pub fn is_final(&self) -> bool {
        matches!(self.status.as_str(), "completed" | "failed")
    }
}

/// Records a new request (pending) with its audit row, which names the
/// kinds of identifiers and how many, never their values.
pub async fn create(
    pool: &PgPool,
    actor: &Actor,
    kind: RequestKind,
    identifiers: &[Identifier],
    options: Value,
) -> Result<SubjectRequest> {
    let mut tx = pool.begin().await?;
    let request: SubjectRequest = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into subject_requests (user_id, kind, identifiers, options)
         values ($1, $2, $3, $4) returning {COLUMNS}"
    )))
    .bind(actor.user_id)
    .bind(kind.as_str())
    .bind(json!(identifiers))
    .bind(&options)
    .fetch_one(&mut *tx)
    .await?;
    let types: Vec<Kind> = identifiers.iter().map(|i| i.kind).collect();
    let entry = actor
        .entry("create", "subject_request", Some(request.id))
        .new_values(json!({
            "kind": kind.as_str(), "identifier_types": types, "options": options,
        }));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(request)
}

async fn one_in(
    conn: &mut PgConnection,
    user_id: Uuid,
    kind: RequestKind,
    id: Uuid,
) -> Result<SubjectRequest> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from subject_requests where id = $1 and user_id = $2 and kind = $3"
    )))
    .bind(id)
    .bind(user_id)
    .bind(kind.as_str())
    .fetch_optional(conn)
    .await?
    .ok_or_else(|| Error::NotFound(format!("no such {}", kind.noun())))
}

/// One of the account's requests, unaudited (for following its status).
pub async fn status(
    pool: &PgPool,
    user_id: Uuid,
    kind: RequestKind,
    id: Uuid,
) -> Result<SubjectRequest> {
    let mut conn = pool.acquire().await?;
    one_in(&mut conn, user_id, kind, id).await
}

/// One of the actor's requests; audited as a read.
pub async fn one(
    pool: &PgPool,
    actor: &Actor,
    kind: RequestKind,
    id: Uuid,
) -> Result<SubjectRequest> {
    let mut tx = pool.begin().await?;
    let r = one_in(&mut tx, actor.user_id, kind, id).await?;
    actor
        .record(&mut tx, actor.entry("read", "subject_request", Some(id)))
        .await?;
    tx.commit().await?;
    Ok(r)
}

/// The actor's requests of `kind`, newest first; audited as a list.
pub async fn list(
    pool: &PgPool,
    actor: &Actor,
    kind: RequestKind,
    before: Option<(NaiveDateTime, Uuid)>,
    limit: i64,
) -> Result<Vec<SubjectRequest>> {
    let mut tx = pool.begin().await?;
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from subject_requests
         where user_id = $1 and kind = $2
           and ($3::timestamp is null or (created_at, id) < ($3, $4))
         order by created_at desc, id desc limit $5"
    )))
    .bind(actor.user_id)
    .bind(kind.as_str())
    .bind(before.map(|b| b.0))
    .bind(before.map(|b| b.1))
    .bind(limit)
    .fetch_all(&mut *tx)
    .await?;
    let entry = actor
        .entry("list", "subject_request", None)
        .new_values(json!({"kind": kind.as_str()}));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Takes up the next request due (`only`: that one, if due): pending, or
/// processing under a lease that ran out. Leased for `lease`.
pub async fn claim(
    pool: &PgPool,
    only: Option<Uuid>,
    lease: Duration,
) -> Result<Option<SubjectRequest>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "with next as (
             select id from subject_requests
             where (status = 'pending'
                    or (status = 'processing' and leased_until < now() at time zone 'utc'))
               and ($1::uuid is null or id = $1)
             order by created_at limit 1 for update skip locked
         )
         update subject_requests r set status = 'processing', attempts = r.attempts + 1,
                started_at = coalesce(r.started_at, now() at time zone 'utc'),
                leased_until = now() at time zone 'utc' + $2 * interval '1 second'
         from next where r.id = next.id
         returning {}",
        COLUMNS
            .split(", ")
            .map(|c| format!("r.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    )))
    .bind(only)
    .bind(lease.as_secs_f64())
    .fetch_optional(pool)
    .await
}

/// Which attempt at a request a process holds: every write of the
/// process names it, and a write by a process whose lease ran out and
/// whose request another took up (a later attempt) changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lease {
    pub id: Uuid,
    pub attempt: i32,
}

impl Lease {
    pub fn of(request: &SubjectRequest) -> Self {
        Self {
            id: request.id,
            attempt: request.attempts,
        }
    }
}

/// A write that found the request no longer held by this attempt.
#[derive(Debug, thiserror::Error)]
pub enum LeaseError {
    #[error("another process took this request over")]
    Lost,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn held(rows: u64) -> Result<(), LeaseError> {
    if rows == 0 {
        Err(LeaseError::Lost)
    } else {
        Ok(())
    }
}

/// Keeps the lease and records how far the search has come.
pub async fn progress(
    pool: &PgPool,
    lease: Lease,
    scanned: usize,
    total: usize,
    keep: Duration,
) -> Result<(), LeaseError> {
    let rows = sqlx::query(
        "update subject_requests set documents_scanned = $2, documents_total = $3,
                leased_until = now() at time zone 'utc' + $4 * interval '1 second'
         where id = $1 and status = 'processing' and attempts = $5",
    )
    .bind(lease.id)
    .bind(i32::try_from(scanned).unwrap_or(i32::MAX))
    .bind(i32::try_from(total).unwrap_or(i32::MAX))
    .bind(keep.as_secs_f64())
    .bind(lease.attempt)
    .execute(pool)
    .await?
    .rows_affected();
    held(rows)
}

/// Leaves a request to be taken up again after `delay`, noting why.
pub async fn retry_later(
    pool: &PgPool,
    lease: Lease,
    delay: Duration,
    error: &str,
) -> Result<(), LeaseError> {
    let rows = sqlx::query(
        "update subject_requests set error = $2,
                leased_until = now() at time zone 'utc' + $3 * interval '1 second'
         where id = $1 and status = 'processing' and attempts = $4",
    )
    .bind(lease.id)
    .bind(error.chars().take(2000).collect::<String>())
    .bind(delay.as_secs_f64())
    .bind(lease.attempt)
    .execute(pool)
    .await?
    .rows_affected();
    held(rows)
}

/// Ends a request as failed, with a reason a person can act on.
pub async fn fail(pool: &PgPool, lease: Lease, error: &str) -> Result<(), LeaseError> {
    let rows = sqlx::query(
        "update subject_requests set status = 'failed', error = $2, leased_until = null,
                completed_at = now() at time zone 'utc'
         where id = $1 and status = 'processing' and attempts = $3",
    )
    .bind(lease.id)
    .bind(error.chars().take(2000).collect::<String>())
    .bind(lease.attempt)
    .execute(pool)
    .await?
    .rows_affected();
    held(rows)
}

/// Ends an access request: what was found, and its archive (already in
/// `subject_request_chunks`).
pub async fn complete_access(
    conn: &mut PgConnection,
    lease: Lease,
    result: &Value,
    archive: (i64, &str, i32),
) -> Result<(), LeaseError> {
    let rows = sqlx::query(
        "update subject_requests set status = 'completed', result = $2, leased_until = null,
                error = null, completed_at = now() at time zone 'utc',
                archive_size_bytes = $3, archive_sha256 = $4, archive_chunks = $5,
                archive_expires_at = now() at time zone 'utc' + $6 * interval '1 day'
         where id = $1 and status = 'processing' and attempts = $7",
    )
    .bind(lease.id)
    .bind(result)
    .bind(archive.0)
    .bind(archive.1)
    .bind(archive.2)
    .bind(ARCHIVE_KEEP_DAYS as f64)
    .bind(lease.attempt)
    .execute(conn)
    .await?
    .rows_affected();
    held(rows)
}

/// Ends an erasure: its receipt, and its identifiers replaced by the
/// salted hashes the receipt names.
pub async fn complete_erasure(
    conn: &mut PgConnection,
    lease: Lease,
    hashed_identifiers: &Value,
    receipt: &Value,
) -> Result<(), LeaseError> {
    let rows = sqlx::query(
        "update subject_requests set status = 'completed', result = $3, identifiers = $2,
                error = null, leased_until = null, completed_at = now() at time zone 'utc'
         where id = $1 and status = 'processing' and attempts = $4",
    )
    .bind(lease.id)
    .bind(hashed_identifiers)
    .bind(receipt)
    .bind(lease.attempt)
    .execute(conn)
    .await?
    .rows_affected();
    held(rows)
}

/// Records how far a request has come (an erasure's documents done so
/// far) and keeps its lease, while `lease` still holds it.
pub async fn record_result(
    conn: &mut PgConnection,
    lease: Lease,
    result: &Value,
    keep: Duration,
) -> Result<(), LeaseError> {
    let rows = sqlx::query(
        "update subject_requests set result = $2,
                leased_until = now() at time zone 'utc' + $4 * interval '1 second'
         where id = $1 and status = 'processing' and attempts = $3",
    )
    .bind(lease.id)
    .bind(result)
    .bind(lease.attempt)
    .bind(keep.as_secs_f64())
    .execute(conn)
    .await?
    .rows_affected();
    held(rows)
}

/// Stores one chunk of an access request's archive.
pub async fn put_chunk(
    pool: &PgPool,
    lease: Lease,
    seq: i32,
    data: &[u8],
) -> Result<(), LeaseError> {
    let rows = sqlx::query(
        "insert into subject_request_chunks (request_id, seq, data)
         select $1, $2, $3 from subject_requests
         where id = $1 and status = 'processing' and attempts = $4
         on conflict (request_id, seq) do update set data = excluded.data",
    )
    .bind(lease.id)
    .bind(seq)
    .bind(data)
    .bind(lease.attempt)
    .execute(pool)
    .await?
    .rows_affected();
    held(rows)
}

/// Drops whatever a previous, interrupted attempt stored of the archive.
pub async fn clear_chunks(pool: &PgPool, lease: Lease) -> Result<(), LeaseError> {
    let mut tx = pool.begin().await?;
    let rows = sqlx::query(
        "select 1 from subject_requests
         where id = $1 and status = 'processing' and attempts = $2 for update",
    )
    .bind(lease.id)
    .bind(lease.attempt)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    held(rows)?;
    sqlx::query("delete from subject_request_chunks where request_id = $1")
        .bind(lease.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The archive of one of the actor's access requests, to stream: audited
/// as an export. `Conflict` before it is built; `NotFound` once it expired
/// or an erasure removed it (the message says which).
pub async fn archive(pool: &PgPool, actor: &Actor, id: Uuid) -> Result<(SubjectRequest, i32)> {
    let mut tx = pool.begin().await?;
    let r = one_in(&mut tx, actor.user_id, RequestKind::Access, id).await?;
    let chunks = match (r.status.as_str(), r.archive_chunks) {
        ("completed", Some(n)) => n,
        ("completed", None) => {
            let why = r
                .result
                .as_ref()
                .and_then(|v| v["archive_removed"].as_str())
                .unwrap_or("it was removed");
            return Err(Error::NotFound(format!(
                "this request's archive is no longer kept: {why}"
            )));
        }
        ("failed", _) => {
            return Err(Error::Conflict(
                "this request failed and has no archive; make a new one".into(),
            ));
        }
        _ => {
            return Err(Error::Conflict(
                "the archive is not ready yet; follow the request's status".into(),
            ));
        }
    };
    let entry = actor
        .entry("export", "subject_request", Some(id))
        .new_values(json!({"part": "archive", "size_bytes": r.archive_size_bytes}));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok((r, chunks))
}

/// One chunk of an archive.
pub async fn chunk(pool: &PgPool, id: Uuid, seq: i32) -> Result<Vec<u8>, sqlx::Error> {
    sqlx::query_scalar("select data from subject_request_chunks where request_id = $1 and seq = $2")
        .bind(id)
        .bind(seq)
        .fetch_one(pool)
        .await
}

/// Removes the archive of access requests `ids` (an erasure that touched
/// their documents or their person, or their time ran out), saying why.
pub async fn remove_archives(
    conn: &mut PgConnection,
    ids: &[Uuid],
    why: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("delete from subject_request_chunks where request_id = any($1)")
        .bind(ids)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "update subject_requests set archive_chunks = null, archive_expires_at = null,
                result = coalesce(result, '{}'::jsonb) || jsonb_build_object('archive_removed', $2::text)
         where id = any($1)",
    )
    .bind(ids)
    .bind(why)
    .execute(conn)
    .await?;
    Ok(())
}

/// An access request, as an erasure sees it.
#[derive(Debug, sqlx::FromRow)]
pub struct AccessRequest {
    pub id: Uuid,
    pub identifiers: Value,
    /// The documents in its archive.
    pub document_ids: Value,
    /// Whether the archive is still kept.
    pub kept: bool,
    /// Still waiting or running.
    pub unfinished: bool,
    /// Why its archive was removed, if it was.
    pub archive_removed: Option<String>,
}

/// The account's access requests.
pub async fn access_requests(
    conn: &mut PgConnection,
    user_id: Uuid,
) -> Result<Vec<AccessRequest>, sqlx::Error> {
    sqlx::query_as(
        "select id, identifiers, coalesce(result -> 'document_ids', '[]'::jsonb) as document_ids,
                archive_chunks is not null as kept,
                status in ('pending', 'processing') as unfinished,
                result ->> 'archive_removed' as archive_removed
         from subject_requests where user_id = $1 and kind = 'access'
         for update",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await
}

/// Ends an access request not yet completed as failed, with `why`: the
/// process running it (if any) finds it no longer its own and stops.
pub async fn stop(conn: &mut PgConnection, id: Uuid, why: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update subject_requests set status = 'failed', error = $2, leased_until = null,
                completed_at = now() at time zone 'utc'
         where id = $1 and status in ('pending', 'processing')",
    )
    .bind(id)
    .bind(why)
    .execute(conn)
    .await?;
    Ok(())
}

/// Replaces the identifiers of request `id` (an access request for a person
/// since erased) by their salted hashes.
pub async fn forget_identifiers(
    conn: &mut PgConnection,
    id: Uuid,
    hashed: &Value,
) -> Result<(), sqlx::Error> {
    sqlx::query("update subject_requests set identifiers = $2 where id = $1")
        .bind(id)
        .bind(hashed)
        .execute(conn)
        .await?;
    Ok(())
}

/// Removes archives past their time (run by the periodic job).
pub async fn expire_archives(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let ids: Vec<Uuid> = sqlx::query_scalar(
        "select id from subject_requests
         where archive_chunks is not null and archive_expires_at < now() at time zone 'utc'
         for update skip locked",
    )
    .fetch_all(&mut *tx)
    .await?;
    if !ids.is_empty() {
        let why = format!("archives are kept {ARCHIVE_KEEP_DAYS} days");
        remove_archives(&mut tx, &ids, &why).await?;
    }
    tx.commit().await?;
    Ok(ids.len() as u64)
}
