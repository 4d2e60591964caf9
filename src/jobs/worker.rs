//! Workers: each claims a few jobs at a time (one transaction marks them
//! all `processing`), runs them one after the other while renewing the
//! leases of those it holds, and sleeps until a notification (or the
//! polling interval) when the queue is empty. `serve` runs some in-process; `opencomplai worker` runs
//! them alone, on any machine that reaches the database.

use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::events::Hub;
use super::pipeline::{self, Outcome, Settings};
use crate::queue::{Claimed, RunningCaps, heartbeat};
use crate::shutdown::stopping;

/// Everything a worker needs.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    pub lease: Duration,
    pub poll_interval: Duration,
    pub pipeline: Settings,
    /// Jobs of one account that may run at once, by tier.
    pub caps: RunningCaps,
    /// Jobs of small documents claimed at once.
    pub batch: u32,
}

/// Starts `count` workers on `set`; they stop claiming when `shutdown`
/// turns true and end after finishing the job in hand.
pub fn spawn(
    set: &mut JoinSet<()>,
    count: usize,
    pool: &PgPool,
    hub: &Arc<Hub>,
    config: &WorkerConfig,
    shutdown: &watch::Receiver<bool>,
) {
    let host = hostname();
    for n in 0..count {
        let name = format!("{host}:{}:{n}", std::process::id());
        set.spawn(run(
            name,
            pool.clone(),
            Arc::clone(hub),
            config.clone(),
            shutdown.clone(),
        ));
    }
}

fn hostname() -> String {
    nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .unwrap_or_else(|| "worker".into())
}

async fn run(
    name: String,
    pool: PgPool,
    hub: Arc<Hub>,
    config: WorkerConfig,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut wake = hub.jobs.subscribe();
    tracing::info!(worker = %name, "worker started");
    while !*shutdown.borrow() {
        let claimed = pipeline::claim(
            &pool,
            &name,
            config.lease,
            config.caps,
            i64::from(config.batch),
        )
        .await;
        match claimed.map(|jobs| (!jobs.is_empty()).then_some(jobs)) {
            Ok(Some(jobs)) => {
                let held = Arc::new(std::sync::Mutex::new(jobs.clone()));
                let beat = Heartbeat(tokio::spawn({
                    let pool = pool.clone();
                    let held = Arc::clone(&held);
                    let lease = config.lease;
                    async move {
                        loop {
                            tokio::time::sleep(lease / 3).await;
                            let jobs: Vec<Claimed> =
                                held.lock().map(|h| h.clone()).unwrap_or_default();
                            for job in &jobs {
                                if let Err(e) = heartbeat(&pool, job, lease).await {
                                    tracing::warn!(error = %e, "heartbeat failed");
                                }
                            }
                        }
                    }
                }));
                for (i, job) in jobs.iter().enumerate() {
                    if *shutdown.borrow() {
                        // Stopping: what is not begun goes back to the queue
                        // now rather than when its lease runs out.
                        if let Err(e) = pipeline::release(&pool, &jobs[i..]).await {
                            tracing::warn!(error = %e, "could not hand back claimed jobs; they are claimed again when their leases run out");
                        }
                        break;
                    }
                    let failed = run_one(&pool, &config, job).await;
                    if let Ok(mut h) = held.lock() {
                        h.retain(|j| j.id != job.id);
                    }
                    if failed {
                        pause(&mut shutdown, config.poll_interval).await;
                    }
                }
                drop(beat);
            }
            Ok(None) => {
                tokio::select! {
                    _ = wake.changed() => {}
                    _ = tokio::time::sleep(config.poll_interval) => {}
                    _ = stopping(&mut shutdown) => {}
                }
            }
            Err(e) => {
                tracing::warn!(worker = %name, error = %e, "cannot claim jobs; database unavailable?");
                pause(&mut shutdown, config.poll_interval).await;
            }
        }
    }
    tracing::info!(worker = %name, "worker stopped");
}

/// Runs one claimed job and logs how it ended; true when its outcome
/// could not be recorded (the database is in trouble: pause).
async fn run_one(pool: &PgPool, config: &WorkerConfig, job: &Claimed) -> bool {
    // A panic in the pipeline must neither kill this worker nor leave the
    // heartbeat renewing a lease nobody works on.
    let run = std::panic::AssertUnwindSafe(pipeline::run(pool, &config.pipeline, job));
    let outcome = match futures_util::FutureExt::catch_unwind(run).await {
        Ok(outcome) => outcome,
        Err(_) => {
            tracing::error!(document_id = %job.document_id, "processing panicked; the job will be claimed again");
            Ok(Outcome::Dropped)
        }
    };
    match outcome {
        Ok(Outcome::Completed) => {
            tracing::info!(document_id = %job.document_id, "document processed")
        }
        Ok(Outcome::Failed(e)) => {
            tracing::warn!(document_id = %job.document_id, error = %e, "document failed")
        }
        Ok(Outcome::Retrying(e)) => {
            tracing::warn!(document_id = %job.document_id, error = %e, "will retry")
        }
        Ok(Outcome::Dropped) => {
            tracing::info!(document_id = %job.document_id, "job no longer ours; dropped")
        }
        // The job stays leased; when the lease runs out it is claimed again.
        Err(e) => {
            tracing::warn!(document_id = %job.document_id, error = %e, "could not record the outcome");
            return true;
        }
    }
    false
}

/// Stops the heartbeat task when the run ends, however it ends.
struct Heartbeat(tokio::task::JoinHandle<()>);

impl Drop for Heartbeat {
    fn drop(&mut self) {
        self.0.abort();
    }
}

async fn pause(shutdown: &mut watch::Receiver<bool>, interval: Duration) {
    tokio::select! {
        _ = tokio::time::sleep(interval) => {}
        _ = stopping(shutdown) => {}
    }
}
