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
    scan_in_skipping(re, text, from, to, |s, e| Ok(accept(s, e)));
}

/// Where a match refused for what stands before `s` can next start: the
/// first position after `s` where `clear` holds, or `to`.
pub(super) fn next_clear(text: &str, s: usize, to: usize, clear: impl Fn(usize) -> bool) -> usize {
    let mut p = s;
    while let Some(c) = next_char(text, p) {
        p += c.len_utf8();
        if p >= to || clear(p) {
            break;
        }
    }
    p
}

/// [`scan_in`] whose `accept` may also refuse a match with `Err(p)`: no
/// match starting before `p` would be taken either, so the pattern is not
/// run again from each position in between (a recognizer that refuses a
/// match for what stands before it would otherwise be asked once for every
/// digit of a long number).
pub(super) fn scan_in_skipping(
    re: &Regex,
    text: &str,
    from: usize,
    to: usize,
    mut accept: impl FnMut(usize, usize) -> Result<bool, usize>,
) {
    let hay = &text[..to];
    let mut at = from;
    while at < to {
        let Some(m) = re.find_at(hay, at) else {
            break;
        };
        at = match accept(m.start(), m.end()) {
            Ok(true) => m.end().max(m.start() + 1),
            Ok(false) => m.start() + next_char(text, m.start()).map_or(1, char::len_utf8),
            Err(p) => p.max(m.start() + 1),
        };
        at = ceil_boundary(text, at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Skipping past what a recognizer refuses for what stands before a
    /// match takes the same matches as asking again at every position, on
    /// texts of digits, letters, joining signs, spaces and other scripts.
    #[test]
    fn skipping_refused_starts_takes_the_same_matches() {
        let re = Regex::new(r"(?-u)[0-9][0-9 \-]{2,8}[0-9]").expect("regex");
        let clear = |text: &str, p: usize| {
            prev_char(text, p).is_none_or(|c| !(is_word_char(c) || matches!(c, '-' | '.')))
        };
        let after = |text: &str, e: usize| next_char(text, e).is_none_or(|c| !is_word_char(c));
        let pieces = [
            "1", "23", "456", " ", "-", ".", "a", "Bé", "ü9", "7 8", "\t", "Ж", "x-1",
        ];
        let mut seed: u64 = 11;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..24 {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let (mut asked, mut skipped) = (Vec::new(), Vec::new());
            scan_in(&re, &text, 0, text.len(), |s, e| {
                let take = clear(&text, s) && after(&text, e);
                if take {
                    asked.push((s, e));
                }
                take
            });
            scan_in_skipping(&re, &text, 0, text.len(), |s, e| {
                if !clear(&text, s) {
                    return Err(next_clear(&text, s, text.len(), |p| clear(&text, p)));
                }
                let take = after(&text, e);
                if take {
                    skipped.push((s, e));
                }
                Ok(take)
            });
            assert_eq!(asked, skipped, "{text:?}");
        }
    }
}
