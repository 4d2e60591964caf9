//! Search through the real server: words, phrases, prefixes, exclusions; a
//! judged query set whose right document must rank in the top 3;
//! misspellings and partial identifiers; filters, pagination; odd queries
//! that must never answer 5xx; the audit trail. The index, the word list
//! and `/v1/stats` are in `search_index`.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{Account, TestApp};

/// No in-process workers: documents made from JSON keep their content and
/// stay `pending`, so statuses can be set by hand without a race. Room for
/// more than the free tier's 120 requests a minute.
pub(crate) async fn app() -> TestApp {
    TestApp::spawn_with(|c| {
        c.workers = 0;
        c.rate_limit_free_per_minute = 10_000;
    })
    .await
}

pub(crate) async fn create(
    app: &TestApp,
    who: &Account,
    title: &str,
    content: &str,
    metadata: Value,
) -> String {
    let r = app
        .authed(Method::POST, "/v1/documents", &who.token)
        .json(&json!({"title": title, "content": content, "metadata": metadata}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 202, "create {title}");
    let body: Value = r.json().await.expect("json");
    body["id"].as_str().expect("id").to_owned()
}

pub(crate) async fn search_raw(
    app: &TestApp,
    who: &Account,
    params: &[(&str, &str)],
) -> reqwest::Response {
    app.authed(Method::GET, "/v1/search", &who.token)
        .query(params)
        .send()
        .await
        .expect("sent")
}

pub(crate) async fn search(app: &TestApp, who: &Account, params: &[(&str, &str)]) -> Value {
    let r = search_raw(app, who, params).await;
    let status = r.status();
    let body: Value = r.json().await.expect("json");
    assert_eq!(status, 200, "{params:?}: {body}");
    body
}

pub(crate) fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_owned())
        .collect()
}

/// A small office: policies, an invoice, contracts, minutes, a newsletter
/// that mentions a bit of everything.
const LIBRARY: &[(&str, &str)] = &[
    (
        "Data Retention Policy",
        "This policy sets how long the company keeps business records. Financial records are \
         retained for seven years; personnel files for five years after employment ends. When a \
         retention period ends, records are deleted on a schedule unless a legal hold applies. \
         The retention schedule is reviewed every year by the compliance team.",
    ),
    (
        "Travel and Expense Policy",
        "Employees are reimbursed for reasonable travel expenses incurred on company business. \
         Submit receipts within thirty days. Flights are booked in economy class; hotels up to \
         the city rate. Reimbursement of meals follows the per diem table.",
    ),
    (
        "Invoice INV-2024-00731 - Acme Corporation",
        "Acme Corporation, 12 Harbour Street. Invoice for consulting services delivered in March. \
         Amount due: 4,250.00 EUR. Payment terms: 30 days net, by bank transfer to the account \
         below. Approved by Margaret Thornton, head of procurement.",
    ),
    (
        "Mutual Non-Disclosure Agreement",
        "Each party may disclose confidential information to the other. The recipient shall \
         protect confidential information with reasonable care, use it only for the purpose of \
         the discussions, and return or destroy it on request. This agreement is governed by the \
         laws of Ireland.",
    ),
    (
        "Employment Contract - Software Engineer",
        "The employee is hired as a software engineer. The annual salary is paid monthly. Working \
         hours are forty per week. The probation period is six months; after it the notice period \
         is two months for either party. Annual leave is twenty-five days.",
    ),
    (
        "Security Incident Report 2024-03",
        "A phishing email led to compromised credentials for two mailboxes. Passwords were reset \
         and sessions revoked within an hour. Forensic analysis found no data exfiltration. The \
         breach was assessed against the 72-hour notification duty and not reported.",
    ),
    (
        "Board Meeting Minutes - Second Quarter",
        "The board reviewed quarterly revenue against plan. The board resolved to approve the \
         budget for the second half and to defer the dividend. Budget approval for the new office \
         was postponed to the next meeting.",
    ),
    (
        "Data Processing Agreement (GDPR)",
        "The processor processes personal data only on documented instructions from the \
         controller, as required by Article 28. Sub-processors need prior written authorisation. \
         The processor assists the controller with data subject rights requests.",
    ),
    (
        "Office Relocation Announcement",
        "We are moving to the new building on Canal Road in June. Parking permits will be \
         reissued, and desks are booked through the usual tool. The clean desk policy applies \
         from the first day.",
    ),
    (
        "Vendor Onboarding Checklist",
        "Before a vendor's first invoice is paid: collect tax forms, verify bank details by phone, \
         run sanctions screening, and record the due diligence outcome in the vendor file.",
    ),
    (
        "Staff Newsletter - Spring",
        "News in brief: a reminder about record retention, travel season tips, the new parking \
         permits, a quarterly revenue update, and how to spot phishing emails. Confidential \
         information must not be forwarded outside the company.",
    ),
];

async fn library(app: &TestApp, who: &Account) -> Vec<String> {
    let mut ids = Vec::new();
    for (title, content) in LIBRARY {
        ids.push(create(app, who, title, content, json!({})).await);
    }
    ids
}

#[tokio::test]
async fn the_right_document_ranks_in_the_top_3_for_every_judged_query() {
    let app = app().await;
    let me = app.account().await;
    let docs = library(&app, &me).await;
    // (query, the document that should come first)
    let judged: &[(&str, usize)] = &[
        ("data retention", 0),
        ("retention period", 0),
        ("reimbursement of travel expenses", 1),
        ("acme invoice", 2),
        ("\"payment terms\"", 2),
        ("confidential information", 3),
        ("notice period salary", 4),
        ("phishing breach", 5),
        ("board budget approval", 6),
        ("personal data processor", 7),
        ("parking permits", 8),
        ("sanctions screening", 9),
        ("vendor onboard", 9),
    ];
    let mut first = 0;
    for (q, expected) in judged {
        let page = search(&app, &me, &[("q", q)]).await;
        assert_eq!(page["mode"], "fulltext", "{q}");
        let found = ids(&page);
        let position = found.iter().position(|id| *id == docs[*expected]);
        assert!(
            position.is_some_and(|p| p < 3),
            "{q:?}: expected {:?} in the top 3, got {:?}",
            LIBRARY[*expected].0,
            page["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|i| i["title"].clone())
                .collect::<Vec<_>>()
        );
        first += usize::from(position == Some(0));
        let ranks: Vec<f64> = page["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["rank"].as_f64().expect("rank"))
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] >= w[1]), "{q}: {ranks:?}");
    }
    assert!(
        first * 10 >= judged.len() * 8,
        "at least 80% first: {first} of {}",
        judged.len()
    );
}

#[tokio::test]
async fn words_phrases_prefixes_and_exclusions_behave_like_a_web_search() {
    let app = app().await;
    let me = app.account().await;
    let docs = library(&app, &me).await;
    let hits = |page: &Value| {
        ids(page)
            .into_iter()
            .collect::<std::collections::HashSet<_>>()
    };

    // Any form of a word: "retained" and "retention" share no stem, but
    // "records" finds "record".
    let page = search(&app, &me, &[("q", "records")]).await;
    assert!(hits(&page).contains(&docs[0]) && hits(&page).contains(&docs[10]));
    // A phrase must appear as written.
    let page = search(&app, &me, &[("q", "\"legal hold\"")]).await;
    assert_eq!(ids(&page), vec![docs[0].clone()]);
    let page = search(&app, &me, &[("q", "\"hold legal\""), ("mode", "fulltext")]).await;
    assert!(ids(&page).is_empty(), "{page}");
    // `or` and `-exclusion`.
    let page = search(&app, &me, &[("q", "phishing or sanctions")]).await;
    assert_eq!(hits(&page).len(), 3, "{page}");
    let page = search(&app, &me, &[("q", "phishing -newsletter")]).await;
    assert_eq!(ids(&page), vec![docs[5].clone()]);
    // The last word is a prefix while typed, and whole once a space follows.
    let page = search(&app, &me, &[("q", "sanctions scree")]).await;
    assert_eq!(ids(&page), vec![docs[9].clone()]);
    let page = search(&app, &me, &[("q", "Thornt"), ("mode", "fulltext")]).await;
    assert_eq!(ids(&page), vec![docs[2].clone()]);
    let page = search(&app, &me, &[("q", "Thornt "), ("mode", "fulltext")]).await;
    assert!(ids(&page).is_empty(), "{page}");
    // Partial identifiers: the start of an invoice number as typed.
    let page = search(&app, &me, &[("q", "INV-2024-0073"), ("mode", "fulltext")]).await;
    assert_eq!(ids(&page), vec![docs[2].clone()]);

    // Each hit has what a result list shows, and a readable snippet.
    let page = search(&app, &me, &[("q", "legal hold")]).await;
    let hit = &page["items"][0];
    assert_eq!(hit["title"], "Data Retention Policy");
    assert_eq!(hit["file_type"], "txt");
    assert!(hit["created_at"].as_str().is_some_and(|t| t.ends_with('Z')));
    let rank = hit["rank"].as_f64().expect("rank");
    assert!(rank > 0.0 && rank < 1.0, "{rank}");
    let snippet = hit["snippet"].as_str().expect("snippet");
    assert!(
        snippet.contains("<mark>legal</mark> <mark>hold</mark>"),
        "{snippet}"
    );
    assert!(hit.get("content").is_none());
    assert_eq!(page["capped"], false);
    assert!(page["next_cursor"].is_null());
}

#[tokio::test]
async fn snippets_are_html_escaped_around_their_marks() {
    let app = app().await;
    let me = app.account().await;
    create(
        &app,
        &me,
        "Escaping",
        "Tom & Jerry's \"quote\" 5 < 6 > 4 then <script>alert(1)</script> the invoice arrives",
        json!({}),
    )
    .await;
    let page = search(&app, &me, &[("q", "invoice")]).await;
    let snippet = page["items"][0]["snippet"].as_str().expect("snippet");
    assert!(snippet.contains("<mark>invoice</mark>"), "{snippet}");
    assert!(
        snippet.contains("Tom &amp; Jerry&#39;s &quot;quote&quot;"),
        "{snippet}"
    );
    assert!(snippet.contains("5 &lt; 6 &gt; 4"), "{snippet}");
    assert!(!snippet.contains("<script"), "{snippet}");
    let tags: Vec<&str> = snippet.split('<').skip(1).collect();
    assert!(
        tags.iter()
            .all(|t| t.starts_with("mark>") || t.starts_with("/mark>")),
        "only <mark> tags: {snippet}"
    );
}

#[tokio::test]
async fn misspellings_and_partial_identifiers_are_found_by_fuzzy_matching() {
    let app = app().await;
    let me = app.account().await;
    let docs = library(&app, &me).await;
    for (q, expected) in [
        ("retension polcy", 0),
        ("Thornten", 2),
        ("Acme Corporaton", 2),
        ("00731", 2),
        ("2024-00731", 2),
        ("confidentail", 3),
        ("phising", 5),
    ] {
        // `auto` tries full text first, then fuzzy, and says which it used.
        let page = search(&app, &me, &[("q", q)]).await;
        assert_eq!(page["mode"], "fuzzy", "{q}: {page}");
        let found = ids(&page);
        assert!(
            found.iter().take(3).any(|id| *id == docs[expected]),
            "{q}: {page}"
        );
        // Asked for full text only, the misspelling finds nothing.
        let strict = search(&app, &me, &[("q", q), ("mode", "fulltext")]).await;
        assert_eq!(strict["mode"], "fulltext");
        assert!(ids(&strict).is_empty(), "{q}: {strict}");
    }
    // Fuzzy on request, with the corrected word highlighted.
    let page = search(&app, &me, &[("q", "Thornten"), ("mode", "fuzzy")]).await;
    assert_eq!(page["mode"], "fuzzy");
    let snippet = page["items"][0]["snippet"].as_str().expect("snippet");
    assert!(snippet.contains("<mark>Thornton</mark>"), "{snippet}");
    // A correctly spelled query stays in full text under `auto`.
    assert_eq!(
        search(&app, &me, &[("q", "Thornton")]).await["mode"],
        "fulltext"
    );
    // Nothing similar at all: an empty page, still 200.
    let page = search(&app, &me, &[("q", "xylophonist")]).await;
    assert_eq!(page["items"], json!([]));
}

#[tokio::test]
async fn filters_and_ownership_narrow_the_results() {
    let app = app().await;
    let me = app.account().await;
    let other = app.account().await;
    let legal = create(
        &app,
        &me,
        "Lease A",
        "office lease renewal",
        json!({"dept": "legal", "year": 2024}),
    )
    .await;
    let finance = create(
        &app,
        &me,
        "Lease B",
        "office lease payment",
        json!({"dept": "finance"}),
    )
    .await;
    let old = create(
        &app,
        &me,
        "Lease C",
        "office lease archive",
        json!({"dept": "legal"}),
    )
    .await;
    let gone = create(&app, &me, "Lease D", "office lease deleted", json!({})).await;
    create(
        &app,
        &other,
        "Lease E",
        "office lease of someone else",
        json!({}),
    )
    .await;
    sqlx::query(
        "update documents set processing_status = 'completed', language_code = 'en', file_type = 'pdf'
         where id = $1::uuid",
    )
    .bind(&legal)
    .execute(&app.pool)
    .await
    .expect("update");
    sqlx::query("update documents set created_at = '2020-01-01' where id = $1::uuid")
        .bind(&old)
        .execute(&app.pool)
        .await
        .expect("update");
    let r = app
        .authed(Method::DELETE, &format!("/v1/documents/{gone}"), &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);

    let found = |params: Vec<(&'static str, &'static str)>| {
        let (app, me) = (&app, &me);
        async move {
            let mut all = vec![("q", "lease")];
            all.extend(params);
            let mut v = ids(&search(app, me, &all).await);
            v.sort();
            v
        }
    };
    let mut mine = vec![legal.clone(), finance.clone(), old.clone()];
    mine.sort();
    assert_eq!(found(vec![]).await, mine, "mine, live");
    assert_eq!(
        found(vec![("status", "completed")]).await,
        vec![legal.clone()]
    );
    assert_eq!(found(vec![("file_type", "pdf")]).await, vec![legal.clone()]);
    assert_eq!(found(vec![("language", "en")]).await, vec![legal.clone()]);
    assert_eq!(
        found(vec![("created_before", "2021-01-01T00:00:00Z")]).await,
        vec![old.clone()]
    );
    assert_eq!(
        found(vec![("created_after", "2021-01-01T00:00:00Z")])
            .await
            .len(),
        2
    );
    let mut legal_docs = vec![legal.clone(), old.clone()];
    legal_docs.sort();
    assert_eq!(
        found(vec![("metadata", r#"{"dept":"legal"}"#)]).await,
        legal_docs
    );
    assert_eq!(
        found(vec![("metadata", r#"{"dept":"legal","year":2024}"#)]).await,
        vec![legal.clone()]
    );
    // The same filters apply in fuzzy mode.
    let page = search(
        &app,
        &me,
        &[("q", "leese"), ("mode", "fuzzy"), ("file_type", "pdf")],
    )
    .await;
    assert_eq!(ids(&page), vec![legal.clone()]);
    let theirs = search(&app, &other, &[("q", "lease")]).await;
    assert_eq!(ids(&theirs).len(), 1);

    for (name, value) in [
        ("status", "archived"),
        ("language", "english"),
        ("metadata", "[1]"),
        ("metadata", "{not json"),
        ("mode", "psychic"),
        ("limit", "0"),
        ("limit", "101"),
        ("cursor", "not-a-cursor"),
        ("created_after", "yesterday"),
    ] {
        let r = search_raw(&app, &me, &[("q", "lease"), (name, value)]).await;
        assert_eq!(r.status(), 422, "{name}={value}");
        let body: Value = r.json().await.expect("json");
        assert_eq!(body["error"]["code"], "validation_failed");
    }
}

#[tokio::test]
async fn pages_follow_each_other_best_first_without_gaps_or_repeats() {
    let app = app().await;
    let me = app.account().await;
    let mut created = Vec::new();
    for i in 0..25 {
        // Rank depends on how often "ledger" appears; every fifth ties.
        let content = format!("{} and the rest of entry {i}", "ledger ".repeat(1 + i % 5));
        created.push(create(&app, &me, &format!("Entry {i}"), &content, json!({})).await);
    }
    let mut seen = Vec::new();
    let mut ranks = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..4 {
        let mut params = vec![("q", "ledger"), ("limit", "10")];
        if let Some(c) = cursor.as_deref() {
            params.push(("cursor", c));
        }
        let page = search(&app, &me, &params).await;
        for item in page["items"].as_array().expect("items") {
            seen.push(item["id"].as_str().expect("id").to_owned());
            ranks.push(item["rank"].as_f64().expect("rank"));
        }
        cursor = page["next_cursor"].as_str().map(str::to_owned);
        if cursor.is_none() {
            break;
        }
    }
    assert_eq!(seen.len(), 25, "every match once");
    let unique: std::collections::HashSet<_> = seen.iter().collect();
    assert_eq!(unique.len(), 25);
    assert!(ranks.windows(2).all(|w| w[0] >= w[1]), "{ranks:?}");
    // A fuzzy cursor cannot continue a full-text search.
    let first = search(&app, &me, &[("q", "ledgr"), ("limit", "2")]).await;
    assert_eq!(first["mode"], "fuzzy");
    let c = first["next_cursor"]
        .as_str()
        .expect("more pages")
        .to_owned();
    let next = search(&app, &me, &[("q", "ledgr"), ("limit", "2"), ("cursor", &c)]).await;
    assert_eq!(
        next["mode"], "fuzzy",
        "a next page keeps the first page's mode"
    );
    let r = search_raw(
        &app,
        &me,
        &[("q", "ledgr"), ("mode", "fulltext"), ("cursor", &c)],
    )
    .await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn odd_queries_answer_200_or_422_never_5xx() {
    let app = app().await;
    let me = app.account().await;
    library(&app, &me).await;
    let long_words = "invoice policy ".repeat(66);
    let ten_thousand = "x".repeat(10_000);
    let queries: Vec<&str> = vec![
        "",
        " ",
        "\"",
        "\"\"\"",
        "\"unbalanced quote",
        "unbalanced \"quote",
        "'",
        "''",
        "\\",
        "\\\\'",
        "\0",
        "in\0voice",
        "!!!",
        "%",
        "_",
        "*",
        ":*",
        "foo:*",
        "invoice:*",
        "a & b | !c",
        "(((",
        ")",
        "<->",
        "'; drop table documents; --",
        "1' or '1'='1",
        "$1",
        "-",
        "--",
        "-invoice",
        "invoice or -acme",
        "or",
        "or or or",
        "the",
        "the and of",
        "😀",
        "😀 invoice",
        "ïnvöïce",
        "日本語の文書",
        "\u{E000}invoice\u{E001}",
        "<mark>invoice</mark>",
        &long_words[..long_words.len().min(990)],
        &ten_thousand,
    ];
    for q in &queries {
        for mode in ["auto", "fulltext", "fuzzy"] {
            let r = search_raw(&app, &me, &[("q", q), ("mode", mode)]).await;
            let status = r.status().as_u16();
            let body: Value = r.json().await.expect("JSON, whatever happened");
            assert!(
                status == 200 || status == 422,
                "{q:?} ({mode}): {status} {body}"
            );
            if status == 422 {
                assert_eq!(body["error"]["code"], "validation_failed", "{q:?}");
                let message = body["error"]["message"].as_str().unwrap_or_default();
                assert!(message.starts_with("q "), "{q:?}: {message}");
            }
        }
    }
    // The clear cases, with their reasons.
    for (q, issue) in [
        ("", "empty"),
        ("\0", "empty"),
        ("the and of", "no_searchable_words"),
        ("!!!", "no_searchable_words"),
        ("-invoice", "no_searchable_words"),
        (ten_thousand.as_str(), "too_long"),
    ] {
        let r = search_raw(&app, &me, &[("q", q)]).await;
        assert_eq!(r.status(), 422, "{q:?}");
        let body: Value = r.json().await.expect("json");
        assert_eq!(body["error"]["details"][0]["issue"], issue, "{q:?}");
    }
    let r = app
        .authed(Method::GET, "/v1/search?q=%FF%FE%00", &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 422, "invalid UTF-8");
    let r = app
        .authed(Method::GET, "/v1/search", &me.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 422, "no q at all");
    // Whatever was typed, the data is intact.
    assert_eq!(
        app.count("select count(*) from documents").await,
        LIBRARY.len() as i64
    );
}

#[tokio::test]
async fn every_search_is_audited_with_its_query() {
    let app = app().await;
    let me = app.account().await;
    library(&app, &me).await;
    search(&app, &me, &[("q", "acme invoice"), ("file_type", "txt")]).await;
    search(&app, &me, &[("q", "Thornten")]).await;
    let rows = app.audit_rows(me.id).await;
    let searches: Vec<_> = rows.iter().filter(|r| r.action == "search").collect();
    assert_eq!(searches.len(), 2);
    let first = searches[0].new_values.as_ref().expect("values");
    assert_eq!(first["q"], "acme invoice");
    assert_eq!(first["mode"], "fulltext");
    assert_eq!(first["file_type"], "txt");
    assert_eq!(first["returned"], 1);
    assert_eq!(searches[0].resource_type, "document");
    assert!(searches[0].request_id.is_some());
    let second = searches[1].new_values.as_ref().expect("values");
    assert_eq!(second["mode"], "fuzzy");
}

#[tokio::test]
async fn a_key_needs_document_read_to_search() {
    let app = app().await;
    let me = app.account().await;
    let (_, reader) = app.api_key(&me, &["document.read"]).await;
    let (_, writer) = app.api_key(&me, &["document.create"]).await;
    for (key, status) in [(reader, 200), (writer, 403)] {
        for path in ["/v1/search?q=invoice", "/v1/stats"] {
            let r = app
                .authed(Method::GET, path, &key)
                .send()
                .await
                .expect("sent");
            assert_eq!(r.status(), status, "{path}");
        }
    }
}
