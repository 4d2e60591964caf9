//! Verifying the audit chain from a plain `pg_dump` (its `COPY` blocks)
//! and the public key alone, with no database and no service: what an
//! auditor handed a backup can do. A custom-format dump is read through
//! `pg_restore -f - FILE` first. Every table whose name starts with
//! `audit_logs` is read (monthly partitions too), and `audit_archives`
//! (months archived and dropped, which verification tells from deletions).

use std::collections::HashMap;
use std::io::BufRead;

use anyhow::{Context, bail};

use super::chain::{ArchiveRecord, ChainRow, Checkpoint, Content, HighWater, Report, Verifier};
use super::keys::PublicKey;

/// One value of a `COPY ... FROM stdin` text row: `None` for `\N`.
fn unescape(field: &str) -> Option<String> {
    if field == "\\N" {
        return None;
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('v') => out.push('\u{b}'),
            Some(d @ '0'..='7') => {
                let mut n = d.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(v) => {
                            n = n * 8 + v;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    Some(out)
}

/// `bytea` as `COPY` prints it (hex format, `\x...`).
fn bytea(text: &str) -> anyhow::Result<Vec<u8>> {
    let hex = text
        .strip_prefix("\\x")
        .context("a bytea value not in hex format (set bytea_output = 'hex' when dumping)")?;
    (0..hex.len())
        .step_by(2)
        .map(|i| {
            hex.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
                .context("a bytea value with a bad hex digit")
        })
        .collect()
}

/// The audit rows and checkpoints of a dump.
#[derive(Debug, Default)]
pub struct Dumped {
    pub rows: Vec<ChainRow>,
    pub unsealed: i64,
    pub checkpoints: Vec<Checkpoint>,
    pub archives: Vec<ArchiveRecord>,
}

/// Reads the `COPY` blocks of `audit_logs` (and its partitions) and
/// `audit_checkpoints` from a plain-format dump.
pub fn read(input: impl BufRead) -> anyhow::Result<Dumped> {
    let mut out = Dumped::default();
    let mut saw_trail = false;
    let mut table: Option<(String, HashMap<String, usize>)> = None;
    for (n, line) in input.lines().enumerate() {
        let line = line.with_context(|| format!("reading the dump at line {}", n + 1))?;
        let Some((name, columns)) = &table else {
            if let Some(rest) = line.strip_prefix("COPY ") {
                let (name, rest) = rest.split_once(' ').unwrap_or((rest, ""));
                let name = name.rsplit('.').next().unwrap_or(name).trim_matches('"');
                if name.starts_with("audit_logs")
                    || name == "audit_checkpoints"
                    || name == "audit_archives"
                {
                    saw_trail |= name.starts_with("audit_logs");
                    let cols = rest
                        .trim_start_matches('(')
                        .split(") FROM")
                        .next()
                        .unwrap_or("")
                        .split(',')
                        .enumerate()
                        .map(|(i, c)| (c.trim().trim_matches('"').to_owned(), i))
                        .collect();
                    table = Some((name.to_owned(), cols));
                }
            }
            continue;
        };
        if line == "\\." {
            table = None;
            continue;
        }
        let fields: Vec<Option<String>> = line.split('\t').map(unescape).collect();
        let get = |c: &str| -> Option<String> {
            columns
                .get(c)
                .and_then(|i| fields.get(*i).cloned().flatten())
        };
        let must = |c: &str| get(c).with_context(|| format!("line {}: no {c}", n + 1));
        if name == "audit_archives" {
            let anchors: serde_json::Value = serde_json::from_str(&must("anchors")?)
                .with_context(|| format!("line {}: anchors", n + 1))?;
            // Checked against the record's signature when verifying.
            out.archives.push(ArchiveRecord {
                partition: must("partition")?,
                lower_bound: get("lower_bound"),
                upper_bound: must("upper_bound")?,
                rows: must("row_count")?.parse()?,
                runs: super::chain::runs_of(&anchors),
                sha256: must("sha256")?,
                audit_row_id: get("audit_row_id"),
                key_id: get("key_id").unwrap_or_default(),
                signature: get("signature").map_or(Ok(Vec::new()), |s| bytea(&s))?,
            });
            continue;
        }
        if name == "audit_checkpoints" {
            out.checkpoints.push(Checkpoint {
                seq: must("chain_seq")?.parse()?,
                hash: bytea(&must("chain_hash")?)?,
                created_at: must("created_at")?,
                key_id: must("key_id")?,
                signature: bytea(&must("signature")?)?,
            });
            continue;
        }
        let Some(seq) = get("chain_seq") else {
            out.unsealed += 1;
            continue;
        };
        out.rows.push(ChainRow {
            seq: seq
                .parse()
                .with_context(|| format!("line {}: chain_seq", n + 1))?,
            content: Content {
                id: must("id")?,
                user_id: get("user_id"),
                action: must("action")?,
                resource_type: must("resource_type")?,
                resource_id: get("resource_id"),
                old_values: get("old_values"),
                new_values: get("new_values"),
                ip_address: get("ip_address"),
                user_agent: get("user_agent"),
                request_id: get("request_id"),
                created_at: must("created_at")?,
            },
            payload_digest: bytea(&must("payload_digest")?)?,
            digest: bytea(&must("content_digest")?)?,
            hash: bytea(&must("chain_hash")?)?,
            erased: get("erased_at").is_some(),
        });
    }
    if table.is_some() {
        bail!("the dump ends inside a COPY block: it is cut short");
    }
    if !saw_trail {
        bail!(
            "the dump holds no audit_logs data to verify (make it with plain pg_dump: not \
             --inserts, --schema-only or without that table)"
        );
    }
    out.rows
        .sort_by(|a, b| (a.seq, &a.content.id).cmp(&(b.seq, &b.content.id)));
    out.checkpoints.sort_by_key(|c| c.seq);
    Ok(out)
}

/// Verifies a dump's chain and checkpoints against `public_key`.
pub fn verify(dumped: Dumped, public_key: &PublicKey, high_water: Option<&HighWater>) -> Report {
    let mut v = Verifier::new(
        dumped.checkpoints.iter().map(|c| c.seq),
        *public_key,
        high_water.cloned(),
    )
    .with_archives(dumped.archives);
    for row in dumped.rows {
        v.row(row);
    }
    v.finish(&dumped.checkpoints, dumped.unsealed, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_text_is_unescaped() {
        assert_eq!(unescape("\\N"), None);
        assert_eq!(unescape("a\\tb\\\\c\\nd").as_deref(), Some("a\tb\\c\nd"));
        assert_eq!(unescape("\\101").as_deref(), Some("A"));
        assert_eq!(bytea("\\x00ff10").expect("hex"), vec![0, 255, 16]);
        assert!(bytea("00ff").is_err());
    }
}
