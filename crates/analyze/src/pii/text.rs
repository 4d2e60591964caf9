//! Character boundaries, field delimiters and the regex scan loop every
//! pattern recognizer shares.

use regex::Regex;

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

pub(crate) fn word_boundary_before(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c))
}

pub(crate) fn word_boundary_after(text: &str, pos: usize) -> bool {
    text[pos..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// The character before `pos` is a comma, semicolon, tab or pipe acting as
/// a field delimiter (not a thousands separator: no digit before it).
pub(super) fn field_delimiter_before(text: &str, pos: usize) -> bool {
    match prev_char(text, pos) {
        Some(';' | '\t' | '|') => true,
        Some(',') => prev_char(text, pos - 1).is_none_or(|c| !c.is_ascii_digit()),
        _ => false,
    }
}

/// A field delimiter (or the end of the line/text) follows `pos`.
pub(super) fn field_delimiter_after(text: &str, pos: usize) -> bool {
    matches!(
        next_char(text, pos),
        None | Some(',' | ';' | '\t' | '|' | '\n' | '\r')
    )
}

pub(super) fn prev_char(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

pub(super) fn next_char(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

pub(super) fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(super) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Runs `re` over `text`; when `accept` rejects a match, searching resumes
/// one character after its start (so a rejected long match does not hide a
/// shorter valid one inside it).
pub(super) fn scan(re: &Regex, text: &str, accept: impl FnMut(usize, usize) -> bool) {
    scan_in(re, text, 0, text.len(), accept);
}

/// [`scan`] limited to matches inside `[from, to)`.
pub(super) fn scan_in(
    re: &Regex,
    text: &str,
    from: usize,
    to: usize,
    mut accept: impl FnMut(usize, usize) -> bool,
) {
    let hay = &text[..to];
    let mut at = from;
    while at < to {
        let Some(m) = re.find_at(hay, at) else {
            break;
        };
        if accept(m.start(), m.end()) {
            at = m.end().max(m.start() + 1);
        } else {
            at = m.start() + next_char(text, m.start()).map_or(1, char::len_utf8);
        }
        at = ceil_boundary(text, at);
    }
}
