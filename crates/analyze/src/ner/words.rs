//! The word lists of `data/ner/` and the gazetteer look-ups: what a single
//! word is (a title, a given name, a street type, a place...).

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::scores::{CITY, COUNTRY, REGION};
use crate::gazetteer::{GAZ, lines};

/// A list in `data/ner/`, entries in file order so that a linear
/// `contains` behaves as it did on the inline lists these files replace;
/// [`Ctx::lower_in`](super::tokenize::Ctx::lower_in) asks its sets.
type WordList = LazyLock<Words>;

/// The entries of a list in file order (what it dereferences to), and the
/// sets [`Ctx::lower_in`](super::tokenize::Ctx::lower_in) asks instead of
/// comparing a word with every entry: it asks these lists about most
/// capitalised words, several times each (callgrind on the PII benchmark:
/// 6 % of the analysis went in those comparisons).
pub(super) struct Words {
    list: Vec<&'static str>,
    /// The ASCII entries in lower case: what an ASCII word equals when
    /// ASCII case is ignored.
    ascii_lower: FxHashSet<String>,
    /// Every entry as written: what a lower-cased non-ASCII word equals.
    exact: FxHashSet<&'static str>,
}

impl Words {
    fn new(list: Vec<&'static str>) -> Self {
        Self {
            ascii_lower: list
                .iter()
                .filter(|w| w.is_ascii())
                .map(|w| w.to_ascii_lowercase())
                .collect(),
            exact: list.iter().copied().collect(),
            list,
        }
    }
}

impl Words {
    /// Whether the list holds `word` exactly as written (case-sensitive
    /// lists: one hash look-up, not a walk over the entries).
    pub(super) fn holds(&self, word: &str) -> bool {
        self.exact.contains(word)
    }
}

impl std::ops::Deref for Words {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        &self.list
    }
}

/// A word list that [`Ctx::lower_in`](super::tokenize::Ctx::lower_in)
/// asks: whether it holds an ASCII word ignoring ASCII case, or a
/// non-ASCII word once lower-cased (`lower`: the word in lower case).
pub(super) trait Lexicon {
    fn has_ascii_lower(&self, lower: &str) -> bool;
    fn has_exact(&self, lower: &str) -> bool;
}

impl Lexicon for [&str] {
    fn has_ascii_lower(&self, lower: &str) -> bool {
        self.iter()
            .any(|w| w.len() == lower.len() && w.eq_ignore_ascii_case(lower))
    }
    fn has_exact(&self, lower: &str) -> bool {
        self.contains(&lower)
    }
}

impl<const N: usize> Lexicon for [&str; N] {
    fn has_ascii_lower(&self, lower: &str) -> bool {
        self.as_slice().has_ascii_lower(lower)
    }
    fn has_exact(&self, lower: &str) -> bool {
        self.as_slice().has_exact(lower)
    }
}

impl Lexicon for Words {
    fn has_ascii_lower(&self, lower: &str) -> bool {
        self.ascii_lower.contains(lower)
    }
    fn has_exact(&self, lower: &str) -> bool {
        self.exact.contains(lower)
    }
}

impl Lexicon for WordList {
    fn has_ascii_lower(&self, lower: &str) -> bool {
        (**self).has_ascii_lower(lower)
    }
    fn has_exact(&self, lower: &str) -> bool {
        (**self).has_exact(lower)
    }
}

/// A list of `data/ner/` looked up by lower-case key (a hash set: these
/// lists are long and asked about many words).
type WordSet = LazyLock<FxHashSet<&'static str>>;

/// Entries of a `data/ner/` file as a set.
fn set(data: &'static str) -> FxHashSet<&'static str> {
    lines(data).collect()
}

/// Entries of a `data/ner/` file (see [`lines`] for the format).
pub(super) fn list(data: &'static str) -> Vec<&'static str> {
    lines(data).collect()
}

/// Titles before a name ("Dr.", "Herr", "Mme").
pub(super) static TITLES: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/person_titles.txt"))));
/// Greetings before a name ("Hi", "Liebe", "Bonjour").
pub(super) static GREETINGS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/greetings.txt"))));
/// Sign-off words on the line before a signature ("regards", "Grüße").
pub(super) static SIGNOFFS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/signoffs.txt"))));
/// Lower-case particles inside names ("von der", "de").
pub(super) static PARTICLES: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/name_particles.txt"))));
/// Words before a place name that raise its score ("in", "nach", "based").
pub(super) static LOC_PREPS: WordList = LazyLock::new(|| {
    Words::new(list(include_str!(
        "../../data/ner/location_prepositions.txt"
    )))
});
/// Labels before a colon that introduce a person ("Name:", "Kunde:"), a
/// worker's among them.
pub(super) static PERSON_LABELS: WordList = LazyLock::new(|| {
    Words::new(
        lines(include_str!("../../data/ner/person_labels.txt"))
            .chain(lines(include_str!("../../data/ner/worker_labels.txt")))
            .collect(),
    )
});
/// A contract's or a payslip's worker ("Lavoratore:", "Arbeitnehmer/in:"),
/// whose value is the person only if it reads as a name.
pub(super) static WORKER_LABELS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/worker_labels.txt"))));
/// Labels before a colon that introduce an organisation ("Company:", "Firma:").
pub(super) static ORG_LABELS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/organization_labels.txt"))));
/// Labels before a colon for a party that may be a person or a company
/// ("Plaintiff:", "Absender:"): which one, the value's words tell.
pub(super) static PARTY_LABELS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/party_labels.txt"))));
/// Labels before a colon that introduce a place ("City:", "Wohnort:").
pub(super) static LOC_LABELS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/location_labels.txt"))));
/// Institution words that start an organisation name (case-sensitive).
pub(super) static ORG_PREFIXES: WordList = LazyLock::new(|| {
    Words::new(list(include_str!(
        "../../data/ner/organization_prefixes.txt"
    )))
});
/// Words that stop the backwards walk over an organisation's name.
pub(super) static ORG_STOP: WordList = LazyLock::new(|| {
    Words::new(list(include_str!(
        "../../data/ner/organization_stop_words.txt"
    )))
});
/// Capitalised words that never join the front of an organisation's name
/// (openers, weekdays, months, determiners).
pub(super) static ORG_LEAD_STOP: WordList = LazyLock::new(|| {
    Words::new(list(include_str!(
        "../../data/ner/organization_lead_stop_words.txt"
    )))
});
/// Words before a run that make it a person ("according to X", "Treffen
/// mit X", "selon X", "assigned to X").
pub(super) static PERSON_CONTEXT: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/person_context.txt"))));
/// Words right before a run that make it an employer ("join", "chez").
pub(super) static ORG_CONTEXT: WordList = LazyLock::new(|| {
    Words::new(list(include_str!(
        "../../data/ner/organization_context.txt"
    )))
});
/// What a company is, after an article and before its name ("die Firma
/// X", "la société X", "the carmaker X").
pub(super) static ORG_KINDS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/organization_kinds.txt"))));
/// Who and what belong to a company, before "of" and its name ("the
/// spokesperson of X", "los clientes de X", "de woordvoerder van X").
pub(super) static ORG_HEADS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/organization_heads.txt"))));
/// Words before "at", "bei", "presso"... that make the run after them an
/// employer ("works at X", "arbeitet bei X", "lavora presso X").
pub(super) static EMPLOYMENT_WORDS: WordSet =
    LazyLock::new(|| set(include_str!("../../data/ner/employment_words.txt")));
/// The prepositions between an [`EMPLOYMENT_WORDS`] word and the employer.
pub(super) const EMPLOYER_PREPS: &[&str] = &[
    "at", "for", "by", "bei", "chez", "en", "a", "presso", "in", "bij", "voor", "für", "pour",
    "para", "per", "with", "of", "de", "di", "van", "del", "der", "avec", "mit", "con", "met",
];
/// Business words that end a company's name without a legal form
/// ("Integra Design", "Nordwind Logistik"), lower case.
pub(super) static BUSINESS_WORDS: WordSet = LazyLock::new(|| {
    set(include_str!(
        "../../data/ner/organization_business_words.txt"
    ))
});
/// Words that open a building's, venue's, office's or association's name
/// ("Hôtel", "Piazza", "Ufficio", "Fonderia"), lower case: such a run is no
/// unknown person's name.
pub(super) static VENUE_WORDS: WordSet =
    LazyLock::new(|| set(include_str!("../../data/ner/venue_words.txt")));
/// Departments ("operations", "vertrieb", "ventes"), lower case: after a job
/// title and "of" they name a unit, not an employer.
pub(super) static DEPARTMENTS: WordSet =
    LazyLock::new(|| set(include_str!("../../data/ner/departments.txt")));
/// Document words that make "... from X" on the same line a supplier.
pub(super) static INVOICE_WORDS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/invoice_words.txt"))));
/// Goods sent ("parcel", "Paket", "colis"): "... from X" makes X the sender.
pub(super) static GOODS_WORDS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/goods_words.txt"))));
/// USPS-style street types and common UK/US road words.
pub(super) static STREET_TYPES: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/street_types.txt"))));
/// German street-name endings ("-straße", "-weg"), also standing alone.
pub(super) static STREET_ENDINGS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/street_endings.txt"))));
/// French, Spanish and Italian street words before the name ("rue de ...").
pub(super) static STREET_PREFIXES: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/street_prefixes.txt"))));
/// Flat and suite words after a street name ("Apt", "Suite").
pub(super) static UNIT_WORDS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/unit_words.txt"))));
/// USPS state codes after "City, " (case-sensitive).
pub(super) static US_STATES: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/us_state_codes.txt"))));
/// First words of place names not in the gazetteer ("Lake", "Port", "Bad").
pub(super) static TOPO_PREFIXES: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/toponym_prefixes.txt"))));
/// Endings of one-word place names not in the gazetteer ("-ville", "-furt").
pub(super) static TOPO_SUFFIXES: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/toponym_suffixes.txt"))));
/// Inner parts of hyphenated place names ("-sur-", "-les-", "-am-").
pub(super) static TOPO_CONNECTORS: WordList =
    LazyLock::new(|| Words::new(list(include_str!("../../data/ner/toponym_connectors.txt"))));
/// Prepositions after which a capitalised unknown word is a place: the few
/// of [`LOC_PREPS`] strong enough on their own.
pub(super) const STRONG_PREPS: &[&str] = &[
    "in", "à", "nach", "near", "aus", "zu", "nahe", "naar", "uit", "a", "desde", "te",
];

/// A known given name, or hyphenated known given names ("hans-jürgen").
pub(super) fn is_first_name(k: &str) -> bool {
    GAZ.first_names.contains(k)
        || (k.contains('-') && k.split('-').all(|p| GAZ.first_names.contains(p)))
}

/// A known surname, or hyphenated known surnames ("miller-jones").
pub(super) fn is_surname(k: &str) -> bool {
    GAZ.surnames.contains(k) || (k.contains('-') && k.split('-').all(|p| GAZ.surnames.contains(p)))
}

/// A capitalised word that is usually not a name (`data/common_words.txt`).
pub(super) fn is_common(k: &str) -> bool {
    GAZ.common.contains(k)
}

/// German common nouns (`data/german_nouns.txt`, from Debian's igerman98
/// word lists): German capitalises every noun, so a capitalised word of a
/// German text is often one and no name.
/// Sorted, looked up by binary search: a hash set of its 120,000 entries
/// held 10 MB more, and only a few words of a text are asked about.
static GERMAN_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let nouns = list(include_str!("../../data/german_nouns.txt"));
    // (written sorted by code point, which is UTF-8's byte order)
    debug_assert!(nouns.is_sorted());
    nouns
});

fn german_noun_listed(k: &str) -> bool {
    GERMAN_NOUNS.binary_search(&k).is_ok()
}

/// Whether the lower-case `k` is a German common noun as listed, or one of
/// its inflected forms the list lacks ("verbandes", "anfragen", "zeuge"). Names,
/// places and companies of the other lists are not in it.
pub(super) fn is_german_noun(k: &str) -> bool {
    german_noun_listed(k)
        || ["s", "es", "n", "en", "ns"].iter().any(|end| {
            k.strip_suffix(end)
                .is_some_and(|stem| stem.chars().nth(2).is_some() && german_noun_listed(stem))
        })
        // a weak noun the dictionary lists by its "-n" form ("Zeugen" for
        // "Zeuge")
        || k.ends_with('e') && k.chars().nth(3).is_some() && german_noun_listed(&format!("{k}n"))
}

/// Whether the lower-case `k` is a German noun or a compound ending in one
/// of `min_tail` letters or more ("wärmepumpenanlage", "servicepartners",
/// "office-managerin"): the last part of a hyphenated word, else the word
/// or a listed tail after at least three letters. Short tails are too
/// often a name's ("Hoffmann", "Rheinwerk", "Holzapfel"), as are tails
/// that are surnames ("Wagenknecht") or end place names ("Hermighausen");
/// the list holds no names or places, and a known name or place that an
/// ending or a tail would make a noun is none ("Siegen").
pub(super) fn is_german_compound_noun(k: &str, min_tail: usize) -> bool {
    // (no noun is longer; and every tail of a longer word would be looked up)
    if k.len() > 64 {
        return false;
    }
    let last = k.rsplit('-').next().unwrap_or(k);
    if last.chars().count() < 3 {
        return false;
    }
    // listed (names and places were left out of the list), else not a
    // name or a place that an ending or a tail would make a noun ("Siegen")
    if german_noun_listed(last) {
        return true;
    }
    if is_first_name(k) || is_surname(k) || is_place(k).is_some() {
        return false;
    }
    if is_german_noun(last) {
        return true;
    }
    last.char_indices()
        .skip(3)
        .map(|(i, _)| &last[i..])
        .take_while(|tail| tail.chars().nth(min_tail.max(1) - 1).is_some())
        .any(|tail| is_german_noun(tail) && !is_surname(tail) && !TOPO_SUFFIXES.has_exact(tail))
}

/// German words after which a capitalised word is a noun: articles,
/// possessives, demonstratives, "kein", a preposition fused with its
/// article ("beim", "zur") and quantifiers ("beiden").
pub(super) const GERMAN_DETERMINERS: &[&str] = &[
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einer", "eines", "einen",
    "kein", "keine", "keinem", "keiner", "keines", "keinen", "unser", "unsere", "unserem",
    "unserer", "unseres", "unseren", "ihr", "ihre", "ihrem", "ihrer", "ihres", "ihren", "sein",
    "seine", "seinem", "seiner", "seines", "seinen", "mein", "meine", "meinem", "meiner", "meines",
    "meinen", "dies", "diese", "diesem", "dieser", "dieses", "diesen", "jede", "jedem", "jeder",
    "jedes", "jeden", "beim", "vom", "zum", "zur", "im", "am", "ins", "beide", "beiden", "alle",
    "allen", "aller",
];

/// A German noun of no company (`k` lower case, `t` as written; a
/// compound's listed tail of `min_tail` letters or more): not a word that
/// opens, ends or names a kind of company ("Sparkasse", "Verlag", "Firma"),
/// which German also capitalises, nor a known name, nor an adjective of a
/// name ("Hanseatische"), and of eight letters or more, hyphenated or with
/// a noun's ending ("-ung", "-schaft"): many short nouns are also surnames
/// that name companies ("Klemm", "Baum", "Mühle", "Wende").
pub(super) fn is_german_plain_noun(k: &str, t: &str, min_tail: usize) -> bool {
    let long = k.chars().nth(7).is_some()
        || k.contains('-')
        || k.chars().nth(5).is_some()
            && [
                "ung", "ungen", "heit", "keit", "schaft", "tum", "nis", "tion", "ität", "ismus",
                "ment", "ende", "enden",
            ]
            .iter()
            .any(|end| k.ends_with(end));
    long && !["ische", "ischen", "ischer", "isches", "ischem"]
        .iter()
        .any(|end| k.ends_with(end))
        && is_german_compound_noun(k, min_tail)
        && !is_surname(k)
        && !is_first_name(k)
        && !ORG_PREFIXES.holds(t)
        && !super::organizations::is_org_suffix_word(t)
        && !super::organizations::is_known_company(t)
        // nor a compound ending in such a word ("Wohnungsbaugesellschaft",
        // "Verkehrsbetriebe", "Kreissparkasse"; a compound's partner is a
        // role: "Servicepartners", "Ansprechpartner")
        && !k.char_indices().any(|(i, _)| {
            let tail = &k[i..];
            tail.chars().nth(3).is_some()
                && !(i > 0 && tail.starts_with("partner"))
                && (BUSINESS_WORDS.contains(tail)
                    || if tail.is_ascii() {
                        ORG_KINDS.has_ascii_lower(tail)
                    } else {
                        ORG_KINDS.has_exact(tail)
                    })
        })
        && !GERMAN_COMPANY_TAILS.iter().any(|tail| k.ends_with(tail))
}

/// Ends of German compounds that name a company's kind ("Baugenossenschaft",
/// "Energieversorgung", "Stadtwerke", "Kreissparkasse" by "kasse"), beyond
/// the business words; four letters or more.
const GERMAN_COMPANY_TAILS: &[&str] = &[
    "gesellschaft",
    "genossenschaft",
    "versorgung",
    "versorger",
    "betriebe",
    "betrieb",
    "werke",
    "werk",
    "kasse",
    "bank",
    "versicherung",
    "verwaltung",
    "verlag",
    "vertrieb",
    "verband",
    "verein",
    "stiftung",
    "kammer",
    "behörde",
    "anstalt",
    "institut",
    "klinik",
    "klinikum",
    "praxis",
    "kanzlei",
    "agentur",
    "zentrale",
    "gruppe",
    "konzern",
    "handel",
    "technik",
    "service",
    "dienst",
    "dienste",
    "haus",
    "markt",
    "laden",
    "brauerei",
    "bäckerei",
    "metzgerei",
    "druckerei",
    "schreinerei",
    "gärtnerei",
    "apotheke",
    "spedition",
    "residenz",
    "bahn",
    "bahnen",
    "büro",
    "büros",
    "wehr",
    "polizei",
    "hilfe",
    "wohlfahrt",
    "schule",
    "akademie",
    "zeitung",
    "diakonie",
    "caritas",
    "kirche",
    "gemeinde",
    "rück",
];

/// The gazetteer score of `k` as a place, if it is one.
pub(super) fn is_place(k: &str) -> Option<f64> {
    if GAZ.countries.contains(k) {
        Some(COUNTRY)
    } else if GAZ.regions.contains(k) {
        Some(REGION)
    } else if GAZ.cities.contains(k) {
        Some(CITY)
    } else {
        None
    }
}

/// A particle that stands inside a surname written with capitals ("Kyara
/// De Pierro", "Aemilio Lo Pilato", "Luca Li Causi"): the name particles
/// and Italian "lo" and "li", which are no particles in lower case ("lo
/// ha detto").
pub(super) fn is_inner_particle(k: &str) -> bool {
    // (not the prepositions of places of the list: "am", "im", "an", "ob",
    // "sur", "sous", "les", "upon": "Kloster am Inn", "Stoke upon Trent")
    k.len() <= 4
        && (PARTICLES.holds(k) || k == "lo" || k == "li")
        && !matches!(
            k,
            "am" | "im" | "an" | "ob" | "sur" | "sous" | "les" | "upon"
        )
}

/// A country or region: places whose names are rarely anything else
/// (cities are left out: many are also words or surnames).
pub(super) fn is_place_strict(k: &str) -> bool {
    GAZ.countries.contains(k) || GAZ.regions.contains(k)
}
