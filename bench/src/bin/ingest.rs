//! Ingest benchmark, against a running server: uploads many small text
//! documents concurrently and prints documents per second until all are
//! `completed`; then streams one large upload (generated on the fly, never
//! held in memory here) while sampling the server's resident memory.
//! `bench/ingest.sh` starts a server and runs this against it.

use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use futures_util::StreamExt;
use serde_json::{Value, json};

#[derive(Parser)]
struct Args {
    /// Base URL of the server.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    url: String,
    /// The server's process id, to sample its memory (Linux /proc).
    #[arg(long)]
    server_pid: Option<u32>,
    /// Small documents to upload.
    #[arg(long, default_value_t = 1000)]
    docs: usize,
    /// Uploads in flight at once.
    #[arg(long, default_value_t = 32)]
    concurrency: usize,
    /// Size of the large upload in MiB (0 skips it).
    #[arg(long, default_value_t = 1024)]
    big_mib: u64,
    /// A worker process to kill (SIGKILL) mid-run...
    #[arg(long)]
    kill_pid: Option<i32>,
    /// ...once this many uploads have been accepted.
    #[arg(long, default_value_t = 300)]
    kill_after: usize,
}

const PASSWORD: &str = "benchmark passphrase 2026";

async fn token(client: &reqwest::Client, base: &str) -> anyhow::Result<String> {
    let email = format!(
        "bench-{}@example.org",
        std::process::id() as u64 * 1000 + u64::from(rand_byte())
    );
    let r = client
        .post(format!("{base}/v1/auth/register"))
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .await?;
    if !r.status().is_success() {
        bail!("register: {} {}", r.status(), r.text().await?);
    }
    let r: Value = client
        .post(format!("{base}/v1/auth/login"))
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .await?
        .json()
        .await?;
    Ok(r["access_token"].as_str().context("no token")?.to_owned())
}

fn rand_byte() -> u8 {
    (Instant::now().elapsed().subsec_nanos() ^ std::process::id()) as u8
}

/// A small, realistic-looking text document.
fn small_doc(i: usize) -> String {
    format!(
        "Invoice INV-{i:06}\nCustomer: Example Trading {i}\nDate: 2026-11-{:02}\n\n{}",
        i % 28 + 1,
        "Delivery of office supplies as agreed in the framework contract. Payment within 30 days.\n".repeat(20)
    )
}

async fn count(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    status: &str,
) -> anyhow::Result<usize> {
    let r: Value = client
        .get(format!("{base}/v1/documents?status={status}&limit=100"))
        .bearer_auth(token)
        .send()
        .await?
        .json()
        .await?;
    Ok(r["items"].as_array().map_or(0, Vec::len))
}

fn rss_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let base = args.url.trim_end_matches('/').to_owned();
    let client = reqwest::Client::new();
    let token = token(&client, &base).await?;

    println!(
        "== ingest: {} small text documents, {} at a time",
        args.docs, args.concurrency
    );
    let started = Instant::now();
    let accepted_so_far = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let (kill_pid, kill_after) = (args.kill_pid, args.kill_after);
    let uploads = futures_util::stream::iter(0..args.docs).map(|i| {
        let accepted_so_far = std::sync::Arc::clone(&accepted_so_far);
        let client = client.clone();
        let url = format!("{base}/v1/documents");
        let token = token.clone();
        async move {
            let part = reqwest::multipart::Part::bytes(small_doc(i).into_bytes())
                .file_name(format!("invoice-{i}.txt"));
            let r = client
                .post(url)
                .bearer_auth(token)
                .multipart(reqwest::multipart::Form::new().part("file", part))
                .send()
                .await?;
            anyhow::ensure!(r.status() == 202, "upload {i}: {}", r.status());
            let n = accepted_so_far.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if let Some(pid) = kill_pid.filter(|_| n == kill_after) {
                let killed = std::process::Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status()
                    .is_ok_and(|s| s.success());
                println!("killed worker process {pid} after {n} uploads: {killed}");
            }
            Ok::<_, anyhow::Error>(())
        }
    });
    let results: Vec<anyhow::Result<()>> =
        uploads.buffer_unordered(args.concurrency).collect().await;
    for r in results {
        r?;
    }
    let accepted = started.elapsed();
    loop {
        let open = count(&client, &base, &token, "pending").await?
            + count(&client, &base, &token, "processing").await?;
        if open == 0 {
            break;
        }
        if started.elapsed() > Duration::from_secs(1800) {
            bail!("documents still open after 30 minutes");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let done = started.elapsed();
    let failed = count(&client, &base, &token, "failed").await?;
    let stats: Value = client
        .get(format!("{base}/v1/stats"))
        .bearer_auth(&token)
        .send()
        .await?
        .json()
        .await?;
    let completed = stats["by_status"]["completed"].as_i64().unwrap_or(-1);
    println!(
        "completed: {completed} of {} (nothing lost: {})",
        args.docs,
        completed == args.docs as i64
    );
    println!(
        "accepted (202) all {} in {:.2} s = {:.0} uploads/s",
        args.docs,
        accepted.as_secs_f64(),
        args.docs as f64 / accepted.as_secs_f64()
    );
    println!(
        "all completed in {:.2} s = {:.0} documents/s end to end ({failed} failed)",
        done.as_secs_f64(),
        args.docs as f64 / done.as_secs_f64()
    );

    if args.big_mib == 0 {
        return Ok(());
    }
    println!("== streaming upload of {} MiB", args.big_mib);
    let pid = args.server_pid;
    let baseline = pid.and_then(|p| rss_kib(p, "VmRSS:"));
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let sampler = tokio::spawn(async move {
        let mut peak = 0;
        loop {
            if let Some(kib) = pid.and_then(|p| rss_kib(p, "VmRSS:")) {
                peak = peak.max(kib);
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(20)) => {}
                _ = stopped.changed() => return peak,
            }
        }
    });
    let total = args.big_mib * 1024 * 1024;
    let line =
        b"Ledger entry: transfer of funds between accounts, reference and booking date recorded.\n";
    let chunk: Vec<u8> = line.iter().copied().cycle().take(64 * 1024).collect();
    let chunk = bytes::Bytes::from(chunk);
    let chunks = (total / chunk.len() as u64) as usize;
    let body = futures_util::stream::iter(
        (0..chunks).map(move |_| Ok::<_, std::io::Error>(chunk.clone())),
    );
    let sent = (chunks * 64 * 1024) as u64;
    let part = reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(body), sent)
        .file_name("ledger.txt");
    let started = Instant::now();
    let r = client
        .post(format!("{base}/v1/documents"))
        .bearer_auth(&token)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await?;
    let took = started.elapsed();
    let status = r.status();
    let _ = stop.send(true);
    let peak = sampler.await?;
    println!(
        "upload answered {status} after {:.1} s = {:.0} MiB/s",
        took.as_secs_f64(),
        sent as f64 / 1048576.0 / took.as_secs_f64()
    );
    if let (Some(base_kib), true) = (baseline, peak > 0) {
        println!(
            "server RSS: {:.0} MiB before, {:.0} MiB peak while streaming ({:.0} MiB above; the file is {} MiB)",
            base_kib as f64 / 1024.0,
            peak as f64 / 1024.0,
            peak.saturating_sub(base_kib) as f64 / 1024.0,
            args.big_mib
        );
    }
    Ok(())
}
