//! Web page benchmark: one account holding 10,000 documents (with results,
//! a spread of statuses, types, languages and risks) and their audit
//! trail, seeded straight into the database; then every page of the web
//! app requested in turn by a signed-in browser session, and the server's
//! own time per page (its `Server-Timing` header) and the round trip
//! printed as percentiles, with each page's size and the script's.
//! `bench/pages.sh` creates the database, starts the server and runs this.

use std::collections::BTreeMap;
use std::time::Instant;

use anyhow::{Context, bail};
use clap::Parser;
use reqwest::header::{COOKIE, SET_COOKIE};
use sqlx::postgres::PgPoolOptions;
use uuid::Uuid;

#[derive(Parser)]
struct Args {
    #[arg(long, default_value = "http://127.0.0.1:18125")]
    url: String,
    #[arg(long, env = "DATABASE_URL")]
    database_url: String,
    /// Documents in the account.
    #[arg(long, default_value_t = 10_000)]
    docs: i64,
    /// Requests of each page.
    #[arg(long, default_value_t = 200)]
    rounds: usize,
}

const PASSWORD: &str = "correct horse battery staple";

/// Sentences documents are made of: prose with personal data in it.
const SENTENCES: &[&str] = &[
    "Please find attached the signed agreement for the data processing services.",
    "Contact Anna Schmidt at anna.schmidt@example.org or on +49 30 901820 for questions.",
    "The invoice total of EUR 4,250.00 is due within thirty days of receipt.",
    "Payment goes to IBAN DE89 3704 0044 0532 0130 00 at Acme Bank AG.",
    "Our records show the shipment left the warehouse in Rotterdam on 12 March 2024.",
    "The quarterly compliance review found no material weaknesses in retention.",
    "Employees must complete the privacy training before the end of the year.",
    "The customer asked for a copy of all personal data we hold about her.",
    "Minutes of the board meeting held in Berlin with Grace Hopper presiding.",
    "The contract renews automatically unless terminated with ninety days notice.",
];

async fn seed(pool: &sqlx::PgPool, user: Uuid, docs: i64) -> anyhow::Result<Uuid> {
    let started = Instant::now();
    let sentences: Vec<String> = SENTENCES.iter().map(|s| (*s).to_owned()).collect();
    // In batches, analysed between them: the word-list trigger plans its
    // lookups per statement, and plans made on empty tables scan them.
    let batch = 1_000;
    let mut from = 1;
    while from <= docs {
        let to = (from + batch - 1).min(docs);
        sqlx::query(
            "insert into documents (user_id, title, content, file_type, file_size_bytes,
                 processing_status, processing_error, language_code, pii_risk, source,
                 created_at, processing_started_at, processing_completed_at)
             select $1,
                    (array['Invoice','Contract','Letter','Report','Minutes'])[1 + n % 5] || ' ' || n,
                    array_to_string(array(
                        select ($2::text[])[1 + ((n * 7 + k * 3) % cardinality($2::text[]))]
                        from generate_series(1, 6 + n % 20) k), ' '),
                    (array['pdf','docx','eml','txt','xlsx','png'])[1 + n % 6],
                    1000 + n * 13,
                    case when n % 50 = 0 then 'failed' else 'completed' end,
                    case when n % 50 = 0 then 'PDF is not valid: it has no %PDF header' end,
                    (array['en','de','fr','en','en'])[1 + n % 5],
                    case when n % 50 = 0 then null
                         else (array['none','low','medium','high'])[1 + n % 4] end,
                    'upload',
                    (now() at time zone 'utc') - (n % 60) * interval '1 day' - n * interval '1 second',
                    (now() at time zone 'utc') - (n % 60) * interval '1 day',
                    (now() at time zone 'utc') - (n % 60) * interval '1 day' + interval '2 seconds'
             from generate_series($3::bigint, $4::bigint) n",
        )
        .bind(user)
        .bind(&sentences)
        .bind(from)
        .bind(to)
        .execute(pool)
        .await?;
        sqlx::query("analyze documents").execute(pool).await?;
        sqlx::query("analyze search_words").execute(pool).await?;
        from = to + 1;
    }
    // A result per completed document, with entities at real offsets.
    sqlx::query(
        "insert into processing_results (document_id, extracted_text, extracted_metadata,
             extracted_entities, extracted_tables, extracted_images, analysis_results,
             sentiment_score, language_detected, processing_time_ms, token_count,
             model_version, confidence_score)
         select d.id, d.content, '{\"page_count\": 1}',
                case when strpos(d.content, 'anna.schmidt@example.org') > 0
                     then jsonb_build_array(jsonb_build_object(
                         'type', 'EMAIL', 'text', 'anna.schmidt@example.org',
                         'start', strpos(d.content, 'anna.schmidt@example.org') - 1,
                         'end', strpos(d.content, 'anna.schmidt@example.org') + 23,
                         'score', 0.99, 'recognizer', 'email', 'validated', true))
                     else '[]'::jsonb end,
                '[]', '[]',
                jsonb_build_object('summary', jsonb_build_object(
                    'pii_risk', coalesce(d.pii_risk, 'none'),
                    'risk_rule', 'seeded', 'counts', '{}'::jsonb,
                    'special_categories', '[]'::jsonb),
                  'sentiment', jsonb_build_object('covered', true, 'label', 'neutral'),
                  'languages', '[]'::jsonb, 'confidence_parts', '{}'::jsonb),
                0.5, d.language_code, 40, 120, 'bench', 0.9
         from documents d where d.user_id = $1 and d.processing_status = 'completed'",
    )
    .bind(user)
    .execute(pool)
    .await?;
    // The audit trail such an account has: its creations and reads.
    sqlx::query(
        "insert into audit_logs (user_id, action, resource_type, resource_id, new_values,
             ip_address, user_agent, created_at)
         select $1, a.action, 'document', d.id, jsonb_build_object('title', d.title),
                '127.0.0.1', 'bench', d.created_at + interval '1 minute' * a.k
         from documents d
         cross join (values ('create', 0), ('read', 1), ('list', 2)) as a(action, k)
         where d.user_id = $1",
    )
    .bind(user)
    .execute(pool)
    .await?;
    sqlx::query("analyze").execute(pool).await?;
    println!(
        "seeded {docs} documents, their results and {} audit rows in {:.1} s",
        docs * 3,
        started.elapsed().as_secs_f64()
    );
    let one: Uuid = sqlx::query_scalar(
        "select d.id from documents d join processing_results r on r.document_id = d.id
         where d.user_id = $1 and jsonb_array_length(r.extracted_entities) > 0
         order by d.created_at desc limit 1",
    )
    .bind(user)
    .fetch_one(pool)
    .await?;
    Ok(one)
}

/// The value of the form's hidden token in `html`.
fn form_token(html: &str) -> anyhow::Result<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let at = html.find(marker).context("no form token on the page")?;
    let rest = &html[at + marker.len()..];
    Ok(rest[..rest.find('"').context("unterminated token")?].to_owned())
}

/// Each `name=value` that a response sets.
fn cookies(headers: &reqwest::header::HeaderMap) -> Vec<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .map(str::to_owned)
        .collect()
}

async fn sign_in(http: &reqwest::Client, base: &str, email: &str) -> anyhow::Result<String> {
    let page = http.get(format!("{base}/login")).send().await?;
    let form_cookie = cookies(page.headers()).join("; ");
    let token = form_token(&page.text().await?)?;
    let r = http
        .post(format!("{base}/login"))
        .header(COOKIE, form_cookie)
        .form(&[
            ("email", email),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await?;
    let session = cookies(r.headers())
        .into_iter()
        .find(|c| c.starts_with("oc_session="))
        .context("no session cookie after signing in")?;
    Ok(session)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let base = args.url.trim_end_matches('/').to_owned();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let email = format!("pages-{}@example.org", Uuid::new_v4().simple());
    let r = http
        .post(format!("{base}/v1/auth/register"))
        .json(&serde_json::json!({"email": email, "password": PASSWORD}))
        .send()
        .await?;
    if r.status() != 201 {
        bail!("register: {}", r.text().await?);
    }
    let user: Uuid = r.json::<serde_json::Value>().await?["id"]
        .as_str()
        .context("id")?
        .parse()?;
    let pool = PgPoolOptions::new()
        .max_connections(2)
        .connect(&args.database_url)
        .await?;
    let one = seed(&pool, user, args.docs).await?;
    let session = sign_in(&http, &base, &email).await?;

    let pages: Vec<(&str, String)> = vec![
        ("dashboard", "/".into()),
        ("documents", "/documents".into()),
        (
            "documents, page 100 by risk",
            "/documents?sort=risk&page=100".into(),
        ),
        (
            "documents, filtered",
            "/documents?status=completed&type=pdf&language=en&risk=high".into(),
        ),
        ("document", format!("/documents/{one}")),
        ("search", "/search?q=agreement+processing".into()),
        ("search, fuzzy", "/search?q=agrement&mode=fuzzy".into()),
        ("audit trail", "/audit".into()),
        (
            "audit, one document",
            format!("/audit?resource_type=document&resource_id={one}"),
        ),
        ("keys", "/keys".into()),
        ("settings", "/settings".into()),
    ];
    // Warm-up, then the rounds, pages interleaved.
    let mut server: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    let mut wall: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    let mut sizes: BTreeMap<&str, usize> = BTreeMap::new();
    for round in 0..=args.rounds {
        for (name, path) in &pages {
            let started = Instant::now();
            let r = http
                .get(format!("{base}{path}"))
                .header(COOKIE, &session)
                .send()
                .await?;
            let status = r.status();
            let timing = r
                .headers()
                .get("server-timing")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("app;dur="))
                .and_then(|v| v.parse::<f64>().ok());
            let body = r.bytes().await?;
            let elapsed = started.elapsed().as_secs_f64() * 1000.0;
            if status != 200 {
                bail!("{path}: {status}");
            }
            if round == 0 {
                sizes.insert(name, body.len());
                continue;
            }
            server
                .entry(name)
                .or_default()
                .push(timing.unwrap_or(f64::NAN));
            wall.entry(name).or_default().push(elapsed);
        }
    }
    println!(
        "\n{} requests of each page, one signed-in session, {} documents in the account",
        args.rounds, args.docs
    );
    println!(
        "{:<30} {:>8} {:>8} {:>8} {:>8} | {:>8} {:>8} | {:>9}",
        "page", "p50", "p95", "p99", "max", "rt p50", "rt p99", "HTML"
    );
    let mut worst = 0.0_f64;
    for (name, _) in &pages {
        let mut s = server.remove(name).unwrap_or_default();
        let mut w = wall.remove(name).unwrap_or_default();
        s.sort_by(f64::total_cmp);
        w.sort_by(f64::total_cmp);
        worst = worst.max(percentile(&s, 0.99));
        println!(
            "{:<30} {:>6.1}ms {:>6.1}ms {:>6.1}ms {:>6.1}ms | {:>6.1}ms {:>6.1}ms | {:>7} B",
            name,
            percentile(&s, 0.50),
            percentile(&s, 0.95),
            percentile(&s, 0.99),
            s.last().copied().unwrap_or(f64::NAN),
            percentile(&w, 0.50),
            percentile(&w, 0.99),
            sizes.get(name).copied().unwrap_or(0)
        );
    }
    let page = http
        .get(format!("{base}/login"))
        .send()
        .await?
        .text()
        .await?;
    let script = page
        .split("src=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .context("the script's URL")?;
    let js = http
        .get(format!("{base}{script}"))
        .send()
        .await?
        .bytes()
        .await?;
    println!(
        "\nserver time p99, slowest page: {worst:.1} ms (target ≤ 50 ms); script shipped per page: {} bytes (target ≤ 100 KB)",
        js.len()
    );
    Ok(())
}
