#!/usr/bin/env bash
# PDF text and tables against ground truth: a corpus made by
# bench/pdf/corpus/make.sh (Chromium, WeasyPrint, LibreOffice, groff,
# ReportLab, cairo), scored by bench/pdf/truth.py for OpenComplai's PDF
# extraction (the extract crate alone, in bench/src/bin/pdf_truth.rs) and
# pdftotext, default and -layout, side by side.
# Usage: bench/pdf-truth.sh [corpus-dir] [name-filter]
#   (default corpus: /tmp/opencomplai-pdf-truth, made when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/opencomplai-pdf-truth}
[ -e "$corpus/.complete" ] || bench/pdf/corpus/make.sh "$corpus"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target-release}
cargo build --release --locked -p opencomplai-bench --no-default-features --bin pdf_truth
echo "$(nproc) cores; $(pdftotext -v 2>&1 | head -1)"
python3 bench/pdf/truth.py "$CARGO_TARGET_DIR/release/pdf_truth" "$corpus" "${2:-}"
