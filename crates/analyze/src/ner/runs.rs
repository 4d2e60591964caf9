//! Capitalised runs: where they start and end, and the trimming of leading
//! common words and greetings before [`classify`](super::classify) decides
//! what a run is.

use super::addresses::{MONTHS, WEEKDAYS, address_place, dutch_postcode_before};
use super::classify::{classify, german_before, german_determiner_before, journey_between};
use super::clues::{
    greeting_before, is_supplier_word, label_before, label_type, line_start, person_context,
    signature_line, title_before,
};
use super::organizations::{is_known_company, is_org_suffix_word, question_opening};
use super::places::{PLACE_ARTICLES, prep_before, province_code_at, run_place_phrase};
use super::push;
use super::said::{kind_compound, kind_opens_run};
use super::scores::{
    ADDRESS_PLACE, PLACE_PHRASE_COUNTRY_OR_REGION, PLACE_PHRASE_PREP_BONUS, SURNAME_FIRST,
};
use super::tokenize::{Ctx, Kind};
use super::words::{
    BUSINESS_WORDS, GREETINGS, ORG_CONTEXT, ORG_KINDS, ORG_PREFIXES, PARTICLES, PERSON_CONTEXT,
    TITLES, TOPO_PREFIXES, is_common, is_first_name, is_german_compound_noun, is_german_noun,
    is_german_plain_noun, is_inner_particle, is_place, is_surname,
};
use crate::gazetteer::GAZ;
use crate::{Candidate, EntityType};

/// Walks the capitalised runs of the text: multi-word gazetteer places
/// first, then each run trimmed and handed to [`classify`].
pub(super) fn people_and_places(c: &Ctx<'_>, out: &mut Vec<Candidate>) {
    let n = c.toks.len();
    let mut i = 0;
    while i < n {
        let tk = &c.toks[i];
        // Galician "A Coruña", "O Porriño": a one-letter article before a
        // capitalised word may open a place's name, and nothing else
        let article = tk.kind == Kind::Word
            && c.t(i).len() == 1
            && PLACE_ARTICLES.contains(&c.t(i))
            && c.is_cap(i + 1);
        if (tk.kind != Kind::Word || !tk.cap || c.lower_in(i, &TITLES)) && !article {
            i += 1;
            continue;
        }
        // "Koper: Havenbedrijf Rotterdam": a field's label is not what it
        // labels, though a town has its name (Koper, Slovenia)
        // ("Herr Koper: Ich stimme zu": after a title it is a name)
        if c.is_punct(i + 1, ":")
            && c.same_line(i + 1)
            && label_type(c.key(i)).is_some()
            && !title_before(c, i)
        {
            i += 1;
            continue;
        }
        // (a one-letter article, as a village, needs a place's context:
        // "Attendees: J Smith, A Veiga" names a person)
        let phrase = run_place_phrase(c, i, article);
        // ("Empfänger: Anna Roht, Isle of Man": after a comma of a person
        // list, a country or region of several words is a place; a town's
        // may be a person's name: "Attendees: Tom Brown, Glen Allen")
        if let Some((end, score)) = phrase
            && !title_before(c, i)
            && (label_before(c, i) != Some(EntityType::Person)
                || c.is_punct(i - 1, ",") && score >= PLACE_PHRASE_COUNTRY_OR_REGION)
        {
            let bonus = if prep_before(c, i) {
                PLACE_PHRASE_PREP_BONUS
            } else {
                0.0
            };
            push(
                out,
                EntityType::Location,
                c.toks[i].s,
                c.toks[end - 1].e,
                score + bonus,
                "gazetteer",
            );
            i = end;
            continue;
        }
        if article {
            i += 1;
            continue;
        }
        let (mut words, end) = run_at(c, i);
        // single-letter words ("I", "A") start nothing
        if words.len() == 1 && c.t(i).chars().count() == 1 {
            i = end;
            continue;
        }
        let ctx = trim_front(c, &mut words);
        // A town named like a common word ("a Como", "in Auch", "in Wil")
        // is the town after a location preposition or a postcode ("1203 OY
        // Leven", "22100 Como"; "à Nice" after the French preposition),
        // and, for those of data/ner/towns_named_like_words.txt, heading a
        // letter's date line ("Dieren, 12 maart 2024"), ...
        let dateline = |w: usize| {
            (w == 0 || c.toks[w].nl)
                && c.is_punct(w + 1, ",")
                && c.same_line(w + 2)
                && (c.toks.get(w + 2).is_some_and(|t| t.kind == Kind::Num)
                    || c.lower_in(w + 2, MONTHS)
                    || c.lower_in(w + 2, &["den", "le", "el", "il", "the"]))
        };
        // ... closing an address's line after a house number on it or on
        // the line before ("Dorpsstraat 3, Halen", "Kerkstraat 1⏎Echt";
        // not "Calle Mayor 5, Centro, 28013 Madrid", a district) ...
        let in_address = |w: usize| {
            !c.same_line(w + 1)
                && (w > 0
                    && c.is_punct(w - 1, ",")
                    && (line_start(c, w)..w).any(|j| c.toks[j].kind == Kind::Num)
                    || w > 0 && c.toks[w].nl && c.toks[w - 1].kind == Kind::Num)
        };
        // ... or named a town after a copula ("Capaci è un comune", "Halen
        // is een gemeente", "Hilo is the largest town")
        let called_a_town = |w: usize| {
            c.same_line(w + 1)
                && c.lower_in(
                    w + 1,
                    &[
                        "is", "ist", "è", "es", "est", "was", "war", "era", "fue", "était",
                        "liegt", "ligt",
                    ],
                )
                && (w + 2..w + 7)
                    .take_while(|&j| c.is_word(j) && c.same_line(j))
                    .any(|j| c.lower_in(j, SETTLEMENT_WORDS))
        };
        let place_after_prep = || {
            let (w, k) = (words[0], c.key(words[0]));
            (TOWNS_NAMED_LIKE_WORDS.contains(&k) || GAZ.town_words.contains(k))
                && (prep_before(c, w) || address_place(c, w, w + 1) || dutch_postcode_before(c, w))
                || k == "nice" && w > 0 && c.same_line(w) && c.lower_in(w - 1, &["à"])
        };
        // (these last three the name rules do not read as places
        // themselves)
        if words.len() == 1
            && GAZ.town_words.contains(c.key(words[0]))
            && is_place(c.key(words[0])).is_some()
            && (dateline(words[0]) || in_address(words[0]) || called_a_town(words[0]))
        {
            let w = words[0];
            push(
                out,
                EntityType::Location,
                c.toks[w].s,
                c.toks[w].e,
                ADDRESS_PLACE,
                "address",
            );
            i = end;
            continue;
        }
        // "Al final", "Al principio": Spanish "a el" before the rest of a
        // set phrase, not the given name
        let spanish_al = || {
            c.key(words[0]) == "al"
                && c.is_word(end)
                && c.same_line(end)
                && c.lower_in(end, AL_PHRASES)
                && c.t(end).starts_with(char::is_lowercase)
        };
        // "Beste Anders,", "Hoi Wil,": a known given name after a greeting
        // is the person, though also a word
        let greeted = || {
            let w = words[0];
            w > 0 && c.same_line(w) && GREETINGS.contains(&c.key(w - 1)) && is_first_name(c.key(w))
        };
        let k0 = c.key(words[0]);
        if words.len() == 1
            && (is_common(k0) && !title_before(c, words[0]) && !place_after_prep() && !greeted()
                || spanish_al())
        {
            // a lone common word: nothing (a label, a heading, a sentence start)
            i = end;
            continue;
        }
        // "24066 Pedrengo (BG)", "04867 Macael (Almería)": an Italian or a
        // Spanish address's town between its postal code and its
        // province in brackets (no company's words: "12345 Acme GmbH
        // (Berlin)")
        let w0 = words[0];
        let province_after = province_code_at(c, end).is_some()
            || c.is_punct(end, "(")
                && c.same_line(end)
                && c.is_cap(end + 1)
                && c.same_line(end + 1);
        if words.len() <= 3
            && w0 > 0
            && c.same_line(w0)
            && c.toks[w0 - 1].kind == Kind::Num
            && c.t(w0 - 1).len() == 5
            && province_after
            && (w0..end).all(|k| {
                !is_org_suffix_word(c.t(k))
                    && !BUSINESS_WORDS.contains(c.key(k))
                    && !is_known_company(c.t(k))
            })
        {
            push(
                out,
                EntityType::Location,
                c.toks[w0].s,
                c.toks[end - 1].e,
                ADDRESS_PLACE,
                "address",
            );
            i = end;
            continue;
        }
        classify(c, &words, end, ctx, out);
        i = end;
    }
}

/// What a town is called in the six languages ("a town", "een gemeente",
/// "un comune").
const SETTLEMENT_WORDS: &[&str] = &[
    "town",
    "city",
    "village",
    "municipality",
    "gemeente",
    "stad",
    "dorp",
    "stadt",
    "gemeinde",
    "dorf",
    "kleinstadt",
    "comune",
    "città",
    "cittadina",
    "frazione",
    "municipio",
    "ciudad",
    "localidad",
    "commune",
    "ville",
];

/// Words after Spanish "Al" in set phrases ("Al final", "Al respecto").
const AL_PHRASES: &[&str] = &[
    "final",
    "principio",
    "igual",
    "respecto",
    "parecer",
    "menos",
    "fin",
    "día",
    "mes",
    "año",
    "cabo",
    "lado",
    "contrario",
    "momento",
    "recibir",
    "llegar",
    "salir",
    "finalizar",
    "mismo",
];

/// Towns whose names are also common words of `data/common_words.txt` but
/// not English ones, beside those of `data/ner/towns_named_like_words.txt`
/// (the rest of that overlap, "March", "Sales", "Nice", "Reading",
/// "Mobile", "Corte", reads as the word even after a preposition: "have a
/// Nice weekend", "Introduction to Reading", "in Corte di Cassazione").
const TOWNS_NAMED_LIKE_WORDS: &[&str] = &["auch", "como", "réunion", "reunión"];

#[derive(Clone, Copy)]
pub(super) struct RunCtx {
    /// "Hi", "Dear", "Hallo"... right before the run.
    pub(super) greeting: bool,
    /// A capitalised common word was cut from the front ("Project Phoenix").
    pub(super) trimmed_noun: bool,
}

/// Cuts leading common words, greetings and a sentence-initial noun before
/// a full name off the run ("Dear Anna", "Project Phoenix", "Patient John
/// Miller"), and says what was cut.
fn trim_front(c: &Ctx<'_>, words: &mut Vec<usize>) -> RunCtx {
    let mut greeting = greeting_before(c, words[0]);
    // after an elided article ("l'Amministratore"), the first given name
    // among the run's first five words, looked up once (the trimming below
    // removes words from the front)
    let elided = words[0] > 0
        && c.same_line(words[0])
        && c.is_word(words[0] - 1)
        && (c.t(words[0] - 1).ends_with('\'') || c.t(words[0] - 1).ends_with('’'));
    let given_at = if elided {
        words
            .iter()
            .take(5)
            .copied()
            .find(|&w| is_first_name(c.key(w)))
    } else {
        None
    };
    let mut trimmed_noun = false;
    // trim leading common words / greetings
    while words.len() > 1 {
        let k0 = c.key(words[0]);
        // "De heer De Wit", "Mevr. Van den Berg": a capitalised particle
        // after a title starts the surname
        if is_inner_particle(k0) && title_before(c, words[0]) {
            break;
        }
        let k1 = c.key(words[1]);
        // ("In London it rains", "An Berlin schreiben wir", "Na Rotterdam
        // gaan we": a given name of the census lists that is a preposition
        // or an article, opening a sentence without a title or a label
        // before it, is that word; "Mr. An Tran", "Name: An Pham" stay)
        let function_word = FUNCTION_WORD_NAMES.contains(&k0)
            && c.sentence_start(words[0])
            && !title_before(c, words[0])
            && label_before(c, words[0]).is_none()
            // ("An Nguyen joined", "Ha Tran is": before a known surname
            // that is no given name or place the name stays; "So Peter,
            // das war's" is no name)
            && (!is_surname(k1) || is_first_name(k1) || is_place(k1).is_some());
        let keep = (is_first_name(k0)
            && !function_word
            && (is_surname(k1) || !is_common(k1))
            && !GREETINGS.contains(&k0))
            || (TOPO_PREFIXES.contains(&k0) && !is_common(k1));
        // "Patient John Miller ...": a sentence-initial unknown word
        // before a given name and a surname is not part of the name
        // "Secondo Nadia Errigo", "Ieri Nadia ...": likewise an unknown
        // sentence-initial word before a given name that is no common word
        // (not on a signature line: "Cordiali saluti,⏎Oriana Valentino")
        let lead_noun = c.sentence_start(words[0])
            && c.is_cap(words[1])
            && !is_first_name(k0)
            && !is_surname(k0)
            && is_first_name(k1)
            && (words.len() >= 3 && is_surname(c.key(words[2])) || !is_common(k1))
            && !signature_line(c, words[0], words[words.len() - 1] + 1);
        // "Unser Geschäftsführer Angela Bähr", "Kollegin Anna Roht": a
        // capitalised person-context word (a role) before a given name
        // "den Konkurrenten Halvex": a capitalised employer-context word
        // before the name (German nouns)
        // "Der Versicherungsnehmer Ostelio Marvanti": the role before two
        // unknown words
        // ("Topman Faas Zwiening sprak": a verb after the unknown name)
        let verb_after = || {
            let e = words[words.len() - 1] + 1;
            c.is_word(e) && c.same_line(e) && !c.toks[e].cap && !c.toks[e].upper
        };
        let role = PERSON_CONTEXT.contains(&k0)
            && (is_first_name(k1)
                || words.len() >= 3
                    && !is_common(k1)
                    && !TITLE_WORDS.contains(&k1)
                    && (INSURED.contains(&k0) || verb_after()))
            && !is_first_name(k0)
            || !c.sentence_start(words[0]) && ORG_CONTEXT.contains(&k0)
            // "Das Unternehmen Vandelay", "L'entreprise Vandelay": what a
            // company is, after an article (both cut), before its name
            || kind_opens_run(c, words[0])
            || kind_compound(c, words[0])
            || words.len() > 2 && kind_opens_run(c, words[1]);
        // "l'Amministratore Delegato Paolo Rota", "l'Avvocato Anna
        // Bianchi": after an elided article, the words before a given
        // name are a role, not part of the name
        // (an institution's word opens a name: "all'Ospedale San
        // Raffaele", "l'Istituto Mario Negri")
        let elided_role = elided
            && !is_first_name(k0)
            && !ORG_PREFIXES.holds(c.t(words[0]))
            && given_at.is_some_and(|g| g > words[0]);
        // "Betreff: Messestand Nürnberg", "zum Logistikzentrum Erfurt": German
        // nouns (of eight letters or more, or a noun's ending) before a known
        // place, in a German sentence
        let noun_before_place = || {
            words[1..].iter().any(|&w| is_place(c.key(w)).is_some())
                && german_before(c, words[0])
                && is_german_plain_noun(k0, c.t(words[0]), 7)
                && words[1..]
                    .iter()
                    .take_while(|&&w| is_place(c.key(w)).is_none())
                    .all(|&w| is_german_plain_noun(c.key(w), c.t(w), 7))
        };
        // "Der Gutachter Ingo Brandt", "dem Sachbearbeiter Thomas Keller":
        // a German noun after an article or possessive, before a given
        // name, is the person's role
        let german_role = || {
            is_first_name(k1)
                && !is_first_name(k0)
                && !is_surname(k0)
                && german_determiner_before(c, words[0])
                && is_german_compound_noun(k0, 6)
        };
        // "Ihre Krankenkasse Hella GmbH", "an unser Inkassobüro X": what
        // a company is, after a German article or possessive, is no part
        // of its name
        // ("Ihres Arbeitgebers Softpro", "unser Lieferant X": a party that is
        // mostly a company, likewise)
        let kind_lead = || {
            words.len() > 1
                && (ORG_KINDS.holds(k0) || is_supplier_word(k0))
                && german_determiner_before(c, words[0])
        };
        let cut = ((is_common(k0) || GREETINGS.contains(&k0)) && !keep)
            || question_opening(c, words[0], words[words.len() - 1] + 1)
            || kind_lead()
            || lead_noun
            || role
            || elided_role
            || german_role();
        let noun_before_place = !cut && noun_before_place();
        if cut || noun_before_place {
            if GREETINGS.contains(&k0) {
                greeting = true;
            } else if !c.sentence_start(words[0]) && !role && !elided_role && !noun_before_place {
                // "the Project Phoenix": a capitalised noun inside a name
                trimmed_noun = true;
            }
            words.remove(0);
            // drop a particle left at the front
            while words.len() > 1 && !c.is_cap(words[0]) {
                words.remove(0);
            }
        } else {
            break;
        }
    }
    RunCtx {
        greeting,
        trimmed_noun,
    }
}

/// The insured, a role before a full name even of unknown words ("Der
/// Versicherungsnehmer Ostelio Marvanti"); other roles need a known given
/// name or a verb after the name ("Topman Faas Zwiening sprak"), and
/// "Directeur Général Adjoint" is a title (see [`TITLE_WORDS`]).
const INSURED: &[&str] = &[
    "policyholder",
    "versicherungsnehmer",
    "versicherungsnehmerin",
    "versicherte",
    "versicherter",
    "assuré",
    "assurée",
    "asegurado",
    "asegurada",
    "assicurato",
    "assicurata",
    "verzekerde",
    "verzekeringnemer",
];

/// Words that continue a job title after its role word ("Directeur Général
/// Adjoint", "Direttore Risorse Umane", "Chief Executive Officer").
const TITLE_WORDS: &[&str] = &[
    "général",
    "générale",
    "general",
    "generale",
    "adjoint",
    "adjointe",
    "adjunto",
    "adjunta",
    "aggiunto",
    "delegato",
    "delegata",
    "delegado",
    "delegada",
    "délégué",
    "déléguée",
    "executive",
    "financial",
    "technical",
    "operating",
    "commercial",
    "commerciale",
    "comercial",
    "risorse",
    "recursos",
    "ressources",
    "human",
    "personal",
    "vertrieb",
    "marketing",
    "finanzen",
    "finances",
    "finanzas",
    "finanza",
];

/// Ways of travelling whose "with" names a carrier ("Vlucht met Fugro van
/// X naar Y", "Vol avec X de Lyon à Nice"; not Dutch "reis", also "I
/// travel": "Ik reis met Senna van Dijk naar Parijs").
const TRAVEL_WORDS: &[&str] = &[
    "flight",
    "vlucht",
    "flug",
    "vol",
    "vuelo",
    "volo",
    "reise",
    "voyage",
    "viaje",
    "viaggio",
    "trip",
    "rit",
    "fahrt",
    "transport",
    "transporte",
    "trasporto",
];

/// Dutch surname infixes that are not also particles of other languages
/// ("te Braak", "aan de Stegge", "op den Brouw", "uit den Bogaard"; not
/// the old "to" and "then", English words).
const DUTCH_INFIXES: &[&str] = &["te", "aan", "op", "uit"];

/// Builds a run of capitalised words from `i` (particles after a single
/// given name, initials and "St." allowed inside). Returns the word token
/// indices and the index after.
fn run_at(c: &Ctx<'_>, i: usize) -> (Vec<usize>, usize) {
    let n = c.toks.len();
    let mut words = vec![i];
    let mut j = i;
    loop {
        let k = j + 1;
        if k >= n || !c.same_line(k) {
            break;
        }
        let tk = &c.toks[k];
        if tk.kind == Kind::Word && tk.cap && tk.sp && !c.lower_in(k, &TITLES) {
            words.push(k);
            j = k;
            continue;
        }
        // "Charles de Gaulle", "Ursula von der Leyen": one or two particles
        // right after a single given name; also after a given name that
        // follows one leading word ("Volgens Hendrik van der Kaay")
        // ("Victor Mary de Hebert": not after a given name that follows
        // another given name, where it is the surname)
        let after_given = words.len() == 1
            || words.len() == 2 && is_first_name(c.key(j)) && !is_first_name(c.key(words[0]));
        // "Wouter te Braak", "Jet op den Weversborg": Dutch infixes after
        // a known given name only
        // ("Marius uit Zuideinde": "uit" is from where, except before "de",
        // "den", "het": "Bas uit de Bosch")
        let infix = is_first_name(c.key(j))
            && c.lower_in(k, DUTCH_INFIXES)
            && (c.key(k) != "uit" || c.lower_in(k + 1, &["de", "den", "der", "het"]));
        if after_given && tk.kind == Kind::Word && !tk.cap && (c.lower_in(k, &PARTICLES) || infix) {
            let mut q = k + 1;
            while q < n && q < k + 2 && c.lower_in(q, &PARTICLES) && c.same_line(q) {
                q += 1;
            }
            // "Charles de Gaulle"; with an unknown first word only "van der",
            // "van den" ("Jet van den Nuwenhuysen")
            let double = q >= k + 2 && c.lower_in(k, &["van", "von"]);
            // "Klant: Mads van Bergen", "Aanwezig: Suze van Klaarwater": a
            // person label or context word before an unknown given name
            let person_slot = words.len() == 1
                && (label_before(c, i) == Some(EntityType::Person) || person_context(c, i));
            let first_ok =
                is_first_name(c.key(j)) || (double || person_slot) && !is_common(c.key(j));
            // "Jan op Schiphol", "Emma uit Zwolle": "op" or "uit" before a
            // known place is the preposition ("te Brakel" is a name)
            // (a particle may end the text: "… de")
            let place_after =
                c.lower_in(k, &["op", "uit"]) && q < n && is_place(c.key(q)).is_some();
            // "Vlucht met Fugro van Stompetoren naar Oss": after a word
            // that is no known given name, the start of a journey
            // ("van De Kampen naar": over the place's capitalised words)
            let mut to = q;
            while to < q + 4 && c.is_cap(to) && c.same_line(to) {
                to += 1;
            }
            // ("Vlucht van De Waal naar": a sentence's first word is
            // trimmed off later)
            // (a known company, or a known town after the particle: "met
            // Senna van Dijk naar Parijs", "avec Thibalt de Montvaillant à
            // Rennes" are people)
            let carrier = j >= 2
                && c.lower_in(j - 1, &["met", "mit", "with", "avec", "con"])
                && c.lower_in(j - 2, TRAVEL_WORDS);
            let journey = !is_first_name(c.key(j))
                && !c.sentence_start(j)
                && (is_known_company(c.t(j))
                    || c.toks[j].upper
                    || carrier
                    || q < n && is_place(c.key(q)).is_some())
                && c.same_line(to)
                && c.is_cap(to + 1)
                && c.same_line(to + 1)
                && journey_between(c, k, to);
            if c.is_cap(q) && c.same_line(q) && first_ok && !place_after && !journey {
                words.extend(k..=q);
                j = q;
                continue;
            }
        }
        // initial "F." or "St." followed by a capitalised word
        let prev = c.t(j);
        if c.is_punct(k, ".")
            && !tk.sp
            && (prev.chars().count() == 1 || prev == "St")
            && c.is_cap(k + 1)
            && c.same_line(k + 1)
        {
            words.push(k + 1);
            j = k + 1;
            continue;
        }
        break;
    }
    (words, j + 1)
}

/// Given names of the census lists that are prepositions, articles or
/// pronouns of the covered languages.
const FUNCTION_WORD_NAMES: &[&str] = &["in", "an", "so", "my", "un", "ja", "ha", "na"];

/// A list's person written surname first: "Abad Lacasa, Pilar –
/// Transportes …", "Martín-Retortillo, Beatriz". A given name found alone
/// ([`Candidate`]s from `first` on) after a comma is widened over the one
/// to three surnames before it when they open their line (or a list's
/// item, or follow a label's colon) and the given name ends its line or a
/// field ("," "–" "(" ";").
pub(super) fn surname_first(c: &Ctx<'_>, out: &mut Vec<Candidate>, first: usize) {
    let mut found = Vec::new();
    for x in &out[first..] {
        if x.ty != EntityType::Person || x.recognizer != "given_name" {
            continue;
        }
        let Ok(g) = c.toks.binary_search_by_key(&x.start, |t| t.s) else {
            continue;
        };
        if g < 2 || c.toks[g].e != x.end || !c.same_line(g) {
            continue;
        }
        // the field ends after the given name: at the line's end, or at a
        // separator after which the line goes on
        let after = g + 1;
        let line_end = after >= c.toks.len() || !c.same_line(after);
        let goes_on = !line_end
            && [",", "–", "-", "(", ";"]
                .iter()
                .any(|p| c.is_punct(after, p));
        if !(line_end || goes_on || c.is_punct(after, "|") || c.is_punct(after, "·")) {
            continue;
        }
        if !c.is_punct(g - 1, ",") {
            continue;
        }
        // the surnames: capitalised words, and particles inside them
        let mut k = g - 1;
        let mut words = 0;
        let mut known = false;
        while k > 0 && c.same_line(k) && words < 3 {
            let w = k - 1;
            let surname = c.is_word(w)
                && c.is_cap(w)
                && !c.toks[w].upper
                && !is_first_name(c.key(w))
                && !is_known_company(c.t(w))
                // (no brand: "Comprador: ApeSoft, Ronda")
                && !c
                    .t(w)
                    .chars()
                    .zip(c.t(w).chars().skip(1))
                    .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
                && (is_surname(c.key(w)) || !is_common(c.key(w)))
                && is_place(c.key(w)).is_none()
                // ("Dear Aisha,", "Herr Peter", "Kontakt: Anna")
                && !c.lower_in(w, &GREETINGS)
                && !c.lower_in(w, &TITLES)
                && !c.lower_in(w, &PERSON_CONTEXT)
                && !c.lower_in(w, &ORG_CONTEXT);
            let particle = words > 0 && c.is_word(w) && c.lower_in(w, &PARTICLES);
            if !(surname || particle) {
                break;
            }
            if surname {
                words += 1;
                // (an agenda's or a rota's word before a given name is no
                // surname: "Haushalt, Anna", "Montag, Anna", "Opening,
                // Marie"; one of the surnames is a known one)
                if is_german_noun(c.key(w)) || c.lower_in(w, MONTHS) || c.lower_in(w, WEEKDAYS) {
                    words = 0;
                    break;
                }
                known |= is_surname(c.key(w)) || c.t(w).contains('-');
            }
            k = w;
        }
        // (a known surname, a hyphenated one, or a field going on after the
        // given name: "Ostertag, Rüdiger, Schwetzingen"; an agenda's
        // "Opening, Marie" ends its line)
        if words == 0 || !(known || goes_on) || !c.is_cap(k) {
            continue;
        }
        // the surnames open their line, a list's item or a label's value
        let opens = c.toks[k].nl
            || k == 0
            || c.is_punct(k - 1, ":")
            || ["-", "–", "•", "*", ")"]
                .iter()
                .any(|p| c.is_punct(k - 1, p))
                && (k == 1 || c.toks[k - 1].nl);
        if !opens {
            continue;
        }
        found.push((c.toks[k].s, x.end));
    }
    for (s, e) in found {
        push(
            out,
            EntityType::Person,
            s,
            e,
            SURNAME_FIRST,
            "surname_first",
        );
    }
}
