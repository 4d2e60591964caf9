//! Every `/v1` endpoint the router serves (read from the generated OpenAPI
//! document, so a new route is covered automatically) against every kind of
//! bad credential, and against another account's resources.

use jsonwebtoken::{EncodingKey, Header, encode};
use reqwest::Method;
use serde_json::json;

use crate::helpers::{JWT_SECRET, TestApp};

/// Routes anyone may call.
const PUBLIC: &[&str] = &[
    "/v1/auth/register",
    "/v1/auth/login",
    "/v1/auth/verify-email",
    "/v1/audit-logs/public-key",
];

async fn v1_operations(app: &TestApp) -> Vec<(Method, String, serde_json::Value)> {
    let spec: serde_json::Value = app.get("/openapi.json").await.json().await.expect("spec");
    let mut ops = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        if !path.starts_with("/v1/") || PUBLIC.contains(&path.as_str()) {
            continue;
        }
        for (method, op) in item.as_object().expect("path item") {
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
            ops.push((method, path.clone(), op.clone()));
        }
    }
    assert!(ops.len() >= 6, "the walk found the routes: {ops:?}");
    ops
}

fn forged_expired_jwt(user: uuid::Uuid) -> String {
    let now = chrono::Utc::now().timestamp();
    let claims = json!({"sub": user, "iat": now - 7200, "exp": now - 3600, "iss": "opencomplai"});
    encode(
        &Header::default(),
        &claims,
        &EncodingKey::from_secret(JWT_SECRET.as_bytes()),
    )
    .expect("jwt")
}

#[tokio::test]
async fn every_protected_endpoint_refuses_every_bad_credential() {
    let app = TestApp::spawn().await;
    let owner = app.account().await;
    let (revoked_id, revoked) = app.api_key(&owner, &["document.read", "audit.read"]).await;
    app.authed(
        Method::DELETE,
        &format!("/v1/api-keys/{revoked_id}"),
        &owner.token,
    )
    .send()
    .await
    .expect("revoke");
    let (expired_id, expired) = app.api_key(&owner, &["document.read", "audit.read"]).await;
    sqlx::query("update api_keys set expires_at = now() - interval '1 minute' where id = $1::uuid")
        .bind(&expired_id)
        .execute(&app.pool)
        .await
        .expect("expire");
    let other_signer = {
        let now = chrono::Utc::now().timestamp();
        let claims = json!({"sub": owner.id, "iat": now, "exp": now + 600, "iss": "opencomplai"});
        encode(
            &Header::default(),
            &claims,
            &EncodingKey::from_secret(b"some-other-secret-0123456789abcdef"),
        )
        .expect("jwt")
    };

    let credentials: Vec<(&str, Option<String>)> = vec![
        ("no credentials", None),
        ("malformed token", Some("Bearer not-a-token".into())),
        ("wrong scheme", Some(format!("Basic {}", owner.token))),
        (
            "expired JWT",
            Some(format!("Bearer {}", forged_expired_jwt(owner.id))),
        ),
        (
            "JWT signed by another key",
            Some(format!("Bearer {other_signer}")),
        ),
        ("revoked key", Some(format!("Bearer {revoked}"))),
        ("expired key", Some(format!("Bearer {expired}"))),
        (
            "unknown key",
            Some("Bearer sk_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into()),
        ),
    ];
    for (method, path, op) in v1_operations(&app).await {
        assert!(
            op["security"].as_array().is_some_and(|s| !s.is_empty()),
            "{method} {path} declares its credentials in the API description"
        );
        let path = path.replace("{id}", &uuid::Uuid::new_v4().to_string());
        for (what, header) in &credentials {
            let mut rb = app
                .client
                .request(method.clone(), app.url(&path))
                .json(&json!({}));
            if let Some(h) = header {
                rb = rb.header("Authorization", h);
            }
            let r = rb.send().await.expect("sent");
            let status = r.status().as_u16();
            let body: serde_json::Value = r.json().await.expect("envelope");
            assert_eq!(status, 401, "{method} {path} with {what}: {body}");
            assert_eq!(body["error"]["code"], "unauthorized");
        }
    }
}

#[tokio::test]
async fn a_key_without_the_needed_permission_or_session_is_refused_with_403() {
    // Seven keys on every route is more than the free tier's requests a minute.
    let app = TestApp::spawn_with(|c| c.rate_limit_free_per_minute = 10_000).await;
    let owner = app.account().await;
    // One key per permission: every route needs at most one of them, so at
    // least six of the seven keys must be refused on every route.
    let mut keys = Vec::new();
    for p in [
        "document.read",
        "document.create",
        "document.update",
        "document.delete",
        "audit.read",
        "compliance.manage",
        "webhook.manage",
    ] {
        keys.push((p, app.api_key(&owner, &[p]).await.1));
    }
    for (method, path, _) in v1_operations(&app).await {
        // Reading one's own profile needs only a valid credential.
        if path == "/v1/me" && method == Method::GET {
            continue;
        }
        let path = path.replace("{id}", &uuid::Uuid::new_v4().to_string());
        let mut refused = Vec::new();
        for (permission, key) in &keys {
            let r = app
                .authed(method.clone(), &path, key)
                .json(&json!({}))
                .send()
                .await
                .expect("sent");
            let status = r.status().as_u16();
            let body: serde_json::Value = r.json().await.unwrap_or_default();
            if status == 403 {
                assert_eq!(body["error"]["code"], "forbidden");
                refused.push(*permission);
            } else {
                assert_ne!(status, 401, "{method} {path} with {permission}: {body}");
            }
        }
        assert!(
            refused.len() >= 6,
            "{method} {path}: only {refused:?} refused"
        );
    }
}

#[tokio::test]
async fn another_accounts_resources_answer_404_and_their_data_never_shows() {
    let app = TestApp::spawn().await;
    let alice = app.account().await;
    let bob = app.account().await;
    let (alice_key_id, _) = app.api_key(&alice, &["audit.read"]).await;
    for (method, path, _) in v1_operations(&app).await {
        if !path.contains("{id}") {
            continue;
        }
        let path = path.replace("{id}", &alice_key_id);
        let r = app
            .authed(method.clone(), &path, &bob.token)
            .json(&json!({}))
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 404, "{method} {path}");
    }
    for path in ["/v1/audit-logs", "/v1/api-keys", "/v1/me"] {
        let text = app
            .authed(Method::GET, path, &bob.token)
            .send()
            .await
            .expect("sent")
            .text()
            .await
            .expect("body");
        assert!(
            !text.contains(&alice.id.to_string()) && !text.contains(&alice.email),
            "{path}: {text}"
        );
    }
}

#[tokio::test]
async fn a_v1_route_without_an_authorization_extractor_answers_500_not_data() {
    use axum::routing::get;
    let rogue = axum::Router::new()
        .route("/v1/rogue", get(|| async { "everyone's secrets" }))
        .route("/v1/auth/login", get(|| async { "public" }))
        .layer(axum::middleware::from_fn(
            opencomplai::http::principal::require_authorization,
        ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, rogue).await.expect("serve") });
    let r = reqwest::get(format!("http://{addr}/v1/rogue"))
        .await
        .expect("sent");
    assert_eq!(r.status(), 500);
    assert!(!r.text().await.expect("body").contains("secrets"));
    let r = reqwest::get(format!("http://{addr}/v1/auth/login"))
        .await
        .expect("sent");
    assert_eq!(r.status(), 200, "public routes are left alone");
}
