-- The seed's "valid processing status values", enforced; and updated_at kept
-- current by the database itself, whoever writes the row.
alter table documents add constraint processing_status_valid
    check (processing_status in ('pending', 'processing', 'completed', 'failed'));

create function set_updated_at() returns trigger
language plpgsql as $$
begin
    new.updated_at := current_timestamp;
    return new;
end;
$$;

create trigger users_set_updated_at before update on users
    for each row execute function set_updated_at();
create trigger documents_set_updated_at before update on documents
    for each row execute function set_updated_at();
create trigger processing_results_set_updated_at before update on processing_results
    for each row execute function set_updated_at();
