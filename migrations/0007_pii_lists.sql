-- Per-account lists the analyzer respects: an allow-list of texts never
-- reported as personal data (the company's own switchboard number, say) and
-- a deny-list of texts always reported, each with its entity type (a
-- project code name, an internal customer id). One row per account.
create table account_pii_lists (
    user_id uuid primary key references users(id) on delete cascade,
    allow_list jsonb not null default '[]',
    deny_list jsonb not null default '[]',
    updated_at timestamp default current_timestamp,
    constraint allow_list_is_array check (jsonb_typeof(allow_list) = 'array'),
    constraint deny_list_is_array check (jsonb_typeof(deny_list) = 'array')
);
