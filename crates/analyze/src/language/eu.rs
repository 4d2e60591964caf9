//! lingua's detector for the 23 official EU languages it knows (all but
//! Maltese, see `maltese`), built once and shared by every thread.
//!
//! lingua is built for short text: on 40–200 character texts it keeps its
//! accuracy where a trigram profile (whatlang) loses it. Building the
//! detector loads the n-gram models of all 23 languages (about a second and
//! a few hundred MB), so it is built on first use with every model
//! preloaded ([`warm_up`] does it at start-up), never per call.

use std::sync::LazyLock;

use lingua::Language::{
    Bulgarian, Croatian, Czech, Danish, Dutch, English, Estonian, Finnish, French, German, Greek,
    Hungarian, Irish, Italian, Latvian, Lithuanian, Polish, Portuguese, Romanian, Slovak, Slovene,
    Spanish, Swedish,
};
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

const LANGUAGES: [Language; 23] = [
    Bulgarian, Croatian, Czech, Danish, Dutch, English, Estonian, Finnish, French, German, Greek,
    Hungarian, Irish, Italian, Latvian, Lithuanian, Polish, Portuguese, Romanian, Slovak, Slovene,
    Spanish, Swedish,
];

/// High-accuracy mode: n-grams of one to five letters below 120
/// characters (what short texts need), trigrams from there.
static DETECTOR: LazyLock<LanguageDetector> = LazyLock::new(|| {
    LanguageDetectorBuilder::from_languages(&LANGUAGES)
        .with_preloaded_language_models()
        .build()
});

/// lingua's time grows with the text; past this many characters of words
/// (a paragraph's first two sentences or so) more text rarely changes its
/// answer.
const MAX_CHARS: usize = 300;

/// Builds the shared detector now rather than in the first request.
pub(crate) fn warm_up() {
    LazyLock::force(&DETECTOR);
}

/// ISO 639-1 code of a lingua language (the 23 above).
fn iso639_1(lang: Language) -> &'static str {
    match lang {
        Bulgarian => "bg",
        Croatian => "hr",
        Czech => "cs",
        Danish => "da",
        Dutch => "nl",
        English => "en",
        Estonian => "et",
        Finnish => "fi",
        French => "fr",
        German => "de",
        Greek => "el",
        Hungarian => "hu",
        Irish => "ga",
        Italian => "it",
        Latvian => "lv",
        Lithuanian => "lt",
        Polish => "pl",
        Portuguese => "pt",
        Romanian => "ro",
        Slovak => "sk",
        Slovene => "sl",
        Spanish => "es",
        Swedish => "sv",
    }
}

/// lingua's best guess among the 23 languages.
#[derive(Debug, Clone, Copy)]
pub(super) struct Guess {
    pub code: &'static str,
    /// 0..1; the confidences of all 23 languages sum to 1.
    pub confidence: f64,
    /// The runner-up's confidence.
    pub second: f64,
}

/// `None` when no language's characters occur in `words`.
pub(super) fn most_likely(words: &str) -> Option<Guess> {
    let (cut, _) = words
        .char_indices()
        .enumerate()
        .take_while(|&(n, _)| n < MAX_CHARS)
        .last()
        .map_or((0, 0), |(n, (i, c))| (i + c.len_utf8(), n + 1));
    // Cut at the last whole word.
    let text = if cut < words.len() {
        words[..cut]
            .rsplit_once(' ')
            .map_or(&words[..cut], |(head, _)| head)
    } else {
        words
    };
    let values = DETECTOR.compute_language_confidence_values(text);
    let &(lang, confidence) = values.first()?;
    (confidence > 0.0).then(|| Guess {
        code: iso639_1(lang),
        confidence,
        second: values.get(1).map_or(0.0, |v| v.1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_maps_to_its_own_two_letter_code() {
        let mut codes: Vec<&str> = LANGUAGES.iter().map(|&l| iso639_1(l)).collect();
        for (l, c) in LANGUAGES.iter().zip(&codes) {
            assert_eq!(l.iso_code_639_1().to_string(), *c);
        }
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 23);
    }
}
