//! Names written in capitals: letterheads, court headings, party blocks
//! ("TRIBUNALE ORDINARIO DI VERONA", "COMUNE DI RIMINI", "AIREBOROUGH
//! JOINERY LIMITED", "DIPUTACIÓN PROVINCIAL DE CÁCERES"). The rules read
//! capitalisation, and a line in capitals has none to read; so each run of
//! such words is written as names are written ("Tribunale Ordinario di
//! Verona"), its line read again by the same rules, and the organisations
//! they are sure of in the run kept, at the same offsets.

use crate::{Candidate, EntityType};

/// Words written in lower case inside a name: the links and articles of
/// the six languages.
const LINKS: &[&str] = &[
    "de", "del", "della", "delle", "dei", "degli", "dello", "di", "da", "dal", "dalla", "du",
    "des", "la", "le", "les", "lo", "el", "los", "las", "y", "e", "et", "en", "van", "der", "den",
    "het", "von", "und", "für", "of", "the", "and", "at", "in", "for", "on", "al", "a", "à", "au",
    "aux", "zu", "zur", "zum", "im", "am", "an", "bei", "op", "voor", "te", "ter", "dell", "all",
    "nell", "d", "l", "pour", "per", "para", "sur",
];

/// Legal forms whose usual case is not a capital and lower-case letters.
const FORMS: &[(&str, &str)] = &[
    ("GMBH", "GmbH"),
    ("MBH", "mbH"),
    ("SRL", "Srl"),
    ("SPA", "SpA"),
    ("SAS", "SAS"),
    ("SARL", "SARL"),
    ("LTD", "Ltd"),
    ("INC", "Inc"),
    ("PLC", "PLC"),
    ("LLP", "LLP"),
    ("LLC", "LLC"),
];

/// At most this many bytes of one line are read again (a longer line in
/// capitals is no heading).
const MAX_LINE: usize = 300;

/// Adds the candidates found in the runs of capitalised words of `text`.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    // the lines holding runs, rewritten, one after another: (offset in
    // `text`, offset in `sub`, length)
    let mut sub = String::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    // the runs' byte ranges in `text`
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let b = text.as_bytes();
    let mut from = 0;
    // (only the lines with four capitals in a row, as a word of four
    // letters in capitals has: one pass over the bytes finds them)
    while let Some(hit) = four_capitals(&b[from..]).map(|p| from + p) {
        let start = b[..hit]
            .iter()
            .rposition(|&x| x == b'\n')
            .map_or(0, |p| p + 1);
        let end = b[hit..]
            .iter()
            .position(|&x| x == b'\n')
            .map_or(b.len(), |p| hit + p);
        from = end;
        let line = text[start..end].trim_end_matches('\r');
        if line.len() > MAX_LINE || !has_caps_run(line) {
            continue;
        }
        let (cased, line_runs) = recase(line);
        if line_runs.is_empty() {
            continue;
        }
        runs.extend(line_runs.iter().map(|&(s, e)| (start + s, start + e)));
        spans.push((start, sub.len(), cased.len()));
        sub.push_str(&cased);
        sub.push('\n');
    }
    if runs.is_empty() {
        return;
    }
    // (an organisation the rules found as written stays as they found it:
    // "ROSSI COSTRUZIONI S.R.L.")
    let read: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.ty == EntityType::Organization)
        .map(|c| (c.start, c.end))
        .collect();
    let mut found = Vec::new();
    super::find_cased(&sub, &mut found);
    for mut c in found {
        // organisations the rules are sure of (a legal form, an
        // institution's word, a known name): a line in capitals is as often
        // a heading ("COMPTE RENDU DE RÉUNION", "NEWS IN BRIEF",
        // "FOLLOW-UP"), and its places are found as written
        if c.ty != EntityType::Organization || c.score < 0.8 {
            continue;
        }
        // and a name of its own: a legal form, a known name, or a place
        // ending it ("COMUNE DI RIMINI"; not "BANCA DATI CLIENTI", "GRUPPO
        // DI LAVORO SICUREZZA MILANO")
        // (the place after a link, or after the institution's word alone:
        // "PROVINCIA DI CUNEO", "REGIONE EMILIA-ROMAGNA"; not "BANCA DATI
        // CLIENTI ROMA")
        let words: Vec<&str> = sub[c.start..c.end].split(' ').collect();
        let placed = words.last().is_some_and(|w| {
            let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
            super::words::is_place(&w.to_lowercase()).is_some()
        }) && (words.len() <= 2 || {
            let link = words[words.len() - 2];
            link.chars().all(char::is_lowercase) || link.ends_with(['\'', '’'])
        });
        let named = matches!(c.recognizer, "org_suffix" | "org_known" | "org_form_first") || placed;
        if !named {
            continue;
        }
        // back to `text`'s offsets, through the line the candidate is on
        let Some(&(orig, from, _)) = spans
            .iter()
            .find(|&&(_, from, len)| c.start >= from && c.end <= from + len)
        else {
            continue;
        };
        c.start = c.start - from + orig;
        c.end = c.end - from + orig;
        // only what lies in a run: the rest of the line was read as written
        if runs.iter().any(|&(s, e)| c.start >= s && c.end <= e)
            && !read.iter().any(|&(s, e)| s < c.end && c.start < e)
        {
            out.push(c);
        }
    }
}

/// Where four capitals in a row (ASCII) start in `b`.
fn four_capitals(b: &[u8]) -> Option<usize> {
    let mut row = 0;
    for (i, &x) in b.iter().enumerate() {
        if x.is_ascii_uppercase() {
            row += 1;
            if row == 4 {
                return Some(i - 3);
            }
        } else {
            row = 0;
        }
    }
    None
}

/// A word of capitals: two letters or more, no lower-case letter, no digit
/// (not a code: "GB49", "DE89").
fn caps_word(w: &str) -> bool {
    let mut letters = 0;
    for ch in w.chars() {
        if ch.is_lowercase() || ch.is_ascii_digit() {
            return false;
        }
        if ch.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// Words of `s` split at white space and the punctuation names do not hold,
/// with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let sep = |ch: char| {
        ch.is_whitespace()
            || matches!(
                ch,
                ',' | ';' | ':' | '(' | ')' | '|' | '"' | '«' | '»' | '“' | '”' | '/'
            )
    };
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        // (past the separators, then to the next one)
        while chars.next_if(|&(_, ch)| sep(ch)).is_some() {}
        let (a, _) = chars.next()?;
        let mut e = s.len();
        while let Some(&(i, ch)) = chars.peek() {
            if sep(ch) {
                e = i;
                break;
            }
            chars.next();
        }
        Some((a, &s[a..e]))
    })
}

/// `w` is one of [`LINKS`], whatever its case.
fn is_link(w: &str) -> bool {
    if w.is_ascii() {
        LINKS.iter().any(|l| l.eq_ignore_ascii_case(w))
    } else {
        LINKS.contains(&w.to_lowercase().as_str())
    }
}

/// `s` holds two words in capitals in a row, two of four letters or more
/// among them ("COMUNE DI RIMINI"; not "IBAN DE12", "FNV CNV").
fn has_caps_run(s: &str) -> bool {
    // (most lines have no four capitals in a row, as a word of four
    // letters in capitals has: a test of bytes first)
    if four_capitals(s.as_bytes()).is_none() {
        return false;
    }
    let mut run = 0;
    let mut long = 0;
    for (_, w) in words(s) {
        if caps_word(w) || run > 0 && is_link(w) {
            run += 1;
            if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                long += 1;
            }
            if run >= 2 && long >= 2 {
                return true;
            }
        } else {
            run = 0;
            long = 0;
        }
    }
    false
}

/// `line` with each run of words in capitals written as a name is written,
/// and the runs' byte ranges. Letters change case only where that keeps
/// their length in bytes, so offsets stay.
fn recase(line: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = line.to_owned();
    let mut runs = Vec::new();
    let ws: Vec<(usize, &str)> = words(line).collect();
    let mut k = 0;
    while k < ws.len() {
        if !caps_word(ws[k].1) {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < ws.len() && caps_word(ws[end].1) {
            end += 1;
        }
        let long = ws[k..end]
            .iter()
            .filter(|(_, w)| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .count();
        if end - k >= 2 && long >= 2 {
            for (n, &(at, w)) in ws[k..end].iter().enumerate() {
                let cased = recase_word(w, n == 0);
                if cased.len() == w.len() {
                    out.replace_range(at..at + w.len(), &cased);
                }
            }
            runs.push((ws[k].0, ws[end - 1].0 + ws[end - 1].1.len()));
        }
        k = end;
    }
    (out, runs)
}

/// One word in capitals as a name writes it: a link in lower case (not
/// first), a legal form in its case, three letters or fewer kept (an
/// acronym), else a capital and lower-case letters, each part after a
/// hyphen or an apostrophe too ("EMILIA-ROMAGNA", "DELL'AGRICOLTURA",
/// "SANT'ORSOLA").
fn recase_word(w: &str, first: bool) -> String {
    let bare = w.trim_end_matches('.');
    if let Some(&(_, form)) = FORMS.iter().find(|(caps, _)| *caps == bare) {
        return format!("{form}{}", &w[bare.len()..]);
    }
    let mut out = String::with_capacity(w.len());
    for (part_index, part) in w.split_inclusive(['-', '\'', '’']).enumerate() {
        let letters: String = part.chars().filter(|c| c.is_alphabetic()).collect();
        let lower = letters.to_lowercase();
        let link_word = LINKS.contains(&lower.as_str());
        // (a link opening the run is capitalised: "IN THE …" → "In the …")
        let link = link_word && !(first && part_index == 0);
        let keep = letters.chars().count() <= 3 && !link_word;
        let mut part_start = true;
        for ch in part.chars() {
            let capital = part_start && !link;
            out.push(if keep || !ch.is_alphabetic() || capital {
                ch
            } else {
                lower_same_len(ch)
            });
            if ch.is_alphabetic() {
                part_start = false;
            }
        }
    }
    out
}

/// `ch` in lower case where that is one character of the same length.
fn lower_same_len(ch: char) -> char {
    let mut l = ch.to_lowercase();
    match (l.next(), l.next()) {
        (Some(c), None) if c.len_utf8() == ch.len_utf8() => c,
        _ => ch,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_in_capitals_are_written_as_names() {
        assert_eq!(
            recase("TRIBUNALE ORDINARIO DI VERONA").0,
            "Tribunale Ordinario di Verona"
        );
        assert_eq!(
            recase("IN THE COUNTY COURT AT LEEDS").0,
            "In the County Court at Leeds"
        );
        assert_eq!(
            recase("DIPUTACIÓN PROVINCIAL DE CÁCERES").0,
            "Diputación Provincial de Cáceres"
        );
        assert_eq!(recase("REGIONE EMILIA-ROMAGNA").0, "Regione Emilia-Romagna");
        assert_eq!(
            recase("MINISTERO DELL'AGRICOLTURA, Roma").0,
            "Ministero dell'Agricoltura, Roma"
        );
        assert_eq!(recase("BRAUEREI HOFMANN GMBH").0, "Brauerei Hofmann GmbH");
        // an acronym pair, a code: no run
        assert_eq!(recase("FNV CNV").1, vec![]);
        assert_eq!(recase("IBAN DE12 3456").1, vec![]);
        // the offsets stay
        let line = "ÉCOLE NATIONALE DES PONTS";
        assert_eq!(recase(line).0.len(), line.len());
    }

    #[test]
    fn names_in_capitals_are_found_where_they_are() {
        let text = "Spett.le\nCOMUNE DI RIMINI\nCorpo di Polizia Locale\n\nDIPUTACIÓN PROVINCIAL DE CÁCERES\nSección de Contratación";
        let mut out = Vec::new();
        find(text, &mut out);
        let orgs: Vec<&str> = out
            .iter()
            .filter(|c| c.ty == EntityType::Organization)
            .map(|c| &text[c.start..c.end])
            .collect();
        assert!(orgs.contains(&"COMUNE DI RIMINI"), "{orgs:?}");
        assert!(
            orgs.contains(&"DIPUTACIÓN PROVINCIAL DE CÁCERES"),
            "{orgs:?}"
        );
        // a heading ending in a place is no name of its own
        let text = "BANCA DATI CLIENTI ROMA\nEstratto del 12/03/2024";
        let mut out = Vec::new();
        find(text, &mut out);
        assert!(out.is_empty(), "{out:?}");
        // no run, nothing read again
        let mut out = Vec::new();
        find("Comune di Rimini, IBAN IT60 X054", &mut out);
        assert!(out.is_empty());
    }
}
