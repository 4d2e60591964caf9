#!/usr/bin/env bash
# Migration 0019 (audit_logs partitioned by month) at scale:
# `bench/partition.sh [ROWS]` (default 10000000). On the local PostgreSQL
# (BENCH_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres) it
# creates database BENCH_DB (default opencomplai_partition, dropped first and
# at the end), applies migrations 0001-0018 with psql, loads ROWS audit rows
# spread over the last year (sealed, with a payload like the service's),
# and then, while a pgbench client inserts audit rows one at a time and
# notes the time after each:
#   1. runs src/db/audit_partition_prepare.sql step by step (what
#      `migrate::run` does before the migrations: concurrent index builds and
#      the bound check, validated without blocking writes), timed;
#   2. runs migrations/0019_audit_logs_partitioned.sql in one transaction,
#      timed (its exclusive lock on audit_logs lasts from its `lock table` to
#      its commit, so this is the lock's length too);
# and prints each phase's time and the longest any insert waited in it (the
# largest gap between two consecutive inserts' completion times). With
# BENCH_SLOW_PATH=1 (default) it also runs 0019 alone on a copy of the
# loaded database taken before step 1, as a migration without the
# preparation would run (everything under the lock).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}
admin=${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db=${BENCH_DB:-opencomplai_partition}
copy="${db}_slow"
url="${admin%/*}/$db"
slow=${BENCH_SLOW_PATH:-1}
psql_db() { psql "$url" -qX -v ON_ERROR_STOP=1 "$@"; }
now_ms() { date +%s%3N; }

command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-15)" >&2; exit 1; }
cleanup() {
  [ -n "${inserter:-}" ] && kill "$inserter" 2>/dev/null || true
  psql "$admin" -qX -c "drop database if exists $db with (force)" -c "drop database if exists $copy with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "==> fresh database $db, migrations 0001-0018"
psql "$admin" -qX -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" \
  -c "drop database if exists $copy with (force)" -c "create database $db"
for f in migrations/00{01..18}_*.sql; do psql_db -1 -f "$f" >/dev/null; done

echo "==> loading $rows audit rows"
t0=$(now_ms)
# Indexes and keys dropped for the load and built again after it (as 0001,
# 0004 and 0011 define them): a bulk load, not the subject of the bench.
psql_db <<SQL
set maintenance_work_mem = '1GB';
insert into users (email, password_hash)
select 'bench-' || g || '@example.org', 'x' from generate_series(1, 1000) g;
alter table audit_logs drop constraint audit_logs_pkey, drop constraint audit_logs_chain_seq_key;
drop index idx_audit_logs_user_id, idx_audit_logs_created_at, idx_audit_logs_resource,
           idx_audit_logs_user_created, idx_audit_logs_erasures, idx_audit_logs_unsealed;
create temp table bench_users as select row_number() over () as n, id from users;
insert into audit_logs (user_id, action, resource_type, resource_id, new_values, ip_address,
                        user_agent, request_id, created_at, chain_seq, content_digest,
                        payload_digest, chain_hash)
select u.id, (array['read', 'create', 'update', 'list'])[1 + g % 4], 'document', gen_random_uuid(),
       jsonb_build_object('title', 'Memo ' || g, 'status', 'completed'),
       ('10.0.' || (g % 250) || '.' || (g % 200))::inet, 'Mozilla/5.0 (bench) Firefox/128.0',
       gen_random_uuid(),
       (now() at time zone 'utc') - interval '1 hour' - ($rows - g) * (interval '365 days' / $rows),
       g, sha256(g::text::bytea), sha256(('p' || g)::bytea), sha256(('h' || g)::bytea)
from generate_series(1, $rows) g join bench_users u on u.n = 1 + g % 1000;
alter table audit_logs add constraint audit_logs_pkey primary key (id),
                       add constraint audit_logs_chain_seq_key unique (chain_seq);
create index idx_audit_logs_user_id on audit_logs(user_id);
create index idx_audit_logs_created_at on audit_logs(created_at desc);
create index idx_audit_logs_resource on audit_logs(resource_type, resource_id);
create index idx_audit_logs_user_created on audit_logs(user_id, created_at desc, id desc);
create index idx_audit_logs_erasures on audit_logs (chain_seq)
    where action = 'erase' and resource_type = 'subject_request';
create index idx_audit_logs_unsealed on audit_logs (created_at, id) where chain_seq is null;
vacuum analyze audit_logs;
create table bench_probe (phase text not null, at timestamptz not null default clock_timestamp());
create table bench_phase (phase text not null);
insert into bench_phase values ('idle');
SQL
echo "loaded in $(( ($(now_ms) - t0) / 1000 )) s; audit_logs is $(psql_db -Atc "select pg_size_pretty(pg_total_relation_size('audit_logs'))") with its indexes"

if [ "$slow" = 1 ]; then
  echo "==> copy for the unprepared run"
  psql "$admin" -qX -v ON_ERROR_STOP=1 -c "create database $copy template $db"
fi

# The inserter: one client, one audit row per transaction as the service
# writes it, then a note of the time (and the phase being measured).
probe=$(mktemp)
cat >"$probe" <<'SQL'
insert into audit_logs (user_id, action, resource_type, request_id, created_at)
values (null, 'read', 'document', gen_random_uuid(), clock_timestamp() at time zone 'utc');
insert into bench_probe (phase) select phase from bench_phase;
SQL
start_inserter() { # database url
  pgbench -n -c 1 -T 100000 -f "$probe" "$1" >/dev/null 2>&1 &
  inserter=$!
  sleep 2
}
stop_inserter() { kill "$inserter" 2>/dev/null || true; wait "$inserter" 2>/dev/null || true; inserter=; }
phase() { psql "$1" -qX -c "update bench_phase set phase = '$2'"; }
# The longest gap between consecutive inserts that ended in a phase.
worst_wait() { # url phase
  psql "$1" -AtX -c "select coalesce(round(max(extract(epoch from at - prev)) * 1000), 0)::int || ' ms (' || count(*) || ' inserts)'
    from (select phase, at, lag(at) over (order by at) as prev from bench_probe) p where phase = '$2'"
}

run_prepare() { # url
  local steps
  steps=$(mktemp -d)
  awk -v dir="$steps" '/^-- step$/ {n++; next} n {print > (dir "/" n ".sql")}' src/db/audit_partition_prepare.sql
  for f in $(ls "$steps" | sort -n); do psql "$1" -qX -v ON_ERROR_STOP=1 -f "$steps/$f" 2>&1 | grep -v NOTICE || true; done
  rm -rf "$steps"
}

echo "==> prepared conversion (what opencomplai migrate does), an insert running all along"
start_inserter "$url"
phase "$url" prepare
t0=$(now_ms); run_prepare "$url"; prepare_ms=$(( $(now_ms) - t0 ))
phase "$url" migrate
t0=$(now_ms); psql_db -1 -f migrations/0019_audit_logs_partitioned.sql 2>&1 | grep -v NOTICE || true
migrate_ms=$(( $(now_ms) - t0 ))
phase "$url" after
sleep 2
stop_inserter
echo "preparation (concurrent, writes go on): ${prepare_ms} ms; longest insert wait $(worst_wait "$url" prepare)"
echo "migration 0019 (exclusive lock throughout): ${migrate_ms} ms; longest insert wait $(worst_wait "$url" migrate)"
psql_db -c "select partition, lower_bound, upper_bound,
                   (select count(*) from audit_logs_partition_bounds()) as partitions
            from audit_logs_partition_bounds() order by upper_bound limit 2"
psql_db -Atc "select 'rows after: ' || count(*) || ', relkind ' || (select relkind::text from pg_class where oid = 'audit_logs'::regclass) from audit_logs"

if [ "$slow" = 1 ]; then
  curl_url="${admin%/*}/$copy"
  echo "==> unprepared conversion (0019 alone), an insert running all along"
  start_inserter "$curl_url"
  phase "$curl_url" migrate
  t0=$(now_ms); psql "$curl_url" -qX -v ON_ERROR_STOP=1 -1 -f migrations/0019_audit_logs_partitioned.sql 2>&1 | grep -v NOTICE || true
  slow_ms=$(( $(now_ms) - t0 ))
  phase "$curl_url" after
  sleep 2
  stop_inserter
  echo "migration 0019 unprepared: ${slow_ms} ms; longest insert wait $(worst_wait "$curl_url" migrate)"
fi
echo "($(nproc) cores, $rows rows, PostgreSQL $(psql "$admin" -AtXc 'show server_version'))"
