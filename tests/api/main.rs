//! Integration tests: one binary, so the private PostgreSQL starts once.

mod binary;
mod helpers;
mod http;
mod schema;
