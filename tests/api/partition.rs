//! The audit trail partitioned by month (migration 0019): the table is
//! partitioned with the coming months made ahead, every partition refuses
//! updates, deletes and truncation (the application role cannot address
//! one at all), a trail written before 0019 keeps its rows and its chain
//! through the conversion, and old months are archived to files that hold
//! every row, verification saying "archived" rather than "deleted".

use std::io::Read;
use std::time::Duration;

use opencomplai::audit::chain::{self, CONTENT_COLUMNS, Content};
use opencomplai::audit::keys::SigningKeys;
use opencomplai::audit::partitions;
use opencomplai::db::migrate;
use sqlx::{Connection, PgConnection, PgPool, Row as _};

use crate::helpers::{TestApp, TestDb, binary, data_dir_for, eventually, pg_dump_to};

/// The SQLSTATE and message of `sql`'s failure, which it must fail.
async fn refusal(conn: &mut PgConnection, sql: &str) -> (String, String) {
    let err = sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(&mut *conn)
        .await
        .expect_err(sql);
    let db = err.as_database_error().expect("a database error");
    (
        db.code().unwrap_or_default().into_owned(),
        db.message().to_owned(),
    )
}

async fn partition_names(pool: &PgPool) -> Vec<String> {
    sqlx::query_scalar("select partition::text from audit_logs_partition_bounds() order by 1")
        .fetch_all(pool)
        .await
        .expect("partitions")
}

/// `audit_logs_yYYYYmMM` for the month `months` after the current one.
async fn month_partition(pool: &PgPool, months: i32) -> String {
    sqlx::query_scalar(
        "select to_char(date_trunc('month', now() at time zone 'utc')
                        + make_interval(months => $1), '\"audit_logs_y\"YYYY\"m\"MM')",
    )
    .bind(months)
    .fetch_one(pool)
    .await
    .expect("name")
}

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

#[tokio::test]
async fn partition_audit_logs_is_partitioned_with_the_coming_months_made_at_start() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let kind: String =
        sqlx::query_scalar("select relkind::text from pg_class where oid = 'audit_logs'::regclass")
            .fetch_one(&app.pool)
            .await
            .expect("relkind");
    assert_eq!(kind, "p");
    let names = partition_names(&app.pool).await;
    for months in 1..=partitions::MONTHS_AHEAD {
        let name = month_partition(&app.pool, months).await;
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    // This month is covered (by the partition holding the rows from before
    // the conversion, in a database made this month).
    let covered: bool = sqlx::query_scalar(
        "select exists (select 1 from audit_logs_partition_bounds()
                        where coalesce(lower_bound, '-infinity') <= now() at time zone 'utc'
                          and upper_bound > now() at time zone 'utc')",
    )
    .fetch_one(&app.pool)
    .await
    .expect("covered");
    assert!(covered);
    // Audited requests go on through the parent, as the application role.
    let me = app.account().await;
    assert!(!app.audit_rows(me.id).await.is_empty());
    // The service may make more months, and nothing else.
    let mut conn = PgConnection::connect(app.app_database_url())
        .await
        .expect("as the app");
    let made: i32 = sqlx::query_scalar("select audit_logs_ensure_partitions(5)")
        .fetch_one(&mut conn)
        .await
        .expect("the app role makes partitions");
    assert_eq!(made, 5 - partitions::MONTHS_AHEAD);
    let (code, _) = refusal(&mut conn, "select audit_logs_ensure_partitions(100)").await;
    assert_eq!(code, "P0001", "at most two years ahead");
    let (code, _) = refusal(
        &mut conn,
        "select audit_logs_create_partition('2020-01-01')",
    )
    .await;
    assert_eq!(code, "42501", "the owner's alone");
    conn.close().await.expect("close");
}

#[tokio::test]
async fn partition_every_partition_refuses_update_delete_and_truncate() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    sealed(&app).await;
    // One more made later by the service, as at the turn of a month.
    sqlx::query("select audit_logs_ensure_partitions(6)")
        .execute(&app.pool)
        .await
        .expect("ensure");
    let names = partition_names(&app.pool).await;
    assert!(names.len() >= 7, "{names:?}");

    // As the owner: the triggers are on every partition, and fire.
    for name in &names {
        let triggers: Vec<String> = sqlx::query_scalar(
            "select tgname::text from pg_trigger
             where tgrelid = $1::regclass and not tgisinternal and tgenabled = 'O' order by 1",
        )
        .bind(name)
        .fetch_all(&app.pool)
        .await
        .expect("triggers");
        assert_eq!(
            triggers,
            [
                "audit_logs_no_delete",
                "audit_logs_no_truncate",
                "audit_logs_seal_or_erase_only"
            ],
            "{name}"
        );
    }
    let mut owner = PgConnection::connect(app.database_url())
        .await
        .expect("owner");
    let holding: String = sqlx::query_scalar(
        "select tableoid::regclass::text from audit_logs where user_id = $1 limit 1",
    )
    .bind(me.id)
    .fetch_one(&mut owner)
    .await
    .expect("the partition holding the account's rows");
    for table in names.iter().chain([&"audit_logs".to_owned()]) {
        let (code, message) = refusal(&mut owner, &format!("truncate {table}")).await;
        assert_eq!(code, "P0001", "truncate {table}: {message}");
        assert!(message.contains("append-only"), "{message}");
    }
    for table in [holding.as_str(), "audit_logs"] {
        for sql in [
            format!("delete from {table}"),
            format!("update {table} set action = 'tampered'"),
        ] {
            let (code, message) = refusal(&mut owner, &sql).await;
            assert_eq!(code, "P0001", "{sql}: {message}");
        }
    }
    owner.close().await.expect("close");

    // As the application role: no partition can be addressed at all, and
    // the parent refuses as before.
    let mut conn = PgConnection::connect(app.app_database_url())
        .await
        .expect("as the app");
    for name in &names {
        for sql in [
            format!("truncate {name}"),
            format!("delete from {name}"),
            format!("update {name} set action = 'tampered'"),
            format!("insert into {name} (action, resource_type) values ('x', 'y')"),
            format!("select 1 from {name}"),
        ] {
            let (code, message) = refusal(&mut conn, &sql).await;
            assert_eq!(code, "42501", "{sql}: {message}");
        }
    }
    for sql in ["truncate audit_logs", "delete from audit_logs"] {
        assert_eq!(refusal(&mut conn, sql).await.0, "42501", "{sql}");
    }
    let (code, _) = refusal(&mut conn, "update audit_logs set action = 'tampered'").await;
    assert_eq!(code, "P0001", "the trigger refuses the edit");
    conn.close().await.expect("close");
}

/// Seals every unsealed row with a time, oldest first, as the sealer
/// would had it run when they were written (it leaves rows older than a
/// commit can take to verification), and signs a checkpoint at the end.
/// The audit trail of the database at `url` verified offline, from a plain
/// `pg_dump` written into `dir`.
fn verify_dump(url: &str, dir: &std::path::Path, keys: &SigningKeys) -> chain::Report {
    let dump = dir.join("dump.sql");
    pg_dump_to(url, &dump);
    let dumped = opencomplai::audit::dump::read(std::io::BufReader::new(
        std::fs::File::open(&dump).expect("dump"),
    ))
    .expect("read the dump");
    opencomplai::audit::dump::verify(dumped, &keys.public(), None)
}

async fn seal_history(pool: &PgPool, keys: &SigningKeys) {
    let mut tx = pool.begin().await.expect("begin");
    let last: Option<(i64, Vec<u8>)> = sqlx::query_as(
        "select chain_seq, chain_hash from audit_logs
         where chain_seq is not null order by chain_seq desc limit 1",
    )
    .fetch_optional(&mut *tx)
    .await
    .expect("last");
    let (mut seq, mut prev) = last.unwrap_or((0, vec![0; 32]));
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {CONTENT_COLUMNS} from audit_logs
         where chain_seq is null and created_at is not null order by created_at, id"
    )))
    .fetch_all(&mut *tx)
    .await
    .expect("rows");
    for row in rows {
        let text = |name: &str| row.try_get::<Option<String>, _>(name).expect(name);
        let content = Content {
            id: text("id").expect("id"),
            user_id: text("user_id"),
            action: text("action").expect("action"),
            resource_type: text("resource_type").expect("type"),
            resource_id: text("resource_id"),
            old_values: text("old_values"),
            new_values: text("new_values"),
            ip_address: text("ip_address"),
            user_agent: text("user_agent"),
            request_id: text("request_id"),
            created_at: text("created_at").expect("time"),
        };
        let payload = chain::payload_digest(&content);
        let digest = chain::content_digest(&content, &payload);
        seq += 1;
        let hash = chain::link(&prev, seq, &digest);
        sqlx::query(
            "update audit_logs set chain_seq = $1, payload_digest = $2, content_digest = $3,
                    chain_hash = $4
             where id = $5::uuid",
        )
        .bind(seq)
        .bind(payload.to_vec())
        .bind(digest.to_vec())
        .bind(hash.to_vec())
        .bind(&content.id)
        .execute(&mut *tx)
        .await
        .expect("seal");
        prev = hash.to_vec();
    }
    let at: String = sqlx::query_scalar("select (now() at time zone 'utc')::timestamp(6)::text")
        .fetch_one(&mut *tx)
        .await
        .expect("now");
    sqlx::query(
        "insert into audit_checkpoints (chain_seq, chain_hash, created_at, key_id, signature)
         values ($1, $2, $3::timestamp, $4, $5)",
    )
    .bind(seq)
    .bind(&prev)
    .bind(&at)
    .bind(keys.public().key_id())
    .bind(keys.sign(&chain::checkpoint_message(seq, &prev, &at)))
    .execute(&mut *tx)
    .await
    .expect("checkpoint");
    tx.commit().await.expect("commit");
}

/// `per_month` rows in each of the months `from` to `to` before the
/// current one (negative: before), written behind the service's back.
async fn history(pool: &PgPool, months: std::ops::RangeInclusive<i32>, per_month: i32) {
    sqlx::query(
        "insert into audit_logs (action, resource_type, resource_id, new_values, ip_address,
                                 user_agent, created_at)
         select 'read', 'document', gen_random_uuid(),
                jsonb_build_object('title', 'Memo ' || m || '/' || k, 'note', e'two\\nlines'),
                '192.0.2.7', 'Mozilla/5.0 (history)',
                date_trunc('month', now() at time zone 'utc') + make_interval(months => m)
                    + make_interval(days => k, secs => k * 1.5)
         from generate_series($1::int, $2::int) m, generate_series(1, $3::int) k",
    )
    .bind(*months.start())
    .bind(*months.end())
    .bind(per_month)
    .execute(pool)
    .await
    .expect("history");
}

#[tokio::test]
async fn partition_a_trail_written_before_0019_keeps_its_rows_and_its_chain() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    migrate::run_up_to(&pool, 18).await.expect("up to 0018");
    let keys = SigningKeys::load(&data_dir_for(&db), None).expect("keys");
    // Fourteen months of history, sealed and signed, and one row that
    // never had a time (the column allowed it before 0019).
    history(&pool, -14..=-1, 3).await;
    seal_history(&pool, &keys).await;
    sqlx::query(
        "insert into audit_logs (id, action, resource_type, created_at)
         values ('00000000-0000-0000-0000-0000000000ee', 'read', 'document', null)",
    )
    .execute(&pool)
    .await
    .expect("a row without a time");
    let before: Vec<String> = sqlx::query_scalar(
        "select a::text from audit_logs a where created_at is not null order by id",
    )
    .fetch_all(&pool)
    .await
    .expect("rows before");

    // The preparation, outside a transaction: the keys' indexes built
    // concurrently and the bound proven, while writes could go on.
    migrate::prepare_audit_partitioning(&pool)
        .await
        .expect("prepared");
    let prepared: (i64, Option<bool>) = sqlx::query_as(
        "select (select count(*) from pg_index
                 where indrelid = 'audit_logs'::regclass and indisvalid and indisunique
                   and indexrelid::regclass::text like 'audit_logs_legacy_%'),
                (select convalidated from pg_constraint
                 where conrelid = 'audit_logs'::regclass and conname = 'audit_logs_partition_bound')",
    )
    .fetch_one(&pool)
    .await
    .expect("prepared");
    // No bound check while a row has no time: 0019 gives it one and then
    // proves the bound itself (a scan, under its lock).
    assert_eq!(prepared, (2, None));
    // The full migration run (which would prepare too).
    migrate::run(&pool).await.expect("0019 applies");
    let kind: String =
        sqlx::query_scalar("select relkind::text from pg_class where oid = 'audit_logs'::regclass")
            .fetch_one(&pool)
            .await
            .expect("relkind");
    assert_eq!(kind, "p");
    let after: Vec<String> = sqlx::query_scalar(
        "select a::text from audit_logs a where created_at <> 'epoch' order by id",
    )
    .fetch_all(&pool)
    .await
    .expect("rows after");
    assert_eq!(before, after, "every row as it was");
    let legacy: String = sqlx::query_scalar(
        "select partition::text from audit_logs_partition_bounds() where lower_bound is null",
    )
    .fetch_one(&pool)
    .await
    .expect("the legacy partition");
    assert!(legacy.starts_with("audit_logs_before_"), "{legacy}");
    let built_ahead: i64 = sqlx::query_scalar(
        "select count(*) from pg_class where relname in ('audit_logs_legacy_id_created_at',
                                                         'audit_logs_legacy_chain_seq_created_at')",
    )
    .fetch_one(&pool)
    .await
    .expect("indexes");
    assert_eq!(
        built_ahead, 0,
        "the indexes built ahead became the legacy partition's keys"
    );

    // The service seals on after the conversion, and the chain verifies
    // across it; the row without a time is still named.
    let app = TestApp::spawn_on(db, |c| c.workers = 0).await;
    app.account().await;
    sealed_except_timeless(&app).await;
    let report = chain::verify_live(&app.pool, &keys.public(), None)
        .await
        .expect("verify");
    assert_eq!(report.rows_checked, report.sealed_up_to);
    assert!(report.sealed_up_to > 14 * 3, "{report:?}");
    assert_eq!(report.problems.len(), 1, "{report:?}");
    assert_eq!(report.problems[0].kind, "inserted");
    assert_eq!(
        report.problems[0].row_id.as_deref(),
        Some("00000000-0000-0000-0000-0000000000ee")
    );
}

async fn sealed_except_timeless(app: &TestApp) {
    let pool = app.pool.clone();
    eventually(Duration::from_secs(30), "every timed row sealed", || {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "select count(*) from audit_logs where chain_seq is null and created_at <> 'epoch'",
            )
            .fetch_one(&pool)
            .await
            .unwrap_or(-1)
                == 0
        }
    })
    .await;
}

/// A migrated database whose trail has monthly partitions for the last
/// `months` months instead of the (empty) legacy one a new database
/// starts with, as a trail partitioned for that long would have.
async fn monthly_trail(pool: &PgPool, months: i32) {
    migrate::run(pool).await.expect("migrations");
    let legacy: String = sqlx::query_scalar(
        "select partition::text from audit_logs_partition_bounds() where lower_bound is null",
    )
    .fetch_one(pool)
    .await
    .expect("legacy");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "alter table audit_logs detach partition {legacy}; drop table {legacy};
         select audit_logs_create_partition(
                    date_trunc('month', now() at time zone 'utc') + make_interval(months => m))
         from generate_series(-{months}, -1) m;
         select audit_logs_ensure_partitions(3);"
    )))
    .execute(pool)
    .await
    .expect("monthly partitions");
}

#[tokio::test]
async fn partition_old_months_are_archived_to_files_that_round_trip_and_verify_as_archived() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    monthly_trail(&pool, 14).await;
    let keys = SigningKeys::load(&data_dir_for(&db), None).expect("keys");
    history(&pool, -14..=-7, 4).await;
    seal_history(&pool, &keys).await;
    history(&pool, -6..=-6, 4).await;
    seal_history(&pool, &keys).await;
    // A row committed late at a month's end holds a place after the next
    // month's first rows: the archived places are not one range.
    sqlx::query(
        "insert into audit_logs (action, resource_type, created_at)
         values ('read', 'document', date_trunc('month', now() at time zone 'utc')
                                     - interval '6 months' - interval '1 second')",
    )
    .execute(&pool)
    .await
    .expect("late row");
    seal_history(&pool, &keys).await;
    history(&pool, -5..=-1, 4).await;
    seal_history(&pool, &keys).await;
    let due: Vec<String> = sqlx::query_scalar(
        "select partition::text from audit_logs_partition_bounds()
         where upper_bound <= date_trunc('month', now() at time zone 'utc') - interval '6 months'
         order by upper_bound",
    )
    .fetch_all(&pool)
    .await
    .expect("due");
    assert_eq!(due.len(), 8, "{due:?}");
    let mut rows_before = Vec::new();
    for p in &due {
        let rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "select a::text from {p} a order by chain_seq"
        )))
        .fetch_all(&pool)
        .await
        .expect("rows");
        rows_before.push(rows);
    }

    let top = tempfile::tempdir().expect("dir");
    let dir = top.path().join("archive");
    let mut owner = PgConnection::connect(&db.url).await.expect("owner");
    let archived = partitions::archive_due(&mut owner, &dir, 6, &keys)
        .await
        .expect("archived");
    // Personal data: the directory and every file are the owner's alone.
    use std::os::unix::fs::PermissionsExt;
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("mode").permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for entry in std::fs::read_dir(&dir).expect("files") {
        let path = entry.expect("entry").path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
        assert!(
            !path.to_string_lossy().ends_with(".partial"),
            "{}",
            path.display()
        );
    }
    let names: Vec<&str> = archived.iter().map(|a| a.partition.as_str()).collect();
    assert_eq!(names, due.iter().map(String::as_str).collect::<Vec<_>>());
    // Nothing more is due the second time.
    assert!(
        partitions::archive_due(&mut owner, &dir, 6, &keys)
            .await
            .expect("again")
            .is_empty()
    );

    for (a, before) in archived.iter().zip(&rows_before) {
        let gone: bool = sqlx::query_scalar("select to_regclass($1) is null")
            .bind(&a.partition)
            .fetch_one(&pool)
            .await
            .expect("regclass");
        assert!(gone, "{} dropped", a.partition);
        assert_eq!(a.rows as usize, before.len());
        let (rows, sha) = partitions::read_back(&a.file).expect("read back");
        assert_eq!((rows, sha.as_str()), (a.rows, a.sha256.as_str()));
        let sidecar = std::fs::read_to_string(a.file.with_extension("gz.sha256")).expect("sha256");
        assert!(sidecar.starts_with(&a.sha256), "{sidecar}");
        // The file loads back into a table shaped like the trail, row for row.
        let mut copy = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&a.file).expect("open"))
            .read_to_end(&mut copy)
            .expect("gunzip");
        sqlx::raw_sql("drop table if exists restored; create table restored (like audit_logs)")
            .execute(&mut owner)
            .await
            .expect("restored table");
        let mut sink = owner
            .copy_in_raw("copy restored from stdin")
            .await
            .expect("copy in");
        sink.send(copy).await.expect("send");
        sink.finish().await.expect("finish");
        let restored: Vec<String> =
            sqlx::query_scalar("select a::text from restored a order by chain_seq")
                .fetch_all(&mut owner)
                .await
                .expect("restored rows");
        assert_eq!(&restored, before, "{}", a.partition);
    }
    let recorded: i64 = sqlx::query_scalar("select count(*) from audit_archives")
        .fetch_one(&pool)
        .await
        .expect("recorded");
    assert_eq!(recorded, 8);
    // The archive rows sealed too: each matches its signed record.
    seal_history(&pool, &keys).await;

    // Verification: the archived places are reported as such, not as
    // deleted, and the chain goes on from them.
    let report = chain::verify_live(&pool, &keys.public(), None)
        .await
        .expect("verify");
    assert!(report.ok, "{report:?}");
    let archived_rows: i64 = archived.iter().map(|a| a.rows).sum();
    assert_eq!(report.archived_rows, archived_rows);
    // The command does the same, as the owner, when the setting says so.
    let command = |months: Option<&str>| {
        let mut cmd = binary();
        cmd.env("DATABASE_URL", &db.url)
            .env("OPENCOMPLAI_DATA_DIR", data_dir_for(&db))
            .args(["audit", "archive-partitions", "--dir"])
            .arg(&dir);
        if let Some(m) = months {
            cmd.env("OPENCOMPLAI_AUDIT_PARTITION_ARCHIVE_AFTER_MONTHS", m);
        }
        let out = cmd.output().expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let never = command(None);
    assert!(never.contains("nothing archived"), "{never}");
    let sixth = month_partition(&pool, -6).await;
    let five = command(Some("5"));
    assert!(
        five.contains(&format!("archived {sixth} (4 rows")),
        "{five}"
    );
    let archived_rows = archived_rows + 4;

    // A plain pg_dump verifies the same way, offline.
    let offline = verify_dump(&db.url, &dir, &keys);
    assert!(offline.ok, "{offline:?}");
    assert_eq!(offline.archived_rows, archived_rows);
    let report = chain::verify_live(&pool, &keys.public(), None)
        .await
        .expect("verify");
    assert!(report.ok, "{report:?}");
    assert_eq!(report.archived_rows, archived_rows);

    // A row deleted after the archived ones is still named.
    let next: i64 = sqlx::query_scalar(
        "select min(chain_seq) from audit_logs where chain_seq > (select min(chain_seq) from audit_logs)",
    )
    .fetch_one(&pool)
    .await
    .expect("a place");
    let mut tx = pool.begin().await.expect("begin");
    sqlx::raw_sql("set local session_replication_role = replica")
        .execute(&mut *tx)
        .await
        .expect("triggers off");
    sqlx::query("delete from audit_logs where chain_seq = $1")
        .bind(next)
        .execute(&mut *tx)
        .await
        .expect("delete");
    tx.commit().await.expect("commit");
    let report = chain::verify_live(&pool, &keys.public(), None)
        .await
        .expect("verify");
    assert!(!report.ok);
    assert_eq!(report.problems[0].kind, "deleted", "{report:?}");
    owner.close().await.expect("close");
}

#[tokio::test]
async fn partition_temporary_tables_named_like_catalogs_do_not_steer_the_partition_maker() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let mut conn = PgConnection::connect(app.app_database_url())
        .await
        .expect("as the app");
    let app_role: String = sqlx::query_scalar("select current_user::text")
        .fetch_one(&mut conn)
        .await
        .expect("role");
    // The application role may make temporary relations: these claim that
    // every table has the truncate trigger and that nobody holds a grant.
    // Searched before pg_catalog, they would make the SECURITY DEFINER
    // function skip the trigger and the revokes.
    sqlx::raw_sql(
        "create temporary view pg_trigger as
             select c.oid as tgrelid, 'audit_logs_no_truncate'::name as tgname
             from pg_catalog.pg_class c;
         create temporary view pg_class as
             select c.oid, c.relname, c.relowner, c.relpartbound, null::aclitem[] as relacl
             from pg_catalog.pg_class c;
         create temporary view pg_inherits as select * from pg_catalog.pg_inherits;",
    )
    .execute(&mut conn)
    .await
    .expect("temporary shadows");
    let made: i32 = sqlx::query_scalar("select audit_logs_ensure_partitions(6)")
        .fetch_one(&mut conn)
        .await
        .expect("the app role makes partitions");
    assert_eq!(made, 6 - partitions::MONTHS_AHEAD);
    conn.close().await.expect("close");
    for months in partitions::MONTHS_AHEAD + 1..=6 {
        let name = month_partition(&app.pool, months).await;
        let (trigger, app_may_read): (bool, bool) = sqlx::query_as(
            "select exists (select 1 from pg_catalog.pg_trigger
                            where tgrelid = $1::regclass and tgname = 'audit_logs_no_truncate'),
                    has_table_privilege($2, $1::regclass, 'select')",
        )
        .bind(&name)
        .bind(&app_role)
        .fetch_one(&app.pool)
        .await
        .expect("look");
        assert!(trigger, "{name} has its truncate trigger");
        assert!(!app_may_read, "{name} grants the app role nothing");
    }
}

async fn partition_bound_check(pool: &PgPool) -> Option<String> {
    sqlx::query_scalar(
        "select pg_get_constraintdef(oid) from pg_constraint
         where conrelid = 'audit_logs'::regclass and conname = 'audit_logs_partition_bound'",
    )
    .fetch_optional(pool)
    .await
    .expect("check")
}

async fn relkind(pool: &PgPool) -> String {
    sqlx::query_scalar("select relkind::text from pg_class where oid = 'audit_logs'::regclass")
        .fetch_one(pool)
        .await
        .expect("relkind")
}

#[tokio::test]
async fn partition_a_failed_conversion_leaves_no_bound_check_to_stop_audit_inserts_later() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    migrate::run_up_to(&pool, 18).await.expect("up to 0018");
    history(&pool, -2..=-1, 2).await;
    // Something makes 0019 fail after the preparation added its check.
    sqlx::raw_sql("create table audit_archives (x int)")
        .execute(&pool)
        .await
        .expect("in the way");
    migrate::run(&pool).await.expect_err("0019 fails");
    // sqlx leaves its migration lock held on a failure (the process would
    // exit): a fresh pool.
    pool.close().await;
    let pool = db.pool().await;
    assert_eq!(relkind(&pool).await, "r");
    assert_eq!(partition_bound_check(&pool).await, None);

    // One left behind by a run that stopped between the two, whose bound
    // has passed: cleared before the next run (which adds a fresh one).
    sqlx::raw_sql(
        "drop table audit_archives;
         alter table audit_logs add constraint audit_logs_partition_bound
             check (created_at is not null and created_at < '2001-01-01'::timestamp) not valid",
    )
    .execute(&pool)
    .await
    .expect("a stale check");
    assert!(
        migrate::clear_partition_bound(&pool, migrate::BoundAge::Stale)
            .await
            .expect("cleared")
    );
    assert_eq!(partition_bound_check(&pool).await, None);
    sqlx::raw_sql(
        "alter table audit_logs add constraint audit_logs_partition_bound
             check (created_at is not null and created_at < '2001-01-01'::timestamp) not valid",
    )
    .execute(&pool)
    .await
    .expect("stale again");
    migrate::run(&pool).await.expect("0019 applies");
    assert_eq!(relkind(&pool).await, "p");
    sqlx::query("insert into audit_logs (action, resource_type) values ('read', 'document')")
        .execute(&pool)
        .await
        .expect("an insert now");
}

#[tokio::test]
async fn partition_a_row_dated_years_ahead_stops_the_conversion_unless_accepted() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    migrate::run_up_to(&pool, 18).await.expect("up to 0018");
    history(&pool, -2..=-1, 2).await;
    sqlx::query(
        "insert into audit_logs (action, resource_type, created_at)
         values ('read', 'document', '3000-01-01')",
    )
    .execute(&pool)
    .await
    .expect("a forged row");
    let err = migrate::run(&pool).await.expect_err("refused");
    pool.close().await;
    let pool = db.pool().await;
    let message = format!("{err:?}");
    assert!(
        message.contains("has 1 row(s) dated more than a month from now"),
        "{message}"
    );
    assert_eq!(relkind(&pool).await, "r");
    assert_eq!(partition_bound_check(&pool).await, None);

    // The documented way to convert anyway.
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "alter database {} set opencomplai.audit_future_rows = accept",
        db.name
    )))
    .execute(&pool)
    .await
    .expect("accepted");
    pool.close().await;
    let pool = db.pool().await;
    migrate::run(&pool).await.expect("0019 applies");
    assert_eq!(relkind(&pool).await, "p");
}

/// The places of the rows in the month `months` before the current one,
/// the first and last, and the chain hash at the last.
async fn month_places(pool: &PgPool, months: i32) -> (i64, i64, Vec<u8>) {
    sqlx::query_as(
        "select min(chain_seq), max(chain_seq),
                (array_agg(chain_hash order by chain_seq desc))[1]
         from audit_logs
         where created_at >= date_trunc('month', now() at time zone 'utc') + make_interval(months => $1)
           and created_at < date_trunc('month', now() at time zone 'utc') + make_interval(months => $1 + 1)",
    )
    .bind(months)
    .fetch_one(pool)
    .await
    .expect("places")
}

#[tokio::test]
async fn partition_an_archive_record_the_owner_inserted_does_not_hide_deleted_rows() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    monthly_trail(&pool, 4).await;
    let keys = SigningKeys::load(&data_dir_for(&db), None).expect("keys");
    history(&pool, -4..=-1, 3).await;
    seal_history(&pool, &keys).await;
    let (from, to, hash) = month_places(&pool, -3).await;
    let name = month_partition(&pool, -3).await;

    // The owner deletes a month's rows and calls them archived, with the
    // right places and hash (it can read them) but no key to sign with.
    let mut tx = pool.begin().await.expect("begin");
    sqlx::raw_sql("set local session_replication_role = replica")
        .execute(&mut *tx)
        .await
        .expect("triggers off");
    sqlx::query("delete from audit_logs where chain_seq between $1 and $2")
        .bind(from)
        .bind(to)
        .execute(&mut *tx)
        .await
        .expect("deleted");
    let anchors = serde_json::json!([{"from": from, "to": to, "hash": opencomplai::auth::tokens::hex(&hash)}]);
    let insert = "insert into audit_archives (partition, lower_bound, upper_bound, row_count,
                                              first_seq, last_seq, anchors, file, sha256, key_id,
                                              signature)
                  values ($1, date_trunc('month', now() at time zone 'utc') - interval '3 months',
                          date_trunc('month', now() at time zone 'utc') - interval '2 months',
                          $2, $3, $4, $5, '/dev/null', $6, $7, $8)";
    sqlx::query(insert)
        .bind(&name)
        .bind(to - from + 1)
        .bind(from)
        .bind(to)
        .bind(&anchors)
        .bind("00".repeat(32))
        .bind(keys.public().key_id())
        .bind(vec![0u8; 64])
        .execute(&mut *tx)
        .await
        .expect("a forged record");
    tx.commit().await.expect("commit");
    let report = chain::verify_live(&pool, &keys.public(), None)
        .await
        .expect("verify");
    assert!(!report.ok);
    let kinds: Vec<&str> = report.problems.iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&"forged_archive"), "{report:?}");
    assert!(kinds.contains(&"deleted"), "{report:?}");
    assert_eq!(report.archived_rows, 0);
    // The same offline, from a plain pg_dump.
    let dir = tempfile::tempdir().expect("dir");
    let offline = verify_dump(&db.url, dir.path(), &keys);
    let kinds: Vec<&str> = offline.problems.iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&"forged_archive"), "{offline:?}");
    assert!(kinds.contains(&"deleted"), "{offline:?}");

    // Even a record the key signed is no cover while an older month
    // remains before it: archiving only ever takes the oldest months.
    let (lower, upper): (String, String) = sqlx::query_as(
        "select lower_bound::text, upper_bound::text from audit_archives where partition = $1",
    )
    .bind(&name)
    .fetch_one(&pool)
    .await
    .expect("bounds");
    let mut record = chain::ArchiveRecord {
        partition: format!("{name}_again"),
        lower_bound: Some(lower),
        upper_bound: upper,
        rows: to - from + 1,
        runs: vec![chain::ArchivedRun { from, to, hash }],
        sha256: "00".repeat(32),
        audit_row_id: None,
        key_id: keys.public().key_id(),
        signature: Vec::new(),
    };
    record.signature = keys.sign(&chain::archive_message(&record));
    sqlx::query(insert)
        .bind(&record.partition)
        .bind(record.rows)
        .bind(from)
        .bind(to)
        .bind(&anchors)
        .bind(&record.sha256)
        .bind(&record.key_id)
        .bind(&record.signature)
        .execute(&pool)
        .await
        .expect("a signed record");
    let report = chain::verify_live(&pool, &keys.public(), None)
        .await
        .expect("verify");
    let kinds: Vec<&str> = report.problems.iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&"deleted"), "{report:?}");
    assert_eq!(report.archived_rows, 0);
}

#[tokio::test]
async fn partition_a_month_with_an_unsealed_row_is_not_archived() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    monthly_trail(&pool, 3).await;
    let keys = SigningKeys::load(&data_dir_for(&db), None).expect("keys");
    history(&pool, -3..=-3, 2).await;
    seal_history(&pool, &keys).await;
    history(&pool, -3..=-3, 1).await;
    let dir = tempfile::tempdir().expect("dir");
    let mut owner = PgConnection::connect(&db.url).await.expect("owner");
    let err = partitions::archive_due(&mut owner, dir.path(), 1, &keys)
        .await
        .expect_err("refused");
    assert!(format!("{err:#}").contains("1 unsealed row(s)"), "{err:#}");
    let name = month_partition(&pool, -3).await;
    let kept: bool = sqlx::query_scalar("select to_regclass($1) is not null")
        .bind(&name)
        .fetch_one(&pool)
        .await
        .expect("regclass");
    assert!(kept);
    let recorded: i64 = sqlx::query_scalar("select count(*) from audit_archives")
        .fetch_one(&pool)
        .await
        .expect("recorded");
    assert_eq!(recorded, 0);
}

#[tokio::test]
async fn partition_an_erasure_during_archiving_is_in_the_file_not_the_erased_values() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    monthly_trail(&pool, 3).await;
    let keys = SigningKeys::load(&data_dir_for(&db), None).expect("keys");
    history(&pool, -3..=-3, 3).await;
    seal_history(&pool, &keys).await;
    let (first, _, _) = month_places(&pool, -3).await;
    // The erasure's own row, sealed, names the place (the trigger wants it).
    sqlx::query(
        "insert into audit_logs (action, resource_type, resource_id, new_values)
         values ('erase', 'subject_request', gen_random_uuid(),
                 jsonb_build_object('emptied_audit_rows', jsonb_build_array($1::bigint)))",
    )
    .bind(first)
    .execute(&pool)
    .await
    .expect("erasure row");
    seal_history(&pool, &keys).await;
    // An erasure empties a row of the month and commits two seconds later,
    // while the archive has started.
    let mut eraser = PgConnection::connect(&db.url).await.expect("eraser");
    let mut tx = eraser.begin().await.expect("begin");
    sqlx::query(
        "update audit_logs set
                old_values = case when old_values is null then null else '{\"erased\": true}'::jsonb end,
                new_values = case when new_values is null then null else '{\"erased\": true}'::jsonb end,
                ip_address = null, user_agent = null, erased_at = now() at time zone 'utc'
         where chain_seq = $1",
    )
    .bind(first)
    .execute(&mut *tx)
    .await
    .expect("emptied");
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().to_owned();
    let archive_keys = keys.clone();
    let url = db.url.clone();
    let archiving = tokio::spawn(async move {
        let mut owner = PgConnection::connect(&url).await.expect("owner");
        partitions::archive_due(&mut owner, &path, 1, &archive_keys).await
    });
    tokio::time::sleep(Duration::from_secs(2)).await;
    tx.commit().await.expect("erasure commits");
    let archived = archiving.await.expect("joined").expect("archived");
    assert_eq!(archived.len(), 2, "{archived:?}");
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&archived[0].file).expect("open"))
        .read_to_string(&mut text)
        .expect("gunzip");
    assert!(
        !text.contains("Memo -3/1\""),
        "the erased title is gone: {text}"
    );
    assert!(text.contains("Memo -3/2"), "{text}");
    assert!(text.contains("\"erased\": true"), "{text}");
}

#[tokio::test]
async fn partition_the_sealer_goes_on_from_the_archive_when_every_sealed_row_is_archived() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    monthly_trail(&pool, 3).await;
    let data_dir = data_dir_for(&db);
    let keys = SigningKeys::load(&data_dir, None).expect("keys");
    history(&pool, -3..=-2, 3).await;
    seal_history(&pool, &keys).await;
    // The service remembers a checkpoint at the end of the first month.
    let (_, end, hash) = month_places(&pool, -3).await;
    let hw = chain::HighWater {
        chain_seq: end,
        chain_hash: opencomplai::auth::tokens::hex(&hash),
        created_at: "2000-01-01 00:00:00".into(),
    };
    std::fs::write(
        data_dir.join(chain::HIGH_WATER_FILE),
        serde_json::to_vec(&hw).expect("json"),
    )
    .expect("high water");
    let dir = tempfile::tempdir().expect("dir");
    let mut owner = PgConnection::connect(&db.url).await.expect("owner");
    let archived = partitions::archive_due(&mut owner, dir.path(), 1, &keys)
        .await
        .expect("archived");
    assert_eq!(archived.len(), 2);
    let sealed_left: i64 =
        sqlx::query_scalar("select count(*) from audit_logs where chain_seq is not null")
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!(sealed_left, 0, "every sealed row archived");

    // The two archive rows are sealed after place 6, not from place 1,
    // and a checkpoint is signed over them.
    let sealed = chain::seal_and_checkpoint(&pool, &keys, Some(&data_dir))
        .await
        .expect("sealed");
    assert_eq!((sealed.rows, sealed.up_to), (2, 8), "{sealed:?}");
    assert_eq!(sealed.checkpoint, Some(8));
    let report = chain::verify_live(
        &pool,
        &keys.public(),
        chain::HighWater::read(&data_dir).as_ref(),
    )
    .await
    .expect("verify");
    assert!(report.ok, "{report:?}");
    assert_eq!(report.archived_rows, 6);
}
