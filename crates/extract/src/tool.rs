//! Running the external programs some formats need (poppler, Tesseract) with
//! a deadline each; their memory is bounded by the sandbox around the whole
//! extraction, which they inherit.

use std::io::Read;
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
    let (stdout, mut output) = run_with(program, package, args, file, trailing, |pipe| {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })?;
    output.stdout = stdout;
    Ok(output)
}

/// [`run`] with the output handed to `consume` as the program writes it,
/// on a thread of its own (so reading it overlaps the program's work);
/// what `consume` leaves unread is drained. The [`Output`]'s `stdout` is
/// empty.
pub(crate) fn run_with<T: Send + 'static>(
    program: &str,
    package: &str,
    args: &[&str],
    file: &Path,
    trailing: &[&str],
    consume: impl FnOnce(&mut dyn Read) -> T + Send + 'static,
) -> Result<(T, Output), ExtractError> {
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
    fn drain<P: Read + Send + 'static, T: Send + 'static>(
        pipe: Option<P>,
        consume: impl FnOnce(&mut dyn Read) -> T + Send + 'static,
    ) -> std::sync::mpsc::Receiver<T> {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut pipe: Box<dyn Read> = match pipe {
                Some(p) => Box::new(p),
                None => Box::new(std::io::empty()),
            };
            let value = consume(&mut pipe);
            let _ = std::io::copy(&mut pipe, &mut std::io::sink());
            let _ = tx.send(value);
        });
        rx
    }
    let out_rx = drain(child.stdout.take(), consume);
    let err_rx = drain(child.stderr.take(), |pipe| {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    });
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
    let stdout = match out_rx.recv_timeout(left()) {
        Ok(stdout) => stdout,
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => return Err(late(&mut child)),
        // The reader of the output failed (a bug, not the file's fault):
        // say so rather than blame the program's time.
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(ExtractError::Unreadable(format!(
                "the output of {program} could not be read"
            )));
        }
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
    Ok((
        stdout,
        Output {
            status,
            stdout: Vec::new(),
            stderr,
        },
    ))
}

/// Whether `program` is a file in one of the `PATH` directories.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}
