//! `opencomplai upload PATH...`: sends files and folders (recursively) to a
//! server's `POST /v1/documents` with an API key, a few at a time, with a
//! progress line on standard error. Each file carries an `Idempotency-Key`
//! made of its path, size, modification time and SHA-256, and every
//! answered file is appended to a state file, so a run that is interrupted
//! and started again skips what was done and never creates a document
//! twice (a request in flight when it stopped is answered again, not
//! repeated). Ends with a summary; exit status 1 if any file failed.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, UNIX_EPOCH};

use anyhow::Context;
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::auth::tokens::hex;

/// Attempts per file when the server is briefly unavailable.
const ATTEMPTS: u32 = 4;
/// The longest `Retry-After` worth waiting for; past it the file fails.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
/// How often the progress line is redrawn at most.
const REDRAW: Duration = Duration::from_millis(200);
/// Characters of a server message kept in the summary.
const MAX_MESSAGE_CHARS: usize = 300;

#[derive(Debug, clap::Args)]
pub struct UploadArgs {
    /// Files and folders (folders are walked recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The server, e.g. `https://docs.example.org`.
    #[arg(long, env = "OPENCOMPLAI_URL")]
    pub url: String,
    /// An API key with `document.create`.
    #[arg(long, env = "OPENCOMPLAI_API_KEY", hide_env_values = true)]
    pub api_key: String,
    /// Files sent at once.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=32))]
    pub concurrency: u16,
    /// Where finished files are remembered (one JSON line each), so that a
    /// run started again skips them.
    #[arg(long, default_value = ".opencomplai-upload.jsonl")]
    pub state: PathBuf,
}

/// One finished file, as a line of the state file.
#[derive(Debug, Serialize, Deserialize)]
struct Done {
    url: String,
    key: String,
    path: String,
    outcome: String,
}

#[derive(Debug)]
enum Outcome {
    Uploaded,
    Duplicate,
    Failed(String),
}

/// Runs the command; `Ok(false)` when some file failed.
pub async fn run(args: UploadArgs) -> anyhow::Result<bool> {
    let base = args.url.trim_end_matches('/').to_owned();
    let endpoint = format!("{base}/v1/documents");
    let state_path = args.state.clone();
    let mut files = Vec::new();
    for path in &args.paths {
        walk(path, &mut files).with_context(|| format!("cannot read {}", path.display()))?;
    }
    let state_abs = std::fs::canonicalize(&state_path).ok();
    files.retain(|f| Some(f) != state_abs.as_ref());
    files.sort();
    files.dedup();
    let finished = read_state(&state_path, &base)?;
    let mut state = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&state_path)
        .with_context(|| format!("cannot write the state file {}", state_path.display()))?;

    let client = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .build()
        .context("cannot make an HTTP client")?;
    let total = files.len();
    let mut progress = Progress::new(total);
    let (mut uploaded, mut duplicates, mut skipped) = (0usize, 0usize, 0usize);
    let mut failed: Vec<(PathBuf, String)> = Vec::new();

    let work = futures_util::stream::iter(files.into_iter().map(|path| {
        let client = client.clone();
        let endpoint = endpoint.clone();
        let api_key = args.api_key.clone();
        let finished = &finished;
        async move {
            let key = match idempotency_key(&path).await {
                Ok(k) => k,
                Err(e) => {
                    return (
                        path,
                        None,
                        Outcome::Failed(format!("cannot read it: {e:#}")),
                    );
                }
            };
            if finished.contains(&key) {
                return (path, Some(key), Outcome::Uploaded);
            }
            let outcome = send(&client, &endpoint, &api_key, &path, &key).await;
            (path, Some(key), outcome)
        }
    }))
    .buffer_unordered(usize::from(args.concurrency));
    futures_util::pin_mut!(work);
    while let Some((path, key, outcome)) = work.next().await {
        let was_done = key.as_ref().is_some_and(|k| finished.contains(k));
        match &outcome {
            _ if was_done => skipped += 1,
            Outcome::Uploaded => uploaded += 1,
            Outcome::Duplicate => duplicates += 1,
            Outcome::Failed(message) => failed.push((path.clone(), message.clone())),
        }
        if let (Some(key), false) = (key, was_done) {
            let outcome = match outcome {
                Outcome::Uploaded => "uploaded",
                Outcome::Duplicate => "duplicate",
                Outcome::Failed(_) => "",
            };
            if !outcome.is_empty() {
                let line = Done {
                    url: base.clone(),
                    key,
                    path: path.display().to_string(),
                    outcome: outcome.to_owned(),
                };
                // One write per line: a run killed mid-way leaves whole lines.
                let mut text = serde_json::to_string(&line)?;
                text.push('\n');
                state
                    .write_all(text.as_bytes())
                    .with_context(|| format!("cannot write {}", state_path.display()))?;
            }
        }
        progress.step(failed.len());
    }
    progress.finish(failed.len());

    println!(
        "uploaded {uploaded}, duplicates {duplicates}, done before {skipped}, failed {}",
        failed.len()
    );
    for (path, message) in &failed {
        println!("failed: {}: {message}", path.display());
    }
    Ok(failed.is_empty())
}

/// Every regular file under `path`.
fn walk(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for entry in entries {
            walk(&entry, out)?;
        }
    } else if meta.is_file() {
        out.push(std::fs::canonicalize(path)?);
    }
    Ok(())
}

/// The keys of files finished against `url` by earlier runs. A torn last
/// line (a run killed while writing it) is ignored.
fn read_state(path: &Path, url: &str) -> anyhow::Result<HashSet<String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HashSet::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    Ok(text
        .lines()
        .filter_map(|l| serde_json::from_str::<Done>(l).ok())
        .filter(|d| d.url == url)
        .map(|d| d.key)
        .collect())
}

/// A key naming this file as it is now: its path, size, modification time
/// and content.
async fn idempotency_key(path: &Path) -> anyhow::Result<String> {
    let path = path.to_owned();
    tokio::task::spawn_blocking(move || {
        let meta = std::fs::metadata(&path)?;
        let mtime = meta
            .modified()?
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos();
        let mut file = std::fs::File::open(&path)?;
        let mut content = Sha256::new();
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let n = file.read(&mut buffer)?;
            if n == 0 {
                break;
            }
            content.update(&buffer[..n]);
        }
        let mut key = Sha256::new();
        key.update(path.as_os_str().as_encoded_bytes());
        key.update([0]);
        key.update(meta.len().to_be_bytes());
        key.update(mtime.to_be_bytes());
        key.update(content.finalize());
        Ok(format!("upload-{}", hex(&key.finalize())))
    })
    .await?
}

/// Sends one file, retrying while the server is briefly unavailable (the
/// key makes a retry safe).
async fn send(
    client: &reqwest::Client,
    endpoint: &str,
    api_key: &str,
    path: &Path,
    key: &str,
) -> Outcome {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "upload".into());
    let mut last = String::new();
    for attempt in 1..=ATTEMPTS {
        let file = match tokio::fs::File::open(path).await {
            Ok(f) => f,
            Err(e) => return Outcome::Failed(format!("cannot read it: {e}")),
        };
        let size = file.metadata().await.map(|m| m.len()).unwrap_or(0);
        let part = reqwest::multipart::Part::stream_with_length(file, size).file_name(name.clone());
        let form = reqwest::multipart::Form::new().part("file", part);
        let response = client
            .post(endpoint)
            .bearer_auth(api_key)
            .header("Idempotency-Key", key)
            .multipart(form)
            .send()
            .await;
        let wait = match response {
            Err(e) => {
                last = format!("could not reach the server: {e}");
                Duration::from_secs(1 << attempt)
            }
            Ok(r) => {
                let status = r.status();
                let retry_after = r
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse::<u64>().ok())
                    .map(Duration::from_secs);
                let body: serde_json::Value = r.json().await.unwrap_or_default();
                match status.as_u16() {
                    200 if body["duplicate"] == true => return Outcome::Duplicate,
                    200..=299 => return Outcome::Uploaded,
                    429 | 503 if retry_after.is_none_or(|d| d <= MAX_RETRY_AFTER) => {
                        last = message(status, &body);
                        retry_after.unwrap_or(Duration::from_secs(1 << attempt))
                    }
                    500..=599 => {
                        last = message(status, &body);
                        Duration::from_secs(1 << attempt)
                    }
                    _ => return Outcome::Failed(message(status, &body)),
                }
            }
        };
        if attempt < ATTEMPTS {
            tokio::time::sleep(wait).await;
        }
    }
    Outcome::Failed(last)
}

/// The server's words for a refusal, bounded.
fn message(status: reqwest::StatusCode, body: &serde_json::Value) -> String {
    let said = body["error"]["message"].as_str().unwrap_or("no message");
    let said: String = said.chars().take(MAX_MESSAGE_CHARS).collect();
    format!("{} {said}", status.as_u16())
}

/// The progress line: count, rate and time left.
struct Progress {
    total: usize,
    done: usize,
    started: Instant,
    drawn: Option<Instant>,
}

impl Progress {
    fn new(total: usize) -> Self {
        Self {
            total,
            done: 0,
            started: Instant::now(),
            drawn: None,
        }
    }

    fn step(&mut self, failed: usize) {
        self.done += 1;
        if self.drawn.is_none_or(|at| at.elapsed() >= REDRAW) {
            self.draw(failed);
        }
    }

    fn finish(&mut self, failed: usize) {
        self.draw(failed);
        eprintln!();
    }

    fn draw(&mut self, failed: usize) {
        self.drawn = Some(Instant::now());
        let secs = self.started.elapsed().as_secs_f64().max(0.001);
        let rate = self.done as f64 / secs;
        let left = self.total.saturating_sub(self.done);
        let eta = if rate > 0.0 {
            format_secs(left as f64 / rate)
        } else {
            "?".into()
        };
        eprint!(
            "\r{}/{} files, {rate:.1}/s, ETA {eta}, {failed} failed   ",
            self.done, self.total
        );
        let _ = std::io::stderr().flush();
    }
}

fn format_secs(secs: f64) -> String {
    let secs = secs.round() as u64;
    if secs >= 3600 {
        format!("{}h{:02}m", secs / 3600, secs % 3600 / 60)
    } else if secs >= 60 {
        format!("{}m{:02}s", secs / 60, secs % 60)
    } else {
        format!("{secs}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_left_read_as_a_person_writes_them() {
        assert_eq!(format_secs(5.2), "5s");
        assert_eq!(format_secs(75.0), "1m15s");
        assert_eq!(format_secs(3725.0), "1h02m");
    }
}
