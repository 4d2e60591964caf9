#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, then every test.
# Tests use DATABASE_URL when set; otherwise they start a private PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
ensure_packages
ensure_rust
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked "$@"
