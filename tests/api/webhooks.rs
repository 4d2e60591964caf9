//! Webhooks: endpoints managed through the API, and deliveries (signed,
//! retried, logged) received by a small HTTP server each test starts.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use reqwest::Method;
use serde_json::{Value, json};
use sha2::Sha256;

use crate::helpers::{Account, TestApp, corpus, envelope, eventually};

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Received {
    headers: HeaderMap,
    body: Bytes,
}

impl Received {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("the delivery has a {name} header"))
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("the payload is JSON")
    }
}

/// A webhook receiver on 127.0.0.1: records every request, answers the
/// planned statuses in turn, then 200.
struct Receiver {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Received>>>,
}

impl Receiver {
    async fn start(plan: &[u16]) -> Self {
        let seen: Arc<Mutex<Vec<Received>>> = Arc::default();
        let plan = Arc::new(Mutex::new(plan.iter().copied().collect::<VecDeque<u16>>()));
        let record = Arc::clone(&seen);
        let app = axum::Router::new().fallback(move |headers: HeaderMap, body: Bytes| {
            let record = Arc::clone(&record);
            let plan = Arc::clone(&plan);
            async move {
                record
                    .lock()
                    .expect("lock")
                    .push(Received { headers, body });
                let status = plan.lock().expect("lock").pop_front().unwrap_or(200);
                let status = StatusCode::from_u16(status).expect("status");
                (status, "receiver says hello\n\u{1}".repeat(500))
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        Self { addr, seen }
    }

    fn url(&self) -> String {
        format!("http://{}/hooks/in?source=test", self.addr)
    }

    fn received(&self) -> Vec<Received> {
        self.seen.lock().expect("lock").clone()
    }

    async fn until_received(&self, n: usize) -> Vec<Received> {
        eventually(
            Duration::from_secs(60),
            &format!("the receiver got {n} requests"),
            || async { self.received().len() >= n },
        )
        .await;
        self.received()
    }
}

/// Checks a delivery's signature as a receiver following Standard
/// Webhooks would, with its own HMAC.
fn verify(secret: &str, got: &Received) {
    let id = got.header("webhook-id");
    let timestamp = got.header("webhook-timestamp");
    let at: i64 = timestamp.parse().expect("unix seconds");
    let now = chrono::Utc::now().timestamp();
    assert!(
        (now - at).abs() < 300,
        "the timestamp is now: {at} vs {now}"
    );
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").expect("whsec_ prefix"))
        .expect("base64 key");
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("key");
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(&got.body);
    let expected = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
    let header = got.header("webhook-signature");
    assert!(
        header.split(' ').any(|s| s == expected),
        "signature {header} verifies (expected {expected})"
    );
    // A body changed on the way does not verify.
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("key");
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(b"{}");
    let forged = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
    assert_ne!(header, forged);
}

async fn create(app: &TestApp, me: &Account, body: Value) -> Value {
    let r = app
        .authed(Method::POST, "/v1/webhooks", &me.token)
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 201, "create a webhook");
    r.json().await.expect("json")
}

async fn deliveries(app: &TestApp, me: &Account, hook: &str) -> Vec<Value> {
    let page = app
        .get_ok(me, &format!("/v1/webhooks/{hook}/deliveries"))
        .await;
    page["items"].as_array().expect("items").clone()
}

/// Waits until the endpoint's newest delivery is no longer pending.
async fn until_settled(app: &TestApp, me: &Account, hook: &str) -> Value {
    eventually(Duration::from_secs(60), "the delivery settles", || async {
        deliveries(app, me, hook)
            .await
            .first()
            .is_some_and(|d| d["status"] != "pending")
    })
    .await;
    deliveries(app, me, hook).await[0].clone()
}

#[tokio::test]
async fn a_completed_document_is_delivered_to_its_endpoint_signed_with_the_secret() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let receiver = Receiver::start(&[]).await;
    let hook = create(
        &app,
        &me,
        json!({"url": receiver.url(), "events": ["document.completed", "document.failed"],
               "description": "our intake"}),
    )
    .await;
    let secret = hook["secret"].as_str().expect("the secret is shown once");
    assert!(secret.starts_with("whsec_"), "{secret}");
    let hook_id = hook["id"].as_str().expect("id");
    assert_eq!(hook["enabled"], true);
    assert_eq!(hook["url"], receiver.url());

    let (doc, status) = app
        .process(
            &me,
            "note.txt",
            b"Quarterly figures, all in order.".to_vec(),
        )
        .await;
    assert_eq!(status, "completed");
    let got = receiver.until_received(1).await;
    verify(secret, &got[0]);
    let payload = got[0].json();
    assert_eq!(payload["type"], "document.completed");
    assert_eq!(payload["id"], got[0].header("webhook-id"));
    assert_eq!(payload["data"]["document_id"], doc.as_str());
    assert_eq!(payload["data"]["status"], "completed");
    assert_eq!(payload["data"]["title"], "note.txt");
    assert_eq!(payload["data"]["file_type"], "txt");
    assert!(payload["data"].get("processing_error").is_none());
    assert!(
        payload["created_at"]
            .as_str()
            .is_some_and(|t| chrono::DateTime::parse_from_rfc3339(t).is_ok())
    );
    assert_eq!(
        got[0].headers["content-type"], "application/json",
        "{:?}",
        got[0].headers
    );

    let delivery = until_settled(&app, &me, hook_id).await;
    assert_eq!(delivery["status"], "delivered");
    assert_eq!(delivery["id"], payload["id"]);
    assert_eq!(delivery["event"], "document.completed");
    assert_eq!(delivery["attempt_count"], 1);
    assert_eq!(delivery["attempts"][0]["status_code"], 200);
    assert_eq!(delivery["attempts"][0]["error"], Value::Null);

    // The secret is never shown again, nor kept in the audit trail.
    for path in [format!("/v1/webhooks/{hook_id}"), "/v1/webhooks".to_owned()] {
        let text = app
            .authed(Method::GET, &path, &me.token)
            .send()
            .await
            .expect("sent")
            .text()
            .await
            .expect("body");
        assert!(text.contains(hook_id) && !text.contains(secret), "{text}");
    }
    let rows = app.audit_rows(me.id).await;
    let created = rows
        .iter()
        .find(|r| r.action == "create" && r.resource_type == "webhook")
        .expect("the creation is audited");
    assert_eq!(
        created.resource_id.map(|i| i.to_string()),
        Some(hook_id.to_owned())
    );
    let audited = format!("{:?}", created.new_values);
    assert!(audited.contains("our intake") && !audited.contains(secret));
}

#[tokio::test]
async fn a_document_that_fails_is_delivered_as_document_failed_to_those_who_asked() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let failures = Receiver::start(&[]).await;
    let hook = create(
        &app,
        &me,
        json!({"url": failures.url(), "events": ["document.failed"]}),
    )
    .await;
    let (_, status) = app
        .process(&me, "fine.txt", b"all good here".to_vec())
        .await;
    assert_eq!(status, "completed");
    let (broken, status) = app
        .process(&me, "not-a-pdf.pdf", corpus("broken", "not-a-pdf.pdf"))
        .await;
    assert_eq!(status, "failed");
    let got = failures.until_received(1).await;
    verify(hook["secret"].as_str().expect("secret"), &got[0]);
    let payload = got[0].json();
    assert_eq!(payload["type"], "document.failed");
    assert_eq!(payload["data"]["document_id"], broken.as_str());
    assert_eq!(payload["data"]["status"], "failed");
    assert_eq!(
        payload["data"]["processing_error"],
        "PDF is not valid: it has no %PDF header"
    );
    // The completed document was not sent: that endpoint did not ask.
    let hook_id = hook["id"].as_str().expect("id");
    until_settled(&app, &me, hook_id).await;
    let all = deliveries(&app, &me, hook_id).await;
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(failures.received().len(), 1);
}

#[tokio::test]
async fn a_receiver_failing_twice_gets_three_attempts_and_the_log_shows_each() {
    let app = TestApp::spawn_with(|c| c.webhook_retry_base_ms = 50).await;
    let me = app.account().await;
    let receiver = Receiver::start(&[500, 500]).await;
    let hook = create(
        &app,
        &me,
        json!({"url": receiver.url(), "events": ["document.completed"]}),
    )
    .await;
    let hook_id = hook["id"].as_str().expect("id");
    app.process(&me, "fine.txt", b"all good here".to_vec())
        .await;
    let got = receiver.until_received(3).await;
    let ids: Vec<&str> = got.iter().map(|g| g.header("webhook-id")).collect();
    assert!(ids.iter().all(|i| *i == ids[0]), "one message id: {ids:?}");
    for g in &got {
        verify(hook["secret"].as_str().expect("secret"), g);
    }
    let delivery = until_settled(&app, &me, hook_id).await;
    assert_eq!(delivery["status"], "delivered");
    assert_eq!(delivery["attempt_count"], 3);
    let attempts = delivery["attempts"].as_array().expect("attempts");
    let codes: Vec<&Value> = attempts.iter().map(|a| &a["status_code"]).collect();
    assert_eq!(
        codes,
        [&json!(200), &json!(500), &json!(500)],
        "newest first"
    );
    let error = attempts[1]["error"].as_str().expect("an error");
    assert!(
        error.starts_with("HTTP 500: receiver says hello"),
        "{error}"
    );
    assert!(
        error.chars().count() <= 220 && !error.contains('\u{1}'),
        "the receiver's text is cut and cleaned: {error}"
    );
    assert!(attempts.iter().all(|a| a["duration_ms"].as_i64().is_some()));

    // A manual retry sends it once more, in a round of its own; audited.
    let retry = format!(
        "/v1/webhooks/{hook_id}/deliveries/{}/retry",
        delivery["id"].as_str().expect("id")
    );
    let r = app
        .authed(Method::POST, &retry, &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    receiver.until_received(4).await;
    let delivery = until_settled(&app, &me, hook_id).await;
    assert_eq!(delivery["status"], "delivered");
    assert_eq!(delivery["attempt_count"], 1);
    assert_eq!(delivery["attempts"].as_array().map(Vec::len), Some(4));
    assert!(
        app.audit_rows(me.id)
            .await
            .iter()
            .any(|r| r.action == "retry" && r.resource_type == "webhook_delivery")
    );
}

#[tokio::test]
async fn a_receiver_that_never_succeeds_ends_failed_after_the_last_attempt() {
    let app = TestApp::spawn_with(|c| c.webhook_retry_base_ms = 10).await;
    let me = app.account().await;
    // Nobody listens on this port: bind one, then let it go.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr")
    };
    let hook = create(
        &app,
        &me,
        json!({"url": format!("http://{closed}/"), "events": ["document.completed"]}),
    )
    .await;
    let hook_id = hook["id"].as_str().expect("id");
    // The first waits of the schedule at a 10 ms base: 10, 60, 240 ms, 1.2 s,
    // 7.2 s; shorten the rest by moving the due time up each time.
    app.process(&me, "fine.txt", b"all good here".to_vec())
        .await;
    let pool = app.pool.clone();
    eventually(Duration::from_secs(60), "the delivery fails for good", || {
        let pool = pool.clone();
        async move {
            // Only between attempts (each one made is logged), never one
            // in flight (its lease would be cut short).
            sqlx::query(
                "update webhook_deliveries d set next_attempt_at = now() at time zone 'utc'
                 where status = 'pending'
                   and next_attempt_at > now() at time zone 'utc' + interval '5 seconds'
                   and d.attempts = (select count(*) from webhook_attempts a where a.delivery_id = d.id)",
            )
            .execute(&pool)
            .await
            .expect("hurry");
            sqlx::query_scalar::<_, String>("select status from webhook_deliveries")
                .fetch_one(&pool)
                .await
                .expect("status")
                == "failed"
        }
    })
    .await;
    let delivery = deliveries(&app, &me, hook_id).await[0].clone();
    assert_eq!(delivery["attempt_count"], 8);
    assert_eq!(delivery["next_attempt_at"], Value::Null);
    let attempts = delivery["attempts"].as_array().expect("attempts");
    assert_eq!(attempts.len(), 8);
    assert!(
        attempts.iter().all(|a| a["status_code"].is_null()
            && a["error"].as_str().is_some_and(|e| e.contains("connect"))),
        "{attempts:?}"
    );
}

#[tokio::test]
async fn a_disabled_endpoint_gets_nothing_and_deleting_one_removes_its_log() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let receiver = Receiver::start(&[]).await;
    let hook = create(
        &app,
        &me,
        json!({"url": receiver.url(), "events": ["document.completed"]}),
    )
    .await;
    let hook_id = hook["id"].as_str().expect("id");
    let r = app
        .authed(Method::PATCH, &format!("/v1/webhooks/{hook_id}"), &me.token)
        .json(&json!({"enabled": false, "description": "paused"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    let changed: Value = r.json().await.expect("json");
    assert_eq!(changed["enabled"], false);
    assert_eq!(changed["description"], "paused");
    app.process(&me, "fine.txt", b"all good here".to_vec())
        .await;
    assert!(deliveries(&app, &me, hook_id).await.is_empty());
    let update = app
        .audit_rows(me.id)
        .await
        .into_iter()
        .find(|r| r.action == "update" && r.resource_type == "webhook")
        .expect("the change is audited");
    assert_eq!(
        update.old_values,
        Some(json!({"enabled": true, "description": null}))
    );

    // Enabled again: the next document is delivered.
    let r = app
        .authed(Method::PATCH, &format!("/v1/webhooks/{hook_id}"), &me.token)
        .json(&json!({"enabled": true}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    app.process(&me, "again.txt", b"all good again".to_vec())
        .await;
    receiver.until_received(1).await;
    assert_eq!(receiver.received()[0].json()["data"]["title"], "again.txt");
    until_settled(&app, &me, hook_id).await;

    let r = app
        .authed(
            Method::DELETE,
            &format!("/v1/webhooks/{hook_id}"),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);
    assert_eq!(
        app.count("select count(*) from webhook_deliveries").await,
        0,
        "the log went with the endpoint"
    );
    let r = app
        .authed(Method::GET, &format!("/v1/webhooks/{hook_id}"), &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 404);
    assert!(
        app.audit_rows(me.id)
            .await
            .iter()
            .any(|r| r.action == "delete" && r.resource_type == "webhook")
    );
}

#[tokio::test]
async fn another_account_can_neither_see_nor_use_your_endpoints() {
    let app = TestApp::spawn().await;
    let alice = app.account().await;
    let bob = app.account().await;
    let receiver = Receiver::start(&[]).await;
    let hook = create(
        &app,
        &alice,
        json!({"url": receiver.url(), "events": ["document.completed"]}),
    )
    .await;
    let hook_id = hook["id"].as_str().expect("id");
    app.process(&alice, "fine.txt", b"all good here".to_vec())
        .await;
    let delivery = until_settled(&app, &alice, hook_id).await;
    let delivery_id = delivery["id"].as_str().expect("id");
    for (method, path, body) in [
        (Method::GET, format!("/v1/webhooks/{hook_id}"), None),
        (
            Method::PATCH,
            format!("/v1/webhooks/{hook_id}"),
            Some(json!({"enabled": false})),
        ),
        (Method::DELETE, format!("/v1/webhooks/{hook_id}"), None),
        (
            Method::GET,
            format!("/v1/webhooks/{hook_id}/deliveries"),
            None,
        ),
        (
            Method::POST,
            format!("/v1/webhooks/{hook_id}/deliveries/{delivery_id}/retry"),
            None,
        ),
    ] {
        let mut request = app.authed(method.clone(), &path, &bob.token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let (status, code, _) = envelope(request.send().await.expect("sent")).await;
        assert_eq!(
            (status, code.as_str()),
            (404, "not_found"),
            "{method} {path}"
        );
    }
    let listed = app.get_ok(&bob, "/v1/webhooks").await;
    assert_eq!(listed["items"], json!([]));
    // Bob's own endpoint does not get Alice's documents' events.
    let bobs = Receiver::start(&[]).await;
    create(
        &app,
        &bob,
        json!({"url": bobs.url(), "events": ["document.completed"]}),
    )
    .await;
    app.process(&alice, "more.txt", b"more good news".to_vec())
        .await;
    receiver.until_received(2).await;
    assert!(bobs.received().is_empty());
    // Alice's endpoint is untouched.
    let mine = app.get_ok(&alice, &format!("/v1/webhooks/{hook_id}")).await;
    assert_eq!(mine["enabled"], true);
}

#[tokio::test]
async fn bad_urls_and_events_are_refused_with_422_naming_the_field() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let long = format!("https://example.com/{}", "a".repeat(2100));
    for (body, field) in [
        (
            json!({"url": "ftp://example.com/in", "events": ["document.completed"]}),
            "url",
        ),
        (
            json!({"url": "not a url", "events": ["document.completed"]}),
            "url",
        ),
        (
            json!({"url": "https://me:pw@example.com/", "events": ["document.completed"]}),
            "url",
        ),
        (
            json!({"url": long, "events": ["document.completed"]}),
            "url",
        ),
        (
            json!({"url": "https://example.com/", "events": []}),
            "events",
        ),
        (
            json!({"url": "https://example.com/", "events": ["document.deleted"]}),
            "events[0]",
        ),
        (
            json!({"url": "https://example.com/", "events": ["document.failed"], "description": "x".repeat(501)}),
            "description",
        ),
    ] {
        let r = app
            .authed(Method::POST, "/v1/webhooks", &me.token)
            .json(&body)
            .send()
            .await
            .expect("sent");
        let (status, code, envelope) = envelope(r).await;
        assert_eq!(
            (status, code.as_str()),
            (422, "validation_failed"),
            "{body}"
        );
        assert_eq!(
            envelope["error"]["details"][0]["field"], field,
            "{envelope}"
        );
    }
    let r = app
        .authed(Method::POST, "/v1/webhooks", &me.token)
        .json(&json!({"events": ["document.failed"]}))
        .send()
        .await
        .expect("sent");
    assert_eq!(envelope(r).await.0, 422, "the url is required");
    assert_eq!(app.count("select count(*) from webhook_endpoints").await, 0);
}

#[tokio::test]
async fn private_addresses_are_refused_when_the_setting_forbids_them() {
    let app = TestApp::spawn_with(|c| c.webhook_allow_private = false).await;
    let me = app.account().await;
    for url in [
        "http://127.0.0.1:9/",
        "http://localhost/",
        "http://10.0.0.8/in",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data",
    ] {
        let r = app
            .authed(Method::POST, "/v1/webhooks", &me.token)
            .json(&json!({"url": url, "events": ["document.completed"]}))
            .send()
            .await
            .expect("sent");
        let (status, _, body) = envelope(r).await;
        assert_eq!(status, 422, "{url}");
        assert_eq!(body["error"]["details"][0]["issue"], "private_address");
    }
    create(
        &app,
        &me,
        json!({"url": "https://hooks.example.com/in", "events": ["document.completed"]}),
    )
    .await;
}

#[tokio::test]
async fn a_key_without_webhook_manage_is_refused_with_403() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (_, reader) = app
        .api_key(&me, &["document.read", "compliance.manage"])
        .await;
    let (_, manager) = app.api_key(&me, &["webhook.manage"]).await;
    let body = json!({"url": "https://hooks.example.com/in", "events": ["document.completed"]});
    for (method, path) in [
        (Method::POST, "/v1/webhooks"),
        (Method::GET, "/v1/webhooks"),
    ] {
        let r = app
            .authed(method.clone(), path, &reader)
            .json(&body)
            .send()
            .await
            .expect("sent");
        let (status, code, _) = envelope(r).await;
        assert_eq!(
            (status, code.as_str()),
            (403, "forbidden"),
            "{method} {path}"
        );
    }
    let r = app
        .authed(Method::POST, "/v1/webhooks", &manager)
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 201);
    let listed: Value = app
        .authed(Method::GET, "/v1/webhooks", &manager)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(listed["items"].as_array().map(Vec::len), Some(1));
}
