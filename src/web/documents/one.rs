//! `/documents/{id}`: one document in full (its original as pictures, its
//! text with personal data highlighted by type, tables, metadata, the
//! analysis, its own history), the actions on it, and the downloads.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use opencomplai_analyze::{Entity, EntityType};
use serde::Deserialize;
use serde_json::Value;

use super::Row;
use crate::audit::{self, Filter};
use crate::documents::pictures::{self, Picture};
use crate::documents::quota::Quota;
use crate::documents::{self, change, files, read, redaction};
use crate::http::AppState;
use crate::web::PageError;
use crate::web::session::Signed;
use crate::web::view::{
    Layout, Segment, TableView, When, compact, fields, html, segments, tables, when,
};

/// Characters of text a page shows (the download has all of it).
const MAX_SHOWN_CHARS: usize = 200_000;
/// Rows of a table a page shows.
const MAX_TABLE_ROWS: usize = 500;
/// Pages of a PDF shown as pictures.
pub const MAX_SHOWN_PAGES: u32 = 20;
/// Entries of the document's history shown.
const HISTORY: i64 = 50;

/// The analysis, as sentences.
struct AnalysisView {
    risk: String,
    risk_rule: String,
    special: String,
    language: String,
    sentiment: String,
    ocr: String,
    confidence: String,
    tokens: String,
    millis: String,
    notes: Vec<String>,
}

struct HistoryLine {
    at: When,
    action: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage {
    layout: Layout,
    d: Row,
    description: String,
    deleted: bool,
    has_file: bool,
    can_redact: bool,
    pages: Vec<u32>,
    pages_note: String,
    segments: Vec<Segment>,
    truncated: bool,
    legend: Vec<(String, String, usize)>,
    tables: Vec<TableView>,
    metadata: Vec<(String, String)>,
    analysis: Option<AnalysisView>,
    history: Vec<HistoryLine>,
}

fn percent(v: Option<f64>) -> String {
    v.map(|v| format!("{:.0}%", v * 100.0)).unwrap_or_default()
}

fn analysis_view(r: &documents::results::ResultRow) -> Option<AnalysisView> {
    let a = r.analysis_results.as_ref()?;
    let summary = &a["summary"];
    let sentiment = &a["sentiment"];
    let sentiment = if sentiment["covered"].as_bool() == Some(true) {
        format!(
            "{} ({})",
            sentiment["label"].as_str().unwrap_or("neutral"),
            r.sentiment_score
                .map(|s| format!("{s:.2} on a scale of 0 negative to 1 positive"))
                .unwrap_or_default()
        )
    } else {
        format!(
            "not assessed: {}",
            sentiment["reason"].as_str().unwrap_or("not covered")
        )
    };
    let language = match (&r.language_detected, a["languages"].as_array()) {
        (Some(code), Some(shares)) if shares.len() > 1 => {
            let parts: Vec<String> = shares
                .iter()
                .filter_map(|s| {
                    Some(format!(
                        "{} {:.0}%",
                        s["code"].as_str()?,
                        s["share"].as_f64()? * 100.0
                    ))
                })
                .collect();
            format!("{code} ({})", parts.join(", "))
        }
        (Some(code), _) => code.clone(),
        (None, _) => "not determined".into(),
    };
    let special: Vec<String> = summary["special_categories"]
        .as_array()
        .map(|cats| {
            cats.iter()
                .filter_map(|c| c["category"].as_str().map(|s| s.replace('_', " ")))
                .collect()
        })
        .unwrap_or_default();
    Some(AnalysisView {
        risk: summary["pii_risk"].as_str().unwrap_or_default().to_owned(),
        // "PERSON/ORGANIZATION/LOCATION" breaks between the types, not
        // inside them.
        risk_rule: summary["risk_rule"]
            .as_str()
            .unwrap_or_default()
            .replace('/', " / "),
        special: special.join(", "),
        language,
        sentiment,
        ocr: percent(a["confidence_parts"]["ocr"].as_f64()),
        confidence: percent(r.confidence_score),
        tokens: r.token_count.map(|t| t.to_string()).unwrap_or_default(),
        millis: r
            .processing_time_ms
            .map(|ms| format!("{ms} ms"))
            .unwrap_or_default(),
        notes: r
            .quality_notes
            .as_deref()
            .map(|n| n.split("; ").map(str::to_owned).collect())
            .unwrap_or_default(),
    })
}

/// The pages shown as pictures: a PDF's first pages, an image's one.
fn picture_pages(file_type: &str, metadata: Option<&Value>) -> (Vec<u32>, String) {
    match file_type {
        "pdf" => {
            let count = metadata
                .and_then(|m| m["page_count"].as_u64())
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(1)
                .max(1);
            let shown = count.min(MAX_SHOWN_PAGES);
            let note = if count > shown {
                format!("The first {shown} of {count} pages; download the original for all.")
            } else {
                String::new()
            };
            ((1..=shown).collect(), note)
        }
        "png" | "jpeg" | "tiff" | "webp" => (vec![1], String::new()),
        _ => (Vec::new(), String::new()),
    }
}

pub async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = documents::parse_id(&id)?;
    let actor = signed.actor();
    let p = read::page(&state.pool, &state.audit, &actor, id).await?;
    let entities: Vec<Entity> = p
        .result
        .as_ref()
        .and_then(|r| r.extracted_entities.clone())
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    let text = p
        .result
        .as_ref()
        .and_then(|r| r.extracted_text.as_deref())
        .unwrap_or(&p.content);
    let (segments, truncated) = segments(text, &entities, MAX_SHOWN_CHARS);
    let mut counts: BTreeMap<EntityType, usize> = BTreeMap::new();
    for e in &entities {
        *counts.entry(e.entity_type).or_default() += 1;
    }
    let legend = counts
        .into_iter()
        .map(|(t, n)| (t.as_str().to_owned(), t.as_str().to_lowercase(), n))
        .collect();
    let metadata = p
        .result
        .as_ref()
        .and_then(|r| r.extracted_metadata.as_ref());
    let file_type = p.document.file_type.clone().unwrap_or_default();
    let (pages, pages_note) = if p.file.is_some() {
        picture_pages(&file_type, metadata)
    } else {
        (Vec::new(), String::new())
    };
    let history = audit::list(
        &state.pool,
        &Filter {
            viewer: Some(actor.user_id),
            resource_type: Some("document".into()),
            resource_id: Some(id),
            limit: HISTORY,
            ..Filter::default()
        },
    )
    .await?
    .into_iter()
    .map(|row| HistoryLine {
        at: when(row.created_at),
        action: row.action,
        detail: compact(row.new_values.as_ref()),
    })
    .collect();
    let deleted = p.document.deleted_at.is_some();
    let description = p.document.description.clone().unwrap_or_default();
    let page = DocumentPage {
        layout: Layout::signed(&signed, "documents", p.document.title.clone()),
        description,
        deleted,
        has_file: p.file.is_some(),
        can_redact: p
            .result
            .as_ref()
            .is_some_and(|r| r.extracted_entities.is_some())
            && !deleted,
        pages: if deleted { Vec::new() } else { pages },
        pages_note,
        segments,
        truncated,
        legend,
        tables: tables(
            p.result.as_ref().and_then(|r| r.extracted_tables.as_ref()),
            MAX_TABLE_ROWS,
        ),
        metadata: fields(metadata),
        analysis: p.result.as_ref().and_then(analysis_view),
        history,
        d: p.document.into(),
    };
    Ok(html(page.render()))
}

#[derive(Debug, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    action: String,
}

/// Reprocess, delete or restore this document.
pub async fn action(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<ActionForm>,
) -> Result<Response, PageError> {
    signed.check_form(&form.csrf_token)?;
    let id = documents::parse_id(&id)?;
    let actor = signed.actor();
    let attempts = state.config.job_max_attempts;
    let to = match form.action.as_str() {
        "reprocess" => {
            let quota = Quota::of(&state.config, signed.principal.tier);
            change::reprocess(&state.pool, &actor, id, quota, attempts).await?;
            format!("/documents/{id}")
        }
        "delete" => {
            change::delete(&state.pool, &actor, id).await?;
            "/documents?done=deleted:1".to_owned()
        }
        "restore" => {
            change::restore(&state.pool, &actor, id, attempts).await?;
            format!("/documents/{id}")
        }
        _ => return Err(PageError::not_found()),
    };
    Ok(Redirect::to(&to).into_response())
}

/// The original file, as the API serves it (audited the same way).
pub async fn file(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = documents::parse_id(&id)?;
    let stored = read::file(&state.pool, &state.audit, &signed.actor(), id).await?;
    let name = stored
        .file_name
        .clone()
        .unwrap_or_else(|| "document".into());
    let content_type = stored
        .content_type
        .clone()
        .unwrap_or_else(|| "application/octet-stream".into());
    let length = stored.size_bytes;
    let mut response = Response::new(Body::from_stream(files::stream(state.pool.clone(), stored)));
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    if let Ok(v) = HeaderValue::from_str(&crate::http::attachment(&name)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    Ok(response)
}

/// The extracted text with every kind of personal data masked, as a text
/// file (audited as a read of the redacted text).
pub async fn redacted(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = documents::parse_id(&id)?;
    let r = redaction::redacted(&state.pool, &signed.actor(), id, EntityType::ALL.to_vec()).await?;
    let mut response = r.text.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&crate::http::attachment(&format!("redacted-{id}.txt"))) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

/// Page `page` of the original as a PNG picture (drawn in the sandbox;
/// a browser that has it already is told so, without drawing it again).
pub async fn page_image(
    State(state): State<AppState>,
    signed: Signed,
    headers: HeaderMap,
    Path((id, page)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id = documents::parse_id(&id)?;
    let page: u32 = page
        .parse()
        .ok()
        .filter(|p| (1..=MAX_SHOWN_PAGES).contains(p))
        .ok_or_else(PageError::not_found)?;
    let sent = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok());
    let picture = pictures::page(
        &state.pool,
        &signed.actor(),
        &state.pictures,
        id,
        page,
        sent,
    )
    .await?;
    let (mut response, etag) = match picture {
        Picture::Png { png, etag } => (png.into_response(), etag),
        Picture::NotModified { etag } => (StatusCode::NOT_MODIFIED.into_response(), etag),
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=3600"),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    Ok(response)
}
