#!/usr/bin/env bash
# What one document costs the database, for docs/scaling.md: `bench/wal.sh [N]`
# (default 500). Starts `opencomplai serve` on a private embedded cluster of
# its own (so no one else's writes are counted in the WAL), registers an
# account, uploads N text documents of real prose (paragraphs of this
# repository's README and docs, shuffled, 2-6 KB each) 8 at a time and waits
# until all are processed; then reads each once (GET /v1/documents/{id}, an
# audited read) and runs 100 searches. Prints, per document, per read and per
# search: WAL written (pg_current_wal_lsn before and after), database growth
# (pg_database_size), audit rows; and the size of each table with its indexes
# and TOAST per document. Counts bytes, not time: any build will do
# (OPENCOMPLAI_BIN, default target/release/opencomplai, built if missing).
# A checkpoint is taken before each phase, so the WAL includes the full-page
# images of the first change of each page after it, as it does in service.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
bin=${OPENCOMPLAI_BIN:-target/release/opencomplai}
port=${BENCH_PORT:-18087}
[ -x "$bin" ] || cargo build --release --locked -p opencomplai
work=$(mktemp -d /tmp/opencomplai-wal.XXXXXX)
chmod 755 "$work"
base="http://127.0.0.1:$port"
OPENCOMPLAI_DATA_DIR="$work/data" OPENCOMPLAI_LISTEN="127.0.0.1:$port" OPENCOMPLAI_WORKERS=2 \
  OPENCOMPLAI_RATE_LIMIT_FREE_PER_MINUTE=1000000 OPENCOMPLAI_QUOTA_FREE_DOCUMENTS_PER_DAY=0 \
  OPENCOMPLAI_LOG_LEVEL=warn "$bin" serve >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 600); do
  curl -fs "$base/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "$base/ready" >/dev/null || { cat "$work/serve.log"; exit 1; }
sql() {
  PGPASSWORD=$(cat "$work/data/database-superuser-password") \
    psql "postgres://postgres@localhost/opencomplai?host=$work/data/postgres" -AtXq -c "$1"
}
email="wal-$$@example.org"
password="a long benchmark passphrase"
curl -fs "$base/v1/auth/register" -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\"}" >/dev/null
token=$(curl -fs "$base/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\"}" | jq -r .access_token)

mkdir "$work/docs"
python3 - "$work/docs" "$n" <<'EOF'
import glob, random, sys
out, n = sys.argv[1], int(sys.argv[2])
text = "\n".join(open(p).read() for p in ["README.md"] + sorted(glob.glob("docs/*.md")))
paras = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 200]
rng = random.Random(17)
for i in range(n):
    body, target = [], rng.randint(2000, 6000)
    while sum(map(len, body)) < target:
        body.append(rng.choice(paras))
    open(f"{out}/doc-{i:05}.txt", "w").write(f"Document {i}\n\n" + "\n\n".join(body) + "\n")
EOF
input_bytes=$(cat "$work"/docs/* | wc -c)

tables="documents processing_results audit_logs document_files document_file_chunks jobs search_words"
sizes() {
  for t in $tables; do
    printf '%s ' "$(sql "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c
      where c.oid = '$t'::regclass or c.oid in (select inhrelid from pg_inherits where inhparent = '$t'::regclass)")"
  done
}
mark() { sql "checkpoint" >/dev/null; sql "select pg_current_wal_lsn()"; }
lsn_diff() { sql "select pg_wal_lsn_diff('$2', '$1')::bigint"; }
# What the WAL between two positions is made of (by resource manager, with
# the full-page images apart), read before the next checkpoint recycles it.
waldump() {
  local dump
  dump=$(ls /usr/lib/postgresql/*/bin/pg_waldump 2>/dev/null | sort -V | tail -n1)
  [ -n "$dump" ] || return 0
  echo "  WAL by kind (pg_waldump --stats):"
  "$dump" --stats -p "$work/data/postgres/pg_wal" -s "$1" -e "$2" 2>/dev/null |
    awk '{ gsub(/\([^)]*\)/, ""); gsub(/\[[^]]*\]/, "") } NR > 2 && $2 > 0 {
      printf "    %-12s %9d records %12d bytes %12d of them full-page images\n", $1, $2, $5, $4 }'
}
audit_rows() { sql "select count(*) from audit_logs"; }

echo "==> $n documents, $input_bytes bytes of text in all ($((input_bytes / n)) bytes each on average)"
read -r -a before <<<"$(sizes)"
db0=$(sql "select pg_database_size(current_database())")
a0=$(audit_rows)
l0=$(mark)
started=$(date +%s.%N)
ls "$work"/docs/* | xargs -P 8 -I{} curl -fs -o /dev/null -H "authorization: Bearer $token" \
  -F "file=@{}" "$base/v1/documents"
for _ in $(seq 3000); do
  done_count=$(sql "select count(*) from documents where processing_status in ('completed', 'failed')")
  [ "$done_count" -ge "$n" ] && break
  sleep 0.2
done
failed=$(sql "select count(*) from documents where processing_status = 'failed'")
took=$(echo "$(date +%s.%N) - $started" | bc)
l1=$(sql "select pg_current_wal_lsn()")
db1=$(sql "select pg_database_size(current_database())")
a1=$(audit_rows)
read -r -a after <<<"$(sizes)"
wal=$(lsn_diff "$l0" "$l1")
echo "ingest: $n documents processed ($failed failed) in ${took%.*} s"
echo "  WAL per document:            $((wal / n)) bytes ($wal in all)"
waldump "$l0" "$l1"
echo "  database growth per document: $(((db1 - db0) / n)) bytes"
echo "  audit rows per document:      $(echo "scale=2; ($a1 - $a0) / $n" | bc)"
i=0
for t in $tables; do
  echo "  $t: $(((after[i] - before[i]) / n)) bytes per document (with indexes and TOAST)"
  i=$((i + 1))
done

ids=$(sql "select id from documents order by created_at")
l2=$(mark)
a2=$(audit_rows)
echo "$ids" | xargs -P 8 -I{} curl -fs -o /dev/null -H "authorization: Bearer $token" "$base/v1/documents/{}"
l3=$(sql "select pg_current_wal_lsn()")
a3=$(audit_rows)
echo "reads: $n audited GET /v1/documents/{id}"
echo "  WAL per read:       $(($(lsn_diff "$l2" "$l3") / n)) bytes"
waldump "$l2" "$l3"
echo "  audit rows per read: $(echo "scale=2; ($a3 - $a2) / $n" | bc)"

words="partition audit search document retention account worker signature chain queue"
l4=$(mark)
a4=$(audit_rows)
for _ in $(seq 10); do
  for w in $words; do
    curl -fs -o /dev/null -H "authorization: Bearer $token" "$base/v1/search?q=$w"
  done
done
l5=$(sql "select pg_current_wal_lsn()")
a5=$(audit_rows)
echo "searches: 100 GET /v1/search"
echo "  WAL per search:       $(($(lsn_diff "$l4" "$l5") / 100)) bytes"
waldump "$l4" "$l5"
echo "  audit rows per search: $(echo "scale=2; ($a5 - $a4) / 100" | bc)"
