#!/usr/bin/env bash
# Language benchmark: accuracy per language and overall, and time per text,
# for the analyzer's detector, bare lingua 1.8 and bare whatlang 0.18 side by
# side, on the committed EU evaluation set (24 languages, 40-200 characters)
# and its OCR-noised copy (crates/analyze/tests/data/language/README.md).
#
#   bench/language.sh [FILE.tsv ...]
#   LANG_BENCH_ERRORS=1 bench/language.sh   (also lists each detector's misses)
#   bench/language.sh --pii-sets DIR        (the analyzer alone on every
#       paragraph of the per-language PII sets that bench/pii.sh wrote to DIR,
#       against each paragraph's locale; pii.jsonl, whose locales are the
#       names' and not the text's, is left out)
#
# The benchmark is an example of the analyzer crate, so it builds without the
# service (release, one thread).
set -euo pipefail
cd "$(dirname "$0")/.."
data=crates/analyze/tests/data/language
target=${CARGO_TARGET_DIR:-target}
if [ "${1:-}" = "--pii-sets" ]; then
  dir=${2:?usage: bench/language.sh --pii-sets DIR}
  cargo build --release --locked -p opencomplai-analyze --example language_sets
  sets=()
  for f in "$dir"/*.jsonl; do
    case "$(basename "$f")" in pii.jsonl | docset.jsonl | docset2.jsonl) continue ;; esac
    sets+=("$f")
  done
  exec "$target/release/examples/language_sets" "${sets[@]}"
fi
if [ $# -eq 0 ]; then
  set -- "$data/language_eu.tsv" "$data/language_eu_ocr.tsv"
fi
cargo build --release --locked -p opencomplai-analyze --example language_bench
"$target/release/examples/language_bench" "$@"
