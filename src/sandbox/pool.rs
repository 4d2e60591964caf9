//! Long-lived extractors: `opencomplai extract-serve` processes (see
//! `zygote`), confined exactly as a one-off `opencomplai extract` is, each
//! forking a fresh child per document. A worker takes one from the pool,
//! hands it a file, and gives it back; one that stops answering properly
//! (it died, spoke nonsense, or overran the time limit it enforces on its
//! children) is killed with everything it started and never reused, and
//! the next extraction starts a new one.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, ChildStdin, ChildStdout};

use super::zygote::{Reply, Request};
use super::{Answer, Ended, Failure, GroupKill, Job, SCRATCH_PREFIX, Sandbox};

/// A zygote is replaced after this many files, so nothing it holds (its
/// allocator's memory, a slow leak) grows without bound.
const RECYCLE_AFTER: u32 = 5_000;
/// How long past the extraction's own limit the zygote may take to say its
/// child was killed, before the zygote itself is.
const GRACE: Duration = Duration::from_secs(10);
/// The reply line's longest length.
const MAX_REPLY_LINE: u64 = 64 * 1024;

/// Idle extractors, at most `size` of them.
#[derive(Debug)]
pub struct Pool {
    idle: Mutex<Vec<Zygote>>,
    size: usize,
}

impl Pool {
    pub fn new(size: usize) -> Arc<Self> {
        Arc::new(Self {
            idle: Mutex::new(Vec::new()),
            size,
        })
    }

    /// How many extractors wait for work.
    pub fn idle(&self) -> usize {
        self.idle.lock().map_or(0, |i| i.len())
    }

    fn take(&self, args: &[String]) -> Option<Zygote> {
        let mut idle = self.idle.lock().ok()?;
        // Ones started with other settings are of no use any more.
        idle.retain(|z| z.args == args);
        idle.pop()
    }

    fn give_back(&self, z: Zygote) {
        if z.served >= RECYCLE_AFTER {
            return;
        }
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < self.size
        {
            idle.push(z);
        }
    }

    /// Runs the extraction `job` of `bytes` in a pooled extractor.
    pub(super) async fn extract(
        &self,
        sandbox: &Sandbox,
        job: Job,
        bytes: Vec<u8>,
        limits: &opencomplai_extract::Limits,
    ) -> Result<Answer, Failure> {
        let args: Vec<String> = std::iter::once("extract-serve".to_owned())
            .chain(sandbox.extract_settings(limits))
            .collect();
        let mut z = match self.take(&args) {
            Some(z) => z,
            None => Zygote::start(sandbox, args)?,
        };
        let request = Request {
            file_type: job.file_type.as_str().to_owned(),
            len: bytes.len() as u64,
            timeout_ms: u64::try_from(sandbox.timeout.as_millis()).unwrap_or(u64::MAX),
            out_cap: job.out_cap,
        };
        let asked = tokio::time::timeout(sandbox.timeout + GRACE, z.ask(&request, &bytes)).await;
        drop(bytes);
        let (reply, out) = match asked {
            Ok(Ok(answered)) => answered,
            Ok(Err(e)) => {
                let said = z.said();
                return Err(Failure::System(format!(
                    "the extractor stopped answering: {e}{}",
                    if said.is_empty() {
                        String::new()
                    } else {
                        format!(" ({said})")
                    }
                )));
            }
            // Dropped, it is killed with everything it started.
            Err(_) => return Err(sandbox.too_slow(job.noun)),
        };
        z.served += 1;
        self.give_back(z);
        if reply.timed_out {
            return Err(sandbox.too_slow(job.noun));
        }
        let ended = Ended {
            code: reply.code,
            signal: reply.signal,
        };
        sandbox.answer(
            &ended,
            out,
            reply.overflowed,
            &reply.err,
            job.noun,
            job.agent,
            job.file_type,
            job.out_cap,
        )
    }
}

/// One running `opencomplai extract-serve`.
struct Zygote {
    /// What it was started with.
    args: Vec<String>,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    /// The end of what it wrote on standard error (it writes only when it
    /// cannot go on).
    stderr: Arc<Mutex<String>>,
    served: u32,
    // Dropped in this order: its group is killed, then the child handle
    // (kill on drop), then its private directory.
    _group: GroupKill,
    _child: Child,
    _scratch: tempfile::TempDir,
}

impl std::fmt::Debug for Zygote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Zygote")
            .field("served", &self.served)
            .finish_non_exhaustive()
    }
}

impl Zygote {
    fn start(sandbox: &Sandbox, args: Vec<String>) -> Result<Self, Failure> {
        let scratch = tempfile::Builder::new()
            .prefix(&format!("{SCRATCH_PREFIX}{}-", std::process::id()))
            .tempdir()
            .map_err(|e| Failure::System(format!("could not create a temporary directory: {e}")))?;
        let mut command = sandbox.command(&args, scratch.path())?;
        let mut child = command.spawn().map_err(|e| {
            Failure::System(format!(
                "could not start the extractor {}: {e}",
                sandbox.program.display()
            ))
        })?;
        let pid = child.id().and_then(|p| i32::try_from(p).ok());
        let group = GroupKill(pid);
        let (Some(stdin), Some(stdout), Some(mut stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            return Err(Failure::System("extractor pipes missing".into()));
        };
        let said = Arc::new(Mutex::new(String::new()));
        let keep = Arc::clone(&said);
        tokio::spawn(async move {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr.read(&mut buf).await {
                if n == 0 {
                    break;
                }
                if let Ok(mut s) = keep.lock() {
                    s.push_str(&String::from_utf8_lossy(&buf[..n]));
                    if s.len() > 4096 {
                        let cut = s.len() - 4096;
                        let cut = (cut..s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(0);
                        s.drain(..cut);
                    }
                }
            }
        });
        Ok(Self {
            args,
            stdin,
            stdout: BufReader::new(stdout),
            stderr: said,
            served: 0,
            _group: group,
            _child: child,
            _scratch: scratch,
        })
    }

    /// Its last line on standard error.
    fn said(&self) -> String {
        self.stderr
            .lock()
            .map(|s| super::last_line(&s).to_owned())
            .unwrap_or_default()
    }

    async fn ask(&mut self, request: &Request, bytes: &[u8]) -> std::io::Result<(Reply, Vec<u8>)> {
        let mut line = serde_json::to_vec(request)?;
        line.push(b'\n');
        let (stdin, stdout) = (&mut self.stdin, &mut self.stdout);
        let feed = async {
            stdin.write_all(&line).await?;
            stdin.write_all(bytes).await?;
            stdin.flush().await
        };
        let read = async {
            let mut line = String::new();
            let n = (&mut *stdout)
                .take(MAX_REPLY_LINE)
                .read_line(&mut line)
                .await?;
            if n == 0 {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "it ended",
                ));
            }
            let reply: Reply = serde_json::from_str(&line)?;
            if reply.out_len > request.out_cap {
                return Err(std::io::Error::other("an answer over its cap"));
            }
            let mut out = vec![0; usize::try_from(reply.out_len).unwrap_or(usize::MAX)];
            stdout.read_exact(&mut out).await?;
            Ok((reply, out))
        };
        let (fed, read) = tokio::join!(feed, read);
        let answered = read?;
        fed?;
        Ok(answered)
    }
}
