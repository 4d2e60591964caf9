//! Maltese, the one official EU language lingua does not know: recognised
//! by what no other EU language writes. Its letters ħ, ġ, ċ and the digraph
//! għ; its article joined by a hyphen and assimilated to the noun (il-liġi,
//! tal-bniedem, fid-dinjità, ix-xogħol); and its commonest function words.
//! OCR that loses the dots and bars (ħ→h, ġ→g) still leaves the articles
//! and "gh".

/// Function words frequent in Maltese and not words of another EU language
/// (checked against the lingua-detected EU evaluation texts).
const WORDS: &[&str] = &[
    "ta'",
    "ta’",
    "huwa",
    "hija",
    "huma",
    "għandu",
    "ghandu",
    "għandhom",
    "ghandhom",
    "jkun",
    "jista'",
    "jista’",
    "mhux",
    "bħala",
    "bhala",
    "jekk",
    "minn",
    "mingħajr",
    "minghajr",
    "biex",
    "kull",
    "jew",
    "għal",
    "ghal",
    "għall",
    "ghall",
    "fejn",
    "dawn",
    "kif",
    "xi",
    "lil",
    "lill",
    "wkoll",
    "ukoll",
    "tiegħu",
    "tieghu",
    "tagħha",
    "tagħhom",
    "kulħadd",
    "kulhadd",
    "ħadd",
];

/// Hyphenated article forms: "il-", "l-", "tal-", "fil-", assimilated
/// "id-", "is-", "tad-", ... Irish also hyphenates "t-", "n-", "h-" and
/// English "e-", "x-", so single letters count only when Maltese-only.
fn is_article_form(word: &str) -> bool {
    let Some((head, rest)) = word.split_once('-') else {
        return false;
    };
    if rest.is_empty() {
        return false;
    }
    let head = head.trim_start_matches(['\'', '’']);
    const WHOLE: &[&str] = &[
        "l", "d", "r", "s", "x", "ż", "ċ", "il", "tal", "fil", "bil", "mal", "mill", "lill",
        "għall", "ghall", "bl", "fl",
    ];
    const STEMS: &[&str] = &["i", "ta", "fi", "bi", "mi", "ma", "sa", "għa", "gha"];
    const ASSIMILATED: &[&str] = &["d", "r", "s", "t", "x", "ż", "z", "ċ", "c", "n"];
    WHOLE.contains(&head)
        || STEMS.iter().any(|s| {
            head.strip_prefix(s)
                .is_some_and(|c| ASSIMILATED.contains(&c))
        })
}

/// Share of the words that mark Maltese, 0..1. `words` is the output of
/// [`super::clean::words_for_detection`].
pub(super) fn marker_share(words: &str) -> f64 {
    let mut total = 0u32;
    let mut marked = 0u32;
    let mut lower = String::new();
    for w in words.split(' ').filter(|w| !w.is_empty()) {
        total += 1;
        // No marker is a word of ASCII letters longer than "minghajr"
        // without a hyphen: most words of other languages stop here.
        if w.len() > 8 && w.is_ascii() && !w.contains('-') {
            continue;
        }
        lower.clear();
        crate::lowercase::push_lower(&mut lower, w);
        let lower = lower.as_str();
        if lower.contains(['ħ', 'ġ', 'ċ'])
            || lower.contains("għ")
            || is_article_form(lower)
            || WORDS.contains(&lower)
        {
            marked += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        f64::from(marked) / f64::from(total)
    }
}

#[cfg(test)]
mod tests {
    use super::marker_share;

    #[test]
    fn maltese_is_marked_and_its_neighbours_are_not() {
        let mt = "Kull bniedem għandu l-jedd għall-ħajja, għall-ħelsien u għas-sigurtà tal-persuna tiegħu";
        assert!(marker_share(mt) > 0.5, "{}", marker_share(mt));
        let it = "Ogni individuo ha diritto alla vita, alla libertà ed alla sicurezza della propria persona";
        assert!(marker_share(it) < 0.1);
        let ga = "Tá ag gach uile dhuine an ceart chun na n-ainmhithe agus an t-uisce";
        assert!(marker_share(ga) < 0.15, "{}", marker_share(ga));
    }
}
