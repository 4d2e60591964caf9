//! What every extractor fuzz target does: extract the input as one type,
//! under small limits and without OCR (Tesseract is a separate program, not
//! ours to fuzz), and accept any `Ok` or `Err`. A panic, a hang or runaway
//! memory is what the fuzzer reports. The `analyze` and `search_query`
//! targets call their crates directly; `search` makes the main crate's
//! query parser reachable without the server.

use opencomplai_extract::{FileType, Limits, extract};

/// The main crate's error for a refused value, compiled from its own
/// source, for `search`.
#[path = "../../src/validation.rs"]
pub mod validation;

/// The pure parts of the main crate's search (`src/search/`).
pub mod search;

pub fn run(file_type: FileType, data: &[u8]) {
    let limits = Limits {
        max_input_bytes: 4 * 1024 * 1024,
        max_text_bytes: 4 * 1024 * 1024,
        max_table_rows: 10_000,
        ocr_languages: String::new(),
        max_ocr_pages: 0,
        max_nesting: 2,
    };
    let _ = extract(file_type, data, &limits);
}
