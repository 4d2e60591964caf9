//! What the language detector reads: the words of a text, without the
//! tokens that belong to no language (e-mail addresses, URLs, IBANs, card
//! and phone numbers, codes) and with the commonest OCR damage undone.
//!
//! On a short text, identifiers outweigh the few real words: "Contact:
//! jane@example.com, IBAN DE89 3704 …" gives a trigram model more
//! letters of noise than of English. OCR adds digits inside words
//! ("c0mpliance", "1etter"), stray marks and words hyphenated across a line
//! break ("exam- ple").

/// Whether a token is a web or mail address, which no language owns.
fn is_address(token: &str) -> bool {
    token.contains('@')
        || token.contains("://")
        || token.starts_with("www.")
        || token.starts_with("WWW.")
        // host names: letters and dots with a dot inside ("example.com")
        || (token.len() > 4
            && token.trim_end_matches('.').contains('.')
            && !token.trim_end_matches('.').ends_with('.')
            && token
                .trim_end_matches('.')
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')))
}

/// The letters OCR reads as digits, back to letters.
fn ocr_digit(c: char) -> Option<char> {
    match c {
        '0' => Some('o'),
        '1' => Some('l'),
        '5' => Some('s'),
        _ => None,
    }
}

/// A word with one or two OCR digits in it ("c0mpliance") gets its letters
/// back; a token made mostly of digits (an amount, an IBAN, a code) is
/// dropped.
fn push_word(token: &str, out: &mut String) {
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return;
    }
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let mut word = String::with_capacity(token.len());
    if digits > 0 {
        let repairable = digits <= 2
            && letters >= 3 * digits
            && token
                .chars()
                .filter(char::is_ascii_digit)
                .all(|c| ocr_digit(c).is_some());
        if !repairable {
            return;
        }
        word.extend(token.chars().map(|c| ocr_digit(c).unwrap_or(c)));
    } else {
        word.push_str(token);
    }
    // Keep letters and the marks inside words (l'homme, il-liġi, don't).
    let word: String = word
        .chars()
        .filter(|&c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        .collect();
    let word = word.trim_matches(|c| matches!(c, '\'' | '’' | '-'));
    if word.chars().any(char::is_alphabetic) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// The words of `text` for language detection, separated by single spaces.
pub(super) fn words_for_detection(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending: Option<&str> = None;
    let mut joined = String::new();
    for raw in text.split_whitespace() {
        let token = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '@');
        if token.is_empty() || is_address(token) {
            if let Some(p) = pending.take() {
                push_word(p, &mut out);
            }
            continue;
        }
        // "exam- ple": a word cut at a line end, rejoined.
        if let Some(p) = pending.take() {
            if token.starts_with(|c: char| c.is_lowercase()) {
                joined.clear();
                joined.push_str(p.trim_end_matches('-'));
                joined.push_str(token);
                push_word(&joined, &mut out);
                continue;
            }
            push_word(p, &mut out);
        }
        if token.ends_with('-') && token.len() > 2 {
            pending = Some(token);
        } else {
            push_word(token, &mut out);
        }
    }
    if let Some(p) = pending {
        push_word(p, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::words_for_detection;

    #[test]
    fn identifiers_are_dropped_and_words_kept() {
        let t = "Contact: jane.doe@example.com, IBAN DE89 3704 0044 0532 0130 00, \
                 card 4111 1111 1111 1111, see https://example.org/x or example.com.";
        assert_eq!(words_for_detection(t), "Contact IBAN card see or");
    }

    #[test]
    fn ocr_digits_and_line_end_hyphens_are_repaired() {
        assert_eq!(
            words_for_detection("The c0mpliance 1etter was exam- ined by 3 people."),
            "The compliance letter was examined by people"
        );
    }

    #[test]
    fn words_with_inner_marks_survive() {
        assert_eq!(
            words_for_detection("l'homme, il-liġi | ~ don't"),
            "l'homme il-liġi don't"
        );
    }
}
