//! The schema's migrations, embedded in the binary, applied in order and
//! recorded in `_sqlx_migrations`; running them twice changes nothing.

use chrono::{DateTime, Utc};
use sqlx::PgPool;
use sqlx::migrate::Migrator;

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
/// concurrently: sqlx holds an advisory lock while migrating.
pub async fn run(pool: &PgPool) -> Result<(), sqlx::migrate::MigrateError> {
    MIGRATOR.run(pool).await
}
