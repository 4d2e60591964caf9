//! Documents: the one owner of the `documents` and `processing_results`
//! tables. Every statement on them lives in this module: the row and its
//! queries (`store`), processing status and its only way to change
//! (`status`), searchable content (`content`), results (`results`),
//! originals (`files`), uploaded archives (`archive`) and their pages as
//! pictures (`pictures`), idempotency keys of creation (`idempotency`), counts
//! (`stats`), the account's PII lists, the
//! retention purge, and the operations people ask for (`create`, `change`,
//! `read`, `redaction`), each one transaction with its audit row.

pub mod archive;
pub mod arrived;
pub mod change;
pub mod content;
pub mod create;
pub mod erasure;
mod error;
pub mod fields;
pub mod files;
pub mod holds;
pub mod idempotency;
pub mod pictures;
pub mod pii_lists;
pub mod quota;
pub mod read;
pub mod redaction;
pub mod results;
pub mod retention;
pub mod stats;
pub mod status;
mod store;

pub use error::{Error, Result};
pub use status::{ProcessingStatus, StatusEvent, Transition};
pub use store::{Browse, Document, ListFilter, Sort};

use uuid::Uuid;

/// A document id from a path: anything that is not a UUID names no
/// document, so it is a 404 like any other unknown id.
pub fn parse_id(raw: &str) -> Result<Uuid> {
    Uuid::parse_str(raw).map_err(|_| Error::no_such_document())
}
