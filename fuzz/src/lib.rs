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
    let_calamine_panics_unwind();
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

/// libfuzzer-sys's panic hook aborts at any panic, even one the code
/// catches. The XLS/ODS extractor catches calamine's panics and answers
/// "XLS is damaged: its structure is inconsistent"
/// (tests/corpus/broken/fuzzer-found-inconsistent.xls), so under that hook
/// such a file is a false crash: the `xls` target stopped at that seed
/// after 3 executions. This hook lets a panic raised inside calamine unwind
/// to the extractor's catch; any other panic aborts where it happens as
/// before, and one that escapes `extract` still ends the run (libfuzzer-sys
/// aborts on a panic out of the target).
fn let_calamine_panics_unwind() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let fuzzer_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if info.location().is_some_and(|l| l.file().contains("/calamine-")) {
                return;
            }
            fuzzer_hook(info);
        }));
    });
}
