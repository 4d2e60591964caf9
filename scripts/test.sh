#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, then every test.
# Tests use DATABASE_URL when set; otherwise they start a private PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
ensure_packages
ensure_rust
ensure_browser_test_tools
# The search-by-meaning tests read the model from target/tmp/models.
ensure_embedding_model "${CARGO_TARGET_DIR:-target}/tmp/models/all-MiniLM-L6-v2"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
# Most API tests wait on PostgreSQL and child processes, not the CPU: four
# at a time finish sooner than one per core.
export RUST_TEST_THREADS="${RUST_TEST_THREADS:-4}"
# Each API test appends its time here; the slowest are listed at the end.
times="${CARGO_TARGET_DIR:-target}/tmp/api-test-times.tsv"
# A failing test's own message, not a backtrace, ends the log (CI shows its
# tail); OPENCOMPLAI_TEST_BACKTRACE=1 ./scripts/test.sh to see backtraces.
export RUST_BACKTRACE="${OPENCOMPLAI_TEST_BACKTRACE:-0}"
rm -f "$times"
cargo test --workspace --locked "$@"
# The API against its own OpenAPI document: schemathesis, every check.
if [ $# -eq 0 ]; then
  CONTRACT_USE_BUILT=1 scripts/contract.sh
fi
if [ -s "$times" ]; then
  echo "==> slowest API tests (seconds):"
  # awk reads all of sort's output: `head` would quit early, and sort's
  # SIGPIPE would fail the run under pipefail.
  sort -rn "$times" | awk 'NR <= 10'
fi
