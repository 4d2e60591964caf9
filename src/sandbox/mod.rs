//! Extraction, rendering and redaction in a child process of our own
//! binary (`opencomplai extract`, `render`, `redact`), so a hostile file
//! cannot take the worker or the web server down with it, nor reach
//! anything of the service's:
//! - the child is confined before it starts (`confine`): its own user, no
//!   network, no view of the file system beyond the system's programs and
//!   its private directory, a seccomp allowlist, no new privileges, a cap
//!   on its address space (`RLIMIT_AS`: the memory limit on top of the
//!   program's own image, see [`address_space_cap`]), which the programs
//!   it runs (poppler, Tesseract) inherit;
//! - it runs in its own process group, and on the wall-clock limit the
//!   whole group is killed;
//! - it dies with its parent (`PR_SET_PDEATHSIG`), so a killed worker
//!   leaves no process behind; its scratch directory goes when the next
//!   worker starts ([`sweep_orphans`]).
//!
//! The file goes in on standard input (anything else the child needs, as a
//! file in its private directory, which is its working directory); the
//! extraction comes back as JSON on standard output (a rendering as the PNG
//! itself, a redaction as the PDF, with a summary on standard error: see
//! `cli::run_render` and `cli::run_redact`), or `{"error": "..."}` with
//! exit status 2 for a file that cannot be read.

mod confine;
mod pool;
mod seccomp;
mod zygote;

pub use confine::{Support, UID_BASE};

/// The `RLIMIT_AS` for a child of `program` given `memory_mb` to work in.
/// The address space counts the program's own mapped image too, and ours
/// carries the analyzer's language models (over 100 MB of read-only data,
/// shared between processes, that extraction never touches): a cap of the
/// memory limit alone would leave a child less than the limit says, or
/// none at all. So the cap is the limit plus the program file's size.
pub(crate) fn address_space_cap(program: &std::path::Path, memory_mb: u64) -> u64 {
    let image = std::fs::metadata(program).map_or(0, |m| m.len());
    memory_mb.saturating_mul(1024 * 1024).saturating_add(image)
}
pub use pool::Pool;
pub use zygote::{ServeArgs, serve};

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;
use opencomplai_extract::{Extraction, FileType, Limits, Redaction, Rendered};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::Command;

/// Exit status of `opencomplai extract`, `render` and `redact` for a file
/// they cannot read.
pub const EXIT_UNREADABLE: u8 = 2;

/// Scratch directories are `<temp>/opencomplai-extract-<pid>-<random>`.
const SCRATCH_PREFIX: &str = "opencomplai-extract-";

/// Removes the scratch directories that processes no longer running left
/// in `temp` (a worker killed mid-extraction cannot remove its own; what a
/// child wrote there, such as rendered pages for OCR, would stay). Returns
/// how many went. Directories of live processes, and names it cannot read,
/// are left alone.
pub fn sweep_orphans(temp: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(temp) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(SCRATCH_PREFIX))
            .and_then(|rest| rest.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<i32>().ok())
            .filter(|&pid| pid > 0)
        else {
            continue;
        };
        let gone = matches!(
            nix::sys::signal::kill(Pid::from_raw(pid), None),
            Err(nix::errno::Errno::ESRCH)
        );
        if gone && entry.file_type().is_ok_and(|t| t.is_dir()) {
            match std::fs::remove_dir_all(entry.path()) {
                Ok(()) => removed += 1,
                Err(e) => tracing::warn!(path = %entry.path().display(), error = %e,
                    "could not remove an orphaned extraction directory"),
            }
        }
    }
    removed
}

/// How one sandboxed extraction or rendering runs.
#[derive(Debug, Clone)]
pub struct Sandbox {
    /// The `opencomplai` binary (normally the running one).
    pub program: PathBuf,
    /// Address-space cap for the child, in MiB.
    pub memory_mb: u64,
    pub timeout: Duration,
    /// Long-lived extractors to reuse (see [`Pool`]); `None`: a process of
    /// its own for every extraction.
    pub pool: Option<std::sync::Arc<Pool>>,
}

impl Sandbox {
    /// The sandbox the configuration describes: the configured extractor
    /// program, or this very binary (still this binary after an in-place
    /// upgrade, when `current_exe()` would name a deleted file).
    pub fn from_config(config: &crate::config::Config) -> Self {
        let program = config
            .extractor_program
            .clone()
            .or_else(|| {
                let me = PathBuf::from("/proc/self/exe");
                me.exists().then_some(me)
            })
            .or_else(|| std::env::current_exe().ok())
            .unwrap_or_else(|| "opencomplai".into());
        Self {
            program,
            memory_mb: config.extract_memory_mb,
            timeout: Duration::from_secs(config.extract_timeout_secs),
            // Only where each extractor has a user id of its own (the
            // service runs as root): there it can kill whatever a file's
            // child left running, and nothing else.
            pool: (config.extract_pool_size > 0 && Support::get().as_root)
                .then(|| Pool::new(config.extract_pool_size)),
        }
    }
}

/// Why a sandboxed extraction produced nothing.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// The file is at fault (unreadable, too slow, too big): final.
    File(String),
    /// The child could not be started or spoke nonsense: worth a retry.
    System(String),
}

/// Why a sandboxed rendering produced no picture.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum RenderFailure {
    /// The page asked for is not in the document (pages count from 1): the
    /// request's fault, not the file's; `pages` is how many there are.
    #[error("there is no page {page}: the document has {pages} page{}", if *.pages == 1 { "" } else { "s" })]
    NoSuchPage { page: u32, pages: u32 },
    /// The file cannot be shown (damaged, too slow, too big, a type with no
    /// picture form): final.
    #[error("{0}")]
    File(String),
    /// The child could not be started or spoke nonsense: worth a retry.
    #[error("{0}")]
    System(String),
}

impl From<Failure> for RenderFailure {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::File(m) => Self::File(m),
            Failure::System(m) => Self::System(m),
        }
    }
}

/// What `opencomplai render` gives for the PNG at most: a 4096-pixel-wide
/// page of photographs comes to a few MiB; past this, the file is at fault.
const RENDER_OUTPUT_CAP: u64 = 32 << 20;

/// What `opencomplai redact` gives for the PDF at most: a 150 dpi A4 page
/// of photographs comes to some 2 MiB losslessly, so this is a hundred
/// such pages; past this, the file is at fault.
const REDACT_OUTPUT_CAP: u64 = 256 << 20;

/// The file `Sandbox::redact` lists the strings to cover in, in the
/// child's private directory: personal data stays off the command line,
/// which every user of the machine can read.
const TARGETS_FILE: &str = "targets.json";

/// One run of a child command: its arguments, and the words its failures
/// are told in.
struct Job {
    /// `extract`, `render` or `redact`, then its arguments (the file comes
    /// on standard input).
    args: Vec<String>,
    /// Files to put in the child's private working directory first, by
    /// name.
    files: Vec<(&'static str, Vec<u8>)>,
    /// What took too long or needed too much: "extraction".
    noun: &'static str,
    /// What crashed or could not run: "extractor".
    agent: &'static str,
    file_type: FileType,
    /// Standard output past this many bytes is drained, dropped, and the
    /// run fails.
    out_cap: u64,
}

/// What a child that ran to its end answered.
enum Answer {
    /// Exit status 0: its standard output, and standard error's last line.
    Done { out: Vec<u8>, last_err_line: String },
    /// Exit status 2: the file is at fault.
    Refused(Refusal),
}

/// The JSON line a child writes with exit status 2.
#[derive(serde::Deserialize)]
struct Refusal {
    error: String,
    /// From `render`: the page asked for does not exist; this many do.
    #[serde(default)]
    pages: Option<u32>,
}

impl Sandbox {
    /// `opencomplai <args>` confined in the sandbox, working in `scratch`
    /// (see the module doc), its standard streams piped.
    fn command(&self, args: &[String], scratch: &std::path::Path) -> Result<Command, Failure> {
        let confinement = confine::Confinement::prepare(&self.program, scratch, self.memory_mb)
            .map_err(|e| Failure::System(format!("could not prepare the sandbox: {e}")))?;
        let mut command = Command::new(&self.program);
        // Only what the child needs from our environment: never the
        // database URL, secrets or other settings.
        command.env_clear();
        for key in ["PATH", "LANG", "LC_ALL", "TESSDATA_PREFIX"] {
            if let Some(value) = std::env::var_os(key) {
                command.env(key, value);
            }
        }
        command
            .env("TMPDIR", scratch)
            .env("HOME", scratch)
            .current_dir(scratch)
            .args(args)
            // Tesseract would start a thread per core; workers already run
            // side by side.
            .env("OMP_THREAD_LIMIT", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .kill_on_drop(true);
        // SAFETY: `apply` only makes system calls on memory prepared above
        // and owned by the closure (see `confine`).
        #[allow(unsafe_code)]
        unsafe {
            command.pre_exec(move || confinement.apply());
        }
        Ok(command)
    }

    /// Extracts `bytes` as `file_type` in a child process.
    pub async fn extract(
        &self,
        file_type: FileType,
        bytes: Vec<u8>,
        limits: &Limits,
    ) -> Result<Extraction, Failure> {
        let job = Job {
            args: ["extract", "-", "--type", file_type.as_str()]
                .map(str::to_owned)
                .into_iter()
                .chain(self.extract_settings(limits))
                .collect(),
            files: Vec::new(),
            noun: "extraction",
            agent: "extractor",
            file_type,
            // The output can be as large as the text limit allows, plus
            // tables and JSON escaping; anything beyond is not ours to read.
            out_cap: (limits.max_text_bytes as u64).saturating_mul(8) + (64 << 20),
        };
        let answer = match &self.pool {
            Some(pool) => pool.extract(self, job, bytes, limits).await?,
            None => self.run(job, bytes).await?,
        };
        match answer {
            Answer::Done { out, .. } => serde_json::from_slice(&out).map_err(|e| {
                Failure::System(format!("the extractor's output was unreadable: {e}"))
            }),
            Answer::Refused(refusal) => Err(Failure::File(refusal.error)),
        }
    }

    /// Renders page `page` (from 1) of a PDF, or an image (page 1), as a
    /// PNG at most `width` pixels wide, in a child process
    /// (`opencomplai render`, see `cli::run_render` for the protocol).
    /// Types without pictures fail as [`RenderFailure::File`]; check
    /// [`FileType::has_pictures`] first to tell them apart.
    pub async fn render(
        &self,
        file_type: FileType,
        bytes: Vec<u8>,
        page: u32,
        width: u32,
    ) -> Result<Rendered, RenderFailure> {
        let job = Job {
            args: [
                "render",
                "-",
                "--type",
                file_type.as_str(),
                "--page",
                &page.to_string(),
                "--width",
                &width.to_string(),
                "--memory-mb",
                &self.memory_mb.to_string(),
            ]
            .map(str::to_owned)
            .to_vec(),
            files: Vec::new(),
            noun: "rendering",
            agent: "renderer",
            file_type,
            out_cap: RENDER_OUTPUT_CAP,
        };
        match self.run(job, bytes).await? {
            Answer::Done { out, last_err_line } => {
                let pages = last_err_line
                    .strip_prefix("pages=")
                    .and_then(|n| n.parse().ok())
                    .ok_or_else(|| {
                        RenderFailure::System(format!(
                            "the renderer did not say how many pages there are ({last_err_line:?})"
                        ))
                    })?;
                Rendered::from_png(out, pages).ok_or_else(|| {
                    RenderFailure::System("the renderer's output was not a PNG".into())
                })
            }
            Answer::Refused(Refusal {
                pages: Some(pages), ..
            }) => Err(RenderFailure::NoSuchPage { page, pages }),
            Answer::Refused(refusal) => Err(RenderFailure::File(refusal.error)),
        }
    }

    /// Redacts a PDF or an image in a child process (`opencomplai
    /// redact`, see `cli::run_redact` for the protocol): a PDF of its
    /// pages as pictures with every occurrence of `targets` covered, pages
    /// without a text layer and images read with OCR in `ocr_languages`.
    /// Types without pictures fail as [`Failure::File`]; check
    /// [`FileType::has_pictures`] first to tell them apart.
    pub async fn redact(
        &self,
        file_type: FileType,
        bytes: Vec<u8>,
        targets: &[String],
        ocr_languages: &str,
    ) -> Result<Redaction, Failure> {
        let listed = serde_json::to_vec(targets)
            .map_err(|e| Failure::System(format!("could not list the strings to cover: {e}")))?;
        let job = Job {
            args: [
                "redact",
                "-",
                "--type",
                file_type.as_str(),
                "--targets",
                TARGETS_FILE,
                "--ocr-languages",
                ocr_languages,
                "--memory-mb",
                &self.memory_mb.to_string(),
            ]
            .map(str::to_owned)
            .to_vec(),
            files: vec![(TARGETS_FILE, listed)],
            noun: "redaction",
            agent: "redactor",
            file_type,
            out_cap: REDACT_OUTPUT_CAP,
        };
        match self.run(job, bytes).await? {
            Answer::Done { out, last_err_line } => {
                let summary = Summary::parse(&last_err_line).ok_or_else(|| {
                    Failure::System(format!(
                        "the redactor did not summarise its work ({last_err_line:?})"
                    ))
                })?;
                if !out.starts_with(b"%PDF-") {
                    return Err(Failure::System(
                        "the redactor's output was not a PDF".into(),
                    ));
                }
                Ok(Redaction {
                    pdf: out,
                    pages: summary.pages,
                    covered: summary.covered,
                    missed: summary.missed,
                })
            }
            Answer::Refused(refusal) => Err(Failure::File(refusal.error)),
        }
    }

    /// Runs `opencomplai <job.args>` with `bytes` on standard input, in
    /// the sandbox (see the module doc), and reads what it answered.
    async fn run(&self, job: Job, bytes: Vec<u8>) -> Result<Answer, Failure> {
        let Job {
            args,
            files,
            noun,
            agent,
            file_type,
            out_cap,
        } = job;
        // A private temporary directory per run, removed here even when
        // the child was killed before it could clean up after itself;
        // named after this process, so that if this process is killed
        // itself, [`sweep_orphans`] can tell the directory is nobody's.
        let scratch = tempfile::Builder::new()
            .prefix(&format!("{SCRATCH_PREFIX}{}-", std::process::id()))
            .tempdir()
            .map_err(|e| Failure::System(format!("could not create a temporary directory: {e}")))?;
        for (name, content) in files {
            tokio::fs::write(scratch.path().join(name), content)
                .await
                .map_err(|e| Failure::System(format!("could not stage {name}: {e}")))?;
        }
        let mut command = self.command(&args, scratch.path())?;
        let mut child = command.spawn().map_err(|e| {
            Failure::System(format!(
                "could not start the {agent} {}: {e}",
                self.program.display()
            ))
        })?;
        let pid = child.id().and_then(|p| i32::try_from(p).ok());
        let group = GroupKill(pid);
        let (Some(mut stdin), Some(mut stdout), Some(mut stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            return Err(Failure::System(format!("{agent} pipes missing")));
        };
        let feed = async move {
            // A child that stops reading (it failed early) closes the pipe:
            // not an error of ours.
            let _ = stdin.write_all(&bytes).await;
            drop(stdin);
        };
        // Past its cap, output is drained and dropped so the child never
        // blocks on a full pipe.
        let read_out = async move {
            let mut buf = Vec::new();
            let _ = (&mut stdout).take(out_cap).read_to_end(&mut buf).await;
            let over = tokio::io::copy(&mut stdout, &mut tokio::io::sink())
                .await
                .unwrap_or(0);
            (buf, over > 0)
        };
        let read_err = async move {
            let mut buf = Vec::new();
            let _ = (&mut stderr).take(64 * 1024).read_to_end(&mut buf).await;
            let _ = tokio::io::copy(&mut stderr, &mut tokio::io::sink()).await;
            buf
        };
        let run = async { tokio::join!(feed, read_out, read_err, child.wait()) };
        let (_, (out, overflowed), err, status) =
            match tokio::time::timeout(self.timeout, run).await {
                Ok(done) => done,
                Err(_) => {
                    // The whole group: the child and any poppler or Tesseract
                    // process it started.
                    if let Some(pid) = pid {
                        let _ = killpg(Pid::from_raw(pid), Signal::SIGKILL);
                    }
                    let _ = child.kill().await;
                    return Err(self.too_slow(noun));
                }
            };
        let status =
            status.map_err(|e| Failure::System(format!("waiting for the {agent}: {e}")))?;
        // Programs the child started and left behind go with it.
        drop(group);
        drop(scratch);
        use std::os::unix::process::ExitStatusExt;
        let ended = Ended {
            code: status.code(),
            signal: status.signal(),
        };
        let stderr = String::from_utf8_lossy(&err);
        self.answer(
            &ended, out, overflowed, &stderr, noun, agent, file_type, out_cap,
        )
    }

    /// The arguments of `extract` and `extract-serve` that do not change
    /// from file to file.
    fn extract_settings(&self, limits: &Limits) -> [String; 8] {
        [
            "--memory-mb".to_owned(),
            self.memory_mb.to_string(),
            "--ocr-languages".to_owned(),
            limits.ocr_languages.clone(),
            "--max-text-bytes".to_owned(),
            limits.max_text_bytes.to_string(),
            "--max-input-bytes".to_owned(),
            limits.max_input_bytes.to_string(),
        ]
    }

    /// A run killed at the time limit: the file's fault.
    fn too_slow(&self, noun: &str) -> Failure {
        Failure::File(format!(
            "{noun} took longer than the {} s limit",
            self.timeout.as_secs()
        ))
    }

    /// What a child that ended as `ended`, having written `out` (over its
    /// cap when `overflowed`) and `stderr`, answered.
    #[allow(clippy::too_many_arguments)]
    fn answer(
        &self,
        ended: &Ended,
        out: Vec<u8>,
        overflowed: bool,
        stderr: &str,
        noun: &str,
        agent: &str,
        file_type: FileType,
        out_cap: u64,
    ) -> Result<Answer, Failure> {
        if overflowed {
            return Err(Failure::File(format!(
                "the {noun}'s output is over the {} MiB this service accepts",
                out_cap >> 20
            )));
        }
        if ended.code == Some(0) {
            return Ok(Answer::Done {
                out,
                last_err_line: last_line(stderr).to_owned(),
            });
        }
        if ended.code == Some(i32::from(EXIT_UNREADABLE)) {
            return match serde_json::from_slice::<Refusal>(&out) {
                Ok(refusal) => Ok(Answer::Refused(refusal)),
                Err(_) => Err(Failure::System(format!(
                    "the {agent} failed: {}",
                    last_line(stderr)
                ))),
            };
        }
        if stderr.contains("memory allocation of") || stderr.contains("out of memory") {
            return Err(Failure::File(format!(
                "{noun} needed more than its {} MiB memory limit",
                self.memory_mb
            )));
        }
        // Status 1 is the command itself failing (bad arguments, limits it
        // could not set): ours to fix, not the file's.
        if ended.code == Some(1) {
            return Err(Failure::System(format!(
                "the {agent} could not run: {}",
                last_line(stderr)
            )));
        }
        let how = match (ended.code, ended.signal) {
            (_, Some(signal)) => format!("signal {signal}"),
            (Some(code), _) => format!("exit status {code}"),
            _ => "an unknown status".to_owned(),
        };
        Err(Failure::File(format!(
            "the {} {agent} crashed on this file ({how}{})",
            file_type.as_str(),
            match last_line(stderr) {
                "" => String::new(),
                line => format!(": {line}"),
            }
        )))
    }
}

/// How a child ended: its exit status, or the signal that ended it.
#[derive(Debug, Clone, Copy, Default)]
struct Ended {
    code: Option<i32>,
    signal: Option<i32>,
}

/// Kills a child's whole process group when dropped: a run abandoned from
/// outside (its request timed out, its task was cancelled) takes the
/// poppler and Tesseract processes the child started with it, which
/// `kill_on_drop` (the child alone) would leave running to their end.
struct GroupKill(Option<i32>);

impl Drop for GroupKill {
    fn drop(&mut self) {
        if let Some(pid) = self.0 {
            let _ = killpg(Pid::from_raw(pid), Signal::SIGKILL);
        }
    }
}

/// `pages=N covered=C missed=M`, the last line `opencomplai redact`
/// writes on standard error.
#[derive(Debug, PartialEq, Eq)]
struct Summary {
    pages: u32,
    covered: usize,
    missed: usize,
}

impl Summary {
    fn parse(line: &str) -> Option<Self> {
        let mut fields = line.split_whitespace();
        let mut field = |name: &str| {
            fields
                .next()?
                .strip_prefix(name)?
                .strip_prefix('=')?
                .parse::<usize>()
                .ok()
        };
        let summary = Self {
            pages: u32::try_from(field("pages")?).ok()?,
            covered: field("covered")?,
            missed: field("missed")?,
        };
        fields.next().is_none().then_some(summary)
    }
}

fn last_line(s: &str) -> &str {
    s.lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_abandoned_run_takes_the_programs_its_child_started_with_it() {
        use std::os::unix::fs::PermissionsExt;

        let temp = tempfile::tempdir().expect("temp");
        // A child that starts a long program of its own, as `extract`
        // starts Tesseract, and waits. The sandbox lets it write only its
        // own directory, so the test finds the program by its unusual
        // duration instead of by a file the child writes.
        let marker = format!("299.{}", std::process::id());
        let program = temp.path().join("child.sh");
        std::fs::write(&program, format!("#!/bin/sh\nsleep {marker} &\nwait\n")).expect("write");
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let sandbox = Sandbox {
            program,
            memory_mb: 256,
            timeout: Duration::from_secs(60),
            pool: None,
        };
        let limits = Limits::default();
        let run = sandbox.extract(FileType::Txt, b"x".to_vec(), &limits);
        let wanted = format!("sleep\0{marker}\0");
        let read_pid = || {
            std::fs::read_dir("/proc")
                .ok()?
                .flatten()
                .find_map(|entry| {
                    let pid = entry.file_name().to_str()?.parse::<i32>().ok()?;
                    let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
                    (cmdline == wanted.as_bytes()).then_some(pid)
                })
        };
        let abandoned = async {
            tokio::select! {
                _ = run => panic!("the child waits"),
                pid = async {
                    loop {
                        if let Some(pid) = read_pid() {
                            return pid;
                        }
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                } => pid,
            }
        };
        let pid = tokio::time::timeout(Duration::from_secs(30), abandoned)
            .await
            .expect("the child started its program");
        // The run was dropped with the select: its group goes.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            // Killed and reaped by init, or at least a zombie.
            let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            if state.is_empty() || state.contains(") Z ") {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the grandchild {pid} still runs: {state}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    #[test]
    fn a_redaction_summary_is_read_whole_or_not_at_all() {
        assert_eq!(
            Summary::parse("pages=2 covered=6 missed=1"),
            Some(Summary {
                pages: 2,
                covered: 6,
                missed: 1
            })
        );
        for bad in [
            "",
            "pages=2 covered=6",
            "pages=2 covered=6 missed=1 more=1",
            "pages=-1 covered=6 missed=1",
            "covered=6 pages=2 missed=1",
        ] {
            assert_eq!(Summary::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_directories_of_processes_that_are_gone_are_swept() {
        let temp = tempfile::tempdir().expect("temp");
        // A process that has ended: its PID names nobody now.
        let mut ended = std::process::Command::new("true")
            .spawn()
            .expect("true runs");
        let dead = ended.id();
        ended.wait().expect("true ends");
        let orphan = temp.path().join(format!("{SCRATCH_PREFIX}{dead}-a1B2c3"));
        std::fs::create_dir(&orphan).expect("mkdir");
        std::fs::write(orphan.join("page-1.png"), b"rendered").expect("write");
        let mine = temp
            .path()
            .join(format!("{SCRATCH_PREFIX}{}-d4E5f6", std::process::id()));
        let unreadable = temp.path().join(format!("{SCRATCH_PREFIX}Xy9zQw"));
        let other = temp.path().join("someone-elses");
        for dir in [&mine, &unreadable, &other] {
            std::fs::create_dir(dir).expect("mkdir");
        }

        assert_eq!(sweep_orphans(temp.path()), 1);
        assert!(
            !orphan.exists(),
            "the dead process's directory went, with its file"
        );
        for dir in [&mine, &unreadable, &other] {
            assert!(dir.exists(), "{} stays", dir.display());
        }
        assert_eq!(sweep_orphans(temp.path()), 0);
    }
}
