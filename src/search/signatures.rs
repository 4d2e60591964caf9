//! The window signatures of large accounts kept in memory, so that the
//! first sieve of a search by meaning is a scan of a few megabytes here
//! instead of PostgreSQL computing a Hamming distance for every window of
//! the account (about 0.5 s at 400,000 windows).
//!
//! An account is loaded when a search by meaning first finds it holds more
//! than `min_windows` windows of the model, and loaded again, on a search,
//! once [`REFRESH`] has passed. Between loads a search also asks
//! PostgreSQL for the nearest of the windows stored since the load (less
//! [`MARGIN_SECS`], for transactions that began before it and committed after;
//! index `idx_document_embeddings_recent`), so a document is found by
//! meaning as soon as its vectors are stored, as without this index.
//! The service loads apart from its searches ([`Index::load_apart`]): a
//! search never waits for a load; until the first one ends the account is
//! searched in PostgreSQL.
//!
//! What is kept is only each window's key and signature: the candidates
//! are always read back from `document_embeddings`, joined to their live
//! documents, and compared in full. A window deleted since the load (its
//! document deleted, erased or embedded again) is simply not found there;
//! its signature leaves memory with the next load. Accounts are evicted,
//! least recently searched first, when the index would hold more than its
//! memory budget (`semantic_memory_mb`), and dropped when no search used
//! them for two refresh intervals. One load runs at a time.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

/// Age after which a search has its account loaded again (the rows stored
/// since the load are read from PostgreSQL meanwhile, so this bounds that
/// read and how long a deleted window's signature stays in memory).
pub const REFRESH: Duration = Duration::from_secs(120);
/// How far before a load the rows a search reads from PostgreSQL start:
/// `document_embeddings.created_at` is the time of the insert
/// (`clock_timestamp()`, `embeddings::store`), so a row inserted up to this
/// long before the load and committed after it is still found (and a
/// replica that far behind).
pub const MARGIN_SECS: i64 = 60;
/// The default least number of windows for an account to be kept here:
/// below it PostgreSQL computes every distance in a few tens of
/// milliseconds.
pub const MIN_WINDOWS: i64 = 10_000;

/// 48 bytes: a window's 384 sign bits, as PostgreSQL's `bit(384)` read 64
/// bits at a time (the first bit the most significant).
pub type Signature = [u64; 6];

/// One window as kept.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub signature: Signature,
    pub document_id: Uuid,
    pub chunk: i32,
}

/// An account's windows of one model, as of a load.
pub struct Account {
    entries: Box<[Entry]>,
    /// Rows created at or after this are read from PostgreSQL by every
    /// search: the load's start, less [`MARGIN_SECS`].
    pub since: NaiveDateTime,
    loaded: Instant,
    /// Milliseconds since the index began, of the last search: the
    /// eviction order.
    used: AtomicU64,
    /// A search is loading the account again: the others use this one.
    reloading: AtomicBool,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("windows", &self.entries.len())
            .field("since", &self.since)
            .finish()
    }
}

impl Account {
    /// Windows held.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The windows held, in the order loaded.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The `k` windows whose signatures are nearest `query`'s, nearest
    /// first (ties in the order loaded).
    pub fn nearest(&self, query: &Signature, k: usize) -> Vec<Entry> {
        let mut scored: Vec<(u32, u32)> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (distance(&e.signature, query), i as u32))
            .collect();
        let k = k.min(scored.len());
        if k == 0 {
            return Vec::new();
        }
        if k < scored.len() {
            scored.select_nth_unstable(k - 1);
            scored.truncate(k);
        }
        scored.sort_unstable();
        scored
            .into_iter()
            .map(|(_, i)| self.entries[i as usize])
            .collect()
    }

    fn bytes(&self) -> usize {
        self.entries.len() * std::mem::size_of::<Entry>()
    }
}

/// Hamming distance of two signatures.
pub fn distance(a: &Signature, b: &Signature) -> u32 {
    a.iter().zip(b).map(|(x, y)| (x ^ y).count_ones()).sum()
}

/// A signature from its text form ([`crate::embeddings::vector::signature`]:
/// one `0` or `1` per component, in order).
pub fn parse(text: &str) -> Signature {
    let mut s = [0u64; 6];
    for (i, c) in text.bytes().take(384).enumerate() {
        if c == b'1' {
            s[i / 64] |= 1 << (63 - i % 64);
        }
    }
    s
}

type Key = (Uuid, String);

/// The process's signatures of large accounts. Cheap to clone: clones
/// share what is held.
#[derive(Clone)]
pub struct Index(Arc<Shared>);

struct Shared {
    min_windows: i64,
    budget: usize,
    refresh: Duration,
    started: Instant,
    /// Where loads run apart from searches (the primary); without it a
    /// search loads on its own transaction and waits for it.
    pool: OnceLock<PgPool>,
    accounts: Mutex<HashMap<Key, Arc<Account>>>,
    /// Accounts being loaded apart: searched in PostgreSQL meanwhile.
    loading: Mutex<HashSet<Key>>,
    /// Accounts not to hold for now, and until when: small ones, those
    /// larger than the whole budget, those whose load failed.
    not_held: Mutex<HashMap<Key, Instant>>,
    /// One load apart at a time: loads read a whole account each, on the
    /// primary's pool, which requests need too.
    loads: Arc<tokio::sync::Semaphore>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let held = self.0.accounts.lock().map(|m| m.len()).unwrap_or(0);
        f.debug_struct("Index")
            .field("min_windows", &self.0.min_windows)
            .field("budget", &self.0.budget)
            .field("accounts_held", &held)
            .finish()
    }
}

/// What a search by meaning reads its first candidates from.
pub enum Source {
    /// PostgreSQL alone: a small account (or one over the budget, or one
    /// being loaded).
    Database,
    /// These signatures, plus the rows stored since.
    Memory(Arc<Account>),
}

/// How long a small account is searched in PostgreSQL before it is counted
/// again.
const SMALL_FOR: Duration = Duration::from_secs(60);

/// Clears an account's `reloading` when dropped: a reload that failed, or
/// whose search was given up, leaves it to the next search.
struct Reloading(Arc<Account>);

impl Drop for Reloading {
    fn drop(&mut self) {
        self.0.reloading.store(false, Ordering::Release);
    }
}

/// Takes an account off the index's `loading` when dropped.
struct Loading(Index, Key);

impl Drop for Loading {
    fn drop(&mut self) {
        let mut loading = self.0.0.loading.lock().unwrap_or_else(|e| e.into_inner());
        loading.remove(&self.1);
    }
}

impl Index {
    /// An index keeping accounts of more than `min_windows` windows, in at
    /// most `budget_mb` megabytes (0: none, every search reads
    /// PostgreSQL alone), each loaded again after [`REFRESH`].
    pub fn new(min_windows: i64, budget_mb: u64) -> Self {
        Self::with_refresh(min_windows, budget_mb, REFRESH)
    }

    /// [`Index::new`] loading each account again after `refresh`.
    pub fn with_refresh(min_windows: i64, budget_mb: u64, refresh: Duration) -> Self {
        Self(Arc::new(Shared {
            min_windows,
            budget: usize::try_from(budget_mb.saturating_mul(1 << 20)).unwrap_or(usize::MAX),
            refresh,
            started: Instant::now(),
            pool: OnceLock::new(),
            accounts: Mutex::new(HashMap::new()),
            loading: Mutex::new(HashSet::new()),
            not_held: Mutex::new(HashMap::new()),
            loads: Arc::new(tokio::sync::Semaphore::new(1)),
        }))
    }

    /// Loads from now on run on `pool`, apart from the searches: a search
    /// never waits for one (the service's; a second call does nothing).
    pub fn load_apart(&self, pool: PgPool) {
        let _ = self.0.pool.set(pool);
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.0.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    fn get(&self, key: &Key) -> Option<Arc<Account>> {
        let map = self.0.accounts.lock().unwrap_or_else(|e| e.into_inner());
        map.get(key).cloned()
    }

    /// The windows held for `user_id`'s `model`, if the account is held.
    pub fn held(&self, user_id: Uuid, model: &str) -> Option<usize> {
        self.get(&(user_id, model.to_owned())).map(|a| a.len())
    }

    fn put(&self, key: Key, account: Arc<Account>) -> bool {
        let mut map = self.0.accounts.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(&key);
        if account.bytes() > self.0.budget {
            return false;
        }
        let mut held: usize = map.values().map(|a| a.bytes()).sum();
        while held + account.bytes() > self.0.budget {
            let Some(oldest) = map
                .iter()
                .min_by_key(|(_, a)| a.used.load(Ordering::Relaxed))
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            if let Some(gone) = map.remove(&oldest) {
                held -= gone.bytes();
            }
        }
        map.insert(key, account);
        true
    }

    fn keep(&self, key: Key, mut account: Account) -> Option<Arc<Account>> {
        account.used = AtomicU64::new(self.now_ms());
        let account = Arc::new(account);
        if self.put(key.clone(), Arc::clone(&account)) {
            Some(account)
        } else {
            self.not_held_for(key, self.0.refresh);
            None
        }
    }

    fn not_held_for(&self, key: Key, wait: Duration) {
        let mut not_held = self.0.not_held.lock().unwrap_or_else(|e| e.into_inner());
        not_held.insert(key, Instant::now() + wait);
    }

    fn is_not_held(&self, key: &Key) -> bool {
        let mut not_held = self.0.not_held.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        not_held.retain(|_, until| *until > now);
        not_held.contains_key(key)
    }

    /// Where a search of `user_id`'s windows of `model` reads its first
    /// candidates. An account held is used as it is; once held longer
    /// than the refresh interval it is loaded again, by one search, the
    /// others using what is held meanwhile. An account not held is counted
    /// (on `conn`, the search's transaction) and, when large and within
    /// the budget, loaded: apart, on the pool given to
    /// [`Index::load_apart`], this search and those until the load ends
    /// going to PostgreSQL alone; without one, here, in a savepoint, the
    /// search waiting for it. A load that fails is logged and leaves the
    /// account to PostgreSQL for a refresh interval.
    pub async fn source(
        &self,
        conn: &mut PgConnection,
        user_id: Uuid,
        model: &str,
    ) -> Result<Source, sqlx::Error> {
        if self.0.budget == 0 {
            return Ok(Source::Database);
        }
        self.forget_idle();
        let key = (user_id, model.to_owned());
        if let Some(held) = self.get(&key) {
            held.used.store(self.now_ms(), Ordering::Relaxed);
            let stale = held.loaded.elapsed() >= self.0.refresh;
            if stale && !held.reloading.swap(true, Ordering::AcqRel) {
                let flag = Reloading(Arc::clone(&held));
                match self.0.pool.get() {
                    Some(pool) => {
                        // Another load going on: the next search tries.
                        if let Ok(permit) = Arc::clone(&self.0.loads).try_acquire_owned() {
                            let (index, pool) = (self.clone(), pool.clone());
                            tokio::spawn(async move {
                                let (_flag, _permit) = (flag, permit);
                                index.load_on_pool(&pool, key).await;
                            });
                        }
                    }
                    None => {
                        if let Some(fresh) = self.load_here(conn, key).await? {
                            drop(flag);
                            return Ok(Source::Memory(fresh));
                        }
                    }
                }
            }
            return Ok(Source::Memory(held));
        }
        if self.is_not_held(&key) {
            return Ok(Source::Database);
        }
        if self
            .0
            .loading
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&key)
        {
            return Ok(Source::Database);
        }
        let large: bool = sqlx::query_scalar(
            "select count(*) > $3 from (
                 select 1 from document_embeddings
                 where user_id = $1 and model = $2 limit $3 + 1
             ) w",
        )
        .bind(user_id)
        .bind(model)
        .bind(self.0.min_windows)
        .fetch_one(&mut *conn)
        .await?;
        if !large {
            self.not_held_for(key, SMALL_FOR);
            return Ok(Source::Database);
        }
        // Never read more than the budget holds.
        let most = i64::try_from(self.0.budget / std::mem::size_of::<Entry>())
            .unwrap_or(i64::MAX)
            .min(1 << 40);
        let fits: bool = sqlx::query_scalar(
            "select count(*) <= $3 from (
                 select 1 from document_embeddings
                 where user_id = $1 and model = $2 limit $3 + 1
             ) w",
        )
        .bind(user_id)
        .bind(model)
        .bind(most)
        .fetch_one(&mut *conn)
        .await?;
        if !fits {
            tracing::warn!(
                %user_id,
                "an account has more windows than semantic_memory_mb holds: its searches by \
                 meaning compare every signature in PostgreSQL"
            );
            self.not_held_for(key, self.0.refresh);
            return Ok(Source::Database);
        }
        match self.0.pool.get() {
            Some(pool) => {
                let Ok(permit) = Arc::clone(&self.0.loads).try_acquire_owned() else {
                    return Ok(Source::Database);
                };
                if !self
                    .0
                    .loading
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(key.clone())
                {
                    return Ok(Source::Database);
                }
                let guard = Loading(self.clone(), key.clone());
                let (index, pool) = (self.clone(), pool.clone());
                tokio::spawn(async move {
                    let (_guard, _permit) = (guard, permit);
                    index.load_on_pool(&pool, key).await;
                });
                Ok(Source::Database)
            }
            None => Ok(match self.load_here(conn, key).await? {
                Some(held) => Source::Memory(held),
                None => Source::Database,
            }),
        }
    }

    /// Loads the account on the search's connection, in a savepoint: a
    /// load that fails (a statement timeout, a conflict on a replica)
    /// leaves the search's transaction usable.
    async fn load_here(
        &self,
        conn: &mut PgConnection,
        key: Key,
    ) -> Result<Option<Arc<Account>>, sqlx::Error> {
        let mut savepoint = sqlx::Connection::begin(&mut *conn).await?;
        match load(&mut savepoint, key.0, &key.1).await {
            Ok(account) => {
                savepoint.commit().await?;
                Ok(self.keep(key, account))
            }
            Err(e) => {
                savepoint.rollback().await?;
                self.failed(key, &e);
                Ok(None)
            }
        }
    }

    /// Loads the account on a connection of its own.
    async fn load_on_pool(&self, pool: &PgPool, key: Key) {
        let loaded = async {
            let mut tx = pool.begin().await?;
            // Longer than a search's 15 s: a few million windows.
            sqlx::query("set local statement_timeout = '120s'")
                .execute(&mut *tx)
                .await?;
            let account = load(&mut tx, key.0, &key.1).await?;
            tx.commit().await?;
            Ok::<_, sqlx::Error>(account)
        }
        .await;
        match loaded {
            Ok(account) => {
                self.keep(key, account);
            }
            Err(e) => self.failed(key, &e),
        }
    }

    /// Drops the accounts no search has used for two refresh intervals: an
    /// account deleted or erased meanwhile leaves memory without waiting
    /// for a search.
    fn forget_idle(&self) {
        let now = self.now_ms();
        let idle = u64::try_from((2 * self.0.refresh).as_millis()).unwrap_or(u64::MAX);
        let mut map = self.0.accounts.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, a| now.saturating_sub(a.used.load(Ordering::Relaxed)) < idle);
    }

    /// A load that failed: the account is searched in PostgreSQL for a
    /// refresh interval (a copy held from before is dropped, so that
    /// searches do not try again at once).
    fn failed(&self, key: Key, e: &sqlx::Error) {
        self.0
            .accounts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&key);
        tracing::warn!(
            user_id = %key.0,
            error = %e,
            "the signatures of a large account could not be loaded: its searches by meaning \
             compare every signature in PostgreSQL for now"
        );
        self.not_held_for(key, self.0.refresh);
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    document_id: Uuid,
    chunk: i32,
    s0: i64,
    s1: i64,
    s2: i64,
    s3: i64,
    s4: i64,
    s5: i64,
}

/// The account's windows with a signature (a row stored before migration
/// 0024 and not yet given one by its backfill waits for the next load).
async fn load(conn: &mut PgConnection, user_id: Uuid, model: &str) -> Result<Account, sqlx::Error> {
    let started = Instant::now();
    let since: NaiveDateTime =
        sqlx::query_scalar("select (now() at time zone 'utc') - make_interval(secs => $1)")
            .bind(MARGIN_SECS as f64)
            .fetch_one(&mut *conn)
            .await?;
    let rows: Vec<Row> = sqlx::query_as(
        "select document_id, chunk,
                substring(signature from 1 for 64)::bit(64)::bigint as s0,
                substring(signature from 65 for 64)::bit(64)::bigint as s1,
                substring(signature from 129 for 64)::bit(64)::bigint as s2,
                substring(signature from 193 for 64)::bit(64)::bigint as s3,
                substring(signature from 257 for 64)::bit(64)::bigint as s4,
                substring(signature from 321 for 64)::bit(64)::bigint as s5
         from document_embeddings
         where user_id = $1 and model = $2 and signature is not null",
    )
    .bind(user_id)
    .bind(model)
    .fetch_all(&mut *conn)
    .await?;
    let entries: Box<[Entry]> = rows
        .into_iter()
        .map(|r| Entry {
            signature: [r.s0, r.s1, r.s2, r.s3, r.s4, r.s5].map(|w| w as u64),
            document_id: r.document_id,
            chunk: r.chunk,
        })
        .collect();
    tracing::info!(
        %user_id,
        windows = entries.len(),
        ms = started.elapsed().as_millis() as u64,
        "signatures of a large account loaded for search by meaning"
    );
    Ok(Account {
        entries,
        since,
        loaded: Instant::now(),
        used: AtomicU64::new(0),
        reloading: AtomicBool::new(false),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(signature: Signature, chunk: i32) -> Entry {
        Entry {
            signature,
            document_id: Uuid::nil(),
            chunk,
        }
    }

    fn account(entries: Vec<Entry>) -> Account {
        Account {
            entries: entries.into(),
            since: NaiveDateTime::default(),
            loaded: Instant::now(),
            used: AtomicU64::new(0),
            reloading: AtomicBool::new(false),
        }
    }

    #[test]
    fn text_signatures_read_as_postgresql_reads_bit_64_as_bigint() {
        // B'1000…0011'::bit(64)::bigint is -9223372036854775805.
        let mut text = String::from("1");
        text.push_str(&"0".repeat(61));
        text.push_str("11");
        text.push_str(&"0".repeat(320));
        let s = parse(&text);
        assert_eq!(s[0] as i64, -9_223_372_036_854_775_805);
        assert_eq!(s[1..], [0; 5]);
        let v: Vec<f32> = (0..384).map(|i| (i as f32 * 0.7).sin()).collect();
        let s = parse(&crate::embeddings::vector::signature(&v));
        let negatives = v.iter().filter(|x| x.is_sign_negative()).count() as u32;
        assert_eq!(distance(&s, &[0; 6]), negatives);
    }

    #[test]
    fn nearest_takes_the_smallest_distances_in_order() {
        let a = account(vec![
            entry([u64::MAX; 6], 0),
            entry([0, 0, 0, 0, 0, 0b111], 1),
            entry([0; 6], 2),
            entry([1, 0, 0, 0, 0, 0], 3),
        ]);
        let chunks: Vec<i32> = a.nearest(&[0; 6], 3).iter().map(|e| e.chunk).collect();
        assert_eq!(chunks, [2, 3, 1]);
        assert_eq!(a.nearest(&[0; 6], 10).len(), 4);
        assert!(a.nearest(&[0; 6], 0).is_empty());
    }

    #[test]
    fn the_least_recently_searched_account_leaves_first() {
        // 1 MB holds 14,563 entries of 72 bytes.
        let index = Index::new(0, 1);
        let big = || Arc::new(account(vec![entry([0; 6], 0); 6_000]));
        let (a, b, c) = (
            (Uuid::from_u128(1), "m".to_owned()),
            (Uuid::from_u128(2), "m".to_owned()),
            (Uuid::from_u128(3), "m".to_owned()),
        );
        assert!(index.put(a.clone(), big()));
        assert!(index.put(b.clone(), big()));
        index
            .get(&a)
            .expect("held")
            .used
            .store(10, Ordering::Relaxed);
        index
            .get(&b)
            .expect("held")
            .used
            .store(5, Ordering::Relaxed);
        assert!(index.put(c.clone(), big()));
        assert!(index.get(&a).is_some() && index.get(&c).is_some());
        assert!(index.get(&b).is_none(), "b was searched least recently");
        // An account larger than the whole budget is not kept.
        let huge = Arc::new(account(vec![entry([0; 6], 0); 20_000]));
        assert!(!index.put(b, huge));
    }
}
