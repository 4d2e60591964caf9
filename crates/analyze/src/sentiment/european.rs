//! Sentiment of German, French, Spanish, Italian and Dutch sentences.
//!
//! The lexicons (`data/sentiment/{de,fr,es,it,nl}.tsv`) were written for
//! this project, under its licence, on VADER's scale (-4 … +4), so a
//! sentence's scores combine exactly as the English ones do
//! ([`super::scores`]). The rules are VADER's, adapted to each language:
//!
//! - **Forms.** A lexicon lists base forms; the inflected ones are found by
//!   their endings: German adjective and noun endings ("schlechtesten" →
//!   "schlecht"), French plurals and feminines ("déçues" → "déçu",
//!   "heureuse" → "heureux", "bonne" → "bon"), Spanish plurals and
//!   feminines ("decepcionadas" → "decepcionado"), Italian plurals,
//!   feminines and superlatives ("delusi" → "deluso", "pulitissime" →
//!   "pulito"), Dutch inflection, comparatives and superlatives
//!   ("slechtste" → "slecht", "grote" → "groot", "boze" → "boos"). A
//!   German or Dutch compound takes the valence of its last part
//!   ("Lieferverzögerung" → "Verzögerung").
//! - **Elision.** French "l'", "d'", "n'", "qu'"… and Italian "l'",
//!   "un'", "dell'"… are split off ("n'" is a negation).
//! - **Negation** by any negation word among the three words before in the
//!   same clause (French "ne" and Italian "non" five, Dutch "niet" six
//!   before a participle of what a service should do), once (French "ne …
//!   pas", Spanish "no … nada", Italian "non … niente" negate once), except
//!   in "nicht nur", "pas seulement", "no solo", "non solo", "niet
//!   alleen", "sin embargo", "sans doute", "senza dubbio", "ne … que",
//!   "non posso che", "niets dan". A bare "wenig", "peu", "poco", "weinig"
//!   negates ("peu aimable"); after "ein"/"un" it softens. German and Dutch
//!   also negate after the word: a lower-case word (or the sentence's
//!   first, or one in capitals) followed in its clause by "nicht"/"niet"
//!   or "nie"/"nooit" and no other scored word ("Das gefällt mir nicht");
//!   Italian by "niente"/"nulla" ("nessuno ha ricevuto niente"). "Falta
//!   de", "manque de", "Mangel an", "mancanza di", "gebrek aan" negate what
//!   they lack. "Noch nie so", "jamais aussi", "nunca tan", "mai così",
//!   "nog nooit zo" intensify instead.
//! - **What a service should do or give** ("funktioniert", "répondu",
//!   "llegó", "risposta", "opgelost") counts only negated, and a failure
//!   that persists ("immer noch nicht", "toujours pas", "sigo sin",
//!   "ancora non", "nog steeds niet") is a grievance unless what is
//!   missing is a problem.
//! - **No feeling**: polite requests and what a writer demands, greetings,
//!   wishes, closings, notices' apologies and thanks for understanding,
//!   "kein Problem", names after a title or capitalised inside a sentence
//!   of a language that writes its nouns in lower case, "TOP 1" of
//!   minutes; in Italian and Dutch also the openings "Gentile …", "Beste
//!   …", a policy's clauses of cover and exclusion and notices ("Sono
//!   esclusi i danni da usura", "Si comunica che …").
//! - **Italian and Dutch complaints**: "Mai più!", "Nooit meer!", "non è
//!   la prima volta", "niet de eerste keer", a few idioms ("presi in
//!   giro", "van het kastje naar de muur"), star ratings ("due stelle").
//! - **Intensifiers and softeners** among the three words before ("sehr",
//!   "très", "muy", "molto", "zeer"; "etwas", "un peu", "algo", "un po'",
//!   "een beetje"), as VADER's boosters.
//! - **Contrast**: after the first "aber"/"jedoch", "mais"/"cependant",
//!   "pero"/"sin embargo", "ma"/"però", "maar"/"echter", the words weigh
//!   1.5 and those before 0.5.
//! - **Capitals and punctuation** as in English.

use std::sync::LazyLock;

use crate::strmap::StrMap;

use super::{B_DECR, B_INCR, C_INCR, NEGATION_SCALAR, Polarity, punct_emphasis, scores};

/// A language scored with a lexicon of this project's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    De,
    Fr,
    Es,
    It,
    Nl,
}

impl Lang {
    /// The language of an ISO 639-1 code, when it is one of these.
    pub(crate) fn from_code(code: &str) -> Option<Lang> {
        [Lang::De, Lang::Fr, Lang::Es, Lang::It, Lang::Nl]
            .into_iter()
            .find(|l| l.code() == code)
    }

    fn tables(self) -> &'static Tables {
        match self {
            Lang::De => &DE,
            Lang::Fr => &FR,
            Lang::Es => &ES,
            Lang::It => &IT,
            Lang::Nl => &NL,
        }
    }

    /// How the lexicon is named in a result.
    pub(crate) fn lexicon_name(self) -> String {
        format!(
            "OpenComplai {} lexicon ({} words) with VADER's rules",
            self.name(),
            self.tables().entries
        )
    }

    /// The language's ISO 639-1 code.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Nl => "nl",
        }
    }

    /// The language's English name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Lang::De => "German",
            Lang::Fr => "French",
            Lang::Es => "Spanish",
            Lang::It => "Italian",
            Lang::Nl => "Dutch",
        }
    }
}

struct Tables {
    lexicon: StrMap<f64>,
    boosters: StrMap<f64>,
    negations: StrMap<()>,
    /// Words after which a negation word does not negate ("nicht nur",
    /// "sin embargo").
    unnegating: StrMap<()>,
    contrasts: StrMap<()>,
    /// What a service should do or give: a valence only when negated.
    if_negated: StrMap<f64>,
    /// A bit for each lexicon word's first three bytes (at [`start_slot`]):
    /// most last parts of a compound start as no lexicon word does.
    starts: Vec<u64>,
    entries: usize,
}

impl Tables {
    fn load(
        tsv: &str,
        boosters: &[(&str, f64)],
        negations: &[&str],
        unnegating: &[&str],
        contrasts: &[&str],
        if_negated: &[&str],
    ) -> Tables {
        let mut lexicon = StrMap::with_capacity(4096);
        let mut starts = vec![0u64; 1 << 10];
        let mut entries = 0;
        for line in tsv.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((word, valence)) = line.split_once('\t') else {
                continue;
            };
            // The file is checked by a test; a bad line is skipped here.
            if let Ok(v) = valence.trim().parse::<f64>() {
                let word = word.trim();
                lexicon.insert(word.as_bytes(), v);
                if word.len() >= 3 {
                    let slot = start_slot(word.as_bytes());
                    starts[slot / 64] |= 1 << (slot % 64);
                }
                entries += 1;
            }
        }
        let set = |words: &[&str]| {
            let mut m = StrMap::with_capacity(words.len());
            for w in words {
                m.insert(w.as_bytes(), ());
            }
            m
        };
        let mut b = StrMap::with_capacity(boosters.len());
        for (w, v) in boosters {
            b.insert(w.as_bytes(), *v);
        }
        let mut ifn = StrMap::with_capacity(if_negated.len());
        for w in if_negated {
            ifn.insert(w.as_bytes(), IF_NEGATED);
        }
        Tables {
            lexicon,
            starts,
            if_negated: ifn,
            boosters: b,
            negations: set(negations),
            unnegating: set(unnegating),
            contrasts: set(contrasts),
            entries,
        }
    }
}

pub(crate) const DE_LEXICON: &str = include_str!("../../data/sentiment/de.tsv");
pub(crate) const FR_LEXICON: &str = include_str!("../../data/sentiment/fr.tsv");
pub(crate) const ES_LEXICON: &str = include_str!("../../data/sentiment/es.tsv");
pub(crate) const IT_LEXICON: &str = include_str!("../../data/sentiment/it.tsv");
pub(crate) const NL_LEXICON: &str = include_str!("../../data/sentiment/nl.tsv");

static DE: LazyLock<Tables> = LazyLock::new(|| {
    Tables::load(
        DE_LEXICON,
        &[
            ("sehr", B_INCR),
            ("äußerst", B_INCR),
            ("äusserst", B_INCR),
            ("ausgesprochen", B_INCR),
            ("besonders", B_INCR),
            ("extrem", B_INCR),
            ("total", B_INCR),
            ("völlig", B_INCR),
            ("absolut", B_INCR),
            ("wirklich", B_INCR),
            ("richtig", B_INCR),
            ("echt", B_INCR),
            ("unglaublich", B_INCR),
            ("enorm", B_INCR),
            ("höchst", B_INCR),
            ("zutiefst", B_INCR),
            ("dermaßen", B_INCR),
            ("derart", B_INCR),
            ("unheimlich", B_INCR),
            ("wahnsinnig", B_INCR),
            ("komplett", B_INCR),
            ("vollkommen", B_INCR),
            ("überaus", B_INCR),
            ("außerordentlich", B_INCR),
            ("ungemein", B_INCR),
            ("so", B_INCR),
            ("ziemlich", B_INCR),
            ("etwas", B_DECR),
            ("kaum", B_DECR),
            ("bisschen", B_DECR),
            ("eher", B_DECR),
            ("relativ", B_DECR),
            ("einigermaßen", B_DECR),
            ("halbwegs", B_DECR),
            ("teilweise", B_DECR),
            ("fast", B_DECR),
            ("leicht", B_DECR),
        ],
        &[
            "nicht",
            "kein",
            "keine",
            "keinen",
            "keinem",
            "keiner",
            "keines",
            "nie",
            "niemals",
            "nichts",
            "ohne",
            "weder",
            "niemand",
            "keineswegs",
            "keinesfalls",
            "nirgends",
            "wenig",
        ],
        &["nur", "zuletzt", "zweifel", "umsonst"],
        &["aber", "jedoch", "allerdings", "dennoch"],
        &[
            "funktioniert",
            "funktionieren",
            "funktionierte",
            "klappt",
            "klappte",
            "reagiert",
            "reagierte",
            "antwortet",
            "antwortete",
            "geantwortet",
            "gemeldet",
            "meldet",
            "erreichbar",
            "erreicht",
            "geliefert",
            "angekommen",
            "eingetroffen",
            "erstattet",
            "zurückgerufen",
            "zurückgebucht",
            "gelöst",
            "behoben",
            "repariert",
            "bearbeitet",
            "erhalten",
            "eingegangen",
            "berücksichtigt",
            "erschienen",
            "gekommen",
            "beantwortet",
            "eingehalten",
            "informiert",
            "benachrichtigt",
            "zugestellt",
            "bestätigt",
            "bestätigung",
            "rückruf",
            "gutgeschrieben",
            "zurückgezahlt",
            "antwort",
            "rückmeldung",
            "reaktion",
            "lösung",
            "erklärung",
            "sinn",
            "hinnehmen",
            "empfangen",
            "strom",
            "heizung",
            "warmwasser",
            "internet",
            "netz",
            "verbindung",
            "empfang",
        ],
    )
});

static FR: LazyLock<Tables> = LazyLock::new(|| {
    Tables::load(
        FR_LEXICON,
        &[
            ("très", B_INCR),
            ("trop", B_INCR),
            ("vraiment", B_INCR),
            ("tellement", B_INCR),
            ("si", B_INCR),
            ("extrêmement", B_INCR),
            ("totalement", B_INCR),
            ("complètement", B_INCR),
            ("absolument", B_INCR),
            ("particulièrement", B_INCR),
            ("profondément", B_INCR),
            ("vachement", B_INCR),
            ("hyper", B_INCR),
            ("franchement", B_INCR),
            ("incroyablement", B_INCR),
            ("énormément", B_INCR),
            ("entièrement", B_INCR),
            ("fort", B_INCR),
            ("assez", B_DECR),
            ("plutôt", B_DECR),
            ("légèrement", B_DECR),
            ("presque", B_DECR),
            ("moyennement", B_DECR),
            ("relativement", B_DECR),
            ("quelque", B_DECR),
        ],
        &[
            "ne",
            "n'",
            "pas",
            "jamais",
            "rien",
            "aucun",
            "aucune",
            "sans",
            "ni",
            "nullement",
            "guère",
            "peu",
        ],
        &["seulement", "doute", "uniquement", "cesse"],
        &["mais", "cependant", "pourtant", "toutefois", "néanmoins"],
        &[
            "fonctionne",
            "fonctionnent",
            "fonctionné",
            "marche",
            "marché",
            "répond",
            "répondu",
            "rappelé",
            "recontacté",
            "répondent",
            "réparé",
            "livré",
            "livrée",
            "reçu",
            "reçue",
            "arrivé",
            "arrivée",
            "venu",
            "remboursé",
            "réglé",
            "résolu",
            "traité",
            "joignable",
            "pris",
            "réponse",
            "solution",
            "explication",
            "nouvelle",
            "nouvelles",
            "suite",
            "sens",
            "chauffage",
            "électricité",
            "eau",
            "internet",
            "connexion",
            "réseau",
            "courant",
        ],
    )
});

static ES: LazyLock<Tables> = LazyLock::new(|| {
    Tables::load(
        ES_LEXICON,
        &[
            ("muy", B_INCR),
            ("muchísimo", B_INCR),
            ("mucho", B_INCR),
            ("realmente", B_INCR),
            ("totalmente", B_INCR),
            ("completamente", B_INCR),
            ("tan", B_INCR),
            ("demasiado", B_INCR),
            ("extremadamente", B_INCR),
            ("sumamente", B_INCR),
            ("increíblemente", B_INCR),
            ("absolutamente", B_INCR),
            ("especialmente", B_INCR),
            ("súper", B_INCR),
            ("super", B_INCR),
            ("bastante", B_INCR),
            ("tremendamente", B_INCR),
            ("profundamente", B_INCR),
            ("enormemente", B_INCR),
            ("verdaderamente", B_INCR),
            ("francamente", B_INCR),
            ("algo", B_DECR),
            ("ligeramente", B_DECR),
            ("apenas", B_DECR),
            ("casi", B_DECR),
            ("relativamente", B_DECR),
        ],
        &[
            "no", "nunca", "jamás", "ni", "sin", "nada", "ningún", "ninguno", "ninguna", "nadie",
            "tampoco", "poco",
        ],
        &[
            "solo",
            "sólo",
            "solamente",
            "únicamente",
            "embargo",
            "obstante",
            "duda",
        ],
        &["pero", "embargo"],
        &[
            "funciona",
            "funcionan",
            "funcionó",
            "contesta",
            "contestan",
            "contestó",
            "contestaron",
            "respondido",
            "respondieron",
            "cumple",
            "cumplen",
            "cumplieron",
            "entregado",
            "reparado",
            "arreglaron",
            "localizable",
            "responde",
            "responden",
            "respondió",
            "llega",
            "llegado",
            "llegó",
            "recibido",
            "recibí",
            "devuelto",
            "reembolsado",
            "resuelto",
            "solucionado",
            "arreglado",
            "atendido",
            "coge",
            "avisó",
            "avisado",
            "presentó",
            "presenta",
            "presentan",
            "presentado",
            "respuesta",
            "solución",
            "explicación",
            "noticia",
            "noticias",
            "sentido",
            "calefacción",
            "luz",
            "agua",
            "electricidad",
            "internet",
            "conexión",
            "cobertura",
            "señal",
        ],
    )
});

static IT: LazyLock<Tables> = LazyLock::new(|| {
    Tables::load(
        IT_LEXICON,
        &[
            ("molto", B_INCR),
            ("troppo", B_INCR),
            ("davvero", B_INCR),
            ("veramente", B_INCR),
            ("proprio", B_INCR),
            ("estremamente", B_INCR),
            ("assolutamente", B_INCR),
            ("totalmente", B_INCR),
            ("completamente", B_INCR),
            ("particolarmente", B_INCR),
            ("incredibilmente", B_INCR),
            ("profondamente", B_INCR),
            ("decisamente", B_INCR),
            ("super", B_INCR),
            ("così", B_INCR),
            ("tanto", B_INCR),
            ("talmente", B_INCR),
            ("parecchio", B_INCR),
            ("alquanto", B_INCR),
            ("abbastanza", B_DECR),
            ("piuttosto", B_DECR),
            ("leggermente", B_DECR),
            ("quasi", B_DECR),
            ("relativamente", B_DECR),
            // "un po' deluso"
            ("po", B_DECR),
        ],
        &[
            "non", "mai", "niente", "nulla", "nessuno", "nessuna", "nessun", "senza", "né",
            "neanche", "nemmeno", "neppure", "affatto", "poco", "zero",
        ],
        &["solo", "soltanto", "solamente", "dubbio", "appena"],
        &["ma", "però", "tuttavia", "eppure"],
        &[
            "funziona",
            "funzionare",
            "arrivare",
            "rispondere",
            "richiamare",
            "funzionano",
            "funzionato",
            "funzionava",
            "risponde",
            "rispondono",
            "risposto",
            "richiamato",
            "ricontattato",
            "arrivato",
            "arrivata",
            "arrivati",
            "arrivate",
            "arriva",
            "consegnato",
            "consegnata",
            "consegnati",
            "ricevuto",
            "ricevuta",
            "rimborsato",
            "rimborsata",
            "restituito",
            "risolto",
            "risolta",
            "riparato",
            "riparata",
            "sistemato",
            "sistemata",
            "venuto",
            "presentato",
            "raggiungibile",
            "rintracciabile",
            "avvisato",
            "avvisata",
            "avvisati",
            "informato",
            "informata",
            "informati",
            "risposta",
            "riscontro",
            "soluzione",
            "spiegazione",
            "notizia",
            "notizie",
            "senso",
            "riscaldamento",
            "luce",
            "acqua",
            "corrente",
            "internet",
            "connessione",
            "linea",
            "segnale",
            "rete",
        ],
    )
});

static NL: LazyLock<Tables> = LazyLock::new(|| {
    Tables::load(
        NL_LEXICON,
        &[
            ("zeer", B_INCR),
            ("heel", B_INCR),
            ("erg", B_INCR),
            ("echt", B_INCR),
            ("enorm", B_INCR),
            ("ontzettend", B_INCR),
            ("uiterst", B_INCR),
            ("bijzonder", B_INCR),
            ("totaal", B_INCR),
            ("volledig", B_INCR),
            ("helemaal", B_INCR),
            ("absoluut", B_INCR),
            ("ongelooflijk", B_INCR),
            ("ongelofelijk", B_INCR),
            ("super", B_INCR),
            ("zo", B_INCR),
            ("zó", B_INCR),
            ("hartstikke", B_INCR),
            ("behoorlijk", B_INCR),
            ("buitengewoon", B_INCR),
            ("werkelijk", B_INCR),
            ("diep", B_INCR),
            ("nogal", B_DECR),
            ("enigszins", B_DECR),
            ("iets", B_DECR),
            ("beetje", B_DECR),
            ("bijna", B_DECR),
            ("redelijk", B_DECR),
            ("tamelijk", B_DECR),
            ("vrij", B_DECR),
        ],
        &[
            "niet",
            "geen",
            "nooit",
            "niets",
            "niks",
            "niemand",
            "nergens",
            "zonder",
            "noch",
            "allerminst",
            "weinig",
        ],
        &["alleen", "enkel", "twijfel"],
        &["maar", "echter", "desondanks"],
        &[
            "werkt",
            "werken",
            "werkte",
            "gewerkt",
            "functioneert",
            "reageert",
            "reageren",
            "gereageerd",
            "antwoordt",
            "geantwoord",
            "beantwoord",
            "teruggebeld",
            "terugbellen",
            "opdagen",
            "opgedaagd",
            "aangebeld",
            "uitbetaald",
            "opgehaald",
            "geregeld",
            "geleverd",
            "bezorgd",
            "aangekomen",
            "gearriveerd",
            "ontvangen",
            "terugbetaald",
            "teruggestort",
            "vergoed",
            "opgelost",
            "gerepareerd",
            "hersteld",
            "verholpen",
            "nagekomen",
            "gekomen",
            "verschenen",
            "bereikbaar",
            "antwoord",
            "reactie",
            "oplossing",
            "uitleg",
            "bericht",
            "terugkoppeling",
            "zin",
            "verwarming",
            "stroom",
            "water",
            "internet",
            "verbinding",
            "bereik",
        ],
    )
});

/// The valence of an [`Tables::if_negated`] word; negated it is about -1.1.
const IF_NEGATED: f64 = 1.5;

/// Problems and worries: negated, a formula of politeness ("kein
/// Problem", "pas de souci", "no hay problema"), not praise.
const PROBLEMS: &[&str] = &[
    "problem",
    "probleme",
    "problemen",
    "sorge",
    "sorgen",
    "problème",
    "problèmes",
    "souci",
    "soucis",
    "problema",
    "problemas",
    // complaints, defects and faults: "keine Beanstandungen", "aucune
    // réclamation", "sin incidencias" are good news
    "beanstandung",
    "beanstandungen",
    "mangel",
    "mängel",
    "beschwerde",
    "beschwerden",
    "reklamation",
    "reklamationen",
    "störung",
    "störungen",
    "réclamation",
    "réclamations",
    "incident",
    "incidents",
    "panne",
    "pannes",
    "queja",
    "quejas",
    "fallo",
    "fallos",
    "incidencia",
    "incidencias",
    "avería",
    "averías",
    "reclami",
    "guasto",
    "guasti",
    "disservizio",
    "disservizi",
    "anomalia",
    "anomalie",
    "preoccupazione",
    "preoccupazioni",
    "probleem",
    "problemen",
    "klacht",
    "klachten",
    "storing",
    "storingen",
    "zorg",
    "zorgen",
    "gebrek",
    "gebreken",
    "bezwaar",
    "bezwaren",
];

/// Titles before a name: the capitalised word after one is a name ("Frau
/// Sauer", "Monsieur Bonheur").
const TITLES: &[&str] = &[
    "herr", "herrn", "frau", "familie", "dr", "prof", "mme", "madame", "monsieur", "mlle",
    "famille", "sr", "sra", "señor", "señora", "don", "doña", "familia",
];

/// Italian and Dutch titles ("Sig. Amato", "Dott.ssa Ferri", "Dhr.
/// Jansen"), for those languages only ("Heer" is German for army).
const IT_NL_TITLES: &[&str] = &[
    "sig",
    "sig.ra",
    "sig.na",
    "signor",
    "signora",
    "signorina",
    "dott",
    "dott.ssa",
    "dottor",
    "dottoressa",
    "avv",
    "ing",
    "famiglia",
    "heer",
    "mevrouw",
    "mevr",
    "mw",
    "dhr",
];

/// Whether `w` (lower case) is a title before a name in `lang`; `None`:
/// in any language (a name on its own line).
fn is_title(w: &str, lang: Option<Lang>) -> bool {
    TITLES.contains(&w)
        || (lang.is_none_or(|l| matches!(l, Lang::It | Lang::Nl)) && IT_NL_TITLES.contains(&w))
}

/// Inconveniences apologised for in notices ("Veuillez nous excuser pour la
/// gêne occasionnée", "Disculpen las molestias", "Wir entschuldigen uns für
/// die Unannehmlichkeiten"): no grievance of the writer's.
const INCONVENIENCES: &[&str] = &[
    "gêne",
    "désagrément",
    "désagréments",
    "dérangement",
    "molestias",
    "molestia",
    "inconvenientes",
    "inconveniente",
    "unannehmlichkeiten",
    "umstände",
    "beeinträchtigungen",
    "disagio",
    "disagi",
    "inconvenienti",
    "disturbo",
    "ongemak",
    "overlast",
    "hinder",
];

/// How an apology starts ("excusez", "disculpen", "entschuldigen",
/// "ci scusiamo", "excuses", "verontschuldigen").
const APOLOGIES: &[&str] = &[
    "excus",
    "disculp",
    "entschuldig",
    "perdon",
    "lament",
    "bedauer",
    "scus",
    "spiac",
    "dispiac",
    "veront",
];

/// Thanks, in "merci de votre compréhension" and its kin.
const THANKS: &[&str] = &[
    "merci",
    "gracias",
    "dank",
    "danke",
    "remercions",
    "remercie",
];

/// Italian and Dutch thanks, for those languages only ("danken" is
/// German too).
const IT_NL_THANKS: &[&str] = &[
    "grazie",
    "ringraziamo",
    "ringrazio",
    "bedankt",
    "danken",
    "dankt",
];

/// Understanding thanked for in notices ("merci de votre compréhension").
const UNDERSTANDING: &[&str] = &[
    "compréhension",
    "comprensión",
    "verständnis",
    "patience",
    "paciencia",
    "geduld",
    "comprensione",
    "pazienza",
    "begrip",
];

/// "Never" words that with "so"/"aussi"/"tan" before the scored word
/// intensify rather than negate ("noch nie so schlecht", "jamais été aussi
/// mal reçu", "nunca tan mal").
const NEVER: &[&str] = &["nie", "niemals", "jamais", "nunca", "jamás"];
const NEVER_SO: &[&str] = &["so", "aussi", "si", "autant", "tan", "tanto"];
/// The same in Italian ("mai così") and Dutch ("nog nooit zo'n"); apart,
/// as French "mai" is May.
const IT_NEVER: (&[&str], &[&str]) = (&["mai"], &["così", "tanto"]);
const NL_NEVER: (&[&str], &[&str]) = (&["nooit"], &["zo", "zo'n", "zo\u{2019}n", "zó"]);

/// French elided words split off a token ("l'", "n'", "qu'"...).
const ELISIONS: &[&str] = &[
    "l", "d", "j", "n", "qu", "s", "t", "m", "c", "lorsqu", "jusqu", "puisqu",
];

/// Italian elided words split off a token ("l'assistenza",
/// "dell'ordine", "un'esperienza", "c'è").
const IT_ELISIONS: &[&str] = &[
    "l", "un", "dell", "all", "dall", "nell", "sull", "coll", "quest", "quell", "c", "d", "m", "t",
    "s", "v", "nessun", "bell", "buon", "sant",
];

/// German and Dutch words that negate the word before them in its clause.
const DE_AFTER: &[&str] = &["nicht", "nie", "niemals", "keineswegs", "keinesfalls"];
const NL_AFTER: &[&str] = &["niet", "nooit", "allerminst"];
/// Italian "niente" and "nulla" after a participle negate it ("nessuno ha
/// ricevuto niente", "non ho risolto nulla").
const IT_AFTER: &[&str] = &["niente", "nulla"];

/// Words that open a new clause, where a negation after a word stops.
const DE_CLAUSE: &[&str] = &[
    "und", "oder", "sondern", "denn", "dass", "weil", "wenn", "ob", "als", "obwohl", "damit",
];
const IT_CLAUSE: &[&str] = &[
    "ma", "però", "che", "perché", "quando", "se", "poiché", "mentre",
];
const NL_CLAUSE: &[&str] = &[
    "en", "of", "maar", "want", "dat", "omdat", "als", "wanneer", "hoewel", "zodat", "terwijl",
];

/// Dutch endings tried, in order, when a word is not in the lexicon:
/// superlatives, comparatives, the adjective's "-e", plurals.
const NL_ENDINGS: &[&str] = &["ste", "st", "dere", "der", "ere", "er", "en", "e", "s"];

/// German endings tried, in order, when a word is not in the lexicon.
const DE_ENDINGS: &[&str] = &[
    "esten", "estem", "ester", "estes", "este", "sten", "stem", "ster", "stes", "ste", "eren",
    "erem", "erer", "eres", "ere", "en", "em", "er", "es", "e", "n", "s",
];

/// Token positions: (start, end) in the sentence, (lo, hi) in the lower-case
/// buffer.
type Tok = (usize, usize, usize, usize);

/// Buffers kept between sentences.
#[derive(Default)]
pub(crate) struct Scratch {
    lower: String,
    toks: Vec<Tok>,
    sentiments: Vec<f64>,
    form: String,
    /// Each token's valence, from the lexicon or, marked `true`, from
    /// [`Tables::if_negated`] (a valence only when negated).
    valences: Vec<Option<(f64, bool)>>,
}

/// The slot of a word's first three bytes in [`Tables::starts`].
fn start_slot(b: &[u8]) -> usize {
    let k = u32::from_le_bytes([b[0], b[1], b[2], 0]).wrapping_mul(0x9E37_79B1);
    (k >> 16) as usize
}

/// The valence of `w` (lower case) or of a form it is inflected from.
/// `starts` is the lexicon's [`Tables::starts`], to look up German
/// compounds' last parts; `None` looks up no compound.
fn lookup(
    lang: Lang,
    map: &StrMap<f64>,
    starts: Option<&[u64]>,
    w: &str,
    form: &mut String,
) -> Option<f64> {
    if let Some(v) = map.get(w.as_bytes()) {
        return Some(v);
    }
    // No word is this long: base64, URLs, hashes.
    if w.len() > 64 {
        return None;
    }
    let get = |s: &str| map.get(s.as_bytes());
    match lang {
        Lang::De | Lang::Nl => {
            if let Some(v) = stem_de_nl(lang, w, &get, form) {
                return Some(v);
            }
            // A compound takes its last part's valence: the longest
            // last part of at least six letters after at least three. Only
            // parts that start as a lexicon word does are looked up.
            let starts = starts?;
            let total = w.chars().count();
            for (p, (at, _)) in w.char_indices().enumerate().skip(3) {
                if total - p < 6 {
                    break;
                }
                let head = &w[at..];
                // "angepasste", "eingepflegt", "verdanken", "ontevreden",
                // "overlijden" are no compounds
                let modifier = &w[..at];
                if modifier.ends_with("ge")
                    || matches!(modifier, "ver" | "ent" | "zer" | "miss")
                    || (lang == Lang::Nl
                        && matches!(
                            modifier,
                            "ont" | "her" | "mis" | "onge" | "over" | "onder" | "door" | "voor"
                        ))
                {
                    continue;
                }
                let slot = start_slot(head.as_bytes());
                if starts[slot / 64] & (1 << (slot % 64)) == 0 {
                    continue;
                }
                if let Some(v) = get(head).or_else(|| stem_de_nl(lang, head, &get, form)) {
                    return Some(v);
                }
            }
            None
        }
        Lang::It => {
            let last = *w.as_bytes().last()?;
            if !matches!(last, b'a' | b'e' | b'i' | b'o') {
                return None;
            }
            let mut try_form = |stem: &str, end: &str| {
                form.clear();
                form.push_str(stem);
                form.push_str(end);
                get(form)
            };
            let stem = &w[..w.len() - 1];
            if stem.chars().count() < 2 {
                return None;
            }
            // "stanche" → "stanco", "lunghi" → "lungo"
            if matches!(last, b'e' | b'i')
                && let Some(s) = stem.strip_suffix('h').filter(|s| s.ends_with(['c', 'g']))
                && let Some(v) = try_form(s, "o")
            {
                return Some(v);
            }
            let found = match last {
                // "delusa" → "deluso", "bellissima" → "bellissimo"
                b'a' => try_form(stem, "o"),
                // "delusi" → "deluso", "scortesi" → "scortese",
                // "problemi" → "problema", "disagi" → "disagio"
                b'i' => try_form(stem, "o")
                    .or_else(|| try_form(stem, "e"))
                    .or_else(|| {
                        // the masculine nouns in "-ma" ("problemi"), not
                        // "rifiuti" → "rifiuta"
                        stem.ends_with('m').then(|| try_form(stem, "a")).flatten()
                    })
                    .or_else(|| try_form(stem, "io")),
                // "deluse" → "deluso", "truffe" → "truffa"
                b'e' => try_form(stem, "o").or_else(|| try_form(stem, "a")),
                _ => None,
            };
            if found.is_some() {
                return found;
            }
            // A superlative not listed takes its base's valence:
            // "bellissimo" → "bello", "gentilissima" → "gentile",
            // "stanchissimi" → "stanco"
            let stem = ["issimo", "issima", "issimi", "issime"]
                .iter()
                .find_map(|sup| w.strip_suffix(sup))
                .filter(|s| s.chars().count() >= 2)?;
            let plain = stem
                .strip_suffix('h')
                .filter(|s| s.ends_with(['c', 'g']))
                .unwrap_or(stem);
            try_form(plain, "o").or_else(|| try_form(stem, "e"))
        }
        Lang::Fr => {
            let singular = w
                .strip_suffix('s')
                .or_else(|| w.strip_suffix('x'))
                .filter(|s| s.chars().count() >= 2);
            if let Some(s) = singular
                && let Some(v) = get(s)
            {
                return Some(v);
            }
            let s = singular.unwrap_or(w);
            for (from, to) in [
                ("euse", "eux"),
                ("euse", "eur"),
                ("ive", "if"),
                ("ère", "er"),
                ("e", ""),
            ] {
                let Some(stem) = s.strip_suffix(from) else {
                    continue;
                };
                form.clear();
                form.push_str(stem);
                form.push_str(to);
                if let Some(v) = get(form) {
                    return Some(v);
                }
                // "bonne" → "bon", "nulle" → "nul", "nette" → "net"
                if to.is_empty() {
                    for double in ["nn", "ll", "tt", "ss"] {
                        if let Some(single) = stem.strip_suffix(double) {
                            form.clear();
                            form.push_str(single);
                            form.push_str(&double[..1]);
                            if let Some(v) = get(form) {
                                return Some(v);
                            }
                        }
                    }
                }
            }
            None
        }
        Lang::Es => {
            let mut candidates = [Some(w), None, None];
            if let Some(s) = w.strip_suffix("es").filter(|s| s.chars().count() >= 3) {
                candidates[1] = Some(s);
            }
            if let Some(s) = w.strip_suffix('s').filter(|s| s.chars().count() >= 2) {
                candidates[2] = Some(s);
            }
            for c in candidates.into_iter().flatten() {
                if c != w
                    && let Some(v) = get(c)
                {
                    return Some(v);
                }
                if let Some(stem) = c.strip_suffix('a') {
                    form.clear();
                    form.push_str(stem);
                    form.push('o');
                    if let Some(v) = get(form) {
                        return Some(v);
                    }
                }
                // "buenísimo" → "bueno"
                for sup in ["ísimo", "ísima"] {
                    if let Some(stem) = c.strip_suffix(sup) {
                        form.clear();
                        form.push_str(stem);
                        form.push('o');
                        if let Some(v) = get(form) {
                            return Some(v);
                        }
                    }
                }
            }
            None
        }
    }
}

/// A German or Dutch word's valence by its base form, less an ending:
/// "schlechtesten" → "schlecht"; "slechtste" → "slecht", "dikke" → "dik",
/// "grote" → "groot", "boze" → "boos", "lieve" → "lief".
#[inline]
fn stem_de_nl(
    lang: Lang,
    w: &str,
    get: &impl Fn(&str) -> Option<f64>,
    form: &mut String,
) -> Option<f64> {
    // every ending ends in one of these
    let last = *w.as_bytes().last()?;
    if lang == Lang::De {
        if !matches!(last, b'n' | b'm' | b'r' | b's' | b'e') {
            return None;
        }
        return DE_ENDINGS.iter().find_map(|e| {
            if e.as_bytes().last() != Some(&last) {
                return None;
            }
            let stem = w.strip_suffix(e)?;
            // at least three letters (six bytes are, whatever the
            // letters; fewer are counted)
            if stem.len() >= 6 || stem.chars().count() >= 3 {
                get(stem)
            } else {
                None
            }
        });
    }
    if !matches!(last, b'e' | b't' | b'r' | b'n' | b's') {
        return None;
    }
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    for e in NL_ENDINGS {
        if e.as_bytes().last() != Some(&last) {
            continue;
        }
        let Some(stem) = w.strip_suffix(e) else {
            continue;
        };
        // "moest" and "moeder" are no "moe"
        if stem.len() < if *e == "e" { 3 } else { 4 } {
            continue;
        }
        if let Some(v) = get(stem) {
            return Some(v);
        }
        let b = stem.as_bytes();
        let n = b.len();
        if !b[n - 1].is_ascii_lowercase() || vowel(b[n - 1]) {
            continue;
        }
        // "dikk" → "dik", "vett" → "vet"
        if b[n - 1] == b[n - 2]
            && let Some(v) = get(&stem[..n - 1])
        {
            return Some(v);
        }
        let soft = |c: u8| match c {
            b'z' => 's',
            b'v' => 'f',
            c => c as char,
        };
        // An adjective's "-e" (and its comparative's "-er", "-ere") also
        // halves a long vowel and softens "s" and "f"; a plural's "-en"
        // is left alone ("leden" is no "leed"), and a superlative keeps
        // the base's spelling ("grootste").
        if !matches!(*e, "e" | "er" | "ere") {
            continue;
        }
        // "grot" → "groot", "boz" → "boos", "lev" → "leef"
        if matches!(b[n - 2], b'a' | b'e' | b'o' | b'u') && !vowel(b[n - 3]) {
            form.clear();
            form.push_str(&stem[..n - 1]);
            form.push(b[n - 2] as char);
            form.push(soft(b[n - 1]));
            if let Some(v) = get(form) {
                return Some(v);
            }
        }
        // "viez" → "vies", "liev" → "lief"
        if matches!(b[n - 1], b'z' | b'v') {
            form.clear();
            form.push_str(&stem[..n - 1]);
            form.push(soft(b[n - 1]));
            if let Some(v) = get(form) {
                return Some(v);
            }
        }
    }
    None
}

/// Whether `w` and the word after it are a set phrase without the
/// writer's feeling: a greeting ("Guten Tag", "buenos días", "bonne
/// journée"), a closing ("freundlichen Grüßen", "meilleures salutations",
/// "cordial saludo") or a thing ("bon de commande").
fn is_set_phrase(w: &str, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    // a closing formula inside a line ("Mit freundlichen Grüßen, die
    // Verwaltung", "Sincères salutations", "Un cordial saludo")
    if matches!(
        next,
        "grüßen"
            | "grüße"
            | "gruß"
            | "grüssen"
            | "grüsse"
            | "gruss"
            | "salutations"
            | "saludo"
            | "saludos"
            | "saluti"
            | "saluto"
            | "groet"
            | "groeten"
    ) || matches!(
        (w, next),
        (
            "salutations" | "sentiments",
            "distinguées" | "distingués" | "respectueuses"
        ) | ("saludos", "cordiales" | "afectuosos")
    ) {
        return true;
    }
    match w {
        "bon" | "bons" if matches!(next, "de" | "d'" | "pour") => true,
        // wishes of a season, "nach bestem Wissen", "a lo mejor", places
        "frohe" | "fröhliche" | "schöne" | "schönes" | "schönen" | "gesegnete" | "guten"
        | "gute" => matches!(
            next,
            "weihnachten"
                | "feiertage"
                | "ostern"
                | "wochenende"
                | "urlaub"
                | "festtage"
                | "tag"
                | "morgen"
                | "abend"
                | "nacht"
                | "reise"
        ),
        "bonnes" => matches!(next, "fêtes" | "vacances"),
        "feliz" | "próspero" | "felices" => matches!(
            next,
            "navidad" | "año" | "fiestas" | "día" | "fin" | "viaje"
        ),
        "bestem" | "besten" => matches!(next, "wissen" | "fall"),
        "buoni" | "buono" => matches!(next, "pasto" | "sconto" | "regalo" | "acquisto" | "spesa"),
        "buona" if next == "fede" => true,
        // "in merito a": about; "crediti in sofferenza": bad debts;
        // "voor de goede orde": for the record
        "in" => matches!(next, "merito" | "sofferenza"),
        "paradiso" => next == "fiscale",
        "goede" => next == "orde",
        "veel" => next == "plezier",
        // goods insured
        "verzekerde" | "roerend" | "onroerend" => next == "goed",
        "lo" => next == "mejor",
        "costa" => next == "rica",
        "puerto" => next == "rico",
        "trésor" => next == "public",
        // "fermeture exceptionnelle", "junta extraordinaria"
        "fermeture" | "congé" | "titre" | "ouverture" | "assemblée" | "séance" | "junta"
        | "derrama" | "paga" | "asamblea" | "sesión" => {
            next.starts_with("exceptionnel") || next.starts_with("extraordinari")
        }
        // "dans les meilleurs délais": as soon as possible
        "meilleurs" | "brefs" => next == "délais",
        // "bien vouloir", "bien reçu", "bien à vous"
        "bien" => matches!(
            next,
            "vouloir" | "reçu" | "reçue" | "noté" | "notée" | "à" | "pris"
        ),
        "bonne" | "bon" | "belle" => matches!(
            next,
            "journée"
                | "soirée"
                | "fin"
                | "semaine"
                | "année"
                | "continuation"
                | "réception"
                | "vacances"
                | "week-end"
        ),
        "buenos" | "buenas" | "buen" => {
            matches!(next, "días" | "tardes" | "noches" | "día" | "fin" | "viaje")
        }
        _ => false,
    }
}

/// Whether token `i` of an Italian sentence is a word of a letter's frame
/// or a thing, not the writer's feeling: "Gentile Signora", "Gentili
/// clienti", "alla cortese attenzione", "per cortesia", "un buono" (a
/// voucher), "beni" (goods).
fn is_italian_frame<'a>(
    i: usize,
    low: &dyn Fn(usize) -> &'a str,
    orig: &dyn Fn(usize) -> &'a str,
    n: usize,
) -> bool {
    let w = low(i);
    let next = (i + 1 < n).then(|| low(i + 1));
    match w {
        "beni" => true,
        // "gli utili": profits; "il bene assicurato": the goods
        "utili" => i > 0 && matches!(low(i - 1), "gli" | "degli" | "agli" | "negli" | "sugli"),
        "bene" => i > 0 && matches!(low(i - 1), "il" | "del" | "al" | "dal" | "un" | "nel"),
        "buono" | "buoni" => {
            i > 0
                && matches!(
                    low(i - 1),
                    "un" | "il" | "del" | "dei" | "i" | "al" | "ai" | "dal"
                )
        }
        "cortesia" => i > 0 && low(i - 1) == "per",
        "gentile" | "gentili" | "gentilissimo" | "gentilissima" | "gentilissimi" | "egregio"
        | "egregia" | "egregi" | "cortese" | "cortesi" => {
            i == 0
                || (i + 1 < n && orig(i + 1).starts_with(char::is_uppercase))
                || next.is_some_and(|x| {
                    matches!(
                        x,
                        "signora"
                            | "signore"
                            | "signori"
                            | "signor"
                            | "sig"
                            | "sig.ra"
                            | "cliente"
                            | "clienti"
                            | "utente"
                            | "utenti"
                            | "dottore"
                            | "dottoressa"
                            | "dott"
                            | "collega"
                            | "colleghi"
                            | "socio"
                            | "soci"
                            | "attenzione"
                            | "riscontro"
                            | "collaborazione"
                            | "richiesta"
                            | "concessione"
                    )
                })
        }
        _ => false,
    }
}

/// What Italian and Dutch wish a reader ("Buona giornata", "buon
/// soggiorno", "Fijne feestdagen", "een goed weekend").
const IT_WISH_NOUNS: &[&str] = &[
    "giornata",
    "serata",
    "notte",
    "fine",
    "lavoro",
    "natale",
    "pasqua",
    "feste",
    "anno",
    "viaggio",
    "weekend",
    "domenica",
    "settimana",
    "continuazione",
    "vacanze",
    "estate",
    "giorno",
    "pomeriggio",
    "permanenza",
    "soggiorno",
    "proseguimento",
    "rientro",
    "compleanno",
];
const NL_WISH_NOUNS: &[&str] = &[
    "dag",
    "feestdagen",
    "weekend",
    "kerstdagen",
    "kerst",
    "kerstfeest",
    "vakantie",
    "avond",
    "reis",
    "jaarwisseling",
    "middag",
    "morgen",
    "nieuwjaar",
    "week",
    "zomer",
    "pasen",
    "verblijf",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Whether token `i` of an Italian or Dutch sentence wishes rather than
/// praises: a wish's adjective before a wish's noun at the sentence's
/// start ("Buona giornata", "Fijne feestdagen"), after a verb of wishing
/// ("Vi auguriamo una buona permanenza", "wij wensen u een prettig
/// verblijf") or after another wish ("Buona giornata e buon lavoro"); "È
/// stato un buon soggiorno" and "een gezellige avond gehad" are praise.
fn is_wish<'a>(lang: Lang, i: usize, low: &dyn Fn(usize) -> &'a str, n: usize) -> bool {
    let (adjective, nouns) = match lang {
        Lang::It => (
            matches!(
                low(i),
                "buona"
                    | "buon"
                    | "buone"
                    | "buoni"
                    | "felice"
                    | "serena"
                    | "serene"
                    | "sereno"
                    | "ottima"
                    | "splendida"
                    | "piacevole"
            ),
            IT_WISH_NOUNS,
        ),
        Lang::Nl => (
            matches!(
                low(i),
                "fijne"
                    | "fijn"
                    | "prettige"
                    | "prettig"
                    | "goede"
                    | "goed"
                    | "gezellige"
                    | "zalig"
                    | "zalige"
                    | "gelukkig"
                    | "voorspoedig"
                    | "mooie"
            ),
            NL_WISH_NOUNS,
        ),
        _ => return false,
    };
    adjective
        && i + 1 < n
        && nouns.contains(&low(i + 1))
        && (i == 0
            || (i.saturating_sub(4)..i).any(|k| {
                let b = low(k);
                b.starts_with("augur")
                    || b.starts_with("wens")
                    || b == "toegewenst"
                    || nouns.contains(&b)
            }))
}

/// Whether an Italian or Dutch sentence of `n` tokens is a policy's or a
/// warranty's clause of what it covers or excludes ("esclusi", "non
/// copre", "copre", "uitgesloten", "vervalt", "dekt", with a word of
/// policy, warranty or contract) or a notice ("Si comunica che …", "Wij
/// informeren u …", "Hierbij …"): its perils and goods are no feeling.
fn is_clause_or_notice<'a>(lang: Lang, n: usize, low: &dyn Fn(usize) -> &'a str) -> bool {
    let notice = match lang {
        Lang::It => {
            n >= 2
                && low(0) == "si"
                && matches!(
                    low(1),
                    "comunica" | "avvisa" | "informa" | "ricorda" | "precisa"
                )
        }
        Lang::Nl => {
            (n >= 2 && matches!(low(0), "wij" | "we") && matches!(low(1), "informeren" | "melden"))
                || low(0) == "hierbij"
        }
        _ => return false,
    };
    if notice {
        return true;
    }
    // A writer who speaks of themselves complains ("mijn waterschade wordt
    // niet gedekt, ik ben woedend op jullie", "Siamo stati esclusi dalla
    // promozione"); the firm writes to "vi" and "vostra polizza".
    let personal = (0..n).any(|k| match lang {
        Lang::It => matches!(
            low(k),
            "io" | "mi"
                | "mio"
                | "mia"
                | "miei"
                | "mie"
                | "ho"
                | "siamo"
                | "abbiamo"
                | "noi"
                | "nostro"
                | "nostra"
        ),
        _ => matches!(low(k), "ik" | "mijn" | "me" | "mij" | "jullie"),
    });
    if personal {
        return false;
    }
    let cover = |prefixes: &[&str]| {
        (0..n).any(|k| {
            let w = low(k);
            prefixes.iter().any(|p| w.starts_with(p))
        })
    };
    // what a policy covers or excludes ("La polizza copre i danni da
    // furto", "Sono esclusi dalla garanzia", "De verzekering dekt schade
    // door inbraak"), with a word of policy, warranty or contract
    if lang == Lang::It {
        (0..n).any(|k| {
            let w = low(k);
            (w.starts_with("esclu")
                && !w.starts_with("esclusiv")
                && (k == 0 || low(k - 1) != "iva"))
                || matches!(
                    w,
                    "copre" | "coprono" | "coperti" | "indennizza" | "risarcisce"
                )
        }) && cover(&[
            "polizz",
            "garanzi",
            "copertur",
            "assicura",
            "contratt",
            "indennizz",
        ])
    } else {
        (0..n).any(|k| {
            let w = low(k);
            w.starts_with("uitgesloten")
                || w.starts_with("uitsluiting")
                || matches!(w, "vervalt" | "dekt" | "gedekt" | "vergoedt")
        }) && cover(&[
            "polis",
            "garantie",
            "dekking",
            "verzeker",
            "voorwaarden",
            "schadevergoeding",
        ])
    }
}

/// Complaint idioms of Italian and Dutch, as their words (one-letter ones
/// left out, as the tokens are), and their valence, found at their last
/// word.
const IDIOMS: &[(Lang, &[&str], f64)] = &[
    (Lang::It, &["fumo", "poco", "arrosto"], -2.0),
    (Lang::It, &["sette", "chiese"], -1.8),
    (Lang::It, &["campa", "cavallo"], -1.8),
    (Lang::It, &["presi", "in", "giro"], -2.2),
    (Lang::It, &["preso", "in", "giro"], -2.2),
    (Lang::It, &["presa", "in", "giro"], -2.2),
    (Lang::It, &["prendere", "in", "giro"], -2.2),
    (Lang::It, &["prendono", "in", "giro"], -2.2),
    (Lang::It, &["lasciamo", "perdere"], -1.5),
    (Lang::It, &["lasciate", "perdere"], -1.5),
    (Lang::It, &["prima", "volta"], 0.0),
    (Lang::Nl, &["kastje", "naar", "de", "muur"], -2.0),
    (Lang::Nl, &["kluitje", "in", "het", "riet"], -2.0),
    (Lang::Nl, &["rad", "voor", "ogen"], -2.2),
    (Lang::Nl, &["gouden", "bergen"], -1.5),
    (Lang::Nl, &["vullen", "geen", "gaatjes"], -1.8),
    (Lang::Nl, &["eerste", "keer"], 0.0),
];

/// The valence of a star rating: "due stelle", "5 stelle", "twee
/// sterren" (the count is the last word of `before`, the text before the
/// token, one-letter digits included);
/// not a hotel's class ("hotel a cinque stelle", "hotel met vier
/// sterren"), a Michelin star or "Cinque Stelle", the party.
fn stars<'a>(
    w: &str,
    before: &str,
    capital: bool,
    i: usize,
    low: &dyn Fn(usize) -> &'a str,
    n: usize,
) -> Option<f64> {
    if capital || !matches!(w, "stelle" | "stella" | "sterren" | "ster" | "sterretjes") {
        return None;
    }
    let count = before
        .split_whitespace()
        .next_back()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let stars = match count.as_str() {
        "1" | "uno" | "una" | "un" | "één" => 1,
        "2" | "due" | "twee" => 2,
        "4" | "quattro" | "vier" => 4,
        "5" | "cinque" | "vijf" => 5,
        _ => return None,
    };
    let class = (i.saturating_sub(4)..i).any(|k| {
        matches!(
            low(k),
            "hotel" | "albergo" | "resort" | "ristorante" | "campeggio" | "camping" | "movimento"
        )
    }) || (i + 1 < n && low(i + 1) == "michelin");
    (!class).then_some(match stars {
        1 => -2.5,
        2 => -1.8,
        4 => 1.8,
        _ => 2.5,
    })
}

/// The valence of an idiom of [`IDIOMS`] ending at token `i`, none when
/// negated; "non è la prima volta", "niet de eerste keer" (negated only)
/// complain.
fn idiom<'a>(lang: Lang, i: usize, low: &dyn Fn(usize) -> &'a str) -> Option<f64> {
    let w = low(i);
    let (_, words, v) = IDIOMS.iter().find(|(l, words, _)| {
        *l == lang && words.len() <= i + 1 && words.last() == Some(&w) && {
            let start = i + 1 - words.len();
            words.iter().enumerate().all(|(j, x)| low(start + j) == *x)
        }
    })?;
    let start = i + 1 - words.len();
    let negated = (start.saturating_sub(3)..start).any(|k| matches!(low(k), "non" | "niet"));
    if *v != 0.0 {
        // "Non ci hanno presi in giro" says the opposite
        return (!negated).then_some(*v);
    }
    // "non è la prima volta", "niet de eerste keer": again
    negated.then_some(-1.5)
}

/// The valence of "Nooit meer!", "Mai più!".
const NEVER_AGAIN: f64 = -2.0;

/// The valence of an Italian recommendation ("Lo consiglio").
const RECOMMEND: f64 = 1.8;

/// The valence of sarcastic thanks ("Danke für nichts", "bedankt voor
/// niets").
const THANKS_FOR_NOTHING: f64 = -2.0;

/// Verbs of asking and demanding in the first person: a positive word
/// after one in its sentence is what is asked for, not praise.
const REQUESTS: &[&str] = &[
    "erwarte",
    "fordere",
    "verlange",
    "ersuche",
    "exigeons",
    "demandons",
    "solicito",
    "solicitamos",
    "exijo",
    "exigimos",
    "ruego",
    "rogamos",
    "pido",
    "pedimos",
];

/// Verbs of asking that are also nouns or other persons ("Bitte leiten Sie
/// mein Lob weiter", "suite à ma demande"): requests only after a pronoun
/// ("ich bitte", "wir erwarten", "je vous demande", "nous vous prions").
const REQUESTS_AFTER_PRONOUN: &[&str] = &[
    "bitte",
    "bitten",
    "erwarten",
    "fordern",
    "verlangen",
    "demande",
    "prie",
    "prions",
    "exige",
];

/// Italian verbs of asking and demanding ("chiedo", "esigiamo"), and
/// those that are requests only after a pronoun ("vi prego", "si prega").
const IT_REQUESTS: &[&str] = &[
    "chiedo",
    "chiediamo",
    "esigo",
    "esigiamo",
    "pretendo",
    "pretendiamo",
    "richiedo",
    "richiediamo",
    "sollecitiamo",
];
const IT_REQUESTS_AFTER_PRONOUN: &[&str] = &["prego", "preghiamo", "prega"];

/// Dutch: "verzocht" ("U wordt verzocht"), and verbs that are requests only
/// with a pronoun before or, inverted, after them ("ik verwacht",
/// "Daarom verwacht ik", "Wij vragen u").
const NL_REQUESTS: &[&str] = &["verzocht"];
const NL_REQUESTS_WITH_PRONOUN: &[&str] = &[
    "vragen",
    "vraag",
    "eis",
    "eisen",
    "verlang",
    "verzoek",
    "verzoeken",
    "verwacht",
    "verwachten",
];

/// Whether token k (of n) of a sentence in `lang` is a verb of asking or
/// demanding.
fn is_request_verb<'a>(lang: Lang, k: usize, low: &dyn Fn(usize) -> &'a str, n: usize) -> bool {
    let w = low(k);
    let next = (k + 1 < n).then(|| low(k + 1));
    let before = (k > 0).then(|| low(k - 1));
    match lang {
        Lang::It => {
            // "chiedo scusa" apologises
            (IT_REQUESTS.contains(&w) && next != Some("scusa"))
                || (IT_REQUESTS_AFTER_PRONOUN.contains(&w)
                    && matches!(before, Some("vi" | "la" | "ti" | "si" | "le")))
        }
        Lang::Nl => {
            // "Wilt u …?"
            (w == "wilt" && k == 0)
                || NL_REQUESTS.contains(&w)
                || (NL_REQUESTS_WITH_PRONOUN.contains(&w)
                    && (matches!(next, Some("ik" | "je" | "we" | "wij"))
                        || matches!(before, Some("ik" | "wij" | "we")))
                    // "beter dan ik verwacht", "zoals verwacht": a
                    // comparison
                    && !(k >= 2 && matches!(low(k - 2), "dan" | "als" | "zoals"))
                    && before != Some("zoals"))
        }
        _ => {
            REQUESTS.contains(&w)
                || (REQUESTS_AFTER_PRONOUN.contains(&w)
                    && matches!(before, Some("ich" | "wir" | "je" | "j'" | "nous" | "vous")))
        }
    }
}

/// The valence of a failure that persists ("immer noch nicht", "toujours
/// pas", "sigo sin").
const STILL_NOT: f64 = -1.5;

/// Whether token `i` says that a failure persists: German "immer noch
/// nicht/kein…", "noch immer nicht", "nach wie vor nicht", "wieder/erneut
/// nicht"; French "toujours pas/sans/aucun/rien"; Spanish "sigo/sigue…
/// sin", "todavía/aún no/sin", "llevo … sin"; Italian "ancora non/senza",
/// "continua a non"; Dutch "nog steeds/altijd niet", "weer/opnieuw geen"
/// (the token is the last word before the negation).
fn still_not<'a>(lang: Lang, i: usize, low: &dyn Fn(usize) -> &'a str, n: usize) -> bool {
    let Some(next) = (i + 1 < n).then(|| low(i + 1)) else {
        return false;
    };
    let before = |d: usize| (i >= d).then(|| low(i - d));
    let w = low(i);
    match lang {
        Lang::De => {
            (next == "nicht" || next == "nichts" || next.starts_with("kein"))
                && match w {
                    "noch" => before(1) == Some("immer"),
                    "immer" => before(1) == Some("noch"),
                    "vor" => before(1) == Some("wie") && before(2) == Some("nach"),
                    "wieder" | "erneut" => true,
                    _ => false,
                }
        }
        Lang::Fr => w == "toujours" && matches!(next, "pas" | "sans" | "aucun" | "aucune" | "rien"),
        // "ancora non", "ancora senza", "continua a non"
        Lang::It => {
            (w == "ancora" && matches!(next, "non" | "senza" | "nessuna" | "nessun" | "niente"))
                // "continua a non" ("a", one letter, is no token)
                || (w.starts_with("contin") && next == "non")
        }
        // "nog steeds niet/geen", "nog altijd niet", "weer niet", "opnieuw
        // geen"
        Lang::Nl => {
            matches!(next, "niet" | "geen" | "niets" | "niks")
                && match w {
                    "steeds" | "altijd" => before(1) == Some("nog"),
                    "weer" | "opnieuw" => true,
                    _ => false,
                }
        }
        Lang::Es => {
            (matches!(
                w,
                "sigo" | "sigue" | "seguimos" | "siguen" | "continúa" | "continúo"
            ) && next == "sin")
                || (matches!(w, "todavía" | "aún") && matches!(next, "no" | "sin"))
                || (next == "sin"
                    && (0..=3).any(|d| matches!(before(d), Some("llevo" | "llevamos"))))
        }
    }
}

/// Whether token `i`'s thanks ask rather than thank: a polite request
/// ("Ich wäre Ihnen dankbar, wenn …", "Merci de bien vouloir …", "Je vous
/// remercie par avance de votre réponse", "Le agradecería que …").
fn is_request<'a>(lang: Lang, i: usize, low: &dyn Fn(usize) -> &'a str, n: usize) -> bool {
    let w = low(i);
    let after = |d: usize| (i + d < n).then(|| low(i + d));
    let before = |d: usize| (i >= d).then(|| low(i - d));
    match lang {
        Lang::De => {
            // "… wäre ich Ihnen sehr dankbar", "Vielen Dank im Voraus"
            (matches!(w, "dankbar" | "verbunden")
                && (1..=10).any(|d| {
                    before(d).is_some_and(|b| matches!(b, "wäre" | "wären" | "würde" | "würden"))
                }))
                || (matches!(w, "dank" | "danke")
                    && after(1) == Some("im")
                    && after(2) == Some("voraus"))
        }
        Lang::Fr => {
            if w == "reconnaissant" || w == "reconnaissante" || w == "gré" {
                return (1..=3).any(|d| {
                    before(d).is_some_and(|b| matches!(b, "serais" | "serions" | "saurais"))
                });
            }
            if !(w == "merci" || w.starts_with("remerci")) {
                return false;
            }
            let in_advance = (1..=3)
                .any(|d| after(d) == Some("avance") && matches!(after(d - 1), Some("par" | "d'")));
            // "merci de" + a verb, not + "votre aide"
            // "merci de m'avoir rappelé" thanks
            let past = (2..=4).any(|d| matches!(after(d), Some("avoir" | "être")));
            let with_verb = !past
                && matches!(after(1), Some("de" | "d'"))
                && after(2).is_some_and(|x| {
                    !matches!(
                        x,
                        "votre"
                            | "vos"
                            | "ton"
                            | "ta"
                            | "tes"
                            | "la"
                            | "le"
                            | "les"
                            | "l'"
                            | "cette"
                            | "ce"
                            | "ces"
                            | "tout"
                            | "toute"
                            | "tous"
                    )
                });
            in_advance || with_verb
        }
        Lang::It => {
            // "Le sarei grato se …", "Grazie in anticipo", "La ringrazio
            // anticipatamente"
            ((w.starts_with("grat") || w.starts_with("ricono"))
                && (1..=4).any(|d| before(d).is_some_and(|b| b.starts_with("sare"))))
                || ((w == "grazie" || w.starts_with("ringrazi"))
                    && (after(1) == Some("anticipatamente")
                        || (after(1) == Some("in") && after(2) == Some("anticipo"))
                        || (after(1) == Some("per")
                            && after(2).is_some_and(|x| x.starts_with("voler")))))
        }
        Lang::Nl => {
            // "Ik zou u dankbaar zijn als …", "Ik zou het waarderen als
            // …", "Alvast bedankt", "Bij voorbaat dank"
            (matches!(w, "dankbaar" | "waarderen" | "erkentelijk")
                && (1..=5).any(|d| before(d).is_some_and(|b| matches!(b, "zou" | "zouden"))))
                || (matches!(w, "bedankt" | "dank" | "dankt")
                    && (before(1) == Some("alvast")
                        || (before(1) == Some("voorbaat") && before(2) == Some("bij"))
                        || after(1) == Some("alvast")))
        }
        Lang::Es => {
            // "Le estaría muy agradecido si …"
            (w.starts_with("agradecid")
                && (1..=4).any(|d| before(d).is_some_and(|b| b.starts_with("estaría"))))
                || w.starts_with("agradecer") && w != "agradecer"
                || (w == "gracias"
                    && matches!(
                        (after(1), after(2)),
                        (Some("de"), Some("antemano")) | (Some("por"), Some("adelantado"))
                    ))
        }
    }
}

/// Whether `piece` is a name on a line of its own: at most three
/// capitalised words without a sentence's end or a colon, the first a
/// known given name or a title ("Werner Stolz", "Familie Fröhlich", "Dr.
/// Ana Bueno"), whose words are not the writer's feeling ("Große
/// Enttäuschung" is a heading with feeling).
pub(crate) fn is_name_line(piece: &str) -> bool {
    if piece.len() > 80
        || piece.ends_with(['.', '!', '?'])
        || piece.contains([':', '\n'])
        || piece.split_whitespace().count() > 3
        || !piece
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return false;
    }
    let first = piece
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_end_matches(['.', ','])
        .to_lowercase();
    crate::gazetteer::GAZ.first_names.contains(first.as_str())
        || is_title(&first, None)
        || first == "m"
}

/// The valence `w` has when negated, if it names what a service should
/// do or give: the lists hold the forms, so only a plural's "s", "n" or
/// "en" is taken off ("Antworten", "réponses").
fn if_negated(t: &Tables, w: &str) -> Option<f64> {
    let get = |s: &str| t.if_negated.get(s.as_bytes());
    get(w).or_else(|| {
        ["s", "en", "n"]
            .iter()
            .find_map(|e| w.strip_suffix(e).filter(|s| s.len() >= 3).and_then(get))
    })
}

/// Whether a token is written in capitals (two letters or more).
fn is_shouting(token: &str) -> bool {
    token.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
        && !token.chars().any(char::is_lowercase)
}

/// VADER scores of one sentence in `lang`.
pub(crate) fn polarity(text: &str, lang: Lang, scratch: &mut Scratch) -> Polarity {
    let t = lang.tables();
    let Scratch {
        lower,
        toks,
        sentiments,
        form,
        valences,
    } = scratch;
    lower.clear();
    toks.clear();
    let base = text.as_ptr() as usize;
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            continue;
        }
        let mut start = word.as_ptr() as usize - base;
        let mut rest = word;
        let elisions = match lang {
            Lang::Fr => ELISIONS,
            Lang::It => IT_ELISIONS,
            _ => &[],
        };
        if !elisions.is_empty()
            && let Some(at) = rest.find(['\'', '\u{2019}'])
            && elisions.iter().any(|e| rest[..at].eq_ignore_ascii_case(e))
        {
            let lo = lower.len();
            crate::lowercase::push_lower(lower, &rest[..at]);
            lower.push('\'');
            toks.push((start, start + at, lo, lower.len()));
            let skip = at + rest[at..].chars().next().map_or(1, char::len_utf8);
            start += skip;
            rest = &rest[skip..];
            if rest.is_empty() {
                continue;
            }
        }
        // VADER skips one-letter tokens.
        if rest.chars().nth(1).is_none() {
            continue;
        }
        let lo = lower.len();
        crate::lowercase::push_lower(lower, rest);
        toks.push((start, start + rest.len(), lo, lower.len()));
    }
    let toks: &[Tok] = toks;
    let lower: &str = lower;
    let low = |k: usize| &lower[toks[k].2..toks[k].3];
    let orig = |k: usize| &text[toks[k].0..toks[k].1];
    valences.clear();
    valences.extend((0..toks.len()).map(|k| {
        // Italian "farsi vivo", "farsi vedere", "farsi sentire": to show
        // up, to be in touch: a service's duty ("nessuno si è fatto vivo")
        if lang == Lang::It
            && k > 0
            && matches!(low(k), "vivo" | "viva" | "vivi" | "vive" | "vedere" | "sentire")
            && matches!(
                low(k - 1),
                "fatto" | "fatta" | "fatti" | "fatte" | "fa" | "fanno" | "farsi"
            )
            // "i dolori non si sono più fatti sentire": good news
            && !(k.saturating_sub(4)..k).any(|j| low(j) == "più")
        {
            return Some((IF_NEGATED, true));
        }
        match lookup(lang, &t.lexicon, Some(&t.starts), low(k), form) {
            Some(v) => Some((v, false)),
            None => if_negated(t, low(k)).map(|v| (v, true)),
        }
    }));
    let valences: &[Option<(f64, bool)>] = valences;
    // A clause ends after a token followed by punctuation.
    let ends_clause = |k: usize| {
        text[toks[k].1..]
            .chars()
            .next()
            .is_some_and(|c| matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | ')'))
    };
    let mixed_caps = {
        let shouting = toks.iter().filter(|k| is_shouting(&text[k.0..k.1])).count();
        shouting > 0 && shouting < toks.len()
    };
    // Whether token k negates a word at i > k.
    let negates = |k: usize, i: usize| -> bool {
        let w = low(k);
        // "falta de respeto", "manque de sérieux", "Mangel an Respekt",
        // "mancanza di rispetto", "gebrek aan respect"
        if matches!(w, "falta" | "manque" | "mangel" | "mancanza" | "gebrek") {
            return k + 1 < i
                && matches!(
                    low(k + 1),
                    "de" | "d'" | "del" | "an" | "di" | "della" | "dello" | "dei" | "delle" | "aan"
                );
        }
        if !t.negations.contains(w.as_bytes()) {
            return false;
        }
        if k + 1 < toks.len() && t.unnegating.contains(low(k + 1).as_bytes()) {
            return false;
        }
        // "Ça ne marche pas, c'est nul": a negation ends with its clause.
        if (k..i).any(ends_clause) {
            return false;
        }
        // "senza danni e prezzo onesto": "without" (and "little",
        // "nothing", "no") govern their own noun
        if matches!(lang, Lang::It | Lang::Nl)
            && !matches!(w, "non" | "niet" | "nooit" | "mai" | "né" | "noch")
            && text[toks[k].1..toks[i].0]
                .split_whitespace()
                .any(|x| matches!(x, "e" | "ed" | "en" | "o" | "of"))
        {
            return false;
        }
        match w {
            // "un peu", "un poco", "ein wenig" soften; bare they negate,
            // but not in "hace poco", "sous peu", "depuis peu", "wenig
            // später", "tra poco", "poco fa", "weinig later".
            // In Italian and Dutch only the word right after
            // ("poco cortese", "weinig behulpzaam"; not "weinig geld, een
            // prima maaltijd").
            "peu" | "poco" | "wenig" | "weinig" => {
                (!matches!(lang, Lang::It | Lang::Nl) || k + 1 == i)
                    && (k == 0
                        || !matches!(
                            low(k - 1),
                            "un" | "ein" | "hace" | "sous" | "depuis" | "tra" | "fra" | "een"
                        ))
                    && (k + 1 >= toks.len()
                        || !matches!(
                            low(k + 1),
                            "después"
                                | "antes"
                                | "später"
                                | "après"
                                | "fa"
                                | "dopo"
                                | "prima"
                                | "later"
                                | "geleden"
                        ))
            }
            // "ne … que" restricts: "je n'ai que des éloges".
            "ne" | "n'" => !(k + 1..i).any(|j| matches!(low(j), "que" | "qu'")),
            // "non posso che lodare", "niets dan lof": only
            "non" => {
                !(k + 2 < i
                    && matches!(
                        low(k + 1),
                        "posso" | "possiamo" | "può" | "ho" | "abbiamo" | "resta" | "rimane"
                    )
                    && low(k + 2) == "che")
            }
            "niets" | "niks" => k + 1 >= toks.len() || low(k + 1) != "dan",
            _ => true,
        }
    };
    sentiments.clear();
    let n = toks.len();
    let first_request = std::cell::OnceCell::new();
    let (never_words, never_so_words) = match lang {
        Lang::It => IT_NEVER,
        Lang::Nl => NL_NEVER,
        _ => (NEVER, NEVER_SO),
    };
    let is_thanks = |w: &str| {
        THANKS.contains(&w) || (matches!(lang, Lang::It | Lang::Nl) && IT_NL_THANKS.contains(&w))
    };
    let exclusion = std::cell::OnceCell::new();
    for i in 0..n {
        let w = low(i);
        if t.boosters.contains(w.as_bytes()) || t.negations.contains(w.as_bytes()) {
            sentiments.push(0.0);
            continue;
        }
        // ... when what is still missing is what a service should do or
        // give, or something good ("immer noch nicht repariert", "toujours
        // pas arrivée", "sigo sin calefacción"), and not a problem ("wieder
        // keine Beanstandungen", "sigue sin dar ningún problema"): "Nous
        // n'avons toujours pas choisi la date" says nothing of a service.
        if i + 1 < n
            && t.negations.contains(low(i + 1).as_bytes())
            && still_not(lang, i, &|k| low(k), n)
            && ({
                let after = i + 2..n.min(i + 8);
                !after.clone().any(|k| {
                    PROBLEMS.contains(&low(k)) || valences[k].is_some_and(|(v, _)| v < 0.0)
                }) && after
                    .take(5)
                    .any(|k| valences[k].is_some_and(|(v, only_negated)| only_negated || v > 0.0))
            } || (
                // "Tre settimane e ancora niente.", "nog steeds niks."
                matches!(lang, Lang::It | Lang::Nl)
                    && matches!(low(i + 1), "niente" | "nulla" | "niets" | "niks")
                    && (i + 2 >= n || ends_clause(i + 1))
            ))
        {
            sentiments.push(STILL_NOT);
            continue;
        }
        if matches!(lang, Lang::It | Lang::Nl) {
            let capital = orig(i).starts_with(char::is_uppercase);
            if let Some(v) = idiom(lang, i, &|k| low(k))
                .or_else(|| stars(w, &text[..toks[i].0], capital, i, &|k| low(k), n))
            {
                sentiments.push(v);
                continue;
            }
        }
        // "Nooit meer!", "Mai più con questa compagnia!": never again
        if matches!((lang, w), (Lang::Nl, "meer") | (Lang::It, "più"))
            && i > 0
            && matches!(low(i - 1), "nooit" | "mai")
            && (ends_clause(i) || i == 1)
        {
            sentiments.push(NEVER_AGAIN);
            continue;
        }
        // "Danke für nichts", "merci pour rien", "gracias por nada",
        // "bedankt voor niets"
        if matches!(w, "danke" | "merci" | "gracias" | "bedankt")
            && i + 2 < n
            && matches!(
                (low(i + 1), low(i + 2)),
                ("für", "nichts") | ("pour", "rien") | ("por", "nada") | ("voor", "niets" | "niks")
            )
        {
            sentiments.push(THANKS_FOR_NOTHING);
            continue;
        }
        // A capitalised word inside a sentence of a language that writes
        // its nouns in lower case (all but German), after a
        // word or a comma, is a name ("Dolores", "Costa Rica", "Trésor
        // Public"); not after a bracket, a quote or a number ("10) Pésimo").
        let name = lang != Lang::De
            && i > 0
            && orig(i).starts_with(char::is_uppercase)
            && !is_shouting(orig(i))
            && text[..toks[i].0]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphabetic() || c == ',');
        let valence = match valences[i] {
            // a name keeps only a valence when negated
            Some((_, false)) if name => if_negated(t, w).map(|v| (v, true)),
            found => found,
        };
        // "senza dubbio", "zonder twijfel": no doubt
        if matches!(lang, Lang::It | Lang::Nl)
            && i > 0
            && t.unnegating.contains(w.as_bytes())
            && t.negations.contains(low(i - 1).as_bytes())
        {
            sentiments.push(0.0);
            continue;
        }
        // "Lo consiglio a tutti", "Non lo consiglio": recommending, not
        // the noun "consiglio" (advice, board)
        let valence = valence.or_else(|| {
            (lang == Lang::It
                && matches!(
                    w,
                    "consiglio" | "consigliamo" | "raccomando" | "raccomandiamo" | "consiglierei"
                )
                && i > 0
                && matches!(low(i - 1), "lo" | "la" | "li" | "le" | "ve" | "te" | "vi" | "ti")
                // "Vi consiglio di non acquistare": advice
                && (i + 1 >= n || low(i + 1) != "di"))
                .then_some((RECOMMEND, false))
        });
        let Some((v, only_negated)) = valence else {
            sentiments.push(0.0);
            continue;
        };
        // The perils (and valuables) an insurance or warranty clause
        // covers or excludes are no grievance ("Sono esclusi dalla
        // garanzia i danni da usura", "De garantie vervalt bij
        // waterschade"), but an exclamation is ("Vergognoso: la polizza
        // non copre il furto").
        if matches!(lang, Lang::It | Lang::Nl)
            && !only_negated
            && !text[toks[i].1..].trim_start().starts_with(['!', ':'])
            && *exclusion.get_or_init(|| is_clause_or_notice(lang, n, &|k| low(k)))
        {
            sentiments.push(0.0);
            continue;
        }
        // "bienes" and "beni" are goods, not "bien"s; "sentiments les
        // meilleurs" closes
        if w == "bienes"
            || (lang == Lang::It && is_italian_frame(i, &|k| low(k), &|k| orig(k), n))
            || (w == "meilleurs" && i >= 2 && low(i - 2) == "sentiments")
            || (i > 0 && is_title(low(i - 1), Some(lang)) && orig(i).starts_with(char::is_uppercase))
            || (INCONVENIENCES.contains(&w)
                && (i.saturating_sub(5)..i).any(|k| {
                    let b = low(k);
                    APOLOGIES.iter().any(|p| b.starts_with(p))
                }))
            || (is_thanks(w)
                && (i + 1..n.min(i + 5)).any(|k| UNDERSTANDING.contains(&low(k))))
            || (UNDERSTANDING.contains(&w)
                && (i.saturating_sub(4)..i).any(|k| is_thanks(low(k))))
            || is_set_phrase(w, (i + 1 < n).then(|| low(i + 1)))
            || (i > 0 && is_set_phrase(low(i - 1), Some(w)))
            || is_wish(lang, i, &|k| low(k), n)
            // "una truffa bella e buona": a real scam
            || (lang == Lang::It
                && matches!(w, "bella" | "bello" | "buona" | "buono")
                && {
                    let (a, b) = if matches!(w, "bella" | "bello") {
                        (i, i + 1)
                    } else {
                        (i.saturating_sub(1), i)
                    };
                    a > 0
                        && b < n
                        && matches!(low(a), "bella" | "bello")
                        && matches!(low(b), "buona" | "buono")
                        && valences[a - 1].is_some_and(|(v, _)| v < 0.0)
                })
            // "Lieve collega's": a letter's opening; "Het goed moet …
            // worden geretourneerd": the goods
            || (lang == Lang::Nl && i == 0 && matches!(w, "lieve" | "beste" | "geachte"))
            || (lang == Lang::Nl && i == 1 && w == "goed" && low(0) == "het")
            // "U wordt vriendelijk verzocht", "Wij vragen u vriendelijk":
            // politeness of a request
            || (lang == Lang::Nl
                && w.starts_with("vriendelijk")
                && (i.saturating_sub(3)..n.min(i + 3))
                    .any(|k| k != i && is_request_verb(lang, k, &|k| low(k), n)))
        {
            sentiments.push(0.0);
            continue;
        }
        if is_request(lang, i, &|k| low(k), n)
            || (lang == Lang::De && w == "top" && {
                // "TOP 1" of minutes is an agenda item
                text[toks[i].1..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
            })
        {
            sentiments.push(0.0);
            continue;
        }
        let mut valence = v;
        let emphasis = |valence: f64| if valence > 0.0 { C_INCR } else { -C_INCR };
        if mixed_caps && is_shouting(orig(i)) {
            valence += emphasis(valence);
        }
        for back in 1..=3.min(i) {
            let k = i - back;
            let b = match low(k) {
                "peu" | "poco" | "wenig" if k > 0 && matches!(low(k - 1), "un" | "ein") => {
                    Some(B_DECR)
                }
                word => t.boosters.get(word.as_bytes()),
            };
            if let Some(b) = b {
                let mut s = if valence < 0.0 { -b } else { b };
                if mixed_caps && is_shouting(orig(k)) {
                    s += emphasis(valence);
                }
                valence += s * [1.0, 0.95, 0.9][back - 1];
            }
        }
        let never_so = (i.saturating_sub(3)..i).any(|k| {
            never_words.contains(&low(k)) && (k + 1..i).any(|j| never_so_words.contains(&low(j)))
        });
        // French "ne" and Italian "non" stand before the verb, often more
        // than three words before what they negate ("je n'ai plus de
        // patience", "non è stato per niente professionale"); Dutch puts
        // a participle at the clause's end ("is niet door de BSO
        // opgehaald").
        let negated_before = !never_so
            && ((i.saturating_sub(3)..i).any(|k| negates(k, i))
                || (matches!(lang, Lang::Fr | Lang::It)
                    && (i.saturating_sub(5)..i.saturating_sub(3))
                        .any(|k| matches!(low(k), "ne" | "n'" | "non") && negates(k, i)))
                || (lang == Lang::Nl
                    && only_negated
                    && (i.saturating_sub(6)..i.saturating_sub(3)).any(|k| {
                        matches!(low(k), "niet" | "nooit")
                            && negates(k, i)
                            && !(k + 1..i).any(|j| NL_CLAUSE.contains(&low(j)))
                    })));
        let (after_words, clause_words): (&[&str], &[&str]) = match lang {
            Lang::Nl => (NL_AFTER, NL_CLAUSE),
            Lang::It => (IT_AFTER, IT_CLAUSE),
            _ => (DE_AFTER, DE_CLAUSE),
        };
        let negated_after = matches!(lang, Lang::De | Lang::Nl | Lang::It)
            && !negated_before
            && (i == 0 || orig(i).starts_with(char::is_lowercase) || is_shouting(orig(i)))
            && !w.ends_with("weise")
            && !matches!(w, "leider" | "hoffentlich" | "schade")
            && !(lang == Lang::Nl && matches!(w, "helaas" | "jammer" | "hopelijk" | "gelukkig"))
            && !ends_clause(i)
            && {
                let mut found = false;
                let scored = |j: usize| valences[j].is_some();
                for k in i + 1..n.min(i + 4) {
                    if clause_words.contains(&low(k)) {
                        break;
                    }
                    // "nulla da segnalare": nothing to report
                    if after_words.contains(&low(k))
                        && !(lang == Lang::It && k + 1 < n && low(k + 1) == "da")
                    {
                        // No scored word after it in its clause, and not
                        // "nicht nur".
                        let only = k + 1 < n && t.unnegating.contains(low(k + 1).as_bytes());
                        let scored_after = (k + 1..n.min(k + 4))
                            .take_while(|&j| !ends_clause(j - 1))
                            .any(scored);
                        found = !only && !scored_after;
                        break;
                    }
                    if ends_clause(k) || scored(k) {
                        break;
                    }
                }
                found
            };
        if never_so {
            valence *= 1.25;
        }
        // "Non so come ringraziarvi", "ik kan jullie niet genoeg
        // bedanken": thanks stay thanks
        let thanks = matches!(lang, Lang::It | Lang::Nl)
            && (w.starts_with("ringrazi") || w.starts_with("bedank") || w == "grazie");
        let negated = (negated_before || negated_after) && !thanks;
        if negated {
            valence *= NEGATION_SCALAR;
        }
        if (only_negated && !negated) || (negated && PROBLEMS.contains(&w)) {
            valence = 0.0;
        }
        // What a writer asks or demands is not praise: "Ich erwarte eine
        // zuverlässige Zustellung", "je demande une solution rapide"; but
        // compliments passed on are ("Vi chiedo di trasmettere i miei
        // complimenti").
        if valence > 0.0
            && !only_negated
            && !matches!(w, "complimenti" | "complimenten" | "lof")
            && first_request
                .get_or_init(|| (0..n).find(|&k| is_request_verb(lang, k, &|k| low(k), n)))
                .is_some_and(|r| r < i)
        {
            valence = 0.0;
        }
        sentiments.push(valence);
    }
    // The first contrast word: "sin embargo" for Spanish "embargo".
    let contrast = (0..n).find(|&k| {
        t.contrasts.contains(low(k).as_bytes())
            && (low(k) != "embargo" || (k > 0 && low(k - 1) == "sin"))
    });
    if let Some(c) = contrast {
        for (i, s) in sentiments.iter_mut().enumerate() {
            if i < c {
                *s *= 0.5;
            } else if i > c {
                *s *= 1.5;
            }
        }
    }
    scores(sentiments, punct_emphasis(text), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compound(text: &str, lang: Lang) -> f64 {
        polarity(text, lang, &mut Scratch::default()).compound
    }

    #[test]
    fn every_lexicon_line_is_a_lower_case_word_and_a_valence() {
        for (name, tsv) in [
            ("de", DE_LEXICON),
            ("fr", FR_LEXICON),
            ("es", ES_LEXICON),
            ("it", IT_LEXICON),
            ("nl", NL_LEXICON),
        ] {
            let mut seen = std::collections::HashSet::new();
            for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
                let (w, v) = line
                    .split_once('\t')
                    .unwrap_or_else(|| panic!("{name}: {line}"));
                let v: f64 = v.parse().unwrap_or_else(|_| panic!("{name}: {line}"));
                assert!((-4.0..=4.0).contains(&v) && v != 0.0, "{name}: {line}");
                assert!(
                    w.chars().all(|c| c.is_lowercase() || c == '-') && !w.is_empty(),
                    "{name}: {line}"
                );
                assert!(seen.insert(w), "{name}: {w} twice");
            }
            assert!(seen.len() > 1000, "{name}: {} words", seen.len());
        }
    }

    #[test]
    fn inflected_forms_take_their_base_form_s_valence() {
        let de = compound("Der Service war schlecht.", Lang::De);
        assert!(de < -0.3, "{de}");
        assert!(compound("Die schlechtesten Erfahrungen.", Lang::De) < -0.3);
        assert!(compound("Elles sont vraiment déçues.", Lang::Fr) < -0.3);
        assert!(compound("Une bonne nouvelle.", Lang::Fr) > 0.3);
        assert!(compound("Estamos muy decepcionadas.", Lang::Es) < -0.3);
    }

    #[test]
    fn negation_flips_once_before_and_in_german_after() {
        assert!(compound("Ich bin mit dem Service zufrieden.", Lang::De) > 0.3);
        assert!(compound("Ich bin mit dem Service nicht zufrieden.", Lang::De) < 0.0);
        assert!(compound("Das gefällt mir nicht.", Lang::De) < 0.0);
        // "leider" is not what "nicht" negates
        assert!(compound("Die Ware kam leider nicht an.", Lang::De) < 0.0);
        assert!(compound("Je ne suis pas satisfait.", Lang::Fr) < 0.0);
        assert!(compound("Je ne recommande pas cette agence.", Lang::Fr) < 0.0);
        assert!(compound("Je n'ai que des éloges.", Lang::Fr) > 0.0);
        assert!(compound("No estoy nada satisfecho.", Lang::Es) < 0.0);
        assert!(compound("Sin embargo, el trato fue excelente.", Lang::Es) > 0.3);
        assert!(compound("Personnel peu aimable.", Lang::Fr) < 0.0);
    }

    #[test]
    fn politeness_greetings_and_closings_are_not_praise() {
        for (text, lang) in [
            ("Mit freundlichen Grüßen, die Verwaltung", Lang::De),
            ("Guten Tag, anbei die Unterlagen.", Lang::De),
            (
                "Ich wäre Ihnen dankbar, wenn Sie mir die Bescheinigung senden.",
                Lang::De,
            ),
            ("Kein Problem, ich schicke die Unterlagen morgen.", Lang::De),
            ("TOP 1: Urlaubsplanung", Lang::De),
            ("Merci de bien vouloir compléter le formulaire.", Lang::Fr),
            ("Je vous remercie par avance de votre réponse.", Lang::Fr),
            ("Veuillez agréer mes salutations distinguées.", Lang::Fr),
            ("Le agradecería que me enviara el certificado.", Lang::Es),
            ("Buenos días, adjunto la factura.", Lang::Es),
            ("No hay problema, le envío los documentos.", Lang::Es),
        ] {
            assert_eq!(compound(text, lang), 0.0, "{text}");
        }
        // thanks for something stay thanks
        assert!(compound("Merci de votre aide précieuse.", Lang::Fr) > 0.3);
    }

    #[test]
    fn the_reviewer_s_cases() {
        // a negation ends with its clause
        assert!(compound("Ça ne marche pas, c'est nul.", Lang::Fr) < -0.3);
        assert!(compound("No funciona, es horrible.", Lang::Es) < -0.3);
        assert!(compound("Keine Sorge, alles gut.", Lang::De) > 0.1);
        // "nicht nur", a new clause after "und", a verb opening the sentence
        assert!(compound("Wir freuen uns nicht nur über den Preis.", Lang::De) > 0.3);
        assert!(compound("Ich bin sehr zufrieden und will nicht wechseln.", Lang::De) > 0.3);
        assert!(compound("Gefällt mir nicht.", Lang::De) < 0.0);
        // a demand with a negated praise word stays a complaint
        assert!(
            compound(
                "Je demande le remboursement, ce n'est pas du tout satisfaisant.",
                Lang::Fr
            ) < -0.1
        );
        // "demande" the noun is no request; "merci de m'avoir rappelé" thanks
        assert!(
            compound(
                "Suite à ma demande, votre équipe a été très efficace.",
                Lang::Fr
            ) > 0.3
        );
        assert!(compound("Merci de m'avoir rappelé si vite.", Lang::Fr) > 0.3);
        // no complaints again is good news
        assert!(compound("Es gab wieder keine Beanstandungen.", Lang::De) >= 0.0);
        assert!(compound("Hace poco recibí una atención excelente.", Lang::Es) > 0.3);
        // names, wishes and notices
        for (text, lang) in [
            ("Frau Sauer hat um einen Rückruf gebeten.", Lang::De),
            ("Wir wünschen Ihnen frohe Weihnachten.", Lang::De),
            (
                "Disculpen las molestias ocasionadas por las obras.",
                Lang::Es,
            ),
            ("Fermeture exceptionnelle le lundi 14 juillet.", Lang::Fr),
            (
                "Le dossier est au nom de Dolores Martín, de Costa Rica.",
                Lang::Es,
            ),
        ] {
            assert_eq!(compound(text, lang), 0.0, "{text}");
        }
        // a persisting absence that is no service's failure says nothing
        assert_eq!(
            compound("Nous n'avons toujours pas choisi la date.", Lang::Fr),
            0.0
        );
        // "dass" ends the clause of the German negation after the word
        assert!(
            compound(
                "Ich bin froh, dass ich nicht lange warten musste.",
                Lang::De
            ) > 0.0
        );
        assert!(compound("Ich bin froh dass ich nicht lange warten musste.", Lang::De) > 0.0);
        // a capitalised word after a bracket or a number is no name
        assert!(compound("10) Pésimo servicio, nunca más.", Lang::Es) < -0.3);
        // a very long token costs no time and no valence
        let long = "gut".repeat(200_000);
        assert_eq!(compound(&long, Lang::De), 0.0);
    }

    #[test]
    fn demands_names_and_sarcastic_thanks() {
        // what is demanded is not praise
        assert_eq!(
            compound("Ich erwarte eine zuverlässige Zustellung.", Lang::De),
            0.0
        );
        assert!(compound("Danke für nichts.", Lang::De) < -0.3);
        assert!(compound("Ich bin wieder nicht informiert worden.", Lang::De) < -0.3);
        assert!(is_name_line("Werner Stolz"));
        assert!(is_name_line("Familie Fröhlich"));
        assert!(!is_name_line("Große Enttäuschung"));
        assert!(!is_name_line("Ganz toll."));
        assert!(!is_name_line("Der Service war toll"));
    }

    #[test]
    fn what_a_service_should_do_counts_only_negated() {
        assert_eq!(compound("Das Paket ist angekommen.", Lang::De), 0.0);
        assert!(compound("Das Paket ist nie angekommen.", Lang::De) < -0.2);
        assert!(compound("Bis heute keine Antwort.", Lang::De) < -0.2);
        assert_eq!(compound("Le colis a été livré.", Lang::Fr), 0.0);
        assert!(compound("Le colis n'a jamais été livré.", Lang::Fr) < -0.2);
        assert!(compound("Llevo tres semanas sin internet.", Lang::Es) < -0.2);
        // a failure that persists
        assert!(compound("Das Problem ist immer noch nicht gelöst.", Lang::De) < -0.3);
        assert!(compound("Ma commande n'est toujours pas arrivée.", Lang::Fr) < -0.3);
        assert!(compound("Sigo sin calefacción.", Lang::Es) < -0.3);
        // "jamais … aussi" intensifies
        assert!(compound("Je n'ai jamais été aussi mal reçu.", Lang::Fr) < -0.3);
    }

    #[test]
    fn intensifiers_strengthen_and_contrast_shifts_the_weight() {
        let plain = compound("Der Service war gut.", Lang::De);
        let very = compound("Der Service war sehr gut.", Lang::De);
        assert!(very > plain, "{very} {plain}");
        assert!(
            compound(
                "El hotel era bonito, pero el personal fue grosero y maleducado.",
                Lang::Es
            ) < 0.0
        );
    }

    #[test]
    fn italian_forms_negation_and_frames() {
        assert!(compound("Siamo molto delusi.", Lang::It) < -0.3);
        assert!(compound("Le camere erano pulitissime.", Lang::It) > 0.3);
        assert!(compound("Sono soddisfatto del servizio.", Lang::It) > 0.3);
        assert!(compound("Non sono per niente soddisfatto.", Lang::It) < 0.0);
        assert!(compound("Il pacco non è mai arrivato.", Lang::It) < -0.2);
        assert_eq!(compound("Il pacco è arrivato.", Lang::It), 0.0);
        assert!(compound("Non ho ricevuto nessuna risposta.", Lang::It) < -0.2);
        assert!(compound("Personale poco cortese.", Lang::It) < 0.0);
        // elision: "l'assistenza", "un'esperienza"
        assert!(compound("Un'esperienza pessima.", Lang::It) < -0.3);
        for text in [
            "Cordiali saluti, l'amministrazione",
            "Buona giornata e buon lavoro.",
            "Ci scusiamo per il disagio.",
            "Grazie per la comprensione.",
            "Le sarei grato se mi inviasse il certificato.",
            "Gentile Signora Rossi, le confermiamo l'appuntamento.",
        ] {
            assert_eq!(compound(text, Lang::It), 0.0, "{text}");
        }
        // a demand is not praise; contrast weighs the second half
        assert_eq!(compound("Chiedo un rimborso completo.", Lang::It), 0.0);
        assert!(
            compound(
                "L'albergo era bello, ma il personale è stato scortese e maleducato.",
                Lang::It
            ) < 0.0
        );
        assert!(compound("Il problema non è ancora risolto.", Lang::It) < -0.2);
    }

    #[test]
    fn dutch_forms_negation_and_frames() {
        assert!(compound("De service was slecht.", Lang::Nl) < -0.3);
        assert!(compound("Het was de slechtste ervaring ooit.", Lang::Nl) < -0.3);
        assert!(compound("Wij zijn zeer tevreden.", Lang::Nl) > 0.3);
        assert!(compound("Ik ben niet tevreden.", Lang::Nl) < 0.0);
        // negation after the word, as in German
        assert!(compound("Het eten beviel ons niet.", Lang::Nl) <= 0.0);
        assert!(compound("Het pakket is nooit aangekomen.", Lang::Nl) < -0.2);
        assert_eq!(compound("Het pakket is aangekomen.", Lang::Nl), 0.0);
        assert!(compound("Tot op heden geen reactie.", Lang::Nl) < -0.2);
        assert!(compound("De storing is nog steeds niet opgelost.", Lang::Nl) < -0.3);
        assert!(compound("Bedankt voor niets.", Lang::Nl) < -0.3);
        for text in [
            "Met vriendelijke groet, de administratie",
            "Fijne feestdagen en een goed weekend.",
            "Onze excuses voor het ongemak.",
            "Bedankt voor uw begrip.",
            "Alvast bedankt voor uw reactie.",
            "Ik zou u dankbaar zijn als u het formulier terugstuurt.",
            "Geen probleem, ik stuur de documenten morgen.",
        ] {
            assert_eq!(compound(text, Lang::Nl), 0.0, "{text}");
        }
        assert_eq!(compound("Ik verwacht een snelle oplossing.", Lang::Nl), 0.0);
        assert!(compound("Er waren weer geen klachten.", Lang::Nl) >= 0.0);
    }

    #[test]
    fn the_italian_and_dutch_reviewer_s_cases() {
        for (text, lang) in [
            // a policy's clauses and notices
            (
                "Sono esclusi dalla garanzia i danni da usura e corrosione.",
                Lang::It,
            ),
            (
                "La polizza copre i danni causati da ladri o rapina.",
                Lang::It,
            ),
            (
                "Si comunica che a causa dello sciopero gli uffici apriranno alle dieci.",
                Lang::It,
            ),
            (
                "De verzekering dekt schade door inbraak en diefstal.",
                Lang::Nl,
            ),
            // a hotel's class and the party are no rating
            (
                "Abbiamo prenotato un hotel a cinque stelle a Roma.",
                Lang::It,
            ),
            (
                "Il Movimento Cinque Stelle ha presentato la proposta.",
                Lang::It,
            ),
            // neutral words the rules once took for feeling
            ("La tassa sui rifiuti resta invariata quest'anno.", Lang::It),
            (
                "In merito alla sua richiesta le comunichiamo la data.",
                Lang::It,
            ),
            (
                "De factuur moest uiterlijk op 1 mei betaald worden.",
                Lang::Nl,
            ),
            (
                "Bij overlijden van de verzekerde wordt het bedrag uitgekeerd.",
                Lang::Nl,
            ),
            (
                "Ik wist niet dat het pakket al bezorgd was bij de buren.",
                Lang::Nl,
            ),
            ("Buona giornata e buon lavoro.", Lang::It),
        ] {
            assert_eq!(compound(text, lang), 0.0, "{text}");
        }
        for text in [
            "Vergognoso: la polizza non copre nemmeno il furto.",
            "Voto finale: due stelle su cinque, il bagno era sporco.",
            "Il rimborso continua a non arrivare.",
        ] {
            assert!(compound(text, Lang::It) < -0.1, "{text}");
        }
        // advice, not a recommendation
        assert!(
            compound(
                "Vi consiglio di non acquistare nulla da questo negozio.",
                Lang::It
            ) <= 0.0
        );
        for (text, lang) in [
            ("Voto finale 5 stelle, tutto come descritto.", Lang::It),
            ("Non so come ringraziarvi per la pazienza.", Lang::It),
            ("Si spende poco e si mangia benissimo.", Lang::It),
            ("Il tecnico ha fatto un buon lavoro.", Lang::It),
            ("Non posso che lodare il personale.", Lang::It),
            ("Niets dan lof voor de verpleegkundigen.", Lang::Nl),
            ("Zonder twijfel de beste aannemer van de regio.", Lang::Nl),
            (
                "Het was beter dan ik verwacht, het ontbijt was heerlijk.",
                Lang::Nl,
            ),
            ("Nog nooit zo'n goede service gehad.", Lang::Nl),
            (
                "We hebben een gezellige avond gehad in jullie restaurant.",
                Lang::Nl,
            ),
        ] {
            assert!(compound(text, lang) > 0.1, "{text}");
        }
        assert!(compound("Gelukkig hoefden we niet lang te wachten.", Lang::Nl) >= 0.0);
    }

    #[test]
    fn italian_and_dutch_words_change_nothing_in_the_other_languages() {
        // "la demande", "pretendo" (I intend), "Eis je Kugel", "danken",
        // "mai" (May) are no Italian or Dutch request, thanks or "never"
        for (text, lang) in [
            (
                "Suite à la demande de mon voisin, votre service a été excellent.",
                Lang::Fr,
            ),
            (
                "Pretendo volver pronto, el servicio fue excelente.",
                Lang::Es,
            ),
            ("Das Eis je Kugel war super lecker.", Lang::De),
            ("Wir danken Ihnen für Ihre Geduld.", Lang::De),
        ] {
            assert!(compound(text, lang) > 0.3, "{text}");
        }
        // and the Italian and Dutch reviewer's second round
        assert!(compound("Nooit zo\u{2019}n slechte service gehad.", Lang::Nl) < -0.3);
        assert_eq!(
            compound(
                "Catastrofe e vandalismo sono esclusi dalla polizza.",
                Lang::It
            ),
            0.0
        );
        assert_eq!(
            compound(
                "Si comunica che la vostra polizza esclude i danni da vandalismo.",
                Lang::It
            ),
            0.0
        );
        assert!(compound("Ho dato una stella.", Lang::It) < -0.3);
        assert!(compound("Het was precies zoals ik verwacht had, geweldig!", Lang::Nl) > 0.3);
        assert!(compound("Non ci hanno presi in giro, tutto ottimo.", Lang::It) > 0.3);
    }
}
