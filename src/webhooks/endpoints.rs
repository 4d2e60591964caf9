//! An account's webhook endpoints: create (the secret is handed back
//! once), list, read, change, delete. Every change is audited, never with
//! the secret.

use chrono::NaiveDateTime;
use serde_json::{Map, Value, json};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::signature::new_secret;
use super::target::TargetUrl;
use super::{Error, Event, Result};
use crate::audit::Actor;
use crate::validation::Invalid;

/// Longest description, in characters.
pub const MAX_DESCRIPTION: usize = 500;

/// An endpoint as its owner sees it (never the secret).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Endpoint {
    pub id: Uuid,
    pub user_id: Uuid,
    pub url: String,
    pub description: Option<String>,
    pub events: Vec<String>,
    pub enabled: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

const COLUMNS: &str = "id, user_id, url, description, events, enabled, created_at, updated_at";

impl Endpoint {
    /// What the audit trail keeps of it.
    fn audited(&self) -> Map<String, Value> {
        let Value::Object(map) = json!({
            "url": self.url,
            "description": self.description,
            "events": self.events,
            "enabled": self.enabled,
        }) else {
            return Map::new();
        };
        map
    }
}

/// The events asked for: known ones, at least one, duplicates dropped.
pub fn parse_events(requested: &[String]) -> Result<Vec<String>, Invalid> {
    let mut out: Vec<String> = Vec::new();
    for (i, name) in requested.iter().enumerate() {
        let Some(event) = Event::parse(name) else {
            return Err(Invalid::field(
                &format!("events[{i}]"),
                "unknown_event",
                format!(
                    "unknown event `{}`; use {}",
                    name.chars().take(100).collect::<String>(),
                    Event::ALL.map(Event::as_str).join(" or ")
                ),
            ));
        };
        if !out.iter().any(|e| e == event.as_str()) {
            out.push(event.as_str().to_owned());
        }
    }
    if out.is_empty() {
        return Err(Invalid::field(
            "events",
            "empty",
            "events must name at least one event",
        ));
    }
    Ok(out)
}

fn description(value: Option<String>) -> Result<Option<String>, Invalid> {
    let value = value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    crate::validation::at_most("description", value, MAX_DESCRIPTION)
}

/// A new endpoint, as asked for.
#[derive(Debug, Clone)]
pub struct NewEndpoint {
    pub url: String,
    pub events: Vec<String>,
    pub description: Option<String>,
}

/// Creates an endpoint for the actor; returns it and its secret, which is
/// never shown again.
pub async fn create(
    pool: &PgPool,
    actor: &Actor,
    allow_private: bool,
    new: NewEndpoint,
) -> Result<(Endpoint, String)> {
    let url = TargetUrl::parse(&new.url, allow_private)?;
    let events = parse_events(&new.events)?;
    let description = description(new.description)?;
    let secret = new_secret();
    let mut tx = pool.begin().await?;
    let endpoint: Endpoint = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into webhook_endpoints (user_id, url, description, events, secret)
         values ($1, $2, $3, $4, $5) returning {COLUMNS}"
    )))
    .bind(actor.user_id)
    .bind(url.as_str())
    .bind(&description)
    .bind(&events)
    .bind(&secret)
    .fetch_one(&mut *tx)
    .await?;
    let entry = actor
        .entry("create", "webhook", Some(endpoint.id))
        .new_values(Value::Object(endpoint.audited()));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok((endpoint, secret))
}

/// The actor's endpoints, newest first, after the keyset position `before`.
pub async fn list(
    pool: &PgPool,
    user_id: Uuid,
    before: Option<(NaiveDateTime, Uuid)>,
    limit: i64,
) -> Result<Vec<Endpoint>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from webhook_endpoints
         where user_id = $1 and ($2::timestamp is null or (created_at, id) < ($2, $3))
         order by created_at desc, id desc limit $4"
    )))
    .bind(user_id)
    .bind(before.map(|b| b.0))
    .bind(before.map(|b| b.1))
    .bind(limit)
    .fetch_all(pool)
    .await?)
}

pub fn not_found() -> Error {
    Error::NotFound("no such webhook".into())
}

/// `user_id`'s endpoint `id`, locked for a change when `for_update`.
async fn find(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
    for_update: bool,
) -> Result<Endpoint> {
    let lock = if for_update { " for update" } else { "" };
    let found: Option<Endpoint> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from webhook_endpoints where id = $1 and user_id = $2{lock}"
    )))
    .bind(id)
    .bind(user_id)
    .fetch_optional(conn)
    .await?;
    found.ok_or_else(not_found)
}

/// One of `user_id`'s endpoints.
pub async fn one(pool: &PgPool, user_id: Uuid, id: Uuid) -> Result<Endpoint> {
    let mut conn = pool.acquire().await?;
    find(&mut conn, user_id, id, false).await
}

/// A change to an endpoint: the fields given are replaced.
#[derive(Debug, Clone, Default)]
pub struct EndpointPatch {
    pub url: Option<String>,
    pub events: Option<Vec<String>>,
    pub enabled: Option<bool>,
    /// `Some(None)` clears it.
    pub description: Option<Option<String>>,
}

/// Changes the actor's endpoint `id`; audited with what changed.
pub async fn update(
    pool: &PgPool,
    actor: &Actor,
    allow_private: bool,
    id: Uuid,
    patch: EndpointPatch,
) -> Result<Endpoint> {
    let mut tx = pool.begin().await?;
    // Found first: another account's endpoint is a 404 whatever the body.
    let before = find(&mut tx, actor.user_id, id, true).await?;
    let url = match &patch.url {
        Some(u) => TargetUrl::parse(u, allow_private)?.as_str().to_owned(),
        None => before.url.clone(),
    };
    let events = match &patch.events {
        Some(e) => parse_events(e)?,
        None => before.events.clone(),
    };
    let description = match patch.description {
        Some(d) => description(d)?,
        None => before.description.clone(),
    };
    let enabled = patch.enabled.unwrap_or(before.enabled);
    let after: Endpoint = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update webhook_endpoints
         set url = $2, events = $3, description = $4, enabled = $5,
             updated_at = now() at time zone 'utc'
         where id = $1 returning {COLUMNS}"
    )))
    .bind(id)
    .bind(&url)
    .bind(&events)
    .bind(&description)
    .bind(enabled)
    .fetch_one(&mut *tx)
    .await?;
    let entry = actor
        .entry("update", "webhook", Some(id))
        .changes(&before.audited(), &after.audited());
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(after)
}

/// Deletes the actor's endpoint `id` and, with it, its delivery log.
pub async fn delete(pool: &PgPool, actor: &Actor, id: Uuid) -> Result<()> {
    let mut tx = pool.begin().await?;
    let before = find(&mut tx, actor.user_id, id, true).await?;
    sqlx::query("delete from webhook_endpoints where id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let mut entry = actor.entry("delete", "webhook", Some(id));
    entry.old_values = Some(Value::Object(before.audited()));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}
