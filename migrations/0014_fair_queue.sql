-- The queue takes accounts in turn. Each job carries its account and a
-- place on a virtual clock: an account's first queued job is placed at
-- the time it is queued, each further one an hour after the account's
-- last queued or running job. Workers take the earliest place that is
-- due, so one account's ten thousand queued documents hold back another
-- account's upload by about one job, not ten thousand. `run_at` still
-- says when a job is due (retries wait there).
alter table jobs add column user_id uuid;
alter table jobs add column fair_at timestamp not null default (now() at time zone 'utc');
-- A backlog already queued is spread out the same way, so another
-- account's next upload does not wait for all of it.
update jobs j set user_id = placed.user_id, fair_at = placed.fair_at
from (
    select j2.id, d.user_id,
           j2.run_at + (row_number() over (partition by d.user_id order by j2.run_at, j2.id) - 1)
                       * interval '1 hour' as fair_at
    from jobs j2 join documents d on d.id = j2.document_id
    where j2.state in ('queued', 'running')
) placed
where placed.id = j.id;
create index idx_jobs_fair on jobs(fair_at) where state = 'queued';
create index idx_jobs_account_fair on jobs(user_id, fair_at desc) where state in ('queued', 'running');
-- An account's running jobs, counted at each claim against its tier's cap.
create index idx_jobs_account_running on jobs(user_id) where state = 'running';
