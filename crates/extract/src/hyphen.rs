//! Words broken at a line end with a hyphen ("measure-" / "ment") are put
//! back together, while real hyphenated compounds broken at their hyphen
//! ("well-" / "known", "T-" / "Systems") keep it. The document itself is
//! the dictionary: a joined form or a hyphenated form seen elsewhere in it
//! decides; without either, the word is joined, as a typesetter's
//! hyphenation is far more common at a line end than a compound's hyphen.

use std::collections::HashSet;

/// A hyphen a line may end with: ASCII, Unicode's hyphen (Chromium,
/// groff) and the soft hyphen (shown only where a line breaks).
const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{ad}'];

/// First halves that make compounds far more often than they are broken
/// off a longer word at a line end ("well-known", "self-service").
const COMPOUND_HEADS: [&str; 12] = [
    "well", "self", "so", "non", "long", "short", "high", "low", "full", "part", "cross", "ex",
];

/// The words of `text`, lower-cased, as the document's own dictionary:
/// plain words and hyphenated compounds both.
pub(crate) fn vocabulary(text: &str) -> HashSet<String> {
    text.split(|c: char| c.is_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().count() > 1)
        .collect()
}

/// Joins the words broken over the ends of `lines` (in reading order);
/// soft hyphens inside a line are dropped, as they are invisible there.
pub(crate) fn rejoin(lines: &mut Vec<String>, known: &HashSet<String>) {
    for line in lines.iter_mut() {
        if line.contains('\u{ad}') {
            let last = line.trim_end().ends_with('\u{ad}');
            *line = line.replace('\u{ad}', "");
            if last {
                line.push('\u{ad}');
            }
        }
    }
    for i in 0..lines.len().saturating_sub(1) {
        let (head, rest) = lines.split_at_mut(i + 1);
        let (a, b) = (&mut head[i], &mut rest[0]);
        let trimmed = a.trim_end();
        let Some(hyphen) = trimmed.chars().last().filter(|c| HYPHENS.contains(c)) else {
            continue;
        };
        let stem = &trimmed[..trimmed.len() - hyphen.len_utf8()];
        let first = stem
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let b_trim = b.trim_start();
        let tail_len = b_trim
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(b_trim.len());
        let second = &b_trim[..tail_len];
        if first.is_empty() || second.is_empty() {
            continue;
        }
        let keep = hyphen != '\u{ad}' && keeps_hyphen(first, second, known);
        let mut joined = stem.to_owned();
        if keep {
            joined.push('-');
        }
        joined.push_str(second);
        *a = joined;
        *b = b_trim[tail_len..].trim_start().to_owned();
    }
    lines.retain(|l| !l.trim().is_empty());
    for line in lines.iter_mut() {
        if line.ends_with('\u{ad}') {
            line.pop();
        }
    }
}

/// Whether `first-` + `second` is a compound that keeps its hyphen.
fn keeps_hyphen(first: &str, second: &str, known: &HashSet<String>) -> bool {
    if second.chars().next().is_some_and(char::is_uppercase) {
        // "T-Systems", "Nord-Ostsee": a capital after the hyphen.
        return true;
    }
    let (f, s) = (first.to_lowercase(), second.to_lowercase());
    if known.contains(&format!("{f}{s}")) {
        return false;
    }
    if known.contains(&format!("{f}-{s}")) {
        return true;
    }
    COMPOUND_HEADS.contains(&f.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(lines: &[&str], elsewhere: &str) -> Vec<String> {
        let mut lines: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
        rejoin(&mut lines, &vocabulary(elsewhere));
        lines
    }

    #[test]
    fn a_word_broken_at_a_line_end_is_joined() {
        assert_eq!(
            run(&["the measure-", "ment programme"], ""),
            ["the measurement", "programme"]
        );
        assert_eq!(run(&["con\u{2010}", "sidered"], ""), ["considered"]);
        assert_eq!(
            run(&["pro\u{ad}gramme re\u{ad}", "quired"], ""),
            ["programme required"]
        );
    }

    #[test]
    fn real_compounds_keep_their_hyphen() {
        assert_eq!(
            run(&["the well-", "known rules"], ""),
            ["the well-known", "rules"]
        );
        assert_eq!(
            run(&["and T-", "Systems runs"], ""),
            ["and T-Systems", "runs"]
        );
        assert_eq!(
            run(&["a follow-", "up call"], "the follow-up was late"),
            ["a follow-up", "call"]
        );
        assert_eq!(
            run(&["the self-", "service"], "selfservice everywhere"),
            ["the selfservice"]
        );
    }

    #[test]
    fn a_dash_between_spaces_or_a_number_range_is_left_alone() {
        assert_eq!(
            run(&["from 10 -", "20 items"], ""),
            ["from 10 -", "20 items"]
        );
        assert_eq!(run(&["pages 4-", "9"], ""), ["pages 4-", "9"]);
    }
}
