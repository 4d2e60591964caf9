//! `opencomplai extract-serve`: a long-lived, confined extractor that
//! forks a fresh child for every file, as a zygote does.
//!
//! Starting `opencomplai extract` for every document cost more than
//! extracting it (a 125 MB binary to load and a sandbox to set up). This
//! process is started once, in the same sandbox (`confine`: its own user,
//! no network, Landlock, seccomp, memory cap), and then, for each file:
//!
//! 1. reads a request from standard input: one line of JSON
//!    ([`Request`]), then the file's bytes;
//! 2. forks a child that holds only this file (it never sees another: the
//!    next file is read after it is gone), with the zygote's pipes closed
//!    and its standard output and error going to files in the private
//!    directory; the child extracts, writes what `opencomplai extract`
//!    would print, and exits;
//! 3. waits for it at most the request's time limit, then kills it and
//!    everything it started: every process of the zygote's own user id
//!    when it has one (the service runs as root), or the child's process
//!    group; this process is their subreaper, so nothing escapes by
//!    leaving its group;
//! 4. answers on standard output: one line of JSON ([`Reply`]: how the
//!    child ended, its last line on standard error), then its standard
//!    output (capped), and empties the private directory.
//!
//! A file that crashes its parser, exhausts its memory or runs too long
//! takes only its own child down; the zygote itself parses no file. It is
//! single-threaded, which is what makes `fork` safe here.
#![allow(unsafe_code)]

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::FromRawFd;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// The longest request line read.
const MAX_REQUEST_LINE: u64 = 16 * 1024;
/// What is kept of the child's standard error: its end.
const ERR_TAIL: u64 = 4 * 1024;
/// Child output files in the private directory.
const OUT_FILE: &str = ".zygote-out";
const ERR_FILE: &str = ".zygote-err";

/// One file to extract.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    /// The file type, as `--type` takes it.
    pub file_type: String,
    /// How many bytes of file follow the line.
    pub len: u64,
    /// The child is killed after this long.
    pub timeout_ms: u64,
    /// Standard output past this many bytes is not sent back.
    pub out_cap: u64,
}

/// How one child ended.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Reply {
    /// Its exit status, when it exited.
    pub code: Option<i32>,
    /// The signal that ended it, when one did.
    pub signal: Option<i32>,
    /// Killed at the request's time limit.
    pub timed_out: bool,
    /// Its standard output was longer than the request's cap (and is not
    /// sent).
    pub overflowed: bool,
    /// The length of the output that follows this line.
    pub out_len: u64,
    /// The end of its standard error (its last 4 KiB).
    pub err: String,
    /// Its output file, to be copied to the worker by the kernel.
    #[serde(skip)]
    pub out: Option<File>,
}

/// The settings the zygote's children extract with (the arguments of
/// `opencomplai extract` that do not change from file to file).
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Cap this process's address space (and so every child's) at this
    /// many MiB.
    #[arg(long)]
    pub memory_mb: Option<u64>,
    /// Tesseract languages joined by `+`; empty: no OCR.
    #[arg(long, default_value = "eng")]
    pub ocr_languages: String,
    /// Cut the text at this many bytes.
    #[arg(long)]
    pub max_text_bytes: Option<usize>,
    /// Refuse larger inputs.
    #[arg(long)]
    pub max_input_bytes: Option<usize>,
}

/// Runs the zygote until its standard input ends (the worker let it go)
/// or its parent dies.
pub fn serve(args: ServeArgs) -> ExitCode {
    use nix::sys::resource::{Resource, setrlimit};

    let fail = |message: String| {
        eprintln!("opencomplai extract-serve: {message}");
        ExitCode::FAILURE
    };
    let _ = nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL);
    let _ = setrlimit(Resource::RLIMIT_CORE, 0, 0);
    // Children cannot be traced or read through /proc by their own user.
    let _ = nix::sys::prctl::set_dumpable(false);
    // Orphans of a child come back here, to be reaped.
    let _ = nix::sys::prctl::set_child_subreaper(true);
    if let Some(mb) = args.memory_mb {
        let exe = std::env::current_exe().unwrap_or_default();
        let bytes = super::address_space_cap(&exe, mb);
        if let Err(e) = setrlimit(Resource::RLIMIT_AS, bytes, bytes) {
            return fail(format!("cannot set the memory limit: {e}"));
        }
    }
    // SIGCHLD is waited for with `sigtimedwait`, so it is blocked here
    // (and unblocked in each child).
    let mut chld = nix::sys::signal::SigSet::empty();
    chld.add(nix::sys::signal::Signal::SIGCHLD);
    if let Err(e) = chld.thread_block() {
        return fail(format!("cannot block SIGCHLD: {e}"));
    }
    let defaults = opencomplai_extract::Limits::default();
    let limits = opencomplai_extract::Limits {
        max_input_bytes: args.max_input_bytes.unwrap_or(defaults.max_input_bytes),
        max_text_bytes: args.max_text_bytes.unwrap_or(defaults.max_text_bytes),
        ocr_languages: args.ocr_languages,
        ..defaults
    };
    // Our own handles on the pipes, so the standard streams' buffers are
    // never shared with a child.
    // SAFETY: duplicates of descriptors 0 and 1, owned from here on.
    let (input, mut output) = unsafe {
        let (i, o) = (libc::dup(0), libc::dup(1));
        if i < 0 || o < 0 {
            return fail("cannot duplicate the standard streams".into());
        }
        (File::from_raw_fd(i), File::from_raw_fd(o))
    };
    // Read without a buffer of ours: no byte of one file stays behind in
    // this process for the next file's child to find.
    let mut input = input;
    let own_user = nix::unistd::getuid().as_raw() >= super::UID_BASE;
    loop {
        let line = match read_line(&mut input) {
            Ok(Some(line)) => line,
            Ok(None) => return ExitCode::SUCCESS,
            Err(e) => return fail(format!("reading a request: {e}")),
        };
        let request: Request = match serde_json::from_str(&line) {
            Ok(r) => r,
            Err(e) => return fail(format!("an unreadable request: {e}")),
        };
        let cap = limits.max_input_bytes as u64 + 1;
        if request.len > cap {
            return fail(format!("a request of {} bytes, over {cap}", request.len));
        }
        let reply = match Mapped::new(request.len as usize) {
            None => {
                // The file alone is over the memory cap: said as a child that
                // ran out of memory would say it, and the zygote goes on.
                if let Err(e) =
                    std::io::copy(&mut (&mut input).take(request.len), &mut std::io::sink())
                {
                    return fail(format!("reading a file: {e}"));
                }
                Reply {
                    signal: Some(libc::SIGABRT),
                    err: format!("memory allocation of {} bytes failed", request.len),
                    ..Reply::default()
                }
            }
            Some(mut bytes) => {
                if let Err(e) = input.read_exact(bytes.as_mut_slice()) {
                    return fail(format!("reading a file: {e}"));
                }
                // Unmapped (and so gone from every later child's copy of
                // this process) when `one` returns.
                match one(&request, bytes, &limits, &chld, own_user) {
                    Ok(r) => r,
                    Err(e) => return fail(e),
                }
            }
        };
        if let Err(e) = send(&mut output, reply) {
            return fail(format!("answering: {e}"));
        }
        empty(Path::new("."));
    }
}

/// Extracts one file in a forked child and says how it went, with its
/// output.
fn one(
    request: &Request,
    bytes: Mapped,
    limits: &opencomplai_extract::Limits,
    chld: &nix::sys::signal::SigSet,
    own_user: bool,
) -> Result<Reply, String> {
    let out = File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(OUT_FILE)
        .map_err(|e| format!("creating the output file: {e}"))?;
    let err = File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(ERR_FILE)
        .map_err(|e| format!("creating the error file: {e}"))?;
    let file_type = request.file_type.clone();
    // SAFETY: this process is single-threaded, so the child may do
    // anything after `fork`; it leaves only through `_exit`.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(format!("fork failed: {}", std::io::Error::last_os_error()));
    }
    if pid == 0 {
        // SAFETY: the child's own descriptors and signal mask.
        unsafe {
            let set_up = libc::setpgid(0, 0) == 0
                // Gone with the zygote, should the worker kill it.
                && libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == 0
                && chld.thread_unblock().is_ok()
                && libc::close(0) == 0
                && libc::dup2(std::os::fd::AsRawFd::as_raw_fd(&out), 1) == 1
                && libc::dup2(std::os::fd::AsRawFd::as_raw_fd(&err), 2) == 2
                // Nothing of the zygote's: its pipes and these two files'
                // own descriptors go.
                && libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, 0u32) == 0;
            if !set_up {
                libc::_exit(1);
            }
        }
        let code = crate::cli::extract_bytes(bytes.as_slice(), Some(&file_type), limits);
        // SAFETY: ends the child without running the zygote's exit code.
        unsafe { libc::_exit(code) };
    }
    drop(bytes);
    let deadline = Instant::now() + Duration::from_millis(request.timeout_ms);
    let mut reply = Reply::default();
    let status = loop {
        match nix::sys::wait::waitpid(
            nix::unistd::Pid::from_raw(pid),
            Some(nix::sys::wait::WaitPidFlag::WNOHANG),
        ) {
            Ok(nix::sys::wait::WaitStatus::StillAlive) => {}
            Ok(status) => break status,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(format!("waiting for the child: {e}")),
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            // SAFETY: plain signals to the child's group.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
            reply.timed_out = true;
            match nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid), None) {
                Ok(status) => break status,
                Err(e) => return Err(format!("waiting for the killed child: {e}")),
            }
        }
        wait_chld(chld, left);
    };
    match status {
        nix::sys::wait::WaitStatus::Exited(_, code) => reply.code = Some(code),
        nix::sys::wait::WaitStatus::Signaled(_, signal, _) => reply.signal = Some(signal as i32),
        _ => {}
    }
    sweep(pid, own_user);
    reply.err = tail(err, ERR_TAIL);
    let mut out = out;
    let len = out.seek(SeekFrom::End(0)).unwrap_or(0);
    if len > request.out_cap {
        reply.overflowed = true;
    } else {
        reply.out_len = len;
        reply.out = Some(out);
    }
    Ok(reply)
}

/// An anonymous private mapping holding one file: unmapped when dropped,
/// so no later child of the zygote inherits a copy of it (a heap buffer,
/// freed, would stay in the allocator's memory and in every fork after).
struct Mapped {
    ptr: *mut u8,
    len: usize,
}

impl Mapped {
    fn new(len: usize) -> Option<Self> {
        let size = len.max(1);
        // SAFETY: a fresh anonymous mapping, owned by the value.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        (ptr != libc::MAP_FAILED).then_some(Self {
            ptr: ptr.cast(),
            len,
        })
    }

    fn as_slice(&self) -> &[u8] {
        // SAFETY: `len` bytes mapped and owned by `self`.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    fn as_mut_slice(&mut self) -> &mut [u8] {
        // SAFETY: as above, borrowed mutably.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        // SAFETY: the mapping made in `new`, unmapped once.
        unsafe { libc::munmap(self.ptr.cast(), self.len.max(1)) };
    }
}

/// One request line, read a byte at a time (it is short), without its
/// newline; `None` at the end of the input.
fn read_line(input: &mut File) -> std::io::Result<Option<String>> {
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        if input.read(&mut byte)? == 0 {
            return if line.is_empty() {
                Ok(None)
            } else {
                Err(std::io::Error::other("the input ended inside a request"))
            };
        }
        if byte[0] == b'\n' {
            break;
        }
        line.push(byte[0]);
        if line.len() as u64 > MAX_REQUEST_LINE {
            return Err(std::io::Error::other("a request line over 16 KiB"));
        }
    }
    String::from_utf8(line)
        .map(Some)
        .map_err(|_| std::io::Error::other("a request line that is not UTF-8"))
}

/// Waits until a child changes state or `left` passes.
fn wait_chld(chld: &nix::sys::signal::SigSet, left: Duration) {
    let wait = left.min(Duration::from_millis(100));
    let ts = libc::timespec {
        tv_sec: wait.as_secs() as libc::time_t,
        tv_nsec: wait.subsec_nanos() as libc::c_long,
    };
    // SAFETY: a signal set and a timespec of our own.
    unsafe {
        libc::sigtimedwait(chld.as_ref(), std::ptr::null_mut(), &ts);
    }
}

/// Kills whatever the child left running and reaps it: with a user id of
/// its own, every other process of that user is a leftover of this file;
/// otherwise the child's process group. Orphans were reparented here.
fn sweep(pid: i32, own_user: bool) {
    // SAFETY: plain signals.
    unsafe {
        if own_user {
            libc::kill(-1, libc::SIGKILL);
        } else {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let flags = if own_user {
        None
    } else {
        Some(nix::sys::wait::WaitPidFlag::WNOHANG)
    };
    loop {
        match nix::sys::wait::waitpid(None, flags) {
            Ok(nix::sys::wait::WaitStatus::StillAlive) | Err(nix::errno::Errno::ECHILD) => break,
            Err(nix::errno::Errno::EINTR) | Ok(_) => {}
            Err(_) => break,
        }
    }
}

/// The last `max` bytes of what `file` holds, as text.
fn tail(mut file: File, max: u64) -> String {
    let len = file.seek(SeekFrom::End(0)).unwrap_or(0);
    let mut buf = Vec::new();
    let _ = file
        .seek(SeekFrom::Start(len.saturating_sub(max)))
        .and_then(|_| file.read_to_end(&mut buf));
    String::from_utf8_lossy(&buf).into_owned()
}

/// Removes everything in `dir` (what the child wrote), leaving `dir`.
fn empty(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let _ = if entry.file_type().is_ok_and(|t| t.is_dir()) {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
    }
}

/// The reply line, then the child's output: copied from its file to the
/// pipe by the kernel (`sendfile`), never through this process's memory.
fn send(output: &mut File, mut reply: Reply) -> std::io::Result<()> {
    let out = reply.out.take();
    let mut line = serde_json::to_vec(&reply)?;
    line.push(b'\n');
    let written = output.write_all(&line);
    // The child's words may quote the file: wiped before they are freed.
    line.fill(0);
    // SAFETY: zero bytes are valid UTF-8.
    unsafe { reply.err.as_bytes_mut().fill(0) };
    written?;
    if let Some(mut out) = out {
        out.seek(SeekFrom::Start(0))?;
        let copied = std::io::copy(&mut (&mut out).take(reply.out_len), output)?;
        if copied != reply.out_len {
            return Err(std::io::Error::other("the child's output shrank"));
        }
    }
    output.flush()
}
