#!/usr/bin/env bash
# Ingest benchmark: builds release binaries, starts a server on a private
# embedded PostgreSQL (or DATABASE_URL), and runs bench/src/bin/ingest.rs
# against it. Arguments go to the client: --docs N --concurrency C --big-mib M.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p opencomplai -p opencomplai-bench
. bench/serve.sh
port=${BENCH_PORT:-18123}
start_server "$port" OPENCOMPLAI_MAX_UPLOAD_BYTES=$((4 * 1024 * 1024 * 1024)) \
  OPENCOMPLAI_RATE_LIMIT_FREE_PER_MINUTE=1000000 \
  OPENCOMPLAI_QUOTA_FREE_STORED_BYTES=0 OPENCOMPLAI_QUOTA_FREE_DOCUMENTS_PER_DAY=0
echo "server pid $server, workers: ${OPENCOMPLAI_WORKERS:-$(nproc)}, $(nproc) cores"
"${CARGO_TARGET_DIR:-target}/release/ingest" --url "http://127.0.0.1:$port" --server-pid "$server" "$@"
