//! Text analysis for OpenComplai: language, sentiment, PII entities, a
//! compliance summary, token counts and redaction.
//!
//! Everything here is a pure function of its input: no I/O, no network, no
//! model downloads. Dictionaries (VADER lexicon, cl100k BPE ranks, name and
//! place gazetteers) are compiled into the binary and loaded once on first
//! use.
//!
//! ```
//! use opencomplai_analyze::{analyze, redact, EntityType, Options};
//! let text = "Please call Dr. Anna Schmidt on +49 30 901820 or mail anna@example.org.";
//! let analysis = analyze(text, &Options::default());
//! assert!(analysis.entities.iter().any(|e| e.entity_type == EntityType::Email));
//! let clean = redact(text, &analysis.entities, &[EntityType::Email, EntityType::Phone]);
//! assert!(!clean.contains("anna@example.org"));
//! ```
//!
//! Offsets (`Entity::start`, `Entity::end`) count Unicode scalar values
//! (Rust `char`s), end exclusive, so
//! `text.chars().skip(start).take(end - start)` is the entity text.
//!
//! How each part works (details in the module docs):
//!
//! * language: per paragraph chunk, identifiers (emails, URLs, IBANs,
//!   numbers) dropped and OCR digits in words repaired, then markers for
//!   Maltese, a function-word vote, whatlang 0.18 when sure, the vote when
//!   whatlang's unsure guess agrees, lingua 1.8 for 23 EU languages only
//!   when these leave it open; no language when the guess is weak; shares weighted by
//!   chunk length; at most 32 chunks sampled on long texts (module
//!   `language`).
//! * sentiment: VADER (the `vader_sentiment` lexicon and rules, ported for
//!   speed and checked against the crate) per sentence, weighted by
//!   feeling; German, French, Spanish, Italian and Dutch with lexicons
//!   written for the project and VADER's rules adapted to each; other languages are "not
//!   covered" with the reason.
//! * entities: regexes plus validators for EMAIL, URL, IP (std::net), card
//!   (Luhn), IBAN (iban_validate mod-97), US SSN (area/group/serial rules),
//!   PHONE (phonenumber), DATE (calendar check), MONEY, the national
//!   identifiers DE_TAX_ID, FR_NIR, ES_NIF, ES_NIE, IT_FISCAL_CODE, NL_BSN
//!   (check digits) and UK_NINO (prefix rules), PASSPORT (next to a
//!   passport word only), postal ADDRESS (DE, FR, ES, IT, NL, UK, US
//!   shapes, reported beside the entities inside it); context words
//!   within 40 bytes raise or lower scores; PERSON/ORGANIZATION/LOCATION from
//!   gazetteers (`data/`), legal-form suffixes, titles, labels, greetings,
//!   address structure and context words; overlaps resolved by score then
//!   length; candidates under [`Options::min_score`] dropped.
//! * summary: counts, risk level with its rule, GDPR Art. 9 keyword signals
//!   (module `compliance` documents the rules).
//! * tokens: cl100k_base count identical to tiktoken-rs, with a hand-written
//!   pre-tokenizer.

mod compliance;
mod gazetteer;
mod language;
mod lowercase;
mod ner;
mod offsets;
mod pii;
mod sentiment;
mod strmap;
mod tokens;

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use compliance::{RiskLevel, SpecialCategory, SpecialCategorySignal, TermCount};

/// Analyzer and dictionary versions, to store next to every result.
pub const VERSION: &str = concat!(
    "analyze-",
    env!("CARGO_PKG_VERSION"),
    " (lingua 1.8, whatlang 0.18, vader_sentiment 0.1 lexicon, sentiment de/fr/es/it/nl 2026-12, cl100k_base, phonenumber 0.3, iban_validate 5, gazetteers 2026-1)"
);

/// Entities scoring below this are dropped unless [`Options::min_score`]
/// says otherwise.
pub const DEFAULT_MIN_SCORE: f64 = 0.4;

/// The kinds of entity the analyzer reports. Serialised and parsed as the
/// upper-case names (`"EMAIL"`, `"CREDIT_CARD"`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityType {
    Email,
    Phone,
    CreditCard,
    Iban,
    IpAddress,
    Url,
    UsSsn,
    Date,
    Money,
    Person,
    Organization,
    Location,
    /// German tax identification number (steuerliche Identifikationsnummer).
    DeTaxId,
    /// French social security number (NIR).
    FrNir,
    /// Spanish DNI, the NIF of a citizen.
    EsNif,
    /// Spanish foreigner's identity number.
    EsNie,
    /// Italian codice fiscale.
    ItFiscalCode,
    /// Dutch citizen service number (burgerservicenummer).
    NlBsn,
    /// UK National Insurance number.
    UkNino,
    /// A passport number (read next to a passport word only).
    Passport,
    /// A postal address: street, house number, postcode and city. It may
    /// contain other entities (its city as LOCATION).
    Address,
}

impl EntityType {
    /// Every type, in a stable order.
    pub const ALL: [EntityType; 21] = [
        EntityType::Email,
        EntityType::Phone,
        EntityType::CreditCard,
        EntityType::Iban,
        EntityType::IpAddress,
        EntityType::Url,
        EntityType::UsSsn,
        EntityType::Date,
        EntityType::Money,
        EntityType::Person,
        EntityType::Organization,
        EntityType::Location,
        EntityType::DeTaxId,
        EntityType::FrNir,
        EntityType::EsNif,
        EntityType::EsNie,
        EntityType::ItFiscalCode,
        EntityType::NlBsn,
        EntityType::UkNino,
        EntityType::Passport,
        EntityType::Address,
    ];

    /// The upper-case name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Email => "EMAIL",
            EntityType::Phone => "PHONE",
            EntityType::CreditCard => "CREDIT_CARD",
            EntityType::Iban => "IBAN",
            EntityType::IpAddress => "IP_ADDRESS",
            EntityType::Url => "URL",
            EntityType::UsSsn => "US_SSN",
            EntityType::Date => "DATE",
            EntityType::Money => "MONEY",
            EntityType::Person => "PERSON",
            EntityType::Organization => "ORGANIZATION",
            EntityType::Location => "LOCATION",
            EntityType::DeTaxId => "DE_TAX_ID",
            EntityType::FrNir => "FR_NIR",
            EntityType::EsNif => "ES_NIF",
            EntityType::EsNie => "ES_NIE",
            EntityType::ItFiscalCode => "IT_FISCAL_CODE",
            EntityType::NlBsn => "NL_BSN",
            EntityType::UkNino => "UK_NINO",
            EntityType::Passport => "PASSPORT",
            EntityType::Address => "ADDRESS",
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error from parsing an [`EntityType`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEntityType(pub String);

impl fmt::Display for UnknownEntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown entity type {:?}; expected one of ", self.0)?;
        for (i, t) in EntityType::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(t.as_str())?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownEntityType {}

impl FromStr for EntityType {
    type Err = UnknownEntityType;

    /// Case-insensitive; `-` and spaces count as `_` (`credit-card`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm: String = s
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_uppercase(),
            })
            .collect();
        let t = match norm.as_str() {
            "EMAIL" | "EMAIL_ADDRESS" => EntityType::Email,
            "PHONE" | "PHONE_NUMBER" => EntityType::Phone,
            "CREDIT_CARD" => EntityType::CreditCard,
            "IBAN" | "IBAN_CODE" => EntityType::Iban,
            "IP_ADDRESS" | "IP" => EntityType::IpAddress,
            "URL" => EntityType::Url,
            "US_SSN" | "SSN" => EntityType::UsSsn,
            "DATE" | "DATE_TIME" => EntityType::Date,
            "MONEY" => EntityType::Money,
            "PERSON" => EntityType::Person,
            "ORGANIZATION" | "ORGANISATION" | "ORG" => EntityType::Organization,
            "LOCATION" | "LOC" => EntityType::Location,
            "DE_TAX_ID" | "STEUER_ID" => EntityType::DeTaxId,
            "FR_NIR" | "NIR" => EntityType::FrNir,
            "ES_NIF" | "ES_DNI" | "DNI" => EntityType::EsNif,
            "ES_NIE" | "NIE" => EntityType::EsNie,
            "IT_FISCAL_CODE" | "CODICE_FISCALE" => EntityType::ItFiscalCode,
            "NL_BSN" | "BSN" => EntityType::NlBsn,
            "UK_NINO" | "NINO" => EntityType::UkNino,
            "PASSPORT" => EntityType::Passport,
            "ADDRESS" | "POSTAL_ADDRESS" => EntityType::Address,
            _ => return Err(UnknownEntityType(s.to_owned())),
        };
        Ok(t)
    }
}

/// One entity found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The matched text, exactly as in the input.
    pub text: String,
    /// Start offset in characters (Unicode scalar values), inclusive.
    pub start: usize,
    /// End offset in characters, exclusive.
    pub end: usize,
    /// 0..1; pattern strength plus context words plus checksum.
    pub score: f64,
    /// Which recognizer produced it (`"email"`, `"luhn"`, `"deny_list"`...).
    pub recognizer: String,
    /// A checksum or parser accepted it (Luhn, IBAN mod-97, phone numbering
    /// plan, `std::net` IP parse, SSN area/group/serial rules, calendar
    /// date, the check digit or letter of DE_TAX_ID, FR_NIR, ES_NIF,
    /// ES_NIE, IT_FISCAL_CODE and NL_BSN, UK_NINO prefix and suffix rules).
    pub validated: bool,
}

/// A string the account always wants reported, with its type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DenyEntry {
    pub text: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
}

/// Per-call options, typically per account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Entity texts never reported (compared case-insensitively with the
    /// whole entity text, after trimming).
    pub allow_list: Vec<String>,
    /// Strings always reported wherever they occur (case-insensitive, on
    /// word boundaries), with recognizer `"deny_list"` and score 1.0.
    pub deny_list: Vec<DenyEntry>,
    /// Analyse only the first `max_chars` characters (a note says so).
    pub max_chars: Option<usize>,
    /// Entities scoring below this are not reported.
    pub min_score: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            allow_list: Vec::new(),
            deny_list: Vec::new(),
            max_chars: None,
            min_score: DEFAULT_MIN_SCORE,
        }
    }
}

/// The dominant language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-1, two lower-case letters.
    pub code: String,
    /// 0..1.
    pub confidence: f64,
}

/// Share of the text (by characters of the detected chunks) in a language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageShare {
    pub code: String,
    pub share: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SentimentLabel {
    Negative,
    Neutral,
    Positive,
}

/// Mean per-sentence VADER proportions (unweighted: how much of the text,
/// sentence by sentence, carries each polarity).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassScores {
    pub negative: f64,
    pub neutral: f64,
    pub positive: f64,
}

/// One sentence of the analysed text and its VADER compound.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Offsets in characters into the analysed text, end exclusive (as
    /// entities' offsets), surrounding whitespace excluded.
    pub start: usize,
    pub end: usize,
    /// The sentence, cut after 200 characters (then ending in `…`).
    pub text: String,
    /// VADER compound of the sentence, -1..1.
    pub compound: f64,
    /// `negative` at compound ≤ -0.05, `positive` at ≥ 0.05 (VADER's own
    /// sentence thresholds), `neutral` between.
    pub label: SentimentLabel,
}

/// Sentiment, or why there is none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentiment {
    /// False when the language is not covered (English, German, French,
    /// Spanish, Italian and Dutch are) or there is nothing to score; then
    /// `reason` says why and the scores are `None`.
    pub covered: bool,
    /// 0 negative, 0.5 neutral, 1 positive: `(compound + 1) / 2`.
    pub score: Option<f64>,
    /// `negative` below score 0.4, `positive` above 0.6, `neutral` between
    /// (compound beyond ±0.2); for German, French, Spanish, Italian and
    /// Dutch below 0.44 and above 0.56 (±0.12).
    pub label: Option<SentimentLabel>,
    pub scores: Option<ClassScores>,
    /// Document compound, -1..1: the sentences' VADER compounds weighted by
    /// how much feeling each carries (see `weighting`), so that neutral
    /// sentences (addresses, numbers, notices) barely dilute the ones that
    /// carry feeling.
    pub compound: Option<f64>,
    pub sentences: usize,
    /// Sentences whose compound is not neutral (|compound| ≥ 0.05).
    #[serde(default)]
    pub opinion_sentences: usize,
    /// How `compound` was computed, in words.
    #[serde(default)]
    pub weighting: Option<String>,
    /// The lexicon the sentences were scored with: VADER's for English,
    /// one written for this project for German, French, Spanish, Italian
    /// and Dutch.
    #[serde(default)]
    pub lexicon: Option<String>,
    /// The most negative sentences (compound ≤ -0.05), at most 3, most
    /// negative first.
    #[serde(default)]
    pub most_negative: Vec<Passage>,
    /// The most positive sentences (compound ≥ 0.05), at most 3, most
    /// positive first.
    #[serde(default)]
    pub most_positive: Vec<Passage>,
    pub reason: Option<String>,
}

/// Counts, risk level and GDPR Art. 9 signals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub counts: BTreeMap<EntityType, usize>,
    pub pii_risk: RiskLevel,
    /// The rule that produced `pii_risk`, e.g. `"high: 1+ validated CREDIT_CARD/IBAN/US_SSN"`.
    pub risk_rule: String,
    pub special_categories: Vec<SpecialCategorySignal>,
}

/// Everything `analyze` found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub language: Option<Language>,
    pub languages: Vec<LanguageShare>,
    pub sentiment: Sentiment,
    pub entities: Vec<Entity>,
    pub summary: Summary,
    /// cl100k_base tokens of the analysed text.
    pub token_count: usize,
    /// 0..1: how much to trust this analysis (language confidence, length).
    pub confidence: f64,
    pub notes: Vec<String>,
    /// Characters analysed (after `max_chars`).
    pub chars: usize,
    pub truncated: bool,
    pub analyzer_version: String,
}

impl Analysis {
    /// The document-level part, for the `analysis_results` JSONB column:
    /// language and shares, sentiment (label, score, per-class scores or the
    /// not-covered reason), summary (counts, risk, rule, special
    /// categories), token count, confidence, notes and version. Entities are
    /// left out (they have their own table).
    pub fn analysis_results_json(&self) -> serde_json::Value {
        serde_json::json!({
            "analyzer_version": self.analyzer_version,
            "language": self.language,
            "languages": self.languages,
            "sentiment": self.sentiment,
            "summary": self.summary,
            "entity_count": self.entities.len(),
            "token_count": self.token_count,
            "confidence": self.confidence,
            "notes": self.notes,
            "chars": self.chars,
            "truncated": self.truncated,
        })
    }
}

/// Analyse `text`. Never panics on any input; cost is linear in the text.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let mut notes = Vec::new();
    let (text, truncated) = match options.max_chars {
        Some(max) => match text.char_indices().nth(max) {
            Some((byte, _)) => (&text[..byte], true),
            None => (text, false),
        },
        None => (text, false),
    };
    let chars = if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    };
    if truncated {
        notes.push(format!(
            "text truncated to the first {chars} characters for analysis"
        ));
    }

    let lang = language::detect(text);
    notes.extend(lang.notes.iter().cloned());
    let primary = lang.language.as_ref().map(|l| l.code.as_str());

    let sentiment = sentiment::analyze(text, primary, &lang.shares);
    if let Some(reason) = &sentiment.reason {
        if sentiment.covered {
            notes.push(format!("sentiment: {reason}"));
        } else {
            notes.push(format!("sentiment not covered: {reason}"));
        }
    }

    let entities = find_entities(text, primary, options);
    let special = compliance::special_categories(text);
    let summary = compliance::summarize(&entities, special);
    let token_count = tokens::count(text);

    let trimmed_len = text.trim().chars().count();
    if trimmed_len == 0 {
        notes.push("text is empty".to_owned());
    } else if trimmed_len < 50 {
        notes.push(format!(
            "text is very short ({trimmed_len} characters): results are unreliable"
        ));
    }
    let confidence = overall_confidence(trimmed_len, lang.language.as_ref(), &sentiment);

    Analysis {
        language: lang.language,
        languages: lang.shares,
        sentiment,
        entities,
        summary,
        token_count,
        confidence,
        notes,
        chars,
        truncated,
        analyzer_version: VERSION.to_owned(),
    }
}

/// The language part of [`analyze`] on its own: the dominant language, the
/// shares of a mixed text and the notes (for benchmarks and callers that
/// need nothing else).
pub fn detect_language(text: &str) -> LanguageDetection {
    let d = language::detect(text);
    LanguageDetection {
        language: d.language,
        languages: d.shares,
        notes: d.notes,
    }
}

/// What [`detect_language`] returns; the same fields as in [`Analysis`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageDetection {
    pub language: Option<Language>,
    pub languages: Vec<LanguageShare>,
    pub notes: Vec<String>,
}

/// Loads what the analyzer builds on first use (the language models, about
/// a second) so that the first document does not wait for it.
pub fn warm_up() {
    language::warm_up();
    let _ = analyze(
        "Warm-up text for the analyzer, in English.",
        &Options::default(),
    );
}

/// Seconds spent in each stage of [`analyze`] on `text`, for benchmarks.
#[doc(hidden)]
pub fn profile_stages(text: &str) -> Vec<(&'static str, f64)> {
    use std::time::Instant;
    let mut v = Vec::new();
    let t = Instant::now();
    let lang = language::detect(text);
    v.push(("language", t.elapsed().as_secs_f64()));
    let primary = lang.language.as_ref().map(|l| l.code.as_str());
    let t = Instant::now();
    let _ = sentiment::analyze(text, primary, &lang.shares);
    v.push(("sentiment", t.elapsed().as_secs_f64()));
    let t = Instant::now();
    let c = pii::find(text, primary);
    v.push(("patterns", t.elapsed().as_secs_f64()));
    let t = Instant::now();
    let mut c2 = Vec::new();
    ner::find(text, &mut c2);
    v.push(("names", t.elapsed().as_secs_f64()));
    let t = Instant::now();
    let _ = resolve_overlaps(c.into_iter().chain(c2).collect());
    v.push(("resolve", t.elapsed().as_secs_f64()));
    let t = Instant::now();
    let _ = compliance::special_categories(text);
    v.push(("special_categories", t.elapsed().as_secs_f64()));
    let t = Instant::now();
    let _ = tokens::count(text);
    v.push(("tokens", t.elapsed().as_secs_f64()));
    v
}

/// Length factor (reaches 1 at 500 characters) times language confidence
/// (0.3 when the language is unknown), plus a small penalty when sentiment
/// could not be scored. Rounded to 3 decimals.
fn overall_confidence(chars: usize, lang: Option<&Language>, sentiment: &Sentiment) -> f64 {
    if chars == 0 {
        return 0.0;
    }
    let length = (chars as f64 / 500.0).clamp(0.1, 1.0).sqrt();
    let lang = lang.map_or(0.3, |l| l.confidence.max(0.3));
    let sent = if sentiment.covered { 1.0 } else { 0.9 };
    round3(length * lang * sent)
}

pub(crate) fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A candidate in byte offsets, before offset conversion and resolution.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub ty: EntityType,
    pub start: usize,
    pub end: usize,
    pub score: f64,
    pub recognizer: &'static str,
    pub validated: bool,
    /// Wins overlaps regardless of score (checksum failures that own
    /// their digits); still dropped later if below the threshold.
    pub claim: bool,
}

fn find_entities(text: &str, lang: Option<&str>, options: &Options) -> Vec<Entity> {
    let mut cands = pii::find(text, lang);
    ner::find(text, &mut cands);
    cands.extend(deny_list_candidates(text, &options.deny_list));
    let allow: Vec<String> = options
        .allow_list
        .iter()
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty())
        .collect();
    let min_score = options.min_score;
    // A postal address contains other entities (its city is a LOCATION):
    // addresses compete among themselves, not with what they contain.
    let (addresses, cands): (Vec<Candidate>, Vec<Candidate>) = cands
        .into_iter()
        .partition(|c| c.ty == EntityType::Address && c.recognizer != "deny_list");
    let mut kept = resolve_overlaps(cands);
    kept.extend(resolve_overlaps(addresses));
    kept.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    kept.retain(|c| {
        if c.recognizer == "deny_list" {
            return true;
        }
        c.score >= min_score
            && (allow.is_empty() || !allow.contains(&text[c.start..c.end].trim().to_lowercase()))
    });

    let mut map = offsets::CharMap::new(text);
    kept.into_iter()
        .map(|c| Entity {
            entity_type: c.ty,
            text: text[c.start..c.end].to_owned(),
            start: map.char_offset(c.start),
            end: map.char_offset(c.end),
            score: round3(c.score.min(1.0)),
            recognizer: c.recognizer.to_owned(),
            validated: c.validated,
        })
        .collect()
}

/// Characters each chunk of [`entities_after`] shares with the next, so an
/// entity across a chunk's edge is still seen whole (the longest, an
/// email address, is at most 254).
const CHUNK_OVERLAP: usize = 1_000;

/// The entities of `text` that end after character `from`, found chunk by
/// chunk (`chunk_chars` characters each, plus an overlap), for the part of
/// a long text that [`analyze`] left out under `max_chars`: redaction must
/// cover the whole text even where the rest of the analysis stopped.
/// Offsets are characters of the whole `text`; cost is linear in it.
pub fn entities_after(
    text: &str,
    from: usize,
    chunk_chars: usize,
    lang: Option<&str>,
    options: &Options,
) -> Vec<Entity> {
    let chunk = chunk_chars.max(CHUNK_OVERLAP);
    // Start a little before `from`: an entity cut in two there was not
    // seen whole by the analysis that stopped at it.
    let mut start_char = from.saturating_sub(CHUNK_OVERLAP);
    let mut start_byte = byte_of_from(text, 0, start_char);
    let mut out = Vec::new();
    while start_byte < text.len() {
        let next_byte = byte_of_from(text, start_byte, chunk);
        let end_byte = byte_of_from(text, next_byte, CHUNK_OVERLAP);
        let last = next_byte >= text.len();
        for mut e in find_entities(&text[start_byte..end_byte], lang, options) {
            if !last && e.start >= chunk {
                continue; // the next chunk sees it from its start
            }
            e.start += start_char;
            e.end += start_char;
            if e.end > from {
                out.push(e);
            }
        }
        start_char += chunk;
        start_byte = next_byte;
    }
    out
}

/// The byte offset `chars` characters after byte `start` (or the end).
fn byte_of_from(text: &str, start: usize, chars: usize) -> usize {
    text[start..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(byte, _)| start + byte)
}

fn deny_list_candidates(text: &str, deny: &[DenyEntry]) -> Vec<Candidate> {
    let mut out = Vec::new();
    if deny.is_empty() {
        return out;
    }
    // Matched case-insensitively in a lower-cased copy whose byte offsets
    // are the text's (see `lower_in_place`).
    let hay = lower_in_place(text);
    for entry in deny {
        let needle = lower_in_place(entry.text.trim());
        if needle.is_empty() {
            continue;
        }
        for (pos, _) in hay.match_indices(needle.as_str()) {
            let end = pos + needle.len();
            if !text.is_char_boundary(pos) || !text.is_char_boundary(end) {
                continue;
            }
            if !pii::word_boundary_before(text, pos) || !pii::word_boundary_after(text, end) {
                continue;
            }
            out.push(Candidate {
                ty: entry.entity_type,
                start: pos,
                end,
                score: 1.0,
                recognizer: "deny_list",
                validated: false,
                claim: false,
            });
        }
    }
    out
}

/// `text` lower-cased character by character where that keeps the
/// character's byte length, so an offset in it is an offset in `text`; a
/// character whose lower case is longer or shorter (`İ`, `Ⱥ`, `ẞ`, the
/// Kelvin sign) stays as it is. Final sigma is folded to `σ`. (Lower-casing
/// the whole text shifted offsets when such characters balanced out: a
/// deny-list match was reported on the wrong words.)
fn lower_in_place(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some('ς'), None) => out.push('σ'),
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Score a checksum failure competes with for its span: above a merely
/// possible phone number or a gazetteer guess, below any validated match.
const CLAIM_SCORE: f64 = 0.6;

/// Keeps non-overlapping candidates: deny-list entries first, then by
/// score, then by length, then earliest. Returns them sorted by start.
fn resolve_overlaps(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    // The order as a key computed once per candidate (a stable sort, as
    // before; comparing recognizer names on every comparison cost more
    // than the rest of the resolution).
    cands.sort_by_cached_key(|c| {
        let eff = if c.claim {
            c.score.max(CLAIM_SCORE)
        } else {
            c.score
        };
        (
            c.recognizer != "deny_list",
            std::cmp::Reverse(total_order_key(eff)),
            std::cmp::Reverse(c.end - c.start),
            c.start,
        )
    });
    // Accepted intervals keyed by start; no two overlap, so a new one
    // overlaps an accepted one iff the nearest accepted start at or before
    // its start ends after it, or the next accepted start is before its end.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept = Vec::with_capacity(cands.len());
    for c in cands {
        if c.start >= c.end {
            continue;
        }
        if let Some((_, &end)) = taken.range(..=c.start).next_back()
            && end > c.start
        {
            continue;
        }
        if let Some((&start, _)) = taken.range(c.start..).next()
            && start < c.end
        {
            continue;
        }
        taken.insert(c.start, c.end);
        kept.push(c);
    }
    kept.sort_by_key(|c| c.start);
    kept
}

/// An integer ordered as `f64::total_cmp` orders `x` (the same bit
/// trick).
fn total_order_key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ ((((bits >> 63) as u64) >> 1) as i64)
}

/// Replaces every entity whose type is in `types` with `[TYPE]`. Offsets
/// are character offsets as produced by [`analyze`]; overlapping spans are
/// merged (the placeholder of the earliest-starting one is used). Entities
/// whose offsets fall outside the text are ignored. An empty `types` means
/// all types.
pub fn redact(text: &str, entities: &[Entity], types: &[EntityType]) -> String {
    let mut spans: Vec<(usize, usize, EntityType)> = entities
        .iter()
        .filter(|e| types.is_empty() || types.contains(&e.entity_type))
        .filter(|e| e.start < e.end)
        .map(|e| (e.start, e.end, e.entity_type))
        .collect();
    if spans.is_empty() {
        return text.to_owned();
    }
    spans.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    // Merge overlaps.
    let mut merged: Vec<(usize, usize, EntityType)> = Vec::with_capacity(spans.len());
    for (s, e, t) in spans {
        match merged.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e, t)),
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut spans = merged.into_iter().peekable();
    let mut skipping_until: Option<usize> = None;
    for (ci, ch) in text.chars().enumerate() {
        if let Some(end) = skipping_until {
            if ci < end {
                continue;
            }
            skipping_until = None;
        }
        if let Some(&(s, e, t)) = spans.peek()
            && s == ci
        {
            out.push('[');
            out.push_str(t.as_str());
            out.push(']');
            spans.next();
            skipping_until = Some(e);
            continue;
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests;
