-- Documents in, processed out: originals kept inside the database (so a
-- pg_dump holds them) as fixed-size chunks, and the job queue.

-- An original file. Chunks are written while the upload streams in
-- (state 'uploading', no document yet); the document, its job and the file's
-- 'stored' state are then committed together.
create table document_files (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    document_id uuid references documents(id) on delete cascade,
    file_name text,
    content_type text,
    size_bytes bigint not null default 0,
    sha256 text,
    chunk_count integer not null default 0,
    state varchar(20) not null default 'uploading',
    created_at timestamp not null default current_timestamp,
    constraint document_files_state_valid check (state in ('uploading', 'stored'))
);
create index idx_document_files_document_id on document_files(document_id);
create index idx_document_files_user_sha256 on document_files(user_id, sha256) where state = 'stored';
create index idx_document_files_uploading on document_files(created_at) where state = 'uploading';

create table document_file_chunks (
    file_id uuid not null references document_files(id) on delete cascade,
    seq integer not null,
    data bytea not null,
    primary key (file_id, seq)
);

-- The processing queue: claimed with FOR UPDATE SKIP LOCKED, held by a
-- lease that a heartbeat renews; an expired lease is claimed again.
create table jobs (
    id uuid primary key default gen_random_uuid(),
    document_id uuid not null references documents(id) on delete cascade,
    state varchar(20) not null default 'queued',
    attempts integer not null default 0,
    max_attempts integer not null,
    run_at timestamp not null default (now() at time zone 'utc'),
    lease_token uuid,
    leased_until timestamp,
    worker text,
    last_error text,
    created_at timestamp not null default (now() at time zone 'utc'),
    updated_at timestamp not null default (now() at time zone 'utc'),
    constraint jobs_state_valid check (state in ('queued', 'running', 'done', 'failed'))
);
create index idx_jobs_queued on jobs(run_at) where state = 'queued';
create index idx_jobs_running on jobs(leased_until) where state = 'running';
create index idx_jobs_document_id on jobs(document_id);

-- The caller's documents, newest first, with keyset pagination.
create index idx_documents_user_created on documents(user_id, created_at desc, id desc)
    where deleted_at is null;
create index idx_documents_deleted_at on documents(deleted_at) where deleted_at is not null;
create index idx_processing_results_document_created on processing_results(document_id, created_at desc);
