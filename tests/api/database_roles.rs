//! The locked-down database: the embedded cluster asks every connection for
//! its password, the service connects as a role that can neither switch the
//! audit trail's protection off nor empty it, everything still works as
//! that role, and a cluster made by an older release (trusting local
//! connections) is upgraded in place without losing its data.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use opencomplai::db::embedded::{self, EmbeddedPostgres};
use reqwest::Method;
use sqlx::{Connection, PgConnection};

use crate::helpers::{TestApp, binary, eventually, pg_tool, serve};

/// `cmd` run as the user the embedded cluster runs as: `postgres` under
/// root (PostgreSQL refuses root), else ourselves.
fn as_cluster_user(mut cmd: Command) -> Command {
    if nix::unistd::Uid::effective().is_root() {
        let user = nix::unistd::User::from_name("postgres")
            .expect("users")
            .expect("the postgres system user");
        cmd.uid(user.uid.as_raw()).gid(user.gid.as_raw());
    }
    cmd
}

/// Gives `dir` to the cluster's user (under root).
fn give_to_cluster_user(dir: &Path) {
    if nix::unistd::Uid::effective().is_root() {
        let user = nix::unistd::User::from_name("postgres")
            .expect("users")
            .expect("the postgres system user");
        std::os::unix::fs::chown(dir, Some(user.uid.as_raw()), Some(user.gid.as_raw()))
            .expect("chown");
    }
}

/// Starts the cluster in `cluster` with `pg_ctl` and extra server options,
/// waiting until it accepts connections; `stop_cluster` ends it.
fn start_cluster(cluster: &Path, options: &str) {
    let mut cmd = Command::new(pg_tool("pg_ctl"));
    cmd.arg("-D").arg(cluster).arg("-o").arg(format!(
        "-c unix_socket_directories={} -c unix_socket_permissions=0700 -c port=5432 {options}",
        cluster.display()
    ));
    cmd.args(["-l", "/dev/null", "-w", "-t", "60", "start"]);
    let out = as_cluster_user(cmd).output().expect("pg_ctl runs");
    assert!(
        out.status.success(),
        "pg_ctl start: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn stop_cluster(cluster: &Path) {
    let mut cmd = Command::new(pg_tool("pg_ctl"));
    cmd.arg("-D")
        .arg(cluster)
        .args(["-m", "fast", "-w", "stop"]);
    let out = as_cluster_user(cmd).output().expect("pg_ctl runs");
    assert!(
        out.status.success(),
        "pg_ctl stop: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The error PostgreSQL answered `sql` with, as its SQLSTATE and message.
async fn refusal(conn: &mut PgConnection, sql: &str) -> (String, String) {
    match sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(&mut *conn)
        .await
    {
        Ok(_) => panic!("`{sql}` was allowed"),
        Err(e) => {
            let db = e.as_database_error().expect("a database error");
            (
                db.code().map(|c| c.into_owned()).unwrap_or_default(),
                db.message().to_owned(),
            )
        }
    }
}

fn socket_url(cluster: &Path, user: &str, password: Option<&str>) -> String {
    let mut url = url::Url::parse("postgres://localhost/opencomplai").expect("url");
    url.set_username(user).expect("user");
    url.set_password(password).expect("password");
    url.query_pairs_mut()
        .append_pair("host", &cluster.display().to_string());
    url.to_string()
}

/// Whether a login was refused for want of the right password (not for
/// want of a server).
fn refused_login(result: Result<PgConnection, sqlx::Error>) -> bool {
    match result {
        Ok(_) => false,
        Err(e) => e
            .as_database_error()
            .and_then(|d| d.code())
            .is_some_and(|c| c == "28P01" || c == "28000"),
    }
}

#[tokio::test]
async fn the_embedded_cluster_refuses_a_connection_without_the_password_over_the_socket_and_tcp() {
    let dir = tempfile::tempdir().expect("dir");
    let pg = EmbeddedPostgres::start(dir.path(), None)
        .await
        .expect("starts");
    let cluster = pg.cluster_dir().to_owned();
    for role in ["postgres", "opencomplai_app"] {
        assert!(
            refused_login(PgConnection::connect(&socket_url(&cluster, role, None)).await),
            "{role} without a password over the socket"
        );
        assert!(
            refused_login(PgConnection::connect(&socket_url(&cluster, role, Some("guess"))).await),
            "{role} with a wrong password over the socket"
        );
    }
    let mut su = PgConnection::connect(&pg.superuser_url("opencomplai"))
        .await
        .expect("the superuser with its password");
    let methods: Vec<(String, String)> = sqlx::query_as(
        "select type, auth_method from pg_hba_file_rules where error is null order by line_number",
    )
    .fetch_all(&mut su)
    .await
    .expect("rules");
    assert!(
        methods.iter().all(|(_, m)| m == "scram-sha-256") && methods.len() >= 2,
        "every pg_hba.conf rule asks for a SCRAM password: {methods:?}"
    );
    su.close().await.expect("close");
    PgConnection::connect(&pg.app_url("opencomplai"))
        .await
        .expect("the application role with its password")
        .close()
        .await
        .expect("close");
    let psql = Command::new(pg_tool("psql"))
        .arg("-w")
        .arg(socket_url(&cluster, "postgres", None))
        .args(["-c", "select 1"])
        .env_remove("PGPASSWORD")
        .output()
        .expect("psql runs");
    assert!(!psql.status.success(), "psql without a password is refused");
    pg.stop().await.expect("stops");

    // The same cluster with a TCP listener (the service never opens one):
    // the loopback is no more trusted than the socket.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("addr")
        .port();
    start_cluster(
        &cluster,
        &format!("-c listen_addresses=127.0.0.1 -c port={port}"),
    );
    let tcp = |user: &str, password: Option<&str>| {
        let mut url =
            url::Url::parse(&format!("postgres://127.0.0.1:{port}/opencomplai")).expect("url");
        url.set_username(user).expect("user");
        url.set_password(password).expect("password");
        url.to_string()
    };
    for role in ["postgres", "opencomplai_app"] {
        assert!(
            refused_login(PgConnection::connect(&tcp(role, None)).await),
            "{role} without a password over TCP"
        );
    }
    let app_password =
        std::fs::read_to_string(dir.path().join(embedded::APP_PASSWORD_FILE)).expect("file");
    let with_password = PgConnection::connect(&tcp("opencomplai_app", Some(app_password.trim())))
        .await
        .map(|_| ());
    stop_cluster(&cluster);
    with_password.expect("over TCP with its password");
}

#[tokio::test]
async fn the_services_role_can_neither_disable_nor_drop_the_audit_trigger_nor_empty_the_trail() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    assert!(!app.audit_rows(me.id).await.is_empty());
    // The service's own connections are the application role's.
    let pool = app.pool.clone();
    eventually(
        Duration::from_secs(10),
        "the service holds a connection",
        || {
            let pool = pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(
                    "select count(*) from pg_stat_activity
                     where datname = current_database() and usename <> current_user",
                )
                .fetch_one(&pool)
                .await
                .unwrap_or(0)
                    > 0
            }
        },
    )
    .await;
    let service_roles: Vec<String> = sqlx::query_scalar(
        "select distinct usename::text from pg_stat_activity
         where datname = current_database() and usename <> current_user",
    )
    .fetch_all(&app.pool)
    .await
    .expect("sessions");
    let mut conn = PgConnection::connect(app.app_database_url())
        .await
        .expect("connect as the service");
    let me_role: (String, bool) = sqlx::query_as(
        "select current_user::text, rolsuper from pg_roles where rolname = current_user",
    )
    .fetch_one(&mut conn)
    .await
    .expect("role");
    assert_eq!(
        service_roles,
        vec![me_role.0.clone()],
        "the service connects as it"
    );
    assert!(!me_role.1, "not a superuser");

    for sql in [
        "alter table audit_logs disable trigger all",
        "alter table audit_logs disable trigger audit_logs_seal_or_erase_only",
        "drop trigger audit_logs_no_delete on audit_logs",
        "drop trigger audit_logs_seal_or_erase_only on audit_logs",
        "truncate audit_logs",
        "delete from audit_logs",
        "alter table audit_logs owner to current_user",
        "drop table audit_logs",
        "set session_replication_role = replica",
        "update audit_checkpoints set signature = ''",
        "delete from audit_checkpoints",
        "delete from _sqlx_migrations",
        "create or replace function audit_logs_append_only() returns trigger \
         language plpgsql as $$ begin return old; end $$",
        "create table public.mine (x int)",
    ] {
        let (code, message) = refusal(&mut conn, sql).await;
        assert_eq!(
            code, "42501",
            "`{sql}` is refused for want of privilege, not by a trigger: {message}"
        );
    }
    // What the service itself needs still works: it writes the trail.
    let r = app
        .authed(Method::GET, "/v1/audit-logs", &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    conn.close().await.expect("close");
}

#[tokio::test]
async fn the_document_pipeline_runs_as_the_application_role() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    sqlx::query("update users set is_admin = true where id = $1")
        .bind(me.id)
        .execute(&app.pool)
        .await
        .expect("admin");
    let (id, status) = app
        .process(
            &me,
            "memo.txt",
            b"Quarterly memo about the lighthouse budget.\nContact anna.schmidt@example.org."
                .to_vec(),
        )
        .await;
    assert_eq!(status, "completed");
    let (pdf, status) = app
        .process(&me, "a.pdf", crate::helpers::corpus("good", "letter.pdf"))
        .await;
    assert_eq!(status, "completed", "{pdf}");
    let hits = app.get_ok(&me, "/v1/search?q=lighthouse").await;
    assert_eq!(hits["items"][0]["id"], id.as_str(), "{hits}");
    let results = app.results(&me, &id).await;
    assert!(
        results["extracted_entities"]
            .to_string()
            .contains("anna.schmidt")
    );
    let r = app
        .authed(Method::DELETE, &format!("/v1/documents/{id}"), &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);
    // The sealer (as the application role) seals every row; the chain verifies.
    let pool = app.pool.clone();
    eventually(Duration::from_secs(30), "every audit row sealed", || {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>("select count(*) from audit_logs where chain_seq is null")
                .fetch_one(&pool)
                .await
                .unwrap_or(-1)
                == 0
        }
    })
    .await;
    let report = app.get_ok(&me, "/v1/audit-logs/verify").await;
    assert_eq!(report["ok"], true, "{report}");
}

#[tokio::test]
async fn a_cluster_made_with_trust_is_upgraded_in_place_and_keeps_its_data() {
    let data = tempfile::tempdir().expect("dir");
    let cluster = data.path().join("postgres");
    std::fs::create_dir(&cluster).expect("mkdir");
    // The cluster's user passes through the temp directory (search only).
    std::fs::set_permissions(data.path(), std::fs::Permissions::from_mode(0o711)).expect("chmod");
    give_to_cluster_user(&cluster);
    // As an older release made it: trust for every local connection.
    let mut initdb = Command::new(pg_tool("initdb"));
    initdb
        .arg("--pgdata")
        .arg(&cluster)
        .args([
            "--username",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
        ])
        .current_dir(&cluster);
    let out = as_cluster_user(initdb).output().expect("initdb runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    start_cluster(&cluster, "-c listen_addresses=");
    let old = async {
        let mut conn = PgConnection::connect(
            &socket_url(&cluster, "postgres", None).replace("/opencomplai", "/postgres"),
        )
        .await?;
        sqlx::raw_sql("create database opencomplai")
            .execute(&mut conn)
            .await?;
        let mut conn = PgConnection::connect(&socket_url(&cluster, "postgres", None)).await?;
        opencomplai::db::migrate::MIGRATOR.run(&mut conn).await?;
        sqlx::query("insert into users (email, password_hash) values ('kept@example.org', 'x')")
            .execute(&mut conn)
            .await?;
        anyhow::Ok(())
    }
    .await;
    stop_cluster(&cluster);
    old.expect("the old release's data");

    let mut cmd = binary();
    cmd.env("OPENCOMPLAI_DATA_DIR", data.path())
        .env("OPENCOMPLAI_WORKERS", "0");
    let served = serve(cmd);
    let r = reqwest::get(format!("http://{}/ready", served.addr))
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    let r = reqwest::Client::new()
        .post(format!("http://{}/v1/auth/register", served.addr))
        .json(
            &serde_json::json!({"email": "new@example.org", "password": crate::helpers::PASSWORD}),
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(
        r.status(),
        201,
        "the service writes as its application role"
    );

    for role in ["postgres", "opencomplai_app"] {
        assert!(
            refused_login(PgConnection::connect(&socket_url(&cluster, role, None)).await),
            "{role} without a password, after the upgrade"
        );
    }
    let hba = std::fs::read_to_string(cluster.join("pg_hba.conf")).expect("pg_hba.conf");
    assert!(!hba.contains("trust"), "{hba}");
    let password = std::fs::read_to_string(data.path().join(embedded::SUPERUSER_PASSWORD_FILE))
        .expect("the superuser's password file");
    let mut su = PgConnection::connect(&socket_url(&cluster, "postgres", Some(password.trim())))
        .await
        .expect("the superuser with its password");
    let emails: Vec<String> = sqlx::query_scalar("select email from users order by email")
        .fetch_all(&mut su)
        .await
        .expect("users");
    assert_eq!(
        emails,
        ["kept@example.org", "new@example.org"],
        "nothing lost"
    );
    let owner: String =
        sqlx::query_scalar("select tableowner::text from pg_tables where tablename = 'audit_logs'")
            .fetch_one(&mut su)
            .await
            .expect("owner");
    assert_eq!(owner, "postgres", "the service's role owns nothing");
    su.close().await.expect("close");
    let (clean, _) = served.terminate();
    assert!(clean);
}

#[tokio::test]
async fn serve_with_an_application_role_and_pending_migrations_names_the_owner_url_it_needs() {
    let db = crate::helpers::TestDb::create().await;
    let data = tempfile::tempdir().expect("dir");
    let output = binary()
        .env("DATABASE_URL", &db.app_url)
        .env("OPENCOMPLAI_DATA_DIR", data.path())
        .env("OPENCOMPLAI_LISTEN", "127.0.0.1:0")
        .arg("serve")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("pending") && stderr.contains("DATABASE_OWNER_URL"),
        "{stderr}"
    );
    assert!(!stderr.contains("permission denied"), "{stderr}");
}

#[tokio::test]
async fn migrate_create_app_role_makes_a_role_that_serves_but_cannot_touch_the_trigger() {
    use std::io::Write;
    let db = crate::helpers::TestDb::create().await;
    let role = format!("oc_app_{}", &db.name[8..20]);
    let mut child = binary()
        .env("DATABASE_URL", &db.url)
        .args(["migrate", "--create-app-role", &role])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"a-password-for-the-app-role\n")
        .expect("write");
    let out = child.wait_with_output().expect("exit");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("created the application role {role}")),
        "{stdout}"
    );
    assert!(
        !stdout.contains("a-password-for"),
        "a given password is not echoed: {stdout}"
    );

    let mut url = url::Url::parse(&db.url).expect("url");
    url.set_username(&role).expect("user");
    url.set_password(Some("a-password-for-the-app-role"))
        .expect("password");
    let data = tempfile::tempdir().expect("dir");
    let mut cmd = binary();
    cmd.env("DATABASE_URL", url.as_str())
        .env("OPENCOMPLAI_DATA_DIR", data.path())
        .env("DATABASE_OWNER_URL", &db.url)
        .env("OPENCOMPLAI_WORKERS", "0");
    let served = serve(cmd);
    let r = reqwest::Client::new()
        .post(format!("http://{}/v1/auth/register", served.addr))
        .json(&serde_json::json!({"email": "a@example.org", "password": crate::helpers::PASSWORD}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 201);
    let mut conn = PgConnection::connect(url.as_str())
        .await
        .expect("as the role");
    for sql in [
        "alter table audit_logs disable trigger all",
        "truncate audit_logs",
        "delete from audit_logs",
    ] {
        assert_eq!(refusal(&mut conn, sql).await.0, "42501", "{sql}");
    }
    conn.close().await.expect("close");
    let (clean, _) = served.terminate();
    assert!(clean);
    let mut server = url::Url::parse(&db.url).expect("url");
    server.set_path("/postgres");
    let mut admin = PgConnection::connect(server.as_str()).await.expect("admin");
    drop(db);
    // Roles outlive databases: remove this one (its grants went with the database).
    let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!("drop role if exists {role}")))
        .execute(&mut admin)
        .await;
}
