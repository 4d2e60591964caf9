//! PHONE: a permissive digit pattern, trimmed group by group until the
//! `phonenumber` numbering plans accept it, with dates, versions and order
//! numbers kept out.

use std::sync::LazyLock;

use regex::Regex;

use super::context::{
    NUMBER_NEG, PHONE_CTX, PHONE_NEGATIVE_WINDOW, VERSION_WORDS, before_has, context_has,
};
use super::scores;
use super::text::{
    field_delimiter_after, field_delimiter_before, is_word_char, next_char, next_clear, prev_char,
    scan_in_skipping,
};
use super::{cand, re};
use crate::{Candidate, EntityType};

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i-u)(?:\+|00)?[0-9(][0-9 \t().\-/]{5,26}[0-9](?:[ \t]?(?:x|ext\.?|extension|#)[ \t]?[0-9]{1,6})?",
    )
});

static EXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i-u)[ \t]?(?:x|ext\.?|extension|#)[ \t]?[0-9]{1,6}$"));

static DATE_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u)^(?:[0-9]{4}[\-/.][0-9]{1,2}[\-/.][0-9]{1,2}|[0-9]{1,2}[\-/.][0-9]{1,2}[\-/.][0-9]{2,4}|[0-9]{4} ?- ?[0-9]{4}|[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})$",
    )
});

/// phonenumber compiles its metadata regexes on demand into an LRU of 100
/// shared by all regions; validating numbers of a few countries thrashes it
/// (a regex compile per check). Give it room for every pattern it has.
static PHONE_DB: LazyLock<()> = LazyLock::new(|| {
    let cache = phonenumber::metadata::DATABASE.cache();
    if let Ok(mut guard) = cache.lock() {
        *guard = regex_cache::RegexCache::new(20_000);
    }
});

pub(super) fn phones(
    text: &str,
    ws: usize,
    we: usize,
    regions: &[phonenumber::country::Id],
    out: &mut Vec<Candidate>,
    // `out[window_from..]` are the candidates found in this window so far.
    window_from: usize,
) {
    scan_in_skipping(&PHONE, text, ws, we, |s, e| {
        if !clear_before(text, s) {
            // Nor can a number start inside what stands before it (the
            // rest of a longer number or of a word).
            return Err(next_clear(text, s, we, |p| clear_before(text, p)));
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
                let ctx = context_has(text, s, e, &PHONE_CTX);
                let neg = before_has(text, s, PHONE_NEGATIVE_WINDOW, &NUMBER_NEG)
                    || before_has(text, s, PHONE_NEGATIVE_WINDOW, &VERSION_WORDS);
                let score_of = |base: f64| {
                    let mut score = base;
                    if !plus && !separated && !ctx && !field {
                        score -= scores::PHONE_BARE_DIGITS_PENALTY;
                    }
                    if neg {
                        score = score.min(scores::PHONE_AFTER_NEGATIVE_WORD);
                    } else if ctx {
                        score += scores::CONTEXT_BONUS;
                    }
                    score.clamp(0.0, 1.0)
                };
                // The digits of a validated IBAN or card that outscores any
                // reading of them as a phone number: the phone candidate
                // would lose the overlap to it, so the numbering-plan check
                // (the dearest step of the pattern recognizers) is skipped.
                // The span is still consumed, so the scan goes on as before.
                if out[window_from..].iter().any(|c| {
                    c.validated
                        && !c.claim
                        && c.start <= s
                        && e <= c.end
                        && c.score >= score_of(scores::PHONE_VALID)
                }) {
                    return Ok(true);
                }
                let check = check_phone(core, regions);
                let score = score_of(match check {
                    PhoneCheck::Valid => scores::PHONE_VALID,
                    PhoneCheck::Possible => scores::PHONE_POSSIBLE,
                    PhoneCheck::Invalid => scores::PHONE_INVALID,
                });
                out.push(cand(
                    EntityType::Phone,
                    s,
                    e,
                    score,
                    "phonenumber",
                    check == PhoneCheck::Valid,
                ));
                return Ok(true);
            }
            // trim the last group
            let span = &text[s..e];
            let Some(cut) = span.rfind([' ', '\t', '-', '.', '/']) else {
                return Ok(false);
            };
            let new_e = s + span[..cut]
                .trim_end_matches([' ', '\t', '-', '.', '/'])
                .len();
            if new_e <= s || text[s..new_e].bytes().filter(u8::is_ascii_digit).count() < 7 {
                return Ok(false);
            }
            e = new_e;
        }
    });
}

/// What may stand before a phone number: a field delimiter, or anything
/// but a letter, a digit or a joining sign ("-", ".", "/", ",", "+").
fn clear_before(text: &str, s: usize) -> bool {
    field_delimiter_before(text, s)
        || prev_char(text, s)
            .is_none_or(|c| !(is_word_char(c) || matches!(c, '-' | '.' | '/' | ',' | '+')))
}

pub(super) fn phone_regions(lang: Option<&str>) -> Vec<phonenumber::country::Id> {
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

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum PhoneCheck {
    Invalid,
    Possible,
    Valid,
}

pub(super) fn check_phone(number: &str, regions: &[phonenumber::country::Id]) -> PhoneCheck {
    LazyLock::force(&PHONE_DB);
    let mut s: String = number.replace("(0)", " ");
    // The parser rejects tabs and runs of spaces, which OCR leaves inside
    // numbers: one space stands for any of them.
    if s.contains(['\t', '\n', '\r']) || s.contains("  ") {
        s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let t = s.trim_start_matches('(');
    if let Some(rest) = t.strip_prefix("00") {
        s = format!("+{rest}");
    }
    let eval = |n: &phonenumber::PhoneNumber| {
        if is_valid(n) {
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
    let mut order: Vec<Id> = if trunk {
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
    // The regions of a text in no covered language start with US, as the
    // plan without a trunk prefix does: parsing it twice gives the same.
    order.dedup();
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

/// `phonenumber::is_valid` (version 0.3.10: the number's region, then a
/// number type other than unknown) with the metadata's patterns compiled
/// once per thread here. The crate looks each pattern up in a shared LRU
/// keyed by its source text on every use; hashing and comparing those
/// strings cost more than the searches themselves (callgrind on the PII
/// benchmark: 152 of 187 million instructions).
fn is_valid(number: &phonenumber::PhoneNumber) -> bool {
    use phonenumber::country::Id;
    let db = &*phonenumber::metadata::DATABASE;
    let code = number.country().code();
    let national = number.national().to_string();
    let Some(regions) = db.region(&code) else {
        return false;
    };
    let meta = if regions.len() == 1 {
        if regions[0] == "001" {
            db.by_code(&code).and_then(|m| m.into_iter().next())
        } else {
            regions[0]
                .parse::<Id>()
                .ok()
                .and_then(|id| db.by_id(id.as_ref()))
        }
    } else {
        regions
            .iter()
            .find_map(|region| {
                let meta = db.by_id(*region)?;
                let here = match meta.leading_digits() {
                    Some(pattern) => starts_with_match(pattern, &national),
                    None => has_number_type(meta, &national),
                };
                here.then(|| region.parse::<Id>().ok()).flatten()
            })
            .and_then(|id| db.by_id(id.as_ref()))
    };
    meta.is_some_and(|meta| has_number_type(meta, &national))
}

/// `phonenumber::validator::number_type(meta, value) != Type::Unknown`:
/// the general pattern and the pattern of any one type match. Which type
/// does not matter here, so the types most numbers are (fixed line and
/// mobile, last in the crate's order) are tried first.
fn has_number_type(meta: &phonenumber::Metadata, value: &str) -> bool {
    let d = meta.descriptors();
    descriptor_matches(d.general(), value)
        && [
            d.fixed_line(),
            d.mobile(),
            d.premium_rate(),
            d.toll_free(),
            d.shared_cost(),
            d.voip(),
            d.personal_number(),
            d.pager(),
            d.uan(),
            d.voicemail(),
        ]
        .into_iter()
        .flatten()
        .any(|desc| descriptor_matches(desc, value))
}

/// `Descriptor::is_match`: a possible length, and the pattern matching
/// from the start.
fn descriptor_matches(desc: &phonenumber::metadata::Descriptor, value: &str) -> bool {
    let lengths = desc.possible_length();
    if !lengths.is_empty() && !lengths.contains(&(value.len() as u16)) {
        return false;
    }
    starts_with_match(desc.national_number(), value)
}

thread_local! {
    /// The metadata's patterns, compiled as the crate compiles them
    /// (ignoring whitespace), keyed by where their source text lives in
    /// the static database. Each is used on a few short numbers only, so
    /// they run anchored on the one-pass DFA or the bounded backtracker:
    /// a lazy DFA (the regex crate's choice) spent its time building
    /// states it used once (perf on the PII benchmark: phone checks took
    /// 18 % of the analysis, 14 points of it matching these patterns).
    static PATTERNS: std::cell::RefCell<rustc_hash::FxHashMap<(usize, usize), Option<regex_automata::meta::Regex>>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// Whether `pattern`'s leftmost match in `value` starts at its start (as
/// the crate reads its patterns): whether it matches anchored there.
fn starts_with_match(pattern: &regex_cache::CachedRegex, value: &str) -> bool {
    use regex_automata::{Anchored, Input, meta, util::syntax};
    let source = pattern.as_str();
    let key = (source.as_ptr() as usize, source.len());
    PATTERNS.with(|cache| {
        let mut cache = cache.borrow_mut();
        cache
            .entry(key)
            .or_insert_with(|| {
                meta::Regex::builder()
                    .syntax(syntax::Config::new().ignore_whitespace(true))
                    .configure(meta::Regex::config().hybrid(false).dfa(false))
                    .build(source)
                    .ok()
            })
            .as_ref()
            .is_some_and(|re| re.is_match(Input::new(value).anchored(Anchored::Yes)))
    })
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

/// Dotted numbers with a one-digit or five-plus-digit group ("125.0.6438.108",
/// "12.0.16554.3841") are versions and builds, not phone numbers.
fn version_like(core: &str) -> bool {
    core.contains('.')
        && !core.contains(' ')
        && core
            .split('.')
            .any(|g| g.len() == 1 || g.len() > 4 || !g.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The own validity check answers as `PhoneNumber::is_valid` on
    /// numbers of every shape: international for calling codes with one
    /// region, several (+1, +44, +7) and none (+800, +979), and national
    /// for the regions the analyzer tries.
    #[test]
    fn validity_is_the_crates() {
        use phonenumber::country::Id;
        LazyLock::force(&PHONE_DB);
        let mut seed: u64 = 7;
        let mut digits = |n: usize| {
            (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    char::from(b'0' + ((seed >> 33) % 10) as u8)
                })
                .collect::<String>()
        };
        let codes = [
            "1", "44", "49", "33", "39", "34", "31", "32", "41", "43", "351", "48", "7", "61",
            "81", "86", "800", "979", "90", "353", "358", "420", "45", "46", "47", "30", "36",
            "40", "91",
        ];
        let (mut checked, mut valid) = (0, 0);
        for round in 0..400 {
            for code in codes {
                let number = format!("+{code} {}", digits(6 + round % 8));
                if let Ok(n) = phonenumber::parse(None, &number) {
                    assert_eq!(is_valid(&n), n.is_valid(), "{number}");
                    checked += 1;
                    valid += usize::from(n.is_valid());
                }
            }
            for region in [
                Id::US,
                Id::GB,
                Id::DE,
                Id::FR,
                Id::IT,
                Id::ES,
                Id::NL,
                Id::BE,
            ] {
                let number = format!("0{}", digits(6 + round % 6));
                if let Ok(n) = phonenumber::parse(Some(region), &number) {
                    assert_eq!(is_valid(&n), n.is_valid(), "{number} in {region:?}");
                    checked += 1;
                    valid += usize::from(n.is_valid());
                }
            }
        }
        assert!(
            checked > 10_000 && valid > 1_000,
            "{checked} checked, {valid} valid"
        );
    }
}
