-- The seed schema of docs/data-model (shared/seed/data-model.md), verbatim in
-- substance: every table, column, type, default, constraint and index it names.

create table users (
    id uuid primary key default gen_random_uuid(),
    email text unique not null,
    password_hash text not null,
    full_name text,
    organization text,
    avatar_url text,
    -- account status
    is_active boolean default true,
    email_verified boolean default false,
    email_verified_at timestamp,
    -- subscription
    tier varchar(50) default 'free', -- free, pro, enterprise
    subscription_expires_at timestamp,
    -- timestamps
    created_at timestamp default current_timestamp,
    updated_at timestamp default current_timestamp,
    deleted_at timestamp, -- soft delete
    constraint email_not_empty check (email != '')
);
create index idx_users_email on users(email);
create index idx_users_is_active on users(is_active);
create index idx_users_created_at on users(created_at desc);

create table documents (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    -- document content
    title text not null,
    description text,
    content text, -- full text stored here
    file_type varchar(50), -- pdf, docx, txt, etc.
    file_size_bytes integer,
    -- processing status
    processing_status varchar(50) default 'pending', -- pending, processing, completed, failed
    processing_error text,
    processing_started_at timestamp,
    processing_completed_at timestamp,
    -- metadata
    source varchar(100), -- web, api, upload, etc.
    external_id text, -- for linking to external systems
    metadata jsonb default '{}', -- custom fields
    -- full-text search
    search_vector tsvector generated always as (
        to_tsvector('english', coalesce(title, '') || ' ' || coalesce(content, ''))
    ) stored,
    -- timestamps
    created_at timestamp default current_timestamp,
    updated_at timestamp default current_timestamp,
    deleted_at timestamp, -- soft delete
    constraint title_not_empty check (title != '')
);
create index idx_documents_user_id on documents(user_id);
create index idx_documents_status on documents(processing_status);
create index idx_documents_created_at on documents(created_at desc);
create index idx_documents_search on documents using gin(search_vector);

create table processing_results (
    id uuid primary key default gen_random_uuid(),
    document_id uuid not null references documents(id) on delete cascade,
    -- extraction results
    extracted_text text,
    extracted_metadata jsonb, -- title, author, created_date, etc.
    extracted_entities jsonb, -- named entities found
    extracted_tables jsonb, -- structured table data
    extracted_images jsonb, -- image metadata and urls
    -- ai analysis
    analysis_results jsonb, -- custom analysis results
    sentiment_score numeric(3,2), -- 0.0 to 1.0
    language_detected varchar(10), -- en, es, fr, etc.
    -- processing metrics
    processing_time_ms integer,
    token_count integer,
    model_version varchar(50),
    -- quality metrics
    confidence_score numeric(3,2), -- 0.0 to 1.0
    quality_notes text,
    -- timestamps
    created_at timestamp default current_timestamp,
    updated_at timestamp default current_timestamp
);
create index idx_processing_results_document_id on processing_results(document_id);
create index idx_processing_results_created_at on processing_results(created_at desc);

create table audit_logs (
    id uuid primary key default gen_random_uuid(),
    user_id uuid references users(id),
    -- action details
    action varchar(100) not null, -- create, read, update, delete
    resource_type varchar(100) not null, -- document, user, etc.
    resource_id uuid,
    -- what changed
    old_values jsonb,
    new_values jsonb,
    -- context
    ip_address inet,
    user_agent text,
    request_id uuid, -- correlation id
    -- timestamp
    created_at timestamp default current_timestamp,
    constraint action_not_empty check (action != '')
);
create index idx_audit_logs_user_id on audit_logs(user_id);
create index idx_audit_logs_created_at on audit_logs(created_at desc);
create index idx_audit_logs_resource on audit_logs(resource_type, resource_id);

create table api_keys (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    -- key info
    name text not null,
    key_hash text unique not null, -- never store plaintext
    prefix varchar(10), -- sk_live_ for example
    -- permissions
    permissions text[] default '{}', -- ['document.read', 'document.create']
    -- usage tracking
    last_used_at timestamp,
    created_at timestamp default current_timestamp,
    expires_at timestamp,
    revoked_at timestamp
);
create index idx_api_keys_user_id on api_keys(user_id);
create index idx_api_keys_key_hash on api_keys(key_hash);
