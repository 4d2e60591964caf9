//! The `opencomplai` binary: parse the command line and dispatch.

use clap::Parser;
use opencomplai::cli::{Cli, Command};

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    // The extraction child runs without an async runtime: it starts faster
    // and holds less memory under its cap.
    if let Command::Extract(args) = cli.command {
        return opencomplai::cli::run_extract(args);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("opencomplai: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(opencomplai::cli::run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("opencomplai: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
