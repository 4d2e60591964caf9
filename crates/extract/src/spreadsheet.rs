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

/// Refuses a compound file (XLS) whose FAT, the table of which sector
/// follows which, loops. calamine 0.38 follows the directory's chain with
/// no length bound (`Cfb::new`) and a stream's up to the length the
/// directory claims, so a loop made it append the same sectors until memory
/// ran out (`tests/corpus/broken/fuzzer-found-sector-loop.xls`, 5.5 KB). A
/// valid file's chains all end: every walk through the FAT ends at a
/// special value or a sector already known to end. Linear in the file;
/// anything else odd is left to calamine, which reports it.
fn no_sector_loops(bytes: &[u8]) -> Result<(), ExtractError> {
    let u32_at = |off: usize| {
        bytes
            .get(off..off + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let Some(shift) = bytes
        .get(0x1E..0x20)
        .map(|b| u16::from_le_bytes([b[0], b[1]]))
    else {
        return Ok(());
    };
    if !(7..=16).contains(&shift) {
        return Ok(());
    }
    let size = 1usize << shift;
    let sector = |id: u32| -> Option<&[u8]> {
        let start = (id as usize).checked_add(1)?.checked_mul(size)?;
        bytes.get(start..start.checked_add(size)?)
    };
    // The FAT's sectors: 109 in the header, the rest in the DIFAT chain
    // (bounded by the file's sector count; its own loops end there too).
    let mut fat_sectors: Vec<u32> = (0..109).filter_map(|i| u32_at(0x4C + 4 * i)).collect();
    let mut difat = u32_at(0x44).unwrap_or(u32::MAX);
    for _ in 0..=bytes.len() / size {
        let Some(s) = sector(difat) else { break };
        let ids: Vec<u32> = s
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let (next, entries) = ids.split_last().unwrap_or((&u32::MAX, &[]));
        fat_sectors.extend_from_slice(entries);
        difat = *next;
    }
    let mut fat = Vec::new();
    for id in fat_sectors.into_iter().filter(|&id| id < 0xFFFF_FFFA) {
        if let Some(s) = sector(id) {
            fat.extend(
                s.chunks_exact(4)
                    .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            );
        }
    }
    // 0: not seen, 1: on the walk being made, 2: known to end.
    let mut state = vec![0u8; fat.len()];
    let mut path = Vec::new();
    for start in 0..fat.len() {
        let mut id = start;
        while let Some(&seen) = state.get(id) {
            match seen {
                2 => break,
                1 => {
                    return Err(ExtractError::Unreadable(
                        "XLS is damaged: a chain of its sectors loops".into(),
                    ));
                }
                _ => {
                    state[id] = 1;
                    path.push(id);
                    id = fat[id] as usize;
                }
            }
        }
        for &p in &path {
            state[p] = 2;
        }
        path.clear();
    }
    Ok(())
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
        no_sector_loops(bytes)?;
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
