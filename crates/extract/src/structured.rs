//! Structured text: CSV (delimiter sniffed among `,` `;` tab `|`) into one
//! table, and JSON (text built from its strings, keys kept as context).

use serde_json::{Value, json};

use crate::text::decode;
use crate::{ExtractError, Extraction, Extractor, Limits, Table};

pub(crate) struct Csv;

fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    [b',', b';', b'\t', b'|']
        .into_iter()
        .max_by_key(|d| first.matches(char::from(*d)).count())
        .filter(|d| first.contains(char::from(*d)))
        .unwrap_or(b',')
}

impl Extractor for Csv {
    fn extract(&self, bytes: &[u8], limits: &Limits) -> Result<Extraction, ExtractError> {
        let (text, encoding) = decode(bytes);
        let delimiter = sniff_delimiter(&text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        let mut out = Extraction::default();
        let mut total = 0usize;
        for record in reader.records() {
            let record = record.map_err(|e| ExtractError::Invalid {
                format: "CSV",
                reason: e.to_string(),
            })?;
            total += 1;
            let row: Vec<String> = record.iter().map(str::to_owned).collect();
            out.text.push_str(&row.join("\t"));
            out.text.push('\n');
            if rows.len() < limits.max_table_rows {
                rows.push(row);
            }
        }
        let columns = rows.first().map_or(0, Vec::len);
        out.metadata.insert("encoding".into(), json!(encoding));
        out.metadata
            .insert("delimiter".into(), json!(char::from(delimiter).to_string()));
        out.metadata.insert("rows".into(), json!(total));
        out.metadata.insert("columns".into(), json!(columns));
        out.tables.push(Table {
            source: "file".into(),
            rows,
        });
        Ok(out)
    }
}

pub(crate) struct Json;

fn collect_strings(value: &Value, key: Option<&str>, out: &mut String) {
    match value {
        Value::String(s) => {
            if let Some(k) = key {
                out.push_str(k);
                out.push_str(": ");
            }
            out.push_str(s);
            out.push('\n');
        }
        Value::Number(_) | Value::Bool(_) => {
            if let Some(k) = key {
                out.push_str(&format!("{k}: {value}\n"));
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_strings(v, key, out)),
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| collect_strings(v, Some(k), out)),
        Value::Null => {}
    }
}

impl Extractor for Json {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        let (text, encoding) = decode(bytes);
        let value: Value = serde_json::from_str(&text).map_err(|e| ExtractError::Invalid {
            format: "JSON",
            reason: e.to_string(),
        })?;
        let mut out = Extraction::default();
        collect_strings(&value, None, &mut out.text);
        out.metadata.insert("encoding".into(), json!(encoding));
        let kind = match &value {
            Value::Object(m) => {
                out.metadata
                    .insert("keys".into(), json!(m.keys().take(100).collect::<Vec<_>>()));
                "object"
            }
            Value::Array(a) => {
                out.metadata.insert("length".into(), json!(a.len()));
                "array"
            }
            _ => "scalar",
        };
        out.metadata.insert("json_type".into(), json!(kind));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_becomes_a_table_with_its_delimiter_sniffed() {
        let out = Csv
            .extract(b"name;amount\nAda;12,50\nGrace;7\n", &Limits::default())
            .expect("csv");
        assert_eq!(
            out.tables[0].rows,
            vec![
                vec!["name", "amount"],
                vec!["Ada", "12,50"],
                vec!["Grace", "7"]
            ]
        );
        assert_eq!(out.metadata["delimiter"], ";");
        assert!(out.text.contains("Ada\t12,50"));
    }

    #[test]
    fn json_text_comes_from_its_strings_and_bad_json_is_named() {
        let out = Json
            .extract(
                br#"{"title": "Invoice 42", "lines": [{"item": "paper"}], "total": 12}"#,
                &Limits::default(),
            )
            .expect("json");
        assert!(
            out.text.contains("title: Invoice 42")
                && out.text.contains("item: paper")
                && out.text.contains("total: 12")
        );
        let err = Json
            .extract(b"{\"a\": ", &Limits::default())
            .expect_err("invalid");
        assert!(err.to_string().starts_with("JSON is not valid"), "{err}");
    }
}
