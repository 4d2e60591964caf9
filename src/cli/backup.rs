//! `opencomplai backup` and `opencomplai restore` (see [`crate::backup`]):
//! the arguments, the passphrase, and what is printed.

use std::path::PathBuf;

use crate::backup::{self, BackupRequest, RestoreRequest, keys};
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// A new file (one ZIP archive), or a directory (new, or empty; named
    /// with a trailing `/` when it does not exist yet).
    pub path: PathBuf,
    /// Also the keys kept in the data directory (the audit and session
    /// signing keys), encrypted with a passphrase from --passphrase-file or
    /// OPENCOMPLAI_BACKUP_PASSPHRASE.
    #[arg(long)]
    pub include_keys: bool,
    /// A file whose first line is the passphrase (at least 12 characters).
    #[arg(long, value_name = "FILE", requires = "include_keys")]
    pub passphrase_file: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// A backup file or directory made by `opencomplai backup`.
    pub path: PathBuf,
    /// Also write the backup's keys into the data directory (mode 0600),
    /// decrypted with the passphrase from --passphrase-file or
    /// OPENCOMPLAI_BACKUP_PASSPHRASE.
    #[arg(long)]
    pub keys: bool,
    /// A file whose first line is the passphrase.
    #[arg(long, value_name = "FILE", requires = "keys")]
    pub passphrase_file: Option<PathBuf>,
    /// Replace key files in the data directory that differ from the
    /// backup's (without it, such a restore is refused).
    #[arg(long, requires = "keys")]
    pub overwrite_keys: bool,
}

pub async fn run_backup(config: &Config, args: BackupArgs) -> anyhow::Result<()> {
    let keys_passphrase = if args.include_keys {
        Some(keys::passphrase(args.passphrase_file.as_deref())?)
    } else {
        None
    };
    let (manifest, path) = backup::backup(
        config,
        BackupRequest {
            path: args.path,
            keys_passphrase,
        },
    )
    .await?;
    let f = &manifest.figures;
    println!(
        "backed up to {}: {} tables, {} rows, {} originals ({} bytes), audit trail sealed to \
         place {}; dump {} bytes, SHA-256 {}{}",
        path.display(),
        f.tables.len(),
        f.tables.values().sum::<i64>(),
        f.originals.files,
        f.originals.bytes,
        f.audit.sealed_up_to.unwrap_or(0),
        manifest.database.bytes,
        manifest.database.sha256,
        manifest.keys.as_ref().map_or(String::new(), |k| format!(
            "; keys encrypted: {}",
            k.files.join(", ")
        ))
    );
    if f.audit.unsealed > 0 {
        println!(
            "note: {} audit rows were not sealed yet when the snapshot was taken (run it where \
             the service's audit signing key is)",
            f.audit.unsealed
        );
    }
    Ok(())
}

pub async fn run_restore(config: &Config, args: RestoreArgs) -> anyhow::Result<()> {
    let keys_passphrase = if args.keys {
        Some(keys::passphrase(args.passphrase_file.as_deref())?)
    } else {
        None
    };
    let restored = backup::restore(
        config,
        RestoreRequest {
            path: args.path,
            keys_passphrase,
            overwrite_keys: args.overwrite_keys,
        },
    )
    .await?;
    if !restored.differences.is_empty() {
        for d in &restored.differences {
            println!("DIFFERS: {d}");
        }
        anyhow::bail!(
            "the restored database does not match the backup's manifest ({} differences, \
             listed above); it was left as restored, for inspection: do not serve it",
            restored.differences.len()
        );
    }
    let f = &restored.manifest.figures;
    println!(
        "restored the backup of {}: OK, the manifest matches ({} tables, {} rows, {} originals \
         with their SHA-256, audit trail to place {}){}",
        restored.manifest.created_at,
        f.tables.len(),
        f.tables.values().sum::<i64>(),
        f.originals.files,
        f.audit.sealed_up_to.unwrap_or(0),
        if restored.keys_written.is_empty() {
            String::new()
        } else {
            format!("; keys written: {}", restored.keys_written.join(", "))
        }
    );
    if let Some(hw) = restored.behind_high_water {
        println!(
            "note: this data directory remembers an audit checkpoint at place {}, later than \
             the restored trail's end: the sealer will not sign until you move \
             audit-checkpoint.json aside (README, Audit trail)",
            hw.chain_seq
        );
    }
    Ok(())
}
