//! The `opencomplai` binary as a user runs it: the embedded database's life
//! cycle, `migrate`, clear failures, and shutdown on a signal.

use std::time::Duration;

use sqlx::{Connection, PgConnection};

use crate::helpers::{TestDb, binary, serve};

async fn get(addr: std::net::SocketAddr, path: &str) -> reqwest::StatusCode {
    reqwest::get(format!("http://{addr}{path}"))
        .await
        .expect("sent")
        .status()
}

#[tokio::test]
async fn serve_without_a_database_url_creates_starts_stops_and_reuses_an_embedded_cluster() {
    let data = tempfile::tempdir().expect("temp dir");
    let run = || {
        let mut cmd = binary();
        cmd.env("OPENCOMPLAI_DATA_DIR", data.path());
        serve(cmd)
    };

    let first = run();
    assert_eq!(get(first.addr, "/health").await, 200);
    assert_eq!(get(first.addr, "/ready").await, 200);
    let cluster = data.path().join("postgres");
    assert!(
        cluster.join("PG_VERSION").is_file(),
        "the data directory holds the cluster"
    );
    assert!(
        cluster.join(".s.PGSQL.5432").exists(),
        "it listens on a socket in the data directory"
    );
    let password = std::fs::read_to_string(
        data.path()
            .join(opencomplai::db::embedded::SUPERUSER_PASSWORD_FILE),
    )
    .expect("the superuser's password, kept in the data directory");
    let socket_url = format!(
        "postgres://postgres:{}@localhost/opencomplai?host={}",
        password.trim(),
        cluster.display()
    );
    let mut conn = PgConnection::connect(&socket_url)
        .await
        .expect("connect over the socket");
    sqlx::query("insert into users (email, password_hash) values ('kept@example.org', 'x')")
        .execute(&mut conn)
        .await
        .expect("insert");
    let tcp: Option<String> = sqlx::query_scalar("select current_setting('listen_addresses')")
        .fetch_optional(&mut conn)
        .await
        .expect("setting");
    assert_eq!(tcp.as_deref(), Some(""), "no TCP listener");
    conn.close().await.expect("close");

    let (clean, lines) = first.terminate();
    assert!(clean, "SIGTERM ends serve with success");
    assert!(
        lines.iter().any(|l| l.contains("shutdown complete")),
        "{lines:?}"
    );
    assert!(
        !cluster.join("postmaster.pid").exists(),
        "PostgreSQL was stopped cleanly"
    );

    let second = run();
    assert_eq!(get(second.addr, "/ready").await, 200);
    let mut conn = PgConnection::connect(&socket_url)
        .await
        .expect("connect again");
    let kept: i64 =
        sqlx::query_scalar("select count(*) from users where email = 'kept@example.org'")
            .fetch_one(&mut conn)
            .await
            .expect("count");
    assert_eq!(kept, 1, "data survives a restart");
    conn.close().await.expect("close");
    let (clean, _) = second.terminate();
    assert!(clean);
}

#[test]
fn without_postgresql_binaries_serve_exits_naming_the_package_to_install() {
    let data = tempfile::tempdir().expect("temp dir");
    let output = binary()
        .arg("serve")
        .env("OPENCOMPLAI_DATA_DIR", data.path())
        .env(
            "OPENCOMPLAI_PG_BIN_DIR",
            data.path().join("no-postgres-here"),
        )
        .output()
        .expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("apt-get install postgresql"), "{stderr}");
}

#[test]
fn a_bad_setting_stops_the_service_with_a_clear_message() {
    let output = binary()
        .arg("serve")
        .env("OPENCOMPLAI_LISTEN", "eight-thousand")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("invalid configuration") && stderr.contains("listen"),
        "{stderr}"
    );
}

#[tokio::test]
async fn migrate_applies_pending_migrations_and_status_lists_them() {
    let db = TestDb::create().await;
    let run = |args: &[&str]| {
        let output = binary()
            .env("DATABASE_URL", &db.url)
            .arg("migrate")
            .args(args)
            .output()
            .expect("runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let total = opencomplai::db::migrate::MIGRATOR.iter().count();
    let before = run(&["--status"]);
    assert!(before.contains("pending  0001 initial schema"), "{before}");
    assert!(
        before.contains(&format!("0 applied, {total} pending")),
        "{before}"
    );
    let applied = run(&[]);
    assert!(applied.contains("applied 0001 initial schema"), "{applied}");
    let after = run(&["--status"]);
    assert!(
        after.contains(&format!("{total} applied, 0 pending")),
        "{after}"
    );
    assert!(
        after.contains("applied  0002 document language code"),
        "{after}"
    );
    assert!(run(&[]).contains("up to date"));
}

#[tokio::test]
async fn sigterm_stops_serve_cleanly_against_an_external_database() {
    let db = TestDb::create().await;
    let mut cmd = binary();
    cmd.env("DATABASE_URL", &db.url);
    let served = serve(cmd);
    assert_eq!(get(served.addr, "/ready").await, 200);
    let started = std::time::Instant::now();
    let (clean, lines) = served.terminate();
    assert!(clean, "{lines:?}");
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[tokio::test]
async fn user_create_and_api_key_create_make_a_working_account_and_key() {
    use std::io::Write;
    use std::process::Stdio;

    let db = TestDb::create().await;
    let mut child = binary()
        .env("DATABASE_URL", &db.url)
        .args(["user", "create", "--email", "Admin@Example.org", "--admin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"correct horse battery staple\n")
        .expect("write");
    let output = child.wait_with_output().expect("exit");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("admin@example.org") && stdout.contains("(admin)"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("password"),
        "a given password is not echoed: {stdout}"
    );

    let generated = binary()
        .env("DATABASE_URL", &db.url)
        .args(["user", "create", "--email", "second@example.org"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&generated.stdout);
    let password = text
        .lines()
        .find_map(|l| l.strip_prefix("password (shown once): "))
        .expect("a generated password is printed once")
        .to_owned();

    let key_out = binary()
        .env("DATABASE_URL", &db.url)
        .args([
            "api-key",
            "create",
            "--user",
            "admin@example.org",
            "--permission",
            "audit.read",
        ])
        .output()
        .expect("runs");
    assert!(
        key_out.status.success(),
        "{}",
        String::from_utf8_lossy(&key_out.stderr)
    );
    let key = String::from_utf8_lossy(&key_out.stdout).trim().to_owned();
    assert!(key.starts_with("sk_live_"), "{key}");

    let bad = binary()
        .env("DATABASE_URL", &db.url)
        .args([
            "api-key",
            "create",
            "--user",
            "admin@example.org",
            "--permission",
            "everything",
        ])
        .output()
        .expect("runs");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown permission"));

    // The server accepts both: the generated password and the key.
    let mut cmd = binary();
    cmd.env("DATABASE_URL", &db.url);
    let served = serve(cmd);
    let client = reqwest::Client::new();
    let login = client
        .post(format!("http://{}/v1/auth/login", served.addr))
        .json(&serde_json::json!({"email": "second@example.org", "password": password}))
        .send()
        .await
        .expect("sent");
    assert_eq!(login.status(), 200);
    let logs = client
        .get(format!("http://{}/v1/audit-logs", served.addr))
        .bearer_auth(&key)
        .send()
        .await
        .expect("sent");
    assert_eq!(logs.status(), 200);
    let body: serde_json::Value = logs.json().await.expect("json");
    let agents: Vec<&str> = body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["user_agent"].as_str())
        .collect();
    assert!(
        agents.contains(&"opencomplai-cli"),
        "CLI actions are audited: {body}"
    );
    let (clean, _) = served.terminate();
    assert!(clean);
}
