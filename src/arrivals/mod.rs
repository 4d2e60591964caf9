//! Documents that arrive without a client: files dropped in the consume
//! folder (`consume`), and mail, from an mbox file (`mbox`) or an IMAP
//! mailbox (`imap`), both turned into documents by `mail`. Each arrival
//! goes through `documents::create::upload` like an upload, audited, for
//! the configured account, with a key of its origin that makes taking it
//! twice impossible (see `documents::arrived`).

pub mod consume;
pub mod imap;
pub mod mail;
pub mod mbox;
pub mod settings;
pub mod watch;

use bytes::Bytes;
use serde_json::Value;
use sqlx::PgPool;
use uuid::Uuid;

use crate::audit::{Actor, RequestContext};
use crate::auth::users;
use crate::config::Config;
use crate::documents::create::{self, Origin, UploadFields};
use crate::documents::files::{self, ByteStream, Staged};
use crate::documents::idempotency::Made;
use crate::documents::quota::Quota;
use crate::documents::{self, arrived};

/// Starts the consume folder and the IMAP fetcher, those configured, on
/// `tasks` (under `serve`).
pub fn spawn(
    tasks: &mut tokio::task::JoinSet<()>,
    pool: &PgPool,
    config: &Config,
    stopped: &tokio::sync::watch::Receiver<bool>,
) {
    let shared = std::sync::Arc::new(config.clone());
    // Checked when the configuration loaded; a config built in code (the
    // tests) that fails here is said so rather than ignored.
    match settings::consume(config) {
        Ok(Some(consume)) => {
            tasks.spawn(consume::run(
                pool.clone(),
                std::sync::Arc::clone(&shared),
                consume,
                stopped.clone(),
            ));
        }
        Ok(None) => {}
        Err(e) => tracing::error!(error = %e, "consume folder not started"),
    }
    match settings::imap(config) {
        Ok(Some(imap)) => {
            tasks.spawn(imap::run(pool.clone(), shared, imap, stopped.clone()));
        }
        Ok(None) => {}
        Err(e) => tracing::error!(error = %e, "IMAP fetcher not started"),
    }
}

/// The account arrivals go to, acting through an importer.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub actor: Actor,
    pub quota: Quota,
    pub max_upload_bytes: u64,
    pub max_attempts: u32,
    /// `allow_duplicates`: a file the account already holds becomes a
    /// document again (flagged), instead of being known as that one.
    pub allow_duplicates: bool,
}

/// Why an account cannot take arrivals.
#[derive(Debug, thiserror::Error)]
pub enum RecipientError {
    #[error("no active account with email {0}")]
    NoAccount(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl Recipient {
    /// The live account with `email`, acting as `importer` (the audit rows'
    /// user agent: `opencomplai-consume`, `opencomplai-imap`, ...).
    pub async fn find(
        pool: &PgPool,
        config: &Config,
        email: &str,
        importer: &str,
    ) -> Result<Self, RecipientError> {
        let email = email.trim().to_lowercase();
        let shown = bounded(&email, 320);
        let mut conn = pool.acquire().await?;
        let user = users::by_email(&mut conn, &email)
            .await?
            .filter(|u| u.deleted_at.is_none() && u.is_active != Some(false))
            .ok_or(RecipientError::NoAccount(shown))?;
        let context = RequestContext {
            user_agent: Some(importer.to_owned()),
            ..RequestContext::default()
        };
        Ok(Self {
            actor: Actor::new(user.id, context),
            quota: Quota::of(config, user.effective_tier()),
            max_upload_bytes: config.max_upload_bytes,
            max_attempts: config.job_max_attempts,
            allow_duplicates: config.allow_duplicates,
        })
    }
}

/// What became of one arrival.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A new document.
    Created(Uuid),
    /// Taken before (an earlier pass, a crash before the file moved, the
    /// same message from another mailbox): nothing new.
    Known(Uuid),
}

impl Outcome {
    pub fn id(self) -> Uuid {
        match self {
            Self::Created(id) | Self::Known(id) => id,
        }
    }
}

/// A staged file as a document of `origin` with arrival key `key`, unless
/// the account already has that key (then the staged file is dropped).
pub async fn commit(
    pool: &PgPool,
    to: &Recipient,
    staged: &Staged,
    key: String,
    origin: Origin,
    mut fields: UploadFields,
) -> documents::Result<Outcome> {
    if let Some(id) = arrived::by_key(pool, to.actor.user_id, origin, &key).await? {
        create::discard(pool, staged).await;
        return Ok(Outcome::Known(id));
    }
    fields.origin = origin;
    fields.external_id = Some(key.clone());
    let intake = create::Intake {
        quota: to.quota,
        max_attempts: to.max_attempts,
        max_upload_bytes: to.max_upload_bytes,
        allow_duplicates: to.allow_duplicates,
    };
    match create::upload(pool, &to.actor, staged, fields, intake, None).await {
        // The account already held this very file: that document it is.
        Ok(Made::New(made)) if made.existing => Ok(Outcome::Known(made.document.id)),
        Ok(Made::New(made)) => Ok(Outcome::Created(made.document.id)),
        Ok(Made::Replay(_)) => Err(documents::Error::Conflict(
            "an arrival was answered as a replay, which only keyed requests are".into(),
        )),
        Err(e) if arrived::is_taken(&e) => {
            match arrived::by_key(pool, to.actor.user_id, origin, &key).await? {
                Some(id) => Ok(Outcome::Known(id)),
                None => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

/// Stages bytes held in memory (a message, an attachment).
pub async fn stage_bytes(
    pool: &PgPool,
    to: &Recipient,
    name: &str,
    bytes: Bytes,
) -> documents::Result<Staged> {
    let body: ByteStream<'_> = Box::pin(futures_util::stream::once(async move { Ok(bytes) }));
    files::stage(
        pool,
        to.actor.user_id,
        Some(name),
        body,
        to.max_upload_bytes,
        files::Archives::Refuse,
    )
    .await
}

/// The SHA-256 of `parts` joined by NUL, in hex: an arrival key.
pub fn key_of(parts: &[&[u8]]) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            hash.update([0]);
        }
        hash.update(part);
    }
    crate::auth::tokens::hex(&hash.finalize())
}

/// At most `max` characters of `s`, control characters dropped: what an
/// outside string may be before it is stored, logged or audited.
pub fn bounded(s: &str, max: usize) -> String {
    s.chars()
        .filter(|c| !c.is_control())
        .take(max)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A JSON string of at most `max` characters, or null when empty.
fn text_value(s: Option<&str>, max: usize) -> Value {
    match s.map(|s| bounded(s, max)).filter(|s| !s.is_empty()) {
        Some(s) => Value::String(s),
        None => Value::Null,
    }
}
