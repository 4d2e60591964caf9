//! Office documents in ZIP containers: DOCX (paragraphs with headings and
//! list items in order, tables as rows of cells, core properties, embedded
//! media), PPTX (slide text in order, then speaker notes), XLSX (each sheet
//! a table) and ODT (paragraphs, headings, tables, metadata). XML is read
//! with quick-xml, which expands no custom entities, so entity bombs are
//! inert; the ZIP layer caps entries and decompressed bytes.

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use serde_json::{Map, Value, json};

use crate::zipped::Archive;
use crate::{ExtractError, Extraction, Extractor, Limits, Table};

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == key)
        .map(|a| a.value.into_owned())
}

/// The text an event contributes: character data, or a character or
/// predefined entity reference. Other entity references are dropped, never
/// expanded (no DTD is read), so entity-expansion bombs are inert.
pub(crate) fn piece(event: &Event<'_>) -> Option<String> {
    match event {
        Event::Text(t) => Some(t.xml_content(XmlVersion::Implicit1_0).into_owned()),
        Event::CData(t) => Some(t.xml_content(XmlVersion::Implicit1_0).into_owned()),
        Event::GeneralRef(r) => {
            if r.is_char_ref() {
                return r.resolve_char_ref().ok().flatten().map(String::from);
            }
            let name = r.borrow().into_inner();
            let c = match name.as_ref() {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ => return None,
            };
            Some(c.to_owned())
        }
        _ => None,
    }
}

fn xml_error(format: &'static str, part: &str, e: impl std::fmt::Display) -> ExtractError {
    ExtractError::Invalid {
        format,
        reason: format!("{part} is not well-formed XML: {e}"),
    }
}

/// Text content of simple `<ns:name>value</ns:name>` elements, keyed by local name.
pub(crate) fn simple_fields(
    xml: &[u8],
    format: &'static str,
    part: &str,
) -> Result<Map<String, Value>, ExtractError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Map::new();
    let mut current: Option<String> = None;
    let mut buf = Vec::new();
    loop {
        match reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(format, part, e))?
        {
            Event::Start(e) => current = Some(local(e.name().as_ref()).to_owned()),
            ref ev @ (Event::Text(_) | Event::GeneralRef(_)) => {
                if let (Some(k), Some(v)) = (&current, piece(ev)) {
                    let joined = match out.get(k).and_then(Value::as_str) {
                        Some(before) => format!("{before}{v}"),
                        None => v,
                    };
                    if !joined.trim().is_empty() {
                        out.insert(k.clone(), json!(joined.trim()));
                    }
                }
            }
            Event::End(_) => current = None,
            Event::Eof => return Ok(out),
            _ => {}
        }
        buf.clear();
    }
}

/// Maps Dublin Core / OOXML / ODF property names onto ours.
pub(crate) fn properties(fields: Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for (k, v) in fields {
        let key = match k.as_str() {
            "title" => "title",
            "subject" => "subject",
            "creator" | "initial-creator" => "author",
            "keywords" | "keyword" => "keywords",
            "description" => "description",
            "lastModifiedBy" => "last_modified_by",
            "created" | "creation-date" => "created",
            "modified" | "date" => "modified",
            "Pages" | "document-statistic" => "pages",
            _ => continue,
        };
        out.entry(key.to_owned()).or_insert(v);
    }
    out
}

fn media(archive: &mut Archive<'_>, prefix: &str) -> Vec<Value> {
    archive
        .sizes_under(prefix)
        .into_iter()
        .map(|(name, size)| {
            let format = name
                .rsplit('.')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            json!({"name": name, "format": format, "size_bytes": size})
        })
        .collect()
}

/// A text block being built: paragraph text, and where it goes.
#[derive(Default)]
struct Blocks {
    text: String,
    headings: Vec<String>,
    tables: Vec<Vec<Vec<String>>>,
    /// Open tables (they nest), each with its rows.
    open: Vec<Vec<Vec<String>>>,
    cell: Option<String>,
}

impl Blocks {
    fn push_text(&mut self, s: &str, para: &mut String) {
        para.push_str(s);
    }

    fn end_paragraph(&mut self, para: &mut String, heading: bool, list: bool) {
        let line = para.trim().to_owned();
        para.clear();
        if line.is_empty() {
            return;
        }
        if let Some(cell) = self.cell.as_mut() {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&line);
            return;
        }
        if heading {
            self.headings.push(line.clone());
        }
        if list {
            self.text.push_str("- ");
        }
        self.text.push_str(&line);
        self.text.push('\n');
    }

    fn start_table(&mut self) {
        self.open.push(Vec::new());
    }

    fn start_row(&mut self) {
        if let Some(t) = self.open.last_mut() {
            t.push(Vec::new());
        }
    }

    fn start_cell(&mut self) {
        self.cell = Some(String::new());
    }

    fn end_cell(&mut self) {
        if let (Some(c), Some(row)) = (
            self.cell.take(),
            self.open.last_mut().and_then(|t| t.last_mut()),
        ) {
            row.push(c);
        }
    }

    fn end_row(&mut self) {
        if let Some(row) = self.open.last().and_then(|t| t.last()) {
            self.text.push_str(&row.join("\t"));
            self.text.push('\n');
        }
    }

    fn end_table(&mut self) {
        if let Some(t) = self.open.pop() {
            let rows: Vec<Vec<String>> = t.into_iter().filter(|r| !r.is_empty()).collect();
            if !rows.is_empty() {
                self.tables.push(rows);
            }
        }
    }

    fn finish(self, out: &mut Extraction) {
        out.text = self.text.trim_end().to_owned();
        for (i, rows) in self.tables.into_iter().enumerate() {
            out.tables.push(Table {
                source: format!("table {}", i + 1),
                rows,
            });
        }
        if !self.headings.is_empty() {
            out.metadata.insert("headings".into(), json!(self.headings));
        }
    }
}

pub(crate) struct Docx;

impl Extractor for Docx {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        const F: &str = "DOCX";
        let mut archive = Archive::open(bytes, F)?;
        let body = archive
            .read("word/document.xml")?
            .ok_or_else(|| archive.missing("word/document.xml"))?;
        let mut blocks = Blocks::default();
        let mut reader = Reader::from_reader(body.as_slice());
        let (mut para, mut heading, mut list, mut in_text) = (String::new(), false, false, false);
        let mut buf = Vec::new();
        loop {
            match reader
                .read_event_into(&mut buf)
                .map_err(|e| xml_error(F, "word/document.xml", e))?
            {
                Event::Start(e) | Event::Empty(e) => match local(e.name().as_ref()) {
                    "p" => (heading, list) = (false, false),
                    "pStyle" => {
                        let style = attr(&e, "val").unwrap_or_default().to_ascii_lowercase();
                        heading = style.starts_with("heading") || style == "title";
                        list |= style.contains("list");
                    }
                    "numPr" => list = true,
                    "t" => in_text = true,
                    "tab" => para.push('\t'),
                    "br" | "cr" => para.push('\n'),
                    "tbl" => blocks.start_table(),
                    "tr" => blocks.start_row(),
                    "tc" => blocks.start_cell(),
                    _ => {}
                },
                ref ev @ (Event::Text(_) | Event::GeneralRef(_)) if in_text => {
                    if let Some(s) = piece(ev) {
                        blocks.push_text(&s, &mut para);
                    }
                }
                Event::End(e) => match local(e.name().as_ref()) {
                    "t" => in_text = false,
                    "p" => blocks.end_paragraph(&mut para, heading, list),
                    "tc" => blocks.end_cell(),
                    "tr" => blocks.end_row(),
                    "tbl" => blocks.end_table(),
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        let mut out = Extraction::default();
        blocks.finish(&mut out);
        if let Some(core) = archive.read("docProps/core.xml")? {
            out.metadata
                .extend(properties(simple_fields(&core, F, "docProps/core.xml")?));
        }
        out.images = media(&mut archive, "word/media/");
        Ok(out)
    }
}

pub(crate) struct Pptx;

fn numbered(names: &[String], prefix: &str) -> Vec<(u32, String)> {
    let mut found: Vec<(u32, String)> = names
        .iter()
        .filter_map(|n| {
            let rest = n.strip_prefix(prefix)?.strip_suffix(".xml")?;
            Some((rest.parse().ok()?, n.clone()))
        })
        .collect();
    found.sort();
    found
}

/// The paragraphs of a DrawingML part (`a:p` / `a:t`), one per line.
fn drawing_text(xml: &[u8], part: &str) -> Result<String, ExtractError> {
    let mut reader = Reader::from_reader(xml);
    let (mut out, mut para, mut in_text) = (String::new(), String::new(), false);
    let mut buf = Vec::new();
    loop {
        match reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error("PPTX", part, e))?
        {
            Event::Start(e) if local(e.name().as_ref()) == "t" => in_text = true,
            Event::Empty(e) if local(e.name().as_ref()) == "br" => para.push('\n'),
            ref ev @ (Event::Text(_) | Event::GeneralRef(_)) if in_text => {
                para.push_str(&piece(ev).unwrap_or_default())
            }
            Event::End(e) => match local(e.name().as_ref()) {
                "t" => in_text = false,
                "p" => {
                    if !para.trim().is_empty() {
                        out.push_str(para.trim());
                        out.push('\n');
                    }
                    para.clear();
                }
                _ => {}
            },
            Event::Eof => return Ok(out),
            _ => {}
        }
        buf.clear();
    }
}

impl Extractor for Pptx {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        const F: &str = "PPTX";
        let mut archive = Archive::open(bytes, F)?;
        let names = archive.names();
        let slides = numbered(&names, "ppt/slides/slide");
        if slides.is_empty() {
            return Err(archive.missing("ppt/slides/slide1.xml"));
        }
        let mut out = Extraction::default();
        for (n, part) in &slides {
            let xml = archive.read(part)?.unwrap_or_default();
            out.text
                .push_str(&format!("Slide {n}\n{}\n", drawing_text(&xml, part)?));
            let notes = format!("ppt/notesSlides/notesSlide{n}.xml");
            if let Some(xml) = archive.read(&notes)? {
                let text = drawing_text(&xml, &notes)?;
                // Notes placeholders repeat the slide number; keep real notes.
                let text: Vec<&str> = text.lines().filter(|l| l.trim() != n.to_string()).collect();
                if !text.is_empty() {
                    out.text.push_str(&format!("Notes: {}\n", text.join("\n")));
                }
            }
            out.text.push('\n');
        }
        out.text = out.text.trim_end().to_owned();
        out.metadata.insert("slides".into(), json!(slides.len()));
        if let Some(core) = archive.read("docProps/core.xml")? {
            out.metadata
                .extend(properties(simple_fields(&core, F, "docProps/core.xml")?));
        }
        out.images = media(&mut archive, "ppt/media/");
        Ok(out)
    }
}

pub(crate) struct Xlsx;

impl Extractor for Xlsx {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        const F: &str = "XLSX";
        let mut archive = Archive::open(bytes, F)?;
        let shared = match archive.read("xl/sharedStrings.xml")? {
            Some(xml) => shared_strings(&xml)?,
            None => Vec::new(),
        };
        let sheet_names =
            workbook_sheet_names(&archive.read("xl/workbook.xml")?.unwrap_or_default())?;
        let names = archive.names();
        let mut out = Extraction::default();
        for (i, (_, part)) in numbered(&names, "xl/worksheets/sheet")
            .into_iter()
            .enumerate()
        {
            let xml = archive.read(&part)?.unwrap_or_default();
            let rows = sheet_rows(&xml, &shared, &part)?;
            let name = sheet_names
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("{}", i + 1));
            push_sheet(&mut out, &name, rows);
        }
        out.text = out.text.trim_end().to_owned();
        out.metadata.insert("sheets".into(), json!(sheet_names));
        if let Some(core) = archive.read("docProps/core.xml")? {
            out.metadata
                .extend(properties(simple_fields(&core, F, "docProps/core.xml")?));
        }
        Ok(out)
    }
}

/// One sheet of a workbook: a `Sheet <name>` block of tab-separated rows
/// in the text, and a table `sheet <name>`.
pub(crate) fn push_sheet(out: &mut Extraction, name: &str, rows: Vec<Vec<String>>) {
    out.text.push_str(&format!("Sheet {name}\n"));
    for row in &rows {
        out.text.push_str(&row.join("\t"));
        out.text.push('\n');
    }
    out.text.push('\n');
    out.tables.push(Table {
        source: format!("sheet {name}"),
        rows,
    });
}

fn shared_strings(xml: &[u8]) -> Result<Vec<String>, ExtractError> {
    let mut reader = Reader::from_reader(xml);
    let (mut out, mut current, mut in_t) = (Vec::new(), String::new(), false);
    let mut buf = Vec::new();
    loop {
        match reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error("XLSX", "xl/sharedStrings.xml", e))?
        {
            Event::Start(e) if local(e.name().as_ref()) == "t" => in_t = true,
            ref ev @ (Event::Text(_) | Event::GeneralRef(_)) if in_t => {
                current.push_str(&piece(ev).unwrap_or_default())
            }
            Event::End(e) => match local(e.name().as_ref()) {
                "t" => in_t = false,
                "si" => out.push(std::mem::take(&mut current)),
                _ => {}
            },
            Event::Eof => return Ok(out),
            _ => {}
        }
        buf.clear();
    }
}

fn workbook_sheet_names(xml: &[u8]) -> Result<Vec<String>, ExtractError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    loop {
        match reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error("XLSX", "xl/workbook.xml", e))?
        {
            Event::Start(e) | Event::Empty(e) if local(e.name().as_ref()) == "sheet" => {
                out.push(attr(&e, "name").unwrap_or_default());
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
        buf.clear();
    }
}

fn sheet_rows(xml: &[u8], shared: &[String], part: &str) -> Result<Vec<Vec<String>>, ExtractError> {
    let mut reader = Reader::from_reader(xml);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (mut kind, mut value, mut in_value) = (String::new(), String::new(), false);
    let mut buf = Vec::new();
    loop {
        match reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error("XLSX", part, e))?
        {
            Event::Start(e) | Event::Empty(e) => match local(e.name().as_ref()) {
                "row" => rows.push(Vec::new()),
                "c" => {
                    kind = attr(&e, "t").unwrap_or_default();
                    value.clear();
                }
                "v" | "t" => in_value = true,
                _ => {}
            },
            ref ev @ (Event::Text(_) | Event::GeneralRef(_)) if in_value => {
                value.push_str(&piece(ev).unwrap_or_default())
            }
            Event::End(e) => match local(e.name().as_ref()) {
                "v" | "t" => in_value = false,
                "c" => {
                    let cell = if kind == "s" {
                        value
                            .trim()
                            .parse::<usize>()
                            .ok()
                            .and_then(|i| shared.get(i))
                            .cloned()
                            .unwrap_or_default()
                    } else {
                        value.clone()
                    };
                    if let Some(row) = rows.last_mut() {
                        row.push(cell);
                    }
                }
                _ => {}
            },
            Event::Eof => return Ok(rows),
            _ => {}
        }
        buf.clear();
    }
}

pub(crate) struct Odt;

impl Extractor for Odt {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        const F: &str = "ODT";
        let mut archive = Archive::open(bytes, F)?;
        let content = archive
            .read("content.xml")?
            .ok_or_else(|| archive.missing("content.xml"))?;
        let mut blocks = Blocks::default();
        let mut reader = Reader::from_reader(content.as_slice());
        let mut para = String::new();
        let (mut depth, mut heading, mut list_depth) = (0usize, false, 0usize);
        let mut buf = Vec::new();
        loop {
            match reader
                .read_event_into(&mut buf)
                .map_err(|e| xml_error(F, "content.xml", e))?
            {
                Event::Start(e) => match local(e.name().as_ref()) {
                    "p" => depth += 1,
                    "h" => {
                        depth += 1;
                        heading = true;
                    }
                    "list-item" => list_depth += 1,
                    "table" => blocks.start_table(),
                    "table-row" => blocks.start_row(),
                    "table-cell" => blocks.start_cell(),
                    _ => {}
                },
                Event::Empty(e) => match local(e.name().as_ref()) {
                    "tab" => para.push('\t'),
                    "s" => para.push(' '),
                    "line-break" => para.push('\n'),
                    _ => {}
                },
                ref ev @ (Event::Text(_) | Event::GeneralRef(_)) if depth > 0 => {
                    if let Some(s) = piece(ev) {
                        blocks.push_text(&s, &mut para);
                    }
                }
                Event::End(e) => match local(e.name().as_ref()) {
                    "p" | "h" => {
                        depth = depth.saturating_sub(1);
                        blocks.end_paragraph(&mut para, heading, list_depth > 0);
                        heading = false;
                    }
                    "list-item" => list_depth = list_depth.saturating_sub(1),
                    "table-cell" => blocks.end_cell(),
                    "table-row" => blocks.end_row(),
                    "table" => blocks.end_table(),
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        let mut out = Extraction::default();
        blocks.finish(&mut out);
        if let Some(meta) = archive.read("meta.xml")? {
            out.metadata
                .extend(properties(simple_fields(&meta, F, "meta.xml")?));
        }
        out.images = media(&mut archive, "Pictures/");
        Ok(out)
    }
}
