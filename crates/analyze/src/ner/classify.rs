//! Deciding what one capitalised run is (PERSON, ORGANIZATION, LOCATION or
//! nothing) from its words and their context.
//!
//! [`classify`] gathers what is known about the run into a [`Run`], then
//! tries [`RULES`] in order, strongest evidence first: the first rule that
//! claims the run decides it. The order is part of the behaviour (a title
//! beats a gazetteer place, a place in an address beats a given name), so
//! a new rule goes where its evidence ranks.

use super::addresses::{
    MONTHS, address_place, dutch_postcode_before, is_street, street_line_at, street_prefix_before,
    unit_line_before,
};
use super::clues::{
    PROFESSIONS, SENDER_PREPS, attention_before, company_line_above_unit, cv_list_label,
    email_matches, job_before, job_line_below, job_title_company, job_word, label_before,
    label_word, line_start, listed_job, on_behalf_line, org_context, party_label_before,
    person_after, person_context, profession_after, reporter_around, represented_after, role_after,
    signature_company, signature_line, signoff_line_before, takeover_after, takeover_object,
    title_before, title_right_before,
};
use super::organizations::{is_known_company, is_org_suffix_word, legal_form_at};
use super::places::{PLACE_ARTICLES, place_article_before, prep_before, run_place_phrase, toponym};
use super::runs::RunCtx;
use super::said;
use super::scores::*;
use super::tokenize::{Ctx, Kind};
use super::words::{
    BUSINESS_WORDS, DEPARTMENTS, GERMAN_DETERMINERS, ORG_PREFIXES, PARTICLES, STREET_PREFIXES,
    STRONG_PREPS, TITLES, TOPO_PREFIXES, VENUE_WORDS, WORKER_LABELS, is_common, is_first_name,
    is_german_compound_noun, is_german_noun, is_german_plain_noun, is_inner_particle, is_place,
    is_place_strict, is_surname,
};
use super::{push, span};
use crate::gazetteer::GAZ;
use crate::{Candidate, EntityType};

/// What is known about a run before any rule fires.
struct Run<'c> {
    c: &'c Ctx<'c>,
    /// Token indices of the run's words.
    words: &'c [usize],
    /// Token index after the run.
    end: usize,
    /// Byte span of the whole run.
    start_byte: usize,
    end_byte: usize,
    /// Lower-case key of the first word, and of all words joined by spaces.
    first_key: &'c str,
    run_key: String,
    multi: bool,
    sentence_start: bool,
    title: bool,
    label: Option<EntityType>,
    starts_with_given_name: bool,
    /// Two or more words and the last a known surname.
    ends_with_surname: bool,
    greeting: bool,
    trimmed_noun: bool,
    /// Gazetteer score of the whole run as a place.
    place: Option<f64>,
    /// A given name then a surname, or a given name that is not a common
    /// word then more words: the run reads as a person's full name.
    full_name: bool,
}

impl<'c> Run<'c> {
    fn new(c: &'c Ctx<'c>, words: &'c [usize], end: usize, rc: RunCtx) -> Self {
        let first = words[0];
        let last = *words.last().unwrap_or(&first);
        let (start_byte, end_byte) = span(c, words);
        let first_key = c.key(first);
        let multi = words.len() >= 2;
        let run_key = c.run_key(words);
        // "Royal Garret", "Grupo Feijoo": an institution word that is also
        // a given name starts a company, not a person
        let starts_with_given_name = is_first_name(first_key) && !ORG_PREFIXES.holds(c.t(first));
        // (the longer surname list only after a word that may be a given
        // name, and not in a village's name: "unseren Partner Kunath",
        // "Fonderia Pagliai", "Piazza Bernini", "Villa Bertelli", "in Oud
        // Zuilen")
        let ends_with_surname = multi
            && (is_surname(c.key(last))
                || GAZ.surnames_common.contains(c.key(last))
                    && !GAZ.villages.contains(run_key.as_str())
                    && (starts_with_given_name
                        || !is_common(first_key)
                            && !ORG_PREFIXES.holds(c.t(first))
                            && !VENUE_WORDS.contains(first_key)
                            && !c.lower_in(first, &STREET_PREFIXES)
                            && !TOPO_PREFIXES.contains(&first_key)
                            && !c.lower_in(first, &TITLES)
                            && !NOT_GIVEN_HEADS.contains(&first_key)
                            && !is_german_noun(first_key)));
        let place = is_place(&run_key);
        Run {
            c,
            words,
            end,
            start_byte,
            end_byte,
            first_key,
            multi,
            sentence_start: c.sentence_start(first),
            title: title_before(c, first),
            label: label_before(c, first),
            starts_with_given_name,
            ends_with_surname,
            greeting: rc.greeting,
            trimmed_noun: rc.trimmed_noun,
            place,
            full_name: multi
                && starts_with_given_name
                && (ends_with_surname || !is_common(first_key)),
            run_key,
        }
    }

    fn first(&self) -> usize {
        self.words[0]
    }

    /// One word, a known given name, and not also a common word.
    fn lone_given_name(&self) -> bool {
        !self.multi && self.starts_with_given_name && !is_common(self.first_key)
    }

    /// Two or three words, none a common word or a country or region: what
    /// an unknown person's name looks like.
    fn short_and_plain(&self) -> bool {
        // (particles inside not counted: "Senna van den Burg")
        let inner = self
            .words
            .get(1..self.words.len().saturating_sub(1))
            .unwrap_or_default();
        let particles = inner
            .iter()
            .filter(|&&w| is_inner_particle(self.c.key(w)))
            .count();
        self.multi && self.words.len() - particles <= 3 && self.plain()
    }

    /// [`Self::plain`] but for a capitalised article that starts a
    /// place's name ("De Koog", "Le Havre").
    fn plain_place(&self) -> bool {
        let body = match self.words {
            [a, rest @ ..] if !rest.is_empty() && PLACE_ARTICLES.contains(&self.c.t(*a)) => rest,
            all => all,
        };
        body.iter().all(|&w| {
            let k = self.c.key(w);
            !is_common(k) && !is_place_strict(k)
        })
    }

    /// "Das Unternehmen beschäftigt…", "Das Segment Medizintechnik": a
    /// German article opening the sentence, then German nouns only.
    fn german_article_then_nouns(&self) -> bool {
        self.words.len() >= 2
            && self.sentence_start
            && matches!(
                self.c.t(self.first()),
                "Das" | "Die" | "Der" | "Dem" | "Den"
            )
            && self.words[1..].iter().all(|&w| {
                let k = self.c.key(w);
                is_german_noun(k) || is_german_compound_noun(k, 5)
            })
    }

    /// German nouns after a German article or possessive, capitalised
    /// possessives between them allowed ("der Heizungsanlage", "bei der
    /// Begehung Ihrer Wohnanlage", "unsere Office-Managerin"): a thing, an
    /// act or a role, not a company.
    fn german_nouns_after_determiner(&self) -> bool {
        if !german_determiner_before(self.c, self.first()) {
            return false;
        }
        let mut nouns = 0;
        self.words.iter().all(|&w| {
            let (k, t) = (self.c.key(w), self.c.t(w));
            // (a hyphenated word's every part; one word is itself)
            if (!k.contains('-') || k.split('-').all(|part| is_german_compound_noun(part, 6)))
                && is_german_plain_noun(k, t, 6)
            {
                nouns += 1;
                true
            } else {
                matches!(k, "ihr" | "ihre" | "ihrer" | "ihres" | "ihrem" | "ihren")
            }
        }) && nouns > 0
    }

    /// Every word is a German noun of five letters or more (a compound's
    /// listed tail of seven or more: towns end in nouns, "Lauterecken") and
    /// no known name or place ("nach Einschätzung", "in Betrieb", "Ort:
    /// Besprechungsraum"): no place, though a preposition or a label would
    /// make an unknown word one.
    fn german_nouns(&self) -> bool {
        self.place.is_none()
            && german_before(self.c, self.first())
            && self.words.iter().all(|&w| {
                let k = self.c.key(w);
                k.chars().nth(4).is_some()
                    && k.split('-').all(|part| is_german_compound_noun(part, 7))
                    && !is_surname(k)
                    && !is_first_name(k)
            })
    }

    /// No word is a common word or a country or region.
    fn plain(&self) -> bool {
        let last = self.words.len() - 1;
        self.words.iter().enumerate().all(|(i, &w)| {
            let k = self.c.key(w);
            // a particle inside the name ("Kyara De Pierro", "Aemilio Lo
            // Pilato"), though "de" and "la" are common words; not before
            // a town ("Flug mit Wella von Arnsberg", "Vol avec X de Dreux")
            // nor as a journey's start ("Flug mit X von Dargun nach Y")
            // (two particles, "van den Burg", make a name whatever follows)
            let double = |j: usize| {
                j > 0
                    && j < last
                    && !self.c.toks[self.words[j]].cap
                    && is_inner_particle(self.c.key(self.words[j]))
            };
            // ("Hôtel De La Paix", "Castillo De Bellver", "Domaine du Cros")
            let particle = i > 0
                && i < last
                && is_inner_particle(k)
                && !self.venue_head()
                && (double(i - 1)
                    || double(i + 1)
                    || is_place(self.c.key(self.words[i + 1])).is_none())
                && (self.c.toks[w].cap || !self.c.lower_in(self.end, JOURNEY_ENDS));
            particle || !is_common(k) && !is_place_strict(k)
        })
    }

    /// The run opens with a word of a building's, venue's, office's,
    /// association's or company's name ("Piazza Duomo", "Ufficio
    /// Acquisti", "Fonderia Pagliai", "Hotel Adlon"; not "Costa", which
    /// opens coasts and surnames).
    fn venue_head(&self) -> bool {
        let (k, t) = (self.first_key, self.c.t(self.first()));
        VENUE_WORDS.contains(k)
            || ORG_PREFIXES.holds(t)
            || BUSINESS_WORDS.contains(k)
            || DEPARTMENTS.contains(k)
    }

    /// Two or three words, the last a business word ("Integra Design",
    /// "Nordwind Logistik"), the first none.
    fn ends_with_business_word(&self) -> bool {
        let last = self.c.key(*self.words.last().unwrap_or(&self.words[0]));
        self.multi
            && self.words.len() <= 3
            && BUSINESS_WORDS.contains(last)
            && !BUSINESS_WORDS.contains(self.first_key)
    }

    /// A word of the run is a business word or starts companies' names
    /// ("Journal Communications", "Birra Menabrea", "Banco Ambrosiano").
    fn has_business_word(&self) -> bool {
        self.words.iter().any(|&w| self.business_word(w))
    }

    /// Word `w` is a business word or starts companies' names.
    fn business_word(&self, w: usize) -> bool {
        BUSINESS_WORDS.contains(self.c.key(w)) || ORG_PREFIXES.holds(self.c.t(w))
    }

    fn on_signature_line(&self) -> bool {
        signature_line(self.c, self.first(), self.end)
    }

    fn after_location_preposition(&self) -> bool {
        prep_before(self.c, self.first())
    }

    /// A candidate over the whole run.
    fn push(&self, out: &mut Vec<Candidate>, ty: EntityType, score: f64, rec: &'static str) {
        push(out, ty, self.start_byte, self.end_byte, score, rec);
    }

    /// A PERSON over at most [`MAX_NAME_WORDS`] words of the run.
    fn push_name(&self, out: &mut Vec<Candidate>, score: f64, rec: &'static str) {
        let take = self.words.len().min(MAX_NAME_WORDS);
        let (s, e) = span(self.c, &self.words[..take]);
        push(out, EntityType::Person, s, e, score, rec);
    }
}

/// A rule adds at most one candidate for the run and says whether it
/// decided the run (no later rule is tried).
type Rule = fn(&Run<'_>, &mut Vec<Candidate>) -> bool;

/// Strongest evidence first.
const RULES: &[Rule] = &[
    labelled,
    titled,
    chat_speaker,
    given_name_after_greeting_or_signoff,
    organization_by_context,
    coordinated_company,
    hyphenated_surnames_firm,
    place_in_address,
    place_after_dutch_postcode,
    dateline_place,
    organization_by_shape,
    organization_by_business_word,
    name_before_town_line,
    company_above_unit_line,
    gazetteer_place,
    given_name_then_words,
    lone_given_name,
    name_in_email_address,
    name_before_bracketed_email,
    toponym_place,
    person_by_context,
    word_then_surname,
    unknown_word_after_greeting,
    subject_after_semicolon,
    signature_line_name,
    name_above_job_line,
    addressee_above_street,
    unknown_after_strong_preposition,
    place_after_comma_at_line_end,
];

/// Adds the candidates for the run `words` (token indices, `end` the token
/// after it).
pub(super) fn classify(
    c: &Ctx<'_>,
    words: &[usize],
    end: usize,
    rc: RunCtx,
    out: &mut Vec<Candidate>,
) {
    let run = Run::new(c, words, end, rc);
    // Street lines are neither people nor places ("Maria Ways", "Flat 6").
    // "Il 14/01/2008 Maura Mazzocchi": the year of a date is no house number
    let f = run.first();
    let date_before = f >= 2
        && c.toks[f - 1].kind == Kind::Num
        && !c.toks[f - 1].sp
        && matches!(c.t(f - 2), "/" | "." | "-");
    // "Tess Kamp": a full name whose surname is also a street word, with
    // no house number on either side
    let number_next =
        |i: usize| c.toks.get(i).is_some_and(|t| t.kind == Kind::Num) && c.same_line(i);
    let bare_name = run.full_name
        && !number_next(end)
        && !(f > 0
            && (number_next(f - 1)
                || c.lower_in(f - 1, &STREET_PREFIXES)
                // "12 Via degli Alfonso Gatto": over a street's connectors
                // only with a house number before its street word ("Anne
                // votera à la place de Jean Dupont" has none)
                || street_prefix_before(c, f).is_some_and(|w| {
                    w > 0 && c.toks[w - 1].kind == Kind::Num && c.same_line(w)
                })));
    let street = !date_before && !bare_name && is_street(c, words, end);
    if street || (unit_line_before(c, f) && !run.title) {
        return;
    }
    if RULES.iter().any(|rule| rule(&run, out)) {
        return;
    }
    weak_guesses(&run, out);
}

/// Words only German uses among the covered languages, common in any
/// sentence ("und", "mit", "nach", "wird").
const GERMAN_MARKERS: &[&str] = &[
    "das", "dem", "und", "ist", "wird", "wurde", "nicht", "mit", "für", "auf", "sich", "wir",
    "ich", "ein", "eine", "einer", "einem", "nach", "zum", "zur", "vom", "beim", "bitte", "hat",
    "sind", "haben", "auch", "ort", "bei", "uns", "unser", "unsere", "ihre", "zu", "durch",
    "statt", "sowie", "gemäß", "sie", "ihnen", "oder", "wenn", "dass", "wurden", "können",
    "müssen", "soll", "zwischen", "betreff", "aus",
];

/// A German word among the twelve tokens before `i` on its line: the
/// sentence is German (a German noun list says nothing of a Dutch or an
/// Italian town: "naar Marken", "a Unterplanken"; "der" and "noch" are
/// Dutch too: "Van der Meer").
pub(super) fn german_before(c: &Ctx<'_>, i: usize) -> bool {
    (i.saturating_sub(12)..i)
        .rev()
        .take_while(|&j| c.same_line(j + 1))
        .any(|j| c.is_word(j) && c.lower_in(j, GERMAN_MARKERS))
}

/// Determiners that other languages write too: French "des", Italian
/// "alle", English "am", "die".
const SHARED_DETERMINERS: &[&str] = &["des", "alle", "allen", "aller", "am", "die", "den", "im"];

/// A German article, possessive or determiner right before token `i`
/// ([`GERMAN_DETERMINERS`]): one other languages share only in a German
/// sentence, and "der" not after "van", "von" or "ter" (a name's particles:
/// "Van der Meer").
pub(super) fn german_determiner_before(c: &Ctx<'_>, i: usize) -> bool {
    if i == 0 || !c.lower_in(i - 1, GERMAN_DETERMINERS) {
        return false;
    }
    if c.lower_in(i - 1, SHARED_DETERMINERS) {
        // ("Die Lehrerin Sabine Wolf": at a sentence's start "Die", "Den"
        // and "Im" before a capitalised word are German)
        return german_before(c, i - 1)
            || c.sentence_start(i - 1) && matches!(c.t(i - 1), "Die" | "Den" | "Im");
    }
    !(c.lower_in(i - 1, &["der"]) && i > 1 && c.lower_in(i - 2, &["van", "von", "ter"]))
}

/// "Company: X", "Name: X", "City: X": the label says what the field is.
fn labelled(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let Some(ty) = r.label else {
        return false;
    };
    // "Lavoratore: Autonomo", "Employé : Cadre", "Medewerker: Extern": a
    // worker's label is also a form's field of status; its value is the
    // person only if it reads as a name
    if ty == EntityType::Person
        && r.first() >= 2
        && r.c.is_punct(r.first() - 1, ":")
        && label_word(r.c, r.first() - 1).is_some_and(|w| r.c.lower_in(w, &WORKER_LABELS))
        && !(r.starts_with_given_name
            || r.multi
                && r.plain()
                && !r.has_business_word()
                && !r.words.iter().any(|&w| {
                    let k = r.c.key(w);
                    is_common(k) || DEPARTMENTS.contains(k) || is_german_noun(k)
                }))
    {
        return false;
    }
    if ty == EntityType::Location && r.german_nouns() {
        return false;
    }
    // "FAO Acme Ltd", "T.a.v. Bouwbedrijf Hoekstra B.V.": a company
    if ty == EntityType::Person
        && attention_before(r.c, r.first())
        && (r.has_business_word() || legal_form_at(r.c, r.end))
    {
        return false;
    }
    // "Name: Anna Roht, Berlin": after a comma of a person list, a place
    // is a place
    let list_item = r.c.is_punct(r.first() - 1, ",");
    if list_item && (r.place.is_some() || toponym(r.c, r.words)) {
        return false;
    }
    // "Hotel: Paris, 2 nights", "Agence : Lyon": one known place after a
    // hotel's or an agency's label is the place ("Company: Gonzalez" stays
    // a company though a town has the name)
    let f = r.first();
    if !r.multi
        && r.place.is_some()
        && f >= 2
        && r.c
            .lower_in(f - 2, &["hotel", "agency", "agence", "agencia", "agenzia"])
    {
        return false;
    }
    // "Fornitore: Maura Antonelli", "Supplier: Anna Roht", "Fornitore:
    // Ysabelle Brescia": a sole trader is a person (two or three words
    // that read as a name; one word is the company's)
    // ("Proveedor: Talleres Ródenas S.L.": a legal form after the words)
    let company = r.ends_with_business_word() || legal_form_at(r.c, r.end);
    let trader = ty == EntityType::Organization
        && f >= 2
        && r.c.lower_in(f - 2, TRADER_LABELS)
        && (r.full_name || r.ends_with_surname || r.short_and_plain())
        && !PARTICLES.contains(&r.first_key)
        && !ORG_PREFIXES.holds(r.c.t(f))
        && !company;
    // "Plaintiff: Anna Roht" but "Plaintiff: Wella": a party is a person
    // when its words read as one
    // ("Kläger: Müller, Hans": a surname, a comma and a given name)
    let surname_then_given = !r.multi
        && is_surname(r.first_key)
        && r.c.is_punct(r.end, ",")
        && r.c.same_line(r.end + 1)
        && r.c.is_cap(r.end + 1)
        && is_first_name(r.c.key(r.end + 1));
    // "Syndic : Cabinet Durand", "Amministratore: Studio Rossi": a firm
    let business_first = r.business_word(f);
    let party_person = party_label_before(r.c, f)
        && !business_first
        && (r.full_name
            || r.ends_with_surname
            || r.lone_given_name()
            || r.short_and_plain() && !r.has_business_word()
            || surname_then_given)
        && !company;
    let ty = if trader || party_person {
        EntityType::Person
    } else {
        ty
    };
    let score = if ty == EntityType::Person && !r.multi && !r.starts_with_given_name {
        LABELLED_LONE_UNKNOWN_PERSON
    } else {
        LABELLED
    };
    r.push(out, ty, score, "label");
    true
}

/// Organisation labels whose value may be a person trading alone.
const TRADER_LABELS: &[&str] = &[
    "vendor",
    "supplier",
    "merchant",
    "seller",
    "payee",
    "lieferant",
    "händler",
    "verkäufer",
    "fournisseur",
    "proveedor",
    "fornitore",
    "leverancier",
];

/// "Dr. Anna Schmidt", "Herr Müller".
fn titled(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    if !r.title {
        return false;
    }
    r.push_name(out, TITLE_THEN_NAME, "title");
    true
}

/// Heads of places and ranks before a surname that the other lists lack
/// ("Stadio Zini", "Fontana Bernini", "Capitano Zanella"): no given name.
const NOT_GIVEN_HEADS: &[&str] = &[
    "stadio",
    "fontana",
    "estadio",
    "fundació",
    "passeig",
    "lycée",
    "capitano",
    "colonnello",
    "maresciallo",
    "cavaliere",
    "generale",
    "tenente",
];

/// "Hi Anna", or "Anna" alone on the line after "Best regards,".
fn given_name_after_greeting_or_signoff(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    // (after a greeting also a given name that is a word: "Beste Anders",
    // "Hoi Wil")
    let greeted = r.greeting && !r.multi && r.starts_with_given_name;
    if !(r.lone_given_name() && (r.greeting || r.on_signature_line()) || greeted) {
        return false;
    }
    r.push(
        out,
        EntityType::Person,
        GIVEN_NAME_AFTER_GREETING_OR_SIGNOFF,
        "given_name",
    );
    true
}

/// "will join X", "bei der X", "Invoice 123 from X", when X is neither a
/// full name nor a known place.
fn organization_by_context(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let context = org_context(r.c, r.first())
        || represented_after(r.c, r.end)
        || signature_company(r.c, r.first(), r.end)
        || takeover_after(r.c, r.end) && !r.starts_with_given_name
        || takeover_object(r.c, r.first(), r.end) && !r.starts_with_given_name
        || job_title_company(r.c, r.first(), r.end)
            && !r.starts_with_given_name
            && !r.ends_with_surname
            && r.plain()
            && !r
                .words
                .iter()
                .any(|&w| job_word(r.c, w) || DEPARTMENTS.contains(r.c.key(w)))
        || said::after_name(r.c, r.first(), r.end)
            && !r.starts_with_given_name
            && !r.ends_with_surname;
    // "will join Silvana Media": a given name then a business word is no
    // person's name
    // ("Il a travaillé pour Paul", "my flight with John": one works for
    // and flies with a person too)
    let name = r.full_name && !r.ends_with_business_word()
        || r.lone_given_name() && r.first() > 0 && r.c.lower_in(r.first() - 1, PERSON_TOO_PREPS);
    // "travaille chez Colas", "carreleur, Colas", "Estimator at Gillette",
    // "Cocinero en Antequera": after "chez", "presso", after "bei", "bij"
    // with a job title or an employment word before it, after
    // "at" with a job title or an employment word a few words before it,
    // after "en" right after a job title, or on a signature's job line, a
    // town of the gazetteer that is neither a country, a region nor a big
    // city is the family name of a company
    let p = r.first().wrapping_sub(1);
    let small_town = r.place.is_some()
        && !is_place_strict(&r.run_key)
        && !GAZ.major_cities.contains(r.run_key.as_str())
        && (r.first() > 0 && r.c.lower_in(p, &["chez", "presso"])
            // "bei"/"bij" are "near" as well ("Gersthofen bei Augsburg",
            // "vlak bij Amersfoort"): a job or an employment word first
            || r.first() > 0 && r.c.lower_in(p, &["bei", "bij"]) && job_before(r.c, p)
            || r.first() > 0
                && r.c.same_line(r.first())
                && (r.c.lower_in(p, &["at"]) && job_before(r.c, p)
                    || r.c.lower_in(p, &["en"]) && title_right_before(r.c, p))
            || signature_company(r.c, r.first(), r.end));
    // "partnership with Auverland": after "with", "chez", "bei" a name
    // shaped like a place ("-land") is still the company; after "in", "a",
    // "de" it is the place
    // ("bought a washing machine from Netcordia": likewise after "from"
    // with a purchase or a job before it)
    let company_prep = || {
        r.first() > 0
            && (r.c.lower_in(p, COMPANY_PREPS)
                || r.c.lower_in(p, SENDER_PREPS) && job_before(r.c, p))
    };
    // ("Kommanditist", "(Fuhrparkleitung)", "bei der Ausgabe": one German
    // noun is a role, a unit or a thing, not a company found by context)
    // (long or with a noun's ending: short nouns are surnames that name
    // companies too, "bei Förster", "der Mühle")
    let german_noun = r.words.len() == 1
        && is_german_noun(&r.run_key)
        && is_german_plain_noun(&r.run_key, r.c.t(r.first()), 5);
    if !(r.words.len() <= 3 && !name && (r.place.is_none() || small_town) && context)
        || german_noun
        || r.german_nouns_after_determiner()
        || r.german_article_then_nouns()
        || department_after_of(r)
        || toponym(r.c, r.words) && !company_prep()
    {
        return false;
    }
    // "partnership with Beasts of Beauty": an English "of" and capitalised
    // words that are no place after it belong to the name
    let (c, e) = (r.c, r.end);
    let mut end_byte = r.end_byte;
    if c.same_line(e) && c.lower_in(e, &["of"]) && c.is_cap(e + 1) && r.words.len() <= 2 {
        let mut k = e + 1;
        while k < e + 3 && c.is_cap(k) && c.same_line(k) {
            k += 1;
        }
        // (not "of New York", "of May 2021", "of Unit 7", "of Marta Ruiz")
        let name_like = (e + 1..k).all(|w| {
            let key = c.key(w);
            is_place(key).is_none()
                && !is_first_name(key)
                && !MONTHS.contains(&key)
                && !NOT_AFTER_OF.contains(&key)
        }) && run_place_phrase(c, e + 1, false).is_none()
            && !(c.same_line(k) && (c.is_cap(k) || c.toks[k].kind == Kind::Num));
        if name_like {
            end_byte = c.toks[k - 1].e;
        }
    }
    // "Volo con Neos da Bologna a Palermo", "Flug mit X von Dargun nach
    // Y": a particle before a place and a journey's end after the run
    // opens the journey; the company ends before it
    let journey_from = (1..r.words.len().saturating_sub(1)).find(|&i| {
        let w = r.words[i];
        !c.toks[w].cap
            && is_inner_particle(c.key(w))
            && c.same_line(e)
            && c.lower_in(e, JOURNEY_ENDS)
            && is_place(&c.run_key(&r.words[i + 1..])).is_some()
    });
    if let Some(i) = journey_from {
        let (s, company_end) = span(c, &r.words[..i]);
        push(
            out,
            EntityType::Organization,
            s,
            company_end,
            ORG_BY_CONTEXT,
            "org_context",
        );
        let (place_start, place_end) = span(c, &r.words[i + 1..]);
        push(
            out,
            EntityType::Location,
            place_start,
            place_end,
            PLACE_PHRASE_CITY,
            "journey",
        );
        return true;
    }
    push(
        out,
        EntityType::Organization,
        r.start_byte,
        end_byte,
        ORG_BY_CONTEXT,
        "org_context",
    );
    true
}

/// "for" and "with": what is said of a company after them is said of a
/// person too ("worked for Paul", "a flight with John").
const PERSON_TOO_PREPS: &[&str] = &[
    "for", "pour", "para", "per", "voor", "für", "with", "avec", "con", "met", "mit",
];

/// "Expériences précédentes : Sunopsis, Golaem.", "Esperienze precedenti:
/// Brionvega e Marazzi.": in a CV's list of former employers, a run right
/// after a comma or "and" that follows the first employer and closes the
/// clause is an employer too, unless it reads as a person's name, a job or
/// a place.
fn coordinated_company(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let (c, first, end) = (r.c, r.first(), r.end);
    if first < 2
        || !c.same_line(first)
        || !(c.is_punct(first - 1, ",") || c.lower_in(first - 1, COORDINATORS))
        || r.words.len() > 3
        || r.starts_with_given_name
        || r.full_name
        || r.place.is_some()
        || r.title
        || is_common(r.first_key)
        // ("Babcock and Wilcox", "Marks and Spencer": partners' surnames
        // name one firm)
        || is_surname(r.first_key)
    {
        return false;
    }
    // closing the clause: punctuation, or the line's or text's end
    let closed = end >= c.toks.len()
        || !c.same_line(end)
        || [".", ",", ";", "!", "?", ")"]
            .iter()
            .any(|q| c.is_punct(end, q));
    if !closed {
        return false;
    }
    let before = c.toks[first - 2].e;
    let Some(company) = out.iter().rev().take(4).find(|x| {
        x.ty == EntityType::Organization && x.end == before && x.recognizer == "org_context"
    }) else {
        return false;
    };
    // only in a CV's list of former employers ("Expériences précédentes :
    // X, Y"): elsewhere what follows "and" is as often a unit, a partner, a
    // product or a person ("Halvex Ltd and Procurement", "Halvex GmbH und
    // Partnern", "SAP und Excel", "IBM and Oluwaseun")
    let Ok(k) = c.toks.binary_search_by_key(&company.start, |t| t.s) else {
        return false;
    };
    if k == 0 || !cv_list_label(c, k - 1) {
        return false;
    }
    if r.words
        .iter()
        .any(|&w| listed_job(c, w) || job_word(c, w) || c.lower_in(w, PROFESSIONS))
    {
        return false;
    }
    r.push(out, EntityType::Organization, ORG_BY_CONTEXT, "org_context");
    true
}

/// "and" in the covered languages (not "en", "in" as well in French and
/// Spanish).
const COORDINATORS: &[&str] = &["and", "und", "et", "y", "e", "&"];

/// "Miller-Davis": two known names, at least one a surname and not both
/// only given names, with no given name or person context before it.
fn hyphenated_surnames_firm(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    if r.multi || !r.first_key.contains('-') || r.place.is_some() {
        return false;
    }
    let (c, first) = (r.c, r.first());
    let parts: Vec<&str> = r.first_key.split('-').collect();
    let prev_first =
        first > 0 && c.is_cap(first - 1) && c.same_line(first) && is_first_name(c.key(first - 1));
    let known = |p: &&str| GAZ.surnames.contains(p) || GAZ.first_names.contains(p);
    let firm = parts.len() == 2
        && parts.iter().all(known)
        && parts.iter().any(|p| GAZ.surnames.contains(p))
        && !parts
            .iter()
            .all(|p| GAZ.first_names.contains(p) && !GAZ.surnames.contains(p))
        && !prev_first
        && !person_context(c, first);
    if firm {
        r.push(
            out,
            EntityType::Organization,
            ORG_HYPHENATED_SURNAMES,
            "org_hyphen",
        );
    }
    firm
}

/// "Head of Operations", "Directeur des Ventes": a run of department words
/// after "of" is a unit of the employer, neither the employer nor, before
/// ", Texas Instruments", a town.
fn department_after_of(r: &Run<'_>) -> bool {
    let c = r.c;
    if !r.words.iter().all(|&w| DEPARTMENTS.contains(c.key(w))) {
        return false;
    }
    // back over the department's other words ("Human | Resources")
    let mut f = r.first();
    while f > 0 && c.same_line(f) && c.is_word(f - 1) && DEPARTMENTS.contains(c.key(f - 1)) {
        f -= 1;
    }
    f > 0
        && c.same_line(f)
        && c.lower_in(
            f - 1,
            &[
                "of", "de", "des", "du", "di", "del", "della", "van", "von", "der",
            ],
        )
}

/// "35139 Saarbrücken", "Springfield, IL", "London SW1A 1AA", unless the
/// run is a given name and a surname.
fn place_in_address(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    // ("Sardinia Ferries, Corsica Ferries": a business word makes no town
    // before its region)
    if !address_place(r.c, r.first(), r.end)
        || r.place.is_none() && department_after_of(r)
        || r.place.is_none() && r.multi && r.has_business_word()
        || name_comma_town_line(r)
    {
        return false;
    }
    let placeish = r.place.is_some()
        || toponym(r.c, r.words)
        || !r.starts_with_given_name
        || !r.ends_with_surname;
    if placeish {
        r.push(out, EntityType::Location, ADDRESS_PLACE, "address");
    }
    placeish
}

/// "Marcellino Pasquinelli, Savona⏎": two or three unknown words (no
/// venue's or business word, no toponym) opening a line, then a comma and
/// a known town ending it, the line after a sign-off, opening with a known
/// given name, or closing the text after a blank line (one given name
/// alone there too: "Carmela, Rovigo"): a name and where the writer is,
/// not a town in that province (a known town is a place: "Alassio,
/// Savona").
fn name_comma_town_line(r: &Run<'_>) -> bool {
    let (c, end) = (r.c, r.end);
    // (the line's shape first: this is asked of many runs)
    (r.first() == 0 || c.toks[r.first()].nl)
        && c.is_punct(end, ",")
        && c.is_word(end + 1)
        && c.same_line(end + 1)
        && !c.same_line(end + 2)
        && GAZ.cities.contains(c.key(end + 1))
        && (r.short_and_plain() || !r.multi && r.plain())
        && r.place.is_none()
        && !r.venue_head()
        && !r.has_business_word()
        && !toponym(c, r.words)
        && {
            let closes = signoff_line_before(c, r.first()) || closing_line(c, r.first(), end + 2);
            // one word only if a given name closing the text or signing
            // ("…due stelle.⏎⏎Carmela, Rovigo"): an unknown word there may
            // be a village in that province
            if r.multi {
                r.starts_with_given_name || closes
            } else {
                r.starts_with_given_name && closes
            }
        }
}

/// The line from token `a` to before `b` closes the text after a blank
/// line ("…per e-mail.⏎⏎Marcellino Pasquinelli, Savona").
fn closing_line(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    a > 0 && b >= c.toks.len() && c.text[c.toks[a - 1].e..c.toks[a].s].matches('\n').count() >= 2
}

/// Words after "of" that are no part of a company's name, besides months
/// ([`MONTHS`]): a unit, a street's word, "fame" ("Tarvel of Unit 7", "of
/// Castle Street", "Kolvane of Marta Ruiz fame").
const NOT_AFTER_OF: &[&str] = &[
    "unit", "suite", "street", "road", "avenue", "lane", "drive", "square", "fame",
];

/// See [`name_comma_town_line`]: the person.
fn name_before_town_line(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let hit = name_comma_town_line(r) && !r.trimmed_noun;
    if hit {
        r.push(out, EntityType::Person, PERSON_BY_CONTEXT, "name_line");
    }
    hit
}

/// "1186 KH Hoofdplaat": a Dutch postal code (four digits, two capitals)
/// before the run.
fn place_after_dutch_postcode(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let hit = dutch_postcode_before(r.c, r.first()) && r.words.len() <= 4;
    if hit {
        r.push(out, EntityType::Location, ADDRESS_PLACE, "address");
    }
    hit
}

/// "Firdgum, 22 mei 2024", "Paris, le 3 mai 2024": a letter's date line,
/// the run first on its line, then a comma and a date.
fn dateline_place(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let c = r.c;
    let first = r.first();
    let line_start = first == 0 || c.toks[first].nl;
    let hit = line_start
        && r.words.len() <= 4
        && !r.title
        && c.is_punct(r.end, ",")
        && c.same_line(r.end)
        && (c.toks.get(r.end + 1).is_some_and(|t| t.kind == Kind::Num)
            || c.lower_in(r.end + 1, &["le", "den", "am", "il", "el", "op", "on"])
                && c.toks.get(r.end + 2).is_some_and(|t| t.kind == Kind::Num));
    if hit {
        r.push(out, EntityType::Location, DATELINE_PLACE, "dateline");
    }
    hit
}

/// A hyphenated word that is a compound noun rather than a brand: ending in
/// an abbreviation of "number", or with "mail" among its parts
/// ("Reisepass-Nr", "E-Mails", "E-Mail-Adresse"), or an acronym of two
/// letters or more before a common word that is no company's word
/// ("IP-Adresse", "PDF-Datei"; not "BMW-Group", "DKB-Bank", "T-Systems",
/// nor a generated "Weltraum-System").
fn compound_noun(parts: &[&str]) -> bool {
    let last = parts.last().map(|p| p.to_lowercase()).unwrap_or_default();
    let acronym = parts[0].chars().count() >= 2 && parts[0].chars().all(char::is_uppercase);
    let company_word = parts.last().is_some_and(|p| is_org_suffix_word(p));
    matches!(last.as_str(), "nr" | "no")
        || parts
            .iter()
            .any(|p| p.eq_ignore_ascii_case("mail") || p.eq_ignore_ascii_case("mails"))
        || acronym && is_common(&last) && !company_word
        // ("OP-Bereiche", "Cloud-Lösungen": a German noun after an acronym
        // or a word)
        || parts.len() == 2
            && is_german_noun(&last)
            && !company_word
            // ("DB-Schenker", "Hanse-Merkur": a known name, a surname)
            && !is_known_company(&parts.join(" "))
            && !is_known_company(&parts.concat())
            && !is_surname(&last)
            // ("Weltraum-System", "Nord-Logistik": a business's word)
            && !BUSINESS_WORDS.contains(last.as_str())
            && !["system", "systeme", "technik", "logistik", "service", "bau"].contains(&last.as_str())
            && (acronym || {
                let first = parts[0].to_lowercase();
                is_common(&first) || is_german_noun(&first)
            })
}

/// One word shaped like a brand: CamelCase ("VolkerWessels", "SoftAtHome")
/// or capitalised parts joined by hyphens with no given name among them
/// ("Hapag-Lloyd", "T-Systems"), and not a place.
fn organization_by_shape(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    if r.multi
        || r.place.is_some()
        || r.title
        || r.on_signature_line()
        || is_common(r.first_key)
        || r.c.is_punct(r.end, ":")
        || r.after_location_preposition()
    {
        return false;
    }
    let word = r.c.t(r.first());
    // ("SaaS", "eBay": a short CamelCase word is a term as often as a brand)
    let camel = word.chars().count() > 4
        && word
            .chars()
            .zip(word.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    let parts: Vec<&str> = word.split('-').collect();
    let hyphenated = parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().next().is_some_and(char::is_uppercase))
        && !parts.iter().any(|p| is_first_name(&p.to_lowercase()))
        && !TOPO_PREFIXES.contains(&parts[0].to_lowercase().as_str())
        // ("Vice-Chair", "Co-Founder": a job)
        && !parts
            .iter()
            .any(|p| super::clues::JOB_TITLES.contains(&p.to_lowercase().as_str()))
        && !matches!(parts[0], "Vice" | "Co" | "Deputy" | "Ex")
        && !compound_noun(&parts);
    // ("3-Zimmer-Wohnung": German nouns joined to a number)
    let counted = r.first() >= 2
        && r.c.is_punct(r.first() - 1, "-")
        && !r.c.toks[r.first()].sp
        && r.c.toks[r.first() - 2].kind == Kind::Num
        && parts.iter().all(|p| is_german_noun(&p.to_lowercase()));
    if !(camel || hyphenated)
        || counted
        || toponym(r.c, r.words)
        || r.german_nouns_after_determiner()
    {
        return false;
    }
    r.push(out, EntityType::Organization, ORG_SHAPE, "org_shape");
    true
}

/// "Integra Design", "Nordwind Logistik", "Kappa Immobilien": capitalised
/// words ending in a business word, unless they read as a given name and
/// a surname, start with a common word or a title, or are a place.
fn organization_by_business_word(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let reads_as_name = r.starts_with_given_name && r.ends_with_surname;
    let hit = r.ends_with_business_word()
        && !reads_as_name
        && !is_common(r.first_key)
        && !r.title
        && r.place.is_none()
        && !toponym(r.c, r.words)
        && !r.german_article_then_nouns();
    if hit {
        r.push(
            out,
            EntityType::Organization,
            ORG_BUSINESS_WORD,
            "org_business_word",
        );
    }
    hit
}

/// German articles, lower case: before one word, they make it a noun.
const GERMAN_ARTICLES: &[&str] = &[
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines",
];

/// A country, region or city of the gazetteer. A lone word that is also a
/// given name or a surname gets [`PLACE_ALSO_A_NAME`] and leaves the run to
/// the person rules, which outscore it when they fire.
fn gazetteer_place(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let Some(p) = r.place else {
        return false;
    };
    // "Bank Austria AG", "Air France SA": a place before a legal form is
    // the company's name
    if r.full_name || legal_form_at(r.c, r.end) {
        return false;
    }
    let (c, end) = (r.c, r.end);
    // "Lot 1 – Voirie", "Schedule 2", "Halle 4, Stand B12": a document's or
    // a fair's numbered part, though towns bear the word too
    if !r.multi
        && NUMBERED_PARTS.contains(&r.first_key)
        && end < c.toks.len()
        && c.same_line(end)
        && c.toks[end].kind == Kind::Num
        && numbered_part(c, end)
    {
        return true;
    }
    // "el Palacio de Congresos", "het Paleis van Justitie": a venue's first
    // word before its name, though towns bear it too
    if !r.multi
        && VENUE_WORDS.contains(r.first_key)
        && c.same_line(end + 1)
        && c.lower_in(
            end,
            &["de", "di", "del", "della", "des", "du", "van", "von", "of"],
        )
        && c.is_cap(end + 1)
    {
        return true;
    }
    let key = r.run_key.as_str();
    let country = GAZ.countries.contains(key) || GAZ.regions.contains(key);
    let common = is_common(key);
    let also_a_name = !r.multi && (r.starts_with_given_name || GAZ.surnames.contains(key));
    if r.after_location_preposition() || country && !common {
        r.push(
            out,
            EntityType::Location,
            p + GAZETTEER_PREP_BONUS,
            "gazetteer",
        );
        return true;
    }
    // "der Zug hatte Verspätung", "die Linde", "das Ende": a German
    // article makes a noun of the one word after it (towns take none;
    // countries do, "die Schweiz", and were read above)
    // (capitalised only where no place name begins with it: "Den Helder",
    // "Des Moines")
    let f = r.first();
    if !r.multi
        && f > 0
        && r.c.same_line(f)
        && r.c.lower_in(f - 1, GERMAN_ARTICLES)
        && (!r.c.toks[f - 1].cap || !matches!(r.c.t(f - 1), "Den" | "Des"))
    {
        return false;
    }
    // A common word ("Mobile", "Reading"), a word after a trimmed noun, or a
    // name starting a sentence needs more than the gazetteer.
    let major = also_a_name && GAZ.major_cities.contains(key);
    if common || r.trimmed_noun || r.sentence_start && also_a_name && !major {
        return false;
    }
    if also_a_name {
        // "Paris will host the kickoff": a city of a million people is a
        // place unless something before it says person
        if GAZ.major_cities.contains(key) && !person_context(r.c, r.first()) {
            r.push(out, EntityType::Location, p, "gazetteer");
            return true;
        }
        r.push(out, EntityType::Location, PLACE_ALSO_A_NAME, "gazetteer");
        return false;
    }
    r.push(out, EntityType::Location, p, "gazetteer");
    true
}

/// Words of numbered parts of a document or a fair that are also towns'
/// names ([`gazetteer_place`]).
const NUMBERED_PARTS: &[&str] = &["lot", "schedule", "halle", "hall"];

/// The number at `n` after such a word numbers a part: one to three digits,
/// and no word of a quantity after them ("Lot 1 – Voirie", "Halle 4,
/// Stand B12", "in Halle 7 ist", "Schedule 2 for the prices"); not a
/// quantity, a year or a postcode ("in Halle 2 nights", "Vins du Lot
/// 2019", "Halle 238,000", "Lot 46000").
fn numbered_part(c: &Ctx<'_>, n: usize) -> bool {
    if c.t(n).len() > 3 || !c.t(n).chars().all(|ch| ch.is_ascii_digit()) {
        return false;
    }
    let next = n + 1;
    if next >= c.toks.len() || !c.same_line(next) {
        return true;
    }
    // ("238,000": digits go on)
    if !c.toks[next].sp && c.toks.get(next + 1).is_some_and(|t| t.kind == Kind::Num) {
        return false;
    }
    !c.lower_in(next, QUANTITY_WORDS)
}

/// Words after a number that make it a quantity ("Halle 2 nights", "im
/// Lot 12 Hektar").
const QUANTITY_WORDS: &[&str] = &[
    "night",
    "nights",
    "day",
    "days",
    "times",
    "mile",
    "miles",
    "km",
    "hour",
    "hours",
    "week",
    "weeks",
    "years",
    "hektar",
    "ha",
    "nächte",
    "tage",
    "jahre",
    "stunden",
    "nuits",
    "jours",
    "fois",
    "heures",
    "noches",
    "días",
    "veces",
    "horas",
    "notti",
    "giorni",
    "volte",
    "ore",
    "nachten",
    "dagen",
    "keer",
    "uur",
    "people",
    "personen",
    "personnes",
    "persone",
];

/// "Anna Schmidt", "Anna Roht": a known given name then more capitalised
/// words, unless it is a common word followed by another mid-sentence.
fn given_name_then_words(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    if !(r.multi && r.starts_with_given_name) {
        return false;
    }
    let second_key = r.c.key(r.words[1]);
    let name = !is_common(r.first_key)
        || r.ends_with_surname
        || (!is_common(second_key) && !r.sentence_start);
    if !name {
        return false;
    }
    let mut score: f64 = if r.ends_with_surname {
        GIVEN_NAME_THEN_SURNAME
    } else {
        GIVEN_NAME_THEN_WORDS
    };
    if r.words.len() > MAX_NAME_WORDS {
        score -= LONG_RUN_PENALTY;
    }
    r.push_name(out, score, "given_name");
    true
}

/// A known given name alone, scored by what is before it.
fn lone_given_name(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    // ("wir haben unsere Marge gehalten", "die Rose": after a German
    // article or possessive a lone given name is a noun)
    if !r.lone_given_name()
        || german_determiner_before(r.c, r.first())
        || dutch_adverb_opening(r)
        || function_word_opening(r)
        || NOUN_THEN_NAME.iter().any(|(noun, name)| {
            r.first_key == *name && r.first() > 0 && r.c.key(r.first() - 1) == *noun
        })
    {
        return false;
    }
    let score = if person_context(r.c, r.first()) {
        LONE_GIVEN_NAME_IN_CONTEXT
    } else if r.sentence_start {
        LONE_GIVEN_NAME_AT_SENTENCE_START
    } else {
        LONE_GIVEN_NAME
    };
    r.push(out, EntityType::Person, score, "given_name");
    true
}

/// Given names of the lists that are prepositions or particles ("nel",
/// "van", "del", "al", "von"), opening a sentence, read as the word when an
/// article, a particle or a number follows: "Nel 2010 abbiamo aperto", "Van
/// de week", "Al 31 dicembre" ("Van said", "Al called" stay).
/// Italian and Spanish "Nel", "Del" are the word before the nouns that
/// follow them most ("Nel frattempo", "Del resto"; "Nel belde gisteren",
/// "Del called" stay people).
fn function_word_opening(r: &Run<'_>) -> bool {
    const WORDS: &[&str] = &["nel", "van", "del", "al", "von"];
    const NOUNS_AFTER: &[&str] = &[
        "frattempo",
        "corso",
        "caso",
        "merito",
        "dettaglio",
        "complesso",
        "periodo",
        "mese",
        "resto",
        "momento",
        "quadro",
        "rispetto",
        "primo",
        "secondo",
        "contempo",
        "contesto",
        "mismo",
        "total",
        "importe",
        "orden",
        "año",
        "mes",
        "día",
        "presente",
        "nostro",
        "vostro",
    ];
    let f = r.first();
    if !(r.sentence_start && WORDS.contains(&r.first_key) && r.c.same_line(f + 1)) {
        return false;
    }
    let next = &r.c.toks[f + 1];
    next.kind == Kind::Num
        || next.kind == Kind::Word
            && !next.cap
            && !next.upper
            && (matches!(r.first_key, "nel" | "del")
                && (r.c.lower_in(f + 1, NOUNS_AFTER) || italian_infinitive(r.c.key(f + 1)))
                || r.c.lower_in(f + 1, &PARTICLES)
                || r.c.lower_in(f + 1, FUNCTION_WORD_ARTICLES))
}

/// An Italian infinitive, with a pronoun after it or without ("Nel
/// ringraziarla", "Nel darLe il benvenuto", "Nel confermare").
fn italian_infinitive(k: &str) -> bool {
    const CLITICS: &[&str] = &["", "la", "le", "lo", "li", "ci", "vi", "gli", "ne"];
    k.chars().count() > 4
        && CLITICS.iter().any(|clitic| {
            k.strip_suffix(clitic).is_some_and(|stem| {
                if clitic.is_empty() {
                    ["are", "ere", "ire"].iter().any(|end| stem.ends_with(end))
                } else {
                    ["ar", "er", "ir"].iter().any(|end| stem.ends_with(end))
                }
            })
        })
}

/// Articles after which a given name that is a preposition opening a
/// sentence is that preposition ([`function_word_opening`]).
const FUNCTION_WORD_ARTICLES: &[&str] = &[
    "het", "een", "il", "lo", "la", "gli", "le", "los", "las", "el", "un", "una", "uno", "der",
    "die", "das", "dem", "den", "des",
];

/// A given name that is also a Dutch adverb opening a sentence before a
/// Dutch verb or pronoun: "Dan kunnen we bestellen" ("then"), not "Dan
/// said".
fn dutch_adverb_opening(r: &Run<'_>) -> bool {
    r.sentence_start
        && r.first_key == "dan"
        && r.c.same_line(r.end)
        && r.c.lower_in(r.end, DUTCH_AFTER_ADVERB)
}

/// Dutch verbs and pronouns after the adverb "Dan" ("then").
const DUTCH_AFTER_ADVERB: &[&str] = &[
    "kunnen", "kan", "kun", "moet", "moeten", "ga", "gaan", "gaat", "zijn", "ben", "heb", "hebben",
    "hebt", "wordt", "worden", "zal", "zullen", "wij", "ik", "jij", "hij", "zij", "ze", "het",
    "komt", "komen", "weet", "wil", "willen", "nog", "ook", "niet", "krijg", "krijgt", "krijgen",
];

/// A noun and a given name after it that together name a thing: the French
/// health insurance card ("votre carte Vitale").
const NOUN_THEN_NAME: &[(&str, &str)] = &[("carte", "vitale")];

/// "[09:12] Quirina Maffei: Buongiorno!", "Geovana: Certo": who speaks
/// on a chat line. One to three plain words open the line, a colon and
/// the message follow: after a time ("[09:12]", "09:12 -") when they are
/// shaped like a name (two or three words, or a known given name or
/// surname); without one when two of the four lines before and after are
/// chat lines with a time or a known given name speaking and no word is a
/// German noun. Never a label ("Betreff:", "Mieter:"), a role or
/// profession ("Agente:", "Interviewer:"), an e-mail header's field, a
/// company or a place.
fn chat_speaker(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let (c, first, end) = (r.c, r.first(), r.end);
    if !(r.words.len() <= 3
        && c.is_punct(end, ":")
        && c.same_line(end + 1)
        && end + 1 < c.toks.len())
        || r.place.is_some()
        || r.has_business_word()
        || r.words.iter().any(|&w| is_common(c.key(w)))
        || is_known_company(&c.text[c.toks[first].s..c.toks[end - 1].e])
        || c.lower_in(first, MAIL_HEADERS)
        // ("Agente: ¿en qué puedo ayudarle?", "Kunde: Hallo")
        || r.words.iter().any(|&w| {
            job_word(c, w) || c.lower_in(w, CHAT_ROLES) || c.lower_in(w, PROFESSIONS)
        })
        || label_before(c, end + 1).is_some()
    {
        return false;
    }
    // a name's shape: two or three words, or a known given name or surname
    // ("[10:03] Warning:", "09:00 - Begrüßung:" are a log's or an agenda's)
    let name_like = r.multi || r.starts_with_given_name || is_surname(r.first_key);
    let hit = match speaker_opens_line(c, first) {
        Some(true) => name_like,
        Some(false) => {
            if r.words.iter().any(|&w| is_german_noun(c.key(w))) {
                return false;
            }
            // the four lines before and after
            let line = line_start(c, first);
            let before =
                std::iter::successors(Some(line), |&l| (l > 0).then(|| line_start(c, l - 1)))
                    .skip(1)
                    .take(CHAT_REACH);
            let after = (end + 1..c.toks.len())
                .filter(|&i| c.toks[i].nl)
                .take(CHAT_REACH);
            // two chat lines with a known given name around ("Anna:" alone
            // is next to form fields: "Art: Vollzeit", "Ora: 10:30")
            let known = before
                .chain(after)
                .filter(|&l| chat_line_with_known_speaker(c, l))
                .count();
            known >= 2
        }
        None => false,
    };
    if hit {
        r.push(out, EntityType::Person, CHAT_SPEAKER, "chat");
    }
    hit
}

/// How many lines before and after a chat line's speaker are searched for
/// a known one.
const CHAT_REACH: usize = 4;

/// Whether token `first` opens its line as a chat line's speaker would:
/// `Some(true)` after a time ("[09:12]", "09:12 -"), `Some(false)` at the
/// line's start, `None` elsewhere.
fn speaker_opens_line(c: &Ctx<'_>, first: usize) -> Option<bool> {
    // (past the last token: no line, as a text cut after "[09:" ends)
    let tok = c.toks.get(first)?;
    if first == 0 || tok.nl {
        return Some(false);
    }
    let line = line_start(c, first);
    let time_at = |i: usize| {
        c.toks.get(i).is_some_and(|t| t.kind == Kind::Num)
            && c.is_punct(i + 1, ":")
            && c.toks.get(i + 2).is_some_and(|t| t.kind == Kind::Num)
    };
    let timed = match first - line {
        5 => c.is_punct(line, "[") && time_at(line + 1) && c.is_punct(line + 4, "]"),
        // (not "09:30 Keynote:", an agenda's line)
        4 => time_at(line) && c.is_punct(line + 3, "-"),
        _ => false,
    };
    timed.then_some(true)
}

/// The fields of a forwarded e-mail's header ("Von:", "Gesendet:",
/// "Aan:", "Onderwerp:"), which a chat line's speaker never is.
const MAIL_HEADERS: &[&str] = &[
    "from",
    "to",
    "sent",
    "subject",
    "date",
    "cc",
    "bcc",
    "von",
    "an",
    "gesendet",
    "betreff",
    "datum",
    "de",
    "à",
    "envoyé",
    "objet",
    "para",
    "enviado",
    "asunto",
    "fecha",
    "da",
    "a",
    "inviato",
    "oggetto",
    "data",
    "van",
    "aan",
    "verzonden",
    "onderwerp",
];

/// Who speaks in a support chat's transcript, by role.
const CHAT_ROLES: &[&str] = &[
    "agent",
    "agente",
    "agentin",
    "operator",
    "operatore",
    "operatrice",
    "opérateur",
    "conseiller",
    "conseillère",
    "berater",
    "beraterin",
    "medewerker",
    "customer",
    "kunde",
    "kundin",
    "client",
    "cliente",
    "klant",
    "bot",
    "chatbot",
    "support",
    "system",
    "sistema",
    "système",
    "systeem",
    "moderator",
    "moderador",
    "moderatore",
    "modérateur",
    "host",
    "guest",
    "user",
    "usuario",
    "utente",
    "utilisateur",
    "benutzer",
    "gebruiker",
    "me",
    "you",
    "ich",
    "moi",
    "yo",
    "io",
    "ik",
    "interviewer",
    "intervistatore",
    "entrevistador",
    "interviewster",
    "mama",
    "mamma",
    "mamá",
    "maman",
    "mum",
    "mom",
    "papa",
    "papà",
    "papá",
    "dad",
    "oma",
    "opa",
    "nonna",
    "nonno",
    "abuela",
    "abuelo",
    "mamie",
    "papi",
    "grandma",
    "grandpa",
    "tutti",
    "todos",
    "tous",
    "alle",
    "iedereen",
    "everyone",
    "all",
    "du",
    "tu",
    "vous",
    "sie",
    "wir",
    "we",
    "noi",
    "nosotros",
    "jij",
    "wij",
    "u",
    "lui",
    "lei",
];

/// The line starting at token `line` is a chat line: after a time, or a
/// known given name alone before the colon.
fn chat_line_with_known_speaker(c: &Ctx<'_>, line: usize) -> bool {
    let words = (line..c.toks.len())
        .take(6)
        .take_while(|&i| i == line || !c.toks[i].nl)
        .collect::<Vec<_>>();
    let timed = |start: usize| {
        let n = (start..start + 4)
            .take_while(|&i| i < c.toks.len() && c.is_cap(i) && (i == start || !c.toks[i].nl))
            .count();
        n > 0 && c.is_punct(start + n, ":") && c.same_line(start + n + 1)
    };
    match words.as_slice() {
        [a, ..] if c.is_punct(*a, "[") => {
            speaker_opens_line(c, a + 5) == Some(true) && timed(a + 5)
        }
        [a, b, ..] if c.is_cap(*a) && c.is_punct(*b, ":") => {
            is_first_name(c.key(*a))
                && !is_common(c.key(*a))
                && !is_german_noun(c.key(*a))
                && !c.lower_in(*a, MAIL_HEADERS)
                && c.same_line(b + 1)
                && b + 1 < c.toks.len()
                && label_before(c, b + 1).is_none()
        }
        _ => false,
    }
}

/// "Anna Roht, anna.roht@example.org".
fn name_in_email_address(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    if !(r.short_and_plain() && email_matches(r.c, r.words, r.end)) {
        return false;
    }
    r.push(
        out,
        EntityType::Person,
        NAME_IN_EMAIL_ADDRESS,
        "email_match",
    );
    true
}

/// "write to Romello Satriano (gsalgari@poste.it)", "Ansprechpartner ist
/// Zelig Kamp (z.kamp@example.de)": two or three plain words with an
/// e-mail address in brackets right after them are whom it reaches,
/// whatever the address's own name.
fn name_before_bracketed_email(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let (c, e) = (r.c, r.end);
    if !(r.short_and_plain()
        && !r.ends_with_business_word()
        && !toponym(c, r.words)
        && c.is_punct(e, "(")
        && c.same_line(e)
        && c.same_line(e + 1))
    {
        return false;
    }
    let from = c.toks[e].e;
    let inside = &c.text[from..c.text[from..].find(')').map_or(from, |p| from + p)];
    // (a role's address is a team's or a company's: "Nordic Paper
    // (sales@…)", "Talent Acquisition (jobs@…)")
    let email = inside.len() <= 80
        && !inside.contains(char::is_whitespace)
        && inside.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !ROLE_ADDRESSES.contains(&local.to_ascii_lowercase().as_str())
        });
    if email {
        r.push(
            out,
            EntityType::Person,
            NAME_IN_EMAIL_ADDRESS,
            "email_after",
        );
    }
    email
}

/// Local parts of the e-mail addresses of a role, not a person.
const ROLE_ADDRESSES: &[&str] = &[
    "info",
    "sales",
    "support",
    "help",
    "contact",
    "office",
    "admin",
    "hr",
    "jobs",
    "careers",
    "billing",
    "accounts",
    "invoices",
    "service",
    "hello",
    "team",
    "press",
    "media",
    "kontakt",
    "vertrieb",
    "buero",
    "bureau",
    "ventas",
    "vendite",
    "verkoop",
    "contatto",
    "contacto",
    "noreply",
    "no-reply",
    "privacy",
    "dpo",
    "legal",
    "compliance",
    "finance",
    "orders",
    "booking",
    "reservations",
    "mail",
    "post",
];

/// "Lake Jeffery", "Williamsmouth", "Saint-Martin-les-Bains".
fn toponym_place(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    if !toponym(r.c, r.words) {
        return false;
    }
    // "Ervaringen met Schiphol?", "Leistungen und Preise": one word shaped
    // like a place ("-ingen", "-hausen") opening a sentence before a
    // lower-case word is a plural or a noun more often than a town the
    // gazetteer lacks
    if r.words.len() == 1
        && r.sentence_start
        && !r.after_location_preposition()
        && r.c.is_word(r.end)
        && r.c.same_line(r.end)
        && r.c.t(r.end).starts_with(char::is_lowercase)
    {
        return false;
    }
    let score = if r.after_location_preposition() {
        TOPONYM_AFTER_PREP
    } else {
        TOPONYM
    };
    r.push(out, EntityType::Location, score, "toponym");
    true
}

/// "according to Kim Lee", "assigned to Kim Lee".
fn person_by_context(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let context = person_context(r.c, r.first())
        || person_after(r.c, r.end)
        || r.sentence_start && role_after(r.c, r.end)
        || !r.sentence_start
            && profession_after(r.c, r.end)
            && !r.words.iter().any(|&w| is_german_noun(r.c.key(w)))
        || reporter_around(r.c, r.first(), r.end) && !r.has_business_word()
        // (not a greeting from the team: "Frohe Weihnachten von unserem
        // Team!")
        || (!r.sentence_start || r.starts_with_given_name) && of_our_team_after(r.c, r.end);
    let hit = r.short_and_plain() && context && !r.trimmed_noun && !r.venue_head();
    if !hit {
        return false;
    }
    r.push(out, EntityType::Person, PERSON_BY_CONTEXT, "person_context");
    true
}

/// "ci sarà Tino Camozzi del nostro ufficio", "X from our team", "X de
/// notre équipe": someone of the writer's office or team.
fn of_our_team_after(c: &Ctx<'_>, end: usize) -> bool {
    let of = |i: usize| c.same_line(i) && c.lower_in(i, OF_OUR.0);
    let our = |i: usize| c.same_line(i) && c.lower_in(i, OF_OUR.1);
    let team = |i: usize| c.same_line(i) && c.lower_in(i, TEAMS);
    of(end) && our(end + 1) && team(end + 2)
}

/// Prepositions and possessives of "of our", "from our", "del nostro",
/// "von unserem", "van ons".
const OF_OUR: (&[&str], &[&str]) = (
    &[
        "of", "from", "del", "della", "dal", "dalla", "de", "du", "von", "aus", "van", "uit",
    ],
    &[
        "our", "nostro", "nostra", "notre", "nuestro", "nuestra", "unserem", "unserer", "unseres",
        "ons", "onze",
    ],
);

/// A writer's office or team.
const TEAMS: &[&str] = &[
    "office",
    "team",
    "department",
    "ufficio",
    "reparto",
    "équipe",
    "service",
    "bureau",
    "oficina",
    "equipo",
    "departamento",
    "büro",
    "abteilung",
    "kantoor",
    "afdeling",
];

/// "met Zyx Miller" mid-sentence.
fn word_then_surname(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let hit = r.words.len() == 2
        && !r.sentence_start
        && r.ends_with_surname
        && r.plain()
        && !r.trimmed_noun;
    if hit {
        r.push(out, EntityType::Person, WORD_THEN_SURNAME, "surname");
    }
    hit
}

/// "…late; Zyx will chase them": one unknown capitalised word opening a
/// clause after a semicolon (where no sentence starts), a person's verb or
/// an object pronoun after it ([`PERSON_VERBS`]): the subject, a person
/// named by the given name alone.
fn subject_after_semicolon(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let (c, f) = (r.c, r.first());
    let hit = !r.multi
        && f > 0
        && c.is_punct(f - 1, ";")
        && c.same_line(f)
        && !is_common(r.first_key)
        && r.place.is_none()
        && !is_place_strict(r.first_key)
        && !r.c.toks[f].upper
        && !NOUN_ENDINGS.iter().any(|e| r.first_key.ends_with(e))
        && c.same_line(r.end)
        && c.lower_in(r.end, PERSON_VERBS)
        && !c.toks[r.end].cap;
    if hit {
        r.push(out, EntityType::Person, SUBJECT_AFTER_SEMICOLON, "clause");
    }
    hit
}

/// What follows a person who opens a clause: a modal or a verb of asking,
/// calling, writing, or an object pronoun before the verb ("; Zyx will
/// chase them", "; Zyx fragt nach", "; Zyx les relancera", "; Zyx li
/// solleciterà", "; Zyx belt ze na"). Not "; Versand erfolgt morgen".
const PERSON_VERBS: &[&str] = &[
    "will",
    "would",
    "should",
    "must",
    "shall",
    "said",
    "asked",
    "agreed",
    "confirmed",
    "called",
    "wrote",
    "promised",
    "offered",
    "wird",
    "soll",
    "muss",
    "fragt",
    "ruft",
    "sagte",
    "schreibt",
    "kümmert",
    "meldet",
    "va",
    "doit",
    "les",
    "leur",
    "lui",
    "nous",
    "vous",
    "demande",
    "appellera",
    "rappellera",
    "relancera",
    "écrira",
    "le",
    "la",
    "lo",
    "li",
    "gli",
    "ci",
    "vi",
    "llamará",
    "escribirá",
    "preguntará",
    "chiamerà",
    "scriverà",
    "zal",
    "moet",
    "belt",
    "vraagt",
    "schrijft",
    "mailt",
];

/// Endings of nouns (German ones capitalised): after a semicolon such a word
/// opens the clause as a thing ("; Ersatzteile folgen", "; Paper was
/// short"), though some given names end so too ("Peter", "Karen": known
/// names, found by the other rules).
const NOUN_ENDINGS: &[&str] = &[
    "ung", "heit", "keit", "schaft", "tion", "sion", "ment", "tät", "nis", "ness", "ity", "ing",
    "er", "ern", "en", "te", "teile", "zeug", "werk", "ismus", "age", "ure", "ies", "s",
];

/// "Hi Zyx": an unknown word after a greeting.
fn unknown_word_after_greeting(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    if !(r.greeting && !r.multi && !is_common(r.first_key)) {
        return false;
    }
    r.push(
        out,
        EntityType::Person,
        UNKNOWN_WORD_AFTER_GREETING,
        "greeting",
    );
    true
}

/// "Wessanen⏎Afdeling Debiteuren", "Mit freundlichen Grüßen⏎KSB⏎i. A.
/// Linda Goebel": a name alone on its line above a company's unit or a
/// signature on a company's behalf (see `clues::unit_line_below`) is the
/// company, unless it reads as a person's name ("Anna Roht⏎Buchhaltung";
/// below a sign-off, any two or three words may be the signer's name
/// above their department, unless a line signs for the company).
fn company_above_unit_line(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let (c, end) = (r.c, r.end);
    // (a town stays the town: "Vannes⏎Service recouvrement")
    if !(r.words.len() <= 4
        && !r.starts_with_given_name
        && !r.title
        && company_line_above_unit(c, r.first(), end)
        && r.place.is_none())
    {
        return false;
    }
    // a job title, a role, a department or a heading above the unit is no
    // company ("Sachbearbeiter⏎Abteilung Einkauf", "Accountant⏎Accounts
    // Department", "Tagesordnung⏎Finanzen")
    // (a line signing on the company's behalf below makes a German noun
    // the company's: "Hausverwaltung Becker⏎i. A. Sandra Vogt")
    let behalf = on_behalf_line(c, end);
    // (a job's ending counts in one word only: "Heidelberg Cement")
    let job = r
        .words
        .iter()
        .any(|&w| listed_job(c, w) || c.lower_in(w, PROFESSIONS) || !r.multi && job_word(c, w));
    let heading = !behalf
        && r.words.iter().all(|&w| {
            let k = c.key(w);
            DEPARTMENTS.contains(k) || is_common(k) || is_german_noun(k)
        });
    // two or three words shaped like a person's name, one a known name,
    // are the signer's above their department ("…salutations distinguées.⏎⏎
    // Abdoulaye Bisson⏎Service comptabilité"), unless a business word, a
    // known company's name or a line signing for the company says otherwise
    let person_shaped = r.multi
        && r.short_and_plain()
        && r.words
            .iter()
            .any(|&w| is_first_name(c.key(w)) || is_surname(c.key(w)))
        && !r.has_business_word()
        && !behalf
        && !is_known_company(&r.c.text[r.start_byte..r.end_byte]);
    if job || heading || person_shaped {
        return false;
    }
    r.push(
        out,
        EntityType::Organization,
        ORG_BY_CONTEXT,
        "org_unit_below",
    );
    true
}

/// Unknown words alone on the line after "Best regards,".
fn signature_line_name(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    // "Gruß⏎Käte": one unknown word alone on the line signs too, if it is
    // no place and no department ("Marketing") either
    let alone = !r.multi
        && r.c.alone_on_line(r.first(), r.end)
        && r.place.is_none()
        && !BUSINESS_WORDS.contains(r.first_key);
    // ("Afdeling Debiteuren", "Ufficio Amministrazione": a department
    // signs for its company, no person)
    if !((r.multi || alone)
        && r.words.len() <= 3
        && r.on_signature_line()
        && r.plain()
        && !r.venue_head())
    {
        return false;
    }
    r.push(out, EntityType::Person, SIGNATURE_LINE, "signature");
    true
}

/// "Severo Baccaro⏎Direttrice del personale, Mistral S.p.A.": two or three
/// unknown words alone on the line above a job title sign a letter.
fn name_above_job_line(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    if !(r.multi
        && r.words.len() <= 3
        && r.c.alone_on_line(r.first(), r.end)
        && r.place.is_none()
        && r.plain()
        && !r.venue_head()
        && !r.has_business_word()
        && !legal_form_at(r.c, r.end)
        && job_line_below(r.c, r.end))
    {
        return false;
    }
    r.push(out, EntityType::Person, SIGNATURE_LINE, "signature");
    true
}

/// "Tacito Contrino⏎180 Via Gregoriana⏎33070 Quarto": two or three
/// unknown words alone on the line above a street line (see
/// `addresses::street_line_at`) are whom the address is for.
fn addressee_above_street(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let (c, end) = (r.c, r.end);
    if !(street_line_at(c, end)
        && r.multi
        && r.words.len() <= 3
        && c.alone_on_line(r.first(), end)
        && r.plain()
        && !r.venue_head()
        && !r.ends_with_business_word())
    {
        return false;
    }
    r.push(out, EntityType::Person, ADDRESSEE, "addressee");
    true
}

/// "in Zyxville", "a Poggio San Vicino": up to three unknown words after
/// "in", "nach", "naar", "a"..., unless they read as a full name or the one
/// word is a surname.
fn unknown_after_strong_preposition(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let (c, first) = (r.c, article_start(r));
    // "Vlucht van Ankeveen naar Oss", "von Zell nach Ulm", "de Vic à
    // Albi": the start of a journey, a capitalised end after it (not "from
    // X to", "de X a": an employer, a verb; not "de X à propos")
    let journey = first > 0
        && c.same_line(r.end)
        && c.is_cap(r.end + 1)
        && c.same_line(r.end + 1)
        && journey_between(c, first - 1, r.end);
    let hit = r.words.len() <= 3
        && !r.full_name
        && r.plain_place()
        && first > 0
        && c.same_line(first)
        && (c.lower_in(first - 1, STRONG_PREPS) || journey || court_before(r, first))
        && (r.multi || !is_surname(r.first_key))
        // ("en el Palacio de Congresos de X": a venue's first word alone)
        && (r.multi || !VENUE_WORDS.contains(r.first_key))
        // ("In Zukunft arbeiten wir…", "In Attesa di…", "In Opdracht van":
        // one word after a capitalised preposition opening the text's
        // sentence is a set phrase's noun more often than an unknown town)
        && (r.multi
            || !(c.lower_in(first - 1, STRONG_PREPS)
                && c.toks[first - 1].cap
                && c.sentence_start(first - 1)))
        && !r.german_nouns();
    if hit {
        r.push(
            out,
            EntityType::Location,
            UNKNOWN_AFTER_STRONG_PREP,
            "preposition",
        );
    }
    hit
}

/// Prepositions before an employer or partner that do not introduce a place
/// ("für", "per", "voor" do: "volo per Roma").
const COMPANY_PREPS: &[&str] = &[
    "with", "avec", "con", "mit", "met", "chez", "bei", "bij", "presso",
];

/// Courts named by their place: "Amtsgericht X", "Rechtbank X", "District
/// Court of X", "Tribunale di X", "Juzgado de Primera Instancia de X". The
/// place is a candidate of its own; but for English courts the whole court
/// found by `organizations::court_name_last` outscores it.
const COURTS: &[&str] = &[
    "amtsgericht",
    "landgericht",
    "oberlandesgericht",
    "verwaltungsgericht",
    "arbeitsgericht",
    "sozialgericht",
    "finanzgericht",
    "rechtbank",
    "gerechtshof",
    "kantongerecht",
];

/// Words for a court (or its division) before "of", "di", "de" and the
/// place.
const COURT_OF: &[&str] = &[
    "court",
    "tribunal",
    "tribunale",
    "judiciaire",
    "juzgado",
    "instancia",
    "instance",
    "corte",
];

/// Divisions and kinds of courts that follow "Court of", "Corte di",
/// "Tribunal de" and are no place.
const COURT_DIVISIONS: &[&str] = &[
    "appeal",
    "appeals",
    "justice",
    "cassation",
    "assises",
    "appello",
    "cassazione",
    "giustizia",
    "sorveglianza",
    "assise",
    "apelación",
    "justicia",
    "cuentas",
    "instrucción",
    "casación",
];

/// The words before token `first` name a court whose place follows
/// ("Amtsgericht", "Court of", "Tribunale di"), and the run is not the
/// court's division ("Juzgado de Primera Instancia de X").
fn court_before(r: &Run<'_>, first: usize) -> bool {
    let (c, Some(p)) = (r.c, first.checked_sub(1)) else {
        return false;
    };
    let court = c.lower_in(p, COURTS)
        || p > 0
            && c.lower_in(p, &["of", "di", "de", "du"])
            && c.is_cap(p - 1)
            && c.lower_in(p - 1, COURT_OF)
            && c.same_line(p);
    court
        && !r
            .words
            .iter()
            .any(|&w| c.lower_in(w, COURT_OF) || c.lower_in(w, COURT_DIVISIONS))
        // "Court of Appeal of X": the division, then the place
        && !c.lower_in(r.end, &["of", "di", "de", "du"])
}

/// "Technisch opzichter bij Stork, Spijkdorp⏎", "Roelof Boelens,
/// Spijkdorp⏎": one to three unknown words after a comma that follows a
/// name or a legal form, ending the line, are where the person or company
/// is (a job title or a given name there is not).
fn place_after_comma_at_line_end(r: &Run<'_>, out: &mut Vec<Candidate>) -> bool {
    let (c, first, end) = (r.c, article_start(r), r.end);
    let line_end = end >= c.toks.len() || c.toks[end].nl;
    let after_name = first >= 2
        && c.is_punct(first - 1, ",")
        && c.same_line(first)
        && c.same_line(first - 1)
        && (c.is_cap(first - 2) || c.toks[first - 2].upper || c.is_punct(first - 2, "."));
    let hit = line_end
        && after_name
        && r.words.len() <= 3
        && !r.starts_with_given_name
        && r.plain_place()
        && !r.ends_with_business_word()
        && !r
            .words
            .iter()
            .any(|&w| job_word(c, w) || DEPARTMENTS.contains(c.key(w)))
        && !(r.place.is_none() && !r.multi && is_german_noun(r.first_key));
    if hit {
        r.push(
            out,
            EntityType::Location,
            PLACE_AFTER_COMMA,
            "line_end_place",
        );
    }
    hit
}

/// The run's first token, or the capitalised place article right before
/// it that the run lost as a common word ("in De | Heid"): where the place
/// rules look for their preposition or comma (`places::with_article` then
/// puts the article back into the name).
fn article_start(r: &Run<'_>) -> usize {
    let f = r.first();
    if place_article_before(r.c, f) {
        f - 1
    } else {
        f
    }
}

/// The "to" words of journeys, French and Spanish "a" too.
const JOURNEY_ENDS: &[&str] = &["naar", "nach", "à", "a", "hasta", "to", "bis"];

/// Tokens `from` and `to` are the "from" and "to" words of one journey
/// ([`JOURNEYS`]: "van ... naar", "von ... nach").
pub(super) fn journey_between(c: &Ctx<'_>, from: usize, to: usize) -> bool {
    JOURNEYS
        .iter()
        .any(|(f, t)| c.lower_in(from, &[*f]) && c.lower_in(to, &[*t]))
}

/// "from" and "to" words of a journey whose ends are places.
const JOURNEYS: &[(&str, &str)] = &[
    ("van", "naar"),
    ("von", "nach"),
    ("de", "à"),
    ("desde", "hasta"),
    ("desde", "a"),
];

/// When no rule decided the run: two unknown words mid-sentence are a weak
/// person guess, and a country inside a longer unknown run ("Rechnung
/// Deutschland") is still a place.
fn weak_guesses(r: &Run<'_>, out: &mut Vec<Candidate>) {
    if r.words.len() == 2 && !r.sentence_start && r.plain() && !r.trimmed_noun {
        r.push(
            out,
            EntityType::Person,
            TWO_CAPITALISED_WORDS,
            "capitalised",
        );
    }
    if r.multi {
        for &w in &r.words[1..] {
            let k = r.c.key(w);
            if is_place_strict(k) && !is_common(k) && !is_first_name(k) {
                let (a, b) = span(r.c, &[w]);
                push(
                    out,
                    EntityType::Location,
                    a,
                    b,
                    PLACE_INSIDE_RUN,
                    "gazetteer",
                );
            }
        }
    }
}
