//! The audit trail: the rows each action leaves, what they never contain,
//! how they are listed, and that an unaudited change cannot happen.

use reqwest::Method;
use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, envelope};

#[tokio::test]
async fn each_action_leaves_exactly_its_rows_with_request_id_address_and_agent() {
    let app = TestApp::spawn().await;
    let send = |rb: reqwest::RequestBuilder, id: &str| {
        rb.header("X-Request-Id", id)
            .header("User-Agent", "audit-test/1.0")
            .send()
    };
    let ids: Vec<String> = (0..6).map(|_| uuid::Uuid::new_v4().to_string()).collect();

    let r = send(
        app.client
            .post(app.url("/v1/auth/register"))
            .json(&json!({"email": "eve@example.org", "password": PASSWORD})),
        &ids[0],
    )
    .await
    .expect("sent");
    let user_id: uuid::Uuid = r.json::<serde_json::Value>().await.expect("json")["id"]
        .as_str()
        .expect("id")
        .parse()
        .expect("uuid");
    let r = send(
        app.client
            .post(app.url("/v1/auth/login"))
            .json(&json!({"email": "eve@example.org", "password": PASSWORD})),
        &ids[1],
    )
    .await
    .expect("sent");
    let token = r.json::<serde_json::Value>().await.expect("json")["access_token"]
        .as_str()
        .expect("token")
        .to_owned();
    let r = send(
        app.authed(Method::POST, "/v1/api-keys", &token)
            .json(&json!({"name": "k", "permissions": ["audit.read"]})),
        &ids[2],
    )
    .await
    .expect("sent");
    let created: serde_json::Value = r.json().await.expect("json");
    let key = created["key"].as_str().expect("key").to_owned();
    let key_id: uuid::Uuid = created["id"].as_str().expect("id").parse().expect("uuid");
    send(
        app.authed(Method::DELETE, &format!("/v1/api-keys/{key_id}"), &token),
        &ids[3],
    )
    .await
    .expect("sent");
    send(app.authed(Method::GET, "/v1/me", &token), &ids[4])
        .await
        .expect("sent");
    send(
        app.authed(Method::PATCH, "/v1/me", &token)
            .json(&json!({"full_name": "Eve"})),
        &ids[5],
    )
    .await
    .expect("sent");

    let rows = app.audit_rows(user_id).await;
    let summary: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r.action.as_str(), r.resource_type.as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("create", "user"),
            ("login", "user"),
            ("create", "api_key"),
            ("revoke", "api_key"),
            ("read", "user"),
            ("update", "user")
        ]
    );
    for (row, id) in rows.iter().zip(&ids) {
        assert_eq!(
            row.request_id.map(|u| u.to_string()).as_deref(),
            Some(id.as_str()),
            "{row:?}"
        );
        assert_eq!(row.ip.as_deref(), Some("127.0.0.1"), "{row:?}");
        assert_eq!(row.user_agent.as_deref(), Some("audit-test/1.0"));
    }
    assert_eq!(rows[2].resource_id, Some(key_id));
    assert_eq!(rows[5].old_values, Some(json!({"full_name": null})));
    assert_eq!(
        rows[5].new_values,
        Some(json!({"full_name": "Eve"})),
        "only the changed field"
    );
    let everything = format!("{rows:?}");
    assert!(!everything.contains(PASSWORD), "no password in the trail");
    assert!(!everything.contains(&key[8..]), "no key in the trail");
    assert!(!everything.contains(&token), "no token in the trail");
    assert!(!everything.contains("argon2"), "no hash in the trail");
}

#[tokio::test]
async fn failed_logins_are_audited_against_the_account_they_targeted() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    app.login(&me.email, "definitely wrong!").await;
    app.login("ghost@example.org", "definitely wrong!").await;
    let rows = app.audit_rows(me.id).await;
    let failed: Vec<_> = rows.iter().filter(|r| r.action == "login_failed").collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(
        failed[0].new_values.as_ref().map(|v| v["reason"].clone()),
        Some(json!("invalid_credentials"))
    );
    let ghost: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs where action = 'login_failed' and user_id is null
         and new_values->>'email' = 'ghost@example.org'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(ghost, 1);
}

#[tokio::test]
async fn the_audit_list_filters_paginates_newest_first_and_shows_only_your_own() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let other = app.account().await;
    for _ in 0..3 {
        app.authed(Method::GET, "/v1/me", &me.token)
            .send()
            .await
            .expect("sent");
    }
    let get = |q: String| {
        let app = &app;
        let token = me.token.clone();
        async move {
            let r = app
                .authed(Method::GET, &format!("/v1/audit-logs{q}"), &token)
                .send()
                .await
                .expect("sent");
            assert_eq!(r.status(), 200, "{q}");
            r.json::<serde_json::Value>().await.expect("json")
        }
    };
    // Reading the trail is audited too: the listings below look at what
    // came before them.
    let until: String = sqlx::query_scalar(
        "select to_char(clock_timestamp() at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
    )
    .fetch_one(&app.pool)
    .await
    .expect("now");
    let all = get(format!("?until={until}")).await;
    let items = all["items"].as_array().expect("items");
    assert_eq!(items.len(), 5, "create, login, 3 reads: {all}");
    assert!(
        items
            .iter()
            .all(|i| i["user_id"] == json!(me.id.to_string())),
        "only mine"
    );
    let times: Vec<&str> = items
        .iter()
        .map(|i| i["created_at"].as_str().expect("time"))
        .collect();
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(times, sorted, "newest first");
    assert_eq!(items[4]["action"], "create");

    let first = get(format!("?limit=2&until={until}")).await;
    assert_eq!(first["items"].as_array().map(Vec::len), Some(2));
    let cursor = first["next_cursor"]
        .as_str()
        .expect("more pages")
        .to_owned();
    let second = get(format!("?limit=2&until={until}&cursor={cursor}")).await;
    let third = get(format!(
        "?limit=2&until={until}&cursor={}",
        second["next_cursor"].as_str().expect("more")
    ))
    .await;
    assert_eq!(third["items"].as_array().map(Vec::len), Some(1));
    assert!(third["next_cursor"].is_null());
    let mut seen: Vec<serde_json::Value> = Vec::new();
    for page in [&first, &second, &third] {
        seen.extend(
            page["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|i| i["id"].clone()),
        );
    }
    let ids: Vec<serde_json::Value> = items.iter().map(|i| i["id"].clone()).collect();
    assert_eq!(seen, ids, "pages cover the list exactly once, in order");

    let reads = get("?action=read".into()).await;
    assert_eq!(reads["items"].as_array().map(Vec::len), Some(3));
    let about_me = get(format!("?resource_type=user&resource_id={}", me.id)).await;
    assert_eq!(about_me["items"].as_array().map(Vec::len), Some(5));
    let future = get("?since=2099-01-01T00:00:00Z".into()).await;
    assert_eq!(future["items"], json!([]));
    let past = get("?until=2000-01-01T00:00:00Z".into()).await;
    assert_eq!(past["items"], json!([]));
    let others = get(format!("?resource_id={}", other.id)).await;
    assert_eq!(
        others["items"],
        json!([]),
        "another account's entries stay hidden"
    );

    for bad in [
        "?limit=0",
        "?limit=101",
        "?cursor=garbage",
        "?since=yesterday",
        "?resource_id=42",
    ] {
        let r = app
            .authed(Method::GET, &format!("/v1/audit-logs{bad}"), &me.token)
            .send()
            .await
            .expect("sent");
        let (status, code, _) = envelope(r).await;
        assert_eq!((status, code.as_str()), (422, "validation_failed"), "{bad}");
    }

    sqlx::query("update users set is_admin = true where id = $1")
        .bind(me.id)
        .execute(&app.pool)
        .await
        .expect("admin");
    let admin_view = get(format!("?resource_id={}", other.id)).await;
    assert!(
        !admin_view["items"].as_array().expect("items").is_empty(),
        "an administrator sees everyone's"
    );
}

#[tokio::test]
async fn when_the_audit_row_cannot_be_written_the_change_does_not_happen() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    sqlx::raw_sql(
        "create function refuse_updates() returns trigger language plpgsql as $$
         begin if new.action = 'update' then raise exception 'audit store unavailable'; end if; return new; end; $$;
         create trigger refuse_updates before insert on audit_logs for each row execute function refuse_updates();",
    )
    .execute(&app.pool)
    .await
    .expect("install failure");
    let r = app
        .authed(Method::PATCH, "/v1/me", &me.token)
        .json(&json!({"full_name": "Mallory"}))
        .send()
        .await
        .expect("sent");
    let (status, code, body) = envelope(r).await;
    assert_eq!((status, code.as_str()), (500, "internal"));
    assert!(
        !body.to_string().contains("audit store unavailable"),
        "no internals sent"
    );
    let name: Option<String> = sqlx::query_scalar("select full_name from users where id = $1")
        .bind(me.id)
        .fetch_one(&app.pool)
        .await
        .expect("row");
    assert_eq!(name, None, "the change was rolled back with its audit row");
}

#[tokio::test]
async fn audit_rows_cannot_be_changed_or_removed() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let update = sqlx::query("update audit_logs set action = 'nothing' where user_id = $1")
        .bind(me.id)
        .execute(&app.pool)
        .await;
    assert!(update.is_err());
    let delete = sqlx::query("delete from audit_logs where user_id = $1")
        .bind(me.id)
        .execute(&app.pool)
        .await;
    assert!(delete.is_err());
    assert_eq!(app.audit_rows(me.id).await.len(), 2);
}

#[tokio::test]
async fn a_forwarded_address_is_believed_only_from_a_trusted_proxy() {
    for (trusted, expected) in [(false, "127.0.0.1"), (true, "203.0.113.7")] {
        let app = TestApp::spawn_with(|c| {
            if trusted {
                c.trusted_proxies = vec!["127.0.0.1".parse().expect("ip")];
            }
        })
        .await;
        let r = app
            .client
            .post(app.url("/v1/auth/register"))
            .header("X-Forwarded-For", "203.0.113.7")
            .json(&json!({"email": "proxied@example.org", "password": PASSWORD}))
            .send()
            .await
            .expect("sent");
        let id: uuid::Uuid = r.json::<serde_json::Value>().await.expect("json")["id"]
            .as_str()
            .expect("id")
            .parse()
            .expect("uuid");
        let rows = app.audit_rows(id).await;
        assert_eq!(rows[0].ip.as_deref(), Some(expected), "trusted = {trusted}");
    }
}

#[tokio::test]
async fn a_pg_dump_of_the_database_holds_no_password_key_or_token() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (_, key) = app.api_key(&me, &["audit.read"]).await;
    app.authed(Method::GET, "/v1/audit-logs", &key)
        .send()
        .await
        .expect("sent");
    let output = std::process::Command::new(crate::helpers::pg_tool("pg_dump"))
        .arg("--dbname")
        .arg(app.database_url())
        .output()
        .expect("pg_dump runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let dump = String::from_utf8_lossy(&output.stdout);
    assert!(dump.contains(&me.email), "the dump holds the data");
    assert!(!dump.contains(PASSWORD), "no plaintext password");
    assert!(!dump.contains(&key[8..]), "no plaintext key");
    assert!(!dump.contains(&me.token), "no session token");
}

#[tokio::test]
async fn concurrent_reads_are_answered_only_once_their_rows_are_committed_together() {
    let app = TestApp::spawn_with(|c| c.rate_limit_free_per_minute = 100_000).await;
    let me = app.account().await;
    let doc = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .json(&json!({"title": "Board minutes", "content": "The board met."}))
        .send()
        .await
        .expect("sent")
        .json::<serde_json::Value>()
        .await
        .expect("json");
    let id: uuid::Uuid = doc["id"].as_str().expect("id").parse().expect("uuid");
    let reads = (0..64).map(|_| {
        app.authed(Method::GET, &format!("/v1/documents/{id}"), &me.token)
            .send()
    });
    for r in futures_util::future::join_all(reads).await {
        assert_eq!(r.expect("sent").status(), 200);
    }
    // Every answered read's row is there the moment the answers are in...
    let (rows, commits): (i64, i64) = sqlx::query_as(
        "select count(*), count(distinct xmin::text) from audit_logs
         where resource_id = $1 and action = 'read'",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(rows, 64);
    // ...and rows of reads made at the same time shared commits.
    assert!(commits < 64, "{commits} commits for 64 reads");
}
