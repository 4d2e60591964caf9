//! `opencomplai status`: the figures of `GET /metrics`, read out for a
//! person. The database's own (migrations, the queue, the audit trail's
//! sealing lag) are read directly; the running server's (requests, runs,
//! extraction failures) from its `/metrics`, when it answers. Exit status 1
//! when something needs attention.

use std::collections::BTreeMap;
use std::time::Duration;

use clap::Args;

use crate::config::Config;
use crate::db::{Database, migrate};
use crate::metrics::snapshot::Snapshot;

/// The most of a `/metrics` answer read.
const MAX_METRICS_BYTES: usize = 16 * 1024 * 1024;

/// Audit rows left unsealed longer than this mean the sealer is not running.
const SEALING_LAG_LIMIT_SECS: f64 = 120.0;

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The running server to ask for its request figures; default: this
    /// configuration's `public_url` (else `http://<listen>`).
    #[arg(long)]
    pub url: Option<String>,
}

pub async fn run(config: &Config, args: StatusArgs) -> anyhow::Result<()> {
    let mut trouble = Vec::new();
    let db = Database::open(config).await?;
    let migrations = migrate::status(&db.pool).await;
    let snapshot = Snapshot::read(&db.pool).await;
    db.close().await?;
    println!("OpenComplai {}", env!("CARGO_PKG_VERSION"));
    match migrations {
        Ok(m) => {
            let pending = m.pending().count();
            println!(
                "database     reachable; {} migrations applied, {pending} pending",
                m.applied().count()
            );
            if pending > 0 {
                trouble.push(format!(
                    "{pending} migration(s) pending: run `opencomplai migrate`"
                ));
            }
        }
        Err(e) => trouble.push(format!("could not read the migrations: {e}")),
    }
    match snapshot {
        Ok(s) => {
            println!(
                "queue        {} queued ({} due now), oldest waiting {}; {} running ({} past their lease)",
                s.jobs_queued,
                s.jobs_due,
                seconds(s.oldest_queued_secs),
                s.jobs_running,
                s.jobs_stale
            );
            println!(
                "audit trail  {} row(s) waiting to be sealed, oldest {}",
                s.audit_unsealed,
                seconds(s.audit_oldest_unsealed_secs)
            );
            if s.audit_unsealable > 0 {
                trouble.push(format!(
                    "{} unsealed audit row(s) are older than any commit takes: not written by \
                     the service; run `opencomplai audit verify`",
                    s.audit_unsealable
                ));
            }
            if s.audit_oldest_unsealed_secs > SEALING_LAG_LIMIT_SECS {
                trouble.push(format!(
                    "audit rows have waited {} to be sealed: is a server (the sealer) running?",
                    seconds(s.audit_oldest_unsealed_secs)
                ));
            }
            if s.jobs_stale > 0 {
                trouble.push(format!(
                    "{} job(s) outlived their worker's lease; another worker takes them over",
                    s.jobs_stale
                ));
            }
        }
        Err(e) => trouble.push(format!("could not read the queue: {e}")),
    }
    let url = args.url.unwrap_or_else(|| config.public_url());
    match scrape(config, &url).await {
        Ok(samples) => {
            let sum = |name: &str, keep: &dyn Fn(&BTreeMap<String, String>) -> bool| -> f64 {
                samples
                    .iter()
                    .filter(|s| s.name == name && keep(&s.labels))
                    .map(|s| s.value)
                    .sum()
            };
            let requests = sum("opencomplai_http_requests_total", &|_| true);
            let errors = sum("opencomplai_http_requests_total", &|l| {
                l.get("status").is_some_and(|s| s.starts_with('5'))
            });
            let outcome = |o: &str| {
                sum("opencomplai_job_runs_total", &|l| {
                    l.get("outcome").is_some_and(|v| v == o)
                })
            };
            println!(
                "server       {url} answers; {requests} request(s) since it started, {errors} answered 5xx"
            );
            println!(
                "runs         {} completed, {} failed, {} to be retried (by this server's workers)",
                outcome("completed"),
                outcome("failed"),
                outcome("retried")
            );
            let failures: Vec<String> = samples
                .iter()
                .filter(|s| s.name == "opencomplai_extraction_failures_total" && s.value > 0.0)
                .map(|s| {
                    format!(
                        "{} {}",
                        s.labels.get("reason").map_or("?", String::as_str),
                        s.value
                    )
                })
                .collect();
            println!(
                "extraction   failures: {}",
                if failures.is_empty() {
                    "none".to_owned()
                } else {
                    failures.join(", ")
                }
            );
        }
        Err(e) => trouble.push(format!("the server at {url} did not answer: {e}")),
    }
    if trouble.is_empty() {
        println!("all well");
        return Ok(());
    }
    for t in &trouble {
        println!("attention    {t}");
    }
    anyhow::bail!("{} thing(s) need attention", trouble.len())
}

fn seconds(s: f64) -> String {
    if s < 120.0 {
        format!("{s:.1} s")
    } else if s < 7200.0 {
        format!("{:.1} min", s / 60.0)
    } else {
        format!("{:.1} h", s / 3600.0)
    }
}

/// One sample of the text format.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub value: f64,
}

async fn scrape(config: &Config, base: &str) -> anyhow::Result<Vec<Sample>> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()?;
    let url = reqwest::Url::parse(&format!("{}/metrics", base.trim_end_matches('/')))?;
    let mut request = client.get(url.clone());
    // The token goes only where it cannot be overheard: over TLS, or to
    // this machine.
    let private = url.scheme() == "https"
        || match url.host() {
            Some(url::Host::Ipv4(a)) => a.is_loopback(),
            Some(url::Host::Ipv6(a)) => a.is_loopback(),
            Some(url::Host::Domain(d)) => d == "localhost",
            None => false,
        };
    if let Some(token) = config
        .metrics_token
        .as_ref()
        .map(|t| t.expose())
        .filter(|t| !t.is_empty())
        && private
    {
        request = request.bearer_auth(token);
    }
    let mut response = request.send().await?;
    if !response.status().is_success() {
        anyhow::bail!("/metrics answered {}", response.status());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_METRICS_BYTES {
            anyhow::bail!("/metrics answered more than {MAX_METRICS_BYTES} bytes");
        }
    }
    Ok(parse(&String::from_utf8_lossy(&body)))
}

/// The samples of a text-format exposition (comments skipped; lines that do
/// not parse are left out).
pub fn parse(text: &str) -> Vec<Sample> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(parse_line)
        .collect()
}

fn parse_line(line: &str) -> Option<Sample> {
    let (series, value) = line.rsplit_once(' ')?;
    let value = match value {
        "+Inf" => f64::INFINITY,
        v => v.parse().ok()?,
    };
    let (name, labels) = match series.split_once('{') {
        None => (series, BTreeMap::new()),
        Some((name, rest)) => {
            let body = rest.strip_suffix('}')?;
            let mut labels = BTreeMap::new();
            let mut chars = body.chars().peekable();
            loop {
                let key: String = chars.by_ref().take_while(|c| *c != '=').collect();
                if key.is_empty() {
                    break;
                }
                if chars.next() != Some('"') {
                    return None;
                }
                let mut value = String::new();
                loop {
                    match chars.next()? {
                        '\\' => match chars.next()? {
                            'n' => value.push('\n'),
                            c => value.push(c),
                        },
                        '"' => break,
                        c => value.push(c),
                    }
                }
                labels.insert(key.trim_start_matches(',').to_owned(), value);
                if chars.peek() == Some(&',') {
                    chars.next();
                }
            }
            (name, labels)
        }
    };
    Some(Sample {
        name: name.to_owned(),
        labels,
        value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_with_escaped_labels_parse() {
        let s = parse(
            "# HELP x y\n# TYPE x counter\nx{a=\"b\\\"c\",route=\"/v1/{id}\"} 3\nup 1\nh_bucket{le=\"+Inf\"} 2\n",
        );
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].labels["a"], "b\"c");
        assert_eq!(s[0].labels["route"], "/v1/{id}");
        assert_eq!(s[0].value, 3.0);
        assert_eq!(s[1].name, "up");
        assert_eq!(s[2].labels["le"], "+Inf");
    }
}
