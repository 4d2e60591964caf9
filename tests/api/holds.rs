//! Legal holds and retention rules through the real server: a held
//! document survives every way of removing it until the hold is released;
//! rules remove what they cover, in a dry run first, and holds win.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{Account, TestApp, envelope};

async fn app() -> TestApp {
    TestApp::spawn_with(|c| {
        c.workers = 0;
        c.rate_limit_free_per_minute = 10_000;
    })
    .await
}

async fn document(app: &TestApp, who: &Account, title: &str, content: &str) -> String {
    let r = app
        .authed(Method::POST, "/v1/documents", &who.token)
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

async fn send(
    app: &TestApp,
    who: &Account,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut req = app.authed(method, path, &who.token);
    if let Some(b) = body {
        req = req.json(&b);
    }
    req.send().await.expect("sent")
}

#[tokio::test]
async fn a_held_document_survives_every_removal_until_the_hold_is_released() {
    let app = app().await;
    let me = app.account().await;
    let held = document(&app, &me, "Contract with Acme", "the acme supply contract").await;
    let free = document(&app, &me, "Lunch menu", "soup of the day").await;
    // Deleted before the hold, still restorable: a hold keeps it from the purge.
    let deleted = document(&app, &me, "Old acme memo", "acme pricing memo").await;
    assert_eq!(
        send(
            &app,
            &me,
            Method::DELETE,
            &format!("/v1/documents/{deleted}"),
            None
        )
        .await
        .status(),
        204
    );

    let r = send(
        &app,
        &me,
        Method::POST,
        "/v1/legal-holds",
        Some(json!({"name": "Acme v. Us", "reason": "case 2026-CV-0042",
                    "document_ids": [held, deleted]})),
    )
    .await;
    assert_eq!(r.status(), 201);
    let hold: Value = r.json().await.expect("json");
    let hold_id = hold["id"].as_str().expect("id").to_owned();
    assert_eq!(hold["status"], "active");
    assert_eq!(hold["document_count"], 2);

    for (method, path) in [
        (Method::DELETE, format!("/v1/documents/{held}")),
        (Method::POST, format!("/v1/documents/{held}/reprocess")),
    ] {
        let (status, code, body) =
            envelope(send(&app, &me, method.clone(), &path, None).await).await;
        assert_eq!(
            (status, code.as_str()),
            (409, "conflict"),
            "{method} {path}"
        );
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("Acme v. Us"),
            "{body}"
        );
    }
    assert_eq!(
        send(
            &app,
            &me,
            Method::DELETE,
            &format!("/v1/documents/{free}"),
            None
        )
        .await
        .status(),
        204
    );

    // The purge passes it by, and the database itself refuses to drop it.
    sqlx::query(
        "update documents set deleted_at = deleted_at - interval '40 days' where id = $1::uuid",
    )
    .bind(&deleted)
    .execute(&app.pool)
    .await
    .expect("aged");
    opencomplai::documents::retention::purge_due(&app.pool, 30)
        .await
        .expect("purge");
    assert_eq!(
        app.count("select count(*) from documents where title = 'Old acme memo'")
            .await,
        1
    );
    let dropped = sqlx::query("delete from documents where id = $1::uuid")
        .bind(&held)
        .execute(&app.pool)
        .await;
    assert!(
        dropped.is_err(),
        "the trigger refuses a delete from anywhere"
    );

    // Release needs a reason; then the purge may take it.
    let r = send(
        &app,
        &me,
        Method::DELETE,
        &format!("/v1/legal-holds/{hold_id}"),
        Some(json!({"reason": ""})),
    )
    .await;
    assert_eq!(r.status(), 422);
    let r = send(
        &app,
        &me,
        Method::DELETE,
        &format!("/v1/legal-holds/{hold_id}"),
        Some(json!({"reason": "settled out of court"})),
    )
    .await;
    assert_eq!(r.status(), 200);
    let released: Value = r.json().await.expect("json");
    assert_eq!(released["status"], "released");
    assert_eq!(released["release_reason"], "settled out of court");
    let r = send(
        &app,
        &me,
        Method::DELETE,
        &format!("/v1/legal-holds/{hold_id}"),
        Some(json!({"reason": "again"})),
    )
    .await;
    assert_eq!(r.status(), 409);
    opencomplai::documents::retention::purge_due(&app.pool, 30)
        .await
        .expect("purge");
    assert_eq!(
        app.count("select count(*) from documents where title = 'Old acme memo'")
            .await,
        0
    );
    assert_eq!(
        send(
            &app,
            &me,
            Method::DELETE,
            &format!("/v1/documents/{held}"),
            None
        )
        .await
        .status(),
        204
    );

    // The hold stays on record; everything is audited.
    let one = app.get_ok(&me, &format!("/v1/legal-holds/{hold_id}")).await;
    assert_eq!(one["status"], "released");
    let listed = app.get_ok(&me, "/v1/legal-holds").await;
    assert_eq!(listed["items"].as_array().map(Vec::len), Some(1));
    let rows = app.audit_rows(me.id).await;
    for action in ["create", "release", "read", "list"] {
        assert!(
            rows.iter()
                .any(|r| r.resource_type == "legal_hold" && r.action == action),
            "{action} of the hold audited"
        );
    }
}

#[tokio::test]
async fn a_hold_from_a_search_takes_what_it_finds_and_only_for_its_owner() {
    let app = app().await;
    let me = app.account().await;
    let other = app.account().await;
    let a = document(&app, &me, "Wombat survey", "the wombat census results").await;
    let b = document(&app, &me, "Wombat letter", "a letter about a wombat").await;
    document(&app, &me, "Quokka survey", "the quokka census").await;
    let theirs = document(&app, &other, "Wombat", "their wombat").await;
    let r = send(
        &app,
        &me,
        Method::POST,
        "/v1/legal-holds",
        Some(
            json!({"name": "Wombats", "reason": "regulator's request", "search": {"q": "wombat"}}),
        ),
    )
    .await;
    assert_eq!(r.status(), 201);
    let hold: Value = r.json().await.expect("json");
    let mut ids: Vec<&str> = hold["document_ids"]
        .as_array()
        .expect("ids")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    ids.sort();
    let mut want = vec![a.as_str(), b.as_str()];
    want.sort();
    assert_eq!(ids, want);
    assert_eq!(hold["query"]["q"], "wombat");

    // Another account's document cannot be held, nor its holds seen.
    let r = send(
        &app,
        &me,
        Method::POST,
        "/v1/legal-holds",
        Some(json!({"name": "x", "reason": "y", "document_ids": [theirs]})),
    )
    .await;
    assert_eq!(r.status(), 422);
    let r = send(
        &app,
        &other,
        Method::GET,
        &format!("/v1/legal-holds/{}", hold["id"].as_str().unwrap_or("")),
        None,
    )
    .await;
    assert_eq!(r.status(), 404);
    let r = send(
        &app,
        &me,
        Method::POST,
        "/v1/legal-holds",
        Some(json!({"name": "x", "reason": "y"})),
    )
    .await;
    assert_eq!(r.status(), 422, "a hold needs documents or a search");

    // A key without compliance.manage may not place holds.
    let (_, key) = app
        .api_key(&me, &["document.read", "document.delete"])
        .await;
    let r = app
        .authed(Method::GET, "/v1/legal-holds", &key)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn retention_rules_remove_what_they_cover_after_a_dry_run_and_holds_win() {
    let app = app().await;
    let me = app.account().await;
    let old_hr = document(&app, &me, "HR file", "personnel record").await;
    let old_note = document(&app, &me, "Note", "meeting note").await;
    let kept = document(&app, &me, "Held HR file", "disputed personnel record").await;
    for id in [&old_hr, &old_note, &kept] {
        sqlx::query("update documents set created_at = created_at - interval '400 days' where id = $1::uuid")
            .bind(id)
            .execute(&app.pool)
            .await
            .expect("aged");
    }
    sqlx::query(
        "update documents set metadata = '{\"department\": \"hr\"}' where id = any($1::uuid[])",
    )
    .bind(vec![old_hr.clone(), kept.clone()])
    .execute(&app.pool)
    .await
    .expect("tagged");
    let fresh = document(&app, &me, "Fresh HR file", "new record").await;
    sqlx::query("update documents set metadata = '{\"department\": \"hr\"}' where id = $1::uuid")
        .bind(&fresh)
        .execute(&app.pool)
        .await
        .expect("tagged");
    send(
        &app,
        &me,
        Method::POST,
        "/v1/legal-holds",
        Some(json!({"name": "Dispute", "reason": "tribunal", "document_ids": [kept]})),
    )
    .await;

    for bad in [
        json!({"name": "x", "keep_days": -1, "action": "purge"}),
        json!({"name": "x", "keep_days": 10, "action": "shred"}),
        json!({"name": "x", "keep_days": 10, "action": "purge", "file_type": "exe"}),
        json!({"name": "x", "keep_days": 10, "action": "purge", "metadata": {"a": "1", "b": "2"}}),
        json!({"name": "", "keep_days": 10, "action": "purge"}),
    ] {
        let r = send(
            &app,
            &me,
            Method::POST,
            "/v1/retention-rules",
            Some(bad.clone()),
        )
        .await;
        assert_eq!(r.status(), 422, "{bad}");
    }
    let r = send(
        &app,
        &me,
        Method::POST,
        "/v1/retention-rules",
        Some(
            json!({"name": "HR records: one year", "metadata": {"department": "hr"},
                    "keep_days": 365, "action": "purge"}),
        ),
    )
    .await;
    assert_eq!(r.status(), 201);
    let rule: Value = r.json().await.expect("json");
    let rule_id = rule["id"].as_str().expect("id");

    let run = app
        .get_ok(&me, &format!("/v1/retention-rules/{rule_id}/dry-run"))
        .await;
    let ids = |v: &Value| -> Vec<String> {
        v.as_array()
            .expect("list")
            .iter()
            .map(|d| d["id"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    assert_eq!(ids(&run["would_remove"]), std::slice::from_ref(&old_hr));
    assert_eq!(ids(&run["held"]), std::slice::from_ref(&kept));
    assert_eq!(run["held"][0]["held_by"], "Dispute");
    assert_eq!(
        app.count("select count(*) from documents").await,
        4,
        "a dry run changes nothing"
    );

    let removed = opencomplai::documents::retention::apply_rules(&app.pool)
        .await
        .expect("applied");
    assert_eq!(removed, 1);
    let left: Vec<String> = sqlx::query_scalar("select id::text from documents order by title")
        .fetch_all(&app.pool)
        .await
        .expect("left");
    assert!(!left.contains(&old_hr), "purged");
    for id in [&old_note, &kept, &fresh] {
        assert!(left.contains(id), "{id} kept");
    }
    let purged: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs where action = 'purge' and resource_id = $1::uuid
         and user_agent = 'opencomplai-retention' and new_values->>'rule' = 'HR records: one year'",
    )
    .bind(&old_hr)
    .fetch_one(&app.pool)
    .await
    .expect("audited");
    assert_eq!(purged, 1);

    // The built-in rule is listed with the account's own.
    let rules = app.get_ok(&me, "/v1/retention-rules").await;
    assert_eq!(rules["items"][0]["built_in"], true);
    assert_eq!(rules["items"][0]["keep_days"], 30);
    assert_eq!(rules["items"][1]["id"], rule_id);
    assert_eq!(
        send(
            &app,
            &me,
            Method::DELETE,
            &format!("/v1/retention-rules/{rule_id}"),
            None
        )
        .await
        .status(),
        204
    );
    assert_eq!(
        send(
            &app,
            &me,
            Method::DELETE,
            &format!("/v1/retention-rules/{rule_id}"),
            None
        )
        .await
        .status(),
        404
    );
}
