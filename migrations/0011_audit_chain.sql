-- The audit trail made provable, as certificate-transparency logs do it:
-- every row is sealed into a hash chain (its place, a digest of its
-- content, and a hash over the previous row's hash and both), and the
-- chain is checkpointed with Ed25519 signatures made by a key kept outside
-- the database. A sealer seals rows a moment after they commit, in one
-- order for everyone, so concurrent requests never wait on one lock.
--
-- A row's digest covers its fixed fields and a digest of its payload (the
-- old and new values, address and user agent), kept beside it, rather than
-- the payload itself: an erasure (GDPR Art. 17) can replace a sealed row's
-- payload by a tombstone and the row still verifies in every other field.
-- The erasure is itself a sealed, signed row that names the rows it empties,
-- and only rows such a row names can be emptied.

alter table audit_logs add column chain_seq bigint;
alter table audit_logs add column content_digest bytea;
alter table audit_logs add column payload_digest bytea;
alter table audit_logs add column chain_hash bytea;
alter table audit_logs add column erased_at timestamp;
alter table audit_logs add constraint audit_logs_chain_seq_key unique (chain_seq);
-- Erasures, for the trigger below to find the one naming a row.
create index idx_audit_logs_erasures on audit_logs (chain_seq)
    where action = 'erase' and resource_type = 'subject_request';
-- What the sealer has still to do.
create index idx_audit_logs_unsealed on audit_logs (created_at, id) where chain_seq is null;

-- Signed checkpoints of the chain.
create table audit_checkpoints (
    chain_seq bigint primary key,
    chain_hash bytea not null,
    created_at timestamp not null default (now() at time zone 'utc'),
    -- The first 16 hex digits of the SHA-256 of the signing public key.
    key_id varchar(16) not null,
    signature bytea not null
);

create function audit_checkpoints_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_checkpoints is append-only';
end;
$$;
create trigger audit_checkpoints_no_update_or_delete before update or delete on audit_checkpoints
    for each row execute function audit_checkpoints_append_only();
create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints
    for each statement execute function audit_checkpoints_append_only();

-- audit_logs stays append-only, with exactly two changes allowed to a row:
-- sealing it once (the chain fields, from nothing, nothing else), and
-- erasing its personal data once it is sealed (the payload, address and
-- user agent emptied, erased_at set, the chain untouched). Deletes and
-- truncation remain refused (0004's triggers).
create function audit_logs_seal_or_erase_only() returns trigger
language plpgsql as $$
begin
    if old.chain_seq is null and old.content_digest is null and old.chain_hash is null
       and old.payload_digest is null
       and new.chain_seq is not null and new.content_digest is not null
       and new.chain_hash is not null and new.payload_digest is not null
       and (new.id, new.user_id, new.action, new.resource_type, new.resource_id,
            new.old_values, new.new_values, new.ip_address, new.user_agent,
            new.request_id, new.created_at, new.erased_at)
           is not distinct from
           (old.id, old.user_id, old.action, old.resource_type, old.resource_id,
            old.old_values, old.new_values, old.ip_address, old.user_agent,
            old.request_id, old.created_at, old.erased_at)
    then
        return new;
    end if;
    if old.chain_seq is not null and old.erased_at is null and new.erased_at is not null
       and (new.chain_seq, new.content_digest, new.chain_hash, new.payload_digest, new.id,
            new.user_id, new.action, new.resource_type, new.resource_id, new.request_id,
            new.created_at)
           is not distinct from
           (old.chain_seq, old.content_digest, old.chain_hash, old.payload_digest, old.id,
            old.user_id, old.action, old.resource_type, old.resource_id, old.request_id,
            old.created_at)
       and (new.old_values is null or new.old_values = '{"erased": true}'::jsonb)
       and (new.new_values is null or new.new_values = '{"erased": true}'::jsonb)
       and new.ip_address is null and new.user_agent is null
       -- Named by a sealed erasure that is not itself emptied.
       and exists (
           select 1 from audit_logs e
           where e.action = 'erase' and e.resource_type = 'subject_request'
             and e.chain_seq is not null and e.erased_at is null
             and e.new_values -> 'emptied_audit_rows' @> jsonb_build_array(old.chain_seq))
    then
        return new;
    end if;
    raise exception 'audit_logs is append-only: a row may only be sealed once, or have its personal data erased';
end;
$$;
drop trigger audit_logs_no_update_or_delete on audit_logs;
create trigger audit_logs_no_delete before delete on audit_logs
    for each row execute function audit_logs_append_only();
create trigger audit_logs_seal_or_erase_only before update on audit_logs
    for each row execute function audit_logs_seal_or_erase_only();
