#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| opencomplai_fuzz::run(opencomplai_extract::FileType::Tiff, data));
