//! Per-account quotas by tier: bytes of originals kept, documents added per
//! day, reprocessing runs asked for per day (UTC days). A document over the
//! storage quota is refused as too large (413), one over a daily quota as
//! too many (429, until the next day). 0 means no limit.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use sqlx::PgConnection;
use uuid::Uuid;

use super::{Error, Result};
use crate::auth::Tier;
use crate::config::Config;

/// The limits that apply to one account now: its tier's in force.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Quota {
    pub stored_bytes: u64,
    pub documents_per_day: u32,
    pub reprocess_per_day: u32,
}

impl Quota {
    /// None at all.
    pub const UNLIMITED: Self = Self {
        stored_bytes: 0,
        documents_per_day: 0,
        reprocess_per_day: 0,
    };

    /// The quota of an account on `tier`.
    pub fn of(config: &Config, tier: Tier) -> Self {
        let (stored_bytes, documents_per_day, reprocess_per_day) = match tier {
            Tier::Free => (
                config.quota_free_stored_bytes,
                config.quota_free_documents_per_day,
                config.quota_free_reprocess_per_day,
            ),
            Tier::Pro => (
                config.quota_pro_stored_bytes,
                config.quota_pro_documents_per_day,
                config.quota_pro_reprocess_per_day,
            ),
            Tier::Enterprise => (
                config.quota_enterprise_stored_bytes,
                config.quota_enterprise_documents_per_day,
                config.quota_enterprise_reprocess_per_day,
            ),
        };
        Self {
            stored_bytes,
            documents_per_day,
            reprocess_per_day,
        }
    }
}

/// How long an account's stored total is trusted before it is summed
/// again (uploads this process admits are added meanwhile): summing an
/// account of a million documents on every upload would cost more than
/// the upload.
const STORED_FRESH: Duration = Duration::from_secs(60);
/// Accounts whose totals one process remembers.
const STORED_ACCOUNTS: usize = 100_000;

static STORED: LazyLock<Mutex<HashMap<Uuid, (u64, Instant)>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn remembered(user_id: Uuid) -> Option<u64> {
    let map = STORED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    map.get(&user_id)
        .filter(|(_, at)| at.elapsed() < STORED_FRESH)
        .map(|(bytes, _)| *bytes)
}

fn remember(user_id: Uuid, bytes: u64, at: Option<Instant>) {
    let mut map = STORED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if map.len() >= STORED_ACCOUNTS && !map.contains_key(&user_id) {
        map.retain(|_, (_, at)| at.elapsed() < STORED_FRESH);
        if map.len() >= STORED_ACCOUNTS {
            map.clear();
        }
    }
    let since = at
        .or_else(|| map.get(&user_id).map(|(_, at)| *at))
        .unwrap_or_else(Instant::now);
    map.insert(user_id, (bytes, since));
}

/// Seconds until the next UTC day, when daily quotas start again.
fn until_tomorrow() -> u64 {
    let now = chrono::Utc::now();
    let tomorrow = (now.date_naive() + chrono::Days::new(1))
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc())
        .unwrap_or(now);
    u64::try_from((tomorrow - now).num_seconds())
        .unwrap_or(1)
        .max(1)
}

/// Admits one more document of `bytes` for the account, or says which
/// quota it would pass.
pub async fn admit_document(
    conn: &mut PgConnection,
    user_id: Uuid,
    quota: Quota,
    bytes: u64,
) -> Result<()> {
    if quota.documents_per_day > 0 {
        let today: i64 = sqlx::query_scalar(
            "select count(*) from documents
             where user_id = $1 and deleted_at is null
               and created_at >= date_trunc('day', now() at time zone 'utc')",
        )
        .bind(user_id)
        .fetch_one(&mut *conn)
        .await?;
        if today >= i64::from(quota.documents_per_day) {
            return Err(Error::Quota {
                message: format!(
                    "this account has added its {} documents for today (UTC); more can be added tomorrow, or on a higher tier",
                    quota.documents_per_day
                ),
                retry_after_secs: Some(until_tomorrow()),
            });
        }
    }
    if quota.stored_bytes > 0 {
        let stored = match remembered(user_id) {
            Some(bytes) => bytes,
            None => {
                let at = Instant::now();
                let sum: i64 = sqlx::query_scalar(
                    "select coalesce(sum(file_size_bytes::bigint), 0)::bigint from documents
                     where user_id = $1",
                )
                .bind(user_id)
                .fetch_one(&mut *conn)
                .await?;
                let sum = u64::try_from(sum).unwrap_or(0);
                remember(user_id, sum, Some(at));
                sum
            }
        };
        if stored.saturating_add(bytes) > quota.stored_bytes {
            return Err(Error::Quota {
                message: format!(
                    "this account keeps {} of its {} of originals; this document ({}) would pass it: delete documents (deleted ones count until purged) or move to a higher tier",
                    human(stored),
                    human(quota.stored_bytes),
                    human(bytes)
                ),
                retry_after_secs: None,
            });
        }
        remember(user_id, stored.saturating_add(bytes), None);
    }
    Ok(())
}

/// Admits one more reprocessing run for the account today.
pub async fn admit_reprocess(conn: &mut PgConnection, user_id: Uuid, quota: Quota) -> Result<()> {
    if quota.reprocess_per_day == 0 {
        return Ok(());
    }
    let today: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs
         where user_id = $1 and action = 'reprocess' and resource_type = 'document'
           and created_at >= date_trunc('day', now() at time zone 'utc')",
    )
    .bind(user_id)
    .fetch_one(conn)
    .await?;
    if today >= i64::from(quota.reprocess_per_day) {
        return Err(Error::Quota {
            message: format!(
                "this account has asked for its {} reprocessing runs for today (UTC); more tomorrow, or on a higher tier",
                quota.reprocess_per_day
            ),
            retry_after_secs: Some(until_tomorrow()),
        });
    }
    Ok(())
}

/// `bytes` for a person: "1.5 GiB".
fn human(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["bytes", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_a_person_writes_them() {
        assert_eq!(human(512), "512 bytes");
        assert_eq!(human(1536), "1.5 KiB");
        assert_eq!(human(2 * 1024 * 1024 * 1024), "2.0 GiB");
    }

    #[test]
    fn the_next_day_is_less_than_a_day_away() {
        let secs = until_tomorrow();
        assert!((1..=86_400).contains(&secs), "{secs}");
    }

    #[test]
    fn each_tier_has_its_own_quota_and_enterprise_none() {
        let config = Config::default();
        assert_eq!(Quota::of(&config, Tier::Free).documents_per_day, 2_000);
        assert_eq!(Quota::of(&config, Tier::Pro).documents_per_day, 50_000);
        assert_eq!(Quota::of(&config, Tier::Enterprise), Quota::UNLIMITED);
    }
}
