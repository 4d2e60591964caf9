//! The search statement: ranked full-text search over a bounded set of
//! candidates, fuzzy title matches, one page after the cursor, snippets.
//!
//! It is written from named pieces ([`FILTERS`], [`SCORE`]) with named
//! parameters (`:account`, `:tsquery`, ...). [`Params`] lists every
//! parameter once, in binding order, with its type; the statement is turned
//! into positional form (`$1`, `$2`, ...) from that same list, so the SQL
//! and the bindings cannot drift apart.
//!
//! Ranking every document that matches a common word costs one heap fetch
//! and one `ts_rank_cd` per match; at 100,000 documents a word like "time"
//! matches tens of thousands, and a phrase of two common words makes
//! PostgreSQL re-read every document holding both. So each search examines
//! at most [`CANDIDATE_CAP`] documents holding all the query's words: all of
//! them when there are fewer, else those of one slice of the account (see
//! `slices`). Phrases and exclusions are checked among the candidates, and
//! results are ordered by rank within them.

use std::sync::LazyLock;

use chrono::NaiveDateTime;
use serde_json::Value;
use sqlx::postgres::PgArguments;
use sqlx::{Arguments, PgConnection};
use uuid::Uuid;

use super::query::contains_pattern;
use super::snippet::{SNIPPET_SOURCE_CHARS, headline_options};
use super::{Hit, Mode, Outcome, Request, slices};
use crate::documents::ProcessingStatus;

/// Most candidates ranked per search; one more is read to tell whether
/// more documents held the words (`capped`).
pub const CANDIDATE_CAP: i64 = 500;

/// Declares the statement's parameters: each name once, in binding order,
/// with its type. The SQL refers to them as `:name`.
macro_rules! parameters {
    ($($(#[$doc:meta])* $name:ident: $ty:ty,)*) => {
        /// The values bound to one run of [`SEARCH_SQL`].
        struct Params {
            $($(#[$doc])* $name: $ty,)*
        }

        /// The parameter names, in binding order: `:name` is `$n`.
        const NAMES: &[&str] = &[$(stringify!($name),)*];

        impl Params {
            fn arguments(&self) -> Result<PgArguments, sqlx::error::BoxDynError> {
                let mut a = PgArguments::default();
                $(a.add(&self.$name)?;)*
                Ok(a)
            }
        }
    };
}

parameters! {
    /// The account searched.
    account: Uuid,
    /// The whole query, phrases and exclusions included.
    tsquery: String,
    status: Option<ProcessingStatus>,
    file_type: Option<String>,
    language: Option<String>,
    created_after: Option<NaiveDateTime>,
    created_before: Option<NaiveDateTime>,
    /// Documents whose metadata contains this object.
    metadata: Option<Value>,
    /// [`CANDIDATE_CAP`] + 1.
    cap: i64,
    /// The cursor: results after this (rank, id).
    after_rank: Option<f32>,
    after_id: Option<Uuid>,
    /// Fuzzy mode: titles like the query join the candidates.
    fuzzy: bool,
    title_query: String,
    title_pattern: String,
    /// One row more than the page, to tell whether another follows.
    page_rows: i64,
    snippet_chars: i32,
    headline: String,
    /// The query over each slice of the account (`slices::queries`).
    slices: Vec<String>,
}

/// The filters, the same for every part of the search.
const FILTERS: &str = "d.user_id = :account and d.deleted_at is null
      and (:status::text is null or d.processing_status = :status)
      and (:file_type::text is null or d.file_type = :file_type)
      and (:language::text is null or d.language_code = :language)
      and (:created_after::timestamp is null or d.created_at >= :created_after)
      and (:created_before::timestamp is null or d.created_at < :created_before)
      and (:metadata::jsonb is null or d.metadata @> :metadata)";

/// A candidate's score: `ts_rank_cd` (length-normalised) plus 1 when the
/// title alone matches, or null when the whole query (phrases, exclusions)
/// does not match.
const SCORE: &str = "case when d.search_vector @@ :tsquery::tsquery
                         then ts_rank_cd(d.search_vector, :tsquery::tsquery, 1)
                              + case when to_tsvector('english', d.title) @@ :tsquery::tsquery then 1 else 0 end
                    end";

/// At most `:cap` documents holding all the query's words are examined:
/// from slice `0` of the account (`(:slices)[1]`), or, when that slice held
/// fewer, from all slices (one index scan per element of `:slices`, slice
/// after slice: a single query OR-ing the sixteen makes the index test every
/// candidate against all of them, seconds for a query of many words; and
/// `@@ any(:slices)` is misjudged as matching so much that the planner
/// reads the whole table instead of the index).
/// The account is checked with `is not distinct from`, which no index
/// serves, so the planner reads only `idx_documents_account_search` (its
/// estimates cannot see that a key implies the account, and it would
/// otherwise intersect with the whole account's list, the cost this index
/// avoids). Those matching the whole query are ranked by [`SCORE`]. In fuzzy
/// mode titles similar to the query or containing it join them. Then one
/// page after the cursor, with snippets; a row without a hit when the page
/// is empty, so the count of examined documents always arrives. Built once.
static SEARCH_SQL: LazyLock<String> = LazyLock::new(|| {
    let examined_filters = FILTERS.replace(
        "d.user_id = :account",
        "d.user_id is not distinct from :account",
    );
    positional(&format!(
        "with first_slice as materialized (
             select d.id, {SCORE} as score
             from documents d
             where cardinality(:slices::text[]) > 0
               and account_search_vector(d.user_id, d.id, d.search_vector) @@ (:slices::text[])[1]::tsquery
               and {examined_filters}
             limit :cap
         ), all_slices as materialized (
             select e.id, e.score
             from unnest(:slices::text[]) as s(q)
             cross join lateral (
                 select d.id, {SCORE} as score
                 from documents d
                 where account_search_vector(d.user_id, d.id, d.search_vector) @@ s.q::tsquery
                   and {examined_filters}
                 limit :cap
             ) e
             where (select count(*) from first_slice) < :cap
             limit :cap
         ), examined as (
             select id, score from first_slice where (select count(*) from first_slice) >= :cap
             union all
             select id, score from all_slices
         ), titles as (
             select d.id, word_similarity(:title_query, d.title) as score
             from documents d
             where :fuzzy and (d.title %> :title_query or d.title ilike :title_pattern) and {FILTERS}
             limit :cap
         ), candidates as materialized (
             select id, sum(score) as score
             from (select id, score from examined where score is not null
                   union all select id, score from titles) c
             group by id
         ), ranked as (
             select id, (score / (1 + score))::real as rank from candidates
         ), page as (
             select id, rank from ranked
             where :after_rank::real is null or (rank, id) < (:after_rank::real, :after_id::uuid)
             order by rank desc, id desc
             limit :page_rows
         ), hits as (
             select p.id, d.title, p.rank, d.file_type, d.processing_status, d.created_at,
                    ts_headline('english',
                        translate(left(d.content, :snippet_chars), chr(57344) || chr(57345), '  '),
                        :tsquery::tsquery, :headline) as snippet
             from page p join documents d on d.id = p.id
         )
         select h.id, h.title, h.rank, h.file_type, h.processing_status, h.created_at, h.snippet,
                n.examined
         from (select greatest((select count(*) from examined),
                               (select count(*) from titles)) as examined) n
         left join hits h on true
         order by h.rank desc, h.id desc"
    ))
});

/// `sql` with every `:name` of [`NAMES`] as its `$n`; `::type` casts and
/// anything else are left alone.
fn positional(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut rest = sql;
    while let Some(at) = rest.find(':') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let cast = out.ends_with(':') || after.starts_with(':');
        match NAMES.iter().position(|n| *n == &after[..name_len]) {
            Some(i) if !cast && name_len > 0 => {
                out.push('$');
                out.push_str(&(i + 1).to_string());
                rest = &after[name_len..];
            }
            _ => {
                out.push(':');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A row of [`SEARCH_SQL`]: one hit, or none (an empty page still says
/// how many documents were examined).
#[derive(sqlx::FromRow)]
struct Row {
    id: Option<Uuid>,
    title: Option<String>,
    rank: Option<f32>,
    file_type: Option<String>,
    processing_status: Option<ProcessingStatus>,
    created_at: Option<NaiveDateTime>,
    snippet: Option<String>,
    examined: i64,
}

/// Settings for the search transaction: quiet notices (stop words make
/// PostgreSQL chatty), a lower trigram threshold for the word list, a bound
/// on any one statement, no JIT (compiling costs more than these short
/// queries take; the expensive-looking index expression would trigger it)
/// and no parallel workers (their start-up costs more than a search).
pub async fn prepare(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    sqlx::raw_sql(
        "set local client_min_messages = warning;
         set local pg_trgm.similarity_threshold = 0.25;
         set local statement_timeout = '15s';
         set local jit = off;
         set local max_parallel_workers_per_gather = 0",
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Before the fuzzy statements: each trigram comparison (`%`, `ilike`)
/// costs the server some microseconds, which the planner prices like an
/// addition, so for an account of ten thousand words it reads them all
/// rather than the trigram indexes (15 ms against 7 ms for one word, seen
/// at 10,000 documents). Raised for the rest of the search transaction
/// only.
pub async fn prefer_trigram_indexes(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    sqlx::raw_sql("set local cpu_operator_cost = 0.25")
        .execute(conn)
        .await?;
    Ok(())
}

fn params(r: &Request, mode: Mode, tsquery: &str) -> Params {
    let fuzzy = mode == Mode::Fuzzy;
    Params {
        account: r.user_id,
        tsquery: tsquery.to_owned(),
        status: r.filters.status,
        file_type: r.filters.file_type.clone(),
        language: r.filters.language.clone(),
        created_after: r.filters.created_after,
        created_before: r.filters.created_before,
        metadata: r.filters.metadata.clone(),
        cap: CANDIDATE_CAP + 1,
        after_rank: r.after.map(|c| c.rank),
        after_id: r.after.map(|c| c.id),
        fuzzy,
        title_query: if fuzzy {
            r.query.text.clone()
        } else {
            String::new()
        },
        title_pattern: if fuzzy {
            contains_pattern(&r.query.text)
        } else {
            String::new()
        },
        page_rows: r.limit + 1,
        snippet_chars: SNIPPET_SOURCE_CHARS,
        headline: headline_options(),
        slices: slices::queries(tsquery, r.user_id),
    }
}

/// One page of `r` in `mode` for the parsed `tsquery` (`limit + 1` hits,
/// so the caller knows whether another page follows).
pub async fn run(
    conn: &mut PgConnection,
    r: &Request,
    mode: Mode,
    tsquery: &str,
) -> Result<Outcome, sqlx::Error> {
    let args = params(r, mode, tsquery)
        .arguments()
        .map_err(sqlx::Error::Encode)?;
    let rows: Vec<Row> = sqlx::query_as_with(sqlx::AssertSqlSafe(SEARCH_SQL.as_str()), args)
        .fetch_all(conn)
        .await?;
    let examined = rows.first().map_or(0, |r| r.examined);
    let hits = rows
        .into_iter()
        .filter_map(|r| {
            Some(Hit {
                id: r.id?,
                title: r.title?,
                rank: r.rank?,
                file_type: r.file_type,
                processing_status: r.processing_status,
                created_at: r.created_at,
                snippet: r.snippet,
            })
        })
        .collect();
    Ok(Outcome { hits, examined })
}

/// `EXPLAIN (ANALYZE, BUFFERS)` of [`run`], for the benchmark.
pub async fn explain(
    conn: &mut PgConnection,
    r: &Request,
    mode: Mode,
    tsquery: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let args = params(r, mode, tsquery)
        .arguments()
        .map_err(sqlx::Error::Encode)?;
    sqlx::query_scalar_with(
        sqlx::AssertSqlSafe(format!("explain (analyze, buffers) {}", *SEARCH_SQL)),
        args,
    )
    .fetch_all(conn)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_used_and_no_name_is_left_unbound() {
        let sql = SEARCH_SQL.as_str();
        for (i, name) in NAMES.iter().enumerate() {
            let n = format!("${}", i + 1);
            assert!(
                sql.match_indices(&n)
                    .any(|(at, _)| !sql[at + n.len()..].starts_with(|c: char| c.is_ascii_digit())),
                "{name} ({n}) is never used"
            );
        }
        // What is left of `:` is a cast (`::type`) or inside `::`.
        for (at, _) in sql.match_indices(':') {
            let before = sql[..at].ends_with(':');
            let after = sql[at + 1..].starts_with(':');
            assert!(before || after, "unbound name at {}", &sql[at..at + 20]);
        }
        assert_eq!(
            positional("a = :account and b::text = :tsquery::tsquery and :cap"),
            "a = $1 and b::text = $2::tsquery and $9"
        );
    }
}
