//! "Did you mean": when full text finds nothing, the words that the fuzzy
//! search highlighted in its best results (as written in the documents,
//! not as stems) stand in for the query's words they most resemble.

use std::collections::BTreeSet;

use sqlx::PgPool;

use super::snippet::marked_words;
use super::{Error, Hit, Mode, Page, Request, find};

/// How alike two words must be (trigram similarity, as `pg_trgm` counts
/// it) for one to be offered for the other.
const MIN_SIMILARITY: f64 = 0.3;
/// Fuzzy results read for their highlighted words.
const READ_HITS: i64 = 10;

/// A corrected query for a search that full text could not answer, or
/// `None` when there is nothing better to offer.
pub async fn suggestion(pool: &PgPool, r: &Request, page: &Page) -> Result<Option<String>, Error> {
    if page.mode == Mode::Fulltext && !page.hits.is_empty() {
        return Ok(None);
    }
    let hits: Vec<Hit> = if page.mode == Mode::Fuzzy {
        page.hits.clone()
    } else {
        let fuzzy = Request {
            after: None,
            limit: READ_HITS,
            ..r.clone()
        };
        let mut tx = pool.begin().await?;
        let found = find(&mut tx, &fuzzy, Some(Mode::Fuzzy)).await;
        tx.rollback().await?;
        match found {
            Ok((_, outcome)) => outcome.hits,
            Err(Error::Invalid(_)) => return Ok(None),
            Err(e) => return Err(e),
        }
    };
    let candidates: BTreeSet<String> = hits
        .iter()
        .take(READ_HITS as usize)
        .filter_map(|h| h.snippet.as_deref())
        .flat_map(marked_words)
        .map(|w| w.to_lowercase())
        .collect();
    Ok(correct(&r.query.text, &candidates))
}

/// `query` with each word that is not among `candidates` replaced by the
/// candidate most like it; `None` when no word changed.
fn correct(query: &str, candidates: &BTreeSet<String>) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = query
        .split_whitespace()
        .map(|w| {
            let bare: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
            let lower = bare.to_lowercase();
            if lower.chars().count() < 3 || candidates.contains(&lower) || w.starts_with('-') {
                return w.to_owned();
            }
            let best = candidates
                .iter()
                .map(|c| (similarity(&lower, c), c))
                .filter(|(s, _)| *s >= MIN_SIMILARITY)
                .max_by(|a, b| a.0.total_cmp(&b.0));
            match best {
                Some((_, c)) => {
                    changed = true;
                    w.replace(&bare, c)
                }
                None => w.to_owned(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// `pg_trgm`'s similarity: shared trigrams of the padded words over all
/// their distinct trigrams.
fn similarity(a: &str, b: &str) -> f64 {
    let grams = |w: &str| -> BTreeSet<Vec<char>> {
        let padded: Vec<char> = "  ".chars().chain(w.chars()).chain(" ".chars()).collect();
        padded.windows(3).map(<[char]>::to_vec).collect()
    };
    let (x, y) = (grams(a), grams(b));
    let shared = x.intersection(&y).count() as f64;
    let all = x.union(&y).count() as f64;
    if all == 0.0 { 0.0 } else { shared / all }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_words_take_the_closest_highlighted_word() {
        let found: BTreeSet<String> = ["invoice", "invoices", "payment"]
            .into_iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(
            correct("invocie paymnet", &found).as_deref(),
            Some("invoice payment")
        );
        assert_eq!(correct("invoice", &found), None, "nothing to correct");
        assert_eq!(correct("zebra", &found), None, "nothing alike");
        assert!(similarity("invoice", "invoice") > 0.99);
        assert!(similarity("invocie", "invoice") >= MIN_SIMILARITY);
    }
}
