#!/usr/bin/env bash
# Language benchmark: accuracy per language and overall, and time per text,
# for the analyzer's detector, bare lingua 1.8 and bare whatlang 0.18 side by
# side, on the committed EU evaluation set (24 languages, 40-200 characters)
# and its OCR-noised copy (crates/analyze/tests/data/language/README.md).
#
#   bench/language.sh [FILE.tsv ...]
#   LANG_BENCH_ERRORS=1 bench/language.sh   (also lists each detector's misses)
#
# The benchmark is an example of the analyzer crate, so it builds without the
# service (release, one thread).
set -euo pipefail
cd "$(dirname "$0")/.."
data=crates/analyze/tests/data/language
if [ $# -eq 0 ]; then
  set -- "$data/language_eu.tsv" "$data/language_eu_ocr.tsv"
fi
cargo build --release --locked -p opencomplai-analyze --example language_bench
target=${CARGO_TARGET_DIR:-target}
"$target/release/examples/language_bench" "$@"
