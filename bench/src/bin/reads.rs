//! Audited reads, against a running server: `GET /v1/documents/{id}` by C
//! clients for a few seconds at a time, alternating with `pgbench` running
//! the same SQL as one transaction per request (the account, the
//! document, the audit row, commit), and prints both rates and their ratio.
//! `bench/reads.sh` starts the server on a fresh database and runs this.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use serde_json::{Value, json};

#[derive(Parser)]
struct Args {
    /// Base URL of the server.
    #[arg(long)]
    url: String,
    /// The server's database, for pgbench.
    #[arg(long, env = "DATABASE_URL")]
    database_url: String,
    /// Clients, for both.
    #[arg(long, default_value_t = 8)]
    clients: usize,
    /// Seconds per round.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Rounds of each, alternating.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
}

const PASSWORD: &str = "benchmark passphrase 2026";

/// The pgbench script: what one audited read does, as plain SQL.
const SCRIPT: &str = "begin;
select id, email, tier, is_active from users where id = :uid;
select id, user_id, title, processing_status, file_type, metadata from documents
 where id = :doc and user_id = :uid and deleted_at is null;
insert into audit_logs (user_id, action, resource_type, resource_id, ip_address, user_agent, request_id, created_at)
 values (:uid, 'read', 'document', :doc, '127.0.0.1', 'pgbench', gen_random_uuid(), clock_timestamp() at time zone 'utc');
commit;
";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let base = args.url.trim_end_matches('/').to_owned();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.clients)
        .build()?;
    let email = format!("reads-{}@example.org", std::process::id());
    let r = client
        .post(format!("{base}/v1/auth/register"))
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .await?;
    if !r.status().is_success() {
        bail!("register: {} {}", r.status(), r.text().await?);
    }
    let login: Value = client
        .post(format!("{base}/v1/auth/login"))
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .await?
        .json()
        .await?;
    let token = login["access_token"]
        .as_str()
        .context("no token")?
        .to_owned();
    let doc: Value = client
        .post(format!("{base}/v1/documents"))
        .bearer_auth(&token)
        .json(&json!({"title": "Quarterly report", "content": "Revenue grew in every region."}))
        .send()
        .await?
        .json()
        .await?;
    let doc_id = doc["id"].as_str().context("no document id")?.to_owned();
    let me: Value = client
        .get(format!("{base}/v1/me"))
        .bearer_auth(&token)
        .send()
        .await?
        .json()
        .await?;
    let user_id = me["id"].as_str().context("no account id")?.to_owned();
    let script = std::env::temp_dir().join(format!("reads-{}.sql", std::process::id()));
    std::fs::write(&script, SCRIPT)?;

    println!(
        "== audited reads: GET /v1/documents/{{id}}, {} clients, {} s rounds, alternating with pgbench (same SQL, one transaction per request)",
        args.clients, args.seconds
    );
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 1..=args.rounds {
        let rate = http_round(&client, &base, &token, &doc_id, &args).await?;
        println!("round {round}: ours    {rate:>8.0} requests/s");
        ours.push(rate);
        let rate = pgbench_round(&args, &script, &user_id, &doc_id)?;
        println!("round {round}: pgbench {rate:>8.0} transactions/s");
        theirs.push(rate);
    }
    let _ = std::fs::remove_file(&script);
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (o, t) = (median(&mut ours), median(&mut theirs));
    println!(
        "median: ours {o:.0} requests/s, pgbench {t:.0} transactions/s: {:.2}x",
        o / t
    );
    Ok(())
}

async fn http_round(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    doc_id: &str,
    args: &Args,
) -> anyhow::Result<f64> {
    let done = Arc::new(AtomicU64::new(0));
    let until = Instant::now() + Duration::from_secs(args.seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..args.clients {
        let (client, done) = (client.clone(), Arc::clone(&done));
        let url = format!("{base}/v1/documents/{doc_id}");
        let token = token.to_owned();
        tasks.push(tokio::spawn(async move {
            while Instant::now() < until {
                let r = client.get(&url).bearer_auth(&token).send().await?;
                anyhow::ensure!(r.status() == 200, "read: {}", r.status());
                r.bytes().await?;
                done.fetch_add(1, Ordering::Relaxed);
            }
            Ok::<_, anyhow::Error>(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    Ok(done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64())
}

fn pgbench_round(
    args: &Args,
    script: &std::path::Path,
    user_id: &str,
    doc_id: &str,
) -> anyhow::Result<f64> {
    let out = std::process::Command::new("pgbench")
        .args([
            "-n",
            "-M",
            "prepared",
            "-c",
            &args.clients.to_string(),
            "-j",
            "2",
            "-T",
            &args.seconds.to_string(),
            "-D",
            &format!("uid={user_id}"),
            "-D",
            &format!("doc={doc_id}"),
            "-f",
        ])
        .arg(script)
        .arg(&args.database_url)
        .output()
        .context("pgbench (Debian: postgresql-contrib or postgresql-15)")?;
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        bail!("pgbench: {}{}", text, String::from_utf8_lossy(&out.stderr));
    }
    text.lines()
        .find_map(|l| {
            l.strip_prefix("tps = ")
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|n| n.parse().ok())
        })
        .context("no tps in pgbench's output")
}
