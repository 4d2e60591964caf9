//! Extracts each PDF named on the command line with the extract crate's PDF
//! path (the code the service's sandboxed child runs) and prints one JSON
//! line per file: text, tables and metadata. `bench/pdf-truth.sh` runs it
//! once per file, as it runs `pdftotext`, so both pay a program start.

use anyhow::Context;
use opencomplai_extract::{FileType, Limits, extract};

fn main() -> anyhow::Result<()> {
    let limits = Limits {
        ocr_languages: String::new(),
        ..Limits::default()
    };
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).with_context(|| format!("reading {path}"))?;
        let out =
            extract(FileType::Pdf, &bytes, &limits).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
        println!("{}", serde_json::to_string(&out)?);
    }
    Ok(())
}
