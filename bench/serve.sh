# Sourced by the benchmarks. `start_server PORT [NAME=VALUE ...]` starts the
# release `opencomplai serve` on 127.0.0.1:PORT with a private data directory
# and the given environment, stops it and removes the directory when the
# script exits, and returns once /ready answers; its PID is in $server.
start_server() {
  local port=$1
  shift
  data=$(mktemp -d)
  env OPENCOMPLAI_DATA_DIR="$data" OPENCOMPLAI_LISTEN="127.0.0.1:$port" \
    OPENCOMPLAI_LOG_LEVEL=${BENCH_LOG_LEVEL:-warn} "$@" \
    "${CARGO_TARGET_DIR:-target}/release/opencomplai" serve &
  server=$!
  trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && return 0
    kill -0 "$server" 2>/dev/null || { echo "server died" >&2; exit 1; }
    sleep 0.2
  done
  echo "server not ready after 60 s" >&2
  exit 1
}
