-- Documents that arrive by themselves (the consume folder, mail) carry a
-- key of their origin in external_id: for a consumed file, a digest of its
-- path, size, modification time and SHA-256; for a message or one of its
-- attachments, a digest of its Message-ID (and the attachment's place).
-- The key is unique per account and origin, and is written in the same
-- transaction as the document, so a file or message committed once is
-- never taken again: not after a crash between the commit and the file's
-- move, not when an mbox is imported twice or IMAP and an mbox bring the
-- same message.
create unique index documents_arrival_key on documents (user_id, source, external_id)
    where source in ('consume', 'mail') and external_id is not null;
