//! The model itself, on sentences whose meaning is known: paraphrases are
//! closer than unrelated texts, vectors have unit length, long texts are
//! cut into overlapping windows. Reads the model that `scripts/test.sh`
//! fetches into `target/tmp/models/` (or `OPENCOMPLAI_EMBEDDING_MODEL_DIR`).

use std::path::PathBuf;
use std::sync::LazyLock;

use opencomplai_embed::{DIMENSIONS, Embedder, MAX_CHUNKS, dot};

static MODEL: LazyLock<Embedder> = LazyLock::new(|| {
    let dir = std::env::var_os("OPENCOMPLAI_EMBEDDING_MODEL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("models/all-MiniLM-L6-v2")
        });
    Embedder::load(&dir).unwrap_or_else(|e| {
        panic!(
            "the model in {} (scripts/test.sh fetches it): {e}",
            dir.display()
        )
    })
});

fn cos(a: &str, b: &str) -> f32 {
    let a = MODEL.embed(a).expect("embeds");
    let b = MODEL.embed(b).expect("embeds");
    dot(&a, &b)
}

#[test]
fn paraphrases_are_closer_than_unrelated_texts() {
    let query = "termination of employment";
    let dismissal = "We regret to inform you of the dismissal of the employee, effective at the end of the month.";
    let invoice = "Invoice 2024-0073: 3 boxes of printer paper, total 45.00 EUR, due in 30 days.";
    let recipe = "Whisk two eggs with sugar, fold in the flour and bake for 25 minutes.";
    let (d, i, r) = (
        cos(query, dismissal),
        cos(query, invoice),
        cos(query, recipe),
    );
    println!("termination~dismissal {d:.4}, ~invoice {i:.4}, ~recipe {r:.4}");
    assert!(d > i + 0.15 && d > r + 0.15, "{d} {i} {r}");
    let same = cos("The cat sits on the mat.", "A cat is sitting on a rug.");
    let other = cos(
        "The cat sits on the mat.",
        "Quarterly revenue rose by four percent.",
    );
    println!("cat~cat {same:.4}, cat~revenue {other:.4}");
    assert!(same > 0.6 && other < 0.2, "{same} {other}");
}

#[test]
fn vectors_match_a_reference_computed_apart() {
    // tests/reference.py: the same weights run in numpy, as
    // sentence-transformers pools them.
    let v = MODEL.embed("termination of employment").expect("embeds");
    let expected = [-0.05172, 0.09927, 0.05803, -0.01591, 0.05665];
    for (got, want) in v.iter().zip(expected) {
        assert!((got - want).abs() < 1e-3, "{:?}", &v[..5]);
    }
    let d = cos(
        "termination of employment",
        "We regret to inform you of the dismissal of the employee, effective at the end of the month.",
    );
    assert!((d - 0.5475).abs() < 1e-3, "{d}");
}

#[test]
fn vectors_have_unit_length_and_the_model_dimensions() {
    let v = MODEL.embed("A short sentence.").expect("embeds");
    assert_eq!(v.len(), DIMENSIONS);
    assert!((dot(&v, &v) - 1.0).abs() < 1e-4);
    // A text without a token still answers a vector (of zeros): nothing
    // is close to it.
    assert_eq!(MODEL.chunks("   ").expect("embeds"), Vec::new());
}

#[test]
fn long_texts_are_cut_into_overlapping_windows_up_to_the_cap() {
    let sentence = "The supplier shall deliver the goods within ten working days. ";
    let text = sentence.repeat(60);
    let chunks = MODEL.chunks(&text).expect("embeds");
    assert!(chunks.len() >= 3, "{}", chunks.len());
    for pair in chunks.windows(2) {
        assert!(pair[1].char_start < pair[0].char_end, "windows overlap");
    }
    assert_eq!(chunks[0].char_start, 0);
    assert_eq!(
        chunks.last().map(|c| c.char_end),
        Some(text.trim_end().chars().count())
    );
    let huge = sentence.repeat(3000);
    assert_eq!(MODEL.chunks(&huge).expect("embeds").len(), MAX_CHUNKS);
}
