//! In-process fixed-window counters: failed logins per account and per
//! address, and requests per account by tier. Each instance counts its own
//! traffic; behind a load balancer the effective limit is per instance.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Prune expired windows once the map holds this many keys.
const PRUNE_AT: usize = 10_000;

#[derive(Debug, Default)]
pub struct Limiter {
    windows: Mutex<HashMap<String, (Instant, u32)>>,
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
        match map.get(key) {
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
            && let Some((_, count)) = map.get_mut(key)
        {
            *count = count.saturating_sub(1);
        }
    }

    /// Forgets `key`, e.g. after a successful login.
    pub fn clear(&self, key: &str) {
        if let Ok(mut map) = self.windows.lock() {
            map.remove(key);
        }
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
        if map.len() >= PRUNE_AT {
            map.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let entry = map.entry(key.to_owned()).or_insert((now, 0));
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
}
