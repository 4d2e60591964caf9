-- The web app's sessions, and each document's personal-data risk where the
-- document list can filter and sort on it. Nothing of the seed is dropped or
-- renamed.

-- A browser session: a random token lives in an HttpOnly cookie; only its
-- SHA-256 is stored, so this table cannot be used to sign in. Sign-out sets
-- revoked_at; an expired or revoked row no longer signs anyone in.
create table web_sessions (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamp not null default (now() at time zone 'utc'),
    expires_at timestamp not null,
    revoked_at timestamp,
    ip_address inet,
    user_agent text,
    constraint web_sessions_token_hash_key unique (token_hash)
);
create index idx_web_sessions_user on web_sessions (user_id, created_at desc);

-- The latest run's `analysis_results.summary.pii_risk`, written with the
-- status when a run completes (null before the first analysis).
alter table documents add column pii_risk varchar(10);
alter table documents add constraint pii_risk_valid
    check (pii_risk is null or pii_risk in ('none', 'low', 'medium', 'high'));
-- The dashboard's riskiest documents (a risk, newest first) and the list
-- sorted by risk: both read in index order rather than sorting the account.
create index idx_documents_user_risk on documents (user_id, pii_risk, created_at desc)
    where deleted_at is null;
create index idx_documents_user_risk_rank on documents (user_id,
    (case pii_risk when 'high' then 4 when 'medium' then 3 when 'low' then 2
                   when 'none' then 1 else 0 end) desc,
    created_at desc, id desc)
    where deleted_at is null;

update documents d
set pii_risk = r.risk
from (
    select distinct on (document_id) document_id,
           analysis_results -> 'summary' ->> 'pii_risk' as risk
    from processing_results
    order by document_id, created_at desc, id desc
) r
where r.document_id = d.id and r.risk in ('none', 'low', 'medium', 'high');
