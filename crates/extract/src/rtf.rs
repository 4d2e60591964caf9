//! RTF: a small reader of the control-word stream. Text comes out with
//! paragraphs, tabs and Unicode (`\uN` with its `\ucN` fallbacks skipped,
//! `\'hh` bytes in the document's `\ansicpg` code page); destinations that
//! are not body text (font and colour tables, pictures, field instructions,
//! headers) are skipped; `\info` fills the metadata; table rows become
//! tables. Iterative, with a cap on group depth, so hostile nesting cannot
//! overflow the stack.

use encoding_rs::{Encoding, WINDOWS_1252};
use serde_json::{Value, json};

use crate::{ExtractError, Extraction, Extractor, Limits, Table};

/// Deeper nesting than this is refused.
const MAX_DEPTH: usize = 10_000;

pub(crate) struct Rtf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dest {
    Body,
    Skip,
    Info,
    Meta(&'static str),
}

#[derive(Debug, Clone, Copy)]
struct Group {
    dest: Dest,
    /// Fallback characters to skip after `\uN`.
    uc: usize,
}

/// Destinations whose text is not the document's.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "pict",
    "object",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "fldinst",
    "filetbl",
    "revtbl",
    "pgdsctbl",
    "bkmkstart",
    "bkmkend",
    "template",
    "nonshppict",
    "shpinst",
];

struct Writer {
    out: Extraction,
    meta: Vec<(&'static str, String)>,
    /// `\'hh` bytes waiting to be decoded together (multi-byte code pages).
    pending: Vec<u8>,
    encoding: &'static Encoding,
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell_start: usize,
    in_table: bool,
}

impl Writer {
    fn flush(&mut self, dest: Dest) {
        if self.pending.is_empty() {
            return;
        }
        let (text, _, _) = self.encoding.decode(&self.pending);
        let text = text.into_owned();
        self.pending.clear();
        self.push_str(dest, &text);
    }

    fn push_str(&mut self, dest: Dest, s: &str) {
        match dest {
            Dest::Body => self.out.text.push_str(s),
            Dest::Meta(key) => match self.meta.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push_str(s),
                None => self.meta.push((key, s.to_owned())),
            },
            Dest::Skip | Dest::Info => {}
        }
    }

    fn end_cell(&mut self) {
        let start = self.cell_start.min(self.out.text.len());
        self.row.push(self.out.text[start..].trim().to_owned());
        self.out.text.push('\t');
        self.cell_start = self.out.text.len();
    }

    fn end_row(&mut self) {
        if !self.row.is_empty() {
            self.rows.push(std::mem::take(&mut self.row));
        }
        self.out.text.push('\n');
        self.cell_start = self.out.text.len();
    }

    fn end_table(&mut self) {
        if !self.rows.is_empty() {
            let n = self.out.tables.len() + 1;
            self.out.tables.push(Table {
                source: format!("table {n}"),
                rows: std::mem::take(&mut self.rows),
            });
        }
    }
}

impl Extractor for Rtf {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        if !bytes.starts_with(b"{\\rtf") {
            return Err(ExtractError::Unreadable(
                "RTF is not valid: it does not start with {\\rtf".into(),
            ));
        }
        let mut w = Writer {
            out: Extraction::default(),
            meta: Vec::new(),
            pending: Vec::new(),
            encoding: WINDOWS_1252,
            rows: Vec::new(),
            row: Vec::new(),
            cell_start: 0,
            in_table: false,
        };
        let mut stack: Vec<Group> = Vec::new();
        let mut group = Group {
            dest: Dest::Body,
            uc: 1,
        };
        // Fallback characters still to skip after a `\uN`.
        let mut skip = 0usize;
        // Just after `{`: a `\*` or destination word here names the group.
        let mut group_start = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'{' => {
                    w.flush(group.dest);
                    if stack.len() >= MAX_DEPTH {
                        return Err(ExtractError::Unreadable(format!(
                            "RTF nests groups more than {MAX_DEPTH} deep"
                        )));
                    }
                    stack.push(group);
                    group_start = true;
                    skip = 0;
                    i += 1;
                }
                b'}' => {
                    w.flush(group.dest);
                    group = stack.pop().unwrap_or(group);
                    group_start = false;
                    skip = 0;
                    i += 1;
                }
                b'\\' => {
                    let Some(&next) = bytes.get(i + 1) else {
                        break;
                    };
                    if next.is_ascii_alphabetic() {
                        let start = i + 1;
                        let mut j = start;
                        while j < bytes.len() && bytes[j].is_ascii_alphabetic() && j - start < 32 {
                            j += 1;
                        }
                        let word = std::str::from_utf8(&bytes[start..j]).unwrap_or_default();
                        let num_start = j;
                        if j < bytes.len() && bytes[j] == b'-' {
                            j += 1;
                        }
                        while j < bytes.len() && bytes[j].is_ascii_digit() && j - num_start < 10 {
                            j += 1;
                        }
                        let param: Option<i64> = std::str::from_utf8(&bytes[num_start..j])
                            .ok()
                            .and_then(|s| s.parse().ok());
                        if j < bytes.len() && bytes[j] == b' ' {
                            j += 1;
                        }
                        i = j;
                        if word == "bin" {
                            // Raw binary data follows: skip it whole.
                            let n = usize::try_from(param.unwrap_or(0)).unwrap_or(0);
                            i = i.saturating_add(n);
                            continue;
                        }
                        if skip > 0 {
                            skip -= 1;
                            continue;
                        }
                        let was_start = std::mem::take(&mut group_start);
                        control_word(&mut w, &mut group, word, param, was_start, &mut skip);
                    } else if next == b'\'' {
                        let hex = bytes.get(i + 2..i + 4).and_then(|h| {
                            u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
                        });
                        i += 4;
                        group_start = false;
                        if skip > 0 {
                            skip -= 1;
                            continue;
                        }
                        if let Some(byte) = hex {
                            w.pending.push(byte);
                        }
                    } else {
                        i += 2;
                        if next == b'*' {
                            // An optional destination we do not know: skip.
                            if group_start {
                                group.dest = Dest::Skip;
                            }
                            continue;
                        }
                        group_start = false;
                        if skip > 0 {
                            skip -= 1;
                            continue;
                        }
                        w.flush(group.dest);
                        match next {
                            b'\\' | b'{' | b'}' => {
                                w.push_str(group.dest, &(next as char).to_string())
                            }
                            b'~' => w.push_str(group.dest, "\u{a0}"),
                            b'_' => w.push_str(group.dest, "-"),
                            b'\n' | b'\r' => paragraph(&mut w, group.dest),
                            _ => {}
                        }
                    }
                }
                b'\r' | b'\n' => i += 1,
                _ => {
                    group_start = false;
                    if skip > 0 {
                        skip -= 1;
                        i += 1;
                        continue;
                    }
                    // A run of plain bytes, decoded in the document's code page.
                    let start = i;
                    while i < bytes.len()
                        && !matches!(bytes[i], b'{' | b'}' | b'\\' | b'\r' | b'\n')
                    {
                        i += 1;
                    }
                    w.pending.extend_from_slice(&bytes[start..i]);
                }
            }
        }
        w.flush(group.dest);
        w.end_table();
        let mut out = w.out;
        out.text = tidy(&out.text);
        for (key, value) in w.meta {
            let value = value.trim();
            if !value.is_empty() {
                out.metadata
                    .insert(key.to_owned(), Value::String(value.to_owned()));
            }
        }
        if stack.len() > 1 {
            out.notes
                .push("RTF ends before all its groups are closed".into());
        }
        if out.metadata.is_empty() {
            out.metadata.insert("format".into(), json!("rtf"));
        }
        Ok(out)
    }
}

fn paragraph(w: &mut Writer, dest: Dest) {
    if dest == Dest::Body {
        if w.in_table {
            w.end_table();
            w.in_table = false;
        }
        w.out.text.push('\n');
        w.cell_start = w.out.text.len();
    }
}

fn control_word(
    w: &mut Writer,
    group: &mut Group,
    word: &str,
    param: Option<i64>,
    group_start: bool,
    skip: &mut usize,
) {
    w.flush(group.dest);
    if group_start && SKIPPED.contains(&word) {
        group.dest = Dest::Skip;
        return;
    }
    if group.dest == Dest::Skip {
        return;
    }
    match word {
        "info" => group.dest = Dest::Info,
        "title" | "author" | "subject" | "keywords" | "doccomm" | "company" | "operator"
            if group.dest == Dest::Info =>
        {
            group.dest = Dest::Meta(match word {
                "title" => "title",
                "author" => "author",
                "subject" => "subject",
                "keywords" => "keywords",
                "doccomm" => "description",
                "company" => "company",
                _ => "last_modified_by",
            });
        }
        "ansicpg" => {
            let label = format!("windows-{}", param.unwrap_or(1252));
            if let Some(e) = Encoding::for_label(label.as_bytes()) {
                w.encoding = e;
            }
        }
        "uc" => group.uc = usize::try_from(param.unwrap_or(1)).unwrap_or(1).min(8),
        "u" => {
            let n = param.unwrap_or(0);
            let n = if n < 0 { n + 65_536 } else { n };
            let c = u32::try_from(n)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{fffd}');
            w.push_str(group.dest, &c.to_string());
            *skip = group.uc;
        }
        "par" | "line" | "sect" | "page" => paragraph(w, group.dest),
        "tab" => w.push_str(group.dest, "\t"),
        "emdash" => w.push_str(group.dest, "\u{2014}"),
        "endash" => w.push_str(group.dest, "\u{2013}"),
        "bullet" => w.push_str(group.dest, "\u{2022}"),
        "lquote" => w.push_str(group.dest, "\u{2018}"),
        "rquote" => w.push_str(group.dest, "\u{2019}"),
        "ldblquote" => w.push_str(group.dest, "\u{201c}"),
        "rdblquote" => w.push_str(group.dest, "\u{201d}"),
        "trowd" if group.dest == Dest::Body => {
            w.in_table = true;
            w.cell_start = w.out.text.len();
        }
        "intbl" => w.in_table = true,
        "cell" if group.dest == Dest::Body => w.end_cell(),
        "row" if group.dest == Dest::Body => w.end_row(),
        _ => {}
    }
}

/// Trims lines and keeps at most one blank line in a row.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(rtf: &str) -> Extraction {
        Rtf.extract(rtf.as_bytes(), &Limits::default())
            .expect("extracts")
    }

    #[test]
    fn text_unicode_code_page_and_metadata_come_out_and_tables_are_skipped_noise() {
        let out = text(concat!(
            r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times;}}{\colortbl;\red0\green0\blue0;}",
            r"{\info{\title Supply agreement}{\author Ada Lovelace}}",
            r"{\*\generator Writer;}\pard Caf\'e9 \u8364?20 \b bold\b0\par",
            r"{\field{\*\fldinst HYPERLINK x}{\fldrslt link text}}\par",
            r"\trowd\cellx1000\cellx2000\pard\intbl Name\cell Amount\cell\row",
            r"\trowd\cellx1000\cellx2000\pard\intbl Ada\cell 12\cell\row",
            r"\pard After the table\par}"
        ));
        assert_eq!(
            out.text,
            "Café €20 bold\nlink text\nName\tAmount\nAda\t12\nAfter the table"
        );
        assert_eq!(out.metadata["title"], "Supply agreement");
        assert_eq!(out.metadata["author"], "Ada Lovelace");
        assert_eq!(out.tables.len(), 1);
        assert_eq!(out.tables[0].rows, [["Name", "Amount"], ["Ada", "12"]]);
    }

    #[test]
    fn a_nul_byte_never_reaches_the_text() {
        let out = crate::extract(
            crate::FileType::Rtf,
            b"{\\rtf1 a\\'00b \\u0?c}",
            &Limits::default(),
        )
        .expect("extracts");
        assert_eq!(out.text, "ab c");
    }

    #[test]
    fn hostile_nesting_is_refused_and_binary_is_skipped() {
        let deep = format!("{{\\rtf1 {}", "{".repeat(MAX_DEPTH + 5));
        let err = Rtf
            .extract(deep.as_bytes(), &Limits::default())
            .expect_err("too deep");
        assert!(err.to_string().contains("deep"), "{err}");
        let out = text("{\\rtf1 before {\\bin4 }{}}after}");
        assert_eq!(out.text, "before after");
    }
}
