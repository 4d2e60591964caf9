//! Test support: a private database per test (dropped afterwards), the real
//! application on a real port, and the real binary as a child process.
//!
//! With `DATABASE_URL` set, test databases are created on that server;
//! otherwise on a private PostgreSQL cluster that the tests start themselves
//! (our own embedded-cluster code), under the system temp directory. The
//! application connects as an application role, as in production
//! (migrations run as the owner); the tests' own pool is the owner's.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::Duration;

use opencomplai::config::{Config, Secret};
use opencomplai::db::embedded::EmbeddedPostgres;
use opencomplai::startup::Application;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, PgConnection, PgPool};
use tokio::sync::oneshot;

/// The server test databases are made on: its admin URL.
fn server_url() -> &'static str {
    &server().admin
}

/// The test server: its admin URL, and the application role's (both with
/// the database `postgres`, replaced per test).
struct Server {
    admin: String,
    app: String,
}

/// The application role made on a `DATABASE_URL` server.
const EXTERNAL_APP_ROLE: &str = "opencomplai_test_app";
const EXTERNAL_APP_PASSWORD: &str = "opencomplai-test-app-password";

fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        if let Some(url) = std::env::var("DATABASE_URL").ok().filter(|u| !u.is_empty()) {
            let admin = url.clone();
            std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime");
                rt.block_on(async {
                    let mut conn = PgConnection::connect(&admin).await.expect("connect");
                    let role = opencomplai::db::roles::RoleName::parse(EXTERNAL_APP_ROLE)
                        .expect("valid name");
                    opencomplai::db::roles::ensure_login_role(
                        &mut conn,
                        &role,
                        Some(EXTERNAL_APP_PASSWORD),
                    )
                    .await
                    .expect("the tests' application role (DATABASE_URL needs CREATEROLE)");
                });
            })
            .join()
            .expect("role thread");
            let mut app = url::Url::parse(&url).expect("DATABASE_URL is a URL");
            app.set_username(EXTERNAL_APP_ROLE).expect("username");
            app.set_password(Some(EXTERNAL_APP_PASSWORD))
                .expect("password");
            return Server {
                admin: url,
                app: app.to_string(),
            };
        }
        // Start the private cluster on a thread of its own, with its own
        // runtime, so it outlives any one test's runtime.
        // One cluster per user and checkout: test runs of other checkouts
        // (other branches, older releases with other roles and passwords)
        // neither share nor stop it.
        let uid = nix::unistd::Uid::effective();
        let checkout = {
            use sha2::Digest;
            let digest = sha2::Sha256::digest(env!("CARGO_MANIFEST_DIR").as_bytes());
            digest[..4]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        };
        let dir = std::env::temp_dir().join(format!("opencomplai-test-pg-{uid}-{checkout}"));
        let pg = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(EmbeddedPostgres::start(&dir, None))
        })
        .join()
        .expect("start thread")
        .expect("the tests' private PostgreSQL starts (or set DATABASE_URL)");
        let url = pg.superuser_url("postgres");
        let app = pg.app_url("postgres");
        // Keep it running for the life of the test process.
        std::mem::forget(pg);
        // A throw-away server: no test needs its commits to survive a
        // power cut, and waiting for each fsync is most of a test's time.
        let settings = url.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async {
                let mut conn = PgConnection::connect(&settings).await.expect("connect");
                for sql in [
                    // A test's database is dropped from a thread while the
                    // test's own runtime waits, so a connection its server
                    // was opening then never answers the password
                    // challenge: give up on it in a second, not the
                    // default minute.
                    "alter system set authentication_timeout = '1s'",
                    "alter system set fsync = off",
                    "alter system set synchronous_commit = off",
                    "alter system set full_page_writes = off",
                    "select pg_reload_conf()",
                ] {
                    sqlx::raw_sql(sql)
                        .execute(&mut conn)
                        .await
                        .expect("test server settings");
                }
            });
        })
        .join()
        .expect("settings thread");
        Server { admin: url, app }
    })
}

fn url_for(database: &str) -> String {
    with_database(server_url(), database)
}

fn with_database(url: &str, database: &str) -> String {
    let mut url = url::Url::parse(url).expect("valid server URL");
    url.set_path(&format!("/{database}"));
    url.to_string()
}

async fn admin() -> PgConnection {
    PgConnection::connect(server_url())
        .await
        .expect("connect to the test server")
}

/// A PostgreSQL client program (`pg_dump`, `psql`) from the installation
/// whose `initdb` the tests use, else the one on `PATH`.
pub fn pg_tool(name: &str) -> std::path::PathBuf {
    opencomplai::db::embedded::find_bin_dir(None)
        .map(|dir| dir.join(name))
        .ok()
        .filter(|p| p.is_file())
        .unwrap_or_else(|| name.into())
}

/// A database of its own for one test; dropped when the value is.
pub struct TestDb {
    pub name: String,
    /// As its owner (the server's superuser): migrations, and the tests'
    /// own look behind the service's back.
    pub url: String,
    /// As the application role, which the service connects as.
    pub app_url: String,
    /// When the test made it: its time is reported when it is dropped.
    started: std::time::Instant,
    /// Made on the tests' server (and dropped from it), rather than on a
    /// server of the test's own ([`TestDb::elsewhere`]).
    on_test_server: bool,
}

/// Where each test's time is appended (`seconds<TAB>test`), for
/// `scripts/test.sh` to list the slowest.
fn times_file() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("api-test-times.tsv")
}

/// Records how long the current test has run.
fn record_time(started: std::time::Instant) {
    use std::io::Write;
    let name = std::thread::current()
        .name()
        .unwrap_or("unnamed")
        .to_owned();
    let line = format!("{:.2}\t{name}\n", started.elapsed().as_secs_f64());
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(times_file())
    {
        let _ = f.write_all(line.as_bytes());
    }
}

impl TestDb {
    pub async fn create() -> Self {
        let name = format!("oc_test_{}", uuid::Uuid::new_v4().simple());
        let mut conn = admin().await;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("create database {name}")))
            .execute(&mut conn)
            .await
            .expect("create test database");
        let url = url_for(&name);
        let app_url = with_database(&server().app, &name);
        Self {
            name,
            url,
            app_url,
            started: std::time::Instant::now(),
            on_test_server: true,
        }
    }

    /// A database `name` the test made on a server of its own (a replica's
    /// primary, say), as its owner (`url`) and the application role
    /// (`app_url`); left for the test to remove with its server.
    pub fn elsewhere(name: &str, url: String, app_url: String) -> Self {
        Self {
            name: name.to_owned(),
            url,
            app_url,
            started: std::time::Instant::now(),
            on_test_server: false,
        }
    }

    pub async fn pool(&self) -> PgPool {
        PgPoolOptions::new()
            .max_connections(4)
            .connect(&self.url)
            .await
            .expect("connect to the test database")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        record_time(self.started);
        if !self.on_test_server {
            return;
        }
        let name = self.name.clone();
        // Drop runs inside the test's runtime; do the async work elsewhere.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async {
                let mut conn = admin().await;
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                    "drop database if exists {name} with (force)"
                )))
                .execute(&mut conn)
                .await
                .expect("drop test database");
            });
        })
        .join();
    }
}

/// The real application on a real port, against its own database.
pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    pub pool: PgPool,
    stop: Option<oneshot::Sender<()>>,
    // Dropped last: the database outlives the pool and the server.
    db: TestDb,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> Self {
        Self::spawn_on(TestDb::create().await, adjust).await
    }

    /// The application on a database the test prepared (migrated part of
    /// the way, say).
    pub async fn spawn_on(db: TestDb, adjust: impl FnOnce(&mut Config)) -> Self {
        let mut config = test_config(&db);
        adjust(&mut config);
        let app = Application::build(config).await.expect("the app builds");
        let addr = app.local_addr().expect("bound");
        let (stop, stopped) = oneshot::channel();
        tokio::spawn(app.run_until(async move {
            let _ = stopped.await;
        }));
        let pool = db.pool().await;
        Self {
            addr,
            client: reqwest::Client::new(),
            pool,
            stop: Some(stop),
            db,
        }
    }

    /// This app's database, for a second instance of the service beside
    /// it (removed with this one, not with the handle).
    pub fn same_database(&self) -> TestDb {
        TestDb::elsewhere(&self.db.name, self.db.url.clone(), self.db.app_url.clone())
    }

    /// The test database as its owner.
    pub fn database_url(&self) -> &str {
        &self.db.url
    }

    /// The test database as the application role the service connects as.
    pub fn app_database_url(&self) -> &str {
        &self.db.app_url
    }

    /// The app's data directory (its signing keys live there).
    pub fn data_dir(&self) -> std::path::PathBuf {
        data_dir_for(&self.db)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request sent")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The data directory (signing keys) an app on `db` uses.
pub fn data_dir_for(db: &TestDb) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("opencomplai-test-data-{}", db.name))
}

/// The session signing key tests use, so they can forge expired tokens.
pub const JWT_SECRET: &str = "test-signing-key-0123456789abcdef0123456789";

/// A configuration for tests: the given database, an ephemeral port.
pub fn test_config(db: &TestDb) -> Config {
    Config {
        database_url: Some(Secret::new(db.app_url.clone())),
        database_owner_url: Some(Secret::new(db.url.clone())),
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        jwt_secret: Some(Secret::new(JWT_SECRET.to_owned())),
        data_dir: data_dir_for(db),
        // Workers extract in a child process of the real binary, not of
        // this test harness.
        extractor_program: Some(env!("CARGO_BIN_EXE_opencomplai").into()),
        // Tests register many accounts from one address; the tests of the
        // limit itself set it back to the default.
        registrations_per_address_per_hour: 10_000,
        ..Config::default()
    }
}

/// Pipeline settings as a worker has them, extracting in the real binary.
pub fn pipeline_settings(timeout: std::time::Duration) -> opencomplai::jobs::pipeline::Settings {
    opencomplai::jobs::pipeline::Settings {
        sandbox: opencomplai::sandbox::Sandbox {
            program: env!("CARGO_BIN_EXE_opencomplai").into(),
            memory_mb: 1024,
            timeout,
            pool: None,
        },
        limits: opencomplai_extract::Limits::default(),
        embeddings: opencomplai::embeddings::Embeddings::off(),
    }
}

pub const PASSWORD: &str = "correct horse battery staple";

/// A registered, logged-in account.
pub struct Account {
    pub id: uuid::Uuid,
    pub email: String,
    pub token: String,
}

impl TestApp {
    pub async fn post_json(&self, path: &str, body: serde_json::Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .json(&body)
            .send()
            .await
            .expect("request sent")
    }

    /// A request with `Authorization: Bearer <credential>`.
    pub fn authed(
        &self,
        method: reqwest::Method,
        path: &str,
        credential: &str,
    ) -> reqwest::RequestBuilder {
        self.client
            .request(method, self.url(path))
            .bearer_auth(credential)
    }

    pub async fn register(&self, email: &str) -> serde_json::Value {
        let response = self
            .post_json(
                "/v1/auth/register",
                serde_json::json!({"email": email, "password": PASSWORD}),
            )
            .await;
        assert_eq!(response.status(), 201, "register {email}");
        response.json().await.expect("json")
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_json(
            "/v1/auth/login",
            serde_json::json!({"email": email, "password": password}),
        )
        .await
    }

    /// Registers and logs in a fresh account.
    pub async fn account(&self) -> Account {
        let email = format!("user-{}@example.org", uuid::Uuid::new_v4().simple());
        let user = self.register(&email).await;
        let response = self.login(&email, PASSWORD).await;
        assert_eq!(response.status(), 200);
        let body: serde_json::Value = response.json().await.expect("json");
        Account {
            id: user["id"].as_str().expect("id").parse().expect("uuid"),
            email,
            token: body["access_token"].as_str().expect("token").to_owned(),
        }
    }

    /// Creates an API key for `account` with `permissions`; returns (id, key).
    pub async fn api_key(&self, account: &Account, permissions: &[&str]) -> (String, String) {
        let response = self
            .authed(reqwest::Method::POST, "/v1/api-keys", &account.token)
            .json(&serde_json::json!({"name": "test", "permissions": permissions}))
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 201);
        let body: serde_json::Value = response.json().await.expect("json");
        (
            body["id"].as_str().expect("id").to_owned(),
            body["key"].as_str().expect("key").to_owned(),
        )
    }

    /// The id of the account registered with `email`.
    pub async fn account_id(&self, email: &str) -> uuid::Uuid {
        sqlx::query_scalar("select id from users where email = $1")
            .bind(email)
            .fetch_one(&self.pool)
            .await
            .expect("the account exists")
    }

    /// The account's audit rows, oldest first, straight from the table.
    pub async fn audit_rows(&self, user_id: uuid::Uuid) -> Vec<AuditRow> {
        sqlx::query_as(
            "select action, resource_type, resource_id, old_values, new_values,
                    host(ip_address) as ip, user_agent, request_id
             from audit_logs where user_id = $1 order by created_at, id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .expect("audit rows")
    }
}

impl TestApp {
    /// Uploads `bytes` as `file_name` (multipart) for `account`.
    pub async fn upload(
        &self,
        account: &Account,
        file_name: &str,
        bytes: Vec<u8>,
    ) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned());
        let form = reqwest::multipart::Form::new().part("file", part);
        self.authed(reqwest::Method::POST, "/v1/documents", &account.token)
            .multipart(form)
            .send()
            .await
            .expect("sent")
    }

    /// Uploads and returns the 202 body.
    pub async fn upload_ok(
        &self,
        account: &Account,
        file_name: &str,
        bytes: Vec<u8>,
    ) -> serde_json::Value {
        let r = self.upload(account, file_name, bytes).await;
        assert_eq!(r.status(), 202, "upload {file_name}");
        r.json().await.expect("json")
    }

    /// Follows the document's event stream until it is `completed` or
    /// `failed`; returns every status seen, in order.
    pub async fn follow(&self, account: &Account, id: &str) -> Vec<serde_json::Value> {
        use futures_util::StreamExt;
        let r = self
            .authed(
                reqwest::Method::GET,
                &format!("/v1/documents/{id}/events"),
                &account.token,
            )
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 200);
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap_or("")
                .starts_with("text/event-stream")
        );
        let mut body = r.bytes_stream();
        let mut seen = Vec::new();
        let mut pending = String::new();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
        loop {
            let chunk = tokio::time::timeout_at(deadline, body.next())
                .await
                .expect("the document reaches a final state")
                .map(|c| c.expect("stream chunk"));
            let Some(chunk) = chunk else { return seen };
            pending.push_str(&String::from_utf8_lossy(&chunk));
            while let Some(end) = pending.find('\n') {
                let line = pending[..end].to_owned();
                pending.drain(..=end);
                if let Some(data) = line.strip_prefix("data: ") {
                    let event: serde_json::Value = serde_json::from_str(data).expect("event json");
                    seen.push(event);
                }
            }
        }
    }

    /// `GET path` as `account`, expecting 200 and JSON.
    pub async fn get_ok(&self, account: &Account, path: &str) -> serde_json::Value {
        let r = self
            .authed(reqwest::Method::GET, path, &account.token)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 200, "GET {path}");
        r.json().await.expect("json")
    }

    /// The document as `GET /v1/documents/{id}` shows it.
    pub async fn document(&self, account: &Account, id: &str) -> serde_json::Value {
        self.get_ok(account, &format!("/v1/documents/{id}")).await
    }

    pub async fn results(&self, account: &Account, id: &str) -> serde_json::Value {
        self.get_ok(account, &format!("/v1/documents/{id}/results"))
            .await
    }

    pub async fn count(&self, sql: &'static str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(&self.pool)
            .await
            .expect("count")
    }
}

impl TestApp {
    /// A plain-format `pg_dump` of the test database into `to`.
    pub fn dump_to(&self, to: &std::path::Path) {
        pg_dump_to(self.database_url(), to);
    }
}

/// A file of the committed corpus: `tests/corpus/<kind>/<name>`.
pub fn corpus(kind: &str, name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(kind)
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The last status a document's event stream reported.
pub fn final_status(events: &[serde_json::Value]) -> &str {
    events
        .last()
        .and_then(|e| e["status"].as_str())
        .unwrap_or("none")
}

impl TestApp {
    /// Uploads `bytes` as `name` and follows the document to its final
    /// state; returns its id and that state.
    pub async fn process(&self, me: &Account, name: &str, bytes: Vec<u8>) -> (String, String) {
        let doc = self.upload_ok(me, name, bytes).await;
        let id = doc["id"].as_str().expect("id").to_owned();
        let events = self.follow(me, &id).await;
        let status = final_status(&events).to_owned();
        (id, status)
    }
}

/// Polls `check` every 20 ms until it holds; fails the test, naming
/// `what`, when `within` has passed first. The one way tests wait.
pub async fn eventually<F, Fut>(within: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + within;
    while !check().await {
        assert!(tokio::time::Instant::now() < deadline, "{what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

impl TestApp {
    /// Waits until some session of this test's database is waiting for a
    /// lock (another transaction holds what it needs).
    pub async fn until_a_session_waits_for_a_lock(&self) {
        let pool = self.pool.clone();
        eventually(
            Duration::from_secs(30),
            "no session waits for a lock",
            || {
                let pool = pool.clone();
                async move {
                    sqlx::query_scalar(
                        "select exists (select 1 from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock')",
                    )
                    .fetch_one(&pool)
                    .await
                    .expect("pg_stat_activity")
                }
            },
        )
        .await;
    }

    /// Waits until `sql` (a count) reaches `n`.
    pub async fn until_count(&self, sql: &'static str, n: i64, within: Duration) {
        let pool = self.pool.clone();
        eventually(within, &format!("{sql} never reached {n}"), || {
            let pool = pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(sql)
                    .fetch_one(&pool)
                    .await
                    .unwrap_or(-1)
                    >= n
            }
        })
        .await;
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct AuditRow {
    pub action: String,
    pub resource_type: String,
    pub resource_id: Option<uuid::Uuid>,
    pub old_values: Option<serde_json::Value>,
    pub new_values: Option<serde_json::Value>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<uuid::Uuid>,
}

/// The error envelope's fields, checked for shape.
pub async fn envelope(response: reqwest::Response) -> (u16, String, serde_json::Value) {
    let status = response.status().as_u16();
    let header_id = response
        .headers()
        .get("x-request-id")
        .expect("every response carries X-Request-Id")
        .to_str()
        .expect("ascii")
        .to_owned();
    let body: serde_json::Value = response.json().await.expect("the envelope is JSON");
    let error = &body["error"];
    assert_eq!(
        error["request_id"].as_str(),
        Some(header_id.as_str()),
        "the envelope names the request id: {body}"
    );
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    let code = error["code"].as_str().expect("a code").to_owned();
    (status, code, body)
}

/// The `opencomplai` binary, run as a user would.
pub fn binary() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_opencomplai"));
    cmd.env_remove("DATABASE_URL")
        .env_remove("OPENCOMPLAI_CONFIG")
        .env("OPENCOMPLAI_LOG_FORMAT", "json")
        .env("NO_COLOR", "1");
    cmd
}

/// Runs `cmd` to its end without blocking the test's runtime. A service
/// spawned by the test runs on that same (single-threaded) runtime: a
/// blocking wait would freeze it mid-step, and a pass of its audit sealer
/// frozen inside its transaction holds the trail's lock for as long as the
/// command runs (a backup then found the trail "held" on every try and
/// kept its last rows unsealed).
pub async fn output_of(cmd: &mut Command) -> std::process::Output {
    let owned = std::mem::replace(cmd, Command::new("true"));
    tokio::process::Command::from(owned)
        .output()
        .await
        .expect("the command runs")
}

/// A `serve` process and the address it announced.
pub struct Served {
    pub child: Child,
    pub addr: SocketAddr,
    pub lines: mpsc::Receiver<String>,
}

/// Starts `opencomplai serve` and waits for its "listening" log line (logs
/// are JSON lines on standard error).
// The child is reaped by `Served`'s Drop, or killed with the test on panic.
#[allow(clippy::zombie_processes)]
pub fn serve(mut cmd: Command) -> Served {
    let mut child = cmd
        .arg("serve")
        .env("OPENCOMPLAI_LISTEN", "127.0.0.1:0")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let logs = child.stderr.take().expect("piped stderr");
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(logs).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    loop {
        let line = lines
            .recv_timeout(Duration::from_secs(120))
            .expect("serve announces its address");
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if value["message"] == "OpenComplai is listening" {
            let url = value["url"].as_str().expect("url field");
            let addr = url.trim_start_matches("http://").parse().expect("address");
            return Served { child, addr, lines };
        }
    }
}

impl Served {
    /// Sends SIGTERM and waits for the exit; returns whether it was clean.
    pub fn terminate(mut self) -> (bool, Vec<String>) {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).expect("signal");
        let status = self.child.wait().expect("exit status");
        // The last lines may still be in the pipe when the child has
        // exited: read until the reader thread ends at the pipe's end
        // (`try_iter` here once lost "shutdown complete"), at most 10 s.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        let mut rest = Vec::new();
        while let Ok(line) = self
            .lines
            .recv_timeout(deadline.saturating_duration_since(std::time::Instant::now()))
        {
            rest.push(line);
        }
        (status.success(), rest)
    }
}

/// Stops a helper program a test started (PgBouncer, Dovecot, a worker)
/// with SIGTERM and waits for it, so it leaves nothing behind.
pub fn stop_child(child: &mut Child) {
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
    let _ = child.wait();
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain `pg_dump` of the database at `url` (as its owner) into `to`.
pub fn pg_dump_to(url: &str, to: &std::path::Path) {
    let status = Command::new(pg_tool("pg_dump"))
        .arg("--dbname")
        .arg(url)
        .arg("--file")
        .arg(to)
        .arg("--no-owner")
        .status()
        .expect("pg_dump runs");
    assert!(status.success());
}
