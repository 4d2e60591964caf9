//! PostgreSQL's `tsquery` text form (`'acm' & !( 'it''s' <-> 'corp' ) |
//! 'x':*`), read by one lexer: quoted lexemes (with `''` and `\` escapes
//! undone), phrase operators (`<->`, `<N>`), negations, and everything else
//! kept verbatim. The rewrites search needs (completing the last word,
//! relaxing phrases, moving lexemes behind an account key) are all made on
//! these tokens, so they agree on what a lexeme is.

use std::ops::Range;

/// One piece of a `tsquery` text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A quoted lexeme: its text unescaped, and where the quoted form
    /// (quotes included) stands in the source.
    Lexeme { text: String, span: Range<usize> },
    /// A phrase operator, `<->` or `<N>`.
    Phrase(Range<usize>),
    /// `!`.
    Not(Range<usize>),
    /// Anything else, as written: `&`, `|`, parentheses, spaces, `:*`
    /// weights, a `<` that opens no phrase operator.
    Other(Range<usize>),
}

impl Token {
    fn span(&self) -> Range<usize> {
        match self {
            Self::Lexeme { span, .. }
            | Self::Phrase(span)
            | Self::Not(span)
            | Self::Other(span) => span.clone(),
        }
    }
}

/// The tokens of `tsquery`, in order; together they cover it whole.
pub fn tokens(tsquery: &str) -> Vec<Token> {
    let bytes = tsquery.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b'\'' => {
                let mut text = Vec::new();
                i += 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' if i + 1 < bytes.len() => {
                            text.push(bytes[i + 1]);
                            i += 2;
                        }
                        b'\'' if bytes.get(i + 1) == Some(&b'\'') => {
                            text.push(b'\'');
                            i += 2;
                        }
                        b'\'' => {
                            i += 1;
                            break;
                        }
                        b => {
                            text.push(b);
                            i += 1;
                        }
                    }
                }
                out.push(Token::Lexeme {
                    text: String::from_utf8_lossy(&text).into_owned(),
                    span: start..i,
                });
            }
            b'!' => {
                i += 1;
                out.push(Token::Not(start..i));
            }
            b'<' => {
                i += 1;
                while i < bytes.len() {
                    i += 1;
                    if bytes[i - 1] == b'>' {
                        break;
                    }
                }
                let op = &tsquery[start..i];
                let phrase = op.len() > 1
                    && op.ends_with('>')
                    && matches!(&op[1..op.len() - 1], inner if inner == "-"
                        || (!inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit())));
                out.push(if phrase {
                    Token::Phrase(start..i)
                } else {
                    Token::Other(start..i)
                });
            }
            _ => {
                // A run of plain characters, up to the next one that starts
                // a token of its own (all ASCII, so the cut is a boundary).
                i += 1;
                while i < bytes.len() && !matches!(bytes[i], b'\'' | b'!' | b'<') {
                    i += 1;
                }
                out.push(Token::Other(start..i));
            }
        }
    }
    out
}

/// `word` as a quoted `tsquery` operand.
pub fn quote(word: &str) -> String {
    format!("'{}'", word.replace('\\', "\\\\").replace('\'', "''"))
}

/// The last operand of `tsquery` when it is a plain quoted lexeme: where
/// it starts and the lexeme, unescaped.
pub fn last_lexeme(tsquery: &str) -> Option<(usize, String)> {
    let t = tsquery.trim_end();
    if !t.ends_with('\'') {
        return None;
    }
    match tokens(t).pop()? {
        Token::Lexeme { text, span } if span.end == t.len() => Some((span.start, text)),
        _ => None,
    }
}

/// `tsquery` with each quoted lexeme replaced by `f` of it (unescaped);
/// everything else is kept.
pub fn map_lexemes(tsquery: &str, f: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(tsquery.len() * 2);
    for token in tokens(tsquery) {
        match token {
            Token::Lexeme { text, .. } => out.push_str(&f(&text)),
            other => out.push_str(&tsquery[other.span()]),
        }
    }
    out
}

/// `tsquery` with every phrase operator (`<->`, `<N>`) turned into `&`:
/// the documents holding all the words, which the GIN index answers without
/// reading a row. Quoted lexemes are left alone. A query with a negation is
/// left whole: relaxing a phrase under `!` (`-"data retention"`) would
/// exclude documents that merely hold both words, which the query itself
/// keeps.
pub fn relax_phrases(tsquery: &str) -> String {
    let tokens = tokens(tsquery);
    if tokens.iter().any(|t| matches!(t, Token::Not(_))) {
        return tsquery.to_owned();
    }
    let mut out = String::with_capacity(tsquery.len());
    for token in tokens {
        match token {
            Token::Phrase(_) => out.push('&'),
            other => out.push_str(&tsquery[other.span()]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexer_covers_the_text_and_unescapes_lexemes() {
        let q = "'acm' & !( 'it''s' <-> 'a\\\\b' ) | 'x':* <2> 'y'";
        let t = tokens(q);
        let rebuilt: String = t.iter().map(|t| &q[t.span()]).collect();
        assert_eq!(rebuilt, q);
        let lexemes: Vec<&str> = t
            .iter()
            .filter_map(|t| match t {
                Token::Lexeme { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(lexemes, ["acm", "it's", "a\\b", "x", "y"]);
        assert_eq!(
            t.iter().filter(|t| matches!(t, Token::Phrase(_))).count(),
            2
        );
        assert_eq!(t.iter().filter(|t| matches!(t, Token::Not(_))).count(), 1);
    }

    #[test]
    fn the_last_lexeme_is_found_with_its_escapes() {
        assert_eq!(last_lexeme("'acm' & 'invoi'"), Some((8, "invoi".into())));
        assert_eq!(
            last_lexeme("'inv' <-> '-2024' <-> '-0073'"),
            Some((22, "-0073".into()))
        );
        assert_eq!(last_lexeme("'it''s'"), Some((0, "it's".into())));
        assert_eq!(last_lexeme("'a\\\\b' & 'c\\'d'"), Some((9, "c'd".into())));
        assert_eq!(last_lexeme("'a' & !'b'").map(|l| l.1), Some("b".into()));
        assert_eq!(last_lexeme("( 'a' | 'b' )"), None);
        assert_eq!(last_lexeme(""), None);
        assert_eq!(quote("it's\\"), "'it''s\\\\'");
    }

    #[test]
    fn phrases_relax_to_all_their_words_and_quoted_lexemes_are_untouched() {
        assert_eq!(
            relax_phrases("'acm' <-> 'corp' & 'thornt':*"),
            "'acm' & 'corp' & 'thornt':*"
        );
        assert_eq!(relax_phrases("'a' <2> 'b' | 'c'"), "'a' & 'b' | 'c'");
        // Under a negation nothing is relaxed: `-"data retention" policy`
        // keeps documents holding both words apart.
        assert_eq!(
            relax_phrases("!( 'data' <-> 'retent' ) & 'polici'"),
            "!( 'data' <-> 'retent' ) & 'polici'"
        );
        assert_eq!(
            relax_phrases("'a' <2> ( 'b' | !'c' )"),
            "'a' <2> ( 'b' | !'c' )"
        );
        assert_eq!(
            relax_phrases("'x<->y' <-> 'it''s<3>'"),
            "'x<->y' & 'it''s<3>'"
        );
        assert_eq!(relax_phrases("'a\\'<->b' <-> 'c'"), "'a\\'<->b' & 'c'");
        assert_eq!(relax_phrases("'it''s!' <-> 'x'"), "'it''s!' & 'x'");
        assert_eq!(relax_phrases(""), "");
    }

    #[test]
    fn lexemes_are_mapped_and_the_rest_is_kept() {
        assert_eq!(
            map_lexemes("'a' & !( 'it''s' <-> 'b' ) | 'x':*", |l| quote(
                &l.to_uppercase()
            )),
            "'A' & !( 'IT''S' <-> 'B' ) | 'X':*"
        );
    }
}
