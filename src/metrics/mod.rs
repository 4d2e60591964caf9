//! Prometheus metrics: what this process counts as it goes (requests by
//! route and status with their latency, pipeline stages, extraction
//! failures) and what the database shows when asked ([`snapshot`]: queue
//! depth and age, audit sealing lag, connections), in the text exposition
//! format (version 0.0.4) that `GET /metrics` answers and
//! `opencomplai status` reads out.
//!
//! A small registry of our own rather than a metrics crate: a few fixed
//! families with bounded labels (route templates, never raw paths; a
//! closed list of stages and failure reasons), one short lock per update.

pub mod snapshot;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{LazyLock, Mutex, PoisonError};
use std::time::Duration;

/// Upper bounds of the request latency buckets, in seconds.
const REQUEST_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];
/// Upper bounds of the pipeline stage buckets, in seconds.
const STAGE_BUCKETS: &[f64] = &[
    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0,
];

/// A cumulative histogram: counts per bucket, their sum and count.
#[derive(Debug, Clone)]
struct Histogram {
    bounds: &'static [f64],
    /// One per bound, not yet cumulative (summed when written).
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn new(bounds: &'static [f64]) -> Self {
        Self {
            bounds,
            counts: vec![0; bounds.len()],
            sum: 0.0,
            count: 0,
        }
    }

    fn observe(&mut self, seconds: f64) {
        if let Some(i) = self.bounds.iter().position(|b| seconds <= *b) {
            self.counts[i] += 1;
        }
        self.sum += seconds;
        self.count += 1;
    }

    /// Writes the `_bucket`, `_sum` and `_count` lines under `labels`
    /// (already formatted, without braces; may be empty).
    fn write(&self, out: &mut String, name: &str, labels: &str) {
        let sep = if labels.is_empty() { "" } else { "," };
        let mut cumulative = 0;
        for (bound, n) in self.bounds.iter().zip(&self.counts) {
            cumulative += n;
            let _ = writeln!(
                out,
                "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {cumulative}"
            );
        }
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
            self.count
        );
        let braces = |s: &str| {
            if s.is_empty() {
                String::new()
            } else {
                format!("{{{s}}}")
            }
        };
        let _ = writeln!(out, "{name}_sum{} {}", braces(labels), self.sum);
        let _ = writeln!(out, "{name}_count{} {}", braces(labels), self.count);
    }
}

/// What identifies one series of requests.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct RequestKey {
    method: &'static str,
    /// The route's template (`/v1/documents/{id}`), or `unmatched`.
    route: String,
    status: u16,
}

/// A pipeline stage a run goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Claiming, reading the original and the account's settings.
    Read,
    /// In the sandbox.
    Extract,
    /// Language, sentiment, entities.
    Analyse,
    /// Writing the result, the word list and the audit row.
    Store,
    /// After the results are committed: the text's vectors for search by
    /// meaning, computed and stored (runs with a model only).
    Embed,
}

impl Stage {
    fn as_str(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Extract => "extract",
            Stage::Analyse => "analyse",
            Stage::Store => "store",
            Stage::Embed => "embed",
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RunEnd {
    Completed,
    Failed,
    /// Put back to be tried again (trouble on the service's side).
    Retried,
}

impl RunEnd {
    fn as_str(self) -> &'static str {
        match self {
            RunEnd::Completed => "completed",
            RunEnd::Failed => "failed",
            RunEnd::Retried => "retried",
        }
    }
}

#[derive(Debug, Default)]
struct Families {
    requests: BTreeMap<RequestKey, Histogram>,
    stages: BTreeMap<Stage, Histogram>,
    runs: BTreeMap<RunEnd, u64>,
    extraction_failures: BTreeMap<&'static str, u64>,
}

/// This process's counters.
#[derive(Debug, Default)]
pub struct Registry {
    families: Mutex<Families>,
}

static REGISTRY: LazyLock<Registry> = LazyLock::new(Registry::default);

/// The process's registry.
pub fn registry() -> &'static Registry {
    &REGISTRY
}

/// The methods a label may name; anything else is `other`.
fn method_label(method: &str) -> &'static str {
    match method {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "PATCH" => "PATCH",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        _ => "other",
    }
}

/// Why an extraction failed, as a label from a closed list, read from the
/// sandbox's message (`sandbox::Failure`).
pub fn failure_reason(file_at_fault: bool, message: &str) -> &'static str {
    if !file_at_fault {
        "service"
    } else if message.contains("took longer than") {
        "timeout"
    } else if message.contains("memory limit") {
        "memory"
    } else if message.contains("crashed") {
        "crash"
    } else if message.contains("output is over") || message.contains("over the extraction limit") {
        "too_large"
    } else {
        "unreadable"
    }
}

impl Registry {
    fn with<R>(&self, f: impl FnOnce(&mut Families) -> R) -> R {
        let mut families = self.families.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut families)
    }

    /// One HTTP request answered.
    pub fn request(&self, method: &str, route: Option<&str>, status: u16, took: Duration) {
        let key = RequestKey {
            method: method_label(method),
            route: route.unwrap_or("unmatched").to_owned(),
            status,
        };
        self.with(|f| {
            f.requests
                .entry(key)
                .or_insert_with(|| Histogram::new(REQUEST_BUCKETS))
                .observe(took.as_secs_f64());
        });
    }

    /// One pipeline stage of one run.
    pub fn stage(&self, stage: Stage, took: Duration) {
        self.with(|f| {
            f.stages
                .entry(stage)
                .or_insert_with(|| Histogram::new(STAGE_BUCKETS))
                .observe(took.as_secs_f64());
        });
    }

    /// One run's end.
    pub fn run_ended(&self, end: RunEnd) {
        self.with(|f| *f.runs.entry(end).or_default() += 1);
    }

    /// One extraction that produced nothing, by [`failure_reason`].
    pub fn extraction_failed(&self, reason: &'static str) {
        self.with(|f| *f.extraction_failures.entry(reason).or_default() += 1);
    }

    /// The families this process counts, in the text format.
    pub fn render(&self, out: &mut String) {
        let f = self.with(|f| {
            (
                f.requests.clone(),
                f.stages.clone(),
                f.runs.clone(),
                f.extraction_failures.clone(),
            )
        });
        let (requests, stages, runs, failures) = f;
        header(
            out,
            "opencomplai_http_requests_total",
            "counter",
            "HTTP requests answered, by method, route template and status.",
        );
        for (key, h) in &requests {
            let _ = writeln!(
                out,
                "opencomplai_http_requests_total{{{}}} {}",
                request_labels(key),
                h.count
            );
        }
        header(
            out,
            "opencomplai_http_request_duration_seconds",
            "histogram",
            "Time until the answer began, by method, route template and status.",
        );
        for (key, h) in &requests {
            h.write(
                out,
                "opencomplai_http_request_duration_seconds",
                &request_labels(key),
            );
        }
        header(
            out,
            "opencomplai_job_stage_duration_seconds",
            "histogram",
            "Time a processing run spent in each stage (runs of this process's workers).",
        );
        for (stage, h) in &stages {
            h.write(
                out,
                "opencomplai_job_stage_duration_seconds",
                &format!("stage=\"{}\"", stage.as_str()),
            );
        }
        header(
            out,
            "opencomplai_job_runs_total",
            "counter",
            "Processing runs ended by this process's workers, by outcome.",
        );
        for end in [RunEnd::Completed, RunEnd::Failed, RunEnd::Retried] {
            let n = runs.get(&end).copied().unwrap_or(0);
            let _ = writeln!(
                out,
                "opencomplai_job_runs_total{{outcome=\"{}\"}} {n}",
                end.as_str()
            );
        }
        header(
            out,
            "opencomplai_extraction_failures_total",
            "counter",
            "Extractions that produced nothing, by reason (timeout, memory, crash, too_large, unreadable, service).",
        );
        for reason in [
            "timeout",
            "memory",
            "crash",
            "too_large",
            "unreadable",
            "service",
        ] {
            let n = failures.get(reason).copied().unwrap_or(0);
            let _ = writeln!(
                out,
                "opencomplai_extraction_failures_total{{reason=\"{reason}\"}} {n}"
            );
        }
    }
}

fn request_labels(key: &RequestKey) -> String {
    format!(
        "method=\"{}\",route=\"{}\",status=\"{}\"",
        key.method,
        escape(&key.route),
        key.status
    )
}

/// A label value escaped as the text format asks.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The `# HELP` and `# TYPE` lines of a family.
pub fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// One gauge sample without labels, after its header.
pub fn gauge(out: &mut String, name: &str, help: &str, value: f64) {
    header(out, name, "gauge", help);
    let _ = writeln!(out, "{name} {value}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_histogram_is_cumulative_and_ends_with_inf() {
        let mut h = Histogram::new(&[0.1, 1.0]);
        h.observe(0.05);
        h.observe(0.5);
        h.observe(5.0);
        let mut out = String::new();
        h.write(&mut out, "x", "a=\"b\"");
        assert_eq!(
            out,
            "x_bucket{a=\"b\",le=\"0.1\"} 1\nx_bucket{a=\"b\",le=\"1\"} 2\n\
             x_bucket{a=\"b\",le=\"+Inf\"} 3\nx_sum{a=\"b\"} 5.55\nx_count{a=\"b\"} 3\n"
        );
    }

    #[test]
    fn requests_are_counted_by_route_template_not_path() {
        let r = Registry::default();
        r.request(
            "GET",
            Some("/v1/documents/{id}"),
            200,
            Duration::from_millis(3),
        );
        r.request(
            "GET",
            Some("/v1/documents/{id}"),
            200,
            Duration::from_millis(4),
        );
        r.request("BREW", None, 404, Duration::from_millis(1));
        let mut out = String::new();
        r.render(&mut out);
        assert!(out.contains(
            "opencomplai_http_requests_total{method=\"GET\",route=\"/v1/documents/{id}\",status=\"200\"} 2"
        ));
        assert!(out.contains(
            "opencomplai_http_requests_total{method=\"other\",route=\"unmatched\",status=\"404\"} 1"
        ));
    }

    #[test]
    fn failure_messages_map_to_a_closed_list_of_reasons() {
        assert_eq!(
            failure_reason(true, "extraction took longer than the 60 s limit"),
            "timeout"
        );
        assert_eq!(
            failure_reason(true, "extraction needed more than its 512 MiB memory limit"),
            "memory"
        );
        assert_eq!(
            failure_reason(true, "the pdf extractor crashed on this file (signal 11)"),
            "crash"
        );
        assert_eq!(failure_reason(true, "not a PDF"), "unreadable");
        assert_eq!(failure_reason(false, "pipes missing"), "service");
    }
}
