//! `opencomplai backup` and `restore` with the real binary: a backup taken
//! while the service runs, restored into an empty database, answers the
//! same searches, serves the same original bytes and its audit trail
//! verifies; a changed dump or manifest, a database that is not empty and a
//! wrong passphrase are refused. And point-in-time recovery of an external
//! PostgreSQL, tried once with two local clusters (scripts/pitr-check.sh).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use reqwest::Method;
use serde_json::Value;

use crate::helpers::{Account, TestApp, TestDb, binary, corpus, data_dir_for, output_of, pg_tool};
use crate::search::{ids, search};

const PASSPHRASE: &str = "a backup passphrase of some length";

/// The binary as an operator runs it against `db`, with `data_dir`.
fn against(db_owner: &str, db_app: &str, data_dir: &Path) -> Command {
    let mut cmd = binary();
    cmd.env("DATABASE_URL", db_app)
        .env("DATABASE_OWNER_URL", db_owner)
        .env("OPENCOMPLAI_DATA_DIR", data_dir)
        .env_remove("OPENCOMPLAI_BACKUP_PASSPHRASE");
    cmd
}

fn for_app(app: &TestApp) -> Command {
    against(app.database_url(), app.app_database_url(), &app.data_dir())
}

fn for_db(db: &TestDb) -> Command {
    against(&db.url, &db.app_url, &data_dir_for(db))
}

fn text(output: &Output) -> String {
    format!(
        "status {}\nstdout: {}\nstderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

async fn ok(cmd: &mut Command) -> String {
    let output = output_of(cmd).await;
    assert!(output.status.success(), "{}", text(&output));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn fails(cmd: &mut Command) -> String {
    let output = output_of(cmd).await;
    assert!(!output.status.success(), "{}", text(&output));
    text(&output)
}

async fn original(app: &TestApp, me: &Account, id: &str) -> Vec<u8> {
    let r = app
        .authed(Method::GET, &format!("/v1/documents/{id}/file"), &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200, "GET the original of {id}");
    r.bytes().await.expect("bytes").to_vec()
}

async fn tables_in(db: &TestDb) -> i64 {
    let pool = db.pool().await;
    let n = sqlx::query_scalar("select count(*) from pg_tables where schemaname = 'public'")
        .fetch_one(&pool)
        .await
        .expect("count");
    pool.close().await;
    n
}

#[tokio::test]
async fn backup_restored_into_an_empty_database_serves_the_same_searches_originals_and_trail() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let mut documents = Vec::new();
    for name in ["letter.pdf", "invoice-table.pdf", "agreement.docx"] {
        let bytes = corpus("good", name);
        let (id, status) = app.process(&me, name, bytes.clone()).await;
        assert_eq!(status, "completed", "{name}");
        documents.push((id, bytes));
    }
    let queries = [[("q", "refund")], [("q", "invoice")], [("q", "agreement")]];
    let mut before = Vec::new();
    for q in &queries {
        let page = search(&app, &me, q).await;
        assert!(!ids(&page).is_empty(), "{q:?}: {page}");
        before.push(page);
    }

    // Taken while the service runs, keys included.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("opencomplai.backup");
    let said = ok(for_app(&app)
        .env("OPENCOMPLAI_BACKUP_PASSPHRASE", PASSPHRASE)
        .arg("backup")
        .arg(&file)
        .arg("--include-keys"))
    .await;
    assert!(said.contains("3 originals"), "{said}");
    let manifest: Value = {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&file).expect("file"))
            .expect("the backup file is a ZIP archive");
        serde_json::from_reader(zip.by_name("manifest.json").expect("manifest")).expect("json")
    };
    assert_eq!(manifest["figures"]["originals"]["files"], 3, "{manifest}");
    assert_eq!(manifest["figures"]["audit"]["unsealed"], 0, "{manifest}");
    assert!(manifest["figures"]["tables"]["public.audit_logs"].as_i64() > Some(0));

    let target = TestDb::create().await;
    let said = ok(for_db(&target)
        .env("OPENCOMPLAI_BACKUP_PASSPHRASE", PASSPHRASE)
        .arg("restore")
        .arg(&file)
        .arg("--keys"))
    .await;
    assert!(said.contains("OK, the manifest matches"), "{said}");
    assert_eq!(
        std::fs::read(app.data_dir().join("audit-signing-key")).expect("key"),
        std::fs::read(data_dir_for(&target).join("audit-signing-key")).expect("restored key"),
    );
    let pool = target.pool().await;
    let recorded: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs
         where action = 'create' and resource_type = 'backup' and chain_seq is not null",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    pool.close().await;
    assert_eq!(recorded, 1, "the backup is in its own trail, sealed");
    // The trail verifies with the restored key, before the service starts...
    let verified = ok(for_db(&target).args(["audit", "verify"])).await;
    assert!(verified.starts_with("verified"), "{verified}");

    // ...and the restored service answers as the first one did.
    let restored = TestApp::spawn_on(target, |_| {}).await;
    for (q, expected) in queries.iter().zip(&before) {
        let page = search(&restored, &me, q).await;
        assert_eq!(
            ids(&page),
            ids(expected),
            "{q:?}: restored {page}, before {expected}"
        );
    }
    for (id, bytes) in &documents {
        assert!(original(&restored, &me, id).await == *bytes, "{id}");
    }
    let verified = ok(for_app(&restored).args(["audit", "verify"])).await;
    assert!(verified.starts_with("verified"), "{verified}");
}

#[tokio::test]
async fn backup_restore_refuses_a_changed_dump_a_changed_manifest_and_a_database_in_use() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (_, status) = app
        .process(&me, "letter.pdf", corpus("good", "letter.pdf"))
        .await;
    assert_eq!(status, "completed");
    let dir = tempfile::tempdir().expect("temp dir");
    let backup = dir.path().join("backup/");
    ok(for_app(&app).arg("backup").arg(&backup)).await;
    for part in ["manifest.json", "database.dump"] {
        assert!(backup.join(part).is_file(), "{part}");
    }
    assert!(!backup.join("keys.enc").exists(), "keys only when asked");
    assert!(
        fails(for_app(&app).arg("backup").arg(&backup))
            .await
            .contains("already holds a backup"),
        "a backup is never written over"
    );
    let recorded = app
        .count(
            "select count(*) from audit_logs where action = 'create' and resource_type = 'backup'",
        )
        .await;
    assert_eq!(recorded, 1, "a refused backup is not recorded as taken");

    // Into the database the service uses: refused, nothing touched.
    let said = fails(for_app(&app).arg("restore").arg(&backup)).await;
    assert!(said.contains("not empty"), "{said}");

    // A byte of the dump changed: refused before anything is loaded.
    let changed = dir.path().join("changed");
    copy_dir(&backup, &changed);
    let dump = changed.join("database.dump");
    let mut bytes = std::fs::read(&dump).expect("dump");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&dump, bytes).expect("write");
    let target = TestDb::create().await;
    let said = fails(for_db(&target).arg("restore").arg(&changed)).await;
    assert!(
        said.contains("database.dump does not match the manifest"),
        "{said}"
    );
    assert_eq!(tables_in(&target).await, 0, "nothing was restored");

    // The manifest changed instead: the loaded rows say which figure.
    let edited = dir.path().join("edited");
    copy_dir(&backup, &edited);
    let path = edited.join("manifest.json");
    let mut manifest: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("manifest")).expect("json");
    let users = &mut manifest["figures"]["tables"]["public.users"];
    *users = (users.as_i64().expect("a count") + 1).into();
    std::fs::write(&path, serde_json::to_vec(&manifest).expect("json")).expect("write");
    let said = fails(for_db(&target).arg("restore").arg(&edited)).await;
    assert!(said.contains("DIFFERS: table public.users"), "{said}");
    assert!(
        said.contains("does not match the backup's manifest"),
        "{said}"
    );

    // The untouched backup restores (into another empty database).
    let clean = TestDb::create().await;
    let said = ok(for_db(&clean).arg("restore").arg(&backup)).await;
    assert!(said.contains("OK"), "{said}");

    // An original damaged in the database (a byte changed, its length
    // kept) is backed up as it is, and the restore names it.
    sqlx::query(
        "update document_file_chunks
         set data = overlay(data placing '\\x00'::bytea from 100 for 1)",
    )
    .execute(&app.pool)
    .await
    .expect("damage");
    let damaged = dir.path().join("damaged.zip");
    ok(for_app(&app).arg("backup").arg(&damaged)).await;
    let elsewhere = TestDb::create().await;
    let said = fails(for_db(&elsewhere).arg("restore").arg(&damaged)).await;
    assert!(
        said.contains("DIFFERS: original") && said.contains("recorded as"),
        "{said}"
    );
}

#[tokio::test]
async fn backup_keys_are_encrypted_and_a_wrong_passphrase_or_other_keys_are_refused() {
    let app = TestApp::spawn().await;
    app.account().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let passphrase_file = dir.path().join("passphrase");
    std::fs::write(&passphrase_file, format!("{PASSPHRASE}\n")).expect("write");
    let file = dir.path().join("with-keys.zip");

    let said = fails(for_app(&app).arg("backup").arg(&file).arg("--include-keys")).await;
    assert!(said.contains("passphrase"), "{said}");
    let short = dir.path().join("short");
    std::fs::write(&short, "too short").expect("write");
    let said = fails(
        for_app(&app)
            .arg("backup")
            .arg(&file)
            .arg("--include-keys")
            .arg("--passphrase-file")
            .arg(&short),
    )
    .await;
    assert!(said.contains("at least 12 characters"), "{said}");
    assert!(!file.exists(), "nothing written");

    ok(for_app(&app)
        .arg("backup")
        .arg(&file)
        .arg("--include-keys")
        .arg("--passphrase-file")
        .arg(&passphrase_file))
    .await;
    let key = std::fs::read(app.data_dir().join("audit-signing-key")).expect("key");
    let sealed = {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&file).expect("file")).expect("zip");
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name("keys.enc").expect("keys.enc"), &mut bytes)
            .expect("read");
        bytes
    };
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(&key);
    assert!(
        !contains(&sealed, &key) && !contains(&sealed, b64.as_bytes()),
        "the key is not in the backup in the clear"
    );

    let target = TestDb::create().await;
    let wrong = dir.path().join("wrong");
    std::fs::write(&wrong, "not the passphrase at all").expect("write");
    let said = fails(
        for_db(&target)
            .arg("restore")
            .arg(&file)
            .arg("--keys")
            .arg("--passphrase-file")
            .arg(&wrong),
    )
    .await;
    assert!(said.contains("wrong passphrase"), "{said}");
    assert_eq!(tables_in(&target).await, 0, "refused before the database");

    // Other keys in the data directory are not written over unasked.
    let data_dir = data_dir_for(&target);
    std::fs::create_dir_all(&data_dir).expect("dir");
    std::fs::write(data_dir.join("audit-signing-key"), [9_u8; 32]).expect("write");
    let restore = |extra: &[&str]| {
        let mut cmd = for_db(&target);
        cmd.arg("restore")
            .arg(&file)
            .arg("--keys")
            .arg("--passphrase-file")
            .arg(&passphrase_file)
            .args(extra);
        cmd
    };
    let said = fails(&mut restore(&[])).await;
    assert!(said.contains("--overwrite-keys"), "{said}");
    assert_eq!(tables_in(&target).await, 0, "refused before the database");
    ok(&mut restore(&["--overwrite-keys"])).await;
    let restored = data_dir.join("audit-signing-key");
    assert_eq!(std::fs::read(&restored).expect("key"), key);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&restored)
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn backup_docs_point_in_time_recovery_recovers_to_the_noted_time_with_two_clusters() {
    let bin = pg_tool("pg_ctl");
    let bin_dir = bin.parent().map(Path::to_path_buf).unwrap_or_default();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/pitr-check.sh");
    let output = Command::new("bash")
        .arg(&script)
        .env("PG_BIN_DIR", bin_dir)
        .output()
        .expect("bash runs");
    let out = text(&output);
    assert!(output.status.success(), "{out}");
    assert!(out.contains("PITR OK"), "{out}");
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
    }
}
