//! The hash chain over the audit trail, and its signed checkpoints.
//!
//! Each row, once sealed, holds its place (`chain_seq`, 1, 2, 3, … with no
//! gap), `content_digest` = SHA-256 of its content in a canonical form
//! ([`content_digest`]), and `chain_hash` = SHA-256 of the previous row's
//! hash, its place and its digest ([`link`]); the first row links to 32
//! zero bytes. The [`seal_pending`] sealer seals committed rows in batches
//! under a transaction-scoped advisory lock (one sealer at a time across
//! instances; requests never wait on it), and every so often signs a
//! checkpoint (place, hash, time) with the key kept outside the database.
//!
//! Verification ([`Verifier`]) walks the chain in order and names the first
//! row that was edited (its content no longer matches its digest), deleted
//! (a place is missing), inserted or moved (the chain breaks), or erased
//! without an erasure naming it; checks every checkpoint's signature and
//! that the chain passes through it; and, given the newest checkpoint the
//! service itself remembers, tells a database restored from an older
//! backup. It reads rows either from the live database or from a
//! `pg_dump` (`dump`), the same way.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::{PgPool, Row as _};

use super::keys::{PublicKey, SigningKeys};

/// Rows sealed in one transaction at most.
const SEAL_BATCH: i64 = 2_000;
/// A checkpoint is signed when the chain has grown and the last one is at
/// least this old...
const CHECKPOINT_EVERY: Duration = Duration::from_secs(10);
/// ...or this many rows behind.
const CHECKPOINT_ROWS: i64 = 10_000;
/// Any number; all instances agree on it.
const SEAL_LOCK: i64 = 0x006f_6373_6561_6c21;
/// The service's own record of its newest checkpoint, in `data_dir`.
pub const HIGH_WATER_FILE: &str = "audit-checkpoint.json";
/// The first row links to this.
const GENESIS: [u8; 32] = [0; 32];
/// How much older than the newest sealed row a row may be when it is
/// sealed: a transaction can commit that long after writing its audit row.
/// An unsealed row older than that did not come through the service (it
/// was inserted behind its back) and is left unsealed, for verification
/// to name.
pub const LATE_COMMIT: Duration = Duration::from_secs(600);

/// A row's content as text, the way PostgreSQL prints each column (the
/// same in a query's `::text` and in a `pg_dump`): what its digest covers.
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

/// `v` as canonical JSON text (see [`canonical`]): what checkpoints' rows
/// and erasure receipts are hashed and signed over.
pub fn canonical_json(v: &Value) -> String {
    let mut out = String::new();
    canonical(v, &mut out);
    out
}

/// JSON with object keys in byte order at every depth: one text for one
/// value, whatever order it was written in.
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

/// The SHA-256 of a row's content in canonical form: a JSON array of its
/// fields in a fixed order, text as text, JSON values canonical.
pub fn content_digest(c: &Content) -> Result<[u8; 32], serde_json::Error> {
    let text = |s: &Option<String>| s.clone().map_or(Value::Null, Value::String);
    let json = |s: &Option<String>| -> Result<Value, serde_json::Error> {
        s.as_deref().map_or(Ok(Value::Null), serde_json::from_str)
    };
    let fields = Value::Array(vec![
        Value::String(c.id.clone()),
        text(&c.user_id),
        Value::String(c.action.clone()),
        Value::String(c.resource_type.clone()),
        text(&c.resource_id),
        json(&c.old_values)?,
        json(&c.new_values)?,
        text(&c.ip_address),
        text(&c.user_agent),
        text(&c.request_id),
        Value::String(c.created_at.clone()),
    ]);
    let mut out = String::new();
    canonical(&fields, &mut out);
    Ok(Sha256::digest(out.as_bytes()).into())
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

    fn write(&self, data_dir: &Path) {
        let path = data_dir.join(HIGH_WATER_FILE);
        let tmp = data_dir.join(format!("{HIGH_WATER_FILE}.tmp"));
        let body = serde_json::to_vec_pretty(self).unwrap_or_default();
        let written = std::fs::write(&tmp, body).and_then(|()| std::fs::rename(&tmp, &path));
        if let Err(e) = written {
            tracing::warn!(path = %path.display(), error = %e, "could not record the newest audit checkpoint");
        }
    }
}

/// What one pass of the sealer did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sealed {
    pub rows: u64,
    /// The place of the newest sealed row.
    pub up_to: i64,
    pub checkpoint: Option<i64>,
}

/// Seals committed rows that are not sealed yet (in batches, until none is
/// left), then signs a checkpoint when one is due. Another instance
/// sealing at the same moment makes this pass a no-op.
pub async fn seal_pending(
    pool: &PgPool,
    keys: &SigningKeys,
    data_dir: Option<&Path>,
) -> Result<Sealed, sqlx::Error> {
    seal(pool, keys, data_dir, false).await
}

/// Seals what is pending and signs a checkpoint at the end of the chain
/// now (before a backup, say), unless one is there already.
pub async fn seal_and_checkpoint(
    pool: &PgPool,
    keys: &SigningKeys,
    data_dir: Option<&Path>,
) -> Result<Sealed, sqlx::Error> {
    seal(pool, keys, data_dir, true).await
}

async fn seal(
    pool: &PgPool,
    keys: &SigningKeys,
    data_dir: Option<&Path>,
    force_checkpoint: bool,
) -> Result<Sealed, sqlx::Error> {
    let mut done = Sealed::default();
    loop {
        let mut tx = pool.begin().await?;
        let locked: bool = sqlx::query_scalar("select pg_try_advisory_xact_lock($1)")
            .bind(SEAL_LOCK)
            .fetch_one(&mut *tx)
            .await?;
        if !locked {
            return Ok(done);
        }
        let last: Option<(i64, Vec<u8>, chrono::NaiveDateTime)> = sqlx::query_as(
            "select chain_seq, chain_hash, created_at from audit_logs
             where chain_seq is not null order by chain_seq desc limit 1",
        )
        .fetch_optional(&mut *tx)
        .await?;
        let cutoff = last.as_ref().map(|l| {
            l.2 - chrono::Duration::from_std(LATE_COMMIT).unwrap_or(chrono::Duration::zero())
        });
        let (mut seq, mut prev) = last.map_or((0, GENESIS.to_vec()), |l| (l.0, l.1));
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "select {CONTENT_COLUMNS} from audit_logs
             where chain_seq is null and ($2::timestamp is null or created_at >= $2)
             order by created_at, id limit $1"
        )))
        .bind(SEAL_BATCH)
        .bind(cutoff)
        .fetch_all(&mut *tx)
        .await?;
        let mut ids = Vec::with_capacity(rows.len());
        let mut seqs = Vec::with_capacity(rows.len());
        let mut digests = Vec::with_capacity(rows.len());
        let mut hashes = Vec::with_capacity(rows.len());
        for row in &rows {
            let content = content_of(row)?;
            let digest = content_digest(&content).map_err(|e| sqlx::Error::Decode(e.into()))?;
            seq += 1;
            let hash = link(&prev, seq, &digest);
            ids.push(
                uuid::Uuid::parse_str(&content.id).map_err(|e| sqlx::Error::Decode(e.into()))?,
            );
            seqs.push(seq);
            digests.push(digest.to_vec());
            hashes.push(hash.to_vec());
            prev = hash.to_vec();
        }
        if !ids.is_empty() {
            sqlx::query(
                "update audit_logs a set chain_seq = s.seq, content_digest = s.digest,
                        chain_hash = s.hash
                 from unnest($1::uuid[], $2::bigint[], $3::bytea[], $4::bytea[])
                      as s(id, seq, digest, hash)
                 where a.id = s.id",
            )
            .bind(&ids)
            .bind(&seqs)
            .bind(&digests)
            .bind(&hashes)
            .execute(&mut *tx)
            .await?;
        }
        done.rows += ids.len() as u64;
        done.up_to = seq;
        if (ids.len() as i64) < SEAL_BATCH {
            done.checkpoint =
                checkpoint_if_due(&mut tx, keys, seq, &prev, data_dir, force_checkpoint).await?;
            tx.commit().await?;
            return Ok(done);
        }
        tx.commit().await?;
    }
}

/// Signs a checkpoint at `seq` when the chain has grown past the last one
/// and that one is old enough or far enough behind.
async fn checkpoint_if_due(
    conn: &mut sqlx::PgConnection,
    keys: &SigningKeys,
    seq: i64,
    hash: &[u8],
    data_dir: Option<&Path>,
    force: bool,
) -> Result<Option<i64>, sqlx::Error> {
    if seq == 0 {
        return Ok(None);
    }
    let last: Option<(i64, f64)> = sqlx::query_as(
        "select chain_seq,
                extract(epoch from (now() at time zone 'utc') - created_at)::float8
         from audit_checkpoints order by chain_seq desc limit 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let due = match last {
        None => true,
        Some((at, age)) => {
            at < seq
                && (force || age >= CHECKPOINT_EVERY.as_secs_f64() || seq - at >= CHECKPOINT_ROWS)
        }
    };
    if !due {
        return Ok(None);
    }
    let created_at: String =
        sqlx::query_scalar("select (now() at time zone 'utc')::timestamp(6)::text")
            .fetch_one(&mut *conn)
            .await?;
    let signature = keys.sign(&checkpoint_message(seq, hash, &created_at));
    sqlx::query(
        "insert into audit_checkpoints (chain_seq, chain_hash, created_at, key_id, signature)
         values ($1, $2, $3::timestamp, $4, $5)",
    )
    .bind(seq)
    .bind(hash)
    .bind(&created_at)
    .bind(keys.public().key_id())
    .bind(signature)
    .execute(&mut *conn)
    .await?;
    if let Some(dir) = data_dir {
        HighWater {
            chain_seq: seq,
            chain_hash: crate::auth::tokens::hex(hash),
            created_at,
        }
        .write(dir);
    }
    Ok(Some(seq))
}

/// One sealed row as verification reads it.
#[derive(Debug, Clone)]
pub struct ChainRow {
    pub seq: i64,
    pub content: Content,
    pub digest: Vec<u8>,
    pub hash: Vec<u8>,
    pub erased: bool,
}

/// One signed checkpoint as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Checkpoint {
    #[sqlx(rename = "chain_seq")]
    pub seq: i64,
    #[sqlx(rename = "chain_hash")]
    pub hash: Vec<u8>,
    /// As PostgreSQL prints the timestamp (what the signature covers).
    pub created_at: String,
    pub key_id: String,
    pub signature: Vec<u8>,
}

/// What verification found wrong, the first of each kind being the one a
/// person should look at.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Problem {
    /// `edited`, `deleted`, `inserted`, `chain_broken`, `erased_unrecorded`,
    /// `bad_checkpoint`, `truncated`, `rolled_back`, `unreadable`.
    pub kind: &'static str,
    pub seq: Option<i64>,
    pub row_id: Option<String>,
    pub message: String,
}

/// The outcome of a verification.
#[derive(Debug, Clone, Serialize, PartialEq, utoipa::ToSchema)]
pub struct Report {
    pub ok: bool,
    /// Sealed rows read.
    pub rows_checked: i64,
    pub sealed_up_to: i64,
    /// Rows committed but not sealed yet (the sealer runs a moment behind).
    pub unsealed: i64,
    pub oldest_unsealed_secs: Option<f64>,
    pub checkpoints_checked: usize,
    pub last_checkpoint_seq: Option<i64>,
    /// Rows after the last checkpoint: verified as a chain, but not yet
    /// covered by a signature.
    pub rows_after_last_checkpoint: i64,
    pub erased_rows: i64,
    /// The first problem found (the one to look at), then the others.
    pub problems: Vec<Problem>,
}

/// Checks rows fed in `chain_seq` order, then the checkpoints.
#[derive(Debug, Default)]
pub struct Verifier {
    prev: Vec<u8>,
    expect: i64,
    rows: i64,
    /// The stored hash at each place, for the checkpoints.
    hashes: std::collections::HashMap<i64, Vec<u8>>,
    wanted: HashSet<i64>,
    erased: Vec<(i64, String)>,
    /// Places that erasure rows say they emptied.
    recorded_erasures: HashSet<i64>,
    problems: Vec<Problem>,
}

impl Verifier {
    /// A verifier that will check checkpoints at `checkpoint_seqs`.
    pub fn new(checkpoint_seqs: impl IntoIterator<Item = i64>) -> Self {
        Self {
            prev: GENESIS.to_vec(),
            expect: 1,
            wanted: checkpoint_seqs.into_iter().collect(),
            ..Self::default()
        }
    }

    fn problem(&mut self, kind: &'static str, row: Option<&ChainRow>, message: String) {
        self.problems.push(Problem {
            kind,
            seq: row.map(|r| r.seq),
            row_id: row.map(|r| r.content.id.clone()),
            message,
        });
    }

    /// The next sealed row, in order.
    pub fn row(&mut self, r: ChainRow) {
        self.rows += 1;
        if r.seq < self.expect {
            let msg = format!(
                "row {} holds place {} again: a row was inserted into the chain",
                r.content.id, r.seq
            );
            self.problem("inserted", Some(&r), msg);
            return;
        }
        if r.seq > self.expect {
            let (from, to) = (self.expect, r.seq - 1);
            let missing = if from == to {
                format!("place {from} is missing")
            } else {
                format!("places {from} to {to} are missing")
            };
            let msg = format!(
                "{missing}: {} deleted before row {} (place {})",
                if from == to { "a row was" } else { "rows were" },
                r.content.id,
                r.seq
            );
            self.problem("deleted", Some(&r), msg);
        }
        if r.erased {
            self.erased.push((r.seq, r.content.id.clone()));
        } else {
            match content_digest(&r.content) {
                Ok(d) if d.as_slice() == r.digest.as_slice() => {}
                Ok(_) => {
                    let msg = format!(
                        "row {} (place {}) was edited: its content no longer matches its digest",
                        r.content.id, r.seq
                    );
                    self.problem("edited", Some(&r), msg);
                }
                Err(e) => {
                    let msg = format!("row {} (place {}) cannot be read: {e}", r.content.id, r.seq);
                    self.problem("unreadable", Some(&r), msg);
                }
            }
        }
        if link(&self.prev, r.seq, &r.digest).as_slice() != r.hash.as_slice() {
            let msg = format!(
                "the chain breaks at row {} (place {}): the row before it was inserted, \
                 removed or moved, or this row's seal was rewritten",
                r.content.id, r.seq
            );
            self.problem("chain_broken", Some(&r), msg);
        }
        if r.content.action == "erase"
            && let Some(values) = &r.content.new_values
            && let Ok(v) = serde_json::from_str::<Value>(values)
            && let Some(places) = v["emptied_audit_rows"].as_array()
        {
            self.recorded_erasures
                .extend(places.iter().filter_map(Value::as_i64));
        }
        if self.wanted.contains(&r.seq) {
            self.hashes.insert(r.seq, r.hash.clone());
        }
        self.prev = r.hash;
        self.expect = r.seq + 1;
    }

    /// Checks the checkpoints against the chain read and against
    /// `public_key`; `high_water` is the newest checkpoint the service
    /// remembers, when known.
    pub fn finish(
        mut self,
        checkpoints: &[Checkpoint],
        public_key: Option<&PublicKey>,
        high_water: Option<&HighWater>,
        unsealed: i64,
        oldest_unsealed_secs: Option<f64>,
    ) -> Report {
        let sealed_up_to = self.expect - 1;
        for (seq, id) in std::mem::take(&mut self.erased) {
            if !self.recorded_erasures.contains(&seq) {
                self.problems.push(Problem {
                    kind: "erased_unrecorded",
                    seq: Some(seq),
                    row_id: Some(id.clone()),
                    message: format!(
                        "row {id} (place {seq}) was emptied, but no erasure in the trail names it"
                    ),
                });
            }
        }
        let erased_rows = self
            .recorded_erasures
            .iter()
            .filter(|s| **s <= sealed_up_to)
            .count() as i64;
        for c in checkpoints {
            let signed = public_key.map(|k| {
                k.verifies(
                    &checkpoint_message(c.seq, &c.hash, &c.created_at),
                    &c.signature,
                )
            });
            if signed == Some(false) {
                self.problems.push(Problem {
                    kind: "bad_checkpoint",
                    seq: Some(c.seq),
                    row_id: None,
                    message: format!(
                        "the checkpoint at place {} is not signed by this key (key {} signed it, or it was forged)",
                        c.seq, c.key_id
                    ),
                });
                continue;
            }
            match self.hashes.get(&c.seq) {
                Some(h) if h == &c.hash => {}
                Some(_) => self.problems.push(Problem {
                    kind: "chain_broken",
                    seq: Some(c.seq),
                    row_id: None,
                    message: format!(
                        "the chain no longer passes through the checkpoint signed at place {}: rows up to it were rewritten",
                        c.seq
                    ),
                }),
                None => self.problems.push(Problem {
                    kind: "truncated",
                    seq: Some(c.seq),
                    row_id: None,
                    message: format!(
                        "a checkpoint was signed at place {} but the trail ends at place {sealed_up_to}: rows were removed from its end",
                        c.seq
                    ),
                }),
            }
        }
        let last_checkpoint_seq = checkpoints.iter().map(|c| c.seq).max();
        if let Some(hw) = high_water
            && last_checkpoint_seq.is_none_or(|s| s < hw.chain_seq)
        {
            self.problems.push(Problem {
                kind: "rolled_back",
                seq: Some(hw.chain_seq),
                row_id: None,
                message: format!(
                    "this service signed a checkpoint at place {} ({}), but the database's newest is {}: it was restored from an older backup, or rows were removed",
                    hw.chain_seq,
                    hw.created_at,
                    last_checkpoint_seq.map_or("none".into(), |s| format!("at place {s}"))
                ),
            });
        }
        // The first row named first: problems in the order of the chain.
        self.problems.sort_by_key(|p| p.seq.unwrap_or(i64::MAX));
        Report {
            ok: self.problems.is_empty(),
            rows_checked: self.rows,
            sealed_up_to,
            unsealed,
            oldest_unsealed_secs,
            checkpoints_checked: checkpoints.len(),
            last_checkpoint_seq,
            rows_after_last_checkpoint: sealed_up_to - last_checkpoint_seq.unwrap_or(0),
            erased_rows,
            problems: self.problems,
        }
    }
}

/// Verifies the live trail: every sealed row, every checkpoint, and rows
/// that sit unsealed while newer ones were sealed (inserted behind the
/// sealer's back).
pub async fn verify_live(
    pool: &PgPool,
    public_key: &PublicKey,
    high_water: Option<&HighWater>,
) -> Result<Report, sqlx::Error> {
    use futures_util::TryStreamExt;
    let checkpoints = checkpoints(pool).await?;
    let mut v = Verifier::new(checkpoints.iter().map(|c| c.seq));
    let mut rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {CONTENT_COLUMNS}, chain_seq, content_digest, chain_hash,
                erased_at is not null as erased
         from audit_logs where chain_seq is not null order by chain_seq, id"
    )))
    .fetch(pool);
    while let Some(row) = rows.try_next().await? {
        v.row(ChainRow {
            content: content_of(&row)?,
            seq: row.try_get("chain_seq")?,
            digest: row.try_get("content_digest")?,
            hash: row.try_get("chain_hash")?,
            erased: row.try_get("erased")?,
        });
    }
    drop(rows);
    let (unsealed, oldest): (i64, Option<f64>) = sqlx::query_as(
        "select count(*),
                extract(epoch from (now() at time zone 'utc') - min(created_at))::float8
         from audit_logs where chain_seq is null",
    )
    .fetch_one(pool)
    .await?;
    // A row left unsealed while rows made well after it were sealed did
    // not come in through the service (the sealer will not seal it).
    let behind: Vec<(String, String)> = sqlx::query_as(
        "select u.id::text, u.created_at::text from audit_logs u
         where u.chain_seq is null
           and u.created_at < (select max(created_at) from audit_logs where chain_seq is not null)
                              - $1 * interval '1 second'
         order by u.created_at limit 5",
    )
    .bind(LATE_COMMIT.as_secs_f64())
    .fetch_all(pool)
    .await?;
    let mut report = v.finish(&checkpoints, Some(public_key), high_water, unsealed, oldest);
    for (id, at) in behind {
        report.problems.push(Problem {
            kind: "inserted",
            seq: None,
            row_id: Some(id.clone()),
            message: format!(
                "row {id} claims to be made at {at} but was never sealed, while later rows were: it was inserted behind the service's back"
            ),
        });
        report.ok = false;
    }
    Ok(report)
}

/// Verifies the live trail against this service's key and remembered
/// checkpoint (in `data_dir`), recording who asked and the outcome.
pub async fn verify_audited(
    pool: &PgPool,
    actor: &super::Actor,
    public_key: &PublicKey,
    data_dir: &Path,
) -> Result<Report, sqlx::Error> {
    let high_water = HighWater::read(data_dir);
    let report = verify_live(pool, public_key, high_water.as_ref()).await?;
    let mut conn = pool.acquire().await?;
    let entry = actor
        .entry("verify", "audit_log", None)
        .new_values(serde_json::json!({
            "ok": report.ok,
            "rows_checked": report.rows_checked,
            "sealed_up_to": report.sealed_up_to,
            "problems": report.problems.len(),
            "first_problem": report.problems.first().map(|p| p.kind),
        }));
    actor.record(&mut conn, entry).await?;
    Ok(report)
}

async fn checkpoints(pool: &PgPool) -> Result<Vec<Checkpoint>, sqlx::Error> {
    sqlx::query_as(
        "select chain_seq, chain_hash, created_at::text as created_at, key_id, signature
         from audit_checkpoints order by chain_seq",
    )
    .fetch_all(pool)
    .await
}

/// The places of sealed rows among `ids` (for an erasure to name).
pub async fn places_of(pool: &PgPool, ids: &[uuid::Uuid]) -> Result<BTreeSet<i64>, sqlx::Error> {
    let seqs: Vec<i64> = sqlx::query_scalar(
        "select chain_seq from audit_logs where id = any($1) and chain_seq is not null",
    )
    .bind(ids)
    .fetch_all(pool)
    .await?;
    Ok(seqs.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(i: u32) -> Content {
        Content {
            id: format!("00000000-0000-0000-0000-{i:012}"),
            user_id: Some("11111111-1111-1111-1111-111111111111".into()),
            action: "read".into(),
            resource_type: "document".into(),
            new_values: Some(format!("{{\"part\": \"file\", \"n\": {i}}}")),
            created_at: format!("2026-12-01 10:00:{:02}.000001", i % 60),
            ..Content::default()
        }
    }

    fn chain(n: u32) -> Vec<ChainRow> {
        let mut prev = GENESIS.to_vec();
        (1..=n)
            .map(|i| {
                let c = content(i);
                let digest = content_digest(&c).expect("digest").to_vec();
                let hash = link(&prev, i64::from(i), &digest).to_vec();
                prev = hash.clone();
                ChainRow {
                    seq: i64::from(i),
                    content: c,
                    digest,
                    hash,
                    erased: false,
                }
            })
            .collect()
    }

    fn verify(rows: Vec<ChainRow>) -> Report {
        let mut v = Verifier::new([]);
        for r in rows {
            v.row(r);
        }
        v.finish(&[], None, None, 0, None)
    }

    #[test]
    fn the_digest_does_not_depend_on_key_order_or_spacing() {
        let a = content(1);
        let mut b = a.clone();
        b.new_values = Some("{\"n\":1,   \"part\":\"file\"}".into());
        assert_eq!(content_digest(&a).ok(), content_digest(&b).ok());
        b.new_values = Some("{\"n\":2,\"part\":\"file\"}".into());
        assert_ne!(content_digest(&a).ok(), content_digest(&b).ok());
    }

    #[test]
    fn a_clean_chain_verifies_and_each_tampering_names_its_row() {
        assert!(verify(chain(5)).ok);

        let mut edited = chain(5);
        edited[2].content.action = "delete".into();
        let r = verify(edited);
        assert_eq!(r.problems[0].kind, "edited");
        assert_eq!(r.problems[0].seq, Some(3));

        let mut deleted = chain(5);
        deleted.remove(1);
        let r = verify(deleted);
        assert_eq!(r.problems[0].kind, "deleted");
        assert_eq!(r.problems[0].seq, Some(3), "named at the row after the gap");
        assert!(r.problems[0].message.contains("place 2 is missing"));

        let mut swapped = chain(5);
        swapped.swap(1, 2);
        let (a, b) = (swapped[1].seq, swapped[2].seq);
        swapped[1].seq = b;
        swapped[2].seq = a;
        let r = verify(swapped);
        assert!(!r.ok);
        assert_eq!(r.problems[0].kind, "chain_broken");
        assert_eq!(r.problems[0].seq, Some(2));
    }
}
