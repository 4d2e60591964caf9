//! Sentiment of German, French and Spanish sentences.
//!
//! The lexicons (`data/sentiment/{de,fr,es}.tsv`) were written for this
//! project, under its licence, on VADER's scale (-4 … +4), so a sentence's
//! scores combine exactly as the English ones do ([`super::scores`]). The
//! rules are VADER's, adapted to each language:
//!
//! - **Forms.** A lexicon lists base forms; the inflected ones are found by
//!   their endings: German adjective and noun endings ("schlechtesten" →
//!   "schlecht"), French plurals and feminines ("déçues" → "déçu",
//!   "heureuse" → "heureux", "bonne" → "bon"), Spanish plurals and
//!   feminines ("decepcionadas" → "decepcionado"). A German compound takes
//!   the valence of its last part ("Lieferverzögerung" → "Verzögerung").
//! - **Elision.** French "l'", "d'", "n'", "qu'"… are split off ("n'" is a
//!   negation).
//! - **Negation** by any negation word among the three words before in the
//!   same clause (French "ne" five), once (French "ne … pas" and Spanish
//!   "no … nada" negate once, not twice), except in "nicht nur", "pas
//!   seulement", "no solo", "sin embargo", "no obstante", "sans doute",
//!   "ne … que". A bare "wenig", "peu" or "poco" negates ("peu aimable" is
//!   unfriendly); after "ein"/"un" it softens. German also negates after
//!   the word: a lower-case word (or the sentence's first, or one in
//!   capitals) followed in its clause by "nicht" or "nie" and no other
//!   scored word ("Das gefällt mir nicht"). "Falta de", "manque de",
//!   "Mangel an" negate what they lack. "Noch nie so", "jamais aussi",
//!   "nunca tan" intensify instead.
//! - **What a service should do or give** ("funktioniert", "répondu",
//!   "llegó", "Antwort", "internet") counts only negated, and a failure
//!   that persists ("immer noch nicht", "toujours pas", "sigo sin") is a
//!   grievance unless what is missing is a problem.
//! - **No feeling**: polite requests and what a writer demands, greetings,
//!   wishes, closings, notices' apologies and thanks for understanding,
//!   "kein Problem", names after a title or capitalised inside a French or
//!   Spanish sentence, "TOP 1" of minutes.
//! - **Intensifiers and softeners** among the three words before ("sehr",
//!   "très", "muy"; "etwas", "un peu", "algo"), as VADER's boosters.
//! - **Contrast**: after the first "aber"/"jedoch", "mais"/"cependant",
//!   "pero"/"sin embargo", the words weigh 1.5 and those before 0.5.
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
}

impl Lang {
    /// The language of an ISO 639-1 code, when it is one of these.
    pub(crate) fn from_code(code: &str) -> Option<Lang> {
        [Lang::De, Lang::Fr, Lang::Es]
            .into_iter()
            .find(|l| l.code() == code)
    }

    fn tables(self) -> &'static Tables {
        match self {
            Lang::De => &DE,
            Lang::Fr => &FR,
            Lang::Es => &ES,
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
        }
    }

    /// The language's English name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Lang::De => "German",
            Lang::Fr => "French",
            Lang::Es => "Spanish",
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
];

/// Titles before a name: the capitalised word after one is a name ("Frau
/// Sauer", "Monsieur Bonheur").
const TITLES: &[&str] = &[
    "herr", "herrn", "frau", "familie", "dr", "prof", "mme", "madame", "monsieur", "mlle",
    "famille", "sr", "sra", "señor", "señora", "don", "doña", "familia",
];

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

/// Understanding thanked for in notices ("merci de votre compréhension").
const UNDERSTANDING: &[&str] = &[
    "compréhension",
    "comprensión",
    "verständnis",
    "patience",
    "paciencia",
    "geduld",
];

/// "Never" words that with "so"/"aussi"/"tan" before the scored word
/// intensify rather than negate ("noch nie so schlecht", "jamais été aussi
/// mal reçu", "nunca tan mal").
const NEVER: &[&str] = &["nie", "niemals", "jamais", "nunca", "jamás"];
const NEVER_SO: &[&str] = &["so", "aussi", "si", "autant", "tan", "tanto"];

/// French elided words split off a token ("l'", "n'", "qu'"...).
const ELISIONS: &[&str] = &[
    "l", "d", "j", "n", "qu", "s", "t", "m", "c", "lorsqu", "jusqu", "puisqu",
];

/// German words that negate the word before them in its clause.
const DE_AFTER: &[&str] = &["nicht", "nie", "niemals", "keineswegs", "keinesfalls"];

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
        Lang::De => {
            let stemmed = |w: &str| {
                // every ending ends in one of these
                let last = *w.as_bytes().last()?;
                if !matches!(last, b'n' | b'm' | b'r' | b's' | b'e') {
                    return None;
                }
                DE_ENDINGS.iter().find_map(|e| {
                    if e.as_bytes().last() != Some(&last) {
                        return None;
                    }
                    let stem = w.strip_suffix(e)?;
                    // at least three letters (six bytes are, whatever
                    // the letters; fewer are counted)
                    if stem.len() >= 6 || stem.chars().count() >= 3 {
                        get(stem)
                    } else {
                        None
                    }
                })
            };
            if let Some(v) = stemmed(w) {
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
                // "angepasste", "eingepflegt", "verdanken" are no compounds
                let modifier = &w[..at];
                if modifier.ends_with("ge") || matches!(modifier, "ver" | "ent" | "zer" | "miss") {
                    continue;
                }
                let slot = start_slot(head.as_bytes());
                if starts[slot / 64] & (1 << (slot % 64)) == 0 {
                    continue;
                }
                if let Some(v) = get(head).or_else(|| stemmed(head)) {
                    return Some(v);
                }
            }
            None
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

/// The valence of sarcastic thanks ("Danke für nichts").
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

/// Whether token k is a verb of asking or demanding.
fn is_request_verb<'a>(k: usize, low: &dyn Fn(usize) -> &'a str) -> bool {
    let w = low(k);
    REQUESTS.contains(&w)
        || (REQUESTS_AFTER_PRONOUN.contains(&w)
            && k > 0
            && matches!(low(k - 1), "ich" | "wir" | "je" | "j'" | "nous" | "vous"))
}

/// The valence of a failure that persists ("immer noch nicht", "toujours
/// pas", "sigo sin").
const STILL_NOT: f64 = -1.5;

/// Whether token `i` says that a failure persists: German "immer noch
/// nicht/kein…", "noch immer nicht", "nach wie vor nicht", "wieder/erneut
/// nicht"; French "toujours pas/sans/aucun/rien"; Spanish "sigo/sigue…
/// sin", "todavía/aún no/sin", "llevo … sin" (the token is the last word
/// before the negation).
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
        || TITLES.contains(&first.as_str())
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
        if lang == Lang::Fr
            && let Some(at) = rest.find(['\'', '\u{2019}'])
            && ELISIONS.iter().any(|e| rest[..at].eq_ignore_ascii_case(e))
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
        // "falta de respeto", "manque de sérieux", "Mangel an Respekt"
        if matches!(w, "falta" | "manque" | "mangel") {
            return k + 1 < i && matches!(low(k + 1), "de" | "d'" | "del" | "an");
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
        match w {
            // "un peu", "un poco", "ein wenig" soften; bare they negate,
            // but not in "hace poco", "sous peu", "depuis peu", "wenig
            // später".
            "peu" | "poco" | "wenig" => {
                (k == 0 || !matches!(low(k - 1), "un" | "ein" | "hace" | "sous" | "depuis"))
                    && (k + 1 >= toks.len()
                        || !matches!(low(k + 1), "después" | "antes" | "später" | "après"))
            }
            // "ne … que" restricts: "je n'ai que des éloges".
            "ne" | "n'" => !(k + 1..i).any(|j| matches!(low(j), "que" | "qu'")),
            _ => true,
        }
    };
    sentiments.clear();
    let n = toks.len();
    let first_request = std::cell::OnceCell::new();
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
            && {
                let after = i + 2..n.min(i + 8);
                !after.clone().any(|k| {
                    PROBLEMS.contains(&low(k)) || valences[k].is_some_and(|(v, _)| v < 0.0)
                }) && after
                    .take(5)
                    .any(|k| valences[k].is_some_and(|(v, only_negated)| only_negated || v > 0.0))
            }
        {
            sentiments.push(STILL_NOT);
            continue;
        }
        // "Danke für nichts", "merci pour rien", "gracias por nada"
        if matches!(w, "danke" | "merci" | "gracias")
            && i + 2 < n
            && matches!(
                (low(i + 1), low(i + 2)),
                ("für", "nichts") | ("pour", "rien") | ("por", "nada")
            )
        {
            sentiments.push(THANKS_FOR_NOTHING);
            continue;
        }
        // A capitalised word inside a French or Spanish sentence, after a
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
        let Some((v, only_negated)) = valence else {
            sentiments.push(0.0);
            continue;
        };
        // "bienes" are goods, not "bien"s; "sentiments les meilleurs" closes
        if w == "bienes"
            || (w == "meilleurs" && i >= 2 && low(i - 2) == "sentiments")
            || (i > 0 && TITLES.contains(&low(i - 1)) && orig(i).starts_with(char::is_uppercase))
            || (INCONVENIENCES.contains(&w)
                && (i.saturating_sub(5)..i).any(|k| {
                    let b = low(k);
                    [
                        "excus",
                        "disculp",
                        "entschuldig",
                        "perdon",
                        "lament",
                        "bedauer",
                    ]
                    .iter()
                    .any(|p| b.starts_with(p))
                }))
            || (THANKS.contains(&w)
                && (i + 1..n.min(i + 5)).any(|k| UNDERSTANDING.contains(&low(k))))
            || (UNDERSTANDING.contains(&w)
                && (i.saturating_sub(4)..i).any(|k| THANKS.contains(&low(k))))
            || is_set_phrase(w, (i + 1 < n).then(|| low(i + 1)))
            || (i > 0 && is_set_phrase(low(i - 1), Some(w)))
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
        let never_so = (i.saturating_sub(3)..i)
            .any(|k| NEVER.contains(&low(k)) && (k + 1..i).any(|j| NEVER_SO.contains(&low(j))));
        // French "ne" stands before the verb, often more than three words
        // before what it negates ("je n'ai plus de patience").
        let negated_before = !never_so
            && ((i.saturating_sub(3)..i).any(|k| negates(k, i))
                || (lang == Lang::Fr
                    && (i.saturating_sub(5)..i.saturating_sub(3))
                        .any(|k| matches!(low(k), "ne" | "n'") && negates(k, i))));
        let negated_after = lang == Lang::De
            && !negated_before
            && (i == 0 || orig(i).starts_with(char::is_lowercase) || is_shouting(orig(i)))
            && !w.ends_with("weise")
            && !matches!(w, "leider" | "hoffentlich" | "schade")
            && !ends_clause(i)
            && {
                let mut found = false;
                let scored = |j: usize| valences[j].is_some();
                for k in i + 1..n.min(i + 4) {
                    if matches!(
                        low(k),
                        "und"
                            | "oder"
                            | "sondern"
                            | "denn"
                            | "dass"
                            | "weil"
                            | "wenn"
                            | "ob"
                            | "als"
                            | "obwohl"
                            | "damit"
                    ) {
                        break;
                    }
                    if DE_AFTER.contains(&low(k)) {
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
        let negated = negated_before || negated_after;
        if negated {
            valence *= NEGATION_SCALAR;
        }
        if (only_negated && !negated) || (negated && PROBLEMS.contains(&w)) {
            valence = 0.0;
        }
        // What a writer asks or demands is not praise: "Ich erwarte eine
        // zuverlässige Zustellung", "je demande une solution rapide".
        if valence > 0.0
            && !only_negated
            && first_request
                .get_or_init(|| (0..n).find(|&k| is_request_verb(k, &|k| low(k))))
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
        for (name, tsv) in [("de", DE_LEXICON), ("fr", FR_LEXICON), ("es", ES_LEXICON)] {
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
}
