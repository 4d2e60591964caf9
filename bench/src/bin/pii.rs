//! PII accuracy and throughput of `opencomplai-analyze`, single thread, on
//! the JSONL written by `bench/pii/generate.py` (`{text, entities: [{type,
//! start, end}]}` with character offsets).
//!
//! Two scores per entity type:
//! * exact: a prediction counts only if type, start and end all equal a gold
//!   entity's;
//! * overlap: a prediction counts if it has the gold entity's type and
//!   overlaps it (each gold entity matched at most once).
//!
//! Throughput is the total text bytes over the total time spent inside
//! `analyze()` (everything it does: language, sentiment, entities, summary,
//! token count), after one warm-up call, on one thread. `--prose FILE` also
//! times one `analyze()` over a whole file (e.g. English prose).
//!
//! The generator annotates no postal address (street lines are plain text,
//! cities LOCATION), so ADDRESS predictions are not scored as such: they
//! are counted apart with how many contain a gold LOCATION (the city they
//! end with), which a real address does.
//!
//! `bench/pii.sh` runs the generator, this and the Presidio baseline.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Parser;
use opencomplai_analyze::{Options, analyze};
use serde_json::{Value, json};

#[derive(Parser)]
struct Args {
    /// JSONL from bench/pii/generate.py.
    #[arg(long, default_value = "/tmp/opencomplai-pii/pii.jsonl")]
    data: String,
    /// Write the scores as JSON here (for bench/pii/compare.py).
    #[arg(long)]
    json: Option<String>,
    /// Also time analyze() over this whole file.
    #[arg(long)]
    prose: Option<String>,
    /// Print this many false positives / negatives per type.
    #[arg(long, default_value_t = 0)]
    show_errors: usize,
    /// Only score these types (comma-separated); default all.
    #[arg(long)]
    types: Option<String>,
    /// Also print the time per analysis stage, summed over all paragraphs.
    #[arg(long)]
    profile: bool,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn prf(self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        };
        let r = if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

type Span = (String, usize, usize);

/// Scores predictions against gold for one document; returns unmatched
/// predictions and gold for error printing.
fn score(
    gold: &[Span],
    pred: &[Span],
    exact: bool,
    counts: &mut BTreeMap<String, Counts>,
) -> (Vec<Span>, Vec<Span>) {
    let mut used = vec![false; gold.len()];
    let mut fps = Vec::new();
    for p in pred {
        let hit = gold.iter().enumerate().position(|(i, g)| {
            !used[i]
                && g.0 == p.0
                && if exact {
                    g.1 == p.1 && g.2 == p.2
                } else {
                    g.1 < p.2 && p.1 < g.2
                }
        });
        let c = counts.entry(p.0.clone()).or_default();
        match hit {
            Some(i) => {
                used[i] = true;
                c.tp += 1;
            }
            None => {
                c.fp += 1;
                fps.push(p.clone());
            }
        }
    }
    let mut fns = Vec::new();
    for (g, u) in gold.iter().zip(used) {
        if !u {
            counts.entry(g.0.clone()).or_default().fn_ += 1;
            fns.push(g.clone());
        }
    }
    (fps, fns)
}

fn snippet(text: &str, s: usize, e: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let a = s.saturating_sub(30);
    let b = (e + 30).min(chars.len());
    let before: String = chars[a..s.min(chars.len())].iter().collect();
    let inner: String = chars[s.min(chars.len())..e.min(chars.len())]
        .iter()
        .collect();
    let after: String = chars[e.min(chars.len())..b].iter().collect();
    format!("{before}[[{inner}]]{after}").replace('\n', "⏎")
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let raw = std::fs::read_to_string(&args.data)
        .with_context(|| format!("read {} (run bench/pii/generate.py first)", args.data))?;
    let only: Option<Vec<String>> = args
        .types
        .as_ref()
        .map(|t| t.split(',').map(|s| s.trim().to_uppercase()).collect());
    let docs: Vec<Value> = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .context("parse JSONL")?;
    let options = Options::default();
    let _ = analyze(
        "Warm-up: Dr. Jane Smith (jane@example.org, +1 212 555 0100) is happy.",
        &options,
    );

    let mut exact: BTreeMap<String, Counts> = BTreeMap::new();
    let mut overlap: BTreeMap<String, Counts> = BTreeMap::new();
    let mut gold_n: BTreeMap<String, usize> = BTreeMap::new();
    let mut errors: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    let (mut addresses, mut addresses_with_city) = (0usize, 0usize);
    let mut elapsed = Duration::ZERO;
    let mut bytes = 0usize;
    let keep = |t: &str| only.as_ref().is_none_or(|o| o.iter().any(|x| x == t));
    for doc in &docs {
        let text = doc["text"].as_str().context("text")?;
        let gold: Vec<Span> = doc["entities"]
            .as_array()
            .context("entities")?
            .iter()
            .filter_map(|e| {
                Some((
                    e["type"].as_str()?.to_owned(),
                    e["start"].as_u64()? as usize,
                    e["end"].as_u64()? as usize,
                ))
            })
            .filter(|g| keep(&g.0))
            .collect();
        let t = Instant::now();
        let a = analyze(text, &options);
        elapsed += t.elapsed();
        bytes += text.len();
        let (address, pred): (Vec<Span>, Vec<Span>) = a
            .entities
            .iter()
            .map(|e| (e.entity_type.as_str().to_owned(), e.start, e.end))
            .filter(|p| keep(&p.0))
            .partition(|p| p.0 == "ADDRESS");
        for (_, s, e) in &address {
            addresses += 1;
            if gold
                .iter()
                .any(|g| g.0 == "LOCATION" && *s <= g.1 && g.2 <= *e)
            {
                addresses_with_city += 1;
            } else if args.show_errors > 0 {
                println!("ADDRESS without a gold LOCATION: {}", snippet(text, *s, *e));
            }
        }
        for g in &gold {
            *gold_n.entry(g.0.clone()).or_default() += 1;
        }
        let (fps, fns) = score(&gold, &pred, true, &mut exact);
        score(&gold, &pred, false, &mut overlap);
        if args.show_errors > 0 {
            for (ty, s, e) in fps {
                let v = &mut errors.entry(ty).or_default().0;
                if v.len() < args.show_errors {
                    v.push(snippet(text, s, e));
                }
            }
            for (ty, s, e) in fns {
                let v = &mut errors.entry(ty).or_default().1;
                if v.len() < args.show_errors {
                    v.push(snippet(text, s, e));
                }
            }
        }
    }

    println!(
        "== opencomplai-analyze ({}) on {} ({} paragraphs)",
        opencomplai_analyze::VERSION,
        args.data,
        docs.len()
    );
    println!(
        "{:<14} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}",
        "type", "gold", "P", "R", "F1", "P~", "R~", "F1~"
    );
    let mut types: Vec<String> = gold_n.keys().cloned().collect();
    for k in exact.keys() {
        if !types.contains(k) {
            types.push(k.clone());
        }
    }
    types.sort();
    let mut total_e = Counts::default();
    let mut total_o = Counts::default();
    let mut out_types = serde_json::Map::new();
    for t in &types {
        let e = exact.get(t).copied().unwrap_or_default();
        let o = overlap.get(t).copied().unwrap_or_default();
        for (tot, c) in [(&mut total_e, e), (&mut total_o, o)] {
            tot.tp += c.tp;
            tot.fp += c.fp;
            tot.fn_ += c.fn_;
        }
        let (p, r, f) = e.prf();
        let (po, ro, fo) = o.prf();
        println!(
            "{:<14} {:>6} | {:>6.3} {:>6.3} {:>6.3} | {:>6.3} {:>6.3} {:>6.3}",
            t,
            gold_n.get(t).copied().unwrap_or(0),
            p,
            r,
            f,
            po,
            ro,
            fo
        );
        out_types.insert(
            t.clone(),
            json!({"gold": gold_n.get(t).copied().unwrap_or(0),
                   "exact": {"p": p, "r": r, "f1": f, "tp": e.tp, "fp": e.fp, "fn": e.fn_},
                   "overlap": {"p": po, "r": ro, "f1": fo, "tp": o.tp, "fp": o.fp, "fn": o.fn_}}),
        );
    }
    let (p, r, f) = total_e.prf();
    let (po, ro, fo) = total_o.prf();
    println!(
        "{:<14} {:>6} | {:>6.3} {:>6.3} {:>6.3} | {:>6.3} {:>6.3} {:>6.3}",
        "ALL (micro)",
        gold_n.values().sum::<usize>(),
        p,
        r,
        f,
        po,
        ro,
        fo
    );
    println!("P/R/F1: exact span and type; P~/R~/F1~: same type, overlapping span");
    println!(
        "ADDRESS (not annotated, not scored above): {addresses} found, {addresses_with_city} containing a gold LOCATION"
    );
    let secs = elapsed.as_secs_f64();
    println!(
        "throughput: {:.2} MB in {:.3} s inside analyze(), one thread: {:.0} KB/s = {:.2} MB/s ({:.0} µs per paragraph)",
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / secs / 1e3,
        bytes as f64 / secs / 1e6,
        secs * 1e6 / docs.len() as f64
    );
    // One document made of all paragraphs: the large-document path.
    let joined: String = docs
        .iter()
        .filter_map(|d| d["text"].as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let t = Instant::now();
    let a = analyze(&joined, &options);
    let big = t.elapsed().as_secs_f64();
    println!(
        "one document of all paragraphs: {:.2} MB in {:.3} s = {:.2} MB/s ({} entities)",
        joined.len() as f64 / 1e6,
        big,
        joined.len() as f64 / big / 1e6,
        a.entities.len()
    );
    let mut prose_rate = None;
    if let Some(path) = &args.prose {
        let text = std::fs::read_to_string(path).with_context(|| format!("read {path}"))?;
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            let _ = analyze(&text, &options);
            best = best.min(t.elapsed().as_secs_f64());
        }
        let rate = text.len() as f64 / best / 1e6;
        prose_rate = Some(rate);
        println!(
            "prose file {path}: {:.2} MB in {:.3} s = {:.2} MB/s (best of 3)",
            text.len() as f64 / 1e6,
            best,
            rate
        );
    }
    if args.profile {
        let mut stages: Vec<(&'static str, f64)> = Vec::new();
        for doc in &docs {
            let text = doc["text"].as_str().unwrap_or_default();
            for (i, (name, secs)) in opencomplai_analyze::profile_stages(text)
                .into_iter()
                .enumerate()
            {
                if stages.len() <= i {
                    stages.push((name, 0.0));
                }
                stages[i].1 += secs;
            }
        }
        for (name, secs) in stages {
            println!(
                "  stage {name:<20} {:>8.1} ms total, {:>6.1} µs per paragraph",
                secs * 1e3,
                secs * 1e6 / docs.len() as f64
            );
        }
        // The same stages over the one document (best of 3 each).
        let mut best: Vec<(&'static str, f64)> = Vec::new();
        for _ in 0..3 {
            for (i, (name, secs)) in opencomplai_analyze::profile_stages(&joined)
                .into_iter()
                .enumerate()
            {
                match best.get_mut(i) {
                    Some(b) => b.1 = b.1.min(secs),
                    None => best.push((name, secs)),
                }
            }
        }
        for (name, secs) in best {
            println!(
                "  stage {name:<20} {:>8.1} ms in the one document",
                secs * 1e3
            );
        }
    }
    for (ty, (fps, fns)) in &errors {
        for s in fps {
            println!("FP {ty:<13} {s}");
        }
        for s in fns {
            println!("FN {ty:<13} {s}");
        }
    }
    if let Some(path) = &args.json {
        let out = json!({
            "system": "opencomplai-analyze",
            "version": opencomplai_analyze::VERSION,
            "paragraphs": docs.len(),
            "types": out_types,
            "all": {"exact": {"p": p, "r": r, "f1": f}, "overlap": {"p": po, "r": ro, "f1": fo}},
            "kb_per_s": bytes as f64 / secs / 1e3,
            "big_doc_mb_per_s": joined.len() as f64 / big / 1e6,
            "prose_mb_per_s": prose_rate,
        });
        std::fs::write(path, serde_json::to_string_pretty(&out)?)?;
    }
    Ok(())
}
