#!/usr/bin/env bash
# PDF accuracy and speed: OpenComplai's extraction vs pdftotext on real PDFs
# shipped in Debian packages (fetched with apt-get download, nothing
# committed), plus a 507-page PDF joined from two of them for peak memory.
# Usage: bench/pdf.sh [corpus-dir]   (default: /tmp/opencomplai-pdf-corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/opencomplai-pdf-corpus}
packages=(libtasn1-doc gnuplot-doc asymptote-doc r-doc-pdf)
if [ ! -e "$corpus/.complete" ]; then
  mkdir -p "$corpus/debs" "$corpus/root"
  (cd "$corpus/debs" && apt-get download "${packages[@]}")
  for deb in "$corpus"/debs/*.deb; do dpkg-deb -x "$deb" "$corpus/root"; done
  find "$corpus/root" -name '*.pdf' -size +10k ! -name 'refman.pdf' ! -name 'fullrefman.pdf' \
    -exec cp {} "$corpus/" \;
  pdfunite "$corpus/gnuplot.pdf" "$corpus/asymptote.pdf" "$corpus/joined-507-pages.pdf"
  touch "$corpus/.complete"
fi
cargo build --release --locked -p opencomplai
echo "$(nproc) cores; $(pdftotext -v 2>&1 | head -1)"
python3 bench/pdf/compare.py target/release/opencomplai $(ls -S -r "$corpus"/*.pdf)
