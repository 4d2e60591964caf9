//! The HTTP conventions every endpoint shares: request ids, the error
//! envelope, body limits, probes and the generated API description.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use opencomplai::auth::AuthServices;
use opencomplai::auth::tokens::SessionKeys;
use opencomplai::config::Config;
use opencomplai::http::{AppState, app};
use sqlx::postgres::PgConnectOptions;

use crate::helpers::{TestApp, TestDb, envelope, test_config};

#[tokio::test]
async fn health_answers_ok_with_a_request_id() {
    let app = TestApp::spawn().await;
    let response = app.get("/health").await;
    assert_eq!(response.status(), 200);
    let id = response.headers()["x-request-id"]
        .to_str()
        .expect("ascii")
        .to_owned();
    uuid::Uuid::parse_str(&id).expect("a generated id is a UUID");
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn a_valid_incoming_request_id_is_echoed_and_an_invalid_one_replaced() {
    let app = TestApp::spawn().await;
    let mine = "6f1c7a52-2d5e-4a7e-9a43-0b8c1f1d2e3f";
    let response = app
        .client
        .get(app.url("/health"))
        .header("X-Request-Id", mine)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.headers()["x-request-id"], mine);

    let response = app
        .client
        .get(app.url("/no/such/thing"))
        .header("X-Request-Id", "'; drop table users; --")
        .send()
        .await
        .expect("sent");
    let replaced = response.headers()["x-request-id"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert_ne!(replaced, "'; drop table users; --");
    uuid::Uuid::parse_str(&replaced).expect("replaced by a UUID");
    let (status, code, _) = envelope(response).await;
    assert_eq!((status, code.as_str()), (404, "not_found"));
}

#[tokio::test]
async fn an_unknown_route_gets_the_404_envelope() {
    let app = TestApp::spawn().await;
    for path in ["/nope", "/v1/nothing-here", "/health/extra"] {
        let (status, code, _) = envelope(app.get(path).await).await;
        assert_eq!((status, code.as_str()), (404, "not_found"), "{path}");
    }
}

#[tokio::test]
async fn a_wrong_method_gets_the_405_envelope_and_the_allowed_methods() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .delete(app.url("/health"))
        .send()
        .await
        .expect("sent");
    let allow = response
        .headers()
        .get("allow")
        .map(|v| v.to_str().unwrap_or("").to_owned());
    assert!(
        allow.is_some_and(|a| a.contains("GET")),
        "Allow header names GET"
    );
    let (status, code, _) = envelope(response).await;
    assert_eq!((status, code.as_str()), (405, "method_not_allowed"));
}

#[tokio::test]
async fn a_body_over_the_limit_gets_the_413_envelope() {
    let app = TestApp::spawn_with(|c| c.max_body_bytes = 4096).await;
    let big = format!(
        "{{\"email\": \"a@example.org\", \"password\": \"{}\"}}",
        "x".repeat(64 * 1024)
    );
    let response = app
        .client
        .post(app.url("/v1/auth/register"))
        .header("content-type", "application/json")
        .body(big.clone())
        .send()
        .await
        .expect("sent");
    let (status, code, _) = envelope(response).await;
    assert_eq!((status, code.as_str()), (413, "payload_too_large"));
    // The same without a Content-Length (chunked), so only the read can tell.
    let chunks: Vec<Result<String, std::io::Error>> = vec![Ok(big)];
    let response = app
        .client
        .post(app.url("/v1/auth/register"))
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
            chunks,
        )))
        .send()
        .await
        .expect("sent");
    let (status, code, _) = envelope(response).await;
    assert_eq!((status, code.as_str()), (413, "payload_too_large"));
    // The service keeps serving.
    assert_eq!(app.get("/health").await.status(), 200);
}

#[tokio::test]
async fn ready_answers_200_once_migrated() {
    let app = TestApp::spawn().await;
    let response = app.get("/ready").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["status"], "ready");
    assert_eq!(
        body["migrations_applied"].as_u64(),
        Some(opencomplai::db::migrate::MIGRATOR.iter().count() as u64)
    );
}

#[tokio::test]
async fn ready_answers_503_while_migrations_are_pending() {
    let app = TestApp::spawn_with(|c| c.auto_migrate = false).await;
    let (status, code, body) = envelope(app.get("/ready").await).await;
    assert_eq!((status, code.as_str()), (503, "unavailable"));
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("pending"),
        "{body}"
    );
    // Liveness does not depend on the database.
    assert_eq!(app.get("/health").await.status(), 200);
    // As an operator would: `migrate` as the owner, which also grants the
    // service's application role what it reads.
    let data = tempfile::tempdir().expect("dir");
    let out = crate::helpers::binary()
        .env("DATABASE_URL", app.app_database_url())
        .env("DATABASE_OWNER_URL", app.database_url())
        .env("OPENCOMPLAI_DATA_DIR", data.path())
        .arg("migrate")
        .output()
        .expect("migrate runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(app.get("/ready").await.status(), 200);
}

#[tokio::test]
async fn ready_answers_503_while_the_database_is_unreachable() {
    let db = TestDb::create().await;
    // A pool aimed at a port where nothing listens: the real router, no database.
    let dead = PgConnectOptions::new()
        .host("127.0.0.1")
        .port(1)
        .username("nobody");
    let config: Config = test_config(&db);
    let sessions = SessionKeys::from_secret(&[7; 32], Duration::from_secs(60));
    let state = AppState {
        pool: opencomplai::db::pool_options(2, Duration::from_secs(1))
            .connect_lazy_with(dead.clone()),
        reads: opencomplai::db::replica::Reads::primary_only(
            opencomplai::db::pool_options(2, Duration::from_secs(1))
                .connect_lazy_with(dead.clone()),
        ),
        auth: Arc::new(AuthServices::new(&config, sessions).expect("auth services")),
        signing: Arc::new(opencomplai::audit::keys::SigningKeys::from_seed([3; 32])),
        pictures: Arc::new(opencomplai::documents::pictures::Pictures::new(
            opencomplai::sandbox::Sandbox::from_config(&config),
            1,
        )),
        subjects: Arc::new(opencomplai::compliance::runner::Runner::new(
            opencomplai::db::pool_options(2, Duration::from_secs(1))
                .connect_lazy_with(dead.clone()),
            Arc::new(opencomplai::audit::keys::SigningKeys::from_seed([3; 32])),
            &config.data_dir,
        )),
        redactor: Arc::new(opencomplai::documents::redaction::Redactor::new(
            opencomplai::sandbox::Sandbox::from_config(&config),
            config.ocr_languages.clone(),
            1,
        )),
        audit: opencomplai::audit::group::Writer::start(
            opencomplai::db::pool_options(2, Duration::from_secs(1))
                .connect_lazy_with(dead.clone()),
        ),
        config: Arc::new(config),
        hub: Arc::new(opencomplai::jobs::events::Hub::default()),
        embeddings: opencomplai::embeddings::Embeddings::off(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        axum::serve(
            listener,
            app(state).into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("serve");
    });
    let response = reqwest::get(format!("http://{addr}/ready"))
        .await
        .expect("sent");
    let (status, code, _) = envelope(response).await;
    assert_eq!((status, code.as_str()), (503, "unavailable"));
    assert_eq!(
        reqwest::get(format!("http://{addr}/health"))
            .await
            .expect("sent")
            .status(),
        200
    );
}

#[tokio::test]
async fn openapi_json_is_openapi_3_and_lists_every_served_route() {
    let app = TestApp::spawn().await;
    let response = app.get("/openapi.json").await;
    assert_eq!(response.status(), 200);
    let spec: serde_json::Value = response.json().await.expect("json");
    assert!(
        spec["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.")),
        "{}",
        spec["openapi"]
    );
    assert_eq!(spec["info"]["title"], "OpenComplai");
    let paths = spec["paths"].as_object().expect("paths");
    for path in ["/health", "/ready", "/openapi.json", "/docs/"] {
        assert!(paths.contains_key(path), "{path} missing from the spec");
        // And the server really serves every path it documents.
        assert_eq!(app.get(path).await.status().as_u16() / 100, 2, "{path}");
    }
    assert!(spec["components"]["schemas"]["ErrorEnvelope"].is_object());

    // Every operation documents the statuses the layers around it answer,
    // and query parameters are in the query, optional and bounded.
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("item") {
            let responses = op["responses"].as_object().expect("responses");
            let at = format!("{} {path}", method.to_uppercase());
            let secured = op["security"].as_array().is_some_and(|s| {
                s.iter()
                    .any(|r| r.as_object().is_some_and(|o| !o.is_empty()))
            });
            if secured {
                for status in ["401", "403", "429", "503"] {
                    assert!(responses.contains_key(status), "{at} lacks {status}");
                }
            }
            if op["requestBody"].is_object() {
                for status in ["413", "415", "422"] {
                    assert!(responses.contains_key(status), "{at} lacks {status}");
                }
            }
            if path.contains('{') {
                assert!(responses.contains_key("404"), "{at} lacks 404");
            }
            for param in op["parameters"].as_array().into_iter().flatten() {
                let name = param["name"].as_str().unwrap_or("");
                let placed = param["in"].as_str().unwrap_or("");
                if placed == "path" {
                    assert!(
                        path.contains(&format!("{{{name}}}")),
                        "{at}: {name} is not in the path"
                    );
                } else {
                    // Optional query parameters, and optional headers
                    // (`Idempotency-Key`).
                    assert!(matches!(placed, "query" | "header"), "{at}: {name}");
                    assert_ne!(param["required"], true, "{at}: {name} is optional");
                }
                if name == "limit" {
                    assert_eq!(param["schema"]["minimum"], 1, "{at}");
                    assert_eq!(param["schema"]["maximum"], 100, "{at}");
                }
            }
        }
    }
}

#[tokio::test]
async fn the_api_page_is_served_from_the_binary_without_a_cdn() {
    let app = TestApp::spawn().await;
    let response = app.get("/docs/").await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.expect("html");
    assert!(html.contains("swagger"), "{html}");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no external assets: {html}"
    );
    for asset in [
        "/docs/swagger-ui-bundle.js",
        "/docs/swagger-ui.css",
        "/docs/swagger-initializer.js",
    ] {
        let r = app.get(asset).await;
        assert_eq!(r.status(), 200, "{asset}");
        let text = r.text().await.expect("asset");
        assert!(text.len() > 100, "{asset}");
        if asset.ends_with("initializer.js") {
            assert!(
                text.contains("/openapi.json"),
                "the page reads our spec: {text}"
            );
        }
    }
}
