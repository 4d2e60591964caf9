//! Layered configuration: documented defaults, then an optional TOML file,
//! then `OPENCOMPLAI_*` environment variables (and `DATABASE_URL`), validated
//! once at start so a bad value stops the service with a clear message.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

/// A value that must never be printed: `Debug` and `Display` show a marker.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret<T>(T);

impl<T> Secret<T> {
    pub fn new(value: T) -> Self {
        Self(value)
    }

    /// The wrapped value; call it only where the secret is used, never to log.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl<T> fmt::Display for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

/// Every setting of the service. Field names are the config-file keys; the
/// environment variable is the key upper-cased behind `OPENCOMPLAI_`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// PostgreSQL to use; unset means the embedded cluster under `data_dir`.
    /// With an owner URL beside it, the application role's.
    pub database_url: Option<Secret<String>>,
    /// The schema owner's URL on the same database, for migrations (`migrate`,
    /// and `serve`/`worker` with `auto_migrate`); unset: `database_url`'s role
    /// migrates. Ignored with the embedded cluster, which has its own.
    pub database_owner_url: Option<Secret<String>>,
    /// Embedded cluster and other local state.
    pub data_dir: PathBuf,
    /// Address the HTTP server binds.
    pub listen: SocketAddr,
    /// Directory holding `initdb` and `postgres`; found automatically if unset.
    pub pg_bin_dir: Option<PathBuf>,
    /// `DATABASE_URL` is a pooler in transaction mode (PgBouncer
    /// `pool_mode = transaction`): queries go out as unnamed statements in
    /// one round trip, and notifications are listened for on
    /// `database_listen_url`.
    pub database_transaction_pooling: bool,
    /// A direct connection to PostgreSQL (not through a pooler) for
    /// `LISTEN`; unset: `database_url`. Needed with
    /// `database_transaction_pooling`, where a pooled session does not last.
    pub database_listen_url: Option<Secret<String>>,
    /// A streaming replica of the same database, for search, the document
    /// list and stats (`db::replica`); unset: every read on `database_url`.
    pub database_read_url: Option<Secret<String>>,
    /// Reads leave a replica that has not replayed what the primary held
    /// this many milliseconds ago.
    pub database_read_max_lag_ms: u64,
    /// Largest connection pool to PostgreSQL.
    pub database_max_connections: u32,
    /// How long a request waits for a pooled connection (the database is
    /// down or every connection busy) before it is answered 503.
    pub database_acquire_timeout_secs: u64,
    /// Apply pending migrations when `serve` starts.
    pub auto_migrate: bool,
    /// Largest request body accepted outside file uploads, in bytes.
    pub max_body_bytes: usize,
    /// A request taking longer than this is answered 503 and abandoned.
    pub request_timeout_secs: u64,
    /// A client must send a request's headers within this many seconds of
    /// starting them (or of the connection going idle); else it is closed.
    pub header_read_timeout_secs: u64,
    /// A request body (an upload) that sends nothing for this many seconds
    /// is abandoned.
    pub body_read_timeout_secs: u64,
    /// On SIGINT/SIGTERM, how long in-flight requests may take to finish.
    pub shutdown_grace_secs: u64,
    /// `text` or `json`.
    pub log_format: LogFormat,
    /// A `tracing` filter such as `info` or `opencomplai=debug,info`.
    pub log_level: String,
    /// Base URL of this service as users reach it, for links in mail;
    /// defaults to `http://<listen>`.
    pub public_url: Option<String>,
    /// HS256 key for session tokens (32+ bytes); unset: generated once into
    /// `data_dir/session-signing-key`, never into the database.
    pub jwt_secret: Option<Secret<String>>,
    /// Ed25519 seed (base64 of 32 bytes) that signs audit checkpoints and
    /// erasure receipts; unset: generated once into
    /// `data_dir/audit-signing-key`, never into the database.
    pub audit_signing_key: Option<Secret<String>>,
    /// Lifetime of a session token, in seconds.
    pub jwt_expires_in_secs: u64,
    /// Lifetime of a browser session (the web app's sign-in), in seconds.
    pub web_session_ttl_secs: u64,
    /// `smtp://user:pass@host:587` or `smtps://host:465`; unset: mail goes to the log.
    pub smtp_url: Option<Secret<String>>,
    /// Sender of outgoing mail.
    pub mail_from: String,
    /// How long an email verification link stays valid, in seconds.
    pub email_token_ttl_secs: u64,
    /// Failed logins allowed per account within the window.
    pub login_max_failures_per_account: u32,
    /// Failed logins allowed per client address within the window.
    pub login_max_failures_per_address: u32,
    /// The longest failed-login lockout, in seconds: locks start at a
    /// minute and double with each further failure up to this; a key quiet
    /// this long after its lock is forgotten.
    pub login_failure_window_secs: u64,
    /// Registrations per client address per hour (each runs argon2).
    pub registrations_per_address_per_hour: u32,
    /// Event streams (Server-Sent Events) one account may hold open at once.
    pub event_streams_per_account: usize,
    /// Requests per minute per account on the free tier.
    pub rate_limit_free_per_minute: u32,
    /// Requests per minute per account on the pro tier.
    pub rate_limit_pro_per_minute: u32,
    /// Requests per minute per account on the enterprise tier.
    pub rate_limit_enterprise_per_minute: u32,
    /// Bytes of originals an account on the free tier may keep (deleted
    /// documents count until purged); 0: no limit.
    pub quota_free_stored_bytes: u64,
    /// Documents an account on the free tier may add per day (UTC); 0: no limit.
    pub quota_free_documents_per_day: u32,
    /// Reprocessing runs an account on the free tier may ask for per day; 0: no limit.
    pub quota_free_reprocess_per_day: u32,
    /// Jobs of one account on the free tier that run at once; 0: no limit.
    pub quota_free_concurrent_jobs: u32,
    pub quota_pro_concurrent_jobs: u32,
    pub quota_enterprise_concurrent_jobs: u32,
    /// The same three, pro tier.
    pub quota_pro_stored_bytes: u64,
    pub quota_pro_documents_per_day: u32,
    pub quota_pro_reprocess_per_day: u32,
    /// The same three, enterprise tier.
    pub quota_enterprise_stored_bytes: u64,
    pub quota_enterprise_documents_per_day: u32,
    pub quota_enterprise_reprocess_per_day: u32,
    /// Proxies whose `X-Forwarded-For` is believed; otherwise the peer address counts.
    pub trusted_proxies: Vec<IpAddr>,
    /// In-process workers under `serve` (0 = none); `worker` runs this many too.
    pub workers: usize,
    /// Largest accepted upload, in bytes.
    pub max_upload_bytes: u64,
    /// Keep a file an account already holds again, as a new document
    /// flagged `duplicate_of`, instead of answering with the earlier one.
    pub allow_duplicates: bool,
    /// Attempts before a document whose processing keeps failing is `failed`.
    pub job_max_attempts: u32,
    /// A claimed job's lease; a heartbeat renews it, an expired one is reclaimed.
    pub job_lease_secs: u64,
    /// Idle workers poll this often even without a notification.
    pub job_poll_interval_ms: u64,
    /// Jobs of small documents a worker claims at once (1: one at a time).
    pub job_claim_batch: u32,
    /// Wall-clock limit for extracting one document.
    pub extract_timeout_secs: u64,
    /// Memory (address space) cap for the process extracting one document, in MiB.
    pub extract_memory_mb: u64,
    /// Tesseract OCR languages joined by `+` (`eng`, `eng+deu`); empty: no OCR.
    pub ocr_languages: String,
    /// The `opencomplai` binary that extraction runs in; unset: this one.
    pub extractor_program: Option<PathBuf>,
    /// Long-lived sandboxed extractors kept for reuse, each forking a fresh
    /// child per document; 0: a new process for every document.
    pub extract_pool_size: usize,
    /// Soft-deleted documents are purged after this many days.
    pub retention_days: u32,
    /// How often the purge runs.
    pub purge_interval_secs: u64,
    /// Months after which a month's audit partition may be archived to a
    /// file and dropped (`opencomplai audit archive-partitions`); 0: never.
    pub audit_partition_archive_after_months: u32,
    /// A folder whose files are ingested for `consume_account` (see the
    /// README's "Consume folder and mail"); unset: none.
    pub consume_dir: Option<PathBuf>,
    pub consume_account: Option<String>,
    pub consume_poll_secs: f64,
    /// Default: twice `consume_poll_secs`.
    pub consume_settle_secs: Option<f64>,
    pub consume_subdirs_as_metadata: bool,
    /// Wake the consume folder on inotify too (local disks; the poll stays
    /// as the fallback).
    pub consume_inotify: bool,
    /// `imap[s]://user:password@host[:port][/folder]`; the separate
    /// `imap_*` settings override its parts.
    pub imap_url: Option<Secret<String>>,
    pub imap_host: Option<String>,
    pub imap_port: Option<u16>,
    pub imap_tls: Option<bool>,
    pub imap_username: Option<String>,
    pub imap_password: Option<Secret<String>>,
    pub imap_folder: Option<String>,
    pub imap_account: Option<String>,
    pub imap_interval_secs: f64,
    /// `seen`, `move:<folder>` or `delete`.
    pub imap_after: String,
    /// Webhook endpoints may be loopback, private or link-local addresses
    /// (the service often runs beside its receivers); false refuses them,
    /// on saving and on each delivery.
    pub webhook_allow_private: bool,
    /// The first wait before a failed webhook delivery is tried again, in
    /// milliseconds; later waits grow from it (×6, ×24, ×120, …).
    pub webhook_retry_base_ms: u64,
    /// Time limit of one webhook delivery attempt, connecting included.
    pub webhook_timeout_secs: u64,
    /// A bearer token `GET /metrics` then requires; unset, it answers
    /// anyone who reaches `listen` (loopback by default).
    pub metrics_token: Option<Secret<String>>,
    /// The sentence-embedding model for search by meaning (the files of
    /// all-MiniLM-L6-v2: `config.json`, `tokenizer.json`,
    /// `model.safetensors`; `scripts/run.sh` fetches them); unset:
    /// `data_dir/models/all-MiniLM-L6-v2`. Without them the service runs,
    /// documents get no embeddings, `mode=semantic` answers 503 and
    /// `mode=hybrid` is full text alone.
    pub embedding_model_dir: Option<PathBuf>,
    /// Memory for the window signatures of accounts of more than 10,000
    /// windows, which a search by meaning then sieves here instead of in
    /// PostgreSQL (72 bytes a window: 256 MB hold about 3.7 million); the
    /// least recently searched accounts leave first. 0: none kept.
    pub semantic_memory_mb: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: None,
            database_owner_url: None,
            data_dir: PathBuf::from("./opencomplai-data"),
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            pg_bin_dir: None,
            database_transaction_pooling: false,
            database_listen_url: None,
            database_read_url: None,
            database_read_max_lag_ms: 1000,
            // Each worker may hold one connection and its heartbeat another;
            // the rest serve HTTP requests and the notification listener.
            database_max_connections: u32::try_from(default_workers() * 2 + 10).unwrap_or(32),
            database_acquire_timeout_secs: 5,
            auto_migrate: true,
            max_body_bytes: 1024 * 1024,
            request_timeout_secs: 30,
            header_read_timeout_secs: 30,
            body_read_timeout_secs: 30,
            shutdown_grace_secs: 30,
            log_format: LogFormat::Text,
            log_level: "info".to_owned(),
            public_url: None,
            jwt_secret: None,
            audit_signing_key: None,
            jwt_expires_in_secs: 3600,
            web_session_ttl_secs: 8 * 3600,
            smtp_url: None,
            mail_from: "OpenComplai <noreply@localhost>".to_owned(),
            email_token_ttl_secs: 86_400,
            login_max_failures_per_account: 5,
            login_max_failures_per_address: 20,
            login_failure_window_secs: 900,
            registrations_per_address_per_hour: 10,
            event_streams_per_account: 8,
            rate_limit_free_per_minute: 120,
            rate_limit_pro_per_minute: 1200,
            rate_limit_enterprise_per_minute: 12_000,
            quota_free_stored_bytes: 2 * 1024 * 1024 * 1024,
            quota_free_documents_per_day: 2_000,
            quota_free_reprocess_per_day: 500,
            quota_free_concurrent_jobs: 4,
            quota_pro_concurrent_jobs: 16,
            quota_enterprise_concurrent_jobs: 0,
            quota_pro_stored_bytes: 200 * 1024 * 1024 * 1024,
            quota_pro_documents_per_day: 50_000,
            quota_pro_reprocess_per_day: 10_000,
            quota_enterprise_stored_bytes: 0,
            quota_enterprise_documents_per_day: 0,
            quota_enterprise_reprocess_per_day: 0,
            trusted_proxies: Vec::new(),
            workers: default_workers(),
            max_upload_bytes: 104_857_600,
            allow_duplicates: false,
            job_max_attempts: 5,
            job_lease_secs: 30,
            job_poll_interval_ms: 2000,
            job_claim_batch: 8,
            extract_timeout_secs: 120,
            extract_memory_mb: 2048,
            extract_pool_size: 16,
            ocr_languages: "eng".to_owned(),
            extractor_program: None,
            retention_days: 30,
            purge_interval_secs: 3600,
            audit_partition_archive_after_months: 0,
            consume_dir: None,
            consume_account: None,
            consume_poll_secs: 5.0,
            consume_settle_secs: None,
            consume_subdirs_as_metadata: false,
            consume_inotify: false,
            imap_url: None,
            imap_host: None,
            imap_port: None,
            imap_tls: None,
            imap_username: None,
            imap_password: None,
            imap_folder: None,
            imap_account: None,
            imap_interval_secs: 300.0,
            imap_after: "seen".to_owned(),
            webhook_allow_private: true,
            webhook_retry_base_ms: 5000,
            webhook_timeout_secs: 10,
            metrics_token: None,
            embedding_model_dir: None,
            semantic_memory_mb: crate::embeddings::DEFAULT_SIGNATURES_MB,
        }
    }
}

fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(2, usize::from)
}

/// Why the configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration file {0} does not exist")]
    MissingFile(PathBuf),
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

/// Every setting's key, as in the file and (upper-cased) the environment.
/// A test keeps this in step with the struct.
pub const KEYS: &[&str] = &[
    "database_url",
    "database_owner_url",
    "data_dir",
    "listen",
    "pg_bin_dir",
    "database_transaction_pooling",
    "database_listen_url",
    "database_read_url",
    "database_read_max_lag_ms",
    "database_max_connections",
    "database_acquire_timeout_secs",
    "auto_migrate",
    "max_body_bytes",
    "request_timeout_secs",
    "header_read_timeout_secs",
    "body_read_timeout_secs",
    "shutdown_grace_secs",
    "log_format",
    "log_level",
    "public_url",
    "jwt_secret",
    "audit_signing_key",
    "jwt_expires_in_secs",
    "web_session_ttl_secs",
    "smtp_url",
    "mail_from",
    "email_token_ttl_secs",
    "login_max_failures_per_account",
    "login_max_failures_per_address",
    "login_failure_window_secs",
    "registrations_per_address_per_hour",
    "event_streams_per_account",
    "rate_limit_free_per_minute",
    "rate_limit_pro_per_minute",
    "rate_limit_enterprise_per_minute",
    "quota_free_stored_bytes",
    "quota_free_documents_per_day",
    "quota_free_reprocess_per_day",
    "quota_free_concurrent_jobs",
    "quota_pro_concurrent_jobs",
    "quota_enterprise_concurrent_jobs",
    "quota_pro_stored_bytes",
    "quota_pro_documents_per_day",
    "quota_pro_reprocess_per_day",
    "quota_enterprise_stored_bytes",
    "quota_enterprise_documents_per_day",
    "quota_enterprise_reprocess_per_day",
    "trusted_proxies",
    "workers",
    "max_upload_bytes",
    "allow_duplicates",
    "job_max_attempts",
    "job_lease_secs",
    "job_poll_interval_ms",
    "job_claim_batch",
    "extract_timeout_secs",
    "extract_memory_mb",
    "ocr_languages",
    "extractor_program",
    "extract_pool_size",
    "retention_days",
    "purge_interval_secs",
    "audit_partition_archive_after_months",
    "consume_dir",
    "consume_account",
    "consume_poll_secs",
    "consume_settle_secs",
    "consume_subdirs_as_metadata",
    "consume_inotify",
    "imap_url",
    "imap_host",
    "imap_port",
    "imap_tls",
    "imap_username",
    "imap_password",
    "imap_folder",
    "imap_account",
    "imap_interval_secs",
    "imap_after",
    "webhook_allow_private",
    "webhook_retry_base_ms",
    "webhook_timeout_secs",
    "metrics_token",
    "embedding_model_dir",
    "semantic_memory_mb",
];

impl Config {
    /// Loads defaults, then `file` (if given), then the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut figment = Figment::new();
        if let Some(path) = file {
            if !path.is_file() {
                return Err(ConfigError::MissingFile(path.to_owned()));
            }
            figment = figment.merge(Toml::file_exact(path));
        }
        // Other OPENCOMPLAI_* variables (OPENCOMPLAI_CONFIG, a future
        // release's keys) are not settings here; only the file is strict.
        let prefixed = Env::prefixed("OPENCOMPLAI_")
            .filter(|key| KEYS.iter().any(|k| key.as_str().eq_ignore_ascii_case(k)));
        figment = figment.merge(prefixed).merge(Env::raw().only(&[
            "DATABASE_URL",
            "DATABASE_OWNER_URL",
            "DATABASE_LISTEN_URL",
            "DATABASE_READ_URL",
        ]));
        let config: Config = figment
            .extract()
            .map_err(|e| ConfigError::Invalid(describe(e)))?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let bad = |msg: &str| Err(ConfigError::Invalid(msg.to_owned()));
        for (setting, name) in [
            (&self.database_url, "DATABASE_URL"),
            (&self.database_owner_url, "DATABASE_OWNER_URL"),
            (&self.database_listen_url, "DATABASE_LISTEN_URL"),
            (&self.database_read_url, "DATABASE_READ_URL"),
        ] {
            let Some(url) = setting else { continue };
            let url = url.expose();
            if url.is_empty() {
                // An empty DATABASE_URL means "not set", as shells often export it so.
            } else if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
                return bad(&format!(
                    "{name} must start with postgres:// or postgresql://"
                ));
            } else if url::Url::parse(url).is_err()
                || url.parse::<sqlx::postgres::PgConnectOptions>().is_err()
            {
                return bad(&format!("{name} is not a valid PostgreSQL URL"));
            }
        }
        if self.external_database_url().is_none() && self.database_owner_url().is_some() {
            return bad(
                "DATABASE_OWNER_URL (database_owner_url) is set without DATABASE_URL: the \
                 embedded database has its own owner; set both, or neither",
            );
        }
        if self.external_database_url().is_none() && self.database_read_url().is_some() {
            return bad(
                "DATABASE_READ_URL (database_read_url) is set without DATABASE_URL: a replica \
                 streams from a primary of your own, not from the embedded database",
            );
        }
        if self.database_transaction_pooling {
            if self.external_database_url().is_none() {
                return bad(
                    "database_transaction_pooling (OPENCOMPLAI_DATABASE_TRANSACTION_POOLING) \
                     needs DATABASE_URL pointing at the pooler; the embedded database is \
                     reached directly",
                );
            }
            if self.database_listen_url().is_none() {
                return bad(
                    "database_transaction_pooling (OPENCOMPLAI_DATABASE_TRANSACTION_POOLING) \
                     needs DATABASE_LISTEN_URL, a direct connection to PostgreSQL for LISTEN: \
                     a pooler in transaction mode does not keep a session to deliver \
                     notifications to",
                );
            }
        }
        if let Some(token) = &self.metrics_token
            && !token.expose().is_empty()
            && token.expose().len() < 16
        {
            return bad("metrics_token (OPENCOMPLAI_METRICS_TOKEN) must be at least 16 characters");
        }
        if self.data_dir.as_os_str().is_empty() {
            return bad("data_dir (OPENCOMPLAI_DATA_DIR) must not be empty");
        }
        if self.database_max_connections == 0 {
            return bad(
                "database_max_connections (OPENCOMPLAI_DATABASE_MAX_CONNECTIONS) must be at least 1",
            );
        }
        if self.database_acquire_timeout_secs == 0 {
            return bad(
                "database_acquire_timeout_secs (OPENCOMPLAI_DATABASE_ACQUIRE_TIMEOUT_SECS) must be at least 1",
            );
        }
        if self.max_body_bytes < 1024 {
            return bad("max_body_bytes (OPENCOMPLAI_MAX_BODY_BYTES) must be at least 1024");
        }
        if self.header_read_timeout_secs == 0 || self.body_read_timeout_secs == 0 {
            return bad("header_read_timeout_secs and body_read_timeout_secs must be at least 1");
        }
        if self.event_streams_per_account == 0 {
            return bad("event_streams_per_account must be at least 1");
        }
        if self.request_timeout_secs == 0 {
            return bad(
                "request_timeout_secs (OPENCOMPLAI_REQUEST_TIMEOUT_SECS) must be at least 1",
            );
        }
        if self
            .jwt_secret
            .as_ref()
            .is_some_and(|s| s.expose().len() < 32)
        {
            return bad("jwt_secret (OPENCOMPLAI_JWT_SECRET) must be at least 32 bytes");
        }
        if self.jwt_expires_in_secs == 0 {
            return bad("jwt_expires_in_secs (OPENCOMPLAI_JWT_EXPIRES_IN_SECS) must be at least 1");
        }
        if self.web_session_ttl_secs < 60 {
            return bad(
                "web_session_ttl_secs (OPENCOMPLAI_WEB_SESSION_TTL_SECS) must be at least 60",
            );
        }
        if let Some(url) = &self.public_url
            && url::Url::parse(url).is_err()
        {
            return bad("public_url (OPENCOMPLAI_PUBLIC_URL) is not a valid URL");
        }
        if self.mail_from.parse::<lettre::message::Mailbox>().is_err() {
            return bad("mail_from (OPENCOMPLAI_MAIL_FROM) is not a valid address");
        }
        let limits = [
            self.login_max_failures_per_account,
            self.login_max_failures_per_address,
            self.registrations_per_address_per_hour,
            self.rate_limit_free_per_minute,
            self.rate_limit_pro_per_minute,
            self.rate_limit_enterprise_per_minute,
        ];
        if limits.contains(&0) || self.login_failure_window_secs == 0 {
            return bad("login and rate limits must be at least 1");
        }
        if self.max_upload_bytes == 0 {
            return bad("max_upload_bytes (OPENCOMPLAI_MAX_UPLOAD_BYTES) must be at least 1");
        }
        if self.job_max_attempts == 0 || self.job_lease_secs < 3 || self.job_poll_interval_ms < 10 {
            return bad(
                "job_max_attempts must be at least 1, job_lease_secs at least 3, job_poll_interval_ms at least 10",
            );
        }
        if self.extract_timeout_secs == 0 || self.purge_interval_secs == 0 {
            return bad("extract_timeout_secs and purge_interval_secs must be at least 1");
        }
        if self.webhook_retry_base_ms < 10 || self.webhook_timeout_secs == 0 {
            return bad(
                "webhook_retry_base_ms must be at least 10, webhook_timeout_secs at least 1",
            );
        }
        if self.extract_memory_mb < 256 {
            return bad("extract_memory_mb (OPENCOMPLAI_EXTRACT_MEMORY_MB) must be at least 256");
        }
        if !self.ocr_languages.is_empty()
            && !opencomplai_extract::valid_ocr_languages(&self.ocr_languages)
        {
            return bad(
                "ocr_languages (OPENCOMPLAI_OCR_LANGUAGES) must be Tesseract codes joined by +, e.g. eng+deu",
            );
        }
        crate::arrivals::settings::validate(self).map_err(ConfigError::Invalid)?;
        if tracing_subscriber::EnvFilter::try_new(&self.log_level).is_err() {
            return bad("log_level (OPENCOMPLAI_LOG_LEVEL) is not a valid filter, e.g. `info`");
        }
        Ok(())
    }

    /// Where the embedding model is read from: `embedding_model_dir`, or
    /// `data_dir/models/all-MiniLM-L6-v2`.
    pub fn embedding_model_dir(&self) -> PathBuf {
        self.embedding_model_dir
            .clone()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or_else(|| self.data_dir.join("models").join("all-MiniLM-L6-v2"))
    }

    /// The external database URL, unless unset or empty (embedded mode).
    pub fn external_database_url(&self) -> Option<&str> {
        self.database_url
            .as_ref()
            .map(|s| s.expose().as_str())
            .filter(|s| !s.is_empty())
    }

    /// The schema owner's URL for migrations, unless unset or empty.
    pub fn database_owner_url(&self) -> Option<&str> {
        self.database_owner_url
            .as_ref()
            .map(|s| s.expose().as_str())
            .filter(|s| !s.is_empty())
    }

    /// Where to `LISTEN` from, if not the pool's own server.
    pub fn database_listen_url(&self) -> Option<&str> {
        self.database_listen_url
            .as_ref()
            .map(|s| s.expose().as_str())
            .filter(|s| !s.is_empty())
    }

    /// The read replica's URL, unless unset or empty.
    pub fn database_read_url(&self) -> Option<&str> {
        self.database_read_url
            .as_ref()
            .map(|s| s.expose().as_str())
            .filter(|s| !s.is_empty())
    }

    pub fn header_read_timeout(&self) -> Duration {
        Duration::from_secs(self.header_read_timeout_secs)
    }

    pub fn body_read_timeout(&self) -> Duration {
        Duration::from_secs(self.body_read_timeout_secs)
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout_secs)
    }

    /// Where users reach this service, without a trailing slash.
    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.listen))
            .trim_end_matches('/')
            .to_owned()
    }

    pub fn shutdown_grace(&self) -> Duration {
        Duration::from_secs(self.shutdown_grace_secs)
    }
}

/// Turns figment's error into one line naming the setting, never its value
/// when that value may be a secret.
fn describe(error: figment::Error) -> String {
    let mut parts = Vec::new();
    for e in error {
        let key = e.path.join(".");
        let what = match &e.kind {
            figment::error::Kind::UnknownField(field, _) => {
                format!("unknown setting `{field}`")
            }
            figment::error::Kind::InvalidType(actual, expected)
                if key == "database_url"
                    || key == "database_owner_url"
                    || key == "database_listen_url"
                    || key == "database_read_url"
                    || key == "metrics_token" =>
            {
                format!("{key}: expected {expected}, found {actual}")
            }
            kind => {
                if key.is_empty() {
                    kind.to_string()
                } else {
                    format!("{key}: {kind}")
                }
            }
        };
        let source = e
            .metadata
            .as_ref()
            .map(|m| format!(" (from {})", m.name))
            .unwrap_or_default();
        parts.push(format!("{what}{source}"));
    }
    parts.join("; ")
}

/// The URL with its password replaced, fit for logs.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("***"));
            }
            if parsed
                .query_pairs()
                .any(|(k, _)| k.eq_ignore_ascii_case("password"))
            {
                let pairs: Vec<(String, String)> = parsed
                    .query_pairs()
                    .map(|(k, v)| {
                        let v = if k.eq_ignore_ascii_case("password") {
                            "***".into()
                        } else {
                            v.into_owned()
                        };
                        (k.into_owned(), v)
                    })
                    .collect();
                parsed.query_pairs_mut().clear().extend_pairs(pairs);
            }
            parsed.to_string()
        }
        Err(_) => "[unparseable url]".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use figment::Jail;

    /// Loads inside a figment `Jail`: a private working directory and an
    /// environment emptied first (the caller's `DATABASE_URL` or
    /// `OPENCOMPLAI_*` must not leak in) and restored afterwards, serialised
    /// across tests.
    #[allow(clippy::result_large_err)] // figment's own error type, in tests only
    fn load(file: Option<&str>, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let mut out = None;
        Jail::expect_with(|jail| {
            jail.clear_env();
            for (k, v) in env {
                jail.set_env(k, v);
            }
            if let Some(text) = file {
                jail.create_file("opencomplai.toml", text)?;
            }
            let path = file.map(|_| Path::new("opencomplai.toml"));
            out = Some(Config::load(path));
            Ok(())
        });
        out.expect("load ran")
    }

    #[test]
    fn defaults_match_the_documented_ones() {
        let c = load(None, &[]).expect("defaults are valid");
        assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(c.data_dir, PathBuf::from("./opencomplai-data"));
        assert!(c.external_database_url().is_none());
        assert_eq!(c.max_body_bytes, 1_048_576);
    }

    #[test]
    fn environment_overrides_the_file() {
        let file = "listen = \"127.0.0.1:9000\"\nrequest_timeout_secs = 5\n";
        let c = load(Some(file), &[("OPENCOMPLAI_LISTEN", "0.0.0.0:7000")]).expect("valid");
        assert_eq!(c.listen.to_string(), "0.0.0.0:7000");
        assert_eq!(c.request_timeout_secs, 5);
    }

    #[test]
    fn a_bad_value_is_named_in_the_error() {
        let err = load(None, &[("OPENCOMPLAI_LISTEN", "not-an-address")]).expect_err("fails");
        let msg = err.to_string();
        assert!(msg.contains("listen"), "{msg}");
    }

    #[test]
    fn an_unknown_key_in_the_file_is_rejected() {
        let err = load(Some("lisen = \"127.0.0.1:9000\"\n"), &[]).expect_err("fails");
        assert!(err.to_string().contains("unknown setting `lisen`"), "{err}");
    }

    #[test]
    fn a_missing_config_file_is_an_error() {
        let err =
            Config::load(Some(Path::new("/nonexistent/opencomplai.toml"))).expect_err("fails");
        assert!(matches!(err, ConfigError::MissingFile(_)));
    }

    #[test]
    fn the_database_password_never_shows_in_debug_output() {
        let url = "postgres://app:hunter2-very-secret@db.example/oc";
        let c = load(None, &[("DATABASE_URL", url)]).expect("valid");
        let printed = format!("{c:?}");
        assert!(!printed.contains("hunter2"), "{printed}");
        assert_eq!(c.external_database_url(), Some(url));
        assert!(!redact_url(url).contains("hunter2"));
    }

    #[test]
    fn keys_match_the_settings_and_unknown_environment_variables_are_ignored() {
        let printed = format!("{:?}", Config::default());
        let fields: Vec<&str> = printed
            .split(['{', ',', ' '])
            .filter_map(|part| part.strip_suffix(':'))
            .collect();
        assert_eq!(fields, KEYS, "KEYS lists every field, in order");
        let c = load(
            None,
            &[
                ("OPENCOMPLAI_SOMETHING_NEWER", "1"),
                ("OPENCOMPLAI_WORKERS", "3"),
            ],
        )
        .expect("valid");
        assert_eq!(c.workers, 3);
    }

    #[test]
    fn transaction_pooling_needs_a_direct_url_for_listen_and_a_valid_metrics_token() {
        let pooler = "postgres://app:pw@127.0.0.1:6432/oc";
        let err = load(
            None,
            &[
                ("DATABASE_URL", pooler),
                ("OPENCOMPLAI_DATABASE_TRANSACTION_POOLING", "true"),
            ],
        )
        .expect_err("refused");
        assert!(err.to_string().contains("DATABASE_LISTEN_URL"), "{err}");
        let c = load(
            None,
            &[
                ("DATABASE_URL", pooler),
                ("DATABASE_LISTEN_URL", "postgres://app:pw@127.0.0.1:5432/oc"),
                ("OPENCOMPLAI_DATABASE_TRANSACTION_POOLING", "true"),
            ],
        )
        .expect("valid");
        assert!(c.database_transaction_pooling);
        assert!(!format!("{c:?}").contains("pw@"));
        let err = load(None, &[("OPENCOMPLAI_METRICS_TOKEN", "short")]).expect_err("refused");
        assert!(err.to_string().contains("metrics_token"), "{err}");
    }

    #[test]
    fn a_password_in_the_query_string_is_redacted_too() {
        let shown = redact_url("postgres://db.example/oc?user=app&password=hunter2");
        assert!(
            !shown.contains("hunter2") && shown.contains("user=app"),
            "{shown}"
        );
    }

    #[test]
    fn the_owner_url_is_read_from_its_variable_and_never_printed() {
        let app = "postgres://opencomplai_app:app-secret@db.example/oc";
        let owner = "postgres://owner:owner-secret@db.example/oc";
        let c = load(
            None,
            &[("DATABASE_URL", app), ("DATABASE_OWNER_URL", owner)],
        )
        .expect("valid");
        assert_eq!(c.database_owner_url(), Some(owner));
        assert!(!format!("{c:?}").contains("owner-secret"));
        let err = load(None, &[("DATABASE_OWNER_URL", owner)]).expect_err("needs DATABASE_URL");
        assert!(err.to_string().contains("DATABASE_OWNER_URL"), "{err}");
    }

    #[test]
    fn the_read_url_is_read_from_its_variable_checked_and_never_printed() {
        let app = "postgres://opencomplai_app:app-secret@db.example/oc";
        let read = "postgres://opencomplai_app:replica-secret@replica.example/oc";
        let c = load(None, &[("DATABASE_URL", app), ("DATABASE_READ_URL", read)]).expect("valid");
        assert_eq!(c.database_read_url(), Some(read));
        assert_eq!(c.database_read_max_lag_ms, 1000);
        assert!(!format!("{c:?}").contains("replica-secret"));
        let err = load(None, &[("DATABASE_READ_URL", read)]).expect_err("needs DATABASE_URL");
        assert!(err.to_string().contains("DATABASE_READ_URL"), "{err}");
        let err = load(
            None,
            &[
                ("DATABASE_URL", app),
                ("DATABASE_READ_URL", "mysql://x@y/z"),
            ],
        )
        .expect_err("not PostgreSQL");
        assert!(err.to_string().contains("DATABASE_READ_URL"), "{err}");
    }

    #[test]
    fn a_database_url_of_another_scheme_is_rejected() {
        let err = load(None, &[("DATABASE_URL", "mysql://root@localhost/x")]).expect_err("fails");
        assert!(err.to_string().contains("postgres://"), "{err}");
    }
}
