//! Getting many documents in safely: `Idempotency-Key` on create, an
//! identical file answered with the document already held (or kept again
//! when duplicates are allowed), ZIP archives unpacked under the
//! extractor's limits.

use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::helpers::{TestApp, envelope};

async fn documents_of(app: &TestApp, user: Uuid) -> i64 {
    sqlx::query_scalar("select count(*) from documents where user_id = $1")
        .bind(user)
        .fetch_one(&app.pool)
        .await
        .expect("count")
}

async fn leftovers(app: &TestApp) -> i64 {
    sqlx::query_scalar("select count(*) from document_files where state = 'uploading'")
        .fetch_one(&app.pool)
        .await
        .expect("count")
}

fn post_keyed(app: &TestApp, token: &str, key: &str) -> reqwest::RequestBuilder {
    app.authed(Method::POST, "/v1/documents", token)
        .header("Idempotency-Key", key)
}

fn upload_form(name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
    reqwest::multipart::Form::new().part("file", part)
}

/// A ZIP of `(path, bytes)`; a path ending in `/` is a folder.
fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (path, bytes) in members {
        if path.ends_with('/') {
            zip.add_directory(*path, options).expect("folder");
        } else {
            zip.start_file(*path, options).expect("member");
            zip.write_all(bytes).expect("write");
        }
    }
    zip.finish().expect("zip").into_inner()
}

#[tokio::test]
async fn a_json_retry_with_the_same_key_gets_the_first_answer_and_creates_nothing() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let body = json!({"title": "Order 42", "content": "Ship two crates."});
    let first = post_keyed(&app, &me.token, "order-42")
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(first.status(), 202);
    assert!(first.headers().get("idempotent-replayed").is_none());
    let first: Value = first.json().await.expect("json");
    let again = post_keyed(&app, &me.token, "order-42")
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(again.status(), 202);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    let again: Value = again.json().await.expect("json");
    assert_eq!(again, first, "the very same answer");
    assert_eq!(documents_of(&app, me.id).await, 1);

    let other_body = post_keyed(&app, &me.token, "order-42")
        .json(&json!({"title": "Order 43", "content": "Ship three crates."}))
        .send()
        .await
        .expect("sent");
    let (status, code, envelope) = envelope(other_body).await;
    assert_eq!((status, code.as_str()), (422, "validation_failed"));
    assert_eq!(envelope["error"]["details"][0]["field"], "Idempotency-Key");
    assert!(
        envelope["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("another request")),
        "{envelope}"
    );
    assert_eq!(documents_of(&app, me.id).await, 1);

    // Keys are the account's own.
    let other = app.account().await;
    let theirs: Value = post_keyed(&app, &other.token, "order-42")
        .json(&body)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_ne!(theirs["id"], first["id"]);
}

#[tokio::test]
async fn concurrent_retries_with_one_key_make_one_document() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let body = json!({"title": "Once", "content": "Only one of me."});
    let sends = (0..6).map(|_| post_keyed(&app, &me.token, "same-key").json(&body).send());
    let answers = futures_util::future::join_all(sends).await;
    let mut ids = Vec::new();
    for answer in answers {
        let answer = answer.expect("sent");
        let status = answer.status().as_u16();
        let body: Value = answer.json().await.expect("json");
        match status {
            202 => ids.push(body["id"].as_str().expect("id").to_owned()),
            409 => assert_eq!(body["error"]["code"], "conflict", "{body}"),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "every answer names the one document");
    assert_eq!(documents_of(&app, me.id).await, 1);
}

#[tokio::test]
async fn an_upload_retried_with_its_key_is_answered_once_and_leaves_nothing_behind() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let send = |bytes: &'static [u8]| {
        post_keyed(&app, &me.token, "scan-0001")
            .multipart(upload_form("scan.txt", bytes.to_vec()))
            .send()
    };
    let first = send(b"page one").await.expect("sent");
    assert_eq!(first.status(), 202);
    let first: Value = first.json().await.expect("json");
    let again = send(b"page one").await.expect("sent");
    assert_eq!(again.status(), 202);
    assert_eq!(again.json::<Value>().await.expect("json"), first);
    let changed = send(b"page two").await.expect("sent");
    let (status, _, _) = envelope(changed).await;
    assert_eq!(status, 422, "another file under the same key");
    assert_eq!(documents_of(&app, me.id).await, 1);
    assert_eq!(leftovers(&app).await, 0, "retries' staged files are gone");
}

#[tokio::test]
async fn a_key_out_of_bounds_is_refused_with_the_envelope() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let body = json!({"title": "x", "content": "y"});
    for key in [
        reqwest::header::HeaderValue::from_str(&"k".repeat(256)).expect("header"),
        reqwest::header::HeaderValue::from_bytes("caf\u{e9}".as_bytes()).expect("header"),
        reqwest::header::HeaderValue::from_static(""),
    ] {
        let r = app
            .authed(Method::POST, "/v1/documents", &me.token)
            .header("Idempotency-Key", key)
            .json(&body)
            .send()
            .await
            .expect("sent");
        let (status, code, envelope) = envelope(r).await;
        assert_eq!((status, code.as_str()), (422, "validation_failed"));
        assert_eq!(envelope["error"]["details"][0]["field"], "Idempotency-Key");
    }
    assert_eq!(documents_of(&app, me.id).await, 0);
}

#[tokio::test]
async fn a_key_is_forgotten_after_a_day() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let body = json!({"title": "Daily", "content": "Report."});
    let first: Value = post_keyed(&app, &me.token, "daily")
        .json(&body)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    sqlx::query("update idempotency_keys set created_at = created_at - interval '25 hours'")
        .execute(&app.pool)
        .await
        .expect("age the key");
    let later: Value = post_keyed(&app, &me.token, "daily")
        .json(&body)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_ne!(later["id"], first["id"], "an expired key is a new request");
    sqlx::query("update idempotency_keys set created_at = created_at - interval '25 hours'")
        .execute(&app.pool)
        .await
        .expect("age the key");
    let purged = opencomplai::documents::idempotency::purge_expired(&app.pool)
        .await
        .expect("purge");
    assert_eq!(purged, 1);
}

#[tokio::test]
async fn an_identical_file_is_answered_with_the_document_already_held() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let other = app.account().await;
    let first = app.upload_ok(&me, "a.txt", b"same bytes".to_vec()).await;
    assert_eq!(first["duplicate"], false);
    let again = app.upload(&me, "b.txt", b"same bytes".to_vec()).await;
    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.expect("json");
    assert_eq!(again["id"], first["id"]);
    assert_eq!(again["duplicate"], true);
    assert_eq!(again["title"], "a.txt", "the earlier document, as it is");
    assert_eq!(documents_of(&app, me.id).await, 1);
    assert_eq!(leftovers(&app).await, 0, "the repeated file is not kept");
    let rows = app.audit_rows(me.id).await;
    assert!(
        rows.iter().any(|r| r.action == "read"
            && r.new_values
                .as_ref()
                .is_some_and(|v| v["duplicate_upload"] == true)),
        "answering with the earlier document is audited as a read"
    );

    let theirs = app.upload_ok(&other, "a.txt", b"same bytes".to_vec()).await;
    assert_eq!(
        theirs["duplicate"], false,
        "another account's files are not compared"
    );

    // Once the earlier one is deleted, the file is new again.
    let id = first["id"].as_str().expect("id");
    let r = app
        .authed(Method::DELETE, &format!("/v1/documents/{id}"), &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);
    let anew = app.upload_ok(&me, "a.txt", b"same bytes".to_vec()).await;
    assert_ne!(anew["id"], first["id"]);
}

#[tokio::test]
async fn with_duplicates_allowed_an_identical_file_is_kept_again_and_flagged() {
    let app = TestApp::spawn_with(|c| c.allow_duplicates = true).await;
    let me = app.account().await;
    let first = app.upload_ok(&me, "a.txt", b"same bytes".to_vec()).await;
    assert!(first.get("duplicate_of").is_none());
    let second = app.upload_ok(&me, "b.txt", b"same bytes".to_vec()).await;
    assert_eq!(second["duplicate_of"], first["id"]);
    assert_eq!(second["duplicate"], false);
    assert_ne!(second["id"], first["id"]);
    assert_eq!(documents_of(&app, me.id).await, 2);
}

#[tokio::test]
async fn a_zip_is_unpacked_into_one_document_per_readable_file() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let held = app
        .upload_ok(&me, "held.txt", b"already held".to_vec())
        .await;
    let archive = zip_of(&[
        ("reports/", b""),
        ("reports/2024/q1.txt", b"Revenue rose in the first quarter."),
        ("reports/notes.md", b"# Notes\n\nShip it."),
        (
            "reports/copy-of-q1.txt",
            b"Revenue rose in the first quarter.",
        ),
        ("empty.txt", b""),
        (
            "tool.exe",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff",
        ),
        ("old/held.txt", b"already held"),
    ]);
    let r = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .multipart(upload_form("backup.zip", archive).text("metadata", r#"{"batch": "7"}"#))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body["archive"], "backup.zip");
    let docs = body["documents"].as_array().expect("documents");
    let paths: Vec<&str> = docs
        .iter()
        .map(|d| d["metadata"]["archive_path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths, ["reports/2024/q1.txt", "reports/notes.md"]);
    assert_eq!(docs[0]["title"], "q1.txt");
    assert_eq!(
        docs[0]["metadata"],
        json!({"batch": "7", "archive": "backup.zip", "archive_path": "reports/2024/q1.txt"})
    );
    assert_eq!(docs[1]["file_type"], "md");
    let skipped: Vec<(&str, &str)> = body["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .map(|s| {
            (
                s["path"].as_str().expect("path"),
                s["reason"].as_str().expect("reason"),
            )
        })
        .collect();
    assert_eq!(
        skipped,
        [
            ("empty.txt", "empty"),
            ("tool.exe", "unsupported_type"),
            ("reports/copy-of-q1.txt", "duplicate"),
            ("old/held.txt", "duplicate"),
        ]
    );
    assert_eq!(body["skipped"][3]["duplicate_of"], held["id"]);
    assert_eq!(documents_of(&app, me.id).await, 3);
    assert_eq!(
        leftovers(&app).await,
        0,
        "the archive and the skipped files are gone"
    );
    let id = docs[0]["id"].as_str().expect("id");
    assert_eq!(
        crate::helpers::final_status(&app.follow(&me, id).await),
        "completed"
    );
    let doc = app.document(&me, id).await;
    assert_eq!(doc["content"], "Revenue rose in the first quarter.");
}

#[tokio::test]
async fn a_zip_past_the_extractors_limits_is_refused_whole() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    // The corpus's 520 MB bomb, its member renamed so that it is an
    // archive, not a DOCX.
    let bomb = crate::helpers::corpus("broken", "bomb-520mb.docx");
    let mut source = zip::ZipArchive::new(std::io::Cursor::new(bomb)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    out.start_file("fine.txt", zip::write::SimpleFileOptions::default())
        .expect("member");
    out.write_all(b"a fine file").expect("write");
    let member = source.by_name_raw(b"word/document.xml").expect("member");
    out.raw_copy_file_rename(member, "zeros.txt").expect("copy");
    let bomb = out.finish().expect("zip").into_inner();
    let r = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .multipart(upload_form("bomb.zip", bomb))
        .send()
        .await
        .expect("sent");
    let (status, code, body) = envelope(r).await;
    assert_eq!(
        (status, code.as_str()),
        (413, "payload_too_large"),
        "{body}"
    );
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("500 MB"))
    );

    let names: Vec<String> = (0..10_001).map(|i| format!("f{i}.txt")).collect();
    let members: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
    let r = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .multipart(upload_form("many.zip", zip_of(&members)))
        .send()
        .await
        .expect("sent");
    let (status, _, body) = envelope(r).await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("10000"))
    );

    let r = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .multipart(upload_form(
            "broken.zip",
            b"PK\x03\x04 and then nothing".to_vec(),
        ))
        .send()
        .await
        .expect("sent");
    let (status, _, _) = envelope(r).await;
    assert_eq!(status, 422);
    assert_eq!(documents_of(&app, me.id).await, 0);
    assert_eq!(leftovers(&app).await, 0);
}

#[tokio::test]
async fn a_zip_member_over_the_upload_limit_is_skipped_and_quotas_count_each_document() {
    let app = TestApp::spawn_with(|c| {
        c.max_upload_bytes = 4096;
        c.quota_free_documents_per_day = 2;
    })
    .await;
    let me = app.account().await;
    let big = vec![b'a'; 10_000];
    let archive = zip_of(&[("big.txt", &big), ("small.txt", b"small")]);
    let r = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .multipart(upload_form("mixed.zip", archive))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body["documents"].as_array().map(Vec::len), Some(1));
    assert_eq!(body["skipped"][0]["path"], "big.txt");
    assert_eq!(body["skipped"][0]["reason"], "too_large");

    // One more document is left today; an archive of two is refused whole.
    let archive = zip_of(&[("one.txt", b"one"), ("two.txt", b"two")]);
    let r = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .multipart(upload_form("two.zip", archive))
        .send()
        .await
        .expect("sent");
    let (status, _, _) = envelope(r).await;
    assert_eq!(status, 429);
    assert_eq!(documents_of(&app, me.id).await, 1);
    assert_eq!(leftovers(&app).await, 0);
}

#[tokio::test]
async fn a_zip_retried_with_its_key_is_answered_once() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let archive = zip_of(&[("a.txt", b"first"), ("b.txt", b"second")]);
    let send = || {
        post_keyed(&app, &me.token, "zip-1")
            .multipart(upload_form("two.zip", archive.clone()))
            .send()
    };
    let first: Value = send().await.expect("sent").json().await.expect("json");
    let again = send().await.expect("sent");
    assert_eq!(again.status(), 202);
    assert_eq!(again.json::<Value>().await.expect("json"), first);
    assert_eq!(documents_of(&app, me.id).await, 2);
}
