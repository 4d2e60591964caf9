//! The audit trail's monthly partitions (migration 0019): made months ahead
//! by the service, and old ones archived to a file and dropped by the owner
//! (`opencomplai audit archive-partitions`), the rows removed whole rather
//! than deleted, and recorded so verification tells them from deleted ones.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::NaiveDateTime;
use futures_util::TryStreamExt;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::{Connection, PgConnection};

use crate::audit::chain::{ArchiveRecord, archive_message};
use crate::audit::keys::SigningKeys;
use crate::audit::{Entry, RequestContext};

/// Months after the current one that always have their partition: the
/// service makes them at start-up and on each maintenance pass, so an
/// insert never finds its month missing unless the service has been
/// stopped, or failed to make them, for this long.
pub const MONTHS_AHEAD: i32 = 3;

/// Makes the missing partitions for this month and the next
/// [`MONTHS_AHEAD`]; how many it made. Runs as the application role (the
/// function is the owner's, `SECURITY DEFINER`).
pub async fn ensure(pool: &sqlx::PgPool) -> Result<i32, sqlx::Error> {
    sqlx::query_scalar("select audit_logs_ensure_partitions($1)")
        .bind(MONTHS_AHEAD)
        .fetch_one(pool)
        .await
}

/// One partition archived: its rows are in `file`, gzip-compressed
/// `COPY` text with the columns named in the manifest beside it.
#[derive(Debug, Clone, Serialize)]
pub struct Archived {
    pub partition: String,
    pub rows: i64,
    pub first_seq: Option<i64>,
    pub last_seq: Option<i64>,
    pub file: PathBuf,
    /// Of the compressed file, hex.
    pub sha256: String,
}

/// A partition of `audit_logs` and its range (`lower` is none for the
/// legacy partition, which starts at MINVALUE).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Partition {
    pub name: String,
    pub lower: Option<NaiveDateTime>,
    pub upper: Option<NaiveDateTime>,
}

/// Every partition, oldest first.
pub async fn list(conn: &mut PgConnection) -> Result<Vec<Partition>, sqlx::Error> {
    sqlx::query_as(
        "select partition::text as name, lower_bound as lower, upper_bound as upper
         from audit_logs_partition_bounds() order by upper_bound",
    )
    .fetch_all(conn)
    .await
}

/// The columns, in table order, as the archive files hold them.
const COLUMNS: &str = "id, user_id, action, resource_type, resource_id, old_values, new_values, \
    ip_address, user_agent, request_id, created_at, chain_seq, content_digest, payload_digest, \
    chain_hash, erased_at";

/// Archives, then detaches and drops, every partition whose whole range
/// ends at least `after_months` months before the start of the current
/// month (UTC), oldest first. `conn` must be the owner's; `keys` the
/// service's audit signing key, which signs each archive record. Each
/// partition is read, written to `dir`, read back and dropped in one
/// transaction holding a lock that keeps its rows as read (see
/// [`archive_one`]).
pub async fn archive_due(
    conn: &mut PgConnection,
    dir: &Path,
    after_months: u32,
    keys: &SigningKeys,
) -> anyhow::Result<Vec<Archived>> {
    anyhow::ensure!(
        after_months > 0,
        "audit_partition_archive_after_months is 0: partitions are never archived"
    );
    let cutoff: NaiveDateTime = sqlx::query_scalar(
        "select date_trunc('month', now() at time zone 'utc') - make_interval(months => $1)",
    )
    .bind(i32::try_from(after_months).unwrap_or(i32::MAX))
    .fetch_one(&mut *conn)
    .await?;
    private_dir(dir)?;
    let mut done = Vec::new();
    for p in list(conn).await? {
        // Oldest first: stop at the first partition that is not due, so
        // the chain only ever loses its beginning.
        if p.upper.is_none_or(|u| u > cutoff) {
            break;
        }
        done.push(archive_one(conn, dir, &p, keys).await?);
    }
    Ok(done)
}

/// Creates `dir` (and its parents) readable by this user alone: archive
/// files hold personal data. An existing directory is left as it is (its
/// files are still 0600).
fn private_dir(dir: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("creating {}", dir.display()))
}

/// How often a lock the archive waits for is tried, and how long each time:
/// short, since audit writers queue behind a waiting `DETACH`.
const LOCK_ATTEMPTS: u32 = 5;
const LOCK_WAIT: &str = "1500ms";

/// Whether `e` is a lock wait given up (`lock_timeout`) or a deadlock.
fn lock_conflict(e: &anyhow::Error) -> bool {
    e.downcast_ref::<sqlx::Error>()
        .is_some_and(sql_lock_conflict)
}

fn sql_lock_conflict(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|c| c == "55P03" || c == "40P01")
}

/// Archives one partition, retrying when its lock cannot be had soon. The
/// sealer's advisory lock is held throughout (session-wide, taken before
/// the transaction so its snapshot is not older than the partition's
/// lock): no pass seals or checkpoints meanwhile, and none can wait on
/// the partition while the detach waits on it.
async fn archive_one(
    conn: &mut PgConnection,
    dir: &Path,
    p: &Partition,
    keys: &SigningKeys,
) -> anyhow::Result<Archived> {
    // The partition's name from the catalog, schema-qualified and quoted,
    // resolved here: inside the transaction nothing may take a snapshot
    // before the lock.
    let table: String = sqlx::query_scalar(
        "select format('%I.%I', n.nspname, c.relname)
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.oid = $1::regclass",
    )
    .bind(&p.name)
    .fetch_one(&mut *conn)
    .await?;
    let mut attempt = 0;
    loop {
        attempt += 1;
        let locked: bool = sqlx::query_scalar("select pg_try_advisory_lock($1)")
            .bind(crate::audit::chain::SEAL_LOCK)
            .fetch_one(&mut *conn)
            .await?;
        let result = if locked {
            let r = archive_in_one_transaction(conn, dir, p, &table, keys).await;
            sqlx::query("select pg_advisory_unlock($1)")
                .bind(crate::audit::chain::SEAL_LOCK)
                .execute(&mut *conn)
                .await?;
            r
        } else {
            Err(anyhow::anyhow!("the sealer is running"))
        };
        match result {
            Err(e) if attempt < LOCK_ATTEMPTS && (!locked || lock_conflict(&e)) => {
                tracing::info!(partition = %p.name, attempt, error = %e, "archive waits for a lock; trying again");
                tokio::time::sleep(std::time::Duration::from_millis(500 * u64::from(attempt)))
                    .await;
            }
            Err(e) => {
                return Err(e.context(format!(
                    "archiving {} (nothing dropped; its files in {} may be left, and are rewritten by the next run)",
                    p.name,
                    dir.display()
                )));
            }
            Ok(done) => return Ok(done),
        }
    }
}

/// The archive proper, in one REPEATABLE READ transaction: the partition
/// locked in SHARE mode before anything is read (no erasure or seal can
/// change a row between the read and the drop, and the file holds exactly
/// what is dropped); refused while any row is unsealed; counted, its runs
/// of places taken and its rows copied out; the file written, synced and
/// read back; the record signed and inserted, an audit row written, the
/// partition detached and dropped, and all committed at once.
async fn archive_in_one_transaction(
    conn: &mut PgConnection,
    dir: &Path,
    p: &Partition,
    table: &str,
    keys: &SigningKeys,
) -> anyhow::Result<Archived> {
    let file = dir.join(format!("{}.copy.gz", p.name));
    let partial = dir.join(format!("{}.copy.gz.partial", p.name));
    let mut tx = conn.begin().await?;
    // Before any statement that takes a snapshot: the snapshot is then
    // taken after the lock, and sees every change committed before it.
    sqlx::query("set transaction isolation level repeatable read")
        .execute(&mut *tx)
        .await?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "set local lock_timeout = '{LOCK_WAIT}'"
    )))
    .execute(&mut *tx)
    .await?;
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "lock table {table} in share mode"
    )))
    .execute(&mut *tx)
    .await?;
    let (rows, unsealed, first_seq, last_seq): (i64, i64, Option<i64>, Option<i64>) =
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "select count(*), count(*) filter (where chain_seq is null),
                    min(chain_seq), max(chain_seq) from {table}"
        )))
        .fetch_one(&mut *tx)
        .await?;
    anyhow::ensure!(
        unsealed == 0,
        "{} holds {unsealed} unsealed row(s) (written behind the service's back, or not sealed \
         yet): not archived, since verification could not account for them; see `opencomplai \
         audit verify`",
        p.name
    );
    // The partition's bounds as PostgreSQL prints them (what is signed).
    let (lower_bound, upper_bound): (Option<String>, String) = sqlx::query_as(
        "select lower_bound::text, upper_bound::text from audit_logs_partition_bounds()
         where partition = $1::regclass",
    )
    .bind(table)
    .fetch_one(&mut *tx)
    .await?;
    // The runs of consecutive places these rows hold, each with the hash
    // at its end: verification accepts a gap in the chain only where it is
    // exactly such runs, and goes on from the hash at the last one. (Runs,
    // not one range: a row committed late near the month's end may hold a
    // place after rows of the next month.)
    let anchors: serde_json::Value = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "select coalesce(jsonb_agg(jsonb_build_object('from', r.first, 'to', r.last,
                                                      'hash', encode(r.hash, 'hex'))
                                   order by r.first), '[]')
         from (select min(chain_seq) as first, max(chain_seq) as last,
                      (array_agg(chain_hash order by chain_seq desc))[1] as hash
               from (select chain_seq, chain_hash,
                            chain_seq - row_number() over (order by chain_seq) as run
                     from {table} where chain_seq is not null) s
               group by run) r"
    )))
    .fetch_one(&mut *tx)
    .await?;

    let sha256 = {
        let out = private_file(&partial)?;
        let mut gz =
            flate2::write::GzEncoder::new(HashingWriter::new(out), flate2::Compression::default());
        let mut stream = tx
            .copy_out_raw(&format!(
                "copy (select {COLUMNS} from {table} order by chain_seq nulls last, created_at, id) to stdout"
            ))
            .await?;
        while let Some(chunk) = stream.try_next().await? {
            gz.write_all(&chunk)?;
        }
        drop(stream);
        let hashing = gz.finish()?;
        hashing.inner.sync_all()?;
        crate::auth::tokens::hex(&hashing.hash.finalize())
    };
    // Read back before anything is dropped: the file must hold every row.
    let (read_rows, read_sha) = read_back(&partial)?;
    anyhow::ensure!(
        read_rows == rows && read_sha == sha256,
        "{} reads back as {read_rows} rows (expected {rows}) with another checksum: nothing dropped",
        partial.display()
    );
    std::fs::rename(&partial, &file)?;
    let manifest = json!({
        "partition": p.name,
        "lower_bound": lower_bound,
        "upper_bound": upper_bound,
        "rows": rows,
        "first_seq": first_seq,
        "last_seq": last_seq,
        "columns": COLUMNS,
        "format": "PostgreSQL COPY text, gzip",
        "sha256": sha256,
        "anchors": anchors,
    });
    write_durably(
        &dir.join(format!("{}.json", p.name)),
        &serde_json::to_vec_pretty(&manifest)?,
    )?;
    write_durably(
        &dir.join(format!("{}.copy.gz.sha256", p.name)),
        format!("{sha256}  {}.copy.gz\n", p.name).as_bytes(),
    )?;
    // The renames and new names themselves, before the rows are dropped.
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .with_context(|| format!("syncing {}", dir.display()))?;

    let audit_row_id = crate::audit::record_returning_id(
        &mut tx,
        &RequestContext::default(),
        Entry::new(None, "archive", "audit_partition", None).new_values(json!({
            "partition": p.name,
            "rows": rows,
            "first_seq": first_seq,
            "last_seq": last_seq,
            "sha256": sha256,
        })),
    )
    .await?;
    let mut record = ArchiveRecord {
        partition: p.name.clone(),
        lower_bound,
        upper_bound,
        rows,
        runs: crate::audit::chain::runs_of(&anchors),
        sha256: sha256.clone(),
        audit_row_id: Some(audit_row_id.to_string()),
        key_id: keys.public().key_id(),
        signature: Vec::new(),
    };
    record.signature = keys.sign(&archive_message(&record));
    sqlx::query(
        "insert into audit_archives (partition, lower_bound, upper_bound, row_count, first_seq,
                                     last_seq, anchors, file, sha256, audit_row_id, key_id,
                                     signature)
         values ($1, $2::timestamp, $3::timestamp, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(&record.partition)
    .bind(&record.lower_bound)
    .bind(&record.upper_bound)
    .bind(rows)
    .bind(first_seq)
    .bind(last_seq)
    .bind(&anchors)
    .bind(file.display().to_string())
    .bind(&sha256)
    .bind(audit_row_id)
    .bind(&record.key_id)
    .bind(&record.signature)
    .execute(&mut *tx)
    .await?;
    // DETACH needs an exclusive lock on audit_logs, and every audit writer
    // queues behind it while it waits: take it first, waiting briefly,
    // and try again a few times (a savepoint keeps the rest).
    let mut tries = 0;
    loop {
        tries += 1;
        let mut savepoint = tx.begin().await?;
        match sqlx::query("lock table public.audit_logs in access exclusive mode")
            .execute(&mut *savepoint)
            .await
        {
            Ok(_) => {
                savepoint.commit().await?;
                break;
            }
            Err(e) if tries < LOCK_ATTEMPTS && sql_lock_conflict(&e) => {
                savepoint.rollback().await?;
                tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            }
            Err(e) => return Err(e.into()),
        }
    }
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "alter table public.audit_logs detach partition {table}; drop table {table}"
    )))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Archived {
        partition: p.name.clone(),
        rows,
        first_seq,
        last_seq,
        file,
        sha256,
    })
}

/// A new file (or an old one emptied) that only this user can read.
fn private_file(path: &Path) -> anyhow::Result<std::fs::File> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    // An older file keeps its mode on open: set it.
    file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    Ok(file)
}

/// Writes `bytes` to `path` whole: to a private file beside it, synced,
/// then renamed over it (the directory is synced by the caller).
fn write_durably(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".partial");
    let tmp = PathBuf::from(tmp);
    let mut file = private_file(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))
}

/// The rows (lines) in a gzip-compressed COPY file, and the file's SHA-256.
pub fn read_back(path: &Path) -> anyhow::Result<(i64, String)> {
    let mut raw = Vec::new();
    std::fs::File::open(path)
        .with_context(|| format!("opening {}", path.display()))?
        .read_to_end(&mut raw)?;
    let sha = crate::auth::tokens::hex(&Sha256::digest(&raw));
    let mut rows = 0;
    // COPY text escapes newlines inside values: one line, one row.
    for line in BufReader::new(flate2::read::GzDecoder::new(raw.as_slice())).split(b'\n') {
        line?;
        rows += 1;
    }
    Ok((rows, sha))
}

/// Hashes what passes through to the file.
struct HashingWriter {
    inner: std::fs::File,
    hash: Sha256,
}

impl HashingWriter {
    fn new(inner: std::fs::File) -> Self {
        Self {
            inner,
            hash: Sha256::new(),
        }
    }
}

impl Write for HashingWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
