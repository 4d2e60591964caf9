-- Search: ranked full-text search over the caller's documents, fuzzy and
-- substring matching, and per-account activity figures, each served from an
-- index. Nothing of the seed is dropped or renamed; its GIN index on
-- search_vector stays (the seed's own query uses it).

-- Both are trusted contrib extensions: a database owner may create them.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

-- Keep the tsvector inside the row (compressed) rather than in the TOAST
-- table: ranking and phrase checks read it for every candidate, and one page
-- read beats a TOAST index lookup plus its chunks. Applies to rows written
-- from now on.
alter table documents alter column search_vector set storage main;
do $$
begin
    -- lz4 decompresses several times faster than pglz.
    alter table documents alter column search_vector set compression lz4;
exception when others then
    null; -- PostgreSQL 13, or a server built without lz4: pglz it stays
end;
$$;

-- One account's matches straight from one index: `user_id = $1 and
-- search_vector @@ q` intersects the account's posting list with the words'
-- inside the GIN index, so a common word costs the caller's share of it, not
-- every account's. Deleted documents stay in it: dropping a word from the
-- word list below must see them (they can be restored).
create index idx_documents_user_search on documents using gin (user_id, search_vector);

-- Fuzzy and substring matching on titles (`title % q`, `q <% title`,
-- `title ilike '%q%'`), one account at a time.
create index idx_documents_user_title_trgm on documents using gin (user_id, title gin_trgm_ops)
    where deleted_at is null;

-- Activity figures: counts by status and file type from the index alone.
create index idx_documents_user_status_type on documents (user_id, processing_status, file_type)
    where deleted_at is null;

-- Each account's words (the lexemes of its documents' search_vector), so a
-- misspelled or partial query word can be matched against a few hundred
-- thousand short words by trigram instead of against every document's text,
-- and a word being typed can be completed from the words that exist.
-- Kept by the triggers below. No unique constraint on purpose: concurrent
-- transactions adding the same new word never wait on (or deadlock with)
-- each other; the rare duplicate is harmless and readers use `distinct`.
-- Bytewise ("C") order, so the words beginning with a prefix are one range
-- of the btree index.
create table search_words (
    user_id uuid not null references users(id) on delete cascade,
    word text collate "C" not null
);
create index idx_search_words_user_word on search_words (user_id, word);
create index idx_search_words_trgm on search_words using gin (user_id, word gin_trgm_ops);

-- Words of a tsvector worth matching approximately: long enough to carry
-- trigrams, short enough to be a word rather than noise.
create function search_words_of(v tsvector) returns setof text
language sql immutable parallel safe as $$
    select w from unnest(tsvector_to_array(v)) as w
    where char_length(w) between 2 and 64
$$;

-- Drops `(user_id, word)` pairs that no remaining document of the account
-- holds, so a purged document's words do not outlive it.
create function search_words_forget(pairs jsonb) returns void
language sql as $$
    delete from search_words s
    using jsonb_to_recordset(pairs) as gone(user_id uuid, word text)
    where s.user_id = gone.user_id and s.word = gone.word
      and not exists (
          select 1 from documents d
          where d.user_id = gone.user_id
            and d.search_vector @@ plainto_tsquery('simple', gone.word)
      )
$$;

create function documents_search_words_write() returns trigger
language plpgsql as $$
begin
    insert into search_words (user_id, word)
    select distinct new.user_id, w from search_words_of(new.search_vector) as w
    where not exists (
        select 1 from search_words s where s.user_id = new.user_id and s.word = w
    );
    if tg_op = 'UPDATE' then
        perform search_words_forget(coalesce(jsonb_agg(jsonb_build_object(
            'user_id', old.user_id, 'word', w)), '[]'))
        from (
            select w from search_words_of(old.search_vector) as w
            except
            select w from search_words_of(new.search_vector) as w
        ) removed;
    end if;
    return null;
end;
$$;

create function documents_search_words_delete() returns trigger
language plpgsql as $$
begin
    perform search_words_forget(coalesce(jsonb_agg(jsonb_build_object(
        'user_id', user_id, 'word', w)), '[]'))
    from (select distinct g.user_id, w from gone g, search_words_of(g.search_vector) as w) pairs;
    return null;
end;
$$;

create trigger documents_search_words_write after insert or update of title, content on documents
    for each row execute function documents_search_words_write();
create trigger documents_search_words_delete after delete on documents
    referencing old table as gone
    for each statement execute function documents_search_words_delete();

-- The words of documents that exist already.
insert into search_words (user_id, word)
select distinct d.user_id, w from documents d, search_words_of(d.search_vector) as w;
