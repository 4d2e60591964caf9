//! Pattern recognizers with validators: EMAIL, URL, IP_ADDRESS, CREDIT_CARD,
//! IBAN, US_SSN, PHONE, DATE, MONEY.
//!
//! Scoring: each recognizer starts from a base score for its pattern, adds
//! a bonus when its checksum or parser accepts the match (and then sets
//! `validated`), adds [`CONTEXT_BONUS`] when a context word ("phone",
//! "IBAN", "card"...) is within [`CONTEXT_BEFORE`] bytes before or
//! [`CONTEXT_AFTER`] bytes after the match, and drops to a low score when a
//! negative context word ("order", "version"...) is there. Candidates that
//! fail their checksum are still produced with a low score so they claim
//! their span (a failed IBAN does not turn into a phone number) but stay
//! under the default reporting threshold.
//!
//! No regex uses `\b` (Unicode word boundaries would push the regex crate
//! off its fast DFA); boundaries are checked on the match instead.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::gazetteer::lines;
use crate::{Candidate, EntityType};

const CONTEXT_BEFORE: usize = 40;
const CONTEXT_AFTER: usize = 20;
const CONTEXT_BONUS: f64 = 0.25;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex compiles")
}

static URL: LazyLock<Regex> =
    LazyLock::new(|| re(r#"(?i)(?:https?://|ftp://|www\.)[^\s<>"'`{}|\\^\[\]]+"#));
/// Top-level domains accepted for bare domains ("example.com/path").
static TLDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(include_str!("../data/pii/tlds.txt")).collect());
static IPV4: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}"));
static CARD: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u)[0-9](?:[ \-]?[0-9]){11,22}"));
static IBAN: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u)[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){10,32}"));
static SSN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u)[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9}"));
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i-u)(?:\+|00)?[0-9(][0-9 \t().\-/]{5,26}[0-9](?:[ \t]?(?:x|ext\.?|extension|#)[ \t]?[0-9]{1,6})?",
    )
});

const MONTHS: &str = "jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]vr(?:ier)?|mar(?:ch|s)?|m[äa]r(?:z)?|apr(?:il)?|avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|d[ée]c(?:embre)?";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}/[0-9]{{1,2}}/(?:[0-9]{{4}}|[0-9]{{2}})|[0-9]{{1,2}}\.[0-9]{{1,2}}\.(?:[0-9]{{4}}|[0-9]{{2}})|[0-9]{{1,2}}-[0-9]{{1,2}}-[0-9]{{4}}|(?:{m})\.? [0-9]{{1,2}}(?:st|nd|rd|th)?,? [0-9]{{4}}|[0-9]{{1,2}}(?:st|nd|rd|th|er|\.)? (?:of )?(?:{m})\.?,? [0-9]{{4}}",
        m = MONTHS
    ))
});
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:[$€£¥]|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)[ \u{a0}]?)[ \u{a0}]?[0-9]{1,3}(?:[,.'\u{a0}\u{202f} ][0-9]{3})*(?:[.,][0-9]{1,2})?|[0-9]{1,3}(?:[,.'\u{a0}\u{202f} ][0-9]{3})*(?:[.,][0-9]{1,2})?(?:[ \u{a0}]?(?:[$€£]|EUR|USD|GBP|CHF)|\s(?:euros?|dollars?|pounds?|Euro))",
    )
});

// ---------- helpers ----------

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

pub(crate) fn word_boundary_before(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c))
}

pub(crate) fn word_boundary_after(text: &str, pos: usize) -> bool {
    text[pos..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// The character before `pos` is a comma, semicolon, tab or pipe acting as
/// a field delimiter (not a thousands separator: no digit before it).
fn field_delimiter_before(text: &str, pos: usize) -> bool {
    match prev_char(text, pos) {
        Some(';' | '\t' | '|') => true,
        Some(',') => prev_char(text, pos - 1).is_none_or(|c| !c.is_ascii_digit()),
        _ => false,
    }
}

/// A field delimiter (or the end of the line/text) follows `pos`.
fn field_delimiter_after(text: &str, pos: usize) -> bool {
    matches!(
        next_char(text, pos),
        None | Some(',' | ';' | '\t' | '|' | '\n' | '\r')
    )
}

fn prev_char(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

fn next_char(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A context word list from `data/pii/` as a hash set of one- and two-word
/// keys, parsed once.
struct WordSet {
    words: FxHashSet<&'static str>,
    /// Any `#` in the window counts as a match ("order #123"); a `#` line
    /// in the file would read as a comment, so the code says it.
    hash: bool,
}

impl WordSet {
    fn new(data: &'static str) -> Self {
        WordSet {
            words: lines(data).collect(),
            hash: false,
        }
    }

    fn matching_hash_sign(self) -> Self {
        WordSet { hash: true, ..self }
    }
}

fn lower_into(buf: &mut String, w: &str) {
    buf.clear();
    if w.is_ascii() {
        buf.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        buf.extend(w.chars().flat_map(char::to_lowercase));
    }
}

/// Whether `hay` contains one of `words` as a whole word (case-insensitive).
/// Keys may be two words ("social security"); the key `"#"` matches any
/// `#` in the window. Parts of hyphenated words count ("appelle-moi").
fn has_word(hay: &str, set: &WordSet) -> bool {
    if set.hash && hay.contains('#') {
        return true;
    }
    let mut buf = String::new();
    let mut pair = String::new();
    let mut prev = String::new();
    // Words inside e-mail addresses and URLs ("csavage@case.info") are not
    // context.
    for w in hay
        .split(|c: char| {
            c.is_whitespace() || c == ',' || c == ';' || c == '|' || c == '<' || c == '>'
        })
        .filter(|t| !(t.contains('@') || t.contains("://") || t.starts_with("www.")))
        .flat_map(|t| t.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '#')))
    {
        let w = w.trim_matches(['-', '#']);
        if w.is_empty() {
            continue;
        }
        lower_into(&mut buf, w);
        if set.words.contains(buf.as_str()) {
            return true;
        }
        if buf.contains('-') && buf.split('-').any(|p| set.words.contains(p)) {
            return true;
        }
        if !prev.is_empty() {
            pair.clear();
            pair.push_str(&prev);
            pair.push(' ');
            pair.push_str(&buf);
            if set.words.contains(pair.as_str()) {
                return true;
            }
        }
        std::mem::swap(&mut prev, &mut buf);
    }
    false
}

fn context_has(text: &str, start: usize, end: usize, words: &WordSet) -> bool {
    let b = floor_boundary(text, start.saturating_sub(CONTEXT_BEFORE));
    let a = ceil_boundary(text, (end + CONTEXT_AFTER).min(text.len()));
    has_word(&text[b..start], words) || has_word(&text[end..a], words)
}

fn before_has(text: &str, start: usize, bytes: usize, words: &WordSet) -> bool {
    let b = floor_boundary(text, start.saturating_sub(bytes));
    has_word(&text[b..start], words)
}

/// Runs `re` over `text`; when `accept` rejects a match, searching resumes
/// one character after its start (so a rejected long match does not hide a
/// shorter valid one inside it).
fn scan(re: &Regex, text: &str, accept: impl FnMut(usize, usize) -> bool) {
    scan_in(re, text, 0, text.len(), accept);
}

/// [`scan`] limited to matches inside `[from, to)`.
fn scan_in(
    re: &Regex,
    text: &str,
    from: usize,
    to: usize,
    mut accept: impl FnMut(usize, usize) -> bool,
) {
    let hay = &text[..to];
    let mut at = from;
    while at < to {
        let Some(m) = re.find_at(hay, at) else {
            break;
        };
        if accept(m.start(), m.end()) {
            at = m.end().max(m.start() + 1);
        } else {
            at = m.start() + next_char(text, m.start()).map_or(1, char::len_utf8);
        }
        at = ceil_boundary(text, at);
    }
}

/// A candidate that failed its checksum but still claims its span, so a
/// weaker reading of the same digits (a phone number inside a mistyped
/// IBAN) is not reported instead. Its low score keeps it unreported.
fn claim(
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

fn cand(
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

// ---------- recognizers ----------

static EMAIL_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../data/pii/email_context.txt")));
static URL_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../data/pii/url_context.txt")));
static IP_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../data/pii/ip_context.txt")));
static IP_NEG: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../data/pii/ip_negative_context.txt")));
static CARD_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../data/pii/card_context.txt")));
static NUMBER_NEG: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(include_str!("../data/pii/number_negative_context.txt")).matching_hash_sign()
});
static IBAN_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../data/pii/iban_context.txt")));
static SSN_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../data/pii/ssn_context.txt")));
static PHONE_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../data/pii/phone_context.txt")));

fn is_local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_host_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'.'
}

/// End of a host name starting at `i` whose last label is alphabetic
/// (2-24 letters) and whose labels are well-formed; `None` if there is none.
fn host_end(b: &[u8], i: usize, need_dot: bool) -> Option<usize> {
    let mut e = i;
    while e < b.len() && is_host_byte(b[e]) {
        e += 1;
    }
    // trailing dots and hyphens are not part of the host
    while e > i && matches!(b[e - 1], b'.' | b'-') {
        e -= 1;
    }
    let host = &b[i..e];
    if host.is_empty() || (need_dot && !host.contains(&b'.')) {
        return None;
    }
    let labels_ok = host
        .split(|&c| c == b'.')
        .all(|l| !l.is_empty() && l.len() <= 63 && l[0] != b'-' && l[l.len() - 1] != b'-');
    let tld = host.rsplit(|&c| c == b'.').next().unwrap_or(host);
    if !labels_ok || !(2..=24).contains(&tld.len()) || !tld.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    Some(e)
}

fn emails(text: &str, out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    let mut last_end = 0;
    for (at, _) in text.match_indices('@') {
        if at < last_end {
            continue;
        }
        let mut s = at;
        while s > last_end && is_local_byte(b[s - 1]) {
            s -= 1;
        }
        // the local part starts and ends with a letter/digit-ish byte
        while s < at && matches!(b[s], b'.' | b'-') {
            s += 1;
        }
        if s == at || at - s > 64 || b[at - 1] == b'.' {
            continue;
        }
        let Some(e) = host_end(b, at + 1, true) else {
            continue;
        };
        if !word_boundary_after(text, e)
            || !word_boundary_before(text, s) && !text[..s].ends_with(['.', '-'])
        {
            continue;
        }
        let local = &text[s..at];
        let validated = !local.contains("..");
        let mut score = if validated { 0.85 } else { 0.5 };
        if context_has(text, s, e, &EMAIL_CTX) {
            score += 0.1;
        }
        out.push(cand(EntityType::Email, s, e, score, "email", validated));
        last_end = e;
    }
}

/// Bare domains such as "smith-jones.com" or "example.org/contact".
fn domains(text: &str, out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    let mut last_end = 0;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'.') {
        let dot = i + off;
        i = dot + 1;
        if dot < last_end || dot == 0 || !b[dot - 1].is_ascii_alphanumeric() {
            continue;
        }
        // the label after the dot must be a listed TLD (possibly followed by
        // more labels, e.g. ".co.uk")
        let mut t = dot + 1;
        while t < b.len() && b[t].is_ascii_alphabetic() {
            t += 1;
        }
        let label = &text[dot + 1..t];
        if !TLDS.iter().any(|tld| label.eq_ignore_ascii_case(tld)) {
            continue;
        }
        let mut s = dot;
        while s > last_end && is_host_byte(b[s - 1]) {
            s -= 1;
        }
        while s < dot && matches!(b[s], b'.' | b'-') {
            s += 1;
        }
        let Some(mut e) = host_end(b, s, true) else {
            continue;
        };
        let prev_ok = prev_char(text, s)
            .is_none_or(|c| !(is_word_char(c) || matches!(c, '@' | '/' | ':' | '.')));
        if !prev_ok || e < t {
            continue;
        }
        // the host's last label must itself be a listed TLD
        let host = &text[s..e];
        let tld = host.rsplit('.').next().unwrap_or("");
        if !TLDS.iter().any(|x| tld.eq_ignore_ascii_case(x)) {
            continue;
        }
        if !host
            .split('.')
            .next()
            .is_some_and(|l| l.bytes().any(|c| c.is_ascii_alphabetic()))
        {
            continue;
        }
        if b.get(e) == Some(&b'/') {
            while e < b.len()
                && !b[e].is_ascii_whitespace()
                && !matches!(b[e], b'<' | b'>' | b'"' | b'\'' | b'`')
            {
                e += 1;
            }
            e = trim_url_end(text, s, e);
        } else if !word_boundary_after(text, e) || b.get(e) == Some(&b'@') {
            continue;
        }
        let mut score = 0.5;
        if context_has(text, s, e, &URL_CTX) {
            score += 0.15;
        }
        out.push(cand(EntityType::Url, s, e, score, "domain", false));
        last_end = e;
        i = e.max(i);
    }
}

fn trim_url_end(text: &str, s: usize, mut e: usize) -> usize {
    loop {
        let Some(c) = text[s..e].chars().next_back() else {
            return e;
        };
        let strip = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '>' => true,
            ')' => {
                let seg = &text[s..e];
                seg.matches('(').count() < seg.matches(')').count()
            }
            _ => false,
        };
        if !strip {
            return e;
        }
        e -= c.len_utf8();
    }
}

fn urls(text: &str, out: &mut Vec<Candidate>) {
    scan(&URL, text, |s, e| {
        if !word_boundary_before(text, s) {
            return false;
        }
        let e = trim_url_end(text, s, e);
        let body = &text[s..e];
        let host = body
            .split_once("://")
            .map_or(body, |(_, rest)| rest)
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("");
        let host = host.rsplit('@').next().unwrap_or(host);
        let host = host.split(':').next().unwrap_or(host);
        let validated = host.contains('.')
            && host.split('.').all(|l| {
                !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        let mut score = if validated { 0.7 } else { 0.45 };
        if context_has(text, s, e, &URL_CTX) {
            score += 0.1;
        }
        out.push(cand(EntityType::Url, s, e, score, "url", validated));
        true
    });
    domains(text, out);
}

fn ips(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in(&IPV4, text, ws, we, |s, e| {
        let before_ok = prev_char(text, s).is_none_or(|c| !(is_word_char(c) || c == '.'));
        let after = &text[e..];
        let after_ok = match after.chars().next() {
            None => true,
            Some(c) if is_word_char(c) => false,
            Some('.') => !after[1..].starts_with(|c: char| c.is_ascii_digit()),
            Some(_) => true,
        };
        if !before_ok || !after_ok {
            return false;
        }
        let Ok(addr) = text[s..e].parse::<Ipv4Addr>() else {
            // 999.1.1.1 and friends: claim the span, never reported.
            out.push(claim(EntityType::IpAddress, s, e, 0.05, "ipv4"));
            return true;
        };
        let _ = addr;
        let mut score = 0.6;
        if before_has(text, s, 24, &IP_NEG) {
            score = 0.2;
        } else if context_has(text, s, e, &IP_CTX) {
            score += 0.3;
        }
        out.push(cand(EntityType::IpAddress, s, e, score, "ipv4", true));
        true
    });
}

fn ipv6(text: &str, out: &mut Vec<Candidate>) {
    // IPv6: expand around each colon over hex digits, colons and dots.
    let b = text.as_bytes();
    let is_v6 = |c: u8| c.is_ascii_hexdigit() || c == b':' || c == b'.';
    let mut i = 0;
    while i < b.len() {
        if b[i] != b':' {
            i += 1;
            continue;
        }
        let mut s = i;
        while s > 0 && is_v6(b[s - 1]) {
            s -= 1;
        }
        let mut e = i;
        while e < b.len() && is_v6(b[e]) {
            e += 1;
        }
        // zone index
        if e < b.len() && b[e] == b'%' {
            let mut z = e + 1;
            while z < b.len() && b[z].is_ascii_alphanumeric() {
                z += 1;
            }
            if z > e + 1 {
                e = z;
            }
        }
        i = e.max(i + 1);
        if b[s..e].iter().filter(|&&c| c == b':').count() < 2 {
            continue;
        }
        let mut s2 = s;
        let mut e2 = e;
        while e2 > s2 && matches!(b[e2 - 1], b'.' | b':') && !text[s2..e2].ends_with("::") {
            e2 -= 1;
        }
        let mut found = None;
        for (a, z) in [(s2, e2), (s2 + 1, e2)] {
            if a >= z {
                continue;
            }
            let candidate = &text[a..z];
            let addr_part = candidate.split('%').next().unwrap_or(candidate);
            if addr_part.parse::<Ipv6Addr>().is_ok()
                && addr_part.bytes().any(|c| c.is_ascii_hexdigit())
            {
                found = Some((a, z));
                break;
            }
        }
        if let Some((a, z)) = found {
            s2 = a;
            e2 = z;
            if !word_boundary_before(text, s2) || !word_boundary_after(text, e2) {
                continue;
            }
            let mut score = 0.7;
            if context_has(text, s2, e2, &IP_CTX) {
                score += CONTEXT_BONUS;
            }
            out.push(cand(EntityType::IpAddress, s2, e2, score, "ipv6", true));
        }
    }
}

fn luhn(digits: &[u8]) -> bool {
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
fn card_brand_ok(d: &[u8]) -> bool {
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

fn cards(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in(&CARD, text, ws, we, |s, e| {
        let before_ok = field_delimiter_before(text, s)
            || prev_char(text, s).is_none_or(|c| !(is_word_char(c) || c == '.' || c == ','));
        if !before_ok {
            return false;
        }
        // Groups separated by single spaces or dashes.
        let raw = &text.as_bytes()[s..e];
        let sep = raw.iter().copied().find(|c| !c.is_ascii_digit());
        if let Some(sep) = sep
            && raw.iter().any(|&c| !c.is_ascii_digit() && c != sep)
        {
            return false;
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
            let neg = before_has(text, s, 30, &NUMBER_NEG);
            let ctx = context_has(text, s, abs_end, &CARD_CTX);
            // 12-digit numbers (some Maestro cards) need a card word nearby.
            let short = digits.len() == 12 && !ctx;
            let score = match (valid, neg || short, ctx) {
                (true, true, false) => 0.3,
                (true, _, true) => 0.95,
                (true, false, false) => 0.7,
                (false, _, true) => 0.3,
                (false, _, false) => 0.15,
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
            return true;
        }
        false
    });
}

fn ibans(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
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
                let score = if ctx { 1.0 } else { 0.8 };
                out.push(cand(EntityType::Iban, s, end, score, "iban_mod97", true));
                return true;
            }
        }
        // IBAN-shaped but failing mod-97: claim the whole run with a low score.
        if word_boundary_after(text, e) && compact.len() >= 15 && compact.len() <= 34 {
            let score = if ctx { 0.3 } else { 0.1 };
            out.push(claim(EntityType::Iban, s, e, score, "iban_mod97"));
            return true;
        }
        false
    });
}

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

fn ssns(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in(&SSN, text, ws, we, |s, e| {
        let before_ok =
            prev_char(text, s).is_none_or(|c| !(is_word_char(c) || c == '-' || c == '.'));
        let after_ok = next_char(text, e).is_none_or(|c| !(is_word_char(c) || c == '-'))
            && !(text[e..].starts_with(['.', ','])
                && text[e + 1..].starts_with(|c: char| c.is_ascii_digit()));
        if !before_ok || !after_ok {
            return false;
        }
        let digits: Vec<u8> = text[s..e].bytes().filter(u8::is_ascii_digit).collect();
        let formatted = e - s == 11;
        let valid = ssn_valid(&digits);
        let ctx = context_has(text, s, e, &SSN_CTX);
        let score = match (formatted, valid, ctx) {
            (_, false, _) => 0.1,
            (true, true, true) => 0.95,
            (true, true, false) => 0.5,
            (false, true, true) => 0.7,
            (false, true, false) => 0.05,
        };
        out.push(cand(EntityType::UsSsn, s, e, score, "us_ssn", valid));
        true
    });
}

fn phone_regions(lang: Option<&str>) -> Vec<phonenumber::country::Id> {
    use phonenumber::country::Id;
    let mut v: Vec<Id> = match lang {
        Some("de") => vec![Id::DE, Id::AT, Id::CH],
        Some("fr") => vec![Id::FR, Id::BE, Id::CH],
        Some("es") => vec![Id::ES],
        Some("it") => vec![Id::IT],
        Some("nl") => vec![Id::NL, Id::BE],
        Some("pt") => vec![Id::PT, Id::BR],
        Some("pl") => vec![Id::PL],
        _ => vec![],
    };
    for id in [Id::US, Id::GB, Id::DE, Id::FR] {
        if !v.contains(&id) {
            v.push(id);
        }
    }
    v
}

/// National significant number lengths per calling code (coarse).
fn possible_length(code: u16, nsn_len: usize) -> bool {
    let (lo, hi) = match code {
        1 => (10, 10),
        44 => (9, 10),
        49 => (6, 13),
        33 => (9, 9),
        41 => (9, 9),
        43 => (4, 13),
        34 => (9, 9),
        39 => (6, 11),
        31 => (9, 9),
        32 => (8, 9),
        _ => (6, 13),
    };
    (lo..=hi).contains(&nsn_len)
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum PhoneCheck {
    Invalid,
    Possible,
    Valid,
}

/// phonenumber compiles its metadata regexes on demand into an LRU of 100
/// shared by all regions; validating numbers of a few countries thrashes it
/// (a regex compile per check). Give it room for every pattern it has.
static PHONE_DB: LazyLock<()> = LazyLock::new(|| {
    let cache = phonenumber::metadata::DATABASE.cache();
    if let Ok(mut guard) = cache.lock() {
        *guard = regex_cache::RegexCache::new(20_000);
    }
});

fn check_phone(number: &str, regions: &[phonenumber::country::Id]) -> PhoneCheck {
    LazyLock::force(&PHONE_DB);
    let mut s: String = number.replace("(0)", " ");
    let t = s.trim_start_matches('(');
    if let Some(rest) = t.strip_prefix("00") {
        s = format!("+{rest}");
    }
    let eval = |n: &phonenumber::PhoneNumber| {
        if n.is_valid() {
            PhoneCheck::Valid
        } else {
            let nsn = n.national().value().to_string().len();
            if possible_length(n.code().value(), nsn) {
                PhoneCheck::Possible
            } else {
                PhoneCheck::Invalid
            }
        }
    };
    if s.trim_start().starts_with('+') {
        return phonenumber::parse(None, &s).map_or(PhoneCheck::Invalid, |n| eval(&n));
    }
    // National format: a leading 0 is a trunk prefix (Europe and most of
    // the world); NANP numbers have none. Try at most two regions, so one
    // candidate costs at most two parses.
    use phonenumber::country::Id;
    let trunk = s.trim_start_matches(['(', ' ']).starts_with('0');
    let nanp = [Id::US];
    let order: Vec<Id> = if trunk {
        regions
            .iter()
            .copied()
            .filter(|&r| r != Id::US)
            .take(2)
            .collect()
    } else {
        nanp.iter()
            .chain(regions.iter())
            .copied()
            .filter(|&r| r == Id::US || !trunk)
            .take(2)
            .collect()
    };
    let mut best = PhoneCheck::Invalid;
    for r in order {
        if let Ok(n) = phonenumber::parse(Some(r), &s) {
            let c = eval(&n);
            if c == PhoneCheck::Valid {
                return c;
            }
            best = best.max(c);
        }
    }
    best
}

static EXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i-u)[ \t]?(?:x|ext\.?|extension|#)[ \t]?[0-9]{1,6}$"));
static DATE_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u)^(?:[0-9]{4}[\-/.][0-9]{1,2}[\-/.][0-9]{1,2}|[0-9]{1,2}[\-/.][0-9]{1,2}[\-/.][0-9]{2,4}|[0-9]{4} ?- ?[0-9]{4}|[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})$",
    )
});

/// Dotted numbers with a one-digit or five-plus-digit group ("125.0.6438.108",
/// "12.0.16554.3841") are versions and builds, not phone numbers.
fn version_like(core: &str) -> bool {
    core.contains('.')
        && !core.contains(' ')
        && core
            .split('.')
            .any(|g| g.len() == 1 || g.len() > 4 || !g.bytes().all(|b| b.is_ascii_digit()))
}

static VERSION_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../data/pii/version_words.txt")));

fn phones(
    text: &str,
    ws: usize,
    we: usize,
    regions: &[phonenumber::country::Id],
    out: &mut Vec<Candidate>,
) {
    scan_in(&PHONE, text, ws, we, |s, e| {
        let before_ok = field_delimiter_before(text, s)
            || prev_char(text, s)
                .is_none_or(|c| !(is_word_char(c) || matches!(c, '-' | '.' | '/' | ',' | '+')));
        if !before_ok {
            return false;
        }
        let mut e = e;
        // Drop unbalanced trailing/leading parenthesis parts by trimming.
        loop {
            let span = &text[s..e];
            let core_end = EXT.find(span).map_or(e, |m| s + m.start());
            let core = &text[s..core_end];
            let digits = core.bytes().filter(u8::is_ascii_digit).count();
            let opens = core.matches('(').count();
            let closes = core.matches(')').count();
            let after_ok = next_char(text, e).is_none_or(|c| !is_word_char(c))
                && !(text[e..].starts_with(['.', ',', '-', '/'])
                    && text[e + 1..].starts_with(|c: char| c.is_ascii_digit()));
            let trimmed_ok = !core.ends_with(['(', '-', '.', '/', ' ']);
            if (7..=15).contains(&digits)
                && opens == closes
                && after_ok
                && trimmed_ok
                && !DATE_SHAPE.is_match(core)
                && !version_like(core)
            {
                let plus = core.starts_with('+') || core.starts_with("00");
                let separated = core.bytes().any(|c| !c.is_ascii_digit() && c != b'+');
                let field = field_delimiter_before(text, s) && field_delimiter_after(text, e);
                let check = check_phone(core, regions);
                let ctx = context_has(text, s, e, &PHONE_CTX);
                let neg =
                    before_has(text, s, 25, &NUMBER_NEG) || before_has(text, s, 25, &VERSION_WORDS);
                let mut score: f64 = match check {
                    PhoneCheck::Valid => 0.75,
                    PhoneCheck::Possible => 0.55,
                    PhoneCheck::Invalid => 0.25,
                };
                if !plus && !separated && !ctx && !field {
                    score -= 0.2;
                }
                if neg {
                    score = score.min(0.3);
                } else if ctx {
                    score += CONTEXT_BONUS;
                }
                out.push(cand(
                    EntityType::Phone,
                    s,
                    e,
                    score,
                    "phonenumber",
                    check == PhoneCheck::Valid,
                ));
                return true;
            }
            // trim the last group
            let span = &text[s..e];
            let Some(cut) = span.rfind([' ', '\t', '-', '.', '/']) else {
                return false;
            };
            let new_e = s + span[..cut]
                .trim_end_matches([' ', '\t', '-', '.', '/'])
                .len();
            if new_e <= s || text[s..new_e].bytes().filter(u8::is_ascii_digit).count() < 7 {
                return false;
            }
            e = new_e;
        }
    });
}

fn days_in_month(m: u32, y: Option<u32>) -> u32 {
    match m {
        2 => match y {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
            None => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn month_from_name(s: &str) -> Option<u32> {
    let l = s.to_lowercase();
    let l = l.trim_end_matches('.');
    let table: &[(&str, u32)] = &[
        ("jan", 1),
        ("feb", 2),
        ("fév", 2),
        ("fev", 2),
        ("mar", 3),
        ("mär", 3),
        ("apr", 4),
        ("avr", 4),
        ("may", 5),
        ("mai", 5),
        ("juin", 6),
        ("jun", 6),
        ("juil", 7),
        ("jul", 7),
        ("aug", 8),
        ("aoû", 8),
        ("aou", 8),
        ("sep", 9),
        ("oct", 10),
        ("okt", 10),
        ("nov", 11),
        ("dec", 12),
        ("déc", 12),
        ("dez", 12),
    ];
    table
        .iter()
        .find(|(p, _)| l.starts_with(p))
        .map(|&(_, m)| m)
}

/// Calendar check of a date match.
fn date_valid(s: &str) -> bool {
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    let word = s
        .split(|c: char| !c.is_alphabetic())
        .find(|w| w.len() >= 3 && month_from_name(w).is_some());
    let ok = |d: u32, m: u32, y: Option<u32>| {
        (1..=12).contains(&m) && d >= 1 && d <= days_in_month(m, y)
    };
    match (word, nums.as_slice()) {
        (Some(w), [a, b]) => {
            let m = month_from_name(w).unwrap_or(0);
            let (d, y) = if *a > 31 { (*b, *a) } else { (*a, *b) };
            ok(d, m, Some(y))
        }
        (None, [y, m, d]) if *y > 31 => ok(*d, *m, Some(*y)),
        (None, [a, b, y]) => {
            let y = if *y < 100 { 2000 + y } else { *y };
            ok(*a, *b, Some(y)) || ok(*b, *a, Some(y))
        }
        _ => false,
    }
}

fn dates(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in(&DATE, text, ws, we, |s, e| {
        let before_ok =
            prev_char(text, s).is_none_or(|c| !(is_word_char(c) || matches!(c, '.' | '/' | '-')));
        let after_ok = next_char(text, e).is_none_or(|c| !is_word_char(c))
            && !(text[e..].starts_with(['.', '/', '-'])
                && text[e + 1..].starts_with(|c: char| c.is_ascii_digit()));
        if !before_ok || !after_ok {
            return false;
        }
        let valid = date_valid(&text[s..e]);
        let score = if valid { 0.6 } else { 0.1 };
        out.push(cand(EntityType::Date, s, e, score, "date", valid));
        true
    });
}

fn money(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in(&MONEY, text, ws, we, |s, mut e| {
        let starts_with_digit = text[s..].starts_with(|c: char| c.is_ascii_digit());
        let before_ok = prev_char(text, s).is_none_or(|c| {
            !(is_word_char(c) || (starts_with_digit && matches!(c, '.' | ',' | '-')))
        });
        // "$1,234." : trailing separators are not part of the amount
        while e > s && text[..e].ends_with([' ', '\u{a0}', ',', '.', '\'']) {
            e -= 1;
        }
        let after_ok = next_char(text, e).is_none_or(|c| !is_word_char(c) || !c.is_ascii_digit());
        if !before_ok || !after_ok || e <= s {
            return false;
        }
        out.push(cand(EntityType::Money, s, e, 0.7, "money", false));
        true
    });
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

/// All pattern candidates (unfiltered, possibly overlapping), byte offsets.
pub(crate) fn find(text: &str, lang: Option<&str>) -> Vec<Candidate> {
    let mut out = Vec::new();
    emails(text, &mut out);
    urls(text, &mut out);
    let windows = digit_windows(text);
    let regions = phone_regions(lang);
    for &(ws, we) in &windows {
        ips(text, ws, we, &mut out);
        cards(text, ws, we, &mut out);
        ibans(text, ws, we, &mut out);
        ssns(text, ws, we, &mut out);
        phones(text, ws, we, &regions, &mut out);
        dates(text, ws, we, &mut out);
        money(text, ws, we, &mut out);
    }
    ipv6(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
