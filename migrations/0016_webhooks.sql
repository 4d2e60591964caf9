-- Webhooks: an account's endpoints, told when one of its documents is
-- `completed` or `failed`. A delivery is queued (in the transaction of the
-- status change) for each enabled endpoint subscribed to the event, and a
-- deliverer under `serve` sends it, signed with the endpoint's secret,
-- retrying with back-off; each attempt is logged.
--
-- The secret is stored as-is: the service must sign with it, so a hash
-- would not do. Whoever reads this table can forge deliveries to these
-- endpoints (not read documents): guard it like the rest of the database.
create table webhook_endpoints (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    url text not null constraint webhook_endpoints_url_length check (char_length(url) <= 2048),
    description varchar(500),
    events text[] not null constraint webhook_endpoints_events_known
        check (cardinality(events) > 0
               and events <@ array['document.completed', 'document.failed']::text[]),
    enabled boolean not null default true,
    secret text not null,
    created_at timestamp not null default (now() at time zone 'utc'),
    updated_at timestamp not null default (now() at time zone 'utc')
);
-- The list (newest first) and the lookup on each final status change.
create index idx_webhook_endpoints_user on webhook_endpoints (user_id, created_at desc, id desc);

-- Deliveries go with their endpoint: deleting an endpoint deletes its log.
-- The document is named, not referenced: the log outlives a purged
-- document, and the payload (built when sent) then says only its id.
create table webhook_deliveries (
    id uuid primary key default gen_random_uuid(),
    endpoint_id uuid not null references webhook_endpoints(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    event varchar(50) not null constraint webhook_deliveries_event_known
        check (event in ('document.completed', 'document.failed')),
    document_id uuid not null,
    status varchar(20) not null default 'pending' constraint webhook_deliveries_status_known
        check (status in ('pending', 'delivered', 'failed')),
    -- Attempts in the current round (a manual retry starts a new round);
    -- every attempt ever made is in webhook_attempts.
    attempts integer not null default 0,
    -- When a pending delivery is next due; while one is being sent, the end
    -- of its lease (a deliverer that died leaves it due again then).
    next_attempt_at timestamp,
    created_at timestamp not null default (now() at time zone 'utc'),
    delivered_at timestamp,
    constraint webhook_deliveries_pending_is_due check ((status = 'pending') = (next_attempt_at is not null))
);
-- What the deliverer claims.
create index idx_webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
-- An endpoint's log, newest first.
create index idx_webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, created_at desc, id desc);

create table webhook_attempts (
    id uuid primary key default gen_random_uuid(),
    delivery_id uuid not null references webhook_deliveries(id) on delete cascade,
    attempted_at timestamp not null default (now() at time zone 'utc'),
    -- The receiver's HTTP status; null when none came (refused, timed out).
    status_code integer,
    -- Why it did not count as delivered, bounded (receiver text included).
    error varchar(1000),
    duration_ms integer not null
);
create index idx_webhook_attempts_delivery on webhook_attempts (delivery_id, attempted_at desc);
