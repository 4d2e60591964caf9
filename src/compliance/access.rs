//! Subject access (GDPR Art. 15 and 20): every document of the account
//! that mentions the person, handed over as one ZIP: `manifest.json` (each
//! document, where the person appears: offsets, type, how found, a line of
//! context), `manifest.html` (the same for a person to read),
//! `originals/<document id>/<file name>` and `text/<document id>.txt` (the
//! extracted text the offsets count in). The ZIP is written to a temporary
//! file, then stored in chunks beside the request (a `pg_dump` holds it)
//! and kept for [`requests::ARCHIVE_KEEP_DAYS`] days.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::time::Duration;

use futures_util::TryStreamExt;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

use super::requests::{self, Lease, SubjectRequest};
use super::subjects::{self, Found, Identifier, Matcher, Scan};
use crate::documents::files;

/// The archive is stored in chunks of this size.
const CHUNK: usize = 1024 * 1024;
/// Characters of context either side of an occurrence in the manifest.
const CONTEXT_CHARS: usize = 60;

/// Why a request could not be completed.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// Worth another attempt (the database or the disk, briefly).
    #[error("{0}")]
    Retry(String),
    /// Another attempt would fail the same way.
    #[error("{0}")]
    Fail(String),
    /// The lease ran out and another process took the request over: this
    /// one stops and writes nothing more.
    #[error("another process took this request over")]
    Lost,
}

impl From<requests::LeaseError> for RunError {
    fn from(e: requests::LeaseError) -> Self {
        match e {
            requests::LeaseError::Lost => Self::Lost,
            requests::LeaseError::Database(e) => e.into(),
        }
    }
}

impl From<sqlx::Error> for RunError {
    fn from(e: sqlx::Error) -> Self {
        // The details are for the operator's log, not the request's reader.
        tracing::warn!(error = %e, "a subject request's statement failed");
        Self::Retry(
            "the database could not complete a step; the request will be tried again".into(),
        )
    }
}

impl From<std::io::Error> for RunError {
    fn from(e: std::io::Error) -> Self {
        Self::Retry(format!("writing the archive failed: {e}"))
    }
}

impl From<zip::result::ZipError> for RunError {
    fn from(e: zip::result::ZipError) -> Self {
        Self::Retry(format!("writing the archive failed: {e}"))
    }
}

/// The request's identifiers and their matcher.
pub fn matcher_of(request: &SubjectRequest) -> Result<Matcher, RunError> {
    let ids: Vec<Identifier> = request
        .identifiers()
        .ok_or_else(|| RunError::Fail("the request's identifiers cannot be read".into()))?;
    Matcher::new(&ids).map_err(|e| RunError::Fail(e.to_string()))
}

/// Reads every document of the request's account, keeping the lease and
/// the progress current; the documents that mention the person, and the
/// finished scan (how many were read, which had no text to read).
pub async fn find_all(
    pool: &PgPool,
    request: &SubjectRequest,
    matcher: &Matcher,
    lease: Duration,
) -> Result<(Vec<Found>, Scan), RunError> {
    let mut scan = Scan::new(request.user_id);
    let mut conn = pool.acquire().await?;
    let total = scan.total(&mut conn).await?;
    requests::progress(pool, Lease::of(request), 0, total, lease).await?;
    let mut found = Vec::new();
    while let Some(batch) = scan.next(&mut conn, matcher).await? {
        found.extend(batch);
        requests::progress(
            pool,
            Lease::of(request),
            scan.scanned,
            total.max(scan.scanned),
            lease,
        )
        .await?;
    }
    Ok((found, scan))
}

/// Up to [`CONTEXT_CHARS`] characters either side of `start..end`, on one
/// line.
fn context(text: &str, start: usize, end: usize) -> String {
    let from = start.saturating_sub(CONTEXT_CHARS);
    text.chars()
        .skip(from)
        .take(end - from + CONTEXT_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A file name safe inside a ZIP: no directories, no control characters.
fn zip_name(raw: &str) -> String {
    let name: String = files::clean_name(raw)
        .chars()
        .map(|c| {
            if c == ':' || c == '*' || c == '?' {
                '_'
            } else {
                c
            }
        })
        .collect();
    if name == "." || name == ".." {
        "original".into()
    } else {
        name
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The readable summary: who, what was searched, and each document with
/// where the person appears.
fn summary_html(manifest: &Value) -> String {
    let mut h = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Subject access report</title><style>\
         body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}\
         table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}\
         th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}\
         th{background:#f6f8fa}code{font-size:90%}mark{background:#ffe58a}\
         </style></head><body><h1>Subject access report</h1>",
    );
    h.push_str(&format!(
        "<p>Request <code>{}</code>, made {} UTC, completed {} UTC. {} of {} documents mention the person; \
         every file named below is in this archive.</p>",
        escape(manifest["request_id"].as_str().unwrap_or("")),
        escape(manifest["requested_at"].as_str().unwrap_or("")),
        escape(manifest["completed_at"].as_str().unwrap_or("")),
        manifest["documents"].as_array().map_or(0, Vec::len),
        manifest["documents_searched"],
    ));
    h.push_str("<h2>Searched for</h2><table><tr><th>#</th><th>Type</th><th>Value</th></tr>");
    for (i, id) in manifest["identifiers"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        h.push_str(&format!(
            "<tr><td>{i}</td><td>{}</td><td>{}</td></tr>",
            escape(id["type"].as_str().unwrap_or("")),
            escape(id["value"].as_str().unwrap_or(""))
        ));
    }
    h.push_str("</table><h2>Documents</h2>");
    for d in manifest["documents"].as_array().into_iter().flatten() {
        h.push_str(&format!(
            "<h3>{}</h3><p><code>{}</code> · {} · added {} UTC{}{}</p><p>Files: ",
            escape(d["title"].as_str().unwrap_or("")),
            escape(d["id"].as_str().unwrap_or("")),
            escape(d["file_type"].as_str().unwrap_or("text")),
            escape(d["created_at"].as_str().unwrap_or("")),
            if d["deleted"] == true {
                " · deleted, not yet purged"
            } else {
                ""
            },
            if d["in_title"] == true {
                " · named in the title"
            } else {
                ""
            },
        ));
        for f in ["original", "text"] {
            if let Some(p) = d["files"][f].as_str() {
                h.push_str(&format!("<code>{}</code> ", escape(p)));
            }
        }
        h.push_str("</p><table><tr><th>Where (characters)</th><th>Type</th><th>Found by</th><th>Context</th></tr>");
        for o in d["occurrences"].as_array().into_iter().flatten() {
            h.push_str(&format!(
                "<tr><td>{}–{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                o["start"],
                o["end"],
                escape(o["type"].as_str().unwrap_or("")),
                escape(o["found_by"].as_str().unwrap_or("")),
                escape(o["context"].as_str().unwrap_or("")),
            ));
        }
        h.push_str("</table>");
    }
    let without = manifest["documents_without_text"].as_array();
    if without.is_some_and(|w| !w.is_empty()) {
        h.push_str(&format!(
            "<h2>Not searched in full</h2><p>{} documents had no extracted text yet \
             (queued, processing or failed): only their title, description, external id \
             and metadata were searched. Ask again once they are processed.</p><ul>",
            manifest["documents_without_text_count"]
        ));
        for d in without.into_iter().flatten() {
            h.push_str(&format!(
                "<li><code>{}</code> {} ({})</li>",
                escape(d["id"].as_str().unwrap_or("")),
                escape(d["title"].as_str().unwrap_or("")),
                escape(d["status"].as_str().unwrap_or("")),
            ));
        }
        h.push_str("</ul>");
    }
    h.push_str("</body></html>\n");
    h
}

/// Builds the archive of `request`, stores it, and completes the request.
pub async fn run(
    pool: &PgPool,
    request: &SubjectRequest,
    tmp_dir: &Path,
    lease: Duration,
) -> Result<(), RunError> {
    let matcher = matcher_of(request)?;
    let (found, scan) = find_all(pool, request, &matcher, lease).await?;
    let searched = scan.scanned;
    std::fs::create_dir_all(tmp_dir)?;
    let mut zip = zip::ZipWriter::new(tempfile::tempfile_in(tmp_dir)?);
    let deflated = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .unix_permissions(0o644);
    // Originals are mostly compressed already (PDF, Office, images).
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .unix_permissions(0o644);
    let mut documents = Vec::with_capacity(found.len());
    let mut occurrences = 0;
    for f in &found {
        let id = f.document_id;
        let text_path = format!("text/{id}.txt");
        zip.start_file(text_path.as_str(), deflated)?;
        let mut conn = pool.acquire().await?;
        let (text, entities) = subjects::text_of(&mut conn, request.user_id, id).await?;
        zip.write_all(text.as_bytes())?;
        // Found again in the text written, should it have changed since
        // the scan (a run finished, say): the offsets are this text's.
        let found_here = matcher.occurrences(&text, &entities);
        let original = files::of_document(&mut conn, id).await?;
        drop(conn);
        let original_path = match original {
            Some(file) => {
                let name = zip_name(file.file_name.as_deref().unwrap_or("original"));
                let path = format!("originals/{id}/{name}");
                zip.start_file(path.as_str(), stored)?;
                let mut chunks = std::pin::pin!(files::stream(pool.clone(), file));
                while let Some(chunk) = chunks.try_next().await? {
                    zip.write_all(&chunk)?;
                }
                Some(path)
            }
            None => None,
        };
        occurrences += found_here.len();
        let ids = matcher.identifiers();
        documents.push(json!({
            "id": id,
            "title": f.title,
            "file_type": f.file_type,
            "created_at": f.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            "deleted": f.deleted,
            "in_title": f.in_title,
            "named_in": f.named_in,
            "files": {"original": original_path, "text": text_path},
            "occurrences": found_here.iter().map(|o| json!({
                "identifier": o.identifier,
                "identifier_type": ids.get(o.identifier).map(|i| i.kind),
                "type": o.kind,
                "start": o.start,
                "end": o.end,
                "found_by": o.found_by,
                "context": context(&text, o.start, o.end),
            })).collect::<Vec<_>>(),
        }));
        requests::progress(pool, Lease::of(request), searched, searched, lease).await?;
    }
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let manifest = json!({
        "request_id": request.id,
        "requested_at": request.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "completed_at": now,
        "identifiers": matcher.identifiers(),
        "documents_searched": searched,
        "documents": documents,
        "documents_without_text_count": scan.without_text_count,
        "documents_without_text": scan.without_text,
        "documents_without_text_note": "no extracted text yet (queued, processing or failed): \
                    only their title, description, external id and metadata were searched; \
                    ask again once they are processed",
        "offsets": "start and end count characters (Unicode scalar values) of the document's \
                    text in text/, end exclusive",
    });
    zip.start_file("manifest.json", deflated)?;
    zip.write_all(
        serde_json::to_string_pretty(&manifest)
            .unwrap_or_default()
            .as_bytes(),
    )?;
    zip.start_file("manifest.html", deflated)?;
    zip.write_all(summary_html(&manifest).as_bytes())?;
    let mut file = zip.finish()?;
    // Store it in chunks, hashing as it goes.
    requests::clear_chunks(pool, Lease::of(request)).await?;
    file.seek(SeekFrom::Start(0))?;
    let (mut size, mut seq, mut hash) = (0_i64, 0_i32, Sha256::new());
    let mut buf = vec![0; CHUNK];
    loop {
        let mut filled = 0;
        while filled < CHUNK {
            let n = file.read(&mut buf[filled..])?;
            if n == 0 {
                break;
            }
            filled += n;
        }
        if filled == 0 {
            break;
        }
        hash.update(&buf[..filled]);
        requests::put_chunk(pool, Lease::of(request), seq, &buf[..filled]).await?;
        size += filled as i64;
        seq += 1;
    }
    let sha = crate::auth::tokens::hex(&hash.finalize());
    let ids: Vec<_> = found.iter().map(|f| f.document_id).collect();
    let result = json!({
        "documents_found": found.len(),
        "documents_searched": searched,
        "documents_without_text": scan.without_text_count,
        "occurrences": occurrences,
        "document_ids": ids,
    });
    let mut tx = pool.begin().await?;
    requests::complete_access(&mut tx, Lease::of(request), &result, (size, &sha, seq)).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_one_line_around_the_value() {
        let text = format!("{}\nJane Doe\n{}", "a".repeat(100), "b".repeat(100));
        let c = context(&text, 101, 109);
        assert_eq!(c, format!("{} Jane Doe {}", "a".repeat(59), "b".repeat(59)));
        assert!(c.contains(" Jane Doe "));
        assert!(!c.contains('\n'));
        assert_eq!(zip_name("../../etc/passwd"), "passwd");
        assert_eq!(zip_name(".."), "original");
    }
}
