//! The pure parts of the main crate's search (`src/search/`: the query
//! parser, the `tsquery` lexer, snippets), compiled from their own source
//! files: depending on `opencomplai` itself would build the whole server
//! (sqlx, axum, lettre, embedded PostgreSQL...) with coverage
//! instrumentation, for three modules that need only `validation`.

#[path = "../../src/search/query.rs"]
pub mod query;
#[path = "../../src/search/snippet.rs"]
pub mod snippet;
#[path = "../../src/search/tsquery.rs"]
pub mod tsquery;
