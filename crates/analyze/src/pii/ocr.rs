//! Values broken by OCR: an EMAIL split by a space or line break at its `@`
//! or after a dot of its domain, and an IBAN, CREDIT_CARD or PHONE split by
//! a line break, a tab or a short run of spaces.
//!
//! The ordinary recognizers stay as they are; this pass only adds
//! candidates whose span contains such a gap, and only when the joined
//! value passes its check (a host with a listed TLD, mod-97, Luhn and an
//! issuer prefix, a valid number of a numbering plan). Offsets are byte
//! offsets into the text as stored: the span runs from the value's first
//! character to its last and includes the gap, so redaction masks the
//! stray whitespace with it.
//!
//! Only a single gap is joined per value: every extra join is another
//! chance to glue two unrelated words or numbers together. Joined
//! candidates score a little under their unbroken kind, so where a shorter
//! reading is itself a complete value, that reading wins.

use super::cand;
use super::context::{
    CARD_CTX, CARD_NEGATIVE_WINDOW, EMAIL_CTX, IBAN_CTX, NUMBER_NEG, PHONE_CTX,
    PHONE_NEGATIVE_WINDOW, VERSION_WORDS, before_has, context_has,
};
use super::identifiers::{card_brand_ok, follows_iban_head, luhn};
use super::phones::{PhoneCheck, check_phone};
use super::scores;
use super::text::{
    field_delimiter_before, is_word_char, next_char, prev_char, word_boundary_after,
    word_boundary_before,
};
use super::web::{TLDS, host_end, is_local_byte};
use crate::{Candidate, EntityType};

/// Spaces or tabs allowed on each side of a gap's line break (or in all,
/// without one): OCR adds one or two; table columns are set wider apart.
const GAP_BLANKS: usize = 3;

/// Bytes a broken number's part on either side of the gap may span: an
/// IBAN is at most 34 characters plus its spaces.
const PART_BYTES: usize = 44;

fn is_blank(c: u8) -> bool {
    matches!(c, b' ' | b'\t')
}

fn blanks_after(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && j - i < GAP_BLANKS && is_blank(b[j]) {
        j += 1;
    }
    j
}

fn blanks_before(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j > 0 && i - j < GAP_BLANKS && is_blank(b[j - 1]) {
        j -= 1;
    }
    j
}

/// End of a gap starting at `i` (a few blanks, at most one line break with
/// a few blanks after it); `None` if there is no whitespace at `i`.
fn gap_after(b: &[u8], i: usize) -> Option<usize> {
    let mut j = blanks_after(b, i);
    if b.get(j) == Some(&b'\r') && b.get(j + 1) == Some(&b'\n') {
        j = blanks_after(b, j + 2);
    } else if b.get(j) == Some(&b'\n') {
        j = blanks_after(b, j + 1);
    }
    (j > i).then_some(j)
}

/// Start of a gap ending at `i`, the mirror of [`gap_after`].
fn gap_before(b: &[u8], i: usize) -> Option<usize> {
    let mut j = blanks_before(b, i);
    if j > 0 && b[j - 1] == b'\n' {
        j -= 1;
        if j > 0 && b[j - 1] == b'\r' {
            j -= 1;
        }
        j = blanks_before(b, j);
    }
    (j < i).then_some(j)
}

/// Country codes of the EU and the EEA, and Switzerland's and the UK's,
/// accepted as the end of an address broken by OCR besides [`TLDS`] (a
/// broken address's host is checked against a list; an unbroken one's is
/// not).
const EUROPEAN_TLDS: &[&str] = &[
    "at", "be", "bg", "cy", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hr", "hu", "ie", "it",
    "lt", "lu", "lv", "mt", "nl", "pl", "pt", "ro", "se", "si", "sk", "eu", "is", "li", "no", "ch",
    "uk",
];

/// Whether a local part is shaped like an address's rather than a word's
/// ("jane.doe", "j_smith", "anna.berg2", not "me" or "us"): what makes "jane.doe @ example.com",
/// spaced on both sides of its `@`, an address and "meet me @ home.com"
/// prose.
fn address_shaped(local: &[u8]) -> bool {
    local.iter().any(u8::is_ascii_alphabetic)
        && local[1..local.len().saturating_sub(1).max(1)]
            .iter()
            .any(|&c| matches!(c, b'.' | b'_' | b'+') || c.is_ascii_digit())
}

/// Whether a local part's last piece (after its last `.`, `_` or `+`) is a
/// name's: two letters or more, letters only, and no file's extension.
fn ends_in_a_name(local: &[u8]) -> bool {
    let last = local
        .rsplit(|&c| matches!(c, b'.' | b'_' | b'+'))
        .next()
        .unwrap_or(local);
    last.len() >= 2
        && last.iter().all(u8::is_ascii_alphabetic)
        && !FILE_EXTENSIONS
            .iter()
            .any(|x| x.as_bytes().eq_ignore_ascii_case(last))
}

/// Extensions of files, which a local part spaced from its `@` does not
/// end in.
const FILE_EXTENSIONS: &[&str] = &[
    "txt", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "zip", "png", "jpg", "jpeg",
    "gif", "html", "htm", "xml", "json", "exe", "md", "py", "js", "rs", "odt", "rtf", "eml", "msg",
];

/// E-mail addresses with one gap: before or after the `@`
/// ("jane.doe @example.com", "jane.doe@\nexample.com"), on both sides of
/// it when the local part is shaped like an address's ("jane.doe @
/// example.com"; "meet me @ home" is prose), before or after a dot of the
/// domain ("jane.doe@example. com", "p.mueller@beispiel\n.de"), or at a
/// line broken after a hyphen of the domain ("info@exam-\nple.de").
pub(super) fn emails(text: &str, out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    for (at, _) in text.match_indices('@') {
        let (local_end, gap_left) = if at > 0 && is_local_byte(b[at - 1]) {
            (at, false)
        } else {
            match gap_before(b, at) {
                Some(g) => (g, true),
                None => continue,
            }
        };
        let Some(s) = local_start(b, local_end) else {
            continue;
        };
        let (host_start, gap_right) = if b.get(at + 1).is_some_and(u8::is_ascii_alphanumeric) {
            (at + 1, false)
        } else if gap_left && !address_shaped(&b[s..local_end]) {
            continue;
        } else {
            match gap_after(b, at + 1) {
                Some(g) => (g, true),
                None => continue,
            }
        };
        if !b.get(host_start).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let mut seg_end = host_start;
        while seg_end < b.len() && is_host_byte(b[seg_end]) {
            seg_end += 1;
        }
        let mut host = b[host_start..seg_end].to_vec();
        // (gap start, gap end) of a gap after a dot of the domain
        let mut dot_gap = None;
        // the ordinary recognizer reports the part before the gap
        let mut competing = false;
        if !gap_left && !gap_right {
            // Only where the text before the gap is no address on its own
            // ("jane@example.com. it works" is one address and a sentence),
            // and the part after it goes on in lower case, as domains are
            // written: "jane@home. Com..." is a sentence end.
            let left_host = host_end(b, host_start, true);
            // "yahoo.co. uk": a second-level label of a country's domain
            // (.co.uk, .ac.uk) ends no address; "example.com. it" may.
            let second_level = left_host.is_some_and(|e| {
                let label = b[host_start..e]
                    .rsplit(|&c| c == b'.')
                    .next()
                    .unwrap_or(&[]);
                matches!(label, b"co" | b"ac")
            });
            if b[seg_end - 1] == b'.' && (left_host.is_none() || second_level) {
                let after = gap_after(b, seg_end).filter(|&g| {
                    b.get(g)
                        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                });
                let after = after.filter(|&g| {
                    // after ".co." only a country's two letters, ending the host
                    let mut k = g;
                    while k < b.len() && b[k].is_ascii_lowercase() {
                        k += 1;
                    }
                    let ends_host = match b.get(k) {
                        None => true,
                        Some(b'.') => !b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric),
                        Some(&c) => !is_host_byte(c),
                    };
                    !second_level || k - g == 2 && ends_host
                });
                if let Some(g) = after {
                    if second_level {
                        competing = true;
                    }
                    let mut k = g;
                    while k < b.len() && is_host_byte(b[k]) {
                        k += 1;
                    }
                    host.extend_from_slice(&b[g..k]);
                    dot_gap = Some((seg_end, g));
                }
            }
            if dot_gap.is_none() && left_host.is_none() {
                // The part before the gap is no host: a gap before a dot
                // ("example .co.uk", "beispiel\n.de"), or a line broken
                // after a hyphen ("exam-\nple.de").
                let hyphen = b[seg_end - 1] == b'-';
                let after = gap_after(b, seg_end).filter(|&g| {
                    if hyphen {
                        b[seg_end..g].contains(&b'\n')
                            && b.get(g)
                                .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                    } else {
                        b.get(g) == Some(&b'.') && b.get(g + 1).is_some_and(u8::is_ascii_lowercase)
                    }
                });
                if let Some(g) = after {
                    let mut k = g;
                    while k < b.len() && is_host_byte(b[k]) {
                        k += 1;
                    }
                    host.extend_from_slice(&b[g..k]);
                    dot_gap = Some((seg_end, g));
                }
            }
            if dot_gap.is_none() {
                continue; // unbroken: the ordinary recognizer's case
            }
        }
        let Some(host_len) = host_end(&host, 0, true) else {
            continue;
        };
        let e = match dot_gap {
            Some((g0, g1)) => {
                let before = g0 - host_start;
                if host_len <= before {
                    continue;
                }
                g1 + (host_len - before)
            }
            None => host_start + host_len,
        };
        let host = &host[..host_len];
        let tld = host.rsplit(|&c| c == b'.').next().unwrap_or(host);
        let tld_listed = TLDS
            .iter()
            .chain(EUROPEAN_TLDS)
            .any(|t| t.as_bytes().eq_ignore_ascii_case(tld));
        let first_has_letter = host
            .split(|&c| c == b'.')
            .next()
            .is_some_and(|l| l.iter().any(u8::is_ascii_alphabetic));
        if !tld_listed
            || !first_has_letter
            || !word_boundary_after(text, e)
            || b.get(e) == Some(&b'@')
            || !(word_boundary_before(text, s) || text[..s].ends_with(['.', '-']))
        {
            continue;
        }
        let local = &b[s..local_end];
        if local.windows(2).any(|w| w == b"..") {
            continue;
        }
        let ctx = context_has(text, s, e, &EMAIL_CTX);
        // "jane.doe @example.com" is an address; "ask us @acme.io" is more
        // likely a word before a handle: a short bare word before a spaced
        // `@` needs an e-mail word nearby.
        if gap_left && local.len() < 4 && local.iter().all(u8::is_ascii_alphabetic) && !ctx {
            continue;
        }
        // Spaced on both sides, the local part ends in a name ("jane.doe",
        // "j_smith"), not a version, a figure or a file ("v1.2 @ github.com",
        // "p.5 @ fig.is", "file.txt @ dropbox.com"), unless an e-mail word
        // is near.
        if gap_left && gap_right && !ctx && !ends_in_a_name(local) {
            continue;
        }
        let mut score = if competing {
            scores::EMAIL_OCR_SECOND_LEVEL
        } else {
            scores::EMAIL_OCR
        };
        if ctx {
            score += scores::EMAIL_CONTEXT_BONUS;
        }
        out.push(cand(EntityType::Email, s, e, score, "email_ocr", true));
    }
}

fn is_host_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'.'
}

/// Start of the local part ending at `end`, or `None` if there is none
/// (empty, too long, or ending in a dot).
fn local_start(b: &[u8], end: usize) -> Option<usize> {
    let mut s = end;
    while s > 0 && end - s <= 64 && is_local_byte(b[s - 1]) {
        s -= 1;
    }
    while s < end && matches!(b[s], b'.' | b'-') {
        s += 1;
    }
    (s < end && end - s <= 64 && b[end - 1] != b'.').then_some(s)
}

/// Numbers with one gap inside the digit window `[ws, we)`: IBANs, card
/// numbers and phone numbers split by a line break, a tab or two or three
/// spaces. A single space is left to the ordinary recognizers, which read
/// it already; a blank line ends the value.
pub(super) fn numbers(
    text: &str,
    ws: usize,
    we: usize,
    regions: &[phonenumber::country::Id],
    out: &mut Vec<Candidate>,
) {
    let b = text.as_bytes();
    let we = we.min(b.len());
    let mut i = ws.max(1);
    while i < we {
        // cheap pre-filter: only whitespace other than one space is looked at
        let Some(off) = (i..we).position(|k| {
            matches!(b[k], b'\n' | b'\t') || b[k] == b' ' && b.get(k + 1) == Some(&b' ')
        }) else {
            break;
        };
        let mut g0 = i + off;
        while g0 > 0 && matches!(b[g0 - 1], b' ' | b'\t' | b'\r') {
            g0 -= 1;
        }
        let mut g1 = g0;
        let mut lines = 0;
        while g1 < b.len() && matches!(b[g1], b' ' | b'\t' | b'\r' | b'\n') {
            lines += usize::from(b[g1] == b'\n');
            g1 += 1;
        }
        i = g1.max(i + off + 1);
        let width = g1 - g0;
        let ocr_gap = match lines {
            0 => (2..=GAP_BLANKS).contains(&width) || width == 1 && b[g0] == b'\t',
            1 => gap_after(b, g0) == Some(g1),
            _ => false,
        };
        if !ocr_gap || g0 == 0 || g1 >= b.len() {
            continue;
        }
        let (l, r) = (b[g0 - 1], b[g1]);
        if is_iban_byte(l) && is_iban_byte(r) {
            iban_across(text, g0, g1, out);
        }
        if l.is_ascii_digit() && r.is_ascii_digit() {
            card_across(text, g0, g1, out);
        }
        // a number hyphenated at a line's end ("555-", line break, "0132")
        let hyphenated = l == b'-' && lines == 1;
        if (l.is_ascii_digit() || l == b')' || hyphenated) && (r.is_ascii_digit() || r == b'(') {
            phone_across(text, g0, g1, regions, out);
        }
    }
}

fn is_iban_byte(c: u8) -> bool {
    c.is_ascii_uppercase() || c.is_ascii_digit()
}

/// Start of the run ending at `end` of bytes `ok` accepts, with single
/// `sep` bytes between them, at most [`PART_BYTES`] long.
fn run_back(b: &[u8], end: usize, ok: impl Fn(u8) -> bool, sep: impl Fn(u8) -> bool) -> usize {
    let mut s = end;
    while s > 0 && end - s < PART_BYTES {
        // a separator counts only between two accepted bytes
        let single_sep = s < end && s >= 2 && sep(b[s - 1]) && ok(b[s - 2]);
        if !(ok(b[s - 1]) || single_sep) {
            break;
        }
        s -= 1;
    }
    s
}

/// The mirror of [`run_back`]: the end of the run starting at `start`.
fn run_fwd(b: &[u8], start: usize, ok: impl Fn(u8) -> bool, sep: impl Fn(u8) -> bool) -> usize {
    let mut e = start;
    while e < b.len() && e - start < PART_BYTES {
        let single_sep = e > start && e + 1 < b.len() && sep(b[e]) && ok(b[e + 1]);
        if !(ok(b[e]) || single_sep) {
            break;
        }
        e += 1;
    }
    e
}

/// An IBAN whose groups continue after the gap at `[g0, g1)`: the first
/// country-code start before the gap whose joined characters, up to a
/// group end after the gap, pass mod-97 (which includes the country's
/// length).
fn iban_across(text: &str, g0: usize, g1: usize, out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    let space = |c: u8| c == b' ';
    let ls = run_back(b, g0, is_iban_byte, space);
    let re = run_fwd(b, g1, is_iban_byte, space);
    if g0 < ls + 4 {
        return;
    }
    for p in ls..=g0 - 4 {
        let starts_iban = b[p].is_ascii_uppercase()
            && b[p + 1].is_ascii_uppercase()
            && b[p + 2].is_ascii_digit()
            && b[p + 3].is_ascii_digit();
        if !starts_iban || !word_boundary_before(text, p) {
            continue;
        }
        let mut compact: Vec<u8> = b[p..g0].iter().copied().filter(|&c| c != b' ').collect();
        // (characters so far, byte end) at each group end after the gap
        let mut ends = Vec::new();
        for k in g1..re {
            if b[k] != b' ' {
                compact.push(b[k]);
                if k + 1 == re || b[k + 1] == b' ' {
                    ends.push((compact.len(), k + 1));
                }
            }
        }
        for &(n, end) in ends.iter().rev() {
            if !(15..=34).contains(&n) || !word_boundary_after(text, end) {
                continue;
            }
            let valid =
                std::str::from_utf8(&compact[..n]).is_ok_and(|s| s.parse::<iban::Iban>().is_ok());
            if valid {
                let score = if context_has(text, p, end, &IBAN_CTX) {
                    scores::IBAN_WITH_CONTEXT
                } else {
                    scores::IBAN
                };
                out.push(cand(
                    EntityType::Iban,
                    p,
                    end,
                    score,
                    "iban_mod97_ocr",
                    true,
                ));
                return;
            }
        }
    }
}

/// A card number whose digit groups continue after the gap at `[g0, g1)`:
/// Luhn-valid, with an issuer prefix and length, 13 to 19 digits.
fn card_across(text: &str, g0: usize, g1: usize, out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    let sep = |c: u8| c == b' ' || c == b'-';
    let s = run_back(b, g0, |c| c.is_ascii_digit(), sep);
    let before_ok = field_delimiter_before(text, s)
        || prev_char(text, s).is_none_or(|c| !(is_word_char(c) || c == '.' || c == ','));
    if !before_ok || follows_iban_head(text, s) {
        return;
    }
    let mut digits: Vec<u8> = b[s..g0]
        .iter()
        .copied()
        .filter(u8::is_ascii_digit)
        .collect();
    if digits.len() >= 13 {
        return; // a whole card number fits before the gap
    }
    let re = run_fwd(b, g1, |c| c.is_ascii_digit(), sep);
    let mut ends = Vec::new();
    for k in g1..re {
        if b[k].is_ascii_digit() {
            digits.push(b[k]);
            if k + 1 == re || !b[k + 1].is_ascii_digit() {
                ends.push((digits.len(), k + 1));
            }
        }
    }
    for &(n, end) in ends.iter().rev() {
        let after_ok = next_char(text, end).is_none_or(|c| !is_word_char(c))
            && !(text[end..].starts_with('.')
                && text[end + 1..].starts_with(|c: char| c.is_ascii_digit()));
        let d = &digits[..n];
        if !(13..=19).contains(&n) || !after_ok || !card_brand_ok(d) || !luhn(d) {
            continue;
        }
        // A card word wins over a number word before it ("Card no."), as
        // for an unbroken card.
        let score = if context_has(text, s, end, &CARD_CTX) {
            scores::CARD_OCR_WITH_CONTEXT
        } else if before_has(text, s, CARD_NEGATIVE_WINDOW, &NUMBER_NEG) {
            scores::CARD_DOUBTFUL
        } else {
            scores::CARD_OCR
        };
        out.push(cand(
            EntityType::CreditCard,
            s,
            end,
            score,
            "luhn_ocr",
            true,
        ));
        return;
    }
}

fn is_phone_byte(c: u8) -> bool {
    c.is_ascii_digit() || matches!(c, b'(' | b')' | b'+' | b'-' | b'.' | b'/')
}

/// A phone number whose groups continue after the gap at `[g0, g1)`: the
/// joined number must be valid in a numbering plan while neither part is,
/// and the part before the gap must start like a phone number ("+", "00",
/// "(", a trunk "0") or have a phone word nearby.
fn phone_across(
    text: &str,
    g0: usize,
    g1: usize,
    regions: &[phonenumber::country::Id],
    out: &mut Vec<Candidate>,
) {
    let b = text.as_bytes();
    let space = |c: u8| c == b' ';
    let mut s = run_back(b, g0, is_phone_byte, space);
    while s < g0 && !(b[s].is_ascii_digit() || matches!(b[s], b'+' | b'(')) {
        s += 1;
    }
    let left = &text[s..g0];
    let left_digits = left.bytes().filter(u8::is_ascii_digit).count();
    // "+49(0)36", "+1": a country code waiting for its number
    let international = left.starts_with('+') || left.starts_with("00");
    if left_digits < 2 && !international {
        return;
    }
    let before_ok = field_delimiter_before(text, s)
        || prev_char(text, s)
            .is_none_or(|c| !(is_word_char(c) || matches!(c, '-' | '.' | '/' | ',' | '+')));
    if !before_ok
        || before_has(text, s, PHONE_NEGATIVE_WINDOW, &NUMBER_NEG)
        || before_has(text, s, PHONE_NEGATIVE_WINDOW, &VERSION_WORDS)
    {
        return;
    }
    let ctx_before = context_has(text, s, g0, &PHONE_CTX);
    if !(left.starts_with(['+', '(', '0']) || ctx_before) {
        return;
    }
    let re = run_fwd(b, g1, is_phone_byte, space);
    // group ends after the gap, longest first, at most three tried: each
    // try is a numbering-plan parse
    let mut ends: Vec<usize> = (g1..re)
        .filter(|&k| b[k].is_ascii_digit() && (k + 1 == re || b[k + 1] == b' '))
        .map(|k| k + 1)
        .collect();
    ends.reverse();
    let mut tries = 0;
    for end in ends {
        let right = &text[g1..end];
        let right_digits = right.bytes().filter(u8::is_ascii_digit).count();
        if right_digits < 2 || !(7..=15).contains(&(left_digits + right_digits)) {
            continue;
        }
        let after_ok = next_char(text, end).is_none_or(|c| !is_word_char(c))
            && !(text[end..].starts_with(['.', ',', '-', '/'])
                && text[end + 1..].starts_with(|c: char| c.is_ascii_digit()));
        if !after_ok
            || left.matches('(').count() + right.matches('(').count()
                != left.matches(')').count() + right.matches(')').count()
        {
            continue;
        }
        // Without a prefix only a phone word speaks for the join, and a
        // house number over a postcode and town ("Ring 8311", line break,
        // "68316 Miesbach") has one too ("ring"): a word after the number
        // ends it.
        let shaped = international || left.starts_with(['(', '0']);
        if !shaped
            && text[end..]
                .trim_start_matches([' ', '\t'])
                .starts_with(char::is_alphabetic)
        {
            continue;
        }
        if tries == 3 {
            return;
        }
        tries += 1;
        let joined = format!("{left} {right}");
        if check_phone(&joined, regions) != PhoneCheck::Valid {
            continue;
        }
        // Where a part is a number on its own (long enough for the
        // ordinary pattern), the line break more likely separates two
        // numbers than splits one; not after a bare country code.
        let alone = |part: &str, digits: usize| {
            digits >= 7 && check_phone(part, regions) == PhoneCheck::Valid
        };
        if alone(left, left_digits) || !international && alone(right, right_digits) {
            return;
        }
        let mut score = if international {
            scores::PHONE_OCR_INTERNATIONAL
        } else {
            scores::PHONE_OCR
        };
        if ctx_before || context_has(text, s, end, &PHONE_CTX) {
            score += scores::CONTEXT_BONUS;
        }
        out.push(cand(
            EntityType::Phone,
            s,
            end,
            score,
            "phonenumber_ocr",
            true,
        ));
        return;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use crate::{Entity, EntityType, Options, analyze};

    fn found(text: &str, ty: EntityType) -> Vec<Entity> {
        analyze(text, &Options::default())
            .entities
            .into_iter()
            .filter(|e| e.entity_type == ty)
            .collect()
    }

    fn texts(text: &str, ty: EntityType) -> Vec<String> {
        found(text, ty).into_iter().map(|e| e.text).collect()
    }

    /// The one entity of `ty` in `text`, checked to be `want` at `want`'s
    /// character offsets in the text as stored.
    fn assert_one(text: &str, ty: EntityType, want: &str) -> Entity {
        let got = found(text, ty);
        assert_eq!(got.len(), 1, "{text:?}: {got:?}");
        let e = got.into_iter().next().unwrap();
        let byte = text.find(want).unwrap();
        assert_eq!(e.text, want, "{text:?}");
        assert_eq!(e.start, text[..byte].chars().count(), "{e:?}");
        assert_eq!(e.end, e.start + want.chars().count(), "{e:?}");
        assert!(e.validated, "{e:?}");
        e
    }

    /// `broken` is in `t` as the one email, found by the OCR rule, and no
    /// part of it is a URL.
    fn assert_ocr_email(t: &str, broken: &str) {
        let e = assert_one(t, EntityType::Email, broken);
        assert_eq!(e.recognizer, "email_ocr");
        assert!(texts(t, EntityType::Url).is_empty(), "{t:?}");
    }

    #[test]
    fn an_email_split_at_or_after_its_at_sign_is_found_with_the_gap_in_its_span() {
        for broken in [
            "jane.doe@ example.com",
            "jane.doe @example.com",
            "jane.doe@\nexample.com",
            "jane.doe\n@example.com",
            "emiddleton @rodriguez.com",
            "jane.doe@\r\n  example.co.uk",
            "jane.doe @ example.com",
            "anna.berg\n@foretaget.se",
            "j_smith @ mail.example.pl",
        ] {
            assert_ocr_email(&format!("Zürich, Büro: {broken}, bitte."), broken);
        }
    }

    #[test]
    fn an_email_split_after_a_dot_of_its_domain_is_found() {
        assert_one(
            "Write to jane.doe@example. com today.",
            EntityType::Email,
            "jane.doe@example. com",
        );
        assert_one(
            "Mail: j_smith@exam-ple.\norg",
            EntityType::Email,
            "j_smith@exam-ple.\norg",
        );
        // before a dot, and at a line broken after a hyphen
        // a whole host before the gap is the address
        assert_one(
            "Mail jane@example.com .de is the list",
            EntityType::Email,
            "jane@example.com",
        );
        for broken in [
            "mark.taylor@example .co.uk",
            "p.mueller@beispiel\n.de",
            "info@exam-\nple.de",
        ] {
            assert_ocr_email(&format!("Kontakt: {broken} (Buchhaltung)"), broken);
        }
    }

    #[test]
    fn an_email_split_after_a_second_level_label_is_found_whole() {
        for broken in [
            "lucy10@yahoo.co. uk",
            "pbradshaw@yahoo.co.\nuk",
            "ann@ox.ac. uk",
        ] {
            let t = format!("Email: {broken}. Thanks");
            assert_one(&t, EntityType::Email, broken);
        }
        assert_one(
            "Email: lucy10@yahoo.co. ukraine is far",
            EntityType::Email,
            "lucy10@yahoo.co",
        );
    }

    #[test]
    fn an_unbroken_email_is_still_the_ordinary_one() {
        let e = assert_one(
            "Write to jane@example.com. it works.",
            EntityType::Email,
            "jane@example.com",
        );
        assert_eq!(e.recognizer, "email");
    }

    #[test]
    fn prose_around_at_signs_and_dots_is_not_joined_into_an_email() {
        for prose in [
            "meet me @ 5. com",
            "see you @ home. Com is fine",
            "I am at home.\nCom-pany news follow.",
            "ask us @acme.io for more",
            "Je suis @ la maison.",
            "jane@home. Com",
            "jane.doe@ example.zz",
            "jane..doe @example.com",
            "ask us @ acme.io for more",
            "meet me @ home.com",
            "Install v1.2 @ github.com today.",
            "see p.5 @ fig.is",
            "file.txt @ dropbox.com",
            "size_t @ std.io",
            "item_42 @ shop.de",
            "items: a.b @ c.com",
            "x@ 12.com",
            "write to jane@example\n.The next line",
            "jane@well-\nknown stuff",
            "jane@acme -\nnext.com",
        ] {
            assert!(
                texts(prose, EntityType::Email).is_empty(),
                "{prose:?}: {:?}",
                texts(prose, EntityType::Email)
            );
        }
    }

    #[test]
    fn an_iban_split_by_a_line_break_or_odd_spacing_is_found_when_mod_97_passes() {
        for broken in [
            "DE89 37040044\n0532013000",
            "DE89 3704 0044\n  0532 0130 00",
            "DE89  3704 0044 0532 0130 00",
            "DE89\t3704 0044 0532 0130 00",
            "GB29 NWBK 6016\n1331 9268 19",
        ] {
            let t = format!("IBAN: {broken}\nThanks");
            let e = assert_one(&t, EntityType::Iban, broken);
            assert_eq!(e.recognizer, "iban_mod97_ocr");
            assert!(texts(&t, EntityType::Phone).is_empty(), "{t:?}");
        }
        // single spaces anywhere are the ordinary recognizer's
        assert_one(
            "IBAN DE8937040044 0532 013000 ok",
            EntityType::Iban,
            "DE8937040044 0532 013000",
        );
    }

    #[test]
    fn a_broken_iban_failing_mod_97_or_followed_by_more_digits_is_not_joined() {
        assert!(texts("IBAN: DE89 37040044\n0532013001", EntityType::Iban).is_empty());
        assert_one(
            "IBAN: DE89 3704 0044 0532 0130 00\n12 items shipped",
            EntityType::Iban,
            "DE89 3704 0044 0532 0130 00",
        );
        assert!(texts("Ref AB12 3456\n7890 1234 5678", EntityType::Iban).is_empty());
    }

    #[test]
    fn a_card_number_split_by_a_line_break_or_odd_spacing_is_found_when_luhn_passes() {
        for broken in [
            "4111111111\n111111",
            "4111 1111\n1111 1111",
            "4111  1111 1111 1111",
            "5500 0000 0000\n0004",
            "35988881\n06172141",
        ] {
            let t = format!("Payé par carte {broken}.\nContact : patricia37@delmas.fr");
            let e = assert_one(&t, EntityType::CreditCard, broken);
            assert_eq!(e.recognizer, "luhn_ocr");
        }
        // one space between groups, however grouped, is read already
        assert_one(
            "Card 4111 11 11 1111 1111 ok",
            EntityType::CreditCard,
            "4111 11 11 1111 1111",
        );
    }

    #[test]
    fn split_numbers_failing_luhn_or_without_an_issuer_are_not_cards() {
        for t in [
            "Card: 4111111111\n111112",
            "1234567890\n123456",
            "Order no. 4111111111\n111111",
            "4111 1111 1111 1111\n4111 1111 1111 1111",
        ] {
            let got = texts(t, EntityType::CreditCard);
            assert!(got.iter().all(|c| !c.contains('\n')), "{t:?}: {got:?}");
        }
        assert!(texts("Order no. 4111111111\n111111", EntityType::CreditCard).is_empty());
        // a card word wins over "no." before the number
        assert_one(
            "Card no.\n4111 1111\n1111 1111\nCVV on back",
            EntityType::CreditCard,
            "4111 1111\n1111 1111",
        );
    }

    #[test]
    fn the_tail_of_an_iban_failing_its_check_is_no_card() {
        // "5001 0517 5407 3249 31" passes Luhn; the IBAN's check fails.
        for t in [
            "IBAN: DE45 5001 0517 5407 3249 31, bitte.",
            "IBAN: DE45 5001 0517\n5407 3249 31, bitte.",
            "DE45 5001 0517 5407 3249 31",
            "Kto DE45\n5001 0517 5407 3249 31",
            "Karte DE45  5001 0517 5407 3249 31",
        ] {
            assert!(texts(t, EntityType::CreditCard).is_empty(), "{t:?}");
            assert!(texts(t, EntityType::Iban).is_empty(), "{t:?}");
        }
        // a head of no SEPA country, or of the wrong length, leaves a card
        for t in [
            "Visa ending AB12 4111 1111 1111 1111",
            "Karte: DE12 4111 1111 1111 1111",
            "London NW10 4111 1111 1111 1111",
            "Card AB12-4111-1111-1111-1111",
        ] {
            assert_eq!(texts(t, EntityType::CreditCard).len(), 1, "{t:?}");
        }
        assert_one(
            "Card: 5001 0517 5407 3249 31, bitte.",
            EntityType::CreditCard,
            "5001 0517 5407 3249 31",
        );
    }

    #[test]
    fn a_phone_number_split_by_a_line_break_is_found_when_valid_only_joined() {
        for broken in [
            "+44 20 7946\n0958",
            "020 7946\n0958",
            "+49 30\n 901820",
            "+49(0)36\n54506205",
            "+1 (415) 555-\n0132",
        ] {
            let t = format!("Tel.: {broken}\nBest regards");
            let e = assert_one(&t, EntityType::Phone, broken);
            assert_eq!(e.recognizer, "phonenumber_ocr");
        }
        // runs of spaces and tabs inside a line are the ordinary pattern's
        assert_one(
            "Tel.: +44 20  79 46\t0958 ok",
            EntityType::Phone,
            "+44 20  79 46\t0958",
        );
    }

    #[test]
    fn numbers_on_consecutive_lines_are_not_joined_into_a_phone_number() {
        for t in [
            "Invoice 2023\n12345 paid",
            "Tel.: +44 20 7946 0958\n0958 is the extension",
            "+44 20 7946\n09",
            "Version 10.2\n0301 build",
            "kuno@dehmel.com\nIsmail-Mitschke-Ring 8311\n68316 Miesbach",
            "kuno@dehmel.com\nLucia-Trommler-Ring 8/2\n57962 Bremen",
        ] {
            let got = found(t, EntityType::Phone);
            assert!(
                got.iter().all(|e| e.recognizer != "phonenumber_ocr"),
                "{t:?}: {got:?}"
            );
        }
    }
}
