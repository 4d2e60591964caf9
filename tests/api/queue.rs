//! The queue under stress: expired leases, late finishers, retries with
//! backoff, workers killed mid-run, PostgreSQL restarting, the retention
//! purge, and texts too large for one tsvector.

use std::sync::Arc;
use std::time::Duration;

use opencomplai::config::{Config, Secret};
use opencomplai::db::embedded::EmbeddedPostgres;
use opencomplai::jobs::events::Hub;
use opencomplai::jobs::pipeline::{self, Outcome, Settings};
use opencomplai::queue::claim;
use opencomplai::startup::{Application, Background};
use opencomplai_extract::Limits;
use reqwest::Method;
use serde_json::json;

use crate::helpers::{TestApp, binary, eventually, test_config};

use crate::helpers::pipeline_settings as settings;

async fn job_attempts(app: &TestApp, doc: &str) -> i32 {
    sqlx::query_scalar(
        "select attempts from jobs where document_id = $1::uuid order by created_at desc limit 1",
    )
    .bind(doc)
    .fetch_one(&app.pool)
    .await
    .expect("job")
}

#[tokio::test]
async fn a_job_whose_worker_died_is_claimed_again_when_its_lease_runs_out() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let doc = app
        .upload_ok(&me, "orphan.txt", b"left behind".to_vec())
        .await;
    let id = doc["id"].as_str().expect("id");
    // A worker claims it for half a second and is never heard from again.
    let dead = claim(&app.pool, "dead-worker", Duration::from_millis(500))
        .await
        .expect("claim")
        .expect("a job");
    assert_eq!(dead.document_id.to_string(), id);
    let mut config = Config {
        workers: 1,
        job_poll_interval_ms: 100,
        extractor_program: Some(env!("CARGO_BIN_EXE_opencomplai").into()),
        ..Config::default()
    };
    config.job_lease_secs = 5;
    let background = Background::start(
        &app.pool,
        &Arc::new(Hub::default()),
        &config,
        &opencomplai::embeddings::Embeddings::off(),
        None,
    );
    let events = app.follow(&me, id).await;
    assert_eq!(
        events.last().map(|e| e["status"].clone()),
        Some(json!("completed"))
    );
    assert_eq!(job_attempts(&app, id).await, 2, "claimed twice");
    let results: i64 =
        sqlx::query_scalar("select count(*) from processing_results where document_id = $1::uuid")
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(results, 1);
    background.stop(Duration::from_secs(5)).await;
}

#[tokio::test]
async fn a_worker_that_lost_its_lease_writes_nothing() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let doc = app
        .upload_ok(&me, "contested.txt", b"two workers".to_vec())
        .await;
    let slow = claim(&app.pool, "slow", Duration::from_secs(30))
        .await
        .expect("claim")
        .expect("job");
    // The slow worker's lease runs out (its clock moved on, not ours).
    sqlx::query("update jobs set leased_until = leased_until - interval '1 minute' where id = $1")
        .bind(slow.id)
        .execute(&app.pool)
        .await
        .expect("lease expired");
    let fast = claim(&app.pool, "fast", Duration::from_secs(30))
        .await
        .expect("claim")
        .expect("the expired job");
    assert_eq!(fast.id, slow.id);
    let s = settings(Duration::from_secs(30));
    assert_eq!(
        pipeline::run(&app.pool, &s, &fast).await.expect("run"),
        Outcome::Completed
    );
    assert_eq!(
        pipeline::run(&app.pool, &s, &slow).await.expect("run"),
        Outcome::Dropped
    );
    let results: i64 =
        sqlx::query_scalar("select count(*) from processing_results where document_id = $1::uuid")
            .bind(doc["id"].as_str().expect("id"))
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(results, 1, "exactly one result for the run");
}

#[tokio::test]
async fn transient_failures_retry_with_backoff_then_fail_with_a_readable_error() {
    let app = TestApp::spawn_with(|c| {
        c.workers = 0;
        c.job_max_attempts = 2;
    })
    .await;
    let me = app.account().await;
    let doc = app
        .upload_ok(&me, "lost.txt", b"stored bytes".to_vec())
        .await;
    let id = doc["id"].as_str().expect("id");
    // Storage trouble (the original's chunks cannot be read) is transient:
    // it may clear up, so the run is retried rather than failed at once.
    sqlx::query("delete from document_file_chunks")
        .execute(&app.pool)
        .await
        .expect("break storage");
    let s = settings(Duration::from_secs(30));
    let job = claim(&app.pool, "w", Duration::from_secs(30))
        .await
        .expect("claim")
        .expect("job");
    let outcome = pipeline::run(&app.pool, &s, &job).await.expect("run");
    assert!(matches!(outcome, Outcome::Retrying(_)), "{outcome:?}");
    let d = app.document(&me, id).await;
    assert_eq!(d["processing_status"], "pending");
    let note = d["processing_error"].as_str().unwrap_or_default();
    assert!(
        note.contains("attempt 1 of 2 failed: database error") && note.contains("retrying in 2 s"),
        "{note}"
    );
    let wait: f64 = sqlx::query_scalar(
        "select extract(epoch from run_at - now() at time zone 'utc')::float8 from jobs where document_id = $1::uuid",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .expect("run_at");
    assert!(
        (1.0..=2.5).contains(&wait),
        "backoff of about 2 s, got {wait}"
    );
    assert!(
        claim(&app.pool, "w", Duration::from_secs(30))
            .await
            .expect("claim")
            .is_none(),
        "not before its time"
    );
    sqlx::query("update jobs set run_at = now() at time zone 'utc'")
        .execute(&app.pool)
        .await
        .expect("due");
    let job = claim(&app.pool, "w", Duration::from_secs(30))
        .await
        .expect("claim")
        .expect("job");
    let outcome = pipeline::run(&app.pool, &s, &job).await.expect("run");
    assert!(matches!(outcome, Outcome::Failed(_)), "{outcome:?}");
    let d = app.document(&me, id).await;
    assert_eq!(d["processing_status"], "failed");
    let error = d["processing_error"].as_str().unwrap_or_default();
    assert!(
        error.starts_with("gave up after 2 attempts: database error"),
        "{error}"
    );
}

#[tokio::test]
async fn every_document_completes_once_while_worker_processes_are_killed() {
    let app = TestApp::spawn_with(|c| {
        c.workers = 0;
        c.rate_limit_free_per_minute = 10_000;
    })
    .await;
    let me = app.account().await;
    const DOCS: i64 = 400;
    for i in 0..DOCS {
        let body = format!(
            "Invoice {i}\n{}",
            "line of an invoice with some words\n".repeat(200)
        );
        app.upload_ok(&me, &format!("invoice-{i}.txt"), body.into_bytes())
            .await;
    }
    let start_worker = || {
        binary()
            .arg("worker")
            .env("DATABASE_URL", app.database_url())
            .env("OPENCOMPLAI_WORKERS", "2")
            .env("OPENCOMPLAI_JOB_LEASE_SECS", "3")
            .env("OPENCOMPLAI_JOB_POLL_INTERVAL_MS", "200")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("worker starts")
    };
    let mut workers = vec![start_worker(), start_worker()];
    const COMPLETED: &str = "select count(*) from documents where processing_status = 'completed'";
    let mut kills = 0;
    for threshold in [DOCS / 10, DOCS / 3, DOCS / 2] {
        app.until_count(COMPLETED, threshold, Duration::from_secs(120))
            .await;
        let mut victim = workers.remove(0);
        victim.kill().expect("SIGKILL");
        victim.wait().expect("reaped");
        kills += 1;
        workers.push(start_worker());
    }
    app.until_count(COMPLETED, DOCS, Duration::from_secs(120))
        .await;
    for mut w in workers {
        let _ = w.kill();
        let _ = w.wait();
    }
    assert_eq!(kills, 3);
    let stuck: i64 =
        sqlx::query_scalar("select count(*) from documents where processing_status <> 'completed'")
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(stuck, 0);
    let (results, docs_with_one): (i64, i64) =
        sqlx::query_as("select count(*), count(distinct document_id) from processing_results")
            .fetch_one(&app.pool)
            .await
            .expect("counts");
    assert_eq!(
        (results, docs_with_one),
        (DOCS, DOCS),
        "exactly one result row per document"
    );
}

#[tokio::test]
async fn accepted_uploads_survive_a_postgresql_restart_and_the_outage_answers_503() {
    let dir = tempfile::tempdir().expect("dir");
    let pg = EmbeddedPostgres::start(dir.path(), None)
        .await
        .expect("private server");
    let db = crate::helpers::TestDb::create().await;
    let mut config = test_config(&db);
    config.database_url = Some(Secret::new(pg.app_url("opencomplai")));
    config.database_owner_url = Some(Secret::new(pg.superuser_url("opencomplai")));
    config.workers = 0;
    config.job_poll_interval_ms = 200;
    // Requests during the outage give up on a connection after a second.
    config.database_acquire_timeout_secs = 1;
    let app = Application::build(config).await.expect("builds");
    let addr = app.local_addr().expect("addr");
    let pool = app.pool().clone();
    tokio::spawn(app.run_until(std::future::pending()));
    let client = reqwest::Client::new();
    let base = format!("http://{addr}");
    client
        .post(format!("{base}/v1/auth/register"))
        .json(&json!({"email": "ops@example.org", "password": crate::helpers::PASSWORD}))
        .send()
        .await
        .expect("register");
    let login: serde_json::Value = client
        .post(format!("{base}/v1/auth/login"))
        .json(&json!({"email": "ops@example.org", "password": crate::helpers::PASSWORD}))
        .send()
        .await
        .expect("login")
        .json()
        .await
        .expect("json");
    let token = login["access_token"].as_str().expect("token").to_owned();
    for i in 0..20 {
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(format!("doc {i}").into_bytes()).file_name("d.txt"),
        );
        let r = client
            .post(format!("{base}/v1/documents"))
            .bearer_auth(&token)
            .multipart(form)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 202);
    }

    // Workers (with their own listener) run through the outage; a run cut
    // off by it is claimed again when its short lease runs out.
    let config = Config {
        workers: 2,
        job_poll_interval_ms: 100,
        job_lease_secs: 3,
        extractor_program: Some(env!("CARGO_BIN_EXE_opencomplai").into()),
        ..Config::default()
    };
    let background = Background::start(
        &pool,
        &Arc::new(Hub::default()),
        &config,
        &opencomplai::embeddings::Embeddings::off(),
        None,
    );
    pg.stop().await.expect("stop");
    let r = client
        .get(format!("{base}/v1/documents"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 503);
    let body: serde_json::Value = r.json().await.expect("envelope");
    assert_eq!(body["error"]["code"], "unavailable");
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(b"during".to_vec()).file_name("d.txt"),
    );
    let r = client
        .post(format!("{base}/v1/documents"))
        .bearer_auth(&token)
        .multipart(form)
        .send()
        .await
        .expect("sent");
    assert_eq!(
        r.status(),
        503,
        "an upload during the outage is refused, not lost silently"
    );
    assert_eq!(
        client
            .get(format!("{base}/ready"))
            .send()
            .await
            .expect("sent")
            .status(),
        503
    );
    assert_eq!(
        client
            .get(format!("{base}/health"))
            .send()
            .await
            .expect("sent")
            .status(),
        200
    );

    let pg = EmbeddedPostgres::start(dir.path(), None)
        .await
        .expect("restarted");
    let ready = format!("{base}/ready");
    eventually(
        Duration::from_secs(60),
        "the service recovers by itself",
        || {
            let (client, ready) = (client.clone(), ready.clone());
            async move {
                client
                    .get(ready)
                    .send()
                    .await
                    .map(|r| r.status() == 200)
                    .unwrap_or(false)
            }
        },
    )
    .await;
    eventually(
        Duration::from_secs(60),
        "every accepted upload is processed",
        || {
            let pool = pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(
                    "select count(*) from documents where processing_status = 'completed'",
                )
                .fetch_one(&pool)
                .await
                .unwrap_or(0)
                    == 20
            }
        },
    )
    .await;
    background.stop(Duration::from_secs(5)).await;
    drop(pg);
}

#[tokio::test]
async fn soft_deleted_documents_are_purged_after_the_retention_period_and_audited() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let old = app.upload_ok(&me, "old.txt", b"expired".to_vec()).await;
    let recent = app
        .upload_ok(&me, "recent.txt", b"keep a while".to_vec())
        .await;
    for d in [&old, &recent] {
        let id = d["id"].as_str().expect("id");
        app.follow(&me, id).await;
        app.authed(Method::DELETE, &format!("/v1/documents/{id}"), &me.token)
            .send()
            .await
            .expect("sent");
    }
    sqlx::query(
        "update documents set deleted_at = deleted_at - interval '40 days' where id = $1::uuid",
    )
    .bind(old["id"].as_str().expect("id"))
    .execute(&app.pool)
    .await
    .expect("age");
    let purged = opencomplai::documents::retention::purge_due(&app.pool, 30)
        .await
        .expect("purge");
    assert_eq!(purged, 1);
    assert_eq!(
        app.count("select count(*) from documents").await,
        1,
        "the recent one stays restorable"
    );
    assert_eq!(app.count("select count(*) from document_files").await, 1);
    assert_eq!(
        app.count("select count(*) from processing_results").await,
        1
    );
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs where action = 'purge' and resource_type = 'document' and resource_id = $1::uuid",
    )
    .bind(old["id"].as_str().expect("id"))
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_text_too_large_for_one_tsvector_is_stored_whole_and_searchable_in_part() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    // 300,000 distinct made-up words: far past the 1 MB a tsvector can hold.
    let mut text = String::new();
    for i in 0..300_000u32 {
        let mut n = i;
        let mut word = String::from("q");
        for _ in 0..5 {
            word.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
        }
        text.push_str(&word);
        text.push(' ');
    }
    let doc = app
        .upload_ok(&me, "noise.txt", text.clone().into_bytes())
        .await;
    let id = doc["id"].as_str().expect("id");
    let events = app.follow(&me, id).await;
    assert_eq!(
        events.last().map(|e| e["status"].clone()),
        Some(json!("completed")),
        "{events:?}"
    );
    let result = app.results(&me, id).await;
    assert_eq!(
        result["extracted_text"].as_str().map(str::len),
        Some(text.len()),
        "the full text is kept in the results"
    );
    let notes = result["quality_notes"].as_str().unwrap_or_default();
    assert!(notes.contains("searchable content cut"), "{notes}");
    let hits = app
        .count(
            "select count(*) from documents where search_vector @@ to_tsquery('simple', 'qaaaaa')",
        )
        .await;
    assert_eq!(hits, 1, "the start of the text is searchable");
}

#[tokio::test]
async fn an_original_over_the_extraction_limit_fails_without_being_read() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let doc = app.upload_ok(&me, "big.txt", vec![b'a'; 100]).await;
    let limits = Limits {
        max_input_bytes: 10,
        ..Limits::default()
    };
    let s = Settings {
        limits,
        ..settings(Duration::from_secs(30))
    };
    let job = claim(&app.pool, "w", Duration::from_secs(30))
        .await
        .expect("claim")
        .expect("job");
    let outcome = pipeline::run(&app.pool, &s, &job).await.expect("run");
    assert_eq!(
        outcome,
        Outcome::Failed("the file is 100 bytes, over the 10-byte extraction limit".into())
    );
    let d = app.document(&me, doc["id"].as_str().expect("id")).await;
    assert_eq!(d["processing_status"], "failed");
}

#[tokio::test]
async fn one_accounts_flood_does_not_hold_back_another_accounts_upload() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let flood = app.account().await;
    let other = app.account().await;
    let mut flooded = Vec::new();
    for i in 0..40 {
        let doc = app
            .upload_ok(
                &flood,
                &format!("bulk-{i}.txt"),
                format!("Bulk page {i}.").into_bytes(),
            )
            .await;
        flooded.push(doc["id"].as_str().expect("id").to_owned());
    }
    let single = app
        .upload_ok(&other, "mine.txt", b"One letter of my own.".to_vec())
        .await;
    let single = single["id"].as_str().expect("id").to_owned();
    // Workers take jobs in this order: the other account's one upload is
    // among the first two, not behind forty.
    let mut order = Vec::new();
    for _ in 0..4 {
        let job = claim(&app.pool, "test", Duration::from_secs(600))
            .await
            .expect("claim")
            .expect("a job is due");
        order.push(job.document_id.to_string());
    }
    let at = order.iter().position(|d| *d == single);
    assert!(
        at.is_some_and(|at| at <= 1),
        "{order:?}, the single upload {single}"
    );
    // The flooding account's own jobs still run in the order it queued them.
    let own: Vec<&String> = order.iter().filter(|d| **d != single).collect();
    assert_eq!(own, flooded.iter().take(own.len()).collect::<Vec<_>>());
}

#[tokio::test]
async fn an_account_runs_no_more_jobs_at_once_than_its_tier_allows() {
    use opencomplai::queue::{RunningCaps, claim_within};
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let busy = app.account().await;
    let other = app.account().await;
    for i in 0..5 {
        app.upload_ok(
            &busy,
            &format!("page-{i}.txt"),
            format!("Page {i}.").into_bytes(),
        )
        .await;
    }
    let caps = RunningCaps {
        free: 2,
        pro: 0,
        enterprise: 0,
    };
    let lease = Duration::from_secs(600);
    for _ in 0..2 {
        let job = claim_within(&app.pool, "test", lease, caps)
            .await
            .expect("claim");
        assert!(job.is_some(), "within the cap");
    }
    // Two of its jobs run: its other three wait, however early they came.
    let none = claim_within(&app.pool, "test", lease, caps)
        .await
        .expect("claim");
    assert!(none.is_none(), "{none:?}");
    // Another account's job is taken meanwhile.
    let theirs = app
        .upload_ok(&other, "theirs.txt", b"Their letter.".to_vec())
        .await;
    let job = claim_within(&app.pool, "test", lease, caps)
        .await
        .expect("claim")
        .expect("the other account's job");
    assert_eq!(
        job.document_id.to_string(),
        theirs["id"].as_str().expect("id")
    );
    // On a tier without a cap, the waiting three run.
    sqlx::query("update users set tier = 'pro' where id = $1")
        .bind(busy.id)
        .execute(&app.pool)
        .await
        .expect("tier");
    for _ in 0..3 {
        let job = claim_within(&app.pool, "test", lease, caps)
            .await
            .expect("claim");
        assert!(job.is_some(), "no cap on pro here");
    }
}

#[tokio::test]
async fn a_status_change_announces_a_status_event_the_listener_can_read() {
    use opencomplai::documents::{ProcessingStatus, StatusEvent, Transition, status};
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let doc = app.upload_ok(&me, "note.txt", b"hello".to_vec()).await;
    let id: uuid::Uuid = doc["id"].as_str().expect("id").parse().expect("uuid");
    let mut listener = sqlx::postgres::PgListener::connect_with(&app.pool)
        .await
        .expect("listener");
    listener
        .listen(status::STATUS_CHANNEL)
        .await
        .expect("listen");
    // A failure whose reason is longer than an announcement carries.
    let reason = "é".repeat(1500);
    let mut tx = app.pool.begin().await.expect("begin");
    let moved = status::transition(&mut tx, me.id, id, Transition::Fail { error: &reason })
        .await
        .expect("transition");
    assert!(moved.is_some(), "the document moved");
    tx.commit().await.expect("commit");
    let heard = tokio::time::timeout(Duration::from_secs(10), listener.recv())
        .await
        .expect("announced in time")
        .expect("notification");
    let event: StatusEvent = serde_json::from_str(heard.payload()).expect("a StatusEvent");
    assert_eq!(event.id, id);
    assert_eq!(event.user_id, me.id);
    assert_eq!(event.status, ProcessingStatus::Failed);
    assert_eq!(
        event.error.as_deref(),
        Some("é".repeat(1000).as_str()),
        "the reason, cut to 1,000 characters"
    );
    // No document, no announcement.
    let mut tx = app.pool.begin().await.expect("begin");
    let none = status::transition(&mut tx, me.id, uuid::Uuid::new_v4(), Transition::Reprocess)
        .await
        .expect("transition");
    assert!(none.is_none());
    tx.commit().await.expect("commit");
    let nothing = tokio::time::timeout(Duration::from_millis(500), listener.recv()).await;
    assert!(nothing.is_err(), "nothing announced: {nothing:?}");
}

#[tokio::test]
async fn a_claim_starts_its_live_documents_at_once_and_ends_the_jobs_of_deleted_ones() {
    use opencomplai::queue::RunningCaps;
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let live = app.upload_ok(&me, "live.txt", b"kept".to_vec()).await;
    let gone = app.upload_ok(&me, "gone.txt", b"deleted".to_vec()).await;
    let live: uuid::Uuid = live["id"].as_str().expect("id").parse().expect("uuid");
    let gone: uuid::Uuid = gone["id"].as_str().expect("id").parse().expect("uuid");
    // Deleted after it was queued, before any worker claimed it.
    sqlx::query("update documents set deleted_at = now() at time zone 'utc' where id = $1")
        .bind(gone)
        .execute(&app.pool)
        .await
        .expect("deleted");
    let started = pipeline::claim(
        &app.pool,
        "test-worker",
        Duration::from_secs(30),
        RunningCaps::NONE,
        10,
    )
    .await
    .expect("claim");
    assert_eq!(started.len(), 1, "{started:?}");
    assert_eq!(started[0].document_id, live);
    assert_eq!(
        started[0].started,
        Some((me.id, Some("txt".to_owned()))),
        "marked processing by the claim, with its account and file type"
    );
    let status: String =
        sqlx::query_scalar("select processing_status from documents where id = $1")
            .bind(live)
            .fetch_one(&app.pool)
            .await
            .expect("status");
    assert_eq!(status, "processing");
    let (state, error): (String, Option<String>) =
        sqlx::query_as("select state, last_error from jobs where document_id = $1")
            .bind(gone)
            .fetch_one(&app.pool)
            .await
            .expect("job");
    assert_eq!(state, "done");
    assert_eq!(error.as_deref(), Some("document deleted before processing"));
    let gone_status: String =
        sqlx::query_scalar("select processing_status from documents where id = $1")
            .bind(gone)
            .fetch_one(&app.pool)
            .await
            .expect("status");
    assert_eq!(gone_status, "pending", "a deleted document is not started");
}
