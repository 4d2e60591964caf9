//! XLS (Excel 97–2003, BIFF in an OLE2 container) and ODS (OpenDocument
//! spreadsheet) through calamine: each sheet becomes a table and a block of
//! tab-separated text, as XLSX does. ODS is a ZIP and gets the same
//! entry-count and uncompressed-size checks as the other ZIP formats first.

use std::io::Cursor;

use calamine::{Data, Ods, Reader, Xls};
use serde_json::json;

use crate::office::{properties, push_sheet, simple_fields};
use crate::zipped::Archive;
use crate::{ExtractError, Extraction, Extractor, Limits};

pub(crate) struct Spreadsheet;

impl Extractor for Spreadsheet {
    fn extract(&self, bytes: &[u8], limits: &Limits) -> Result<Extraction, ExtractError> {
        // calamine asserts on some inconsistencies (found by fuzzing) rather
        // than returning an error: a panic there is a damaged file.
        let format = if bytes.starts_with(b"PK") {
            "ODS"
        } else {
            "XLS"
        };
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(bytes, limits)))
            .unwrap_or_else(|_| {
                Err(ExtractError::Unreadable(format!(
                    "{format} is damaged: its structure is inconsistent"
                )))
            })
    }
}

fn read(bytes: &[u8], limits: &Limits) -> Result<Extraction, ExtractError> {
    let mut out = Extraction::default();
    if bytes.starts_with(b"PK") {
        const F: &str = "ODS";
        let mut archive = Archive::open(bytes, F)?;
        if archive.read("content.xml")?.is_none() {
            return Err(archive.missing("content.xml"));
        }
        if let Some(meta) = archive.read("meta.xml")? {
            out.metadata
                .extend(properties(simple_fields(&meta, F, "meta.xml")?));
        }
        let book = Ods::new(Cursor::new(bytes)).map_err(|e| unreadable(F, &e))?;
        sheets(book, F, limits, &mut out)?;
    } else {
        const F: &str = "XLS";
        let book = Xls::new(Cursor::new(bytes)).map_err(|e| match e {
            calamine::XlsError::Password => {
                ExtractError::Unreadable("XLS is password-protected".into())
            }
            other => unreadable(F, &other),
        })?;
        sheets(book, F, limits, &mut out)?;
    }
    Ok(out)
}

fn unreadable(format: &str, e: &dyn std::fmt::Display) -> ExtractError {
    ExtractError::Unreadable(format!("{format} could not be read ({e})"))
}

fn sheets<RS, R>(
    mut book: R,
    format: &str,
    limits: &Limits,
    out: &mut Extraction,
) -> Result<(), ExtractError>
where
    RS: std::io::Read + std::io::Seek,
    R: Reader<RS>,
    R::Error: std::fmt::Display,
{
    let names = book.sheet_names();
    for name in &names {
        let range = book
            .worksheet_range(name)
            .map_err(|e| unreadable(format, &e))?;
        let mut rows = Vec::new();
        for row in range.rows() {
            let mut cells: Vec<String> = row.iter().map(cell).collect();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            rows.push(cells);
            // The caller cuts tables at this length and says so; reading
            // further would only cost memory.
            if rows.len() > limits.max_table_rows {
                break;
            }
        }
        while rows.last().is_some_and(Vec::is_empty) {
            rows.pop();
        }
        push_sheet(out, name, rows);
    }
    out.text = out.text.trim_end().to_owned();
    out.metadata.insert("sheets".into(), json!(names));
    Ok(())
}

fn cell(value: &Data) -> String {
    match value {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d
            .as_datetime()
            .map_or_else(|| d.to_string(), |t| t.to_string()),
        Data::Error(e) => format!("#{e:?}"),
    }
}
