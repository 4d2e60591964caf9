//! PDF through poppler's command-line tools (`pdftotext`, `pdfinfo`,
//! `pdfimages`, Debian package poppler-utils), run as separate programs (they
//! are GPL: called, not linked) with a deadline each. Text comes in reading
//! order, page by page, from one `pdftotext -bbox-layout` run; pages without
//! a text layer are rendered with `pdftoppm` and read by Tesseract OCR.

use std::io::Write;
use std::path::Path;
use std::process::Output;

use serde_json::{Value, json};

use crate::{
    ExtractError, Extraction, Extractor, Limits, Table, hyphen, layout, ocr, running, tool,
};

/// Runs one poppler program on `file`.
pub(crate) fn run(
    program: &str,
    args: &[&str],
    file: &Path,
    trailing: &[&str],
) -> Result<Output, ExtractError> {
    tool::run(program, "poppler-utils", args, file, trailing)
}
/// A page with fewer characters than this has no usable text layer.
pub(crate) const MIN_PAGE_CHARS: usize = 10;
/// Pages without a text layer are rendered at this resolution for OCR.
pub(crate) const OCR_DPI: u32 = 300;

pub(crate) struct Pdf;

/// Turns a failed tool's complaint into a sentence for `processing_error`.
pub(crate) fn failure(output: &Output) -> ExtractError {
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

pub(crate) fn info(file: &Path) -> Result<serde_json::Map<String, Value>, ExtractError> {
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

/// The XMP packet's Dublin Core, PDF and XMP basic properties, by local
/// name (`title`, `creator`, `Keywords`, `CreateDate`, ...); list values
/// (`rdf:li`) are joined with "; ".
fn xmp(file: &Path) -> serde_json::Map<String, Value> {
    const WANTED: &[&str] = &[
        "title",
        "creator",
        "description",
        "subject",
        "Keywords",
        "Producer",
        "CreatorTool",
        "CreateDate",
        "ModifyDate",
        "MetadataDate",
    ];
    let mut meta = serde_json::Map::new();
    let Ok(output) = run("pdfinfo", &["-meta"], file, &[]) else {
        return meta;
    };
    let mut reader = quick_xml::Reader::from_reader(output.stdout.as_slice());
    let mut buf = Vec::new();
    let mut current: Option<(String, Vec<String>)> = None;
    let mut text = String::new();
    while let Ok(event) = reader.read_event_into(&mut buf) {
        match &event {
            quick_xml::events::Event::Start(e) => {
                let name = e.local_name().as_ref().to_owned();
                if current.is_none() && WANTED.contains(&name.as_str()) {
                    current = Some((name, Vec::new()));
                }
                text.clear();
            }
            quick_xml::events::Event::End(e) => {
                let name = e.local_name().as_ref().to_owned();
                if let Some((key, values)) = current.as_mut() {
                    if !text.trim().is_empty() {
                        values.push(text.trim().to_owned());
                    }
                    text.clear();
                    if *key == name {
                        if !values.is_empty() {
                            meta.insert(key.clone(), json!(values.join("; ")));
                        }
                        current = None;
                    }
                }
            }
            quick_xml::events::Event::Eof => break,
            other => {
                if current.is_some()
                    && let Some(piece) = crate::office::piece(other)
                {
                    text.push_str(&piece);
                }
            }
        }
        buf.clear();
    }
    meta
}

/// The images drawn on each page: read from the file's bytes, or where
/// that reading cannot tell (an encrypted file, an unusual filter, a file
/// that would take it too long), from `pdfimages -list`.
fn images(bytes: &[u8], file: &Path) -> Vec<Value> {
    // A bug in the reading (not the file's fault) falls back to poppler
    // too, rather than losing the list.
    let listed = std::panic::catch_unwind(|| crate::pdf_images::list(bytes)).unwrap_or(None);
    match listed {
        Some(rows) => rows,
        // Only a file that shows an image is worth a poppler run.
        None if has_images(bytes) => pdfimages(file),
        None => Vec::new(),
    }
}

fn pdfimages(file: &Path) -> Vec<Value> {
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
    fn extract(&self, bytes: &[u8], limits: &Limits) -> Result<Extraction, ExtractError> {
        let file = stage(bytes)?;
        let path = file.path().to_owned();
        // One pdftotext run gives the lines with their boxes and the
        // document information; `pdfinfo -meta` runs beside it only when
        // the file has an XMP stream, as each program start costs as much
        // as reading a short file; the images are listed beside it.
        let path_ref = path.as_path();
        let (xmp, images, output) = std::thread::scope(|s| {
            let xmp = has_xmp(bytes).then(|| s.spawn(|| xmp(path_ref)));
            let images = s.spawn(|| images(bytes, path_ref));
            // The pages are parsed as pdftotext writes them, beside it.
            let text = bbox(path_ref);
            (
                xmp.and_then(|h| h.join().ok()).unwrap_or_default(),
                images.join().unwrap_or_default(),
                text,
            )
        });
        let ((head, sized), output) = output?;
        if !output.status.success() {
            return Err(failure(&output));
        }
        let mut metadata = head_info(&head);
        if let Some(version) = version(bytes) {
            metadata.insert("pdf_version".into(), json!(version));
        }
        for (ours, theirs) in [
            ("title", "title"),
            ("author", "creator"),
            ("subject", "description"),
            ("keywords", "Keywords"),
            ("creator", "CreatorTool"),
            ("producer", "Producer"),
            ("created", "CreateDate"),
            ("modified", "ModifyDate"),
        ] {
            if let Some(v) = xmp.get(theirs) {
                metadata.entry(ours).or_insert_with(|| v.clone());
            }
        }
        if !xmp.is_empty() {
            metadata.insert("xmp".into(), Value::Object(xmp));
        }
        let mut out = Extraction {
            metadata,
            ..Extraction::default()
        };
        let mut pages = read_pages(sized, &mut out);
        let blank: Vec<usize> = pages
            .iter()
            .enumerate()
            .filter(|(_, t)| t.chars().filter(|c| !c.is_whitespace()).count() < MIN_PAGE_CHARS)
            .map(|(i, _)| i + 1)
            .collect();
        if !blank.is_empty() {
            ocr_pages(&path, &blank, limits, &mut pages, &mut out)?;
        }
        for text in pages.iter().filter(|t| !t.is_empty()) {
            if !out.text.is_empty() {
                out.text.push_str("\n\n");
            }
            out.text.push_str(text);
        }
        out.images = images;
        Ok(out)
    }
}

/// Each page's text in reading order, from `pdftotext -bbox-layout`:
/// running headers and footers left out (listed in the metadata), tables
/// found (one crossing a page end kept whole), sideways text read after
/// its page, and words broken at line ends joined again.
fn read_pages(sized: Vec<layout::Page>, out: &mut Extraction) -> Vec<String> {
    let mut sized: Vec<(f64, Vec<layout::Line>)> =
        sized.into_iter().map(|p| (p.height, p.lines)).collect();
    out.metadata.insert("page_count".into(), json!(sized.len()));
    for (_, lines) in &mut sized {
        layout::tidy(lines);
    }
    let running = running::strip(&mut sized);
    if !running.is_empty() {
        out.metadata
            .insert("running_headers".into(), json!(running));
    }
    let mut pages: Vec<Vec<String>> = Vec::with_capacity(sized.len());
    // Whether the last table so far ended its page.
    let mut open_table = false;
    for (i, (found, ordered, side)) in laid_out(sized).into_iter().enumerate() {
        let starts = ordered.first().is_some_and(|l| l.table);
        let ends = ordered.last().is_some_and(|l| l.table);
        let count = found.len();
        for (k, mut rows) in found.into_iter().enumerate() {
            let continued = k == 0 && starts && open_table;
            if let Some(prev) = out.tables.last_mut().filter(|_| continued)
                && prev.rows.first().map(Vec::len) == rows.first().map(Vec::len)
            {
                // A header repeated on the new page is not a row.
                if prev.rows.first() == rows.first() {
                    rows.remove(0);
                }
                prev.rows.extend(rows);
                prev.source = format!("{} to {}", prev.source.replace("page ", "pages "), i + 1);
                continue;
            }
            out.tables.push(Table {
                source: format!("page {}", i + 1),
                rows,
            });
        }
        open_table = count > 0 && ends;
        pages.push(ordered.into_iter().chain(side).map(|l| l.text).collect());
    }
    let all: String = pages.iter().flatten().map(|l| format!("{l}\n")).collect();
    let known = hyphen::vocabulary(&all);
    pages
        .into_iter()
        .map(|mut lines| {
            hyphen::rejoin(&mut lines, &known);
            lines.join("\n").trim().to_owned()
        })
        .collect()
}

/// One page laid out: its tables' rows, its lines in reading order (each
/// table standing in for its cells), and its sideways lines.
type LaidOut = (Vec<Vec<Vec<String>>>, Vec<layout::Line>, Vec<layout::Line>);

/// Pages at least this many to a document are laid out on two threads.
const PAGES_APART: usize = 8;

/// Each page's tables found and lines put in reading order, pages being
/// independent here: on two threads for a long document (the machine's
/// second core is otherwise idle once pdftotext has ended).
fn laid_out(sized: Vec<(f64, Vec<layout::Line>)>) -> Vec<LaidOut> {
    let one = |lines: Vec<layout::Line>| -> LaidOut {
        let (body, side) = layout::sideways(lines);
        let (found, body) = layout::tables(body);
        (found, layout::in_order(body), side)
    };
    if sized.len() < PAGES_APART {
        return sized.into_iter().map(|(_, lines)| one(lines)).collect();
    }
    let mut first: Vec<Vec<layout::Line>> = sized.into_iter().map(|(_, l)| l).collect();
    let second = first.split_off(first.len() / 2);
    std::thread::scope(|s| {
        let later = s.spawn(|| second.into_iter().map(one).collect::<Vec<_>>());
        let mut out: Vec<LaidOut> = first.into_iter().map(one).collect();
        match later.join() {
            Ok(rest) => out.extend(rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        out
    })
}

/// `pdftotext -bbox-layout`: the start of its document (for
/// [`head_info`]) and its pages, parsed as it writes them.
#[allow(clippy::type_complexity)]
fn bbox(file: &Path) -> Result<((Vec<u8>, Vec<layout::Page>), Output), ExtractError> {
    let args = ["-enc", "UTF-8", "-bbox-layout"];
    tool::run_with("pdftotext", "poppler-utils", &args, file, &["-"], |pipe| {
        let mut head = Head::default();
        let pages = layout::sized_pages_from(std::io::BufReader::with_capacity(
            1 << 16,
            TeeHead {
                inner: pipe,
                head: &mut head,
            },
        ));
        (head.0, pages)
    })
}

/// The first bytes of pdftotext's document, where its `<head>` is.
#[derive(Default)]
struct Head(Vec<u8>);

/// The most of the document kept for its `<head>` (the title and the
/// information dictionary's entries: a few hundred bytes as a rule).
const HEAD_BYTES: usize = 1 << 20;

/// Reads through, keeping the first [`HEAD_BYTES`] in `head`.
struct TeeHead<'a, R: ?Sized> {
    inner: &'a mut R,
    head: &'a mut Head,
}

impl<R: std::io::Read + ?Sized> std::io::Read for TeeHead<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let room = HEAD_BYTES.saturating_sub(self.head.0.len()).min(n);
        self.head.0.extend_from_slice(&buf[..room]);
        Ok(n)
    }
}

/// Title, author, dates and the like from the `<head>` pdftotext writes.
fn head_info(xhtml: &[u8]) -> serde_json::Map<String, Value> {
    let mut meta = serde_json::Map::new();
    let mut reader = quick_xml::Reader::from_reader(xhtml);
    let mut buf = Vec::new();
    let mut in_title = false;
    let mut title = String::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Start(e)) if e.name().as_ref() == "title" => {
                in_title = true;
            }
            Ok(quick_xml::events::Event::End(e)) if e.name().as_ref() == "title" => {
                in_title = false;
            }
            Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e))
                if e.name().as_ref() == "meta" =>
            {
                let attr = |k: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == k)
                        .and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        })
                };
                let ours = match attr("name").as_deref() {
                    Some("Author") => "author",
                    Some("Subject") => "subject",
                    Some("Keywords") => "keywords",
                    Some("Creator") => "creator",
                    Some("Producer") => "producer",
                    Some("CreationDate") => "created",
                    Some("ModDate") => "modified",
                    _ => continue,
                };
                if let Some(v) = attr("content").filter(|v| !v.trim().is_empty()) {
                    meta.insert(ours.into(), json!(v.trim()));
                }
            }
            Ok(quick_xml::events::Event::Start(e)) if e.name().as_ref() == "body" => break,
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            Ok(other) if in_title => {
                if let Some(piece) = crate::office::piece(&other) {
                    title.push_str(&piece);
                }
            }
            _ => {}
        }
        buf.clear();
    }
    if !title.trim().is_empty() {
        meta.insert("title".into(), json!(title.trim()));
    }
    meta
}

/// The version in the `%PDF-1.7` header.
fn version(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(1024)];
    let at = head.windows(5).position(|w| w == b"%PDF-")? + 5;
    let v: String = head[at..]
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b'.')
        .map(|&b| char::from(b))
        .collect();
    (!v.is_empty()).then_some(v)
}

/// Whether the file holds an XMP metadata stream. A stream's dictionary
/// is never inside a compressed object stream, so its `/Metadata` type is
/// in plain sight (a catalog's `/Metadata` key may be too).
fn has_xmp(bytes: &[u8]) -> bool {
    contains(bytes, b"/Metadata")
}

/// Whether the file holds an image XObject (`/Subtype /Image`, a stream
/// dictionary, so in plain sight) or an inline image (`BI` ... `ID`).
fn has_images(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let Some(at) = find(rest, b"/Subtype") {
        rest = &rest[at + 8..];
        let skip = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let after = &rest[skip..];
        if after.starts_with(b"/Image") && !after.get(6).is_some_and(|b| b.is_ascii_alphanumeric())
        {
            return true;
        }
    }
    // Inline images live in (usually compressed) content streams, where
    // no scan can see them; an uncompressed one shows its `ID` operator.
    contains(bytes, b"\nBI ") || contains(bytes, b"\nBI\n")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

/// Renders each page in `blank` (1-based) at `OCR_DPI` and reads it with
/// Tesseract, putting the text in its page's place; notes which pages were
/// OCR'd with what confidence, and sets the mean word confidence.
fn ocr_pages(
    pdf: &Path,
    blank: &[usize],
    limits: &Limits,
    pages: &mut [String],
    out: &mut Extraction,
) -> Result<(), ExtractError> {
    let list = |p: &[usize]| {
        p.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    if limits.ocr_languages.is_empty() {
        out.notes.push(format!(
            "page(s) {} have no text layer and OCR is switched off",
            list(blank)
        ));
        return Ok(());
    }
    let (todo, skipped) = blank.split_at(blank.len().min(limits.max_ocr_pages));
    if !skipped.is_empty() {
        out.notes.push(format!(
            "page(s) {} have no text layer and were not OCR'd (over the {}-page OCR limit)",
            list(skipped),
            limits.max_ocr_pages
        ));
    }
    let dir = tempfile::Builder::new()
        .prefix("opencomplai-ocr-")
        .tempdir()
        .map_err(|e| ExtractError::Unreadable(format!("could not stage OCR pages: {e}")))?;
    let (mut words, mut sum) = (0usize, 0.0f64);
    let mut done = Vec::new();
    for &page in todo {
        let Some(image) = draw_for_ocr(pdf, page, dir.path())? else {
            out.notes.push(format!(
                "page {page} has no text layer and could not be rendered for OCR"
            ));
            continue;
        };
        let read = ocr::recognise(&image, &limits.ocr_languages, Some(OCR_DPI));
        let _ = std::fs::remove_file(&image);
        // One page OCR cannot read loses that page, not the document.
        let read = match read {
            Ok(read) => read,
            Err(e) => {
                out.notes.push(format!("page {page}: {e}"));
                continue;
            }
        };
        words += read.words;
        sum += read.confidence_sum;
        done.push(match read.confidence() {
            Some(c) => format!("{page} ({c:.2})"),
            None => format!("{page} (no text found)"),
        });
        if let Some(slot) = pages.get_mut(page - 1) {
            *slot = read.text;
        }
    }
    if !done.is_empty() {
        out.notes.push(format!(
            "OCR ({}) used on page(s) without a text layer, with mean confidence: {}",
            limits.ocr_languages,
            done.join(", ")
        ));
    }
    if words > 0 {
        out.ocr_confidence = Some(sum / words as f64 / 100.0);
    }
    Ok(())
}

/// Draws page `page` (from 1) of `pdf` into `dir` as Tesseract reads
/// it best, gray at [`OCR_DPI`]; `None` when poppler could not draw it.
pub(crate) fn draw_for_ocr(
    pdf: &Path,
    page: usize,
    dir: &Path,
) -> Result<Option<std::path::PathBuf>, ExtractError> {
    let n = page.to_string();
    let prefix = dir.join(format!("page-{page}"));
    let prefix_arg = prefix.to_string_lossy().into_owned();
    let dpi = OCR_DPI.to_string();
    let rendered = run(
        "pdftoppm",
        &[
            "-r",
            &dpi,
            "-gray",
            "-png",
            "-singlefile",
            "-f",
            &n,
            "-l",
            &n,
        ],
        pdf,
        &[&prefix_arg],
    )?;
    let image = prefix.with_extension("png");
    Ok((rendered.status.success() && image.exists()).then_some(image))
}

/// Checks the `%PDF-` header (within the first KiB, where readers look
/// for it) and writes the bytes to a private temporary file (in the
/// sandbox's scratch directory) for poppler to read; the file goes when
/// the handle is dropped.
pub(crate) fn stage(bytes: &[u8]) -> Result<tempfile::NamedTempFile, ExtractError> {
    if !bytes.starts_with(b"%PDF-")
        && !bytes[..bytes.len().min(1024)]
            .windows(5)
            .any(|w| w == b"%PDF-")
    {
        return Err(ExtractError::Unreadable(
            "PDF is not valid: it has no %PDF header".into(),
        ));
    }
    let mut file = tempfile::Builder::new()
        .prefix("opencomplai-")
        .suffix(".pdf")
        .tempfile()
        .map_err(|e| ExtractError::Unreadable(format!("could not stage the PDF: {e}")))?;
    file.write_all(bytes)
        .map_err(|e| ExtractError::Unreadable(format!("could not stage the PDF: {e}")))?;
    Ok(file)
}
