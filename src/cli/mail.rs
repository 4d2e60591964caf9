//! `opencomplai import-mbox FILE --account EMAIL`: each message of an mbox
//! file as documents of the account (the message, and its attachments of
//! types we read), exactly as the IMAP fetcher makes them; messages the
//! account already has are skipped, so the command can be run again.

use std::io::BufReader;
use std::path::PathBuf;

use anyhow::Context;

use crate::arrivals::mail::{self, MailError};
use crate::arrivals::mbox::{Entry, Messages};
use crate::arrivals::{Outcome, Recipient, bounded};
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct ImportMboxArgs {
    /// The mbox file.
    pub file: PathBuf,
    /// The email of the account the messages go to.
    #[arg(long)]
    pub account: String,
}

/// Imports the file; an error when a message failed (after all the others
/// were tried), so a script notices.
pub async fn import_mbox(config: &Config, args: ImportMboxArgs) -> anyhow::Result<()> {
    let file = std::fs::File::open(&args.file)
        .with_context(|| format!("opening {}", args.file.display()))?;
    let config = config.clone();
    super::with_migrated_db(&config.clone(), |pool| async move {
        let to = Recipient::find(&pool, &config, &args.account, "opencomplai-import-mbox").await?;
        let mut messages = Messages::new(BufReader::new(file), config.max_upload_bytes);
        let (mut seen, mut created, mut known, mut skipped_attachments, mut failed) =
            (0, 0, 0, 0, 0);
        // Reading the file blocks; the runtime has other threads.
        while let Some(entry) = tokio::task::block_in_place(|| messages.next()) {
            seen += 1;
            let raw = match entry.context("reading the mbox file")? {
                Entry::Message(raw) => raw,
                Entry::TooLarge { size } => {
                    eprintln!(
                        "message {seen}: {size} bytes, over max_upload_bytes ({}); skipped",
                        config.max_upload_bytes
                    );
                    failed += 1;
                    continue;
                }
            };
            match mail::import(&pool, &to, &raw).await {
                Ok(imported) => {
                    created += imported.created();
                    if matches!(imported.message, Outcome::Known(_)) {
                        known += 1;
                    }
                    for a in &imported.attachments {
                        if let Err(why) = &a.result {
                            skipped_attachments += 1;
                            eprintln!(
                                "message {seen}: attachment {:?} not imported: {why}",
                                a.name
                            );
                        }
                    }
                }
                Err(e @ MailError::Document(crate::documents::Error::Database(_))) => {
                    return Err(e.into());
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("message {seen}: {}", bounded(&e.to_string(), 500));
                }
            }
        }
        println!(
            "{seen} messages: {created} documents created, {known} messages already imported, \
             {skipped_attachments} attachments not imported, {failed} messages failed"
        );
        if failed > 0 {
            anyhow::bail!("{failed} of {seen} messages could not be imported");
        }
        Ok(())
    })
    .await
}
