-- Search by meaning (issue 18): each completed document's text cut into
-- overlapping windows of tokens, each window's sentence embedding (384
-- little-endian float4s of all-MiniLM-L6-v2, unit length, 1,536 bytes).
-- pgvector is not packaged for Debian 12, so the vectors are plain bytea
-- and the search compares them in the service (src/search/semantic.rs).
-- Rows go with their document (cascade: deletion, purge, erasure) and
-- carry its account, as every tenant table does, so that every statement
-- filters by user_id.
create table document_embeddings (
    document_id uuid not null references documents(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    chunk integer not null check (chunk >= 0),
    -- Vectors of different models are not comparable: a search reads only
    -- its own model's.
    model varchar(100) not null,
    -- Where the window lies in documents.content, in characters: the
    -- snippet of a match by meaning is this passage.
    char_start integer not null,
    char_end integer not null,
    embedding bytea not null check (octet_length(embedding) = 1536),
    created_at timestamp not null default (now() at time zone 'utc'),
    -- The account first: a search reads one account's rows, and a key
    -- distributed by user_id (docs/scaling.md) must hold it.
    primary key (user_id, document_id, model, chunk)
);
-- Floats do not compress: never try. A row (~1.6 KB) stays under the TOAST
-- threshold, so the vector stays inline.
alter table document_embeddings alter column embedding set storage external;
-- The cascade from documents (a purge deletes thousands) finds a
-- document's rows by this.
create index idx_document_embeddings_document on document_embeddings(document_id);
