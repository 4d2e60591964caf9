//! The live catalog holds every table, column, index and constraint the seed
//! data model names, and the rules we added on top of it.

use opencomplai::db::migrate;

use crate::helpers::TestDb;

async fn migrated() -> (TestDb, sqlx::PgPool) {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    migrate::run(&pool).await.expect("migrations apply");
    (db, pool)
}

/// (table, column, type as information_schema spells it, nullable, default fragment)
#[rustfmt::skip]
const COLUMNS: &[(&str, &str, &str, bool, Option<&str>)] = &[
    ("users", "id", "uuid", false, Some("gen_random_uuid()")),
    ("users", "email", "text", false, None),
    ("users", "password_hash", "text", false, None),
    ("users", "full_name", "text", true, None),
    ("users", "organization", "text", true, None),
    ("users", "avatar_url", "text", true, None),
    ("users", "is_active", "boolean", true, Some("true")),
    ("users", "email_verified", "boolean", true, Some("false")),
    ("users", "email_verified_at", "timestamp without time zone", true, None),
    ("users", "tier", "character varying(50)", true, Some("'free'")),
    ("users", "subscription_expires_at", "timestamp without time zone", true, None),
    ("users", "created_at", "timestamp without time zone", true, Some("CURRENT_TIMESTAMP")),
    ("users", "updated_at", "timestamp without time zone", true, Some("CURRENT_TIMESTAMP")),
    ("users", "deleted_at", "timestamp without time zone", true, None),
    // Added by 0004 for `user create --admin`.
    ("users", "is_admin", "boolean", false, Some("false")),
    ("documents", "id", "uuid", false, Some("gen_random_uuid()")),
    ("documents", "user_id", "uuid", false, None),
    ("documents", "title", "text", false, None),
    ("documents", "description", "text", true, None),
    ("documents", "content", "text", true, None),
    ("documents", "file_type", "character varying(50)", true, None),
    ("documents", "file_size_bytes", "integer", true, None),
    ("documents", "processing_status", "character varying(50)", true, Some("'pending'")),
    ("documents", "processing_error", "text", true, None),
    ("documents", "processing_started_at", "timestamp without time zone", true, None),
    ("documents", "processing_completed_at", "timestamp without time zone", true, None),
    ("documents", "source", "character varying(100)", true, None),
    ("documents", "external_id", "text", true, None),
    ("documents", "metadata", "jsonb", true, Some("'{}'::jsonb")),
    ("documents", "search_vector", "tsvector", true, None),
    ("documents", "created_at", "timestamp without time zone", true, Some("CURRENT_TIMESTAMP")),
    ("documents", "updated_at", "timestamp without time zone", true, Some("CURRENT_TIMESTAMP")),
    ("documents", "deleted_at", "timestamp without time zone", true, None),
    ("documents", "language_code", "character varying(10)", true, None),
    ("documents", "pii_risk", "character varying(10)", true, None),
    ("processing_results", "id", "uuid", false, Some("gen_random_uuid()")),
    ("processing_results", "document_id", "uuid", false, None),
    ("processing_results", "extracted_text", "text", true, None),
    ("processing_results", "extracted_metadata", "jsonb", true, None),
    ("processing_results", "extracted_entities", "jsonb", true, None),
    ("processing_results", "extracted_tables", "jsonb", true, None),
    ("processing_results", "extracted_images", "jsonb", true, None),
    ("processing_results", "analysis_results", "jsonb", true, None),
    ("processing_results", "sentiment_score", "numeric(3,2)", true, None),
    ("processing_results", "language_detected", "character varying(10)", true, None),
    ("processing_results", "processing_time_ms", "integer", true, None),
    ("processing_results", "token_count", "integer", true, None),
    ("processing_results", "model_version", "character varying(50)", true, None),
    ("processing_results", "confidence_score", "numeric(3,2)", true, None),
    ("processing_results", "quality_notes", "text", true, None),
    ("processing_results", "created_at", "timestamp without time zone", true, Some("CURRENT_TIMESTAMP")),
    ("processing_results", "updated_at", "timestamp without time zone", true, Some("CURRENT_TIMESTAMP")),
    // Added by 0022: the result's account (nullable until a later contract step).
    ("processing_results", "user_id", "uuid", true, None),
    ("audit_logs", "id", "uuid", false, Some("gen_random_uuid()")),
    ("audit_logs", "user_id", "uuid", true, None),
    ("audit_logs", "action", "character varying(100)", false, None),
    ("audit_logs", "resource_type", "character varying(100)", false, None),
    ("audit_logs", "resource_id", "uuid", true, None),
    ("audit_logs", "old_values", "jsonb", true, None),
    ("audit_logs", "new_values", "jsonb", true, None),
    ("audit_logs", "ip_address", "inet", true, None),
    ("audit_logs", "user_agent", "text", true, None),
    ("audit_logs", "request_id", "uuid", true, None),
    // NOT NULL since 0019: the partition key (a range partition's key cannot be null).
    ("audit_logs", "created_at", "timestamp without time zone", false, Some("CURRENT_TIMESTAMP")),
    ("audit_logs", "chain_seq", "bigint", true, None),
    ("audit_logs", "content_digest", "bytea", true, None),
    ("audit_logs", "payload_digest", "bytea", true, None),
    ("audit_logs", "chain_hash", "bytea", true, None),
    ("audit_logs", "erased_at", "timestamp without time zone", true, None),
    ("api_keys", "id", "uuid", false, Some("gen_random_uuid()")),
    ("api_keys", "user_id", "uuid", false, None),
    ("api_keys", "name", "text", false, None),
    ("api_keys", "key_hash", "text", false, None),
    ("api_keys", "prefix", "character varying(10)", true, None),
    ("api_keys", "permissions", "text[]", true, Some("'{}'::text[]")),
    ("api_keys", "last_used_at", "timestamp without time zone", true, None),
    ("api_keys", "created_at", "timestamp without time zone", true, Some("CURRENT_TIMESTAMP")),
    ("api_keys", "expires_at", "timestamp without time zone", true, None),
    ("api_keys", "revoked_at", "timestamp without time zone", true, None),
];

#[tokio::test]
async fn every_seed_column_exists_with_its_type_nullability_and_default() {
    let (_db, pool) = migrated().await;
    for (table, column, ty, nullable, default) in COLUMNS {
        let row: Option<(String, bool, Option<String>)> = sqlx::query_as(
            "select format_type(a.atttypid, a.atttypmod), not a.attnotnull,
                    pg_get_expr(d.adbin, d.adrelid)
             from pg_attribute a
             left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
             where a.attrelid = to_regclass($1) and a.attname = $2 and not a.attisdropped",
        )
        .bind(table)
        .bind(column)
        .fetch_optional(&pool)
        .await
        .expect("catalog query");
        let (actual_ty, actual_nullable, actual_default) =
            row.unwrap_or_else(|| panic!("{table}.{column} is missing"));
        assert_eq!(&actual_ty, ty, "{table}.{column} type");
        assert_eq!(actual_nullable, *nullable, "{table}.{column} nullability");
        if let Some(expected) = default {
            let actual = actual_default.unwrap_or_default();
            assert!(
                actual.contains(expected),
                "{table}.{column} default {actual:?} lacks {expected:?}"
            );
        }
    }
}

#[tokio::test]
async fn information_schema_agrees_on_every_seed_table_and_the_generated_search_vector() {
    let (_db, pool) = migrated().await;
    let tables: Vec<String> = sqlx::query_scalar(
        "select table_name::text from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    )
    .fetch_all(&pool)
    .await
    .expect("tables");
    for t in [
        "api_keys",
        "audit_logs",
        "documents",
        "processing_results",
        "users",
    ] {
        assert!(
            tables.iter().any(|x| x == t),
            "table {t} missing from {tables:?}"
        );
    }
    let (generated, expression): (String, Option<String>) = sqlx::query_as(
        "select is_generated::text, generation_expression::text from information_schema.columns
         where table_name = 'documents' and column_name = 'search_vector'",
    )
    .fetch_one(&pool)
    .await
    .expect("search_vector");
    assert_eq!(generated, "ALWAYS");
    let expression = expression.unwrap_or_default();
    assert!(expression.contains("to_tsvector('english'"), "{expression}");
    assert!(
        expression.contains("title") && expression.contains("content"),
        "{expression}"
    );
    let column_count: i64 = sqlx::query_scalar(
        "select count(*) from information_schema.columns where table_schema = 'public'
         and table_name in ('users','documents','processing_results','audit_logs','api_keys')",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(
        column_count as usize,
        COLUMNS.len(),
        "every column of these tables is listed above"
    );
}

#[tokio::test]
async fn every_seed_index_exists_with_its_definition() {
    let (_db, pool) = migrated().await;
    let expected: &[(&str, &str, &str)] = &[
        ("idx_users_email", "users", "(email)"),
        ("idx_users_is_active", "users", "(is_active)"),
        ("idx_users_created_at", "users", "(created_at DESC)"),
        ("idx_documents_user_id", "documents", "(user_id)"),
        ("idx_documents_status", "documents", "(processing_status)"),
        ("idx_documents_created_at", "documents", "(created_at DESC)"),
        (
            "idx_documents_search",
            "documents",
            "USING gin (search_vector)",
        ),
        ("idx_documents_language", "documents", "(language_code)"),
        (
            "idx_processing_results_document_id",
            "processing_results",
            "(document_id)",
        ),
        (
            "idx_processing_results_created_at",
            "processing_results",
            "(created_at DESC)",
        ),
        ("idx_audit_logs_user_id", "audit_logs", "(user_id)"),
        (
            "idx_audit_logs_created_at",
            "audit_logs",
            "(created_at DESC)",
        ),
        (
            "idx_audit_logs_resource",
            "audit_logs",
            "(resource_type, resource_id)",
        ),
        ("idx_api_keys_user_id", "api_keys", "(user_id)"),
        ("idx_api_keys_key_hash", "api_keys", "(key_hash)"),
        ("users_email_key", "users", "UNIQUE INDEX"),
        ("api_keys_key_hash_key", "api_keys", "UNIQUE INDEX"),
    ];
    for (name, table, fragment) in expected {
        let def: Option<(String, String)> =
            sqlx::query_as("select tablename::text, indexdef from pg_indexes where indexname = $1")
                .bind(name)
                .fetch_optional(&pool)
                .await
                .expect("pg_indexes");
        let (actual_table, def) = def.unwrap_or_else(|| panic!("index {name} is missing"));
        assert_eq!(&actual_table, table, "{name}");
        assert!(def.contains(fragment), "{name}: {def}");
    }
}

#[tokio::test]
async fn every_seed_constraint_exists() {
    let (_db, pool) = migrated().await;
    // (name, table, contype, definition fragment)
    let expected: &[(&str, &str, &str, &str)] = &[
        ("email_not_empty", "users", "c", "email <> ''"),
        ("users_email_key", "users", "u", "UNIQUE (email)"),
        ("users_pkey", "users", "p", "PRIMARY KEY (id)"),
        ("title_not_empty", "documents", "c", "title <> ''"),
        (
            "language_code_valid",
            "documents",
            "c",
            "^[a-z]{2}(-[A-Z]{2})?$",
        ),
        ("processing_status_valid", "documents", "c", "'pending'"),
        (
            "documents_user_id_fkey",
            "documents",
            "f",
            "REFERENCES users(id) ON DELETE CASCADE",
        ),
        (
            "processing_results_document_id_fkey",
            "processing_results",
            "f",
            "REFERENCES documents(id) ON DELETE CASCADE",
        ),
        ("action_not_empty", "audit_logs", "c", "action)::text <> ''"),
        // 0019: a partitioned table's unique constraints include its
        // partition key.
        (
            "audit_logs_pkey",
            "audit_logs",
            "p",
            "PRIMARY KEY (id, created_at)",
        ),
        (
            "audit_logs_chain_seq_key",
            "audit_logs",
            "u",
            "UNIQUE (chain_seq, created_at)",
        ),
        (
            "audit_logs_user_id_fkey",
            "audit_logs",
            "f",
            "REFERENCES users(id)",
        ),
        (
            "api_keys_user_id_fkey",
            "api_keys",
            "f",
            "REFERENCES users(id) ON DELETE CASCADE",
        ),
        (
            "api_keys_key_hash_key",
            "api_keys",
            "u",
            "UNIQUE (key_hash)",
        ),
    ];
    for (name, table, kind, fragment) in expected {
        let row: Option<(String, String, String)> = sqlx::query_as(
            // On the table itself: the audit trail's partitions hold
            // copies of its constraints under the same names.
            "select conrelid::regclass::text, contype::text, pg_get_constraintdef(oid)
             from pg_constraint where conname = $1 and conrelid = to_regclass($2)",
        )
        .bind(name)
        .bind(table)
        .fetch_optional(&pool)
        .await
        .expect("pg_constraint");
        let (actual_table, actual_kind, def) =
            row.unwrap_or_else(|| panic!("constraint {name} is missing"));
        assert_eq!(&actual_table, table, "{name}");
        assert_eq!(&actual_kind, kind, "{name}");
        assert!(def.contains(fragment), "{name}: {def}");
    }
    for state in ["pending", "processing", "completed", "failed"] {
        let def: String = sqlx::query_scalar(
            "select pg_get_constraintdef(oid) from pg_constraint where conname = 'processing_status_valid'",
        )
        .fetch_one(&pool)
        .await
        .expect("status check");
        assert!(def.contains(&format!("'{state}'")), "{def}");
    }
}

async fn user(pool: &sqlx::PgPool) -> uuid::Uuid {
    sqlx::query_scalar("insert into users (email, password_hash) values ($1, 'x') returning id")
        .bind(format!("{}@example.org", uuid::Uuid::new_v4().simple()))
        .fetch_one(pool)
        .await
        .expect("insert user")
}

#[tokio::test]
async fn the_database_rejects_an_unknown_status_a_bad_language_and_empty_required_text() {
    let (_db, pool) = migrated().await;
    let owner = user(&pool).await;
    let insert = |status: &'static str, lang: Option<&'static str>, title: &'static str| {
        sqlx::query(
            "insert into documents (user_id, title, processing_status, language_code)
             values ($1, $2, $3, $4)",
        )
        .bind(owner)
        .bind(title)
        .bind(status)
        .bind(lang)
    };
    for status in ["pending", "processing", "completed", "failed"] {
        insert(status, Some("en"), "ok")
            .execute(&pool)
            .await
            .expect("valid status accepted");
    }
    insert("archived", Some("en"), "ok")
        .execute(&pool)
        .await
        .expect_err("unknown status rejected");
    insert("pending", Some("pt-BR"), "ok")
        .execute(&pool)
        .await
        .expect("region code accepted");
    insert("pending", Some("english"), "ok")
        .execute(&pool)
        .await
        .expect_err("bad language rejected");
    insert("pending", None, "")
        .execute(&pool)
        .await
        .expect_err("empty title rejected");
    sqlx::query("insert into users (email, password_hash) values ('', 'x')")
        .execute(&pool)
        .await
        .expect_err("empty email rejected");
    sqlx::query("insert into audit_logs (action, resource_type) values ('', 'document')")
        .execute(&pool)
        .await
        .expect_err("empty action rejected");
}

#[tokio::test]
async fn updated_at_moves_forward_on_every_update() {
    let (_db, pool) = migrated().await;
    let id = user(&pool).await;
    let before: chrono::NaiveDateTime =
        sqlx::query_scalar("select updated_at from users where id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("read");
    // Even a writer that sets updated_at itself cannot put it back.
    sqlx::query("update users set full_name = 'Ada', updated_at = '2000-01-01' where id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("update");
    let after: chrono::NaiveDateTime =
        sqlx::query_scalar("select updated_at from users where id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("read");
    assert!(after > before, "{after} should be after {before}");
    for table in ["documents", "processing_results"] {
        let trigger: i64 = sqlx::query_scalar(
            "select count(*) from pg_trigger where tgrelid = to_regclass($1) and not tgisinternal
             and tgname like '%set_updated_at'",
        )
        .bind(table)
        .fetch_one(&pool)
        .await
        .expect("triggers");
        assert_eq!(trigger, 1, "{table} keeps updated_at current");
    }
}

#[tokio::test]
async fn the_search_vector_covers_title_and_content() {
    let (_db, pool) = migrated().await;
    let owner = user(&pool).await;
    sqlx::query("insert into documents (user_id, title, content) values ($1, 'Quarterly invoices', 'Machine learning budget')")
        .bind(owner)
        .execute(&pool)
        .await
        .expect("insert");
    for q in ["invoice", "machine learning"] {
        let hits: i64 = sqlx::query_scalar(
            "select count(*) from documents where search_vector @@ plainto_tsquery('english', $1)",
        )
        .bind(q)
        .fetch_one(&pool)
        .await
        .expect("search");
        assert_eq!(hits, 1, "{q}");
    }
}

#[tokio::test]
async fn migrations_run_in_order_are_recorded_and_running_them_again_changes_nothing() {
    let (_db, pool) = migrated().await;
    let versions: Vec<i64> = sqlx::query_scalar(
        "select version from _sqlx_migrations where success order by installed_on, version",
    )
    .fetch_all(&pool)
    .await
    .expect("recorded");
    let known: Vec<i64> = migrate::MIGRATOR.iter().map(|m| m.version).collect();
    assert_eq!(versions, known);
    migrate::run(&pool).await.expect("second run is a no-op");
    let status = migrate::status(&pool).await.expect("status");
    assert_eq!(status.pending().count(), 0);
    assert_eq!(status.applied().count(), known.len());
    let again: i64 = sqlx::query_scalar("select count(*) from _sqlx_migrations")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(again as usize, known.len());
}

#[tokio::test]
async fn results_stored_before_0022_get_their_documents_account_in_batches_and_new_ones_by_trigger()
{
    let db = TestDb::create().await;
    let pool = db.pool().await;
    migrate::run_up_to(&pool, 21).await.expect("up to 0021");
    let (alice, bob) = (user(&pool).await, user(&pool).await);
    let mut docs = Vec::new();
    for owner in [alice, bob] {
        let id: uuid::Uuid = sqlx::query_scalar(
            "insert into documents (user_id, title) values ($1, 'Before 0022') returning id",
        )
        .bind(owner)
        .fetch_one(&pool)
        .await
        .expect("document");
        docs.push((id, owner));
    }
    // More results than one batch holds (5,000), split over both accounts.
    sqlx::query(
        "insert into processing_results (document_id, extracted_text)
         select case when n % 3 = 0 then $2 else $1 end, 'run ' || n
         from generate_series(1, 12001) n",
    )
    .bind(docs[0].0)
    .bind(docs[1].0)
    .execute(&pool)
    .await
    .expect("results before 0022");

    migrate::run(&pool).await.expect("0022 and its backfill");
    let wrong: i64 = sqlx::query_scalar(
        "select count(*) from processing_results r join documents d on d.id = r.document_id
         where r.user_id is distinct from d.user_id",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(wrong, 0, "every result carries its document's account");
    let recorded: (i64,) = sqlx::query_as(
        "select rows_filled from schema_backfills where name = '0022_processing_results_user_id'",
    )
    .fetch_one(&pool)
    .await
    .expect("the finished backfill is recorded");
    assert_eq!(recorded.0, 12001);

    // A writer that leaves the column out (a release from before 0022,
    // still running during an upgrade) gets it filled in.
    let filled: Option<uuid::Uuid> = sqlx::query_scalar(
        "insert into processing_results (document_id, extracted_text) values ($1, 'later')
         returning user_id",
    )
    .bind(docs[1].0)
    .fetch_one(&pool)
    .await
    .expect("a result without user_id");
    assert_eq!(filled, Some(bob));

    // Run again: the backfill is not repeated.
    migrate::run(&pool).await.expect("second run");
    let runs: i64 = sqlx::query_scalar(
        "select count(*) from schema_backfills where name = '0022_processing_results_user_id'",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(runs, 1);
}

#[tokio::test]
async fn windows_embedded_before_0024_get_the_signatures_of_their_vectors() {
    use opencomplai::embeddings::vector;
    let db = TestDb::create().await;
    let pool = db.pool().await;
    migrate::run_up_to(&pool, 23).await.expect("up to 0023");
    let owner = user(&pool).await;
    let document: uuid::Uuid = sqlx::query_scalar(
        "insert into documents (user_id, title) values ($1, 'Before 0024') returning id",
    )
    .bind(owner)
    .fetch_one(&pool)
    .await
    .expect("document");
    // More windows than one batch (5,000), each vector with its own signs,
    // zeros and negative zeros among them.
    let vectors: Vec<Vec<f32>> = (0..5003)
        .map(|n| {
            (0..vector::DIMENSIONS)
                .map(|i| match (n * 7 + i * 13) % 5 {
                    0 => 0.0,
                    1 => -0.0,
                    2 => -0.02 * i as f32,
                    _ => ((n + i) as f32).sin(),
                })
                .collect()
        })
        .collect();
    let bytes: Vec<Vec<u8>> = vectors.iter().map(|v| vector::to_bytes(v)).collect();
    sqlx::query(
        "insert into document_embeddings
             (document_id, user_id, chunk, model, char_start, char_end, embedding)
         select $1, $2, c.n - 1, 'all-MiniLM-L6-v2', 0, 10, c.v
         from unnest($3::bytea[]) with ordinality as c(v, n)",
    )
    .bind(document)
    .bind(owner)
    .bind(&bytes)
    .execute(&pool)
    .await
    .expect("windows before 0024");

    migrate::run(&pool).await.expect("0024 and its backfill");
    let stored: Vec<(i32, String)> = sqlx::query_as(
        "select chunk, signature::text from document_embeddings where user_id = $1 order by chunk",
    )
    .bind(owner)
    .fetch_all(&pool)
    .await
    .expect("signatures");
    assert_eq!(stored.len(), vectors.len());
    for (chunk, signature) in stored {
        assert_eq!(
            signature,
            vector::signature(&vectors[chunk as usize]),
            "window {chunk}"
        );
    }
    let recorded: i64 = sqlx::query_scalar(
        "select rows_filled from schema_backfills where name = '0024_document_embeddings_signature'",
    )
    .fetch_one(&pool)
    .await
    .expect("the finished backfill is recorded");
    assert_eq!(recorded, 5003);

    // 0025's index, built concurrently before it (windows were there).
    let valid: Option<bool> = sqlx::query_scalar(
        "select indisvalid from pg_index
         where indexrelid = to_regclass('idx_document_embeddings_recent')",
    )
    .fetch_optional(&pool)
    .await
    .expect("index");
    assert_eq!(valid, Some(true));
    // The signatures as a search holds them in memory read the same bits.
    use opencomplai::search::signatures::{Index, Source, parse};
    let mut conn = pool.acquire().await.expect("connection");
    let Ok(Source::Memory(held)) = Index::new(0, 64)
        .source(&mut conn, owner, "all-MiniLM-L6-v2")
        .await
    else {
        panic!("the account's signatures are held");
    };
    assert_eq!(held.len(), vectors.len());
    for e in held.entries() {
        assert_eq!(
            e.signature,
            parse(&vector::signature(&vectors[e.chunk as usize])),
            "window {}",
            e.chunk
        );
    }
}

/// A first bulk import into a new install must not slow down as the word
/// list grows (migration 0026): the trigger's check for each word already
/// listed, planned on one connection while `search_words` was empty, must
/// still probe the index with the account and the word, not read the
/// account's whole list once per word. Counted, not timed: the index
/// entries the 61st document's insert reads in its own transaction.
#[tokio::test]
async fn the_word_list_trigger_reads_one_index_entry_per_word_however_long_the_list() {
    let (_db, pool) = migrated().await;
    let account: uuid::Uuid = sqlx::query_scalar(
        "insert into users (email, password_hash) values ($1, 'x') returning id",
    )
    .bind("words@example.org")
    .fetch_one(&pool)
    .await
    .expect("account");
    // One connection, so the trigger's statements are planned on it while
    // the list is empty and kept (after five runs, as a generic plan).
    let mut conn = pool.acquire().await.expect("connection");
    let words = |doc: usize| -> String {
        (0..30)
            .map(|k| format!("qzx{doc}w{k}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for doc in 0..60 {
        sqlx::query("insert into documents (user_id, title, content) values ($1, 'Words', $2)")
            .bind(account)
            .bind(words(doc))
            .execute(&mut *conn)
            .await
            .expect("insert");
    }
    let listed: i64 = sqlx::query_scalar("select count(*) from search_words where user_id = $1")
        .bind(account)
        .fetch_one(&mut *conn)
        .await
        .expect("count");
    assert!(
        listed >= 1_800,
        "the 60 documents' words are listed: {listed}"
    );
    // The backend's counts not yet reported include earlier statements'
    // (the count above): the difference inside one transaction, where
    // nothing is reported, is the insert's alone.
    sqlx::query("begin")
        .execute(&mut *conn)
        .await
        .expect("begin");
    let before = word_index_reads(&mut conn).await;
    sqlx::query("insert into documents (user_id, title, content) values ($1, 'Words', $2)")
        .bind(account)
        .bind(words(60))
        .execute(&mut *conn)
        .await
        .expect("insert");
    let read = word_index_reads(&mut conn).await - before;
    sqlx::query("commit")
        .execute(&mut *conn)
        .await
        .expect("commit");
    // 31 words (30 and the title's), none listed yet: a probe each finds
    // nothing. Reading the account's list per word would be 31 × 1,800.
    assert!(
        read <= 100,
        "the insert read {read} entries of the word list's index for 31 words"
    );
}

/// Entries of the word list's index this backend has read, reported or not.
async fn word_index_reads(conn: &mut sqlx::PgConnection) -> i64 {
    sqlx::query_scalar(
        "select pg_stat_get_xact_tuples_returned('idx_search_words_user_word'::regclass)",
    )
    .fetch_one(conn)
    .await
    .expect("read")
}
