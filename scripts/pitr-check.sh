#!/usr/bin/env bash
# Point-in-time recovery, tried once with two throw-away local clusters: a
# primary archiving its WAL, a base backup of it, rows written before and
# after a noted time, and a second cluster recovered from the base backup
# and the archive to that time, which must hold the first rows only. The
# commands are the README's ("Point-in-time recovery"). Unix sockets only
# (no TCP port to collide with). As root, the clusters run as `postgres`.
#
#   scripts/pitr-check.sh          # PG_BIN_DIR=/usr/lib/postgresql/15/bin by default
set -euo pipefail

BIN=${PG_BIN_DIR:-/usr/lib/postgresql/15/bin}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/opencomplai-pitr.XXXXXX")
PRIMARY=$WORK/primary
RECOVERED=$WORK/recovered
ARCHIVE=$WORK/wal-archive
BASE=$WORK/base

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop() {
    [ -f "$1/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$1" -m immediate stop >/dev/null 2>&1 || true
}
cleanup() {
    stop "$PRIMARY"
    stop "$RECOVERED"
    rm -rf "$WORK"
}
trap cleanup EXIT
# psql against the cluster whose socket is in $1.
sql() {
    as_pg "$BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$1" -U postgres -d postgres -c "$2"
}
wait_for() { # seconds, description, command...
    local until=$((SECONDS + $1)) what=$2
    shift 2
    until "$@"; do
        if [ $SECONDS -ge $until ]; then
            echo "pitr-check: timed out waiting for $what" >&2
            exit 1
        fi
        sleep 0.1
    done
}

mkdir -p "$ARCHIVE" "$WORK/s1" "$WORK/s2"
chmod 700 "$WORK"
[ "$(id -u)" = 0 ] && chown -R postgres: "$WORK"

# 1. The primary: WAL archiving on (README step 1).
as_pg "$BIN/initdb" -D "$PRIMARY" -U postgres --auth=trust >/dev/null
cat >>"$PRIMARY/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$WORK/s1'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'
fsync = off
EOF
as_pg "$BIN/pg_ctl" -D "$PRIMARY" -l "$WORK/primary.log" -w start >/dev/null
sql "$WORK/s1" "create table t (n int primary key)"

# 2. A base backup (README step 2).
as_pg "$BIN/pg_basebackup" -h "$WORK/s1" -U postgres -D "$BASE" -X stream -c fast

# 3. Rows before the target time, the time, rows after it.
sql "$WORK/s1" "insert into t select generate_series(1, 100)"
TARGET=$(sql "$WORK/s1" "select now()")
sleep 1
sql "$WORK/s1" "insert into t select generate_series(101, 200)"
SEGMENT=$(sql "$WORK/s1" "select pg_walfile_name(pg_switch_wal())")
wait_for 20 "WAL segment $SEGMENT in the archive" test -f "$ARCHIVE/$SEGMENT"
as_pg "$BIN/pg_ctl" -D "$PRIMARY" -m fast -w stop >/dev/null

# 4. Recovery to the target time (README step 3) on a second cluster.
cp -a "$BASE" "$RECOVERED"
cat >>"$RECOVERED/postgresql.conf" <<EOF
unix_socket_directories = '$WORK/s2'
archive_mode = off
restore_command = 'cp $ARCHIVE/%f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'
EOF
as_pg touch "$RECOVERED/recovery.signal"
as_pg "$BIN/pg_ctl" -D "$RECOVERED" -l "$WORK/recovered.log" -w start >/dev/null
promoted() { [ "$(sql "$WORK/s2" "select pg_is_in_recovery()" 2>/dev/null)" = f ]; }
wait_for 20 "the recovered cluster to be promoted" promoted

FOUND=$(sql "$WORK/s2" "select count(*) || ' ' || max(n) from t")
if [ "$FOUND" != "100 100" ]; then
    echo "pitr-check: FAILED: recovered to $TARGET, expected rows 1..100, found count max = $FOUND" >&2
    cat "$WORK/recovered.log" >&2
    exit 1
fi
echo "PITR OK: recovered to $TARGET: the 100 rows written before it, none of the 100 after"
