//! The command line: `serve`, `migrate`; each loads the layered config.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::admin;
use crate::config::Config;
use crate::db::{Database, migrate};
use crate::startup::{Application, shutdown_signal};
use crate::telemetry;

#[derive(Debug, Parser)]
#[command(
    name = "opencomplai",
    version,
    about = "Self-hosted document intelligence and compliance service"
)]
pub struct Cli {
    /// TOML configuration file (keys as in the README); environment variables override it.
    #[arg(long, global = true, env = "OPENCOMPLAI_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP API (starting the embedded PostgreSQL unless DATABASE_URL is set).
    Serve,
    /// Run processing workers only (no HTTP), against the configured database.
    Worker,
    /// Apply pending database migrations.
    Migrate {
        /// List applied and pending migrations instead of applying them.
        #[arg(long)]
        status: bool,
    },
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API keys.
    #[command(name = "api-key", subcommand)]
    ApiKey(ApiKeyCommand),
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from standard input when it
    /// is not a terminal; otherwise one is generated and printed once.
    Create {
        #[arg(long)]
        email: String,
        /// Administrators read every account's audit trail.
        #[arg(long)]
        admin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Create an API key and print it (it is shown only this once).
    Create {
        /// The owner's email.
        #[arg(long)]
        user: String,
        #[arg(long, default_value = "cli")]
        name: String,
        /// Repeat for several: document.read, document.create,
        /// document.update, document.delete, audit.read.
        #[arg(long = "permission", required = true)]
        permissions: Vec<String>,
        /// RFC 3339 time when the key stops working.
        #[arg(long)]
        expires_at: Option<chrono::DateTime<chrono::Utc>>,
    },
}

/// Runs the chosen subcommand.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load(cli.config.as_deref())?;
    telemetry::init(config.log_format, &config.log_level);
    match cli.command {
        Command::Serve => {
            let app = Application::build(config).await?;
            app.run_until(shutdown_signal()).await
        }
        Command::Worker => run_workers(config).await,
        Command::Migrate { status } => {
            let db = Database::open(&config).await?;
            let result = if status {
                print_status(&db).await
            } else {
                apply(&db).await
            };
            db.close().await?;
            result
        }
        Command::User(UserCommand::Create { email, admin }) => {
            let (password, generated) = read_or_generate_password()?;
            with_migrated_db(&config, |pool| async move {
                let id = admin::create_user(&pool, &email, &password, admin).await?;
                println!(
                    "created user {id} <{}>{}",
                    email.trim().to_lowercase(),
                    if admin { " (admin)" } else { "" }
                );
                if generated {
                    println!("password (shown once): {password}");
                }
                Ok(())
            })
            .await
        }
        Command::ApiKey(ApiKeyCommand::Create {
            user,
            name,
            permissions,
            expires_at,
        }) => {
            with_migrated_db(&config, |pool| async move {
                let key =
                    admin::create_api_key(&pool, &user, &name, &permissions, expires_at).await?;
                println!("{key}");
                Ok(())
            })
            .await
        }
    }
}

/// `opencomplai worker`: workers until SIGINT/SIGTERM, then the jobs in
/// hand finish (within the grace period) and the process exits.
async fn run_workers(config: Config) -> anyhow::Result<()> {
    if config.workers == 0 {
        anyhow::bail!("workers (OPENCOMPLAI_WORKERS) is 0: nothing to run");
    }
    let db = Database::open(&config).await?;
    if config.auto_migrate {
        migrate::run(&db.pool)
            .await
            .context("applying database migrations")?;
    }
    let hub = std::sync::Arc::new(crate::jobs::events::Hub::default());
    let background = crate::startup::Background::start(&db.pool, &hub, &config, false);
    tracing::info!(workers = config.workers, "OpenComplai workers running");
    shutdown_signal().await;
    tracing::info!("stopping workers: finishing the jobs in hand");
    background.stop(config.shutdown_grace()).await;
    db.close().await?;
    tracing::info!("workers stopped");
    Ok(())
}

/// Opens the database, applies pending migrations, runs `f`, closes.
async fn with_migrated_db<F, Fut>(config: &Config, f: F) -> anyhow::Result<()>
where
    F: FnOnce(sqlx::PgPool) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<()>>,
{
    let db = Database::open(config).await?;
    let result = match migrate::run(&db.pool).await {
        Ok(()) => f(db.pool.clone()).await,
        Err(e) => Err(anyhow::Error::from(e).context("applying database migrations")),
    };
    db.close().await?;
    result
}

/// The first line of standard input when it is piped in; otherwise (a
/// terminal, or nothing piped) a generated password.
fn read_or_generate_password() -> anyhow::Result<(String, bool)> {
    use std::io::{BufRead, IsTerminal};
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut line = String::new();
        stdin.lock().read_line(&mut line)?;
        let line = line.trim_end_matches(['\r', '\n']);
        if !line.is_empty() {
            return Ok((line.to_owned(), false));
        }
    }
    let (token, _) = crate::auth::tokens::random_token();
    Ok((token, true))
}

async fn apply(db: &Database) -> anyhow::Result<()> {
    let before = migrate::status(&db.pool).await?;
    migrate::run(&db.pool)
        .await
        .context("applying database migrations")?;
    let pending: Vec<_> = before.pending().collect();
    if pending.is_empty() {
        println!("database is up to date");
    }
    for m in pending {
        println!("applied {:04} {}", m.version, m.description);
    }
    Ok(())
}

async fn print_status(db: &Database) -> anyhow::Result<()> {
    let status = migrate::status(&db.pool).await?;
    for m in &status.known {
        match m.applied_at {
            Some(at) => println!(
                "applied  {:04} {} ({})",
                m.version,
                m.description,
                at.to_rfc3339()
            ),
            None => println!("pending  {:04} {}", m.version, m.description),
        }
    }
    for v in &status.unknown {
        println!("unknown  {v:04} (applied by a newer OpenComplai)");
    }
    let pending = status.pending().count();
    println!("{} applied, {pending} pending", status.applied().count());
    Ok(())
}
