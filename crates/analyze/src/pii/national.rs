//! European national identifiers: DE_TAX_ID, FR_NIR, ES_NIF (DNI), ES_NIE,
//! IT_FISCAL_CODE, NL_BSN and UK_NINO, each found by its printed shapes and
//! accepted by its check digit or structure rules (module `checks`).
//!
//! How much a shape says on its own differs: a codice fiscale or a NIE is
//! unmistakable once its check passes, while one 11-digit or 9-digit number
//! in ten passes the German or Dutch check by chance, so those two are
//! reported only near a context word ("Steuer-ID", "BSN"). A number failing
//! its check is left to the other recognizers, unless a context word says
//! what it was meant to be: then it claims its digits without being
//! reported (a mistyped tax ID is not a phone number).

use std::sync::LazyLock;

use regex::Regex;

use super::context::{
    CARD_NEGATIVE_WINDOW, DE_TAX_ID_CTX, ES_ID_CTX, FR_NIR_CTX, IT_FISCAL_CODE_CTX, NL_BSN_CTX,
    NUMBER_NEG, UK_NINO_CTX, WordSet, before_has, context_has,
};
use super::text::{is_word_char, next_char, next_clear, prev_char, scan_in_skipping};
use super::{cand, checks, claim, re, scores};
use crate::{Candidate, EntityType};

/// 15 characters: sex, year, month, département (2A/2B in Corsica), then
/// commune and order number, then the key; bare or spaced as on the carte
/// Vitale ("1 85 05 78 006 084 91").
static FR_NIR: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u)[1278] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[AB])(?: ?[0-9]){6} ?[0-9]{2}")
});

/// 11 digits, bare or as 2-3-3-3 ("86 095 742 719").
static DE_TAX_ID: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u)[1-9][0-9](?: ?[0-9]{3}){3}"));

/// 8 digits (optionally dotted 2.3.3) and a letter, the letter optionally
/// after a hyphen or space.
static ES_DNI: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u)(?:[0-9]{8}|[0-9]{2}\.[0-9]{3}\.[0-9]{3})[ \-]?[A-Z]"));

/// 9 digits: bare, 4.2.3 ("1234.56.782") or 3-3-3 with spaces or dots.
static NL_BSN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u)[0-9]{9}|[0-9]{4}[. ][0-9]{2}[. ][0-9]{3}|[0-9]{3}[. ][0-9]{3}[. ][0-9]{3}")
});

/// 6 letters, 2 digits, month letter, 2 digits, letter, 3 digits, check
/// letter; digits may be omocodia letters (L-V).
static IT_FISCAL_CODE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u)[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]")
});

/// X, Y or Z, 7 digits and a letter ("X-1234567-L").
static ES_NIE: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u)[XYZ][ \-]?[0-9]{7}[ \-]?[A-Z]"));

/// Two letters, six digits, a suffix letter; bare or spaced 2-2-2-2-1
/// ("AB 12 34 56 C").
static UK_NINO: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u)[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]"));

/// What an identifier needs besides its shape.
struct Rule {
    ty: EntityType,
    recognizer: &'static str,
    check: fn(&[u8]) -> bool,
    context: &'static LazyLock<WordSet>,
    /// Score of a valid match with no context word, from the matched text.
    base: fn(&str) -> f64,
}

static DE: Rule = Rule {
    ty: EntityType::DeTaxId,
    recognizer: "de_tax_id",
    check: checks::de_tax_id,
    context: &DE_TAX_ID_CTX,
    base: |_| scores::DE_TAX_ID,
};

static FR: Rule = Rule {
    ty: EntityType::FrNir,
    recognizer: "fr_nir",
    check: checks::fr_nir,
    context: &FR_NIR_CTX,
    base: |m| {
        if m.contains(' ') {
            scores::FR_NIR_SPACED
        } else {
            scores::FR_NIR
        }
    },
};

static DNI: Rule = Rule {
    ty: EntityType::EsNif,
    recognizer: "es_dni",
    check: checks::es_dni,
    context: &ES_ID_CTX,
    base: |_| scores::ES_DNI,
};

static NIE: Rule = Rule {
    ty: EntityType::EsNie,
    recognizer: "es_nie",
    check: checks::es_nie,
    context: &ES_ID_CTX,
    base: |_| scores::ES_NIE,
};

static IT: Rule = Rule {
    ty: EntityType::ItFiscalCode,
    recognizer: "it_fiscal_code",
    check: checks::it_fiscal_code,
    context: &IT_FISCAL_CODE_CTX,
    base: |_| scores::IT_FISCAL_CODE,
};

static NL: Rule = Rule {
    ty: EntityType::NlBsn,
    recognizer: "nl_bsn",
    check: checks::nl_bsn,
    context: &NL_BSN_CTX,
    base: |_| scores::NL_BSN,
};

static UK: Rule = Rule {
    ty: EntityType::UkNino,
    recognizer: "uk_nino",
    check: checks::uk_nino,
    context: &UK_NINO_CTX,
    base: |m| {
        if m.contains(' ') {
            scores::UK_NINO_SPACED
        } else {
            scores::UK_NINO
        }
    },
};

/// Each shape is searched only inside a cluster (see [`clusters`]), with
/// one regex a shape: merged into one alternation they cost twice as much
/// (callgrind on the PII bench), the regex engine losing its fast paths.
pub(super) fn national_ids(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    // (shape, rule, fewest digits, fewest letters): a search costs about
    // two thousand instructions even on a short cluster, so shapes that
    // cannot fit are not searched
    let shapes: [(&LazyLock<Regex>, &Rule, usize, usize); 7] = [
        (&FR_NIR, &FR, 13, 0),
        (&DE_TAX_ID, &DE, 11, 0),
        (&ES_DNI, &DNI, 8, 1),
        (&NL_BSN, &NL, 9, 0),
        (&IT_FISCAL_CODE, &IT, 6, 9),
        (&ES_NIE, &NIE, 7, 2),
        (&UK_NINO, &UK, 6, 3),
    ];
    for c in clusters(text, ws, we) {
        for &(shape, rule, digits, letters) in &shapes {
            if c.digits >= digits && c.letters >= letters {
                find(shape, rule, text, c.start, c.end, out);
            }
        }
    }
}

/// A run found by [`clusters`], byte offsets, with what it holds.
struct Cluster {
    start: usize,
    end: usize,
    digits: usize,
    letters: usize,
}

/// The fewest digits of an identifier of this module (a NINO has 6).
const MIN_DIGITS: usize = 6;

/// Runs of upper-case ASCII letters and digits, with single spaces, dots
/// or hyphens between them, that hold at least [`MIN_DIGITS`] digits:
/// every identifier of this module lies inside one, and most of a text
/// (words, dates, amounts, short numbers) does not.
fn clusters(text: &str, ws: usize, we: usize) -> Vec<Cluster> {
    let b = text.as_bytes();
    let id_byte = |c: u8| c.is_ascii_digit() || c.is_ascii_uppercase();
    let mut out = Vec::new();
    let mut i = ws;
    while i < we {
        if !id_byte(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let (mut digits, mut letters) = (0, 0);
        while i < we {
            let c = b[i];
            if id_byte(c) {
                digits += usize::from(c.is_ascii_digit());
                letters += usize::from(c.is_ascii_uppercase());
                i += 1;
            } else if matches!(c, b' ' | b'.' | b'-') && i + 1 < we && id_byte(b[i + 1]) {
                i += 1;
            } else {
                break;
            }
        }
        if digits >= MIN_DIGITS {
            out.push(Cluster {
                start,
                end: i,
                digits,
                letters,
            });
        }
    }
    out
}

/// Scans `re` in the window and scores each match by `rule`.
fn find(re: &Regex, rule: &Rule, text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    scan_in_skipping(re, text, ws, we, |s, e| {
        if !clear_before(text, s) {
            return Err(next_clear(text, s, we, |p| clear_before(text, p)));
        }
        if !clear_after(text, e) {
            return Ok(false);
        }
        let compact: Vec<u8> = text[s..e]
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .collect();
        let valid = (rule.check)(&compact);
        let ctx = context_has(text, s, e, rule.context);
        // "Bestellnummer 86095742719": an order number that happens to pass
        // the check. The label right before the number wins over a context
        // word further away ("Steuer-ID ..., Bestellnummer ...").
        let label = label_len(text, s);
        let order_label =
            before_has(text, s, label, &NUMBER_NEG) && !before_has(text, s, label, rule.context);
        match (valid, ctx) {
            (true, true) if !order_label => {
                let score = scores::NATIONAL_ID_WITH_CONTEXT;
                out.push(cand(rule.ty, s, e, score, rule.recognizer, true));
            }
            (true, _) => {
                let mut score = (rule.base)(&text[s..e]);
                if order_label {
                    score = score.min(scores::NATIONAL_ID_AFTER_NEGATIVE_WORD);
                }
                out.push(cand(rule.ty, s, e, score, rule.recognizer, true));
            }
            (false, true) => {
                out.push(claim(
                    rule.ty,
                    s,
                    e,
                    scores::NATIONAL_ID_INVALID_WITH_CONTEXT,
                    rule.recognizer,
                ));
            }
            (false, false) => return Ok(false),
        }
        Ok(true)
    });
}

/// Bytes of the label before `s`: back to the nearest comma, semicolon,
/// pipe, tab or line break, at most [`CARD_NEGATIVE_WINDOW`].
fn label_len(text: &str, s: usize) -> usize {
    let from = s.saturating_sub(CARD_NEGATIVE_WINDOW);
    let window = &text.as_bytes()[from..s];
    window
        .iter()
        .rposition(|b| matches!(b, b',' | b';' | b'|' | b'\t' | b'\n'))
        .map_or(s - from, |i| window.len() - i - 1)
}

/// An identifier is a whole token: no letter, digit, hyphen, dot, slash or
/// plus joined to it before ("ORD-86095742719", "2.86095742719")...
fn clear_before(text: &str, s: usize) -> bool {
    prev_char(text, s).is_none_or(|c| !(is_word_char(c) || matches!(c, '-' | '.' | '/' | '+')))
}

/// ...nor a letter, digit or hyphen after it, nor a dot, comma or slash and
/// a digit ("X1234567L3", "86095742719.5").
fn clear_after(text: &str, e: usize) -> bool {
    next_char(text, e).is_none_or(|c| !(is_word_char(c) || c == '-'))
        && !(text[e..].starts_with(['.', ',', '/'])
            && text[e + 1..].starts_with(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reported (score ≥ 0.4) matches of this module as (type, text).
    fn found(text: &str) -> Vec<(EntityType, String)> {
        let mut out = Vec::new();
        national_ids(text, 0, text.len(), &mut out);
        out.retain(|c| c.score >= crate::DEFAULT_MIN_SCORE);
        out.into_iter()
            .map(|c| (c.ty, text[c.start..c.end].to_owned()))
            .collect()
    }

    fn one(ty: EntityType, text: &str, value: &str) {
        assert_eq!(found(text), [(ty, value.to_owned())], "in {text:?}");
    }

    fn none(text: &str) {
        assert_eq!(found(text), [], "in {text:?}");
    }

    #[test]
    fn german_tax_id_needs_its_check_and_a_context_word() {
        one(EntityType::DeTaxId, "Steuer-ID: 86095742719", "86095742719");
        one(
            EntityType::DeTaxId,
            "Ihre steuerliche Identifikationsnummer lautet 86 095 742 719.",
            "86 095 742 719",
        );
        // wrong check digit
        none("Steuer-ID: 86095742718");
        // valid, but nothing says it is a tax ID
        none("Referenz 86095742719");
        // look-alikes: an order number, a phone number, a date
        none("Bestellnummer 86095742719");
        none("Tel. 030 12345678");
        none("Datum 12.03.2024");
    }

    #[test]
    fn french_nir_is_found_bare_or_spaced_including_corsica() {
        one(
            EntityType::FrNir,
            "N° de sécurité sociale : 1 85 05 78 006 084 91",
            "1 85 05 78 006 084 91",
        );
        one(
            EntityType::FrNir,
            "Assurée 2 55 08 2A 123 456 46, merci.",
            "2 55 08 2A 123 456 46",
        );
        one(EntityType::FrNir, "NIR 185057800608491", "185057800608491");
        // bad key, month 13
        none("N° de sécurité sociale : 1 85 05 78 006 084 92");
        none("1 85 13 78 006 084 91");
        // a 15-digit order number passing no key
        none("Commande 285057800608400");
    }

    #[test]
    fn spanish_dni_and_nie_letters_are_checked() {
        one(EntityType::EsNif, "DNI: 12345678Z", "12345678Z");
        one(EntityType::EsNif, "con NIF 12.345.678-Z", "12.345.678-Z");
        one(EntityType::EsNie, "NIE X-1234567-L", "X-1234567-L");
        one(EntityType::EsNie, "residente Y1234567X", "Y1234567X");
        none("DNI: 12345678A");
        none("NIE X1234567A");
        // product code and invoice number shapes
        none("Artículo 12345678ZX en stock");
        none("Factura nº 2024-12345678Z");
    }

    #[test]
    fn italian_fiscal_code_letter_is_checked_with_omocodia() {
        one(
            EntityType::ItFiscalCode,
            "Codice fiscale: RSSMRA85T10A562S",
            "RSSMRA85T10A562S",
        );
        one(
            EntityType::ItFiscalCode,
            "C.F. RSSMRA85T10A56NH",
            "RSSMRA85T10A56NH",
        );
        none("Codice fiscale: RSSMRA85T10A562T");
        none("Serial ABCDEF12G34H567I");
    }

    #[test]
    fn dutch_bsn_passes_the_eleven_proof_near_its_name() {
        one(EntityType::NlBsn, "BSN: 111222333", "111222333");
        one(
            EntityType::NlBsn,
            "burgerservicenummer 1234.56.782",
            "1234.56.782",
        );
        none("BSN: 123456789");
        // valid by chance, but no BSN word
        none("Ordernummer 123456782");
        none("Bel 020 123 4567");
    }

    #[test]
    fn uk_nino_prefix_and_suffix_are_checked() {
        one(
            EntityType::UkNino,
            "National Insurance number: AB 12 34 56 C",
            "AB 12 34 56 C",
        );
        one(EntityType::UkNino, "NI no JG103759A.", "JG103759A");
        one(
            EntityType::UkNino,
            "Employee JG 10 37 59 A",
            "JG 10 37 59 A",
        );
        // after an order or reference word it needs its own context word
        none("ref JG 10 37 59 A");
        // HMRC's example prefix, a forbidden prefix, suffix E
        none("National Insurance number: QQ 12 34 56 C");
        none("NINO GB123456A");
        none("NINO AB123456E");
        // a part number glued to other characters
        none("Part XAB123456C-7");
    }
}
