//! `opencomplai audit`: verify the audit trail (from the database, or from
//! a `pg_dump` with the public key alone), print the public key that
//! verifies it, and archive old monthly partitions.

use std::io::BufReader;
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;

use crate::audit::chain::{self, HighWater, Report};
use crate::audit::keys::{PublicKey, SigningKeys};
use crate::audit::{dump, partitions};
use crate::config::Config;
use crate::db::Database;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the whole audit trail: every row against its digest and its
    /// place in the hash chain, every signed checkpoint, and the newest
    /// checkpoint this service remembers. Names the first row that was
    /// edited, deleted, inserted or moved. Exit status 1 when anything is
    /// wrong.
    Verify {
        /// A plain-format `pg_dump` to verify instead of the database
        /// (`-` for standard input); needs no database and no service
        /// (for a custom-format dump: `pg_restore -f - FILE | ... --dump -`).
        #[arg(long)]
        dump: Option<PathBuf>,
        /// The public key (base64, or a file holding it, as `audit
        /// public-key` prints it); default: this service's own.
        #[arg(long)]
        public_key: Option<String>,
        /// The newest checkpoint to expect (the `audit-checkpoint.json` the
        /// service keeps in its data directory): a trail behind it was
        /// restored from an older backup. Default: the data directory's.
        #[arg(long)]
        checkpoint: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Seal every committed row now and sign a checkpoint at the end of the
    /// chain (the service does both by itself; run this before a backup so
    /// the backup is covered to its last row).
    Seal,
    /// Archive the audit trail's monthly partitions older than
    /// `audit_partition_archive_after_months`, oldest first: each one's
    /// rows are written to DIR (gzip-compressed COPY text, a .sha256 and a
    /// .json manifest), read back, recorded in `audit_archives`, and only
    /// then is the partition detached and dropped. Runs as the owner
    /// (DATABASE_OWNER_URL, or the embedded superuser).
    ArchivePartitions {
        /// Where the archive files go (created if missing).
        #[arg(long)]
        dir: PathBuf,
    },
    /// Print the public key that verifies checkpoints and erasure receipts.
    PublicKey {
        /// As JSON (`{"algorithm", "public_key", "key_id"}`).
        #[arg(long)]
        json: bool,
    },
}

fn own_keys(config: &Config) -> anyhow::Result<SigningKeys> {
    let configured = config
        .audit_signing_key
        .as_ref()
        .map(|s| s.expose().as_str());
    SigningKeys::load_existing(&config.data_dir, configured)
        .context("loading the audit signing key")
}

pub(super) fn public_key(config: &Config, given: Option<&str>) -> anyhow::Result<PublicKey> {
    match given {
        Some(g) => {
            let text = match std::fs::read_to_string(g) {
                Ok(t) => t,
                Err(_) => g.to_owned(),
            };
            PublicKey::parse(&text)
        }
        None => Ok(own_keys(config)?.public()),
    }
}

pub async fn run(config: &Config, command: AuditCommand) -> anyhow::Result<()> {
    match command {
        AuditCommand::Seal => {
            let keys = own_keys(config)?;
            let db = Database::open(config).await?;
            let sealed = chain::seal_and_checkpoint(&db.pool, &keys, Some(&config.data_dir)).await;
            db.close().await?;
            let sealed = sealed?;
            println!(
                "sealed {} rows; the chain ends at place {}{}",
                sealed.rows,
                sealed.up_to,
                sealed.checkpoint.map_or(String::new(), |c| format!(
                    "; checkpoint signed at place {c}"
                ))
            );
            Ok(())
        }
        AuditCommand::ArchivePartitions { dir } => {
            if config.audit_partition_archive_after_months == 0 {
                println!(
                    "nothing archived: audit_partition_archive_after_months \
                     (OPENCOMPLAI_AUDIT_PARTITION_ARCHIVE_AFTER_MONTHS) is 0, never"
                );
                return Ok(());
            }
            // Each archive record is signed, as checkpoints are.
            let keys = own_keys(config)?;
            let db = Database::open(config).await?;
            let archived = async {
                let owner = db.owner_pool(1).await?;
                let mut conn = owner.acquire().await?;
                let archived = partitions::archive_due(
                    &mut conn,
                    &dir,
                    config.audit_partition_archive_after_months,
                    &keys,
                )
                .await;
                drop(conn);
                owner.close().await;
                archived
            }
            .await;
            db.close().await?;
            let archived = archived?;
            if archived.is_empty() {
                println!(
                    "no partition is older than {} months",
                    config.audit_partition_archive_after_months
                );
            }
            for a in archived {
                println!(
                    "archived {} ({} rows, places {}-{}) to {} (sha256 {}); detached and dropped",
                    a.partition,
                    a.rows,
                    a.first_seq.map_or("-".into(), |s| s.to_string()),
                    a.last_seq.map_or("-".into(), |s| s.to_string()),
                    a.file.display(),
                    a.sha256
                );
            }
            Ok(())
        }
        AuditCommand::PublicKey { json } => {
            let key = own_keys(config)?.public();
            if json {
                println!(
                    "{}",
                    serde_json::json!({
                        "algorithm": "Ed25519",
                        "public_key": key.to_base64(),
                        "key_id": key.key_id(),
                    })
                );
            } else {
                println!("{}", key.to_base64());
            }
            Ok(())
        }
        AuditCommand::Verify {
            dump: dump_file,
            public_key: given,
            checkpoint,
            json,
        } => {
            let key = public_key(config, given.as_deref())?;
            let high_water = match &checkpoint {
                Some(path) => Some(
                    serde_json::from_str::<HighWater>(
                        &std::fs::read_to_string(path)
                            .with_context(|| format!("reading {}", path.display()))?,
                    )
                    .with_context(|| format!("{} is not a checkpoint file", path.display()))?,
                ),
                None if dump_file.is_none() => HighWater::read(&config.data_dir),
                None => None,
            };
            let report = match dump_file {
                Some(path) => {
                    let dumped = if path.as_os_str() == "-" {
                        dump::read(std::io::stdin().lock())?
                    } else {
                        let file = std::fs::File::open(&path)
                            .with_context(|| format!("opening {}", path.display()))?;
                        dump::read(BufReader::new(file))?
                    };
                    dump::verify(dumped, &key, high_water.as_ref())
                }
                None => {
                    let db = Database::open(config).await?;
                    let report = chain::verify_live(&db.pool, &key, high_water.as_ref()).await;
                    db.close().await?;
                    report?
                }
            };
            print(&report, json);
            if report.ok {
                Ok(())
            } else {
                anyhow::bail!(
                    "the audit trail does not verify: {}",
                    report.problems[0].message
                )
            }
        }
    }
}

fn print(r: &Report, json: bool) {
    if json {
        println!("{}", serde_json::to_string_pretty(r).unwrap_or_default());
        return;
    }
    println!(
        "{}: {} sealed rows checked (up to place {}), {} unsealed, {} checkpoints checked (the last at place {}), {} rows after it",
        if r.ok { "verified" } else { "NOT VERIFIED" },
        r.rows_checked,
        r.sealed_up_to,
        r.unsealed,
        r.checkpoints_checked,
        r.last_checkpoint_seq
            .map_or("none".into(), |s| s.to_string()),
        r.rows_after_last_checkpoint
    );
    if r.archived_rows > 0 {
        println!(
            "{} rows at the start of the chain were archived with their partitions (audit \
             archive-partitions; listed in audit_archives) and are checked only in their files",
            r.archived_rows
        );
    }
    if r.erased_rows > 0 {
        println!(
            "{} rows had their personal data erased (recorded)",
            r.erased_rows
        );
    }
    for p in &r.problems {
        println!("  {}: {}", p.kind, p.message);
    }
}
