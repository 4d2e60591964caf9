//! Deciding a file's type from its first bytes (magic numbers), with the
//! file name's extension as a hint where the bytes alone cannot tell (the
//! text family: plain text, Markdown, CSV, JSON all look alike).

use crate::FileType;
use crate::text::looks_textual;

/// The type of a file starting with `head` (the first few KiB), or `None`
/// when it is not a type we extract. Binary signatures win over the name:
/// a PNG called `report.csv` is a PNG, and so unsupported here.
/// A `%PDF-` header followed by a version digit within the first KiB.
fn has_pdf_header(head: &[u8]) -> bool {
    head[..head.len().min(1024)]
        .windows(6)
        .any(|w| w.starts_with(b"%PDF-") && w[5].is_ascii_digit())
}

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
        Some("ods") => Some(FileType::Ods),
        Some("xls") => Some(FileType::Xls),
        Some("pdf") => Some(FileType::Pdf),
        _ => None,
    };
    if head.starts_with(b"{\\rtf") {
        return Some(FileType::Rtf);
    }
    // An OLE2 compound file: the container of XLS (and DOC, PPT, MSG).
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return (office_by_name == Some(FileType::Xls)
            || infer::get(head).is_some_and(|k| k.mime_type() == "application/vnd.ms-excel"))
        .then_some(FileType::Xls);
    }
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
            "application/vnd.oasis.opendocument.spreadsheet" => return Some(FileType::Ods),
            // The sniffer takes `%PDF` anywhere in the first KiB; a note
            // that mentions "100%PDF" is not one. A PDF has its `%PDF-`
            // header there (as the PDF reader checks).
            "application/pdf" if has_pdf_header(head) => return Some(FileType::Pdf),
            "application/pdf" => {}
            "image/png" => return Some(FileType::Png),
            "image/jpeg" => return Some(FileType::Jpeg),
            "image/tiff" => return Some(FileType::Tiff),
            "image/webp" => return Some(FileType::Webp),
            // A ZIP the sniffer could not place: trust an Office extension,
            // and let the extractor say what is wrong if it is not one.
            "application/zip" => {
                return office_by_name.filter(|t| !matches!(t, FileType::Pdf | FileType::Xls));
            }
            _ => {}
        }
        // Text-based formats infer recognises (HTML, XML, shell scripts) are
        // decided below, as is text that merely mentions `%PDF`; anything
        // else with a binary signature is not ours.
        if kind.matcher_type() != infer::MatcherType::Text && kind.mime_type() != "application/pdf"
        {
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
        Some("eml") => Some(FileType::Eml),
        Some("rtf") => Some(FileType::Rtf),
        _ => None,
    };
    if let Some(t) = by_name {
        return Some(t);
    }
    let start = String::from_utf8_lossy(&head[..head.len().min(512)])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    if looks_like_email(&String::from_utf8_lossy(head).to_ascii_lowercase()) {
        return Some(FileType::Eml);
    }
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

/// Header lines that only a transported message carries: a head made of
/// header lines alone with a few of these is a message whose `From` comes
/// later (relays put `Received` and signature headers first, often more
/// than the head holds).
const TRANSPORT_HEADERS: &[&str] = &[
    "received",
    "return-path",
    "delivered-to",
    "dkim-signature",
    "arc-seal",
    "arc-message-signature",
    "arc-authentication-results",
    "authentication-results",
    "x-received",
    "received-spf",
];

/// A message as saved from a mail client: it opens with header lines
/// (`Name: value`, folded lines indented) and among them `From` and one of
/// `Date`, `Subject`, `Message-ID`, `Received`, `MIME-Version`; or the
/// head is all header lines, at least three of them transport headers.
fn looks_like_email(head: &str) -> bool {
    // Whole lines only: the head may end mid-line.
    let whole = head.rsplit_once('\n').map_or("", |(lines, _)| lines);
    let mut names = Vec::new();
    let mut body_reached = false;
    for line in whole.lines() {
        if line.trim().is_empty() {
            body_reached = true;
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else {
            return false;
        };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return false;
        }
        names.push(name.to_owned());
    }
    let classic = names.iter().any(|n| n == "from")
        && names.iter().any(|n| {
            matches!(
                n.as_str(),
                "date" | "subject" | "message-id" | "received" | "mime-version"
            )
        });
    let relayed = !body_reached
        && names
            .iter()
            .filter(|n| TRANSPORT_HEADERS.contains(&n.as_str()))
            .count()
            >= 3;
    classic || relayed
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
            Some(FileType::Png),
            "a PNG is not a CSV"
        );
        assert_eq!(
            detect(b"{\\rtf1\\ansi Hello}", Some("x.txt")),
            Some(FileType::Rtf)
        );
        assert_eq!(
            detect(
                b"From: Ada <ada@example.com>\r\nTo: bob@example.com\r\nSubject: Hi\r\n\r\nBody",
                None
            ),
            Some(FileType::Eml)
        );
        assert_eq!(
            detect(b"From: here to there\nthe story goes on", None),
            Some(FileType::Txt)
        );
        // Relays' headers fill the whole head; `From` comes after it.
        let mut relayed = String::from("Delivered-To: ada@example.com\r\n");
        while relayed.len() < 9000 {
            relayed.push_str(
                "Received: from mx.example.net (mx.example.net [192.0.2.1])\r\n\
                 \tby relay.example.org with ESMTPS id 4f2a; Mon, 6 May 2024 09:00:00 +0000\r\n",
            );
        }
        relayed.push_str("From: Bob <bob@example.net>\r\nSubject: Hi\r\n\r\nBody\r\n");
        let head = &relayed.as_bytes()[..8192];
        assert_eq!(detect(head, None), Some(FileType::Eml));
        // A log of lines that look like headers, with a blank line: text.
        assert_eq!(
            detect(
                b"Received: yes\nReceived: yes\nReceived: yes\n\nthe end\n",
                None
            ),
            Some(FileType::Txt)
        );
        assert_eq!(
            detect(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", Some("x.txt")),
            Some(FileType::Pdf),
            "a PDF is a PDF whatever its name"
        );
        assert_eq!(
            detect(
                b"Discount: 100%PDF version of the report attached.\n",
                Some("note.txt")
            ),
            Some(FileType::Txt),
            "a note that says %PDF is text"
        );
        assert_eq!(
            detect(b"Notes on the %PDF-1.7 header format.\n", None).map(|t| t == FileType::Pdf),
            Some(true),
            "with a real header within the first KiB it is taken for a PDF, as readers do"
        );
        assert_eq!(detect(b"PK\x03\x04\x14\0\0\0\x08\0", Some("x.txt")), None);
        assert_eq!(detect(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", None), None);
        assert_eq!(detect(b"", Some("empty.txt")), None);
        assert_eq!(detect(b"\0\x01\x02\x03binary\0\0", Some("x.txt")), None);
    }
}
