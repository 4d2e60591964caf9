-- Idempotency keys of `POST /v1/documents`: a retry carrying the same
-- `Idempotency-Key` gets the first answer back instead of a second
-- document. The key row is written in the same transaction as what the
-- request created, so a key is never kept for work that was rolled back,
-- and a concurrent retry waits on the primary key until the first request
-- commits (then reads its answer) or rolls back (then does the work).
-- `fingerprint` is a SHA-256 of the request, so the same key sent with
-- another request is refused. Rows expire after 24 hours (the purge).
create table idempotency_keys (
    user_id uuid not null references users(id) on delete cascade,
    key varchar(255) not null,
    fingerprint text not null,
    status smallint,
    response jsonb,
    created_at timestamp not null default (now() at time zone 'utc'),
    primary key (user_id, key)
);
create index idx_idempotency_keys_created_at on idempotency_keys(created_at);
