//! The detected language of every paragraph of the PII benchmark's
//! per-language sets (`bench/pii.sh` with `PII_LANGS`, `PII_HELDOUT`, ...
//! writes them), against the language in each paragraph's `locale`
//! ("de/mimesis", "fr_FR"): how many get their set's language, and the
//! wrong answers by kind. Run by `bench/language.sh --pii-sets DIR`.
//!
//!   language_sets FILE.jsonl [FILE.jsonl ...]

use std::collections::BTreeMap;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        return Err("usage: language_sets FILE.jsonl [FILE.jsonl ...]".into());
    }
    opencomplai_analyze::warm_up();
    let (mut all, mut all_right, mut all_secs) = (0usize, 0usize, 0.0f64);
    println!("set\tparagraphs\tright\tµs/paragraph\twrong (wanted->got:count)");
    for file in &files {
        let raw = std::fs::read_to_string(file)?;
        let mut wrong: BTreeMap<String, usize> = BTreeMap::new();
        let (mut n, mut right, mut secs) = (0usize, 0usize, 0.0f64);
        for line in raw.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line)?;
            let text = v["text"].as_str().ok_or("a paragraph without text")?;
            let want = v["locale"]
                .as_str()
                .unwrap_or("")
                .split(['_', '/'])
                .next()
                .unwrap_or("")
                .to_owned();
            let t = Instant::now();
            let d = opencomplai_analyze::detect_language(text);
            secs += t.elapsed().as_secs_f64();
            let got = d.language.map_or_else(|| "none".to_owned(), |l| l.code);
            n += 1;
            if got == want {
                right += 1;
            } else {
                *wrong.entry(format!("{want}->{got}")).or_default() += 1;
            }
        }
        let wrong: Vec<String> = wrong.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        println!(
            "{file}\t{n}\t{right}\t{:.0}\t{}",
            secs * 1e6 / n.max(1) as f64,
            wrong.join(" ")
        );
        all += n;
        all_right += right;
        all_secs += secs;
    }
    println!(
        "all\t{all}\t{all_right}\t{:.0}",
        all_secs * 1e6 / all.max(1) as f64
    );
    Ok(())
}
