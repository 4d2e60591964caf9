//! Language identification per chunk: a function-word vote for English,
//! German, French, Spanish, Italian, Dutch and Portuguese (fast and exact on
//! running text), falling back to whatlang's trigram detector (69
//! languages) when the vote is unclear.
//!
//! The text is cut into chunks at blank lines (paragraphs); chunks shorter
//! than [`MIN_CHUNK`] characters are merged into their neighbour, longer
//! ones are cut at [`MAX_CHUNK`] bytes (at a line or sentence end when
//! possible). Each chunk is detected on its own; a language's share is the
//! characters of its chunks over the characters of all detected chunks,
//! and the dominant language's confidence is whatlang's confidence averaged
//! over its chunks (weighted by length). Very long texts are sampled: at most
//! [`MAX_SAMPLES`] chunks spread evenly over the text are detected, and a
//! note says so.

use std::collections::BTreeMap;

use whatlang::Lang;

use crate::{Language, LanguageShare, round3};

const MIN_CHUNK: usize = 100;
const MAX_CHUNK: usize = 1000;
const MAX_SAMPLES: usize = 32;
/// Bytes of each sampled chunk given to whatlang.
const DETECT_BYTES: usize = 600;
/// Below this many letters the language is not reported at all.
const MIN_LETTERS: usize = 12;

pub(crate) struct Detection {
    pub language: Option<Language>,
    pub shares: Vec<LanguageShare>,
    pub notes: Vec<String>,
}

/// ISO 639-1 code for a whatlang language.
fn iso639_1(lang: Lang) -> &'static str {
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

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte ranges of the chunks.
fn chunks(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut raw = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Paragraphs: split at "\n" followed by optional spaces and "\n".
    while i < b.len() {
        if b[i] == b'\n' {
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < b.len() && b[j] == b'\n' {
                raw.push((start, i));
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    raw.push((start, b.len()));
    // Cut long paragraphs.
    let mut cut = Vec::with_capacity(raw.len());
    for (mut s, e) in raw {
        while e - s > MAX_CHUNK {
            let limit = floor_boundary(text, s + MAX_CHUNK);
            let window = &b[s..limit];
            let at = window
                .iter()
                .rposition(|&c| c == b'\n')
                .or_else(|| window.windows(2).rposition(|w| w == b". "))
                .map(|p| s + p + 1)
                .filter(|&p| p > s + MAX_CHUNK / 2)
                .unwrap_or(limit);
            cut.push((s, at));
            s = at;
        }
        cut.push((s, e));
    }
    // Merge short chunks into the previous one (or the next, at the start).
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(cut.len());
    for (s, e) in cut {
        if s >= e {
            continue;
        }
        match merged.last_mut() {
            Some(last)
                if (e - s < MIN_CHUNK || last.1 - last.0 < MIN_CHUNK)
                    && e - last.0 <= MAX_CHUNK =>
            {
                last.1 = e;
            }
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Frequent function words of seven common languages. Bit i of the value is
/// set when the word belongs to `STOP_LANGS[i]`.
const STOP_LANGS: [&str; 7] = ["en", "de", "fr", "es", "it", "nl", "pt"];
const STOPWORDS: [&[&str]; 7] = [
    &[
        "the", "and", "of", "to", "is", "that", "it", "for", "you", "with", "was", "are", "this",
        "be", "have", "not", "on", "we", "will", "your", "our", "at", "from", "by", "as", "please",
        "can", "has", "which", "been", "would", "there", "they", "an", "or", "if", "all", "any",
        "may", "must", "shall", "these", "such", "under", "other",
    ],
    &[
        "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "den", "ein", "eine", "einen",
        "auf", "für", "von", "zu", "dem", "des", "wir", "sie", "ich", "auch", "es", "bitte",
        "werden", "wird", "sind", "bei", "oder", "haben", "hat", "nach", "uns", "ihre", "ihr",
        "im", "zum", "zur", "wenn", "dass", "noch", "kann", "wie", "aus", "vom",
    ],
    &[
        "le", "la", "les", "et", "est", "des", "une", "un", "pour", "pas", "que", "qui", "dans",
        "sur", "vous", "nous", "avec", "du", "au", "ce", "il", "elle", "sont", "par", "mais",
        "plus", "votre", "cette", "ont", "été", "aux", "je", "ne", "se", "son", "sa", "ses",
    ],
    &[
        "el", "los", "las", "y", "es", "del", "que", "una", "por", "para", "con", "no", "se", "su",
        "al", "lo", "como", "pero", "está", "son", "muy", "sus", "este", "esta", "usted", "en",
        "la", "de", "un", "le", "más",
    ],
    &[
        "il", "di", "che", "e", "per", "una", "non", "sono", "del", "della", "con", "gli", "si",
        "è", "anche", "come", "più", "questo", "alla", "nel", "degli", "la", "le", "un", "da",
        "in", "al", "ha", "ci",
    ],
    &[
        "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
        "die", "er", "ook", "wij", "u", "uw", "maar", "deze", "wordt", "naar", "aan", "bij", "ik",
        "je", "om",
    ],
    &[
        "o", "os", "as", "e", "é", "do", "da", "dos", "das", "que", "um", "uma", "para", "com",
        "não", "em", "no", "na", "por", "se", "mais", "você", "seu", "sua", "ao", "foi",
    ],
];

static STOP_MAP: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u8>> =
    std::sync::LazyLock::new(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for (i, words) in STOPWORDS.iter().enumerate() {
            for w in *words {
                *m.entry(*w).or_insert(0u8) |= 1 << i;
            }
        }
        m
    });

/// Function-word vote: cheap and accurate on running text in the seven
/// languages above. `None` when the vote is not clear.
fn stopword_vote(probe: &str) -> Option<(&'static str, f64, bool)> {
    let map = &*STOP_MAP;
    let mut hits = [0u32; 7];
    let mut words = 0u32;
    let mut buf = String::new();
    for w in probe
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        buf.clear();
        if w.is_ascii() {
            buf.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            buf.extend(w.chars().flat_map(char::to_lowercase));
        }
        if let Some(&mask) = map.get(buf.as_str()) {
            for (i, h) in hits.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *h += 1;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..7).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(hits[i]));
    let (best, second) = (hits[order[0]], hits[order[1]]);
    if words < 6 || best < 3 || f64::from(best) < 0.12 * f64::from(words) || best < 2 * second + 1 {
        return None;
    }
    let confidence = ((1.0 - f64::from(second) / f64::from(best))
        * (f64::from(best) / 6.0).min(1.0))
    .clamp(0.3, 1.0);
    Some((STOP_LANGS[order[0]], confidence, confidence >= 0.5))
}

/// Whether a text too short (or too data-like) for [`detect`] still reads
/// as English: at least two English function words and more of them than
/// of any of the six other voted languages. Sentiment uses it so that a
/// one-line English complaint is scored rather than reported as not
/// covered; the language itself stays undetected.
pub(crate) fn short_text_is_english(text: &str) -> bool {
    let map = &*STOP_MAP;
    let mut hits = [0u32; 7];
    let mut lower = String::new();
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.is_ascii())
    {
        lower.clear();
        lower.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        if let Some(&mask) = map.get(lower.as_str()) {
            for (i, h) in hits.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *h += 1;
                }
            }
        }
    }
    hits[0] >= 2 && hits[1..].iter().all(|&h| h < hits[0])
}

/// Language of one chunk: the function-word vote, else whatlang on texts
/// with enough letters for its trigrams.
fn detect_chunk(probe: &str) -> Option<(&'static str, f64, bool)> {
    if let Some(v) = stopword_vote(probe) {
        return Some(v);
    }
    // Data-like chunks (signatures, tables, identifiers) carry too few
    // words for trigram statistics: no guess rather than a random one.
    let letters = probe.chars().filter(|c| c.is_alphabetic()).count();
    let visible = probe.chars().filter(|c| !c.is_whitespace()).count();
    let words = probe
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .count();
    if letters < 40 || (letters as f64) < 0.75 * visible as f64 || words < 8 {
        return None;
    }
    whatlang::detect(probe)
        .map(|info| (iso639_1(info.lang()), info.confidence(), info.is_reliable()))
}

pub(crate) fn detect(text: &str) -> Detection {
    let mut notes = Vec::new();
    let letters = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(MIN_LETTERS)
        .count();
    if letters < MIN_LETTERS {
        notes.push("text too short to detect its language".to_owned());
        return Detection {
            language: None,
            shares: Vec::new(),
            notes,
        };
    }
    let all = chunks(text);
    let picked: Vec<(usize, usize)> = if all.len() > MAX_SAMPLES {
        notes.push(format!(
            "language shares estimated from {MAX_SAMPLES} of {} chunks",
            all.len()
        ));
        (0..MAX_SAMPLES)
            .map(|k| all[k * all.len() / MAX_SAMPLES])
            .collect()
    } else {
        all
    };
    // code -> (weight, confidence * weight)
    let mut by_lang: BTreeMap<&'static str, (f64, f64)> = BTreeMap::new();
    let mut total = 0.0;
    let mut unreliable = 0.0;
    for (s, e) in picked {
        let chunk = &text[s..e];
        let weight = chunk.chars().filter(|c| !c.is_whitespace()).count() as f64;
        if weight == 0.0 {
            continue;
        }
        let probe = &chunk[..floor_boundary(chunk, DETECT_BYTES.min(chunk.len()))];
        if let Some((code, confidence, reliable)) = detect_chunk(probe) {
            let entry = by_lang.entry(code).or_insert((0.0, 0.0));
            entry.0 += weight;
            entry.1 += weight * confidence;
            total += weight;
            if !reliable {
                unreliable += weight;
            }
        }
    }
    if total == 0.0 {
        notes.push("language could not be detected".to_owned());
        return Detection {
            language: None,
            shares: Vec::new(),
            notes,
        };
    }
    let mut shares: Vec<LanguageShare> = by_lang
        .iter()
        .map(|(code, (w, _))| LanguageShare {
            code: (*code).to_owned(),
            share: round3(w / total),
        })
        .filter(|s| s.share >= 0.01)
        .collect();
    shares.sort_by(|a, b| b.share.total_cmp(&a.share).then(a.code.cmp(&b.code)));
    let language = shares.first().map(|top| {
        let (w, cw) = by_lang[top.code.as_str()];
        Language {
            code: top.code.clone(),
            confidence: round3(cw / w),
        }
    });
    if let Some(l) = &language
        && (l.confidence < 0.5 || unreliable / total > 0.5)
    {
        notes.push(format!(
            "language uncertain (best guess '{}', confidence {:.2})",
            l.code, l.confidence
        ));
    }
    if shares.len() > 1 && shares[0].share < 0.9 {
        let list: Vec<String> = shares
            .iter()
            .map(|s| format!("{} {:.0}%", s.code, s.share * 100.0))
            .collect();
        notes.push(format!("mixed-language text: {}", list.join(", ")));
    }
    Detection {
        language,
        shares,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunking_covers_and_bounds() {
        let para = "word ".repeat(100);
        let text = format!("{para}\n\n{para}\n\nshort\n\n{}", "x".repeat(5000));
        let cs = chunks(&text);
        assert!(cs.iter().all(|&(s, e)| s < e && e - s <= MAX_CHUNK));
        assert!(cs.len() >= 4);
    }

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
