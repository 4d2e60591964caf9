//! Verifying the chain: every sealed row in order, every checkpoint, the
//! service's own memory of its newest checkpoint, and the rows left
//! unsealed.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use base64::Engine as _;
use serde::Serialize;
use serde_json::Value;
use sqlx::{PgPool, Row as _};

use chrono::NaiveDateTime;

use super::{
    CONTENT_COLUMNS, Content, GENESIS, HighWater, LATE_COMMIT, SEAL_LAG_LIMIT, archive_message,
    checkpoint_message, content_digest, content_of, erasure_message, link, payload_digest,
};
use crate::audit::keys::PublicKey;

/// Checkpoint signatures checked in full: the newest this many, and every
/// hundredth before them (every checkpoint's hash is compared).
const SIGNATURES_IN_FULL: usize = 1_000;
const SIGNATURE_SAMPLE_EVERY: usize = 100;

/// One sealed row as verification reads it.
#[derive(Debug, Clone)]
pub struct ChainRow {
    pub seq: i64,
    pub content: Content,
    pub payload_digest: Vec<u8>,
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
    /// `forged_erasure`, `forged_archive`, `bad_checkpoint`, `truncated`,
    /// `rolled_back`, `no_checkpoint`, `sealer_behind`.
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
    /// Checkpoints whose hash was compared with the chain.
    pub checkpoints_checked: usize,
    /// Checkpoints whose signature was checked too.
    pub signatures_checked: usize,
    pub last_checkpoint_seq: Option<i64>,
    /// Rows after the last checkpoint: verified as a chain, but not yet
    /// covered by a signature.
    pub rows_after_last_checkpoint: i64,
    pub erased_rows: i64,
    /// Rows archived by `audit archive-partitions` (their months' files
    /// hold them): places missing from the chain, but recorded as archived
    /// in `audit_archives`, signed by the service's key, with the hash the
    /// chain goes on from, so not a problem. Rows archived that way are
    /// checked only in their files.
    pub archived_rows: i64,
    /// The first problem found (the one to look at), then the others.
    pub problems: Vec<Problem>,
}

/// A run of consecutive places archived (removed with their partition),
/// and the chain hash at its last place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchivedRun {
    pub from: i64,
    pub to: i64,
    pub hash: Vec<u8>,
}

/// One row of `audit_archives`: a partition archived and dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveRecord {
    pub partition: String,
    /// As PostgreSQL prints a `timestamp` (none: the legacy partition).
    pub lower_bound: Option<String>,
    pub upper_bound: String,
    pub rows: i64,
    pub runs: Vec<ArchivedRun>,
    /// Of the archive file, hex.
    pub sha256: String,
    /// The audit row `archive` / `audit_partition` written with it.
    pub audit_row_id: Option<String>,
    pub key_id: String,
    pub signature: Vec<u8>,
}

impl ArchiveRecord {
    /// Whether `key` signed exactly this record.
    pub fn verifies(&self, key: &PublicKey) -> bool {
        key.verifies(&archive_message(self), &self.signature)
    }

    /// The run holding `seq`, when a run does.
    pub fn run_at(&self, seq: i64) -> Option<&ArchivedRun> {
        self.runs.iter().find(|r| r.from <= seq && seq <= r.to)
    }
}

/// An archived run from a record signed by the trail's key.
#[derive(Debug, Clone)]
struct AcceptedRun {
    run: ArchivedRun,
    /// The archived partition's upper bound: every row that remains before
    /// the run must be at least this new (see [`Verifier::row`]).
    upper_bound: Option<NaiveDateTime>,
}

/// A timestamp as PostgreSQL prints it.
fn timestamp(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f").ok()
}

/// Checks rows fed in `chain_seq` order, then the checkpoints.
#[derive(Debug)]
pub struct Verifier {
    key: PublicKey,
    high_water: Option<HighWater>,
    prev: Vec<u8>,
    expect: i64,
    rows: i64,
    /// The stored hash at each place wanted (checkpoints, the high water).
    hashes: HashMap<i64, Vec<u8>>,
    wanted: HashSet<i64>,
    erased: Vec<(i64, String)>,
    /// Places that signed, intact erasure rows say they emptied.
    recorded_erasures: HashSet<i64>,
    /// From signed records only, sorted by `from`.
    archived: Vec<AcceptedRun>,
    /// The signed records, to be matched with their audit rows.
    records: Vec<ArchiveRecord>,
    /// Sealed, intact `archive` rows: id, place, partition, file checksum.
    archive_rows: HashMap<String, (i64, String, String)>,
    /// The oldest time of a row read so far.
    oldest_seen: Option<NaiveDateTime>,
    archived_rows: i64,
    problems: Vec<Problem>,
}

impl Verifier {
    /// A verifier of the chain against `key`, that will check the
    /// checkpoints at `checkpoint_seqs` and the service's `high_water`.
    pub fn new(
        checkpoint_seqs: impl IntoIterator<Item = i64>,
        key: PublicKey,
        high_water: Option<HighWater>,
    ) -> Self {
        let mut wanted: HashSet<i64> = checkpoint_seqs.into_iter().collect();
        if let Some(hw) = &high_water {
            wanted.insert(hw.chain_seq);
        }
        Self {
            key,
            high_water,
            prev: GENESIS.to_vec(),
            expect: 1,
            rows: 0,
            hashes: HashMap::new(),
            wanted,
            erased: Vec::new(),
            recorded_erasures: HashSet::new(),
            archived: Vec::new(),
            records: Vec::new(),
            archive_rows: HashMap::new(),
            oldest_seen: None,
            archived_rows: 0,
            problems: Vec::new(),
        }
    }

    /// Partitions archived rather than deleted (`audit_archives`). Only a
    /// record the trail's key signed counts; any other is named
    /// `forged_archive` and its places count as deleted.
    pub fn with_archives(mut self, records: Vec<ArchiveRecord>) -> Self {
        for record in records {
            if !record.verifies(&self.key) {
                self.problems.push(Problem {
                    kind: "forged_archive",
                    seq: record.runs.first().map(|r| r.from),
                    row_id: None,
                    message: format!(
                        "audit_archives says partition {} was archived, but the record is not signed \
                         by this key (key {} is named): its places count as deleted",
                        record.partition, record.key_id
                    ),
                });
                continue;
            }
            let upper_bound = timestamp(&record.upper_bound);
            self.archived
                .extend(record.runs.iter().map(|run| AcceptedRun {
                    run: run.clone(),
                    upper_bound,
                }));
            self.records.push(record);
        }
        self.archived.sort_by_key(|r| r.run.from);
        self
    }

    /// The hash at `to` when every place from `from` to `to` was archived.
    /// Archiving removes the oldest months first, so a run is accepted
    /// only where every row read before it is at least as new as its
    /// partition's upper bound: before the first remaining place, or after
    /// rows of later months only (a row that committed late at a month's
    /// end holds a place after the next month's first rows).
    fn archived_through(&self, from: i64, to: i64) -> Option<Vec<u8>> {
        let mut next = from;
        let mut last = None;
        for a in &self.archived {
            if a.run.from <= next && a.run.to >= next {
                let older_remain = match (self.oldest_seen, a.upper_bound) {
                    (None, _) => false,
                    (Some(seen), Some(upper)) => seen < upper,
                    (Some(_), None) => true,
                };
                if older_remain {
                    return None;
                }
                next = a.run.to + 1;
                last = Some(&a.run);
            }
            if next > to {
                break;
            }
        }
        last.filter(|r| next > to && r.to == to)
            .map(|r| r.hash.clone())
    }

    /// Whether the place lies in an archived run, and the hash there when
    /// it is the run's last.
    fn archived_at(&self, seq: i64) -> Option<Option<&[u8]>> {
        self.archived
            .iter()
            .map(|a| &a.run)
            .find(|r| r.from <= seq && seq <= r.to)
            .map(|r| (r.to == seq).then_some(r.hash.as_slice()))
    }

    /// An intact `archive` row (written by the archive command with its
    /// record): remembered to match the record against.
    fn archive_row(&mut self, r: &ChainRow) {
        let values: Value = r
            .content
            .new_values
            .as_deref()
            .and_then(|v| serde_json::from_str(v).ok())
            .unwrap_or(Value::Null);
        let text = |k: &str| values[k].as_str().unwrap_or_default().to_owned();
        self.archive_rows.insert(
            r.content.id.clone(),
            (r.seq, text("partition"), text("sha256")),
        );
    }

    /// Each signed record against the sealed audit row written with it,
    /// when that row is in the chain read (it is not while unsealed, nor
    /// once its own month is archived).
    fn check_archive_rows(&mut self) {
        for record in std::mem::take(&mut self.records) {
            let Some(id) = &record.audit_row_id else {
                continue;
            };
            let Some((seq, partition, sha256)) = self.archive_rows.get(id) else {
                continue;
            };
            let last = record.runs.iter().map(|r| r.to).max().unwrap_or(0);
            if *partition != record.partition || *sha256 != record.sha256 || *seq <= last {
                self.problems.push(Problem {
                    kind: "forged_archive",
                    seq: Some(*seq),
                    row_id: Some(id.clone()),
                    message: format!(
                        "the audit row written when partition {} was archived (place {seq}) does \
                         not match its record in audit_archives",
                        record.partition
                    ),
                });
            }
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

    /// Whether the row's content matches its digests; an emptied row must
    /// hold exactly the tombstone, and its fixed fields still match.
    fn intact(&mut self, r: &ChainRow) -> bool {
        let (id, seq) = (&r.content.id, r.seq);
        if r.erased {
            if !r.content.is_tombstone() {
                let msg = format!(
                    "row {id} (place {seq}) was emptied by an erasure and then written again"
                );
                self.problem("edited", Some(r), msg);
                return false;
            }
        } else if payload_digest(&r.content).as_slice() != r.payload_digest.as_slice() {
            let msg = format!(
                "row {id} (place {seq}) was edited: its values no longer match their digest"
            );
            self.problem("edited", Some(r), msg);
            return false;
        }
        if content_digest(&r.content, &r.payload_digest).as_slice() != r.digest.as_slice() {
            let msg = format!(
                "row {id} (place {seq}) was edited: its content no longer matches its digest"
            );
            self.problem("edited", Some(r), msg);
            return false;
        }
        true
    }

    /// An intact erasure row: the places it names, when the service's key
    /// signed them.
    fn erasure(&mut self, r: &ChainRow) {
        let values: Value = r
            .content
            .new_values
            .as_deref()
            .and_then(|v| serde_json::from_str(v).ok())
            .unwrap_or(Value::Null);
        let places: Vec<i64> = values["emptied_audit_rows"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_i64).collect())
            .unwrap_or_default();
        let signature = values["signature"]
            .as_str()
            .and_then(|s| base64::engine::general_purpose::STANDARD.decode(s).ok())
            .unwrap_or_default();
        let request = r.content.resource_id.clone().unwrap_or_default();
        if self
            .key
            .verifies(&erasure_message(&request, &places), &signature)
        {
            self.recorded_erasures.extend(places);
        } else {
            let msg = format!(
                "row {} (place {}) claims to be an erasure but is not signed by the service's key",
                r.content.id, r.seq
            );
            self.problem("forged_erasure", Some(r), msg);
        }
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
        let archived = (r.seq > self.expect)
            .then(|| self.archived_through(self.expect, r.seq - 1))
            .flatten();
        if let Some(hash) = archived {
            // Archived, not deleted: the chain goes on from the hash
            // recorded at the run's end.
            self.archived_rows += r.seq - self.expect;
            self.prev = hash;
        } else if r.seq > self.expect {
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
        let intact = self.intact(&r);
        if r.erased {
            self.erased.push((r.seq, r.content.id.clone()));
        }
        if let Some(at) = timestamp(&r.content.created_at) {
            self.oldest_seen = Some(self.oldest_seen.map_or(at, |seen| seen.min(at)));
        }
        if link(&self.prev, r.seq, &r.digest).as_slice() != r.hash.as_slice() {
            let msg = format!(
                "the chain breaks at row {} (place {}): the row before it was inserted, \
                 removed or moved, or this row's seal was rewritten",
                r.content.id, r.seq
            );
            self.problem("chain_broken", Some(&r), msg);
        }
        if intact
            && !r.erased
            && r.content.action == "erase"
            && r.content.resource_type == "subject_request"
        {
            self.erasure(&r);
        }
        if intact && r.content.action == "archive" && r.content.resource_type == "audit_partition" {
            self.archive_row(&r);
        }
        if self.wanted.contains(&r.seq) {
            self.hashes.insert(r.seq, r.hash.clone());
        }
        self.prev = r.hash;
        self.expect = r.seq + 1;
    }

    /// Checks the checkpoints against the chain read and the key, and the
    /// chain against the service's newest checkpoint.
    pub fn finish(
        mut self,
        checkpoints: &[Checkpoint],
        unsealed: i64,
        oldest_unsealed_secs: Option<f64>,
    ) -> Report {
        let sealed_up_to = self.expect - 1;
        self.check_archive_rows();
        for (seq, id) in std::mem::take(&mut self.erased) {
            if !self.recorded_erasures.contains(&seq) {
                self.problems.push(Problem {
                    kind: "erased_unrecorded",
                    seq: Some(seq),
                    row_id: Some(id.clone()),
                    message: format!(
                        "row {id} (place {seq}) was emptied, but no signed erasure in the trail names it"
                    ),
                });
            }
        }
        let erased_rows = self
            .recorded_erasures
            .iter()
            .filter(|s| **s <= sealed_up_to)
            .count() as i64;
        let n = checkpoints.len();
        let mut signatures_checked = 0;
        for (i, c) in checkpoints.iter().enumerate() {
            if i + SIGNATURES_IN_FULL >= n || i % SIGNATURE_SAMPLE_EVERY == 0 {
                signatures_checked += 1;
                let message = checkpoint_message(c.seq, &c.hash, &c.created_at);
                if !self.key.verifies(&message, &c.signature) {
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
            }
            if let Some(at) = self.archived_at(c.seq) {
                // Its row is archived: compared where the run's hash is known.
                if at.is_some_and(|h| h != c.hash.as_slice()) {
                    self.problems.push(Problem {
                        kind: "chain_broken",
                        seq: Some(c.seq),
                        row_id: None,
                        message: format!(
                            "the archived rows' recorded hash at place {} is not the one the checkpoint there signed",
                            c.seq
                        ),
                    });
                }
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
                // A place inside the chain that is not there: the row a
                // checkpoint signed was deleted (the gap is named where the
                // chain resumes too).
                None if c.seq < sealed_up_to => self.problems.push(Problem {
                    kind: "deleted",
                    seq: Some(c.seq),
                    row_id: None,
                    message: format!(
                        "place {} is missing: the row a checkpoint signed there was deleted",
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
        if let Some(hw) = self.high_water.clone()
            && self.archived_at(hw.chain_seq).is_none()
        {
            let through = self
                .hashes
                .get(&hw.chain_seq)
                .is_some_and(|h| crate::auth::tokens::hex(h) == hw.chain_hash);
            if !through {
                self.problems.push(Problem {
                    kind: "rolled_back",
                    seq: Some(hw.chain_seq),
                    row_id: None,
                    message: format!(
                        "this service signed a checkpoint at place {} ({}), but the trail here does not pass through it: it was restored from an older backup, rewritten, or rows were removed",
                        hw.chain_seq, hw.created_at,
                    ),
                });
            }
        }
        if sealed_up_to > 0 && checkpoints.is_empty() {
            self.problems.push(Problem {
                kind: "no_checkpoint",
                seq: None,
                row_id: None,
                message: "the trail has sealed rows but no signed checkpoint: nothing vouches for it (were the checkpoints removed?)".into(),
            });
        }
        if let Some(age) = oldest_unsealed_secs
            && age > SEAL_LAG_LIMIT.as_secs_f64()
        {
            self.problems.push(Problem {
                kind: "sealer_behind",
                seq: None,
                row_id: None,
                message: format!(
                    "{unsealed} rows are not sealed, the oldest for {age:.0} s: the sealer is not running or is stuck (see the service's log)"
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
            checkpoints_checked: n,
            signatures_checked,
            last_checkpoint_seq,
            rows_after_last_checkpoint: sealed_up_to - last_checkpoint_seq.unwrap_or(0),
            erased_rows,
            archived_rows: self.archived_rows,
            problems: self.problems,
        }
    }
}

/// Verifies the live trail: every sealed row, every checkpoint, and rows
/// left unsealed (inserted behind the sealer's back, or the sealer stuck).
pub async fn verify_live(
    pool: &PgPool,
    public_key: &PublicKey,
    high_water: Option<&HighWater>,
) -> Result<Report, sqlx::Error> {
    use futures_util::TryStreamExt;
    let checkpoints = checkpoints(pool).await?;
    let mut v = Verifier::new(
        checkpoints.iter().map(|c| c.seq),
        *public_key,
        high_water.cloned(),
    )
    .with_archives(archive_records(&mut *pool.acquire().await?).await?);
    let mut rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {CONTENT_COLUMNS}, chain_seq, payload_digest, content_digest, chain_hash,
                erased_at is not null as erased
         from audit_logs where chain_seq is not null order by chain_seq, id"
    )))
    .fetch(pool);
    while let Some(row) = rows.try_next().await? {
        let bytes = |name: &str| -> Result<Vec<u8>, sqlx::Error> {
            Ok(row.try_get::<Option<Vec<u8>>, _>(name)?.unwrap_or_default())
        };
        v.row(ChainRow {
            content: content_of(&row)?,
            seq: row.try_get("chain_seq")?,
            payload_digest: bytes("payload_digest")?,
            digest: bytes("content_digest")?,
            hash: bytes("chain_hash")?,
            erased: row.try_get("erased")?,
        });
    }
    drop(rows);
    // 1970-01-01 00:00:00 is "no time" (0019 gave it to rows that had
    // none): such a row is named below, not taken for the sealer's lag.
    let (unsealed, oldest): (i64, Option<f64>) = sqlx::query_as(
        "select count(*),
                extract(epoch from (now() at time zone 'utc')
                                   - min(created_at) filter (where created_at <> 'epoch'))::float8
         from audit_logs where chain_seq is null",
    )
    .fetch_one(pool)
    .await?;
    // Rows the sealer will not seal: claiming an age no commit takes, or
    // no time at all. They did not come in through the service.
    let behind: Vec<(String, Option<String>)> = sqlx::query_as(
        "select u.id::text, nullif(u.created_at, 'epoch')::text from audit_logs u
         where u.chain_seq is null
           and (u.created_at is null
                or u.created_at < (now() at time zone 'utc') - $1 * interval '1 second')
         order by u.created_at nulls first limit 5",
    )
    .bind(LATE_COMMIT.as_secs_f64())
    .fetch_all(pool)
    .await?;
    let mut report = v.finish(&checkpoints, unsealed, oldest);
    for (id, at) in behind {
        report.problems.push(Problem {
            kind: "inserted",
            seq: None,
            row_id: Some(id.clone()),
            message: format!(
                "row {id} claims to be made at {} but was never sealed: it was inserted behind the service's back",
                at.as_deref().unwrap_or("no time")
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
    actor: &crate::audit::Actor,
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

/// The partitions `audit archive-partitions` archived (none before 0019),
/// signatures unchecked.
pub async fn archive_records(
    conn: &mut sqlx::PgConnection,
) -> Result<Vec<ArchiveRecord>, sqlx::Error> {
    type Row = (
        String,
        Option<String>,
        String,
        i64,
        Value,
        String,
        Option<String>,
        String,
        Vec<u8>,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "select partition, lower_bound::text, upper_bound::text, row_count, anchors, sha256,
                audit_row_id::text, key_id, signature
         from audit_archives order by upper_bound",
    )
    .fetch_all(conn)
    .await
    .or_else(|e| match &e {
        // A database not migrated to 0019 yet has no archives.
        sqlx::Error::Database(d) if d.code().as_deref() == Some("42P01") => Ok(Vec::new()),
        _ => Err(e),
    })?;
    Ok(rows
        .into_iter()
        .map(
            |(
                partition,
                lower_bound,
                upper_bound,
                rows,
                anchors,
                sha256,
                audit_row_id,
                key_id,
                signature,
            )| {
                ArchiveRecord {
                    partition,
                    lower_bound,
                    upper_bound,
                    rows,
                    runs: runs_of(&anchors),
                    sha256,
                    audit_row_id,
                    key_id,
                    signature,
                }
            },
        )
        .collect())
}

/// The runs in `anchors` (`[{"from", "to", "hash"}]`, hash in hex); an
/// entry without them is left out, which no signature then covers.
pub fn runs_of(anchors: &Value) -> Vec<ArchivedRun> {
    anchors
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|run| {
            Some(ArchivedRun {
                from: run["from"].as_i64()?,
                to: run["to"].as_i64()?,
                hash: unhex(run["hash"].as_str()?),
            })
        })
        .collect()
}

/// Hex as `encode(…, 'hex')` writes it; anything else decodes to bytes no
/// chain hash equals.
fn unhex(text: &str) -> Vec<u8> {
    (0..text.len() / 2)
        .filter_map(|i| text.get(2 * i..2 * i + 2))
        .filter_map(|pair| u8::from_str_radix(pair, 16).ok())
        .collect()
}

async fn checkpoints(pool: &PgPool) -> Result<Vec<Checkpoint>, sqlx::Error> {
    sqlx::query_as(
        "select chain_seq, chain_hash, created_at::text as created_at, key_id, signature
         from audit_checkpoints order by chain_seq",
    )
    .fetch_all(pool)
    .await
}
