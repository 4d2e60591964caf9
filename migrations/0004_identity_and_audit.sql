-- Identity and the audit trail, added on top of the seed (nothing of it
-- dropped or renamed).

-- The first account made with `opencomplai user create --admin`; admins read
-- the whole audit trail.
alter table users add column is_admin boolean not null default false;

-- Single-use, expiring email verification tokens; only a hash is stored.
create table email_verification_tokens (
    token_hash text primary key,
    user_id uuid not null references users(id) on delete cascade,
    expires_at timestamp not null,
    used_at timestamp,
    created_at timestamp not null default current_timestamp
);
create index idx_email_verification_tokens_user_id on email_verification_tokens(user_id);

-- Listing a user's audit trail newest first, with keyset pagination.
create index idx_audit_logs_user_created on audit_logs(user_id, created_at desc, id desc);

-- The audit trail is append-only: no update, delete or truncate, whoever connects.
create function audit_logs_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_logs is append-only';
end;
$$;
create trigger audit_logs_no_update_or_delete before update or delete on audit_logs
    for each row execute function audit_logs_append_only();
create trigger audit_logs_no_truncate before truncate on audit_logs
    for each statement execute function audit_logs_append_only();
