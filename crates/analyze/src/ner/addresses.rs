//! Street lines and address structure: a run on a street line is neither a
//! person nor a place, and a postal code or state code beside a run makes it
//! a place.

use super::tokenize::{Ctx, Kind};
use super::words::{
    STREET_ENDINGS, STREET_PREFIXES, STREET_TYPES, UNIT_WORDS, US_STATES, is_place, is_surname,
};
use crate::gazetteer::GAZ;

/// The run belongs to a street line.
pub(super) fn is_street(c: &Ctx<'_>, words: &[usize], end: usize) -> bool {
    let first = words[0];
    let last = *words.last().unwrap_or(&first);
    let lk = c.key(last);
    let number_before = first > 0 && c.toks[first - 1].kind == Kind::Num && c.same_line(first)
        || (first > 1
            && c.toks[first - 1].kind == Kind::Word
            && c.t(first - 1).len() == 1
            && c.toks[first - 2].kind == Kind::Num
            && !c.toks[first - 1].sp);
    if has_street_ending(lk) {
        return true;
    }
    // number after on the same line ("Hauptstraße 5", "Baker Street 221")
    if is_street_type_word(c, last) {
        if number_before || !is_surname(lk) || words.len() >= 3 {
            return true;
        }
        if c.toks.get(end).is_some_and(|t| t.kind == Kind::Num) && c.same_line(end) {
            return true;
        }
    }
    // "Ronda de Visitación Barbero 126", "Via Roma 5", "Incrocio Barracco,
    // 688": a capitalised street
    // word starts the run, a house number after it
    // ("Incrocio Barracco, 688": the number may follow a comma)
    let num_at = |i: usize| c.toks.get(i).is_some_and(|t| t.kind == Kind::Num) && c.same_line(i);
    let number_after = num_at(end) || c.is_punct(end, ",") && num_at(end + 1);
    if words.len() >= 2 && c.lower_in(first, &STREET_PREFIXES) && (number_after || number_before) {
        return true;
    }
    // "Dianasee 825, 47260 Dorsten", "Am Bootshaus 1177, 36012 X": a house
    // number, a comma and a postal code after the run
    let postcode_at = |i: usize| num_at(i) && (4..=5).contains(&c.t(i).len());
    if num_at(end) && c.t(end).len() <= 4 && c.is_punct(end + 1, ",") && postcode_at(end + 2) {
        return true;
    }
    if street_prefix_before(c, first).is_some() {
        return true;
    }
    // "8124 Julia Stravenue Apt. 5": house number then words then unit
    if number_before {
        let unit_after = c.lower_in(end, &UNIT_WORDS);
        let n = c.t(first - 1).len();
        let line_end = end >= c.toks.len() || c.toks[end].nl;
        // a 4-5 digit number before words ending the line or a clause is
        // a postal code, and before a known town ending a sentence ("...,
        // 10115 Berlin."; not the abbreviated street of "1360 Prom. Saint
        // Vigor")
        // (not a count: "lieferte gestern 1500 Essen.")
        let number = first - 1;
        let known_town = || {
            is_place(&c.run_key(words)).is_some()
                && (number == 0 || !c.same_line(number) || c.is_punct(number - 1, ","))
        };
        let postal = (4..=5).contains(&n)
            && (line_end
                || [",", ";", ")"].iter().any(|p| c.is_punct(end, p))
                || [".", "!", "?"].iter().any(|p| c.is_punct(end, p)) && known_town());
        if unit_after || !postal && !year_then_clause(c, first, end) {
            return true;
        }
    }
    false
}

/// The street word before token `first`, directly or over the connectors
/// of a street's name ("rue de Maury", "avenue Victor Hugo", "Alameda de
/// Luz Carbajo", "Via degli Alfonso Gatto", "Rúa do Viveiro"): its index.
pub(super) fn street_prefix_before(c: &Ctx<'_>, first: usize) -> Option<usize> {
    let mut p = first;
    while p > 0
        && c.same_line(p)
        && (c.lower_in(p - 1, STREET_CONNECTORS) || c.is_punct(p - 1, "'"))
    {
        p -= 1;
    }
    (p > 0 && c.lower_in(p - 1, &STREET_PREFIXES) && c.same_line(p)).then(|| p - 1)
}

/// What joins a street's word to its name ("rue de", "Paseo de las",
/// "Via degli").
const STREET_CONNECTORS: &[&str] = &[
    "de", "du", "des", "la", "las", "los", "les", "d'", "le", "del", "di", "della", "delle", "dei",
    "degli", "dello", "do", "da", "dos", "das",
];

/// Weekdays of the covered languages, lower case (an agenda's or a rota's
/// word, no surname: `runs::surname_first`).
pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Month names of the covered languages: a number before one starts a
/// date, not a street.
pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januar",
    "jänner",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
];

/// The line that starts at token `i` is a street line: a house number
/// first and a capitalised word that is no month ("180 Via Gregoriana",
/// "1101 Freeman Rapids"), a street word first ("Via Marsala 12"), or a
/// street word or ending among its first five tokens and a number after it
/// ("Buchholzer Straße 786", "Lindenweg 3").
pub(super) fn street_line_at(c: &Ctx<'_>, i: usize) -> bool {
    let n = c.toks.len();
    if i >= n || !(i == 0 || c.toks[i].nl) {
        return false;
    }
    // "12 March 2025" is a date line
    let next_cap = c.is_cap(i + 1) && c.same_line(i + 1) && !c.lower_in(i + 1, MONTHS);
    if (c.toks[i].kind == Kind::Num || c.lower_in(i, &STREET_PREFIXES)) && next_cap {
        return true;
    }
    let mut street = false;
    let mut j = i;
    while j < n && j < i + 5 && (j == i || c.same_line(j)) {
        if c.is_cap(j) && (is_street_type_word(c, j) || has_street_ending(c.key(j))) {
            street = true;
        } else if street && c.toks[j].kind == Kind::Num {
            return true;
        }
        j += 1;
    }
    false
}

fn is_street_type_word(c: &Ctx<'_>, i: usize) -> bool {
    let l = c.key(i);
    STREET_TYPES.contains(&l)
}

/// "Hauptstraße", "Lindenweg" (more than two bytes before the ending), or
/// the ending alone ("Weg").
pub(super) fn has_street_ending(k: &str) -> bool {
    STREET_ENDINGS
        .iter()
        .any(|e| k.ends_with(e) && k.len() > e.len() + 2)
        || STREET_ENDINGS.contains(&k)
}

/// A "Flat 6", "Studio 87", "Apt. 3" line before the run's line.
pub(super) fn unit_line_before(c: &Ctx<'_>, first: usize) -> bool {
    if first == 0 || !c.toks[first].nl {
        return false;
    }
    // tokens of the previous line
    let mut j = first - 1;
    let mut count = 0;
    while j > 0 && !c.toks[j].nl && count < 4 {
        j -= 1;
        count += 1;
    }
    c.lower_in(
        j,
        &[
            "flat",
            "studio",
            "apt",
            "apartment",
            "suite",
            "unit",
            "room",
        ],
    )
}

/// "1186 KH Hoofdplaat": a Dutch postal code (four digits, two capitals)
/// right before token `f`, on its line.
pub(super) fn dutch_postcode_before(c: &Ctx<'_>, f: usize) -> bool {
    f >= 1 && c.same_line(f) && dutch_postcode_letters(c, f - 1)
}

/// Token `i` is the two capitals of a Dutch postal code, after its four
/// digits on its line ("1083 NN", "9643NS").
pub(super) fn dutch_postcode_letters(c: &Ctx<'_>, i: usize) -> bool {
    i >= 1
        && c.same_line(i)
        && c.toks[i].kind == Kind::Word
        && c.toks[i].upper
        && c.t(i).len() == 2
        && c.toks[i - 1].kind == Kind::Num
        && c.t(i - 1).len() == 4
}

/// Postal-code, state-code or postcode structure around a place name.
pub(super) fn address_place(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    // "35139 Saarbrücken", "F-75001 Paris", "CH-8001 Zürich"
    // ("Il 15/01/2008 Maura Mazzocchi": the year of a date is no postcode)
    let date_year = a >= 3
        && !c.toks[a - 1].sp
        && c.toks[a - 2].kind == Kind::Punct
        && matches!(c.t(a - 2), "/" | "." | "-")
        && c.toks[a - 3].kind == Kind::Num;
    if a > 0
        && c.same_line(a)
        && c.toks[a - 1].kind == Kind::Num
        && (4..=5).contains(&c.t(a - 1).len())
        && !date_year
        && !year_then_clause(c, a, b)
    {
        return true;
    }
    // "Lake Jeffery, IL 75655" / "Springfield, IL"
    if c.is_punct(b, ",") && c.same_line(b) && c.same_line(b + 1) {
        if c.is_word(b + 1) && US_STATES.contains(&c.t(b + 1)) {
            return true;
        }
        if c.is_word(b + 1)
            && (GAZ.regions.contains(c.key(b + 1)) || GAZ.countries.contains(c.key(b + 1)))
        {
            return true;
        }
    }
    // "New Charlieshire\nDA98 6HQ" or "London SW1A 1AA"
    let next_line_start = b < c.toks.len() && c.toks[b].nl;
    (next_line_start || c.same_line(b)) && uk_postcode_at(c, b)
}

/// "In 2010 John Smith reported", "Il 16 marzo 2010 Michelina Cordone ha
/// denunciato": the number before the run at `a..b` is a year and a clause
/// goes on after it, so it is neither a house number nor a postal code.
fn year_then_clause(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    a > 0
        && c.toks[a - 1].kind == Kind::Num
        && c.t(a - 1)
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2099).contains(&y))
        && c.is_word(b)
        && !c.toks[b].cap
        && !c.toks[b].upper
        && c.same_line(b)
}

/// A UK postcode ("SW1A 1AA", "DA98 6HQ") starts at token `i`.
fn uk_postcode_at(c: &Ctx<'_>, i: usize) -> bool {
    // [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}
    if i >= c.toks.len() {
        return false;
    }
    let b = c.text.as_bytes();
    let s = c.toks[i].s;
    let bytes = &b[s..(s + 9).min(b.len())];
    let mut p = 0;
    let letters = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) {
        return false;
    }
    p += letters;
    if p >= bytes.len() || !bytes[p].is_ascii_digit() {
        return false;
    }
    p += 1;
    if p < bytes.len() && bytes[p].is_ascii_alphanumeric() {
        p += 1;
    }
    if p >= bytes.len() || bytes[p] != b' ' {
        return false;
    }
    p += 1;
    p + 3 <= bytes.len()
        && bytes[p].is_ascii_digit()
        && bytes[p + 1].is_ascii_uppercase()
        && bytes[p + 2].is_ascii_uppercase()
        && (p + 3 == bytes.len() || !bytes[p + 3].is_ascii_alphanumeric())
}
