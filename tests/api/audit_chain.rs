//! The audit trail as an auditor tests it: sealed into a hash chain with
//! signed checkpoints, verified over HTTP, by the command line, and from a
//! `pg_dump` with the public key alone; then tampered with as the database
//! superuser (rows edited, deleted, inserted, swapped; an older dump
//! restored) and each tampering named.

use std::process::Command;
use std::time::Duration;

use reqwest::Method;
use serde_json::Value;

use crate::helpers::{Account, TestApp, binary, eventually, pg_tool};

/// Waits until the sealer has chained every committed row.
async fn sealed(app: &TestApp) {
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
}

/// An administrator of `app`, signed in.
async fn admin(app: &TestApp) -> Account {
    let a = app.account().await;
    sqlx::query("update users set is_admin = true where id = $1")
        .bind(a.id)
        .execute(&app.pool)
        .await
        .expect("admin");
    a
}

async fn verify(app: &TestApp, who: &Account) -> Value {
    app.get_ok(who, "/v1/audit-logs/verify").await
}

/// Runs `sql` as the superuser with every trigger off (what an attacker
/// with the database's keys would do).
async fn tamper(app: &TestApp, sql: &str) {
    let mut tx = app.pool.begin().await.expect("begin");
    sqlx::query("set local session_replication_role = replica")
        .execute(&mut *tx)
        .await
        .expect("triggers off");
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(&mut *tx)
        .await
        .expect("tampered");
    tx.commit().await.expect("commit");
}

async fn some_activity(app: &TestApp, who: &Account) {
    for i in 0..3 {
        app.authed(Method::POST, "/v1/documents", &who.token)
            .json(
                &serde_json::json!({"title": format!("Memo {i}"), "content": "quarterly figures"}),
            )
            .send()
            .await
            .expect("sent");
    }
    app.get_ok(who, "/v1/documents").await;
}

#[tokio::test]
async fn a_clean_trail_verifies_and_only_administrators_may_ask() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = admin(&app).await;
    some_activity(&app, &me).await;
    sealed(&app).await;
    let report = verify(&app, &me).await;
    assert_eq!(report["ok"], true, "{report}");
    let rows: i64 = app
        .count("select count(*) from audit_logs where chain_seq is not null")
        .await;
    assert!(
        report["rows_checked"].as_i64() >= Some(rows - 1),
        "{report}"
    );
    assert!(
        report["checkpoints_checked"].as_u64() >= Some(1),
        "a checkpoint is signed"
    );

    // The places run 1, 2, 3, ... without a gap, in one order.
    let (min, max, n): (i64, i64, i64) =
        sqlx::query_as("select min(chain_seq), max(chain_seq), count(chain_seq) from audit_logs")
            .fetch_one(&app.pool)
            .await
            .expect("places");
    assert_eq!((min, max), (1, n));

    let someone = app.account().await;
    let r = app
        .authed(Method::GET, "/v1/audit-logs/verify", &someone.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 403);

    // The public key is public, and verifies what the service signed.
    let key: Value = app
        .get("/v1/audit-logs/public-key")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(key["algorithm"], "Ed25519");
    assert_eq!(key["public_key"].as_str().map(str::len), Some(44));

    // Verifying is itself audited, as is reading the trail.
    app.get_ok(&me, "/v1/audit-logs").await;
    let mine = app.audit_rows(me.id).await;
    assert!(
        mine.iter()
            .any(|r| r.action == "verify" && r.resource_type == "audit_log")
    );
    assert!(
        mine.iter()
            .any(|r| r.action == "list" && r.resource_type == "audit_log")
    );

    // The application itself can seal a row once, never rewrite it.
    let id: uuid::Uuid = sqlx::query_scalar("select id from audit_logs where chain_seq = 1")
        .fetch_one(&app.pool)
        .await
        .expect("row");
    for sql in [
        "update audit_logs set chain_seq = 999 where id = $1",
        "update audit_logs set new_values = '{\"x\": 1}' where id = $1",
        "update audit_logs set erased_at = now(), new_values = '{\"x\": 1}' where id = $1",
        "delete from audit_logs where id = $1",
    ] {
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .execute(&app.pool)
            .await;
        assert!(r.is_err(), "{sql} was allowed");
    }
}

#[tokio::test]
async fn each_tampering_by_the_superuser_is_found_and_its_row_named() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = admin(&app).await;
    some_activity(&app, &me).await;
    sealed(&app).await;
    assert_eq!(verify(&app, &me).await["ok"], true);
    let row_at = |seq: i64| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, String>("select id::text from audit_logs where chain_seq = $1")
                .bind(seq)
                .fetch_one(&pool)
                .await
                .expect("row")
        }
    };

    // Edited: a read becomes something else.
    let edited = row_at(3).await;
    tamper(
        &app,
        &format!("update audit_logs set action = 'nothing' where id = '{edited}'"),
    )
    .await;
    let r = verify(&app, &me).await;
    assert_eq!(r["ok"], false);
    assert_eq!(r["problems"][0]["kind"], "edited", "{r}");
    assert_eq!(r["problems"][0]["row_id"], edited.as_str());

    // Deleted: place 4 is gone.
    let app2 = TestApp::spawn_with(|c| c.workers = 0).await;
    let me2 = admin(&app2).await;
    some_activity(&app2, &me2).await;
    sealed(&app2).await;
    tamper(&app2, "delete from audit_logs where chain_seq = 4").await;
    let r = verify(&app2, &me2).await;
    assert_eq!(r["problems"][0]["kind"], "deleted", "{r}");
    assert!(
        r["problems"][0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("place 4 is missing")
    );

    // Swapped: two rows change places.
    let app3 = TestApp::spawn_with(|c| c.workers = 0).await;
    let me3 = admin(&app3).await;
    some_activity(&app3, &me3).await;
    sealed(&app3).await;
    tamper(
        &app3,
        "update audit_logs set chain_seq = -5 where chain_seq = 5;
         update audit_logs set chain_seq = 5 where chain_seq = 6;
         update audit_logs set chain_seq = 6 where chain_seq = -5;",
    )
    .await;
    let r = verify(&app3, &me3).await;
    assert_eq!(r["problems"][0]["kind"], "chain_broken", "{r}");
    assert_eq!(r["problems"][0]["seq"], 5);

    // Inserted: a backdated row behind the sealer's back...
    let app4 = TestApp::spawn_with(|c| c.workers = 0).await;
    let me4 = admin(&app4).await;
    some_activity(&app4, &me4).await;
    sealed(&app4).await;
    tamper(
        &app4,
        "insert into audit_logs (id, user_id, action, resource_type, created_at)
         values ('00000000-0000-0000-0000-0000000000aa', null, 'read', 'document', '2020-01-01')",
    )
    .await;
    let r = verify(&app4, &me4).await;
    let inserted = r["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .find(|p| p["kind"] == "inserted")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        inserted["row_id"], "00000000-0000-0000-0000-0000000000aa",
        "{r}"
    );
    // ...or slipped into the chain, the rows after it moved up a place.
    tamper(
        &app4,
        "delete from audit_logs where id = '00000000-0000-0000-0000-0000000000aa'",
    )
    .await;
    tamper(
        &app4,
        "update audit_logs set chain_seq = chain_seq + 1000 where chain_seq >= 3;
         update audit_logs set chain_seq = chain_seq - 999 where chain_seq >= 1003;
         insert into audit_logs (id, action, resource_type, created_at, chain_seq, content_digest, chain_hash)
         select '00000000-0000-0000-0000-0000000000bb', 'read', 'document', created_at, 3,
                content_digest, chain_hash from audit_logs where chain_seq = 2;",
    )
    .await;
    let r = verify(&app4, &me4).await;
    assert_eq!(r["ok"], false);
    assert_eq!(r["problems"][0]["seq"], 3, "{r}");

    // Emptied as an erasure would, but no erasure did it...
    let app5 = TestApp::spawn_with(|c| c.workers = 0).await;
    let me5 = admin(&app5).await;
    some_activity(&app5, &me5).await;
    sealed(&app5).await;
    let hidden = {
        let pool = app5.pool.clone();
        sqlx::query_scalar::<_, String>("select id::text from audit_logs where chain_seq = 4")
            .fetch_one(&pool)
            .await
            .expect("row")
    };
    tamper(
        &app5,
        r#"update audit_logs set old_values = '{"erased": true}', new_values = '{"erased": true}',
                  ip_address = null, user_agent = null, erased_at = now() at time zone 'utc'
           where chain_seq = 4"#,
    )
    .await;
    let r = verify(&app5, &me5).await;
    assert_eq!(r["ok"], false);
    let kinds = |r: &Value| -> Vec<String> {
        r["problems"]
            .as_array()
            .expect("problems")
            .iter()
            .map(|p| p["kind"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    let unrecorded = r["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .find(|p| p["kind"] == "erased_unrecorded")
        .cloned()
        .unwrap_or_default();
    assert_eq!(unrecorded["row_id"], hidden.as_str(), "{r}");
    // ...nor does an erase row the superuser writes and chains himself:
    // the service never signed it.
    tamper(
        &app5,
        r#"insert into audit_logs (id, action, resource_type, resource_id, new_values, created_at)
           values ('00000000-0000-0000-0000-0000000000cc', 'erase', 'subject_request',
                   gen_random_uuid(), '{"emptied_audit_rows": [4], "signature": "AAAA"}',
                   now() at time zone 'utc')"#,
    )
    .await;
    sealed(&app5).await;
    let r = verify(&app5, &me5).await;
    assert_eq!(r["ok"], false);
    assert!(kinds(&r).contains(&"forged_erasure".to_owned()), "{r}");
    assert!(kinds(&r).contains(&"erased_unrecorded".to_owned()), "{r}");
}

/// `pg_dump` of the test database, plain format.
fn dump(app: &TestApp, to: &std::path::Path) {
    app.dump_to(to);
}

#[tokio::test]
async fn a_dump_verifies_offline_with_the_public_key_and_an_older_one_restored_is_caught() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = admin(&app).await;
    some_activity(&app, &me).await;
    sealed(&app).await;
    let dir = app.data_dir();
    let seal = |app: &TestApp| {
        binary()
            .env("DATABASE_URL", app.database_url())
            .env("OPENCOMPLAI_DATA_DIR", &dir)
            .args(["audit", "seal"])
            .output()
            .expect("runs")
    };
    let out = seal(&app);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let key = String::from_utf8(
        binary()
            .env("OPENCOMPLAI_DATA_DIR", &dir)
            .args(["audit", "public-key"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("utf-8");
    let key = key.trim().to_owned();
    let api_key: Value = app
        .get("/v1/audit-logs/public-key")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        api_key["public_key"],
        key.as_str(),
        "the same key, by command and by API"
    );

    let files = tempfile::tempdir().expect("dir");
    let old = files.path().join("old.sql");
    dump(&app, &old);
    let offline = |file: &std::path::Path, key: &str| {
        // No database, no data directory: the dump and the key alone.
        binary()
            .env("OPENCOMPLAI_DATA_DIR", files.path().join("nothing-here"))
            .args(["audit", "verify", "--json", "--public-key", key, "--dump"])
            .arg(file)
            .output()
            .expect("runs")
    };
    let out = offline(&old, &key);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("json report");
    assert_eq!(report["ok"], true);
    assert!(report["checkpoints_checked"].as_u64() >= Some(1));

    // Another key does not verify the checkpoints.
    let other = opencomplai::audit::keys::SigningKeys::from_seed([9; 32])
        .public()
        .to_base64();
    let out = offline(&old, &other);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("bad_checkpoint"));

    // A row edited in the dump text is named.
    let text = std::fs::read_to_string(&old).expect("dump");
    let edited = text.replacen("\tlist\tdocument\t", "\tread\tdocument\t", 1);
    assert_ne!(edited, text);
    let forged = files.path().join("forged.sql");
    std::fs::write(&forged, edited).expect("write");
    let out = offline(&forged, &key);
    assert!(!out.status.success());
    let report: Value = serde_json::from_slice(&out.stdout).expect("json report");
    assert_eq!(report["problems"][0]["kind"], "edited", "{report}");

    // The service moves on and signs a newer checkpoint...
    some_activity(&app, &me).await;
    sealed(&app).await;
    assert!(seal(&app).status.success());
    // ...and the old dump, restored in its place, is recognised as older.
    let restored = crate::helpers::TestDb::create().await;
    let status = Command::new(pg_tool("psql"))
        .arg("--quiet")
        .arg("--dbname")
        .arg(&restored.url)
        .arg("--file")
        .arg(&old)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("psql runs");
    assert!(status.success());
    let out = binary()
        .env("DATABASE_URL", &restored.url)
        .env("OPENCOMPLAI_DATA_DIR", &dir)
        .args(["audit", "verify"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("rolled_back") && said.contains("older backup"),
        "{said}"
    );
}
