-- The seed's own follow-up migration: the detected language of a document.
alter table documents add column language_code varchar(10);
alter table documents add constraint language_code_valid
    check (language_code ~ '^[a-z]{2}(-[A-Z]{2})?$');
create index idx_documents_language on documents(language_code);
