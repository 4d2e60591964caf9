//! Finding the strings to cover among a page's words: case, spacing and
//! typographic variants aside, a target matches a run of consecutive words
//! (in reading order, so across line ends too) or a piece of one word, as
//! long as it does not start or end in the middle of a longer word.

/// A word on a page picture: its box in pixels from the top left corner.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Word {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    /// Words of one printed line share this number: a match is covered by
    /// one box per line, not a box per word with gaps that tell its shape.
    pub line: usize,
    pub text: String,
}

/// A string to cover, folded for comparison; see [`fold`].
#[derive(Debug, Clone)]
pub(crate) struct Target(Vec<char>);

impl Target {
    /// `None` for a string with no letter or digit: nothing on a page
    /// could be told to be it rather than any other punctuation.
    pub(crate) fn new(text: &str) -> Option<Self> {
        let mut chars = Vec::with_capacity(text.len());
        crate::nfc(text).chars().for_each(|c| fold(c, &mut chars));
        // Edge punctuation belongs to the sentence, not to the value: the
        // analyzer may have taken `<anna@example.org>` or `Schmidt.` while
        // the page prints it as part of another word or without.
        let start = chars.iter().position(|c| c.is_alphanumeric())?;
        let end = chars.iter().rposition(|c| c.is_alphanumeric())? + 1;
        Some(Self(chars[start..end].to_vec()))
    }
}

/// What to cover on one page.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Found {
    /// Each match: the indices of the words it touches, in order.
    pub matches: Vec<Vec<usize>>,
    /// Per target: whether it matched anywhere on the page.
    pub hit: Vec<bool>,
}

/// Finds every occurrence of every target among `words` (in reading
/// order).
pub(crate) fn find(words: &[Word], targets: &[Target]) -> Found {
    // The page as one string of folded characters, without the spaces
    // between words, each character knowing its word: "+49 30 901820" is
    // found whether the page prints it as one word or three.
    let mut chars: Vec<char> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let before = chars.len();
        // poppler spells a TeX accent as its letter and a combining mark
        // ("Mu\u{308}ller"); the stored text, and so each target, has it
        // composed.
        crate::nfc(&word.text)
            .chars()
            .for_each(|c| fold(c, &mut chars));
        owner.resize(owner.len() + chars.len() - before, i);
    }
    let starts_word = |at: usize| at == 0 || owner[at - 1] != owner[at];
    let ends_word = |at: usize| at + 1 == chars.len() || owner[at + 1] != owner[at];
    let mut found = Found {
        matches: Vec::new(),
        hit: vec![false; targets.len()],
    };
    for (t, Target(target)) in targets.iter().enumerate() {
        if target.is_empty() || target.len() > chars.len() {
            continue;
        }
        for start in 0..=chars.len() - target.len() {
            let end = start + target.len() - 1;
            if chars[start..=end] != target[..] {
                continue;
            }
            // "anna" is a word of "Anna, " or "<anna@…>" but not of
            // "Annabel": a match may not cut a letter or digit run.
            let clean_start = starts_word(start) || !chars[start - 1].is_alphanumeric();
            let clean_end = ends_word(end) || !chars[end + 1].is_alphanumeric();
            if clean_start && clean_end {
                found.hit[t] = true;
                found.matches.push((owner[start]..=owner[end]).collect());
            }
        }
    }
    found
}

/// Appends `c` as compared: lower case, no whitespace or invisible
/// characters, typographic quotes, dashes and ligatures as their plain
/// forms (PDF text and OCR spell them either way).
fn fold(c: char, out: &mut Vec<char>) {
    match c {
        c if c.is_whitespace() => {}
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' | '´' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        '\u{FB00}' => out.extend(['f', 'f']),
        '\u{FB01}' => out.extend(['f', 'i']),
        '\u{FB02}' => out.extend(['f', 'l']),
        '\u{FB03}' => out.extend(['f', 'f', 'i']),
        '\u{FB04}' => out.extend(['f', 'f', 'l']),
        c => out.extend(c.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(texts: &[&str]) -> Vec<Word> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Word {
                x0: i as f64 * 10.0,
                y0: 0.0,
                x1: i as f64 * 10.0 + 8.0,
                y1: 10.0,
                line: 0,
                text: (*t).to_owned(),
            })
            .collect()
    }

    #[test]
    fn a_decomposed_accent_on_the_page_matches_the_composed_target() {
        let page = ["Herr", "Mu\u{308}ller,", "Cafe\u{301}"];
        assert_eq!(covered(&page, &["Müller"]), vec![vec![1]]);
        assert_eq!(covered(&page, &["Café"]), vec![vec![2]]);
        // And the other way round.
        assert_eq!(covered(&["Müller"], &["Mu\u{308}ller"]), vec![vec![0]]);
        // A plain "u" is still another letter.
        assert!(covered(&["Muller"], &["Müller"]).is_empty());
    }

    fn covered(page: &[&str], targets: &[&str]) -> Vec<Vec<usize>> {
        let targets: Vec<Target> = targets.iter().filter_map(|t| Target::new(t)).collect();
        find(&words(page), &targets).matches
    }

    #[test]
    fn a_target_matches_consecutive_words_whatever_their_case_and_spacing() {
        let page = [
            "Dear", "ANNA", "Schmidt,", "call", "+49", "30", "901820", "now.",
        ];
        assert_eq!(
            covered(&page, &["Anna Schmidt", "+49 30 901820"]),
            [vec![1, 2], vec![4, 5, 6]]
        );
        // Grouped differently on the page than in the text.
        assert_eq!(
            covered(
                &["IBAN", "DE89", "37040044", "0532013000"],
                &["DE89 3704 0044 0532 0130 00"]
            ),
            [vec![1, 2, 3]]
        );
    }

    #[test]
    fn a_target_inside_a_word_covers_that_word_but_not_a_longer_name() {
        let page = [
            "Mail:",
            "<anna@example.org>;",
            "Annabel",
            "Anna's",
            "E-Mail:anna@example.org",
        ];
        assert_eq!(
            covered(&page, &["anna@example.org", "Anna"]),
            [vec![1], vec![4], vec![1], vec![3], vec![4]]
        );
    }

    #[test]
    fn edge_punctuation_and_typographic_forms_do_not_stop_a_match() {
        let page = ["Ms", "O\u{2019}Brien", "signed", "the", "\u{FB01}le."];
        assert_eq!(
            covered(&page, &["O'Brien.", "\"file\""]),
            [vec![1], vec![4]]
        );
        // Nothing to look for.
        assert!(Target::new(" .,- ").is_none());
    }

    #[test]
    fn every_occurrence_is_found_and_each_target_says_whether_it_was() {
        let page = words(&["a@b.org", "and", "a@b.org", "again"]);
        let targets: Vec<Target> = ["a@b.org", "c@d.org"]
            .iter()
            .filter_map(|t| Target::new(t))
            .collect();
        let found = find(&page, &targets);
        assert_eq!(found.matches, [vec![0], vec![2]]);
        assert_eq!(found.hit, [true, false]);
        assert_eq!(find(&[], &targets).hit, [false, false]);
    }
}
