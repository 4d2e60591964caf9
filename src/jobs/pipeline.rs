//! One processing run: mark the document `processing`, extract its text
//! (in a sandboxed child process), analyse it (language, sentiment,
//! entities and personal data, tokens), then write the result, the content
//! and `completed` in ONE transaction, only if this worker still holds the
//! job. A file that cannot be extracted (or takes longer than the limit)
//! fails at once with a readable error; anything else (database trouble)
//! is retried with backoff until the attempts run out. Once the results
//! are committed, the text's vectors for search by meaning are computed and
//! stored apart (`crate::embeddings`): they never hold the results back.

use std::time::Instant;

use opencomplai_analyze::{Analysis, Options as AnalyzeOptions};
use opencomplai_extract::{ExtractError, Extraction, FileType, Limits};
use serde_json::{Value, json};
use sqlx::PgPool;

use crate::documents::results::{self, NewResult};
use crate::documents::status::{self, Transition};
use crate::documents::{content, files, pii_lists};
use crate::embeddings::{self, Embeddings};
use crate::jobs::failure;
use crate::metrics::{self, RunEnd, Stage};
use crate::queue::{
    Claimed, End, RunningCaps, backoff, claim_many, finish, finish_if_ours, hand_back,
    relaxed_commit, requeue, still_ours,
};
use crate::sandbox::{Failure, Sandbox};

/// Names the extractor and analyzer releases in
/// `processing_results.model_version` (a `varchar(50)`); the analyzer's
/// full version, with its models and dictionaries, is in
/// `analysis_results.analyzer_version`.
pub fn model_version() -> String {
    let analyzer = opencomplai_analyze::VERSION
        .split(' ')
        .next()
        .unwrap_or("analyze");
    format!("extract-{}+{analyzer}", env!("CARGO_PKG_VERSION"))
}

/// What a run needs besides the job.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Where and under which limits extraction runs.
    pub sandbox: Sandbox,
    pub limits: Limits,
    /// The model that embeds completed documents (off: none).
    pub embeddings: Embeddings,
}

/// How a run ended, for the worker's log.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Completed,
    Failed(String),
    Retrying(String),
    /// The document is gone, or another worker took the job over.
    Dropped,
}

enum RunError {
    /// The file itself is bad: retrying cannot help.
    Permanent(String),
    /// Anything else: worth another attempt.
    Transient(String),
}

impl From<sqlx::Error> for RunError {
    fn from(e: sqlx::Error) -> Self {
        // Data exceptions (22…) and limits exceeded (54…) come from what
        // this file produced: another attempt would fail the same way.
        let code = e
            .as_database_error()
            .and_then(|d| d.code())
            .map(|c| c.into_owned());
        match code.as_deref() {
            Some(c) if c.starts_with("22") || c.starts_with("54") => {
                tracing::warn!(error = %e, "the database refused a document's extracted content");
                Self::Permanent(
                    "the extracted content could not be stored: the database refused it (too large, or not storable as text)"
                        .to_owned(),
                )
            }
            _ => Self::Transient(format!("database error: {e}")),
        }
    }
}

/// The analyzer reads at most this many characters of a text (a note says
/// when it stopped), which bounds its time and the size of its results.
const MAX_ANALYSED_CHARS: usize = 2_000_000;

/// The key in `analysis_results` of how many characters of the text its
/// entities cover.
pub const ENTITIES_COVER: &str = "entities_cover_chars";

struct Input {
    user_id: uuid::Uuid,
    file_type: FileType,
    bytes: Vec<u8>,
    /// The account's allow- and deny-lists.
    options: AnalyzeOptions,
}

/// Runs `job` to its end and records that end.
pub async fn run(
    pool: &PgPool,
    settings: &Settings,
    job: &Claimed,
) -> Result<Outcome, sqlx::Error> {
    let outcome = run_stages(pool, settings, job).await;
    let end = match &outcome {
        Ok(Outcome::Completed) => Some(RunEnd::Completed),
        Ok(Outcome::Failed(_)) => Some(RunEnd::Failed),
        Ok(Outcome::Retrying(_)) | Err(_) => Some(RunEnd::Retried),
        Ok(Outcome::Dropped) => None,
    };
    if let Some(end) = end {
        metrics::registry().run_ended(end);
    }
    outcome
}

/// [`run`]'s steps, each timed as a stage.
async fn run_stages(
    pool: &PgPool,
    settings: &Settings,
    job: &Claimed,
) -> Result<Outcome, sqlx::Error> {
    let started = Instant::now();
    let stages = metrics::registry();
    if job.attempts > job.max_attempts {
        let msg = format!(
            "processing was interrupted {} times (its worker stopped each time)",
            job.max_attempts
        );
        return fail(pool, job, &msg).await;
    }
    let input = match begin(pool, settings, job).await {
        Ok(Some(input)) => input,
        Ok(None) => return Ok(Outcome::Dropped),
        Err(e) => return handle(pool, job, e).await,
    };
    stages.stage(Stage::Read, started.elapsed());
    let step = Instant::now();
    let extracted = match extract(settings, input.file_type, input.bytes).await {
        Ok(x) => x,
        Err(e) => {
            let reason = match &e {
                RunError::Permanent(msg) => metrics::failure_reason(true, msg),
                RunError::Transient(msg) => metrics::failure_reason(false, msg),
            };
            stages.extraction_failed(reason);
            return handle(pool, job, e).await;
        }
    };
    stages.stage(Stage::Extract, step.elapsed());
    let step = Instant::now();
    let (extracted, analysis) = match analyse(extracted, input.options).await {
        Ok(done) => done,
        Err(e) => return handle(pool, job, e).await,
    };
    stages.stage(Stage::Analyse, step.elapsed());
    let step = Instant::now();
    // What is embedded, kept before the text moves into the results.
    let head = settings
        .embeddings
        .installed()
        .then(|| embeddings::text_head(&extracted.text));
    let done = complete(pool, job, input.file_type, extracted, analysis, started).await;
    stages.stage(Stage::Store, step.elapsed());
    match done {
        // What the database refuses to store (an oversized value, say) is
        // refused again on retry: fail it now, with the reason.
        Err(e) => handle(pool, job, RunError::from(e)).await,
        Ok(Outcome::Completed) => {
            if let Some(text) = head {
                let step = Instant::now();
                let (user, doc) = (input.user_id, job.document_id);
                embeddings::embed_document(pool, &settings.embeddings, user, doc, text).await;
                stages.stage(Stage::Embed, step.elapsed());
            }
            Ok(Outcome::Completed)
        }
        ok => ok,
    }
}

/// Claims up to `max` jobs and marks their documents `processing`, in one
/// transaction; a job whose document is gone ends there.
pub async fn claim(
    pool: &PgPool,
    worker: &str,
    lease: std::time::Duration,
    caps: RunningCaps,
    max: i64,
) -> Result<Vec<Claimed>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    relaxed_commit(&mut tx).await?;
    if caps != RunningCaps::NONE {
        // Claims count each account's running jobs one at a time, so that
        // two of them cannot both see room under a cap for the same slot.
        sqlx::query("select pg_advisory_xact_lock(28515, 1)")
            .execute(&mut *tx)
            .await?;
    }
    let jobs = claim_many(&mut tx, worker, lease, caps, max).await?;
    // Every claimed document `processing`, in one statement.
    let pairs: Vec<(uuid::Uuid, uuid::Uuid)> =
        jobs.iter().map(|j| (j.document_id, j.user_id)).collect();
    let moved: std::collections::HashMap<(uuid::Uuid, uuid::Uuid), Option<String>> =
        status::start_many(&mut tx, &pairs)
            .await?
            .into_iter()
            .map(|d| ((d.id, d.user_id), d.file_type))
            .collect();
    let mut started = Vec::with_capacity(jobs.len());
    for mut job in jobs {
        match moved.get(&(job.document_id, job.user_id)) {
            Some(file_type) => {
                job.started = Some((job.user_id, file_type.clone()));
                started.push(job);
            }
            None => {
                let gone = Some("document deleted before processing");
                finish(&mut tx, &job, End::Done, gone).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(started)
}

/// Hands claimed jobs that were not begun back to the queue, at once and
/// without counting the attempt, their documents `pending` again.
pub async fn release(pool: &PgPool, jobs: &[Claimed]) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    relaxed_commit(&mut tx).await?;
    for job in jobs {
        if still_ours(&mut tx, job).await? {
            status::transition(&mut tx, job.user_id, job.document_id, Transition::Reprocess)
                .await?;
            hand_back(&mut tx, job).await?;
        }
    }
    tx.commit().await
}

/// Marks the document `processing` (unless [`claim`] did) and loads what
/// is to be extracted.
async fn begin(
    pool: &PgPool,
    settings: &Settings,
    job: &Claimed,
) -> Result<Option<Input>, RunError> {
    let (user_id, file_type) = if let Some(started) = &job.started {
        started.clone()
    } else {
        let mut tx = pool.begin().await?;
        relaxed_commit(&mut tx).await?;
        if !still_ours(&mut tx, job).await? {
            return Ok(None);
        }
        let Some(doc) =
            status::transition(&mut tx, job.user_id, job.document_id, Transition::Start).await?
        else {
            finish(
                &mut tx,
                job,
                End::Done,
                Some("document deleted before processing"),
            )
            .await?;
            tx.commit().await?;
            return Ok(None);
        };
        tx.commit().await?;
        (doc.user_id, doc.file_type)
    };

    let mut conn = pool.acquire().await?;
    let stored = files::of_document(&mut conn, job.document_id).await?;
    drop(conn);
    let (file_type, bytes) = match stored {
        Some(file) => {
            // Refuse before reading: an original over the extraction limit
            // would otherwise be loaded whole into memory first.
            let limit = settings.limits.max_input_bytes;
            let size = usize::try_from(file.size_bytes).unwrap_or(usize::MAX);
            if size > limit {
                return Err(RunError::Permanent(
                    ExtractError::TooLarge { size, limit }.to_string(),
                ));
            }
            let t = file_type
                .as_deref()
                .and_then(FileType::parse)
                .unwrap_or(FileType::Txt);
            (t, files::read_all(pool, &file).await?)
        }
        None => {
            // Created from JSON: the content given is the text to analyse.
            let mut conn = pool.acquire().await?;
            let content = content::get(&mut conn, job.user_id, job.document_id)
                .await?
                .unwrap_or_default();
            (FileType::Txt, content.into_bytes())
        }
    };
    let mut conn = pool.acquire().await?;
    let mut options = pii_lists::options(&mut conn, user_id).await?;
    options.max_chars = Some(MAX_ANALYSED_CHARS);
    Ok(Some(Input {
        user_id,
        file_type,
        bytes,
        options,
    }))
}

/// Extraction runs in a child process (see `sandbox`): a file that is
/// too slow, too big or crashes its parser fails alone, for good; only a
/// child that could not start at all is worth another attempt.
async fn extract(
    settings: &Settings,
    file_type: FileType,
    bytes: Vec<u8>,
) -> Result<Extraction, RunError> {
    settings
        .sandbox
        .extract(file_type, bytes, &settings.limits)
        .await
        .map_err(|f| match f {
            Failure::File(msg) => RunError::Permanent(msg),
            Failure::System(msg) => RunError::Transient(msg),
        })
}

/// Analyses the extracted text off the async threads. The analyzer is our
/// own code on text already in memory (no parser of hostile bytes), so it
/// runs in the worker; should it panic, the document still completes with
/// its extraction and a note.
/// The extraction moves to the blocking thread and back, so its text (up
/// to 64 MiB) is not copied.
async fn analyse(
    x: Extraction,
    options: AnalyzeOptions,
) -> Result<(Extraction, Result<Analysis, String>), RunError> {
    tokio::task::spawn_blocking(move || {
        let analysis = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut a = opencomplai_analyze::analyze(&x.text, &options);
            if a.truncated {
                // Redaction serves the whole text: personal data is looked
                // for in all of it, even where the rest of the analysis
                // (language, sentiment, risk) stopped.
                let lang = a.language.as_ref().map(|l| l.code.clone());
                let rest = opencomplai_analyze::entities_after(
                    &x.text,
                    a.chars,
                    MAX_ANALYSED_CHARS,
                    lang.as_deref(),
                    &options,
                );
                a.entities.extend(rest);
                a.notes.push(
                    "personal data was looked for in the whole text; the rest of the analysis covers the first part"
                        .to_owned(),
                );
            }
            a
        }))
        .map_err(|_| "analysis failed: the analyzer panicked".to_owned());
        (x, analysis)
    })
    .await
    .map_err(|e| RunError::Transient(format!("analysis task failed: {e}")))
}

/// Writes the job's end, the content with `completed` (one update of the
/// row) and the one result row, together, or nothing if the job is no
/// longer ours.
async fn complete(
    pool: &PgPool,
    job: &Claimed,
    file_type: FileType,
    x: Extraction,
    analysis: Result<Analysis, String>,
    started: Instant,
) -> Result<Outcome, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // The job's end first: it checks and locks the lease in the same
    // statement, and the transaction commits all of it or none.
    if !finish_if_ours(&mut tx, job, End::Done, None).await? {
        return Ok(Outcome::Dropped);
    }
    let mut notes = x.notes.clone();
    if x.text.trim().is_empty() {
        notes.push("no text was found in this file".into());
    }
    let elapsed = i32::try_from(started.elapsed().as_millis()).unwrap_or(i32::MAX);
    let tables: Vec<Value> = x
        .tables
        .iter()
        .map(|t| json!({"source": t.source, "rows": t.rows}))
        .collect();
    // Extraction quality: exact for a text layer, the OCR's mean word
    // confidence otherwise; nothing read, no confidence.
    let extraction_quality = if x.text.trim().is_empty() {
        0.0
    } else {
        x.ocr_confidence.unwrap_or(1.0)
    };
    let a = match analysis {
        Ok(a) => {
            notes.extend(a.notes.iter().cloned());
            Some(a)
        }
        Err(e) => {
            notes.push(e);
            None
        }
    };
    let language = a
        .as_ref()
        .and_then(|a| a.language.as_ref())
        .map(|l| l.code.clone())
        .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase()));
    // How far to trust the result: what was read, times how sure the
    // analysis is of it (language certainty, enough text).
    let confidence = extraction_quality * a.as_ref().map_or(1.0, |a| a.confidence);
    let risk = a.as_ref().map(|a| a.summary.pii_risk.as_str());
    // `completed` and the searchable content in one update of the row.
    let mut fit = content::Fitting::new(&x.text);
    loop {
        let done = Transition::Complete {
            file_type: file_type.as_str(),
            language: language.as_deref(),
            pii_risk: risk,
            content: fit.text(),
        };
        if !fit.may_overflow() {
            status::transition(&mut tx, job.user_id, job.document_id, done).await?;
            notes.extend(fit.note());
            break;
        }
        let mut savepoint = sqlx::Connection::begin(&mut *tx).await?;
        match status::transition(&mut savepoint, job.user_id, job.document_id, done).await {
            Ok(_) => {
                savepoint.commit().await?;
                notes.extend(fit.note());
                break;
            }
            Err(e) if fit.shorter_after(&e) => savepoint.rollback().await?,
            Err(e) => return Err(e),
        }
    }
    let result = NewResult {
        document_id: job.document_id,
        user_id: job.user_id,
        extracted_metadata: Value::Object(x.metadata),
        extracted_tables: Value::Array(tables),
        extracted_images: Value::Array(x.images),
        processing_time_ms: elapsed,
        model_version: model_version(),
        quality_notes: (!notes.is_empty()).then(|| notes.join("; ")),
        confidence_score: confidence,
        extracted_entities: a.as_ref().map(|a| json!(a.entities)),
        analysis_results: a.as_ref().map(|a| {
            let mut v = a.analysis_results_json();
            // How many characters of the text the entities cover (all of
            // it, see `analyse`): redaction refuses a text longer than this.
            v[ENTITIES_COVER] = json!(if a.truncated {
                x.text.chars().count()
            } else {
                a.chars
            });
            // What confidence_score is made of.
            v["confidence_parts"] = json!({
                "extraction": extraction_quality,
                "ocr": x.ocr_confidence,
                "analysis": a.confidence,
            });
            v
        }),
        sentiment_score: a.as_ref().and_then(|a| a.sentiment.score),
        language_detected: language.clone(),
        token_count: a
            .as_ref()
            .map(|a| i32::try_from(a.token_count).unwrap_or(i32::MAX)),
        extracted_text: x.text,
    };
    results::insert(&mut tx, &result).await?;
    tx.commit().await?;
    Ok(Outcome::Completed)
}

/// Fails or retries the job. The owner reads a sentence (see `failure`):
/// the file's own error without the service's paths, or that the service
/// had trouble; the full message goes to the log (and, for a retry, to the
/// job's `last_error`, which only operators see).
async fn handle(pool: &PgPool, job: &Claimed, error: RunError) -> Result<Outcome, sqlx::Error> {
    let document_id = job.document_id.to_string();
    match error {
        RunError::Permanent(msg) => fail(pool, job, &failure::without_paths(&msg)).await,
        RunError::Transient(msg) if job.attempts >= job.max_attempts => {
            tracing::error!(%document_id, error = msg, "processing gave up");
            let shown = format!(
                "gave up after {} attempts: {}",
                job.attempts,
                failure::service_trouble(&msg)
            );
            fail(pool, job, &shown).await
        }
        RunError::Transient(msg) => {
            tracing::warn!(%document_id, error = msg, "processing will be retried");
            retry(pool, job, &msg).await
        }
    }
}

async fn fail(pool: &PgPool, job: &Claimed, msg: &str) -> Result<Outcome, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // The job's end first, checking and locking its lease in the same
    // statement, as `complete` does.
    if !finish_if_ours(&mut tx, job, End::Failed, Some(msg)).await? {
        return Ok(Outcome::Dropped);
    }
    status::transition(
        &mut tx,
        job.user_id,
        job.document_id,
        Transition::Fail { error: msg },
    )
    .await?;
    tx.commit().await?;
    Ok(Outcome::Failed(msg.to_owned()))
}

async fn retry(pool: &PgPool, job: &Claimed, msg: &str) -> Result<Outcome, sqlx::Error> {
    let delay = backoff(job.attempts);
    let note = format!(
        "attempt {} of {} failed: {}; retrying in {} s",
        job.attempts,
        job.max_attempts,
        failure::service_trouble(msg),
        delay.as_secs()
    );
    let mut tx = pool.begin().await?;
    if !still_ours(&mut tx, job).await? {
        return Ok(Outcome::Dropped);
    }
    status::transition(
        &mut tx,
        job.user_id,
        job.document_id,
        Transition::Retry { note: &note },
    )
    .await?;
    requeue(&mut tx, job, msg, delay).await?;
    tx.commit().await?;
    Ok(Outcome::Retrying(note))
}
