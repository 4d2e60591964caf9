//! Deciding a file's type from its first bytes (magic numbers), with the
//! file name's extension as a hint where the bytes alone cannot tell (the
//! text family: plain text, Markdown, CSV, JSON all look alike).

use crate::FileType;
use crate::text::looks_textual;

/// The type of a file starting with `head` (the first few KiB), or `None`
/// when it is not a type we extract. Binary signatures win over the name:
/// a PNG called `report.csv` is a PNG, and so unsupported here.
pub fn detect(head: &[u8], file_name: Option<&str>) -> Option<FileType> {
    if head.is_empty() {
        return None;
    }
    let extension = file_name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, ext)| ext.to_ascii_lowercase());
    let office_by_name = match extension.as_deref() {
        Some("docx") => Some(FileType::Docx),
        Some("pptx") => Some(FileType::Pptx),
        Some("xlsx") => Some(FileType::Xlsx),
        Some("odt") => Some(FileType::Odt),
        Some("pdf") => Some(FileType::Pdf),
        _ => None,
    };
    if let Some(kind) = infer::get(head) {
        match kind.mime_type() {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => {
                return Some(FileType::Docx);
            }
            "application/vnd.openxmlformats-officedocument.presentationml.presentation" => {
                return Some(FileType::Pptx);
            }
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => {
                return Some(FileType::Xlsx);
            }
            "application/vnd.oasis.opendocument.text" => return Some(FileType::Odt),
            "application/pdf" => return Some(FileType::Pdf),
            // A ZIP the sniffer could not place: trust an Office extension,
            // and let the extractor say what is wrong if it is not one.
            "application/zip" => return office_by_name.filter(|t| *t != FileType::Pdf),
            _ => {}
        }
        // Text-based formats infer recognises (HTML, XML, shell scripts) are
        // decided below; anything else with a binary signature is not ours.
        if kind.matcher_type() != infer::MatcherType::Text {
            return None;
        }
    }
    // Named as an Office file but not a ZIP at all: extraction reports it
    // ("DOCX is not a valid ZIP archive") rather than reading it as text.
    if office_by_name.is_some() {
        return office_by_name;
    }
    if !looks_textual(head) {
        return None;
    }
    let by_name = match extension.as_deref() {
        Some("md" | "markdown" | "mdown") => Some(FileType::Md),
        Some("csv" | "tsv") => Some(FileType::Csv),
        Some("json") => Some(FileType::Json),
        Some("html" | "htm" | "xhtml") => Some(FileType::Html),
        Some("txt" | "text" | "log") => Some(FileType::Txt),
        _ => None,
    };
    if let Some(t) = by_name {
        return Some(t);
    }
    let start = String::from_utf8_lossy(&head[..head.len().min(512)])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        return Some(FileType::Html);
    }
    if (start.starts_with('{') || start.starts_with('['))
        && serde_json::from_slice::<serde::de::IgnoredAny>(head).is_ok()
    {
        return Some(FileType::Json);
    }
    Some(FileType::Txt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_decide_and_the_name_only_hints() {
        assert_eq!(detect(b"hello world", Some("a.txt")), Some(FileType::Txt));
        assert_eq!(
            detect(b"# Title\n\ntext", Some("README.md")),
            Some(FileType::Md)
        );
        assert_eq!(detect(b"a,b\n1,2\n", Some("data.CSV")), Some(FileType::Csv));
        assert_eq!(detect(b"{\"a\": 1}", None), Some(FileType::Json));
        assert_eq!(
            detect(b"<!DOCTYPE html><html><title>x</title></html>", None),
            Some(FileType::Html)
        );
        assert_eq!(detect(b"plain words", None), Some(FileType::Txt));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
        assert_eq!(
            detect(png, Some("looks-like.csv")),
            None,
            "a PNG is not a CSV"
        );
        assert_eq!(
            detect(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", Some("x.txt")),
            Some(FileType::Pdf),
            "a PDF is a PDF whatever its name"
        );
        assert_eq!(detect(b"PK\x03\x04\x14\0\0\0\x08\0", Some("x.txt")), None);
        assert_eq!(detect(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", None), None);
        assert_eq!(detect(b"", Some("empty.txt")), None);
        assert_eq!(detect(b"\0\x01\x02\x03binary\0\0", Some("x.txt")), None);
    }
}
