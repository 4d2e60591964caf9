//! Sentiment with VADER (Hutto & Gilbert, ICWSM 2014).
//!
//! The lexicon, emoji lexicon and rules are those of the `vader_sentiment`
//! 0.1 crate (MIT); `polarity` below is a port of its `polarity_scores`
//! that gives the same numbers (a unit test compares them) about ten times
//! faster: no per-character allocation, no regex per token, ASCII
//! lower-casing into one buffer. Documents are split into sentences, each
//! sentence is scored, and the document gets the mean compound and the mean
//! per-class proportions.
//!
//! VADER's lexicon is English: any other dominant language is reported as
//! not covered rather than guessed.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::strmap::StrMap;
use crate::{ClassScores, LanguageShare, Sentiment, SentimentLabel, round3};

const B_INCR: f64 = 0.293;
const B_DECR: f64 = -0.293;
const C_INCR: f64 = 0.733;
const NEGATION_SCALAR: f64 = -0.740;
const QMARK_INCR: f64 = 0.180;
const EMARK_INCR: f64 = 0.292;
const MAX_EMARK: usize = 4;
const MAX_QMARK: usize = 3;
const MAX_QMARK_INCR: f64 = 0.96;
const NORMALIZATION_ALPHA: f64 = 15.0;

const NEGATIONS: &[&str] = &[
    "aint",
    "arent",
    "cannot",
    "cant",
    "couldnt",
    "darent",
    "didnt",
    "doesnt",
    "ain't",
    "aren't",
    "can't",
    "couldn't",
    "daren't",
    "didn't",
    "doesn't",
    "dont",
    "hadnt",
    "hasnt",
    "havent",
    "isnt",
    "mightnt",
    "mustnt",
    "neither",
    "don't",
    "hadn't",
    "hasn't",
    "haven't",
    "isn't",
    "mightn't",
    "mustn't",
    "neednt",
    "needn't",
    "never",
    "none",
    "nope",
    "nor",
    "not",
    "nothing",
    "nowhere",
    "oughtnt",
    "shant",
    "shouldnt",
    "uhuh",
    "wasnt",
    "werent",
    "oughtn't",
    "shan't",
    "shouldn't",
    "uh-uh",
    "wasn't",
    "weren't",
    "without",
    "wont",
    "wouldnt",
    "won't",
    "wouldn't",
    "rarely",
    "seldom",
    "despite",
];

const BOOSTERS: &[(&str, f64)] = &[
    ("absolutely", B_INCR),
    ("amazingly", B_INCR),
    ("awfully", B_INCR),
    ("completely", B_INCR),
    ("considerable", B_INCR),
    ("considerably", B_INCR),
    ("decidedly", B_INCR),
    ("deeply", B_INCR),
    ("effing", B_INCR),
    ("enormous", B_INCR),
    ("enormously", B_INCR),
    ("entirely", B_INCR),
    ("especially", B_INCR),
    ("exceptional", B_INCR),
    ("exceptionally", B_INCR),
    ("extreme", B_INCR),
    ("extremely", B_INCR),
    ("fabulously", B_INCR),
    ("flipping", B_INCR),
    ("flippin", B_INCR),
    ("frackin", B_INCR),
    ("fracking", B_INCR),
    ("fricking", B_INCR),
    ("frickin", B_INCR),
    ("frigging", B_INCR),
    ("friggin", B_INCR),
    ("fully", B_INCR),
    ("fuckin", B_INCR),
    ("fucking", B_INCR),
    ("fuggin", B_INCR),
    ("fugging", B_INCR),
    ("greatly", B_INCR),
    ("hella", B_INCR),
    ("highly", B_INCR),
    ("hugely", B_INCR),
    ("incredible", B_INCR),
    ("incredibly", B_INCR),
    ("intensely", B_INCR),
    ("major", B_INCR),
    ("majorly", B_INCR),
    ("more", B_INCR),
    ("most", B_INCR),
    ("particularly", B_INCR),
    ("purely", B_INCR),
    ("quite", B_INCR),
    ("really", B_INCR),
    ("remarkably", B_INCR),
    ("so", B_INCR),
    ("substantially", B_INCR),
    ("thoroughly", B_INCR),
    ("total", B_INCR),
    ("totally", B_INCR),
    ("tremendous", B_INCR),
    ("tremendously", B_INCR),
    ("uber", B_INCR),
    ("unbelievably", B_INCR),
    ("unusually", B_INCR),
    ("utter", B_INCR),
    ("utterly", B_INCR),
    ("very", B_INCR),
    ("almost", B_DECR),
    ("barely", B_DECR),
    ("hardly", B_DECR),
    ("just enough", B_DECR),
    ("kind of", B_DECR),
    ("kinda", B_DECR),
    ("kindof", B_DECR),
    ("kind-of", B_DECR),
    ("less", B_DECR),
    ("little", B_DECR),
    ("marginal", B_DECR),
    ("marginally", B_DECR),
    ("occasional", B_DECR),
    ("occasionally", B_DECR),
    ("partly", B_DECR),
    ("scarce", B_DECR),
    ("scarcely", B_DECR),
    ("slight", B_DECR),
    ("slightly", B_DECR),
    ("somewhat", B_DECR),
    ("sort of", B_DECR),
    ("sorta", B_DECR),
    ("sortof", B_DECR),
    ("sort-of", B_DECR),
];

const SPECIAL_IDIOMS: &[(&str, f64)] = &[
    ("the shit", 3.0),
    ("the bomb", 3.0),
    ("bad ass", 1.5),
    ("badass", 1.5),
    ("yeah right", -2.0),
    ("kiss of death", -1.5),
    ("to die for", 3.0),
];

struct Tables {
    lexicon: StrMap<f64>,
    boosters: StrMap<f64>,
    negations: StrMap<()>,
    emoji: FxHashMap<char, &'static str>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut lexicon = StrMap::with_capacity(vader_sentiment::LEXICON.len());
    for (k, v) in vader_sentiment::LEXICON.iter() {
        lexicon.insert(k.as_ref().to_lowercase().as_bytes(), *v);
    }
    let emoji = vader_sentiment::EMOJI_LEXICON
        .iter()
        .filter_map(|(k, v)| {
            let mut it = k.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Some((c, *v)),
                _ => None,
            }
        })
        .collect();
    let mut boosters = StrMap::with_capacity(BOOSTERS.len());
    for (k, v) in BOOSTERS {
        boosters.insert(k.as_bytes(), *v);
    }
    let mut negations = StrMap::with_capacity(NEGATIONS.len());
    for k in NEGATIONS {
        negations.insert(k.as_bytes(), ());
    }
    Tables {
        lexicon,
        boosters,
        negations,
        emoji,
    }
});

/// VADER scores of one piece of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Polarity {
    pub neg: f64,
    pub neu: f64,
    pub pos: f64,
    pub compound: f64,
}

/// Token positions kept between calls: (orig start, orig end, lo, hi).
type TokPos = (usize, usize, usize, usize);

#[derive(Default)]
pub(crate) struct Scratch {
    lower: String,
    text: String,
    sentiments: Vec<f64>,
    window: String,
    toks: Vec<TokPos>,
}

/// All booster keys as one set: which of them occur in a window.
static BOOSTER_SET: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(BOOSTERS.iter().map(|(k, _)| regex::escape(k)))
        .expect("booster set compiles")
});

fn is_all_caps(token: &str) -> bool {
    // `^[A-Z\W]+$` and more than one byte.
    if token.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    token.len() > 1
        && token
            .chars()
            .all(|c| c.is_ascii_uppercase() || !(c.is_alphanumeric() || c == '_'))
}

fn strip_punc_if_word(token: &str) -> &str {
    let stripped = token.trim_matches(|c: char| c.is_ascii_punctuation());
    if stripped.len() <= 1 { token } else { stripped }
}

fn normalize(score: f64) -> f64 {
    (score / (score * score + NORMALIZATION_ALPHA).sqrt()).clamp(-1.0, 1.0)
}

/// Port of `SentimentIntensityAnalyzer::polarity_scores`.
pub(crate) fn polarity(text: &str, scratch: &mut Scratch) -> Polarity {
    let t = &*TABLES;
    let Scratch {
        lower,
        text: emoji_text,
        sentiments,
        window,
        toks: positions,
    } = scratch;
    // Emoji are replaced by their descriptions.
    let text: &str = if text.is_ascii() || !text.chars().any(|c| t.emoji.contains_key(&c)) {
        text
    } else {
        let out = emoji_text;
        out.clear();
        let mut prev_space = true;
        for c in text.chars() {
            if let Some(desc) = t.emoji.get(&c) {
                if !prev_space {
                    out.push(' ');
                }
                out.push_str(desc);
                prev_space = false;
            } else {
                prev_space = c == ' ';
                out.push(c);
            }
        }
        out.as_str()
    };
    lower.clear();
    positions.clear();
    let base = text.as_ptr() as usize;
    for raw in text.split_whitespace() {
        if raw.len() <= 1 {
            continue;
        }
        let orig = strip_punc_if_word(raw);
        let lo = lower.len();
        if orig.is_ascii() {
            lower.extend(orig.bytes().map(|c| char::from(c.to_ascii_lowercase())));
        } else {
            lower.extend(orig.chars().flat_map(char::to_lowercase));
        }
        let start = orig.as_ptr() as usize - base;
        positions.push((start, start + orig.len(), lo, lower.len()));
    }
    let tokens: &[TokPos] = positions;
    let lower: &str = lower;
    let low = |k: &TokPos| &lower.as_bytes()[k.2..k.3];
    let orig = |k: &TokPos| &text[k.0..k.1];
    let mixed_cell = std::cell::OnceCell::new();
    let has_mixed_caps = || {
        *mixed_cell.get_or_init(|| {
            let (mut caps, mut non) = (false, false);
            for k in tokens {
                if is_all_caps(orig(k)) {
                    caps = true;
                } else {
                    non = true;
                }
            }
            caps && non
        })
    };
    let punct = {
        let emarks = text.bytes().filter(|&b| b == b'!').count();
        let qmarks = text.bytes().filter(|&b| b == b'?').count();
        let e = emarks.min(MAX_EMARK) as f64 * EMARK_INCR;
        let q = if qmarks > MAX_QMARK {
            MAX_QMARK_INCR
        } else {
            qmarks as f64 * QMARK_INCR
        };
        q + e
    };
    let is_negated = |k: &TokPos| t.negations.contains(low(k)) || orig(k).contains("n't");
    let scalar_inc_dec = |k: &TokPos, valence: f64| -> f64 {
        let Some(b) = t.boosters.get(low(k)) else {
            return 0.0;
        };
        let mut scalar = if valence < 0.0 { -b } else { b };
        if is_all_caps(orig(k)) && has_mixed_caps() {
            if valence > 0.0 {
                scalar += C_INCR;
            } else {
                scalar -= C_INCR;
            }
        }
        scalar
    };

    sentiments.clear();
    let n = tokens.len();
    for (i, word) in tokens.iter().enumerate() {
        let w = low(word);
        if t.boosters.contains(w) || (i + 1 < n && w == b"kind" && low(&tokens[i + 1]) == b"of") {
            sentiments.push(0.0);
            continue;
        }
        let Some(v) = t.lexicon.get(w) else {
            sentiments.push(0.0);
            continue;
        };
        let mut valence = v;
        if is_all_caps(orig(word)) && has_mixed_caps() {
            if valence > 0.0 {
                valence += C_INCR;
            } else {
                valence -= C_INCR;
            }
        }
        for start_i in 0..3 {
            if i > start_i && !t.lexicon.contains(low(&tokens[i - start_i - 1])) {
                let mut s = scalar_inc_dec(&tokens[i - start_i - 1], valence);
                if start_i == 1 {
                    s *= 0.95;
                } else if start_i == 2 {
                    s *= 0.9;
                }
                valence += s;
                // negation_check
                let eq = |idx: usize, s: &str| low(&tokens[idx]) == s.as_bytes();
                if start_i == 0 {
                    if is_negated(&tokens[i - 1]) {
                        valence *= NEGATION_SCALAR;
                    }
                } else if start_i == 1 {
                    if eq(i - 2, "never") && (eq(i - 1, "so") || eq(i - 1, "this")) {
                        valence *= 1.25;
                    } else if eq(i - 2, "without") && eq(i - 1, "doubt") {
                    } else if is_negated(&tokens[i - 2]) {
                        valence *= NEGATION_SCALAR;
                    }
                } else {
                    // The crate's operator precedence, kept on purpose.
                    if (eq(i - 3, "never") && eq(i - 2, "so"))
                        || eq(i - 2, "this")
                        || eq(i - 1, "so")
                        || eq(i - 1, "this")
                    {
                        valence *= 1.25;
                    } else if (eq(i - 3, "without") && eq(i - 2, "doubt")) || eq(i - 1, "doubt") {
                    } else if is_negated(&tokens[i - 3]) {
                        valence *= NEGATION_SCALAR;
                    }
                    // special_idioms_check (i > 2 here)
                    let end_i = if n - 1 > i { (i + 3).min(n) } else { i + 1 };
                    window.clear();
                    for (x, k) in tokens[i - 3..end_i].iter().enumerate() {
                        if x > 0 {
                            window.push(' ');
                        }
                        window.push_str(&lower[k.2..k.3]);
                    }
                    if let Some(&(_, val)) =
                        SPECIAL_IDIOMS.iter().find(|(key, _)| window.contains(key))
                    {
                        valence = val;
                    }
                    window.clear();
                    for (x, k) in tokens[i - 3..i].iter().enumerate() {
                        if x > 0 {
                            window.push(' ');
                        }
                        window.push_str(&lower[k.2..k.3]);
                    }
                    for k in BOOSTER_SET.matches(window).iter() {
                        valence += BOOSTERS[k].1;
                    }
                }
            }
        }
        // least_check
        if i > 0 && low(&tokens[i - 1]) == b"least" {
            valence *= NEGATION_SCALAR;
        }
        sentiments.push(valence);
    }
    // but_check
    if let Some(b) = tokens.iter().position(|k| low(k) == b"but") {
        for (i, s) in sentiments.iter_mut().enumerate() {
            if i < b {
                *s *= 0.5;
            } else if i > b {
                *s *= 1.5;
            }
        }
    }
    if sentiments.is_empty() {
        return Polarity {
            neg: 0.0,
            neu: 0.0,
            pos: 0.0,
            compound: 0.0,
        };
    }
    let mut total: f64 = sentiments.iter().sum();
    if total > 0.0 {
        total += punct;
    } else {
        total -= punct;
    }
    let compound = normalize(total);
    let (mut pos_sum, mut neg_sum, mut neu_count) = (0.0, 0.0, 0u32);
    for &s in sentiments.iter() {
        if s > 0.0 {
            pos_sum += s + 1.0;
        } else if s < 0.0 {
            neg_sum += s - 1.0;
        } else {
            neu_count += 1;
        }
    }
    if pos_sum > f64::abs(neg_sum) {
        pos_sum += punct;
    } else if pos_sum < f64::abs(neg_sum) {
        neg_sum -= punct;
    }
    let total = pos_sum + neg_sum.abs() + f64::from(neu_count);
    Polarity {
        neg: (neg_sum / total).abs(),
        neu: (f64::from(neu_count) / total).abs(),
        pos: (pos_sum / total).abs(),
        compound,
    }
}

/// Splits into sentences: at line breaks, and after `.`, `!` or `?` runs
/// followed by whitespace. Pieces without a letter are skipped.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            let c = b[i];
            let cut = if c == b'\n' {
                Some(i)
            } else if matches!(c, b'.' | b'!' | b'?') {
                let mut j = i + 1;
                while j < b.len() && matches!(b[j], b'.' | b'!' | b'?') {
                    j += 1;
                }
                if j >= b.len() || b[j].is_ascii_whitespace() {
                    i = j - 1;
                    Some(j)
                } else {
                    None
                }
            } else {
                None
            };
            i += 1;
            if let Some(end) = cut {
                let s = &text[start..end];
                start = i;
                if s.chars().any(char::is_alphabetic) {
                    return Some(s);
                }
            }
        }
        if start < b.len() {
            let s = &text[start..];
            start = b.len();
            if s.chars().any(char::is_alphabetic) {
                return Some(s);
            }
        }
        None
    })
}

/// Document sentiment. `language` is the dominant ISO 639-1 code.
pub(crate) fn analyze(text: &str, language: Option<&str>, shares: &[LanguageShare]) -> Sentiment {
    let not_covered = |reason: String| Sentiment {
        covered: false,
        score: None,
        label: None,
        scores: None,
        compound: None,
        sentences: 0,
        reason: Some(reason),
    };
    match language {
        Some("en") => {}
        Some(code) => {
            return not_covered(format!(
                "VADER covers English only; the text is in '{code}'"
            ));
        }
        None => {
            return not_covered(
                "language could not be detected; VADER covers English only".to_owned(),
            );
        }
    }
    let mut scratch = Scratch::default();
    let (mut neg, mut neu, mut pos, mut compound) = (0.0, 0.0, 0.0, 0.0);
    let mut n = 0usize;
    for s in sentences(text) {
        let p = polarity(s, &mut scratch);
        neg += p.neg;
        neu += p.neu;
        pos += p.pos;
        compound += p.compound;
        n += 1;
    }
    if n == 0 {
        return not_covered("no sentences to score".to_owned());
    }
    let nf = n as f64;
    let compound = compound / nf;
    let label = if compound >= 0.05 {
        SentimentLabel::Positive
    } else if compound <= -0.05 {
        SentimentLabel::Negative
    } else {
        SentimentLabel::Neutral
    };
    let english = shares
        .iter()
        .find(|s| s.code == "en")
        .map_or(1.0, |s| s.share);
    let reason = (english < 0.8).then(|| {
        format!(
            "scored all sentences although only {:.0}% of the text is English",
            english * 100.0
        )
    });
    Sentiment {
        covered: true,
        score: Some(round3((compound + 1.0) / 2.0)),
        label: Some(label),
        scores: Some(ClassScores {
            negative: round3(neg / nf),
            neutral: round3(neu / nf),
            positive: round3(pos / nf),
        }),
        compound: Some(round3(compound)),
        sentences: n,
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_matches_crate() {
        let crate_an = vader_sentiment::SentimentIntensityAnalyzer::new();
        let samples = [
            "VADER is smart, handsome, and funny.",
            "VADER is smart, handsome, and funny!",
            "VADER is very smart, handsome, and funny.",
            "VADER is VERY SMART, handsome, and FUNNY.",
            "VADER is VERY SMART, handsome, and FUNNY!!!",
            "VADER is not smart, handsome, nor funny.",
            "The book was good.",
            "At least it isn't a horrible book.",
            "The book was only kind of good.",
            "The plot was good, but the characters are uncompelling and the dialog is not great.",
            "Today SUX!",
            "Today only kinda sux! But I'll get by, lol",
            "Make sure you :) or :D today!",
            "Catch utf-8 emoji such as 💘 and 💋 and 😁",
            "Not bad at all",
            "I was never so happy in my whole life, without doubt the best day.",
            "This is the shit, totally to die for",
            "We are deeply sorry that your order was lost and we will refund you.",
            "What?",
            "",
            "x",
            "The service was extremely slow and the staff were rude.",
            "Thank you so much for the quick and helpful answer!",
            "He said yeah right, that is the worst idea ever.",
        ];
        let mut scratch = Scratch::default();
        for s in samples {
            let a = polarity(s, &mut scratch);
            let b = crate_an.polarity_scores(s);
            for (ours, key) in [
                (a.compound, "compound"),
                (a.pos, "pos"),
                (a.neg, "neg"),
                (a.neu, "neu"),
            ] {
                assert!(
                    (ours - b[key]).abs() < 1e-9,
                    "{s:?} {key}: ours {ours} crate {}",
                    b[key]
                );
            }
        }
    }

    #[test]
    fn sentence_split() {
        let v: Vec<&str> = sentences("Hello there. How are you?! Fine...\nNext line 3.5 ok")
            .map(str::trim)
            .collect();
        assert_eq!(
            v,
            [
                "Hello there.",
                "How are you?!",
                "Fine...",
                "Next line 3.5 ok"
            ]
        );
    }
}
