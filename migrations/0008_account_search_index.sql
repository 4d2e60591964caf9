-- Search: each account's own posting lists, in sixteen slices.
--
-- `idx_documents_user_search` (0006) answered `user_id = $1 and
-- search_vector @@ q` by intersecting, inside one GIN index, the account's
-- posting list (100,000 entries for an account of 100,000 documents) with
-- each word's list over every account (hundreds of thousands for a common
-- word): most of a search's time at a million documents. Even one account's
-- own list of a common word is long, and PostgreSQL turns all of it into a
-- bitmap before reading a row. So here every lexeme of a document is
-- indexed under a short key of its account and one of sixteen slices the
-- document falls in (by its id): a word's posting list in this index holds
-- one slice of one account. A search for a common word reads one slice (a
-- sixteenth of the account's matches, still hundreds of documents), and all
-- sixteen only when that slice held too few.

-- Three characters of the account's id (18 random bits of a version 4 or 7
-- UUID): two accounts sharing a key only share posting lists, and every
-- search still checks `user_id` on the rows it reads.
create function search_account_key(account uuid) returns text
language sql immutable strict parallel safe as $$
    select substr(encode(uuid_send(account), 'base64'), 17, 3)
$$;

-- The document's lexemes, each behind its account's key and its slice,
-- without positions. It always fits where `search_vector` fits: a lexeme of
-- it takes its length + 4 + 4 bytes, one of `search_vector` (which always
-- has positions) at least its length + 8. Lexemes longer than 2,043 bytes
-- would pass PostgreSQL's 2,047-byte limit with the key and are left out.
-- plpgsql, so the planner never inlines it (the index's expression and the
-- search's must stay the same); its cost tells the planner to use the index
-- rather than compute it row by row. The slice of a document is the last
-- hex digit of its id. It calls only built-in functions (the key above is
-- spelled out): a restore of `pg_dump` output builds the index with an
-- empty search_path.
create function account_search_vector(account uuid, document uuid, v tsvector) returns tsvector
language plpgsql immutable parallel safe cost 1000 as $$
declare
    k text := substr(encode(uuid_send(account), 'base64'), 17, 3)
              || to_hex(get_byte(uuid_send(document), 15) & 15);
begin
    if v is null or k is null then
        return null;
    end if;
    return array_to_tsvector(array(
        select k || w from unnest(tsvector_to_array(v)) as w
        where octet_length(w) <= 2043
    ));
end;
$$;

-- A lexeme of an account as a tsquery over this index: in any slice.
create function search_word_query(account uuid, word text) returns tsquery
language sql immutable strict parallel safe as $$
    select string_agg(
               '''' || replace(replace(search_account_key(account) || to_hex(s) || word,
                                       '\', '\\'), '''', '''''') || '''',
               ' | ')::tsquery
    from generate_series(0, 15) as s
$$;

create index idx_documents_account_search on documents
    using gin (account_search_vector(user_id, id, search_vector));

-- Dropping a word from the word list asks whether another document of the
-- account still holds it: the new index answers that from the account's
-- posting lists of that word.
create or replace function search_words_forget(pairs jsonb) returns void
language sql as $$
    delete from search_words s
    using jsonb_to_recordset(pairs) as gone(user_id uuid, word text)
    where s.user_id = gone.user_id and s.word = gone.word
      and not exists (
          select 1 from documents d
          where d.user_id = gone.user_id
            and account_search_vector(d.user_id, d.id, d.search_vector)
                @@ search_word_query(gone.user_id, gone.word)
      )
$$;

-- 0006's index did the same job by intersecting the account with each word;
-- it is ours, not the seed's, and would only cost writes now.
drop index idx_documents_user_search;
