//! PASSPORT: a passport number has no check digit on the page, and its
//! shapes (nine letters and digits) are those of many other codes, so it
//! is read only next to a passport word (English, German, French, Spanish,
//! Italian, Dutch); a shape issued by one of the covered countries scores
//! higher than any other code of 6 to 9 letters and digits.

use std::sync::LazyLock;

use regex::Regex;

use super::context::{CONTEXT_AFTER, CONTEXT_BEFORE, PASSPORT_CTX, context_has};
use super::text::{is_word_char, next_char, next_clear, prev_char, scan_in_skipping};
use super::{cand, re, scores};
use crate::{Candidate, EntityType};

/// A token of 6 to 9 upper-case letters and digits.
static TOKEN: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u)[A-Z0-9]{6,9}"));

/// Passport numbers as the covered countries issue them.
static KNOWN: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?-u)^(?:",
        // Germany: 9 of C F G H J K L M N P R T V W X Y Z and digits,
        // starting with a letter of C-K
        r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}",
        // France: 2 digits, 2 letters, 5 digits
        r"|[0-9]{2}[A-Z]{2}[0-9]{5}",
        // Spain: 3 letters (or 2), 6 digits
        r"|[A-Z]{2,3}[0-9]{6}",
        // Italy: 2 letters, 7 digits
        r"|[A-Z]{2}[0-9]{7}",
        // Netherlands: 2 letters, 6 letters or digits, 1 digit; no O
        r"|[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]",
        // United Kingdom and United States: 9 digits; US next generation:
        // a letter and 8 digits
        r"|[0-9]{9}|[A-Z][0-9]{8}",
        r")$"
    ))
});

pub(super) fn passports(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    // Every passport word has "pas" in it (data/pii/passport_context.txt);
    // without one within reach of the window no token here has its context
    // word, and the token scan is skipped.
    let reach =
        &text.as_bytes()[ws.saturating_sub(CONTEXT_BEFORE)..(we + CONTEXT_AFTER).min(text.len())];
    if !reach.windows(3).any(|w| w.eq_ignore_ascii_case(b"pas")) {
        return;
    }
    scan_in_skipping(&TOKEN, text, ws, we, |s, e| {
        let clear = |p| prev_char(text, p).is_none_or(|c| !(is_word_char(c) || c == '-'));
        if !clear(s) {
            return Err(next_clear(text, s, we, clear));
        }
        let after_ok = next_char(text, e).is_none_or(|c| !(is_word_char(c) || c == '-'))
            && !(text[e..].starts_with(['.', ',', '/'])
                && text[e + 1..].starts_with(|c: char| c.is_ascii_digit()));
        let token = &text[s..e];
        // letters only, or digits only but not nine of them (dates,
        // postcodes, amounts)
        let digits = token.bytes().filter(u8::is_ascii_digit).count();
        if !after_ok
            || digits == 0
            || (digits == token.len() && token.len() != 9)
            || !context_has(text, s, e, &PASSPORT_CTX)
        {
            return Ok(false);
        }
        let score = if KNOWN.is_match(token) {
            scores::PASSPORT_KNOWN_SHAPE
        } else {
            scores::PASSPORT
        };
        out.push(cand(EntityType::Passport, s, e, score, "passport", false));
        Ok(true)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        passports(text, 0, text.len(), &mut out);
        out.retain(|c| c.score >= crate::DEFAULT_MIN_SCORE);
        out.into_iter()
            .map(|c| text[c.start..c.end].to_owned())
            .collect()
    }

    #[test]
    fn passport_numbers_are_read_next_to_a_passport_word() {
        for (text, value) in [
            ("Passport number: 123456789", "123456789"),
            ("Reisepass-Nr. C01X00T47", "C01X00T47"),
            ("numéro de passeport 12AB34567", "12AB34567"),
            ("Pasaporte: PAA123456", "PAA123456"),
            ("passaporto n. YA1234567", "YA1234567"),
            ("Paspoortnummer: NXC1ABC23", "NXC1ABC23"),
        ] {
            assert_eq!(found(text), [value], "{text}");
        }
    }

    #[test]
    fn codes_without_a_passport_word_are_not_passports() {
        for text in [
            "Order number: 123456789",
            "Ticket C01X00T47",
            "Invoice 12AB34567",
            // a passport word, but a date, a postcode and a plain word
            "Passport issued 20240115",
            "Passport office, 10115 Berlin",
            "Passport PHOTOS",
        ] {
            assert_eq!(found(text), Vec::<String>::new(), "{text}");
        }
    }
}
