//! `/search`: the search form and its results, with highlighted snippets,
//! the list filters, fuzzy mode, and "did you mean" when full text finds
//! nothing.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use chrono::NaiveDate;
use opencomplai_extract::FileType;
use serde::Deserialize;
use uuid::Uuid;

use super::PageError;
use super::error::urlencode;
use super::session::Signed;
use super::view::{Layout, When, html, when};
use crate::documents::ProcessingStatus;
use crate::error::ApiError;
use crate::http::AppState;
use crate::search::{self, Cursor, FilterInput, Filters, Mode, Request, snippet, suggest};

/// Results per page.
const PAGE_HITS: i64 = 20;

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    status: String,
    #[serde(default, rename = "type")]
    file_type: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    cursor: Option<String>,
}

struct HitView {
    id: Uuid,
    title: String,
    snippet: String,
    file_type: String,
    status: String,
    created: When,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    layout: Layout,
    q: String,
    mode: String,
    status: String,
    file_type: String,
    language: String,
    from: String,
    to: String,
    modes: Vec<(&'static str, &'static str)>,
    statuses: Vec<&'static str>,
    types: Vec<&'static str>,
    filtered: bool,
    searched: bool,
    error: Option<String>,
    hits: Vec<HitView>,
    fuzzy_used: bool,
    capped: bool,
    next: Option<String>,
    /// The corrected query and its link.
    suggestion: Option<(String, String)>,
}

fn date(s: &str) -> Option<chrono::NaiveDateTime> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
}

pub async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Query(q): Query<SearchQuery>,
) -> Result<Response, PageError> {
    let blank = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    let mut page = SearchPage {
        layout: Layout::signed(&signed, "search", "Search"),
        q: q.q.clone(),
        mode: q.mode.clone(),
        status: q.status.clone(),
        file_type: q.file_type.clone(),
        language: q.language.clone(),
        from: q.from.clone(),
        to: q.to.clone(),
        modes: vec![
            ("auto", "Words, or similar words when none match"),
            ("fulltext", "Exact words only"),
            ("fuzzy", "Similar words and titles"),
            ("semantic", "By meaning: same idea, other words"),
            ("hybrid", "Words and meaning together"),
        ],
        statuses: ProcessingStatus::ALL.map(|s| s.as_str()).to_vec(),
        types: FileType::ALL.map(|t| t.as_str()).to_vec(),
        filtered: [
            &q.mode,
            &q.status,
            &q.file_type,
            &q.language,
            &q.from,
            &q.to,
        ]
        .iter()
        .any(|v| !v.is_empty() && v.as_str() != "auto"),
        searched: false,
        error: None,
        hits: Vec::new(),
        fuzzy_used: false,
        capped: false,
        next: None,
        suggestion: None,
    };
    if q.q.trim().is_empty() {
        return Ok(html(page.render()));
    }
    page.searched = true;
    let status = blank(&q.status);
    let file_type = blank(&q.file_type);
    let language = blank(&q.language);
    let parsed = (|| -> Result<(Request, Option<Mode>), ApiError> {
        let query = search::query::parse(Some(&q.q))?;
        let requested = Mode::parse_requested(blank(&q.mode).as_deref())?;
        let filters = Filters::parse(FilterInput {
            status: status.as_deref(),
            file_type: file_type.as_deref(),
            language: language.as_deref(),
            created_after: date(&q.from),
            created_before: date(&q.to).map(|d| d + chrono::Duration::days(1)),
            metadata: None,
        })?;
        let after = q.cursor.as_deref().map(Cursor::decode).transpose()?;
        Ok((
            Request {
                user_id: signed.principal.user_id,
                query,
                filters,
                after,
                limit: PAGE_HITS,
            },
            requested,
        ))
    })();
    let (request, requested) = match parsed {
        Ok(p) => p,
        Err(e) => {
            page.error = Some(e.to_string());
            return Ok(html(page.render()));
        }
    };
    let found = match search::search(
        &state.reads.primary(),
        &state.audit,
        &state.embeddings,
        &signed.actor(),
        &request,
        requested,
    )
    .await
    {
        Ok(found) => found,
        Err(search::Error::Invalid(e)) => {
            page.error = Some(e.message);
            return Ok(html(page.render()));
        }
        Err(search::Error::Unavailable(e)) => {
            page.error = Some(e.0);
            return Ok(html(page.render()));
        }
        Err(e) => return Err(e.into()),
    };
    if requested.is_none_or(|m| m == Mode::Fulltext) && request.after.is_none() {
        page.suggestion = suggest::suggestion(&state.pool, &request, &found)
            .await?
            .map(|s| {
                let link = format!("/search?q={}&mode=fulltext", urlencode(&s));
                (s, link)
            });
    }
    page.fuzzy_used = found.mode == Mode::Fuzzy && requested.is_none();
    page.capped = found.capped;
    page.next = found.next.map(|c| {
        let mut url = format!("/search?q={}&cursor={}", urlencode(&q.q), c.encode());
        for (k, v) in [
            ("mode", &q.mode),
            ("status", &q.status),
            ("type", &q.file_type),
            ("language", &q.language),
            ("from", &q.from),
            ("to", &q.to),
        ] {
            if !v.is_empty() {
                url.push_str(&format!("&{k}={}", urlencode(v)));
            }
        }
        url
    });
    page.hits = found
        .hits
        .into_iter()
        .map(|h| HitView {
            id: h.id,
            title: h.title,
            snippet: snippet::html(h.snippet.as_deref().unwrap_or_default()),
            file_type: h.file_type.unwrap_or_default(),
            status: h
                .processing_status
                .unwrap_or(ProcessingStatus::Pending)
                .as_str()
                .to_owned(),
            created: when(h.created_at),
        })
        .collect();
    Ok(html(page.render()))
}
