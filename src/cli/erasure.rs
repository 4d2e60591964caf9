//! `opencomplai erasure verify RECEIPT`: checks an erasure receipt's
//! signature against the service's public key (its own, or one given, so
//! anyone the receipt is handed to can check it without the service), and
//! optionally that a value is among those it erased.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use serde_json::{Value, json};

use crate::compliance::receipt;
use crate::compliance::subjects::{Identifier, Kind};
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum ErasureCommand {
    /// Check an erasure receipt (`GET /v1/erasures/{id}/receipt`): its
    /// signature, with this service's key or `--public-key`. Exit status 1
    /// when it does not verify (a changed byte, another key, not a
    /// receipt).
    Verify {
        /// The receipt file (`-` for standard input).
        receipt: PathBuf,
        /// The public key (base64, or a file holding it, as `audit
        /// public-key` prints it); default: this service's own.
        #[arg(long)]
        public_key: Option<String>,
        /// Also tell whether this value (an email address, a phone
        /// number...) is one the erasure named, by its salted hash.
        #[arg(long)]
        value: Option<String>,
        /// Print the outcome as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Whether `value` is one of the receipt's identifiers (of any type it
/// lists), compared by salted hash.
fn names_value(receipt: &Value, value: &str) -> bool {
    let salt = receipt["salt"].as_str().unwrap_or("");
    receipt["identifiers"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|i| {
            let kind = i["type"].as_str().and_then(Kind::parse);
            kind.is_some_and(|kind| {
                let candidate = Identifier {
                    kind,
                    value: value.trim().to_owned(),
                };
                let salted = i["salted_sha256"].as_str();
                salted == Some(candidate.salted_hash(salt.as_bytes()).as_str())
                    || salted == Some(candidate.salted_hash_as_typed(salt.as_bytes()).as_str())
            })
        })
}

pub fn run(config: &Config, command: ErasureCommand) -> anyhow::Result<()> {
    let ErasureCommand::Verify {
        receipt: path,
        public_key,
        value,
        json,
    } = command;
    let text = if path.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin().lock()).context("reading standard input")?
    } else {
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?
    };
    let signed: Value = serde_json::from_str(&text).context("the receipt is not JSON")?;
    let key = super::audit::public_key(config, public_key.as_deref())?;
    let outcome = receipt::verify(&signed, &key);
    let named = match (&outcome, &value) {
        (Ok(r), Some(v)) => Some(names_value(r, v)),
        _ => None,
    };
    if json {
        let out = match &outcome {
            Ok(r) => json!({
                "valid": true, "key_id": key.key_id(), "erasure_id": r["erasure_id"],
                "completed_at": r["completed_at"], "counts": r["counts"], "names_value": named,
            }),
            Err(e) => json!({"valid": false, "key_id": key.key_id(), "error": e.to_string()}),
        };
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    } else if let Ok(r) = &outcome {
        let c = &r["counts"];
        println!(
            "valid: erasure {} completed {}, signed by key {}",
            r["erasure_id"].as_str().unwrap_or("?"),
            r["completed_at"].as_str().unwrap_or("?"),
            key.key_id()
        );
        println!(
            "  {} documents searched: {} deleted, {} redacted ({} places covered), {} kept by a legal hold; {} audit rows emptied; {} access archives removed",
            c["documents_searched"],
            c["documents_deleted"],
            c["documents_redacted"],
            c["places_covered"],
            c["documents_skipped_held"],
            c["audit_rows_emptied"],
            c["access_archives_removed"]
        );
        if let Some(named) = named {
            println!(
                "  the value given {} one this erasure named",
                if named { "is" } else { "is NOT" }
            );
        }
    }
    match outcome {
        Ok(_) => Ok(()),
        Err(e) => anyhow::bail!("the receipt does not verify: {e}"),
    }
}
