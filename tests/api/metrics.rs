//! `GET /metrics` and `opencomplai status`: Prometheus text that a strict
//! reading of the format accepts, counters that move with traffic, and the
//! bearer token when one is set.

use std::collections::{BTreeMap, HashSet};

use reqwest::Method;

use crate::helpers::{TestApp, binary, envelope};

/// One sample line, read strictly: a metric name, optional labels with
/// quoted values, one number.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: BTreeMap<String, String>,
    value: f64,
}

/// Reads the text format 0.0.4 and fails on anything it does not allow:
/// a sample before its family's `# TYPE`, a family typed twice, a bad name
/// or label, a value that is not a number, histogram buckets that are not
/// cumulative or whose `+Inf` bucket differs from `_count`.
fn parse_strictly(text: &str) -> Vec<Sample> {
    let name_ok = |n: &str| {
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
            && !n.starts_with(|c: char| c.is_ascii_digit())
    };
    let mut typed: BTreeMap<String, String> = BTreeMap::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').expect("# TYPE name kind");
            assert!(name_ok(name), "bad family name {name:?}");
            assert!(
                ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind),
                "{line}"
            );
            assert!(
                typed.insert(name.to_owned(), kind.to_owned()).is_none(),
                "typed twice: {line}"
            );
            continue;
        }
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let (series, value) = line.rsplit_once(' ').expect("series value");
        let value: f64 = match value {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            v => v.parse().unwrap_or_else(|_| panic!("not a number: {line}")),
        };
        let (name, labels) = match series.split_once('{') {
            None => (series.to_owned(), BTreeMap::new()),
            Some((name, rest)) => {
                let body = rest.strip_suffix('}').expect("closing brace");
                let mut labels = BTreeMap::new();
                let mut rest = body;
                while !rest.is_empty() {
                    let (key, after) = rest.split_once("=\"").expect("label=\"value\"");
                    assert!(name_ok(key), "bad label name {key:?} in {line}");
                    let mut value = String::new();
                    let mut chars = after.char_indices();
                    let end = loop {
                        let (i, c) = chars.next().expect("closing quote");
                        match c {
                            '\\' => {
                                let (_, e) = chars.next().expect("escape");
                                assert!(matches!(e, '\\' | '"' | 'n'), "bad escape in {line}");
                                value.push(e);
                            }
                            '"' => break i,
                            c => value.push(c),
                        }
                    };
                    labels.insert(key.to_owned(), value);
                    rest = after[end + 1..].trim_start_matches(',');
                }
                (name.to_owned(), labels)
            }
        };
        assert!(name_ok(&name), "bad metric name in {line}");
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|s| {
                name.strip_suffix(s)
                    .filter(|f| typed.get(*f).is_some_and(|k| k == "histogram"))
            })
            .unwrap_or(&name)
            .to_owned();
        assert!(
            typed.contains_key(&family),
            "sample before its # TYPE: {line}"
        );
        samples.push(Sample {
            name,
            labels,
            value,
        });
    }
    // Histograms: cumulative buckets ending in +Inf == _count.
    for (family, _) in typed.iter().filter(|(_, k)| k.as_str() == "histogram") {
        let mut series: BTreeMap<Labels, Vec<(f64, f64)>> = BTreeMap::new();
        for s in samples
            .iter()
            .filter(|s| s.name == format!("{family}_bucket"))
        {
            let mut key: Vec<(String, String)> = s
                .labels
                .iter()
                .filter(|(k, _)| k.as_str() != "le")
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            key.sort();
            let le = match s.labels["le"].as_str() {
                "+Inf" => f64::INFINITY,
                v => v.parse().expect("le"),
            };
            series.entry(key).or_default().push((le, s.value));
        }
        for (key, buckets) in series {
            assert!(
                buckets
                    .windows(2)
                    .all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1),
                "{family} {key:?}: {buckets:?}"
            );
            let (le, inf) = *buckets.last().expect("buckets");
            assert!(le.is_infinite(), "{family} {key:?} ends with +Inf");
            let count = samples
                .iter()
                .find(|s| {
                    s.name == format!("{family}_count")
                        && key.iter().all(|(k, v)| s.labels.get(k) == Some(v))
                })
                .expect("_count");
            assert_eq!(count.value, inf, "{family} {key:?}");
        }
    }
    samples
}

/// A series' labels other than `le`, sorted.
type Labels = Vec<(String, String)>;

fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|s| {
            s.name == name
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
        .sum()
}

async fn scrape(app: &TestApp) -> Vec<Sample> {
    let r = app.get("/metrics").await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/plain; version=0.0.4"),
        "{:?}",
        r.headers()
    );
    parse_strictly(&r.text().await.expect("text"))
}

#[tokio::test]
async fn metrics_parse_as_prometheus_text_and_move_with_traffic() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let before = scrape(&app).await;
    let route = [
        ("method", "GET"),
        ("route", "/v1/documents/{id}"),
        ("status", "200"),
    ];
    let reads_before = value(&before, "opencomplai_http_requests_total", &route);
    let completed_before = value(
        &before,
        "opencomplai_job_runs_total",
        &[("outcome", "completed")],
    );

    let (id, _) = app
        .process(&me, "memo.txt", b"A memo for the metrics.".to_vec())
        .await;
    for _ in 0..3 {
        let r = app
            .authed(Method::GET, &format!("/v1/documents/{id}"), &me.token)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 200);
    }
    let missing = app.get("/no/such/page/12345").await;
    assert_eq!(missing.status(), 404);

    let after = scrape(&app).await;
    assert!(value(&after, "opencomplai_http_requests_total", &route) >= reads_before + 3.0);
    assert!(
        value(
            &after,
            "opencomplai_http_request_duration_seconds_count",
            &route
        ) >= reads_before + 3.0
    );
    assert!(
        value(
            &after,
            "opencomplai_job_runs_total",
            &[("outcome", "completed")]
        ) >= completed_before + 1.0
    );
    for stage in ["read", "extract", "analyse", "store"] {
        assert!(
            value(
                &after,
                "opencomplai_job_stage_duration_seconds_count",
                &[("stage", stage)]
            ) >= 1.0,
            "stage {stage}"
        );
    }
    // Paths never become labels: a label per id or per typo would grow
    // without end.
    let routes: HashSet<&str> = after
        .iter()
        .filter_map(|s| s.labels.get("route").map(String::as_str))
        .collect();
    assert!(
        !routes
            .iter()
            .any(|r| r.contains(&id) || r.contains("12345")),
        "{routes:?}"
    );
    assert!(routes.contains("unmatched"));
    for state in ["queued", "running"] {
        assert!(after.iter().any(|s| s.name == "opencomplai_jobs"
            && s.labels.get("state").map(String::as_str) == Some(state)));
    }
    for name in [
        "opencomplai_jobs_due",
        "opencomplai_jobs_stale",
        "opencomplai_audit_unsealable_rows",
        "opencomplai_db_snapshot_ok",
        "opencomplai_jobs_oldest_queued_seconds",
        "opencomplai_audit_unsealed_rows",
        "opencomplai_audit_sealing_lag_seconds",
        "opencomplai_up",
    ] {
        assert!(after.iter().any(|s| s.name == name), "{name}");
    }
    assert!(
        value(
            &after,
            "opencomplai_db_pool_connections",
            &[("state", "max")]
        ) >= 1.0
    );

    // A queued job shows in the depth and the age of the oldest.
    sqlx::query(
        "insert into jobs (document_id, max_attempts, user_id, run_at, created_at)
         values ($1::uuid, 3, $2, now() at time zone 'utc' + interval '1 hour',
                 now() at time zone 'utc' - interval '10 minutes')",
    )
    .bind(&id)
    .bind(me.id)
    .execute(&app.pool)
    .await
    .expect("a job waiting");
    let queued = scrape(&app).await;
    assert!(value(&queued, "opencomplai_jobs", &[("state", "queued")]) >= 1.0);
    assert!(value(&queued, "opencomplai_jobs_oldest_queued_seconds", &[]) >= 600.0);
}

#[tokio::test]
async fn metrics_need_the_bearer_token_when_one_is_set() {
    let token = "metrics-token-0123456789abcdef";
    let app = TestApp::spawn_with(|c| {
        c.metrics_token = Some(opencomplai::config::Secret::new(token.to_owned()));
    })
    .await;
    let (status, code, _) = envelope(app.get("/metrics").await).await;
    assert_eq!((status, code.as_str()), (401, "unauthorized"));
    let wrong = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("metrics-token-0123456789abcdeX")
        .send()
        .await
        .expect("sent");
    assert_eq!(wrong.status(), 401);
    assert!(wrong.headers().contains_key("www-authenticate"));
    let right = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth(token)
        .send()
        .await
        .expect("sent");
    assert_eq!(right.status(), 200);
    parse_strictly(&right.text().await.expect("text"));
}

#[tokio::test]
async fn status_reads_out_the_queue_the_audit_trail_and_the_server() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    app.process(&me, "memo.txt", b"A memo for the status.".to_vec())
        .await;
    let out = tokio::task::spawn_blocking({
        let db = app.app_database_url().to_owned();
        let owner = app.database_url().to_owned();
        let url = app.url("");
        let data = app.data_dir();
        move || {
            binary()
                .env("DATABASE_URL", db)
                .env("DATABASE_OWNER_URL", owner)
                .env("OPENCOMPLAI_DATA_DIR", data)
                .args(["status", "--url", &url])
                .output()
                .expect("status runs")
        }
    })
    .await
    .expect("joined");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for part in [
        "migrations applied, 0 pending",
        "queue",
        "audit trail",
        "answers;",
        "completed",
        "all well",
    ] {
        assert!(stdout.contains(part), "{part:?} in {stdout}");
    }

    // With the server gone, it says so and exits 1.
    let gone = tokio::task::spawn_blocking({
        let db = app.app_database_url().to_owned();
        let owner = app.database_url().to_owned();
        let data = app.data_dir();
        move || {
            binary()
                .env("DATABASE_URL", db)
                .env("DATABASE_OWNER_URL", owner)
                .env("OPENCOMPLAI_DATA_DIR", data)
                .args(["status", "--url", "http://127.0.0.1:9"])
                .output()
                .expect("status runs")
        }
    })
    .await
    .expect("joined");
    let stdout = String::from_utf8_lossy(&gone.stdout);
    assert_eq!(gone.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("did not answer"), "{stdout}");
}
