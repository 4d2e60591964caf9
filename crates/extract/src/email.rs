//! EML (RFC 5322 messages, MIME) through mail-parser: the headers a
//! reviewer needs go into the metadata, the text body (or the HTML body's
//! visible text) into the text, and every attachment is listed and, when
//! it is a type we read, extracted in turn and appended under its name.
//! Attached messages are followed the same way, `max_nesting` deep.

use mail_parser::{Address, Message, MessageParser, MimeHeaders};
use serde_json::{Map, Value, json};

use crate::{ExtractError, Extraction, Extractor, FileType, Limits, detect, html};

pub(crate) struct Email;

impl Extractor for Email {
    fn extract(&self, bytes: &[u8], limits: &Limits) -> Result<Extraction, ExtractError> {
        let message = MessageParser::default()
            .parse(bytes)
            .ok_or_else(|| ExtractError::Unreadable("EML is not a valid email message".into()))?;
        if message.headers().is_empty() {
            return Err(ExtractError::Unreadable(
                "EML is not a valid email message: it has no headers".into(),
            ));
        }
        let mut out = Extraction::default();
        let mut attachments = Vec::new();
        read_message(&message, limits, 0, &mut out, &mut attachments)?;
        out.metadata
            .insert("attachments".into(), Value::Array(attachments));
        Ok(out)
    }
}

fn addresses(address: Option<&Address<'_>>) -> Vec<String> {
    address
        .map(|a| {
            a.iter()
                .map(|addr| match (addr.name(), addr.address()) {
                    (Some(name), Some(email)) => format!("{name} <{email}>"),
                    (None, Some(email)) => email.to_owned(),
                    (Some(name), None) => name.to_owned(),
                    (None, None) => String::new(),
                })
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn headers(message: &Message<'_>) -> Map<String, Value> {
    let mut meta = Map::new();
    let mut put = |key: &str, value: Value| {
        let empty = value.is_null()
            || value.as_str().is_some_and(str::is_empty)
            || value.as_array().is_some_and(Vec::is_empty);
        if !empty {
            meta.insert(key.to_owned(), value);
        }
    };
    put("subject", json!(message.subject()));
    put("from", json!(addresses(message.from())));
    put("to", json!(addresses(message.to())));
    put("cc", json!(addresses(message.cc())));
    put("bcc", json!(addresses(message.bcc())));
    put("reply_to", json!(addresses(message.reply_to())));
    put("date", json!(message.date().map(|d| d.to_rfc3339())));
    put("message_id", json!(message.message_id()));
    meta
}

/// The visible text of the message's own bodies: plain text where the
/// sender gave it, else the HTML bodies' text.
fn body(message: &Message<'_>, limits: &Limits) -> String {
    let mut text = String::new();
    if message.text_body_count() > 0 {
        for part in message.text_bodies() {
            // A text body that is really HTML (text/html as the only body).
            if part.is_content_type("text", "html") {
                text.push_str(&html_text(part.contents(), limits));
            } else if let Some(t) = part.text_contents() {
                text.push_str(t.trim());
            }
            text.push_str("\n\n");
        }
    } else {
        for part in message.html_bodies() {
            text.push_str(&html_text(part.contents(), limits));
            text.push_str("\n\n");
        }
    }
    text.trim().to_owned()
}

fn html_text(bytes: &[u8], limits: &Limits) -> String {
    html::Html
        .extract(bytes, limits)
        .map(|x| x.text)
        .unwrap_or_default()
}

fn read_message(
    message: &Message<'_>,
    limits: &Limits,
    depth: usize,
    out: &mut Extraction,
    listed: &mut Vec<Value>,
) -> Result<(), ExtractError> {
    let meta = headers(message);
    let body = body(message, limits);
    if depth == 0 {
        out.metadata.extend(meta);
    } else {
        // An attached message: its headers open its section of the text.
        for key in ["from", "to", "date", "subject"] {
            if let Some(v) = meta.get(key) {
                let v = match v {
                    Value::Array(a) => a
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(", "),
                    other => other.as_str().unwrap_or_default().to_owned(),
                };
                out.text.push_str(&format!("{key}: {v}\n"));
            }
        }
    }
    out.text.push_str(&body);
    for (n, part) in message.attachments().enumerate() {
        let name = part
            .attachment_name()
            .or_else(|| part.message().and_then(Message::subject))
            .map_or_else(|| format!("attachment {}", n + 1), str::to_owned);
        let content_type = part.content_type().map(|c| match c.subtype() {
            Some(sub) => format!("{}/{}", c.ctype(), sub),
            None => c.ctype().to_owned(),
        });
        let mut entry = json!({
            "name": name,
            "content_type": content_type,
            "size_bytes": part.len(),
        });
        if let Some(inner) = part.message() {
            entry["file_type"] = json!("eml");
            if depth + 1 > limits.max_nesting {
                entry["error"] = json!("nested too deeply; not read");
            } else {
                out.text
                    .push_str(&format!("\n\n--- Attached message: {name} ---\n"));
                entry["extracted"] = json!(true);
                listed.push(entry);
                read_message(inner, limits, depth + 1, out, listed)?;
                continue;
            }
            listed.push(entry);
            continue;
        }
        let bytes = part.contents();
        let kind = detect(&bytes[..bytes.len().min(8192)], Some(&name));
        entry["file_type"] = json!(kind.map(FileType::as_str));
        match kind {
            None => entry["error"] = json!("not a type OpenComplai reads"),
            Some(_) if depth + 1 > limits.max_nesting => {
                entry["error"] = json!("nested too deeply; not read");
            }
            Some(kind) => {
                let mut inner = limits.clone();
                inner.max_nesting = limits.max_nesting.saturating_sub(depth + 1);
                match crate::extract(kind, bytes, &inner) {
                    Ok(x) => {
                        out.text
                            .push_str(&format!("\n\n--- Attachment: {name} ---\n"));
                        out.text.push_str(&x.text);
                        for mut table in x.tables {
                            table.source = format!("attachment {name}, {}", table.source);
                            out.tables.push(table);
                        }
                        for mut image in x.images {
                            image["attachment"] = json!(name);
                            out.images.push(image);
                        }
                        for note in x.notes {
                            out.notes.push(format!("attachment {name}: {note}"));
                        }
                        if let Some(c) = x.ocr_confidence {
                            out.ocr_confidence = Some(out.ocr_confidence.map_or(c, |o| o.min(c)));
                        }
                        entry["extracted"] = json!(true);
                        if !x.metadata.is_empty() {
                            entry["metadata"] = Value::Object(x.metadata);
                        }
                    }
                    Err(e) => {
                        out.notes
                            .push(format!("attachment {name} could not be read: {e}"));
                        entry["error"] = json!(e.to_string());
                    }
                }
            }
        }
        listed.push(entry);
    }
    Ok(())
}
