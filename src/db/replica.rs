//! Reads on a streaming replica (`database_read_url`): search, the list and
//! stats go there unless that could show the caller something older than
//! what it wrote, or than the replica may lag (`database_read_max_lag_ms`).
//!
//! How the choice is made, with no clock shared between the servers:
//!
//! - A probe, at most every [`PROBE_EVERY`] and only when a read asks,
//!   notes the primary's WAL position (`pg_current_wal_insert_lsn()`:
//!   past every commit, asynchronous ones too) with the
//!   instant just before asking, then the replica's replayed position
//!   (`pg_last_wal_replay_lsn()`). The replica holds everything the primary
//!   had at a noted instant once its replayed position reaches the one
//!   noted then; how long ago that instant was is its lag.
//! - A write by an account leaves a fence for it: the primary's position
//!   just after an API write (`X-OpenComplai-Consistency` answers with
//!   it), or, for a status change heard through `LISTEN` (a worker, maybe
//!   of another process, finishing a document), the instant it was heard,
//!   which the first position noted after it stands for. Until the replica
//!   has replayed past the fence, the account reads from the primary.
//! - A client may send the header back on its reads (to another process,
//!   say); the replica serves them only once it has replayed that far.
//!
//! An unreachable or lagging replica sends every read to the primary, and a
//! read the replica fails with a lost connection or a recovery conflict is
//! run again on the primary. Audit rows of reads are always written on the
//! primary (`audit::group::Writer`), never here.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sqlx::PgPool;
use uuid::Uuid;

/// How stale a probe may be before a read asks again: small against a
/// request, large enough that a busy service probes a few times a second.
pub const PROBE_EVERY: Duration = Duration::from_millis(50);
/// How long one probe query may take before the server counts as down.
const PROBE_TIMEOUT: Duration = Duration::from_millis(500);
/// After a failed probe (or read), how long reads skip the replica.
const DOWN_FOR: Duration = Duration::from_secs(1);
/// A fence older than this is dropped even if never checked: the replica
/// either caught up long ago or is too far behind to be used anyway.
const FENCE_HORIZON: Duration = Duration::from_secs(600);
/// The response header carrying a write's position, and the request header
/// a client may send it back in.
pub const CONSISTENCY_HEADER: &str = "x-opencomplai-consistency";

/// A position in the write-ahead log (`pg_lsn`), as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Lsn(u64);

impl Lsn {
    /// `16/B374D848`, PostgreSQL's text form.
    pub fn parse(text: &str) -> Option<Self> {
        let (high, low) = text.trim().split_once('/')?;
        if high.is_empty() || low.is_empty() || high.len() > 8 || low.len() > 8 {
            return None;
        }
        let high = u64::from_str_radix(high, 16).ok()?;
        let low = u64::from_str_radix(low, 16).ok()?;
        Some(Self((high << 32) | low))
    }
}

impl Lsn {
    /// The insert position at the start of a WAL page points past the
    /// page's header, where no record ends: the replica's replayed position
    /// stops at the page boundary and would never reach it while the
    /// primary is idle. A position inside a header is taken as the
    /// boundary (headers are 24 bytes, 40 on a segment's first page).
    pub fn past_page_header(self, block_size: i32) -> Self {
        const LONG_PAGE_HEADER: u64 = 40;
        let Ok(block) = u64::try_from(block_size) else {
            return self;
        };
        if block == 0 {
            return self;
        }
        let offset = self.0 % block;
        if offset <= LONG_PAGE_HEADER {
            Self(self.0 - offset)
        } else {
            self
        }
    }
}

impl fmt::Display for Lsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:X}/{:X}", self.0 >> 32, self.0 & 0xFFFF_FFFF)
    }
}

/// Where an account's next read must not come from before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fence {
    /// A position on the primary.
    At(Lsn),
    /// Whatever the primary held at this instant (a change heard of then).
    After(Instant),
}

/// The accounts with writes the replica may not have yet. Cheap to clone;
/// `disabled()` (no replica) records nothing.
#[derive(Debug, Clone, Default)]
pub struct Fences(Option<Arc<Mutex<FenceMap>>>);

/// Each account's fences: at most one position and one instant.
type FenceMap = HashMap<Uuid, Vec<Fence>>;

impl Fences {
    pub fn enabled() -> Self {
        Self(Some(Arc::default()))
    }

    pub fn disabled() -> Self {
        Self(None)
    }

    /// The account's documents changed just now (heard through `LISTEN`).
    pub fn changed(&self, account: Uuid) {
        self.add(account, Fence::After(Instant::now()));
    }

    fn add(&self, account: Uuid, fence: Fence) {
        let Some(map) = &self.0 else { return };
        if let Ok(mut map) = map.lock() {
            let fences = map.entry(account).or_default();
            // One position and one instant are enough: the larger of each.
            match fence {
                Fence::At(lsn) => {
                    fences.retain(|f| !matches!(f, Fence::At(old) if *old <= lsn));
                    if !fences.iter().any(|f| matches!(f, Fence::At(_))) {
                        fences.push(fence);
                    }
                }
                Fence::After(_) => {
                    fences.retain(|f| matches!(f, Fence::At(_)));
                    fences.push(fence);
                }
            }
        }
    }

    /// The account's fences, dropping it once the probe shows all passed.
    fn take_passed(&self, account: Uuid, probe: &Probe) -> Vec<Fence> {
        let Some(map) = &self.0 else {
            return Vec::new();
        };
        let Ok(mut map) = map.lock() else {
            return Vec::new();
        };
        let Some(fences) = map.get(&account) else {
            return Vec::new();
        };
        if fences.iter().all(|f| probe.passed(*f)) {
            map.remove(&account);
            return Vec::new();
        }
        fences.clone()
    }

    /// Drops the fences the replica has passed, or too old to matter.
    fn prune(&self, probe: &Probe, now: Instant) {
        let Some(map) = &self.0 else { return };
        if let Ok(mut map) = map.lock() {
            map.retain(|_, fences| {
                fences.retain(|f| {
                    !probe.passed(*f)
                        && !matches!(f, Fence::After(t) if now.duration_since(*t) > FENCE_HORIZON)
                });
                !fences.is_empty()
            });
        }
    }
}

/// What the last probes saw.
#[derive(Debug, Default)]
struct Probe {
    /// When the last probe ran (successfully or not).
    checked: Option<Instant>,
    /// The primary's positions with the instant just before each was asked
    /// for, oldest first; kept for the longest lag allowed.
    primary: VecDeque<(Instant, Lsn)>,
    /// The replica's replayed position after the newest primary one; `None`
    /// when it did not answer (or is no standby).
    replayed: Option<Lsn>,
    /// Reads skip the replica until then.
    down_until: Option<Instant>,
}

impl Probe {
    /// The newest instant at which the primary held nothing the replica
    /// has not replayed.
    fn caught_up_to(&self) -> Option<Instant> {
        let replayed = self.replayed?;
        self.primary
            .iter()
            .rev()
            .find(|(_, lsn)| *lsn <= replayed)
            .map(|(at, _)| *at)
    }

    /// Whether the replica has replayed past `fence`. An instant stands for
    /// the first position noted after it; none noted yet: not passed.
    fn passed(&self, fence: Fence) -> bool {
        let Some(replayed) = self.replayed else {
            return false;
        };
        match fence {
            Fence::At(lsn) => replayed >= lsn,
            Fence::After(t) => self
                .primary
                .iter()
                .find(|(at, _)| *at >= t)
                .is_some_and(|(_, lsn)| replayed >= *lsn),
        }
    }

    /// Whether a read held to `fences` may go to the replica at `now`.
    fn serves(&self, now: Instant, max_lag: Duration, fences: &[Fence]) -> bool {
        if self.down_until.is_some_and(|until| now < until) {
            return false;
        }
        let fresh = self
            .caught_up_to()
            .is_some_and(|at| now.saturating_duration_since(at) <= max_lag);
        fresh && fences.iter().all(|f| self.passed(*f))
    }
}

/// The replica: its pool and what is known of it.
#[derive(Debug)]
struct Replica {
    pool: PgPool,
    max_lag: Duration,
    probe: tokio::sync::Mutex<Probe>,
}

/// Where reads go: the primary, and the replica when one is configured.
#[derive(Debug, Clone)]
pub struct Reads {
    primary: PgPool,
    replica: Option<Arc<Replica>>,
    fences: Fences,
}

/// The pool one read goes to, with the primary to fall back on.
#[derive(Debug, Clone)]
pub struct Route {
    pool: PgPool,
    /// Set when `pool` is the replica.
    fallback: Option<(PgPool, Arc<Replica>)>,
}

impl Reads {
    /// Every read on `primary`.
    pub fn primary_only(primary: PgPool) -> Self {
        Self {
            primary,
            replica: None,
            fences: Fences::disabled(),
        }
    }

    /// Reads on `replica` when it is fresh enough; `fences` are the ones
    /// the notification listener adds to (see [`Fences::changed`]).
    pub fn with_replica(
        primary: PgPool,
        replica: PgPool,
        max_lag: Duration,
        fences: Fences,
    ) -> Self {
        Self {
            primary,
            replica: Some(Arc::new(Replica {
                pool: replica,
                max_lag,
                probe: tokio::sync::Mutex::new(Probe::default()),
            })),
            fences,
        }
    }

    pub fn has_replica(&self) -> bool {
        self.replica.is_some()
    }

    /// A route on the primary, whatever is configured.
    pub fn primary(&self) -> Route {
        Route {
            pool: self.primary.clone(),
            fallback: None,
        }
    }

    /// Notes a write by `account` that has just committed; the primary's
    /// position after it, for the client to send back, when a replica is
    /// configured and the primary answered.
    pub async fn wrote(&self, account: Uuid) -> Option<Lsn> {
        self.replica.as_ref()?;
        match current_lsn(&self.primary).await {
            Some(lsn) => {
                self.fences.add(account, Fence::At(lsn));
                Some(lsn)
            }
            None => {
                // The position is unknown: the next one noted stands for it.
                self.fences.changed(account);
                None
            }
        }
    }

    /// Where `account`'s read goes, held also to `token` (a position the
    /// client sent back).
    pub async fn route(&self, account: Option<Uuid>, token: Option<Lsn>) -> Route {
        let Some(replica) = &self.replica else {
            return self.primary();
        };
        let now = Instant::now();
        let mut probe = replica.probe.lock().await;
        if probe.down_until.is_some_and(|until| now < until) {
            return self.primary();
        }
        if probe
            .checked
            .is_none_or(|at| now.duration_since(at) >= PROBE_EVERY)
        {
            refresh(&mut probe, &self.primary, replica, now).await;
            self.fences.prune(&probe, now);
        }
        let mut fences = account
            .map(|a| self.fences.take_passed(a, &probe))
            .unwrap_or_default();
        fences.extend(token.map(Fence::At));
        if probe.serves(now, replica.max_lag, &fences) {
            Route {
                pool: replica.pool.clone(),
                fallback: Some((self.primary.clone(), Arc::clone(replica))),
            }
        } else {
            self.primary()
        }
    }
}

impl Route {
    /// Whether this read goes to the replica.
    pub fn is_replica(&self) -> bool {
        self.fallback.is_some()
    }

    /// Runs `read` on the chosen pool; when that is the replica and it
    /// failed for being gone or in conflict with replay, marks the replica
    /// down and runs `read` again on the primary.
    pub async fn run<T, E, F, Fut>(&self, read: F) -> Result<T, E>
    where
        F: Fn(PgPool) -> Fut,
        Fut: Future<Output = Result<T, E>>,
        E: Failover,
    {
        let result = read(self.pool.clone()).await;
        match (&result, &self.fallback) {
            (Err(e), Some((primary, replica))) if e.sqlx().is_some_and(replica_failed) => {
                tracing::warn!(
                    error = %e.sqlx().map(ToString::to_string).unwrap_or_default(),
                    "a read failed on the replica; answered from the primary"
                );
                replica.probe.lock().await.down_until = Some(Instant::now() + DOWN_FOR);
                read(primary.clone()).await
            }
            _ => result,
        }
    }
}

/// An error that may carry the database's: the failed read is tried again
/// on the primary when the replica is the cause.
pub trait Failover {
    fn sqlx(&self) -> Option<&sqlx::Error>;
}

impl Failover for sqlx::Error {
    fn sqlx(&self) -> Option<&sqlx::Error> {
        Some(self)
    }
}

/// The server went away or would not take the read: a lost or refused
/// connection, a pool with none to give, a standby shutting down, or a
/// query cancelled for conflicting with replay (40001 on a standby).
fn replica_failed(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|c| c.starts_with("08") || c.starts_with("57P") || c == "40001"),
        _ => false,
    }
}

/// Asks the primary for its position and the replica for its replayed one
/// (in that order, so the one is comparable with the other).
async fn refresh(probe: &mut Probe, primary: &PgPool, replica: &Replica, now: Instant) {
    probe.checked = Some(now);
    let asked = Instant::now();
    if let Some(lsn) = current_lsn(primary).await {
        probe.primary.push_back((asked, lsn));
    }
    // Keep what the longest allowed lag needs, and at least the newest.
    let keep = replica.max_lag + PROBE_EVERY * 2;
    while probe.primary.len() > 1
        && probe
            .primary
            .front()
            .is_some_and(|(at, _)| now.duration_since(*at) > keep)
    {
        probe.primary.pop_front();
    }
    let replayed = tokio::time::timeout(
        PROBE_TIMEOUT,
        sqlx::query_as::<_, (bool, Option<String>)>(
            "select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text",
        )
        .fetch_one(&replica.pool),
    )
    .await;
    probe.replayed = match replayed {
        Ok(Ok((true, Some(lsn)))) => Lsn::parse(&lsn),
        Ok(Ok(_)) => {
            tracing::warn!(
                "DATABASE_READ_URL is not a standby in recovery (promoted?): reads stay on \
                 the primary"
            );
            None
        }
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "the read replica did not answer; reads go to the primary");
            None
        }
        Err(_) => {
            tracing::warn!("the read replica did not answer in time; reads go to the primary");
            None
        }
    };
    if probe.replayed.is_none() {
        probe.down_until = Some(Instant::now() + DOWN_FOR);
    }
}

/// The primary's current WAL position; `None` if it did not answer in time.
/// The insert position, not the written one: with `synchronous_commit =
/// off` a commit that has returned may not be written out yet, and the
/// fence must lie past it all the same.
async fn current_lsn(primary: &PgPool) -> Option<Lsn> {
    let asked = sqlx::query_as::<_, (String, i32)>(
        "select pg_current_wal_insert_lsn()::text, current_setting('wal_block_size')::int",
    )
    .fetch_one(primary);
    match tokio::time::timeout(PROBE_TIMEOUT, asked).await {
        Ok(Ok((text, block))) => Lsn::parse(&text).map(|l| l.past_page_header(block)),
        Ok(Err(e)) => {
            tracing::debug!(error = %e, "could not read the primary's WAL position");
            None
        }
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lsn(n: u64) -> Lsn {
        Lsn(n)
    }

    /// A probe that saw the primary at `positions` (instants after `t0`,
    /// in milliseconds) and the replica at `replayed`.
    fn probe(t0: Instant, positions: &[(u64, u64)], replayed: u64) -> Probe {
        Probe {
            checked: Some(t0),
            primary: positions
                .iter()
                .map(|(ms, n)| (t0 + Duration::from_millis(*ms), lsn(*n)))
                .collect(),
            replayed: Some(lsn(replayed)),
            down_until: None,
        }
    }

    #[test]
    fn positions_read_and_print_as_postgresql_writes_them() {
        let l = Lsn::parse("16/B374D848").expect("parses");
        assert_eq!(l.0, (0x16 << 32) | 0xB374_D848);
        assert_eq!(l.to_string(), "16/B374D848");
        assert_eq!(Lsn::parse("0/0"), Some(Lsn(0)));
        for bad in ["", "16", "/1", "1/", "x/1", "123456789/0", "1/2/3"] {
            assert_eq!(Lsn::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_position_inside_a_page_header_is_the_page_boundary() {
        let page = Lsn::parse("0/3000000").expect("parses");
        let after_header = Lsn::parse("0/3000028").expect("parses");
        assert_eq!(after_header.past_page_header(8192), page);
        assert_eq!(Lsn(8192 + 24).past_page_header(8192), Lsn(8192));
        assert_eq!(Lsn(8192 + 41).past_page_header(8192), Lsn(8192 + 41));
        assert_eq!(Lsn(5).past_page_header(0), Lsn(5));
    }

    #[test]
    fn a_replica_that_replayed_what_the_primary_had_recently_serves_reads() {
        let t0 = Instant::now();
        let p = probe(t0, &[(0, 100), (50, 200)], 150);
        let now = t0 + Duration::from_millis(60);
        assert_eq!(p.caught_up_to(), Some(t0));
        assert!(p.serves(now, Duration::from_millis(100), &[]));
        // The same replica, asked later, is too far behind.
        let later = t0 + Duration::from_millis(500);
        assert!(!p.serves(later, Duration::from_millis(100), &[]));
    }

    #[test]
    fn a_replica_behind_every_noted_position_does_not_serve() {
        let t0 = Instant::now();
        let p = probe(t0, &[(0, 100), (50, 200)], 99);
        assert!(!p.serves(t0, Duration::from_secs(10), &[]));
    }

    #[test]
    fn an_account_reads_from_the_replica_only_past_its_fence() {
        let t0 = Instant::now();
        let p = probe(t0, &[(0, 100), (50, 200)], 150);
        let now = t0 + Duration::from_millis(60);
        let lag = Duration::from_secs(1);
        assert!(p.serves(now, lag, &[Fence::At(lsn(150))]));
        assert!(!p.serves(now, lag, &[Fence::At(lsn(151))]));
        // A change heard before the first position: that position covers it.
        assert!(p.serves(now, lag, &[Fence::After(t0)]));
        // Heard between the two: the second (200) is not replayed yet.
        assert!(!p.serves(now, lag, &[Fence::After(t0 + Duration::from_millis(1))]));
        // Heard after the newest position: nothing noted covers it yet.
        assert!(!p.serves(now, lag, &[Fence::After(t0 + Duration::from_millis(55))]));
    }

    #[test]
    fn a_replica_marked_down_serves_nothing_until_the_time_is_up() {
        let t0 = Instant::now();
        let mut p = probe(t0, &[(0, 100)], 100);
        p.down_until = Some(t0 + Duration::from_millis(10));
        assert!(!p.serves(t0, Duration::from_secs(1), &[]));
        assert!(p.serves(t0 + Duration::from_millis(10), Duration::from_secs(1), &[]));
    }

    #[test]
    fn fences_are_dropped_once_passed_and_kept_until_then() {
        let t0 = Instant::now();
        let fences = Fences::enabled();
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        fences.add(a, Fence::At(lsn(120)));
        fences.add(a, Fence::At(lsn(110)));
        fences.add(b, Fence::At(lsn(300)));
        let p = probe(t0, &[(0, 100)], 150);
        assert!(fences.take_passed(a, &p).is_empty());
        assert_eq!(fences.take_passed(b, &p), vec![Fence::At(lsn(300))]);
        fences.prune(&p, t0);
        assert_eq!(fences.take_passed(b, &p), vec![Fence::At(lsn(300))]);
        // Disabled (no replica): nothing is kept.
        let off = Fences::disabled();
        off.changed(a);
        assert!(off.take_passed(a, &p).is_empty());
    }
}
