-- The slow half of migration 0019 (audit_logs partitioned by month), done
-- before it while the service keeps writing: the two unique indexes the
-- partitioned table's keys need, built concurrently, and the check that
-- proves the legacy partition's bound, validated without blocking writes.
-- None of this can run in a migration's transaction (sqlx runs even a
-- "-- no-transaction" file as one multi-statement query, which PostgreSQL
-- treats as one transaction block, so CREATE INDEX CONCURRENTLY fails
-- there). `migrate::run` runs these steps, one by one, only while
-- audit_logs is still a plain table; bench/partition.sh runs them too.
-- Each step is safe to repeat; 0019 does whatever is missing itself.
-- Steps are separated by lines reading exactly "-- step".

-- step
-- A concurrent build that failed leaves an invalid index: start again.
do $$
begin
    set local lock_timeout = '5s';
    if exists (select 1 from pg_index where indexrelid = to_regclass('audit_logs_legacy_id_created_at')
               and not indisvalid) then
        drop index audit_logs_legacy_id_created_at;
    end if;
    if exists (select 1 from pg_index where indexrelid = to_regclass('audit_logs_legacy_chain_seq_created_at')
               and not indisvalid) then
        drop index audit_logs_legacy_chain_seq_created_at;
    end if;
end;
$$
-- step
create unique index concurrently if not exists audit_logs_legacy_id_created_at
    on audit_logs (id, created_at)
-- step
create unique index concurrently if not exists audit_logs_legacy_chain_seq_created_at
    on audit_logs (chain_seq, created_at)
-- step
-- The bound: the start of next month, or of the month after when next
-- month is less than a day away (rows written between this and the
-- migration must still pass it), or later when rows claim a later time
-- (at most a month ahead: further is left to 0019, which refuses it).
-- Added NOT VALID (a moment's exclusive lock, given up after 5 s) and
-- validated in the next step, which lets writes go on. Skipped while
-- rows without a time exist: the migration deals with those.
do $$
declare
    bound timestamp;
    now_utc timestamp := now() at time zone 'utc';
begin
    set local lock_timeout = '5s';
    if exists (select 1 from pg_constraint where conrelid = 'audit_logs'::regclass
               and conname = 'audit_logs_partition_bound')
       or exists (select 1 from audit_logs where created_at is null) then
        return;
    end if;
    -- Rows dated far ahead: 0019 refuses them, naming how many.
    if exists (select 1 from audit_logs
               where created_at > now_utc + interval '1 month') then
        return;
    end if;
    bound := date_trunc('month', now_utc + interval '1 day') + interval '1 month';
    bound := greatest(bound, (select date_trunc('month', max(created_at)) + interval '1 month'
                              from audit_logs));
    execute format('alter table audit_logs add constraint audit_logs_partition_bound
                    check (created_at is not null and created_at < %L::timestamp) not valid', bound);
exception when lock_not_available then
    raise notice 'audit_logs is busy: migration 0019 will check the bound itself';
end;
$$
-- step
do $$
begin
    if exists (select 1 from pg_constraint where conrelid = 'audit_logs'::regclass
               and conname = 'audit_logs_partition_bound' and not convalidated) then
        alter table audit_logs validate constraint audit_logs_partition_bound;
    end if;
end;
$$
