//! Context words: the lists of `data/pii/` and the look-up of a list's words
//! in the bytes around a match.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::text::{ceil_boundary, floor_boundary};
use crate::gazetteer::lines;

/// Bytes before a match searched for context words: about the length of
/// a label and a few words ("Kreditkartennummer des Kunden: ").
pub(super) const CONTEXT_BEFORE: usize = 40;
/// Bytes after a match searched: shorter, since labels precede values.
pub(super) const CONTEXT_AFTER: usize = 20;

/// Negative context ("order", "version") counts only right before a number,
/// where a label stands; these windows are a label or two long.
///
/// Before a dotted quad ("Chrome 120.0.1.2", "firmware 4.2.0.1").
pub(super) const IP_NEGATIVE_WINDOW: usize = 24;
/// Before a card-like number ("Sendungsnummer: ", "Order ref. no. ").
pub(super) const CARD_NEGATIVE_WINDOW: usize = 30;
/// Before a phone-like number.
pub(super) const PHONE_NEGATIVE_WINDOW: usize = 25;

/// A context word list from `data/pii/` as a hash set of one- and two-word
/// keys, parsed once.
pub(super) struct WordSet {
    words: FxHashSet<&'static str>,
    /// Bytes of the longest entry: a longer word or pair is not looked up.
    longest: usize,
    /// Any `#` in the window counts as a match ("order #123"); a `#` line
    /// in the file would read as a comment, so the code says it.
    hash: bool,
}

impl WordSet {
    fn new(data: &'static str) -> Self {
        let words: FxHashSet<&'static str> = lines(data).collect();
        WordSet {
            longest: words.iter().map(|w| w.len()).max().unwrap_or(0),
            words,
            hash: false,
        }
    }

    fn matching_hash_sign(self) -> Self {
        WordSet { hash: true, ..self }
    }
}

/// Raise an e-mail address's score.
pub(super) static EMAIL_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/email_context.txt")));
/// Raise a URL's or a bare domain's score.
pub(super) static URL_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/url_context.txt")));
/// Raise an IP address's score.
pub(super) static IP_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/ip_context.txt")));
/// Before a dotted quad: a version or build number, not an IP address.
pub(super) static IP_NEG: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/ip_negative_context.txt")));
/// Raise a card number's score.
pub(super) static CARD_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/card_context.txt")));
/// Before a long number: an order, tracking or reference number.
pub(super) static NUMBER_NEG: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(include_str!("../../data/pii/number_negative_context.txt")).matching_hash_sign()
});
/// Raise an IBAN's score.
pub(super) static IBAN_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/iban_context.txt")));
/// Raise a US social security number's score.
pub(super) static SSN_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/ssn_context.txt")));
/// Raise a German tax identification number's score.
pub(super) static DE_TAX_ID_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/de_tax_id_context.txt")));
/// Raise a French social security number's score.
pub(super) static FR_NIR_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/fr_nir_context.txt")));
/// Raise a Spanish DNI's or NIE's score.
pub(super) static ES_ID_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/es_id_context.txt")));
/// Raise an Italian fiscal code's score.
pub(super) static IT_FISCAL_CODE_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/it_fiscal_code_context.txt")));
/// Raise a Dutch BSN's score.
pub(super) static NL_BSN_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/nl_bsn_context.txt")));
/// Raise a UK National Insurance number's score.
pub(super) static UK_NINO_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/uk_nino_context.txt")));
/// Make a number a passport number (required: passports have no check
/// digit on the page and share their shapes with other codes).
pub(super) static PASSPORT_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/passport_context.txt")));
/// Raise a phone number's score.
pub(super) static PHONE_CTX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/phone_context.txt")));
/// Before a dotted number: a software version or build, not a phone number.
pub(super) static VERSION_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(include_str!("../../data/pii/version_words.txt")));

/// A word of `words` within [`CONTEXT_BEFORE`] bytes before `start` or
/// [`CONTEXT_AFTER`] bytes after `end`.
pub(super) fn context_has(text: &str, start: usize, end: usize, words: &WordSet) -> bool {
    let b = floor_boundary(text, start.saturating_sub(CONTEXT_BEFORE));
    let a = ceil_boundary(text, (end + CONTEXT_AFTER).min(text.len()));
    has_word(&text[b..start], words) || has_word(&text[end..a], words)
}

/// A word of `words` within `bytes` bytes before `start` (negative
/// context is only ever a label before the number).
pub(super) fn before_has(text: &str, start: usize, bytes: usize, words: &WordSet) -> bool {
    let b = floor_boundary(text, start.saturating_sub(bytes));
    has_word(&text[b..start], words)
}

thread_local! {
    /// [`has_word`]'s buffers (the word, the pair, the previous word),
    /// kept between calls: it runs for nearly every candidate, several
    /// times, on a few words each.
    static SCRATCH: std::cell::RefCell<(String, String, String)> =
        const { std::cell::RefCell::new((String::new(), String::new(), String::new())) };
}

/// Whether `hay` contains one of `words` as a whole word (case-insensitive).
/// Keys may be two words ("social security"); a set made with
/// `matching_hash_sign` matches any `#` in the window. Parts of hyphenated
/// words count ("appelle-moi").
fn has_word(hay: &str, set: &WordSet) -> bool {
    if set.hash && hay.contains('#') {
        return true;
    }
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut scratch) => {
            let (buf, pair, prev) = &mut *scratch;
            prev.clear();
            has_word_with(hay, set, buf, pair, prev)
        }
        // never re-entered; should it be, fresh buffers
        Err(_) => has_word_with(
            hay,
            set,
            &mut String::new(),
            &mut String::new(),
            &mut String::new(),
        ),
    })
}

fn has_word_with(
    hay: &str,
    set: &WordSet,
    buf: &mut String,
    pair: &mut String,
    prev: &mut String,
) -> bool {
    // Words inside e-mail addresses and URLs ("csavage@case.info") are not
    // context.
    for w in hay
        .split(|c: char| {
            c.is_whitespace() || c == ',' || c == ';' || c == '|' || c == '<' || c == '>'
        })
        .filter(|t| !(t.contains('@') || t.contains("://") || t.starts_with("www.")))
        .flat_map(|t| t.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '#')))
    {
        let w = w.trim_matches(['-', '#']);
        if w.is_empty() {
            continue;
        }
        buf.clear();
        crate::lowercase::push_lower(buf, w);
        if buf.len() <= set.longest && set.words.contains(buf.as_str()) {
            return true;
        }
        if buf.contains('-') && buf.split('-').any(|p| set.words.contains(p)) {
            return true;
        }
        if !prev.is_empty() && prev.len() + 1 + buf.len() <= set.longest {
            pair.clear();
            pair.push_str(prev);
            pair.push(' ');
            pair.push_str(buf);
            if set.words.contains(pair.as_str()) {
                return true;
            }
        }
        std::mem::swap(prev, buf);
    }
    false
}
