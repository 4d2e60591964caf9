#!/usr/bin/env bash
# Installs what is missing, builds, and runs the service on the embedded
# PostgreSQL (or on DATABASE_URL when set). Arguments go to `serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
ensure_packages
ensure_rust
# The default embedding_model_dir: <data_dir>/models/all-MiniLM-L6-v2.
ensure_embedding_model "${OPENCOMPLAI_EMBEDDING_MODEL_DIR:-${OPENCOMPLAI_DATA_DIR:-./opencomplai-data}/models/all-MiniLM-L6-v2}"
cargo build --release --locked
echo "==> starting OpenComplai; it prints the URL it listens on (API page: /docs/, Ctrl-C stops)"
exec ./target/release/opencomplai serve "$@"
