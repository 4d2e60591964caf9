//! What surrounds a capitalised run: a title, a label, a greeting, a
//! signature line, person or employer context words, a matching e-mail
//! address.

use super::organizations::{is_known_company, is_org_suffix_word};
use super::said;
use super::tokenize::{Ctx, Kind};
use super::words::{
    DEPARTMENTS, EMPLOYER_PREPS, EMPLOYMENT_WORDS, GOODS_WORDS, GREETINGS, INVOICE_WORDS,
    LOC_LABELS, Lexicon, ORG_CONTEXT, ORG_LABELS, ORG_PREFIXES, PARTICLES, PARTY_LABELS,
    PERSON_CONTEXT, PERSON_LABELS, SIGNOFFS, STREET_PREFIXES, TITLES, VENUE_WORDS, is_common,
    is_first_name, is_german_compound_noun, is_german_noun, is_place, is_surname,
};
use crate::EntityType;

/// Title tokens before index `i` ("Dr.", "Prof. Dr.", "Herr"): true if any.
pub(super) fn title_before(c: &Ctx<'_>, i: usize) -> bool {
    let mut j = i;
    if j > 0 && c.is_punct(j - 1, ".") {
        j -= 1;
    }
    // "M" and "D" (Don) are titles only with their period and a space after, the
    // endings of "Sig.ra" and "Dott.ssa" only with the period before
    let needs_dot = |t: &str| matches!(t, "M" | "D");
    // "HR Director": the all-capitals "HR" is Human Resources, not "Hr."
    j > 0
        && c.lower_in(j - 1, &TITLES)
        && !(c.toks[j - 1].upper && c.t(j - 1) == "HR")
        // ("D.Lgs. 81/2008": a decree, not Don Lgs)
        && (!needs_dot(c.t(j - 1)) || j < i && c.toks[i].sp)
        && (!matches!(c.t(j - 1), "ra" | "ssa") || j >= 2 && c.is_punct(j - 2, "."))
        && c.same_line(i)
}

/// "Company:", "City:", "Name:" right before token `i`: the type the label
/// announces (the label lists share no word). A party's label ("Plaintiff:",
/// "Absender:") announces an organisation, which the run's words may make a
/// person (see [`party_label_before`]).
pub(super) fn label_before(c: &Ctx<'_>, i: usize) -> Option<EntityType> {
    if attention_before(c, i) {
        return Some(EntityType::Person);
    }
    if i >= 2 && c.is_punct(i - 1, ",") && c.same_line(i) {
        return person_list_label(c, i - 1);
    }
    if i < 2 || !c.is_punct(i - 1, ":") || !c.same_line(i) {
        return None;
    }
    let w = label_word(c, i - 1)?;
    if agent_of_property(c, w) {
        return Some(EntityType::Organization);
    }
    label_type(c.key(w))
}

/// The label's word before the colon at `colon`, past a person label's
/// gender-inclusive ending ("Trabajador/a:", "Arbeitnehmer/in:", "Salarié(e)
/// :"; "Lavoratore/Lavoratrice:" is read by its second word; "Firma/s:" is
/// Spanish for signatures, not the German company's label).
pub(super) fn label_word(c: &Ctx<'_>, colon: usize) -> Option<usize> {
    let w = colon.checked_sub(1)?;
    let short_ending = |k: usize| c.is_word(k) && c.t(k).chars().count() <= 5 && !c.is_cap(k);
    let person_label =
        |k: usize| c.is_word(k) && c.same_line(k) && PERSON_LABELS.contains(&c.key(k));
    if c.is_punct(w, ")")
        && w >= 3
        && short_ending(w - 1)
        && c.is_punct(w - 2, "(")
        && person_label(w - 3)
    {
        return Some(w - 3);
    }
    if !c.is_word(w) {
        return None;
    }
    if w >= 2 && short_ending(w) && c.is_punct(w - 1, "/") && person_label(w - 2) {
        return Some(w - 2);
    }
    Some(w)
}

/// How a letter's or an invoice's addressee line names the person it is
/// for, lower case, the text's own apostrophes and periods.
const ATTENTION: &[&str] = &[
    "for the attention of",
    "attention of",
    "attn.",
    "fao",
    "all'attenzione di",
    "all’attenzione di",
    "alla cortese attenzione di",
    "alla c.a. di",
    "c.a.",
    "att.ne",
    "z. hd.",
    "z.hd.",
    "z. hd. von",
    "z.hd. von",
    "zu händen",
    "zu händen von",
    "t.a.v.",
    "ter attentie van",
    "à l'attention de",
    "à l’attention de",
    "a l'attention de",
    "a la atención de",
    "a la atencion de",
    "a/a",
];

/// "All'attenzione di X", "z. Hd. X", "T.a.v. X", "À l'attention de X":
/// the line holds only an attention phrase before token `i` (a title may
/// follow it and is its own clue).
pub(super) fn attention_before(c: &Ctx<'_>, i: usize) -> bool {
    // (the phrases' last tokens first: this is asked about every run)
    if i == 0
        || !c.same_line(i)
        || !(c.is_punct(i - 1, ".")
            || c.lower_in(
                i - 1,
                &["di", "von", "händen", "van", "de", "of", "fao", "a", "ne"],
            ))
    {
        return false;
    }
    // the line's start, no more than 40 bytes back
    let s = c.toks[i].s;
    let mut k = i;
    while k > 0 && !c.toks[k].nl {
        if s - c.toks[k - 1].s > 40 {
            return false;
        }
        k -= 1;
    }
    let line = c.text[c.toks[k].s..s].trim().to_lowercase();
    // ("T.a.v. Afdeling Inkoop", "c.a. Ufficio Acquisti": a unit)
    let k = c.key(i);
    ATTENTION.contains(&line.as_str())
        && !is_common(k)
        && !DEPARTMENTS.contains(k)
        && !UNIT_WORDS_OF_COMPANIES.contains(&k)
}

/// Words that open the name of a company's unit.
const UNIT_WORDS_OF_COMPANIES: &[&str] = &[
    "afdeling",
    "ufficio",
    "reparto",
    "servizio",
    "dipartimento",
    "area",
    "settore",
    "departamento",
    "oficina",
    "servicio",
    "sección",
    "département",
    "direction",
    "pôle",
    "abteilung",
    "bereich",
    "referat",
    "team",
    "dienst",
    "department",
    "office",
    "unit",
    "desk",
];

/// "Managing agent:", "Letting agent:", "Estate agent:": the word `w` is
/// "agent" after a word of property (a firm, or a person trading alone:
/// a party's label, not [`PERSON_LABELS`]' "Agent:").
fn agent_of_property(c: &Ctx<'_>, w: usize) -> bool {
    w > 0
        && c.key(w) == "agent"
        && c.same_line(w)
        && c.lower_in(
            w - 1,
            &[
                "managing", "letting", "estate", "property", "leasing", "rental",
            ],
        )
}

/// The type a label word ("company", "city", "name", "plaintiff")
/// announces, if it is one.
pub(super) fn label_type(l: &str) -> Option<EntityType> {
    if ORG_LABELS.contains(&l) || PARTY_LABELS.contains(&l) {
        Some(EntityType::Organization)
    } else if LOC_LABELS.contains(&l) {
        Some(EntityType::Location)
    } else if PERSON_LABELS.contains(&l) {
        Some(EntityType::Person)
    } else {
        None
    }
}

/// A party's label ("Plaintiff:", "Mittente:", "Gedaagde:") right before
/// token `i`: a person or a company, as the value reads.
pub(super) fn party_label_before(c: &Ctx<'_>, i: usize) -> bool {
    i >= 2
        && c.is_punct(i - 1, ":")
        && c.same_line(i)
        && label_word(c, i - 1)
            .is_some_and(|w| PARTY_LABELS.contains(&c.key(w)) || agent_of_property(c, w))
}

/// "Teilnehmer: Anna Roht, Birte Mielcarek (X GmbH), Paul Weber": the
/// comma at `comma` separates the names of a list that a person label
/// opens on the same line (names, commas, brackets and particles between).
fn person_list_label(c: &Ctx<'_>, comma: usize) -> Option<EntityType> {
    let mut k = comma;
    let mut steps = 0;
    while k > 1 && steps < 40 && c.same_line(k) {
        k -= 1;
        steps += 1;
        if c.is_punct(k, ":") {
            // the list's first item reads as a person's name: a given name
            // ("Cliente: Acme, Calle Mayor" lists no people)
            let w = k - 1;
            let first_is_name = c.is_cap(k + 1) && is_first_name(c.key(k + 1));
            // who attended: a first item of two or three capitalised words
            // is a name though its given name is unknown ("Présents :
            // Yohann Favreau, Chahine Mangin et M. Magne")
            let attendance = c.is_word(w) && c.lower_in(w, ATTENDANCE) && {
                // (particles inside: "Demi ten Hincamp")
                let (mut e, mut caps) = (k + 1, 0);
                while e < k + 6
                    && c.same_line(e)
                    && (c.is_cap(e) || caps > 0 && c.lower_in(e, &PARTICLES))
                {
                    caps += usize::from(c.is_cap(e));
                    e += 1;
                }
                (2..=3).contains(&caps) && c.is_cap(e - 1) && c.is_punct(e, ",")
            };
            return (c.is_word(w)
                && PERSON_LABELS.contains(&c.key(w))
                && (first_is_name || attendance))
                .then_some(EntityType::Person);
        }
        let ok = c.is_word(k) || matches!(c.t(k), "," | "(" | ")" | "&" | "-" | "'" | ".");
        if !ok {
            return None;
        }
    }
    None
}

/// Labels of who attended a meeting, whose items are people.
const ATTENDANCE: &[&str] = &[
    "asistentes",
    "partecipanti",
    "aanwezig",
    "aanwezigen",
    "teilnehmer",
    "teilnehmende",
    "participants",
    "attendees",
    "present",
    "anwesend",
    "anwesende",
    "présents",
    "présentes",
    "presenti",
    "presentes",
];

/// A greeting ("Hi", "Dear", "Thank you") right before token `i`, a comma
/// between allowed ("Hello, Anna").
pub(super) fn greeting_before(c: &Ctx<'_>, i: usize) -> bool {
    if i == 0 || !c.same_line(i) {
        return false;
    }
    let mut j = i - 1;
    if c.is_punct(j, ",") && j > 0 {
        j -= 1;
    }
    c.lower_in(j, &GREETINGS) || (c.lower_in(j, &["you"]) && j > 0 && c.lower_in(j - 1, &["thank"]))
}

/// A signature: the run is alone on its line and the previous line ends
/// with a sign-off ("Best regards,").
pub(super) fn signature_line(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    c.alone_on_line(a, b) && signoff_line_before(c, a)
}

/// Token `a` opens a line and the line before ends with a sign-off
/// ("Cordiali saluti,⏎X").
pub(super) fn signoff_line_before(c: &Ctx<'_>, a: usize) -> bool {
    if a == 0 || !c.toks[a].nl {
        return false;
    }
    // previous line's last tokens
    let mut j = a - 1;
    if c.is_punct(j, ",") || c.is_punct(j, "!") || c.is_punct(j, ".") {
        if j == 0 {
            return false;
        }
        j -= 1;
    }
    c.lower_in(j, &SIGNOFFS) || (c.is_word(j) && j > 0 && c.lower_in(j - 1, &SIGNOFFS))
}

/// The run is preceded by a person-context word (skipping "to", "is",
/// "ist", "est"), by "represented by" ("vertegenwoordigd door X",
/// "rappresentata da X") or by a CV's "of" ("Cv van X", "Curriculum di X").
pub(super) fn person_context(c: &Ctx<'_>, first: usize) -> bool {
    if first == 0 || !c.same_line(first) {
        return false;
    }
    let p = first - 1;
    // ("l'assicurato Ostelio Marvanti", "L'assicurato, X": the word
    // after an elided article)
    let context_word =
        |i: usize| c.lower_in(i, &PERSON_CONTEXT) || elided_in(c, i, &*PERSON_CONTEXT);
    if context_word(p) {
        return true;
    }
    // "Lebenslauf Zelig Schmidt": a CV's title word heading its line, then
    // the name
    if c.lower_in(p, CV_WORDS) && c.sentence_start(p) {
        return true;
    }
    if p > 0 && c.same_line(p) {
        let before = p - 1;
        if c.lower_in(p, REPRESENTED_BY) && c.lower_in(before, REPRESENTED) {
            return true;
        }
        if c.lower_in(p, CV_OF) && c.lower_in(before, CV_WORDS) {
            return true;
        }
    }
    // "Nuestro director general, X"
    if c.is_punct(p, ",") && p > 0 && c.same_line(p) && context_word(p - 1) {
        return true;
    }
    p > 0
        && c.lower_in(p, &["to", "is", "ist", "est", "von", "de"])
        && c.same_line(p)
        && c.lower_in(p - 1, &PERSON_CONTEXT)
}

/// The run is an employer or a supplier by its context: "will join X",
/// "bei der X" / "von der X" (German, "die Firma"), "Invoice 123 from X".
pub(super) fn org_context(c: &Ctx<'_>, first: usize) -> bool {
    // "Firma⏎Signavio⏎z. Hd. ...": a German letter's address block opens
    // with "Firma" alone on its line
    if first > 0
        && c.toks[first].nl
        && c.key(first - 1) == "firma"
        && (first == 1 || c.toks[first - 1].nl)
        && !is_german_noun(c.key(first))
    {
        return true;
    }
    if first == 0 || !c.same_line(first) {
        return false;
    }
    let p = first - 1;
    if c.lower_in(p, &ORG_CONTEXT) {
        return true;
    }
    // "Mr Meyers⏎Head of Operations, General Communication", "Cuentas a
    // Cobrar, Lumen Ibérica": a signature's job or unit under the name, a
    // comma, then its company to the line's end
    if c.is_punct(p, ",") && p > 0 && c.same_line(p) && job_or_unit_then_company(c, p, first) {
        return true;
    }
    if p > 0 && c.key(p) == "der" && c.lower_in(p - 1, &["bei", "von"]) && c.same_line(p) {
        return true;
    }
    // "Expériences précédentes : X", "Esperienze precedenti: X": a CV's
    // former employers
    if cv_list_label(c, p) && !job_word(c, first) && !c.lower_in(first, CV_NOT_EMPLOYERS) {
        return true;
    }
    // "Signed for and on behalf of X": a company's signature
    if p >= 4
        && c.key(p) == "of"
        && c.key(p - 1) == "behalf"
        && c.key(p - 2) == "on"
        && c.key(p - 3) == "and"
        && c.key(p - 4) == "for"
        && c.same_line(p)
    {
        return true;
    }
    // "Flight with X", "Flug mit X", "vol avec X": the airline
    if p > 0
        && c.lower_in(p, &["with", "mit", "avec", "con", "met"])
        && c.lower_in(p - 1, FLIGHTS)
        && c.same_line(p)
        && (!c.lower_in(first, &TITLES) || c.toks[first].upper)
    {
        return true;
    }
    // "our bank, X", "unser Lieferant X", "notre fournisseur, X": a
    // possessive and a noun of a party that is a company
    if supplier_before(c, first) {
        return true;
    }
    // what is said only of companies: "die Firma X", "ein Sprecher von X",
    // "acquired by X", "a stake in X", "Thank you for choosing X"
    if said::before_name(c, first) {
        return true;
    }
    // "works at X", "Leiterin Vertrieb bei X", "directrice commerciale de
    // X", "head of sales at X", "bought a washing machine from X": an
    // employment or purchase word or a job title at most four words before
    // the preposition
    if p > 0 && (c.lower_in(p, EMPLOYER_PREPS) || c.key(p) == "from") && job_before(c, p) {
        return true;
    }
    // "the offices of X", "das Werk der X", "les bureaux de X": a
    // company's premises or units, then "of"
    // (not a square's or a street's offices: "gli uffici di Piazza Duomo")
    if p > 0
        && c.lower_in(p, &["of", "de", "du", "di", "del", "della", "van", "von"])
        && c.lower_in(p - 1, PREMISES_OF)
        && c.same_line(p)
        && !is_first_name(c.key(first))
        && !VENUE_WORDS.contains(c.key(first))
        && !c.lower_in(first, &STREET_PREFIXES)
    {
        return true;
    }
    // "Maria van den Brink van X", "Kim Lee from X": a person's full name,
    // then "van"/"von"/"of"/"from", then the run
    if p > 1
        && c.lower_in(p, AFFILIATION_PREPS)
        && c.is_cap(p - 1)
        && c.same_line(p)
        && is_full_name_ending_at(c, p - 1)
    {
        return true;
    }
    // "Anna Roht (X)": an attendee's employer in brackets, not a role
    // ("Margaret Ellison (Chair)", "Giovanni Pasini (Presidente)")
    // ("Jonathan Reeve (Managing Director)", "(Senior Case Officer)",
    // "(Vice-Chair)": a job's word anywhere in the brackets)
    if c.is_punct(p, "(")
        && p > 0
        && c.is_cap(p - 1)
        && is_first_name_before(c, p - 1)
        && !listed_job(c, first)
        && !(first..(first + 5).min(c.toks.len()))
            .take_while(|&k| c.is_word(k) && c.same_line(k))
            .any(|k| {
                c.lower_in(k, JOB_TITLES)
                    || c.lower_in(k, BRACKET_ROLES)
                    || c.key(k)
                        .split('-')
                        .any(|part| JOB_TITLES.contains(&part) || BRACKET_ROLES.contains(&part))
            })
    {
        return true;
    }
    if c.lower_in(p, SENDER_PREPS) {
        // goods sent by X, but not what is sent: after "der", "of", "di",
        // "del" ("die Lieferung der Waschmaschine", "the shipment of Cement")
        // nor a German plural noun after "von" ("Lieferung von Ersatzteilen")
        let what_is_sent = c.lower_in(p, &["der", "of", "di", "del"])
            || c.key(p) == "von"
                && GERMAN_NOUN_ENDINGS
                    .iter()
                    .any(|e| c.key(first).ends_with(e));
        // an invoice word (or goods) earlier on the same line
        let mut q = p;
        let mut steps = 0;
        while q > 0 && steps < 8 && c.same_line(q) {
            q -= 1;
            steps += 1;
            // not across a sentence end ("l'offre de X. Anna Roht de Y")
            if matches!(c.t(q), "." | "!" | "?") && c.toks[q + 1].sp && c.is_cap(q + 1) {
                break;
            }
            // ("l'offre de X": the word after an elided article)
            if c.lower_in(q, &INVOICE_WORDS) || elided_in(c, q, &INVOICE_WORDS) {
                return true;
            }
            if !what_is_sent && c.lower_in(q, &GOODS_WORDS) {
                return true;
            }
        }
    }
    false
}

/// Token `colon` is the colon of a CV's list of former employers:
/// "Expériences précédentes :", "Esperienze precedenti:", "Experiencias
/// anteriores:".
pub(super) fn cv_list_label(c: &Ctx<'_>, colon: usize) -> bool {
    colon >= 2
        && c.is_punct(colon, ":")
        && c.same_line(colon)
        && c.lower_in(
            colon - 1,
            &["précédentes", "precedenti", "anteriores", "previas"],
        )
        && c.lower_in(
            colon - 2,
            &[
                "expériences",
                "esperienze",
                "experiencias",
                "experiencia",
                "empresas",
            ],
        )
}

/// What a CV lists among former experiences that is no employer: kinds
/// of work ("Stage", "Alternance", "Prácticas", "Voluntariado").
const CV_NOT_EMPLOYERS: &[&str] = &[
    "stage",
    "stages",
    "alternance",
    "intérim",
    "bénévolat",
    "prácticas",
    "voluntariado",
    "tirocinio",
    "volontariato",
    "freelance",
    "autónomo",
    "indépendant",
];

/// A flight, before "with" and its airline.
const FLIGHTS: &[&str] = &[
    "flight", "flights", "flug", "flüge", "vol", "vols", "vuelo", "vuelos", "volo", "voli",
    "vlucht", "vluchten",
];

/// A company's offices and units, before "of" and its name ("the offices
/// of X", "die Zentrale von X", "les locaux de X", "het hoofdkantoor van
/// X"); not a seat, a plant, a factory or a branch, as often a town's
/// ("sede di Milano", "l'usine de Sochaux"), nor after German "der"/"des"
/// (a noun's genitive: "die Büros des Vorstands").
pub(super) const PREMISES_OF: &[&str] = &[
    "offices",
    "headquarters",
    "premises",
    "subsidiary",
    "büros",
    "zentrale",
    "tochtergesellschaft",
    "locaux",
    "bureaux",
    "uffici",
    "oficinas",
    "kantoren",
    "kantoor",
    "hoofdkantoor",
    "dochteronderneming",
];

/// The run from `first` to `end` is what a company takes over for a
/// price: a takeover or buying verb right before it, a price right after
/// it ("X has agreed to acquire Y for $2m", "X va racheter Y pour 20 000
/// €", "X acquisirà Y per EUR 7.000", "X comprará Y por 10.996,50 €", "X
/// neemt Y over voor EUR 13.395"), and before the verb and its
/// auxiliaries a capitalised name or a legal form's abbreviation that is
/// no given name nor pronoun ("Students will acquire Skills", "Er kauft
/// Brot" are not). German verbs are left out: its nouns are capitalised
/// ("Die Kasse übernimmt Zahnersatz für 500 Euro").
pub(super) fn takeover_object(c: &Ctx<'_>, first: usize, end: usize) -> bool {
    if first < 2 || !c.same_line(first) {
        return false;
    }
    let v = first - 1;
    let dutch = c.lower_in(v, &["neemt", "nam"]);
    if !(c.lower_in(v, TAKEOVER_VERBS) || c.lower_in(v, OBJECT_BUYING_VERBS) || dutch) {
        return false;
    }
    // "neemt Y over": the particle after the object
    let mut p = end;
    if dutch {
        if !(c.same_line(p) && c.lower_in(p, &["over"])) {
            return false;
        }
        p += 1;
    }
    // the price: "for", "pour", "per", "por", "voor" and a number or a
    // currency ("for $2m", "pour EUR 74.850,99", "voor 61.098,25 EUR")
    if !price_at(c, p) {
        return false;
    }
    let mut s = v;
    while s > 0 && v - s < 3 && c.lower_in(s - 1, TAKEOVER_AUXILIARIES) && c.same_line(s) {
        s -= 1;
    }
    if s == 0 || !c.same_line(s) {
        return false;
    }
    let subject = s - 1;
    // "Rancilio S.p.a. acquisirà", "Crucell C.V. neemt": a legal form's
    // closing period
    let legal_form = c.is_punct(subject, ".") && subject > 0 && !c.toks[subject].sp;
    // ("The Licensee will acquire Rights", "Le PSG achète": one word after
    // an article is a contract's defined term or a club, not a company
    // named by its own name)
    let defined_term = subject > 0
        && c.same_line(subject)
        && c.lower_in(
            subject - 1,
            &[
                "the", "der", "die", "das", "le", "la", "el", "il", "lo", "het", "de",
            ],
        );
    let name = (c.is_cap(subject) || c.toks[subject].upper)
        && !is_first_name(c.key(subject))
        && !is_common(c.key(subject))
        && !c.lower_in(subject, PRONOUNS)
        && !defined_term;
    // ("Customer buys Licenses for $100", "Se compra Chatarra por 30 €":
    // one common word bought is goods)
    let goods = end == first + 1 && is_common(c.key(first));
    (legal_form || name) && !goods
}

/// Subject pronouns that a capital may open ("He buys", "Hij neemt").
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "we", "they", "i", "you", "er", "sie", "es", "wir", "il", "elle", "on",
    "nous", "ils", "elles", "él", "ella", "ellos", "nosotros", "usted", "lui", "lei", "noi",
    "loro", "hij", "zij", "ze", "wij", "u", "ik", "se", "si", "ci", "je", "tu", "io", "yo",
];

/// Buying verbs whose object is a company when the subject is one and a
/// price follows ("X comprará Y por", "X acquista Y per", "X buys Y for").
const OBJECT_BUYING_VERBS: &[&str] = &[
    "buys",
    "comprará",
    "compra",
    "compró",
    "adquirirá",
    "acquista",
    "acquisterà",
    "rachètera",
    "achète",
    "achètera",
    "koopt",
    "kocht",
];

/// Prepositions after an invoice or goods word before the supplier or
/// sender ("Invoice 12 from X", "notre colis expédié par X").
pub(super) const SENDER_PREPS: &[&str] = &[
    "from", "de", "der", "von", "of", "by", "di", "van", "da", "del", "par", "por", "door",
];

/// Endings of German plural and abstract nouns ("Ersatzteilen", "Lieferung").
const GERMAN_NOUN_ENDINGS: &[&str] = &["en", "ung", "teile", "heit", "keit"];

/// Prepositions between a person's name and the organisation the person
/// belongs to ("Jan de Vries van X", "Anna Roht von X", "Kim Lee of X").
/// Romance "de", "di" are left out: after a name they mostly give the
/// town the person comes from ("Odette Bourgeois de Colinnec"); after
/// "from" a town is told by the gazetteer or its shape ("Hayesshire").
const AFFILIATION_PREPS: &[&str] = &["van", "von", "of", "from"];

/// The capitalised word `last` ends a person's full name: a given name
/// starts it, at most four tokens back, and every token between is a
/// capitalised word or a name particle on the same line ("Maria van den
/// Brink").
fn is_full_name_ending_at(c: &Ctx<'_>, last: usize) -> bool {
    let mut k = last;
    let mut steps = 0;
    while k > 0 && steps < 4 && c.same_line(k) {
        k -= 1;
        steps += 1;
        let word_like = c.is_cap(k) || c.lower_in(k, &PARTICLES) && !c.toks[k].cap;
        if !c.is_word(k) || !word_like {
            return false;
        }
        if c.is_cap(k) && is_first_name(c.key(k)) && !is_common(c.key(k)) {
            return true;
        }
    }
    false
}

/// "Allison Brown\nHR Director, X": the run ends a line that follows a
/// signature name (a line alone after a sign-off), after a comma: the
/// job title, then the employer.
pub(super) fn signature_company(c: &Ctx<'_>, first: usize, end: usize) -> bool {
    if first < 2 || !c.is_punct(first - 1, ",") || !c.same_line(first) {
        return false;
    }
    if end < c.toks.len() && !c.toks[end].nl {
        return false;
    }
    let here = line_start(c, first);
    if here == 0 {
        return false;
    }
    // "Agence Electricfil, Saint-André", "ALTEN, Libourne", "Acme GmbH,
    // Lyon": a company before the comma, its town after it
    let comma = first - 1;
    if comma > here
        && (c.is_cap(here) && ORG_PREFIXES.holds(c.t(here))
            || is_known_company(&c.text[c.toks[here].s..c.toks[comma - 1].e])
            || (here..comma).any(|k| is_org_suffix_word(c.t(k))))
    {
        return false;
    }
    let prev = line_start(c, here - 1);
    signature_line(c, prev, here)
}

/// The first token of the line of token `k`.
pub(super) fn line_start(c: &Ctx<'_>, mut k: usize) -> usize {
    while k > 0 && !c.toks[k].nl {
        k -= 1;
    }
    k
}

/// "Severo Baccaro⏎Direttrice del personale, Mistral S.p.A.", "Kim Orr⏎Head
/// of People": the line after the one ending before token `end` opens
/// with a job title (up to a comma or the line's end), a signature's name
/// above it.
pub(super) fn job_line_below(c: &Ctx<'_>, end: usize) -> bool {
    if end >= c.toks.len() || !c.toks[end].nl {
        return false;
    }
    let mut stop = end + 1;
    while stop < c.toks.len() && !c.toks[stop].nl && !c.is_punct(stop, ",") && stop - end <= 8 {
        stop += 1;
    }
    (stop >= c.toks.len() || c.toks[stop].nl || c.is_punct(stop, ","))
        && job_title_line(c, end, stop)
}

/// "Wessanen⏎Afdeling Debiteuren", "Altadyn⏎Service recouvrement",
/// "KSB⏎i. A. Linda Goebel": the line after the one ending before token
/// `end` names a company's unit (it opens with "Afdeling", "Ufficio",
/// "Service"..., or holds department words alone: "Buchhaltung", "Accounts
/// Department") or signs on a company's behalf ("i. A.", "i. V.", "ppa."),
/// so the line above names the company. A job title is no unit ("Service
/// Manager").
pub(super) fn unit_line_below(c: &Ctx<'_>, end: usize) -> bool {
    if end >= c.toks.len() || !c.toks[end].nl || !c.is_word(end) {
        return false;
    }
    if on_behalf_line(c, end) {
        return true;
    }
    let mut stop = end + 1;
    while stop < c.toks.len() && !c.toks[stop].nl {
        stop += 1;
    }
    if stop - end > 4 || !c.is_cap(end) || (end..stop).any(|k| !c.is_word(k)) {
        return false;
    }
    let unit_word =
        (c.lower_in(end, UNIT_WORDS_OF_COMPANIES) || c.key(end) == "service") && stop > end + 1;
    let departments = (end..stop).all(|k| {
        DEPARTMENTS.contains(c.key(k))
            || c.lower_in(k, UNIT_LINE_WORDS)
            || k > end && c.lower_in(k, &["a", "and", "&"])
    });
    (unit_word || departments) && !job_line_below(c, end)
}

/// The tokens `first..end`, alone on their line, head a company's block
/// above its unit's line (see [`unit_line_below`]): the text's or a
/// block's first line (after a blank line: "Wessanen⏎Afdeling
/// Debiteuren⏎Dorpsstraat 4"), or the line after a sign-off when the line
/// below signs on the company's behalf ("Mit freundlichen Grüßen⏎KSB⏎i.
/// A. Linda Goebel"). Elsewhere such a line is a person's ("Contact:⏎Ngozi
/// Okafor⏎Finance Department", "Herrn⏎Kowalski⏎Einkauf", "Best
/// regards,⏎Priya⏎Accounts Department") or a list's ("Mitarbeiter⏎Weber⏎
/// Buchhaltung").
pub(super) fn company_line_above_unit(c: &Ctx<'_>, first: usize, end: usize) -> bool {
    if !(c.alone_on_line(first, end) && unit_line_below(c, end)) {
        return false;
    }
    let block_start = first == 0
        || c.text[c.toks[first - 1].e..c.toks[first].s]
            .matches('\n')
            .count()
            >= 2;
    // (a known company signs too: "Best regards,⏎Zendesk⏎Support"; a
    // blank line after the sign-off is still the signature: "Yours
    // sincerely,⏎⏎Oluwaseun Adebayo⏎Accounts Department")
    let known = || is_known_company(&c.text[c.toks[first].s..c.toks[end - 1].e]);
    let signed = signoff_line_before(c, first);
    block_start && !signed || signed && (on_behalf_line(c, end) || known())
}

/// Words of a unit's line besides [`DEPARTMENTS`] ("Accounts Receivable",
/// "Credit Management", "Afdeling Debiteuren", "Cuentas a Cobrar").
const UNIT_LINE_WORDS: &[&str] = &[
    "department",
    "dept",
    "afdeling",
    "receivable",
    "payable",
    "credit",
    "management",
    "debiteuren",
    "crediteuren",
    "cuentas",
    "cobros",
    "cobrar",
    "pagar",
    "crediti",
    "incassi",
    "recouvrement",
    "mahnwesen",
    "forderungsmanagement",
];

/// The line opening at token `k` signs on a company's behalf: "i. A.
/// Linda Goebel", "i.A. Linda Goebel", "i. V. Jan Pohl", "ppa. Jan Pohl".
pub(super) fn on_behalf_line(c: &Ctx<'_>, k: usize) -> bool {
    let more = |j: usize| j < c.toks.len() && !c.toks[j].nl;
    k < c.toks.len()
        && c.toks[k].nl
        && (matches!(c.t(k), "i" | "I")
            && c.is_punct(k + 1, ".")
            && more(k + 2)
            && matches!(c.t(k + 2), "A" | "V")
            && more(k + 3)
            || matches!(c.key(k), "ppa" | "i.a" | "i.v") && more(k + 1))
}

/// "Anna Roht⏎Head of Operations, X": the run from `first` to `end` ends
/// its line after a comma, the line before the comma is a job title (see
/// [`job_title_line`]) and the line above it a person's name alone (see
/// [`name_line`]): a signature's job line, the employer after the title.
/// Unlike [`signature_company`], a town here is the place ("Sales
/// Director, Lyon").
pub(super) fn job_title_company(c: &Ctx<'_>, first: usize, end: usize) -> bool {
    if first < 2
        || !c.is_punct(first - 1, ",")
        || !c.same_line(first)
        || end < c.toks.len() && !c.toks[end].nl
    {
        return false;
    }
    let here = line_start(c, first);
    if here == 0 || !job_title_line(c, here, first - 1) {
        return false;
    }
    name_line(c, line_start(c, here - 1), here)
}

/// The tokens `a..b` are a line holding a person's name alone: at most
/// five tokens, a title ("Mr", "Dr.", "Frau") or a known given name first,
/// then capitalised words, periods and particles ("Mr Walsh", "Dr. Fields",
/// "Anna Roht", "Dhr. de Wit").
fn name_line(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    if b <= a || b - a > 5 || !c.is_cap(a) {
        return false;
    }
    let opener = c.lower_in(a, &TITLES) || is_first_name(c.key(a)) && !is_common(c.key(a));
    opener
        && (a + 1..b).all(|k| {
            c.is_cap(k)
                || c.is_punct(k, ".")
                || c.lower_in(k, &PARTICLES)
                // "Sig.ra", "Dott.ssa": a title's ending after its period
                || c.is_word(k) && c.is_punct(k - 1, ".") && !c.toks[k].sp && c.t(k).len() <= 3
        })
}

/// "Head of Operations", "Directrice des ressources humaines", "Hoofd
/// personeelszaken": the tokens from the line's start `here` to the comma
/// at `comma` are a job title (at most seven words, capitalised first, one
/// of them a job title, a management word or a unit's head, and no given
/// name).
fn job_title_line(c: &Ctx<'_>, here: usize, comma: usize) -> bool {
    if comma <= here || comma - here > 7 || !c.is_cap(here) {
        return false;
    }
    let mut job = false;
    for k in here..comma {
        if !c.is_word(k) && !matches!(c.t(k), "&" | "/" | "-") {
            return false;
        }
        if c.is_cap(k) && is_first_name(c.key(k)) && !EMPLOYMENT_WORDS.contains(c.key(k)) {
            return false;
        }
        job |= c.lower_in(k, JOB_TITLES)
            || c.lower_in(k, HEADS_OF_UNITS)
            || c.is_word(k) && EMPLOYMENT_WORDS.contains(c.key(k)) && !c.lower_in(k, NO_JOBS);
    }
    job
}

/// The line of the comma `comma` opens with a job title or a unit's words,
/// under a short line of a name, and the run from `first` after the comma
/// fills the rest of the line with a name's words: a signature's
/// "Head of Operations, General Communication", "Hoofd personeelszaken,
/// Bakker Logistiek", "Credit Control, Harbour Foods".
fn job_or_unit_then_company(c: &Ctx<'_>, comma: usize, first: usize) -> bool {
    let here = line_start(c, comma - 1);
    if here == 0 || !c.toks[here].nl {
        return false;
    }
    let unit = comma > here
        && comma - here <= 4
        && c.is_cap(here)
        && (here..comma).all(|k| {
            c.is_word(k)
                && (DEPARTMENTS.contains(c.key(k))
                    || c.lower_in(k, UNIT_LINE_WORDS)
                    || c.lower_in(k, UNIT_WORDS_OF_COMPANIES)
                    || k > here && c.lower_in(k, &["a", "and", "&", "de", "di", "van"]))
        });
    if !(unit || job_title_line(c, here, comma)) {
        return false;
    }
    // the line above: a name of a few capitalised words (a title's point
    // may join them: "Mr. Berry")
    let above = line_start(c, here - 1);
    if here - above > 5
        || !(above..here).all(|k| c.is_cap(k) || c.toks[k].upper || c.is_punct(k, "."))
    {
        return false;
    }
    // the company fills the rest of its line
    let mut k = first;
    while k < c.toks.len() && (k == first || !c.toks[k].nl) {
        let fits = c.is_cap(k)
            || c.toks[k].upper
            || matches!(c.t(k), "&" | "-" | "." | "'" | "’" | "+" | ",");
        if !fits || k - first > 8 {
            return false;
        }
        k += 1;
    }
    // (not a region's or a programme's letters alone: "Head of Sales,
    // EMEA", "Leiter Vertrieb, DACH")
    !(k == first + 1
        && c.toks[first].upper
        && (c.lower_in(first, REGION_LETTERS) || is_place(c.key(first)).is_some()))
}

/// Letters of sales regions and offices that follow a job ("Head of Sales,
/// EMEA").
const REGION_LETTERS: &[&str] = &[
    "emea", "apac", "latam", "amer", "amea", "mea", "dach", "cee", "benelux", "nordics", "nrw",
    "paca", "idf", "pmo", "eu", "uk", "us", "usa", "row", "anz", "sea",
];

/// Heads of a unit that open a job title ("Hoofd personeelszaken", "Jefe de
/// ventas", "Responsabile acquisti", "Leiterin Einkauf").
const HEADS_OF_UNITS: &[&str] = &[
    "hoofd",
    "jefe",
    "jefa",
    "responsable",
    "responsabile",
    "leiter",
    "leiterin",
    "leidinggevende",
];

/// Employment words that name no job ("Collaboration, Innovation",
/// "Worked, Remote").
const NO_JOBS: &[&str] = &[
    "bought",
    "purchased",
    "ordered",
    "partnership",
    "partenariat",
    "partnerschaft",
    "zusammenarbeit",
    "kooperation",
    "coopération",
    "collaboration",
    "colaboración",
    "collaborazione",
    "samenwerking",
    "cooperation",
    "works",
    "working",
    "worked",
    "work",
    "joined",
    "joins",
    "join",
];

/// The run ending before token `end` is followed by ", represented by"
/// (contracts: "X, vertreten durch", "X, représentée par"): a company.
pub(super) fn represented_after(c: &Ctx<'_>, end: usize) -> bool {
    c.is_punct(end, ",") && c.same_line(end + 1) && c.lower_in(end + 1, REPRESENTED)
}

/// The run ending before token `end` is followed by a verb of taking over
/// ("X acquires", "X a racheté"), or by a verb of buying or taking on
/// whose object is a company ("X übernimmt den Konkurrenten", "X is buying
/// its rival", "X compra a su competidor"): what companies do to
/// companies. ("Anna übernimmt die Abstimmung" is a person.)
pub(super) fn takeover_after(c: &Ctx<'_>, end: usize) -> bool {
    if !c.same_line(end) || !c.is_word(end) {
        return false;
    }
    // "X has agreed to acquire", "X va racheter", "X wil overnemen": up to
    // three auxiliaries before the verb
    let mut v = end;
    while v < end + 3 && c.lower_in(v, TAKEOVER_AUXILIARIES) && c.same_line(v + 1) {
        v += 1;
    }
    // one of the four words after the verb on its line
    let object =
        |is: &dyn Fn(usize) -> bool| (v + 1..v + 5).take_while(|&k| c.same_line(k)).any(is);
    if c.lower_in(v, TAKEOVER_VERBS) {
        // after auxiliaries or an infinitive ("Students will acquire
        // practical skills", "Musk has agreed to acquire"): a company's
        // name or a company noun must follow, and a lone known surname is
        // a person
        let plain = v == end && !c.lower_in(v, TAKEOVER_INFINITIVES);
        return plain
            || !lone_surname_before(c, end)
                && object(&|k| c.is_cap(k) || c.toks[k].upper || c.lower_in(k, COMPANY_NOUNS));
    }
    c.lower_in(v, BUYING_VERBS) && object(&|k| c.lower_in(k, COMPANY_NOUNS))
        || c.lower_in(v, OPENING_VERBS) && object(&|k| c.lower_in(k, PREMISES))
}

/// What a company written in capitals does right after its name (token
/// `end`): opens premises after an indefinite article ("DHV opent een
/// kantoor", "CIJ ouvre un bureau"), or takes over or buys a named thing
/// for a price ("SNAV acquisirà X per EUR 76.000"); "the GPS acquired a
/// fix", "the URL opens the store page" are not.
pub(super) fn acronym_company_verb(c: &Ctx<'_>, end: usize) -> bool {
    if !c.same_line(end) || !c.is_word(end) {
        return false;
    }
    let v = end;
    let opens = c.lower_in(v, OPENING_VERBS)
        && c.same_line(v + 1)
        && c.lower_in(v + 1, INDEFINITE_ARTICLES)
        && (v + 2..v + 5)
            .take_while(|&k| c.same_line(k))
            .any(|k| c.lower_in(k, PREMISES));
    let buys = (c.lower_in(v, TAKEOVER_VERBS) || c.lower_in(v, BUYING_VERBS))
        && named_then_price(c, v + 1);
    opens || buys
}

/// Indefinite articles of the covered languages.
const INDEFINITE_ARTICLES: &[&str] = &[
    "a", "an", "new", "ein", "eine", "einen", "un", "une", "una", "uno", "een", "nieuw", "nieuwe",
];

/// A capitalised name of at most eight tokens (a legal form's periods
/// inside) starts at `k` and a price follows it: what a company buys
/// ("SNAV acquisirà Brandovia per EUR 76.000", "PLXM acquires Tarvon
/// Ltd. for $40m").
fn named_then_price(c: &Ctx<'_>, k: usize) -> bool {
    if !(c.same_line(k) && (c.is_cap(k) || c.toks.get(k).is_some_and(|t| t.upper))) {
        return false;
    }
    let mut p = k;
    while p < k + 8
        && c.same_line(p)
        && (c.is_cap(p) || c.toks[p].upper || c.is_punct(p, ".") && !c.toks[p].sp)
    {
        p += 1;
    }
    price_at(c, p)
}

/// A price starts at token `p`: "for", "pour", "per", "por", "voor" and a
/// number or a currency ("for $2m", "pour EUR 74.850,99", "voor 61.098,25
/// EUR").
fn price_at(c: &Ctx<'_>, p: usize) -> bool {
    c.same_line(p)
        && c.lower_in(p, &["for", "pour", "per", "por", "voor"])
        && c.same_line(p + 1)
        && p + 1 < c.toks.len()
        && (c.toks[p + 1].kind == Kind::Num
            || matches!(c.t(p + 1), "$" | "€" | "£" | "USD" | "EUR" | "GBP" | "CHF"))
}

/// Opening, in the covered languages: said of companies when the object is
/// one of their [`PREMISES`] ("X opens a new office", "X eröffnet eine
/// Filiale").
const OPENING_VERBS: &[&str] = &[
    "opens",
    "opened",
    "opening",
    "eröffnet",
    "ouvre",
    "ouvert",
    "inaugure",
    "abre",
    "abrió",
    "inaugura",
    "apre",
    "aperto",
    "opent",
    "opende",
    "geopend",
];

/// A company's premises, as the object of [`OPENING_VERBS`].
const PREMISES: &[&str] = &[
    "office",
    "offices",
    "branch",
    "store",
    "shop",
    "plant",
    "factory",
    "warehouse",
    "büro",
    "filiale",
    "niederlassung",
    "werk",
    "standort",
    "geschäft",
    "bureau",
    "bureaux",
    "succursale",
    "usine",
    "magasin",
    "agence",
    "oficina",
    "sucursal",
    "fábrica",
    "tienda",
    "ufficio",
    "sede",
    "stabilimento",
    "negozio",
    "kantoor",
    "vestiging",
    "fabriek",
    "winkel",
];

/// Taking over, in the covered languages: said of companies.
const TAKEOVER_VERBS: &[&str] = &[
    "acquires",
    "acquired",
    "acquiring",
    "acquire",
    "rachète",
    "racheté",
    "racheter",
    "acquiert",
    "acquis",
    "acquérir",
    "adquiere",
    "adquirido",
    "adquirir",
    "adquirió",
    "acquisisce",
    "acquisito",
    "acquisire",
    "acquisirà",
];

/// The base forms among [`TAKEOVER_VERBS`], which say nothing of the subject
/// without an object named after them.
const TAKEOVER_INFINITIVES: &[&str] = &[
    "acquire",
    "racheter",
    "acquérir",
    "adquirir",
    "acquisire",
    "acquisirà",
];

/// The run ending before token `end` is one known surname alone ("Musk has
/// agreed to acquire").
fn lone_surname_before(c: &Ctx<'_>, end: usize) -> bool {
    end >= 1
        && c.is_cap(end - 1)
        && is_surname(c.key(end - 1))
        && !(end >= 2 && c.is_cap(end - 2) && c.same_line(end - 1))
}

/// Words between a company and its takeover verb ("X has agreed to
/// acquire", "X va racheter", "X plans to acquire", "X wil overnemen").
const TAKEOVER_AUXILIARIES: &[&str] = &[
    "is", "has", "have", "had", "was", "will", "would", "agreed", "agrees", "plans", "planned",
    "wants", "intends", "to", "hat", "wird", "möchte", "a", "va", "veut", "ha", "quiere", "vuole",
    "intende", "heeft", "gaat", "wil", "zal",
];

/// Buying and taking on: said of companies when the object is one.
const BUYING_VERBS: &[&str] = &[
    "buys",
    "buying",
    "bought",
    "übernimmt",
    "kauft",
    "compra",
    "compró",
    "rileva",
    "compra",
    "koopt",
    "neemt",
    "achète",
];

/// Words for a company as the object of [`BUYING_VERBS`].
const COMPANY_NOUNS: &[&str] = &[
    "rival",
    "competitor",
    "company",
    "firm",
    "konkurrenten",
    "wettbewerber",
    "rivalen",
    "unternehmen",
    "firma",
    "hersteller",
    "concurrent",
    "concurrente",
    "competidor",
    "empresa",
    "concorrente",
    "azienda",
    "società",
    "bedrijf",
    "entreprise",
    "société",
];

/// "represented" in the covered languages.
const REPRESENTED: &[&str] = &[
    "represented",
    "vertreten",
    "représentée",
    "représenté",
    "representada",
    "representado",
    "rappresentata",
    "rappresentato",
    "vertegenwoordigd",
];

/// "by" after [`REPRESENTED`], in the covered languages.
const REPRESENTED_BY: &[&str] = &["by", "durch", "par", "por", "da", "door"];

/// A CV's title word, then "of" ([`CV_OF`]) and the person's name.
const CV_WORDS: &[&str] = &[
    "cv",
    "curriculum",
    "résumé",
    "resume",
    "lebenslauf",
    "vitae",
];
const CV_OF: &[&str] = &["of", "von", "de", "di", "del", "van", "du"];

/// The run ending before token `end` is followed by a comma and a job
/// title ("Sverre Boenck, commercieel directeur van", "Enric Argenti,
/// direttrice commerciale di", "Kim Lee, head of sales") or by a comma and
/// "residing in" ("Zenzo Cerutti, residente a", "wonende te"): a person.
pub(super) fn person_after(c: &Ctx<'_>, end: usize) -> bool {
    if !(c.is_punct(end, ",") && c.same_line(end + 1)) {
        return false;
    }
    let next = end + 1;
    if c.lower_in(next, RESIDING) {
        return true;
    }
    // the title, or an adjective and the title ("commercieel directeur")
    job_title_at(c, next) || c.lower_in(next, JOB_ADJECTIVES) && job_title_at(c, next + 1)
}

/// A job title at token `k` on its line; "head" only as "head of" ("X,
/// head office" is an address).
fn job_title_at(c: &Ctx<'_>, k: usize) -> bool {
    c.same_line(k)
        && c.lower_in(k, JOB_TITLES)
        && (!c.lower_in(k, &["head"]) || c.lower_in(k + 1, &["of"]))
}

/// A profession after the run ending before `end` and a comma
/// ("Abrianna Vespa, specialista in cardiologia"); the caller asks that
/// the run does not open its sentence ("Innere Medizin, Facharzt
/// gesucht" is a job offer's heading).
pub(super) fn profession_after(c: &Ctx<'_>, end: usize) -> bool {
    c.is_punct(end, ",") && c.same_line(end + 1) && c.lower_in(end + 1, PROFESSIONS)
}

/// The run ending before `end` is a person by what they are or do after
/// it: a copula and a job title ("X Y è responsabile dell'area", "X Y is
/// head of", "X Y ist Leiterin", "X Y est directrice"), or a verb of
/// leading a team that companies are seldom said to do ("X Y dirige
/// depuis 2015", "X Y leitet").
pub(super) fn role_after(c: &Ctx<'_>, end: usize) -> bool {
    if !c.same_line(end) || !c.same_line(end + 1) {
        return false;
    }
    if c.lower_in(end, LEADS) {
        return true;
    }
    c.lower_in(end, ROLE_COPULAS)
        && (job_title_at(c, end + 1)
            || c.lower_in(end + 1, ROLE_ARTICLES) && job_title_at(c, end + 2)
            || c.lower_in(end + 1, JOB_ADJECTIVES) && job_title_at(c, end + 2))
}

/// Copulas between a person and their role.
const ROLE_COPULAS: &[&str] = &[
    "is", "was", "ist", "war", "est", "était", "es", "era", "è", "fue",
];

/// Articles before a role after a copula ("is the head of", "est la
/// directrice").
const ROLE_ARTICLES: &[&str] = &[
    "the", "a", "an", "der", "die", "le", "la", "el", "il", "de", "het", "een", "un", "une", "una",
];

/// Verbs of leading a team or a unit, said of people.
const LEADS: &[&str] = &[
    "dirige",
    "dirigeait",
    "dirigió",
    "leitet",
    "leitete",
    "dirigeert",
];

/// Professions written after a person's name and a comma ("Abrianna Vespa,
/// specialista in cardiologia", "X, Fachärztin für Innere Medizin").
pub(super) const PROFESSIONS: &[&str] = &[
    "specialist",
    "specialista",
    "spécialiste",
    "especialista",
    "facharzt",
    "fachärztin",
    "arzt",
    "ärztin",
    "doctor",
    "médecin",
    "medico",
    "médico",
    "huisarts",
    "dentist",
    "zahnarzt",
    "zahnärztin",
    "dentista",
    "tandarts",
    "lawyer",
    "solicitor",
    "avvocato",
    "avvocata",
    "abogado",
    "abogada",
    "avocat",
    "avocate",
    "anwalt",
    "anwältin",
    "rechtsanwalt",
    "rechtsanwältin",
    "advocaat",
    "notary",
    "notaio",
    "notario",
    "notaria",
    "notaire",
    "notar",
    "notarin",
    "notaris",
    "consultant",
    "consulente",
    "consultor",
    "consultora",
    "consultante",
    "berater",
    "beraterin",
    "adviseur",
    "engineer",
    "ingegnere",
    "ingeniero",
    "ingeniera",
    "ingénieur",
    "ingénieure",
    "ingenieur",
    "ingenieurin",
    "physiotherapist",
    "kinésithérapeute",
    "fisioterapista",
    "fisioterapeuta",
    "physiotherapeut",
    "physiotherapeutin",
    "fysiotherapeut",
    "nurse",
    "infermiera",
    "infermiere",
    "enfermera",
    "enfermero",
    "infirmière",
    "infirmier",
    "verpleegkundige",
    "accountant",
    "commercialista",
    "contable",
    "comptable",
    "steuerberater",
    "steuerberaterin",
    "boekhouder",
    "architect",
    "architetto",
    "architetta",
    "arquitecto",
    "arquitecta",
    "architecte",
    "architekt",
    "architektin",
    "psychologist",
    "psicologo",
    "psicologa",
    "psicólogo",
    "psicóloga",
    "psychologue",
    "psychologe",
    "psychologin",
    "psycholoog",
    "pharmacist",
    "farmacista",
    "farmacéutico",
    "farmacéutica",
    "pharmacien",
    "pharmacienne",
    "apotheker",
    "apothekerin",
];

/// The run from `first` to before `end` is who reported or declared
/// something: an auxiliary and a participle after it ("Ylann Camus a
/// déclaré que", "X ha denunciato che", "X has reported"), or, in Dutch
/// and German word order, the verb before it and "dat"/"dass" after
/// ("meldde Nassim Kulve dat", "meldete X, dass").
pub(super) fn reporter_around(c: &Ctx<'_>, first: usize, end: usize) -> bool {
    let after = c.same_line(end)
        && c.lower_in(end, &["ha", "a", "has", "hat", "heeft"])
        && c.same_line(end + 1)
        && c.lower_in(end + 1, REPORTED);
    let before = first > 0 && c.same_line(first) && c.lower_in(first - 1, REPORTED_V2) && {
        let e = if c.is_punct(end, ",") { end + 1 } else { end };
        c.same_line(e) && c.lower_in(e, &["dat", "dass"])
    };
    after || before
}

/// Participles of reporting, declaring and telling.
const REPORTED: &[&str] = &[
    "reported",
    "declared",
    "stated",
    "denunciato",
    "denunciata",
    "dichiarato",
    "segnalato",
    "riferito",
    "raccontato",
    "déclaré",
    "signalé",
    "raconté",
    "denunciado",
    "declarado",
    "relatado",
    "angezeigt",
    "gemeld",
    "verklaard",
    "verteld",
];

/// Past tenses of reporting that come before their subject in Dutch and
/// German clauses ("Op 3 mei meldde X dat", "Am 3. Mai meldete X, dass").
const REPORTED_V2: &[&str] = &[
    "meldde",
    "verklaarde",
    "vertelde",
    "meldete",
    "erklärte",
    "berichtete",
    "gab",
];

/// A possessive, a noun of a party that is mostly a company ([`SUPPLIERS`])
/// and, maybe, a comma right before token `first` ("our bank, X", "unser
/// Lieferant X", "il nostro fornitore, X").
fn supplier_before(c: &Ctx<'_>, first: usize) -> bool {
    let mut p = first - 1;
    if c.is_punct(p, ",") {
        if p == 0 {
            return false;
        }
        p -= 1;
    }
    // (not a lone given name: "our courier, Kevin"; nor a German noun:
    // "unser Lieferant Lieferschwierigkeiten gemeldet")
    // ("notre partenaire X": a business partner after "our"; "my partner"
    // is a person's)
    // ("our wire-rod supplier, Outokumpu", "our mill partner, DS Smith",
    // "our payroll provider, Zentrix": one word of what it supplies
    // between, before a comma)
    let modified = c.is_punct(first - 1, ",")
        && p >= 2
        && c.same_line(p - 1)
        && c.is_word(p - 1)
        && !c.is_cap(p - 1)
        && !c.toks[p - 1].upper
        && c.lower_in(p - 2, OUR)
        && c.same_line(p - 2)
        && (c.lower_in(p, SUPPLIERS) || c.lower_in(p, &["partner", "partners", "provider"]));
    if modified {
        // (not a sentence's adverb or a common word: "Our main supplier,
        // Unfortunately, went bust", "our key partner, Brexit")
        let k = c.key(first);
        return !is_first_name(k)
            && !is_common(k)
            && !k.ends_with("ly")
            && !c.toks[first].upper
            && !c.lower_in(first, SENTENCE_ADVERBS)
            && !is_german_compound_noun(k, 6);
    }
    if p == 0
        || !c.same_line(p)
        || !c.same_line(p + 1)
        || !(c.lower_in(p - 1, POSSESSIVES) || c.lower_in(p - 1, OUR))
    {
        return false;
    }
    let party = c.lower_in(p, SUPPLIERS) || c.lower_in(p, PARTNERS) && c.lower_in(p - 1, OUR);
    party && !is_first_name(c.key(first)) && !is_german_compound_noun(c.key(first), 6)
}

/// Adverbs and prepositions that open a clause after a comma.
const SENTENCE_ADVERBS: &[&str] = &[
    "meanwhile",
    "otherwise",
    "however",
    "therefore",
    "moreover",
    "despite",
    "nevertheless",
    "instead",
    "still",
    "also",
    "again",
    "brexit",
];

/// A business partner, after "our" (French only: "our partner", "unser
/// Partner", "nuestro socio" are as often a law firm's or a practice's
/// partner, a person).
const PARTNERS: &[&str] = &["partenaire", "partenaires"];

/// "Our", in the covered languages.
const OUR: &[&str] = &[
    "our", "unser", "unsere", "unseren", "unserem", "unserer", "notre", "nos", "nuestro",
    "nuestros", "nostro", "nostri", "onze", "ons",
];

/// Whether the lower-case `k` names a party that is mostly a company
/// ([`SUPPLIERS`]: "Lieferant", "Arbeitgebers", "Wettbewerber").
pub(super) fn is_supplier_word(k: &str) -> bool {
    SUPPLIERS.contains(&k)
}

/// Parties that are mostly companies, in the covered languages.
const SUPPLIERS: &[&str] = &[
    "supplier",
    "vendor",
    "bank",
    "carrier",
    "courier",
    "insurer",
    "lender",
    "wholesaler",
    "distributor",
    "lieferant",
    "zulieferer",
    "spediteur",
    "versicherer",
    "hausbank",
    "fournisseur",
    "banque",
    "transporteur",
    "assureur",
    "grossiste",
    "proveedor",
    "banco",
    "transportista",
    "aseguradora",
    "distribuidor",
    "fornitore",
    "banca",
    "corriere",
    "vettore",
    "assicuratore",
    "grossista",
    "leverancier",
    "vervoerder",
    "verzekeraar",
    "groothandel",
    // an employer, competitors (a competitor alone may be a sportsman)
    "employer",
    "employeur",
    "arbeitgeber",
    "arbeitgebers",
    "empleador",
    "empleadora",
    "werkgever",
    "konkurrenten",
    "wettbewerber",
    "wettbewerbers",
];

/// Possessives before a party's noun.
pub(super) const POSSESSIVES: &[&str] = &[
    "our", "your", "their", "my", "mein", "meine", "meiner", "meinen", "meinem", "unser", "unsere",
    "unserer", "unseren", "unserem", "ihr", "ihre", "ihrem", "ihren", "ihrer", "notre", "votre",
    "leur", "nuestro", "nuestra", "vuestro", "su", "nostro", "nostra", "vostro", "loro", "onze",
    "uw", "hun", "mijn", "ihres", "seines", "unseres", "meines",
];

/// "residing in", in the covered languages.
const RESIDING: &[&str] = &[
    "residing",
    "resident",
    "wohnhaft",
    "demeurant",
    "domicilié",
    "domiciliée",
    "residente",
    "domiciliado",
    "domiciliada",
    "wonende",
    "woonachtig",
];

/// Job titles that follow a person's name after a comma.
pub(super) const JOB_TITLES: &[&str] = &[
    "director",
    "directora",
    "directeur",
    "directrice",
    "direttore",
    "direttrice",
    "manager",
    "head",
    "chief",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "leiter",
    "leiterin",
    "geschäftsführer",
    "geschäftsführerin",
    "gerente",
    "responsable",
    "responsabile",
    "président",
    "présidente",
    "presidente",
    "president",
    "voorzitter",
    "vorstandschef",
    "vorstandschefin",
    // the officers of a board or an association
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "secretary",
    "treasurer",
    "executive",
    "presidenta",
    "vicepresidente",
    "vicepresidenta",
    "vice-président",
    "vice-présidente",
    "vizepräsident",
    "vizepräsidentin",
    "vorsitzender",
    "vorsitzende",
    "schriftführer",
    "schriftführerin",
    "kassenwart",
    "secrétaire",
    "trésorier",
    "trésorière",
    "tesorero",
    "tesorera",
    "tesoriere",
    "segretario",
    "segretaria",
    "secretaris",
    "penningmeester",
];

/// Roles written in brackets after an attendee's name besides
/// [`JOB_TITLES`] ("(Senior Case Officer)", "(Legal Adviser)").
const BRACKET_ROLES: &[&str] = &[
    "officer",
    "engineer",
    "adviser",
    "advisor",
    "coordinator",
    "consultant",
    "assistant",
    "clerk",
    "accountant",
    "analyst",
    "architect",
    "surveyor",
    "minutes",
    "notulist",
    "observer",
    "guest",
    "apologies",
    // the other languages' boards and officers ("Sara Menicagli
    // (Amministratore Delegato)", "(Consejero Delegado)", "(Directrice
    // générale)", "(Geschäftsführerin)", "(Penningmeester)")
    "amministratore",
    "delegato",
    "delegata",
    "direttore",
    "direttrice",
    "segretario",
    "segretaria",
    "consigliere",
    "consigliera",
    "tesoriere",
    "consejero",
    "consejera",
    "delegado",
    "delegada",
    "gerente",
    "secretario",
    "secretaria",
    "tesorero",
    "tesorera",
    "directeur",
    "directrice",
    "gérant",
    "gérante",
    "secrétaire",
    "trésorier",
    "trésorière",
    "administrateur",
    "administratrice",
    "geschäftsführer",
    "geschäftsführerin",
    "vorsitzender",
    "vorsitzende",
    "schatzmeister",
    "schatzmeisterin",
    "schriftführer",
    "schriftführerin",
    "voorzitter",
    "secretaris",
    "penningmeester",
    "bestuurder",
];

/// Adjectives written before a job title ("commercieel directeur").
const JOB_ADJECTIVES: &[&str] = &[
    "commercieel",
    "commerciële",
    "algemeen",
    "financieel",
    "technisch",
    "kaufmännischer",
    "kaufmännische",
    "technischer",
    "technische",
    "general",
    "managing",
    "commercial",
    "technical",
    "financial",
    "sales",
    "vice",
];

/// Token `i` is an elided article or preposition and a word of `list`
/// ("l'offre", "d'offre", "dell'offerta").
pub(super) fn elided_in<L: Lexicon + ?Sized>(c: &Ctx<'_>, i: usize, list: &L) -> bool {
    if !c.is_word(i) {
        return false;
    }
    let key = c.key(i);
    key.find(['\'', '’']).is_some_and(|a| {
        let rest = &key[a + key[a..].chars().next().map_or(1, char::len_utf8)..];
        a <= 4 && list.has_exact(rest)
    })
}

/// A given name within the three words ending at `last` ("Anna Maria
/// Roht").
fn is_first_name_before(c: &Ctx<'_>, last: usize) -> bool {
    (last.saturating_sub(2)..=last)
        .any(|k| c.is_cap(k) && c.same_line(k) && is_first_name(c.key(k)))
}

/// The run is followed on its line by an e-mail address whose local part
/// contains one of its words ("Anna Roht, anna.roht@example.org").
pub(super) fn email_matches(c: &Ctx<'_>, words: &[usize], end: usize) -> bool {
    let text = c.text;
    let from = c.toks[end - 1].e;
    let mut to = (from + 80).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let rest = &text[from..to];
    let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let Some(at) = rest.find('@') else {
        return false;
    };
    let before = &rest[..at];
    let local_start = before
        .rfind(|ch: char| !(ch.is_ascii_alphanumeric() || matches!(ch, '.' | '_' | '-' | '+')))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    // only separators between the run and the address
    if !before[..local_start]
        .chars()
        .all(|ch| matches!(ch, ' ' | ',' | ';' | '<' | '(' | '|' | '\t' | ':'))
    {
        return false;
    }
    let local = before[local_start..].to_ascii_lowercase();
    words.iter().any(|&w| {
        c.toks[w].cap
            && ascii_forms(c.t(w))
                .iter()
                .any(|f| f.len() >= 3 && local.contains(f.as_str()))
    })
}

/// Letters of a name folded to ASCII two ways: non-ASCII letters dropped
/// ("grttner") and transliterated ("groettner").
fn ascii_forms(word: &str) -> [String; 2] {
    let lower = word.to_lowercase();
    let dropped: String = lower.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let mut translit = String::with_capacity(lower.len());
    for ch in lower.chars() {
        match ch {
            'ä' | 'æ' => translit.push_str("ae"),
            'ö' | 'ø' | 'œ' => translit.push_str("oe"),
            'ü' => translit.push_str("ue"),
            'ß' => translit.push_str("ss"),
            'à' | 'á' | 'â' | 'ã' | 'å' => translit.push('a'),
            'ç' => translit.push('c'),
            'è' | 'é' | 'ê' | 'ë' => translit.push('e'),
            'ì' | 'í' | 'î' | 'ï' => translit.push('i'),
            'ñ' => translit.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' => translit.push('o'),
            'ù' | 'ú' | 'û' => translit.push('u'),
            'ý' | 'ÿ' => translit.push('y'),
            c if c.is_ascii_alphabetic() => translit.push(c),
            _ => {}
        }
    }
    [dropped, translit]
}

/// An employment or purchase word or a job title at most four words before
/// the preposition at `p` ("works at", "Leiterin Vertrieb bei", "head of
/// sales at"), or a job title's last word right before the preposition
/// ("Refuse Collector at", "Cocinero en", "Estetista presso").
pub(super) fn job_before(c: &Ctx<'_>, p: usize) -> bool {
    if title_right_before(c, p) {
        return true;
    }
    let mut q = p;
    let mut steps = 0;
    while q > 0 && steps < 4 && c.same_line(q) {
        q -= 1;
        steps += 1;
        if !c.is_word(q) {
            break;
        }
        if EMPLOYMENT_WORDS.contains(c.key(q)) {
            return true;
        }
    }
    false
}

/// A job title's last word right before the preposition at `p` (not the
/// wider look of [`job_before`]: "se incorporará a Zara en Pamplona").
pub(super) fn title_right_before(c: &Ctx<'_>, p: usize) -> bool {
    p > 0
        && c.same_line(p)
        && c.is_word(p - 1)
        && (EMPLOYMENT_WORDS.contains(c.key(p - 1)) || agent_noun(c, p - 1, c.key(p)))
}

/// The preposition between a job title and the employer in a language, and
/// the endings of that language's agent nouns, the last word of most job
/// titles ("Collector", "Stenographer"; "Cocinero", "Taxista"; "Estetista",
/// "Magazziniere"; "Bakker", "Kapper"; "Verkäuferin").
/// Endings of English agent nouns ("Stenographer", "Florist", "Attendant").
const ENGLISH_AGENT_ENDINGS: &[&str] = &[
    "er", "or", "ist", "ian", "ant", "ent", "wright", "smith", "man", "woman", "eer",
];

const AGENT_ENDINGS: &[(&str, &[&str])] = &[
    ("at", ENGLISH_AGENT_ENDINGS),
    ("with", ENGLISH_AGENT_ENDINGS),
    (
        "en",
        &[
            "ero", "era", "or", "ora", "ista", "ante", "ente", "ario", "aria", "ico", "ica", "ado",
            "ada",
        ],
    ),
    (
        "presso",
        &[
            "ista", "tore", "trice", "iere", "iera", "ante", "ente", "aio", "aia", "ico", "ica",
        ],
    ),
    (
        "bij",
        &["er", "aar", "ist", "ant", "eur", "ent", "ier", "ster"],
    ),
    (
        "bei",
        &[
            "er", "erin", "ist", "istin", "ant", "antin", "eur", "eurin", "ent", "entin",
        ],
    ),
];

/// English words with those endings that name no one ("Dinner at X",
/// "Center at X").
const NOT_AGENTS: &[&str] = &[
    "dinner", "supper", "corner", "center", "centre", "water", "winter", "summer", "later",
    "after", "never", "other", "together", "order", "border", "river", "tower", "theater",
    "theatre", "number", "letter", "paper", "register", "shelter", "weather", "banner", "counter",
    "poster", "monitor", "mirror", "error", "floor", "door", "harbor", "harbour", "event",
    "moment", "payment", "student", "parent", "patient", "client", "agent",
];

/// A job title's last word by its shape: a capitalised agent noun of five
/// letters or more of the preposition's language that is no common word
/// ("Stenographer at X", not "dinner at X").
fn agent_noun(c: &Ctx<'_>, q: usize, prep: &str) -> bool {
    let Some((_, endings)) = AGENT_ENDINGS.iter().find(|(p, _)| *p == prep) else {
        return false;
    };
    // (Dutch writes its job titles in lower case: "monteur bij X")
    let lower_dutch = || {
        prep == "bij"
            && c.is_word(q)
            && c.t(q).starts_with(char::is_lowercase)
            && c.t(q).chars().count() >= 5
            && endings.iter().any(|e| c.key(q).ends_with(e))
    };
    (shaped_like_a_job(c, q, endings) || lower_dutch())
        && !(matches!(prep, "at" | "with") && NOT_AGENTS.contains(&c.key(q)))
        // ("sostenibilidad de La Casera en Elche": a name after its
        // capitalised article mid-sentence, not a job title; "es la
        // Coordinadora en X" and "El Secretario en X" are one)
        && !(q > 0
            && c.same_line(q)
            && c.is_cap(q - 1)
            && !c.sentence_start(q - 1)
            && c.lower_in(q - 1, NAME_ARTICLES))
        // "with" names an employer only in a job offer ("the position of
        // Shop Keeper with X"), not "Appointment with Sarah", "Data
        // Scientist with Python"
        && (prep != "with" || job_offer_before(c, q))
}

/// Articles before a company's or place's name that a job title's last
/// word never follows.
const NAME_ARTICLES: &[&str] = &[
    "the", "la", "el", "los", "las", "le", "les", "il", "lo", "het", "der", "die", "das", "den",
    "dem",
];

/// A job offer's word ("position", "role", "post", "job", "vacancy") at most
/// five words before the job title whose last word is `q`.
fn job_offer_before(c: &Ctx<'_>, q: usize) -> bool {
    let mut k = q;
    while k > 0 && q - k < 6 && c.same_line(k) {
        k -= 1;
        if c.lower_in(k, &["position", "role", "post", "job", "vacancy"]) {
            return true;
        }
    }
    false
}

/// A capitalised word of five letters or more with one of `endings` that
/// is no common word, given name nor surname.
fn shaped_like_a_job(c: &Ctx<'_>, w: usize, endings: &[&str]) -> bool {
    let k = c.key(w);
    c.is_cap(w)
        && k.chars().count() >= 5
        && endings.iter().any(|e| k.ends_with(e))
        && !is_common(k)
        && !is_first_name(k)
        && !is_surname(k)
}

/// Endings of job titles that place names rarely have ("Accountant",
/// "Consultant", "Dentist", "Ingénieur", "Estetista"); not "-er", which
/// many villages end in.
const JOB_ENDINGS: &[&str] = &[
    "ant", "ent", "ist", "ian", "eur", "euse", "trice", "ista", "ière", "ier",
];

/// A listed job title or employment word ("Chair", "Presidente",
/// "Manager"), not one guessed from its ending.
pub(super) fn listed_job(c: &Ctx<'_>, w: usize) -> bool {
    c.lower_in(w, JOB_TITLES) || EMPLOYMENT_WORDS.contains(c.key(w))
}

/// A listed job title or employment word, or a capitalised word with a
/// job title's ending that is no common word nor name ("Kim Lee,
/// Accountant").
pub(super) fn job_word(c: &Ctx<'_>, w: usize) -> bool {
    c.lower_in(w, JOB_TITLES)
        || EMPLOYMENT_WORDS.contains(c.key(w))
        || shaped_like_a_job(c, w, JOB_ENDINGS)
}
