-- Records kept because they must be, and removed because they may be.
--
-- A legal hold freezes documents under litigation or investigation: while a
-- hold names a document, nothing deletes, purges, erases or reprocesses it.
-- The service answers such requests with 409; the trigger below refuses a
-- purge even from outside the service. Released holds stay, with who
-- released them and why, as the record of the hold.
create table legal_holds (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    name varchar(200) not null,
    reason text not null,
    -- The search the hold was made from, if any (its matches at that moment
    -- are the held documents).
    query jsonb,
    created_at timestamp not null default (now() at time zone 'utc'),
    released_at timestamp,
    release_reason text,
    constraint legal_holds_release_has_reason
        check ((released_at is null) = (release_reason is null))
);
create index idx_legal_holds_user on legal_holds (user_id, created_at desc, id desc);

create table legal_hold_documents (
    hold_id uuid not null references legal_holds(id) on delete cascade,
    document_id uuid not null references documents(id) on delete cascade,
    primary key (hold_id, document_id)
);
create index idx_legal_hold_documents_document on legal_hold_documents (document_id);

create function documents_hold_guard() returns trigger
language plpgsql as $$
declare
    hold record;
begin
    select h.id, h.name into hold
    from legal_hold_documents m join legal_holds h on h.id = m.hold_id
    where m.document_id = old.id and h.released_at is null
    limit 1;
    if found then
        raise exception 'document % is under legal hold "%" (%)', old.id, hold.name, hold.id
            using errcode = 'P0001';
    end if;
    return old;
end;
$$;
create trigger documents_no_delete_under_hold before delete on documents
    for each row execute function documents_hold_guard();

-- Retention rules: documents matching a rule (by file type and/or one
-- metadata value) are soft-deleted or purged once they are older than
-- keep_days (counted from creation or from the last change). Holds win.
-- The purge of soft-deleted documents after retention_days is the built-in
-- rule every account has.
create table retention_rules (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    name varchar(200) not null,
    file_type varchar(50),
    metadata_key varchar(200),
    metadata_value text,
    age_basis varchar(20) not null,
    keep_days integer not null,
    action varchar(20) not null,
    created_at timestamp not null default (now() at time zone 'utc'),
    constraint retention_rules_basis_valid check (age_basis in ('created', 'updated')),
    constraint retention_rules_action_valid check (action in ('soft_delete', 'purge')),
    constraint retention_rules_keep_days_valid check (keep_days between 0 and 36500),
    constraint retention_rules_metadata_pair
        check ((metadata_key is null) = (metadata_value is null))
);
create index idx_retention_rules_user on retention_rules (user_id, created_at);
