//! Finding one person in an account's documents: by the values that
//! identify them (an email address, a phone number, an IBAN, a name, any
//! other text), matched in every document's text the way they may be
//! written there (any case; phone numbers and IBANs with or without spaces
//! and dashes; an email split by OCR at the `@` or a dot; a name across a
//! line break), and in the entities the analyzer found. Deleted documents
//! still held count: they are held too.

use opencomplai_analyze::Entity;
use regex::Regex;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::validation::Invalid;

/// At most this many identifiers per request, each 3 to 200 characters.
pub const MAX_IDENTIFIERS: usize = 20;
pub const MAX_VALUE_CHARS: usize = 200;

/// What kind of value identifies the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Kind {
    Email,
    Phone,
    Iban,
    Person,
    Other,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_uppercase().as_str() {
            "EMAIL" => Some(Self::Email),
            "PHONE" => Some(Self::Phone),
            "IBAN" => Some(Self::Iban),
            "PERSON" | "NAME" => Some(Self::Person),
            "OTHER" => Some(Self::Other),
            _ => None,
        }
    }

    /// The kind a value looks like when none is given.
    fn guess(value: &str) -> Self {
        let alnum: String = value
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        if value.contains('@') {
            Self::Email
        } else if alnum.len() >= 15
            && alnum[..2].chars().all(|c| c.is_ascii_alphabetic())
            && alnum[2..4].chars().all(|c| c.is_ascii_digit())
        {
            Self::Iban
        } else if value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-/().".contains(c))
            && alnum.len() >= 6
        {
            Self::Phone
        } else {
            Self::Other
        }
    }
}

/// One value identifying the person, as given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifier {
    #[serde(rename = "type")]
    pub kind: Kind,
    pub value: String,
}

impl Identifier {
    /// The value reduced to what matters for comparing: composed (NFC: a
    /// request saved before values were composed compares as one made
    /// now), lower case; for phones and IBANs only the digits and letters.
    pub fn normalized(&self) -> String {
        self.normalized_from(&opencomplai_extract::nfc(&self.value))
    }

    fn normalized_from(&self, value: &str) -> String {
        match self.kind {
            Kind::Phone | Kind::Iban => value
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_lowercase(),
            _ => value
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        }
    }

    /// SHA-256 of the salt and the normalised value, hex: names the value
    /// without holding it (whoever has the value and the salt can check).
    pub fn salted_hash(&self, salt: &[u8]) -> String {
        salted(salt, &self.normalized())
    }

    /// [`Self::salted_hash`] as receipts signed before values were
    /// composed took it: over the value as typed, so such a receipt still
    /// names the value typed the same way.
    pub fn salted_hash_as_typed(&self, salt: &[u8]) -> String {
        salted(salt, &self.normalized_from(&self.value))
    }

    /// The pattern that finds the value in text as it may be written.
    fn pattern(&self) -> Result<Regex, regex::Error> {
        let flexible = |chars: Vec<char>, between: &str| -> String {
            chars
                .iter()
                .map(|c| regex::escape(&c.to_string()))
                .collect::<Vec<_>>()
                .join(between)
        };
        let p = match self.kind {
            // OCR splits addresses at `@` and dots: allow a space there.
            Kind::Email => self
                .normalized()
                .chars()
                .map(|c| match c {
                    '@' => r"\s?@\s?".to_owned(),
                    '.' => r"\s?\.\s?".to_owned(),
                    c => regex::escape(&c.to_string()),
                })
                .collect::<String>(),
            // Digits with anything of spaces, dashes, dots, slashes and
            // brackets between them; a leading + optional.
            Kind::Phone => {
                let digits: Vec<char> = self.normalized().chars().collect();
                format!(r"\+?{}", flexible(digits, r"[\s\-./()]{0,3}"))
            }
            // Grouped by spaces, dashes or dots, as people write them.
            Kind::Iban => {
                let chars: Vec<char> = self.normalized().chars().collect();
                flexible(chars, r"[\s\-.]{0,2}")
            }
            // A letter with an accent also as the letter and a combining
            // mark, as text stored before extraction composed it spells it.
            Kind::Person | Kind::Other => self
                .normalized()
                .split(' ')
                .map(either_spelling)
                .collect::<Vec<_>>()
                .join(r"\s+"),
        };
        // Not inside a longer word, number or address: `mary.jane.doe@`
        // is not `jane.doe@`, `Doe-Smith` is not `Doe`; a sentence's full
        // stop after an address still ends it.
        let (before, after) = match self.kind {
            Kind::Email => (
                r"[^\p{L}\p{N}_.%+\-]",
                r"[^\p{L}\p{N}_.\-]|\.(?:$|[^\p{L}\p{N}_\-])",
            ),
            // A combining mark belongs to its letter: "Rene" is not in
            // "Rene\u{301}e".
            Kind::Person | Kind::Other => (r"[^\p{L}\p{M}\p{N}_\-]", r"[^\p{L}\p{M}\p{N}_\-]"),
            Kind::Phone | Kind::Iban => (r"[^\p{L}\p{N}_]", r"[^\p{L}\p{N}_]"),
        };
        Regex::new(&format!(r"(?i)(?:^|{before}){}(?:$|{after})", wrap(&p)))
    }
}

fn salted(salt: &[u8], normalized: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(normalized.as_bytes());
    crate::auth::tokens::hex(&h.finalize())
}

/// `word` as a pattern in which each composed letter also matches its
/// decomposed spelling ("ü" or "u" and U+0308).
fn either_spelling(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    word.chars()
        .map(|c| {
            let decomposed: String = std::iter::once(c).nfd().collect();
            if decomposed.chars().count() > 1 {
                format!(
                    "(?:{}|{})",
                    regex::escape(&c.to_string()),
                    regex::escape(&decomposed)
                )
            } else {
                regex::escape(&c.to_string())
            }
        })
        .collect()
}

/// The value's own pattern as a group, so the boundaries stay outside it.
fn wrap(p: &str) -> String {
    format!("({p})")
}

/// Checks and completes identifiers as sent: a known type (or one guessed
/// from the value), 3 to 200 characters, no NUL, at most 20.
pub fn parse(raw: &[(Option<String>, String)]) -> Result<Vec<Identifier>, Invalid> {
    if raw.is_empty() {
        return Err(Invalid::field(
            "identifiers",
            "empty",
            "name at least one value that identifies the person",
        ));
    }
    if raw.len() > MAX_IDENTIFIERS {
        return Err(Invalid::field(
            "identifiers",
            "too_many",
            format!("at most {MAX_IDENTIFIERS} identifiers"),
        ));
    }
    raw.iter()
        .enumerate()
        .map(|(i, (kind, value))| {
            // Composed, as the extracted text it is looked for in.
            let composed = opencomplai_extract::nfc(value.trim());
            let value = composed.as_ref();
            let n = value.chars().count();
            if !(3..=MAX_VALUE_CHARS).contains(&n) || value.contains('\0') {
                return Err(Invalid::field(
                    &format!("identifiers[{i}].value"),
                    "invalid",
                    format!("each value must be 3 to {MAX_VALUE_CHARS} characters"),
                ));
            }
            let kind = match kind {
                None => Kind::guess(value),
                Some(k) => Kind::parse(k).ok_or_else(|| {
                    Invalid::field(
                        &format!("identifiers[{i}].type"),
                        "unknown_type",
                        "type must be EMAIL, PHONE, IBAN, PERSON or OTHER",
                    )
                })?,
            };
            let id = Identifier {
                kind,
                value: value.to_owned(),
            };
            if matches!(kind, Kind::Phone | Kind::Iban) && id.normalized().len() < 5 {
                return Err(Invalid::field(
                    &format!("identifiers[{i}].value"),
                    "invalid",
                    "a phone number or IBAN needs at least 5 digits or letters",
                ));
            }
            // "Ann" or "Lee" alone would match (and erase) far more than
            // one person.
            if matches!(kind, Kind::Person | Kind::Other) && id.normalized().chars().count() < 5 {
                return Err(Invalid::field(
                    &format!("identifiers[{i}].value"),
                    "too_short",
                    "a name or other value needs at least 5 characters (give the full name)",
                ));
            }
            Ok(id)
        })
        .collect()
}

/// Where a value was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    /// Which identifier (its index in the request).
    pub identifier: usize,
    /// The entity type the analyzer gave it, or the identifier's kind.
    #[serde(rename = "type")]
    pub kind: String,
    /// Character offsets in the document's extracted text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// `text` (found in the text) or `entity` (an entity equal to it).
    pub found_by: &'static str,
}

/// One document that mentions the person.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    pub document_id: Uuid,
    pub title: String,
    pub file_type: Option<String>,
    pub created_at: chrono::NaiveDateTime,
    pub deleted: bool,
    pub occurrences: Vec<Occurrence>,
    /// Whether the title itself names the person.
    pub in_title: bool,
    /// The document's own fields that name the person: `title`,
    /// `description`, `external_id`, `metadata`.
    pub named_in: Vec<&'static str>,
}

/// The matchers of a request, compiled once.
pub struct Matcher {
    identifiers: Vec<Identifier>,
    patterns: Vec<Regex>,
}

impl Matcher {
    pub fn new(identifiers: &[Identifier]) -> Result<Self, Invalid> {
        let patterns = identifiers
            .iter()
            .map(|i| {
                i.pattern().map_err(|_| {
                    Invalid::field("identifiers", "invalid", "a value could not be matched")
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(Self {
            identifiers: identifiers.to_vec(),
            patterns,
        })
    }

    pub fn identifiers(&self) -> &[Identifier] {
        &self.identifiers
    }

    /// Every place in `text` where a value stands, as byte ranges, with
    /// the identifier's index.
    pub fn byte_ranges(&self, text: &str) -> Vec<(usize, std::ops::Range<usize>)> {
        let mut out = Vec::new();
        for (i, p) in self.patterns.iter().enumerate() {
            let mut at = 0;
            while at <= text.len() {
                let Some(c) = p.captures_at(text, at) else {
                    break;
                };
                let Some(m) = c.get(1) else { break };
                out.push((i, m.range()));
                // The boundary before the next match may be this one's end.
                at = m.end().max(at + 1);
                while at < text.len() && !text.is_char_boundary(at) {
                    at += 1;
                }
            }
        }
        out.sort_by_key(|(_, r)| (r.start, r.end));
        out
    }

    /// Whether `text` mentions any value.
    pub fn mentions(&self, text: &str) -> bool {
        self.patterns.iter().any(|p| p.is_match(text))
    }

    /// Whether `text`, as a whole, is one of the values (an entity the
    /// analyzer found, say).
    pub fn is_value(&self, text: &str) -> bool {
        self.identifiers.iter().any(|id| {
            let as_kind = Identifier {
                kind: id.kind,
                value: text.to_owned(),
            };
            let as_text = Identifier {
                kind: Kind::Other,
                value: text.to_owned(),
            };
            as_kind.normalized() == id.normalized() || as_text.normalized() == id.normalized()
        })
    }

    /// Whether any identifier of `other` names the same value as one of
    /// these.
    pub fn shares_a_value(&self, other: &[Identifier]) -> bool {
        // Whatever type each was given as: an address sent as OTHER is
        // still the address.
        let as_text = |i: &Identifier| {
            Identifier {
                kind: Kind::Other,
                value: i.value.clone(),
            }
            .normalized()
        };
        other.iter().any(|o| {
            self.identifiers.iter().any(|i| {
                (i.kind == o.kind && i.normalized() == o.normalized()) || as_text(i) == as_text(o)
            })
        })
    }

    /// Where the values stand in a document's text and among its entities.
    pub fn occurrences(&self, text: &str, entities: &[Entity]) -> Vec<Occurrence> {
        let mut out: Vec<Occurrence> = Vec::new();
        let ranges: Vec<_> = self
            .byte_ranges(text)
            .into_iter()
            .take(MAX_OCCURRENCES)
            .collect();
        // Byte offsets to character offsets in one pass over the text.
        let mut bytes: Vec<usize> = ranges.iter().flat_map(|(_, r)| [r.start, r.end]).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut chars = std::collections::HashMap::with_capacity(bytes.len());
        let (mut at_byte, mut at_char) = (0, 0);
        for b in bytes {
            at_char += text[at_byte..b].chars().count();
            at_byte = b;
            chars.insert(b, at_char);
        }
        for (i, r) in ranges {
            out.push(Occurrence {
                identifier: i,
                kind: format!("{:?}", self.identifiers[i].kind).to_uppercase(),
                start: chars[&r.start],
                end: chars[&r.end],
                found_by: "text",
            });
        }
        let wanted: Vec<String> = self
            .identifiers
            .iter()
            .map(Identifier::normalized)
            .collect();
        for e in entities {
            if out.len() >= MAX_OCCURRENCES {
                break;
            }
            let as_text = Identifier {
                kind: Kind::Other,
                value: e.text.clone(),
            }
            .normalized();
            for (i, id) in self.identifiers.iter().enumerate() {
                let same = as_text == wanted[i]
                    || Identifier {
                        kind: id.kind,
                        value: e.text.clone(),
                    }
                    .normalized()
                        == wanted[i];
                if same
                    && !out
                        .iter()
                        .any(|o| o.identifier == i && o.start <= e.start && e.end <= o.end)
                {
                    out.push(Occurrence {
                        identifier: i,
                        kind: e.entity_type.as_str().to_owned(),
                        start: e.start,
                        end: e.end,
                        found_by: "entity",
                    });
                }
            }
        }
        out.sort_by_key(|o| (o.start, o.end, o.identifier));
        out
    }
}

impl crate::documents::erasure::Cover for Matcher {
    fn cover(&self, text: &str) -> (String, usize) {
        let ranges = self.byte_ranges(text);
        if ranges.is_empty() {
            return (text.to_owned(), 0);
        }
        let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
        for (_, r) in &ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r.clone()),
            }
        }
        let mut out = String::with_capacity(text.len() + 2 * (text.len() / 4));
        let mut at = 0;
        for r in &merged {
            out.push_str(&text[at..r.start]);
            out.extend(text[r.clone()].chars().map(|c| {
                if c.is_whitespace() {
                    c
                } else {
                    crate::documents::erasure::COVER
                }
            }));
            at = r.end;
        }
        out.push_str(&text[at..]);
        (out, merged.len())
    }

    fn is_theirs(&self, entity_text: &str) -> bool {
        self.is_value(entity_text)
    }
}

/// Most occurrences listed for one document (a mailing list of the
/// person's address a million times over is one document, not a million
/// rows of a manifest).
pub const MAX_OCCURRENCES: usize = 10_000;

/// How many documents one read of the scan takes.
const SCAN_BATCH: i64 = 200;

/// A pass over every document of an account (deleted ones included), a
/// batch at a time in creation order, so an account of any size fits in
/// memory and no statement stays open between batches.
pub struct Scan {
    user_id: Uuid,
    after: Option<(chrono::NaiveDateTime, Uuid)>,
    done: bool,
    pub scanned: usize,
    /// Documents with no extracted text yet (queued, processing, failed):
    /// only their own fields were searched. The first
    /// [`MAX_LISTED_WITHOUT_TEXT`] of them, and how many in all.
    pub without_text: Vec<WithoutText>,
    pub without_text_count: usize,
}

/// How many documents without text a scan lists by name.
pub const MAX_LISTED_WITHOUT_TEXT: usize = 1000;

/// A document whose text could not be searched.
#[derive(Debug, Clone, Serialize)]
pub struct WithoutText {
    pub id: Uuid,
    pub title: String,
    pub status: String,
}

#[derive(sqlx::FromRow)]
struct ScanRow {
    id: Uuid,
    title: String,
    file_type: Option<String>,
    created_at: chrono::NaiveDateTime,
    deleted: bool,
    text: Option<String>,
    entities: Option<serde_json::Value>,
    description: Option<String>,
    external_id: Option<String>,
    metadata: Option<String>,
    status: Option<String>,
}

/// The text a scan searches in the document (its newest run's, else its
/// own content) and the entities found in it. Read again when the archive
/// is written, so a scan holds no document's text longer than it takes to
/// search it, and the archive's offsets count in the text it holds.
pub async fn text_of(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<(String, Vec<Entity>), sqlx::Error> {
    let row: Option<(Option<String>, Option<serde_json::Value>)> = sqlx::query_as(
        "select coalesce(r.extracted_text, d.content), r.extracted_entities
         from documents d
         left join lateral (
             select extracted_text, extracted_entities from processing_results
             where document_id = d.id and user_id = d.user_id
             order by created_at desc, id desc limit 1
         ) r on true
         where d.id = $1 and d.user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(conn)
    .await?;
    let (text, entities) = row.unwrap_or_default();
    let entities = entities
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    Ok((text.unwrap_or_default(), entities))
}

impl Scan {
    pub fn new(user_id: Uuid) -> Self {
        Self {
            user_id,
            after: None,
            done: false,
            scanned: 0,
            without_text: Vec::new(),
            without_text_count: 0,
        }
    }

    /// How many documents the account has, deleted ones included.
    pub async fn total(&self, conn: &mut PgConnection) -> Result<usize, sqlx::Error> {
        let n: i64 = sqlx::query_scalar("select count(*) from documents where user_id = $1")
            .bind(self.user_id)
            .fetch_one(conn)
            .await?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The documents of the next batch that mention the person; `None`
    /// once every document was read.
    pub async fn next(
        &mut self,
        conn: &mut PgConnection,
        matcher: &Matcher,
    ) -> Result<Option<Vec<Found>>, sqlx::Error> {
        if self.done {
            return Ok(None);
        }
        let rows: Vec<ScanRow> = sqlx::query_as(
            "select d.id, d.title, d.file_type,
                    coalesce(d.created_at, '-infinity'::timestamp) as created_at,
                    d.deleted_at is not null as deleted,
                    coalesce(r.extracted_text, d.content) as text,
                    r.extracted_entities as entities, d.description, d.external_id,
                    d.metadata::text as metadata, d.processing_status as status
             from documents d
             left join lateral (
                 select extracted_text, extracted_entities from processing_results
                 where document_id = d.id and user_id = d.user_id
                 order by created_at desc, id desc limit 1
             ) r on true
             where d.user_id = $1
               and ($2::timestamp is null
                    or (coalesce(d.created_at, '-infinity'::timestamp), d.id) > ($2, $3))
             order by coalesce(d.created_at, '-infinity'::timestamp), d.id
             limit $4",
        )
        .bind(self.user_id)
        .bind(self.after.map(|a| a.0))
        .bind(self.after.map(|a| a.1))
        .bind(SCAN_BATCH)
        .fetch_all(conn)
        .await?;
        if (rows.len() as i64) < SCAN_BATCH {
            self.done = true;
        }
        self.scanned += rows.len();
        if let Some(last) = rows.last() {
            self.after = Some((last.created_at, last.id));
        }
        let mut found = Vec::new();
        for row in rows {
            let text = row.text.unwrap_or_default();
            if text.is_empty() && row.status.as_deref() != Some("completed") {
                self.without_text_count += 1;
                if self.without_text.len() < MAX_LISTED_WITHOUT_TEXT {
                    self.without_text.push(WithoutText {
                        id: row.id,
                        title: row.title.clone(),
                        status: row.status.clone().unwrap_or_default(),
                    });
                }
            }
            let entities: Vec<Entity> = row
                .entities
                .and_then(|v| serde_json::from_value(v).ok())
                .unwrap_or_default();
            let occurrences = matcher.occurrences(&text, &entities);
            let named_in: Vec<&'static str> = [
                ("title", Some(&row.title)),
                ("description", row.description.as_ref()),
                ("external_id", row.external_id.as_ref()),
                ("metadata", row.metadata.as_ref()),
            ]
            .into_iter()
            .filter(|(_, v)| v.is_some_and(|v| matcher.mentions(v)))
            .map(|(field, _)| field)
            .collect();
            if !occurrences.is_empty() || !named_in.is_empty() {
                found.push(Found {
                    document_id: row.id,
                    in_title: named_in.contains(&"title"),
                    named_in,
                    title: row.title,
                    file_type: row.file_type,
                    created_at: row.created_at,
                    deleted: row.deleted,
                    occurrences,
                });
            }
        }
        Ok(Some(found))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(values: &[(&str, &str)]) -> Matcher {
        let raw: Vec<(Option<String>, String)> = values
            .iter()
            .map(|(k, v)| ((!k.is_empty()).then(|| (*k).to_owned()), (*v).to_owned()))
            .collect();
        Matcher::new(&parse(&raw).expect("valid")).expect("compiles")
    }

    #[test]
    fn a_name_is_found_in_either_spelling_of_its_accents() {
        // Given decomposed, compared composed; found in text stored either
        // way (extraction composes; older results may not be).
        let m = ids(&[("PERSON", "Jürgen Mu\u{308}ller"), ("PERSON", "René Roux")]);
        assert_eq!(m.identifiers()[0].value, "Jürgen Müller");
        assert_eq!(
            m.identifiers()[0].normalized(),
            Identifier {
                kind: Kind::Person,
                value: "jürgen mu\u{308}ller".into()
            }
            .normalized()
        );
        for text in [
            "Herr Jürgen Müller schrieb",
            "Herr Ju\u{308}rgen Mu\u{308}ller schrieb",
        ] {
            let found = m.byte_ranges(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(found[0].0, 0);
        }
        // a combining mark belongs to its letter
        let rene = ids(&[("PERSON", "Rene Roux")]);
        assert!(rene.byte_ranges("Rene\u{301}e Roux").is_empty());
        assert_eq!(m.byte_ranges("Rene\u{301} Roux").len(), 1);
    }

    #[test]
    fn values_are_found_however_they_are_written_and_not_inside_other_words() {
        let m = ids(&[
            ("", "jane.doe@example.com"),
            ("", "+49 30 901820"),
            ("", "DE89 3704 0044 0532 0130 00"),
            ("PERSON", "Jane Doe"),
        ]);
        let text = "Write to JANE.DOE@ example.com or call 030/90 18 20 (+4930901820).\n\
                    IBAN DE89370400440532013000. Signed: Jane\nDoe. Not janedoe or Jane Doerr.";
        let found: Vec<(usize, &str)> = m
            .byte_ranges(text)
            .into_iter()
            .map(|(i, r)| (i, &text[r]))
            .collect();
        assert!(found.contains(&(0, "JANE.DOE@ example.com")), "{found:?}");
        assert!(found.contains(&(1, "+4930901820")), "{found:?}");
        assert!(found.contains(&(2, "DE89370400440532013000")), "{found:?}");
        assert!(found.contains(&(3, "Jane\nDoe")), "{found:?}");
        assert!(!found.iter().any(|(_, s)| s.contains("Doerr")), "{found:?}");
        assert_eq!(found.iter().filter(|(i, _)| *i == 3).count(), 1);
    }

    #[test]
    fn the_same_value_sent_as_another_type_is_the_same_person() {
        let m = ids(&[("EMAIL", "Jane.Doe@example.com")]);
        let other = parse(&[(Some("OTHER".into()), "jane.doe@example.com".into())]).expect("valid");
        assert!(m.shares_a_value(&other));
        let someone_else =
            parse(&[(Some("OTHER".into()), "john.doe@example.com".into())]).expect("valid");
        assert!(!m.shares_a_value(&someone_else));
    }

    #[test]
    fn near_misses_are_not_the_person() {
        let m = ids(&[
            ("", "jane.doe@example.com"),
            ("PERSON", "Jane Doe"),
            ("", "DE89 3704 0044 0532 0130 00"),
        ]);
        for text in [
            "mary.jane.doe@example.com",
            "jane.doe@example.com.au",
            "jane.doe@example.community",
            "x-jane.doe@example.com",
            "Signed: Jane Doe-Smith",
            "Signed: Mary-Jane Doe",
        ] {
            assert!(
                m.byte_ranges(text).is_empty(),
                "{text}: {:?}",
                m.byte_ranges(text)
            );
        }
        for (text, want) in [
            ("Mail jane.doe@example.com.", "jane.doe@example.com"),
            ("<jane.doe@example.com>", "jane.doe@example.com"),
            ("Jane Doe's claim", "Jane Doe"),
            (
                "IBAN DE89-3704-0044-0532-0130-00",
                "DE89-3704-0044-0532-0130-00",
            ),
            (
                "IBAN DE89.3704.0044.0532.0130.00",
                "DE89.3704.0044.0532.0130.00",
            ),
        ] {
            let found: Vec<&str> = m
                .byte_ranges(text)
                .into_iter()
                .map(|(_, r)| &text[r])
                .collect();
            assert_eq!(found, [want], "{text}");
        }
    }

    #[test]
    fn kinds_are_guessed_and_bad_values_refused() {
        let parsed = parse(&[
            (None, "a@b.org".into()),
            (None, "+44 20 7946 0958".into()),
            (None, "GB82 WEST 1234 5698 7654 32".into()),
            (None, "Grace Hopper".into()),
        ])
        .expect("valid");
        let kinds: Vec<Kind> = parsed.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [Kind::Email, Kind::Phone, Kind::Iban, Kind::Other]);
        assert!(parse(&[]).is_err());
        assert!(parse(&[(None, "ab".into())]).is_err());
        assert!(parse(&[(Some("PERSON".into()), "Ann".into())]).is_err());
        assert!(parse(&[(Some("PERSON".into()), "Li Na".into())]).is_ok());
        assert!(parse(&[(Some("SHOE".into()), "size 42".into())]).is_err());
        let salted = parsed[0].salted_hash(b"salt");
        assert_eq!(salted.len(), 64);
        assert_ne!(salted, parsed[0].salted_hash(b"other"));
        // Composed before hashing; a receipt hashed over the value as
        // typed then is still checked by `salted_hash_as_typed`.
        let typed = Identifier {
            kind: Kind::Person,
            value: "Mu\u{308}ller".into(),
        };
        let composed = Identifier {
            kind: Kind::Person,
            value: "Müller".into(),
        };
        assert_eq!(typed.salted_hash(b"s"), composed.salted_hash(b"s"));
        assert_ne!(typed.salted_hash_as_typed(b"s"), typed.salted_hash(b"s"));
        assert_eq!(
            composed.salted_hash_as_typed(b"s"),
            composed.salted_hash(b"s")
        );
    }
}
