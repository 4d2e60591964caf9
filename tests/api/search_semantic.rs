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

/// Random unit vectors, the same for the same seed.
fn randoms(mut state: u64) -> impl FnMut() -> Vec<f32> {
    move || {
        let v: Vec<f32> = (0..opencomplai::embeddings::vector::DIMENSIONS)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state % 2_000_001) as f32 / 1_000_000.0 - 1.0
            })
            .collect();
        near(&v, &v, 0.0)
    }
}

/// `v` with its component along `from` taken out, normalised: a vector
/// dissimilar to `from` (cosine 0).
fn away(v: &[f32], from: &[f32]) -> Vec<f32> {
    let along: f32 = v.iter().zip(from).map(|(a, b)| a * b).sum();
    let w: Vec<f32> = v.iter().zip(from).map(|(a, b)| a - along * b).collect();
    near(&w, &w, 0.0)
}

/// The documents a search by meaning for `vector` finds through `index`
/// (or PostgreSQL alone), in order.
async fn semantic_ids(
    conn: &mut sqlx::PgConnection,
    request: &opencomplai::search::Request,
    vector: &[f32],
    index: Option<&opencomplai::search::signatures::Index>,
) -> Vec<uuid::Uuid> {
    use opencomplai::search::{self, Mode};
    let (_, outcome) =
        search::find_indexed(conn, request, Some(Mode::Semantic), Some(vector), index)
            .await
            .expect("search");
    outcome.hits.iter().map(|h| h.id).collect()
}

/// One completed text document per vector, each with that vector as its
/// only window, straight into the tables, the windows stored `age_secs`
/// ago; those whose index is in `deleted` deleted. Returns the documents'
/// ids in order.
async fn windows(
    app: &TestApp,
    who: &Account,
    vectors: &[Vec<f32>],
    deleted: &[usize],
    age_secs: f64,
) -> Vec<uuid::Uuid> {
    use opencomplai::embeddings::{MODEL_NAME, vector};
    let ids: Vec<uuid::Uuid> = vectors.iter().map(|_| uuid::Uuid::new_v4()).collect();
    let deleted: Vec<i64> = deleted.iter().map(|&i| i as i64 + 1).collect();
    sqlx::query(
        "insert into documents (id, user_id, title, content, processing_status, file_type,
                                metadata, deleted_at)
         select d.id, $1, 'Window ' || d.n, 'text', 'completed', 'txt',
                jsonb_build_object('n', d.n - 1),
                case when d.n = any($3) then now() at time zone 'utc' end
         from unnest($2::uuid[]) with ordinality as d(id, n)",
    )
    .bind(who.id)
    .bind(&ids)
    .bind(&deleted)
    .execute(&app.pool)
    .await
    .expect("documents");
    let bytes: Vec<Vec<u8>> = vectors.iter().map(|v| vector::to_bytes(v)).collect();
    let signatures: Vec<String> = vectors.iter().map(|v| vector::signature(v)).collect();
    sqlx::query(
        "insert into document_embeddings
             (document_id, user_id, chunk, model, char_start, char_end, embedding, signature,
              created_at)
         select w.id, $1, 0, $2, 0, 4, w.v, w.s::bit(384),
                (now() at time zone 'utc') - make_interval(secs => $6)
         from unnest($3::uuid[], $4::bytea[], $5::text[]) as w(id, v, s)",
    )
    .bind(who.id)
    .bind(MODEL_NAME)
    .bind(&ids)
    .bind(&bytes)
    .bind(&signatures)
    .bind(age_secs)
    .execute(&app.pool)
    .await
    .expect("windows");
    // What autovacuum does after a load this size, within a minute: plans
    // made on a never-analysed table read an account's windows whole.
    sqlx::query("analyze documents, document_embeddings")
        .execute(&app.pool)
        .await
        .expect("analyze");
    ids
}

#[tokio::test]
async fn an_account_with_more_windows_than_candidates_still_finds_the_nearest() {
    use opencomplai::search::signatures::{Index, Source};
    use opencomplai::search::{Filters, Request, query, semantic};
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let n = 3 * semantic::CANDIDATES as usize;
    let mut random = randoms(0x2545_f491_4f6c_dd1d);
    let query_vector = random();
    // Every document but two has a random window; the planted one a window
    // near the query, the deleted one a window nearer still.
    let mut vectors: Vec<Vec<f32>> = (0..n).map(|_| random()).collect();
    vectors[1234] = near(&query_vector, &random(), 0.6);
    vectors[77] = near(&query_vector, &random(), 0.3);
    // Stored an hour ago: the held signatures alone find them.
    let ids = windows(&app, &me, &vectors, &[77], 3600.0).await;
    let request = Request {
        user_id: me.id,
        query: query::parse(Some("anything")).expect("query"),
        filters: Filters::default(),
        after: None,
        limit: 5,
    };
    let filtered = Request {
        filters: Filters {
            file_type: Some("txt".into()),
            ..Filters::default()
        },
        ..request.clone()
    };
    // Only this document passes.
    let selective = Request {
        filters: Filters {
            metadata: Some(serde_json::json!({"n": 1234})),
            ..Filters::default()
        },
        ..request.clone()
    };
    let mut conn = app.pool.acquire().await.expect("connection");
    // The signatures compared by PostgreSQL (an account under
    // MIN_WINDOWS), and held in memory (one over it).
    let small = Index::new(n as i64, 64);
    let held = Index::with_refresh(0, 64, Duration::from_secs(3600));
    assert!(matches!(
        small
            .source(&mut conn, me.id, opencomplai::embeddings::MODEL_NAME)
            .await,
        Ok(Source::Database)
    ));
    assert!(matches!(
        held.source(&mut conn, me.id, opencomplai::embeddings::MODEL_NAME).await,
        Ok(Source::Memory(a)) if a.len() == n
    ));
    let none = Index::new(0, 0);
    for index in [None, Some(&small), Some(&held), Some(&none)] {
        for r in [&request, &filtered, &selective] {
            let found = semantic_ids(&mut conn, r, &query_vector, index).await;
            assert_eq!(
                found,
                vec![ids[1234]],
                "only the planted window is similar enough ({:?}, {:?})",
                index.is_some(),
                r.filters
            );
        }
    }
    // A window stored after the load is found at once, held signatures or
    // not; one whose document is deleted after it is no longer found,
    // though its signature is still held.
    let newer = windows(&app, &me, &[near(&query_vector, &random(), 0.4)], &[], 0.0).await;
    for r in [&request, &filtered] {
        let found = semantic_ids(&mut conn, r, &query_vector, Some(&held)).await;
        assert_eq!(found, vec![newer[0], ids[1234]], "{:?}", r.filters);
    }
    sqlx::query("update documents set deleted_at = now() at time zone 'utc' where id = $1")
        .bind(ids[1234])
        .execute(&app.pool)
        .await
        .expect("deleted");
    let found = semantic_ids(&mut conn, &request, &query_vector, Some(&held)).await;
    assert_eq!(found, vec![newer[0]]);
    // A window stored "an hour ago" after the load is in neither half: for
    // old rows the search reads the held signatures, not the table...
    let old = windows(
        &app,
        &me,
        &[near(&query_vector, &random(), 0.2)],
        &[],
        3600.0,
    )
    .await;
    assert_eq!(
        semantic_ids(&mut conn, &request, &query_vector, Some(&held)).await,
        vec![newer[0]]
    );
    // ...until they are loaded again: here at every search.
    let fresh = Index::with_refresh(0, 64, Duration::ZERO);
    assert_eq!(
        semantic_ids(&mut conn, &request, &query_vector, Some(&fresh)).await,
        vec![old[0], newer[0]]
    );
    assert_eq!(
        fresh.held(me.id, opencomplai::embeddings::MODEL_NAME),
        Some(n + 2)
    );
    assert_eq!(
        held.held(me.id, opencomplai::embeddings::MODEL_NAME),
        Some(n)
    );
}

#[tokio::test]
async fn the_endpoint_searches_a_large_account_by_its_signatures_in_memory() {
    use opencomplai::embeddings::Embeddings;
    use opencomplai::search::signatures::MIN_WINDOWS;
    let app = app().await;
    let me = app.account().await;
    let q = "termination of employment";
    let v = Embeddings::at(model_dir())
        .query(q)
        .await
        .expect("the query's vector");
    let mut random = randoms(0x9e37_79b9_7f4a_7c15);
    let n = MIN_WINDOWS as usize + 500;
    let mut vectors: Vec<Vec<f32>> = (0..n).map(|_| away(&random(), &v)).collect();
    vectors[4321] = near(&v, &away(&random(), &v), 0.5);
    let planted = windows(&app, &me, &vectors, &[], 3600.0).await;
    let params = [("q", q), ("mode", "semantic")];
    let found = ids(&search(&app, &me, &params).await);
    assert_eq!(found, vec![planted[4321].to_string()]);
    // The account is loaded apart from the searches; once it is held, the
    // same answers, with a filter only the planted document passes too.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let selective = [
        ("q", q),
        ("mode", "semantic"),
        ("metadata", r#"{"n": 4321}"#),
    ];
    for p in [&params[..], &selective[..]] {
        let found = ids(&search(&app, &me, p).await);
        assert_eq!(found, vec![planted[4321].to_string()], "{p:?}");
    }
    // Stored after the account was loaded: found at once.
    let newer = windows(&app, &me, &[near(&v, &away(&random(), &v), 0.3)], &[], 0.0).await;
    let found = ids(&search(&app, &me, &params).await);
    assert_eq!(found, vec![newer[0].to_string(), planted[4321].to_string()]);
    let deleted = app
        .authed(
            reqwest::Method::DELETE,
            &format!("/v1/documents/{}", planted[4321]),
            &me.token,
        )
        .send()
        .await
        .expect("delete");
    assert!(deleted.status().is_success(), "{}", deleted.status());
    let found = ids(&search(&app, &me, &params).await);
    assert_eq!(found, vec![newer[0].to_string()]);
}
