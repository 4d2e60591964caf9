//! PERSON, ORGANIZATION and LOCATION in German, French, Spanish, Italian and
//! Dutch (and English names from a second generator), on fixed labelled
//! samples, so that a rule change that costs another language fails
//! `cargo test`.
//!
//! The samples in `tests/data/languages/` were written once, from
//! `bench/pii`, with Faker 40.63.0 and mimesis 22.2.0:
//!
//! ```text
//! for l in de fr es it nl; do
//!   python3 generate_lang.py --lang $l --source faker --n 100 --seed 21 \
//!     --out ../../crates/analyze/tests/data/languages/$l.faker.jsonl
//! done
//! for l in en de fr es it nl; do
//!   python3 generate_lang.py --lang $l --source mimesis --n 100 --seed 22 \
//!     --out ../../crates/analyze/tests/data/languages/$l.mimesis.jsonl
//! done
//! for l in en de fr es it nl; do
//!   python3 generate_lang.py --lang $l --source mimesis --templates fresh \
//!     --n 100 --seed 23 --out ../../crates/analyze/tests/data/languages/$l.fresh.jsonl
//! done
//! ```
//!
//! `*.fresh` (added on 2026-12-05) take mimesis's names in the second
//! held-out templates (`templates_fresh.py`), whose errors guided the rules
//! of that day; on 2026-12-07 their court lines were re-annotated in place
//! as `templates_fresh.py` now writes them (the court with its town one
//! ORGANIZATION, the town no LOCATION of its own; texts unchanged).
//! `*.faker` are drawn like the tuning sets (Faker's names and the tuning
//! templates); `*.mimesis` are held out: mimesis's own names, companies and
//! cities in templates written separately, never tuned on. Do not
//! regenerate them to "refresh" them.
//!
//! Scoring is exact-span, as in `tests/accuracy.rs`. The goal of issue 18 is
//! F1 0.85 and precision 0.9 for each type on every set; several sets are
//! not there yet (the held-out organisations above all), so each floor
//! below sits about 0.03 under the score measured when it was set (written
//! after it), to catch regressions. Raise a floor when an improvement is to
//! be locked in.

use std::collections::BTreeMap;

use opencomplai_analyze::{Options, analyze};
use serde_json::Value;

/// (set, type, precision floor, F1 floor) // measured precision / F1.
const FLOORS: &[(&str, &str, f64, f64)] = &[
    ("de.faker", "LOCATION", 0.92, 0.93),       // 0.951 / 0.968
    ("de.faker", "ORGANIZATION", 0.96, 0.92),   // 0.991 / 0.953
    ("de.faker", "PERSON", 0.94, 0.94),         // 0.985 / 0.971
    ("de.mimesis", "LOCATION", 0.95, 0.95),     // 0.986 / 0.986
    ("de.mimesis", "ORGANIZATION", 0.84, 0.79), // 0.868 / 0.827
    ("de.mimesis", "PERSON", 0.97, 0.94),       // 1.000 / 0.972
    ("en.mimesis", "LOCATION", 0.95, 0.93),     // 0.980 / 0.967
    ("en.mimesis", "ORGANIZATION", 0.86, 0.78), // 0.874 / 0.813
    ("en.mimesis", "PERSON", 0.85, 0.90),       // 0.887 / 0.940
    ("es.faker", "LOCATION", 0.94, 0.93),       // 0.977 / 0.962
    ("es.faker", "ORGANIZATION", 0.89, 0.92),   // 0.944 / 0.947
    ("es.faker", "PERSON", 0.95, 0.93),         // 0.985 / 0.960
    ("es.mimesis", "LOCATION", 0.87, 0.80),     // 0.901 / 0.831
    ("es.mimesis", "ORGANIZATION", 0.85, 0.77), // 0.881 / 0.804
    ("es.mimesis", "PERSON", 0.81, 0.85),       // 0.841 / 0.882
    ("fr.faker", "LOCATION", 0.89, 0.82),       // 0.923 / 0.850
    ("fr.faker", "ORGANIZATION", 0.96, 0.87),   // 0.990 / 0.900
    ("fr.faker", "PERSON", 0.92, 0.93),         // 0.951 / 0.959
    ("fr.mimesis", "LOCATION", 0.95, 0.95),     // 0.981 / 0.984
    ("fr.mimesis", "ORGANIZATION", 0.93, 0.89), // 0.967 / 0.927
    ("fr.mimesis", "PERSON", 0.93, 0.87),       // 0.964 / 0.907
    ("it.faker", "LOCATION", 0.91, 0.86),       // 0.943 / 0.889
    ("it.faker", "ORGANIZATION", 0.97, 0.97),   // 1.000 / 0.996
    ("it.faker", "PERSON", 0.94, 0.94),         // 0.975 / 0.973
    ("it.mimesis", "LOCATION", 0.92, 0.93),     // 0.950 / 0.968
    ("it.mimesis", "ORGANIZATION", 0.90, 0.87), // 0.935 / 0.902
    ("it.mimesis", "PERSON", 0.93, 0.89),       // 0.965 / 0.925
    ("nl.faker", "LOCATION", 0.86, 0.85),       // 0.894 / 0.884
    ("nl.faker", "ORGANIZATION", 0.91, 0.87),   // 0.946 / 0.909
    ("nl.faker", "PERSON", 0.90, 0.89),         // 0.940 / 0.922
    ("nl.mimesis", "LOCATION", 0.93, 0.94),     // 0.966 / 0.973
    ("nl.mimesis", "ORGANIZATION", 0.91, 0.89), // 0.946 / 0.912
    ("nl.mimesis", "PERSON", 0.94, 0.88),       // 0.974 / 0.911
    ("de.fresh", "LOCATION", 0.95, 0.94),       // 0.986 / 0.977
    ("de.fresh", "ORGANIZATION", 0.91, 0.88),   // 0.944 / 0.919
    ("de.fresh", "PERSON", 0.93, 0.93),         // 0.964 / 0.964
    ("en.fresh", "LOCATION", 0.94, 0.92),       // 0.979 / 0.952
    ("en.fresh", "ORGANIZATION", 0.87, 0.78),   // 0.901 / 0.820
    ("en.fresh", "PERSON", 0.84, 0.89),         // 0.876 / 0.929
    ("es.fresh", "LOCATION", 0.91, 0.86),       // 0.948 / 0.895
    ("es.fresh", "ORGANIZATION", 0.93, 0.89),   // 0.966 / 0.913
    ("es.fresh", "PERSON", 0.90, 0.91),         // 0.935 / 0.946
    ("fr.fresh", "LOCATION", 0.95, 0.95),       // 0.980 / 0.980
    ("fr.fresh", "ORGANIZATION", 0.83, 0.81),   // 0.884 / 0.843
    ("fr.fresh", "PERSON", 0.91, 0.89),         // 0.949 / 0.925
    ("it.fresh", "LOCATION", 0.93, 0.95),       // 0.968 / 0.980
    ("it.fresh", "ORGANIZATION", 0.92, 0.84),   // 0.956 / 0.878
    ("it.fresh", "PERSON", 0.91, 0.89),         // 0.943 / 0.923
    ("nl.fresh", "LOCATION", 0.90, 0.89),       // 0.939 / 0.926
    ("nl.fresh", "ORGANIZATION", 0.93, 0.89),   // 0.966 / 0.913
    ("nl.fresh", "PERSON", 0.93, 0.88),         // 0.966 / 0.910
];

const SETS: &[(&str, &str)] = &[
    ("de.faker", include_str!("data/languages/de.faker.jsonl")),
    ("fr.faker", include_str!("data/languages/fr.faker.jsonl")),
    ("es.faker", include_str!("data/languages/es.faker.jsonl")),
    ("it.faker", include_str!("data/languages/it.faker.jsonl")),
    ("nl.faker", include_str!("data/languages/nl.faker.jsonl")),
    (
        "en.mimesis",
        include_str!("data/languages/en.mimesis.jsonl"),
    ),
    (
        "de.mimesis",
        include_str!("data/languages/de.mimesis.jsonl"),
    ),
    (
        "fr.mimesis",
        include_str!("data/languages/fr.mimesis.jsonl"),
    ),
    (
        "es.mimesis",
        include_str!("data/languages/es.mimesis.jsonl"),
    ),
    (
        "it.mimesis",
        include_str!("data/languages/it.mimesis.jsonl"),
    ),
    (
        "nl.mimesis",
        include_str!("data/languages/nl.mimesis.jsonl"),
    ),
    ("en.fresh", include_str!("data/languages/en.fresh.jsonl")),
    ("de.fresh", include_str!("data/languages/de.fresh.jsonl")),
    ("fr.fresh", include_str!("data/languages/fr.fresh.jsonl")),
    ("es.fresh", include_str!("data/languages/es.fresh.jsonl")),
    ("it.fresh", include_str!("data/languages/it.fresh.jsonl")),
    ("nl.fresh", include_str!("data/languages/nl.fresh.jsonl")),
];

const TYPES: &[&str] = &["PERSON", "ORGANIZATION", "LOCATION"];

/// True positives, false positives, false negatives.
type Counts = (usize, usize, usize);

fn precision_f1((tp, fp, fn_): Counts) -> (f64, f64) {
    let p = if tp + fp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let r = if tp + fn_ == 0 {
        0.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, f)
}

type Span = (String, usize, usize);

/// Exact-span counts of PERSON, ORGANIZATION and LOCATION over one sample.
fn counts(sample: &str) -> BTreeMap<String, Counts> {
    let options = Options::default();
    let mut out: BTreeMap<String, Counts> = BTreeMap::new();
    for line in sample.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).expect("sample line is JSON");
        let gold: Vec<Span> = doc["entities"]
            .as_array()
            .expect("entities array")
            .iter()
            .map(|e| {
                (
                    e["type"].as_str().expect("type").to_owned(),
                    e["start"].as_u64().expect("start") as usize,
                    e["end"].as_u64().expect("end") as usize,
                )
            })
            .filter(|g| TYPES.contains(&g.0.as_str()))
            .collect();
        let pred: Vec<Span> = analyze(doc["text"].as_str().expect("text"), &options)
            .entities
            .iter()
            .map(|e| (e.entity_type.as_str().to_owned(), e.start, e.end))
            .filter(|p| TYPES.contains(&p.0.as_str()))
            .collect();
        let mut used = vec![false; gold.len()];
        for p in &pred {
            let c = out.entry(p.0.clone()).or_default();
            match gold
                .iter()
                .enumerate()
                .position(|(i, g)| !used[i] && g == p)
            {
                Some(i) => {
                    used[i] = true;
                    c.0 += 1;
                }
                None => c.1 += 1,
            }
        }
        for (g, u) in gold.iter().zip(used) {
            if !u {
                out.entry(g.0.clone()).or_default().2 += 1;
            }
        }
    }
    out
}

#[test]
fn names_companies_and_places_in_five_languages_and_a_held_out_set_stay_above_their_floors() {
    let mut failures = Vec::new();
    println!("{:<11} {:<13} {:>6} {:>6}", "set", "type", "P", "F1");
    for &(set, sample) in SETS {
        let by_type = counts(sample);
        for &ty in TYPES {
            let (p, f) = precision_f1(by_type.get(ty).copied().unwrap_or_default());
            println!("{set:<11} {ty:<13} {p:>6.3} {f:>6.3}");
            let Some(&(_, _, p_floor, f_floor)) =
                FLOORS.iter().find(|fl| fl.0 == set && fl.1 == ty)
            else {
                failures.push(format!("{set} {ty} has no floor"));
                continue;
            };
            if p < p_floor {
                failures.push(format!("{set} {ty} precision {p:.3} < floor {p_floor:.2}"));
            }
            if f < f_floor {
                failures.push(format!("{set} {ty} F1 {f:.3} < floor {f_floor:.2}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
