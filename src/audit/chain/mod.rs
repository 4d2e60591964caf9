//! The hash chain over the audit trail, and its signed checkpoints.
//!
//! Each row, once sealed, holds its place (`chain_seq`, 1, 2, 3, … with no
//! gap); `payload_digest`, the SHA-256 of its payload (old and new values,
//! address, user agent) in a canonical form; `content_digest`, the SHA-256
//! of its fixed fields (id, actor, action, resource, request, time) and the
//! payload digest; and `chain_hash`, the SHA-256 of the previous row's
//! hash, its place and its content digest ([`link`]); the first row links
//! to 32 zero bytes. Keeping the payload's digest apart lets an erasure
//! empty a payload while every other field of the row still verifies.
//!
//! The sealer (`seal`) seals committed rows in batches under a
//! transaction-scoped advisory lock and every so often signs a checkpoint
//! (place, hash, time) with the key kept outside the database, but only
//! while the chain still passes through the newest checkpoint this service
//! remembers signing (so a database restored from an older backup, or
//! rewritten, is never signed over). Verification (`verify`) walks the
//! chain in order and names the first row that was edited, deleted,
//! inserted, moved or emptied without a signed erasure naming it; checks
//! the checkpoints; and tells a trail rolled back behind the service's
//! memory. It reads rows from the live database or from a `pg_dump`
//! (`super::dump`), the same way.

mod seal;
mod verify;

pub(crate) use seal::SEAL_LOCK;
pub use seal::{Sealed, other_signer, seal_and_checkpoint, seal_pending};
pub use verify::{
    ArchiveRecord, ArchivedRun, ChainRow, Checkpoint, Problem, Report, Verifier, archive_records,
    runs_of, verify_audited, verify_live,
};

use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use sqlx::Row as _;

/// The service's own record of its newest checkpoint, in `data_dir`.
pub const HIGH_WATER_FILE: &str = "audit-checkpoint.json";
/// The first row links to this.
const GENESIS: [u8; 32] = [0; 32];
/// How long a transaction may take to commit after writing its audit row
/// and still be sealed: a row claiming to be older than that when the
/// sealer first sees it did not come in through the service (it was
/// inserted behind its back) and is left unsealed, for verification to
/// name.
pub const LATE_COMMIT: Duration = Duration::from_secs(600);
/// A committed row unsealed for longer than this means the sealer is not
/// running or is stuck: verification says so.
pub const SEAL_LAG_LIMIT: Duration = Duration::from_secs(120);
/// What an erased row's old and new values become.
pub const TOMBSTONE: &str = r#"{"erased": true}"#;

/// A row's content as text, the way PostgreSQL prints each column (the
/// same in a query's `::text` and in a `pg_dump`): what its digests cover.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Content {
    pub id: String,
    pub user_id: Option<String>,
    pub action: String,
    pub resource_type: String,
    pub resource_id: Option<String>,
    /// `jsonb` as PostgreSQL prints it.
    pub old_values: Option<String>,
    pub new_values: Option<String>,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
    pub created_at: String,
}

impl Content {
    /// Whether the payload is exactly what an erasure leaves.
    pub fn is_tombstone(&self) -> bool {
        let emptied = |v: &Option<String>| {
            v.as_deref().is_none_or(|t| {
                serde_json::from_str::<Value>(t).is_ok_and(|v| v == json!({"erased": true}))
            })
        };
        emptied(&self.old_values)
            && emptied(&self.new_values)
            && self.ip_address.is_none()
            && self.user_agent.is_none()
    }
}

/// `v` as canonical JSON text (see [`canonical`]): what rows' digests,
/// erasures and erasure receipts are hashed and signed over.
pub fn canonical_json(v: &Value) -> String {
    let mut out = String::new();
    canonical(v, &mut out);
    out
}

/// JSON with object keys in byte order at every depth and no white space,
/// strings escaped as serde_json escapes them: one text for one value,
/// whatever order it was written in.
fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                canonical(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn text(s: &Option<String>) -> Value {
    s.clone().map_or(Value::Null, Value::String)
}

/// A stored JSON value, canonical; one this parser refuses (nested deeper
/// than it goes) is taken as its text, so no row can stop the sealer.
fn json_value(s: &Option<String>) -> Value {
    match s.as_deref() {
        None => Value::Null,
        Some(t) => serde_json::from_str(t).unwrap_or_else(|_| json!({ "unparsed": t })),
    }
}

/// The SHA-256 of a row's payload: old and new values, address, user
/// agent.
pub fn payload_digest(c: &Content) -> [u8; 32] {
    let fields = Value::Array(vec![
        json_value(&c.old_values),
        json_value(&c.new_values),
        text(&c.ip_address),
        text(&c.user_agent),
    ]);
    Sha256::digest(canonical_json(&fields).as_bytes()).into()
}

/// The SHA-256 of a row's fixed fields and its payload's digest.
pub fn content_digest(c: &Content, payload: &[u8]) -> [u8; 32] {
    let fields = Value::Array(vec![
        Value::String(c.id.clone()),
        text(&c.user_id),
        Value::String(c.action.clone()),
        Value::String(c.resource_type.clone()),
        text(&c.resource_id),
        text(&c.request_id),
        Value::String(c.created_at.clone()),
        Value::String(crate::auth::tokens::hex(payload)),
    ]);
    Sha256::digest(canonical_json(&fields).as_bytes()).into()
}

/// The chain hash of the row at `seq` with `digest`, after `prev`.
pub fn link(prev: &[u8], seq: i64, digest: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(seq.to_be_bytes());
    h.update(digest);
    h.finalize().into()
}

/// What a checkpoint's signature covers.
pub fn checkpoint_message(seq: i64, hash: &[u8], created_at: &str) -> Vec<u8> {
    format!(
        "opencomplai audit checkpoint\nseq {seq}\nhash {}\nat {created_at}\n",
        crate::auth::tokens::hex(hash)
    )
    .into_bytes()
}

/// What an erasure's row signs: which request emptied which places. Only
/// the service's key makes it, so a row inserted behind the service's back
/// cannot license emptying others.
pub fn erasure_message(request_id: &str, places: &[i64]) -> Vec<u8> {
    let body = json!({"erasure": request_id, "emptied_audit_rows": places});
    format!("opencomplai erasure\n{}\n", canonical_json(&body)).into_bytes()
}

/// What an archive record's signature covers (`audit_archives`, written
/// by `audit archive-partitions`): the partition, its bounds as PostgreSQL
/// prints them, its rows, the runs of places it held with the chain hash at
/// each run's end, the archive file's SHA-256, and the audit row written
/// with it. Only the service's key makes it, so the database's owner
/// cannot call deleted rows archived.
pub fn archive_message(r: &ArchiveRecord) -> Vec<u8> {
    let runs: Vec<Value> = r
        .runs
        .iter()
        .map(|run| json!({"from": run.from, "to": run.to, "hash": crate::auth::tokens::hex(&run.hash)}))
        .collect();
    let body = json!({
        "partition": r.partition,
        "lower_bound": r.lower_bound,
        "upper_bound": r.upper_bound,
        "rows": r.rows,
        "runs": runs,
        "sha256": r.sha256,
        "audit_row": r.audit_row_id,
    });
    format!("opencomplai audit archive\n{}\n", canonical_json(&body)).into_bytes()
}

/// The columns of `audit_logs` as [`Content`] reads them.
pub const CONTENT_COLUMNS: &str = "id::text, user_id::text, action, resource_type, \
    resource_id::text, old_values::text, new_values::text, abbrev(ip_address) as ip_address, \
    user_agent, request_id::text, created_at::text";

fn content_of(row: &sqlx::postgres::PgRow) -> Result<Content, sqlx::Error> {
    Ok(Content {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        action: row.try_get("action")?,
        resource_type: row.try_get("resource_type")?,
        resource_id: row.try_get("resource_id")?,
        old_values: row.try_get("old_values")?,
        new_values: row.try_get("new_values")?,
        ip_address: row.try_get("ip_address")?,
        user_agent: row.try_get("user_agent")?,
        request_id: row.try_get("request_id")?,
        created_at: row.try_get("created_at")?,
    })
}

/// The newest checkpoint, as the service remembers it beside its key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct HighWater {
    pub chain_seq: i64,
    /// Hex.
    pub chain_hash: String,
    pub created_at: String,
}

impl HighWater {
    pub fn read(data_dir: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(data_dir.join(HIGH_WATER_FILE)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Records this checkpoint, unless the file already names a later one
    /// (it only ever moves forward).
    fn write(&self, data_dir: &Path) {
        if Self::read(data_dir).is_some_and(|hw| hw.chain_seq >= self.chain_seq) {
            return;
        }
        let path = data_dir.join(HIGH_WATER_FILE);
        let tmp = data_dir.join(format!("{HIGH_WATER_FILE}.tmp"));
        let body = serde_json::to_vec_pretty(self).unwrap_or_default();
        let written = std::fs::write(&tmp, body).and_then(|()| std::fs::rename(&tmp, &path));
        if let Err(e) = written {
            tracing::warn!(path = %path.display(), error = %e, "could not record the newest audit checkpoint");
        }
    }
}

#[cfg(test)]
mod tests;
