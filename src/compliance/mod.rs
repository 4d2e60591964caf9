//! The records an auditor asks for beyond the trail itself: legal holds
//! (`holds`), retention rules (`retention`), subject access requests and
//! erasures. Built on the documents, search and audit domains.

pub mod holds;
pub mod retention;
