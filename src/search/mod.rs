//! Search over an account's live documents: ranked full-text search
//! (`websearch_to_tsquery` syntax, the word being typed completed), fuzzy
//! search (misspelled and partial words, titles), and `auto`, full text
//! falling back to fuzzy when the words are nowhere; search by meaning
//! (`semantic`: sentence embeddings, see `semantic`) and `hybrid` (both
//! rankings fused); with the list filters, highlighted snippets and keyset
//! pagination. Audited as a `search` of documents, with the query.
//!
//! The parts: `query` cleans and bounds what the user typed, `terms` turns
//! it into a `tsquery` (completions, fuzzy expansions), `tsquery` reads and
//! rewrites that text, `slices` spreads it over the account's index slices,
//! `sql` is the statement, `snippet` the highlighting, `cursor` the page
//! position, `semantic` the search by meaning and the fusion.

pub mod cursor;
pub mod query;
pub mod semantic;
pub mod signatures;
pub mod slices;
pub mod snippet;
pub mod sql;
pub mod suggest;
pub mod terms;
pub mod tsquery;

use chrono::NaiveDateTime;
use serde_json::{Value, json};
use sqlx::PgConnection;
use uuid::Uuid;

pub use cursor::Cursor;
pub use query::UserQuery;

use crate::audit::Actor;
use crate::audit::group::Writer;
use crate::db::replica::{Failover, Route};
use crate::documents::ProcessingStatus;
use crate::embeddings::Embeddings;
use crate::validation::Invalid;

/// How matches are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Words, phrases, `or`, `-exclusion`, the last word as a prefix.
    Fulltext,
    /// Similar and partial words (through the word list) and titles.
    Fuzzy,
    /// By meaning: the query's sentence embedding against the documents'.
    Semantic,
    /// Full text (as `auto`) and meaning, fused by reciprocal rank.
    Hybrid,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Fulltext => "fulltext",
            Self::Fuzzy => "fuzzy",
            Self::Semantic => "semantic",
            Self::Hybrid => "hybrid",
        }
    }

    /// Whether the mode needs the query's vector.
    pub fn by_meaning(self) -> bool {
        matches!(self, Self::Semantic | Self::Hybrid)
    }

    /// `auto` (`None`: full text, then fuzzy when that finds nothing),
    /// `fulltext`, `fuzzy`, `semantic` or `hybrid`; absent is `auto`.
    pub fn parse_requested(raw: Option<&str>) -> Result<Option<Self>, Invalid> {
        match raw.unwrap_or("auto") {
            "auto" => Ok(None),
            "fulltext" => Ok(Some(Self::Fulltext)),
            "fuzzy" => Ok(Some(Self::Fuzzy)),
            "semantic" => Ok(Some(Self::Semantic)),
            "hybrid" => Ok(Some(Self::Hybrid)),
            _ => Err(Invalid::field(
                "mode",
                "invalid",
                "mode must be auto, fulltext, fuzzy, semantic or hybrid",
            )),
        }
    }
}

/// The list filters.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub status: Option<ProcessingStatus>,
    pub file_type: Option<String>,
    pub language: Option<String>,
    pub created_after: Option<NaiveDateTime>,
    pub created_before: Option<NaiveDateTime>,
    /// Documents whose metadata contains this object.
    pub metadata: Option<Value>,
}

/// The filters as sent, before they are checked.
#[derive(Debug, Clone, Copy, Default)]
pub struct FilterInput<'a> {
    pub status: Option<&'a str>,
    pub file_type: Option<&'a str>,
    pub language: Option<&'a str>,
    pub created_after: Option<NaiveDateTime>,
    pub created_before: Option<NaiveDateTime>,
    /// A JSON object, as text.
    pub metadata: Option<&'a str>,
}

/// Longest `metadata` filter, in bytes.
pub const MAX_METADATA_FILTER_BYTES: usize = 4096;

impl Filters {
    /// Checks each filter: a known status and file type, a language code
    /// like `en` or `pt-BR`, metadata a JSON object of at most 4 KiB.
    pub fn parse(input: FilterInput<'_>) -> Result<Self, Invalid> {
        let status = input
            .status
            .map(|s| {
                ProcessingStatus::parse(s).ok_or_else(|| {
                    Invalid::field("status", "invalid", ProcessingStatus::expected())
                })
            })
            .transpose()?;
        if let Some(l) = input.language {
            let (lang, region) = l.split_once('-').unwrap_or((l, "AA"));
            let valid = lang.len() == 2
                && lang.bytes().all(|b| b.is_ascii_lowercase())
                && region.len() == 2
                && region.bytes().all(|b| b.is_ascii_uppercase());
            if !valid {
                return Err(Invalid::field(
                    "language",
                    "invalid",
                    "language must be a code like en or pt-BR",
                ));
            }
        }
        let metadata = match input.metadata {
            None => None,
            Some(m) if m.len() > MAX_METADATA_FILTER_BYTES => {
                return Err(Invalid::field(
                    "metadata",
                    "too_large",
                    "metadata must be at most 4 KiB",
                ));
            }
            // PostgreSQL's jsonb cannot hold U+0000: refuse it here rather
            // than fail in the database.
            Some(m) if m.contains("\\u0000") || m.contains('\0') => {
                return Err(Invalid::field(
                    "metadata",
                    "invalid",
                    "metadata must not contain NUL characters",
                ));
            }
            Some(m) => match serde_json::from_str::<Value>(m) {
                Ok(v @ Value::Object(_)) => Some(v),
                _ => {
                    return Err(Invalid::field(
                        "metadata",
                        "not_an_object",
                        "metadata must be a JSON object, e.g. {\"dept\":\"legal\"}",
                    ));
                }
            },
        };
        if let Some(t) = input.file_type
            && opencomplai_extract::FileType::parse(t).is_none()
        {
            return Err(Invalid::field(
                "file_type",
                "invalid",
                format!(
                    "file_type must be one of {}",
                    opencomplai_extract::FileType::ALL
                        .map(|t| t.as_str())
                        .join(", ")
                ),
            ));
        }
        Ok(Self {
            status,
            file_type: input.file_type.map(str::to_owned),
            language: input.language.map(str::to_owned),
            created_after: input.created_after,
            created_before: input.created_before,
            metadata,
        })
    }
}

/// Results per page unless the request says otherwise, and at most.
pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 100;

/// Results per page: 1 to [`MAX_LIMIT`], [`DEFAULT_LIMIT`] when absent.
pub fn limit(requested: Option<i64>) -> Result<i64, Invalid> {
    match requested {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(_) => Err(Invalid::field(
            "limit",
            "out_of_range",
            "limit must be between 1 and 100",
        )),
    }
}

/// One search to run.
#[derive(Debug, Clone)]
pub struct Request {
    pub user_id: Uuid,
    pub query: UserQuery,
    pub filters: Filters,
    pub after: Option<Cursor>,
    /// Results per page, 1 to [`MAX_LIMIT`].
    pub limit: i64,
}

/// One result, its snippet still carrying the private markers (see
/// `snippet::html`).
#[derive(Debug, Clone)]
pub struct Hit {
    pub id: Uuid,
    pub title: String,
    pub rank: f32,
    pub file_type: Option<String>,
    pub processing_status: Option<ProcessingStatus>,
    pub created_at: Option<NaiveDateTime>,
    pub snippet: Option<String>,
}

/// One page of a search.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// `limit + 1` hits at most, best first.
    pub hits: Vec<Hit>,
    /// Documents examined (at most [`sql::CANDIDATE_CAP`] + 1, the one more
    /// telling that there were more).
    pub examined: i64,
}

impl Outcome {
    /// More documents held the query's words than were examined.
    pub fn capped(&self) -> bool {
        self.examined > sql::CANDIDATE_CAP
    }
}

/// A page as shown: at most `limit` hits, and where the next starts.
#[derive(Debug, Clone)]
pub struct Page {
    pub hits: Vec<Hit>,
    pub next: Option<Cursor>,
    /// The mode that produced these results.
    pub mode: Mode,
    /// More than [`sql::CANDIDATE_CAP`] documents held the words.
    pub capped: bool,
}

/// Why a search was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// Cut short by the statement timeout: retryable, or narrowed.
    #[error("the search took too long; add words or filters to narrow it")]
    TooSlow,
    /// Search by meaning without a model on this server.
    #[error(transparent)]
    Unavailable(#[from] crate::embeddings::Unavailable),
    #[error(transparent)]
    Database(sqlx::Error),
}

impl Failover for Error {
    fn sqlx(&self) -> Option<&sqlx::Error> {
        match self {
            Self::Database(e) => Some(e),
            Self::Invalid(_) | Self::TooSlow | Self::Unavailable(_) => None,
        }
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e
            && db.code().as_deref() == Some("57014")
        {
            return Self::TooSlow;
        }
        Self::Database(e)
    }
}

fn no_words() -> Error {
    Invalid::field(
        "q",
        "no_searchable_words",
        "q has nothing to search for: it holds no words, only very common words \
         (like \"the\" or \"and\"), or only exclusions (-word)",
    )
    .into()
}

/// One page of `r` in `requested` mode (`None`: auto), on the caller's
/// transaction, unaudited: the search itself, which the audited [`search`]
/// and the benchmark share. A next page continues in the mode of the first.
/// The modes by meaning need `meaning`, the query's vector (see
/// [`mode_of`]).
pub async fn find(
    conn: &mut PgConnection,
    r: &Request,
    requested: Option<Mode>,
) -> Result<(Mode, Outcome), Error> {
    find_with(conn, r, requested, None).await
}

/// The mode a search runs in: the cursor's, else the one requested
/// (`None`: auto).
pub fn mode_of(r: &Request, requested: Option<Mode>) -> Option<Mode> {
    r.after.map(|c| c.mode).or(requested)
}

/// [`find`] with the query's vector, for the modes by meaning, every
/// signature distance computed by PostgreSQL.
pub async fn find_with(
    conn: &mut PgConnection,
    r: &Request,
    requested: Option<Mode>,
    meaning: Option<&[f32]>,
) -> Result<(Mode, Outcome), Error> {
    find_indexed(conn, r, requested, meaning, None).await
}

/// [`find_with`] taking the first candidates of a search by meaning from
/// `index` when it holds (or now loads) the account's signatures
/// ([`signatures`]), as the endpoint does.
pub async fn find_indexed(
    conn: &mut PgConnection,
    r: &Request,
    requested: Option<Mode>,
    meaning: Option<&[f32]>,
    index: Option<&signatures::Index>,
) -> Result<(Mode, Outcome), Error> {
    if let (Some(c), Some(m)) = (r.after, requested)
        && c.mode != m
    {
        return Err(Invalid::field(
            "cursor",
            "invalid",
            "this cursor belongs to a search in another mode",
        )
        .into());
    }
    sql::prepare(conn).await?;
    let needs_vector = || {
        crate::embeddings::Unavailable(
            "search by meaning needs the query's vector; none was computed".to_owned(),
        )
    };
    Ok(match mode_of(r, requested) {
        Some(Mode::Semantic) => {
            let query = meaning.ok_or_else(needs_vector)?;
            (Mode::Semantic, semantic::run(conn, r, query, index).await?)
        }
        Some(Mode::Hybrid) => {
            let query = meaning.ok_or_else(needs_vector)?;
            // The full-text ranking's best, from its start; a query of
            // only common words is ranked by meaning alone.
            let top = Request {
                after: None,
                limit: i64::try_from(semantic::HYBRID_DEPTH).unwrap_or(MAX_LIMIT),
                ..r.clone()
            };
            let words = match auto(conn, &top).await {
                Ok(found) => Some(found),
                Err(Error::Invalid(e)) if e.issue() == Some("no_searchable_words") => None,
                Err(e) => return Err(e),
            };
            (
                Mode::Hybrid,
                semantic::hybrid(conn, r, query, index, words).await?,
            )
        }
        Some(Mode::Fuzzy) => (Mode::Fuzzy, similar(conn, r).await?.ok_or_else(no_words)?),
        Some(Mode::Fulltext) => (Mode::Fulltext, fulltext(conn, r).await?),
        None => auto(conn, r).await?,
    })
}

/// `auto`: full text, then fuzzy when that finds nothing.
async fn auto(conn: &mut PgConnection, r: &Request) -> Result<(Mode, Outcome), Error> {
    let exact = fulltext(conn, r).await?;
    // Fuzzy only when the words are nowhere: when a phrase or an
    // exclusion removed every examined document but more held the
    // words (`capped`), fuzzy matches would hide that.
    if !exact.hits.is_empty() || exact.capped() {
        return Ok((Mode::Fulltext, exact));
    }
    Ok(match similar(conn, r).await? {
        Some(similar) => (Mode::Fuzzy, similar),
        // Nothing in the query can match approximately (only
        // one-letter words, say): the empty answer stands.
        None => (Mode::Fulltext, exact),
    })
}

async fn fulltext(conn: &mut PgConnection, r: &Request) -> Result<Outcome, Error> {
    let tsquery = terms::fulltext(conn, r.user_id, &r.query)
        .await?
        .ok_or_else(no_words)?;
    Ok(sql::run(conn, r, Mode::Fulltext, &tsquery).await?)
}

/// The fuzzy search, or `None` when no word of the query is one to match
/// approximately.
async fn similar(conn: &mut PgConnection, r: &Request) -> Result<Option<Outcome>, Error> {
    sql::prefer_trigram_indexes(conn).await?;
    let Some(tsquery) = terms::fuzzy(conn, r.user_id, &r.query).await? else {
        return Ok(None);
    };
    Ok(Some(sql::run(conn, r, Mode::Fuzzy, &tsquery).await?))
}

/// Searches the actor's documents and audits the search (the query, the
/// mode used, the filters, how many results were shown): the row is
/// written on the primary by the group writer and committed before the
/// answer, wherever the search itself ran.
///
/// Search by meaning embeds the query first, outside the transaction. A
/// `hybrid` search on a server without the model is a full-text (`auto`)
/// search, and says so in its mode; a `semantic` one is refused
/// ([`Error::Unavailable`]).
pub async fn search(
    route: &Route,
    audit: &Writer,
    embeddings: &Embeddings,
    actor: &Actor,
    r: &Request,
    requested: Option<Mode>,
) -> Result<Page, Error> {
    let mut requested = requested;
    let meaning = match mode_of(r, requested) {
        Some(m) if m.by_meaning() => match embeddings.query(&r.query.text).await {
            Ok(v) => Some(v),
            Err(_) if m == Mode::Hybrid && r.after.is_none() => {
                requested = None;
                None
            }
            Err(e) => return Err(e.into()),
        },
        _ => None,
    };
    let meaning = meaning.as_deref();
    // On the replica when `route` says so (the `set local`s of the search
    // work on a standby); the audit row on the primary.
    let (mode, outcome) = route
        .run(|pool| async move {
            let mut tx = pool.begin().await?;
            let index = Some(embeddings.signatures());
            let found = find_indexed(&mut tx, r, requested, meaning, index).await?;
            tx.commit().await?;
            Ok::<_, Error>(found)
        })
        .await?;
    let page = page(outcome, r.limit, mode);
    let f = &r.filters;
    let entry = actor.entry("search", "document", None).new_values(json!({
        "q": r.query.text,
        "mode": mode.as_str(),
        "status": f.status, "file_type": f.file_type, "language": f.language,
        "created_after": f.created_after.map(|t| t.and_utc()),
        "created_before": f.created_before.map(|t| t.and_utc()),
        "metadata": f.metadata,
        "returned": page.hits.len(),
    }));
    audit.record(&actor.context, entry).await?;
    Ok(page)
}

/// The page of `limit` hits from an outcome of `limit + 1`.
fn page(outcome: Outcome, limit: i64, mode: Mode) -> Page {
    let capped = outcome.capped();
    let mut hits = outcome.hits;
    let more = hits.len() as i64 > limit;
    hits.truncate(usize::try_from(limit).unwrap_or(0));
    let next = if more {
        hits.last().map(|h| Cursor {
            mode,
            rank: h.rank,
            id: h.id,
        })
    } else {
        None
    };
    Page {
        hits,
        next,
        mode,
        capped,
    }
}
