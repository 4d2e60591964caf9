//! Documents in, processed out: every text format end to end through the
//! real server and its in-process workers, uploads that must leave nothing
//! behind, the list, changes, deletion, the original file and reprocessing.

use reqwest::Method;
use serde_json::json;

use crate::helpers::{TestApp, corpus, envelope, final_status};

#[tokio::test]
async fn a_json_document_is_accepted_processed_and_its_content_kept() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let r = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .json(&json!({"title": "Supplier note", "content": "Payment terms are 30 days net.",
                      "description": "from the ERP", "metadata": {"dept": "finance"}, "external_id": "ERP-7"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    let doc: serde_json::Value = r.json().await.expect("json");
    assert_eq!(doc["processing_status"], "pending");
    assert_eq!(doc["source"], "api");
    let id = doc["id"].as_str().expect("id");
    assert_eq!(final_status(&app.follow(&me, id).await), "completed");
    let doc = app.document(&me, id).await;
    assert_eq!(doc["content"], "Payment terms are 30 days net.");
    assert_eq!(doc["metadata"], json!({"dept": "finance"}));
    // PostgreSQL holds no NUL in text: refused with 422, never a 500.
    for bad in [
        json!({"title": "a\u{0}b", "content": "text"}),
        json!({"title": "Note", "content": "a\u{0}b"}),
        json!({"title": "Note", "content": "text", "metadata": {"k": "a\u{0}"}}),
    ] {
        let r = app
            .authed(Method::POST, "/v1/documents", &me.token)
            .json(&bad)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 422, "{bad}");
    }
    assert!(
        doc["processing_completed_at"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );
    let result = app.results(&me, id).await;
    assert_eq!(result["extracted_text"], "Payment terms are 30 days net.");
    assert!(
        result["model_version"]
            .as_str()
            .is_some_and(|v| v.starts_with("extract-"))
    );
    assert!(result["processing_time_ms"].as_i64().is_some());
    let hits = app
        .count("select count(*) from documents where search_vector @@ plainto_tsquery('english', 'payment terms')")
        .await;
    assert_eq!(hits, 1, "the content is searchable");
}

#[tokio::test]
async fn every_text_format_comes_out_with_its_text_metadata_and_tables() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("Grüße aus Köln".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        ("latin1.txt", b"Caf\xe9 cr\xe8me, na\xefve".to_vec(), "txt", "Café crème, naïve"),
        ("utf16.txt", utf16, "txt", "Grüße aus Köln"),
        ("notes.md", b"# Minutes\n\nThe **board** approved the budget.\n".to_vec(), "md", "The board approved the budget."),
        (
            "page.html",
            b"<html><head><title>Policy</title><meta name=\"author\" content=\"Legal\"></head><body><script>x=1</script><p>Retention is ten years.</p><table><tr><td>A</td><td>1</td></tr></table></body></html>".to_vec(),
            "html",
            "Retention is ten years.",
        ),
        ("ledger.csv", b"account,amount\nrent,1200\nsalaries,5400\n".to_vec(), "csv", "salaries\t5400"),
        ("record.json", br#"{"customer": "Acme GmbH", "items": [{"sku": "X-1"}]}"#.to_vec(), "json", "customer: Acme GmbH"),
    ];
    for (name, bytes, file_type, needle) in cases {
        let doc = app.upload_ok(&me, name, bytes.clone()).await;
        assert_eq!(doc["file_type"], file_type, "{name}");
        assert_eq!(doc["source"], "upload");
        assert_eq!(doc["title"], name, "the title defaults to the file name");
        assert_eq!(doc["file_size_bytes"].as_u64(), Some(bytes.len() as u64));
        assert_eq!(doc["sha256"].as_str().map(str::len), Some(64));
        let id = doc["id"].as_str().expect("id");
        assert_eq!(
            final_status(&app.follow(&me, id).await),
            "completed",
            "{name}"
        );
        let result = app.results(&me, id).await;
        let text = result["extracted_text"].as_str().unwrap_or_default();
        assert!(text.contains(needle), "{name}: {text:?}");
        assert!(!text.contains("x=1"), "{name}: scripts are not text");
        let content = app.document(&me, id).await["content"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(content.contains(needle), "{name}: content {content:?}");
        match file_type {
            "html" => {
                assert_eq!(result["extracted_metadata"]["title"], "Policy");
                assert_eq!(result["extracted_metadata"]["meta"]["author"], "Legal");
                assert_eq!(
                    result["extracted_tables"],
                    json!([{"source": "table 1", "rows": [["A", "1"]]}])
                );
            }
            "csv" => {
                assert_eq!(
                    result["extracted_tables"][0]["rows"][2],
                    json!(["salaries", "5400"])
                );
            }
            "txt" if name == "latin1.txt" => {
                assert_eq!(result["extracted_metadata"]["encoding"], "windows-1252");
            }
            _ => {}
        }
        let original = app
            .authed(Method::GET, &format!("/v1/documents/{id}/file"), &me.token)
            .send()
            .await
            .expect("sent");
        assert_eq!(original.status(), 200);
        let disposition = original.headers()["content-disposition"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(
            disposition.contains(&format!("filename=\"{name}\"")),
            "{disposition}"
        );
        assert_eq!(
            original.bytes().await.expect("bytes").to_vec(),
            bytes,
            "{name}: the original comes back byte for byte"
        );
    }
}

#[tokio::test]
async fn unsupported_empty_and_oversized_uploads_are_refused_and_leave_nothing() {
    let app = TestApp::spawn_with(|c| c.max_upload_bytes = 3 * 1024 * 1024).await;
    let me = app.account().await;
    let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec();
    let (status, code, _) = envelope(app.upload(&me, "sneaky.csv", gif).await).await;
    assert_eq!((status, code.as_str()), (415, "unsupported_media_type"));
    let (status, code, _) = envelope(app.upload(&me, "empty.txt", Vec::new()).await).await;
    assert_eq!((status, code.as_str()), (422, "validation_failed"));
    // Just over the limit, so the body passes the outer request limit and the
    // streaming check inside the handler has to catch it (and clean up).
    let big = vec![b'w'; 3 * 1024 * 1024 + 100 * 1024];
    let (status, code, _) = envelope(app.upload(&me, "big.txt", big).await).await;
    assert_eq!((status, code.as_str()), (413, "payload_too_large"));
    let form = reqwest::multipart::Form::new().text("title", "no file");
    let r = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .multipart(form)
        .send()
        .await
        .expect("sent");
    let (status, _, body) = envelope(r).await;
    assert_eq!(status, 422);
    assert_eq!(body["error"]["details"][0]["field"], "file");
    for table in [
        "documents",
        "document_files",
        "document_file_chunks",
        "jobs",
    ] {
        let n: i64 =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("select count(*) from {table}")))
                .fetch_one(&app.pool)
                .await
                .expect("count");
        assert_eq!(n, 0, "{table} holds nothing");
    }
    // Still serving.
    app.upload_ok(&me, "fine.txt", b"all good".to_vec()).await;
}

#[tokio::test]
async fn a_file_that_cannot_be_extracted_fails_with_a_clear_error_and_work_goes_on() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let bad = app
        .upload_ok(&me, "broken.json", b"{\"customer\": ".to_vec())
        .await;
    let events = app.follow(&me, bad["id"].as_str().expect("id")).await;
    assert_eq!(final_status(&events), "failed");
    let doc = app.document(&me, bad["id"].as_str().expect("id")).await;
    assert_eq!(doc["processing_status"], "failed");
    let error = doc["processing_error"].as_str().unwrap_or_default();
    assert!(error.starts_with("JSON is not valid"), "{error}");
    let good = app
        .upload_ok(&me, "fine.json", b"{\"ok\": \"yes\"}".to_vec())
        .await;
    assert_eq!(
        final_status(&app.follow(&me, good["id"].as_str().expect("id")).await),
        "completed"
    );
}

#[tokio::test]
async fn the_list_is_mine_newest_first_without_content_filtered_and_paginated() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let other = app.account().await;
    let mut ids = Vec::new();
    for i in 0..5 {
        let d = app
            .upload_ok(
                &me,
                &format!("doc{i}.txt"),
                format!("document number {i}").into_bytes(),
            )
            .await;
        ids.push(d["id"].as_str().expect("id").to_owned());
    }
    let csv = app.upload_ok(&me, "t.csv", b"a,b\n1,2\n".to_vec()).await;
    app.upload_ok(&other, "theirs.txt", b"not yours".to_vec())
        .await;
    for id in ids
        .iter()
        .chain([csv["id"].as_str().expect("id").to_owned()].iter())
    {
        app.follow(&me, id).await;
    }
    let deleted = &ids[0];
    app.authed(
        Method::DELETE,
        &format!("/v1/documents/{deleted}"),
        &me.token,
    )
    .send()
    .await
    .expect("sent");

    let get = |q: &str| {
        let url = format!("/v1/documents{q}");
        let token = me.token.clone();
        let app = &app;
        async move {
            let r = app
                .authed(Method::GET, &url, &token)
                .send()
                .await
                .expect("sent");
            assert_eq!(r.status(), 200, "{url}");
            r.json::<serde_json::Value>().await.expect("json")
        }
    };
    let all = get("").await;
    let items = all["items"].as_array().expect("items");
    assert_eq!(items.len(), 5, "mine, not deleted: {all}");
    assert!(
        items.iter().all(|i| i.get("content").is_none()),
        "no content in lists"
    );
    assert!(items.iter().all(|i| i["id"] != json!(deleted)));
    assert_eq!(items[0]["id"], csv["id"], "newest first");
    let page1 = get("?limit=2").await;
    let page2 = get(&format!(
        "?limit=2&cursor={}",
        page1["next_cursor"].as_str().expect("cursor")
    ))
    .await;
    let page3 = get(&format!(
        "?limit=2&cursor={}",
        page2["next_cursor"].as_str().expect("cursor")
    ))
    .await;
    assert!(page3["next_cursor"].is_null());
    let paged: Vec<_> = [&page1, &page2, &page3]
        .iter()
        .flat_map(|p| p["items"].as_array().expect("items").clone())
        .map(|i| i["id"].clone())
        .collect();
    let listed: Vec<_> = items.iter().map(|i| i["id"].clone()).collect();
    assert_eq!(paged, listed);
    assert_eq!(
        get("?file_type=csv").await["items"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    assert_eq!(
        get("?status=completed").await["items"]
            .as_array()
            .map(Vec::len),
        Some(5)
    );
    assert_eq!(
        get("?status=failed").await["items"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );
    assert_eq!(
        get("?created_after=2099-01-01T00:00:00Z").await["items"],
        json!([])
    );
    assert_eq!(
        get("?created_before=2000-01-01T00:00:00Z").await["items"],
        json!([])
    );
    for bad in [
        "?limit=101",
        "?status=archived",
        "?cursor=xyz",
        "?created_after=soon",
    ] {
        let r = app
            .authed(Method::GET, &format!("/v1/documents{bad}"), &me.token)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 422, "{bad}");
    }
}

#[tokio::test]
async fn patch_delete_restore_and_another_accounts_documents() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let other = app.account().await;
    let doc = app.upload_ok(&me, "contract.txt", b"terms".to_vec()).await;
    let id = doc["id"].as_str().expect("id");
    let r = app
        .authed(Method::PATCH, &format!("/v1/documents/{id}"), &me.token)
        .json(&json!({"title": "Contract 2026", "metadata": {"client": "Acme"}, "external_id": "C-1"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    let patched: serde_json::Value = r.json().await.expect("json");
    assert_eq!(patched["title"], "Contract 2026");
    assert_eq!(patched["metadata"], json!({"client": "Acme"}));
    // Nested 17 deep: records, not data structures.
    let mut deep = json!("leaf");
    for _ in 0..17 {
        deep = json!({"x": deep});
    }
    for bad in [
        json!({"title": ""}),
        json!({"metadata": [1, 2]}),
        json!({"content": "no"}),
        json!({"metadata": deep}),
        // A double this large comes back from PostgreSQL as no double.
        json!({"metadata": {"total": [1.797_693_134_862_315_7e308]}}),
        // PostgreSQL holds no NUL in text or jsonb: refused, not a 500.
        json!({"metadata": {"a\u{0}b": "c"}}),
        json!({"metadata": {"a": ["b\u{0}"]}}),
        json!({"description": "a\u{0}b"}),
    ] {
        let r = app
            .authed(Method::PATCH, &format!("/v1/documents/{id}"), &me.token)
            .json(&bad)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 422, "{bad}");
    }
    for (method, path) in [
        (Method::GET, format!("/v1/documents/{id}")),
        (Method::PATCH, format!("/v1/documents/{id}")),
        (Method::DELETE, format!("/v1/documents/{id}")),
        (Method::GET, format!("/v1/documents/{id}/file")),
        (Method::GET, format!("/v1/documents/{id}/results")),
        (Method::GET, format!("/v1/documents/{id}/events")),
        (Method::POST, format!("/v1/documents/{id}/reprocess")),
        (Method::POST, format!("/v1/documents/{id}/restore")),
    ] {
        let r = app
            .authed(method.clone(), &path, &other.token)
            .json(&json!({"title": "mine now"}))
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 404, "{method} {path} as another account");
    }
    let r = app
        .authed(Method::DELETE, &format!("/v1/documents/{id}"), &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);
    let r = app
        .authed(Method::GET, &format!("/v1/documents/{id}"), &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 404, "deleted documents are gone from view");
    let r = app
        .authed(
            Method::POST,
            &format!("/v1/documents/{id}/restore"),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    assert_eq!(app.document(&me, id).await["title"], "Contract 2026");
    let actions: Vec<String> = app
        .audit_rows(me.id)
        .await
        .into_iter()
        .filter(|r| r.resource_type == "document")
        .map(|r| r.action)
        .collect();
    for expected in ["create", "update", "delete", "restore", "read"] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected} audited: {actions:?}"
        );
    }
}

#[tokio::test]
async fn reprocessing_writes_one_more_result_and_refuses_while_queued() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let doc = app
        .upload_ok(&me, "memo.md", b"# Memo\n\nHello".to_vec())
        .await;
    let id = doc["id"].as_str().expect("id");
    app.follow(&me, id).await;
    let r = app
        .authed(
            Method::POST,
            &format!("/v1/documents/{id}/reprocess"),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202);
    assert_eq!(final_status(&app.follow(&me, id).await), "completed");
    let results: i64 =
        sqlx::query_scalar("select count(*) from processing_results where document_id = $1::uuid")
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(results, 2, "one row per run");
    let json_doc = app
        .authed(Method::POST, "/v1/documents", &me.token)
        .json(&json!({"title": "t", "content": "c"}))
        .send()
        .await
        .expect("sent");
    let json_id = json_doc.json::<serde_json::Value>().await.expect("json")["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let r = app
        .authed(
            Method::GET,
            &format!("/v1/documents/{json_id}/file"),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 404, "a JSON document has no original file");
}

#[tokio::test]
async fn a_second_reprocess_while_one_is_queued_is_a_conflict() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let doc = app.upload_ok(&me, "queued.txt", b"waiting".to_vec()).await;
    let id = doc["id"].as_str().expect("id");
    let r = app
        .authed(
            Method::POST,
            &format!("/v1/documents/{id}/reprocess"),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    let (status, code, _) = envelope(r).await;
    assert_eq!((status, code.as_str()), (409, "conflict"));
}

#[tokio::test]
async fn a_document_restored_after_its_run_was_skipped_is_queued_again() {
    use opencomplai::jobs::pipeline;
    use opencomplai::queue::claim;
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let doc = app
        .upload_ok(&me, "later.txt", b"deleted while queued".to_vec())
        .await;
    let id = doc["id"].as_str().expect("id");
    app.authed(Method::DELETE, &format!("/v1/documents/{id}"), &me.token)
        .send()
        .await
        .expect("sent");
    // A worker reaches the job while the document is deleted and skips it.
    let job = claim(&app.pool, "w", std::time::Duration::from_secs(30))
        .await
        .expect("claim")
        .expect("job");
    let settings = crate::helpers::pipeline_settings(std::time::Duration::from_secs(30));
    assert_eq!(
        pipeline::run(&app.pool, &settings, &job)
            .await
            .expect("run"),
        pipeline::Outcome::Dropped
    );
    let r = app
        .authed(
            Method::POST,
            &format!("/v1/documents/{id}/restore"),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    let queued = app
        .count("select count(*) from jobs where state = 'queued'")
        .await;
    assert_eq!(queued, 1, "restoring queued the skipped run again");
}

#[tokio::test]
async fn office_documents_come_out_with_text_tables_and_properties() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    for (name, file_type, needle) in [
        ("agreement.docx", "docx", "Acme GmbH\tProcessor"),
        ("review.pptx", "pptx", "Notes: Mention the new office"),
        ("budget.xlsx", "xlsx", "Servers\t1200"),
        (
            "minutes.odt",
            "odt",
            "The board approved the retention policy.",
        ),
    ] {
        let doc = app.upload_ok(&me, name, corpus("good", name)).await;
        assert_eq!(doc["file_type"], file_type, "{name}");
        let id = doc["id"].as_str().expect("id");
        assert_eq!(
            final_status(&app.follow(&me, id).await),
            "completed",
            "{name}"
        );
        let result = app.results(&me, id).await;
        assert!(
            result["extracted_text"]
                .as_str()
                .unwrap_or_default()
                .contains(needle),
            "{name}: {result}"
        );
        let content = app.document(&me, id).await["content"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(content.contains(needle), "{name} is searchable");
    }
}

#[tokio::test]
async fn every_broken_office_file_fails_with_its_message_and_the_next_one_still_completes() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    for (name, message) in [
        ("truncated.docx", "DOCX is not a valid ZIP archive"),
        ("not-a-zip.docx", "DOCX is not a valid ZIP archive"),
        (
            "no-document-part.docx",
            "DOCX has no word/document.xml part",
        ),
        ("bomb-520mb.docx", "DOCX exceeds 500 MB uncompressed"),
        ("encrypted.pdf", "PDF is encrypted"),
        ("not-a-pdf.pdf", "PDF is not valid: it has no %PDF header"),
    ] {
        let doc = app.upload_ok(&me, name, corpus("broken", name)).await;
        let id = doc["id"].as_str().expect("id");
        assert_eq!(final_status(&app.follow(&me, id).await), "failed", "{name}");
        assert_eq!(
            app.document(&me, id).await["processing_error"],
            message,
            "{name}"
        );
    }
    let (status, _, _) = envelope(
        app.upload(&me, "empty.docx", corpus("broken", "empty.docx"))
            .await,
    )
    .await;
    assert_eq!(status, 422, "an empty file is refused at the door");
    let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec();
    let (status, _, _) = envelope(app.upload(&me, "photo.docx", gif).await).await;
    assert_eq!(status, 415, "a GIF named .docx is not taken for a DOCX");
    let good = app
        .upload_ok(&me, "agreement.docx", corpus("good", "agreement.docx"))
        .await;
    assert_eq!(
        final_status(&app.follow(&me, good["id"].as_str().expect("id")).await),
        "completed"
    );
}
