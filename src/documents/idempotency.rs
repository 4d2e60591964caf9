//! Idempotency keys of document creation: a request sent again with the
//! same `Idempotency-Key` by the same account gets the first answer back
//! and creates nothing. The key is claimed inside the creating transaction
//! (the primary key makes a concurrent retry wait for the first to end),
//! and the answer is stored in that same transaction, so a key never
//! outlives work that was rolled back. Keys expire after [`TTL_HOURS`].

use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::{Error, Result};
use crate::auth::tokens::hex;
use crate::validation::Invalid;

/// How long a key is remembered.
pub const TTL_HOURS: i32 = 24;
/// The longest key accepted, as Stripe and the IETF draft allow.
pub const MAX_KEY_LEN: usize = 255;
/// The header's name, as it is also named in refusals.
pub const HEADER: &str = "Idempotency-Key";

/// A client's key: 1 to 255 printable ASCII characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key(String);

impl Key {
    pub fn parse(raw: &[u8]) -> Result<Self, Invalid> {
        let printable = raw.iter().all(|b| (0x20..=0x7e).contains(b));
        if raw.is_empty() || raw.len() > MAX_KEY_LEN || !printable {
            return Err(Invalid::field(
                HEADER,
                "invalid",
                format!("{HEADER} must be 1 to {MAX_KEY_LEN} printable ASCII characters"),
            ));
        }
        Ok(Self(String::from_utf8_lossy(raw).into_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A keyed request: the key and a SHA-256 of what was asked.
#[derive(Debug, Clone)]
pub struct Request {
    pub key: Key,
    pub fingerprint: String,
}

impl Request {
    /// `parts` are the request's pieces in order (for JSON, the body; for
    /// an upload, the file's SHA-256 and the form fields); each is length
    /// prefixed so that no two different requests run together alike.
    pub fn new(key: Key, parts: &[&[u8]]) -> Self {
        let mut hasher = Sha256::new();
        for part in parts {
            hasher.update((part.len() as u64).to_be_bytes());
            hasher.update(part);
        }
        Self {
            key,
            fingerprint: hex(&hasher.finalize()),
        }
    }
}

/// An answer as it was first given.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub status: u16,
    pub body: Value,
}

/// What a creation did: the new work, or the answer a request with the
/// same key was given before.
#[derive(Debug)]
pub enum Made<T> {
    New(T),
    Replay(Answer),
}

/// A keyed request and how to render its answer (the creating operation
/// stores it in its own transaction).
pub struct Keyed<'a, T> {
    pub request: &'a Request,
    pub render: &'a (dyn Fn(&T) -> Answer + Send + Sync),
}

enum Claim {
    Ours,
    Replay(Answer),
}

/// Takes the key for this request in the creating transaction, or, when a
/// request with this key has committed, its answer. Waits while another
/// transaction holds the same key.
async fn claim(conn: &mut PgConnection, user_id: Uuid, request: &Request) -> Result<Claim> {
    sqlx::query(
        "delete from idempotency_keys where user_id = $1 and key = $2
         and created_at < (now() at time zone 'utc') - make_interval(hours => $3)",
    )
    .bind(user_id)
    .bind(request.key.as_str())
    .bind(TTL_HOURS)
    .execute(&mut *conn)
    .await?;
    let taken: Option<bool> = sqlx::query_scalar(
        "insert into idempotency_keys (user_id, key, fingerprint) values ($1, $2, $3)
         on conflict (user_id, key) do nothing returning true",
    )
    .bind(user_id)
    .bind(request.key.as_str())
    .bind(&request.fingerprint)
    .fetch_optional(&mut *conn)
    .await?;
    if taken.is_some() {
        return Ok(Claim::Ours);
    }
    let row: Option<(String, Option<i16>, Option<Value>)> = sqlx::query_as(
        "select fingerprint, status, response from idempotency_keys
         where user_id = $1 and key = $2",
    )
    .bind(user_id)
    .bind(request.key.as_str())
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        Some((fingerprint, _, _)) if fingerprint != request.fingerprint => Err(Invalid::field(
            HEADER,
            "reused",
            format!(
                "this {HEADER} was already used for another request; use a new key for a new request"
            ),
        )
        .into()),
        Some((_, Some(status), Some(body))) => Ok(Claim::Replay(Answer {
            status: u16::try_from(status).unwrap_or(200),
            body,
        })),
        // Gone between the two statements (expired and purged), or
        // committed without its answer: neither happens in one creating
        // transaction, so say it plainly and let the client retry.
        _ => Err(Error::Conflict(
            "a request with this key is in progress; retry shortly".into(),
        )),
    }
}

/// Stores the answer of the request that holds the key.
async fn record(
    conn: &mut PgConnection,
    user_id: Uuid,
    request: &Request,
    answer: &Answer,
) -> Result<()> {
    sqlx::query(
        "update idempotency_keys set status = $3, response = $4 where user_id = $1 and key = $2",
    )
    .bind(user_id)
    .bind(request.key.as_str())
    .bind(i16::try_from(answer.status).unwrap_or(200))
    .bind(&answer.body)
    .execute(conn)
    .await?;
    Ok(())
}

/// Claims the key of `keyed` (if any) at the start of a creating
/// transaction: `Some(answer)` when the request was answered before.
pub(crate) async fn begin<T>(
    conn: &mut PgConnection,
    user_id: Uuid,
    keyed: Option<&Keyed<'_, T>>,
) -> Result<Option<Answer>> {
    let Some(keyed) = keyed else { return Ok(None) };
    match claim(conn, user_id, keyed.request).await? {
        Claim::Ours => Ok(None),
        Claim::Replay(answer) => Ok(Some(answer)),
    }
}

/// Stores the answer for `made` before the creating transaction commits.
pub(crate) async fn finish<T>(
    conn: &mut PgConnection,
    user_id: Uuid,
    keyed: Option<&Keyed<'_, T>>,
    made: &T,
) -> Result<()> {
    if let Some(keyed) = keyed {
        record(conn, user_id, keyed.request, &(keyed.render)(made)).await?;
    }
    Ok(())
}

/// Forgets keys older than [`TTL_HOURS`] (the periodic purge).
pub async fn purge_expired(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "delete from idempotency_keys
         where created_at < (now() at time zone 'utc') - make_interval(hours => $1)",
    )
    .bind(TTL_HOURS)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_one_to_255_printable_ascii_characters() {
        assert!(Key::parse(b"order-42").is_ok());
        assert!(Key::parse(&[b'a'; 255]).is_ok());
        assert!(Key::parse(b"").is_err());
        assert!(Key::parse(&[b'a'; 256]).is_err());
        assert!(Key::parse(b"tab\there").is_err());
        assert!(Key::parse("caf\u{e9}".as_bytes()).is_err());
    }

    #[test]
    fn parts_do_not_run_together() {
        let key = || Key::parse(b"k").expect("key");
        let a = Request::new(key(), &[b"ab", b"c"]);
        let b = Request::new(key(), &[b"a", b"bc"]);
        assert_ne!(a.fingerprint, b.fingerprint);
        assert_eq!(
            a.fingerprint,
            Request::new(key(), &[b"ab", b"c"]).fingerprint
        );
    }
}
