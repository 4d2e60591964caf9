//! Keyset pagination: lists answer `{"items": [...], "next_cursor": …}`; the
//! cursor is opaque to clients: the last row's sort key, written as
//! `<microseconds since 1970>.<uuid>`. Its pattern is in the OpenAPI
//! document ([`CURSOR_PATTERN`]) and every string that matches it is a
//! position a list can start after, so the schema and the server agree on
//! what a cursor is.

use chrono::NaiveDateTime;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::ApiError;

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 100;

/// What a list's `cursor` looks like: microseconds since 1970 (up to 16
/// digits, about 316 years), a dot, a lower-case hyphenated UUID.
pub const CURSOR_PATTERN: &str =
    "^[0-9]{1,16}\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

/// The OpenAPI schema of a list's `cursor` parameter.
pub fn cursor_schema() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .pattern(Some(CURSOR_PATTERN))
        .max_length(Some(53))
        .build()
}

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
    let micros = created_at.and_utc().timestamp_micros().max(0);
    format!("{micros}.{}", id.hyphenated())
}

/// A cursor matching [`CURSOR_PATTERN`], or a refusal.
pub fn decode(cursor: &str) -> Result<(NaiveDateTime, Uuid), ApiError> {
    let invalid = || {
        ApiError::field(
            "cursor",
            "invalid",
            "cursor must be a next_cursor this service returned",
        )
    };
    let (micros, id) = cursor.split_once('.').ok_or_else(invalid)?;
    if micros.is_empty() || micros.len() > 16 || !micros.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    let micros: i64 = micros.parse().map_err(|_| invalid())?;
    let at = chrono::DateTime::from_timestamp_micros(micros).ok_or_else(invalid)?;
    let parsed = Uuid::try_parse(id).map_err(|_| invalid())?;
    // Only the lower-case hyphenated form the pattern states.
    if parsed.hyphenated().to_string() != id {
        return Err(invalid());
    }
    Ok((at.naive_utc(), parsed))
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
        let upper = format!("1.{}", id.hyphenated()).to_uppercase();
        for bad in [
            "",
            "!!!",
            "bm90IGEgY3Vyc29y",
            ".",
            "12345678901234567.",
            &upper,
        ] {
            assert!(decode(bad).is_err(), "{bad}");
        }
    }
}
