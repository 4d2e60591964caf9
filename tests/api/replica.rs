//! The read replica (`DATABASE_READ_URL`): a primary and a real streaming
//! standby of the test's own (two throw-away clusters on Unix sockets in a
//! temp directory, as `scripts/pitr-check.sh` starts them), the service on
//! both. With replay paused on the standby, what a read shows tells which
//! server answered it: search, the list and stats come from the replica,
//! an account's own writes from the primary, and with the standby stopped
//! everything from the primary.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use sqlx::{Connection, PgConnection};

use opencomplai::db::replica::Lsn;

use crate::helpers::{Account, TestApp, TestDb, eventually};
use crate::search::{create, ids};

const BIN: &str = "/usr/lib/postgresql/15/bin";
const HEADER: &str = "x-opencomplai-consistency";

/// A primary and its streaming standby; both stopped (and their files
/// removed) when dropped.
struct Clusters {
    dir: tempfile::TempDir,
}

impl Clusters {
    fn primary(&self) -> PathBuf {
        self.dir.path().join("primary")
    }

    fn standby(&self) -> PathBuf {
        self.dir.path().join("standby")
    }

    /// The socket directory of the primary (`p`) or the standby (`s`).
    fn socket(&self, which: &str) -> PathBuf {
        self.dir.path().join(which)
    }

    /// `postgres://` for `user` on `database` over `which`'s socket.
    fn url(&self, which: &str, user: &str, database: &str) -> String {
        let mut url = url::Url::parse("postgres://localhost/").expect("url");
        url.set_username(user).expect("user");
        url.set_path(&format!("/{database}"));
        url.query_pairs_mut()
            .append_pair("host", &self.socket(which).display().to_string());
        url.to_string()
    }

    /// initdb a primary (trusting local connections, replication too),
    /// copy it with `pg_basebackup -R`, and start both.
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let clusters = Self { dir };
        let root = clusters.dir.path();
        for sub in ["p", "s"] {
            std::fs::create_dir(root.join(sub)).expect("socket dir");
        }
        if nix::unistd::Uid::effective().is_root() {
            let status = Command::new("chown")
                .args(["-R", "postgres:"])
                .arg(root)
                .status()
                .expect("chown");
            assert!(status.success());
        }
        let primary = clusters.primary();
        as_postgres(
            Command::new(Path::new(BIN).join("initdb"))
                .arg("-D")
                .arg(&primary)
                .args(["-U", "postgres", "--auth=trust", "--no-sync"]),
        );
        let conf = format!(
            "listen_addresses = ''\nunix_socket_directories = '{}'\nfsync = off\n\
             wal_level = replica\nmax_wal_senders = 4\n",
            clusters.socket("p").display()
        );
        append(&primary.join("postgresql.conf"), &conf);
        clusters.pg_ctl(&primary, "start");
        as_postgres(
            Command::new(Path::new(BIN).join("pg_basebackup"))
                .arg("-h")
                .arg(clusters.socket("p"))
                .args(["-U", "postgres", "-D"])
                .arg(clusters.standby())
                .args(["-X", "stream", "-R", "-c", "fast"]),
        );
        append(
            &clusters.standby().join("postgresql.conf"),
            &format!(
                "unix_socket_directories = '{}'\n",
                clusters.socket("s").display()
            ),
        );
        clusters.pg_ctl(&clusters.standby(), "start");
        clusters
    }

    fn pg_ctl(&self, data: &Path, action: &str) {
        let log = self.dir.path().join(format!(
            "{}.log",
            data.file_name().and_then(|n| n.to_str()).unwrap_or("pg")
        ));
        let mut command = Command::new(Path::new(BIN).join("pg_ctl"));
        command.arg("-D").arg(data).args(["-w", "-m", "fast"]);
        if action == "start" {
            command.arg("-l").arg(&log);
        }
        command.arg(action);
        as_postgres(&mut command);
    }
}

impl Drop for Clusters {
    fn drop(&mut self) {
        for data in [self.standby(), self.primary()] {
            if data.join("postmaster.pid").exists() {
                let mut command = Command::new(Path::new(BIN).join("pg_ctl"));
                command
                    .arg("-D")
                    .arg(&data)
                    .args(["-m", "immediate", "stop"]);
                let _ = run_as_postgres(&mut command).output();
            }
        }
    }
}

/// `command` as the `postgres` user when we are root (PostgreSQL refuses
/// to run as root), as ourselves otherwise.
fn run_as_postgres(command: &mut Command) -> Command {
    let mut out = if nix::unistd::Uid::effective().is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(command.get_program());
        c
    } else {
        Command::new(command.get_program())
    };
    out.args(command.get_args());
    out
}

fn as_postgres(command: &mut Command) {
    let output = run_as_postgres(command).output().expect("runs");
    assert!(
        output.status.success(),
        "{:?}: {}",
        command,
        String::from_utf8_lossy(&output.stderr)
    );
}

fn append(file: &Path, text: &str) {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(file)
        .expect("open");
    f.write_all(text.as_bytes()).expect("append");
}

async fn connect(url: &str) -> PgConnection {
    PgConnection::connect(url).await.expect("connect")
}

async fn scalar(conn: &mut PgConnection, sql: &'static str) -> String {
    sqlx::query_scalar::<_, String>(sql)
        .fetch_one(conn)
        .await
        .expect(sql)
}

/// Waits until the standby has replayed all the primary holds now (its
/// insert position: some of the service's commits are asynchronous).
async fn caught_up(primary: &mut PgConnection, standby: &mut PgConnection) {
    let (text, block): (String, i32) = sqlx::query_as(
        "select pg_current_wal_insert_lsn()::text, current_setting('wal_block_size')::int",
    )
    .fetch_one(primary)
    .await
    .expect("primary position");
    let target = Lsn::parse(&text).expect("lsn").past_page_header(block);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let replayed = scalar(standby, "select pg_last_wal_replay_lsn()::text").await;
        if Lsn::parse(&replayed).is_some_and(|r| r >= target) {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the standby did not catch up"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn get(app: &TestApp, who: &Account, path: &str, token: Option<&str>) -> Value {
    let mut request = app.authed(Method::GET, path, &who.token);
    if let Some(token) = token {
        request = request.header(HEADER, token);
    }
    let response = request.send().await.expect("sent");
    let status = response.status();
    let body: Value = response.json().await.expect("json");
    assert_eq!(status, 200, "{path}: {body}");
    body
}

/// The ids in the account's list, its search for `word`, and its stats'
/// total, as the service answers them.
async fn reads(app: &TestApp, who: &Account, word: &str) -> (Vec<String>, Vec<String>, i64) {
    let list = get(app, who, "/v1/documents", None).await;
    let found = get(app, who, &format!("/v1/search?q={word}"), None).await;
    let stats = get(app, who, "/v1/stats", None).await;
    (
        ids(&list),
        ids(&found),
        stats["total"].as_i64().expect("total"),
    )
}

#[tokio::test]
async fn replica_serves_search_lists_and_stats_keeps_the_writers_own_writes_and_falls_back_when_stopped()
 {
    let clusters = Clusters::start();
    let name = format!("oc_replica_{}", uuid::Uuid::new_v4().simple());
    let mut admin = connect(&clusters.url("p", "postgres", "postgres")).await;
    for sql in [
        format!("create database {name}"),
        "create role oc_replica_app login".to_owned(),
    ] {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut admin)
            .await
            .expect("setup");
    }
    let db = TestDb::elsewhere(
        &name,
        clusters.url("p", "postgres", &name),
        clusters.url("p", "oc_replica_app", &name),
    );
    let read_url = clusters.url("s", "oc_replica_app", &name);
    // A paused standby falls further behind with every write (each read's
    // audit row is one): allow a minute of lag, so that here only the
    // fences send reads to the primary.
    let app = TestApp::spawn_on(db, |c| {
        c.database_read_url = Some(opencomplai::config::Secret::new(read_url.clone()));
        c.database_read_max_lag_ms = 60_000;
    })
    .await;
    let mut primary = connect(app.database_url()).await;
    // The database itself reaches the standby by replay: wait for it there
    // before connecting to it.
    caught_up(
        &mut primary,
        &mut connect(&clusters.url("s", "postgres", "postgres")).await,
    )
    .await;
    let mut standby = connect(&clusters.url("s", "postgres", &name)).await;

    // Another account's document, processed, on both servers.
    let other = app.account().await;
    let theirs = create(
        &app,
        &other,
        "Quarterly ledger",
        "The ledger of pelicans.",
        json!({}),
    )
    .await;
    let events = app.follow(&other, &theirs).await;
    assert_eq!(crate::helpers::final_status(&events), "completed");
    let writer = app.account().await;
    // A probe after everything so far (probes run at most every 50 ms, on a
    // read), then the standby caught up with it and paused.
    tokio::time::sleep(opencomplai::db::replica::PROBE_EVERY * 2).await;
    get(&app, &other, "/v1/stats", None).await;
    caught_up(&mut primary, &mut standby).await;
    sqlx::query("select pg_wal_replay_pause()")
        .execute(&mut standby)
        .await
        .expect("pause");
    eventually(Duration::from_secs(10), "replay pauses", || async {
        scalar(
            &mut connect(&clusters.url("s", "postgres", &name)).await,
            "select pg_get_wal_replay_pause_state()",
        )
        .await
            == "paused"
    })
    .await;

    // 1. Behind the service's back, the document is deleted on the primary.
    // The account's search, list and stats still show it: the replica
    // answered them.
    sqlx::query("update documents set deleted_at = now() at time zone 'utc' where id = $1::uuid")
        .bind(&theirs)
        .execute(&mut primary)
        .await
        .expect("delete on the primary");
    let (listed, found, total) = reads(&app, &other, "pelicans").await;
    assert_eq!(
        listed,
        vec![theirs.clone()],
        "the list came from the replica"
    );
    assert_eq!(
        found,
        vec![theirs.clone()],
        "the search came from the replica"
    );
    assert_eq!(total, 1, "the stats came from the replica");
    // Their audit rows are on the primary (the replica is read-only).
    let audited: Vec<String> = sqlx::query_scalar(
        "select action from audit_logs where user_id = $1 and action in ('list', 'search', 'stats')
         order by created_at",
    )
    .bind(other.id)
    .fetch_all(&mut primary)
    .await
    .expect("audit rows");
    assert!(
        ["list", "search", "stats"]
            .iter()
            .all(|a| audited.iter().any(|b| b == a)),
        "{audited:?}"
    );

    // A second process allowing 100 ms of lag: the paused standby has not
    // replayed any position it noted, so its reads come from the primary.
    let strict = TestApp::spawn_on(
        TestDb::elsewhere(
            &name,
            clusters.url("p", "postgres", &name),
            clusters.url("p", "oc_replica_app", &name),
        ),
        |c| {
            c.database_read_url = Some(opencomplai::config::Secret::new(read_url.clone()));
            c.database_read_max_lag_ms = 100;
            c.workers = 0;
        },
    )
    .await;
    let (listed, found, total) = reads(&strict, &other, "pelicans").await;
    assert!(listed.is_empty() && found.is_empty() && total == 0);
    drop(strict);

    // 2. Read-your-writes: the writer's new document, written while replay
    // is paused, is in its list, its search and its stats at once, and
    // once a worker completes it, the list says so.
    let r = app
        .authed(Method::POST, "/v1/documents", &writer.token)
        .json(&json!({"title": "Harbour report", "content": "Cormorants nest here."}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    let position = r.headers()[HEADER].to_str().expect("ascii").to_owned();
    let body: Value = r.json().await.expect("json");
    let mine = body["id"].as_str().expect("id").to_owned();
    let (listed, found, total) = reads(&app, &writer, "cormorants").await;
    assert_eq!(listed, vec![mine.clone()]);
    assert_eq!(found, vec![mine.clone()]);
    assert_eq!(total, 1);
    let events = app.follow(&writer, &mine).await;
    assert_eq!(crate::helpers::final_status(&events), "completed");
    let list = get(&app, &writer, "/v1/documents", None).await;
    assert_eq!(list["items"][0]["processing_status"], "completed", "{list}");
    // A position sent back holds any account's reads to it: the other
    // account's, sent with it, come from the primary (where its document
    // is gone).
    let list = get(&app, &other, "/v1/documents", Some(&position)).await;
    assert!(ids(&list).is_empty(), "{list}");

    // 3. The standby stopped: every read answered, from the primary.
    clusters.pg_ctl(&clusters.standby(), "stop");
    let (listed, found, total) = reads(&app, &other, "pelicans").await;
    assert!(listed.is_empty() && found.is_empty() && total == 0);
    let (listed, _, total) = reads(&app, &writer, "cormorants").await;
    assert_eq!((listed, total), (vec![mine], 1));
}
