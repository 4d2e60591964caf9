#!/usr/bin/env bash
# Search by meaning benchmark: `bench/semantic.sh [WINDOWS [PER_DOCUMENT]]`
# (default 10,000 windows, 4 per document), or `bench/semantic.sh judged`
# for the quality run: bench/semantic/corpus.sh's 3,000 manual pages stored
# and embedded in a fresh account, the 82 queries of
# bench/semantic/judged.tsv searched in full text, by meaning and hybrid,
# and nDCG@10, recall@10 and MRR printed side by side
# (bench/semantic/ndcg.py; with the recall of the signatures' search
# against comparing every vector). Fetches the model if missing (scripts/setup.sh), builds the
# binaries (release; BENCH_PROFILE=dev for the debug build), creates a fresh
# database on the local PostgreSQL (BENCH_ADMIN_URL, default
# postgres://postgres@127.0.0.1:5432/postgres; database BENCH_DB, default
# opencomplai_semantic, dropped first unless SEMANTIC_REUSE=1 and it
# exists: then the account seeded before is searched again), applies our
# migrations and runs
# bench/src/bin/semantic_bench.rs: embedding time per document and per
# window on one core (RAYON_NUM_THREADS=1 unless set), and the latency of
# semantic searches over an account of WINDOWS windows (SEMANTIC_QUERIES,
# default 200).
set -euo pipefail
cd "$(dirname "$0")/.."
windows=${1:-10000}
per_document=${2:-4}
admin=${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db=${BENCH_DB:-opencomplai_semantic}
url="${admin%/*}/$db"
target=${CARGO_TARGET_DIR:-target}
profile=${BENCH_PROFILE:-release}
. scripts/setup.sh
model="$target/tmp/models/all-MiniLM-L6-v2"
ensure_embedding_model "$model"

if [ "$profile" = release ]; then
  cargo build --release --locked -p opencomplai -p opencomplai-bench
  bin="$target/release"
else
  cargo build --locked -p opencomplai -p opencomplai-bench
  bin="$target/debug"
fi
if [ -n "${SEMANTIC_REUSE:-}" ] && psql "$admin" -qXAtc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  reuse=--reuse   # search the account a previous run seeded, if the same size
else
  reuse=
  psql "$admin" -qX -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db"
fi
DATABASE_URL="$url" "$bin/opencomplai" migrate
echo "==> $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$windows" = judged ]; then
  corpus=${SEMANTIC_CORPUS:-$target/tmp/semantic-corpus}
  [ -e "$corpus/.complete" ] || { bench/semantic/corpus.sh "$corpus" 3000 && touch "$corpus/.complete"; }
  results="$target/tmp/semantic-judged.jsonl"
  DATABASE_URL="$url" "$bin/semantic_bench" --model "$model" \
    --judged bench/semantic/judged.tsv --corpus "$corpus" --results "$results"
  python3 bench/semantic/ndcg.py "$results" --judged bench/semantic/judged.tsv \
    --kinds bench/semantic/kinds.tsv
  exit
fi
RAYON_NUM_THREADS=${RAYON_NUM_THREADS:-1} DATABASE_URL="$url" \
  "$bin/semantic_bench" --model "$model" --texts . --windows "$windows" \
  --per-document "$per_document" --queries "${SEMANTIC_QUERIES:-200}" $reuse
