//! Search by meaning: the query's vector against the window vectors of the
//! account's live documents that pass the filters, each document ranked by
//! its best window, the window's passage as its snippet; and hybrid search,
//! full text and meaning fused by reciprocal rank.
//!
//! Two steps. PostgreSQL takes the [`CANDIDATES`] windows whose signatures
//! (each vector's 384 sign bits, migration 0024) are nearest the query's
//! by Hamming distance, reading about 200 bytes a window; only those
//! windows' vectors are read and compared in full, here. An account of up
//! to [`CANDIDATES`] windows is thus searched exactly; a larger one finds
//! what the signatures put near the query (bench/semantic.sh measures the
//! recall and the time against comparing every vector). The signatures of
//! an account of more than [`super::signatures::MIN_WINDOWS`] windows are
//! held in memory ([`super::signatures`]): the first sieve then runs here,
//! PostgreSQL taking only the nearest of the windows stored since they
//! were loaded.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use chrono::NaiveDateTime;
use sqlx::PgConnection;
use uuid::Uuid;

use super::signatures::{self, Index, Source};
use super::{Cursor, Hit, Mode, Outcome, Request};
use crate::documents::ProcessingStatus;
use crate::embeddings::{MODEL_NAME, vector};

/// Below this cosine similarity a document is not a match: unrelated
/// English texts score about 0 to 0.15 with all-MiniLM-L6-v2, a document on
/// the query's subject 0.3 and more (crates/embed/tests/model.rs).
pub const MIN_SIMILARITY: f32 = 0.2;
/// Results of each ranking fused in a hybrid search, and so the most a
/// hybrid search pages through.
pub const HYBRID_DEPTH: usize = 100;
/// Reciprocal rank fusion's constant: a document's fused score is the sum
/// over the rankings holding it of 1 / (K + its place), places from 1
/// (Cormack et al. 2009).
const RRF_K: f32 = 60.0;
/// Windows compared in full: those whose signatures are nearest the
/// query's.
pub const CANDIDATES: i64 = 1000;
/// Characters of a window shown as the snippet of a match by meaning.
const SNIPPET_CHARS: i32 = 240;

/// A document's best window.
#[derive(Debug, Clone, Copy)]
struct Scored {
    id: Uuid,
    similarity: f32,
    char_start: i32,
}

#[derive(sqlx::FromRow)]
struct WindowRow {
    document_id: Uuid,
    char_start: i32,
    embedding: Vec<u8>,
    /// With filters and held signatures: how many of the held windows
    /// offered passed them.
    #[sqlx(default)]
    held_passed: Option<i64>,
}

/// What the filters read of a document `d` looked up by its key.
const FILTER_COLUMNS: &str = "d.user_id, d.deleted_at, d.processing_status, d.file_type, d.language_code, d.created_at, d.metadata";

/// A document `d` of the account (`$1`), not deleted, that passes the
/// search's filters (`$5` to `$10`): `sql::FILTERS`, with the positional
/// parameters of the statements here.
const PASSES: &str = "d.user_id = $1 and d.deleted_at is null
           and ($5::text is null or d.processing_status = $5)
           and ($6::text is null or d.file_type = $6)
           and ($7::text is null or d.language_code = $7)
           and ($8::timestamp is null or d.created_at >= $8)
           and ($9::timestamp is null or d.created_at < $9)
           and ($10::jsonb is null or d.metadata @> $10)";

/// The candidate windows of an account without filters: nearest by
/// signature, then the vectors of those in live documents.
const NEAREST: &str = "with near as (
         select e.document_id, e.chunk from document_embeddings e
         where e.user_id = $1 and e.model = $2
         order by bit_count(e.signature # $3::text::bit(384)) limit $4
     )
     select e.document_id, e.char_start, e.embedding
     from near n
     join document_embeddings e
       on e.user_id = $1 and e.document_id = n.document_id and e.model = $2 and e.chunk = n.chunk
     join documents d on d.id = e.document_id and d.user_id = $1
     where d.deleted_at is null";

/// The same among the windows of the documents that pass the filters.
/// Every document is looked up by its key alone (a lateral subquery that
/// `offset 0` keeps apart), its account and the filters checked on the row
/// found: statistics from before a bulk load (an account's documents
/// counted as one) must not turn the lookup into a scan of the account's
/// documents for each window.
static NEAREST_FILTERED: LazyLock<String> = LazyLock::new(|| {
    format!(
        "with near as (
         select e.document_id, e.chunk from document_embeddings e
         cross join lateral (
           select {FILTER_COLUMNS}
           from documents d where d.id = e.document_id offset 0) d
         where e.user_id = $1 and e.model = $2 and {PASSES}
         order by bit_count(e.signature # $3::text::bit(384)) limit $4
     )
     select e.document_id, e.char_start, e.embedding
     from near n
     join document_embeddings e
       on e.user_id = $1 and e.document_id = n.document_id and e.model = $2 and e.chunk = n.chunk"
    )
});

/// The candidate windows of a large account without filters: those
/// nearest by the signatures held in memory (`$5`, `$6`: their keys), and
/// those nearest among the windows stored since they were loaded (`$7`),
/// then the vectors of those in live documents, each window and document
/// looked up by its key (as in [`NEAREST_FILTERED`]).
const NEAREST_HELD: &str = "with recent as (
         select e.document_id, e.chunk from document_embeddings e
         where e.user_id = $1 and e.model = $2 and e.created_at >= $7
         order by bit_count(e.signature # $3::text::bit(384)) limit $4
     ), near as (
         select c.document_id, c.chunk from unnest($5::uuid[], $6::int[]) as c(document_id, chunk)
         union
         select document_id, chunk from recent
     )
     select n.document_id, e.char_start, e.embedding
     from near n
     cross join lateral (
       select e.char_start, e.embedding from document_embeddings e
       where e.user_id = $1 and e.document_id = n.document_id and e.model = $2
         and e.chunk = n.chunk offset 0) e
     cross join lateral (
       select d.user_id, d.deleted_at from documents d where d.id = n.document_id offset 0) d
     where d.user_id = $1 and d.deleted_at is null";

/// The same with filters: of the windows held in memory (`$11`, `$12`,
/// nearest first), the first `$4` in documents that pass them.
static NEAREST_HELD_FILTERED: LazyLock<String> = LazyLock::new(|| {
    format!(
        "with held as (
         select c.document_id, c.chunk from unnest($11::uuid[], $12::int[])
              with ordinality as c(document_id, chunk, place)
         cross join lateral (
           select {FILTER_COLUMNS}
           from documents d where d.id = c.document_id offset 0) d
         where {PASSES}
         order by c.place limit $4
     ), recent as (
         select e.document_id, e.chunk from document_embeddings e
         cross join lateral (
           select {FILTER_COLUMNS}
           from documents d where d.id = e.document_id offset 0) d
         where e.user_id = $1 and e.model = $2 and e.created_at >= $13
           and {PASSES}
         order by bit_count(e.signature # $3::text::bit(384)) limit $4
     ), near as (
         select document_id, chunk from held union select document_id, chunk from recent
     )
     select n.document_id, e.char_start, e.embedding, (select count(*) from held) as held_passed
     from near n
     cross join lateral (
       select e.char_start, e.embedding from document_embeddings e
       where e.user_id = $1 and e.document_id = n.document_id and e.model = $2
         and e.chunk = n.chunk offset 0) e"
    )
});

/// Windows held in memory offered to a filtered search, nearest first: the
/// first [`CANDIDATES`] of them in documents that pass the filters are
/// compared in full.
const HELD_FILTERED: usize = 10 * CANDIDATES as usize;
/// Fewer of them passing than this, and PostgreSQL takes the candidates
/// among the documents that pass.
const HELD_FILTERED_ENOUGH: i64 = CANDIDATES / 4;

/// Every live document of the account that passes the filters and has a
/// candidate window, with its best window's similarity to `query`, best
/// first, those under [`MIN_SIMILARITY`] left out. The candidates come from
/// `index` when it holds the account (see [`signatures`]).
async fn ranked(
    conn: &mut PgConnection,
    r: &Request,
    query: &[f32],
    index: Option<&Index>,
) -> Result<Vec<Scored>, sqlx::Error> {
    let f = &r.filters;
    let filtered = f.status.is_some()
        || f.file_type.is_some()
        || f.language.is_some()
        || f.created_after.is_some()
        || f.created_before.is_some()
        || f.metadata.is_some();
    let signature = vector::signature(query);
    let source = match index {
        Some(index) => index.source(conn, r.user_id, MODEL_NAME).await?,
        None => Source::Database,
    };
    let rows: Vec<WindowRow> = match source {
        Source::Memory(held) => {
            let k = if filtered {
                HELD_FILTERED
            } else {
                CANDIDATES as usize
            };
            let q = signatures::parse(&signature);
            // Some milliseconds a million windows: off the async threads
            // when large.
            let near = if held.len() > 500_000 {
                let held = Arc::clone(&held);
                tokio::task::spawn_blocking(move || held.nearest(&q, k))
                    .await
                    .map_err(|e| {
                        sqlx::Error::Protocol(format!("the signature sieve failed: {e}"))
                    })?
            } else {
                held.nearest(&q, k)
            };
            let ids: Vec<Uuid> = near.iter().map(|e| e.document_id).collect();
            let chunks: Vec<i32> = near.iter().map(|e| e.chunk).collect();
            let sql = if filtered {
                NEAREST_HELD_FILTERED.as_str()
            } else {
                NEAREST_HELD
            };
            let q = windows_query(sql, r, &signature, filtered)
                .bind(&ids)
                .bind(&chunks)
                .bind(held.since);
            let rows: Vec<WindowRow> = q.fetch_all(&mut *conn).await?;
            // A filter few of the nearest held windows pass: PostgreSQL
            // takes the nearest among the documents that do (the filter is
            // then selective, which is what PostgreSQL is quick at).
            let passed = rows.first().and_then(|r| r.held_passed).unwrap_or(0);
            if filtered && passed < HELD_FILTERED_ENOUGH && held.len() > HELD_FILTERED {
                nearest_in_database(conn, r, &signature, true).await?
            } else {
                rows
            }
        }
        Source::Database => nearest_in_database(conn, r, &signature, filtered).await?,
    };
    let mut best: HashMap<Uuid, Scored> = HashMap::new();
    for row in rows {
        let Some(similarity) = vector::similarity(query, &row.embedding) else {
            continue;
        };
        let entry = best.entry(row.document_id).or_insert(Scored {
            id: row.document_id,
            similarity,
            char_start: row.char_start,
        });
        if similarity > entry.similarity {
            entry.similarity = similarity;
            entry.char_start = row.char_start;
        }
    }
    let mut out: Vec<Scored> = best
        .into_values()
        .filter(|s| s.similarity >= MIN_SIMILARITY)
        .collect();
    out.sort_by(|a, b| b.similarity.total_cmp(&a.similarity).then(b.id.cmp(&a.id)));
    Ok(out)
}

/// The candidate windows by PostgreSQL alone: every distance computed
/// there.
async fn nearest_in_database(
    conn: &mut PgConnection,
    r: &Request,
    signature: &str,
    filtered: bool,
) -> Result<Vec<WindowRow>, sqlx::Error> {
    let sql = if filtered {
        NEAREST_FILTERED.as_str()
    } else {
        NEAREST
    };
    windows_query(sql, r, signature, filtered)
        .fetch_all(conn)
        .await
}

/// `sql` with what every statement here takes first: the account, the
/// model, the query's signature and the number of candidates (`$1` to
/// `$4`), then, when `filtered`, the filters of [`PASSES`] (`$5` to `$10`).
fn windows_query<'q>(
    sql: &'static str,
    r: &'q Request,
    signature: &'q str,
    filtered: bool,
) -> sqlx::query::QueryAs<'q, sqlx::Postgres, WindowRow, sqlx::postgres::PgArguments> {
    let f = &r.filters;
    let q = sqlx::query_as(sql)
        .bind(r.user_id)
        .bind(MODEL_NAME)
        .bind(signature)
        .bind(CANDIDATES);
    if filtered {
        q.bind(f.status)
            .bind(&f.file_type)
            .bind(&f.language)
            .bind(f.created_after)
            .bind(f.created_before)
            .bind(&f.metadata)
    } else {
        q
    }
}

/// A similarity as a rank in [0, 1), the range every mode's ranks keep.
fn rank_of(similarity: f32) -> f32 {
    similarity.clamp(0.0, 0.999_999)
}

#[derive(sqlx::FromRow)]
struct HitRow {
    id: Uuid,
    title: String,
    file_type: Option<String>,
    processing_status: Option<ProcessingStatus>,
    created_at: Option<NaiveDateTime>,
    snippet: Option<String>,
}

/// The hits of `scored`, in its order, each with its best window's start
/// as its snippet (the highlighting's private marks taken out of it).
async fn hits(
    conn: &mut PgConnection,
    user_id: Uuid,
    scored: &[(Scored, f32)],
) -> Result<Vec<Hit>, sqlx::Error> {
    let ids: Vec<Uuid> = scored.iter().map(|(s, _)| s.id).collect();
    let starts: Vec<i32> = scored.iter().map(|(s, _)| s.char_start).collect();
    let rows: Vec<HitRow> = sqlx::query_as(
        "select d.id, d.title, d.file_type, d.processing_status, d.created_at,
                translate(substr(d.content, w.char_start + 1, $4), chr(57344) || chr(57345), '  ')
                    as snippet
         from unnest($2::uuid[], $3::int[]) as w(id, char_start)
         join documents d on d.id = w.id
         where d.user_id = $1",
    )
    .bind(user_id)
    .bind(&ids)
    .bind(&starts)
    .bind(SNIPPET_CHARS)
    .fetch_all(conn)
    .await?;
    let mut by_id: HashMap<Uuid, HitRow> = rows.into_iter().map(|r| (r.id, r)).collect();
    Ok(scored
        .iter()
        .filter_map(|(s, rank)| {
            let row = by_id.remove(&s.id)?;
            Some(Hit {
                id: row.id,
                title: row.title,
                rank: *rank,
                file_type: row.file_type,
                processing_status: row.processing_status,
                created_at: row.created_at,
                snippet: row.snippet.map(|s| passage(&s)),
            })
        })
        .collect())
}

/// A window's start cut at its last whole word, with an ellipsis when cut.
fn passage(text: &str) -> String {
    if text.chars().count() < SNIPPET_CHARS as usize {
        return text.to_owned();
    }
    match text.rfind(char::is_whitespace) {
        Some(at) if at > 0 => format!("{} …", text[..at].trim_end()),
        _ => text.to_owned(),
    }
}

/// Whether a hit of `rank` and `id` comes after the cursor.
fn after(cursor: Option<Cursor>, rank: f32, id: Uuid) -> bool {
    cursor.is_none_or(|c| (rank, id) < (c.rank, c.id))
}

/// One page of `r` by meaning (`limit + 1` hits at most), from the
/// documents of the candidate windows.
pub async fn run(
    conn: &mut PgConnection,
    r: &Request,
    query: &[f32],
    index: Option<&Index>,
) -> Result<Outcome, sqlx::Error> {
    let all = ranked(conn, r, query, index).await?;
    let page: Vec<(Scored, f32)> = all
        .into_iter()
        .map(|s| (s, rank_of(s.similarity)))
        .filter(|(s, rank)| after(r.after, *rank, s.id))
        .take(usize::try_from(r.limit + 1).unwrap_or(usize::MAX))
        .collect();
    Ok(Outcome {
        hits: hits(conn, r.user_id, &page).await?,
        examined: 0,
    })
}

/// One page of `r` from the full-text ranking (`keyword`: the best
/// [`HYBRID_DEPTH`] of it, in its mode, or none when the query has no
/// searchable word) fused with the meaning ranking's best
/// [`HYBRID_DEPTH`]. A full-text hit keeps its highlighted snippet; the
/// outcome is `capped` when the full-text side was.
pub async fn hybrid(
    conn: &mut PgConnection,
    r: &Request,
    query: &[f32],
    index: Option<&Index>,
    keyword: Option<(Mode, Outcome)>,
) -> Result<Outcome, sqlx::Error> {
    let meaning = ranked(conn, r, query, index).await?;
    let meaning: Vec<Scored> = meaning.into_iter().take(HYBRID_DEPTH).collect();
    let (words, examined) = keyword.map_or((Vec::new(), 0), |(_, o)| (o.hits, o.examined));
    let mut fused: HashMap<Uuid, f32> = HashMap::new();
    for (place, hit) in words.iter().take(HYBRID_DEPTH).enumerate() {
        *fused.entry(hit.id).or_default() += 1.0 / (RRF_K + place as f32 + 1.0);
    }
    for (place, s) in meaning.iter().enumerate() {
        *fused.entry(s.id).or_default() += 1.0 / (RRF_K + place as f32 + 1.0);
    }
    let mut order: Vec<(Uuid, f32)> = fused.into_iter().collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0)));
    let page: Vec<(Uuid, f32)> = order
        .into_iter()
        .filter(|&(id, rank)| after(r.after, rank, id))
        .take(usize::try_from(r.limit + 1).unwrap_or(usize::MAX))
        .collect();
    let mut from_words: HashMap<Uuid, Hit> = words.into_iter().map(|h| (h.id, h)).collect();
    let by_meaning: HashMap<Uuid, Scored> = meaning.iter().map(|s| (s.id, *s)).collect();
    let missing: Vec<(Scored, f32)> = page
        .iter()
        .filter(|(id, _)| !from_words.contains_key(id))
        .filter_map(|(id, rank)| by_meaning.get(id).map(|s| (*s, *rank)))
        .collect();
    let mut from_meaning: HashMap<Uuid, Hit> = hits(conn, r.user_id, &missing)
        .await?
        .into_iter()
        .map(|h| (h.id, h))
        .collect();
    let hits = page
        .into_iter()
        .filter_map(|(id, rank)| {
            let hit = from_words
                .remove(&id)
                .or_else(|| from_meaning.remove(&id))?;
            Some(Hit { rank, ..hit })
        })
        .collect();
    Ok(Outcome { hits, examined })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_end_at_a_whole_word() {
        assert_eq!(passage("short text"), "short text");
        // What the statement hands over: the window's first characters,
        // cut in the middle of a word.
        let long: String = "words "
            .repeat(60)
            .chars()
            .take(SNIPPET_CHARS as usize)
            .collect();
        let p = passage(&long);
        assert!(p.ends_with("words …"), "{p}");
        assert!(p.chars().count() <= SNIPPET_CHARS as usize + 2);
    }

    #[test]
    fn ranks_stay_below_one() {
        assert_eq!(rank_of(1.0), 0.999_999);
        assert_eq!(rank_of(-0.5), 0.0);
        assert_eq!(rank_of(0.42), 0.42);
    }
}
