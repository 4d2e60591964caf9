//! Name and place lists compiled into the binary (see `data/README.md` for
//! sources and licences). All keys are lower case; multi-word entries keep
//! single spaces.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

pub(crate) struct Gazetteers {
    pub first_names: FxHashSet<&'static str>,
    pub surnames: FxHashSet<&'static str>,
    /// More surnames of the covered countries, read only as the last word
    /// of a name of two words or more ("Clemenzio Avagliano"): alone, many
    /// are also villages ("Hulst", "Berkhout") or brands ("Beretta").
    pub surnames_common: FxHashSet<&'static str>,
    pub cities: FxHashSet<&'static str>,
    /// Places of several words too small or too ambiguous to stand alone
    /// ("Wijk aan Zee", "De Rijp"): taken only where the context says place.
    pub villages: FxHashSet<&'static str>,
    /// Cities of a million inhabitants or more: alone, a place rather than
    /// a given name ("Paris", "Sydney").
    pub major_cities: FxHashSet<&'static str>,
    pub countries: FxHashSet<&'static str>,
    pub regions: FxHashSet<&'static str>,
    /// Capitalised words that are no names or places alone
    /// (`data/common_words.txt`, and the words of `town_words`).
    pub common: FxHashSet<&'static str>,
    /// Words of the six languages that are also towns
    /// (`data/ner/towns_named_like_words.txt`): common words, but the town
    /// where the context says place.
    pub town_words: FxHashSet<&'static str>,
    /// First words of multi-word countries, regions and cities.
    pub phrase_starts: FxHashSet<&'static str>,
    /// Every prefix of whole words of those multi-word entries ("nes",
    /// "nes aan", "nes aan de", "nes aan de amstel"): a phrase that is no
    /// such prefix can grow into no entry.
    pub phrase_prefixes: FxHashSet<&'static str>,
    /// Longest multi-word entry, in words.
    pub max_phrase_words: usize,
}

/// One entry a line; `#` starts a comment line.
pub(crate) fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Whitespace-separated words; `#` starts a comment line.
fn words(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// Known companies (`data/companies_known.txt`) far better known than the
/// small or distant towns of the same name (GeoNames): "en Zara", "bei
/// TUI", "chez Carrefour" name the company (though "Zara" is a given name
/// too and Deutz a district of Cologne). Santander, Sabadell, Salzgitter,
/// Suez and Freudenberg stay towns.
#[rustfmt::skip]
const BRANDS_NOT_TOWNS: &[&str] = &[
    "zara", "deutz", "tui", "carrefour", "solvay", "puig", "bam", "toyota", "honda", "blackrock",
    "nokia",
];

pub(crate) static GAZ: LazyLock<Gazetteers> = LazyLock::new(|| {
    let cities: FxHashSet<&'static str> = lines(include_str!("../data/cities.txt"))
        .chain(lines(include_str!("../data/city_names_local.txt")))
        .filter(|c| !BRANDS_NOT_TOWNS.contains(c))
        .collect();
    let villages: FxHashSet<&'static str> = lines(include_str!("../data/villages.txt")).collect();
    let countries: FxHashSet<&'static str> = lines(include_str!("../data/countries.txt")).collect();
    let regions: FxHashSet<&'static str> = lines(include_str!("../data/regions.txt"))
        .chain(lines(include_str!("../data/regions_iso.txt")))
        .collect();
    let town_words: FxHashSet<&'static str> =
        words(include_str!("../data/ner/towns_named_like_words.txt")).collect();
    let mut phrase_starts = FxHashSet::default();
    let mut phrase_prefixes = FxHashSet::default();
    let mut max_phrase_words = 1;
    for entry in cities
        .iter()
        .chain(&villages)
        .chain(&countries)
        .chain(&regions)
    {
        let mut words = entry.split(' ');
        let first = words.next().unwrap_or("");
        let rest = words.count();
        if rest > 0 {
            phrase_starts.insert(first);
            max_phrase_words = max_phrase_words.max(rest + 1);
            for (at, _) in entry.match_indices(' ') {
                phrase_prefixes.insert(&entry[..at]);
            }
            phrase_prefixes.insert(*entry);
        }
    }
    Gazetteers {
        first_names: lines(include_str!("../data/census_first_names.txt"))
            .chain(words(include_str!("../data/eu_first_names.txt")))
            .chain(lines(include_str!("../data/given_names_eu.txt")))
            .collect(),
        surnames: lines(include_str!("../data/census_surnames.txt"))
            .chain(words(include_str!("../data/eu_surnames.txt")))
            .collect(),
        surnames_common: words(include_str!("../data/surnames_common.txt")).collect(),
        cities,
        villages,
        major_cities: lines(include_str!("../data/major_cities.txt")).collect(),
        countries,
        regions,
        common: words(include_str!("../data/common_words.txt"))
            .chain(town_words.iter().copied())
            .collect(),
        town_words,
        phrase_starts,
        phrase_prefixes,
        max_phrase_words: max_phrase_words.min(8),
    }
});
