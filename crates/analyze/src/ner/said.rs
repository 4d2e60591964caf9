//! What is said only of companies, around a capitalised run: what a
//! company is before its name ("die Firma X", "la société X"), who belongs
//! to it before "of" ("ein Sprecher von X"), its buyer ("acquired by X"),
//! a stake or merger ("a stake in X", "fusie met X"), a customer's thanks
//! ("Thank you for choosing X"), and after its name what it has or what
//! is done to it ("Initech's chief executive", "Acme (NASDAQ: ACME)", "X
//! was founded in 1998", "X, con sede en Bilbao").
//!
//! Each cue is also said of people, units or defined terms in some
//! sentence ("the spokesman of Merkel", "the owner of Plot 7", "The
//! company Secretary", "La société Absorbante"), so each comes with the
//! guards a review of about 700 such sentences asked for: no given name,
//! no known surname last (but after a company noun: "die Firma Müller"),
//! no title, role or common word first, no number or single letter after
//! the run.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::clues::POSSESSIVES;
use super::tokenize::{Ctx, Kind};
use super::words::{
    DEPARTMENTS, ORG_HEADS, ORG_KINDS, ORG_PREFIXES, PERSON_CONTEXT, TITLES, is_common,
    is_first_name, is_german_noun, is_place, is_surname,
};

/// The run at `first` is a company by what stands before it (`p`, the
/// token right before the run, is on its line).
pub(super) fn before_name(c: &Ctx<'_>, first: usize) -> bool {
    let p = first - 1;
    if !c.is_word(p) {
        return kind_comma_before(c, p) && !title_or_unit(c, first);
    }
    let kp = c.key(p);
    // most words before a run are none of these: one look-up says so
    if !(BEFORE_NAME.contains(kp) || elided_kind(c, p).is_some() || kind_compound(c, p)) {
        return kind_of_before(c, p) && !title_or_unit(c, first);
    }
    if title_or_unit(c, first) {
        return false;
    }
    // ("die Firma Müller": a company may bear a surname; the rest is said
    // of people too)
    // (a merger with a town, a town chosen for a holiday: a place)
    kind_before(c, p)
        || !ends_with_surname(c, first)
            && (head_before(c, p)
                || bought_by(c, p)
                || is_place(c.key(first)).is_none() && (deal_before(c, p) || chosen(c, p)))
}

/// The run from `first` to `end` is a company by what follows it. The
/// caller has ruled out a given name first and a known surname last.
pub(super) fn after_name(c: &Ctx<'_>, first: usize, end: usize) -> bool {
    if end == 0 || end >= c.toks.len() || !c.same_line(end) {
        return false;
    }
    match c.toks[end].kind {
        Kind::Punct => {
            // "Acme (NASDAQ: ACME)", "Vandelay, con sede en Bilbao"
            return if c.is_punct(end, "(") {
                c.lower_in(end + 1, EXCHANGES) && c.is_punct(end + 2, ":")
            } else {
                c.is_punct(end, ",")
                    && (seated_at(c, end + 1)
                        || kind_after_comma(c, end + 1)
                            // (not an opener, a generic noun or a person:
                            // "Asimismo, la empresa", "L'azienda,
                            // controllata", "Councillor Imran Qadir,
                            // cabinet member")
                            && !(end == first + 1
                                && (is_common(c.key(first))
                                    || c.sentence_start(first)
                                        && c.lower_in(
                                            end + 1,
                                            &["la", "el", "the", "le", "il", "lo", "die", "der", "das", "de", "het", "ein", "eine", "unser", "unsere"],
                                        )))
                            && !super::clues::listed_job(c, first)
                            && !c.lower_in(first, &TITLES)
                            && after_elided_l(c.t(first)).is_none()
                            && !(first..end).any(|k| is_first_name(c.key(k))))
                    && !person_or_unit(c, first)
                    && is_place(c.key(first)).is_none()
            };
        }
        Kind::Num => return false,
        Kind::Word => {}
    }
    // most words after a run are none of these: one look-up says so;
    // "Brilliant customer service", "Terrible shares": an opinion word
    // opening a sentence is no company's name
    AFTER_NAME.contains(c.key(end))
        && !(end == first + 1
            && c.sentence_start(first)
            && crate::sentiment::is_opinion_word(c.key(first)))
        && !person_or_unit(c, first)
        && said_after(c, first, end)
}

/// [`after_name`] once the word after the run is one it may find.
fn said_after(c: &Ctx<'_>, first: usize, end: usize) -> bool {
    let line = |k: usize| k < c.toks.len() && c.same_line(k);
    if seated_at(c, end) || founded_after(c, first, end) || provider_after(c, end) {
        return true;
    }
    // "X employs 500 people" (a sole trader employs a few)
    if c.lower_in(end, EMPLOYS)
        && line(end + 1)
        && c.toks[end + 1].kind == Kind::Num
        && c.t(end + 1).parse::<u32>().is_ok_and(|n| n >= 20)
    {
        return true;
    }
    // "Die Sparte wurde von X übernommen": the buyer of a company
    if first > 0
        && c.lower_in(first - 1, &["von", "durch"])
        && c.lower_in(end, GERMAN_ACQUIRED)
        && company_noun_before(c, first - 1)
    {
        return true;
    }
    // "Contact Umbrella customer service"
    if c.lower_in(end, CUSTOMER)
        && line(end + 1)
        && c.lower_in(end + 1, &["service", "support", "care"])
    {
        return true;
    }
    // "Initech shares fell", "Initech stock rose": a sentence's subject
    if c.sentence_start(first)
        && c.lower_in(end, SHARES)
        && line(end + 1)
        && c.lower_in(end + 1, SHARE_MOVES)
        && !c.lower_in(first, MARKETS)
    {
        return true;
    }
    let last = c.t(end - 1);
    let possessive = last.ends_with("'s") || last.ends_with("’s");
    // one adjective between ("Initech's new plant")
    let head = if c.lower_in(end, HEAD_ADJECTIVES) && line(end + 1) {
        end + 1
    } else {
        end
    };
    if possessive {
        return c.lower_in(head, POSSESSED);
    }
    // "A Hooli spokesperson", "the Globex shareholders"
    first > 0
        && c.same_line(first)
        && c.lower_in(first - 1, &["a", "an", "the"])
        && c.lower_in(head, SPOKESPEOPLE)
}

/// At `s`, after a run and a comma, what a company is, in lower case,
/// after an article or possessive or none, and more words on the line:
/// "Brevo, notre prestataire d'envoi", "Enisa, la empresa pública",
/// "Resamania, proveedor francés", "Spryng, een handelsnaam van CM.com".
fn kind_after_comma(c: &Ctx<'_>, s: usize) -> bool {
    let line = |k: usize| k < c.toks.len() && c.same_line(k);
    let kind_word = |k: usize| c.lower_in(k, &ORG_KINDS) || c.lower_in(k, KINDS_IN_APPOSITION);
    let kind = |k: usize| line(k) && line(k + 1) && c.is_word(k) && !c.is_cap(k) && kind_word(k);
    if elided_kind(c, s) == Some(false) {
        return line(s + 1);
    }
    // (German writes the kind capitalised, after its article or
    // possessive: "Datavolt, unser Anbieter für Strom", "Quantora, ein
    // Dienstleister aus Köln")
    let german = line(s + 1)
        && line(s + 2)
        && c.lower_in(s, GERMAN_APPOSITION_DETERMINERS)
        && c.is_cap(s + 1)
        && kind_word(s + 1);
    german || kind(s) || line(s) && c.lower_in(s, KIND_ARTICLES) && !c.is_cap(s) && kind(s + 1)
}

/// German articles and possessives before a capitalised kind in
/// apposition ("unser Anbieter", "ein Dienstleister", "der Versicherer").
const GERMAN_APPOSITION_DETERMINERS: &[&str] = &[
    "unser", "unsere", "unseres", "ein", "eine", "der", "die", "das", "ihr", "ihre", "dein",
    "deine", "euer", "eure",
];

/// What a company is, said after its name and a comma besides
/// [`ORG_KINDS`]: a trading name, a subsidiary, plural kinds ("Almerys et
/// Viamedis, opérateurs de tiers payant").
const KINDS_IN_APPOSITION: &[&str] = &[
    "handelsnaam",
    "dochteronderneming",
    "dochter",
    "subsidiary",
    "tochtergesellschaft",
    "tochter",
    "filiale",
    "filial",
    "controllata",
    "opérateurs",
    "operadores",
    "fournisseurs",
    "proveedores",
    "suppliers",
    "providers",
    "prestataires",
    "fornitori",
    "leveranciers",
    "anbieter",
];

/// A person's name, a title or role before one, or a numbered unit
/// ([`title_or_unit`], [`ends_with_surname`]).
fn person_or_unit(c: &Ctx<'_>, first: usize) -> bool {
    title_or_unit(c, first) || ends_with_surname(c, first)
}

/// The run at `first` starts with a known given name, a common word, a
/// department, a title or a role word ("Bundeskanzler Scholz", "Notaris
/// Jansen"), or has a number or a single letter after it ("Plot 7",
/// "Building C").
fn title_or_unit(c: &Ctx<'_>, first: usize) -> bool {
    let k0 = c.key(first);
    if is_first_name(k0)
        || is_common(k0)
        || DEPARTMENTS.contains(k0)
        || c.lower_in(first, &TITLES)
        || c.lower_in(first, &PERSON_CONTEXT)
        || c.lower_in(first, ROLES)
    {
        return true;
    }
    let after = run_last(c, first) + 1;
    after < c.toks.len()
        && c.same_line(after)
        && (c.toks[after].kind == Kind::Num
            || c.t(after).len() == 1 && c.t(after).bytes().all(|b| b.is_ascii_uppercase()))
}

/// The run at `first` is a lone known surname or ends with one ("Merkel",
/// "Ostelio Marvanti" when "Marvanti" is known).
fn ends_with_surname(c: &Ctx<'_>, first: usize) -> bool {
    is_surname(c.key(run_last(c, first)))
}

/// The last word of the capitalised run at `first` (four words at most).
fn run_last(c: &Ctx<'_>, first: usize) -> usize {
    let mut last = first;
    while last + 1 < c.toks.len()
        && last < first + 3
        && c.is_cap(last + 1)
        && c.same_line(last + 1)
        && c.toks[last + 1].sp
    {
        last += 1;
    }
    last
}

/// Roles and offices written before a person's name that the title and
/// person-context lists do not hold.
const ROLES: &[&str] = &[
    "minister",
    "ministerin",
    "chancellor",
    "bundeskanzler",
    "bundeskanzlerin",
    "kanzler",
    "kanzlerin",
    "ministerpräsident",
    "ministerpräsidentin",
    "innenminister",
    "innenministerin",
    "attorney",
    "rechtsanwalt",
    "rechtsanwältin",
    "steuerberater",
    "steuerberaterin",
    "notar",
    "notarin",
    "notaris",
    "advocaat",
    "maître",
    "avvocato",
    "abogado",
    "abogada",
    "familie",
    "family",
    "president",
    "senator",
    "mayor",
    "bürgermeister",
    "bürgermeisterin",
];

/// Every word [`before_name`] may find right before a run (elided
/// articles aside), for its first look-up.
static BEFORE_NAME: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [HEAD_PREPS, BY_PREPS, CHOOSING, &[KEUZE_VOOR.1][..]]
        .into_iter()
        .flatten()
        .copied()
        .chain(DEALS.iter().map(|(_, prep)| *prep))
        .chain(ORG_KINDS.iter().copied())
        .collect()
});

/// Every word [`after_name`] may find right after a run, for its first
/// look-up.
static AFTER_NAME: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [
        EMPLOYS,
        FOUNDED,
        FOUNDED_AUX,
        PERFECT_AUX,
        COPULAS,
        HEAD_ADJECTIVES,
        POSSESSED,
        SPOKESPEOPLE,
        SHARES,
        CUSTOMER,
        GERMAN_ACQUIRED,
    ]
    .into_iter()
    .flatten()
    .copied()
    .chain(SEATED.iter().map(|words| words[0]))
    .collect()
});

// ---- what a company is, before its name

/// Token `p` names what a company is ([`ORG_KINDS`]) right before the run:
/// in lower case after an article ("la société X", "het bedrijf X", "the
/// carmaker X"), after "l'" ("l'entreprise X"), or, capitalised as German
/// nouns are, after a German definite article that opens a sentence or
/// follows "bei", "von" or "für" ("Das Unternehmen X meldete", "bei der
/// Firma X"; elsewhere the noun after it is mostly an object: "ob das
/// Unternehmen Gewinne erzielt"). A capitalised kind word after another
/// language's article begins the name ("la Société Générale").
fn kind_before(c: &Ctx<'_>, p: usize) -> bool {
    if !c.same_line(p + 1) || defined_term(c, p + 1) {
        return false;
    }
    if elided_kind(c, p) == Some(false) {
        return !name_goes_on(c, p);
    }
    // ("der Rechenzentrumsdienstleister X", "beim Sägewerksverband X")
    if p > 0 && c.same_line(p) && kind_compound(c, p) {
        return german_kind_article(c, p);
    }
    if !(c.lower_in(p, &ORG_KINDS) && p > 0 && c.same_line(p)) {
        return false;
    }
    // (not a group of people after a preposition: "Reserva para grupo
    // Martínez", "per gruppo Bianchi")
    if !c.is_cap(p) {
        // ("il fondo Europeo di sviluppo", "the brand Ambassador
        // programme", "el operador Logístico")
        if name_goes_on(c, p) || is_common(c.key(p + 1)) {
            return false;
        }
        return c.lower_in(p - 1, KIND_ARTICLES)
            || c.lower_in(p - 1, KIND_PREPOSITIONS)
                && !c.lower_in(p, &["grupo", "gruppo", "groupe", "group", "groep"]);
    }
    german_kind_article(c, p)
}

/// The run after a kind's word at `p` goes on after a link, so that its
/// end is unknown: "l'association Jazz en Baie de Somme", "la cooperativa
/// Agroexportadora Valle de Olmos" ("la aseguradora Mutua Egarense en
/// Terrassa" says where it is).
fn name_goes_on(c: &Ctx<'_>, p: usize) -> bool {
    let mut end = p + 1;
    while end < c.toks.len() && c.same_line(end) && c.is_cap(end) {
        end += 1;
    }
    end + 1 < c.toks.len()
        && c.same_line(end + 1)
        && c.lower_in(end, NAME_LINKS)
        && c.is_cap(end + 1)
        && !(c.key(end) == "en" && is_place(c.key(end + 1)).is_some())
}

/// Lower-case words that join a body's name to more of it ("Ecologistas
/// en Acción", "Forêts et Bois de l'Est").
const NAME_LINKS: &[&str] = &[
    "de", "del", "della", "di", "du", "des", "en", "et", "y", "e", "und", "van", "of", "and",
];

/// Token `p` ends what a company is and what it does, in lower case,
/// right before the run: a word of [`ORG_KINDS`], "de", "di", "van"... and
/// one or two words, after an article or a preposition ("la empresa de
/// recobro X", "alla società di recupero crediti X", "le cabinet de
/// recouvrement X", "het bureau voor incasso X").
fn kind_of_before(c: &Ctx<'_>, p: usize) -> bool {
    // (what it does: a word of four letters or more, no connector: not
    // "la empresa de transportes de Madrid")
    let lower_word = |k: usize| {
        c.is_word(k)
            && !c.is_cap(k)
            && c.same_line(k)
            && c.t(k).len() >= 4
            && !c.lower_in(k, KIND_OF)
    };
    if !lower_word(p) || !c.same_line(p + 1) || is_place(c.key(p + 1)).is_some() {
        return false;
    }
    // the connector one or two words back
    (1..=2).any(|n| p >= n + 2 && (p - n + 1..p).all(lower_word) && kind_of_at(c, p - n))
}

/// Token `d` is "de", "di", "van"... after a lower-case word of
/// [`ORG_KINDS`] after an article or a preposition.
fn kind_of_at(c: &Ctx<'_>, d: usize) -> bool {
    d >= 2
        && c.same_line(d)
        && c.lower_in(d, KIND_OF)
        && c.same_line(d - 1)
        && !c.is_cap(d - 1)
        && c.lower_in(d - 1, &ORG_KINDS)
        && (c.lower_in(d - 2, KIND_ARTICLES) || c.lower_in(d - 2, KIND_PREPOSITIONS))
}

/// What joins what a company is to what it does ("empresa de recobro",
/// "società di recupero crediti", "bureau voor incasso").
const KIND_OF: &[&str] = &["de", "di", "du", "des", "del", "van", "voor", "of"];

/// Prepositions right before what a company is, with no article ("aan
/// incassobureau X", "tramite agenzia X", "con empresa X").
const KIND_PREPOSITIONS: &[&str] = &[
    "aan", "bij", "met", "door", "via", "à", "avec", "par", "pour", "a", "con", "por", "para",
    "da", "per", "presso", "tramite", "to", "with", "by", "from",
];

/// The run at `first` follows what a company is and a comma, after an
/// article or possessive: "the courier, X", "al corriere, X", "le
/// transporteur, X", "Your dental insurer, X", "la Sua assicurazione
/// sanitaria, X". `p` is the comma.
fn kind_comma_before(c: &Ctx<'_>, p: usize) -> bool {
    if p < 2 || !c.is_punct(p, ",") {
        return false;
    }
    let kind = |k: usize| !c.is_cap(k) && c.lower_in(k, &ORG_KINDS);
    let lower_word = |k: usize| c.is_word(k) && !c.is_cap(k);
    let article = |k: usize| c.lower_in(k, KIND_ARTICLES);
    // "the courier, X", "your dental insurer, X"; "la Sua assicurazione
    // sanitaria, X"
    // ("le cabinet de recouvrement, X", "la empresa de transporte, X")
    let named = c.same_line(p - 1)
        && kind(p - 1)
        && (article(p - 2) || p >= 3 && lower_word(p - 2) && article(p - 3))
        || p >= 3 && c.same_line(p - 2) && lower_word(p - 1) && kind(p - 2) && article(p - 3)
        || p >= 4 && lower_word(p - 1) && kind_of_at(c, p - 2);
    if !named {
        return false;
    }
    // a closed apposition ("the courier, X." or "the courier, X, was"),
    // not an opening clause ("According to the bank, Harrington had")
    let after = run_last(c, p + 1) + 1;
    after >= c.toks.len()
        || !c.same_line(after)
        || [",", ".", ";", ")", "!", "?"]
            .iter()
            .any(|q| c.is_punct(after, q))
}

/// Token `a` is a German definite article at a sentence's start or after
/// "bei", "von", "für".
fn german_subject_or_object_of(c: &Ctx<'_>, a: usize) -> bool {
    c.lower_in(a, GERMAN_ARTICLES)
        && (c.sentence_start(a)
            || a > 0 && c.same_line(a) && c.lower_in(a - 1, &["bei", "von", "für"]))
}

/// "Unser Schwesterunternehmen Falkner Digital", "der Logistikdienstleister
/// Haberl", "beim Sägewerksverband DeSH", "die Handelskette Edeka": token
/// `w` is a German compound naming what a company is (its trade, its role
/// or its tie to another), before its name; the name is no German noun and
/// no known place ("Industrieverband Kunststoffverpackungen", "Landesverband
/// Bayern" are names). A trade that opens names ("Bauunternehmen Moser",
/// "Ingenieurbüro Schmidt") is the name's own.
pub(super) fn kind_compound(c: &Ctx<'_>, w: usize) -> bool {
    const KINDS: &[&str] = &[
        "unternehmen",
        "gesellschaft",
        "konzern",
        "firma",
        "dienstleister",
        "anbieter",
        "händler",
        "hersteller",
        "lieferant",
        "spediteur",
        "zulieferer",
        "versicherer",
        "verband",
        "betrieb",
        "kette",
        "büro",
    ];
    let k0 = c.key(w);
    c.is_cap(w)
        && KINDS
            .iter()
            .any(|kind| k0.len() >= kind.len() + 3 && k0.ends_with(kind))
        && !ORG_PREFIXES.holds(c.t(w))
        && c.same_line(w + 1)
        && (c.is_cap(w + 1) || c.toks[w + 1].upper)
        && !is_german_noun(c.key(w + 1))
        && is_place(c.key(w + 1)).is_none()
        // ("Bundesverband Deutscher Banken": a genitive adjective goes on
        // with the compound's name)
        && !c.key(w + 1).ends_with("scher")
}

/// Token `p`, capitalised at the front of a run, is what a company is and
/// no part of its name: "Das Unternehmen X" (see [`kind_before`]) or
/// "L'entreprise X" (a lower-case word after the apostrophe; "L'Azienda
/// Ospedaliera" is a name), the name being no known place.
pub(super) fn kind_opens_run(c: &Ctx<'_>, p: usize) -> bool {
    // (not before a known place: "L'opérateur Orange" would be the town)
    c.is_word(p)
        && c.is_cap(p + 1)
        && c.same_line(p + 1)
        && is_place(c.key(p + 1)).is_none()
        && (elided_kind(c, p) == Some(false)
            || c.is_cap(p)
                && c.lower_in(p, &ORG_KINDS)
                && p > 0
                && c.same_line(p)
                && german_kind_article(c, p))
}

/// Token `p`, a capitalised kind word, follows a German article or
/// possessive that makes it what a company is: at a sentence's start or
/// after "bei", "von", "für" ("Das Unternehmen X meldete"), after a
/// possessive ("Ihre Krankenkasse X"), or after any article when no
/// German noun follows ("weil der Hersteller X", not "ob das Unternehmen
/// Gewinne erzielt").
fn german_kind_article(c: &Ctx<'_>, p: usize) -> bool {
    german_subject_or_object_of(c, p - 1)
        || c.lower_in(p - 1, POSSESSIVES)
        || c.lower_in(p - 1, GERMAN_ARTICLES) && !is_german_noun(c.key(p + 1))
}

/// Token `p` is "l'" or "l’" and a word of [`ORG_KINDS`]: whether that
/// word is capitalised ("L'Azienda"), `None` if it is not such a token.
fn elided_kind(c: &Ctx<'_>, p: usize) -> Option<bool> {
    let rest = after_elided_l(c.t(p))?;
    let lower = rest.to_lowercase();
    ORG_KINDS
        .contains(&lower.as_str())
        .then(|| rest.chars().next().is_some_and(char::is_uppercase))
}

/// What follows an elided "l'" (or "l’") at the front of `word`
/// ("l'entreprise", "L'amministratore"), if it has one.
fn after_elided_l(word: &str) -> Option<&str> {
    ["l'", "L'", "l’", "L’"]
        .iter()
        .find_map(|article| word.strip_prefix(article))
}

/// A one-word run that reads as a contract's defined term or a role: a
/// participle or agent ending ("Absorbante", "Dominante", "Bénéficiaire",
/// "Contratista", "Auftragnehmer", "Opdrachtgever"), or a pronoun ("Ihnen",
/// "Ihrer").
fn defined_term(c: &Ctx<'_>, first: usize) -> bool {
    let k = c.key(first);
    let one_word = !(c.is_cap(first + 1) && c.same_line(first + 1));
    PRONOUNS.contains(&k)
        || one_word && DEFINED_TERM_ENDINGS.iter().any(|e| k.ends_with(e)) && k.chars().count() > 6
}

const DEFINED_TERM_ENDINGS: &[&str] = &[
    "ante", "ente", "aire", "ataria", "atario", "ista", "nehmer", "gever", "geber", "nemer",
];

/// German pronouns capitalised in polite address ("dass das Unternehmen
/// Ihnen kündigt").
const PRONOUNS: &[&str] = &[
    "ihnen", "ihrer", "ihre", "ihren", "ihr", "ihres", "sie", "euch", "uns", "unser", "unsere",
];

/// Articles and determiners before a lower-case [`ORG_KINDS`] word ("the",
/// "la", "del", "het"...), in the covered languages.
const KIND_ARTICLES: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "le", "la", "les", "un", "une", "du", "au", "notre",
    "votre", "leur", "el", "los", "las", "una", "del", "al", "nuestra", "nuestro", "su", "il",
    "lo", "uno", "della", "dello", "dal", "dalla", "alla", "nella", "nostra", "het", "de", "een",
    "onze", "hun", "your", "my", "his", "her", "mon", "ma", "ton", "ta", "son", "sa", "vos", "nos",
    "tu", "mi", "tus", "sus", "mio", "mia", "tuo", "tua", "suo", "sua", "nostro", "vostro",
    "vostra", "uw", "jouw", "mijn", "zijn", "haar",
];

/// German definite articles and their contractions.
const GERMAN_ARTICLES: &[&str] = &[
    "der", "die", "das", "des", "dem", "den", "beim", "vom", "zum", "zur",
];

// ---- who belongs to it, before "of"

/// The prepositions between an [`ORG_HEADS`] word and the company.
const HEAD_PREPS: &[&str] = &[
    "of", "for", "von", "de", "du", "di", "del", "della", "dello", "van",
];

/// "the shareholders of X", "ein Sprecher von X", "el consejero delegado
/// de X" ("delegado" and "delegato" only after "consejero",
/// "amministratore": "El Delegado de Protección de Datos" is an office).
fn head_before(c: &Ctx<'_>, p: usize) -> bool {
    if !(p > 0 && c.same_line(p) && c.lower_in(p, HEAD_PREPS)) {
        return false;
    }
    let h = p - 1;
    if c.lower_in(h, &["delegado", "delegada", "delegato", "delegata"]) {
        if h == 0 || !c.same_line(h) {
            return false;
        }
        // (after an elided article: "L'amministratore delegato")
        let key = c.key(h - 1);
        let key = after_elided_l(key).unwrap_or(key);
        return CHIEF_OF_DELEGATE.contains(&key);
    }
    // (capitalised only where German capitalises nouns or a sentence
    // starts: "The Founders of Modern Physics" is a title; a German noun
    // or a place after it is none: "die Mitarbeiter von Behörden", "der
    // Gründer von Wiesenbach")
    c.lower_in(h, &ORG_HEADS)
        && (!c.is_cap(h) || c.sentence_start(h) || is_german_noun(c.key(h)))
        && !is_german_noun(c.key(p + 1))
        && is_place(c.key(p + 1)).is_none()
}

/// "Consejero delegado", "amministratore delegato": a managing director.
const CHIEF_OF_DELEGATE: &[&str] = &[
    "consejero",
    "consejera",
    "amministratore",
    "amministratrice",
];

// ---- its buyer, a stake or merger, a customer's thanks

/// The agent's preposition after [`ACQUIRED`].
const BY_PREPS: &[&str] = &["by", "par", "por", "da", "door"];

/// Acquired, in the covered languages (German puts the participle after
/// the buyer, see [`said_after`]); "taken" only before "over".
const ACQUIRED: &[&str] = &[
    "acquired",
    "racheté",
    "rachetée",
    "rachetés",
    "rachetées",
    "acquise",
    "adquirida",
    "adquirido",
    "acquisita",
    "acquisito",
    "rilevata",
    "rilevato",
    "overgenomen",
];

/// "The startup was acquired by X", "La filiale a été rachetée par X",
/// "Het bedrijf werd overgenomen door X": a company acquired, named a few
/// words before (not "the property acquired by X").
fn bought_by(c: &Ctx<'_>, p: usize) -> bool {
    if !(p > 1 && c.same_line(p) && c.lower_in(p, BY_PREPS)) {
        return false;
    }
    let v = p - 1;
    let acquired = c.lower_in(v, ACQUIRED)
        || c.lower_in(v, &["over"]) && c.same_line(v) && c.lower_in(v - 1, &["taken"]);
    acquired && company_noun_before(c, v)
}

/// A company noun at most six words before token `v` on its line ("The
/// startup was acquired", "Die Sparte wurde von").
fn company_noun_before(c: &Ctx<'_>, v: usize) -> bool {
    let mut k = v;
    while k > 0 && v - k < 6 && c.same_line(k) {
        k -= 1;
        if c.lower_in(k, &ORG_KINDS) || c.lower_in(k, ACQUIRED_NOUNS) {
            return true;
        }
    }
    false
}

/// Companies and their parts, what is acquired.
const ACQUIRED_NOUNS: &[&str] = &[
    "startup",
    "start-up",
    "business",
    "subsidiary",
    "division",
    "brand",
    "sparte",
    "tochter",
    "tochtergesellschaft",
    "filiale",
    "filial",
    "marque",
    "marca",
    "divisione",
    "divisão",
    "dochter",
    "dochteronderneming",
    "merk",
];

/// A stake or a merger, each with its own preposition ("a stake in X",
/// "merged with X", "Fusion mit X", "fusionne avec X", "participation
/// dans X", "fusión con X", "fusione con X", "fusie met X").
const DEALS: &[(&str, &str)] = &[
    ("stake", "in"),
    ("stakes", "in"),
    ("merger", "with"),
    ("merged", "with"),
    ("fusion", "mit"),
    ("fusioniert", "mit"),
    ("fusion", "avec"),
    ("fusionne", "avec"),
    ("fusionné", "avec"),
    ("fusionnée", "avec"),
    ("participation", "dans"),
    ("fusión", "con"),
    ("fusionó", "con"),
    ("fusione", "con"),
    ("fusie", "met"),
    ("gefuseerd", "met"),
    ("fuseert", "met"),
];

fn deal_before(c: &Ctx<'_>, p: usize) -> bool {
    p > 0
        && c.same_line(p)
        && DEALS
            .iter()
            .any(|(w, prep)| c.key(p) == *prep && c.key(p - 1) == *w)
}

/// Choosing, right before a company's name in a customer's thanks.
const CHOOSING: &[&str] = &[
    "choosing", "chosen", "choisi", "elegir", "elegido", "scelto", "gewählt",
];

/// "keuze voor": Dutch "choice of", before the company chosen.
const KEUZE_VOOR: (&str, &str) = ("keuze", "voor");

/// Thanks, a few words before [`CHOOSING`].
const THANKS: &[&str] = &[
    "thank",
    "thanks",
    "merci",
    "gracias",
    "grazie",
    "bedankt",
    "dank",
    "danke",
    "danken",
    "remercions",
    "agradecemos",
    "ringraziamo",
];

/// "Thank you for choosing X", "Merci d'avoir choisi X", "Gracias por
/// elegir X", "Grazie per aver scelto X", "Bedankt voor uw keuze voor X"
/// (not "The board has chosen X as CEO", "Vous avez choisi Formule
/// Confort").
fn chosen(c: &Ctx<'_>, p: usize) -> bool {
    let choice = c.lower_in(p, CHOOSING)
        || p > 0 && c.key(p) == KEUZE_VOOR.1 && c.same_line(p) && c.key(p - 1) == KEUZE_VOOR.0;
    if !choice {
        return false;
    }
    let mut k = p;
    while k > 0 && p - k < 6 && c.same_line(k) {
        k -= 1;
        if c.lower_in(k, THANKS) {
            return true;
        }
    }
    false
}

// ---- after the name

/// Stock exchanges, before a colon and a ticker in brackets after a
/// company's name ("Acme (NASDAQ: ACME)").
const EXCHANGES: &[&str] = &[
    "nasdaq", "nyse", "lse", "amex", "euronext", "xetra", "fwb", "tsx", "asx", "six", "bme", "otc",
    "otcqx", "ticker",
];

/// Seated somewhere, after a company's name (word keys, in order); not the
/// Dutch "is gevestigd in", said of lawyers and notaries too.
const SEATED: &[&[&str]] = &[
    &["is", "headquartered"],
    &["headquartered", "in"],
    &["has", "its", "headquarters"],
    &["hat", "seinen", "sitz"],
    &["mit", "sitz", "in"],
    &["a", "son", "siège"],
    &["dont", "le", "siège"],
    &["tiene", "su", "sede"],
    &["con", "sede", "en"],
    &["con", "sede", "a"],
    &["con", "sede", "in"],
    &["ha", "sede", "a"],
    &["ha", "sede", "in"],
    &["met", "hoofdkantoor", "in"],
];

/// Seated somewhere, from token `s` ([`SEATED`]).
fn seated_at(c: &Ctx<'_>, s: usize) -> bool {
    SEATED.iter().any(|words| {
        words.iter().enumerate().all(|(i, w)| {
            let k = s + i;
            k < c.toks.len() && c.same_line(k) && c.is_word(k) && c.key(k) == *w
        })
    })
}

/// Perfect auxiliaries before a passive's "been", "sido", "été", "stata"
/// ([`founded_after`]).
const PERFECT_AUX: &[&str] = &["has", "ha", "a"];

/// Founded, in the covered languages.
const FOUNDED: &[&str] = &[
    "founded",
    "gegründet",
    "fondée",
    "fondé",
    "fundada",
    "fundado",
    "fondata",
    "fondato",
    "opgericht",
];

/// Passive auxiliaries and a year's words between a company's name and
/// [`FOUNDED`] ("was", "wurde im Jahr", "a été", "fue", "è stata nel",
/// "werd in"); "has", "ha" and "a" only before "been", "sido", "été",
/// "stata" ("Smith has founded three startups" is active).
const FOUNDED_AUX: &[&str] = &[
    "was", "is", "been", "wurde", "ist", "im", "jahr", "été", "fue", "sido", "è", "stata", "stato",
    "nel", "werd", "in", "en",
];

/// "X was founded in 1998", "X wurde 1998 gegründet", "X a été fondée",
/// "X è stata fondata nel 1998", "X werd in 1998 opgericht"; not a known
/// place, nor in a year before 1800 ("München wurde 1158 gegründet").
fn founded_after(c: &Ctx<'_>, first: usize, s: usize) -> bool {
    let line = |k: usize| k < c.toks.len() && c.same_line(k);
    if is_place(c.key(first)).is_some() {
        return false;
    }
    let mut k = s;
    if c.lower_in(s, PERFECT_AUX) {
        if !(line(s + 1) && c.lower_in(s + 1, &["been", "sido", "été", "stata", "stato"])) {
            return false;
        }
        k = s + 1;
    }
    while k < s + 5 && line(k) {
        if c.lower_in(k, FOUNDED) {
            return k > s;
        }
        // a town's or an abbey's year ("founded by monks in 1200")
        let old_year = c.toks[k].kind == Kind::Num && c.t(k).parse::<u32>().is_ok_and(|y| y < 1800);
        if old_year || !(c.lower_in(k, FOUNDED_AUX) || c.toks[k].kind == Kind::Num) {
            return false;
        }
        k += 1;
    }
    false
}

/// "is", "was" in the covered languages.
const COPULAS: &[&str] = &["is", "was", "ist", "war", "est", "était", "es", "era", "è"];

/// Indefinite articles.
const INDEFINITE: &[&str] = &["a", "an", "ein", "eine", "un", "une", "una", "uno", "een"];

/// Providers and makers, with [`ORG_KINDS`] what a company is said to be.
const PROVIDERS: &[&str] = &[
    "provider",
    "supplier",
    "producer",
    "distributor",
    "fournisseur",
    "prestataire",
    "proveedor",
    "productor",
    "fornitore",
    "aanbieder",
    "producent",
];

/// What follows what a company is said to be ("a leading provider of",
/// "ein Anbieter von", "un fabricant de", "een leverancier van"), so that
/// "a firm believer" and "a company director" are not.
const PROVIDER_PREPS: &[&str] = &[
    "of", "for", "in", "von", "für", "de", "pour", "en", "di", "per", "van", "voor",
];

/// "X is a leading provider of", "X ist ein führender Anbieter von", "X
/// est un fabricant de": a copula, an indefinite article, at most two
/// words, what a company is, then a preposition.
fn provider_after(c: &Ctx<'_>, s: usize) -> bool {
    let line = |k: usize| k < c.toks.len() && c.same_line(k);
    if !(c.lower_in(s, COPULAS) && line(s + 1) && c.lower_in(s + 1, INDEFINITE)) {
        return false;
    }
    let mut k = s + 2;
    while k < s + 5 && line(k) && c.is_word(k) {
        if c.lower_in(k, &ORG_KINDS) || c.lower_in(k, PROVIDERS) {
            return line(k + 1) && c.lower_in(k + 1, PROVIDER_PREPS);
        }
        k += 1;
    }
    false
}

/// Employs, before a number, in the covered languages.
const EMPLOYS: &[&str] = &["employs", "beschäftigt", "emploie", "emplea", "impiega"];

/// German participles of acquiring, after the buyer ("von X
/// übernommen").
const GERMAN_ACQUIRED: &[&str] = &["übernommen", "aufgekauft"];

/// "customer", before "service", "support", "care".
const CUSTOMER: &[&str] = &["customer"];

/// A company's shares, before how they move ("Initech shares fell").
const SHARES: &[&str] = &["shares", "stock"];

/// How shares move, after "X shares" at a sentence's start.
const SHARE_MOVES: &[&str] = &[
    "fell", "rose", "jumped", "dropped", "slumped", "gained", "climbed", "surged", "tumbled",
    "closed", "opened", "traded", "slipped", "soared", "plunged", "lost", "edged",
];

/// Markets and sectors whose shares move ("European shares fell").
const MARKETS: &[&str] = &[
    "european", "asian", "american", "german", "british", "french", "spanish", "italian", "dutch",
    "japanese", "chinese", "global", "world", "us", "uk", "eu", "tech", "bank", "oil", "energy",
    "mining", "retail",
];

/// Adjectives between a company's name and what it has.
const HEAD_ADJECTIVES: &[&str] = &[
    "new",
    "former",
    "chief",
    "top",
    "largest",
    "biggest",
    "main",
    "annual",
    "quarterly",
];

/// What a company has, after its name with a possessive ("Initech's chief
/// executive", "Massive Dynamic's new plant", "Globex's revenue"); not
/// what people have too ("Smith's team", "Merkel's spokesman").
const POSSESSED: &[&str] = &[
    "board",
    "shareholders",
    "shares",
    "stock",
    "executive",
    "ceo",
    "cfo",
    "headquarters",
    "subsidiary",
    "subsidiaries",
    "plant",
    "plants",
    "factory",
    "factories",
    "stores",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "share",
];

/// Who speaks for a company, after its name and an article ("A Hooli
/// spokesperson", "the Globex shareholders").
const SPOKESPEOPLE: &[&str] = &[
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "shareholders",
];
