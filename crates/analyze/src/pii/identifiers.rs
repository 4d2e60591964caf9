//! CREDIT_CARD (Luhn and issuer prefix), IBAN (mod-97 via `iban_validate`)
//! and US_SSN (area, group and serial rules): numbers with a checksum or
//! structure rules, which claim their digits even when the check fails.

use std::sync::LazyLock;

use regex::Regex;

use super::context::{
    CARD_CTX, CARD_NEGATIVE_WINDOW, IBAN_CTX, NUMBER_NEG, SSN_CTX, before_has, context_has,
};
use super::scores;
use super::text::{
    field_delimiter_before, is_word_char, next_char, next_clear, prev_char, scan_in,
    scan_in_skipping, word_boundary_after, word_boundary_before,
};
use super::{cand, claim, re};
use crate::{Candidate, EntityType};

static CARD: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u)[0-9](?:[ \-]?[0-9]){11,22}"));

static IBAN: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u)[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){10,32}"));

static SSN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u)[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9}"));

/// IBAN lengths of the SEPA countries, by country code.
const IBAN_LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AT", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"CH", 21),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DK", 18),
    (b"EE", 20),
    (b"ES", 24),
    (b"FI", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GI", 23),
    (b"GR", 27),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IS", 26),
    (b"IT", 27),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"MC", 27),
    (b"MT", 31),
    (b"NL", 18),
    (b"NO", 15),
    (b"PL", 28),
    (b"PT", 25),
    (b"RO", 24),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"VA", 22),
];

/// Whether the digits at `s` go on from an IBAN's head ("DE45 5001 0517
/// …"): a SEPA country code and two digits, a word of their own, a space,
/// a dash, a few blanks or a line break before `s`, and as many characters
/// from the head on as that country's IBANs have. An IBAN whose check fails
/// is no IBAN, and its tail is no card either, even when it passes Luhn
/// (one in ten do); "VS12 4111 …" or "DE12" before sixteen digits (twenty
/// characters, where a German IBAN has 22) leave the card alone.
pub(super) fn follows_iban_head(text: &str, s: usize) -> bool {
    let b = text.as_bytes();
    let mut h = s;
    while h > 0 && s - h < 4 && matches!(b[h - 1], b' ' | b'\t' | b'-' | b'\n' | b'\r') {
        h -= 1;
    }
    if h == s || h < 4 || h > 4 && b[h - 5].is_ascii_alphanumeric() {
        return false;
    }
    let head = &b[h - 4..h];
    if !head[2..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let Some(&(_, len)) = IBAN_LENGTHS.iter().find(|(cc, _)| cc[..] == head[..2]) else {
        return false;
    };
    // the IBAN's characters from `s` on, through single separators
    let iban_char = |c: u8| c.is_ascii_digit() || c.is_ascii_uppercase();
    let (mut n, mut k) = (4, s);
    while k < b.len() && n <= 34 {
        if iban_char(b[k]) {
            n += 1;
        } else if !(matches!(b[k], b' ' | b'-' | b'\n')
            && b.get(k + 1).is_some_and(|&c| iban_char(c)))
        {
            break;
        }
        k += 1;
    }
    n == len
}

pub(super) fn cards(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in_skipping(&CARD, text, ws, we, |s, e| {
        let clear = |p| {
            field_delimiter_before(text, p)
                || prev_char(text, p).is_none_or(|c| !(is_word_char(c) || c == '.' || c == ','))
        };
        if !clear(s) {
            return Err(next_clear(text, s, we, clear));
        }
        if follows_iban_head(text, s) {
            return Ok(false);
        }
        // Groups separated by single spaces or dashes.
        let raw = &text.as_bytes()[s..e];
        let sep = raw.iter().copied().find(|c| !c.is_ascii_digit());
        if let Some(sep) = sep
            && raw.iter().any(|&c| !c.is_ascii_digit() && c != sep)
        {
            return Ok(false);
        }
        // Try the longest prefix of whole groups that is a plausible card.
        let mut ends: Vec<usize> = raw
            .iter()
            .enumerate()
            .filter(|&(_, &c)| !c.is_ascii_digit())
            .map(|(i, _)| i)
            .collect();
        ends.push(raw.len());
        for &end in ends.iter().rev() {
            let digits: Vec<u8> = raw[..end]
                .iter()
                .copied()
                .filter(u8::is_ascii_digit)
                .collect();
            if !(12..=19).contains(&digits.len()) {
                continue;
            }
            let abs_end = s + end;
            // Card numbers never contain commas, so ",09/04/1998" after one
            // (a CSV field) is fine; a dot and a digit means a decimal.
            let after_ok = next_char(text, abs_end).is_none_or(|c| !is_word_char(c))
                && !(text[abs_end..].starts_with('.')
                    && text[abs_end + 1..].starts_with(|c: char| c.is_ascii_digit()));
            if !after_ok || !card_brand_ok(&digits) {
                continue;
            }
            let valid = luhn(&digits);
            let neg = before_has(text, s, CARD_NEGATIVE_WINDOW, &NUMBER_NEG);
            let ctx = context_has(text, s, abs_end, &CARD_CTX);
            // 12-digit numbers (some Maestro cards) need a card word nearby.
            let short = digits.len() == 12 && !ctx;
            let score = match (valid, neg || short, ctx) {
                (true, true, false) => scores::CARD_DOUBTFUL,
                (true, _, true) => scores::CARD_WITH_CONTEXT,
                (true, false, false) => scores::CARD,
                (false, _, true) => scores::CARD_INVALID_WITH_CONTEXT,
                (false, _, false) => scores::CARD_INVALID,
            };
            // Groups of four (or 4-6-5 / 4-6-4) look like a card even when
            // the checksum fails: claim the span so no phone is read in it.
            let groups: Vec<usize> = text[s..abs_end].split([' ', '-']).map(str::len).collect();
            let card_grouping = groups.len() >= 3
                && (groups[..groups.len() - 1].iter().all(|&g| g == 4)
                    || (groups.len() == 3 && groups[0] == 4 && groups[1] == 6));
            if !valid && card_grouping {
                out.push(claim(EntityType::CreditCard, s, abs_end, score, "luhn"));
            } else {
                out.push(cand(
                    EntityType::CreditCard,
                    s,
                    abs_end,
                    score,
                    "luhn",
                    valid,
                ));
            }
            return Ok(true);
        }
        Ok(false)
    });
}

pub(super) fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// Issuer prefix and length plausible for a payment card.
pub(super) fn card_brand_ok(d: &[u8]) -> bool {
    let n = d.len();
    let p = |k: usize| -> u32 {
        d[..k.min(n)]
            .iter()
            .fold(0, |acc, &c| acc * 10 + u32::from(c - b'0'))
    };
    match d[0] {
        b'4' => matches!(n, 13 | 16 | 19),
        b'5' => {
            (n == 16 && (51..=55).contains(&p(2)))
                || ((12..=19).contains(&n) && matches!(p(2), 50 | 56..=59))
        }
        b'2' => n == 16 && (2221..=2720).contains(&p(4)),
        b'3' => {
            (n == 15 && matches!(p(2), 34 | 37))
                || ((14..=19).contains(&n)
                    && (matches!(p(2), 36 | 38 | 39) || (300..=305).contains(&p(3))))
                // JCB is 3528-3589; generators and test data use all of 35xx
                || ((16..=19).contains(&n) && p(2) == 35)
        }
        b'6' => (12..=19).contains(&n),
        _ => false,
    }
}

pub(super) fn ibans(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in(&IBAN, text, ws, we, |s, e| {
        if !word_boundary_before(text, s) {
            return false;
        }
        let raw = &text.as_bytes()[s..e];
        // compact chars and the byte end (exclusive) after each of them
        let mut compact = String::with_capacity(34);
        let mut ends = Vec::with_capacity(34);
        for (i, &c) in raw.iter().enumerate() {
            if c != b' ' {
                compact.push(c as char);
                ends.push(i + 1);
            }
        }
        let ctx = context_has(text, s, e, &IBAN_CTX);
        for len in (15..=compact.len().min(34)).rev() {
            let end = s + ends[len - 1];
            // must end at a group boundary: end of match or before a space
            if !(end == s + raw.len() || text.as_bytes()[end] == b' ')
                || !word_boundary_after(text, end)
            {
                continue;
            }
            if compact[..len].parse::<iban::Iban>().is_ok() {
                let score = if ctx {
                    scores::IBAN_WITH_CONTEXT
                } else {
                    scores::IBAN
                };
                out.push(cand(EntityType::Iban, s, end, score, "iban_mod97", true));
                return true;
            }
        }
        // IBAN-shaped but failing mod-97: claim the whole run with a low score.
        if word_boundary_after(text, e) && compact.len() >= 15 && compact.len() <= 34 {
            let score = if ctx {
                scores::IBAN_INVALID_WITH_CONTEXT
            } else {
                scores::IBAN_INVALID
            };
            out.push(claim(EntityType::Iban, s, e, score, "iban_mod97"));
            return true;
        }
        false
    });
}

pub(super) fn ssns(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in_skipping(&SSN, text, ws, we, |s, e| {
        let clear =
            |p| prev_char(text, p).is_none_or(|c| !(is_word_char(c) || c == '-' || c == '.'));
        if !clear(s) {
            return Err(next_clear(text, s, we, clear));
        }
        let after_ok = next_char(text, e).is_none_or(|c| !(is_word_char(c) || c == '-'))
            && !(text[e..].starts_with(['.', ','])
                && text[e + 1..].starts_with(|c: char| c.is_ascii_digit()));
        if !after_ok {
            return Ok(false);
        }
        let digits: Vec<u8> = text[s..e].bytes().filter(u8::is_ascii_digit).collect();
        let formatted = e - s == 11;
        let valid = ssn_valid(&digits);
        let ctx = context_has(text, s, e, &SSN_CTX);
        let score = match (formatted, valid, ctx) {
            (_, false, _) => scores::SSN_INVALID,
            (true, true, true) => scores::SSN_FORMATTED_WITH_CONTEXT,
            (true, true, false) => scores::SSN_FORMATTED,
            (false, true, true) => scores::SSN_DIGITS_WITH_CONTEXT,
            (false, true, false) => scores::SSN_DIGITS,
        };
        out.push(cand(EntityType::UsSsn, s, e, score, "us_ssn", valid));
        Ok(true)
    });
}

/// The SSA's rules (no area 000, 666 or 9xx, no group 00, no serial
/// 0000), and not one of the well-known example numbers.
fn ssn_valid(d: &[u8]) -> bool {
    let area = &d[0..3];
    let group = &d[3..5];
    let serial = &d[5..9];
    area != b"000"
        && area != b"666"
        && area[0] != b'9'
        && group != b"00"
        && serial != b"0000"
        && d != b"078051120"
        && d != b"219099999"
        && d != b"123456789"
}
