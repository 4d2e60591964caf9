//! The user's query as a `tsquery`, worked out with PostgreSQL's own
//! parser: `websearch_to_tsquery` syntax with the word being typed
//! completed from the account's word list, or (fuzzy) each word widened to
//! the account's words most like it.

use sqlx::PgConnection;
use uuid::Uuid;

use super::query::{MAX_FUZZY_WORDS, UserQuery};
use super::tsquery::{last_lexeme, quote};

/// Most completions of the word being typed.
pub const MAX_COMPLETIONS: i64 = 16;

/// The query as a `tsquery` (its text form), `websearch_to_tsquery`
/// syntax; `None` when nothing in it can use the index (empty, only stop
/// words, only exclusions). An open last word that is not one of the
/// account's words yet (`invoi`, `Thornt`) matches the shortest
/// [`MAX_COMPLETIONS`] of its words that begin with it: exact words from the
/// word list rather than a `:*` prefix, which makes GIN gather every
/// account's matches of every such word into one bitmap.
pub async fn fulltext(
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
        .map(quote)
        .collect();
    Ok(Some(format!(
        "{}( {} )",
        &text[..start],
        alternatives.join(" | ")
    )))
}

/// The fuzzy `tsquery`: each word of the query (at most
/// [`MAX_FUZZY_WORDS`]) may be any of the account's few words most similar
/// to it or containing it; `None` when no word of the query is a word.
pub async fn fuzzy(
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
