//! ORGANIZATION by shape: a legal-form suffix after capitalised words,
//! "X, Y and Z" partnerships, and "University/Bank of X" prefixes.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::addresses::{MONTHS, dutch_postcode_letters};
use super::classify::{german_before, german_determiner_before};
use super::clues::{
    JOB_TITLES, POSSESSIVES, PREMISES_OF, acronym_company_verb, company_line_above_unit, elided_in,
    greeting_before, label_before, line_start, listed_job, org_context, takeover_object,
};
use super::places::{place_phrase, prep_before};
use super::push;
use super::said;
use super::scores::{
    ORG_AGAIN, ORG_AGAIN_SOURCE, ORG_AMPERSAND, ORG_BUSINESS_WORD, ORG_BY_CONTEXT,
    ORG_DEFINED_TERM, ORG_KNOWN, ORG_KNOWN_ONE_WORD, ORG_PARTNER_LIST, ORG_PREFIX, ORG_PREFIX_OF,
    ORG_SUFFIX, ORG_WEAK_SUFFIX,
};
use super::tokenize::{Ctx, Kind, tokenize};
use super::words::{
    BUSINESS_WORDS, DEPARTMENTS, EMPLOYMENT_WORDS, GOODS_WORDS, GREETINGS, INVOICE_WORDS,
    ORG_CONTEXT, ORG_KINDS, ORG_LEAD_STOP, ORG_PREFIXES, ORG_STOP, PARTICLES, PERSON_CONTEXT,
    SIGNOFFS, STREET_PREFIXES, TITLES, is_common, is_first_name, is_german_compound_noun,
    is_german_noun, is_german_plain_noun, is_place, is_place_strict, is_surname, list,
};
use crate::gazetteer::lines;
use crate::{Candidate, EntityType};

/// One-word legal forms and institution words (case-sensitive).
static SUFFIX_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    list(include_str!("../../data/ner/organization_suffixes.txt"))
        .into_iter()
        .collect()
});

/// The words that open the names [`sentence_case_body_last`] and
/// [`mission_last`] read, looked up once per capitalised token.
static BODY_OPENERS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    SENTENCE_CASE_BODIES
        .iter()
        .chain(MISSIONS)
        .copied()
        .collect()
});

/// `word` opens a body's or an institution's name: the words of
/// [`ORG_PREFIXES`], [`BODY_OPENERS`], [`COUNCIL_HEADS`] and courts ("Agence",
/// "Azienda", "Ufficio", "Université", "Tribunale").
pub(super) fn opens_body(word: &str) -> bool {
    ORG_PREFIXES.holds(word)
        || BODY_OPENERS.contains(word)
        || COUNCIL_HEADS.contains(&word)
        || COURTS_OF_PLACE
            .iter()
            .any(|court| court.len() == word.len() && word.to_lowercase() == *court)
}

/// Legal forms of several tokens, as token texts and whether the list
/// writes a space before each, most tokens first (the first match wins, so
/// "y asociados S.L.N.E" beats "y asociados S.L.").
static ORG_SUFFIX_SEQS: LazyLock<Vec<Vec<(&'static str, bool)>>> = LazyLock::new(|| {
    let mut seqs: Vec<Vec<(&'static str, bool)>> = lines(include_str!(
        "../../data/ner/organization_suffix_sequences.txt"
    ))
    .map(|line| {
        tokenize(line)
            .iter()
            .map(|t| (&line[t.s..t.e], t.sp))
            .collect()
    })
    .collect();
    seqs.sort_by_key(|seq| std::cmp::Reverse(seq.len()));
    seqs
});

/// First tokens of [`ORG_SUFFIX_SEQS`], so most tokens are ruled out with
/// one look-up.
static SEQ_FIRST: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| ORG_SUFFIX_SEQS.iter().map(|s| s[0].0).collect());

/// Suffixes that may carry an abbreviation period.
const DOTTED: &[&str] = &["Inc", "Ltd", "Corp", "Co", "Bros"];

/// Index after a suffix match at `k`, if any.
fn match_org_suffix(c: &Ctx<'_>, k: usize) -> Option<usize> {
    let n = c.toks.len();
    if k >= n {
        return None;
    }
    let first = c.t(k);
    let seq_start = SEQ_FIRST.contains(first);
    if !(seq_start
        || c.toks[k].kind == Kind::Word && (SUFFIX_SET.contains(first) || glued_form(first)))
    {
        return None;
    }
    for seq in ORG_SUFFIX_SEQS.iter().filter(|_| seq_start) {
        if k + seq.len() > n {
            continue;
        }
        let ok = seq.iter().enumerate().all(|(o, &(want, spaced))| {
            let j = k + o;
            c.t(j) == want && (o == 0 || c.same_line(j))
                // inner tokens of dotted acronyms are adjacent
                && (o == 0
                    || !c.toks[j].sp
                    || want.len() > 1
                    || want == "&"
                    // "y asociados S.A.": a space after a word of the form,
                    // or where the list writes one ("& C. S.a.s.")
                    || spaced
                    || seq[o - 1].0.chars().count() > 1)
        });
        if ok {
            let end = k + seq.len();
            // "CASA S.L.N.E. una lavadora": a dotted form's own last period
            // is kept unless it ends the sentence
            // ("BDO Italia S.p.A.." keeps one period: the form's)
            let dotted = seq.len() > 2
                && seq
                    .last()
                    .is_some_and(|t| t.0.chars().count() == 1 && t.0 != ".");
            if dotted && c.is_punct(end, ".") && !c.toks[end].sp && !sentence_end(c, end + 1) {
                return Some(end + 1);
            }
            return Some(end);
        }
    }
    if c.is_word(k) && glued_form(first) {
        return Some(k + 1);
    }
    if c.is_word(k) && SUFFIX_SET.contains(first) {
        let mut end = k + 1;
        // "London SE1 9PX": a postcode's letters, glued to its digits
        if c.toks
            .get(end)
            .is_some_and(|t| t.kind == Kind::Num && !t.sp)
        {
            return None;
        }
        // "Naas Co. Kildare", "Letterkenny Co Donegal": an Irish county
        // (not "Jones Soda Co. It ships weekly")
        if first == "Co" {
            let next = end + usize::from(c.is_punct(end, "."));
            if c.is_cap(next) && c.same_line(next) && is_place(c.key(next)).is_some() {
                return None;
            }
        }
        // "Inc." keeps its period, at a sentence's end too, where that
        // period ends the sentence as well ("… worked for Acme Corp.")
        if DOTTED.contains(&c.t(k)) && c.is_punct(end, ".") && !c.toks[end].sp {
            end += 1;
        }
        return Some(end);
    }
    None
}

/// A German word joined to a legal form by a hyphen, as a general
/// partner's or a holding's name writes it ("Verwaltungs-GmbH",
/// "Beteiligungs-AG", "Immobilien-KG").
fn glued_form(word: &str) -> bool {
    ["-GmbH", "-gGmbH", "-AG", "-KG", "-mbH", "-UG"]
        .iter()
        .any(|form| {
            word.strip_suffix(form).is_some_and(|head| {
                head.chars().count() >= 4 && head.starts_with(char::is_uppercase)
            })
        })
}

/// Whether `word` (as written) ends company names as a legal form or a
/// company's word ("GmbH", "Group", "Bank").
pub(super) fn is_org_suffix_word(word: &str) -> bool {
    SUFFIX_SET.contains(word)
}

/// A legal form starts at token `k` ("GmbH", "S.L.", "& Co. KG").
pub(super) fn legal_form_at(c: &Ctx<'_>, k: usize) -> bool {
    c.same_line(k) && match_org_suffix(c, k).is_some()
}

/// A period before token `next` ends a sentence: the text ends, or a
/// space then a capitalised word, a number or a sign follows; not at a
/// line's end ("Acme Corp." alone on an address line) nor before a
/// lower-case word or more punctuation.
fn sentence_end(c: &Ctx<'_>, next: usize) -> bool {
    match c.toks.get(next) {
        None => true,
        Some(nx) if nx.nl => false,
        Some(nx) => nx.sp && (nx.kind != Kind::Word || nx.cap || nx.upper),
    }
}

/// Legal-form words that name an institution's kind rather than a part of
/// a company's name.
const INSTITUTION_WORDS: &[&str] = &[
    "Bank",
    "Bancorp",
    "University",
    "Universität",
    "Université",
    "College",
    "Institute",
    "Institut",
    "Foundation",
    "Stiftung",
    "Association",
    "Agency",
    "Insurance",
    "Versicherung",
];

/// Word usable inside an organisation name: capitalised, in capitals or a
/// brand's "eBay" shape, and no title ("Arch", "Don", "Lord" only with
/// their period: "Arch Coal LP").
fn org_word(c: &Ctx<'_>, i: usize) -> bool {
    if !c.is_word(i) {
        return false;
    }
    let tk = &c.toks[i];
    let name_shaped = tk.cap || tk.upper || {
        let t = c.t(i).as_bytes();
        t.len() >= 4 && t[0].is_ascii_lowercase() && t[1].is_ascii_uppercase()
    };
    // ("ING Bank N.V.": a title's letters in capitals, no period after, are
    // an acronym)
    name_shaped
        && !(c.lower_in(i, &TITLES)
            && !(tk.upper && c.t(i).len() >= 3 && !c.is_punct(i + 1, "."))
            && (c.is_punct(i + 1, ".") || !c.lower_in(i, &["arch", "don", "lord", "lady", "dame"])))
}

/// Most words taken into an organisation's name before its legal form:
/// names are short, and a longer capitalised run before "Inc" is more
/// likely a heading or a title-case sentence.
const MAX_NAME_WORDS: usize = 5;

/// Organisation candidates: a name before a legal form, then "X, Y and Z"
/// partnerships and "University of X" names.
pub(super) fn organizations(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    suffixed(c, out);
    listed_and_prefixed(c, out);
    known_companies(c, out);
    ampersand_firms(c, out);
    acronyms_in_context(c, out);
    customers_such_as(c, out);
    form_first(c, out);
}

/// French legal forms written before the name ("la SARL Soieries Lambert &
/// Cie", "SCI Les Chartrons", "GAEC de la Vernhe", "SCP Dubreuil, Henrion et
/// Lacaze"), in capitals.
const FORMS_FIRST: &[&str] = &[
    "SARL", "SAS", "SASU", "SCI", "SCP", "SELARL", "SELAS", "SELAFA", "EARL", "GAEC", "EURL",
    "SCEA", "SCM", "SNC", "SCOP", "GIE",
];

/// A French legal form before the name: the form and the name's
/// capitalised words, "&", "et" or a comma between partners' names, and
/// particles before a capitalised word, on the line (at most eight words).
fn form_first(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    for i in 0..n.saturating_sub(1) {
        if !(c.is_word(i) && c.toks[i].upper && FORMS_FIRST.contains(&c.t(i))) {
            continue;
        }
        // (not a title, a weekday, a form's next label or a common word:
        // "la SARL Monsieur Martin", "une SAS Lundi dernier", "Forme : SAS
        // Siège social"; an article opens names: "SCI Les Chartrons")
        let name_word = |j: usize| {
            j < n
                && c.same_line(j)
                && c.is_word(j)
                && (c.is_cap(j) || c.toks[j].upper)
                && match_org_suffix(c, j).is_none()
                && !c.lower_in(j, &TITLES)
                && !c.lower_in(j, MONTHS)
                && !c.lower_in(
                    j,
                    &[
                        "lundi",
                        "mardi",
                        "mercredi",
                        "jeudi",
                        "vendredi",
                        "samedi",
                        "dimanche",
                        "siège",
                        "capital",
                        "forme",
                        "rcs",
                        "siren",
                        "siret",
                        "adresse",
                        "objet",
                        "gérant",
                        "gérante",
                        "président",
                        "présidente",
                    ],
                )
                && (!is_common(c.key(j)) || c.lower_in(j, &["les", "la", "le", "l'"]))
        };
        // (particles first: "GAEC de la Vernhe", "GAEC du Mont Noir")
        let particles_to = |j: usize| {
            let mut k = j;
            while k < n && k < j + 2 && c.same_line(k) && c.lower_in(k, &PARTICLES) && !c.is_cap(k)
            {
                k += 1;
            }
            (k > j && name_word(k)).then_some(k)
        };
        let mut j = i + 1;
        if !c.same_line(j) || !c.toks[j].sp {
            continue;
        }
        // (a form that ends the name before it: "Dupont SARL Lyon")
        if i > 0
            && c.same_line(i)
            && (c.is_cap(i - 1) || c.toks[i - 1].upper || c.is_punct(i - 1, "&"))
            && !c.sentence_start(i - 1)
        {
            continue;
        }
        if let Some(k) = particles_to(j) {
            j = k;
        }
        // ("We flew SAS Copenhagen to Oslo": the airline before a place)
        if !name_word(j)
            || is_first_name(c.key(j)) && !c.is_cap(j + 1) && !c.is_punct(j + 1, "&")
            || is_place(c.key(j)).is_some() && !name_word(j + 1)
        {
            continue;
        }
        let mut last = j;
        let mut k = j + 1;
        while k < n && k <= i + 10 && c.same_line(k) {
            if name_word(k) && c.toks[k].sp {
                last = k;
                k += 1;
            } else if (c.is_punct(k, "&") || c.lower_in(k, &["et"])) && name_word(k + 1) {
                last = k + 1;
                k += 2;
            } else if c.is_punct(k, ",")
                && name_word(k + 1)
                && (k + 2..(k + 5).min(n)).any(|e| c.lower_in(e, &["et"]) && c.same_line(e))
            {
                // "SCP Dubreuil, Henrion et Lacaze": partners' names
                last = k + 1;
                k += 2;
            } else if let Some(p) = particles_to(k).filter(|_| c.toks[k].sp) {
                last = p;
                k = p + 1;
            } else {
                break;
            }
        }
        // (a legal form after the name as well is the name's: "SAS Cycles
        // Duroc SA")
        let last = match match_org_suffix(c, last + 1) {
            Some(after) if c.same_line(last + 1) => after - 1,
            _ => last,
        };
        push(
            out,
            EntityType::Organization,
            c.toks[i].s,
            c.toks[last].e,
            ORG_PREFIX_OF,
            "org_form_first",
        );
    }
}

/// Who a company names as its customers, suppliers or partners, by kind.
const CLIENT_NOUNS: &[&str] = &[
    "customers",
    "clients",
    "partners",
    "suppliers",
    "klanten",
    "opdrachtgevers",
    "leveranciers",
    "kunden",
    "auftraggeber",
    "lieferanten",
    "clientes",
    "proveedores",
    "socios",
    "clienti",
    "fornitori",
    "partner",
    "fournisseurs",
    "partenaires",
];

/// "klanten als Philips en DSM-Firmenich", "clients such as Unilever and
/// Nestlé", "Kunden wie Bosch und Siemens", "clienti come Barilla": the
/// capitalised names listed after a company's customers or suppliers and
/// "as", "wie", "comme", "como", "come" (one to three words each, joined by
/// commas and "and"), not a pronoun nor a given name ("Kunden wie Sie").
fn customers_such_as(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    for p in 1..n.saturating_sub(1) {
        // (one look at the word rules out nearly every token)
        if c.toks[p].kind != Kind::Word {
            continue;
        }
        let noun = match c.key(p) {
            "als" | "wie" | "comme" | "como" | "come" | "like" => p - 1,
            "as" if p >= 2 && c.key(p - 1) == "such" => p - 2,
            _ => continue,
        };
        if !(c.lower_in(noun, CLIENT_NOUNS) && c.same_line(p) && c.same_line(p + 1)) {
            continue;
        }
        let mut i = p + 1;
        loop {
            let mut e = i;
            while e < n && e < i + 3 && c.same_line(e) && (c.is_cap(e) || c.toks[e].upper) {
                e += 1;
            }
            let pronoun = c.lower_in(
                i,
                &[
                    "sie", "ihnen", "u", "vous", "usted", "ustedes", "lei", "you", "wij", "we",
                ],
            );
            if e == i || pronoun || e == i + 1 && is_first_name(c.key(i)) && !is_surname(c.key(i)) {
                break;
            }
            push(
                out,
                EntityType::Organization,
                c.toks[i].s,
                c.toks[e - 1].e,
                ORG_BY_CONTEXT,
                "org_context",
            );
            // the next name of the list
            let mut j = e;
            if c.is_punct(j, ",") {
                j += 1;
            }
            if c.lower_in(
                j,
                &[
                    "and", "en", "und", "et", "y", "e", "or", "of", "oder", "ou", "o",
                ],
            ) {
                j += 1;
            }
            if j == e || !c.same_line(j) || j >= n {
                break;
            }
            i = j;
        }
    }
}

/// The articles, and prepositions with one, that stand before a body's
/// letters in French, Italian, Spanish and German ("l'AGS", "du SIRS",
/// "dell'ADM", "del SESPA", "bei der HUK").
const ACRONYM_ARTICLES: &[&str] = &[
    "l'", "l’", "la", "le", "du", "au", "del", "della", "dello", "dell'", "dell’", "all'", "all’",
    "dall'", "dall’", "nell'", "nell’", "sull'", "sull’", "alla", "al", "dal", "nel", "il", "lo",
    "el", "der", "des", "die", "beim", "vom", "zum", "zur",
];

/// Letters of documents, taxes, contracts, laws, schools' years, products
/// and units that the articles of [`ACRONYM_ARTICLES`] stand before as
/// well ("la TVA", "le RGPD", "el IRPF", "il CCNL", "die DSGVO").
const ARTICLED_NON_BODIES: &[&str] = &[
    "RCS", "IRPF", "IRPEF", "IRES", "IRAP", "IVA", "TVA", "RSU", "CMR", "ICE", "IPC", "DUA", "DUE",
    "PIF", "SMS", "ESO", "DOC", "DOCG", "DOP", "IGP", "AOC", "AOP", "CCNL", "DURC", "DGUE", "SUAP",
    "SCIA", "CILA", "ISEE", "IMU", "TARI", "TASI", "TFR", "PIL", "PEC", "SPID", "CIE", "CUD",
    "RGPD", "GDPR", "PME", "PMI", "TPE", "ETI", "EBITDA", "EBIT", "BTS", "SMIC", "CDI", "CDD",
    "RIB", "DSN", "CSG", "CRDS", "SIRET", "SIREN", "APE", "NAF", "KBIS", "BOAMP", "DCE", "CCAP",
    "CCTP", "BPU", "DPGF", "PLU", "DPE", "PMR", "SAV", "CNI", "RSA", "APL", "AAH", "PACS", "RTT",
    "CSE", "CHSCT", "DUERP", "EPI", "SST", "TMS", "NIF", "CIF", "NIE", "DNI", "IBI", "ERE", "ERTE",
    "SMI", "IPREM", "BOE", "BOP", "DOGC", "BOJA", "BOCM", "BOCYL", "PYME", "PYMES", "ITV", "TPV",
    "CNAE", "IAE", "PRL", "EBAU", "TFG", "TFM", "PERTE", "PAC", "DSGVO", "BGB", "HGB", "AGB",
    "AGBS", "STGB", "ZPO", "USTG", "BDSG", "TKG", "GWB", "VOB", "HOAI", "PKW", "LKW", "KFZ",
    "MWST", "UST", "ÖPNV", "KITA", "DIN", "ISO", "BIP", "KMU", "EDV", "SEPA", "BAV", "HRB", "HRA",
    "GPS", "USB", "DVD", "SUV", "PVC", "LED", "WLAN", "PIN", "TAN", "PDF", "CAP", "SDI", "SEPE",
    "IBAN", "BIC", "UVP", "OTC", "CPU", "RAM", "SSD", "HTML", "XML", "CSV", "JSON", "TV", "ADN",
    "DNA", "ARN", "VIH", "HIV", "IRM", "MRT", "TAC", "RX", "ECG", "EKG", "BPCO", "EPOC", "COPD",
    "COVID", "SARS", "UCI", "UTI", "ICU", "SAMU", "FIV", "PMA", "IVG", "INR", "PNRR", "PPAP",
    "MOT",
    // (diseases, benefits, savings, diplomas, schools' classes, permits,
    // taxes and codes of French, Spanish, Italian and German letters)
    "IMC", "AVC", "HTA", "TDAH", "TEA", "ALD", "CMU", "CSS", "APA", "CESU", "PEL", "PEA", "LEP",
    "IFI", "CFE", "DELF", "DALF", "BAFA", "CACES", "BTP", "RSE", "CGI", "PTZ", "SCPI", "DPAE",
    "LRAR", "ZAC", "PCR", "ABS", "ESP", "GPL", "CAPES", "AGREG", "DNB", "BEPC", "DUT", "EPS",
    "SEGPA", "AGE", "ASS", "CERFA", "GOÄ", "GOZ", "MPU", "BWL", "VWL", "GKV", "PKV", "AHV", "DDR",
    "BRD", "TRBS", "CFA", "MFA", "PVP", "ITP", "AJD", "IVTM", "EVAU", "MIR", "CUPS", "PGOU",
    "SOAT", "CCC", "POS", "CIG", "CUP", "TUIR", "PDP", "PEI", "DSA", "ATA", "CIGS", "DSGA", "TFS",
    "CDA", "TNT", "ADSL", "HLM", "GTI", "SEGURO", "BAC", "BTSA", "BEP", "RQTH", "PPS", "PAP",
    "IRPP", "TFPB", "TEOM", "VTC", "SIV", "SMUR", "EHPAD", "USLD", "AES", "DIU", "IVE",
];

/// The all-capital word at `i` is a body's letters after an article of
/// [`ACRONYM_ARTICLES`]: three to six letters, no document's, tax's or
/// law's ([`ARTICLED_NON_BODIES`], [`NOT_COMPANIES`],
/// [`NOT_BODY_ACRONYMS`], [`TECH_ACRONYMS`]), no word, person or place,
/// and not a model's name before a number ("la DS 9").
fn articled_acronym(c: &Ctx<'_>, i: usize) -> bool {
    let t = c.t(i);
    let letters = t.chars().filter(|ch| ch.is_alphabetic()).count();
    // (the article in lower case: not a heading's "LE MOT DU CURÉ")
    i > 0
        && (3..=6).contains(&letters)
        && c.lower_in(i - 1, ACRONYM_ARTICLES)
        && !c.toks[i - 1].upper
        && c.same_line(i)
        && !ARTICLED_NON_BODIES.contains(&t.to_uppercase().as_str())
        && !NOT_COMPANIES.contains(&t)
        && !NOT_BODY_ACRONYMS.contains(&t)
        && !TECH_ACRONYMS.contains(&t)
        && !STATUS_WORDS.contains(&t)
        && !is_common(c.key(i))
        && !is_first_name(c.key(i))
        && !is_surname(c.key(i))
        && is_place(c.key(i)).is_none()
        && !c
            .toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Num && c.same_line(i + 1))
        && !c.is_punct(i + 1, "-")
}

/// All-capital words that are not companies where a company may stand
/// (currencies, countries, document words, roles).
const NOT_COMPANIES: &[&str] = &[
    "EUR", "USD", "GBP", "CHF", "USA", "PDF", "VAT", "IBAN", "BIC", "CEO", "CFO", "CTO", "COO",
    "CMO", "CIO", "CISO", "DPO", "FAQ", "ASAP", "TBD", "FWD", "BCC", "PDG", "RRHH", "MWST", "TVA",
    "IVA", "BTW", "HQ", "SQL", "LED", "API", "CRM", "ERP", "SAP", "THE", "AND", "TO", "SAME",
    "NONE", "UNKNOWN", "ORDER", "SHIPPER", "TBC", "TBA", "NYA", "EEUU", "UAE", "EAU", "VAE",
    "URSS", "UDSSR",
];

/// "partnership with CATUAV", "Plaintiff: GTECH", "parcel from BME": an
/// all-capital word of three to eight letters where the context announces
/// a company (an organisation or party label, an employer's, partner's or
/// supplier's words; not a bracket after a name nor a bare "at"), with up
/// to two capitalised words after it ("PRISA TV", "KTB Mechatronics").
/// Runs of capitalised words never start with one, so the other rules
/// leave acronyms alone.
fn acronyms_in_context(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    let word_like = |k: usize| {
        c.toks[k].kind == Kind::Word && (c.toks[k].cap || c.toks[k].upper) && c.same_line(k)
    };
    for i in 0..n {
        let t = &c.toks[i];
        if !(t.kind == Kind::Word && t.upper) {
            continue;
        }
        // three to eight letters, not inside a longer name ("Arch Coal LP",
        // "Diehl BGT Defence"); two capitals are more often a country, a
        // role or a department ("DE", "VP", "HR")
        let letters = c.t(i).chars().count();
        // ("der Hersteller CATL", "beim Sägewerksverband DeSH": what a
        // company is before it, see [`org_context`])
        let kind_before = |p: usize| c.lower_in(p, &ORG_KINDS) || said::kind_compound(c, p);
        if !(3..=8).contains(&letters)
            || i == 0
            || word_like(i - 1) && t.sp && c.same_line(i) && !kind_before(i - 1)
        {
            continue;
        }
        // not "(CMO)" after a name nor "at HQ": the context must be a
        // label, an employer's or partner's words, or a supplier's
        let weak = c.is_punct(i - 1, "(") || c.lower_in(i - 1, &["at"]);
        if weak
            || NOT_COMPANIES.contains(&c.t(i))
            || is_common(c.key(i))
            || match_org_suffix(c, i).is_some()
        {
            continue;
        }
        let mut end = i + 1;
        while end < n.min(i + 3) && c.toks[end].sp && word_like(end) {
            if match_org_suffix(c, end).is_some() {
                break;
            }
            end += 1;
        }
        // ...or what companies do after their name ("SNAV acquisirà
        // UniCredit per EUR 76.000", "DHV opent een kantoor in Schagen")
        // ("their DNA acquired", "the UAE opened": not after an article or
        // a possessive)
        let determined = c.lower_in(
            i - 1,
            &[
                "the", "their", "her", "his", "its", "our", "your", "my", "il", "el", "le", "la",
                "l'", "der", "die", "das", "de", "het", "lo", "los", "les",
            ],
        );
        // ("KSB⏎i. A. Linda Goebel", "CSM⏎Afdeling Debiteuren": the line
        // below names its unit or signs for it)
        // ("l'AGS", "du SIRS", "la patronal ATEVAL", "dell'ADM", "bei der
        // ZKBS": French, Italian, Spanish and German write a body's
        // letters after the article, a document's, a tax's or a law's
        // letters excepted)
        let articled = end == i + 1 && articled_acronym(c, i);
        if !(org_context(c, i)
            || label_before(c, i) == Some(EntityType::Organization)
            || company_line_above_unit(c, i, end)
            || articled
            || !determined && (acronym_company_verb(c, end) || takeover_object(c, i, end)))
        {
            continue;
        }
        // a person written in capitals ("Consignee: JOHN SMITH",
        // "Expéditeur : DUPONT Jean", "Absender: MÜLLER"): a known given
        // name or surname among the words
        if (i..end).any(|k| is_first_name(c.key(k)) || is_surname(c.key(k))) {
            continue;
        }
        // a legal form after it: the suffix rule names the company
        if match_org_suffix(c, end).is_some() && c.same_line(end) {
            continue;
        }
        push(
            out,
            EntityType::Organization,
            t.s,
            c.toks[end - 1].e,
            ORG_BY_CONTEXT,
            "acronym",
        );
    }
}

/// Company names of `data/companies.txt` (stock-index members) and
/// `data/companies_known.txt` (hand-written: retailers, banks, brands of the
/// covered countries), case-sensitive, as written.
static COMPANIES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    lines(include_str!("../../data/companies.txt"))
        .chain(lines(include_str!("../../data/companies_known.txt")))
        .collect()
});

/// Whether `name`, as written, is a company of the lists.
pub(super) fn is_known_company(name: &str) -> bool {
    COMPANIES.contains(name)
}

/// Longest company name of the list, in tokens.
const MAX_COMPANY_TOKENS: usize = 6;

/// Known companies ("Deutsche Bank", "AkzoNobel", "Hapag-Lloyd"). A
/// one-word name that is also a given name, a surname, a place or a common
/// word ("Continental", "Bayer") is left to the other rules.
fn known_companies(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    let mut i = 0;
    while i < n {
        if !(c.is_word(i) && (c.toks[i].cap || c.toks[i].upper)) {
            i += 1;
            continue;
        }
        let mut hit = None;
        for len in (1..=MAX_COMPANY_TOKENS.min(n - i)).rev() {
            let last = i + len - 1;
            // the name on one line; its first word may open the line
            if (i + 1..=last).any(|j| !c.same_line(j))
                || c.toks[last].kind == Kind::Punct && len > 1 && c.t(last) != "."
            {
                continue;
            }
            let name = &c.text[c.toks[i].s..c.toks[last].e];
            if COMPANIES.contains(name) {
                hit = Some((last, len));
                break;
            }
        }
        // ("des Umweltbundesamtes", "des Finanzamts": a one-word name in
        // the genitive)
        let hit = hit.or_else(|| {
            genitive_bases(c, i)
                .is_some_and(|b| b.iter().any(|b| COMPANIES.contains(b)))
                .then_some((i, 1))
        });
        let Some((mut last, len)) = hit else {
            i += 1;
            continue;
        };
        // "Bolloré Logistics", "Siemens Energy": business words after the
        // known name are the name of one of its companies
        // ("Crédit Agricole Italia", "HSBC UK", "Beko Europe": its
        // company of a country)
        while (c.is_cap(last + 1) || c.toks.get(last + 1).is_some_and(|t| t.upper))
            && c.toks[last + 1].sp
            && c.same_line(last + 1)
            && (BUSINESS_WORDS.contains(c.key(last + 1))
                || COUNTRY_COMPANIES.contains(&c.t(last + 1)))
        {
            last += 1;
        }
        // "Confindustria Bergamo", "Crédit Mutuel de Bretagne", "Crédit
        // Agricole Toulouse 31", "Groupama Loire Bretagne", "Edeka
        // Nordbayern": a federation's, union's or co-operative bank's
        // branch of a region or town
        let mut branch = false;
        let name = &c.text[c.toks[i].s..c.toks[last].e];
        if FEDERATED.contains(&name) || UNIONS_AND_FEDERATIONS.contains(&name) {
            let end = federated_branch_last(c, last);
            branch = end > last;
            last = end;
        }
        // "Enel X", "FNV Metaal", "Kingspan Unidek", "Citizens Advice
        // Calderdale", "DHL Supply Chain Spain": one or two capitalised
        // words right after the known name inside a sentence that are no
        // word, name, noun, place or title are its company's or its
        // branch's, and a country after them (not at a line's end:
        // "Jaarbeurs Utrecht⏎"; not a flight's code: "Air France AF 790")
        let named_last = last;
        if !branch {
            let mut extra = last;
            while extra < last + 3
                && c.toks
                    .get(extra + 1)
                    .is_some_and(|t| t.sp && (t.cap || t.upper))
                && c.same_line(extra + 1)
                && c.is_word(extra + 1)
                && {
                    let k = c.key(extra + 1);
                    let t = c.t(extra + 1);
                    extra > last && COUNTRY_COMPANIES.contains(&t)
                        || extra < last + 2
                            && !(is_common(k)
                                || is_first_name(k)
                                || is_surname(k)
                                || is_german_noun(k)
                                || is_place(k).is_some()
                                || c.lower_in(extra + 1, &TITLES)
                                || NOT_COMPANIES.contains(&t)
                                || NOT_BODY_ACRONYMS.contains(&t)
                                || match_org_suffix(c, extra + 1).is_some())
                }
            {
                extra += 1;
            }
            let line_end = c.toks.get(extra + 1).is_none_or(|t| t.nl);
            let code = c.toks.get(extra + 1).is_some_and(|t| t.kind == Kind::Num);
            if extra > last && !line_end && !code && (len > 1 || c.toks[i].upper) {
                last = extra;
            }
        }

        let k = c.key(i);
        let ambiguous = len == 1
            && (is_first_name(k)
                || is_surname(k)
                || is_common(k)
                || is_place_strict(k)
                || crate::gazetteer::GAZ.cities.contains(k));
        // "Chiara Olivetti", "Josette Vaillant": a family's company name
        // right after a given name is that family's surname
        let after_given_name = i > 0
            && c.is_cap(i - 1)
            && c.toks[i].sp
            && c.same_line(i)
            && is_first_name(c.key(i - 1));
        // "rue Renault", "Via Ferrari": a street named after a family
        let street = i > 0 && c.same_line(i) && c.lower_in(i - 1, &STREET_PREFIXES);
        // "Zara Phillips", "Zara Ahmed": one word before a known surname is
        // a given name
        let before_surname = len == 1
            && last == i
            && c.is_cap(i + 1)
            && c.toks[i + 1].sp
            && c.same_line(i + 1)
            && is_surname(c.key(i + 1));
        // "BP 4410 – 17042 La Rochelle Cedex": a French post-office box
        let post_box = len == 1
            && c.t(i) == "BP"
            && c.toks
                .get(i + 1)
                .is_some_and(|t| t.kind == Kind::Num && !t.nl)
            && !c
                .t(i + 1)
                .parse::<u32>()
                .is_ok_and(|y| (1900..2100).contains(&y));
        // "1083 NN Breezand", "9643NS": a Dutch postcode's letters
        let postcode = len == 1 && dutch_postcode_letters(c, i);
        if !ambiguous && !after_given_name && !street && !before_surname && !post_box && !postcode {
            // (a branch holds its place: "AOK Bayern" beats the region)
            // (and so does a known name ending in a place: "TÜV Rheinland",
            // "Banco Santander")
            // (a legal form after it makes a longer name: "ZF Friedrichshafen
            // AG", "Banco Santander, S.A." keep their form)
            let placed = len > 1
                && is_place(c.key(named_last)).is_some()
                && match_org_suffix(c, last + 1).is_none()
                && comma_form(c, last + 1).is_none();
            let score = if branch || placed {
                ORG_PREFIX_OF
            } else if len == 1 {
                ORG_KNOWN_ONE_WORD
            } else {
                ORG_KNOWN
            };
            push(
                out,
                EntityType::Organization,
                c.toks[i].s,
                c.toks[last].e,
                score,
                "org_known",
            );
        }
        i = last + 1;
    }
}

/// Known co-operative banks, insurers, health insurers and retail
/// co-operatives whose branches are named after their region or town (and
/// the unions and federations of [`UNIONS_AND_FEDERATIONS`]).
const FEDERATED: &[&str] = &[
    "AOK",
    "Deutsche Rentenversicherung",
    "TÜV",
    "Urssaf",
    "URSSAF",
    "Crédit Agricole",
    "Crédit Mutuel",
    "Caisse d'Epargne",
    "Caisse d'Épargne",
    "Banque Populaire",
    "Groupama",
    "Raiffeisen",
    "Raiffeisenbank",
    "Rabobank",
    "Edeka",
    "Conad",
    "Cajamar",
    "Legambiente",
    // (health insurers, students' services, social funds, property
    // managers and charities named with their region or town: "BKK Pfalz",
    // "Crous Grenoble Alpes", "Carsat Aquitaine", "Foncia Bretagne Sud",
    // "Campus France Maroc", "Verbraucherzentrale Bayern")
    "BKK",
    "IKK",
    "Crous",
    "CROUS",
    "Carsat",
    "CARSAT",
    "MSA",
    "Foncia",
    "Campus France",
    "France Travail",
    "Pôle emploi",
    "Verbraucherzentrale",
    "Arbeiterkammer",
    "DRK",
    "AWO",
];

/// Unions and employers' federations whose branches are named after their
/// region or town, and whose offices "of" it ("CGIL di Milano", "CCOO de
/// Catalunya").
const UNIONS_AND_FEDERATIONS: &[&str] = &[
    "Confindustria",
    "CNA",
    "Confartigianato",
    "Confcommercio",
    "Coldiretti",
    "Legacoop",
    "CGIL",
    "CISL",
    "UIL",
    "CCOO",
    "UGT",
    "FNV",
    "CNV",
    "IG Metall",
    "DGB",
    "CFDT",
    "CGT",
    "Medef",
    "MEDEF",
    "CCI",
    "Caritas",
];

/// Words of a region that are no places by themselves ("Centro Nord",
/// "Loire Bretagne" has its places).
const BRANCH_WORDS: &[&str] = &[
    "nord", "sud", "süd", "ost", "west", "est", "ovest", "centro", "centre", "noord", "zuid",
    "oost", "norte", "sur", "este", "oeste", "südwest", "nordwest", "südost", "nordost",
];

/// Last token of a federated name's branch after `last`: up to three
/// capitalised places or compass words ("Loire Bretagne", "Centro Nord"),
/// or "de"/"du" and a place ("de Bretagne"), then a department's number
/// ("Toulouse 31").
fn federated_branch_last(c: &Ctx<'_>, last: usize) -> usize {
    let place_word = |j: usize| {
        c.same_line(j)
            && c.toks[j].sp
            && (c.is_cap(j) || c.toks[j].upper && c.t(j).len() > 3)
            && (is_place(c.key(j)).is_some()
                || c.lower_in(j, BRANCH_WORDS)
                // ("Rabobank Zuid-Limburg Oost", "Leeuwarden-Noord")
                // ("Urssaf Rhône-Alpes": a region named by its places)
                || c.key(j).contains('-')
                    && c.key(j)
                        .split('-')
                        .all(|p| is_place(p).is_some() || BRANCH_WORDS.contains(&p))
                || c.key(j)
                    .split_once('-')
                    .is_some_and(|(a, b)| b.len() > 3 && is_place(a).is_some() && c.is_cap(j)))
    };
    let mut end = last;
    let mut j = last + 1;
    // ("Crédit Mutuel de Bretagne": the French regional banks' "de";
    // not a store's town, "Conad di Parma", nor a journey, "de Paris à
    // Marseille")
    let name = &c.text[..c.toks[last].e];
    let french_bank = [
        "Crédit Mutuel",
        "Crédit Agricole",
        "Epargne",
        "Épargne",
        "Banque Populaire",
    ]
    .iter()
    .any(|b| name.ends_with(b));
    // (a union's or federation's office of a town: "CGIL di Milano",
    // "CCOO de Catalunya")
    let union = UNIONS_AND_FEDERATIONS.iter().any(|b| name.ends_with(b));
    let linked = (french_bank && c.lower_in(j, &["de", "du"])
        || union && c.lower_in(j, &["de", "di", "del", "du"]))
        && j < c.toks.len()
        && c.same_line(j)
        && place_word(j + 1)
        && !(c.lower_in(j + 2, &["à", "a", "au"]) && c.is_cap(j + 3));
    if linked {
        j += 1;
    }
    // (a region's words the place lists lack go along when a place's
    // word is among them: "Banque Populaire Auvergne Rhône Alpes", "Crédit
    // Agricole Anjou Maine"; a compass word opening a place: "Edeka
    // Südbayern", "Nordbayern")
    let compass_place = |j: usize| {
        let k = c.key(j);
        ["süd", "nord", "ost", "west", "mittel"].iter().any(|p| {
            k.strip_prefix(p)
                .is_some_and(|rest| rest.len() > 3 && is_place(rest).is_some())
        })
    };
    let region_word = |j: usize| {
        c.same_line(j)
            && c.toks[j].sp
            && c.is_cap(j)
            && !is_common(c.key(j))
            && !is_first_name(c.key(j))
            && !is_known_company(c.t(j))
    };
    let mut placed = false;
    let mut k = j;
    while k < c.toks.len() && k <= j + 3 {
        if place_word(k) || compass_place(k) && region_word(k) {
            placed = true;
        } else if !region_word(k) {
            break;
        }
        if placed {
            end = k;
        }
        k += 1;
    }
    if !placed {
        end = last;
    }
    // ("Crédit Agricole Toulouse 31": its department's number)
    if end > last
        && !linked
        && c.toks
            .get(end + 1)
            .is_some_and(|t| t.kind == Kind::Num && t.sp && !t.nl && t.e - t.s <= 3)
    {
        end += 1;
    }
    end
}

/// Countries and regions after a known company's name that name its
/// company there.
const COUNTRY_COMPANIES: &[&str] = &[
    "UK",
    "Italia",
    "Italy",
    "España",
    "Spain",
    "Ibérica",
    "Iberia",
    "Deutschland",
    "Germany",
    "France",
    "Nederland",
    "Netherlands",
    "Belgium",
    "België",
    "Belgique",
    "Schweiz",
    "Suisse",
    "Österreich",
    "Austria",
    "Europe",
    "Europa",
    "Benelux",
    "Ireland",
    "Portugal",
    "Polska",
];

/// "Groen & Lieshout", "van der Plas & Hendriks": capitalised names joined
/// by "&", the way partnerships are named.
fn ampersand_firms(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    for k in 1..n.saturating_sub(1) {
        if !(c.is_punct(k, "&") && c.toks[k].sp && c.same_line(k) && c.same_line(k + 1)) {
            continue;
        }
        // right: particles then one or two capitalised words
        let mut e = k + 1;
        while e < n && c.lower_in(e, &PARTICLES) && !c.toks[e].cap && c.same_line(e) {
            e += 1;
        }
        if !(org_word(c, e) && c.same_line(e)) {
            continue;
        }
        if org_word(c, e + 1)
            && c.toks[e + 1].sp
            && c.same_line(e + 1)
            && match_org_suffix(c, e + 1).is_none()
        {
            e += 1;
        }
        // left: the name before, back to its particles
        let last = k - 1;
        if !org_word(c, last) || match_org_suffix(c, last).is_some() {
            continue;
        }
        let s = leading_particles(c, name_start(c, last));
        // a person's name on either side ("Anna & Paul") is not a firm
        let given = |j: usize| is_first_name(c.key(j)) && !is_surname(c.key(j));
        if given(s) && given(e) {
            continue;
        }
        let (first, last_word) = (c.key(s), c.key(e));
        if is_place_strict(first) || is_place_strict(last_word) || GREETINGS.contains(&first) {
            continue;
        }
        // "Antigua & Barbuda", "Turks & Caicos Islands": a place
        if place_phrase(c, s).is_some_and(|(end, _)| end > k) {
            continue;
        }
        push(
            out,
            EntityType::Organization,
            c.toks[s].s,
            c.toks[e].e,
            ORG_AMPERSAND,
            "org_ampersand",
        );
    }
}

/// Legal forms after which a lower-case brand word may end a name.
const BRAND_FORMS: &[&str] = &[
    "GmbH", "AG", "SE", "KG", "OHG", "UG", "BV", "NV", "SA", "SAS", "SARL", "SpA", "Srl", "Ltd",
    "LLC", "Inc", "plc", "LLP",
];

/// "Acme Inc", "Textor GmbH & Co. KG", "Pham, Garza and Garcia LLP".
fn suffixed(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    let mut k = 1;
    while k < n {
        // "KTB mechatronics GmbH": a lower-case brand word after an acronym
        let brand = k >= 2
            && c.is_word(k - 1)
            && !c.toks[k - 1].cap
            && !c.toks[k - 1].upper
            && c.toks[k].sp
            && c.toks[k - 1].sp
            && c.is_word(k - 2)
            && c.toks[k - 2].upper
            && c.same_line(k - 1)
            && c.same_line(k)
            && !is_common(c.key(k - 1))
            // the acronym opens its line or field ("Hausverwaltung: KTB
            // mechatronics GmbH", not "eine DAX notierte AG") and the form
            // is an abbreviation ("GmbH", not "Company")
            && (k == 2 || !c.same_line(k - 2) || c.is_punct(k - 3, ":") || c.is_punct(k - 3, ","))
            && BRAND_FORMS.contains(&c.t(k));
        // "Springfield Armory, Inc.": the American comma before the form
        let named = if brand {
            match_org_suffix(c, k).map(|end| (k - 2, end))
        } else {
            None
        }
        .or_else(|| {
            org_word(c, k - 1)
                .then(|| comma_form(c, k))
                .flatten()
                .map(|end| (k - 1, end))
        });
        if let Some((last, end)) = named {
            let start = with_article(c, name_start(c, last));
            push(
                out,
                EntityType::Organization,
                c.toks[start].s,
                c.toks[end - 1].e,
                ORG_SUFFIX,
                "org_suffix",
            );
            k = end;
            continue;
        }
        // "Cranmore Homes (Southern) Ltd", "Apex Roofing (Midlands) Ltd": a
        // region in brackets inside the name, before the form
        let bracketed = k >= 4
            && c.is_punct(k - 1, ")")
            && c.is_punct(k - 3, "(")
            && c.is_cap(k - 2)
            && org_word(c, k - 4)
            && (k - 3..k).all(|j| c.same_line(j))
            && !is_first_name(c.key(k - 2));
        // ("Immobiliare Conca d'Oro S.r.l.": an elided "de" and its word)
        if !(bracketed
            || org_word(c, k - 1)
            || k >= 2 && elided_name(c, k - 1) && org_word(c, k - 2))
        {
            k += 1;
            continue;
        }
        let Some(mut end) = match_org_suffix(c, k) else {
            k += 1;
            continue;
        };
        // ("Country Club Hills": a name's word inside a longer name, a place)
        if matches!(
            c.t(k),
            "Club" | "League" | "Enterprise" | "Gazette" | "Agents"
        ) && c.same_line(end)
            && c.is_cap(end)
            && c.toks[end].sp
            && match_org_suffix(c, end).is_none()
        {
            k += 1;
            continue;
        }
        // "Impianti Tecnologici Adriatici S.n.c. di Rossi Mario & C.": an
        // Italian partnership's partners after its form
        if matches!(c.t(k), "S" | "s" | "Snc" | "snc" | "Sas" | "sas")
            && c.lower_in(end, &["di"])
            && c.same_line(end)
            && let Some(amp) = (end + 2..(end + 6).min(n)).find(|&j| c.is_punct(j, "&"))
            && (end + 1..amp).all(|j| c.is_cap(j) && c.same_line(j))
            && c.t(amp + 1) == "C"
            && c.same_line(amp + 1)
        {
            end = amp + 2 + usize::from(c.is_punct(amp + 2, ".") && !c.toks[amp + 2].sp);
        }
        // "Bakkerij Hendriks & Zn. V.O.F.", "Kamphuis & Zn. B.V.": a
        // family's "& Zn." or "& Co." and then the legal form
        if matches!(c.t(k), "&" | "en" | "und" | "e" | "y" | "et" | "and")
            && c.same_line(end)
            && c.toks.get(end).is_some_and(|t| t.sp)
            && let Some(after) = match_org_suffix(c, end)
            && c.t(end) != "&"
        {
            end = after;
        }
        // the name before the suffix; "National Insurance number", "Social
        // Security No." name an identifier, not a company (a legal form
        // before a number stays one: "Acme Ltd No. 2 account")
        if !c.same_line(k)
            || !c.toks[k].sp && c.t(k) != "&"
            || matches!(
                c.t(k),
                "Insurance" | "Security" | "Assurance" | "Pension" | "Pensions"
            ) && c.same_line(end)
                && c.lower_in(end, &["number", "numbers", "no", "nr"])
        {
            k += 1;
            continue;
        }
        // "X, Y and Z LLC"
        let mut start = if bracketed {
            name_start(c, k - 4)
        } else {
            list_start(c, k - 1).unwrap_or_else(|| name_start(c, k - 1))
        };
        // ("Madame Hélène Club": a given name alone before "Club" is a
        // person's)
        if c.t(k) == "Club" && start == k - 1 && is_first_name(c.key(start)) {
            k = end;
            continue;
        }
        // ("Leyburn United", "Bedale Rovers": a club's word after its
        // town or its own name, not after a common word: "We Stand United",
        // "Park Rangers closed the trail")
        if matches!(
            c.t(k),
            "United" | "Athletic" | "Rovers" | "Wanderers" | "Rangers"
        ) && (is_common(c.key(k - 1)) && is_place(c.key(k - 1)).is_none()
            // (cars: "Range Rovers", "Land Rovers")
            || c.lower_in(k - 1, &["range", "land"])
            // (a person's surname after a given name or a title: "John
            // Rovers", "Mr Albion Rangers"; a product's name: "the Sussex
            // Albion Reserve")
            || is_first_name(c.key(k - 1))
            || k >= 2 && (is_first_name(c.key(k - 2)) || c.lower_in(k - 2, &TITLES))
            || c.is_cap(end) && c.same_line(end) && c.toks[end].sp)
        {
            k = end;
            continue;
        }
        // ("eine Bestätigung Ihrer Bank": a possessive names no company)
        if start == k - 1 && c.lower_in(start, POSSESSIVES) {
            k = end;
            continue;
        }
        // a legal form alone ("mechatronics GmbH & Co. KG" from its "&"
        // on) names nobody
        if start == k - 1 && c.t(k) == "&" && match_org_suffix(c, k - 1).is_some() {
            k = end;
            continue;
        }
        // drop a leading sentence-initial common word ("Contact Acme Inc")
        // and a leading particle, unless capitalised mid-sentence ("l'offre
        // de Da Costa SA") or before a surname ("Le Roux SARL")
        // (or before lower-case particles of a surname: "Van der Meer
        // Koeltransport B.V.", "De la Rosa S.L.")
        // ("Aangever: Van Rijn Customs Services B.V." and the name alone on
        // its line: a field's or a line's start is no "from")
        let field_start = |j: usize| j == 0 || c.toks[j].nl || c.is_punct(j - 1, ":");
        let name_particle = |j: usize| {
            c.toks[j].cap
                && (c.is_cap(j + 1)
                    && (!c.sentence_start(j)
                        || is_surname(c.key(j + 1))
                        || field_start(j)
                            && c.lower_in(j, OPENING_PARTICLES)
                            && !from_the_company(c, j + 1)
                            && !is_first_name(c.key(j + 1)))
                    || c.lower_in(j, OPENING_PARTICLES) && {
                        let mut m = j + 1;
                        while m < k && !c.toks[m].cap && c.lower_in(m, &PARTICLES) {
                            m += 1;
                        }
                        m > j + 1
                            && m < k
                            && c.is_cap(m)
                            && (!c.sentence_start(j) || !from_the_company(c, m))
                    })
        };
        // and a German or Dutch auxiliary opening a question ("Moin! Hat
        // Viessmann GbR den Vertrag schon?", "Heeft Acme BV het contract
        // al?"; not "Hat Trick Productions produced", "Soll & Haben GmbH")
        let question = |j: usize| question_opening(c, j, end);
        // ("North Yorkshire Council", "West Midlands Police": a compass
        // word opening a sentence is the name's)
        let compass = |j: usize| c.is_cap(j) && c.lower_in(j, COMPASS_WORDS) && c.is_cap(j + 1);
        while start < k - 1
            && !(c.lower_in(start, &PARTICLES) && name_particle(start))
            && (c.lower_in(start, &ORG_STOP)
                || c.lower_in(start, &PARTICLES)
                || (c.sentence_start(start) && is_common(c.key(start)) && !compass(start))
                || question(start))
        {
            start += 1;
        }
        // "The Company", "the Steering Group": an article or a committee's
        // word alone before the form names no company
        if start == k - 1
            && (c.lower_in(start, ARTICLES_ALL)
                || c.lower_in(start, &["steering", "working", "advisory"]))
        {
            k = end;
            continue;
        }
        // "Competition and Markets Authority", "Driver and Vehicle
        // Standards Agency": a public body's name holds "and"
        if INSTITUTIONS_OF.contains(&c.t(k)) {
            // (one word before "and", no company, and no place or person
            // after it: "Serco and Bristol City Council", "Scottish
            // Government and Glasgow City Council" are two parties)
            while start >= 2
                && c.lower_in(start - 1, &["and"])
                && c.same_line(start)
                && c.same_line(start - 1)
                && org_word(c, start - 2)
                && !is_known_company(c.t(start - 2))
                && is_place(c.key(start)).is_none()
                && !is_first_name(c.key(start))
                && !(start >= 3 && c.same_line(start - 2) && c.is_cap(start - 3))
                && match_org_suffix(c, start - 2).is_none()
                && !c.sentence_start(start - 2)
            {
                start -= 2;
            }
        }
        start = with_article(c, leading_particles(c, start));
        // "Gebr. Ortlepp Holzwerke GmbH & Co. KG": the brothers' firm
        if start >= 2
            && c.is_punct(start - 1, ".")
            && c.t(start - 2) == "Gebr"
            && c.same_line(start - 1)
            && c.same_line(start)
        {
            start -= 2;
        }
        let weak = matches!(
            c.t(k),
            "Bank" | "Group" | "Trust" | "Systems" | "Services" | "Capital" | "Software"
        );
        let score = if weak { ORG_WEAK_SUFFIX } else { ORG_SUFFIX };
        let end = institution_of(c, k, end);
        // "the Local Authority", "Civil Society", "The Contracting
        // Authority", "a Field Hospital": one common word or word of a kind
        // of work before a body's word names a kind of body (not with its
        // name after "of": "Law Society of Ireland"); "Russian Federation"
        // is a country; "EU DAC 7" a directive
        let kind_word = |j: usize| {
            is_common(c.key(j))
                || ["ing", "ory", "ship", "al", "ive", "ic", "il"]
                    .iter()
                    .any(|end| c.key(j).ends_with(end))
        };
        let kind_of_body = PUBLIC_BODY_ENDINGS.contains(&c.t(k))
            && (start + 1 == k && kind_word(start) && end == k + 1
                || is_place(&c.text[c.toks[start].s..c.toks[end - 1].e].to_lowercase()).is_some());
        let directive = matches!(c.t(k), "DAC" | "CLG")
            && c.toks
                .get(end)
                .is_some_and(|t| t.kind == Kind::Num && !t.nl);
        if kind_of_body || directive {
            k = end;
            continue;
        }
        push(
            out,
            EntityType::Organization,
            c.toks[start].s,
            c.toks[end - 1].e,
            score,
            "org_suffix",
        );
        k = end;
    }
}

/// English institution words that go on with "of" and the rest of their
/// name: "Chartered Institute of Management Accountants", "Royal Infirmary
/// of Edinburgh" (not "for": "Leeds City Council for Planning Permission").
const INSTITUTIONS_OF: &[&str] = &[
    "Institute",
    "Institution",
    "Association",
    "Federation",
    "Society",
    "Council",
    "Authority",
    "Commission",
    "Foundation",
    "Agency",
    "College",
    "Academy",
    "Hospital",
    "Infirmary",
];

/// The public bodies' and institutions' words that end a name
/// (`data/ner/organization_suffixes.txt`, 2026-12-07).
const PUBLIC_BODY_ENDINGS: &[&str] = &[
    "Council",
    "Authority",
    "Federation",
    "Commission",
    "Society",
    "Hospital",
    "Infirmary",
    "Tribunal",
    "Academy",
    "School",
];

/// Compass words that open a place's or a public body's name ("North
/// Yorkshire Council").
const COMPASS_WORDS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "greater",
];

/// The end of an organisation whose name's institution word at `k` (its
/// name's end at `end`) goes on with "of" and capitalised words,
/// "and" or "&" between them ([`INSTITUTIONS_OF`]); else `end`.
fn institution_of(c: &Ctx<'_>, k: usize, end: usize) -> usize {
    if !(end == k + 1
        && INSTITUTIONS_OF.contains(&c.t(k))
        && c.same_line(end)
        && c.lower_in(end, &["of"])
        && c.same_line(end + 1)
        && c.is_cap(end + 1))
    {
        return end;
    }
    let mut last = end + 1;
    let mut j = end + 2;
    while j < c.toks.len() && c.same_line(j) {
        if c.is_cap(j) {
            last = j;
        } else if !(c.lower_in(j, &["and", "&"]) && c.same_line(j + 1) && c.is_cap(j + 1)) {
            break;
        }
        j += 1;
    }
    // ("City of York Council for Lot 3": a lot's number, not the name)
    if c.toks
        .get(last + 1)
        .is_some_and(|t| t.kind == Kind::Num && !t.nl)
    {
        return end;
    }
    last + 1
}

/// German and Dutch auxiliaries that open a question (not English "Will",
/// a given name: "Will Smith be there?").
const AUXILIARIES: &[&str] = &[
    "hat", "hatte", "haben", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden",
    "kann", "können", "soll", "sollte", "muss", "müssen", "darf", "heeft", "hebben", "wordt",
    "worden", "werd", "kan", "kunnen", "moet", "moeten", "zal", "zullen", "zou",
];

/// Token `j` is an auxiliary opening a question about the capitalised
/// words after it, up to token `end` ("Hat Viessmann GbR den Vertrag
/// schon?", "Wird Lidl das Angebot annehmen?").
pub(super) fn question_opening(c: &Ctx<'_>, j: usize, end: usize) -> bool {
    c.sentence_start(j)
        && c.lower_in(j, AUXILIARIES)
        && (c.is_cap(j + 1) || c.toks.get(j + 1).is_some_and(|t| t.upper))
        && asks(c, end)
}

/// The sentence going on at token `k` (a lower-case word) ends with a
/// question mark on its line.
fn asks(c: &Ctx<'_>, k: usize) -> bool {
    if !(c.is_word(k) && c.same_line(k) && !c.is_cap(k)) {
        return false;
    }
    (k..c.toks.len())
        .take_while(|&j| c.same_line(j) || j == k)
        .find(|&j| matches!(c.t(j), "." | "!" | "?"))
        .is_some_and(|j| c.t(j) == "?")
}

/// Legal forms written after a comma ("Springfield Armory, Inc."), as
/// American companies write them. Not "SA" ("Adelaide, SA 5000" is South
/// Australia) nor "Co." ("Naas, Co. Kildare"). Not the dotted ones: "Smith, P.C."
/// is as often a surname and initials.
const COMMA_FORMS: &[&str] = &[
    "Inc",
    "LLC",
    "Ltd",
    "Limited",
    "Corp",
    "LLP",
    "LP",
    "LLLP",
    "PLLC",
    "PLC",
    "Incorporated",
];

/// Index after a legal form written after the comma at `k`, if one is.
fn comma_form(c: &Ctx<'_>, k: usize) -> Option<usize> {
    if !(c.is_punct(k, ",") && !c.toks[k].sp && c.same_line(k + 1)) {
        return None;
    }
    let t = c.toks.get(k + 1)?;
    if !t.sp {
        return None;
    }
    if COMMA_FORMS.contains(&c.t(k + 1)) {
        return match_org_suffix(c, k + 1);
    }
    // "Seguros Atalaya, S.A.": Spanish companies write their dotted form
    // after a comma too
    let end = match_org_suffix(c, k + 1)?;
    let form = &c.text[t.s..c.toks[end - 1].e];
    SPANISH_COMMA_FORMS.contains(&form).then_some(end)
}

/// Spanish legal forms written after a comma ("Seguros Atalaya, S.A.",
/// "Talleres Ródenas, S.L.").
const SPANISH_COMMA_FORMS: &[&str] = &[
    "S.A.",
    "S.L.",
    "S.A.U.",
    "S.L.U.",
    "S.L.L.",
    "S.L.P.",
    "S.L.N.E.",
    "S.A. de C.V.",
];

/// A capitalised "The" mid-sentence right before a company's name is part
/// of it ("from The Walt Disney Company"); at a sentence's start it is
/// only the article.
fn with_article(c: &Ctx<'_>, start: usize) -> usize {
    if start > 0 && c.t(start - 1) == "The" && c.same_line(start) && !c.sentence_start(start - 1) {
        start - 1
    } else {
        start
    }
}

/// Words after which lower-case particles belong to the name that follows
/// ("bij van Leeuwen NV", "offerte van van Evelingen BV"); after anything
/// else "van", "de" mean "of" ("Tamsma van Groen & Lieshout", "l'offre de
/// Pineau et Fils").
const PARTICLE_OPENERS: &[&str] = &[
    "bij", "bei", "met", "voor", "aan", "door", "naar", "en", "with", "at", "mit", "für", "van",
];

/// Particles that never start a company's name: articles ("bei der X
/// GmbH", "la X SA").
const ARTICLES: &[&str] = &[
    "der", "die", "das", "la", "le", "les", "du", "des", "del", "di",
];

/// "van der Leek BV", "bij van Leeuwen NV", "de Mol NV": the name's own
/// lower-case particles before `start`, taken after a line start, a colon,
/// a bracket, a comma (before "van") or one of [`PARTICLE_OPENERS`] (the
/// first of two "van" being the preposition).
fn leading_particles(c: &Ctx<'_>, start: usize) -> usize {
    let mut first = start;
    while first > 0
        && c.lower_in(first - 1, &PARTICLES)
        && !c.toks[first - 1].cap
        && c.same_line(first)
    {
        first -= 1;
    }
    for s in first..start {
        let open = s == 0
            || !c.same_line(s)
            || c.is_punct(s - 1, ":")
            || c.is_punct(s - 1, "(")
            // after a comma "de" is Spanish "of" ("Amaya Robles, de Hermanos
            // Gil S.A."), "van" still the name's own
            || c.is_punct(s - 1, ",") && c.lower_in(s, &["van", "von", "ter", "ten"])
            || c.lower_in(s - 1, PARTICLE_OPENERS);
        // ("door de Autoriteit Consument & Markt": "de" before a body's
        // word is the article)
        let body_word = || {
            let k = c.key(start);
            ORG_PREFIXES.holds(c.t(start))
                || is_common(k)
                || [
                    "autoriteit",
                    "dienst",
                    "instituut",
                    "bureau",
                    "raad",
                    "fonds",
                    "kamer",
                ]
                .iter()
                .any(|tail| k.ends_with(tail))
        };
        if open && !c.lower_in(s, ARTICLES) && !(c.lower_in(s, &["de", "het"]) && body_word()) {
            return s;
        }
    }
    start
}

/// German and Dutch articles, after which a capitalised word is a noun (not
/// "des", also French).
const NOUN_ARTICLES: &[&str] = &[
    "der", "die", "das", "dem", "den", "ein", "eine", "einem", "einer", "eines", "het", "een",
];

/// First token of the name whose last word is `last`, walking back over
/// capitalised words, "&" and name particles.
fn name_start(c: &Ctx<'_>, last: usize) -> usize {
    let mut start = last;
    let mut words = 1;
    while start > 0 && words < MAX_NAME_WORDS && c.same_line(start) {
        let p = start - 1;
        // ("International Game Technology Inc.", "Service Corporation
        // International": a legal form's word written as a word, inside
        // the name)
        // (not an institution's word: "Beneficiary Bank Deutsche Bank AG"
        // holds a label and a name)
        // (an institution's word too before another form's or business
        // word: "Claddagh Insurance Brokers Limited", "Petwise Insurance
        // Services Ltd", "Barclays Bank UK PLC")
        let inner_form = || {
            let t = c.t(p);
            t.len() >= 4
                && c.toks[p].cap
                && t.chars().skip(1).all(char::is_lowercase)
                && (!INSTITUTION_WORDS.contains(&t)
                    || p > 0
                        && c.is_cap(p - 1)
                        && c.same_line(p)
                        && (match_org_suffix(c, start).is_some()
                            || BUSINESS_WORDS.contains(c.key(start))
                            || COUNTRY_COMPANIES.contains(&c.t(start))))
        };
        if contract_between(c, p) {
            break;
        }
        // "Aangever: Van Rijn Customs Services B.V.", "Namens De Bonenbrander
        // B.V.": a capitalised particle right before the name opens its
        // surname, at a line's or a field's start or inside a sentence (at a
        // sentence's start it may be "from the", "the": "De Bank N.V.")
        if c.toks[p].cap
            && c.lower_in(p, OPENING_PARTICLES)
            && c.same_line(start)
            && (c.toks[p].nl
                || p == 0
                || c.is_punct(p - 1, ":")
                || c.lower_in(p - 1, &ORG_STOP)
                || !c.sentence_start(p))
            && !from_the_company(c, start)
            && !is_first_name(c.key(start))
        {
            // (a trade's word may come before: "Drukkerij Van Wijngaarden
            // B.V.", "Koninklijke Ten Cate N.V.")
            start = p;
            words += 1;
            continue;
        }
        if org_word(c, p)
            && !c.lower_in(p, &ORG_STOP)
            && (match_org_suffix(c, p).is_none() || inner_form())
        {
            // "Contact Acme Inc", "mit dem Lieferanten Kessler GmbH": a
            // common word at a sentence's start or a German or Dutch
            // noun after its article
            // ("Reparaturbericht unseres Servicepartners X GmbH": a German
            // noun after a German article or possessive)
            if is_common(c.key(p))
                && (c.sentence_start(p) && !c.lower_in(p, COMPASS_WORDS)
                    || p > 0 && c.lower_in(p - 1, NOUN_ARTICLES) && !is_surname(c.key(p)))
                || german_determiner_before(c, p)
                    && (is_german_plain_noun(c.key(p), c.t(p), 7)
                        || ORG_KINDS.holds(c.key(p))
                        // "die Tochtergesellschaft Alpinor Medical GmbH"
                        || said::kind_compound(c, p))
                    // ("für die Kreiskliniken Ostalb gGmbH": a public
                    // body's compound opens the name)
                    && !PUBLIC_BODY_TAILS.iter().any(|t| c.key(p).ends_with(t))
                // "unseren Partner | Kessler Bau GmbH", "our Partner | Kessler
                // Ltd": after a possessive a common word is the party's role
                || p > 0
                    && c.lower_in(p - 1, POSSESSIVES)
                    && (is_common(c.key(p)) || is_german_noun(c.key(p)))
                    && !is_surname(c.key(p))
                    && !ORG_PREFIXES.holds(c.t(p))
            {
                break;
            }
            start = p;
            words += 1;
        } else if p > 0
            && c.lower_in(p, &["y", "e", "et", "und", "en", "and"])
            && c.lower_in(start, FAMILY_FIRMS)
            && org_word(c, p - 1)
            && c.same_line(p)
        {
            // "Garrido e Hijos S.A.", "Martin et Fils SARL", "Bauer und
            // Söhne GmbH": a family firm's "and sons"
            start = p - 1;
            words += 1;
        } else if p > 0
            && c.lower_in(p, &["of"])
            && c.is_cap(p - 1)
            && matches!(c.t(p - 1), "City" | "County" | "Borough" | "Isle")
            && c.same_line(p)
        {
            // "City of York Council", "Royal Borough of Kingston Council"
            start = p - 1;
            words += 1;
        } else if c.is_punct(p, "&")
            && p > 0
            && match_org_suffix(c, p - 1).is_none()
            && org_word(c, p - 1)
            && c.same_line(p)
        {
            start = p - 1;
            words += 1;
        } else if elided_name(c, p) && p > 0 && org_word(c, p - 1) && c.same_line(p) {
            // "Immobiliare Conca d'Oro S.r.l.", "Vins Côte d'Azur SARL": an
            // elided "de" and its capitalised word inside the name
            start = p - 1;
            words += 2;
        } else if c.lower_in(p, &PARTICLES)
            && !c.toks[p].cap
            // ("ha costituito a Merate la Idraulica Vignati S.r.l.": an
            // article alone between two words, no surname's particle)
            && !(c.lower_in(p, &["la", "le", "lo", "les", "los", "las"])
                && !(p > 0 && c.lower_in(p - 1, &PARTICLES)))
        {
            // "Pruschke van der Dussen GmbH": at most two particles
            // between name words
            let mut q = p;
            let mut parts = 0;
            while q > 0 && parts < 2 && c.lower_in(q, &PARTICLES) && c.same_line(q) {
                q -= 1;
                parts += 1;
            }
            // "neemt Van der Meer Koeltransport B.V. over", "De la Rosa
            // S.L.": a capitalised particle, then lower-case ones, opens
            // a surname that names the firm
            let mut opening = p;
            while opening > 0
                && p - opening < 2
                && c.lower_in(opening - 1, &PARTICLES)
                && !c.toks[opening - 1].cap
                && c.same_line(opening)
            {
                opening -= 1;
            }
            // (opening a sentence "Von der", "De la" may be "from the":
            // "Von der Allianz SE erhielten wir…", see
            // [`from_the_company`])
            if opening > 0
                && c.same_line(opening)
                && c.toks[opening - 1].cap
                && c.lower_in(opening - 1, OPENING_PARTICLES)
                && (!c.sentence_start(opening - 1) || !from_the_company(c, start))
            {
                start = opening - 1;
                break;
            }
            // not across a person's name ("Madeleine Weiss de Gilbert SA")
            // nor across two capitalised words ("Magrit Henck von Warmer
            // AG") or a noun ("Rechnung von Klapp KG", "Paket von Heraeus SE",
            // "vor den Büros von Wolff & Müller")
            // ("Conservas Ría de Arousa S.A.": a trade that opens a name
            // is no given name)
            let trade_before = q > 0 && c.same_line(q) && ORG_PREFIXES.holds(c.t(q - 1));
            // ("die Vorstandsvorsitzende der Aurento AG", "im Eigentum der X
            // GmbH": a German noun before a genitive's article)
            // ("dem Beirat von Villeroy & Boch", "die Einkaufsstrategie von
            // Heckler & Koch": a German noun, short ones too, before "von")
            let noun_of = q + 1 == p
                && ((c.lower_in(p, &["der"]) || c.lower_in(p, &["des"]) && german_before(c, p))
                    && is_german_plain_noun(c.key(q), c.t(q), 7)
                    || c.lower_in(p, &["von", "vom"])
                        && c.toks[p].sp
                        && (is_german_noun(c.key(q)) || is_german_plain_noun(c.key(q), c.t(q), 7))
                        && !is_surname(c.key(q))
                        && !is_first_name(c.key(q))
                        && !ORG_PREFIXES.holds(c.t(q)));
            // ("Anteile an der Sterilux S.r.l.": a German noun before "an
            // der", "von der")
            let german_noun = c.lower_in(p, &["der", "den", "dem", "des"])
                && is_german_noun(c.key(q))
                && !is_surname(c.key(q))
                && !ORG_PREFIXES.holds(c.t(q));
            // ("Harinas Castellanas del Tajo, S.A.": two capitalised words
            // before a Romance "del" (of the), neither a given name nor a
            // surname, nor a third before them; before "de", "di" they are
            // mostly someone: "Greca Polesel di Acerbi Group")
            let romance_pair = q > 1
                && c.lower_in(p, &["del", "della", "dello", "du"])
                && q + 1 == p
                && !is_first_name(c.key(q - 1))
                && !is_surname(c.key(q - 1))
                && !is_first_name(c.key(q))
                && !is_surname(c.key(q))
                && !c.lower_in(q - 1, &TITLES)
                && !(c.is_cap(q - 2) && c.same_line(q - 1));
            let person_before = noun_of
                || german_noun
                || contract_between(c, q)
                || is_first_name(c.key(q))
                // (a signature's "Por", "Für" before the name is no word of it)
                || (q > 0
                    && c.is_cap(q - 1)
                    && c.same_line(q)
                    && !trade_before
                    && !romance_pair
                    && !c.lower_in(q - 1, &ORG_STOP))
                || (q > 1 && c.lower_in(q - 1, &PARTICLES) && c.is_cap(q - 2))
                // ("Energía Verde del Norte S.A.", "Aceros del Sur S.L.": a
                // capitalised word inside a sentence before "del" is the
                // name's)
                || is_common(c.key(q))
                    && (!c.lower_in(p, &["del", "della", "dello", "dei", "delle"])
                        || c.sentence_start(q))
                || c.lower_in(q, &INVOICE_WORDS)
                || c.lower_in(q, &GOODS_WORDS)
                || c.lower_in(q, PREMISES_OF);
            if org_word(c, q) && !c.lower_in(q, &PARTICLES) && c.same_line(q + 1) && !person_before
            {
                start = q;
                words += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    start
}

/// "Zwischen der Acme GmbH und …", "Entre Acme SAS et …", "Between Acme
/// Ltd and …": the word at `p` opens a contract's parties, a conjunction
/// following on its line ("Entre Nous SARL", "Tra Noi S.r.l." alone are
/// names).
fn contract_between(c: &Ctx<'_>, p: usize) -> bool {
    c.lower_in(
        p,
        &[
            "between", "among", "zwischen", "tussen", "entre", "tra", "fra",
        ],
    ) && (p + 2..(p + 40).min(c.toks.len()))
        .take_while(|&k| c.same_line(k))
        .any(|k| c.lower_in(k, &["and", "und", "et", "y", "e", "en"]))
}

/// "Von der Allianz SE", "Von den Stadtwerken Bonn GmbH", "De la
/// Constructora Hernández S.L.": the word at `m`, after particles opening a
/// sentence, begins a company's name of its own (a known company, a
/// business or institution word, a common word, a German noun or
/// adjective), so the particles are "from the", not a surname's.
fn from_the_company(c: &Ctx<'_>, m: usize) -> bool {
    let k = c.key(m);
    let two = m + 1 < c.toks.len()
        && c.same_line(m + 1)
        && is_known_company(&c.text[c.toks[m].s..c.toks[m + 1].e]);
    // (not a Dutch firm's surname that a company shares: "Van den Bosch
    // Transport B.V.", "Van der Linde Bouw B.V.")
    (is_known_company(c.t(m)) && !c.lower_in(m.saturating_sub(2), &["van"]))
        || two
        || ORG_PREFIXES.holds(c.t(m))
        || BUSINESS_WORDS.contains(k)
        || is_common(k)
        || is_german_noun(k)
        || is_german_plain_noun(k, c.t(m), 5)
        || k.starts_with("deutsch")
}

/// Particles that, capitalised, open a surname ("Van der Meer", "Von der
/// Heydt", "De la Rosa", "Ten Cate").
const OPENING_PARTICLES: &[&str] = &[
    "van", "von", "de", "di", "da", "del", "della", "ten", "ter", "du", "des", "dos",
];

/// The sons or children of a family firm's name ("Garrido e Hijos",
/// "Martin et Fils", "Bauer und Söhne", "Rossi e Figli", "Jansen en
/// Zonen", "Smith and Sons").
const FAMILY_FIRMS: &[&str] = &[
    "hijos", "hermanos", "fils", "frères", "söhne", "sohn", "figli", "fratelli", "zonen", "zoon",
    "sons", "brothers",
];

/// "X, Y and Z" without a suffix, and "University of X".
fn listed_and_prefixed(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    let mut i = 0;
    while i < n {
        if let Some((s, end)) = list_at_conj(c, i) {
            push(
                out,
                EntityType::Organization,
                c.toks[s].s,
                c.toks[end - 1].e,
                ORG_PARTNER_LIST,
                "org_list",
            );
            i = end;
            continue;
        }
        if let Some(last) = council_name_last(c, i)
            .or_else(|| municipality_last(c, i))
            .or_else(|| court_name_last(c, i))
            .or_else(|| acronym_place_last(c, i))
            .or_else(|| {
                // (most capitalised words open neither)
                let opener = c.is_cap(i) && BODY_OPENERS.contains(c.t(i));
                opener
                    .then(|| sentence_case_body_last(c, i).or_else(|| mission_last(c, i)))
                    .flatten()
            })
        {
            push(
                out,
                EntityType::Organization,
                c.toks[i].s,
                c.toks[last].e,
                ORG_PREFIX_OF,
                "org_prefix",
            );
            i = last + 1;
            continue;
        }
        // (most tokens open no name: the institution's checks only then)
        let prefixed = prefixed_name_last(c, i);
        let hyphened = prefixed.is_none() && hyphened_institution(c, i);
        if let Some((last, linked)) = prefixed.or_else(|| hyphened.then_some((i, false))) {
            let adjective_opens = adjective_opens_name(c, i);
            // ("Centraal Bureau voor de Statistiek", "Vlaams Instituut voor
            // de Logistiek": the body's adjective before it)
            let adjective = |j: usize| {
                let k = c.key(j);
                ["aal", "isch", "se", "s"]
                    .iter()
                    .any(|end| k.ends_with(end))
            };
            let start = if hyphened_institution(c, i)
                && i > 0
                && c.same_line(i)
                && c.is_cap(i - 1)
                && is_first_name(c.key(i - 1))
            {
                // "Robert Koch-Institut": the founder's given name before
                i - 1
            } else if adjective_opens {
                // "Technische Universität München", "Vrije Universiteit"
                i - 1
            } else if dutch_body(c, i)
                && i > 0
                && c.is_cap(i - 1)
                && c.same_line(i)
                && c.toks[i].sp
                && adjective(i - 1)
                && !c.lower_in(i - 1, &ORG_LEAD_STOP)
                && !c.lower_in(i - 1, &ORG_STOP)
            {
                i - 1
            } else {
                i
            };
            push(
                out,
                EntityType::Organization,
                c.toks[start].s,
                c.toks[last].e,
                // (the adjective and the town are more of a name than the
                // adjective and the institution word alone, a suffix match)
                if linked || adjective_opens && last > i {
                    ORG_PREFIX_OF
                } else {
                    ORG_PREFIX
                },
                "org_prefix",
            );
            i = last + 1;
            continue;
        }
        i += 1;
    }
}

/// Institution words that end a hyphened name ("Max-Planck-Institut",
/// "Otto-Hahn-Gymnasium", "Heinrich-Heine-Universität", "Robert
/// Koch-Institut").
const HYPHENED_INSTITUTIONS: &[&str] = &[
    "Institut",
    "Instituut",
    "Gymnasium",
    "Universität",
    "Hochschule",
    "Schule",
    "Realschule",
    "Gesamtschule",
    "Grundschule",
    "Klinik",
    "Klinikum",
    "Krankenhaus",
    "Stiftung",
    "Museum",
    "Akademie",
    "Zentrum",
    "Centrum",
    "Bibliothek",
    "Ziekenhuis",
    "College",
];

/// Token `i` is one capitalised word of hyphened parts ending in an
/// institution word ("Paul-Ehrlich-Institut", "Goethe-Gymnasium").
fn hyphened_institution(c: &Ctx<'_>, i: usize) -> bool {
    let t = c.t(i);
    c.is_cap(i)
        && t.len() <= 64
        && t.rsplit_once('-').is_some_and(|(head, tail)| {
            head.chars().next().is_some_and(char::is_uppercase)
                && HYPHENED_INSTITUTIONS.contains(&tail)
        })
}

/// "Hospital Universitario de Cabueñes", "Hospital del Mar", "Hospital
/// General de Alicante" (not "Hospital Orderly", "Hospital Manager": an
/// English job), and the Spanish State's offices.
fn spanish_public_body(c: &Ctx<'_>, i: usize) -> bool {
    // ("Dirección General de Tráfico", "Delegación del Gobierno",
    // "Delegación de Hacienda": the State's offices, not a company's
    // "Dirección Comercial", "Delegación Norte")
    let state_office = match c.t(i) {
        "Dirección" => c.lower_in(i + 1, &["general"]) && c.lower_in(i + 2, &["de", "del"]),
        "Delegación" => {
            c.lower_in(i + 1, &["del", "de"])
                && c.lower_in(i + 2, &["gobierno", "hacienda", "defensa", "economía"])
        }
        _ => false,
    };
    state_office && c.same_line(i + 2)
        || c.t(i) == "Hospital"
            && c.same_line(i + 1)
            && c.lower_in(
                i + 1,
                &[
                    "universitario",
                    "universitari",
                    "general",
                    "clínico",
                    "clínic",
                    "comarcal",
                    "provincial",
                    "regional",
                    "virgen",
                    "san",
                    "santa",
                    "nuestra",
                    "infanta",
                    "reina",
                    "de",
                    "del",
                ],
            )
}

/// Token `i`, an institution's word, is inside a name of capitalised words
/// mid-sentence ("Country Club Hills", "Real Club"), not opening one.
fn inside_name(c: &Ctx<'_>, i: usize) -> bool {
    c.t(i) == "Club" && i > 0 && c.same_line(i) && c.is_cap(i - 1) && !c.sentence_start(i - 1)
}

/// "Bundesministerium für Bildung", "Staatsministerium der Finanzen",
/// "Innenministerium des Landes": a German compound ending in
/// "ministerium" before its link.
fn ministry_compound(c: &Ctx<'_>, i: usize) -> bool {
    if !(c.same_line(i + 1) && matches!(c.t(i + 1), "für" | "der" | "des")) {
        return false;
    }
    let k = c.key(i);
    // ("des Bundesministeriums für Gesundheit")
    let k = k
        .strip_suffix('s')
        .filter(|_| genitive_bases(c, i).is_some())
        .unwrap_or(k);
    k.len() > "ministerium".len() + 2 && k.ends_with("ministerium")
}

/// Token `i` as a German genitive after "des", "eines" or "dieses" (a
/// capitalised adjective between: "des Bayerischen Landesamtes"), in a
/// German sentence: the word without its "es" and without its "s"
/// ("Landesamtes" → "Landesamt", "Finanzamts" → "Finanzamt",
/// "Bundesministeriums" → "Bundesministerium"). The name keeps the form
/// written.
fn genitive_bases<'a>(c: &Ctx<'a>, i: usize) -> Option<[&'a str; 2]> {
    let t = c.t(i);
    if !(c.is_cap(i) && t.len() > 5 && t.ends_with('s') && i > 0 && c.same_line(i)) {
        return None;
    }
    let mut d = i - 1;
    if c.is_cap(d) && c.t(d).ends_with("en") && d > 0 && c.same_line(d) {
        d -= 1;
    }
    let base = &t[..t.len() - 1];
    let bases = [base.strip_suffix('e').unwrap_or(base), base];
    // (French "des" before a plural: "Fédération des Caisses"; a German
    // word's ending says German where the sentence has no German word
    // before: "Die Bescheinigung des Finanzamts")
    let german_word = || {
        bases.iter().any(|b| {
            [
                "amt", "ium", "kum", "kreis", "verein", "verband", "werk", "haus", "rat",
            ]
            .iter()
            .any(|end| b.ends_with(end))
        })
    };
    (c.lower_in(d, &["des", "eines", "dieses"]) && (german_before(c, d) || german_word()))
        .then_some(bases)
}

/// Ends of German compounds naming a body before "für" and its fields
/// ("Bundesinstitut für Arzneimittel und Medizinprodukte",
/// "Schlichtungsstelle für den öffentlichen Personenverkehr",
/// "Landesbeauftragte für Datenschutz und Informationsfreiheit").
const FIELD_BODY_TAILS: &[&str] = &[
    "institut",
    "amt",
    "anstalt",
    "stelle",
    "beauftragte",
    "zentrale",
    "kammer",
    "verband",
    "agentur",
    "behörde",
    "zentrum",
];

/// Token `i` is a German compound of [`FIELD_BODY_TAILS`] before "für" (in
/// the genitive too: "des Bundesinstituts für …").
fn field_body_compound(c: &Ctx<'_>, i: usize) -> bool {
    if !(c.is_cap(i) && c.same_line(i + 1) && c.t(i + 1) == "für") {
        return false;
    }
    let k = c.key(i);
    let k = k
        .strip_suffix('s')
        .filter(|_| genitive_bases(c, i).is_some())
        .unwrap_or(k);
    // (a desk or a centre is a body's only as the State's or an arbiter's:
    // "Schlichtungsstelle für …", not "Beratungsstelle für
    // Schwangerschaftskonflikte", "Fitnesszentrum für Senioren")
    let generic = |tail: &str| {
        matches!(tail, "stelle" | "zentrum")
            && !["bundes", "landes", "schlichtungs"]
                .iter()
                .any(|p| k.starts_with(p))
    };
    FIELD_BODY_TAILS
        .iter()
        .any(|tail| k.len() > tail.len() + 2 && k.ends_with(tail) && !generic(tail))
}

/// Sports clubs' abbreviations before their town ("TSV Oberlenningen", "SV
/// Dettingen/Teck", "VfB Stuttgart", "FC Bayern München", "UD Alginet", "CD
/// Benifaió", "AC Pavia", "ASD Pallavolo Valtellina").
const CLUB_ABBREVIATIONS: &[&str] = &[
    "FC", "SV", "TSV", "VfB", "VfL", "TuS", "SpVgg", "TSG", "FSV", "SSV", "BSC", "TuRa", "UD",
    "CD", "CF", "SD", "RCD", "AC", "ASD", "SSD", "SC", "SG", "HSG", "CB", "DJK", "FV", "ESV",
    "PSV", "RSV", "VV",
];

/// Words of clubs' names after their letters ("TSV Eintracht
/// Hohenlimburg", "VfL Borussia Mönchengladbach") and words that open
/// them ("Atlético Torrepinar", "Athletic Bilbao").
const CLUB_NAME_WORDS: &[&str] = &[
    "Eintracht",
    "Borussia",
    "Fortuna",
    "Alemannia",
    "Germania",
    "Concordia",
    "Viktoria",
    "Victoria",
    "Arminia",
    "Union",
    "Teutonia",
    "Olympia",
    "Sportfreunde",
    "Rot-Weiss",
    "Rot-Weiß",
    "Blau-Weiß",
    "Blau-Weiss",
    "Grün-Weiß",
    "Schwarz-Weiß",
    "Preußen",
    "Atlético",
    "Atletico",
    "Athletic",
    "Deportivo",
    "Sportiva",
];

/// Token `j` is a lower-case German adjective before a capitalised word
/// on its line ("angewandte Wissenschaften", "ländliche Räume").
fn german_field_adjective(c: &Ctx<'_>, j: usize) -> bool {
    c.is_word(j)
        && !c.toks[j].cap
        && !c.toks[j].upper
        && c.same_line(j)
        && c.same_line(j + 1)
        && c.is_cap(j + 1)
        && c.t(j).len() >= 5
        && ["e", "en", "er", "es"].iter().any(|e| c.t(j).ends_with(e))
        && !c.lower_in(
            j,
            &[
                "unter", "über", "gegen", "hinter", "wieder", "sowie", "oder",
            ],
        )
}

/// Institution words a university's adjective may open ("Technische
/// Universität", "Freie Universität", "Medizinische Hochschule", "Vrije
/// Universiteit").
const UNIVERSITY_WORDS: &[&str] = &[
    "universität",
    "universiteit",
    "hochschule",
    "fachhochschule",
    "hogeschool",
    "akademie",
    "academie",
];

/// Token `i`, an institution word of [`UNIVERSITY_WORDS`], a German
/// ministry or office, has a capitalised adjective of its name before it
/// ("Technische", "Freien", "Pädagogische", "Vrije", "Bayerisches
/// Staatsministerium für …") on its line.
fn adjective_opens_name(c: &Ctx<'_>, i: usize) -> bool {
    if !(i > 0
        && (c.lower_in(i, UNIVERSITY_WORDS)
            || ORG_PREFIXES.holds(c.t(i))
                && c.lower_in(i - 1, &["real", "ilustre", "excelentísimo"])
            || c.key(i).ends_with("ministerium") && c.lower_in(i + 1, &["für", "der", "des"])
            // ("Bayerisches Landesamt für Umwelt", "des Bayerischen
            // Landesamtes für Umwelt", "Statistisches Landesamt")
            || ["amt", "amtes", "amts", "ministeriums"]
                .iter()
                .any(|end| c.key(i).ends_with(end))
                && (ORG_PREFIXES.holds(c.t(i)) || ministry_compound(c, i) || genitive_bases(c, i).is_some()))
        && c.same_line(i)
        && c.is_cap(i - 1))
    {
        return false;
    }
    let k = c.key(i - 1);
    // ("Real Federación Española de Balonmano", "Ilustre Colegio Notarial
    // de Andalucía")
    if matches!(
        k,
        "real" | "ilustre" | "excelentísimo" | "pontificia" | "pontificio"
    ) && ORG_PREFIXES.holds(c.t(i))
    {
        return true;
    }
    ["ische", "ischen", "isches", "liche", "lichen"]
        .iter()
        .any(|end| k.len() > end.len() + 2 && k.ends_with(end))
        || matches!(
            k,
            "freie" | "freien" | "vrije" | "open" | "offene" | "offenen"
        )
}

/// Ends of German compounds that name a public body or an institution
/// ("Stadtverwaltung", "Polizeiinspektion", "Landratsamt").
const PUBLIC_BODY_TAILS: &[&str] = &[
    // (water boards, transport companies and foundations of a district:
    // "Wasserverband Heidekreis", "Verkehrsgesellschaft Westpfalz",
    // "Bürgerstiftung Dresden", "Studierendenwerk Hamburg")
    "verband",
    "verbund",
    "verkehrsgesellschaft",
    "stiftung",
    "werk",
    "universität",
    "universiteit",
    "verwaltung",
    "amt",
    "inspektion",
    "direktion",
    "präsidium",
    "behörde",
    "kammer",
    "klinikum",
    "klinik",
    "kliniken",
    "krankenhaus",
    "bibliothek",
    "museum",
    "theater",
    "werke",
    "betriebe",
    "schule",
    "hochschule",
    "feuerwehr",
    "polizei",
    "agentur",
    "anstalt",
    // Dutch ("Havenbedrijf Rotterdam", "Koeltechniek Brabant",
    // "Ziekenhuis Amstelland")
    "bedrijf",
    "techniek",
    "ziekenhuis",
    "politie",
    "brandweer",
    "bibliotheek",
];

/// "Stadtverwaltung Freiburg", "Polizeiinspektion Erding": a German
/// compound of eight letters or more ending in a public body's word, right
/// before a known place.
fn public_body_before_place(c: &Ctx<'_>, i: usize) -> bool {
    if !(c.is_cap(i + 1) && c.same_line(i + 1)) {
        return false;
    }
    let k = c.key(i);
    // ("des Landratsamtes Ravensburg", "des Universitätsklinikums Freiburg")
    let k = match genitive_bases(c, i) {
        Some(_) => k
            .strip_suffix("es")
            .filter(|b| PUBLIC_BODY_TAILS.iter().any(|tail| b.ends_with(tail)))
            .or_else(|| k.strip_suffix('s'))
            .unwrap_or(k),
        None => k,
    };
    k.chars().nth(7).is_some()
        && k.len() <= 64
        && c.is_cap(i + 1)
        && c.same_line(i + 1)
        && district_like(c.key(i + 1))
        // (a long tail may be the whole word: "Verkehrsgesellschaft")
        && PUBLIC_BODY_TAILS
            .iter()
            .any(|tail| k.ends_with(tail) && (k.len() > tail.len() + 2 || tail.len() >= 12))
}

/// A known place, a part of one named by its side ("Westpfalz",
/// "Nordhessen", "Oberfranken") or a German district ("Heidekreis",
/// "Rhein-Sieg-Kreis"), the place a body's compound is named after.
fn district_like(k: &str) -> bool {
    is_place(k).is_some()
        || [
            "west", "ost", "nord", "süd", "ober", "nieder", "unter", "mittel",
        ]
        .iter()
        .any(|side| {
            k.strip_prefix(side)
                .is_some_and(|rest| rest.len() > 3 && is_place(rest).is_some())
        })
        || k.len() > 7 && k.ends_with("kreis") && !is_common(k)
}

/// Councils and chambers whose names hold lower-case words before their
/// place ("Conseil départemental de l'Ariège", "Chambre de commerce et
/// d'industrie de Lyon", "Camera di commercio di Bari", "Consiglio
/// regionale della Lombardia"). (Courts: [`court_name_last`].)
const COUNCIL_HEADS: &[&str] = &[
    "Conseil",
    "Chambre",
    "Consejo",
    "Consiglio",
    "Camera",
    "Cámara",
];

/// Links between a council's words and before its place.
const COUNCIL_LINKS: &[&str] = &[
    "de", "d'", "du", "des", "la", "l'", "del", "lo", "di", "della", "dello", "dei", "dell'",
    "dell’",
];

/// Last token of a council's or chamber's name opened by a word of
/// [`COUNCIL_HEADS`] at `i`: lower-case words and links, then a link and the
/// capitalised words of its place, within ten tokens on the line.
fn council_name_last(c: &Ctx<'_>, i: usize) -> Option<usize> {
    if !(c.is_cap(i) && COUNCIL_HEADS.contains(&c.t(i))) {
        return None;
    }
    // (the word, or after an elided article: "d'administration")
    let board = |j: usize| c.lower_in(j, BOARD_WORDS) || elided_in(c, j, BOARD_WORDS);
    let mut last = None;
    // lower-case words other than links ("départemental", "commerce")
    let mut words = 0;
    let mut j = i + 1;
    while j < c.toks.len() && j <= i + 10 && c.same_line(j) && !board(j) {
        if c.is_cap(j) {
            // a place after a link
            if !c.lower_in(j - 1, COUNCIL_LINKS) && last != Some(j - 1) {
                break;
            }
            last = Some(j);
        } else if !(c.lower_in(j, COUNCIL_LINKS)
            || last.is_none() && c.lower_in(j, &["et", "e", "y"]))
        {
            // a lower-case word other than a link: at most two, before the
            // place, and right after the head an adjective ("Conseil
            // départemental", not "Consejo acuerda aceptar")
            let adjective = || {
                let k = c.key(j);
                ADJECTIVE_ENDINGS.iter().any(|end| k.ends_with(end))
            };
            if last.is_some()
                || !c.is_word(j)
                || c.toks[j].upper
                || words == 2
                || j == i + 1 && !adjective()
            {
                break;
            }
            words += 1;
        }
        j += 1;
    }
    // (the board's word ends it: "Consiglio di Amministrazione di X")
    if j < c.toks.len() && c.same_line(j) && board(j) {
        return None;
    }
    let last = last?;
    // a council qualified by its adjective ("Conseil départemental", not
    // "Conseil de Julie", "Consejo de Juan"); a chamber of trade ("Chambre
    // de commerce", not "Chambre double de l'Hôtel Mercure", "Cámara
    // digital de Sony"); no person nor company as its place
    let council = matches!(c.t(i), "Conseil" | "Consejo" | "Consiglio");
    // ("Conseil de prud'hommes de Lorient": a link, then its field)
    let field = |j: usize| c.is_word(j) && !c.toks[j].cap && !c.lower_in(j, COUNCIL_LINKS);
    // ("Conseil de Paris": its town)
    let qualified = if council {
        field(i + 1)
            || c.lower_in(i + 1, COUNCIL_LINKS)
                && (field(i + 2) || is_place(c.key(i + 2)).is_some())
    } else {
        (i + 1..=last).any(|k| c.lower_in(k, CHAMBER_FIELDS))
    };
    // (a given name alone as the place: "Consejo de Juan"; "Reggio Emilia"
    // is a place, and so is a region after an article: "Camera di
    // Commercio dell'Emilia")
    let someone = (i + 1..=last).any(|k| {
        c.lower_in(k, &TITLES)
            || is_known_company(c.t(k))
            || c.is_cap(k)
                && is_first_name(c.key(k))
                && is_place(c.key(k)).is_none()
                && !c.is_cap(k - 1)
                && !c.lower_in(k - 1, &["dell'", "dell’"])
                && !(k < last && c.is_cap(k + 1))
    });
    (qualified && !someone).then_some(last)
}

/// What a chamber is of: trade, industry, crafts, farming, arbitration.
const CHAMBER_FIELDS: &[&str] = &[
    "commerce",
    "commercio",
    "comercio",
    "industrie",
    "industria",
    "métiers",
    "artisanat",
    "agriculture",
    "agricoltura",
    "agricultura",
    "arbitrage",
    "arbitrato",
    "arbitraje",
    "navegación",
    "navigation",
    "notaires",
    "comptes",
    "avocats",
    "huissiers",
];

/// Last token of the capitalised words from `j` on, each after a space on
/// its line: a place's words ("Reggio Emilia", "Buenos Aires", "Grand
/// Est"), whose run the caller looks up.
fn capitalised_run_end(c: &Ctx<'_>, j: usize) -> usize {
    let mut end = j;
    while c.is_cap(end + 1) && c.same_line(end + 1) && c.toks[end + 1].sp {
        end += 1;
    }
    end
}

/// Last token of a German town's name going on after token `j` with "am",
/// "an", "im" or "ob" ("Frankfurt am Main", "Halle an der Saale",
/// "Rothenburg ob der Tauber"): the capitalised word after it, or after
/// "der", on the line.
fn town_name_goes_on(c: &Ctx<'_>, j: usize) -> Option<usize> {
    if !(c.lower_in(j, &["am", "an", "im", "ob"]) && c.same_line(j + 1)) {
        return None;
    }
    if c.is_cap(j + 1) {
        Some(j + 1)
    } else if c.lower_in(j + 1, &["der"]) && c.is_cap(j + 2) && c.same_line(j + 2) {
        Some(j + 2)
    } else {
        None
    }
}

/// Letters in capitals that are no body's before a place: currencies, time
/// zones, trains, officers, bank and file codes, trade registers and tax
/// numbers ("RCS Bordeaux", "REA Milano"), Incoterms ("DAP Bergen").
const NOT_BODY_ACRONYMS: &[&str] = &[
    "EUR", "USD", "GBP", "CHF", "CET", "CEST", "UTC", "GMT", "BST", "ICE", "TGV", "AVE", "RER",
    "TER", "CEO", "CFO", "COO", "CTO", "VAT", "PDF", "IBAN", "BIC", "SWIFT", "ZIP", "PLZ", "HRB",
    "HRA", "FAO", "ATTN", "TEL", "FAX", "VIA", "REF", "SMS", "GPS", "RCS", "RPM", "TVA", "SIRET",
    "SIREN", "APE", "NAF", "REA", "IVA", "CIF", "NIF", "NIE", "DNI", "BTW", "KVK", "UST", "EXW",
    "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "PDG", "DRH", "DAF", "DSI",
    "DAT", "DDU", "DEQ", "DES", "MEZ", "MESZ", "EST", "EDT", "PST", "PDT", "CST", "HNE", "JPY",
    "SEK", "NOK", "DKK", "CAD", "AUD", "PLN", "CZK", "HUF", "NYSE", "XETRA", "DAX", "MDAX", "ATX",
    "CAC", "AEX", "IBEX", "MIB", "FTSE", "SMI", "IAA", "ITB", "IFA", "BAU", "CES", "MWC", "ATP",
    "WTA", "NFL", "NBA", "IRE", "RJX", "MEX", "FLX", "BTS", "DUT", "ATECO", "EORI", "DPO", "CIO",
    "CISO", "DGS", "ISO", "INFO", "NEWS", "UPDATE", "HBF",
];

/// Bodies' letters that are also given names or surnames ("CHU de
/// Nantes"; not "ANNE de Bretagne", "IRIS de Nantes").
const NAMED_LIKE_PEOPLE: &[&str] = &["CHU", "CHR", "CHI", "ASL", "ASP", "ARS", "CAF"];

/// The links between a body's letters and its place ("CHU de Nantes").
const PLACE_LINKS: &[&str] = &["de", "des", "du", "di", "del", "della", "dei"];

/// [`PLACE_LINKS`] and the elided ones ("CAF d'Indre-et-Loire").
const PLACE_LINKS_ALL: &[&str] = &[
    "de", "des", "du", "di", "del", "della", "dei", "d'", "d’", "dell'", "dell’",
];

/// Known bodies' letters with an office in each département, province or
/// region, named with it ("CPAM de la Gironde", "URSSAF de Bourgogne",
/// "CGIL di Bologna", "CCOO de Andalucía"): read with their place after a
/// link although the known-company list holds them.
const BRANCHED_BODIES: &[&str] = &[
    "CPAM", "CAF", "URSSAF", "MSA", "CCI", "CMA", "CROUS", "DDFIP", "DRFIP", "ARS", "SDIS", "SAMU",
    "CHU", "UDAF", "ADIL", "CAUE", "INPS", "INAIL", "ASL", "AUSL", "ATS", "ASST", "ULSS", "CGIL",
    "CISL", "UIL", "CCOO", "UGT", "CGT", "CFDT", "ACI", "CNA", "SEPE", "INSS", "TGSS", "AEAT",
];

/// Last token of a body named by its acronym and its place ("CVUA
/// Sigmaringen", "HTW Dresden", "ARPA Piemonte", "GGD IJsselland", "CHU de
/// Nantes", "CPAM des Vosges", "ASL di Pescara", "DREETS Grand Est"): three
/// to six capitals (not a currency's or an officer's), then a known place,
/// not a country, or a link and one.
fn acronym_place_last(c: &Ctx<'_>, i: usize) -> Option<usize> {
    let t = c.t(i);
    // (two letters only for technical universities and colleges: "TU
    // Delft", "FH Aachen"; never a Dutch postcode's: "1483 FH Akersloot")
    if dutch_postcode_letters(c, i) {
        return None;
    }
    if !(c.toks[i].upper
        && ((3..=6).contains(&t.len()) || matches!(t, "TU" | "FH"))
        && t.bytes().all(|b| b.is_ascii_uppercase())
        && !NOT_BODY_ACRONYMS.contains(&t)
        // (a known company's town is where its office is: "IBM London";
        // a given name, a surname or a word in capitals: "VICTOR Delgado",
        // "Jean BLANC Paris", "GRÜSSE AUS MÜNCHEN")
        // (but a body with an office in each département or province, by
        // its link: "CPAM de la Gironde", "URSSAF de Bourgogne", "CAF de
        // l'Isère", "CGIL di Bologna")
        && (!is_known_company(t)
            || BRANCHED_BODIES.contains(&t) && c.lower_in(i + 1, PLACE_LINKS_ALL))
        // (a given name before a surname; not "CHU de Nantes", whose letters
        // are a given name's and a surname's too)
        && (c.lower_in(i + 1, PLACE_LINKS) && NAMED_LIKE_PEOPLE.contains(&t)
            || !is_first_name(c.key(i)))
        && !(is_surname(c.key(i)) && !NAMED_LIKE_PEOPLE.contains(&t)
            && (i == 0
                || !c.same_line(i)
                || c.is_cap(i - 1)
                    && is_first_name(c.key(i - 1))
                    && !c.lower_in(i - 1, ARTICLES_ALL)
                || c.toks[i - 1].upper))
        && !is_common(c.key(i))
        && !c.lower_in(i, &PARTICLES)
        // (a legal form before its company's town: "Auchan SNC de Dole")
        && !SUFFIX_SET.contains(t)
        && match_org_suffix(c, i).is_none())
    {
        return None;
    }
    let on = |j: usize| c.same_line(j) && c.toks[j].sp;
    let mut j = i + 1;
    let mut elided = false;
    if on(j) && c.lower_in(j, PLACE_LINKS) {
        j += 1;
        // ("de la Gironde", "de l'Isère")
        if c.t(j - 1) == "de" && on(j) && c.lower_in(j, &["la", "l'", "l’"]) {
            elided = c.t(j) != "la";
            j += 1;
        }
    } else if on(j) && c.lower_in(j, &["d'", "d’", "dell'", "dell’"]) {
        // ("CAF d'Indre-et-Loire", "ASL dell'Alto Adige")
        elided = true;
        j += 1;
    }
    if !(c.is_cap(j) && c.same_line(j) && (c.toks[j].sp || elided)) {
        return None;
    }
    // the place's words ("Grand Est", "Reggio Emilia")
    let last = capitalised_run_end(c, j);
    let words: Vec<usize> = (j..=last).collect();
    let place = |k: &str| is_place(k).is_some() && !crate::gazetteer::GAZ.countries.contains(k);
    // (the place's words and nothing more: "ION Media Networks" is a name)
    let last = if last > j && place(&c.run_key(&words)) {
        last
    } else if last == j && place(c.key(j)) {
        j
    } else {
        return None;
    };
    // a company's name with its legal form after ("DOVO Solingen GbR",
    // "SACMI Imola S.C.": the form's rule reads it), a journey's start ("con
    // CLH de Badalona a Segovia"), a person ("Le PDG Malo Landry")
    let form_after = match_org_suffix(c, last + 1).is_some() || comma_form(c, last + 1).is_some();
    let journey = c.lower_in(
        last + 1,
        &["a", "to", "nach", "naar", "à", "al", "au", "bis", "tot"],
    ) && c.is_cap(last + 2)
        && c.same_line(last + 2);
    let person = is_first_name(c.key(j)) && c.is_cap(j + 1) && c.same_line(j + 1);
    // (an airport's letters on a flight's line: "Flug LH 2034 von MUC
    // München", "Boarding for LHR London", "Vuelo de MAD Madrid")
    let flight = (line_start(c, i)..i).any(|k| {
        c.lower_in(
            k,
            &[
                "flug",
                "abflug",
                "ankunft",
                "umsteigen",
                "weiterflug",
                "flight",
                "boarding",
                "departure",
                "arrival",
                "gate",
                "vol",
                "volo",
                "vuelo",
                "vlucht",
                "vertrek",
                "aankomst",
                "départ",
                "arrivée",
                "partenza",
                "arrivo",
                "salida",
                "llegada",
            ],
        )
    });
    if form_after || journey || person || flight {
        return None;
    }
    // a district's number ("ASL Roma 1", "ASL Napoli 2 Nord")
    // (not an hour: "CDG Paris 14:35")
    let numbered = c
        .toks
        .get(last + 1)
        .is_some_and(|t| t.kind == Kind::Num && t.sp && !t.nl && c.t(last + 1).len() <= 2)
        && !c.is_punct(last + 2, ":")
        && !c.is_punct(last + 2, ".");
    Some(if numbered { last + 1 } else { last })
}

/// Embassies and consulates, named by their country and then, for a
/// consulate, their town.
const MISSIONS: &[&str] = &[
    "Embassy",
    "Consulate",
    "Consulate-General",
    "Embajada",
    "Consulado",
    "Ambassade",
    "Consulat",
    "Ambasciata",
    "Consolato",
    "Botschaft",
    "Generalkonsulat",
    "Konsulat",
    "Consulaat",
    "Consulaat-generaal",
];

/// Last token of an embassy's or a consulate's name opened at `i`: its
/// word, "General" or its like, a link and its country ("Embassy of the
/// United States", "Botschaft der Republik Kasachstan", "Ambasciata
/// d'Italia"), then the town after a preposition ("Consulado General de
/// España en Bogotá", "Consulat général de France à Rabat", "Ambasciata
/// d'Italia a Belgrado").
fn mission_last(c: &Ctx<'_>, i: usize) -> Option<usize> {
    if !(c.is_cap(i) && MISSIONS.contains(&c.t(i))) {
        return None;
    }
    let n = c.toks.len();
    let on = |j: usize| j < n && c.same_line(j);
    let mut j = i + 1;
    if on(j) && c.lower_in(j, &["general", "général", "generale", "generaal"]) {
        j += 1;
    }
    // the country: after a link and an article, or written with the link
    // ("d'Italia"); its capitalised words, "Republik", "United" and the like
    // included
    let country_from = if on(j) && elided_name(c, j) {
        j
    } else if on(j)
        && c.lower_in(
            j,
            &[
                "of", "de", "di", "der", "van", "du", "del", "des", "d'", "d’",
            ],
        )
    {
        let mut k = j + 1;
        while on(k) && c.lower_in(k, &["the", "la", "l'", "l’", "les", "los", "las"]) {
            k += 1;
        }
        k
    } else {
        return None;
    };
    let mut last = None;
    let mut k = country_from;
    while on(k) && k < country_from + 4 && (c.is_cap(k) || k == country_from && elided_name(c, k)) {
        let key = c.key(k);
        let key = key.get(elision_len(key)..).unwrap_or(key);
        let words: Vec<usize> = (country_from..=k).collect();
        if crate::gazetteer::GAZ.countries.contains(key)
            || k > country_from
                && crate::gazetteer::GAZ
                    .countries
                    .contains(c.run_key(&words).as_str())
            || is_place(key).is_some()
        {
            last = Some(k);
        }
        k += 1;
    }
    let mut last = last?;
    // the town of a consulate ("en Bogotá", "à Rabat", "in Munich", "te
    // Antwerpen"), and of an embassy as the Romance languages name it
    // ("Ambasciata d'Italia a Belgrado"; the "Botschaft der Republik
    // Kasachstan in Berlin" is where it is)
    let consulate = c.t(i).to_lowercase().contains("consul") || c.t(i).contains("onsulat");
    if on(last + 1)
        && (consulate || c.lower_in(last + 1, &["en", "à", "a"]))
        && c.lower_in(last + 1, &["en", "à", "a", "in", "te", "at"])
        && c.is_cap(last + 2)
        && on(last + 2)
        // (a town the lists lack, in its own language: "a Belgrado")
        && (is_place(c.key(last + 2)).is_some() || !is_common(c.key(last + 2)))
    {
        // (a town of more words: "en Buenos Aires")
        let town = last + 2;
        let end = capitalised_run_end(c, town);
        let words: Vec<usize> = (town..=end).collect();
        last = if end > town && is_place(&c.run_key(&words)).is_some() {
            end
        } else {
            town
        };
    }
    Some(last)
}

/// Public bodies and institutions of French, Italian and Spanish named in
/// sentence case: their word, their field in lower-case words, then their
/// place ("Direction départementale des finances publiques de la Loire",
/// "Service de la publicité foncière de Bordeaux", "Ufficio delle Dogane di
/// Como", "Provincia autonoma di Trento").
/// (Councils and chambers: [`council_name_last`]; courts:
/// [`court_name_last`].)
const SENTENCE_CASE_BODIES: &[&str] = &[
    "Direction",
    "Service",
    "Laboratoire",
    "Centre",
    "Agence",
    "Syndicat",
    "Caisse",
    "Maison",
    "Office",
    "Institut",
    "Établissement",
    "Fédération",
    "Union",
    "Communauté",
    "Ordre",
    "Lycée",
    "Collège",
    "Ufficio",
    "Direzione",
    "Azienda",
    "Agenzia",
    "Istituto",
    "Ispettorato",
    "Provincia",
    "Servizio",
    "Centro",
    "Ente",
    "Consorzio",
    "Soprintendenza",
    "Dirección",
    "Subdelegación",
    "Servicio",
    "Agencia",
    "Instituto",
    "Inspección",
];

/// Words of [`SENTENCE_CASE_BODIES`] that also name a company's units
/// ("Service client de Lyon", "Centro logístico de Zaragoza", "Dirección
/// comercial de Valencia", "Oficina principal de Bilbao"): a body only with
/// a word of the State's fields ([`PUBLIC_FIELD_STEMS`]).
const UNIT_HEADS: &[&str] = &[
    "Direction",
    "Service",
    "Laboratoire",
    "Centre",
    "Agence",
    "Maison",
    "Office",
    "Institut",
    "Établissement",
    "Ufficio",
    "Direzione",
    "Agenzia",
    "Istituto",
    "Servizio",
    "Centro",
    "Dirección",
    "Servicio",
    "Agencia",
    "Instituto",
];

/// Beginnings of the words that say a body is the State's, a region's or a
/// town's: its level ("départementale", "provinciale", "estatal"), or its
/// field (public finances, taxes, customs, health, justice, farming,
/// employment, water, the environment, land records, accounts). Not
/// labour nor finance: "Centro de trabajo de Sevilla" is a workplace, "la
/// Direction financière de Nantes de notre groupe" a company's unit.
const PUBLIC_FIELD_STEMS: &[&str] = &[
    "départemental",
    "régional",
    "regional",
    "national",
    "nazional",
    "nacional",
    "général",
    "generale",
    "provincial",
    "territorial",
    "municipal",
    "comunal",
    "communal",
    "public",
    "pubblic",
    "públic",
    "hospitali",
    "ospedalier",
    "universitai",
    "universitari",
    "sanitari",
    "métropolitain",
    "metropolitan",
    "autonom",
    "estatal",
    "statal",
    "tributari",
    "impôt",
    "impost",
    "dogan",
    "douan",
    "aduan",
    "santé",
    "sanità",
    "salud",
    "justic",
    "giustizi",
    "agricult",
    "agricol",
    "agrari",
    "emploi",
    "empleo",
    "impiego",
    "eau",
    "acque",
    "aguas",
    "environnement",
    "ambient",
    "gobierno",
    "governo",
    "gouvernement",
    "hacienda",
    "foncièr",
    "comptab",
    "analyse",
    "analisi",
    "état",
    "estado",
    "stato",
    "prévention",
    "prevenzione",
    "protection",
    "protezione",
    "sécurité",
    "sicurezza",
    "seguridad",
    "social",
];

/// Words that end a sentence-case body's field: the sentence goes on
/// ("Service de la ville a décidé …", "Centro di raccolta per i rifiuti").
const FIELD_STOPS: &[&str] = &[
    "a", "à", "au", "aux", "en", "par", "pour", "avec", "sur", "dans", "qui", "que", "est", "sont",
    "ha", "hanno", "è", "per", "con", "su", "nel", "nella", "che", "por", "para", "es", "son",
    "han", "se", "si", "un", "une", "uno", "una",
];

/// Last token of a body named in sentence case opened by a word of
/// [`SENTENCE_CASE_BODIES`] at `i`: at least one lower-case word of its
/// field (capitalised words of it too: "Ufficio delle Dogane di Como"),
/// joined by links, then a link and a known place ending it, within
/// fourteen tokens on the line.
fn sentence_case_body_last(c: &Ctx<'_>, i: usize) -> Option<usize> {
    // (inside another name: "El Corte Inglés de Gijón")
    if !(c.is_cap(i) && SENTENCE_CASE_BODIES.contains(&c.t(i)))
        || i > 0 && c.same_line(i) && c.is_cap(i - 1) && !c.sentence_start(i - 1)
    {
        return None;
    }
    // the Government's sub-delegations name their province after "en"
    // ("Subdelegación del Gobierno en Cádiz"; a delegation or an office of
    // a body is no body of its own: "Delegación Territorial de Burgos",
    // "Oficina de Empleo de Getafe")
    let en = c.t(i) == "Subdelegación";
    let link = |j: usize| {
        c.lower_in(j, COUNCIL_LINKS)
            || c.lower_in(j, &["le", "les", "los", "las", "el", "al", "all'", "all’"])
            || en && c.lower_in(j, &["en"])
    };
    let place_word = |j: usize| {
        let k = c.key(j);
        let k = if elided_name(c, j) {
            &k[elision_len(k)..]
        } else {
            k
        };
        is_place(k).is_some()
    };
    let n = c.toks.len();
    let mut fields = 0;
    let mut j = i + 1;
    let mut last = None;
    while j < n && j <= i + 14 && c.same_line(j) {
        let after_link = link(j - 1) || elided_name(c, j);
        if (c.is_cap(j) || elided_name(c, j)) && after_link && place_word(j) {
            // the place: its capitalised words when they name it together
            // ("di Reggio Emilia"; "de Nantes Professeur …" ends at Nantes)
            let mut k = capitalised_run_end(c, j);
            // ("de Castilla y León": a place's name joined by "y")
            if k == j
                && c.lower_in(j + 1, &["y", "i", "e", "et"])
                && c.is_cap(j + 2)
                && c.same_line(j + 2)
                && is_place(&c.run_key(&[j, j + 1, j + 2])).is_some()
            {
                k = j + 2;
            }
            let words: Vec<usize> = (j..=k).collect();
            if k > j && is_place(&c.run_key(&words)).is_none() {
                k = j;
            }
            last = Some(k);
            break;
        }
        if c.is_cap(j) || c.is_word(j) && c.toks[j].upper {
            // a capitalised word of the field ("delle Dogane", "del
            // Lavoro", "AGS"), not a person's nor a company's
            if c.lower_in(j, &TITLES)
                || is_known_company(c.t(j))
                || is_first_name(c.key(j)) && c.is_cap(j + 1)
            {
                return None;
            }
            fields += 1;
        } else if link(j) && (!c.lower_in(j, FIELD_STOPS) || en && c.lower_in(j, &["en"]))
            || c.lower_in(j, &["et", "e", "y"])
        {
            if !(c.is_word(j + 1) && c.same_line(j + 1)) {
                return None;
            }
        } else if c.is_word(j) && !c.lower_in(j, FIELD_STOPS) && !c.lower_in(j, AUXILIARIES) {
            fields += 1;
        } else {
            return None;
        }
        if fields > 5 {
            return None;
        }
        j += 1;
    }
    // a word of the field ("départementale", "di giustizia", "del
    // Lavoro"), of the State's for a word that also names a company's unit
    let last = last.filter(|_| fields > 0)?;
    let public = || {
        (i + 1..last).any(|k| {
            let key = c.key(k);
            PUBLIC_FIELD_STEMS.iter().any(|stem| key.starts_with(stem))
        })
    };
    // a direction of a body named inside it is that body's office ("la
    // Dirección Provincial de la Tesorería General de la Seguridad Social
    // de Cádiz", "Direzione provinciale dell'INPS di Bari"): the body is
    // found on its own
    let of_body = matches!(c.t(i), "Direction" | "Direzione" | "Dirección")
        && (i + 2..last).any(|k| {
            c.lower_in(k - 1, COUNCIL_LINKS)
                && (c.toks[k].upper
                    || c.is_cap(k)
                        && (ORG_PREFIXES.holds(c.t(k)) || SENTENCE_CASE_BODIES.contains(&c.t(k))))
        });
    (!of_body && (!UNIT_HEADS.contains(&c.t(i)) || public())).then_some(last)
}

/// "de gemeente Zwolle", "(gemeente Kerkrade)", "Stad Gent", "de provincie
/// Groningen", "il comune di Cascina", "la mairie de Vannes": a
/// municipality or a province as a body, the word then its place's
/// capitalised words (not the land registry's "kadastraal bekend gemeente
/// Kampen", nor "nel comune di Cascina": a place).
fn municipality_last(c: &Ctx<'_>, i: usize) -> Option<usize> {
    // (the Italian and French words in lower case with their link)
    let linked = match c.t(i) {
        "comune" => c.t(i + 1) == "di",
        "mairie" => c.t(i + 1) == "de",
        _ => false,
    };
    let word =
        matches!(c.t(i), "gemeente" | "provincie") || c.t(i) == "Stad" && !c.sentence_start(i);
    // (a place where one lives or is born: "in de gemeente Zwolle wonen",
    // "geboren in de gemeente Utrecht", "residente nel comune di Cascina";
    // the land registry's "kadastraal bekend (als) gemeente Kampen")
    let place = |j: usize| {
        c.lower_in(
            j,
            &[
                "bekend",
                "kadastrale",
                "kadastraal",
                "als",
                "in",
                "uit",
                "te",
                "binnen",
                "naar",
                "nel",
                "sul",
                "dal",
                "nello",
            ],
        )
    };
    // (the Italian and French words and the Dutch province name the body
    // where one deals with it: "con il comune di Cascina", "al comune di
    // Calolziocorte", "par la mairie de Vannes", "met de provincie
    // Groningen"; not its land, its people or its square: "il territorio
    // del comune di Cascina", "Il comune di Cascina conta 45.000
    // abitanti", "la place de la mairie de Vannes")
    let dealt_with = || {
        let before =
            |k: usize, words: &[&str]| i >= k && c.same_line(i - k + 1) && c.lower_in(i - k, words);
        match c.t(i) {
            "comune" => {
                before(1, &["al", "dal", "col", "presso"])
                    || before(1, &["il"]) && before(2, &["con", "contro", "verso", "presso"])
            }
            "mairie" => {
                before(1, &["la"])
                    && before(2, &["par", "avec", "contre", "de"])
                    && !(i >= 3
                        && c.lower_in(
                            i - 3,
                            &[
                                "place",
                                "rue",
                                "bâtiment",
                                "parvis",
                                "hall",
                                "salle",
                                "devant",
                                "près",
                            ],
                        ))
                    || c.sentence_start(i)
                    || before(1, &["la"]) && c.sentence_start(i - 1)
            }
            // (not its land: "De provincie Groningen telt 590.000
            // inwoners", "grenst aan Duitsland")
            "provincie" => !c.lower_in(
                i + 2,
                &["telt", "ligt", "grenst", "omvat", "beslaat", "is", "was"],
            ),
            _ => true,
        }
    };
    let name = if linked { i + 2 } else { i + 1 };
    if !(word || linked)
        || !dealt_with()
        || i > 0 && place(i - 1)
        || i > 1 && c.lower_in(i - 1, &["de"]) && place(i - 2)
        || !(c.is_cap(name) && (i + 1..=name).all(|j| c.same_line(j)))
    {
        return None;
    }
    // ("Bergen op Zoom", "Alphen aan den Rijn")
    let mut last = name;
    loop {
        if c.is_cap(last + 1) && c.same_line(last + 1) && c.toks[last + 1].sp {
            last += 1;
            continue;
        }
        let mut k = last + 1;
        while k < last + 3 && c.lower_in(k, &["op", "aan", "den", "de", "bij", "ter"]) {
            k += 1;
        }
        if k > last + 1 && c.is_cap(k) && (last + 1..=k).all(|j| c.same_line(j)) {
            last = k;
            continue;
        }
        break;
    }
    Some(last)
}

/// German and Dutch courts named by their place right after the court's
/// word ("Amtsgericht Chemnitz", "Landgericht München I", "des
/// Oberlandesgerichts Köln", "Rechtbank Den Haag", "Gerechtshof
/// Arnhem-Leeuwarden").
const COURTS_BEFORE_PLACE: &[&str] = &[
    "amtsgericht",
    "amtsgerichts",
    "landgericht",
    "landgerichts",
    "oberlandesgericht",
    "oberlandesgerichts",
    "verwaltungsgericht",
    "verwaltungsgerichts",
    "oberverwaltungsgericht",
    "arbeitsgericht",
    "arbeitsgerichts",
    "landesarbeitsgericht",
    "sozialgericht",
    "sozialgerichts",
    "landessozialgericht",
    "finanzgericht",
    "finanzgerichts",
    "rechtbank",
    "gerechtshof",
    "kantongerecht",
];

/// French, Italian and Spanish courts, named by their kind and then "de",
/// "di" and their place ("Tribunal de commerce de Toulouse", "Cour d'appel
/// de Paris", "Tribunale di Milano", "Corte d'Appello di Roma", "Juzgado de
/// lo Mercantil n.º 3 de Alicante", "Tribunal Superior de Justicia de
/// Madrid", "Audiencia Provincial de Sevilla").
const COURTS_OF_PLACE: &[&str] = &[
    "tribunal",
    "tribunale",
    "cour",
    "corte",
    "juzgado",
    "audiencia",
];

/// A court is one organisation with its place, as the document sets and
/// most annotation guidelines write it: the last token of a court's name
/// opened at `i` by a word of [`COURTS_BEFORE_PLACE`] or
/// [`COURTS_OF_PLACE`], on one line.
fn court_name_last(c: &Ctx<'_>, i: usize) -> Option<usize> {
    // (Dutch courts are written in lower case before their district: "de
    // rechtbank Gelderland", "het gerechtshof Arnhem-Leeuwarden")
    let dutch_lower = || {
        matches!(c.t(i), "rechtbank" | "gerechtshof")
            && c.is_cap(i + 1)
            && c.same_line(i + 1)
            && c.key(i + 1).split('-').all(|part| is_place(part).is_some())
    };
    // (and French ones before their kind: "le tribunal administratif de
    // Bordeaux", "la cour d'appel de Rennes")
    // (not the court's building: "près du tribunal de commerce de Lyon",
    // "le parking du tribunal de commerce")
    let building = i >= 2
        && c.lower_in(
            i - 2,
            &[
                "près",
                "parking",
                "devant",
                "face",
                "bâtiment",
                "hall",
                "salle",
                "rue",
                "place",
                "davanti",
                "locaux",
                "porte",
                "entrée",
            ],
        );
    let french_lower = || {
        matches!(c.t(i), "tribunal" | "cour")
            && !building
            && (court_kind(c, i + 1) || c.t(i + 1) == "de" && court_kind(c, i + 2))
    };
    if !c.is_cap(i) && !dutch_lower() && !french_lower() {
        return None;
    }
    let n = c.toks.len();
    if c.lower_in(i, COURTS_BEFORE_PLACE) {
        // the place's words ("Bad Homburg", "Den Haag", "Frankfurt am
        // Main", "Halle (Saale)" ends before its bracket), then a chamber's
        // number ("München I")
        let first = i + 1;
        if !(c.is_cap(first) && c.same_line(first) && c.toks[first].sp) {
            return None;
        }
        // (a noun after the court's word: "Amtsgericht Beschluss vom …")
        let k = c.key(first);
        if is_place(k).is_none() && (is_german_noun(k) || is_first_name(k) && c.is_cap(first + 1)) {
            return None;
        }
        let mut last = first;
        loop {
            let j = last + 1;
            if j < n && c.same_line(j) && c.toks[j].sp {
                // a town of more words ("Bad Homburg", "Den Haag"), not
                // what follows the court on its line ("Amtsgericht Köln
                // Az.", "Landgericht Hamburg Geschäftsnummer", "Gerechtshof
                // Den Haag Shell", "Amtsgericht Leipzig Deutschland")
                let town_word = |k: usize| {
                    let key = c.key(k);
                    is_place(key).is_some() && !crate::gazetteer::GAZ.countries.contains(key)
                };
                // (or two words ending the court's line: "Rechtbank Klein
                // Dorregeest⏎", "Rechtbank Oude Schans⏎")
                let line_end = c.toks.get(j + 1).is_none_or(|t| t.nl);
                let k = c.key(j);
                let two_words_alone = line_end
                    && last == first
                    && !is_german_noun(k)
                    && !is_first_name(k)
                    && !crate::gazetteer::GAZ.countries.contains(k)
                    && !is_known_company(c.t(j));
                if c.is_cap(j)
                    && (c.lower_in(last, TOWN_OPENERS) && last == first
                        || town_word(j) && !town_word(last)
                        || two_words_alone)
                {
                    last = j;
                    continue;
                }
                if let Some(town) = town_name_goes_on(c, j) {
                    last = town;
                    continue;
                }
                if matches!(c.t(j), "I" | "II" | "III") {
                    last = j;
                }
            }
            break;
        }
        return Some(last);
    }
    // (a street: "1361 Cour Du Casentino", "la Cour Des Batailles": a
    // house number before it, its link capitalised)
    if !c.lower_in(i, COURTS_OF_PLACE)
        || i > 0 && c.same_line(i) && c.toks[i - 1].kind == Kind::Num
        || c.is_cap(i + 1) && c.lower_in(i + 1, COUNCIL_LINKS)
    {
        return None;
    }
    let links = |j: usize| c.lower_in(j, COUNCIL_LINKS) || c.lower_in(j, &["lo"]);
    let mut j = i + 1;
    let mut last = None;
    // the place: capitalised words after a link
    let mut place = false;
    let mut lower_words = 0;
    // a word of the court's kind ("d'appel", "de commerce", "Superior")
    let mut kind = false;
    while j < n && j <= i + 16 && c.same_line(j) {
        // "n.º 3", "nº 5", "núm. 2", "número 4": the court's number
        if c.lower_in(j, &["n", "nº", "n°", "núm", "número", "nr"]) {
            let mut k = j + 1;
            while k < j + 4 && k < n && c.same_line(k) && c.toks[k].kind != Kind::Num {
                k += 1;
            }
            if k < n && c.same_line(k) && c.toks[k].kind == Kind::Num && last.is_some() {
                j = k + 1;
                continue;
            }
            break;
        }
        // "de Castilla y León": a place's name joined by "y"
        if c.is_cap(j)
            && links(j - 1)
            && c.lower_in(j + 1, &["y", "i", "e", "et"])
            && c.is_cap(j + 2)
            && c.same_line(j + 2)
            && is_place(&c.run_key(&[j, j + 1, j + 2])).is_some()
        {
            place = true;
            last = Some(j + 2);
            j += 3;
            continue;
        }
        if c.is_cap(j) || elided_name(c, j) {
            let after_link = links(j - 1) || elided_name(c, j);
            // ("El Corte Inglés", "la Cour Carrée": no court; "Tribunal
            // Superior de Justicia", "Audiencia Provincial": its kind)
            if !after_link
                && (c.lower_in(i, &["corte", "cour"]) && !court_kind(c, j)
                    || last != Some(j - 1) && j != i + 1)
            {
                break;
            }
            kind |= court_kind(c, j);
            // (a place of more words: "de Lille Métropole", "de La Rochelle")
            place = after_link || place && last == Some(j - 1);
            last = Some(j);
        } else if links(j) {
            // a link goes on only to a word
            if !(c.is_word(j + 1) && c.same_line(j + 1)) {
                break;
            }
        } else if c.is_word(j) && !c.toks[j].upper && lower_words < 4 && !place {
            // the court's kind: "de commerce", "judiciaire", "d'appel",
            // "de lo Mercantil", "di giustizia tributaria di primo grado"
            lower_words += 1;
            kind |= court_kind(c, j);
        } else {
            break;
        }
        j += 1;
    }
    let last = last?;
    // the capitalised words before the place's are the court's kind
    // ("Juzgado de Primera Instancia de X", "Tribunal de Commerce de X"; not
    // "Tribunal de Honor de Madrid"); a "Cour" or "Corte" says its kind
    // ("Cour d'appel de Paris", "Corte dei conti"; not "la Cour de Rohan",
    // "Corte del Duca")
    // (the place: the capitalised words ending the name, "de La Rochelle",
    // "de Lille Métropole")
    let mut place_from = last;
    while place_from > i + 1 && (c.is_cap(place_from - 1) || elided_name(c, place_from - 1)) {
        place_from -= 1;
    }
    let cour = c.lower_in(i, &["cour", "corte"]);
    let kinds_only = (i + 1..place_from)
        .filter(|&k| c.is_cap(k) || elided_name(c, k))
        .all(|k| court_kind(c, k));
    if cour && !(kind && kinds_only) {
        return None;
    }
    // a place ends it; no person, title or company inside ("Cour de Marie
    // Dupont")
    let someone = (i + 1..=last).any(|k| {
        c.lower_in(k, &TITLES)
            || is_known_company(c.t(k))
            || c.is_cap(k)
                && is_first_name(c.key(k))
                && is_place(c.key(k)).is_none()
                && c.is_cap(k + 1)
    });
    (place && !someone).then_some(last)
}

/// First words of towns of two words ("Bad Homburg", "Den Haag", "Sankt
/// Augustin").
const TOWN_OPENERS: &[&str] = &[
    "bad", "den", "de", "het", "sankt", "st", "sint", "bergisch", "hann", "klein", "groot", "oude",
    "nieuwe",
];

/// Words of a court's kind in its name ("Cour d'appel", "Tribunal de
/// commerce", "Juzgado de Primera Instancia", "Corte dei conti"), an elided
/// one too ("d'Appello").
fn court_kind(c: &Ctx<'_>, k: usize) -> bool {
    const KINDS: &[&str] = &[
        "appel",
        "appello",
        "apelación",
        "cassation",
        "cassazione",
        "casación",
        "assise",
        "assises",
        "conti",
        "comptes",
        "cuentas",
        "justice",
        "justicia",
        "giustizia",
        "commerce",
        "commercio",
        "comercio",
        "instance",
        "instancia",
        "primera",
        "grado",
        "mercantil",
        "social",
        "penal",
        "civil",
        "superior",
        "supremo",
        "suprema",
        "provincial",
        "nacional",
        "nazionale",
        "administrativo",
        "administratif",
        "administrative",
        "amministrativo",
        "amministrativa",
        "regionale",
        "regional",
        "constitucional",
        "costituzionale",
        "constitutionnel",
        "judiciaire",
        "arbitraje",
        "arbitrato",
        "arbitrage",
        "prud'hommes",
        "travail",
        "lavoro",
        "trabajo",
        "menores",
        "minorenni",
        "sorveglianza",
        "familia",
        "famiglia",
        "contencioso",
        "contencioso-administrativo",
        "instrucción",
        "entreprise",
        "grande",
        "suprême",
        "suprema",
    ];
    let key = c.key(k);
    let word = key
        .strip_prefix("d'")
        .or_else(|| key.strip_prefix("d’"))
        .unwrap_or(key);
    KINDS.contains(&word)
}

/// Endings of French, Italian and Spanish adjectives that qualify a
/// council ("départemental", "regionale", "municipal", "provinciale").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ale", "aux", "el", "elle", "aire", "ique", "ial", "ario", "aria", "ano", "ana", "ivo",
    "iva", "if", "ive", "ese",
];

/// Words in capitals in brackets after a name that say what state a line is
/// in, not the name's acronym.
const STATUS_WORDS: &[&str] = &[
    "DRAFT", "PAID", "OPEN", "CLOSED", "FINAL", "URGENT", "UPDATE", "UPDATED", "NOTE", "INFO",
    "COPY", "VOID", "NONE",
];

/// A company's board, not a public body: "Conseil d'administration de X",
/// "Consiglio di amministrazione di X".
const BOARD_WORDS: &[&str] = &[
    "administration",
    "surveillance",
    "direction",
    "amministrazione",
    "administración",
    "dirección",
    "direzione",
    "sorveglianza",
    "gestion",
];

/// A Dutch public body's or institution's word before "voor" or "van" and
/// its field ("Rijksdienst voor Ondernemend Nederland", "Centraal Bureau
/// voor de Statistiek", "Nederlandse Beroepsorganisatie van Accountants").
fn dutch_body(c: &Ctx<'_>, i: usize) -> bool {
    const TAILS: &[&str] = &[
        "dienst",
        "instituut",
        "bureau",
        "organisatie",
        "agentschap",
        "autoriteit",
        "fonds",
        "federatie",
    ];
    let k = c.key(i);
    // ("Raad van State"; not a works council's compound: "Ondernemingsraad
    // van Acme"; nor a company's or a town's part: "De Klantendienst van
    // Ziggo")
    let after = (i + 2..i + 5)
        .find(|&j| c.is_cap(j) || !c.lower_in(j, &PARTICLES))
        .unwrap_or(i + 2);
    (TAILS.iter().any(|tail| k.ends_with(tail)) || k == "raad")
        && !(c.lower_in(i + 1, &["van"])
            && (is_known_company(c.t(after)) || is_place(c.key(after)).is_some()))
        && c.lower_in(i + 1, &["voor", "van"])
        && c.same_line(i + 1)
        // ("de Raad van Bestuur", "Raad van Commissarissen": a company's board)
        && !c.lower_in(
            i + 2,
            &["bestuur", "commissarissen", "toezicht", "advies", "beheer", "directie"],
        )
}

/// Ends of Dutch compounds that open a body's or a firm's name before its
/// own capitalised words ("Woonstichting Betuwehof", "Zorggroep Solis",
/// "Omgevingsdienst Regio Arnhem", "Havenbedrijf Moerdijk", "Pensioenbureau
/// Delta", "Dierenkliniek De Vijverhof", "Energieloket Utrecht").
const DUTCH_NAME_TAILS: &[&str] = &[
    "stichting",
    "bedrijf",
    "bureau",
    "kliniek",
    "groep",
    "loket",
    "schap",
    "kantoor",
    "regio",
    "praktijk",
    "centrum",
    "dienst",
];

/// Token `i` is a Dutch compound of [`DUTCH_NAME_TAILS`] before a
/// capitalised name on its line: not a German noun after a German "dienst"
/// ("Rettungsdienst Bericht"), a person ("Zorggroep Jan de Vries"), a day
/// or a month.
fn dutch_name_compound(c: &Ctx<'_>, i: usize) -> bool {
    let k = c.key(i);
    c.is_cap(i)
        && c.is_cap(i + 1)
        && c.same_line(i + 1)
        && c.toks[i + 1].sp
        && DUTCH_NAME_TAILS
            .iter()
            .any(|tail| k.len() >= tail.len() + 4 && k.ends_with(tail))
        // (a region's body, not a region: "Veiligheidsregio Zuid-Limburg",
        // not "Vakantieregio Zeeland")
        && (!k.ends_with("regio") || k == "veiligheidsregio")
        // (a known company's kind before it is none of its name:
        // "Uitzendbureau Randstad", "Vervoerbedrijf Arriva")
        && !is_known_company(c.t(i + 1))
        && !(k.ends_with("dienst") && (german_before(c, i) || is_german_noun(c.key(i + 1))))
        && !(is_first_name(c.key(i + 1)) && c.is_cap(i + 2) && c.same_line(i + 2))
        && !c.lower_in(i + 1, &TITLES)
        // ("het Servicebureau Maandag open")
        && !c.lower_in(i + 1, MONTHS)
        && !c.lower_in(
            i + 1,
            &[
                "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            ],
        )
}

/// Public bodies, foundations and federations whose names say their aim
/// after "para", "pour", "per" ("Fundación Riojana para el Deporte",
/// "Istituto per la Ricostruzione Industriale").
const AIMED_BODIES: &[&str] = &[
    "consejo",
    "sociedad",
    "fundación",
    "federación",
    "comisión",
    "instituto",
    "ministerio",
    "agencia",
    "centro",
    "conseil",
    "fondation",
    "fédération",
    "institut",
    "agence",
    "consiglio",
    "fondazione",
    "federazione",
    "istituto",
    "agenzia",
    "ministero",
    "comitato",
    "comité",
];

/// Ministries, whose names join their fields with "and".
/// Heads of other bodies that a ministry's name does not run into ("…
/// e del Comune di Firenze", "…, Banco de España").
const OTHER_BODY_HEADS: &[&str] = &[
    "Comune",
    "Regione",
    "Provincia",
    "Prefettura",
    "Questura",
    "Tribunale",
    "Corte",
    "Agenzia",
    "Banca",
    "Banco",
    "Banque",
    "Bank",
    "Ayuntamiento",
    "Junta",
    "Gobierno",
    "Comunidad",
    "Diputación",
    "Tribunal",
    "Gemeente",
    "Provincie",
    "Mairie",
    "Préfecture",
    "Région",
    "Ville",
    "Cour",
    "Agence",
    "Agencia",
    "Stadt",
    "Land",
    "Gericht",
    "Universität",
    "University",
    "Università",
    "Universidad",
    "Université",
    "Universiteit",
];

const MINISTRIES: &[&str] = &[
    "ministry",
    "ministerie",
    "ministerium",
    "ministère",
    "ministerio",
    "ministero",
    "department",
    "consejería",
    "conselleria",
];

/// Institution words after which a company's name may be an acronym
/// ("Grupo ACS", "Koninklijke KPN").
const GROUP_WORDS: &[&str] = &[
    "grupo",
    "gruppo",
    "groupe",
    "group",
    "gruppe",
    "groep",
    "koninklijke",
];

/// "Studio Legale Ronchetti", "Studio Notarile Associato Ferrante",
/// "Studio Tecnico Bianchi": an Italian professional firm, "Studio" and
/// the profession's word, capitalised.
fn professional_studio(c: &Ctx<'_>, i: usize) -> bool {
    const PROFESSIONS: &[&str] = &[
        "legale",
        "notarile",
        "associato",
        "tecnico",
        "medico",
        "dentistico",
        "commercialista",
        "commercialisti",
        "architetti",
        "ingegneri",
        "professionale",
        "amministrazioni",
        "contabile",
        "tributario",
        "geologico",
        "veterinario",
        "odontoiatrico",
        "fotografico",
    ];
    // (a name after the professions' words: not "Lo Studio Legale è
    // chiuso", "Lo Studio Medico del dott. Verdi")
    let mut j = i + 1;
    while j < i + 4 && c.lower_in(j, PROFESSIONS) && c.same_line(j) {
        j += 1;
    }
    c.t(i).eq_ignore_ascii_case("studio")
        && (c.is_cap(i) || c.toks[i].upper)
        && j > i + 1
        && (c.is_cap(i + 1) || c.toks.get(i + 1).is_some_and(|t| t.upper))
        && (c.is_cap(j)
            || c.toks
                .get(j)
                .is_some_and(|t| t.upper && t.kind == Kind::Word))
        && c.same_line(j)
        && !is_common(c.key(j))
}

/// Last token of a name that starts with an institution word at `i`
/// ("Bank of New Zealand", "Université de Lyon", "Bank of Montreal Ltd."),
/// and whether "of" or its like joins the institution word to the name.
fn prefixed_name_last(c: &Ctx<'_>, i: usize) -> Option<(usize, bool)> {
    // (not a Dutch postcode's letters: "1986 FC Buiksloot", "9570SV")
    // (the club's town after it: not "CD Version", "AC Anlage", "SV
    // Gutachten", "SV Müller"; a disc or a unit after an English or Dutch
    // article: "the CD Rom", "de CD Rotterdam")
    let club = (c.t(i).len() <= 5
        && (c.toks[i].upper || c.toks[i].cap)
        && CLUB_ABBREVIATIONS.contains(&c.t(i))
        || matches!(c.t(i), "Atlético" | "Atletico" | "Athletic") && !c.sentence_start(i))
        && c.is_cap(i + 1)
        && c.same_line(i + 1)
        && {
            // (a town the lists lack: no common word, noun or name; or a
            // club's word before it)
            let k = c.key(i + 1);
            is_place(k).is_some()
                || CLUB_NAME_WORDS.contains(&c.t(i + 1))
                || !(is_common(k) || is_german_noun(k) || is_surname(k) || is_first_name(k))
        }
        && !(i > 0
            && c.same_line(i)
            && c.lower_in(i - 1, &["the", "a", "an", "de", "het", "een"])
            && matches!(c.t(i), "CD" | "AC" | "SV" | "CF"))
        && !(i > 0 && c.same_line(i) && (c.toks[i - 1].kind == Kind::Num || !c.toks[i].sp))
        && c.toks[i + 1].sp;
    if !(club
        || c.is_cap(i)
            && ((ORG_PREFIXES.holds(c.t(i))
            // ("des Landkreises Ravensburg", "des Bundesamtes für …"; the
            // kind of a known company before it is none of its name: "des
            // Instituts Ipsos")
            || genitive_bases(c, i).is_some_and(|b| b.iter().any(|b| ORG_PREFIXES.holds(b)))
                && !(c.is_word(i + 1) && is_known_company(c.t(i + 1))))
            && !inside_name(c, i)
            || spanish_public_body(c, i)
            // ("Consejo para la Defensa del Contribuyente", "Consejo
            // Superior de Deportes"; the other councils: council_name_last)
            || COUNCIL_HEADS.contains(&c.t(i))
                && c.same_line(i + 1)
                && (c.lower_in(i + 1, &["para", "pour", "per"])
                    || c.is_cap(i + 1)
                        && c.lower_in(i + 1, &["superior", "supérieur", "superiore", "nacional", "national", "nazionale", "general", "général", "generale"]))
            || ministry_compound(c, i)
            || field_body_compound(c, i)
            || public_body_before_place(c, i)
            || dutch_body(c, i)
            || dutch_name_compound(c, i)
            || hyphened_institution(c, i)
            || professional_studio(c, i)))
    {
        return None;
    }
    if !town_body_here(c, i) {
        return None;
    }
    // "Club Manager", "Club Secretary John Smith", "Club Sandwich": a job
    // or a dish after "Club"; "Sociedad Anónima", "Sociedad Limitada
    // Laboral": a legal form's name, no company
    if c.t(i) == "Club"
        && (listed_job(c, i + 1)
            || c.lower_in(
                i + 1,
                &[
                    "sandwich",
                    "sándwich",
                    "coordinator",
                    "secretary",
                    "member",
                    "members",
                    "card",
                ],
            ))
        || matches!(c.t(i), "Sociedad" | "Società")
            && c.lower_in(
                i + 1,
                &[
                    "anónima",
                    "limitada",
                    "laboral",
                    "colectiva",
                    "comanditaria",
                    "unipersonal",
                    "semplice",
                    "responsabilità",
                ],
            )
    {
        return None;
    }
    // ("Alleanza Assicurazioni da Viareggio": the trade's word ends the
    // name before it)
    if c.lower_in(i, TRADES_ENDING_NAMES)
        && i > 0
        && c.same_line(i)
        && c.is_cap(i - 1)
        && !c.sentence_start(i - 1)
    {
        return None;
    }
    let n = c.toks.len();
    let mut j = i + 1;
    let mut last = None;
    // "Grupo ACS": after a group word, an acronym too (not after "Banca":
    // "Banca Intesa IBAN IT60 ...")
    let group = c.lower_in(i, GROUP_WORDS);
    let mut linked = false;
    // the last word before the last "de", "van", "von", "da" crossed, and
    // whether "of" or its like came right after the institution word then
    let mut before_from = None;
    // German "für" crossed: the fields after it may be joined by "und" and
    // commas, with lower-case adjectives ("Hochschule für angewandte
    // Wissenschaften", "Ministerium für Umwelt, Klima und Energiewirtschaft")
    let mut fields = false;
    // the last token of a place's name joined by "y" ("Castilla y León")
    let mut place_joined = None;
    while j < n && c.same_line(j) {
        let acronym = group && c.is_word(j) && c.toks[j].upper;
        // "Pflegeheim St. Elisabeth", "Farmacia Sta. Lucia": a saint's
        // abbreviation goes on to the name after its dot
        if c.is_cap(j)
            && matches!(c.t(j), "St" | "Sta" | "Sto" | "Ste" | "Hl")
            && c.is_punct(j + 1, ".")
            && !c.toks[j + 1].sp
            && c.is_cap(j + 2)
            && c.same_line(j + 2)
        {
            j += 2;
            continue;
        }
        // "SV Dettingen/Teck": a club of two towns
        if club
            && last == Some(j - 1)
            && c.is_punct(j, "/")
            && !c.toks[j].sp
            && c.is_cap(j + 1)
            && !c.toks[j + 1].sp
        {
            last = Some(j + 1);
            j += 2;
            continue;
        }
        // "Zahnarztpraxis Dr. Weber": a title ends the name before it (the
        // person after it is found as one)
        if c.lower_in(j, &TITLES) && c.is_punct(j + 1, ".") {
            break;
        }
        // ("Registro Mercantil de Madrid Tomo 1234, Folio 12": the
        // registry's coordinates)
        if c.lower_in(
            j,
            &[
                "tomo",
                "folio",
                "foglio",
                "hoja",
                "libro",
                "sección",
                "inscripción",
            ],
        ) {
            break;
        }
        // "de Castilla y León", "de Bosnia y Herzegovina": a place's name
        // joined by "y", "i", "e"
        if c.is_cap(j)
            && c.lower_in(j + 1, &["y", "i", "e", "et"])
            && c.is_cap(j + 2)
            && c.same_line(j + 2)
            && is_place(&c.run_key(&[j, j + 1, j + 2])).is_some()
        {
            last = Some(j + 2);
            place_joined = Some(j + 2);
            j += 3;
            continue;
        }
        // "Stadt Freiburg im Breisgau", "Stadt Wangen im Allgäu", "Gemeinde
        // Weil am Rhein": a German town's name of more words after a
        // town's administration
        if last == Some(j - 1)
            && j - 1 > i
            && c.lower_in(i, &["stadt", "landeshauptstadt", "gemeinde", "markt"])
        {
            let town = town_name_goes_on(c, j)
                // (a region's or a river's name, no noun, title or month: not
                // "Stadt Köln im Rahmen …", "Stadt Berlin am Montag", "Stadt Wien
                // im Sommer", "der Stadt Dortmund an Frau Schmidt")
                .filter(|&t| {
                    let k = c.key(t);
                    // (or the whole name is a known town's: "Frankfurt am Main")
                    let words: Vec<usize> = (j - 1..=t).collect();
                    is_place(&c.run_key(&words)).is_some()
                        || !(is_common(k)
                            || is_german_noun(k)
                            || is_german_plain_noun(k, c.t(t), 4)
                            || c.lower_in(t, &TITLES)
                            || c.lower_in(t, MONTHS))
                });
            if let Some(t) = town {
                // (the town's whole name is the administration's, above the
                // town's own reading: "Frankfurt am Main")
                last = Some(t);
                linked = true;
                j = t + 1;
                continue;
            }
        }
        // "Zorggroep Noord- en Midden-Limburg", "Instituut voor Landbouw-,
        // Visserij- en Voedingsonderzoek": compounds sharing their end
        if last == Some(j - 1) && c.is_punct(j, "-") && !c.toks[j].sp {
            let mut k = j + 1;
            while c.is_punct(k, ",")
                && c.is_cap(k + 1)
                && c.is_punct(k + 2, "-")
                && !c.toks[k + 2].sp
                && c.same_line(k + 2)
            {
                k += 3;
            }
            if c.lower_in(k, &["en", "und", "and", "et", "e", "y"])
                && c.same_line(k)
                && c.is_cap(k + 1)
                && c.same_line(k + 1)
            {
                last = Some(k + 1);
                j = k + 2;
                continue;
            }
            break;
        }
        // ("An der Technischen Universität Dresden Professor zu werden": a
        // German noun after the place ends the name)
        if c.is_cap(j)
            && last.is_some_and(|l| {
                l > i
                    && is_place(c.key(l)).is_some()
                    && c.key(l).len() > 3
                    && !c.lower_in(l, &PARTICLES)
            })
            && ((is_german_noun(c.key(j)) || is_german_plain_noun(c.key(j), c.t(j), 7))
                && german_before(c, i)
                || c.lower_in(j, &TITLES)
                // (a university's place ends its name)
                || c.lower_in(i, UNIVERSITY_WORDS) && !c.toks[j].upper)
            && is_place(c.key(j)).is_none()
        {
            break;
        }
        if c.is_cap(j) || acronym || elided_name(c, j) {
            last = Some(j);
            j += 1;
        } else if (c.lower_in(
            j,
            &[
                "of", "de", "des", "du", "für", "der", "d'", "van", "voor", "den", "di", "del",
                "dei", "della", "delle", "degli", "dello", "da", "do", "dos", "das", "dell'",
                "dell’",
            ],
        )
            // ("Department for Transport"; not "University for September
            // entry")
            || c.lower_in(j, &["for"]) && c.lower_in(i, MINISTRIES)
            // ("Consejo para la Defensa del Contribuyente", "Sociedad para
            // el Desarrollo Regional de Cantabria": a public body's aim)
            // (right after the body's word or its one adjective, not after
            // a company's name: "Fundación Telefónica para la Formación")
            || c.lower_in(j, &["para", "pour", "per"])
                && c.lower_in(i, AIMED_BODIES)
                && j <= i + 2
                && !(i + 1..j).any(|k| is_known_company(c.t(k))))
            && c.same_line(j + 1)
        {
            // "Stichting van den Bergh": up to three particles before a name
            // ("Agence de l'Eau", "… des Artisans de l'Ouest": an elided
            // article)
            let mut k = j + 1;
            while k < j + 3
                && c.lower_in(k, &PARTICLES) | c.lower_in(k, &["l'", "l’"])
                && c.same_line(k)
            {
                k += 1;
            }
            // "Hochschule für angewandte Wissenschaften": a German
            // adjective after "für"
            if c.lower_in(j, &["für"]) && german_field_adjective(c, k) {
                k += 1;
            }
            if !(c.is_cap(k) && c.same_line(k)) {
                break;
            }
            if c.lower_in(j, &["de", "van", "von", "da"]) {
                before_from = Some((last, linked));
            }
            fields = fields || c.lower_in(j, &["für"]);
            // joined right after the institution word ("Bank of X", not
            // "Banco Sabadell de Benidorm"; "Junta de Comunidades de
            // Castilla-La Mancha", "Instituto de Fomento de la Región de
            // Murcia" stay joined), or a body of a region's or town's
            // ("Caja Rural de Soria", "Registro Mercantil de Murcia")
            linked = linked
                || j == i + 1
                || c.lower_in(i, REGIONAL_BODIES)
                    && c.lower_in(j, &["de", "di", "del", "della", "du", "des"]);
            j = k;
        } else if (fields || c.lower_in(i, MINISTRIES))
            && last.is_some()
            && c.is_punct(j, ",")
            && c.is_cap(j + 1)
            && !c.toks[j + 1].upper
            && !c.lower_in(j + 1, &TITLES)
            // (not a second party: "Ministerie van Financiën, De
            // Nederlandsche Bank en de AFM", "Ministerio de Hacienda, La
            // Caixa")
            && !c.lower_in(j + 1, ARTICLES_ALL)
            && !OTHER_BODY_HEADS.contains(&c.t(j + 1))
            && !is_first_name(c.key(j + 1))
            && is_place(c.key(j + 1)).is_none()
            && !is_known_company(c.t(j + 1))
            && (j + 2..j + 6).any(|k| {
                c.same_line(k)
                    && (c.lower_in(k, &["und"])
                        || !fields && c.lower_in(k, &["y", "e", "et", "en", "and"]))
            })
        {
            // "Ministerium für Umwelt, Klima und Energiewirtschaft",
            // "Ministerio de Agricultura, Pesca y Alimentación", "Ministerie
            // van Landbouw, Visserij, Voedselzekerheid en Natuur"
            j += 1;
        } else if fields && german_field_adjective(c, j) {
            // "Hochschule für angewandte Wissenschaften"
            j += 1;
        } else if fields
            && last.is_some()
            && c.lower_in(j, &["in", "im"])
            && c.same_line(j + 1)
            && (c.is_cap(j + 1) && c.t(j) == "im"
                || c.lower_in(j + 1, &["der", "den", "dem"])
                    && c.is_cap(j + 2)
                    && c.same_line(j + 2))
            // (where the body is is none of it: "in der Regensburger
            // Straße", "in der Region Stuttgart", "im Rathaus")
            && {
                let w = if c.t(j) == "im" { j + 1 } else { j + 2 };
                let k = c.key(w);
                !(is_place(k).is_some()
                    || c.lower_in(w, &["region", "stadt", "rathaus", "gemeinde", "nähe"])
                    || c.is_cap(w + 1) && c.same_line(w + 1)
                    || ["straße", "strasse", "weg", "platz", "allee", "gasse", "haus"]
                        .iter()
                        .any(|e| k.ends_with(e)))
            }
        {
            // "Bundesamt für Sicherheit in der Informationstechnik"
            j += if c.t(j) == "im" { 1 } else { 2 };
        } else if last.is_some()
            && (c.lower_in(i, MINISTRIES)
                || fields
                // ("Kwame Nkrumah University of Science and Technology",
                // "Institute of Science and Technology")
                || linked && c.lower_in(i, UNIVERSITY_WORDS)
                || linked
                    && c.lower_in(
                        i,
                        &["university", "institute", "instituto", "istituto", "institut", "school", "college", "academy"],
                    ))
            && c.lower_in(j, &["and", "en", "und", "et", "y", "e"])
            // ("Ministero delle Infrastrutture e dei Trasporti": a
            // ministry's field after its link)
            && {
                let f = if c.lower_in(i, MINISTRIES)
                    && c.lower_in(j + 1, &["dei", "della", "delle", "degli", "del", "de", "des", "du"])
                {
                    j + 2
                } else {
                    j + 1
                };
                c.is_cap(f)
                    && (j + 1..=f).all(|k| c.same_line(k))
                    // (not another body: "Ministero della Cultura e del
                    // Comune di Firenze", "e della Regione Lombardia")
                    && !OTHER_BODY_HEADS.contains(&c.t(f))
                    && !COUNCIL_HEADS.contains(&c.t(f))
                    // (a field, not a second party: "Ministry of Finance and
                    // Deloitte", "Ministerie van Financiën en De Nederlandsche Bank")
                    && !is_known_company(c.t(f))
                    && !c.lower_in(f, ARTICLES_ALL)
                    && !c.toks[f].upper
                    && is_place(c.key(f)).is_none()
                    && !is_first_name(c.key(f))
            }
        {
            // "Ministerie van Sociale Zaken en Werkgelegenheid",
            // "Department for Work and Pensions"
            j += 1;
        } else {
            break;
        }
    }
    let mut last = last?;
    // "1200 University Drive", "Bank Street": a street
    if last > i
        && c.lower_in(
            last,
            &[
                "street",
                "road",
                "drive",
                "avenue",
                "lane",
                "boulevard",
                "crescent",
                "terrace",
            ],
        )
        && !linked
    {
        return None;
    }
    // a club's town is its name's ("TSV Oberlenningen")
    linked = linked || CLUB_ABBREVIATIONS.contains(&c.t(i));
    // a registry, a professional college, a council, a confederation named
    // by its place ("Colegio de Abogados de Madrid", "Registro Mercantil de
    // Murcia"; not "Registro Sanitario", "Colegio Electoral", "Consell de
    // Cent", "Confederación Suiza")
    // ("la calle Consell de Cent": a street; "la Confederación Suiza",
    // "Federazione Russa", "Federación de Rusia": a country)
    if i > 0
        && c.same_line(i)
        && (c.lower_in(i - 1, &STREET_PREFIXES)
            || i > 1
                && c.lower_in(i - 1, &["del", "de", "du", "des"])
                && c.lower_in(i - 2, &STREET_PREFIXES))
        || c.lower_in(
            i,
            &[
                "confederación",
                "confederazione",
                "confédération",
                "federación",
                "federazione",
                "fédération",
            ],
        ) && (last == i + 1 || last == i + 2 && c.lower_in(i + 1, &["de", "di"]))
            && (crate::gazetteer::GAZ.countries.contains(c.key(last))
                || c.lower_in(
                    last,
                    &["russa", "rusa", "russe", "suiza", "svizzera", "suisse"],
                ))
    {
        return None;
    }
    if c.lower_in(i, PLACE_NAMED_BODIES)
        && (c.lower_in(i + 1, NO_BODY_AFTER)
            || c.lower_in(i + 1, &["de", "del"])
                && c.lower_in(i + 2, &["jornada", "entrada", "salida", "horas", "visitas"]))
        && !(is_place(c.key(last)).is_some()
            && c.lower_in(last - 1, &["de", "del", "di", "d'", "de la", "la"])
            && last > i + 1)
    {
        return None;
    }
    // "University of Leeds Professor Jane Hartley": a title, a job or a
    // given name after the link is someone, not the institution's name
    if linked
        && (i + 2..=last).any(|k| {
            c.lower_in(k, &TITLES)
                || EMPLOYMENT_WORDS.contains(c.key(k))
                || k < last
                    && is_first_name(c.key(k))
                    && c.is_cap(k + 1)
                    && match_org_suffix(c, k + 1).is_none()
        })
    {
        linked = false;
    }
    // "Vuelo con Banco Sabadell de Benidorm a Blanes", "Vol avec Compagnie
    // des Alpes de Sens à Hyères": the journey's start is no part of the
    // name
    if c.lower_in(
        last + 1,
        &["a", "to", "nach", "naar", "à", "al", "au", "bis", "tot"],
    ) && c.is_cap(last + 2)
        && c.same_line(last + 2)
        && let Some((before, was_linked)) = before_from
    {
        // ("Banco de Sabadell a Blanes": nothing before the "de", the
        // whole name at the plain institution score)
        (last, linked) = match before {
            Some(b) => (b, was_linked),
            None => (last, false),
        };
    }
    // an Italian trade's word before adjectives is a heading or a sector
    // ("Trasporti Eccezionali:", "Edilizia Residenziale Pubblica", "Impianti
    // Elettrici e Speciali"), and before a public body's word the body's
    // office ("Settore Edilizia del Comune di Milano"), unless a legal form
    // follows
    if c.lower_in(i, ITALIAN_TRADES) && match_org_suffix(c, last + 1).is_none() {
        // (the words right after the trade's, before any "di": "Acciaierie
        // di Calvisano" names its town)
        let caps: Vec<usize> = (i + 1..=last).take_while(|&k| c.is_cap(k)).collect();
        let adjectives = !caps.is_empty()
            && caps.iter().all(|&k| {
                let key = c.key(k);
                ITALIAN_ADJECTIVE_ENDINGS.iter().any(|e| key.ends_with(e))
                    && !is_surname(key)
                    && !is_known_company(c.t(k))
            });
        let body_inside = (i + 1..=last).any(|k| c.is_cap(k) && c.lower_in(k, NAMED_WITH_PLACE));
        if adjectives || body_inside {
            return None;
        }
    }
    // "Tintoria Fratelli Bonfanti di Cassano Magnago", "Hotel Miramar de
    // Barcelona": a known town after the last "di", "de" of a firm's name
    // not joined to its trade's word is where the firm is (a school's,
    // university's or public body's place is its name's: "Universidad
    // Católica de Chile")
    if !linked
        && !c.lower_in(i, NAMED_WITH_PLACE)
        && let Some((Some(before), false)) = before_from
        && match_org_suffix(c, last + 1).is_none()
        && {
            // (the town's words after the link: "di Cassano Magnago")
            let from = (before + 1..=last)
                .find(|&k| c.lower_in(k, &["de", "di", "da", "van", "von"]))
                .map_or(last + 1, |k| k + 1);
            let words: Vec<usize> = (from..=last).collect();
            !words.is_empty() && is_place(&c.run_key(&words)).is_some()
        }
    {
        last = before;
    }
    // an institution named with its place ends with the place after a
    // link: the place is the name's ("Instituto Tecnológico Agrario de
    // Castilla y León", "Hospital Universitario Central de Asturias")
    if !linked
        && c.lower_in(i, NAMED_WITH_PLACE)
        && (place_joined == Some(last)
            || last > i + 1
                && is_place(c.key(last)).is_some()
                && c.lower_in(last - 1, &["de", "del", "di", "della", "du", "des"]))
    {
        linked = true;
    }
    // a legal form after the name belongs to it ("Bank of America Corp.")
    match match_org_suffix(c, last + 1) {
        Some(after) if (last + 1..after).all(|k| c.same_line(k)) => Some((after - 1, linked)),
        _ => Some((last, linked)),
    }
}

/// Institution words whose names hold their place after "de", "di"
/// ("Universidad Nacional Autónoma de México", "Escola Tècnica Superior
/// d'Arquitectura de Barcelona", "Servicios Sociales de la Junta de
/// Extremadura").
const NAMED_WITH_PLACE: &[&str] = &[
    "universidad",
    "universidade",
    "università",
    "universitat",
    "université",
    "universiteit",
    "universität",
    "university",
    "escola",
    "escuela",
    "scuola",
    "école",
    "instituto",
    "istituto",
    "institut",
    "institute",
    "colegio",
    "collegio",
    "servicios",
    "servicio",
    "junta",
    "consejería",
    "ministerio",
    "ministero",
    "agencia",
    "agenzia",
    "agence",
    "hospital",
    "ospedale",
    "hôpital",
    "museo",
    "musée",
    "fundación",
    "fondazione",
    "fondation",
    "politecnico",
    "pontificia",
    "consorcio",
    "consorzio",
    "cámara",
    "camera",
    "chambre",
    "federación",
    "confederación",
    "métropole",
    "région",
    "ville",
    "département",
    "stadt",
    "provincia",
    "regione",
    "comune",
    "gemeente",
    "provincie",
    "asociación",
    "associazione",
    "sindicato",
    "caja",
    "cassa",
    "caisse",
    "banca",
    "crédit",
    "registro",
    "cofradía",
    "mancomunidad",
    "diputación",
    "comunidad",
];

/// Italian trades' words that open firms' names and, before adjectives,
/// headings and sectors.
const ITALIAN_TRADES: &[&str] = &[
    "ceramica",
    "ceramiche",
    "tintoria",
    "filatura",
    "assicurazioni",
    "immobiliare",
    "idraulica",
    "carpenteria",
    "trasporti",
    "costruzioni",
    "edilizia",
    "impianti",
    "acciaierie",
    "acciaieria",
    "cartiere",
    "serramenti",
];

/// Endings of Italian adjectives ("Eccezionali", "Pubblica", "Elettrici",
/// "Residenziale", "Privata").
const ITALIAN_ADJECTIVE_ENDINGS: &[&str] = &[
    "ale", "ali", "ico", "ici", "ica", "iche", "ivo", "ivi", "iva", "ive", "ario", "ari", "aria",
    "arie", "ato", "ati", "ata", "ate", "ile", "ili", "oso", "osi", "osa", "ose", "ese", "esi",
    "ente", "enti", "ano", "ani", "ana", "ane",
];

/// Italian trades' words that end names as often as they open them
/// ("Generali Assicurazioni", "Rossi Costruzioni", "Bianchi Trasporti").
const TRADES_ENDING_NAMES: &[&str] = &[
    "assicurazioni",
    "costruzioni",
    "trasporti",
    "impianti",
    "immobiliare",
    "edilizia",
    "serramenti",
];

/// Institution words whose bodies are named after their place.
const PLACE_NAMED_BODIES: &[&str] = &["registro", "colegio", "col·legi"];

/// Words after "Registro" or "Colegio" that make a record or a polling
/// station, not a body ("Registro Sanitario", "Registro de Jornada",
/// "Colegio Electoral"), unless the name ends in a place.
const NO_BODY_AFTER: &[&str] = &["sanitario", "electoral", "industrial"];

/// Banks, co-operatives and public bodies named with a capitalised word
/// and then their region's or town's name ("Caja Rural de Soria", "Banca
/// Popolare di Sondrio", "Registro Mercantil de Murcia", "Caisse Régionale
/// de Normandie").
const REGIONAL_BODIES: &[&str] = &[
    "caja",
    "cassa",
    "banca",
    "caisse",
    "cooperativa",
    "cofradía",
    "registro",
    "colegio",
    "col·legi",
    "consorcio",
    "consorzio",
    "mancomunidad",
    "diputación",
    "comunidad",
    "asociación",
    "associazione",
    "sindicato",
];

/// Whether a town's, region's or metropolis's word at `i` ("Stadt",
/// "Landeshauptstadt", "Région", "Ville", "Métropole") names its
/// administration here, not the place: not after a place's preposition ("in
/// der Stadt München", "nach Stadt Ludwigsburg", "en Région
/// Auvergne-Rhône-Alpes"), not inside another name ("Hôtel de Ville de
/// Lyon", "Hôtel Métropole de Bruxelles"), and followed by a place's name
/// ("Stadt Nord", "Stadt Land Fluss", "Landeshauptstadt Bayerns", "Région
/// Parisienne", "Ville Lumière", "Département Marketing" are none). Other
/// words: always.
fn town_body_here(c: &Ctx<'_>, i: usize) -> bool {
    let word = c.t(i);
    if !matches!(
        word,
        "Stadt" | "Landeshauptstadt" | "Région" | "Ville" | "Métropole" | "Département"
    ) {
        return true;
    }
    const PLACE_PREPS: &[&str] = &[
        "in", "im", "aus", "nach", "durch", "zur", "zum", "um", "en", "dans", "vers",
    ];
    let after_prep = i > 0
        && c.same_line(i)
        && (c.lower_in(i - 1, PLACE_PREPS)
            || i > 1 && c.lower_in(i - 1, &["der", "die", "la"]) && c.lower_in(i - 2, PLACE_PREPS));
    // ("Hôtel de Ville", "Hôtel Métropole")
    let inside = i > 0
        && c.same_line(i)
        && (c.is_cap(i - 1) && !c.sentence_start(i - 1) && !c.lower_in(i - 1, ARTICLES_ALL)
            || matches!(word, "Ville" | "Métropole") && c.lower_in(i - 1, &["de"]));
    if after_prep || inside {
        return false;
    }
    let next = i + 1;
    if !c.same_line(next) {
        return false;
    }
    match word {
        // "la Ville d'Angers", "Ville de Paris"
        "Ville" => elided_name(c, next) || c.lower_in(next, &["de", "du"]) && c.is_cap(next + 1),
        // "Région Occitanie", "Région Grand Est", "Région Sud"
        "Région" => {
            let from = next + usize::from(c.lower_in(next, &["de", "du"]));
            (from..(from + 3).min(c.toks.len()))
                .take_while(|&j| c.is_cap(j) && c.same_line(j))
                .any(|j| {
                    // ("Région de Bruxelles-Capitale")
                    let key = c.key(j);
                    is_place(key).is_some()
                        || key.split('-').next().is_some_and(|p| is_place(p).is_some())
                        || c.lower_in(j, BRANCH_WORDS)
                })
        }
        "Métropole" => {
            c.is_cap(next)
                || elided_name(c, next)
                || c.lower_in(next, &["de", "du"]) && c.is_cap(next + 1)
        }
        // "Département du Nord", "Département de la Gironde" (not a
        // company's "Département Marketing", "Département des Ressources
        // Humaines")
        "Département" => {
            let mut j = next;
            while j < next + 3 && c.lower_in(j, &["de", "du", "des", "la", "l'"]) {
                j += 1;
            }
            j > next && c.is_cap(j) && c.same_line(j) && is_place(c.key(j)).is_some()
        }
        // "Stadt Ludwigsburg", "Landeshauptstadt Stuttgart"
        _ => {
            let k = c.key(next);
            c.is_cap(next)
                && !c.lower_in(next, BRANCH_WORDS)
                && !c.lower_in(next, &["mitte", "land"])
                && (is_place(k).is_some()
                    || !is_german_noun(k)
                        && k.strip_suffix('s')
                            .is_none_or(|stem| is_place(stem).is_none()))
        }
    }
}

/// "d'Angers" in "Ville d'Angers", "d'Azur" in "Côte d'Azur": a French or
/// Italian elided "de" written as one word with the capitalised name after
/// it, as the tokenizer keeps it after a capitalised word.
fn elided_name(c: &Ctx<'_>, j: usize) -> bool {
    let t = c.t(j);
    c.is_word(j)
        && ["d'", "d’"].iter().any(|p| {
            t.strip_prefix(p)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        })
}

/// `k` is the conjunction of "X, Y and Z" (single capitalised words, a
/// space after each comma, the law-firm style of naming a partnership):
/// returns the first and one-past-last token, a legal-form suffix included.
fn list_at_conj(c: &Ctx<'_>, k: usize) -> Option<(usize, usize)> {
    if k < 3 || k >= c.toks.len() || c.t(k).len() > 3 || !c.is_punct(k - 2, ",") {
        return None;
    }
    if k < 3 || !(c.lower_in(k, &["and", "und", "et", "e", "y", "en"]) || c.is_punct(k, "&")) {
        return None;
    }
    let (x, y, z) = (k - 3, k - 1, k + 1);
    if !(c.is_cap(x) && c.is_punct(k - 2, ",") && c.is_cap(y) && c.is_cap(z)) {
        return None;
    }
    if !c.toks[y].sp || !c.toks[z].sp || !(k - 2..=z).all(|t| c.same_line(t)) {
        return None;
    }
    let name_like = |j: usize| {
        let key = c.key(j);
        !is_place_strict(key) && !c.lower_in(j, &TITLES) && !GREETINGS.contains(&key)
    };
    if ![x, y, z].iter().all(|&j| name_like(j)) {
        return None;
    }
    // "customers such as Unilever, Nestlé and Heineken": known companies,
    // not partners
    if [x, y, z]
        .iter()
        .filter(|&&j| is_known_company(c.t(j)))
        .count()
        >= 2
    {
        return None;
    }
    // "depots at Harrogate, Skipton and Ripon": places, not partners
    if [x, y, z]
        .iter()
        .filter(|&&j| is_place(c.key(j)).is_some() && !is_surname(c.key(j)))
        .count()
        >= 2
    {
        return None;
    }
    // "Mason, Trinidad and Tobago": a place of two names, not two partners;
    // "Head of Operations, Smith and Company": a department, not a partner
    if place_phrase(c, y).is_some_and(|(end, _)| end > z) || DEPARTMENTS.contains(c.key(x)) {
        return None;
    }
    // "Einbauküche, Tageslichtbad und Kellerabteil": German nouns, not
    // partners; "Veranstaltungsteam, Wolff & Müller GbR": a unit, then
    // the firm (a known surname is a partner's: "Müller, Vogel und Koch")
    let noun = |j: usize| !is_surname(c.key(j)) && is_german_compound_noun(c.key(j), 4);
    let nouns = [x, y, z].iter().filter(|&&j| noun(j)).count();
    if nouns >= 2 && c.key(k) == "und" && [x, y, z].iter().all(|&j| !is_surname(c.key(j)))
        || noun(x) && c.key(x).ends_with("team")
    {
        return None;
    }
    // A sentence-initial common word is not a partner's name ("Yes, Smith and ...").
    if c.sentence_start(x) && is_common(c.key(x)) && !is_surname(c.key(x)) {
        return None;
    }
    // The names are surnames, not given names ("Anna, Paul and Eve").
    let given = [x, y, z]
        .iter()
        .filter(|&&j| {
            let key = c.key(j);
            is_first_name(key) && !is_surname(key)
        })
        .count();
    if given > 1 {
        return None;
    }
    let mut start = x;
    // more partners to the left: ", W" with W a known surname, not starting a line
    while start >= 2
        && c.is_punct(start - 1, ",")
        && c.is_cap(start - 2)
        && c.toks[start].sp
        && c.same_line(start - 1)
        && c.same_line(start)
        && !c.sentence_start(start - 2)
        && is_surname(c.key(start - 2))
    {
        start -= 2;
    }
    let mut end = z + 1;
    if end < c.toks.len()
        && c.same_line(end)
        && let Some(e) = match_org_suffix(c, end)
    {
        end = e;
    }
    Some((start, end))
}

/// If token `last` ends an "X, Y and Z" list, where it starts.
fn list_start(c: &Ctx<'_>, last: usize) -> Option<usize> {
    if last < 1 {
        return None;
    }
    list_at_conj(c, last - 1).map(|(s, _)| s)
}

/// At most this many capitalised common words are added to the front of a
/// name.
const MAX_LEAD_WORDS: usize = 2;

/// Top-level domains that end a company's name written as its web address.
const NAME_DOMAINS: &[&str] = &[
    "com", "net", "org", "de", "fr", "es", "it", "nl", "eu", "io", "at", "ch", "be", "uk",
];

/// "Freenet.de", "Booking.com": a company named by its web address; the
/// top-level domain written right after the name joins it, with a legal
/// form after it, unless more of an address follows ("freenet.de/mail",
/// "shop.freenet.de").
pub(super) fn widen_domain(c: &Ctx<'_>, found: &mut [Candidate]) {
    let glued = |i: usize| i < c.toks.len() && !c.toks[i].sp;
    for x in found
        .iter_mut()
        .filter(|x| x.ty == EntityType::Organization)
    {
        let Ok(last) = c.toks.binary_search_by_key(&x.end, |t| t.e) else {
            continue;
        };
        let (dot, tld) = (last + 1, last + 2);
        if !(c.is_punct(dot, ".")
            && glued(dot)
            && c.is_word(tld)
            && glued(tld)
            && NAME_DOMAINS.contains(&c.t(tld)))
        {
            continue;
        }
        // a path, a port, a query or a further label is an address
        let part = |i: usize| glued(i) && c.toks[i].kind != Kind::Punct;
        let more = part(tld + 1)
            || glued(tld + 1)
                && (["/", ":", "@", "-", "_", "?", "#", "="]
                    .iter()
                    .any(|p| c.is_punct(tld + 1, p))
                    && part(tld + 2)
                    || c.is_punct(tld + 1, ".") && part(tld + 2));
        if more {
            continue;
        }
        x.end = c.toks[tld].e;
        // and a legal form after it ("Freenet.de GmbH & Co. KG")
        if c.same_line(tld + 1)
            && let Some(end) = match_org_suffix(c, tld + 1)
        {
            x.end = c.toks[end - 1].e;
        }
    }
}

/// "Crédit Agricole Franche-Comté", "Groupama Méditerranée", "Citizens
/// Advice Calderdale", "Techdow Pharma Italy": a place written right after
/// an organisation's name, on its line, names its branch or its regional
/// body, as the document sets' annotators mark it, unless the name ends
/// with its legal form ("Acme GmbH Berlin" is a company and its town) or
/// the place goes on after a comma or a hyphen ("Acme Bologna, Italy", an
/// address's line) or opens a date.
pub(super) fn with_place_after(c: &Ctx<'_>, found: &mut [Candidate]) {
    let places: FxHashMap<usize, usize> = found
        .iter()
        .enumerate()
        .filter(|(_, x)| x.ty == EntityType::Location)
        .map(|(n, x)| (x.start, n))
        .collect();
    if places.is_empty() {
        return;
    }
    for n in 0..found.len() {
        let org = &found[n];
        if org.ty != EntityType::Organization {
            continue;
        }
        let Ok(last) = c.toks.binary_search_by_key(&org.end, |t| t.e) else {
            continue;
        };
        // a place found right after the name, on its line
        let next = last + 1;
        if !(c.is_cap(next) && c.same_line(next) && c.toks[next].sp) {
            continue;
        }
        let Some(&p) = places.get(&c.toks[next].s) else {
            continue;
        };
        // (not a code before a town: "resa FCA Cantù")
        let acronym = c.toks[last].upper && NOT_BODY_ACRONYMS.contains(&c.t(last));
        // (a legal form, not a business word: "Techdow Pharma Italy",
        // "Bramley Holdings UK")
        // ("Construcciones Ruiz S.L. Sevilla": a dotted form ends on its
        // last period)
        let first = c.toks.partition_point(|t| t.s < org.start);
        let dotted_form = (first..last).any(|k| match_org_suffix(c, k) == Some(last + 1));
        let t = c.t(last);
        let word = t.len() > 4
            && t.chars().skip(1).all(char::is_lowercase)
            && !matches!(t, "Limited" | "Corporation" | "Company" | "Incorporated");
        // (a name ending in its place takes no other: "Amtsgericht Leipzig
        // Deutschland")
        if legal_form_at(c, last) && !word
            || dotted_form
            || acronym
            || is_place(c.key(last)).is_some()
        {
            continue;
        }
        let place = &found[p];
        let Ok(place_last) = c.toks.binary_search_by_key(&place.end, |t| t.e) else {
            continue;
        };
        // (what follows the place: an address's or a date's line, a
        // hyphen's second part)
        let after = place_last + 1;
        let goes_on = c.same_line(after)
            && (c.is_punct(after, ",")
                || c.is_punct(after, "-")
                || c.toks[after].kind == Kind::Num
                || c.is_word(after) && c.is_cap(after) && !c.sentence_start(after));
        // (nor at a line's end, where a venue's or a sender's line ends
        // with its town: "Exhibitor Services, Jaarbeurs Utrecht⏎")
        let line_end = !c.same_line(after);
        if goes_on || line_end || (next..=place_last).any(|k| !c.same_line(k)) {
            continue;
        }
        let end = place.end;
        found[p].score = found[p].score.min(0.3);
        found[n].end = end;
    }
}

/// "Plaintiff: The Coca-Cola Company", "a report by The Vanguard Group": a
/// capitalised "The" opening a field's value or inside a sentence is part
/// of the organisation's name (at a sentence's start it is the article).
pub(super) fn with_the(c: &Ctx<'_>, found: &mut [Candidate]) {
    for org in found
        .iter_mut()
        .filter(|x| x.ty == EntityType::Organization)
    {
        let Ok(first) = c.toks.binary_search_by_key(&org.start, |t| t.s) else {
            continue;
        };
        if first == 0 || !c.same_line(first) || !c.toks[first].sp {
            continue;
        }
        let the = first - 1;
        // (not after a note's or a chat's colon: "Note: The Acme Ltd
        // contract", "Anna: The Müller GmbH invoice")
        if c.t(the) == "The"
            && c.is_word(the)
            && (!c.sentence_start(the) || label_before(c, the) == Some(EntityType::Organization))
        {
            org.start = c.toks[the].s;
        }
    }
}

/// Capitalised common words right before an organisation's name that the
/// rules left out, as they leave out such words before people's names
/// ("Patient John Miller", "Contact Acme Inc"): "– Office | Depot is
/// buying", "between First | Choice Yard Help", "rival International |
/// Paper Corp.". They join the name when nothing else claims them, they are
/// no opener, weekday, month, title, role or greeting, and the word before
/// them is a sentence's start or a lower-case word other than an article
/// (in German and Dutch a capitalised word after an article is a noun:
/// "mit dem Lieferanten Müller GmbH").
pub(super) fn widen_front(c: &Ctx<'_>, found: &mut [Candidate]) {
    // The organisations with such a word before them (most have none), by
    // index and first token; the other candidates are gathered only then.
    let leading: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .filter(|(_, x)| x.ty == EntityType::Organization)
        .filter_map(|(n, x)| {
            let first = c.toks.binary_search_by_key(&x.start, |t| t.s).ok()?;
            (first > 0 && lead_word(c, first - 1)).then_some((n, first))
        })
        .collect();
    if leading.is_empty() {
        return;
    }
    let mut others: Vec<(usize, usize)> = found
        .iter()
        .filter(|x| x.ty != EntityType::Organization)
        .map(|x| (x.start, x.end))
        .collect();
    others.sort_unstable();
    let claimed = |at: usize| {
        let n = others.partition_point(|&(s, _)| s <= at);
        others[..n].iter().rev().take(8).any(|&(_, e)| e > at)
    };
    let open = |i: usize| {
        c.sentence_start(i)
            || c.is_word(i - 1)
                && !c.toks[i - 1].cap
                && !c.toks[i - 1].upper
                && !c.lower_in(i - 1, &ORG_LEAD_STOP)
                && !c.lower_in(i - 1, POSSESSIVES)
                && !c.lower_in(i - 1, &PARTICLES)
    };
    // an institution's or court's word opens its name: an article or a
    // preposition before it is none of it ("De Stadt Herzogenrath", "Beim
    // Amtsgericht Bad Homburg", "De Provincie Utrecht", "De Omgevingsdienst
    // Regio Arnhem"; "Freie Universität Berlin" keeps its adjective)
    let institution = |i: usize| {
        ORG_PREFIXES.holds(c.t(i))
            || COUNCIL_HEADS.contains(&c.t(i))
            || BODY_OPENERS.contains(c.t(i))
            || c.lower_in(i, COURTS_BEFORE_PLACE)
            || c.lower_in(i, COURTS_OF_PLACE)
            || dutch_name_compound(c, i)
    };
    let function_word = |p: usize| {
        c.lower_in(p, ARTICLES_ALL)
            || c.lower_in(
                p,
                &[
                    "beim", "im", "am", "vom", "zum", "zur", "bij", "van", "voor", "del", "al",
                    "au", "du", "des", "dal", "nel",
                ],
            )
    };
    for (n, first) in leading {
        let mut start = first;
        // (a known company's name is as the list writes it: "De
        // Belastingdienst heeft")
        let known = found[n].recognizer == "org_known";
        while first - start < MAX_LEAD_WORDS
            && start > 0
            && lead_word(c, start - 1)
            && !claimed(c.toks[start - 1].s)
            && !((institution(first) || known) && function_word(start - 1))
        {
            start -= 1;
        }
        if start < first && open(start) {
            found[n].start = c.toks[start].s;
        }
    }
}

/// A capitalised common word that may start a company's name.
fn lead_word(c: &Ctx<'_>, p: usize) -> bool {
    c.is_cap(p)
        // (no name opens with a lower-case word after it: "De gemeente
        // Kampen heeft", "Le tribunal de commerce de Lyon")
        && !(c.is_word(p + 1) && !c.is_cap(p + 1) && !c.toks[p + 1].upper)
        && !contract_between(c, p)
        && c.toks[p + 1].sp
        && c.same_line(p + 1)
        && is_common(c.key(p))
        && !c.lower_in(p, &ORG_STOP)
        && !c.lower_in(p, &ORG_LEAD_STOP)
        && !c.lower_in(p, &GREETINGS)
        && !c.lower_in(p, &TITLES)
        && !c.lower_in(p, &SIGNOFFS)
        && !c.lower_in(p, &PERSON_CONTEXT)
        && !c.lower_in(p, &ORG_CONTEXT)
        && !c.lower_in(p, JOB_TITLES)
        && !EMPLOYMENT_WORDS.contains(c.key(p))
}

/// A company named once by its legal form, a label, a list or its context
/// is the same company where its name recurs in the text without them
/// ("Spyker BV neemt Ctac over. Spyker ...", "Supplier: Zentrovex ... Thank
/// you, Zentrovex"): each other mention of the name's words (those before
/// a legal form) becomes a weaker candidate, which a full name, a title or
/// a stronger reading of the same words still beats when the candidates'
/// overlaps are resolved. A name that is one common word, given name or
/// place is not carried over ("Berlin GmbH" leaves Berlin a city), nor a
/// mention inside a longer capitalised run ("Diehl" in "Diehl Metall").
pub(super) fn named_again(c: &Ctx<'_>, found: &mut Vec<Candidate>, first: usize) {
    // the organisations found, by start, with the furthest end so far: a
    // span is inside one of them iff the furthest end of those starting at
    // or before it reaches its end
    let mut orgs: Vec<(usize, usize)> = found[first..]
        .iter()
        .filter(|x| x.ty == EntityType::Organization)
        .map(|x| (x.start, x.end))
        .collect();
    orgs.sort_unstable();
    let mut furthest = 0;
    for o in &mut orgs {
        furthest = furthest.max(o.1);
        o.1 = furthest;
    }
    let inside = |s: usize, e: usize| {
        let n = orgs.partition_point(|&(start, _)| start <= s);
        n > 0 && orgs[n - 1].1 >= e
    };
    // the last words of the people found: a one-word company name that is
    // also a person's surname in the text is not carried over ("Müller
    // GmbH ... Thomas Müller ... Müller sagte")
    let surnames: FxHashSet<&str> = found[first..]
        .iter()
        // (a person found by context alone may be two companies: "por
        // Garrigues y Cemguad")
        .filter(|x| x.ty == EntityType::Person && x.score >= ORG_AGAIN_SOURCE)
        .filter_map(|x| c.text[x.start..x.end].split_whitespace().last())
        .collect();
    // the names' token ranges, by their first token's text
    // keyed by the first two words ("" for a one-word name), so that a
    // mention is compared with the few names that start as it does
    let mut names: FxHashMap<(&str, &str), Vec<(usize, usize)>> = FxHashMap::default();
    let mut seen: FxHashSet<String> = FxHashSet::default();
    // the names that are a company's first word alone
    let mut heads: FxHashSet<usize> = FxHashSet::default();
    // the names that are what follows a trade's words
    let mut tails: FxHashSet<usize> = FxHashSet::default();
    // a word that alone names something else: a job, a common word, a
    // given name, a place, a surname of a person found
    let names_else = |a: usize| {
        let k = c.key(a);
        listed_job(c, a)
            || is_common(k)
            || is_first_name(k)
            || is_place(k).is_some()
            || surnames.contains(c.t(a))
    };
    for x in &found[first..] {
        if x.ty != EntityType::Organization || x.score < ORG_AGAIN_SOURCE {
            continue;
        }
        let a = c.toks.partition_point(|t| t.s < x.start);
        let mut b = a;
        while b < c.toks.len() && c.toks[b].e <= x.end {
            b += 1;
        }
        let cut = (a + 1..b).find(|&k| legal_form_at(c, k));
        let mut e = cut.unwrap_or(b);
        while e > a && !c.is_word(e - 1) && c.toks[e - 1].kind != Kind::Num {
            e -= 1;
        }
        if e == a || !(c.is_cap(a) || c.toks[a].upper) {
            continue;
        }
        if e - a == 1 {
            let k = c.key(a);
            // ("Smith & Sons Ltd", "Frost Systems Ltd": the one word left
            // before a family's or a trade's words is a surname or a word)
            // (a word that is no surname before a trade's word is the
            // firm's own name: "Thistledown Insurance plc … Thistledown
            // told me", "Fleetwise Solutions")
            let family_or_trade = cut.is_some_and(|k| {
                matches!(c.t(k), "&" | "and" | "et" | "e" | "und" | "en" | "y")
                    || BUSINESS_WORDS.contains(c.key(k)) && is_surname(c.key(a))
            });
            // (found by context or a label alone, a known surname is as
            // often the person: "Termin bei Schneider")
            let weak_surname = x.score < ORG_BUSINESS_WORD && is_surname(k);
            // (an acronym is matched in capitals only: "IVO", "ALIA" name
            // no given name or word where they recur)
            let else_named = if acronym(c, a) {
                listed_job(c, a) || is_place(k).is_some() || TECH_ACRONYMS.contains(&c.t(a))
            } else {
                names_else(a)
            };
            if c.t(a).chars().count() < 3 || else_named || family_or_trade || weak_surname {
                continue;
            }
        }
        let joined = (a..e).map(|k| c.t(k)).collect::<Vec<_>>().join(" ");
        if seen.insert(joined) {
            let second = if e - a == 1 { "" } else { c.t(a + 1) };
            names.entry((c.t(a), second)).or_default().push((a, e));
        }
        // "Officine Meccaniche Brambilla S.p.A. … clienti di Brambilla",
        // "Stichting Zorgcentrum De Lindehof … van De Lindehof": the name
        // after a trade's words, without its own trade words after it
        // (a person in the text may bear it too: "Officine Galbiati …
        // Luca Galbiati … la lettera di Galbiati" is read as the firm, as
        // the document sets' family firms mostly are)
        if let Some((ta, te)) = trade_tail(c, a, e)
            && seen.insert((ta..te).map(|k| c.t(k)).collect::<Vec<_>>().join(" "))
        {
            let second = if te - ta == 1 { "" } else { c.t(ta + 1) };
            names.entry((c.t(ta), second)).or_default().push((ta, te));
            tails.insert(ta);
        }
        // "Tulpenveld Logistics B.V. ... groeit Tulpenveld": a name and
        // words of its trade, then its first word alone (not a word, a
        // given name, a place or a surname: "Meyer Logistik GmbH ... Herr
        // Meyer")
        // (or a name of two or three words before a legal form: "Pelagos
        // Maritime S.A. … Pelagos claimed")
        if e - a >= 2
            && ((a + 1..e).all(|k| BUSINESS_WORDS.contains(c.key(k)))
                || cut.is_some() && e - a <= 3 && c.t(a).chars().count() >= 5)
            && c.is_cap(a)
            && c.t(a).chars().count() >= 4
            && !names_else(a)
            // (a surname too when a legal form names the firm: "Marlowe
            // Agricultural Machinery plc … supplied Marlowe"; a title
            // before a mention still makes it the person's)
            && (!is_surname(c.key(a)) || cut.is_some())
            && !is_german_noun(c.key(a))
            && seen.insert(c.t(a).to_owned())
        {
            names.entry((c.t(a), "")).or_default().push((a, a + 1));
            heads.insert(a);
        }
    }
    if names.is_empty() {
        return;
    }
    let firsts: FxHashSet<&str> = names.keys().map(|&(f, _)| f).collect();
    let capitalised = |k: usize| c.is_cap(k) || c.toks[k].upper;
    // a mention's text without a possessive ("Zentrovex's")
    let bare = |k: usize| &c.text[c.toks[k].s..c.word_end(k)];
    for i in 0..c.toks.len() {
        if !capitalised(i) {
            continue;
        }
        // (one look-up rules out most words)
        if !firsts.contains(bare(i)) {
            continue;
        }
        let mut lists = [names.get(&(bare(i), "")), None, None];
        if c.same_line(i + 1) && i + 1 < c.toks.len() {
            lists[1] = names.get(&(c.t(i), c.t(i + 1)));
            if bare(i + 1) != c.t(i + 1) {
                lists[2] = names.get(&(c.t(i), bare(i + 1)));
            }
        }
        for &(a, e) in lists.into_iter().flatten().flatten() {
            let n = e - a;
            let matches = i + n <= c.toks.len()
                && (1..n).all(|j| {
                    let t = if j + 1 == n { bare(i + j) } else { c.t(i + j) };
                    c.same_line(i + j) && t == c.t(a + j)
                })
                && (n == 1 || c.t(i) == c.t(a));
            if !matches {
                continue;
            }
            let last = i + n - 1;
            let one = n == 1;
            // a whole name, not part of a longer capitalised run, nor
            // before a number ("Falcon 9") or, an acronym, a noun ("an ABC
            // analysis")
            let after = last + 1;
            let longer_after = c.same_line(after) && capitalised(after);
            let number_after =
                c.same_line(after) && c.toks.get(after).is_some_and(|t| t.kind == Kind::Num);
            // (after an article, or opening a longer name found: "LDB is
            // preparing" is the company, "KTB mechatronics" not it)
            // (an acronym modifies a noun after an English article or a
            // possessive: "an ABC analysis", "Our CRM system", "unser ERP
            // läuft"; "the ICO at any time", "de IGJ verzoekt" name the
            // body)
            let acronym_modifier = one
                && c.toks[i].upper
                && c.t(i).len() <= 4
                && c.same_line(after)
                && c.is_word(after)
                && !c.toks[after].cap
                && (i > 0
                    && (c.lower_in(i - 1, &["the", "a", "an"])
                        || c.lower_in(i - 1, MODIFIER_POSSESSIVES))
                    && !c.lower_in(after, ENGLISH_AFTER_NAME)
                    || names.contains_key(&(c.t(i), c.t(after))));
            // ("Volgens Zentrovex": a sentence's capitalised first word or
            // a common word before it is no part of the name)
            // ("Mein Arbeitgeber Siemens": a German noun before it is none)
            let longer_before = i > 0
                && c.same_line(i)
                && capitalised(i - 1)
                && c.toks[i].sp
                && !c.sentence_start(i - 1)
                && !is_common(c.key(i - 1))
                && !(c.is_cap(i - 1) && is_german_noun(c.key(i - 1)));
            // a person's place: a title, a job or a greeting before it
            // ("L'ingegner Rossi", "Le directeur, Moreau", "Beste Jansen,",
            // "Inhaber: Seidel")
            let person_slot = i > 0
                && c.same_line(i)
                && (c.lower_in(i - 1, &TITLES)
                    || elided_in(c, i - 1, &TITLES)
                    || listed_job(c, i - 1)
                    || i > 1 && c.is_punct(i - 1, ",") && listed_job(c, i - 2)
                    || greeting_before(c, i)
                    || label_before(c, i) == Some(EntityType::Person)
                    // ("de heer J. Postma", "l'ing. Vignati", "Die Familie
                    // Pöhlmann")
                    || initial(c.t(i - 1))
                    || i > 1
                        && c.is_punct(i - 1, ".")
                        && (initial(c.t(i - 2))
                            || c.lower_in(i - 2, &TITLES)
                            || elided_in(c, i - 2, &TITLES))
                    || c.lower_in(i - 1, FAMILY_WORDS));
            // a name's word after a link after a capitalised word is part
            // of a longer name ("Centro de Estudios", "Terre di Bitonto")
            let linked = i > 1
                && c.same_line(i - 2)
                && c.lower_in(
                    i - 1,
                    &["de", "da", "di", "del", "della", "van", "von", "of"],
                )
                && capitalised(i - 2)
                && (is_common(c.key(i - 2)) || is_body_word(c, i - 2))
                && !c.sentence_start(i - 2)
                && !listed_job(c, i - 2);
            // a place's ("am Rhein", "in Brabant"), and a German or Dutch
            // noun's after its article ("Die Zukunft", "een Lichtblick")
            // (a whole name after the dative "a", "à", "ad": "condena a
            // Cemguad", "encargó a ITISA")
            let dative = !heads.contains(&a)
                && i > 0
                && c.lower_in(i - 1, &["a", "à", "ad"])
                && !is_surname(c.key(i))
                && !is_first_name(c.key(i));
            // (a company's own name after "de", "to", "from" is no place:
            // "les clients de Numerix", "sent to Vantor", and an acronym
            // after any word is none: "de IGJ", "der DBU", "in FBR")
            let party_prep = i > 0
                && c.lower_in(i - 1, PARTY_PREPS)
                && !is_surname(c.key(i))
                // (Dutch "de" is an article after a preposition: "van de
                // Rijn"; after a capitalised word "de" is a name's particle:
                // "Juan Sebastián de Elcano")
                && !(i > 1
                    && (c.key(i - 1) == "de" && c.lower_in(i - 2, DUTCH_PREPS)
                        || c.lower_in(i - 1, &["de", "da"]) && capitalised(i - 2)))
                // (a journey: "from Pendle to Clitheroe", "de Lyon à Paris")
                && !(c.lower_in(i - 1, &["from", "de", "desde", "depuis", "da"])
                    && c.same_line(i + 1)
                    && c.lower_in(i + 1, &["to", "à", "a", "hasta", "jusqu'à", "naar", "nach"]));
            let capitals = acronym(c, i);
            let place_or_noun = one
                && !capitals
                && (prep_before(c, i) && !dative && !party_prep
                    // ("am Rhein", "im Allgäu")
                    || i > 0 && c.same_line(i) && c.lower_in(i - 1, &["am", "im"])
                    || i > 0 && c.same_line(i) && c.lower_in(i - 1, NOUN_ARTICLES));
            // a name's first word alone not after an article ("il
            // Vesuvio", "La Cometa di Halley", "un Gabbiano" name no
            // company)
            let bare_head = one
                && heads.contains(&a)
                && i > 0
                && c.same_line(i)
                && (c.lower_in(i - 1, ARTICLES_ALL) || elided_in(c, i - 1, ARTICLES_ALL));
            // and a name after a trade's words after an article or a
            // river's word ("El río Tajo", "del Nervión", "il Brenta", "de
            // rivier Vecht" name the river)
            let bare_tail = one
                && tails.contains(&a)
                && i > 0
                && c.same_line(i)
                && (c.lower_in(i - 1, ARTICLES_ALL) && !c.lower_in(i - 1, &["de"])
                    || elided_in(c, i - 1, ARTICLES_ALL)
                    || c.lower_in(i - 1, ARTICLE_CONTRACTIONS)
                    || c.lower_in(i - 1, RIVER_WORDS));
            if longer_after
                || linked
                || number_after
                || acronym_modifier
                || bare_tail
                || longer_before
                || person_slot
                || place_or_noun
                || bare_head
            {
                continue;
            }
            let (s, e_byte) = (c.toks[i].s, c.word_end(last));
            if inside(s, e_byte) {
                continue;
            }
            push(
                found,
                EntityType::Organization,
                s,
                e_byte,
                ORG_AGAIN,
                "org_again",
            );
        }
    }
}

/// Token `i` is an acronym: two to six letters and digits, opening with
/// a capital and holding two capitals or more ("IVO", "A2A", "KNMvD",
/// "KfW").
fn acronym(c: &Ctx<'_>, i: usize) -> bool {
    let t = c.t(i);
    (2..=6).contains(&t.chars().count())
        && t.starts_with(|ch: char| ch.is_uppercase())
        && t.chars().filter(|ch| ch.is_uppercase()).count() >= 2
        && t.chars().all(char::is_alphanumeric)
}

/// `t` is a person's initial: one capital letter, with or without its
/// point ("J.", "J").
fn initial(t: &str) -> bool {
    let mut chars = t.chars();
    chars.next().is_some_and(char::is_uppercase) && matches!(chars.as_str(), "" | ".")
}

/// Words for a family before its surname ("Die Familie Pöhlmann").
const FAMILY_WORDS: &[&str] = &[
    "family", "familie", "famille", "familia", "famiglia", "fam", "gezin", "famiglie",
];

/// Prepositions before a company's own name that do not make it a place
/// ("les clients de Numerix", "sent to Vantor", "demandé à Axéo", "from
/// Hotjar").
const PARTY_PREPS: &[&str] = &["de", "da", "to", "from", "à", "a", "desde", "depuis"];

/// Possessives before an acronym that modifies a noun ("Our CRM system",
/// "Ons CRM systeem", "unser ERP läuft").
const MODIFIER_POSSESSIVES: &[&str] = &[
    "our", "your", "their", "my", "ons", "onze", "uw", "unser", "unsere", "unserem", "unseren",
    "ihr", "ihre", "notre", "votre", "nuestro", "nuestra", "nostro", "nostra",
];

/// Contractions of a preposition and an article before a river's or a
/// mountain's name ("del Nervión", "dal Brenta", "nel Po").
const ARTICLE_CONTRACTIONS: &[&str] = &[
    "del", "al", "dal", "nel", "sul", "col", "du", "au", "vom", "zum", "am", "im",
];

/// Words before a river's name.
const RIVER_WORDS: &[&str] = &[
    "river", "río", "rio", "ría", "fiume", "torrente", "rivier", "fleuve", "rivière", "fluss",
];

/// Dutch prepositions before the article "de".
const DUTCH_PREPS: &[&str] = &[
    "van", "aan", "op", "in", "bij", "naar", "uit", "voor", "met", "door", "over", "onder", "tot",
    "langs", "tegen", "achter", "naast",
];

/// Words after "the ICO" that are no noun it modifies.
const ENGLISH_AFTER_NAME: &[&str] = &[
    "at", "on", "in", "to", "for", "of", "by", "with", "and", "or", "is", "was", "has", "had",
    "will", "would", "can", "could", "may", "must", "should", "shall", "said", "says", "did",
    "does", "are", "were", "have",
];

/// Trade words that open a firm's name before its own name, plural or
/// compound as the firms write them ("Officine Meccaniche Brambilla",
/// "Fromageries Berthaud", "Estructuras Metálicas Txingudi", "Zorggroep De
/// Linde"), besides the body words of [`is_body_word`].
const TRADE_LEADS: &[&str] = &[
    "officine",
    "meccaniche",
    "ceramiche",
    "rubinetterie",
    "gastronomia",
    "distillerie",
    "fonderie",
    "tessiture",
    "autotrasporti",
    "vivai",
    "cantine",
    "fromageries",
    "menuiseries",
    "laboratoires",
    "ateliers",
    "établissements",
    "chantiers",
    "transports",
    "estructuras",
    "metálicas",
    "supermercados",
    "clínicas",
    "conservas",
    "calzados",
    "polímeros",
    "talleres",
    "almacenes",
    "viveros",
    "muebles",
    "kinderopvang",
    "zorggroep",
    "woonstichting",
    "zorgcentrum",
    "kwekerijen",
    "verzekeringen",
];

/// Words of a body named by its place ("Gemeente Deventer", "Klinikum
/// Nürnberg", "Sparkasse Hagen"): what follows them is a place, not a
/// short name.
const PLACE_BODY_LEADS: &[&str] = &[
    "gemeente",
    "comune",
    "ayuntamiento",
    "mairie",
    "regione",
    "provincia",
    "provincie",
    "gobierno",
    "junta",
    "diputación",
    "generalitat",
    "landkreis",
    "kreis",
    "stadt",
    "finanzamt",
    "stadtwerke",
    "sparkasse",
    "volksbank",
    "raiffeisenbank",
    "klinikum",
    "krankenhaus",
    "ziekenhuis",
    "ospedale",
    "hôpital",
    "hospital",
    "university",
    "universität",
    "université",
    "universidad",
    "università",
    "universiteit",
    "hochschule",
    "hogeschool",
    "fachhochschule",
    "prefettura",
    "préfecture",
    "questura",
    "handelskammer",
    "handwerkskammer",
    "ihk",
    "landesamt",
    "bundesamt",
    "amtsgericht",
    "landgericht",
    "rechtbank",
    "tribunal",
    "tribunale",
    "polizei",
    "politie",
    "policía",
    "polizia",
    "police",
    "agenzia",
    "agencia",
    "agence",
];

/// The short name inside a firm's name `a..e` (its legal form left out)
/// after the trade's words that open it: "Officine Meccaniche Brambilla"
/// gives "Brambilla", "Hoveniersbedrijf Groenrijk Holding" "Groenrijk",
/// "Stichting Zorgcentrum De Lindehof" "De Lindehof", "Clínicas Sonrisa
/// Plus" "Sonrisa Plus"; none for a body named by its place, a given
/// name, a common word or a place.
fn trade_tail(c: &Ctx<'_>, a: usize, e: usize) -> Option<(usize, usize)> {
    let mut k = a;
    while k < e
        && c.is_cap(k)
        && c.same_line(k)
        && (is_body_word(c, k) || c.lower_in(k, TRADE_LEADS))
    {
        if c.lower_in(k, PLACE_BODY_LEADS)
            || COUNCIL_HEADS.contains(&c.t(k))
            || c.lower_in(k, COURTS_BEFORE_PLACE)
            || c.lower_in(k, COURTS_OF_PLACE)
        {
            return None;
        }
        k += 1;
    }
    if k == a || k >= e {
        return None;
    }
    // the name's own capitalised words, then its trade's words left out
    let mut te = k;
    while te < e && c.is_cap(te) && c.same_line(te) && te - k < 3 {
        te += 1;
    }
    while te > k + 1 && (is_body_word(c, te - 1) || c.lower_in(te - 1, TRADE_LEADS)) {
        te -= 1;
    }
    // (the whole name but its trade's and family's words: not "Rijn" of
    // "Waterschap Rijn en IJssel")
    let mut rest = te;
    while rest < e && (BUSINESS_WORDS.contains(c.key(rest)) || c.lower_in(rest, TRADE_LEADS)) {
        rest += 1;
    }
    if rest < e && !matches!(c.t(rest), "&" | "+") {
        return None;
    }
    let n = te - k;
    // ("De Lindehof", "Da Checco": an article opens the name)
    let core = if n == 2
        && c.lower_in(
            k,
            &[
                "de", "da", "la", "le", "il", "el", "het", "los", "las", "les",
            ],
        ) {
        k + 1
    } else {
        k
    };
    let plain = |w: usize| {
        let key = c.key(w);
        c.t(w).chars().count() >= 4
            && c.is_cap(w)
            && !c.toks[w].upper
            && !is_common(key)
            && !is_first_name(key)
            && is_place(key).is_none()
            && !is_german_noun(key)
            && !listed_job(c, w)
            && !is_body_word(c, w)
    };
    // (the name's first word is no common word; a second may be: "Sonrisa
    // Plus", "Laredo Mar")
    ((1..=2).contains(&n) && plain(core) && (core + 1..te).all(|w| !is_body_word(c, w)))
        .then_some((k, te))
}

/// Articles of the covered languages before a noun ("the", "il", "la",
/// "un", "de", "het", "der"…).
const ARTICLES_ALL: &[&str] = &[
    "the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "les", "un", "une", "el",
    "los", "las", "il", "lo", "gli", "uno", "una", "de", "het", "een",
];

/// Opening quotation marks of a contract's defined term.
const OPEN_QUOTES: &[&str] = &["\"", "“", "„", "«", "'", "‘", "‚"];
/// Closing quotation marks of a contract's defined term.
const CLOSE_QUOTES: &[&str] = &["\"", "”", "“", "»", "'", "’", "‘"];

/// Words that announce a contract's defined term in the six languages
/// ("hereinafter", "nachfolgend", "ci-après dénommée", "di seguito", "en
/// adelante", "hierna te noemen").
const DEFINED_TERM_CUES: &[&str] = &[
    "hereinafter",
    "hereafter",
    "referred",
    "nachfolgend",
    "folgenden",
    "ci-après",
    "dénommée",
    "dénommé",
    "désignée",
    "désigné",
    "seguito",
    "adelante",
    "denominada",
    "denominado",
    "hierna",
    "noemen",
];

/// A contract's defined term for a party named before it: "Kestrel Marine
/// Services Ltd (hereinafter \"Kestrel\")", "ci-après dénommée « Moreau
/// Emballages »", "nachfolgend „HVW“ genannt" after "Hanseatische
/// Versorgungswerke GmbH". The quoted capitalised words (at most four) are
/// an organisation when an organisation found in the 600 bytes before
/// holds them as whole words or has them as its initials; a person's words
/// ("il Sig. Luca Bonetti (di seguito \"Bonetti\")") make a person. The
/// term is a candidate strong enough for [`named_again`] to carry it over.
pub(super) fn defined_terms(c: &Ctx<'_>, found: &mut Vec<Candidate>, first: usize) {
    let n = c.toks.len();
    let mut added = Vec::new();
    // bodies spelled by their acronym, sure enough to win over a place
    // inside them ("… des populations du Nord (DDPP)")
    let mut spelled = Vec::new();
    // the people and organisations found, by end, for the window before
    // each quote
    // (made at the first quote that needs it: most texts have none)
    let mut named: Option<Vec<(usize, usize, EntityType)>> = None;
    for q in 1..n {
        // "Health Products Regulatory Authority (HPRA)": an acronym in
        // brackets right after an organisation, spelling it (below)
        if c.is_punct(q, "(") && c.is_punct(q + 2, ")") && c.same_line(q + 2) {
            let a = q + 1;
            let t = c.t(a);
            // (in capitals, or with two or more: "GETFund", "BZSt", "KfW")
            let capitals = t.chars().filter(|ch| ch.is_uppercase()).count();
            let acronym = c.is_word(a)
                && (c.toks[a].upper
                    || capitals >= 2 && t.chars().next().is_some_and(char::is_uppercase))
                && (3..=8).contains(&t.chars().count())
                && t.chars().all(|ch| ch.is_alphabetic())
                && is_place(c.key(a)).is_none();
            if acronym {
                let named = named.get_or_insert_with(|| names_by_end(found, first));
                let before = c.toks[q - 1].e;
                let hi = named.partition_point(|&(end, _, _)| end <= before);
                // (its letters in the order of the name's words' initials,
                // or four letters or more with its first: not "(ES)",
                // "(TBC)", "(NEW)" after "Endesa SA"; "(VLAIO)" after
                // "Vlaams Agentschap Innoveren & Ondernemen")
                let spells = |name: &str| {
                    let mut initials = name
                        .split([' ', '-'])
                        .filter_map(|w| w.chars().next())
                        .flat_map(char::to_uppercase);
                    name.chars().next() == t.chars().next()
                        && (t.chars().count() >= 4 && !STATUS_WORDS.contains(&t)
                            || t.chars().all(|ch| initials.any(|i| i == ch)))
                };
                // (or, as Schwartz and Hearst's rule reads it, from the
                // name's first letter: "Aquatec Soluciones Ambientales
                // S.L. (AQT)")
                let letters = acronym_letters(t);
                let abbreviates = |name: &str| abbreviation_start(name, &letters) == Some(0);
                let org = named[..hi]
                    .iter()
                    .rev()
                    .take_while(|x| x.0 == before)
                    .find(|x| {
                        x.2 == EntityType::Organization
                            && (spells(&c.text[x.1..x.0])
                                || abbreviates(&c.text[x.1..x.0]) && !STATUS_WORDS.contains(&t))
                    });
                if org.is_some() {
                    added.push((EntityType::Organization, c.toks[a].s, c.toks[a].e));
                } else if let Some(start) =
                    spelled_body(c, q, t).or_else(|| spelled_name(c, q, t, &letters))
                {
                    // "Office français de la biodiversité (OFB)": a body
                    // written with lower-case words, found by the acronym
                    // that spells it ("L'Istituto nazionale…": after the
                    // elided article)
                    let from = elision_len(c.t(start));
                    spelled.push((c.toks[start].s + from, c.toks[q - 1].e));
                    added.push((EntityType::Organization, c.toks[a].s, c.toks[a].e));
                }
            }
            // "Bouwbedrijf Hendriksen Ede B.V. (Hendriksen)": one word of
            // the organisation right before, in brackets, is its short name
            let word = c.is_cap(a) && t.chars().count() >= 4 && !is_common(c.key(a));
            if word {
                let named = named.get_or_insert_with(|| names_by_end(found, first));
                let before = c.toks[q - 1].e;
                let hi = named.partition_point(|&(end, _, _)| end <= before);
                let holds = |name: &str| name.split([' ', ',', '-']).any(|w| w == t);
                let org = named[..hi]
                    .iter()
                    .rev()
                    .take_while(|x| x.0 == before)
                    .find(|x| x.2 == EntityType::Organization && holds(&c.text[x.1..x.0]));
                if org.is_some() && is_place(c.key(a)).is_none() {
                    added.push((EntityType::Organization, c.toks[a].s, c.toks[a].e));
                }
            }
            continue;
        }
        if c.toks[q].kind != Kind::Punct || !OPEN_QUOTES.contains(&c.t(q)) {
            continue;
        }
        // a cue among the four tokens before the quote, on its line, or a
        // bracket right before it ("Kestrel Marine Services Ltd
        // (\"Kestrel\")")
        let cue = c.is_punct(q - 1, "(")
            || (q.saturating_sub(4)..q)
                .any(|k| c.same_line(k + 1) && c.lower_in(k, DEFINED_TERM_CUES));
        if !cue || !c.is_word(q + 1) || !(c.is_cap(q + 1) || c.toks[q + 1].upper) {
            continue;
        }
        let mut e = q + 1;
        while e < n && e - q <= 4 && (c.is_word(e) || c.is_punct(e, "&")) && c.same_line(e) {
            e += 1;
        }
        if e >= n || e - q > 4 || !CLOSE_QUOTES.contains(&c.t(e)) {
            continue;
        }
        let (s, end) = (c.toks[q + 1].s, c.toks[e - 1].e);
        let term = &c.text[s..end];
        let initials = |t: &str| -> String {
            t.split_whitespace()
                .filter(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !is_org_suffix_word(w.trim_end_matches('.'))
                })
                .filter_map(|w| w.chars().next())
                .collect()
        };
        let holds = |t: &str| {
            t.match_indices(term).any(|(i, _)| {
                let before = t[..i].chars().next_back();
                let after = t[i + term.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        };
        // ("Kestrel Marine Services Ltd (\"Services\")": one common word
        // is no defined name)
        if e == q + 2 && (is_common(c.key(q + 1)) || BUSINESS_WORDS.contains(c.key(q + 1))) {
            continue;
        }
        let named = named.get_or_insert_with(|| names_by_end(found, first));
        let qs = c.toks[q].s;
        let lo = named.partition_point(|&(end, _, _)| end + 600 < qs);
        let hi = named.partition_point(|&(end, _, _)| end <= qs);
        let mut ty = None;
        for &(x_end, x_start, x_ty) in named[lo..hi].iter().rev() {
            let t = &c.text[x_start..x_end];
            match x_ty {
                EntityType::Organization
                    if holds(t) || term.len() >= 2 && initials(t) == term || blend(term, t) =>
                {
                    ty = Some(EntityType::Organization);
                    break;
                }
                EntityType::Person if ty.is_none() && holds(t) => ty = Some(EntityType::Person),
                _ => {}
            }
        }
        if let Some(ty) = ty {
            added.push((ty, s, end));
        }
    }
    for (ty, s, e) in added {
        push(found, ty, s, e, ORG_DEFINED_TERM, "defined_term");
    }
    for (s, e) in spelled {
        push(
            found,
            EntityType::Organization,
            s,
            e,
            ORG_PREFIX_OF,
            "spelled_body",
        );
    }
}

/// Words that open the name of a public body, an institution or an
/// association spelled by an acronym in brackets after it.
const SPELLED_HEADS: &[&str] = &[
    // (companies and authorities of the State, written in sentence case:
    // "Société de gestion des financements et de la garantie de
    // l'accession sociale à la propriété (SGFGAS)", "Autoridad Portuaria de
    // la Bahía de Algeciras (APBA)", "Maison départementale des personnes
    // handicapées (MDPH)")
    "société",
    "sociedad",
    "società",
    "empresa",
    "autoridad",
    "entidad",
    "organismo",
    "secretaría",
    "consejería",
    "maison",
    "régie",
    "commissariat",
    "haut",
    "ordre",
    "ordine",
    "ispettorato",
    "inspectie",
    "office",
    "direction",
    "agence",
    "institut",
    "caisse",
    "fédération",
    "syndicat",
    "communauté",
    "centre",
    "chambre",
    "conseil",
    "association",
    "union",
    "autorité",
    "commission",
    "comité",
    "établissement",
    "laboratoire",
    "université",
    "école",
    "observatoire",
    "mutuelle",
    "groupement",
    "fondation",
    "ministère",
    "haute",
    "agency",
    "authority",
    "institute",
    "council",
    "federation",
    "society",
    "committee",
    "center",
    "department",
    "ministry",
    "university",
    "college",
    "foundation",
    "bureau",
    "agencia",
    "instituto",
    "dirección",
    "consejo",
    "confederación",
    "fundación",
    "asociación",
    "federación",
    "servicio",
    "oficina",
    "tesorería",
    "centro",
    "comisión",
    "cámara",
    "caja",
    "mutua",
    "universidad",
    "colegio",
    "consorcio",
    "junta",
    "sindicato",
    "agenzia",
    "istituto",
    "direzione",
    "ufficio",
    "ente",
    "azienda",
    "consorzio",
    "federazione",
    "associazione",
    "camera",
    "cassa",
    "fondazione",
    "autorità",
    "servizio",
    "comitato",
    "consiglio",
    "unione",
    "università",
    "dienst",
    "stichting",
    "vereniging",
    "instituut",
    "autoriteit",
    "raad",
    "agentschap",
    "federatie",
    "centrum",
    "universiteit",
    "ministerie",
    "verband",
    "verein",
    "stiftung",
    "bundesamt",
    "landesamt",
    "bundesanstalt",
    "zentrum",
    "kammer",
    "service",
];

/// Start of the name that the acronym `acr` in brackets at `q` + 1 spells:
/// "Office français de la biodiversité (OFB)", "Direction départementale
/// de la protection des populations du Nord (DDPP)", "Institut national de
/// recherche pour l'agriculture, l'alimentation et l'environnement
/// (INRAE)". Its first word opens names of bodies ([`SPELLED_HEADS`]) and
/// has the acronym's first letter; the acronym's other letters are, in
/// order, initials of the words after it (the parts of hyphened words,
/// elided articles left out), at most twenty words on the line. The
/// nearest such word wins; a name with a lower-case word (else the other
/// rules find it) and no capital word unspelled but places after the last
/// spelled one.
fn spelled_body(c: &Ctx<'_>, q: usize, acr: &str) -> Option<usize> {
    // (an acronym's lower-case letters are inside words: "Direction
    // générale des finances publiques (DGFiP)" spells D, G, F, P)
    let mixed = acr.chars().any(char::is_lowercase);
    let letters: Vec<char> = acr
        .chars()
        .filter(|ch| !mixed || ch.is_uppercase())
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .collect();
    // the words before the bracket, nearest first, with their initials
    let mut words: Vec<(usize, Vec<char>)> = Vec::new();
    let mut k = q;
    while k > 0 && words.len() < 20 {
        k -= 1;
        if !c.same_line(k + 1) && k + 1 < q {
            break;
        }
        if c.is_punct(k, ",") {
            continue;
        }
        if !c.is_word(k) {
            break;
        }
        let key = c.key(k);
        let word = &key[elision_len(key)..];
        // (accents folded: "d'énergie" spells E)
        let initials = word
            .split('-')
            .filter_map(|p| p.chars().next())
            .map(fold_accent)
            .collect::<Vec<char>>();
        if !initials.is_empty() {
            words.push((k, initials));
        }
    }
    // (most to least near: the first head word whose initials spell it)
    for h in 0..words.len() {
        let (start, ref first) = words[h];
        if !(c.is_cap(start)
            && first.first() == letters.first()
            && (c.lower_in(start, SPELLED_HEADS) || elided_in(c, start, SPELLED_HEADS))
            && !(start > 0
                && c.same_line(start)
                && c.is_cap(start - 1)
                && !c.sentence_start(start - 1)))
        {
            continue;
        }
        // the words after the head, in order; a hyphened word may give
        // several letters ("franco-québécois": F, Q)
        let rest: Vec<(usize, &Vec<char>)> =
            words[..h].iter().rev().map(|(k, i)| (*k, i)).collect();
        let mut p = 1;
        let mut last_spelled = start;
        for &(k, initials) in &rest {
            for ch in initials {
                if p < letters.len() && *ch == letters[p] {
                    p += 1;
                    last_spelled = k;
                }
            }
        }
        if p < letters.len() {
            continue;
        }
        let lower_inside = rest
            .iter()
            .any(|&(k, _)| !c.is_cap(k) && !c.toks[k].upper && !c.lower_in(k, &PARTICLES));
        let unspelled_caps = rest
            .iter()
            .any(|&(k, _)| k > last_spelled && c.is_cap(k) && is_place(c.key(k)).is_none());
        if lower_inside && !unspelled_caps {
            return Some(start);
        }
        return None;
    }
    None
}

/// The small words a name spelled by its acronym may hold between its
/// capitalised words ("Kwame Nkrumah University of Science and Technology
/// (KNUST)", "Organización Internacional del Trabajo (OIT)").
const SPELLED_NAME_LINKS: &[&str] = &[
    "of", "for", "and", "the", "on", "in", "&", "für", "und", "zur", "zum", "der", "des", "die",
    "von", "im", "de", "del", "della", "delle", "dei", "degli", "di", "du", "la", "le", "les",
    "et", "pour", "y", "e", "el", "los", "las", "para", "per", "en", "van", "voor", "het", "op",
    "d'", "l'", "ter", "tot", "te", "al", "alla", "allo", "a", "à", "au", "aux", "da", "do", "dos",
    "das", "an", "am", "auf", "bei", "at", "dello", "dell'",
];

/// Words of a law, a document, a programme, a measure or a product: a name
/// holding one is no organisation's, whatever spells it ("General Data
/// Protection Regulation (GDPR)", "Bundesdatenschutzgesetz (BDSG)").
const NOT_BODY_NAME_WORDS: &[&str] = &[
    "dollar",
    "dollars",
    "euros",
    "pounds",
    "francs",
    "pesos",
    "dirhams",
    "dirham",
    "architecture",
    "planning",
    "enterprises",
    "euro",
    "pound",
    "franc",
    "krone",
    "krona",
    "peso",
    "rupee",
    "dinar",
    "riyal",
    "lira",
    "zloty",
    "regulation",
    "directive",
    "act",
    "law",
    "convention",
    "treaty",
    "agreement",
    "programme",
    "program",
    "plan",
    "scheme",
    "report",
    "certificate",
    "standard",
    "protocol",
    "policy",
    "framework",
    "project",
    "verordnung",
    "richtlinie",
    "gesetz",
    "vertrag",
    "programm",
    "bericht",
    "règlement",
    "loi",
    "contrat",
    "rapport",
    "reglamento",
    "directiva",
    "ley",
    "contrato",
    "programa",
    "informe",
    "regolamento",
    "direttiva",
    "legge",
    "decreto",
    "contratto",
    "programma",
    "rapporto",
    "verordening",
    "richtlijn",
    "wet",
    "overeenkomst",
    "regeling",
    "verslag",
];

/// Ends of compounds (German, Dutch) that name a body or a firm, for a
/// name spelled by its acronym ("Verkehrsverbundes Oberelbe (VVO)",
/// "Centraal Administratiekantoor (CAK)", "Vlaamse Milieumaatschappij
/// (VMM)").
const SPELLED_COMPOUND_TAILS: &[&str] = &[
    "organisation",
    "organization",
    "organización",
    "organizzazione",
    "organisatie",
    "verband",
    "verbund",
    "institut",
    "amt",
    "kasse",
    "werk",
    "gesellschaft",
    "kammer",
    "ministerium",
    "behörde",
    "anstalt",
    "stiftung",
    "verein",
    "bank",
    "gericht",
    "akademie",
    "hochschule",
    "universität",
    "zentrum",
    "stelle",
    "agentur",
    "bund",
    "dienst",
    "rat",
    "maatschappij",
    "kantoor",
    "instituut",
    "raad",
    "fonds",
    "stichting",
    "vereniging",
    "bond",
    "bureau",
    "schap",
    "centrum",
    "inspectie",
];

/// Start of the capitalised name before the bracket at `q` that the
/// acronym `acr` (its `letters`: [`acronym_letters`]) abbreviates when no
/// rule found it: the acronym's letters in order in the name, its first
/// letter a word's first (Schwartz and Hearst's rule: "Ghana Education Trust Fund (GETFund)",
/// "Verkehrsverbundes Oberelbe (VVO)", "Deutsche Weininstitut (DWI)"),
/// at most five words more than it has letters, and a word of a body or a
/// firm among them ([`is_body_word`]), none of a law or a document.
fn spelled_name(c: &Ctx<'_>, q: usize, acr: &str, letters: &[char]) -> Option<usize> {
    // the name's words back from the bracket on its line: capitalised
    // words, words in capitals and the small words between them
    let mut lo = q;
    let mut k = q;
    let mut words = 0;
    while k > 0 && words < letters.len() + 5 {
        k -= 1;
        if k + 1 < q && !c.same_line(k + 1) {
            break;
        }
        if c.is_punct(k, ",") || c.is_punct(k, "&") {
            continue;
        }
        if !c.is_word(k) {
            break;
        }
        let name_word = c.is_cap(k) || c.toks[k].upper;
        if !name_word && !c.lower_in(k, SPELLED_NAME_LINKS) && !elided_link(c.key(k)) {
            break;
        }
        words += 1;
        if name_word {
            lo = k;
        }
    }
    if lo == q {
        return None;
    }
    let from = c.toks[lo].s;
    let at = from + abbreviation_start(&c.text[from..c.toks[q - 1].e], letters)?;
    let mut start = (lo..q).find(|&i| c.toks[i].s == at)?;
    // (the rule reads the shortest such name: capitalised words right
    // before it inside a sentence are its own, "the European Climate,
    // Infrastructure and Environment Executive Agency (CINEA)")
    while start > lo
        && (c.is_cap(start - 1) || c.toks[start - 1].upper)
        && !c.sentence_start(start - 1)
    {
        start -= 1;
    }
    let named = start..q;
    // (a unit's word, as a department's, a team's or a desk's, only with a
    // place: "Servizio Sanitario Regionale dell'Emilia-Romagna (SSR)", not
    // "Customer Service Team (CST)", "Human Resources Department (HRD)")
    // (or a State's adjective: "Direction Générale des Finances Publiques
    // (DGFiP)")
    let own_word = named
        .clone()
        .any(|i| c.is_cap(i) && is_place(c.key(i)).is_some() || c.lower_in(i, STATE_ADJECTIVES));
    let body = named
        .clone()
        .any(|i| is_body_word(c, i) && (own_word || !c.lower_in(i, UNIT_WORDS_OF_BODIES)));
    // (nor a job's title, a department's or a currency's name: "Chief
    // Financial Officer (CFO)", "Responsable de la Sécurité des Systèmes
    // d'Information (RSSI)", "United Arab Emirates Dirham (AED)")
    // (a unit's word last without a place: "Community Mental Health Team
    // (CMHT)", "Enterprise Architecture Board (EAB)"; a kind of body in one
    // word: "Die Wirtschaftsprüfungsgesellschaft (WPG)"; an IT system's
    // letters: "(ERP)", "(PEC)")
    let unit_last = c.lower_in(q - 1, UNIT_WORDS_OF_BODIES) && !own_word;
    let not_body = unit_last
        || q - start < 2
        || TECH_ACRONYMS.contains(&acr)
        || named.clone().any(|i| c.lower_in(i, NOT_BODY_NAME_WORDS))
        || listed_job(c, start)
        || listed_job(c, q - 1);
    ((c.is_cap(start) || c.toks[start].upper) && body && !not_body && !STATUS_WORDS.contains(&acr))
        .then_some(start)
}

/// Words that name a unit of an organisation as well as a body
/// ([`spelled_name`]).
const UNIT_WORDS_OF_BODIES: &[&str] = &[
    "direction",
    "dirección",
    "direzione",
    "directie",
    "team",
    "department",
    "service",
    "services",
    "unit",
    "office",
    "desk",
    "division",
    "function",
    "committee",
    "board",
    "group",
    "centre",
    "center",
    "comité",
    "comitato",
    "servizio",
    "servicio",
    "dienst",
    "abteilung",
    "referat",
    "stelle",
    "ufficio",
    "oficina",
    "bureau",
    "afdeling",
    "commissie",
    "commission",
    "comisión",
    "commissione",
    "conseil",
    "consejo",
    "consiglio",
    "raad",
    "rat",
];

/// Letters of systems, measures and kinds of firm that are spelled after
/// their names as bodies are ([`spelled_name`]).
const TECH_ACRONYMS: &[&str] = &[
    "PEC", "ERP", "ESB", "CRM", "SME", "SMEs", "KPI", "ZTA", "API", "SLA", "FAQ", "ROI", "VPN",
    "CDN", "LAN", "WAN", "SaaS", "PaaS", "IaaS", "CMS", "DMS", "HRIS", "MES", "WMS", "TMS",
];

/// Adjectives that make a unit's word a public body's ([`spelled_name`]).
const STATE_ADJECTIVES: &[&str] = &[
    "générale",
    "général",
    "general",
    "generale",
    "nationale",
    "national",
    "nazionale",
    "nacional",
    "régionale",
    "regional",
    "regionale",
    "fédérale",
    "federal",
    "federale",
    "provinciale",
    "provincial",
    "départementale",
    "interministérielle",
    "territoriale",
    "territorial",
    "statale",
    "estatal",
    "europea",
    "européenne",
    "european",
];

/// A word of an elided link ("d'aménagement", "l'environnement").
fn elided_link(key: &str) -> bool {
    let e = elision_len(key);
    e > 0 && key[e..].chars().next().is_some_and(char::is_alphabetic)
}

/// Token `i` names a body or a firm: an institution's word, a business
/// word, a legal form, or a compound ending in one (a German genitive's
/// "-es" or "-s" left out).
fn is_body_word(c: &Ctx<'_>, i: usize) -> bool {
    let k = c.key(i);
    let k = &k[elision_len(k)..];
    let stem = k
        .strip_suffix("es")
        .filter(|s| s.len() >= 4)
        .into_iter()
        .chain(k.strip_suffix('s').filter(|s| s.len() >= 4))
        .chain([k]);
    c.is_word(i)
        && !DEPARTMENTS.contains(k)
        && (ORG_PREFIXES.holds(c.t(i))
            || BUSINESS_WORDS.contains(k)
            || SPELLED_HEADS.contains(&k)
            || is_org_suffix_word(c.t(i))
            || c.lower_in(i, INSTITUTION_WORDS)
            || stem.into_iter().any(|s| {
                SPELLED_COMPOUND_TAILS
                    .iter()
                    .any(|tail| s.ends_with(tail) && s.len() >= tail.len())
            }))
}

/// The letters of an acronym, lower case, accents folded.
fn acronym_letters(acr: &str) -> Vec<char> {
    acr.chars()
        .filter(|ch| ch.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .collect()
}

/// Byte offset in `long` where the name that `letters` abbreviate starts,
/// by Schwartz and Hearst's rule: each letter, from the last, matched to
/// the nearest same letter before the previous match, the first letter to
/// the first letter of a word.
fn abbreviation_start(long: &str, letters: &[char]) -> Option<usize> {
    let chars: Vec<(usize, char)> = long
        .char_indices()
        .map(|(b, ch)| (b, fold_accent(ch.to_lowercase().next().unwrap_or(ch))))
        .collect();
    let mut li = chars.len();
    for (si, &want) in letters.iter().enumerate().rev() {
        loop {
            li = li.checked_sub(1)?;
            let ch = chars[li].1;
            let word_start = li == 0 || !chars[li - 1].1.is_alphanumeric();
            if ch == want && (si > 0 || word_start) {
                break;
            }
        }
    }
    (!letters.is_empty()).then(|| chars[li].0)
}

/// Bytes of an elided article or preposition written at the front of
/// `word` with its apostrophe ("L'Istituto", "d'énergie": 2), 0 if none.
fn elision_len(word: &str) -> usize {
    word.find(['\'', '’']).filter(|&a| a <= 2).map_or(0, |a| {
        a + word[a..].chars().next().map_or(1, char::len_utf8)
    })
}

/// `ch` without its accent, for the letters of the six languages'
/// initials ("é" → "e", "Ö" stays: acronyms keep umlauts).
fn fold_accent(ch: char) -> char {
    match ch {
        'à' | 'á' | 'â' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'î' | 'ï' => 'i',
        'ó' | 'ô' => 'o',
        'ú' | 'û' => 'u',
        _ => ch,
    }
}

/// A short name made of the beginnings of a company's words, in order:
/// "Cemguad" for "Cementos del Guadalquivir, S.A.", "Agroduero" for
/// "Agrosuministros del Duero, S.L.U.", "ITISA" for "Ingeniería Térmica
/// Iberia, S.A." (its legal form's letters too). At least two pieces and
/// three letters; words may be skipped ("del").
fn blend(term: &str, name: &str) -> bool {
    let term: Vec<char> = term.chars().flat_map(char::to_lowercase).collect();
    if term.len() < 3 || term.len() > 24 || !term.iter().all(|ch| ch.is_alphabetic()) {
        return false;
    }
    let words: Vec<Vec<char>> = name
        .split([' ', '-', ','])
        .map(|w| {
            w.chars()
                .filter(|ch| ch.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect::<Vec<char>>()
        })
        .filter(|w| !w.is_empty())
        .take(12)
        .collect();
    // reach[w][p]: the first p letters of the term are made from pieces of
    // words before w, with how many pieces (0 = not reached)
    let mut reach = vec![vec![0u8; term.len() + 1]; words.len() + 1];
    reach[0][0] = 1;
    for (w, word) in words.iter().enumerate() {
        for p in 0..=term.len() {
            let pieces = reach[w][p];
            if pieces == 0 {
                continue;
            }
            // skip the word
            reach[w + 1][p] = reach[w + 1][p].max(pieces);
            // or take its first k letters
            let mut k = 0;
            while k < word.len() && p + k < term.len() && word[k] == term[p + k] {
                k += 1;
                let to = &mut reach[w + 1][p + k];
                *to = (*to).max(pieces.saturating_add(1));
            }
        }
    }
    // (pieces are counted from 1)
    reach[words.len()][term.len()] >= 3
}

/// The people and organisations found, as (end, start, type), by end.
fn names_by_end(found: &[Candidate], first: usize) -> Vec<(usize, usize, EntityType)> {
    let mut v: Vec<(usize, usize, EntityType)> = found[first..]
        .iter()
        .filter(|x| matches!(x.ty, EntityType::Organization | EntityType::Person))
        .map(|x| (x.end, x.start, x.ty))
        .collect();
    v.sort_unstable_by_key(|&(end, start, _)| (end, start));
    v
}
