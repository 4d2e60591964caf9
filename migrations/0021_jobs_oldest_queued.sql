-- The age of the oldest queued job, for /metrics and `opencomplai status`:
-- the first entry of this index, rather than a scan of the whole backlog
-- (idx_jobs_queued orders queued jobs by run_at, which a retry's back-off
-- moves; created_at stays when the job was first queued).
create index idx_jobs_queued_created on jobs(created_at) where state = 'queued';
