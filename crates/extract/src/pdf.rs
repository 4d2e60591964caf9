//! PDF through poppler's command-line tools (`pdftotext`, `pdfinfo`,
//! `pdfimages`, Debian package poppler-utils), run as separate programs (they
//! are GPL: called, not linked) with a deadline each. Text comes in reading
//! order, page by page; pages without a text layer are noted (OCR is not
//! wired in yet).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::{ExtractError, Extraction, Extractor, Limits, layout};

/// Each poppler program gets this long.
const TOOL_DEADLINE: Duration = Duration::from_secs(120);
/// A page with fewer characters than this has no usable text layer.
const MIN_PAGE_CHARS: usize = 10;

pub(crate) struct Pdf;

/// Runs `program args… file trailing…` with a deadline.
fn run(
    program: &str,
    args: &[&str],
    file: &Path,
    trailing: &[&str],
) -> Result<Output, ExtractError> {
    let mut child = Command::new(program)
        .args(args)
        .arg(file)
        .args(trailing)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            ExtractError::Unreadable(if e.kind() == std::io::ErrorKind::NotFound {
                format!("PDF support needs {program} (Debian package poppler-utils) installed")
            } else {
                format!("could not run {program}: {e}")
            })
        })?;
    // Read output on threads so a chatty tool cannot block on a full pipe.
    fn drain(
        pipe: Option<impl std::io::Read + Send + 'static>,
    ) -> std::thread::JoinHandle<Vec<u8>> {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    }
    let out_thread = drain(child.stdout.take());
    let err_thread = drain(child.stderr.take());
    let deadline = Instant::now() + TOOL_DEADLINE;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(ExtractError::Unreadable(format!(
                    "{program} took longer than {} s on this PDF",
                    TOOL_DEADLINE.as_secs()
                )));
            }
        }
    };
    Ok(Output {
        status,
        stdout: out_thread.join().unwrap_or_default(),
        stderr: err_thread.join().unwrap_or_default(),
    })
}

/// Turns a failed tool's complaint into a sentence for `processing_error`.
fn failure(output: &Output) -> ExtractError {
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("Incorrect password") {
        return ExtractError::Unreadable("PDF is encrypted".into());
    }
    let first = stderr
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("unknown error")
        .trim();
    ExtractError::Unreadable(format!("PDF is damaged or truncated ({first})"))
}

fn info(file: &Path) -> Result<serde_json::Map<String, Value>, ExtractError> {
    let output = run("pdfinfo", &["-isodates", "-enc", "UTF-8"], file, &[])?;
    if !output.status.success() {
        return Err(failure(&output));
    }
    let mut meta = serde_json::Map::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        let ours = match key.trim() {
            "Title" => "title",
            "Author" => "author",
            "Subject" => "subject",
            "Keywords" => "keywords",
            "Creator" => "creator",
            "Producer" => "producer",
            "CreationDate" => "created",
            "ModDate" => "modified",
            "Pages" => {
                if let Ok(n) = value.parse::<u64>() {
                    meta.insert("page_count".into(), json!(n));
                }
                continue;
            }
            "PDF version" => "pdf_version",
            _ => continue,
        };
        if !value.is_empty() {
            meta.insert(ours.into(), json!(value));
        }
    }
    Ok(meta)
}

fn images(file: &Path) -> Vec<Value> {
    let Ok(output) = run("pdfimages", &["-list"], file, &[]) else {
        return Vec::new();
    };
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .skip(2)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let num = |i: usize| cols.get(i).and_then(|v| v.parse::<u64>().ok());
            Some(json!({
                "page": num(0)?,
                "width": num(3)?,
                "height": num(4)?,
                "color": cols.get(5)?,
                "format": cols.get(8)?,
            }))
        })
        .collect()
}

impl Extractor for Pdf {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        if !bytes.starts_with(b"%PDF-")
            && !bytes[..bytes.len().min(1024)]
                .windows(5)
                .any(|w| w == b"%PDF-")
        {
            return Err(ExtractError::Unreadable(
                "PDF is not valid: it has no %PDF header".into(),
            ));
        }
        let mut file = tempfile_in_tmp()?;
        file.write_all(bytes)
            .map_err(|e| ExtractError::Unreadable(format!("could not stage the PDF: {e}")))?;
        let path = file.path().to_owned();
        let metadata = info(&path)?;
        // Lines with their boxes, put in reading order per page.
        let output = run(
            "pdftotext",
            &["-enc", "UTF-8", "-bbox-layout"],
            &path,
            &["-"],
        )?;
        if !output.status.success() {
            return Err(failure(&output));
        }
        let mut out = Extraction {
            metadata,
            ..Extraction::default()
        };
        let mut blank = Vec::new();
        for (i, lines) in layout::pages(&output.stdout).into_iter().enumerate() {
            let mut ordered = Vec::new();
            layout::read_in_order(lines, &mut ordered);
            let text = ordered.join("\n");
            if text.chars().filter(|c| !c.is_whitespace()).count() < MIN_PAGE_CHARS {
                blank.push(i + 1);
            }
            if !text.trim().is_empty() {
                if !out.text.is_empty() {
                    out.text.push_str("\n\n");
                }
                out.text.push_str(text.trim());
            }
        }
        if !blank.is_empty() {
            let list: Vec<String> = blank.iter().map(ToString::to_string).collect();
            out.notes.push(format!(
                "page(s) {} have no text layer; OCR is not available yet",
                list.join(", ")
            ));
        }
        out.images = images(&path);
        Ok(out)
    }
}

fn tempfile_in_tmp() -> Result<tempfile::NamedTempFile, ExtractError> {
    tempfile::Builder::new()
        .prefix("opencomplai-")
        .suffix(".pdf")
        .tempfile()
        .map_err(|e| ExtractError::Unreadable(format!("could not stage the PDF: {e}")))
}
