//! In-process fixed-window counters: requests per account by tier, and
//! registrations per client address. Each instance counts its own traffic;
//! behind a load balancer the effective limit is per instance. (Failed
//! logins back off instead: see `lockout`.)

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::lockout;

/// Keys remembered at most; past this, expired windows are dropped, then
/// the oldest.
const CAPACITY: usize = 100_000;

#[derive(Debug, Default)]
pub struct Limiter {
    /// Keys are stored as fixed-size hashes, whatever their length.
    windows: Mutex<HashMap<[u8; 16], (Instant, u32)>>,
}

/// The request is over the limit; retry after this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub u64);

impl Limiter {
    /// Counts one event under `key`; refuses when the window already holds
    /// `limit` events.
    pub fn hit(&self, key: &str, limit: u32, window: Duration) -> Result<(), RetryAfter> {
        self.update(key, window, |count| {
            if *count >= limit {
                false
            } else {
                *count += 1;
                true
            }
        })
    }

    /// Whether `key` has reached `limit` in its current window; counts
    /// nothing and remembers nothing.
    pub fn check(&self, key: &str, limit: u32, window: Duration) -> Result<(), RetryAfter> {
        let now = Instant::now();
        let Ok(map) = self.windows.lock() else {
            return Ok(());
        };
        match map.get(&lockout::key("window", key)) {
            Some((start, count)) if now.duration_since(*start) < window && *count >= limit => {
                let left = window.saturating_sub(now.duration_since(*start));
                Err(RetryAfter(left.as_secs().max(1)))
            }
            _ => Ok(()),
        }
    }

    /// Gives back one counted event (an attempt that turned out fine).
    pub fn refund(&self, key: &str) {
        if let Ok(mut map) = self.windows.lock()
            && let Some((_, count)) = map.get_mut(&lockout::key("window", key))
        {
            *count = count.saturating_sub(1);
        }
    }

    /// Forgets `key`, e.g. after a successful login.
    pub fn clear(&self, key: &str) {
        if let Ok(mut map) = self.windows.lock() {
            map.remove(&lockout::key("window", key));
        }
    }

    /// How many keys are remembered.
    pub fn len(&self) -> usize {
        self.windows.lock().map_or(0, |m| m.len())
    }

    /// Whether no key is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn update(
        &self,
        key: &str,
        window: Duration,
        f: impl FnOnce(&mut u32) -> bool,
    ) -> Result<(), RetryAfter> {
        let now = Instant::now();
        let Ok(mut map) = self.windows.lock() else {
            return Ok(());
        };
        let key = lockout::key("window", key);
        if !map.contains_key(&key) && map.len() >= CAPACITY {
            map.retain(|_, (start, _)| now.duration_since(*start) < window);
            if map.len() >= CAPACITY {
                let mut ages: Vec<(Instant, [u8; 16])> =
                    map.iter().map(|(k, (start, _))| (*start, *k)).collect();
                ages.sort_unstable();
                for (_, k) in ages.into_iter().take(CAPACITY / 8) {
                    map.remove(&k);
                }
            }
        }
        let entry = map.entry(key).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        if f(&mut entry.1) {
            Ok(())
        } else {
            let left = window.saturating_sub(now.duration_since(entry.0));
            Err(RetryAfter(left.as_secs().max(1)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_holds_within_a_window_and_names_the_wait() {
        let l = Limiter::default();
        let w = Duration::from_secs(60);
        for _ in 0..3 {
            l.hit("k", 3, w).expect("under the limit");
        }
        let RetryAfter(secs) = l.hit("k", 3, w).expect_err("over the limit");
        assert!((1..=60).contains(&secs));
        assert!(l.check("k", 3, w).is_err());
        assert!(l.hit("other", 3, w).is_ok(), "keys are independent");
        l.refund("k");
        assert!(l.check("k", 3, w).is_ok(), "a refund frees one place");
        l.clear("k");
        assert!(l.hit("k", 3, w).is_ok());
        assert!(l.check("never-seen", 1, w).is_ok());
    }

    #[test]
    fn the_map_stays_bounded() {
        let l = Limiter::default();
        let w = Duration::from_secs(3600);
        for i in 0..(CAPACITY + 10) {
            let _ = l.hit(&format!("register:{i}"), 10, w);
        }
        assert!(l.len() <= CAPACITY, "{}", l.len());
    }
}
