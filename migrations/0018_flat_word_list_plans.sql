-- A first bulk import into a new install went quadratic: the word-list
-- trigger's statements are planned once per connection (plpgsql caches
-- them), and planned while `search_words` was empty a lookup of one word
-- became a sequential scan, kept for the whole import while the list grew
-- (20,000 documents in 398 s; 0.4 ms each once ANALYZE had run). The
-- lookups these functions make are always by account and word, or by
-- account's posting lists: with sequential scans priced out inside them,
-- they use their indexes whatever the statistics say, from the first row.
alter function documents_search_words_write() set enable_seqscan = off;
alter function documents_search_words_delete() set enable_seqscan = off;
alter function search_words_forget(jsonb) set enable_seqscan = off;
-- A later `create or replace function` of any of these drops the setting:
-- such a migration must set it again.
