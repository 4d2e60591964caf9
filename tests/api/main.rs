//! Integration tests: one binary, so the private PostgreSQL starts once.

mod accounts;
mod analysis;
mod api_keys;
mod audit;
mod audit_chain;
mod binary;
mod browser;
mod consume;
mod database_roles;
mod documents;
mod extraction;
mod helpers;
mod holds;
mod http;
mod limits;
mod mail;
mod matrix;
mod queue;
mod sandbox;
mod schema;
mod search;
mod search_index;
mod subjects;
mod web;
mod webhooks;
