-- processing_results carries its document's account, like every other
-- table of an account's data, so that each statement on it can name the
-- account (and a later distribution by user_id can route it; see
-- docs/scaling.md). Expand step of docs/migrations.md: a nullable column
-- (no rewrite), written by this release and, through the trigger, by an
-- older release still running beside it. Rows stored before it are filled
-- in batches by `opencomplai migrate` right after this migration
-- (src/db/backfill.rs), each batch its own transaction. The NOT NULL that
-- follows is a later release's contract step.
set local lock_timeout = '5s';

alter table processing_results add column user_id uuid;

create function processing_results_account() returns trigger
language plpgsql set search_path = pg_catalog, public, pg_temp as $$
begin
    if new.user_id is null then
        select d.user_id into new.user_id from documents d where d.id = new.document_id;
    end if;
    return new;
end
$$;

create trigger processing_results_account
    before insert on processing_results
    for each row when (new.user_id is null)
    execute function processing_results_account();

-- Data migrations run after the schema's (docs/migrations.md, step 2), by
-- name: a row here says one finished, so later starts skip it.
create table schema_backfills (
    name varchar(100) primary key,
    rows_filled bigint not null,
    completed_at timestamp not null default (now() at time zone 'utc')
);
