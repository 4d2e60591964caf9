//! The scores the name, organisation and place rules give, each with why.
//!
//! Two things outside this file give the numbers their meaning: a
//! candidate under [`crate::DEFAULT_MIN_SCORE`] (0.4) is not reported, and
//! when candidates overlap the higher score wins (then the longer span). So
//! a score says both how sure a rule is and which rule wins a contested
//! span. Change one with `bench/pii.sh` at hand; the accuracy test
//! (`tests/accuracy.rs`) fails when a change costs precision or recall.

// ---------- organisations ----------

/// A legal form after capitalised words ("Acme Inc", "Textor GmbH & Co.
/// KG"): hardly anything else looks like that, so it beats the person
/// readings of the same words.
pub(super) const ORG_SUFFIX: f64 = 0.88;
/// A suffix that also ends product, department and place names ("Data
/// Systems", "River Bank", "Customer Services"): below the person
/// readings of a title or a full name, so they win a shared span.
pub(super) const ORG_WEAK_SUFFIX: f64 = 0.75;
/// "Pham, Garza and Garcia": surnames listed law-firm style.
pub(super) const ORG_PARTNER_LIST: f64 = 0.8;
/// "University of X", "Sparkasse Y": the institution word leads the name.
pub(super) const ORG_PREFIX: f64 = 0.8;
/// The same joined to its name by "of" ("Bank of Ireland", "University of
/// Leeds"): above a known country or city inside it.
pub(super) const ORG_PREFIX_OF: f64 = 0.92;
/// "will join X", "bei der X", "Invoice 123 from X": context alone, so below
/// the shape-based organisation rules.
pub(super) const ORG_BY_CONTEXT: f64 = 0.65;
/// "Miller-Davis" (two known surnames) with no given name or person
/// context before it: a firm named after its partners, or a
/// double-barrelled surname; a weak call.
pub(super) const ORG_HYPHENATED_SURNAMES: f64 = 0.6;

/// What a company's name must score where it is found (a legal form, a
/// label, a list, context) for its other mentions in the same text to be
/// taken as the company too.
pub(super) const ORG_AGAIN_SOURCE: f64 = 0.65;
/// A company's name again, without the legal form or context that named it
/// the first time ("Spyker BV ... Spyker"): above a city or an unknown
/// person's weak readings, below a full name or a title.
pub(super) const ORG_AGAIN: f64 = 0.62;

/// A contract's defined term for a party named before it ("Kestrel Marine
/// Services Ltd (hereinafter \"Kestrel\")"): the party's own words.
pub(super) const ORG_DEFINED_TERM: f64 = 0.8;

/// A name of the known-company list (`data/companies.txt`) of two or more
/// tokens: listed companies, matched case-sensitively.
pub(super) const ORG_KNOWN: f64 = 0.82;
/// A one-word name of the known-company list that is no given name,
/// surname, place or common word ("AkzoNobel", "Adyen").
pub(super) const ORG_KNOWN_ONE_WORD: f64 = 0.72;
/// "Groen & Lieshout": names joined by "&", the way partnerships are
/// named; above a full-name reading of the left part.
pub(super) const ORG_AMPERSAND: f64 = 0.86;
/// A capitalised name of CamelCase or hyphenated shape ("VolkerWessels",
/// "T-Systems") in an employer, supplier or bracket slot, or alone.
pub(super) const ORG_SHAPE: f64 = 0.6;
/// Capitalised words ending in a business word ("Integra Design",
/// "Nordwind Logistik"): the shape of a company named without its legal
/// form; below a full-name reading's title and suffix rules.
pub(super) const ORG_BUSINESS_WORD: f64 = 0.7;
/// The place of a letter's date line ("Firdgum, 22 mei 2024", "Paris, le
/// 3 mai"): the run alone at the start of a line, then a comma and a date.
pub(super) const DATELINE_PLACE: f64 = 0.8;

// ---------- labels and titles ----------

/// Capitalised words after a label ("Company:", "Kunde:", "City:"): the
/// form says what the field is.
pub(super) const LABELLED: f64 = 0.8;
/// One unknown word after a person label ("Customer: Acme"): the value
/// could as well be a company or a user name.
pub(super) const LABELLED_LONE_UNKNOWN_PERSON: f64 = 0.6;
/// "Dr." or "Herr" before capitalised words is near-certain.
pub(super) const TITLE_THEN_NAME: f64 = 0.85;

// ---------- people ----------

/// A known given name alone after a greeting ("Hi Anna") or alone on the
/// line after a sign-off.
pub(super) const GIVEN_NAME_AFTER_GREETING_OR_SIGNOFF: f64 = 0.75;
/// A known given name then a known surname ("Anna Schmidt").
pub(super) const GIVEN_NAME_THEN_SURNAME: f64 = 0.85;
/// A known given name then unknown capitalised words ("Anna Roht").
pub(super) const GIVEN_NAME_THEN_WORDS: f64 = 0.7;
/// Taken off a given-name run of more than four words: such a run is
/// mostly a heading or a list, and the person span keeps only four words.
pub(super) const LONG_RUN_PENALTY: f64 = 0.2;
/// A lone known given name after a person-context word ("according to
/// Anna", "mit Jonas").
pub(super) const LONE_GIVEN_NAME_IN_CONTEXT: f64 = 0.65;
/// A lone known given name mid-sentence.
pub(super) const LONE_GIVEN_NAME: f64 = 0.55;
/// A lone known given name starting a sentence, where many are ordinary
/// words or places ("Jordan", "Florence"): just above the default
/// threshold, so it is reported but loses nearly every overlap.
pub(super) const LONE_GIVEN_NAME_AT_SENTENCE_START: f64 = 0.42;
/// Unknown capitalised words followed on their line by an e-mail address
/// containing one of them ("Anna Roht, anna.roht@example.org").
pub(super) const NAME_IN_EMAIL_ADDRESS: f64 = 0.7;
/// Unknown capitalised words after a person-context word ("assigned to
/// Kim Lee").
pub(super) const PERSON_BY_CONTEXT: f64 = 0.6;
/// Unknown capitalised words alone on the line after a sign-off.
pub(super) const SIGNATURE_LINE: f64 = 0.6;
/// Unknown words alone on the line above a street line.
pub(super) const ADDRESSEE: f64 = 0.6;
/// Who speaks on a chat line ("[09:12] Anna Roht: Buongiorno!").
pub(super) const CHAT_SPEAKER: f64 = 0.7;
/// Two capitalised words mid-sentence, the second a known surname.
pub(super) const WORD_THEN_SURNAME: f64 = 0.5;
/// An unknown word after a greeting ("Hi Zyx"): greetings are mostly
/// followed by names, but "Hi Team" and "Dear Customer" exist.
pub(super) const UNKNOWN_WORD_AFTER_GREETING: f64 = 0.5;
/// "…; Zyx will chase them": an unknown word opening a clause.
pub(super) const SUBJECT_AFTER_SEMICOLON: f64 = 0.5;
/// Two unknown capitalised words mid-sentence: under the default threshold,
/// so reported only to a caller that asks for weaker guesses.
pub(super) const TWO_CAPITALISED_WORDS: f64 = 0.35;

/// Longest person span: a title or given name starts at most four name
/// words ("Maria del Carmen Ruiz"); more is a heading or a list.
pub(super) const MAX_NAME_WORDS: usize = 4;

// ---------- places ----------

/// A country in the gazetteer, alone.
pub(super) const COUNTRY: f64 = 0.75;
/// A region (state, Land, province) in the gazetteer.
pub(super) const REGION: f64 = 0.7;
/// A city in the gazetteer: about 64,000 names, many of them also words or
/// people's names.
pub(super) const CITY: f64 = 0.6;
/// Added to a gazetteer place after a location preposition ("in",
/// "nach", "from"), or when it is a country or region and not also a
/// common word.
pub(super) const GAZETTEER_PREP_BONUS: f64 = 0.15;
/// A lone gazetteer place that is also a given name or a surname ("Paris",
/// "Florence"): reported, but below every person reading of the same word
/// so that a person rule firing later wins.
pub(super) const PLACE_ALSO_A_NAME: f64 = 0.45;
/// A multi-word country or region ("Trinidad and Tobago", "Isle of Man").
pub(super) const PLACE_PHRASE_COUNTRY_OR_REGION: f64 = 0.8;
/// A multi-word city ("Frankfurt am Main").
pub(super) const PLACE_PHRASE_CITY: f64 = 0.65;
/// Added to a multi-word place after a location preposition.
pub(super) const PLACE_PHRASE_PREP_BONUS: f64 = 0.1;
/// A place by address structure (postal code before it, "City, ST 12345",
/// a UK postcode after it): the layout is unambiguous.
pub(super) const ADDRESS_PLACE: f64 = 0.85;
/// A toponym shape ("Lake Jeffery", "Williamsmouth") after a location
/// preposition.
pub(super) const TOPONYM_AFTER_PREP: f64 = 0.65;
/// A toponym shape with nothing else for it: reported, but most other
/// readings win.
pub(super) const TOPONYM: f64 = 0.45;
/// An unknown capitalised word after "in", "nach", "near"... (not a
/// surname: "in Smith's view").
pub(super) const UNKNOWN_AFTER_STRONG_PREP: f64 = 0.5;
/// Unknown words after a name and a comma, ending the line.
pub(super) const PLACE_AFTER_COMMA: f64 = 0.5;
/// A country or region inside a longer unknown run ("Rechnung
/// Deutschland"), when the run itself is nothing.
pub(super) const PLACE_INSIDE_RUN: f64 = 0.6;

/// A person written surname first in a list ("Abad Lacasa, Pilar"): above
/// a name carried as a company's (`ORG_AGAIN`) and a given name alone.
pub(super) const SURNAME_FIRST: f64 = 0.8;
