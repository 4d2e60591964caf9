//! OpenComplai: a self-hosted document intelligence and compliance service.
//!
//! Where things live: `http` answers requests and owns no rules; the
//! domains (`documents`, `search`, `auth`, `audit`) own their tables and
//! rules and return their own errors, mapped to the API's in `error`;
//! `queue` is the jobs table, `jobs` the workers that run it, `sandbox`
//! the child process every hostile file is parsed in; `db` the
//! pool, migrations and embedded PostgreSQL; `startup` wires them together
//! for `serve`, `worker` and the tests alike.

pub mod arrivals;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod cli;
pub mod compliance;
pub mod config;
pub mod db;
pub mod documents;
pub mod embeddings;
pub mod error;
pub mod http;
pub mod jobs;
pub mod metrics;
pub mod queue;
pub mod sandbox;
pub mod search;
pub mod shutdown;
pub mod startup;
pub mod telemetry;
pub mod validation;
pub mod web;
pub mod webhooks;
