#!/usr/bin/env bash
# Ingest benchmark: builds release binaries, starts a server on a private
# embedded PostgreSQL (or DATABASE_URL), and runs bench/src/bin/ingest.rs
# against it. Arguments go to the client: --docs N --concurrency C --big-mib M.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p opencomplai -p opencomplai-bench
data=$(mktemp -d)
port=${BENCH_PORT:-18123}
OPENCOMPLAI_DATA_DIR="$data" OPENCOMPLAI_LISTEN="127.0.0.1:$port" \
  OPENCOMPLAI_MAX_UPLOAD_BYTES=$((4 * 1024 * 1024 * 1024)) \
  OPENCOMPLAI_RATE_LIMIT_FREE_PER_MINUTE=1000000 OPENCOMPLAI_LOG_LEVEL=warn \
  ./target/release/opencomplai serve &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break
  kill -0 "$server" || { echo "server died" >&2; exit 1; }
  sleep 0.2
done
echo "server pid $server, workers: ${OPENCOMPLAI_WORKERS:-$(nproc)}, $(nproc) cores"
./target/release/ingest --url "http://127.0.0.1:$port" --server-pid "$server" "$@"
