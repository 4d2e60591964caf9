//! The `opencomplai` binary: parse the command line and dispatch.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = opencomplai::cli::Cli::parse();
    match opencomplai::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("opencomplai: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
