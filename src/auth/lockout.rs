//! Failed-login back-off, per account and per client address. A key may
//! fail a few times freely; each failure after that locks it for twice as
//! long as the one before (from [`FIRST_LOCK`] up to a longest lock), so a
//! guesser gets fewer tries the longer it keeps at it, and cannot renew its
//! allowance by waiting out a fixed window. Memory is bounded whatever the
//! traffic: keys are kept as fixed-size hashes, entries expire, and past a
//! capacity the oldest are evicted.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::ratelimit::RetryAfter;

/// The first lock, once a key has used its free failures: long enough to
/// stop a script, short enough that a person who mistyped five times waits
/// only a minute.
pub const FIRST_LOCK: Duration = Duration::from_secs(60);

/// Keys remembered at most (a few dozen bytes each, so a few MiB in all);
/// past this the least recently failed are forgotten first.
pub const CAPACITY: usize = 100_000;

/// A key as stored: the first 16 bytes of the SHA-256 of what it names, so
/// an entry's size does not depend on what a client sent.
type Key = [u8; 16];

/// A fixed-size key for `kind` (`account`, `address`) and `value`.
pub fn key(kind: &str, value: &str) -> Key {
    let digest = Sha256::new()
        .chain_update(kind.as_bytes())
        .chain_update([0])
        .chain_update(value.as_bytes())
        .finalize();
    let mut k = [0; 16];
    k.copy_from_slice(&digest[..16]);
    k
}

/// A client address as limits count it: an IPv6 address by its /64, the
/// block one subscriber usually holds, so a host cannot dodge a limit by
/// moving within its own block.
pub fn address(ip: Option<IpAddr>) -> String {
    match ip.map(|ip| ip.to_canonical()) {
        Some(IpAddr::V6(v6)) => {
            let mut s = v6.segments();
            s[4..].fill(0);
            format!("{}/64", std::net::Ipv6Addr::from(s))
        }
        Some(v4) => v4.to_string(),
        None => String::new(),
    }
}

/// The key of a client address (see [`address`]).
pub fn address_key(ip: Option<IpAddr>) -> Key {
    key("address", &address(ip))
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    failures: u32,
    last_failure: Instant,
    locked_until: Option<Instant>,
    /// Whether a refusal during the current lock has been reported (and
    /// audited) already.
    refusal_reported: bool,
}

impl Entry {
    /// Forgotten once quiet for `longest` after its lock (if any) ended.
    fn expired(&self, now: Instant, longest: Duration) -> bool {
        let since = self
            .locked_until
            .map_or(self.last_failure, |until| until.max(self.last_failure));
        now.saturating_duration_since(since) >= longest
    }
}

/// A refused attempt: how long to wait, and whether it is the first refusal
/// of this lock (the only one worth an audit row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    pub retry_after: RetryAfter,
    pub first: bool,
}

/// A failure counted by [`Lockout::attempt`], with what the key's lock was
/// before it, so that [`Lockout::refund`] can undo it exactly.
#[derive(Debug, Clone, Copy)]
pub struct Counted {
    key: Key,
    locked_until: Option<Instant>,
    refusal_reported: bool,
}

/// Failed-login back-off for many keys.
#[derive(Debug)]
pub struct Lockout {
    entries: Mutex<HashMap<Key, Entry>>,
    longest: Duration,
    capacity: usize,
}

impl Lockout {
    /// Locks that grow up to `longest`, for at most `capacity` keys.
    pub fn new(longest: Duration, capacity: usize) -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            longest: longest.max(FIRST_LOCK),
            capacity: capacity.max(1),
        }
    }

    /// Starts an attempt under `key`, which may fail `free` times before it
    /// is locked: refused while locked, otherwise counted as a failure now
    /// (so parallel guesses cannot slip past the limit) until
    /// [`Lockout::succeeded`] or [`Lockout::refund`] takes it back.
    pub fn attempt(&self, key: Key, free: u32) -> Result<Counted, Refused> {
        self.attempt_at(key, free, Instant::now())
    }

    fn attempt_at(&self, key: Key, free: u32, now: Instant) -> Result<Counted, Refused> {
        let untouched = Counted {
            key,
            locked_until: None,
            refusal_reported: false,
        };
        let Ok(mut map) = self.entries.lock() else {
            return Ok(untouched);
        };
        if let Some(e) = map.get(&key)
            && e.expired(now, self.longest)
        {
            map.remove(&key);
        }
        if !map.contains_key(&key) && map.len() >= self.capacity {
            self.make_room(&mut map, now);
        }
        let entry = map.entry(key).or_insert(Entry {
            failures: 0,
            last_failure: now,
            locked_until: None,
            refusal_reported: false,
        });
        if let Some(until) = entry.locked_until.filter(|until| *until > now) {
            let first = !entry.refusal_reported;
            entry.refusal_reported = true;
            let wait = until.saturating_duration_since(now);
            return Err(Refused {
                retry_after: RetryAfter(wait.as_secs().max(1)),
                first,
            });
        }
        let counted = Counted {
            key,
            locked_until: entry.locked_until,
            refusal_reported: entry.refusal_reported,
        };
        entry.failures = entry.failures.saturating_add(1);
        entry.last_failure = now;
        entry.locked_until = lock_for(entry.failures, free, self.longest).map(|d| now + d);
        entry.refusal_reported = false;
        Ok(counted)
    }

    /// Takes back a counted failure (an attempt that turned out fine for
    /// its key, such as the address of a successful login): the count goes
    /// down and the lock is what it was before, so successes behind one
    /// address never lock it.
    pub fn refund(&self, counted: Counted) {
        if let Ok(mut map) = self.entries.lock()
            && let Some(e) = map.get_mut(&counted.key)
        {
            e.failures = e.failures.saturating_sub(1);
            e.locked_until = counted.locked_until;
            e.refusal_reported = counted.refusal_reported;
        }
    }

    /// Forgets `key`: its owner has just proved who they are.
    pub fn succeeded(&self, key: Key) {
        if let Ok(mut map) = self.entries.lock() {
            map.remove(&key);
        }
    }

    /// How many keys are remembered.
    pub fn len(&self) -> usize {
        self.entries.lock().map_or(0, |m| m.len())
    }

    /// Whether no key is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drops the expired entries, and if that is not enough, the eighth
    /// that failed longest ago, locked ones last (a flood of new keys must
    /// not wash out an account's lock; it costs a sort once in a while, not
    /// a scan per request).
    fn make_room(&self, map: &mut HashMap<Key, Entry>, now: Instant) {
        map.retain(|_, e| !e.expired(now, self.longest));
        if map.len() < self.capacity {
            return;
        }
        let mut ages: Vec<(Instant, Key)> = map
            .iter()
            .map(|(k, e)| {
                let latest = e
                    .locked_until
                    .map_or(e.last_failure, |until| until.max(e.last_failure));
                (latest, *k)
            })
            .collect();
        ages.sort_unstable();
        let drop = (self.capacity / 8).max(1);
        for (_, k) in ages.into_iter().take(drop) {
            map.remove(&k);
        }
    }
}

/// The lock after `failures` failures of which `free` were allowed: none
/// below it, then [`FIRST_LOCK`] doubling with each failure, up to `longest`.
fn lock_for(failures: u32, free: u32, longest: Duration) -> Option<Duration> {
    let over = failures.checked_sub(free.max(1))?;
    let factor = 1u32.checked_shl(over.min(31)).unwrap_or(u32::MAX);
    Some(FIRST_LOCK.saturating_mul(factor).min(longest))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONGEST: Duration = Duration::from_secs(900);

    #[test]
    fn free_failures_then_a_lock_that_doubles_up_to_the_longest() {
        let l = Lockout::new(LONGEST, 100);
        let k = key("account", "ada@example.org");
        let t0 = Instant::now();
        for _ in 0..3 {
            l.attempt_at(k, 3, t0).expect("free failures");
        }
        let refused = l.attempt_at(k, 3, t0).expect_err("locked after the third");
        assert_eq!(refused.retry_after, RetryAfter(60));
        assert!(refused.first, "the first refusal is reported");
        let again = l.attempt_at(k, 3, t0).expect_err("still locked");
        assert!(!again.first, "later refusals of one lock are not");
        // The lock ends; the next failure locks for twice as long.
        let t1 = t0 + Duration::from_secs(61);
        l.attempt_at(k, 3, t1).expect("the lock has ended");
        let refused = l.attempt_at(k, 3, t1).expect_err("locked again");
        assert_eq!(refused.retry_after, RetryAfter(120));
        assert!(refused.first);
        assert_eq!(lock_for(40, 3, LONGEST), Some(LONGEST), "capped");
        assert_eq!(lock_for(2, 3, LONGEST), None);
    }

    #[test]
    fn waiting_out_a_lock_does_not_renew_the_allowance() {
        let l = Lockout::new(LONGEST, 100);
        let k = key("account", "target@example.org");
        let t0 = Instant::now();
        for _ in 0..5 {
            l.attempt_at(k, 5, t0).expect("free");
        }
        let t1 = t0 + Duration::from_secs(61);
        l.attempt_at(k, 5, t1).expect("one try after the lock");
        assert!(l.attempt_at(k, 5, t1).is_err(), "not five more");
        // Quiet for the longest lock after the last one ended: forgotten.
        let t2 = t1 + Duration::from_secs(120) + LONGEST;
        for _ in 0..5 {
            l.attempt_at(k, 5, t2).expect("a fresh start");
        }
    }

    #[test]
    fn a_success_forgets_and_a_refund_unlocks() {
        let l = Lockout::new(LONGEST, 100);
        let (a, b) = (key("account", "a"), key("address", "b"));
        let now = Instant::now();
        l.attempt_at(a, 1, now).expect("free");
        assert!(l.attempt_at(a, 1, now).is_err());
        l.succeeded(a);
        assert!(l.attempt_at(a, 1, now).is_ok());
        let counted = l.attempt_at(b, 1, now).expect("free");
        l.refund(counted);
        assert!(l.attempt_at(b, 1, now).is_ok(), "refunded: not locked");
    }

    #[test]
    fn successes_behind_an_address_past_its_allowance_do_not_lock_it_again() {
        let l = Lockout::new(LONGEST, 100);
        let office = key("address", "office");
        let mut now = Instant::now();
        // Its allowance of 3 used up by failures, then a lock waited out.
        for _ in 0..3 {
            l.attempt_at(office, 3, now).expect("free");
        }
        now += LONGEST / 2;
        // Now people log in successfully, one after another.
        for _ in 0..10 {
            let counted = l.attempt_at(office, 3, now).expect("not locked");
            l.refund(counted);
            now += Duration::from_secs(1);
        }
    }

    #[test]
    fn a_flood_of_new_keys_does_not_wash_out_a_lock() {
        let l = Lockout::new(LONGEST, 64);
        let victim = key("account", "victim@example.org");
        let now = Instant::now();
        l.attempt_at(victim, 1, now).expect("free");
        assert!(l.attempt_at(victim, 1, now).is_err(), "locked");
        for i in 0..10_000 {
            let _ = l.attempt_at(key("account", &format!("junk{i}")), 5, now);
        }
        assert!(l.attempt_at(victim, 1, now).is_err(), "still locked");
    }

    #[test]
    fn memory_stays_bounded_whatever_the_keys() {
        let l = Lockout::new(LONGEST, 1000);
        let now = Instant::now();
        for i in 0..20_000 {
            let _ = l.attempt_at(key("account", &format!("{i}@example.org")), 5, now);
        }
        assert!(l.len() <= 1000, "{}", l.len());
        // A megabyte of key costs the same sixteen bytes.
        let huge = "x".repeat(1 << 20);
        assert_eq!(key("account", &huge).len(), 16);
    }

    #[test]
    fn an_ipv6_client_counts_by_its_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().expect("ip");
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().expect("ip");
        let c: IpAddr = "2001:db8:1:3::1".parse().expect("ip");
        assert_eq!(address_key(Some(a)), address_key(Some(b)));
        assert_ne!(address_key(Some(a)), address_key(Some(c)));
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().expect("ip");
        let v4: IpAddr = "192.0.2.1".parse().expect("ip");
        assert_eq!(address_key(Some(mapped)), address_key(Some(v4)));
    }
}
