-- The word list under concurrent writers of one account.
--
-- 0006's triggers could lose a word: a transaction purging the last
-- document holding "quokka" removes the word while another, not yet
-- committed, adds a document holding it; that one saw the word still listed
-- and did not add it again. Both commit, and the new document's word is
-- missing (fuzzy matching and completion no longer reach it).
--
-- Now a transaction that may remove words of an account takes an exclusive
-- advisory lock on the account (until it ends) before it looks; one that
-- only adds words takes the shared one. Adders run side by side; a remover
-- waits for them to commit and then sees their documents, and an adder that
-- comes after waits for the remover and then sees what it removed. Each
-- statement of these trigger functions reads with a fresh snapshot (READ
-- COMMITTED, volatile functions), so the look that follows the lock sees
-- what committed before it.

create function search_words_lock(account uuid, exclusive boolean) returns void
language plpgsql as $$
begin
    -- 28515 ("oc"): our namespace of two-key advisory locks.
    if exclusive then
        perform pg_advisory_xact_lock(28515, hashtext(account::text));
    else
        perform pg_advisory_xact_lock_shared(28515, hashtext(account::text));
    end if;
end;
$$;

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
    );
    if removed is not null then
        perform search_words_forget(removed);
    end if;
    return null;
end;
$$;

create or replace function documents_search_words_delete() returns trigger
language plpgsql as $$
begin
    -- In one order, so two multi-account deletes cannot deadlock.
    perform search_words_lock(u, true)
    from (select distinct user_id as u from gone order by 1) accounts;
    perform search_words_forget(coalesce(jsonb_agg(jsonb_build_object(
        'user_id', user_id, 'word', w)), '[]'))
    from (select distinct g.user_id, w from gone g, search_words_of(g.search_vector) as w) pairs;
    return null;
end;
$$;
