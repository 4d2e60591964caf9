//! The command line: `serve`, `migrate`; each loads the layered config.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};

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
    /// Apply pending database migrations.
    Migrate {
        /// List applied and pending migrations instead of applying them.
        #[arg(long)]
        status: bool,
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
    }
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
