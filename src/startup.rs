//! Building and running the application; `serve` and the tests start the
//! very same thing.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::audit::keys::SigningKeys;
use crate::auth::AuthServices;
use crate::auth::tokens::SessionKeys;
use crate::config::Config;
use crate::db::Database;
use crate::db::replica::{Fences, Reads};
use crate::documents::pictures::Pictures;
use crate::documents::redaction::Redactor;
use crate::embeddings::Embeddings;
use crate::http::{self, AppState};
use crate::jobs::events::{self, Hub};
use crate::jobs::maintenance;
use crate::jobs::pipeline::Settings;
use crate::sandbox::Sandbox;

use crate::compliance::runner::Runner;
use crate::jobs::worker::{self, WorkerConfig};
use opencomplai_extract::Limits;
use sqlx::PgPool;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// Pages of originals drawn for the web app at once: one a core, so a
/// document of twenty pages leaves room for the workers.
const PICTURES_AT_ONCE: usize = 2;

/// Originals redacted at once: one, as a long scan read by OCR holds a
/// core for a minute, and the workers need the other.
const REDACTIONS_AT_ONCE: usize = 1;

/// A bound, migrated, ready-to-run service.
pub struct Application {
    listener: TcpListener,
    state: AppState,
    db: Database,
    background: Background,
}

/// What `serve` runs beside the workers: the audit sealer (with the key
/// that signs checkpoints), the periodic maintenance, and the runner of
/// subject requests.
pub struct Upkeep {
    pub keys: Arc<SigningKeys>,
    pub subjects: Arc<Runner>,
}

/// The tasks beside the HTTP server: the notification listener, the
/// workers, and (under `serve`) the periodic maintenance.
pub struct Background {
    stop: watch::Sender<bool>,
    tasks: JoinSet<()>,
}

impl Background {
    /// Starts the listener and `config.workers` workers; with `upkeep`, the
    /// maintenance (retention, abandoned uploads, expired archives), the
    /// audit sealer, the subject-request runner and the webhook deliverer
    /// too.
    /// Workers embed completed documents with `embeddings` (shared with
    /// search in `serve`: one model per process).
    pub fn start(
        pool: &PgPool,
        hub: &Arc<Hub>,
        config: &Config,
        embeddings: &Embeddings,
        upkeep: Option<Upkeep>,
    ) -> Self {
        let (stop, stopped) = watch::channel(false);
        let mut tasks = JoinSet::new();
        // Every task runs directly on this set, so stopping or aborting the
        // set reaches each of them.
        // Behind a transaction pooler, LISTEN needs a session of its own
        // (validated at start: `database_listen_url` is then set).
        let listen = config
            .database_listen_url()
            .and_then(|url| url.parse::<sqlx::postgres::PgConnectOptions>().ok())
            .unwrap_or_else(|| (*pool.connect_options()).clone());
        // (A listen URL that does not parse was refused when the
        // configuration loaded.)
        tasks.spawn(events::listen(listen, Arc::clone(hub), stopped.clone()));
        if config.workers > 0 {
            tracing::info!(
                sandbox = %crate::sandbox::Support::get().describe(),
                "extraction sandbox"
            );
        }
        let worker_config = WorkerConfig {
            caps: crate::queue::RunningCaps {
                free: config.quota_free_concurrent_jobs,
                pro: config.quota_pro_concurrent_jobs,
                enterprise: config.quota_enterprise_concurrent_jobs,
            },
            lease: Duration::from_secs(config.job_lease_secs),
            poll_interval: Duration::from_millis(config.job_poll_interval_ms),
            batch: config.job_claim_batch.max(1),
            pipeline: Settings {
                sandbox: Sandbox::from_config(config),
                limits: Limits {
                    ocr_languages: config.ocr_languages.clone(),
                    ..Limits::default()
                },
                embeddings: embeddings.clone(),
            },
        };
        if config.workers > 0 {
            // Scanning the temp directory (and removing what dead workers
            // left there) is file-system work: off the runtime, not in the
            // way of start-up.
            tasks.spawn_blocking(|| {
                let swept = crate::sandbox::sweep_orphans(&std::env::temp_dir());
                if swept > 0 {
                    tracing::info!(
                        swept,
                        "removed extraction directories left by workers that were killed"
                    );
                }
            });
            // The analyzer loads its dictionaries, tokenizer and language
            // models once (about a second); do it now rather than in the
            // first document.
            tasks.spawn_blocking(opencomplai_analyze::warm_up);
            // Documents completed while there was no model get their
            // vectors in the background.
            tasks.spawn(crate::embeddings::catch_up(
                pool.clone(),
                embeddings.clone(),
                stopped.clone(),
            ));
        }
        worker::spawn(
            &mut tasks,
            config.workers,
            pool,
            hub,
            &worker_config,
            &stopped,
        );
        if let Some(Upkeep { keys, subjects }) = upkeep {
            tasks.spawn(maintenance::seal(
                pool.clone(),
                keys,
                config.data_dir.clone(),
                stopped.clone(),
            ));
            tasks.spawn(subjects.run(stopped.clone()));
            crate::arrivals::spawn(&mut tasks, pool, config, &stopped);
            tasks.spawn(crate::webhooks::deliver::run(
                pool.clone(),
                Arc::clone(hub),
                crate::webhooks::deliver::Settings {
                    allow_private: config.webhook_allow_private,
                    retry_base: Duration::from_millis(config.webhook_retry_base_ms),
                    timeout: Duration::from_secs(config.webhook_timeout_secs),
                },
                stopped.clone(),
            ));
            tasks.spawn(maintenance::run(
                pool.clone(),
                config.retention_days,
                Duration::from_secs(config.purge_interval_secs),
                stopped,
            ));
        }
        Self { stop, tasks }
    }

    /// Asks every task to stop and waits up to `grace` for the jobs in hand.
    pub async fn stop(mut self, grace: Duration) {
        let _ = self.stop.send(true);
        let all = async { while self.tasks.join_next().await.is_some() {} };
        if tokio::time::timeout(grace, all).await.is_err() {
            tracing::warn!(
                "workers still busy after the grace period; their jobs will be claimed again"
            );
            self.tasks.abort_all();
        }
    }
}

impl Application {
    /// Opens the database (starting the embedded one if configured so),
    /// applies pending migrations when `auto_migrate` is on, and binds.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let db = Database::open(&config).await?;
        if config.auto_migrate {
            db.migrate().await?;
        } else {
            crate::db::migrate::warn_of_partition_bound(&db.pool).await;
        }
        // This month's and the next months' audit partitions: an audited
        // request in a month without one would fail. The maintenance loop
        // makes them too, so a failure here is not fatal.
        match crate::audit::partitions::ensure(&db.pool).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(made = n, "made audit_logs partitions for the coming months"),
            Err(e) => {
                tracing::warn!(error = %e, "making the coming months' audit_logs partitions failed")
            }
        }
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("binding {}", config.listen))?;
        let ttl = Duration::from_secs(config.jwt_expires_in_secs);
        let jwt_secret = config.jwt_secret.as_ref().map(|s| s.expose().as_str());
        let sessions = SessionKeys::load(&config.data_dir, jwt_secret, ttl)
            .context("loading the session signing key")?;
        let auth = AuthServices::new(&config, sessions)?;
        let signing_key = config
            .audit_signing_key
            .as_ref()
            .map(|s| s.expose().as_str());
        let signing = Arc::new(
            SigningKeys::load(&config.data_dir, signing_key)
                .context("loading the audit signing key")?,
        );
        if config.auto_migrate
            && let Ok(Some(other)) = crate::audit::chain::other_signer(&db.pool, &signing).await
        {
            tracing::warn!(
                signed_by = %other,
                ours = %signing.public().key_id(),
                "the newest audit checkpoint was signed with another key: every instance must \
                 share audit_signing_key, and a lost key must be restored from its backup \
                 (checkpoints signed from now on use this one)"
            );
        }
        let fences = if db.read_pool.is_some() {
            Fences::enabled()
        } else {
            Fences::disabled()
        };
        let reads = match &db.read_pool {
            Some(replica) => Reads::with_replica(
                db.pool.clone(),
                replica.clone(),
                Duration::from_millis(config.database_read_max_lag_ms),
                fences.clone(),
            ),
            None => Reads::primary_only(db.pool.clone()),
        };
        let hub = Arc::new(Hub {
            fences,
            ..Hub::default()
        });
        let subjects = Arc::new(Runner::new(
            db.pool.clone(),
            Arc::clone(&signing),
            &config.data_dir,
        ));
        let upkeep = Upkeep {
            keys: Arc::clone(&signing),
            subjects: Arc::clone(&subjects),
        };
        let embeddings = Embeddings::from_config(&config);
        // Large accounts' signatures load on the primary, apart from the
        // searches (search::signatures).
        embeddings.signatures().load_apart(db.pool.clone());
        let background = Background::start(&db.pool, &hub, &config, &embeddings, Some(upkeep));
        let pictures = Pictures::new(Sandbox::from_config(&config), PICTURES_AT_ONCE);
        let redactor = Redactor::new(
            Sandbox::from_config(&config),
            config.ocr_languages.clone(),
            REDACTIONS_AT_ONCE,
        );
        let state = AppState {
            pool: db.pool.clone(),
            reads,
            config: Arc::new(config),
            auth: Arc::new(auth),
            hub,
            signing,
            pictures: Arc::new(pictures),
            subjects,
            redactor: Arc::new(redactor),
            audit: crate::audit::group::Writer::start(db.pool.clone()),
            embeddings,
        };
        Ok(Self {
            listener,
            state,
            db,
            background,
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
        if !addr.ip().is_loopback()
            && self
                .state
                .config
                .metrics_token
                .as_ref()
                .is_none_or(|t| t.expose().is_empty())
        {
            tracing::warn!(
                "GET /metrics answers anyone who reaches this address: set metrics_token \
                 (OPENCOMPLAI_METRICS_TOKEN) to require a bearer token"
            );
        }
        let header_timeout = self.state.config.header_read_timeout();
        let app = http::app(self.state);
        serve(self.listener, app, header_timeout, shutdown, grace).await;
        self.background.stop(grace).await;
        self.db.close().await?;
        tracing::info!("shutdown complete");
        Ok(())
    }
}

/// Serves HTTP/1.1 on `listener` until `shutdown` resolves, then lets open
/// connections finish for at most `grace`. Each connection must send a
/// request's headers within `header_timeout` (hyper's header read timeout:
/// a client trickling its headers, or holding a connection open without
/// sending one, is cut off), and carries its peer address for `Client`.
async fn serve(
    listener: TcpListener,
    app: axum::Router,
    header_timeout: Duration,
    shutdown: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;

    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, say: wait rather than spin.
                    tracing::warn!(error = %e, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let app = app.clone();
        let service =
            hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
                req.extensions_mut()
                    .insert(axum::extract::ConnectInfo(peer));
                app.clone().oneshot(req)
            });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(header_timeout)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, %peer, "connection ended with an error");
            }
        });
    }
    drop(listener);
    tracing::info!("shutting down: finishing in-flight requests");
    if tokio::time::timeout(grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            grace_secs = grace.as_secs(),
            "in-flight requests still running after the grace period; stopping anyway"
        );
    }
}
