//! Plain text, with its encoding detected: a byte-order mark (UTF-8,
//! UTF-16LE/BE) wins; otherwise valid UTF-8 is UTF-8, and anything else is
//! read as Windows-1252 (a superset of Latin-1's printable characters).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use serde_json::json;

use crate::{ExtractError, Extraction, Extractor, Limits};

/// Whether `head` looks like text in some encoding we read: a BOM, or no NUL
/// bytes and few control characters.
pub(crate) fn looks_textual(head: &[u8]) -> bool {
    if Encoding::for_bom(head).is_some() {
        return true;
    }
    if head.contains(&0) {
        return false;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 100 <= head.len()
}

/// Decodes `bytes`, returning the text and the encoding's name.
pub(crate) fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), encoding.name());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_owned(), UTF_8.name());
    }
    // Heuristic: UTF-16 without a BOM shows NULs in every other byte.
    let odd_nuls = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let even_nuls = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let half = bytes.len() / 2;
    if half > 0 && odd_nuls * 10 >= half * 9 {
        return (
            UTF_16LE.decode_without_bom_handling(bytes).0.into_owned(),
            UTF_16LE.name(),
        );
    }
    if half > 0 && even_nuls * 10 >= half * 9 {
        return (
            UTF_16BE.decode_without_bom_handling(bytes).0.into_owned(),
            UTF_16BE.name(),
        );
    }
    (
        WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
        WINDOWS_1252.name(),
    )
}

pub(crate) struct PlainText;

impl Extractor for PlainText {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        let (text, encoding) = decode(bytes);
        let mut out = Extraction {
            text: text.replace("\r\n", "\n"),
            ..Extraction::default()
        };
        out.metadata.insert("encoding".into(), json!(encoding));
        out.metadata
            .insert("line_count".into(), json!(out.text.lines().count()));
        if encoding == WINDOWS_1252.name() {
            out.notes.push("not UTF-8: decoded as Windows-1252".into());
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_detected() {
        assert_eq!(decode("café".as_bytes()), ("café".to_owned(), "UTF-8"));
        assert_eq!(decode(b"\xef\xbb\xbfbom"), ("bom".to_owned(), "UTF-8"));
        let utf16le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Grüße".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16le), ("Grüße".to_owned(), "UTF-16LE"));
        let utf16be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("Ωmega".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&utf16be), ("Ωmega".to_owned(), "UTF-16BE"));
        assert_eq!(
            decode(b"na\xefve \x80"),
            ("naïve €".to_owned(), "windows-1252")
        );
    }
}
