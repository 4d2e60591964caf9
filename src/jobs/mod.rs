//! Processing: workers claim runs from the queue (`crate::queue`), extract
//! each document's file in a sandboxed child, analyse the text and record
//! the outcome through `crate::documents`; beside them, the listener that
//! fans PostgreSQL notifications out to this process, and the periodic
//! maintenance (retention purge, abandoned uploads).

pub mod events;
pub mod failure;
pub mod maintenance;
pub mod pipeline;
pub mod worker;
