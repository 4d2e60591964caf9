-- The word-list trigger looks each word up by itself, whatever the
-- statistics say.
--
-- 0018 priced sequential scans out of the trigger, yet a first bulk import
-- still slowed down as it went (one document per transaction, two writers,
-- over a Unix socket: 234–330 documents/s for the first tenth of 6,000,
-- 44–60 for the last). plpgsql plans the check "is this word already
-- listed for the account" once per connection; planned while
-- `search_words` was empty, it became a nested loop whose inner side scans
-- the account's whole list (`user_id = $1`, the word only as a join
-- filter) once for every word of the document: auto_explain showed 0.6 ms
-- a word and 116,908 rows filtered out for one document of 81 words. The
-- same statement as a correlated subquery that is not pulled up into a
-- join (`offset 0`) is run once per word and can only probe
-- `idx_search_words_user_word` with both the account and the word.
-- Unchanged otherwise from 0009; `create or replace` drops 0018's setting,
-- which is set again below.
create or replace function documents_search_words_write() returns trigger
language plpgsql as $$
declare
    removed jsonb;
begin
    if tg_op = 'UPDATE' then
        select jsonb_agg(jsonb_build_object('user_id', old.user_id, 'word', w)) into removed
        from (
            select w from search_words_of(old.search_vector) as w
            except
            select w from search_words_of(new.search_vector) as w
        ) r;
    end if;
    -- Exclusive straight away when words may go: taking the shared lock
    -- first and the exclusive one after would deadlock two such updates.
    if removed is not null then
        perform search_words_lock(old.user_id, true);
    end if;
    if removed is null or new.user_id is distinct from old.user_id then
        perform search_words_lock(new.user_id, false);
    end if;
    insert into search_words (user_id, word)
    select distinct new.user_id, w from search_words_of(new.search_vector) as w
    where not exists (
        select 1 from search_words s where s.user_id = new.user_id and s.word = w
        offset 0
    );
    if removed is not null then
        perform search_words_forget(removed);
    end if;
    return null;
end;
$$;

alter function documents_search_words_write() set enable_seqscan = off;
