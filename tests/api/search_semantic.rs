//! Search by meaning through the real server (issue 18): documents are
//! embedded by the workers after their results are committed, `semantic`
//! finds a document that shares no word with the query, `hybrid` fuses it
//! with full text, another account's documents never appear, and a server
//! without the model says so. Reads the model `scripts/test.sh` fetches
//! into `target/tmp/models/`.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{Account, TestApp, envelope, eventually};
use crate::search::{create, ids, search, search_raw};

fn model_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("models/all-MiniLM-L6-v2");
    assert!(
        dir.join("model.safetensors").is_file(),
        "the embedding model is missing from {} (scripts/test.sh fetches it)",
        dir.display()
    );
    dir
}

/// Workers on, with the model.
async fn app() -> TestApp {
    let dir = model_dir();
    TestApp::spawn_with(move |c| {
        c.workers = 2;
        c.rate_limit_free_per_minute = 10_000;
        c.embedding_model_dir = Some(dir);
    })
    .await
}

/// Waits until `n` of the account's documents have vectors.
async fn embedded(app: &TestApp, who: &Account, n: i64) {
    let pool = app.pool.clone();
    let user = who.id;
    eventually(
        Duration::from_secs(120),
        "the documents are embedded",
        || {
            let pool = pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(
                    "select count(distinct document_id) from document_embeddings where user_id = $1",
                )
                .bind(user)
                .fetch_one(&pool)
                .await
                .unwrap_or(0)
                    >= n
            }
        },
    )
    .await;
}

const DISMISSAL: &str = "Dear Mr Jones, after the events of 3 March we have decided on the \
    dismissal of the employee with effect from 30 April. Your last salary and outstanding \
    holiday pay will be paid with the April payroll. Please return your badge and laptop to \
    the front desk. Yours sincerely, Human Resources";
const INVOICE: &str = "Invoice 2024-0073. Three boxes of printer paper at 15.00 EUR, delivery \
    included. Total 45.00 EUR, payable within 30 days to the account below.";
const RECIPE: &str = "Apple crumble: slice four apples, cover them with butter, flour and \
    sugar rubbed together, and bake for 35 minutes until golden. Serve warm with cream.";

#[tokio::test]
async fn search_by_meaning_finds_the_dismissal_letter_for_termination_of_employment() {
    let app = app().await;
    let me = app.account().await;
    let other = app.account().await;
    let letter = create(&app, &me, "Letter to Mr Jones", DISMISSAL, json!({})).await;
    let invoice = create(&app, &me, "Paper order", INVOICE, json!({})).await;
    let recipe = create(&app, &me, "Crumble", RECIPE, json!({})).await;
    let theirs = create(&app, &other, "Notice", DISMISSAL, json!({})).await;
    embedded(&app, &me, 3).await;
    embedded(&app, &other, 1).await;

    let q = "termination of employment";
    let page = search(&app, &me, &[("q", q), ("mode", "semantic")]).await;
    assert_eq!(page["mode"], "semantic");
    let found = ids(&page);
    assert_eq!(found.first(), Some(&letter), "{page}");
    assert!(
        !found.contains(&theirs),
        "another account's document: {page}"
    );
    assert!(
        !found.contains(&recipe),
        "an unrelated recipe matched: {page}"
    );
    let hit = &page["items"][0];
    let rank = hit["rank"].as_f64().expect("rank");
    assert!((0.2..1.0).contains(&rank), "{rank}");
    assert!(
        hit["snippet"]
            .as_str()
            .expect("snippet")
            .starts_with("Dear Mr Jones"),
        "the closest passage is the snippet: {hit}"
    );

    // The words are nowhere in the letter.
    let words = search(&app, &me, &[("q", q), ("mode", "fulltext")]).await;
    assert!(!ids(&words).contains(&letter), "{words}");

    let fused = search(&app, &me, &[("q", q), ("mode", "hybrid")]).await;
    assert_eq!(fused["mode"], "hybrid");
    let fused_ids = ids(&fused);
    assert_eq!(fused_ids.first(), Some(&letter), "{fused}");
    assert!(!fused_ids.contains(&theirs), "{fused}");
    // Hybrid keeps full text's matches: the invoice by its words.
    let paper = search(
        &app,
        &me,
        &[("q", "printer paper invoice"), ("mode", "hybrid")],
    )
    .await;
    assert_eq!(ids(&paper).first(), Some(&invoice), "{paper}");
    assert!(
        paper["items"][0]["snippet"]
            .as_str()
            .expect("snippet")
            .contains("<mark>"),
        "a full-text hit keeps its highlighting: {paper}"
    );

    // The other account finds its own copy, and only it.
    let theirs_page = search(&app, &other, &[("q", q), ("mode", "semantic")]).await;
    assert_eq!(ids(&theirs_page), vec![theirs.clone()]);

    // Filters apply: none of mine is a PDF, all are text.
    let text = search(
        &app,
        &me,
        &[("q", q), ("mode", "semantic"), ("file_type", "txt")],
    )
    .await;
    assert_eq!(ids(&text).first(), Some(&letter), "{text}");
    let none = search(
        &app,
        &me,
        &[("q", q), ("mode", "semantic"), ("file_type", "pdf")],
    )
    .await;
    assert_eq!(ids(&none), Vec::<String>::new());

    // The search is audited with its mode.
    let audited = app.audit_rows(me.id).await;
    let modes: Vec<&str> = audited
        .iter()
        .filter(|r| r.action == "search")
        .filter_map(|r| r.new_values.as_ref()?["mode"].as_str())
        .collect();
    assert!(
        modes.contains(&"semantic") && modes.contains(&"hybrid"),
        "{modes:?}"
    );
}

#[tokio::test]
async fn search_by_meaning_pages_without_repeats_and_leaves_deleted_documents_out() {
    let app = app().await;
    let me = app.account().await;
    let texts = [
        ("Dismissal", DISMISSAL),
        (
            "Resignation",
            "I hereby resign from my position as accountant, my last working day being 31 May.",
        ),
        (
            "Redundancy",
            "Due to the restructuring, your job is at risk of redundancy; a consultation meeting is planned.",
        ),
    ];
    let mut made = Vec::new();
    for (title, text) in texts {
        made.push(create(&app, &me, title, text, json!({})).await);
    }
    embedded(&app, &me, 3).await;
    let q = [("q", "leaving a job"), ("mode", "semantic"), ("limit", "1")];
    let mut seen: Vec<String> = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut params = q.to_vec();
        if let Some(c) = &cursor {
            params.push(("cursor", c));
        }
        let page = search(&app, &me, &params).await;
        seen.extend(ids(&page));
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
        assert!(seen.len() <= 3, "pages never end: {seen:?}");
    }
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), seen.len(), "a document repeated: {seen:?}");
    assert!(seen.len() >= 2, "{seen:?}");

    let r = app
        .authed(
            reqwest::Method::DELETE,
            &format!("/v1/documents/{}", made[0]),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);
    let page = search(
        &app,
        &me,
        &[("q", "termination of employment"), ("mode", "semantic")],
    )
    .await;
    assert!(!ids(&page).contains(&made[0]), "a deleted document: {page}");
}

#[tokio::test]
async fn without_the_model_semantic_search_answers_503_and_hybrid_is_full_text() {
    let app = TestApp::spawn_with(|c| {
        c.workers = 0;
        c.embedding_model_dir = Some(PathBuf::from("/nonexistent/opencomplai-model"));
    })
    .await;
    let me = app.account().await;
    let invoice = create(&app, &me, "Paper order", INVOICE, json!({})).await;
    let r = search_raw(&app, &me, &[("q", "invoice"), ("mode", "semantic")]).await;
    let (status, code, body) = envelope(r).await;
    assert_eq!((status, code.as_str()), (503, "unavailable"), "{body}");
    let message: &Value = &body["error"]["message"];
    assert!(
        message
            .as_str()
            .is_some_and(|m| m.contains("not installed")),
        "{body}"
    );
    let page = search(&app, &me, &[("q", "invoice"), ("mode", "hybrid")]).await;
    assert_eq!(
        page["mode"], "fulltext",
        "hybrid falls back to full text: {page}"
    );
    assert_eq!(ids(&page), vec![invoice]);
    // An unknown mode is still a 422.
    let r = search_raw(&app, &me, &[("q", "invoice"), ("mode", "vector")]).await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn documents_completed_without_vectors_are_embedded_by_the_catch_up() {
    let app = app().await;
    let me = app.account().await;
    let letter = create(&app, &me, "Letter to Mr Jones", DISMISSAL, json!({})).await;
    let recipe = create(&app, &me, "Crumble", RECIPE, json!({})).await;
    embedded(&app, &me, 2).await;
    // As if completed an hour ago, before the model was installed.
    sqlx::query("delete from document_embeddings where user_id = $1")
        .bind(me.id)
        .execute(&app.pool)
        .await
        .expect("vectors gone");
    sqlx::query(
        "update documents set processing_completed_at = processing_completed_at - interval '1 hour'
         where user_id = $1",
    )
    .bind(me.id)
    .execute(&app.pool)
    .await
    .expect("completed earlier");
    let q = [("q", "termination of employment"), ("mode", "semantic")];
    assert_eq!(ids(&search(&app, &me, &q).await), Vec::<String>::new());

    // A second instance of the service (workers on, model installed)
    // looks for such documents as it starts.
    let dir = model_dir();
    let _second = TestApp::spawn_on(app.same_database(), move |c| {
        c.workers = 1;
        c.embedding_model_dir = Some(dir);
    })
    .await;
    embedded(&app, &me, 2).await;
    let found = ids(&search(&app, &me, &q).await);
    assert_eq!(found.first(), Some(&letter), "{found:?}");
    assert!(!found.contains(&recipe), "{found:?}");
}

/// A unit vector near `to`: `to` plus a little of `noise`, normalised.
fn near(to: &[f32], noise: &[f32], amount: f32) -> Vec<f32> {
    let mut v: Vec<f32> = to.iter().zip(noise).map(|(a, b)| a + amount * b).collect();
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    v.iter_mut().for_each(|x| *x /= norm);
    v
}

#[tokio::test]
async fn an_account_with_more_windows_than_candidates_still_finds_the_nearest() {
    use opencomplai::embeddings::{MODEL_NAME, vector};
    use opencomplai::search::{self, Filters, Mode, Request, query, semantic};
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let windows = 3 * semantic::CANDIDATES as usize;
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut random = || -> Vec<f32> {
        let v: Vec<f32> = (0..vector::DIMENSIONS)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state % 2_000_001) as f32 / 1_000_000.0 - 1.0
            })
            .collect();
        near(&v, &v, 0.0)
    };
    let query_vector = random();
    // Every document but two has a random window; the planted one a window
    // near the query, the deleted one a window nearer still.
    let mut vectors: Vec<Vec<f32>> = (0..windows).map(|_| random()).collect();
    vectors[1234] = near(&query_vector, &random(), 0.6);
    vectors[77] = near(&query_vector, &random(), 0.3);
    let ids: Vec<uuid::Uuid> = (0..windows).map(|_| uuid::Uuid::new_v4()).collect();
    sqlx::query(
        "insert into documents (id, user_id, title, content, processing_status, file_type,
                                deleted_at)
         select d.id, $1, 'Window ' || d.n, 'text', 'completed', 'txt',
                case when d.n = 78 then now() at time zone 'utc' end
         from unnest($2::uuid[]) with ordinality as d(id, n)",
    )
    .bind(me.id)
    .bind(&ids)
    .execute(&app.pool)
    .await
    .expect("documents");
    let bytes: Vec<Vec<u8>> = vectors.iter().map(|v| vector::to_bytes(v)).collect();
    let signatures: Vec<String> = vectors.iter().map(|v| vector::signature(v)).collect();
    sqlx::query(
        "insert into document_embeddings
             (document_id, user_id, chunk, model, char_start, char_end, embedding, signature)
         select w.id, $1, 0, $2, 0, 4, w.v, w.s::bit(384)
         from unnest($3::uuid[], $4::bytea[], $5::text[]) as w(id, v, s)",
    )
    .bind(me.id)
    .bind(MODEL_NAME)
    .bind(&ids)
    .bind(&bytes)
    .bind(&signatures)
    .execute(&app.pool)
    .await
    .expect("windows");
    let request = Request {
        user_id: me.id,
        query: query::parse(Some("anything")).expect("query"),
        filters: Filters::default(),
        after: None,
        limit: 5,
    };
    let mut conn = app.pool.acquire().await.expect("connection");
    let (_, outcome) = search::find_with(
        &mut conn,
        &request,
        Some(Mode::Semantic),
        Some(&query_vector),
    )
    .await
    .expect("search");
    let found: Vec<uuid::Uuid> = outcome.hits.iter().map(|h| h.id).collect();
    assert_eq!(
        found,
        vec![ids[1234]],
        "only the planted window is similar enough"
    );
    // Filtered, the same.
    let filtered = Request {
        filters: Filters {
            file_type: Some("txt".into()),
            ..Filters::default()
        },
        ..request
    };
    let (_, outcome) = search::find_with(
        &mut conn,
        &filtered,
        Some(Mode::Semantic),
        Some(&query_vector),
    )
    .await
    .expect("search");
    let found: Vec<uuid::Uuid> = outcome.hits.iter().map(|h| h.id).collect();
    assert_eq!(found, vec![ids[1234]]);
}
