//! Search by meaning, measured (run by `bench/semantic.sh`):
//!
//! 1. Embedding: the model's load time, then each text file of `--texts`
//!    (default: the repository's Markdown) embedded as a document is,
//!    printing time per document and per window on the threads candle was
//!    given (`RAYON_NUM_THREADS`; the script sets 1, so figures are per
//!    core).
//! 2. Query latency: an account of `--windows` windows (random unit
//!    vectors, `--per-document` per document) seeded straight into
//!    `DATABASE_URL` (or, with `--reuse`, the one a run seeded before),
//!    then `--queries` semantic searches side by side: as the endpoint
//!    runs them (`search::find_indexed`: the signatures held in memory,
//!    the nearest windows' vectors compared), the same with a filter, with
//!    the signatures compared by PostgreSQL (`search::find_with`, as for
//!    an account under 10,000 windows), and reading and comparing every
//!    vector of the account (the search before migration 0024), printing
//!    p50/p95/p99 of each.
//! 3. With `--judged FILE --corpus DIR` (bench/semantic/): every text of
//!    DIR stored and embedded in a fresh account, then each judged query
//!    searched in full text, by meaning and hybrid; the ranked file names
//!    go to `--results` (JSON lines) for bench/semantic/ndcg.py.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use opencomplai::embeddings::{Embeddings, MODEL_NAME, vector};
use opencomplai::search::signatures::Index;
use opencomplai::search::{self, Filters, Mode, Request, query};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Parser)]
struct Args {
    /// The model directory (`scripts/setup.sh`'s ensure_embedding_model).
    #[arg(long)]
    model: PathBuf,
    /// A directory of texts to embed (every `.md`/`.txt`/`.rst` under it).
    #[arg(long, default_value = ".")]
    texts: PathBuf,
    /// Texts embedded at most.
    #[arg(long, default_value_t = 40)]
    max_texts: usize,
    /// Windows in the searched account.
    #[arg(long, default_value_t = 10_000)]
    windows: usize,
    #[arg(long, default_value_t = 4)]
    per_document: usize,
    #[arg(long, default_value_t = 50)]
    queries: usize,
    #[arg(long, env = "DATABASE_URL")]
    database_url: String,
    /// Judged queries (`query<TAB>name:grade,...`): run the quality
    /// evaluation instead of the timings.
    #[arg(long)]
    judged: Option<PathBuf>,
    /// The judged corpus: one text file per document.
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Search the account of `--windows` windows a previous run seeded
    /// (the newest), seeding only when there is none.
    #[arg(long)]
    reuse: bool,
    /// Where the judged run writes its rankings.
    #[arg(long, default_value = "target/tmp/semantic-judged.jsonl")]
    results: PathBuf,
}

const QUERIES: &[&str] = &[
    "termination of employment",
    "how long do we keep personnel records",
    "late payment of an invoice",
    "data breach notification to the regulator",
    "configure the database connection",
];

fn texts(dir: &Path, max: usize) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if p.is_dir() && !name.starts_with('.') && name != "target" && name != "vendor" {
                stack.push(p);
            } else if [".md", ".txt", ".rst"].iter().any(|e| name.ends_with(e))
                && let Ok(t) = std::fs::read_to_string(&p)
                && out.len() < max
            {
                out.push((p, t));
            }
        }
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

fn summary(what: &str, mut d: Vec<Duration>) {
    d.sort();
    println!(
        "{what}: p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms ({} runs)",
        percentile(&d, 0.50),
        percentile(&d, 0.95),
        percentile(&d, 0.99),
        percentile(&d, 1.0),
        d.len()
    );
}

/// A random unit vector (xorshift: no extra crate).
fn random_unit(state: &mut u64) -> Vec<f32> {
    let mut v: Vec<f32> = (0..vector::DIMENSIONS)
        .map(|_| {
            *state ^= *state << 13;
            *state ^= *state >> 7;
            *state ^= *state << 17;
            (*state % 2_000_001) as f32 / 1_000_000.0 - 1.0
        })
        .collect();
    let norm = vector::dot(&v, &v).sqrt();
    v.iter_mut().for_each(|x| *x /= norm);
    v
}

async fn seed(pool: &PgPool, windows: usize, per_document: usize) -> anyhow::Result<Uuid> {
    let email = format!("semantic-bench-{}@example.com", Uuid::new_v4());
    let user: Uuid = sqlx::query_scalar(
        "insert into users (email, password_hash, email_verified, tier)
         values ($1, '!', true, 'enterprise') returning id",
    )
    .bind(&email)
    .fetch_one(pool)
    .await?;
    let documents = windows.div_ceil(per_document);
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    for batch in (0..documents).collect::<Vec<_>>().chunks(500) {
        let ids: Vec<Uuid> = batch.iter().map(|_| Uuid::new_v4()).collect();
        let titles: Vec<String> = batch.iter().map(|i| format!("Document {i}")).collect();
        sqlx::query(
            "insert into documents (id, user_id, title, content, processing_status, file_type)
             select d.id, $1, d.title, repeat('lorem ipsum ', 50), 'completed', 'txt'
             from unnest($2::uuid[], $3::text[]) as d(id, title)",
        )
        .bind(user)
        .bind(&ids)
        .bind(&titles)
        .execute(pool)
        .await?;
        let mut doc_ids = Vec::new();
        let mut chunks = Vec::new();
        let mut vectors = Vec::new();
        let mut signatures = Vec::new();
        for id in &ids {
            for c in 0..per_document {
                doc_ids.push(*id);
                chunks.push(i32::try_from(c)?);
                let v = random_unit(&mut state);
                vectors.push(vector::to_bytes(&v));
                signatures.push(vector::signature(&v));
            }
        }
        sqlx::query(
            "insert into document_embeddings
                 (document_id, user_id, chunk, model, char_start, char_end, embedding, signature)
             select e.id, $1, e.chunk, $2, e.chunk * 100, e.chunk * 100 + 100, e.v, e.s::bit(384)
             from unnest($3::uuid[], $4::int[], $5::bytea[], $6::text[]) as e(id, chunk, v, s)",
        )
        .bind(user)
        .bind(MODEL_NAME)
        .bind(&doc_ids)
        .bind(&chunks)
        .bind(&vectors)
        .bind(&signatures)
        .execute(pool)
        .await?;
    }
    // Both tables, as autovacuum would: a plan made on the documents'
    // statistics from before the load reads every document of the account.
    sqlx::query("analyze documents, document_embeddings")
        .execute(pool)
        .await?;
    Ok(user)
}

/// The account's 10 nearest documents by every vector, as search by
/// meaning read them before migration 0024: every window's vector read
/// and compared.
async fn exact_top10(pool: &PgPool, user: Uuid, query: &[f32]) -> anyhow::Result<Vec<(Uuid, f32)>> {
    let rows: Vec<(Uuid, Vec<u8>)> = sqlx::query_as(
        "select e.document_id, e.embedding from document_embeddings e
         join documents d on d.id = e.document_id and d.user_id = $1
         where e.user_id = $1 and e.model = $2 and d.deleted_at is null",
    )
    .bind(user)
    .bind(MODEL_NAME)
    .fetch_all(pool)
    .await?;
    let mut best: std::collections::HashMap<Uuid, f32> = std::collections::HashMap::new();
    for (id, v) in rows {
        let s = vector::similarity(query, &v).unwrap_or(-1.0);
        let e = best.entry(id).or_insert(s);
        *e = e.max(s);
    }
    let mut all: Vec<(Uuid, f32)> = best.into_iter().collect();
    all.sort_by(|a, b| b.1.total_cmp(&a.1));
    all.truncate(10);
    Ok(all)
}

fn request(user: Uuid, q: &str, limit: i64) -> anyhow::Result<Request> {
    Ok(Request {
        user_id: user,
        query: query::parse(Some(q))?,
        filters: Filters::default(),
        after: None,
        limit,
    })
}

/// The judged evaluation: the corpus stored and embedded, each query run
/// in the three modes, the rankings (file names) written as JSON lines.
async fn judged(args: &Args, model: &Embeddings, judged: &Path) -> anyhow::Result<()> {
    let corpus = args.corpus.as_deref().context("--judged needs --corpus")?;
    let pool = PgPool::connect(&args.database_url).await?;
    let user: Uuid = sqlx::query_scalar(
        "insert into users (email, password_hash, email_verified, tier)
         values ($1, '!', true, 'enterprise') returning id",
    )
    .bind(format!("semantic-judged-{}@example.com", Uuid::new_v4()))
    .fetch_one(&pool)
    .await?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut names = std::collections::HashMap::new();
    let (started, mut windows) = (Instant::now(), 0usize);
    for path in &files {
        let text = std::fs::read_to_string(path)?;
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .context("file name")?
            .to_owned();
        let id: Uuid = sqlx::query_scalar(
            "insert into documents (user_id, title, content, processing_status, file_type,
                                    processing_completed_at)
             values ($1, $2, $3, 'completed', 'txt', now() at time zone 'utc') returning id",
        )
        .bind(user)
        .bind(&name)
        .bind(&text)
        .fetch_one(&pool)
        .await?;
        let head = opencomplai::embeddings::text_head(&text);
        let chunks = model.document(head.clone()).await?;
        windows += chunks.len();
        opencomplai::embeddings::store::replace(&pool, user, id, MODEL_NAME, &head, &chunks)
            .await?;
        names.insert(id, name);
    }
    sqlx::query("analyze").execute(&pool).await?;
    println!(
        "{} documents, {windows} windows stored and embedded in {:.0} s",
        files.len(),
        started.elapsed().as_secs_f64()
    );
    // As the endpoint searches, the account's signatures held in memory
    // (this corpus is just over the 10,000 windows that takes).
    let index = Index::new(0, 1024);
    let mut out = String::new();
    let lines = std::fs::read_to_string(judged)?;
    let (mut n, mut kept, mut exact_hits) = (0, 0usize, 0usize);
    for line in lines
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let q = line.split('\t').next().unwrap_or("").trim();
        let v = model.query(q).await?;
        // Full text as a search without a mode runs it (`auto`: words,
        // then similar words when none matched).
        for (label, mode) in [
            ("fulltext", None),
            ("semantic", Some(Mode::Semantic)),
            ("hybrid", Some(Mode::Hybrid)),
        ] {
            let mut tx = pool.begin().await?;
            let ranked: Vec<String> = match search::find_indexed(
                &mut tx,
                &request(user, q, 10)?,
                mode,
                Some(&v),
                Some(&index),
            )
            .await
            {
                Ok((_, outcome)) => outcome
                    .hits
                    .iter()
                    .filter_map(|h| names.get(&h.id).cloned())
                    .collect(),
                // A query with no searchable word has no full-text ranking.
                Err(_) => Vec::new(),
            };
            tx.commit().await?;
            if mode == Some(Mode::Semantic) {
                // The signatures' candidates against every vector compared.
                let floor = opencomplai::search::semantic::MIN_SIMILARITY;
                let top: Vec<String> = exact_top10(&pool, user, &v)
                    .await?
                    .into_iter()
                    .filter(|(_, s)| *s >= floor)
                    .filter_map(|(id, _)| names.get(&id).cloned())
                    .collect();
                exact_hits += top.len();
                kept += top.iter().filter(|t| ranked.contains(t)).count();
            }
            out.push_str(
                &serde_json::json!({"mode": label, "query": q, "ranked": ranked}).to_string(),
            );
            out.push('\n');
        }
        n += 1;
    }
    if let Some(dir) = args.results.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&args.results, out)?;
    println!("{n} queries in three modes: {}", args.results.display());
    println!(
        "by meaning, of the exact top 10 (every vector compared): {kept} of {exact_hits} \
         returned ({:.3})",
        kept as f64 / exact_hits.max(1) as f64
    );
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let threads = std::env::var("RAYON_NUM_THREADS").unwrap_or_else(|_| "all".into());
    println!("== embedding (all-MiniLM-L6-v2, candle threads: {threads})");
    let model = Embeddings::at(args.model.clone());
    let started = Instant::now();
    model.query("warm up").await.context("loading the model")?;
    println!(
        "model loaded and first query in {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    if let Some(file) = &args.judged {
        return judged(&args, &model, file).await;
    }
    let texts = texts(&args.texts, args.max_texts);
    if texts.is_empty() {
        bail!("no texts under {}", args.texts.display());
    }
    let (mut chars, mut windows, mut total) = (0usize, 0usize, Duration::ZERO);
    for (_, t) in &texts {
        let started = Instant::now();
        let chunks = model.document(t.clone()).await?;
        total += started.elapsed();
        windows += chunks.len();
        chars += chunks.last().map_or(0, |c| c.char_end);
    }
    println!(
        "{} documents, {windows} windows, {chars} characters embedded in {:.2} s: \
         {:.1} ms per document, {:.1} ms per window, {:.0} characters/s",
        texts.len(),
        total.as_secs_f64(),
        total.as_secs_f64() * 1000.0 / texts.len() as f64,
        total.as_secs_f64() * 1000.0 / windows.max(1) as f64,
        chars as f64 / total.as_secs_f64()
    );

    println!(
        "== semantic search over {} windows ({} per document)",
        args.windows, args.per_document
    );
    let pool = PgPool::connect(&args.database_url).await?;
    let started = Instant::now();
    let reused: Option<Uuid> = if args.reuse {
        sqlx::query_scalar(
            "select u.id from users u
             where u.email like 'semantic-bench-%'
               and (select count(*) from document_embeddings e where e.user_id = u.id) = $1
             order by u.created_at desc limit 1",
        )
        .bind(i64::try_from(args.windows)?)
        .fetch_optional(&pool)
        .await?
    } else {
        None
    };
    let user = match reused {
        Some(user) => {
            println!("reusing the account seeded before");
            user
        }
        None => {
            let user = seed(&pool, args.windows, args.per_document).await?;
            println!("seeded in {:.1} s", started.elapsed().as_secs_f64());
            user
        }
    };
    // The signatures held in memory, as the endpoint keeps them: the first
    // load timed here; then, as in the service, loaded again apart from
    // the searches every two minutes.
    let index = Index::new(0, 4096);
    let started = Instant::now();
    let mut tx = pool.begin().await?;
    index.source(&mut tx, user, MODEL_NAME).await?;
    tx.commit().await?;
    index.load_apart(pool.clone());
    println!(
        "signatures of {} windows loaded into memory in {:.0} ms",
        args.windows,
        started.elapsed().as_secs_f64() * 1000.0
    );
    let filtered = |q: &str| -> anyhow::Result<Request> {
        let mut r = request(user, q, 10)?;
        r.filters.file_type = Some("txt".to_owned());
        Ok(r)
    };
    let (mut embed, mut searched, mut held, mut held_filtered, mut exact) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut same = (0usize, 0usize);
    // Each way in a block of its own, all the queries in turn, so that none
    // runs on the caches another (reading every vector: 600 MB at 400,000
    // windows) has just emptied.
    let mut vectors = Vec::with_capacity(args.queries);
    for i in 0..args.queries {
        let q = QUERIES[i % QUERIES.len()];
        let started = Instant::now();
        vectors.push((q, model.query(q).await?));
        embed.push(started.elapsed());
    }
    // One search of each way first, untimed: the first after a load reads
    // the pages the load pushed out of the caches.
    if let Some((q, v)) = vectors.first() {
        for r in [request(user, q, 10)?, filtered(q)?] {
            let mut tx = pool.begin().await?;
            search::find_indexed(&mut tx, &r, Some(Mode::Semantic), Some(v), Some(&index)).await?;
            tx.commit().await?;
        }
    }
    let mut by_memory = Vec::new();
    for (q, v) in &vectors {
        let started = Instant::now();
        let mut tx = pool.begin().await?;
        let (_, outcome) = search::find_indexed(
            &mut tx,
            &request(user, q, 10)?,
            Some(Mode::Semantic),
            Some(v),
            Some(&index),
        )
        .await?;
        tx.commit().await?;
        held.push(started.elapsed());
        by_memory.push(outcome);
    }
    for (q, v) in &vectors {
        let started = Instant::now();
        let mut tx = pool.begin().await?;
        search::find_indexed(
            &mut tx,
            &filtered(q)?,
            Some(Mode::Semantic),
            Some(v),
            Some(&index),
        )
        .await?;
        tx.commit().await?;
        held_filtered.push(started.elapsed());
    }
    for (i, (q, v)) in vectors.iter().enumerate() {
        let started = Instant::now();
        let mut tx = pool.begin().await?;
        let (_, outcome) = search::find_with(
            &mut tx,
            &request(user, q, 10)?,
            Some(Mode::Semantic),
            Some(v),
        )
        .await?;
        tx.commit().await?;
        searched.push(started.elapsed());
        // The two sieves take the same windows (ties aside).
        same.1 += outcome.hits.len();
        same.0 += outcome
            .hits
            .iter()
            .filter(|h| by_memory[i].hits.iter().any(|m| m.id == h.id))
            .count();
        if i == 0 {
            println!("first search: {} hits", outcome.hits.len());
        }
    }
    // Slow: at most 50.
    for (_, v) in vectors.iter().take(50) {
        let started = Instant::now();
        exact_top10(&pool, user, v).await?;
        exact.push(started.elapsed());
    }
    summary("query embedding", embed);
    summary(
        "search, signatures held in memory (as the endpoint runs it; one page of 10)",
        held,
    );
    summary(
        "the same with a filter (file_type=txt, which every document passes)",
        held_filtered,
    );
    summary(
        "search, signatures compared by PostgreSQL (as for an account under 10,000 windows)",
        searched,
    );
    summary("every vector read and compared (before 0024)", exact);
    println!(
        "hits of the PostgreSQL sieve also found by the one in memory: {} of {}",
        same.0, same.1
    );
    Ok(())
}
