//! EMAIL, URL (with scheme, `www.`, or a bare domain with a listed TLD) and
//! IP_ADDRESS (v4 and v6, parsed by `std::net`).

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use regex::Regex;

use super::context::{
    EMAIL_CTX, IP_CTX, IP_NEG, IP_NEGATIVE_WINDOW, URL_CTX, before_has, context_has,
};
use super::scores;
use super::text::{
    is_word_char, prev_char, scan, scan_in, word_boundary_after, word_boundary_before,
};
use super::{cand, claim, re};
use crate::gazetteer::lines;
use crate::{Candidate, EntityType};

static URL: LazyLock<Regex> =
    LazyLock::new(|| re(r#"(?i)(?:https?://|ftp://|www\.)[^\s<>"'`{}|\\^\[\]]+"#));

/// Top-level domains accepted for bare domains ("example.com/path").
pub(super) static TLDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../data/pii/tlds.txt")).collect());

static IPV4: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}"));

pub(super) fn emails(text: &str, out: &mut Vec<Candidate>) {
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
        let mut score = if validated {
            scores::EMAIL
        } else {
            scores::EMAIL_DOUBLE_DOT
        };
        if context_has(text, s, e, &EMAIL_CTX) {
            score += scores::EMAIL_CONTEXT_BONUS;
        }
        out.push(cand(EntityType::Email, s, e, score, "email", validated));
        last_end = e;
    }
}

pub(super) fn urls(text: &str, out: &mut Vec<Candidate>) {
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
        let mut score = if validated {
            scores::URL
        } else {
            scores::URL_ODD_HOST
        };
        if context_has(text, s, e, &URL_CTX) {
            score += scores::URL_CONTEXT_BONUS;
        }
        out.push(cand(EntityType::Url, s, e, score, "url", validated));
        true
    });
    domains(text, out);
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
        let mut score = scores::DOMAIN;
        if context_has(text, s, e, &URL_CTX) {
            score += scores::DOMAIN_CONTEXT_BONUS;
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

pub(super) fn is_local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_host_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'.'
}

/// End of a host name starting at `i` whose last label is alphabetic
/// (2-24 letters) and whose labels are well-formed; `None` if there is none.
pub(super) fn host_end(b: &[u8], i: usize, need_dot: bool) -> Option<usize> {
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

pub(super) fn ips(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
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
            out.push(claim(
                EntityType::IpAddress,
                s,
                e,
                scores::IPV4_UNPARSABLE,
                "ipv4",
            ));
            return true;
        };
        let _ = addr;
        let mut score = scores::IPV4;
        if before_has(text, s, IP_NEGATIVE_WINDOW, &IP_NEG) {
            score = scores::IPV4_AFTER_VERSION_WORD;
        } else if context_has(text, s, e, &IP_CTX) {
            score += scores::IPV4_CONTEXT_BONUS;
        }
        out.push(cand(EntityType::IpAddress, s, e, score, "ipv4", true));
        true
    });
}

pub(super) fn ipv6(text: &str, out: &mut Vec<Candidate>) {
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
            let mut score = scores::IPV6;
            if context_has(text, s2, e2, &IP_CTX) {
                score += scores::CONTEXT_BONUS;
            }
            out.push(cand(EntityType::IpAddress, s2, e2, score, "ipv6", true));
        }
    }
}
