//! Sentiment with VADER (Hutto & Gilbert, ICWSM 2014).
//!
//! The lexicon, emoji lexicon and rules are those of the `vader_sentiment`
//! 0.1 crate (MIT); `polarity` below is a port of its `polarity_scores`
//! that gives the same numbers (a unit test compares them) about ten times
//! faster: no per-character allocation, no regex per token, ASCII
//! lower-casing into one buffer. Documents are split into sentences (not at
//! the dots of emails, IPs, numbers or abbreviations), each sentence is
//! scored with the lexicon adjusted for letters, and the document gets the
//! mean compound weighted by each sentence's feeling (so addresses and
//! notices do not wash out a complaint), the mean per-class proportions,
//! and its most negative and most positive sentences.
//!
//! German, French, Spanish, Italian and Dutch sentences are scored by
//! [`european`] with lexicons written for this project and VADER's rules
//! adapted to each language; the document is then weighed as an English one. Any other
//! dominant language is reported as not covered rather than guessed.

mod european;

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::offsets::CharMap;
use crate::strmap::StrMap;
use crate::{ClassScores, LanguageShare, Passage, Sentiment, SentimentLabel, round3};

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

/// Words whose VADER valence comes from a sense that business letters and
/// notices rarely use ("please find enclosed", "Dear Sir", "I would like
/// to", "the shared drive", "both parties"): no valence in documents.
/// The second group are the words of contracts, banks, HR and service
/// desks, where they name a thing rather than praise it: "the Agreement",
/// "interest rate", "security deposit", "employee benefits", "customer
/// care", "customer support", "the bank holiday", "saved files", "free of
/// charge", "the beneficiary", "to protect your data", "access granted";
/// and what complaints say of the past ("you promised", "a loyal customer
/// for years", "this is how you treat me", "I am losing trust").
const NEUTRAL_IN_LETTERS: &[&str] = &[
    "please",
    "kindly",
    "dear",
    "sincerely",
    "like",
    "shared",
    "party",
    "parties",
    "no",
    "agree",
    "agreed",
    "agreement",
    "agreements",
    "interest",
    "interests",
    "security",
    "secure",
    "benefit",
    "benefits",
    "beneficiary",
    "trustee",
    "care",
    "support",
    "holiday",
    "holidays",
    "save",
    "saved",
    "free",
    "protect",
    "grant",
    "granted",
    "faithfully",
    "promise",
    "promised",
    "promises",
    "loyal",
    "treat",
    "trust",
];

/// Complaint and service vocabulary missing from VADER's lexicon, with
/// valences set by analogy to lexicon entries ("unhelpful" mirrors
/// "helpful" 1.8, "filthy" sits beyond "dirty" -1.9, "theft" next to
/// "stolen" -2.2, "disgraceful" at "disgrace" -2.2).
const LETTER_WORDS: &[(&str, f64)] = &[
    ("bland", -1.0),
    ("dismissive", -1.5),
    ("disgraceful", -2.2),
    ("filthy", -2.3),
    ("inedible", -2.0),
    ("inefficient", -1.8),
    ("negligence", -2.0),
    ("negligent", -2.0),
    ("nightmare", -2.3),
    ("overcharged", -1.8),
    ("overpriced", -1.5),
    ("ripoff", -2.0),
    ("shoddy", -1.8),
    ("theft", -2.2),
    ("unanswered", -1.0),
    ("unhelpful", -1.8),
    ("unreliable", -1.6),
    ("unresponsive", -1.5),
    // "appalling" sits at "horrible" (VADER has it at -1.5, weaker than
    // "appalled" -2.0); software and bank complaints
    ("appalling", -2.5),
    ("crashed", -1.5),
    ("crashes", -1.5),
    ("crashing", -1.5),
    ("hassle", -1.3),
    ("overdrawn", -1.2),
    ("shambles", -2.0),
    ("polite", 1.8),
    ("promptly", 1.2),
    ("smoothly", 1.2),
    ("spotless", 1.8),
    ("tidy", 1.2),
];

struct Tables {
    /// The crate's lexicon as is (the port test compares against it).
    #[cfg(test)]
    lexicon: StrMap<f64>,
    /// The lexicon documents are scored with: [`NEUTRAL_IN_LETTERS`]
    /// removed, [`LETTER_WORDS`] added.
    letters: StrMap<f64>,
    /// The valences [`NEUTRAL_IN_LETTERS`] takes out of `letters`, for
    /// where those words are negated.
    register: StrMap<f64>,
    boosters: StrMap<f64>,
    negations: StrMap<()>,
    emoji: FxHashMap<char, &'static str>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    #[cfg(test)]
    let mut lexicon = StrMap::with_capacity(vader_sentiment::LEXICON.len());
    let mut letters = StrMap::with_capacity(vader_sentiment::LEXICON.len() + LETTER_WORDS.len());
    let mut register = StrMap::with_capacity(NEUTRAL_IN_LETTERS.len());
    for (k, v) in vader_sentiment::LEXICON.iter() {
        let k = k.as_ref().to_lowercase();
        #[cfg(test)]
        lexicon.insert(k.as_bytes(), *v);
        if NEUTRAL_IN_LETTERS.contains(&k.as_str()) {
            register.insert(k.as_bytes(), *v);
        } else {
            letters.insert(k.as_bytes(), *v);
        }
    }
    for (k, v) in LETTER_WORDS {
        letters.insert(k.as_bytes(), *v);
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
        #[cfg(test)]
        lexicon,
        letters,
        register,
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

/// The scores of a piece without a scored word.
const NO_FEELING: Polarity = Polarity {
    neg: 0.0,
    neu: 1.0,
    pos: 0.0,
    compound: 0.0,
};

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

/// Port of `SentimentIntensityAnalyzer::polarity_scores`, with the crate's
/// lexicon.
#[cfg(test)]
pub(crate) fn polarity(text: &str, scratch: &mut Scratch) -> Polarity {
    polarity_with(text, scratch, &TABLES.lexicon, false)
}

/// Whether `lower` (a lower-case word) is an opinion word: one of strong
/// valence (at least 1.5 either way) in the lexicon documents are scored
/// with ("brilliant", "appalling", "terrible"). Names read at a sentence's
/// start ask this.
pub(crate) fn is_opinion_word(lower: &str) -> bool {
    TABLES
        .letters
        .get(lower.as_bytes())
        .is_some_and(|v| v.abs() >= 1.5)
}

/// [`polarity`] with the lexicon documents are scored with.
pub(crate) fn polarity_in_letters(text: &str, scratch: &mut Scratch) -> Polarity {
    polarity_with(text, scratch, &TABLES.letters, true)
}

/// With `documents`, two departures from the crate: a word the document
/// lexicon leaves neutral keeps its valence where it is negated ("I don't
/// trust you", "no support at all" are complaints, while "the security
/// deposit" says nothing), and `!` or `?` add nothing to a sentence without
/// scored words (the crate subtracts them, so "We booked a holiday!" came
/// out negative; VADER adds them only to a sum that is not zero).
fn polarity_with(
    text: &str,
    scratch: &mut Scratch,
    lexicon: &StrMap<f64>,
    documents: bool,
) -> Polarity {
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
        crate::lowercase::push_lower(lower, orig);
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
    let punct = punct_emphasis(text);
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
        // A register word negated: by "not"/"never"/"n't", which the
        // rules below apply to its valence, or by "no", which they do not.
        let negated_register = || {
            let v = t.register.get(w).filter(|_| documents)?;
            let before = |back: usize| (i >= back).then(|| &tokens[i - back]);
            if (1..=3).filter_map(before).any(is_negated) {
                Some(v)
            } else if (1..=3).filter_map(before).any(|k| low(k) == b"no") {
                Some(v * NEGATION_SCALAR)
            } else {
                None
            }
        };
        let Some(v) = lexicon.get(w).or_else(negated_register) else {
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
            if i > start_i && !lexicon.contains(low(&tokens[i - start_i - 1])) {
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
    scores(sentiments, punct, documents)
}

/// The emphasis `!` and `?` add to a sentence's sum (VADER's
/// `_punctuation_emphasis`).
fn punct_emphasis(text: &str) -> f64 {
    let emarks = text.bytes().filter(|&b| b == b'!').count();
    let qmarks = text.bytes().filter(|&b| b == b'?').count();
    let e = emarks.min(MAX_EMARK) as f64 * EMARK_INCR;
    let q = if qmarks > MAX_QMARK {
        MAX_QMARK_INCR
    } else {
        qmarks as f64 * QMARK_INCR
    };
    q + e
}

/// VADER's `score_valence`: the sentence's scores from its words'
/// valences and its punctuation's emphasis `punct`.
fn scores(sentiments: &[f64], punct: f64, documents: bool) -> Polarity {
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
    } else if total < 0.0 || !documents {
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

/// Abbreviations after which a `.` never ends a sentence, even before a
/// capital: titles, "e.g.", "i.e.", "No. 5", "vs." and their German,
/// French, Spanish, Italian and Dutch kin.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "nr", "vs", "e.g", "i.e", "cf",
    "approx", "fig", "ref", "tel", "art", "ca", "dept", "mt", "ft", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // German, French, Spanish: "z.B.", "bzw.", "Mme.", "Sra."
    "z.b", "d.h", "u.a", "bzw", "ggf", "usw", "evtl", "inkl", "zzgl", "str", "abs", "mme", "mlle",
    "sra", "srta", "dña", "núm",
    // Italian and Dutch: "Sig. Amato", "Dott. Ferri", "Dhr. Jansen", "t.a.v."
    "sig", "dott", "avv", "ing", "geom", "egr", "dhr", "mevr", "mw", "drs", "ir", "bijv", "o.a",
    "t.a.v", "m.b.t", "incl", "excl",
];

/// Whether the `.` at byte `dot` (followed by whitespace) ends a sentence,
/// given the first non-space byte after it (`None` at the end of the text).
fn dot_ends_sentence(text: &str, dot: usize, next: Option<u8>) -> bool {
    let b = text.as_bytes();
    // A lower-case continuation is a sentence going on ("approx. ten",
    // "St. on Saturday", "a.m. on weekdays").
    let Some(next) = next else { return true };
    if next.is_ascii_lowercase() {
        return false;
    }
    let word_start = b[..dot]
        .iter()
        .rposition(|c| c.is_ascii_whitespace() || matches!(c, b'(' | b'"' | b'\''))
        .map_or(0, |p| p + 1);
    let word = &text[word_start..dot];
    // An initial ("J. Patel").
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return false;
    }
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    // "No. 5", "order no. A-5521", but Spanish "¿Volvería? No. Fue
    // horrible.": a number's abbreviation before a word with a digit.
    if is("no") || is("nr") || word == "n" {
        let rest = text[dot + 1..].trim_start();
        let word = rest.split_whitespace().next().unwrap_or_default();
        return !word.bytes().any(|b| b.is_ascii_digit());
    }
    !NEVER_FINAL.iter().any(|w| is(w))
}

/// Splits into sentences, as trimmed byte ranges: after `.`, `!` or `?`
/// runs (and closing quotes or brackets) followed by whitespace, except
/// after abbreviations, initials and before a lower-case word; and at line
/// breaks, except a hard-wrapped line (a break between a letter or comma
/// and a lower-case word). Dots inside emails, URLs, IP addresses and
/// numbers are never followed by whitespace, so they never cut. Pieces
/// without a letter are skipped.
fn sentences(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let next_visible = move |from: usize| {
        b[from.min(b.len())..]
            .iter()
            .copied()
            .find(|c| !c.is_ascii_whitespace())
    };
    let piece = move |s: usize, e: usize| -> Option<(usize, usize)> {
        let slice = &text[s..e];
        let lead = slice.len() - slice.trim_start().len();
        let trimmed = slice.trim();
        (trimmed.chars().any(char::is_alphabetic)).then(|| (s + lead, s + lead + trimmed.len()))
    };
    std::iter::from_fn(move || {
        while i < b.len() {
            let c = b[i];
            let cut = match c {
                b'\n' => {
                    let blank_next = b[i + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_whitespace())
                        .any(|&c| c == b'\n');
                    // letters as chars: "été⏎rappelé" is wrapped too (and
                    // only looked at on a line that has a next one: a run
                    // of blank lines is not scanned again at each break)
                    let wrapped = !blank_next
                        && text[start..i]
                            .trim_end()
                            .chars()
                            .next_back()
                            .is_some_and(|p| p.is_alphabetic() || p == ',')
                        && text[i + 1..]
                            .trim_start()
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase);
                    (!wrapped).then_some(i + 1)
                }
                b'.' | b'!' | b'?' => {
                    let mut j = i + 1;
                    while j < b.len() && matches!(b[j], b'.' | b'!' | b'?') {
                        j += 1;
                    }
                    let run_end = j;
                    loop {
                        if j < b.len() && matches!(b[j], b'"' | b'\'' | b')' | b']') {
                            j += 1;
                        } else if text[j..].starts_with('\u{201d}')
                            || text[j..].starts_with('\u{2019}')
                        {
                            j += 3;
                        } else {
                            break;
                        }
                    }
                    let ends = if j < b.len() && !b[j].is_ascii_whitespace() {
                        false
                    } else if b[i..run_end].iter().any(|&c| c != b'.') {
                        true
                    } else {
                        dot_ends_sentence(text, i, next_visible(j))
                    };
                    i = j - 1;
                    ends.then_some(j)
                }
                _ => None,
            };
            i += 1;
            if let Some(end) = cut {
                let s = start;
                start = end;
                if let Some(p) = piece(s, end) {
                    return Some(p);
                }
            }
        }
        if start < b.len() {
            let s = start;
            start = b.len();
            return piece(s, b.len());
        }
        None
    })
}

/// Weight of a sentence without feeling; one with feeling weighs
/// |compound| + this. Twenty neutral sentences weigh as much as one
/// sentence at compound 1, so addresses and notices barely dilute the feeling, while a
/// long neutral text with one mildly positive line stays near neutral.
const NEUTRAL_WEIGHT: f64 = 0.05;
/// Document label band: neutral while |compound| < 0.2 (score 0.4–0.6).
/// Wider than VADER's ±0.05 for one sentence because a document collects
/// stray lexicon hits ("please", "shared", "alarm") from neutral prose.
const LABEL_BAND: f64 = 0.2;
/// The band for German, French, Spanish, Italian and Dutch (score
/// 0.44–0.56): their lexicons were written without the words of letters'
/// frames, so neutral prose collects fewer stray hits, and calm complaints that state facts
/// carry little feeling. Chosen on the check sets and 120 fresh complaints
/// (0.2, 0.15, 0.12: the same on the check sets, 76, 82, 89 of the 120
/// complaints negative).
const EUROPEAN_LABEL_BAND: f64 = 0.12;
/// Passages reported on each side.
const PASSAGES: usize = 3;
/// Characters of a passage's text reported.
const PASSAGE_CHARS: usize = 200;

/// The words a closing formula turns on ("Kind regards,", "Best wishes",
/// "Yours faithfully,", "Many thanks,", "Thanks in advance"): a line of
/// these and [`CLOSING_COMPANIONS`] alone is the letter's form, not the
/// writer's feeling, whatever the valence of "kind", "best" or "thanks".
const CLOSING_HEADS: &[&str] = &[
    "regards",
    "wishes",
    "sincerely",
    "faithfully",
    "truly",
    "cheers",
    "yours",
    "thanks",
    "thank",
    "respectfully",
    // "Mit freundlichen Grüßen", "Vielen Dank im Voraus"
    "grüße",
    "grüßen",
    "gruß",
    "grüsse",
    "grüssen",
    "gruss",
    "hochachtungsvoll",
    "dank",
    "danke",
    // "Bien cordialement", "Merci d'avance", "Sincères salutations"
    "cordialement",
    "salutations",
    "amitiés",
    "merci",
    "respectueusement",
    // "Atentamente", "Un saludo", "Saludos cordiales", "Muchas gracias"
    "atentamente",
    "saludos",
    "saludo",
    "cordialmente",
    "afectuosamente",
    "gracias",
    // "Cordiali saluti", "Distinti saluti", "Un caro saluto", "Grazie mille"
    "saluti",
    "grazie",
    // "Met vriendelijke groet", "Hoogachtend", "Alvast bedankt"
    "groet",
    "groeten",
    "hoogachtend",
    "bedankt",
    "wensen",
];

/// The words that go with [`CLOSING_HEADS`] in a closing, and make none on
/// their own ("Best service", "Kind staff" are sentences).
const CLOSING_COMPANIONS: &[&str] = &[
    "you",
    "kind",
    "kindest",
    "best",
    "warm",
    "warmest",
    "with",
    "many",
    "all",
    "the",
    "very",
    "much",
    "again",
    "in",
    "advance",
    "mit",
    "freundlichen",
    "freundliche",
    "besten",
    "beste",
    "herzlichen",
    "herzliche",
    "lieben",
    "liebe",
    "viele",
    "vielen",
    "und",
    "im",
    "voraus",
    "bien",
    "à",
    "vous",
    "mes",
    "meilleures",
    "sincères",
    "bonne",
    "journée",
    "d'avance",
    "par",
    "avance",
    "un",
    "muchas",
    "cordiales",
    "cordial",
    "de",
    "antemano",
    "schöne",
    "schönen",
    "sonnige",
    "sonnigen",
    "cordiali",
    "distinti",
    "caro",
    "cari",
    "mille",
    "anticipatamente",
    "anticipo",
    "vriendelijke",
    "hartelijke",
    "met",
    "alvast",
    "bij",
    "voorbaat",
];

/// Whether `piece` is a closing formula on a line of its own: one to five
/// words, each of [`CLOSING_HEADS`] or [`CLOSING_COMPANIONS`] and one of
/// [`CLOSING_HEADS`], ending in a comma or nothing ("Thanks!", "Thank you
/// very much." and "Thanks for nothing." stay sentences).
fn is_closing(piece: &str) -> bool {
    // five words of these are shorter ("Thank you very much again" is 25
    // bytes)
    if piece.len() > 48 {
        return false;
    }
    let t = piece.trim_end_matches([',', ' ']);
    if t.contains(['\n', '!', '?', ':', '.']) {
        return false;
    }
    let of = |list: &[&str], w: &str| list.iter().any(|c| w.eq_ignore_ascii_case(c));
    let words = || t.split_whitespace();
    (1..=5).contains(&words().count())
        && words().all(|w| of(CLOSING_HEADS, w) || of(CLOSING_COMPANIONS, w))
        && words().any(|w| of(CLOSING_HEADS, w))
}

/// Whether `piece`, a piece without feeling, is a line of a form or a
/// letter's frame rather than a sentence: a field ("IBAN: …", "Customer
/// number: 100-2283-77.", "Priority: normal": a label of at most four words
/// before a colon, at most eight after it) or a short line without a
/// sentence's end (a name, an address, "Dear Sir or Madam,"). It then
/// weighs nothing: a ticket's
/// twelve header lines do not dilute the one message under them.
fn is_form_line(piece: &str) -> bool {
    // Neither kind is longer: four words, a colon and eight words, or eight
    // words (and most sentences are ruled out here, before any scan).
    if piece.len() > 240 || piece.contains('\n') {
        return false;
    }
    let head = &piece.as_bytes()[..piece.len().min(41)];
    if let Some(colon) = head.iter().position(|&b| b == b':') {
        let (label, value) = (&piece[..colon], &piece[colon + 1..]);
        if (1..=4).contains(&words_up_to(label, 5))
            && words_up_to(value, 9) <= 8
            && label.chars().all(|c| {
                c.is_alphanumeric() || matches!(c, ' ' | '-' | '/' | '#' | '.' | '(' | ')' | '\'')
            })
        {
            return true;
        }
    }
    !piece.ends_with(['.', '!', '?']) && piece.len() <= 160 && words_up_to(piece, 9) <= 8
}

/// The number of words in `s` (split at ASCII whitespace), counted up to
/// `max` at most.
fn words_up_to(s: &str, max: usize) -> usize {
    s.split_ascii_whitespace().take(max).count()
}

fn sentence_label(compound: f64) -> SentimentLabel {
    if compound >= 0.05 {
        SentimentLabel::Positive
    } else if compound <= -0.05 {
        SentimentLabel::Negative
    } else {
        SentimentLabel::Neutral
    }
}

/// Keeps the `PASSAGES` sentences with the highest `key`, best first.
fn keep_top(top: &mut Vec<(f64, usize, usize)>, key: f64, span: (usize, usize)) {
    if top.len() == PASSAGES && top.last().is_some_and(|l| l.0 >= key) {
        return;
    }
    let at = top.iter().position(|t| t.0 < key).unwrap_or(top.len());
    top.insert(at, (key, span.0, span.1));
    top.truncate(PASSAGES);
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
        opinion_sentences: 0,
        weighting: None,
        lexicon: None,
        most_negative: Vec::new(),
        most_positive: Vec::new(),
        reason: Some(reason),
    };
    let mut reason = None;
    let mut lang = None;
    match language {
        Some("en") => {}
        Some(code) => match european::Lang::from_code(code) {
            Some(l) => lang = Some(l),
            None => {
                return not_covered(format!(
                    "sentiment covers English, German, French, Spanish, Italian and Dutch; the \
                     text is in '{code}'"
                ));
            }
        },
        None if crate::language::short_text_is_english(text) => {
            reason = Some(
                "language not detected (short text); scored as English from its function words"
                    .to_owned(),
            );
        }
        None => {
            return not_covered(
                "language could not be detected; sentiment covers English, German, French, \
                 Spanish, Italian and Dutch"
                    .to_owned(),
            );
        }
    }
    let mut scratch = Scratch::default();
    let mut eu_scratch = european::Scratch::default();
    let (mut neg, mut neu, mut pos) = (0.0, 0.0, 0.0);
    let (mut weighted, mut weights) = (0.0, 0.0);
    let (mut n, mut opinion) = (0usize, 0usize);
    let mut worst: Vec<(f64, usize, usize)> = Vec::with_capacity(PASSAGES + 1);
    let mut best: Vec<(f64, usize, usize)> = Vec::with_capacity(PASSAGES + 1);
    for (s, e) in sentences(text) {
        let piece = &text[s..e];
        let p = if is_closing(piece) {
            NO_FEELING
        } else if let Some(l) = lang {
            if european::is_name_line(piece) {
                NO_FEELING
            } else {
                european::polarity(piece, l, &mut eu_scratch)
            }
        } else {
            polarity_in_letters(piece, &mut scratch)
        };
        neg += p.neg;
        neu += p.neu;
        pos += p.pos;
        n += 1;
        let w = if p.compound.abs() < 0.05 && is_form_line(piece) {
            0.0
        } else {
            p.compound.abs() + NEUTRAL_WEIGHT
        };
        weighted += w * p.compound;
        weights += w;
        if p.compound <= -0.05 {
            opinion += 1;
            keep_top(&mut worst, -p.compound, (s, e));
        } else if p.compound >= 0.05 {
            opinion += 1;
            keep_top(&mut best, p.compound, (s, e));
        }
    }
    if n == 0 {
        return not_covered("no sentences to score".to_owned());
    }
    let nf = n as f64;
    // Only form lines: nothing said with feeling.
    let compound = if weights > 0.0 {
        weighted / weights
    } else {
        0.0
    };
    let band = if lang.is_some() {
        EUROPEAN_LABEL_BAND
    } else {
        LABEL_BAND
    };
    let label = if compound >= band {
        SentimentLabel::Positive
    } else if compound <= -band {
        SentimentLabel::Negative
    } else {
        SentimentLabel::Neutral
    };
    let (code, name) = lang.map_or(("en", "English"), |l| (l.code(), l.name()));
    let share = shares
        .iter()
        .find(|s| s.code == code)
        .map_or(1.0, |s| s.share);
    if share < 0.8 {
        reason = Some(format!(
            "scored all sentences although only {:.0}% of the text is {name}",
            share * 100.0
        ));
    }
    // Char offsets as the entities': convert in increasing byte order.
    let mut bytes: Vec<usize> = worst.iter().chain(&best).flat_map(|t| [t.1, t.2]).collect();
    bytes.sort_unstable();
    bytes.dedup();
    let mut map = CharMap::new(text);
    let chars: Vec<usize> = bytes.iter().map(|&b| map.char_offset(b)).collect();
    let char_at = |b: usize| bytes.binary_search(&b).map_or(0, |k| chars[k]);
    let passage = |&(c, s, e): &(f64, usize, usize), sign: f64| {
        let sentence = &text[s..e];
        let text = match sentence.char_indices().nth(PASSAGE_CHARS) {
            Some((cut, _)) => format!("{}…", &sentence[..cut]),
            None => sentence.to_owned(),
        };
        let compound = round3(sign * c);
        Passage {
            start: char_at(s),
            end: char_at(e),
            text,
            compound,
            label: sentence_label(sign * c),
        }
    };
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
        opinion_sentences: opinion,
        weighting: Some(format!(
            "mean of sentence compounds weighted by |compound| + {NEUTRAL_WEIGHT}; form lines \
             and closing formulas without feeling weigh nothing"
        )),
        lexicon: Some(match lang {
            None => "VADER (English) with its words of letters adjusted".to_owned(),
            Some(l) => l.lexicon_name(),
        }),
        most_negative: worst.iter().map(|t| passage(t, -1.0)).collect(),
        most_positive: best.iter().map(|t| passage(t, 1.0)).collect(),
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

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_number_s_abbreviation_ends_no_sentence_before_a_number() {
        assert_eq!(
            split("Item no. B12 was broken. Fix it."),
            vec!["Item no. B12 was broken.", "Fix it."]
        );
        assert_eq!(
            split("¿Repetiría? No. Fue horrible."),
            vec!["¿Repetiría?", "No.", "Fue horrible."]
        );
    }

    #[test]
    fn a_run_of_blank_lines_is_one_break() {
        let text = format!("Hello there.{}Bye now.", "\n".repeat(10_000));
        assert_eq!(split(&text), vec!["Hello there.", "Bye now."]);
    }

    #[test]
    fn sentences_end_at_final_punctuation_and_line_breaks() {
        assert_eq!(
            split("Hello there. How are you?! Fine...\nNext line 3.5 ok"),
            [
                "Hello there.",
                "How are you?!",
                "Fine...",
                "Next line 3.5 ok"
            ]
        );
    }

    #[test]
    fn emails_ips_numbers_and_abbreviations_do_not_cut_a_sentence() {
        let text = "Write to m.jones@mail.example.org or call Mr. Smith at No. 5, e.g. today. \
                    Server 10.0.0.12 costs 3.5 EUR, i.e. cheap, see https://a.example.com/x.html now. \
                    J. Patel agreed. It opens at 9 a.m. on Monday.";
        assert_eq!(
            split(text),
            [
                "Write to m.jones@mail.example.org or call Mr. Smith at No. 5, e.g. today.",
                "Server 10.0.0.12 costs 3.5 EUR, i.e. cheap, see https://a.example.com/x.html now.",
                "J. Patel agreed.",
                "It opens at 9 a.m. on Monday.",
            ]
        );
    }

    #[test]
    fn a_hard_wrapped_line_is_one_sentence_but_an_address_block_is_not() {
        assert_eq!(
            split(
                "I am extremely disappointed and\nangry about it.\nJ. Patel\n14 Mill Road\n\nthanks"
            ),
            [
                "I am extremely disappointed and\nangry about it.",
                "J. Patel",
                "14 Mill Road",
                "thanks"
            ]
        );
        assert_eq!(
            split("He said \"terrible.\" Then he left."),
            ["He said \"terrible.\"", "Then he left."]
        );
    }

    fn en(text: &str) -> Sentiment {
        analyze(text, Some("en"), &[])
    }

    #[test]
    fn the_angry_complaint_of_issue_18_scores_clearly_negative() {
        let s = en(
            "I am extremely disappointed and angry. The service was terrible and nobody \
                    helped me. Write to m.jones@mail.example.org or call +44 20 7946 0991. Refund \
                    to IBAN GB33 BUKB 2020 1555 5555 55, card 4111 1111 1111 1111.",
        );
        let score = s.score.expect("covered");
        assert!(score < 0.3, "{score}");
        assert_eq!(s.label, Some(SentimentLabel::Negative));
        assert_eq!(s.sentences, 4);
        assert_eq!(s.most_negative.len(), 2);
        assert!(s.most_negative[0].compound <= s.most_negative[1].compound);
        assert!(s.most_positive.is_empty());
    }

    #[test]
    fn a_praise_letter_scores_clearly_positive() {
        let s = en(
            "Dear Dr. Shah,\nThank you for your kindness and patience during my treatment. \
                    You made a difficult time much easier. Please call me on 0117 496 0123.\n\
                    With gratitude,\nPeter Olsen, 9 Church Lane, Bath BA1 1AA",
        );
        let score = s.score.expect("covered");
        assert!(score > 0.7, "{score}");
        assert_eq!(s.label, Some(SentimentLabel::Positive));
    }

    #[test]
    fn a_neutral_notice_scores_near_the_middle() {
        let s = en(
            "Notice of maintenance: the system will be unavailable on Sunday from 02:00 to \
                    04:00 UTC. Services at 10.0.0.5 and 10.0.0.6 will be restarted. Please contact \
                    ops@example.com with questions. No action is needed.",
        );
        let score = s.score.expect("covered");
        assert!((0.4..=0.6).contains(&score), "{score}");
        assert_eq!(s.label, Some(SentimentLabel::Neutral));
    }

    #[test]
    fn one_mildly_positive_line_does_not_make_a_long_neutral_text_positive() {
        let mut text = String::new();
        for k in 0..20 {
            text.push_str(&format!(
                "Item {k} is stored in room {k}.0{k} on floor {k}.\n"
            ));
        }
        text.push_str("We are grateful.\n");
        let s = en(&text);
        assert_eq!(s.opinion_sentences, 1);
        let score = s.score.expect("covered");
        assert!((0.5..0.6).contains(&score), "{score}");
        assert_eq!(s.label, Some(SentimentLabel::Neutral));
        assert_eq!(s.most_positive.len(), 1);
    }

    #[test]
    fn a_ticket_s_form_lines_do_not_dilute_its_message() {
        let s = en(
            "Ticket ID: 2025-07-0112\nCustomer: Tom Reyes\nAccount: 55102938\n\
                    IBAN: DE89 3704 0044 0532 0130 00\nBilling address: 5 Mill Lane, Hull HU1 2AB\n\
                    Phone: 01482 496 011\nChannel: web form\nPriority: normal\n\
                    Message: You charged my card twice. This is theft. I am disgusted.",
        );
        let score = s.score.expect("covered");
        assert!(score < 0.3, "{score}");
        // The same message alone scores the same: the fields weigh nothing.
        let alone = en("You charged my card twice. This is theft. I am disgusted.");
        assert!(
            (alone.score.expect("covered") - score).abs() < 0.05,
            "{alone:?}"
        );
        // A field holding a sentence of its own is read as one.
        assert!(!is_form_line(
            "Agenda item 4: the board discussed the lease of the second warehouse today."
        ));
        assert!(is_form_line("Customer number: 100-2283-77."));
        assert!(is_form_line("Dear Sir or Madam,"));
        assert!(!is_form_line("The staff were rude."));
    }

    #[test]
    fn closing_formulas_carry_no_feeling_of_the_writer() {
        for closing in [
            "Kind regards,",
            "Best regards",
            "Yours faithfully,",
            "With best wishes,",
            "Many thanks,",
            "Thank you,",
            "Thanks in advance",
        ] {
            assert!(is_closing(closing), "{closing}");
        }
        for not in [
            "Thanks!",
            "Thanks for nothing.",
            "Best service ever",
            "Kind staff.",
        ] {
            assert!(!is_closing(not), "{not}");
        }
        let s = en(
            "I am very angry that my direct debit was taken twice.\n\nKind regards,\nSarah Whitfield",
        );
        assert!(s.most_positive.is_empty(), "{s:?}");
        assert!(s.score.expect("covered") < 0.3, "{s:?}");
    }

    #[test]
    fn the_words_of_contracts_banks_and_service_desks_are_not_praise() {
        for text in [
            "The office will be closed on Monday for the bank holiday.",
            "Under the Agreement, interest accrues on the security deposit from 1 May.",
            "Employee benefits and customer care are described in section 4; support is free of charge.",
            "The parties agreed that the files saved on the shared drive are kept for two years.",
        ] {
            let s = en(text);
            assert_eq!(s.label, Some(SentimentLabel::Neutral), "{text}: {s:?}");
        }
        // Negated, they are complaints; an exclamation alone is no feeling.
        for text in [
            "I don't trust your bank anymore.",
            "I do not agree with this charge.",
            "Your website is not secure.",
            "There was no support at all.",
            "You never kept a single promise.",
        ] {
            let s = en(text);
            assert_eq!(s.label, Some(SentimentLabel::Negative), "{text}: {s:?}");
        }
        assert_eq!(en("We booked a holiday!").compound, Some(0.0));
        // What complaints say of the past does not soften them.
        let s = en(
            "You promised a call back. I have been a loyal customer for years and \
                    this is how you treat me. The service is appalling.",
        );
        assert!(s.score.expect("covered") < 0.3, "{s:?}");
    }

    #[test]
    fn a_text_without_feeling_is_neutral() {
        let s = en("Invoice 12.\nAmount 40 EUR.\nDue on 1 May.");
        assert_eq!(s.compound, Some(0.0));
        assert_eq!(s.label, Some(SentimentLabel::Neutral));
        assert!(s.most_negative.is_empty() && s.most_positive.is_empty());
    }

    #[test]
    fn passages_are_character_offsets_into_the_text() {
        let text = "Zürich — überall schön. The staff were rude and the room was filthy. Ok.";
        let s = en(text);
        let p = &s.most_negative[0];
        let chars: String = text.chars().skip(p.start).take(p.end - p.start).collect();
        assert_eq!(chars, "The staff were rude and the room was filthy.");
        assert_eq!(p.text, chars);
        assert_eq!(p.label, SentimentLabel::Negative);
    }

    #[test]
    fn at_most_three_passages_are_kept_on_each_side() {
        let s = en("Bad. Awful. Terrible. Horrible. Good. Great. Wonderful. Excellent. Fine.");
        assert_eq!(s.most_negative.len(), 3);
        assert_eq!(s.most_positive.len(), 3);
        assert!(
            s.most_negative
                .windows(2)
                .all(|w| w[0].compound <= w[1].compound)
        );
        assert!(
            s.most_positive
                .windows(2)
                .all(|w| w[0].compound >= w[1].compound)
        );
    }

    #[test]
    fn odd_punctuation_and_unicode_never_break_the_splitter() {
        for text in [
            "",
            ".",
            "...",
            "\n\n",
            "Mr.",
            "é. é",
            "”.",
            "a.\u{201d} B",
            "x.\u{2019}",
            "(Dr.) X.",
            "!?!",
            "a\n",
            "ok.\u{201d}",
            "Zürich. — überall.\nschön",
            "1.2.3. 4",
        ] {
            for (s, e) in sentences(text) {
                assert!(s <= e && e <= text.len(), "{text:?}");
                let _ = &text[s..e];
            }
            let _ = en(text);
        }
    }
}
