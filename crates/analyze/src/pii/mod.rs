//! Pattern recognizers with validators: EMAIL, URL, IP_ADDRESS, CREDIT_CARD,
//! IBAN, US_SSN, PHONE, DATE, MONEY; the European national identifiers
//! DE_TAX_ID, FR_NIR, ES_NIF, ES_NIE, IT_FISCAL_CODE, NL_BSN, UK_NINO;
//! PASSPORT by context; postal ADDRESS.
//!
//! Scoring: each recognizer starts from a base score for its pattern, adds
//! a bonus when its checksum or parser accepts the match (and then sets
//! `validated`), adds a bonus when a context word ("phone", "IBAN",
//! "card"...) is near the match (module `context`), and drops to a low score when a
//! negative context word ("order", "version"...) is there. Candidates that
//! fail their checksum are still produced with a low score so they claim
//! their span (a failed IBAN does not turn into a phone number) but stay
//! under the default reporting threshold. Every value is named, with its
//! reason, in `scores.rs`.
//!
//! Files: `text` (boundaries, the scan loop), `context` (context word
//! lists from `data/pii/` and the window look-up), one file per family of
//! recognizers (`web`: EMAIL, URL, IP; `identifiers`: CREDIT_CARD, IBAN,
//! US_SSN; `phones`; `dates_money`; `national` with the check-digit rules
//! in `checks`; `passports`; `postal`: ADDRESS), `ocr` (values of those
//! split by OCR spacing or line breaks, joined and validated), and
//! `scores`.
//!
//! No regex uses `\b` (Unicode word boundaries would push the regex crate
//! off its fast DFA); boundaries are checked on the match instead.

mod checks;
mod context;
mod dates_money;
mod identifiers;
mod national;
mod ocr;
mod passports;
mod phones;
mod postal;
mod scores;
mod text;
mod web;

use regex::Regex;

use crate::{Candidate, EntityType};
use dates_money::{dates, money};
use identifiers::{cards, ibans, ssns};
use phones::{phone_regions, phones};
use text::{ceil_boundary, floor_boundary};
use web::{emails, ips, ipv6, urls};

pub(crate) use text::{word_boundary_after, word_boundary_before};

/// All pattern candidates (unfiltered, possibly overlapping), byte offsets.
pub(crate) fn find(text: &str, lang: Option<&str>) -> Vec<Candidate> {
    let mut out = Vec::new();
    emails(text, &mut out);
    ocr::emails(text, &mut out);
    urls(text, &mut out);
    let windows = digit_windows(text);
    let regions = phone_regions(lang);
    for &(ws, we) in &windows {
        // Where this window's candidates start: the phone recognizer looks
        // among them for the cards and IBANs found first.
        let first = out.len();
        ips(text, ws, we, &mut out);
        cards(text, ws, we, &mut out);
        ibans(text, ws, we, &mut out);
        ssns(text, ws, we, &mut out);
        phones(text, ws, we, &regions, &mut out, first);
        dates(text, ws, we, &mut out);
        money(text, ws, we, &mut out);
        national::national_ids(text, ws, we, &mut out);
        passports::passports(text, ws, we, &mut out);
        postal::addresses(text, ws, we, &mut out);
        ocr::numbers(text, ws, we, &regions, &mut out);
    }
    ipv6(text, &mut out);
    out
}

/// Margin around digits within which a digit-bearing pattern can match.
const DIGIT_MARGIN: usize = 64;

/// Byte ranges of the text that contain digits, widened by
/// [`DIGIT_MARGIN`] and merged. Every pattern below except EMAIL and URL
/// contains a digit, so they only need to look inside these windows.
fn digit_windows(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let Some(off) = b[i..].iter().position(u8::is_ascii_digit) else {
            break;
        };
        let d = i + off;
        let mut e = d;
        while e < b.len() && b[e].is_ascii_digit() {
            e += 1;
        }
        let ws = floor_boundary(text, d.saturating_sub(DIGIT_MARGIN));
        let we = ceil_boundary(text, (e + DIGIT_MARGIN).min(b.len()));
        match out.last_mut() {
            Some(last) if ws <= last.1 => last.1 = we,
            _ => out.push((ws, we)),
        }
        i = e;
    }
    out
}

/// Compiles one of the constant patterns of this module: a bad pattern
/// fails every test run, never depends on input.
pub(super) fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex compiles")
}

/// A candidate with its score clamped to 0..1.
pub(super) fn cand(
    ty: EntityType,
    start: usize,
    end: usize,
    score: f64,
    recognizer: &'static str,
    validated: bool,
) -> Candidate {
    Candidate {
        ty,
        start,
        end,
        score: score.clamp(0.0, 1.0),
        recognizer,
        validated,
        claim: false,
    }
}

/// A candidate that failed its checksum but still claims its span, so a
/// weaker reading of the same digits (a phone number inside a mistyped
/// IBAN) is not reported instead. Its low score keeps it unreported.
pub(super) fn claim(
    ty: EntityType,
    start: usize,
    end: usize,
    score: f64,
    recognizer: &'static str,
) -> Candidate {
    Candidate {
        claim: true,
        ..cand(ty, start, end, score, recognizer, false)
    }
}

#[cfg(test)]
mod tests {
    use super::dates_money::date_valid;
    use super::identifiers::luhn;

    #[test]
    fn luhn_works() {
        assert!(luhn(b"4111111111111111"));
        assert!(!luhn(b"4111111111111112"));
        assert!(luhn(b"378282246310005"));
    }

    #[test]
    fn dates_validate() {
        assert!(date_valid("2024-02-29"));
        assert!(!date_valid("2023-02-29"));
        assert!(date_valid("April 5, 2023"));
        assert!(date_valid("5. März 2023"));
        assert!(date_valid("31/12/2023"));
        assert!(!date_valid("31/31/2023"));
    }
}
