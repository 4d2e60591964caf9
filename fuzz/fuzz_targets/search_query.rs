#![no_main]
//! The search box: `search::query::parse` on any text (lossily UTF-8),
//! then the `tsquery` lexer and its rewrites and the snippet escaping on
//! the same text. Besides panics it checks their promises: a parsed query
//! is trimmed, bounded and free of control characters, its open word is
//! its last; the lexer's tokens cover the text whole and re-quoting every
//! lexeme keeps the lexemes; a snippet has no markup but `<mark>`.
use libfuzzer_sys::fuzz_target;
use opencomplai_fuzz::search::{query, snippet, tsquery};

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    match query::parse(Some(&raw)) {
        Ok(q) => {
            assert!(!q.text.is_empty() && q.text == q.text.trim());
            assert!(q.text.chars().count() <= query::MAX_QUERY_CHARS);
            assert!(!q.text.chars().any(char::is_control));
            if let Some(w) = &q.open_word {
                assert!(
                    q.text.ends_with(w.as_str()),
                    "open word {w:?} is not the last"
                );
            }
            let _ = query::contains_pattern(&q.text);
        }
        Err(e) => assert!(matches!(e.issue(), Some("empty" | "too_long")), "{e:?}"),
    }

    let tokens = tsquery::tokens(&raw);
    let lexemes = |t: &[tsquery::Token]| -> Vec<String> {
        t.iter()
            .filter_map(|t| match t {
                tsquery::Token::Lexeme { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    };
    let requoted = tsquery::map_lexemes(&raw, tsquery::quote);
    assert_eq!(
        lexemes(&tokens),
        lexemes(&tsquery::tokens(&requoted)),
        "{requoted:?}"
    );
    let _ = tsquery::last_lexeme(&raw);
    let _ = tsquery::relax_phrases(&raw);

    let html = snippet::html(&raw)
        .replace("<mark>", "")
        .replace("</mark>", "");
    assert!(!html.contains(['<', '>', '"', '\'']), "{html:?}");
    let _ = snippet::marked_words(&raw);
});
