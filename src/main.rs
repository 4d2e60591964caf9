//! The `opencomplai` binary: parse the command line and dispatch.

use clap::Parser;
use opencomplai::cli::{Cli, Command};

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    // The sandboxed children (extraction, rendering, redaction) run without an async
    // runtime: they start faster and hold less memory under their cap.
    match cli.command {
        Command::Extract(args) => return opencomplai::cli::run_extract(args),
        Command::ExtractServe(args) => return opencomplai::sandbox::serve(args),
        Command::Render(args) => return opencomplai::cli::run_render(args),
        Command::Redact(args) => return opencomplai::cli::run_redact(args),
        _ => {}
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
