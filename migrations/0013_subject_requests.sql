-- Requests made on behalf of one person (GDPR Art. 15/20 and 17): find
-- everything the account holds about them, and hand it over (access) or
-- erase it with a signed receipt (erasure). Each is processed in the
-- background and followed like a document.
--
-- An access request keeps the identifiers it was given (the request is
-- itself a record the controller must keep); an erasure replaces them by
-- salted hashes when it completes, so the erasure's own record does not
-- hold the values it removed.
create table subject_requests (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    kind varchar(20) not null,
    identifiers jsonb not null,
    options jsonb not null default '{}',
    status varchar(20) not null default 'pending',
    error text,
    -- access: a summary of what was found; erasure: the signed receipt.
    result jsonb,
    archive_size_bytes bigint,
    archive_sha256 varchar(64),
    archive_chunks integer,
    -- An access archive is kept this long, then its chunks are removed
    -- (the request stays on record).
    archive_expires_at timestamp,
    -- How far the search through the account has come.
    documents_scanned integer not null default 0,
    documents_total integer,
    created_at timestamp not null default (now() at time zone 'utc'),
    started_at timestamp,
    completed_at timestamp,
    leased_until timestamp,
    -- Attempts taken up so far (a request whose process died is taken up
    -- again; a request failing five times ends as failed).
    attempts integer not null default 0,
    constraint subject_requests_kind_valid check (kind in ('access', 'erasure')),
    constraint subject_requests_status_valid
        check (status in ('pending', 'processing', 'completed', 'failed'))
);
create index idx_subject_requests_user on subject_requests (user_id, created_at desc, id desc);
create index idx_subject_requests_due on subject_requests (created_at)
    where status in ('pending', 'processing');
create index idx_subject_requests_archive_expiry on subject_requests (archive_expires_at)
    where archive_chunks is not null;

-- An access request's ZIP, in chunks like originals (a pg_dump holds it).
create table subject_request_chunks (
    request_id uuid not null references subject_requests(id) on delete cascade,
    seq integer not null,
    data bytea not null,
    primary key (request_id, seq)
);
