//! `opencomplai backup` and `restore`: the whole database (schema, rows,
//! originals, the audit trail) as one `pg_dump` taken in a snapshot, the
//! figures of that same snapshot in a manifest, and, only when asked, the
//! keys kept outside the database, encrypted with a passphrase. A restore
//! goes into an empty database, checks the dump against the manifest
//! before loading it, and the loaded rows against the manifest after.

pub mod archive;
pub mod figures;
pub mod keys;
pub mod tools;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgConnection;

use crate::audit::chain::{self, HighWater};
use crate::audit::keys::SigningKeys;
use crate::audit::{self, Entry, RequestContext};
use crate::auth::tokens::hex;
use crate::config::Config;
use crate::db::Database;
use archive::{DUMP, KEYS, MANIFEST, Reader, Writer};
use figures::Figures;
use tools::Tools;

const FORMAT: &str = "opencomplai-backup";
const VERSION: u32 = 1;
/// How often a backup seals the audit trail again when rows arrived
/// between the seal and the snapshot (or the service's own sealer held the
/// trail, making the backup's pass a no-op while it ran), before it settles
/// for a snapshot with a few unsealed rows (and says so).
const SEAL_ATTEMPTS: u32 = 8;
/// The wait before the second attempt; it doubles with each one after (up
/// to `SEAL_WAIT_MAX`), so a sealer pass of the running service, which
/// holds the trail for as long as it takes, ends before the next attempt.
const SEAL_WAIT: std::time::Duration = std::time::Duration::from_millis(50);
const SEAL_WAIT_MAX: std::time::Duration = std::time::Duration::from_secs(2);

/// `manifest.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    /// The snapshot's time, by the database's clock (UTC).
    pub created_at: String,
    pub opencomplai_version: String,
    pub server_version: String,
    pub pg_dump_version: String,
    pub database: Part,
    pub keys: Option<KeysPart>,
    pub figures: Figures,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Part {
    pub file: String,
    pub bytes: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeysPart {
    #[serde(flatten)]
    pub part: Part,
    /// The key files it holds (their names in `data_dir`).
    pub files: Vec<String>,
}

/// What `opencomplai backup` is asked for.
#[derive(Debug, Clone)]
pub struct BackupRequest {
    pub path: PathBuf,
    /// The passphrase to encrypt the keys of `data_dir` with; `None`: no keys.
    pub keys_passphrase: Option<String>,
}

/// Writes a backup; the manifest it wrote and where.
pub async fn backup(
    config: &Config,
    request: BackupRequest,
) -> anyhow::Result<(Manifest, PathBuf)> {
    let tools = Tools::find(config.pg_bin_dir.as_deref())?;
    let sealed_keys = match &request.keys_passphrase {
        Some(passphrase) => {
            let files = keys::read(&config.data_dir)?;
            anyhow::ensure!(
                !files.is_empty(),
                "--include-keys: {} holds no key files (configured keys, audit_signing_key and \
                 jwt_secret, are yours to keep)",
                config.data_dir.display()
            );
            let names: Vec<String> = files.keys().cloned().collect();
            Some((keys::seal(&files, passphrase)?, names))
        }
        None => None,
    };
    // Before anything is recorded or sealed: a path that holds a backup
    // already is refused here.
    let writer = Writer::create(&request.path)?;
    let db = match Database::open(config).await {
        Ok(db) => db,
        Err(e) => {
            writer.abandon();
            return Err(e);
        }
    };
    let result = backup_with(config, &db, &tools, writer, &request.path, sealed_keys).await;
    db.close().await?;
    result
}

async fn backup_with(
    config: &Config,
    db: &Database,
    tools: &Tools,
    writer: Writer,
    path: &Path,
    sealed_keys: Option<(Vec<u8>, Vec<String>)>,
) -> anyhow::Result<(Manifest, PathBuf)> {
    match snapshot(config, db, path, sealed_keys.is_some()).await {
        Ok((mut conn, snapshot)) => {
            let result =
                dump_in_snapshot(db, tools, writer, &snapshot, &mut conn, sealed_keys).await;
            let _ = sqlx::raw_sql("rollback").execute(&mut conn).await;
            result
        }
        Err(e) => {
            writer.abandon();
            Err(e)
        }
    }
}

/// Records the backup in the audit trail, seals the trail, and opens the
/// snapshot the backup is taken in: the connection holding it, and its
/// name for `pg_dump --snapshot`.
async fn snapshot(
    config: &Config,
    db: &Database,
    path: &Path,
    with_keys: bool,
) -> anyhow::Result<(PgConnection, String)> {
    let configured = config
        .audit_signing_key
        .as_ref()
        .map(|s| s.expose().as_str());
    let signing = SigningKeys::load_existing(&config.data_dir, configured).ok();
    if signing.is_none() {
        tracing::warn!(
            "no audit signing key here: the audit trail is backed up as it is, without \
             sealing it first (run the backup where the service runs to cover its last rows)"
        );
    }
    if signing.is_some() {
        // A backup reads every document: the trail says who took one, and
        // the row is sealed into the backup itself. (Without the key the
        // row could not be sealed into it, and a row restored unsealed
        // would look inserted behind the service's back.)
        let context = RequestContext {
            user_agent: Some("opencomplai-cli".into()),
            ..RequestContext::default()
        };
        let entry = Entry::new(None, "create", "backup", None).new_values(serde_json::json!({
            "path": path.display().to_string(),
            "keys": with_keys,
        }));
        audit::record(&mut *db.pool.acquire().await?, &context, entry).await?;
    }
    let owner = db.owner_pool(1).await?;
    let mut conn = owner.acquire().await?.detach();
    owner.close().await;
    // Seal, then open the snapshot; rows that committed in between are
    // sealed and the snapshot taken again, so that the backup's trail is
    // sealed to its end (a row restored unsealed long after would look
    // inserted behind the service's back).
    let mut attempt = 0;
    loop {
        attempt += 1;
        if let Some(keys) = &signing {
            chain::seal_and_checkpoint(&db.pool, keys, Some(&config.data_dir)).await?;
        }
        sqlx::raw_sql("begin isolation level repeatable read read only")
            .execute(&mut conn)
            .await?;
        let unsealed = unsealed_rows(&mut conn).await?;
        if unsealed == 0 || signing.is_none() || attempt >= SEAL_ATTEMPTS {
            break;
        }
        sqlx::raw_sql("rollback").execute(&mut conn).await?;
        // Straight away, the service's sealer may still hold the trail (its
        // pass unfinished, the rows it seals not yet committed).
        tokio::time::sleep((SEAL_WAIT * 2u32.pow(attempt - 1)).min(SEAL_WAIT_MAX)).await;
    }
    let snapshot: String = sqlx::query_scalar("select pg_export_snapshot()")
        .fetch_one(&mut conn)
        .await?;
    Ok((conn, snapshot))
}

async fn unsealed_rows(conn: &mut PgConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "select case when to_regclass('public.audit_logs') is null then 0
                else (select count(*) from audit_logs where chain_seq is null) end",
    )
    .fetch_one(&mut *conn)
    .await
}

/// Runs `pg_dump` in `snapshot` into the backup while `conn`, which holds
/// the snapshot open, takes the figures of the same snapshot.
async fn dump_in_snapshot(
    db: &Database,
    tools: &Tools,
    mut writer: Writer,
    snapshot: &str,
    conn: &mut PgConnection,
    sealed_keys: Option<(Vec<u8>, Vec<String>)>,
) -> anyhow::Result<(Manifest, PathBuf)> {
    let started = (|| {
        writer.start(DUMP)?;
        let mut cmd = tools.command("pg_dump", db.owner_url()?.expose())?;
        cmd.arg("--format=custom")
            .arg(format!("--snapshot={snapshot}"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = cmd.spawn().context("starting pg_dump")?;
        let stdout = child.stdout.take().context("pg_dump's output")?;
        Ok::<_, anyhow::Error>((child, stdout))
    })();
    let (mut child, stdout) = match started {
        Ok(started) => started,
        Err(e) => {
            writer.abandon();
            return Err(e);
        }
    };
    let copying = tokio::task::spawn_blocking(move || {
        let copied = copy_hashing(stdout, &mut writer);
        let status = child.wait();
        (writer, copied, status)
    });
    let taken = async {
        let figures = figures::take(conn).await?;
        let (created_at, server_version): (String, String) = sqlx::query_as(
            "select to_char(now() at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),
                    current_setting('server_version')",
        )
        .fetch_one(&mut *conn)
        .await?;
        Ok::<_, sqlx::Error>((figures, created_at, server_version))
    }
    .await;
    let (mut writer, copied, status) = copying.await.context("the copying thread")?;
    let outcome = (|| {
        let status = status.context("waiting for pg_dump")?;
        anyhow::ensure!(
            status.success(),
            "pg_dump failed ({status}); see its message above"
        );
        let (bytes, sha256) = copied.context("writing the dump")?;
        let (figures, created_at, server_version) = taken?;
        let keys = match sealed_keys {
            Some((sealed, files)) => {
                writer.put(KEYS, &sealed)?;
                Some(KeysPart {
                    part: Part {
                        file: KEYS.into(),
                        bytes: sealed.len() as u64,
                        sha256: hex(&Sha256::digest(&sealed)),
                    },
                    files,
                })
            }
            None => None,
        };
        let manifest = Manifest {
            format: FORMAT.into(),
            version: VERSION,
            created_at,
            opencomplai_version: env!("CARGO_PKG_VERSION").into(),
            server_version,
            pg_dump_version: tools.version("pg_dump")?,
            database: Part {
                file: DUMP.into(),
                bytes,
                sha256,
            },
            keys,
            figures,
        };
        writer.put(MANIFEST, &serde_json::to_vec_pretty(&manifest)?)?;
        Ok(manifest)
    })();
    match outcome {
        Ok(manifest) => Ok((manifest, writer.finish()?)),
        Err(e) => {
            writer.abandon();
            Err(e)
        }
    }
}

/// Copies `from` into `to`; the bytes copied and their SHA-256 (hex).
fn copy_hashing(mut from: impl Read, to: &mut impl Write) -> std::io::Result<(u64, String)> {
    let mut digest = Sha256::new();
    let mut buf = vec![0_u8; 1 << 20];
    let mut total = 0_u64;
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        digest.update(&buf[..n]);
        to.write_all(&buf[..n])?;
        total += n as u64;
    }
    to.flush()?;
    Ok((total, hex(&digest.finalize())))
}

/// What `opencomplai restore` is asked for.
#[derive(Debug, Clone)]
pub struct RestoreRequest {
    pub path: PathBuf,
    /// The passphrase to decrypt the backup's keys with, to write them
    /// into `data_dir`; `None`: leave the keys.
    pub keys_passphrase: Option<String>,
    /// Replace key files of `data_dir` that differ from the backup's.
    pub overwrite_keys: bool,
}

/// What a restore found.
#[derive(Debug)]
pub struct Restored {
    pub manifest: Manifest,
    /// Figures that differ from the manifest, and originals that do not
    /// match their recorded SHA-256: empty when all is well.
    pub differences: Vec<String>,
    pub keys_written: Vec<String>,
    /// The data directory remembers a later audit checkpoint than the
    /// backup's trail reaches (see the README).
    pub behind_high_water: Option<HighWater>,
}

/// Loads a backup into the configured (empty) database and checks it.
pub async fn restore(config: &Config, request: RestoreRequest) -> anyhow::Result<Restored> {
    let mut reader = Reader::open(&request.path)?;
    let manifest: Manifest = serde_json::from_slice(&reader.read(MANIFEST)?)
        .with_context(|| format!("{MANIFEST} is not a backup manifest"))?;
    anyhow::ensure!(
        manifest.format == FORMAT && manifest.version <= VERSION,
        "{MANIFEST} is of format {} version {}, which this version does not read",
        manifest.format,
        manifest.version
    );
    let newest_known = crate::db::migrate::MIGRATOR
        .iter()
        .map(|m| m.version)
        .max()
        .unwrap_or(0);
    if let Some(version) = manifest.figures.schema_version {
        anyhow::ensure!(
            version <= newest_known,
            "this backup is of a newer OpenComplai (schema version {version}, made by {}); this one knows versions up to {newest_known}: restore with that release or a newer one",
            manifest.opencomplai_version
        );
    }
    // Everything that can be refused is refused before the database is
    // touched: the keys (wrong passphrase, conflicting files), the dump.
    let key_files = match &request.keys_passphrase {
        Some(passphrase) => {
            let part = manifest
                .keys
                .as_ref()
                .context("this backup holds no keys (it was made without --include-keys)")?;
            let sealed = reader.read(KEYS)?;
            check_part(
                &part.part,
                sealed.len() as u64,
                &hex(&Sha256::digest(&sealed)),
            )?;
            let files = keys::open(&sealed, passphrase)?;
            let conflicts = keys::conflicts(&files, &config.data_dir);
            anyhow::ensure!(
                conflicts.is_empty() || request.overwrite_keys,
                "{} already holds other keys ({}): restoring over them would orphan what they \
                 signed; move them aside or give --overwrite-keys",
                config.data_dir.display(),
                conflicts.join(", ")
            );
            Some(files)
        }
        None => None,
    };
    let reader = tokio::task::spawn_blocking(move || {
        let copied = reader
            .part(DUMP)
            .and_then(|part| Ok(copy_hashing(part, &mut std::io::sink())?));
        (reader, copied)
    });
    let (mut reader, copied) = reader.await.context("the reading thread")?;
    let (bytes, sha256) = copied?;
    check_part(&manifest.database, bytes, &sha256)?;
    let tools = Tools::find(config.pg_bin_dir.as_deref())?;
    let db = Database::open(config).await?;
    let result: anyhow::Result<Vec<String>> = async {
        let owner = db.owner_pool(1).await?;
        let mut conn = owner.acquire().await?.detach();
        owner.close().await;
        let objects = figures::schema_objects(&mut conn).await?;
        anyhow::ensure!(
            objects == 0,
            "the target database is not empty ({objects} tables, sequences, views or \
             functions): a restore goes only into an empty database (createdb a new one, or \
             start with a new data_dir)"
        );
        let mut cmd = tools.command("pg_restore", db.owner_url()?.expose())?;
        // Objects become the restoring owner's, and the application role's
        // grants are made afresh by the migration step below: the roles of
        // the backed-up server need not exist here.
        cmd.args([
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit());
        let mut child = cmd.spawn().context("starting pg_restore")?;
        let mut stdin = child.stdin.take().context("pg_restore's input")?;
        let fed = tokio::task::spawn_blocking(move || {
            let fed = reader
                .part(DUMP)
                .and_then(|part| Ok(copy_hashing(part, &mut stdin)?));
            drop(stdin);
            (fed, child.wait())
        });
        let (fed, status) = fed.await.context("the restoring thread")?;
        let status = status.context("waiting for pg_restore")?;
        anyhow::ensure!(
            status.success(),
            "pg_restore failed ({status}); see its message above"
        );
        fed.context("feeding the dump to pg_restore")?;
        let found = figures::take(&mut conn).await?;
        let mut differences = figures::differences(&manifest.figures, &found);
        differences.extend(figures::check_originals(&mut conn).await?);
        drop(conn);
        if differences.is_empty() {
            // Newer migrations, and the application role's grants.
            db.migrate().await?;
        }
        Ok(differences)
    }
    .await;
    db.close().await?;
    let differences = result?;
    let mut keys_written = Vec::new();
    if let Some(files) = key_files
        && differences.is_empty()
    {
        keys::write(&files, &config.data_dir)?;
        keys_written = files.into_keys().collect();
    }
    let behind_high_water = HighWater::read(&config.data_dir)
        .filter(|hw| hw.chain_seq > manifest.figures.audit.last_checkpoint.unwrap_or(0));
    Ok(Restored {
        manifest,
        differences,
        keys_written,
        behind_high_water,
    })
}

fn check_part(expected: &Part, bytes: u64, sha256: &str) -> anyhow::Result<()> {
    anyhow::ensure!(
        expected.bytes == bytes && expected.sha256 == sha256,
        "{} does not match the manifest ({bytes} bytes with SHA-256 {sha256}, the manifest says \
         {} bytes with {}): the backup was changed or damaged; nothing was restored",
        expected.file,
        expected.bytes,
        expected.sha256
    );
    Ok(())
}
