#!/usr/bin/env bash
# Ingest benchmark: `bench/ingest.sh [client arguments]`. Builds the release
# binaries and runs bench/src/bin/ingest.rs against a server: small text
# documents uploaded by --concurrency clients until all are `completed`,
# then one large streamed upload (--big-mib, 0 skips it).
#
# By default the server runs on a private embedded PostgreSQL. With
# KILL_WORKER=1 it runs on a fresh database of the local PostgreSQL
# (BENCH_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres;
# database BENCH_DB, default opencomplai_ingest, dropped first) with one
# more `opencomplai worker` process beside it, which the client kills
# (SIGKILL) after --kill-after uploads: its claimed jobs are claimed again
# when their leases (3 s here) run out, and the run checks every document
# completed. OPENCOMPLAI_* variables pass through to the server.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
cargo build --release --locked -p opencomplai -p opencomplai-bench
. bench/serve.sh
port=${BENCH_PORT:-18123}
settings=(OPENCOMPLAI_MAX_UPLOAD_BYTES=$((4 * 1024 * 1024 * 1024))
  OPENCOMPLAI_RATE_LIMIT_FREE_PER_MINUTE=100000000
  OPENCOMPLAI_QUOTA_FREE_STORED_BYTES=0 OPENCOMPLAI_QUOTA_FREE_DOCUMENTS_PER_DAY=0
  OPENCOMPLAI_QUOTA_FREE_CONCURRENT_JOBS=0)
kill_args=()
if [ "${KILL_WORKER:-0}" = 1 ]; then
  admin=${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
  db=${BENCH_DB:-opencomplai_ingest}
  url="${admin%/*}/$db"
  psql "$admin" -qX -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db"
  DATABASE_URL="$url" "$target/release/opencomplai" migrate >/dev/null
  settings+=(DATABASE_URL="$url" OPENCOMPLAI_JOB_LEASE_SECS=3)
  start_server "$port" "${settings[@]}"
  env "${settings[@]}" OPENCOMPLAI_LOG_LEVEL=warn OPENCOMPLAI_WORKERS=2 \
    OPENCOMPLAI_DATA_DIR="$data" "$target/release/opencomplai" worker &
  victim=$!
  kill_args=(--kill-pid "$victim")
  trap 'kill "$server" "$victim" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
else
  start_server "$port" "${settings[@]}"
fi
echo "server pid $server, workers: ${OPENCOMPLAI_WORKERS:-$(nproc)}, $(nproc) cores"
"$target/release/ingest" --url "http://127.0.0.1:$port" --server-pid "$server" "${kill_args[@]}" "$@"
