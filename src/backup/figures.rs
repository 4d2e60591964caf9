//! The figures a backup's manifest records and a restore checks: rows per
//! table, what the originals add up to, and where the audit chain ends.
//! Taken inside the snapshot the dump reads, so they describe exactly the
//! dump; tables are found in the catalog, so new tables (and a table split
//! into partitions, counted through its parent) need no change here.

use std::collections::{BTreeMap, HashMap};

use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgConnection;

use crate::auth::tokens::hex;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// The newest migration applied.
    pub schema_version: Option<i64>,
    /// `schema.table` → rows; partitions are counted in their parent.
    pub tables: BTreeMap<String, i64>,
    pub originals: Originals,
    pub audit: AuditEnd,
}

/// The stored originals (chunks of `document_file_chunks`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Originals {
    pub files: i64,
    /// The files' sizes as recorded at upload.
    pub bytes: i64,
    pub chunks: i64,
    /// What the chunks hold, byte for byte.
    pub chunk_bytes: i64,
    /// SHA-256 over every stored file's `id sha256 size`, in id order: a
    /// file lost, added or swapped changes it.
    pub digest: String,
}

/// Where the audit trail's hash chain ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEnd {
    pub rows: i64,
    pub sealed_up_to: Option<i64>,
    /// Hex of the last sealed row's chain hash.
    pub chain_hash: Option<String>,
    pub unsealed: i64,
    pub last_checkpoint: Option<i64>,
}

/// The tables of the schema (not the catalog's, not an extension's, not
/// partitions), each as a quoted name ready for a statement.
async fn tables(conn: &mut PgConnection) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "select n.nspname || '.' || c.relname,
                quote_ident(n.nspname) || '.' || quote_ident(c.relname)
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relkind in ('r', 'p') and not c.relispartition
           and n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'
           and not exists (select 1 from pg_depend d
                           where d.classid = 'pg_class'::regclass and d.objid = c.oid
                             and d.deptype = 'e')
         order by 1",
    )
    .fetch_all(&mut *conn)
    .await
}

/// Whether the database holds anything of a schema (tables, sequences,
/// views, functions) beyond what extensions bring: a restore goes only
/// into an empty one.
pub async fn schema_objects(conn: &mut PgConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'
                   and not exists (select 1 from pg_depend d
                                   where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                     and d.deptype = 'e'))
              + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'
                   and not exists (select 1 from pg_depend d
                                   where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                                     and d.deptype = 'e'))",
    )
    .fetch_one(&mut *conn)
    .await
}

/// Takes the figures on `conn`, inside whatever transaction (and so
/// snapshot) it is in.
pub async fn take(conn: &mut PgConnection) -> Result<Figures, sqlx::Error> {
    let schema_version: Option<i64> = if exists(conn, "public._sqlx_migrations").await? {
        sqlx::query_scalar("select max(version) from _sqlx_migrations where success")
            .fetch_one(&mut *conn)
            .await?
    } else {
        None
    };
    let mut counts = BTreeMap::new();
    for (name, quoted) in tables(conn).await? {
        // The name comes from the catalog, quoted by quote_ident: an
        // identifier cannot be a bound parameter.
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "select count(*) from {quoted}"
        )))
        .fetch_one(&mut *conn)
        .await?;
        counts.insert(name, n);
    }
    Ok(Figures {
        schema_version,
        tables: counts,
        originals: originals(conn).await?,
        audit: audit_end(conn).await?,
    })
}

async fn exists(conn: &mut PgConnection, table: &str) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("select to_regclass($1) is not null")
        .bind(table)
        .fetch_one(&mut *conn)
        .await
}

async fn originals(conn: &mut PgConnection) -> Result<Originals, sqlx::Error> {
    if !exists(conn, "public.document_files").await? {
        return Ok(Originals {
            files: 0,
            bytes: 0,
            chunks: 0,
            chunk_bytes: 0,
            digest: hex(&Sha256::digest(b"")),
        });
    }
    let mut digest = Sha256::new();
    let (mut files, mut bytes) = (0_i64, 0_i64);
    {
        let mut rows = sqlx::query_as::<_, (String, Option<String>, i64)>(
            "select id::text, sha256, size_bytes from document_files
             where state = 'stored' order by id",
        )
        .fetch(&mut *conn);
        while let Some((id, sha, size)) = rows.try_next().await? {
            digest.update(format!("{id} {} {size}\n", sha.unwrap_or_default()));
            files += 1;
            bytes += size;
        }
    }
    // octet_length of a bytea reads the stored length, not the value.
    let (chunks, chunk_bytes): (i64, i64) = sqlx::query_as(
        "select count(*), coalesce(sum(octet_length(data)), 0)::int8 from document_file_chunks",
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(Originals {
        files,
        bytes,
        chunks,
        chunk_bytes,
        digest: hex(&digest.finalize()),
    })
}

async fn audit_end(conn: &mut PgConnection) -> Result<AuditEnd, sqlx::Error> {
    if !exists(conn, "public.audit_logs").await? {
        return Ok(AuditEnd {
            rows: 0,
            sealed_up_to: None,
            chain_hash: None,
            unsealed: 0,
            last_checkpoint: None,
        });
    }
    let (rows, unsealed): (i64, i64) = sqlx::query_as(
        "select count(*), count(*) filter (where chain_seq is null) from audit_logs",
    )
    .fetch_one(&mut *conn)
    .await?;
    let last: Option<(i64, Vec<u8>)> = sqlx::query_as(
        "select chain_seq, chain_hash from audit_logs
         where chain_seq is not null order by chain_seq desc limit 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let last_checkpoint: Option<i64> =
        sqlx::query_scalar("select max(chain_seq) from audit_checkpoints")
            .fetch_one(&mut *conn)
            .await?;
    Ok(AuditEnd {
        rows,
        sealed_up_to: last.as_ref().map(|(seq, _)| *seq),
        chain_hash: last.map(|(_, h)| hex(&h)),
        unsealed,
        last_checkpoint,
    })
}

/// Every figure of `found` that is not what `expected` says, in words.
pub fn differences(expected: &Figures, found: &Figures) -> Vec<String> {
    let mut out = Vec::new();
    let mut differ = |what: String, e: String, f: String| {
        if e != f {
            out.push(format!("{what}: the backup says {e}, the database has {f}"));
        }
    };
    differ(
        "schema version".into(),
        format!("{:?}", expected.schema_version),
        format!("{:?}", found.schema_version),
    );
    let names: std::collections::BTreeSet<&String> =
        expected.tables.keys().chain(found.tables.keys()).collect();
    for name in names {
        let rows = |t: &BTreeMap<String, i64>| {
            t.get(name)
                .map_or("no such table".to_owned(), |n| format!("{n} rows"))
        };
        differ(
            format!("table {name}"),
            rows(&expected.tables),
            rows(&found.tables),
        );
    }
    let (e, f) = (&expected.originals, &found.originals);
    differ(
        "original files".into(),
        e.files.to_string(),
        f.files.to_string(),
    );
    differ(
        "original bytes".into(),
        e.bytes.to_string(),
        f.bytes.to_string(),
    );
    differ(
        "original chunks".into(),
        e.chunks.to_string(),
        f.chunks.to_string(),
    );
    differ(
        "bytes in chunks".into(),
        e.chunk_bytes.to_string(),
        f.chunk_bytes.to_string(),
    );
    differ(
        "originals digest".into(),
        e.digest.clone(),
        f.digest.clone(),
    );
    let (e, f) = (&expected.audit, &found.audit);
    differ("audit rows".into(), e.rows.to_string(), f.rows.to_string());
    differ(
        "audit chain end".into(),
        format!("{:?} {:?}", e.sealed_up_to, e.chain_hash),
        format!("{:?} {:?}", f.sealed_up_to, f.chain_hash),
    );
    differ(
        "last audit checkpoint".into(),
        format!("{:?}", e.last_checkpoint),
        format!("{:?}", f.last_checkpoint),
    );
    out
}

/// Reads every stored original back from its chunks and compares its
/// SHA-256 and size with those recorded at upload; the files that differ.
pub async fn check_originals(conn: &mut PgConnection) -> Result<Vec<String>, sqlx::Error> {
    if !exists(conn, "public.document_files").await? {
        return Ok(Vec::new());
    }
    // What was recorded, by file (tens of bytes each), then every chunk in
    // one pass in file and place order, one chunk in memory at a time.
    let recorded: Vec<(uuid::Uuid, Option<String>, i64)> =
        sqlx::query_as("select id, sha256, size_bytes from document_files where state = 'stored'")
            .fetch_all(&mut *conn)
            .await?;
    let mut expected: HashMap<uuid::Uuid, (Option<String>, i64)> = recorded
        .into_iter()
        .map(|(id, sha, size)| (id, (sha, size)))
        .collect();
    let mut problems = Vec::new();
    let mut current: Option<(uuid::Uuid, Sha256, i64)> = None;
    let mut finish = |(id, digest, read): (uuid::Uuid, Sha256, i64)| {
        // Chunks of a file not stored (an upload cut short) are not originals.
        if let Some((sha, size)) = expected.remove(&id) {
            let found = hex(&digest.finalize());
            if read != size || sha.as_deref() != Some(found.as_str()) {
                problems.push(format!(
                    "original {id}: {read} bytes with SHA-256 {found}, recorded as {size} bytes \
                     with {}",
                    sha.as_deref().unwrap_or("none")
                ));
            }
        }
    };
    {
        let mut chunks = sqlx::query_as::<_, (uuid::Uuid, Vec<u8>)>(
            "select file_id, data from document_file_chunks order by file_id, seq",
        )
        .fetch(&mut *conn);
        while let Some((id, data)) = chunks.try_next().await? {
            if current.as_ref().is_some_and(|(c, _, _)| *c != id)
                && let Some(done) = current.take()
            {
                finish(done);
            }
            let (_, digest, read) = current.get_or_insert_with(|| (id, Sha256::new(), 0));
            digest.update(&data);
            *read += data.len() as i64;
        }
    }
    if let Some(done) = current.take() {
        finish(done);
    }
    // Stored files without a single chunk: only an empty file may be so.
    for (id, (sha, size)) in expected {
        finish_empty(&mut problems, id, sha, size);
    }
    Ok(problems)
}

fn finish_empty(problems: &mut Vec<String>, id: uuid::Uuid, sha: Option<String>, size: i64) {
    let empty = hex(&Sha256::digest(b""));
    if size != 0 || sha.as_deref() != Some(empty.as_str()) {
        problems.push(format!(
            "original {id}: no chunks, recorded as {size} bytes with {}",
            sha.as_deref().unwrap_or("none")
        ));
    }
}
