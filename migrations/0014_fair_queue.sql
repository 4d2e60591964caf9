-- The queue takes accounts in turn. Each job carries its account and a
-- place on a virtual clock: an account's first queued job is placed at
-- the time it is queued, each further one an hour after the account's
-- last queued or running job. Workers take the earliest place that is
-- due, so one account's ten thousand queued documents hold back another
-- account's upload by about one job, not ten thousand. `run_at` still
-- says when a job is due (retries wait there).
alter table jobs add column user_id uuid;
alter table jobs add column fair_at timestamp not null default (now() at time zone 'utc');
update jobs j set user_id = d.user_id, fair_at = j.run_at
from documents d
where d.id = j.document_id and j.state in ('queued', 'running');
create index idx_jobs_fair on jobs(fair_at) where state = 'queued';
create index idx_jobs_account_fair on jobs(user_id, fair_at desc) where state in ('queued', 'running');
