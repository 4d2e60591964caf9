//! Connection pooling, as the seed asks: the service and its workers behind
//! a real PgBouncer (Debian's 1.18) in transaction mode, with few server
//! connections shared by many clients, so that any session state carried
//! across transactions (named prepared statements, a statement parsed in
//! one exchange and run in the next, session locks, `LISTEN`) would break.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::Duration;

use futures_util::StreamExt;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, corpus};

/// A PgBouncer of the test's own on a free port, in front of the tests'
/// PostgreSQL socket; stopped when dropped.
pub(crate) struct PgBouncer {
    child: Child,
    host: std::net::Ipv4Addr,
    port: u16,
    dir: tempfile::TempDir,
}

impl PgBouncer {
    /// On 127.0.0.1 in transaction mode with `server_connections` server
    /// connections per user and database, for the role and password in
    /// `url` (a URL of the tests' cluster, reached over its socket
    /// directory).
    fn start(url: &str, server_connections: u32) -> Self {
        Self::start_on(
            url,
            std::net::Ipv4Addr::LOCALHOST,
            "transaction",
            server_connections,
        )
    }

    /// On `host` (an address of this machine), in `mode` (`session` or
    /// `transaction`).
    pub(crate) fn start_on(
        url: &str,
        host: std::net::Ipv4Addr,
        mode: &str,
        server_connections: u32,
    ) -> Self {
        let url = url::Url::parse(url).expect("a database URL");
        let socket_dir = url
            .query_pairs()
            .find(|(k, _)| k == "host")
            .map(|(_, v)| v.into_owned())
            .expect("the tests' cluster is reached over its socket");
        let user = url.username().to_owned();
        let password = percent_encoding::percent_decode_str(url.password().expect("a password"))
            .decode_utf8_lossy()
            .into_owned();
        let dir = tempfile::tempdir().expect("dir");
        let root = dir.path();
        std::fs::set_permissions(root, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .expect("chmod");
        let port = TcpListener::bind((host, 0))
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        std::fs::write(
            root.join("userlist.txt"),
            format!("\"{user}\" \"{password}\"\n"),
        )
        .expect("userlist");
        let r = root.display();
        std::fs::write(
            root.join("pgbouncer.ini"),
            format!(
                "[databases]\n* = host={socket_dir} port=5432\n\n[pgbouncer]\n\
                 listen_addr = {host}\nlisten_port = {port}\nunix_socket_dir =\n\
                 auth_type = scram-sha-256\nauth_file = {r}/userlist.txt\n\
                 pool_mode = {mode}\ndefault_pool_size = {server_connections}\n\
                 max_client_conn = 500\nignore_startup_parameters = extra_float_digits\n\
                 logfile = {r}/pgbouncer.log\npidfile = {r}/pgbouncer.pid\nlog_connections = 1\n"
            ),
        )
        .expect("config");
        // PgBouncer refuses to run as root; it must also reach the
        // cluster's socket, which belongs to the user the cluster runs as.
        let mut command = Command::new(pgbouncer_program());
        if nix::unistd::Uid::effective().is_root() {
            let postgres = nix::unistd::User::from_name("postgres")
                .expect("passwd")
                .expect("the postgres user (the tests' cluster runs as it)");
            for entry in std::fs::read_dir(root).expect("dir") {
                let path = entry.expect("entry").path();
                std::os::unix::fs::chown(&path, Some(postgres.uid.as_raw()), None).expect("chown");
            }
            std::os::unix::fs::chown(root, Some(postgres.uid.as_raw()), None).expect("chown");
            command.args(["-u", "postgres"]);
        }
        let child = command
            .arg(root.join("pgbouncer.ini"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("pgbouncer runs (scripts/setup.sh installs it)");
        let bouncer = Self {
            child,
            host,
            port,
            dir,
        };
        bouncer.wait_until_listening();
        bouncer
    }

    /// Until its log says it listens on our address (a connection alone
    /// could reach another program that took the port meanwhile).
    fn wait_until_listening(&self) {
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        let line = format!("listening on {}:{}", self.host, self.port);
        while !self.log().contains(&line) {
            assert!(
                std::time::Instant::now() < deadline,
                "pgbouncer did not listen: {}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `url` with PgBouncer's address in place of the cluster's socket.
    pub(crate) fn url_for(&self, url: &str) -> String {
        let mut url = url::Url::parse(url).expect("a database URL");
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| k != "host")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        url.set_query(None);
        if !kept.is_empty() {
            url.query_pairs_mut().extend_pairs(kept);
        }
        url.set_host(Some(&self.host.to_string())).expect("host");
        url.set_port(Some(self.port)).expect("port");
        url.to_string()
    }

    pub(crate) fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("pgbouncer.log")).unwrap_or_default()
    }
}

impl Drop for PgBouncer {
    fn drop(&mut self) {
        crate::helpers::stop_child(&mut self.child);
    }
}

fn pgbouncer_program() -> PathBuf {
    ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .unwrap_or_else(|| PathBuf::from("pgbouncer"))
}

/// The app with `DATABASE_URL` pointing at a PgBouncer in transaction mode
/// (migrations and `LISTEN` on direct connections, as the README says).
async fn app_behind_pgbouncer(server_connections: u32) -> (TestApp, PgBouncer) {
    let mut bouncer = None;
    let app = TestApp::spawn_with(|c| {
        let direct = c
            .database_url
            .as_ref()
            .expect("the app role's URL")
            .expose()
            .clone();
        let b = PgBouncer::start(&direct, server_connections);
        c.database_url = Some(opencomplai::config::Secret::new(b.url_for(&direct)));
        c.database_listen_url = Some(opencomplai::config::Secret::new(direct));
        c.database_transaction_pooling = true;
        c.database_max_connections = 20;
        c.workers = 4;
        bouncer = Some(b);
    })
    .await;
    (app, bouncer.expect("started"))
}

#[tokio::test]
async fn two_hundred_documents_are_processed_and_found_through_pgbouncer_in_transaction_mode() {
    // Two server connections for twenty clients and four workers: every
    // exchange may land on a server another client used just before.
    let (app, bouncer) = app_behind_pgbouncer(2).await;
    let me = app.account().await;
    sqlx::query("update users set tier = 'enterprise' where id = $1")
        .bind(me.id)
        .execute(&app.pool)
        .await
        .expect("tier");
    // 195 texts and 5 files (a PDF, Word, a spreadsheet, an e-mail and
    // plain text), sent by eight clients at once.
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("report.pdf", corpus("good", "report.pdf")),
        ("agreement.docx", corpus("good", "agreement.docx")),
        ("budget.xlsx", corpus("good", "budget.xlsx")),
        ("thread.eml", corpus("good", "thread.eml")),
        ("note.txt", b"A note about the pooled pipeline.".to_vec()),
    ];
    let app_ref = &app;
    let me_ref = &me;
    let created: Vec<(String, String)> = futures_util::stream::iter(0..200)
        .map(|i| {
            let file = files.get(i).cloned();
            async move {
                let word = format!("pooledword{i:03}");
                let r = match file {
                    Some((name, bytes)) => {
                        let part = reqwest::multipart::Part::bytes(bytes).file_name(name);
                        app_ref
                            .authed(Method::POST, "/v1/documents", &me_ref.token)
                            .multipart(reqwest::multipart::Form::new().part("file", part))
                            .send()
                            .await
                    }
                    None => {
                        app_ref
                            .authed(Method::POST, "/v1/documents", &me_ref.token)
                            .json(&json!({
                                "title": format!("Pooled {i}"),
                                "content": format!(
                                    "Memo {i}: the {word} shipment left the warehouse on time. \
                                     Contact jane.doe{i}@example.com about it."
                                ),
                            }))
                            .send()
                            .await
                    }
                }
                .expect("sent");
                let status = r.status();
                let body: Value = r.json().await.expect("json");
                assert_eq!(status, 202, "document {i}: {body}");
                (body["id"].as_str().expect("id").to_owned(), word)
            }
        })
        .buffer_unordered(8)
        .collect()
        .await;
    assert_eq!(created.len(), 200);
    app.until_count(
        "select count(*) from documents where processing_status in ('completed', 'failed')",
        200,
        Duration::from_secs(240),
    )
    .await;
    let failed: Vec<(String, Option<String>)> = sqlx::query_as(
        "select title, processing_error from documents where processing_status <> 'completed'",
    )
    .fetch_all(&app.pool)
    .await
    .expect("failed ones");
    assert!(failed.is_empty(), "documents failed: {failed:?}");

    // Searches, reads and originals, through the same pooler.
    for (id, word) in created
        .iter()
        .filter(|(_, w)| w.as_str() >= "pooledword005")
        .take(5)
    {
        let page: Value = app
            .authed(Method::GET, "/v1/search", &me.token)
            .query(&[("q", word.as_str())])
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        let ids: Vec<&str> = page["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter_map(|i| i["id"].as_str())
            .collect();
        assert_eq!(ids, vec![id.as_str()], "search for {word}: {page}");
    }
    let (pdf_id, _) = created
        .iter()
        .find(|(_, w)| w == "pooledword000")
        .expect("the PDF");
    let original = app
        .authed(
            Method::GET,
            &format!("/v1/documents/{pdf_id}/file"),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(original.status(), 200);
    assert_eq!(
        original.bytes().await.expect("bytes").as_ref(),
        corpus("good", "report.pdf").as_slice()
    );
    // Status events come from LISTEN on the direct connection.
    let events = app.follow(&me, pdf_id).await;
    assert_eq!(crate::helpers::final_status(&events), "completed");

    // And it all went through PgBouncer.
    let log = bouncer.log();
    assert!(log.contains("login attempt"), "{log}");
}
