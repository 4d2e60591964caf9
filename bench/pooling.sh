#!/usr/bin/env bash
# What transaction pooling costs per statement: `bench/pooling.sh [SECONDS]`.
# On a scratch database of the local PostgreSQL (BENCH_ADMIN_URL, default
# postgres://postgres@127.0.0.1:5432/postgres; database BENCH_DB, default
# opencomplai_pooling, dropped first and at the end) with 100,000 documents-
# like rows, pgbench runs the service's typical read (one row by id and
# account) with 8 clients, side by side in one run:
#   direct, prepared   named statements parsed once per connection: what the
#                      service does on a direct connection (sqlx's cache)
#   direct, extended   an unnamed statement parsed, bound and run in one
#                      round trip each time: what the service does with
#                      database_transaction_pooling (vendor/README.md)
#   pgbouncer          the same through a PgBouncer 1.18 in transaction mode
#                      (20 server connections) started here on a free port
# and prints transactions per second and each one's ratio to the first.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
admin=${BENCH_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db=${BENCH_DB:-opencomplai_pooling}
url="${admin%/*}/$db"
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-15)" >&2; exit 1; }
bouncer_bin=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
[ -x "$bouncer_bin" ] || { echo "pgbouncer is missing (Debian: pgbouncer)" >&2; exit 1; }

host=$(python3 -c 'import sys, urllib.parse as u; print(u.urlparse(sys.argv[1]).hostname or "127.0.0.1")' "$admin")
pgport=$(python3 -c 'import sys, urllib.parse as u; print(u.urlparse(sys.argv[1]).port or 5432)' "$admin")
user=$(python3 -c 'import sys, urllib.parse as u; print(u.urlparse(sys.argv[1]).username or "postgres")' "$admin")
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  [ -f "$work/pgbouncer.pid" ] && kill "$(cat "$work/pgbouncer.pid")" 2>/dev/null || true
  psql "$admin" -qX -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> scratch database $db with 100,000 rows"
psql "$admin" -qX -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db"
psql "$url" -qX -v ON_ERROR_STOP=1 <<'SQL'
create table documents (
    id uuid primary key, user_id uuid not null, title text not null,
    processing_status varchar(20) not null default 'completed',
    created_at timestamp not null default now());
insert into documents (id, user_id, title)
select md5('d' || i)::uuid, md5('u' || (i % 1000))::uuid, 'Document ' || i
from generate_series(1, 100000) i;
create index on documents (user_id, created_at desc);
analyze documents;
SQL
cat > "$work/read.sql" <<'SQL'
\set i random(1, 100000)
select id, title, processing_status, created_at from documents
where id = md5('d' || :i)::uuid and user_id = md5('u' || (:i % 1000))::uuid;
SQL

cat > "$work/pgbouncer.ini" <<INI
[databases]
* = host=$host port=$pgport
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $work/userlist.txt
pool_mode = transaction
default_pool_size = 20
max_client_conn = 200
ignore_startup_parameters = extra_float_digits
logfile = $work/pgbouncer.log
pidfile = $work/pgbouncer.pid
INI
echo "\"$user\" \"\"" > "$work/userlist.txt"
as_user=()
if [ "$(id -u)" = 0 ]; then chown -R postgres "$work"; as_user=(-u postgres); fi
"$bouncer_bin" -d "${as_user[@]}" "$work/pgbouncer.ini"
for _ in $(seq 50); do
  psql "postgres://$user@127.0.0.1:$port/$db" -qXtc 'select 1' >/dev/null 2>&1 && break
  sleep 0.1
done

run() { # mode, url
  local tps
  tps=$(pgbench -n -M "$1" -c 8 -j 2 -T "$seconds" -f "$work/read.sql" "$2" 2>/dev/null \
    | awk '/^tps = / { print int($3) }')
  echo "$tps"
}
echo "==> 8 clients, $seconds s each, $(nproc) cores"
a=$(run prepared "$url")
b=$(run extended "$url")
c=$(run extended "postgres://$user@127.0.0.1:$port/$db")
printf '%-42s %8s %7s\n' "mode" "tps" "ratio"
printf '%-42s %8d %7.2f\n' "direct, named and prepared once (default)" "$a" 1
printf '%-42s %8d %7.2f\n' "direct, unnamed in one round trip" "$b" "$(awk -v x="$b" -v y="$a" 'BEGIN { print x / y }')"
printf '%-42s %8d %7.2f\n' "pgbouncer transaction mode, unnamed" "$c" "$(awk -v x="$c" -v y="$a" 'BEGIN { print x / y }')"
