#!/usr/bin/env bash
# Would partitioning `documents` by hash of user_id pay? A measurement only
# (documents stays as it is): `bench/documents_hash.sh [ROWS...]` (default
# 1000000 2000000) [SECONDS per query, env BENCH_SECONDS, default 10]. On
# the local PostgreSQL (BENCH_ADMIN_URL, default
# postgres://postgres@127.0.0.1:5432/postgres) it creates database BENCH_DB
# (default opencomplai_dochash; dropped first and at the end) and, for each
# size, two documents-like tables of synthetic rows over 1,000 accounts
# (the seed's columns that the queries touch, a ~400-byte body, the seed's
# indexes that serve them: (user_id, created_at desc) as 0005 adds it, the
# primary key): `docs_plain`, and `docs_hash` partitioned by hash of
# user_id into 16 (its key (id, user_id), as a partitioned table needs).
# Then pgbench (-M prepared, 4 clients) runs, on each table in turn, the
# service's typical reads with a random account:
#   list:   an account's documents newest first, limit 50
#   status: an account's documents counted by status
#   fetch:  one document by id and account
# and it prints transactions per second and mean latency for each.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 2000000)
seconds=${BENCH_SECONDS:-10}
admin=${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db=${BENCH_DB:-opencomplai_dochash}
url="${admin%/*}/$db"
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-15)" >&2; exit 1; }
trap 'psql "$admin" -qX -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true' EXIT
psql "$admin" -qX -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db"

scripts=$(mktemp -d)
# Accounts and documents have ids derived from their numbers (md5 as a
# uuid), so pgbench can name them: account n = 1 + g % 1000 owns document g.
cat >"$scripts/list.sql" <<'SQL'
\set n random(1, 1000)
select id, title, processing_status, created_at from TABLE
where user_id = md5(:n::text)::uuid order by created_at desc limit 50;
SQL
cat >"$scripts/status.sql" <<'SQL'
\set n random(1, 1000)
select processing_status, count(*) from TABLE where user_id = md5(:n::text)::uuid group by 1;
SQL
cat >"$scripts/fetch.sql" <<'SQL'
\set g random(1, :rows)
select id, title, content from TABLE
where id = md5('d' || :g)::uuid and user_id = md5((1 + :g % 1000)::text)::uuid;
SQL

for rows in "${sizes[@]}"; do
  echo "==> $rows documents over 1,000 accounts"
  t0=$(date +%s)
  psql "$url" -qX -v ON_ERROR_STOP=1 <<SQL
set maintenance_work_mem = '512MB';
drop table if exists docs_plain, docs_hash;
create table docs_plain (
    id uuid not null primary key,
    user_id uuid not null,
    title text not null,
    content text,
    processing_status varchar(50) default 'pending',
    created_at timestamp default current_timestamp
);
create table docs_hash (
    id uuid not null,
    user_id uuid not null,
    title text not null,
    content text,
    processing_status varchar(50) default 'pending',
    created_at timestamp default current_timestamp,
    primary key (id, user_id)
) partition by hash (user_id);
select format('create table docs_hash_%s partition of docs_hash for values with (modulus 16, remainder %s)', r, r)
from generate_series(0, 15) r \gexec
insert into docs_plain
select md5('d' || g)::uuid, md5((1 + g % 1000)::text)::uuid, 'Memo ' || g,
       repeat(md5(g::text), 12),
       (array['completed', 'completed', 'completed', 'failed', 'pending', 'processing'])[1 + g % 6],
       timestamp '2026-01-01' + g * interval '17 seconds'
from generate_series(1, $rows) g;
insert into docs_hash select * from docs_plain;
create index docs_plain_user_created on docs_plain (user_id, created_at desc);
create index docs_hash_user_created on docs_hash (user_id, created_at desc);
vacuum analyze docs_plain;
vacuum analyze docs_hash;
SQL
  echo "loaded in $(( $(date +%s) - t0 )) s; plain $(psql "$url" -AtXc "select pg_size_pretty(pg_total_relation_size('docs_plain'))"), hash $(psql "$url" -AtXc "select pg_size_pretty(sum(pg_total_relation_size(relid))) from pg_partition_tree('docs_hash')")"
  printf '%-8s %-10s %12s %12s\n' query table tps "mean ms"
  for q in list status fetch; do
    for t in docs_plain docs_hash; do
      # A table name cannot be a prepared statement's parameter.
      sed "s/TABLE/$t/" "$scripts/$q.sql" >"$scripts/run.sql"
      out=$(pgbench -n -M prepared -c 4 -j 2 -T "$seconds" -D rows="$rows" -f "$scripts/run.sql" "$url" 2>&1)
      tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out" | head -1)
      lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")
      printf '%-8s %-10s %12s %12s\n' "$q" "$t" "$tps" "$lat"
    done
  done
  psql "$url" -qX -c "explain (analyze, buffers, costs off, timing off, summary off)
    select id, title, processing_status, created_at from docs_hash
    where user_id = md5('7')::uuid order by created_at desc limit 50" | sed -n '1,12p'
done
rm -rf "$scripts"
echo "($(nproc) cores, PostgreSQL $(psql "$admin" -AtXc 'show server_version'), shared_buffers $(psql "$admin" -AtXc 'show shared_buffers'))"
