//! Bytes in, text out: detecting a file's type from its bytes (with the file
//! name's extension as a hint) and extracting its text, metadata and tables;
//! a PDF page or an image out as a PNG picture ([`render`]); and a PDF or an
//! image out as a PDF of pictures with chosen strings covered ([`redact`]).
//! Pure functions: no database, no HTTP, no global state, so every extractor
//! can be fuzzed, benchmarked and reused alone.

mod detect;
mod email;
mod html;
mod hyphen;
mod image;
mod layout;
mod markdown;
mod ocr;
mod office;
mod pdf;
mod pdf_images;
mod redact;
mod render;
mod rtf;
mod running;
mod spreadsheet;
mod structured;
mod table;
mod text;
mod tool;
mod zipped;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use detect::detect;
pub use ocr::valid_languages as valid_ocr_languages;
pub use redact::{REDACT_DPI, Redaction, redact};
pub use render::{MAX_RENDER_WIDTH, Rendered, render};
/// Uploaded ZIP archives, unpacked under the same limits as Office files.
pub mod archive {
    pub use crate::zipped::{
        ArchiveError, MAX_ENTRIES, MAX_UNCOMPRESSED, Member, MemberContent, looks_like_zip, unpack,
    };
}

/// The types OpenComplai can extract. The string forms are what
/// `documents.file_type` holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileType {
    Txt,
    Md,
    Html,
    Csv,
    Json,
    Docx,
    Pptx,
    Xlsx,
    Odt,
    Pdf,
    Xls,
    Ods,
    Rtf,
    Eml,
    Png,
    Jpeg,
    Tiff,
    Webp,
}

impl FileType {
    pub const ALL: [FileType; 18] = [
        Self::Txt,
        Self::Md,
        Self::Html,
        Self::Csv,
        Self::Json,
        Self::Docx,
        Self::Pptx,
        Self::Xlsx,
        Self::Odt,
        Self::Pdf,
        Self::Xls,
        Self::Ods,
        Self::Rtf,
        Self::Eml,
        Self::Png,
        Self::Jpeg,
        Self::Tiff,
        Self::Webp,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Txt => "txt",
            Self::Md => "md",
            Self::Html => "html",
            Self::Csv => "csv",
            Self::Json => "json",
            Self::Docx => "docx",
            Self::Pptx => "pptx",
            Self::Xlsx => "xlsx",
            Self::Odt => "odt",
            Self::Pdf => "pdf",
            Self::Xls => "xls",
            Self::Ods => "ods",
            Self::Rtf => "rtf",
            Self::Eml => "eml",
            Self::Png => "png",
            Self::Jpeg => "jpeg",
            Self::Tiff => "tiff",
            Self::Webp => "webp",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Whether [`render`] can show this type as a picture: PDF pages and
    /// images; the other types are text first and have no picture form.
    pub fn has_pictures(self) -> bool {
        matches!(
            self,
            Self::Pdf | Self::Png | Self::Jpeg | Self::Tiff | Self::Webp
        )
    }

    /// The media type the original is served with.
    pub fn mime(self) -> &'static str {
        match self {
            // No charset: originals are served as they came, in whatever
            // encoding that was.
            Self::Txt => "text/plain",
            Self::Md => "text/markdown",
            Self::Html => "text/html",
            Self::Csv => "text/csv",
            Self::Json => "application/json",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Odt => "application/vnd.oasis.opendocument.text",
            Self::Pdf => "application/pdf",
            Self::Xls => "application/vnd.ms-excel",
            Self::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Self::Rtf => "application/rtf",
            Self::Eml => "message/rfc822",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Tiff => "image/tiff",
            Self::Webp => "image/webp",
        }
    }

    fn extractor(self) -> &'static dyn Extractor {
        match self {
            Self::Txt => &text::PlainText,
            Self::Md => &markdown::Markdown,
            Self::Html => &html::Html,
            Self::Csv => &structured::Csv,
            Self::Json => &structured::Json,
            Self::Docx => &office::Docx,
            Self::Pptx => &office::Pptx,
            Self::Xlsx => &office::Xlsx,
            Self::Odt => &office::Odt,
            Self::Pdf => &pdf::Pdf,
            Self::Xls | Self::Ods => &spreadsheet::Spreadsheet,
            Self::Rtf => &rtf::Rtf,
            Self::Eml => &email::Email,
            Self::Png | Self::Jpeg | Self::Tiff | Self::Webp => &image::Image,
        }
    }
}

/// One table found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// Where it came from, e.g. "table 2" or "file".
    pub source: String,
    pub rows: Vec<Vec<String>>,
}

/// What an extractor found.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Extraction {
    pub text: String,
    pub metadata: Map<String, Value>,
    pub tables: Vec<Table>,
    pub images: Vec<Value>,
    /// Things a reviewer should know (truncation, encoding guesses, ...).
    pub notes: Vec<String>,
    /// 0..1 where text came from OCR (the mean word confidence Tesseract
    /// gave); `None` when all text was read directly.
    #[serde(default)]
    pub ocr_confidence: Option<f64>,
}

/// Bounds every extraction respects, and how OCR runs.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Inputs larger than this are refused.
    pub max_input_bytes: usize,
    /// Extracted text is cut at this many bytes (on a character boundary).
    pub max_text_bytes: usize,
    /// Tables keep at most this many rows each.
    pub max_table_rows: usize,
    /// Tesseract languages, `+`-joined (`eng`, `eng+deu`); empty: no OCR.
    pub ocr_languages: String,
    /// At most this many PDF pages without a text layer are OCR'd.
    pub max_ocr_pages: usize,
    /// Attachments inside attachments are followed this deep.
    pub max_nesting: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_input_bytes: 512 * 1024 * 1024,
            max_text_bytes: 64 * 1024 * 1024,
            max_table_rows: 100_000,
            ocr_languages: "eng".to_owned(),
            max_ocr_pages: 500,
            max_nesting: 3,
        }
    }
}

/// Why a file could not be extracted: a readable sentence for
/// `documents.processing_error`.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum ExtractError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {size} bytes, over the {limit}-byte extraction limit")]
    TooLarge { size: usize, limit: usize },
    #[error("{format} is not valid: {reason}")]
    Invalid {
        format: &'static str,
        reason: String,
    },
    /// A whole sentence, e.g. "DOCX is not a valid ZIP archive".
    #[error("{0}")]
    Unreadable(String),
    /// [`render`] was asked for a page the document does not have: the
    /// request's fault, not the file's (pages count from 1).
    #[error("there is no page {page}: the document has {pages} page{}", if *.pages == 1 { "" } else { "s" })]
    NoSuchPage { page: u32, pages: u32 },
}

/// One format's extractor; the pipeline picks one by `FileType`.
pub trait Extractor: Sync {
    fn extract(&self, bytes: &[u8], limits: &Limits) -> Result<Extraction, ExtractError>;
}

/// Extracts `bytes` as `file_type`, within `limits`.
pub fn extract(
    file_type: FileType,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Extraction, ExtractError> {
    check_size(bytes, limits)?;
    let mut out = file_type.extractor().extract(bytes, limits)?;
    // PostgreSQL text and jsonb cannot hold U+0000; an RTF `\'00`, a
    // quoted-printable `=00` or a spreadsheet cell can carry one.
    strip_nul(&mut out.text);
    for table in &mut out.tables {
        table.rows.iter_mut().flatten().for_each(strip_nul);
    }
    for value in out.metadata.values_mut().chain(out.images.iter_mut()) {
        strip_nul_json(value);
    }
    // Cut on a character boundary, and not between a letter and its
    // combining marks (which composing would then lose).
    let cut = |text: &mut String| {
        (text.len() > limits.max_text_bytes).then(|| {
            let mut at = limits.max_text_bytes;
            while at > 0
                && (!text.is_char_boundary(at)
                    || text[at..].chars().next().is_some_and(|c| {
                        unicode_normalization::char::canonical_combining_class(c) != 0
                    }))
            {
                at -= 1;
            }
            text.truncate(at);
        })
    };
    let truncated = cut(&mut out.text);
    for table in &mut out.tables {
        if table.rows.len() > limits.max_table_rows {
            table.rows.truncate(limits.max_table_rows);
            out.notes.push(format!(
                "{} truncated to {} rows",
                table.source, limits.max_table_rows
            ));
        }
    }
    // One spelling for one text: "é" as one character (NFC), whether the
    // file spelled it so or as "e" and a combining accent (poppler joins
    // a TeX font's accent to its letter that way; macOS writes it so).
    // Search, the analyzer's word lists and redaction then see one form.
    // Composed after the cut, so no more than the limit is copied; a
    // rare composition that lengthens the text is cut again.
    compose(&mut out.text);
    if cut(&mut out.text).or(truncated).is_some() {
        out.notes
            .push(format!("text truncated to {} bytes", out.text.len()));
    }
    for table in &mut out.tables {
        table.rows.iter_mut().flatten().for_each(compose);
    }
    for value in out.metadata.values_mut() {
        compose_json(value);
    }
    Ok(out)
}

/// Refuses empty inputs and inputs over the size limit, before any parser
/// sees them.
fn check_size(bytes: &[u8], limits: &Limits) -> Result<(), ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    if bytes.len() > limits.max_input_bytes {
        return Err(ExtractError::TooLarge {
            size: bytes.len(),
            limit: limits.max_input_bytes,
        });
    }
    Ok(())
}

/// `s` in Unicode normalization form C: composed characters where
/// Unicode has them ("e" and U+0301 become "é"). Canonically equivalent,
/// so nothing is lost or changed in meaning; borrowed when `s` is NFC
/// already, as nearly all text is.
pub fn nfc(s: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{IsNormalized, UnicodeNormalization as _, is_nfc, is_nfc_quick};
    let composed = match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => true,
        // Some vowel signs of Indic scripts answer "maybe": check fully
        // before copying.
        IsNormalized::Maybe => is_nfc(s),
        IsNormalized::No => false,
    };
    if composed {
        std::borrow::Cow::Borrowed(s)
    } else {
        let mut out = String::with_capacity(s.len());
        out.extend(s.nfc());
        std::borrow::Cow::Owned(out)
    }
}

/// `s` replaced by its NFC form ([`nfc`]) when that differs.
pub fn compose(s: &mut String) {
    if let std::borrow::Cow::Owned(composed) = nfc(s) {
        *s = composed;
    }
}

fn compose_json(value: &mut Value) {
    match value {
        Value::String(s) => compose(s),
        Value::Array(items) => items.iter_mut().for_each(compose_json),
        Value::Object(map) => map.values_mut().for_each(compose_json),
        _ => {}
    }
}

fn strip_nul(s: &mut String) {
    if s.contains('\0') {
        s.retain(|c| c != '\0');
    }
}

fn strip_nul_json(value: &mut Value) {
    match value {
        Value::String(s) => strip_nul(s),
        Value::Array(items) => items.iter_mut().for_each(strip_nul_json),
        Value::Object(map) => {
            let keys: Vec<String> = map.keys().filter(|k| k.contains('\0')).cloned().collect();
            for key in keys {
                if let Some(v) = map.remove(&key) {
                    map.insert(key.replace('\0', ""), v);
                }
            }
            map.values_mut().for_each(strip_nul_json);
        }
        _ => {}
    }
}
