//! Loads N documents of real prose into an OpenComplai database with COPY,
//! for the search benchmark. The text comes from two Debian packages:
//! `fortunes` (quotations, literature, jokes: /usr/share/games/fortunes) and
//! `python3-doc` (the Python manual's reStructuredText sources). Each
//! document is 1 to 12 consecutive paragraphs of one source, so it reads as
//! a piece of that text; a quarter also carry a generated reference number
//! (`INV-2023-004821`), as invoices and contracts do.
//!
//! One account (`search-bench@example.org`) holds every tenth document
//! (100,000 of a million); the rest are spread over the other accounts.
//! Indexes are dropped before the COPY and rebuilt from their own
//! definitions afterwards, and the search word list is filled in one pass,
//! as a restore would do; every phase prints its time.
//!
//! Run by `bench/search.sh`; expects a migrated, empty database.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, bail};
use clap::Parser;
use sqlx::{Connection, PgConnection};

#[derive(Parser)]
struct Args {
    /// The (migrated, empty) benchmark database.
    #[arg(long, env = "DATABASE_URL")]
    database_url: String,
    /// Documents to load.
    #[arg(long, default_value_t = 1_000_000)]
    docs: u64,
    /// Accounts; the first holds every tenth document.
    #[arg(long, default_value_t = 100)]
    users: u64,
    /// Directory of the `fortunes` package.
    #[arg(long, default_value = "/usr/share/games/fortunes")]
    fortunes: PathBuf,
    /// reStructuredText sources of the `python3-doc` package.
    #[arg(long, default_value = "/usr/share/doc/python3.11/html/_sources")]
    python_doc: PathBuf,
    /// Parallel COPY streams.
    #[arg(long, default_value_t = 2)]
    streams: u64,
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// Instead of a bulk load: one document per transaction, through every
    /// trigger and index as the service writes them, from an empty
    /// database, printing the rate of each tenth (does the cost per
    /// document stay flat as the word list and the tables grow?).
    #[arg(long)]
    trickle: bool,
}

/// The account the benchmark searches as.
const BENCH_EMAIL: &str = "search-bench@example.org";

/// A run of paragraphs from one file, under one heading.
struct Source {
    /// Heading of each paragraph (the section it sits in).
    headings: Vec<String>,
    paragraphs: Vec<String>,
}

struct Corpus {
    sources: Vec<Source>,
    /// (source, paragraph) of every paragraph, to draw uniformly.
    index: Vec<(u32, u32)>,
    bytes: usize,
}

/// splitmix64: small, fast and deterministic per document.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

fn fortunes(dir: &Path) -> anyhow::Result<Vec<Source>> {
    let mut sources = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("{} (apt-get install fortunes)", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_none() && p.is_file())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if name.contains("ascii") {
            continue;
        }
        let utf8 = path.with_extension("u8");
        let raw = std::fs::read(if utf8.exists() { &utf8 } else { &path })?;
        let text = String::from_utf8_lossy(&raw);
        let paragraphs: Vec<String> = text
            .split("\n%\n")
            .map(|f| f.trim().to_owned())
            .filter(|f| f.len() > 20)
            .collect();
        let heading = format!("{} notes", capitalise(&name.replace('-', " ")));
        sources.push(Source {
            headings: vec![heading; paragraphs.len()],
            paragraphs,
        });
    }
    Ok(sources)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// reStructuredText to readable prose: roles and emphasis markers dropped,
/// directives and code examples left out, headings remembered.
fn python_docs(dir: &Path) -> anyhow::Result<Vec<Source>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)
            .with_context(|| format!("{} (apt-get install python3-doc)", d.display()))?
        {
            let p = e?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(".rst.txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut sources = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let mut heading = String::from("Python documentation");
        let (mut headings, mut paragraphs) = (Vec::new(), Vec::new());
        let mut current: Vec<String> = Vec::new();
        let mut in_directive = false;
        let flush = |current: &mut Vec<String>,
                     headings: &mut Vec<String>,
                     paragraphs: &mut Vec<String>,
                     heading: &str| {
            let p = current.join(" ");
            current.clear();
            if p.len() > 60 && p.split_whitespace().count() > 8 {
                headings.push(heading.to_owned());
                paragraphs.push(p);
            }
        };
        for (i, line) in lines.iter().enumerate() {
            let next = lines.get(i + 1).copied().unwrap_or("");
            if is_underline(next) && !line.trim().is_empty() && !is_underline(line) {
                flush(&mut current, &mut headings, &mut paragraphs, &heading);
                heading = clean_rst(line.trim());
                in_directive = false;
                continue;
            }
            if is_underline(line) {
                continue;
            }
            if line.trim().is_empty() {
                flush(&mut current, &mut headings, &mut paragraphs, &heading);
                in_directive = false;
                continue;
            }
            if line.starts_with("..") || line.trim_end().ends_with("::") {
                flush(&mut current, &mut headings, &mut paragraphs, &heading);
                in_directive = line.starts_with("..") || line.trim() == "::";
                if line.starts_with("..") {
                    continue;
                }
            }
            let indented = line.starts_with(' ') || line.starts_with('\t');
            if in_directive || (indented && current.is_empty() && looks_like_code(line)) {
                continue;
            }
            current.push(clean_rst(line.trim()));
        }
        flush(&mut current, &mut headings, &mut paragraphs, &heading);
        if !paragraphs.is_empty() {
            sources.push(Source {
                headings,
                paragraphs,
            });
        }
    }
    Ok(sources)
}

fn is_underline(line: &str) -> bool {
    let t = line.trim_end();
    t.len() >= 3
        && t.chars()
            .all(|c| matches!(c, '=' | '-' | '*' | '~' | '^' | '#' | '+'))
}

fn looks_like_code(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with(">>>")
        || t.starts_with("...")
        || t.starts_with('$')
        || t.contains("()")
        || t.ends_with(':')
        || t.contains(" = ")
}

/// `:mod:`json``, ``code``, **bold**, `link <url>`_ to their text.
fn clean_rst(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find(':') {
        // A role is `:name:` followed by a backquote.
        let after = &rest[start + 1..];
        match after.find(':') {
            Some(end)
                if end > 0
                    && after[..end]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-')
                    && after[end + 1..].starts_with('`') =>
            {
                out.push_str(&rest[..start]);
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str(&rest[..=start]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let out = out.replace("``", "").replace("**", "").replace("`_", "");
    let mut clean = String::with_capacity(out.len());
    let mut in_angle = false;
    for c in out.chars() {
        match c {
            '`' | '*' => {}
            '<' if !in_angle => in_angle = true,
            '>' if in_angle => in_angle = false,
            _ if in_angle => {}
            _ => clean.push(c),
        }
    }
    clean.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn load(args: &Args) -> anyhow::Result<Corpus> {
    let mut sources = fortunes(&args.fortunes)?;
    sources.extend(python_docs(&args.python_doc)?);
    let mut index = Vec::new();
    let mut bytes = 0;
    for (s, source) in sources.iter().enumerate() {
        for (p, text) in source.paragraphs.iter().enumerate() {
            index.push((s as u32, p as u32));
            bytes += text.len();
        }
    }
    if index.len() < 1000 {
        bail!("the corpus is too small: {} paragraphs", index.len());
    }
    Ok(Corpus {
        sources,
        index,
        bytes,
    })
}

const FILE_TYPES: &[(&str, u64)] = &[
    ("pdf", 40),
    ("docx", 25),
    ("txt", 15),
    ("html", 10),
    ("md", 5),
    ("odt", 3),
    ("xlsx", 2),
];
const DEPARTMENTS: &[&str] = &["finance", "legal", "hr", "engineering", "sales", "support"];
const PREFIXES: &[(&str, &str)] = &[
    ("INV", "Invoice"),
    ("PO", "Purchase order"),
    ("CTR", "Contract"),
    ("HR", "Personnel file"),
    ("DPA", "Data processing agreement"),
];
/// Seconds the documents' creation times span, ending now.
const SPAN_SECS: i64 = 400 * 24 * 3600;

/// Appends `s` in COPY text format.
fn field(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\0' => {}
            c => out.push(c),
        }
    }
}

fn uuid_from(rng: &mut Rng) -> uuid::Uuid {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&rng.next().to_le_bytes());
    bytes[8..].copy_from_slice(&rng.next().to_le_bytes());
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

struct Plan {
    docs: u64,
    users: Vec<uuid::Uuid>,
    seed: u64,
    now: chrono::NaiveDateTime,
}

/// One COPY line for document `i`.
fn document(corpus: &Corpus, plan: &Plan, i: u64, out: &mut String) {
    let mut rng = Rng(plan.seed ^ i.wrapping_mul(0xA24B_AED4_963E_E407));
    let id = uuid_from(&mut rng);
    let user = if i.is_multiple_of(10) {
        plan.users[0]
    } else {
        plan.users[1 + rng.below(plan.users.len() as u64 - 1) as usize]
    };
    let &(s, p) = rng.pick(&corpus.index);
    let source = &corpus.sources[s as usize];
    let count = 1 + rng.below(12) as usize;
    let start = p as usize;
    let end = (start + count).min(source.paragraphs.len());
    let mut content = source.paragraphs[start..end].join("\n\n");
    let heading = &source.headings[start];
    let first_words: Vec<&str> = source.paragraphs[start]
        .split_whitespace()
        .take(6)
        .collect();
    let mut title = if heading.ends_with(" notes") {
        format!("{heading}: {}", first_words.join(" "))
    } else {
        heading.clone()
    };
    if rng.below(4) == 0 {
        let (prefix, kind) = rng.pick(PREFIXES);
        let year = 2015 + rng.below(11);
        let reference = format!("{prefix}-{year}-{:06}", rng.below(1_000_000));
        content = format!("{kind} reference {reference}\n\n{content}");
        if rng.below(2) == 0 {
            title = format!("{kind} {reference}: {title}");
        }
    }
    let title: String = title.chars().take(200).collect();
    let total: u64 = FILE_TYPES.iter().map(|f| f.1).sum();
    let mut roll = rng.below(total);
    let mut file_type = FILE_TYPES[0].0;
    for (t, w) in FILE_TYPES {
        if roll < *w {
            file_type = t;
            break;
        }
        roll -= w;
    }
    let status = match rng.below(100) {
        0..=93 => "completed",
        94..=96 => "failed",
        97..=98 => "pending",
        _ => "processing",
    };
    let offset = SPAN_SECS - (SPAN_SECS as f64 * i as f64 / plan.docs as f64) as i64;
    let created = plan.now - chrono::Duration::seconds(offset.max(0) + rng.below(3600) as i64);
    let completed = created + chrono::Duration::seconds(1 + rng.below(30) as i64);
    let deleted = rng.below(100) == 0;
    let department = rng.pick(DEPARTMENTS);
    let year = 2015 + rng.below(11);
    let ts = |t: chrono::NaiveDateTime| t.format("%Y-%m-%d %H:%M:%S%.6f").to_string();

    use std::fmt::Write;
    let _ = write!(out, "{id}\t{user}\t");
    field(out, &title);
    out.push('\t');
    field(out, &content);
    let _ = writeln!(
        out,
        "\t{file_type}\t{}\t{status}\t{}\tupload\t{{\"department\": \"{department}\", \"year\": {year}}}\ten\t{}\t{}\t{}",
        content.len() * 3,
        if status == "completed" {
            ts(completed)
        } else {
            "\\N".into()
        },
        ts(created),
        ts(completed),
        if deleted { ts(completed) } else { "\\N".into() },
    );
}

const COPY: &str = "copy documents (id, user_id, title, content, file_type, file_size_bytes, \
    processing_status, processing_completed_at, source, metadata, language_code, created_at, \
    updated_at, deleted_at) from stdin";

async fn stream(
    url: String,
    corpus: Arc<Corpus>,
    plan: Arc<Plan>,
    part: u64,
    parts: u64,
) -> anyhow::Result<u64> {
    let mut conn = PgConnection::connect(&url).await?;
    // Bulk load: no per-row foreign-key checks or word-list triggers; the
    // word list is built in one pass afterwards.
    sqlx::query("set session_replication_role = replica")
        .execute(&mut conn)
        .await?;
    let mut copy = conn.copy_in_raw(COPY).await?;
    let mut buf = String::with_capacity(4 << 20);
    let mut i = part;
    while i < plan.docs {
        document(&corpus, &plan, i, &mut buf);
        if buf.len() > (2 << 20) {
            copy.send(std::mem::take(&mut buf).into_bytes()).await?;
            buf.reserve(4 << 20);
        }
        i += parts;
    }
    if !buf.is_empty() {
        copy.send(buf.into_bytes()).await?;
    }
    Ok(copy.finish().await?)
}

async fn exec(conn: &mut PgConnection, sql: &str) -> anyhow::Result<()> {
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(&mut *conn)
        .await
        .with_context(|| sql.to_owned())?;
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.users < 2 {
        bail!("--users must be at least 2");
    }
    let started = Instant::now();
    let corpus = Arc::new(load(&args)?);
    println!(
        "corpus: {} paragraphs, {:.1} MB of text from {} files (fortunes, python3-doc)",
        corpus.index.len(),
        corpus.bytes as f64 / 1e6,
        corpus.sources.len()
    );
    let mut conn = PgConnection::connect(&args.database_url).await?;
    let existing: i64 = sqlx::query_scalar("select count(*) from documents")
        .fetch_one(&mut conn)
        .await?;
    if existing > 0 {
        bail!("the database already holds {existing} documents; start from a fresh one");
    }
    let mut users = Vec::new();
    for u in 0..args.users {
        let email = if u == 0 {
            BENCH_EMAIL.to_owned()
        } else {
            format!("search-bench-{u}@example.org")
        };
        let id: uuid::Uuid = sqlx::query_scalar(
            "insert into users (email, password_hash, email_verified, tier)
             values ($1, '!', true, 'enterprise') returning id",
        )
        .bind(email)
        .fetch_one(&mut conn)
        .await?;
        users.push(id);
    }
    let plan = Arc::new(Plan {
        docs: args.docs,
        users,
        seed: args.seed,
        now: chrono::Utc::now().naive_utc(),
    });

    if args.trickle {
        return trickle(&args, corpus, plan).await;
    }

    // Indexes are built after the load, from their own definitions.
    let indexes: Vec<(String, String)> = sqlx::query_as(
        "select i.indexname::text, i.indexdef from pg_indexes i
         where i.schemaname = 'public' and i.tablename in ('documents', 'search_words')
           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
         order by i.tablename, i.indexname",
    )
    .fetch_all(&mut conn)
    .await?;
    for (name, _) in &indexes {
        exec(&mut conn, &format!("drop index {name}")).await?;
    }

    let t = Instant::now();
    let mut tasks = Vec::new();
    for part in 0..args.streams {
        tasks.push(tokio::spawn(stream(
            args.database_url.clone(),
            Arc::clone(&corpus),
            Arc::clone(&plan),
            part,
            args.streams,
        )));
    }
    let mut loaded = 0;
    for task in tasks {
        loaded += task.await??;
    }
    let copy_secs = t.elapsed().as_secs_f64();
    println!(
        "COPY: {loaded} documents in {copy_secs:.1} s ({:.0} documents/s, {} streams; search_vector computed by PostgreSQL)",
        loaded as f64 / copy_secs,
        args.streams
    );

    exec(
        &mut conn,
        "set maintenance_work_mem = '1GB'; set max_parallel_maintenance_workers = 1; set work_mem = '1GB'",
    )
    .await?;
    let t = Instant::now();
    exec(
        &mut conn,
        "insert into search_words (user_id, word)
         select distinct d.user_id, w from documents d, search_words_of(d.search_vector) as w",
    )
    .await?;
    let words: i64 = sqlx::query_scalar("select count(*) from search_words")
        .fetch_one(&mut conn)
        .await?;
    println!(
        "word list: {words} (account, word) rows in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    for (name, def) in &indexes {
        let t = Instant::now();
        exec(&mut conn, def).await?;
        println!("index {name}: {:.1} s", t.elapsed().as_secs_f64());
    }
    let t = Instant::now();
    for table in ["documents", "search_words", "users"] {
        exec(&mut conn, &format!("vacuum (analyze) {table}")).await?;
    }
    println!("vacuum analyze: {:.1} s", t.elapsed().as_secs_f64());
    let (size, big): (String, i64) = sqlx::query_as(
        "select pg_size_pretty(pg_total_relation_size('documents')),
                (select count(*) from documents where user_id = $1)",
    )
    .bind(plan.users[0])
    .fetch_one(&mut conn)
    .await?;
    println!(
        "seeded {} documents over {} accounts ({BENCH_EMAIL} holds {big}) in {:.1} s; documents table with indexes: {size}",
        loaded,
        args.users,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The `--trickle` import: `streams` writers, each inserting its share of
/// the documents one per transaction (a COPY of one row, with every
/// trigger on), and the rate of each tenth of the whole.
async fn trickle(args: &Args, corpus: Arc<Corpus>, plan: Arc<Plan>) -> anyhow::Result<()> {
    let done = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for part in 0..args.streams {
        let (url, corpus, plan, done) = (
            args.database_url.clone(),
            Arc::clone(&corpus),
            Arc::clone(&plan),
            Arc::clone(&done),
        );
        let parts = args.streams;
        tasks.push(tokio::spawn(async move {
            let mut conn = PgConnection::connect(&url).await?;
            let mut line = String::new();
            let mut i = part;
            while i < plan.docs {
                line.clear();
                document(&corpus, &plan, i, &mut line);
                let mut copy = conn.copy_in_raw(COPY).await?;
                copy.send(line.as_bytes()).await?;
                copy.finish().await?;
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                i += parts;
            }
            Ok::<_, anyhow::Error>(())
        }));
    }
    let tenth = (plan.docs / 10).max(1);
    let (mut mark, mut last) = (tenth, Instant::now());
    let mut rates = Vec::new();
    while mark <= plan.docs {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        if done.load(std::sync::atomic::Ordering::Relaxed) >= mark {
            let rate = tenth as f64 / last.elapsed().as_secs_f64();
            println!(
                "documents {:>7} to {mark:>7}: {rate:>6.0} documents/s",
                mark - tenth + 1
            );
            rates.push(rate);
            (mark, last) = (mark + tenth, Instant::now());
        }
        if tasks.iter().all(|t| t.is_finished())
            && done.load(std::sync::atomic::Ordering::Relaxed) < mark
        {
            break;
        }
    }
    for t in tasks {
        t.await??;
    }
    if let (Some(first), Some(end)) = (rates.first(), rates.last()) {
        println!(
            "trickle import: {} documents, one per transaction, {} writers, in {:.1} s; the last tenth's rate is {:.0}% of the first's",
            plan.docs,
            args.streams,
            started.elapsed().as_secs_f64(),
            end / first * 100.0
        );
    }
    Ok(())
}
