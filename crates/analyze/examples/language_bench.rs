//! Language benchmark: accuracy per language and overall, and time per
//! text, for the analyzer's detector (`detect_language`), bare lingua 1.8
//! (the 23 EU languages it knows, no cleaning) and bare whatlang 0.18 (its
//! 69 languages), side by side on the same texts. Run by bench/language.sh.
//!
//!   language_bench FILE.tsv [FILE.tsv ...]
//!
//! Each file has a header line and rows `lang<TAB>source<TAB>text`.
//! "none" counts as wrong. Times are single-threaded, after a warm-up.

use std::collections::BTreeMap;
use std::time::Instant;

use lingua::LanguageDetectorBuilder;

type Detector<'a> = Box<dyn Fn(&str) -> Option<String> + 'a>;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        return Err("usage: language_bench FILE.tsv [FILE.tsv ...]".into());
    }
    let t = Instant::now();
    opencomplai_analyze::warm_up();
    println!(
        "analyzer warm-up (lingua models loaded): {:.2} s",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let lingua = LanguageDetectorBuilder::from_iso_codes_639_1(&[
        lingua::IsoCode639_1::BG,
        lingua::IsoCode639_1::HR,
        lingua::IsoCode639_1::CS,
        lingua::IsoCode639_1::DA,
        lingua::IsoCode639_1::NL,
        lingua::IsoCode639_1::EN,
        lingua::IsoCode639_1::ET,
        lingua::IsoCode639_1::FI,
        lingua::IsoCode639_1::FR,
        lingua::IsoCode639_1::DE,
        lingua::IsoCode639_1::EL,
        lingua::IsoCode639_1::HU,
        lingua::IsoCode639_1::GA,
        lingua::IsoCode639_1::IT,
        lingua::IsoCode639_1::LV,
        lingua::IsoCode639_1::LT,
        lingua::IsoCode639_1::PL,
        lingua::IsoCode639_1::PT,
        lingua::IsoCode639_1::RO,
        lingua::IsoCode639_1::SK,
        lingua::IsoCode639_1::SL,
        lingua::IsoCode639_1::ES,
        lingua::IsoCode639_1::SV,
    ])
    .with_preloaded_language_models()
    .build();
    println!(
        "bare lingua detector built: {:.2} s",
        t.elapsed().as_secs_f64()
    );

    let detectors: Vec<(&str, Detector<'_>)> = vec![
        (
            "ours",
            Box::new(|t: &str| {
                opencomplai_analyze::detect_language(t)
                    .language
                    .map(|l| l.code)
            }),
        ),
        (
            "lingua",
            Box::new(|t: &str| {
                lingua
                    .detect_language_of(t)
                    .map(|l| l.iso_code_639_1().to_string())
            }),
        ),
        (
            "whatlang",
            Box::new(|t: &str| whatlang::detect(t).map(|i| whatlang_code(i.lang()))),
        ),
    ];

    for file in &files {
        let rows = read(file)?;
        println!("\n== {file}: {} texts", rows.len());
        // lang -> per detector (right, total); source kind -> same.
        let mut per_lang: BTreeMap<&str, Vec<(u32, u32)>> = BTreeMap::new();
        let mut per_source: BTreeMap<&str, Vec<(u32, u32)>> = BTreeMap::new();
        let mut times = Vec::new();
        let mut wrong: Vec<Vec<String>> = vec![Vec::new(); detectors.len()];
        for (d, (_, detect)) in detectors.iter().enumerate() {
            let start = Instant::now();
            for (lang, source, text) in &rows {
                let got = detect(text);
                let ok = got.as_deref() == Some(lang.as_str());
                let kind = source.split(':').next().unwrap_or("");
                for (map, key) in [(&mut per_lang, lang.as_str()), (&mut per_source, kind)] {
                    let e = map
                        .entry(key)
                        .or_insert_with(|| vec![(0, 0); detectors.len()]);
                    e[d].0 += u32::from(ok);
                    e[d].1 += 1;
                }
                if !ok && wrong[d].len() < 400 {
                    wrong[d].push(format!(
                        "{lang} -> {}: {text}",
                        got.as_deref().unwrap_or("none")
                    ));
                }
            }
            times.push(start.elapsed().as_secs_f64() / rows.len() as f64);
        }
        print!("{:<8}", "lang");
        for (name, _) in &detectors {
            print!("{name:>10}");
        }
        println!();
        let mut totals = vec![(0u32, 0u32); detectors.len()];
        for (lang, v) in &per_lang {
            print!("{lang:<8}");
            for (d, &(r, n)) in v.iter().enumerate() {
                print!("{:>10.3}", f64::from(r) / f64::from(n));
                totals[d].0 += r;
                totals[d].1 += n;
            }
            println!();
        }
        for (kind, v) in &per_source {
            print!("{kind:<8}");
            for &(r, n) in v {
                print!("{:>10.3}", f64::from(r) / f64::from(n));
            }
            println!();
        }
        print!("{:<8}", "overall");
        for &(r, n) in &totals {
            print!("{:>10.3}", f64::from(r) / f64::from(n));
        }
        println!();
        print!("{:<8}", "µs/text");
        for t in &times {
            print!("{:>10.1}", t * 1e6);
        }
        println!();
        if std::env::var_os("LANG_BENCH_ERRORS").is_some() {
            for (d, (name, _)) in detectors.iter().enumerate() {
                println!("-- {name} errors");
                for w in &wrong[d] {
                    println!("   {w}");
                }
            }
        }
    }
    Ok(())
}

type Row = (String, String, String);

fn read(path: &str) -> Result<Vec<Row>, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path)?;
    let mut rows = Vec::new();
    for line in text.lines().skip(1) {
        let mut f = line.splitn(3, '\t');
        match (f.next(), f.next(), f.next()) {
            (Some(l), Some(s), Some(t)) => rows.push((l.to_owned(), s.to_owned(), t.to_owned())),
            _ => return Err(format!("{path}: bad line {line:?}").into()),
        }
    }
    Ok(rows)
}

/// ISO 639-1 for whatlang's languages in the EU set; others keep their
/// ISO 639-3 code (never equal to an expected two-letter code).
fn whatlang_code(lang: whatlang::Lang) -> String {
    use whatlang::Lang::*;
    let c = match lang {
        Bul => "bg",
        Hrv => "hr",
        Ces => "cs",
        Dan => "da",
        Nld => "nl",
        Eng => "en",
        Est => "et",
        Fin => "fi",
        Fra => "fr",
        Deu => "de",
        Ell => "el",
        Hun => "hu",
        Ita => "it",
        Lav => "lv",
        Lit => "lt",
        Pol => "pl",
        Por => "pt",
        Ron => "ro",
        Slk => "sk",
        Slv => "sl",
        Spa => "es",
        Swe => "sv",
        other => return other.code().to_owned(),
    };
    c.to_owned()
}
