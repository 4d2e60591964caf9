//! What lies under search, through the real server and the database: the
//! cap on ranked candidates over the account's index slices, the word list
//! under purges and racing writers, a `pg_dump` restore, and `/v1/stats`.

use reqwest::Method;
use serde_json::json;

use crate::helpers::{Account, TestApp, TestDb, pg_tool};
use crate::search::{app, create, ids, search};

#[tokio::test]
async fn a_common_word_ranks_a_bounded_set_of_candidates_and_says_so() {
    let app = app().await;
    let me = app.account().await;
    // The server's key for the account's lexemes is PostgreSQL's.
    let key: String = sqlx::query_scalar("select search_account_key($1)")
        .bind(me.id)
        .fetch_one(&app.pool)
        .await
        .expect("key");
    assert_eq!(key, opencomplai::search::slices::account_key(me.id));

    // 1,100 documents with "memo": slice 0 holds about 70, too few, so all
    // slices are read and 501 of the matches examined.
    sqlx::query(
        "insert into documents (user_id, title, content, processing_status)
         select $1, 'Memo ' || n, 'quarterly memo number ' || n || repeat(' memo', n % 7), 'completed'
         from generate_series(1, 1100) n",
    )
    .bind(me.id)
    .execute(&app.pool)
    .await
    .expect("insert");
    let page = search(&app, &me, &[("q", "memo")]).await;
    assert_eq!(page["capped"], true);
    assert_eq!(page["items"].as_array().map(Vec::len), Some(20));
    assert!(
        ids(&page).iter().any(|id| !id.ends_with('0')),
        "all slices were read"
    );
    let page = search(&app, &me, &[("q", "memo number 1099")]).await;
    assert_eq!(page["capped"], false);
    assert_eq!(page["items"][0]["title"], "Memo 1099");

    // 600 more in slice 0 (ids ending in 0), so it alone holds more than
    // 501, and 100 in slice 7: a search for the common word reads only
    // slice 0.
    for (slice, from, to) in [("0", 1, 600), ("7", 601, 700)] {
        sqlx::query(
            "insert into documents (id, user_id, title, content, processing_status)
             select overlay(gen_random_uuid()::text placing $2 from 36)::uuid,
                    $1, 'Note ' || n, 'a memo, note ' || n, 'completed'
             from generate_series($3::int, $4::int) n",
        )
        .bind(me.id)
        .bind(slice)
        .bind(from)
        .bind(to)
        .execute(&app.pool)
        .await
        .expect("insert");
    }
    let page = search(&app, &me, &[("q", "memo"), ("limit", "100")]).await;
    assert_eq!(page["capped"], true);
    assert_eq!(ids(&page).len(), 100);
    assert!(ids(&page).iter().all(|id| id.ends_with('0')), "{page}");
    // A rarer word still finds its documents in every slice.
    let page = search(&app, &me, &[("q", "memo note 700")]).await;
    assert_eq!(page["capped"], false);
    assert_eq!(page["items"][0]["title"], "Note 700");

    // A phrase that none of the examined documents holds: nothing, but
    // `capped` says more documents held the words, and `auto` does not
    // fall back to fuzzy matches.
    let page = search(&app, &me, &[("q", "\"memo quarterly\"")]).await;
    assert_eq!(page["items"], json!([]));
    assert_eq!(page["capped"], true);
    assert_eq!(page["mode"], "fulltext");
}

/// Rows of `word` in the account's word list.
async fn listed(app: &TestApp, who: &Account, word: &str) -> i64 {
    sqlx::query_scalar("select count(*) from search_words where user_id = $1 and word = $2")
        .bind(who.id)
        .bind(word)
        .fetch_one(&app.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_documents_words_leave_the_word_list_when_no_document_holds_them() {
    let app = app().await;
    let me = app.account().await;
    let a = create(&app, &me, "Zanzibar memo", "the quokka report", json!({})).await;
    let b = create(&app, &me, "Second memo", "another quokka", json!({})).await;
    assert_eq!(listed(&app, &me, "zanzibar").await, 1);
    assert_eq!(listed(&app, &me, "quokka").await, 1);
    // A soft delete keeps them (the document can be restored); a purge does not.
    purge_document(&app.pool, &a).await;
    assert_eq!(listed(&app, &me, "zanzibar").await, 0);
    assert_eq!(
        listed(&app, &me, "quokka").await,
        1,
        "still in the other document"
    );
    sqlx::query("update documents set content = 'nothing left' where id = $1::uuid")
        .bind(&b)
        .execute(&app.pool)
        .await
        .expect("update");
    assert_eq!(
        listed(&app, &me, "quokka").await,
        0,
        "gone with the old content"
    );
    assert_eq!(listed(&app, &me, "left").await, 1);
}

/// A document named "New" with `content`, straight into the table.
async fn insert_document(
    db: impl sqlx::Executor<'_, Database = sqlx::Postgres>,
    user: uuid::Uuid,
    content: &str,
) {
    sqlx::query("insert into documents (user_id, title, content) values ($1, 'New', $2)")
        .bind(user)
        .bind(content)
        .execute(db)
        .await
        .expect("insert");
}

/// Deletes the document for good, as the retention purge does.
async fn purge_document(db: impl sqlx::Executor<'_, Database = sqlx::Postgres>, id: &str) {
    sqlx::query("delete from documents where id = $1::uuid")
        .bind(id)
        .execute(db)
        .await
        .expect("purge");
}

/// The word list stays right when a purge of a word's last document races a
/// new document holding the word, whichever starts first.
#[tokio::test]
async fn a_word_survives_a_purge_racing_a_new_document_that_holds_it() {
    let app = app().await;
    let me = app.account().await;
    let insert = |content: &'static str| {
        let pool = app.pool.clone();
        let user = me.id;
        tokio::spawn(async move { insert_document(&pool, user, content).await })
    };
    let purge = |id: String| {
        let pool = app.pool.clone();
        tokio::spawn(async move { purge_document(&pool, &id).await })
    };
    // The purge first: the new document waits for it, then lists the word.
    let old = create(&app, &me, "Old", "the quokka census", json!({})).await;
    let mut tx = app.pool.begin().await.expect("begin");
    purge_document(&mut *tx, &old).await;
    let adding = insert("another quokka");
    app.until_a_session_waits_for_a_lock().await;
    assert!(
        !adding.is_finished(),
        "the new document waits for the purge"
    );
    tx.commit().await.expect("commit");
    adding.await.expect("inserted");
    assert_eq!(listed(&app, &me, "quokka").await, 1);

    // The new document first: the purge waits, then sees it and keeps the word.
    let old = create(&app, &me, "Old", "the wombat census", json!({})).await;
    let mut tx = app.pool.begin().await.expect("begin");
    insert_document(&mut *tx, me.id, "a wombat").await;
    let purging = purge(old);
    app.until_a_session_waits_for_a_lock().await;
    assert!(
        !purging.is_finished(),
        "the purge waits for the new document"
    );
    tx.commit().await.expect("commit");
    purging.await.expect("purged");
    assert_eq!(listed(&app, &me, "wombat").await, 1);
}

/// A `pg_dump` restores with an empty search_path while it builds indexes:
/// the search index's expression must not depend on it.
#[tokio::test]
async fn a_pg_dump_restores_with_the_search_index_and_search_works_there() {
    let app = app().await;
    let me = app.account().await;
    create(
        &app,
        &me,
        "Quokka survey",
        "the quokka census of Rottnest",
        json!({}),
    )
    .await;
    let dump = std::process::Command::new(pg_tool("pg_dump"))
        .arg("--dbname")
        .arg(app.database_url())
        .output()
        .expect("pg_dump runs");
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );

    let copy = TestDb::create().await;
    let mut psql = std::process::Command::new(pg_tool("psql"))
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "--dbname"])
        .arg(&copy.url)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("psql runs");
    {
        use std::io::Write as _;
        let mut stdin = psql.stdin.take().expect("stdin");
        stdin.write_all(&dump.stdout).expect("dump written");
    }
    let restored = psql.wait_with_output().expect("psql ends");
    assert!(
        restored.status.success(),
        "the dump restores: {}",
        String::from_utf8_lossy(&restored.stderr)
    );

    let pool = copy.pool().await;
    let found: Vec<String> = sqlx::query_scalar(
        "select title from documents
         where account_search_vector(user_id, id, search_vector) @@ search_word_query(user_id, 'quokka')",
    )
    .fetch_all(&pool)
    .await
    .expect("search the copy");
    assert_eq!(found, ["Quokka survey"]);
    pool.close().await;
}

#[tokio::test]
async fn stats_count_my_live_documents_by_status_type_and_day() {
    let app = app().await;
    let db_today = || {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, chrono::NaiveDate>("select (now() at time zone 'utc')::date")
                .fetch_one(&pool)
                .await
                .expect("today")
        }
    };
    let started = db_today().await;
    let me = app.account().await;
    let other = app.account().await;
    let mut mine = Vec::new();
    for i in 0..5 {
        mine.push(create(&app, &me, &format!("Doc {i}"), "some text", json!({})).await);
    }
    create(&app, &other, "Theirs", "some text", json!({})).await;
    sqlx::query("update documents set processing_status = 'completed', file_type = 'pdf' where id = any($1::uuid[])")
        .bind(&mine[..2])
        .execute(&app.pool)
        .await
        .expect("update");
    sqlx::query("update documents set processing_status = 'failed', created_at = (now() at time zone 'utc') - interval '3 days' where id = $1::uuid")
        .bind(&mine[2])
        .execute(&app.pool)
        .await
        .expect("update");
    sqlx::query("update documents set created_at = (now() at time zone 'utc') - interval '30 days' where id = $1::uuid")
        .bind(&mine[3])
        .execute(&app.pool)
        .await
        .expect("update");
    let r = app
        .authed(
            Method::DELETE,
            &format!("/v1/documents/{}", mine[4]),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);

    let stats = app.get_ok(&me, "/v1/stats").await;
    let today = db_today().await;
    assert_eq!(stats["total"], 4);
    assert_eq!(
        stats["by_status"],
        json!({"pending": 1, "processing": 0, "completed": 2, "failed": 1})
    );
    assert_eq!(stats["by_file_type"], json!({"pdf": 2, "txt": 2}));
    assert_eq!(stats["days"], 7);
    let days = stats["per_day"].as_array().expect("per_day");
    assert_eq!(
        days.len(),
        8,
        "the seed's last 7 days: today and the 7 before"
    );
    assert_eq!(days[7]["date"], json!(today.to_string()));
    if today != started {
        // Midnight (UTC) passed during the test: the documents made
        // "today" now count for yesterday, so the per-day checks would
        // test the clock, not the service.
        return;
    }
    assert_eq!(days[7]["count"], 2);
    assert_eq!(days[4]["count"], 1, "three days ago");
    assert_eq!(
        days.iter()
            .map(|d| d["count"].as_i64().unwrap_or(0))
            .sum::<i64>(),
        3
    );
    assert_eq!(
        stats["since"],
        json!((today - chrono::Duration::days(7)).to_string())
    );

    let month = app.get_ok(&me, "/v1/stats?days=31").await;
    let total: i64 = month["per_day"]
        .as_array()
        .expect("per_day")
        .iter()
        .map(|d| d["count"].as_i64().unwrap_or(0))
        .sum();
    assert_eq!(total, 4);
    assert_eq!(
        app.get_ok(&me, "/v1/stats?days=0").await["per_day"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    for bad in ["days=367", "days=-1", "days=week"] {
        let r = app
            .authed(Method::GET, &format!("/v1/stats?{bad}"), &me.token)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 422, "{bad}");
    }
    let theirs = app.get_ok(&other, "/v1/stats").await;
    assert_eq!(theirs["total"], 1);
    let audited = app.audit_rows(me.id).await;
    assert!(audited.iter().any(|r| r.action == "stats"));
}
