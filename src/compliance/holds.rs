//! Legal holds: a named, reasoned freeze on documents under litigation or
//! investigation (`documents::holds` enforces it). A hold is made from
//! document ids, from a search (its matches at that moment), or both;
//! releasing it takes a reason. Everything is audited.

use chrono::NaiveDateTime;
use serde_json::{Value, json};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::audit::Actor;
use crate::documents::{Error, Result};
use crate::search::{self, Mode, Request};
use crate::validation::Invalid;

/// Most documents one hold takes from its search.
pub const MAX_FROM_SEARCH: usize = 10_000;
/// Most document ids one request may name.
pub const MAX_IDS: usize = 10_000;
pub const MAX_NAME: usize = 200;
pub const MAX_REASON: usize = 2_000;

/// A hold as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Hold {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    pub reason: String,
    pub query: Option<Value>,
    pub created_at: NaiveDateTime,
    pub released_at: Option<NaiveDateTime>,
    pub release_reason: Option<String>,
    pub document_count: i64,
}

const COLUMNS: &str = "h.id, h.user_id, h.name, h.reason, h.query, h.created_at, h.released_at, \
    h.release_reason, (select count(*) from legal_hold_documents m where m.hold_id = h.id) \
    as document_count";

fn text(field: &str, value: &str, max: usize) -> Result<String, Invalid> {
    let v = value.trim();
    if v.is_empty() || v.chars().count() > max || v.contains('\0') {
        return Err(Invalid::field(
            field,
            "invalid",
            format!("{field} must be 1 to {max} characters"),
        ));
    }
    Ok(v.to_owned())
}

/// What a new hold takes.
#[derive(Debug, Clone)]
pub struct NewHold {
    pub name: String,
    pub reason: String,
    pub document_ids: Vec<Uuid>,
    /// A search whose matches are held too, and the query as given (kept
    /// with the hold).
    pub search: Option<(Request, Value)>,
}

/// Every document a full-text search finds (up to [`MAX_FROM_SEARCH`]).
async fn all_matches(conn: &mut PgConnection, request: &Request) -> Result<Vec<Uuid>> {
    let mut r = request.clone();
    r.limit = search::MAX_LIMIT;
    r.after = None;
    let mut ids = Vec::new();
    loop {
        let (_, outcome) =
            search::find(conn, &r, Some(Mode::Fulltext))
                .await
                .map_err(|e| match e {
                    search::Error::Invalid(i) => Error::Invalid(i),
                    search::Error::TooSlow => {
                        Error::Unavailable("the hold's search took too long; narrow it".into())
                    }
                    search::Error::Database(e) => Error::Database(e),
                    // A full-text search never needs the model.
                    search::Error::Unavailable(e) => Error::Unavailable(e.0),
                })?;
        let more = outcome.hits.len() as i64 > r.limit;
        let page: Vec<_> = outcome
            .hits
            .into_iter()
            .take(usize::try_from(r.limit).unwrap_or(0))
            .collect();
        let last = page.last().map(|h| search::Cursor {
            mode: Mode::Fulltext,
            rank: h.rank,
            id: h.id,
        });
        ids.extend(page.into_iter().map(|h| h.id));
        if !more || ids.len() >= MAX_FROM_SEARCH {
            break;
        }
        r.after = last;
    }
    ids.truncate(MAX_FROM_SEARCH);
    Ok(ids)
}

/// Creates a hold on the named documents (all must be the actor's, deleted
/// or not) and on what its search finds now.
pub async fn create(pool: &PgPool, actor: &Actor, new: NewHold) -> Result<(Hold, Vec<Uuid>)> {
    let name = text("name", &new.name, MAX_NAME)?;
    let reason = text("reason", &new.reason, MAX_REASON)?;
    if new.document_ids.is_empty() && new.search.is_none() {
        return Err(Invalid::new("a hold needs document_ids, a search, or both").into());
    }
    if new.document_ids.len() > MAX_IDS {
        return Err(Invalid::field(
            "document_ids",
            "too_many",
            format!("at most {MAX_IDS} document ids"),
        )
        .into());
    }
    let mut tx = pool.begin().await?;
    let mut ids: Vec<Uuid> = new.document_ids.clone();
    ids.sort();
    ids.dedup();
    let known: Vec<Uuid> =
        sqlx::query_scalar("select id from documents where user_id = $1 and id = any($2)")
            .bind(actor.user_id)
            .bind(&ids)
            .fetch_all(&mut *tx)
            .await?;
    if let Some(unknown) = ids.iter().find(|id| !known.contains(id)) {
        return Err(Invalid::field(
            "document_ids",
            "not_found",
            format!("there is no document {unknown} of yours"),
        )
        .into());
    }
    let query = new.search.as_ref().map(|(_, q)| q.clone());
    if let Some((request, _)) = &new.search {
        ids.extend(all_matches(&mut tx, request).await?);
        ids.sort();
        ids.dedup();
    }
    let id: Uuid = sqlx::query_scalar(
        "insert into legal_holds (user_id, name, reason, query) values ($1, $2, $3, $4) returning id",
    )
    .bind(actor.user_id)
    .bind(&name)
    .bind(&reason)
    .bind(&query)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "insert into legal_hold_documents (hold_id, document_id) select $1, unnest($2::uuid[])",
    )
    .bind(id)
    .bind(&ids)
    .execute(&mut *tx)
    .await?;
    let entry = actor
        .entry("create", "legal_hold", Some(id))
        .new_values(json!({
            "name": name, "reason": reason, "query": query,
            "documents": ids.len(), "document_ids": ids,
        }));
    actor.record(&mut tx, entry).await?;
    let hold = one_in(&mut tx, actor.user_id, id).await?;
    tx.commit().await?;
    Ok((hold, ids))
}

async fn one_in(conn: &mut PgConnection, user_id: Uuid, id: Uuid) -> Result<Hold> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from legal_holds h where h.id = $1 and h.user_id = $2"
    )))
    .bind(id)
    .bind(user_id)
    .fetch_optional(conn)
    .await?
    .ok_or_else(|| Error::NotFound("no such legal hold".into()))
}

/// One of the actor's holds and the documents it names; audited as a read.
pub async fn one(pool: &PgPool, actor: &Actor, id: Uuid) -> Result<(Hold, Vec<Uuid>)> {
    let mut tx = pool.begin().await?;
    let hold = one_in(&mut tx, actor.user_id, id).await?;
    let ids: Vec<Uuid> = sqlx::query_scalar(
        "select document_id from legal_hold_documents where hold_id = $1 order by document_id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    actor
        .record(&mut tx, actor.entry("read", "legal_hold", Some(id)))
        .await?;
    tx.commit().await?;
    Ok((hold, ids))
}

/// The actor's holds, newest first, active and released; audited as a list.
pub async fn list(
    pool: &PgPool,
    actor: &Actor,
    before: Option<(NaiveDateTime, Uuid)>,
    limit: i64,
) -> Result<Vec<Hold>> {
    let mut tx = pool.begin().await?;
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from legal_holds h
         where h.user_id = $1 and ($2::timestamp is null or (h.created_at, h.id) < ($2, $3))
         order by h.created_at desc, h.id desc limit $4"
    )))
    .bind(actor.user_id)
    .bind(before.map(|b| b.0))
    .bind(before.map(|b| b.1))
    .bind(limit)
    .fetch_all(&mut *tx)
    .await?;
    actor
        .record(&mut tx, actor.entry("list", "legal_hold", None))
        .await?;
    tx.commit().await?;
    Ok(rows)
}

/// Releases an active hold, with the reason; its documents are free again
/// unless another hold names them.
pub async fn release(pool: &PgPool, actor: &Actor, id: Uuid, reason: &str) -> Result<Hold> {
    let mut tx = pool.begin().await?;
    one_in(&mut tx, actor.user_id, id).await?;
    let reason = text("reason", reason, MAX_REASON)?;
    let done = sqlx::query(
        "update legal_holds set released_at = now() at time zone 'utc', release_reason = $3
         where id = $1 and user_id = $2 and released_at is null",
    )
    .bind(id)
    .bind(actor.user_id)
    .bind(&reason)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        let hold = one_in(&mut tx, actor.user_id, id).await?;
        return Err(Error::Conflict(format!(
            "the legal hold \"{}\" was already released",
            hold.name
        )));
    }
    let hold = one_in(&mut tx, actor.user_id, id).await?;
    let entry = actor
        .entry("release", "legal_hold", Some(id))
        .new_values(json!({"name": hold.name, "reason": reason}));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(hold)
}
