-- audit_logs becomes range-partitioned by month on created_at (issue 17),
-- converted in place: the existing table, whatever its size, becomes one
-- "legacy" partition covering everything before the start of next month
-- (attached without a validation scan and without rebuilding its indexes),
-- and new monthly partitions follow it. Old months can then be archived
-- and dropped whole (`opencomplai audit archive-partitions`) instead of
-- deleting rows, which the append-only triggers refuse anyway.
--
-- What departs from the seed, and why:
-- * The primary key is (id, created_at), not (id), and chain_seq's unique
--   constraint is (chain_seq, created_at): PostgreSQL requires every unique
--   constraint of a partitioned table to include the partition key. Nothing
--   in src/ uses `on conflict` on audit_logs; ids come from
--   gen_random_uuid(); and the chain's places stay unique because one sealer
--   at a time assigns them (src/audit/chain/seal.rs, under an advisory
--   lock, each place one more than the last), while verification names any
--   place held twice ("inserted"). The sealer matches rows on (id,
--   created_at), the key.
-- * created_at is NOT NULL: a range partition key cannot be NULL. The
--   service always writes it; a row without one (inserted behind the
--   service's back, never sealed) gets 1970-01-01 00:00:00 ('epoch'),
--   which verification reads as "no time" and still names. (Not
--   '-infinity': clients decoding timestamps, chrono among them, cannot
--   hold it, and PostgreSQL cannot subtract it.)
--
-- The constraint and index names of 0001, 0004 and 0011 are kept on the
-- parent (action_not_empty, audit_logs_pkey, audit_logs_chain_seq_key,
-- audit_logs_user_id_fkey, idx_audit_logs_*); the legacy partition's own
-- copies are renamed after it.
--
-- Fast path: `migrate::run` (src/db/migrate.rs) first builds the two new
-- unique indexes with CREATE INDEX CONCURRENTLY and adds and validates the
-- bound check while the service keeps writing (none of that can run in a
-- migration's transaction); this file uses them when present and builds
-- them itself otherwise (correct, but then writers wait for the builds).

-- Every function here sets search_path = pg_catalog, public, pg_temp, and
-- names the catalogs and its own functions with their schema: without
-- pg_temp listed, PostgreSQL searches it FIRST for tables, so a role with
-- TEMPORARY (the application role) could shadow pg_class, pg_inherits or
-- pg_trigger with temporary tables of its own and steer the SECURITY
-- DEFINER function below (skip the truncate trigger, keep its grants).

-- Bounds of the partitions, read from the catalog: lower is null for
-- MINVALUE. Used here, by the partition maintenance below, and by the
-- archive command.
create function audit_logs_partition_bounds()
returns table (partition regclass, lower_bound timestamp, upper_bound timestamp)
language sql stable set search_path = pg_catalog, public, pg_temp as $$
    select c.oid::regclass,
           nullif(substring(pg_get_expr(c.relpartbound, c.oid) from 'FROM \(''([^'']*)''\)'), '')::timestamp,
           nullif(substring(pg_get_expr(c.relpartbound, c.oid) from 'TO \(''([^'']*)''\)'), '')::timestamp
    from pg_catalog.pg_inherits i join pg_catalog.pg_class c on c.oid = i.inhrelid
    where i.inhparent = 'public.audit_logs'::pg_catalog.regclass
$$;

-- What every partition needs beyond what PostgreSQL clones from the parent:
-- the statement-level truncate trigger (row triggers are cloned, truncate
-- triggers are not), and no privileges of its own for anyone but the
-- owner. Statements through the parent are checked against the parent's
-- privileges only, so the application role needs none on a partition, and
-- keeping it so means it cannot address a partition directly at all.
create function audit_logs_protect_partition(part regclass) returns void
language plpgsql set search_path = pg_catalog, public, pg_temp as $$
declare
    g oid;
begin
    if not exists (select 1 from pg_catalog.pg_trigger
                   where tgrelid = part and tgname = 'audit_logs_no_truncate') then
        execute format('create trigger audit_logs_no_truncate before truncate on %s
                        for each statement execute function public.audit_logs_append_only()', part);
    end if;
    for g in select distinct a.grantee from pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
             where c.oid = part and a.grantee <> c.relowner loop
        execute format('revoke all on %s from %s', part,
                       case when g = 0 then 'public' else quote_ident(pg_get_userbyid(g)) end);
    end loop;
end;
$$;
revoke all on function audit_logs_protect_partition(regclass) from public;

-- Makes the partition for the month starting at month_start, named
-- audit_logs_yYYYYmMM, as a table of its own then attached: ATTACH takes
-- only a SHARE UPDATE EXCLUSIVE lock on audit_logs, so inserts and reads
-- carry on, where CREATE TABLE ... PARTITION OF would take an exclusive
-- one. The owner's alone (the next function lets the service use it).
create function audit_logs_create_partition(month_start timestamp) returns regclass
language plpgsql set search_path = pg_catalog, public, pg_temp as $$
declare
    part text := format('audit_logs_y%sm%s', to_char(month_start, 'YYYY'), to_char(month_start, 'MM'));
    month_end timestamp := month_start + interval '1 month';
begin
    if month_start <> date_trunc('month', month_start) then
        raise exception 'a partition starts at the start of a month, not at %', month_start;
    end if;
    execute format('create table public.%I (like public.audit_logs including defaults including constraints)', part);
    -- Empty, but the check lets ATTACH skip even the look.
    execute format('alter table public.%I add constraint %I check (created_at >= %L and created_at < %L)',
                   part, part || '_bound', month_start, month_end);
    execute format('alter table public.audit_logs attach partition public.%I for values from (%L) to (%L)',
                   part, month_start, month_end);
    execute format('alter table public.%I drop constraint %I', part, part || '_bound');
    perform public.audit_logs_protect_partition(format('public.%I', part)::regclass);
    return format('public.%I', part)::regclass;
end;
$$;
revoke all on function audit_logs_create_partition(timestamp) from public;

-- Makes sure the months from the current one (UTC) to `months_ahead`
-- later each have a partition; returns how many it made. Run by the owner
-- here, and by the service (as the application role) at start-up and on
-- each maintenance pass: SECURITY DEFINER, so that role can add the coming
-- months' partitions without being able to create tables, and no more
-- than two years ahead.
--
-- No DEFAULT partition: partitions are made months ahead, so a row with
-- no partition means a clock months off or a row forged with a far date,
-- and its insert failing loudly is better than it landing in a default
-- partition, which every later attach would have to scan (under an
-- exclusive lock on it) and whose rows would then stop that month's
-- partition from ever being created.
create function audit_logs_ensure_partitions(months_ahead integer) returns integer
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
-- ATTACH waits for SHARE UPDATE EXCLUSIVE on audit_logs and, for the
-- foreign key, SHARE ROW EXCLUSIVE on users: writers to users queue behind
-- a waiting attach, so it gives up soon (the next maintenance pass retries).
set lock_timeout = '2s'
as $$
declare
    month_start timestamp;
    made integer := 0;
begin
    if months_ahead is null or months_ahead < 0 or months_ahead > 24 then
        raise exception 'months_ahead must be between 0 and 24';
    end if;
    -- One caller at a time (two instances starting together).
    perform pg_advisory_xact_lock(7308604897068083762);
    for i in 0 .. months_ahead loop
        month_start := date_trunc('month', now() at time zone 'utc') + make_interval(months => i);
        -- Already covered (by its own partition, or by the legacy one).
        continue when exists (
            select 1 from public.audit_logs_partition_bounds() b
            where (b.lower_bound is null or b.lower_bound < month_start + interval '1 month')
              and b.upper_bound > month_start);
        perform public.audit_logs_create_partition(month_start);
        made := made + 1;
    end loop;
    return made;
end;
$$;
revoke all on function audit_logs_ensure_partitions(integer) from public;

do $$
declare
    bound timestamp;
    newest timestamp;
    legacy text;
    def text;
    far bigint;
    g record;
begin
    lock table audit_logs in access exclusive mode;

    -- A row dated far ahead (forged, or a clock years off) would stretch
    -- the legacy partition to its month, and no month before it would ever
    -- get a partition of its own. Refused unless the operator says so
    -- (docs/partitioning.md): an index range scan on created_at.
    select count(*) into far from audit_logs
    where created_at > (now() at time zone 'utc') + interval '1 month';
    if far > 0 and coalesce(current_setting('opencomplai.audit_future_rows', true), '') <> 'accept' then
        raise exception 'audit_logs has % row(s) dated more than a month from now: converting would stretch the legacy partition to the latest of them', far
            using hint = 'look at them (select id, created_at from audit_logs where created_at > now() + interval ''1 month''); '
                         'to convert anyway, run the migration with opencomplai.audit_future_rows = accept '
                         '(alter database ... set opencomplai.audit_future_rows = accept)';
    end if;

    -- A range partition key cannot be NULL.
    if exists (select 1 from audit_logs where created_at is null) then
        alter table audit_logs disable trigger audit_logs_seal_or_erase_only;
        update audit_logs set created_at = 'epoch' where created_at is null;
        alter table audit_logs enable trigger audit_logs_seal_or_erase_only;
    end if;

    -- The legacy partition ends at the start of next month, or later when
    -- rows claim a later time (forged), or when the check built ahead of
    -- this migration says so (validated: no scan needed here).
    select pg_get_constraintdef(oid) into def from pg_constraint
    where conrelid = 'audit_logs'::regclass and conname = 'audit_logs_partition_bound'
      and convalidated;
    bound := substring(def from '''([^'']*)''::timestamp')::timestamp;
    if bound is null or bound <= now() at time zone 'utc' then
        select max(created_at) into newest from audit_logs;
        bound := greatest(date_trunc('month', now() at time zone 'utc'),
                          date_trunc('month', coalesce(newest, '-infinity')))
                 + interval '1 month';
        alter table audit_logs drop constraint if exists audit_logs_partition_bound;
        -- Validated now, with a full scan, under the lock.
        execute format('alter table audit_logs add constraint audit_logs_partition_bound
                        check (created_at is not null and created_at < %L::timestamp)', bound);
    end if;
    legacy := 'audit_logs_before_' || to_char(bound, 'YYYY_MM');

    -- Proven by the check: no scan.
    alter table audit_logs alter column created_at set not null;

    -- The unique indexes the parent's constraints need, unless built
    -- concurrently beforehand (an invalid one is a build that failed).
    if exists (select 1 from pg_index where indexrelid = to_regclass('audit_logs_legacy_id_created_at')
               and not indisvalid) then
        drop index audit_logs_legacy_id_created_at;
    end if;
    if exists (select 1 from pg_index where indexrelid = to_regclass('audit_logs_legacy_chain_seq_created_at')
               and not indisvalid) then
        drop index audit_logs_legacy_chain_seq_created_at;
    end if;
    create unique index if not exists audit_logs_legacy_id_created_at on audit_logs (id, created_at);
    create unique index if not exists audit_logs_legacy_chain_seq_created_at
        on audit_logs (chain_seq, created_at);

    -- Free the seed's names for the parent: the old table's constraints
    -- and indexes take the legacy partition's name. Its primary key on
    -- (id) and unique chain_seq stay, as constraints of that partition.
    execute format('alter table audit_logs rename constraint audit_logs_pkey to %I', legacy || '_id_key');
    execute format('alter table audit_logs rename constraint audit_logs_chain_seq_key to %I', legacy || '_chain_seq_only_key');
    execute format('alter table audit_logs add constraint %I unique using index audit_logs_legacy_id_created_at', legacy || '_pkey');
    execute format('alter table audit_logs add constraint %I unique using index audit_logs_legacy_chain_seq_created_at', legacy || '_chain_seq_key');
    execute format('alter table audit_logs rename constraint audit_logs_user_id_fkey to %I', legacy || '_user_id_fkey');
    execute format('alter index idx_audit_logs_user_id rename to %I', legacy || '_user_id');
    execute format('alter index idx_audit_logs_created_at rename to %I', legacy || '_created_at');
    execute format('alter index idx_audit_logs_resource rename to %I', legacy || '_resource');
    execute format('alter index idx_audit_logs_user_created rename to %I', legacy || '_user_created');
    execute format('alter index idx_audit_logs_erasures rename to %I', legacy || '_erasures');
    execute format('alter index idx_audit_logs_unsealed rename to %I', legacy || '_unsealed');
    -- The parent's row triggers are cloned onto it when it is attached.
    drop trigger audit_logs_no_delete on audit_logs;
    drop trigger audit_logs_seal_or_erase_only on audit_logs;
    execute format('alter table audit_logs rename to %I', legacy);

    create table audit_logs (
        id uuid not null default gen_random_uuid(),
        user_id uuid,
        action varchar(100) not null,
        resource_type varchar(100) not null,
        resource_id uuid,
        old_values jsonb,
        new_values jsonb,
        ip_address inet,
        user_agent text,
        request_id uuid,
        created_at timestamp not null default current_timestamp,
        chain_seq bigint,
        content_digest bytea,
        payload_digest bytea,
        chain_hash bytea,
        erased_at timestamp,
        constraint action_not_empty check (action != ''),
        constraint audit_logs_pkey primary key (id, created_at),
        constraint audit_logs_chain_seq_key unique (chain_seq, created_at),
        constraint audit_logs_user_id_fkey foreign key (user_id) references users(id)
    ) partition by range (created_at);
    create index idx_audit_logs_user_id on audit_logs (user_id);
    create index idx_audit_logs_created_at on audit_logs (created_at desc);
    create index idx_audit_logs_resource on audit_logs (resource_type, resource_id);
    create index idx_audit_logs_user_created on audit_logs (user_id, created_at desc, id desc);
    create index idx_audit_logs_erasures on audit_logs (chain_seq)
        where action = 'erase' and resource_type = 'subject_request';
    create index idx_audit_logs_unsealed on audit_logs (created_at, id) where chain_seq is null;
    create trigger audit_logs_no_delete before delete on audit_logs
        for each row execute function audit_logs_append_only();
    create trigger audit_logs_seal_or_erase_only before update on audit_logs
        for each row execute function audit_logs_seal_or_erase_only();
    create trigger audit_logs_no_truncate before truncate on audit_logs
        for each statement execute function audit_logs_append_only();

    -- The parent gets exactly the privileges the old table had (not the
    -- owner's default privileges, which include delete).
    for g in select distinct a.grantee from pg_class c, aclexplode(c.relacl) a
             where c.oid = 'audit_logs'::regclass and a.grantee <> c.relowner loop
        execute format('revoke all on audit_logs from %s',
                       case when g.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(g.grantee)) end);
    end loop;
    for g in select a.grantee, a.privilege_type from pg_class c, aclexplode(c.relacl) a
             where c.oid = legacy::regclass and a.grantee <> c.relowner loop
        execute format('grant %s on audit_logs to %s', g.privilege_type,
                       case when g.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(g.grantee)) end);
    end loop;

    -- Matching indexes, constraints and the foreign key are adopted, not
    -- rebuilt; the check proves the bound, so no scan.
    execute format('alter table audit_logs attach partition %I for values from (minvalue) to (%L)',
                   legacy, bound);
    execute format('alter table %I drop constraint audit_logs_partition_bound', legacy);
    perform audit_logs_protect_partition(legacy::regclass);
    perform audit_logs_ensure_partitions(3);
end;
$$;

comment on table audit_logs is
    'Append-only audit trail, range-partitioned by month on created_at (0019); '
    'partitions audit_logs_yYYYYmMM are made ahead by audit_logs_ensure_partitions(); '
    'audit_logs_before_YYYY_MM holds every row from before the conversion.';

-- Months archived to files and dropped by `opencomplai audit
-- archive-partitions`: what verification needs to tell rows archived from
-- rows deleted. anchors holds the runs of consecutive places the archived
-- rows held, [{"from", "to", "hash"}], hash being the chain hash (hex) at
-- "to": the chain is followed on from there to the first row that remains.
create table audit_archives (
    partition text primary key,
    lower_bound timestamp,
    upper_bound timestamp not null,
    row_count bigint not null,
    first_seq bigint,
    last_seq bigint,
    anchors jsonb not null default '[]',
    file text not null,
    sha256 text not null,
    archived_at timestamp not null default (now() at time zone 'utc'),
    -- The audit row the archive command wrote in the same transaction.
    audit_row_id uuid,
    -- Ed25519 over the record (archive_message in src/audit/chain/mod.rs) by
    -- the audit signing key, which stays outside the database: the owner
    -- can insert a row here, but not one verification accepts.
    key_id text not null,
    signature bytea not null
);
create function audit_archives_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_archives is append-only';
end;
$$;
create trigger audit_archives_no_update_or_delete before update or delete on audit_archives
    for each row execute function audit_archives_append_only();
create trigger audit_archives_no_truncate before truncate on audit_archives
    for each statement execute function audit_archives_append_only();
