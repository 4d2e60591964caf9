//! Limits that hold against a hostile client: input bounded before it is
//! counted, hashed, looked up or audited; failed logins that back off and
//! leave one audit row per lock, not one per attempt; registrations limited
//! per address; password hashing that holds no database connection.

use std::time::{Duration, Instant};

use futures_util::future::join_all;
use opencomplai::config::Config;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, envelope};
use crate::web::{Browser, form_token};

async fn audit_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("select count(*) from audit_logs")
        .fetch_one(&app.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_megabyte_email_at_login_is_refused_at_once_and_leaves_no_trace() {
    let app = TestApp::spawn_with(|c| c.max_body_bytes = 2 * 1024 * 1024).await;
    let huge = format!("{}@example.org", "a".repeat(1_000_000));
    let before = audit_count(&app).await;

    let started = Instant::now();
    let (status, code, body) = envelope(app.login(&huge, "not the password!").await).await;
    assert_eq!(
        (status, code.as_str()),
        (422, "validation_failed"),
        "{body}"
    );
    assert_eq!(body["error"]["details"][0]["field"], "email");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "refused at once: {:?}",
        started.elapsed()
    );

    let email = huge.clone();
    let mut statuses = Vec::new();
    let mut pending = Vec::new();
    for _ in 0..200 {
        pending.push(app.login(&email, "not the password!"));
        if pending.len() == 8 {
            statuses.extend(join_all(pending.drain(..)).await.iter().map(|r| r.status()));
        }
    }
    statuses.extend(join_all(pending).await.iter().map(|r| r.status()));
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY)
    );
    assert_eq!(
        audit_count(&app).await,
        before,
        "no audit row for any of them"
    );

    // Nor did they count against the address: a real login still works.
    let me = app.account().await;
    assert_eq!(app.login(&me.email, PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn over_long_or_malformed_credentials_are_refused_at_login_and_registration() {
    let app = TestApp::spawn().await;
    let before = audit_count(&app).await;
    let long_password = "p".repeat(1025);
    let cases = [
        (
            "/v1/auth/login",
            json!({"email": "not an email", "password": PASSWORD}),
            "email",
        ),
        (
            "/v1/auth/login",
            json!({"email": format!("{}@example.org", "a".repeat(250)), "password": PASSWORD}),
            "email",
        ),
        (
            "/v1/auth/login",
            json!({"email": "someone@example.org", "password": long_password}),
            "password",
        ),
        (
            "/v1/auth/register",
            json!({"email": format!("{}@example.org", "a".repeat(250)), "password": PASSWORD}),
            "email",
        ),
        (
            "/v1/auth/register",
            json!({"email": "someone@example.org", "password": long_password}),
            "password",
        ),
    ];
    for (path, body, field) in cases {
        let (status, code, answer) = envelope(app.post_json(path, body).await).await;
        assert_eq!(
            (status, code.as_str()),
            (422, "validation_failed"),
            "{path}"
        );
        assert_eq!(answer["error"]["details"][0]["field"], field, "{path}");
    }
    assert_eq!(audit_count(&app).await, before);
}

#[tokio::test]
async fn the_sign_in_and_registration_forms_refuse_over_long_input_with_422() {
    let app = TestApp::spawn().await;
    let before = audit_count(&app).await;
    let mut b = Browser::new(&app);
    let long_email = format!("{}@example.org", "a".repeat(300));
    let long_password = "p".repeat(1025);

    let (_, _, page) = b.get("/login").await;
    let token = form_token(&page);
    let (status, _, _) = b
        .post(
            "/login",
            &[
                ("email", &long_email),
                ("password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _, _) = b
        .post(
            "/login",
            &[
                ("email", "someone@example.org"),
                ("password", &long_password),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let (_, _, page) = b.get("/register").await;
    let token = form_token(&page);
    let (status, _, _) = b
        .post(
            "/register",
            &[
                ("email", &long_email),
                ("password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // A form body far past any honest one is refused before it is parsed.
    let huge = "a".repeat(1_000_000);
    let (status, _, _) = b
        .post(
            "/login",
            &[
                ("email", &huge),
                ("password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(audit_count(&app).await, before);
}

#[tokio::test]
async fn refused_logins_write_one_audit_row_per_lock_not_one_per_attempt() {
    let app = TestApp::spawn_with(|c| c.login_max_failures_per_account = 3).await;
    let user = app.register("locked@example.org").await;
    let id = user["id"].as_str().expect("id").parse().expect("uuid");
    for _ in 0..3 {
        assert_eq!(
            app.login("locked@example.org", "not the password!")
                .await
                .status(),
            401
        );
    }
    for _ in 0..50 {
        let r = app.login("locked@example.org", "not the password!").await;
        assert_eq!(r.status(), 429);
        assert!(r.headers().contains_key("retry-after"));
    }
    let reasons: Vec<String> = app
        .audit_rows(id)
        .await
        .iter()
        .filter(|r| r.action == "login_failed")
        .map(|r| {
            r.new_values.as_ref().expect("values")["reason"]
                .as_str()
                .expect("reason")
                .to_owned()
        })
        .collect();
    assert_eq!(
        reasons,
        [
            "invalid_credentials",
            "invalid_credentials",
            "invalid_credentials",
            "rate_limited"
        ]
    );
}

#[tokio::test]
async fn registration_is_limited_per_address_by_default() {
    let default = Config::default().registrations_per_address_per_hour;
    assert_eq!(default, 10);
    let app = TestApp::spawn_with(|c| c.registrations_per_address_per_hour = default).await;
    for i in 0..default {
        app.register(&format!("new{i}@example.org")).await;
    }
    let before = audit_count(&app).await;
    let r = app
        .post_json(
            "/v1/auth/register",
            json!({"email": "one-more@example.org", "password": PASSWORD}),
        )
        .await;
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=3600).contains(&retry), "{retry}");
    let (status, code, _) = envelope(r).await;
    assert_eq!((status, code.as_str()), (429, "rate_limited"));
    assert_eq!(audit_count(&app).await, before);
    let exists: bool = sqlx::query_scalar(
        "select exists(select 1 from users where email = 'one-more@example.org')",
    )
    .fetch_one(&app.pool)
    .await
    .expect("query");
    assert!(!exists);
}

#[tokio::test]
async fn parallel_logins_do_not_hold_database_connections_while_hashing() {
    // One connection for the notification listener, two for everything
    // else; a request waits at most a second for one.
    let app = TestApp::spawn_with(|c| {
        c.database_max_connections = 3;
        c.database_acquire_timeout_secs = 1;
        c.workers = 0;
        c.login_max_failures_per_address = 10_000;
    })
    .await;
    let emails: Vec<String> = (0..32).map(|i| format!("nobody{i}@example.org")).collect();
    let logins = emails.iter().map(|e| app.login(e, "a wrong password"));
    let statuses: Vec<u16> = join_all(logins)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert!(
        statuses.iter().all(|s| *s == 401),
        "every login answered, none starved of a connection: {statuses:?}"
    );
}

#[tokio::test]
async fn an_over_long_filter_value_never_reaches_the_audit_trail() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let before = audit_count(&app).await;
    // Just under the 64 KiB the http crate allows in a URI.
    let long = "x".repeat(60_000);
    for path in [
        format!("/v1/documents?file_type={long}"),
        "/v1/documents?file_type=exe".to_owned(),
        format!("/v1/search?q=invoice&file_type={long}"),
    ] {
        let r = app
            .authed(reqwest::Method::GET, &path, &me.token)
            .send()
            .await
            .expect("sent");
        let (status, code, body) = envelope(r).await;
        assert_eq!(
            (status, code.as_str()),
            (422, "validation_failed"),
            "{body}"
        );
        assert_eq!(body["error"]["details"][0]["field"], "file_type");
    }
    assert_eq!(
        audit_count(&app).await,
        before,
        "no list or search was audited"
    );
    let r = app
        .authed(
            reqwest::Method::GET,
            "/v1/documents?file_type=pdf",
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200, "a known type is still a filter");
}

#[tokio::test]
async fn personal_data_after_the_first_two_million_characters_comes_back_redacted() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let filler = "The quarterly report lists figures and plans for the team. ";
    let mut text = filler.repeat(2_000_000 / filler.len() + 10);
    assert!(text.chars().count() > 2_000_000);
    text.push_str(
        "Write to hidden.person@example.org or pay IBAN DE89 3704 0044 0532 0130 00 today. ",
    );
    text.push_str(&filler.repeat(20));
    let (id, status) = app.process(&me, "long.txt", text.into_bytes()).await;
    assert_eq!(status, "completed");
    let body = app
        .get_ok(&me, &format!("/v1/documents/{id}/redacted"))
        .await;
    let redacted = body["text"].as_str().expect("text");
    assert!(redacted.chars().count() > 2_000_000, "the whole text");
    assert!(
        !redacted.contains("hidden.person@example.org"),
        "email masked"
    );
    assert!(!redacted.contains("DE89 3704"), "IBAN masked");
    assert!(redacted.contains("[EMAIL]") && redacted.contains("[IBAN]"));
}

#[tokio::test]
async fn a_key_with_document_update_cannot_rewrite_the_accounts_pii_lists() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (_, key) = app
        .api_key(&me, &["document.read", "document.update"])
        .await;
    let lists = json!({"allow_list": ["ada@example.org"], "deny_list": []});
    let r = app
        .authed(reqwest::Method::PUT, "/v1/pii-lists", &key)
        .json(&lists)
        .send()
        .await
        .expect("sent");
    let (status, code, _) = envelope(r).await;
    assert_eq!((status, code.as_str()), (403, "forbidden"));
    let stored = app.get_ok(&me, "/v1/pii-lists").await;
    assert_eq!(stored["allow_list"], json!([]), "unchanged");
    let r = app
        .authed(reqwest::Method::PUT, "/v1/pii-lists", &me.token)
        .json(&lists)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200, "a login session still can");
}

#[tokio::test]
async fn a_failed_run_tells_its_owner_a_sentence_not_the_services_internals() {
    let app = TestApp::spawn_with(|c| {
        c.extractor_program = Some("/nonexistent/secret-dir/opencomplai".into());
        c.job_max_attempts = 1;
    })
    .await;
    let me = app.account().await;
    let (id, status) = app.process(&me, "note.txt", b"Just a note.".to_vec()).await;
    assert_eq!(status, "failed");
    let doc = app.document(&me, &id).await;
    let error = doc["processing_error"].as_str().expect("an error");
    assert!(
        !error.contains('/') && !error.contains("No such file") && !error.contains("os error"),
        "{error}"
    );
    assert!(
        error.starts_with("gave up after 1 attempts: the service could not run the extraction"),
        "{error}"
    );
}

/// A pending document of `me`'s (no workers run, so it stays pending and
/// its event stream stays open).
async fn pending_document(app: &TestApp, me: &crate::helpers::Account) -> String {
    let r = app
        .authed(reqwest::Method::POST, "/v1/documents", &me.token)
        .json(&json!({"title": "t", "content": "Some text to keep."}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    let body: serde_json::Value = r.json().await.expect("json");
    body["id"].as_str().expect("id").to_owned()
}

#[tokio::test]
async fn an_account_holds_at_most_eight_event_streams_and_the_ninth_gets_429() {
    let cap = Config::default().event_streams_per_account;
    assert_eq!(cap, 8);
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let other = app.account().await;
    let id = pending_document(&app, &me).await;
    let path = format!("/v1/documents/{id}/events");
    let mut open = Vec::new();
    for _ in 0..cap {
        let r = app
            .authed(reqwest::Method::GET, &path, &me.token)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 200);
        open.push(r);
    }
    let r = app
        .authed(reqwest::Method::GET, &path, &me.token)
        .send()
        .await
        .expect("sent");
    assert!(r.headers().contains_key("retry-after"));
    let (status, code, _) = envelope(r).await;
    assert_eq!((status, code.as_str()), (429, "rate_limited"));
    // Another account is not held back by this one's streams.
    let theirs = pending_document(&app, &other).await;
    let r = app
        .authed(
            reqwest::Method::GET,
            &format!("/v1/documents/{theirs}/events"),
            &other.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    drop(open);
}

#[tokio::test]
async fn an_event_stream_ends_when_the_key_that_opened_it_is_revoked() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let id = pending_document(&app, &me).await;
    let (key_id, key) = app.api_key(&me, &["document.read"]).await;
    let stream = app
        .authed(
            reqwest::Method::GET,
            &format!("/v1/documents/{id}/events"),
            &key,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(stream.status(), 200);
    let r = app
        .authed(
            reqwest::Method::DELETE,
            &format!("/v1/api-keys/{key_id}"),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert!(r.status().is_success());
    let body = tokio::time::timeout(Duration::from_secs(15), stream.text())
        .await
        .expect("the stream ends within seconds of the revocation")
        .expect("body");
    assert!(body.contains("pending"), "{body}");
}

#[tokio::test]
async fn a_client_that_trickles_its_headers_is_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn_with(|c| c.header_read_timeout_secs = 1).await;
    let stream = tokio::net::TcpStream::connect(app.addr)
        .await
        .expect("connect");
    let (mut read, mut write) = stream.into_split();
    write
        .write_all(b"GET /health HTTP/1.1\r\nHost: localhost\r\n")
        .await
        .expect("request line");
    // One byte of one more header every 200 ms, for up to 20 s.
    let trickle = tokio::spawn(async move {
        for b in b"X-Slow: ".iter().cycle().take(100) {
            if write.write_all(&[*b]).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    });
    let started = Instant::now();
    let mut answer = Vec::new();
    let read_all =
        tokio::time::timeout(Duration::from_secs(5), read.read_to_end(&mut answer)).await;
    assert!(
        read_all.is_ok(),
        "the server closed the connection within 5 s (after {:?})",
        started.elapsed()
    );
    let answer = String::from_utf8_lossy(&answer);
    assert!(!answer.contains("200 OK"), "{answer}");
    trickle.abort();

    // A client that sends its headers at once is served as before.
    assert_eq!(app.get("/health").await.status(), 200);
}

#[tokio::test]
async fn an_upload_whose_body_stalls_is_answered_and_abandoned() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn_with(|c| c.body_read_timeout_secs = 1).await;
    let me = app.account().await;
    let mut stream = tokio::net::TcpStream::connect(app.addr)
        .await
        .expect("connect");
    let head = format!(
        "POST /v1/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {}\r\n\
         Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 1000000\r\n\r\n\
         --XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nthe start of it",
        me.token
    );
    stream.write_all(head.as_bytes()).await.expect("head");
    // Then nothing more: the server must not wait for the rest forever.
    let mut answer = vec![0; 4096];
    let n = tokio::time::timeout(Duration::from_secs(6), stream.read(&mut answer))
        .await
        .expect("answered within seconds of the body stalling")
        .expect("read");
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 4"), "{answer}");
    let documents: i64 = sqlx::query_scalar("select count(*) from documents")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(documents, 0, "nothing half-uploaded was kept");
}

#[tokio::test]
async fn the_openapi_document_states_the_limits() {
    let app = TestApp::spawn().await;
    let spec: serde_json::Value = app.get("/openapi.json").await.json().await.expect("spec");
    let schemas = &spec["components"]["schemas"];
    assert_eq!(schemas["LoginIn"]["properties"]["email"]["maxLength"], 254);
    assert_eq!(
        schemas["LoginIn"]["properties"]["password"]["maxLength"],
        1024
    );
    assert_eq!(
        schemas["RegisterIn"]["properties"]["email"]["maxLength"],
        254
    );
    assert_eq!(
        schemas["RegisterIn"]["properties"]["password"]["minLength"],
        12
    );
    let statuses = |path: &str, method: &str| -> Vec<String> {
        spec["paths"][path][method]["responses"]
            .as_object()
            .unwrap_or_else(|| panic!("{method} {path}"))
            .keys()
            .cloned()
            .collect()
    };
    for code in ["413", "422", "429"] {
        assert!(
            statuses("/v1/auth/login", "post").contains(&code.to_owned()),
            "login {code}"
        );
        assert!(
            statuses("/v1/auth/register", "post").contains(&code.to_owned()),
            "register {code}"
        );
    }
    assert!(statuses("/v1/documents/{id}/events", "get").contains(&"429".to_owned()));
    assert!(statuses("/v1/documents", "get").contains(&"422".to_owned()));
    assert!(statuses("/v1/pii-lists", "put").contains(&"403".to_owned()));
    let file_type = spec["paths"]["/v1/documents"]["get"]["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .find(|p| p["name"] == "file_type")
        .expect("file_type")
        .clone();
    assert_ne!(file_type["required"], true, "{file_type}");
    let allowed = file_type["schema"]["enum"].as_array().expect("an enum");
    assert!(allowed.contains(&json!("pdf")) && allowed.contains(&json!("txt")));
}

#[tokio::test]
async fn an_accounts_quotas_answer_413_and_429_with_a_reason_and_a_higher_tier_has_more() {
    let app = TestApp::spawn_with(|c| {
        c.quota_free_documents_per_day = 2;
        c.quota_free_stored_bytes = 1_000;
        c.quota_free_reprocess_per_day = 1;
        c.quota_pro_documents_per_day = 0;
    })
    .await;
    let me = app.account().await;
    // Storage: 600 bytes fit, 600 more do not.
    let (first, status) = app.process(&me, "a.txt", vec![b'a'; 600]).await;
    assert_eq!(status, "completed");
    let r = app.upload(&me, "b.txt", vec![b'b'; 600]).await;
    let (status, code, body) = envelope(r).await;
    assert_eq!((status, code.as_str()), (413, "payload_too_large"));
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("600 bytes of its 1000 bytes"), "{message}");
    // Documents per day: the second fits, the third waits for tomorrow.
    let r = app.upload(&me, "c.txt", vec![b'c'; 10]).await;
    assert_eq!(r.status(), 202);
    let r = app.upload(&me, "d.txt", vec![b'd'; 10]).await;
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=86_400).contains(&retry), "{retry}");
    let (status, code, body) = envelope(r).await;
    assert_eq!((status, code.as_str()), (429, "rate_limited"));
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("its 2 documents for today"), "{message}");
    // Reprocessing: one run a day.
    let reprocess = |id: String| {
        let app = &app;
        let me = &me;
        async move {
            app.authed(
                reqwest::Method::POST,
                &format!("/v1/documents/{id}/reprocess"),
                &me.token,
            )
            .send()
            .await
            .expect("sent")
        }
    };
    assert_eq!(reprocess(first.clone()).await.status(), 202);
    app.follow(&me, &first).await;
    let (status, _, body) = envelope(reprocess(first.clone()).await).await;
    assert_eq!(status, 429, "{body}");
    assert!(
        body.to_string().contains("reprocessing runs for today"),
        "{body}"
    );
    // The same account on the pro tier (no daily limit here) adds more.
    sqlx::query("update users set tier = 'pro' where id = $1")
        .bind(me.id)
        .execute(&app.pool)
        .await
        .expect("tier");
    let r = app.upload(&me, "e.txt", vec![b'e'; 10]).await;
    assert_eq!(r.status(), 202);
}
