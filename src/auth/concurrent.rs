//! How many of something an account holds open at once (event streams):
//! a slot is taken when one opens and given back when it is dropped, so a
//! stream that ends in any way (finished, client gone, credential revoked)
//! frees its place.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use uuid::Uuid;

/// Open things per account, at most `cap` each.
#[derive(Debug)]
pub struct PerAccount {
    open: Mutex<HashMap<Uuid, usize>>,
    cap: usize,
}

/// One open thing; its place is given back when this is dropped.
#[derive(Debug)]
pub struct Slot {
    of: Arc<PerAccount>,
    account: Uuid,
}

impl PerAccount {
    pub fn new(cap: usize) -> Arc<Self> {
        Arc::new(Self {
            open: Mutex::new(HashMap::new()),
            cap: cap.max(1),
        })
    }

    /// The most an account may hold open.
    pub fn cap(&self) -> usize {
        self.cap
    }

    /// A slot for `account`, or `None` when it already holds `cap`.
    pub fn take(self: &Arc<Self>, account: Uuid) -> Option<Slot> {
        let mut open = self.open.lock().ok()?;
        let n = open.entry(account).or_insert(0);
        if *n >= self.cap {
            return None;
        }
        *n += 1;
        Some(Slot {
            of: Arc::clone(self),
            account,
        })
    }

    /// How many `account` holds open.
    pub fn held(&self, account: Uuid) -> usize {
        self.open
            .lock()
            .map_or(0, |o| o.get(&account).copied().unwrap_or(0))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut open) = self.of.open.lock()
            && let Some(n) = open.get_mut(&self.account)
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                open.remove(&self.account);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_holds_at_most_its_cap_and_a_dropped_slot_frees_a_place() {
        let streams = PerAccount::new(2);
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let first = streams.take(a).expect("one");
        let _second = streams.take(a).expect("two");
        assert!(streams.take(a).is_none(), "not three");
        assert!(streams.take(b).is_some(), "accounts are separate");
        drop(first);
        assert_eq!(streams.held(a), 1);
        assert!(streams.take(a).is_some(), "a place came back");
    }
}
