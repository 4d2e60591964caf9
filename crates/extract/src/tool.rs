//! Running the external programs some formats need (poppler, Tesseract) with
//! a deadline each; their memory is bounded by the sandbox around the whole
//! extraction, which they inherit.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::ExtractError;

/// Each program run gets this long.
const TOOL_DEADLINE: Duration = Duration::from_secs(120);

/// Runs `program args… file trailing…` with a deadline, its output read
/// whole.
pub(crate) fn run(
    program: &str,
    package: &str,
    args: &[&str],
    file: &Path,
    trailing: &[&str],
) -> Result<Output, ExtractError> {
    let mut child = Command::new(program)
        .args(args)
        .arg(file)
        .args(trailing)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            // In the sandbox a search of a `PATH` directory it may not
            // enter reads as "permission denied": say what is missing.
            let missing = e.kind() == std::io::ErrorKind::NotFound
                || (e.kind() == std::io::ErrorKind::PermissionDenied && !on_path(program));
            ExtractError::Unreadable(if missing {
                format!("this needs {program} (Debian package {package}) installed")
            } else {
                format!("could not run {program}: {e}")
            })
        })?;
    // Read output on threads so a chatty tool cannot block on a full pipe;
    // the end of its output is the moment it is done, so waiting for that
    // (not polling) costs no latency on the many short runs.
    fn drain(
        pipe: Option<impl std::io::Read + Send + 'static>,
    ) -> std::sync::mpsc::Receiver<Vec<u8>> {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            let _ = tx.send(buf);
        });
        rx
    }
    let out_rx = drain(child.stdout.take());
    let err_rx = drain(child.stderr.take());
    let deadline = Instant::now() + TOOL_DEADLINE;
    let late = |child: &mut std::process::Child| {
        let _ = child.kill();
        let _ = child.wait();
        ExtractError::Unreadable(format!(
            "{program} took longer than {} s on this file",
            TOOL_DEADLINE.as_secs()
        ))
    };
    let left = || deadline.saturating_duration_since(Instant::now());
    let Ok(stdout) = out_rx.recv_timeout(left()) else {
        return Err(late(&mut child));
    };
    let Ok(stderr) = err_rx.recv_timeout(left()) else {
        return Err(late(&mut child));
    };
    // Both pipes closed: the program has (almost always) ended.
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(1)),
            _ => return Err(late(&mut child)),
        }
    };
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

/// Whether `program` is a file in one of the `PATH` directories.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}
