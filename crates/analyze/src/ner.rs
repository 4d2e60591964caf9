//! PERSON, ORGANIZATION and LOCATION without a model.
//!
//! The text is tokenised once (words, numbers, punctuation, with "newline
//! before" and "space before" flags). Then:
//!
//! * ORGANIZATION: a legal-form or institution suffix (Inc, LLC, Ltd, GmbH,
//!   AG, "GmbH & Co. KG", S.A.R.L., e.G., "and Sons", Group, Bank,
//!   University...) after capitalised words; "X, Y and Z" (law-firm style
//!   lists of surnames); "University/Bank/Institute of X"; hyphenated
//!   surname pairs ("Miller-Davis") not preceded by a given name; a
//!   capitalised run after a label such as "Company:" or "Firma:".
//! * PERSON: a title (Mr, Mrs, Dr, Prof, Herr, Frau, Mme...) before
//!   capitalised words; a known given name followed by capitalised words;
//!   a lone known given name after a greeting ("Hi Anna"), alone on a
//!   signature line, or mid-sentence; capitalised words after a label such
//!   as "Name:", "Customer:", "Kunde:".
//! * LOCATION: country, region and city gazetteers (with a preposition such
//!   as "in"/"from"/"nach"/"à" raising the score, and sentence-initial
//!   common words needing one); address structure (postal code before the
//!   city, "City, ST 12345", a city line before a UK postcode); toponymic
//!   prefixes and suffixes ("Lake ...", "Port ...", "...ville",
//!   "...furt", "...-sur-Mer") for places not in the gazetteer.
//! * Street lines (a house number or a street type such as Street, Avenue,
//!   "-straße", "rue de ...") are recognised only to keep their words from
//!   being taken for names or places.
//!
//! Capitalised words in `data/common_words.txt` (sentence starters,
//! headings, months, German nouns) need extra evidence.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::gazetteer::{GAZ, lines};
use crate::{Candidate, EntityType};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    s: usize,
    e: usize,
    kind: Kind,
    /// A newline between the previous token and this one.
    nl: bool,
    /// Whitespace between the previous token and this one.
    sp: bool,
    /// First letter upper case and some lower-case letter.
    cap: bool,
    /// All letters upper case, two or more letters.
    upper: bool,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut nl = false;
    let mut sp = false;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if x.is_ascii_whitespace() {
                if x == b'\n' {
                    nl = true;
                }
                sp = true;
                i += 1;
                continue;
            }
            if x.is_ascii_digit() {
                let s = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                toks.push(Tok {
                    s,
                    e: i,
                    kind: Kind::Num,
                    nl,
                    sp,
                    cap: false,
                    upper: false,
                });
                nl = false;
                sp = false;
                continue;
            }
            if !x.is_ascii_alphabetic() {
                toks.push(Tok {
                    s: i,
                    e: i + 1,
                    kind: Kind::Punct,
                    nl,
                    sp,
                    cap: false,
                    upper: false,
                });
                i += 1;
                nl = false;
                sp = false;
                continue;
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                sp = true;
                if c == '\u{2028}' || c == '\u{2029}' {
                    nl = true;
                }
                i += c.len_utf8();
                continue;
            }
            if !c.is_alphabetic() {
                let l = c.len_utf8();
                let kind = if c.is_numeric() {
                    Kind::Num
                } else {
                    Kind::Punct
                };
                toks.push(Tok {
                    s: i,
                    e: i + l,
                    kind,
                    nl,
                    sp,
                    cap: false,
                    upper: false,
                });
                i += l;
                nl = false;
                sp = false;
                continue;
            }
        }
        // A word: letters, with inner hyphens and apostrophes.
        let s = i;
        let mut first = true;
        let mut cap_first = false;
        let mut has_lower = false;
        let mut letters = 0usize;
        let mut all_upper = true;
        while i < b.len() {
            let c = if b[i] < 0x80 {
                b[i] as char
            } else {
                text[i..].chars().next().unwrap_or(' ')
            };
            if c.is_alphabetic() {
                if first {
                    cap_first = c.is_uppercase();
                    first = false;
                }
                if c.is_lowercase() {
                    has_lower = true;
                    all_upper = false;
                } else if !c.is_uppercase() {
                    all_upper = false;
                }
                letters += 1;
                i += c.len_utf8();
            } else if ((c == '-' || c == '\'' || c == '’') && {
                let n = i + c.len_utf8();
                text[n..].chars().next().is_some_and(char::is_alphabetic)
            }) || (!c.is_ascii() && !c.is_whitespace() && !c.is_numeric() && is_mark(c))
            {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        toks.push(Tok {
            s,
            e: i,
            kind: Kind::Word,
            nl,
            sp,
            cap: cap_first && has_lower,
            upper: all_upper && letters >= 2,
        });
        nl = false;
        sp = false;
    }
    toks
}

/// Combining marks (decomposed accents) stay inside words.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// A word list from `data/ner/`, entries in file order.
fn list(data: &'static str) -> Vec<&'static str> {
    lines(data).collect()
}

static TITLES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/person_titles.txt")));
static GREETINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/greetings.txt")));
static SIGNOFFS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/signoffs.txt")));
static PARTICLES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/name_particles.txt")));
static LOC_PREPS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/location_prepositions.txt")));
static PERSON_LABELS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/person_labels.txt")));
static ORG_LABELS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/organization_labels.txt")));
static LOC_LABELS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/location_labels.txt")));
/// Suffixes that may carry an abbreviation period.
const DOTTED: &[&str] = &["Inc", "Ltd", "Corp", "Co", "Bros"];
static ORG_PREFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/organization_prefixes.txt")));
/// USPS-style street types and common UK/US road words (lower case).
static STREET_TYPES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/street_types.txt")));
static STREET_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/street_endings.txt")));
static FR_STREETS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/street_prefixes.txt")));
static UNIT_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/unit_words.txt")));
static TOPO_PREFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/toponym_prefixes.txt")));
static TOPO_SUFFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/toponym_suffixes.txt")));
static FR_TOPO_PARTS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/toponym_connectors.txt")));
static US_STATES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/us_state_codes.txt")));
/// Words that stop the backwards walk over an organisation's name.
static ORG_STOP: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/organization_stop_words.txt")));

struct Ctx<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Lower-cased word keys, computed on first use (rules ask for the same
    /// word's key many times).
    keys: Vec<std::cell::OnceCell<Box<str>>>,
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let keys = (0..toks.len())
            .map(|_| std::cell::OnceCell::new())
            .collect();
        Ctx { text, toks, keys }
    }
}

impl<'a> Ctx<'a> {
    fn t(&self, i: usize) -> &'a str {
        let k = &self.toks[i];
        &self.text[k.s..k.e]
    }
    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|k| k.kind == Kind::Word)
    }
    fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|k| k.kind == Kind::Word && k.cap)
    }
    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|k| k.kind == Kind::Punct) && self.t(i) == p
    }
    fn lower_in(&self, i: usize, list: &[&str]) -> bool {
        if i >= self.toks.len() || self.toks[i].kind != Kind::Word {
            return false;
        }
        let t = self.t(i);
        if t.len() > 24 {
            return false;
        }
        if t.is_ascii() {
            list.iter()
                .any(|w| w.len() == t.len() && w.eq_ignore_ascii_case(t))
        } else {
            let l = t.to_lowercase();
            list.contains(&l.as_str())
        }
    }
    /// Token `j` follows token `j - 1` on the same line.
    fn same_line(&self, j: usize) -> bool {
        j < self.toks.len() && !self.toks[j].nl
    }
    /// The token starts a sentence, a line or a field.
    fn sentence_start(&self, i: usize) -> bool {
        if i == 0 || self.toks[i].nl {
            return true;
        }
        let p = &self.toks[i - 1];
        p.kind == Kind::Punct
            && matches!(
                self.t(i - 1),
                "." | "!"
                    | "?"
                    | ":"
                    | ";"
                    | "•"
                    | "*"
                    | ">"
                    | "\""
                    | "“"
                    | "("
                    | "|"
                    | "-"
                    | "–"
                    | "—"
                    | ","
            )
            && (self.t(i - 1) != "," || i < 2 || self.toks[i - 1].nl || self.line_is_csv(i))
    }
    /// Crude CSV-ish line test: the previous token is a comma with no space after it.
    fn line_is_csv(&self, i: usize) -> bool {
        !self.toks[i].sp
    }
    /// Whole-line test: the tokens [a, b) are all the tokens of their line.
    fn alone_on_line(&self, a: usize, b: usize) -> bool {
        (a == 0 || self.toks[a].nl) && (b >= self.toks.len() || self.toks[b].nl)
    }
    /// Text end of token `i`, with a trailing possessive 's removed.
    fn word_end(&self, i: usize) -> usize {
        let t = self.t(i);
        let k = &self.toks[i];
        if t.ends_with("'s") || t.ends_with("’s") {
            k.e - if t.ends_with("'s") { 2 } else { 4 }
        } else {
            k.e
        }
    }
    fn key(&self, i: usize) -> &str {
        self.keys[i].get_or_init(|| {
            let t = self.t(i);
            let t = t
                .strip_suffix("'s")
                .or_else(|| t.strip_suffix("’s"))
                .unwrap_or(t);
            t.to_lowercase().into_boxed_str()
        })
    }
    fn run_key(&self, words: &[usize]) -> String {
        let mut s = String::new();
        for (n, &w) in words.iter().enumerate() {
            if n > 0 {
                // keep the original separator if it was a hyphen-less gap
                s.push(' ');
            }
            s.push_str(self.key(w));
        }
        s
    }
}

fn is_first_name(k: &str) -> bool {
    GAZ.first_names.contains(k)
        || (k.contains('-') && k.split('-').all(|p| GAZ.first_names.contains(p)))
}
fn is_surname(k: &str) -> bool {
    GAZ.surnames.contains(k) || (k.contains('-') && k.split('-').all(|p| GAZ.surnames.contains(p)))
}
fn is_common(k: &str) -> bool {
    GAZ.common.contains(k)
}
fn is_place(k: &str) -> Option<f64> {
    if GAZ.countries.contains(k) {
        Some(0.75)
    } else if GAZ.regions.contains(k) {
        Some(0.7)
    } else if GAZ.cities.contains(k) {
        Some(0.6)
    } else {
        None
    }
}

/// One-word legal forms and institution words (case-sensitive).
static SUFFIX_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    list(include_str!("../data/ner/organization_suffixes.txt"))
        .into_iter()
        .collect()
});
/// Legal forms of several tokens, as token texts, in file order (longest
/// first where one starts another: the first match wins).
static ORG_SUFFIX_SEQS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    lines(include_str!(
        "../data/ner/organization_suffix_sequences.txt"
    ))
    .map(|line| tokenize(line).iter().map(|t| &line[t.s..t.e]).collect())
    .collect()
});
static SEQ_FIRST: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| ORG_SUFFIX_SEQS.iter().map(|s| s[0]).collect());

/// Index after a suffix match at `k`, if any.
fn match_org_suffix(c: &Ctx<'_>, k: usize) -> Option<usize> {
    let n = c.toks.len();
    if k >= n {
        return None;
    }
    let first = c.t(k);
    let seq_start = SEQ_FIRST.contains(first);
    if !(seq_start || c.toks[k].kind == Kind::Word && SUFFIX_SET.contains(first)) {
        return None;
    }
    for seq in ORG_SUFFIX_SEQS.iter().filter(|_| seq_start) {
        if k + seq.len() > n {
            continue;
        }
        let ok = seq.iter().enumerate().all(|(o, want)| {
            let j = k + o;
            c.t(j) == *want && (o == 0 || c.same_line(j))
                // inner tokens of dotted acronyms are adjacent
                && (o == 0 || !c.toks[j].sp || want.len() > 1 || *want == "&")
        });
        if ok {
            return Some(k + seq.len());
        }
    }
    if c.is_word(k) && SUFFIX_SET.contains(first) {
        let mut end = k + 1;
        // "Inc." mid-sentence keeps its period; at a sentence end it does not.
        if DOTTED.contains(&c.t(k)) && c.is_punct(end, ".") && !c.toks[end].sp {
            let sentence_end = match c.toks.get(end + 1) {
                None => true,
                Some(nx) => nx.nl || (nx.sp && (nx.kind != Kind::Word || nx.cap || nx.upper)),
            };
            if !sentence_end {
                end += 1;
            }
        }
        return Some(end);
    }
    None
}

fn push(
    out: &mut Vec<Candidate>,
    ty: EntityType,
    s: usize,
    e: usize,
    score: f64,
    rec: &'static str,
) {
    if s < e {
        out.push(Candidate {
            ty,
            start: s,
            end: e,
            score: score.clamp(0.0, 1.0),
            recognizer: rec,
            validated: false,
            claim: false,
        });
    }
}

/// Word usable inside an organisation name.
fn org_word(c: &Ctx<'_>, i: usize) -> bool {
    c.is_word(i) && (c.toks[i].cap || c.toks[i].upper) && !c.lower_in(i, &TITLES)
}

fn organizations(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    let mut k = 1;
    while k < n {
        if !org_word(c, k - 1) {
            k += 1;
            continue;
        }
        let Some(end) = match_org_suffix(c, k) else {
            k += 1;
            continue;
        };
        // the name before the suffix
        if !c.same_line(k) || !c.toks[k].sp && c.t(k) != "&" {
            k += 1;
            continue;
        }
        let mut start = k - 1;
        let mut words = 1;
        // "X, Y and Z LLC"
        if let Some(s) = list_start(c, k - 1) {
            start = s;
        } else {
            while start > 0 && words < 5 && c.same_line(start) {
                let p = start - 1;
                if org_word(c, p) && !c.lower_in(p, &ORG_STOP) && match_org_suffix(c, p).is_none() {
                    if c.sentence_start(p) && is_common(c.key(p)) {
                        break;
                    }
                    start = p;
                    words += 1;
                } else if c.is_punct(p, "&")
                    && p > 0
                    && match_org_suffix(c, p - 1).is_none()
                    && org_word(c, p - 1)
                    && c.same_line(p)
                {
                    start = p - 1;
                    words += 1;
                } else if c.lower_in(p, &PARTICLES) && !c.toks[p].cap {
                    // "Pruschke van der Dussen GmbH": at most two particles
                    // between name words
                    let mut q = p;
                    let mut parts = 0;
                    while q > 0 && parts < 2 && c.lower_in(q, &PARTICLES) && c.same_line(q) {
                        q -= 1;
                        parts += 1;
                    }
                    // not across a person's name ("Madeleine Weiss de Gilbert SA")
                    let person_before = is_first_name(c.key(q))
                        || (q > 0
                            && c.is_cap(q - 1)
                            && c.same_line(q)
                            && is_first_name(c.key(q - 1)));
                    if org_word(c, q)
                        && !c.lower_in(q, &PARTICLES)
                        && c.same_line(q + 1)
                        && !person_before
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
        }
        // drop a leading sentence-initial common word ("Contact Acme Inc")
        while start < k - 1
            && (c.lower_in(start, &ORG_STOP)
                || c.lower_in(start, &PARTICLES)
                || (c.sentence_start(start) && is_common(c.key(start))))
        {
            start += 1;
        }
        let weak = matches!(
            c.t(k),
            "Bank" | "Group" | "Trust" | "Systems" | "Services" | "Capital" | "Software"
        );
        let score = if weak { 0.75 } else { 0.88 };
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
    // "X, Y and Z" without a suffix, and "University of X".
    let mut i = 0;
    while i < n {
        if let Some((s, end)) = list_at_conj(c, i) {
            push(
                out,
                EntityType::Organization,
                c.toks[s].s,
                c.toks[end - 1].e,
                0.8,
                "org_list",
            );
            i = end;
            continue;
        }
        if c.is_cap(i) && ORG_PREFIXES.contains(&c.t(i)) {
            let mut j = i + 1;
            let mut last = None;
            while j < n && c.same_line(j) {
                if c.is_cap(j) {
                    last = Some(j);
                    j += 1;
                } else if c.lower_in(j, &["of", "de", "des", "du", "für", "der", "d'"])
                    && c.is_cap(j + 1)
                    && c.same_line(j + 1)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if let Some(l) = last {
                push(
                    out,
                    EntityType::Organization,
                    c.toks[i].s,
                    c.toks[l].e,
                    0.8,
                    "org_prefix",
                );
                i = l + 1;
                continue;
            }
        }
        i += 1;
    }
}

/// `k` is the conjunction of "X, Y and Z" (single capitalised words, a
/// space after each comma, the law-firm style of naming a partnership):
/// returns the first and one-past-last token, a legal-form suffix included.
fn list_at_conj(c: &Ctx<'_>, k: usize) -> Option<(usize, usize)> {
    if k < 3 || k >= c.toks.len() || c.t(k).len() > 3 || !c.is_punct(k - 2, ",") {
        return None;
    }
    if k < 3 || !(c.lower_in(k, &["and", "und", "et"]) || c.is_punct(k, "&")) {
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

fn is_place_strict(k: &str) -> bool {
    GAZ.countries.contains(k) || GAZ.regions.contains(k)
}

/// Builds a run of capitalised words from `i` (particles after a single
/// given name, initials and "St." allowed inside). Returns the word token
/// indices and the index after.
fn run_at(c: &Ctx<'_>, i: usize) -> (Vec<usize>, usize) {
    let n = c.toks.len();
    let mut words = vec![i];
    let mut j = i;
    loop {
        let k = j + 1;
        if k >= n || !c.same_line(k) {
            break;
        }
        let tk = &c.toks[k];
        if tk.kind == Kind::Word && tk.cap && tk.sp && !c.lower_in(k, &TITLES) {
            words.push(k);
            j = k;
            continue;
        }
        // "Charles de Gaulle", "Ursula von der Leyen": one or two particles
        // right after a single given name
        if words.len() == 1 && tk.kind == Kind::Word && !tk.cap && c.lower_in(k, &PARTICLES) {
            let mut q = k;
            while q < n && q < k + 2 && c.lower_in(q, &PARTICLES) && c.same_line(q) {
                q += 1;
            }
            if c.is_cap(q) && c.same_line(q) && is_first_name(c.key(i)) {
                words.extend(k..=q);
                j = q;
                continue;
            }
        }
        // initial "F." or "St." followed by a capitalised word
        let prev = c.t(j);
        if c.is_punct(k, ".")
            && !tk.sp
            && (prev.chars().count() == 1 || prev == "St")
            && c.is_cap(k + 1)
            && c.same_line(k + 1)
        {
            words.push(k + 1);
            j = k + 1;
            continue;
        }
        break;
    }
    (words, j + 1)
}

/// Title tokens before index `i` ("Dr.", "Prof. Dr.", "Herr"): true if any.
fn title_before(c: &Ctx<'_>, i: usize) -> bool {
    let mut j = i;
    if j > 0 && c.is_punct(j - 1, ".") {
        j -= 1;
    }
    j > 0 && c.lower_in(j - 1, &TITLES) && (c.t(j - 1) != "M" || j < i) && c.same_line(i)
}

fn label_before(c: &Ctx<'_>, i: usize) -> Option<EntityType> {
    if i < 2 || !c.is_punct(i - 1, ":") || !c.same_line(i) {
        return None;
    }
    let w = i - 2;
    if !c.is_word(w) {
        return None;
    }
    let l = c.key(w);
    if ORG_LABELS.contains(&l) {
        Some(EntityType::Organization)
    } else if LOC_LABELS.contains(&l) {
        Some(EntityType::Location)
    } else if PERSON_LABELS.contains(&l) {
        Some(EntityType::Person)
    } else {
        None
    }
}

fn greeting_before(c: &Ctx<'_>, i: usize) -> bool {
    if i == 0 || !c.same_line(i) {
        return false;
    }
    let mut j = i - 1;
    if c.is_punct(j, ",") && j > 0 {
        j -= 1;
    }
    c.lower_in(j, &GREETINGS) || (c.lower_in(j, &["you"]) && j > 0 && c.lower_in(j - 1, &["thank"]))
}

/// A signature: the run is alone on its line and the previous line ends
/// with a sign-off ("Best regards,").
fn signature_line(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    if !c.alone_on_line(a, b) || a == 0 {
        return false;
    }
    // previous line's last tokens
    let mut j = a - 1;
    if c.is_punct(j, ",") || c.is_punct(j, "!") || c.is_punct(j, ".") {
        if j == 0 {
            return false;
        }
        j -= 1;
    }
    c.lower_in(j, &SIGNOFFS) || (c.is_word(j) && j > 0 && c.lower_in(j - 1, &SIGNOFFS))
}

fn is_street_type_word(c: &Ctx<'_>, i: usize) -> bool {
    let l = c.key(i);
    STREET_TYPES.contains(&l)
}

fn has_street_ending(k: &str) -> bool {
    STREET_ENDINGS
        .iter()
        .any(|e| k.ends_with(e) && k.len() > e.len() + 2)
        || STREET_ENDINGS.contains(&k)
}

/// The run belongs to a street line.
fn is_street(c: &Ctx<'_>, words: &[usize], end: usize) -> bool {
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
    // "rue de Maury", "avenue Victor Hugo"
    let mut p = first;
    while p > 0
        && c.same_line(p)
        && (c.lower_in(p - 1, &["de", "du", "des", "la", "d'", "le"]) || c.is_punct(p - 1, "'"))
    {
        p -= 1;
    }
    if p > 0 && c.lower_in(p - 1, &FR_STREETS) && c.same_line(p) {
        return true;
    }
    // "8124 Julia Stravenue Apt. 5": house number then words then unit
    if number_before {
        let unit_after = c.lower_in(end, &UNIT_WORDS);
        let n = c.t(first - 1).len();
        let line_end = end >= c.toks.len() || c.toks[end].nl;
        // a 4-5 digit number before words ending the line is a postal code
        let postal = (4..=5).contains(&n) && (line_end || c.is_punct(end, ","));
        if unit_after || !postal {
            return true;
        }
    }
    false
}

fn prep_before(c: &Ctx<'_>, i: usize) -> bool {
    i > 0 && c.same_line(i) && c.lower_in(i - 1, &LOC_PREPS)
}

/// Postal-code, state-code or postcode structure around a place name.
fn address_place(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    // "35139 Saarbrücken", "F-75001 Paris", "CH-8001 Zürich"
    if a > 0
        && c.same_line(a)
        && c.toks[a - 1].kind == Kind::Num
        && (4..=5).contains(&c.t(a - 1).len())
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

fn toponym(c: &Ctx<'_>, words: &[usize]) -> bool {
    let first = c.key(words[0]);
    if words.len() >= 2 && TOPO_PREFIXES.contains(&first) {
        let second = c.key(words[1]);
        return !is_common(second);
    }
    if words.len() == 1 {
        let k = c.key(words[0]);
        if k.contains('-') {
            let parts: Vec<&str> = k.split('-').collect();
            if parts.len() >= 3
                && parts[1..parts.len() - 1]
                    .iter()
                    .any(|p| FR_TOPO_PARTS.contains(p))
            {
                return true;
            }
        }
        if is_first_name(k) || is_surname(k) || is_common(k) {
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

fn span(c: &Ctx<'_>, words: &[usize]) -> (usize, usize) {
    let a = c.toks[words[0]].s;
    let b = c.word_end(*words.last().unwrap_or(&words[0]));
    (a, b)
}

/// Multi-word place names with lower-case connectors or brackets
/// ("Trinidad and Tobago", "Isle of Man", "Frankfurt am Main"): the longest
/// gazetteer match starting at word `i`, as (end token, score).
fn place_phrase(c: &Ctx<'_>, i: usize) -> Option<(usize, f64)> {
    if !GAZ.phrase_starts.contains(c.key(i)) {
        return None;
    }
    let n = c.toks.len();
    let max = (i + GAZ.max_phrase_words * 2).min(n);
    let mut best = None;
    let mut key = String::new();
    for j in i + 1..max {
        if !c.same_line(j) {
            break;
        }
        match c.toks[j].kind {
            Kind::Num => break,
            Kind::Punct => {
                if matches!(c.t(j), "(" | ")" | "-" | "'" | "’") {
                    continue;
                }
                break;
            }
            Kind::Word => {}
        }
        key.clear();
        for t in i..=j {
            if c.toks[t].kind != Kind::Word {
                continue;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(c.key(t));
        }
        let score = if GAZ.countries.contains(key.as_str()) || GAZ.regions.contains(key.as_str()) {
            Some(0.8)
        } else if GAZ.cities.contains(key.as_str()) && c.toks[j].cap {
            Some(0.65)
        } else {
            None
        };
        if let Some(sc) = score {
            best = Some((j + 1, sc));
        }
    }
    best
}

fn people_and_places(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    let mut i = 0;
    while i < n {
        let tk = &c.toks[i];
        if tk.kind != Kind::Word || !tk.cap || c.lower_in(i, &TITLES) {
            i += 1;
            continue;
        }
        if let Some((end, score)) = place_phrase(c, i)
            && !title_before(c, i)
            && label_before(c, i) != Some(EntityType::Person)
        {
            let bonus = if prep_before(c, i) { 0.1 } else { 0.0 };
            push(
                out,
                EntityType::Location,
                c.toks[i].s,
                c.toks[end - 1].e,
                score + bonus,
                "gazetteer",
            );
            i = end;
            continue;
        }
        let (mut words, end) = run_at(c, i);
        // single-letter words ("I", "A") start nothing
        if words.len() == 1 && c.t(i).chars().count() == 1 {
            i = end;
            continue;
        }
        let mut greeting = greeting_before(c, words[0]);
        let mut trimmed_noun = false;
        // trim leading common words / greetings
        while words.len() > 1 {
            let k0 = c.key(words[0]);
            let k1 = c.key(words[1]);
            let keep = (is_first_name(k0)
                && (is_surname(k1) || !is_common(k1))
                && !GREETINGS.contains(&k0))
                || (TOPO_PREFIXES.contains(&k0) && !is_common(k1));
            // "Patient John Miller ...": a sentence-initial unknown word
            // before a given name and a surname is not part of the name
            let lead_noun = c.sentence_start(words[0])
                && words.len() >= 3
                && !is_first_name(k0)
                && !is_surname(k0)
                && is_first_name(k1)
                && is_surname(c.key(words[2]));
            if ((is_common(k0) || GREETINGS.contains(&k0)) && !keep) || lead_noun {
                if GREETINGS.contains(&k0) {
                    greeting = true;
                } else if !c.sentence_start(words[0]) {
                    // "the Project Phoenix": a capitalised noun inside a name
                    trimmed_noun = true;
                }
                words.remove(0);
                // drop a particle left at the front
                while words.len() > 1 && !c.is_cap(words[0]) {
                    words.remove(0);
                }
            } else {
                break;
            }
        }
        if words.len() == 1 && (is_common(c.key(words[0])) && !title_before(c, words[0])) {
            // a lone common word: nothing (a label, a heading, a sentence start)
            i = end;
            continue;
        }
        let ctx = RunCtx {
            greeting,
            trimmed_noun,
        };
        classify(c, &words, end, ctx, out);
        i = end;
    }
}

#[derive(Clone, Copy)]
struct RunCtx {
    /// "Hi", "Dear", "Hallo"... right before the run.
    greeting: bool,
    /// A capitalised common word was cut from the front ("Project Phoenix").
    trimmed_noun: bool,
}

/// Words before a run that make it a person ("according to X", "Treffen
/// mit X", "selon X", "assigned to X").
static PERSON_CONTEXT: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/person_context.txt")));
/// Words right before a run that make it an employer or a supplier.
static ORG_CONTEXT: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/organization_context.txt")));
static INVOICE_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list(include_str!("../data/ner/invoice_words.txt")));

/// The run is preceded by a person-context word (skipping "to", "is",
/// "ist", "est").
fn person_context(c: &Ctx<'_>, first: usize) -> bool {
    if first == 0 || !c.same_line(first) {
        return false;
    }
    let p = first - 1;
    if c.lower_in(p, &PERSON_CONTEXT) {
        return true;
    }
    p > 0
        && c.lower_in(p, &["to", "is", "ist", "est", "von", "de"])
        && c.same_line(p)
        && c.lower_in(p - 1, &PERSON_CONTEXT)
}

/// The run is an employer or a supplier by its context: "will join X",
/// "bei der X" / "von der X" (German, "die Firma"), "Invoice 123 from X".
fn org_context(c: &Ctx<'_>, first: usize) -> bool {
    if first == 0 || !c.same_line(first) {
        return false;
    }
    let p = first - 1;
    if c.lower_in(p, &ORG_CONTEXT) {
        return true;
    }
    if p > 0 && c.key(p) == "der" && c.lower_in(p - 1, &["bei", "von"]) && c.same_line(p) {
        return true;
    }
    if p > 0
        && c.lower_in(p, &["at", "for", "by"])
        && c.lower_in(p - 1, &["works", "working", "worked", "employed", "work"])
    {
        return true;
    }
    if c.lower_in(p, &["from", "de", "der", "von", "of", "by"]) {
        // an invoice word earlier on the same line
        let mut q = p;
        let mut steps = 0;
        while q > 0 && steps < 8 && c.same_line(q) {
            q -= 1;
            steps += 1;
            if c.lower_in(q, &INVOICE_WORDS) {
                return true;
            }
        }
    }
    false
}

/// A "Flat 6", "Studio 87", "Apt. 3" line before the run's line.
fn unit_line_before(c: &Ctx<'_>, first: usize) -> bool {
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

/// Letters of a name folded to ASCII two ways: non-ASCII letters dropped
/// ("grttner") and transliterated ("groettner").
fn ascii_forms(word: &str) -> [String; 2] {
    let lower = word.to_lowercase();
    let dropped: String = lower.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let mut translit = String::with_capacity(lower.len());
    for ch in lower.chars() {
        match ch {
            'ä' | 'æ' => translit.push_str("ae"),
            'ö' | 'ø' | 'œ' => translit.push_str("oe"),
            'ü' => translit.push_str("ue"),
            'ß' => translit.push_str("ss"),
            'à' | 'á' | 'â' | 'ã' | 'å' => translit.push('a'),
            'ç' => translit.push('c'),
            'è' | 'é' | 'ê' | 'ë' => translit.push('e'),
            'ì' | 'í' | 'î' | 'ï' => translit.push('i'),
            'ñ' => translit.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' => translit.push('o'),
            'ù' | 'ú' | 'û' => translit.push('u'),
            'ý' | 'ÿ' => translit.push('y'),
            c if c.is_ascii_alphabetic() => translit.push(c),
            _ => {}
        }
    }
    [dropped, translit]
}

/// The run is followed on its line by an e-mail address whose local part
/// contains one of its words ("Anna Roht, anna.roht@example.org").
fn email_matches(c: &Ctx<'_>, words: &[usize], end: usize) -> bool {
    let text = c.text;
    let from = c.toks[end - 1].e;
    let mut to = (from + 80).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let rest = &text[from..to];
    let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let Some(at) = rest.find('@') else {
        return false;
    };
    let before = &rest[..at];
    let local_start = before
        .rfind(|ch: char| !(ch.is_ascii_alphanumeric() || matches!(ch, '.' | '_' | '-' | '+')))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    // only separators between the run and the address
    if !before[..local_start]
        .chars()
        .all(|ch| matches!(ch, ' ' | ',' | ';' | '<' | '(' | '|' | '\t' | ':'))
    {
        return false;
    }
    let local = before[local_start..].to_ascii_lowercase();
    words.iter().any(|&w| {
        c.toks[w].cap
            && ascii_forms(c.t(w))
                .iter()
                .any(|f| f.len() >= 3 && local.contains(f.as_str()))
    })
}

/// Prepositions after which a capitalised unknown word is a place.
const STRONG_PREPS: &[&str] = &["in", "à", "nach", "near", "aus", "zu", "nahe"];

fn classify(c: &Ctx<'_>, words: &[usize], end: usize, rc: RunCtx, out: &mut Vec<Candidate>) {
    let first = words[0];
    let last = *words.last().unwrap_or(&first);
    let (s, e) = span(c, words);
    let k0 = c.key(first);
    let kl = c.key(last);
    let multi = words.len() >= 2;
    let run_key = c.run_key(words);
    let sent = c.sentence_start(first);
    let title = title_before(c, first);
    let label = label_before(c, first);
    let fn0 = is_first_name(k0);
    let sn_last = multi && is_surname(kl);
    let greeting = rc.greeting;

    if is_street(c, words, end) || (unit_line_before(c, first) && !title) {
        return;
    }
    if let Some(ty) = label {
        let score = if ty == EntityType::Person && !multi && !fn0 {
            0.6
        } else {
            0.8
        };
        push(out, ty, s, e, score, "label");
        return;
    }
    if title {
        // up to four name words
        let take = words.len().min(4);
        let (s2, e2) = span(c, &words[..take]);
        push(out, EntityType::Person, s2, e2, 0.85, "title");
        return;
    }
    let sig = signature_line(c, first, end);
    if !multi && fn0 && !is_common(k0) && (greeting || sig) {
        push(out, EntityType::Person, s, e, 0.75, "given_name");
        return;
    }
    let place = is_place(&run_key);
    let person_name = multi && fn0 && (sn_last || !is_common(k0));
    if words.len() <= 3 && !person_name && place.is_none() && org_context(c, first) {
        push(out, EntityType::Organization, s, e, 0.65, "org_context");
        return;
    }
    // hyphenated surname pair as a firm: "Miller-Davis"
    if !multi && k0.contains('-') && place.is_none() {
        let parts: Vec<&str> = k0.split('-').collect();
        let prev_first = first > 0
            && c.is_cap(first - 1)
            && c.same_line(first)
            && is_first_name(c.key(first - 1));
        let known = |p: &&str| GAZ.surnames.contains(p) || GAZ.first_names.contains(p);
        if parts.len() == 2
            && parts.iter().all(known)
            && parts.iter().any(|p| GAZ.surnames.contains(p))
            && !parts
                .iter()
                .all(|p| GAZ.first_names.contains(p) && !GAZ.surnames.contains(p))
            && !prev_first
            && !person_context(c, first)
        {
            push(out, EntityType::Organization, s, e, 0.6, "org_hyphen");
            return;
        }
    }
    let addr = address_place(c, first, end);
    let prep = prep_before(c, first);

    if addr && (place.is_some() || toponym(c, words) || !fn0 || !sn_last) {
        push(out, EntityType::Location, s, e, 0.85, "address");
        return;
    }
    if let Some(p) = place
        && !person_name
    {
        let country =
            GAZ.countries.contains(run_key.as_str()) || GAZ.regions.contains(run_key.as_str());
        let common = is_common(&run_key);
        let ambiguous_name = !multi && (fn0 || GAZ.surnames.contains(run_key.as_str()));
        if prep || country && !common {
            push(out, EntityType::Location, s, e, p + 0.15, "gazetteer");
            return;
        }
        if !(common || rc.trimmed_noun || sent && ambiguous_name) {
            let score = if ambiguous_name { 0.45 } else { p };
            push(out, EntityType::Location, s, e, score, "gazetteer");
            if !ambiguous_name {
                return;
            }
        }
    }
    // people
    if multi && fn0 {
        let k1 = c.key(words[1]);
        if !is_common(k0) || sn_last || (!is_common(k1) && !sent) {
            let mut score: f64 = if sn_last { 0.85 } else { 0.7 };
            if words.len() > 4 {
                score -= 0.2;
            }
            let take = words.len().min(4);
            let (s2, e2) = span(c, &words[..take]);
            push(out, EntityType::Person, s2, e2, score, "given_name");
            return;
        }
    }
    if !multi && fn0 && !is_common(k0) {
        let score = if person_context(c, first) {
            0.65
        } else if sent {
            0.42
        } else {
            0.55
        };
        push(out, EntityType::Person, s, e, score, "given_name");
        return;
    }
    let plain = words.iter().all(|&w| {
        let k = c.key(w);
        !is_common(k) && !is_place_strict(k)
    });
    if multi && words.len() <= 3 && plain && email_matches(c, words, end) {
        push(out, EntityType::Person, s, e, 0.7, "email_match");
        return;
    }
    if toponym(c, words) {
        let score = if prep { 0.65 } else { 0.45 };
        push(out, EntityType::Location, s, e, score, "toponym");
        return;
    }
    if multi && words.len() <= 3 && plain && person_context(c, first) && !rc.trimmed_noun {
        push(out, EntityType::Person, s, e, 0.6, "person_context");
        return;
    }
    if words.len() == 2 && !sent && sn_last && plain && !rc.trimmed_noun {
        push(out, EntityType::Person, s, e, 0.5, "surname");
        return;
    }
    if greeting && !multi && !is_common(k0) {
        push(out, EntityType::Person, s, e, 0.5, "greeting");
        return;
    }
    if multi && words.len() <= 3 && sig && plain {
        push(out, EntityType::Person, s, e, 0.6, "signature");
        return;
    }
    if !multi
        && plain
        && first > 0
        && c.same_line(first)
        && c.lower_in(first - 1, STRONG_PREPS)
        && !is_surname(k0)
    {
        push(out, EntityType::Location, s, e, 0.5, "preposition");
        return;
    }
    // two unknown words mid-sentence are a weak person guess
    if words.len() == 2 && !sent && plain && !rc.trimmed_noun {
        push(out, EntityType::Person, s, e, 0.35, "capitalised");
    }
    // Countries inside a longer unknown run ("Rechnung Deutschland").
    if multi {
        for &w in &words[1..] {
            let k = c.key(w);
            if is_place_strict(k) && !is_common(k) && !is_first_name(k) {
                let (a, b) = span(c, &[w]);
                push(out, EntityType::Location, a, b, 0.6, "gazetteer");
            }
        }
    }
}

/// PERSON / ORGANIZATION / LOCATION candidates, byte offsets.
pub(crate) fn find(text: &str, out: &mut Vec<Candidate>) {
    let c = Ctx::new(text);
    organizations(&c, out);
    people_and_places(&c, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(EntityType, String)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.retain(|c| c.score >= 0.4);
        out.sort_by_key(|c| c.start);
        out.into_iter()
            .map(|c| (c.ty, text[c.start..c.end].to_owned()))
            .collect()
    }

    #[test]
    fn tokens() {
        let c = Ctx::new("Hans-Jürgen O'Brien's e.G. 12a");
        let words: Vec<&str> = (0..c.toks.len()).map(|i| c.t(i)).collect();
        assert_eq!(
            words,
            ["Hans-Jürgen", "O'Brien's", "e", ".", "G", ".", "12", "a"]
        );
        assert!(c.toks[0].cap && c.toks[1].cap);
    }

    #[test]
    fn orgs() {
        let f = found("We signed with Textor GmbH & Co. KG and Dominguez LLC last week.");
        assert!(
            f.contains(&(EntityType::Organization, "Textor GmbH & Co. KG".into())),
            "{f:?}"
        );
        assert!(
            f.contains(&(EntityType::Organization, "Dominguez LLC".into())),
            "{f:?}"
        );
        let f = found("Counsel: Pham, Garza and Garcia represent Grenier S.A.R.L. in court.");
        assert!(
            f.contains(&(EntityType::Organization, "Pham, Garza and Garcia".into())),
            "{f:?}"
        );
        assert!(
            f.contains(&(EntityType::Organization, "Grenier S.A.R.L.".into())),
            "{f:?}"
        );
    }

    #[test]
    fn people() {
        let f = found("Yesterday Dr. Anna Schmidt met John Miller-Jones. Hi Sarah, thanks!");
        assert!(
            f.contains(&(EntityType::Person, "Anna Schmidt".into())),
            "{f:?}"
        );
        assert!(
            f.contains(&(EntityType::Person, "John Miller-Jones".into())),
            "{f:?}"
        );
        assert!(f.contains(&(EntityType::Person, "Sarah".into())), "{f:?}");
    }

    #[test]
    fn places() {
        let f = found(
            "Violetta-Roskoth-Straße 198\n35139 Saarbrücken\nShe moved from Lyon to Germany.",
        );
        assert!(
            f.contains(&(EntityType::Location, "Saarbrücken".into())),
            "{f:?}"
        );
        assert!(f.contains(&(EntityType::Location, "Lyon".into())), "{f:?}");
        assert!(
            f.contains(&(EntityType::Location, "Germany".into())),
            "{f:?}"
        );
        assert!(!f.iter().any(|(_, t)| t.contains("Violetta")), "{f:?}");
        let f = found("397 Maria Ways\nSouth Jamesville, IL 75655");
        assert_eq!(f, [(EntityType::Location, "South Jamesville".to_string())]);
    }
}
