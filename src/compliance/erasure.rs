//! Erasure (GDPR Art. 17): every document of the account that mentions
//! the person is, as chosen per document, deleted at once (original, text,
//! results, search entries and words together) or has the person's values
//! covered in its text, results, title and metadata (and its original
//! removed). Documents under a legal hold are skipped and listed. The
//! audit rows whose payload held the values are emptied to tombstones
//! (see `audit::erase`), access archives that held them are removed, the
//! erasure's own identifiers are replaced by salted hashes, and the whole
//! is summed up in a receipt signed with the service key.
//!
//! Each document's erasure is one transaction that also records it in the
//! request, so a request taken up again after a crash carries on where it
//! stopped and its receipt still lists everything.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;

use super::access::{RunError, find_all, matcher_of};
use super::receipt::{self, RECEIPT_TYPE};
use super::requests::{self, SubjectRequest};
use super::subjects::{Identifier, Matcher};
use base64::Engine as _;

use crate::audit::chain;
use crate::audit::keys::SigningKeys;
use crate::audit::{self, Actor, Entry, RequestContext};
use crate::documents::erasure::{self as doc_erasure, Cover};
use crate::documents::{self, holds};

/// How long the erasure waits for the audit sealer before trying later.
const SEAL_WAIT: Duration = Duration::from_secs(60);

/// What happens to a document that mentions the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The document and everything derived from it, gone at once.
    Delete,
    /// The person's values covered in place; the original removed.
    Redact,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "delete" => Some(Self::Delete),
            "redact" => Some(Self::Redact),
            _ => None,
        }
    }
}

/// An erasure's choices, kept in `subject_requests.options`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Options {
    /// For every document not named in `documents`.
    pub mode: Mode,
    /// Per-document choices.
    #[serde(default)]
    pub documents: BTreeMap<Uuid, Mode>,
    /// Hex; salts the hashes of the values in the receipt.
    pub salt: String,
}

impl Options {
    pub fn new(mode: Mode, documents: BTreeMap<Uuid, Mode>) -> Self {
        let salt: [u8; 16] = rand::random();
        Self {
            mode,
            documents,
            salt: crate::auth::tokens::hex(&salt),
        }
    }
}

/// One redacted document, as the receipt lists it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Redacted {
    id: Uuid,
    places_covered: usize,
    original_removed: bool,
}

/// One document a legal hold kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Held {
    id: Uuid,
    hold_id: Uuid,
    hold_name: String,
}

/// What the erasure has done so far (in `result` while it runs).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Done {
    deleted: Vec<Uuid>,
    redacted: Vec<Redacted>,
    skipped_held: Vec<Held>,
}

impl Done {
    fn handled(&self, id: Uuid) -> bool {
        self.deleted.contains(&id)
            || self.redacted.iter().any(|r| r.id == id)
            || self.skipped_held.iter().any(|h| h.id == id)
    }

    fn erased(&self) -> BTreeSet<Uuid> {
        self.deleted
            .iter()
            .copied()
            .chain(self.redacted.iter().map(|r| r.id))
            .collect()
    }
}

impl From<documents::Error> for RunError {
    fn from(e: documents::Error) -> Self {
        match e {
            documents::Error::Database(e) => e.into(),
            other => Self::Fail(other.to_string()),
        }
    }
}

/// The first of `ids` that is not a document of `user_id` (deleted or
/// not), if any: a choice about it cannot be made.
pub async fn unknown_document(
    pool: &PgPool,
    user_id: Uuid,
    ids: &[Uuid],
) -> Result<Option<Uuid>, sqlx::Error> {
    let known: Vec<Uuid> =
        sqlx::query_scalar("select id from documents where user_id = $1 and id = any($2)")
            .bind(user_id)
            .bind(ids)
            .fetch_all(pool)
            .await?;
    Ok(ids.iter().find(|id| !known.contains(id)).copied())
}

/// The identifiers as the finished erasure keeps them: type and salted
/// hash.
fn hashed(ids: &[Identifier], salt: &str) -> Value {
    Value::Array(
        ids.iter()
            .map(|i| json!({"type": i.kind, "salted_sha256": i.salted_hash(salt.as_bytes())}))
            .collect(),
    )
}

/// A failed erasure keeps no values either: its identifiers become their
/// salted hashes (make a new erasure to try again).
pub async fn forget_failed(pool: &PgPool, request: &SubjectRequest) -> Result<(), sqlx::Error> {
    let salt = request.options["salt"].as_str().unwrap_or_default();
    let hashed_ids = hashed(&request.identifiers().unwrap_or_default(), salt);
    let mut conn = pool.acquire().await?;
    requests::forget_identifiers(&mut conn, request.id, &hashed_ids).await
}

/// Erases the person of `request` and completes it with a signed receipt.
pub async fn run(
    pool: &PgPool,
    keys: &SigningKeys,
    data_dir: &std::path::Path,
    request: &SubjectRequest,
    lease: Duration,
) -> Result<(), RunError> {
    let matcher = matcher_of(request)?;
    let options: Options = serde_json::from_value(request.options.clone())
        .map_err(|e| RunError::Fail(format!("the erasure's options cannot be read: {e}")))?;
    let mut done: Done = request
        .result
        .clone()
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    let actor = Actor::new(request.user_id, RequestContext::default());
    let why = format!(
        "processing stopped: erasure {} redacted this document and removed its original",
        request.id
    );
    let (found, scan) = find_all(pool, request, &matcher, lease).await?;
    let searched = scan.scanned;
    let found_ids: BTreeSet<Uuid> = found.iter().map(|f| f.document_id).collect();
    for f in &found {
        let id = f.document_id;
        if done.handled(id) {
            continue;
        }
        let mode = options.documents.get(&id).copied().unwrap_or(options.mode);
        let mut tx = pool.begin().await?;
        match doc_erasure::lock_owned(&mut tx, request.user_id, id).await {
            Err(documents::Error::NotFound(_)) => continue,
            other => other?,
        }
        let entry = if let Some((hold_id, name)) = holds::active_on(&mut tx, id).await? {
            done.skipped_held.push(Held {
                id,
                hold_id,
                hold_name: matcher.cover(&name).0,
            });
            actor
                .entry("erase_skipped", "document", Some(id))
                .new_values(json!({"erasure": request.id, "legal_hold": hold_id}))
        } else if mode == Mode::Delete {
            doc_erasure::delete_now(&mut tx, request.user_id, id).await?;
            done.deleted.push(id);
            actor
                .entry("erase", "document", Some(id))
                .new_values(json!({"erasure": request.id, "mode": "delete"}))
        } else {
            let c = doc_erasure::cover(&mut tx, request.user_id, id, &matcher, &why).await?;
            done.redacted.push(Redacted {
                id,
                places_covered: c.places,
                original_removed: c.original_removed,
            });
            actor
                .entry("erase", "document", Some(id))
                .new_values(json!({
                    "erasure": request.id, "mode": "redact", "places_covered": c.places,
                    "original_removed": c.original_removed, "run_stopped": c.run_stopped,
                }))
        };
        actor.record(&mut tx, entry).await?;
        // Only while this attempt still holds the request (its lease
        // renewed with each document): one taken over rolls back here.
        requests::record_result(&mut tx, requests::Lease::of(request), &json!(done), lease).await?;
        tx.commit().await?;
    }
    let identifiers = request.identifiers().unwrap_or_default();
    let hashed_ids = hashed(&identifiers, &options.salt);
    let still = requests::Lease::of(request);
    requests::progress(pool, still, searched, searched, lease).await?;
    let archives = remove_archives(pool, request, &matcher, &done, &hashed_ids).await?;
    // The sealer may take a while: hold the request meanwhile.
    requests::progress(pool, still, searched, searched, lease).await?;
    let (audit_row, emptied) =
        empty_audit_rows(pool, keys, data_dir, request, &matcher, &done).await?;
    requests::progress(pool, still, searched, searched, lease).await?;
    let not_mentioning: Vec<Uuid> = options
        .documents
        .keys()
        .filter(|id| !found_ids.contains(id) && !done.handled(**id))
        .copied()
        .collect();
    let covered: usize = done.redacted.iter().map(|r| r.places_covered).sum();
    let body = json!({
        "type": RECEIPT_TYPE,
        "version": 1,
        "erasure_id": request.id,
        "account_id": request.user_id,
        "requested_at": request.created_at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(),
        "completed_at": chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(),
        "identifiers": hashed_ids,
        "salt": options.salt,
        "hash": "sha256(salt as text || value), the value lower-cased (phone numbers and IBANs: \
                 digits and letters only; other values: spaces collapsed)",
        "default_mode": options.mode,
        "documents": {
            "deleted": done.deleted,
            "redacted": done.redacted,
            "skipped_held": done.skipped_held,
            "named_but_not_mentioning": not_mentioning,
            // No extracted text yet: only their own fields were searched.
            "without_text": scan.without_text.iter().map(|d| d.id).collect::<Vec<_>>(),
        },
        "access_archives_removed": archives,
        "audit": {"erasure_row": audit_row, "emptied_audit_rows": emptied},
        "counts": {
            "documents_searched": searched,
            "documents_without_text": scan.without_text_count,
            "documents_deleted": done.deleted.len(),
            "documents_redacted": done.redacted.len(),
            "documents_skipped_held": done.skipped_held.len(),
            "places_covered": covered,
            "audit_rows_emptied": emptied.len(),
            "access_archives_removed": archives.len(),
        },
    });
    let signed = receipt::sign(keys, body);
    let mut tx = pool.begin().await?;
    requests::complete_erasure(&mut tx, requests::Lease::of(request), &hashed_ids, &signed).await?;
    tx.commit().await?;
    Ok(())
}

/// Removes the archives of access requests that name the same person or
/// hold a document this erasure touched (their ids), and replaces the
/// identifiers of every access request for the same person by the
/// erasure's salted hashes.
async fn remove_archives(
    pool: &PgPool,
    request: &SubjectRequest,
    matcher: &Matcher,
    done: &Done,
    hashed_ids: &Value,
) -> Result<Vec<Uuid>, RunError> {
    let erased = done.erased();
    let mut tx = pool.begin().await?;
    let mut removed = Vec::new();
    let why = format!("erasure {} removed it", request.id);
    for a in requests::access_requests(&mut tx, request.user_id).await? {
        let id = a.id;
        if a.archive_removed.as_deref() == Some(why.as_str()) {
            // Removed by an earlier attempt of this erasure: still its own.
            removed.push(id);
            continue;
        }
        let same_person = serde_json::from_value::<Vec<Identifier>>(a.identifiers)
            .is_ok_and(|ids| matcher.shares_a_value(&ids));
        let touched = serde_json::from_value::<Vec<Uuid>>(a.document_ids)
            .is_ok_and(|ids| ids.iter().any(|d| erased.contains(d)));
        if same_person && a.unfinished {
            // It would search with values this erasure is about to forget
            // and hand over what is left: stop it; ask again if needed.
            let stopped = format!(
                "stopped: erasure {} erased this person while the request waited; make a new request if one is still needed",
                request.id
            );
            requests::stop(&mut tx, id, &stopped).await?;
        }
        if same_person {
            requests::forget_identifiers(&mut tx, id, hashed_ids).await?;
        }
        if a.kept && (same_person || touched) {
            requests::remove_archives(&mut tx, &[id], &why).await?;
            removed.push(id);
        }
    }
    tx.commit().await?;
    Ok(removed)
}

/// Empties the account's audit rows that held the person's values (not
/// those about documents a hold keeps): first the erasure's own row naming
/// their places is written and sealed, then the rows are emptied. A
/// request taken up again reuses the row it wrote before.
async fn empty_audit_rows(
    pool: &PgPool,
    keys: &SigningKeys,
    data_dir: &std::path::Path,
    request: &SubjectRequest,
    matcher: &Matcher,
    done: &Done,
) -> Result<(Uuid, Vec<i64>), RunError> {
    let earlier: Option<(Uuid, Value)> = sqlx::query_as(
        "select id, new_values from audit_logs
         where action = 'erase' and resource_type = 'subject_request' and resource_id = $1
           and user_id = $2
         order by created_at limit 1",
    )
    .bind(request.id)
    .bind(request.user_id)
    .fetch_optional(pool)
    .await?;
    let (row, places) = match earlier {
        Some((row, values)) => {
            let places = values["emptied_audit_rows"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_i64).collect())
                .unwrap_or_default();
            (row, places)
        }
        None => {
            let ids = audit::erase::rows_mentioning(pool, request.user_id, &|s: &str| {
                matcher.mentions(s)
            })
            .await?;
            let places = audit::erase::sealed_places(pool, keys, data_dir, &ids, SEAL_WAIT)
                .await?
                .ok_or_else(|| {
                    RunError::Retry("the audit trail is not sealed yet; trying again".into())
                })?;
            let signature = base64::engine::general_purpose::STANDARD
                .encode(keys.sign(&chain::erasure_message(&request.id.to_string(), &places)));
            let entry = Entry::new(
                Some(request.user_id),
                "erase",
                "subject_request",
                Some(request.id),
            )
            .new_values(json!({
                "emptied_audit_rows": places,
                "signature": signature,
                "key_id": keys.public().key_id(),
                "documents_deleted": done.deleted.len(),
                "documents_redacted": done.redacted.len(),
                "documents_skipped_held": done.skipped_held.len(),
            }));
            let mut conn = pool.acquire().await?;
            let row =
                audit::record_returning_id(&mut conn, &RequestContext::default(), entry).await?;
            (row, places)
        }
    };
    // The row naming them is sealed before any is emptied, so the trail
    // never shows an emptied row that no erasure names.
    audit::erase::sealed_places(pool, keys, data_dir, &[row], SEAL_WAIT)
        .await?
        .ok_or_else(|| RunError::Retry("the audit trail is not sealed yet; trying again".into()))?;
    audit::erase::tombstone(pool, &places).await?;
    Ok((row, places))
}
