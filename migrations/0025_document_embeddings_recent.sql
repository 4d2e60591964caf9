-- Search by meaning at scale (issue 18): a large account's window
-- signatures are held in the service's memory (src/search/signatures.rs),
-- and every search also reads, from PostgreSQL, the windows stored since
-- they were loaded: this index finds them. On a database with windows
-- already, `opencomplai migrate` builds it concurrently before this
-- migration (src/db/embeddings_recent_prepare.sql, docs/migrations.md), so
-- this statement finds it built and waits for no scan.
set local lock_timeout = '5s';
create index if not exists idx_document_embeddings_recent
    on document_embeddings (user_id, model, created_at);
