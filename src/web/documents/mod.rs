//! The documents pages: the list (filters, sorting, pages, bulk actions,
//! uploads with live status), one document in full, its original, and its
//! text with personal data masked.

pub mod list;
pub mod one;
pub mod upload;

use uuid::Uuid;

use super::view::{When, size, when};
use crate::documents::Document;

/// A document as a row of the list.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: Uuid,
    pub title: String,
    pub file_type: String,
    pub status: String,
    pub error: String,
    pub language: String,
    pub risk: String,
    pub size: String,
    pub created: When,
}

impl From<Document> for Row {
    fn from(d: Document) -> Self {
        Self {
            status: d.status().as_str().to_owned(),
            id: d.id,
            title: d.title,
            file_type: d.file_type.unwrap_or_default(),
            error: d.processing_error.unwrap_or_default(),
            language: d.language_code.unwrap_or_default(),
            risk: d.pii_risk.unwrap_or_default(),
            size: size(d.file_size_bytes.map(i64::from)),
            created: when(d.created_at),
        }
    }
}

/// A form body's fields in order, repeated names kept (checkboxes).
pub fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .take(10_000)
        .collect()
}
