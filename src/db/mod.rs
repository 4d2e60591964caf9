//! The database: connecting to the configured PostgreSQL or starting the
//! embedded one, and the migrations that give it our schema.

pub mod embedded;
pub mod migrate;

use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, PgPool};

use crate::config::{Config, redact_url};
use embedded::EmbeddedPostgres;

/// The connection pool every part of the service shares (the HTTP layer
/// holds it without knowing what is behind it).
pub type Pool = PgPool;

/// How long start-up keeps retrying an external database that is not up yet.
const CONNECT_PATIENCE: Duration = Duration::from_secs(30);

/// The pool, and the embedded server behind it when we own one.
#[derive(Debug)]
pub struct Database {
    pub pool: PgPool,
    embedded: Option<EmbeddedPostgres>,
}

impl Database {
    /// Connects to `DATABASE_URL`, or starts the embedded cluster.
    pub async fn open(config: &Config) -> anyhow::Result<Self> {
        let (options, embedded) = match config.external_database_url() {
            Some(url) => {
                tracing::info!(database = %redact_url(url), "using the configured PostgreSQL");
                let options = PgConnectOptions::from_str(url)
                    .context("DATABASE_URL is not a valid PostgreSQL URL")?;
                (options, None)
            }
            None => {
                let pg =
                    EmbeddedPostgres::start(&config.data_dir, config.pg_bin_dir.as_deref()).await?;
                tracing::info!(cluster = %pg.cluster_dir().display(), "using the embedded PostgreSQL");
                (pg.connect_options(), Some(pg))
            }
        };
        let acquire = Duration::from_secs(config.database_acquire_timeout_secs);
        let pool = connect_with_patience(options, config.database_max_connections, acquire).await?;
        Ok(Self { pool, embedded })
    }

    /// Closes the pool, then stops the embedded server if we own it.
    pub async fn close(self) -> anyhow::Result<()> {
        self.pool.close().await;
        if let Some(pg) = self.embedded {
            pg.stop().await?;
        }
        Ok(())
    }
}

/// Builds a pool with the service's settings.
pub fn pool_options(max_connections: u32, acquire_timeout: Duration) -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(acquire_timeout)
}

async fn connect_with_patience(
    options: PgConnectOptions,
    max_connections: u32,
    acquire_timeout: Duration,
) -> anyhow::Result<PgPool> {
    let options =
        options.log_slow_statements(tracing::log::LevelFilter::Warn, Duration::from_secs(1));
    let deadline = Instant::now() + CONNECT_PATIENCE;
    let mut wait = Duration::from_millis(200);
    loop {
        match pool_options(max_connections, acquire_timeout)
            .connect_with(options.clone())
            .await
        {
            Ok(pool) => return Ok(pool),
            Err(e) if Instant::now() < deadline => {
                tracing::warn!(error = %e, retry_in_ms = wait.as_millis() as u64, "database not reachable yet");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(5));
            }
            Err(e) => {
                return Err(e).context(format!(
                    "could not connect to PostgreSQL within {} s",
                    CONNECT_PATIENCE.as_secs()
                ));
            }
        }
    }
}
