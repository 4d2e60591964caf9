//! API keys: shown once, stored hashed, scoped, revocable, expiring.

use reqwest::Method;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::helpers::{TestApp, envelope};

#[tokio::test]
async fn a_key_is_shown_once_and_stored_only_as_a_hash() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let response = app
        .authed(Method::POST, "/v1/api-keys", &me.token)
        .json(
            &json!({"name": "ci runner", "permissions": ["document.read", "audit.read"],
                      "expires_at": "2099-01-01T00:00:00Z"}),
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 201);
    let created: serde_json::Value = response.json().await.expect("json");
    let key = created["key"].as_str().expect("key").to_owned();
    assert!(key.starts_with("sk_live_") && key.len() >= 8 + 43, "{key}");
    assert_eq!(created["prefix"].as_str(), Some(&key[..10]));
    assert_eq!(
        created["permissions"],
        json!(["document.read", "audit.read"])
    );
    assert_eq!(created["expires_at"], "2099-01-01T00:00:00Z");
    for field in ["id", "name", "created_at"] {
        assert!(!created[field].is_null(), "{field}");
    }

    let list: serde_json::Value = app
        .authed(Method::GET, "/v1/api-keys", &me.token)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1));
    assert!(list["next_cursor"].is_null());
    assert!(list["items"][0].get("key").is_none());
    assert!(
        !list.to_string().contains(&key[10..]),
        "the secret never shows again"
    );

    let (stored, hash): (String, String) = sqlx::query_as("select prefix, key_hash from api_keys")
        .fetch_one(&app.pool)
        .await
        .expect("row");
    assert_eq!(stored, &key[..10]);
    let expected: String = Sha256::digest(key.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(hash, expected);
}

#[tokio::test]
async fn unknown_or_missing_permissions_are_422() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    for body in [
        json!({"name": "x", "permissions": ["document.read", "document.destroy"]}),
        json!({"name": "x", "permissions": []}),
        json!({"name": "", "permissions": ["document.read"]}),
        json!({"name": "x", "permissions": ["document.read"], "expires_at": "2001-01-01T00:00:00Z"}),
    ] {
        let r = app
            .authed(Method::POST, "/v1/api-keys", &me.token)
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
    let count: i64 = sqlx::query_scalar("select count(*) from api_keys")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(count, 0);
}

#[tokio::test]
async fn a_key_works_in_either_header_and_only_for_its_permissions() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (_, reader) = app.api_key(&me, &["document.read"]).await;
    let (_, auditor) = app.api_key(&me, &["audit.read"]).await;
    let r = app
        .authed(Method::GET, "/v1/audit-logs", &reader)
        .send()
        .await
        .expect("sent");
    let (status, code, body) = envelope(r).await;
    assert_eq!((status, code.as_str()), (403, "forbidden"));
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("audit.read")
    );
    let r = app
        .authed(Method::GET, "/v1/audit-logs", &auditor)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    let r = app
        .client
        .get(app.url("/v1/audit-logs"))
        .header("X-API-Key", &auditor)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200, "X-API-Key works too");
    // Keys cannot manage the account or mint keys.
    let r = app
        .authed(Method::POST, "/v1/api-keys", &auditor)
        .json(&json!({"name": "more", "permissions": ["audit.read"]}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 403);
    let r = app
        .authed(Method::DELETE, "/v1/me", &reader)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn revoked_and_expired_keys_get_401() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (id, key) = app.api_key(&me, &["audit.read"]).await;
    assert_eq!(
        app.authed(Method::GET, "/v1/audit-logs", &key)
            .send()
            .await
            .expect("sent")
            .status(),
        200
    );
    let r = app
        .authed(Method::DELETE, &format!("/v1/api-keys/{id}"), &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);
    let (status, _, body) = envelope(
        app.authed(Method::GET, "/v1/audit-logs", &key)
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, 401);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("revoked")
    );
    let r = app
        .authed(Method::DELETE, &format!("/v1/api-keys/{id}"), &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204, "revoking again is harmless");

    let (id2, key2) = app.api_key(&me, &["audit.read"]).await;
    sqlx::query("update api_keys set expires_at = now() - interval '1 second' where id = $1::uuid")
        .bind(&id2)
        .execute(&app.pool)
        .await
        .expect("expire");
    let (status, _, body) = envelope(
        app.authed(Method::GET, "/v1/audit-logs", &key2)
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, 401);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("expired")
    );
}

#[tokio::test]
async fn last_used_at_is_recorded_at_most_once_a_minute() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (id, key) = app.api_key(&me, &["audit.read"]).await;
    let read = || async {
        sqlx::query_scalar::<_, Option<chrono::NaiveDateTime>>(
            "select last_used_at from api_keys where id = $1::uuid",
        )
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .expect("row")
    };
    assert!(read().await.is_none());
    app.authed(Method::GET, "/v1/audit-logs", &key)
        .send()
        .await
        .expect("sent");
    let first = read().await.expect("set on first use");
    app.authed(Method::GET, "/v1/audit-logs", &key)
        .send()
        .await
        .expect("sent");
    assert_eq!(read().await, Some(first), "not rewritten within the minute");
    sqlx::query("update api_keys set last_used_at = last_used_at - interval '2 minutes' where id = $1::uuid")
        .bind(&id)
        .execute(&app.pool)
        .await
        .expect("age");
    app.authed(Method::GET, "/v1/audit-logs", &key)
        .send()
        .await
        .expect("sent");
    assert!(read().await.expect("set") > first - chrono::Duration::minutes(2));
}

#[tokio::test]
async fn another_accounts_key_is_404_to_revoke() {
    let app = TestApp::spawn().await;
    let alice = app.account().await;
    let bob = app.account().await;
    let (alice_key, key) = app.api_key(&alice, &["audit.read"]).await;
    for id in [
        alice_key.as_str(),
        "00000000-0000-0000-0000-000000000000",
        "not-a-uuid",
    ] {
        let r = app
            .authed(Method::DELETE, &format!("/v1/api-keys/{id}"), &bob.token)
            .send()
            .await
            .expect("sent");
        let (status, code, _) = envelope(r).await;
        assert_eq!((status, code.as_str()), (404, "not_found"), "{id}");
    }
    assert_eq!(
        app.authed(Method::GET, "/v1/audit-logs", &key)
            .send()
            .await
            .expect("sent")
            .status(),
        200
    );
    let bobs: serde_json::Value = app
        .authed(Method::GET, "/v1/api-keys", &bob.token)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(bobs["items"], json!([]), "bob never sees alice's keys");
}

#[tokio::test]
async fn a_key_name_with_nul_is_refused_with_422() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let response = app
        .authed(Method::POST, "/v1/api-keys", &me.token)
        .json(&json!({"name": "ci\u{0}key", "permissions": ["document.read"]}))
        .send()
        .await
        .expect("sent");
    let (status, _, body) = envelope(response).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["details"][0]["field"], "name", "{body}");
}
