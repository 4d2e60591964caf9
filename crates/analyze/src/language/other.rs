//! whatlang 0.18 for the languages outside the EU set: scripts lingua's
//! 23 languages do not use (Arabic, Chinese, Hebrew, ...), Cyrillic
//! languages other than Bulgarian, and Latin-script languages such as
//! Turkish or Indonesian when lingua is unsure.

use whatlang::Lang;

/// Codes of the 24 official EU languages.
pub(super) const EU: [&str; 24] = [
    "bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt",
    "mt", "pl", "pt", "ro", "sk", "sl", "es", "sv",
];

/// A Cyrillic language other than Bulgarian, told by the letters it
/// writes and Bulgarian does not; `None` when there are none (Bulgarian,
/// or too little text to say).
pub(super) fn cyrillic_by_letters(words: &str) -> Option<&'static str> {
    let has = |set: &[char]| {
        words
            .chars()
            .any(|c| set.contains(&c.to_lowercase().next().unwrap_or(c)))
    };
    if has(&['ў']) {
        Some("be")
    } else if has(&['і', 'ї', 'є', 'ґ']) {
        Some("uk")
    } else if has(&['ѓ', 'ќ', 'ѕ']) {
        Some("mk")
    } else if has(&['ј', 'љ', 'њ', 'ћ', 'ђ', 'џ']) {
        Some("sr")
    } else if has(&['ы', 'э', 'ё']) {
        Some("ru")
    } else {
        None
    }
}

/// whatlang's guess, when it calls it reliable: (code, confidence).
pub(super) fn reliable_guess(words: &str) -> Option<(&'static str, f64)> {
    guess(words)
        .filter(|g| g.2)
        .map(|(code, confidence, _)| (code, confidence))
}

/// whatlang's best guess, reliable or not: (code, confidence, reliable).
pub(super) fn guess(words: &str) -> Option<(&'static str, f64, bool)> {
    whatlang::detect(words)
        .map(|info| (iso639_1(info.lang()), info.confidence(), info.is_reliable()))
}

/// ISO 639-1 code for a whatlang language.
pub(super) fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_codes_two_letters() {
        for &l in Lang::all() {
            let c = iso639_1(l);
            assert!(
                c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase()),
                "{c}"
            );
        }
    }
}
