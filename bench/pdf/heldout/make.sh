#!/usr/bin/env bash
# Makes the held-out PDF corpus in OUT_DIR (default
# /tmp/opencomplai-pdf-heldout): the corpus's producers (installed by
# bench/pdf/corpus/make.sh's steps) plus fpdf2 and enscript/ps2pdf, then
# runs make.py. Score it with: bench/pdf-truth.sh OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-/tmp/opencomplai-pdf-heldout}
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v gropdf >/dev/null || need+=(groff)
command -v enscript >/dev/null || need+=(enscript)
command -v ps2pdf >/dev/null || need+=(ghostscript)
/usr/bin/python3 -c 'import cairo' 2>/dev/null || need+=(python3-cairo)
/usr/bin/python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || need+=(fonts-dejavu-core fonts-dejavu-extra)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
venv=/tmp/opencomplai-pdf-venv
[ -x "$venv/bin/python" ] || /usr/bin/python3 -m venv "$venv"
"$venv/bin/python" -c 'import reportlab, weasyprint, pyphen, fpdf' 2>/dev/null ||
  "$venv/bin/pip" install -q reportlab==5.1.0 weasyprint==70.0 pyphen==0.18.1 fpdf2==2.8.9
mkdir -p "$out"
"$venv/bin/python" "$here/make.py" "$out" "${@:2}"
touch "$out/.complete"
