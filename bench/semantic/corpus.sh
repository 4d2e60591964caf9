#!/usr/bin/env bash
# Build the man-page corpus for the semantic-search benchmark.
#
#   bench/semantic/corpus.sh OUT_DIR [N]
#
# Writes up to N (default 3000) plain-text documents to OUT_DIR, one per
# English manual page under /usr/share/man, named <name>.<section>.txt
# (e.g. ls.1.txt, fstab.5.txt, CA.pl.1ssl.txt), each the page rendered by groff
# to 80-column plain text (no overstrikes, no ANSI, no hyphenation, ragged right) and cut to
# its first 4,000 characters. Existing *.txt files in OUT_DIR are removed first.
#
# Selection is deterministic: every page named in judged.tsv first, then the
# remaining pages by section (1, 8, 5, 7, 4, 6, 2, 3, then any other) and by
# file name. Left out: symlinks and ".so" redirect pages (aliases of another
# page), the 16k generated gcloud-* pages (they would swamp the corpus with
# near-duplicates), pages in other languages, and pages that render empty.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 OUT_DIR [N]" >&2; exit 2
fi
OUT_DIR=$1
N=${2:-3000}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages: the renderer, and the packages that ship the pages that
# judged.tsv names (so a fresh Debian 12 machine yields the judged pages).
REQUIRED=(groff-base bsdextrautils python3 man-db manpages manpages-dev
  coreutils findutils grep sed gawk diffutils tar gzip bzip2 xz-utils zstd zip unzip
  procps psmisc util-linux mount fdisk e2fsprogs passwd login sudo
  openssh-client rsync curl wget iputils-ping iproute2 bind9-dnsutils
  cups-client cups-bsd cron systemd apt dpkg less file tzdata kmod git patch)

ensure_packages() {
  local missing=() p
  for p in "${REQUIRED[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "error: please install: ${missing[*]} (no apt-get here)" >&2; exit 1
    fi
    echo "==> installing Debian packages: ${missing[*]}" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # Debian's docker images drop /usr/share/man via dpkg path-exclude; pages
    # then are not unpacked. Say so rather than fail silently.
    if grep -rqs 'path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg.d/; then
      echo "warning: /etc/dpkg/dpkg.cfg.d excludes /usr/share/man; remove that line and reinstall to get the pages" >&2
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
}

ensure_packages
mkdir -p "$OUT_DIR"

exec python3 - "$OUT_DIR" "$N" "$HERE/judged.tsv" <<'PY'
import concurrent.futures, gzip, os, re, subprocess, sys, tempfile, time

out_dir, n, judged_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
MAN = "/usr/share/man"
MAXCH = 4000
SECTION_ORDER = ["1", "8", "5", "7", "4", "6", "2", "3"]
t0 = time.time()

def read_source(path):
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return data

def is_redirect(data):
    # a page whose first request is ".so other/page" is an alias
    for line in data.splitlines()[:5]:
        s = line.strip()
        if not s or s.startswith(b'.\\"') or s.startswith(b"'\\\""):
            continue
        return s.startswith(b".so ")
    return False

# --- enumerate pages: key "name.section" -> path ---------------------------
pages = {}
for d in sorted(os.listdir(MAN)):
    m = re.fullmatch(r"man(\w+)", d)
    if not m:
        continue
    for fn in sorted(os.listdir(os.path.join(MAN, d))):
        path = os.path.join(MAN, d, fn)
        if os.path.islink(path) or not os.path.isfile(path):
            continue
        base = fn[:-3] if fn.endswith(".gz") else fn
        if "." not in base:
            continue
        name, sec = base.rsplit(".", 1)
        if not name or not sec or not sec[0].isdigit() or "/" in name:
            continue
        if name.startswith("gcloud"):
            continue
        key = f"{name}.{sec}"
        if key not in pages:
            pages[key] = path

def order(key):
    sec = key.rsplit(".", 1)[1]
    main = sec[0]
    rank = SECTION_ORDER.index(main) if main in SECTION_ORDER else len(SECTION_ORDER)
    return (rank, sec, key)

judged = []
if os.path.exists(judged_path):
    with open(judged_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#") or "\t" not in line:
                continue
            for item in line.rstrip("\n").split("\t", 1)[1].split(","):
                key = item.strip().rsplit(":", 1)[0]
                if key and key not in judged:
                    judged.append(key)
missing = [k for k in judged if k not in pages]
if missing:
    print(f"warning: {len(missing)} judged pages not installed: {' '.join(missing)}", file=sys.stderr)
candidates = [k for k in sorted(judged) if k in pages]
seen = set(candidates)
candidates += sorted((k for k in pages if k not in seen), key=order)

# --- render ------------------------------------------------------------------
# No hyphenation, no justification (man and mdoc pages alike): turn both off
# and make .hy and .ad no-ops so the macros cannot turn them back on.
prefix = tempfile.NamedTemporaryFile("w", suffix=".roff", delete=False)
prefix.write(".nh\n.rm hy\n.de hy\n..\n.na\n.rm ad\n.de ad\n..\n")
prefix.close()
GROFF = ["groff", "-mandoc", "-Tutf8", "-rLL=80n", "-rLT=80n", "-rHY=0",
         "-P-cbou", prefix.name, "-"]
ESC = re.compile(r"\x1b\[[0-9;]*[A-Za-z]|.\x08")

def render(key):
    try:
        data = read_source(pages[key])
        if is_redirect(data):
            return key, None
        env = dict(os.environ, LC_ALL="C.UTF-8")
        pre = subprocess.run(["preconv"],
                             input=data, capture_output=True, env=env, timeout=60)
        tbl = subprocess.run(["tbl"], input=pre.stdout, capture_output=True, env=env, timeout=60)
        g = subprocess.run(GROFF, input=tbl.stdout, capture_output=True, env=env, timeout=60)
        col = subprocess.run(["col", "-bx"], input=g.stdout, capture_output=True, env=env, timeout=60)
        text = col.stdout.decode("utf-8", "replace")
    except Exception:
        return key, None
    text = ESC.sub("", text).replace("\x08", "")
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    if len(text) > MAXCH:
        cut = text[:MAXCH]
        nl = cut.rfind("\n")
        text = cut[:nl] if nl > MAXCH // 2 else cut
    if len(re.sub(r"\s", "", text)) < 200:   # empty or header-only
        return key, None
    return key, text + "\n"

for fn in os.listdir(out_dir):
    if fn.endswith(".txt"):
        os.remove(os.path.join(out_dir, fn))

written, skipped, i = [], 0, 0
workers = max(2, (os.cpu_count() or 2) * 2)
with concurrent.futures.ThreadPoolExecutor(workers) as pool:
    while len(written) < n and i < len(candidates):
        batch = candidates[i:i + (n - len(written)) + 20]
        i += len(batch)
        for key, text in pool.map(render, batch):   # map keeps input order
            if len(written) >= n:
                break
            if text is None:
                skipped += 1
                continue
            with open(os.path.join(out_dir, key + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            written.append(key)
os.unlink(prefix.name)

by_sec = {}
for k in written:
    s = k.rsplit(".", 1)[1][0]
    by_sec[s] = by_sec.get(s, 0) + 1
print(f"{len(written)} pages written to {out_dir} ({len(pages)} installed, "
      f"{skipped} skipped as alias/empty, {time.time() - t0:.0f}s); by section: "
      + ", ".join(f"{s}:{c}" for s, c in sorted(by_sec.items())), file=sys.stderr)
PY
