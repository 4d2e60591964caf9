//! Structured logs through `tracing`: human-readable text by default, one
//! JSON object per line when configured; and the id of the request being
//! served, visible to everything that runs for it (error envelopes, logs).

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt;
use tracing_subscriber::prelude::*;

use crate::config::LogFormat;

tokio::task_local! {
    static REQUEST_ID: uuid::Uuid;
}

/// The id of the request being served, if called within one.
pub fn current_request_id() -> Option<uuid::Uuid> {
    REQUEST_ID.try_with(|id| *id).ok()
}

/// Runs `work` as request `id`: [`current_request_id`] answers `id` inside.
pub async fn with_request_id<F: std::future::Future>(id: uuid::Uuid, work: F) -> F::Output {
    REQUEST_ID.scope(id, work).await
}

/// Installs the global subscriber, writing to standard error (standard
/// output is for command results); `RUST_LOG`, when set, wins over `level`.
pub fn init(format: LogFormat, level: &str) {
    // PostgreSQL's notices ("relation already exists, skipping") are noise.
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(format!("{level},sqlx::postgres::notice=warn")))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let registry = tracing_subscriber::registry().with(filter);
    let result = match format {
        LogFormat::Json => registry
            .with(
                fmt::layer()
                    .json()
                    .flatten_event(true)
                    .with_current_span(true)
                    .with_span_list(false)
                    .with_writer(std::io::stderr),
            )
            .try_init(),
        LogFormat::Text => registry
            .with(
                fmt::layer()
                    .with_target(false)
                    .with_ansi(std::io::stderr().is_terminal())
                    .with_writer(std::io::stderr),
            )
            .try_init(),
    };
    // A second init (tests building several apps) keeps the first subscriber.
    let _ = result;
}
