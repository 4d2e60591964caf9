//! The sealer: chains committed audit rows a moment after they commit, in
//! one order for everyone, and signs checkpoints of the chain.

use std::path::Path;
use std::time::Duration;

use sqlx::PgPool;

use super::verify::archive_records;
use super::{
    CONTENT_COLUMNS, GENESIS, HighWater, LATE_COMMIT, checkpoint_message, content_digest,
    content_of, link, payload_digest,
};
use crate::audit::keys::{PublicKey, SigningKeys};

/// Rows sealed in one transaction at most.
const SEAL_BATCH: i64 = 2_000;
/// A checkpoint is signed when the chain has grown and the last one is at
/// least this old...
const CHECKPOINT_EVERY: Duration = Duration::from_secs(10);
/// ...or this many rows behind.
const CHECKPOINT_ROWS: i64 = 10_000;
/// Any number; all instances agree on it. The archive command holds it
/// too, so no pass seals while a partition is being archived.
pub(crate) const SEAL_LOCK: i64 = 0x006f_6373_6561_6c21;

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
/// sealing at the same moment makes this pass a no-op. With `data_dir`,
/// a checkpoint is signed only while the chain passes through the newest
/// one recorded there, and each new one is recorded.
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
        let last: Option<(i64, Vec<u8>)> = sqlx::query_as(
            "select chain_seq, chain_hash from audit_logs
             where chain_seq is not null order by chain_seq desc limit 1",
        )
        .fetch_optional(&mut *tx)
        .await?;
        // Once the partitions holding the newest sealed rows are archived
        // (all of them, at worst), the chain goes on from the last place
        // a signed archive record holds.
        let archived = newest_archived(&mut tx, &keys.public()).await?;
        let (mut seq, mut prev) = match (last, archived) {
            (Some(live), Some(gone)) => {
                if gone.0 > live.0 {
                    gone
                } else {
                    live
                }
            }
            (Some(live), None) => live,
            (None, Some(gone)) => gone,
            (None, None) => (0, GENESIS.to_vec()),
        };
        // Rows claiming to be older than a commit can take were not written
        // by the service: they stay unsealed, for verification to name.
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "select {CONTENT_COLUMNS} from audit_logs
             where chain_seq is null and created_at is not null
               and created_at >= (now() at time zone 'utc') - $2 * interval '1 second'
             order by created_at, id limit $1"
        )))
        .bind(SEAL_BATCH)
        .bind(LATE_COMMIT.as_secs_f64())
        .fetch_all(&mut *tx)
        .await?;
        let n = rows.len();
        let mut ids = Vec::with_capacity(n);
        let mut seqs = Vec::with_capacity(n);
        let mut payloads = Vec::with_capacity(n);
        let mut digests = Vec::with_capacity(n);
        let mut hashes = Vec::with_capacity(n);
        // With the id, the key of the partitioned table (0019): the row
        // itself, and the partition to look in.
        let mut times = Vec::with_capacity(n);
        for row in &rows {
            let content = content_of(row)?;
            let payload = payload_digest(&content);
            let digest = content_digest(&content, &payload);
            seq += 1;
            let hash = link(&prev, seq, &digest);
            ids.push(
                uuid::Uuid::parse_str(&content.id).map_err(|e| sqlx::Error::Decode(e.into()))?,
            );
            seqs.push(seq);
            times.push(content.created_at.clone());
            payloads.push(payload.to_vec());
            digests.push(digest.to_vec());
            hashes.push(hash.to_vec());
            prev = hash.to_vec();
        }
        if !ids.is_empty() {
            sqlx::query(
                "update audit_logs a set chain_seq = s.seq, payload_digest = s.payload,
                        content_digest = s.digest, chain_hash = s.hash
                 from unnest($1::uuid[], $6::text[], $2::bigint[], $3::bytea[], $4::bytea[],
                             $5::bytea[])
                      as s(id, created_at, seq, payload, digest, hash)
                 where a.id = s.id and a.created_at = s.created_at::timestamp
                   and a.chain_seq is null",
            )
            .bind(&ids)
            .bind(&seqs)
            .bind(&payloads)
            .bind(&digests)
            .bind(&hashes)
            .bind(&times)
            .execute(&mut *tx)
            .await?;
        }
        done.rows += ids.len() as u64;
        done.up_to = seq;
        if (ids.len() as i64) < SEAL_BATCH {
            let signed =
                checkpoint_if_due(&mut tx, keys, seq, &prev, data_dir, force_checkpoint).await?;
            tx.commit().await?;
            // Remembered only once it is in the database for good.
            if let (Some(hw), Some(dir)) = (&signed, data_dir) {
                hw.write(dir);
            }
            done.checkpoint = signed.map(|hw| hw.chain_seq);
            return Ok(done);
        }
        tx.commit().await?;
    }
}

/// The key that signed the newest checkpoint, when it is not `keys`: every
/// instance must sign with the same key (`audit_signing_key`), and a key
/// lost with its data directory shows here.
pub async fn other_signer(
    pool: &PgPool,
    keys: &SigningKeys,
) -> Result<Option<String>, sqlx::Error> {
    let newest: Option<String> =
        sqlx::query_scalar("select key_id from audit_checkpoints order by chain_seq desc limit 1")
            .fetch_optional(pool)
            .await?;
    let ours = keys.public().key_id();
    Ok(newest.filter(|k| *k != ours))
}

/// The last place archived, and the chain hash there, by the records
/// `key` signed (another is the owner's word only, and ignored).
async fn newest_archived(
    conn: &mut sqlx::PgConnection,
    key: &PublicKey,
) -> Result<Option<(i64, Vec<u8>)>, sqlx::Error> {
    let records = archive_records(conn).await?;
    Ok(records
        .iter()
        .filter(|r| r.verifies(key))
        .flat_map(|r| r.runs.iter())
        .max_by_key(|run| run.to)
        .map(|run| (run.to, run.hash.clone())))
}

/// Whether the chain in the database still passes through the newest
/// checkpoint this service recorded: not so after a restore from an older
/// backup or a rewrite, and then nothing more is signed. A place archived
/// since (by a record this key signed) counts as passed through: the
/// record was signed after that checkpoint, from the rows then there, and
/// it names the hash wherever the place ends a run.
async fn still_ours(
    conn: &mut sqlx::PgConnection,
    data_dir: &Path,
    key: &PublicKey,
) -> Result<bool, sqlx::Error> {
    let Some(hw) = HighWater::read(data_dir) else {
        return Ok(true);
    };
    let stored: Option<Vec<u8>> =
        sqlx::query_scalar("select chain_hash from audit_logs where chain_seq = $1")
            .bind(hw.chain_seq)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(h) = stored {
        return Ok(crate::auth::tokens::hex(&h) == hw.chain_hash);
    }
    let records = archive_records(conn).await?;
    Ok(records
        .iter()
        .filter(|r| r.verifies(key))
        .find_map(|r| r.run_at(hw.chain_seq))
        .is_some_and(|run| {
            run.to != hw.chain_seq || crate::auth::tokens::hex(&run.hash) == hw.chain_hash
        }))
}

/// Signs a checkpoint at `seq` when the chain has grown past the last one
/// and that one is old enough or far enough behind; the checkpoint, to be
/// recorded once committed.
async fn checkpoint_if_due(
    conn: &mut sqlx::PgConnection,
    keys: &SigningKeys,
    seq: i64,
    hash: &[u8],
    data_dir: Option<&Path>,
    force: bool,
) -> Result<Option<HighWater>, sqlx::Error> {
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
    if let Some(dir) = data_dir
        && !still_ours(conn, dir, &keys.public()).await?
    {
        // Said once a minute, not on every pass.
        static SAID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let last = SAID.swap(now, std::sync::atomic::Ordering::Relaxed);
        if now.saturating_sub(last) < 60 {
            SAID.store(last, std::sync::atomic::Ordering::Relaxed);
            return Ok(None);
        }
        tracing::error!(
            file = %dir.join(super::HIGH_WATER_FILE).display(),
            "the audit trail in the database no longer passes through the newest checkpoint this \
             service signed: it was restored from an older backup or rewritten; no checkpoint is \
             signed until an operator has looked (opencomplai audit verify; see the README)"
        );
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
    Ok(Some(HighWater {
        chain_seq: seq,
        chain_hash: crate::auth::tokens::hex(hash),
        created_at,
    }))
}
