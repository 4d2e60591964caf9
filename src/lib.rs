//! OpenComplai: a self-hosted document intelligence and compliance service.

pub mod admin;
pub mod audit;
pub mod auth;
pub mod cli;
pub mod config;
pub mod db;
pub mod documents;
pub mod error;
pub mod http;
pub mod jobs;
pub mod startup;
pub mod telemetry;
