#!/usr/bin/env bash
# Audited reads benchmark: `bench/reads.sh [SECONDS] [ROUNDS]`. Builds the
# release binaries, creates a fresh database on the local PostgreSQL
# (BENCH_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres;
# database BENCH_DB, default opencomplai_reads, dropped first), applies our
# migrations, starts `opencomplai serve` on it (no workers) and runs
# bench/src/bin/reads.rs: 8 clients reading one document over HTTP,
# alternating with pgbench running the same SQL as one transaction per
# request against the same database, and the ratio of the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
rounds=${2:-3}
admin=${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db=${BENCH_DB:-opencomplai_reads}
url="${admin%/*}/$db"
port=${BENCH_PORT:-18126}
target=${CARGO_TARGET_DIR:-target}

command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-15 or postgresql-contrib)" >&2; exit 1; }
cargo build --release --locked -p opencomplai -p opencomplai-bench
echo "==> fresh database $db"
psql "$admin" -qX -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db"
DATABASE_URL="$url" "$target/release/opencomplai" migrate >/dev/null

. bench/serve.sh
start_server "$port" DATABASE_URL="$url" OPENCOMPLAI_WORKERS=0 \
  OPENCOMPLAI_RATE_LIMIT_FREE_PER_MINUTE=100000000
echo "==> server pid $server on port $port, $(nproc) cores"
DATABASE_URL="$url" "$target/release/reads" --url "http://127.0.0.1:$port" --seconds "$seconds" --rounds "$rounds"
