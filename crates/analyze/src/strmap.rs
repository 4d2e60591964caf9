//! A byte-string map tuned for many short keys: keys of up to 7 bytes are
//! packed into a `u64` (no pointer chase, no `memcmp`), longer keys live in
//! an ordinary hash map. Used for the BPE ranks and the VADER lexicon,
//! which are probed once per token.

use rustc_hash::FxHashMap;

#[derive(Default)]
pub(crate) struct StrMap<V> {
    short: FxHashMap<u64, V>,
    long: FxHashMap<Box<[u8]>, V>,
}

#[inline]
fn pack(b: &[u8]) -> Option<u64> {
    if b.len() > 7 {
        return None;
    }
    let mut k = (b.len() as u64) << 56;
    for (i, &x) in b.iter().enumerate() {
        k |= u64::from(x) << (8 * i);
    }
    Some(k)
}

impl<V: Copy> StrMap<V> {
    pub(crate) fn with_capacity(n: usize) -> Self {
        StrMap {
            short: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            long: FxHashMap::default(),
        }
    }

    pub(crate) fn insert(&mut self, key: &[u8], v: V) {
        match pack(key) {
            Some(k) => {
                self.short.insert(k, v);
            }
            None => {
                self.long.insert(key.into(), v);
            }
        }
    }

    #[inline]
    pub(crate) fn get(&self, key: &[u8]) -> Option<V> {
        match pack(key) {
            Some(k) => self.short.get(&k).copied(),
            None => self.long.get(key).copied(),
        }
    }

    #[inline]
    pub(crate) fn contains(&self, key: &[u8]) -> bool {
        self.get(key).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long() {
        let mut m = StrMap::with_capacity(4);
        m.insert(b"", 0);
        m.insert(b"abc", 1);
        m.insert(b"abcdefg", 2);
        m.insert(b"abcdefgh", 3);
        assert_eq!(m.get(b""), Some(0));
        assert_eq!(m.get(b"abc"), Some(1));
        assert_eq!(m.get(b"abc\0"), None);
        assert_eq!(m.get(b"abcdefg"), Some(2));
        assert_eq!(m.get(b"abcdefgh"), Some(3));
        assert!(!m.contains(b"ab"));
    }
}
