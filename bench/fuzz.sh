#!/usr/bin/env bash
# Runs the cargo fuzz targets (fuzz/fuzz_targets: one per extractor entry
# point, plus type detection), each for SECONDS, seeded from the test
# corpus, and prints what each did. Needs a nightly toolchain and
# cargo-fuzz (`cargo install cargo-fuzz`).
# Usage: bench/fuzz.sh [SECONDS per target, default 60] [target...]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo +nightly fuzz list)
# Seeds: the committed corpus files of each type (good and broken).
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  case $t in
    jpeg) ext=jpg ;;
    detect) ext='*' ;;
    *) ext=$t ;;
  esac
  for f in ../tests/corpus/good/*."$ext" ../tests/corpus/broken/*."$ext"; do
    [ -s "$f" ] && cp "$f" "corpus/$t/" || true
  done
done

failed=()
for t in "${targets[@]}"; do
  log=$(mktemp)
  if cargo +nightly fuzz run -O "$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 \
       -timeout=20 -print_final_stats=1 >"$log" 2>&1; then
    status=ok
  else
    status=FAILED; failed+=("$t")
  fi
  runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
  printf '%-8s %-7s %10s runs  %s\n' "$t" "$status" "${runs:-?}" "${cov:-}"
  [ "$status" = ok ] || tail -30 "$log"
  rm -f "$log"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "crashes in: ${failed[*]} (inputs in fuzz/artifacts/)"; exit 1
fi
