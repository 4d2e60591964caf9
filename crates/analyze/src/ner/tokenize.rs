//! The entity tokenizer (words, numbers, punctuation with "newline before"
//! and "space before" flags) and `Ctx`, the tokens with the queries every
//! rule asks of them.

use super::words::Lexicon;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub(super) s: usize,
    pub(super) e: usize,
    pub(super) kind: Kind,
    /// A newline between the previous token and this one.
    pub(super) nl: bool,
    /// Whitespace between the previous token and this one.
    pub(super) sp: bool,
    /// First letter upper case and some lower-case letter.
    pub(super) cap: bool,
    /// All letters upper case, two or more letters.
    pub(super) upper: bool,
}

/// Splits `text` into words (letters with inner hyphens and apostrophes),
/// digit runs and single punctuation characters, with byte offsets.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut nl = false;
    let mut sp = false;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if x.is_ascii_whitespace() {
                // A table's column gap (a tab, or four spaces or more) ends
                // a field as a line does: "3.02    Hermanos Vidal Tractores
                // Lleida" holds a company and a town, not one name (two or
                // three are justified prose's: "Deutsche   Bank AG")
                if x == b'\n' || x == b'\t' || b[i..].starts_with(b"    ") {
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
                // "l'INSEE", "d'Océalis", "all'Agenzia delle Entrate": a
                // lower-case elided article or preposition is a word of its
                // own before a capitalised name (not "D'Arrigo", "l'offre",
                // nor inside a name: "Cortina d'Ampezzo", "Coeur d'Alene";
                // Italian articulated prepositions split after a name too:
                // "Paolo Ferraris dell'Unione Industriale", "AIDA dell'Agenzia")
                let elided = &text[s..i - c.len_utf8()];
                // (and a capitalised one opening a sentence or a line: "L'Agence
                // régionale de santé", "L'Ufficio delle Dogane", "Dell'Unione";
                // before a body's word only: not "D'Angelo", a surname, nor
                // "L'Oréal", "L'Aquila", "L'Hospitalet de Llobregat",
                // "L'Amministratore Delegato")
                let opening = matches!(elided, "L" | "Dell" | "Dall" | "Nell" | "All" | "Sull")
                    && (nl
                        || toks.last().is_none_or(|t: &Tok| {
                            t.kind == Kind::Punct
                                && matches!(
                                    &text[t.s..t.e],
                                    "." | "!" | "?" | ":" | ";" | "•" | "«" | "\"" | "("
                                )
                        }))
                    && super::organizations::opens_body(word_at(text, i));
                if c != '-'
                    && (ELISIONS.contains(&elided) || opening)
                    && text[i..].chars().next().is_some_and(char::is_uppercase)
                    && (!toks.last().is_some_and(|t: &Tok| t.cap || t.upper)
                        || matches!(elided, "dell" | "dall" | "nell" | "all" | "sull"))
                {
                    break;
                }
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

/// The word of letters, apostrophes and hyphens starting at byte `s`.
fn word_at(text: &str, s: usize) -> &str {
    let rest = &text[s..];
    let end = rest
        .find(|ch: char| !(ch.is_alphabetic() || matches!(ch, '\'' | '’' | '-')))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Elided articles and prepositions of French and Italian, before their
/// apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", "all",
    "dall", "dell", "nell", "sull", "coll", "pell", "quell", "un", "sant", "bell",
];

/// Combining marks (decomposed accents) stay inside words.
pub(super) fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The tokens of one text and the questions the rules ask about them.
pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) toks: Vec<Tok>,
    /// Every token's lower-case form and key, computed once here: the
    /// rules ask about the same word many times ([`Ctx::lower_in`],
    /// [`Ctx::key`]).
    lower: Lowered,
}

/// Longest word, in bytes, that [`Ctx::lower_in`] looks up.
const LOWER_MAX: usize = 24;

/// The lower-case forms of a text's tokens, in one buffer.
struct Lowered {
    buf: String,
    /// Per token: where its lower-case form lies in `buf`, and where its
    /// key does (the same, or for "Smith's" the form of "Smith" after it).
    at: Vec<[u32; 4]>,
}

/// Appends `t` in lower case as [`str::to_lowercase`] writes it; returns
/// where it lies in `buf`.
fn lower(buf: &mut String, t: &str) -> [u32; 2] {
    let s = buf.len() as u32;
    if t.is_ascii() {
        crate::lowercase::push_lower(buf, t);
    } else {
        buf.push_str(&t.to_lowercase());
    }
    [s, buf.len() as u32]
}

impl Lowered {
    fn new(text: &str, toks: &[Tok]) -> Self {
        let mut buf = String::with_capacity(text.len() + text.len() / 8);
        let at = toks
            .iter()
            .map(|k| {
                let t = &text[k.s..k.e];
                let [s, e] = lower(&mut buf, t);
                // a possessive's key is its name's ("Müller's": "müller")
                match t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")) {
                    Some(stem) => {
                        let [ks, ke] = lower(&mut buf, stem);
                        [s, e, ks, ke]
                    }
                    None => [s, e, s, e],
                }
            })
            .collect();
        Lowered { buf, at }
    }
}

impl<'a> Ctx<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let lower = Lowered::new(text, &toks);
        Ctx { text, toks, lower }
    }

    /// The token's text; past the last token, nothing (the rules look
    /// ahead: a text may end anywhere).
    pub(super) fn t(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |k| &self.text[k.s..k.e])
    }
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|k| k.kind == Kind::Word)
    }
    pub(super) fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|k| k.kind == Kind::Word && k.cap)
    }
    pub(super) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|k| k.kind == Kind::Punct) && self.t(i) == p
    }
    pub(super) fn lower_in<L: Lexicon + ?Sized>(&self, i: usize, list: &L) -> bool {
        if i >= self.toks.len() || self.toks[i].kind != Kind::Word {
            return false;
        }
        let t = self.t(i);
        if t.len() > LOWER_MAX {
            return false;
        }
        let [s, e, _, _] = self.lower.at[i];
        let lower = &self.lower.buf[s as usize..e as usize];
        if t.is_ascii() {
            list.has_ascii_lower(lower)
        } else {
            list.has_exact(lower)
        }
    }
    /// Token `j` follows token `j - 1` on the same line.
    pub(super) fn same_line(&self, j: usize) -> bool {
        j < self.toks.len() && !self.toks[j].nl
    }
    /// The token starts a sentence, a line or a field.
    pub(super) fn sentence_start(&self, i: usize) -> bool {
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
    pub(super) fn line_is_csv(&self, i: usize) -> bool {
        !self.toks[i].sp
    }
    /// Whole-line test: the tokens [a, b) are all the tokens of their line.
    pub(super) fn alone_on_line(&self, a: usize, b: usize) -> bool {
        (a == 0 || self.toks[a].nl) && (b >= self.toks.len() || self.toks[b].nl)
    }
    /// Text end of token `i`, with a trailing possessive 's removed.
    pub(super) fn word_end(&self, i: usize) -> usize {
        let t = self.t(i);
        let k = &self.toks[i];
        if t.ends_with("'s") || t.ends_with("’s") {
            k.e - if t.ends_with("'s") { 2 } else { 4 }
        } else {
            k.e
        }
    }
    /// The token in lower case, a possessive's "'s" left out.
    pub(super) fn key(&self, i: usize) -> &str {
        // (past the last token, nothing, as [`Ctx::t`])
        let Some(&[_, _, s, e]) = self.lower.at.get(i) else {
            return "";
        };
        &self.lower.buf[s as usize..e as usize]
    }
    pub(super) fn run_key(&self, words: &[usize]) -> String {
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
