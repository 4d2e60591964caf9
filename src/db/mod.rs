//! The database: connecting to the configured PostgreSQL or starting the
//! embedded one, and the migrations that give it our schema. The service
//! connects as the application role; migrations run as the schema's owner
//! (see [`roles`]).

pub mod backfill;
pub mod embedded;
pub mod migrate;
pub mod password;
pub mod replica;
pub mod roles;

use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, PgPool};

use crate::config::{Config, Secret, redact_url};
use embedded::EmbeddedPostgres;

/// The connection pool every part of the service shares (the HTTP layer
/// holds it without knowing what is behind it).
pub type Pool = PgPool;

/// How long start-up keeps retrying an external database that is not up yet.
const CONNECT_PATIENCE: Duration = Duration::from_secs(30);

/// The longest a read waits for a replica connection: it can be answered
/// by the primary instead (`replica::Route::run`), so it need not wait out
/// `database_acquire_timeout_secs` behind a replica that is gone.
const READ_ACQUIRE_TIMEOUT: Duration = Duration::from_secs(1);

/// The pool, and the embedded server behind it when we own one.
#[derive(Debug)]
pub struct Database {
    /// As the application role (or the one role of a single-role setup).
    pub pool: PgPool,
    /// To `DATABASE_READ_URL`, a streaming replica, when set.
    pub read_pool: Option<PgPool>,
    embedded: Option<EmbeddedPostgres>,
    /// Who migrations connect as, and the setting that named it.
    owner: PgConnectOptions,
    owner_source: &'static str,
    /// `DATABASE_URL` is a transaction-mode pooler.
    pooled: bool,
    /// The owner's URL, for PostgreSQL's own programs (`pg_dump`,
    /// `pg_restore`), which take a URL rather than sqlx's options.
    owner_url: Secret<String>,
}

impl Database {
    /// Connects to `DATABASE_URL`, or starts the embedded cluster.
    pub async fn open(config: &Config) -> anyhow::Result<Self> {
        let (mut options, owner, owner_source, owner_url, embedded) = match config
            .external_database_url()
        {
            Some(url) => {
                tracing::info!(database = %redact_url(url), "using the configured PostgreSQL");
                let options = PgConnectOptions::from_str(url)
                    .context("DATABASE_URL is not a valid PostgreSQL URL")?;
                let (owner, source, owner_url) = match config.database_owner_url() {
                    Some(owner) => (
                        PgConnectOptions::from_str(owner)
                            .context("DATABASE_OWNER_URL is not a valid PostgreSQL URL")?,
                        "DATABASE_OWNER_URL",
                        owner,
                    ),
                    None => (options.clone(), "DATABASE_URL", url),
                };
                (
                    options,
                    owner,
                    source,
                    Secret::new(owner_url.to_owned()),
                    None,
                )
            }
            None => {
                let pg =
                    EmbeddedPostgres::start(&config.data_dir, config.pg_bin_dir.as_deref()).await?;
                tracing::info!(cluster = %pg.cluster_dir().display(), "using the embedded PostgreSQL");
                (
                    pg.connect_options(),
                    pg.owner_options(),
                    "the embedded superuser",
                    Secret::new(pg.superuser_url(embedded::DATABASE_NAME)),
                    Some(pg),
                )
            }
        };
        if config.database_transaction_pooling {
            // No named statements, and each query in one round trip: what a
            // pooler in transaction mode needs (vendor/README.md).
            options = options.statement_cache_capacity(0);
            tracing::info!("DATABASE_URL is a transaction-mode pooler: statements are unnamed");
        }
        let acquire = Duration::from_secs(config.database_acquire_timeout_secs);
        let read_pool = match config.database_read_url() {
            Some(url) => {
                tracing::info!(replica = %redact_url(url), "reading search, lists and stats from a replica");
                let mut read = PgConnectOptions::from_str(url)
                    .context("DATABASE_READ_URL is not a valid PostgreSQL URL")?;
                if config.database_transaction_pooling {
                    // The replica is reached as the primary is: through
                    // the same kind of pooler, with the same needs.
                    read = read.statement_cache_capacity(0);
                }
                let read = read
                    .log_slow_statements(tracing::log::LevelFilter::Warn, Duration::from_secs(1));
                // Lazily: a replica that is down must not stop start-up;
                // reads go to the primary until it answers.
                Some(
                    pool_options(
                        config.database_max_connections,
                        acquire.min(READ_ACQUIRE_TIMEOUT),
                    )
                    .connect_lazy_with(read),
                )
            }
            None => None,
        };
        let pool = connect_with_patience(options, config.database_max_connections, acquire).await?;
        let db = Self {
            pool,
            read_pool,
            embedded,
            owner,
            owner_source,
            pooled: config.database_transaction_pooling,
            owner_url,
        };
        if db.embedded.is_none() {
            db.warn_if_privileged().await;
        }
        Ok(db)
    }

    /// Says so when the service's own role could switch the audit trail's
    /// protection off (a superuser, or the owner of `audit_logs`).
    async fn warn_if_privileged(&self) {
        let Ok(mut conn) = self.pool.acquire().await else {
            return;
        };
        if let Ok(me) = roles::identify(&mut conn).await
            && me.is_privileged()
        {
            tracing::warn!(
                role = %me.role,
                superuser = me.superuser,
                "the service connects as a role that owns the schema (or is a superuser), so \
                 it could disable the audit trail's append-only triggers: give it an \
                 application role (`opencomplai migrate --create-app-role`; README, Database roles)"
            );
        }
    }

    /// Applies pending migrations as the schema's owner, then grants the
    /// application role what it needs on every table (those just made too).
    /// With no owner configured and a `DATABASE_URL` role that cannot alter
    /// the schema, pending migrations stop start-up with a message that
    /// says how to run them, rather than PostgreSQL's "permission denied".
    pub async fn migrate(&self) -> anyhow::Result<()> {
        let owner_pool = self.owner_pool(1).await.context("connecting to migrate")?;
        let result = self.migrate_as(&owner_pool).await;
        owner_pool.close().await;
        result
    }

    /// Creates (or updates) `role` as a login role with `password`, as the
    /// owner, and grants it the application's privileges.
    pub async fn create_app_role(
        &self,
        role: &roles::RoleName,
        password: &str,
    ) -> anyhow::Result<roles::RoleChange> {
        let owner_pool = self.owner_pool(1).await?;
        let result = async {
            let mut conn = owner_pool.acquire().await?;
            let owner = roles::identify(&mut conn).await?;
            if owner.role == role.as_str() {
                anyhow::bail!(
                    "the application role must not be the owner ({}) itself",
                    owner.role
                );
            }
            // An existing role with powers, or one that owns things, is
            // someone else's (a DBA, another application): never demote it.
            let powerful: Option<(bool, i64)> = sqlx::query_as(
                "select r.rolsuper or r.rolcreaterole or r.rolcreatedb or r.rolreplication
                        or r.rolbypassrls,
                        (select count(*) from pg_class c where c.relowner = r.oid)
                 from pg_roles r where r.rolname = $1",
            )
            .bind(role.as_str())
            .fetch_optional(&mut *conn)
            .await?;
            if let Some((privileged, owns)) = powerful
                && (privileged || owns > 0)
            {
                anyhow::bail!(
                    "the role {} already exists with privileges or objects of its own; \
                     choose a new name for the application role",
                    role.as_str()
                );
            }
            let change = roles::ensure_login_role(&mut conn, role, Some(password))
                .await
                .with_context(|| {
                    format!(
                        "creating the role {} (the owner, {}, needs CREATEROLE)",
                        role.as_str(),
                        owner.role
                    )
                })?;
            roles::grant_app_privileges(&mut conn, role)
                .await
                .context("granting the application role its privileges")?;
            Ok(change)
        }
        .await;
        owner_pool.close().await;
        result
    }

    /// A pool of up to `max_connections` as the schema's owner (who may
    /// read every table and alter the schema, and do what only the owner
    /// may, such as dropping an archived audit partition); the caller
    /// closes it.
    pub async fn owner_pool(&self, max_connections: u32) -> anyhow::Result<PgPool> {
        self.refuse_owner_through_pooler()?;
        pool_options(max_connections, Duration::from_secs(30))
            .connect_with(self.owner.clone())
            .await
            .with_context(|| format!("connecting as {}", self.owner_source))
    }

    /// The owner's `postgres://` URL, password included: for PostgreSQL's
    /// own programs, to be passed without the password on their command
    /// line (see `backup::tools`).
    pub fn owner_url(&self) -> anyhow::Result<&Secret<String>> {
        self.refuse_owner_through_pooler()?;
        Ok(&self.owner_url)
    }

    /// What the owner does (migrations, with their session lock; `pg_dump`
    /// and `pg_restore`, with their session settings; archiving
    /// partitions) needs a session: with `DATABASE_URL` a transaction-mode
    /// pooler, the owner must have a direct URL of its own.
    fn refuse_owner_through_pooler(&self) -> anyhow::Result<()> {
        if self.pooled && self.owner_source == "DATABASE_URL" {
            anyhow::bail!(
                "migrations, backups and other owner work need a session, which a \
                 transaction-mode pooler does not keep: set DATABASE_OWNER_URL to a direct \
                 connection to PostgreSQL (README, Connection pooling)"
            );
        }
        Ok(())
    }

    async fn migrate_as(&self, owner_pool: &PgPool) -> anyhow::Result<()> {
        let owner = roles::identify(&mut *owner_pool.acquire().await?).await?;
        let status = migrate::status(owner_pool).await?;
        let pending = status.pending().count();
        let schema_exists = status.applied().next().is_some();
        if owner.can_migrate(schema_exists) {
            migrate::run(owner_pool)
                .await
                .context("applying database migrations")?;
        } else if pending > 0 {
            anyhow::bail!(
                "{pending} database migration(s) are pending, and the role `{}` that {} \
                 connects as does not own the schema, so it cannot apply them: set \
                 DATABASE_OWNER_URL (database_owner_url) to the owner role's URL, or run \
                 `opencomplai migrate` with DATABASE_URL set to it and serve with \
                 auto_migrate = false (README, Database roles)",
                owner.role,
                self.owner_source
            );
        }
        let app = roles::identify(&mut *self.pool.acquire().await?).await?;
        if app.role != owner.role {
            roles::grant_app_privileges(
                &mut *owner_pool.acquire().await?,
                &roles::RoleName::existing(app.role),
            )
            .await
            .context("granting the application role its privileges")?;
        }
        Ok(())
    }

    /// Closes the pool, then stops the embedded server if we own it.
    pub async fn close(self) -> anyhow::Result<()> {
        self.pool.close().await;
        if let Some(read) = &self.read_pool {
            read.close().await;
        }
        if let Some(pg) = self.embedded {
            pg.stop().await?;
        }
        Ok(())
    }
}

/// Builds a pool with the service's settings.
pub fn pool_options(max_connections: u32, acquire_timeout: Duration) -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(acquire_timeout)
}

async fn connect_with_patience(
    options: PgConnectOptions,
    max_connections: u32,
    acquire_timeout: Duration,
) -> anyhow::Result<PgPool> {
    let options =
        options.log_slow_statements(tracing::log::LevelFilter::Warn, Duration::from_secs(1));
    let deadline = Instant::now() + CONNECT_PATIENCE;
    let mut wait = Duration::from_millis(200);
    loop {
        match pool_options(max_connections, acquire_timeout)
            .connect_with(options.clone())
            .await
        {
            Ok(pool) => return Ok(pool),
            Err(e) if Instant::now() < deadline => {
                tracing::warn!(error = %e, retry_in_ms = wait.as_millis() as u64, "database not reachable yet");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(5));
            }
            Err(e) => {
                return Err(e).context(format!(
                    "could not connect to PostgreSQL within {} s",
                    CONNECT_PATIENCE.as_secs()
                ));
            }
        }
    }
}
