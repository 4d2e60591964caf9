//! `/documents`: the account's documents with filters, sorting and pages;
//! bulk delete, restore and reprocess; and one row again for the live list.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use opencomplai_analyze::RiskLevel;
use opencomplai_extract::FileType;
use serde::Deserialize;

use super::{Row, form_pairs};
use crate::documents::quota::Quota;
use crate::documents::{self, Browse, ProcessingStatus, Sort, change, read};
use crate::http::AppState;
use crate::web::PageError;
use crate::web::error::urlencode;
use crate::web::session::Signed;
use crate::web::view::{Layout, html, size};

/// Rows per page.
const PAGE_ROWS: i64 = 50;
/// Most documents one bulk action may name.
const MAX_BULK: usize = 200;

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default, rename = "type")]
    file_type: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    risk: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    view: String,
    page: Option<i64>,
    done: Option<String>,
}

/// The filters as the form shows them back.
#[derive(Debug, Default)]
struct Shown {
    status: String,
    file_type: String,
    language: String,
    risk: String,
    from: String,
    to: String,
    sort: String,
}

#[derive(Template)]
#[template(path = "documents.html")]
struct ListPage {
    layout: Layout,
    deleted: bool,
    f: Shown,
    statuses: Vec<&'static str>,
    types: Vec<&'static str>,
    risks: Vec<&'static str>,
    sorts: Vec<(&'static str, &'static str)>,
    sort_words: &'static str,
    rows: Vec<Row>,
    total: i64,
    first: i64,
    last: i64,
    page: i64,
    pages: i64,
    prev: Option<String>,
    next: Option<String>,
    filtered: bool,
    back: String,
    max_upload: u64,
    max_upload_words: String,
    accept: String,
    accept_words: String,
}

fn sort_words(sort: Sort) -> &'static str {
    match sort {
        Sort::Newest => "newest first",
        Sort::Oldest => "oldest first",
        Sort::Title => "by title",
        Sort::Risk => "highest risk first",
        Sort::Status => "by status",
    }
}

/// A filter value from the form: empty means any; a value outside the
/// known ones is ignored rather than refused (it came from a link).
fn date(s: &str) -> Option<chrono::NaiveDateTime> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
}

/// A confirmation named by code in the URL after a redirect (never text
/// from the URL itself).
fn notice(done: Option<&str>) -> Option<String> {
    let (what, n) = done?.split_once(':')?;
    let n: u32 = n.parse().ok()?;
    let s = if n == 1 { "" } else { "s" };
    Some(match what {
        "deleted" => format!("{n} document{s} deleted; they stay restorable until the purge."),
        "restored" => format!("{n} document{s} restored."),
        "reprocess" => format!("{n} document{s} queued for processing again."),
        "skipped" => format!("{n} document{s} could not be changed (already queued, or gone)."),
        _ => return None,
    })
}

pub async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let deleted = q.view == "deleted";
    let sort = Sort::parse(&q.sort).unwrap_or_default();
    let page = q.page.unwrap_or(1).clamp(1, 100_000);
    let language = Some(q.language.trim())
        .filter(|l| l.len() == 2 || l.len() == 5)
        .map(str::to_owned);
    let browse = Browse {
        status: ProcessingStatus::parse(&q.status),
        file_type: FileType::parse(&q.file_type).map(|t| t.as_str().to_owned()),
        language: language.clone(),
        risk: RiskLevel::parse(&q.risk).map(|r| r.as_str().to_owned()),
        created_after: date(&q.from),
        created_before: date(&q.to).map(|d| d + chrono::Duration::days(1)),
        deleted,
        sort,
        offset: (page - 1) * PAGE_ROWS,
        limit: PAGE_ROWS,
    };
    let (docs, total) = read::browse(&state.pool, &state.audit, &signed.actor(), &browse).await?;
    let pages = ((total + PAGE_ROWS - 1) / PAGE_ROWS).max(1);
    let shown = Shown {
        status: browse.status.map(|s| s.as_str()).unwrap_or("").to_owned(),
        file_type: browse.file_type.clone().unwrap_or_default(),
        language: language.unwrap_or_default(),
        risk: browse.risk.clone().unwrap_or_default(),
        from: if date(&q.from).is_some() {
            q.from.clone()
        } else {
            String::new()
        },
        to: if date(&q.to).is_some() {
            q.to.clone()
        } else {
            String::new()
        },
        sort: sort.as_str().to_owned(),
    };
    let link = |p: i64| {
        let mut params = vec![
            ("status", shown.status.as_str()),
            ("type", shown.file_type.as_str()),
            ("language", shown.language.as_str()),
            ("risk", shown.risk.as_str()),
            ("from", shown.from.as_str()),
            ("to", shown.to.as_str()),
            ("sort", shown.sort.as_str()),
        ];
        if deleted {
            params.push(("view", "deleted"));
        }
        let mut url = format!("/documents?page={p}");
        for (k, v) in params.into_iter().filter(|(_, v)| !v.is_empty()) {
            url.push_str(&format!("&{k}={}", urlencode(v)));
        }
        url
    };
    let filtered = browse.status.is_some()
        || browse.file_type.is_some()
        || browse.language.is_some()
        || browse.risk.is_some()
        || browse.created_after.is_some()
        || browse.created_before.is_some();
    let first = if total == 0 { 0 } else { browse.offset + 1 };
    let max_upload = state.config.max_upload_bytes;
    let title = if deleted {
        "Deleted documents"
    } else {
        "Documents"
    };
    let page_view = ListPage {
        layout: Layout::signed(&signed, "documents", title)
            .with_notice(notice(q.done.as_deref()).as_deref()),
        deleted,
        statuses: ProcessingStatus::ALL.map(|s| s.as_str()).to_vec(),
        types: FileType::ALL.map(|t| t.as_str()).to_vec(),
        risks: RiskLevel::ALL.map(|r| r.as_str()).to_vec(),
        sorts: Sort::ALL.map(|s| (s.as_str(), sort_words(s))).to_vec(),
        sort_words: sort_words(sort),
        rows: docs.into_iter().map(Row::from).collect(),
        total,
        first,
        last: (browse.offset + PAGE_ROWS).min(total),
        page,
        pages,
        prev: (page > 1).then(|| link(page - 1)),
        next: (page < pages).then(|| link(page + 1)),
        filtered,
        back: link(page),
        f: shown,
        max_upload,
        max_upload_words: size(i64::try_from(max_upload).ok()),
        accept: accept_attribute(),
        accept_words: accept_words(),
    };
    Ok(html(page_view.render()))
}

/// The file name endings the upload input offers.
fn accept_attribute() -> String {
    [
        ".pdf", ".docx", ".pptx", ".xlsx", ".xls", ".ods", ".odt", ".rtf", ".eml", ".png", ".jpg",
        ".jpeg", ".tif", ".tiff", ".webp", ".txt", ".md", ".html", ".htm", ".csv", ".json",
    ]
    .join(",")
}

fn accept_words() -> String {
    "PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx, .xls), OpenDocument (.odt, .ods), \
     RTF, email (.eml), images (PNG, JPEG, TIFF, WebP) and text (plain, Markdown, HTML, CSV, JSON)"
        .into()
}

#[derive(Template)]
#[template(path = "document_row.html")]
struct RowFragment {
    d: Row,
}

/// One row of the list again, for the live list to swap in when a
/// document's processing ends (its language and risk are known then).
pub async fn row(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = documents::parse_id(&id)?;
    let doc = read::summary(&state.pool, signed.principal.user_id, id).await?;
    Ok(html(RowFragment { d: doc.into() }.render()))
}

/// Deletes, restores or reprocesses the selected documents, each in its
/// own audited transaction, then goes back to the list with a summary.
pub async fn bulk(
    State(state): State<AppState>,
    signed: Signed,
    body: Bytes,
) -> Result<Response, PageError> {
    let pairs = form_pairs(&body);
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    signed.check_form(field("csrf_token"))?;
    let action = field("action");
    let back = super::super::session::safe_next(Some(field("back")));
    let ids: Vec<uuid::Uuid> = pairs
        .iter()
        .filter(|(k, _)| k == "ids")
        .filter_map(|(_, v)| documents::parse_id(v).ok())
        .take(MAX_BULK)
        .collect();
    let actor = signed.actor();
    let attempts = state.config.job_max_attempts;
    let quota = Quota::of(&state.config, signed.principal.tier);
    let (mut done, mut skipped) = (0u32, 0u32);
    for id in ids {
        let outcome = match action {
            "delete" => change::delete(&state.pool, &actor, id).await.map(|_| ()),
            "restore" => change::restore(&state.pool, &actor, id, attempts)
                .await
                .map(|_| ()),
            "reprocess" => change::reprocess(&state.pool, &actor, id, quota, attempts)
                .await
                .map(|_| ()),
            _ => return Err(PageError::not_found()),
        };
        match outcome {
            Ok(()) => done += 1,
            Err(documents::Error::NotFound(_) | documents::Error::Conflict(_)) => skipped += 1,
            Err(e) => return Err(e.into()),
        }
    }
    let verb = match action {
        "delete" => "deleted",
        "restore" => "restored",
        _ => "reprocess",
    };
    let code = if skipped > 0 && done == 0 {
        format!("skipped:{skipped}")
    } else {
        format!("{verb}:{done}")
    };
    let sep = if back.contains('?') { '&' } else { '?' };
    Ok(Redirect::to(&format!("{back}{sep}done={code}")).into_response())
}
