//! One mail message as documents: the message itself (an `eml` document
//! whose metadata holds its place in a thread), and each attachment of a
//! type we read as a document of its own pointing back at the message.
//! The mbox import and the IMAP fetcher both come through here, so the
//! same message gives the same documents with the same metadata, and a
//! message (or attachment) the account already has is skipped.

use bytes::Bytes;
use mail_parser::{HeaderValue, Message, MessageParser, MimeHeaders};
use serde_json::{Value, json};
use sqlx::PgPool;

use super::{Outcome, Recipient, bounded, commit, key_of, stage_bytes, text_value};
use crate::documents::create::{Origin, UploadFields};
use crate::documents::files::clean_name;
use crate::documents::{self, arrived};

/// Characters kept of one Message-ID.
const MAX_ID: usize = 250;
/// Message-IDs kept of a `References` header: its first (the thread's
/// root) and the latest ones.
const MAX_REFERENCES: usize = 50;
/// Characters kept of a subject, a sender list, a file name.
const MAX_TEXT: usize = 500;
/// Attachments taken from one message.
const MAX_ATTACHMENTS: usize = 100;

/// Why a message was not imported.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("not an email message: it has no headers")]
    NotAMessage,
    #[error(transparent)]
    Document(#[from] documents::Error),
}

/// What became of one attachment.
#[derive(Debug)]
pub struct Attachment {
    pub name: String,
    /// The document, or why there is none (a type we do not read, ...).
    pub result: Result<Outcome, String>,
}

/// What became of one message and its attachments.
#[derive(Debug)]
pub struct Imported {
    pub message: Outcome,
    pub attachments: Vec<Attachment>,
}

impl Imported {
    /// Documents created now (the message and its attachments).
    pub fn created(&self) -> usize {
        usize::from(matches!(self.message, Outcome::Created(_)))
            + self
                .attachments
                .iter()
                .filter(|a| matches!(a.result, Ok(Outcome::Created(_))))
                .count()
    }
}

/// A message's place in its thread, bounded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thread {
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    /// The first Message-ID in `References`, else the one replied to,
    /// else the message's own.
    pub thread_id: Option<String>,
}

fn ids(value: &HeaderValue<'_>) -> Vec<String> {
    let raw: Vec<&str> = match value {
        HeaderValue::Text(t) => vec![t.as_ref()],
        HeaderValue::TextList(list) => list.iter().map(AsRef::as_ref).collect(),
        _ => Vec::new(),
    };
    raw.into_iter()
        .map(|id| bounded(id.trim_matches(['<', '>', ' ']), MAX_ID))
        .filter(|id| !id.is_empty())
        .collect()
}

impl Thread {
    pub fn of(message: &Message<'_>) -> Self {
        let message_id = message
            .message_id()
            .map(|id| bounded(id.trim_matches(['<', '>', ' ']), MAX_ID))
            .filter(|id| !id.is_empty());
        let in_reply_to = ids(message.in_reply_to()).into_iter().next();
        let mut references = ids(message.references());
        if references.len() > MAX_REFERENCES {
            let cut = references.len() - MAX_REFERENCES;
            references.drain(1..=cut);
        }
        let thread_id = references
            .first()
            .or(in_reply_to.as_ref())
            .or(message_id.as_ref())
            .cloned();
        Self {
            message_id,
            in_reply_to,
            references,
            thread_id,
        }
    }
}

fn senders(message: &Message<'_>) -> Option<String> {
    let from = message.from()?;
    let all: Vec<String> = from
        .iter()
        .map(|a| match (a.name(), a.address()) {
            (Some(name), Some(email)) => format!("{name} <{email}>"),
            (None, Some(email)) => email.to_owned(),
            (Some(name), None) => name.to_owned(),
            (None, None) => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect();
    Some(all.join(", "))
}

/// The message's own key: its Message-ID, or (without one) its bytes with
/// line ends made alike, so an mbox and IMAP copy still agree.
fn message_key(thread: &Thread, raw: &[u8]) -> String {
    match &thread.message_id {
        Some(id) => key_of(&[b"message", id.as_bytes()]),
        None => {
            let normal: Vec<u8> = raw.iter().copied().filter(|&b| b != b'\r').collect();
            key_of(&[b"message-without-id", &normal])
        }
    }
}

/// Imports `raw` (one RFC 5322 message) for `to`.
pub async fn import(pool: &PgPool, to: &Recipient, raw: &[u8]) -> Result<Imported, MailError> {
    let message = MessageParser::default()
        .parse(raw)
        .filter(|m| !m.headers().is_empty())
        .ok_or(MailError::NotAMessage)?;
    let thread = Thread::of(&message);
    let key = message_key(&thread, raw);
    let subject = message.subject().map(|s| bounded(s, MAX_TEXT));
    let title = subject
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "(no subject)".to_owned());
    let metadata = json!({
        "message_id": thread.message_id,
        "in_reply_to": thread.in_reply_to,
        "references": thread.references,
        "thread_id": thread.thread_id,
        "subject": subject,
        "from": text_value(senders(&message).as_deref(), MAX_TEXT),
        "date": message.date().map(|d| d.to_rfc3339()),
    });
    let fields = UploadFields {
        title: Some(title.clone()),
        file_name: Some(format!("{}.eml", clean_name(&bounded(&title, 100)))),
        metadata: Some(metadata),
        ..UploadFields::default()
    };
    let outcome = one(pool, to, key.clone(), fields, Bytes::copy_from_slice(raw)).await?;
    let mut attachments = Vec::new();
    for (n, part) in message.attachments().enumerate().take(MAX_ATTACHMENTS) {
        let name = part
            .attachment_name()
            .map(|s| bounded(s, MAX_TEXT))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| {
                let eml = if part.message().is_some() { ".eml" } else { "" };
                format!("attachment {}{eml}", n + 1)
            });
        let bytes = part.contents();
        if bytes.is_empty() {
            attachments.push(Attachment {
                name,
                result: Err("the attachment is empty".into()),
            });
            continue;
        }
        let fields = UploadFields {
            title: Some(name.clone()),
            file_name: Some(name.clone()),
            metadata: Some(json!({
                "attachment_of": thread.message_id,
                "thread_id": thread.thread_id,
                "filename": name,
                "message_document": outcome.id(),
            })),
            ..UploadFields::default()
        };
        let key = key_of(&[b"attachment", key.as_bytes(), n.to_string().as_bytes()]);
        let result = match one(pool, to, key, fields, Bytes::copy_from_slice(bytes)).await {
            Ok(outcome) => Ok(outcome),
            Err(e @ documents::Error::Database(_)) | Err(e @ documents::Error::Unavailable(_)) => {
                return Err(e.into());
            }
            Err(e) => Err(e.to_string()),
        };
        attachments.push(Attachment { name, result });
    }
    Ok(Imported {
        message: outcome,
        attachments,
    })
}

/// One document of a message, unless the account already has its key.
async fn one(
    pool: &PgPool,
    to: &Recipient,
    key: String,
    fields: UploadFields,
    bytes: Bytes,
) -> documents::Result<Outcome> {
    if let Some(id) = arrived::by_key(pool, to.actor.user_id, Origin::Mail, &key).await? {
        return Ok(Outcome::Known(id));
    }
    let name = fields.file_name.clone().unwrap_or_default();
    let staged = stage_bytes(pool, to, &name, bytes).await?;
    commit(pool, to, &staged, key, Origin::Mail, fields).await
}

/// A short account of an import for logs and the command line.
pub fn describe(imported: &Imported) -> Value {
    json!({
        "message": match imported.message {
            Outcome::Created(id) => json!({"created": id}),
            Outcome::Known(id) => json!({"known": id}),
        },
        "attachments": imported.attachments.iter().map(|a| match &a.result {
            Ok(Outcome::Created(id)) => json!({"name": a.name, "created": id}),
            Ok(Outcome::Known(id)) => json!({"name": a.name, "known": id}),
            Err(why) => json!({"name": a.name, "skipped": why}),
        }).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thread_is_the_first_reference_else_the_reply_else_the_message() {
        let parse = |raw: &'static [u8]| MessageParser::default().parse(raw).expect("parses");
        let root = parse(b"Message-ID: <root@x>\r\nSubject: a\r\n\r\nhi\r\n");
        assert_eq!(Thread::of(&root).thread_id.as_deref(), Some("root@x"));
        let reply =
            parse(b"Message-ID: <r1@x>\r\nIn-Reply-To: <root@x>\r\nSubject: b\r\n\r\nhi\r\n");
        assert_eq!(Thread::of(&reply).thread_id.as_deref(), Some("root@x"));
        let deeper = parse(
            b"Message-ID: <r2@x>\r\nIn-Reply-To: <r1@x>\r\nReferences: <root@x> <r1@x>\r\n\r\nhi\r\n",
        );
        let t = Thread::of(&deeper);
        assert_eq!(t.thread_id.as_deref(), Some("root@x"));
        assert_eq!(t.references, vec!["root@x", "r1@x"]);
        assert_eq!(t.in_reply_to.as_deref(), Some("r1@x"));
    }

    #[test]
    fn long_reference_chains_keep_the_root_and_the_latest() {
        let refs: Vec<String> = (0..80).map(|i| format!("<m{i}@x>")).collect();
        let raw = format!(
            "Message-ID: <me@x>\r\nReferences: {}\r\n\r\nhi\r\n",
            refs.join(" ")
        );
        let message = MessageParser::default()
            .parse(raw.as_bytes())
            .expect("parses");
        let t = Thread::of(&message);
        assert_eq!(t.references.len(), MAX_REFERENCES);
        assert_eq!(t.references[0], "m0@x");
        assert_eq!(t.references.last().map(String::as_str), Some("m79@x"));
        assert_eq!(t.thread_id.as_deref(), Some("m0@x"));
    }
}
