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
/// month (UTC), oldest first. `conn` must be the owner's. Each partition's
/// rows are written to `dir` and read back (row count and checksum) before
/// anything is dropped; the archive is recorded in `audit_archives` and in
/// the trail itself, in the transaction that drops the partition.
pub async fn archive_due(
    conn: &mut PgConnection,
    dir: &Path,
    after_months: u32,
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
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut done = Vec::new();
    for p in list(conn).await? {
        // Oldest first: stop at the first partition that is not due, so
        // the chain only ever loses its beginning.
        if p.upper.is_none_or(|u| u > cutoff) {
            break;
        }
        done.push(archive_one(conn, dir, &p).await?);
    }
    Ok(done)
}

async fn archive_one(
    conn: &mut PgConnection,
    dir: &Path,
    p: &Partition,
) -> anyhow::Result<Archived> {
    let file = dir.join(format!("{}.copy.gz", p.name));
    let partial = dir.join(format!("{}.copy.gz.partial", p.name));
    // The partition's name comes from the catalog, quoted by regclass.
    let table: String = sqlx::query_scalar("select $1::regclass::text")
        .bind(&p.name)
        .fetch_one(&mut *conn)
        .await?;
    let (rows, first_seq, last_seq): (i64, Option<i64>, Option<i64>) =
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "select count(*), min(chain_seq), max(chain_seq) from {table}"
        )))
        .fetch_one(&mut *conn)
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
    .fetch_one(&mut *conn)
    .await?;

    let sha256 = {
        let out = std::fs::File::create(&partial)
            .with_context(|| format!("creating {}", partial.display()))?;
        let mut gz =
            flate2::write::GzEncoder::new(HashingWriter::new(out), flate2::Compression::default());
        let mut stream = conn
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
        "lower_bound": p.lower.map(|t| t.to_string()),
        "upper_bound": p.upper.map(|t| t.to_string()),
        "rows": rows,
        "first_seq": first_seq,
        "last_seq": last_seq,
        "columns": COLUMNS,
        "format": "PostgreSQL COPY text, gzip",
        "sha256": sha256,
        "anchors": anchors,
    });
    std::fs::write(
        dir.join(format!("{}.json", p.name)),
        serde_json::to_vec_pretty(&manifest)?,
    )?;
    std::fs::write(
        dir.join(format!("{}.copy.gz.sha256", p.name)),
        format!("{sha256}  {}.copy.gz\n", p.name),
    )?;

    let mut tx = conn.begin().await?;
    // DETACH takes an exclusive lock on audit_logs for a moment: give up
    // rather than queue every writer behind a long reader.
    sqlx::query("set local lock_timeout = '10s'")
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "insert into audit_archives (partition, lower_bound, upper_bound, row_count, first_seq,
                                     last_seq, anchors, file, sha256)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&p.name)
    .bind(p.lower)
    .bind(p.upper)
    .bind(rows)
    .bind(first_seq)
    .bind(last_seq)
    .bind(&anchors)
    .bind(file.display().to_string())
    .bind(&sha256)
    .execute(&mut *tx)
    .await?;
    crate::audit::record(
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
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "alter table audit_logs detach partition {table}; drop table {table}"
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
