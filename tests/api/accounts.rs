//! Accounts: registration, login, verification, the profile, deletion.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use reqwest::Method;
use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, envelope};

#[tokio::test]
async fn registering_answers_201_with_a_lowercased_email_and_no_secret() {
    let app = TestApp::spawn().await;
    let response = app
        .post_json(
            "/v1/auth/register",
            json!({"email": "  Ada.Lovelace@Example.ORG ", "password": PASSWORD,
                   "full_name": "Ada Lovelace", "organization": "Analytical Engines",
                   "avatar_url": "https://example.org/ada.png"}),
        )
        .await;
    assert_eq!(response.status(), 201);
    let user: serde_json::Value = response.json().await.expect("json");
    assert_eq!(user["email"], "ada.lovelace@example.org");
    assert_eq!(user["full_name"], "Ada Lovelace");
    assert_eq!(user["email_verified"], false);
    assert_eq!(user["tier"], "free");
    assert!(
        user["created_at"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z')),
        "{user}"
    );
    let text = user.to_string();
    assert!(
        !text.contains("password") && !text.contains("argon2"),
        "{text}"
    );
    let stored: String = sqlx::query_scalar(
        "select password_hash from users where email = 'ada.lovelace@example.org'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("row");
    assert!(
        stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{stored}"
    );
}

#[tokio::test]
async fn the_same_email_in_any_case_is_a_conflict() {
    let app = TestApp::spawn().await;
    app.register("grace@example.org").await;
    let response = app
        .post_json(
            "/v1/auth/register",
            json!({"email": "GRACE@example.org", "password": PASSWORD}),
        )
        .await;
    let (status, code, _) = envelope(response).await;
    assert_eq!((status, code.as_str()), (409, "conflict"));
}

#[tokio::test]
async fn weak_passwords_bad_emails_and_bad_urls_are_refused_with_the_field_named() {
    let app = TestApp::spawn().await;
    let cases = [
        (
            json!({"email": "a@example.org", "password": "short"}),
            "password",
            "too_short",
        ),
        (
            json!({"email": "longname@example.org", "password": "longname@example.org"}),
            "password",
            "is_email",
        ),
        (
            json!({"email": "b@example.org", "password": "qwerty123456"}),
            "password",
            "common",
        ),
        (
            json!({"email": "c@example.org", "password": "Password12345!"}),
            "password",
            "common",
        ),
        (
            json!({"email": "not-an-email", "password": PASSWORD}),
            "email",
            "invalid",
        ),
        (
            json!({"email": "d@example.org", "password": PASSWORD, "avatar_url": "javascript:alert(1)"}),
            "avatar_url",
            "invalid",
        ),
    ];
    for (body, field, issue) in cases {
        let (status, code, envelope) =
            envelope(app.post_json("/v1/auth/register", body.clone()).await).await;
        assert_eq!(
            (status, code.as_str()),
            (422, "validation_failed"),
            "{body}"
        );
        assert_eq!(envelope["error"]["details"][0]["field"], field, "{body}");
        assert_eq!(envelope["error"]["details"][0]["issue"], issue, "{body}");
    }
    let users: i64 = sqlx::query_scalar("select count(*) from users")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(users, 0, "nothing was stored");
}

#[tokio::test]
async fn malformed_json_and_a_wrong_content_type_get_the_envelope() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(app.url("/v1/auth/register"))
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .expect("sent");
    let (status, code, body) = envelope(response).await;
    assert_eq!((status, code.as_str()), (422, "validation_failed"));
    assert_eq!(body["error"]["details"][0]["issue"], "malformed_json");
    let response = app
        .client
        .post(app.url("/v1/auth/login"))
        .header("content-type", "text/plain")
        .body("email=a")
        .send()
        .await
        .expect("sent");
    let (status, code, _) = envelope(response).await;
    assert_eq!((status, code.as_str()), (415, "unsupported_media_type"));
}

#[tokio::test]
async fn login_gives_a_bearer_token_that_opens_the_profile() {
    let app = TestApp::spawn().await;
    app.register("hopper@example.org").await;
    let response = app.login("Hopper@Example.org", PASSWORD).await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 3600);
    let token = body["access_token"].as_str().expect("token");
    let me = app
        .authed(Method::GET, "/v1/me", token)
        .send()
        .await
        .expect("sent");
    assert_eq!(me.status(), 200);
    let me: serde_json::Value = me.json().await.expect("json");
    assert_eq!(me["email"], "hopper@example.org");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_401() {
    let app = TestApp::spawn().await;
    app.register("turing@example.org").await;
    let wrong = app.login("turing@example.org", "wrong password here").await;
    assert_eq!(wrong.headers()["www-authenticate"], "Bearer");
    let (s1, c1, b1) = envelope(wrong).await;
    let (s2, c2, b2) = envelope(app.login("nobody@example.org", "wrong password here").await).await;
    assert_eq!((s1, c1.as_str()), (401, "unauthorized"));
    assert_eq!((s2, c2.as_str()), (401, "unauthorized"));
    assert_eq!(b1["error"]["message"], b2["error"]["message"]);
}

#[tokio::test]
async fn repeated_failed_logins_get_429_with_retry_after() {
    let app = TestApp::spawn_with(|c| c.login_max_failures_per_account = 3).await;
    app.register("target@example.org").await;
    for _ in 0..3 {
        assert_eq!(
            app.login("target@example.org", "not the password!")
                .await
                .status(),
            401
        );
    }
    let response = app.login("target@example.org", PASSWORD).await;
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=900).contains(&retry), "{retry}");
    let (status, code, _) = envelope(response).await;
    assert_eq!(
        (status, code.as_str()),
        (429, "rate_limited"),
        "even the right password waits"
    );
}

#[tokio::test]
async fn failed_logins_from_one_address_are_limited_across_accounts() {
    let app = TestApp::spawn_with(|c| c.login_max_failures_per_address = 4).await;
    for i in 0..4 {
        let r = app
            .login(&format!("guess{i}@example.org"), "not the password!")
            .await;
        assert_eq!(r.status(), 401);
    }
    let (status, code, _) =
        envelope(app.login("guess9@example.org", "not the password!").await).await;
    assert_eq!((status, code.as_str()), (429, "rate_limited"));
}

/// A minimal SMTP server on a real socket: accepts one message and returns it.
fn smtp_sink() -> (u16, std::thread::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let handle = std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut out = stream.try_clone().expect("clone");
        let mut reader = BufReader::new(stream);
        let mut data = String::new();
        let mut in_data = false;
        let _ = out.write_all(b"220 sink ESMTP\r\n");
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap_or(0) > 0 {
            let cmd = line.trim_end().to_owned();
            line.clear();
            if in_data {
                if cmd == "." {
                    in_data = false;
                    let _ = out.write_all(b"250 queued\r\n");
                } else {
                    data.push_str(&cmd);
                    data.push('\n');
                }
                continue;
            }
            let upper = cmd.to_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") {
                b"250-sink\r\n250 8BITMIME\r\n"
            } else if upper.starts_with("DATA") {
                in_data = true;
                b"354 go ahead\r\n"
            } else if upper.starts_with("QUIT") {
                let _ = out.write_all(b"221 bye\r\n");
                break;
            } else {
                b"250 ok\r\n"
            };
            let _ = out.write_all(reply);
        }
        data
    });
    (port, handle)
}

#[tokio::test]
async fn the_verification_token_arrives_by_smtp_and_works_once() {
    let (port, mail) = smtp_sink();
    let app = TestApp::spawn_with(|c| {
        c.smtp_url = Some(opencomplai::config::Secret::new(format!(
            "smtp://127.0.0.1:{port}"
        )));
    })
    .await;
    app.register("lamarr@example.org").await;
    let message = tokio::task::spawn_blocking(move || mail.join().expect("sink"))
        .await
        .expect("join");
    assert!(message.contains("To: lamarr@example.org"), "{message}");
    let token = message
        .lines()
        .map(str::trim)
        .find(|l| {
            l.len() == 43
                && l.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .expect("the mail holds the token")
        .to_owned();
    let response = app
        .post_json("/v1/auth/verify-email", json!({"token": token}))
        .await;
    assert_eq!(response.status(), 200);
    let user: serde_json::Value = response.json().await.expect("json");
    assert_eq!(user["email_verified"], true);
    assert!(user["email_verified_at"].is_string());
    let again = app
        .post_json("/v1/auth/verify-email", json!({"token": token}))
        .await;
    let (status, code, _) = envelope(again).await;
    assert_eq!(
        (status, code.as_str()),
        (422, "validation_failed"),
        "single use"
    );
    let stored: i64 =
        sqlx::query_scalar("select count(*) from email_verification_tokens where token_hash = $1")
            .bind(&token)
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(stored, 0, "only a hash of the token is stored");
}

#[tokio::test]
async fn an_expired_verification_token_is_refused() {
    let (port, mail) = smtp_sink();
    let app = TestApp::spawn_with(|c| {
        c.smtp_url = Some(opencomplai::config::Secret::new(format!(
            "smtp://127.0.0.1:{port}"
        )));
    })
    .await;
    app.register("expired@example.org").await;
    let message = tokio::task::spawn_blocking(move || mail.join().expect("sink"))
        .await
        .expect("join");
    let token = message
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 43 && !l.contains(' '))
        .expect("token")
        .to_owned();
    sqlx::query("update email_verification_tokens set expires_at = now() - interval '1 minute'")
        .execute(&app.pool)
        .await
        .expect("expire");
    let (status, _, _) = envelope(
        app.post_json("/v1/auth/verify-email", json!({"token": token}))
            .await,
    )
    .await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn the_profile_changes_by_patch_and_refuses_unknown_or_invalid_fields() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let response = app
        .authed(Method::PATCH, "/v1/me", &me.token)
        .json(&json!({"full_name": "Katherine Johnson", "organization": "NASA"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200);
    let user: serde_json::Value = response.json().await.expect("json");
    assert_eq!(user["full_name"], "Katherine Johnson");
    let cleared = app
        .authed(Method::PATCH, "/v1/me", &me.token)
        .json(&json!({"organization": null}))
        .send()
        .await
        .expect("sent");
    let user: serde_json::Value = cleared.json().await.expect("json");
    assert!(user["organization"].is_null());
    assert_eq!(
        user["full_name"], "Katherine Johnson",
        "untouched fields stay"
    );
    for body in [
        json!({"email": "x@example.org"}),
        json!({"tier": "enterprise"}),
        json!({"avatar_url": "ftp://x"}),
    ] {
        let r = app
            .authed(Method::PATCH, "/v1/me", &me.token)
            .json(&body)
            .send()
            .await
            .expect("sent");
        let (status, code, _) = envelope(r).await;
        assert_eq!(
            (status, code.as_str()),
            (422, "validation_failed"),
            "{body}"
        );
    }
}

#[tokio::test]
async fn a_deleted_account_cannot_log_in_and_its_token_and_keys_stop_working() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (_, key) = app.api_key(&me, &["document.read"]).await;
    let r = app
        .authed(Method::DELETE, "/v1/me", &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);
    let deleted: bool =
        sqlx::query_scalar("select deleted_at is not null from users where id = $1")
            .bind(me.id)
            .fetch_one(&app.pool)
            .await
            .expect("row");
    assert!(deleted, "soft delete keeps the row");
    assert_eq!(app.login(&me.email, PASSWORD).await.status(), 401);
    for credential in [&me.token, &key] {
        let r = app
            .authed(Method::GET, "/v1/me", credential)
            .send()
            .await
            .expect("sent");
        let (status, code, _) = envelope(r).await;
        assert_eq!((status, code.as_str()), (401, "unauthorized"));
    }
}

#[tokio::test]
async fn a_disabled_account_gets_403() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    sqlx::query("update users set is_active = false where id = $1")
        .bind(me.id)
        .execute(&app.pool)
        .await
        .expect("disable");
    let (status, code, body) = envelope(app.login(&me.email, PASSWORD).await).await;
    assert_eq!((status, code.as_str()), (403, "forbidden"));
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("disabled")
    );
    let r = app
        .authed(Method::GET, "/v1/me", &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn requests_are_limited_by_tier_and_an_expired_paid_tier_counts_as_free() {
    let app = TestApp::spawn_with(|c| {
        c.rate_limit_free_per_minute = 3;
        c.rate_limit_pro_per_minute = 50;
    })
    .await;
    let paid = app.account().await;
    let lapsed = app.account().await;
    sqlx::query("update users set tier = 'pro', subscription_expires_at = now() + interval '30 days' where id = $1")
        .bind(paid.id)
        .execute(&app.pool)
        .await
        .expect("pro");
    sqlx::query("update users set tier = 'pro', subscription_expires_at = now() - interval '1 day' where id = $1")
        .bind(lapsed.id)
        .execute(&app.pool)
        .await
        .expect("lapsed");
    let me: serde_json::Value = app
        .authed(Method::GET, "/v1/me", &lapsed.token)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(me["tier"], "pro");
    assert_eq!(me["effective_tier"], "free");
    for _ in 0..2 {
        assert_eq!(
            app.authed(Method::GET, "/v1/me", &lapsed.token)
                .send()
                .await
                .expect("sent")
                .status(),
            200
        );
    }
    let r = app
        .authed(Method::GET, "/v1/me", &lapsed.token)
        .send()
        .await
        .expect("sent");
    assert!(r.headers().contains_key("retry-after"));
    let (status, code, _) = envelope(r).await;
    assert_eq!((status, code.as_str()), (429, "rate_limited"));
    for _ in 0..6 {
        assert_eq!(
            app.authed(Method::GET, "/v1/me", &paid.token)
                .send()
                .await
                .expect("sent")
                .status(),
            200
        );
    }
}

#[tokio::test]
async fn parallel_guesses_cannot_get_past_the_failed_login_limit() {
    let app = TestApp::spawn_with(|c| c.login_max_failures_per_account = 3).await;
    app.register("parallel@example.org").await;
    let guesses = (0..12).map(|i| {
        app.login(
            "parallel@example.org",
            if i == 0 {
                "wrong guess zero!"
            } else {
                "another wrong guess"
            },
        )
    });
    let statuses: Vec<u16> = futures_util::future::join_all(guesses)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    let answered = statuses.iter().filter(|s| **s == 401).count();
    assert!(answered <= 3, "at most 3 guesses checked: {statuses:?}");
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        12 - answered
    );
}

#[tokio::test]
async fn a_deleted_account_with_the_right_password_is_told_so() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    app.authed(Method::DELETE, "/v1/me", &me.token)
        .send()
        .await
        .expect("sent");
    let (status, code, body) = envelope(app.login(&me.email, PASSWORD).await).await;
    assert_eq!((status, code.as_str()), (401, "unauthorized"));
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("deleted"),
        "{body}"
    );
    let rows = app.audit_rows(me.id).await;
    let last = rows.last().expect("rows");
    assert_eq!(
        (last.action.as_str(), last.resource_type.as_str()),
        ("login_failed", "user")
    );
    assert_eq!(
        last.new_values.as_ref().map(|v| v["reason"].clone()),
        Some(json!("account_deleted"))
    );
    assert!(
        rows.iter()
            .any(|r| r.action == "delete" && r.resource_type == "user")
    );
}

#[tokio::test]
async fn the_generated_session_key_lives_in_a_private_file_and_outlasts_a_restart() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().expect("dir");
    let dir = data.path().to_owned();
    let first = TestApp::spawn_with(|c| {
        c.jwt_secret = None;
        c.data_dir = dir.clone();
    })
    .await;
    let me = first.account().await;
    let key = dir.join(opencomplai::auth::tokens::KEY_FILE);
    let mode = std::fs::metadata(&key)
        .expect("key file")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "only the owner reads the key");
    // A second instance on the same data directory accepts the session.
    let second = TestApp::spawn_with(|c| {
        c.jwt_secret = None;
        c.data_dir = dir.clone();
        c.database_url = Some(opencomplai::config::Secret::new(
            first.app_database_url().to_owned(),
        ));
    })
    .await;
    let r = second
        .authed(Method::GET, "/v1/me", &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
}
