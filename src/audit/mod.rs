//! The audit trail: one `audit_logs` row per create, update, delete, document
//! read, login attempt and key change, written on the caller's transaction so
//! an unaudited change cannot happen. Rows are append-only (a trigger refuses
//! deletes and every update but sealing and erasure), sealed into a hash
//! chain with signed checkpoints (`chain`), verifiable from the database or
//! from a dump (`dump`) with the published key (`keys`).

pub mod chain;
pub mod dump;
pub mod erase;
pub mod group;
pub mod keys;
pub mod partitions;

use std::net::IpAddr;

use chrono::NaiveDateTime;
use serde_json::{Map, Value};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

/// Who asked, from where: the request's side of every audit row.
#[derive(Debug, Clone, Default)]
pub struct RequestContext {
    pub ip_address: Option<IpAddr>,
    pub user_agent: Option<String>,
    pub request_id: Option<Uuid>,
}

/// An account acting, and the request it acts through: the two sides of
/// every audit row an operation writes.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: Uuid,
    pub context: RequestContext,
}

impl Actor {
    pub fn new(user_id: Uuid, context: RequestContext) -> Self {
        Self { user_id, context }
    }

    /// A row of this actor's, about `resource_id` of `resource_type`.
    pub fn entry<'a>(
        &self,
        action: &'a str,
        resource_type: &'a str,
        resource_id: Option<Uuid>,
    ) -> Entry<'a> {
        Entry::new(Some(self.user_id), action, resource_type, resource_id)
    }

    /// Writes `entry` on `conn` (the caller's transaction) in this actor's
    /// request context.
    pub async fn record(
        &self,
        conn: &mut PgConnection,
        entry: Entry<'_>,
    ) -> Result<(), sqlx::Error> {
        record(conn, &self.context, entry).await
    }
}

/// Field names whose values never enter the audit trail.
const NEVER_RECORDED: &[&str] = &[
    "password",
    "password_hash",
    "key",
    "key_hash",
    "token",
    "token_hash",
    "secret",
];

/// One audit row.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub user_id: Option<Uuid>,
    pub action: &'a str,
    pub resource_type: &'a str,
    pub resource_id: Option<Uuid>,
    pub old_values: Option<Value>,
    pub new_values: Option<Value>,
}

impl<'a> Entry<'a> {
    pub fn new(
        user_id: Option<Uuid>,
        action: &'a str,
        resource_type: &'a str,
        resource_id: Option<Uuid>,
    ) -> Self {
        Self {
            user_id,
            action,
            resource_type,
            resource_id,
            old_values: None,
            new_values: None,
        }
    }

    pub fn new_values(mut self, values: Value) -> Self {
        self.new_values = Some(values);
        self
    }

    /// Records only the fields that changed between `before` and `after`.
    pub fn changes(mut self, before: &Map<String, Value>, after: &Map<String, Value>) -> Self {
        let (mut old, mut new) = (Map::new(), Map::new());
        for (k, v) in after {
            let was = before.get(k).unwrap_or(&Value::Null);
            if was != v {
                old.insert(k.clone(), was.clone());
                new.insert(k.clone(), v.clone());
            }
        }
        self.old_values = Some(Value::Object(old));
        self.new_values = Some(Value::Object(new));
        self
    }
}

fn scrub(value: Option<Value>) -> Option<Value> {
    match value {
        Some(Value::Object(mut map)) => {
            map.retain(|k, _| !NEVER_RECORDED.contains(&k.as_str()));
            Some(Value::Object(map))
        }
        other => other,
    }
}

/// Writes `entry` on `conn` (the caller's transaction).
pub async fn record(
    conn: &mut PgConnection,
    ctx: &RequestContext,
    entry: Entry<'_>,
) -> Result<(), sqlx::Error> {
    record_returning_id(conn, ctx, entry).await.map(|_| ())
}

/// Writes `entry` on `conn`; the new row's id.
pub async fn record_returning_id(
    conn: &mut PgConnection,
    ctx: &RequestContext,
    entry: Entry<'_>,
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar(
        "insert into audit_logs (user_id, action, resource_type, resource_id, old_values,
                                 new_values, ip_address, user_agent, request_id, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp() at time zone 'utc')
         returning id",
    )
    .bind(entry.user_id)
    .bind(entry.action)
    .bind(entry.resource_type)
    .bind(entry.resource_id)
    .bind(scrub(entry.old_values))
    .bind(scrub(entry.new_values))
    .bind(ctx.ip_address.map(ipnet::IpNet::from))
    .bind(ctx.user_agent.as_deref())
    .bind(ctx.request_id)
    .fetch_one(conn)
    .await
}

/// One row as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Row {
    pub id: Uuid,
    pub user_id: Option<Uuid>,
    pub action: String,
    pub resource_type: String,
    pub resource_id: Option<Uuid>,
    pub old_values: Option<Value>,
    pub new_values: Option<Value>,
    pub ip_address: Option<ipnet::IpNet>,
    pub user_agent: Option<String>,
    pub request_id: Option<Uuid>,
    pub created_at: Option<NaiveDateTime>,
    /// The acting account's email, for people reading the trail.
    pub user_email: Option<String>,
}

/// What to list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// `None` for an administrator reading everyone's trail.
    pub viewer: Option<Uuid>,
    /// Only rows this account caused.
    pub user_id: Option<Uuid>,
    pub action: Option<String>,
    pub resource_type: Option<String>,
    pub resource_id: Option<Uuid>,
    pub since: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    /// Keyset: rows strictly older than this (created_at, id).
    pub before: Option<(NaiveDateTime, Uuid)>,
    pub limit: i64,
}

/// Newest first. A viewer sees rows they caused and rows about their account.
pub async fn list(pool: &PgPool, f: &Filter) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as(
        "select a.id, a.user_id, a.action, a.resource_type, a.resource_id, a.old_values,
                a.new_values, a.ip_address, a.user_agent, a.request_id, a.created_at,
                u.email as user_email
         from audit_logs a left join users u on u.id = a.user_id
         where ($1::uuid is null or a.user_id = $1
                or (a.resource_type = 'user' and a.resource_id = $1))
           and ($2::text is null or a.action = $2)
           and ($3::text is null or a.resource_type = $3)
           and ($4::uuid is null or a.resource_id = $4)
           and ($5::timestamp is null or a.created_at >= $5)
           and ($6::timestamp is null or a.created_at < $6)
           and ($7::timestamp is null or (a.created_at, a.id) < ($7, $8))
           and ($10::uuid is null or a.user_id = $10)
         order by a.created_at desc, a.id desc
         limit $9",
    )
    .bind(f.viewer)
    .bind(f.action.as_deref())
    .bind(f.resource_type.as_deref())
    .bind(f.resource_id)
    .bind(f.since)
    .bind(f.until)
    .bind(f.before.map(|b| b.0))
    .bind(f.before.map(|b| b.1))
    .bind(f.limit)
    .bind(f.user_id)
    .fetch_all(pool)
    .await
}

/// The trail as a person or program reads it, that read itself audited
/// (`list` of `audit_log`, with the filters, how many rows were returned,
/// and whether other accounts' rows were in view: an administrator's).
pub async fn read(
    pool: &PgPool,
    actor: &Actor,
    f: &Filter,
    shown: usize,
) -> Result<Vec<Row>, sqlx::Error> {
    let rows = list(pool, f).await?;
    let mut conn = pool.acquire().await?;
    let entry = actor
        .entry("list", "audit_log", None)
        .new_values(serde_json::json!({
            "action": f.action, "resource_type": f.resource_type, "resource_id": f.resource_id,
            "user_id": f.user_id, "since": f.since.map(|t| t.and_utc()),
            "until": f.until.map(|t| t.and_utc()), "all_accounts": f.viewer.is_none(),
            "returned": rows.len().min(shown),
        }));
    actor.record(&mut conn, entry).await?;
    Ok(rows)
}

/// Rows for an export, newest first (at most `f.limit`), with the export
/// itself audited in the same transaction: who took a copy of the trail,
/// with which filters, and how many rows.
pub async fn export(pool: &PgPool, actor: &Actor, f: &Filter) -> Result<Vec<Row>, sqlx::Error> {
    let rows = list(pool, f).await?;
    let mut conn = pool.acquire().await?;
    let entry = actor
        .entry("export", "audit_log", None)
        .new_values(serde_json::json!({
            "format": "csv",
            "action": f.action, "resource_type": f.resource_type, "resource_id": f.resource_id,
            "user_id": f.user_id, "since": f.since.map(|t| t.and_utc()),
            "until": f.until.map(|t| t.and_utc()), "rows": rows.len(),
        }));
    actor.record(&mut conn, entry).await?;
    Ok(rows)
}
