//! `POST /documents/upload`: files from the upload form, each streamed into
//! the database as it arrives and created as a document on its own (one
//! refused file does not stop the others). The script sends one file per
//! request and reads the answer as JSON (`Accept: application/json`); a
//! browser without it gets a page listing each file's outcome.

use askama::Template;
use axum::Json;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::{StreamExt, TryStreamExt};
use serde::Serialize;
use uuid::Uuid;

use crate::documents::create::{self, Intake, UploadFields};
use crate::documents::files;
use crate::documents::idempotency::Made;
use crate::error::ApiError;
use crate::http::AppState;
use crate::web::PageError;
use crate::web::session::Signed;
use crate::web::view::{Layout, html};

/// Files one form may carry.
const MAX_FILES: usize = 100;

/// What became of one file.
#[derive(Debug, Serialize)]
pub struct FileOutcome {
    name: String,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Uuid>,
    duplicate: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    /// The HTTP status the API would answer for this file.
    status: u16,
}

#[derive(Template)]
#[template(path = "upload_result.html")]
struct ResultPage {
    layout: Layout,
    files: Vec<FileOutcome>,
}

fn wants_json(req: &Request) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

pub async fn upload(
    State(state): State<AppState>,
    signed: Signed,
    request: Request,
) -> Result<Response, PageError> {
    let json = wants_json(&request);
    let mut multipart = Multipart::from_request(request, &state)
        .await
        .map_err(|e| {
            ApiError::validation(format!("the upload is not a valid form: {}", e.body_text()))
        })?;
    let mut outcomes = Vec::new();
    let mut checked = false;
    let actor = signed.actor();
    while let Some(field) = multipart.next_field().await.map_err(|e| {
        ApiError::validation(format!("the upload could not be read: {}", e.body_text()))
    })? {
        match field.name().unwrap_or_default() {
            "csrf_token" => {
                let sent = field.text().await.unwrap_or_default();
                signed.check_form(&sent)?;
                checked = true;
            }
            "file" if checked => {
                if outcomes.len() >= MAX_FILES {
                    return Err(ApiError::validation(format!(
                        "at most {MAX_FILES} files per upload"
                    ))
                    .into());
                }
                let name = field
                    .file_name()
                    .map(files::clean_name)
                    .unwrap_or_else(|| "upload".into());
                let stream = field
                    .map_err(|e| {
                        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                            crate::documents::Error::TooLarge(
                                "the upload is larger than the limit".into(),
                            )
                        } else {
                            crate::validation::Invalid::new(format!(
                                "the upload broke off: {}",
                                e.body_text()
                            ))
                            .into()
                        }
                    })
                    .boxed();
                let max = state.config.max_upload_bytes;
                let staged = files::stage(
                    &state.pool,
                    actor.user_id,
                    Some(&name),
                    stream,
                    max,
                    files::Archives::Refuse,
                )
                .await;
                let made = match staged {
                    Ok(file) => {
                        let form = UploadFields {
                            file_name: Some(name.clone()),
                            ..UploadFields::default()
                        };
                        let intake = Intake::of(&state.config, signed.principal.tier);
                        create::upload(&state.pool, &actor, &file, form, intake, None).await
                    }
                    Err(e) => Err(e),
                };
                outcomes.push(match made {
                    Ok(Made::New(u)) => FileOutcome {
                        name,
                        ok: true,
                        id: Some(u.document.id),
                        duplicate: u.existing || u.duplicate_of.is_some(),
                        error: None,
                        status: if u.existing { 200 } else { 202 },
                    },
                    // Not keyed, so never a replay.
                    Ok(Made::Replay(answer)) => FileOutcome {
                        name,
                        ok: true,
                        id: None,
                        duplicate: false,
                        error: None,
                        status: answer.status,
                    },
                    Err(crate::documents::Error::Database(e)) => return Err(e.into()),
                    Err(e) => {
                        let e = ApiError::from(e);
                        FileOutcome {
                            name,
                            ok: false,
                            id: None,
                            duplicate: false,
                            status: e.status().as_u16(),
                            error: Some(words(&e)),
                        }
                    }
                });
            }
            // A file before the form token, or a field nobody sends.
            _ => {
                return Err(PageError::forbidden(
                    "this form has expired or was not sent from this site; reload the page and try again",
                ));
            }
        }
    }
    if json {
        let status = match outcomes.as_slice() {
            [one] if !one.ok => {
                StatusCode::from_u16(one.status).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY)
            }
            _ => StatusCode::OK,
        };
        let mut r = (status, Json(serde_json::json!({ "files": outcomes }))).into_response();
        r.extensions_mut().insert(crate::error::Enveloped);
        return Ok(r);
    }
    let page = ResultPage {
        layout: Layout::signed(&signed, "documents", "Upload"),
        files: outcomes,
    };
    Ok(html(page.render()))
}

/// Why a file was refused, as a sentence for the person who chose it.
fn words(e: &ApiError) -> String {
    match e {
        ApiError::UnsupportedMediaType(_) => {
            "this type of file is not supported (see the accepted types above)".into()
        }
        ApiError::PayloadTooLarge(m) => m.clone(),
        ApiError::Validation { message, .. } => message.clone(),
        ApiError::Internal(_) => "the file could not be stored; try again".into(),
        other => other.to_string(),
    }
}
