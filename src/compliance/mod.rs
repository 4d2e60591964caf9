//! The records an auditor asks for beyond the trail itself: legal holds
//! (`holds`), retention rules (`retention`), and requests made for one
//! person (`requests`): finding them (`subjects`), handing over what is
//! held about them (`access`) and erasing it with a signed receipt
//! (`erasure`, `receipt`), run in the background (`runner`). Built on the
//! documents, search and audit domains.

pub mod access;
pub mod erasure;
pub mod holds;
pub mod receipt;
pub mod requests;
pub mod retention;
pub mod runner;
pub mod subjects;
