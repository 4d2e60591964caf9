//! DATE (numeric and month-name formats in English, German, French, Spanish,
//! Italian and Dutch, with a calendar check) and MONEY (currency symbol or code before or after an
//! amount).

use std::sync::LazyLock;

use regex::Regex;

use super::scores;
use super::text::{is_word_char, next_char, next_clear, prev_char, scan_in, scan_in_skipping};
use super::{cand, re};
use crate::{Candidate, EntityType};

const MONTHS: &str = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|juni|juli|augustus|jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]vr(?:ier)?|mar(?:ch|s)?|m[äa]r(?:z)?|apr(?:il)?|avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|d[ée]c(?:embre)?";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}/[0-9]{{1,2}}/(?:[0-9]{{4}}|[0-9]{{2}})|[0-9]{{1,2}}\.[0-9]{{1,2}}\.(?:[0-9]{{4}}|[0-9]{{2}})|[0-9]{{1,2}}-[0-9]{{1,2}}-[0-9]{{4}}|(?:{m})\.? [0-9]{{1,2}}(?:st|nd|rd|th)?,? [0-9]{{4}}|[0-9]{{1,2}}(?:st|nd|rd|th|er|\.)? (?:of |de )?(?:{m})\.?,?(?: de)? [0-9]{{4}}",
        m = MONTHS
    ))
});

static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:[$€£¥]|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)[ \u{a0}]?)[ \u{a0}]?[0-9]{1,3}(?:[,.'\u{a0}\u{202f} ][0-9]{3})*(?:[.,][0-9]{1,2})?|[0-9]{1,3}(?:[,.'\u{a0}\u{202f} ][0-9]{3})*(?:[.,][0-9]{1,2})?(?:[ \u{a0}]?(?:[$€£]|EUR|USD|GBP|CHF)|\s(?:euros?|dollars?|pounds?|Euro))",
    )
});

pub(super) fn dates(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in_skipping(&DATE, text, ws, we, |s, e| {
        let clear = |p| {
            prev_char(text, p).is_none_or(|c| !(is_word_char(c) || matches!(c, '.' | '/' | '-')))
        };
        if !clear(s) {
            return Err(next_clear(text, s, we, clear));
        }
        let after_ok = next_char(text, e).is_none_or(|c| !is_word_char(c))
            && !(text[e..].starts_with(['.', '/', '-'])
                && text[e + 1..].starts_with(|c: char| c.is_ascii_digit()));
        if !after_ok {
            return Ok(false);
        }
        let valid = date_valid(&text[s..e]);
        let score = if valid {
            scores::DATE
        } else {
            scores::DATE_INVALID
        };
        out.push(cand(EntityType::Date, s, e, score, "date", valid));
        Ok(true)
    });
}

/// Calendar check of a date match.
pub(super) fn date_valid(s: &str) -> bool {
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
        // Spanish, Italian, Dutch ("feb", "mar", "jun", "jul", "aug", "sep",
        // "nov", "dec" above cover theirs too)
        ("ene", 1),
        ("gen", 1),
        ("abr", 4),
        ("mag", 5),
        ("mei", 5),
        ("giu", 6),
        ("lug", 7),
        ("ago", 8),
        ("set", 9),
        ("ott", 10),
        ("dic", 12),
    ];
    table
        .iter()
        .find(|(p, _)| l.starts_with(p))
        .map(|&(_, m)| m)
}

pub(super) fn money(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
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
        out.push(cand(EntityType::Money, s, e, scores::MONEY, "money", false));
        true
    });
}
