#!/usr/bin/env bash
# Search benchmark, end to end: `bench/search.sh [N]` (default 1,000,000).
# Installs the corpus packages if missing (fortunes, python3-doc), builds the
# release binaries, creates a fresh database on the local PostgreSQL
# (BENCH_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres;
# database BENCH_DB, default opencomplai_bench, dropped first), applies our
# migrations with `opencomplai migrate`, loads N documents with COPY
# (bench/src/bin/seed_search.rs), starts `opencomplai serve` on it and runs
# bench/src/bin/search_bench.rs: latency percentiles for our endpoint over
# HTTP, for its SQL, and for the seed's naive query, and their plans.
# BENCH_REUSE=1 keeps a database seeded by an earlier run (migrating it to
# the current schema) and only measures.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-1000000}
admin=${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db=${BENCH_DB:-opencomplai_bench}
url="${admin%/*}/$db"
port=${BENCH_PORT:-18124}
target=${CARGO_TARGET_DIR:-target}

missing=()
[ -d /usr/share/games/fortunes ] || missing+=(fortunes)
[ -d /usr/share/doc/python3.11/html/_sources ] || ls -d /usr/share/doc/python3*/html/_sources >/dev/null 2>&1 || missing+=(python3-doc)
command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
pydoc=$(ls -d /usr/share/doc/python3*/html/_sources | head -n1)

cargo build --release --locked -p opencomplai -p opencomplai-bench
if [ "${BENCH_REUSE:-0}" = 1 ] && psql "$url" -qXAtc 'select 1 from documents limit 1' >/dev/null 2>&1; then
  echo "==> reusing database $db"
  DATABASE_URL="$url" "$target/release/opencomplai" migrate
else
  echo "==> fresh database $db"
  psql "$admin" -qX -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db"
  DATABASE_URL="$url" "$target/release/opencomplai" migrate
  DATABASE_URL="$url" "$target/release/seed_search" --docs "$docs" --python-doc "$pydoc"
fi
key=$(DATABASE_URL="$url" "$target/release/opencomplai" api-key create \
  --user search-bench@example.org --permission document.read --name search-bench | tail -n1)

. bench/serve.sh
start_server "$port" DATABASE_URL="$url" OPENCOMPLAI_WORKERS=0 OPENCOMPLAI_RETENTION_DAYS=36500 \
  OPENCOMPLAI_RATE_LIMIT_ENTERPRISE_PER_MINUTE=100000000
echo "==> server pid $server on port $port (PostgreSQL $(psql "$url" -XAtc 'show server_version'), shared_buffers $(psql "$url" -XAtc 'show shared_buffers'))"
BENCH_API_KEY="$key" DATABASE_URL="$url" "$target/release/search_bench" --url "http://127.0.0.1:$port"
