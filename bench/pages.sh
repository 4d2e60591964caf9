#!/usr/bin/env bash
# Web page benchmark: `bench/pages.sh [DOCS]` (default 10,000). Builds the
# release binaries, creates a fresh database on the local PostgreSQL
# (BENCH_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres;
# database BENCH_DB, default opencomplai_pages, dropped first), applies our
# migrations, starts `opencomplai serve` on it (no workers) and runs
# bench/src/bin/pages.rs: it seeds one account with DOCS documents, signs in
# through the sign-in form and prints each page's server time (p50, p95,
# p99, max), its round trip and size, and the script's size.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-10000}
admin=${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db=${BENCH_DB:-opencomplai_pages}
url="${admin%/*}/$db"
port=${BENCH_PORT:-18125}
target=${CARGO_TARGET_DIR:-target}

cargo build --release --locked -p opencomplai -p opencomplai-bench
echo "==> fresh database $db"
psql "$admin" -qX -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db"
DATABASE_URL="$url" "$target/release/opencomplai" migrate >/dev/null

. bench/serve.sh
start_server "$port" DATABASE_URL="$url" OPENCOMPLAI_WORKERS=0 \
  OPENCOMPLAI_RATE_LIMIT_FREE_PER_MINUTE=100000000
echo "==> server pid $server on port $port"
DATABASE_URL="$url" "$target/release/pages" --url "http://127.0.0.1:$port" --docs "$docs"
