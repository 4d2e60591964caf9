-- The slow half of migration 0025 (an index on document_embeddings' recent
-- rows), done before it while the service keeps writing: the index built
-- concurrently. `migrate::run` runs these steps, one by one, outside any
-- transaction, only while 0025 is pending and document_embeddings exists.
-- Each step is safe to repeat; 0025 builds the index itself if missing.
-- Steps are separated by lines reading exactly "-- step".

-- step
-- A concurrent build that failed leaves an invalid index: start again.
do $$
begin
    set local lock_timeout = '5s';
    if exists (select 1 from pg_index where indexrelid = to_regclass('idx_document_embeddings_recent')
               and not indisvalid) then
        drop index idx_document_embeddings_recent;
    end if;
end;
$$
-- step
create index concurrently if not exists idx_document_embeddings_recent
    on document_embeddings (user_id, model, created_at)
