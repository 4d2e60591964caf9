//! Group commit for the audit rows of reads.
//!
//! A read changes nothing, so nothing forces its audit row into a
//! transaction of its own, and one commit per request makes the disk's
//! flush rate the limit of how many reads the service answers. Here the
//! rows of concurrent reads are written together: each request hands its
//! row to a [`Writer`] and waits; a writer task takes every row waiting,
//! inserts them in one statement and one transaction, commits, and only
//! then tells each request its row is durable (the commit is synchronous),
//! so no read is answered before its audit row is on disk. While one batch
//! commits the next gathers: the busier the service, the more rows a flush
//! carries.
//!
//! Changes are not written this way: their audit row stays in the
//! transaction that makes the change.

use std::net::IpAddr;

use serde_json::Value;
use sqlx::PgPool;
use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

use super::{Entry, RequestContext, scrub};

/// Rows written in one transaction at most.
const MAX_BATCH: usize = 512;
/// Requests that may wait for a writer before new ones wait to hand in
/// their row.
const QUEUE: usize = 4_096;
/// Writer tasks: while one commits, another gathers and writes.
const WRITERS: usize = 2;
/// How long a read waits for its row at most.
const MAX_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// One row, owned, on its way to the writer.
#[derive(Debug)]
struct Pending {
    user_id: Option<Uuid>,
    action: String,
    resource_type: String,
    resource_id: Option<Uuid>,
    old_values: Option<Value>,
    new_values: Option<Value>,
    ip_address: Option<IpAddr>,
    user_agent: Option<String>,
    request_id: Option<Uuid>,
    done: oneshot::Sender<Result<(), String>>,
}

/// Hands audit rows of reads to the writer tasks. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Writer {
    tx: mpsc::Sender<Pending>,
}

/// Why a row handed in was not written.
#[derive(Debug, thiserror::Error)]
#[error("the audit row could not be written: {0}")]
pub struct NotWritten(String);

impl From<NotWritten> for sqlx::Error {
    fn from(e: NotWritten) -> Self {
        sqlx::Error::Protocol(e.to_string())
    }
}

impl Writer {
    /// Starts the writer tasks on `pool` (on the current runtime); they end
    /// when the last `Writer` is dropped.
    pub fn start(pool: PgPool) -> Self {
        let (tx, rx) = mpsc::channel(QUEUE);
        let rx = std::sync::Arc::new(tokio::sync::Mutex::new(rx));
        for _ in 0..WRITERS {
            tokio::spawn(run(pool.clone(), std::sync::Arc::clone(&rx)));
        }
        Self { tx }
    }

    /// Writes `entry` in `ctx` and returns once it is committed; a row not
    /// written is a database error to the caller, as a row written in its
    /// own transaction would be.
    pub async fn record(&self, ctx: &RequestContext, entry: Entry<'_>) -> Result<(), sqlx::Error> {
        self.write(ctx, entry).await.map_err(sqlx::Error::from)
    }

    async fn write(&self, ctx: &RequestContext, entry: Entry<'_>) -> Result<(), NotWritten> {
        let (done, written) = oneshot::channel();
        let pending = Pending {
            user_id: entry.user_id,
            action: entry.action.to_owned(),
            resource_type: entry.resource_type.to_owned(),
            resource_id: entry.resource_id,
            old_values: scrub(entry.old_values),
            new_values: scrub(entry.new_values),
            ip_address: ctx.ip_address,
            user_agent: ctx.user_agent.clone(),
            request_id: ctx.request_id,
            done,
        };
        let wait = async {
            self.tx
                .send(pending)
                .await
                .map_err(|_| NotWritten("the audit writer has stopped".into()))?;
            written
                .await
                .map_err(|_| NotWritten("the audit writer stopped before writing it".into()))?
                .map_err(NotWritten)
        };
        // A read is refused rather than kept waiting on a database that
        // does not answer.
        tokio::time::timeout(MAX_WAIT, wait)
            .await
            .map_err(|_| NotWritten("the audit trail did not answer in time".into()))?
    }
}

async fn run(pool: PgPool, rx: std::sync::Arc<tokio::sync::Mutex<mpsc::Receiver<Pending>>>) {
    loop {
        let mut batch = Vec::new();
        {
            let mut rx = rx.lock().await;
            match rx.recv().await {
                Some(first) => batch.push(first),
                None => return,
            }
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(p) => batch.push(p),
                    Err(_) => break,
                }
            }
        }
        match insert(&pool, &batch).await {
            Ok(()) => {
                for p in batch {
                    let _ = p.done.send(Ok(()));
                }
            }
            // One row the database refuses (a data or constraint error)
            // must not take the others down: each alone. Any other error
            // (the database unreachable) fails them all at once.
            Err(e) if batch.len() > 1 && refused_row(&e) => {
                tracing::warn!(error = %e, rows = batch.len(), "an audit batch failed; writing its rows one by one");
                for p in batch {
                    let one = insert(&pool, std::slice::from_ref(&p)).await;
                    let _ = p.done.send(one.map_err(|e| e.to_string()));
                }
            }
            Err(e) => {
                for p in batch {
                    let _ = p.done.send(Err(e.to_string()));
                }
            }
        }
    }
}

/// A data exception (22…) or an integrity violation (23…): something in a
/// row, not the database's state.
fn refused_row(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|c| c.starts_with("22") || c.starts_with("23"))
}

/// Inserts `rows` in one statement, in their order, committed on return.
async fn insert(pool: &PgPool, rows: &[Pending]) -> Result<(), sqlx::Error> {
    let mut user_ids = Vec::with_capacity(rows.len());
    let mut actions = Vec::with_capacity(rows.len());
    let mut types = Vec::with_capacity(rows.len());
    let mut resources = Vec::with_capacity(rows.len());
    let mut olds = Vec::with_capacity(rows.len());
    let mut news = Vec::with_capacity(rows.len());
    let mut ips = Vec::with_capacity(rows.len());
    let mut agents = Vec::with_capacity(rows.len());
    let mut requests = Vec::with_capacity(rows.len());
    for r in rows {
        user_ids.push(r.user_id);
        actions.push(r.action.as_str());
        types.push(r.resource_type.as_str());
        resources.push(r.resource_id);
        olds.push(r.old_values.clone());
        news.push(r.new_values.clone());
        ips.push(r.ip_address.map(ipnet::IpNet::from));
        agents.push(r.user_agent.as_deref());
        requests.push(r.request_id);
    }
    // An autocommitted statement: committed (and flushed) when it returns.
    sqlx::query(
        "insert into audit_logs (user_id, action, resource_type, resource_id, old_values,
                                 new_values, ip_address, user_agent, request_id, created_at)
         select u, a, t, r, o, n, i, g, q, clock_timestamp() at time zone 'utc'
         from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[], $6::jsonb[],
                     $7::inet[], $8::text[], $9::uuid[]) with ordinality
              as x(u, a, t, r, o, n, i, g, q, k)
         order by k",
    )
    .bind(user_ids)
    .bind(actions)
    .bind(types)
    .bind(resources)
    .bind(olds)
    .bind(news)
    .bind(ips)
    .bind(agents)
    .bind(requests)
    .execute(pool)
    .await?;
    Ok(())
}
