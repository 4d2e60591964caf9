//! ADDRESS: a postal address with street, house number, postcode and city,
//! in the shapes of Germany, France, Spain, Italy, the Netherlands, the
//! United Kingdom and the United States:
//!
//! * DE "Musterstraße 12, 10115 Berlin", "Am Markt 5\n04109 Leipzig"
//! * FR "12 rue de la Paix, 75002 Paris", "54, boulevard Voltaire 75011 PARIS"
//! * ES "Calle Mayor 5, 3º B, 28013 Madrid", "C/ Alcalá 12, 28014 Madrid"
//! * IT "Via Roma 10, 00184 Roma (RM)", "Piazza Duomo 1 - 20121 Milano"
//! * NL "Kerkstraat 1, 1017 GB Amsterdam"
//! * UK "10 Downing Street, London SW1A 2AA" (a locality line may sit between)
//! * US "397 Maria Ways\nSouth Jamesville, IL 75655"
//!
//! The postcode and city are what make a street line an address, so
//! neither is optional. The span runs from the street (or the house number
//! leading it) to the end of the city or postcode. An address contains
//! other entities (its city is a LOCATION): the caller reports it beside
//! them instead of letting them compete for the span.

use std::sync::LazyLock;

use regex::Regex;

use super::text::{
    ceil_boundary, floor_boundary, scan_in, word_boundary_after, word_boundary_before,
};
use super::{cand, re, scores};
use crate::{Candidate, EntityType};

// Letters are those of Latin-1 and Latin Extended-A, the scripts of the
// covered countries. With the Unicode classes (\p{L}, \p{Lu}) the lazy DFA
// built so many more states that finding addresses cost 370 million
// instructions on 200 paragraphs of the PII bench instead of 54 million
// (callgrind, regex compilation included).

/// A capitalised word ("Berlin", "St.", "O'Neill", "Saint-Denis").
const CAP: &str = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž'’.\-]*";
/// Any word of a street name ("de", "la", "d'Alésia", "Mayor").
const WORD: &str = r"[A-Za-zÀ-ÖØ-öø-ž'’.\-]+";
/// Between the street line and the postcode: a comma, a line break, or a
/// dash between spaces (Italian letterheads).
const SEP: &str = r"(?:,[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*|[ \t]+[-–][ \t]+)";
/// The same, or plain spaces: in the continental shapes a house number is
/// followed by a postcode only in an address.
const SEP_EU: &str = r"(?:,[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*|[ \t]+[-–][ \t]+|[ \t]+)";
/// A European house number ("12", "12a", "12-14", "5/7").
const HOUSE: &str = r"[0-9]{1,4}[a-zA-Z]?(?:[\-/][0-9]{1,4}[a-zA-Z]?)?";

/// Lazy-DFA cache of the address regex, per thread using it.
const ADDRESS_DFA_CACHE: usize = 16 << 20;

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    // a city: one capitalised word, after a prefix that makes two
    // ("Bad Homburg", "San Sebastián", "Den Haag") or before a connector
    // ("Frankfurt am Main", "Bergen op Zoom", "Stratford upon Avon");
    // Galician articles too ("15001 A Coruña", "36400 O Porriño")
    let city = r"(?:(?:Bad|Sankt|St\.|San|Santa|Santo|Den|La|Las|Los|El|Le|Les|Saint|Sainte|Villa|Castel|Porto|Reggio|Monte|Nieuw|Oud|Palma|Hoek|A|O|As|Os) )?(?:'s-)?[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž'’\-]*(?: (?:am|an der|an dem|im|in der|bei|ob der|sur|en|sous|lès|de|di|del|de la|aan den|aan de|aan het|op|upon|on) [A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž'’\-]*)?";
    let de = format!(
        r"(?:(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Unter den|Zum|Zur|Hinter der|Vor dem) {CAP}|[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž\-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|graben|stieg|wall|kamp)|[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž\-]*[ \-](?:Straße|Strasse|Str\.|Weg|Platz|Allee|Ring|Damm|Ufer|Chaussee|Gasse|Markt|Graben|Pfad|Steig)) {HOUSE}{SEP_EU}(?:D-|DE-)?[0-9]{{5}} {city}"
    );
    let fr = format!(
        r"[0-9]{{1,4}}(?: ?(?:bis|ter|quater|[A-D]))?,? (?i:rue|avenue|av\.|bd|boulevard|place|pl\.|chemin|allée|allee|impasse|quai|route|cours|square|passage|voie|faubourg|rond-point|cité|sentier|hameau|lieu-dit|résidence|esplanade|promenade)(?: {WORD}){{1,6}}?{SEP_EU}(?:F-)?[0-9]{{5}} {city}(?: (?i:cedex)(?: [0-9]{{1,2}})?)?"
    );
    let es = format!(
        r"(?i:calle|c/|avenida|avda\.?|av\.|plaza|pza\.|paseo|pº|camino|carretera|ctra\.|ronda|travesía|glorieta|rambla|carrer|passeig|avinguda|plaça|callejón|urbanización|urb\.)(?: ?{WORD})(?: {WORD}){{0,5}}?,? (?:(?i:nº|n\.º|núm\.|num\.|no\.|n\.) ?)?[0-9]{{1,4}}[A-Za-z]?(?:,? (?:[0-9]{{1,2}}[ºª°]?(?: ?-? ?[A-Za-z])?|(?i:bajo|entlo\.?|izq\.?|izda\.?|dcha\.?|esc\.? ?[A-Za-z0-9]+|piso [0-9]{{1,2}}|puerta [0-9A-Za-z]+))){{0,3}}{SEP_EU}[0-9]{{5}} {city}"
    );
    let it = format!(
        r"(?i:via|viale|v\.le|piazza|p\.zza|piazzale|corso|c\.so|largo|vicolo|strada|lungomare|lungotevere|contrada|borgo|salita|galleria|circonvallazione|località|loc\.)(?: {WORD}){{1,6}}?,? (?:(?i:n\.|nr\.) ?)?[0-9]{{1,4}}(?: ?/ ?[A-Za-z0-9]{{1,2}}|[A-Za-z])?{SEP_EU}[0-9]{{5}} {city}(?: \(?[A-Z]{{2}}\)?)?"
    );
    let nl = format!(
        r"(?:(?:Van|De|Den|Het|Oude|Nieuwe|Korte|Lange|Eerste|Tweede|Derde|Prins|Prinses|Koning|Koningin|Burgemeester|Dokter|Dr\.|Sint|St\.) (?:(?:van|de|der|den|het|'t) )*)?[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž\-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|pad|markt|dreef|park|baan|burgwal|wal|haven|veld|kanaal|plantsoen|erf|buurt) [0-9]{{1,5}}(?:[ \-]?[A-Za-z]{{1,3}}|-[0-9]{{1,3}})?{SEP_EU}[1-9][0-9]{{3}} ?(?:[A-RT-Z][A-Z]|S[BCE-RT-Z]) {city}"
    );
    // English: the house number first, the street words, an optional
    // unit; an optional locality line; then "City, ST 12345" or
    // "City SW1A 2AA"
    let en = format!(
        r"(?:(?i:flat|apartment|studio|unit|suite) [0-9A-Za-z]+,?[ \t]*(?:\r?\n[ \t]*)?)?[0-9]{{1,6}}[A-Za-z]?(?:-[0-9]{{1,5}})?,? (?:{CAP} ){{0,4}}{CAP}(?: (?:Apt\.|Apt|Suite|Unit|Ste\.|#) ?[0-9A-Za-z\-]+)?{SEP}(?:{CAP}(?: {CAP}){{0,2}}{SEP})?{CAP}(?: {CAP}){{0,3}}(?:,? (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR) [0-9]{{5}}(?:-[0-9]{{4}})?|(?:,? |{SEP})[A-Z]{{1,2}}[0-9][A-Z0-9]? ?[0-9][A-Z]{{2}})"
    );
    // The default lazy-DFA cache (2 MiB) is too small for this pattern's
    // Unicode classes: the regex crate would fall back to its much slower
    // PikeVM on most searches.
    regex::RegexBuilder::new(&format!("{de}|{fr}|{es}|{it}|{nl}|{en}"))
        .dfa_size_limit(ADDRESS_DFA_CACHE)
        .build()
        .expect("static regex compiles")
});

/// What every address holds: a postcode before a capitalised city
/// ("10115 Berlin", "1017 GB Amsterdam"), a US state code and ZIP, or a UK
/// postcode. The address regex, large and Unicode-aware, runs only around
/// these.
static ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"[0-9]{4,5}(?: ?[A-Z]{2})? [[A-ZÀ-ÖØ-ÞĀ-Ž]']|[A-Z]{2} [0-9]{5}|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}",
    )
});

/// Bytes before an anchor where its address can start (two street lines
/// of a long UK address) and after it (the rest of a city name).
const BEFORE_ANCHOR: usize = 200;
const AFTER_ANCHOR: usize = 100;

pub(super) fn addresses(text: &str, ws: usize, we: usize, out: &mut Vec<Candidate>) {
    let mut done = ws;
    let mut at = ws;
    while let Some(m) = ANCHOR.find_at(&text[..we], at) {
        let p = m.start();
        at = m.end();
        if p < done {
            continue;
        }
        let from = floor_boundary(text, p.saturating_sub(BEFORE_ANCHOR).max(ws));
        let to = ceil_boundary(text, (m.end() + AFTER_ANCHOR).min(we));
        scan_in(&ADDRESS, text, from, to, |s, e| {
            if s > p || e <= p || !word_boundary_before(text, s) || !word_boundary_after(text, e) {
                return false;
            }
            out.push(cand(
                EntityType::Address,
                s,
                e,
                scores::ADDRESS,
                "postal_address",
                false,
            ));
            done = e;
            true
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        addresses(text, 0, text.len(), &mut out);
        out.into_iter()
            .map(|c| text[c.start..c.end].to_owned())
            .collect()
    }

    #[test]
    fn addresses_of_the_covered_countries_are_found_whole() {
        for (text, address) in [
            (
                "Bitte an Musterstraße 12, 10115 Berlin senden.",
                "Musterstraße 12, 10115 Berlin",
            ),
            (
                "Anschrift:\nBerliner Straße 5a\nD-60311 Frankfurt am Main\n",
                "Berliner Straße 5a\nD-60311 Frankfurt am Main",
            ),
            ("Am Markt 5, 04109 Leipzig", "Am Markt 5, 04109 Leipzig"),
            (
                "Hermine-Flantz-Weg 65-10\n86772 Badalzungen",
                "Hermine-Flantz-Weg 65-10\n86772 Badalzungen",
            ),
            (
                "Livraison au 12 rue de la Paix, 75002 Paris.",
                "12 rue de la Paix, 75002 Paris",
            ),
            (
                "54, boulevard Voltaire 75011 PARIS CEDEX 11",
                "54, boulevard Voltaire 75011 PARIS CEDEX 11",
            ),
            (
                "Domicilio: Calle Mayor 5, 3º B, 28013 Madrid",
                "Calle Mayor 5, 3º B, 28013 Madrid",
            ),
            ("C/ Alcalá 12\n28014 Madrid", "C/ Alcalá 12\n28014 Madrid"),
            (
                "Oficina: Calle Real 5, 15001 A Coruña",
                "Calle Real 5, 15001 A Coruña",
            ),
            (
                "Sede: Via Roma 10, 00184 Roma (RM)",
                "Via Roma 10, 00184 Roma (RM)",
            ),
            (
                "Piazza del Duomo 1 - 20121 Milano",
                "Piazza del Duomo 1 - 20121 Milano",
            ),
            (
                "Adres: Kerkstraat 1, 1017 GB Amsterdam",
                "Kerkstraat 1, 1017 GB Amsterdam",
            ),
            (
                "Write to 10 Downing Street, London SW1A 2AA today",
                "10 Downing Street, London SW1A 2AA",
            ),
            (
                "Flat 6\n12 Smith Road\nNew Charlieshire\nDA98 6HQ",
                "Flat 6\n12 Smith Road\nNew Charlieshire\nDA98 6HQ",
            ),
            (
                "397 Maria Ways\nSouth Jamesville, IL 75655",
                "397 Maria Ways\nSouth Jamesville, IL 75655",
            ),
        ] {
            assert_eq!(found(text), [address], "{text}");
        }
    }

    #[test]
    fn street_lines_without_postcode_and_look_alikes_are_not_addresses() {
        for text in [
            // a street without postcode and city
            "Wir treffen uns in der Musterstraße 12.",
            // a postcode and city without a street
            "Der Sitz ist 10115 Berlin.",
            // numbers and capitalised words that are not a street line
            "Invoice 2024 Total, 1500 EUR",
            "Order 12 Widgets, Item 5 Boxes",
            "Via email 12, thanks",
            "Tel. 030 1234567, 10115 Berlin",
        ] {
            assert_eq!(found(text), Vec::<String>::new(), "{text}");
        }
    }
}
