//! Workers on another host: an `opencomplai worker` in a network namespace
//! of its own, joined to this one by a veth pair the test makes, reaches
//! the database only over TCP across that link (through a PgBouncer in
//! session mode listening on this side's address, since the tests'
//! PostgreSQL has a socket and no TCP), and processes what the API
//! process, which runs no workers, accepts.

use std::net::Ipv4Addr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::Method;
use serde_json::json;

use crate::helpers::TestApp;
use crate::pooling::PgBouncer;

/// A network namespace with a veth pair to this one: `host` on this side,
/// `remote` inside; removed when dropped.
struct Namespace {
    name: String,
    host: Ipv4Addr,
    remote: Ipv4Addr,
}

fn ip(args: &[&str]) {
    let out = Command::new("ip").args(args).output().expect("ip runs");
    assert!(
        out.status.success(),
        "ip {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

impl Namespace {
    fn create() -> Self {
        // Names and a /30 of their own, so that concurrent runs (other
        // checkouts on one machine) do not meet.
        let tag = uuid::Uuid::new_v4().as_u128();
        let (a, b) = ((tag % 250) as u8 + 1, ((tag >> 8) % 63) as u8);
        let name = format!("oc-{:08x}", tag as u32);
        let (outside, inside) = (format!("{name}a"), format!("{name}b"));
        let host = Ipv4Addr::new(10, 213, a, b * 4 + 1);
        let remote = Ipv4Addr::new(10, 213, a, b * 4 + 2);
        ip(&["netns", "add", &name]);
        let ns = Self { name, host, remote };
        ip(&[
            "link", "add", &outside, "type", "veth", "peer", "name", &inside,
        ]);
        ip(&["link", "set", &inside, "netns", &ns.name]);
        ip(&["addr", "add", &format!("{host}/30"), "dev", &outside]);
        ip(&["link", "set", &outside, "up"]);
        let exec = |args: &[&str]| {
            let mut all = vec!["netns", "exec", &ns.name, "ip"];
            all.extend_from_slice(args);
            ip(&all);
        };
        exec(&["addr", "add", &format!("{remote}/30"), "dev", &inside]);
        exec(&["link", "set", &inside, "up"]);
        exec(&["link", "set", "lo", "up"]);
        ns
    }
}

impl Drop for Namespace {
    fn drop(&mut self) {
        // Deleting the namespace deletes its end of the pair, and so both.
        let _ = Command::new("ip")
            .args(["netns", "delete", &self.name])
            .status();
    }
}

struct Worker(Child);

impl Drop for Worker {
    fn drop(&mut self) {
        crate::helpers::stop_child(&mut self.0);
    }
}

#[tokio::test]
async fn a_worker_on_another_host_processes_the_documents_over_tcp() {
    if !nix::unistd::Uid::effective().is_root() {
        // Making a network namespace needs root (CI runs as root).
        eprintln!("skipped: making a network namespace needs root");
        return;
    }
    let ns = Namespace::create();
    let mut bouncer = None;
    // The API process runs no workers: whatever completes, the other host did.
    let app = TestApp::spawn_with(|c| {
        c.workers = 0;
        let direct = c
            .database_url
            .as_ref()
            .expect("the app role's URL")
            .expose()
            .clone();
        bouncer = Some(PgBouncer::start_on(&direct, ns.host, "session", 8));
    })
    .await;
    let bouncer = bouncer.expect("started");
    let remote_url = bouncer.url_for(app.app_database_url());
    let data = tempfile::tempdir().expect("the worker's own data directory");
    let worker = Worker(
        Command::new("ip")
            .args([
                "netns",
                "exec",
                &ns.name,
                env!("CARGO_BIN_EXE_opencomplai"),
                "worker",
            ])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", &remote_url)
            .env("OPENCOMPLAI_DATA_DIR", data.path())
            .env("OPENCOMPLAI_AUTO_MIGRATE", "false")
            .env("OPENCOMPLAI_WORKERS", "2")
            .env("OPENCOMPLAI_LOG_FORMAT", "json")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the worker starts in the namespace"),
    );
    let worker_pid = worker.0.id();

    let me = app.account().await;
    let mut ids = Vec::new();
    for i in 0..10 {
        let r = app
            .authed(Method::POST, "/v1/documents", &me.token)
            .json(&json!({
                "title": format!("Remote {i}"),
                "content": format!("Memo {i} for the worker on the other host."),
            }))
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 202);
        let body: serde_json::Value = r.json().await.expect("json");
        ids.push(body["id"].as_str().expect("id").to_owned());
    }
    app.until_count(
        "select count(*) from documents where processing_status = 'completed'",
        10,
        Duration::from_secs(120),
    )
    .await;
    // Every run was the remote worker's: its id is `host:pid:n`.
    let workers: Vec<String> =
        sqlx::query_scalar("select distinct worker from jobs where state = 'done'")
            .fetch_all(&app.pool)
            .await
            .expect("workers");
    assert!(
        !workers.is_empty()
            && workers
                .iter()
                .all(|w| w.split(':').nth(1) == Some(&worker_pid.to_string())),
        "{workers:?} (worker pid {worker_pid})"
    );
    // It reached the database from its own address, over the link.
    let log = bouncer.log();
    assert!(log.contains(&format!("@{}:", ns.remote)), "{log}");
    let page: serde_json::Value = app
        .authed(Method::GET, "/v1/search", &me.token)
        .query(&[("q", "memo")])
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(page["items"].as_array().map(Vec::len), Some(10), "{page}");
    drop(worker);
}
