-- Search by meaning at scale (issue 18): each window's sign bits, 384 bits
-- (bit i is 1 when component i of the vector is negative), so that a
-- search first takes the windows whose signatures are nearest the query's
-- (Hamming distance: bit_count of the exclusive or, in PostgreSQL, over
-- 48 bytes a row) and compares only those vectors in full. Nullable: the
-- rows stored before this migration are filled in batches by the service
-- (src/db/backfill.rs, docs/migrations.md step 2); a row without one is
-- taken last.
alter table document_embeddings add column signature bit(384);
-- The vector (1,536 bytes) out of line, so that reading an account's
-- signatures reads about 200 bytes a row instead of 1.7 KB: the table's
-- rows are stored toasted from now on (rows written before move when the
-- backfill rewrites them).
alter table document_embeddings set (toast_tuple_target = 128);
