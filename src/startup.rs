//! Building and running the application; `serve` and the tests start the
//! very same thing.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::auth::tokens::SessionKeys;
use crate::config::Config;
use crate::db::{Database, migrate};
use crate::http::{self, AppState, AuthServices};

/// A bound, migrated, ready-to-run service.
pub struct Application {
    listener: TcpListener,
    state: AppState,
    db: Database,
}

impl Application {
    /// Opens the database (starting the embedded one if configured so),
    /// applies pending migrations when `auto_migrate` is on, and binds.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let db = Database::open(&config).await?;
        if config.auto_migrate {
            migrate::run(&db.pool)
                .await
                .context("applying database migrations")?;
        }
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("binding {}", config.listen))?;
        let ttl = Duration::from_secs(config.jwt_expires_in_secs);
        let jwt_secret = config.jwt_secret.as_ref().map(|s| s.expose().as_str());
        let sessions = SessionKeys::load(&db.pool, jwt_secret, ttl)
            .await
            .context("loading the session signing key")?;
        let auth = AuthServices::new(&config, sessions)?;
        let state = AppState {
            pool: db.pool.clone(),
            config: Arc::new(config),
            auth: Arc::new(auth),
        };
        Ok(Self {
            listener,
            state,
            db,
        })
    }

    pub fn local_addr(&self) -> anyhow::Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    pub fn pool(&self) -> &sqlx::PgPool {
        &self.state.pool
    }

    /// Serves until `shutdown` resolves, then lets in-flight requests finish
    /// (for at most the configured grace period) and closes the database.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let addr = self.local_addr()?;
        let grace = self.state.config.shutdown_grace();
        tracing::info!(url = %format!("http://{addr}"), "OpenComplai is listening");
        let (stopping_tx, mut stopping_rx) = tokio::sync::watch::channel(false);
        let app = http::app(self.state);
        let server = axum::serve(
            self.listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            shutdown.await;
            tracing::info!("shutting down: finishing in-flight requests");
            let _ = stopping_tx.send(true);
        });
        let overdue = async move {
            let _ = stopping_rx.wait_for(|stopping| *stopping).await;
            tokio::time::sleep(grace).await;
        };
        tokio::select! {
            result = server => result.context("serving HTTP")?,
            () = overdue => tracing::warn!(grace_secs = grace.as_secs(), "in-flight requests still running after the grace period; stopping anyway"),
        }
        self.db.close().await?;
        tracing::info!("shutdown complete");
        Ok(())
    }
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = match signal(SignalKind::terminate()) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "cannot listen for SIGTERM");
            let _ = tokio::signal::ctrl_c().await;
            return;
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = term.recv() => {},
    }
}
