//! The caller's query text before PostgreSQL sees it: composed (NFC),
//! cleaned (control characters, NUL included, become spaces), bounded, and
//! read the way `websearch_to_tsquery` reads it, to tell whether the last
//! word is still being typed and should also match as a prefix.

use crate::validation::Invalid;

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;
/// A last word shorter than this is matched whole: a one- or two-letter
/// prefix would match a large share of all words.
pub const MIN_PREFIX_CHARS: usize = 3;

/// A query ready to bind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserQuery {
    /// The cleaned text, trimmed.
    pub text: String,
    /// The last word, when it should also match as a prefix (`invoic` finds
    /// "invoices"): outside quotes, not an exclusion, not `or`, ending in a
    /// letter or digit, with no space typed after it.
    pub open_word: Option<String>,
}

/// Cleans and checks `q`; an absent, blank or overlong query is a 422.
pub fn parse(raw: Option<&str>) -> Result<UserQuery, Invalid> {
    // Composed ("é" as one character), as every extracted text is stored:
    // "Mu\u{308}ller" typed or pasted finds "Müller".
    let cleaned: String = opencomplai_extract::nfc(raw.unwrap_or_default())
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let text = cleaned.trim();
    if text.is_empty() {
        return Err(Invalid::field(
            "q",
            "empty",
            "q must contain at least one word to search for",
        ));
    }
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(Invalid::field(
            "q",
            "too_long",
            format!("q must be at most {MAX_QUERY_CHARS} characters"),
        ));
    }
    let finished = cleaned.ends_with(char::is_whitespace);
    Ok(UserQuery {
        text: text.to_owned(),
        open_word: if finished { None } else { open_word(text) },
    })
}

/// The last word of `text` if it is a plain word still being typed.
fn open_word(text: &str) -> Option<String> {
    // An odd number of quotes leaves the last word inside a phrase.
    if text.chars().filter(|&c| c == '"').count() % 2 == 1 {
        return None;
    }
    let last = text.split_whitespace().next_back()?;
    let plain = !last.contains('"')
        && !last.starts_with('-')
        && !last.eq_ignore_ascii_case("or")
        && last.chars().next_back().is_some_and(char::is_alphanumeric);
    let letters = last.chars().filter(|c| c.is_alphanumeric()).count();
    (plain && letters >= MIN_PREFIX_CHARS).then(|| last.to_owned())
}

/// The words fuzzy matching looks at: at most this many.
pub const MAX_FUZZY_WORDS: usize = 8;

/// `text` for `ilike`: `%`, `_` and `\` taken literally, wrapped in `%`.
pub fn contains_pattern(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(q: &str) -> Option<String> {
        parse(Some(q)).expect("valid").open_word
    }

    #[test]
    fn the_last_plain_word_is_open_while_typed() {
        assert_eq!(open("acme invoic").as_deref(), Some("invoic"));
        assert_eq!(open("INV-2024-0073").as_deref(), Some("INV-2024-0073"));
        assert_eq!(open("\"acme corp\" thornt").as_deref(), Some("thornt"));
        assert_eq!(open("acme invoice "), None, "a space ends the word");
        assert_eq!(open("acme \"invoice"), None, "inside an open phrase");
        assert_eq!(open("\"acme invoice\""), None, "a closed phrase");
        assert_eq!(open("acme -invoice"), None, "an exclusion");
        assert_eq!(open("acme or"), None, "an operator");
        assert_eq!(open("acme in"), None, "too short to be a useful prefix");
        assert_eq!(open("acme invoice."), None, "punctuation ends the word");
    }

    #[test]
    fn blank_overlong_and_control_characters_are_handled() {
        for blank in [None, Some(""), Some("   "), Some("\0\0"), Some("\t\n")] {
            let err = parse(blank).expect_err("blank");
            assert_eq!(err.issue(), Some("empty"));
        }
        let long = "a".repeat(MAX_QUERY_CHARS + 1);
        assert!(parse(Some(&long)).is_err());
        let q = parse(Some("in\0voice")).expect("valid");
        assert_eq!(q.text, "in voice");
    }

    #[test]
    fn a_decomposed_accent_is_composed() {
        let q = parse(Some("Mu\u{308}ller Kündig")).expect("valid");
        assert_eq!(q.text, "Müller Kündig");
        let q = parse(Some("Cafe\u{301}")).expect("valid");
        assert_eq!(
            (q.text.as_str(), q.open_word.as_deref()),
            ("Café", Some("Café"))
        );
    }

    #[test]
    fn like_patterns_take_wildcards_literally() {
        assert_eq!(contains_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }
}
