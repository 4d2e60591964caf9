//! What a domain says when it refuses a value it was handed: which field,
//! a stable issue code a program can switch on, and a sentence for a
//! person. Every domain error carries one of these for bad input; the HTTP
//! edge answers it as 422 `validation_failed`, the CLI prints the sentence.

use serde::Serialize;
use utoipa::ToSchema;

/// One field-level problem in a request.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq, Eq)]
pub struct FieldIssue {
    pub field: String,
    pub issue: String,
}

/// A refused value: the sentence, and the fields at fault (none when the
/// problem is the request as a whole).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Invalid {
    pub message: String,
    pub details: Vec<FieldIssue>,
}

impl Invalid {
    /// A problem with the request as a whole.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            details: Vec::new(),
        }
    }

    /// A problem with one field.
    pub fn field(field: &str, issue: &str, message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            details: vec![FieldIssue {
                field: field.to_owned(),
                issue: issue.to_owned(),
            }],
        }
    }

    /// The first field's issue code, if any.
    pub fn issue(&self) -> Option<&str> {
        self.details.first().map(|d| d.issue.as_str())
    }
}

/// `value` when it has at most `max` characters, else a `too_long` refusal
/// naming `field`.
pub fn at_most(field: &str, value: Option<String>, max: usize) -> Result<Option<String>, Invalid> {
    match value {
        Some(v) if v.chars().count() > max => Err(Invalid::field(
            field,
            "too_long",
            format!("{field} must be at most {max} characters"),
        )),
        Some(v) if v.contains('\0') => Err(no_nul(field)),
        other => Ok(other),
    }
}

/// PostgreSQL's text and jsonb cannot hold NUL: refused as input, never a
/// database error.
pub fn no_nul(field: &str) -> Invalid {
    Invalid::field(
        field,
        "contains_nul",
        format!("{field} must not contain NUL"),
    )
}
