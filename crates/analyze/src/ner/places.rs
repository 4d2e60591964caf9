//! LOCATION evidence that is not address structure: prepositions, toponym
//! shapes ("Lake ...", "...ville") and multi-word gazetteer phrases.

use super::addresses::has_street_ending;
use super::clues::{label_before, person_context};
use super::scores::{PLACE_PHRASE_CITY, PLACE_PHRASE_COUNTRY_OR_REGION};
use super::tokenize::{Ctx, Kind};
use super::words::{
    LOC_PREPS, TOPO_CONNECTORS, TOPO_PREFIXES, TOPO_SUFFIXES, is_common, is_first_name,
    is_german_noun, is_place, is_surname,
};
use crate::gazetteer::GAZ;

/// A location preposition ("in", "nach", "based") right before token `i`.
pub(super) fn prep_before(c: &Ctx<'_>, i: usize) -> bool {
    i > 0 && c.same_line(i) && c.lower_in(i - 1, &LOC_PREPS)
}

/// The run is shaped like a place name not in the gazetteer: a toponymic
/// first word ("Lake Jeffery"), a toponymic ending on a word that is no
/// known name ("Williamsmouth"), or a hyphenated French form
/// ("Saint-Martin-les-Bains").
pub(super) fn toponym(c: &Ctx<'_>, words: &[usize]) -> bool {
    let first = c.key(words[0]);
    if words.len() >= 2 && TOPO_PREFIXES.contains(&first) {
        let second = c.key(words[1]);
        // "Costa Coffee", "Sierra Wireless", "Costa Mario", "Lago
        // Ferreira": the coasts', mountains' and lakes' words of the
        // Romance languages open a place only after a location preposition
        // ("en Costa Brava"); a name's prefix not after a person's context
        // ("by Costa Gavras")
        let romance_prep = words[0] > 0
            && c.same_line(words[0])
            && c.lower_in(
                words[0] - 1,
                &["en", "a", "à", "in", "nel", "nella", "dans", "al", "alla"],
            );
        if ROMANCE_TOPO_PREFIXES.contains(&first) && !romance_prep {
            return false;
        }
        let person = (is_first_name(first) || is_surname(first)) && person_context(c, words[0]);
        return !is_common(second) && !person;
    }
    if words.len() == 1 {
        let k = c.key(words[0]);
        if k.contains('-') {
            let parts: Vec<&str> = k.split('-').collect();
            if parts.len() >= 3
                && parts[1..parts.len() - 1]
                    .iter()
                    .any(|p| TOPO_CONNECTORS.contains(p))
            {
                return true;
            }
        }
        // ("an dem Einfamilienhaus in X": a German noun, not a "-haus" town)
        if is_first_name(k) || is_surname(k) || is_common(k) || is_german_noun(k) {
            return false;
        }
        return TOPO_SUFFIXES
            .iter()
            .any(|s| k.len() >= s.len() + 3 && k.ends_with(s));
    }
    // "Saint Émile-les-Bains", "Sainte AntoineVille"
    let lastk = c.key(*words.last().unwrap_or(&words[0]));
    lastk.contains("-les-")
        || lastk.contains("-sur-")
        || lastk.contains("-la-")
        || lastk.contains("-le-")
}

/// Toponym prefixes that are also names, brands and words (see
/// [`toponym`]).
const ROMANCE_TOPO_PREFIXES: &[&str] = &[
    "costa", "sierra", "isla", "islas", "playa", "lago", "isola", "côte", "lac", "cabo", "golfo",
    "golfe", "monte", "mont",
];

/// Multi-word place names with lower-case connectors or brackets
/// ("Trinidad and Tobago", "Isle of Man", "Frankfurt am Main"): the longest
/// gazetteer match starting at word `i`, as (end token, score).
pub(super) fn place_phrase(c: &Ctx<'_>, i: usize) -> Option<(usize, f64)> {
    phrases_at(c, i).known
}

/// The place phrase a capitalised run starts with: [`place_phrase`], or a
/// village of several words (`data/villages.txt`) where the context says
/// place: after "in", a postal code, a court or a location label, or
/// opening a dateline ("Den Oever, 10-02-2023"). After a one-letter article
/// (`article`) only a phrase in such a context counts, any location
/// preposition included ("en A Coruña").
pub(super) fn run_place_phrase(c: &Ctx<'_>, i: usize, article: bool) -> Option<(usize, f64)> {
    let found = phrases_at(c, i);
    let in_context = |&(end, _): &(usize, f64)| village_context(c, i, end, article);
    if article {
        found.any.filter(in_context)
    } else {
        found.known.or_else(|| found.any.filter(in_context))
    }
}

/// The context that makes the phrase at `i..end` a village's name (see
/// [`run_place_phrase`]); any location preposition counts when `any_prep`.
fn village_context(c: &Ctx<'_>, i: usize, end: usize, any_prep: bool) -> bool {
    // a postal code: five digits, or four and two capitals (not a year:
    // "In 2023 De Graaf joined")
    let postcode = i > 0
        && c.same_line(i)
        && (c.toks[i - 1].kind == Kind::Num && c.t(i - 1).len() == 5
            || i > 1
                && c.toks[i - 1].upper
                && c.t(i - 1).len() == 2
                && c.toks[i - 2].kind == Kind::Num
                && c.t(i - 2).len() == 4);
    // "Den Oever, 10-02-2023" (not "De Graaf, 34, accountant")
    let dateline = (i == 0 || c.toks[i].nl)
        && c.is_punct(end, ",")
        && c.toks
            .get(end + 1)
            .is_some_and(|t| t.kind == Kind::Num && !t.nl)
        && c.toks
            .get(end + 2)
            .is_some_and(|t| !t.sp && matches!(&c.text[t.s..t.e], "." | "/" | "-"));
    // "in", not "to", "from", "a", "naar": after those a person or a
    // company stands as often ("Contacte a María de la Torre", "Email from
    // De Graaf")
    let inside = i > 0 && c.same_line(i) && c.lower_in(i - 1, VILLAGE_PREPS)
        || any_prep && prep_before(c, i);
    inside
        || postcode
        || dateline
        || i > 0 && c.same_line(i) && c.lower_in(i - 1, COURT_WORDS)
        || label_before(c, i) == Some(crate::EntityType::Location)
}

/// The prepositions of being in a place, before a village.
const VILLAGE_PREPS: &[&str] = &["in", "im", "te", "nel", "nella", "dans"];

/// Courts named by their place ("Rechtbank Den Oever", "Amtsgericht Bad
/// Homburg"), for villages.
const COURT_WORDS: &[&str] = &[
    "amtsgericht",
    "landgericht",
    "rechtbank",
    "kantongerecht",
    "tribunale",
    "tribunal",
    "juzgado",
];

/// The longest phrases starting at word `i`, as (end token, score): of the
/// country, region and city lists, and of those and the villages.
struct Phrases {
    known: Option<(usize, f64)>,
    any: Option<(usize, f64)>,
}

/// One walk over the words after `i` for both [`Phrases`]; the key grows a
/// word at a time and the walk stops once it is no prefix of any entry.
fn phrases_at(c: &Ctx<'_>, i: usize) -> Phrases {
    let mut found = Phrases {
        known: None,
        any: None,
    };
    if !GAZ.phrase_starts.contains(c.key(i)) {
        return found;
    }
    let n = c.toks.len();
    let max = (i + GAZ.max_phrase_words * 2).min(n);
    let mut key = String::new();
    // "Antigua & Barbuda", "Trinidad & Tobago": "&" reads "and"
    let push_word = |key: &mut String, t: usize| {
        let word = match c.toks[t].kind {
            Kind::Word => c.key(t),
            Kind::Punct if c.t(t) == "&" => "and",
            _ => return,
        };
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    };
    push_word(&mut key, i);
    for j in i + 1..max {
        if !c.same_line(j) {
            break;
        }
        match c.toks[j].kind {
            Kind::Num => break,
            Kind::Punct => {
                // ("St. Pierre und Miquelon": an abbreviation's dot)
                let abbreviation = c.t(j) == "." && c.is_word(j - 1) && c.t(j - 1).len() <= 3;
                if matches!(c.t(j), "(" | ")" | "-" | "'" | "’" | "&") || abbreviation {
                    push_word(&mut key, j);
                    continue;
                }
                break;
            }
            Kind::Word => push_word(&mut key, j),
        }
        let k = key.as_str();
        // An article and a lower-case word are no name, whatever the
        // list: "La réunion" is a meeting, "La Réunion" the island (while
        // "Guinée équatoriale", "Émirats arabes unis" are written so).
        let article_and_noun = j == i + 1 && PLACE_ARTICLES.contains(&c.t(i)) && !c.toks[j].cap;
        if !article_and_noun && (GAZ.countries.contains(k) || GAZ.regions.contains(k)) {
            found.known = Some((j + 1, PLACE_PHRASE_COUNTRY_OR_REGION));
            found.any = found.known;
        } else if c.toks[j].cap && GAZ.cities.contains(k) {
            found.known = Some((j + 1, PLACE_PHRASE_CITY));
            found.any = found.known;
        } else if c.toks[j].cap && GAZ.villages.contains(k) {
            found.any = Some((j + 1, PLACE_PHRASE_CITY));
        }
        if !GAZ.phrase_prefixes.contains(k) {
            break;
        }
    }
    found
}

/// Articles that begin place names ("De Koog", "Den Helder", "Le Havre",
/// "La Spezia", "El Puerto", Galician "A Coruña", "O Grove"), capitalised as
/// the name writes them.
pub(super) const PLACE_ARTICLES: &[&str] = &[
    "De", "Den", "Het", "Le", "La", "Les", "El", "Los", "Las", "A", "O", "As", "Os",
];

/// Token `f - 1` is a place article on `f`'s line.
pub(super) fn place_article_before(c: &Ctx<'_>, f: usize) -> bool {
    f > 0 && c.same_line(f) && c.is_word(f - 1) && PLACE_ARTICLES.contains(&c.t(f - 1))
}

/// A capitalised article right before a place found after a preposition, a
/// comma or a postcode is the first word of its name ("geboren in De
/// Heid", "bij Stork, De Koog", "1881 GT De Kwakel"); the rules trim it as
/// a common word. Only after one of those: at a sentence's start it is the
/// article.
pub(super) fn with_article(c: &Ctx<'_>, found: &mut [crate::Candidate]) {
    for place in found
        .iter_mut()
        .filter(|x| x.ty == crate::EntityType::Location)
    {
        let Ok(first) = c.toks.binary_search_by_key(&place.start, |t| t.s) else {
            continue;
        };
        if first < 2 || !c.toks[first].sp || !place_article_before(c, first) {
            continue;
        }
        let a = first - 1;
        let opens = c.same_line(a)
            && (c.lower_in(a - 1, &LOC_PREPS)
                || c.is_punct(a - 1, ",")
                || c.toks[a - 1].kind == Kind::Num
                || c.toks[a - 1].upper && c.t(a - 1).len() == 2);
        if opens {
            place.start = c.toks[a].s;
        }
    }
}

/// Dutch towns named with their sea or river after "aan" ("Castricum aan
/// Zee", "Nes aan de Amstel"): a place found before takes the capitalised
/// word after, if that is no place, name, common word or street itself.
/// (After a slash, "Heringen/Helme", the word is as often "Remote" or a
/// second town; after "op" a day or a platform: "op Koningsdag", "op
/// Instagram".)
pub(super) fn with_qualifier(c: &Ctx<'_>, found: &mut [crate::Candidate]) {
    for place in found
        .iter_mut()
        .filter(|x| x.ty == crate::EntityType::Location)
    {
        let Ok(last) = c.toks.binary_search_by_key(&place.end, |t| t.e) else {
            continue;
        };
        // the word after is no place, person or street of its own
        // ("Rotterdam aan de Coolsingel")
        let qualifier = |w: usize| {
            let k = c.key(w);
            c.is_cap(w)
                && c.same_line(w)
                && !is_common(k)
                && is_place(k).is_none()
                && !is_first_name(k)
                && !is_surname(k)
                && !has_street_ending(k)
        };
        let lower = |w: usize, words: &[&str]| {
            c.is_word(w) && c.same_line(w) && !c.toks[w].cap && words.contains(&c.t(w))
        };
        // (German "am", "an der" name rivers too, but as often a square
        // or a church: "Berlin am Alexanderplatz"; the towns so named are
        // in the gazetteer whole)
        let mut w = last + 1;
        if lower(w, &["aan"]) {
            w += 1 + usize::from(lower(w + 1, &["de", "den", "het"]));
        } else {
            continue;
        }
        if qualifier(w) {
            place.end = c.toks[w].e;
        }
    }
}

/// The Italian provinces' two-letter codes, as written in brackets after a
/// town in an address ("24066 Pedrengo (BG)", "Ponte San Pietro (BG)").
const ITALIAN_PROVINCES: &[&str] = &[
    "AG", "AL", "AN", "AO", "AR", "AP", "AT", "AV", "BA", "BT", "BL", "BN", "BG", "BI", "BO", "BZ",
    "BS", "BR", "CA", "CL", "CB", "CE", "CT", "CZ", "CH", "CO", "CS", "CR", "KR", "CN", "EN", "FM",
    "FE", "FI", "FG", "FC", "FR", "GE", "GO", "GR", "IM", "IS", "SP", "AQ", "LT", "LE", "LC", "LI",
    "LO", "LU", "MC", "MN", "MS", "MT", "ME", "MI", "MO", "MB", "NA", "NO", "NU", "OR", "PD", "PA",
    "PR", "PV", "PG", "PU", "PE", "PC", "PI", "PT", "PN", "PZ", "PO", "RG", "RA", "RC", "RE", "RI",
    "RN", "RM", "RO", "SA", "SS", "SV", "SI", "SR", "SO", "SU", "TA", "TE", "TR", "TO", "TP", "TN",
    "TV", "TS", "UD", "VA", "VE", "VB", "VC", "VR", "VV", "VI", "VT",
];

/// Token `e` opens an Italian province's code in brackets on its line
/// ("(BG)"); the code's token then.
pub(super) fn province_code_at(c: &Ctx<'_>, e: usize) -> Option<usize> {
    (c.is_punct(e, "(")
        && c.same_line(e)
        && c.same_line(e + 1)
        && c.is_word(e + 1)
        && ITALIAN_PROVINCES.contains(&c.t(e + 1))
        && c.is_punct(e + 2, ")")
        && c.same_line(e + 2))
    .then_some(e + 1)
}

/// "24066 Pedrengo (BG)", "Ponte San Pietro (BG)": the province's code in
/// brackets right after a town found is a place too, as the document sets'
/// annotators mark it.
pub(super) fn with_province_code(c: &Ctx<'_>, found: &mut Vec<crate::Candidate>, first: usize) {
    let mut codes = Vec::new();
    for place in found[first..]
        .iter()
        .filter(|x| x.ty == crate::EntityType::Location)
    {
        let Ok(last) = c.toks.binary_search_by_key(&place.end, |t| t.e) else {
            continue;
        };
        if let Some(code) = province_code_at(c, last + 1) {
            codes.push((c.toks[code].s, c.toks[code].e, place.score));
        }
    }
    for (s, e, score) in codes {
        super::push(
            found,
            crate::EntityType::Location,
            s,
            e,
            score,
            "province_code",
        );
    }
}
