#!/usr/bin/env bash
# Runs the cargo fuzz targets (fuzz/fuzz_targets: one per extractor entry
# point, plus type detection, the analyzer and the search-query parser),
# each for SECONDS, seeded from the test corpus (the text targets from
# fuzz/seeds/), and prints what each did: executions, executions per
# second, seconds, and ok or what went wrong (crash, timeout, oom). Each
# run's whole log stays in fuzz/logs/TARGET.log, its failing input in
# fuzz/artifacts/TARGET/. Needs a nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`); run it under `nice -n 19` beside other work.
# Usage: bench/fuzz.sh [SECONDS per target, default 60] [target...]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo +nightly fuzz list)
# Seeds: the committed corpus files of each type (good and broken); the
# analyzer and the query parser take text, from fuzz/seeds/.
mkdir -p logs
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  case $t in
    jpeg) ext=jpg ;;
    detect) ext='*' ;;
    analyze|search_query) cp seeds/"$t"/* "corpus/$t/"; continue ;;
    *) ext=$t ;;
  esac
  for f in ../tests/corpus/good/*."$ext" ../tests/corpus/broken/*."$ext"; do
    [ -s "$f" ] && cp "$f" "corpus/$t/" || true
  done
done

failed=()
printf '%-12s %-8s %10s %8s %6s  %s\n' target status runs exec/s secs coverage
for t in "${targets[@]}"; do
  log=logs/$t.log
  started=$(date +%s)
  if cargo +nightly fuzz run -O "$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 \
       -timeout=20 -print_final_stats=1 >"$log" 2>&1; then
    status=ok
  else
    if grep -q 'ERROR: libFuzzer: timeout' "$log"; then status=timeout
    elif grep -q 'ERROR: libFuzzer: out-of-memory' "$log"; then status=oom
    else status=crash; fi
    failed+=("$t")
  fi
  # libFuzzer's own count when it ran to the end, else the wall clock.
  secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5}' || true)
  secs=${secs:-$(( $(date +%s) - started ))}
  runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
  rate=$(grep -m1 'stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  printf '%-12s %-8s %10s %8s %6s  %s\n' "$t" "$status" "${runs:-?}" "${rate:-?}" "$secs" "${cov:-}"
  [ "$status" = ok ] || grep -m3 -A12 '^==[0-9]*==\|panicked at' "$log" || tail -30 "$log"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "crashes in: ${failed[*]} (inputs in fuzz/artifacts/)"; exit 1
fi
