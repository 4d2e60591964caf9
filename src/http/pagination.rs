//! Keyset pagination: lists answer `{"items": [...], "next_cursor": …}`; the
//! cursor is opaque to clients (URL-safe base64 of the last row's sort key).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDateTime;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::ApiError;

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 100;

/// A page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// `limit` within 1..=100, 50 when absent.
pub fn limit(requested: Option<i64>) -> Result<i64, ApiError> {
    match requested {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(_) => Err(ApiError::field(
            "limit",
            "out_of_range",
            "limit must be between 1 and 100",
        )),
    }
}

/// The position after a row ordered by (created_at desc, id desc).
pub fn encode(created_at: NaiveDateTime, id: Uuid) -> String {
    let raw = format!("{}|{id}", created_at.and_utc().timestamp_micros());
    URL_SAFE_NO_PAD.encode(raw)
}

pub fn decode(cursor: &str) -> Result<(NaiveDateTime, Uuid), ApiError> {
    let invalid = || ApiError::field("cursor", "invalid", "cursor is not one this service issued");
    let raw = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| invalid())?;
    let raw = String::from_utf8(raw).map_err(|_| invalid())?;
    let (micros, id) = raw.split_once('|').ok_or_else(invalid)?;
    let micros: i64 = micros.parse().map_err(|_| invalid())?;
    let at = chrono::DateTime::from_timestamp_micros(micros).ok_or_else(invalid)?;
    Ok((at.naive_utc(), Uuid::parse_str(id).map_err(|_| invalid())?))
}

/// Builds the page from `limit + 1` fetched rows.
pub fn page<R, T>(
    mut rows: Vec<R>,
    limit: i64,
    key: impl Fn(&R) -> (NaiveDateTime, Uuid),
    out: impl Fn(R) -> T,
) -> Page<T> {
    let more = rows.len() as i64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    let next_cursor = if more {
        rows.last().map(|r| {
            let (at, id) = key(r);
            encode(at, id)
        })
    } else {
        None
    };
    Page {
        items: rows.into_iter().map(out).collect(),
        next_cursor,
    }
}

/// Timestamps on the wire: RFC 3339 in UTC.
pub fn utc(at: NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
    at.and_utc()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips_and_garbage_is_refused() {
        let at = chrono::Utc::now().naive_utc();
        let at = chrono::DateTime::from_timestamp_micros(at.and_utc().timestamp_micros())
            .expect("micros")
            .naive_utc();
        let id = Uuid::new_v4();
        assert_eq!(decode(&encode(at, id)).expect("decodes"), (at, id));
        for bad in ["", "!!!", "bm90IGEgY3Vyc29y"] {
            assert!(decode(bad).is_err(), "{bad}");
        }
    }
}
