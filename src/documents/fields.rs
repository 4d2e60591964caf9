//! The rules for a document's own fields, shared by creation and edits.

use serde_json::{Value, json};

use crate::validation::{Invalid, at_most};

pub const MAX_TITLE: usize = 500;
pub const MAX_DESCRIPTION: usize = 10_000;
pub const MAX_EXTERNAL_ID: usize = 500;
pub const MAX_METADATA_BYTES: usize = 64 * 1024;

/// A title: trimmed, composed (NFC, as the text it is searched with:
/// a file name from macOS spells "ü" as "u" and a combining mark), not
/// empty, at most [`MAX_TITLE`] characters.
pub fn title(raw: &str) -> Result<String, Invalid> {
    let composed = opencomplai_extract::nfc(raw.trim());
    let t = composed.as_ref();
    if t.is_empty() {
        return Err(Invalid::field("title", "empty", "title must not be empty"));
    }
    if t.contains('\0') {
        return Err(crate::validation::no_nul("title"));
    }
    if t.chars().count() > MAX_TITLE {
        return Err(Invalid::field(
            "title",
            "too_long",
            "title must be at most 500 characters",
        ));
    }
    Ok(t.to_owned())
}

/// A description: composed (NFC) like a title, at most
/// [`MAX_DESCRIPTION`] characters.
pub fn description(value: Option<String>) -> Result<Option<String>, Invalid> {
    let composed = value.map(|mut v| {
        opencomplai_extract::compose(&mut v);
        v
    });
    at_most("description", composed, MAX_DESCRIPTION)
}

pub fn external_id(value: Option<String>) -> Result<Option<String>, Invalid> {
    at_most("external_id", value, MAX_EXTERNAL_ID)
}

/// Metadata: a JSON object of at most [`MAX_METADATA_BYTES`]; absent or
/// `null` is the empty object.
/// Metadata nests at most this deep: records, not data structures (and
/// every JSON reader on its way, the audit chain's included, has a limit).
pub const MAX_METADATA_DEPTH: usize = 16;

fn depth(v: &Value) -> usize {
    match v {
        Value::Object(m) => 1 + m.values().map(depth).max().unwrap_or(0),
        Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// The largest magnitude of a number in metadata: PostgreSQL keeps a
/// number as its exact decimal, and one near the limit of a double comes
/// back as a value no double holds.
pub const MAX_METADATA_NUMBER: f64 = 1e300;

fn numbers_fit(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.as_f64().is_some_and(|f| f.abs() <= MAX_METADATA_NUMBER),
        Value::Object(m) => m.values().all(numbers_fit),
        Value::Array(a) => a.iter().all(numbers_fit),
        _ => true,
    }
}

fn has_nul(v: &Value) -> bool {
    match v {
        Value::String(s) => s.contains('\0'),
        Value::Object(m) => m.iter().any(|(k, v)| k.contains('\0') || has_nul(v)),
        Value::Array(a) => a.iter().any(has_nul),
        _ => false,
    }
}

pub fn metadata(value: Option<Value>) -> Result<Value, Invalid> {
    match value {
        None | Some(Value::Null) => Ok(json!({})),
        Some(Value::Object(m)) => {
            if serde_json::to_vec(&m).map_or(0, |v| v.len()) > MAX_METADATA_BYTES {
                return Err(Invalid::field(
                    "metadata",
                    "too_large",
                    "metadata must be at most 64 KiB",
                ));
            }
            let m = Value::Object(m);
            if depth(&m) > MAX_METADATA_DEPTH {
                return Err(Invalid::field(
                    "metadata",
                    "too_deep",
                    format!(
                        "metadata may nest objects and arrays at most {MAX_METADATA_DEPTH} deep"
                    ),
                ));
            }
            if has_nul(&m) {
                return Err(crate::validation::no_nul("metadata"));
            }
            if !numbers_fit(&m) {
                return Err(Invalid::field(
                    "metadata",
                    "number_out_of_range",
                    "numbers in metadata must be between -1e300 and 1e300",
                ));
            }
            Ok(m)
        }
        Some(_) => Err(Invalid::field(
            "metadata",
            "not_an_object",
            "metadata must be a JSON object",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_trimmed_and_composed() {
        assert_eq!(
            title("  Ku\u{308}ndigung.pdf ").expect("valid"),
            "Kündigung.pdf"
        );
        assert_eq!(title("Kündigung").expect("valid"), "Kündigung");
        assert!(title("  ").is_err());
        // 500 characters once composed: 1,000 before
        assert!(title(&"e\u{301}".repeat(500)).is_ok());
        assert!(title(&"é".repeat(501)).is_err());
    }
}
