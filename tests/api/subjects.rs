//! Subject access and erasure through the real server: one person planted
//! in a PDF, a Word document, an email's attachment and a scan among a
//! hundred other documents is found in exactly those four, handed over as a
//! ZIP, then erased, after which no search, result, original, export or
//! audit row holds their values, and the signed receipt verifies (and
//! fails when one byte changes).

use std::collections::BTreeSet;
use std::io::Read;
use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{Account, TestApp, binary, corpus, envelope, eventually};

const NAME: &str = "Maren Oyelaran";
const EMAIL: &str = "maren.oyelaran@kestrel-post.example";
const PHONE: &str = "+44 20 7946 0321";

async fn app() -> TestApp {
    TestApp::spawn_with(|c| {
        c.workers = 2;
        c.rate_limit_free_per_minute = 10_000;
    })
    .await
}

fn identifiers() -> Value {
    json!([
        {"type": "PERSON", "value": NAME},
        {"value": EMAIL},
        {"type": "PHONE", "value": PHONE},
    ])
}

async fn text_document(app: &TestApp, me: &Account, title: &str, content: &str) -> String {
    let r = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .json(&json!({"title": title, "content": content}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    r.json::<Value>().await.expect("json")["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

/// Ninety-six other documents: ordinary text, and near misses (another
/// Oyelaran, another Maren, her address at another domain, a phone number
/// one digit off).
async fn others(app: &TestApp, me: &Account) -> Vec<String> {
    let near_misses = [
        "Karen Oyelaran asked for the minutes of the May meeting.",
        "Maren Smith will chair the committee next year.",
        "Send the forms to maren.oyelaran@other-post.example please.",
        "Call the front desk on +44 20 7946 0322 for parking.",
        "The Oyelaranova family moved to Leeds.",
        "Maren and Oyelaran are both common in the register.",
    ];
    let topics = [
        "quarterly revenue grew in the northern region",
        "the boiler service is booked for Tuesday",
        "please review the attached supplier contract",
        "the audit committee meets in the small room",
        "our retention schedule keeps invoices for ten years",
        "the new laptops arrive next week",
    ];
    let mut ids = Vec::new();
    for i in 0..96 {
        let body = if i % 16 == 0 {
            near_misses[(i / 16) % near_misses.len()].to_owned()
        } else {
            format!(
                "Note {i}: {}. Contact desk-{i}@harbour-lettings.example.",
                topics[i % topics.len()]
            )
        };
        ids.push(text_document(app, me, &format!("Note {i}"), &body).await);
    }
    ids
}

/// The four planted documents, processed: (PDF, DOCX, email, scan).
async fn planted(app: &TestApp, me: &Account) -> [String; 4] {
    let mut ids = Vec::new();
    for name in [
        "claim.pdf",
        "statement.docx",
        "forwarded.eml",
        "reference-scan.png",
    ] {
        let (id, status) = app.process(me, name, corpus("subject", name)).await;
        assert_eq!(status, "completed", "{name}");
        ids.push(id);
    }
    ids.try_into().expect("four")
}

/// Follows `path`'s event stream until the request is final; its last
/// event.
async fn follow_request(app: &TestApp, me: &Account, path: &str) -> Value {
    use futures_util::StreamExt;
    let r = app
        .authed(Method::GET, path, &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200, "{path}");
    let mut body = r.bytes_stream();
    let (mut pending, mut last) = (String::new(), Value::Null);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
    loop {
        let chunk = tokio::time::timeout_at(deadline, body.next())
            .await
            .expect("the request ends in time");
        let Some(chunk) = chunk else { return last };
        pending.push_str(&String::from_utf8_lossy(&chunk.expect("chunk")));
        while let Some(end) = pending.find('\n') {
            let line = pending[..end].to_owned();
            pending.drain(..=end);
            if let Some(data) = line.strip_prefix("data: ") {
                last = serde_json::from_str(data).expect("event json");
            }
        }
    }
}

async fn access(app: &TestApp, me: &Account) -> Value {
    let r = app
        .authed(Method::POST, "/v1/subject-requests", &me.token)
        .json(&json!({"identifiers": identifiers()}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    let created: Value = r.json().await.expect("json");
    assert_eq!(created["kind"], "access");
    let id = created["id"].as_str().expect("id").to_owned();
    let last = follow_request(app, me, &format!("/v1/subject-requests/{id}/events")).await;
    assert_eq!(last["status"], "completed", "{last}");
    app.get_ok(me, &format!("/v1/subject-requests/{id}")).await
}

async fn download(app: &TestApp, me: &Account, path: &str) -> reqwest::Response {
    app.authed(Method::GET, path, &me.token)
        .send()
        .await
        .expect("sent")
}

fn ids(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|i| i.as_str().expect("id").to_owned())
        .collect()
}

#[tokio::test]
async fn a_subject_request_finds_the_person_in_exactly_the_four_documents_and_hands_them_over() {
    let app = app().await;
    let me = app.account().await;
    let four = planted(&app, &me).await;
    let (lookalikes, status) = app
        .process(&me, "lookalikes.pdf", corpus("subject", "lookalikes.pdf"))
        .await;
    assert_eq!(status, "completed");
    let others = others(&app, &me).await;
    assert_eq!(others.len() + 5, 101);

    let request = access(&app, &me).await;
    let expected: BTreeSet<String> = four.iter().cloned().collect();
    assert_eq!(ids(&request["document_ids"]), expected, "{request}");
    assert_eq!(request["documents_found"], 4);
    assert_eq!(request["progress"]["documents_scanned"], 101);
    assert!(!ids(&request["document_ids"]).contains(&lookalikes));
    let url = request["archive"]["url"].as_str().expect("archive url");

    let r = download(&app, &me, url).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/zip");
    let bytes = r.bytes().await.expect("body");
    assert_eq!(
        Some(bytes.len() as u64),
        request["archive"]["size_bytes"].as_u64()
    );
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a zip");
    let names: BTreeSet<String> = zip
        .file_names()
        .map(|n| n.expect("a name").into_owned())
        .collect();
    let mut expected_names: BTreeSet<String> =
        ["manifest.json", "manifest.html"].map(String::from).into();
    for (id, file) in four.iter().zip([
        "claim.pdf",
        "statement.docx",
        "forwarded.eml",
        "reference-scan.png",
    ]) {
        expected_names.insert(format!("originals/{id}/{file}"));
        expected_names.insert(format!("text/{id}.txt"));
    }
    assert_eq!(names, expected_names);
    // The originals byte for byte.
    let mut pdf = Vec::new();
    zip.by_name(&format!("originals/{}/claim.pdf", four[0]))
        .expect("entry")
        .read_to_end(&mut pdf)
        .expect("read");
    assert_eq!(pdf, corpus("subject", "claim.pdf"));
    let mut manifest = String::new();
    zip.by_name("manifest.json")
        .expect("manifest")
        .read_to_string(&mut manifest)
        .expect("read");
    let manifest: Value = serde_json::from_str(&manifest).expect("json");
    assert_eq!(manifest["documents_searched"], 101);
    let docs = manifest["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 4);
    for d in docs {
        let id = d["id"].as_str().expect("id");
        let occurrences = d["occurrences"].as_array().expect("occurrences");
        assert!(!occurrences.is_empty(), "{d}");
        // Each offset points at the value in the text handed over.
        let mut text = String::new();
        zip.by_name(&format!("text/{id}.txt"))
            .expect("text")
            .read_to_string(&mut text)
            .expect("read");
        for o in occurrences {
            let (start, end) = (
                o["start"].as_u64().expect("start") as usize,
                o["end"].as_u64().expect("end") as usize,
            );
            let value: String = text.chars().skip(start).take(end - start).collect();
            let flat = value.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                [NAME, EMAIL, PHONE]
                    .iter()
                    .any(|v| flat.eq_ignore_ascii_case(v)),
                "{flat:?} in {id}"
            );
            assert!(
                o["context"]
                    .as_str()
                    .expect("context")
                    .contains(&value.replace('\n', " "))
            );
        }
    }
    // The Word document names her by phone too; the scan was read by OCR.
    let docx = docs
        .iter()
        .find(|d| d["id"] == four[1].as_str())
        .expect("docx");
    assert!(
        docx["occurrences"]
            .as_array()
            .expect("occurrences")
            .iter()
            .any(|o| o["identifier_type"] == "PHONE")
    );
    let mut html = String::new();
    zip.by_name("manifest.html")
        .expect("summary")
        .read_to_string(&mut html)
        .expect("read");
    assert!(html.contains("Subject access report") && html.contains("Maren Oyelaran"));

    // The download is in the trail; the request's own rows hold no values.
    let rows = app.audit_rows(me.id).await;
    assert!(rows.iter().any(|r| r.action == "export"
        && r.resource_type == "subject_request"
        && r.resource_id.map(|i| i.to_string()) == request["id"].as_str().map(str::to_owned)));
    let created = rows
        .iter()
        .find(|r| r.action == "create" && r.resource_type == "subject_request")
        .expect("created row");
    assert!(!format!("{:?}", created.new_values).contains("Oyelaran"));

    // Someone else's request is no business of another account.
    let other = app.account().await;
    let path = format!(
        "/v1/subject-requests/{}",
        request["id"].as_str().expect("id")
    );
    let (status, code, _) = envelope(download(&app, &other, &path).await).await;
    assert_eq!((status, code.as_str()), (404, "not_found"));
    let (status, ..) = envelope(download(&app, &other, url).await).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn an_erasure_leaves_no_trace_of_the_person_and_its_receipt_verifies() {
    let app = app().await;
    let me = app.account().await;
    let [pdf, docx, email, scan] = planted(&app, &me).await;
    // Her name in a title that was changed: the change is in the trail.
    let renamed = text_document(
        &app,
        &me,
        "Visit log",
        "Visitors this week: Maren Oyelaran.",
    )
    .await;
    let r = app
        .authed(
            Method::PATCH,
            &format!("/v1/documents/{renamed}"),
            &me.token,
        )
        .json(&json!({"title": "Visit log: Maren Oyelaran"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    // A document under a legal hold that names her by phone is kept.
    let held = text_document(
        &app,
        &me,
        "Dispute file",
        "Caller on +44 20 7946 0321 disputed the bill.",
    )
    .await;
    let r = app
        .authed(Method::POST, "/v1/legal-holds", &me.token)
        .json(&json!({"name": "Billing dispute", "reason": "case 12", "document_ids": [held]}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 201);
    let bystander = text_document(&app, &me, "Canteen", "Soup of the day: lentil.").await;
    // An access request made earlier: its archive holds her values.
    let earlier = access(&app, &me).await;
    let earlier_url = earlier["archive"]["url"].as_str().expect("url").to_owned();
    // And one still under way (held by a process for a while), asking for
    // her email as plain text: it is stopped, not left to run on values
    // about to be forgotten.
    let unfinished: uuid::Uuid = sqlx::query_scalar(
        "insert into subject_requests (user_id, kind, identifiers, status, started_at, leased_until, attempts)
         values ($1, 'access', $2, 'processing', now() at time zone 'utc',
                 now() at time zone 'utc' + interval '1 hour', 1)
         returning id",
    )
    .bind(me.id)
    .bind(json!([{"type": "OTHER", "value": EMAIL}]))
    .fetch_one(&app.pool)
    .await
    .expect("inserted");

    let r = app
        .authed(Method::POST, "/v1/erasures", &me.token)
        .json(&json!({
            "identifiers": identifiers(),
            "mode": "redact",
            "documents": [{"id": docx, "mode": "delete"}],
        }))
        .send()
        .await
        .expect("sent");
    let status = r.status();
    let mut erasure: Value = r.json().await.expect("json");
    let erasure_id = erasure["id"].as_str().expect("id").to_owned();
    if status == 202 {
        let last = follow_request(&app, &me, &format!("/v1/erasures/{erasure_id}/events")).await;
        assert_eq!(last["status"], "completed", "{last}");
        erasure = app.get_ok(&me, &format!("/v1/erasures/{erasure_id}")).await;
    } else {
        assert_eq!(status, 201);
    }
    assert_eq!(erasure["status"], "completed", "{erasure}");
    let stopped = app
        .get_ok(&me, &format!("/v1/subject-requests/{unfinished}"))
        .await;
    assert_eq!(stopped["status"], "failed", "{stopped}");
    assert!(
        stopped["error"]
            .as_str()
            .is_some_and(|e| e.contains(&format!("erasure {erasure_id}"))),
        "{stopped}"
    );
    assert!(
        !stopped.to_string().to_lowercase().contains("oyelaran"),
        "its values are forgotten: {stopped}"
    );
    let receipt = &erasure["receipt"]["receipt"];
    assert_eq!(
        ids(&receipt["documents"]["deleted"]),
        BTreeSet::from([docx.clone()])
    );
    let redacted: BTreeSet<String> = receipt["documents"]["redacted"]
        .as_array()
        .expect("redacted")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(
        redacted,
        BTreeSet::from([pdf.clone(), email.clone(), scan.clone(), renamed.clone()])
    );
    assert_eq!(receipt["documents"]["skipped_held"][0]["id"], held.as_str());
    assert_eq!(
        receipt["documents"]["skipped_held"][0]["hold_name"],
        "Billing dispute"
    );
    // The title change held her name: that row is emptied.
    assert_eq!(receipt["counts"]["audit_rows_emptied"], 1, "{receipt}");
    let rows = app.audit_rows(me.id).await;
    let change = rows
        .iter()
        .find(|r| {
            r.action == "update" && r.resource_id.map(|i| i.to_string()) == Some(renamed.clone())
        })
        .expect("the title change");
    assert_eq!(change.new_values, Some(json!({"erased": true})));
    assert_eq!(
        ids(&receipt["access_archives_removed"]),
        BTreeSet::from([earlier["id"].as_str().expect("id").to_owned()])
    );
    // Hashes of the values, never the values; the erasure keeps only those.
    let text = erasure.to_string();
    for value in ["Oyelaran", "kestrel-post", "7946 0321"] {
        assert!(!text.contains(value), "{value} in {text}");
    }

    // Deleted outright; redacted in place, originals gone; the held one kept.
    let (status, ..) = envelope(download(&app, &me, &format!("/v1/documents/{docx}")).await).await;
    assert_eq!(status, 404);
    for id in [&pdf, &email, &scan, &renamed] {
        let doc = app.document(&me, id).await;
        let results = app.results(&me, id).await;
        let all = format!("{doc}{results}");
        for value in ["Oyelaran", "oyelaran", "kestrel-post", "7946 0321"] {
            assert!(!all.contains(value), "{value} in {id}: {all}");
        }
        assert!(all.contains('█'), "{id}");
    }
    for id in [&pdf, &email, &scan] {
        let (status, _, body) =
            envelope(download(&app, &me, &format!("/v1/documents/{id}/file")).await).await;
        assert_eq!(status, 404);
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("erasure")
        );
    }
    let held_doc = app.document(&me, &held).await;
    assert!(held_doc.to_string().contains("7946 0321"));
    assert!(
        app.document(&me, &bystander)
            .await
            .to_string()
            .contains("lentil")
    );
    // The pages around the values still read.
    assert!(
        app.document(&me, &pdf)
            .await
            .to_string()
            .contains("water damage")
    );

    // Nothing in the whole database holds her name or address any more
    // (checked before searching for her: a search's words are in the trail).
    let dir = tempfile::tempdir().expect("dir");
    let dumped = dir.path().join("after.sql");
    app.dump_to(&dumped);
    let sql = std::fs::read_to_string(&dumped).expect("dump");
    for value in ["Oyelaran", "oyelaran", "kestrel-post"] {
        assert!(!sql.contains(value), "{value} is still in the database");
    }

    // No search finds her, by word or by likeness.
    for (q, mode) in [
        ("Oyelaran", "fulltext"),
        ("Oyelarann", "fuzzy"),
        ("kestrel-post", "auto"),
    ] {
        let found = app
            .get_ok(&me, &format!("/v1/search?q={q}&mode={mode}"))
            .await;
        assert_eq!(
            found["items"].as_array().map(Vec::len),
            Some(0),
            "{q}: {found}"
        );
    }
    // The earlier access archive is gone, and says why.
    let (status, _, body) = envelope(download(&app, &me, &earlier_url).await).await;
    assert_eq!(status, 404);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains(&erasure_id)
    );
    let earlier_now = app
        .get_ok(
            &me,
            &format!(
                "/v1/subject-requests/{}",
                earlier["id"].as_str().expect("id")
            ),
        )
        .await;
    assert!(
        !earlier_now.to_string().contains("Oyelaran"),
        "{earlier_now}"
    );

    // The trail still verifies, the emptied rows recorded by the erasure.
    let keys = opencomplai::audit::keys::SigningKeys::load(&app.data_dir(), None).expect("key");
    let report = opencomplai::audit::chain::verify_live(&app.pool, &keys.public(), None)
        .await
        .expect("verified");
    assert!(report.ok, "{:?}", report.problems);
    assert_eq!(report.erased_rows, 1);

    // The receipt verifies with the published key, and not after a change.
    let r = download(&app, &me, &format!("/v1/erasures/{erasure_id}/receipt")).await;
    assert_eq!(r.status(), 200);
    let saved = r.text().await.expect("receipt");
    let public: Value = app
        .get("/v1/audit-logs/public-key")
        .await
        .json()
        .await
        .expect("json");
    let key = public["public_key"].as_str().expect("key");
    let file = dir.path().join("receipt.json");
    let check = |text: &str, extra: &[&str]| {
        std::fs::write(&file, text).expect("write");
        binary()
            .env("OPENCOMPLAI_DATA_DIR", dir.path().join("not-the-service"))
            .args(["erasure", "verify", "--public-key", key])
            .args(extra)
            .arg(&file)
            .output()
            .expect("runs")
    };
    let out = check(&saved, &["--value", EMAIL]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("valid"), "{stdout}");
    assert!(stdout.contains("is one this erasure named"), "{stdout}");
    let out = check(&saved, &["--value", "someone.else@example.org"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("is NOT one"));
    // One byte changed: a count, then a document id.
    let tampered = saved.replacen("\"documents_deleted\": 1", "\"documents_deleted\": 2", 1);
    assert_ne!(tampered, saved);
    let out = check(&tampered, &[]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not verify"));
    let at = saved.find("\"erasure_id\": \"").expect("erasure id") + 15;
    let mut flipped = saved.clone().into_bytes();
    flipped[at] = if flipped[at] == b'0' { b'1' } else { b'0' };
    let out = check(&String::from_utf8(flipped).expect("utf-8"), &[]);
    assert!(!out.status.success());
}

#[tokio::test]
async fn requests_refuse_bad_input_and_a_dead_runner_s_request_is_taken_up_again() {
    let app = app().await;
    let me = app.account().await;
    for (path, body, field) in [
        (
            "/v1/subject-requests",
            json!({"identifiers": []}),
            "identifiers",
        ),
        (
            "/v1/subject-requests",
            json!({"identifiers": [{"value": "ab"}]}),
            "identifiers[0].value",
        ),
        (
            "/v1/subject-requests",
            json!({"identifiers": [{"type": "SHOE", "value": "size 42"}]}),
            "identifiers[0].type",
        ),
        (
            "/v1/erasures",
            json!({"identifiers": identifiers()}),
            "mode",
        ),
        (
            "/v1/erasures",
            json!({"identifiers": identifiers(), "mode": "shred"}),
            "mode",
        ),
        (
            "/v1/erasures",
            json!({"identifiers": identifiers(), "mode": "delete",
                                "documents": [{"id": uuid::Uuid::new_v4(), "mode": "delete"}]}),
            "documents",
        ),
    ] {
        let r = app
            .authed(Method::POST, path, &me.token)
            .json(&body)
            .send()
            .await
            .expect("sent");
        let (status, code, body) = envelope(r).await;
        assert_eq!(
            (status, code.as_str()),
            (422, "validation_failed"),
            "{path} {body}"
        );
        assert_eq!(body["error"]["details"][0]["field"], field, "{body}");
    }
    let long = "x".repeat(201);
    let r = app
        .authed(Method::POST, "/v1/subject-requests", &me.token)
        .json(&json!({"identifiers": [{"value": long}]}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 422);

    // An erasure deletes documents: a key needs both permissions.
    let (_, compliance_only) = app.api_key(&me, &["compliance.manage"]).await;
    let (_, both) = app
        .api_key(&me, &["compliance.manage", "document.delete"])
        .await;
    let bad_mode = json!({"identifiers": identifiers(), "mode": "shred"});
    for (key, status) in [(&compliance_only, 403), (&both, 422)] {
        let r = app
            .authed(Method::POST, "/v1/erasures", key)
            .json(&bad_mode)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), status);
    }

    // A request a dead process held (its lease ran out) is done by this one.
    text_document(&app, &me, "Memo", "Ask Maren Oyelaran about the keys.").await;
    let id: uuid::Uuid = sqlx::query_scalar(
        "insert into subject_requests (user_id, kind, identifiers, status, started_at, leased_until, attempts)
         values ($1, 'access', $2, 'processing', now() at time zone 'utc' - interval '10 minutes',
                 now() at time zone 'utc' - interval '1 minute', 1)
         returning id",
    )
    .bind(me.id)
    .bind(json!([{"type": "PERSON", "value": NAME}]))
    .fetch_one(&app.pool)
    .await
    .expect("inserted");
    eventually(
        Duration::from_secs(30),
        "the runner takes the request up",
        || async {
            let r = app.get_ok(&me, &format!("/v1/subject-requests/{id}")).await;
            r["status"] == "completed"
        },
    )
    .await;
    let r = app.get_ok(&me, &format!("/v1/subject-requests/{id}")).await;
    assert_eq!(r["documents_found"], 1);
    assert_eq!(r["documents_without_text"], 0);
    assert_eq!(r["attempts"], Value::Null, "internal counters stay inside");
    // A document that failed has no text: the person named in its
    // description is still found, and the answer says what was not read.
    let (broken, status) = app
        .process(&me, "not-a-pdf.pdf", corpus("broken", "not-a-pdf.pdf"))
        .await;
    assert_eq!(status, "failed");
    let r = app
        .authed(Method::PATCH, &format!("/v1/documents/{broken}"), &me.token)
        .json(&json!({"description": format!("Sent in by {NAME}")}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    // A second request: the list pages one at a time, newest first.
    let r = app
        .authed(Method::POST, "/v1/subject-requests", &me.token)
        .json(&json!({"identifiers": [{"type": "PERSON", "value": NAME}]}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    let second: Value = r.json().await.expect("json");
    let second_id = second["id"].as_str().expect("id").to_owned();
    let last = follow_request(
        &app,
        &me,
        &format!("/v1/subject-requests/{second_id}/events"),
    )
    .await;
    assert_eq!(last["status"], "completed", "{last}");
    let done = app
        .get_ok(&me, &format!("/v1/subject-requests/{second_id}"))
        .await;
    assert_eq!(done["documents_found"], 2, "{done}");
    assert_eq!(done["documents_without_text"], 1, "{done}");
    assert!(ids(&done["document_ids"]).contains(&broken));
    let list = app.get_ok(&me, "/v1/subject-requests?limit=1").await;
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(list["items"][0]["id"], second_id.as_str());
    let cursor = list["next_cursor"].as_str().expect("a second page");
    let rest = app
        .get_ok(
            &me,
            &format!("/v1/subject-requests?limit=1&cursor={cursor}"),
        )
        .await;
    assert_eq!(rest["items"][0]["id"], id.to_string().as_str());
    assert!(rest["next_cursor"].is_null(), "{rest}");
}

#[tokio::test]
async fn a_runner_whose_lease_ran_out_writes_nothing_and_a_request_that_keeps_dying_fails() {
    use opencomplai::compliance::requests::{self, Lease, LeaseError};
    let app = app().await;
    let me = app.account().await;
    // Held by attempt 3 for a long while: the service's runner leaves it.
    let id: uuid::Uuid = sqlx::query_scalar(
        "insert into subject_requests (user_id, kind, identifiers, status, started_at, leased_until, attempts)
         values ($1, 'access', $2, 'processing', now() at time zone 'utc',
                 now() at time zone 'utc' + interval '1 hour', 3)
         returning id",
    )
    .bind(me.id)
    .bind(json!([{"type": "PERSON", "value": NAME}]))
    .fetch_one(&app.pool)
    .await
    .expect("inserted");
    let stale = Lease { id, attempt: 2 };
    let current = Lease { id, attempt: 3 };
    let keep = Duration::from_secs(3600);
    assert!(matches!(
        requests::progress(&app.pool, stale, 5, 10, keep).await,
        Err(LeaseError::Lost)
    ));
    assert!(matches!(
        requests::put_chunk(&app.pool, stale, 0, b"old").await,
        Err(LeaseError::Lost)
    ));
    let mut conn = app.pool.acquire().await.expect("conn");
    assert!(matches!(
        requests::complete_access(&mut conn, stale, &json!({}), (3, "x", 1)).await,
        Err(LeaseError::Lost)
    ));
    drop(conn);
    let chunks: i64 =
        sqlx::query_scalar("select count(*) from subject_request_chunks where request_id = $1")
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(chunks, 0, "the stale attempt stored nothing");
    requests::progress(&app.pool, current, 5, 10, keep)
        .await
        .expect("the holder writes");
    let r = app.get_ok(&me, &format!("/v1/subject-requests/{id}")).await;
    assert_eq!(r["status"], "processing");
    assert_eq!(r["progress"]["documents_scanned"], 5);

    // A request whose process died five times is not taken up a sixth.
    let dying: uuid::Uuid = sqlx::query_scalar(
        "insert into subject_requests (user_id, kind, identifiers, status, started_at, leased_until, attempts)
         values ($1, 'access', $2, 'processing', now() at time zone 'utc' - interval '1 hour',
                 now() at time zone 'utc' - interval '1 minute', 5)
         returning id",
    )
    .bind(me.id)
    .bind(json!([{"type": "PERSON", "value": NAME}]))
    .fetch_one(&app.pool)
    .await
    .expect("inserted");
    eventually(Duration::from_secs(30), "the runner gives up", || async {
        let r = app
            .get_ok(&me, &format!("/v1/subject-requests/{dying}"))
            .await;
        r["status"] == "failed"
    })
    .await;
    let r = app
        .get_ok(&me, &format!("/v1/subject-requests/{dying}"))
        .await;
    assert!(
        r["error"]
            .as_str()
            .is_some_and(|e| e.contains("gave up after 5 attempts")),
        "{r}"
    );
}
