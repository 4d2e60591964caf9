//! Search in SQL: the query as a `tsquery`, ranked full-text search over a
//! bounded set of candidates, fuzzy matching through the account's word list
//! and titles, snippets, and the keyset cursor over (rank, id).
//!
//! Ranking every document that matches a common word costs one heap fetch
//! and one `ts_rank_cd` per match; at 100,000 documents a word like "time"
//! matches tens of thousands, and a phrase of two common words makes
//! PostgreSQL re-read every document holding both. So each search examines
//! at most [`CANDIDATE_CAP`] documents holding all the query's words: all of
//! them when there are fewer, else those of one slice of the account.
//!
//! The candidates come from `idx_documents_account_search` (migration 0008),
//! a GIN index over each document's lexemes written behind its account's key
//! and one of [`SLICES`] slices (by document id), so a word's posting list
//! there holds one slice of one account. A search first reads slice `0`
//! alone (a sixteenth of a common word's matches, still hundreds); only when
//! that slice holds too few does it read all sixteen, which then hold few
//! enough to read quickly. Phrases and exclusions are checked among the
//! candidates, and results are ordered by rank within them.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use std::sync::LazyLock;

use chrono::NaiveDateTime;
use serde_json::Value;
use sqlx::postgres::PgArguments;
use sqlx::{Arguments, PgConnection};
use uuid::Uuid;

use super::query::{MAX_FUZZY_WORDS, UserQuery, contains_pattern};
use crate::error::ApiError;

/// Most candidates ranked per search; one more is read to tell whether
/// more documents held the words (`capped`).
pub const CANDIDATE_CAP: i64 = 500;
/// The slices of `idx_documents_account_search`: a document's is the last
/// hex digit of its id (0008's `account_search_vector`).
pub const SLICES: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f',
];
/// Longest lexeme the index holds, in bytes (0008's
/// `account_search_vector`: PostgreSQL's 2,047 less the 4-byte key).
const MAX_INDEXED_LEXEME_BYTES: usize = 2043;
/// Snippets are cut from this many leading characters of the content.
pub const SNIPPET_SOURCE_CHARS: i32 = 10_000;
/// Private-use characters marking highlights until the text is escaped.
const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

/// How matches are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Words, phrases, `or`, `-exclusion`, the last word as a prefix.
    Fulltext,
    /// Similar and partial words (through the word list) and titles.
    Fuzzy,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Fulltext => "fulltext",
            Self::Fuzzy => "fuzzy",
        }
    }
}

/// The list filters.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub status: Option<String>,
    pub file_type: Option<String>,
    pub language: Option<String>,
    pub created_after: Option<NaiveDateTime>,
    pub created_before: Option<NaiveDateTime>,
    /// Documents whose metadata contains this object.
    pub metadata: Option<Value>,
}

/// Where a page starts: after this (rank, id), in this mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cursor {
    pub mode: Mode,
    pub rank: f32,
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        let mode = match self.mode {
            Mode::Fulltext => 't',
            Mode::Fuzzy => 'z',
        };
        let raw = format!("{mode}|{:08x}|{}", self.rank.to_bits(), self.id);
        URL_SAFE_NO_PAD.encode(raw)
    }

    pub fn decode(cursor: &str) -> Result<Self, ApiError> {
        let invalid =
            || ApiError::field("cursor", "invalid", "cursor is not one this service issued");
        let raw = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| invalid())?;
        let raw = String::from_utf8(raw).map_err(|_| invalid())?;
        let mut parts = raw.splitn(3, '|');
        let mode = match parts.next() {
            Some("t") => Mode::Fulltext,
            Some("z") => Mode::Fuzzy,
            _ => return Err(invalid()),
        };
        let bits =
            u32::from_str_radix(parts.next().ok_or_else(invalid)?, 16).map_err(|_| invalid())?;
        let rank = f32::from_bits(bits);
        if !rank.is_finite() {
            return Err(invalid());
        }
        let id = Uuid::parse_str(parts.next().ok_or_else(invalid)?).map_err(|_| invalid())?;
        Ok(Self { mode, rank, id })
    }
}

/// One search to run.
#[derive(Debug, Clone)]
pub struct Request {
    pub user_id: Uuid,
    pub query: UserQuery,
    pub filters: Filters,
    pub after: Option<Cursor>,
    pub limit: i64,
}

/// One result row, its snippet still carrying the private markers.
#[derive(Debug, Clone)]
pub struct Hit {
    pub id: Uuid,
    pub title: String,
    pub rank: f32,
    pub file_type: Option<String>,
    pub processing_status: Option<String>,
    pub created_at: Option<NaiveDateTime>,
    pub snippet: Option<String>,
}

/// One page of a search.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// `limit + 1` hits at most, best first.
    pub hits: Vec<Hit>,
    /// Documents examined (at most [`CANDIDATE_CAP`] + 1, the one more
    /// telling that there were more).
    pub examined: i64,
}

impl Outcome {
    /// More documents held the query's words than were examined.
    pub fn capped(&self) -> bool {
        self.examined > CANDIDATE_CAP
    }
}

/// A row of [`SEARCH_SQL`]: one hit, or none (an empty page still says
/// how many documents were examined).
#[derive(sqlx::FromRow)]
struct Row {
    id: Option<Uuid>,
    title: Option<String>,
    rank: Option<f32>,
    file_type: Option<String>,
    processing_status: Option<String>,
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

/// Most completions of the word being typed.
pub const MAX_COMPLETIONS: i64 = 16;

/// The query as a `tsquery` (its text form), `websearch_to_tsquery`
/// syntax; `None` when nothing in it can use the index (empty, only stop
/// words, only exclusions). An open last word that is not one of the
/// account's words yet (`invoi`, `Thornt`) matches the shortest
/// [`MAX_COMPLETIONS`] of its words that begin with it: exact words from the
/// word list rather than a `:*` prefix, which makes GIN gather every
/// account's matches of every such word into one bitmap.
pub async fn tsquery(
    conn: &mut PgConnection,
    user_id: Uuid,
    q: &UserQuery,
) -> Result<Option<String>, sqlx::Error> {
    let (text, tree, open): (String, String, Option<String>) = sqlx::query_as(
        "select q::text, querytree(q), websearch_to_tsquery('english', $2)::text
         from websearch_to_tsquery('english', $1) as q",
    )
    .bind(&q.text)
    .bind(q.open_word.as_deref())
    .fetch_one(&mut *conn)
    .await?;
    if tree.is_empty() || tree == "T" {
        return Ok(None);
    }
    // The open word's own last lexeme must be the query's last operand (a
    // stop word, for one, produces none).
    let Some((start, lexeme)) = last_lexeme(&text) else {
        return Ok(Some(text));
    };
    if open.as_deref().and_then(last_lexeme).map(|(_, l)| l) != Some(lexeme.clone()) {
        return Ok(Some(text));
    }
    let (known, completions): (bool, Vec<String>) = sqlx::query_as(
        "select exists (select 1 from search_words where user_id = $1 and word = $2),
                array(select word from (
                          select distinct word from search_words
                          where user_id = $1 and word > $2 and word < $2 || chr(1114111)
                      ) w
                      order by char_length(word), word limit $3)",
    )
    .bind(user_id)
    .bind(&lexeme)
    .bind(MAX_COMPLETIONS)
    .fetch_one(conn)
    .await?;
    if known || completions.is_empty() {
        return Ok(Some(text));
    }
    let alternatives: Vec<String> = std::iter::once(lexeme.as_str())
        .chain(completions.iter().map(String::as_str))
        .map(quote_lexeme)
        .collect();
    Ok(Some(format!(
        "{}( {} )",
        &text[..start],
        alternatives.join(" | ")
    )))
}

/// `word` as a quoted `tsquery` operand.
fn quote_lexeme(word: &str) -> String {
    format!("'{}'", word.replace('\\', "\\\\").replace('\'', "''"))
}

/// The last operand of a `tsquery` text when it is a plain quoted lexeme:
/// where it starts and the lexeme, unescaped.
fn last_lexeme(tsquery: &str) -> Option<(usize, String)> {
    let t = tsquery.trim_end();
    let bytes = t.as_bytes();
    if bytes.last() != Some(&b'\'') {
        return None;
    }
    // Walk from the start, so escapes are read in the right direction.
    let (mut i, mut last) = (0, None);
    while i < bytes.len() {
        if bytes[i] != b'\'' {
            i += 1;
            continue;
        }
        let start = i;
        let mut lexeme = Vec::new();
        i += 1;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' if i + 1 < bytes.len() => {
                    lexeme.push(bytes[i + 1]);
                    i += 2;
                }
                b'\'' if bytes.get(i + 1) == Some(&b'\'') => {
                    lexeme.push(b'\'');
                    i += 2;
                }
                b'\'' => {
                    i += 1;
                    break;
                }
                b => {
                    lexeme.push(b);
                    i += 1;
                }
            }
        }
        if i == bytes.len() {
            last = String::from_utf8(lexeme).ok().map(|l| (start, l));
        }
    }
    last
}

/// The fuzzy `tsquery`: each word of the query (at most
/// [`MAX_FUZZY_WORDS`]) may be any of the account's few words most similar
/// to it or containing it; `None` when no word of the query is a word.
pub async fn fuzzy_tsquery(
    conn: &mut PgConnection,
    user_id: Uuid,
    q: &UserQuery,
) -> Result<Option<String>, sqlx::Error> {
    let (terms, query): (i64, Option<String>) = sqlx::query_as(
        "with terms as (
             select lexeme as term from unnest(to_tsvector('english', $2))
             where char_length(lexeme) between 2 and 64
             order by positions[1]
             limit $3
         ), expansions as (
             select t.term, w.word from terms t
             cross join lateral (
                 select s.word,
                        max(greatest(similarity(s.word, t.term),
                                     case when strpos(s.word, t.term) > 0 then 0.6 else 0 end)) as score
                 from search_words s
                 where s.user_id = $1
                   and (s.word % t.term
                        or (char_length(t.term) >= 3
                            and s.word like '%' || replace(replace(replace(t.term, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'))
                 group by s.word
                 order by score desc, s.word
                 limit 4
             ) w
         ), alternatives as (
             select '(' || string_agg('''' || replace(replace(word, '\\', '\\\\'), '''', '''''') || '''', ' | ') || ')' as alt
             from expansions group by term
         )
         select (select count(*) from terms), (select string_agg(alt, ' & ') from alternatives)",
    )
    .bind(user_id)
    .bind(&q.text)
    .bind(MAX_FUZZY_WORDS as i64)
    .fetch_one(conn)
    .await?;
    if terms == 0 {
        return Ok(None);
    }
    Ok(Some(query.unwrap_or_default()))
}

/// The filters, the same for every part of the search: `$1` is the
/// account, `$3`..`$8` the filters.
const FILTERS: &str = "d.user_id = $1 and d.deleted_at is null
      and ($3::text is null or d.processing_status = $3)
      and ($4::text is null or d.file_type = $4)
      and ($5::text is null or d.language_code = $5)
      and ($6::timestamp is null or d.created_at >= $6)
      and ($7::timestamp is null or d.created_at < $7)
      and ($8::jsonb is null or d.metadata @> $8)";

/// A candidate's score: `ts_rank_cd` (length-normalised) plus 1 when the
/// title alone matches, or null when the whole query (`$2`: phrases,
/// exclusions) does not match.
const SCORE: &str = "case when d.search_vector @@ $2::tsquery
                         then ts_rank_cd(d.search_vector, $2::tsquery, 1)
                              + case when to_tsvector('english', d.title) @@ $2::tsquery then 1 else 0 end
                    end";

/// At most `$9` documents holding all the query's words are examined: from
/// slice `0` of the account (`$18[1]`: `$18` holds the query over each
/// slice, its phrases relaxed to "all these words", which the index answers
/// without reading a row), or, when that slice held fewer, from all slices
/// (one index scan per element of `$18`, slice after slice: a single query
/// OR-ing the sixteen makes the index test every candidate against all of
/// them, seconds for a query of many words; and `@@ any($18)` is misjudged
/// as matching so much that the planner reads the whole table instead of
/// the index).
/// The account is checked with `is not distinct from`, which no index
/// serves, so the planner reads only `idx_documents_account_search` (its
/// estimates cannot see that a key implies the account, and it would
/// otherwise intersect with the whole account's list, the cost this index
/// avoids). Those matching the whole query are ranked by [`SCORE`]. In fuzzy
/// mode titles similar to the query or containing it join them. Then one
/// page after the cursor, with snippets; a row without a hit when the page
/// is empty, so the count of examined documents always arrives. Built once.
static SEARCH_SQL: LazyLock<String> = LazyLock::new(|| {
    let examined_filters = FILTERS.replace("d.user_id = $1", "d.user_id is not distinct from $1");
    format!(
        "with first_slice as materialized (
             select d.id, {SCORE} as score
             from documents d
             where cardinality($18::text[]) > 0
               and account_search_vector(d.user_id, d.id, d.search_vector) @@ ($18::text[])[1]::tsquery
               and {examined_filters}
             limit $9
         ), all_slices as materialized (
             select e.id, e.score
             from unnest($18::text[]) as s(q)
             cross join lateral (
                 select d.id, {SCORE} as score
                 from documents d
                 where account_search_vector(d.user_id, d.id, d.search_vector) @@ s.q::tsquery
                   and {examined_filters}
                 limit $9
             ) e
             where (select count(*) from first_slice) < $9
             limit $9
         ), examined as (
             select id, score from first_slice where (select count(*) from first_slice) >= $9
             union all
             select id, score from all_slices
         ), titles as (
             select d.id, word_similarity($13, d.title) as score
             from documents d
             where $12 and (d.title %> $13 or d.title ilike $14) and {FILTERS}
             limit $9
         ), candidates as materialized (
             select id, sum(score) as score
             from (select id, score from examined where score is not null
                   union all select id, score from titles) c
             group by id
         ), ranked as (
             select id, (score / (1 + score))::real as rank from candidates
         ), page as (
             select id, rank from ranked
             where $10::real is null or (rank, id) < ($10::real, $11::uuid)
             order by rank desc, id desc
             limit $15
         ), hits as (
             select p.id, d.title, p.rank, d.file_type, d.processing_status, d.created_at,
                    ts_headline('english',
                        translate(left(d.content, $16), chr(57344) || chr(57345), '  '),
                        $2::tsquery, $17) as snippet
             from page p join documents d on d.id = p.id
         )
         select h.id, h.title, h.rank, h.file_type, h.processing_status, h.created_at, h.snippet,
                n.examined
         from (select greatest((select count(*) from examined),
                               (select count(*) from titles)) as examined) n
         left join hits h on true
         order by h.rank desc, h.id desc"
    )
});

/// The key of `user_id`'s lexemes in `idx_documents_account_search`:
/// `search_account_key` of migration 0008, three characters of the
/// standard base64 of the id's bytes from the seventeenth on.
pub fn account_key(user_id: Uuid) -> String {
    base64::engine::general_purpose::STANDARD.encode(user_id.as_bytes())[16..19].to_owned()
}

/// `tsquery` (PostgreSQL's text form) over `idx_documents_account_search`:
/// every lexeme behind `key` and `slice`. A lexeme too long for the index
/// is cut to what it could hold (it then finds nothing, or candidates the
/// whole query rejects).
fn slice_query(tsquery: &str, key: &str, slice: char) -> String {
    map_lexemes(tsquery, |lexeme| {
        let mut end = lexeme.len().min(MAX_INDEXED_LEXEME_BYTES);
        while !lexeme.is_char_boundary(end) {
            end -= 1;
        }
        quote_lexeme(&format!("{key}{slice}{}", &lexeme[..end]))
    })
}

/// The query over each slice, in [`SLICES`] order, for [`SEARCH_SQL`]'s
/// `$18`; empty for an empty query.
pub fn slice_queries(tsquery: &str, user_id: Uuid) -> Vec<String> {
    let relaxed = relax_phrases(tsquery);
    if relaxed.trim().is_empty() {
        return Vec::new();
    }
    let key = account_key(user_id);
    SLICES
        .iter()
        .map(|&s| slice_query(&relaxed, &key, s))
        .collect()
}

/// `tsquery` with each quoted lexeme replaced by `f` of it (unescaped);
/// everything else is kept.
fn map_lexemes(tsquery: &str, f: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(tsquery.len() * 2);
    let mut chars = tsquery.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\'' {
            out.push(c);
            continue;
        }
        let mut lexeme = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => lexeme.extend(chars.next()),
                '\'' if chars.peek() == Some(&'\'') => {
                    chars.next();
                    lexeme.push('\'');
                }
                '\'' => break,
                c => lexeme.push(c),
            }
        }
        out.push_str(&f(&lexeme));
    }
    out
}

/// `tsquery` (PostgreSQL's text form) with every phrase operator (`<->`,
/// `<N>`) turned into `&`: the documents holding all the words, which the
/// GIN index answers without reading a row. Quoted lexemes are left alone.
/// A query with a negation is left whole: relaxing a phrase under `!`
/// (`-"data retention"`) would exclude documents that merely hold both
/// words, which the query itself keeps.
pub fn relax_phrases(tsquery: &str) -> String {
    let mut out = String::with_capacity(tsquery.len());
    let mut chars = tsquery.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            out.push(c);
            if c == '\\' {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            } else if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    out.push('\'');
                    chars.next();
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        match c {
            '\'' => {
                quoted = true;
                out.push(c);
            }
            '!' => return tsquery.to_owned(),
            '<' => {
                let mut op = String::from("<");
                while let Some(&n) = chars.peek() {
                    op.push(n);
                    chars.next();
                    if n == '>' {
                        break;
                    }
                }
                let inner = &op[1..op.len().saturating_sub(1)];
                let phrase = op.ends_with('>')
                    && (inner == "-"
                        || (!inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit())));
                out.push_str(if phrase { "&" } else { &op });
            }
            c => out.push(c),
        }
    }
    out
}

fn headline_options() -> String {
    format!(
        "StartSel={MARK_START}, StopSel={MARK_END}, MaxFragments=2, MaxWords=24, MinWords=10, \
         ShortWord=2, FragmentDelimiter=\" … \""
    )
}

fn arguments(
    r: &Request,
    mode: Mode,
    tsquery: &str,
) -> Result<PgArguments, sqlx::error::BoxDynError> {
    let fuzzy = mode == Mode::Fuzzy;
    let mut a = PgArguments::default();
    a.add(r.user_id)?;
    a.add(tsquery)?;
    a.add(r.filters.status.as_deref())?;
    a.add(r.filters.file_type.as_deref())?;
    a.add(r.filters.language.as_deref())?;
    a.add(r.filters.created_after)?;
    a.add(r.filters.created_before)?;
    a.add(r.filters.metadata.as_ref())?;
    a.add(CANDIDATE_CAP + 1)?;
    a.add(r.after.map(|c| c.rank))?;
    a.add(r.after.map(|c| c.id))?;
    a.add(fuzzy)?;
    a.add(if fuzzy { r.query.text.as_str() } else { "" })?;
    a.add(if fuzzy {
        contains_pattern(&r.query.text)
    } else {
        String::new()
    })?;
    a.add(r.limit + 1)?;
    a.add(SNIPPET_SOURCE_CHARS)?;
    a.add(headline_options())?;
    a.add(slice_queries(tsquery, r.user_id))?;
    Ok(a)
}

/// One page of `r` in `mode` for the parsed `tsquery` (`limit + 1` hits,
/// so the caller knows whether another page follows).
pub async fn run(
    conn: &mut PgConnection,
    r: &Request,
    mode: Mode,
    tsquery: &str,
) -> Result<Outcome, sqlx::Error> {
    let args = arguments(r, mode, tsquery).map_err(sqlx::Error::Encode)?;
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
    let args = arguments(r, mode, tsquery).map_err(sqlx::Error::Encode)?;
    sqlx::query_scalar_with(
        sqlx::AssertSqlSafe(format!("explain (analyze, buffers) {}", *SEARCH_SQL)),
        args,
    )
    .fetch_all(conn)
    .await
}

/// The snippet as safe HTML: the text escaped, highlights in `<mark>`,
/// runs of whitespace as one space.
pub fn snippet_html(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 32);
    let mut space = false;
    for c in raw.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            MARK_START => out.push_str("<mark>"),
            MARK_END => out.push_str("</mark>"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_lexeme_is_found_with_its_escapes() {
        assert_eq!(last_lexeme("'acm' & 'invoi'"), Some((8, "invoi".into())));
        assert_eq!(
            last_lexeme("'inv' <-> '-2024' <-> '-0073'"),
            Some((22, "-0073".into()))
        );
        assert_eq!(last_lexeme("'it''s'"), Some((0, "it's".into())));
        assert_eq!(last_lexeme("'a\\\\b' & 'c\\'d'"), Some((9, "c'd".into())));
        assert_eq!(last_lexeme("'a' & !'b'").map(|l| l.1), Some("b".into()));
        assert_eq!(last_lexeme("( 'a' | 'b' )"), None);
        assert_eq!(last_lexeme(""), None);
        assert_eq!(quote_lexeme("it's\\"), "'it''s\\\\'");
    }

    #[test]
    fn phrases_relax_to_all_their_words_and_quoted_lexemes_are_untouched() {
        assert_eq!(
            relax_phrases("'acm' <-> 'corp' & 'thornt':*"),
            "'acm' & 'corp' & 'thornt':*"
        );
        assert_eq!(relax_phrases("'a' <2> 'b' | 'c'"), "'a' & 'b' | 'c'");
        // Under a negation nothing is relaxed: `-"data retention" policy`
        // keeps documents holding both words apart.
        assert_eq!(
            relax_phrases("!( 'data' <-> 'retent' ) & 'polici'"),
            "!( 'data' <-> 'retent' ) & 'polici'"
        );
        assert_eq!(
            relax_phrases("'a' <2> ( 'b' | !'c' )"),
            "'a' <2> ( 'b' | !'c' )"
        );
        assert_eq!(
            relax_phrases("'x<->y' <-> 'it''s<3>'"),
            "'x<->y' & 'it''s<3>'"
        );
        assert_eq!(relax_phrases("'a\\'<->b' <-> 'c'"), "'a\\'<->b' & 'c'");
        assert_eq!(relax_phrases("'it''s!' <-> 'x'"), "'it''s!' & 'x'");
        assert_eq!(relax_phrases(""), "");
    }

    #[test]
    fn slice_queries_put_every_lexeme_behind_the_key_and_slice() {
        let user = Uuid::parse_str("f4f5f4fc-87f7-494f-80d7-81818a3c7eb2").expect("uuid");
        // Bytes 12 to 14 are 8a 3c 7e: base64 "ijx+", of which "ijx", as
        // PostgreSQL's `search_account_key` (checked against it in tests/api).
        assert_eq!(account_key(user), "ijx");
        assert_eq!(
            slice_query("'acm' & !( 'it''s' <-> 'a\\\\b' ) | 'x':*", "key", '7'),
            "'key7acm' & !( 'key7it''s' <-> 'key7a\\\\b' ) | 'key7x':*"
        );
        let all = slice_queries("'return' <-> 'valu'", user);
        assert_eq!(all.len(), SLICES.len());
        assert_eq!(all[0], "'ijx0return' & 'ijx0valu'");
        assert_eq!(all[1], "'ijx1return' & 'ijx1valu'");
        assert_eq!(all[15], "'ijxfreturn' & 'ijxfvalu'");
        assert_eq!(slice_queries("", user), Vec::<String>::new());
        // A lexeme too long for the index is cut at a character boundary.
        let long = format!("'{}'", "é".repeat(1500));
        let cut = slice_query(&long, "abc", '0');
        assert_eq!(cut.len(), 2 + 4 + MAX_INDEXED_LEXEME_BYTES - 1);
    }

    #[test]
    fn snippets_are_escaped_and_marked() {
        let raw = format!("a <b>&\"x'\n\n {MARK_START}invoice{MARK_END}  due ");
        assert_eq!(
            snippet_html(&raw),
            "a &lt;b&gt;&amp;&quot;x&#39; <mark>invoice</mark> due"
        );
    }

    #[test]
    fn a_cursor_round_trips_exactly_and_garbage_is_refused() {
        let c = Cursor {
            mode: Mode::Fuzzy,
            rank: 0.123_456_79,
            id: Uuid::new_v4(),
        };
        assert_eq!(Cursor::decode(&c.encode()).expect("decodes"), c);
        let nan = URL_SAFE_NO_PAD.encode(format!("t|{:08x}|{}", f32::NAN.to_bits(), c.id));
        for bad in ["", "!!!", "dHx6enx6", nan.as_str()] {
            assert!(Cursor::decode(bad).is_err(), "{bad}");
        }
    }
}
