//! The scores the pattern recognizers give, each with why.
//!
//! As for names: a candidate under [`crate::DEFAULT_MIN_SCORE`] (0.4) is
//! not reported, and of overlapping candidates the higher score wins. A
//! checksum failure is a *claim* (see `claim` in the parent module): it
//! competes for its span at least at the crate's `CLAIM_SCORE` (0.6) and is
//! reported only if its own score reaches the threshold, so a mistyped
//! IBAN hides the phone number inside it without being reported itself.

// ---------- shared ----------

/// Added to a phone number's or an IPv6 address's score when a context
/// word is near: it lifts a merely possible phone number (0.55) above a
/// valid one without context (0.75).
pub(super) const CONTEXT_BONUS: f64 = 0.25;

// ---------- e-mail, URL, IP ----------

/// A well-formed e-mail address: the `@` and a host with a TLD are strong.
pub(super) const EMAIL: f64 = 0.85;
/// A local part with ".." is not a valid address; often a typo, still
/// worth reporting.
pub(super) const EMAIL_DOUBLE_DOT: f64 = 0.5;
/// Added near "email", "mail", "contact"...
pub(super) const EMAIL_CONTEXT_BONUS: f64 = 0.1;
/// An address split by OCR at its `@` or after a dot of its domain
/// ("jane.doe@ example.com"), valid once joined and with a listed TLD: a
/// little under an unbroken one, so a complete address read without the
/// gap wins, but above a bare domain, so the domain part is not reported
/// as a URL.
pub(super) const EMAIL_OCR: f64 = 0.75;
/// The same split after ".co." or ".ac." ("jane@yahoo.co. uk"): above an
/// unbroken address, since the ordinary recognizer reads
/// "jane@yahoo.co", which is the wrong address.
pub(super) const EMAIL_OCR_SECOND_LEVEL: f64 = 0.9;
/// A URL with a scheme or "www." whose host is a dotted name.
pub(super) const URL: f64 = 0.7;
/// A URL whose host is not a plain dotted name ("http://localhost:8080").
pub(super) const URL_ODD_HOST: f64 = 0.45;
/// Added to a URL near "link", "website", "visit"...
pub(super) const URL_CONTEXT_BONUS: f64 = 0.1;
/// A bare domain ("example.org"): file names and abbreviations look alike.
pub(super) const DOMAIN: f64 = 0.5;
/// Added to a bare domain near "website", "web", "visit"...: context is
/// worth more to it than to a URL with a scheme.
pub(super) const DOMAIN_CONTEXT_BONUS: f64 = 0.15;
/// A dotted quad that `std::net` parses.
pub(super) const IPV4: f64 = 0.6;
/// Added to a dotted quad near "ip", "server", "login"...
pub(super) const IPV4_CONTEXT_BONUS: f64 = 0.3;
/// A dotted quad after "version", "build", "Chrome"...: a version number.
pub(super) const IPV4_AFTER_VERSION_WORD: f64 = 0.2;
/// "999.1.1.1": IP-shaped but not an address; claims its digits only.
pub(super) const IPV4_UNPARSABLE: f64 = 0.05;
/// An IPv6 address that `std::net` parses: few other strings have several
/// colons between hex groups.
pub(super) const IPV6: f64 = 0.7;

// ---------- cards, IBANs, SSNs ----------

/// A Luhn-valid card number with a card word near.
pub(super) const CARD_WITH_CONTEXT: f64 = 0.95;
/// A Luhn-valid card number with a plausible issuer prefix and length.
pub(super) const CARD: f64 = 0.7;
/// A Luhn-valid number after an order or reference word, or 12 digits with
/// no card word: one in ten random numbers passes Luhn.
pub(super) const CARD_DOUBTFUL: f64 = 0.3;
/// A Luhn-valid card number with issuer prefix and length whose digits
/// are split by a line break or a run of spaces: joining the end of one
/// number to the start of the next passes Luhn one time in ten, so under
/// an unbroken card, still reported.
pub(super) const CARD_OCR: f64 = 0.6;
/// The same near a card word: the parts on either side of the break can
/// read as phone numbers near a contact word (up to 1.0), and the joined
/// card, longer, must win that tie.
pub(super) const CARD_OCR_WITH_CONTEXT: f64 = 1.0;
/// A number failing Luhn near a card word: a mistyped card, not reported.
pub(super) const CARD_INVALID_WITH_CONTEXT: f64 = 0.3;
/// A number failing Luhn with nothing for it.
pub(super) const CARD_INVALID: f64 = 0.15;
/// A mod-97-valid IBAN with a bank word near: the check is strong.
pub(super) const IBAN_WITH_CONTEXT: f64 = 1.0;
/// A mod-97-valid IBAN.
pub(super) const IBAN: f64 = 0.8;
/// IBAN-shaped, failing mod-97, near a bank word: a mistyped IBAN.
pub(super) const IBAN_INVALID_WITH_CONTEXT: f64 = 0.3;
/// IBAN-shaped, failing mod-97.
pub(super) const IBAN_INVALID: f64 = 0.1;
/// "123-45-6789" passing the area, group and serial rules, near "SSN".
pub(super) const SSN_FORMATTED_WITH_CONTEXT: f64 = 0.95;
/// "123-45-6789" with no context: other ids use the 3-2-4 shape too.
pub(super) const SSN_FORMATTED: f64 = 0.5;
/// Nine bare digits passing the rules, near "SSN".
pub(super) const SSN_DIGITS_WITH_CONTEXT: f64 = 0.7;
/// Nine bare digits with no context: almost always some other number.
pub(super) const SSN_DIGITS: f64 = 0.05;
/// SSN-shaped but breaking the rules (area 000, 666 or 9xx...).
pub(super) const SSN_INVALID: f64 = 0.1;

// ---------- national identifiers, passports, addresses ----------

/// A national identifier passing its check near a word naming it
/// ("Steuer-ID", "NIR", "DNI", "codice fiscale", "BSN", "National
/// Insurance").
pub(super) const NATIONAL_ID_WITH_CONTEXT: f64 = 0.95;
/// Failing its check near such a word: a mistyped identifier claims its
/// digits (no phone number is read in them) but is not reported.
pub(super) const NATIONAL_ID_INVALID_WITH_CONTEXT: f64 = 0.3;
/// Most a valid identifier after an order, invoice or tracking word can
/// score without its own context word: under the threshold.
pub(super) const NATIONAL_ID_AFTER_NEGATIVE_WORD: f64 = 0.3;
/// 11 digits passing MOD 11,10 and the repetition rule, no context word:
/// about one 11-digit number in twenty-five does, so not reported.
pub(super) const DE_TAX_ID: f64 = 0.35;
/// A NIR spaced as on the carte Vitale, key valid: the shape and the
/// mod-97 key together are strong.
pub(super) const FR_NIR_SPACED: f64 = 0.85;
/// 15 bare digits with a valid NIR structure and key: one random number
/// in 97 passes the key, the sex, month and département rules narrow it.
pub(super) const FR_NIR: f64 = 0.6;
/// 8 digits and the right letter of 23: few other codes end that way.
pub(super) const ES_DNI: f64 = 0.7;
/// X/Y/Z, 7 digits and the right letter.
pub(super) const ES_NIE: f64 = 0.8;
/// 16 characters in the codice fiscale pattern with the right check letter.
pub(super) const IT_FISCAL_CODE: f64 = 0.9;
/// 9 digits passing the 11-proof, no context word: one number in eleven
/// does, and 9-digit numbers are everywhere; not reported.
pub(super) const NL_BSN: f64 = 0.2;
/// "AB 12 34 56 C": the spaced NINO shape with valid prefix and suffix.
pub(super) const UK_NINO_SPACED: f64 = 0.7;
/// "AB123456C": the same unspaced; part numbers look alike.
pub(super) const UK_NINO: f64 = 0.6;
/// A passport number of a covered country's shape next to a passport word.
pub(super) const PASSPORT_KNOWN_SHAPE: f64 = 0.85;
/// Any other 6 to 9 letters and digits next to a passport word.
pub(super) const PASSPORT: f64 = 0.6;
/// Street, house number, postcode and city in one of the covered shapes.
pub(super) const ADDRESS: f64 = 0.85;

// ---------- phones ----------

/// A number the `phonenumber` metadata calls valid.
pub(super) const PHONE_VALID: f64 = 0.75;
/// A number of a possible length for its country but not valid.
pub(super) const PHONE_POSSIBLE: f64 = 0.55;
/// A number split by a line break or a run of spaces that is valid only
/// once joined (neither part is valid alone): under an unbroken valid one.
pub(super) const PHONE_OCR: f64 = 0.65;
/// The same after a country code ("+49(0)36", line break, "54506205"):
/// as much as a valid number, so where the part after the break reads as
/// a national number too, the longer, joined reading wins the tie.
pub(super) const PHONE_OCR_INTERNATIONAL: f64 = 0.75;
/// Phone-shaped but rejected by the numbering plan.
pub(super) const PHONE_INVALID: f64 = 0.25;
/// Taken off a run of bare digits with no "+", no separators, no context
/// and no field delimiters around it: most such runs are ids.
pub(super) const PHONE_BARE_DIGITS_PENALTY: f64 = 0.2;
/// Most a number after an order, tracking or version word can score: under
/// the threshold.
pub(super) const PHONE_AFTER_NEGATIVE_WORD: f64 = 0.3;

// ---------- dates and money ----------

/// A date that passes the calendar check.
pub(super) const DATE: f64 = 0.6;
/// Date-shaped but not a calendar date ("31/31/2023").
pub(super) const DATE_INVALID: f64 = 0.1;
/// An amount with a currency symbol or code.
pub(super) const MONEY: f64 = 0.7;
