//! The schema's migrations, embedded in the binary, applied in order and
//! recorded in `_sqlx_migrations`; running them twice changes nothing.

use chrono::{DateTime, Utc};
use sqlx::migrate::Migrator;
use sqlx::{PgConnection, PgPool};

pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

/// One migration this binary knows, and whether the database has it.
#[derive(Debug, Clone)]
pub struct MigrationState {
    pub version: i64,
    pub description: String,
    pub applied_at: Option<DateTime<Utc>>,
}

/// The database's migrations compared with the binary's.
#[derive(Debug, Clone)]
pub struct Status {
    pub known: Vec<MigrationState>,
    /// Versions recorded in the database that this binary does not know:
    /// the database was migrated by a newer release.
    pub unknown: Vec<i64>,
}

impl Status {
    pub fn applied(&self) -> impl Iterator<Item = &MigrationState> {
        self.known.iter().filter(|m| m.applied_at.is_some())
    }

    pub fn pending(&self) -> impl Iterator<Item = &MigrationState> {
        self.known.iter().filter(|m| m.applied_at.is_none())
    }
}

/// Reads which migrations are applied, without changing anything.
pub async fn status(pool: &PgPool) -> Result<Status, sqlx::Error> {
    let table_exists: bool =
        sqlx::query_scalar("select to_regclass('_sqlx_migrations') is not null")
            .fetch_one(pool)
            .await?;
    let applied: Vec<(i64, DateTime<Utc>)> = if table_exists {
        sqlx::query_as(
            "select version, installed_on from _sqlx_migrations where success order by version",
        )
        .fetch_all(pool)
        .await?
    } else {
        Vec::new()
    };
    let known = MIGRATOR
        .iter()
        .map(|m| MigrationState {
            version: m.version,
            description: m.description.to_string(),
            applied_at: applied
                .iter()
                .find(|(v, _)| *v == m.version)
                .map(|(_, at)| *at),
        })
        .collect();
    let unknown = applied
        .iter()
        .map(|(v, _)| *v)
        .filter(|v| MIGRATOR.iter().all(|m| m.version != *v))
        .collect();
    Ok(Status { known, unknown })
}

/// Applies every pending migration, each in its own transaction. Safe to run
/// concurrently: sqlx holds an advisory lock while migrating. Before 0019
/// (`audit_logs` partitioned by month) its slow half runs first, outside
/// any transaction, so the migration itself holds its lock only briefly.
/// After them, the data migrations not yet done ([`super::backfill`]).
pub async fn run(pool: &PgPool) -> Result<(), sqlx::migrate::MigrateError> {
    clear_partition_bound(pool, BoundAge::Stale).await?;
    prepare_audit_partitioning(pool).await?;
    prepare_recent_embeddings(pool).await?;
    let result = MIGRATOR.run(pool).await;
    if result.is_ok() {
        super::backfill::run(pool).await?;
    }
    if result.is_err() {
        // The preparation's check must not outlive a failed conversion:
        // once the clock passes its bound every audit insert would fail.
        if let Err(e) = clear_partition_bound(pool, BoundAge::Any).await {
            tracing::error!(error = %e, "could not drop audit_logs_partition_bound after a failed migration; drop it by hand");
        }
    }
    result
}

/// Which preparation check [`clear_partition_bound`] drops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoundAge {
    /// Whatever its bound (after a failed migration).
    Any,
    /// Only one whose bound is less than a day away or past (left by a
    /// run that stopped between the preparation and 0019).
    Stale,
}

/// Drops the check `audit_logs_partition_bound` the preparation adds,
/// while `audit_logs` is still a plain table: true when it did. Run
/// before each migration run (the preparation then adds a fresh one) and
/// after a failed one.
pub async fn clear_partition_bound(pool: &PgPool, age: BoundAge) -> Result<bool, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    if !plain(&mut conn).await? {
        return Ok(false);
    }
    let bound: Option<String> = sqlx::query_scalar(
        "select pg_get_constraintdef(oid) from pg_constraint
         where conrelid = 'public.audit_logs'::regclass and conname = 'audit_logs_partition_bound'",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(def) = bound else {
        return Ok(false);
    };
    if age == BoundAge::Stale {
        // The bound as the preparation wrote it: `created_at < '…'::timestamp`.
        let stale: bool = sqlx::query_scalar(
            "select coalesce(substring($1 from '''([^'']*)''::timestamp')::timestamp
                             < (now() at time zone 'utc') + interval '1 day', true)",
        )
        .bind(&def)
        .fetch_one(&mut *conn)
        .await?;
        if !stale {
            return Ok(false);
        }
    }
    sqlx::query("set lock_timeout = '5s'")
        .execute(&mut *conn)
        .await?;
    let dropped = sqlx::query(
        "alter table public.audit_logs drop constraint if exists audit_logs_partition_bound",
    )
    .execute(&mut *conn)
    .await;
    sqlx::query("reset lock_timeout")
        .execute(&mut *conn)
        .await?;
    dropped?;
    tracing::warn!(
        "dropped audit_logs_partition_bound from the still unpartitioned audit_logs \
         (left by a preparation whose migration did not follow)"
    );
    Ok(true)
}

/// Applies the migrations up to and including `last` only: for tests of a
/// migration against data written before it.
pub async fn run_up_to(pool: &PgPool, last: i64) -> Result<(), sqlx::migrate::MigrateError> {
    let migrator = Migrator {
        migrations: std::borrow::Cow::Owned(
            MIGRATOR
                .iter()
                .filter(|m| m.version <= last)
                .cloned()
                .collect(),
        ),
        ..Migrator::DEFAULT
    };
    migrator.run(pool).await
}

/// The version of the migration that partitions `audit_logs`.
const AUDIT_PARTITIONING: i64 = 19;
/// Serialises two instances preparing at once; any number.
const PREPARE_LOCK: i64 = 0x6f63_5f70_6172_7431; // "oc_part1"

/// Says loudly, at start-up without `auto_migrate` (when this role may
/// not be able to drop it), that a preparation check is left on a plain
/// `audit_logs` with its bound less than a week away: past it every audit
/// insert fails. `opencomplai migrate` drops it (or converts the table).
pub async fn warn_of_partition_bound(pool: &PgPool) {
    let bound: Result<Option<String>, sqlx::Error> = sqlx::query_scalar(
        "select substring(pg_get_constraintdef(c.oid) from '''([^'']*)''::timestamp')
         from pg_constraint c join pg_class t on t.oid = c.conrelid
         where t.oid = to_regclass('public.audit_logs') and t.relkind = 'r'
           and c.conname = 'audit_logs_partition_bound'
           and coalesce(substring(pg_get_constraintdef(c.oid) from '''([^'']*)''::timestamp')::timestamp
                        < (now() at time zone 'utc') + interval '7 days', true)",
    )
    .fetch_optional(pool)
    .await;
    if let Ok(Some(bound)) = bound {
        tracing::error!(
            %bound,
            "audit_logs is not partitioned yet but carries the check audit_logs_partition_bound \
             left by a migration run that did not finish: every audit insert fails once the \
             clock passes its bound. Run `opencomplai migrate` as the owner (it drops the check, \
             or converts the table)"
        );
    }
}

/// Runs `audit_partition_prepare.sql` step by step (concurrent index builds
/// cannot run in a transaction, nor in a multi-statement query) while
/// `audit_logs` is a plain table and 0019 is pending; otherwise nothing.
pub async fn prepare_audit_partitioning(pool: &PgPool) -> Result<(), sqlx::Error> {
    // Before taking a connection: the owner's pool may hold only one.
    if !pending(pool, AUDIT_PARTITIONING).await? {
        return Ok(());
    }
    let mut conn = pool.acquire().await?;
    if !plain(&mut conn).await? {
        return Ok(());
    }
    run_prepare_steps(
        &mut conn,
        PREPARE_LOCK,
        PREPARE_STEPS,
        "preparing audit_logs for partitioning (concurrent index builds)",
        // Another instance may have migrated while this one waited.
        plain,
    )
    .await
}

/// Whether migration `version` is still to be applied.
async fn pending(pool: &PgPool, version: i64) -> Result<bool, sqlx::Error> {
    Ok(status(pool).await?.pending().any(|m| m.version == version))
}

/// The steps of a `*_prepare.sql` (separated by `-- step` lines), run one by
/// one outside any transaction, under advisory lock `lock` so that two
/// instances do not prepare at once, when `still` holds once the lock is
/// taken. The lock is tried, not waited for: a session waiting in
/// `pg_advisory_lock` holds a snapshot, which the other's concurrent index
/// build would wait for.
async fn run_prepare_steps(
    conn: &mut PgConnection,
    lock: i64,
    steps: &str,
    what: &str,
    still: impl AsyncFn(&mut PgConnection) -> Result<bool, sqlx::Error>,
) -> Result<(), sqlx::Error> {
    while !sqlx::query_scalar::<_, bool>("select pg_try_advisory_lock($1)")
        .bind(lock)
        .fetch_one(&mut *conn)
        .await?
    {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    let result = async {
        if !still(&mut *conn).await? {
            return Ok(());
        }
        tracing::info!("{what}");
        for step in steps.split("\n-- step\n").skip(1) {
            sqlx::raw_sql(sqlx::AssertSqlSafe(step))
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    }
    .await;
    let unlocked = sqlx::query("select pg_advisory_unlock($1)")
        .bind(lock)
        .execute(&mut *conn)
        .await;
    result.and(unlocked.map(|_| ()))
}

/// Whether `audit_logs` is still a plain table (not yet partitioned).
async fn plain(conn: &mut sqlx::PgConnection) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "select coalesce((select relkind = 'r' from pg_class
                          where oid = to_regclass('public.audit_logs')), false)",
    )
    .fetch_one(conn)
    .await
}

const PREPARE_STEPS: &str = include_str!("audit_partition_prepare.sql");

/// The version of the migration that indexes `document_embeddings`' recent
/// rows.
const RECENT_EMBEDDINGS: i64 = 25;
/// Serialises two instances building that index at once; any number.
const RECENT_EMBEDDINGS_LOCK: i64 = 0x6f63_5f65_6d62_7231; // "oc_embr1"

/// Runs `embeddings_recent_prepare.sql` step by step (the index of 0025
/// built concurrently, writes going on) while 0025 is pending and
/// `document_embeddings` exists; otherwise nothing.
pub async fn prepare_recent_embeddings(pool: &PgPool) -> Result<(), sqlx::Error> {
    if !pending(pool, RECENT_EMBEDDINGS).await? {
        return Ok(());
    }
    let mut conn = pool.acquire().await?;
    let exists: bool =
        sqlx::query_scalar("select to_regclass('public.document_embeddings') is not null")
            .fetch_one(&mut *conn)
            .await?;
    if !exists {
        return Ok(());
    }
    run_prepare_steps(
        &mut conn,
        RECENT_EMBEDDINGS_LOCK,
        RECENT_EMBEDDINGS_STEPS,
        "indexing document_embeddings' recent rows (a concurrent index build)",
        // The steps are safe to repeat.
        async |_: &mut PgConnection| Ok(true),
    )
    .await
}

const RECENT_EMBEDDINGS_STEPS: &str = include_str!("embeddings_recent_prepare.sql");
