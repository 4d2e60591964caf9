//! Prints the analysis of a file (or stdin) as JSON, and the time it took,
//! on stderr: `cargo run --release -p opencomplai-analyze --example
//! analyze_file -- FILE [--summary]`.

use std::io::Read;
use std::time::Instant;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut text = String::new();
    match args.iter().find(|a| !a.starts_with("--")) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let mut options = opencomplai_analyze::Options::default();
    if let Some(m) = args.iter().find_map(|a| a.strip_prefix("--min-score=")) {
        options.min_score = m.parse().unwrap_or(options.min_score);
    }
    // warm the lazily loaded tables so the timing is the analysis only
    let _ = opencomplai_analyze::analyze(
        "Warm up the tables please, John Smith. This is a good and happy English sentence.",
        &options,
    );
    let repeat: usize = args
        .iter()
        .find_map(|a| a.strip_prefix("--repeat="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let mut a = opencomplai_analyze::analyze("", &options);
    let mut secs = f64::MAX;
    for _ in 0..repeat.max(1) {
        let t = Instant::now();
        a = opencomplai_analyze::analyze(&text, &options);
        secs = secs.min(t.elapsed().as_secs_f64());
    }
    let value = if args.iter().any(|a| a == "--summary") {
        a.analysis_results_json()
    } else {
        serde_json::to_value(&a).unwrap_or_default()
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&value).unwrap_or_default()
    );
    eprintln!(
        "{} bytes in {:.3} s: {:.1} MB/s, {} entities",
        text.len(),
        secs,
        text.len() as f64 / secs / 1e6,
        a.entities.len()
    );
    if args.iter().any(|a| a == "--profile") {
        for (stage, secs) in opencomplai_analyze::profile_stages(&text) {
            eprintln!(
                "  {stage:<20} {:>8.1} ms  {:>8.1} MB/s",
                secs * 1e3,
                text.len() as f64 / secs / 1e6
            );
        }
    }
    Ok(())
}
