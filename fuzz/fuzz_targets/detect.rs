#![no_main]
use libfuzzer_sys::fuzz_target;

// Type detection sees every upload first; names vary with the input.
fuzz_target!(|data: &[u8]| {
    let (name, head) = match data.split_first() {
        Some((n, rest)) => ([None, Some("a.txt"), Some("a.eml"), Some("a.docx"), Some("a.xls")]
            [usize::from(*n) % 5], rest),
        None => (None, data),
    };
    let _ = opencomplai_extract::detect(head, name);
});
