//! Markdown: the text as a reader sees it (markup removed, blocks on their own
//! lines), headings listed in metadata, and tables into `tables`.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::json;

use crate::text::decode;
use crate::{ExtractError, Extraction, Extractor, Limits, Table};

pub(crate) struct Markdown;

impl Extractor for Markdown {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        let (source, encoding) = decode(bytes);
        let mut out = Extraction::default();
        let mut headings = Vec::new();
        let mut heading: Option<String> = None;
        let mut table: Option<Vec<Vec<String>>> = None;
        let mut cell: Option<String> = None;
        for event in Parser::new_ext(
            &source,
            Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
        ) {
            match event {
                Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
                Event::End(TagEnd::Heading(_)) => {
                    if let Some(h) = heading.take() {
                        headings.push(h.trim().to_owned());
                    }
                    out.text.push('\n');
                }
                Event::Start(Tag::Table(_)) => table = Some(Vec::new()),
                Event::End(TagEnd::Table) => {
                    if let Some(rows) = table.take() {
                        let n = out.tables.len() + 1;
                        out.tables.push(Table {
                            source: format!("table {n}"),
                            rows,
                        });
                    }
                }
                Event::Start(Tag::TableHead | Tag::TableRow) => {
                    if let Some(t) = table.as_mut() {
                        t.push(Vec::new());
                    }
                }
                Event::Start(Tag::TableCell) => cell = Some(String::new()),
                Event::End(TagEnd::TableCell) => {
                    if let (Some(c), Some(row)) =
                        (cell.take(), table.as_mut().and_then(|t| t.last_mut()))
                    {
                        out.text.push_str(c.trim());
                        out.text.push('\t');
                        row.push(c.trim().to_owned());
                    }
                }
                Event::End(TagEnd::TableHead | TagEnd::TableRow) => out.text.push('\n'),
                Event::Text(t) | Event::Code(t) => {
                    if let Some(c) = cell.as_mut() {
                        c.push_str(&t);
                        continue;
                    }
                    if let Some(h) = heading.as_mut() {
                        h.push_str(&t);
                    }
                    out.text.push_str(&t);
                }
                Event::SoftBreak | Event::HardBreak => out.text.push('\n'),
                Event::End(
                    TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock | TagEnd::BlockQuote(_),
                ) => {
                    out.text.push('\n');
                }
                _ => {}
            }
        }
        out.text = out.text.trim().to_owned();
        out.metadata.insert("encoding".into(), json!(encoding));
        if let Some(title) = headings.first() {
            out.metadata.insert("title".into(), json!(title));
        }
        out.metadata.insert("headings".into(), json!(headings));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_text_and_tables_stay() {
        let md = b"# Budget 2026\n\nSome **bold** text and `code`.\n\n| item | cost |\n|---|---|\n| paper | 12 |\n";
        let out = Markdown.extract(md, &Limits::default()).expect("extracts");
        assert!(
            out.text
                .starts_with("Budget 2026\nSome bold text and code."),
            "{}",
            out.text
        );
        assert!(!out.text.contains("**"));
        assert_eq!(out.metadata["title"], "Budget 2026");
        assert_eq!(
            out.tables[0].rows,
            vec![vec!["item", "cost"], vec!["paper", "12"]]
        );
    }
}
