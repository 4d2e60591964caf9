#!/usr/bin/env bash
# First-import benchmark: `bench/import.sh [N]` (default 100,000). Creates a
# fresh database on the local PostgreSQL (BENCH_ADMIN_URL, default its Unix
# socket in /var/run/postgresql when there is one, else
# postgres://postgres@127.0.0.1:5432/postgres; database BENCH_DB, default
# opencomplai_import, dropped first), applies our migrations, and inserts N
# documents of real prose (Debian's fortunes and python3-doc, as
# bench/search.sh) one per transaction through every trigger and index, from
# two writers, printing the rate of each tenth: a first bulk import into a
# new install must not slow down as the word list grows.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-100000}
# Over the local Unix socket when there is one: over TCP each one-row COPY
# ends in a small write that Nagle's algorithm holds for the server's
# delayed acknowledgement (up to 40 ms), and the benchmark measures that.
if [ -z "${BENCH_ADMIN_URL:-}" ] && [ -S /var/run/postgresql/.s.PGSQL.5432 ]; then
  BENCH_ADMIN_URL=postgres://postgres@%2Fvar%2Frun%2Fpostgresql/postgres
fi
admin=${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db=${BENCH_DB:-opencomplai_import}
url="${admin%/*}/$db"
target=${CARGO_TARGET_DIR:-target}
missing=()
[ -d /usr/share/games/fortunes ] || missing+=(fortunes)
ls -d /usr/share/doc/python3*/html/_sources >/dev/null 2>&1 || missing+=(python3-doc)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
pydoc=$(ls -d /usr/share/doc/python3*/html/_sources | head -n1)
cargo build --release --locked -p opencomplai -p opencomplai-bench
echo "==> fresh database $db"
psql "$admin" -qX -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db"
DATABASE_URL="$url" "$target/release/opencomplai" migrate >/dev/null
DATABASE_URL="$url" "$target/release/seed_search" --trickle --docs "$docs" --users 10 --python-doc "$pydoc"
